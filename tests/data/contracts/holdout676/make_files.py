"""holdout676: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths as read back, no threshold figure in any text or label, rules derived from the labels =
design list, all 20 CR rules covered). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:野生动物救护中心救护档案管理平台采购合同
P:合同编号：HSJH-ZC-2026-017
P:采购项目：救护档案管理平台建设（政府采购，公开招标，采购文件编号 HSCG2026-0342）
P:甲方（采购人）：海石市野生动物救护中心
P:乙方（供应商）：杭州林护信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就救护档案管理平台的软件许可、定制开发及实施事宜订立本合同。本合同由甲方提供文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供"林护救护档案平台"标准版软件永久使用许可（不限用户数），并在此基础上完成定制开发，包括：救护登记与接收、个体病历与诊疗记录、检疫隔离管理、康复评估、放归与追踪（含卫星项圈数据接入）、死亡个体处置登记、移动端巡护与接警小程序。
P:1.2 乙方负责将甲方2009年以来的纸质及电子救护档案约四万一千条迁移入平台，并完成与省林业局野生动物疫源疫病监测系统的数据接口。
P:1.3 部署地点为甲方机房及政务云，乙方负责安装、配置、联调、培训和上线保障。
P:1.4 乙方应派驻项目经理一名，须具备高级工程师职称及三个以上同类项目经验，未经甲方同意不得更换。实施期间乙方每周提交进度报告，说明已完成工作、存在问题及下周计划。
P:1.5 甲方应指定项目联系人，提供必要的办公场地、网络环境和历史档案资料，并及时组织验收。
H:第二条 合同价款
P:2.1 合同总价为人民币玖拾贰万捌仟元整（¥928,000），包括：软件许可费¥468,000；定制开发费¥356,000；数据迁移及接口费¥58,000；实施及培训费¥46,000。
P:2.2 上述价款为固定总价，已含税费、差旅、第三方组件及质保期内全部服务费用，甲方不再另行支付其他费用。
P:2.3 甲方在本项目基础上新增用户或模块时，乙方报价不高于本合同同类单价。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥185,600。
P:3.2 平台通过初验后，甲方支付合同总价的45%，即¥417,600。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥324,800。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按国库集中支付程序付款。
H:第四条 交付期限
P:4.1 乙方应于合同签订后七十五日内完成部署并提交初验申请，于初验通过后九十日内完成试运行并提交最终验收申请。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，双方应以书面形式确认。
P:4.3 乙方应在合同签订后十日内提交项目实施方案，内容包括组织架构、进度计划、数据迁移方案、安全保障措施及应急预案，经甲方确认后执行。
H:第五条 验收
P:5.1 初验标准：(1) 招标文件功能清单逐项测试通过；(2) 迁移数据与原始档案逐条比对，差错率为零；(3) 疫源疫病监测接口连续七日数据交换无误；(4) 二百并发用户下页面响应不超过2秒；(5) 第三方软件测评机构出具的安全测试报告无高危问题。
P:5.2 最终验收标准：试运行九十日内无一级故障，遗留问题全部关闭，技术文档、源代码及培训记录齐全，由甲方组织专家评审并出具验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
P:5.4 验收所需的测试数据由甲方提供，乙方编制验收测试用例并提交甲方确认，测试过程形成书面记录，由双方签字。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可费的9%（即每年不超过¥42,120），该费率在质保期满后三年内不上调。维护合同每年另行签订，不自动续期。
P:6.3 乙方应培训系统管理员不少于四名、业务操作人员不少于三十名，提供操作手册和培训视频，并对培训效果进行考核。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前三日通知并安排在夜间进行。
P:7.2 故障分级响应：一级故障（平台无法登录、救护登记无法提交）30分钟内响应、2小时内到场、8小时内恢复；二级故障1小时内响应、24小时内解决；三级问题两个工作日内解决。
P:7.3 乙方每超过响应或恢复时限一小时，扣减服务费¥500；月度可用率每低于承诺值0.01个百分点，扣减¥1,000；扣减款从质保金或维护费中抵扣。
P:7.4 乙方应每月提交运行报告，列明可用率、故障处理情况及改进措施。
H:第八条 知识产权
P:8.1 平台标准版软件的知识产权仍归乙方所有，甲方依第1.1款享有永久使用许可。
P:8.2 为本项目定制开发的程序、接口、数据库设计、报表及全部技术文档的知识产权归甲方所有，乙方应交付完整源代码，甲方可自行或委托第三方修改、使用和许可他人使用。
H:第九条 数据安全
P:9.1 救护档案、物种分布、放归位置、诊疗记录等全部数据归甲方所有，乙方仅为履行本合同处理，不得留存、复制或用于其他任何目的。
P:9.2 乙方应按网络安全等级保护第二级要求落实访问控制、加密传输、操作审计；远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部责任并赔偿甲方损失。
P:9.4 合同终止或维护期结束时，乙方应将其掌握的甲方数据全部移交甲方，删除留存副本，并出具书面删除确认。
H:第十条 保密
P:10.1 乙方对在履约中知悉的甲方工作秘密、珍稀物种位置信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的平台未通过验收且两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 违约金不足以弥补甲方损失的，乙方应赔偿差额。
P:11.4 甲方无正当理由逾期付款的，每日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包或转包，乙方须自行完成全部工作。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权书面解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内移交已完成的工作成果、源代码、技术文档及全部数据。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、重大疫情等不可抗力致使合同不能履行的，受影响一方应在三日内通知对方，并在十五日内提供有关证明。不可抗力影响消除后，双方应继续履行；影响持续超过六十日的，双方可协商解除合同。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份、乙方二份，自双方盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：海石市野生动物救护中心　　乙方（盖章）：杭州林护信息技术有限公司
"""

