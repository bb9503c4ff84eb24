"""holdout379: ten ordinary draft contracts (5 zh, 5 en) with their labels, written blind from policy.md / API.md.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py with wrap_words=True), the ten .json
labels, reads every built file back, asserts lengths, thresholds, sums and rule coverage, and prints expected rules.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """T:省药品监督管理局药品追溯监管平台建设项目采购合同
P:合同编号：YJ-ZFCG-2026-017　　采购方式：公开招标
P:甲方（采购人）：某省药品监督管理局
P:乙方（供应商）：杭州衡准信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件（项目编号 SYJ-2026-GK-09）、乙方投标文件和中标通知书，甲乙双方就药品追溯监管平台建设事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设药品追溯监管平台，包括平台软件许可、定制开发（追溯码数据归集、疫苗及特殊药品监管专题、监管驾驶舱）、与国家药品追溯协同平台及本省企业追溯系统的数据对接、历史数据迁移、部署实施与培训。
P:1.2 平台部署于甲方政务云，承载本省药品上市许可持有人、批发企业、零售药店及医疗机构的追溯数据。详细功能以招标文件第五章《技术需求》及乙方投标文件为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾肆万元整（¥2,640,000.00），含税，为固定总价，包括完成本项目所需的全部费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|药品追溯监管平台软件许可（省级部署，不限用户数）|1套|1,280,000
TB:2|定制开发（数据归集、专题监管、驾驶舱）|1项|946,000
TB:3|数据对接与历史数据迁移|1项|318,000
TB:4|部署实施及培训|1项|96,000
TB:合计|||2,640,000
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%，即¥528,000，作为预付款。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥1,188,000。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥924,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。资金支付按国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同生效后一百五十日内完成平台部署并提请初步验收，于初步验收后九十日内提请最终验收。
P:4.2 乙方应按经甲方确认的实施计划推进，每两周提交进度报告。
P:4.3 乙方应配备专职项目经理及不少于八名的实施人员，项目经理须具有同类省级监管平台建设经验，未经甲方同意不得更换。
P:4.4 因甲方原因（包括政务云资源未按期开通、相关企业接口未按期开放）导致工期延误的，交付期限相应顺延，乙方应在延误事由发生后三个工作日内书面提出。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件及投标文件所列功能逐项测试通过；（2）与国家协同平台的接口连续十个工作日数据比对一致；（3）历史数据迁移完整性核对无差错；（4）在五百个并发用户下，常用查询响应不超过三秒；（5）第三方测评机构出具的安全测评报告无高风险问题。
P:5.2 初步验收后平台试运行九十日，试运行期间未发生一级故障且遗留问题全部整改完毕的，由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及定制功能维护。
P:6.2 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.3 故障分级及响应：一级故障（平台整体不可用或追溯数据无法上报）须在30分钟内响应、2小时内到场、8小时内恢复；二级故障须在2小时内响应、1个工作日内解决；三级故障须在1个工作日内响应、5个工作日内解决。
P:6.4 乙方未按6.3约定时限响应或恢复的，每超过1小时扣除¥1,000；月度可用率每低于约定值0.01个百分点扣除¥2,000。扣款从应付款或履约保证金中抵扣。
H:第七条 质保期满后的运维
P:7.1 质保期满后，如甲方需要，乙方应继续提供运维服务，年度运维费不超过平台软件许可费的10%，即每年不超过¥128,000，该价格在质保期满后两个年度内保持不变。
P:7.2 运维服务按年度另行签订合同，不自动续期。
P:7.3 乙方应在质保期满前九十日提交运维服务方案及报价，供甲方决定是否续购。甲方不续购的，乙方应配合甲方或其委托的第三方完成运维交接，移交全部运维文档、账号及配置资料。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的软件、接口程序、源代码及技术文档，知识产权归甲方所有，乙方应在最终验收时完整移交源代码。甲方有权自行或委托第三方修改、使用。
P:8.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方知识产权。
H:第九条 数据安全
P:9.1 平台内的全部追溯数据、监管数据及日志归甲方所有，乙方仅为履行本合同处理，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，实施访问控制、加密传输与存储、操作审计，运维操作须经堡垒机并由甲方审批。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失及法律责任。
H:第十条 保密
P:10.1 乙方对在履行本合同中知悉的甲方工作秘密、监管信息及企业商业信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十一条 分包
P:11.1 本项目不得分包或转包。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方提供的服务不符合合同约定的，应免费整改；给甲方造成损失的，应予赔偿。
P:12.3 乙方应在合同签订后十个工作日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某省药品监督管理局　　法定代表人或授权代表：__________　　日期：____年__月__日
P:乙方（盖章）：杭州衡准信息技术有限公司　　法定代表人或授权代表：__________　　日期：____年__月__日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """T:硫化车间控制系统改造项目合同
P:合同编号：LT-SB-2026-0412
P:甲方：山东鲁岳轮胎有限公司
P:乙方：青岛启衡自动化工程有限公司
P:鉴于甲方拟对半钢子午线轮胎硫化车间的硫化机控制系统进行改造，乙方具备相应的设计、供货和实施能力，双方经友好协商，就改造项目的供货、安装、调试及售后服务订立本合同。
H:一、项目范围
P:（一）乙方负责四十八台双模硫化机控制柜的更换，温度、压力变送器的更换，车间工业以太网的敷设，硫化工艺管理软件的部署，以及与甲方MES系统的数据对接。
P:（二）改造分四批进行，每批十二台硫化机，利用甲方安排的计划停机窗口施工，不得影响其余机台正常生产。
H:二、合同价款
P:（一）合同总价为人民币贰佰壹拾陆万元整（¥2,160,000），含13%增值税、运输、保险、安装调试及培训等全部费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|硫化机控制柜（PLC+触摸屏）|48套|21,500|1,032,000
TB:2|温度/压力变送器|192只|1,850|355,200
TB:3|工业以太网交换机|12台|9,800|117,600
TB:4|硫化工艺管理软件许可|1套|268,000|268,000
TB:5|服务器及存储|2台|68,400|136,800
TB:|软硬件小计|||1,909,600
TB:6|安装调试及停机切换|1项|186,000|186,000
TB:7|工艺配方迁移与培训|1项|64,400|64,400
TB:|合同总价|||2,160,000
P:（二）上述价格为固定价格，合同履行期间不作调整。
P:（三）乙方所供控制柜、变送器及交换机均应为全新原厂产品，随货提供合格证、出厂检验报告及中文说明书。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，计¥216,000。
P:（二）全部设备到货并经甲方清点签收后十个工作日内，甲方支付合同总价的50%，计¥1,080,000。到货签收仅确认数量及外观。
P:（三）第四批硫化机改造完成并恢复生产后十个工作日内，甲方支付合同总价的35%，计¥756,000。
P:（四）余款5%计¥108,000作为质量保证金，于质保期满且无质量问题后十个工作日内无息支付。
P:（五）乙方开具的发票应与合同明细一致，甲方在收到合格发票后方启动付款流程。甲方银行账户信息变更的，应书面通知乙方。
P:（六）乙方应在收到预付款前向甲方提交等额的银行预付款保函，保函有效期至全部设备到货签收之日。
H:四、交货与工期
P:（一）乙方应于合同签订后六十日内将全部设备运抵甲方硫化车间。
P:（二）全部四批改造应于设备到货后九十日内完成。每批改造的停机时间不得超过七十二小时。
P:（三）施工期间乙方应遵守甲方的安全生产管理制度，进入硫化车间的人员须接受安全培训并佩戴防护用品。动火、登高及带电作业须办理作业票。
P:（四）乙方应在每批改造开始前五日提交该批施工方案，包括停机切换步骤、回退方案及人员安排，经甲方设备部确认后实施。停机窗口因乙方原因延长的，乙方应承担由此增加的费用。
H:五、安装调试与验收
P:（一）乙方负责设备安装、接线、程序下载和单机调试，甲方提供停机窗口及必要的配合。
P:（二）每批硫化机安装调试完成并恢复生产后，即视为该批设备验收合格，甲方不再另行组织验收。第四批恢复生产之日即为整个项目的验收合格之日。
P:（三）甲方在恢复生产后发现的问题，按第七条质保条款处理。
P:（五）改造期间，乙方应保留旧控制柜的关键参数记录，拆除的旧设备由乙方清点后交还甲方仓库，不得擅自处置。
H:六、技术要求
P:（一）硫化温度控制精度±0.5℃，压力控制精度±0.02MPa，控制柜防护等级不低于IP54。
P:（二）工艺管理软件应支持配方下发、硫化曲线记录、批次追溯及与MES的双向数据交换。
P:（三）乙方应在项目完工时提交竣工资料，包括电气图纸、网络拓扑、PLC程序备份、设备清单及操作维护手册各两套（纸质及电子版）。
P:（四）乙方应对甲方电气维修人员及工艺人员进行培训，培训内容包括控制柜日常维护、常见故障处理、配方下发及曲线查询，培训人数不少于二十人次。
H:七、质量保证
P:（一）质保期为十八个月，自整个项目验收合格之日起计算。质保期内因设备或软件质量问题引起的故障，乙方免费维修或更换。
P:（二）故障响应：一级故障（单台或多台硫化机停机）乙方须在1小时内响应，2小时内到达现场；二级故障须在8小时内到达现场。乙方在车间所在地常备关键备件。
P:（三）乙方未按上述时限响应或到场的，每超过1小时，甲方有权扣除质量保证金¥800。
H:八、质保期满后的维保服务
P:（一）质保期满后，乙方应甲方要求继续提供维保服务，维保费用按乙方当年度公布的服务价格表执行，双方届时另行签订维保合同。
P:（二）维保服务内容包括定期巡检、软件升级、备件供应及故障处理。
P:（三）维保期间更换的备件价格另行报价，由甲方确认后执行。
H:九、知识产权
P:（一）乙方为本项目编写的PLC程序、触摸屏画面、MES接口程序及其源代码归甲方所有，乙方应在项目完工时一并移交。甲方有权自行修改或委托第三方维护。
P:（二）硫化工艺管理软件的著作权归原厂所有，甲方获得永久使用许可。
P:（四）质保期内乙方每半年对全部控制柜进行一次预防性巡检，检查接线紧固、散热风扇、电源模块及通讯状态，巡检报告经甲方设备部签字确认。巡检发现的隐患应在下一个停机窗口内处理完毕。
H:十、数据安全与保密
P:（一）硫化工艺配方、生产数据及设备运行数据均属甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）乙方人员进入车间及接入控制网络须经甲方批准，远程维护须通过甲方指定的VPN并全程留存操作记录。乙方不得在控制网络中安装与项目无关的软件。
P:（三）因乙方原因造成数据泄露、配方外流或控制网络安全事件的，乙方应立即报告并采取补救措施，承担由此给甲方造成的全部损失。
P:（四）双方对在合同履行中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，本义务在合同终止后继续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方施工原因导致停机时间超过约定的，乙方应赔偿甲方因此造成的直接损失。
P:（三）因乙方设备或软件质量问题造成硫化胎报废的，乙方应按甲方的实际损失予以赔偿。
H:十二、分包
P:乙方不得将本项目转包。电缆桥架等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交青岛仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：山东鲁岳轮胎有限公司　　代表：__________
P:乙方（盖章）：青岛启衡自动化工程有限公司　　代表：__________
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
Z03 = """门店收银及智能补货SaaS服务合同

