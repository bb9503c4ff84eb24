"""holdout433: ten blind, ordinary draft contracts with their labels (written before any run).

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the ten contracts (.txt/.md directly,
.docx/.pdf through ../word_pdf.py with wrap_words=True), the ten .json labels, checks lengths, threshold figures,
price sums and rule coverage (expected rules derived from the labels by my own reading of policy.md section 3).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01  教育局 学生资助管理平台 (licence + custom development), 政府采购, buyer's paper, .pdf, 第X条, compliant
# ----------------------------------------------------------------------------------------------------------------
Z01 = """T:河西市学生资助管理平台建设项目合同
P:合同编号：HXJY-ZFCG-2025-031
P:采购项目编号：HX2025-GK-0187（公开招标）
P:甲方（采购人）：河西市教育局，地址：河西市人民路58号
P:乙方（供应商）：杭州恒学信息技术有限公司，地址：杭州市西湖区文三路199号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就河西市学生资助管理平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“恒学学生资助管理平台V5”软件许可（市、县两级部署，不限用户数），并完成以下定制开发：家庭经济困难学生认定流程、资助资金发放与对账模块、与省学籍系统及民政低保数据的接口、资助政策宣传及学生申请移动端。
P:1.2 乙方负责历史资助数据迁移（2019年以来约46万条记录）、系统部署、联调、操作手册编制和用户培训，培训对象为市局及各县区资助中心、各学校资助专干，不少于六场。
P:1.3 项目实施地点为甲方指定的政务云机房，实施周期为合同签订之日起150日。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾柒万陆仟元整（¥1,776,000），为固定总价，已包含税费、差旅、培训及全部实施费用。明细如下：
P:（1）平台软件许可：¥860,000；
P:（2）定制开发：¥640,000；
P:（3）数据迁移：¥180,000；
P:（4）部署实施及培训：¥96,000。
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥355,200。
P:3.2 系统通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥799,200。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥621,600。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票，甲方按财政国库集中支付程序付款。
P:3.5 履约保函金额为合同总价的5%，有效期至最终验收合格后30日。乙方未履行合同义务的，甲方有权按本合同约定从履约保函中扣取相应款项。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后60日内完成认定、发放模块开发并部署至测试环境，90日内完成数据迁移，120日内上线试运行。
P:4.2 乙方应派驻项目经理一名及不少于五名实施人员，项目经理变更须经甲方书面同意。乙方每周提交项目周报，重大问题随时报告。
P:4.3 乙方应在合同签订后10日内提交实施方案，内容包括需求调研计划、数据迁移方案、测试方案、上线切换方案和应急回退方案，经甲方确认后执行。
P:4.4 乙方交付的文档包括需求规格说明书、数据库设计说明书、接口说明、操作手册、运维手册、源代码及部署脚本，均应为中文，并提供电子版和纸质版各一套。
P:4.5 甲方负责协调省学籍系统和民政部门的接口授权，提供政务云资源及必要的办公条件，并指定项目联系人配合乙方工作。
H:第五条 验收
P:5.1 初步验收在上线试运行满30日后进行，标准为：招标文件功能清单全部实现；迁移数据逐条比对一致；与学籍、低保接口连续运行10日无差错；并发500用户时主要页面响应时间不超过3秒；通过第三方安全测评。
P:5.2 最终验收在初步验收后满60日进行，标准为：试运行期间无一级故障，初验遗留问题全部整改完毕，技术文档及源代码交付齐全。
P:5.3 甲方应在乙方提交验收申请后10个工作日内组织验收并出具书面意见。验收不合格的，乙方应在15日内整改并重新申请验收。系统上线、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为最终验收合格之日起二十四个月，期间乙方免费提供缺陷修复、版本升级和技术支持，并在每个资助申请季派员现场保障。
P:6.2 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不高于平台软件许可费的8%（即每年不超过¥68,800），质保期满后三个服务年度内不上调。
P:6.3 服务水平：平台月度可用率不低于99.95%；一级故障（系统无法登录或资金发放中断）30分钟内响应、2小时内到达现场、8小时内恢复；二级故障2小时内响应、次日内解决；三级问题3个工作日内解决。
P:6.4 乙方响应或恢复超时的，每超时一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥2,000，从应付款项或履约保证金中扣除。
H:第七条 数据安全
P:7.1 平台中的学生及家庭信息、资助记录等全部数据归甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护三级要求，落实访问控制、敏感字段加密和操作审计；远程运维须经甲方审批并通过堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第八条 保密
P:乙方对履行合同中知悉的甲方工作秘密、学生个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 定制开发的程序、源代码、接口及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:9.2 平台标准产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
P:9.3 乙方保证交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收整改的，每逾期一日按合同总价的万分之八支付违约金。
P:10.2 乙方逾期超过60日的，甲方有权解除合同。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包
P:本项目不得分包或转包。
H:第十二条 合同解除
P:乙方严重违约且在甲方书面通知后15日内未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，可根据影响部分或全部免除责任。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：河西市教育局    乙方（盖章）：杭州恒学信息技术有限公司
P:法定代表人或授权代表：________    法定代表人或授权代表：________
P:签订日期：2025年7月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02  玻璃瓶厂 制瓶机控制系统改造 + 维保, .docx with a Word price table, 1. / 1.1 numbering
#      risky: deemed acceptance on commissioning (CR-ACCEPTANCE), no termination for breach (CR-TERMINATION)
# ----------------------------------------------------------------------------------------------------------------
Z02 = """T:制瓶机电子控制系统改造及维保合同
P:合同编号：QHBL-JG-2025-046
P:甲方（买方）：淇河玻璃制品有限公司，地址：河南省鹤壁市淇滨区工业路16号
P:乙方（卖方）：苏州锐控自动化技术有限公司，地址：苏州工业园区星湖街328号
P:甲方一号、二号窑炉配套的六台八组行列式制瓶机（IS机）仍采用机械定时鼓，故障多、换产慢。甲方决定将其改造为电子定时控制系统。乙方具备相应技术和经验，双方经协商订立本合同。
H:1. 改造范围
P:1.1 乙方拆除六台制瓶机原有机械定时鼓及气路控制部件，安装电子定时控制柜、伺服拨瓶和推瓶机构、触摸屏操作站，并部署生产数据采集软件。
P:1.2 乙方负责制瓶机控制程序的编制与调试、与甲方现有制瓶车间管理系统的数据对接，以及操作和维修人员培训。
P:1.3 改造分三批进行，每批两台，利用甲方计划停机窗口施工，每批停机不超过10日。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰柒拾叁万壹仟元整（¥1,731,000），含税、运输、安装、调试及培训费用。分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|IS机电子定时控制柜|6套|156,000|936,000
TB:2|伺服拨瓶及推瓶机构|6套|48,500|291,000
TB:3|触摸屏操作站及工控机|6套|21,000|126,000
TB:4|生产数据采集软件许可|1套|168,000|168,000
TB:|硬件及软件小计|||1,521,000
TB:5|安装调试（含停机改造）|1项|186,000|186,000
TB:6|操作及维修培训|1项|24,000|24,000
TB:|合计|||1,731,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥346,200。
P:3.2 每批设备到货并经甲方清点签收后，甲方支付该批设备对应金额的50%；三批合计为合同总价的50%，即¥865,500。
P:3.3 全部制瓶机改造调试完成后10个工作日内，甲方支付合同总价的25%，即¥432,750。
P:3.4 余款5%（¥86,550）作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:3.5 乙方每次收款前应开具合法有效的增值税专用发票，甲方以银行转账方式付款。
H:4. 交付、安装与调试
P:4.1 第一批设备应于合同生效后45日内到货，其余两批按甲方停机计划依次到货，间隔约30日。
P:4.2 乙方应在每批停机窗口内完成拆装、接线和程序调试，保证制瓶机按原有机速恢复生产。
P:4.3 乙方应遵守甲方热端车间安全规定，高温区作业须办理作业票。
P:4.4 乙方应在合同生效后15日内提交改造技术方案，包括电气原理图、控制柜布置图、气路改造图、停机施工计划和恢复生产方案，经甲方设备部书面确认后实施。
P:4.5 改造后制瓶机的定时精度应达到±0.1度，换产时调整定时参数不超过20分钟，机速不低于改造前水平，热端缺陷率不高于改造前三个月的平均水平。
P:4.6 乙方应随设备提供中文操作手册、维修手册、电气图纸、备件清单及控制程序备份，并在每批施工结束后三日内提交施工记录。
P:4.7 甲方负责提供停机窗口、施工用电用气、吊装场地及必要的配合人员，并负责拆除部件的回收处理。
H:5. 验收
P:5.1 每台制瓶机改造完成、调试结束并投入生产后，即视为该台设备验收合格，甲方不再另行组织验收。
P:5.2 全部六台制瓶机投入生产，即视为本项目验收完成。
H:6. 质量保证
P:6.1 质保期为全部改造调试完成之日起十八个月。质保期内，因设备或软件质量问题产生的维修、更换和程序修改，由乙方免费负责。
P:6.2 质保期满后，甲方可委托乙方提供年度维保服务，维保费每年按硬件及软件小计的9%计取，即每年¥136,890，首三个服务年度内不作调整。
P:6.3 质保期内乙方每季度上门巡检一次，检查控制柜、伺服机构和操作站运行状况，更新程序备份，并提交巡检报告。
P:6.4 乙方应在甲方厂区存放常用备件，包括伺服驱动器、电磁阀组和I/O模块各两套，所有权属乙方，质保期满后由甲方按备件清单价格选择购买或退还乙方。
H:7. 维保服务水平
P:7.1 一级故障（任一制瓶机因控制系统原因停机）：乙方1小时内远程响应，6小时内到达现场，12小时内恢复生产。
P:7.2 二级故障（部分机组功能异常但仍可生产）：2小时内响应，24小时内解决。
P:7.3 乙方每超时一小时，向甲方支付¥800，由甲方从质量保证金或维保费中扣除。
P:7.4 乙方应提供7×24小时服务热线，并指定一名熟悉甲方设备的工程师作为服务负责人。每次故障处理完毕后，乙方应在三日内提交故障处理报告，说明原因、处理措施和预防建议，经甲方设备部签字确认。
H:8. 数据安全与保密
P:8.1 制瓶工艺参数、配方、产量及质量数据均属甲方所有，乙方不得复制、带离或用于其他客户。
P:8.2 乙方远程维护须经甲方设备部审批，通过甲方提供的专用账号进行，操作全程留痕；控制网络与办公网络隔离。
P:8.3 发生数据泄露或控制系统遭入侵的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，由乙方承担全部赔偿责任。
P:8.4 双方对履约中知悉的对方技术及商业秘密负有保密义务，未经对方书面同意不得披露。
H:9. 知识产权
P:9.1 乙方为本项目编制的制瓶机控制程序、工艺参数模板及数据对接程序的知识产权归甲方所有，乙方应交付源程序，甲方可自行修改或委托第三方修改。
P:9.2 控制柜内置固件及数据采集软件的知识产权仍属原权利人，甲方获得永久使用许可。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 因乙方原因造成制瓶机停机超出约定窗口的，乙方应赔偿甲方由此发生的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:11. 分包
P:乙方不得转包本合同。除现场吊装外，乙方不得分包；吊装分包须事先取得甲方书面同意。
H:12. 合同的变更与解除
P:12.1 本合同生效后，任何一方均不得单方解除本合同。
P:12.2 一方违约的，另一方可要求其继续履行、采取补救措施并按第10条承担违约责任，但不得以此为由解除合同。
P:12.3 合同变更须经双方书面协商一致。
P:12.4 因不可抗力导致合同无法履行的，双方协商处理，受影响方应及时通知对方并提供证明。
H:13. 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交鹤壁仲裁委员会仲裁。
H:14. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：淇河玻璃制品有限公司（盖章）    乙方：苏州锐控自动化技术有限公司（盖章）
P:授权代表：________    授权代表：________
P:日期：2025年8月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03  宠物医院连锁 (16 家) 病历及会员 SaaS + 实施, .txt, 一、/（一）
#      risky: availability 99.5 % (CR-SLA-AVAILABILITY), data clause with no security duties (CR-DATA-SECURITY)
# ----------------------------------------------------------------------------------------------------------------
Z03 = """宠物医疗病历及会员管理云服务合同