Z02 = """T:香皂生产线控制系统改造及维保合同
P:合同编号：QH-SB-2026-0058
P:甲方（买方）：湖州清禾日化有限公司
P:乙方（卖方）：苏州恒控自动化工程有限公司
P:甲方香皂厂现有皂化、干燥、压条及成型压印生产线控制系统老化，故障频发。双方经友好协商，就该生产线控制系统改造（设备供货、软件许可、安装调试）及后续维保事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，新建皂化釜PLC控制系统、油脂与碱液称重配料系统、干燥及压条段变频调速系统、成型压印段人机界面，并提供生产监控及MES接口软件，使整线实现集中监控、配方下发和批次记录。
P:1.2 改造须利用甲方每年春节停产检修期间完成，停线时间不得超过二十二天。
P:1.3 乙方应提供设备清单、电气原理图、接线图、PLC程序及操作维护手册各三套，并提供电子版。
P:1.4 乙方应在合同签订后十五日内完成现场勘察，提交改造设计方案及停线施工计划，经甲方确认后实施。
P:1.5 甲方负责提供施工所需的电源、压缩空气和临时存放场地，并安排工艺人员配合调试。
H:第二条 供货清单及价格
P:2.1 合同总价为人民币壹佰贰拾陆万元整（¥1,260,000），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|皂化釜PLC控制柜（含冗余CPU）|2套|386,000
TB:2|变频器、温度及液位仪表|1批|214,000
TB:3|油脂与碱液称重配料系统|1套|168,000
TB:4|成型压印段工控机及HMI触摸屏|6台|92,000
TB:5|生产监控及MES接口软件许可（永久）|1套|260,000
TB:—|软硬件小计|—|1,120,000
TB:6|安装、调试及旧柜拆除|1项|118,000
TB:7|操作及维修培训|1项|22,000
TB:—|合同总价|—|1,260,000
P:2.2 合同总价包含设备、软件、运输、保险、安装调试、培训及税费。
P:2.3 如甲方在改造期间增加仪表点位或控制回路，增加部分按本合同同类单价计算，双方另行签订补充协议。
P:2.4 乙方报价已考虑改造期间的夜间及节假日施工，甲方不另行支付加班费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥252,000。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的45%，即¥567,000。
P:3.3 安装调试完成后，甲方支付合同总价的35%，即¥441,000。
P:3.4 乙方应在每期付款前开具增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应于2027年1月10日前将全部设备运至甲方香皂厂，甲方签收仅表示数量相符。
P:4.2 乙方应于甲方停产检修开始后二十日内完成安装调试，恢复整线生产。
P:4.3 乙方施工人员应遵守甲方安全生产、防火及车间卫生制度，因乙方原因造成的安全事故由乙方负责。
P:4.4 设备运输、装卸及到货前的毁损灭失风险由乙方承担。
P:4.5 乙方应在施工结束后清理现场，拆除的旧控制柜及线缆由甲方处置。
P:4.6 乙方应为施工人员购买意外伤害保险，特种作业人员须持证上岗。
H:第五条 调试完成
P:5.1 设备安装调试完成、生产线恢复运行并试产出合格皂体后，乙方向甲方提交调试报告，甲方在调试报告上签字，即视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自安装调试完成之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的26%计取，即每年¥291,200，在维保服务期间不作调整。维保服务包括定期巡检、备件更换、程序优化及软件升级。
P:6.3 维保合同每年由双方另行签订，不自动续期。
P:6.4 质保期内，乙方每季度进行一次现场巡检，检查控制柜、仪表及通讯状况，并出具巡检报告。
P:6.5 质保期内更换的备件，自更换之日起另享六个月质保。
H:第七条 服务响应
P:7.1 一级故障（整线停机）乙方应在1小时内响应，6小时内到场处理；二级故障（单机停机或配料偏差超标）乙方应在8小时内响应，24小时内处理完毕。
P:7.2 乙方每超过上述时限一小时，向甲方支付¥800。该款项可从应付款项中直接扣除。
P:7.3 乙方应设立7×24小时服务热线，并指定一名驻厂联络工程师。
P:7.4 乙方应在甲方厂区常备关键备件，包括PLC模块、变频器及称重传感器，备件清单作为本合同附件。
P:7.5 乙方每季度向甲方提交服务报告，汇总故障处理情况、备件消耗及改进建议。
H:第八条 培训
P:8.1 乙方应对甲方操作工及设备维修人员进行培训，操作培训不少于三批次，维修培训应涵盖PLC程序的在线修改、故障诊断及备件更换，培训结束后由甲方组织考核。
H:第九条 知识产权
P:9.1 MES接口软件的知识产权归乙方，甲方享有永久使用权。
P:9.2 为本项目编写的PLC程序、HMI组态画面、配料算法参数及接口程序，其知识产权归甲方所有，乙方应交付源程序，甲方可自行修改或委托第三方维护。
P:9.3 乙方保证所供设备及软件不侵犯第三方的知识产权，如因此引起纠纷，由乙方负责处理并承担全部责任。
H:第十条 数据安全
P:10.1 配方、工艺参数、批次记录等生产数据归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:10.2 乙方应确保控制网络与办公网络隔离，远程维护须经甲方逐次审批，并通过甲方指定的安全通道进行。
P:10.3 发生数据泄露或被篡改的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:10.4 乙方在调试中使用的移动存储介质须经甲方查毒登记，工作结束后由甲方清除其中数据。
H:第十一条 保密
P:11.1 乙方对甲方的配方、工艺、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。
P:11.2 乙方应要求参与本项目的人员签署保密承诺书，并对其人员的泄密行为承担责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:12.2 乙方提供的设备不符合合同约定的，甲方有权要求更换，由此产生的费用由乙方承担。
P:12.3 因乙方原因导致甲方停产的，乙方还应赔偿甲方因此遭受的直接损失。
P:12.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 分包
P:13.1 乙方不得转包本合同。电气安装中的辅助施工如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:14.2 合同解除后，乙方应配合甲方完成控制系统的交接，移交全部程序及资料。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方根据影响程度协商延期履行或解除合同。
H:第十六条 法律适用及争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交湖州仲裁委员会仲裁。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:17.2 本合同附件包括设备技术参数表、备件清单和施工组织方案，与本合同具有同等效力。
P:甲方（盖章）：湖州清禾日化有限公司　　乙方（盖章）：苏州恒控自动化工程有限公司
"""

Z03 = """连锁口腔门诊预约及会员管理系统服务合同

合同编号：YC-IT-2026-009
甲方：上海悦齿口腔医疗管理有限公司
乙方：成都齿云科技有限公司

甲方旗下共有二十五家口腔门诊。为统一患者预约、到诊、复诊提醒及会员储值管理，甲方委托乙方以软件即服务（SaaS）方式提供"齿云预约会员系统"，并由乙方完成实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 门店端：二十五家门诊的预约排班、医生日程、椅位管理、到诊签到、复诊及洁牙提醒、短信与公众号通知。
2. 会员端：会员等级、储值卡、次卡、积分、家庭账户、微信小程序预约及在线评价。
3. 总部管理端：跨门店调度、会员统一结算、经营报表、营销活动配置。
（二）实施服务
1. 将甲方现有约十八万条患者档案及会员余额从原系统迁移至本系统。
2. 开发甲方品牌微信小程序页面，完成与甲方电子病历系统、收银系统的接口。
3. 为每家门诊培训前台及医生助理，为总部培训系统管理员。
（三）服务期：两个服务年度。第一服务年度自上线验收合格之日起计算，第二服务年度紧接第一服务年度。
（四）甲方应指定项目负责人和各门店联络人，提供原系统导出数据、接口文档及门店网络条件，并按时组织培训与验收。

二、费用及支付
（一）费用明细：
1. 门店端订阅费：每店每服务年度¥8,600，二十五店合计每服务年度¥215,000；
2. 总部管理端订阅费：每服务年度¥38,000；
3. 实施费（数据迁移、小程序开发、接口及培训）：¥124,000，一次性支付。
（二）合同总价：两个服务年度订阅费¥506,000加实施费¥124,000，共计人民币陆拾叁万元整（¥630,000）。
（三）支付：
1. 实施费在上线验收合格后二十日内支付；
2. 每一服务年度的订阅费在该服务年度开始后二十日内支付；
3. 乙方应在付款前开具增值税专用发票。
（四）服务期内短信通知按实际发送量另行结算，不计入合同总价。
（五）服务期内甲方新增门店的，按每店每服务年度¥8,600的单价按月折算增加订阅费。

三、实施与验收
（一）乙方应于合同签订后六十日内完成全部门店上线。
（二）上线验收标准：
1. 二十五家门诊全部切换至本系统，原系统停止使用；
2. 迁移的患者档案和会员余额经甲方逐店抽查核对，差错为零，会员余额合计与原系统一致；
3. 小程序预约、电子病历及收银接口连续十日运行无误；
4. 预约页面在五百并发用户下响应时间不超过2秒。
（三）甲方在收到验收申请后七个工作日内组织验收，验收合格的签署上线验收单；不合格的，乙方应在十日内整改后重新申请。
（四）上线切换应逐批进行，每批不超过五家门店，切换期间乙方派员驻店保障，确保门店正常接诊。
（五）乙方应提交实施计划、数据迁移方案、切换回退方案及培训计划，经甲方确认后执行。

四、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间，并提前两日通知。
（二）故障响应：一级故障（全部或多家门店无法预约、收银中断）30分钟内响应，2小时内恢复；二级故障2小时内响应，当日解决；一般问题在两个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，按当月订阅费的2%抵扣下期费用；一级故障响应超时的，每次抵扣¥1,000。
（四）乙方每月向甲方提交服务报告。
（五）乙方应提供7×24小时服务热线及在线工单系统，门店人员可直接报障。
（六）系统版本升级应提前五个工作日通知甲方，并在测试环境验证通过后发布；升级导致门店业务中断的，按一级故障处理。

五、数据
（一）甲方的患者信息、就诊及预约记录、会员及储值数据（以下简称"甲方数据"）归甲方所有。
（二）甲方同意，乙方可对甲方数据进行去标识化处理后，将预约量、到诊率、复诊周期等统计数据用于产品改进及发布口腔行业分析报告，该项使用在合同终止后仍可继续。
（三）服务期满或合同终止后三十日内，乙方应向甲方完整导出甲方数据，并删除系统中的甲方数据。
（四）甲方可随时通过系统导出其数据，乙方不得设置障碍或另行收费。

六、数据安全
（一）系统部署在境内云平台，须通过网络安全等级保护第三级测评；患者身份证号、手机号等敏感个人信息须加密存储，传输须加密。
（二）乙方应实行最小授权和操作日志审计，日志保存不少于六个月；门店终端登录须采用账号加短信验证码的双因素认证。
（三）发生个人信息泄露、篡改或丢失的，乙方应在2小时内通知甲方，并配合甲方向主管部门报告；因乙方原因造成的，乙方承担全部责任，赔偿甲方因此遭受的损失，包括对患者的赔偿及行政处罚。
（四）系统数据每日备份，备份保存于不同可用区；乙方每年至少组织一次备份恢复演练。
（五）乙方人员访问甲方数据须经审批并留痕，离职人员权限应当日注销。

七、保密
双方对在合作中知悉的对方商业秘密、价格、经营数据负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内有效。乙方应要求其员工签署保密协议。

八、知识产权
（一）齿云预约会员系统的知识产权归乙方所有。
（二）为甲方定制开发的小程序页面、接口程序及报表模板，其知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人使用。
（三）乙方保证其提供的系统及服务不侵犯任何第三方的合法权益；因侵权引起的索赔由乙方负责处理并承担费用。

九、违约责任
（一）乙方未能按期完成上线的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方对本合同项下的赔偿责任总额以合同总价的二倍为限，但因数据泄露、故意或重大过失造成的损失不受此限。
（三）乙方违反本合同第五条、第六条约定的，除承担赔偿责任外，甲方有权暂停支付剩余款项。
（四）甲方逾期付款的，每日按逾期金额的万分之三支付违约金。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、合同期满与解除
（一）服务期满，本合同终止。甲方如需续约，应在期满前三十日书面通知乙方，续约价格由双方另行协商。
（二）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（三）合同终止的，乙方应配合甲方完成数据迁移和系统切换，过渡期不超过六十日，过渡期内服务按原标准提供。

十二、不可抗力
因地震、洪水、重大公共卫生事件等不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，在影响范围内免责；影响持续超过三十日的，双方可协商解除合同。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

十四、其他
本合同一式两份，双方各执一份，经双方签章后生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同附件包括功能清单、实施计划及服务水平细则。

甲方（盖章）：上海悦齿口腔医疗管理有限公司
乙方（盖章）：成都齿云科技有限公司
"""

