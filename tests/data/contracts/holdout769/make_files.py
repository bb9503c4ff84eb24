"""holdout769: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Sources of every draft are kept below. .txt and .md are written as they are; .docx and .pdf are built with
../word_pdf.py (PDF paragraphs pre-wrapped at word boundaries). Labels are written from DESIGN; the script asserts
price sums, text lengths as read back, that no label value or text sits on a policy threshold, and that the rules
derived from each label (policy section 3, as read in NOTES.md) equal the design list and cover all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H769Z01 = """T:菜篮子工程平价商店运行监测平台建设项目合同
P:合同编号：SWJ-ZFCG-2026-0418
P:采购人（甲方）：洛川市商务局
P:供应商（乙方）：秦川数智信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方就菜篮子工程平价商店运行监测平台（以下简称“监测平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供市场运行监测平台软件许可一套（永久使用，不限用户数），用于全市126家平价商店、8个农贸市场的价格与供应监测。
P:1.2 乙方按甲方需求定制开发：平价商店价格采集App、门店每日上报与异常预警模块、财政补贴核算与公示模块、对接省级商务运行监测系统的数据接口。
P:1.3 乙方负责部署、历史数据导入、培训及试运行支持，具体以招标文件技术需求及附件1《功能清单》为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾叁万元整（¥1,230,000.00），其中：平台软件许可费¥486,000；定制开发费¥628,000；部署及数据对接费¥94,000；培训费¥22,000。
P:2.2 合同总价为固定价格，包含税费、差旅、第三方组件授权等全部费用，甲方无需另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后十个工作日内，甲方支付合同总价的20%作为预付款，计¥246,000。
P:3.2 项目通过初步验收后，甲方支付合同总价的45%，计¥553,500。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，计¥430,500。
P:3.4 款项由甲方通过国库集中支付方式支付至乙方指定账户，乙方应按财政要求提供合规发票。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起九十日内完成部署和定制开发并申请初步验收，初步验收后进入六十日试运行。
P:4.2 乙方应按周报送项目进度，出现延误风险时应书面说明原因及补救措施。
P:4.3 乙方应组建不少于六人的项目团队，项目经理须具有类似政务信息化项目经验，未经甲方同意不得更换；甲方有权要求更换不称职的人员。
P:4.4 乙方应为甲方及各区县商务部门、平价商店操作人员提供不少于四期集中培训和现场指导，培训教材和视频由乙方提供并归甲方使用。
H:第五条 验收
P:5.1 初步验收标准：附件1所列功能全部实现；采集App在126家门店完成安装并连续十日正常上报；省级接口数据比对一致；门店上报页面在200个并发用户下响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；补贴核算结果经甲方抽查核对无误；第三方机构出具的安全测评报告无高危漏洞；技术文档、源代码及操作手册移交完毕。
P:5.3 甲方在收到验收申请后十五个工作日内组织验收并出具书面意见。系统上线运行、甲方使用或支付款项均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新申请验收。
P:5.4 验收时乙方应提交测试报告、部署文档、接口说明、数据字典和用户手册，并对甲方提出的问题逐项书面答复；验收合格以双方签署的验收报告为准。
H:第六条 服务水平
P:6.1 质保期内，监测平台月可用率不低于99.95%（计划内维护时间除外）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或价格数据无法上报）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决；三级故障两个工作日内解决。
P:6.3 响应或恢复每超时1小时，甲方可在质保金或维护费中扣减¥500；月可用率每低于约定值0.01个百分点，扣减¥800。
H:第七条 质量保证与后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程支持。
P:7.2 质保期满后，甲方如需继续维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥43,740），该价格三年内不作上调。维护合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 定制开发形成的App、模块、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:8.2 平台软件原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 监测平台采集的价格、门店、补贴等全部数据归甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:9.2 乙方应落实网络安全等级保护二级要求，采取访问控制、加密存储、操作日志审计等措施；远程运维须经甲方批准并通过堡垒机进行。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任。
P:9.4 合同终止或维护期结束时，乙方应将其掌握的全部数据交还甲方，并删除其保存的副本，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对在履约中知悉的甲方工作秘密、商户信息及未公开的价格数据负有保密义务，保密期限不因合同终止而终止。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺，人员离场时收回其账号和资料；未经甲方书面同意，乙方不得以本项目名义进行宣传。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿损失。
P:11.3 甲方未按约定付款的，应按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
P:13.2 逾期交付超过六十日的，甲方有权解除合同。
P:13.3 合同解除后，乙方应在十五日内移交已完成的开发成果、源代码、文档和全部数据，甲方按已验收部分据实结算。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方根据影响程度协商延期或部分免除责任。不可抗力消除后，乙方应尽快恢复履行。
H:第十六条 甲方的权利义务
P:16.1 甲方负责提供部署所需的政务云资源、网络接入及门店基础信息，协调各平价商店配合App安装和上报；甲方有权对项目实施过程进行监督检查，并要求乙方提供进度和质量相关资料。
H:第十七条 通知
P:17.1 双方往来通知以书面形式送达合同首页所列地址，或发送至双方指定的电子邮箱；一方联系方式变更的，应在三日内书面通知对方，否则送达原地址即视为有效送达。
H:第十八条 其他
P:18.1 招标文件、投标文件、中标通知书及附件均为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件1：功能清单　附件2：项目实施计划
P:甲方（盖章）：洛川市商务局　　　乙方（盖章）：秦川数智信息技术有限公司
"""

H769Z02 = """T:膨化及干燥生产线控制系统改造合同
P:合同编号：NH-JS-2026-073
P:甲方（买方）：邢台瑞宠宠物食品有限公司
P:乙方（卖方）：石家庄恒拓自动化工程有限公司
P:甲方犬粮车间二号膨化生产线及配套带式干燥机的控制系统老化，故障频发且无法追溯工艺参数。为实施控制系统改造，双方经友好协商，就设备供货、软件许可、安装调试及质保期后维保事宜订立本合同。
H:第一条 改造范围
P:1.1 拆除原继电器控制柜及旧PLC，更换为新的PLC控制系统及远程IO，实现喂料、调质、膨化、切割、干燥、冷却各工段的集中控制。
P:1.2 为膨化机主电机、喂料螺旋、干燥机风机等配置变频器及电机控制柜；在干燥机各区加装温湿度传感器，在冷却器出口加装近红外在线水分仪。
P:1.3 提供HMI/SCADA软件许可及工控服务器，实现配方管理、批次记录、报警联锁及能耗统计；编制全部PLC程序和组态画面。
P:1.4 乙方负责新旧系统切换期间的接线核对、点位测试、电机转向确认和工艺参数迁移，原系统中仍在使用的配方应全部导入新系统。
P:1.5 改造须在甲方安排的停产窗口内完成，停线时间不超过十八天。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾柒万元整（¥1,470,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程IO模块|1套|412,000
TB:2|变频器及电机控制柜|7面|356,000
TB:3|干燥区温湿度传感器及在线水分仪|1批|268,000
TB:4|HMI/SCADA软件许可（永久，含配方及批次模块）|1套|186,000
TB:5|工控服务器、操作站及工业交换机|1批|118,000
TB:|设备及软件小计||1,340,000
TB:6|安装调试及程序编制|1项|118,000
TB:7|操作及维护培训|1项|12,000
TB:|合同总价||1,470,000
P:2.2 上述价格已包含运输、保险、包装、税费及安装辅材，甲方不再承担其他费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的25%作为预付款，即¥367,500。
P:3.2 全部设备到货、安装调试完成并带料试生产后，甲方支付合同总价的50%，即¥735,000。到货签收及安装完成不代表质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%，即¥367,500。
P:3.4 乙方每次请款前应开具等额增值税专用发票，甲方在收到发票及相应付款条件成就的证明文件后十五个工作日内付款；发票不合规的，付款期限相应顺延。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后四十五日内将全部设备运至甲方车间，并在甲方通知停产之日起十八日内完成拆除、安装和调试。
P:4.2 乙方施工人员须遵守甲方食品生产车间的卫生、动火和安全管理制度，施工中不得污染物料和设备。进入车间的工具和材料须经清洁检查，拆除的旧设备由乙方清运至甲方指定地点。
P:4.3 停产窗口开始前，乙方应完成全部程序的离线仿真测试，并提交施工方案、停送电方案和旧系统恢复预案，经甲方设备部确认后方可进场。改造期间如出现无法按期恢复生产的风险，乙方应立即启用恢复预案，保证生产线可按原方式运行。
P:4.4 乙方应提供设备合格证、出厂检验报告、电气图纸、PLC程序和组态画面源文件、操作及维护手册。
H:第五条 验收
P:5.1 最终验收在连续七十二小时带料生产后进行，验收标准为：各工段联锁及急停功能全部测试通过；干燥后成品水分偏差不超过±0.5个百分点；干燥各区温控精度±1℃；配方下发与批次记录完整可追溯；报警记录及能耗报表正常生成。
P:5.2 验收由甲方生产、设备、品控部门共同进行并签署验收报告。任何一项不合格的，乙方应在七日内整改并重新验收，由此延误的时间计入乙方工期。
P:5.3 设备投入生产使用不视为验收合格。
P:5.4 验收合格后，乙方应在十日内提交竣工资料一套，包括最终版电气图纸、IO点表、程序备份及参数表。
H:第六条 培训
P:6.1 乙方应在验收前对甲方操作工、电工和工艺人员分批进行培训，内容包括开停机操作、配方维护、常见报警处理、变频器参数备份和PLC程序备份恢复。培训后由乙方出具考核记录，甲方每班至少两名人员能够独立操作。
H:第七条 质量保证
P:7.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非甲方原因的故障，乙方免费维修或更换。
P:7.2 一级故障（整线停机）乙方应在1小时内响应，6小时内到场；二级故障（单工段异常）2小时内响应，次日到场。
P:7.3 乙方每超过约定响应或到场时间1小时，应向甲方支付¥800。
H:第八条 质保期满后的维保
P:8.1 质保期满后，乙方提供年度维保服务，内容包括每季度预防性巡检、备品备件、驻场工程师支持、软件升级及程序优化。
P:8.2 年度维保费按设备及软件小计的26%计取，即每年¥348,400，三年内不作调整；维保合同到期后由双方协商另行签订，不自动续期。
P:8.3 维保期内的故障响应时间与本合同第七条第7.2款相同，超时按第7.3款执行；乙方每季度巡检后应提交巡检报告，列明设备状态、隐患及整改建议。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的0.08%支付违约金。
P:9.2 因乙方施工或设备质量原因造成甲方停产、物料报废的，乙方应赔偿甲方实际损失。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 知识产权
P:10.1 乙方为本项目编制的PLC程序、组态画面、报表模板及其源文件归甲方所有，甲方可自行修改或交由第三方维护。
P:10.2 SCADA软件及设备固件的知识产权归其权利人，乙方保证甲方享有永久使用权。
H:第十一条 生产数据归属
P:11.1 控制系统产生的配方、工艺参数、批次记录和能耗数据归甲方所有，乙方不得将其用于本合同以外的目的。
H:第十二条 保密
P:12.1 乙方对在施工和服务中知悉的甲方配方、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后五年内持续有效。
H:第十三条 分包
P:13.1 乙方如需将电气安装工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:14.2 逾期交货超过三十日的，甲方有权解除合同。
P:14.3 合同解除后，乙方应协助甲方恢复生产线的正常运行，并移交已完成的程序和资料。
H:第十五条 安全生产与不可抗力
P:15.1 乙方应为进场人员办理意外伤害保险，施工中因乙方原因发生的人身伤害和财产损失由乙方承担。动火、登高及带电作业须办理甲方作业票。
P:15.2 因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，双方协商顺延工期；不可抗力持续超过六十日的，任何一方可书面通知解除合同。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。争议协商不成的，提交邢台仲裁委员会仲裁。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：设备清单及技术参数、停产窗口施工计划。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

