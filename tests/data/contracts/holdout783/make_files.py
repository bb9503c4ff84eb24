"""holdout783: builds the ten blind held-out drafts from the sources below, writes their .json labels and checks them.

Run from this folder with /work/main/.venv/bin/python -B make_files.py. The .txt/.md drafts are written as they stand;
the .docx and .pdf drafts go through ../word_pdf.py (markup T:/H:/P:/TB:, PDFs broken at word boundaries). The labels
are derived from TERMS/EXTRA; the expected rules come from derive() (my reading of policy section 3) and must equal the
design list DESIGN. check() asserts price sums, lengths as read back, coverage of all 20 rules, no label value on a
policy threshold and no threshold figure in any built text (regex self-tested first).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

SOURCES = {}
SOURCES["z01"] = """\
T:淤地坝与塘坝安全监测平台采购合同
P:合同编号：SLJ-ZC-2026-0417　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市水利局
P:乙方（供应商）：某某水利信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，经双方协商一致，就淤地坝与塘坝安全监测平台的软件许可及定制开发事宜，签订本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供安全监测平台软件许可一套（含数据汇聚、预警研判、巡查管理、移动端等模块），许可为永久许可，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括全市326座淤地坝、1,184座塘坝的一坝一档、渗压及位移监测曲线、水位超限分级预警、防汛值班联动和省级平台数据上报接口。
P:1.3 乙方负责数据对接与部署，将既有雨水情监测站、视频监控点接入平台，并完成历史台账数据的清洗与导入。
P:1.4 平台部署在甲方政务云资源上，由甲方提供云主机和网络环境，乙方负责中间件、数据库的安装配置及性能调优。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零陆万元整（¥2,060,000），其中：平台软件许可费¥1,160,000；定制开发费¥684,000；数据对接与部署费¥178,000；培训费¥38,000。
P:2.2 本合同为固定总价合同，监测点数量在投标清单基础上增减不超过5%的，合同总价不作调整。
P:2.3 上述价款已包含税费、差旅、第三方组件及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政国库集中支付程序付款。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署和定制开发，并提交初验申请；初验通过后进入试运行，试运行期为三个月。
P:4.2 汛期前（每年5月31日前）须完成塘坝水位预警模块的上线，乙方应合理安排人员，不得以其他项目为由拖延。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；已接入监测点数据完整率不低于98%；单次预警从数据入库到短信推送不超过60秒；200个并发用户下页面响应时间不超过3秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期间无一级故障；试运行报告、用户手册、源代码及部署文档齐全；经甲方组织的专家组评审合格并出具书面验收报告。
P:5.3 系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、巡检和技术支持。
P:6.2 平台月可用率不低于99.95%（计划内维护时间除外，计划维护应提前三日通知甲方）。
P:6.3 一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内解决。
P:6.4 乙方响应或恢复超时的，每超时一小时扣减违约金1,000元；月可用率每低于约定值0.01个百分点，扣减2,000元，从质保金或下期款项中扣除。
P:6.5 质保期满后，如甲方需要继续运维服务，年度服务费不超过软件许可费的9%（即每年不超过¥104,400），该价格在质保期满后三年内保持不变。维护合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件许可部分的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储的监测数据、工程台账及巡查记录均属于甲方所有，乙方仅为履行本合同目的使用，不得用于其他任何目的，也不得向第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实访问控制、日志审计和数据加密，运维操作须通过甲方堡垒机进行，不得将数据拷贝出甲方网络。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、水利工程信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并在项目结束时交回或销毁其持有的甲方资料。
P:9.3 保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 逾期超过60日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:10.3 乙方交付的软件存在缺陷，导致预警信息漏发、错发或延误，造成甲方损失的，乙方应予赔偿，并承担相应的整改费用。
P:10.4 甲方逾期付款的，按未付金额的万分之三每日支付违约金，但因财政资金拨付原因延迟的除外。
H:第十一条 分包
P:本项目不允许转包。乙方确需将非主体、非关键性工作分包的，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 本合同履行中的通知应以书面形式送达双方在本合同中载明的地址，一方变更联系方式的，应在变更后三日内书面告知对方。
P:13.3 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目实施与培训
P:14.1 乙方应组建不少于8人的项目团队，项目经理须具备水利信息化项目经验，未经甲方同意不得更换；项目经理每周向甲方提交进度周报，遇重大问题及时书面报告。
P:14.2 乙方应为甲方及各县区水利站提供操作培训和管理员培训，培训不少于6场，每场结束后进行考核，确保每个管理单位至少有2名人员能够独立使用平台。
P:14.3 乙方应在初验前提交系统设计说明书、数据库设计文档、接口说明、运维手册和应急预案；应急预案须包括汛期值守安排、短信通道故障时的替代通知方式和数据备份恢复步骤。
P:14.4 汛期（每年6月至9月）乙方应安排专人驻场值守，遇暴雨预警时实行24小时值班，驻场费用已含在合同总价中。
H:第十五条 其他
P:15.1 招标文件、投标文件、澄清文件及中标通知书为本合同组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日　　　　日期：　　年　　月　　日
"""

SOURCES["z02"] = """\
T:电池与电机装配线控制系统改造及维保合同
P:合同编号：PHC-SB-2026-088
P:甲方（买方）：某某智能平衡车制造有限公司
P:乙方（卖方）：某某自动化工程有限公司
P:甲方平衡车总装厂的电池包装配线和轮毂电机装配线已运行多年，控制系统老化、数据无法追溯。经询价比选，甲方确定由乙方承担两条产线控制系统的改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责电池包装配线（含电芯分选、模组堆叠、激光焊接、气密检测共4个工段）及轮毂电机装配线（含定子压装、磁钢装配、动平衡、终检共4个工段）的控制系统改造。
P:1.2 改造内容包括：更换PLC控制柜；新增伺服拧紧控制器及扭矩数据采集；新增电芯视觉检测工位；部署产线控制软件并与甲方现有MES系统对接，实现按整车序列号追溯电池包和电机的关键工艺参数。
P:1.3 改造须利用甲方停产窗口分段实施，每段停线时间不超过72小时，不得影响甲方正常交货。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾伍万元整（¥1,650,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜升级|6套|78,000|468,000
TB:2|伺服拧紧控制器|12套|26,500|318,000
TB:3|电芯视觉检测工位|4套|93,000|372,000
TB:4|产线控制软件许可（永久）|1套|256,000|256,000
TB:设备及软件小计|||| 1,414,000
TB:5|改造实施与联调|1项|212,000|212,000
TB:6|操作与维护培训|1项|24,000|24,000
TB:合同总价||||1,650,000
P:2.2 上述价格包含设备、软件、运输、安装、调试、税费及质保期内的服务费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 设备到货并经甲方清点签收后，甲方支付合同总价的45%；到货签收仅为数量确认，不构成质量验收。
P:3.3 两条产线改造完成并通过最终验收后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，在质保期满且无未决质量问题后十五个工作日内无息支付。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并在到货后60日内完成两条产线的改造和联调。
P:4.2 实施期间乙方人员应遵守甲方厂区的安全生产、防火和锂电池车间管理规定，动火作业须办理审批手续。
P:4.3 乙方应在进场前提交详细的实施方案，列明每个停线窗口的工作内容、回退方案和人员安排，经甲方生产部、设备部会签后执行。每个停线窗口结束前，乙方应完成单工段试运行，确认可恢复生产后方可撤场。
P:4.4 甲方负责提供施工用电、压缩空气、临时存放场地及MES系统接口文档，并指定一名项目联系人协调生产计划。
P:4.5 乙方交付的设备应为原厂全新产品，附合格证、装箱单和原厂质保凭证；进口部件应提供报关单据复印件。
P:4.6 乙方在锂电池车间作业时应配备防静电服和绝缘工具，作业区域设置警示标识；乙方人员违反甲方安全规定的，甲方有权责令其停止作业并更换人员。
P:4.7 拆除的旧控制柜、旧线缆归甲方所有，由乙方按甲方指定地点整理堆放，不得自行处置。
H:第五条 验收
P:5.1 验收标准：各工段节拍不低于改造前水平且电池包线达到每小时120件；拧紧扭矩数据采集完整并可按序列号查询；视觉检测漏检率低于0.2%；与MES对接的数据一致；连续生产15个工作日无因控制系统造成的停线。
P:5.2 乙方应在验收前完成不少于7个工作日的试生产，并提交试生产记录和问题整改清单。
P:5.3 验收由甲方组织，双方签署验收报告。产线恢复生产或甲方开始使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备和软件故障由乙方免费维修或更换。
P:6.2 故障分级及响应：一级故障（整线停机）乙方应在30分钟内电话响应，2小时内到达现场；二级故障（单工段停机）1小时内响应，8小时内到场；三级故障次日处理。
P:6.3 乙方响应或到场超时的，每超时一小时向甲方支付800元；同一故障72小时内未修复的，甲方可自行或委托他人修复，费用由乙方承担。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费为设备及软件小计的10%，即每年¥141,400，该费用在质保期满后三年内不上调。维保合同按年另行签订，不自动续期。
P:6.5 维保服务包括每季度一次预防性巡检、备品备件储备、PLC程序及软件版本升级、远程诊断支持，每次巡检后乙方应提交巡检报告和设备健康评估。
P:6.6 乙方应在验收前向甲方提交全部技术资料，包括电气原理图、PLC程序备份、参数清单、备件清单、操作规程和维护手册，纸质版两套、电子版一套。
P:6.7 乙方应为甲方培训设备操作人员和维修电工，培训内容包括日常点检、常见报警处理、程序备份恢复和拧紧参数调整，培训后由乙方组织考核。
H:第七条 知识产权
P:7.1 产线控制软件的著作权归乙方所有，甲方享有永久使用权。
P:7.2 乙方为本项目编写的PLC程序、HMI画面、MES接口程序及源代码归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 产线采集的工艺参数、扭矩曲线、检测图像及追溯数据均属于甲方，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程诊断须经甲方逐次审批并通过甲方提供的VPN接入，不得在乙方设备上留存甲方数据。
P:8.3 因乙方原因导致数据泄露或丢失的，乙方应在2小时内通知甲方并承担由此造成的损失。
P:8.4 乙方应对其接入甲方网络的笔记本电脑进行病毒查杀，禁止在产线控制网络中使用未经检查的移动存储介质。
H:第九条 保密
P:乙方对知悉的甲方工艺文件、产线布局、产能数据及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至该信息公开之日止。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方设备或软件不符合约定的，甲方有权要求更换、重做，由此产生的费用由乙方承担。
P:10.3 乙方人员在甲方厂区作业期间发生安全事故的，由乙方承担责任；造成甲方设备损坏或停产损失的，乙方应予赔偿。
P:10.4 甲方逾期付款的，按未付金额的万分之三每日支付违约金。
H:第十一条 分包
P:乙方可将电气安装、线槽敷设等辅助工作分包给具有相应资质的单位，但应在进场前书面通知甲方分包单位名称及人员名单。乙方对分包方的工作质量和安全负责。
H:第十二条 不可抗力及合同终止
P:12.1 因不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行。
P:12.2 不可抗力持续超过90日的，双方可协商终止合同，按已完成的工作量结算。
P:12.3 除前款情形外，本合同在双方义务履行完毕后终止。
H:第十三条 法律适用及争议解决
P:本合同适用中华人民共和国法律。发生争议时，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院起诉。
H:第十四条 其他
P:双方往来的通知、确认和会议纪要以书面形式为准，经双方项目负责人签字后作为本合同的补充文件。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备技术规格、实施计划、验收方案。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

