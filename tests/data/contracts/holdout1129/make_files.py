"""holdout1129: builds the ten blind held-out draft contracts, writes their .json labels and asserts the checks of the
brief (lengths, thresholds, rule derivation, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市农业农村局农资监管平台软件许可及定制开发合同
P:合同编号：NNJ-ZFCG-2027-0163　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市农业农村局
P:乙方（供应商）：某农信科技有限公司
P:根据政府采购项目的招标文件、乙方的投标文件及中标通知书，依照《中华人民共和国民法典》《中华人民共和国政府采购法》，甲乙双方就农资监管平台软件许可及定制开发事宜订立本合同，共同遵守。本合同文本由甲方提供。
H:第一条 项目内容
P:1.1 乙方向甲方提供农资监管平台软件（以下简称"平台"）的永久使用许可，部署于甲方政务云，许可范围覆盖市、县两级农业执法机构及全市农资经营主体，用户数不限。
P:1.2 乙方按甲方需求完成定制开发，包括：农资经营主体备案与年度核查模块、农药化肥进销存台账模块、追溯码赋码与扫码查询模块、执法巡查移动端（含离线取证）、监管驾驶舱及统计报表。
P:1.3 乙方负责将原"农资经营户管理系统"历史数据迁移至平台，并完成与省农资监管系统、市市场监管信用平台、电子证照库的接口对接。
P:1.4 乙方负责部署、联调、培训及上线保障，详细需求以招标文件技术部分及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾柒万元整（¥1,770,000），为含税固定总价，包括：平台软件许可费¥868,000，定制开发费¥596,000，数据迁移及接口费¥214,000，实施与培训费¥92,000。
P:2.2 上述价款已包括乙方为履行本合同发生的全部费用，甲方不再另行支付任何费用。
P:2.3 合同履行期间，因甲方书面提出的需求变更导致工作量增加的，双方按投标文件中的人天单价另行协商，未经甲方书面确认的变更不得计费。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台上线试运行并通过初步验收后，甲方支付合同总价的45%。
P:3.3 最终验收合格并签署验收报告后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的等额增值税发票。甲方按财政国库集中支付程序办理付款。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后九十日内完成部署及定制开发并提交初步验收申请，在初步验收后连续试运行六十日。
P:4.2 乙方应派驻项目经理及不少于五名开发、实施人员，人员变更须经甲方书面同意。
P:4.3 乙方应在合同生效后十五日内提交项目实施计划，每两周向甲方书面报告进度、问题及风险，并参加甲方组织的项目例会。
P:4.4 乙方应为甲方及各县农业执法人员提供不少于四期集中培训及一期管理员专项培训，提供操作手册与培训视频，培训效果以甲方组织的上机考核为准。
P:4.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，可采用银行保函形式。最终验收合格后，甲方在十个工作日内无息退还；乙方违约的，甲方有权从履约保证金中扣除相应违约金及赔偿金。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；历史数据迁移记录数与原系统逐表核对一致，抽样比对差错为零；三个外部接口连续十日调用成功且数据一致；平台在二百并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内未发生一级故障；已通过具备资质的第三方机构的网络安全等级保护测评及软件安全测试；乙方已移交源代码、部署文档、运维手册及培训记录。
P:5.3 甲方组织专家按上述标准进行验收并出具书面意见。平台上线试运行、甲方使用或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及远程与现场技术支持。
P:6.2 服务水平：一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内解决；三级问题三个工作日内解决。
P:6.3 乙方未按6.2规定时限响应或恢复的，每超时一小时向甲方支付人民币800元，甲方可从应付款或履约保证金中直接扣除。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥69,440），且质保期满后前两年不得上调。维护服务由双方另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同定制开发形成的程序、源代码、接口程序、数据库设计及文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再许可。乙方应保证其交付成果不侵犯任何第三方合法权益。
H:第八条 数据安全
P:8.1 平台中的农资经营主体信息、执法记录、追溯数据及其他业务数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、操作审计与加密传输措施，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:8.4 合同终止或维护服务结束时，乙方应将其持有的全部甲方数据及访问凭据移交甲方，并删除测试环境及个人终端中的副本，出具书面删除确认。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、执法信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在本合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合约定的，应免费整改；给甲方造成损失的，应予赔偿。
P:10.3 乙方交付的软件存在侵权，导致甲方被第三方主张权利的，乙方应负责处理并承担甲方因此支出的全部费用。
P:10.4 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下任何工作分包或转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已收款项、赔偿损失。
P:12.2 乙方逾期交付超过六十日的，甲方有权解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可根据影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
P:签订日期：　　年　月　日
"""

Z02 = """T:灌装生产线控制系统改造项目合同
P:合同编号：GZJ-SB-2027-028
P:甲方（买方）：某电动灌装机厂
P:乙方（卖方）：某自动化工程有限公司
P:甲方为提升三条液体灌装生产线的控制精度和生产数据追溯能力，委托乙方对产线控制系统进行改造。双方经友好协商，依据《中华人民共和国民法典》订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除三条灌装生产线原有的继电器控制柜及分立式仪表，更换为PLC控制柜、伺服驱动系统、触摸屏人机界面和在线称重传感器，并部署产线监控软件及配方管理与追溯模块。
P:1.2 乙方负责PLC程序、人机界面画面、配方下发逻辑及与甲方ERP、MES系统接口的开发与调试，并完成现场安装、布线、联调与操作培训。
P:1.3 改造须分线进行，每条产线停产时间不得超过十日，停产计划须提前经甲方生产部书面确认。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾伍万肆仟元整（¥1,854,000），含税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|6套|118,000|708,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|触摸屏人机界面|6台|9,800|58,800
TB:4|在线称重传感器|36个|2,600|93,600
TB:5|产线监控软件许可（永久）|1套|186,000|186,000
TB:6|配方管理及追溯模块许可（永久）|1套|92,000|92,000
TB:|软硬件小计|||1,450,400
TB:7|程序开发及联调|1项|238,000|238,000
TB:8|安装及布线|1项|146,000|146,000
TB:9|操作及维护培训|1项|19,600|19,600
TB:|合计|||1,854,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及税费，为固定总价。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的50%。到货签收及安装调试完成不视为验收合格。
P:3.3 三条产线全部通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。甲方付款前，乙方未提交相应阶段技术资料或整改报告的，甲方有权顺延付款且不承担逾期责任。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后四十五日内将全部设备运至甲方厂区，并在到货后六十日内完成三条产线的改造与联调。
P:4.2 设备到货时双方共同开箱清点，核对型号、数量及随机资料，签署到货清单。到货清单仅证明数量，不代表质量验收。
P:4.3 乙方应在到货前向甲方提交电气原理图、控制柜布置图、IO点表、设备合格证及软件安装介质；改造完成后提交竣工图纸、PLC程序备份及操作维护手册各三套。
P:4.4 乙方应指派具有三年以上同类项目经验的项目经理常驻现场，未经甲方同意不得更换。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产十五日，试生产期间应达到以下标准：灌装计量误差不超过±0.5%；产线节拍不低于改造前设计产能；配方切换时间不超过10分钟；生产批次数据完整上传MES系统且与称重记录逐批一致；连续运行期间无因控制系统导致的停机。
P:5.2 三条产线均达到5.1标准后，由甲方组织最终验收并签署验收报告。试生产、投产使用或甲方付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新试生产，由此产生的费用由乙方承担。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件升级和远程支持。
P:6.2 质保期内产线因控制系统故障停机（一级故障）时，乙方应在1小时内响应，8小时内到达现场，恢复生产后三日内提交故障分析报告；其他故障应在2小时内响应，两个工作日内处理完毕。
P:6.3 乙方未按6.2时限响应或到场的，每超时一小时向甲方支付人民币1,000元。
P:6.4 质保期满后，乙方继续提供维保服务的，年度维保费不超过软硬件小计的9%（即每年不超过人民币130,536元），质保期满后三年内不得上调。维保合同逐年签订，不自动续期。
P:6.5 乙方应保证质保期满后至少八年内提供兼容备件，备件价格不高于本合同同类单价。
P:6.6 乙方应对甲方电气维修人员进行不少于五个工作日的专项培训，使其能够独立完成日常点检、参数备份及一般故障排除。
H:第七条 知识产权
P:7.1 产线监控软件及配方管理模块的著作权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目开发的PLC程序、人机界面画面、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可。
H:第八条 数据安全
P:8.1 产线生产数据、配方参数及批次追溯数据均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方远程维护须经甲方书面审批，通过甲方指定的工业防火墙和堡垒机接入，全程记录操作日志。乙方人员不得将移动存储介质接入产线控制网络。
P:8.3 发生数据泄露或控制系统遭受网络攻击的，乙方应在2小时内报告甲方并协助处置；因乙方原因造成的，乙方承担由此产生的全部损失。
H:第九条 保密
P:甲乙双方对履行本合同知悉的对方技术资料、配方、工艺参数及商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后五年内有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 因乙方原因造成产线停机超过约定停产期的，乙方应赔偿甲方由此造成的直接损失。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:10.4 乙方交付的设备或软件不符合技术协议约定的，甲方有权要求乙方限期更换或整改；更换后仍不符合的，甲方有权退货，乙方应退还相应价款。
P:10.5 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:乙方可将电气安装、桥架敷设及布线工程分包给具备相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称及资质。乙方对分包单位的工作质量和安全承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内未纠正的，或逾期完成改造超过四十五日的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。合同解除后，乙方应在甲方要求的期限内恢复产线至可运行状态，并移交已完成部分的程序及技术资料。
H:第十三条 不可抗力
P:任何一方因不可抗力不能履行本合同的，应在三日内通知对方，并在十五日内提供有关证明，双方协商延长履行期限或部分免除责任。
H:第十四条 安全生产
P:乙方人员进入甲方厂区须遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业许可。因乙方原因发生安全事故的，由乙方承担责任。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十六条 其他
P:本合同附件包括技术协议、设备清单及改造实施方案，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

Z03 = """营养配餐培训连锁门店预约及会员管理系统（SaaS）服务合同