H769Z03 = """少儿科学实验课门店预约及会员管理系统（SaaS）服务合同

合同编号：KX-SaaS-2026-0215
甲方：杭州小牛顿科学教育连锁管理有限公司
乙方：杭州云约软件科技有限公司

甲方在华东地区经营三十家少儿科学实验课门店，为统一课程预约、会员储值和门店运营管理，拟采用乙方提供的门店预约及会员管理系统（以下简称“本系统”）。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方以软件即服务方式向甲方三十家门店提供本系统的使用权，包括课程排期与预约、会员档案与储值、课包核销、教具耗材领用、家长端小程序、门店经营报表等功能。
2. 本系统部署在乙方租用的境内公有云上，乙方负责系统的运行、维护、升级和安全防护。
（二）实施服务
1. 乙方负责系统配置、三十家门店课程及会员历史数据迁移、甲方微信小程序及支付通道对接、总部与门店两级权限设置。
2. 乙方为甲方总部及门店店长、前台、实验课教师提供培训，培训不少于三轮，每轮结束后提交培训签到和考核记录。
（三）门店增减
服务期内甲方新开门店的，可按本合同单价增加开通，费用按剩余服务天数折算；门店关闭的，甲方可提前十五日通知停用，停用门店的剩余订阅费在下一期应付款中抵减。
（四）服务期限
本合同服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。

二、合同价款与支付
（一）合同总价为人民币伍拾万零捌仟元整（¥508,000），其中：
1. 订阅费：三十家门店×每店每服务年度¥6,800×两个服务年度，合计¥408,000；
2. 实施费（配置、数据迁移、小程序及支付对接）：¥86,000；
3. 培训费：¥14,000。
（二）实施费和培训费在上线验收合格后十个工作日内一次性支付。
（三）订阅费按服务年度支付，每个服务年度开始后十五个工作日内，甲方支付该服务年度订阅费¥204,000。
（四）乙方应在收款前开具合规的增值税发票。

三、上线与验收
（一）乙方应在合同签订后四十五日内完成实施并申请上线验收。
（二）上线验收标准：
1. 合同附件所列功能全部可用，三十家门店均能正常完成预约、签到、核销和储值业务；
2. 历史会员、课包余额和储值余额迁移后与甲方原系统逐条核对一致；
3. 小程序在周末高峰时段模拟八百名家长同时预约，页面响应时间不超过3秒；
4. 连续十四日试运行未发生一级故障。
（三）甲方在收到验收申请后十个工作日内组织验收，出具书面验收意见。系统试运行或甲方门店开始使用，均不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥400。
（五）验收时乙方应提交数据迁移核对报告、系统操作手册、门店操作视频、接口说明和应急预案；验收未通过的，乙方应在七日内整改后重新申请，整改期间计入逾期天数。

四、服务水平
（一）本系统每月可用率不低于99.95%，乙方事先通知的计划维护应安排在门店营业时间以外。
（二）故障分级：
1. 一级故障：全部或多数门店无法预约、核销或收款，乙方应在30分钟内响应，3小时内恢复；
2. 二级故障：个别门店或个别功能异常，2小时内响应，当日内解决；
3. 三级故障：咨询及一般性问题，一个工作日内答复。
（三）月可用率低于约定值的，每低0.1个百分点抵扣当月订阅费的2%；一级故障响应每超时30分钟，抵扣当月订阅费的1%。抵扣金额在下一服务年度订阅费中扣除。

（四）乙方应每日对系统数据进行全量备份，备份数据异地存放，保留不少于三十日；发生故障时恢复点目标不超过一小时。乙方每季度向甲方提供服务报告，列明可用率、故障处理、版本更新和安全事件情况。
（五）乙方应设立专属客户经理和门店服务热线，服务时间覆盖门店营业时间，包括周末及法定节假日。

五、数据与个人信息保护
（一）甲方在本系统中录入或产生的会员、儿童学员、家长联系方式、储值及消费记录等数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的。
（二）乙方应遵守《个人信息保护法》及儿童个人信息保护的相关规定，对儿童个人信息加密存储、单独授权、最小化访问，保留访问日志不少于六个月。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担甲方因此遭受的全部损失，包括向家长的赔偿和监管处罚。
（四）服务终止后三十日内，乙方应按甲方要求将全部数据以通用格式导出交付，并删除乙方保存的数据。

（五）乙方不得在家长端小程序或门店端页面投放广告，不得利用本系统向家长推送与甲方业务无关的信息，不得以任何方式诱导家长注册乙方其他产品。

六、知识产权
（一）本系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、课程报表模板及对接程序归甲方所有，乙方应交付源代码，甲方可自行或委托他人修改使用。

七、保密
双方对履约中知悉的对方商业秘密，包括甲方的课程体系、门店经营数据、会员规模和价格策略，负有保密义务，合同终止后三年内仍须遵守。未经对方书面同意，任何一方不得将对方名称、商标用于宣传或案例展示。

八、服务外包
乙方可将短信通道、云资源运维、小程序客服等部分工作交由第三方完成，但应提前十日书面通知甲方，并对第三方的行为承担责任。

九、续期
服务期满前三十日，甲方未书面提出不续订的，本合同自动续期一个服务年度，可连续续期。续期年度的订阅单价由乙方根据届时的标准价格表确定，并于续期前通知甲方。

十、双方的其他权利义务
（一）甲方应指定项目负责人，按时提供门店资料、课程体系、历史数据和小程序账号，配合完成测试与验收。
（二）甲方负责门店终端设备、网络及收银扫码设备，并督促门店员工妥善保管账号密码。
（三）乙方进行系统版本升级的，应提前五个工作日通知甲方；升级不得降低已有功能，不得导致甲方数据丢失，升级后出现问题的，乙方应及时回退。
（四）乙方新增的通用功能，甲方可在服务期内免费使用。

十一、违约责任
（一）乙方未按约定提供服务，给甲方造成损失的，应予赔偿。
（二）甲方逾期支付费用超过三十日，经乙方催告后仍未支付的，乙方可暂停部分非核心功能，但不得删除或锁定甲方数据，不得影响门店已预约课程的核销。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十日内未改正的，甲方有权解除合同，乙方应退还未履行服务年度的费用。
（二）一级故障在一个自然月内发生三次以上的，甲方有权解除合同。

十三、不可抗力
因不可抗力或政府行为导致不能履行的，受影响一方应及时通知对方并减少损失，双方协商处理；公有云服务商的一般故障不属于不可抗力。

十四、其他约定
（一）本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
（二）本合同附件包括功能清单、门店清单和实施计划，与本合同具有同等效力。本合同一式两份，双方各执一份，自签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

H769Z04 = """儿童保健信息系统年度运维服务合同

