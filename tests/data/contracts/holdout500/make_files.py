"""holdout500: builds ten blind ORDINARY draft contracts and their labels, then checks them.

Sources are kept below (plain text for .txt/.md; a small markup for .docx/.pdf, see ../word_pdf.py). Run with
/work/main/.venv/bin/python -B make_files.py from this folder. The script writes the ten contract files and the ten
.json labels, derives each draft's expected rules from its labels (own reading of policy.md section 3), checks them
against the design list, asserts all 20 CR rules are covered, measures text lengths as read back, and scans every
built file and every source for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条, buyer's paper, 政府采购)
H500Z01 = """T:临海市港务局船舶调度平台采购合同
P:合同编号：LHGW-ZFCG-2025-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：临海市港务局    地址：临海市滨港大道88号
P:乙方（供应商）：浙江海睿智能科技有限公司    地址：杭州市滨江区江南大道1206号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就临海市港务局船舶调度平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供船舶调度平台软件的永久使用许可，并按甲方需求完成泊位计划编排、引航及拖轮调度、AIS船舶动态接入、锚地管理等功能的定制开发、部署、数据迁移和培训。
P:1.2 平台部署在甲方政务云，与甲方现有的港口生产管理系统、海事AIS基站和视频监控系统对接。定制功能以双方确认的《需求规格说明书》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾陆万元整（¥2,460,000），为含税固定总价，明细如下：
TB:序号|项目|金额（元）
TB:1|船舶调度平台软件永久许可（含调度、泊位、锚地模块）|1,280,000
TB:2|定制开发（泊位计划、引航拖轮调度、AIS对接、统计报表）|960,000
TB:3|部署实施及数据迁移|186,000
TB:4|用户培训|34,000
TB:合计||2,460,000
P:2.2 上述价款包含软件许可、开发、部署、差旅及税费，甲方无需另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%（¥492,000）作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%（¥1,107,000）。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%（¥861,000）。
H:第四条 交付进度
P:4.1 乙方应于合同签订后120日内完成开发、部署并提交初步验收申请。初步验收合格后进入3个月试运行期，试运行期满后进行最终验收。
P:4.2 乙方应组建不少于8人的项目组，项目经理须具有大型港口或交通行业信息化项目经验，未经甲方同意不得更换。乙方每两周向甲方提交项目进度报告，重大问题应及时书面报告。
P:4.3 乙方应为甲方调度员、引航站和拖轮公司操作人员及系统管理员分批开展培训，培训不少于6场，提供培训教材和操作视频，确保甲方人员能够独立操作和日常维护。
P:4.4 数据迁移范围为甲方现有调度系统近三年的船舶靠离泊记录、引航记录和锚地记录，迁移完成后乙方应提交数据核对报告，由甲方抽查确认。
H:第五条 验收
P:5.1 初步验收标准：《需求规格说明书》所列功能全部测试通过；AIS船舶动态刷新间隔不超过10秒；200个并发用户下常用页面响应时间不超过3秒；与港口生产管理系统的数据交换连续7日无差错。
P:5.2 最终验收标准：试运行期内无一级故障；平台通过网络安全等级保护三级测评；乙方已移交源代码、接口文档、部署手册和运维手册。
P:5.3 验收由甲方组织，可邀请专家参加，验收结果以书面验收报告为准。平台上线、试运行或甲方的使用均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证及售后维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过软件许可费的8%（即每年不超过¥102,400），该价格在质保期满后的三个维护年度内不得上调。维护服务需双方另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前3个工作日经甲方同意，不计入不可用时间。
P:7.2 一级故障（调度功能整体不可用或AIS数据中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决。乙方提供7×24小时服务热线。
P:7.3 乙方每迟延响应或迟延恢复1小时，甲方从应付款或履约保证金中扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。
H:第八条 知识产权
P:8.1 定制开发成果（包括源代码、数据库设计、接口程序、报表模板及相关文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台软件产品本身的知识产权仍归乙方所有，乙方授予甲方永久的、不可撤销的使用许可。乙方保证其交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的船舶动态、调度计划、泊位作业及用户信息等全部数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:9.2 乙方人员访问生产环境须经甲方审批并通过堡垒机操作，全程留痕；乙方应落实等级保护要求，采取访问控制、加密传输和日志审计措施。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:乙方对在履行本合同过程中知悉的甲方港口设施、调度规则、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 分包
P:乙方不得转包本合同。确需将非主体部分分包的，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期提交验收申请或逾期完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 乙方交付成果不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
H:第十三条 合同解除
P:乙方逾期超过30日，或有其他重大违约行为，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿损失。
H:第十四条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:15.2 本合同一式陆份，甲方执肆份，乙方执贰份；招标文件、投标文件及中标通知书为本合同组成部分，与本合同具有同等法律效力。
P:甲方（盖章）：临海市港务局            乙方（盖章）：浙江海睿智能科技有限公司
P:代表签字：______________            代表签字：______________
P:日期：2025年  月  日                日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (.docx, 1. 1.1, Word price table)
H500Z02 = """T:蒸煮器DCS控制系统改造及维保合同
P:合同编号：JFZJ-SB-2025-0316
P:甲方（买方）：江丰纸业（九江）有限公司    地址：江西省九江市湖口县金砂湾工业园
P:乙方（卖方）：南昌中控自动化工程有限公司    地址：南昌市高新区艾溪湖北路77号
P:甲方制浆车间两台连续蒸煮器现用控制系统已运行多年，备件停产、故障频发。经甲方比选，双方就控制系统改造及后续维保事宜订立本合同。
H:1. 工作范围
P:1.1 乙方负责提供DCS控制器、I/O卡件、操作员站及工程师站、控制系统软件及蒸煮过程先进控制软件，并更换部分现场温度、压力变送器。
P:1.2 乙方负责全部组态编程、回路整定、停炉切换、调试及操作培训，改造须利用甲方计划停炉检修窗口完成，停炉切换时间不超过72小时。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰捌拾陆万元整（¥1,860,000），含税，明细见下表：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制器及冗余电源|2套|436,000
TB:2|I/O卡件及端子板|1批|318,000
TB:3|操作员站及工程师站|5台|145,000
TB:4|控制系统软件许可（永久）|1套|286,000
TB:5|蒸煮过程先进控制软件许可（永久）|1套|205,000
TB:6|温度、压力变送器|1批|190,000
TB:软硬件小计|||1,580,000
TB:7|组态编程及调试|1项|168,000
TB:8|安装及停炉切换|1项|92,000
TB:9|操作培训|1项|20,000
TB:合同总价|||1,860,000
P:2.2 质保期满后的维保费用不包含在合同总价内，按本合同第7条执行。
H:3. 付款
P:3.1 合同生效后10日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的50%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后支付。
H:4. 交货和实施
P:4.1 乙方应于合同生效后75日内将全部设备运至甲方制浆车间，并于甲方通知的停炉检修窗口内完成切换投运。
P:4.2 乙方现场人员应遵守甲方安全生产、动火作业和受限空间管理制度，进场前接受甲方安全教育，并自行为其人员购买意外伤害保险。
P:4.3 乙方应在合同生效后20日内提交详细设计方案，包括控制系统配置图、I/O清单、控制策略说明、停炉切换方案和回退方案，经甲方工艺、设备和安全部门审查确认后方可实施。
P:4.4 停炉切换前，乙方应在其工厂完成控制器和操作站的出厂测试，甲方可派人见证；切换期间乙方项目经理和主要工程师须全程在现场，切换方案中的每一步骤均须经甲方当班负责人确认。
P:4.5 所有设备应为原厂全新正品，附合格证和出厂检验报告；变送器须提供有效的检定或校准证书。
H:5. 验收
P:5.1 系统投运后连续运行72小时，控制器、网络及操作站无故障；主要控制回路自动投运率不低于95%；蒸煮温度控制偏差不超过±1.5℃；报警及联锁逐项测试合格。
P:5.2 上述条件满足并经1个月试运行后，由甲方组织最终验收，签署书面验收报告。设备安装、投运或甲方使用均不视为验收合格。
H:6. 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏的硬件，免费修复软件缺陷。
P:6.2 一级故障（控制器失效或导致蒸煮器停机）乙方应在30分钟内电话响应，3小时内到达现场；二级故障2小时内响应，次日到场处理。
P:6.3 乙方迟延响应或迟延到场的，每迟延1小时，甲方可扣减质量保证金¥800。
P:6.4 质保期内乙方应在甲方现场存放控制器、电源和常用卡件各不少于1套的备件，备件使用后应在7日内补齐。质保期内乙方每季度到现场巡检一次，并提交巡检报告。
H:7. 质保期满后的维保
P:7.1 质保期满后，乙方提供年度维保服务，内容包括驻厂工程师1名、备件更换、软件升级、先进控制模型维护及每季度巡检。
P:7.2 年度维保费按软硬件小计的27%计取，即每维保年度¥426,600，在质保期满后的三个维保年度内固定不变，每维保年度结束后按季度考核结果支付。
P:7.3 维保期间，乙方每季度提交巡检报告，对控制回路投运情况、报警记录和先进控制效果进行分析并提出优化建议；先进控制模型因原料或工艺变化需要重新整定的，乙方免费完成。
H:8. 违约责任
P:8.1 乙方逾期交货或未能在停炉检修窗口内完成切换的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:8.2 甲方逾期付款的，应按同期贷款市场报价利率向乙方支付利息。
P:8.3 因乙方原因造成蒸煮器非计划停机的，乙方应赔偿甲方的直接损失。
H:9. 知识产权
P:9.1 乙方为本项目编写的组态程序、控制策略、先进控制模型参数及相关文档归甲方所有，甲方可自行修改或交由第三方维护。
P:9.2 控制系统软件产品的知识产权归原厂所有，甲方取得永久使用许可。
H:10. 数据安全
P:10.1 控制系统中的工艺参数、生产数据和操作记录归甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:10.2 乙方远程诊断须经甲方批准，通过甲方提供的VPN和工控安全网关接入，操作全程记录；乙方不得在控制网络中接入未经检查的移动存储介质。
P:10.3 发生数据泄露或网络安全事件的，乙方应在2小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任。
H:11. 保密
P:双方对履行本合同获悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:12. 分包
P:乙方可将现场仪表安装作业分包给具备相应资质的单位，但须事先取得甲方书面同意，乙方对分包部分承担全部责任。其他工作不得分包。
H:13. 合同解除
P:乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:14. 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。
H:15. 其他
P:15.1 因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。
P:15.2 本合同自双方签字盖章之日起生效，一式肆份，双方各执贰份。技术协议、设备清单和停炉切换方案为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：江丰纸业（九江）有限公司        乙方（盖章）：南昌中控自动化工程有限公司
P:授权代表：____________        授权代表：____________
P:日期：2025年  月  日        日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (.txt, 一、（一）, SaaS + 实施)
H500Z03 = """洁润日化连锁门店进销存SaaS服务及实施合同