合同编号：YC-IT-2027-017
甲方（客户）：某营养配餐培训连锁管理有限公司
乙方（服务商）：某云约信息技术有限公司

甲方在全国经营四十家营养配餐培训门店，现采购乙方的课程预约及会员管理云服务并由乙方完成实施。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务内容
1.1 乙方通过其云平台向甲方提供课程预约、排课、会员储值与积分、营养师排班、门店收银对账及经营报表功能，开通门店数为四十家，总部管理账号不超过六十个，门店账号不限。
1.2 乙方为甲方开发专属微信小程序前端（含甲方品牌界面）、会员等级规则配置及总部经营驾驶舱。
1.3 实施服务包括：门店及课程基础数据配置；将甲方原会员系统中约十八万条会员档案、储值余额及积分迁移至平台；与甲方财务系统及支付通道对接；门店店长及前台人员培训。
1.4 平台部署于乙方在中国境内租用的公有云数据中心，甲方数据不得存储或传输至境外。乙方应保证平台能够支持甲方门店同时开展线上课程预约、线下签到及会员储值消费业务。

2. 服务期限
2.1 服务期为两个服务年度，自上线验收合格之日起计算。第一服务年度自上线验收合格之日起至次年同日的前一日止，第二服务年度依次类推。
2.2 实施期自合同生效之日起不超过六十日。

3. 费用及支付
3.1 合同总价为人民币柒拾伍万捌仟元整（¥758,000），包括：
（1）订阅服务费：每服务年度人民币336,000元（四十家门店，每店每服务年度8,400元），两个服务年度合计672,000元；
（2）实施费：人民币86,000元（一次性）。
3.2 实施费在上线验收合格后二十日内支付。
3.3 订阅服务费按季度结算，每季度结束后十五日内，乙方开具增值税专用发票，甲方支付该季度费用84,000元。
3.4 上述费用为含税价格，已包括云资源、软件许可、短信通道、版本升级及技术支持费用，乙方不得另行收取。
3.5 服务期内新增门店的，按每店每服务年度8,400元按月折算计费，由双方书面确认。

4. 上线验收
4.1 乙方完成实施后提交上线验收申请。验收标准为：需求确认书中的功能全部可用；迁移后的会员档案、储值余额及积分与原系统逐条核对一致；小程序在一千名用户同时预约时平均响应时间不超过2秒；财务对账数据连续七日与支付通道账单一致。
4.2 甲方在收到申请后十个工作日内组织验收并出具书面结论，验收前乙方应提交数据迁移核对报告、接口测试报告及培训签到记录。门店试用或甲方付款不视为验收合格。验收不合格的，乙方应在十日内整改后重新申请。

5. 服务水平
5.1 乙方保证平台月度可用率不低于99.5%。可用率=（当月总分钟数－不可用分钟数）÷当月总分钟数，经甲方事先同意的计划维护时间除外。
5.2 一级故障（平台或小程序整体无法预约、收银）乙方应在30分钟内响应，3小时内恢复；二级故障（部分门店或部分功能不可用）应在1小时内响应，当日恢复；三级问题两个工作日内处理。
5.3 月度可用率低于5.1承诺的，每低0.1个百分点，乙方按当月订阅服务费的2%给予服务抵扣，单月抵扣上限为当月订阅服务费的四分之一；一级故障响应或恢复超时的，每超时一小时抵扣人民币500元。抵扣金额从下一季度应付费用中扣除。

5.4 乙方应提供7×24小时服务热线及在线工单系统，指定一名客户成功经理负责甲方日常对接，每月向甲方提交服务报告，列明可用率、故障、工单及版本更新情况。
5.5 乙方每季度至少进行一次平台版本更新，更新前五个工作日通知甲方，涉及门店操作流程变化的，乙方应提供线上培训和操作说明。新开门店上线前，乙方应完成该门店的基础配置并对其店长和前台进行远程培训。

6. 数据
6.1 甲方会员信息、消费记录、课程及营养方案数据（"甲方数据"）归甲方所有。
6.2 甲方同意乙方可将甲方数据进行去标识化处理后，与其他客户数据汇总，用于行业经营分析报告、产品改进及算法训练。该等汇总数据的权利归乙方所有，本合同终止后乙方仍可继续使用。
6.3 乙方应对甲方数据采取加密存储、访问控制、操作日志审计及异地备份措施，平台应通过网络安全等级保护三级测评；会员个人信息的处理应符合《个人信息保护法》。
6.4 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担甲方的全部损失及由此产生的赔偿、罚款。
6.5 合同终止后三十日内，乙方应按甲方要求以通用格式导出并移交甲方全部数据，此后删除平台中的甲方数据。

7. 保密
7.1 双方对在合作中获知的对方商业秘密、经营数据、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露或用于本合同以外的目的。本条在合同终止后三年内继续有效。

8. 知识产权
8.1 平台软件的知识产权归乙方所有。
8.2 乙方为甲方专门开发的小程序前端、品牌界面及驾驶舱报表的知识产权归甲方所有，乙方应在服务期满时交付其源代码，甲方可自行或委托第三方使用和修改。

9. 续期
9.1 服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期可多次发生。
9.2 每次续期时，乙方有权根据市场情况上调订阅服务费，上调幅度不超过上一服务年度费用的8%，乙方应在续期前书面通知甲方调整后的价格。

10. 违约责任
10.1 乙方未能在约定实施期内完成上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
10.2 乙方违反本合同数据或保密条款的，应赔偿甲方全部损失。
10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

11. 分包
11.1 乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，须事先取得甲方书面同意，并对分包方的行为承担全部责任。

12. 合同解除
12.1 任何一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权书面解除本合同。
12.2 连续两个月可用率低于5.1承诺的，甲方有权解除本合同，当季服务费按实际服务天数结算。

12.3 合同解除或终止的，乙方应配合甲方完成数据迁移，在甲方确认数据完整前不得关闭甲方账号。

13. 甲方义务
13.1 甲方应指定项目负责人，及时提供门店、课程、营养师及会员数据，并确认需求确认书和数据迁移方案。
13.2 甲方应妥善管理总部及门店账号，门店人员变动时及时在平台中停用相应账号。

14. 不可抗力
14.1 因不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失；公共云基础设施的一般故障不属于不可抗力。

15. 法律适用及争议解决
15.1 本合同适用中华人民共和国法律。
15.2 争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