合同编号：PY-SaaS-2025-0612

甲方（客户）：成都派依宠物医院管理有限公司
地址：成都市武侯区天府大道北段966号

乙方（服务商）：南京宠云软件科技有限公司
地址：南京市雨花台区软件大道118号

鉴于甲方在成都、重庆两地经营16家宠物医院，需要统一的电子病历、会员、预约及库存管理系统；乙方提供“宠云”宠物医院管理云服务（SaaS）。双方经协商一致，订立本合同。

一、服务内容
（一）乙方为甲方16家医院开通宠云云服务，包括电子病历、会员及储值卡、预约挂号、处方与药品库存、检验设备对接、经营报表六个模块，每家医院不限账号数。
（二）乙方提供实施服务：将各医院原有系统中的病历、会员及储值余额数据迁移至云服务，完成11台生化、血常规及影像设备的数据对接，并为甲方定制总部经营分析报表。
（三）乙方为各医院前台、医生和库管人员提供上线培训，每家医院不少于两次。
（六）乙方在服务期内免费提供功能升级、远程技术支持和新员工线上培训，并每季度派员到甲方总部回访，收集各医院的使用意见。
（七）乙方协助甲方完成宠物诊疗机构病历管理相关规定要求的病历保存和查询工作。
（四）乙方为甲方总部配置医院层级、会员等级、储值规则和跨院通用积分规则，支持16家医院会员卡通用、病历共享和转诊记录查询。
（五）乙方提供微信小程序预约及会员自助查询功能，会员可查询本人宠物病历摘要、疫苗提醒和储值余额。

二、服务期限
（一）订阅服务期为三个服务年度，自全部医院上线验收合格之日起算。
（二）服务期满前60日，双方协商续订事宜；未续订的，服务期满后本合同终止。
（三）续订价格由双方届时协商确定；协商不成的，乙方应按第十一条第（三）项提供过渡服务。

三、费用及支付
（一）订阅费：每家医院每个服务年度¥19,800，16家合计每个服务年度¥316,800，三个服务年度共计¥950,400。
（二）实施及数据迁移费：¥126,000（一次性）。
（三）培训费：¥18,000（一次性）。
（四）合同总价：¥1,094,400，含增值税。
（五）实施及数据迁移费、培训费在上线验收合格后15个工作日内支付。订阅费按季度结算，每季度结束后10个工作日内，甲方根据服务水平考核结果支付当季订阅费¥79,200。
（六）本合同不设预付款。
（七）乙方应在每季度结束后5个工作日内提交当季服务水平报告和发票，甲方核对无误后付款；存在抵扣的，乙方应在发票金额中直接扣减。
（八）服务期内甲方新开医院的，按每家医院每个服务年度¥19,800的标准，自该医院上线之日起按剩余月份折算订阅费，单价在服务期内不上调。
（九）甲方关闭医院的，自关闭次月起停止计收该医院订阅费，乙方应将该医院数据导出交给甲方。

四、实施与验收
（一）乙方应在合同签订后75日内完成全部医院上线。
（二）上线验收标准：迁移数据按医院逐项核对，会员储值余额差异为零；11台设备结果自动回传病历准确无误；各模块功能符合附件功能清单；连续试运行14日无一级故障。
（三）甲方在收到验收申请后7个工作日内出具书面验收意见。系统上线或医院开始使用不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥800。
（五）实施分两批进行：第一批为成都8家医院，第二批为重庆8家医院。每批上线前，乙方应提交数据迁移核对报告和上线切换计划，经甲方确认后方可切换。
（六）甲方负责提供各医院原系统的数据导出配合、网络环境和设备接口资料，并指定总部信息专员作为项目联系人。

五、服务水平
（一）乙方保证云服务月度可用率不低于99.5%（计划维护时间除外，计划维护应安排在夜间并提前三日通知）。
（二）一级故障（任一医院无法开具病历或收费）：30分钟内响应，3小时内恢复；二级故障：2小时内响应，次日内解决。
（三）月度可用率低于承诺值的，当月订阅费按5%抵扣；低于99%的，按10%抵扣；一级故障超时恢复的，每次抵扣当月订阅费的2%。
（四）乙方提供7×24小时电话及在线客服，并为甲方指定专属客户经理。乙方每月提交服务报告，内容包括可用率、故障记录、处理时长和版本更新情况。
（五）乙方对云服务版本进行更新的，应提前五个工作日通知甲方，更新不得减少本合同约定的功能；对诊疗、收费流程有影响的更新，应先在测试环境中供甲方确认。

六、数据归属
（一）甲方及各医院录入或产生的病历、会员、储值、处方和经营数据归甲方所有。
（二）乙方仅为向甲方提供本合同服务而使用上述数据，不得出售或提供给任何第三方。
（三）服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据交给甲方。
（四）甲方可随时通过系统导出功能下载本院及全部医院的数据，乙方不得设置额外收费或技术障碍。

七、保密
（一）双方对在合作中知悉的对方经营信息、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露。
（二）保密义务在本合同终止后三年内继续有效。
（三）乙方员工及其委托的技术人员应签署保密承诺，乙方对其行为承担责任。

八、知识产权
（一）宠云平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方定制的总部经营分析报表、数据迁移脚本及设备对接配置归甲方所有，甲方可自由使用、修改并交由第三方维护。
（三）乙方保证云服务及交付成果不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担费用，给甲方造成损失的，乙方予以赔偿。

九、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的200%为限，但因乙方故意或重大过失造成的损失不受此限。

