"""holdout1048: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as they are; .docx/.pdf go through ../word_pdf.py (PDF paragraphs pre-wrapped at word boundaries).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1048Z01 = """T:某市住房和城乡建设局物业维修资金监管平台采购合同
P:合同编号：ZJJ-ZFCG-2026-0417
P:采购人（甲方）：某市住房和城乡建设局
P:供应商（乙方）：江北数智城建科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就物业维修资金监管平台（以下简称"平台"）的软件许可及定制开发事宜订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供物业维修资金监管平台软件许可（永久使用许可，不限用户数），并完成下列定制开发：维修资金归集与分户账管理、与六家托管银行的资金对账接口、业主电子表决小程序、使用审批流程、监管统计报表。
P:1.2 乙方负责将甲方现有系统中约三十八万户分户账数据及历年交存、使用记录迁移至平台，并负责部署、联调、上线及培训。
P:1.3 平台部署于甲方政务云，由甲方提供计算、存储及网络资源；乙方不得将平台及数据部署于其他环境。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零叁万捌仟元整（¥2,038,000），包括：平台软件许可费¥1,120,000；定制开发费¥684,000；数据迁移费¥138,000；实施及培训费¥96,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、安装、第三方测评配合等全部费用，甲方不再另行支付其他费用。
P:2.3 合同履行期间，因甲方书面提出的需求变更导致工作量增加的，双方按投标文件中的人天单价另行签订补充协议。
H:第三条 支付方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方另行书面协商，不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后一百二十日内完成平台部署、数据迁移及全部定制功能并提交初步验收申请。
P:4.2 乙方应按甲方确认的实施计划每两周提交进度报告；进度偏差超过十个工作日的，应书面说明原因及补救措施。
P:4.3 乙方应为甲方及各区县住建部门、街道办事处的业务人员提供不少于六场集中培训，并编制操作手册、运维手册及数据字典，培训效果以甲方组织的上机考核为准。
P:4.4 乙方派驻的项目经理及技术负责人应与投标文件一致，未经甲方书面同意不得更换；甲方认为驻场人员不能胜任的，有权要求乙方在十个工作日内更换。
H:第五条 验收
P:5.1 初步验收标准：（一）招标文件所列功能逐项测试通过；（二）迁移数据与原系统逐户核对一致，差异清单全部处理完毕；（三）六家银行对账接口连续二十个工作日对账无差错；（四）三百个并发用户下，查询类操作平均响应时间不超过2秒，审批类操作不超过3秒。
P:5.2 初步验收合格后平台进入为期六十日的试运行。试运行期间无一级故障、且第三方机构出具的网络安全等级保护测评报告无高风险问题的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及现场服务。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥100,800），该费率在质保期满后三年内保持不变；维护合同逐年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.98%（计划内维护除外，计划内维护须提前三个工作日书面告知甲方并安排在夜间）。
P:7.2 故障分为三级。一级故障（平台整体不可用或资金数据错误）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障：1小时内响应，次日内解决；三级故障：一个工作日内响应，五个工作日内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超过一小时向甲方支付服务扣款¥1,500；月可用率每低于承诺值0.01个百分点，扣款¥2,000。扣款可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、接口、报表、数据迁移脚本及相关源代码和文档，其知识产权归甲方所有，乙方应在最终验收时完整移交。甲方有权自行或委托第三方使用、修改及再开发。
P:8.2 平台标准产品的知识产权仍归乙方所有，甲方依本合同取得永久使用许可。乙方保证其提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的维修资金数据、业主信息及业务日志均属于甲方所有。乙方仅为履行本合同之目的接触、处理上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，运维操作须经甲方审批并通过堡垒机进行，全程留痕；个人信息应加密存储、脱敏展示。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、技术资料及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 本条保密义务不因合同终止而失效，在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定，经两次整改仍验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包与转包
P:乙方不得将本合同项下的任何工作转包或分包给第三方。乙方派驻本项目的开发、实施人员应为乙方正式员工，并事先向甲方报备名单，乙方不得以劳务派遣、人员外包等方式变相分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。双方往来通知以书面形式送达本合同首部所载地址。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
P:签订日期：2026年__月__日
"""

H1048Z02 = """T:电动剃须刀生产线控制系统改造合同
P:合同编号：FR-SB-2026-031
P:甲方：浙东飞锐电器有限公司（电动剃须刀制造）
P:乙方：苏州恒控自动化工程有限公司
P:甲方因刀网装配、电机总装及整机包装共六条生产线控制系统老化，委托乙方实施控制系统改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线的电气控制柜更换、伺服驱动及电机替换、视觉检测单元加装、人机界面更新，以及产线控制软件和数据采集网关的部署，并编制、调试全部控制程序。
P:1.2 改造须利用甲方计划停线窗口分批实施，每条产线停线时间不得超过五个自然日；乙方应在每批停线前七日提交切换方案，经甲方生产部确认后实施。
P:1.3 设备清单、技术参数及产线布置以附件一《技术规格书》为准。
P:1.4 乙方应对拆除的旧控制柜、线缆及电机进行分类整理，可利用部件移交甲方备件库，其余按甲方指定地点堆放，不得擅自处置。
P:1.5 改造后的控制系统应预留与甲方制造执行系统的数据接口，接口协议采用OPC UA，点表由双方在设计联络会上确认。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰伍拾捌万元整（¥2,580,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC电气控制柜（含安全回路改造）|6套|168,000|1,008,000
TB:2|伺服驱动器及伺服电机|1批|412,000|412,000
TB:3|视觉检测单元（刀网、外观）|6套|58,000|348,000
TB:4|人机界面触摸屏|24台|4,000|96,000
TB:5|产线控制软件许可及数据采集网关|1套|286,000|286,000
TB:|软硬件小计|||2,150,000
TB:6|控制程序编制与调试|1项|238,000|238,000
TB:7|安装、接线及停线切换|1项|164,000|164,000
TB:8|操作及维修培训|1项|28,000|28,000
TB:|合同总价|||2,580,000
P:2.2 上述价格含税、运输、保险、安装及调试费用。设备应为全新原厂产品，乙方应在到货时提供原厂合格证、检验报告及进口设备的报关单据，甲方有权抽检。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货、安装完毕并通过单线调试后，甲方支付合同总价的55%。到货签收及单线调试仅确认数量和安装状态，不构成验收。
P:3.3 六条产线全部通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具增值税专用发票，甲方以银行转账方式付款。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后七十五日内完成全部设备到货，在一百四十日内完成六条产线的改造并提交最终验收申请。
P:4.2 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金；因乙方原因导致停线时间超出约定的，每超出一日另按上述标准计付。
P:4.3 乙方应在合同签订后十五日内召开设计联络会，提交详细设计方案、停线切换计划及风险预案；甲方应提供必要的厂房、电源、压缩空气及停线窗口。
P:4.4 因甲方未按约定提供停线窗口或现场条件导致工期延误的，工期相应顺延，乙方不承担违约责任。
H:第五条 验收
P:5.1 每条产线改造完成后，连续七十二小时带料运行，设备节拍达到每分钟不少于四十二台，视觉检测漏检率低于万分之二，无安全回路失效。
P:5.2 六条产线全部达到5.1所列标准，且控制程序、电气图纸、参数备份和操作手册完整移交后，甲方组织最终验收并签署验收报告。
P:5.3 验收不合格的，乙方应在十日内整改，整改后重新验收；两次验收仍不合格的，甲方有权解除合同。
P:5.4 单线调试、产线投产或甲方支付任何款项均不视为最终验收合格。乙方应为甲方操作工、设备维修工分别提供不少于三次的现场培训，培训考核合格后方可进行最终验收。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内因设备质量或程序缺陷引起的故障，乙方免费维修或更换。
P:6.2 质保期内，产线停机类故障（一级故障）乙方应在30分钟内远程响应，3小时内到达现场；其他故障2小时内响应，次日到场。
P:6.3 乙方未按时响应或到场的，每超过一小时向甲方支付¥800。
P:6.4 乙方应在甲方厂区常备伺服驱动器、视觉相机及电源模块等关键备件，备件清单经甲方确认；备件动用后乙方应在五日内补足。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方继续为甲方提供维保服务，内容包括定期巡检、程序优化、备件更换及现场技术支持。
P:7.2 维保服务费按软硬件小计的28%每年计取，即每年¥602,000，按季度支付；维保期内该费用不作调整。
P:7.3 维保服务的响应时限与本合同第6.2条相同，超时扣款标准与第6.3条相同。
P:7.4 乙方每季度对六条产线进行一次全面巡检，出具巡检报告，并对控制程序和参数进行备份；发现隐患的，应提出整改建议并经甲方同意后实施。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、质量记录及其他生产数据均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须通过甲方指定的VPN及堡垒机，每次登录前经甲方设备部批准；乙方不得在其设备中留存甲方数据。
P:8.3 因乙方原因造成甲方数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:第九条 保密
P:乙方对在合同履行中获知的甲方工艺、产能、产品设计及商业信息负有保密义务，未经甲方书面同意不得向第三方披露或用于其他项目。保密义务在本合同终止后三年内有效。
H:第十条 知识产权
P:10.1 乙方为甲方编制的控制程序、视觉检测算法参数、人机界面画面及相关源程序归甲方所有，甲方可自行修改或委托第三方修改。
P:10.2 第三方标准软件的知识产权归其权利人所有，乙方应保证甲方取得合法的永久使用许可。
P:10.3 乙方应在最终验收前向甲方移交全部电气原理图、接线图、程序源文件、参数清单及备件清单的纸质版和电子版，资料不完整的，甲方可暂缓组织最终验收。
H:第十一条 分包
P:乙方可将电气安装、布线及控制柜组装等工作分包给具备相应资质的第三方，但应在分包前书面通知甲方。乙方对分包方的工作质量和安全承担全部责任。
H:第十二条 安全生产
P:乙方人员进入甲方厂区须遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业许可。因乙方人员违章造成人身伤害或财产损失的，由乙方负责。乙方应为进场人员办理意外伤害保险，并指定一名专职安全员全程在场；作业结束后应清理现场，恢复甲方产线周边的通道、照明及消防设施。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 其他
P:15.1 因不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商延期或解除合同。
P:15.2 本合同一式四份，双方各执两份，经双方签字盖章后生效。附件一《技术规格书》、附件二《产线停线切换计划》为本合同组成部分。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