16. 其他
16.1 本合同附件：需求确认书、服务水平说明、数据迁移方案。附件与本合同不一致的，以本合同为准。
16.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """加油站视频监控系统年度运维服务合同

项目名称：全市加油站视频监控系统运维服务项目
采购方式：竞争性磋商
合同编号：SWJ-CS-2027-009
甲方（采购人）：某市商务局
乙方（成交供应商）：某安防技术服务有限公司

根据本项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方就加油站视频监控系统运维服务事宜，经协商一致，订立本合同。

一、服务范围
（一）运维对象：全市一百二十六座加油站的前端摄像机一千零八路、站级硬盘录像机及网络设备，商务局监控中心视频管理平台、存储设备、大屏显示系统及与应急管理部门的视频共享接口。
（二）服务内容：
1. 前端设备每季度巡检一次，清洁镜头、校正角度、检查供电及防雷接地，形成巡检记录；
2. 视频管理平台、存储设备及网络的日常监测、故障处理、系统补丁和配置备份；
3. 故障设备维修及备品备件更换，备件由乙方提供；
4. 派驻两名运维人员在监控中心工作日值守，节假日及夜间安排电话值班；
5. 每月提交运维月报，每季度提交设备状况分析及整改建议；
6. 配合甲方开展加油站安全检查、执法取证及上级部门的视频调阅工作；
7. 对新建或改建加油站的监控点位接入提供技术支持，接入数量不超过十座的，不另行收费。
（三）服务期：自2027年1月1日起至2027年12月31日止。

二、服务费用及支付
（一）本合同服务费总额为人民币肆拾捌万陆仟元整（¥486,000），包括：前端点位巡检维护费312,000元；平台及存储维护费98,000元；备品备件费52,000元；驻场值守费24,000元。上述费用含税，为固定总价，服务期内不作调整。
（二）服务费按季度支付。每季度结束后，甲方按本合同第四条完成季度考核，在考核结果确认后十五个工作日内支付当季服务费121,500元，考核扣减的金额从当季服务费中扣除。
（三）乙方应在每次付款前开具等额合法发票。甲方不预付任何款项。

三、服务水平
（一）故障分级：
1. 一级故障：视频管理平台或存储设备整体不可用，或同时有十座以上加油站视频离线；
2. 二级故障：单座加油站视频全部离线，或平台部分功能不可用；
3. 三级故障：单路摄像机图像异常或离线。
（二）响应及修复时限：一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，次日内修复；三级故障三个工作日内修复。
（三）重大活动及节假日期间，乙方应按甲方通知安排专人在监控中心值守，确保视频调阅正常。
（四）遇暴雨、台风等恶劣天气，乙方应提前对易受影响的前端点位进行检查加固，灾后次日内完成全部点位排查并报告甲方。
（五）录像资料保存时间不少于九十日，乙方应定期检查各站录像完整性，发现录像缺失的应在当日处理并报告甲方。

四、服务考核
（一）甲方按季度对乙方进行考核，满分为一百分，考核内容包括故障响应及修复时效、巡检完成情况、录像完整性、运维文档及服务态度。
（二）一级故障响应或恢复每超时一小时扣二分，二级故障每超时一日扣一分，巡检每少完成一座加油站扣一分。
（三）季度考核得分低于九十分的，每低一分扣减当季服务费的1%；低于七十分的，乙方应提交书面整改方案并更换项目负责人。
（四）季度考核由甲方会同各区商务主管部门进行，考核结果以书面形式通知乙方。乙方对考核结果有异议的，应在收到通知后五个工作日内提出，逾期视为无异议。

五、年度服务验收
（一）服务期满后十五日内，乙方提交年度运维总结、设备台账、故障处理记录、巡检记录及配置备份。
（二）甲方组织年度验收，验收标准为：四个季度考核得分均不低于八十分；设备台账与现场一致；全部配置备份可用；运维文档齐全。甲方出具书面验收意见。
（三）年度验收不合格的，乙方应在十五日内补正；补正后仍不合格的，甲方将验收结果记入供应商履约评价，并作为今后政府采购活动的参考。

六、人员与备件要求
（一）乙方应指定一名具有三年以上安防运维经验的项目负责人，驻场人员应持有相关职业技能证书。乙方应在合同生效后五日内向甲方报送运维人员名单、联系方式及身份信息，人员变更须提前七日书面报甲方同意。
（二）乙方应在本市设立备品备件库，常备摄像机、硬盘录像机、硬盘、交换机及电源等备件，备件的品牌、型号和性能不得低于原设备。每次更换须填写更换记录并经加油站负责人签字确认，替换下的旧件归甲方所有，由甲方统一处置。
（三）乙方应配备运维车辆、检测仪器及登高工具，保证故障处理及时。

七、数据安全
（一）运维过程中接触的视频图像、录像资料、平台账号及网络配置等数据均属于甲方所有，乙方仅为履行本合同使用，不得私自调阅、拷贝、留存或向任何第三方提供。
（二）乙方应建立运维人员账号实名管理制度，远程运维须经甲方批准并通过甲方指定的堡垒机进行，所有操作留存日志不少于六个月。
（三）乙方更换的故障硬盘及存储介质须在甲方监督下进行数据销毁，不得带离现场。
（四）发生视频数据泄露、丢失或系统被非法入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部法律责任并赔偿甲方损失。

八、保密
乙方及其人员对在服务中知悉的加油站安全布防、监控点位、甲方工作信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因本合同终止而解除。

九、知识产权
乙方在服务中形成的运维文档、设备台账、配置文件及分析报告归甲方所有。

十、分包与转包
乙方不得将本合同项下的服务转包或分包给第三方。

十一、合同的变更与解除
（一）服务期内，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。
（二）乙方服务未达到本合同要求的，甲方按第四条扣减服务费，并有权要求乙方限期整改；乙方应继续履行本合同至服务期满。
（三）服务期满后，甲方根据政府采购程序另行确定运维服务供应商，本合同不自动续期。

十二、双方义务
（一）甲方应为乙方驻场人员提供必要的办公条件，协调各加油站配合巡检和维修。
（二）乙方应为其人员办理社会保险及意外伤害保险，乙方人员在加油站作业时应遵守防火防爆安全规定，因乙方原因造成的安全事故由乙方负责。
（三）乙方发现加油站擅自遮挡、断电或拆除监控设备的，应当日拍照留证并书面报告甲方，不得自行与加油站协商处理。

十三、服务交接
（一）服务期满或本合同终止时，乙方应向甲方或甲方指定的新供应商移交设备台账、拓扑图、账号口令、配置备份及未处理故障清单，并提供不少于十日的交接配合。
（二）交接完成前，乙方不得停止已开展的故障处理工作，不得删除或修改系统配置。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

十五、其他
（一）竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
（二）双方的通知以书面形式送达本合同所列地址或联系人，电子邮件送达的，以发出之日视为送达。
（三）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：
"""