项目名称：儿童保健信息系统2026年度运维服务（竞争性磋商）
项目编号：QZFY-CS-2026-011
采购人（甲方）：衢江市妇幼保健院
成交供应商（乙方）：浙江安澜医疗信息技术有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就甲方儿童保健信息系统（以下简称“儿保系统”）年度运维服务达成如下协议。

第一条 服务范围
（一）运维对象：儿保系统的儿童建档、体格检查、生长发育评估、高危儿管理、预约叫号、儿保手册打印等子系统，以及儿保系统与医院HIS、LIS、区域妇幼健康信息平台和出生医学证明系统的接口。
（二）服务内容：
1. 驻场运维：乙方派驻一名工程师在甲方信息科驻场，工作日全天及周六上午儿保门诊开诊时间在岗，处理日常问题、账号权限、报表导出等需求；
2. 巡检与升级：每月巡检一次，按上级卫生健康部门要求完成系统升级和报表口径调整；
3. 数据库运维：数据库性能监控、每日备份及每季度恢复演练；
4. 等保测评配合：配合甲方完成年度网络安全等级保护测评，并对测评发现的应用层问题进行整改。
（三）人员要求：驻场工程师应具有三年以上医疗信息系统运维经验，熟悉儿保业务流程；乙方另设项目经理一名和二线技术支持团队，二线人员须具备数据库及中间件运维能力。驻场人员名单须经甲方确认，更换须提前十日书面申请。
（四）服务期：自2026年3月1日起至2027年2月28日止。

第二条 服务费用及支付
（一）服务费总额为人民币叁拾伍万陆仟元整（¥356,000），包括：驻场运维¥198,000，巡检升级及接口维护¥96,000，数据库运维及备份¥44,000，等保测评配合¥18,000。
（二）服务费按季度支付，每季度末经甲方季度考核合格后，乙方开具发票，甲方在收到发票后十五个工作日内支付当季服务费¥89,000。
（三）本合同不设预付款。
（四）服务费已包含乙方人员工资、社保、差旅、食宿、工具软件及二线支持等全部费用；服务期内因上级部门政策调整产生的一般性报表及接口调整，不另行收费。

第三条 服务水平
（一）儿保系统核心业务（建档、体检录入、预约叫号）年度可用率不低于99.95%。
（二）故障分级与响应时限：
1. 一级故障：儿保门诊无法建档、体检数据无法录入或叫号系统瘫痪，乙方应在15分钟内响应，1小时内到场，2小时内恢复业务；
2. 二级故障：单个子系统或接口异常，不影响门诊主流程，30分钟内响应，当日内解决；
3. 三级故障：报表、打印等一般问题，一个工作日内解决。
（三）乙方应建立运维工单记录，每月向甲方提交运维报告，列明故障数量、处理时长、巡检结果和遗留问题。

（四）重要时段保障：在儿童预防接种集中日、托幼机构入园体检季及上级督导检查期间，乙方应增派人员现场保障，并提前完成系统检查。
（五）应急预案：乙方应在服务期开始后十五日内提交儿保系统应急预案，包括断网、服务器故障、数据库损坏和接口中断时的手工登记及补录流程，并每半年配合甲方演练一次。

第四条 考核与验收
（一）甲方每季度依据附件《运维服务考核表》对乙方进行考核，考核内容包括故障响应及时率、问题解决率、巡检完成情况、驻场出勤和文档完整性，满分一百分，八十分以上为合格。
（二）服务期满后，甲方组织年度验收，验收标准为：全年四次季度考核均合格；运维文档、配置清单、账号清单和备份介质完整移交；等保测评中的应用层问题全部整改完毕。
（三）季度考核不合格的，乙方应在十日内提交整改报告并完成整改，甲方复核合格后支付当季服务费。考核结果作为甲方下年度选择运维服务商的参考。
（四）年度验收时，乙方应提交年度运维总结报告，包括全年故障统计与原因分析、系统运行风险评估和下一年度优化建议，经甲方信息科和儿童保健科共同签字确认。

第五条 数据安全
（一）儿保系统中儿童及其监护人的个人信息、健康检查记录和评估结果均归甲方所有。乙方仅能在运维所需范围内接触数据，不得复制、留存或用于其他任何目的。
（二）乙方人员须签署数据安全承诺书，远程运维须经甲方信息科审批并通过堡垒机进行，全程录像；乙方不得使用个人设备存储甲方数据。
（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，并配合调查和处置。因乙方原因导致数据安全事件的，乙方承担全部法律责任及甲方的全部损失。

（四）服务期满或合同解除时，乙方应交回全部账号、权限和运维资料，删除运维过程中产生的临时数据，并出具书面确认。

第六条 保密
乙方及其人员对服务中知悉的患者信息、医院内部管理资料、网络拓扑和账号口令负有保密义务，不得向任何第三方披露。保密义务不因合同终止而解除。乙方人员离职的，乙方应督促其继续履行保密义务，并及时收回相关权限。

第七条 知识产权
乙方在服务期内为甲方编写的脚本、报表、接口调整程序和运维文档归甲方所有，甲方可自行使用、修改或交由其他服务商使用。乙方应保证其提供的服务及工具不侵犯第三方知识产权，否则由乙方承担全部责任。

第八条 甲方的义务
（一）甲方提供驻场办公场所、必要的网络及运维终端，开通所需系统账号并按最小权限原则授权。
（二）甲方指定信息科一名联系人，负责工单确认、考核评分和验收组织，并协调HIS、LIS等其他系统厂商配合接口排查。
（三）甲方新增业务需求超出本合同服务范围的，双方另行协商。

第九条 违约责任
（一）乙方未按约定时间完成系统升级、报表口径调整或等保整改工作的，每逾期一日按合同总价的万分之二向甲方支付违约金。
（二）乙方驻场人员未经甲方同意擅自离岗或更换的，应在三日内派出同等资质人员补位。
（三）因乙方操作失误造成系统故障或数据损坏的，乙方应负责恢复并赔偿甲方损失。

第十条 转包与分包
乙方不得将本合同服务转包，也不得将任何部分分包给第三方。

第十一条 合同解除
乙方严重违反本合同约定，经甲方书面通知后七日内仍未纠正的，甲方有权解除合同，并按实际服务期间结算费用。连续两个季度考核不合格的，甲方亦有权解除合同。合同解除后，乙方应在十日内完成工作交接，配合新服务商熟悉系统，交接期间不得中断服务。

第十二条 合同期满
本合同期满自然终止，不自动续期。下一年度运维服务由甲方依法另行采购。新服务商确定前，经甲方书面要求，乙方应按本合同标准继续提供不超过一个月的过渡服务，费用按月折算。

第十三条 不可抗力
因不可抗力致使合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商处理；不可抗力期间乙方仍应尽力保障儿保门诊基本业务运行。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件、成交通知书及附件为本合同组成部分。

甲方（盖章）：                  乙方（盖章）：
签订日期：
"""

H769Z05 = """# 匠造MES生产跟踪系统软件许可及定制开发合同（标准文本 V3.0）

> 本合同为佛山匠造软件有限公司标准合同文本，黑体部分经双方确认后填写。

- 合同编号：JZ-MES-2026-0633
- 甲方（用户）：广州艺形模特道具制造有限公司
- 乙方（供应商）：佛山匠造软件有限公司

甲方主要生产玻璃钢人体模特、橱窗道具及展示雕塑，拟在模具、糊制、固化脱模、打磨修补、喷漆及包装等工序实施生产跟踪管理。乙方同意向甲方许可使用匠造MES生产跟踪系统，并根据甲方需求进行定制开发。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠造MES生产跟踪系统标准版软件许可一套，许可甲方在其广州工厂内部使用，并发用户数五十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：

- 模具台账与模具寿命管理；
- 糊制、固化、脱模、打磨、喷漆各工序扫码报工及计件工资统计；
- 喷漆色号与客户订单对应、返修记录；
- 车间订单进度看板及交期预警；
- 与甲方现有财务软件的出入库接口。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 定制开发的具体功能以双方确认的《需求说明书》为准。《需求说明书》确认后，甲方提出的修改视为需求变更。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 匠造MES标准版软件许可（五十并发） | 260,000 |
| 2 | 定制开发（工序报工、模具管理、看板、接口） | 318,000 |
| 3 | 实施部署及培训 | 52,000 |
| | 合计 | 630,000 |

