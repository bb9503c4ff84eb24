"""holdout1110: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold value or figure, rules derived from the labels = design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1110Z01 = """T:农村集体资产管理平台采购合同（许可及定制开发）
P:合同编号：NYNC-ZC-2026-0417　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临澜市农业农村局
P:乙方（供应商）：江州禾信软件技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临澜市农村集体资产管理平台的软件许可及定制开发事项，经协商一致，订立本合同。招标文件、投标文件及其澄清为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供农村集体资产管理平台软件（以下简称“平台”）的永久使用许可，覆盖市、县（区）、乡镇、村四级用户，不限用户数。
P:1.2 乙方按照甲方需求完成以下定制开发：集体资产清查台账、合同及资源发包管理、三资监管预警、村级财务公开、产权交易对接、土地承包经营权信息接口及领导驾驶舱。
P:1.3 乙方负责平台在甲方政务云上的部署、历史台账数据迁移、系统联调及各级用户培训。
P:1.4 乙方交付物包括：平台安装介质、定制功能源代码、数据迁移报告、系统管理员手册、用户操作手册、培训记录及测试报告。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾柒万元整（¥1,870,000），包括：平台软件许可费980,000元；定制开发费640,000元；部署实施及数据迁移费212,000元；培训费38,000元。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及乙方为履行本合同所需的全部费用，合同履行期间不作调整。
P:2.3 分项报价表所列的接口数量、用户层级和数据迁移量以招标文件为准，因甲方需求调整增加的工作量，双方另行书面确认。
H:第三条 付款方式
P:3.1 合同签订后，甲方收到乙方开具的等额发票之日起十个工作日内，支付合同总价的25%作为预付款，即467,500元。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的50%，即935,000元。
P:3.3 平台通过最终验收后，甲方支付合同总价的25%，即467,500元。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起九十日内完成部署及定制开发并提交初步验收申请，于初步验收合格后六十日内完成试运行。
P:4.2 甲方应为乙方提供必要的政务云资源、网络接入及历史数据，并指定项目联系人配合实施。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有同类平台实施经验，未经甲方同意不得更换；乙方每周向甲方提交项目进度报告。
P:4.4 乙方应分批完成四级用户培训：市级管理员集中培训两期，县（区）及乡镇经办人员培训各一期，村级报账员采用现场与线上相结合方式培训，并提供操作手册和教学视频。
H:第五条 验收
P:5.1 初步验收标准：定制功能与需求规格说明书逐项一致；历史台账数据迁移后经甲方抽查核对无差错；市、县、乡、村四级账号及权限配置正确；平台通过第三方机构出具的安全测评。
P:5.2 最终验收标准：平台连续试运行六十日，期间未发生一级故障；并发访问三百用户时页面平均响应时间不超过三秒；与产权交易系统、土地承包信息系统的接口数据核对一致。
P:5.3 验收由甲方组织，可邀请专家参加，验收合格后双方签署验收报告。平台上线运行或甲方付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过88,200元，该标准自质保期满后三年内不得上调。
P:6.3 服务响应：平台发生一级故障（系统整体不可用或核心业务中断）时，乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应，次一工作日内解决；一般问题三个工作日内解决。
P:6.4 乙方未按前款时限响应或解决的，甲方有权督促其整改，并将相关情况记入供应商履约评价。
P:6.5 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，并在农村集体资产年度清查、村级财务公开等关键时段安排专人值守。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方，甲方依本合同取得永久使用许可。
P:7.2 乙方为本项目定制开发的功能模块、接口程序、数据库脚本及相关文档的知识产权归甲方所有，乙方应在最终验收前交付源代码及技术文档，甲方有权自行或委托第三方修改、使用。
P:7.3 乙方保证其提供的软件及服务不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的农村集体资产数据、村级财务数据及农户个人信息均属于甲方所有，乙方仅为履行本合同处理上述数据，不得用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，通过甲方指定的堡垒机进行运维操作，不得将任何数据拷贝至甲方网络之外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任。
P:8.4 合同终止或维护服务结束后，乙方应在十个工作日内返还或按甲方要求销毁其持有的全部数据及副本，并出具书面确认。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、业务资料和技术资料负有保密义务，未经甲方书面同意不得向第三方披露。
P:9.2 保密义务不因本合同终止而解除。
H:第十条 分包
P:10.1 未经甲方书面同意，乙方不得将本合同的任何部分分包或转包给第三方。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，应按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付的平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项。
P:11.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违反本合同约定，经甲方书面通知后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 本合同不设自动续期。质保期满后的维护服务，由双方另行签订合同。
H:第十三条 争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大公共卫生事件等不可抗力致使合同不能履行的，受影响一方应及时通知对方并在十日内提供证明，双方根据影响程度协商延期履行、部分履行或解除合同。
P:14.2 不可抗力发生后，双方均应采取合理措施减少损失；一方迟延履行后发生不可抗力的，不能免除其责任。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:15.2 附件：需求规格说明书；分项报价表；验收方案。
P:甲方（盖章）：临澜市农业农村局　　乙方（盖章）：江州禾信软件技术有限公司
P:签订日期：2026年11月16日
"""

H1110Z02 = """T:生产线控制系统改造合同
P:合同编号：HQ-GZ-2026-083
P:甲方：沧州恒起电动葫芦有限公司
P:乙方：保定瑞控自动化工程有限公司
P:甲方拟对其钢丝绳电动葫芦总装线、卷筒焊接线等六条生产线的电气控制系统进行改造，乙方按本合同提供设备、软件及改造服务。双方经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除六条生产线原有继电器控制柜，新装PLC控制柜、变频驱动单元、触摸屏及工业网络，完成产线监控软件的安装配置，并与甲方现有ERP系统对接工单和产量数据。
P:1.2 改造应分线实施，每条线停线时间不超过七日，乙方应按甲方排产计划安排施工，保证未改造产线正常生产。
P:1.3 乙方交付的设备应为全新原装正品，交付的软件为正式授权版本，并提供全部电气图纸、PLC程序及操作维护手册。
P:1.4 改造完成后，各产线应实现设备状态、故障报警、能耗及产量的集中监控，班组长可在触摸屏上查看本线工单进度，设备科可在监控软件中查询历史故障记录和停机原因统计。
H:第二条 合同价格
P:2.1 合同价格明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含柜体、CPU及IO模块）|6套|148,000|888,000
TB:2|变频器及驱动单元|24台|9,500|228,000
TB:3|触摸屏HMI|12台|6,800|81,600
TB:4|工业交换机、传感器及线缆|1批|136,400|136,400
TB:5|产线监控软件许可（六条线）|1套|268,000|268,000
TB:|软硬件小计|||1,602,000
TB:6|改造施工及调试|1项|168,000|168,000
TB:7|操作及维护培训|1项|22,000|22,000
TB:|合同总价|||1,792,000
P:2.2 合同总价为人民币壹佰柒拾玖万贰仟元整（¥1,792,000），含税，包括设备、软件、运输、安装、调试、培训及乙方人员费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即358,400元。
P:3.2 全部设备到货并完成安装通电后，甲方支付合同总价的45%，即806,400元。到货及安装不视为验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%，即627,200元。
P:3.4 乙方应在每次付款前开具合法有效的增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后四十五日内完成全部设备到货，一百二十日内完成六条产线的改造调试。
P:4.2 甲方负责提供施工所需的电源、场地及停线窗口，并指定设备科人员全程配合。
P:4.3 乙方应在进场前提交施工组织方案、安全技术交底及停线计划，经甲方确认后实施；施工人员须遵守甲方厂区安全管理制度，动火、登高及带电作业应办理作业票。
P:4.4 每条产线改造完成后，乙方应对甲方电工和操作工进行现场培训，培训内容包括控制柜日常检查、变频器参数备份、触摸屏操作及常见故障处理，培训合格后方可由甲方人员独立操作。
H:第五条 验收
P:5.1 验收标准：各产线按图纸完成接线，IO点逐点测试正确；各工位动作节拍达到技术协议要求；急停、限位、超载保护等安全回路全部测试有效；监控软件实时采集设备状态，数据刷新不超过两秒；与ERP的工单、产量数据核对一致；每条线连续满负荷生产十五个班次无停线故障。
P:5.2 每条线调试完成后先进行单线验收，六条线全部单线验收合格后进行最终验收，双方签署最终验收报告。设备投入生产使用不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收，费用由乙方承担。
P:5.4 最终验收时乙方应提交竣工资料，包括电气原理图、接线图、PLC程序备份、参数清单、软件许可证书及培训记录。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障设备及部件，免费提供软件缺陷修复。
P:6.2 故障响应：生产线停机类故障为一级故障，乙方应在1小时内响应，8小时内恢复生产；其他故障2小时内响应，两个工作日内修复。乙方每超过响应或恢复时限1小时，甲方可从应付款项中扣除1,000元。
P:6.3 质保期满后，乙方继续提供维保服务，内容包括定期巡检、备件更换、PLC程序及监控软件维护。年度维保费按软硬件小计的26%计取，即每年416,520元，该费率自质保期满后四年内固定不变，每年度开始时另行签订维保订单。
P:6.4 乙方应在甲方厂区常备关键备件，保证一级故障所需备件两小时内到位。
P:6.5 质保期内乙方每季度上门巡检一次，检查控制柜温升、接线紧固、变频器散热及软件运行日志，并出具巡检报告。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、ERP接口程序及电气图纸的知识产权归甲方所有，乙方应交付源程序，甲方可自行修改和使用。
P:7.2 监控软件产品本身的知识产权仍归乙方，甲方取得永久使用许可。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数及生产计划数据均归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方提供的VPN账号接入，操作全程记录；不得在工控网络中安装与本项目无关的软件。
P:8.3 因乙方原因导致数据泄露、生产数据丢失或工控系统遭受攻击的，乙方应在两小时内通知甲方，协助处置并赔偿甲方损失。
P:8.4 乙方人员在甲方厂区使用的移动存储介质须经甲方检查，离场时不得带走任何含有甲方生产数据的介质。
H:第九条 保密
P:9.1 双方对在履行本合同过程中获知的对方技术秘密、工艺资料和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第十条 分包
P:10.1 乙方可将现场拆装、布线及桥架施工等工作交由具备相应资质的第三方实施，但应在进场前五个工作日书面通知甲方，乙方对第三方的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交付设备或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方施工原因造成甲方停产超过约定停线时间的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 维保服务不自动续期。
P:12.3 合同解除后，乙方应在十日内撤离现场并移交已完成部分的图纸、程序及设备，已支付款项按已完成工作量结算，多退少补。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 争议由双方协商解决，协商不成的，提交沧州仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复履行；双方可根据影响程度协商延长工期。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备清单、施工组织方案。
P:甲方（盖章）：沧州恒起电动葫芦有限公司　　乙方（盖章）：保定瑞控自动化工程有限公司
P:签订日期：2026年11月20日
"""

H1110Z03 = """课程预约与会员管理系统SaaS服务合同