Z05 = """# 窑迹工序追溯系统软件许可及定制开发合同

（窑迹软件标准合同文本 YJ-HT-2026 版）

合同编号：YJ-2027-0412

**甲方（买方）：** 某瓷绘工坊有限公司

**乙方（卖方）：** 某窑迹软件科技有限公司

鉴于甲方拟采购乙方"窑迹工序追溯系统"用于陶瓷手绘生产过程的工序追溯管理，并委托乙方进行定制开发，双方本着平等互利的原则，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供窑迹工序追溯系统标准版软件的使用许可，覆盖甲方成型、利坯、手绘、施釉、烧成及检选六个车间，用户数不超过一百五十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：釉料配方管理模块、窑炉温控曲线采集与对比模块、手绘工序计件与画师绩效模块、产品一物一码追溯查询页面。

1.3 乙方负责系统的安装部署、基础数据初始化及操作培训。具体功能以乙方出具的《功能清单》为准，《功能清单》以外的需求另行收费。

## 第二条 合同价格

2.1 合同总价为人民币壹佰零肆万元整（¥1,040,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 窑迹工序追溯系统软件许可（标准版） | 780,000 |
| 2 | 定制开发（配方、温控、计件、追溯四个模块） | 200,000 |
| 3 | 安装部署及培训 | 60,000 |
| | 合计 | 1,040,000 |

2.2 上述价格不含甲方服务器、网络设备、扫码终端及第三方数据库许可，该等软硬件由甲方自行采购。乙方派员到甲方现场超过二十个人天的，超出部分按每人天2,800元另行计费。

2.3 本合同价格为乙方给予甲方的优惠价格，甲方不得向第三方透露。许可按车间计算，甲方增加车间或用户数的，按乙方届时有效的报价单另行购买许可。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即人民币572,000元。乙方收到该款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的45%，即人民币468,000元。

3.3 甲方逾期付款的，乙方有权暂停实施及技术支持服务，由此导致的工期延误由甲方负责；甲方还应每日按逾期金额的千分之一支付违约金。

## 第四条 实施与交付

4.1 乙方在收到第3.1条款项后一百二十日内完成定制开发和部署。因甲方需求变更、数据提供不及时或现场条件不具备造成的延误，工期相应顺延。

4.2 甲方应提供符合乙方要求的服务器及网络环境，指定项目联系人，并在乙方提出需求后三个工作日内提供所需资料和答复。

4.3 乙方交付物包括：软件安装介质及授权文件、《功能清单》所列模块、用户操作手册、管理员手册及培训课件。定制开发模块以可执行程序形式交付，乙方不提供源代码。

4.4 乙方以远程方式为主、现场方式为辅进行实施，培训采用集中授课方式，每个车间培训一次。

4.5 甲方应按乙方提供的模板整理历史产品、画师、釉料及窑炉数据，并对数据的准确性负责。因甲方数据质量问题导致的返工，乙方有权按人天另行收费。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 上线时间以乙方发出的《上线通知函》载明的日期为准。甲方在收到通知函后未书面提出异议的，视为同意上线。

5.3 甲方在系统上线后提出的修改意见，乙方将在后续版本中统筹考虑，不影响验收结论及付款。

## 第六条 免费维护期及技术支持

6.1 乙方自系统上线之日起提供六个月免费维护服务，内容包括远程故障排查、缺陷修复和使用咨询。

6.2 故障响应：一级故障（系统无法登录或无法扫码追溯）乙方在接到甲方报修后8小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。

6.3 乙方将尽力在合理时间内排除故障，但故障处理时间受现场条件、网络及第三方软硬件影响，乙方不因响应或处理时间承担任何扣款、赔偿或违约金责任。

6.4 乙方技术支持时间为工作日9:00至17:30，节假日及夜间的支持需甲方提前预约，乙方视人员情况安排。

6.5 因甲方操作不当、擅自修改配置、硬件故障或病毒感染等非乙方原因造成的故障，乙方提供有偿服务。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护协议。

7.2 年度维护费为软件许可费的26%，即每年人民币202,800元，于每个维护年度开始前一次性支付。甲方未续签年度维护协议的，乙方不再提供任何维护服务，甲方重新订购时应补缴中断期间的维护费。

## 第八条 知识产权

8.1 窑迹工序追溯系统软件及其全部文档的著作权及其他知识产权归乙方所有。

8.2 乙方为甲方定制开发的模块、页面、源代码、数据库结构及相关文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方对其进行修改、反向工程或二次开发。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户销售。

## 第九条 数据安全

9.1 甲方在系统中录入和产生的生产数据、配方数据、画师信息及客户信息归甲方所有，乙方仅为履行本合同目的使用，不得向第三方提供。

9.2 乙方在实施和维护期间应遵守甲方的信息安全管理要求，远程连接须经甲方同意并在维护完成后及时断开，乙方人员不得拷贝甲方数据。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在获知后48小时内通知甲方，协助恢复数据，并承担相应的赔偿责任。

9.4 甲方应自行负责系统数据的日常备份，乙方建议甲方每日备份一次并异地保存。因甲方未备份造成的数据损失，乙方不承担责任。

## 第十条 保密

双方对在履行本合同过程中知悉的对方技术秘密、釉料配方、工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方未按第4.1条约定期限完成交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 任何一方违约给对方造成损失的，应承担相应的赔偿责任，但乙方不承担甲方的间接损失、利润损失及数据恢复以外的其他损失。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除的，乙方已收取的款项中与已完成工作相对应的部分不予退还。

12.3 甲方未按约定付款超过三十日的，乙方有权暂停软件授权并解除本合同。

## 第十三条 不可抗力

因不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方并提供证明。

## 第十四条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 《功能清单》为本合同附件，与本合同具有同等效力。

15.2 本合同未尽事宜，以乙方官方网站公布的《窑迹软件用户服务协议》为准。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：

日期：　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ACS-CN-2027-031
P:This Agreement is made between Shaoxing Keqiao Huafang Dyeing and Finishing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shaoxing, Zhejiang Province (the "Buyer"), and Abbeygate Colour Systems Limited, a company registered in England with its registered office at Market Hill, Coggeshall, Essex, England (the "Vendor").
P:The Buyer operates three dyeing laboratories and a bulk dyehouse and wishes to license the Vendor's colour measurement and recipe formulation software, together with configuration, integration and training services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's ShadeMatch Lab Suite, version 9, in object code, including the recipe formulation engine, the quality control module, the dye database manager and the documentation.
P:1.2 "Custom Deliverables" means all configurations, interface programs, report templates, dye database conversions and related documentation created by or for the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all recipes, colour standards, measurement results, production data and other data of the Buyer processed by the Software or by the Vendor.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's servers in Shaoxing for up to forty concurrent users and fourteen spectrophotometer connections, for the internal business purposes of the Buyer and its affiliates in mainland China.
P:2.2 The Vendor shall configure the Software, convert the Buyer's existing dye database of about 2,600 dyes and auxiliaries, build interfaces with the Buyer's ERP system and its automatic dispensing machines, and train the Buyer's laboratory staff and administrators.
P:2.3 The detailed requirements are set out in the Statement of Work attached as Annex 1. Any change to the Statement of Work requires a written change order signed by both parties.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,490,000, inclusive of all taxes and expenses, made up as follows: Software licence fee CNY 1,160,000; configuration and integration services CNY 284,000; training CNY 46,000.
P:3.2 The Contract Price shall be paid as follows: (a) 20% within fifteen working days after signature of this Agreement and receipt of the Vendor's invoice; (b) 55% within fifteen working days after the Installation Certificate is signed; and (c) 25% within fifteen working days after Final Acceptance.
P:3.3 The Installation Certificate only confirms that the Software has been installed and that the interfaces can be started. It is not acceptance of the Software or of any Custom Deliverable.
P:3.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice. The Vendor shall provide valid invoices acceptable to the Buyer's tax authorities.
H:Article 4 Delivery and Timetable
P:4.1 The Vendor shall install the Software within thirty days after the Effective Date and complete configuration, data conversion and interfaces within one hundred and ten days after the Effective Date.
P:4.2 If the Vendor fails to meet a date in Article 4.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The payment of liquidated damages does not release the Vendor from its obligation to complete the work.
P:4.3 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the same project manager for the whole project unless the Buyer agrees otherwise in writing.
H:Article 5 Acceptance
P:5.1 When the Vendor notifies the Buyer that the Software and the Custom Deliverables are ready, the parties shall carry out the acceptance tests set out in Annex 2. The acceptance criteria are: (a) all functions listed in the Statement of Work operate as specified; (b) formulation results for a reference set of two hundred recipes are within a colour difference of 0.8 dE CMC against the laboratory standards; (c) the converted dye database matches the source records for every dye and auxiliary; (d) the ERP and dispensing interfaces run for twenty consecutive working days without data errors; and (e) no Severity 1 or Severity 2 defect is open.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met. If a test fails, the Vendor shall correct the defects at its own cost and the test shall be repeated.
P:5.3 Use of the Software in production, payment of any instalment or the signature of the Installation Certificate shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the Statement of Work for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge and provide all updates and new versions released for the Software.
P:6.2 Service levels: the Vendor shall respond to a Severity 1 incident (the formulation engine or the dispensing interface is unavailable) within one hour and provide a workaround within eight hours; Severity 2 incidents shall be responded to within three hours and resolved within two working days; Severity 3 issues shall be resolved in the next maintenance release.
P:6.3 If the Vendor misses a response or workaround time in Article 6.2, it shall grant the Buyer a service credit of CNY 1,000 for each hour of delay, which the Buyer may deduct from any amount payable.
P:6.4 After the Warranty Period, the Buyer may order annual support at 11% of the Software licence fee per year, that is CNY 127,600. This annual support fee is fixed for the first three support years. Support is ordered by purchase order for each support year and does not renew automatically.
P:6.5 Support after the Warranty Period includes the same service levels as Article 6.2 and all updates and new versions.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables shall belong to the Buyer upon creation. The Vendor shall deliver the source code of the interface programs and report templates. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts approved by the Buyer, shall not copy Buyer Data outside the Buyer's premises, and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within six hours after becoming aware of any unauthorised access to or loss of Buyer Data, cooperate in containing it, and compensate the Buyer for all losses caused by the Vendor's breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's recipes, colour standards and customer lists, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of its subcontractors.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after written notice, or if the liquidated damages under Article 4.2 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for the work not accepted and the Buyer may keep the licence to the Software already paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator and the language of the arbitration shall be English.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a delay caused by an event beyond its reasonable control, provided that it notifies the other party promptly, gives evidence of the event within fifteen days and takes reasonable steps to limit its effect. The timetable shall be extended by the duration of the event.
H:Article 15 General
P:15.1 This Agreement with its Annexes is the entire agreement of the parties on its subject matter. Annex 1: Statement of Work. Annex 2: Acceptance Test Plan.
P:15.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM

**Hythe Quay Software Ltd**, registered in England, The Hythe, Maldon, Essex, England ("Vendor")

**Qingdao Haixin Frozen Foods Co., Ltd.**, Qingdao, Shandong Province, People's Republic of China ("Customer")

Order Form No. HQS-OF-2027-118. This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies only to this Order Form. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Service

A1.1 Vendor will provide its ColdTrace Export cloud service (the "Service") to Customer: export documentation (commercial invoices, packing lists, health certificate applications and certificates of origin), reefer container booking, cold-chain temperature tracking with data loggers supplied by Customer's carriers, and customer shipment portals.

A1.2 Edition: Professional. Named users: sixty. Shipments: unlimited. Customer portals: up to twenty-five importer accounts.

A1.3 The Service is provided in English and simplified Chinese. Users access it through a web browser and through the ColdTrace mobile application for Android and iOS, which drivers and warehouse staff may use to record loading and unloading temperatures.

A1.4 Vendor will also provide the onboarding services described in A4 ("Onboarding").

### A2. Subscription Term

A2.1 The Subscription Term is twenty-four months, starting on the Go-Live Date (A4.3). The first Subscription Year begins on the Go-Live Date and the second Subscription Year begins on its first anniversary.

A2.2 This Order Form does not renew automatically. Any further subscription requires a new order form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, first Subscription Year | Professional edition, sixty named users | 268,000 |
| Subscription fee, second Subscription Year | Professional edition, sixty named users | 268,000 |
| Onboarding (one-time) | fixed price, A4 | 32,000 |
| **Total Fees** | | **568,000** |

A3.1 Subscription fees are invoiced quarterly in arrears, CNY 67,000 per calendar quarter, pro rata for part quarters. The Onboarding fee is invoiced after Go-Live Acceptance. Customer pays each correct invoice within thirty days. No amount is payable before the Go-Live Date.

A3.2 All fees are in CNY and include VAT. Fees are fixed for the Subscription Term.

A3.3 Additional named users may be ordered at CNY 4,200 per user per Subscription Year, pro rata.

### A4. Onboarding and Go-Live Acceptance

A4.1 Onboarding includes: configuration of Customer's document templates for its main destination markets (Japan, Korea, the European Union and the Middle East); import of Customer's product master, consignee list and historic shipment records for the last two years; integration with Customer's ERP for sales orders and invoices; and training of Customer's export and logistics staff.

A4.2 Vendor will complete Onboarding within seventy days after signature of this Order Form. If Go-Live Acceptance is delayed beyond that date for reasons attributable to Vendor, Vendor will pay Customer CNY 600 for each day of delay, up to CNY 28,400 in total.

A4.3 Go-Live Acceptance criteria: (a) all document templates produce correct documents for twenty sample shipments chosen by Customer, checked line by line against the ERP invoices; (b) the imported product master and consignee list reconcile with the source files; (c) temperature data from the carriers' data loggers appear in the Service for three test containers without gaps; and (d) the ERP integration transfers orders and invoices for ten consecutive working days without errors. Customer will sign a Go-Live Acceptance certificate within five working days after the criteria are met. The date of that certificate is the "Go-Live Date". Use of the Service for live shipments before that date is not acceptance.

### A5. Contacts

A5.1 Vendor's account manager: Mr. Oliver Pennock. Customer's project lead: Ms. Sun Lijuan, Export Department.

A5.2 Notices under this Order Form are given by email to the contacts above and are effective on receipt.

### A6. Signature

Signed for Vendor: ____________________ Signed for Customer: ____________________

Date: ____________ Date: ____________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and information that Customer or its users enter into the Service or that the Service collects for Customer, including shipment, temperature and consignee data.

1.2 "Users" means the individuals authorised by Customer to use the Service under its named-user allowance.

### 2. Use of the Service

2.1 Vendor grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for the internal business of Customer and its affiliates.

2.2 Customer will not resell the Service, attempt to obtain its source code or use it to build a competing service.

2.3 Customer is responsible for the accuracy of the information that it enters into export documents.

### 3. Service Operation and Support

3.1 Vendor will use commercially reasonable efforts to keep the Service available and to carry out planned maintenance outside Customer's business hours where practicable.

3.2 Support is provided by email and through the support portal during Vendor's normal business hours in England. Vendor will respond to support requests as soon as reasonably practicable, taking into account the nature of the request.

3.3 Vendor will make new features of the Professional edition available to Customer at no extra charge when they are released.

### 4. Intellectual Property

4.1 Vendor owns the Service and all improvements to it.

4.2 The document templates, importer portal layouts and reports configured specifically for Customer during Onboarding, and all documents generated through the Service, belong to Customer. Customer may use, copy, modify and license them freely, including through third parties, during and after the Subscription Term. Vendor will export them in an editable format at Customer's request.

### 5. Customer Data

5.1 Customer Data belongs to Customer. Vendor will process Customer Data only to provide the Service to Customer and will not use it for any other purpose, including in aggregated or de-identified form.

5.2 The Service for Customer is hosted in a data centre in mainland China. Vendor will protect Customer Data with encryption in transit and at rest, role-based access control, logging of administrative access, daily backups kept for thirty days and annual penetration tests, and will comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

5.3 Vendor will notify Customer within forty-eight hours after becoming aware of any security incident affecting Customer Data, will take prompt steps to contain it, and is responsible for the losses and regulatory penalties suffered by Customer as a result of a security incident caused by Vendor or its subcontractors.

5.4 Within thirty days after the end of the Subscription Term, Vendor will return Customer Data in a standard format and then delete it from the Service.

### 6. Confidentiality

6.1 Each party will keep confidential the other party's non-public information, including pricing, customer lists and business plans, use it only for this Order Form and disclose it only to its personnel and advisers who need to know it. This obligation continues for three years after the Subscription Term ends.

### 7. Subcontractors

7.1 Vendor may engage subcontractors and sub-processors of its choice to provide any part of the Service, including hosting, support and onboarding. Vendor keeps a current list on its website and remains responsible for their performance.

### 8. Warranties

8.1 Vendor warrants that the Service will perform materially in accordance with its documentation and that Onboarding will be carried out with reasonable skill and care.

8.2 Vendor warrants that it will not introduce any virus, malicious code or undisclosed remote access mechanism into the Service or into Customer's systems, and that the Service will support the document formats required by the customs and inspection authorities of the People's Republic of China as they are updated from time to time.

### 9. Liability

9.1 Each party's total liability under this Order Form is limited to 150% of the Total Fees. The limit does not apply to breach of Sections 5 and 6, to infringement claims or to wilful misconduct.

9.2 Neither party is liable for indirect or consequential loss, except under Section 5.3.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

10.2 If Customer terminates for Vendor's breach, Vendor will refund any fees paid for the period after termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

### 12. General

12.1 This Order Form is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

12.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible. A failure of Vendor's own hosting providers is not such an event.

12.3 Neither party may assign this Order Form without the other party's written consent, except to an affiliate that takes over its business.
"""