H1048Z03 = """桌游体验门店预约及会员管理系统服务合同

合同编号：QM-IT-2026-0088
甲方：上海棋盟文化娱乐连锁有限公司（以下简称"甲方"）
乙方：杭州云约科技有限公司（以下简称"乙方"）

甲方在全国经营三十五家桌游体验门店，拟统一使用线上预约、包房排期、会员储值及积分管理系统。乙方以软件即服务方式提供该系统并负责实施。双方根据《中华人民共和国民法典》，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十五家门店提供预约排期、包房管理、会员储值、积分及优惠券、收银对账等功能模块的订阅服务，并向甲方总部提供多门店经营分析及总部管理模块。
2. 系统包括门店收银端、店员移动端、顾客微信小程序及总部管理后台，用户账号数量不设上限。
（二）实施服务
1. 乙方负责系统初始化配置、三十五家门店的包房及桌台建模、价格规则配置。
2. 乙方负责将甲方现有会员系统中约二十一万名会员的基础信息、储值余额及积分迁移至新系统。
3. 乙方负责与甲方微信支付商户号、财务系统及门店点单设备的接口对接，并为每家门店店长和店员提供线上培训，为总部运营人员提供两次现场培训。
（三）运营支持
1. 服务期内乙方指定一名客户成功经理，每月与甲方总部召开一次运营例会，汇总各门店使用情况、故障处理及优化建议。
2. 乙方每季度至少发布一次功能更新，更新前应在测试环境中向甲方演示，涉及收银、储值规则变化的，须经甲方书面确认后方可上线。
3. 节假日及大型活动期间，甲方提前五个工作日通知的，乙方应安排专人值守并提前完成扩容。

二、服务期限
（一）服务期为两个服务年度，第一服务年度自系统全部门店上线之日起算，第二服务年度紧接第一服务年度。
（二）服务期满前六十日，双方可协商续签；未签订续约合同的，本合同于服务期满时终止，不自动续期。

三、合同价款
（一）合同总价为人民币玖拾贰万陆仟元整（¥926,000），其中：
1. 门店订阅费：每店每服务年度¥9,600，三十五家门店每服务年度¥336,000；
2. 总部管理模块订阅费：每服务年度¥48,000；
3. 以上订阅费合计每服务年度¥384,000，两个服务年度共计¥768,000；
4. 一次性实施费：¥158,000。
（二）服务期内新增门店的，按每店每服务年度¥9,600的单价按月折算计费；关闭门店的，自次一服务年度起相应减少。

四、付款方式
（一）本合同签订后十个工作日内，甲方支付一次性实施费¥158,000及第一服务年度订阅费¥384,000，合计¥542,000。乙方在收到上述款项后启动实施工作。
（二）第二服务年度开始前十个工作日内，甲方支付第二服务年度订阅费¥384,000。
（三）乙方应在收款前开具增值税专用发票。
（四）除本合同约定的订阅费及实施费外，乙方不得以功能升级、短信通道、存储扩容等名义另行收取费用；按短信条数计费的营销短信除外，其单价以甲方书面确认的报价为准。

五、实施与验收
（一）乙方应在收到第四条第（一）项款项后四十五日内完成全部门店上线。
（二）实施验收标准如下：
1. 三十五家门店均已上线，连续十日完成预约、开台、结账全流程，无一级故障；
2. 迁移后的会员数量、储值余额及积分与原系统逐一核对一致，差异全部处理完毕；
3. 微信支付及财务系统对账连续十日无差错；
4. 小程序在晚间高峰时段预约页面平均打开时间不超过2秒。
（三）满足上述标准后，乙方提交验收申请，甲方在五个工作日内组织验收并签署验收单。门店上线试用或甲方付款不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新提交验收；整改期间发生的门店经营损失，由乙方按实际情况予以补偿。
（五）乙方应在验收前提交系统操作手册、门店培训视频、接口说明文档及数据迁移报告，并保证各门店店长通过操作考核。
（六）乙方未能在约定时间内完成全部门店上线的，每逾期一日向甲方支付违约金¥900。

六、服务水平
（一）系统月度可用性不低于99.5%，计划维护须安排在凌晨二时至六时之间并提前三日通知甲方。
（二）故障分级及响应：一级故障（收银或预约功能在三家以上门店无法使用）30分钟内响应、3小时内恢复；二级故障2小时内响应、当日解决；三级故障次一工作日内响应。
（三）月度可用性低于承诺值或一级故障未按时恢复的，乙方按当月订阅费的5%向甲方提供服务抵扣，累计抵扣以当月订阅费的一半为限，抵扣额从下期应付款中扣除或以现金退还。

七、数据归属与数据安全
（一）甲方的会员信息、消费及储值记录、预约数据及其他经营数据均属于甲方所有。乙方仅为提供本合同服务之目的处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）系统部署于中国境内的云服务平台，乙方应落实网络安全等级保护第三级要求，对会员手机号等个人信息加密存储，并对后台操作进行日志审计。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，并采取补救措施；因乙方原因造成的损失，由乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，之后删除其保存的甲方数据并出具书面确认。

八、保密
双方对在合作中知悉的对方商业信息、技术资料及经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、知识产权
（一）系统标准产品的知识产权归乙方所有。
（二）乙方为甲方定制的接口程序、报表模板及营销活动配置归甲方所有，甲方可自由使用、修改或交由第三方使用。

十、违约责任与责任限额
（一）任何一方违约给对方造成损失的，应赔偿对方损失。
（二）甲方逾期支付订阅费超过三十日的，乙方可书面催告后暂停新增门店开通，但不得删除或锁定甲方数据。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但乙方故意或重大过失以及违反第七条、第八条约定造成的损失不受此限。

十一、分包
乙方不得将实施服务分包给第三方；确需委托第三方完成门店设备对接的，应事先取得甲方书面同意。

十二、合同解除
乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应退还未履行服务期对应的订阅费。合同因任何原因终止的，乙方应配合甲方将数据迁移至甲方指定的系统，在迁移完成前不得停止基础查询和导出功能，迁移期最长六十日，不另行收费。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交上海仲裁委员会仲裁。

十四、甲方义务
（一）甲方应指定总部项目负责人，协调各门店按实施计划提供包房信息、价格规则及设备清单。
（二）甲方应按时提供微信支付商户号及财务系统的接口权限，并组织门店人员参加培训。
（三）甲方应妥善保管管理员账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十五、其他
（一）因不可抗力不能履行的，受影响一方应及时通知对方，双方协商延期履行或解除合同。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

H1048Z04 = """某市交通运输局公交电子站牌系统年度运维服务合同

项目名称：公交电子站牌系统2027年度运维服务
采购方式：竞争性磋商
合同编号：JTJ-CS-2026-112

采购人（甲方）：某市交通运输局
供应商（乙方）：明途智能交通服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方本着平等自愿的原则，就公交电子站牌系统年度运维服务事项订立本合同。

第一条 服务范围
（一）全市已建成的一千二百六十块公交电子站牌（含显示屏、工控主机、通信模块、供电及防雷设施）的日常巡检、故障维修、清洁及部件更换。
（二）电子站牌后台发布平台、车辆到站预报服务及与公交集团调度系统接口的运行维护。
（三）站牌通信链路的维护及流量费用的代缴。
（四）汛期、冰冻天气及重大活动期间的专项保障。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；甲方如需继续采购，按政府采购程序另行确定供应商。