合同编号：KZ-SaaS-2026-1129

甲方：内蒙古苏和蒙古语培训连锁管理有限公司
乙方：杭州课栈网络科技有限公司

甲方在呼和浩特、包头、鄂尔多斯、通辽等地经营三十家蒙古语培训门店，拟采用乙方的课栈课程预约与会员管理云服务（以下简称“云服务”），并委托乙方完成实施上线。双方根据《中华人民共和国民法典》，经协商一致订立本合同。

一、服务内容
（一）云服务功能
1. 课程预约：学员通过微信小程序按门店、教师、班型预约课时，支持蒙汉双语界面、候补排队及课前提醒。
2. 会员管理：会员档案、课时包及储值卡管理、积分、续费提醒、转店及转卡。
3. 门店运营：排课、教师课时统计、教室占用、签到核销、课消报表和总部经营看板。
4. 营销工具：优惠券、拼团、老带新及短信群发，短信按实际条数另行结算，不计入本合同总价。
（二）实施服务
1. 乙方为三十家门店完成系统开通、门店及课程基础数据配置、小程序蒙汉双语页面定制和总部报表定制。
2. 乙方将甲方现有会员档案、剩余课时及储值余额从原有表格和旧系统迁移至云服务，并与各门店逐一对账。
3. 乙方为总部管理人员、门店店长和前台人员提供培训，每家门店至少培训一次，并提供操作视频。
（四）技术支持
1. 乙方提供7×24小时服务热线和在线工单，并为甲方指定一名客户成功经理，每季度回访一次，收集各门店使用意见。
2. 云服务版本升级由乙方统一进行，新增的标准功能甲方可免费使用；涉及界面较大变化的，乙方应提前七日通知并提供更新说明。
（三）服务期
服务期为两个服务年度，自云服务上线验收合格之日起计算。每一服务年度为自起算日起至次年对应日前一日止。

二、合同价款
（一）订阅费：每家门店每服务年度9,600元，三十家门店每服务年度288,000元，两个服务年度合计576,000元。
（二）实施费96,000元，数据迁移费24,000元，均为一次性费用。
（三）本合同总价为人民币696,000元（大写：陆拾玖万陆仟元整），含税。
（四）服务期内甲方新增门店的，按每家门店每服务年度9,600元折算至服务期末增加订阅费；关闭门店的，自次一服务年度起相应减少。
（五）上述价格已包含云服务所需的服务器、带宽、存储、短信通道开通及标准版本升级费用，乙方不得以任何名义另行收取。

三、付款方式
（一）实施费和数据迁移费合计120,000元，在云服务上线验收合格后十个工作日内支付。
（二）每一服务年度的订阅费288,000元，在该服务年度开始后的第一个月内支付。
（三）甲方不向乙方支付任何预付款。乙方应在每次付款前开具增值税普通发票。
（四）服务期内因甲方门店数量变化增加或减少的订阅费，与下一期订阅费一并结算。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部三十家门店的开通、配置和数据迁移，并提交上线验收申请。
（二）验收标准：
1. 需求确认书所列功能逐项测试通过，蒙汉双语页面显示正确；
2. 迁移后的会员数量、剩余课时及储值余额经各门店店长逐店签字确认与原数据一致；
3. 在三十家门店同时预约、签到的压力测试中，小程序页面响应时间不超过两秒；
4. 上线后连续试运行二十日，未发生一级故障。
（三）验收合格后双方签署上线验收单；门店开始使用云服务不视为验收合格。
（四）验收不合格的，乙方应在七日内整改后重新申请验收；同一事项两次验收仍不合格的，甲方有权解除合同并要求乙方退还已收款项。

五、服务水平
（一）乙方承诺云服务的月度可用率不低于99.5%。计划内维护应安排在每日零时至六时之间，并提前三日通知甲方，不计入不可用时间。
（二）故障分级及响应：
1. 一级故障：云服务整体不可用，或预约、签到、会员扣课功能无法使用。乙方应在30分钟内响应，3小时内恢复。
2. 二级故障：部分门店或部分功能不可用。乙方应在2小时内响应，当日内解决。
3. 三级问题：一般使用咨询和非紧急缺陷，乙方在两个工作日内答复。
（三）服务补偿：月度可用率低于承诺标准的，每低0.1个百分点，乙方按当月订阅费的2%给予服务费抵扣；一级故障超过恢复时限的，每超1小时抵扣500元。抵扣金额在下一期订阅费中扣减。
（四）乙方每月向甲方提供服务报告，列明可用率、故障处理及工单情况。
（五）甲方新开门店的，乙方应在接到通知后五个工作日内完成开通和配置。

六、数据归属
（一）甲方在云服务中录入和产生的会员信息、课程数据、交易记录及经营报表均归甲方所有，乙方仅为向甲方提供本合同约定的服务而使用上述数据，不得用于其他目的。
（二）服务期满或合同解除后，乙方应在十五日内按甲方要求以通用格式导出并交付全部数据，之后删除其系统中的甲方数据。

七、知识产权
（一）云服务平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序蒙汉双语页面、总部报表模板及相关设计文件的知识产权归甲方所有，甲方可自行或委托他人修改、使用。

八、保密
双方对在合作中获悉的对方商业秘密、经营数据、价格信息和技术资料负有保密义务，未经对方书面同意不得向任何第三方披露。保密义务在合同终止后三年内继续有效。

九、续期
服务期届满前三十日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据届时的价格体系调整订阅费单价，上调幅度不超过上一服务年度单价的8%，并于续期前通知甲方。

十、分包
未经甲方书面同意，乙方不得将实施服务分包给第三方。

十一、违约责任
（一）乙方未按本合同第四条约定时间提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）任何一方违反本合同约定给对方造成损失的，应予赔偿。
（四）因乙方原因导致会员课时或储值余额计算错误的，乙方应协助甲方逐一核实更正，并赔偿甲方因此向学员补偿的费用。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还未使用服务期对应的订阅费。
（二）连续两个月月度可用率低于承诺标准的，视为乙方严重违约。
（三）合同解除或服务期满时，乙方应配合甲方完成数据导出和向其他系统的迁移，迁移期间云服务继续按原条件提供，最长不超过一个月。

十三、不可抗力
因不可抗力或基础电信运营商网络大面积中断导致云服务不可用的，受影响一方应及时通知对方，相应时间不计入不可用时间，但乙方应尽力采取措施恢复服务。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交呼和浩特仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：需求确认书、门店清单。

