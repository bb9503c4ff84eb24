"""holdout755: builds the ten blind held-out draft contracts of this folder and their .json labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Every file is written from the sources below; .docx
and .pdf through ../word_pdf.py. The script derives each draft's rules from its labels (policy §3 as read in NOTES.md),
compares them with the design list, checks the coverage of all 20 CR rules, the text lengths as read back, and that no
label value or text states a policy threshold figure.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江陵县外来入侵物种监测预警平台建设项目采购合同
P:合同编号：JLNY-ZC-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江陵县农业农村局
P:乙方（供应商）：湖北禾观信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设江陵县外来入侵物种监测预警平台，内容包括：平台软件许可（含监测点位管理、普查数据库、预警发布、统计分析模块），按甲方需求定制开发野外普查采集APP、入侵物种识别与扩散预警模型、乡镇监测驾驶舱，完成与省级外来入侵物种普查系统及县农业执法平台的数据对接，并负责部署实施、历史普查数据导入和人员培训。
P:1.2 平台部署于甲方指定的县电子政务云，覆盖全县十二个乡镇的固定监测点、农田及水域巡查样线。
H:第二条 合同价款
P:2.1 合同总价为人民币1,420,000元（大写：壹佰肆拾贰万元整），为含税固定总价，包括：平台软件许可费720,000元；定制开发费486,000元；数据对接费138,000元；实施及培训费76,000元。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即284,000元。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即639,000元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即497,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后九十日内完成平台部署、定制开发及数据对接，具备初步验收条件。
P:4.2 乙方应派驻项目经理及不少于三名实施人员，未经甲方同意不得更换项目经理。
P:4.3 乙方应负责将甲方2021年以来的普查数据、标本记录和照片导入平台，并与原始台账逐条核对。
P:4.4 乙方应在合同生效后十日内提交项目实施方案，内容包括进度计划、人员安排、数据迁移方案、安全保障措施和培训计划，经甲方书面确认后执行。实施过程中每两周向甲方提交一次进度报告。
P:4.5 乙方应为甲方及各乡镇农业综合服务中心的监测人员组织不少于三期集中培训，并提供操作手册、野外采集规范和常见入侵物种识别图册的电子版本。
H:第五条 验收
P:5.1 初步验收标准：功能清单所列功能全部实现；野外采集APP在无网络环境下可离线采集并在恢复网络后自动同步；识别模型对甲方提供的测试图集（不少于两千张）的识别准确率不低于88%；平台在200个并发用户下页面平均响应时间不超过3秒；与省级系统的数据对接连续十日无差错。
P:5.2 初步验收后平台试运行六十日，试运行期间未发生一级故障，且通过甲方委托的第三方网络安全等级保护测评，方可进行最终验收。最终验收由甲方组织专家按前述标准进行，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护服务
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、模型优化和远程技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过64,800元，且质保期满后三年内不得上调。维护服务合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日告知甲方并安排在非工作时间。
P:7.2 故障分为三级。一级故障（平台整体不可用或数据无法上报）：乙方应在30分钟内响应，3小时内恢复；二级故障：2小时内响应，次日内解决；三级故障：在下一版本中解决。
P:7.3 乙方未按时响应或恢复一级故障的，每超时一小时向甲方支付800元；月度可用率每低于承诺值0.01个百分点，扣减1,500元，从维护费或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的采集APP、预警模型、驾驶舱、对接程序及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和推广。乙方应在最终验收时移交全部源代码。
H:第九条 数据安全与数据权属
P:9.1 平台采集、存储和产生的全部监测数据、普查数据、照片及坐标信息属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于任何其他目的。
P:9.2 乙方应落实网络安全等级保护第二级要求，采取访问控制、数据加密传输、操作日志留存不少于六个月等措施；远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、监测点位信息及未公开数据负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转让或分包给第三方。
H:第十二条 违约责任
P:12.1 乙方逾期完成部署或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:12.2 乙方交付成果不符合合同约定的，应无偿修改直至符合要求，并赔偿甲方因此遭受的损失。
P:12.3 乙方派驻人员未经甲方同意擅自离场或更换的，乙方应在五日内安排同等资历人员补位，并承担由此造成的进度延误责任。
P:12.4 甲方无正当理由逾期付款的，应按照同期贷款市场报价利率向乙方支付逾期利息。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
P:14.3 在争议解决期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:15.2 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江陵县农业农村局　　乙方（盖章）：湖北禾观信息技术有限公司
P:签订日期：2026年3月　日
"""

Z02 = """T:铝型材挤压及晾衣架装配产线控制系统改造合同
P:合同编号：HYJ-SB-2026-008
P:甲方：佛山市顺德区恒悦晾衣架制造有限公司
P:乙方：广东拓控自动化工程有限公司
P:甲方因铝型材挤压车间及晾衣架装配线控制系统老化，委托乙方实施控制系统改造。双方经协商，就设备供货、软件许可、安装调试及维保服务达成如下协议。
H:第一条 改造范围
P:1.1 改造对象为甲方二号厂房的两台铝型材挤压机、一台时效炉、一条晾衣杆切割打孔线和三条晾衣架装配线。
P:1.2 乙方负责供货、安装、编程、调试：挤压机PLC控制柜及模温、棒温闭环控制；时效炉温控系统；装配线伺服送料及视觉检测单元；车间工业网络；产线监控软件（含设备状态看板、能耗统计及生产报表）。
P:1.3 乙方应保证改造后挤压机与现有液压站、牵引机联动正常，改造期间每次停线不超过七十二小时，具体停线窗口由甲方安排。
H:第二条 合同价款
P:2.1 合同总价为人民币1,274,000元，含税，包括全部设备、软件、运输、安装、调试及培训费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|挤压机PLC改造控制柜（含模温、棒温闭环）|4套|96,000|384,000
TB:2|时效炉温控系统|2套|78,500|157,000
TB:3|装配线伺服送料及视觉检测单元|3套|112,000|336,000
TB:4|工业交换机、光纤及车间网络|1批|68,000|68,000
TB:5|产线监控软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||1,131,000
TB:6|安装调试及程序编制|1项|124,000|124,000
TB:7|操作及维护培训|1项|19,000|19,000
TB:|合计|||1,274,000
H:第三条 付款方式
P:3.1 合同签订后七个工作日内，甲方支付合同总价的25%作为预付款，即318,500元。
P:3.2 设备全部到货并完成安装调试后，甲方支付合同总价的50%，即637,000元。安装调试完成不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%，即318,500元。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后五十日内将设备运抵甲方厂房，并在到货后三十日内完成安装调试。
P:4.2 乙方未按期交货或完成调试的，应采取加派人员等补救措施尽快完成，并承担由此增加的人员和运输费用。
P:4.3 乙方应在合同签订后十五日内提交改造实施方案，包括停线计划、新旧系统切换步骤、应急回退措施和安全防护措施，经甲方设备部确认后实施。每次停线改造前，乙方应完成控制柜出厂测试并向甲方提供测试记录。
P:4.4 设备到货时，双方共同开箱清点，核对型号、数量、合格证及随机资料。到货签收仅表示数量清点，不代表质量合格。
P:4.5 改造期间，乙方应保证挤压车间至少一台挤压机正常生产，不得同时停用两台挤压机；因乙方原因超出约定停线时间的，乙方应承担甲方由此增加的加班及外协加工费用。
H:第五条 验收
P:5.1 验收标准：挤压机连续运行七十二小时无控制故障；模温、棒温控制偏差不超过±3℃；时效炉炉内温差不超过±5℃；视觉检测漏检率不高于0.5%；装配线节拍达到每分钟十八件；监控软件数据与设备实际状态一致，报表数据与人工统计核对无误。
P:5.2 满足上述标准后，甲方在十个工作日内组织验收并签署验收报告。验收不合格的，乙方应在十日内整改后重新验收。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换、升级均由乙方免费负责。
P:6.2 质保期满后，乙方按年提供维保服务，年度维保费按软硬件小计的8%计取，即每年90,480元，质保期满后三年内不上调。
P:6.3 故障响应：停线类一级故障，乙方应在接报后1小时内响应，2小时内派工程师到场，8小时内恢复生产；其他故障在接报后次日内到场处理。
P:6.4 乙方超时到场的，每超时一小时向甲方支付500元，从维保费或质保金中扣除。
P:6.5 乙方应在质保期内每季度对控制系统进行一次现场巡检，检查控制柜散热、接线紧固、传感器标定及软件运行状况，并出具巡检报告。乙方应在甲方所在地储备常用易损备件，保证备件更换及时。
P:6.6 质保期内同一设备因同一质量问题累计维修三次仍不能正常运行的，乙方应免费更换同型号新设备，质保期自更换之日起重新计算。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC程序、组态画面、报表模板及其源文件归甲方所有，甲方可自行修改或委托他人维护。监控软件产品本身的知识产权归乙方，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、模具配方及能耗数据属于甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:8.2 乙方远程维护应事先取得甲方同意，通过甲方提供的VPN账号进行，每次维护完成后关闭账号；乙方应对其人员的操作负责。
P:8.3 因乙方原因导致甲方数据泄露、丢失或生产数据被篡改的，乙方应在发现后2小时内通知甲方，协助恢复，并赔偿甲方全部损失。
P:8.4 乙方不得在控制系统中预留未告知甲方的远程访问通道、后门程序或定时锁定功能；乙方应在交付时向甲方移交全部系统账号及口令，由甲方修改后自行管理。
P:8.5 监控软件与甲方ERP系统的数据接口由乙方负责开发调试，接口数据仅在甲方内网传输。
H:第九条 保密
P:9.0 乙方人员进入甲方车间拍照、录像须经甲方同意，拍摄内容不得外传。
P:9.1 乙方对在甲方厂区获知的工艺参数、模具设计、客户及订单信息负有保密义务，不得向任何第三方披露，保密期限至合同终止后五年。
H:第十条 施工与分包
P:10.1 乙方可将电缆桥架敷设、控制柜基础施工等辅助施工内容分包给具有相应资质的单位，但应在进场前书面告知甲方分包单位名称及人员名单。
P:10.2 乙方对分包单位的施工质量和安全负责。施工人员应遵守甲方厂区安全管理制度。
H:第十一条 违约责任
P:11.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施或者赔偿损失等违约责任。
P:11.2 乙方提供的设备或软件不符合合同约定的，甲方有权要求更换或修复，由此产生的费用由乙方承担。
P:11.3 乙方施工人员在甲方厂区违反安全管理制度造成人身伤害或财产损失的，由乙方承担全部责任。
P:11.4 甲方应按约定付款，并为乙方施工提供必要的水电、场地和停线配合。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还甲方已付款项并赔偿损失。
P:12.2 因甲方产品结构调整确需变更改造范围的，双方应协商签订补充协议，合同价款按实际工程量调整。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、改造实施方案。
P:14.2 本合同附件与正文具有同等效力；附件与正文不一致的，以正文为准。双方往来函件以书面形式送达合同首部所列地址。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：2026年　月　日
"""