第三条 合同金额
（一）合同总价为人民币壹佰壹拾捌万陆仟元整（¥1,186,000），包括：
1. 电子站牌巡检维护费：1,260块×¥640=¥806,400；
2. 后台平台及接口运维费：¥214,000；
3. 备品备件包干费：¥128,000；
4. 通信链路及流量费：¥37,600。
（二）合同总价为服务期内的包干价格，备品备件在包干范围内据实更换，不另行计费；因交通事故、人为破坏等第三方原因损坏的设备，乙方维修后凭甲方确认单另行结算。

第四条 付款方式
（一）服务费按季度支付。每季度结束后，甲方根据季度考核结果在二十个工作日内支付该季度服务费，即合同总价的四分之一扣除当季考核扣款后的金额。
（二）乙方应在每次付款前提交季度运维报告及合法有效的发票。
（三）第四季度的服务费在年度终验完成后支付；乙方未按约定完成交接的，甲方可暂缓支付该季度服务费，直至乙方完成交接。

第五条 服务要求
（一）乙方应在2027年1月1日前完成与上一运维单位的交接，包括设备台账、备件库存、平台账号及运维记录的清点，并形成书面交接清单。
（二）每块站牌每月至少巡检一次，每季度至少深度清洁一次，巡检记录应包含照片及定位信息，并上传至甲方指定的运维管理系统。
（三）后台平台应实时监控站牌在线状态，离线站牌应自动生成工单并派发。
（四）乙方应建立备品备件库，显示屏模组、工控主机、通信模块、电源等常用备件的库存应能满足同时更换二十块站牌的需要，备件型号应与原设备兼容，更换下来的旧件经甲方清点后统一处置。
（五）汛期、冰冻天气及重大活动期间，乙方应根据甲方通知制定专项保障方案，增派巡检人员，对低洼路段及枢纽站的站牌加密巡查，必要时采取断电保护措施。
（六）乙方应配合甲方完成线路调整、站点迁移带来的站牌信息变更，站点信息应在甲方通知后两个工作日内完成更新并核对无误。
（七）乙方每月五日前向甲方提交上月运维月报，内容包括巡检完成情况、故障统计与分析、备件消耗、投诉处理及下月工作计划。

第六条 故障响应
（一）一级故障（后台发布平台中断，或同一线路十块以上站牌同时黑屏）：乙方应在15分钟内响应，2小时内恢复。
（二）二级故障（单块站牌黑屏、到站信息错误）：乙方应在1小时内响应，当日内修复；位于快速路及枢纽站的，3小时内修复。
（三）三级故障（屏幕亮度不足、外观污损等）：三个工作日内处理完毕。
（四）乙方应设置全天值守的运维热线，并保证市区范围内至少配备六个维修小组及两辆工程车。

第七条 考核与扣款
（一）甲方每季度对乙方服务进行考核，考核内容包括故障响应及修复时效、巡检完成情况、工单闭环情况及乘客投诉处理。
（二）一级故障每超时一小时扣款¥2,000；二级故障每超时一日，每块站牌扣款¥200；巡检每缺失一块次扣款¥100；经核实的有效投诉每件扣款¥500。
（三）扣款从当季服务费中直接扣除。
（四）服务期满后，甲方组织年度终验，以四个季度的考核记录、设备台账及备件库存的核对结果为依据，出具终验意见。终验的标准为：全部站牌及平台运行正常，设备台账与现场逐块核对一致，备件库存不低于接管时的数量，全部工单已闭环，运维资料完整移交；未达标准的，乙方应在十五日内整改，整改费用由乙方承担。
（五）季度考核结果及年度终验意见将作为甲方对乙方履约评价的依据。

第八条 违约责任
（一）乙方未按第五条第（一）项约定的日期完成交接，或未按甲方批准的巡检计划完成巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方原因造成站牌设备损坏或人身伤害的，由乙方承担赔偿责任。
（三）甲方无正当理由逾期付款的，应按逾期金额每日万分之二支付违约金。

第九条 合同的履行
本合同生效后，双方均应全面履行，任何一方不得单方解除合同。乙方服务不符合约定的，甲方按第七条扣款并要求乙方限期整改，乙方应承担第八条约定的违约责任；乙方整改后仍不符合要求的，甲方可将有关情况记入供应商履约评价。

第十条 数据安全
（一）站牌发布内容、车辆实时位置、客流统计及平台日志等数据均属于甲方所有，乙方仅可为履行运维服务使用，不得用于其他目的或向第三方提供。
（二）乙方应按网络安全等级保护第二级要求维护平台，及时修补漏洞，不得擅自开放远程端口；运维账号实行一人一号，操作日志保存不少于六个月。
（三）发生网络攻击、信息篡改或数据泄露的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任。

第十一条 成果归属
乙方在服务期内形成的设备台账、巡检记录、故障分析报告及平台配置文档归甲方所有，服务期满时完整移交甲方。服务期满或合同终止时，乙方应配合甲方或新的运维单位完成交接，交接期不超过三十日，交接期间乙方应继续保障系统正常运行，不得以任何理由拒绝移交账号、资料及备件。

第十二条 分包
乙方不得将本合同项下的服务转包或分包。

第十三条 争议解决
因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 人员与安全
（一）乙方应指定一名具有三年以上同类项目经验的项目经理常驻本市，项目经理及维修组长的更换须提前十个工作日书面告知甲方并经甲方认可。
（二）乙方人员在道路上作业时应穿着反光服、设置警示标志，登高及带电作业应持证上岗，并遵守交通管理部门的作业规定。
（三）乙方应为全部作业人员办理意外伤害保险，因作业造成第三方人身或财产损害的，由乙方负责处理并承担费用。

第十五条 甲方义务
（一）甲方应向乙方移交站牌设备台账、平台管理账号及上一运维单位的运维资料，并协调公交集团提供调度系统接口支持。
（二）甲方应按约定支付服务费，并在收到季度运维报告后十个工作日内完成考核。
（三）遇线路调整、站点迁移、道路施工等情况，甲方应提前通知乙方。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，经双方法定代表人或授权代表签字并盖章后生效。本项目磋商文件、乙方响应文件为本合同组成部分。

甲方（盖章）：                乙方（盖章）：
"""

H1048Z05 = """# 织迹工序追踪软件许可及定制开发合同

> 织迹科技标准合同文本 V3.0（乙方提供）

**合同编号**：ZJ-HT-2026-0215

**甲方（买方）**：苏州吴门缂丝工作室有限公司

**乙方（卖方）**：苏州织迹信息科技有限公司

甲方为缂丝作品及定制面料的生产管理需要，向乙方采购"织迹工序追踪软件"使用许可及定制开发服务。经双方协商，根据《中华人民共和国民法典》订立本合同，双方共同遵守。

## 第一条 产品与服务内容

1.1 乙方向甲方提供织迹工序追踪软件标准版的使用许可，许可范围为甲方本工作室，授权终端数量为四十个（含十六台织机平板终端）。

1.2 乙方根据甲方需求进行下列定制开发：纹样及色线库管理、落经至整修各道工序的扫码追踪、织工工时及计件工资统计、客户订单进度看板、作品档案及溯源证书生成。

1.3 乙方负责软件的安装部署、基础数据初始化及甲方人员的操作培训。

1.4 软件部署于甲方工作室内的服务器，运行环境（服务器、操作系统、数据库、无线网络及平板终端）由甲方按乙方提供的配置要求自行准备。运行环境不符合要求导致软件无法正常运行的，由甲方负责。

1.5 本合同所称"上线运行"，是指乙方完成安装部署并向甲方开通系统账号之日。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾肆万元整（¥440,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹工序追踪软件标准版使用许可 | 168,000 |
| 2 | 定制开发（纹样库、工序追踪、计件统计、订单看板、溯源证书） | 236,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合计 | 440,000 |

2.2 上述价款不含甲方自行采购的平板终端、扫码枪、服务器及网络设备费用。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的20%，即¥88,000。

3.2 乙方完成软件安装部署后五个工作日内，甲方支付合同总价的55%，即¥242,000。

3.3 软件上线运行满十日后五个工作日内，甲方支付合同总价的25%，即¥110,000。

3.4 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务。

3.5 乙方收到款项后十个工作日内向甲方开具增值税普通发票。甲方需开具专用发票的，应在付款前书面告知乙方开票信息。

## 第四条 交付与上线

4.1 乙方应在收到首期款后六十个工作日内完成定制开发及安装部署。因甲方需求变更、未按时提供基础数据或场地条件导致延误的，交付期限相应顺延。

4.2 甲方应指定专人配合乙方完成纹样、色线、工序及织工等基础数据的整理，并对需求说明书签字确认。需求说明书确认后，甲方提出的新需求按变更处理，另行计费。

4.3 乙方为甲方提供两次集中操作培训，每次不超过一天，培训对象为甲方管理人员及织工组长。超出部分的培训，按乙方标准人天单价收费。