SOURCES["z03"] = """\
连锁壁球馆预约及会员管理SaaS服务与实施合同

合同编号：BQ-SAAS-2026-031
甲方（客户）：某某壁球运动管理有限公司（旗下40家壁球馆）
乙方（服务商）：某某云场馆科技有限公司

甲方在全国经营40家连锁壁球馆，现有预约和会员系统分散在各门店，无法统一管理储值和课程。乙方向甲方提供场馆预约及会员管理SaaS服务并完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）SaaS服务
1. 乙方为甲方40家门店开通场馆预约及会员管理SaaS服务，功能包括：场地在线预约与候补、会员卡及储值管理、私教课和团课排期、教练课时结算、门店收银、营销券、经营报表和总部看板。
2. 服务以门店为单位开通，每家门店不限前台账号数量；甲方会员通过甲方微信小程序和公众号使用预约功能。
（二）实施服务
1. 乙方负责将甲方各门店现有会员资料、储值余额、剩余课时迁移到新系统，并逐店核对。
2. 乙方负责与门店闸机、灯控系统及甲方财务系统对接，实现预约到场自动开灯、离场自动关灯和日结数据自动推送。
3. 乙方为甲方定制小程序首页、会员等级规则和赛事报名页面。
4. 乙方为每家门店提供一次现场或远程培训，并为总部提供管理员培训；门店新员工入职后，乙方提供在线培训课程和操作手册。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自全部门店上线验收合格之日起算，以双方确认的上线验收报告日期为准；第二个服务年度自第一个服务年度届满次日起算；每个服务年度为一年。
（二）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期年度的服务费由乙方根据其当期价格政策确定并提前通知甲方，甲方未提出异议的视为同意。

三、费用及支付
（一）费用明细
1. SaaS服务费：每家门店每个服务年度9,600元，40家门店每个服务年度合计384,000元，两个服务年度合计768,000元。
2. 实施费（一次性）：146,000元，含数据迁移、系统对接、定制页面和培训。
3. 合同总价：914,000元（含税）。
（二）支付方式
1. 实施费在全部门店上线验收合格后十五个工作日内一次性支付。
2. 每个服务年度的SaaS服务费在该服务年度开始后十五个工作日内支付。
3. 乙方应在每次收款前开具增值税专用发票。
（三）门店数量在服务期内增加的，新增门店按每家门店每个服务年度9,600元按月折算；门店关闭的，自关闭次月起停止计费。

（四）乙方提供的支付通道对接应符合中国人民银行及第三方支付机构的规定，储值资金直接进入甲方账户，乙方不得归集、截留甲方及会员的任何资金。

四、实施与验收
（一）乙方应在合同签订后60日内完成全部门店的上线，分三批实施，每批上线前提交迁移核对表。
（二）验收标准：
1. 会员资料、储值余额、剩余课时迁移后与原系统逐条核对一致，差异为零；
2. 闸机、灯控、财务对接接口连续10日运行无数据丢失；
3. 高峰时段1,000名会员同时预约时，预约提交响应不超过2秒；
4. 合同约定的功能及定制页面全部实现。
（三）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。门店上线试用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方保证SaaS服务的月可用率不低于99.5%，计划内维护应安排在凌晨2点至6点之间并提前两日通知甲方。
（二）故障分级及响应时间：
1. 一级故障（全部或多家门店无法预约、收银）：30分钟内响应，3小时内恢复；
2. 二级故障（单店功能异常）：1小时内响应，8小时内解决；
3. 三级故障（一般咨询、报表问题）：次个工作日内处理。
（三）乙方应每月向甲方提供服务报告，列明可用率、故障次数、故障原因和处理情况，并就重复发生的故障提出改进措施。
（四）乙方提供7×24小时客服热线和在线工单渠道，周末及节假日门店营业高峰时段安排专人值班。
（五）乙方应为每家门店提供故障应急处理指引，在系统故障期间门店可使用离线登记方式接待会员，系统恢复后由乙方协助补录数据，确保会员储值和课时记录准确。

（五）乙方应每日对甲方数据进行全量备份，备份数据保存于境内不同可用区，恢复点目标不超过1小时；乙方每半年进行一次恢复演练，并将演练结果告知甲方。
（六）乙方对平台进行版本升级的，应提前五日通知甲方升级内容；涉及会员端界面或预约规则变化的，应事先征得甲方同意，不得影响门店营业高峰时段。

六、数据归属与数据安全
（一）甲方会员的个人信息、预约记录、消费及储值数据均属于甲方，乙方仅为向甲方提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应对会员手机号、身份证号等个人信息进行加密存储，按最小权限原则设置访问权限，保留访问日志不少于六个月，并遵守《个人信息保护法》的规定。
（三）发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成甲方或会员损失的，乙方承担赔偿责任。
（四）乙方对会员数据的查询和导出须经甲方授权并保留记录，乙方员工不得私自联系甲方会员进行营销。
（五）合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除，出具删除证明。

七、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、会员等级规则配置、对接程序及相关文档归甲方所有，甲方可自行使用、修改或交由第三方维护。

八、甲方责任
（一）甲方应指定总部项目负责人，协调各门店提供原系统数据、配合迁移核对和上线培训。
（二）甲方应在门店上线前组织员工参加培训，并按乙方提供的模板整理各门店会员资料。
（三）甲方应妥善保管其账号和密码，因甲方员工泄露账号造成的损失由甲方自行承担。
（四）甲方应按约定支付费用。甲方逾期付款超过30日的，乙方可书面催告，但不得因此删除甲方数据。

九、保密
双方对在合作中知悉的对方经营数据、价格、会员规模等商业秘密负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。

十、分包
乙方不得将本合同项下的服务分包或转包；确需委托第三方完成门店现场培训的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并要求乙方按比例退还未使用期间的服务费。
（二）合同解除或终止时，乙方应配合甲方完成数据迁出，迁出期间服务不得中断，最长不超过30日。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十三、其他
（一）本合同附件包括：功能清单、门店清单、数据迁移方案、上线验收方案和接口说明，附件与本合同具有同等效力。
（二）双方的通知以书面形式送达本合同首页载明的地址或双方项目负责人的电子邮箱，电子邮件发出即视为送达。
（三）本合同未尽事宜，双方可另行签订补充协议。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

SOURCES["z04"] = """\
家庭教育指导服务系统年度运维服务合同