Z03 = """拾革手作连锁门店预约及会员管理系统服务合同

合同编号：SG-IT-2026-003
甲方：杭州拾革手作文化发展有限公司
乙方：上海约匠云科技有限公司

甲方经营“拾革手作”皮具DIY体验连锁门店共三十五家，为统一管理课程预约、会员储值及门店排班，甲方向乙方订购“约匠云”门店预约及会员管理系统（SaaS）服务，并委托乙方实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务。乙方通过其云平台向甲方提供以下功能：
1. 微信小程序在线预约、课程排期及手艺师排班；
2. 会员注册、储值卡、次卡、积分及优惠券管理；
3. 门店收银对账、材料包库存及耗材领用管理；
4. 总部管理端，含三十五家门店的经营看板、课程评价及报表。
（二）实施服务。乙方负责系统配置、甲方原有会员数据及储值余额迁移、小程序界面按甲方品牌定制、收银设备对接及门店店长培训。
（三）服务期为两个服务年度。第一个服务年度自系统上线验收合格之次日起算，第二个服务年度紧接第一个服务年度。

（四）乙方承诺在服务期内持续对系统进行功能迭代和安全更新，不因版本升级另行收费，升级不得导致已有功能缺失或甲方数据丢失。

二、费用及支付
（一）费用明细：
1. 门店订阅费：每店每服务年度6,800元，三十五家门店每服务年度合计238,000元；
2. 总部管理端年费：每服务年度36,000元；
3. 一次性实施费：58,000元。
两个服务年度合计，本合同总金额为人民币606,000元（含税）。
（二）实施费在上线验收合格后十五个工作日内一次付清。
（三）各服务年度的订阅费及年费，在该服务年度开始后十个工作日内由甲方一次支付，即每服务年度274,000元。
（四）服务期内甲方增开门店的，新增门店按每店每服务年度6,800元按月折算计费。
（五）甲方关闭门店的，自关闭次月起相应门店订阅费按月折算，在下一期费用中抵减。
（六）乙方收款后五个工作日内向甲方开具增值税专用发票。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施工作，具备上线条件。
（二）上线验收标准：
1. 三十五家门店全部可正常使用预约、收银和会员功能；
2. 迁移后会员人数、储值余额、剩余次数与甲方原系统逐户核对一致；
3. 预约、核销、退款、储值充值等主要业务流程测试通过，无一级缺陷；
4. 收银数据与微信支付商户对账单连续七日核对一致。
（三）甲方应在乙方提交上线验收申请后七个工作日内组织验收，出具书面验收意见。门店试用期间的使用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日按本合同总金额的万分之六向甲方支付违约金。
（五）乙方应指定一名实施经理全程负责，实施期间每周向甲方提交进度报告，门店切换应安排在营业时间以外进行，切换当日乙方应安排人员远程值守，保证门店次日正常营业。
（六）乙方应为三十五家门店店长及总部运营人员提供线上培训，并为每家门店提供操作视频和常见问题手册；新店开业时，乙方应免费提供开店配置和远程培训。

四、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，因计划内维护造成的中断除外，计划内维护应安排在每日零点至六点之间并提前两日通知。
（二）故障响应：
1. 一级故障（小程序无法预约或门店无法收银）：乙方应在30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，当日内解决；
3. 一般咨询：工作日内答复。
（三）月度可用率未达到承诺值的，按以下方式减免当月费用：可用率每低于承诺值0.5个百分点，减免当月订阅费的5%；一级故障超时恢复的，每超时一小时减免800元。减免金额从下一期费用中抵扣。

五、数据权属与数据安全
（一）甲方会员信息、预约记录、消费及储值数据归甲方所有。
（二）甲方同意，乙方可在对上述数据进行去标识化处理后，用于手作体验行业消费趋势分析报告的编制及乙方产品功能优化，该等分析结果归乙方所有。
（三）乙方应按照网络安全等级保护第二级的要求运营平台，对会员手机号等个人信息加密存储，按最小权限原则设置访问权限，保留操作日志；发生个人信息泄露等安全事件的，乙方应在发现后8小时内通知甲方，按法律要求采取补救措施，并承担因其过错造成的损失。
（四）服务期满或合同解除后三十日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除平台上的甲方数据。

（五）乙方不得在小程序中向甲方会员推送乙方或第三方的广告，不得以任何方式引导甲方会员转至其他商家。

六、知识产权
（一）“约匠云”平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序界面、课程展示页面及品牌视觉素材归甲方所有，甲方可自由使用和修改。

七、保密
（一）双方对在合作中获知的对方商业信息、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内持续有效。
（二）乙方应要求其可能接触甲方数据的员工签署保密承诺，并对员工的保密行为负责。
（三）甲方对乙方平台的产品报价、接口文档及技术方案负有保密义务。

八、续期
服务期满前三十日，甲方未以书面形式提出不再续订的，本合同自动续期一个服务年度，以此类推。续期服务年度的订阅费及年费，乙方有权根据届时的产品价格体系上调，上调幅度不超过上一服务年度费用的10%，乙方应在续期前以邮件通知甲方。

九、转包与分包
乙方不得将本合同项下服务转包；如需将短信发送、门店设备安装等部分工作分包，应事先取得甲方书面同意。

十、合同解除
（一）乙方连续两个月月度可用率低于承诺值，或发生严重数据安全事件，或有其他严重违约行为且经甲方通知后十日内未改正的，甲方有权书面通知解除合同，并要求乙方退还未使用服务期对应的费用。
（二）甲方逾期付款超过六十日的，乙方可书面催告后暂停服务。

十一、违约责任
（一）任何一方违反本合同约定给对方造成损失的，应予以赔偿。
（二）因乙方原因导致会员储值余额、次卡次数错误的，乙方应在发现后二日内协助甲方核实并更正，因此造成的会员投诉及补偿费用由乙方承担。
（三）甲方逾期支付费用的，乙方应书面催告，不得在催告期内删除甲方数据。

（四）合同解除后，乙方应按本合同第五条第（四）项的约定向甲方导出数据，并协助甲方将会员数据迁移至甲方指定的其他系统，不得以任何理由拒绝或拖延。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十三、其他
（一）乙方对系统的版本升级应提前五个工作日通知甲方，涉及门店操作变化的，应同时提供更新说明和培训。
（二）双方指定的联系人及联系方式变更的，应及时书面通知对方。
（三）本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州拾革手作文化发展有限公司
乙方（盖章）：上海约匠云科技有限公司
签订日期：2026年4月　日
"""

