"""holdout641: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold figure, label rules = design rules, coverage of all 20 CR rules).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H641Z01 = r"""
T:某市文化馆群众文化活动管理平台采购合同
P:合同编号：WHG-ZC-2026-017
P:采购人（甲方）：某市文化馆
P:供应商（乙方）：某某数字文化科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方就群众文化活动管理平台的软件许可、定制开发及实施服务订立本合同。本合同采用甲方合同文本，招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“群众文化活动管理平台”标准软件的永久使用许可，包括活动发布、公益培训报名、文艺团队管理、场地预约、积分管理等模块，许可范围为甲方及其下属八个分馆，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，内容包括：公益培训课程在线选课与候补、非遗传承人档案与展演管理、志愿者招募与服务时长记录、面向市民的微信小程序、馆内客流与活动数据大屏，以及与市公共文化云平台、统一身份认证平台的接口。
P:1.3 乙方负责平台部署、历史报名数据迁移、系统联调及对甲方管理员和分馆业务人员的培训。
P:1.4 本项目的详细需求以招标文件技术需求书及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾万零陆仟元整（¥1,206,000），包括：平台软件许可费¥680,000；定制开发费¥412,000；部署实施及数据迁移费¥96,000；培训费¥18,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、部署、税费、差旅及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥241,200。
P:3.2 平台完成部署、定制功能全部上线并通过初步验收后，甲方支付合同总价的45%，计¥542,700。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，计¥422,100。
P:3.4 甲方为财政资金支付单位，付款以财政国库集中支付程序为准，因国库支付流程产生的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成全部定制开发和部署，并提交初步验收申请。
P:4.2 乙方应向甲方提交需求规格说明书、系统设计文档、数据库设计说明、接口文档、部署手册、用户手册及源代码。
P:4.3 乙方应指定一名项目经理常驻甲方现场直至初步验收，未经甲方同意不得更换。
P:4.4 乙方应每两周向甲方提交项目进度报告，说明已完成工作、存在问题及下一阶段计划；进度出现偏差的，应同时提出纠偏措施。
H:第五条 验收
P:5.1 初步验收标准：招标文件功能清单所列功能全部实现；以历史报名数据为样本完成迁移比对，数据完整、无差错；在三百人同时在线选课的压力测试下，页面平均响应时间不超过2秒；与市公共文化云平台、统一身份认证平台的接口连续十日调用无差错；第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 初步验收合格后，平台进入为期六十日的试运行。试运行期间未发生一级故障，且甲方组织的满意度抽样调查结果合格的，由甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥61,200，且质保期满后三年内不得上调。双方届时另行签订维护合同，维护合同不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三日通知甲方并安排在夜间进行）。
P:7.2 故障分为三级。一级故障指平台整体不可用或报名、预约核心功能中断；乙方应在接到报修后30分钟内响应，2小时内到达现场，8小时内恢复服务。二级故障指部分功能异常，乙方应在2小时内响应，次日内解决。三级故障指一般性问题，乙方应在下一个工作日内答复。
P:7.3 乙方应每月向甲方提交运行报告，列明可用率、故障数量、处理时长和改进措施。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的程序、小程序、数据大屏、接口及其源代码和全部文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所提供的软件及文档不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的市民报名信息、团队档案、志愿者记录、活动影像及各类业务数据均属于甲方所有，乙方仅可为履行本合同而处理，不得用于任何其他目的，不得留存副本。
P:9.2 乙方应按照《网络安全法》《数据安全法》《个人信息保护法》及网络安全等级保护第二级的要求，落实访问控制、加密传输、日志审计、数据备份等安全措施；乙方人员仅能通过甲方指定的运维通道访问生产环境。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后1小时内报告甲方，立即采取补救措施，并承担由此给甲方及市民造成的全部损失和相应法律责任。
P:9.4 合同终止或履行完毕时，乙方应将全部数据返还甲方，并删除其持有的一切数据，出具书面删除证明。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或逾期提交验收申请的，每逾期一日，应按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的系统经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还甲方已付全部款项，并赔偿甲方由此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日，按应付未付金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：逾期交付超过三十日；严重违反本合同约定，经甲方书面催告后十五日内仍未改正；违反第九条数据安全约定。
P:12.2 合同解除后，乙方应在十日内移交已完成的全部成果及数据。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，根据不可抗力的影响部分或全部免除责任。
P:13.2 不可抗力事件消除后，双方应尽快恢复履行；不可抗力持续超过六十日致使合同目的无法实现的，任何一方可书面通知解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方执四份，乙方执二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:15.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：某市文化馆    乙方（盖章）：某某数字文化科技有限公司
P:签订日期：2026年  月  日
"""

H641Z02 = r"""
T:开料生产线控制系统改造及维保合同
P:合同编号：JJ-SB-2026-0415
P:甲方：佛山市某某家具制造有限公司
P:乙方：某某智能装备科技有限公司
P:甲方拟对其板式家具车间的六条开料生产线（电子开料锯及配套上下料工位）进行控制系统改造，乙方负责供货、安装、调试、软件许可、培训及后续维保。双方经平等协商，订立本合同。
H:第一条 合同标的
P:1.1 乙方提供的设备及软件以下表为准，规格参数详见附件一《技术规格书》。
TB:序号|名称|数量|金额（元）
TB:1|运动控制器及伺服驱动系统（含电机、编码器、驱动器）|6套|486,000
TB:2|工业计算机及触摸屏操作终端|6台|96,000
TB:3|条码扫描及标签打印组件|6套|58,000
TB:4|板材优化排版软件许可（永久）|6个工位|312,000
TB:5|产线数据采集与看板软件许可（永久）|1套|118,000
TB:|设备及软件小计||1,070,000
TB:6|旧控制柜拆除、安装及联机调试|1项|62,000
TB:7|操作及维修培训|1项|14,000
TB:|合同总价||1,146,000
P:1.2 乙方应完成排版软件与甲方现有拆单软件、ERP系统的对接，实现订单自动导入、排版结果下发至锯机、板件标签自动打印。
P:1.3 乙方保证所供设备均为原厂全新、未经使用的合格产品，随机提供合格证、说明书、电气原理图、接线图及备件清单；软件应提供安装介质、授权文件及操作手册。
P:1.4 改造后各生产线应保留手动操作模式，在控制系统或网络故障时可切换为手动开料，保障甲方基本生产不中断。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰壹拾肆万陆仟元整（¥1,146,000），含13%增值税，包括设备、软件许可、运输、保险、安装、调试、培训及质保期内服务的全部费用。
P:2.2 除本合同第七条约定的维保费外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计¥229,200。
P:3.2 全部设备到达甲方车间并经双方清点签收后，甲方支付合同总价的35%，计¥401,100。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的45%，计¥515,700。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交货与改造
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方车间。
P:4.2 改造按生产线逐条进行，每条线停机改造时间不得超过五日，六条线应在设备到货后四十日内全部完成改造并投入试生产。
P:4.3 乙方应在改造前提交施工方案及安全措施，经甲方确认后实施；改造期间乙方应遵守甲方车间安全及防尘管理规定。
P:4.4 乙方应在改造期间对甲方每条线的操作工、班组长及设备维修人员进行现场培训，培训内容包括日常操作、排版参数设置、常见报警处理及日常保养，培训结束后进行考核，考核合格人数不少于甲方报名人数的九成。
P:4.5 乙方应在最终验收前向甲方移交全部技术资料，包括控制程序备份、参数清单、接口说明、电气图纸及维修手册，资料以纸质及电子版各一份提交。
H:第五条 验收
P:5.1 每条线改造完成后，双方按附件二《验收大纲》进行单线验收，验收标准包括：锯切尺寸偏差不超过±0.2毫米；排版优化后板材综合利用率不低于改造前三个月平均水平加2个百分点；订单导入、排版下发、标签打印全流程无人工干预；连续运行七十二小时无停机故障。
P:5.2 六条线全部单线验收合格并连续试生产三十日，期间未发生一级故障的，甲方组织最终验收，并出具书面验收报告。
P:5.3 设备到货、安装完成或甲方试生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改，整改后重新验收。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件本身原因产生的故障，乙方免费维修或更换，并免费提供软件升级。
P:6.2 乙方设立服务热线。一级故障（任一条线停机）时，乙方应在1小时内响应，6小时内到达现场，当日内恢复生产；二级故障（部分功能异常但可生产）时，乙方应在2小时内响应，48小时内解决。
P:6.3 乙方未按前款时限响应或到达现场的，每延误一小时，向甲方支付¥800；因乙方原因导致停线超过一日的，每日另付¥5,000。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方提供全包维保服务，内容包括备品备件更换、伺服电机及驱动器维修更换、软件升级、季度巡检及驻厂技术支持。
P:7.2 维保年费按设备及软件小计的25%计取，即每年¥267,500，自质保期满之日起按年度预付。该费率在质保期满后三年内保持不变。
P:7.3 维保合同期限届满，双方另行协商续签，不自动续期。
H:第八条 知识产权
P:8.1 排版软件、数据采集软件的著作权归乙方或原厂所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编写的控制程序、与甲方ERP及拆单软件的接口程序及其源代码、参数文件的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
H:第九条 数据安全
P:9.1 生产订单、板件数据、工艺参数及产线运行数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方逐次审批，通过甲方提供的加密通道进行，操作全程记录；乙方不得在控制系统中预留远程访问后门。
P:9.3 因乙方原因造成甲方数据泄露、丢失或被篡改的，乙方应在发现后2小时内通知甲方，采取补救措施，并赔偿甲方全部损失。
P:9.4 乙方为履行本合同所需的数据，仅可在甲方现场或经甲方批准的范围内使用，维保结束后应删除其持有的全部甲方数据，并向甲方出具书面确认。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方技术信息、经营信息及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:11.2 设备或软件经两次整改仍不合格的，甲方有权退货并解除合同，乙方应退还已付款项并赔偿损失。
P:11.3 甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包。电气布线等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方逾期交货或改造超过三十日，或严重违约经甲方书面通知后十日内未改正的，甲方有权书面通知解除合同。
P:13.2 合同解除后，乙方应配合甲方恢复生产，已安装设备由双方清点，属于乙方违约导致解除的，乙方应拆除不合格设备、退还相应款项，并承担由此产生的费用。
P:13.3 因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同附件一《技术规格书》、附件二《验收大纲》为本合同不可分割的组成部分。
P:15.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：            乙方（盖章）：
"""

H641Z03 = r"""台球门店预约及会员管理系统服务合同