十、分包
乙方不得将本合同服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付但未使用期间的订阅费。
（二）连续两个月月度可用率低于99%的，甲方有权解除合同。
（三）合同解除或服务期满的，乙方应继续提供不少于30日的过渡服务，配合甲方完成数据导出和系统切换，过渡期间按原标准计收订阅费。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十三、其他
（一）附件：功能清单、设备对接清单、医院名单，为本合同不可分割的部分。
（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（三）双方联系人及联系方式见附件，变更联系人的应书面通知对方。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：成都派依宠物医院管理有限公司（盖章）
乙方：南京宠云软件科技有限公司（盖章）
授权代表签字：__________        授权代表签字：__________
日期：2025年9月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04  气象台 预报业务系统 年度运维, 竞争性磋商, .txt, （1） numbering
#      risky: no 违约金 at all (CR-LD-MISSING), SLA with no deduction (CR-SLA-NO-REMEDY), subcontracting on notice
#      (CR-SUBCONTRACT)
# ----------------------------------------------------------------------------------------------------------------
Z04 = """江岭省气象台预报业务系统年度运维服务合同

项目名称：江岭省气象台预报业务系统运维服务（竞争性磋商）
项目编号：JLCG-2025-CS-0433
合同编号：JLQX-YW-2025-08

甲方（采购人）：江岭省气象台
地址：江岭市北湖区气象路2号

乙方（成交供应商）：武汉天衡信息技术服务有限公司
地址：武汉市东湖新技术开发区光谷大道77号

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，双方就江岭省气象台预报业务系统运维服务订立本合同。

（1）服务范围
乙方对以下系统提供运维服务：短临预报业务平台、智能网格预报编辑系统、气象资料实时处理系统、预报产品制作与分发系统，以及承载上述系统的46台服务器、2套存储、网络和安全设备。服务内容包括日常巡检、监控告警处理、故障诊断与恢复、数据库维护、版本部署、汛期保障和年度系统健康评估。
具体要求：每日两次检查各系统运行状态及资料到报情况；每周检查服务器、存储和网络设备的硬件告警、磁盘空间及日志；每月完成数据库性能检查、备份恢复抽查和安全补丁评估；每季度开展一次应急演练；汛期前完成全部系统的专项检查和隐患整改。
乙方应建立运维工作台账，记录巡检、变更、故障和处置情况，甲方可随时查阅。任何系统变更须提前填写变更申请，经甲方批准后在非业务高峰时段实施，并保留回退方案。

（2）服务期限
服务期自2025年7月1日起至2026年6月30日止。乙方应在服务期开始前完成与上一服务商的交接，全面掌握各系统的部署架构、账号权限和历史故障情况，交接期间产生的费用由乙方自行承担。期满后如需继续采购，由甲方依法另行组织采购，本合同不自动续期。

（3）服务人员
乙方派驻3名驻场工程师（含1名数据库工程师），工作日8:30至17:30在岗；汛期（5月至9月）及重大天气过程期间实行7×24小时值守。驻场人员须经甲方审核，更换人员须提前10日书面报甲方同意。
驻场工程师应具备相应的操作系统、数据库或网络专业资格，熟悉气象业务流程；乙方应另行安排二线技术专家提供远程支持，重大故障时2小时内到达现场。驻场人员应遵守甲方考勤、出入和安全管理制度。

（4）合同价款
合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括：驻场运维服务¥418,000；汛期及重大天气过程值守保障¥96,000；数据库维护及健康评估¥52,000；备品备件¥20,000。以上价格为固定价格，含税。
备品备件费用用于服务期内更换硬盘、内存、电源等易损件，乙方应按季度列明使用情况，未使用部分在最后一期服务费中据实扣回。

（5）付款方式
服务费按季度支付。每季度结束后，甲方对乙方当季服务进行考核，考核合格后15个工作日内支付当季服务费¥146,500。本合同无预付款。
乙方申请付款时应提交当季运维报告、考核结果及合法有效的发票。备品备件未使用部分的扣回金额在第四季度服务费中结算。

（6）服务水平
一是业务系统月度可用率不低于99.98%；二是一级故障（预报产品无法制作或分发中断）15分钟内响应，1小时内到场，2小时内恢复；三是二级故障30分钟内响应，8小时内解决；四是每月提交运维月报，每季度提交考核材料。
五是汛期及重大天气过程期间，预报产品制作与分发系统的故障恢复优先于其他一切工作，乙方二线专家须全程在线值守。六是出现重大故障的，乙方应在故障恢复后24小时内提交故障分析报告，说明原因、影响范围和防范措施。

（7）服务考核
甲方每季度按附件《运维服务考核细则》对乙方进行考核，考核结果记入乙方履约档案，作为甲方今后采购时的参考。考核不合格的，乙方应在10日内提交整改报告并完成整改，考核结果不影响当季服务费的支付金额。

（8）验收
服务期满后，甲方组织年度验收，标准为：四个季度考核均合格；全部运维文档、配置台账、巡检记录和脚本移交完整；系统健康评估报告经甲方确认。验收合格后出具书面验收意见。
验收时乙方应提交年度运维总结报告，内容包括系统运行情况、故障统计与分析、资源使用趋势、安全风险及下一阶段改进建议。

（9）数据安全
气象观测资料、预报产品及业务系统数据均属甲方所有。乙方应遵守《数据安全法》及等级保护要求，只能通过甲方堡垒机操作，不得私自拷贝、外传任何数据，不得在业务服务器上安装未经批准的软件。发生数据泄露、篡改、丢失或安全事件的，乙方应在30分钟内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

（10）保密
乙方及其人员对在服务中知悉的甲方未公开的数据、网络结构、账号口令及工作信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与驻场人员签订保密承诺书。乙方人员离场时应交回全部门禁卡、账号和资料，甲方应及时注销其系统账号。本条在合同终止后继续有效。

（11）知识产权
乙方在服务期间为甲方编写的运维脚本、监控配置、应急预案及各类文档，其知识产权归甲方所有，甲方可自由使用、修改或交由其他服务商使用。
乙方使用的自有运维工具软件，其知识产权仍属乙方，乙方应保证其合法来源，服务期满后由乙方自行卸载。
服务期满或合同解除时，乙方应在15日内完成全部文档、账号清单、配置台账和运维知识库的移交，并配合新服务商进行不少于10个工作日的交接。

（12）分包
乙方可将机房空调、UPS巡检等辅助性工作分包给具有相应资质的第三方，但应在分包前5个工作日书面告知甲方，并对分包方的工作承担责任。

（13）违约责任
乙方未按合同约定提供服务的，应及时采取补救措施；因乙方原因给甲方造成损失的，乙方应赔偿甲方的实际损失。甲方无正当理由逾期付款的，应尽快补付。

（14）合同解除
乙方严重违反本合同，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。

（15）不可抗力
因不可抗力致使合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方可协商变更或解除合同。
汛期遇台风、暴雨等灾害性天气时，乙方不得以此为由中止值守服务，应按甲方应急预案要求坚守岗位。

（16）争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交江岭仲裁委员会仲裁。

（17）其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，由双方另行签订补充协议。双方联系人及联系方式见附件，变更时应书面通知对方。磋商文件、响应文件及考核细则为本合同的组成部分。

甲方：江岭省气象台（盖章）
乙方：武汉天衡信息技术服务有限公司（盖章）
代表：__________        代表：__________
签订日期：2025年6月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05  香肠厂 能耗监测 软件许可 + 定制开发, the supplier's template, .md with a markdown price table, "## 第X条"
#      many problems
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 能耗监测平台软件许可及定制开发合同

**（乙方标准合同文本 NH-2025 版）**

合同编号：ZN-NH-2025-117

甲方（买方）：临沂鲁香肉制品有限公司，地址：山东省临沂市河东区工业园香江路8号

乙方（卖方）：济南智能源软件有限公司，地址：济南市高新区舜华路2000号

甲方为降低香肠、火腿肠生产线的用电、用汽和制冷能耗，向乙方采购“智能源”能耗监测平台及定制开发服务。双方根据《中华人民共和国民法典》，经协商订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“智能源”能耗监测平台软件许可（标准版，含200个采集点，永久许可），部署于甲方厂区服务器。

1.2 乙方为甲方定制开发：冷库及速冻隧道制冷能耗模型、烟熏炉和蒸煮线蒸汽能耗模型、车间分项计量报表、能耗看板及异常告警规则。

1.3 乙方负责平台部署、与甲方现有电表、蒸汽流量计和冷机控制器的数据对接，以及操作培训。

1.4 采集范围包括：一车间和二车间的灌装线、蒸煮线、烟熏炉，三座冷库及一条速冻隧道，锅炉房和空压站。采集频率为每分钟一次，历史数据在平台中保存三年。

1.5 平台功能包括实时监测、分项计量、单位产品能耗统计、峰谷电量分析、能耗排名和异常告警，支持电脑端和手机端访问。

1.6 乙方为甲方能源管理人员和车间主任提供两次现场培训，内容包括平台操作、报表使用和告警处理。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 能耗监测平台软件许可（标准版，200点） | 420,000 |
| 2 | 定制开发（能耗模型、报表、看板、告警规则） | 260,000 |
| 3 | 部署实施及数据对接 | 68,000 |
| 4 | 操作培训 | 12,000 |
|  | 合计 | 760,000 |

合同总价为人民币柒拾陆万元整（¥760,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥380,000。乙方收到该款项后启动项目。

3.2 平台上线运行后5个工作日内，甲方支付合同总价的42%，即¥319,200。

3.3 项目验收合格后5个工作日内，甲方支付合同总价的8%，即¥60,800。

3.4 乙方在每次收款前向甲方开具增值税专用发票。甲方未按期付款的，乙方有权顺延交付期限。

## 第四条 交付与验收

4.1 乙方在收到首付款后90日内完成部署、定制开发并上线运行。

4.2 验收标准：200个采集点数据完整率不低于98%；各能耗模型与甲方计量表读数偏差不超过3%；报表和看板符合附件需求说明；连续运行20日无一级故障。

4.6 甲方在验收中提出的问题，乙方应在10个工作日内整改完毕并重新提交验收。甲方无正当理由在5个工作日内未组织验收的，乙方可书面催告。

4.3 乙方提交验收申请后，甲方应在5个工作日内组织验收并书面确认。

4.4 甲方应提供服务器、网络环境和现场施工配合，并按乙方要求提供计量表的通讯协议和接线资料。因甲方原因造成工期延误的，交付期限相应顺延。

4.5 乙方交付物包括：平台安装介质、用户手册、采集点清单、能耗模型说明及培训材料。

## 第五条 免费维护

5.1 自平台上线运行之日起，乙方提供六个月免费维护，包括缺陷修复和远程技术支持。

5.2 一级故障（平台整体无法采集或无法访问）：乙方在接到甲方报修后8小时内响应；二级故障：2个工作日内响应。

5.3 乙方将尽力按上述时限处理故障，但不因响应或修复超时承担扣款、赔偿或违约金。

## 第六条 维保服务

6.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可费的35%，即每年¥147,000。

6.2 维保服务内容包括版本升级、缺陷修复、远程支持及每年两次现场巡检。

6.3 维保费在每个维保服务年度开始前一次性支付。甲方未购买维保服务的，乙方不再提供版本升级和技术支持，平台可继续使用。

6.4 维保期内新增采集点的，按乙方报价另行收费。

6.5 甲方自行修改平台配置或接入第三方系统造成故障的，乙方的处理按人工日另行收费。

## 第七条 知识产权

7.1 平台软件及乙方为本项目定制开发的能耗模型、报表、看板、告警规则及相关源代码，知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。

## 第八条 数据

8.1 平台采集的甲方能耗数据归甲方所有。

8.4 平台部署于甲方服务器，乙方为提供服务可通过远程方式登录平台，远程账号由乙方管理。

8.2 甲方同意，乙方可对上述数据进行脱敏处理后，用于行业能耗对标分析、算法优化及乙方其他产品和服务。

8.3 乙方采取访问控制、传输加密和日志审计等措施保护平台数据安全；发生数据泄露的，乙方在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。

8.5 合同终止后，甲方可要求乙方协助导出平台中的能耗数据，乙方按人工日收取服务费。

## 第九条 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。

保密义务在本合同终止后三年内有效。乙方为提供服务需要向其员工披露的，应限于必要范围，并要求其遵守同等保密义务。

## 第十条 违约责任

10.1 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务。

10.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且不承担任何间接损失或利润损失。

## 第十一条 合同解除

一方严重违约，经守约方书面催告后30日内仍未改正的，守约方有权解除本合同。

合同解除的，甲方应支付乙方已完成工作的费用；已交付的软件许可不予退还。

因不可抗力导致合同无法履行的，双方互不承担违约责任。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同未尽事宜，以乙方报价单及需求说明为准。

13.3 附件：报价单、需求说明、采集点清单。附件与本合同正文具有同等效力。

13.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：临沂鲁香肉制品有限公司　　　　乙方（盖章）：济南智能源软件有限公司

授权代表：__________　　　　授权代表：__________

日期：2025年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01  Portuguese vendor (Porto): warehouse-management perpetual licences + services, .pdf, "Article N"
#      risky: post-warranty maintenance at the vendor's list price then current (CR-POST-WARRANTY-FEE), liability cap
#      of half the Contract Price (CR-LIABILITY-CAP)
# ----------------------------------------------------------------------------------------------------------------
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. AR-CN-2025-0219
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Foshan Linmu Home Furnishings Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 33 Lecong Avenue, Shunde District, Foshan, Guangdong (the "Customer"); and
P:(2) Armazém Lógico, S.A., a company incorporated in Portugal with its registered office at Rua de Santa Catarina 412, 4000-442 Porto, Portugal (the "Vendor").
P:Background: The Customer operates two finished-goods warehouses in Shunde and one spare-parts store in Qingyuan and wishes to replace its spreadsheet-based stock control with a warehouse management system. The Vendor publishes the ArmaWMS warehouse management software and has agreed to license it and to implement it on the terms below. At the Customer's request, all prices are stated and payable in CNY.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the ArmaWMS server software, the named-user licences and the RF handheld module listed in Annex 1, in object code, with their documentation.
P:1.2 "Custom Deliverables" means everything the Vendor creates for the Customer under this Agreement, including configurations, label templates, reports, interface programs to the Customer's ERP system and their source code, data migration scripts and project documents.
P:1.3 "Go-Live" means the first day on which all three sites process receipts, put-away, picking and dispatch in the Licensed Software in production.
P:1.4 "Final Acceptance" means the Customer's written certificate issued under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software at its sites in the People's Republic of China for its own business and that of its subsidiaries, for the number of named users set out in Annex 1.
P:2.2 The Customer may make copies for backup, testing and disaster recovery, and may move the Licensed Software to other hardware or to a private cloud under its control by written notice to the Vendor.
P:2.3 Title to the Licensed Software remains with the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall provide the implementation services described in Annex 2: process design workshops, configuration of the three sites, development of the ERP interfaces for purchase orders, sales orders and stock balances, migration of item, location and stock data, testing support, training and go-live support.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese and shall keep at least two consultants on site in Foshan during configuration, testing and the first two weeks after Go-Live.
P:3.3 The Vendor shall complete Go-Live within 140 days after the Effective Date and shall deliver a project plan within 10 days after the Effective Date.
H:Article 4 Contract Price and Payment
P:4.1 The Contract Price is CNY 1,364,000, inclusive of all taxes in the People's Republic of China, made up as follows:
P:(a) ArmaWMS server licence: CNY 486,000;
P:(b) 60 named-user licences at CNY 6,200 each: CNY 372,000;
P:(c) RF handheld module (site licence): CNY 96,000;
P:Licence Subtotal: CNY 954,000;
P:(d) implementation and interface development: CNY 318,000;
P:(e) data migration: CNY 64,000;
P:(f) training: CNY 28,000.
P:4.2 The Contract Price is payable as follows: 20% (CNY 272,800) within 20 days after signature against the Vendor's invoice; 55% (CNY 750,200) within 20 days after Go-Live; and 25% (CNY 341,000) within 20 days after Final Acceptance.
P:4.3 Each payment is made by bank transfer against a valid invoice. The Customer shall withhold any tax that PRC law requires it to withhold.
H:Article 5 Testing and Acceptance
P:5.1 Before Go-Live the parties shall run the user acceptance tests in Annex 3, covering receipt against purchase order, directed put-away, wave picking, packing, dispatch confirmation, cycle counting and the ERP interfaces.
P:5.2 Final Acceptance shall be given when: (a) every test case in Annex 3 has passed; (b) stock balances in the Licensed Software and in the ERP system have matched for 20 consecutive working days at all three sites; (c) picking confirmation on the RF handhelds takes no more than two seconds at the peak load stated in Annex 3; (d) no Severity 1 incident has occurred in the 30 days after Go-Live; and (e) the Custom Deliverables and their documentation have been handed over.
P:5.3 The Customer shall issue the Final Acceptance certificate, or a list of defects, within 10 working days after the Vendor's request. Go-Live, use of the Licensed Software in production or any payment does not by itself amount to Final Acceptance.
P:5.4 If the Vendor fails to reach Go-Live by the date in Article 3.3 for reasons attributable to it, it shall pay the Customer delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with their documentation and Annex 3 for 18 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge, supply new releases of the Licensed Software and provide support under Article 7.
H:Article 7 Support Levels
P:7.1 Incidents are classified as follows: Severity 1, when receipt, picking or dispatch has stopped at any site; Severity 2, when a function is degraded but a workaround exists; Severity 3, all other questions.
P:7.2 The Vendor shall respond to a Severity 1 incident within 2 hours, around the clock, and work on it continuously until a workaround is in place; Severity 2 within the next working day; Severity 3 within three working days.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response time, it shall pay or credit the Customer CNY 1,000.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual maintenance and support for the Licensed Software by purchase order for each maintenance period.
P:8.2 The annual maintenance fee will be charged at the Vendor's list price for maintenance in force at the start of each maintenance period, as published by the Vendor from time to time.
P:8.3 Maintenance does not renew automatically; if the Customer places no purchase order, maintenance ends and the licence in Article 2 continues.
H:Article 9 Customer Data and Data Security
P:9.1 All data that the Customer or its staff enter into or generate with the Licensed Software, including item, stock, customer and order data ("Customer Data"), belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions.
P:9.2 The Licensed Software is installed on the Customer's servers. The Vendor's staff may access them only through the Customer's VPN with individual accounts and multi-factor authentication, for a stated purpose, and shall not copy Customer Data outside the Customer's systems. Test data is supplied by the Customer with personal information removed.
P:9.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, notify the Customer within 12 hours of any security incident affecting Customer Data, and bear responsibility for losses, costs and regulatory penalties caused by its breach of this Article.
H:Article 10 Intellectual Property
P:10.1 The Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code, and the Customer may use, modify and license them and have them maintained by third parties.
P:10.2 The Vendor warrants that the Licensed Software and the Custom Deliverables do not infringe the rights of any third party and shall defend and indemnify the Customer against any claim of infringement.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public business and technical information received from the other party, use it only for this Agreement and not disclose it without the other party's prior written consent, during this Agreement and for three years after it ends.
H:Article 12 Limitation of Liability
P:12.1 Neither party is liable for indirect or consequential loss or loss of profit.
P:12.2 The Vendor's total liability arising out of or in connection with this Agreement, including delay damages, shall not exceed 50% of the Contract Price.
P:12.3 Article 12.2 does not apply to liability under Article 10.2, to death or personal injury, or to fraud.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if delay damages under Article 5.4 reach their maximum.
P:14.2 On termination before Final Acceptance, the Vendor shall refund the amounts paid for the undelivered parts and hand over all work in progress.
H:Article 15 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.
H:Article 16 General
P:16.1 This Agreement, with its Annexes, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English and Chinese; both versions have equal effect.
P:Annex 1: Licensed Software and quantities. Annex 2: Implementation scope and plan. Annex 3: Acceptance test cases and peak load.
P:For the Customer: ____________________  Name: ____________  Date: ____________
P:For the Vendor: ____________________  Name: ____________  Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02  Maltese vendor (Sliema): bakery production-planning SaaS, Order Form + General Terms, .md, numbered clauses
#      risky: no measurable service level (CR-SLA-MISSING, and so CR-SLA-RESPONSE), no confidentiality clause
#      (CR-CONFIDENTIALITY)
# ----------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM No. BK-2025-118

**Provider:** Doughline Software Ltd, Level 3, Tower Business Centre, Tower Street, Sliema SLM 1605, Malta ("Provider")

**Customer:** Chengdu Maiyuan Bakery Chain Co., Ltd., No. 21 Shuangfeng Road, Chenghua District, Chengdu, Sichuan, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Doughline General Terms set out below. If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A - Order Details

| Item | Detail |
|---|---|
| Service | Doughline Bake Planner: production planning, dough and oven scheduling, store ordering and waste tracking, cloud service |
| Scope | 1 central bakery, 2 satellite kitchens, 68 stores, unlimited users |
| Subscription Term | 2 Subscription Years from the Service Start Date |
| Service Start Date | the date of Onboarding Acceptance under clause 3 |
| Hosting | Alibaba Cloud, Chengdu region |

| Fees (CNY, tax included) | Amount |
|---|---|
| Subscription Fee, per Subscription Year | 264,000 |
| Subscription Fees for 2 Subscription Years | 528,000 |
| Onboarding services (one-off) | 36,000 |
| Total Order Value | 564,000 |

**Invoicing.** At the Customer's request all fees are priced and invoiced in CNY. The Subscription Fee is invoiced quarterly in advance in four equal instalments of CNY 66,000 per Subscription Year, the first on the Service Start Date. The onboarding fee is invoiced after Onboarding Acceptance. Nothing is payable before the Service Start Date. Invoices are payable within 30 days.

**Signatures.** Signed for Provider: ____________ Date: ________ Signed for Customer: ____________ Date: ________

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the cloud service described in the Order Form, including its mobile apps for store managers and bakers.

1.2 "Customer Data" means all recipes, production plans, store orders, sales figures, waste records, staff rosters and other data entered into or generated by the Service by or for Customer.

1.3 "Customer Configurations" means the recipe structures, product hierarchies, oven and line capacity models, ordering rules, reports and dashboards that Provider sets up for Customer during onboarding or later.

1.4 "Subscription Year" means each successive period starting on the Service Start Date or on its anniversary.

### 2. The Service

2.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with its documentation.

2.2 Provider will use commercially reasonable efforts to keep the Service available and to respond to support requests promptly. Support is available by e-mail and through the in-app help desk in Chinese and English.

2.3 Provider may carry out maintenance from time to time and will try to schedule it outside Customer's baking hours.

2.4 Provider may improve the Service during the Subscription Term, provided that no change materially reduces the functions described in the Order Form.

2.5 Customer shall keep its user credentials secure, ensure that its users comply with the documentation, and notify Provider promptly of any unauthorised use of its accounts that it becomes aware of.

2.6 Provider shall keep the Service compatible with the current versions of the Chrome, Edge and Safari browsers and with the store tablets listed in the onboarding plan, and shall provide the mobile apps through the Chinese app stores used by Customer's staff.

### 3. Onboarding and Acceptance

3.1 Provider shall deliver the onboarding services within 60 days after the Order Form is signed: loading of products, recipes and stores; setting up the Customer Configurations; connecting the Service to Customer's point-of-sale system for daily sales; and training of central-bakery planners and store managers.

3.2 Onboarding Acceptance occurs when Customer confirms in writing that: (a) all 68 stores can place orders and the central bakery receives a consolidated production plan; (b) daily sales from the point-of-sale system are imported without error for 10 consecutive days; (c) the production plan for a test week matches Customer's manual plan within the tolerance agreed in the onboarding plan; and (d) training has been completed.

3.3 Customer shall confirm Onboarding Acceptance or list the failed items within 7 working days after Provider's request. Use of the Service during onboarding is not Onboarding Acceptance.

3.4 If Onboarding Acceptance is delayed beyond the 60 days for reasons attributable to Provider, Provider shall pay Customer CNY 450 for each day of delay, up to CNY 36,000.

### 4. Fees

4.1 Fees are fixed for the Subscription Term and are set out in the Order Form.

4.2 Additional stores may be added by a further order at the per-store rate in the Order Form, pro rata for the rest of the Subscription Year.

4.3 If Customer does not pay an undisputed invoice within 30 days after a reminder, Provider may suspend access after 15 days' written notice.

4.4 Each party bears its own bank charges. Provider shall issue valid Chinese tax invoices through its appointed local agent, whose details are given in the onboarding plan.

### 5. Customer Data

5.1 Customer Data belongs to Customer. Provider acquires no right in Customer Data and may use it only to provide the Service to Customer.

5.2 Customer Data is stored in the Chengdu region of the hosting provider named in the Order Form and is not transferred outside mainland China.

5.3 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, logging of administrator access and daily backups retained for 30 days.

5.4 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take immediate steps to contain it and provide Customer with the information needed for any report to the authorities.

5.5 Provider is responsible for, and shall compensate Customer for, the losses, costs of recovery and fines that result from a security incident caused by Provider's failure to comply with this clause 5.

5.6 Within 30 days after the end of the Subscription Term Provider shall return Customer Data in CSV format and then delete it from the Service and its backups, and confirm the deletion in writing.

### 6. Intellectual Property

6.1 The Service, its software and documentation remain the property of Provider and its licensors.

6.2 Customer Configurations belong to Customer. Provider shall export them on request, and Customer may use, modify and let any third party use them, including another provider.

### 7. Subcontracting

7.1 Provider shall not subcontract the performance of the Service or the onboarding services without Customer's prior written consent, except for the hosting provider named in the Order Form.

7.2 Provider remains responsible for its subcontractors as for itself.

### 8. Term and Termination

8.1 The Order Form runs for the Subscription Term. It does not renew automatically; any extension requires a new Order Form signed by both parties.

8.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

8.3 If Customer terminates under clause 8.2, Provider shall refund the prepaid fees for the period after termination.

### 9. Warranties

9.1 Provider warrants that the Service will perform materially in accordance with its documentation and that the onboarding services will be performed with reasonable skill and care.

9.2 Provider warrants that the Service does not infringe any third party's intellectual property rights and shall indemnify Customer against any claim that it does.

### 10. Liability

10.1 Neither party is liable for loss of profit or for indirect loss.

10.2 Each party's total liability under the Order Form is limited to twice the Total Order Value. This limit does not apply to clause 5.5, to clause 9.2 or to death or personal injury caused by negligence.

### 11. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disaster, epidemic or government action, provided it notifies the other party promptly and resumes performance as soon as possible.

### 12. Governing Law and Disputes

12.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final.

### 13. General

13.1 Notices must be in writing and sent to the addresses in the Order Form.

13.2 The Order Form and these General Terms are the entire agreement on their subject matter and may be changed only in writing signed by both parties.

13.3 Neither party may assign the Order Form without the other party's prior written consent, except that Provider may assign it to a successor to its business that accepts all of its obligations.

13.4 The Order Form and these General Terms are written in English, and a Chinese translation will be provided for reference. If the two versions differ, the English version prevails.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03  Spanish vendor (Zaragoza): cold-store sensors for a produce logistics park, buyer's paper, .docx with a Word
#      price table, "Section N.N", compliant
# ----------------------------------------------------------------------------------------------------------------
E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. SGNC-PUR-2025-077
P:Buyer: Shouguang Nongchang Agricultural Products Logistics Park Co., Ltd., No. 1 Nongsheng Road, Shouguang, Shandong, People's Republic of China (the "Buyer").
P:Supplier: Sensofrío Industrial, S.L., Calle de María Zambrano 31, 50018 Zaragoza, Spain (the "Supplier").
P:The Buyer operates twelve cold-storage rooms and four ammonia refrigeration plant rooms for fruit and vegetables at its logistics park. Following its invitation to bid, the Buyer has selected the Supplier to supply, install and commission a wireless temperature, humidity and ammonia-leak monitoring system. This contract is on the Buyer's standard terms for equipment purchases.
H:Section 1 Scope
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install it at the Buyer's site, calibrate every sensor, configure alarms and the monitoring software, connect alarms to the Buyer's duty telephones and to the existing refrigeration control panels, and train the Buyer's staff.
P:1.2 The Supplier shall deliver all equipment within 50 days after the Effective Date and complete installation and commissioning within 80 days after the Effective Date.
P:1.3 All equipment shall be new, of the models stated in the Supplier's bid, and shall carry the certificates required in China for gas-detection and radio equipment.
P:1.4 The Supplier shall deliver a site survey and installation plan within 20 days after the Effective Date, showing the position of every sensor, detector and gateway, the cable routes for the alarm connections and the work schedule. The plan requires the Buyer's written approval before installation starts.
P:1.5 Installation in cold rooms shall be scheduled with the Buyer's warehouse manager so that stock is not exposed to temperature excursions, and all work in the ammonia plant rooms shall follow the Buyer's hot-work and gas-safety permits.
P:1.6 The Buyer shall provide power outlets at the gateway positions, network access to its server and a contact person for the site.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,125,000, fixed, including delivery to site, import duties, taxes, installation, calibration and training. At the Buyer's request all prices are in CNY. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67|320|1,150|368,000
TB:2|Ammonia leak detector with local alarm|24|9,800|235,200
TB:3|LoRa gateway with 4G backup|12|14,600|175,200
TB:4|Monitoring software, perpetual site licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||964,400
TB:5|Installation, calibration and commissioning|1 lot|142,000|142,000
TB:6|Training of operators and maintenance staff|1 lot|18,600|18,600
TB:|Contract Price|||1,125,000
P:2.2 No other charges are payable by the Buyer for the scope in Section 1.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 112,500) within 15 working days after the Effective Date, against an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 618,750) within 15 working days after all equipment has been installed and the Installation Certificate has been signed. The Installation Certificate confirms installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 393,750) within 15 working days after Final Acceptance.
P:3.4 Each payment is made by bank transfer against a valid invoice and, for the first payment, the advance-payment guarantee, which shall remain valid until the Installation Certificate is signed.
H:Section 4 Delivery and Delay
P:4.1 Delivery is DAP the Buyer's site. Risk passes to the Buyer on signature of the delivery note; title passes on payment under Section 3.2.
P:4.2 If the Supplier fails to deliver or to complete commissioning by the dates in Section 1.2, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests shall be carried out jointly after commissioning and shall show that: (a) every temperature sensor reads within ±0.3 °C of a calibrated reference at two set points; (b) every ammonia detector raises a local and a remote alarm within 30 seconds when exposed to test gas; (c) the gateways deliver at least 99% of sensor messages over a 14-day test run; (d) alarms reach the duty telephones within 60 seconds; and (e) the monitoring software produces the daily temperature records required for the Buyer's food-safety files.
P:5.2 The Buyer shall sign the Final Acceptance Certificate, or give a written list of failures, within 7 working days after the tests. Installation, use of the system or any payment is not acceptance.
P:5.3 If any test fails, the Supplier shall correct the failure at its own cost and the failed tests shall be repeated. Documents to be delivered before Final Acceptance include calibration certificates for every sensor, wiring drawings, the user manual in Chinese and the spare-parts list.
H:Section 6 Warranty
P:6.1 The Supplier warrants all equipment and the software for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment, recalibrate sensors once a year and supply software updates, all free of charge.
P:6.2 Spare sensors and detectors equal to 5% of the installed quantity shall be kept at the Buyer's site during the warranty period at the Supplier's cost.
P:6.3 Any equipment replaced under warranty carries a new warranty until the later of the end of the original warranty period and six months after replacement. Sensor batteries that fail before the end of the warranty period are replaced free of charge.
P:6.4 The Supplier shall visit the site twice a year during the warranty period to inspect the system, check alarm paths end to end and report the results to the Buyer in writing.
H:Section 7 Support Levels
P:7.1 Severity 1 means an ammonia detector, a gateway or the alarm path is out of service. The Supplier shall respond within 1 hour, arrive on site within 24 hours and restore service within 36 hours.
P:7.2 Severity 2 means a temperature sensor or a software function has failed. The Supplier shall respond within 8 hours and fix it within 5 working days.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 time, it shall pay the Buyer CNY 600, deducted from any sum due.
H:Section 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may order support for the equipment and software. The annual support fee shall not exceed 7% of the Hardware and Licence Subtotal (CNY 67,508 per year) and is fixed for the first two years after the warranty period. Any later change requires the written agreement of both parties.
P:8.2 Support is ordered by purchase order each year and does not renew automatically.
H:Section 9 Data
P:9.1 All measurements, alarm records and logs produced by the system belong to the Buyer. The Supplier shall use them only to perform this contract.
P:9.2 The monitoring software runs on the Buyer's server in its own machine room. The Supplier shall access it remotely only with the Buyer's approval for each session, through an account provided by the Buyer, and shall not copy data out of the Buyer's systems.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or its data and shall be responsible for losses caused by its failure to comply with this Section 9.
H:Section 10 Confidentiality
P:The Supplier shall keep confidential all information about the Buyer's site, customers, stock and systems received under this contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this contract.
H:Section 11 Intellectual Property
P:11.1 The alarm configurations, site drawings, dashboards and interface settings prepared for the Buyer belong to the Buyer, who may use and modify them and give them to any other contractor.
P:11.2 The monitoring software and the firmware remain the property of their owners and are licensed to the Buyer perpetually.
H:Section 12 Liability
P:The Supplier's total liability under this contract shall not exceed 200% of the Contract Price. This limit does not apply to death or personal injury, to fraud or to breach of Sections 9 and 10.
H:Section 13 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any subcontractor.
H:Section 14 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under Section 4.2 reach their maximum.
H:Section 15 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:Section 16 Signatures
P:For the Buyer: ____________________  For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04  Andorran vendor (Andorra la Vella): managed guest Wi-Fi and IT service desk for six hotels, .md with schedules
#      as tables, numbered clauses
#      risky: automatic renewal with a unilateral increase (CR-AUTO-RENEWAL), no termination for breach (CR-TERMINATION)
# ----------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED SERVICES AGREEMENT

**Agreement reference:** MSA-HN-2025-06

**Between**

**Sanya Haiyun Hotel Management Co., Ltd.**, a company registered in the People's Republic of China, Yalong Bay Road 88, Sanya, Hainan ("Customer"), and

**Pirineu Hospitality Networks, S.L.U.**, a company registered in the Principality of Andorra, Avinguda Meritxell 112, AD500 Andorra la Vella, Andorra ("Provider").

**Recitals**

(A) Customer manages six resort hotels in Sanya with a total of 1,860 guest rooms.

(B) Provider runs guest Wi-Fi networks and IT service desks for hotels and resorts and has agreed to manage the guest Wi-Fi, the back-office network and the IT service desk of Customer's hotels on the terms of this Agreement.

**It is agreed as follows.**

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.

1.3 "Initial Term" means 24 months from the Service Commencement Date.

1.4 "Monthly Service Charge" means the charge in Schedule 2.

1.5 "Customer Data" means all guest registration data, Wi-Fi login records, device identifiers, network logs and service-desk tickets processed by Provider for Customer.

## 2. Services

2.1 Provider shall provide the Services from the Service Commencement Date for the Initial Term and any renewal term.

2.2 Provider shall use the access points, switches and controllers already installed in Customer's hotels, which remain Customer's property, and shall supply the monitoring platform, the guest portal and the service-desk tools.

2.3 Provider shall keep a Mandarin-speaking service desk open 24 hours a day, every day, and one resident engineer in Sanya during business hours.

2.4 Provider shall carry out firmware updates and configuration changes only in maintenance windows agreed with each hotel's IT manager, normally between 02:00 and 05:00, and shall keep a change log that Customer may inspect at any time.

2.5 Customer shall give Provider's engineers access to its hotels and equipment rooms when needed, provide the network connections for the monitoring platform and keep the installed equipment under its manufacturers' support. Replacement of failed equipment is at Customer's cost unless the failure was caused by Provider.

2.6 Provider shall attend a monthly service review with Customer's IT director and present the monthly service report, open incidents, capacity trends and planned changes.

2.7 Provider shall keep the runbooks and network documentation up to date and give Customer a current copy each quarter.

## 3. Term and Renewal

3.1 This Agreement starts on signature and continues for the Initial Term.

3.2 At the end of the Initial Term this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

3.3 Provider may increase the Monthly Service Charge for any renewal term by up to 8% by written notice given at least 60 days before the renewal term starts. Customer's agreement to the increase is not required.

## 4. Transition and Acceptance

4.1 Provider shall complete the transition in Schedule 1, Part B within 45 days after signature.

4.2 Transition is accepted when: (a) all six hotels are monitored on Provider's platform with every access point visible; (b) the guest portal authenticates guests by room number and surname against Customer's property management system; (c) a 7-day parallel run shows the Service Levels in Schedule 3 being met; and (d) the runbooks and network documentation are delivered. Customer shall then sign the Transition Acceptance Certificate within 5 working days.

4.3 Use of the Services during the transition is not acceptance.

4.4 If the Service Commencement Date is delayed beyond the 45 days for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## 5. Charges and Payment

5.1 Customer shall pay the charges in Schedule 2. The transition fee is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears.

5.2 No amount is payable in advance. Invoices are payable within 30 days.

5.3 At Customer's request all charges are stated and paid in CNY and include taxes.

## 6. Service Levels

6.1 Provider shall meet the Service Levels and pay the service credits in Schedule 3.

6.2 Service credits are deducted from the next invoice and do not limit Customer's other remedies for a breach.

## 7. Customer Data and Data Security

7.1 Customer Data belongs to Customer. Provider shall process it only on Customer's instructions and only to provide the Services, and shall not use it for any other purpose.

7.2 Customer Data is hosted in mainland China. Provider shall comply with the Personal Information Protection Law and the Cybersecurity Law, keep guest login records for the period the law requires, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs.

7.3 Provider shall notify Customer within 6 hours of any security incident affecting Customer Data and shall bear the losses, fines and costs of notifying guests that result from an incident caused by Provider.

## 8. Confidentiality

Each party shall keep confidential the other party's non-public information, including Customer's guest numbers, prices and network design, and shall not disclose it to any third party without prior written consent, during this Agreement and for three years afterwards.

## 9. Intellectual Property

9.1 The network designs, configurations, runbooks and reports prepared for Customer belong to Customer, who may use and modify them and give them to any successor provider.

9.2 Provider's platform, portal software and tools remain Provider's property.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent.

## 11. Liability

11.1 Neither party is liable for indirect loss or loss of profit.

11.2 Provider's total liability under this Agreement is limited to 150% of the total charges payable for the Initial Term, except for breach of clause 7 and for death or personal injury, which are unlimited.

## 12. Duration of Commitment and Remedies

12.1 Neither party may terminate this Agreement before the end of the Initial Term or of a renewal term, whatever the cause, except under clause 3.2 by notice of non-renewal.

12.2 If Provider fails to perform the Services, Customer's remedies are the service credits in Schedule 3, damages under clause 11 and an order for performance; Customer may not terminate this Agreement on that ground.

12.3 On expiry Provider shall give Customer up to 60 days of exit assistance at the rates in Schedule 2.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Haikou Arbitration Commission for arbitration in Haikou.

## 14. General

14.1 Notices must be in writing and sent to the addresses above by courier or e-mail.

14.2 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter and may be changed only in writing signed by both parties.

14.3 Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 - Services

| Part | Service | Description |
|---|---|---|
| A | Guest Wi-Fi | monitoring of 2,140 access points and 96 switches, guest portal, bandwidth management per room |
| A | Back-office network | monitoring of office, point-of-sale and camera networks, firewall rule changes on request |
| A | IT service desk | first-line support for hotel staff and guests by telephone, chat and WeChat |
| A | Reports | monthly service report and quarterly capacity review |
| B | Transition | discovery of all devices, import into the platform, portal integration with the property management system, runbooks |

## Schedule 2 - Charges

| Charge | Amount (CNY) |
|---|---|
| Transition fee (one-off) | 48,000 |
| Monthly Service Charge (six hotels) | 58,000 |
| Monthly Service Charges for the Initial Term (24 months) | 1,392,000 |
| Total charges for the Initial Term | 1,440,000 |
| Exit assistance, per engineer day | 2,600 |

## Schedule 3 - Service Levels and Credits

| Measure | Service Level | Credit if missed |
|---|---|---|
| Guest Wi-Fi availability per hotel, per month | 99.95% | 5% of that hotel's share of the Monthly Service Charge for each 0.1 point below |
| Priority 1 (whole hotel without Wi-Fi or service desk down): response | 15 minutes | CNY 1,000 per 30 minutes late |
| Priority 1: restoration | 3 hours | CNY 2,000 per hour late |
| Priority 2 (one floor or one function down): response | 1 hour | CNY 300 per hour late |
| Service-desk calls answered within 60 seconds, per month | 90% | 2% of the Monthly Service Charge |
"""