合同编号：JR-IT-2025-042
甲方（客户）：成都洁润日化商贸有限公司
地址：成都市武侯区武科西五路360号
乙方（服务商）：四川云铺信息技术有限公司
地址：成都市高新区天府三街199号

甲方经营洗衣液、洗洁精等日化用品的经销及连锁零售，在成都、绵阳、德阳共有30家门店和1个中心仓。为统一门店开单、库存和采购管理，甲方向乙方订购进销存SaaS服务及上线实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供进销存SaaS服务，包括门店POS开单、会员积分、采购订货、中心仓管理、门店调拨、盘点和经营报表功能，开通30家门店账号及总部账号。
（二）乙方提供上线实施服务，包括商品和会员资料迁移、POS收银机对接、与甲方财务软件的凭证接口开发、各门店上线辅导和人员培训。
（三）服务期为三个服务年度。首个服务年度自上线验收合格之日起算，每个服务年度为自起算日起至次年对应日前一日。

二、费用
（一）SaaS订阅费：门店账号每店每服务年度¥3,600，30家门店合计¥108,000；总部及中心仓模块每服务年度¥42,000。订阅费合计每服务年度¥150,000，三个服务年度共计¥450,000。
（二）实施费¥86,000，培训费¥14,000，均为一次性费用。实施费包括30家门店和中心仓的资料迁移、POS收银机对接、财务凭证接口开发及上线辅导，乙方人员的差旅费用已包含在内。
（三）本合同总价为¥550,000（含税）。SaaS订阅费已包含系统升级、数据备份、在线客服和远程技术支持，乙方不得另行收取平台使用费、短信费或接口调用费。服务期内新增门店按每店每服务年度¥3,600另行计费，不计入合同总价。

三、付款
（一）实施费及培训费在上线验收合格后15个工作日内支付。
（二）每个服务年度的订阅费在该服务年度开始后30日内支付。
（三）甲方不向乙方支付任何预付款。乙方收款前应开具合法有效的增值税专用发票。

四、上线及验收
（一）乙方应于合同签订后45日内完成全部30家门店的上线。
（二）上线验收标准：30家门店均能正常开单、收款和退货；迁移后的商品、库存和会员积分与甲方原始数据核对一致；库存账实差异率不超过0.5%；POS对接和财务凭证接口连续7日无差错。
（三）甲方在收到乙方验收申请后7个工作日内组织验收并书面确认。门店开始使用系统不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.95%，按每月实际可用分钟数计算，经甲方同意的计划维护除外。
（二）一级故障（全部或多数门店无法开单）乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单个功能异常）1小时内响应，8小时内解决。
（三）月度可用率每低于承诺值0.1个百分点，减免当月订阅费的5%；一级故障恢复每超时1小时，减免当月订阅费的2%。减免额在下一期订阅费中抵扣。

六、数据归属及数据安全
（一）甲方在系统中录入或产生的商品、库存、销售、会员及供应商数据均归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）数据存储在中国境内的数据中心，乙方平台已通过网络安全等级保护三级测评，应采取加密存储、访问控制、操作日志和每日备份等措施，会员个人信息的处理应符合《个人信息保护法》。
（三）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交给甲方，随后删除其保存的甲方数据并书面确认。
（五）乙方应每季度向甲方提供一次数据备份文件，便于甲方自行留存。

七、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）乙方为甲方专门开发的财务凭证接口程序、定制报表及相关文档归甲方所有，乙方应交付源代码，甲方可自行使用、修改或交由第三方维护。

八、保密
双方对在合作中知悉的对方经营数据、价格政策、技术资料及其他商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

九、服务的执行
（一）乙方可以将门店上线实施、POS收银机现场对接等工作交由其合作服务商完成，乙方应提前5个工作日以书面形式告知甲方合作服务商名称，并对其工作承担责任。
（二）乙方应指定一名项目经理，负责与甲方的日常沟通，每月向甲方提交服务报告，内容包括系统可用率、故障处理情况、门店使用情况和改进建议。
（三）乙方应在每家门店上线当日安排实施人员到店或远程陪同开单，并在上线后第一周每日回访门店店长，及时处理门店反馈的问题。
（四）乙方应为甲方门店店员、仓库管理员和总部财务人员分别提供培训，培训结束后提供操作手册和视频教程，并为甲方新入职员工提供在线培训。
（五）乙方升级SaaS平台时应提前3个工作日通知甲方，升级不得影响门店营业时间内的正常开单，不得减少甲方已使用的功能。
（六）甲方应指定项目联系人，按时提供商品、会员和库存资料，配合完成门店网络和收银设备的准备工作。因甲方原因导致上线延误的，上线期限相应顺延。

十、续期
（一）服务期届满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
（二）每次续期时，乙方有权根据其当期价格政策调整订阅费单价，调整后的单价以乙方的书面通知为准，通知在续期开始前送达即对甲方生效。

十一、违约责任
（一）乙方未能按期完成门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任不超过合同总价的150%，但因故意、重大过失或违反本合同第六条造成的损失不受此限。