合同编号：BLD-IT-2026-031

甲方：湖南便利达商业连锁有限公司
地址：长沙市岳麓区
乙方：深圳云铺数字科技有限公司
地址：深圳市南山区

甲方在湖南省内经营200家连锁便利店，拟采用乙方的门店收银及智能补货SaaS服务替换现有单机收银系统。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。

第一条 服务内容
（1）乙方向甲方提供“云铺”门店收银及智能补货SaaS服务，包括门店收银、会员管理、库存管理、智能补货建议、总部报表及移动端巡店功能。
（2）乙方负责200家门店的实施上线，包括商品主数据导入、收银设备适配、与甲方财务系统及配送中心WMS的接口开发、门店店长及收银员培训。
（3）服务部署在乙方租用的境内公有云，乙方负责平台的运行、维护和升级。

（4）乙方应为本项目指定专门的实施经理和客户成功经理，负责协调实施进度、收集门店反馈并组织每季度一次的服务回顾会议。

第二条 服务期限
（1）订阅服务期为三个服务年度，自全部门店上线验收合格之日起计算。
（2）服务期满前六十日，双方可协商续签。未续签的，本合同于服务期满时终止，不自动续期。

（5）服务期内乙方对平台进行功能升级的，应提前七日通知甲方，升级不得减少本合同约定的功能，不得额外收费。

第三条 服务费用
（1）服务费用如下：
    门店收银及补货订阅费：200家 × ¥2,160/家/服务年度 = ¥432,000/服务年度
    总部管理模块订阅费：¥86,000/服务年度
    订阅费合计：¥518,000/服务年度，三个服务年度共计¥1,554,000
    实施上线费（一次性）：¥236,000
    合同总金额：¥1,790,000
（2）服务期内订阅单价不作调整。新增门店按每家每服务年度¥2,160按月折算。

（3）服务期内甲方可根据经营需要减少门店数量，减少的门店自下一个季度起不再计费，但门店总数不低于一百八十家。新开门店上线前，乙方应完成该门店的商品及价格数据初始化。

第四条 付款方式
（1）实施上线费在全部门店上线验收合格后十五个工作日内一次性支付。
（2）订阅费按季度结算，每个季度结束后乙方提交服务报告及发票，甲方在确认后十五个工作日内支付该季度费用。
（3）甲方不向乙方预付任何款项。

（4）门店收银设备（收银机、扫码枪、小票打印机）由甲方自行采购，乙方应提供兼容设备清单，并对清单内设备完成适配测试。

第五条 实施与验收
（1）乙方应在合同签订后一百二十日内完成全部门店上线，分三批实施，每批实施前提交门店清单及切换方案。
（2）上线验收标准：①每家门店连续七日收银数据与财务系统对账一致；②补货建议按甲方配送周期生成，与WMS接口连续七日无丢单；③高峰时段单笔收银处理时间不超过1.5秒；④培训完成并经店长签字确认。
（3）甲方在乙方提交验收申请后十个工作日内组织验收并出具书面意见。门店开始使用不视为验收合格。

（4）每批门店切换应安排在营业低峰时段，切换当日乙方须派员驻店支持，确保门店在切换期间可使用离线收银模式，离线交易在网络恢复后自动上传。

第六条 服务水平
（1）平台月度可用率不低于99.5%。计划内维护应安排在凌晨1:00至5:00之间，并提前三日通知甲方。
（2）故障分级：一级故障指全部或多家门店无法收银，乙方须在15分钟内响应、2小时内恢复；二级故障指单店无法收银或补货功能不可用，须在1小时内响应、8小时内解决；三级故障为其他问题，须在1个工作日内响应。
（3）服务补偿：月度可用率低于约定值的，每低于0.1个百分点，扣减当月订阅费的2%，当月扣减最高不超过当月订阅费的20%；一级故障恢复超时的，每超时1小时扣减¥1,000。

（4）乙方应通过服务台、电话及企业微信提供每日7:00至23:00的人工支持，其余时间提供电话值守，一级故障不受时段限制。
（5）乙方每月向甲方提交服务报告，载明当月可用率、故障清单、处理时长及补偿金额。

第七条 数据
（1）甲方门店的交易数据、会员数据、商品及库存数据归甲方所有。
（2）甲方同意，乙方可将上述数据进行去标识化和汇总处理后，用于乙方补货算法模型的训练、行业经营分析报告的编制及乙方产品的改进，该使用在本合同终止后仍可继续。
（3）乙方应采取加密存储、访问控制、操作日志审计等安全措施，会员个人信息按《个人信息保护法》处理，服务器位于境内。发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（4）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。

（5）乙方变更云服务商或数据存储地点的，应提前六十日书面通知甲方，且变更后的存储地点仍须位于境内。

第八条 知识产权
（1）乙方平台软件的知识产权归乙方所有。
（2）乙方为甲方定制开发的接口程序、报表及补货规则配置归甲方所有，甲方可自行修改或交由第三方使用。

（5）甲方有权查询服务期内的全部门店数据，并可随时通过平台自助导出交易明细及报表。乙方不得以任何理由限制甲方导出数据。
（6）乙方应每日对甲方数据进行备份，备份数据保存不少于九十日，并每半年进行一次恢复演练，演练结果书面报甲方。

第九条 违约责任
（1）乙方未按第五条约定期限完成全部门店上线的，每逾期一日，向甲方支付违约金¥1,200。
（2）乙方对本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但因乙方故意或重大过失、数据泄露造成的损失除外。

（3）甲方逾期支付服务费的，经乙方书面催告后十五日内仍未支付的，乙方可暂停新增门店的开通，但不得中断已上线门店的收银服务。

第十条 分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

（2）乙方对甲方派驻人员及门店员工在平台上的操作提供必要的指导，但对因甲方人员误操作造成的数据错误不承担责任。

第十一条 合同解除
乙方严重违约，或连续两个月可用率低于98%，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已收取的未履行期间费用。

（3）合同解除或终止后，乙方应给予甲方不少于六十日的过渡期，过渡期内按原标准提供服务并按实际使用天数计费，配合甲方完成数据迁移。

第十二条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方所在地人民法院管辖。

本合同履行期间，双方联系人、联系方式发生变更的，应在变更后三个工作日内书面通知对方。

第十三条 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖南便利达商业连锁有限公司
授权代表：__________　日期：__________