# ----------------------------------------------------------------------------------------------------------------
# e05  Gibraltar vendor: reefer-shipping data API subscription, .txt, UPPER-CASE headings
#      only finding: the law of Gibraltar and the Gibraltar courts, chosen by the vendor (CR-GOVERNING-LAW, low)
# ----------------------------------------------------------------------------------------------------------------
E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: SR-API-2025-0385

THIS AGREEMENT is made between:

STRAITREEF DATA LIMITED, a company incorporated in Gibraltar with its registered office at Suite 7, Europort Building 4, Gibraltar GX11 1AA ("Provider"); and

GUANGZHOU GUOXIANG FRUIT IMPORT AND EXPORT CO., LTD., a company incorporated in the People's Republic of China with its registered office at No. 16 Jiangnan West Road, Haizhu District, Guangzhou, Guangdong ("Customer").

BACKGROUND

(A) Customer imports fresh fruit from South America, South Africa and Southeast Asia in refrigerated containers and needs reliable data on vessel positions, container temperatures, port congestion and estimated arrival times to plan customs clearance, cold storage and sales.

(B) Provider operates the StraitReef data service, which collects and cleans data from shipping lines, port authorities and container telematics, and makes it available through an application programming interface (the "API").

(C) The parties wish to record the terms on which Customer subscribes to the API.

