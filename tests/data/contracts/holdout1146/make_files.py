"""holdout1146: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
of the brief (lengths, no threshold value or figure, rules derived from the labels = design list, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}
SRC["z01"] = r"""
T:农村宅基地管理平台建设项目政府采购合同
P:合同编号：LX-NY-2026-017　　采购方式：公开招标　　项目编号：LXCG2026-0412
P:甲方（采购人）：临溪市农业农村局
P:乙方（供应商）：江宁数图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，就临溪市农村宅基地管理平台建设项目签订本合同。招标文件、投标文件、中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供农村宅基地管理平台软件许可（市、县、乡三级部署，永久使用许可），并按甲方需求完成定制开发，包括宅基地申请审批全流程线上办理、宅基地“一张图”、移动端动态巡查、农房建设监管及统计分析模块。
P:1.2 乙方负责将甲方现有宅基地确权登记数据、历年审批档案电子数据整合入库，并完成与市不动产登记平台、自然资源“一张图”系统的接口对接。
P:1.3 乙方负责平台在甲方政务云上的部署、调试、试运行及对市、县、乡三级工作人员的培训。培训不少于六期，每期不少于两天，覆盖系统管理员、审批人员和乡镇巡查人员，培训教材由乙方编制并交甲方留存。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾捌万捌仟元整（¥1,588,000），为固定总价，包含完成本合同全部工作所需的一切费用，甲方不再另行支付其他费用。
P:2.3 合同价款已包含软件许可、定制开发、数据整合、接口对接、部署、培训、税费、差旅及质保期内全部服务费用。因甲方需求变更增加的工作量，双方另行书面确认。
P:2.2 价款构成：平台软件许可费720,000元；定制开发费586,000元；数据整合入库及接口费214,000元；部署实施及培训费68,000元。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，计317,600元。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，计714,600元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计555,800元。
P:3.4 乙方每次请款前应开具等额合法发票。甲方付款按财政资金支付程序办理。
H:第四条 交付期限
P:4.1 乙方应在合同生效后一百二十日内完成部署和定制开发并申请初步验收；初步验收后进入九十日试运行期。
P:4.2 乙方应指派具有同类项目经验的项目经理及不少于六名实施人员，项目经理未经甲方同意不得更换；实施期间乙方每周向甲方提交进度报告，重大问题随时报告。
P:4.3 乙方应提交项目实施方案、详细设计说明书、数据整合报告、接口说明、用户手册、运维手册及定制部分源代码。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件技术要求及投标响应的功能逐项实现；（2）整合入库数据与原始数据逐宗比对，宗地编码、权利人、面积等关键字段一致，差错记录全部修正；（3）与不动产登记平台、“一张图”系统接口连续运行十个工作日无错误；（4）三百名用户并发时，常用查询响应时间不超过2秒，审批办理页面响应时间不超过3秒；（5）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期满，期内无一级故障，遗留问题全部整改完毕，全部交付文档经甲方确认，由甲方组织专家验收并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、技术支持和驻场保障。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的8%，即每年不超过57,600元，且质保期满后三年内不上调。运维服务合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体无法访问或审批业务中断）：乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：2小时内响应，24小时内解决；一般问题：一个工作日内解决。
P:7.3 乙方每超出上述响应或恢复时限1小时，甲方扣减500元；月可用率每低于承诺值0.01个百分点，扣减1,000元。扣减款从应付款或履约保证金中抵扣。
P:7.4 质保期内乙方每月向甲方提交运行报告，列明故障处理、可用率统计及优化建议，汛期、年底审批高峰等重要时段应安排专人驻场保障。
H:第八条 知识产权
P:8.1 乙方保证其提供的软件及服务不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
P:8.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久使用许可。为本项目定制开发的功能模块、接口程序、数据整合脚本及相关文档、源代码，知识产权归甲方所有，甲方可自行或委托他人修改、使用和许可使用。
H:第九条 数据安全
P:9.1 平台中的宅基地数据、农户个人信息及审批档案均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、加密传输、操作审计，运维操作须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:乙方对履行合同中知悉的甲方工作秘密、技术资料及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付成果经两次验收仍不合格，或逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.4 乙方应在合同签订后五个工作日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方应承担的违约金、扣减款可从中扣除。
H:第十二条 分包与转让
P:乙方不得将本合同项下的工作转包或分包给第三方，不得转让本合同的权利义务。
H:第十三条 合同解除
P:任何一方严重违反本合同约定，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除合同，并要求违约方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因地震、洪水等不可抗力致使合同不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供有关证明，双方据此协商延期或变更，受影响一方在影响范围内免责。
H:第十六条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临溪市农业农村局　　　乙方（盖章）：江宁数图信息技术有限公司
P:日期：2026年　月　日
"""
SRC["z02"] = r"""
T:套丝机装配生产线控制系统改造合同
P:合同编号：HF-JG-2026-031
P:甲方：台州恒锋电动套丝机厂
P:乙方：杭州启衡工控自动化有限公司
P:甲方电动套丝机装配及螺纹检测生产线（二号线、三号线）现有继电器控制系统老化、故障频发，甲方委托乙方进行控制系统改造。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责两条生产线控制系统的设计、供货、拆除旧系统、安装、接线、编程、调试及试生产，改造后两条线分别实现机头装配、板牙检测、整机试车三个工位的联动控制。
P:1.2 乙方提供产线数据采集与控制软件许可，实现设备状态、节拍、产量和不良品数据的实时采集，并与甲方现有ERP系统对接，自动回传工单完工数据。
P:1.3 乙方根据甲方套丝机各型号（2寸、3寸、4寸机型）的工艺要求，定制开发工艺配方程序、螺纹视觉检测判定程序和产线看板。
P:1.4 改造施工应利用甲方计划停产检修期分线进行，每条线停线时间不超过二十日，不得影响另一条线正常生产。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾壹万捌仟元整（¥1,218,000），含税，为固定总价。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|产线PLC控制柜|4套|96,000|384,000
TB:2|伺服驱动器及电机|24套|8,500|204,000
TB:3|工业触摸屏|8台|6,200|49,600
TB:4|螺纹视觉检测单元|2套|68,000|136,000
TB:5|产线数据采集与控制软件许可|1套|186,000|186,000
TB:|软硬件小计|||959,600
TB:6|拆旧、安装改造及调试|1项|148,000|148,000
TB:7|工艺程序定制开发|1项|92,000|92,000
TB:8|操作及维护培训|1项|18,400|18,400
TB:|合同总价|||1,218,000
P:2.2 上述价款包含设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%，即243,600元，作为预付款。
P:3.2 设备全部到货并经甲方开箱清点签收后十个工作日内，甲方支付合同总价的35%，即426,300元。到货签收不代表质量验收。
P:3.3 两条生产线均通过最终验收后十五个工作日内，甲方支付合同总价的45%，即548,100元。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后四十五日内将全部设备运至甲方厂区，并在到货后六十日内完成两条线的改造和调试，申请验收。
P:4.2 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的0.08%向甲方支付违约金。
P:4.3 乙方应在进场前提交施工方案、停线计划和应急预案，经甲方确认后实施。改造期间乙方应指定一名现场负责人，每日与甲方生产部门核对进度，停线计划需调整的，应提前三日书面提出。
H:第五条 验收
P:5.1 验收标准：（1）设备型号、数量与明细表一致，电气柜接线、标识符合国家标准；（2）两条线连续试生产二十个工作日，生产节拍达到每台不超过九十秒；（3）视觉检测单元对甲方标准样件库中的全部缺陷样件均能正确判定，对合格样件无误判；（4）产量、工单数据与ERP一致；（5）安全联锁、急停功能全部测试合格。
P:5.2 试生产期满，由甲方组织验收并签署验收报告。设备通电运行或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，硬件故障免费维修或更换，软件免费修复和升级。
P:6.2 一级故障（整条产线停机）：乙方1小时内远程响应，6小时内到达现场，当日恢复生产；二级故障（单工位故障）：2小时内响应，24小时内修复。乙方每超出响应或到场时限1小时，甲方从质保金或应付款中扣减800元。
P:6.3 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的18%计取，即每年172,728元，质保期满后三年内维保费不作调整。维保内容包括每季度一次巡检、故障维修、备件更换（易损件除外）及软件升级。维保合同逐年签订，不自动续期。
P:6.4 乙方应随设备提供一套常用备品备件（含继电器、熔断器、传感器及触摸屏保护膜），并提供备件清单和价格表；质保期满后六年内，乙方保证关键备件持续供应。
P:6.5 乙方应对甲方两名电气人员和每班组长进行操作及维护培训，培训结束后进行考核，考核合格方为完成培训。
H:第七条 知识产权
P:7.1 PLC、伺服、视觉检测等设备内置软件及数据采集与控制软件的知识产权归原权利人，乙方保证甲方享有永久使用权。
P:7.2 为甲方定制开发的工艺配方程序、检测判定程序、PLC程序及看板，知识产权归甲方所有，乙方应交付全部源程序及注释，甲方可自行修改和使用。
H:第八条 数据安全
P:8.1 生产数据、工艺参数和产品图纸属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程维护须事先经甲方批准，通过甲方指定的VPN账号进行，每次维护留存操作记录。乙方人员不得在产线网络中接入未经检查的移动存储设备。
P:8.3 因乙方原因造成数据泄露、丢失或生产系统被病毒感染的，乙方应在2小时内通知甲方，立即采取补救措施并承担赔偿责任。
H:第九条 保密
P:乙方对甲方的产品图纸、工艺参数、产能和客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后三年。
H:第十条 分包
P:乙方可将电气柜安装、线缆敷设等辅助施工工作分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称和施工人员名单。乙方对分包单位的施工质量和安全负责。
H:第十一条 安全施工
P:乙方施工人员应遵守甲方厂区安全管理制度，持证上岗，动火、登高等作业须办理审批手续。因乙方原因造成人员伤亡或财产损失的，由乙方承担责任。
H:第十二条 双方的其他责任
P:12.1 甲方应按时提供施工场地、电源、压缩空气及ERP接口测试环境，并安排工艺人员配合调试。因甲方原因造成工期延误的，工期相应顺延。
P:12.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付逾期付款利息。
P:12.3 乙方提供的设备应为全新、未使用过的原厂正品，随附合格证、说明书和原理图；发现翻新或以次充好的，甲方有权要求更换并由乙方承担由此产生的全部费用。
H:第十三条 合同解除
P:乙方逾期超过三十日，或改造后经两次验收仍不合格，或有其他严重违约行为经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，在不可抗力影响范围内免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：台州恒锋电动套丝机厂　　乙方（盖章）：杭州启衡工控自动化有限公司
"""
SRC["z03"] = r"""陶艺培训门店预约及会员管理系统服务合同