Z04 = """纪念馆展陈及参观预约系统年度运维服务合同

合同编号：NLJNG-YW-2026-03
甲方：南岭市革命历史纪念馆
乙方：长沙博展数字科技有限公司

甲方展陈多媒体系统及参观预约系统已建成投入使用。为保障开馆期间系统稳定运行，甲方委托乙方提供年度运维服务。双方根据《中华人民共和国民法典》，经协商订立本合同。

第一条 运维对象
1. 展陈多媒体系统：三个基本陈列厅及一个临时展厅的投影融合系统、触摸查询一体机、多媒体互动装置、数字沙盘、语音导览设备、展厅中控及灯光控制系统。
2. 参观预约系统：个人及团体预约、实名核验、入馆闸机、讲解预约、预约小程序与公众号、后台管理及数据统计模块。
3. 相关服务器、存储、网络设备及展厅终端共计二百一十六台（套），清单见附件一。
4. 运维对象如有增减，以双方书面确认的设备清单为准。

第二条 服务期限
服务期限自2026年4月1日起至2027年3月31日止。服务期满本合同终止，双方如需继续合作，另行签订合同。服务期内遇甲方闭馆改陈的，双方可协商顺延服务期限，服务费不变。

第三条 服务内容
1. 驻场运维：乙方派驻两名工程师，在开馆日开馆前一小时到岗，完成展厅设备开机检查，闭馆后完成关机及巡检记录。
2. 预约系统运维：系统监控、日志检查、数据备份、漏洞修补、版本更新、预约规则配置及节假日预约高峰保障。
3. 远程技术支持：乙方提供7×24小时服务热线和远程支持。
4. 巡检：每月对全部设备进行一次全面巡检，每季度对服务器及网络设备进行一次深度巡检，并出具巡检报告。
5. 备品备件：乙方在馆内储备投影灯泡、触摸屏、闸机读卡模块等常用备件，费用已含在运维服务费中。
6. 重大活动保障：清明节、国庆节及重要纪念日期间，乙方增派工程师现场值守。
7. 软件维护：预约系统的缺陷修复及小范围功能调整（每次工作量不超过五人日）包含在服务费内。
8. 应急预案：乙方应编制预约系统故障、展厅断电、网络攻击等应急预案，每半年组织一次演练。
9. 资产管理：乙方负责维护设备台账，记录维修、更换及报废情况，每季度与甲方核对。
10. 培训：乙方每半年为甲方信息管理人员和讲解员提供一次系统操作培训。

第四条 服务费用及支付
1. 年度运维服务费总额为人民币伍拾捌万陆仟元整（¥586,000），其中驻场运维¥312,000、远程支持及巡检¥96,000、备品备件¥128,000、预约系统云资源¥50,000。
2. 服务费按季度支付。每季度结束后，甲方对乙方当季服务进行考核，考核合格后十五个工作日内支付当季服务费¥146,500。
3. 乙方应在每次付款前开具合法有效的发票。
4. 服务费为固定总价，已包含人工、差旅、工具、备件及税费，服务期内不作调整。

第五条 服务交接与验收
1. 服务交接验收：乙方应于服务期开始后十日内完成交接，交接验收标准为：设备清单与实物逐项核对一致；全部系统管理账号、配置文件和技术文档完成移交；预约系统完成一次全量备份恢复测试并成功恢复；展厅设备全部能够正常开机运行。
2. 年度服务验收：服务期满前十五日，甲方组织验收，标准为：巡检报告、故障记录及备份记录完整；全年故障均已关闭；设备台账与实物一致；预约系统数据完整可导出。验收合格的，甲方出具验收意见。
3. 甲方使用系统或支付服务费，不视为年度服务验收合格。
4. 验收不合格的，乙方应在十日内整改，整改后重新组织验收。

第六条 服务水平
1. 故障分级：一级故障指预约系统无法预约或入馆核验中断、基本陈列厅主要展项无法运行；二级故障指单个展项或单台设备故障；三级问题指咨询及一般性配置需求。
2. 一级故障乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障30分钟内响应，当日修复；三级问题一个工作日内答复。
3. 节假日预约高峰期间，乙方应提前完成系统压力测试，确保预约页面在一万并发用户下能够正常访问。
4. 乙方应按月提交运维报告，列明故障处理情况、设备状态及改进建议。
5. 驻场工程师请假或更换的，乙方应提前三日书面告知甲方并安排同等资质人员顶岗；驻场人员须具备三年以上展陈或系统集成运维经验。
6. 因故障导致无法在线预约时，乙方应协助甲方启用现场登记等应急方式。

第七条 甲方义务
1. 甲方为乙方驻场人员提供工作场所、必要的办公条件和展厅进出权限。
2. 甲方指定专人负责与乙方的日常联络，及时确认运维报告。
3. 甲方按本合同约定支付服务费。
4. 甲方需要新增展项或调整展陈内容的，应提前通知乙方，乙方提供技术配合；新增工作量较大的，双方另行协商。
5. 甲方负责展厅的电力供应、空调环境及安全保卫，确保设备运行环境符合要求。

第八条 数据安全
1. 预约系统中观众的姓名、身份证号、手机号及参观记录等数据归甲方所有，乙方仅可为履行本合同处理，不得复制、留存或用于其他用途。
2. 乙方应落实账号权限管理、操作日志审计、敏感信息加密存储和每日备份，远程运维须经甲方同意并通过堡垒机进行。
3. 发生观众个人信息泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任，赔偿甲方由此遭受的全部损失。
4. 服务期满或合同终止时，乙方应移交全部数据和文档，并删除其持有的副本。
5. 乙方应遵守《中华人民共和国个人信息保护法》及相关规定，不得在馆外终端存储观众数据。
6. 乙方应每季度对预约系统开展一次漏洞扫描，发现的高危漏洞应在三个工作日内修复。

第九条 保密
乙方及其人员对在服务中知悉的甲方非公开信息、馆藏资料、安保布防信息及观众信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。乙方应与驻场人员签订保密承诺书。

第十条 知识产权
乙方在运维过程中为甲方编写的脚本、报表、配置方案及文档，其知识产权归甲方所有，甲方可自由使用和修改。乙方保证其提供的服务及工具不侵犯第三方知识产权。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 违约责任
1. 乙方未按本合同约定提供服务的，甲方有权要求乙方限期整改。
2. 乙方违反本合同约定给甲方造成损失的，应当赔偿。
3. 乙方人员在馆内作业造成文物、展品或设施损坏的，乙方负责修复，无法修复的按实际损失赔偿。

第十三条 合同解除
乙方严重违反本合同约定，经甲方书面通知后七日内仍未改正的，甲方有权书面通知解除本合同，并按实际服务期间结算服务费。合同解除后，乙方应在五日内完成交接，移交账号、文档、备件及数据，并配合甲方新选定的服务商完成过渡。

第十四条 不可抗力
因不可抗力致使本合同不能履行的，受影响一方应及时通知对方，并在事件结束后十日内提供证明。不可抗力影响期间的服务费按实际提供的服务结算。

第十五条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。附件一为设备清单，附件二为运维服务细则。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：南岭市革命历史纪念馆
乙方（盖章）：长沙博展数字科技有限公司
"""