十二、合同解除
任何一方严重违约，经对方书面催告后15日内未改正的，守约方有权书面通知解除本合同。因乙方违约解除的，乙方应退还未履行服务期间的订阅费。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
（一）因不可抗力导致本合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
（二）本合同附件包括《功能清单》《实施计划》和《门店清单》，与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：成都洁润日化商贸有限公司（盖章）      乙方：四川云铺信息技术有限公司（盖章）
代表：__________                            代表：__________
日期：2025年  月  日                          日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (.txt, （1）, 年度运维, 竞争性磋商)
H500Z04 = """庐阳区委老干部局老干部活动中心预约管理系统运维服务合同

项目编号：LYCG-2025-CS-0087（竞争性磋商）
甲方（采购人）：中共庐阳区委老干部局
地址：合肥市庐阳区阜阳路158号
乙方（成交供应商）：安徽信达云科技有限公司
地址：合肥市蜀山区黄山路601号

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就老干部活动中心预约管理系统的运维服务订立本合同。

一、服务范围与期限
（1）运维对象：老干部活动中心预约管理系统，包括微信预约小程序、后台管理端、门禁及签到设备接口、短信提醒服务和数据库服务器。
（2）服务期限：2025年4月1日至2026年3月31日。期满本合同终止，不自动续期；甲方如需继续采购，另行依法组织采购。
（3）服务内容：日常巡检和监控、故障处理、应用维护及小功能优化、活动场地和课程数据维护、安全加固和漏洞修补、每月数据备份检查、重大节日和集中报名期间的现场保障。
（4）日常巡检：乙方每个工作日对服务器运行状态、磁盘空间、数据库连接、短信通道和门禁接口进行检查，每周汇总形成巡检记录；发现隐患的，应及时处理并告知甲方。
（5）应用维护及小功能优化：根据甲方提出的需求，对预约规则、课程排期、签到统计和报表进行调整，全年小功能优化工作量不超过60人日，超出部分由双方另行协商。每项优化上线前须在测试环境验证并经甲方确认。
（6）安全加固：乙方每季度进行一次漏洞扫描和基线检查，配合甲方完成网络安全检查和等级保护测评工作，及时更新操作系统和中间件的安全补丁。
（7）适老化服务：乙方应持续优化小程序的大字体、语音提示和一键预约功能，对不便使用手机的老干部，配合甲方工作人员提供电话代预约的后台支持。
（8）数据备份：乙方每日对数据库进行增量备份，每周进行全量备份，备份数据保存在甲方指定的存储设备上，每月进行一次恢复演练。

二、服务费用及支付
（1）服务费总额为人民币壹拾捌万陆仟元整（¥186,000），其中日常运维¥96,000，应用维护及小功能优化¥54,000，安全加固及巡检¥24,000，应急保障¥12,000。
（2）上述费用已包含乙方人员工资、差旅、交通、工具软件、短信通道费用及税费，甲方不再支付其他费用。短信通道由乙方按甲方要求配置，发送内容须经甲方审核。
（3）服务费按季度支付。每季度结束后，经甲方季度考核合格，甲方在15个工作日内支付当季度服务费¥46,500。考核扣减的金额从当季度服务费中扣除。
（4）本合同不设预付款。乙方收款前应开具合法有效的发票。

三、服务水平
（1）系统年度可用率不低于99.5%。可用率按服务期内系统实际可正常预约的时间计算，经甲方同意的计划维护不计入不可用时间。
（2）故障分级：一级故障指小程序或后台整体无法使用，或集中报名期间无法正常报名；二级故障指部分功能异常；三级故障指一般咨询和使用问题。
（3）一级故障乙方应在30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决；三级故障在1个工作日内答复。
（4）乙方提供7×24小时服务电话，集中报名期间派1名工程师在活动中心现场值守。
（5）考核扣减：一级故障每超时1小时扣¥300；二级故障每超时1小时扣¥200；系统可用率每低于承诺值0.1个百分点，扣¥500。

四、服务交接与考核验收
（1）乙方应在合同签订后10日内完成与原运维单位的交接，包括账号、文档、源代码和服务器配置的清点，并提交交接报告。
（2）交接期间，乙方应对系统进行一次全面检查，形成系统现状评估报告，列明存在的问题和整改建议，作为后续运维工作的基础。
（3）季度考核标准：巡检记录完整，故障处理符合本合同第三条的时限，月度备份恢复测试成功，漏洞扫描发现的高危漏洞在7日内修复。
（4）服务期满前，甲方根据四个季度的考核结果和乙方提交的年度运维报告进行最终验收，出具书面验收意见。
（5）服务期满时，乙方应将全部运维文档、账号密码、源代码和配置资料完整移交甲方或甲方指定的单位，并配合完成交接。

五、数据安全
（1）系统中的老干部姓名、联系方式、健康状况、预约和签到记录等数据归甲方所有，乙方仅为运维目的处理，不得用于其他任何用途。
（2）乙方应采取访问控制、最小权限、操作日志审计和数据加密措施，远程运维须经甲方批准并通过堡垒机进行；不得将数据复制到乙方设备或向第三方提供。
（3）发生数据泄露、丢失或系统被入侵的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

六、知识产权
运维期间乙方形成的运维文档、巡检报告、脚本、配置文件及小功能优化所开发的程序代码均归甲方所有，甲方可自行使用、修改或交由其他单位使用。

七、人员要求
（1）乙方应指定项目负责人和不少于2名运维工程师，人员变更须提前7日告知甲方并经甲方同意。
（2）乙方人员进入活动中心应遵守甲方管理规定，尊重老干部，服务态度热情耐心。
（3）乙方运维工程师应熟悉微信小程序、Java应用和MySQL数据库的运维，项目负责人应具有三年以上政务信息系统运维经验。
（4）乙方应建立运维值班表，节假日及重大活动期间的值班安排应提前报甲方备案。
（5）乙方应按月向甲方提交运维月报，内容包括巡检情况、故障处理、优化完成情况、预约量和签到量统计。

八、分包
乙方不得将本合同项下的服务转包或分包给第三方。

九、违约责任
（1）乙方未按期完成服务交接的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（2）集中报名期间乙方未按约定派驻现场值守人员的，每缺少一人日扣¥500。
（3）乙方服务不符合本合同约定的，按第三条第（5）项扣减服务费；给甲方造成损失的，乙方应予赔偿。

十、合同解除
乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

十一、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十二、其他
（1）因不可抗力导致服务中断的，乙方应及时通知甲方并尽力恢复服务，不可抗力影响期间不计入考核。
（2）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（3）本合同一式四份，甲方执三份，乙方执一份。磋商文件、响应文件和成交通知书为本合同的组成部分。

甲方（盖章）：中共庐阳区委老干部局        乙方（盖章）：安徽信达云科技有限公司
代表签字：__________                      代表签字：__________
签订日期：2025年3月  日
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
H500Z05 = """# 软件许可及定制开发合同

**智仓通标准合同文本 V4.0**（本文本由乙方提供）

合同编号：ZCT-2025-0519

- 甲方（用户）：孝感市米香园食品有限公司，地址：湖北省孝感市孝南区槐荫大道208号
- 乙方（供应商）：武汉智仓通软件有限公司，地址：武汉市东湖新技术开发区光谷大道77号

甲方主要生产糍粑、米糕等米制品，设有原料仓、冻品成品库，向湖北省内商超和门店冷链配送。甲方向乙方购买“智仓通”仓储管理软件及配送管理模块的使用许可，并委托乙方进行定制开发。双方签订本合同，共同遵守。

## 第一条 产品与服务

1.1 乙方向甲方提供智仓通仓储管理系统（WMS）及配送管理模块（TMS）的永久使用许可，用户数不限。

1.2 乙方按甲方需求定制开发以下功能：冷库温控设备数据对接、门店要货及自动分单、批次效期和先进先出管理、配送车辆排线及签收。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。

1.4 系统部署在甲方自有服务器上，服务器、操作系统、数据库软件、网络设备、手持终端及打印机由甲方自行采购，不包含在本合同范围内。乙方提供配置建议。

1.5 定制开发的具体内容以双方签字确认的《需求确认书》为准，需求调研时间不超过10个工作日，甲方应在调研结束后5个工作日内确认。《需求确认书》签字后甲方提出的新增或变更需求，乙方可另行报价，工期相应顺延。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智仓通WMS软件许可（永久） | 280,000 |
| 2 | TMS配送管理模块许可（永久） | 120,000 |
|  | 软件许可小计 | 400,000 |
| 3 | 定制开发（温控对接、门店要货、效期管理、车辆排线） | 210,000 |
| 4 | 安装部署及数据初始化 | 48,000 |
| 5 | 操作培训 | 12,000 |
|  | **合同总价（含税）** | **670,000** |

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥335,000，乙方收到款项后启动开发。

3.2 系统上线运行后5个工作日内，甲方支付合同总价剩余的50%，即¥335,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方计划于收到首笔款项后90日内完成开发并上线，具体时间以双方确认的项目计划为准，乙方将按周向甲方通报项目进展。

4.2 因需求变更、甲方配合不到位或甲方原因导致进度延误的，交付时间相应顺延。

4.3 甲方应指定专人负责项目配合，及时提供商品资料、库位信息、门店信息、车辆信息和冷库温控设备的通信协议，并安排仓库和配送人员参加培训。

4.4 乙方提供现场培训不超过5个工作日，超出部分按每人每日¥2,000另行收费。培训结束后乙方提供电子版操作手册。

## 第五条 验收

5.1 系统在甲方环境安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方对系统功能有意见的，可在上线后提出，乙方将在后续版本中酌情优化。

5.3 乙方向甲方交付的内容包括：安装在甲方服务器上的系统程序、用户账号、电子版操作手册和培训记录。乙方不向甲方交付源代码。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括远程技术支持和缺陷修复。

6.2 维护期内，一级故障（系统无法出入库作业）乙方在8小时内响应，其他故障在2个工作日内响应。

6.3 乙方将尽力在合理时间内排除故障，但不对故障处理时间作出保证，亦不因故障或响应超时承担扣款、赔偿或违约金。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得技术支持及升级服务，应与乙方签订年度维护协议。

7.2 年度维护费按乙方当年公布的维护服务价格标准执行，乙方可根据市场情况进行调整。

## 第八条 知识产权

8.1 智仓通软件及乙方为本项目开发的全部定制功能、源代码、接口程序和技术文档的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占的使用权，不得对软件进行修改、反编译，也不得向第三方转让或提供。

## 第九条 数据

9.1 甲方业务数据由甲方所有。乙方应采取访问控制、数据加密和备份措施保障甲方数据安全，远程维护须经甲方同意；因乙方原因造成数据泄露或丢失的，乙方负责修复，并赔偿甲方由此产生的直接损失。

9.2 甲方同意，乙方可在去除甲方名称等标识后，使用甲方的库存、订单和配送数据用于乙方产品的改进、行业分析报告以及为其他客户提供的优化服务。