合同编号：NY-IT-2026-008

甲方：杭州泥语文化艺术培训有限公司
乙方：上海约课云信息科技有限公司

甲方在杭州、宁波、绍兴等地经营二十六家陶艺培训门店，现采用乙方“约课云”预约及会员管理系统（以下简称“系统”），并委托乙方完成实施工作。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方二十六家门店提供系统使用权，包括课程排期与在线预约、拉坯机及窑位预约、会员储值与课包管理、作品烧制进度通知、收银对账及经营报表功能。
2. 乙方提供甲方品牌的微信小程序，学员可自助预约课程、查看作品烧制进度和课包余额。
3. 订阅服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度自第一个服务年度届满之次日起算。
（二）实施服务
1. 将甲方现有表格及旧系统中的会员资料、储值余额、课包余次迁移至系统；
2. 为二十六家门店配置课程、教室、拉坯机及窑位资源，配置收银及分店权限；
3. 设计甲方品牌小程序页面，开发甲方需要的门店经营日报、师资课时统计和储值负债报表；
4. 对门店店长、前台及总部财务人员进行培训，培训分总部集中培训和分区现场培训两种形式，每家门店至少安排一次现场指导，并提供操作视频和图文手册。
（三）订阅服务期内，乙方免费提供系统的版本升级、功能优化和安全补丁。涉及门店操作流程变化的升级，乙方应提前七日通知甲方并提供更新说明。
（四）乙方应指定一名客户成功经理作为甲方的固定对接人，每月向甲方提交服务报告，内容包括系统可用率、故障处理情况、客服工单统计和改进建议。

二、费用
（一）年度订阅费按每店每服务年度9,800元计，二十六家门店每服务年度合计254,800元，两个服务年度合计509,600元。
（二）实施费为一次性费用68,400元。
（三）本合同总价为578,000元（含税）。合同期内新增门店的，按每店每服务年度9,800元并按剩余月份折算计费。

三、付款方式
（一）实施费在系统上线验收合格后十个工作日内一次性支付。
（二）每个服务年度的订阅费，在该服务年度开始后十五日内支付。
（三）乙方应在付款前开具合法有效的增值税发票。本合同不设预付款。

四、实施与验收
（一）乙方应在合同签订后四十日内完成实施并申请上线验收。
（二）上线验收标准：
1. 二十六家门店的课程、资源和权限配置完成，经各店店长逐项确认；
2. 迁移后的会员人数、储值余额、课包余次与甲方提供的截止日数据逐条核对一致；
3. 小程序在高峰时段五百人同时预约的压力测试中，预约提交响应时间不超过2秒，无超约、重复扣次；
4. 收银与微信支付对账连续七日无差异；
5. 约定的三张报表数据经甲方财务核对准确。
（三）全部标准满足后，甲方签署上线验收单。系统开放使用或甲方门店开始录入业务数据，均不视为验收合格。
（四）因乙方原因未能按期申请上线验收的，每逾期一日，乙方向甲方支付500元违约金。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应在凌晨零点至六点进行并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 一般问题：一个工作日内答复。
（三）月可用率每低于承诺值0.1个百分点，扣减当月订阅费的2%；一级故障超出恢复时限的，每超出1小时扣减当月订阅费的1%。扣减款在下一期订阅费中抵扣。
（四）乙方提供每日九点至二十二点的在线客服和电话支持，周末及节假日照常服务。

六、数据
（一）会员资料、预约记录、储值及消费记录等甲方业务数据归甲方所有。
（二）甲方同意，乙方可将甲方业务数据进行去标识化处理后形成的汇总统计数据，用于乙方的行业分析报告、产品功能改进和服务优化，该等使用在本合同终止后仍可继续。
（三）乙方应采取加密存储、访问权限控制、操作日志留存、异地备份等措施保障数据安全，数据存储于中国境内。发生数据泄露、丢失的，乙方应在二小时内通知甲方并采取补救措施，因乙方原因造成的，乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部业务数据交付甲方，并在甲方确认后删除系统中的甲方数据。
（五）乙方每季度进行一次数据恢复演练，并将演练结果书面告知甲方。

七、保密
双方对在合作中知悉的对方商业秘密、经营数据、学员信息及合同内容负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

八、知识产权
系统平台及其标准功能的知识产权归乙方所有。为甲方定制设计的小程序页面、品牌素材及定制报表模板归甲方所有，甲方可自行修改、使用或交由第三方继续开发。

九、责任限制
除因故意、重大过失或违反本合同第六部分、第七部分约定造成的损失外，乙方在本合同项下的累计赔偿责任以合同总价的150%为限。

十、双方的其他义务
（一）甲方应指定总部项目联系人，及时提供迁移所需数据、门店资源信息和品牌素材，并组织门店人员参加培训。因甲方原因导致实施延误的，实施期限相应顺延。
（二）甲方应妥善保管管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）乙方应保证系统功能符合本合同约定，不得在服务期内减少已约定的功能模块；系统接入的微信支付等第三方服务发生变更的，乙方应及时完成适配，不另行收费。

十一、分包
未经甲方书面同意，乙方不得将实施服务的任何部分分包给第三方。

十二、期限与续约
（一）本合同自双方签章之日起生效，至第二个服务年度届满时终止。
（二）本合同期满不自动续期。甲方需要续约的，应在期满前两个月书面通知乙方，续约价格由双方另行协商确定。

十三、合同解除
（一）乙方严重违约，或连续两个月月可用率低于承诺值，经甲方书面催告后十五日内未纠正的，甲方有权解除合同，乙方应退还未提供服务期间的订阅费。
（二）甲方逾期支付订阅费超过三十日，经乙方催告后仍不支付的，乙方有权暂停服务。
（三）合同因任何原因解除或终止的，乙方应配合甲方完成数据导出和业务迁移，过渡期内不得中断服务，过渡期最长不超过三十日，过渡期费用按实际天数折算。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十五、通知
双方的通知以书面形式发送至本合同载明的地址或电子邮箱，电子邮件发出之日视为送达。任何一方联系人或联系方式变更的，应提前五日书面通知对方。

十六、其他
（一）合同期内甲方关闭门店的，自关闭之日的下一个月起不再收取该门店的订阅费，已支付部分在下一期订阅费中抵扣。
（二）本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，具有同等法律效力。

甲方（盖章）：杭州泥语文化艺术培训有限公司
乙方（盖章）：上海约课云信息科技有限公司
签订日期：2026年　月　日
"""
SRC["z04"] = r"""江州市城市内涝监测系统2027年度运行维护服务合同

采购方式：竞争性磋商
项目编号：JZCG-2026-C-0389
合同编号：JZSW-YW-2027-02

甲方（采购人）：江州市水务局
乙方（成交供应商）：江州智水科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就江州市城市内涝监测系统2027年度运行维护服务签订本合同。