Z05 = """# 木语生产追溯平台软件许可及定制开发合同

**木语智造标准合同文本 V3.0**

合同编号：MY-HT-2026-0412

甲方（用户）：东莞华榻家具有限公司

乙方（开发方）：佛山木语智造软件有限公司

鉴于甲方沙发工厂拟对木框架加工、海绵裁切、面料裁剪、缝纫及包覆、成品质检和出货全过程实施条码追溯管理，乙方同意向甲方许可使用"木语生产追溯平台"并按甲方需求进行定制开发。双方本着平等自愿原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予"木语生产追溯平台"标准版软件的永久使用许可，许可范围为甲方东莞工厂，最多一百二十个终端。

1.2 乙方按双方确认的需求说明书进行定制开发，主要包括：木框架工序扫码报工、面料排版与裁剪损耗统计、包覆工序质检记录、成品条码标签打印、订单进度看板、与甲方现有金蝶ERP的订单及库存接口。

1.3 乙方负责软件安装部署、系统配置、基础数据导入及用户培训。

1.4 本合同项下软件许可不包括平台高级版模块（如APS排产、WMS仓储），甲方如需使用，另行采购。

1.5 软件许可仅限甲方使用，甲方不得转让、出租或再许可。

1.6 乙方提供的软件以可执行程序形式交付，不交付源代码。

## 第二条 合同价款

2.1 合同总价为人民币柒拾捌万陆仟元整（¥786,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 木语生产追溯平台标准版软件许可 | 320,000 |
| 2 | 定制开发（扫码报工、裁剪损耗、质检、标签、看板、ERP接口） | 410,000 |
| 3 | 实施部署及培训 | 56,000 |
| | 合计 | 786,000 |

2.2 上述价款不含甲方自行采购的扫码枪、标签打印机、工位平板及服务器等硬件。

2.3 需求说明书确认后，甲方提出的需求变更，乙方按每人日¥2,200另行收费。

2.4 合同价款为含税价格，增值税税率按国家规定执行，乙方在收款后开具发票。

2.5 甲方增加终端数量的，每个终端许可费为¥2,600。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥510,900，乙方收到该款项后启动项目。

3.2 系统通过终验后十个工作日内，甲方支付合同总价的35%，即¥275,100。

3.3 甲方未按期付款的，乙方有权暂停开发或实施工作，工期相应顺延。

3.4 甲方支付的首期款项在项目启动后不予退还。

## 第四条 项目实施

4.1 乙方应在收到首期款项后一百二十日内完成开发、部署并提交终验申请。

4.2 甲方应提供需求调研所需的人员配合、工艺资料、样品条码及ERP接口文档，并按乙方要求准备服务器和网络环境。

4.3 因甲方原因导致项目延误的，工期相应顺延，由此增加的乙方人员费用由甲方承担。

4.4 乙方按项目实施计划派遣项目经理及实施顾问，项目人员的具体安排由乙方根据项目需要确定。

4.5 甲方应在十日内确认各阶段成果，逾期未确认的，乙方可继续下一阶段工作。

4.6 项目上线前，乙方对甲方关键用户进行两轮操作培训，对系统管理员进行一轮维护培训。

## 第五条 验收

5.1 终验标准：需求说明书所列功能逐项测试通过；在甲方三条沙发生产线连续运行十个工作日，扫码报工数据与纸质工单逐单核对一致；扫码后界面响应时间不超过2秒；ERP接口订单及库存数据同步无差错。

5.2 甲方应在收到终验申请后十日内组织验收。验收不合格的，乙方整改后再次提交验收。

5.3 验收测试用例由乙方编制，经甲方确认后执行，测试记录由双方签字确认。

## 第六条 知识产权

6.1 木语生产追溯平台标准版的知识产权归乙方所有。

6.2 乙方为甲方定制开发的全部程序、源代码、接口及相关文档，其知识产权均归乙方所有。甲方在许可范围内享有非独占、不可转让的使用权，未经乙方书面同意，甲方不得修改、反向工程或提供给任何第三方使用。

6.3 乙方保证标准版软件不侵犯第三方知识产权。

## 第七条 免费维护与后续服务

7.1 终验合格之日起六个月为免费维护期。免费维护期内，乙方对软件缺陷进行免费修复，并通过电话、微信及远程方式提供技术支持，服务时间为工作日9:00至18:00。

7.2 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订维护服务协议，维护费按乙方届时公布的服务收费标准执行。

7.3 因甲方擅自修改系统、操作不当或硬件故障导致的问题，不属于免费维护范围。

7.4 免费维护期内，乙方每季度提供一次远程健康检查，并提供标准版软件的补丁更新。

7.5 软件大版本升级另行收费。

## 第八条 数据

8.1 甲方在使用本系统过程中产生的订单、工艺、质检及生产数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。

8.2 乙方远程维护须经甲方同意，使用甲方分配的账号登录，操作留存日志；乙方人员不得下载或复制甲方生产数据。

8.3 因乙方原因导致甲方数据泄露、丢失或损坏的，乙方应在24小时内通知甲方，协助恢复数据，并承担相应的赔偿责任。

8.4 系统部署在甲方服务器上，甲方负责服务器的机房环境、操作系统、数据库备份及网络安全防护。

8.5 乙方应采取必要的技术措施保护其接触的甲方数据，对其人员进行安全培训并要求其签署承诺。

## 第九条 保密

9.1 双方对在合作过程中获知的对方技术资料、商业信息、客户及价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后两年。

9.2 保密义务不适用于已公开的信息或依法律要求披露的信息。

## 第十条 合作伙伴

10.1 为保证项目进度，乙方有权将部分开发、实施或培训工作委托其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作质量负责。

10.2 乙方将在合作伙伴进场前告知甲方其名称及人员名单，以便甲方办理进厂手续。

## 第十一条 违约责任

11.1 乙方逾期完成开发部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

11.4 任何一方均不对对方的间接损失、利润损失承担责任。

11.5 因甲方提供的资料错误或需求变更导致的损失，由甲方自行承担。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面通知后十五日内未予纠正的，守约方有权解除本合同。

12.2 甲方解除合同的，乙方已完成的工作量按实际发生费用结算。

12.3 合同解除后，甲方应停止使用乙方软件，并删除其安装副本。

## 第十三条 不可抗力

13.1 因不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，在不可抗力影响范围内免除责任。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。争议协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同附件包括需求说明书及项目实施计划，与本合同具有同等效力。

甲方（盖章）：东莞华榻家具有限公司

乙方（盖章）：佛山木语智造软件有限公司
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. APS-YJ-2026-04
P:This Software Licence and Services Agreement is made between Yantai Jinguo Fruit Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qixia, Shandong Province (the "Buyer"), and Ahuriri Packhouse Systems Limited, a company incorporated in New Zealand with its principal place of business at Ahuriri, Napier, Hawke's Bay, New Zealand (the "Vendor").
P:The Buyer operates three apple packhouses and a controlled-atmosphere cold store. The Buyer wishes to acquire a perpetual licence of the Vendor's packhouse management software and to have the Vendor configure it and connect it to the Buyer's grading lines and business systems. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PackMaster packhouse management system, version 8, comprising the bin receipt, grower settlement, grading and packing, inventory, cold store and dispatch modules, together with its documentation and all updates supplied under this Agreement.
P:1.2 "Services" means the configuration, integration, data migration, training and go-live support described in Article 3.
P:1.3 "Custom Deliverables" means the interfaces, reports, label templates, configuration files and scripts developed by the Vendor specifically for the Buyer, together with their source code and documentation.
P:1.4 "Buyer Data" means all grower, orchard, bin, fruit quality, inventory, order and customer data entered into or generated by the Software in the Buyer's environment.
P:1.5 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's packhouses and cold store in Shandong Province for up to 160 named users and 6 grading-line connections.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery purposes.
P:2.3 The Software is installed on servers owned by the Buyer in the Buyer's data room in Qixia. The Vendor shall not host any part of the Software or Buyer Data outside the Buyer's environment.
H:Article 3 Services and Timetable
P:3.1 The Vendor shall configure the Software for the Buyer's three packhouses, build interfaces to the optical grading lines on each site, to the Buyer's Kingdee ERP system and to the Buyer's label printers, migrate grower and inventory records from the Buyer's current system, and train the Buyer's staff.
P:3.2 The Vendor shall deliver the Software and complete installation within 45 days after the Effective Date, and shall submit the system for Final Acceptance testing within 110 days after the Effective Date.
P:3.3 The Vendor shall appoint a named project manager who speaks Mandarin or works with a qualified interpreter supplied at the Vendor's cost. The project manager may not be replaced without the Buyer's written approval, which shall not be unreasonably withheld.
P:3.4 The Buyer shall provide access to its sites, servers and staff, and shall make its grading-line suppliers available for interface testing.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,600,000, made up as follows: Software licence fee CNY 1,180,000; configuration, interfaces and data migration CNY 386,000; training and go-live support CNY 34,000.
P:4.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor, and the Vendor's support during the Warranty Period.
P:4.3 The Buyer shall pay: (a) 20% of the Contract Price (CNY 320,000) within 20 days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer; (b) 45% of the Contract Price (CNY 720,000) within 20 days after installation of the Software on the Buyer's servers; and (c) 35% of the Contract Price (CNY 560,000) within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall prepare an acceptance test plan for the Buyer's approval at least 20 days before testing starts.
P:5.2 Final Acceptance requires that: (a) every function in the Functional Specification passes its test; (b) migrated grower balances and inventory match the source records with no differences; (c) every grading-line interface transfers grade and weight data without loss for 10 consecutive packing days; (d) label printing and dispatch documents are correct for all export markets configured; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met the Buyer shall sign an acceptance certificate within 10 working days. Installation, use of the Software in production, or payment does not constitute acceptance. If a test fails, the Vendor shall correct the defects and repeat the test within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all updates free of charge.
P:6.2 Severity 1 means that packing or dispatch at a packhouse has stopped. The Vendor shall respond to a Severity 1 incident within 1 hour at any time and restore operation or provide a workaround within 8 hours. Severity 2 incidents receive a response within 2 hours during the packing season and a fix within 2 working days.
P:6.3 If the Vendor misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000 for each hour of delay, which the Buyer may set off against any amount due.
P:6.4 After the Warranty Period, the Vendor shall offer annual support and updates at 11% of the Software licence fee per year (CNY 129,800), and this fee shall not be increased during the first three years after the Warranty Period. Each year of support is ordered separately; it does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their source code with the system, and the Buyer may use, modify and license them without restriction.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's rights and shall pay any resulting damages and costs.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and may not copy, keep or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts and multi-factor authentication, shall follow the Buyer's security instructions, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. No Buyer Data may be transferred out of mainland China.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 24 hours, shall assist the Buyer to contain it, and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for Final Acceptance testing by the date in Article 3.2 for reasons not attributable to the Buyer, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent, and remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after receiving notice of it.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for undelivered Services and the Buyer may keep and use all work completed.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of New Zealand.
P:13.2 Any dispute arising out of this Agreement shall be referred to arbitration in Auckland under the Arbitration Act 1996 of New Zealand, before a single arbitrator. The language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be in writing in English and Chinese and sent to the addresses above.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — YardView Timber Cloud

Order Form No. WTC-OF-2026-117

## Part A — Order Form

### A1 Parties

**Provider:** Whenua Timber Cloud Limited, a New Zealand company with its office at Fenton Street, Rotorua 3010, New Zealand, acting for this order through its representative office in Shanghai.

**Customer:** Zhangjiagang Hengmu Timber Trading Co., Ltd., a company incorporated in the People's Republic of China, Jiangsu Province.

This Order Form, together with the General Terms in Part B, forms the agreement between the Provider and the Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2 Subscribed Services

The Customer subscribes to the YardView platform for log-yard and shipment management at its bonded log yard at Zhangjiagang Port and its two sawmill yards: log arrival and tally by vessel, bundle and log tagging with RFID and barcode, fumigation and quarantine status tracking, yard location maps, sales release and truck dispatch, and stock reporting. The subscription includes 90 named users, the mobile tally application for 40 handheld devices, and the Yard and Shipment Module.

### A3 Subscription Term

The Subscription Term starts on the Go-Live Date and runs for two Subscription Years. The first Subscription Year starts on the Go-Live Date and ends on the day before its first anniversary; the second Subscription Year starts on that anniversary and ends on the day before the second anniversary.

### A4 Fees

| Item | Basis | Fee (CNY) |
|---|---|---|
| YardView platform subscription, 90 users | per Subscription Year | 286,000 |
| Yard and Shipment Module | per Subscription Year | 94,000 |
| Subscription fees for two Subscription Years | 2 × 380,000 | 760,000 |
| Onboarding: configuration, data load, ERP and customs interfaces, training | one-time | 68,000 |
| Total fees under this Order Form | | 828,000 |

Storage above 500 GB is charged at CNY 90 per 10 GB per month and is not included in the total.

### A5 Invoicing and Payment

(a) The onboarding fee is invoiced after the Customer signs the Go-Live Acceptance certificate under Section 3 of Part B.

(b) Subscription fees for each Subscription Year are invoiced at the start of that Subscription Year.

(c) Invoices are payable within 30 days after receipt of a valid VAT invoice. All amounts are in CNY and include VAT.

### A6 Onboarding Timetable and Special Terms

(a) The Provider shall complete onboarding and make the platform ready for Go-Live Acceptance testing within 60 days after both parties sign this Order Form.

(b) If the Provider misses that date for reasons not caused by the Customer, it shall pay the Customer CNY 800 for each day of delay, up to CNY 40,000 in total.

(c) Service data shall be hosted in the Provider's environment in the Alibaba Cloud Shanghai region.

Signed for the Provider: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data the Customer or its users enter into the platform or that the platform generates from it, including vessel, log, bundle, stock, customer and price data.

1.2 "Go-Live Date" means the date on which the Customer signs the Go-Live Acceptance certificate.

1.3 "Services" means the subscribed platform services in Part A and the onboarding services.

1.4 "Incident" means any failure of the Services to operate as described in the documentation.

### 2. Provision of the Services

2.1 The Provider shall provide the Services in accordance with the documentation and this Agreement, with reasonable skill and care.

2.2 The Provider may improve the platform from time to time, but shall not materially reduce the functions used by the Customer during the Subscription Term.

2.4 The Provider shall provide user documentation in Chinese and English and keep it up to date.

2.3 The Customer shall keep its user credentials secure and is responsible for the acts of its users.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall carry out the onboarding described in Part A, including configuration of the three yards, loading of opening stock, interfaces to the Customer's ERP system and to the customs declaration agent, and training of key users and tally staff.

3.2 Go-Live Acceptance requires that: (a) the opening stock loaded matches the Customer's stock count for every yard with no differences; (b) a complete vessel discharge has been tallied on the mobile application and reconciled with the bill of lading; (c) the ERP and customs interfaces have run without error for 10 consecutive working days; and (d) the agreed user acceptance scripts have passed.

3.3 The Customer shall test within 10 working days after the Provider's notice of readiness and either sign the certificate or list the failures. The Provider shall correct failures and repeat the test.

3.4 The Provider shall appoint an onboarding manager who speaks Mandarin and shall hold a weekly progress call with the Customer during onboarding.

### 4. Service Levels

4.1 The Provider shall make the platform available at least 99.95% of each calendar month, excluding scheduled maintenance announced 3 days in advance and carried out between 00:00 and 05:00 China Standard Time.

4.2 Priority 1 Incidents (the platform or the mobile tally application is unavailable to all users at a yard) shall receive a response within 30 minutes at any time and a fix or workaround within 3 hours. Priority 2 Incidents shall receive a response within 2 hours and a fix within 1 business day.

4.3 If monthly availability falls below the committed level, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fees for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. A missed Priority 1 response time earns a credit of CNY 1,000 per occurrence. Credits are set off against the next invoice.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Services to the Customer and for no other purpose.

5.2 The Customer may export its Customer Data at any time in CSV format. Within 30 days after the end of the Agreement the Provider shall return all Customer Data and then delete it from its systems.

### 6. Data Security

6.1 The Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, log all administrative access, and back up the data daily.

6.3 The Provider shall have its platform assessed under the multi-level protection scheme at level 2 or higher and provide the record to the Customer on request.

6.2 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and bear the losses caused by its breach of this Section.

### 7. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the purposes of this Agreement, and not disclose it except to its staff and advisers who need it and are bound by similar duties, for three years after the end of the Agreement.

### 8. Intellectual Property

8.1 The platform and the Provider's software remain the property of the Provider.

8.2 Reports, label layouts and interface mappings developed specifically for the Customer during onboarding belong to the Customer, which may use, modify and let others use them freely.

### 9. Renewal

9.1 At the end of the Subscription Term the subscription renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

9.2 The Provider may increase the subscription fees for any renewal period by notifying the Customer at least 45 days before the renewal date. The increased fees apply from the renewal date.

### 10. Subcontractors

10.1 The Provider may use subcontractors and hosting providers to perform any part of the Services. The Provider keeps a list of its subcontractors on its support website and will notify the Customer by updating that list before a new subcontractor starts work.

10.2 The Provider remains responsible for the performance of its subcontractors.

### 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees under the Order Form.

11.2 The limit does not apply to breach of Sections 5, 6 or 7, infringement of the other party's intellectual property, or wilful misconduct.

### 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 If the Customer terminates under Section 12.1, the Provider shall refund the prepaid fees for the remaining part of the current Subscription Year.

### 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 14. General

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Notices must be in writing and sent to the addresses in Part A.

14.3 This Agreement is made in English and Chinese, and both versions have equal effect.
"""