1. DEFINITIONS

1.1 "Service" means access to the API endpoints listed in Schedule 1, the web dashboard and the documentation.

1.2 "Subscription Year" means the period starting on the Go-Live Date, and each later period starting on an anniversary of the Go-Live Date, in each case ending on the day before the next anniversary.

1.3 "Go-Live Date" means the date on which Customer signs the integration acceptance note under clause 4.

1.4 "Customer Data" means the container numbers, bills of lading, booking references, supplier names, arrival plans and any other data that Customer sends to the Service, and all results produced from queries made by Customer.

1.5 "Provider Data" means the shipping, port and telematics data that Provider collects from its own sources and makes available through the Service.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Term, a non-exclusive, non-transferable right to call the API and use the dashboard for Customer's internal business, including sharing results with its customs broker and logistics providers for Customer's shipments.

2.2 The subscription covers up to 600 tracked containers at any time and up to 2,000,000 API calls per Subscription Year. Calls above that volume are charged under clause 5.3.

2.3 Provider may update the API, provided that it gives Customer at least 90 days' notice of any change that removes a field or an endpoint listed in Schedule 1.

3. TERM

3.1 This Agreement starts on signature and the subscription runs for two Subscription Years from the Go-Live Date (the "Term").

3.2 This Agreement does not renew automatically. The parties may agree an extension in writing before the end of the Term.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Within 20 days after signature Provider shall issue test credentials, deliver the mapping of Customer's shipment list to the API, and support Customer's IT team in connecting the API to Customer's logistics planning system.