合同编号：TQ-SaaS-2026-031
甲方：成都某某台球文化连锁管理有限公司
乙方：某某云联信息技术有限公司

甲方在四川、重庆共经营四十家连锁台球门店，现采购乙方提供的台球门店预约及会员管理云服务（以下简称“云服务”）及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）云服务
1. 乙方通过其云平台向甲方提供台球门店预约及会员管理系统的在线使用服务，功能包括：球桌在线预约与计时计费、会员储值与积分、优惠券及团购核销、教练预约、门店收银、库存管理、经营报表及总部集中管控。
2. 服务范围为甲方四十家门店及总部，每店不限终端数量和操作员账号。
3. 乙方提供甲方品牌的微信小程序及会员端页面，按甲方提供的视觉规范进行配置。
（二）实施服务
1. 乙方负责四十家门店的系统开通、球桌灯控及计时设备对接、收银终端配置、会员及储值余额数据迁移、总部与门店人员培训。
2. 乙方按甲方会员体系定制会员等级、储值赠送及积分规则，并开发与甲方财务软件的数据接口。
3. 实施分三批完成，每批门店上线前由双方确认上线清单。
（三）运维与技术支持
1. 服务期内，乙方提供每日九时至次日二时的门店营业时段电话及在线技术支持，并提供全年不间断的故障报修通道。
2. 乙方免费提供云平台的功能更新和版本升级，重大版本升级应提前七日通知甲方，并在门店营业低峰时段实施。
3. 甲方新开门店的，乙方应在接到甲方书面通知后七日内完成开通和培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起计算，每个服务年度为期一年。
（二）服务期满前三十日，任何一方未书面提出不再续期的，本合同自动续期一年，可多次续期。续期时乙方有权根据其当期公布的价格体系调整服务费，并提前三十日书面通知甲方，调整后的价格自续期之日起执行。

三、合同价款
（一）云服务费：每家门店每个服务年度人民币6,800元，四十家门店每个服务年度合计272,000元，两个服务年度合计544,000元。
（二）实施费：人民币86,000元，包括系统开通、数据迁移、设备对接、定制配置、接口开发及培训。
（三）合同总价：人民币630,000元（含6%增值税）。

四、付款方式
（一）实施费在全部门店上线验收合格后十五个工作日内一次性支付。
（二）云服务费按季度结算，每个服务季度结束后十五个工作日内，甲方根据乙方提交的季度服务报告支付该季度服务费68,000元。
（三）本合同不设预付款。乙方应在每次收款前开具增值税专用发票。
（四）服务期内甲方门店数量增减的，云服务费按实际开通门店数及使用天数，以每店每个服务年度6,800元的单价折算，于当季度结算时一并调整。

五、实施与验收
（一）乙方应在合同签订后六十日内完成全部门店上线。
（二）每批门店上线后，双方按以下标准进行验收：
1. 预约、计时计费、收银、会员储值及积分功能与需求确认书一致；
2. 迁移后会员数量、储值余额及积分与甲方原系统逐户核对一致；
3. 球桌灯控及计时设备联动正常，计时误差每小时不超过3秒；
4. 门店高峰时段（不少于二十张球桌同时计时）系统操作响应时间不超过2秒；
5. 与甲方财务软件的接口连续七日数据核对无差异。
（三）全部门店验收合格后，甲方出具书面验收单。门店试用或开始营业不视为验收合格。

六、服务水平
（一）乙方保证云服务月度可用率不低于99.5%，计划内维护须安排在凌晨二时至六时之间，并提前二日通知甲方。
（二）故障分级与响应：
1. 一级故障：全部或多家门店无法预约、计时或收银，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：单店或部分功能异常，乙方应在1小时内响应，8小时内恢复；
3. 三级故障：一般咨询或非紧急问题，乙方应在一个工作日内答复。
（三）服务补偿：月度可用率未达到约定标准的，每低于0.1个百分点，乙方按当季度服务费的2%给予服务抵扣，单季度抵扣累计不超过当季度服务费的20%；一级故障未在约定时限内恢复的，每超过一小时另抵扣1,000元。
（四）乙方应在每个服务季度结束后五个工作日内提交季度服务报告，列明可用率、故障记录、处理时长、服务抵扣金额及改进措施，经甲方确认后作为当季度结算依据。

七、数据归属与数据安全
（一）甲方会员信息、消费及储值记录、预约及经营数据均属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
（二）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志留存不少于六个月、每日备份等措施，云平台应通过网络安全等级保护第三级测评。
（三）发生数据泄露、丢失或被篡改的，乙方应在发现后2小时内通知甲方，配合处置并承担由此给甲方造成的全部损失。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，交付完成后删除其持有的甲方数据。
（五）乙方运维人员访问甲方数据须经授权并实名登记，仅限处理甲方报修或经甲方同意的事项，乙方应每季度向甲方提供数据访问日志。

八、保密
双方对在履行本合同过程中获知的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得披露。保密义务在本合同终止后三年内持续有效。乙方应要求其参与本项目的人员签署保密承诺书，并对其人员的泄密行为承担责任。

九、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的会员规则配置、小程序页面、财务接口程序及其源代码归甲方所有，甲方可自行或委托第三方使用和修改。

十、服务分包
乙方可将门店现场实施、短信发送及云资源服务交由第三方服务商承担，但应提前五个工作日书面告知甲方服务商名称及分包内容。乙方对第三方服务商的行为承担责任。

十一、违约责任
（一）乙方未按本合同第五条约定时间完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
（三）乙方违反第七条约定的，除赔偿甲方损失外，甲方有权解除本合同。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除本合同。
（二）连续两个月月度可用率低于约定标准的，甲方有权解除本合同，乙方应退还已付但未使用期间的服务费。
（三）本合同解除或终止的，乙方应按第七条第（四）项约定配合甲方完成数据导出，并在甲方迁移至新系统期间继续提供不少于三十日的过渡服务，过渡期服务费按实际天数结算。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

十四、其他
附件一《需求确认书》、附件二《门店上线清单》为本合同的组成部分。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：2026年  月  日
"""

H641Z04 = r"""某市体育中心场馆预约管理系统运维服务合同

项目名称：体育中心场馆预约管理系统年度运维服务
采购方式：竞争性磋商
合同编号：TYZX-YW-2026-008
甲方（采购人）：某市体育中心
乙方（供应商）：某某信息系统服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就体育中心场馆预约管理系统的运维服务订立本合同。磋商文件、响应文件、成交通知书为本合同的组成部分。