Z04 = """湖滨县血吸虫病防治站血吸虫病疫情监测信息系统年度运维服务合同

项目编号：HBCG-2026-CS-041（竞争性磋商）
甲方（采购人）：湖滨县血吸虫病防治站
乙方（供应商）：湖南景澜信息技术服务有限公司

根据湖滨县血吸虫病疫情监测信息系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就该系统2026年度运维服务事宜订立本合同。

1. 服务范围
1.1 运维对象：湖滨县血吸虫病疫情监测信息系统，包括病例报告与查治管理、螺情调查与钉螺分布图层、哨点监测、人畜查病及药物灭螺记录、移动巡查APP及统计上报模块，以及部署该系统的四台应用及数据库服务器、存储和安全设备。
1.2 服务内容：日常巡检与监控；故障处理；数据库维护与备份；操作系统和中间件补丁更新；系统与省级寄生虫病防治信息平台的数据交换保障；汛期及查螺季节的现场保障；用户培训与操作指导；每季度提交运维报告。
1.3 服务期限：自2026年1月1日起至2026年12月31日止。

2. 服务费用及支付
2.1 本合同运维服务费总额为人民币368,000元（含税），包括人员、交通、备品备件及乙方履行本合同的全部费用。
2.2 服务费按季度支付，每季度92,000元。每季度结束后，甲方对该季度服务进行考核，考核合格后十五个工作日内支付该季度服务费。
2.3 本合同不设预付款。
2.4 乙方请款时应提交该季度运维报告、考核结果及合法有效的发票。运维服务中需要更换的硬件备品备件，单件价格在两千元以下的由乙方承担，超过的由双方另行商定。

3. 服务要求
3.1 乙方应指派一名驻场工程师，工作日在甲方办公场所驻场服务，并另设不少于两名远程支持工程师。驻场人员变更须提前十日书面征得甲方同意。
3.2 日常巡检每日一次，深度巡检每月一次，巡检记录每月报送甲方。
3.3 数据库每日增量备份、每周全量备份，备份数据异地保存，每季度进行一次恢复演练。
3.4 每年三月至五月查螺高峰期间及汛期，乙方应增派一名工程师驻场保障。
3.5 乙方应在服务开始后十日内完成系统现状评估，梳理服务器、数据库、网络及安全设备清单和账号权限，形成运维基线文档报甲方确认。
3.6 系统升级、补丁更新及配置变更应提前三个工作日提交变更方案，经甲方同意后在非工作时间实施，并做好回退准备。
3.7 乙方应于每年汛前对服务器机房的供电、空调及不间断电源运行情况进行检查，发现隐患及时书面报告甲方。
3.8 乙方应为各乡镇查螺员及防治站业务人员提供移动巡查APP使用培训，每年不少于两次，并在收到使用问题后当日答复。

4. 服务水平
4.1 系统月度可用率不低于99.95%（计划内维护除外）。
4.2 故障分级及时限：
（1）一级故障：系统整体不可用、疫情数据无法上报或数据丢失的，乙方应在1小时内响应，3小时内恢复系统运行；
（2）二级故障：部分模块不可用的，2小时内响应，当日内修复；
（3）三级故障：一般性问题，次日内处理完毕。
4.3 未达到上述服务水平的，按以下标准扣减当季度服务费：月度可用率每低于承诺值0.01个百分点扣减500元；一级故障每超时一小时扣减1,000元；二级故障每超时一小时扣减300元。

5. 考核与验收
5.1 甲方每季度按运维服务考核细则对乙方进行考核，考核内容包括巡检记录完整性、故障处理及时率、备份恢复演练结果、用户满意度，考核得分八十分以上为合格。
5.2 服务期满后，甲方依据四个季度考核结果、运维报告及系统运行状况组织年度验收，出具书面验收意见。
5.3 考核不合格的，乙方应在十日内提交整改报告并完成整改。
5.4 乙方应建立运维日志，如实记录每次故障的发生时间、响应时间、处理过程和恢复时间，作为考核及扣减服务费的依据。运维日志应每月报甲方信息管理人员核对签字。

6. 数据安全
6.1 系统内病例信息、查治记录、螺情数据及全部业务数据归甲方所有，乙方仅可为履行本合同访问和处理上述数据，不得复制、留存或用于其他任何目的。
6.2 乙方人员应通过甲方堡垒机进行运维操作，不得在个人设备上存储业务数据。涉及患者个人信息的操作须经甲方书面审批。
6.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担相应法律责任并赔偿甲方损失。

7. 保密
7.1 乙方及其人员对在服务中接触的疫情信息、患者个人信息、甲方内部资料负有保密义务，未经甲方书面同意不得向任何第三方披露或发布。
7.2 乙方不得以任何形式发布或引用本系统的疫情数据、截图及业务资料，用于宣传、论文或其他项目。
7.3 乙方应与驻场及远程工程师签订保密承诺书并报甲方备案。保密义务不因合同终止而解除。

8. 知识产权
运维过程中为甲方编写的脚本、报表模板、巡检工具配置及运维文档，知识产权归甲方所有。

8.2 乙方提供的运维工具软件如需安装在甲方服务器上，应事先报甲方审核，并保证不含恶意代码。

9. 分包
乙方不得将本合同服务分包或转包给任何第三方。

10. 违约责任
10.1 乙方未按约定时间完成季度巡检、补丁更新或备份恢复演练的，每逾期一日按合同总额的千分之一向甲方支付违约金。
10.2 乙方违反数据安全或保密义务的，应赔偿甲方由此遭受的全部损失。
10.3 乙方驻场人员无故缺勤的，每缺勤一日扣减服务费800元；乙方未经甲方同意更换驻场人员的，每次扣减2,000元。
10.4 除人身伤害及故意违约外，乙方在本合同项下的累计赔偿责任（含违约金及服务费扣减）不超过合同总额的百分之六十。

10.5 乙方应对其人员在甲方场所的人身安全负责，并为驻场人员办理必要的保险。

11. 合同的变更与解除
11.1 本合同履行期间，任何一方不得单方解除合同。
11.2 乙方未达到服务要求或存在其他违约行为的，甲方有权要求乙方继续履行、限期整改，并依照本合同扣减服务费或要求乙方支付违约金。
11.3 因政策调整或不可抗力导致合同无法继续履行的，双方协商变更或终止合同。

12. 服务期满
12.1 服务期满本合同自然终止，不自动续期。乙方应在期满前十五日内向甲方或甲方指定的接替单位完成系统账号、文档、脚本及备份数据的交接，并配合交接后一个月内的咨询。

12.2 合同终止时，乙方应删除其持有的全部与本项目有关的数据副本，并向甲方出具书面确认。

13. 争议解决
13.1 履行本合同发生争议的，双方友好协商；协商不成的，依法向甲方所在地人民法院提起诉讼。

14. 其他
14.1 磋商文件、响应文件、成交通知书及运维服务考核细则为本合同不可分割的组成部分。
14.2 本合同履行中双方的通知应以书面形式送达合同所列地址，以电子邮件发送的，发出后次一工作日视为送达。
14.3 本合同一式五份，甲方三份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。

甲方（盖章）：湖滨县血吸虫病防治站
法定代表人或授权代表：
乙方（盖章）：湖南景澜信息技术服务有限公司
法定代表人或授权代表：
签订日期：2025年12月　日
"""