合同总价为人民币陆拾叁万元整（¥630,000）。上述价格不含甲方自行采购的服务器、扫码枪、车间显示屏等硬件。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥409,500，乙方收到款项后启动项目。

3.2 系统安装部署完成后七个工作日内，甲方支付合同总价的35%，即¥220,500。

3.3 甲方逾期付款的，乙方有权暂停实施或服务，工期相应顺延。

3.4 乙方在收到每期款项后开具增值税普通发票；甲方需开具专用发票的，应在付款前书面告知乙方开票信息。

## 第四条 实施与交付

4.1 乙方在收到首期款后六十个工作日内完成标准版部署及定制功能开发，并在甲方工厂安装。

4.2 甲方应配合提供工序资料、模具清单、色号资料、员工名单及服务器环境。因甲方资料提供不及时或需求变更导致的延误，乙方不承担责任。

4.3 需求变更超出本合同第1.2款范围的，按乙方人天单价另行收费，人天单价为每人天¥2,800。

4.4 乙方对甲方班组长、车间主任、计划员及财务人员进行操作培训，培训共计四天，在甲方工厂现场进行。培训结束后乙方提供操作手册电子版。

4.5 甲方应自行准备符合乙方要求的服务器、数据库软件、网络和扫码终端，并保证车间各工位网络信号稳定。因甲方硬件或网络原因导致系统无法正常使用的，不属于乙方责任。

## 第五条 验收

5.1 系统安装部署完成后，乙方向甲方提交安装确认单，甲方签署安装确认单即视为系统验收合格。

5.2 甲方在收到安装确认单后三个工作日内未签署也未书面提出异议的，视为验收合格。

5.3 验收合格后甲方在使用中发现的问题，按本合同第六条的维护约定处理，不影响甲方的付款义务。

## 第六条 免费维护及后续服务

6.1 自系统验收合格之日起，乙方提供六个月的免费维护期，期间乙方负责修复软件缺陷并提供远程技术支持。

6.2 乙方接到甲方报修后，将尽快安排技术人员通过远程或电话方式处理，必要时上门服务。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

6.4 下列情形不属于免费维护范围：甲方或第三方擅自修改系统或数据库；甲方硬件、操作系统、网络故障；甲方新增需求或业务流程调整；病毒、断电等外部原因。上述情形乙方可提供有偿服务。

6.5 乙方发布标准版新版本时，维护期内的甲方可申请升级，升级导致的定制功能适配工作另行计费。

## 第七条 知识产权

7.1 匠造MES系统及其各版本的著作权、专利权等全部知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关文档的知识产权亦归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，不得向第三方提供。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品向其他客户销售。

## 第八条 数据

8.1 甲方在系统中录入的订单、工艺、员工及计件数据归甲方所有。

8.2 为改进产品和开展行业分析，乙方有权在去除甲方名称及员工身份信息后，使用甲方的生产数据、工时数据和系统使用数据，并可在乙方产品中形成行业基准报告。

8.3 乙方对其能够接触的甲方数据采取访问控制、传输加密和操作日志等安全措施，远程维护须经甲方同意后进行。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

8.4 合同终止后，甲方可在三十日内申请导出其业务数据，超过期限的，乙方不再保证数据的可恢复性。

## 第九条 许可限制

9.1 甲方不得将本软件出租、出借、转让或以任何方式提供给其关联公司或第三方使用；甲方增加并发用户数或在其他工厂使用的，应另行购买许可。

## 第十条 保密

10.1 双方对在合作中获知的对方技术资料、客户名单、报价及经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方无正当理由逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%；乙方不承担甲方的利润损失、停产损失等间接损失。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除合同，并要求违约方赔偿损失。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

12.3 合同解除后，甲方应停止使用本软件并删除安装副本，但已支付全部许可费的除外。

## 第十三条 不可抗力

13.1 因不可抗力、政府行为、网络运营商故障等不能预见、不能避免的原因导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同未尽事宜，双方可另行签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 双方的联系人及联系方式以合同签署页为准，通过电子邮件发送的通知，自发送之日起视为送达。