第一条 服务范围
（一）运维对象：甲方场馆预约管理系统，包括网上预约平台、微信公众号及小程序、场馆闸机与一卡通对接模块、收费结算模块、后台管理系统，以及承载上述系统的十二台虚拟服务器、数据库和中间件。
（二）服务内容：日常巡检与监控、故障处理、数据备份与恢复演练、安全加固与漏洞修复、系统配置变更、小程序及页面的内容维护、闸机接口维护、用户咨询支持、节假日及大型赛事期间保障。
（三）乙方应派驻两名运维工程师在甲方现场工作，工作时间为每日八时至二十二时，含周末和法定节假日的轮班安排；其他时间安排远程值守。
（四）乙方应在服务期开始后三十日内完成系统现状评估，提交资产清单、网络拓扑、账号权限清单及风险整改建议，经甲方确认后作为运维基线。

第二条 服务期限
服务期为一年，自2026年7月1日起至2027年6月30日止。服务期满本合同终止，甲方如需继续采购，依法另行组织采购，本合同不自动续期。

第三条 合同价款
（一）合同总价为人民币叁拾捌万陆仟元整（¥386,000），包括驻场人员费用、远程值守、备份介质、安全检测工具、差旅及税费。
（二）合同总价为固定价格，服务期内不作调整。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度服务期结束并经甲方季度考核后十五个工作日内，甲方根据考核结果支付当季度服务费¥96,500；考核扣减的金额从当季度服务费中扣除。
（三）甲方为财政资金支付单位，付款以国库集中支付程序为准。

第五条 服务水平
（一）系统月度可用率不低于99.95%，计划内维护须提前三日报甲方批准，并安排在闭馆时段进行。
（二）故障分级与处理时限：
1. 一级故障：预约平台或闸机系统整体不可用、收费结算中断，乙方应在15分钟内响应，1小时内到场处置，3小时内恢复；
2. 二级故障：部分场馆或部分功能异常，乙方应在30分钟内响应，6小时内解决；
3. 三级故障：一般性问题及咨询，乙方应在当日内答复处理。
（三）大型赛事及节假日保障期间，乙方应增派一名工程师驻场，并提前提交保障方案。
（四）乙方应每月五日前向甲方提交上月运维报告，内容包括系统运行情况、可用率统计、故障及处理记录、巡检与备份情况、安全检测结果、变更记录及下月工作计划；每季度末提交季度运维总结。
（五）乙方每季度对系统进行一次漏洞扫描和基线核查，发现高危漏洞的，应在五个工作日内完成修复或采取临时防护措施，并报甲方备案。
（六）乙方每半年组织一次数据恢复演练和一次闸机系统故障应急演练，演练方案及结果报甲方确认。

第六条 考核与服务扣减
（一）甲方每季度按附件《运维服务考核表》对乙方进行考核，考核内容包括可用率、故障处理时效、巡检及备份完成情况、文档提交及用户满意度。
（二）月度可用率每低于约定标准0.01个百分点，扣减当季度服务费¥1,000；一级故障响应或恢复每超时一小时，扣减¥1,500；未按期完成备份或恢复演练的，每次扣减¥2,000。单季度扣减累计不超过当季度服务费的20%。
（三）服务期满前，甲方组织终期验收，验收标准为：四个季度考核均合格；全年未发生因乙方原因导致的数据丢失；运维文档、配置清单、备份记录及交接资料完整并经甲方确认。终期验收合格后甲方出具书面验收意见。

第七条 服务启动与交接
（一）乙方应在合同签订后五日内完成驻场人员到岗、系统交接及运维工具部署，并提交运维方案。运维方案应包括人员分工、巡检计划、备份策略、应急预案、变更管理流程及赛事保障安排。
（二）服务期满或合同解除时，乙方应在十日内向甲方或甲方指定的第三方完成交接，交接内容包括账号权限、配置文档、备份数据及未完成事项清单。

第八条 数据安全
（一）系统中的预约信息、会员及实名信息、收费结算数据、闸机通行记录均属于甲方所有，乙方仅为履行运维服务而接触，不得复制、下载、留存或用于任何其他目的。
（二）乙方应遵守《数据安全法》《个人信息保护法》及甲方网络安全管理制度，所有运维操作通过甲方堡垒机进行并全程审计；禁止在个人设备上存储甲方数据。
（三）发生数据泄露、丢失或系统被入侵等安全事件的，乙方应在发现后30分钟内报告甲方，立即采取处置措施，并承担因其过错给甲方造成的全部损失及相应法律责任。
（四）服务期满或合同解除时，乙方应返还或在甲方监督下销毁其因运维工作接触的全部甲方数据及账号资料，并出具书面确认；乙方人员离岗时，甲方即时收回其全部账号权限。

第九条 保密
乙方及其人员对在服务过程中知悉的甲方信息、系统账号口令、网络结构及安全配置负有保密义务，不得向任何第三方披露。乙方应与驻场人员签订保密协议。保密义务不因本合同终止而解除。

第十条 知识产权
乙方在服务期内为甲方编写的运维脚本、巡检工具配置、应急预案及各类运维文档，其知识产权归甲方所有，甲方有权自由使用和修改。

第十一条 甲方义务与人员管理
（一）甲方应为驻场人员提供办公场所、网络接入及必要的系统账号，并指定专人负责联络、考核和运维变更审批。
（二）乙方驻场人员应具有相应专业资质，名单经甲方确认；未经甲方同意，乙方不得更换驻场人员。
（三）本合同项下的服务由乙方自行完成，不得分包或转包。

第十二条 违约责任
（一）乙方未按第七条第（一）项约定按时完成服务启动的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第八条、第九条约定的，应赔偿甲方全部损失，甲方有权解除合同。
（三）甲方无正当理由逾期付款的，每逾期一日，按应付未付金额的万分之三支付违约金。
（四）乙方驻场人员未经甲方同意擅自离岗或更换的，每人每日扣减当季度服务费¥800。

第十三条 合同解除
乙方连续两个季度考核不合格，或严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权书面通知解除本合同，乙方应按第七条第（二）项完成交接。因乙方原因解除合同的，甲方按乙方实际服务时间及考核结果结算服务费，并有权要求乙方赔偿由此增加的采购费用。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。双方因本合同发生争议，应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方执三份，乙方执二份，自双方签字盖章之日起生效。
本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等法律效力。附件《运维服务考核表》为本合同的组成部分。

甲方（盖章）：某市体育中心          乙方（盖章）：某某信息系统服务有限公司
日期：2026年  月  日
"""

H641Z05 = r"""# 菇房智能环境监测系统软件许可及定制开发合同

**（某某农业物联网科技有限公司标准合同文本 V3.0）**

合同编号：NYWL-HT-2026-0612

甲方（买方）：某某食用菌种植基地有限公司

乙方（卖方）：某某农业物联网科技有限公司

甲方为其工厂化食用菌种植基地采购乙方“菇房智能环境监测系统”的软件许可及定制开发服务。双方本着平等互利原则，依据《中华人民共和国民法典》订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方授予“菇房智能环境监测系统”的软件使用许可，许可范围为甲方基地内六十四间出菇房、两间接种室及一间冷库，许可形式为永久使用许可。

1.2 乙方按甲方需求进行定制开发，内容包括：按双孢菇和杏鲍菇不同生长阶段设置的温度、湿度、二氧化碳浓度控制曲线；加湿器、新风机、补光灯与环境传感器的联动策略；菇房异常报警推送；面向基地管理人员的手机端应用；采收量与环境数据的统计分析报表。

1.3 乙方负责软件部署、与甲方现有环境传感器及控制柜的对接，并对甲方技术人员进行操作培训。

1.4 甲方应自行提供系统运行所需的服务器、网络、传感器及控制柜等硬件设备，并确保其符合乙方提出的配置要求；因甲方硬件原因导致系统无法正常运行的，乙方不承担责任。

1.5 本系统的功能以附件一《功能清单》为准，乙方对软件是否满足甲方特定产量目标不作保证。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 菇房智能环境监测系统软件许可（永久，六十四间菇房） | 420,000 |
| 2 | 定制开发（生长控制曲线、联动策略、手机端、统计报表） | 268,000 |
| 3 | 部署实施及设备对接 | 46,000 |
| 4 | 操作培训 | 12,000 |
| | 合计 | 746,000 |

合同总价为人民币柒拾肆万陆仟元整（¥746,000），含税。
上述价格不含甲方现场硬件设备、网络及服务器费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥484,900，乙方收到该款项后启动开发工作。

3.2 软件部署完成后五个工作日内，甲方支付合同总价的35%，即¥261,100。

3.3 甲方逾期付款的，乙方有权暂停开发、部署或技术支持工作，由此造成的工期延误由甲方承担；逾期超过十五日的，每逾期一日，甲方按未付金额的千分之一向乙方支付违约金。

3.4 乙方收到款项后十五个工作日内向甲方开具增值税普通发票。

## 第四条 交付与验收