Z05 = """# 珠链通生产追溯管理系统软件许可及开发合同

（珠链通标准合同文本 V3.0 · 乙方提供）

- 合同编号：ZLT-2026-0219
- 甲方（买方）：义乌市善缘念珠工艺品厂
- 乙方（卖方）：金华珠链通软件有限公司

甲方拟采用乙方“珠链通”生产追溯管理系统，对念珠从原料木材、菩提子、玉石入库，到切料、车珠、打孔、抛光、穿串、配饰、包装的全过程进行扫码追溯。经双方协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“珠链通”生产追溯管理系统标准版软件许可（50个用户，不限工位终端数）。

1.2 乙方按甲方需求进行定制开发，包括：打孔工序孔径及偏心度检测数据采集接口、穿串工序按珠数和配珠规则的自动校验、佛珠成品“一串一码”标签打印及溯源查询页面、与甲方现有用友财务软件的出入库数据对接。

1.3 乙方负责在甲方厂区部署服务器端、安装车间扫码终端，并对甲方车间班组长及仓管人员进行操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 珠链通生产追溯管理系统软件许可（永久，50用户） | 360,000 |
| 2 | 定制开发（打孔检测接口、穿串校验、一串一码、财务对接） | 150,000 |
| 3 | 部署实施及培训 | 30,000 |
| | 合计 | 540,000 |

合同总价为人民币伍拾肆万元整（¥540,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总价的65%，即351,000元。乙方收到该款项后开始定制开发。

3.2 系统部署完成后五个工作日内，甲方支付合同总价的35%，即189,000元。

3.3 甲方逾期付款的，乙方有权暂停开发、部署及技术支持，工期相应顺延。

3.4 乙方收款后十个工作日内向甲方开具增值税普通发票；甲方需开具专用发票的，应在签订合同时书面提出并提供开票资料。

## 第四条 交付

4.1 乙方应在收到首期款后六十日内完成系统部署。因甲方需求变更、现场条件不具备或甲方未及时配合造成的延误，乙方不承担责任。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 定制开发内容以双方签字确认的《需求确认书》为准。需求确认书签署后，甲方提出新增或变更需求的，乙方有权另行报价，工期相应顺延。

4.4 乙方交付的文档包括：系统安装手册、用户操作手册、扫码终端使用说明。乙方不提供源代码及数据库设计文档。

## 第五条 验收

5.1 系统部署完成并在甲方车间安装扫码终端后，即视为甲方验收合格。

5.2 甲方在系统部署后使用系统录入生产数据的，视为对系统功能的确认。

## 第五条之一 甲方义务

甲方应按乙方要求提供服务器、网络环境、车间扫码终端的安装位置及供电条件，指定项目联系人，及时确认需求及配合测试。因甲方未按时提供上述条件造成的工期延误，由甲方自行承担。甲方应自行负责系统数据的日常备份。

## 第六条 售后服务

6.1 乙方自系统部署完成之日起提供六个月免费维护，内容包括远程技术支持、软件缺陷修复。

6.2 免费维护期满后，甲方如需继续获得技术支持和升级服务，应每年向乙方支付技术服务费，金额为软件许可费的28%，即每年100,800元。

6.3 故障处理：紧急故障（系统无法扫码或无法登录）乙方在接到甲方通知后8小时内响应，一般故障在三个工作日内响应。乙方尽力修复故障，但不对修复时间作出承诺。

6.4 因故障导致的停工、延误或其他损失，乙方不承担扣款、赔偿或违约金责任。

6.5 以下情形不属于免费维护范围，乙方可按每人每天2,500元另行收费：甲方新增功能或修改流程；因甲方硬件故障、网络中断、病毒或人为误操作引起的问题；甲方自行移动服务器或扫码终端；非工作时间的现场服务。

6.6 软件版本升级由乙方统一安排，甲方应配合升级，因甲方拒绝升级导致的问题乙方不予处理。

## 第七条 知识产权

7.1 “珠链通”系统及其所有模块的知识产权归乙方所有。

7.2 乙方为甲方定制开发的接口程序、校验规则模块、标签模板及相关源代码，知识产权归乙方所有。甲方在本合同约定的用户数内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向他人提供。

## 第八条 数据与信息安全

8.1 甲方在系统中录入和产生的生产数据、工艺参数、客户订单信息归甲方所有，乙方不得将其用于本合同以外的目的，不得向第三方提供。

8.2 系统部署在甲方服务器上。乙方远程维护须经甲方同意，使用甲方分配的临时账号，维护结束后由甲方关闭账号。

8.3 乙方对其人员的操作负责。因乙方原因造成甲方数据泄露或丢失的，乙方应立即通知甲方并协助恢复，并在本合同第十条约定的范围内承担赔偿责任。

8.4 系统运行所需的服务器操作系统、数据库软件及杀毒软件由甲方自行采购并负责授权合规，乙方不对上述第三方软件的缺陷或安全漏洞承担责任。

8.5 甲方应妥善保管系统管理员账号及口令，因甲方人员操作不当、账号泄露或擅自修改系统配置造成的数据错误或丢失，由甲方自行承担。

## 第九条 保密

双方对在合作过程中获知的对方技术资料、工艺及经营信息负有保密义务，未经对方同意，不得向第三方披露。本条在合同终止后两年内有效。

9.2 乙方可在不披露甲方具体生产数据的前提下，向其他客户演示为甲方开发的功能模块。

## 第十条 责任限制

10.1 任何情况下，乙方均不对甲方的利润损失、停工损失、商誉损失等间接损失承担责任。

10.2 乙方在本合同项下的累计赔偿责任总额（包括违约金）以合同总价的百分之二十为限。

10.3 甲方因使用本系统而与其客户、供应商发生的任何纠纷，由甲方自行处理，乙方不承担任何责任。

## 第十一条 合同解除

11.1 任何一方严重违反本合同，经对方书面通知后二十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除的，已交付软件许可费不予退还。

11.3 甲方未按约定支付款项超过十五日的，乙方有权解除合同或暂停系统授权，由此造成的生产影响由甲方承担。

## 第十一条之一 不可抗力

因地震、火灾、洪水、疫情、政府行为、网络运营商故障、电力中断等不可抗力或乙方无法控制的原因导致乙方不能履行或延迟履行合同的，乙方不承担违约责任，履行期限相应顺延。

## 第十一条之二 通知

双方往来通知以本合同首部所列地址、电话及电子邮箱送达。乙方通过电子邮件、微信工作群或系统公告发出的通知，发出即视为送达。

## 第十二条 法律适用与争议

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 乙方有权在其宣传材料及客户案例中使用甲方的名称及商标。

13.2 本合同文本为乙方标准合同文本，双方另有约定的，以补充协议为准。

13.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：义乌市善缘念珠工艺品厂　　　　乙方（盖章）：金华珠链通软件有限公司

签订日期：2026年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KAS-2026-CN-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangxi Ruiyuan Cobalt New Materials Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ganzhou, Jiangxi Province (the "Buyer"), and Katanga Assay Systems SARL, a company incorporated in the Democratic Republic of the Congo with its registered office at Avenue Kasaï, Lubumbashi, Haut-Katanga (the "Supplier").
P:The Buyer operates a refinery and an incoming-material laboratory that assays cobalt hydroxide and copper-cobalt concentrates. The Supplier develops the LabKat laboratory information management software used by assay laboratories in the Copperbelt. The Buyer wishes to acquire a perpetual licence of LabKat together with configuration, interfaces, data migration and training services, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the LabKat Enterprise software, release 7, in object code, including the sample-registration, chain-of-custody, instrument-interface, quality-control and certificate-of-analysis modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interface programs, report templates, scripts and documents prepared by the Supplier specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including sample records, assay results, customer and supplier information and instrument readings.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Scope
P:2.1 The Supplier shall deliver and install the Software on the Buyer's servers in Ganzhou and shall perform the following services: configuration of workflows for the refinery laboratory and the incoming-material laboratory; interfaces to eleven instruments (ICP-OES, XRF and titration units) and to the Buyer's ERP and weighbridge systems; migration of assay records from 2019 onwards from the Buyer's existing spreadsheets and database; and training for laboratory supervisors, analysts and administrators.
P:2.2 The Supplier's team shall work on site in Ganzhou during configuration, testing and go-live, and remotely at other times through access approved by the Buyer.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,550,000, inclusive of all taxes, duties and travel costs, made up as follows: Software perpetual licence (60 named users, unlimited instruments) CNY 980,000; configuration and interfaces CNY 410,000; data migration CNY 96,000; training and go-live support CNY 64,000.
P:3.2 The Contract Price is fixed. No additional charges apply unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 310,000) within twenty days after signature of this Agreement, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 697,500) after installation of the Software and successful completion of the integration tests under Article 5.1. Installation and integration testing do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 542,500) within thirty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Supplier's invoice.
H:Article 5 Delivery, Testing and Acceptance
P:5.1 The Supplier shall complete installation, configuration and interfaces within one hundred days after signature. Integration tests shall demonstrate that every instrument interface transfers results without manual keying, that ERP and weighbridge records are matched to samples, and that the migrated records reconcile with the source data.
P:5.2 Final Acceptance criteria: all functions in the agreed specification work as described; a parallel run of thirty consecutive days produces certificates of analysis identical to those of the existing process; the audit trail records every change to results with user, time and reason; the system handles 400 samples per day with response times under three seconds; and no Severity 1 defect occurs during the parallel run.
P:5.3 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days or state its reasons in writing. Use of the Software in production before that signature does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and Custom Deliverables will perform in accordance with the specification for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects, supply updates and provide support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support at a fee of 11% of the licence fee, being CNY 107,800 per year. This fee is fixed for the first three years after the Warranty Period. Each year of support requires a written order from the Buyer; support does not renew automatically.
P:6.3 Severity 1 (the Software is unavailable or results cannot be released): the Supplier shall respond within one hour and restore operation within six hours. Severity 2 (a major function is impaired): response within two hours and a fix or workaround within two working days. Severity 3: response within one working day.
P:6.4 If the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software for the Buyer's own operations at its sites in China.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify and license them freely, and the Supplier shall deliver their source code at Final Acceptance.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only to perform this Agreement and shall not copy, retain, disclose or use it for any other purpose.
P:8.2 The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Remote access requires the Buyer's prior approval for each session, multi-factor authentication and the Buyer's bastion host. No Buyer Data may be transferred outside the Buyer's premises.
P:8.3 The Supplier shall notify the Buyer within six hours of becoming aware of any loss, leak or unauthorised access affecting Buyer Data, shall cooperate in containment and investigation, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Buyer's assay methods, customers and prices, and shall not disclose it to any third party without prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Supplier fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for the acts of any approved subcontractor. Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within twenty days after receiving notice, or if delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund payments received for services not accepted and shall return all Buyer Data.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Democratic Republic of the Congo.
P:13.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of both parties. If it is not resolved within thirty days, it shall be settled by arbitration in Lubumbashi under the Arbitration Rules of the Common Court of Justice and Arbitration of OHADA, in the English language.
H:Article 14 General
P:14.3 Notices under this Agreement shall be in writing in English and delivered by courier or e-mail to the addresses stated above. A notice sent by e-mail takes effect on the next working day at the place of receipt.
P:14.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

E02 = """# ORDER FORM — TRACECOBALT RESPONSIBLE SOURCING PLATFORM