4.4 乙方交付的内容为软件安装程序、系统账号及电子版操作手册。除本合同另有约定外，乙方不提供源代码及设计文档。

## 第五条 验收

5.1 乙方完成安装部署并上线运行之日，即视为甲方验收合格。

5.2 上线运行后甲方发现的问题，乙方将在后续维护中统一处理，不影响验收结论及付款。

## 第六条 免费维护

6.1 乙方自软件上线运行之日起提供六个月的免费维护服务，包括远程技术支持、缺陷修复及软件小版本升级。

6.2 免费维护期内，甲方报告的一级故障（系统无法登录或扫码无法记录工序），乙方在8小时内响应；其他故障在三个工作日内响应。故障解决时间视故障复杂程度由乙方确定。

6.3 乙方将尽力按上述时限响应，但对响应或处理时间不承担扣款、赔偿或违约责任。

6.4 因甲方误操作、自行修改配置或硬件、网络原因引起的故障，不属于免费维护范围，乙方可按人天另行收费。

6.5 免费维护期内，乙方每月提供一次远程巡检，检查服务器空间、数据库运行及备份情况，并通过电子邮件向甲方发送巡检记录。现场服务须提前三个工作日预约，差旅费用由甲方承担。

## 第七条 有偿维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议。

7.2 年度维护费按乙方当年公布的价格标准执行，乙方有权根据市场及人力成本情况调整价格。未签订年度维护协议的，乙方不再提供升级及技术支持。

## 第八条 知识产权

8.1 织迹工序追踪软件及其所有版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、纹样库结构、源代码及相关文档，其知识产权均归乙方所有。甲方在许可范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第九条 数据

9.1 甲方录入系统的纹样、订单、工序及织工数据归甲方所有。

9.2 甲方同意乙方对系统中的工序、工时及纹样数据进行脱敏和汇总处理后，用于乙方产品改进、行业分析报告及算法训练，该使用权在本合同终止后继续有效。

9.3 乙方对系统采取访问控制、数据加密及定期备份措施。发生数据泄露或丢失的，乙方应在48小时内通知甲方并采取补救措施；因乙方过错造成的，乙方依法承担赔偿责任。

## 第十条 保密

双方对在合作中知悉的对方商业秘密、技术资料及客户信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的百分之五。

11.2 乙方在本合同项下承担的全部赔偿责任（含违约金）以合同总价的百分之二十为限。乙方不承担甲方的间接损失、利润损失及数据损失。

## 第十二条 合同解除

一方严重违反本合同，经守约方书面通知后十五日内仍未改正的，守约方有权解除合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院起诉。

## 第十四条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方。不可抗力持续超过六十日的，双方可协商解除合同。

## 第十五条 甲方义务

15.1 甲方应按时付款，并为乙方的现场工作提供必要的办公条件和网络接入。

15.2 甲方应妥善保管系统管理员账号，定期备份数据。因甲方未备份造成的数据损失，乙方不承担责任。

15.3 甲方不得将软件安装于许可范围以外的终端，不得向第三方转让、出租或分许可软件。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，以乙方官网公布的《织迹软件服务条款》为准。

16.3 本合同的附件包括《需求说明书》《报价单》及《培训计划》，附件与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：________　　乙方（盖章）：________