E03 = """T:Supply and Licence Contract for Cold Room Monitoring Sensors and Software
P:Contract No. XY-PUR-2026-0219
P:Buyer: Shenzhen Xianyuan Fresh Produce Co., Ltd., a company incorporated in the People's Republic of China, Futian District, Shenzhen.
P:Supplier: Bay Coldchain Sensors Limited, a company incorporated in New Zealand, with its office at Mount Maunganui, Tauranga, New Zealand.
P:The Buyer imports and distributes fresh fruit and operates three cold warehouses in Shenzhen, Dongguan and Huizhou. This Contract is issued on the Buyer's standard purchase terms for the supply of wireless temperature and humidity sensors, gateways and a perpetual licence of monitoring software, with installation and calibration.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, including the alarm engine, dashboards, mobile application and reporting tools, and all updates supplied under this Contract.
P:1.3 "System" means the Equipment and Software installed and working together at the three warehouses.
P:1.4 "Buyer Data" means all temperature, humidity, alarm, location and user data recorded by the System.
P:1.5 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 6.
H:2. Scope
P:2.1 The Supplier shall supply, install, configure and calibrate 420 wireless sensors and 36 gateways in 58 cold rooms, ripening rooms and loading docks, and install the Software on the Buyer's servers in Shenzhen.
P:2.2 The Supplier shall configure alarm rules for each room, connect the Software to the Buyer's warehouse management system and SMS platform, and train the Buyer's warehouse supervisors and IT staff.
P:2.3 The Supplier shall deliver all Equipment within 50 days and complete installation at all three warehouses within 80 days after the Contract is signed.
P:2.4 The Supplier shall carry out a site survey of each warehouse within 15 days after signature and submit an installation plan, including sensor positions, gateway positions and the cabling route, for the Buyer's approval.
P:2.5 The Buyer shall give the Supplier access to the warehouses outside peak loading hours, provide power points at the gateway locations and network connections to its server room, and appoint a project contact for each warehouse.
H:3. Price
P:3.1 The Contract Price is CNY 1,254,000, made up as follows.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor TH-40|420|1,150|483,000
TB:2|LoRa gateway GW-8 with cellular backup|36|6,800|244,800
TB:3|ColdWatch monitoring software, perpetual site licence|1|362,000|362,000
TB:—|Hardware and Licence Subtotal|—|—|1,089,800
TB:4|Installation, commissioning and calibration|1|146,200|146,200
TB:5|Training|1|18,000|18,000
TB:—|Contract Price|—|—|1,254,000
P:3.2 The Contract Price is fixed and includes delivery to the three warehouses, import duties, taxes, installation materials and all services during the Warranty Period.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 125,400) is payable within 15 days after signature, against an advance payment guarantee.
P:4.2 55% of the Contract Price (CNY 689,700) is payable after delivery and installation at all three warehouses, confirmed by a signed installation record. The installation record is not acceptance.
P:4.3 35% of the Contract Price (CNY 438,900) is payable within 20 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 Risk in the Equipment passes to the Buyer on signed delivery at each warehouse. Title passes on payment under clause 4.2.
P:5.2 If the Supplier fails to complete installation by the date in clause 2.3, or to achieve Final Acceptance within 60 days after that date, for reasons not caused by the Buyer, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
H:6. Acceptance
P:6.1 After installation the System shall run for 21 consecutive days under normal warehouse operation.
P:6.2 Final Acceptance requires that: (a) every sensor reads within ±0.3 °C of a calibrated reference thermometer at two test points, with calibration certificates traceable to a national standard; (b) no sensor misses more than two consecutive reporting intervals during the test run; (c) alarms reach the duty supervisor by SMS and the mobile application within 60 seconds in every test; (d) the interface with the warehouse management system shows the correct room status for every room; and (e) no Severity 1 or Severity 2 defect remains open.
P:6.3 The Buyer shall sign the final acceptance certificate within 7 working days after the criteria are met. Installation, use of the System or payment does not mean acceptance.
P:6.4 If a criterion is not met, the Supplier shall correct the defect and the test run shall restart for the affected warehouse. If Final Acceptance is not achieved after two repeated test runs, the Buyer may reject the affected Equipment and claim a refund of the price paid for it.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace faulty Equipment, including batteries, and correct Software defects free of charge.
P:7.2 After the Warranty Period, the Supplier shall provide support and spare parts at an annual fee of 8% of the Hardware and Licence Subtotal (CNY 87,184 per year). The fee is fixed for the first two years after the Warranty Period. Support is ordered by the Buyer each year and does not renew automatically.
P:7.3 The Supplier shall keep spare sensors and a spare gateway at each warehouse during the Warranty Period, and shall replace sensor batteries before their remaining life falls below three months, at no charge.
H:8. Service Levels
P:8.1 The Software shall be available at least 99.95% of each calendar month during the Warranty Period and any support year, excluding planned maintenance agreed with the Buyer.
P:8.2 Faults are handled as follows.
TB:Severity|Example|Response|Restore
TB:Severity 1|Monitoring or alarms stopped in a warehouse|30 minutes|3 hours
TB:Severity 2|A gateway or up to five sensors offline|1 hour|8 hours
TB:Severity 3|Reports, dashboards or user questions|1 working day|5 working days
P:8.3 For each hour by which the Supplier exceeds a Severity 1 response or restore time, the Supplier shall pay CNY 1,500. For each 0.01 percentage point by which monthly availability falls short of clause 8.1, the Supplier shall pay CNY 1,000. The Buyer may deduct these amounts from any payment due.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not keep copies or use it for any other purpose, including product development.
P:9.2 The Software is hosted on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host. The Supplier shall follow the Buyer's information security policy and Chinese data protection law.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data within 12 hours, help the Buyer contain it, and compensate the Buyer for losses caused by the Supplier's breach of this clause.
P:9.4 At the end of the Warranty Period or any support year, the Supplier shall delete any Buyer Data that came into its possession during support work and confirm this in writing.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's warehouses, customers, products, volumes and prices, and shall not disclose it to any third party without the Buyer's prior written consent, during this Contract and for three years afterwards.
H:11. Intellectual Property
P:11.1 The Software and the Equipment firmware remain the property of the Supplier, and the Buyer receives a perpetual licence to use them with the System.
P:11.2 Room maps, alarm rule sets, custom reports and the interface to the warehouse management system developed for the Buyer belong to the Buyer, including their source code, and the Buyer may modify and license them freely.
P:11.3 The Supplier shall defend the Buyer against any claim that the Equipment or the Software infringes a third party's rights and pay the resulting damages and costs.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are unlimited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. The Supplier remains responsible for its approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under clause 5.2 reach their maximum.
P:14.2 On termination the Supplier shall refund amounts paid for Equipment and services not delivered.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.
H:16. General
P:16.1 This Contract consists of these terms, the price table and the technical specification attached as Annex 1. Amendments must be made in writing and signed by both parties.
P:16.2 This Contract is made in English and Chinese, and both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. AWA-MSA-2026-031

**Provider:** Awa Managed IT Limited, a company incorporated in New Zealand, with its office at Victoria Avenue, Whanganui, New Zealand, and its service centre in Hangzhou operated by its wholly owned subsidiary.

**Customer:** Hangzhou Qiantang Dyeing and Finishing Co., Ltd., a company incorporated in the People's Republic of China, Xiaoshan District, Hangzhou.

**Background.** The Customer runs two dyeing and finishing plants and a head office. It wishes to outsource the operation of its servers, storage, backup, network and end-user service desk to the Provider for a fixed term of 36 months. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of the Customer stored on or processed by the systems managed by the Provider, including production recipes, colour formulas, orders, customer records and employee records.

1.5 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate.

1.6 "Term" means 36 months from the Service Commencement Date.

## Section 2 Transition

2.1 The Provider shall take over the operation of the Customer's environment from the Customer's internal IT team in a transition project. The transition covers discovery and documentation of all servers, storage, network devices and applications in scope, set-up of monitoring and the service desk, knowledge transfer from the Customer's staff, and a trial period of parallel operation.

2.2 The Provider shall complete the transition and present the environment for Transition Acceptance within 75 days after this Agreement is signed.

2.3 Transition Acceptance requires that: (a) the configuration management database lists every device and application in Schedule 1 and matches a physical audit; (b) monitoring covers every managed device and has raised test alerts correctly; (c) a full restore test of the ERP database and the file server from backup has succeeded; (d) the service desk has handled live tickets for 14 consecutive days within the Service Levels; and (e) the run books for every managed system have been approved by the Customer's IT manager.

2.4 The Customer shall sign the Transition Acceptance certificate within 7 working days after the criteria are met, or list the failures. The Provider shall correct them at its cost and present the environment again.

2.6 The Customer shall give the Provider's engineers access to its server rooms, network cabinets and plants, and shall make its IT staff available for knowledge transfer during the transition.

2.5 If the Provider fails to present the environment for Transition Acceptance by the date in clause 2.2 for reasons not caused by the Customer, it shall pay CNY 1,200 for each day of delay, up to CNY 90,000.

## Section 3 Services and Service Levels

3.1 From the Service Commencement Date the Provider shall perform the Services in Schedule 1 to the Service Levels in Schedule 2.

3.2 If the Provider fails to meet a Service Level, it shall grant the service credits set out in Schedule 2, which the Customer deducts from the next monthly invoice.

3.3 The Provider shall deliver a monthly service report showing performance against each Service Level, tickets by priority, changes made, backup results and capacity trends, and shall meet the Customer's IT manager monthly to review it.

3.4 The Provider shall follow the Customer's change approval procedure. Changes to production systems during dyeing shifts require the written approval of the plant manager.

3.5 The Provider shall keep the configuration management database up to date and shall carry out a capacity review every quarter, with recommendations for the Customer's budget planning.

3.6 Planned maintenance that interrupts any managed system shall be agreed with the Customer at least 5 working days in advance and carried out during the weekly production stop on Sunday night.

## Section 4 Charges and Payment

4.1 The Customer shall pay the Charges in Schedule 3. The total of the Charges over the Term is CNY 1,770,000.

4.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, from the first full month after the Service Commencement Date.

4.3 Invoices are payable within 30 days after receipt of a valid VAT invoice. The Charges are fixed for the Term and include VAT.

## Section 5 Customer Data

5.1 Customer Data remains the property of the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

5.2 At the end of the Term the Provider shall hand over all Customer Data, documentation and administrator credentials to the Customer or to a new provider named by the Customer.

## Section 6 Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including the Customer's recipes and colour formulas, and shall use it only for this Agreement.

6.2 This obligation continues for three years after the end of the Term.

## Section 7 Intellectual Property

7.1 Tools and software owned by the Provider before this Agreement remain the Provider's property.

7.2 Run books, scripts, configuration records and documentation created by the Provider for the Customer's environment belong to the Customer, and the Customer may use, change and give them to any future provider without restriction.

## Section 8 Personnel and Subcontracting

8.1 The Provider shall assign a named service delivery manager and at least two engineers based in Hangzhou who can attend either plant within 2 hours.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

8.3 The Provider shall replace any engineer whose performance the Customer reasonably objects to within 10 working days.

## Section 9 Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total Charges over the Term.

9.2 The limit does not apply to personal injury, fraud or wilful misconduct.

## Section 10 Term and Termination

10.1 This Agreement starts on signature and continues until the end of the Term. It expires at the end of the Term without renewal; any extension requires a new written agreement.

10.2 The Customer may not terminate this Agreement before the end of the Term. The Customer's remedies for failures in the Services are the service credits in Schedule 2 and the delay payment in clause 2.5.

10.3 The Provider may suspend the Services or terminate this Agreement if the Customer fails to pay undisputed Charges within 60 days after a written reminder.

10.4 On expiry the Provider shall provide exit assistance for up to 45 days at the monthly service charge rate, pro rata.

## Section 11 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 12 General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 This Agreement, with its three Schedules, is the entire agreement of the parties about the Services. Amendments must be in writing and signed by both parties.

12.3 Notices shall be in writing and sent to the addresses above.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Server operations | 46 physical and virtual servers in two plant server rooms and head office: monitoring, patching, capacity management, incident handling | 24 × 7 |
| Storage and backup | two storage arrays, daily backup of all servers, weekly off-site copy, quarterly restore test | 24 × 7 |
| Network operations | core and access switches, wireless controllers, plant-to-office links: monitoring and incident handling | 24 × 7 |
| Service desk | phone, email and portal support for about 620 users in Chinese and English | 07:00–23:00 daily |
| On-site support | desktop, printer and shop-floor terminal support at both plants | 08:00–20:00 working days |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of managed servers (monthly, excluding agreed maintenance) | at least 99.95% | 3% of the monthly service charge for each 0.1 percentage point below |
| Priority 1 incident (a plant's production or ERP system down) | response within 15 minutes, restore within 3 hours | CNY 2,000 per hour late |
| Priority 2 incident (a server, link or application degraded) | response within 1 hour, restore within 8 hours | CNY 500 per hour late |
| Priority 3 request | response within 1 business day | none |
| Backup success | every scheduled backup completed, or rerun within 24 hours | 2% of the monthly service charge per missed backup |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 96,000 |
| Monthly service charge | per month, in arrears | 46,500 |
| Monthly service charges over the Term | 36 × 46,500 | 1,674,000 |
| Total Charges over the Term | | 1,770,000 |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """MARINE WEATHER DATA SUBSCRIPTION AGREEMENT