E03 = """T:Purchase Contract for Water-Quality Sensors and Monitoring Software
P:Contract No. DJ-PUR-2027-044 (Buyer's standard form)
P:Buyer: Zhoushan Dongji Marine Aquaculture Co., Ltd., Dongji Town, Zhoushan, Zhejiang Province, People's Republic of China.
P:Supplier: Crouch Estuary Instruments Ltd, a company registered in England, Belvedere Road, Burnham-on-Crouch, Essex, England.
P:The Buyer operates offshore net-pen and nearshore pond farms and wishes to monitor dissolved oxygen, temperature, salinity, pH and turbidity continuously. The Supplier will supply sensors, buoy gateways and monitoring software, install them and train the Buyer's staff, on the terms of this Contract.
H:1. Definitions
P:1.1 "Equipment" means the sondes, buoy gateways, mooring kits and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's ReefWatch Server monitoring software, including the alarm engine, the mobile application and the documentation.
P:1.3 "Deliverables" means the configurations, dashboards, alarm rules, interface programs and reports prepared by the Supplier specifically for the Buyer.
P:1.4 "Buyer Data" means all measurements, farm layouts, stocking records and other data collected or processed under this Contract.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and a perpetual licence to the Software, install the Software on the Buyer's servers in Zhoushan, deploy and moor the buoys at the positions in the site plan, calibrate every sonde, connect the system to the Buyer's feeding control system, and train the Buyer's staff.
P:2.2 The Equipment shall be new, of current production, and suitable for continuous use in sea water. Sondes shall have anti-fouling wipers and a calibration interval of at least ninety days.
H:3. Price
P:3.1 The Contract Price is CNY 1,984,000, inclusive of VAT, import duties, delivery to the Buyer's sites and all other costs, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality sonde|64|18,500|1,184,000
TB:2|Buoy gateway with solar power and 4G link|16|22,000|352,000
TB:3|ReefWatch Server software licence, perpetual|1|276,000|276,000
TB:|Equipment and Licence Subtotal|||1,812,000
TB:4|Installation, mooring and calibration|1 lot|148,000|148,000
TB:5|Training of operators and administrators|1 lot|24,000|24,000
TB:|Contract Price|||1,984,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or any other reason.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within fifteen working days after receiving the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within fifteen working days after all Equipment has been delivered and installed and the Installation Record has been signed. The Installation Record confirms quantity and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within fifteen working days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's warehouse in Zhoushan within seventy-five days after signature, and complete installation, mooring and calibration within forty-five days after delivery, subject to safe sea conditions.
P:5.2 If the Supplier is late in delivery or in completing installation for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.3 The Equipment shall be packed for sea transport and marked with the contract number and the site code. Each consignment shall be accompanied by a packing list, certificates of origin and quality, calibration certificates for every sonde and the import documents required by Chinese customs.
P:5.4 Mooring work at sea shall be carried out with the Buyer's work boats and under the Buyer's safety rules.
H:6. Acceptance
P:6.1 After installation, the system shall run for thirty consecutive days. Final Acceptance requires that: (a) every sonde reads within the accuracy stated in the technical specification against the Buyer's laboratory reference on three test days; (b) data from every buoy reach the Software at the set interval with no gap longer than one hour; (c) alarms for low dissolved oxygen reach the duty staff's phones within two minutes in ten out of ten tests; (d) the interface with the feeding control system stops the feeders on a low-oxygen alarm in every test; and (e) all documentation has been delivered.
P:6.2 The Buyer shall sign the Final Acceptance certificate within seven working days after the criteria are met. Use of the system during the test run, delivery, installation or payment is not acceptance.
H:7. Warranty and Support
P:7.1 The warranty period for the Equipment and the Software is thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, correct Software defects and provide all Software updates.
P:7.2 Service levels are set out in the table below. The Supplier shall keep a stock of spare sondes and gateways in Zhoushan.
TB:Severity|Definition|Response time|Restoration
TB:Severity 1|Software unavailable, or more than five buoys offline|30 minutes|8 hours (remote) / 2 days (at sea)
TB:Severity 2|One buoy offline or one sonde faulty|2 hours|3 days
TB:Severity 3|Other faults and questions|1 working day|next update
P:7.3 For each hour by which a response or restoration time is exceeded, the Supplier shall pay CNY 500 as a service credit, which the Buyer may deduct from any payment or claim under the performance guarantee.
P:7.4 After the warranty period, the Buyer may order annual maintenance at 7% of the Equipment and Licence Subtotal per year (CNY 126,840). This fee shall not increase during the first two years after the warranty period. Annual maintenance is ordered by the Buyer each year and does not renew automatically.
H:8. Training
P:8.1 The Supplier shall train up to twenty operators and four administrators at the Buyer's sites, covering sonde cleaning and calibration, buoy inspection, alarm handling, user management and backup of the Software. Training shall be given in Chinese or with an interpreter provided by the Supplier.
P:8.2 The Supplier shall provide operating manuals and maintenance manuals in Chinese and English.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the Software and the Equipment firmware and grants the Buyer a perpetual licence to use them.
P:9.2 The Deliverables belong to the Buyer. The Supplier shall deliver their source files and the Buyer may use, modify and license them without restriction.
H:10. Data Security
P:10.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:10.2 Buoy gateways shall transmit data only to the Buyer's servers, using encrypted connections. The Supplier's remote access requires the Buyer's approval for each session and is logged. The Supplier shall not copy Buyer Data to any system outside the Buyer's control.
P:10.3 The Supplier shall report any security incident affecting Buyer Data within two hours, cooperate in its investigation and bear all losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information obtained under this Contract, including farm locations, stocking data and prices, and shall not disclose it to any third party without written consent. This clause survives termination for five years.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent, and remains fully responsible for any approved subcontractor.
H:13. Liability
P:13.1 The Supplier shall compensate the Buyer for all losses caused by its breach of this Contract, including loss of fish stock caused by a failure of the Equipment or Software to raise an alarm during the warranty period. The Supplier shall maintain product liability insurance with a reputable insurer throughout the warranty period and provide a copy of the policy on request.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if liquidated damages reach their maximum.
P:14.2 On such termination the Supplier shall refund all amounts paid for Equipment or services not accepted and take back the Equipment at its own cost.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force.
H:16. Force Majeure
P:16.1 A party prevented from performing by typhoon, earthquake or another event beyond its control shall notify the other party within three days and provide evidence within fifteen days. The affected dates shall be extended by the duration of the event. Normal bad weather at sea in the delivery season is not force majeure.
H:17. Personnel and Safety
P:17.1 The Supplier's personnel shall comply with the Buyer's site and boat safety rules and wear life jackets at sea. The Supplier shall insure its personnel against accident and bears responsibility for accidents caused by its personnel.
H:18. General
P:18.1 The technical specification, site plan and acceptance test plan are annexes to this Contract. This Contract is signed in English and Chinese; both versions are equally authentic.
P:Buyer: ____________________ Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: CLMS-WX-2027-07

**Between**

**Wuxi Hengrun Precision Bearing Co., Ltd.**, Xishan District, Wuxi, Jiangsu Province, People's Republic of China (the "Customer"); and

**Castle Lane Managed Services Ltd**, a company registered in England, with its registered office on the High Street, Hadleigh, Suffolk, England (the "Supplier").

**Background.** The Customer manufactures precision bearings at two plants in Wuxi and wishes to outsource the operation of its office IT to the Supplier. The Supplier provides managed IT services to manufacturing companies in China through its delivery team in Suzhou. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including the Transition.

1.2 "Transition" means the work to take over the Customer's IT environment from its current provider, as described in Schedule 1, Part B.

1.3 "Service Commencement Date" means the date of the Transition Acceptance certificate under Section 4.

1.4 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Supplier accesses, stores or processes in providing the Services.

1.5 "Charges" means the charges set out in Schedule 3.

## Section 2. Services

2.1 The Supplier shall provide the Services from the Service Commencement Date in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 The Supplier shall provide the Services with personnel who are suitably qualified and who speak Mandarin. The service desk shall be staffed from Suzhou; on-site engineers shall be based in Wuxi.

2.3 The Supplier shall comply with the Customer's IT security policies, site rules and change management procedure as notified to it from time to time.

## Section 3. Term and Renewal

3.1 The initial term is thirty-six months from the Service Commencement Date.

3.2 This Agreement renews automatically at the end of the initial term and of each renewal term for a further renewal term of twenty-four months, unless either party gives written notice of non-renewal at least ninety days before the end of the current term.

3.3 The Supplier may increase the Monthly Service Charge for any renewal term by written notice given at least one hundred and twenty days before the renewal term begins. Any such increase shall not exceed 6% of the Monthly Service Charge in force at the end of the current term.

## Section 4. Transition and Acceptance

4.1 The Supplier shall complete the Transition within sixty days after signature of this Agreement.

4.2 Transition Acceptance requires that: (a) all assets in the Customer's asset register have been verified and recorded in the Supplier's management tools; (b) monitoring is active for all servers, network devices and backup jobs listed in Schedule 1; (c) a full restore test of the ERP and file servers has succeeded; (d) all administrative passwords have been changed and are held in the Customer's password vault; and (e) the service desk has handled tickets for ten consecutive working days within the Schedule 2 response times. The Customer shall issue a Transition Acceptance certificate within five working days after these criteria are met.

4.3 If the Transition is not accepted within the period in Section 4.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 2,000 for each day of delay, up to CNY 80,000 in total.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears.

5.2 The Customer shall pay each correct invoice within thirty days of receipt. Service credits under Schedule 2 are deducted from the next invoice.

5.3 The Charges are inclusive of VAT and of all travel and expenses of the Supplier's personnel in Wuxi and Suzhou.

## Section 6. Data Protection and Security

6.1 Customer Data belongs to the Customer. The Supplier shall use Customer Data only to provide the Services and shall not use it for any other purpose or disclose it to any third party.

6.2 The Supplier shall access the Customer's systems only through the Customer's privileged access management system, with named accounts and multi-factor authentication. The Supplier's management tools that store Customer Data shall be hosted in mainland China. The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

6.3 The Supplier shall report any actual or suspected security incident affecting Customer Data within two hours after becoming aware of it, take immediate containment measures, and bear the costs and losses caused by incidents attributable to the Supplier.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Customer's product drawings, prices, customer lists and network architecture, and shall not disclose it without prior written consent. This Section continues to apply for five years after termination.

## Section 8. Intellectual Property

8.1 The Supplier keeps its management tools and its general know-how.

8.2 Runbooks, scripts, configuration baselines, documentation and reports prepared specifically for the Customer belong to the Customer, which may use, modify and license them freely, including with a successor provider.

## Section 9. Subcontracting

9.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains responsible for the performance of any approved subcontractor.

## Section 10. Liability

10.1 The Supplier's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach that is not remedied within thirty days after written notice, or if the Supplier fails the same Priority 1 service level in three consecutive months.

11.2 On expiry or termination, the Supplier shall provide exit assistance for up to ninety days at the then current Charges, return all Customer Data and hand over all documentation under Section 8.2.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in accordance with its rules. The award is final.

## Section 13. Customer Responsibilities

13.1 The Customer shall give the Supplier's personnel access to its premises and systems as reasonably required, provide desks and network access for the on-site engineers, and appoint a service manager who meets the Supplier's service manager monthly to review the service reports.

13.2 The Customer remains responsible for buying hardware and software licences, unless the parties agree otherwise in a change order.

## Section 14. Force Majeure and General

14.1 Neither party is liable for a failure caused by an event beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. The Supplier's backup and restore obligations in Schedule 1 continue to apply during such an event.

14.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Changes must be agreed in writing. This Agreement is made in English and Chinese, and both versions have equal effect.

## Schedule 1 - Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Mandarin and English, 08:00-20:00 on working days, on-call outside these hours; about 850 users |
| A2 | End-user computing | About 900 laptops and desktops, printers and mobile devices: installation, patching, antivirus, moves and changes |
| A3 | Server and network operations | 38 servers, two data rooms, 64 switches, firewalls and Wi-Fi controllers: monitoring, patching, capacity reports |
| A4 | Backup and restore | Daily backup of servers and ERP database, monthly restore test, quarterly report |
| A5 | On-site support | Two engineers on site in Wuxi on working days |
| B | Transition | Asset discovery, knowledge transfer from the current provider, tool deployment, password rotation |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | ERP, MES interface, email or a plant network down | 15 minutes | 6 hours |
| P2 | A department or a critical user cannot work | 30 minutes | 8 working hours |
| P3 | A single user affected, workaround available | 2 working hours | 3 working days |
| P4 | Requests and questions | 1 working day | 5 working days |

Service credits: for each P1 incident whose response or resolution time is missed, 2% of the Monthly Service Charge; for each missed P2 incident, 0.5% of the Monthly Service Charge. Total service credits in a month are limited to 20% of the Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 74,000 |
| Monthly Service Charge | CNY 58,000 per month for thirty-six months | 2,088,000 |
| Total for the initial term | | 2,162,000 |

Signed for the Customer: ____________________ Signed for the Supplier: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. GVD-2027-CN-052

PARTIES

Gipping Valley Data Ltd, a company registered in England, with its office at Bury Street, Stowmarket, Suffolk, England ("Vendor").

Henan Zhongmu Feed Group Co., Ltd., Zhengzhou, Henan Province, People's Republic of China ("Customer").

BACKGROUND

Customer buys maize, soybean meal, wheat bran and other feed ingredients in China and abroad. It wishes to receive daily market prices, freight rates, crop condition reports and weather forecasts for the main producing regions through an application programming interface, for use in its purchasing and formulation decisions. Vendor compiles such data from exchanges, port agents, field observers and meteorological sources.

1. DEFINITIONS

1.1 "Data" means the price series, freight assessments, crop condition reports, forecasts and other content delivered by Vendor under this Agreement.

1.2 "API" means Vendor's GrainLens application programming interface and the daily bulk files described in clause 2.

1.3 "Subscription Year" means the period beginning on the Start Date and ending on the day before its first anniversary, and the period beginning on that anniversary and ending on the day before the second anniversary.

1.4 "Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Customer Inputs" means the watch-lists, portfolio positions, queries and other information that Customer sends to the API.

1.6 "Integration Adapter" means the software that Vendor will write for Customer to load the Data into Customer's purchasing system and formulation software.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API for the following data packages: Global Grains and Oilseeds (futures settlements, physical basis at fourteen origins, port prices), Dry Bulk Freight (Panamax and Supramax routes to Chinese ports), and Crop and Weather (weekly crop condition for the United States, Brazil, Argentina, Ukraine and Northeast China, and fifteen-day weather forecasts).

2.2 Vendor shall deliver daily bulk files to Customer's SFTP server by 07:30 Beijing time on each Chinese working day.

2.3 Customer may use the Data within its own group, for up to forty named users, and may show the Data in internal reports and in its formulation software.

2.4 Vendor shall write, install and test the Integration Adapter as part of the setup services.

2.5 Vendor shall give two online training sessions for Customer's purchasing and nutrition teams at the start of the term, and one refresher session in the second Subscription Year, covering the content of each data package, the methods behind the main assessments and the use of the API documentation.

3. TERM

3.1 This Agreement runs for two Subscription Years from the Start Date and then expires. It does not renew automatically. Any extension requires a written amendment signed by both parties.

4. SETUP AND INTEGRATION ACCEPTANCE

4.1 Vendor shall complete the setup services, including the Integration Adapter, within forty-five days after signature.

4.2 Integration Acceptance requires that: (a) all data packages in clause 2.1 are available through the API for Customer's test account; (b) daily bulk files arrive on time for ten consecutive working days; (c) the Integration Adapter loads every file into Customer's purchasing system and formulation software with record counts matching the source files; and (d) the historical series for the last ten years have been delivered. Customer shall sign an Integration Acceptance certificate within five working days after these criteria are met.

4.3 If Integration Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 700 for each day of delay, up to CNY 40,700 in total.

5. FEES AND PAYMENT

5.1 The Subscription Fee is CNY 394,000 for each Subscription Year, that is CNY 788,000 for the two Subscription Years. The one-time setup fee, including the Integration Adapter, is CNY 26,000. The Total Fees under this Agreement are CNY 814,000.

5.2 The Subscription Fee is invoiced quarterly in arrears at CNY 98,500 per quarter. The setup fee is invoiced after Integration Acceptance. Customer shall pay each correct invoice within thirty days.

5.3 All fees are in CNY, include VAT and are fixed for the term.

6. SERVICE LEVELS

6.1 Vendor shall provide technical support by telephone and email in English and Mandarin from 07:00 to 22:00 Beijing time on every day of the year.

6.2 Severity 1 (the API cannot be reached or the daily files are not delivered): Vendor shall respond within one hour and restore delivery within six hours. Severity 2 (a data package is incomplete or a series is wrong): response within three hours and correction by the next delivery. Severity 3: response within one working day.

6.3 Service credits: for each Severity 1 or Severity 2 incident where Vendor misses the response or restoration time, Customer receives a credit of 3% of the quarterly Subscription Fee; for each day on which the daily files arrive more than two hours late, a credit of 1% of the quarterly Subscription Fee. Credits are deducted from the next invoice.

7. DATA QUALITY

7.1 Vendor shall compile the Data with reasonable care, correct errors promptly when they are found or reported, and publish a correction notice to Customer.

7.2 Vendor shall document its sources and methods for each series and tell Customer at least thirty days in advance if a series is to be discontinued or its method changed.

7.3 Vendor shall send Customer a monthly service report showing the delivery time of each daily file, incidents and their resolution, corrections published and credits due.

7.4 Vendor shall provide the Data in CSV and JSON formats, with field definitions and units in English and Chinese. Prices shall be given in their original currency and, where Vendor publishes them, converted to CNY at the published reference rate of the People's Bank of China for the day.

7.5 Vendor may add new series or improve the API at any time without charge. Vendor shall not remove any series listed in the data package descriptions during the term, unless the source ceases to publish it, in which case Vendor shall offer a comparable replacement series.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the Data and the API. Vendor grants Customer a non-exclusive, non-transferable licence to use the Data as set out in clause 2.3 during the term. Customer may keep and continue to use the Data received during the term in its internal historical records after the term ends.

8.2 The Integration Adapter, including its source code, and any models, dashboards and reports that Customer or Vendor creates for Customer using the Data belong to Customer, which may use, modify and license them freely.

8.3 Customer shall not resell the Data or provide it to any person outside its group, except in summary form in its reports to banks and auditors.

9. CUSTOMER INPUTS

9.1 Customer Inputs remain the property of Customer. Vendor shall use Customer Inputs only to deliver the API and the Data to Customer and shall not use them for any other purpose.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 Vendor shall not subcontract the setup services or the operation of the API without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.

10.2 Neither party may assign this Agreement without the written consent of the other party.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the Total Fees.

11.2 Vendor does not guarantee any trading or purchasing result from the use of the Data. Customer remains responsible for its purchasing decisions.

12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within thirty days after notice, or if Severity 1 incidents occur on more than five days in any calendar quarter.

12.2 On termination for Vendor's breach, Vendor shall refund any fees paid for the period after termination and pay Customer's reasonable costs of moving to another data provider.

12.3 On expiry or termination, Customer's access to the API ends. Vendor shall deliver, at Customer's request, a final extract of the historical series covered by the subscription up to the date of termination.

13. FORCE MAJEURE

13.1 Neither party is liable for a delay or failure caused by an event beyond its reasonable control, such as the suspension of an exchange or a public network failure, provided that it notifies the other party promptly and resumes performance as soon as possible. Where a source stops publishing for more than thirty days, the parties shall agree a fair reduction of the Subscription Fee for the affected package.

14. DISPUTES

14.1 Any dispute arising out of this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The arbitration shall be conducted in English and Chinese. The award is final and binding.

15. GENERAL

15.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

15.2 Notices shall be sent by email to the contacts named by each party and confirmed by courier.

15.3 This Agreement is signed in two originals in English, one for each party.

Signed for Vendor: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# files

FILES = {
    "z01": ("h1129z01_agri_inputs_supervision_platform", "pdf", Z01),
    "z02": ("h1129z02_filling_line_control_retrofit", "docx", Z02),
    "z03": ("h1129z03_nutrition_training_chain_booking_saas", "txt", Z03),
    "z04": ("h1129z04_fuel_station_cctv_annual_om", "txt", Z04),
    "z05": ("h1129z05_porcelain_workshop_tracking_supplier_template", "md", Z05),
    "e01": ("h1129e01_colour_formulation_perpetual_licence_coggeshall", "pdf", E01),
    "e02": ("h1129e02_export_docs_saas_order_form_maldon", "md", E02),
    "e03": ("h1129e03_aquaculture_sensors_monitoring_burnham", "docx", E03),
    "e04": ("h1129e04_managed_it_services_36_months_hadleigh", "md", E04),
    "e05": ("h1129e05_grain_market_data_api_stowmarket", "txt", E05),
}

# ---------------------------------------------------------------------------------------------------------------------
# labels: (category, terms, extra, design rules, tco input (fee base, post-warranty years) or None)

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"

LABELS = {
    "z01": ("software",
            T(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False,
              "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1770000),
            [], 868000),
    "z02": ("hardware",
            T(None, 1, True, "buyer", True, True, True, 0.1, 50, 25, True, True, 24, 9, False, True, True, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1854000),
            ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], 1450400),
    "z03": ("cloud",
            T(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
              "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=758000),
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None),
    "z04": ("services",
            T(None, 0.5, True, "buyer", True, True, True, None, None, None, True, None, None, None, False, False, False,
              "PRC", S),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=486000),
            ["CR-LD-MISSING", "CR-TERMINATION"], None),
    "z05": ("software",
            T(None, 8, False, "supplier", True, True, True, 0.02, None, 55, False, False, 6, 26, False, True, None,
              None, G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1040000),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], 780000),
    "e01": ("software",
            T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
              "England and Wales", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1490000),
            ["CR-GOVERNING-LAW"], 1160000),
    "e02": ("cloud",
            T(None, None, False, "buyer", True, True, True, 600 / 568000 * 100, 150, None, True, None, None, None, False,
              True, True, "PRC", S),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=568000),
            ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], None),
    "e03": ("hardware",
            T(None, 0.5, True, "buyer", True, True, True, 0.08, None, 10, True, True, 36, 7, False, True, False, "PRC",
              G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1984000),
            [], 1812000),
    "e04": ("services",
            T(None, 0.25, True, "buyer", True, True, True, 2000 / 2162000 * 100, 6 / 36 * 100, None, True, None, None,
              None, True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2162000),
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"], None),
    "e05": ("cloud",
            T(None, 1, True, "buyer", False, True, False, 700 / 814000 * 100, 200, None, True, None, None, None, False,
              True, False, None, S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=814000),
            ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"], None),
}

# itemised prices, asserted
SUMS = {
    "z01": ([868000, 596000, 214000, 92000], 1770000),
    "z02": ([708000, 312000, 58800, 93600, 186000, 92000, 238000, 146000, 19600], 1854000),
    "z03": ([2 * 336000, 86000], 758000),
    "z04": ([312000, 98000, 52000, 24000], 486000),
    "z05": ([780000, 200000, 60000], 1040000),
    "e01": ([1160000, 284000, 46000], 1490000),
    "e02": ([268000, 268000, 32000], 568000),
    "e03": ([64 * 18500, 16 * 22000, 276000, 148000, 24000], 1984000),
    "e04": ([74000, 36 * 58000], 2162000),
    "e05": ([2 * 394000, 26000], 814000),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (default pack values, as read from policy.md section 3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)
HORIZON = 5


def tco_share(t, x, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or base is None:
        return None
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * post_years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy section 3 and its 'Where rules apply' notes, applied to a label."""
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
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # no draft here has a forum outside mainland China with PRC law
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules or all(r in LOW for r in rules) else "medium"