4.2 Integration acceptance takes place when: (a) the production API returns positions and reefer temperatures for a test list of 50 live containers; (b) 95% of calls in a 7-day test complete in less than 800 milliseconds; (c) estimated arrival times for the test list are refreshed at least every 2 hours; and (d) the dashboard shows Customer's containers with temperature alarms. Customer shall sign the integration acceptance note, or list the failed items, within 5 working days after the test.

4.3 If Provider fails to issue production credentials within 30 days after signature for reasons attributable to it, Provider shall pay Customer CNY 300 for each day of delay.

5. FEES AND PAYMENT

5.1 At the Customer's request all fees are priced and payable in CNY, inclusive of taxes. The fees are:
   Subscription fee per Subscription Year: CNY 186,000
   Subscription fees for the Term (two Subscription Years): CNY 372,000
   Onboarding and integration support (one-off): CNY 14,000
   Total fees for the Term: CNY 386,000

5.2 The subscription fee is invoiced quarterly in arrears in equal instalments of CNY 46,500. The onboarding fee is invoiced after the Go-Live Date. Nothing is payable in advance. Invoices are payable within 30 days.

5.3 API calls above the annual volume in clause 2.2 are charged at CNY 60 per 10,000 calls, invoiced with the next quarterly invoice.

5.4 The fees are fixed for the Term.