**Order Form No.** TC-OF-2026-031
**Provider:** Lualaba Trace Solutions SARL, Boulevard Mwant Yav, Kolwezi, Lualaba Province, Democratic Republic of the Congo ("Provider")
**Customer:** Hunan Xinghe Battery Materials Co., Ltd., Changsha, Hunan Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

TraceCobalt is a web-based platform for supply-chain due diligence on cobalt and copper feedstock. It provides supplier onboarding questionnaires, mine-site and trader profiles, chain-of-custody records for each lot, document storage for assay certificates and export permits, red-flag screening against the OECD Due Diligence Guidance for minerals from conflict-affected and high-risk areas, and annual due-diligence report templates. Customer will use it for the purchase of cobalt hydroxide from the Democratic Republic of the Congo and Zambia.

### A2. Subscription Term

The Subscription Term is twenty-four months starting on the Go-Live Date (A4). The year starting on the Go-Live Date is the first "Subscription Year", and the year starting on its first anniversary is the second. The Subscription Term ends at the end of the second Subscription Year and does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit fee (CNY) | Fee per Subscription Year (CNY) | Total over the Subscription Term (CNY) |
|---|---|---|---|---|
| Platform subscription, Enterprise edition | 1 | 186,000 | 186,000 | 372,000 |
| Supplier-portal seats | 120 | 450 | 54,000 | 108,000 |
| Onboarding and data import (one-time) | 1 | 68,000 | — | 68,000 |
| **Total Contract Value** | | | | **548,000** |

All fees are in CNY and include value-added tax. The subscription and seat fees are invoiced quarterly in advance, at the start of each calendar quarter of the Subscription Term, in equal instalments of CNY 60,000. The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within thirty days. Additional seats may be added at CNY 450 per seat per Subscription Year, pro rata.

### A4. Onboarding and Go-Live Acceptance

Provider will configure the platform for Customer's purchasing workflow, import Customer's existing supplier register (about 140 suppliers and traders) and historical lot records from 2024 and 2025, set up single sign-on with Customer's identity provider and train Customer's sourcing and compliance staff. Provider will complete onboarding within sixty days after signature of this Order Form.

Go-Live Acceptance criteria: all imported supplier and lot records reconcile with Customer's register; a sample of fifty lots can be traced from mine site or trader to Customer's warehouse with all required documents; single sign-on works for all named users; and red-flag screening runs on every supplier profile. Customer will sign a Go-Live Acceptance Certificate within ten working days after the criteria are met. The Go-Live Date is the date of that certificate. Use of the platform by Customer's staff during onboarding is not acceptance.

If onboarding is not completed on time for reasons attributable to Provider, Provider shall pay Customer CNY 350 for each day of delay, deducted from the onboarding fee.

### A5. Support

Support is provided by e-mail and through the platform's ticket function in English, French and Chinese during Provider's business hours (08:00–17:00 Kolwezi time, Monday to Friday). Provider will handle tickets in the order received.

### A6. Contacts and Approved Subprocessors

Provider account manager: Mr. Patrick Ilunga. Customer contract owner: Ms. Zhou Min, Responsible Sourcing Department. Approved subprocessor for hosting: Alibaba Cloud (mainland China region, Shanghai). No other subprocessor is approved.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access and use the Service for Customer's internal business purposes, for the number of seats ordered.

1.2 Provider will use commercially reasonable efforts to make the Service available, and will carry out maintenance at times it considers suitable, giving notice on the platform where practicable. Provider does not commit to any particular availability level, response time or resolution time.

1.3 Provider may update the Service from time to time, provided that updates do not materially reduce the functions described in A1.

### 2. Customer Data

2.1 "Customer Data" means all data and documents uploaded to or generated in the Service by or for Customer, including supplier information, lot records, certificates and reports. Customer Data belongs to Customer.

2.2 Provider shall use Customer Data only to provide the Service to Customer and shall not use, analyse, aggregate or disclose it for any other purpose, during or after the Subscription Term.

2.3 At the end of the Subscription Term, Provider shall make Customer Data available for export in CSV and PDF formats for sixty days, and shall then delete it and confirm the deletion in writing.

### 3. Data Security

3.1 Customer Data is hosted only in the Alibaba Cloud mainland China region named in A6. Provider shall protect it with encryption in transit and at rest, role-based access control, multi-factor authentication for administrators and logging of all administrative access, and shall maintain an information-security programme consistent with ISO/IEC 27001.

3.2 Provider shall notify Customer within eight hours of becoming aware of any security incident affecting Customer Data, shall take all reasonable measures to contain it, and shall cooperate with Customer's investigation and any notification to authorities. Provider is liable for losses caused by a security incident that results from its failure to meet this clause 3.

3.3 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in respect of Customer Data.

### 4. Intellectual Property

4.1 Provider retains all rights in the Service, its software and its general templates.

4.2 Workflows, questionnaires, report layouts and other configurations created specifically for Customer during onboarding or at Customer's request ("Customer Configurations") belong to Customer. Customer may use, copy and modify them and allow third parties to use them, also after the Subscription Term.

### 5. Confidentiality

5.1 Each party shall keep confidential all non-public information disclosed by the other party, including Customer's supplier list, prices and due-diligence findings, and shall use it only for the purposes of this Order Form. These obligations continue for three years after the Subscription Term ends.

### 6. Subcontracting

6.1 Provider shall not subcontract the performance of the Service, or engage any subprocessor other than the one approved in A6, without Customer's prior written consent. Provider remains responsible for its approved subprocessor.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

7.2 Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

### 8. Term and Termination

8.1 This Order Form starts on signature and ends at the end of the Subscription Term.

8.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice. If Customer terminates for Provider's breach, Provider shall refund any fees paid for the period after the termination date.

### 8A. Customer Responsibilities and Suspension

8A.1 Customer is responsible for the accuracy of the information it and its suppliers enter into the Service and for the use of the Service by its named users and supplier-portal users, who shall keep their log-in details to themselves.

8A.2 Customer shall not use the Service to store material that is unlawful or infringes the rights of others, and shall not attempt to test, probe or interfere with the Service's infrastructure without Provider's written agreement.

8A.3 Provider may suspend access for a user account that is being used in breach of this clause, after notifying Customer and giving it a reasonable opportunity to resolve the matter, and shall restore access as soon as the breach has ended. Provider may not suspend the Service as a whole for a disputed invoice while Customer pays the undisputed amount.

8A.4 Each party shall comply with the export-control and sanctions laws that apply to it in connection with this Order Form.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Notices must be in writing and sent to the contacts in A6. This Order Form is the entire agreement on its subject and may be amended only in writing signed by both parties.

**Signed for Customer:** ______________________ Date: __________