EXPECTED_RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "high", "z05": "high", "e01": "low",
                 "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}

# ---------------------------------------------------------------------------------------------------------------------
# no threshold figure in any text

_NUM = r"(?<![\d.,])"
TH_PATTERNS = [
    _NUM + r"99\.9(?!\d)",
    _NUM + r"4\s*(?:个)?\s*(?:小时|钟头|hours?|hrs?\b|h\b)",
    r"(?<![十\d])四\s*(?:个)?\s*(?:小时|钟头)",
    r"(?<!twenty)(?<!twenty-)(?<!twenty\s)four[\s-]*(?:\(4\)\s*)?hours?",
    _NUM + r"0?\.05\s*(?:%|％|per\s*cent|percent)",
    r"万分之五(?![十])", r"千分之零点五", r"百分之零点零五",
    _NUM + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"one[\s-]*hundred\s*per\s*cent",
    _NUM + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])",
    r"thirty\s*per\s*cent",
    _NUM + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![一二三四五六七八九])百分之十五(?![点])",
    r"fifteen\s*per\s*cent",
    _NUM + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])",
    r"forty\s*per\s*cent",
    _NUM + r"12\s*(?:个\s*月|months?)", r"(?<![\d年])12\s*月(?!\s*\d{1,2}\s*日)", r"(?<![\d十一二三四五六七八九])十二\s*个\s*月", r"twelve[\s-]*months?",
    _NUM + r"12-months?",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["可用率99.9%", "99.9 %", "4小时内响应", "4 小时", "四小时", "四个小时", "within 4 hours", "four hours",
            "four (4) hours", "0.05%", "0.05 per cent", "万分之五", "100%", "百分之百", "100 per cent", "30%", "30 %",
            "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "百分之四十", "12个月", "十二个月",
            "12 months", "twelve months", "质保期12月", "twelve-month", "4h", "4hours", "fourhours", "12months", "30.0%"]