4.1 乙方应在收到首期款项后七十五日内完成软件部署及定制功能交付，因甲方现场条件、设备或配合原因造成的延误，交付期相应顺延。

4.2 乙方完成软件部署并向甲方发出交付通知，即视为甲方验收合格。

4.3 甲方在部署完成后提出的功能调整或新增需求，不属于本合同范围，乙方可另行报价。

4.4 甲方应在部署前完成菇房网络布线及设备安装，并指派专人配合乙方调试。甲方未按时提供现场条件的，乙方交付期限相应顺延。

## 第五条 质保与售后

5.1 本系统免费质保期为六个月，自软件部署完成之日起计算。质保期内，乙方对软件本身的缺陷提供免费修复。

5.2 乙方通过电话、微信及远程方式提供技术支持，乙方将尽合理努力及时处理甲方提出的问题。因甲方操作不当、断电断网、设备损坏或第三方原因造成的问题不在免费支持范围内。乙方远程处理问题时，甲方应按乙方要求开放必要的网络访问权限。

5.3 质保期满后，甲方如需乙方继续提供维护及升级服务，应与乙方另行签订维护合同，维护费用按乙方届时公布的价格标准执行。

5.4 乙方提供的培训为一次性集中培训，不超过两日；甲方人员变动需要再次培训的，按乙方培训收费标准另行计费。乙方技术支持时间为工作日九时至十八时。

## 第六条 知识产权

6.1 本合同项下软件许可及定制开发成果（包括生长控制曲线、联动策略、手机端应用、统计报表及其源代码、技术文档）的知识产权均归乙方所有。

6.2 乙方授予甲方在许可范围内使用上述成果的非独占、不可转让的权利。甲方不得对软件进行反向工程、修改或向第三方提供，亦不得要求乙方交付源代码。

6.3 甲方如需将系统扩展至新增菇房，应向乙方另行购买许可，扩展许可价格按乙方届时价格标准执行。

## 第七条 数据

7.1 甲方在系统中产生的环境数据、采收记录及生产管理数据归甲方所有。

7.2 甲方同意，乙方可对上述数据进行脱敏处理后，用于优化其食用菌生长模型、开发新产品及开展行业数据分析，上述使用在本合同终止后仍可继续。

7.3 乙方应采取访问控制、数据加密传输与存储、定期备份等措施保障甲方数据安全。乙方发现数据泄露、丢失或被篡改的，应在两日内通知甲方并采取补救措施，因乙方原因造成数据安全事件的，乙方依法承担相应的赔偿责任。

## 第八条 保密

8.1 双方对因签订和履行本合同而知悉的对方技术秘密、商业秘密负有保密义务，未经对方书面同意不得向第三方披露。

8.2 本条约定的保密义务在合同终止后两年内继续有效。

8.3 乙方人员在甲方现场工作时应遵守甲方的菇房卫生及防疫管理制度。

## 第九条 违约责任

9.1 乙方未按第4.1条约定期限完成交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方对甲方的间接损失、产量或收益损失、利润损失不承担责任。

9.3 甲方擅自修改、复制软件或超出许可范围使用的，乙方有权终止许可，并要求甲方赔偿损失。

9.4 因不可归责于乙方的原因导致交付延误的，乙方不承担违约责任。

## 第十条 合同解除

10.1 任何一方严重违反本合同约定，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

10.2 合同解除的，甲方应支付乙方已完成工作的相应费用。

10.3 甲方未按本合同约定支付款项超过三十日的，乙方有权解除合同并收回软件许可。

## 第十一条 不可抗力

11.1 因自然灾害、疫情、政府行为、电力或通信中断等不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

11.2 不可抗力持续超过六十日的，双方可协商解除合同。

## 第十二条 争议解决

12.1 因本合同引起的或与本合同有关的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

12.2 在争议解决期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份，具有同等法律效力。

13.2 本合同的任何修改和补充均应以书面形式作出，并经双方签字盖章。

13.3 本合同附件包括附件一《功能清单》和附件二《软件许可证书》，附件与本合同具有同等效力。