乙方（盖章）：深圳云铺数字科技有限公司
授权代表：__________　日期：__________
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
Z04 = """地震监测台网系统年度运维服务合同

项目名称：市地震监测台网系统年度运维服务
采购方式：竞争性磋商（项目编号：DZJ-CS-2026-03）
合同编号：DZJ-YW-2026-01

甲方（采购人）：某市地震局
乙方（成交供应商）：四川川测地震科技服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。

1. 服务范围
1.1 乙方负责甲方所辖38个地震监测台站（含测震台、强震台、地下流体观测点）及市地震台网中心的运行维护服务。
1.2 服务内容包括：台站设备定期巡检与维护、观测数据传输链路维护、台网中心服务器及数据处理系统运维、备品备件供应与更换、震情应急期间的现场保障、运维档案管理。
1.3 台站清单、设备清单及巡检要求见磋商文件第三章。

2. 服务期限
2.1 服务期为一个服务年度，自2026年1月1日起至2026年12月31日止。
2.2 服务期满，本合同自行终止。甲方如需继续采购，按政府采购程序重新确定供应商。

3. 合同价款
3.1 本合同总价为人民币柒拾肆万壹仟贰佰元整（¥741,200），为固定总价，包含人工、交通、工具、备品备件及税费等全部费用。
3.2 分项价格：
    台站巡检维护：38个台站 × ¥9,600 = ¥364,800
    台网中心系统运维：¥218,000
    备品备件：¥96,000
    震情应急保障：¥62,400
    合计：¥741,200

4. 付款方式
4.1 服务费按季度支付，每季度末经甲方考核合格后，乙方开具发票，甲方在十五个工作日内支付当季服务费¥185,300。
4.2 本合同不设预付款。

5. 服务要求
5.1 乙方应组建不少于六人的驻场与巡检团队，其中驻台网中心人员不少于两人，并保证人员稳定。更换项目负责人须经甲方同意。
5.2 定期巡检：每个台站每季度至少现场巡检一次，检查地震计、数据采集器、供电、防雷及通信设备，巡检记录当日上传运维平台。
5.3 备品备件：乙方应在市区设立备件库，常备地震计、数据采集器、电源模块等关键备件。
5.4 运维档案：乙方应建立设备台账和运维日志，每月5日前提交上月运维报告。

5.5 乙方应制定台站年度巡检计划，于服务期开始后十日内报甲方审定；汛期、冬季等特殊时段应增加对易受影响台站的巡检频次。
5.6 乙方运维人员应持有相关专业技能证书，进入台站应遵守台站管理规定，不得擅自改动观测设备参数、台基及观测环境。确需调整的，须报甲方批准并记录。
5.7 乙方应做好台站防雷、防潮、防鼠等日常防护工作，发现观测环境受到干扰（如周边施工、振动源）的，应当日报告甲方。

6. 故障响应
6.1 一级故障（台网中心数据处理系统中断，或三个及以上台站数据同时中断）：乙方须在30分钟内响应，2小时内到达台网中心或首个故障台站，8小时内恢复。
6.2 二级故障（单个台站数据中断）：乙方须在2小时内响应，24小时内到达现场，48小时内恢复。
6.3 三级故障（单台设备性能下降但数据未中断）：乙方须在1个工作日内响应，下次巡检前处理完毕。
6.4 震情应急：本市或周边发生四级以上地震时，乙方须在1小时内派员到达台网中心值守，直至甲方宣布应急状态结束。
6.5 乙方未达到上述时限的，应在三个工作日内向甲方书面说明原因并提交整改措施。

6.6 乙方应建立二十四小时值班电话及值班制度，值班表每月报甲方备案。节假日期间值守安排应提前五日报甲方。

7. 考核与验收
7.1 甲方按季度对乙方进行考核，考核内容包括巡检完成情况、故障处理时效、运维报告质量及人员到岗情况，考核结果作为当季付款的依据。
7.2 服务期满后，甲方组织年度验收，验收标准为：全部台站巡检记录完整，全部故障均已闭环，设备台账与实物一致，运维档案移交完毕。验收合格后出具书面验收意见。

7.3 服务期满，乙方应将设备台账、运维日志、巡检记录、备件使用记录及全部运维文档整理移交甲方，并配合新的服务供应商完成交接，交接期不少于十日。

8. 数据安全
8.1 地震观测数据、台站参数及台网中心系统数据均属甲方所有，乙方仅为履行本合同使用，不得复制、留存或对外提供。
8.2 乙方运维人员接入台网中心系统须使用甲方分配的账号，经堡垒机操作并留存日志；不得通过外网远程接入。乙方应遵守网络安全等级保护相关要求。
8.3 因乙方原因导致数据泄露、丢失或系统安全事件的，乙方应立即报告甲方，配合处置，并承担由此造成的损失和法律责任。

8.4 乙方应每季度对台网中心服务器进行一次安全漏洞扫描，扫描结果及整改情况报甲方。
8.5 乙方用于运维的笔记本电脑等终端应安装杀毒软件，禁止使用移动存储介质拷贝台网中心数据。

9. 保密
9.1 乙方对在服务中知悉的台站位置、观测数据、震情信息及甲方内部资料负有保密义务，未经甲方书面同意不得向任何第三方披露。震情信息的发布以政府授权部门为准，乙方不得擅自发布或传播。
9.2 保密义务在合同终止后继续有效。

9.3 乙方应与参与本项目的全部人员签订保密承诺书，并报甲方备案。

10. 知识产权
乙方在服务过程中为甲方编制的运维文档、巡检脚本、数据处理配置归甲方所有。

10.2 乙方在服务过程中发现台网设备存在设计缺陷或需更新改造的，应向甲方提出书面建议，是否实施由甲方决定。

11. 分包
乙方不得将本合同项下的服务转包或分包。

11.2 乙方应为驻场及巡检人员依法缴纳社会保险，并为野外巡检人员购买人身意外伤害保险。野外台站巡检应至少两人同行，遇恶劣天气应暂停巡检并报告甲方。

12. 违约责任
12.1 任何一方违反本合同约定的，应依法承担违约责任。
12.2 乙方服务不符合本合同约定的，应及时整改。

12.3 乙方人员在服务过程中造成甲方设备损坏的，乙方应负责修复或按原价赔偿。乙方人员在服务过程中发生的人身伤害，由乙方自行负责。

13. 合同解除
乙方存在严重违约行为，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

13.2 因机构改革、财政预算调整等原因导致本项目终止的，甲方应提前三十日书面通知乙方，按实际服务期间结算费用。

14. 争议解决
因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

15. 其他
15.1 磋商文件、乙方响应文件及成交通知书为本合同组成部分。
15.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某市地震局
代表：__________　日期：__________

乙方（盖章）：四川川测地震科技服务有限公司
代表：__________　日期：__________
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条" + 1.1, supplier's template)
Z05 = """# 智造云MES软件许可及实施合同

（苏州智造云软件有限公司标准合同文本 V4.0）

合同编号：ZZY-MES-2026-0088

**甲方**：吉林雪乡食品有限公司（冻豆腐生产）

**乙方**：苏州智造云软件有限公司

甲方为提升冻豆腐生产的过程管控和质量追溯能力，向乙方采购智造云MES软件许可及相关定制开发、实施服务。双方经协商，同意按照乙方标准合同文本的以下条款签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智造云MES标准版软件许可（工厂级，含生产计划、工单管理、质量管理、仓储管理、设备管理模块）。

1.2 乙方根据甲方需求进行定制开发，包括：冷冻工艺参数追溯模块、速冻库温度联动报警、大豆原料批次追溯、与甲方金蝶财务系统的接口。

1.3 乙方负责软件部署、数据初始化及甲方关键用户培训。

1.4 软件许可按工厂授权，授权范围为甲方位于吉林省的冻豆腐生产工厂一处，用户数不超过八十个。甲方新增工厂或用户的，应另行向乙方购买许可。

1.5 乙方标准版软件的功能以乙方产品手册为准，产品手册由乙方不定期更新。

## 第二条 合同价款

2.1 合同总价为人民币壹佰伍拾叁万元整（¥1,530,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云MES标准版软件许可（永久） | 1,180,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 部署实施 | 96,000 |
| 4 | 培训 | 18,000 |
| | 合计 | 1,530,000 |

2.2 上述价格不含甲方现场的服务器、网络及终端设备。

2.3 乙方人员到甲方现场实施所发生的差旅费用已包含在实施费中，但超出双方确认的实施计划范围的现场服务，按每人每日¥2,800另行计费。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的50%，即¥765,000。

3.2 系统上线试运行后五个工作日内，甲方支付合同总价的42%，即¥642,600。

3.3 系统验收合格后五个工作日内，甲方支付合同总价的8%，即¥122,400。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付滞纳金。

3.5 甲方应按本条约定按时付款。甲方未按期支付首笔款项的，乙方有权推迟实施。

## 第四条 实施与交付

4.1 乙方在收到首笔款项后一百日内完成标准模块部署和定制开发，并安排上线试运行。

4.2 因甲方提供资料不及时、现场条件不具备等原因造成的延误，实施期限相应顺延。

4.3 甲方应为乙方提供必要的现场办公条件、网络环境及服务器，指派项目联系人，并在乙方提出需求后三个工作日内提供工艺流程、配方参数、设备清单等基础资料。

4.4 甲方在实施过程中提出需求变更的，乙方有权评估工作量并另行报价，实施期限相应顺延。

## 第五条 验收

5.1 上线试运行满三十日后，乙方提交验收申请。甲方按双方确认的功能清单逐项测试，功能清单所列功能均可正常使用的，即为验收合格。

5.2 甲方应在收到验收申请后十个工作日内完成验收并出具书面验收意见。验收不通过的，乙方修改后重新提交验收。

5.3 验收合格后，乙方向甲方提交系统操作手册、管理员手册及接口说明。定制开发的源代码不在交付范围内。

5.4 甲方对验收结果有异议的，应在验收期限内书面提出具体问题清单。

## 第六条 免费维护期

6.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 一级故障（系统无法登录或生产工单无法下达）乙方在8小时内响应，二级故障在2个工作日内响应，三级故障在5个工作日内响应。

6.3 乙方将尽力在合理时间内解决故障，但不因响应或修复时间承担任何扣款、赔偿或违约责任。

6.4 免费维护期不包括因甲方操作不当、擅自修改配置、硬件故障、网络故障或第三方软件引起的问题，乙方处理该类问题的，按现场服务标准另行收费。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年¥295,000。

7.2 维护服务内容包括远程支持、缺陷修复及标准版本升级，现场服务另行收费。

7.3 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级，甲方重新购买维护服务时，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 智造云MES标准版软件的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方在系统中产生的生产数据归甲方所有。

9.2 甲方同意乙方可在脱敏处理后，将甲方生产数据用于乙方产品改进、行业模型训练及行业解决方案的研发。

9.3 乙方应采取合理的安全措施保护甲方数据，包括账号权限控制、数据备份和传输加密。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，并在本合同第十一条约定的范围内承担责任。

## 第十条 保密

双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 违约责任

11.1 乙方逾期完成部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据损失。

11.3 因不可抗力、电力中断、冷库设备故障或甲方网络故障导致系统不能正常使用的，乙方不承担责任。

## 第十二条 分包

乙方可根据项目需要，将部分实施、开发工作交由其合作伙伴完成，无需征得甲方同意。

## 第十三条 合同解除

一方严重违约，经另一方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条之一 通知