MUST_MISS = ["24小时", "二十四小时", "twenty-four hours", "twenty four hours", "24 hours", "99.95%", "99.5%", "130%",
             "150%", "1.5%", "0.15%", "115%", "0.055%", "万分之五十", "百分之三十五", "45%", "14小时", "112 months",
             "fourteen hours", "2,100%", "120%", "1,040,000", "2012 months", "2027年12月31日", "2027 年 12 月 1 日"]


def self_test():
    for s in MUST_HIT:
        assert TH_RE.search(s), ("must hit", s)
        assert TH_RE.search(re.sub(r"\s+", "", s)), ("must hit, no space", s)
    for s in MUST_MISS:
        assert not TH_RE.search(s), ("must miss", s, TH_RE.search(s))
        assert not TH_RE.search(re.sub(r"\s+", "", s)), ("must miss, no space", s)


# ---------------------------------------------------------------------------------------------------------------------
# read back


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


def size(text, zh):
    return len(re.sub(r"\s", "", text)) if zh else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for key, (parts, total) in SUMS.items():
        assert sum(parts) == total == LABELS[key][2]["contract_value"], key
    targets, sources = {}, {}
    for key, (stem, ext, src) in FILES.items():
        if ext in ("docx", "pdf"):
            targets[key], sources[key] = (stem + "." + ext, ext), src
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    for key, (stem, ext, src) in FILES.items():
        zh = key.startswith("z")
        path = OUT / (stem + "." + ext)
        text = read_back(path)
        n = size(text, zh)
        lo, hi = (2750, 3000) if zh else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = TH_RE.search(form)
            assert not m, (key, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        category, terms, extra, design, base = LABELS[key]
        assert list(terms) == TERM_KEYS
        for k, v in terms.items():
            if k in TH and isinstance(v, (int, float)) and not isinstance(v, bool):
                assert v != TH[k], (key, k, v)
        share = tco_share(terms, extra, base)
        if share is not None:
            assert abs(share - TH["tco_share"]) > 2, (key, share)
        rules = derive(terms, extra, base)
        assert rules == sorted(design), (key, rules, design)
        assert risk(rules) == EXPECTED_RISK[key], (key, risk(rules))
        fired |= set(rules)
        label = {"file": path.name, "language": "zh" if zh else "en", "category": category,
                 "expected_terms": terms, "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-62s %5d %s %s TCO %s" % (key, path.name, n, "zh chars" if zh else "en words", rules,
                                            None if share is None else round(share, 1)))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    # the mix
    counts = {k: len(derive(*[LABELS[k][i] for i in (1, 2, 4)])) for k in FILES}
    assert [k for k in FILES if counts[k] == 0] == ["z01", "e03"]
    assert derive(*[LABELS["e01"][i] for i in (1, 2, 4)]) == ["CR-GOVERNING-LAW"]
    assert 8 <= counts["z05"] <= 10
    assert all(2 <= counts[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; every rule fires at least once")


if __name__ == "__main__":
    main()