项目编号：FL-CS-2026-012（竞争性磋商）
甲方（采购人）：某市妇女联合会
乙方（成交供应商）：某某信息系统服务有限公司

根据《中华人民共和国政府采购法》、本项目竞争性磋商文件及乙方响应文件，甲乙双方就家庭教育指导服务系统年度运维服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：家庭教育指导服务系统，包括家长学校课程平台、线上咨询预约、指导师管理、活动报名、微信公众号及小程序、统计分析后台，以及系统所依托的政务云主机、数据库和中间件。
（二）系统运维：日常监控、故障处理、数据库维护、备份检查、性能优化、操作系统和中间件补丁更新、小版本功能调整（每季度不超过40人日）。
（三）内容运维：协助甲方上架家庭教育课程视频和图文，维护全市132个社区家长学校、28个家庭教育指导站点信息，做好活动报名数据整理。
（四）安全运维：每月一次漏洞扫描和基线检查，配合甲方完成网络安全等级保护测评整改，重大活动及节假日期间加强值守。
（五）用户服务：为指导师和家长提供工作日电话及在线答疑，每季度为区县妇联工作人员组织一次操作培训。
（六）运维文档：建立和更新系统架构图、部署清单、账号清单、接口清单和运维手册，每季度更新一次并报甲方备案。
（七）统计支持：按甲方要求每月提供家长学校开课、咨询预约和活动报名的统计数据，配合甲方完成年度工作总结和上级部门数据报送。

第二条 服务期限
服务期为一年，自2027年1月1日起至2027年12月31日止。服务期满本合同终止，下一年度服务由甲方按政府采购程序另行确定。

第三条 服务费用
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），其中系统运维费236,000元，内容运维费98,000元，安全运维费52,000元。
（二）上述费用包括人员、差旅、工具软件、税费等全部费用，服务期内不作调整。

第四条 支付方式
（一）服务费按季度支付，每季度末经甲方考核合格后十五个工作日内支付当季服务费96,500元。
（二）季度考核得分低于80分的，按考核办法扣减当季服务费。
（三）乙方应在每次付款前开具增值税普通发票。

第五条 甲方义务
（一）甲方指定信息化工作负责人作为联系人，负责协调政务云、网络和各区县妇联的配合工作。
（二）甲方为驻场人员提供办公场所和必要的网络条件，并按约定支付服务费用。

第六条 人员要求
（一）乙方应安排不少于3名专职运维人员，其中1人驻场，驻场人员工作日在甲方办公地点办公。
（二）项目负责人须具有信息系统运维相关资格证书，更换项目负责人或驻场人员须提前十日经甲方同意。
（三）乙方人员应遵守甲方的工作制度和机房管理规定，着装整洁，不得利用工作之便从事与本项目无关的活动。
（四）乙方应为其人员缴纳社会保险，乙方人员的劳动报酬、加班及人身安全由乙方负责。

第七条 服务水平
（一）系统月可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意，且不得安排在重要活动期间。
（二）故障分级：
1．一级故障：系统整体无法访问、家长无法登录或报名，或出现有害信息；
2．二级故障：部分功能模块无法使用；
3．三级故障：个别页面显示异常或一般咨询。
（三）响应与解决时限：一级故障乙方应在6小时内响应并开始处理，12小时内恢复；二级故障1个工作日内响应，2个工作日内解决；三级故障5个工作日内解决。
（四）乙方每月5日前向甲方提交上月运维报告，包括可用率、故障处理、巡检和扫描结果。
（五）乙方未达到上述可用率或解决时限的，每次按当季服务费的2%扣减，一个季度内累计扣减不超过当季服务费的20%。

第八条 运维管理要求
（一）乙方应建立运维工作台账，记录每次巡检、变更、故障处理的时间、内容、处理人和结果，台账每月随运维报告提交甲方。
（二）涉及系统配置、数据库结构或功能调整的变更，乙方应提交变更方案，说明变更内容、影响范围、回退措施，经甲方书面批准后在非工作时间实施，变更完成后进行验证并更新文档。
（三）乙方应制定系统故障、数据丢失、网页篡改和有害信息传播等情形的应急预案，每半年与甲方联合开展一次应急演练。
（四）每年三八妇女节、六一儿童节、暑期家庭教育宣传周及全市家长课堂集中开课期间，乙方应安排专人值守，确保系统稳定运行。
（五）乙方应配合甲方做好政务云资源的申请、扩容和安全加固，发现资源不足或存在安全隐患的，应及时书面提出建议。

第九条 数据安全
（一）系统内家长、儿童、指导师的个人信息及咨询记录、课程和活动数据均属于甲方，乙方仅为履行本合同运维义务接触，不得用于其他目的，不得向任何第三方提供。
（二）乙方运维操作须通过甲方堡垒机进行，严禁将数据下载至个人设备；涉及未成年人信息的，乙方应执行最小必要原则，查询须留痕。
（三）乙方应落实数据备份，每日增量备份、每周至少一次全量备份，备份介质存放于甲方指定位置，每季度进行一次恢复测试并形成记录。
（四）乙方运维人员的账号实行专人专用，人员离岗时乙方应当日通知甲方注销其账号和权限。
（五）发生数据泄露、篡改、丢失或系统被攻击的，乙方应在1小时内报告甲方，并按甲方应急预案处置；因乙方原因造成的，乙方承担全部责任，包括向受害人赔偿及承担监管部门处罚。

第十条 验收与考核
（一）甲方每季度按磋商文件所附考核办法对乙方服务进行考核，考核内容包括可用率、故障处理时效、巡检记录、内容更新及时率和用户满意度。
（二）服务期满后，乙方提交年度运维总结、系统现状报告、文档和账号清单，甲方组织年度验收：年度内无因乙方原因导致的重大安全事件，四个季度考核均合格，文档移交完整，方为验收合格。

第十一条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、报表模板和文档，知识产权归甲方所有，甲方可自由使用和修改。

第十二条 违约责任
（一）乙方未按期完成月度巡检、漏洞整改或等保测评整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方擅自更换驻场人员的，每人次支付违约金5,000元。
（三）乙方累计违约金超过合同总价10%的，甲方可以解除合同。

第十三条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十四条 合同解除
乙方严重违反本合同约定，经甲方书面通知后7日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。

第十五条 服务交接
合同终止或解除时，乙方应在15日内向甲方或甲方指定的新服务商移交全部账号、密码、文档、脚本和数据，并配合完成交接，交接期间不得中断服务。

第十六条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
（一）本合同履行期间，双方的通知、考核结果及整改要求均以书面形式送达，驻场人员签收即视为乙方收到。
（二）磋商文件、响应文件、成交通知书为本合同的组成部分。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""