双方之间的通知以书面形式送达本合同首部载明的地址，或发送至双方项目联系人的电子邮箱，发出之日起第三日视为送达。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，以乙方官网公布的服务规则为准。

甲方（盖章）：吉林雪乡食品有限公司　　代表：__________　日期：__________

乙方（盖章）：苏州智造云软件有限公司　　代表：__________　日期：__________
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PKS-CN-2026-014
P:This Agreement is made between Putian Jinsi Lacquer Thread Sculpture Studio Co., Ltd., a company incorporated in the People's Republic of China with its workshop in Putian, Fujian Province (the "Customer"), and Pamukkale Desen Yazilim A.S., a joint stock company incorporated in the Republic of Türkiye with its registered office in Merkezefendi, Denizli (the "Vendor").
P:Background. The Customer designs and produces lacquer-thread sculptures, panels and gilded relief objects. It wishes to move its hand-drawn motif archive into a digital pattern system so that its designers can compose, scale and render thread patterns before the lacquer thread is laid. The Vendor develops pattern design software used by textile, carpet and ornament workshops. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Desen Studio pattern design program and its Relief Renderer module, in object code, with their user documentation and all updates supplied under this Agreement.
P:1.2 "Converter" means the custom motif library converter the Vendor develops for the Customer under Article 3, which reads the Customer's scanned motif sheets and turns them into editable vector pattern files.
P:1.3 "Customer Data" means the Customer's motif archive, pattern files, designs, drawings, photographs and any other material the Customer loads into or produces with the Software or the Converter.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the Software and the Converter meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of named workstations listed in Article 4, at the Customer's premises in Putian, for the Customer's own business.
P:2.2 The Customer may move a licence to a replacement workstation by notice to the Vendor, may make backup copies, and may let its employees and contracted designers use the Software on its behalf.
P:2.3 The licence survives any termination of this Agreement, except termination by the Vendor for the Customer's failure to pay the licence fees.
H:Article 3 Custom Development and Services
P:3.1 The Vendor shall develop the Converter to the specification agreed in the workshop of 12 January 2026, including recognition of line thickness, coil and spiral motifs, cloud and wave borders, and export to the Software's native pattern format.
P:3.2 The Vendor shall install the Software and the Converter on site, convert a first batch of 2,000 motif sheets together with the Customer's designers, and train up to ten designers over five working days.
P:3.3 The Vendor shall deliver the Software and complete the installation within 45 days after signature, and shall make the Converter available for acceptance testing within 90 days after signature.
H:Article 4 Prices
P:4.1 At the Customer's request all prices are stated and payable in Chinese yuan (CNY). They include all taxes payable by the Vendor, travel and accommodation of the Vendor's staff, and shipping of any media. The prices are as follows:
TB:Item 1|Desen Studio perpetual licence, named workstation|6 seats x CNY 46,800|CNY 280,800
TB:Item 2|Relief Renderer module perpetual licence|2 seats x CNY 58,500|CNY 117,000
TB:Licence subtotal (Items 1-2)|||CNY 397,800
TB:Item 3|Custom motif library converter (development)|fixed price|CNY 86,000
TB:Item 4|Installation, first batch conversion and training|fixed price|CNY 32,200
TB:Total Contract Price|||CNY 516,000
P:4.2 The Total Contract Price is fixed and covers everything the Vendor must do under this Agreement.
H:Article 5 Payment and Acceptance
P:5.1 The Customer shall pay 20% of the Total Contract Price (CNY 103,200) within 15 days after signature and receipt of the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the Total Contract Price (CNY 232,200) within 15 days after the Software has been installed on all workstations and the Customer has signed the installation note. The installation note records delivery only and is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Total Contract Price (CNY 180,600) within 15 days after Final Acceptance.
P:5.4 Acceptance tests shall be run by the Customer's designers with the Vendor's support. The Software and the Converter pass the tests if: (a) every function listed in the specification works on all six workstations; (b) the Converter converts a test set of 300 motif sheets chosen by the Customer with at least 95% of the sheets needing no manual redrawing; (c) a converted pattern of A1 size renders in the Relief Renderer in less than ten seconds; and (d) the user documentation and the Converter's source code have been handed over.
P:5.5 If a test fails, the Vendor shall correct the fault and the failed test shall be repeated within 15 days. Installation, use of the Software in production or payment of any instalment does not mean that the Customer has accepted it.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Converter will perform substantially in accordance with their documentation and specification for eighteen (18) months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects, supply updates and new versions of the Software free of charge, and provide remote support in Chinese or English from 08:30 to 18:00 China Standard Time on working days.
P:6.3 Service levels during the Warranty Period: a Priority 1 fault (the Software cannot be started or patterns cannot be saved on any workstation) shall receive a response within two (2) hours and a workaround or fix within two working days; a Priority 2 fault (a function fails but work can continue) shall receive a response within one working day and a fix in the next update.
P:6.4 For every full hour by which the Vendor exceeds the Priority 1 response time, the Vendor shall credit the Customer CNY 300 against the next invoice or pay it on request.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support covering the services in Article 6. The annual support fee is 11% of the licence subtotal, that is CNY 43,758 per year, and will not change during the three years following the end of the Warranty Period.
P:7.2 Support is ordered by purchase order for each support year. It does not renew automatically, and the Customer's licence is not affected if it chooses not to order support.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all rights in the Software.
P:8.2 All rights in the Converter, including its source code and documentation, pass to the Customer upon payment of the instalment under Article 5.3. The Customer may use, modify and license the Converter freely and may have it maintained by any third party.
P:8.3 The Vendor warrants that the Software and the Converter do not infringe any third party's rights and shall defend and indemnify the Customer against any claim that they do.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to the extent needed to install, test and support the Software and the Converter, and shall not copy, keep or use it for any other purpose, including training or improving its products.
P:9.2 The Software runs on the Customer's own workstations; the Vendor shall access them remotely only through a session opened by the Customer for each support case, and shall not transfer Customer Data out of the People's Republic of China.
P:9.3 The Vendor shall keep its remote support tools patched, use individual accounts with two-factor authentication and keep a log of every remote session. It shall notify the Customer within 24 hours of any security incident affecting Customer Data, help the Customer contain it, and be liable for the losses caused by any such incident attributable to the Vendor.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's unpublished designs and motif archive and the Vendor's source code of the Software, and shall use it only for this Agreement.
P:10.2 This obligation continues for three years after the end of this Agreement, and without time limit for the Customer's designs.
H:Article 11 Delay and Liability
P:11.1 If the Vendor misses a date in Article 3.3, it shall pay the Customer delay damages of 0.08% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
P:11.2 Neither party is liable for indirect or consequential loss, except in cases of wilful misconduct, breach of Article 9 or Article 10, or infringement of intellectual property rights.
H:Article 12 Subcontracting
P:12.1 The Vendor shall perform the work with its own staff. It may use a subcontractor, including a local installation partner in China, only with the Customer's prior written consent, and remains responsible for the subcontractor's work.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid for the items not accepted, and the Customer shall uninstall the corresponding Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Türkiye.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the rules of the Istanbul Arbitration Centre (ISTAC) by a sole arbitrator. The seat of arbitration is Istanbul and the language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with the specification referred to in Article 3.1, is the whole agreement between the parties on its subject. Changes must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________ Name, title, company seal
P:For the Vendor: ____________________ Name, title
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# ORDER FORM AND GENERAL TERMS — GLACIER TICKETING PLATFORM

Order Form No. GT-HRB-2026-07

## PART A — ORDER FORM

**Vendor:** Kolkhi Cloud Systems LLC, a limited liability company registered in Georgia, 14 Rustaveli Avenue, Kutaisi ("Vendor").

**Customer:** Harbin Bingxue Dashijie Cultural Tourism Operation Co., Ltd., a company registered in the People's Republic of China, Songbei District, Harbin, Heilongjiang Province ("Customer").

**A1. Services.** Vendor shall provide the Glacier Ticketing Platform as a hosted service for the Customer's ice and snow festival park: online and on-site ticket sales, time-slot booking, group and travel-agency sales, season passes, gate access control through the Customer's turnstiles and handheld scanners, refunds, and sales reporting. The platform is hosted for the Customer in a data centre in mainland China operated by Vendor's hosting partner named in A8.

**A2. Subscription Term.** The initial subscription term consists of two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Go-Live Acceptance under A6. Each Subscription Year runs from the Service Start Date or its anniversary until the day before the next anniversary.

**A3. Fees.** At the Customer's request all fees are quoted and invoiced in Chinese yuan (CNY) and include applicable taxes.

| Item | Description | Fee |
|---|---|---|
| 1 | Platform subscription, up to 3.5 million tickets per Subscription Year | CNY 398,000 per Subscription Year |
| 2 | Gate and scanner management module, 64 gates | CNY 64,000 per Subscription Year |
| 3 | Set-up, integration with turnstiles, payment gateways and the Customer's finance system (one-time) | CNY 88,000 |
| | Subscription fees per Subscription Year (Items 1-2) | CNY 462,000 |
| | Total for the initial subscription term (2 x 462,000 + 88,000) | CNY 1,012,000 |

Tickets above the annual volume in Item 1 are charged at CNY 0.06 per ticket, invoiced at the end of the Subscription Year.

**A4. Invoicing and payment.** Vendor shall invoice the set-up fee together with the subscription fees for the first Subscription Year (CNY 550,000 in total) on the date this Order Form is signed, payable within 10 days of the invoice date, before Vendor starts the set-up work. The subscription fees for the second Subscription Year are invoiced on the first anniversary of the Service Start Date, payable within 30 days.

**A5. Renewal.** At the end of the initial subscription term, and of each renewal term, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Vendor may increase the subscription fees for any renewal term by up to 9% by notice given at least 30 days before the renewal date.