甲方（盖章）：　　　　　　　乙方（盖章）：佛山匠造软件有限公司
"""

H769E01 = """T:Software Licence and Services Agreement
P:Agreement No. NDS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Shouguang Lvyuan Protected Horticulture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shouguang, Shandong Province (the "Buyer"); and
P:(2) Nile Delta Agri-Systems S.A.E., a joint stock company incorporated in the Arab Republic of Egypt with its principal office at El-Galaa Street, Zagazig, Sharqia Governorate (the "Vendor").
P:The Buyer operates 64 glass and film greenhouses growing tomatoes, cucumbers and peppers. The Vendor develops the DeltaGrow climate control and irrigation scheduling software. The Buyer wishes to license the software for its greenhouses and to have the Vendor configure and integrate it with the Buyer's existing controllers and fertigation units. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DeltaGrow Enterprise software in object code, version 5 and any updates delivered under this Agreement, including the climate module, the irrigation and fertigation scheduling module, the crop registration module and the mobile grower application.
P:1.2 "Custom Deliverables" means the controller interfaces, fertigation recipes, report templates, data conversion scripts and any other work product prepared by the Vendor specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Buyer Data" means all climate, irrigation, yield, crop and operational data entered into or generated by the Software at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's sites in Shouguang for an unlimited number of named users and up to 80 greenhouse compartments.
P:2.2 The Vendor shall configure the Software for all 64 greenhouses, build interfaces to the Buyer's 212 existing climate controllers and 18 fertigation units, convert three seasons of historical climate records, and train the Buyer's growers and technicians.
P:2.3 The detailed scope, the interface list and the project plan are set out in Annex 1 and Annex 2.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,590,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: Licence Fee CNY 1,180,000; configuration and integration services CNY 364,000; training CNY 46,000.
P:3.2 No other charge is payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 318,000) is payable within 30 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 874,500) is payable within 30 days after the Software has been installed and all interfaces have passed the site integration test. Installation and the integration test do not constitute acceptance.
P:4.3 The remaining 25% of the Contract Price (CNY 397,500) is payable within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY to the Vendor's account stated in Annex 4.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and integration within 120 days after signature.
P:5.2 The acceptance criteria are: (a) all functions listed in Annex 1 work as specified; (b) climate set points are sent to and confirmed by every connected controller within 10 seconds; (c) irrigation schedules run for 21 consecutive days in all greenhouses without a Severity 1 defect; (d) converted historical records reconcile with the source files record by record; and (e) documentation and source code of the Custom Deliverables have been delivered.
P:5.3 The Buyer shall carry out the acceptance tests within 15 working days after the Vendor's written notice of readiness and shall either sign the acceptance certificate or list the failed criteria. Use of the Software in production before Final Acceptance is not acceptance. Failed criteria shall be corrected and retested at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, deliver updates and provide remote support free of charge.
P:6.2 Severity 1 defects (irrigation or climate control stopped in one or more greenhouses) shall be responded to within 1 hour, at any time of day, and a workaround shall be provided within 8 hours. Severity 2 defects shall be responded to within 8 working hours.
P:6.3 For each hour by which the Vendor exceeds a response time in Article 6.2, the Buyer may deduct CNY 1,000 from any amount due to the Vendor.
P:6.4 After the Warranty Period the Buyer may order annual support, covering the services in Article 6.1 to 6.3, at 11% of the Licence Fee per year (CNY 129,800). This fee is fixed for three years after the Warranty Period. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify and license them freely, including through other contractors. The Vendor shall deliver their source code at Final Acceptance.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy it, keep it or use it for any other purpose.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, through the Buyer's VPN with multi-factor authentication, and is logged. The Vendor shall apply appropriate technical and organisational security measures and comply with the data protection and data security laws of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 12 hours and shall cooperate in its investigation and remedy. The Vendor is liable for all loss caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Buyer's crop recipes, yields and customer information, and shall not disclose it without prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete the work within the period in Article 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims or breaches of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the maximum liquidated damages under Article 10.1 have been reached.
P:12.2 On termination the Vendor shall deliver all completed Custom Deliverables and return all Buyer Data.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Arab Republic of Egypt.
P:13.2 Any dispute arising out of this Agreement shall be settled by arbitration under the rules of the Cairo Regional Centre for International Commercial Arbitration, seated in Cairo, in the English language, before three arbitrators.
H:Article 14 Project Management and Training
P:14.1 Each party shall appoint a project manager. The Vendor's project manager shall attend a weekly progress meeting, in person or by video, and shall report progress, risks and open issues in writing after each meeting.
P:14.2 The Vendor shall train up to 40 growers and 12 technicians of the Buyer in Shouguang, in Chinese or with interpretation provided by the Vendor, and shall supply user and administrator manuals in Chinese and English.
P:14.3 The Buyer shall give the Vendor's personnel reasonable access to its sites, controllers and network, subject to its biosecurity and safety rules.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 90 days, either party may terminate this Agreement by written notice.
H:Article 16 General
P:16.1 This Agreement with its Annexes is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices shall be in writing and sent to the addresses stated above or to the e-mail addresses named in Annex 4. This Agreement is signed in two originals in English, one for each party.
P:Annex 1: Functional scope and interface list. Annex 2: Project plan. Annex 3: Acceptance test plan. Annex 4: Bank details.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H769E02 = """# ORDER FORM AND GENERAL TERMS: GUMTRACE SUPPLY TRACEABILITY SERVICE

Order Form No. KTS-OF-2026-0087

# PART A: ORDER FORM

## A1. Parties

- **Provider:** Kordofan Traceability Systems Co. Ltd., a company registered in the Republic of the Sudan, with its head office on Al Souq Al Kabir Road, El Obeid, North Kordofan State.
- **Customer:** Qingdao Haiyi Food Ingredients Co., Ltd., a company registered in the People's Republic of China, Qingdao, Shandong Province.

## A2. Service

The Provider will provide its GumTrace software-as-a-service platform, which records the origin, collection, cleaning, grading, lab testing and shipment of gum arabic and other natural gums from the producing regions to the Customer's plants. The subscription covers:

- up to 60 named Customer users and unlimited supplier and forwarder users invited by the Customer;
- lot tracking from collection point to container, with certificates of analysis and phytosanitary documents attached to each lot;
- the supplier audit module, the food-safety recall module and the Customer dashboard;
- a standard interface to the Customer's ERP system for purchase orders, receipts and quality results.

## A3. Subscription Term

The Subscription Term is 36 months, starting on the date of Go-Live Acceptance under Section 4 of Part B. The Subscription Term ends automatically at its expiry. Any renewal requires a new Order Form signed by both parties.

## A4. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Subscription fee | CNY 21,500 per month x 36 months | 774,000 |
| Onboarding (configuration, ERP interface, supplier data load, training) | one-time | 58,000 |
| **Total Contract Value** | | **832,000** |

Fees are fixed for the Subscription Term and include all taxes.

## A5. Invoicing and Payment

1. The subscription fee is invoiced quarterly at the start of each quarter of the Subscription Term (CNY 64,500 per quarter) and is payable within 30 days of invoice.
2. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice.
3. No amount is payable before Go-Live Acceptance.

## A6. Service Levels and Key Dates

- Go-Live target date: 75 days after signature of this Order Form.
- Monthly Availability commitment: 99.5%, measured as set out in Section 5 of Part B.
- Priority 1 response: 1 hour, 24 hours a day, 7 days a week.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

# PART B: GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data, documents and files entered into or uploaded to the Service by or for the Customer, its suppliers and forwarders, and all records generated from them.

1.2 "Service" means the GumTrace platform described in Part A, including its updates.

1.3 "Customer Configurations" means the workflows, forms, reports, dashboards and interface mappings built by the Provider for the Customer.

1.4 If Part A and Part B conflict, Part A prevails.

## 2. Provision of the Service

2.1 The Provider shall host the Service in data centres in mainland China operated by a cloud provider holding a valid MLPS level 3 filing.

2.2 The Provider shall deliver onboarding under a project plan agreed within 10 days after signature. The Customer shall provide its supplier lists, product specifications and ERP test access on time.

2.3 The Provider may update the Service from time to time, provided that no update materially reduces its functions or security.

## 3. Customer Responsibilities

3.1 The Customer is responsible for the accuracy of data entered by its own users and for keeping user credentials secure.

3.2 The Customer shall not use the Service for any unlawful purpose and shall not attempt to reverse engineer it.

## 4. Go-Live Acceptance

4.1 When onboarding is complete, the Provider shall notify the Customer in writing. The Customer shall test the Service within 10 working days against the following criteria: every function listed in Part A works; at least 200 historical lots are traceable end to end with their documents; purchase orders, receipts and quality results flow between the Service and the ERP system without error for five consecutive working days; and all users have been trained.

4.2 If a criterion is not met, the Provider shall correct it and the Customer shall retest. Go-Live Acceptance is given only by the Customer's written certificate.

4.3 If Go-Live Acceptance is not achieved by the Go-Live target date for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay.

## 5. Service Levels

5.1 Availability is the proportion of minutes in a calendar month during which the Service is available to users, excluding scheduled maintenance notified at least 72 hours in advance and carried out between 22:00 and 06:00 China Standard Time. The Provider commits to the monthly Availability stated in Part A.

5.2 Priority 1 means the Service is unavailable or lot records cannot be created or retrieved. Priority 2 means a major function is impaired. The Provider shall respond to Priority 1 incidents within the time stated in Part A and to Priority 2 incidents within 8 business hours, and shall keep the Customer informed until resolution.

5.3 If the monthly Availability falls below the commitment, the Customer receives a service credit of 5% of the monthly subscription fee for each started 0.5 percentage point of shortfall, and 10% for each Priority 1 response that is late, up to half of the monthly fee. Credits are deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose.

6.2 The Provider shall maintain an information security programme certified to ISO 27001, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least 180 days, and back up Customer Data daily.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all reasonable steps to contain it, and bear the costs and losses resulting from an incident caused by its breach of this Section.

6.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV and PDF formats and then delete it.

## 7. Intellectual Property

7.1 The Service and its underlying software remain the Provider's property.

7.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and allow third parties to do so.

## 8. Confidentiality

Each party shall keep confidential the non-public information of the other party, including supplier identities, prices and test results, and use it only for this agreement. This obligation survives for three years after the end of the Subscription Term.

## 9. Subprocessors

The Provider shall not engage any subprocessor or subcontractor to perform any part of the Service without the Customer's prior written consent. The hosting provider named in the onboarding plan is approved on signature.

## 10. Limitation of Liability

10.1 Each party's total liability arising out of or in connection with this agreement is limited to the fees paid or payable by the Customer in the 6 months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss or loss of profit.

## 11. Termination

11.1 Either party may terminate this agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

11.2 On termination for the Provider's breach, the Provider shall refund any prepaid fees for the period after termination.

## 12. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13. Support and Account Management

13.1 The Provider shall provide support by telephone, e-mail and the support portal in Chinese and English, and shall name an account manager who meets the Customer's quality team at least once each quarter to review incidents, supplier onboarding progress and planned releases.

13.2 The Provider shall give the Customer at least 30 days' notice of any change to the hosting location or to the security certifications described in Section 6.

## 14. Suspension

The Provider may suspend access only if an undisputed invoice remains unpaid 45 days after a written reminder, and only after a further 10 days' notice. Suspension never entitles the Provider to delete or withhold Customer Data.

## 15. Force Majeure

Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly. Failures of the Provider's own hosting or subcontracted services are not force majeure. If an event of force majeure prevents the Service for more than 30 consecutive days, the Customer may terminate this agreement without charge.

## 16. General

Neither party may assign this agreement without the other's written consent. This agreement is the entire agreement between the parties on its subject.
"""