Agreement No. TMD-SUB-2026-088

BETWEEN

Tairawhiti Marine Data Limited, a company incorporated in New Zealand, with its office at Gladstone Road, Gisborne 4010, New Zealand (the "Provider"); and

Qingdao Haiyun Towage and Pilotage Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Huangdao District, Qingdao (the "Customer").

BACKGROUND

The Customer provides towage and pilotage services at Qingdao Port and its outer anchorages. It needs high-resolution wind, wave, swell, current and visibility forecasts for its dispatch system, so that tug and pilot boat assignments can be planned around weather windows. The Provider operates a marine forecast model and delivers its output through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's MarineCast application programming interface and its documentation.

1.2 "Forecast Data" means the forecasts, observations, historical series and derived values delivered through the API.

1.3 "Customer Data" means all data the Customer sends to the API or stores in the Provider's portal, including vessel positions, job records, query logs and user details.

1.4 "Integration Package" means the connector, mapping scripts and dispatch dashboard described in clause 3.1.

1.5 "Subscription Year" means each of the two consecutive yearly periods of the Subscription Term. The first Subscription Year starts on the date of Integration Acceptance and ends on the day before its first anniversary.

1.6 "Subscription Term" means the two Subscription Years.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive right to call the API and to use the Forecast Data in its own operations at Qingdao Port, including display in its dispatch system and mobile applications for its crews.