甲方（盖章）：内蒙古苏和蒙古语培训连锁管理有限公司
乙方（盖章）：杭州课栈网络科技有限公司
日期：2026年11月23日
"""

H1110Z04 = """园林灌溉控制系统年度运维服务合同

项目编号：YLJ-CS-2026-026（竞争性磋商）

甲方（采购人）：松桥市园林绿化局
乙方（成交供应商）：松桥绿源智能灌溉科技有限公司

根据松桥市园林灌溉控制系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：市区主干道、滨河公园、中心广场及十二处街头绿地的园林灌溉控制系统，包括灌溉控制中心平台、现场控制器四百二十台、电磁阀一千六百余个、土壤墒情传感器一百八十个、气象站六座、泵站控制柜九套及相应通信设备。
（二）服务内容：日常巡检与预防性维护；故障维修及备件更换；灌溉控制平台的运行维护、数据备份和灌溉策略调整；春季系统启用调试和冬季管网排空防冻；运维台账和报告。
（三）服务期：自2027年1月1日起至2027年12月31日止。
（四）服务开始前，乙方应会同甲方对全部灌溉设备进行清点和状态评估，形成设备初始状态清单，经双方签字确认后作为运维交接和年度验收的依据。

第二条 服务费用
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），为包干价，包括：日常巡检及维护费168,000元；故障维修及备件包干费126,000元；平台运维及数据服务费58,000元；季节性启停调试费34,000元。
（二）单件价格超过三千元的主要设备因人为破坏或交通事故损毁需整体更换的，乙方出具更换方案，经甲方确认后另行结算，不计入上述包干价。
（三）备件包干范围包括电磁阀、喷头、控制器板卡、传感器探头、通信模块及管件等易损件，乙方应保证备件为原厂或经甲方认可的同等品质产品。

第三条 付款方式
（一）服务费按季度支付。每季度结束后，甲方完成季度考核，并在考核结果确认之日起十五个工作日内支付合同总价的25%，即96,500元。
（二）季度考核存在扣减的，从当季应付服务费中直接扣除。
（三）本合同不设预付款。
（四）乙方应在每次付款前开具合法有效的发票，甲方按财政资金支付程序办理付款。

第四条 服务标准
（一）巡检：乙方每周对主干道和公园的灌溉设备巡检一次，每月对泵站和气象站检查一次，巡检记录当日上传平台。
（二）平台：灌溉控制平台月度可用率不低于99.95%，每日自动备份数据，备份至少保留九十日。
（三）故障分级与时限：
1. 一级故障：控制中心平台瘫痪、泵站无法启停或主管网爆管。乙方应在30分钟内响应，1小时内到达现场，6小时内恢复供水灌溉。
2. 二级故障：单个片区控制器离线或成组电磁阀失灵。乙方应在1小时内响应，当日内修复。
3. 三级故障：单个电磁阀、喷头或传感器故障，两个工作日内修复。
（四）春季启用调试应在每年3月20日前完成，冬季排空防冻应在11月20日前完成。
（五）乙方应配备不少于六名专职运维人员和两辆维修车辆，并在市区设立备件库。
（六）乙方应根据墒情和气象数据，每月向甲方提交灌溉策略调整建议，经甲方确认后在平台中实施；高温干旱、节假日重要活动期间，乙方应按甲方要求加密巡检并安排人员值守。
（七）乙方每月5日前向甲方提交上月运维报告，内容包括巡检情况、故障统计、备件消耗、平台运行和用水量分析。
（八）乙方更换项目负责人或减少专职运维人员的，应事先征得甲方同意；甲方认为乙方人员不能胜任的，有权要求更换。

第五条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括：巡检完成率、故障响应和修复及时率、平台可用率、灌溉计划执行准确率、台账完整性及绿地植物因缺水受损情况。考核评分细则见磋商文件附件。
（二）季度考核结果由双方签字确认，作为当季付款依据。
（三）服务期届满，甲方组织年度验收，验收内容为全年运维记录、设备完好情况、备件库存清单及运维报告。年度验收合格后双方签署验收报告。
（四）年度验收不合格的，乙方应在十五日内整改，整改费用由乙方承担。

第六条 服务扣减
（一）乙方未在规定时限内响应或修复一级故障的，每超过1小时扣减服务费1,000元；二级、三级故障每超时一次扣减300元。
（二）平台月度可用率低于承诺标准的，每低0.01个百分点，扣减当季服务费2,000元。
（三）巡检漏检一次扣减200元。

第七条 违约责任
（一）乙方未按第四条第（四）项约定时间完成春季启用调试或冬季排空防冻的，每逾期一日，按合同总价的千分之一支付违约金。
（二）因乙方维护不当造成管网损坏、设备损毁或绿地植物大面积死亡的，乙方应负责修复或赔偿。
（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
（四）乙方运维人员在作业中应遵守道路作业安全规定，设置警示标志，因乙方原因造成第三方人身或财产损害的，由乙方承担责任。

第八条 数据安全
（一）灌溉控制平台中的设备台账、灌溉记录、墒情和气象数据均属于甲方所有，乙方仅为本合同运维目的使用，不得对外提供或用于其他目的。
（二）乙方应落实网络安全等级保护要求，运维账号实名分配，远程访问须经甲方审批并通过堡垒机进行，操作日志保存不少于六个月。
（三）发生数据泄露、平台被入侵或数据丢失的，乙方应在两小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任。
（四）服务期满后，乙方应将其保存的甲方数据全部移交甲方，并删除其自有设备中的副本。

第九条 保密
乙方对在服务过程中获知的甲方管网图纸、设备参数、系统账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。乙方应与其运维人员签订保密协议，人员离岗时收回全部账号和资料。本条在合同终止后继续有效。

第十条 知识产权
乙方在本合同项下形成的运维台账、灌溉策略配置、管网电子图纸更新及运维报告，其权利归甲方所有，甲方可自由使用和修改。乙方自有的运维工具软件仍归乙方所有。

第十一条 分包
乙方不得将本合同的服务转包或分包给任何第三方。

第十二条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
（二）本合同期满即行终止，不自动续期。下一服务期的运维服务由甲方依法重新采购。
（三）合同解除或期满时，乙方应在十日内移交全部运维资料、备件清单、平台账号和口令，并配合新服务商完成交接。

第十三条 不可抗力
因暴雨、洪涝、地震等不可抗力影响服务的，乙方应及时通知甲方并尽力减少损失，相应时间不计入故障修复时限。不可抗力消除后，乙方应优先恢复主干道和重点公园的灌溉。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。附件：设备清单、考核评分细则、应急预案。

甲方（盖章）：松桥市园林绿化局
乙方（盖章）：松桥绿源智能灌溉科技有限公司
签订日期：2026年12月4日
"""

H1110Z05 = """# 匠链工序跟踪系统软件许可及定制开发合同

（乙方标准合同文本 V3.0）

合同编号：JL-2026-1207

**甲方（用户）**：苏州拙扇堂扇面艺术工作室
**乙方（供应商）**：无锡匠链信息技术有限公司

甲方为管理扇骨制作、扇面绘制、裱糊、装配及包装等工序，选用乙方的匠链工序跟踪系统。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予匠链工序跟踪系统标准版的永久使用许可，许可在甲方一个经营场所内使用，账号数为二十个。

1.2 乙方按甲方需求进行定制开发，内容包括：扇骨、扇面、裱糊工序流转卡片及扫码报工；订单进度看板；画师和裱糊师计件工资统计；成品入库及库存查询；与甲方网店订单的导入接口。

1.3 乙方负责在甲方自备服务器上部署系统，并对甲方人员进行操作培训。

1.4 系统功能以乙方产品说明书及双方确认的需求清单为准，需求清单未列明的功能不属于本合同范围。

1.5 系统运行所需的服务器、操作系统、数据库、扫码枪及标签打印机由甲方自行采购，乙方可提供选型建议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序跟踪系统标准版永久许可（二十账号） | 168,000 |
| 2 | 定制开发（工序流转、看板、计件、库存、网店接口） | 124,000 |
| 3 | 部署及培训 | 18,000 |
| | 合计 | 310,000 |

2.1 合同总价为人民币叁拾壹万元整（¥310,000），含税。

2.2 甲方增加账号的，按乙方当年价格另行购买。

2.3 乙方人员赴甲方现场提供本合同范围以外服务的，甲方按每人每日二千元另行支付服务费，差旅费用由甲方承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即201,500元。乙方收到该款项后启动开发工作。

3.2 系统部署上线后十个工作日内，甲方支付合同总价的35%，即108,500元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过二十日的，乙方有权暂停服务和开发。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。

## 第四条 开发与交付

4.1 乙方计划在收到首期款后六十个工作日内完成定制开发和部署，具体进度以乙方项目计划为准。