H769E03 = """T:Supply Contract for Pond Water-Quality Monitoring Devices and Monitoring Platform Licence
P:Contract No. ZJHX-PUR-2026-0312
P:Buyer: Zhanjiang Haixin Aquaculture Group Co., Ltd., Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Upper Nile Hydrometrics Ltd., a company registered in the Republic of South Sudan, with its office at Hai Jallaba, Malakal, Upper Nile State (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer operates shrimp and grouper ponds at its Suixi and Leizhou farms and wishes to install continuous water-quality monitoring with automatic aerator control. The Supplier has offered devices and a monitoring platform licence under its tender reply of 9 March 2026. The parties agree as follows.
H:1. Definitions
P:1.1 "Devices" means the sondes, controllers and gateways listed in Clause 2.
P:1.2 "Platform" means the AquaWatch monitoring software licensed under this Contract, installed on the Buyer's servers, with its web and mobile applications.
P:1.3 "Buyer Data" means all measurements, alarms, pond records, images and other data collected by the Devices or entered into or produced by the Platform.
P:1.4 "Custom Work" means the dashboards, alarm rules, aerator control logic and interfaces to the Buyer's farm management system prepared by the Supplier for the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following, and train the Buyer's staff. The Contract Price is fixed and includes packing, freight to the farms, insurance, duties, taxes and all expenses.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality sonde (DO, pH, temperature, salinity, ammonia)|48|18,600|892,800
TB:2|Dissolved-oxygen controller with aerator relay box|48|4,150|199,200
TB:3|LoRa / 4G gateway with solar power kit|12|9,800|117,600
TB:4|AquaWatch Platform licence, perpetual, up to 60 ponds|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,495,600
TB:5|Installation, commissioning and Custom Work|1|128,400|128,400
TB:6|Training of farm technicians|1|16,000|16,000
TB:|Contract Price|||1,640,000
H:3. Payment
P:3.1 10% of the Contract Price (CNY 164,000) is paid within 20 days after signature against an advance payment guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 902,000) is paid after all Devices have been delivered and installed and the Installation Certificate has been signed. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 574,000) is paid within 20 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Devices to the farms within 60 days and complete installation and commissioning within 100 days after signature.
P:4.2 The Supplier shall calibrate every sonde on site against reference instruments and leave calibration records with the Buyer.
P:4.3 If the Supplier fails to complete installation and commissioning on time, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.4 The Supplier shall provide, with the Devices, certificates of origin, factory test reports, user and maintenance manuals in Chinese, wiring diagrams for each pond, and a list of recommended spare parts with prices valid for five years.
P:4.5 The Supplier's personnel shall follow the Buyer's farm biosecurity rules, including disinfection on entry and the ban on moving equipment between farms without cleaning. Any stock losses caused by the Supplier's personnel breaking these rules shall be compensated by the Supplier.
P:4.6 The Supplier shall train at least 24 farm technicians and 6 IT staff of the Buyer in the operation, cleaning, calibration and basic repair of the Devices and in the administration of the Platform, and shall assess each trainee at the end of the training.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a trial run of 30 consecutive days during which: (a) dissolved oxygen readings stay within ±0.3 mg/L of weekly reference measurements; (b) at least 98% of scheduled readings from each pond are received by the Platform; (c) aerators start automatically within 60 seconds of a low-oxygen alarm in every tested pond; (d) alarms reach the duty technician's mobile application within 2 minutes; and (e) no Severity 1 fault remains open.
P:5.2 Final Acceptance is confirmed only by a certificate signed by the Buyer. Installation, commissioning or use of the Devices or the Platform in the trial run is not acceptance. If a criterion is not met, the Supplier shall correct the defect and the trial run shall restart.
H:6. Warranty, Service Levels and Support
P:6.1 The warranty period for the Devices, the Platform and the Custom Work is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Devices, recalibrate sondes twice a year, correct Platform defects and deliver Platform updates free of charge.
P:6.2 The Platform shall have a monthly availability of at least 99.95%, excluding maintenance agreed in advance with the Buyer.
P:6.3 Severity 1 faults (loss of monitoring or aerator control in any pond) shall be responded to within 30 minutes and fixed on site within 8 hours. Severity 2 faults shall be responded to within 2 hours and fixed within 2 days.
P:6.4 For each hour by which a response or fix time is exceeded the Supplier shall pay CNY 800, and for each 0.1 percentage point of availability shortfall CNY 2,500, deducted from any amount due.
P:6.5 After the warranty period, the Buyer may order annual maintenance at 8.5% of the Hardware and Licence Subtotal per year (CNY 127,126), fixed for the first two years after the warranty. Maintenance is ordered year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Platform software remains the property of the Supplier, which grants the Buyer a perpetual licence to use it for the Buyer's farms.
P:7.2 The Custom Work, including source code and documentation, belongs to the Buyer, which may use, modify and license it freely.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The Supplier shall protect Buyer Data against unauthorised access, loss and alteration, use encrypted links between gateways and servers, access the Platform remotely only with the Buyer's approval through the Buyer's VPN, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Supplier shall notify the Buyer of any data security incident within 12 hours and shall be liable for all losses caused by a breach of this Clause.
H:9. Confidentiality
P:9.1 Each party shall keep the other party's non-public information confidential, including the Buyer's stocking densities, feed plans and production figures, and shall not disclose it without prior written consent. This obligation continues for five years after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breaches of Clauses 8 and 9, which are not limited.
P:10.2 The Supplier shall maintain, for the duration of installation and the warranty period, public liability insurance and insurance of the Devices until delivery, with insurers of good standing, and shall show the policies to the Buyer on request. Liquidated damages paid under Clause 4.3 count towards the limit in Clause 10.1.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for its subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the maximum liquidated damages under Clause 4.3 are reached.
P:12.2 On termination the Supplier shall refund the amounts paid for Devices and services not accepted and shall deliver all completed Custom Work.
H:13. Force Majeure
P:13.1 A party prevented from performing by typhoon, flood, epidemic, war or other events beyond its reasonable control shall notify the other party within 5 days and shall be excused for the duration of the event. Time for performance is extended accordingly. If the event continues for more than 60 days, the Buyer may terminate this Contract and pay for the Devices already accepted.
H:14. Buyer's Obligations
P:14.1 The Buyer shall provide power supply points at the ponds, server capacity for the Platform, network access for the gateways and a named contact person at each farm, and shall allow the Supplier's personnel access during working hours.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:16. General
P:16.1 This Contract, with the Buyer's technical specification and the Supplier's tender reply as annexes, is the entire agreement of the parties. If they conflict, this Contract prevails, then the technical specification, then the tender reply. Amendments must be in writing and signed by both parties. This Contract is made in English and Chinese, and both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H769E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

**Agreement No.** TDS-YW-2026-005

**Between**

**Yiwu Hongda Commodity Trading Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Yiwu, Zhejiang Province (the **"Customer"**); and

**Togdheer Digital Services Ltd.**, a company registered in Somaliland, with its principal office on Road Number 1, Burao, Togdheer Region (the **"Provider"**).

**Background.** The Customer runs an export trading business with an ERP system, a warehouse management system, an e-commerce order hub and about 420 office and warehouse users at its Yiwu headquarters and two warehouses. The Provider runs a round-the-clock remote operations centre. The Customer wishes to outsource the monitoring and operation of its servers, storage, network and backups to the Provider for 36 months.

## 1. Definitions and Interpretation

1.1 **"Services"** means the transition services and the managed services described in Schedule 1.

1.2 **"Service Levels"** means the levels and service credits set out in Schedule 2.

1.3 **"Charges"** means the amounts set out in Schedule 3.

1.4 **"Customer Data"** means all data of the Customer and its customers and suppliers that the Provider can access in performing the Services, including system logs, configurations and backups.

1.5 **"Service Commencement Date"** means the date on which the Customer signs the transition acceptance certificate under Clause 3.3.

1.6 The Schedules form part of this Agreement.

## 2. Term

2.1 This Agreement starts on signature and the managed services run for 36 months from the Service Commencement Date (the **"Term"**).

2.2 This Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 The Provider shall carry out the transition in Schedule 1, Part A, including discovery of all in-scope systems, installation of monitoring agents and collectors, creation of runbooks, and a parallel run with the Customer's IT team.

3.2 The Provider shall complete transition within 60 days after signature.

3.3 Transition acceptance requires that: (a) all systems in the asset register are monitored and alerts arrive in the Provider's console and the Customer's ticket system; (b) runbooks exist for every system and have been reviewed by the Customer; (c) a full restore of the ERP database from backup has been carried out successfully in the test environment; and (d) the parallel run of 14 days has been completed without a missed Priority 1 alert. The Customer confirms transition acceptance only by a signed certificate.

3.4 If transition acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 4. Managed Services

4.1 From the Service Commencement Date the Provider shall perform the managed services in Schedule 1, Part B, and meet the Service Levels in Schedule 2.

4.2 The Provider shall perform the Services remotely from its operations centre, except that urgent on-site work in Yiwu shall be performed by the Provider's local field engineer.

4.3 The Provider shall not make any change to production systems without an approved change request, except to restore service in a Priority 1 incident, in which case the change shall be reported within 2 hours.

4.4 The Provider shall deliver a monthly service report covering incidents, changes, capacity, backups, patch status and Service Level performance, and shall attend a monthly review meeting by video.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term and include all taxes and expenses.

5.2 The Transition Charge is invoiced after transition acceptance. The Monthly Service Charge is invoiced monthly in arrears. The Customer pays each correct invoice within 30 days, net of any service credits due.

5.3 No payment is due before the transition acceptance certificate has been signed.

5.4 Each year the Provider shall propose at least three measures to reduce incidents or costs. The Customer decides which measures are implemented; measures within the scope of Schedule 1 are carried out without additional charge.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services.

6.2 The Provider shall access Customer systems only through the Customer's privileged access gateway with multi-factor authentication and session recording, shall keep Customer Data within the Customer's systems in mainland China, shall not copy Customer Data to its own systems except monitoring metadata, and shall comply with the Cybersecurity Law and the Data Security Law of the People's Republic of China.

6.3 The Provider shall report any security incident affecting Customer Data or Customer systems within 2 hours and shall cooperate fully in investigation and recovery. The Provider is liable for all losses caused by its breach of this Clause 6.

6.4 The Customer may, once a year and on 10 working days' notice, audit the Provider's compliance with this Clause 6, either itself or through an independent auditor, and the Provider shall give reasonable assistance.

## 7. Intellectual Property

7.1 Runbooks, scripts, dashboards, monitoring templates and documents prepared by the Provider for the Customer belong to the Customer, which may use and modify them and allow any successor provider to use them.

7.2 The Provider's monitoring tools remain the Provider's property and are made available to the Customer during the Term.

## 8. Customer Responsibilities, Personnel and Subcontracting

8.1 The Customer shall give the Provider accurate information about its systems, provide accounts through the privileged access gateway, keep third-party support contracts for its hardware and software in force, and name a contact person for changes and escalations.

8.2 The Provider shall assign a named service delivery manager and keep a stable team familiar with the Customer's systems.

8.3 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 125% of the total Charges for the Term.

9.2 Neither party is liable for indirect loss or loss of profit, except in case of wilful misconduct.

## 10. Duration and Ending

10.1 This Agreement may not be ended before the end of the Term, except by written agreement of both parties or under Clause 11.

10.2 If the Provider fails to meet the Service Levels, the Customer's remedies are the service credits in Schedule 2 and damages under Clause 9.

10.3 At the end of the Term the Provider shall give the Customer or its new provider up to 45 days of exit assistance, hand over all runbooks and documents, and remove its agents and access.

## 11. Force Majeure

If an event beyond a party's reasonable control prevents performance for more than 60 days, either party may end this Agreement by written notice.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing.

## 13. General

This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent. Notices shall be given in writing to the addresses above or by e-mail to the contacts named in the transition plan. This Agreement is made in English; a Chinese translation is provided for reference only.

---

## Schedule 1: Services

| Part | Service | Description |
| --- | --- | --- |
| A | Transition | Discovery, asset register, monitoring agents, runbooks, 14-day parallel run |
| B | Monitoring | Round-the-clock monitoring of 64 servers, 2 storage arrays, firewalls, switches and wireless controllers |
| B | Incident management | Logging, diagnosis and resolution of incidents, escalation to vendors |
| B | Backup management | Daily backup checks, monthly restore tests of ERP and WMS databases |
| B | Patch management | Monthly operating system and firmware patching in agreed windows |
| B | Capacity reporting | Monthly capacity and performance report with recommendations |

## Schedule 2: Service Levels

| Measure | Level | Service credit |
| --- | --- | --- |
| Priority 1 response (ERP, WMS or order hub down) | 15 minutes | 5% of Monthly Service Charge per late incident |
| Priority 1 restoration | 6 hours | 10% of Monthly Service Charge per late incident |
| Priority 2 response | 1 hour | 2% of Monthly Service Charge per late incident |
| Monitoring console availability | 99.95% per month | 3% of Monthly Service Charge per 0.1 point below |
| Monthly restore test completed | every month | 5% of Monthly Service Charge if missed |

Service credits in any month are capped at 25% of the Monthly Service Charge.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition Charge | one-time | 84,000 |
| Monthly Service Charge | CNY 46,000 x 36 months | 1,656,000 |
| **Total Charges for the Term** | | **1,740,000** |
"""