签订日期：____年__月__日
"""

H1048E01 = """T:Software Licence and Services Agreement
P:Agreement No. GFS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Greers Ferry Software, Inc., a corporation organised under the laws of Arkansas with its principal office at 410 West Main Street, Heber Springs, Arkansas 72543, United States (the "Vendor"), and Foshan Mingrui Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered address in Nanhai District, Foshan, Guangdong Province (the "Customer").
P:The Customer manufactures glazed wall and floor tiles at two plants and wishes to replace its paper-based laboratory and quality records with the Vendor's LabTrack quality-management software. The Vendor has agreed to license the software on a perpetual basis and to configure, install and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the LabTrack quality-management software in object code, version 8.2 or later, including the sampling, inspection, glaze-recipe, non-conformance and certificate-of-analysis modules listed in Annex 1.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data-conversion scripts and related documentation that the Vendor prepares specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including test results, recipes, batch records and supplier information.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Scope of Services
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's two plants in Foshan and Zhaoqing for up to 150 named users and 24 laboratory instrument connections. The Customer may make copies for backup, testing and disaster recovery.
P:2.2 The Vendor shall install the Software on servers provided by the Customer in its Foshan data room, configure the modules to the Customer's approved design specification, build interfaces to the Customer's ERP system and to its laboratory instruments, convert the quality records of the last three years, and train the Customer's key users and administrators.
P:2.3 The Vendor shall appoint a project manager who speaks Mandarin and who shall remain assigned to the project until Final Acceptance unless the Customer agrees otherwise in writing.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,670,000, inclusive of applicable taxes, made up of: perpetual licence fee CNY 1,260,000; configuration, interfaces and data conversion CNY 368,000; training CNY 42,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's staff for on-site work in Guangdong are included in it.
H:Article 4 Payment
P:4.1 The Customer shall pay: (a) 20% of the Contract Price within 20 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% of the Contract Price within 20 days after the Vendor has installed the Software and the Customer has signed the installation record; and (c) 35% of the Contract Price within 20 days after Final Acceptance.
P:4.2 Signature of the installation record confirms only that the Software has been installed. It is not acceptance of the Software or of any Custom Deliverable.
P:4.3 Payments shall be made in CNY by bank transfer to the account of the Vendor's authorised agent in Guangzhou named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 45 days after signature and shall submit the Software and Custom Deliverables for acceptance testing within 130 days after signature.
P:5.2 Acceptance testing follows the test plan in Annex 2 and shall show that: (a) every function in the approved design specification works as described; (b) the ERP interface exchanges batch and inventory data with no error over 15 consecutive working days; (c) all 24 instrument connections transfer results automatically and correctly; (d) converted records reconcile with the source records in a full count; and (e) standard reports open within 3 seconds with 80 concurrent users.
P:5.3 When the criteria in Article 5.2 are met and no Severity 1 or Severity 2 defect remains open, the Customer shall issue a written Final Acceptance certificate within 10 working days. Use of the Software in production, or any payment, does not by itself constitute acceptance.
P:5.4 If acceptance testing fails, the Vendor shall correct the defects within 15 days and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform materially in accordance with the design specification and documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new releases and provide remote and on-site support free of charge.
P:6.2 Defects are classified by severity. For a Severity 1 defect (the Software is unavailable at a plant, or test results are lost or corrupted) the Vendor shall respond within 1 hour, start work on site within one business day if remote work cannot solve it, and provide a workaround or fix within 8 hours. Severity 2 defects shall be answered within 2 hours and fixed within 3 business days; Severity 3 defects within one business day and in the next release.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall grant the Customer a service credit of CNY 1,000, deducted from the next payment due or paid to the Customer.
P:6.4 After the Warranty Period, the Vendor shall offer annual support on the same service levels for an annual fee of 11% of the licence fee, being CNY 138,600 per year. This fee is fixed for the three years after the Warranty Period. Each year of support is ordered separately by the Customer and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and its documentation remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer from their creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and may not use it for any other purpose, including analytics or product development.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and only with the Customer's approval for each session. The Vendor shall not copy Customer Data outside the Customer's systems, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 8 hours after becoming aware of any unauthorised access to or loss of Customer Data, take remedial action, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including glaze recipes, production data, prices and the terms of this Agreement, and shall use it only for this Agreement.
P:9.2 These obligations survive for five years after the end of this Agreement and do not apply to information that is public or independently developed.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to meet the dates in Article 5.1 for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims, wilful misconduct or personal injury.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until all obligations have been performed. The licence in Article 2.1 is perpetual and survives termination, except termination by the Vendor for non-payment.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate if delay damages reach their maximum.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Arkansas, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Cleburne County, Arkansas, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Software modules and users) and Annex 2 (Acceptance test plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese. Both versions have equal force.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

H1048E02 = """# ORDER FORM AND GENERAL TERMS — RidgeFleet Maintenance Cloud

**Order Form No.** ORS-2026-0931

**Vendor:** Ouachita Ridge Software, LLC, 1207 Highway 71 North, Mena, Arkansas 71953, United States ("Vendor")

**Customer:** Chengdu Tianfu Cold-Chain Logistics Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

RidgeFleet Maintenance Cloud, Professional Edition: preventive-maintenance planning, work orders, tyre and parts inventory, refrigeration-unit service records, driver defect reports through the mobile app, and fleet cost reports, for Customer's fleet of about 420 refrigerated trucks and trailers operated from its Chengdu, Chongqing and Xi'an depots. The Service is provided from Vendor's hosted environment in the Alibaba Cloud mainland China region.

### A2. Subscription Term

The Subscription Term is 36 months from the Subscription Start Date, divided into three Subscription Years. The Subscription Start Date is the date on which Vendor makes the production tenant available to Customer, expected within 10 days after signature.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, 180 named users | per Subscription Year, CNY 261,000 × 3 | 783,000 |
| Onboarding services (configuration, data import, two interfaces, training) | one-time | 64,000 |
| **Total Fees** | | **847,000** |

All amounts include VAT. Additional named users may be added at CNY 1,450 per user per Subscription Year, prorated monthly for the rest of the current Subscription Year.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after the invoice date.

(b) The onboarding fee is invoiced on Onboarding Acceptance under A5 and is payable within 30 days after the invoice date.

(c) Payments are made in CNY to Vendor's collection account in Chengdu named on the invoice.

### A5. Onboarding and Acceptance

(a) Vendor shall configure the Service to the maintenance plans, asset hierarchy and approval workflow agreed in the onboarding workshop; import the asset register, open work orders and two years of service history; build the interface to Customer's ERP for parts purchasing and the interface to Customer's telematics platform for odometer and engine-hour readings; and train 12 administrators and 30 depot supervisors.

(b) Onboarding Acceptance occurs when Customer confirms in writing that: (i) all imported assets and open work orders reconcile with Customer's source files; (ii) both interfaces have run for 10 consecutive business days without data error; (iii) preventive-maintenance work orders are generated correctly for a sample of 50 vehicles selected by Customer; and (iv) training is complete. Customer shall confirm or give reasons within 5 business days after Vendor's notice that these criteria are met. Use of the Service in production does not by itself count as Onboarding Acceptance.

(c) Vendor expects to reach Onboarding Acceptance within 60 days after the Subscription Start Date.

### A6. Renewal

The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

## PART B — GENERAL TERMS

### 1. Access and Use

1.1 Vendor grants Customer and its employees and contractors a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.

1.2 Customer is responsible for its users' compliance with this Agreement and for keeping login credentials secure. Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

### 2. Service Operation and Support

2.1 Vendor will use commercially reasonable efforts to keep the Service available, except for scheduled maintenance announced in advance through the Service and for events beyond Vendor's reasonable control.

2.2 Vendor provides support through its help portal and by e-mail in English and Chinese on business days. Vendor will respond to support requests as soon as reasonably practicable, giving priority to problems that prevent Customer from using the Service.

2.3 Vendor may update the Service from time to time, provided that updates do not materially reduce its functionality during the Subscription Term.

### 3. Customer Data

3.1 "Customer Data" means all data submitted to the Service by or for Customer, including vehicle, driver, maintenance and supplier data. Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the Service to Customer and for no other purpose.

3.2 Vendor shall keep Customer Data within mainland China, protect it with encryption in transit and at rest, role-based access control and logged administrator access, maintain ISO 27001 certification and an MLPS level-3 filing for the hosted environment, and comply with the PRC Data Security Law and Personal Information Protection Law.

3.3 Vendor shall notify Customer within 48 hours after becoming aware of a security incident affecting Customer Data, cooperate in its investigation and remediation, and bear the losses caused by its failure to meet this Section 3.

3.4 Within 30 days after the end of the Agreement, Vendor shall return Customer Data in a standard export format and then delete it, and confirm the deletion in writing.

### 4. Intellectual Property

4.1 Vendor owns the Service and all improvements to it.

4.2 Maintenance templates, report layouts, interface mappings and other configurations created specifically for Customer during onboarding belong to Customer. Customer may use, copy, modify and license them freely, also after the Agreement ends.

### 5. Confidentiality

5.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and disclose it only to personnel and advisers who need to know it and are bound by similar duties.

5.2 This obligation continues for three years after the Agreement ends.

### 6. Subcontracting

6.1 Vendor shall not subcontract its obligations without Customer's prior written consent. Customer approves Alibaba Cloud as hosting provider by signing this Order Form.

6.2 Vendor remains responsible for the acts and omissions of its approved subcontractors.

### 7. Warranties

7.1 Vendor warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed in a professional manner.

7.2 If the Service does not perform as warranted, Vendor will correct it within a reasonable time. If Vendor cannot do so, Customer may terminate under Section 9.2.

### 8. Liability

8.1 Neither party is liable for indirect or consequential losses, except for breach of Sections 3 or 5.

8.2 Each party's total liability under this Agreement is limited to 150% of the Total Fees.

### 9. Term and Termination

9.1 The Agreement runs for the Subscription Term stated in A2.

9.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If Customer terminates under this Section, Vendor shall refund the prepaid subscription fees for the period after termination.

9.3 Vendor may suspend the Service if an undisputed invoice remains unpaid for more than 45 days after a written reminder.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 11. Customer Responsibilities

11.1 Customer shall name an onboarding lead with authority to approve the configuration design, provide its asset register and service history in the agreed templates, and give Vendor timely access to the ERP and telematics test environments.

11.2 Customer is responsible for the accuracy of the data it enters, for the devices and mobile networks its users rely on, and for deciding whether vehicles are safe to operate. The Service supports maintenance planning; it does not replace Customer's own inspection duties under PRC road-transport rules.

11.3 If Customer's delay in providing data or access holds up onboarding, the dates in A5 move by the same period.

### 12. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failure of public networks, provided it notifies the other party promptly and resumes performance as soon as possible. If such an event prevents the Service for more than 60 consecutive days, either party may terminate the Agreement on written notice and Vendor shall refund fees paid for the remaining period.

### 13. General

13.1 Neither party may assign the Agreement without the other party's written consent, except to an affiliate that takes over the relevant business.

13.2 Notices must be in writing and sent to the addresses on this Order Form.

13.3 This Agreement is made in English and Chinese; both versions have equal force.

13.4 This Agreement is the entire agreement of the parties on its subject.

| Signed for Vendor | Signed for Customer |
|---|---|
| Name / Title / Date | Name / Title / Date |
"""

H1048E03 = """T:Supply Contract for Temperature Monitoring Sensors and Monitoring Software
P:Contract No. HY-PUR-2026-0577
P:Buyer: Ningbo Haiyun Cold Storage Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Ozark Sentinel Instruments, Inc., 38 Spring Street, Eureka Springs, Arkansas 72632, United States, acting through its appointed importer of record in Shanghai (the "Supplier").
P:The Buyer operates six cold-storage warehouses for frozen food and pharmaceuticals and must keep continuous temperature records for its customers and for the market-supervision authorities. The Buyer has selected the Supplier through a competitive tender to supply wireless sensors, gateways and monitoring software and to install, calibrate and integrate them. This Contract is issued on the Buyer's standard terms.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 3.
P:1.2 "Software" means the Supplier's Sentinel Monitor software, licensed under Clause 2, with its alarm, reporting and audit-trail modules.
P:1.3 "Works" means delivery, installation, calibration, configuration, integration and training under this Contract.
P:1.4 The Contract consists of these terms, the price table in Clause 3, Annex A (Technical Specification) and Annex B (Acceptance Test Plan). If they conflict, these terms prevail.
H:2. Scope and Licence
P:2.1 The Supplier shall supply and install 1,840 wireless temperature and humidity sensors and 96 gateways in the Buyer's six warehouses, calibrate every sensor against a traceable reference, and configure the Software with alarm thresholds, escalation lists and report formats agreed with the Buyer.
P:2.2 The Supplier shall integrate the Software with the Buyer's warehouse management system so that each storage location shows its live and recorded temperatures, and so that alarms create tasks for the shift supervisor.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's servers for its own operations, for an unlimited number of sensors supplied under this Contract and up to 60 concurrent users.
H:3. Price
P:3.1 The Contract Price is CNY 1,720,000, including VAT, import duties, delivery to the six warehouses and all costs of the Works. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, with calibration certificate|1,840|420|772,800
TB:2|Industrial gateway with dual-SIM backhaul|96|3,600|345,600
TB:3|Sentinel Monitor software, perpetual licence (server, 60 users)|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,436,400
TB:4|Installation, mapping and on-site calibration|1 lot|168,000|168,000
TB:5|Integration with the warehouse management system|1 lot|94,000|94,000
TB:6|Training of operators and administrators|1 lot|21,600|21,600
TB:|Contract Price|||1,720,000
P:3.2 The Contract Price is fixed and not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 No advance payment is made.
P:4.2 The Buyer shall pay 65% of the Contract Price within 30 days after all Equipment has been installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after the Buyer has signed the Final Acceptance Certificate under Clause 6.2 and received the Supplier's invoice, the as-built sensor map, the calibration certificates and the operation manuals.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment within 50 days and complete installation at all six warehouses within 90 days after signature of this Contract.
P:5.2 If the Supplier misses a date in Clause 5.1 for reasons attributable to it, it shall pay the Buyer delay damages of CNY 2,150 for each day of delay, up to a total of 8% of the Contract Price. Payment of delay damages does not release the Supplier from completing the Works.
H:6. Acceptance
P:6.1 Acceptance testing follows Annex B and shall show that: (a) every sensor reads within ±0.3 °C of the reference at two test points; (b) each warehouse has full radio coverage, with no sensor missing more than two readings in a 7-day test; (c) alarms reach the escalation list by SMS and app notification within 60 seconds; (d) WMS locations match sensor assignments in a full check; and (e) reports and audit trails meet the Buyer's GSP documentation requirements.
P:6.2 When all criteria are met, the Buyer shall sign the Final Acceptance Certificate within 7 working days. Installation, use of the system in operations or payment does not constitute acceptance.
P:6.3 If a test fails, the Supplier shall remedy the defect within 10 days and repeat the test at its own cost.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment, correct Software defects, supply new Software releases and recalibrate sensors once a year, all free of charge.
P:7.2 For a Severity 1 fault (the Software is down, or alarms are not delivered for a whole warehouse), the Supplier shall respond within 30 minutes, start remote diagnosis at once and restore the function within 8 hours, if necessary by sending spare gateways from the local spare stock. Severity 2 faults shall be answered within 2 hours and fixed within two working days.
P:7.3 For each hour by which the Supplier exceeds a time in Clause 7.2, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period, the Supplier shall provide support on the same terms for an annual fee of 7.5% of the Hardware and Licence Subtotal, being CNY 107,730 per year, fixed for the fourth and fifth years after Final Acceptance. Support after the warranty is ordered by the Buyer year by year and does not renew automatically.
H:8. Data and Security
P:8.1 All temperature records, alarm logs, audit trails and other data produced by the Equipment and Software belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Software runs on the Buyer's servers. The Supplier may connect remotely only through the Buyer's bastion host, with an account approved by the Buyer for each session, and shall not copy data out of the Buyer's network. The Supplier shall ensure that the Software keeps tamper-evident audit trails and supports the Buyer's obligations under PRC cybersecurity and data laws.
P:8.3 The Supplier shall report any security incident involving the Buyer's data within 2 hours, take remedial action and compensate the Buyer for losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's warehouses, customers, stock and systems obtained under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:9.2 This obligation continues for five years after the Contract ends.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Supplier, subject to the licence in Clause 2.3.
P:10.2 The WMS interface programs, report templates and configuration files made for the Buyer belong to the Buyer, with their source code. The Buyer may use, modify and license them freely.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of Clauses 8 and 9, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent and remains responsible for any subcontractor approved.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum. The Supplier shall then refund amounts paid for Equipment and Works not accepted.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission, Zhejiang Sub-Commission, for arbitration in Hangzhou.
H:15. Title, Risk and Spare Parts
P:15.1 Title to and risk in the Equipment pass to the Buyer when it is delivered to the warehouse named in the delivery schedule and signed for by the Buyer's storekeeper. Signing for delivery confirms quantities only.
P:15.2 The Supplier shall keep in Ningbo, throughout the warranty period, a stock of at least 40 sensors and 4 gateways of the installed models, so that Severity 1 faults can be fixed within the times in Clause 7.2.
P:15.3 The Supplier shall make spare parts for the Equipment available for at least seven years after Final Acceptance and shall give the Buyer six months' written notice before any model is discontinued.
H:16. Training and Documentation
P:16.1 The Supplier shall train up to 40 warehouse operators and 6 administrators in Chinese at the Buyer's sites, covering alarm handling, report generation, sensor replacement and user administration.
P:16.2 The Supplier shall deliver, in Chinese and English, the as-built sensor map, the calibration certificates, the operation and administration manuals and the interface specification before Final Acceptance.
H:17. General
P:17.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:17.2 This Contract is made in Chinese and English, both versions having equal force, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1048E04 = """# Managed IT Services Agreement

**Agreement No.** IRM-KY-2026-07

This Managed IT Services Agreement (the "Agreement") is entered into between:

- **Illinois River Managed IT, Inc.**, 215 South Broadway, Siloam Springs, Arkansas 72761, United States, acting in China through its wholly owned subsidiary in Suzhou ("Provider"); and
- **Suzhou Kaiyuan Precision Plastics Co., Ltd.**, Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer").

Customer runs three injection-moulding plants in Suzhou, Kunshan and Wuxi with about 1,100 office and shop-floor users. Customer wishes to outsource its IT service desk, end-user device support, network monitoring and server operations to Provider for a fixed monthly charge. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the response and restoration times and the related service credits set out in Schedule 2.

1.3 "Charges" means the amounts set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.3.

1.5 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider handles while performing the Services.

## 2. Term and Renewal

2.1 The Initial Term is 36 months from the Service Commencement Date.

2.2 At the end of the Initial Term, the Agreement renews automatically once for a further 24 months at the same Monthly Service Charge, unless either party gives written notice of non-renewal at least 90 days before the end of the Initial Term. The Charges for the renewal period shall not exceed those in Schedule 3.

## 3. Services

3.1 Provider shall perform the Services described in Schedule 1 at the three plants and remotely from its Suzhou service centre, in accordance with ITIL-based processes agreed in the service manual.

3.2 Provider shall assign a named service delivery manager who attends a monthly service review with Customer's IT manager and presents a report on tickets, Service Level performance, open problems and improvement actions.

3.3 Customer shall provide Provider's on-site staff with desk space, network access and the administrative accounts reasonably required to perform the Services, and shall keep the licences for its own software current.

## 4. Transition

4.1 Within 45 days after signature, Provider shall take over the Services from Customer's internal team under the transition plan attached to the service manual, including asset discovery, knowledge transfer, ticket-tool configuration and monitoring set-up.

4.2 Transition acceptance requires that: (a) all servers, network devices and end-user devices are recorded in the configuration database and reconcile with Customer's asset list; (b) monitoring covers every device in Schedule 1; (c) runbooks for the 30 most common request types are approved by Customer; and (d) Provider has handled all tickets for 10 consecutive business days in a shadow period without a missed P1 or P2 Service Level.

4.3 When these criteria are met, Customer shall sign the Transition Acceptance Certificate within 5 business days or state in writing which criteria are not met.

4.4 If Provider does not achieve Transition Acceptance within 45 days after signature for reasons attributable to it, Provider shall pay Customer delay damages of CNY 1,800 for each day of delay.

## 5. Service Levels

5.1 Provider shall meet the Service Levels in Schedule 2. Service Level performance is measured monthly from the ticket tool, which Customer may inspect at any time.

5.2 If Provider misses a Service Level, Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice. Service credits do not limit Customer's other rights for repeated or serious failures.

## 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The Transition Fee is invoiced on the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears.

6.2 Invoices are payable within 30 days after receipt. All Charges are in CNY and include VAT.

6.3 The Charges are fixed for the Initial Term. Additional users above 1,250 are charged at the per-user rate in Schedule 3.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request and at the end of the Agreement.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's product drawings, customer lists and prices, use it only for this Agreement and not disclose it without prior written consent, except to its own staff who need to know it.

8.2 This obligation continues for five years after the Agreement ends.

## 9. Intellectual Property

9.1 Provider keeps its tools, methods and know-how.

9.2 Runbooks, scripts, configuration records and documentation produced specifically for Customer belong to Customer, which may use, modify and license them freely, including to a successor provider.

## 10. Personnel and Subcontracting

10.1 Provider shall staff the Services with qualified personnel and shall replace any individual whom Customer reasonably objects to.

10.2 Provider may subcontract any part of the Services, including on-site device support at the Kunshan and Wuxi plants, to its affiliates or to third parties by giving Customer 15 days' written notice. Provider remains responsible for its subcontractors.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 Each party's total liability under this Agreement is limited to 125% of the Total Contract Value stated in Schedule 3, except for personal injury and wilful misconduct.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 Customer may also terminate by written notice if Provider misses the P1 response Service Level in three consecutive months.

12.3 On expiry or termination Provider shall, for up to 90 days and at the Monthly Service Charge pro rata, continue the Services and assist the transfer to Customer or a successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 14. Change Control

14.1 Either party may request a change to the Services by a written change request. Provider shall reply within 10 business days with the effect on the Charges, the Service Levels and the timetable.

14.2 No change takes effect until both parties sign it. Minor changes within the scope of Schedule 1, such as new users or relocated devices below the limits of the service manual, are handled as service requests at no extra charge.

## 15. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics, government action and failure of public power or telecommunications networks, provided that it notifies the other party promptly and resumes performance as soon as possible. Service credits do not apply to failures caused by such events.

## 16. General

16.1 Neither party may assign this Agreement without the other party's prior written consent.

16.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. It is made in English and Chinese, both versions having equal force.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English for about 1,100 users | 07:00–23:00, seven days |
| End-user devices | Set-up, repair and replacement of about 980 PCs and laptops, 140 shop-floor terminals and 60 printers | On site, plant shift hours |
| Network monitoring | Core and access switches, wireless controllers, firewalls and WAN links at three plants | Continuous |
| Server operations | Patching, backup checks and monitoring of 46 virtual servers in the Suzhou server room | Continuous monitoring; changes in agreed windows |
| Asset and change management | Configuration database, change records, monthly reports | Business days |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Service credit per breach |
|---|---|---|---|---|
| P1 | A plant network, the ERP link or production terminals of a whole line are down | 15 minutes | 6 hours | CNY 3,000, plus CNY 1,000 per further hour |
| P2 | A server, department or several users are affected | 1 hour | 1 business day | CNY 800 |
| P3 | A single user or a non-urgent fault | 2 hours | 3 business days | CNY 200 |
| Requests | New user, device move, access change | 1 business day | 5 business days | none |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, on Service Commencement Date | 84,000 |
| Monthly Service Charge | CNY 58,500 × 36 months | 2,106,000 |
| Total Contract Value | | 2,190,000 |
| Additional users above 1,250 | per user per month | 46 |

Signed for Provider: ____________________ Signed for Customer: ____________________
"""

H1048E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CVA-SUB-2026-118

BETWEEN
Caddo Valley Agridata, Inc., 600 Main Street, Arkadelphia, Arkansas 71923, United States ("Vendor"); and
Dalian Huanong Grain Trading Co., Ltd., Zhongshan District, Dalian, Liaoning Province, People's Republic of China ("Customer").

BACKGROUND
Customer imports soybeans, sorghum and cotton and needs reliable crop-condition, weather and yield-forecast data for the main growing regions of the Americas to plan purchases and manage price risk. Vendor collects and models such data and delivers it through a web application and an application programming interface (API). The parties agree as follows.

1. DEFINITIONS
1.1 "Data Products" means the datasets, forecasts, maps and reports listed in Clause 2.1, as updated by Vendor from time to time.
1.2 "API" means Vendor's REST interface through which Customer's systems retrieve the Data Products.
1.3 "Subscription Start Date" means the date on which Vendor issues production API credentials to Customer. The first Subscription Year runs from the Subscription Start Date to the day before its first anniversary, and the second Subscription Year runs from that anniversary to the day before the second anniversary.
1.4 "Customer Inputs" means the field locations, contract positions, query parameters, watch lists and other information that Customer uploads to or submits through the service.
1.5 "Integration Code" means the scripts, adapters and dashboards that Vendor writes specifically to load the Data Products into Customer's risk and trading systems.

2. SUBSCRIPTION
2.1 Vendor shall provide Customer, for two Subscription Years, with: (a) daily crop-condition indices for soybeans, sorghum and cotton in the United States, Brazil and Argentina at county or municipality level; (b) gridded weather observations and 15-day forecasts; (c) weekly yield and production forecasts with confidence ranges; (d) a historical archive of the above data from 2005 onward; and (e) access for up to 25 named users to the web application.
2.2 Customer may call the API up to 400,000 times per month. Calls above that volume are charged under Clause 4.4.
2.3 Customer may use the Data Products for its internal business purposes, including trading and risk decisions, and may share derived reports with its affiliates, banks and auditors, but may not resell the Data Products or publish them in raw form.
2.4 Vendor may change its data sources and modelling methods during the term, provided that the coverage, update frequency and format of the Data Products in Clause 2.1 are not reduced. Vendor shall give Customer at least 30 days' notice of any change to API fields or formats and shall keep the previous API version running for at least 90 days after a new version is released.
2.5 Vendor shall name an account manager and a technical contact who can be reached in Chinese during Beijing business hours, and shall hold a quarterly review with Customer on data quality, open incidents and planned changes.

3. INTEGRATION AND ACCEPTANCE
3.1 Within 30 days after signature, Vendor shall deliver the historical archive, write the Integration Code and load the Data Products into Customer's risk system and its trading dashboard.
3.2 Integration Acceptance requires that: (a) the historical archive loads completely and row counts match Vendor's manifest; (b) daily updates arrive in Customer's systems by 07:00 Beijing time on 10 consecutive business days; (c) values in Customer's systems match the web application for a sample of 200 data points chosen by Customer; and (d) Customer's analysts have been trained. Customer shall confirm Integration Acceptance in writing or give reasons within 5 business days after Vendor's notice. Use of the data before that date does not count as acceptance.
3.3 If Vendor does not reach Integration Acceptance within 30 days after signature for reasons attributable to it, Vendor shall pay Customer CNY 700 for each day of delay.

4. FEES AND PAYMENT
4.1 The subscription fee is CNY 486,000 per Subscription Year, a total of CNY 972,000 for the two Subscription Years.
4.2 The one-time integration fee is CNY 38,000. The total contract value is CNY 1,010,000.
4.3 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within 30 days. The integration fee is invoiced after Integration Acceptance and payable within 30 days.
4.4 API calls above the monthly volume in Clause 2.2 are charged at CNY 0.15 per 100 calls, invoiced quarterly in arrears.
4.5 All fees are in CNY and include VAT.

5. SERVICE LEVELS
5.1 Vendor shall make the API and the web application available at least 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.
5.2 For a Priority 1 incident (the API is unavailable, or a daily update is missing or materially wrong), Vendor shall respond within 1 hour, at any time of day, and restore the service or deliver corrected data within 6 hours. Priority 2 incidents shall be answered within 3 hours on business days.
5.3 If monthly availability falls below the commitment in Clause 5.1, or a Priority 1 incident is not restored within 6 hours, Vendor shall grant a service credit of 10% of the monthly equivalent of the subscription fee for each such failure, up to half of that amount in any month. Credits are deducted from the next invoice or, in the last month, paid to Customer.

6. RENEWAL
6.1 After the second Subscription Year, this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.
6.2 Vendor may increase the subscription fee for any renewal Subscription Year by up to 8% by notice given at least 75 days before that year begins.

7. CUSTOMER INPUTS AND DATA USE
7.1 Customer Inputs belong to Customer.
7.2 Customer grants Vendor a non-exclusive, royalty-free licence to use Customer Inputs and usage data, in aggregated and anonymised form, to calibrate and improve Vendor's models and to develop and offer data products to other customers. This licence continues after the Agreement ends.
7.3 Apart from the licence in Clause 7.2, Vendor shall use Customer Inputs only to provide the service to Customer.

8. DATA SECURITY
8.1 Vendor shall store Customer Inputs on servers in mainland China, encrypt them in transit and at rest, restrict access to named Vendor staff with multi-factor authentication, keep access logs for at least 18 months and maintain ISO 27001 certification.
8.2 Vendor shall notify Customer within 48 hours after becoming aware of any unauthorised access to, or loss of, Customer Inputs, investigate the incident, take remedial action and compensate Customer for losses caused by Vendor's failure to comply with this Clause 8.
8.3 Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law to the extent they apply to the service.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public information, including Customer's positions, watch lists and purchase plans and Vendor's model methods, use it only for this Agreement and disclose it only to staff and advisers who need to know it.
9.2 This obligation continues for three years after the Agreement ends.

10. INTELLECTUAL PROPERTY
10.1 Vendor owns the Data Products, the API and its models. Customer receives only the rights in Clause 2.3.
10.2 The Integration Code belongs to Customer. Vendor shall deliver its source code at Integration Acceptance, and Customer may use, modify and license it freely.

11. SUBCONTRACTING
Vendor shall not subcontract the service or the integration work without Customer's prior written consent, except for the data-centre and network providers listed in the schedule to this Agreement, which Customer approves by signing it.

12. LIABILITY
12.1 Vendor does not guarantee the accuracy of forecasts, which are estimates. Customer remains responsible for its own trading decisions.
12.2 Neither party is liable for indirect or consequential loss, including lost profits from trading.
12.3 Vendor's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months before the event giving rise to the claim.

13. TERM AND TERMINATION
13.1 This Agreement begins on signature and continues for two Subscription Years, subject to renewal under Clause 6.
13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If Customer terminates under this Clause, Vendor shall refund the fees paid for the period after termination.
13.3 On expiry or termination Customer may keep and use the Data Products delivered before that date for its internal records, and Vendor shall return Customer Inputs on request and then delete them.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force.

15. GENERAL
15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly.
15.2 Neither party may assign this Agreement without the other party's prior written consent.
15.3 This Agreement is made in English and Chinese, both versions having equal force.

SIGNED for Vendor: ____________________
SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key -> (file name, kind of build)
    "h1048z01": ("h1048z01_housing_maintenance_fund_platform.pdf", "pdf"),
    "h1048z02": ("h1048z02_shaver_line_control_retrofit.docx", "docx"),
    "h1048z03": ("h1048z03_board_game_chain_booking_saas.txt", "text"),
    "h1048z04": ("h1048z04_bus_e_stop_sign_annual_om.txt", "text"),
    "h1048z05": ("h1048z05_kesi_studio_process_tracking_supplier_template.md", "text"),
    "h1048e01": ("h1048e01_lab_quality_software_perpetual_licence.pdf", "pdf"),
    "h1048e02": ("h1048e02_fleet_maintenance_saas_order_form.md", "text"),
    "h1048e03": ("h1048e03_cold_storage_sensors_monitoring_licence.docx", "docx"),
    "h1048e04": ("h1048e04_managed_it_services_36_months.md", "text"),
    "h1048e05": ("h1048e05_crop_weather_data_api_subscription.txt", "text"),
}
SOURCES = {"h1048z01": H1048Z01, "h1048z02": H1048Z02, "h1048z03": H1048Z03, "h1048z04": H1048Z04,
           "h1048z05": H1048Z05, "h1048e01": H1048E01, "h1048e02": H1048E02, "h1048e03": H1048E03,
           "h1048e04": H1048E04, "h1048e05": H1048E05}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def label(lang, category, t, sla_clause, ld_stated, deemed, value, capped=None):
    terms = {k: t[k] for k in TERM_KEYS}
    assert set(t) == set(TERM_KEYS), set(t) ^ set(TERM_KEYS)
    extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"language": lang, "category": category, "expected_terms": terms, "expected_extra": extra}


def T(avail, p1, remedy, ip, ds, bod, conf, ld, cap, prepay, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, bod, conf, ld, cap, prepay, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
LABELS = {
    "h1048z01": label("zh", "software", T(99.98, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                          False, True, False, "PRC", G), True, True, False, 2038000, capped=True),
    "h1048z02": label("zh", "hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28,
                                          False, True, True, "PRC", G), True, True, False, 2580000, capped=True),
    "h1048z03": label("zh", "cloud", T(99.5, 0.5, True, "buyer", True, True, True, 900 / 926000 * 100, 150,
                                       542000 / 926000 * 100, True, None, None, None, False, True, False, "PRC", S),
                      True, True, False, 926000),
    "h1048z04": label("zh", "services", T(None, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None,
                                          None, None, False, False, False, None, S), True, True, False, 1186000),
    "h1048z05": label("zh", "software", T(None, 8, False, "supplier", True, False, True, 0.02, 20, 20, False, False, 6,
                                          None, False, True, None, "PRC", G), True, True, True, 440000, capped=False),
    "h1048e01": label("en", "software", T(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11,
                                          False, True, False, "Arkansas", G), True, True, False, 1670000, capped=True),
    "h1048e02": label("en", "cloud", T(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None,
                                       None, False, True, False, "PRC", S), False, False, False, 847000),
    "h1048e03": label("en", "hardware", T(None, 0.5, True, "buyer", True, True, True, 2150 / 1720000 * 100, 200, None,
                                          True, True, 36, 7.5, False, True, False, "PRC", G), True, True, False,
                      1720000, capped=True),
    "h1048e04": label("en", "services", T(None, 0.25, True, "buyer", False, True, True, 1800 / 2190000 * 100, 125, None,
                                          True, None, None, None, False, True, True, "PRC", S), True, True, False,
                      2190000),
    "h1048e05": label("en", "cloud", T(99.95, 1, True, "buyer", True, False, True, 700 / 1010000 * 100, 6 / 24 * 100,
                                       None, True, None, None, None, True, True, False, "PRC", S), True, True, False,
                      1010000),
}

# price items (each must add up to the contract value) and, for goods / licences, the itemised fee base of §4
PRICES = {
    "h1048z01": [1120000, 684000, 138000, 96000],
    "h1048z02": [1008000, 412000, 348000, 96000, 286000, 238000, 164000, 28000],
    "h1048z03": [35 * 9600 * 2, 48000 * 2, 158000],
    "h1048z04": [1260 * 640, 214000, 128000, 37600],
    "h1048z05": [168000, 236000, 36000],
    "h1048e01": [1260000, 368000, 42000],
    "h1048e02": [261000 * 3, 64000],
    "h1048e03": [1840 * 420, 96 * 3600, 318000, 168000, 94000, 21600],
    "h1048e04": [84000, 58500 * 36],
    "h1048e05": [486000 * 2, 38000],
}
FEE_BASE = {"h1048z01": 1120000, "h1048z02": 1008000 + 412000 + 348000 + 96000 + 286000, "h1048z05": 168000,
            "h1048e01": 1260000, "h1048e03": 1840 * 420 + 96 * 3600 + 318000}
FOREIGN_FORUM = {"h1048e01"}  # courts of Cleburne County, Arkansas

DESIGN = {  # the rules each draft was written to trigger
    "h1048z01": [],
    "h1048z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h1048z03": ["CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
    "h1048z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h1048z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h1048e01": ["CR-GOVERNING-LAW"],
    "h1048e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h1048e03": [],
    "h1048e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h1048e05": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"h1048z01": "low", "h1048z02": "high", "h1048z03": "medium", "h1048z04": "medium", "h1048z05": "high",
        "h1048e01": "low", "h1048e02": "high", "h1048e03": "low", "h1048e04": "high", "h1048e05": "medium"}


def tco_share(key, lab):
    """Policy §4: horizon 5 years from acceptance, fee for every year after the warranty (pro rata), fee base as
    itemised. Returns the post-warranty share in %, or None when the fee is not stated."""
    t = lab["expected_terms"]
    if t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    pw = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return pw / (lab["expected_extra"]["contract_value"] + pw) * 100


def rules_from_label(key, lab):
    """My reading of policy §3 applied to a label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, lab)
        if share is not None and share > 40:
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