4.2 甲方应及时确认需求、提供工序资料和样表，并提供符合乙方要求的服务器和网络环境。因甲方原因造成的延误，交付时间相应顺延。

4.3 开发过程中甲方提出需求变更的，乙方评估工作量后另行报价。

4.4 因乙方原因造成交付延迟的，乙方应加派人员尽快完成，交付时间由双方另行商定。

4.5 乙方将在部署前向甲方提供需求清单和界面原型，甲方应在五个工作日内确认；甲方逾期未确认的，视为同意乙方方案。

4.6 乙方负责将甲方现有的Excel工序记录导入系统，导入范围限于最近三个月的在制订单，历史数据导入另行收费。

## 第五条 验收

5.1 系统部署完成后，乙方通知甲方上线。甲方开始使用系统，或在乙方通知之日起七日内未书面提出异议的，即视为甲方验收合格。

5.2 甲方在使用中发现的问题，乙方在维护期内予以处理，不影响验收结论和付款。

5.3 甲方要求乙方出具验收报告的，乙方可根据系统上线情况出具，甲方应在收到后三日内签字盖章。

## 第六条 维护服务

6.1 自系统部署上线之日起，乙方提供六个月的免费维护，内容包括缺陷修复、远程协助和系统小版本升级。

6.2 维护期内，乙方在工作日9:00—17:30通过电话、微信和远程方式提供技术支持，尽力及时处理甲方提出的问题。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护协议，维护费按乙方届时公布的服务价格标准执行。

6.4 因甲方自行修改系统、服务器故障、断电或病毒等原因造成的问题，不属于免费维护范围。

6.5 乙方对系统的升级以标准产品版本为准，定制功能在标准版本升级后需要适配的，乙方另行报价。

6.6 甲方应指定一名系统管理员，负责日常账号管理、数据备份和与乙方的联络，并确保服务器每日备份。

6.7 乙方对维护期内提交的问题按先后顺序处理，复杂问题的处理时间由乙方根据实际情况确定。

## 第七条 知识产权

7.1 匠链工序跟踪系统及其全部版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档的知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译，也不得提供给任何第三方使用。

7.3 乙方交付可执行程序，不交付源代码。

7.4 甲方如需取得定制功能源代码，应另行与乙方协商，并按乙方报价支付源代码授权费。

## 第八条 数据

8.1 甲方在系统中录入的订单、工序、工价和员工信息归甲方所有。

8.2 乙方在维护过程中可以收集系统运行日志和业务数据，并在去除甲方名称等标识信息后，用于乙方产品改进、行业分析及向其他客户提供的服务。

8.3 乙方对其远程维护中接触的甲方数据采取加密传输、访问控制和操作留痕等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并依本合同第十条承担责任。

## 第九条 保密

双方对在合作中获知的对方商业秘密、工艺资料、客户信息和价格信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密义务在本合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方对甲方因本合同产生的全部赔偿责任，累计不超过合同总价的20%。

10.2 乙方不承担甲方的间接损失、利润损失、商誉损失。

10.3 乙方不保证系统能满足甲方的全部业务需求，也不保证系统运行不中断或无错误。

## 第十一条 合同解除

11.1 任何一方严重违反本合同，经对方书面催告后十五日内仍未改正的，守约方有权解除本合同。

11.2 合同解除的，甲方已支付的许可费和已完成开发部分的费用不予退还。

11.3 甲方未按约定支付款项超过二十日的，乙方有权解除本合同，并要求甲方支付已完成工作的费用。

## 第十二条 不可抗力

因不可抗力不能履行本合同的，受影响一方不承担责任，但应及时通知对方并提供证明。不可抗力包括自然灾害、政府行为、网络运营商故障及黑客攻击等乙方无法控制的事件。

## 第十三条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。诉讼费、律师费由败诉方承担。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议。乙方的宣传资料、报价单与本合同不一致的，以本合同为准。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.3 乙方可在其官方网站、宣传材料及客户名单中使用甲方名称和标识，作为乙方的客户案例。

14.4 本合同的附件包括需求清单、乙方产品说明书和报价单，附件与正文不一致的，以正文为准。

甲方（签章）：苏州拙扇堂扇面艺术工作室　　乙方（签章）：无锡匠链信息技术有限公司

日期：2026年12月7日
"""

H1110E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DQA-CN-2026-0311
P:This Agreement is made on 30 November 2026 between:
P:(1) Suzhou Lianjing Precision Optics Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at Suzhou Industrial Park, Jiangsu Province (the "Customer"); and
P:(2) Dartline Quality Analytics Ltd, a company registered in England and Wales, whose registered office is at Station Road, Totnes, Devon, United Kingdom (the "Vendor").
P:The Vendor develops the Dartline SPC software for statistical process control and quality analytics. The Customer wishes to license the software for its lens-moulding and coating lines and to engage the Vendor to implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Dartline SPC server, analysis and reporting modules listed in Annex 1, in object code, including all updates supplied under this Agreement.
P:1.2 "Customised Deliverables" means the line-specific control-chart templates, the interfaces to the Customer's MES and measurement instruments, data-conversion scripts and reports developed by the Vendor for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means all measurement data, production records, inspection results and other data of the Customer processed by the Software or handled by the Vendor.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its Suzhou and Kunshan plants for its internal business purposes, for up to 180 named users and 64 connected measurement stations.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not decompile or reverse engineer the Software except as permitted by applicable law.
P:2.3 The licence survives any termination of this Agreement other than termination by the Vendor for non-payment of the Licence Fees.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Customer's servers, develop the Customised Deliverables, migrate inspection history from the Customer's existing spreadsheets and databases, and train the Customer's quality engineers and key users.
P:3.2 The Vendor shall appoint a project manager with experience of at least two comparable implementations in optical or electronic manufacturing.
P:3.3 The Vendor shall complete installation within 45 days and submit the Software for acceptance testing within 120 days after the date of this Agreement, in accordance with the project plan in Annex 2.
P:3.4 The Customer shall provide server capacity, network access, test data and access to its MES and instrument suppliers as reasonably required, and shall nominate a project lead.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,668,000, made up as follows: Licence Fees for the Software, CNY 1,240,000 (Licence Fee subtotal); implementation and Customised Deliverables, CNY 386,000; training, CNY 42,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 10% of the Contract Price (CNY 166,800) within 20 days after signature, against the Vendor's invoice; (b) 55% of the Contract Price (CNY 917,400) after the installation qualification report for both plants has been signed by the Customer; and (c) 35% of the Contract Price (CNY 583,800) after Final Acceptance.
P:4.3 Payment is due within 30 days after receipt of a correct invoice. All payments shall be made in CNY to the Vendor's designated bank account.
H:Article 5 Acceptance
P:5.1 The Vendor shall carry out installation qualification and operational qualification under the test scripts in Annex 3, witnessed by the Customer's quality department.
P:5.2 The acceptance criteria are: all functions in the requirements specification pass the test scripts; control charts and capability indices calculated by the Software match reference calculations on three agreed data sets; the MES and instrument interfaces transfer measurements without loss or duplication over ten consecutive production days; report generation for a full shift takes no longer than ten seconds; and no Severity 1 or Severity 2 defect remains open.
P:5.3 When the criteria are met, the Customer shall issue a written Final Acceptance certificate within ten working days. Installation, productive use of the Software or payment of any instalment shall not by itself amount to acceptance.
P:5.4 If the Software fails acceptance testing, the Vendor shall correct the defects within 15 days and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Customised Deliverables will perform materially in accordance with their specifications for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new releases, and provide support free of charge.
P:6.2 Support is available by telephone, e-mail and remote session. For a Severity 1 incident, meaning that the Software is unavailable or control-chart alarms are not being generated on a production line, the Vendor shall respond within 1 hour and provide a workaround or fix within 8 hours. Severity 2 incidents shall be responded to within 2 hours and fixed within two working days; other incidents within one working day and in the next release.
P:6.3 If the Vendor misses a Severity 1 response or fix time, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next payment due.
P:6.4 After the Warranty Period the Customer may order annual support at a fee of 11% of the Licence Fee subtotal (CNY 136,400 per year). This fee is fixed for the three years following the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software, including all updates, remains the property of the Vendor and its licensors.
P:7.2 The Customised Deliverables belong to the Customer upon payment of the instalment in Article 4.2(b). The Vendor shall deliver their source code and documentation before Final Acceptance. The Customer may use, modify and license the Customised Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Customised Deliverables infringe a third party's intellectual property rights and shall indemnify the Customer against the resulting losses.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Remote access to the Customer's systems shall be made only through the Customer's VPN with individual accounts, after approval for each session, and all sessions shall be logged. The Vendor shall not copy Customer Data outside the Customer's network.
P:8.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate in the investigation and remediation, and be liable for the Customer's losses resulting from a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical, commercial and production information received from the other party, use it only for this Agreement, and not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation continues for three years after the end of this Agreement. It does not apply to information that is public or that must be disclosed by law.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the Software for acceptance testing by the date in Article 3.3, it shall pay the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, breach of Article 8 or the indemnity in Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
P:12.2 The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Customer, the Vendor shall refund amounts paid for services not performed and deliver all completed Customised Deliverables.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of England and Wales.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the LCIA Rules by a sole arbitrator. The seat of arbitration is London and the language is English.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party.
P:Annex 1: Software modules and licence quantities. Annex 2: Project plan. Annex 3: Qualification test scripts.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H1110E02 = """# ORDER FORM AND GENERAL TERMS — STOREWALK RETAIL OPERATIONS PLATFORM