第一条 服务范围
（一）监测站点运维：全市一百八十六个内涝监测站点（含积水深度监测、雨量监测、视频监控及窨井液位监测设备）的日常巡检、清洁、校准、故障维修和更换。
（二）平台运维：城市内涝监测预警平台、数据库、移动端应用及与市防汛指挥系统、气象局雨情数据接口的运行维护、备份和版本维护。
（三）汛期应急值守：每年五月至九月主汛期及甲方启动防汛应急响应期间，乙方安排专人在甲方指挥中心值守，协助甲方监测预警。
（四）备品备件：乙方自备并储存常用备品备件，保证故障设备及时更换。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，按政府采购程序另行确定供应商。

第三条 合同价款
（一）本合同总价为人民币陆拾肆万陆仟捌佰元整（¥646,800），包括：监测站点运维费334,800元（186个站点×1,800元/站·年）；平台运维费156,000元；汛期应急值守费92,000元；备品备件费64,000元。
（二）合同总价为固定价格，包含人工、交通、车辆、仪器、备件、税费等全部费用。服务期内站点数量增减的，按每站每年1,800元折算。

第四条 付款方式
服务费按季度支付。每季度结束后，甲方按第七条完成季度考核，并在考核结果确认后十五个工作日内支付当季服务费（合同总价的四分之一，扣除考核扣减金额）。本合同不设预付款。乙方应在每次付款前开具合法发票。

第五条 服务要求
（一）乙方应组建不少于十人的运维团队，其中项目负责人一名、平台运维工程师两名、现场维护人员七名，人员名单经甲方确认后不得擅自更换。
（二）站点巡检每月不少于一次，汛期每半月不少于一次；液位、雨量设备每季度校准一次，并保存校准记录。
（三）乙方每月五日前提交上月运维月报，列明巡检、故障处理、数据质量和备件消耗情况。
（四）台风、暴雨预警发布后，乙方应在两小时内完成重点易涝点站点的专项巡查。
（五）设备损坏需更换的，乙方应使用与原设备同型号或经甲方书面认可的同等性能设备，更换后三日内更新站点档案。因车辆碰撞、人为破坏等第三方原因损坏的设备，乙方应先行修复，费用由甲方另行核定。
（六）乙方应每半年组织一次平台数据备份恢复演练和应急预案演练，演练方案和报告报甲方备案。
（七）乙方应为甲方值班人员提供平台操作培训，每年不少于两次，新版本上线前另行安排专项培训。
（八）乙方应配备不少于两辆巡检车辆及便携式水位校准仪、管道检测仪等必要工具，汛期车辆和人员应处于随时可调用状态。
（九）平台需要升级或修改预警阈值、站点参数的，乙方应事先提交书面方案，经甲方批准后实施，并在实施后二十四小时内提交变更记录。

第六条 服务水平
（一）平台月可用率不低于99.95%。
（二）一级故障（平台中断，或主汛期三个及以上站点同时离线）：乙方30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单个站点离线或数据异常）：1小时内响应，非汛期二十四小时、汛期八小时内修复；三级问题：三个工作日内处理完毕。
（三）乙方响应或修复每超出时限1小时，扣减服务费300元；平台月可用率每低于承诺值0.01个百分点，扣减服务费1,000元；汛期值守人员缺岗一次，扣减服务费2,000元。

第七条 考核与验收
（一）进场验收：乙方应于服务期开始后五日内完成站点及平台的交接清点，形成交接清单，经甲方签字确认。
（二）季度考核：甲方每季度按以下标准考核：站点巡检记录完整、校准记录齐全；故障均在第六条规定的时限内处理；平台数据与现场人工测量比对误差不超过两厘米；月报按时提交。考核不达标的，乙方应在十日内整改，并按第六条扣减服务费。
（三）年度终验：服务期满前十五日内，甲方组织终验，核查全年运维档案、设备完好状况和平台运行情况，形成终验意见。

第八条 数据安全
（一）监测数据、视频图像、平台数据库及运维过程中产生的全部数据属于甲方所有，乙方仅可为本合同运维目的使用，不得复制、留存、对外提供或用于其他用途。
（二）乙方应遵守《数据安全法》和网络安全等级保护要求，运维账号实行专人专用，远程运维须经甲方审批并通过堡垒机进行，操作全程留存日志。
（三）发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在一小时内报告甲方，立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。

第九条 交接
服务期满或本合同终止时，乙方应在十个工作日内向甲方或甲方指定的新供应商移交全部站点档案、账号权限、备件清单、运维记录和技术文档，并配合完成不少于十日的现场交接，交接期间不得降低服务水平。移交完成后，乙方应注销其掌握的全部运维账号。

第十条 成果归属
运维期间乙方为甲方编写的运维脚本、数据质量报告、站点档案及平台配置文件归甲方所有，服务期满时乙方应全部移交。

第十一条 违约责任
（一）乙方未按期进场开展服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第八条约定的，除承担赔偿责任外，甲方有权要求乙方更换相关人员。
（三）甲方逾期支付服务费的，应按逾期金额每日万分之二支付逾期付款利息。
（四）乙方连续两个季度考核不达标的，甲方另行扣减当季服务费的十分之一，并有权要求乙方更换项目负责人。

第十二条 合同的履行
本合同一经签订，双方均应全面履行，任何一方不得单方解除合同。乙方服务不达标的，甲方按第六条、第七条扣减服务费并要求乙方限期整改；整改后仍不达标的，甲方可约谈乙方负责人，并将考核结果记入供应商履约评价。

第十三条 分包
乙方不得将本合同服务转包或分包给他人。

第十四条 安全生产
乙方人员在道路、窨井及河道旁作业时，应设置安全警示标志，配备防护用品，遵守交通及安全作业规定。作业中发生的人身伤亡或财产损失，由乙方自行负责。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向江州市人民法院提起诉讼。

第十六条 不可抗力
因不可抗力导致服务不能正常提供的，乙方应立即通知甲方并尽力减少损失，在不可抗力影响范围内免除责任。暴雨、台风属于本项目正常服务条件，不构成乙方迟延处理故障的免责事由。

第十七条 其他
本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。竞争性磋商文件、响应文件与本合同具有同等效力。本合同附件包括：监测站点清单、季度考核评分表、备品备件清单。

甲方（盖章）：江州市水务局　　　　乙方（盖章）：江州智水科技有限公司
"""
SRC["z05"] = r"""# 匠迹工序追踪系统软件许可及定制开发合同

（匠迹软件标准合同文本 JJ-HT-2026 第3版）

合同编号：JJ-2026-0917

甲方：苏州舟山核雕艺术品有限公司
乙方：深圳匠迹软件有限公司

甲方拟采购乙方“匠迹”工序追踪系统，用于核雕作品从选料、开坯、精雕、打磨、抛光到包装的工序流转记录和作品溯源管理。双方依据《中华人民共和国民法典》，在平等自愿的基础上签订本合同，共同遵守。

## 第一条 定义

1.1 “标准软件”指乙方享有著作权的“匠迹”工序追踪系统标准版及移动端扫码模块。

1.2 “定制开发成果”指乙方为甲方开发的作品档案模块、雕刻师傅计件结算模块、NFC作品溯源证书模板及与之相关的程序、文档和数据模型。

1.3 “上线”指系统在甲方服务器完成安装部署并开通用户账号。

## 第二条 产品与服务内容及价格

2.1 乙方向甲方提供标准软件的永久使用许可，提供定制开发成果，并负责部署、初始化和培训。

2.2 价格明细如下（人民币，含税）：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工序追踪系统标准版许可（含20个工位终端授权） | 1套 | 268,000 |
| 2 | 移动端扫码模块许可 | 1套 | 42,000 |
| | 软件许可小计 | | 310,000 |
| 3 | 定制开发（作品档案、师傅计件结算、NFC溯源证书） | 1项 | 126,000 |
| 4 | 部署、初始化及培训 | 1项 | 16,000 |
| | 合同总价 | | 452,000 |

2.3 工位终端授权超过20个的，每增加一个工位按乙方报价另行计费。

2.4 上述价格不含服务器、数据库、扫码终端及NFC芯片标签等硬件费用，NFC芯片标签由甲方按乙方推荐的规格自行采购，因标签质量问题导致的溯源失败由甲方自行负责。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即293,800元。乙方收款后启动实施工作。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即158,200元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务。

## 第四条 交付

4.1 乙方在收到第3.1条款项后六十日内完成标准软件部署和定制开发，并在甲方现场上线。

4.2 乙方交付内容：安装程序、用户账号、操作手册及一次现场培训。

4.3 甲方应提供符合乙方要求的服务器、网络环境和工位扫码终端，并按乙方要求整理作品、原料和师傅信息等初始化数据。因甲方环境或数据原因造成延误的，交付期限顺延。