SOURCES["z05"] = """\
# 菌菇标本烘干装裱追溯管理软件许可及定制开发合同

**（菌研云标准合同文本 V3.0）**

合同编号：JYY-HT-2026-1126

甲方（用户）：某某菌菇标本工艺品有限公司

乙方（软件提供方）：某某菌研云软件科技有限公司

鉴于甲方从事食用菌、药用菌标本的烘干、定型、装裱及工艺品制作，需对每一件标本从采收、烘干、定型、装裱到出厂进行全流程追溯，乙方拥有“菌研云工艺追溯系统”软件产品，双方根据《中华人民共和国民法典》，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方许可使用“菌研云工艺追溯系统”V3.0标准版，含批次管理、烘干曲线记录、装裱工单、质检、一物一码、库存出库六个模块，许可点数为50个。

1.2 乙方根据甲方需求进行定制开发，包括：烘干房温湿度传感器数据接入、标本品种图谱库、装裱框型与标签模板、客户订单溯源查询页面及与甲方财务软件的接口。

1.3 乙方负责系统部署、初始化配置和操作培训。

1.4 甲方需求以双方确认的《需求确认书》为准。需求确认后甲方提出变更的，乙方有权评估工作量并另行收费，工期相应顺延。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 菌研云工艺追溯系统软件许可（50点） | 720,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 部署实施及培训 | 72,000 |
| | 合同总价 | 1,028,000 |

2.1 合同总价为人民币壹佰零贰万捌仟元整（¥1,028,000），含增值税。

2.2 上述价款不包括服务器、数据库、操作系统、传感器及扫码设备等硬件和第三方软件费用，也不包括乙方人员在甲方现场实施期间的差旅及食宿费用，该等费用由甲方按实际发生另行承担。

2.3 乙方在收到每期款项后十个工作日内向甲方开具增值税专用发票。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，乙方收到款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%。

3.3 甲方未按期付款的，乙方有权暂停实施或暂停技术支持，由此导致的工期延误由甲方负责。

## 第四条 交付与上线

4.1 乙方在收到首期款后75个工作日内完成部署和定制开发，具备上线条件后通知甲方。

4.2 甲方应在收到通知后三个工作日内安排上线。甲方未按期安排的，视为系统已上线。

4.3 系统上线运行即视为甲方验收合格。甲方对系统功能有意见的，可在上线后提出，乙方在后续版本中予以考虑。

4.4 甲方应在项目启动前提供符合乙方要求的服务器、数据库、网络环境及扫码枪、标签打印机等外设，并指定项目联系人。因甲方环境不符合要求导致的工期延误，乙方不承担责任。

4.5 乙方实施人员以远程方式为主，确需到甲方现场的，由双方协商确定到场时间和人数。

4.6 乙方为甲方提供不超过3场集中培训，每场不超过4个课时，超出部分按每人日2,800元另行计费。

## 第五条 知识产权

5.1 本合同项下软件产品的著作权、专利权及其他知识产权均归乙方所有。

5.2 乙方为甲方定制开发的功能模块、接口程序、图谱库结构、模板及相关源代码和文档，知识产权均归乙方所有，乙方有权将其纳入标准产品并向其他客户提供。甲方享有在本企业内部非独占使用的权利，不得修改、反编译，也不得许可第三方使用。

## 第六条 数据

6.1 甲方在系统中录入的生产数据、客户订单信息归甲方所有。

6.2 甲方同意，乙方可以对甲方的烘干曲线、工艺参数、质检结果等数据进行脱敏处理后，用于乙方产品优化、行业工艺模型训练及行业分析报告，无需另行向甲方支付费用。

6.3 乙方对系统采取访问控制、数据加密传输和每日备份等安全措施。因乙方过错导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，配合恢复数据，并在本合同第九条约定的范围内承担赔偿责任。

## 第七条 保密

双方对在履行本合同过程中获知的对方技术资料、经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

## 第八条 质保及维护

8.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方对系统缺陷提供免费修复。

8.2 故障响应：一级故障（系统无法登录或无法扫码追溯）乙方在2小时内远程响应，二级故障8小时内响应，一般问题在两个工作日内答复。响应超时的，每次按500元向甲方支付违约金。

8.3 免费维护期满后，甲方应每年向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年201,600元，维护服务按年自动续期，费用不变，甲方应在每个维护年度开始前一次性付清。

8.4 年度维护服务包括缺陷修复、小版本升级、远程技术支持。定制功能的修改、新增需求另行收费。

8.5 下列情形不属于乙方维护范围，乙方可另行收费：甲方自行修改配置或数据导致的故障；甲方服务器、网络、外设及操作系统的故障；甲方使用未经乙方认可的第三方软件导致的问题；因停电、传感器损坏等外部原因造成的数据中断。

8.6 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级，系统因此产生的任何问题由甲方自行负责；甲方此后重新购买维护服务的，应补缴中断期间的维护费。

## 第九条 违约责任

9.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下承担的全部赔偿责任（包括违约金和损害赔偿）累计不超过合同总价的20%，且不承担间接损失、利润损失和数据损失。

9.3 因甲方提供的资料不准确、不完整，或因甲方原因导致系统无法按期上线的，乙方不承担任何违约责任，工期相应顺延。

9.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

## 第十条 合同解除

10.1 任何一方严重违约，经守约方书面通知后30日内未予纠正的，守约方有权解除本合同。

10.2 合同解除后，甲方已支付的许可费不予退还；乙方已完成的定制开发工作，甲方应按实际工作量另行结算。

## 第十一条 授权使用限制

11.1 甲方仅可在本合同约定的许可点数和甲方自有生产场所内使用本软件，增加许可点数或使用场所的，应按乙方届时报价另行购买。

11.2 甲方不得对本软件进行出租、转让、复制（备份除外）或以任何方式提供给甲方关联公司使用。

11.3 乙方有权通过系统内置的授权管理模块检查许可使用情况，并在授权到期或超出许可范围时限制相关功能。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为、网络运营商故障、第三方云服务中断等不能预见、不能避免的原因，致使一方不能履行合同的，该方不承担违约责任，但应及时通知对方。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，提交乙方所在地仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《菌研云软件许可协议》为准。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

SOURCES["e01"] = """\
T:Software Licence and Services Agreement
P:Agreement No. QF-IT-2026-214
P:This Software Licence and Services Agreement (the "Agreement") is made between Xi'an Qinfeng Oilfield Equipment Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Xi'an, Shaanxi Province (the "Buyer"), and Anbar Horizon Software Company LLC, a company registered in Ramadi, Al Anbar Governorate, Republic of Iraq (the "Vendor").
P:The Buyer manufactures and services pumping units and wellhead equipment and wishes to replace its spreadsheet-based field maintenance records with a single system. The Vendor develops the FieldCare maintenance management software and has delivered it to oilfield service companies in the region. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FieldCare Enterprise software, version 7, in object code, with its user documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, mobile forms, configuration scripts and documentation prepared by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the course of the Buyer's use, including equipment registers, work orders, inspection records, photographs and customer site details.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for 350 named users and unlimited read-only users, at any site of the Buyer and its wholly owned subsidiaries in mainland China.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of this Agreement once the Licence Fee has been paid.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Buyer's servers in Xi'an, migrate the Buyer's existing equipment and maintenance records, build interfaces to the Buyer's ERP system and its spare-parts warehouse system, and prepare the report templates and mobile inspection forms described in Annex 1.
P:3.2 The Vendor shall deliver training for 40 key users and 6 system administrators, in Chinese, at the Buyer's premises.
P:3.3 The Vendor shall appoint a project manager who speaks Chinese or provides a qualified interpreter at the Vendor's cost. The project manager may not be replaced without the Buyer's agreement, which shall not be unreasonably withheld.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 1,764,000, made up as follows: Licence Fee CNY 1,240,000; implementation and configuration CNY 386,000; data migration CNY 96,000; training CNY 42,000.
P:4.2 The Contract Price is fixed and includes all taxes payable in Iraq, travel, accommodation and interpreting. Withholding taxes payable in China shall be deducted as required by law, and the Buyer shall provide the tax certificates.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 45% of the Contract Price after go-live of the Software at all sites. Go-live is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation, configuration, migration and interfaces within 110 days after signature, according to the project plan agreed at kick-off.
P:6.2 Acceptance tests shall show that: (a) every function listed in Annex 1 works as specified; (b) migrated records reconcile with the source records, with no missing or altered entries in a full comparison; (c) the ERP and warehouse interfaces exchange work orders and parts issues without error for 15 consecutive working days; (d) search and report pages respond within 3 seconds with 150 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:6.3 When the tests are passed and a trial run of 45 days has been completed without a Severity 1 defect, the Buyer shall sign a Final Acceptance certificate. Use of the Software in production before that date is not acceptance.
P:6.4 If a test fails, the Vendor shall correct the defects within 15 days and repeat the test at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 24 months after Final Acceptance. During this warranty period the Vendor shall provide defect correction, updates, new versions and support free of charge.
P:7.2 Support is given in Chinese or English by telephone, email and remote session. Severity 1 (system unavailable or work orders cannot be created) shall receive a response within 1 hour and a fix or workaround within 8 hours; Severity 2 within 3 hours and 2 working days; Severity 3 within 1 working day and the next update.
P:7.3 For each hour by which a Severity 1 response or fix is late, the Vendor shall credit the Buyer CNY 1,200, deducted from the next payment or paid on demand.
P:7.4 After the warranty period, the Buyer may order annual support. The annual support fee is 11% of the Licence Fee (CNY 136,400 per year) and will not increase for three years after the end of the warranty period. Support is ordered year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables, including source code, belong to the Buyer upon creation. The Vendor shall deliver the source code and build instructions with the Final Acceptance documents. The Buyer may use, modify and license the Custom Deliverables without restriction.
P:8.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not use, copy or disclose it for any other purpose.
P:9.2 The Software is installed in the Buyer's data centre. The Vendor shall access it only by the Buyer's VPN with a personal account and multi-factor authentication, approved by the Buyer for each session, and shall not transfer Buyer Data outside mainland China.
P:9.3 The Vendor shall comply with the Buyer's information security rules and with the Data Security Law and the Personal Information Protection Law of the People's Republic of China as they apply to its work.
P:9.4 The Vendor shall notify the Buyer within 6 hours after becoming aware of any unauthorised access to Buyer Data, help the Buyer contain it, and bear all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including technical, commercial and customer information, and use it only for this Agreement.
P:10.2 This obligation continues for three years after the end of this Agreement, and for trade secrets as long as they remain secret.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete the work under Article 6.1 on time for reasons within its control, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims, breach of Article 9 or 10, personal injury, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the Buyer keeps the licence and all Custom Deliverables delivered to date.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Iraq.
P:14.2 Any dispute shall first be discussed by the parties' senior managers. If it is not settled within 30 days, it shall be settled by arbitration in Baghdad under the Iraqi arbitration rules then in force, in English. The award is final and binding.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification and Custom Deliverables) and Annex 2 (Project Plan), is the entire agreement. Amendments must be in writing and signed by both parties.
P:15.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly. Force majeure does not excuse payment obligations.
P:15.3 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SOURCES["e02"] = """\
# Order Form and General Terms — QualiTrack Cloud

Order Form No. QT-CN-2026-0093

## Part A — Order Form

### A1. Parties

- **Provider:** Euphrates Quality Systems Co., a company registered in Fallujah, Al Anbar Governorate, Republic of Iraq, acting through its Shanghai branch office.
- **Customer:** Suzhou Hengrun Precision Electronics Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China.

### A2. Subscribed Services

QualiTrack Cloud, a hosted application for supplier quality management: supplier audits, incoming inspection plans, non-conformance reports, 8D corrective action tracking, PPAP document control and supplier scorecards. Hosting is in a mainland China data centre operated by a licensed cloud provider.

### A3. Subscription Term

24 months from the Service Start Date, which is the date on which the Onboarding Services are accepted under Section 4 of Part B. The Subscription Term is divided into two Subscription Years.

### A4. Fees

| Item | Basis | Annual fee (CNY) | Total for 24 months (CNY) |
|---|---|---|---|
| QualiTrack Cloud, Professional edition | 180 named users × CNY 1,150 per year | 207,000 | 414,000 |
| Supplier Portal module | up to 400 supplier accounts | 36,000 | 72,000 |
| Analytics add-on | flat | 12,000 | 24,000 |
| Onboarding Services | one-time, fixed | — | 64,000 |
| **Total Contract Value** | | | **574,000** |

Additional named users may be added at CNY 1,150 per user per year, pro rata for the remaining term. All fees include VAT at the applicable rate.

### A5. Invoicing and Payment

1. The Onboarding Services fee is invoiced after Onboarding Acceptance and payable within 30 days of invoice.
2. The subscription fees for each Subscription Year are invoiced in four equal quarterly instalments at the start of each quarter and are payable within 30 days of invoice.
3. No other amount is payable before the Service Start Date.

### A6. Contacts and Special Conditions

- Provider account manager: Omar Al-Dulaimi; Customer project owner: Ms. Lu Wen, Supplier Quality Department.
- The Customer's supplier master data will be imported from its SAP system by a file interface configured during onboarding.
- This Order Form is governed by Part B. If Part A and Part B conflict, Part A prevails.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, documents and files submitted to the Service by or for the Customer or its suppliers, including audit findings, inspection results, photographs, supplier contacts and corrective action records.

1.2 "Service" means the subscribed services listed in A2, including updates made generally available by Provider.

1.3 "Customer Configurations" means the workflows, forms, inspection templates, scorecard formulas and interface mappings built for the Customer during onboarding or at its request.

### 2. Use of the Service

2.1 Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's internal business purposes. The Customer may invite its suppliers to use the Supplier Portal for the purpose of working with the Customer.

2.2 The Customer shall keep login credentials secure and shall not resell the Service or use it to build a competing product.

### 3. Onboarding Services

3.1 Provider shall, within 45 days after signature of the Order Form: configure the Service to the Customer's quality procedures; build the SAP file interface; migrate open non-conformance reports and the approved supplier list; and train 20 key users and 6 administrators.

3.2 If Provider does not make the configured Service available for Onboarding Acceptance testing within the 45 days for reasons within its control, Provider shall pay the Customer CNY 350 for each day of delay.

### 4. Onboarding Acceptance

4.1 The Customer shall test the configured Service within 10 working days after Provider's notice of readiness. The Service is accepted when: (a) the workflows in the agreed specification run end to end; (b) the migrated records reconcile with the source list with no missing entries; (c) the SAP interface transfers supplier master data for 5 consecutive working days without error; and (d) no Priority 1 or Priority 2 issue is open.

4.2 The Customer confirms acceptance in writing. Use of the Service for training or pilot audits before that confirmation is not acceptance.

### 5. Service Levels

5.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:00 and 06:00 China Standard Time.

5.2 Provider shall respond to Priority 1 incidents (the Service unavailable or no user able to log in) within 30 minutes at any time, and restore the Service or provide a workaround within 6 hours. Priority 2 incidents (a major function not working) receive a response within 2 hours during business days; Priority 3 within one business day.

5.3 If monthly availability falls below the commitment in 5.1, Provider shall credit the Customer 5% of the monthly subscription fees for each full 0.1 percentage point of shortfall, up to 50% of that month's fees. A late Priority 1 response earns a credit of CNY 800 per hour. Credits are deducted from the next invoice.

### 6. Customer Data

6.1 As between the parties, the Customer owns all Customer Data. Provider processes Customer Data to provide the Service and support.

6.2 The Customer grants Provider a perpetual, worldwide licence to use Customer Data in aggregated and de-identified form, combined with data from other customers, to compile industry benchmarks, improve its products and develop new analytics features. This licence survives the end of the Subscription Term.

6.3 On expiry or termination, Provider shall make Customer Data available for export in CSV and PDF format for 60 days, and then delete it from its production systems and backups within a further 30 days and confirm deletion in writing.

### 7. Data Security

7.1 Provider shall maintain a written information security programme, including encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of administrator activity, annual penetration testing and daily backups stored in a second mainland China location.

7.2 Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after discovery, give the details known, take steps to contain it, and cooperate with any notification the Customer must make.

7.3 Provider is responsible for losses caused by a security incident resulting from its breach of this Section 7, subject to Section 11.

7.4 Customer Data is stored and processed in mainland China and shall not be transferred abroad.

### 8. Customer Configurations and Intellectual Property

8.1 Provider owns the Service and all its underlying software and documentation.

8.2 Customer Configurations belong to the Customer. Provider shall export them on request in a documented format, and the Customer may use, modify and let third parties use them.

### 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business and technical information, use it only to perform or receive the Service, and disclose it only to employees and advisers who need it and are bound by similar duties.

9.2 These obligations continue for three years after the Subscription Term ends.

### 10. Term, Renewal and Termination

10.1 The Order Form ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

10.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after notice. On termination for Provider's breach, Provider refunds prepaid fees for the unused period.

### 11. Limitation of Liability

11.1 Neither party is liable for indirect or consequential loss, lost profits or loss of business.

11.2 Each party's total liability arising out of or in connection with the Order Form is limited to the fees paid or payable by the Customer in the 6 months preceding the event giving rise to the claim.

11.3 Section 11.2 does not apply to the Customer's payment obligations, or to either party's liability for fraud or personal injury.

### 12. Subcontracting and Assignment

12.1 Provider may use the licensed cloud provider named in A2 for hosting. Provider shall not subcontract any other part of the Service without the Customer's prior written consent and remains responsible for its subcontractors.

12.2 Neither party may assign the Order Form without the other party's written consent.

### 13. Governing Law and Disputes

13.1 These terms are governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 14. General

14.1 Notices must be in writing and sent to the contacts in A6.

14.2 Provider may update the Service, provided that no update materially reduces its functions or security during the Subscription Term.

Signed for the Customer: ____________________   Signed for Provider: ____________________
"""