Order Form No. SW-OF-2026-0457

# PART A — ORDER FORM

## A1 Parties

**Provider:** Storewalk Software Limited, a company registered in England and Wales, whose registered office is at 14 Northgate, Beccles, Suffolk, United Kingdom ("Provider").

**Customer:** Chengdu Hongyuan Home Furnishing Retail Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is in Jinjiang District, Chengdu, Sichuan Province ("Customer").

This Order Form and the General Terms in Part B together form the agreement between Provider and Customer (the "Agreement"). If they conflict, this Order Form prevails.

## A2 Services

Provider will provide the Storewalk retail operations platform as a hosted service (the "Service") for Customer's 86 stores and 3 regional offices, comprising: store audit and visual-merchandising checklists with photo evidence; maintenance and repair ticketing for store facilities; task distribution from head office to stores; a mobile application for store managers; and the management dashboard. Provider will also perform the onboarding services described in A4.

The Service will be hosted in a data centre in mainland China operated by a cloud infrastructure provider, in an environment dedicated to customers in mainland China. Standard support is available in Chinese and English.

## A3 Subscription Term and Fees

The Subscription Term is two Subscription Years starting on the date of Go-Live Acceptance. Each Subscription Year runs from the start date, or its anniversary, to the day before the next anniversary.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 86 stores, 3 offices, 420 named users | 428,000 |
| Subscription Fee, Subscription Year 2 | same | 428,000 |
| Onboarding services | one-time, fixed | 36,000 |
| **Total Contract Value** | | **892,000** |

Fees include VAT, hosting, standard support and all updates. Additional stores may be added during the Subscription Term at CNY 4,650 per store per Subscription Year, pro rata.

## A4 Onboarding and Go-Live Acceptance

Provider will configure the Service for Customer's store structure, import store master data and the existing repair-vendor list, build Customer's 14 audit checklists and 6 dashboard reports, connect the Service to Customer's WeCom tenant for single sign-on and messaging, and train regional managers and store managers.

Provider will make the configured Service available for Go-Live Acceptance testing within 50 days after the date of this Order Form. The acceptance criteria are: all configured checklists, workflows and reports work as set out in the configuration workbook; single sign-on through WeCom works for all user groups; a pilot in eight stores over ten business days is completed without any Severity 1 incident; and imported store data reconciles with Customer's master list. Customer will confirm Go-Live Acceptance in writing when the criteria are met. Use of the Service by the pilot stores does not by itself constitute Go-Live Acceptance.

If Provider fails to make the Service available for Go-Live Acceptance testing by the date above, Provider will pay Customer CNY 600 for each day of delay, up to CNY 30,000 in total.

## A5 Invoicing and Payment

Provider will invoice the Subscription Fee for each Subscription Year at the start of that Subscription Year, and the onboarding fee after Go-Live Acceptance. Customer will pay each correct invoice within 30 days of receipt. No other amount is payable in advance.

## A6 Contacts and Signature

Provider contact: Customer Success Manager, Storewalk Software Limited. Customer contact: Director of Store Operations.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

# PART B — GENERAL TERMS

## 1. Service Levels

1.1 Provider will make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least five days in advance and carried out between 00:00 and 06:00 Beijing time.

1.2 Provider will respond to incidents reported by Customer within the following times: Severity 1 (the Service or the mobile application is unavailable for all users, or ticketing cannot be used): 30 minutes, with a workaround or fix within 6 hours; Severity 2 (a major function is impaired for many users): 2 hours; Severity 3 (other incidents and questions): one business day.

1.3 If availability in a month falls below the level in 1.1, Customer will receive a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point (or part of it) below that level, up to half of the monthly equivalent. If a Severity 1 response time is missed, Customer will receive a credit of CNY 800 per hour of delay. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to Customer.

1.4 Provider will send Customer a monthly service report showing availability, incidents, response times and the status of open tickets, and the parties will review it in a monthly call.

## 2. Customer Data

2.1 As between the parties, Customer owns all data, photographs, documents and other content that Customer or its users upload to the Service ("Customer Data"). Provider will use Customer Data to provide the Service to Customer.

2.2 Customer grants Provider a perpetual, worldwide licence to use Customer Data in aggregated and anonymised form, which does not identify Customer or any individual, to improve and develop Provider's products, to train analytical models and to publish retail benchmarks to its other customers. This licence continues after the Agreement ends.

2.3 At the end of the Subscription Term Provider will make Customer Data available for export for 30 days and then delete it from the Service.

## 3. Data Security

3.1 Provider will maintain technical and organisational measures to protect Customer Data, including encryption in transit and at rest, role-based access controls, multi-factor authentication for administrative access, logging and regular vulnerability testing. The hosting environment holds a Multi-Level Protection Scheme level 3 filing and Provider holds ISO/IEC 27001 certification.

3.2 Provider will comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and will not transfer personal information out of mainland China.

3.3 Provider will notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take the necessary steps to contain it, and be responsible for losses suffered by Customer as a result of Provider's breach of this Section 3.

## 4. Intellectual Property

4.1 Provider owns the Service, the software underlying it and all improvements to them.

4.2 The checklists, workflows, report designs and other configurations built specifically for Customer during onboarding ("Customer Configurations") belong to Customer. Provider will export them on request in a documented format, and Customer may use, modify and let third parties use them without restriction.

## 5. Subcontractors

5.1 Provider may use subcontractors and subprocessors, including its cloud infrastructure provider and a local implementation partner, to perform any part of the Agreement. Provider will inform Customer of any new subcontractor or subprocessor by e-mail at least 14 days before engaging it. Provider remains responsible for their performance.

## 6. Confidentiality

6.1 Each party will keep the other party's confidential information secret, use it only to perform or receive the Service, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. These obligations continue for three years after the Agreement ends.

## 7. Limitation of Liability

7.1 Provider's total liability arising out of or in connection with the Agreement, whether in contract, tort or otherwise, is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

7.2 Neither party is liable for indirect or consequential loss or loss of profits. Nothing in the Agreement limits liability for death or personal injury caused by negligence or for fraud.

## 8. Term, Renewal and Termination

8.1 The Agreement starts on the date of the Order Form and ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. Repeated failure to meet the availability level in Section 1.1 in three consecutive months is a material breach.

8.3 If Customer terminates under 8.2, Provider will refund the prepaid Subscription Fee for the remainder of the Subscription Year.

## 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

## 10. General

10.1 Neither party may assign the Agreement without the other party's written consent. Notices must be in writing and sent to the contacts in A6. The Agreement is the entire agreement between the parties on its subject and may be changed only in writing signed by both parties.