# ---------------------------------------------------------------- thresholds
THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])99\.9(?!\d)", r"ninety[\s-]*nine\s*point\s*nine(?!\s*five)",
    r"(?<![\d.])4\s*(?:小时|个小时|hours?|hrs?|-hour|h(?![a-z]))", r"(?<![\d.])4\s*[-‑]\s*hours?",
    r"four[\s-]*hours?", r"(?<![十\d])四\s*个?小时",
    r"(?<![\d.])0?\.05" + PCT, r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s*hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty" + PCT,
    r"(?<![\d.])12\s*(?:个月|months?|-month)", r"十二个月", r"twelve[\s-]*months?",
    r"(?<![每第逐])一年(?!级)", r"(?<![a-z])one[\s-]*years?", r"(?<![\d.])1\s*[- ]?years?(?![a-z])",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty" + PCT,
]), re.I)
MUST_HIT = ["可用率99.9%", "availability of 99.9 %", "4小时内", "4 hours", "4-hour", "four hours", "四小时", "0.05%",
            "0.05 %", "万分之五", "100%", "百分之百", "100 per cent", "30%", "30 per cent", "百分之三十", "12个月",
            "12 months", "twelve months", "十二个月", "质保期一年", "one year", "1 year", "15%", "百分之十五", "40%",
            "forty percent", "百分之四十", "99.9"]