H769E05 = """DATA AND API SUBSCRIPTION AGREEMENT
EAST AFRICAN PORT CALL AND VESSEL POSITION DATA

Agreement No. JMD-QD-2026-021

PARTIES

This Agreement is made between Qingdao Yuanhang International Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and Jubba Maritime Data Services Ltd., a company registered in the Federal Republic of Somalia with its office near the Old Port, Kismayo, Lower Juba (the "Provider").

BACKGROUND

The Customer arranges sea freight and project cargo between Chinese ports and the ports of the East African coast. The Provider collects vessel position data from its own coastal receiving stations and partner networks and compiles port call, berth and anchorage data for the ports of Kismayo, Mogadishu, Berbera, Mombasa, Dar es Salaam and other ports of the region. The Customer wishes to receive this data through the Provider's API and to integrate it into its shipment tracking platform.

1. DEFINITIONS

1.1 "API" means the Provider's application programming interface through which the Data is delivered, with its documentation.

1.2 "Data" means the vessel position, port call, berth, anchorage, waiting time and estimated arrival data made available through the API, and any bulk files delivered with it.

1.3 "Customer Data" means the vessel watch lists, shipment references, booking details, queries and other information that the Customer or its users submit to the API, and the results of those queries held for the Customer.

1.4 "Subscription Year" means each of the two consecutive years of the Subscription Term, the first starting on the Onboarding Acceptance date.

1.5 "Onboarding" means the set-up of the Customer's account, custom data feeds and the test integration with the Customer's tracking platform.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive licence to access the API, to store the Data in its own systems, and to use the Data for its freight forwarding and logistics business, including showing it to the Customer's own clients in shipment tracking pages and reports.

2.2 The Subscription Term is two Subscription Years. The Agreement ends at the end of the second Subscription Year. Any further subscription requires a new written agreement; there is no automatic renewal.

2.3 The subscription includes up to 5 million API calls per month. Calls above that volume are charged at CNY 0.03 per call, invoiced monthly in arrears.

3. ONBOARDING AND ACCEPTANCE

3.1 The Provider shall complete Onboarding within 40 days after receipt of the payment under Clause 4.2, including three custom feeds: daily port congestion for the six named ports, arrival alerts for vessels on the Customer's watch list, and a weekly waiting time summary.

3.2 Onboarding Acceptance requires that, during a test period of 14 days: (a) position updates for vessels within coverage arrive with a median delay of no more than 10 minutes; (b) port call records for the named ports reconcile with the harbour master lists supplied by the Customer for at least 97% of calls; (c) the three custom feeds are delivered on schedule every day; and (d) API responses are returned within 800 milliseconds for 95% of calls.

3.3 The Customer confirms Onboarding Acceptance in writing. If a criterion is not met, the Provider shall fix the cause and the test period shall be repeated.

4. FEES AND PAYMENT

4.1 The fees are:

   Setup and onboarding fee (one-time)        CNY 96,000
   Subscription fee, Subscription Year 1      CNY 318,000
   Subscription fee, Subscription Year 2      CNY 318,000
   Total fees                                  CNY 732,000

4.2 The setup and onboarding fee and the subscription fee for Subscription Year 1 are invoiced on signature and are payable within 10 days after signature. The Provider issues API credentials and starts Onboarding after receiving this payment.

4.3 The subscription fee for Subscription Year 2 is invoiced at the start of Subscription Year 2 and is payable within 30 days.

4.4 All fees are fixed for the Subscription Term and are exclusive of VAT, which the Customer withholds and pays as required by Chinese law.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced 48 hours in advance and carried out between 00:00 and 04:00 China Standard Time on Sundays.

5.2 A Priority 1 incident means the API is unavailable, or no position updates are delivered for more than 30 minutes. The Provider shall respond to a Priority 1 incident within 1 hour at any time and shall restore the service as quickly as possible. Priority 2 incidents (a feed delayed or a port missing) shall be responded to within 8 hours.

5.3 If the monthly availability falls below the level in Clause 5.1, or a Priority 1 response is late, the Customer receives a service credit of 8% of one twelfth of the current Subscription Year fee for each breach, deducted from the next invoice or refunded at the end of the Subscription Term.

5.4 The Provider shall send a monthly report on availability, incidents, data delays and coverage changes.

6. DATA QUALITY AND COVERAGE

6.1 The Provider shall maintain coverage of the named ports at least at the level shown during Onboarding Acceptance and shall inform the Customer at once of any receiving station outage expected to last more than one day.

6.2 The Data is compiled from radio signals and third-party sources and may contain errors. The Provider shall correct reported errors within two working days and shall not knowingly deliver false data.

6.3 The Customer shall not resell the Data as a stand-alone data product, shall not use it to build a competing vessel tracking service, and shall show the Provider's attribution where the Data is displayed to the Customer's clients.

6.4 The Provider shall provide technical support by e-mail and a shared messaging channel in English and Chinese, and shall give at least 60 days' notice of any change to the API that is not backward compatible, keeping the previous version running during that period.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer.

7.2 The Provider may use Customer Data to provide the API and the custom feeds to the Customer. The Provider may also use the Customer's queries, watch lists and shipment references in aggregated and anonymised form to improve its datasets, to calculate port statistics and to develop and market its products, during and after the Subscription Term.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data by encryption in transit and at rest, API keys with IP restrictions, role-based access for its staff and access logs kept for at least one year.

8.2 The Provider shall notify the Customer of any security incident affecting Customer Data or the Customer's API credentials within 24 hours, shall take immediate steps to contain it, and shall compensate the Customer for losses caused by the Provider's failure to meet this Clause 8.

8.3 At the end of the Subscription Term the Provider shall return Customer Data on request and delete it, subject to Clause 7.2.

9. INTELLECTUAL PROPERTY

9.1 The API, the Data and the Provider's databases remain the property of the Provider and its licensors.

9.2 The specifications, formats and code of the three custom feeds and any integration code written for the Customer belong to the Customer, which may use, modify and license them freely.

10. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including the Customer's client names, routes and rates, and use it only for this Agreement, during the Subscription Term and for three years after it.

11. SUBCONTRACTING

The Provider shall not subcontract the delivery of the API or the custom feeds without the Customer's prior written consent. Data purchased from partner networks is not subcontracting.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 120% of the total fees in Clause 4.1.

12.2 Neither party is liable for indirect loss or loss of profit, except for breaches of Clauses 8 and 10.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the remainder of the Subscription Term and, if Onboarding Acceptance has not been achieved, the setup and onboarding fee.

14. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as storms, armed conflict, government orders or failures of public power networks, provided it gives prompt notice. The Provider's service credits under Clause 5.3 do not apply for the period of such an event. If the API is unavailable for more than 20 consecutive days because of such an event, the Customer may terminate this Agreement and receive a refund of the unused subscription fees.

15. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

16. GENERAL

16.1 Neither party may assign this Agreement without the other party's written consent.

16.2 This Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Design: file, language, category, terms, extra, fee base (for TCO), price items, payment shares, expected rules.

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(*vals):
    assert len(vals) == len(T)
    return dict(zip(T, vals))


G, S = "goods_or_licence", "service"
DESIGN = {
    "h769z01": dict(
        file="h769z01_commerce_bureau_price_monitoring_platform.pdf", language="zh", category="software",
        terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True,
                    False, "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                   acceptance_deemed_on_delivery=False, contract_value=1230000),
        base=486000, items=[486000, 628000, 94000, 22000], pay=[20, 45, 35], rules=[]),
    "h769z02": dict(
        file="h769z02_pet_food_extrusion_dryer_control_retrofit.docx", language="zh", category="hardware",
        terms=terms(None, 1, True, "buyer", False, True, True, 0.08, None, 25, True, True, 18, 26, False, True,
                    False, "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                   acceptance_deemed_on_delivery=False, contract_value=1470000),
        base=1340000, items=[412000, 356000, 268000, 186000, 118000, 118000, 12000], pay=[25, 50, 25],
        rules=["CR-DATA-SECURITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h769z03": dict(
        file="h769z03_science_class_chain_booking_membership_saas.txt", language="zh", category="cloud",
        terms=terms(99.95, 0.5, True, "buyer", True, True, True, 400 / 508000 * 100, None, None, True, None, None,
                    None, True, True, True, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=508000),
        base=None, items=[30 * 6800 * 2, 86000, 14000], pay=None, rules=["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"]),
    "h769z04": dict(
        file="h769z04_maternal_child_hospital_child_health_system_om.txt", language="zh", category="services",
        terms=terms(99.95, 0.25, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                    True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=356000),
        base=None, items=[198000, 96000, 44000, 18000], pay=None, rules=["CR-LD-LOW", "CR-SLA-NO-REMEDY"]),
    "h769z05": dict(
        file="h769z05_mannequin_factory_production_tracking_supplier_template.md", language="zh",
        category="software",
        terms=terms(None, None, False, "supplier", True, False, True, 0.1, 25, 65, False, False, 6, None, False,
                    True, None, "PRC", G),
        extra=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False,
                   acceptance_deemed_on_delivery=True, contract_value=630000),
        base=260000, items=[260000, 318000, 52000], pay=[65, 35],
        rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h769e01": dict(
        file="h769e01_greenhouse_climate_software_licence_egypt_vendor.pdf", language="en", category="software",
        terms=terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11, False, True, False,
                    "Egypt", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                   acceptance_deemed_on_delivery=False, contract_value=1590000),
        base=1180000, items=[1180000, 364000, 46000], pay=[20, 55, 25], rules=["CR-GOVERNING-LAW"]),
    "h769e02": dict(
        file="h769e02_gum_traceability_saas_order_form_sudan_vendor.md", language="en", category="cloud",
        terms=terms(99.5, 1, True, "buyer", True, True, True, 600 / 832000 * 100, 6 / 36 * 100, None, True, None,
                    None, None, False, True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=832000),
        base=None, items=[21500 * 36, 58000], pay=None, rules=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h769e03": dict(
        file="h769e03_pond_water_quality_sensors_platform_licence.docx", language="en", category="hardware",
        terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 8.5, False, True,
                    False, "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                   acceptance_deemed_on_delivery=False, contract_value=1640000),
        base=1495600, items=[48 * 18600, 48 * 4150, 12 * 9800, 286000, 128400, 16000], pay=[10, 55, 35], rules=[]),
    "h769e04": dict(
        file="h769e04_managed_infrastructure_services_somaliland_vendor.md", language="en", category="services",
        terms=terms(99.95, 0.25, True, "buyer", True, True, False, 1200 / 1740000 * 100, 125, None, True, None, None,
                    None, False, False, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1740000),
        base=None, items=[84000, 46000 * 36], pay=None, rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h769e05": dict(
        file="h769e05_port_call_vessel_data_api_subscription.txt", language="en", category="cloud",
        terms=terms(99.95, 1, True, "buyer", True, False, True, None, 120, (96000 + 318000) / 732000 * 100, True,
                    None, None, None, False, True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=732000),
        base=None, items=[96000, 318000, 318000], pay=None,
        rules=["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-PREPAYMENT"]),
}
SOURCES = {k: globals()["H769" + k[4:].upper()] for k in DESIGN}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_LIMIT, TCO_MARGIN = 40, 2


def tco_share(d):
    t, x = d["terms"], d["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(d):
    """Policy section 3, read from the label alone (buyer's view)."""
    t, x = d["terms"], d["extra"]
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")  # no draft here has a forum outside mainland China with PRC law
    share = tco_share(d)
    if share is not None and share > TCO_LIMIT:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    return "high" if HIGH & set(rules) else ("medium" if set(rules) - LOW else "low")


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan: no text may state a policy threshold figure.
CN = "零〇一二两三四五六七八九十百"
PATTERNS = [
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent|pct)",
    r"(?<![\d.,])99\.9(?!\d)",
    r"(?<![\d.,])0\.05(?!\d)",
    r"(?<![\d.,])4\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时|-hour)",
    r"(?<![%s])四个?小时" % CN,
    r"\bfour[\s-]*hours?\b",
    r"(?<![\d.,])12\s*(?:months?|个月|-month)",
    r"\btwelve[\s-]*months?\b",
    r"(?<![%s])十二个月" % CN,
    r"百分之(?:三十|十五|四十|一百|百)(?![%s点])" % CN,
    r"万分之五(?![%s点])" % CN,
    r"千分之零点五",
    r"\b(?:thirty|fifteen|forty|one\s*hundred)\s*(?:percent|per\s*cent|%)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "15％", "40 percent", "100%", "100.0 %", "99.9%", "99.9", "0.05%", "0.05", "4 hours",
            "4小时", "4 h", "四小时", "4-hour", "four hours", "12 months", "12个月", "12-month", "twelve months",
            "十二个月", "百分之三十", "百分之十五", "百分之四十", "百分之百", "万分之五", "千分之零点五", "forty per cent"]