## 第十条 甲方的义务

10.1 甲方应按照乙方提供的操作手册使用系统，不得擅自修改系统数据库或安装可能影响系统运行的软件。

10.2 甲方应自行负责服务器、网络和数据库的日常管理和数据备份，并为乙方远程维护提供必要的网络条件。因甲方服务器故障、网络中断或误操作造成的损失，由甲方自行承担。

## 第十条之一 保密

双方对在合作过程中获得的对方商业秘密和技术资料负有保密义务，未经对方同意不得向第三方披露。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任，并赔偿对方因此遭受的直接损失。

11.2 乙方在本合同项下承担的全部责任（包括赔偿、违约金及其他责任）累计不超过合同总价的20%，且不承担任何间接损失、利润损失或数据损失。

## 第十二条 合同解除

一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方可以书面通知解除本合同。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同具有同等效力。

14.2 因不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行或解除合同。

14.3 本合同附件包括《需求确认书》《项目实施计划》和《产品功能清单》，附件与本合同具有同等效力。

14.4 本合同一式贰份，双方各执壹份，自双方签字盖章之日起生效。

| 甲方：孝感市米香园食品有限公司（盖章） | 乙方：武汉智仓通软件有限公司（盖章） |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2025年  月  日 | 日期：2025年  月  日 |
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N, perpetual licences + services, Vietnam)
H500E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MQ-CN-2025-031
P:This Agreement is made between MinhQuang Software Joint Stock Company, a company incorporated in Vietnam with its office at 54 Bach Dang Street, Hai Chau District, Da Nang, Vietnam ("Vendor"), and Foshan Huaxin Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its office at 18 Jihua Road, Chancheng District, Foshan, Guangdong ("Customer").
P:Background. Customer makes floor and wall tiles on four kiln lines and wishes to replace its paper-based quality inspection records with a quality management system. Vendor publishes the MQ Quality Suite software and provides implementation services. At Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the MQ Quality Suite server and client software, the mobile inspection application and the Documentation, in the versions listed in Annex 1.
P:1.2 "Custom Deliverables" means the reports, kiln-line interfaces, configuration scripts, inspection templates and data-migration scripts prepared by Vendor specifically for Customer under this Agreement, and their source code and documentation.
P:1.3 "Final Acceptance" means Customer's written acceptance certificate issued under Article 5.
P:1.4 "Customer Data" means all data entered into, generated by or stored in the Software by or for Customer, including inspection records, batch data, images and personal information of Customer's employees.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on Customer's own servers in Foshan for Customer's internal business, for the number of users stated in Article 3.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery. Customer may allow its contractors to operate the Software on its behalf.
P:2.3 Vendor keeps all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to Customer.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,120,000, inclusive of applicable taxes, made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|MQ Quality Suite server licence, perpetual|1|320,000
TB:2|Named user licences, perpetual|150 users x 2,400|360,000
TB:3|Mobile inspection app licences, perpetual|40 devices x 1,500|60,000
TB:|Licence Subtotal||740,000
TB:4|Implementation and configuration, including Custom Deliverables|fixed price|286,000
TB:5|Migration of historical inspection records|fixed price|64,000
TB:6|Training of key users and administrators|fixed price|30,000
TB:|Contract Price||1,120,000
P:3.2 The Contract Price is fixed. Travel and living costs of Vendor's staff in Foshan are included.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 224,000) within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 504,000) within 20 days after Go-Live, meaning the first full week in which all four kiln lines record their inspections in the Software.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 392,000) within 20 days after Final Acceptance.
P:4.4 All payments are made by bank transfer in CNY to the account named in Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall deliver the Software and achieve Go-Live within 100 days after signature, following the project plan in Annex 2.
P:5.2 After Go-Live the Software shall run in production for 30 consecutive days. Final Acceptance is given when all of the following are met: (a) every test case in the agreed Acceptance Test Plan has passed; (b) migrated records match the source records in a full count and in a sample check of 500 records; (c) the kiln-line interfaces transfer batch data without error during the 30 days; (d) no Severity 1 defect has occurred during the last 20 of those days; and (e) the Custom Deliverables, their source code and the administrator documentation have been handed over.
P:5.3 Customer shall test within ten working days after Vendor's written notice that the Software is ready and shall either sign the acceptance certificate or list the failures. Vendor shall correct the failures and the tests shall be repeated. Installation, Go-Live, production use or any payment is not acceptance.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the Documentation and the functional specification for a warranty period of 18 months from Final Acceptance.
P:6.2 During the warranty period Vendor shall correct every defect free of charge and shall supply all updates and new versions of the Software that it releases to its customers.
H:Article 7 Support
P:7.1 During the warranty period and any later support period, Vendor shall provide support by telephone, e-mail and remote access. Severity 1 means the Software cannot be used on a kiln line or data is being lost; Severity 2 means a major function is impaired; Severity 3 means any other problem.
P:7.2 Vendor shall respond to a Severity 1 problem within 1 hour at any time and provide a workaround within 8 hours. Vendor shall respond to Severity 2 problems within 2 working hours and Severity 3 problems within one working day.
P:7.3 For each full hour by which Vendor misses the Severity 1 response or workaround time, Vendor shall give Customer a credit of CNY 1,000, deducted from the next payment due or paid on request.
P:7.4 After the warranty period Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, that is CNY 81,400 a year, fixed for the first three support years. Any later change must be agreed in writing and shall not exceed 3% a year. Support is ordered each year by Customer's purchase order and does not renew automatically.
H:Article 8 Intellectual Property in Custom Deliverables
P:8.1 All rights in the Custom Deliverables vest in Customer on creation. Customer may use, copy, modify and license the Custom Deliverables without restriction and may give them to other contractors.
P:8.2 Vendor's general tools and know-how used to make the Custom Deliverables remain Vendor's. Customer receives a perpetual, free licence to the extent they are needed to use the Custom Deliverables.
P:8.3 Vendor shall defend and indemnify Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to Customer. Vendor may process Customer Data only to perform this Agreement and only on Customer's written instructions, and shall not use it for any other purpose or disclose it to any third party.
P:9.2 The Software is hosted on Customer's servers. Vendor shall access Customer's systems only through the remote-access channel provided by Customer, with individual accounts, multi-factor authentication and Customer's approval for each session. Vendor shall not copy Customer Data out of Customer's systems. Test data shall be supplied by Customer in anonymised form.
P:9.3 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in its work for Customer.
P:9.4 Vendor shall notify Customer of any actual or suspected security incident affecting Customer Data within 24 hours after becoming aware of it, shall cooperate with Customer's investigation, and shall be liable for all losses, costs and fines that Customer suffers as a result of an incident caused by Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's production methods, product formulas and prices, and shall use it only for this Agreement. This obligation continues for three years after this Agreement ends.
H:Article 11 Subcontracting
P:Vendor shall not subcontract any part of its obligations without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Delay and Liability
P:12.1 If Go-Live is delayed beyond the date in Article 5.1 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability under Articles 8.3, 9 and 10, to personal injury or to wilful misconduct.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 Customer may also terminate if liquidated damages under Article 12.1 reach their maximum. On termination for Vendor's breach, Vendor shall refund the amounts paid for work not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Socialist Republic of Vietnam.
P:14.2 Any dispute arising out of this Agreement shall be settled by arbitration at the Vietnam International Arbitration Centre (VIAC) in Hanoi under its rules. The language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Software and versions) and Annex 2 (Project plan and Acceptance Test Plan), is the entire agreement of the parties. Changes must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:For Vendor: MinhQuang Software Joint Stock Company    Name: ______________    Title: ______________    Date: ______________
P:For Customer: Foshan Huaxin Ceramics Co., Ltd.    Name: ______________    Title: ______________    Date: ______________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form + General Terms, SaaS, Thailand)
H500E02 = """# ORDER FORM — ShiftBloom Workforce Scheduling Service

**Order Form No.** SB-OF-2025-0877
**Provider:** ShiftBloom Co., Ltd., 99 Nimmanhaemin Road, Suthep, Mueang Chiang Mai, Chiang Mai 50200, Thailand
**Customer:** Chengdu Maiyu Bakery Chain Co., Ltd., 66 Hongxing Road Section 3, Jinjiang District, Chengdu, Sichuan, People's Republic of China

This Order Form is made under, and incorporates, the ShiftBloom General Terms set out in Part B below. If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A — Order details

### A1. Service

The ShiftBloom workforce scheduling, timekeeping and labour-cost service ("Service"), delivered as software as a service, for the Customer's 120 bakery stores and its central kitchen, including the web console, the store tablet app, the employee mobile app and the payroll export interface.

### A2. Subscription Term

Two Subscription Years. Subscription Year 1 starts on the Go-Live Date (A5) and each Subscription Year lasts until the day before the anniversary of its start. The Service ends at the end of Subscription Year 2 unless the parties sign a new Order Form. There is no automatic renewal.

### A3. Fees

At the Customer's request all fees are stated and paid in Chinese Yuan (CNY), inclusive of VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, 120 stores | CNY 2,240 per store per Subscription Year | 268,800 per Subscription Year |
| Subscription fees for the Subscription Term | 2 Subscription Years | 537,600 |
| Onboarding (configuration, data import, payroll export, training) | one-time, fixed | 36,000 |
| **Total Contract Value** | | **573,600** |

Stores added during the term are charged at the same rate pro rata and are not part of the Total Contract Value.

### A4. Invoicing and payment

The onboarding fee is invoiced after Go-Live Acceptance. Subscription fees are invoiced quarterly in arrears, at the end of each quarter of a Subscription Year. The Customer pays each correct invoice within 30 days. Nothing is payable before the Go-Live Date.

### A5. Onboarding, Go-Live and acceptance

(a) Provider shall complete onboarding and make the Service available for production use in all 120 stores within 60 days after the last signature of this Order Form (the "Target Go-Live Date").

(b) Go-Live Acceptance tests: (i) every store's roster for two consecutive weeks is created and published in the Service; (ii) clock-in records from the store tablets match the test sample of 300 shifts; (iii) the payroll export file is accepted by the Customer's payroll system without manual correction for one full pay period; (iv) the Customer's store managers and HR staff have been trained as set out in the onboarding plan.

(c) When the tests are passed the Customer signs a Go-Live Acceptance certificate; the date of that certificate is the "Go-Live Date". Use of the Service by stores before that date is not acceptance.

(d) If the Go-Live Date is later than the Target Go-Live Date for reasons attributable to Provider, Provider shall pay the Customer CNY 400 for each day of delay as liquidated damages, deducted from the onboarding fee or later invoices.

### A6. Service levels

(a) Availability: the Service, measured at Provider's edge each calendar month excluding scheduled maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time, shall be available at least 99.95% of the time.

(b) Support: Priority 1 (the Service is unavailable for all stores or clock-in fails in more than ten stores) — response within 30 minutes, restoration within 3 hours, 24 hours a day; Priority 2 (a major function is impaired) — response within 2 hours in business hours, resolution within two business days; Priority 3 — response within one business day.

(c) Service credits: for each full 0.1 percentage point by which monthly availability falls below the commitment, 5% of that month's subscription fee; for each Priority 1 incident restored late, 2% of that month's subscription fee. Credits are deducted from the next invoice and are without prejudice to the Customer's other rights.

### A7. Contacts

Provider: Account Manager, Ms. Kanya Srisuk. Customer: Head of HR Operations, Mr. Zhou Wen.

## Part B — ShiftBloom General Terms

### B1. The Service

1.1 Provider shall provide the Service in accordance with the Order Form and its current documentation, with the care and skill of a competent provider of similar services.

1.2 The Service is hosted on Alibaba Cloud in the Shanghai region. Provider shall not move the hosting of Customer Data outside mainland China.

1.3 Provider may update the Service from time to time, provided that an update does not materially reduce the functions used by the Customer.

### B2. Customer Data

2.1 "Customer Data" means the employee records, rosters, clock-in records, wage rates and other data that the Customer or its staff put into the Service. As between the parties, the Customer owns the Customer Data.

2.2 The Customer grants Provider a licence to use the Customer Data to provide the Service to the Customer.

2.3 The Customer also grants Provider a perpetual, irrevocable, royalty-free licence to use Customer Data in aggregated and de-identified form, together with data on how the Service is used, to develop and improve Provider's products, to train its scheduling and demand-forecasting models and to publish labour benchmarks for the retail and food-service industries. This licence continues after the Service ends.

### B3. Data security

3.1 Provider maintains an information security programme certified to ISO/IEC 27001 and keeps the Service's MLPS level 3 filing current.

3.2 Customer Data is encrypted in transit and at rest. Access by Provider's staff is limited to named personnel who need it, with multi-factor authentication, and is logged. Personal information is processed in accordance with the Personal Information Protection Law of the People's Republic of China.

3.3 Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall take all reasonable steps to contain it, and shall be responsible for the losses and costs that the Customer incurs as a result of an incident caused by Provider's breach of this section.

3.4 Within 30 days after the Service ends Provider shall make all Customer Data available for export in CSV format and shall then delete it, except for the licence in section 2.3.

### B4. Configurations and reports

Roster templates, labour rules, store structures and reports configured for the Customer ("Customer Configurations") belong to the Customer, who may use, copy and modify them freely and give them to any other service provider. Provider keeps all rights in the Service itself.

### B5. Confidentiality

Each party shall keep confidential the non-public information of the other party received in connection with the Order Form and use it only for the purposes of the Order Form, for the term and three years after it.

### B6. Subcontracting

Provider uses Alibaba Cloud as its hosting provider, which the Customer approves by signing the Order Form. Provider shall not appoint any other subcontractor or sub-processor for the Service without the Customer's prior written consent, and is responsible for the acts of all its subcontractors.

### B7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Provider's total aggregate liability arising out of or in connection with the Order Form and these General Terms, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the six months immediately before the event giving rise to the claim.

7.3 Section 7.2 does not limit liability for death or personal injury, fraud, or wilful misconduct.

### B8. Termination

8.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.

8.2 The Customer may also terminate the Order Form by written notice if service credits become due in any three months of the same Subscription Year.

8.3 On termination for Provider's breach, Provider shall refund any fees paid for the period after termination.

### B9. Governing law and disputes

The Order Form and these General Terms are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

### B10. General

10.1 Neither party may assign the Order Form without the other party's written consent.

10.2 Notices must be in writing and sent to the contacts in section A7.

10.3 The Order Form may be signed in counterparts and by electronic signature.

10.4 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect of the event.

**Signed for Provider:** ShiftBloom Co., Ltd. — Name: __________ Title: __________ Date: __________

**Signed for Customer:** Chengdu Maiyu Bakery Chain Co., Ltd. — Name: __________ Title: __________ Date: __________
"""