SOURCES["e03"] = """\
T:Supply Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. LJC-EQ-2026-157 (Buyer's standard form)
P:Buyer: Shandong Lijiang Cement Co., Ltd., Jinan, Shandong Province, People's Republic of China.
P:Supplier: Tigris Instruments Trading Company, Samarra, Salah al-Din Governorate, Republic of Iraq.
P:The Buyer operates two clinker production lines and wishes to monitor the condition of its kiln drives, raw mills, cement mills and main fans. After a competitive tender, the Buyer has selected the Supplier's offer of wireless vibration sensors, gateways and condition monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the price table in clause 2.
P:1.2 "Software" means the Supplier's condition monitoring software, with its analytics modules and documentation, licensed under clause 8.
P:1.3 "Plant Data" means all vibration, temperature and operating data collected from the Buyer's machines, and all reports, alarms and analyses generated from it.
P:1.4 "Final Acceptance" means the Buyer's signature of the acceptance certificate under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software, integrate them with the Buyer's distributed control system (DCS), and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,410,000, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|320|2,150|688,000
TB:2|Industrial wireless gateway with 4G backup|24|9,800|235,200
TB:3|Condition monitoring software, perpetual site licence|1|318,000|318,000
TB:Equipment and Software Subtotal||||1,241,200
TB:4|Installation, commissioning and DCS integration|1 lot|146,000|146,000
TB:5|Training (operators and reliability engineers)|1 lot|22,800|22,800
TB:Contract Price||||1,410,000
P:2.3 The Contract Price is fixed. It includes packing, transport to the Buyer's plant in Jinan, import duties, insurance, taxes, installation materials and all services during the warranty period.
H:3. Payment
P:3.1 10% of the Contract Price is paid within 15 days after signature, against an advance payment guarantee for the same amount.
P:3.2 55% of the Contract Price is paid after delivery of all Equipment to the plant, against the signed delivery note. Signature of the delivery note confirms quantities only and is not acceptance.
P:3.3 The remaining 35% of the Contract Price is paid within 30 days after Final Acceptance.
P:3.4 Payments are made in CNY by bank transfer against the Supplier's valid invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment within 60 days after signature and complete installation and commissioning within 40 days after delivery.
P:4.2 Installation may take place only during shutdowns agreed with the Buyer's production department. The Supplier's staff shall follow the Buyer's safety rules, including permit-to-work and lock-out procedures.
P:4.3 All Equipment shall be new, of current production, with a certificate of origin and the manufacturer's quality certificate. Sensors installed in dusty or hot areas shall have the protection rating stated in the technical specification.
P:4.4 The Supplier shall deliver, with the Equipment, a set of spare parts sufficient for the first two years of operation, namely 16 sensors, 2 gateways and 40 mounting kits, which are included in the Contract Price.
P:4.5 Training shall cover sensor mounting and replacement, gateway configuration, alarm handling, spectrum analysis and report preparation. It shall be given in Chinese at the Buyer's plant, for at least 12 operators and 6 reliability engineers, with written course materials that the Buyer may copy for internal use.
H:5. Acceptance
P:5.1 Final Acceptance tests shall show that: (a) all 320 sensors transmit data to the Software, with a packet loss below 1% over 7 consecutive days; (b) measured vibration values agree with a calibrated portable analyser within the tolerance of the technical specification; (c) alarms reach the DCS and the operators' mobile application within 10 seconds; (d) the Software produces the trend, spectrum and report functions listed in the technical specification; and (e) a trial run of 30 days passes without a Severity 1 fault.
P:5.2 The Buyer shall sign the acceptance certificate within 7 days after the tests are passed. Commissioning, delivery, or use of the Equipment in production does not constitute acceptance.
P:5.3 If a test fails, the Supplier shall correct the fault and repeat the test at its own cost within 15 days.
H:6. Warranty and Support
P:6.1 The Equipment and the Software are warranted for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and shall supply Software updates and new versions free of charge.
P:6.2 Faults are classified in the severity table below. The Supplier shall respond and restore within the times stated.
TB:Severity|Description|Response|On-site or restore
TB:Severity 1|Software or more than one gateway down; no data from a production line|1 hour|Restore within 8 hours
TB:Severity 2|A single gateway or up to 10 sensors without data|2 hours|Restore within 2 days
TB:Severity 3|Single sensor or minor function fault|1 working day|Next planned visit
P:6.3 For every hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 1,000, deducted from any sum due.
P:6.4 After the warranty period, the Supplier shall offer annual support at 8% of the Equipment and Software Subtotal, that is CNY 99,296 per year, fixed for three years. Each support year is ordered separately and nothing renews automatically.
H:7. Plant Data and Data Security
P:7.1 Plant Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not use it for any other purpose, including product development or benchmarking, and shall not disclose it to any third party.
P:7.2 The Software is installed on the Buyer's servers inside the plant network. Remote access for support is allowed only through the Buyer's jump server, with the Buyer's approval for each session, and all sessions are logged.
P:7.3 The Supplier shall configure the gateways with encrypted communication, change all default passwords and follow the Buyer's industrial control security rules.
P:7.4 The Supplier shall report any security incident involving Plant Data or the Buyer's network within 2 hours after discovery and shall bear all losses caused by its breach of this clause.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's plant for an unlimited number of users and for all monitored machines.
P:8.2 The DCS interface, the machine models, alarm settings, dashboards and reports prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files at Final Acceptance.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information and shall not disclose it to third parties without prior written consent.
P:9.2 This clause survives termination for three years.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clause 7 or 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. It remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:12.2 On such termination, the Supplier shall refund all payments received for Equipment or services not accepted and remove its Equipment at its own cost if the Buyer so requests.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan. The award is final.
H:14. Force Majeure
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it notifies the other party within 5 days and takes reasonable steps to limit the effects. Force majeure does not excuse payment obligations already due.
P:14.2 If force majeure prevents performance for more than 60 days, either party may end the Contract by written notice, and the parties shall settle the value of work already performed.
H:15. General
P:15.1 The technical specification and the tender documents form part of this Contract.
P:15.2 All notices shall be in writing, in Chinese or English, sent to the addresses stated above.
P:15.3 This Contract is signed in four originals, two for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES["e04"] = """\
# Managed IT Services Agreement