**A6. Go-Live Acceptance.** Vendor shall make the platform ready for acceptance testing by 15 November 2026, so that it can be used for the festival season opening in December. Go-Live Acceptance tests cover: (a) sale and validation of each ticket type through every channel; (b) 1,200 gate validations per minute across all gates for 30 minutes without error; (c) daily reconciliation of the payment gateways with the sales report for three consecutive test days; and (d) refund and void processing. The Customer signs a Go-Live Acceptance certificate when all tests are passed. Opening the gates to the public or using the platform for live sales is not acceptance.

**A7. Late Go-Live.** If the platform is not ready for acceptance testing by the date in A6, or fails the tests and is not corrected within five days, Vendor shall pay the Customer CNY 1,500 for each day of delay until Go-Live Acceptance.

**A8. Hosting partner.** The Customer approves the hosting partner, a licensed cloud provider in Beijing named in the signature annex, as Vendor's only subcontractor on signature of this Order Form.

**A9. Contacts.** Vendor's customer success manager and Customer's IT manager are named in the signature annex.

## PART B — GENERAL TERMS

**B1. Precedence.** These General Terms apply to the Order Form in Part A. If Part A and Part B conflict, Part A prevails.

**B2. Service Levels.**

2.1 Vendor shall make the platform available at least 99.95% of each calendar month, with particular care between 1 December and 15 March (the "Festival Season"), when no maintenance may be scheduled between 08:00 and 22:00 China Standard Time. Availability is measured at the platform's sales and gate interfaces, excluding maintenance agreed with the Customer in advance.

2.2 Priority 1 incidents (ticket sales or gate validation unavailable at any gate group) receive a response within 15 minutes at any time of day, with a workaround within 2 hours. Priority 2 incidents (a channel or report unavailable) receive a response within 1 hour and a fix within 1 business day. Priority 3 incidents receive a response within 1 business day.

2.3 If availability in a month is below the level in 2.1, Vendor shall credit 5% of the monthly share of the subscription fees for each 0.1 percentage point of shortfall, up to half of that monthly share. For each Priority 1 incident not responded to in time, Vendor shall credit CNY 2,000. Credits are deducted from the next invoice or paid at the end of the term.

**B3. Customer Data.**

3.1 All data entered into or generated by the platform for the Customer, including visitor names, identity document numbers, contact details, ticket and payment records and gate logs ("Customer Data"), belongs to the Customer. Vendor processes Customer Data only on the Customer's instructions and only to provide the Services.

3.2 Vendor shall keep Customer Data in mainland China, protect it in accordance with the Personal Information Protection Law and Multi-Level Protection Scheme level 3, encrypt personal information at rest and in transit, restrict access to named support staff using multi-factor authentication, and log all access.

3.3 Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, take all reasonable steps to contain it, cooperate with regulators, and bear the costs and losses that the incident causes to the Customer where the incident results from Vendor's breach of this clause B3.

3.4 Within 30 days after the end of the subscription, Vendor shall return Customer Data in CSV format and then delete it, and confirm the deletion in writing.

**B4. Confidentiality.** Each party shall keep confidential all non-public information of the other party received in connection with the Order Form, use it only for the purposes of the Order Form, and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This obligation lasts for three years after the end of the subscription.

**B5. Intellectual Property.** Vendor owns the platform. Ticket-type configurations, price rules, gate layouts, report templates and integration scripts prepared for the Customer belong to the Customer, which may use, change and pass them to any successor provider.

**B6. Subcontracting.** Apart from the hosting partner approved in A8, Vendor shall not subcontract any part of the Services without the Customer's prior written consent. Vendor remains responsible for its subcontractors.

**B7. Limitation of Liability.**

7.1 Neither party is liable for loss of profit or indirect loss.

7.2 Vendor's total aggregate liability arising out of or in connection with the Order Form and these General Terms shall not exceed the fees paid by the Customer in the six months immediately preceding the event giving rise to the claim.

7.3 Clause 7.2 does not limit liability for death or personal injury, fraud, or Vendor's breach of clause B3.

**B8. Suspension.** Vendor may suspend access only if an undisputed invoice remains unpaid 30 days after a written reminder, and never during the Festival Season without first consulting the Customer.

**B8A. Support.** Vendor provides support in Chinese and English through a hotline and a ticket portal. During the Festival Season Vendor shall keep two engineers on call in Harbin every day from 07:00 to 23:00 and attend the park's daily operations briefing by video on request. Vendor shall send a monthly service report stating availability, incidents, response times and credits, and shall meet the Customer before and after each Festival Season to review performance and plan capacity for peak days such as the Spring Festival holiday.

**B8B. Changes.** Vendor may improve the platform during the term but shall not remove any function listed in A1 without the Customer's written consent.

**B9. Termination.** Either party may terminate the Order Form by written notice if the other party commits a material breach that is not cured within 30 days after written notice. If the Customer terminates under this clause, Vendor shall refund the prepaid fees for the period after termination.

**B10. Governing Law and Disputes.** The Order Form and these General Terms are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin in accordance with its rules then in force.

**B11. General.** Notices shall be in writing and sent by e-mail and courier. Changes require a written amendment signed by both parties. The Order Form is executed in English and Chinese, and both versions are equally authentic.

Signed for the Customer: ____________________ Date: __________

Signed for Vendor: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
E03 = """T:PURCHASE CONTRACT FOR ORCHARD FROST ALARM SYSTEM
P:Contract No. XLGY-2026-FA-02
P:Buyer: Hebei Xuelihua Pear Orchard Co., Ltd., Zhaoxian County, Shijiazhuang, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Sairam Agrotech Integration LLP, a limited liability partnership registered in the Republic of Kazakhstan, Tauke Khan Avenue, Shymkent (the "Supplier").
P:The Buyer grows Yali and Xuehua pears on 420 hectares. Late spring frost during flowering has caused heavy losses in recent seasons. The Buyer has selected the Supplier, after a comparison of three offers, to supply and install a frost alarm system of field sensors, gateways, weather stations and an alarm platform. This contract is on the Buyer's standard form.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the equipment and software listed in Section 2, covering all twelve orchard blocks, and shall connect the alarm platform to the Buyer's SMS gateway and to the control relays of the Buyer's wind machines and sprinkler pumps.
P:1.2 The Supplier shall develop the custom alarm rules agreed with the Buyer's orchard manager, including temperature thresholds by flowering stage, dew point warnings and escalation to block supervisors.
P:1.3 The Supplier shall train the Buyer's orchard manager, twelve block supervisors and two IT staff.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). They include delivery to the orchard, import duties, taxes, installation, travel and all other costs of the Supplier.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Frost sensor node (air temperature at two heights, humidity, leaf wetness)|160|1,380|220,800
TB:2|LoRa gateway with cellular backhaul|6|7,200|43,200
TB:3|Automatic weather station|2|26,500|53,000
TB:4|Alarm platform software, perpetual licence|1|78,000|78,000
TB:5|Solar power kit for gateways|6|2,900|17,400
TB:|Hardware and licence subtotal|||412,400
TB:6|Installation, calibration and commissioning|1|46,600|46,600
TB:7|Custom alarm rules and SMS / relay integration|1|21,000|21,000
TB:|Contract Price|||480,000
P:2.2 The Contract Price is fixed. No other amount is payable by the Buyer.
H:Section 3 Delivery and Time Schedule
P:3.1 The Supplier shall deliver all equipment to the orchard by 20 January 2027 and complete installation and commissioning by 28 February 2027, so that the system is operational before flowering.
P:3.2 The Supplier shall submit a block-by-block installation plan within 20 days after signature for the Buyer's approval, taking account of pruning work in the orchard.
P:3.3 The Supplier shall deliver the equipment to the orchard office packed for outdoor storage, with a packing list, certificates of origin and conformity, and calibration certificates for every sensor node and weather station. Risk in the equipment passes to the Buyer when the Buyer signs the installation certificate.
P:3.4 The Supplier shall mount sensor nodes on posts at the heights set out in the installation plan, route cables so that they do not obstruct mowing, spraying or harvest, and repair at its own cost any damage to trees, irrigation lines or trellises caused by its work. Work in the orchard shall be coordinated with the orchard manager one day in advance.
H:Section 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 48,000) as an advance within 15 days after signature, against the Supplier's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 264,000) within 15 days after all equipment has been installed and the Buyer has signed the installation certificate. The installation certificate confirms the quantities installed and does not constitute acceptance.
P:4.3 The Buyer shall pay the balance of 35% of the Contract Price (CNY 168,000) within 15 days after Final Acceptance under Section 5.
P:4.4 The advance under Section 4.1 shall be secured by a bank guarantee issued by a bank in mainland China for the same amount, valid until the installation certificate is signed.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for a trial period of 21 days. Final Acceptance requires that: (a) every sensor node reports at least once every five minutes, with no gap longer than 30 minutes during the trial period; (b) sensor temperatures agree with a calibrated reference thermometer within 0.3 degrees Celsius at ten sample points chosen by the Buyer; (c) a simulated frost event triggers SMS alarms to all listed supervisors within two minutes and switches the wind machine relays; and (d) documentation, configuration records and training are complete.
P:5.2 If the criteria are met, the Buyer signs a Final Acceptance certificate within seven days. If not, the Supplier shall correct the defects and the trial period or the failed test shall be repeated. Installation, operation of the system during frost nights or payment under Section 4.2 is not acceptance.
P:5.3 The Supplier shall hand over a final report with the location of every node, calibration results and the alarm rule settings.
H:Section 6 Warranty and Service Levels
P:6.1 The Supplier warrants the equipment and software against defects in design, materials and workmanship for twenty-four (24) months from Final Acceptance. During this period it shall repair or replace defective items and correct software errors free of charge, including shipping and travel.
P:6.2 A Priority 1 fault (the alarm platform is down, or a gateway or more than ten sensor nodes stop reporting) shall be responded to within 30 minutes, day or night, throughout the year, and during the frost season from 1 March to 31 May the Supplier's local partner engineer shall be on site within 6 hours. Other faults shall be responded to within one working day.
P:6.3 For each hour by which the Supplier exceeds the Priority 1 response or on-site time, the Buyer may deduct CNY 500 from any amount due or claim it from the Supplier.
P:6.4 The Supplier shall keep spare sensor nodes equal to 5% of the installed quantity and one spare gateway at the orchard throughout the warranty period.
H:Section 7 Support after the Warranty
P:7.1 After the warranty period, the Supplier shall provide support on the terms of Section 6 for an annual fee of 8% of the hardware and licence subtotal, that is CNY 32,992 per year. This fee is fixed for three years after the end of the warranty period and may change afterwards only by written agreement.
P:7.2 Support is ordered by the Buyer's purchase order for each year and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 The custom alarm rules, integration scripts and configuration files prepared under this contract belong to the Buyer, which may use, modify and let third parties maintain them.
P:8.2 The alarm platform software remains the property of its developer. The Buyer receives a perpetual licence to use it for the orchard.
H:Section 9 Data and Security
P:9.1 All sensor readings, weather data, alarm logs and orchard maps belong to the Buyer. The Supplier may use them only to perform this contract and shall not keep, sell or use them for any other purpose.
P:9.2 The alarm platform shall be installed on the Buyer's server in the orchard office. The Supplier shall change all default passwords, use encrypted connections for remote access, obtain the Buyer's approval for each remote session and keep a log of it.
P:9.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 24 hours, take measures to contain it, and compensate the Buyer for losses caused by the Supplier's breach of this Section.
H:Section 10 Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's orchard, yields, customers and business received under this contract and shall not disclose it to third parties without the Buyer's written consent. This obligation continues after the contract ends.
H:Section 11 Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation and commissioning by the date in Section 3.1, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this contract shall not exceed twice the Contract Price, except for liability for personal injury, wilful misconduct or gross negligence, which is not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents on signature to the Supplier's installation partner in Shijiazhuang named in the annex. The Supplier remains responsible for all subcontracted work.
H:Section 13 Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund amounts paid for items not accepted and remove them at its own cost.
H:Section 14 Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang.
H:Section 15 Miscellaneous
P:15.1 This contract is signed in two originals in English and Chinese, with equal effect. Changes must be made in writing and signed by both parties.
P:For the Buyer: ____________________ (seal)
P:For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
E04 = """# MANAGED NETWORK MONITORING SERVICES AGREEMENT