4.4 乙方为甲方提供一次现场集中培训，培训对象为甲方管理人员及各工序组长，培训时间不超过一日。甲方新增人员的培训，乙方可提供远程培训或按乙方收费标准另行收费的现场培训。

4.5 定制开发的具体功能以乙方出具的《需求确认书》为准。《需求确认书》经甲方签字后，甲方再提出新增或变更需求的，视为新需求，乙方另行报价。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后对系统功能有意见的，可在免费维护期内向乙方提出，乙方视情况在后续版本中优化。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月免费维护服务，内容包括远程技术支持、软件缺陷修复和版本更新。

6.2 故障响应：一级故障（系统无法登录或工序无法流转），乙方在接到甲方报修后24小时内响应；其他问题在三个工作日内响应。乙方以远程方式处理，确需上门的，差旅费由甲方承担。

6.3 乙方尽力在合理时间内排除故障，但不因响应时间、修复时间或系统中断承担任何扣款、赔偿或违约金责任。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可小计的28%计收，即每年86,800元，于每个维护年度开始前支付。

7.2 年度维护服务内容同第六条。甲方未购买年度维护服务的，乙方不再提供任何技术支持和版本更新，甲方再次购买时须补缴中断期间的维护费。

7.3 年度维护期内，乙方每季度对甲方系统进行一次远程巡检，并提供数据库备份脚本和操作指导；数据备份的执行及备份介质的保管由甲方负责。

## 第八条 知识产权

8.1 标准软件的著作权及其他知识产权归乙方所有，甲方获得在本合同约定范围内的永久使用许可。

8.2 定制开发成果的知识产权归乙方所有。甲方在本合同有效期内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反向工程或再开发。乙方有权将定制开发成果用于其他客户。

8.3 甲方不得将系统提供给甲方以外的任何单位或个人使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的作品信息、工序记录、师傅信息及客户订单数据归甲方所有，乙方不得将其用于履行本合同以外的目的。

9.2 乙方远程维护时应经甲方同意并使用甲方分配的账号，不得下载或留存甲方数据；乙方应对其人员进行数据安全教育，系统提供权限分级和操作日志功能。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并承担相应赔偿责任。

9.3 本合同终止后，甲方可在终止之日起三十日内自行导出系统数据；逾期未导出的，乙方不再保存甲方数据，也不承担由此产生的任何责任。

## 第十条 保密

双方对本合同内容及在合作中知悉的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后两年。

## 第十一条 违约责任

11.1 乙方未按第四条约定期限上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 任何一方违反本合同约定的，应承担相应的违约责任。乙方不承担甲方的间接损失、利润损失及商誉损失。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

12.3 合同解除后，甲方应停止使用定制开发成果，已上线的标准软件可按本合同约定继续使用。

## 第十三条 系统运行环境与升级

13.1 甲方应按乙方《系统运行环境说明》配置服务器、数据库、操作系统及工位终端，并自行负责服务器硬件维护、机房环境和网络安全防护。

13.2 乙方发布新版本时，处于免费维护期或年度维护期内的甲方可免费升级；新版本新增的收费功能模块，甲方需要的应另行购买。

13.3 甲方自行修改系统配置、数据库或安装其他软件导致系统故障的，乙方提供的修复服务按次收费。

## 第十四条 不可抗力

因不可抗力、网络运营商故障、黑客攻击、政策调整等乙方不能控制的原因，导致系统不能正常运行的，乙方不承担责任。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准合同文本，双方对条款内容的修改以书面补充协议为准。

甲方（盖章）：苏州舟山核雕艺术品有限公司　　乙方（盖章）：深圳匠迹软件有限公司
"""
SRC["e01"] = r"""
T:Software Licence and Services Agreement
P:Agreement No. FVS-SHB-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Hengtai Precision Bearings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuzhong District, Suzhou (the "Customer"), and Foyle Valley Software Limited, a company registered in Northern Ireland with its registered office at Railway Street, Strabane, County Tyrone (the "Vendor").
P:The Customer wishes to replace its paper-based quality records with the Vendor's QualiDoc quality management and document control software, and the Vendor has agreed to license the software and to implement it at the Customer's two plants in Suzhou on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the QualiDoc Enterprise software in object code, including the document control, non-conformance, corrective and preventive action (CAPA), calibration, supplier quality and audit management modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the workflows, forms, report templates, interface adaptors to the Customer's ERP and MES systems, migration scripts and related documentation prepared by the Vendor specifically for the Customer.
P:1.3 "Go-Live" means the first day on which the Software is used in production at both plants. "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
P:1.4 "Customer Data" means all data entered into, generated by or migrated into the Software by or for the Customer, including quality records, drawings, inspection results, supplier information and personal information of employees.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Customer's data centre in Suzhou for up to 300 named users at its two plants and for its internal business purposes.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery and testing. The Customer may transfer the licence to an affiliate within the People's Republic of China on written notice to the Vendor.
P:2.3 The licence is fully paid up on payment of the Licence Fee and survives any termination of the support arrangements. Additional named users may be purchased at the unit price stated in Annex 1, which is fixed for three years from signature.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in Annex 2, including requirements workshops, configuration of the Software, development of the Custom Deliverables, migration of approximately 46,000 controlled documents and eight years of inspection records, integration testing and go-live support.
P:3.2 The Vendor shall provide train-the-trainer sessions for twenty key users and administrator training for four members of the Customer's IT team, delivered in Mandarin Chinese by the Vendor's local consultants or with a qualified interpreter supplied at the Vendor's cost.
P:3.3 Go-Live shall occur no later than 150 days after signature of this Agreement, in accordance with the project plan in Annex 2.
H:Article 4 Price and Payment
P:4.1 The total price under this Agreement (the "Contract Price") is CNY 1,812,000, inclusive of VAT, made up as follows: Licence Fee CNY 1,260,000; implementation services CNY 384,000; data migration CNY 126,000; training CNY 42,000. The Contract Price is fixed and includes all travel and living expenses of the Vendor's personnel.
P:4.2 The Contract Price is payable in three instalments:
P:(a) 20% (CNY 362,400) within 30 days after signature of this Agreement against the Vendor's invoice;
P:(b) 45% (CNY 815,400) within 30 days after Go-Live; and
P:(c) 35% (CNY 634,200) within 30 days after Final Acceptance.
P:4.3 The Vendor shall issue valid VAT invoices (fapiao) through its appointed agent in China before each payment falls due. Payments shall be made in CNY to the account named in the invoice.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for a period of 45 days (the "Acceptance Period"). The Vendor may request Final Acceptance at the end of the Acceptance Period when all of the following criteria are met:
P:(a) every function listed in the requirements specification approved by the Customer has been demonstrated against the agreed test scripts;
P:(b) the migrated documents and records reconcile with the source systems by count and by sample checks of content, with all discrepancies corrected;
P:(c) the ERP and MES interfaces have exchanged data without error for 20 consecutive working days;
P:(d) electronic signatures and the audit trail meet the Customer's IATF 16949 documentation requirements; and
P:(e) no Severity 1 or Severity 2 fault has remained open during the last 20 days of the Acceptance Period.
P:5.2 The Customer shall sign the Final Acceptance Certificate within ten working days after the criteria are met, or give written reasons for refusal. Installation, Go-Live, productive use or any payment does not by itself constitute acceptance.
P:5.3 If the criteria are not met, the Vendor shall correct the defects at its own cost and the Acceptance Period shall be extended accordingly.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall provide support, corrections and all new releases of the Software free of charge.
P:6.2 Faults are classified by severity. For a Severity 1 fault (the Software is unavailable or document release is stopped at either plant) the Vendor shall respond within one hour, twenty-four hours a day, and provide a workaround or fix within eight hours. For a Severity 2 fault the Vendor shall respond within two hours during business hours and fix within three working days.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response or workaround time, the Customer may deduct CNY 1,000 from any amount payable to the Vendor, without prejudice to its other rights.
P:6.4 After the warranty period the Customer may order annual support at a fee of 9% of the Licence Fee, being CNY 113,400 per year. This fee is fixed for the first three support years. Support is ordered by the Customer year by year and does not renew automatically.
H:Article 7 Delay
P:7.1 If Go-Live does not occur by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:7.2 If the delay exceeds sixty days, the Customer may terminate this Agreement under Article 12.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify, copy and license them to third parties without restriction.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose, including in de-identified or aggregated form.
P:9.2 Customer Data shall remain on the Customer's servers in Suzhou. The Vendor may access it remotely only through the Customer's VPN with multi-factor authentication, with the Customer's approval for each session, and all sessions shall be logged. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall cooperate in containing it, and shall be liable for the losses caused by any security incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including product drawings, process parameters and pricing, use it only for this Agreement and disclose it only to employees and advisers who need to know it.
P:10.2 This Article continues for five years after the end of this Agreement.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement of intellectual property rights, or breach of Articles 9 or 10.
H:Article 12 Subcontracting and Termination
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of approved subcontractors.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate under Article 7.2.
P:12.3 On termination before Final Acceptance for the Vendor's breach, the Vendor shall refund the amounts paid for the services not accepted, and the Customer may keep and use the Software and all Custom Deliverables delivered.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the law of Northern Ireland.
P:13.2 The courts of Northern Ireland sitting in Belfast have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Price Schedule) and Annex 2 (Implementation Plan and Requirements Specification), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:Signed for the Customer: ____________________ Signed for the Vendor: ____________________
"""
SRC["e02"] = r"""# Lissan FieldDesk Subscription Order Form