Agreement No. HZT-MS-2026-041

This Managed IT Services Agreement is made between **Hangzhou Zhongtian Textile Group Co., Ltd.**, Xiaoshan District, Hangzhou, Zhejiang Province, People's Republic of China (the "Customer"), and **Salahuddin Digital Services LLC**, registered in Tikrit, Salah al-Din Governorate, Republic of Iraq, which performs the services in China through its Hangzhou representative team (the "Provider").

## Section 1. Background and Scope

1.1 The Customer operates four weaving and dyeing plants and a head office, with about 1,450 computer users. It wishes to outsource its service desk, desktop support, server monitoring and patch management to a single provider.

1.2 The Provider shall provide the managed services described in Schedule 1 (the "Services") for the Term, to the service levels in Schedule 2, for the charges in Schedule 3.

1.3 The Services are delivered from the Provider's service centre in Hangzhou, in Chinese, with on-site engineers at each plant during the hours stated in Schedule 1.

## Section 2. Term

2.1 The Agreement starts on signature. The Transition Period runs from signature to Transition Acceptance and shall not exceed 60 days.

2.2 The Service Term is 36 months from Transition Acceptance. The Agreement ends at the end of the Service Term unless the parties sign a written extension. There is no automatic renewal.

## Section 3. Transition

3.1 During the Transition Period the Provider shall take over knowledge from the Customer's current support team, document every supported application and device, set up its ticketing tool with the Customer's asset register, configure monitoring for the servers listed in Schedule 1, and train its engineers on the Customer's plants.

3.2 Transition Acceptance takes place when: (a) all items of the transition checklist attached to Schedule 1 are complete and signed off by the Customer's IT manager; (b) the service desk has handled live tickets for 10 consecutive working days in parallel with the current team, with at least 95% of tickets correctly categorised; (c) monitoring alarms for all listed servers are tested; and (d) the operations manual has been approved by the Customer.

3.3 The Customer shall confirm Transition Acceptance in writing within 5 working days after the Provider shows that the criteria are met. Taking over live tickets during the parallel run is not acceptance.

3.4 If Transition Acceptance is delayed beyond the 60 days for reasons within the Provider's control, the Provider shall pay the Customer CNY 1,500 for each day of delay.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,190,000.

4.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days.

4.3 The Monthly Service Charge is fixed for the Service Term. User numbers may vary by 10% either way without change in the charge; beyond that, the per-user rate in Schedule 3 applies.

## Section 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed in a month, the Customer receives the service credit set out in Schedule 2, deducted from the next invoice. Service credits in a month are limited to 20% of the Monthly Service Charge.

5.3 If the same service level is missed in three consecutive months, the parties shall agree a remedial plan within 10 working days, and the Provider shall carry it out at its own cost.

## Section 6. Customer Data

6.1 All data on the Customer's systems, in tickets and in the asset register, and all reports produced for the Customer, belong to the Customer. The Provider shall use them only to provide the Services.

6.2 At the end of the Agreement the Provider shall return all such data to the Customer in a usable format.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including business plans, pricing, product designs, customer lists and technical information, and shall disclose it only to those of its personnel who need it for this Agreement.

7.2 Neither party shall disclose the terms of this Agreement to a third party without the other party's written consent, except to its professional advisers or as required by law.

7.3 These obligations continue for three years after the Agreement ends.

## Section 8. Intellectual Property

8.1 Each party keeps the intellectual property it had before this Agreement. The Provider's ticketing tool and monitoring software remain the Provider's property.

8.2 Scripts, knowledge articles, operating procedures, reports and documentation prepared for the Customer under this Agreement belong to the Customer, which may use, modify and share them with any successor provider without restriction.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall appoint a service delivery manager, who shall attend a monthly service review with the Customer.