2.2 The subscription covers 24 forecast points chosen by the Customer within 60 nautical miles of Qingdao Port, hourly forecasts for 10 days ahead updated every 6 hours, nowcasts updated every 15 minutes, and access to the historical archive since 2010.

2.3 The subscription includes up to 2,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.02 per call and are not part of the fees below.

2.4 The Customer may not resell the Forecast Data or make it available to third parties, except to the Port authority and to vessel masters in connection with a specific job.

2.5 The Provider shall give the Customer at least 60 days' notice before changing the API version used by the connector, and shall keep the previous version available for at least 90 days after that notice.

3. INTEGRATION PACKAGE

3.1 The Provider shall develop and deliver a connector between the API and the Customer's dispatch system, mapping scripts for the Customer's berths and anchorages, and a dispatch dashboard showing weather windows for each job, together with source code and installation instructions.

3.2 The Provider shall deliver the Integration Package and present it for Integration Acceptance within 45 days after this Agreement is signed.

3.3 Integration Acceptance requires that: (a) all 24 forecast points return complete data through the connector; (b) the median API response time measured over 7 days is below 800 milliseconds; (c) forecast values shown in the dashboard match the API output for a sample of 200 jobs; and (d) the Customer's dispatchers have completed training.

3.4 The Customer shall confirm Integration Acceptance in writing within 5 working days after the criteria are met or list the failures, which the Provider shall correct before presenting the package again.

3.6 The Customer shall provide the Provider with test access to its dispatch system, a list of berths and anchorages with coordinates, and a contact person for testing.

3.5 If the Provider fails to present the Integration Package for Integration Acceptance by the date in clause 3.2 for reasons not caused by the Customer, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 25,000.

4. FEES AND PAYMENT

4.1 The fees are:

   API subscription fee: CNY 248,000 per Subscription Year, CNY 496,000 for the Subscription Term;
   Integration Package fee: CNY 42,000, one-time;
   Total fees: CNY 538,000.

4.2 The Integration Package fee is invoiced after Integration Acceptance.

4.3 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 62,000, each at the start of the quarter.

4.4 Invoices are payable within 30 days after receipt of a valid VAT invoice. All fees are in CNY, include VAT, and are fixed for the Subscription Term.

4.5 The Provider may not increase the fees or introduce new charges during the Subscription Term.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.95% of each calendar month, measured at the Provider's API gateway, excluding scheduled maintenance announced 5 days in advance.

5.2 A Priority 1 incident is a total failure of the API or delivery of forecasts more than 6 hours old. The Provider shall respond to a Priority 1 incident within 1 hour, at any time, and restore service or provide a workaround within 6 hours. Priority 2 incidents receive a response within 1 business day.

5.3 If monthly availability falls below the committed level, the Customer receives a credit of 10% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall. A missed Priority 1 response earns a credit of CNY 800. Credits are deducted from the next instalment.

5.4 The Provider shall send the Customer a monthly report showing availability, incidents and API usage.

5.5 Forecast accuracy is not a Service Level, but the Provider shall publish monthly verification statistics for the Customer's forecast points and discuss them with the Customer on request.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and the services under this Agreement, and for no other purpose.

6.2 Within 30 days after the end of the Subscription Term the Provider shall return Customer Data in a common format and then delete it.

6.3 The Provider shall not sell, license or otherwise make Customer Data available to any third party, whether in identified, aggregated or any other form.

7. DATA SECURITY