# ---------------------------------------------------------------- e03 (.docx, Section N.N, sensors for a site, buyer's paper, Malaysia)
H500E03 = """T:PURCHASE CONTRACT FOR PLANT MONITORING SENSORS AND INSTALLATION
P:Contract No. YL-HH-EQ-2025-112
P:Buyer: Hohhot Yiliang Dairy Products Co., Ltd., 9 Jinqiao Development Zone, Saihan District, Hohhot, Inner Mongolia, People's Republic of China ("Buyer").
P:Supplier: Penang SenseWorks Sdn. Bhd., Plot 21, Bayan Lepas Industrial Zone Phase 4, 11900 Bayan Lepas, Penang, Malaysia ("Supplier").
P:The Buyer operates a milk processing plant with cold rooms, a powder line and a utilities building. It wishes to monitor temperature and humidity, electricity use and the vibration of its main pumps and compressors. The Supplier has offered wireless sensors, gateways and monitoring software and their installation. The parties agree as follows. All prices are in Chinese Yuan (CNY).
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, configure and commission the equipment and software listed in Section 2 at the Buyer's plant (the "Site"), connect the monitoring software to the Buyer's energy management system and train the Buyer's staff.
P:1.2 The technical specification, the sensor location drawing and the acceptance test plan in Annexes 1 to 3 form part of this Contract.
P:1.3 The Supplier shall appoint a project manager who speaks Mandarin and who shall be the Buyer's single point of contact from signature to Final Acceptance. The project manager shall send the Buyer a written progress report every week during delivery and installation.
P:1.4 The Supplier shall provide a training programme of at least three days at the Site for the Buyer's operators and maintenance staff, covering daily use of the dashboards, alarm handling, battery replacement, adding and moving sensors, and basic fault finding. Training materials shall be provided in Chinese.
P:1.5 The Buyer shall provide the Supplier with network connections, power points near the gateway positions, access to the Site during working hours and a server meeting the specification in Annex 1.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 642,000, including VAT, delivery to the Site, installation and all other costs of the Supplier:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|220|680|149,600
TB:2|Three-phase energy meters with communication module|48|2,150|103,200
TB:3|Wireless vibration sensors for pumps and compressors|36|3,400|122,400
TB:4|LoRa gateways with power-over-Ethernet kits|8|9,600|76,800
TB:5|Monitoring software, perpetual on-premises licence|1|118,000|118,000
TB:|Hardware and Licence Subtotal|||570,000
TB:6|Installation, configuration and commissioning|1 lot|64,000|64,000
TB:7|Training of operators and maintenance staff|1 lot|8,000|8,000
TB:|Contract Price|||642,000
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or material costs.
H:Section 3 Payment
P:3.1 10% of the Contract Price within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price within 15 working days after all equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 35% of the Contract Price within 15 working days after Final Acceptance under Section 5.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Site within 45 days and complete installation within 70 days after signature.
P:4.2 Installation work in the cold rooms and the powder line shall follow the Buyer's food-safety, hygiene and permit-to-work rules. The Supplier shall agree the work plan with the Buyer's production department in advance so that production is not interrupted.
P:4.3 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for 14 consecutive days. Final Acceptance requires that: (a) each temperature sensor reads within plus or minus 0.3 degrees Celsius of a calibrated reference at three points; (b) energy meter readings match the utility meters within 1% over the 14 days; (c) every sensor reports at its configured interval, with no gap longer than 30 minutes during the 14 days; (d) alarms for every cold room are tested and reach the duty staff by text message within two minutes; and (e) calibration certificates, as-built drawings and manuals have been handed over.
P:5.2 The Buyer shall issue a Final Acceptance certificate within seven working days after the criteria are met, or give written reasons. Installation, use of the system or payment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective item free of charge, including batteries that fail before their stated life, and shall supply software updates.
P:6.2 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal (CNY 39,900 a year), fixed for two support years. Support is ordered by purchase order each year and does not renew automatically.
P:6.3 The Supplier warrants that the sensors are suitable for the Site conditions stated in Annex 1, including cold rooms down to minus 25 degrees Celsius, wash-down areas of the powder line and the humidity of the utilities building, and that sensor batteries will last at least three years at the configured reporting interval.
P:6.4 The Supplier shall keep spare sensors, energy meters and one spare gateway at its service centre so that any defective item can be replaced within the restoration time in Section 7.
H:Section 7 Service Response
P:7.1 Severity 1 means a gateway failure, loss of data from a whole cold room or area, or failure of alarm messages. Severity 2 means failure of single sensors or meters. Severity 3 means any other question.
P:7.2 The Supplier's service centre in Beijing shall respond to Severity 1 within 1 hour, 24 hours a day, and shall restore service within 24 hours, on Site if needed. Severity 2 shall be answered within 8 working hours and fixed within three working days.
P:7.3 For each hour by which the Supplier misses the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 500, deducted from amounts due or paid on demand.
P:7.4 The Supplier shall keep a log of all service requests and report each quarter on response and restoration times, failures by type and battery replacements.
H:Section 8 Data
P:8.1 All measurements, alarm records, configurations and reports produced by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The monitoring software is installed on the Buyer's server at the Site. The Supplier's remote access requires the Buyer's approval for each session through the Buyer's VPN and is logged. The Supplier shall not copy Buyer Data off the Site and shall protect any data it handles against loss and unauthorised access.
P:8.3 The Supplier shall inform the Buyer within 12 hours of any security incident affecting the system or Buyer Data and shall be liable for losses caused by an incident attributable to it.
H:Section 9 Intellectual Property
P:9.1 Dashboards, alarm rules, configuration files and integration scripts made for the Buyer belong to the Buyer, who may use, modify and license them freely.
P:9.2 Sensor firmware and the monitoring software remain the property of their owners and are licensed to the Buyer perpetually.
P:9.3 The Supplier warrants that the equipment, software and documentation do not infringe the rights of any third party and shall defend and indemnify the Buyer against any such claim.
H:Section 10 Confidentiality
P:Each party shall keep confidential the non-public information it receives from the other, including the Buyer's production data and plant layout, and shall not disclose it without prior written consent, during this Contract and for three years after it.
H:Section 11 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, property damage caused by negligence, wilful misconduct and breach of Sections 8 and 10, which are not limited.
H:Section 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Section 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages under Section 4.3 reach their maximum.
H:Section 13A Force Majeure
P:Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Delivery dates are extended by the period of delay.
H:Section 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot.
P:Annex 1: Technical specification. Annex 2: Sensor location drawing. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses, schedules as tables, managed service, Indonesia)
H500E04 = """# MANAGED IT SUPPORT SERVICES AGREEMENT