13.4 本合同未尽事宜，由双方另行协商并签订补充协议；补充协议与本合同不一致的，以补充协议为准。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：______年____月____日
"""

H641E01 = r"""
T:Software Licence and Services Agreement
P:Agreement No. AVS-NX-2026-04
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningxia Helan Foothills Winery Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Yinchuan, Ningxia (the "Buyer"), and Andes Viticultura Software S.A., a company organised under the laws of the Argentine Republic with its principal office at Avenida San Martín, Ciudad de Mendoza, Province of Mendoza, Argentina (the "Vendor").
P:The Buyer operates vineyards, a winery and a bottling plant and wishes to acquire a perpetual licence of the Vendor's vineyard and winery management software, together with its configuration for the Buyer's operations, and the Vendor is willing to grant the licence and provide those services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's VinoGestión Enterprise suite, version 8, comprising the vineyard block register, spray and irrigation planning, harvest logistics, cellar operations, barrel tracking, bottling and lot traceability modules, in object code, with its documentation.
P:1.2 "Custom Deliverables" means everything the Vendor develops specifically for the Buyer under this Agreement, including report templates, data conversion scripts, the interface to the Buyer's ERP and weighbridge systems, and Chinese-language labels and forms, with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including vineyard, production, laboratory and customer data.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers in mainland China for up to 120 named users at the Buyer's vineyards, winery, bottling plant and head office, and for those of its affiliates in mainland China.
P:2.2 The Vendor shall install the Software, configure it to the Buyer's processes set out in the Functional Specification, develop the Custom Deliverables, convert the Buyer's historical data from its current spreadsheets and legacy database, and train the Buyer's key users and administrators.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,244,000, made up of the Licence Fee of CNY 960,000, implementation services of CNY 248,000 and training of CNY 36,000. The Contract Price is fixed and includes all travel, expenses and taxes payable outside the People's Republic of China.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 248,800) within 30 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 559,800) within 30 days after the Software has been installed and the converted data loaded in the Buyer's production environment. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 435,400) within 30 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, data conversion and the Custom Deliverables within 100 days after signature, according to the project plan agreed in the kick-off meeting.
P:5.2 Acceptance tests shall follow the acceptance test plan approved by the Buyer and shall show at least that: every function in the Functional Specification works as described; harvest and lot records converted from the legacy data reconcile fully with the source by block, vintage and lot; the ERP and weighbridge interfaces run for 15 consecutive days without error; a full lot trace from grape delivery to bottled case completes in under 3 seconds; and no Severity 1 or Severity 2 defect remains open.
P:5.3 When the tests are passed and the Software has then run in production for 30 days through an active harvest or bottling period without a Severity 1 defect, the Buyer shall issue a written Final Acceptance certificate. Go-live, use of the Software or any payment does not amount to acceptance.
P:5.4 If a test fails, the Vendor shall correct the defects within 10 days and repeat the test at its own cost. If the Software fails the acceptance tests a second time, the Buyer may terminate this Agreement under Article 12.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the Functional Specification and the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Support requests are classified by severity. For Severity 1 (the Software is down or harvest, cellar or bottling operations are stopped) the Vendor shall respond within 1 hour, at any time of day during harvest, and restore operation or provide a workaround within 8 hours. For Severity 2 the Vendor shall respond within 2 hours and resolve within 2 business days. Other requests are answered within 1 business day.
P:6.3 If the Vendor misses a Severity 1 response or restoration time, it shall credit the Buyer CNY 1,200 for every hour of delay; credits are deducted from the next payment due or paid within 30 days.
P:6.4 After the Warranty Period the Buyer may order annual support, covering updates, new versions and the support described in Article 6.2, for a fee of 11% of the Licence Fee per year (CNY 105,600). This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year by written purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and the Vendor's pre-existing tools remain the property of the Vendor and its licensors, subject to the licence in Article 2.1.
P:7.2 The Custom Deliverables and all intellectual property rights in them belong to the Buyer upon creation. The Vendor shall deliver their source code with the Final Acceptance documentation, and the Buyer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any third-party claim that the Software or the Custom Deliverables infringe an intellectual property right.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and for no other purpose, and shall not keep copies after the task for which it was accessed is completed.
P:8.2 The Vendor shall access the Buyer's systems only through the remote-access channel provided by the Buyer, with individual accounts and multi-factor authentication, and only with the Buyer's approval for each session. All sessions are logged. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall not transfer Buyer Data outside mainland China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of, or disclosure of Buyer Data, shall take all measures needed to contain it, and is liable for all loss the Buyer suffers from a security incident caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including blends, recipes, pricing, customer lists and business plans, shall use it only for this Agreement, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete the work under Article 5.1 on time for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor as for itself.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.
P:12.2 The Buyer may also terminate under Article 5.4, or if the delay damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund all amounts paid, and the Buyer shall return or delete the Software.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and does its best to limit the effect. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Argentine Republic.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the rules of the arbitration tribunal of the Bolsa de Comercio de Mendoza, in the City of Mendoza, in the English language, before a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in two English originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H641E02 = r"""# Order Form and General Terms — GranoTrack Cloud

**Order Form No. GT-CN-2026-0187**

## PART A — ORDER FORM

### A1. Parties

**Provider:** GranoTrack Soluciones S.R.L., Bv. Oroño, Rosario, Province of Santa Fe, Argentina.

**Customer:** Qingdao Haiyun Grain and Oilseed Trading Co., Ltd., Shinan District, Qingdao, Shandong, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If they conflict, Part A prevails.

### A2. Subscribed Service

GranoTrack Cloud, Enterprise edition: a hosted platform for grain and oilseed purchase contracts, vessel nominations and shipment tracking, quality certificates, demurrage calculation and position reporting, for up to 85 named users of the Customer and its affiliates in mainland China. The Service is hosted for the Customer in a data centre in mainland China operated by a cloud provider approved under A6.

### A3. Subscription Term

The Subscription Term starts on the Service Start Date, the date on which the Customer signs the Onboarding Acceptance under B3, and lasts 24 months, in two Subscription Years. The Agreement ends at the end of the Subscription Term. It does not renew automatically; any further term requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 85 named users, Enterprise edition | 318,000 |
| Subscription, Subscription Year 2 | 85 named users, Enterprise edition, same price | 318,000 |
| Onboarding | configuration, data migration, two interfaces, training | 42,000 |
| **Total Fees** | | **678,000** |

All amounts are in CNY and include VAT. Additional named users may be ordered during the Subscription Term at CNY 3,741 per user per Subscription Year, pro rata; such additions are not part of the Total Fees above.

### A5. Invoicing and Payment

1. No amount is payable before the Service Start Date.
2. The Onboarding fee is invoiced after the Customer signs the Onboarding Acceptance.
3. Subscription fees are invoiced quarterly in arrears, CNY 79,500 for each completed quarter of the Subscription Term.
4. The Customer pays each correct invoice within 30 days of receipt by bank transfer in CNY.

### A6. Special Terms

1. Onboarding is planned to complete within 8 weeks after signature of this Order Form. The two interfaces are: (a) the Customer's ERP for contracts and invoices, and (b) the port agency's vessel-status feed.
2. Approved hosting provider: a cloud service provider in mainland China holding an MLPS level-3 record, named in the Onboarding Plan.
3. The Customer's project contact is the head of the trade operations department; the Provider's contact is the Customer Success Manager named in the Onboarding Plan.
4. The Customer shall provide timely access to its ERP test environment and to sample data for the migration.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its updates. 1.2 "Customer Data" means all data, documents and files that the Customer or its users enter into or upload to the Service, and all data derived from them for the Customer. 1.3 "Customer Configurations" means the reports, templates, workflows and interface mappings configured for the Customer during onboarding or later on the Customer's request.

### 2. Access and Use

2.1 The Provider grants the Customer and its affiliates in mainland China the right to use the Service during the Subscription Term for their internal business. 2.2 The Customer is responsible for its users' accounts and shall keep passwords secure. 2.3 The Provider may update the Service provided that no update materially reduces its functions or security. 2.4 The Provider shall give the Customer at least 60 days' notice before withdrawing any material function, and shall then offer an equivalent function at no extra cost.

### 3. Onboarding and Acceptance

3.1 The Provider shall perform the onboarding under the Onboarding Plan agreed at the kick-off meeting: configuration of the Service for the Customer's trading processes, migration of open contracts and shipments, the two interfaces in A6, and training of key users and administrators.

3.2 On completion the Provider shall demonstrate, in the presence of the Customer, that (a) all functions in the agreed requirements list work as described; (b) the migrated open contracts and shipments reconcile with the Customer's records by number, quantity and price; (c) both interfaces have run for 10 consecutive business days without error; and (d) the main position report for 500 open contracts is produced in under 5 seconds.

3.3 If the criteria in 3.2 are met, the Customer shall sign the Onboarding Acceptance within 5 business days. If they are not met, the Provider shall correct the shortcomings and repeat the demonstration at no charge. Use of the Service before the Onboarding Acceptance is not acceptance.

### 4. Service Levels

4.1 Availability. The Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance announced 5 days in advance and performed between 00:00 and 06:00 Beijing time.

4.2 Support. Priority 1 incidents (the Service unavailable, or contracts or shipments cannot be created or viewed) are answered within 30 minutes at any time, with a workaround or restoration within 6 hours. Priority 2 incidents are answered within 2 hours during business hours and resolved within 2 business days. Other requests are answered within 1 business day.

4.3 Service Credits. If availability in a month is below the level in 4.1, the Provider shall credit the Customer 5% of that month's subscription fee for each 0.1 percentage point of shortfall or part of it, up to 50% of that month's fee. For every hour by which a Priority 1 response or restoration time is exceeded, the Provider shall credit CNY 800. Credits are deducted from the next invoice, or paid after the last invoice.

4.4 Reporting. The Provider shall send the Customer a monthly service report showing availability, incidents, response and restoration times and credits due.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer under this Agreement and on the Customer's documented instructions, and for no other purpose.

5.2 The Provider shall store and process Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, log all administrative access, keep daily backups for 30 days, and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

5.3 The Provider shall notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, shall contain and remedy it, shall support the Customer's notifications to authorities, and is liable for the Customer's losses arising from a security incident caused by its breach of this Section.

5.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 6. Confidentiality

Each party shall keep the other party's non-public information confidential, use it only for this Agreement and disclose it only to its staff and advisers who need to know it and are bound by equal duties. This obligation lasts for three years after the end of the Agreement.

### 7. Intellectual Property

7.1 The Service and the Provider's platform, including improvements, remain the property of the Provider. 7.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them, and let third parties use them, without restriction, and the Provider shall export them on request.

### 8. Subcontracting

The Provider shall not subcontract the Service or the onboarding, other than to the hosting provider approved in A6, without the Customer's prior written consent.

### 9. Limitation of Liability

9.1 Each party's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by the Customer under this Agreement in the six (6) months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit, revenue or goodwill, or for indirect or consequential loss.

### 10. Term and Termination

10.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

10.2 On termination by the Customer under 10.1, the Provider shall refund any fees paid for the period after termination.

### 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time; the award is final and binding on both parties.

### 12. General

Notices must be in writing and sent to the contacts named in A6. Neither party may assign the Agreement without the other party's written consent. Amendments must be in writing and signed by both parties. Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

**Signed for the Customer:** ____________________ **Signed for the Provider:** ____________________
"""