9.2 The Provider may subcontract on-site desktop support at any plant to a local IT company by giving the Customer 15 days' written notice of the subcontractor's name. The Provider remains responsible for the subcontractor's performance.

9.3 The Provider's personnel shall follow the Customer's site safety rules and IT policies when working at the Customer's premises.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 Neither party is liable for indirect or consequential loss, except in case of fraud or wilful misconduct.

## Section 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

11.2 The Customer may also terminate by written notice if service credits reach the monthly limit in Section 5.2 in any three months of a rolling six-month period.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days, including handover of all documentation, knowledge articles and open tickets, at the rates in Schedule 3.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 13. General

13.1 Changes to the Services require a written change request signed by both parties.

13.2 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided it notifies the other party promptly and resumes performance as soon as possible. The Provider's business continuity arrangements for the Hangzhou service centre shall be described in the operations manual.

13.3 Notices shall be in writing and delivered to the addresses stated above, or to any other address a party notifies in writing.

13.4 Neither party may assign this Agreement without the other party's prior written consent.

13.5 This Agreement, with Schedules 1 to 3, is the entire agreement between the parties. It is signed in two originals in English and Chinese; both texts have equal effect.

Signed for the Customer: ____________________   Signed for the Provider: ____________________

---

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, WeChat and portal support for all users; ticket logging, categorisation and first-line resolution | 24 × 7 |
| Desktop support | On-site engineers at head office and each plant; installation, moves, repairs and user onboarding | Mon–Sat, 07:30–19:30 |
| Server monitoring | Monitoring of 86 physical and virtual servers, storage and backup jobs; alarm handling | 24 × 7 |
| Patch management | Monthly operating-system and office-software patching, with test group first | Maintenance windows |
| Asset management | Asset register, software licence tracking, annual stocktake | Business days |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## Schedule 2 — Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (plant production systems or head office network down) – response | 15 minutes | 3% of Monthly Service Charge |
| Priority 1 incident – restoration or workaround | 3 hours | 5% of Monthly Service Charge |
| Priority 2 incident – response | 1 hour | 2% of Monthly Service Charge |
| Service desk calls answered within 30 seconds | 90% | 2% of Monthly Service Charge |
| Backup jobs completed successfully | 98% | 2% of Monthly Service Charge |
| Critical patches installed within 14 days of release | 95% | 1% of Monthly Service Charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, fixed | 84,000 |
| Monthly Service Charge | 58,500 per month × 36 months | 2,106,000 |
| **Total Contract Value** | | **2,190,000** |
| Additional users beyond the variation band | per user per month | 38 |
| Exit assistance beyond documentation handover | per engineer day | 1,800 |
"""

SOURCES["e05"] = """\
AGRO-CLIMATE DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. DYL-API-2026-07

PARTIES

(1) Diyala Agri-Data Analytics Company, a company registered in Baqubah, Diyala Governorate, Republic of Iraq ("Provider").

(2) Yunnan Lvyuan Agricultural Technology Co., Ltd., Kunming, Yunnan Province, People's Republic of China ("Customer").

BACKGROUND

Provider compiles historical and forecast agro-climate data, including gridded temperature, rainfall, evapotranspiration, soil moisture and crop stress indices derived from satellite and weather-station sources. Customer provides irrigation advisory and crop insurance support services to growers in southwest China and wishes to use Provider's data through an application programming interface (API) in its own advisory platform.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets and indices listed in Annex A, delivered through the API or as bulk files, including updates during the Subscription Term.

1.2 "API" means Provider's application programming interface, keys and documentation giving access to the Licensed Data.

1.3 "Customer Data" means all data that Customer or its users submit to the API, including field boundaries, coordinates, crop types, planting dates, query logs and grower identifiers.

1.4 "Custom Layers" means the regional calibration models and field-level index layers that Provider prepares specifically for Customer under clause 4.

1.5 "Subscription Year" means each period of one year starting on the Start Date or its anniversary.

2. SUBSCRIPTION TERM

2.1 The Subscription Term starts on the date of Integration Acceptance under clause 5 (the "Start Date") and runs for two Subscription Years.

2.2 The Agreement ends at the end of the second Subscription Year. Any renewal requires a written agreement signed by both parties; this Agreement does not renew automatically.

3. LICENCE

3.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Licensed Data through the API, to store it in Customer's systems, and to use it in Customer's advisory platform and in reports supplied to Customer's grower clients in mainland China.

3.2 Customer may not resell the Licensed Data as a standalone dataset or make it available through a public interface without Provider's written consent.

3.3 The API allows up to 2,000,000 calls per Subscription Year. Calls above that volume are charged at the rate in Annex B and are not part of the fees below.

3.4 Customer shall show the attribution "Climate data: Diyala Agri-Data" in its platform where Licensed Data are displayed, in a form agreed with Provider.

3.5 After the end of the Subscription Term, Customer may keep and continue to use Licensed Data already incorporated into reports delivered to growers, but shall stop calling the API and delete bulk files within 60 days.

4. INTEGRATION SERVICES AND CUSTOM LAYERS

4.1 Provider shall, within 50 days after signature: (a) set up production and test API keys; (b) deliver bulk historical files for Yunnan, Guizhou and Sichuan provinces for the past 20 seasons; (c) prepare Custom Layers for coffee, tea and citrus growing areas, calibrated with Customer's field observations; and (d) support Customer's developers in connecting the API to Customer's platform.

4.2 Custom Layers, including the calibration parameters and the source code of the calibration scripts, belong to Customer from delivery. Customer may use, modify and license them freely, also after the Subscription Term. Provider's underlying datasets and models remain Provider's property.

4.3 Provider shall give two remote training sessions for Customer's agronomists and developers on the use of the Licensed Data, the meaning and limits of each index, and the recommended way to combine the indices with Customer's own field observations. Training materials may be copied for Customer's internal use.

4.4 Customer shall provide the field observations needed for calibration in the format described in Annex A, and a technical contact who can answer Provider's questions within two business days.

5. INTEGRATION ACCEPTANCE

5.1 Customer shall test the integration within 10 business days after Provider's notice of readiness. Integration Acceptance requires that: (a) every endpoint listed in Annex A returns valid data for the three provinces; (b) the historical files are complete, with no missing grid cells or seasons; (c) Custom Layers, checked against 150 of Customer's field observations, meet the accuracy stated in Annex A; and (d) Customer's platform has exchanged data with the API for 7 consecutive days without an unresolved error.

5.2 Customer confirms Integration Acceptance in writing. Use of the API for testing or demonstration before that date is not acceptance.

6. FEES AND PAYMENT

6.1 The fees are:

  Subscription fee, Subscription Year 1 ................ CNY 287,000
  Subscription fee, Subscription Year 2 ................ CNY 287,000
  Integration services and Custom Layers (one-time) .... CNY  38,000
  Total Contract Value ................................. CNY 612,000

6.2 The integration fee is invoiced after Integration Acceptance. Each Subscription Year's fee is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

6.3 The fees are fixed for the Subscription Term and include all taxes payable in Iraq. Each party bears its own bank charges.

7. SERVICE AND SUPPORT

7.1 Provider will use commercially reasonable efforts to keep the API available and to update the Licensed Data at the intervals described in Annex A. Provider does not guarantee any level of availability or update timeliness, and planned or unplanned interruptions do not entitle Customer to any refund or credit.

7.2 Technical support is provided by email during Provider's business hours, Sunday to Thursday. Provider will try to answer support requests promptly but does not commit to any response or resolution time.

7.3 Provider may change the API on 30 days' notice, provided that the Licensed Data described in Annex A remains available.

8. CUSTOMER DATA

8.1 Customer Data belongs to Customer. Provider shall process it only to operate the API and provide support to Customer, and shall not use it to improve its datasets, create benchmarks or for any other purpose, in identifiable, aggregated or de-identified form.

8.2 Customer may at any time request a copy of Customer Data held by Provider, which Provider shall supply in CSV format within 10 business days at no extra charge.

8.3 At the end of the Subscription Term Provider shall delete all Customer Data and confirm this in writing.

9. DATA SECURITY

9.1 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named staff, logging of access, and secure deletion of logs after 90 days.

9.2 Provider shall store and process Customer Data only in a mainland China region of its cloud provider and shall not transfer it outside mainland China. No grower names are sent to the API; grower identifiers are pseudonymous codes assigned by Customer.

9.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take measures to contain it, and be liable for the losses caused by its failure to meet this clause 9.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information, including the terms of this Agreement, Customer's field observations and Provider's model documentation, and use it only for this Agreement.

10.2 The receiving party may disclose confidential information to its employees, auditors and legal advisers who need to know it and are bound by equivalent duties, or where required by law or a competent authority.

10.3 This clause continues for three years after the Agreement ends.