**Agreement reference:** NSP-MSA-2025-208

**Service Provider:** PT Nusantara Solusi Prima, Jl. Raya Darmo No. 121, Surabaya 60264, East Java, Indonesia ("Provider")

**Customer:** Hangzhou Longjing Tea Industry Co., Ltd., 35 Longjing Road, Xihu District, Hangzhou, Zhejiang, People's Republic of China ("Customer")

**Background.** The Customer processes and sells tea and runs a head office, a packing plant, two warehouses and 14 retail shops in Zhejiang. It wishes to outsource the support of its desktop computers, laptops, shop point-of-sale terminals, printers, Microsoft 365 accounts and office network to the Provider, which operates a regional support centre with Mandarin-speaking engineers and a field team in Hangzhou. At the Customer's request all charges are in Chinese Yuan (CNY).

## 1. Definitions

1.1 "Services" means the managed IT support services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under clause 4.

1.3 "Service Term" means the period from 1 July 2025 to 30 June 2027, as adjusted under clause 4.4.

1.4 "Incident" means an unplanned interruption or reduction in quality of an IT service used by the Customer.

## 2. Services

2.1 The Provider shall perform the Services from the Service Commencement Date to the end of the Service Term in accordance with this Agreement and the service levels in Schedule 2.

2.2 The Provider shall assign a named service delivery manager, who shall meet the Customer's IT manager monthly and present a written service report.

2.3 The Provider shall keep an up-to-date inventory of the supported devices, user accounts and licences and shall give it to the Customer every quarter.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,440,000.

3.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced at the end of each month for that month. The Customer pays each correct invoice within 30 days after receipt. No payment is due before the Service Commencement Date.

3.3 Service credits under Schedule 2 are deducted from the invoice for the month after the month in which they arise.

3.4 The monthly service charge covers up to 220 supported users. Users above that number are charged at CNY 210 per user per month and are not part of the Total Contract Value.

## 4. Transition and Acceptance

4.1 The Provider shall complete transition within 30 days after signature of this Agreement. Transition includes: taking over documentation and passwords from the Customer's current provider; installing the remote monitoring agent on all supported devices; setting up the service desk telephone line and portal; and training shop staff in how to log Incidents.

4.2 The transition is accepted when: (a) the monitoring agent reports from at least 98% of the devices in the inventory; (b) a test Incident from every site has been logged, assigned and closed through the service desk; (c) the updated network documentation and device inventory have been delivered; and (d) the Customer's IT manager has signed the transition acceptance certificate. Starting to use the service desk is not acceptance.

4.3 If the Service Commencement Date is later than 30 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 1,000 for each day of delay.

4.4 If the Service Commencement Date is later than 1 July 2025, the Service Term ends 24 months after the Service Commencement Date.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the response and resolution times in Schedule 2 and report its performance each month.

5.2 If the Provider misses a target in Schedule 2, the Customer is entitled to the service credits stated there.

## 6. Customer Obligations

6.1 The Customer shall give the Provider's engineers access to its sites during working hours, remote access to its systems through the Customer's VPN, and the administrator rights needed to perform the Services.

6.2 The Customer shall be responsible for the purchase of hardware and software licences, unless the parties agree otherwise in writing.

## 7. Documentation and Customer Information

7.1 Runbooks, network diagrams, scripts, configuration files and reports prepared by the Provider for the Customer belong to the Customer, who may use and modify them and give them to any later service provider.

7.2 All data and information of the Customer that the Provider handles in performing the Services remain the property of the Customer and may be used by the Provider only for performing the Services.

## 8. Confidentiality

Each party shall keep confidential all information of the other party that is marked confidential or that a reasonable person would consider confidential, shall use it only for this Agreement, and shall not disclose it to third parties except to its professional advisers. This clause survives for three years after the end of this Agreement.

## 9. Personnel and Subcontracting

9.1 The Provider's engineers who work at the Customer's sites shall follow the Customer's site rules.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to death or personal injury or to wilful misconduct.

## 11. Term and Termination

11.1 This Agreement starts on signature and continues until the end of the Service Term. It may be extended only by a written agreement signed by both parties, on charges agreed at the time.

11.2 This Agreement is for a fixed term. Neither party may terminate it before the end of the Service Term, whether for breach or otherwise. If the Provider fails to perform the Services, the Customer's remedies are the service credits under Schedule 2 and damages under clause 10, and the Customer shall continue to pay the charges for the rest of the Service Term.

11.3 At the end of the Service Term the Provider shall hand over all documentation and access credentials to the Customer or its new provider and shall assist with the handover for up to 20 working days at no extra charge.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties about the Services.

13.2 Changes to this Agreement must be in writing and signed by both parties.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, portal and chat support in Mandarin for all users | 08:00–20:00, 7 days |
| Remote support | Remote diagnosis and fixing of PCs, laptops, POS terminals and printers | 08:00–20:00, 7 days |
| Field support | On-site visits at head office, plant, warehouses and shops in Hangzhou and nearby | Business days, urgent visits 7 days |
| Microsoft 365 administration | User accounts, mailboxes, licences, security settings | Business days |
| Network support | Office routers, switches and Wi-Fi at all sites, liaison with carriers | 08:00–20:00, 7 days |
| Patch and antivirus management | Monthly patching of PCs and servers, antivirus monitoring | Continuous monitoring |
| Move, add and change requests | New starters, leavers, device set-up | Business days |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Resolution time | Service credit if missed |
|---|---|---|---|---|
| P1 | Shop tills or the packing plant cannot work, or head office network down | 15 minutes | 6 hours | 3% of the monthly service charge per Incident |
| P2 | A group of users or one shop seriously affected | 1 hour | 1 business day | 1% of the monthly service charge per Incident |
| P3 | Single user problem with a workaround | 8 business hours | 3 business days | none; counted in the monthly report |
| Requests | Moves, adds and changes | 1 business day | 5 business days | none |