H641E03 = r"""
T:Purchase Contract for Condition-Monitoring Sensors and Software
P:Contract No. GXTH-CG-2026-052
P:Buyer: Guangxi Tianhe Sugar Industry Co., Ltd., Chongzuo, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Sensores del Norte S.A., Avenida Sarmiento, San Miguel de Tucumán, Province of Tucumán, Argentina, acting with its authorised service partner in Nanning (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer wishes to monitor the condition of the cane mills, shredders, boiler fans and centrifugals in its two sugar mills, and the Supplier agrees to supply, install and commission the sensors, gateways and monitoring software described below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's MonitorZafra condition-monitoring software, server edition, licensed under Clause 2.3, with its documentation.
P:1.3 "Deliverables" means the Equipment, the Software, the configuration, the alarm rules and analytics models set up for the Buyer's machines, the interface to the Buyer's maintenance system, and all documentation.
P:1.4 "Buyer Data" means all measurements, alarms, reports and other data collected or generated from the Buyer's machines and systems.
H:2. Scope and Price
P:2.1 The Supplier shall supply the following items at the following fixed prices, including packing, transport to the Buyer's mills, insurance, import duties and VAT:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor with magnetic and stud mounts|180|2,900|522,000
TB:2|Industrial wireless gateway with 4G backhaul and local buffer|12|9,800|117,600
TB:3|Bearing temperature sensor, wired, with junction boxes|96|1,150|110,400
TB:4|MonitorZafra server licence, perpetual, up to 300 measuring points|1|386,000|386,000
TB:|Equipment and Licence Subtotal|||1,136,000
TB:5|Installation, cabling, configuration and commissioning at both mills|1 lot|88,000|88,000
TB:6|Training of operators, maintenance engineers and administrators|1 lot|21,000|21,000
TB:|Total Contract Price|||1,245,000
P:2.2 The Contract Price is fixed for the duration of the Contract and covers everything needed to deliver working Deliverables, including travel and the on-site presence of the Supplier's engineers.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's servers for the monitoring of up to 300 measuring points at the Buyer's sites in mainland China.
P:2.4 The Supplier shall configure alarm thresholds and analytics models for each monitored machine, and build the interface that creates work orders in the Buyer's maintenance management system when an alarm is confirmed.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Buyer's two mills within 60 days after signature of this Contract, before the start of the crushing season.
P:3.2 Installation shall be done during the planned maintenance stop of each mill, under the Buyer's work permit and safety rules. The Supplier shall complete installation and commissioning at both mills within 30 days after delivery.
P:3.3 The Supplier shall hand over the as-built list of measuring points, the network diagram, the configuration backup and the operating and maintenance manuals in Chinese and English.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 124,500) within 30 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 684,750) within 30 days after delivery of all Equipment to both mills and signature of the delivery note. The delivery note confirms quantities and visible condition only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 435,750) within 30 days after Final Acceptance under Clause 5.
H:5. Acceptance
P:5.1 After commissioning, the parties shall carry out the site acceptance test under the test plan approved by the Buyer. The test shall show that: every measuring point in the as-built list reports to the Software; the vibration readings of ten reference points, chosen by the Buyer, agree with a calibrated portable analyser within ±5%; alarms reach the operators' screens and mobile devices within 60 seconds; the interface creates work orders correctly for simulated alarms; and data loss between the gateways and the server is below 0.5% over 7 days.
P:5.2 After a successful site acceptance test, the system shall run for 45 days in the crushing season. If during that period the availability of data from each mill is not interrupted for more than 24 hours in total and no Severity 1 fault remains open, the Buyer shall issue the Final Acceptance certificate.
P:5.3 Delivery, installation, commissioning or use of the system does not amount to acceptance. If a test fails, the Supplier shall correct the defects at its own cost within 10 days and repeat the test.
H:6. Warranty, Support and Service After Warranty
P:6.1 The Supplier warrants that the Deliverables are new, free from defects in design, material and workmanship, and conform to this Contract for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including parts, labour and travel.
P:6.2 Faults are classified by severity. A Severity 1 fault means the monitoring of a whole mill or of a critical machine train is lost. For a Severity 1 fault the Supplier shall respond within 2 hours, arrive on site within 24 hours if remote action is not sufficient, and restore monitoring within 48 hours. A Severity 2 fault is answered within 8 hours and resolved within 5 days.
P:6.3 For every hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support, covering the services in Clauses 6.1 and 6.2, at a fee of 8% of the Equipment and Licence Subtotal per year (CNY 90,880 per year). This fee is fixed for three years after the Warranty Period. Annual support is ordered by separate purchase order each year and does not renew automatically.
P:6.5 The Supplier shall keep spare parts for the Equipment available for at least seven years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The Software and the firmware of the Equipment remain the property of the Supplier and are licensed to the Buyer under Clause 2.3.
P:7.2 The alarm rules, analytics models, interface programs and reports created for the Buyer under this Contract, with their source files, belong to the Buyer, which may use, modify and license them without restriction.
H:8. Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, keep or use it for any other purpose.
P:8.2 The gateways shall send data only to the Buyer's own server. Remote access by the Supplier is allowed only through the Buyer's VPN with individual accounts, with the Buyer's approval for each session, and is logged. The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or Buyer Data that it becomes aware of, shall remedy it immediately, and is liable for the Buyer's losses caused by its breach of this Clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including production figures, machine data and site layouts, shall use it only for this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this Contract for five years.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or completion of commissioning, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cabling work by a local contractor may be approved on request; the Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay damages under Clause 10.1 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for Deliverables not accepted and remove any Equipment the Buyer rejects.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The award is final.
H:14. General
P:14.1 This Contract is made in English and Chinese; both texts have equal force. Annex 1 (Technical Specification) and Annex 2 (Test Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H641E04 = r"""# Managed IT Infrastructure Services Agreement

**Agreement No. SC-WH-MS-2026-09**

This Managed IT Infrastructure Services Agreement (the "Agreement") is made between:

- **Wuhu Jianghuai Precision Castings Co., Ltd.**, Wuhu Economic and Technological Development Zone, Anhui Province, People's Republic of China (the "Customer"); and
- **Serrana Sistemas Gestionados S.A.**, Avenida Colón, Córdoba, Province of Córdoba, Argentina, acting through its project office in Shanghai (the "Provider").

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.
1.2 "Service Levels" means the levels set out in Schedule 2.
1.3 "Customer Systems" means the servers, storage, network devices, end-user devices and software of the Customer listed in the asset register agreed during Transition.
1.4 "Customer Data" means all data stored on or processed by the Customer Systems, including production, quality and personnel data.
1.5 "Transition" means the handover of the Customer Systems to the Provider's management described in Section 4.

## 2. Term

2.1 This Agreement starts on the date of signature and the Services are provided for 36 months from the Service Commencement Date (the "Term").
2.2 The Service Commencement Date is the date on which the Customer signs the Transition Acceptance under Section 4.3.
2.3 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Services

3.1 The Provider shall provide the Services in Schedule 1 for the Customer's foundry, machining plant and head office in Wuhu, including 24x7 monitoring, incident management, a bilingual service desk, patching, backup and on-site support.
3.2 The Provider shall keep two engineers on site at the Customer's Wuhu campus during business hours and provide remote support at all other times from its Shanghai office.
3.3 The Provider shall follow the Customer's IT policies, change management process and site safety rules.

## 4. Transition

4.1 The Provider shall complete Transition within 45 days after signature. Transition includes the discovery and documentation of the Customer Systems, installation of the monitoring tools, creation of runbooks, knowledge transfer from the Customer's current staff and a two-week parallel run.
4.2 Transition is complete when: (a) the asset register covers all Customer Systems and is confirmed by the Customer; (b) monitoring covers every server, storage system and core network device; (c) runbooks exist for all systems listed as critical in Schedule 1; (d) a test restore of three selected systems from backup succeeds; and (e) the parallel run ends without an unresolved Priority 1 incident.
4.3 When the criteria in 4.2 are met, the Customer shall sign the Transition Acceptance within 5 business days.
4.4 If Transition is not completed within the period in 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly.
5.2 If a Service Level is missed, the Provider shall credit the Customer the Service Credit stated in Schedule 2. Service Credits are deducted from the next monthly invoice.
5.3 The Provider shall analyse the root cause of every Priority 1 incident and submit a report within 5 business days.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,162,000.
6.2 The Transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears.
6.3 The Customer pays each correct invoice within 30 days of receipt. No advance payment is due under this Agreement.
6.4 The charges are fixed for the Term.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall access and use Customer Data only to perform the Services and for no other purpose, and shall not copy it outside the Customer Systems.
7.2 The Provider shall access the Customer Systems only through the Customer's privileged-access gateway, using named accounts with multi-factor authentication; all sessions are recorded. The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
7.3 The Provider shall report any security incident affecting the Customer Systems or Customer Data to the Customer within 2 hours after detection, lead the technical containment, and is liable for the losses the Customer suffers from a security incident caused by the Provider's breach of its obligations.
7.4 At the end of the Term the Provider shall return all credentials and documentation and delete any Customer Data in its possession, and confirm this in writing.

## 8. Confidentiality

Each party shall keep confidential the non-public information of the other party received under this Agreement, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent, for five years after the end of the Agreement.

## 9. Intellectual Property

9.1 The Provider's tools and methods remain the Provider's property; the Customer receives a free licence to use them during the Term.
9.2 Runbooks, scripts, configurations, the asset register and other documents created for the Customer under this Agreement belong to the Customer, which may use, modify and give them to a successor provider without restriction.

## 10. Personnel and Subcontracting

10.1 The Provider shall assign qualified personnel and inform the Customer of any change of the on-site engineers 10 days in advance.
10.2 The Provider may engage subcontractors for any part of the Services, including the on-site support and the after-hours monitoring, by giving the Customer 10 business days' written notice of the subcontractor's name and the work concerned. The Provider remains responsible for its subcontractors.

## 11. Liability, Suspension and Expiry

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of Sections 7 and 8, which are not limited.
11.2 If the Customer fails to pay an undisputed invoice within 45 days after a written reminder, the Provider may suspend the Services until payment and, if the amount remains unpaid for a further 30 days, terminate this Agreement by written notice.
11.3 The Customer's remedies for failures of the Services are the Service Credits under Section 5 and Schedule 2, the delay payments under Section 4.4 and damages for its proven losses, within the limit of Section 11.1. This Agreement otherwise continues until the end of the Term.
11.4 On expiry the Provider shall support the handover to the Customer or a successor provider for up to 30 days at the rates in Schedule 3.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules; the award is final.

## 13. General