**Order Form No.** LCS-OF-2026-118
**Vendor:** Lissan Cloud Systems Ltd, 14 Oldtown Street, Cookstown, County Tyrone, Northern Ireland ("Vendor")
**Customer:** Foshan Meiyuan Kitchen Appliances Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing it, the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Service

Lissan FieldDesk, a cloud service for scheduling, dispatching and tracking after-sales service engagements, including the dispatcher console, the technician mobile app (Android and iOS), spare-parts tracking, customer appointment notifications by SMS and WeChat, and the service analytics dashboard (the "Service"). The Service is hosted for the Customer by the Vendor's hosting partner in a data centre in mainland China.

### A2. Subscription Term

The initial subscription term is 24 months starting on the date of Go-Live Acceptance under A5 (the "Initial Term"), divided into two Subscription Years. Renewal is governed by Part B section 9.

### A3. Fees

| Item | Quantity | Unit fee (CNY) | Fee per Subscription Year (CNY) | Total for Initial Term (CNY) |
|---|---|---|---|---|
| Technician user subscription | 180 users | 1,450 per user per year | 261,000 | 522,000 |
| Dispatcher and manager user subscription | 40 users | 1,900 per user per year | 76,000 | 152,000 |
| Onboarding (one-time): configuration, data load, integration with Customer's CRM, training | 1 | 46,000 | - | 46,000 |
| **Total Fees** | | | | **720,000** |

All amounts are in CNY and include VAT. SMS messages beyond 20,000 per month are charged at CNY 0.06 per message and are not part of the Total Fees.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in arrears, at the end of each three-month period of the Initial Term, and are payable within 30 days of invoice.
(b) The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice.
(c) No fees are payable before Go-Live Acceptance. The Vendor shall issue valid VAT fapiao.

### A5. Onboarding and Go-Live Acceptance

(a) The Vendor shall complete onboarding within 60 days of the date of this Order Form. Onboarding includes configuration of the Customer's 23 service regions, service types and skills matrix, loading of the customer and product master data, integration with the Customer's CRM for the creation of service tickets, and training of dispatchers and technician team leaders.
(b) Go-Live Acceptance takes place when the following tests have been passed and the Customer has signed a Go-Live Acceptance Certificate: (i) service tickets created in the CRM appear in the dispatcher console within one minute; (ii) scheduling, dispatch, check-in and close-out work end to end for each service type in a two-week pilot in three regions; (iii) spare-parts usage reconciles with the Customer's warehouse records; (iv) customer notifications are sent correctly in Chinese. Use of the Service during the pilot does not constitute acceptance.
(c) If Go-Live Acceptance is delayed beyond the period in A5(a) for reasons attributable to the Vendor, the Vendor shall pay CNY 600 for each day of delay, which the Customer may set off against any invoice.

### A6. Contacts and Signature

Customer contact: Ms. Liang Wei, After-Sales Service Department. Vendor contact: Mr. Ciaran Devlin, Customer Success Manager.

Signed for the Customer: ______________ Signed for the Vendor: ______________ Date: ______________

## Part B - General Terms

### 1. Provision of the Service

1.1 The Vendor shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with this Order Form and the user documentation.

1.2 The Vendor may update the Service from time to time, provided that no update materially reduces the functionality described in A1. The Vendor shall give at least 14 days' notice of any change that affects the Customer's users.

1.3 The Vendor shall provide support by telephone, email and online ticket in Mandarin Chinese and English from 08:00 to 22:00 China Standard Time every day, and a 24-hour hotline for Priority 1 incidents. The Vendor shall send the Customer a monthly service report showing availability, incidents and credits.

1.4 The Customer is responsible for the accuracy of the data it loads into the Service and for the use of the Service by its authorised users.

### 2. Service Levels

2.1 The Vendor shall ensure that the Service is available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least five days in advance and carried out between 00:00 and 05:00 China Standard Time.

2.2 The Vendor shall respond to incidents reported by the Customer as follows: Priority 1 (the Service or the mobile app is unavailable to all users, or dispatch is impossible) within 30 minutes, at any time; Priority 2 (a major function is unavailable) within two hours; Priority 3 (other incidents) within one business day. For Priority 1 incidents the Vendor shall work continuously until the Service is restored.

2.3 If monthly availability falls below the commitment in 2.1, the Customer shall receive a service credit of 5% of the monthly subscription fees for each 0.1 percentage point, or part of it, below the commitment, up to 50% of the monthly subscription fees. If a Priority 1 response is late, the Customer shall receive a credit of 2% of the monthly subscription fees for each late response. Credits are deducted from the next invoice.

### 3. Customer Data

3.1 All data entered into the Service by or for the Customer, including service tickets, end-customer names, addresses and telephone numbers, technician locations and spare-parts records ("Customer Data"), belongs to the Customer.

3.2 The Vendor shall use Customer Data only to provide the Service to the Customer under this Order Form and shall not sell it or use it for any other purpose.

3.3 Within 30 days after the end of the Subscription Term the Vendor shall make the Customer Data available for export in CSV format, and shall then delete it.

### 4. Customer Configurations

Workflows, forms, report templates and integration mappings created for the Customer during onboarding belong to the Customer, which may use, modify and share them freely, including with a replacement provider. The Service itself and all related intellectual property remain the Vendor's.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public business, technical and commercial information received under this Order Form, including the fees, and use it only for the purposes of this Order Form.

5.2 These obligations do not apply to information that is public, independently developed or lawfully received from a third party, and continue for three years after the end of the Subscription Term.

### 6. Subcontracting

The Vendor may not subcontract the performance of the Service or the onboarding without the Customer's prior written consent, except to the hosting partner named in the Vendor's proposal, which the Customer approves by signing this Order Form. The Vendor remains responsible for its subcontractors.

### 7. Liability

7.1 Each party's aggregate liability arising out of or in connection with this Order Form is limited to 150% of the Total Fees.

7.2 Neither party is liable for indirect or consequential loss. These limits do not apply to personal injury caused by negligence, fraud, or a breach of section 5.

### 8. Warranties

The Vendor warrants that the Service will perform materially in accordance with the documentation and that the onboarding services will be performed with reasonable skill and care by suitably qualified personnel. If any onboarding service is not so performed, the Vendor shall perform it again at no additional charge.

### 9. Term, Renewal and Termination

9.1 At the end of the Initial Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

9.2 The Vendor may increase the subscription fees for any renewal term by up to 8% by giving written notice at least 90 days before the renewal term begins.

9.3 Either party may terminate this Order Form by written notice if the other party commits a material breach that is not remedied within 30 days after written notice. The Customer may also terminate if monthly availability falls below the commitment in section 2.1 in three consecutive months.

9.4 On termination by the Customer for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding.

### 11. General

11.1 Notices must be in writing and sent to the contacts in A6 by email with a copy by courier.

11.2 Neither party may assign this Order Form without the other's written consent, except to an affiliate as part of a reorganisation.