10.2 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
"""

H1110E03 = """T:SUPPLY AND LICENCE CONTRACT FOR COLD-CHAIN TEMPERATURE MONITORING
P:Contract No. LY-PUR-2026-1182
P:Buyer: Guangzhou Lengyun Cold Chain Logistics Co., Ltd., Huangpu District, Guangzhou, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Arrowvale Sensing Ltd, a company registered in England and Wales, of Arrowvale House, Bridge Street, Leominster, Herefordshire, United Kingdom (the "Supplier").
P:The Buyer operates eight refrigerated warehouses and a fleet of refrigerated vehicles and wishes to replace its manual temperature records with a wireless monitoring system. This Contract is issued on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, ColdTrace monitoring software and related documentation supplied under this Contract, installed and configured at the Sites.
P:1.2 "Sites" means the Buyer's eight warehouses listed in Appendix A and the 60 vehicles listed in Appendix B.
P:1.3 "Buyer Data" means all temperature and humidity readings, alarm records, location data, user accounts and other data generated or stored by the System.
P:1.4 "Custom Work" means the alarm escalation rules, the interface to the Buyer's warehouse management system (WMS), customer-facing temperature reports and any other configuration or software developed specifically for the Buyer.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the System at the Sites, calibrate every sensor, develop the Custom Work, and train the Buyer's staff.
P:2.2 All equipment shall be new, of current manufacture and fit for use at temperatures from minus 30 degrees Celsius to plus 50 degrees Celsius. Sensors for frozen stores shall carry a calibration certificate from a laboratory accredited under ISO/IEC 17025.
P:2.3 The ColdTrace software is licensed to the Buyer on a perpetual, non-exclusive basis for use at the Sites and at any additional warehouses of the Buyer and its affiliates in mainland China, without limit on the number of users.
P:2.4 The Supplier shall deliver installation drawings for each Site, an as-built sensor map, user and administrator manuals in Chinese, and the calibration certificates before the trial period starts.
H:3. Price
P:3.1 The Contract Price is CNY 1,600,000, inclusive of VAT, packing, shipping to the Sites, import duties, installation and all other costs of the Supplier. It is itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, with mounting kit|1,800|420|756,000
TB:2|Cellular and Wi-Fi gateway with battery backup|120|2,950|354,000
TB:3|ColdTrace monitoring software, perpetual site licence|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,396,000
TB:4|Installation, commissioning and Custom Work|1 lot|148,000|148,000
TB:5|Accredited calibration certificates|1 lot|36,000|36,000
TB:6|Training of operators and administrators|1 lot|20,000|20,000
TB:|Contract Price|||1,600,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements or changes in the Supplier's costs.
H:4. Payment
P:4.1 The Buyer shall pay 35% of the Contract Price (CNY 560,000) as an advance payment within 15 working days after signature of this Contract and receipt of the Supplier's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 720,000) after all equipment has been delivered and installed at all Sites and the Buyer has signed the installation certificate. The installation certificate confirms delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 20% of the Contract Price (CNY 320,000) after Final Acceptance under Clause 6.
P:4.4 Each payment is due within 30 days after receipt of a correct VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the Sites within 60 days and complete installation and commissioning within 100 days after signature of this Contract.
P:5.2 Installation in operating cold rooms shall be carried out in accordance with the Buyer's site rules and shall not interrupt the Buyer's operations. The Buyer shall provide access, power and network connections.
P:5.3 Title and risk in the equipment pass to the Buyer on delivery to the relevant Site, without prejudice to the Buyer's rights under Clauses 6 and 7.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 30 consecutive days.
P:6.2 The acceptance criteria are: every sensor reports to the software at the configured interval, with no gap longer than two intervals during the trial period; the readings of a sample of 5% of the sensors, chosen by the Buyer, deviate by no more than 0.5 degrees Celsius from a calibrated reference instrument; alarms reach the responsible staff by SMS and app notification within two minutes in all test cases; the WMS interface transfers readings and alarms correctly; and all functions in Appendix C work as specified.
P:6.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Use of the System during the trial period does not constitute acceptance.
P:6.4 If the System fails the acceptance tests, the Supplier shall remedy the defects at its own cost and the trial period shall restart.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System against defects in design, materials and workmanship for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment free of charge, including shipping, and supply software updates.
P:7.2 Faults are classified as follows. Priority 1: the software is unavailable, or a warehouse or more than ten vehicles stop reporting. Priority 2: individual sensors or gateways fail. For Priority 1 faults the Supplier shall respond within 2 hours and restore service within 12 hours; for Priority 2 faults the Supplier shall respond within one working day and replace the failed device within three working days.
P:7.3 For each hour by which the Supplier exceeds a Priority 1 response or restoration time, the Buyer may deduct CNY 800 from any amount due to the Supplier.
P:7.4 After the warranty period, the Supplier shall provide annual support at a fee of 8% of the Hardware and Licence Subtotal (CNY 111,680 per year), fixed for the first two years after the warranty period. Support shall be ordered by the Buyer each year and does not renew automatically.
P:7.5 The Supplier shall keep a stock of spare sensors and gateways in Guangzhou sufficient to replace at least 2% of the installed quantity at any time.
P:7.6 Batteries in sensors shall last at least three years at the configured reporting interval; batteries failing earlier shall be replaced free of charge.
H:8. Intellectual Property
P:8.1 The ColdTrace software remains the property of the Supplier, subject to the licence in Clause 2.3.
P:8.2 The Custom Work, including its source code and documentation, belongs to the Buyer. The Buyer may use, modify and license the Custom Work without restriction.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 The software shall be installed on servers in the Buyer's data centre. The Supplier shall access the System only through remote sessions approved by the Buyer's IT department, using named accounts and multi-factor authentication, and all sessions shall be recorded. The Supplier shall not copy Buyer Data to its own systems.
P:9.3 The Supplier shall ensure that the System meets the requirements of the Data Security Law of the People's Republic of China and the Buyer's information security policy, and shall remedy any vulnerability reported by the Buyer without delay.
P:9.4 The Supplier shall notify the Buyer within 24 hours of any security incident affecting Buyer Data and shall be liable for all losses suffered by the Buyer as a result of a breach of this Clause 9.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation and commissioning by the date in Clause 5.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for liability for personal injury, fraud, wilful misconduct and breach of Clause 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of this Contract without the Buyer's prior written consent. The Supplier remains fully responsible for any subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:12.2 On termination under Clause 12.1, the Supplier shall refund the advance payment and any amount paid for equipment or services not accepted, and shall remove any equipment the Buyer rejects.
H:13. Force Majeure
P:13.1 A party affected by an event beyond its reasonable control shall notify the other party promptly. Its obligations are suspended while the event continues, and the parties shall agree on a revised timetable.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding.
H:15. General
P:15.1 This Contract is made in English and Chinese, both versions having equal effect. Appendices A to C form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1110E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: WMS-HZ-2026-019

**Customer:** Hangzhou Qiantang Pharmaceutical Distribution Co., Ltd., Binjiang District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer").

**Service Provider:** Waveney Managed Services Ltd, a company registered in England and Wales, with its registered office at 3 Earsham Street, Bungay, Suffolk, United Kingdom, acting through its Shanghai service centre ("Provider").

Customer distributes medicines to hospitals and pharmacies from its Hangzhou head office, two distribution centres and 14 branch offices in Zhejiang. Customer wishes to outsource the day-to-day operation of its IT infrastructure to Provider on the terms of this Agreement.

## Section 1 Definitions and Structure

1.1 This Agreement consists of these Sections and Schedules 1 to 3: Schedule 1 (Services), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). If they conflict, these Sections prevail.

1.2 "Service Commencement Date" means the date of Transition Acceptance under Section 3. "Term" means 36 months from the Service Commencement Date. "Customer Data" means all data of Customer, its customers and its employees that Provider accesses, processes or stores in performing the Services, including order, inventory, cold-chain and personal data.

## Section 2 Services

2.1 From the Service Commencement Date Provider shall provide the services described in Schedule 1 (the "Services") to meet or exceed the Service Levels in Schedule 2.

2.2 Provider shall provide the Services with suitably qualified personnel, in accordance with good industry practice, the ITIL framework and Customer's IT policies as notified to Provider. Provider shall name a service delivery manager based in Hangzhou who attends a monthly service review with Customer.

2.3 Customer shall give Provider the access to premises, systems and information that Provider reasonably needs, and shall appoint an IT manager as its representative.

2.4 Provider shall keep a key-personnel list, including the service delivery manager and the lead engineers, and shall not replace them without notice to Customer and a handover period of at least ten working days.

## Section 3 Transition and Transition Acceptance

3.1 Provider shall carry out the transition of the Services from Customer's internal team within 75 days after the date of this Agreement, in accordance with the transition plan agreed by the parties. Transition includes discovery and documentation of all in-scope assets, installation of Provider's monitoring agents, set-up of the service desk, and knowledge transfer from Customer's staff.

3.2 Transition Acceptance requires that: the asset inventory and configuration records are complete and agreed by Customer; monitoring covers every in-scope server, network device and backup job; the service desk has handled a shadow period of ten working days with at least nine in ten tickets resolved within target; the runbooks for all critical systems, including the warehouse management system and the cold-chain monitoring servers, have been tested; and the disaster-recovery procedure has been rehearsed once with Customer.

3.3 Customer shall issue a written Transition Acceptance certificate within five working days after the criteria are met. Provider's performance of any Services before that date does not constitute Transition Acceptance.

3.4 If Transition Acceptance is not achieved within the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 4 Charges and Payment

4.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 2,560,000. The Charges are fixed for the Term and include VAT and all expenses.

4.2 Provider shall invoice the Monthly Service Charge monthly in arrears and the Transition Charge after Transition Acceptance. Customer shall pay each correct invoice within 30 days of receipt. No payment is made in advance.

4.3 Service Credits under Schedule 2 are deducted from the next invoice.

## Section 5 Customer Data and Security

5.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and in accordance with Customer's instructions, and shall not use it for any other purpose.

5.2 Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China and with Customer's security policies. Provider shall access Customer systems only through Customer's privileged-access gateway using named accounts, keep all Customer Data in mainland China, and ensure that its staff have passed background checks.