Notices must be in writing, in English or Chinese, sent to the addresses above. The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Monitoring | 64 servers, 3 storage arrays, 41 network devices, 2 firewalls | 24x7 |
| Incident management | All Customer Systems in the asset register | 24x7 for Priority 1, business hours otherwise |
| Service desk | About 620 users, Chinese and English, phone, e-mail and portal | 07:00–23:00, seven days |
| Patching | Operating systems, hypervisors, network firmware, monthly window | Agreed maintenance window |
| Backup | Daily backup of all servers, monthly restore test | Daily |
| On-site support | Two engineers, end-user devices, printers, shop-floor terminals | Business hours |
| Critical systems | ERP, MES, quality system, file servers, core network | Covered by Priority 1 handling |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of core network and critical systems | 99.95% per month | 3% of the monthly charge for each 0.1 percentage point below, up to 20% |
| Priority 1 incident response | 15 minutes, 24x7 | CNY 1,000 per hour or part of an hour late |
| Priority 1 incident restoration | 3 hours | CNY 2,000 per hour or part of an hour late |
| Priority 2 incident response | 1 hour | CNY 300 per hour late |
| Service desk calls answered | 90% within 30 seconds | 1% of the monthly charge |
| Backup success | 98% of jobs per month | 1% of the monthly charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, invoiced after Transition Acceptance | 74,000 |
| Monthly service charge | CNY 58,000 per month × 36 months | 2,088,000 |
| **Total Contract Value** | | **2,162,000** |
| Additional on-site engineer day (optional, not included above) | per day | 2,600 |