**Signed for Provider:** ______________________ Date: __________
"""

E03 = """T:PURCHASE CONTRACT FOR CONVEYOR CONDITION-MONITORING SENSORS AND SOFTWARE
P:Contract No. AHQS-PUR-2026-052
P:Buyer: Anhui Qingshan Cement Co., Ltd., No. 8 Kiln Road, Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Likasi Industrial Monitoring SARL, Avenue de la Gare, Likasi, Haut-Katanga, Democratic Republic of the Congo (the "Supplier").
P:This contract is made on the Buyer's standard purchase terms. The Buyer wishes to equip the limestone, clinker and cement conveyors of its Wuhu plant with wireless vibration and temperature sensors and a condition-monitoring software licence, and the Supplier, which supplies such systems to mining and bulk-handling plants, has agreed to deliver and install them on the terms below.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and edge server listed in the price table in clause 2.1.
P:1.2 "Software" means the Supplier's ConveyorSense condition-monitoring software, licensed for 240 measuring points, with its analytics, alarm and reporting modules.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's plant, together with the Custom Work.
P:1.4 "Custom Work" means the alarm rules, dashboards, interface to the Buyer's DCS and maintenance management system, and reports prepared by the Supplier for the Buyer.
P:1.5 The Supplier shall deliver the Equipment and Software, install and commission them on 38 belt conveyors, integrate the System with the Buyer's DCS and maintenance management system, train the Buyer's maintenance staff and provide warranty services as set out in this contract.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,040,000, inclusive of value-added tax, packing, insurance and delivery to the Buyer's plant. It is made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX-rated|240|1,650|396,000
TB:2|Wireless gateway with 4G backhaul|12|8,600|103,200
TB:3|Edge server with redundant power supply|1|68,800|68,800
TB:4|ConveyorSense software, perpetual licence, 240 points|1|372,000|372,000
TB:|Equipment and Licence Subtotal|||940,000
TB:5|Installation, commissioning and integration|1|86,000|86,000
TB:6|Training (two sessions on site)|1|14,000|14,000
TB:|Contract Price|||1,040,000
P:2.2 The Contract Price is fixed and covers everything needed to deliver a complete, working System.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 104,000) within fifteen working days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 572,000) after delivery and installation of all Equipment, on the basis of a signed installation record. The installation record is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 364,000) within thirty days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver the Equipment within seventy days after signature and complete installation and commissioning within forty-five days after delivery, in maintenance windows agreed with the Buyer.
P:4.2 If the Supplier is late in delivery or in reaching Final Acceptance, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligations.
P:4.3 The Equipment shall be packed for sea and road transport and delivered DAP to the Buyer's plant in Wuhu. The Supplier is responsible for export clearance in the country of shipment, and the Buyer for import clearance in China, at the Supplier's cost for duties, which are included in the Contract Price. Title and risk in the Equipment pass to the Buyer on delivery at the plant.
P:4.4 The Supplier's staff working at the plant shall follow the Buyer's safety rules, including lock-out procedures for conveyors, permits for work at height and the wearing of protective equipment, and shall attend the Buyer's safety induction before starting work.
H:5. Acceptance
P:5.1 Final Acceptance requires that: every sensor reports to the Software at the agreed interval; vibration readings agree with a calibrated portable analyser within ±5% on a sample of 24 points; alarms reach the DCS and the maintenance management system within ten seconds; a trial run of forty-five days takes place without a Severity 1 fault; and all documents and training have been delivered.
P:5.2 The Buyer shall issue the Final Acceptance Certificate within ten working days after the criteria are met, or notify the defects found. Delivery, installation, use of the System or payment is not acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the System for thirty-six months from Final Acceptance. During this period it shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and travel, and supply all Software updates.
P:6.2 Severity 1 faults (loss of monitoring on a conveyor line or failure of the edge server): the Supplier shall respond remotely within 30 minutes and restore monitoring within eight hours, sending an engineer or replacement parts where needed. Other faults: response within one working day.
P:6.3 For every hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay the Buyer CNY 600, deducted from any amount due or from the performance bond.
P:6.4 After the warranty, the Supplier shall offer annual support at no more than 9% of the Equipment and Licence Subtotal, that is CNY 84,600 per year, fixed for the first two years after the warranty. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare sensors and one spare gateway at the Buyer's plant during the warranty, replenished within ten working days after use, so that failed units can be replaced by the Buyer's maintenance staff without waiting for shipment.
P:6.6 The Supplier shall deliver operating and maintenance manuals, wiring diagrams, the sensor mounting drawings, the list of measuring points with their alarm limits and the as-built configuration of the Software, in Chinese and English, before Final Acceptance.
H:7. Intellectual Property
P:7.1 The Software remains the Supplier's property and is licensed to the Buyer perpetually for use at the Wuhu plant. Embedded firmware is licensed with the Equipment.
P:7.2 The Custom Work, including source code of the interfaces, belongs to the Buyer, which may use, modify and license it without restriction.
H:8. Data Security and Data Ownership
P:8.1 All measurements, alarms, maintenance records and other data produced by the System belong to the Buyer. The Supplier shall use them only to perform this contract and shall not copy, keep or disclose them, or use them for any other purpose, including product development.
P:8.2 The System is installed on the Buyer's network. Remote access by the Supplier requires approval for each session and takes place through the Buyer's VPN and bastion host. The Supplier shall follow the Buyer's industrial control system security rules.
P:8.3 The Supplier shall report any security incident it causes or discovers within two hours, help to contain it and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's plant layouts, process data and other non-public information received under this contract and shall not disclose it to any third party without the Buyer's written consent, during the contract and for five years afterwards.
P:9.2 The Supplier may refer to the Buyer as a customer in its reference list only with the Buyer's prior written approval, and shall not publish photographs of the Buyer's plant or data from the System.
H:10. Liability
P:10.1 The Supplier's total liability under this contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, for which liability is not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the contract without the Buyer's prior written consent. Mechanical mounting of sensors may be carried out by a local contractor approved in writing by the Buyer.
H:12. Termination
P:11.2 Any approved local contractor shall hold the qualifications required by Chinese law for mechanical and electrical installation work and shall follow the same safety rules as the Supplier's staff.
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if liquidated damages reach their maximum. The Supplier shall then refund amounts paid for parts of the System not accepted.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
H:14. Miscellaneous
P:14.1 The Annexes (technical specification, installation plan, acceptance test plan) form part of this contract. This contract is made in two originals in English and Chinese; the Chinese text prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED NETWORK OPERATIONS AND SERVICE DESK AGREEMENT

**Agreement No.** KVD-MSA-2026-007

**Between**

**Shenzhen Haolian Cold-Chain Logistics Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Nanshan District, Shenzhen, Guangdong Province ("Customer"); and

**Kivu Digital Operations SARL**, a company incorporated in the Democratic Republic of the Congo, with its registered office at Avenue du Lac, Goma, North Kivu ("Provider").

**Background.** Customer operates 26 cold-storage warehouses and distribution centres in southern China, connected by a wide-area network and supported by a small internal IT team. Provider runs a multilingual network operations centre and service desk serving clients in Africa and Asia, with engineers working in Chinese, English and French. Customer wishes to outsource round-the-clock network monitoring, incident management and first- and second-line service desk support to Provider, and the parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.

1.3 "Service Levels" means the service levels in Schedule 2.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider receives or accesses in performing the Services, including network configurations, user accounts, temperature-monitoring records and shipment information.

1.5 "Monthly Service Charge" means the charge stated in Schedule 3.

## Section 2. Term

2.1 This Agreement starts on signature. The initial service term is thirty-six months from the Service Commencement Date (the "Initial Term").

2.2 At the end of the Initial Term, and at the end of each renewal term, this Agreement renews automatically for a further year unless either party gives the other written notice of non-renewal at least ninety days before the end of the current term.

2.3 Provider may increase the Monthly Service Charge for any renewal term by up to 6% by written notice given at least sixty days before that renewal term begins. The increased charge applies from the first day of the renewal term.

## Section 3. Services

3.1 Provider shall perform the Services described in Schedule 1 from the Service Commencement Date, remotely from its operations centre in Goma and, where Schedule 1 says so, through local field engineers in Shenzhen arranged by Provider with Customer's written consent.

3.2 Provider shall use qualified staff, keep the runbooks, configuration records and monitoring tools up to date, and give Customer read access to its ticketing system at all times.

3.3 Provider shall attend a monthly service review with Customer and deliver a monthly report on Service Level performance, incidents, changes and capacity trends.

## Section 4. Transition and Acceptance

4.1 Provider shall complete transition within sixty days after signature. Transition includes discovery of all network devices, installation of monitoring probes, set-up of alarms and dashboards, preparation of runbooks for every site, knowledge transfer from Customer's IT team and a parallel run.

4.2 Transition acceptance criteria: all 26 sites and their devices appear in the monitoring system; alarms for link, power and temperature-sensor failures have been tested at each site; runbooks for every site have been approved by Customer; and a parallel run of fourteen days has been completed without a missed Priority 1 incident.

4.3 Customer shall sign the Transition Acceptance Certificate within seven working days after the criteria are met, or give reasons in writing.

4.4 If transition acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2. Service credits are calculated monthly as set out in Schedule 2 and deducted from the next invoice.

5.2 Service credits are a price adjustment and do not prevent Customer from claiming damages for losses caused by Provider's breach.

## Section 6. Charges and Payment

6.1 Customer shall pay the charges in Schedule 3. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The transition charge is invoiced after the Transition Acceptance Certificate is signed.

6.2 Invoices are payable within thirty days after receipt of a correct VAT invoice. No payment is due before the Service Commencement Date.

## Section 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of this Agreement.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all non-public business and technical information received from the other party under this Agreement, use it only for the purposes of this Agreement and not disclose it to third parties without the other party's prior written consent. This obligation continues for three years after this Agreement ends.

## Section 9. Intellectual Property

9.1 Provider keeps the rights in its tools, methods and general runbook templates.

9.2 Runbooks, configuration records, dashboards and reports prepared specifically for Customer belong to Customer, which may use and modify them and hand them to a successor provider.

## Section 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total charges payable for the Initial Term under Schedule 3, except for wilful misconduct and personal injury.

## Section 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider is responsible for any approved subcontractor as for its own staff.

## Section 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

12.2 Customer may also terminate this Agreement by written notice if Provider fails the Priority 1 response Service Level in three consecutive months.

12.3 On expiry or termination, Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, including handover of all runbooks, configuration records and open tickets.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation within thirty days shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 14. General

14.2 Provider shall comply with Customer's site rules, access procedures and IT policies made known to it. Provider's staff and field engineers shall carry identification when visiting Customer's sites and shall be accompanied where Customer requires.

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Network monitoring | Monitoring of routers, switches, firewalls, wireless controllers and SD-WAN links at 26 sites; alarm handling and escalation | 24 x 7 |
| Incident management | Diagnosis and resolution of network incidents, coordination with carriers and hardware vendors | 24 x 7 |
| Service desk, first line | Telephone, e-mail and chat support in Chinese and English for about 1,100 users | 07:00–22:00 China time, every day |
| Service desk, second line | Remote support for accounts, devices, warehouse terminals and printers | 08:00–20:00 China time, every day |
| Change management | Configuration changes on request, up to 60 standard changes a month | Business days |
| Field support | Dispatch of Shenzhen field engineers for hardware replacement | Business days, next day on site |