5.3 Provider shall report any security incident affecting Customer Data or Customer systems within 2 hours, take immediate containment measures, support Customer's investigation and reporting to authorities, and compensate Customer for losses caused by Provider's breach of this Section 5.

## Section 6 Confidentiality

6.1 Each party shall keep confidential all information of the other party that it receives in connection with this Agreement and that is marked or reasonably understood to be confidential, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.

6.2 This Section survives for three years after termination or expiry.

## Section 7 Intellectual Property

7.1 Provider's monitoring tools and pre-existing know-how remain Provider's property. Provider grants Customer a free licence to use them during the Term and the exit period.

7.2 Runbooks, configuration records, scripts and documentation created by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including to a successor provider.

## Section 8 Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

8.2 The limit in 8.1 does not apply to death or personal injury, fraud, wilful misconduct, or breach of Section 5 or Section 6.

## Section 9 Subcontracting

9.1 Provider shall not subcontract any of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of its approved subcontractors.

## Section 10 Term, Termination and Exit

10.1 This Agreement ends at the end of the Term. Any extension must be agreed in writing by both parties; the Agreement does not renew automatically.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if Service Credits reach the monthly maximum in Schedule 2 in any three months within a rolling six-month period.

10.3 On expiry or termination Provider shall provide exit assistance for up to 90 days at the rates then applicable, return all Customer Data and documentation, and delete Customer Data from its systems, certifying the deletion in writing.

## Section 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be referred to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final.

## Section 12 General

12.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it gives prompt notice and takes reasonable steps to mitigate.

12.2 Neither party may assign this Agreement without the other party's written consent.

12.3 Changes to this Agreement or its Schedules must be in writing and signed by both parties.

12.4 This Agreement is made in English and Chinese; both versions are equally authentic.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese-language telephone, e-mail and portal support for about 620 users | 07:00–22:00, seven days |
| End-user support | On-site desktop and printer support at head office and both distribution centres; remote support for branches | Business days |
| Server and storage operations | 96 servers, 2 storage arrays: monitoring, patching, capacity management | 24 × 7 |
| Network operations | LAN, Wi-Fi and SD-WAN at 17 sites, firewalls | 24 × 7 |
| Backup and recovery | Daily backups, monthly restore tests, quarterly disaster-recovery review | 24 × 7 |
| Reporting | Monthly service report and review meeting | Monthly |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service Credit |
|---|---|---|
| Priority 1 incident (critical system down, e.g. WMS or cold-chain monitoring) | Response within 15 minutes; restoration within 3 hours | CNY 1,500 per hour or part of an hour late |
| Priority 2 incident (degraded service or a site down) | Response within 1 hour; restoration within 8 hours | CNY 500 per hour late |
| Priority 3 incident | Response within 1 business day | — |
| Availability of the monitoring and service desk platform | 99.95% per month | 2% of the Monthly Service Charge per 0.01 percentage point below target |
| Backup success rate | All scheduled jobs completed or re-run within the same day | CNY 300 per failed job not re-run |

Service Credits in any month are capped at one fifth of the Monthly Service Charge. Service Credits do not limit Customer's other rights.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, invoiced after Transition Acceptance | 94,000 |
| Monthly Service Charge | 68,500 per month × 36 months | 2,466,000 |
| **Total Contract Value** | | **2,560,000** |

Additional sites or users beyond ten per cent of the numbers in Schedule 1 may be added by written change order at rates agreed in advance.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