Total service credits in any month are limited to 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after the Service Commencement Date | 48,000 |
| Monthly service charge | CNY 58,000 per month for 24 months | 1,392,000 |
| **Total Contract Value** | | **1,440,000** |

**Signed for the Provider:** PT Nusantara Solusi Prima — Name: __________ Title: __________ Date: __________

**Signed for the Customer:** Hangzhou Longjing Tea Industry Co., Ltd. — Name: __________ Title: __________ Date: __________
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, data API subscription, Philippines)
H500E05 = """DATA SERVICES SUBSCRIPTION AGREEMENT

Agreement No.: GP-DSA-25-0413

PROVIDER: GeoPinas Data Solutions, Inc., 12th Floor, Cebu Exchange Tower, Salinas Drive, Lahug, Cebu City 6000, Philippines ("Provider").

CUSTOMER: Shenzhen Haiqiao Cross-border Logistics Co., Ltd., 3 Keji South Road, Nanshan District, Shenzhen, Guangdong, People's Republic of China ("Customer").

BACKGROUND: The Customer delivers parcels for cross-border online sellers to consignees in the Philippines, Vietnam, Thailand, Malaysia and Indonesia. It wishes to check and geocode consignee addresses before dispatch. The Provider offers an address verification and geocoding data service through an application programming interface ("API"). Prices are in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "API" means the Provider's address verification, address standardisation and geocoding interfaces described in the Provider's developer documentation.

1.2 "Subscription Year" means each period starting on the Activation Date or on an anniversary of it and ending on the day before the next anniversary.

1.3 "Activation Date" means the date on which the Provider issues production API keys and the Customer confirms in writing that the activation tests in section 4 have been passed.

1.4 "Query Data" means the addresses, parcel references and other data that the Customer sends to the API.

1.5 "Results" means the standardised addresses, coordinates, match codes and other data that the API returns to the Customer.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive right to access the API and to use the Results for the Customer's logistics business, including giving Results to its carriers and its seller clients for the delivery of their parcels.

2.2 The subscription includes 3,000,000 API calls in each Subscription Year across all countries covered. Unused calls do not carry over.

2.3 The Subscription Term is two Subscription Years. It ends at the end of the second Subscription Year. Any renewal requires a new written agreement signed by both parties.

3. FEES AND PAYMENT

3.1 The fees are:
    (a) subscription fee: CNY 216,000 per Subscription Year, CNY 432,000 for the Subscription Term;
    (b) set-up and integration support fee: CNY 18,000, one-time;
    (c) Total Contract Value: CNY 450,000, including VAT.

3.2 API calls above the included volume are charged at CNY 0.06 per call, invoiced monthly in arrears. Overage charges are not part of the Total Contract Value.

3.3 The set-up fee is invoiced after the Activation Date. The subscription fee is invoiced quarterly in arrears, in four equal instalments of CNY 54,000 for each Subscription Year. The Customer shall pay each correct invoice within 30 days after receipt.

4. SET-UP AND ACTIVATION

4.1 Within 20 days after signature, the Provider shall provide a sandbox environment, technical onboarding sessions for the Customer's developers, and support for integrating the API with the Customer's order management system.

4.2 Activation tests: (a) a test file of 2,000 real consignee addresses supplied by the Customer, covering all five countries, is processed through the production API; (b) at least 97% of the addresses in the test file receive a match code of "verified" or "corrected"; (c) coordinates for a sample of 100 verified addresses are within 50 metres of the delivery points confirmed by the Customer's carriers; and (d) the Customer's order management system receives Results through the integration without manual handling.

4.3 If the Activation Date has not occurred within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay as liquidated damages.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to make the API available at all times, subject to maintenance and to events beyond its reasonable control.

5.2 The Provider will provide technical support by e-mail and through its support portal during Philippine business hours and will use reasonable efforts to respond to and resolve support requests promptly.

5.3 The Provider will update its reference data regularly and will publish a change log for each update.

5.4 The Provider will give the Customer at least 60 days' notice of any change to the API that is not backward compatible, and will keep the previous version of the API available for at least 90 days after the new version is released.

5.5 The Provider will send the Customer a monthly usage report showing the number of API calls by country and by match code.

5.6 The Customer shall use the API in accordance with the developer documentation and shall not send more than 50 requests per second without the Provider's agreement. The Customer shall not resell access to the API or use the Results to build a competing address database.

6. CUSTOMER DATA

6.1 Query Data belongs to the Customer. The Provider shall use Query Data only to process the Customer's API calls and to provide support to the Customer. The Provider shall not store Query Data for longer than 30 days, except in logs needed for billing, shall not add it to its own reference databases, and shall not use it for any other purpose or disclose it to any third party.

6.2 The Provider shall protect Query Data with encryption in transit and at rest, access controls limited to named personnel, logging of access, and regular security testing. Personal information of consignees shall be processed in accordance with the applicable data protection laws, including the Data Privacy Act of the Philippines and, where it applies, the Personal Information Protection Law of the People's Republic of China.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Query Data, shall cooperate with the Customer's response, and shall be liable for the losses, costs and fines that the Customer incurs as a result of a security incident caused by the Provider's breach of this section.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the API, its reference data and its software.

7.2 The Customer owns its own applications and the integration code developed by or for it, including any integration code the Provider writes for the Customer during set-up, which the Customer may use, modify and license freely. The Customer may keep and use the Results it has received for its delivery records after the Subscription Term.

8. CONFIDENTIALITY

Each party shall keep confidential the non-public information it receives from the other party under this Agreement and use it only for this Agreement. This obligation lasts during the Subscription Term and for three years after it.

9. SUBCONTRACTING

The Provider shall not subcontract any part of the service to a third party without the Customer's prior written consent, except for the data centre provider named in the Provider's security documentation, which the Customer approves by signing this Agreement. The Provider remains responsible for all subcontractors.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability under this Agreement is limited to two times the Total Contract Value. This limit does not apply to liability under section 6, to fraud or to wilful misconduct.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

11.2 If the Customer terminates under section 11.1, the Provider shall refund the part of any fees paid that relates to the period after termination.

11.3 On expiry or termination, the Provider shall delete all Query Data that it still holds and confirm the deletion in writing.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the Republic of the Philippines.

12.2 Any dispute arising out of or relating to this Agreement shall be finally settled by arbitration administered by the Philippine Dispute Resolution Center, Inc. in Makati City, Metro Manila, in the English language.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties about its subject matter. Any change must be in writing and signed by both parties.

13.2 Neither party may assign this Agreement without the other party's written consent.

13.3 Notices shall be sent by e-mail and courier to the addresses above.

13.4 Neither party is liable for delay or failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, failures of public telecommunications networks or acts of government, provided that it notifies the other party promptly. If such an event continues for more than 30 days, either party may terminate this Agreement by written notice, and the Provider shall refund any fees paid for the period after termination.

13.5 The Provider shall keep accurate records of API calls and billing and shall let the Customer check them on reasonable notice once in each Subscription Year.

13.6 This Agreement is made in English in two originals. Each party has taken legal advice on it.

SIGNED for the Provider: GeoPinas Data Solutions, Inc.
Name: ____________________  Title: ____________________  Date: ____________________

SIGNED for the Customer: Shenzhen Haiqiao Cross-border Logistics Co., Ltd.
Name: ____________________  Title: ____________________  Date: ____________________
"""

# ================================================================ targets
FILES = {
    "z01": ("h500z01_port_authority_vessel_scheduling_platform.pdf", "zh", H500Z01),
    "z02": ("h500z02_pulp_mill_digester_dcs_retrofit_maintenance.docx", "zh", H500Z02),
    "z03": ("h500z03_detergent_chain_inventory_saas.txt", "zh", H500Z03),
    "z04": ("h500z04_veteran_cadres_booking_system_om.txt", "zh", H500Z04),
    "z05": ("h500z05_rice_cake_factory_wms_supplier_template.md", "zh", H500Z05),
    "e01": ("h500e01_ceramics_quality_licence_vietnam_vendor.pdf", "en", H500E01),
    "e02": ("h500e02_bakery_scheduling_saas_order_form_thai_vendor.md", "en", H500E02),
    "e03": ("h500e03_dairy_plant_sensors_malaysian_supplier.docx", "en", H500E03),
    "e04": ("h500e04_tea_company_managed_it_support_indonesia.md", "en", H500E04),
    "e05": ("h500e05_address_geocoding_api_philippine_vendor.txt", "en", H500E05),
}