7.1 The Provider shall store Customer Data on servers located in mainland China, encrypt it in transit and at rest, give access only to named support staff with multi-factor authentication, log all access, and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7.2 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, take immediate steps to contain it, and be liable for the losses the Customer suffers because of the Provider's breach of this clause 7.

7.3 The Provider shall carry out a penetration test of the API and the portal every year and fix findings rated high within 10 working days.

8. INTELLECTUAL PROPERTY

8.1 The API, the forecast model and the Forecast Data remain the property of the Provider and its licensors.

8.2 The Integration Package, including its source code, the mapping scripts and the dashboard, is developed for the Customer and belongs to the Customer, which may use, modify and license it freely.

8.3 The Provider shall defend the Customer against any claim that the API, the Forecast Data or the Integration Package infringes a third party's rights.

9. LIABILITY

9.1 The Provider's total liability under this Agreement in any claim or series of claims is limited to the fees paid by the Customer in the 6 months preceding the event that gave rise to the claim.

9.2 The Provider is not liable for decisions taken by the Customer on the basis of forecasts, which are predictions and may differ from actual conditions. This clause does not limit the Provider's obligations under clause 5.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the development of the Integration Package or the operation of the API without the Customer's prior written consent.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically. Any further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.3 If the Customer terminates under clause 11.2, the Provider shall refund the fees paid for the period after termination.

11.4 On expiry or termination the Customer may keep using the Integration Package, and the Provider shall cooperate with any transfer of the connector to another data source.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's written consent.

13.2 Notices shall be in writing and sent to the addresses above, with a copy by email.

13.3 This Agreement is made in English and Chinese. Both versions have equal effect.

13.4 This Agreement is the entire agreement of the parties about its subject matter. Amendments must be in writing and signed by both parties.

SIGNED for the Provider: ____________________

SIGNED for the Customer: ____________________
"""

FILES = {  # key: (file name, format, source)
    "z01": ("h676z01_wildlife_rescue_records_platform.pdf", "pdf", Z01),
    "z02": ("h676z02_soap_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h676z03_dental_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h676z04_memorial_hall_exhibit_booking_om.txt", "txt", Z04),
    "z05": ("h676z05_sofa_factory_tracking_supplier_template.md", "md", Z05),
    "e01": ("h676e01_packhouse_software_perpetual_licence_napier.pdf", "pdf", E01),
    "e02": ("h676e02_timber_yard_saas_order_form_rotorua.md", "md", E02),
    "e03": ("h676e03_cold_room_sensors_licence_tauranga.docx", "docx", E03),
    "e04": ("h676e04_managed_it_services_whanganui.md", "md", E04),
    "e05": ("h676e05_marine_weather_api_subscription_gisborne.txt", "txt", E05),
}

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def L(cat, vals, cv, sla=True, ld=True, capped=None, deemed=False):
    terms = dict(zip(T, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return cat, terms, extra


G, S = "goods_or_licence", "service"
LABELS = {
    #        avail  p1   remedy ip       dsec  owns  conf  ld     cap    prep  acc    final  warr pwf  auto   term   subc   law
    "z01": L("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False, "PRC", G], 928000, capped=True),
    "z02": L("hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 20, False, False, 18, 26, False, True, False, "PRC", G], 1260000, capped=True, deemed=True),
    "z03": L("cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, False, True, False, "PRC", S], 630000),
    "z04": L("services", [None, 0.25, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True, False, "PRC", S], 586000, ld=False),
    "z05": L("software", [None, None, False, "supplier", True, True, True, 0.02, 20, 65, True, True, 6, None, False, True, True, "PRC", G], 786000, sla=False, capped=False),
    "e01": L("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False, "New Zealand", G], 1600000, capped=True),
    "e02": L("cloud", [99.95, 0.5, True, "buyer", True, True, True, 800 / 828000 * 100, 150, None, True, None, None, None, True, True, True, "PRC", S], 828000),
    "e03": L("hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False, "PRC", G], 1254000, capped=True),
    "e04": L("services", [99.95, 0.25, True, "buyer", False, True, True, 1200 / 1770000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S], 1770000),
    "e05": L("cloud", [99.95, 1, True, "buyer", True, True, False, 500 / 538000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S], 538000),
}
FOREIGN_FORUM = {"e01"}  # Auckland arbitration; every other draft has a mainland court or commission
TCO_BASE = {"z01": 468000, "z02": 1120000, "e01": 1180000, "e03": 1089800}  # itemised licence / hardware subtotal
DESIGN = {
    "z01": [],
    "z02": ["CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-SLA-AVAILABILITY", "CR-DATA-OWNERSHIP"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-LD-MISSING"],
    "z05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
            "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (and the §4 horizon)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key):
    t, x = LABELS[key][1], LABELS[key][2]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    t, x = LABELS[key][1], LABELS[key][2]
    goods = t["contract_kind"] == G
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_TH:
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


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---- threshold figures in text: one pattern list, self-tested -------------------------------------------------
NUM_L = r"(?<![\d.,])"
CN = "零一二三四五六七八九十百千点"
TEXT_PATTERNS = [
    NUM_L + r"99\.9(?![\d])",
    NUM_L + r"4\s*(?:-|\s)?(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![" + CN + r"])四\s*个?\s*小时",
    r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?\b",
    NUM_L + r"0?\.05\s*(?:%|％|per\s*cent|percent|pct)",
    r"万分之五(?![" + CN + "])", r"千分之零点五",
    NUM_L + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent|pct)",
    r"百分之(?:一)?百(?![" + CN + "])", r"\bone\s*hundred\s*(?:per\s*cent|percent)",
    NUM_L + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent|pct)",
    r"(?<![" + CN + r"])百分之三十(?![" + CN + "])", r"\bthirty\s*(?:per\s*cent|percent)",
    NUM_L + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent|pct)",
    r"百分之十五(?![" + CN + "])", r"\bfifteen\s*(?:per\s*cent|percent)",
    NUM_L + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent|pct)",
    r"百分之四十(?![" + CN + "])", r"\bforty\s*(?:per\s*cent|percent)",
    NUM_L + r"12\s*(?:-|\s)?(?:months?|个月|mos?\b)", r"(?<![" + CN + r"])十二\s*个\s*月", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    NUM_L + r"5\s*(?:-|\s)?(?:years?|年(?!\d)|yrs?\b)", r"(?<![" + CN + r"\d])五\s*年", r"\bfive\s*(?:\(5\)\s*)?(?:-\s*)?years?",
    NUM_L + r"60\s*(?:-|\s)?(?:months?|个月)", r"六十\s*个\s*月", r"\bsixty\s*months?",
]
TEXT_RE = re.compile("|".join("(?:%s)" % p for p in TEXT_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "四个小时", "four hours", "within 4h", "0.05%", "0.05 per cent",
            ".05%", "万分之五", "100%", "100 %", "百分之百", "30%", "30％", "百分之三十", "thirty percent", "15%", "百分之十五",
            "40%", "百分之四十", "forty per cent", "12 months", "12个月", "十二个月", "twelve months", "12-month",
            "5 years", "5年", "五年", "five years", "five-year", "60 months", "六十个月", "4-hour"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.08%", "万分之五十", "万分之三", "150%", "200%",
             "130%", "35%", "百分之三十五", "115%", "45%", "140%", "2026年12月31日", "112 months", "2025年", "十五年",
             "25 years", "0.1 percentage point", "7×24小时", "1,500", "CNY 40,000", "30 days", "15 days", "12 hours",
             "$12", "Section 12"]


def scan_ok(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return [m.group(0) for v in variants for m in TEXT_RE.finditer(v)]


def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)


def check_and_label():
    for s in MUST_HIT:
        assert scan_ok(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not scan_ok(s), ("regex hits", s, scan_ok(s))
    covered = set()
    for k, (name, fmt, src) in FILES.items():
        cat, terms, extra = LABELS[k]
        text = read_back(OUT / name, fmt)
        if k.startswith("z"):
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "words", n)
        hits = scan_ok(text)
        assert not hits, (k, "threshold figure in text", hits)
        for f, th in TH.items():
            assert terms[f] is None or terms[f] != th, (k, f)
        share = tco_share(k)
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (k, "tco share", share)
        rules = derive(k)
        assert rules == sorted(DESIGN[k]), (k, rules, sorted(DESIGN[k]))
        covered |= set(rules)
        label = {"file": name, "language": "zh" if k.startswith("z") else "en", "category": cat,
                 "expected_terms": terms, "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        print("%-58s %-4s %5d  tco=%s  risk=%-6s %s" % (name, fmt, n, None if share is None else round(share, 1),
                                                        risk(rules), ", ".join(rules) or "(none)"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mixes = [len(DESIGN[k]) for k in ("z02", "z03", "z04", "e02", "e04", "e05")]
    assert all(2 <= m <= 3 for m in mixes) and 8 <= len(DESIGN["z05"]) <= 10
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    build()
    check_and_label()