## Schedule 2 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 incident (site down, or cold-store temperature alarms not received) — response | 15 minutes | 2% of the Monthly Service Charge for each missed incident |
| Priority 1 incident — restoration or workaround | 3 hours | 3% of the Monthly Service Charge for each missed incident |
| Priority 2 incident — response | 1 hour | 1% of the Monthly Service Charge for each missed incident |
| Monitoring platform availability, monthly | 99.95% | 5% of the Monthly Service Charge for each 0.02 percentage point below target |
| Service desk call answer time, monthly average | 45 seconds | 2% of the Monthly Service Charge |

Total service credits in a month are limited to 20% of the Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Amount (CNY) | Basis |
|---|---|---|
| Transition (one-time) | 85,000 | After Transition Acceptance |
| Monthly Service Charge | 42,500 | Monthly in arrears, 36 months = 1,530,000 |
| Total for the Initial Term | 1,615,000 | |
| Additional standard change beyond 60 a month | 380 per change | Monthly in arrears |
| Exit assistance | 2,600 per engineer-day | As used |

**Signed for Customer:** ______________________  **Signed for Provider:** ______________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KOD-API-2026-012

PARTIES

1.1 Kivu Origin Data SARL, a company incorporated in the Democratic Republic of the Congo, with its registered office at Avenue Patrice Lumumba, Bukavu, South Kivu ("Vendor").

1.2 Shanghai Yunmo Coffee Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jing'an District, Shanghai ("Customer").

1.3 Vendor collects and maintains farm-level origin data on coffee and cocoa producers in the Kivu provinces and neighbouring regions: cooperative membership, plot boundaries surveyed by GPS, satellite-based deforestation checks, harvest estimates and certification status. Customer imports green coffee and needs this data to document the origin and deforestation-free status of its purchases for its customers in China and for shipments re-exported to the European Union. Customer wishes to subscribe to Vendor's data through an application programming interface on the terms below.

DEFINITIONS

2.1 "API" means Vendor's OriginLink REST interface, its documentation and the sandbox environment.

2.2 "Licensed Data" means the origin records, plot polygons, deforestation-check results, certification records and related data that Vendor makes available through the API.

2.3 "Customer Data" means the lot numbers, supplier lists, purchase contracts, shipment details and queries that Customer submits to the API or uploads to Vendor's portal, and all results generated specifically from them.

2.4 "Subscription Year" means each of the two consecutive years of the Subscription Term, the first starting on the Subscription Start Date.

2.5 "Subscription Start Date" means the date on which Customer signs the Integration Acceptance Certificate under clause 5.3.

SUBSCRIPTION AND LICENCE

3.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API with up to five production keys and to use the Licensed Data for Customer's own due diligence, quality control, traceability reports to its customers and submissions to authorities.

3.2 Customer may include extracts of the Licensed Data in traceability reports and due-diligence statements relating to coffee it has bought or sold. Customer shall not resell the Licensed Data as a data product or make bulk copies of it available to third parties.

3.3 The Subscription Term is two Subscription Years. It ends at the end of the second Subscription Year and does not renew automatically. Any extension requires a written agreement signed by both parties.

3.4 The subscription includes up to 400,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.08 per call, invoiced quarterly in arrears.

FEES AND PAYMENT

4.1 The fees for the Subscription Term are:
(a) annual subscription fee: CNY 264,000 per Subscription Year, CNY 528,000 for the two Subscription Years;
(b) integration and onboarding fee (one-time): CNY 46,000.
The total contract value is CNY 574,000, including value-added tax. Overage charges under clause 3.4 are not included.

4.2 Vendor shall invoice the integration and onboarding fee together with the annual subscription fee for the first Subscription Year on signature of this Agreement. That invoice, of CNY 310,000, is payable within fifteen days after signature and before Vendor starts the integration work.

4.3 The annual subscription fee for the second Subscription Year is invoiced on the first day of that Subscription Year and payable within thirty days.

4.4 All payments shall be made in CNY to Vendor's account at its bank's Shanghai branch named on the invoice.

INTEGRATION AND ACCEPTANCE

5.1 Within forty-five days after receiving the payment under clause 4.2, Vendor shall connect the API to Customer's purchasing and warehouse system, map Customer's lot numbers and supplier codes to Vendor's producer identifiers, load Customer's existing supplier list and train Customer's quality and compliance staff.

5.2 Integration acceptance criteria: at least 95 lots from Customer's last season are matched to producer plots with a deforestation-check result; API responses for single-lot queries are returned in less than two seconds in a test of 1,000 queries; the mapping of supplier codes has been checked by Customer; and a traceability report can be produced for any matched lot.

5.3 Customer shall sign an Integration Acceptance Certificate within ten working days after the criteria are met or give its reasons in writing. Use of the sandbox or of test keys is not acceptance.

5.4 If Vendor does not meet the criteria within the period in clause 5.1 for reasons attributable to it, Vendor shall pay Customer CNY 400 for each day of delay, set off against the fee for the second Subscription Year.

SERVICE LEVELS

6.1 The production API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least three days in advance and carried out between 00:00 and 05:00 China time.

6.2 Vendor shall respond to Priority 1 incidents (the production API is unavailable or returns wrong results for all queries) within one hour, at any time, and to Priority 2 incidents within one business day.

6.3 If availability in a month falls below the commitment, Customer receives a service credit of 5% of one twelfth of the annual subscription fee for each started 0.1 percentage point below the commitment. If a Priority 1 response is late, Customer receives a credit of CNY 800 for each hour of delay. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

6.4 Vendor shall update the Licensed Data at least monthly and shall correct errors in the Licensed Data reported by Customer within ten business days.

CUSTOMER DATA

7.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the API and the services under this Agreement to Customer and shall not use it for any other purpose, aggregate it with other clients' data or pass it to any third party.

7.2 At the end of the Subscription Term Vendor shall return Customer Data in a machine-readable format and then delete it from its systems within thirty days and confirm the deletion in writing.

DATA SECURITY

8.1 Vendor shall host the production API and Customer Data in a data centre in mainland China operated by its hosting provider named in Annex 2, with encryption in transit (TLS 1.2 or higher) and at rest, access control based on individual accounts, and logs of every administrative access kept for at least six months.

8.2 API keys are issued to named Customer administrators and may be revoked by Customer at any time through the portal.

8.3 Vendor shall notify Customer within six hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain the incident, shall cooperate with Customer in any notice to authorities and shall compensate Customer for losses resulting from its failure to comply with this section.

8.4 Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and with any applicable security assessment for data leaving mainland China.

INTELLECTUAL PROPERTY

9.1 Vendor owns the API and the Licensed Data.

9.2 Field mappings, report templates and integration scripts prepared specifically for Customer belong to Customer, which may use, modify and license them freely, including after the Subscription Term.

CUSTOMER RESPONSIBILITIES

9.3 Customer shall keep its API keys and portal passwords under the control of its named administrators, shall use the API within the documented call rates and shall tell Vendor promptly about errors it finds in the Licensed Data or in the results returned for its lots.

9.4 Customer is responsible for the accuracy of the supplier lists and lot information it submits.

SUBCONTRACTING

10.1 Vendor shall not subcontract any part of its obligations, other than hosting by the provider named in Annex 2, without Customer's prior written consent. Vendor remains responsible for its hosting provider and any approved subcontractor.

LIABILITY

11.1 Neither party is liable for loss of profit or indirect loss.

11.2 Vendor's total liability under this Agreement is limited to 150% of the total contract value, except for breach of the sections on Customer Data and Data Security, for which liability is not limited.

TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Subscription Term.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after notice.

12.3 If Customer terminates under clause 12.2, Vendor shall refund the fees paid for the part of the Subscription Term after termination and the integration fee if integration acceptance has not been achieved.

GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding.

GENERAL

14.1 Annex 1 (API documentation and data dictionary) and Annex 2 (hosting provider) form part of this Agreement. This Agreement may be amended only in writing signed by both parties.

14.2 Notices shall be sent by e-mail and courier to the addresses on the signature page.

SIGNATURES

For Vendor: ______________________  Name and title: ______________________  Date: __________