Agreement reference: LOR-SZ-2026-003

This Agreement is made on the date of the last signature below

**between**

(1) **Zhejiang Shengzhou Lingdai Silk Necktie Co., Ltd.**, a company incorporated in the People's Republic of China, Economic Development Zone, Shengzhou, Zhejiang Province (the "Customer"); and

(2) **Lori NetOps CJSC**, a closed joint-stock company incorporated in the Republic of Armenia, Tigran Mets Street, Vanadzor (the "Provider").

**Recitals.** The Customer weaves, prints and finishes silk neckties at two plants in Shengzhou and runs a warehouse and an e-commerce office in Hangzhou. Its production lines, Jacquard design stations, warehouse scanners and online shop depend on a network of routers, switches, firewalls and wireless access points. The Customer wishes the Provider to monitor that network around the clock from the Provider's network operations centre and to manage incidents, on the terms below.

## 1. Definitions

1.1 "Monitored Devices" means the network devices listed in the inventory agreed at onboarding, initially 212 devices at three sites.

1.2 "Incident" means an event that interrupts or degrades a network service at a Customer site. Incidents are classified by priority as set out in Schedule 1.

1.3 "Service Acceptance" has the meaning given in clause 4.3.

1.4 "Customer Data" means device configurations, logs, traffic statistics, network diagrams, credentials and any other information about the Customer's network that the Provider obtains in performing the Services.

## 2. Services

2.1 The Provider shall monitor the availability and performance of every Monitored Device 24 hours a day, detect and classify Incidents, notify the Customer's contacts, diagnose faults remotely, coordinate with the Customer's carriers and equipment vendors, and record every Incident in the Provider's ticketing system.

2.2 The Provider shall back up device configurations weekly, report firmware vulnerabilities affecting Monitored Devices and, on the Customer's approval, carry out configuration changes during agreed maintenance windows.

2.3 The Provider shall send a monthly service report covering Incidents, response times, capacity trends and recommendations, and shall hold a review call with the Customer's IT manager every quarter.

2.4 On-site work at the Customer's plants is done by the Customer's own technicians under the Provider's remote guidance, unless the parties agree otherwise in writing.

## 3. Term

3.1 This Agreement starts on signature. The Initial Term of the Services is 36 months from Service Acceptance.

3.2 The Agreement ends at the end of the Initial Term unless the parties agree in writing to extend it. There is no automatic renewal.

## 4. Onboarding and Service Acceptance

4.1 Within 45 days after signature the Provider shall complete onboarding: installation of two monitoring collectors at the Customer's sites, discovery and inventory of all Monitored Devices, configuration of alarms and thresholds, set-up of the Customer portal and escalation lists, and a handbook for the Customer's technicians.

4.2 The Provider shall then run the Services in parallel with the Customer's existing tools for 14 days.

4.3 Service Acceptance occurs when the Customer confirms in writing that: (a) every device in the inventory is monitored and shows live data in the portal; (b) six test Incidents created by the Customer, including a simulated line failure at each plant, were detected, classified and notified within the times in Schedule 1; (c) configuration backups of all devices were completed; and (d) the handbook has been delivered. Use of the Services during the parallel run is not Service Acceptance.

4.4 The Customer shall give the Provider read-only access to the Monitored Devices through a dedicated management VPN, provide an up-to-date contact and escalation list, and make its technicians available for on-site checks during the parallel run. Delays caused by the Customer extend the onboarding period accordingly.

4.5 Devices added to the network during the term shall be brought under monitoring within five business days after the Customer's request, on the same service levels, and added to the inventory.

## 5. Service Levels and Credits

5.1 The Provider shall respond to and handle Incidents within the times stated in Schedule 1.

5.2 If the Provider misses a response or update time in Schedule 1, it shall give the credit stated there. Credits in a month are capped at one half of the Monthly Fee for that month and are deducted from the next invoice.

5.3 If the Provider does not complete Service Acceptance within 45 days after signature for reasons within its control, it shall pay CNY 900 for each day of delay.

5.4 Service levels are measured by the Provider's ticketing system, whose records the Customer may inspect on request.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 2. At the Customer's request all charges are in Chinese yuan (CNY) and include taxes.

6.2 The Onboarding Fee is invoiced after Service Acceptance. The Monthly Fee is invoiced at the end of each calendar month for that month. The Customer shall pay each undisputed invoice within 30 days. No charge is payable in advance.

6.3 Invoices shall state the period, the number of Monitored Devices and any credits deducted.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell it or disclose it to third parties except as this Agreement allows.

## 8. Confidentiality

8.1 Each party shall treat as confidential the other party's business, technical and commercial information received under this Agreement, shall use it only for this Agreement, and shall not disclose it to any third party except to its employees, approved subcontractors and professional advisers who need to know it and are bound by equivalent obligations.

8.2 This clause continues for three years after this Agreement ends.

## 9. Intellectual Property

9.1 The Provider keeps all rights in its monitoring platform, tools and methods.

9.2 The inventory, network diagrams, alarm thresholds, runbooks and the technicians' handbook prepared for the Customer belong to the Customer, which may use and modify them and give them to any successor provider.

## 10. Subcontracting

10.1 The Provider may use affiliates and third-party subcontractors to perform any part of the Services, including night-shift monitoring, by giving the Customer written notice identifying the subcontractor at least 10 days before the subcontractor starts work.

10.2 The Provider remains responsible for the acts and omissions of its subcontractors.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term stated in Schedule 2, except for wilful misconduct and breach of clause 8, which are not limited.

## 12. Term Commitment and Ending the Agreement

12.1 The Customer commits to the Services for the whole Initial Term. The Customer may not terminate this Agreement before the end of the Initial Term. The Customer's remedies for any failure of the Provider to perform the Services are the service credits under clause 5 and damages under clause 11.

12.2 The Provider may suspend the Services or terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within 30 days after a written reminder.

12.3 On expiry, the Provider shall hand over the Customer's configuration backups and the documents in clause 9.2, and remove its collectors from the Customer's sites.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Notices shall be in writing in English and sent by e-mail and courier to the addresses above.

## Schedule 1 — Incident Priorities, Times and Credits

| Priority | Definition | Response | Update interval | Credit per miss |
|---|---|---|---|---|
| P1 | Loss of network service at a plant, the warehouse or the online shop link | 15 minutes | every 30 minutes | CNY 1,500 |
| P2 | Degraded service or loss of a redundant link at any site | 30 minutes | every 2 hours | CNY 600 |
| P3 | Fault of a single device without service impact | 2 hours | daily | CNY 200 |
| P4 | Request or question | 1 business day | on completion | none |

Response means that a Provider engineer has acknowledged the Incident to the Customer's contact by telephone and started diagnosis.

## Schedule 2 — Charges

| Charge | Basis | Amount |
|---|---|---|
| Onboarding Fee | one-time, after Service Acceptance | CNY 42,000 |
| Monthly Fee | 212 Monitored Devices, per month | CNY 26,800 |
| Monthly Fees for the Initial Term | 36 x CNY 26,800 | CNY 964,800 |
| Total charges for the Initial Term | | CNY 1,006,800 |

Additional devices added during the term are charged at CNY 120 per device per month.