MUST_MISS = ["24 hours", "二十四小时", "14 hours", "十四小时", "99.95%", "99.5%", "0.055", "10.05", "130%", "25%",
             "1.5%", "5%", "24 months", "二十四个月", "112 months", "万分之五十", "万分之三", "百分之三十五", "1,100%",
             "4 days", "48 hours", "8 hours", "30 days", "三十日", "15 minutes", "40 days", "100 days", "0.5"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    targets = {}
    for k, d in DESIGN.items():
        ext = d["file"].rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[k] = (d["file"], ext)
        else:
            (OUT / d["file"]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", d["file"])
    write(SOURCES, targets, OUT, wrap_words=True)

    covered = set()
    for k, d in DESIGN.items():
        t, x = d["terms"], d["extra"]
        assert d["file"].startswith(k + "_")
        assert sum(d["items"]) == x["contract_value"], (k, sum(d["items"]))
        if d["pay"]:
            assert sum(d["pay"]) == 100, k
            assert not set(d["pay"]) & {30, 15, 40, 100}, k
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        else:
            assert "post_warranty_fee_capped" in x
        for key, th in THRESH.items():
            v = t[key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        share = tco_share(d)
        if share is not None:
            assert abs(share - TCO_LIMIT) > TCO_MARGIN, (k, share)
        rules = derive_rules(d)
        assert rules == sorted(d["rules"]), (k, rules, d["rules"])
        covered |= set(rules)
        text = read_back(OUT / d["file"])
        n = size(text, d["language"])
        lo, hi = (2750, 3000) if d["language"] == "zh" else (1450, 1650)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(form)
            assert not m, (k, m.group(0), form[max(0, m.start() - 40):m.end() + 40])
        label = {"file": d["file"], "language": d["language"], "category": d["category"],
                 "expected_terms": t, "expected_extra": x, "expected_rules": sorted(d["rules"])}
        (OUT / (d["file"].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s  %-5s %5d  risk %-6s tco %s  %s" % (k, d["language"], n, risk(rules),
                                                     "-" if share is None else "%.1f" % share,
                                                     ", ".join(r[3:] for r in rules) or "(none)"))
        assert lo <= n <= hi, (k, n, lo, hi)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    z05 = len(DESIGN["h769z05"]["rules"])
    assert 8 <= z05 <= 10
    print("all checks passed")


if __name__ == "__main__":
    main()