6. SERVICE LEVELS

6.1 Provider shall keep the API available at least 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 Provider shall respond to support requests as follows: Priority 1 (API unavailable or returning wrong data for all containers) within 30 minutes, at any time; Priority 2 (one endpoint or some containers affected) within 2 hours during business hours; Priority 3 (questions) within 2 business days.

6.3 If availability in a month is below the level in clause 6.1, Customer receives a service credit of 5% of the quarterly instalment for each 0.1 percentage point or part of it below that level, up to half of the instalment. If Provider misses a Priority 1 response time, Customer receives a credit of CNY 500 for each incident.

6.4 Service credits are deducted from the next invoice and do not prevent Customer from claiming damages.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service to Customer and shall not use it, in identifiable, aggregated or any other form, for any other purpose, including its own products, benchmarks or sale to third parties.

7.2 Provider shall protect Customer Data with encryption in transit and at rest, API keys restricted to Customer's IP addresses, role-based access for its staff and logging of all access, and shall hold a current ISO/IEC 27001 certificate for the Service.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and provide the information Customer needs for any report to the authorities.

7.4 Provider is responsible for, and shall compensate Customer for, all losses, costs and fines resulting from a security incident caused by Provider's breach of this clause 7.

7.5 At the end of the Term Provider shall return Customer Data on request and then delete it, and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's suppliers, volumes and prices and Provider's technical documentation, and shall use it only for this Agreement.

8.2 This clause survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider Data, the API and the dashboard remain the property of Provider and its licensors.

9.2 The shipment-list mappings, alarm rules and reports that Provider sets up for Customer, and all results obtained by Customer through the Service, belong to Customer, who may use, modify and share them with third parties without restriction.

10. SUBCONTRACTING

Provider shall not subcontract the performance of this Agreement, other than the hosting of the Service with the cloud provider named in Schedule 1, without Customer's prior written consent. Provider remains responsible for its subcontractors.

11. LIABILITY

11.1 Neither party is liable for loss of profit, loss of business or indirect loss.

11.2 Provider's total liability under this Agreement is limited to 150% of the total fees for the Term stated in clause 5.1. This limit does not apply to clause 7.4, to fraud or to death or personal injury.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 Customer may also terminate by written notice if availability falls below 99% in two consecutive months.

12.3 On termination by Customer under this clause, Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of Gibraltar.

13.2 The courts of Gibraltar have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

14. GENERAL

14.1 Notices must be in writing in English and sent by courier or e-mail to the addresses above.

14.2 This Agreement, with its Schedule, is the entire agreement between the parties on its subject matter. Changes must be in writing and signed by both parties.

14.3 Neither party may assign this Agreement without the other party's prior written consent.

14.4 If any provision of this Agreement is held invalid, the other provisions remain in force and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.

SCHEDULE 1 - SERVICE DESCRIPTION

Endpoints: vessel position; container position and reefer temperature; port congestion index for 42 ports; estimated time of arrival with confidence band; temperature-alarm webhook.
Hosting: Alibaba Cloud, Shenzhen region, with a backup copy in the Guangzhou region.
Support: English and Mandarin, by e-mail and telephone.

SIGNED for and on behalf of Provider: ____________________  Name: ____________  Date: ____________