Signed for the Customer: ____________________ Name and title: ____________________

Signed for the Provider: ____________________ Name and title: ____________________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
E05 = """API SUBSCRIPTION AGREEMENT
CULTURAL PROPERTY EXPORT SCREENING API

Agreement No. PRY-SH-2026-11

PARTIES

Customer: Shanghai Haiyun Art Auction Platform Co., Ltd., a company incorporated in the People's Republic of China, Xuhui District, Shanghai ("Customer").

Vendor: Prychal Provenance Data LLC, a limited liability company incorporated in Ukraine, with its office at Mytna Square, Port District, Odesa ("Vendor").

BACKGROUND

Customer runs an online platform on which consignors offer paintings, ceramics, calligraphy, furniture and other art objects for auction, and on which foreign bidders buy lots for shipment abroad. Before a lot may be shipped out of China it must be checked against the rules on cultural relics that may not leave the country, and Customer must also check whether an object appears in international databases of stolen or looted cultural property. Vendor operates an application programming interface (the "API") that compares lot descriptions and images against reference datasets, flags objects that are likely to need an export examination by the cultural relics authorities, and returns matches against stolen-art registers. Customer wishes to subscribe to the API on the terms of this Agreement.

1. DEFINITIONS

1.1 "Lot Data" means the descriptions, images, dimensions, provenance notes, consignor information and other data about lots that Customer sends to the API, and all results the API returns for them.

1.2 "Screening Request" means one call to the API for one lot.

1.3 "Activation" means the date on which Customer confirms in writing that the production API has passed the activation tests in clause 4.

1.4 "Subscription Year" means each period starting on Activation or on an anniversary of Activation and ending on the day before the next anniversary.

2. SUBSCRIPTION

2.1 Vendor grants Customer the right to send Screening Requests to the API and to use the results for Customer's auction business, including to decide which lots are offered to foreign bidders, to inform consignors, and to prepare documents for the cultural relics authorities.

2.2 The subscription covers up to 180,000 Screening Requests per Subscription Year, access for up to 25 named compliance staff to Vendor's web console, and integration support.

2.3 The subscription runs for three Subscription Years from Activation. It does not renew automatically. Any extension requires a written amendment signed by both parties, including the fees for the extension.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY) and include all taxes payable by Vendor. The fees are set out in the Schedule.

3.2 The onboarding fee is invoiced after Activation. The subscription fee is invoiced quarterly at the end of each calendar quarter, for the Subscription Year days in that quarter. Customer pays undisputed invoices within 30 days of receipt. Nothing is payable before Activation.

3.3 Screening Requests above the annual volume are charged at the overage rate in the Schedule, invoiced at the end of the Subscription Year.

4. ONBOARDING AND ACTIVATION

4.1 Within 60 days after signature Vendor shall provide a test environment, API documentation in English and Chinese, and mapping of Customer's lot categories to Vendor's object classification, and shall help Customer's developers connect Customer's listing system to the API.

4.2 Activation tests: (a) a test set of 1,500 past lots chosen by Customer is screened, and every lot that Customer's own experts had referred for export examination is flagged by the API; (b) the results for the test set are returned with the legal basis for each flag and the matching register entries; (c) the API processes 50 Screening Requests per minute for two hours without error; and (d) console accounts, audit trail and monthly usage report work as documented. When all tests are passed Customer confirms Activation in writing.

4.3 If Activation has not occurred within 90 days after signature for reasons within Vendor's control, Vendor shall pay Customer CNY 700 for each day of delay.

5. SERVICE

5.1 Vendor will use commercially reasonable efforts to keep the API available and to respond to support requests promptly. Support requests may be sent by e-mail or through the console during Vendor's business hours.

5.2 Vendor may carry out maintenance of the API and will try to give Customer advance notice of planned maintenance.

5.3 Vendor updates its reference datasets and export-rule mappings from time to time and will inform Customer of material changes through the console.

5.4 Vendor shall give Customer a monthly usage report showing the number of Screening Requests, the number of flagged lots by object category, and any changes to the reference datasets during the month.

5.5 Customer shall send Screening Requests only for lots offered or intended to be offered on its platform, keep its API keys secure, and tell Vendor promptly if it suspects that a key has been misused. Vendor may block a key that is clearly being misused, and shall inform Customer at once and issue a replacement key on request.

5.6 Vendor's staff who handle Customer's queries about individual flags shall be qualified in cultural property research, and Vendor shall explain any flag in writing on request within three business days.

6. CUSTOMER DATA AND SECURITY

6.1 Lot Data belongs to Customer. Vendor shall process Lot Data only to provide the API to Customer and shall not use it to enrich its reference datasets, to train models, or for any other purpose, and shall not disclose it to any third party.

6.2 Vendor shall process Lot Data on servers located in mainland China, provided by Vendor's hosting partner in Shanghai approved in clause 9. Vendor shall encrypt Lot Data in transit and at rest, restrict access to named staff with multi-factor authentication, log all access, and delete Lot Data 90 days after each result is returned unless Customer asks otherwise.

6.3 Vendor shall notify Customer of any security incident affecting Lot Data within 24 hours after becoming aware of it, cooperate with Customer and the authorities, and compensate Customer for losses caused by the incident to the extent it results from Vendor's breach of this clause 6.

6.4 Consignor personal information is processed in accordance with the Personal Information Protection Law of the People's Republic of China.

6.5 At Customer's request, and at most once in each Subscription Year, Vendor shall answer Customer's written security questionnaire and let Customer or its auditor review Vendor's security policies and the reports of its most recent penetration test.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's consignor and bidder information and unpublished lots and Vendor's methods and datasets, shall use it only for this Agreement and shall not disclose it without the other party's prior written consent.

7.2 This obligation continues for three years after this Agreement ends.

7.3 Neither party shall issue any press release or publicity naming the other party without its prior written consent, except that Vendor may state that Customer is a client after Activation.

8. INTELLECTUAL PROPERTY

8.1 Vendor keeps all rights in the API, its reference datasets and its software.

8.2 The lot-category mapping, Customer-specific screening rules and integration code developed for Customer under clause 4 belong to Customer, which may use and modify them freely and give them to any other provider.

9. SUBCONTRACTING

9.1 Customer approves Vendor's hosting partner in Shanghai named in the Schedule. Vendor shall not use any other subcontractor without Customer's prior written consent.

10. LIABILITY

10.1 Neither party is liable for loss of profit or indirect loss.

10.2 Vendor's total liability under this Agreement is limited to 150% of the total fees for the three Subscription Years stated in the Schedule, except for wilful misconduct and breach of clause 6 or clause 7.

10.3 The API supports Customer's own checks. Customer remains responsible for its export declarations and dealings with the authorities.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 On termination Vendor shall refund fees paid for any period after the termination date and return or delete Lot Data as Customer instructs.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

13. GENERAL

13.1 This Agreement, with the Schedule, is the entire agreement of the parties. This Agreement is signed in English and Chinese; both versions are equally authentic, and the parties shall read them together to find their common intention if they appear to differ. Amendments must be in writing and signed by both parties. Notices are sent by e-mail and courier to the addresses above.

SCHEDULE - FEES AND APPROVED SUBCONTRACTOR

Subscription fee: CNY 286,000 per Subscription Year
Subscription fees for three Subscription Years: CNY 858,000
Onboarding and integration fee (one-time, invoiced after Activation): CNY 24,000
Total contract fees: CNY 882,000
Overage: CNY 1.20 per Screening Request above 180,000 in a Subscription Year (not included in the total)
Approved hosting partner: a licensed cloud provider with its data centre in Shanghai, named in the signature annex.

Signed for Customer: ____________________ Date: __________

Signed for Vendor: ____________________ Date: __________
"""