H1110E05 = """DATA SUBSCRIPTION AGREEMENT
AGRI-WEATHER DATA AND API SERVICE

Agreement No. BAW-2026-CN-064

PARTIES

(1) Breckland Agri-Weather Data Ltd, a company registered in England and Wales, whose registered office is at Market Place, Swaffham, Norfolk, United Kingdom ("Provider").

(2) Heilongjiang Beifeng Agricultural Group Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is in Nangang District, Harbin, Heilongjiang Province ("Customer").

BACKGROUND

Customer farms about 210,000 hectares of soybean, maize and rice in Heilongjiang and wishes to use Provider's weather, soil-moisture and crop-model data in its farm management system. Provider agrees to provide the data through an application programming interface on the terms below.

1. DEFINITIONS

1.1 "Service" means access to the Provider Data through the Provider API, the web dashboard and the related support described in this Agreement.

1.2 "Provider Data" means the gridded weather observations and forecasts, soil-moisture estimates, growing-degree-day and crop-stage models, satellite vegetation indices and historical archives made available by Provider.

1.3 "Customer Data" means field boundaries, crop plans, sowing dates, yield records, sensor readings and any other data that Customer uploads to the Service or that the Service generates specifically from Customer's inputs.

1.4 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the date of Go-Live Acceptance.

1.5 "Subscription Term" means the two Subscription Years starting on the date of Go-Live Acceptance, together with any renewal under Clause 3.

2. SERVICE

2.1 Provider shall make the Service available to Customer for up to 1,850 fields and 60 named dashboard users, with an API limit of 2 million calls per month. Calls above this limit are charged at the rates in Schedule 1 and are outside the fees in Clause 5.

2.2 Provider shall set up the Service for Customer by loading Customer's field boundaries, calibrating the crop models for Customer's main varieties, delivering a historical backfill of daily weather and soil-moisture data for every field for the past ten seasons, and building an integration adapter for Customer's farm management system (the "Setup Services").

2.3 Provider shall deliver the historical backfill within 40 days after the date of this Agreement. If Provider delivers it late, Provider shall pay Customer CNY 500 for each day of delay.

2.4 Go-Live Acceptance takes place when: the API returns data for all loaded fields; the adapter has transferred forecasts to Customer's farm management system daily for 14 consecutive days without error; the backfill has been delivered and checked by Customer against its own station records for five sample farms; and the dashboard works for all user roles. Customer shall confirm Go-Live Acceptance in writing within five working days after the criteria are met. Use of the Service before confirmation is not acceptance.

2.5 Provider shall provide two online training sessions for Customer's agronomists and IT staff on the dashboard and the API, and shall keep the API documentation and change log up to date. Provider shall give at least 60 days' notice of any change to the API that is not backward compatible.

3. TERM AND RENEWAL

3.1 This Agreement starts on the date of signature and continues for the Subscription Term.

3.2 At the end of the second Subscription Year, and at the end of each renewal period, the Subscription Term renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 Provider may increase the subscription fee for any renewal period by up to 9% of the fee for the preceding Subscription Year by giving Customer notice at least 90 days before the renewal date.

4. SERVICE LEVELS

4.1 Provider shall ensure that the Provider API is available at least 99.95% of each calendar month, measured at Provider's API gateway and excluding scheduled maintenance announced at least 72 hours in advance.

4.2 Forecast updates shall be published at least four times per day, and the daily observation data for the previous day shall be available by 08:00 Beijing time.

4.3 Support is available by e-mail, telephone and ticket in English and Chinese. Provider shall respond to Severity 1 incidents (the API or dashboard is unavailable, or forecast updates have stopped) within 1 hour, and to Severity 2 incidents within 8 business hours.

4.4 If monthly availability falls below the level in Clause 4.1, Provider shall credit Customer 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of the monthly equivalent. If a Severity 1 response time is missed, Provider shall credit CNY 600 for each hour of delay. Credits are set off against the next invoice.

4.5 Provider shall send Customer a monthly service report with availability, API call volumes, incidents and forecast accuracy statistics for Customer's region.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 396,000 for each Subscription Year (CNY 792,000 for the two Subscription Years). The fee for the Setup Services is CNY 18,000, one-time. The total contract value is CNY 810,000, including VAT.

5.2 Provider shall invoice the subscription fee for each Subscription Year at the start of that Subscription Year, and the Setup Services fee after Go-Live Acceptance. Customer shall pay each correct invoice within 30 days of receipt.

5.3 The fees are fixed for the two Subscription Years. Overage charges, if any, are invoiced quarterly in arrears.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including in aggregated or anonymised form.

6.2 At the end of the Subscription Term Provider shall return Customer Data in a standard format and then delete it, and shall confirm the deletion in writing.

6.3 Provider shall not sell, license or otherwise make Customer Data available to any third party.

7. DATA SECURITY

7.1 Provider shall host the Service for Customer in a data centre in mainland China and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.2 Provider shall protect Customer Data by encryption in transit and at rest, access controls, logging of all administrative access and regular penetration testing, and shall give Customer a summary of each test.

7.3 Provider shall notify Customer within 24 hours of any security incident affecting Customer Data, take prompt action to contain it, and be liable for Customer's losses caused by Provider's breach of this Clause 7.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Provider Data, the Provider API and the underlying models. Customer may use the Provider Data for its own farming operations during the Subscription Term and may keep data retrieved during the Subscription Term in its farm records after the term ends.

8.2 The integration adapter and the crop-model calibrations made for Customer's varieties are Customised Deliverables. They belong to Customer, which may use, modify and license them freely. Provider shall deliver the adapter's source code on Go-Live Acceptance.

8.3 Provider shall not publish Customer's name or results without Customer's written consent.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall not disclose it to third parties without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.

10.2 This limit does not apply to liability for breach of Clause 7 or Clause 9, fraud, or death or personal injury. Neither party is liable for indirect loss or loss of profits.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the Service or any part of it without Customer's prior written consent, except for the hosting provider named in Schedule 1, which Customer approves by signing this Agreement. Provider remains responsible for the performance of its subcontractors.

12. TERMINATION AND SUSPENSION

12.1 Customer may not terminate this Agreement before the end of the current Subscription Term. Customer's remedies for any failure of the Service are the service credits in Clause 4.4 and damages under Clause 10, and Customer shall continue to pay the fees for the whole Subscription Term.

12.2 Provider may suspend the Service if Customer fails to pay an undisputed invoice within 20 days after a written reminder, and may terminate this Agreement if the failure continues for a further 30 days.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final and binding on both parties.

14. GENERAL

14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

14.2 This Agreement, with Schedule 1 (Service Description and Overage Rates), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

14.3 Notices shall be in writing and sent to the addresses above or to any other address that a party notifies.

14.4 This Agreement is signed in English and Chinese; both texts have equal effect.

SIGNATURES

For Provider: ____________________

For Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format)
FILES = {
    "z01": ("h1110z01_agri_collective_assets_platform.pdf", "pdf", H1110Z01),
    "z02": ("h1110z02_hoist_plant_line_control_retrofit.docx", "docx", H1110Z02),
    "z03": ("h1110z03_mongolian_school_chain_booking_saas.txt", "txt", H1110Z03),
    "z04": ("h1110z04_parks_irrigation_control_om_service.txt", "txt", H1110Z04),
    "z05": ("h1110z05_fan_studio_process_tracking_supplier_template.md", "md", H1110Z05),
    "e01": ("h1110e01_spc_quality_software_licence_totnes_vendor.pdf", "pdf", H1110E01),
    "e02": ("h1110e02_retail_operations_saas_order_form_beccles_vendor.md", "md", H1110E02),
    "e03": ("h1110e03_cold_chain_sensors_monitoring_licence_leominster_vendor.docx", "docx", H1110E03),
    "e04": ("h1110e04_pharma_distribution_managed_it_services_bungay_vendor.md", "md", H1110E04),
    "e05": ("h1110e05_agri_weather_data_api_subscription_swaffham_vendor.txt", "txt", H1110E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (lang, category, terms in KEYS order, extra, fee base for TCO, forum outside mainland China)
L = {
    "z01": ("zh", "software", [None, 0.5, False, "buyer", True, True, True, 0.03, None, 25, True, True, 24, 9, False,
                               True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1870000), 980000, False),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False,
                               True, True, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1792000), 1602000, False),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, True,
                            True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=696000),
            None, False),
    "z04": ("zh", "services", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                               False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000),
            None, False),
    "z05": ("zh", "software", [None, None, False, "supplier", True, False, True, None, 20, 65, False, False, 6, None,
                               False, True, None, None, G],
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=310000), 168000, False),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 11, False,
                               True, False, "England and Wales", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1668000), 1240000, True),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 600 / 892000 * 100, 6 / 24 * 100, None,
                            True, None, None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=892000),
            None, False),
    "e03": ("en", "hardware", [None, 2, True, "buyer", True, True, False, 0.1, 150, 35, True, True, 36, 8, False,
                               True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1600000), 1396000, False),
    "e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, True, 2000 / 2560000 * 100, 150, None, True,
                               None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2560000),
            None, False),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", True, True, True, 500 / 810000 * 100, 150, None, True, None,
                            None, None, True, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=810000),
            None, False),
}

DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SLA-NO-REMEDY"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"],
    "e04": [],
    "e05": ["CR-AUTO-RENEWAL", "CR-TERMINATION"],
}
DESIGN_RISK = {"z01": "medium", "z02": "high", "z03": "high", "z04": "low", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "medium", "e04": "low", "e05": "medium"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy defaults (thresholds) -- values only, never written into a contract text
TH = dict(availability_pct=99.9, p1_response_hours=4, liability_cap_pct=100, ld_rate_per_day_pct=0.05,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(t, x, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or base is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_out):
    """Rules from the labels, as I read policy §3."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---- threshold figures in any text ------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?)", r"(?<![\d.])4\s*h\b", r"(?<![十\d])四\s*个?\s*小时",
    r"four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent", r"三成",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",
    r"(?<![\d.年])12\s*-?\s*(?:个)?\s*(?:月|months?)", r"(?<![一二三四五六七八九])十二\s*个\s*月",
    r"twelve\s*(?:\(12\)\s*)?-?\s*months?", r"one\s*-?\s*years?", r"(?<![\d.])1\s*-?\s*years?",
    r"(?<![每第十])一年", r"壹年",
    r"(?<![\d.])5\s*-?\s*(?:年|years?)", r"(?<![十\d])五\s*年", r"five\s*-?\s*years?",
    r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?)", r"六十\s*个\s*月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 个小时", "4 hours", "four hours", "四小时", "100%", "100 per cent",
            "0.05%", "0.050 %", "万分之五", "30%", "30 per cent", "百分之三十", "15%", "百分之十五", "40 percent",
            "百分之四十", "12个月", "12 months", "twelve months", "十二个月", "一年", "one year", "five years", "5年",
            "五年", "60 months", "六十个月", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.055%", "10.05%", "300%", "130%",
             "115%", "45%", "35%", "2027年12月31日", "2025年", "万分之五十", "十五年", "每一年", "36 months",
             "18个月", "six months", "25.0%", "1,500"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s) and not hits(re.sub(r"\s+", "", s)), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    lang, cat, vals, extra, base, forum_out = L[key]
    t = dict(zip(KEYS, vals))
    rules = derive(t, extra, base, forum_out)
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": rules}


# price, payment and fee arithmetic stated in the texts: key -> (items, payments, fee lines (pct, base, amount))
SUMS = {
    "z01": ([980000, 640000, 212000, 38000], [467500, 935000, 467500], [(9, 980000, 88200)]),
    "z02": ([888000, 228000, 81600, 136400, 268000, 168000, 22000], [358400, 806400, 627200],
            [(26, 1602000, 416520)]),
    "z03": ([2 * 288000, 96000, 24000], [120000, 288000, 288000], []),
    "z04": ([168000, 126000, 58000, 34000], [96500] * 4, []),
    "z05": ([168000, 124000, 18000], [201500, 108500], []),
    "e01": ([1240000, 386000, 42000], [166800, 917400, 583800], [(11, 1240000, 136400)]),
    "e02": ([428000, 428000, 36000], [428000, 428000, 36000], []),
    "e03": ([756000, 354000, 286000, 148000, 36000, 20000], [560000, 720000, 320000], [(8, 1396000, 111680)]),
    "e04": ([68500 * 36, 94000], [68500 * 36, 94000], []),
    "e05": ([396000, 396000, 18000], [396000, 396000, 18000], []),
}


def check_sums():
    assert 30 * 9600 == 288000 and 1800 * 420 == 756000 and 120 * 2950 == 354000 and 6 * 148000 == 888000
    assert 24 * 9500 == 228000 and 12 * 6800 == 81600
    for key, (items, pays, fees) in SUMS.items():
        cv = L[key][3]["contract_value"]
        assert sum(items) == cv and sum(pays) == cv, key
        for pct, base, amount in fees:
            assert pct * base == amount * 100, key
        if L[key][4] is not None:
            assert L[key][4] in (980000, 1602000, 168000, 1240000, 1396000)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    check_sums()
    built = {}
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
        else:
            built[key] = src
    write({k: v for k, v in built.items()}, {k: (FILES[k][0], FILES[k][1]) for k in built}, OUT, wrap_words=True)

    covered = set()
    for key in FILES:
        lab = label(key)
        lang, _, _, extra, base, forum_out = L[key]
        t = lab["expected_terms"]
        # labels against thresholds
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        share = tco_share(t, extra, base)
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (key, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        # rules = design
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        sev = {SEVERITY[r] for r in lab["expected_rules"]}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == DESIGN_RISK[key], (key, risk)
        covered |= set(lab["expected_rules"])
        # text as read back
        text = read_back(OUT / FILES[key][0])
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            assert not hits(form), (key, hits(form))
        (OUT / (Path(FILES[key][0]).stem + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{key} {FILES[key][0]} len={n} rules={lab['expected_rules']} risk={risk}"
              + (f" tco_share={share:.2f}" if share is not None else ""))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