SIGNED for and on behalf of Customer: ____________________  Name: ____________  Date: ____________
"""

# ----------------------------------------------------------------------------------------------------------------
# files, labels
# ----------------------------------------------------------------------------------------------------------------
NAMES = {
    "z01": ("h433z01_education_bureau_student_aid_platform.pdf", "zh", Z01),
    "z02": ("h433z02_glass_bottle_forming_machine_controls_retrofit.docx", "zh", Z02),
    "z03": ("h433z03_pet_hospital_chain_records_saas.txt", "zh", Z03),
    "z04": ("h433z04_meteorological_forecast_system_annual_om.txt", "zh", Z04),
    "z05": ("h433z05_sausage_plant_energy_monitoring_supplier_template.md", "zh", Z05),
    "e01": ("h433e01_furniture_maker_wms_licence_pt_vendor.pdf", "en", E01),
    "e02": ("h433e02_bakery_chain_planning_saas_order_form_mt_vendor.md", "en", E02),
    "e03": ("h433e03_produce_park_cold_store_sensors_es_vendor.docx", "en", E03),
    "e04": ("h433e04_hotel_group_managed_wifi_service_ad_vendor.md", "en", E04),
    "e05": ("h433e05_fruit_importer_reefer_data_api_gi_vendor.txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")

# design: category, term overrides, extra, TCO inputs (fee base, fee per year) and whether the forum is outside mainland
D = {
    "z01": dict(category="software", value=1776000,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                       contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False),
                parts=[860000, 640000, 180000, 96000], pays=[355200, 799200, 621600],
                fee_year=68800, forum_outside=False, design=[]),
    "z02": dict(category="hardware", value=1731000,
                t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=20, acceptance_clause=False,
                       final_payment_on_acceptance=False, warranty_months=18, post_warranty_fee_pct=9,
                       termination_for_breach=False, contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=True),
                parts=[936000, 291000, 126000, 168000, 186000, 24000], pays=[346200, 865500, 432750, 86550],
                fee_year=136890, forum_outside=False, design=["CR-ACCEPTANCE", "CR-TERMINATION"]),
    "z03": dict(category="cloud", value=1094400,
                t=dict(availability_pct=99.5, p1_response_hours=0.5, data_security_clause=False,
                       ld_rate_per_day_pct=800 / 1094400 * 100, liability_cap_pct=200),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                parts=[3 * 16 * 19800, 126000, 18000], pays=[12 * 79200, 126000, 18000],
                forum_outside=False, design=["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"]),
    "z04": dict(category="services", value=586000,
                t=dict(availability_pct=99.98, p1_response_hours=0.25, sla_remedy=False,
                       subcontract_without_consent=True),
                x=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False),
                parts=[418000, 96000, 52000, 20000], pays=[4 * 146500],
                forum_outside=False, design=["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "z05": dict(category="software", value=760000,
                t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                       ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50,
                       final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=35,
                       subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False),
                parts=[420000, 260000, 68000, 12000], pays=[380000, 319200, 60800],
                fee_year=147000, forum_outside=False,
                design=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                        "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(category="software", value=1364000,
                t=dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=50, prepayment_pct=20,
                       final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=None,
                       contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                       acceptance_deemed_on_delivery=False),
                parts=[486000, 60 * 6200, 96000, 318000, 64000, 28000], pays=[272800, 750200, 341000],
                fee_year=None, forum_outside=False, design=["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE"]),
    "e02": dict(category="cloud", value=564000,
                t=dict(sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=450 / 564000 * 100,
                       liability_cap_pct=200),
                x=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False),
                parts=[2 * 264000, 36000], pays=[8 * 66000, 36000],
                forum_outside=False, design=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": dict(category="hardware", value=1125000,
                t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                       final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                       contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False),
                parts=[320 * 1150, 24 * 9800, 12 * 14600, 186000, 142000, 18600], pays=[112500, 618750, 393750],
                fee_year=67508, forum_outside=False, design=[]),
    "e04": dict(category="services", value=1440000,
                t=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=1200 / 1440000 * 100,
                       liability_cap_pct=150, auto_renewal_price_increase=True, termination_for_breach=False),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                parts=[24 * 58000, 48000], pays=[24 * 58000, 48000],
                forum_outside=False, design=["CR-AUTO-RENEWAL", "CR-TERMINATION"]),
    "e05": dict(category="cloud", value=386000,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=300 / 386000 * 100,
                       liability_cap_pct=150, governing_law="Gibraltar"),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                parts=[2 * 186000, 14000], pays=[8 * 46500, 14000],
                forum_outside=True, design=["CR-GOVERNING-LAW"]),
}
LICENCE_BASE = {"z01": 860000, "z02": 1521000, "z05": 420000, "e01": 954000, "e03": 964400}


def tco_share(key):
    """policy section 4: horizon 5 years from acceptance, warranty from acceptance, fee base = itemised subtotal."""
    d = D[key]
    if d["t"].get("contract_kind") != "goods_or_licence" or d.get("fee_year") is None:
        return None
    post_years = max(0.0, 5 - d["t"]["warranty_months"] / 12)
    fees = post_years * d["fee_year"]
    return fees / (d["value"] + fees) * 100


def derive_rules(key, t, x):
    """My own reading of policy.md section 3 applied to a label (not project code)."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or D[key]["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    name, lang, _ = NAMES[key]
    d = D[key]
    t = dict(BASE)
    t.update(d["t"])
    x = dict(d["x"])
    x["contract_value"] = d["value"]
    terms = {k: t[k] for k in TERM_KEYS}
    rules = derive_rules(key, terms, x)
    assert rules == sorted(d["design"]), (key, rules, d["design"])
    return {"file": name, "language": lang, "category": d["category"], "expected_terms": terms,
            "expected_extra": x, "expected_rules": rules}

# ----------------------------------------------------------------------------------------------------------------
# threshold figures: no label on a threshold, no threshold figure anywhere in the text
# ----------------------------------------------------------------------------------------------------------------
ND = r"(?<![\d.])"  # no digit or decimal point before
PATTERNS = [
    ND + r"99\.90*(?!\d)\s*%?",                     # availability 99.9
    ND + r"0?\.050*(?!\d)\s*%",                     # LD 0.05 %
    r"万分之五(?!十)", r"万分之0?\.?5(?!\d)",
    ND + r"4\s*(?:个)?\s*(?:小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![十二])四\s*(?:个)?\s*小时",
    r"(?<![a-z])four[\s-]*hours?", ND + r"240\s*(?:分钟|min)",
    ND + r"100(?:\.0+)?\s*%", r"百分之(?:一)?百", r"(?<![a-z])one hundred per\s*cent",
    ND + r"30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成", r"(?<![a-z])thirty per\s*cent",
    ND + r"12\s*(?:个月|months?\b|-month)", r"(?<![二])十二\s*个月", r"(?<![a-z])twelve[\s-]*months?",
    r"(?<![十\d])一年", r"(?<![a-z])one[\s-]*year", ND + r"1\s*years?\b",
    ND + r"15(?:\.0+)?\s*%", r"百分之十五", r"(?<![a-z])fifteen per\s*cent",
    ND + r"40(?:\.0+)?\s*%", r"四成", r"百分之四十", r"(?<![a-z])forty per\s*cent",
    ND + r"5\s*(?:年|years?\b|-year)", r"(?<![十\d二〇零])五年", r"(?<![a-z])five[\s-]*years?",
    ND + r"60\s*(?:个月|months?\b|-month)", r"六十个月", r"(?<![a-z])sixty[\s-]*months?",
]
# for whitespace-free text: the same figures without word-boundary look-arounds
PATTERNS_NOSPACE = [
    ND + r"99\.90*(?!\d)", ND + r"0?\.050*(?!\d)%", r"万分之五(?!十)",
    ND + r"4-?(?:个)?(?:小时|hours|hour|hrs)", r"(?<![十二])四(?:个)?小时", r"fourhour", ND + r"240(?:分钟|min)",
    ND + r"100(?:\.0+)?%", r"百分之(?:一)?百", r"onehundredpercent",
    ND + r"30(?:\.0+)?%", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirtypercent",
    ND + r"12-?(?:个月|month)", r"(?<![二])十二个月", r"twelvemonth",
    r"(?<![十\d])一年", r"oneyear", r"onesubscriptionyear", ND + r"1-?year",
    ND + r"15(?:\.0+)?%", r"百分之十五", r"fifteenpercent",
    ND + r"40(?:\.0+)?%", r"四成", r"百分之四十", r"fortypercent",
    ND + r"5-?(?:年|year)", r"(?<![十\d二〇零])五年", r"fiveyear",
    ND + r"60-?(?:个月|month)", r"六十个月", r"sixtymonth",
]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "0.05 %", "万分之五", "4小时", "4 小时", "四小时", "4 hours", "four hours",
            "240分钟", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months",
            "twelve months", "一年", "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months",
            "5 years", "4-hour", "1 year", "fifteen per cent"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.98%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "14小时", "14 hours", "99.5%", "35%", "50%", "8%", "120%", "112个月", "十八个月", "二十四个月",
             "2015年", "45%", "0.055%", "12小时", "12 hours", "三十日", "每年", "once a year", "Subscription Year",
             "2,140", "1,050 %", "十五日", "二〇二五年"]


def hits(text):
    out = []
    for pat in PATTERNS:
        out += [m.group(0) for m in re.finditer(pat, text, re.I)]
    return out


def hits_nospace(text):
    out = []
    for pat in PATTERNS_NOSPACE:
        out += [m.group(0) for m in re.finditer(pat, text, re.I)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
        assert hits_nospace(re.sub(r"\s+", "", s)), ("must hit (no space)", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))
        assert not hits_nospace(re.sub(r"\s+", "", s)), ("must miss (no space)", s, hits_nospace(s))


def scan(name, text):
    found = hits(text) + hits(re.sub(r"\s+", " ", text)) + hits_nospace(re.sub(r"\s+", "", text))
    assert not found, (name, sorted(set(found)))


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


# ----------------------------------------------------------------------------------------------------------------
# read back
# ----------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                cells = []
                for c in row.cells:
                    if c.text not in cells[-1:]:
                        cells.append(c.text)
                parts.append(" ".join(cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(lang, text):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (name, lang, src) in NAMES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, report = set(), []
    for key, (name, lang, src) in NAMES.items():
        d = D[key]
        assert sum(d["parts"]) == d["value"], (key, "parts")
        assert sum(d["pays"]) == d["value"], (key, "payments")
        lab = label(key)
        t = lab["expected_terms"]
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(key)
        if share is not None:
            assert abs(share - 40) > 2, (key, "TCO share", share)
        scan(key + " source", src)
        text = read_back(OUT / name)
        scan(key + " built", text)
        a, b = length(lang, text)
        if lang == "zh":
            assert 2750 <= a <= 3000, (key, "length", a, b)
        else:
            assert 1450 <= a <= 1650, (key, "words", a)
        body = json.dumps(lab, ensure_ascii=False, indent=1)
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(body, encoding="utf-8")
        covered |= set(lab["expected_rules"])
        report.append((name, lang, a, b, lab["expected_rules"], risk(lab["expected_rules"]),
                       None if share is None else round(share, 1)))
    all_rules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert covered == all_rules, sorted(all_rules - covered)
    for row in report:
        print(*row, sep=" | ")


if __name__ == "__main__":
    main()