11. LIABILITY

11.1 Provider's total liability under this Agreement is limited to two times the Total Contract Value.

11.2 Neither party is liable for indirect or consequential loss. The limit in 11.1 does not apply to breach of clause 9 or 10, fraud or wilful misconduct.

11.3 Provider warrants that it has the right to license the Licensed Data and shall indemnify Customer against third-party claims that the Licensed Data infringe their rights.

12. SUBCONTRACTING

12.1 Provider shall not subcontract any part of the services under this Agreement without Customer's prior written consent. Provider's cloud hosting provider named in Annex A is approved by signature of this Agreement.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 On termination for Provider's breach, Provider shall refund the part of the subscription fee paid for the remainder of the Subscription Year.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

15. GENERAL

15.1 Annex A (Licensed Data, Endpoints and Accuracy) and Annex B (Overage Rates) form part of this Agreement.

15.2 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disaster, war, civil unrest or government action, if it notifies the other party promptly. Such events do not excuse payment of fees already due.

15.3 Neither party may assign this Agreement without the other party's written consent.

15.4 This Agreement is signed in two originals in English. Notices shall be sent by email and courier to the addresses stated above.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------------
# Design: file names, formats, labels and the rules I expect (written before any run of the tool).
# ---------------------------------------------------------------------------------------------------------------------
TARGETS = {
    "z01": ("h783z01_water_bureau_check_dam_pond_monitoring", "pdf", "zh", "software"),
    "z02": ("h783z02_balance_scooter_assembly_line_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h783z03_squash_chain_booking_membership_saas", "txt", "zh", "cloud"),
    "z04": ("h783z04_womens_federation_family_education_om_service", "txt", "zh", "services"),
    "z05": ("h783z05_mushroom_specimen_tracking_supplier_template", "md", "zh", "software"),
    "e01": ("h783e01_field_maintenance_licence_ramadi_vendor", "pdf", "en", "software"),
    "e02": ("h783e02_supplier_quality_saas_order_form_fallujah_vendor", "md", "en", "cloud"),
    "e03": ("h783e03_cement_vibration_sensors_monitoring_samarra_vendor", "docx", "en", "hardware"),
    "e04": ("h783e04_textile_managed_it_services_tikrit_vendor", "md", "en", "services"),
    "e05": ("h783e05_agro_climate_data_api_baqubah_vendor", "txt", "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
N = None
#        avail  p1    remedy ip        dsec  owns  conf  ld                   cap   prep  acc   final warr pwf  auto   term   sub    law     kind
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 9, False, True, False, "PRC", G],
    "z02": [N, 0.5, True, "buyer", True, True, True, 0.1, N, 25, True, True, 24, 10, False, False, True, "PRC", G],
    "z03": [99.5, 0.5, False, "buyer", True, True, True, 0.1, N, N, True, N, N, N, True, True, False, "PRC", S],
    "z04": [99.95, 6, True, "buyer", True, True, False, 0.1, N, N, True, N, N, N, False, True, False, N, S],
    "z05": [N, 2, True, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 28, False, True, N, "PRC", G],
    "e01": [N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False, "Iraq", G],
    "e02": [99.95, 0.5, True, "buyer", True, False, True, 350 / 574000 * 100, 6 / 24 * 100, N, True, N, N, N, False,
            True, False, "PRC", S],
    "e03": [N, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
    "e04": [N, 0.25, True, "buyer", False, True, True, 1500 / 2190000 * 100, 150, N, True, N, N, N, False, True, True,
            "PRC", S],
    "e05": [N, N, False, "buyer", True, True, True, N, 200, N, True, N, N, N, False, True, False, "PRC", S],
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 2060000),
    "z02": (True, True, True, False, 1650000),
    "z03": (True, True, N, False, 914000),
    "z04": (True, True, N, False, 386000),
    "z05": (True, True, True, True, 1028000),
    "e01": (True, True, True, False, 1764000),
    "e02": (True, True, N, False, 574000),
    "e03": (True, True, True, False, 1410000),
    "e04": (True, True, N, False, 2190000),
    "e05": (False, False, N, False, 612000),
}
# itemised licence / hardware subtotal (TCO fee base), goods only
FEE_BASE = {"z01": 1160000, "z02": 1414000, "z05": 720000, "e01": 1240000, "e03": 1241200}
# price parts that must add up to the contract value
PARTS = {
    "z01": [1160000, 684000, 178000, 38000],
    "z02": [468000, 318000, 372000, 256000, 212000, 24000],
    "z03": [40 * 9600 * 2, 146000],
    "z04": [236000, 98000, 52000],
    "z05": [720000, 236000, 72000],
    "e01": [1240000, 386000, 96000, 42000],
    "e02": [2 * (180 * 1150 + 36000 + 12000), 64000],
    "e03": [320 * 2150, 24 * 9800, 318000, 146000, 22800],
    "e04": [84000, 58500 * 36],
    "e05": [287000, 287000, 38000],
}
FOREIGN_FORUM = {"e01"}  # Baghdad arbitration; every other forum is in mainland China
DESIGN = {
    "z01": [],
    "z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (§3), and the horizon of §4
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3, from the labels alone."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key, t, x)
        if s is not None and s > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    name, fmt, lang, cat = TARGETS[key]
    t = dict(zip(KEYS, TERMS[key]))
    sla, lds, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": name + "." + fmt, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------------------------------------------------------------
# Reading the built files back, and the checks
# ---------------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN = "零一二三四五六七八九十百"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![" + CN + "])", r"\bthirty\s+per\s*cent",
    r"(?<![\d.,])15" + PCT, r"百分之十五(?![" + CN + "])", r"\bfifteen\s+per\s*cent",
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![" + CN + "])", r"\bforty\s+per\s*cent",
    r"(?<![\d.,])100" + PCT, r"百分之(?:一)?百(?![" + CN + "])", r"\bone\s+hundred\s+per\s*cent",
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])0\.05(?!\d)", r"(?<![" + CN + "])万分之五(?![" + CN + "])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b)", r"(?<![" + CN + "])四\s*(?:个)?\s*小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])12\s*(?:个\s*月|months?\b)", r"(?<![" + CN + "])十二\s*个\s*月", r"\btwelve\s*(?:\(12\)\s*)?months?",
]]
MUST_HIT = ["30%", "30 %", "百分之三十", "thirty per cent", "15%", "百分之十五", "40 percent", "100%", "百分之百",
            "99.9%", "0.05%", "万分之五", "4小时", "4 hours", "四小时", "4个小时", "four hours", "12个月", "12 months",
            "十二个月", "twelve months", "within 4 hrs"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "130%", "0.055", "99.95%", "2.30%", "1,430,000", "14 hours",
             "3.15%", "400%", "万分之五十", "百分之三十五", "112个月", "42 months", "100 users", "0.5 hours", "15 days", "2027年12月31日"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def check():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex self-test, must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "regex self-test, must miss: " + s
    fired = set()
    for key, (name, fmt, lang, cat) in TARGETS.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert sum(PARTS[key]) == x["contract_value"], key + " price parts"
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        fired |= set(lab["expected_rules"])
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, "on a threshold")
        s = tco_share(key, t, x)
        assert s is None or abs(s - TCO_SHARE_TH) > 2, (key, "TCO share near threshold", s)
        text = read_back(OUT / lab["file"])
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, "length", n)
        hits = threshold_hits(text)
        assert not hits, (key, "threshold figure in text", hits)
        print("%s  %-62s %5d %s  tco=%s  rules=%s" % (key, lab["file"], n, "chars" if lang == "zh" else "words",
                                                        None if s is None else round(s, 2), lab["expected_rules"]))
    assert fired == set(ALL_RULES), ("coverage", set(ALL_RULES) - fired)
    compliant = [k for k in TARGETS if not DESIGN[k]]
    assert sorted(compliant) == ["e03", "z01"]
    for k in ("z02", "z03", "z04", "e02", "e04", "e05"):
        assert 2 <= len(DESIGN[k]) <= 3, k
    assert 8 <= len(DESIGN["z05"]) <= 10 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    print("all checks passed; every rule fires at least once")


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if rules else "low"))


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, fmt, lang, cat) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / (name + "." + fmt)).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name + "." + fmt)
    write({k: SOURCES[k] for k in TARGETS if TARGETS[k][1] in ("docx", "pdf")},
          {k: (TARGETS[k][0] + "." + TARGETS[k][1], TARGETS[k][1]) for k in TARGETS if TARGETS[k][1] in ("docx", "pdf")},
          OUT, wrap_words=True)
    for key in TARGETS:
        lab = label(key)
        (OUT / (TARGETS[key][0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    check()
    for key in TARGETS:
        print(key, risk(DESIGN[key]))


if __name__ == "__main__":
    main()