11.3 This Order Form is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
"""
SRC["e03"] = r"""
T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. HXP-EQ-2026-073
P:Buyer: Jiangmen Huaxin Paper Co., Ltd., Xinhui District, Jiangmen, Guangdong, People's Republic of China (the "Buyer")
P:Supplier: Torrent Sensing Ltd, Killyman Road, Dungannon, County Tyrone, Northern Ireland (the "Supplier")
P:The Buyer operates two paper machines and a pulp preparation line at its Xinhui mill. Following its tender of March 2026, the Buyer awards to the Supplier the supply of wireless condition monitoring sensors, gateways and monitoring software, with installation and commissioning, on the Buyer's standard terms below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's VibraWatch monitoring software, including its analytics engine, alarm module and web dashboards, licensed under Clause 3.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the mill.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.
P:1.5 "Buyer Data" means all measurements, alarms, trends, asset records and reports collected or generated by the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System on 118 drive and process assets (dryer cylinders, press rolls, refiners, fans and pumps) and integrate it with the Buyer's distributed control system (DCS) and maintenance management system.
P:2.2 The Contract Price is CNY 1,452,000, including VAT, import duties, delivery to the mill, insurance and all expenses of the Supplier's personnel. It is fixed for the duration of this Contract and is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX rated|240|3,150|756,000
TB:2|Industrial wireless gateway with 4G and Ethernet backhaul|24|8,800|211,200
TB:3|VibraWatch monitoring software, perpetual site licence (unlimited users)|1|298,000|298,000
TB:|Hardware and Licence Subtotal|||1,265,200
TB:4|Installation, configuration, DCS and CMMS integration, commissioning|1 lot|164,800|164,800
TB:5|Training of operators and reliability engineers|1 lot|22,000|22,000
TB:|Contract Price|||1,452,000
P:2.3 The Buyer may order additional sensors and gateways during the warranty period at the unit prices in the table above.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Xinhui mill for monitoring any number of assets and by any number of users, including the Buyer's maintenance contractors acting on its behalf.
P:3.2 The Software shall be installed on servers provided by the Buyer in the mill's own server room. No part of the System shall depend on a connection to a server outside the Buyer's premises.
P:3.3 The Supplier shall supply all new versions of the Software released during the warranty period and any support period under Clause 7.4 at no extra charge.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the mill within 70 days after signature of this Contract and complete installation and commissioning within 50 days after delivery, during the maintenance shutdowns agreed with the Buyer.
P:4.2 The Supplier's installation personnel shall comply with the mill's safety rules, including lock-out procedures, permits for work at height and hot work, and the instructions of the Buyer's safety officer.
P:4.3 If the Supplier fails to meet a date in Clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The Buyer may deduct these damages from any payment.
P:4.4 The Supplier shall train up to 30 operators and 8 reliability engineers at the mill in Mandarin Chinese, covering the dashboards, alarm handling, sensor replacement and basic vibration analysis, and shall provide the training materials in Chinese. Training is complete when the participants have passed the Supplier's practical assessment.
H:5. Payment
P:5.1 The Buyer shall pay the Contract Price as follows:
P:(a) 10% (CNY 145,200) within 15 working days after signature, against an advance payment guarantee from a bank acceptable to the Buyer;
P:(b) 55% (CNY 798,600) within 15 working days after delivery of all Equipment and signature of the delivery receipt. The delivery receipt confirms quantities only and is not acceptance;
P:(c) 35% (CNY 508,200) within 15 working days after Final Acceptance.
P:5.2 Each payment is subject to receipt of a valid VAT invoice issued through the Supplier's authorised distributor in China.
H:6. Acceptance
P:6.1 After commissioning the System shall run for a trial period of 30 days. Final Acceptance requires all of the following:
P:(a) all 240 sensors report to the Software at the configured interval, with no more than two data gaps per sensor during the trial period;
P:(b) vibration readings of ten sample sensors agree with a calibrated portable analyser within the tolerance in the technical specification;
P:(c) alarms are transferred to the DCS and work orders are created in the maintenance management system in each of ten test cases;
P:(d) the dashboards and reports listed in the technical specification are available and correct; and
P:(e) the as-built documentation, asset lists and training records have been delivered.
P:6.2 If all criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven working days. Installation, use of the System in operation or any payment does not constitute acceptance. If a criterion is not met, the Supplier shall correct the defect at its cost and repeat the relevant test.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software against defects in design, materials and workmanship for 36 months from Final Acceptance, including sensor batteries. Defective items shall be repaired or replaced free of charge, including transport and installation.
P:7.2 For Severity 1 incidents (the Software or its server is down, or more than ten sensors on one machine stop reporting) the Supplier shall respond within 30 minutes by telephone or remote session and, if needed, have an engineer on site within 24 hours. For Severity 2 incidents the Supplier shall respond within two hours and resolve within three working days.
P:7.3 For each hour by which a Severity 1 response or on-site time is missed, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due to the Supplier.
P:7.4 After the warranty period, the Buyer may order annual support, covering the services in Clauses 7.1 to 7.3 and Software updates, at 6% of the Hardware and Licence Subtotal per year, being CNY 75,912. This fee is fixed for the first two years after the warranty period. Support is ordered by separate purchase order for each year and does not renew automatically.
P:7.5 The Supplier shall ensure the availability of spare parts and replacement sensors for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier, subject to the licence in Clause 3.
P:8.2 The asset models, alarm thresholds, dashboards, DCS and CMMS interface programs and reports developed for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, retain or use it for any other purpose, whether or not anonymised.
P:9.2 Buyer Data shall be stored only on the Buyer's servers. The Supplier may access the System remotely only through the Buyer's VPN with accounts issued by the Buyer, after approval of each session, and shall follow the Buyer's information security rules, including the rules for the industrial network and the prohibition on connecting unchecked storage devices.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within 12 hours, take immediate remedial action, and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's production processes, equipment, capacity and commercial terms obtained under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation survives for five years after the end of this Contract.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the liquidated damages under Clause 4.3 reach their maximum.
P:12.2 On such termination the Supplier shall refund all amounts paid for Equipment or services that are not accepted, and compensate the Buyer for its additional costs of completing the work.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.
H:14. General
P:14.1 The Annexes (Technical Specification, Asset List, Installation Plan) form part of this Contract. In case of conflict, these terms prevail.
P:14.2 Amendments are valid only in writing signed by both parties. Notices shall be given in writing to the addresses stated above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
SRC["e04"] = r"""# Managed IT Services Agreement

**Agreement No.** MITS-NRT-2026-09

**Between**

**Ningbo Ruitong Auto Parts Co., Ltd.**, Beilun District, Ningbo, Zhejiang, People's Republic of China (the "Customer"); and

**Moyola IT Services Ltd**, Rainey Street, Magherafelt, County Londonderry, Northern Ireland, acting through its representative office in Shanghai (the "Supplier").

**Background.** The Customer operates a head office and two manufacturing plants in Ningbo with about 1,400 computer users. It wishes to outsource its IT service desk, end-user device support and server operations to the Supplier for a term of 36 months.

## Section 1 - Definitions and Interpretation

1.1 "Services" means the services described in Schedule 1. "Service Levels" means the levels set out in Schedule 2. "Charges" means the charges set out in Schedule 3.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under Section 3.

1.3 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Supplier accesses, processes or stores in providing the Services.

1.4 The Schedules form part of this Agreement. In case of conflict, the Sections prevail over the Schedules.

## Section 2 - Term

2.1 This Agreement starts on signature and, unless terminated earlier, continues until the end of 36 months after the Service Commencement Date (the "Term").

2.2 The Term may be extended only by a written agreement signed by both parties. There is no automatic renewal.

## Section 3 - Transition and Acceptance

3.1 The Supplier shall carry out the transition described in Schedule 1, Part A, including knowledge transfer from the Customer's current provider, set-up of the service desk tools and telephone numbers, inventory of all end-user devices and servers, and the handover of the Customer's open tickets.

3.2 The Supplier shall use reasonable endeavours to complete the transition within 75 days after signature. If the transition is delayed, the parties' project managers shall agree a revised transition plan.

3.3 Transition is accepted when the following criteria are met and the Customer signs the Transition Acceptance Certificate: (a) the service desk has handled live calls from all three sites for a parallel-run period of 10 working days; (b) the device and server inventory reconciles with the Customer's asset register; (c) all monitoring alerts from the Customer's servers reach the Supplier's operations centre; (d) operating procedures and escalation lists have been approved by the Customer; and (e) all open tickets have been transferred and assigned. Starting the Services before these criteria are met does not constitute acceptance.

## Section 4 - Services and Service Levels

4.1 From the Service Commencement Date the Supplier shall provide the Services in Schedule 1, Part B, with suitably qualified and trained personnel, in accordance with good industry practice and the Customer's IT policies.

4.2 The Supplier shall aim to meet the Service Levels in Schedule 2 and shall report its performance against them in a monthly service report delivered by the fifth working day of each month.

4.3 The Service Levels are performance targets. A failure to meet a Service Level shall not entitle the Customer to any service credit, reduction of the Charges or damages. Where a Service Level is missed in two consecutive months, the Supplier shall prepare a service improvement plan within ten working days and implement it as agreed with the Customer.

4.4 The parties shall hold a monthly service review meeting and a quarterly governance meeting attended by the Customer's IT manager and the Supplier's account director.

4.5 The Supplier shall assign a dedicated service delivery manager based in Ningbo and at least six on-site engineers across the three sites, and shall give the Customer at least 30 days' notice before replacing any of them. All on-site personnel shall speak Mandarin Chinese and follow the plants' safety rules.

## Section 5 - Charges and Payment

5.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 3,160,000, including VAT.

5.2 The Monthly Service Charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date. The Transition Charge is invoiced after the Customer signs the Transition Acceptance Certificate. Nothing is payable before the Service Commencement Date.

5.3 The Customer shall pay each correct invoice within 30 days of receipt. The Supplier shall issue valid VAT fapiao.

5.4 The Charges are fixed for the Term. Changes to the scope of the Services shall be agreed in writing through the change procedure in Schedule 1, Part C.

## Section 6 - Customer Data and Security

6.1 Customer Data belongs to the Customer. The Supplier shall process it only on the Customer's documented instructions and only to provide the Services, and shall not use it for any other purpose, in identifiable, de-identified or aggregated form.

6.2 The Supplier shall maintain ISO/IEC 27001 certification for the operations centre providing the Services, store Customer Data only in mainland China, apply role-based access with multi-factor authentication for all privileged accounts, and keep access logs for at least 180 days. The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

6.3 The Supplier shall notify the Customer within 24 hours of becoming aware of a security incident affecting Customer Data or the Customer's systems, take all steps needed to contain it, and be liable for the losses caused by incidents attributable to the Supplier or its personnel.

## Section 7 - Intellectual Property

7.1 Knowledge articles, scripts, device images, procedures and reports created by the Supplier for the Customer under this Agreement belong to the Customer, which may use, modify and share them with any replacement provider.

7.2 The Supplier's own tools and methods remain the Supplier's property.

## Section 8 - Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement and use it only for the purposes of this Agreement. This obligation continues for five years after the end of the Term.

## Section 9 - Subcontracting

9.1 The Supplier may subcontract any part of the Services, including on-site device support at the plants, to its affiliates or to third-party service providers, by giving the Customer written notice of the subcontractor's name and the services concerned before the subcontractor starts work.

9.2 The Supplier remains responsible for the performance of its subcontractors.

## Section 10 - Liability

10.1 Each party's total liability under or in connection with this Agreement is limited to 125% of the Total Contract Value.

10.2 The limit does not apply to death or personal injury caused by negligence, fraud, or breach of Section 6 or Section 8.

## Section 11 - Termination and Exit

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.2 On expiry or termination the Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3, transfer all Customer Data, documentation and open tickets to the Customer or its new provider, and then delete Customer Data from its systems.

11.3 Termination or expiry does not affect the rights and obligations accrued before it, or the provisions of Sections 6, 8 and 10, which continue in force.

## Section 12 - Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## Schedule 1 - Services

| Part | Service | Description |
|---|---|---|
| A | Transition | Knowledge transfer, tool set-up, inventory, ticket handover, parallel run |
| B1 | Service desk | Bilingual (Chinese and English) telephone, email and portal service desk, 07:00-23:00 Monday to Saturday, on-call outside these hours |
| B2 | End-user support | On-site support at head office and both plants, device imaging, installation, moves and changes for about 1,400 users |
| B3 | Server operations | Monitoring, patching, backup checks and incident handling for 64 servers in the Customer's server rooms |
| B4 | Asset management | Maintenance of the device inventory and the software licence register |
| C | Change procedure | Written change requests, Supplier quotation within ten working days, signed change note before work starts |

## Schedule 2 - Service Levels

| Priority | Definition | Response time | Restoration target |
|---|---|---|---|
| P1 | A plant production system, the e-mail system or the network of a site is down | 15 minutes | 6 hours |
| P2 | A business application is degraded or a group of users cannot work | 1 hour | 1 business day |
| P3 | A single user cannot work | 2 business hours | 2 business days |
| P4 | Service requests and questions | 1 business day | 5 business days |

## Schedule 3 - Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition Charge (one-time) | 118,000 | After Transition Acceptance |
| Monthly Service Charge | 84,500 per month | Monthly in arrears |
| Monthly Service Charges for the Term | 3,042,000 (36 months) | - |
| Total Contract Value | 3,160,000 | - |
| Exit assistance beyond the scope of Section 11.2 | 4,200 per engineer day | Monthly in arrears |

Signed for the Customer: ____________________ Signed for the Supplier: ____________________
"""
SRC["e05"] = r"""DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BVD-QHY-2026-031

PARTIES

Bann Valley Data Ltd, a company registered in Northern Ireland, of Charlotte Street, Ballymoney, County Antrim (the "Vendor"); and

Qingdao Haiyun Commodity Trading Co., Ltd., a company incorporated in the People's Republic of China, of Shinan District, Qingdao, Shandong (the "Customer").

BACKGROUND

The Vendor compiles vessel position, port call, draught and cargo flow data for dry bulk and tanker fleets and makes it available through an application programming interface (API) and bulk data files. The Customer wishes to use this data in its freight, chartering and commodity trading analysis, on the terms of this Agreement.

1. DEFINITIONS

1.1 "Vendor Data" means the vessel, voyage, port call and cargo flow data supplied by the Vendor through the API and the bulk files, including historical data from 2015 onwards.

1.2 "Customer Data" means the watchlists, vessel and cargo lists, queries, notes and other information that the Customer uploads to or enters in the Vendor's systems, and the records of the Customer's use of the API.

1.3 "Subscription Year" means each of the two consecutive periods of one year making up the Subscription Term, the first beginning on the date of Integration Acceptance.

1.4 "Connectors" means the software developed by the Vendor under clause 3 to load Vendor Data into the Customer's trading and risk systems.

2. SUBSCRIPTION AND LICENCE

2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and the bulk files and to use Vendor Data for its internal business purposes, by up to 45 named analysts and by the Customer's own applications.

2.2 The Customer may include Vendor Data in internal reports and in reports to its banks, insurers and auditors, and may keep derived analyses and reports after the Subscription Term.

2.3 The Customer shall not resell Vendor Data or make it available to third parties in bulk.

2.4 The API allows up to 600,000 calls per month. Additional calls are charged as set out in clause 5.3.

2.5 The Vendor shall provide the Customer with a monthly usage report showing API calls by application and by user. The Vendor may verify the Customer's compliance with this clause 2 once per Subscription Year on reasonable notice, by reviewing the Customer's usage records remotely.

3. INTEGRATION SERVICES AND ACCEPTANCE

3.1 The Vendor shall develop Connectors that load vessel positions, port calls and cargo flows into the Customer's trading and risk management system and its data warehouse every fifteen minutes, and shall load the historical data set into the data warehouse.

3.2 The Vendor shall make the production API, the bulk files and the Connectors available for testing within 45 days after signature of this Agreement.

3.3 Integration Acceptance takes place when the Customer confirms in writing that the following tests have been passed: (a) API responses for a test set of 200 vessels conform to the agreed data schema; (b) positions for these vessels match an independent reference source within the tolerance stated in the technical annex; (c) the Connectors have loaded data on schedule without failure for ten consecutive working days; and (d) the historical data set has been loaded and reconciled by record counts. Access to the API before these tests are passed does not constitute acceptance.

3.4 If the Vendor fails to make the items in clause 3.2 available on time, or Integration Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 700 for each day of delay. The Customer may set off this amount against any invoice.

4. SERVICE AND SUPPORT

4.1 The Vendor will use commercially reasonable efforts to make the API and the bulk files available and to update Vendor Data in a timely manner. The Vendor does not guarantee any level of availability, latency or data completeness, and no service credits apply.

4.2 The Vendor provides support by email during its normal business hours in Northern Ireland and will use reasonable efforts to answer support requests promptly. Scheduled maintenance will be announced on the Vendor's status page where practicable.

4.3 The Vendor will notify the Customer by email of any change to the API or the data schema at least 30 days before the change, and will keep the previous version of the API available during that period.

5. FEES AND PAYMENT

5.1 The fees under this Agreement are:
(a) Subscription Fee: CNY 336,000 per Subscription Year, being CNY 672,000 for the two Subscription Years;
(b) Integration Set-up Fee (one-time) for the Connectors and the historical data load: CNY 38,000.
The total price under this Agreement is CNY 710,000, including VAT.

5.2 The Integration Set-up Fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the beginning of that Subscription Year. All invoices are payable within 30 days of receipt by bank transfer in CNY. No amount is payable before Integration Acceptance.

5.3 API calls in excess of the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. These charges are not part of the total price.

5.4 The Subscription Fee is fixed for the two Subscription Years.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the services under this Agreement, and shall not analyse, aggregate, sell or otherwise use it for any other purpose, including to improve its own products or to inform other clients. The Customer's watchlists and queries reveal its trading interests and shall be treated accordingly.

6.2 The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access limited to named support staff, multi-factor authentication, logging of all access and annual penetration testing by an independent firm. API keys shall be stored only in hashed form.

6.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to or disclosure of Customer Data, shall take all reasonable steps to contain and remedy it, and shall compensate the Customer for losses caused by any such incident attributable to the Vendor.

6.4 Within 30 days after the end of this Agreement the Vendor shall return Customer Data to the Customer in a commonly used format and then delete it from its systems, and shall confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Vendor Data and the API remain the property of the Vendor and its licensors.

7.2 The Connectors and their source code, documentation and configuration belong to the Customer once delivered. The Customer may use, modify and license them to third parties without restriction.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the terms of this Agreement, and use it only for the purposes of this Agreement.

8.2 This clause does not apply to information that is or becomes public other than through a breach of this clause, and continues for three years after the end of this Agreement.

9. SUBCONTRACTING

9.1 The Vendor shall not subcontract the integration services or any processing of Customer Data without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.

10. LIABILITY

10.1 The Vendor's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer under this Agreement in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit, loss of trading opportunity or indirect loss. The Vendor does not warrant that Vendor Data is free from errors and is not liable for trading decisions made by the Customer on the basis of Vendor Data.

11. TERM AND TERMINATION

11.1 This Agreement begins on signature and ends at the end of the second Subscription Year (the "Subscription Term"). It does not renew automatically. Any renewal shall be agreed in writing, including the fees.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.3 If the Customer terminates under clause 11.2, the Vendor shall refund the part of the Subscription Fee relating to the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules. The award is final and binding.

13. GENERAL

13.1 Notices shall be given in writing by email and courier to the addresses above.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 Neither party is liable for a failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible. This does not excuse any payment obligation.

13.4 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

SIGNED for the Vendor: ____________________
SIGNED for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1146z01_rural_homestead_platform.pdf", "zh", "software"),
    "z02": ("h1146z02_pipe_threader_line_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h1146z03_pottery_chain_booking_saas.txt", "zh", "cloud"),
    "z04": ("h1146z04_urban_waterlogging_monitoring_om.txt", "zh", "services"),
    "z05": ("h1146z05_nut_carving_tracking_supplier_template.md", "zh", "software"),
    "e01": ("h1146e01_quality_software_perpetual_licence.pdf", "en", "software"),
    "e02": ("h1146e02_field_service_saas_order_form.md", "en", "cloud"),
    "e03": ("h1146e03_condition_monitoring_sensors.docx", "en", "hardware"),
    "e04": ("h1146e04_managed_it_services_36_months.md", "en", "services"),
    "e05": ("h1146e05_vessel_data_api_subscription.txt", "en", "cloud"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: terms (in TERM_KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value),
#      fee base for TCO (None for service), forum outside mainland China
L = {
    "z01": ([99.95, 0.5, T, "buyer", T, T, T, 0.06, N, 20, T, T, 24, 8, F, T, F, "PRC", G],
            (T, T, T, F, 1588000), 720000, F),
    "z02": ([N, 1, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 18, F, T, T, "PRC", G],
            (T, T, T, F, 1218000), 959600, F),
    "z03": ([99.5, 0.5, T, "buyer", T, F, T, 500 / 578000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
            (T, T, N, F, 578000), N, F),
    "z04": ([99.95, 0.5, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S],
            (T, T, N, F, 646800), N, F),
    "z05": ([N, 24, F, "supplier", T, T, T, 0.02, N, 65, F, F, 6, 28, F, T, N, N, G],
            (T, T, T, T, 452000), 310000, F),
    "e01": ([N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 9, F, T, F, "Northern Ireland", G],
            (T, T, T, F, 1812000), 1260000, T),
    "e02": ([99.95, 0.5, T, "buyer", F, T, T, 600 / 720000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
            (T, T, N, F, 720000), N, F),
    "e03": ([N, 0.5, T, "buyer", T, T, T, 0.1, N, 10, T, T, 36, 6, F, T, F, "PRC", G],
            (T, T, T, F, 1452000), 1265200, F),
    "e04": ([N, 0.25, F, "buyer", T, T, T, N, 125, N, T, N, N, N, F, T, T, "PRC", S],
            (T, F, N, F, 3160000), N, F),
    "e05": ([N, N, F, "buyer", T, T, T, 700 / 710000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC", S],
            (F, T, N, F, 710000), N, F),
}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e03": [],
    "e04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "e05": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
               "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (label values must not equal them; text must not state them)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5

# price and payment sums stated in the texts
SUMS = {
    "z01": ([720000, 586000, 214000, 68000], [317600, 714600, 555800]),
    "z02": ([384000, 204000, 49600, 136000, 186000, 148000, 92000, 18400], [243600, 426300, 548100]),
    "z03": ([254800 * 2, 68400], None),
    "z04": ([186 * 1800, 156000, 92000, 64000], None),
    "z05": ([268000, 42000, 126000, 16000], [293800, 158200]),
    "e01": ([1260000, 384000, 126000, 42000], [362400, 815400, 634200]),
    "e02": ([180 * 1450 * 2, 40 * 1900 * 2, 46000], None),
    "e03": ([240 * 3150, 24 * 8800, 298000, 164800, 22000], [145200, 798600, 508200]),
    "e04": ([84500 * 36, 118000], None),
    "e05": ([336000 * 2, 38000], None),
}


def tco_share(terms, extra, base):
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - terms["warranty_months"] / 12)
    fees = years * terms["post_warranty_fee_pct"] / 100 * base
    return fees / (extra["contract_value"] + fees) * 100


def derive(terms, extra, base, forum_outside):
    """My reading of policy section 3 on the labels."""
    t, r = terms, set()
    goods = t["contract_kind"] == G
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or extra["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(terms, extra, base)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, lang, cat = FILES[key]
    vals, ex, base, forum = L[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": ex[0], "ld_stated": ex[1]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = ex[2]
    else:
        assert ex[2] is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = ex[3]
    extra["contract_value"] = ex[4]
    rules = derive(terms, extra, base, forum)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
    for k, th in TH.items():
        assert terms[k] is None or abs(terms[k] - th) > 1e-9, (key, k)
    share = tco_share(terms, extra, base)
    if share is not None:
        assert abs(share - TCO_SHARE_TH) > 2, (key, share)
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": rules}, share


# ---------------------------------------------------------------------------------------------------------------
# Read-back, lengths and threshold scan
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN_DIG = "一二三四五六七八九十百零〇两"
TH_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",                                          # availability
    r"(?<![\d.])4\s*(?:\(4\)\s*)?(?:business\s*|working\s*|clock\s*)?(?:hours?|hrs?|h\b|个?小时)",
    r"(?<![a-z\-])(?<!twenty )(?<!thirty )(?<!forty )\bfour\s*(?:\(4\)\s*)?(?:business\s*|working\s*|clock\s*)?hours?",
    r"(?<![" + CN_DIG + r"])四\s*个?\s*小时",
    r"(?<![\d.])0\.05" + PCT, r"万分之五", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",  # LD per day
    r"(?<![\d.,])100" + PCT, r"百分之一?百", r"\bone\s*hundred\s*per\s*cent",      # cap
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s*per\s*cent",  # prepayment
    r"(?<![\d.,])15" + PCT, r"百分之十五(?!点)", r"\bfifteen\s*per\s*cent",       # post-warranty fee
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s*per\s*cent",  # TCO share
    r"(?<![\d.])12\s*(?:个月|months?)", r"十二\s*个?\s*月", r"\btwelve\s*(?:\(12\)\s*)?months?",  # warranty
    r"(?:warranty|质保|保修)[^。.;；\n]{0,15}(?:one\s*year|一年)", r"(?:one[-\s]*year|一年)\s*(?:的)?\s*(?:warranty|质保|保修)",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4小时", "4 小时", "四小时", "four hours", "4 business hours",
            "0.05%", "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 percent",
            "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12 months", "12个月", "十二个月", "twelve months",
            "质保期为一年", "a warranty of one year", "one-year warranty", "4h"]
MUST_MISS = ["twenty-four hours", "twenty four hours", "Twenty-Four Hours", "99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055%", "0.5%", "1,100%", "130%",
             "115%", "百分之三十五", "百分之四十五", "百分之二十五", "2027年12月31日", "112 months", "4G", "0.5 hours",
             "34%", "每一年", "45%", "6 hours", "within 30 days", "CNY 0.02 per call"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for f in forms for m in TH_RE.finditer(f)})


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGE = {"zh": (2750, 3000), "en": (1450, 1650)}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for key, (parts, inst) in SUMS.items():
        value = L[key][1][4]
        assert sum(parts) == value, (key, sum(parts), value)
        if inst:
            assert sum(inst) == value, (key, "instalments")
    sources, targets = {}, {}
    for key, (name, lang, cat) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key] = SRC[key]
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(SRC[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, lang, cat) in FILES.items():
        lab, share = label(key)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        n = length(text, lang)
        hits = scan(text)
        print("%s %-52s len %5d  rules %d  risk %-6s tco %s  threshold hits %s" % (
            key, name, n, len(lab["expected_rules"]), risk(lab["expected_rules"]),
            "-" if share is None else "%.1f%%" % share, hits))
        lo, hi = RANGE[lang]
        assert lo <= n <= hi, (key, n)
        assert not hits, (key, hits)
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    n_findings = {k: len(DESIGN[k]) for k in DESIGN}
    assert 8 <= n_findings["z05"] <= 10
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    print("all checks passed; rules covered:", len(covered))