For Customer: ______________________  Name and title: ______________________  Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h755z01_invasive_species_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h755z02_clothes_rack_extrusion_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h755z03_leathercraft_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h755z04_schistosomiasis_surveillance_system_om.txt", "txt", Z04),
    "z05": ("h755z05_prayer_bead_tracking_supplier_template.md", "md", Z05),
    "e01": ("h755e01_assay_lims_perpetual_licence_lubumbashi_vendor.pdf", "pdf", E01),
    "e02": ("h755e02_responsible_sourcing_saas_order_form_kolwezi_vendor.md", "md", E02),
    "e03": ("h755e03_conveyor_monitoring_sensors_likasi_vendor.docx", "docx", E03),
    "e04": ("h755e04_managed_noc_service_desk_goma_vendor.md", "md", E04),
    "e05": ("h755e05_coffee_origin_data_api_bukavu_vendor.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
T_, F_ = True, False
# values in TERM_KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
LABELS = {
    "z01": ("zh", "software", [99.95, 0.5, T_, "buyer", T_, T_, T_, 0.08, None, 20, T_, T_, 24, 9, F_, T_, F_, "PRC", G],
            [T_, T_, T_, F_, 1420000]),
    "z02": ("zh", "hardware", [None, 1, T_, "buyer", T_, T_, T_, None, None, 25, T_, T_, 24, 8, F_, T_, T_, "PRC", G],
            [T_, F_, T_, F_, 1274000]),
    "z03": ("zh", "cloud", [99.5, 0.5, T_, "buyer", T_, F_, T_, 0.06, None, None, T_, None, None, None, T_, T_, F_,
                            "PRC", S],
            [T_, T_, None, F_, 606000]),
    "z04": ("zh", "services", [99.95, 1, T_, "buyer", T_, T_, T_, 0.1, 60, None, T_, None, None, None, F_, F_, F_,
                               None, S],
            [T_, T_, None, F_, 368000]),
    "z05": ("zh", "software", [None, 8, F_, "supplier", T_, T_, T_, 0.02, 20, 65, F_, F_, 6, 28, F_, T_, None, "PRC", G],
            [T_, T_, T_, T_, 540000]),
    "e01": ("en", "software", [None, 1, T_, "buyer", T_, T_, T_, 0.08, 150, 20, T_, T_, 24, 11, F_, T_, F_,
                               "Democratic Republic of the Congo", G],
            [T_, T_, T_, F_, 1550000]),
    "e02": ("en", "cloud", [None, None, F_, "buyer", T_, T_, T_, 350 / 548000 * 100, 6 / 24 * 100, None, T_, None, None,
                            None, F_, T_, F_, "PRC", S],
            [F_, T_, None, F_, 548000]),
    "e03": ("en", "hardware", [None, 0.5, T_, "buyer", T_, T_, T_, 0.1, 200, 10, T_, T_, 36, 9, F_, T_, F_, "PRC", G],
            [T_, T_, T_, F_, 1040000]),
    "e04": ("en", "services", [99.95, 0.25, T_, "buyer", F_, T_, T_, 1200 / 1615000 * 100, 150, None, T_, None, None,
                               None, T_, T_, F_, "PRC", S],
            [T_, T_, None, F_, 1615000]),
    "e05": ("en", "cloud", [99.95, 1, T_, "buyer", T_, T_, F_, 400 / 574000 * 100, 150, (46000 + 264000) / 574000 * 100,
                            T_, None, None, None, F_, T_, F_, "PRC", S],
            [T_, T_, None, F_, 574000]),
}
# TCO inputs (goods only): itemised licence / hardware subtotal = fee base
TCO_BASE = {"z01": 720000, "z02": 1131000, "z05": 360000, "e01": 980000, "e03": 940000}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Lubumbashi arbitration
DESIGN = {
    "z01": [], "z02": ["LD-MISSING", "SUBCONTRACT"], "z03": ["AUTO-RENEWAL", "DATA-OWNERSHIP", "SLA-AVAILABILITY"],
    "z04": ["LIABILITY-CAP", "TERMINATION"],
    "z05": ["ACCEPTANCE", "IP-OWNERSHIP", "LD-LOW", "LIABILITY-CAP", "POST-WARRANTY-FEE", "PREPAYMENT",
            "SLA-NO-REMEDY", "SLA-RESPONSE", "TCO-SERVICE-SHARE", "WARRANTY"],
    "e01": ["GOVERNING-LAW"], "e02": ["LIABILITY-CAP", "SLA-MISSING", "SLA-RESPONSE"], "e03": [],
    "e04": ["AUTO-RENEWAL", "DATA-SECURITY"], "e05": ["CONFIDENTIALITY", "PREPAYMENT"],
}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "high",
        "e03": "low", "e04": "high", "e05": "medium"}
ALL_RULES = ["SLA-MISSING", "SLA-AVAILABILITY", "SLA-RESPONSE", "SLA-NO-REMEDY", "IP-OWNERSHIP", "DATA-SECURITY",
             "DATA-OWNERSHIP", "CONFIDENTIALITY", "LD-MISSING", "LD-LOW", "LIABILITY-CAP", "PREPAYMENT", "ACCEPTANCE",
             "WARRANTY", "POST-WARRANTY-FEE", "AUTO-RENEWAL", "TERMINATION", "SUBCONTRACT", "GOVERNING-LAW",
             "TCO-SERVICE-SHARE"]
HIGH = {"SLA-MISSING", "IP-OWNERSHIP", "DATA-SECURITY", "LD-MISSING", "ACCEPTANCE", "POST-WARRANTY-FEE"}
LOW = {"GOVERNING-LAW"}
THRESHOLDS = [99.9, 4, 0.05, 100, 30, 12, 15, 40]


def label(key):
    lang, cat, vals, extra = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    ex = {"sla_clause": extra[0], "ld_stated": extra[1]}
    if terms["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = extra[2]
    ex["acceptance_deemed_on_delivery"] = extra[3]
    ex["contract_value"] = extra[4]
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms, "expected_extra": ex}


def tco_share(key, t, ex):
    base = TCO_BASE[key]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (ex["contract_value"] + fees) * 100


def derive(key, lab):
    """Policy §3 as read in NOTES.md, applied to the labels."""
    t, ex, r = lab["expected_terms"], lab["expected_extra"], set()
    if not ex["sla_clause"]:
        r.add("SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("SLA-RESPONSE")
    if ex["sla_clause"] and not t["sla_remedy"]:
        r.add("SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CONFIDENTIALITY")
    if not ex["ld_stated"]:
        r.add("LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("PREPAYMENT")
    if not t["acceptance_clause"] or ex["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not ex["post_warranty_fee_capped"] or pw > 15:
            r.add("POST-WARRANTY-FEE")
        if pw is not None and t["warranty_months"] is not None:
            share = tco_share(key, t, ex)
            assert abs(share - 40) > 2, (key, share)
            if share > 40:
                r.add("TCO-SERVICE-SHARE")
    else:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    if t["auto_renewal_price_increase"]:
        r.add("AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
_N = r"(?<![\d.,])"
_ZN = r"(?<![零一二三四五六七八九十百千万])"
_ZA = r"(?![零一二三四五六七八九十百点])"
PATTERNS = [
    _N + r"99\.9(?!\d)", _N + r"4\s*(?:个)?\s*(?:小时|h\b|hours?\b|hrs?\b|-hour)", _ZN + r"四\s*(?:个)?\s*小时",
    r"\bfour\s*-?\s*hours?\b", r"fourhours?",
    _N + r"0?\.05(?!\d)", r"万分之五" + _ZA, r"千分之零点五", r"百分之零点零五",
    _N + r"100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    _N + r"30\s*(?:%|％|per\s*cent|percent)", _ZN + r"百分之三十" + _ZA, r"thirty\s*per\s*cent",
    _N + r"40\s*(?:%|％|per\s*cent|percent)", _ZN + r"百分之四十" + _ZA, r"forty\s*per\s*cent",
    _N + r"15\s*(?:%|％|per\s*cent|percent)", _ZN + r"百分之十五" + _ZA, r"fifteen\s*per\s*cent",
    _N + r"12\s*(?:个)?\s*(?:月份|个月|months?\b|-month)", _ZN + r"十二\s*个\s*月", r"twelve\s*(?:\(12\))?\s*-?\s*months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "4小时", "4 hours", "within 4 hours", "四小时", "four hours", "4-hour", "0.05%", "万分之五", "100%",
            "百分之百", "100 per cent", "30%", "百分之三十", "thirty per cent", "40%", "百分之四十", "forty per cent", "15%",
            "百分之十五", "fifteen per cent", "12个月", "十二个月", "12 months", "twelve months", "12-month",
            "twelve (12) months", "up to 30 %"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "万分之五十", "130%", "35%",
             "百分之三十五", "百分之六十", "150%", "115%", "1.15%", "112 months", "2 months", "12 days", "24 months",
             "0.5%", "400 samples", "4G backhaul", "百分之二十", "12小时", "十二个乡镇", "2026年12月31日"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


# ---------------------------------------------------------------- read back
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    sources, targets = {}, {}
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key in FILES:
        lab = label(key)
        rules = derive(key, lab)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == RISK[key], (key, risk(rules))
        covered |= set(rules)
        lab["expected_rules"] = ["CR-" + r for r in rules]
        for v in list(lab["expected_terms"].values()) + list(lab["expected_extra"].values()):
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - th) > 1e-9 for th in THRESHOLDS), (key, v)
        stem = FILES[key][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / FILES[key][0])
        n = length(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            if m:
                problems.append((key, "threshold text", variant[max(0, m.start() - 30):m.end() + 30]))
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        extra = ""
        if key in TCO_BASE:
            extra = " tco_share=%.1f" % tco_share(key, lab["expected_terms"], lab["expected_extra"])
        print("%s %-62s len=%d rules=%s%s" % (key, FILES[key][0], n, ",".join(rules) or "-", extra))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