**For the Customer:** ____________________ **For the Provider:** ____________________
"""

H641E05 = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CH-DL-API-2026-11

BETWEEN Dalian Beigang Oilseeds Import and Export Co., Ltd., Zhongshan District, Dalian, Liaoning Province, People's Republic of China (the "Customer"),

AND Chaco Agrodatos S.A., Avenida Mariscal López, Asunción, Republic of Paraguay (the "Provider").

The Customer imports soybeans from South America and wishes to receive crop, weather, river-level and port-logistics data for Paraguay, Argentina and Brazil through the Provider's application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Service" means the Provider's AgroFeed data service described in Clause 2, delivered through the API and the web dashboard.
1.2 "API" means the Provider's REST interface, with its documentation, through which the Customer's systems retrieve the data.
1.3 "Subscription Year" means each of the two consecutive periods of one year starting on the Service Start Date.
1.4 "Service Start Date" means the date on which the Customer signs the Integration Acceptance under Clause 5.
1.5 "Customer Data" means the watchlists, field boundaries, query parameters, user accounts and any other data that the Customer provides to or stores in the Data Service.
1.6 "Custom Feeds" means the data feeds, field mappings and connectors built by the Provider for the Customer under Clause 5.

2. DATA SERVICE

2.1 The Data Service includes: (a) weekly crop condition and yield estimates by department and province for soybeans and maize; (b) daily weather observations and 15-day forecasts for the main producing regions; (c) daily water levels and navigation notices for the Paraguay and Paraná rivers; (d) barge and vessel line-ups at the main river and ocean ports; and (e) monthly export statistics.
2.2 The Customer may call the API up to 2,000,000 times per Subscription Year and may use the data internally and in reports to its affiliates in mainland China. Calls above that number are charged at the overage rate in Clause 4.3.
2.4 The Provider shall provide up to 10 user accounts for the web dashboard, a two-hour online training session for the Customer's analysts, and a named account manager who speaks English and Chinese.
2.3 The Provider shall keep the API backwards compatible during the Term, or give the Customer at least 90 days' notice and a migration path for any change that breaks compatibility.

3. TERM

3.1 This Agreement starts on signature and the Data Service is provided for two Subscription Years from the Service Start Date (the "Term").
3.2 The Agreement ends at the end of the Term. It may be extended only by a written agreement signed by both parties, which will state the fees for the extension.

4. FEES AND PAYMENT

4.1 The fees are:
   Subscription fee, Subscription Year 1: CNY 356,000
   Subscription fee, Subscription Year 2: CNY 356,000
   Integration and Custom Feeds (one-time): CNY 28,000
   Total Contract Value: CNY 740,000
4.2 The integration fee is invoiced after the Integration Acceptance. Subscription fees are invoiced quarterly in arrears at CNY 89,000 per completed quarter. No payment is due before the Service Start Date.
4.3 API calls above the yearly allowance are charged at CNY 0.80 per thousand calls, invoiced quarterly in arrears. Overage charges are not part of the Total Contract Value.
4.4 All fees are in CNY and include VAT. The Customer pays each correct invoice within 30 days of receipt.
4.5 The subscription fees are fixed for the Term.

5. INTEGRATION AND ACCEPTANCE

5.1 Within 40 days after signature, the Provider shall build the Custom Feeds: the mapping of the data to the Customer's own region and port codes, a daily file feed to the Customer's trading system, and a connector that loads the river-level and line-up data into the Customer's logistics dashboard.
5.2 The Provider shall demonstrate that: (a) all data sets in Clause 2.1 are delivered through the API for 10 consecutive business days on the agreed schedule; (b) the daily file feed loads into the Customer's trading system without error for the same period; (c) a sample of 200 records per data set, chosen by the Customer, matches the Provider's published sources; and (d) the median API response time for standard queries is under 800 milliseconds.
5.3 If the criteria in 5.2 are met, the Customer shall sign the Integration Acceptance within 5 business days; otherwise the Provider shall correct the shortcomings and repeat the demonstration at no extra charge.
5.4 If the Integration Acceptance is delayed beyond the period in 5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to 10% of the Total Contract Value.

6. SERVICE LEVELS

6.1 The Provider shall make the API and the dashboard available at least 99.95% of each calendar month, excluding maintenance announced 3 days in advance and performed on Sundays between 01:00 and 05:00 Beijing time.
6.2 Incidents are classified by priority. Priority 1 means the API is unavailable or returns wrong or stale data for a whole data set. For a Priority 1 incident the Provider shall respond within 8 hours of the Customer's report, and restore the data service within 1 business day. Priority 2 incidents are answered within 1 business day and resolved within 3 business days.
6.3 Data sets shall be updated on the schedule in the documentation. A data set more than 2 days late counts as a Priority 2 incident.
6.4 If monthly availability falls below the level in 6.1, the Provider shall credit the Customer 5% of that quarter's subscription fee for each full 0.1 percentage point of shortfall, up to 25% of that quarter's fee. For each day by which a Priority 1 restoration is late, the Provider shall credit a further CNY 1,500. Credits are deducted from the next invoice.
6.5 The Provider shall send a monthly service report with availability, incidents, data delivery delays and credits.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Service to the Customer under this Agreement and for no other purpose, and shall not sell, share or analyse it for any other customer.
7.2 On the Customer's request and at the end of the Term, the Provider shall return Customer Data in a common format and then delete it.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's watchlists, positions and trading interests and the Provider's methods and unpublished data, shall use it only for this Agreement, and shall not disclose it to any third party without the other party's prior written consent.
8.2 This obligation does not cover information that is public, already known to the receiving party, or required to be disclosed by law, and it continues for five years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The Data Service, the API and the Provider's databases remain the property of the Provider and its data suppliers. The Customer receives a non-exclusive licence to use the data during the Term under Clause 2.2, and may keep using reports and extracts made during the Term for internal purposes after the Term.
9.2 The Custom Feeds, including the field mappings, the connector code and their documentation, belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code with the Integration Acceptance.

10. SUBCONTRACTING

The Provider shall not subcontract the Data Service or the integration work without the Customer's prior written consent, except for the purchase of raw data from the public and commercial sources listed in the documentation.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the Total Contract Value, except for wilful misconduct, breach of Clause 8 and infringement of third-party rights, which are not limited.
11.2 The data are estimates and forecasts; the Provider does not guarantee any harvest, price or market outcome, and neither party is liable for the other's trading losses or other indirect loss.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
12.2 On termination by the Customer under 12.1, the Provider shall refund any fees paid for the period after termination, and Clause 7.2 applies.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

14. GENERAL

14.1 Notices must be in writing, in English, and sent by e-mail and courier to the addresses above. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.
14.2 This Agreement is made in two originals in English, one for each party, and takes effect on signature.
14.3 If any provision of this Agreement is held invalid, the rest of the Agreement remains in force, and the parties shall replace the invalid provision by a valid one that comes closest to its purpose.

For the Customer: ____________________     For the Provider: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# key: (file name, source, language, category)
FILES = {
    "h641z01": ("h641z01_culture_centre_activity_platform.pdf", H641Z01, "zh", "software"),
    "h641z02": ("h641z02_furniture_panel_cutting_line_retrofit.docx", H641Z02, "zh", "hardware"),
    "h641z03": ("h641z03_billiards_chain_booking_membership_saas.txt", H641Z03, "zh", "cloud"),
    "h641z04": ("h641z04_sports_centre_booking_system_om.txt", H641Z04, "zh", "services"),
    "h641z05": ("h641z05_mushroom_farm_climate_monitoring_supplier_template.md", H641Z05, "zh", "software"),
    "h641e01": ("h641e01_winery_management_perpetual_licence_mendoza.pdf", H641E01, "en", "software"),
    "h641e02": ("h641e02_grain_trade_saas_order_form_rosario.md", H641E02, "en", "cloud"),
    "h641e03": ("h641e03_sugar_mill_condition_monitoring_sensors.docx", H641E03, "en", "hardware"),
    "h641e04": ("h641e04_managed_it_infrastructure_36_months_cordoba.md", H641E04, "en", "services"),
    "h641e05": ("h641e05_crop_logistics_data_api_subscription_asuncion.txt", H641E05, "en", "cloud"),
}


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
TERMS = {
    "h641z01": T(99.95, 0.5, False, "buyer", True, True, False, 0.08, None, 20, True, True, 24, 9, False, True, False,
                 "PRC", G),
    "h641z02": T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 25, False, True, False,
                 "PRC", G),
    "h641z03": T(99.5, 0.5, True, "buyer", True, True, True, 0.08, None, None, True, None, None, None, True, True,
                 True, "PRC", S),
    "h641z04": T(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                 False, "PRC", S),
    "h641z05": T(None, None, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True,
                 None, None, G),
    "h641e01": T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                 "Argentina", G),
    "h641e02": T(99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None,
                 False, True, False, "PRC", S),
    "h641e03": T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False, True, False,
                 "PRC", G),
    "h641e04": T(99.95, 0.25, True, "buyer", True, True, True, 1800 / 2162000 * 100, 150, None, True, None, None,
                 None, False, False, True, "PRC", S),
    "h641e05": T(99.95, 8, True, "buyer", False, True, True, 900 / 740000 * 100, 200, None, True, None, None, None,
                 False, True, False, "PRC", S),
}
# key: (sla_clause, ld_stated, post_warranty_fee_capped or None for service, deemed, contract_value)
EXTRA = {
    "h641z01": (True, True, True, False, 1206000),
    "h641z02": (True, True, True, False, 1146000),
    "h641z03": (True, True, None, False, 630000),
    "h641z04": (True, True, None, False, 386000),
    "h641z05": (False, True, False, True, 746000),
    "h641e01": (True, True, True, False, 1244000),
    "h641e02": (True, False, None, False, 678000),
    "h641e03": (True, True, True, False, 1245000),
    "h641e04": (True, True, None, False, 2162000),
    "h641e05": (True, True, None, False, 740000),
}
# itemised licence / hardware subtotal (TCO fee base) for goods_or_licence drafts
FEE_BASE = {"h641z01": 680000, "h641z02": 1070000, "h641z05": 420000, "h641e01": 960000, "h641e03": 1136000}
# price sums as stated in the texts
SUMS = {
    "h641z01": ([680000, 412000, 96000, 18000], 1206000),
    "h641z02": ([486000, 96000, 58000, 312000, 118000, 62000, 14000], 1146000),
    "h641z03": ([272000 * 2, 86000], 630000),
    "h641z04": ([96500 * 4], 386000),
    "h641z05": ([420000, 268000, 46000, 12000], 746000),
    "h641e01": ([960000, 248000, 36000], 1244000),
    "h641e02": ([318000, 318000, 42000], 678000),
    "h641e03": ([180 * 2900, 12 * 9800, 96 * 1150, 386000, 88000, 21000], 1245000),
    "h641e04": ([74000, 58000 * 36], 2162000),
    "h641e05": ([356000, 356000, 28000], 740000),
}
PAYMENTS = {  # instalments that must add up to the contract value
    "h641z01": [241200, 542700, 422100], "h641z02": [229200, 401100, 515700], "h641z05": [484900, 261100],
    "h641e01": [248800, 559800, 435400], "h641e03": [124500, 684750, 435750],
}
DESIGN = {
    "h641z01": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "h641z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h641z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h641z04": [],
    "h641z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h641e01": ["CR-GOVERNING-LAW"],
    "h641e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP"],
    "h641e03": [],
    "h641e04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "h641e05": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"h641z01": "medium", "h641z02": "high", "h641z03": "medium", "h641z04": "low", "h641z05": "high",
               "h641e01": "low", "h641e02": "high", "h641e03": "low", "h641e04": "medium", "h641e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}

# policy thresholds (my reading of policy section 3)
AVAIL_MIN, P1_MAX, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = \
    99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco(key):
    t, e = TERMS[key], EXTRA[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e[2]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees, fees / (e[4] + fees) * 100


def derive(key):
    t, e = TERMS[key], EXTRA[key]
    sla, ld_stated, capped = e[0], e[1], e[2]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX:
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
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > PWF_MAX:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(key)
        if x and x[1] > TCO_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every foreign forum in this set comes with a foreign law
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, _, lang, cat = FILES[key]
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if TERMS[key]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": TERMS[key], "expected_extra": extra,
            "expected_rules": DESIGN[key]}


# ---------------------------------------------------------------- read back and threshold scan
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


PCT = r"\s*(?:%|％|percent|per\s*cent|percentage)"
ZN = "零〇一二两三四五六七八九十百"
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0\.05(?!\d)",
    r"(?<![\d.])(?:30|40|15|100)" + PCT,
    r"(?<![\d.])(?:12|twelve)(?:\s*\(12\))?[\s-]*(?:个月|months?)",
    r"(?<![\d.])(?:4|four)(?:\s*\(4\))?[\s-]*(?:个)?(?:小时|hours?|hrs?|h\b)",
    r"(?<![" + ZN + "])四个?小时", r"(?<![" + ZN + "])十二个月",
    r"百分之(?:三十|四十|十五|百|一百)(?![" + ZN + "点])", r"万分之五(?![" + ZN + "点])", r"千分之零点五",
    r"(?:thirty|forty|fifteen|one\s+hundred)\s*(?:percent|per\s*cent)",
]), re.I)

MUST_HIT = ["99.9%", "可用率99.9", "30%", "30 %", "40%", "15%", "100%", "百分之三十", "百分之四十", "百分之十五",
            "0.05%", "万分之五", "12个月", "十二个月", "12 months", "twelve (12) months", "12-month", "4小时",
            "四小时", "4 hours", "four hours", "4 h", "thirty percent", "one hundred per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "14 hours", "24 hours", "130%", "0.15%", "1.5%", "45%",
             "35%", "25%", "万分之八", "万分之三", "百分之三十五", "2026年12月", "12 hours", "150%", "0.055", "18 months",
             "120 named users", "115%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- main
if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("regex must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex must miss", s, scan(s))

    sources, targets = {}, {}
    for key, (name, src, lang, cat) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key], targets[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, src, lang, cat) in FILES.items():
        parts, total = SUMS[key]
        assert sum(parts) == total == EXTRA[key][4], key
        if key in PAYMENTS:
            assert sum(PAYMENTS[key]) == total, key
        t = TERMS[key]
        assert list(t) == TERM_KEYS
        # no label value on a threshold
        for k, thr in (("availability_pct", AVAIL_MIN), ("p1_response_hours", P1_MAX),
                       ("ld_rate_per_day_pct", LD_MIN), ("liability_cap_pct", CAP_MIN),
                       ("prepayment_pct", PREPAY_MAX), ("warranty_months", WARRANTY_MIN),
                       ("post_warranty_fee_pct", PWF_MAX)):
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        x = tco(key)
        if x:
            assert abs(x[1] - TCO_MAX) > 2, (key, x)
        derived = derive(key)
        assert derived == sorted(DESIGN[key]), (key, derived, DESIGN[key])
        assert risk(derived) == DESIGN_RISK[key], key
        covered |= set(derived)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        hits = scan(text) + scan(src)
        assert not hits, (name, hits)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(key), ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-66s %-2s len %5d  tco %s  rules %s  risk %s" % (
            name, lang, n, "%.1f%%" % x[1] if x else "-", ",".join(r[3:] for r in derived) or "(none)",
            risk(derived)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert len(DESIGN["h641z05"]) in range(8, 11)
    assert sum(1 for k in DESIGN if 2 <= len(DESIGN[k]) <= 3) == 6
    assert [k for k in DESIGN if not DESIGN[k]] == ["h641z04", "h641e03"]
    print("all checks passed; 20 of 20 rules covered")