# ================================================================ labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
#            avail  p1    remedy ip          dsec   owns   conf   ld     cap    prepay acc   final  warr pwf  auto   term   sub    law          kind
TERMS = {
    "z01": T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
    "z02": T(None, 0.5, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 27, False, True, False, "PRC", G),
    "z03": T(99.95, 0.25, True, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, True, True, True, "PRC", S),
    "z04": T(99.5, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S),
    "z05": T(None, 8, False, "supplier", True, False, True, None, 20, 50, False, False, 6, None, False, True, None, None, G),
    "e01": T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "Vietnam", G),
    "e02": T(99.95, 0.5, True, "buyer", True, False, True, 400 / 573600 * 100, 6 / 24 * 100, None, True, None, None, None,
             False, True, False, "PRC", S),
    "e03": T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G),
    "e04": T(None, 0.25, True, "buyer", False, True, True, 1000 / 1440000 * 100, 150, None, True, None, None, None, False,
             False, False, "PRC", S),
    "e05": T(None, None, False, "buyer", True, True, True, 500 / 450000 * 100, 200, None, True, None, None, None, False, True,
             False, "Philippines", S),
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
VALUE = {"z01": 2460000, "z02": 1860000, "z03": 550000, "z04": 186000, "z05": 670000,
         "e01": 1120000, "e02": 573600, "e03": 642000, "e04": 1440000, "e05": 450000}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery
    "z01": (True, True, True, False), "z02": (True, True, True, False), "z03": (True, True, None, False),
    "z04": (True, True, None, False), "z05": (True, False, False, True), "e01": (True, True, True, False),
    "e02": (True, True, None, False), "e03": (True, True, True, False), "e04": (True, True, None, False),
    "e05": (False, True, None, False)}
# TCO fee base (itemised licence / hardware subtotal) for goods contracts; forum outside mainland China (design facts)
FEE_BASE = {"z01": 1280000, "z02": 1580000, "z05": 400000, "e01": 740000, "e03": 570000}
FORUM_OUTSIDE = {"e01", "e05"}
# price sums as written in the texts
assert 1280000 + 960000 + 186000 + 34000 == VALUE["z01"]
assert 436000 + 318000 + 145000 + 286000 + 205000 + 190000 == FEE_BASE["z02"]
assert FEE_BASE["z02"] + 168000 + 92000 + 20000 == VALUE["z02"]
assert (3600 * 30 + 42000) * 3 + 86000 + 14000 == VALUE["z03"]
assert 96000 + 54000 + 24000 + 12000 == VALUE["z04"] == 46500 * 4
assert 280000 + 120000 == FEE_BASE["z05"] and FEE_BASE["z05"] + 210000 + 48000 + 12000 == VALUE["z05"]
assert 320000 + 150 * 2400 + 40 * 1500 == FEE_BASE["e01"] and FEE_BASE["e01"] + 286000 + 64000 + 30000 == VALUE["e01"]
assert 224000 + 504000 + 392000 == VALUE["e01"] and 492000 + 1107000 + 861000 == VALUE["z01"]
assert 120 * 2240 == 268800 and 2 * 268800 + 36000 == VALUE["e02"]
assert 220 * 680 + 48 * 2150 + 36 * 3400 + 8 * 9600 + 118000 == FEE_BASE["e03"] and FEE_BASE["e03"] + 72000 == VALUE["e03"]
assert 48000 + 24 * 58000 == VALUE["e04"] and 2 * 216000 + 18000 == VALUE["e05"] and 4 * 54000 == 216000
assert FEE_BASE["z02"] * 27 // 100 == 426600 and FEE_BASE["z01"] * 8 // 100 == 102400
assert FEE_BASE["e01"] * 11 // 100 == 81400 and FEE_BASE["e03"] * 7 // 100 == 39900


def tco_share(k):
    t, base = TERMS[k], FEE_BASE.get(k)
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (VALUE[k] + fees) * 100, VALUE[k] + fees


def derive_rules(k):
    """Own reading of policy.md section 3 (not project code)."""
    t, (sla, ld_stated, capped, deemed) = TERMS[k], EXTRA[k]
    r = []
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        ts = tco_share(k)
        if ts is not None and ts[0] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or k in FORUM_OUTSIDE:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(k):
    name, lang, _ = FILES[k]
    sla, ld_stated, capped, deemed = EXTRA[k]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if TERMS[k]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = VALUE[k]
    return {"file": name, "language": lang, "category": CATEGORY[k], "expected_terms": TERMS[k],
            "expected_extra": extra, "expected_rules": derive_rules(k)}


# threshold values no label may take (per key)
ON_THRESHOLD = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
                "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

# ================================================================ threshold scan
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
NUM_L = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [re.compile(p, re.I) for p in [
    NUM_L + r"99\.90*(?![\d])",                                   # 99.9 (any form)
    NUM_L + r"4(?:\.0+)?\s*(?:个)?\s*(?:小时|h\b|hrs?\b|hours?\b|-hour)",  # 4 hours
    r"(?<![十\d])[四肆]\s*(?:个)?\s*小时", r"four[\s-]*hours?", NUM_L + r"240\s*(?:分钟|min)",
    NUM_L + r"0\.050*(?![\d])", r"万分之[五伍](?![十拾\d])", r"千分之零?点五", r"0\.5\s*‰",  # 0.05 %/day
    NUM_L + r"100(?:\.0+)?" + PCT, r"百分之[一]?百", r"one\s*hundred\s*per", r"百分之一百",  # 100 %
    NUM_L + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点\d])", r"三成", r"thirty\s*per",  # 30 %
    NUM_L + r"12\s*(?:个)?\s*(?:月|months?|-month)", r"(?<![一二三四五六七八九])十二\s*个?\s*月", r"twelve[\s-]*months?",
    r"[一壹]\s*年(?!级)", r"\bone[\s-]*year", r"(?<![a-z])oneyear", NUM_L + r"1\s*(?:年|years?\b|-year)",  # 12 months
    NUM_L + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen\s*per",  # 15 %
    NUM_L + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点\d])", r"四成", r"forty\s*per",  # 40 %
    NUM_L + r"5\s*(?:年|years?\b|-year)", r"[五伍]\s*年", r"five[\s-]*years?", NUM_L + r"60\s*(?:个)?\s*(?:月|months?)",
    r"六十\s*个?\s*月", r"sixty[\s-]*months?",
]]
MUST_HIT = ["4小时", "4 小时", "四小时", "四个小时", "four hours", "240分钟", "99.9%", "99.9 %", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 months", "十二个月", "twelve months", "一年",
            "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "4 hours", "within 4h",
            "Severity 1 within 4 hours", "质保期一年", "百分之四十", "百分之十五"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "Subscription Year",
             "14%", "1.5%", "300%", "0.5%", "二十四个月", "十八个月", "2 hours", "45%", "35%", "50%", "20%", "10%",
             "万分之三", "千分之一", "0.1%", "99.5%", "3 years", "three years", "24 months", "18 months", "36 months",
             "2026年", "CNY 1,120,000", "第十五条", "第五条"]


def threshold_hits(text):
    return [m.group(0) for p in THRESHOLD_PATTERNS for m in p.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nows": re.sub(r"\s+", "", text)}


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def measure(lang, text):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), None


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: src for k, (_, _, src) in FILES.items() if FILES[k][0].endswith((".docx", ".pdf"))}
    targets = {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered, problems = set(), []
    for k, (name, lang, src) in FILES.items():
        lab = label(k)
        assert list(lab["expected_terms"]) == KEYS
        for key, thr in ON_THRESHOLD.items():
            v = lab["expected_terms"][key]
            assert v is None or v != thr, (k, key, v)
        ts = tco_share(k)
        if ts is not None:
            assert not (38 <= ts[0] <= 42), (k, ts)
        if lab["expected_rules"] != sorted(DESIGN[k]):
            problems.append((k, "rules", lab["expected_rules"], DESIGN[k]))
        covered |= set(lab["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n, nows = measure(lang, text)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi  # characters / words of the read-back text; nows is reported only
        if not ok:
            problems.append((k, "length", n, nows))
        for where, t in list(variants(text).items()) + [("src-" + a, b) for a, b in variants(src).items()]:
            hits = threshold_hits(t)
            if hits:
                problems.append((k, "threshold", where, hits))
        print(f"{k} {name:60s} {lang} len={n}{'' if nows is None else ' nows=%d' % nows} "
              f"tco={'' if ts is None else '%.2f%%' % ts[0]} risk={risk(lab['expected_rules'])} {lab['expected_rules']}")
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("set", "uncovered", sorted(missing)))
    mix = [k for k in FILES if not label(k)["expected_rules"]]
    assert sorted(mix) == ["e03", "z01"], mix
    assert label("e01")["expected_rules"] == ["CR-GOVERNING-LAW"] and risk(["CR-GOVERNING-LAW"]) == "low"
    assert len(label("z05")["expected_rules"]) >= 8
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "see PROBLEM lines"
    print("all checks passed")