# ---------------------------------------------------------------- files, labels
FILES = {  # key: (stem, ext, source, language, category)
    "h379z01": ("h379z01_drug_traceability_regulatory_platform", "pdf", Z01, "zh", "software"),
    "h379z02": ("h379z02_tyre_plant_curing_control_retrofit", "docx", Z02, "zh", "hardware"),
    "h379z03": ("h379z03_convenience_chain_pos_replenishment_saas", "txt", Z03, "zh", "cloud"),
    "h379z04": ("h379z04_seismic_network_annual_om_service", "txt", Z04, "zh", "services"),
    "h379z05": ("h379z05_frozen_tofu_mes_supplier_template", "md", Z05, "zh", "software"),
    "h379e01": ("h379e01_lacquer_thread_pattern_software_tr_vendor", "pdf", E01, "en", "software"),
    "h379e02": ("h379e02_ice_festival_ticketing_saas_order_form", "md", E02, "en", "cloud"),
    "h379e03": ("h379e03_pear_orchard_frost_alarm_sensors", "docx", E03, "en", "hardware"),
    "h379e04": ("h379e04_necktie_maker_managed_network_monitoring", "md", E04, "en", "services"),
    "h379e05": ("h379e05_art_auction_relic_export_check_api", "txt", E05, "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
# values in KEYS order
TERMS = {
    "h379z01": [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 10, F, T, F, "PRC", "goods_or_licence"],
    "h379z02": [N, 1, T, "buyer", T, T, T, 0.1, N, 10, F, F, 18, N, F, T, F, "PRC", "goods_or_licence"],
    "h379z03": [99.5, 0.25, T, "buyer", T, F, F, 1200 / 1790000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", "service"],
    "h379z04": [N, 0.5, F, "buyer", T, T, T, N, N, N, T, N, N, N, F, T, F, N, "service"],
    "h379z05": [N, 8, F, "supplier", T, F, T, 0.02, 20, 50, T, T, 6, 25, F, T, T, N, "goods_or_licence"],
    "h379e01": [N, 2, T, "buyer", T, T, T, 0.08, N, 20, T, T, 18, 11, F, T, F, "Turkey", "goods_or_licence"],
    "h379e02": [99.95, 0.25, T, "buyer", T, T, T, 1500 / 1012000 * 100, 6 / 24 * 100, 550000 / 1012000 * 100, T, N,
                N, N, T, T, F, "PRC", "service"],
    "h379e03": [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 24, 8, F, T, F, "PRC", "goods_or_licence"],
    "h379e04": [N, 0.25, T, "buyer", F, T, T, 900 / 1006800 * 100, 150, N, T, N, N, N, F, F, T, "PRC", "service"],
    "h379e05": [N, N, F, "buyer", T, T, T, 700 / 882000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", "service"],
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value, fee base
EXTRA = {
    "h379z01": (T, T, T, F, 2640000, 1280000),
    "h379z02": (T, T, F, T, 2160000, 1909600),
    "h379z03": (T, T, N, F, 1790000, N),
    "h379z04": (T, F, N, F, 741200, N),
    "h379z05": (T, T, T, F, 1530000, 1180000),
    "h379e01": (T, T, T, F, 516000, 397800),
    "h379e02": (T, T, N, F, 1012000, N),
    "h379e03": (T, T, T, F, 480000, 412400),
    "h379e04": (T, T, N, F, 1006800, N),
    "h379e05": (F, T, N, F, 882000, N),
}
FOREIGN_FORUM = {"h379e01"}  # forum outside mainland China (ISTAC, Istanbul)
HAND_RULES = {
    "h379z01": [],
    "h379z02": ["CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"],
    "h379z03": ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h379z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h379z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
                "CR-WARRANTY"],
    "h379e01": ["CR-GOVERNING-LAW"],
    "h379e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-PREPAYMENT"],
    "h379e03": [],
    "h379e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"],
    "h379e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(t, x):
    """policy §4: horizon 5 years from acceptance; fee base = itemised licence/hardware subtotal."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * x[5]
    total = x[4] + fee * years
    return total, fee * years / total * 100


def derive(key):
    """My own reading of policy.md §3 applied to the labels (a cross-check of the hand list, not project code)."""
    t, x = dict(zip(KEYS, TERMS[key])), EXTRA[key]
    r = []
    if not x[0]: r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9: r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4: r.append("CR-SLA-RESPONSE")
    if x[0] and not t["sla_remedy"]: r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer": r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]: r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True: r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]: r.append("CR-CONFIDENTIALITY")
    if not x[1]: r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05: r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100: r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30: r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x[3] or t["final_payment_on_acceptance"] is False: r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12: r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x[2] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        c = tco(t, x)
        if c and c[1] > 40: r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]: r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]: r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True: r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM: r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    stem, ext, _, lang, cat = FILES[key]
    t, x = dict(zip(KEYS, TERMS[key])), EXTRA[key]
    extra = {"sla_clause": x[0], "ld_stated": x[1]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x[2]
    extra["acceptance_deemed_on_delivery"] = x[3]
    extra["contract_value"] = x[4]
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": HAND_RULES[key]}

# ---------------------------------------------------------------- checks
SUMS = {  # contract value = sum of items; payment instalments = value
    "h379z01": ([1280000, 946000, 318000, 96000], [528000, 1188000, 924000]),
    "h379z02": ([1032000, 355200, 117600, 268000, 136800, 186000, 64400], [216000, 1080000, 756000, 108000]),
    "h379z03": ([3 * (200 * 2160 + 86000), 236000], None),
    "h379z04": ([38 * 9600, 218000, 96000, 62400], [185300] * 4),
    "h379z05": ([1180000, 236000, 96000, 18000], [765000, 642600, 122400]),
    "h379e01": ([6 * 46800, 2 * 58500, 86000, 32200], [103200, 232200, 180600]),
    "h379e02": ([2 * (398000 + 64000), 88000], [550000, 462000]),
    "h379e03": ([160 * 1380, 6 * 7200, 2 * 26500, 78000, 6 * 2900, 46600, 21000], [48000, 264000, 168000]),
    "h379e04": ([36 * 26800, 42000], None),
    "h379e05": ([3 * 286000, 24000], None),
}
SUBTOTALS = {"h379z02": 1032000 + 355200 + 117600 + 268000 + 136800, "h379e01": 6 * 46800 + 2 * 58500,
             "h379e03": 160 * 1380 + 6 * 7200 + 2 * 26500 + 78000 + 6 * 2900, "h379z01": 1280000, "h379z05": 1180000}

CN = "〇零一二三四五六七八九十百千两"
FORBIDDEN = [  # (name, regex) — each threshold figure in digits, Chinese numerals and words
    ("avail 99.9", r"(?<![\d.])99\.9(?![\d])"),
    ("P1 4 hours", r"(?<![\d.])4\s*(?:-\s*)?(?:小时|个小时|hours?|hrs?\b|h\b)"),
    ("P1 four hours", r"(?<![" + CN + r"])四(?:个)?小时|\bfour\s*(?:-\s*)?hours?\b"),
    ("P1 240 minutes", r"(?<![\d.])240\s*(?:分钟|min)|two hundred (?:and )?forty minutes"),
    ("LD 0.05", r"(?<![\d.])0?\.05(?![\d])|万分之五(?![" + CN + r"])|five hundredths of (?:one|a) per ?cent"),
    ("100 %", r"(?<![\d.])100\s*(?:%|％|per ?cent)|百分之百|one hundred per ?cent|hundred percent"),
    ("30 %", r"(?<![\d.])30\s*(?:%|％|per ?cent)|百分之三十(?![" + CN + r"])|三成|thirty per ?cent"),
    ("40 %", r"(?<![\d.])40\s*(?:%|％|per ?cent)|百分之四十(?![" + CN + r"])|四成|forty per ?cent"),
    ("15 %", r"(?<![\d.])15\s*(?:%|％|per ?cent)|百分之十五(?![" + CN + r"])|fifteen per ?cent"),
    ("12 months", r"(?<![\d.])12\s*(?:-\s*)?(?:个月|months?\b)|(?<![" + CN + r"])十二个月|\btwelve\s*(?:-\s*)?months?\b"),
    ("one year", r"(?<![\d.])1\s*(?:-\s*)?(?:年(?!\d)|years?\b)|(?<![" + CN + r"])一(?:个)?年|\bone\s*(?:-\s*)?years?\b|\ba year\b"),
    ("5 years", r"(?<![\d.])5\s*(?:-\s*)?(?:年(?![\d])|years?\b)|(?<![" + CN + r"])五(?:个)?年|\bfive\s*(?:-\s*)?years?\b"),
    ("60 months", r"(?<![\d.])60\s*(?:-\s*)?(?:个月|months?\b)|(?<![" + CN + r"])六十个月|\bsixty\s*(?:-\s*)?months?\b"),
]
MUST_HIT = ["99.9%", "4小时", "4 hours", "四小时", "four-hour", "240分钟", "0.05%", "万分之五", "100%", "百分之百", "30%",
            "百分之三十", "三成", "40 %", "15%", "百分之十五", "12个月", "十二个月", "12 months", "twelve months", "一年",
            "one year", "1年", "五年", "5年", "5 years", "five-year", "60个月", "sixty months", "60 months", "a year"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "0.055%", "四十二个月", "2025年",
                "2026年1月1日", "十五个工作日", "150%", "万分之五十", "一个服务年度", "百分之三十五", "112个月", "1.5倍",
                "45%", "35%", "one Subscription Year", "0.5 hours", "14 hours"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text) if re.search(r"[\u4e00-\u9fff]{50}", text) else ""):
        for name, rx in FORBIDDEN:
            for m in re.finditer(rx, variant, flags=re.I):
                hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "regex misses " + s
    for s in MUST_NOT_HIT:
        assert not scan(s), ("false hit", s, scan(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (stem, ext, src, lang, cat) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    fired, problems = set(), []
    for key, (stem, ext, src, lang, cat) in FILES.items():
        t, x = dict(zip(KEYS, TERMS[key])), EXTRA[key]
        items, pays = SUMS[key]
        assert sum(items) == x[4], (key, sum(items), x[4])
        if pays:
            assert sum(pays) == x[4], (key, "payments", sum(pays))
        if key in SUBTOTALS:
            assert SUBTOTALS[key] == x[5], (key, "fee base")
        rules = derive(key)
        assert rules == sorted(HAND_RULES[key]), (key, rules, HAND_RULES[key])
        fired |= set(rules)
        # no derived value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-9
        assert t["warranty_months"] not in (12, 60) and t["post_warranty_fee_pct"] != 15
        c = tco(t, x)
        assert c is None or abs(c[1] - 40) > 0.5
        text = read_back(OUT / (stem + "." + ext))
        n = size(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        hits = scan(text) + scan(src)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        if hits:
            problems.append((key, "threshold text", hits))
        (OUT / (stem + ".json")).write_text(json.dumps(label(key), indent=1, ensure_ascii=False), encoding="utf-8")
        print("%s  %-4s %-5s len=%5d  risk=%-6s  tco=%s  rules=%s" % (
            key, ext, lang, n, risk(rules), "-" if c is None else "%.0f / %.2f%%" % c, ", ".join(rules) or "(none)"))
    missing = set(SEVERITY) - fired
    print("rules never fired:", sorted(missing) or "none")
    assert not missing
    mix = sorted(len(HAND_RULES[k]) for k in FILES)
    assert sum(1 for k in FILES if not HAND_RULES[k]) == 2
    assert sum(1 for k in FILES if HAND_RULES[k] == ["CR-GOVERNING-LAW"]) == 1
    assert sum(1 for k in FILES if 2 <= len(HAND_RULES[k]) <= 3) == 6 and len(HAND_RULES["h379z05"]) >= 8
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