MUST_MISS = ["99.95%", "99.98%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.055%", "万分之五十",
             "130%", "300%", "112 months", "百分之三十五", "百分之二十", "15-day forecasts", "CNY 0.15 per 100 calls",
             "每一年", "百分之五", "40 sensors", "1.5 years", "18 months", "逐年另行签订", "150%", "115 %", "1,100 users",
             "45 days", "24 laboratory instrument connections", "百分之四"]


def self_test():
    for s in MUST_HIT:
        for v in (s, re.sub(r"\s+", "", s)):
            assert THRESHOLD_RE.search(v), ("must hit", v)
    for s in MUST_MISS:
        for v in (s, re.sub(r"\s+", "", s)):
            assert not THRESHOLD_RE.search(v), ("must miss", v, THRESHOLD_RE.search(v))


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


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    binary = {k: v for k, v in FILES.items() if v[1] != "text"}
    write({k: SOURCES[k] for k in binary}, binary, OUT, wrap_words=True)
    for key, (name, kind) in FILES.items():
        if kind == "text":
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)

    covered = set()
    problems = []
    for key, (name, kind) in FILES.items():
        lab = LABELS[key]
        t, x = lab["expected_terms"], lab["expected_extra"]
        # prices
        assert sum(PRICES[key]) == x["contract_value"], (key, sum(PRICES[key]))
        # rules
        rules = rules_from_label(key, lab)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        sev = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if True else ""))
        assert sev == RISK[key], (key, sev)
        covered |= set(rules)
        # no value on a threshold
        for k, v in THRESHOLD_VALUES.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        share = tco_share(key, lab) if t["contract_kind"] == "goods_or_licence" else None
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        # text as read back
        text = read_back(OUT / name)
        n = length(text, lab["language"])
        lo, hi = RANGES[lab["language"]]
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(variant)
            if m:
                problems.append("%s: threshold figure %r near %r" % (key, m.group(0),
                                                                     variant[max(0, m.start() - 30):m.end() + 30]))
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (key, n, lo, hi))
        out = {"file": name}
        out.update(lab)
        out["expected_rules"] = rules
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%s  %-5s %5d  %-6s %s%s" % (name, lab["language"], n, RISK[key], ", ".join(rules) or "(none)",
                                          "" if share is None else "  TCO share %.2f %%" % share))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed; 20 rules covered")


if __name__ == "__main__":
    main()
