"""holdout551: ten blind, ordinary draft contracts (5 zh, 5 en) with labels. Sources are kept here; the .docx/.pdf
are built with ../word_pdf.py (wrap_words=True), .txt/.md written as is, labels from LABELS; every file is read back,
measured and scanned for threshold figures. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

Z01 = """T:青禾市中小学学籍管理平台建设项目政府采购合同
P:合同编号：QHJY-ZFCG-2026-017　采购方式：公开招标
P:甲方（采购人）：青禾市教育局　地址：青禾市文昌路18号
P:乙方（供应商）：北京启学信息技术有限公司　统一社会信用代码：91110108MA01XK3Q7P
P:鉴于甲方通过公开招标采购中小学学籍管理平台，乙方为中标供应商，双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供学籍管理平台软件永久许可（区县级部署，覆盖全市中小学校），并完成定制开发、数据迁移、部署实施及培训。
P:1.2 定制开发内容包括：转学及休复学网上审批流程、学籍异动预警、与省级学籍系统的数据交换接口、学生综合素质评价数据对接、全市学籍统计报表。
P:1.3 平台部署于甲方政务云，乙方不得将甲方数据部署于其他环境。
P:1.4 项目实施地点为青禾市教育局及市政务云机房。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾贰万元整（¥1,620,000），为固定总价，包含税费及全部服务费用。
P:（1）平台软件永久许可：¥860,000；（2）定制开发：¥520,000；（3）历史学籍数据迁移：¥146,000；（4）部署实施及培训：¥94,000。
P:2.2 合同履行期间，合同总价不因人工、材料价格变化而调整。乙方投标文件中的其他优惠承诺继续有效。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%作为预付款，计¥324,000。
P:3.2 平台初验合格后15个工作日内，甲方支付合同总价的45%，计¥729,000。
P:3.3 平台终验合格后15个工作日内，甲方支付合同总价的35%，计¥567,000。
P:3.4 乙方应在每次付款前开具等额合法发票。
P:3.5 甲方付款资金来源为财政资金，因财政支付流程导致的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署及初验，于初验后60日试运行期满时申请终验。
P:4.2 乙方应向甲方交付定制开发部分的全部源代码、数据库设计说明、接口文档、部署手册及用户手册，并保证源代码可编译生成与上线版本一致的程序。
P:4.3 乙方应指定具有同类项目经验的项目经理常驻甲方现场，未经甲方书面同意不得更换；乙方实施人员不少于6人。
P:4.4 乙方应为各中小学学籍管理员及区县教育局管理员分批培训，培训不少于8场，并提供操作视频及常见问题手册。
P:4.5 项目实施计划须经甲方确认后执行，重大变更须经甲方书面同意。
H:第五条 验收
P:5.1 初验标准：（1）招标文件所列功能逐项测试通过；（2）历史学籍数据迁移后与原系统逐条比对一致；（3）与省级学籍系统接口连续10日交换无错误；（4）1,000名用户并发时常用页面响应不超过3秒；（5）通过第三方等级保护三级测评。
P:5.2 终验标准：试运行期间无一级故障，初验遗留问题全部整改完毕，文档齐全。
P:5.3 平台上线、甲方使用或支付任何款项，均不视为验收合格。验收以双方签署的验收报告为准。
P:5.4 验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台年可用率不低于99.95%。
P:6.2 一级故障（全市平台无法登录或学籍数据无法办理）：乙方30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次一工作日解决；三级故障（一般咨询）次一工作日答复。
P:6.3 响应或恢复每超时1小时，甲方扣减乙方服务费¥1,000；年可用率每低于约定值0.01个百分点，扣减¥2,000，可从应付款中抵扣。
P:6.4 乙方每季度提交运行报告，内容包括可用率统计、故障清单及处理情况。
H:第七条 质量保证与后续维护
P:7.1 质保期为36个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、升级补丁及远程技术支持，并每季度上门巡检一次。
P:7.2 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过平台软件许可费的9%（即不超过¥77,400），且三个服务年度内不上调。维护合同不自动续期。
H:第八条 数据安全
P:8.1 平台中的学生及家长个人信息、学籍数据、日志均属于甲方所有，乙方仅为履行本合同处理，不得用于其他任何目的。
P:8.2 乙方应遵守《个人信息保护法》《数据安全法》，落实访问控制、加密存储、操作审计及最小权限，不得复制或带离任何数据；测试须使用甲方提供的脱敏数据。合同终止或质保期满后，乙方应删除其掌握的全部甲方数据副本并出具书面说明。
P:8.3 发生数据泄露或安全事件，乙方应在2小时内报告甲方并立即处置；因乙方原因造成的损失由乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、网络架构及账号口令负有保密义务，不得向任何第三方披露，保密义务不因合同终止而免除。乙方应与参与本项目的全部人员签订保密协议，并对其人员的泄密行为承担连带责任。
H:第十条 知识产权
P:10.1 定制开发成果（含源代码及文档）的知识产权归甲方所有，甲方可自行修改、使用或许可第三方维护。
P:10.2 平台软件的既有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方权利。
P:10.3 甲方有权将定制开发成果在本市教育系统内推广使用，无需另行向乙方付费。
H:第十一条 违约责任
P:11.1 乙方逾期完成初验或终验的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应在甲方规定期限内免费整改。
P:11.3 平台存在安全漏洞，经甲方通知后乙方未在规定时间内修复的，甲方可委托第三方修复，费用由乙方承担。
H:第十二条 分包
P:乙方不得将本项目转包或分包，不得以挂靠或借用资质方式履行本合同。
H:第十三条 合同解除
P:乙方逾期超过30日，或严重违约经书面催告后15日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。合同解除后，乙方应在15日内移交已完成的全部成果及甲方数据。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证金
P:乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥81,000），可采用银行保函形式。终验合格后15个工作日内，甲方无息退还。
H:第十六条 不可抗力
P:因地震、洪水等不可抗力致使合同不能履行的，受影响一方应在3日内通知对方，并在15日内提供证明，双方协商延期履行或解除合同。
H:第十七条 其他
P:合同履行中的通知以书面形式送达本合同首部所列地址。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及澄清文件为本合同组成部分。本合同未尽事宜，双方可签订补充协议。
P:甲方（盖章）：青禾市教育局　　代表：__________　日期：2026年3月__日
P:乙方（盖章）：北京启学信息技术有限公司　　代表：__________　日期：2026年3月__日
"""

Z02 = """T:碎浆机控制系统改造及维保合同
P:合同编号：TXZY-SB-2026-042
P:甲方：浙江桐溪纸业有限公司（以下简称甲方）
P:乙方：杭州衡控自动化工程有限公司（以下简称乙方）
P:甲方二号纸机车间两台水力碎浆机控制系统老化，为降低能耗、提高碎浆浓度稳定性，甲方委托乙方实施控制系统改造并提供后续维保。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）更换两套碎浆机PLC控制柜及两台315kW变频器，加装在线浓度变送器、振动温度监测装置。
P:（二）更新HMI操作站及组态软件，编写碎浆节能控制程序，实现浓度闭环控制和转子负荷自适应，并在HMI上增加能耗统计画面。
P:（三）完成安装、接线、调试及操作人员培训。
P:（四）改造应兼容甲方现有DCS系统，通信协议采用Modbus TCP或Profinet。
H:二、合同价款
P:（一）合同总价为人民币926,000元（含13%增值税），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜|2套|168,000|336,000
TB:2|315kW变频器|2台|92,000|184,000
TB:3|在线浓度变送器|4台|23,500|94,000
TB:4|振动温度监测装置|1套|58,000|58,000
TB:5|HMI操作站及组态软件许可|1套|76,000|76,000
TB:|软硬件小计|||748,000
TB:6|安装调试|1项|96,000|96,000
TB:7|节能控制程序定制|1项|68,000|68,000
TB:8|操作培训|1项|14,000|14,000
TB:|合计|||926,000
P:（二）上述价格包含运输、保险、安装及税费，甲方不再另行支付其他费用。
P:（三）节能控制程序投入运行后，碎浆工序吨浆电耗应较改造前降低8%以上，由双方共同测定。
H:三、付款方式
P:（一）合同签订后10日内，甲方支付合同总价的20%，即185,200元。
P:（二）设备到货并经甲方清点签收后10日内，支付合同总价的45%，即416,700元。
P:（三）设备安装调试完成后10日内，支付合同总价的33%，即305,580元。
P:（四）剩余5%即46,300元作为质量保证金，质保期满且无未决质量问题后10日内无息支付。
P:（五）乙方应在每次收款前向甲方开具合法有效的增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同签订后45日内将全部设备运抵甲方二号纸机车间，并于到货后20日内完成安装调试。
P:（二）改造须利用甲方计划停机窗口进行，每次停机不得超过72小时，停机计划须经甲方生产部书面确认。
P:（三）乙方施工人员进入甲方厂区须遵守甲方安全生产管理制度，办理动火、登高、受限空间等作业许可，因乙方违章作业造成的人身伤害或财产损失由乙方承担。
P:（四）改造期间乙方应保留原控制系统的切换手段，确保改造失败时能在8小时内恢复原系统运行。
P:（五）设备在甲方签收前的损毁、灭失风险由乙方承担。
H:五、验收
P:（一）设备到货后，双方共同清点型号、数量及外观，签署到货清单。到货签收仅证明数量，不代表质量合格。
P:（二）设备安装调试完成并投入运行，即视为甲方验收合格。乙方应提交调试记录和竣工资料。
P:（三）乙方应向甲方移交控制程序源程序、电气图纸、设备说明书、参数清单及调试记录各两套，并提供电子版。
H:六、质量保证
P:（一）质保期为24个月，自安装调试完成之日起计算。质保期内，因设备或程序缺陷引起的故障，乙方免费维修或更换。
P:（二）乙方提供的设备应为原厂全新产品，具备合格证及原厂质保证明。
P:（三）质保期内同一部件故障两次以上的，乙方应更换同型号新品，该部件质保期自更换之日起重新计算。
H:七、维保服务
P:（一）故障响应要求如下：
TB:故障等级|定义|响应时间|到场时间
TB:一级|碎浆机停机或控制系统失控|1小时|6小时
TB:二级|单台设备报警、部分功能异常|2小时|24小时
TB:三级|一般咨询及参数调整|8小时|按约定
P:（二）乙方未按上表时限响应或到场的，每超时1小时，甲方可从质量保证金中扣除500元。
P:（三）质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的8%计取，即59,840元，三个服务年度内价格固定不变；维保服务内容包括季度巡检、故障维修、程序优化及备件更换。维保合同到期后由双方另行协商，不自动续期。
P:（四）乙方每季度对控制系统巡检一次，并提交巡检报告。
P:（五）乙方应在甲方所在地储备常用备品备件，包括PLC模块、变频器功率模块及浓度变送器各一套。
P:（六）质保期满前一个月，乙方应对系统进行全面检查，提交检查报告并修复发现的缺陷。
H:八、数据与信息安全
P:（一）控制系统中的工艺参数、生产运行数据及配方数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。乙方人员离场时应删除其设备中存储的甲方数据。
P:（二）乙方远程维护须经甲方书面批准，通过甲方指定的安全通道进行，全程留存操作记录；禁止使用未经查杀的移动存储介质。
P:（三）因乙方原因导致数据泄露、程序被篡改或生产事故的，乙方应在2小时内通知甲方，配合处置并承担相应赔偿责任。
H:九、保密
P:乙方对在履约过程中获知的甲方工艺技术、生产数据和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十、知识产权
P:节能控制程序及为本项目编写的组态画面、源程序和技术文件的知识产权归甲方所有，甲方可自行修改和使用。组态软件产品本身的知识产权归其原权利人。乙方保证所供设备及软件不侵犯第三方知识产权。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方提供的设备不符合合同约定的，甲方有权要求更换，由此产生的费用由乙方承担。
P:（三）乙方逾期违约金累计不超过合同总价的10%。
P:（四）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十二、分包
P:乙方如需将电缆敷设等辅助工作交由第三方实施，须事先取得甲方书面同意，并对第三方的工作承担全部责任。第三方人员须具备相应资质并遵守甲方安全管理制度。
H:十三、合同解除
P:乙方逾期超过30日，或出现严重质量问题经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失，包括甲方另行采购所增加的费用。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉，诉讼期间无争议部分继续履行。
H:十五、培训
P:乙方应对甲方操作及维修人员进行不少于3天的现场培训，内容包括系统操作、参数调整、常见故障处理及日常点检，培训后甲方人员应能独立操作。
H:十六、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方可协商延期履行或解除合同。
H:十七、其他
P:技术协议、设备清单及调试方案为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：浙江桐溪纸业有限公司　代表签字：________
P:乙方（盖章）：杭州衡控自动化工程有限公司　代表签字：________
P:签订日期：2026年4月　日
"""

Z03 = """连锁酒店前台及房态管理系统SaaS服务合同

合同编号：YS-HT-2026-0318

甲方：云栖酒店管理有限公司（以下简称"甲方"）
住所：杭州市西湖区文三路256号
乙方：上海栈点云科技有限公司（以下简称"乙方"）
住所：上海市闵行区申长路988号

鉴于甲方及其旗下45家直营酒店需要统一的前台、房态、收银及夜审系统，乙方以SaaS方式提供"栈点PMS"云服务并负责实施上线，双方经友好协商，订立本合同。

1. 定义
1.1 "门店"指本合同附件一所列甲方旗下45家酒店。
1.2 "服务年度"指自全部门店上线之日起，每连续的十二期自然月为一个服务年度（首个服务年度自上线之日起算）。
1.3 "甲方数据"指甲方及门店在系统中录入、生成的全部数据，包括住客身份信息、订单、房价、账务及日志。
1.4 "上线"指全部门店在系统中完成首笔正式入住登记。

2. 服务内容
2.1 乙方为每家门店开通前台接待、房态管理、收银、夜审、会员及报表模块，账号数不限。
2.2 实施服务包括：历史订单与会员数据迁移、与门锁系统和公安旅馆业治安管理系统的对接、与甲方集团财务系统的接口开发、门店人员培训及上线保障。
2.3 乙方为甲方定制的集团经营报表模板及财务接口程序，于上线时一并交付。
2.4 乙方应为甲方开通测试环境，供甲方在新版本发布前验证。
2.5 乙方每季度发布功能更新，更新不得降低本合同约定的功能和服务水平，涉及门店操作变化的应提前10日通知甲方。

3. 服务期限
3.1 服务期为三个服务年度，自全部门店上线之日起计算。
3.2 服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
3.3 每次续期时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前以书面形式通知甲方调整后的价格。

4. 费用
4.1 订阅费：每家门店每服务年度7,800元，45家门店每服务年度合计351,000元，三个服务年度合计1,053,000元。
4.2 实施费：一次性186,000元。
4.3 合同总价为1,239,000元（含税）。门店数量增减的，按4.1单价按月折算。
4.4 上述价格已包含乙方提供服务所需的云资源、短信通道及系统升级费用。

5. 付款
5.1 订阅费按季度在每季度结束后15日内支付，每季度87,750元。
5.2 实施费在全部门店上线验收合格后15日内一次性支付。
5.3 甲方在服务开通前无需支付任何款项。乙方应在付款前开具增值税专用发票。
5.4 甲方对账单有异议的，应在收到账单后10日内提出，双方核对后按实际结算。

6. 实施与验收
6.1 乙方应于合同签订后75日内完成全部门店上线，具体门店批次以双方确认的实施计划为准，每批次上线前乙方应提交门店上线检查表。
6.2 上线验收标准：（1）历史订单及会员数据迁移后逐条核对无差异；（2）门锁制卡、公安旅馆业系统上传在每家门店测试通过；（3）夜审、交班及集团报表数据与财务系统核对一致；（4）连续7日无一级故障。
6.3 验收以甲方签署的验收确认单为准，门店开始使用系统不视为验收合格。
6.4 因乙方原因未按期完成上线的，每逾期一日，乙方向甲方支付违约金1,500元。
6.5 乙方应为每家门店提供不少于2次现场培训，并为甲方总部指定人员提供管理员培训。
6.6 上线前，乙方应完成压力测试，确保45家门店同时夜审时系统响应正常。

7. 服务水平
7.1 系统月度可用率不低于99.5%（计划内维护不计入不可用时间，计划维护应安排在凌晨2:00至5:00并提前3日通知）。
7.2 故障响应：
（1）一级故障（任一门店无法办理入住或退房）：15分钟内响应，2小时内恢复；
（2）二级故障（部分功能异常但可替代操作）：1小时内响应，24小时内解决；
（3）三级故障（咨询及一般问题）：次一工作日内答复。
7.3 服务补偿：月度可用率低于约定值的，每低0.1个百分点，减免当月订阅费的2%；一级故障未在2小时内恢复的，每超过1小时减免当月订阅费的1%，单月减免合计不超过当月订阅费的50%。
7.4 乙方应每月向甲方提供服务报告，内容包括可用率、故障清单、处理时长及改进措施。

8. 数据安全与数据归属
8.1 甲方数据归甲方所有。乙方仅为提供本合同服务处理甲方数据，不得用于其他任何目的，不得向第三方提供。
8.2 乙方应将甲方数据存储于中国境内的数据中心，对住客身份信息加密存储，落实访问控制、操作审计和数据备份，系统应通过网络安全等级保护三级测评。
8.3 发生数据泄露或安全事件的，乙方应在24小时内书面通知甲方并采取补救措施，因乙方原因造成甲方或住客损失的，由乙方承担赔偿责任，包括甲方因此承担的行政处罚。
8.4 合同终止后30日内，乙方应将甲方数据以通用格式完整交还甲方，并在甲方确认后删除，出具删除证明。
8.5 乙方应每日备份甲方数据，备份保留不少于30日，恢复点目标不超过1小时。
8.6 乙方人员访问甲方数据须经甲方授权，所有访问行为应留存日志，甲方有权查阅。

9. 保密
双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露，保密期限为合同终止后三年。

10. 知识产权
10.1 栈点PMS平台的知识产权归乙方所有。
10.2 乙方为甲方定制的报表模板、财务接口程序及相关文档的知识产权归甲方所有，甲方可自行修改、使用或交由其他服务商维护。
10.3 乙方保证平台及交付成果不侵犯第三方知识产权，否则由乙方承担全部责任。

11. 委托第三方
乙方可将门店现场实施、硬件安装调试等工作委托第三方服务商完成，但应提前5个工作日书面通知甲方，并将第三方名称和联系人告知甲方。乙方对第三方的行为承担责任。

12. 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但数据泄露、侵犯知识产权及故意或重大过失造成的损失不受此限；上述限额亦不适用于乙方未按约定交还数据的情形。

13. 合同解除
13.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除本合同。
13.2 月度可用率连续三个月低于99%的，甲方有权解除本合同且不承担违约责任。
13.3 合同解除的，乙方应按8.4条交还数据，并配合甲方完成向新系统的迁移，过渡期不少于60日，过渡期内按原价收费。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

15. 不可抗力
因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复。云服务商的一般故障不属于不可抗力。

16. 其他
通知以书面形式发送至本合同首部地址或双方指定的电子邮箱。
本合同附件一（门店清单）、附件二（实施计划）为本合同组成部分。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：云栖酒店管理有限公司　　授权代表：__________
乙方（盖章）：上海栈点云科技有限公司　　授权代表：__________
日期：2026年5月__日
"""

Z04 = """南屏市公安局视频监控平台年度运维服务合同

项目编号：NPGA-CS-2026-009（竞争性磋商）

采购人（甲方）：南屏市公安局
地址：南屏市府前路66号
成交供应商（乙方）：湖北天衡安防运维服务有限公司
地址：武汉市东湖新技术开发区光谷大道77号

根据南屏市公安局视频监控平台运维服务项目竞争性磋商结果，乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》，甲乙双方订立本合同。

（1）服务范围
①市级视频监控平台（含视频汇聚、解析、云存储及联网共享平台）的软件运维及安全加固；
②全市2,860路前端点位（含摄像机、补光灯、立杆、光纤链路）的巡检、维修及更换；
③核心机房、分局机房视频设备的日常巡检；
④指挥中心大屏显示系统及视频会商系统的日常保障；
⑤平台软件的版本升级、补丁安装及病毒库更新，须经甲方审批后在指定时段实施；
⑥派驻3名驻场工程师，工作日8:30至18:00在甲方指挥中心值守，重大安保期间按甲方要求24小时值守。

（2）服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满本合同终止，后续服务由甲方依法重新采购，不自动续期。服务期内甲方新增点位的，自接入之日起纳入运维范围，按每路230元的年度单价按月折算，另行签订补充协议。

（3）合同价款
合同总价为人民币1,545,800元，为固定总价，明细：
①平台软件运维及安全加固：420,000元；
②前端点位巡检维修：2,860路×230元/路，合计657,800元；
③备品备件包干：180,000元；
④驻场工程师：3人×96,000元，合计288,000元。
合同总价包含人工、交通、工具、备品备件、税费等全部费用，服务期内不作调整。包干额度内乙方应免费更换损坏设备，超出包干范围的主要设备更换，经甲方书面确认后另行结算。

（4）付款方式
服务费按季度支付。每季度结束后，甲方对乙方该季度服务进行考核，考核合格后15个工作日内支付该季度服务费386,450元。甲方不支付预付款。乙方应在每次付款前开具合法发票。

（5）服务要求
①核心平台月可用率不低于99.95%，前端点位故障按本项第③目时限修复；
②一级故障（平台中断、重点部位点位大面积离线）：乙方30分钟内响应，2小时内到场，6小时内恢复；
③二级故障（单路或少量点位离线、录像缺失）：2小时内响应，24小时内修复；
④乙方每月对全部前端点位巡检一次，每季度对平台进行安全检查，并提交巡检报告和安全检查报告；
⑤乙方应在合同签订后10日内完成服务交接，并于交接后20日内完成首次全面巡检，提交点位台账；
⑥乙方应设立7×24小时服务热线，全部故障工单在甲方运维管理平台登记并闭环；
⑦重大节日、重要会议等安保期间，乙方应提前完成专项巡检并安排技术人员现场保障；
⑧乙方每月提交运维报告，内容包括点位在线率、故障处理、备件使用情况和隐患整改建议；
⑨乙方应建立点位故障台账，同一点位一个季度内重复故障三次以上的，应提出根治方案。

（6）服务水平考核
①甲方每季度依据本合同第（5）项对乙方进行考核，考核结果书面通知乙方。
②乙方未达到上述服务要求的，应在甲方通知后5日内提交整改方案并整改到位。甲方不因服务水平未达标扣减服务费，考核结果作为甲方今后采购评审的参考。
③考核内容包括响应及时率、故障修复率、点位在线率、巡检完成率及甲方满意度，考核细则见磋商文件。
④甲方可根据考核情况约谈乙方负责人，乙方应书面说明原因并提出改进措施。

（7）验收
①季度考核：以巡检记录、故障工单、平台运行日志为依据，核对第（5）项各项指标。
②年度验收：服务期满前30日内，甲方组织验收，内容包括全年考核结果、点位台账与实际一致、全部文档移交。验收以甲方出具的书面验收意见为准。
③验收发现问题的，乙方应在15日内整改完毕后重新验收。

（8）数据安全
①视频图像、平台数据、点位信息及系统日志均属于甲方所有，乙方仅为履行运维服务接触，不得复制、留存、外传或用于其他目的。
②乙方人员须经甲方政审并签署保密承诺，运维操作须通过甲方运维审计系统进行，禁止将任何设备接入互联网。
③乙方更换的存储介质须交甲方登记并现场销毁，乙方不得对视频数据设置访问限制或加密锁定。
⑤合同终止时，乙方应移交全部运维账号、口令及文档，并签署资料移交确认书。
⑥乙方应配合甲方开展网络安全检查、攻防演练及等级保护测评，及时修补发现的漏洞。
④因乙方原因发生数据泄露或安全事件的，乙方应立即报告甲方，承担全部法律责任和赔偿责任。

（9）保密
乙方对在服务中知悉的点位分布、警务信息及系统配置负有保密义务，不得以任何形式泄露；保密义务在合同终止后长期有效。乙方应组织驻场人员参加甲方组织的保密教育，每半年不少于一次。乙方人员离岗时应交回全部门禁卡、账号及资料。

（10）知识产权
运维过程中形成的点位台账、运维脚本、配置文件及报告归甲方所有，甲方可自由使用和修改。乙方保证运维中使用的工具软件来源合法，不侵犯第三方权利。

（11）违约责任
①乙方未按第（5）项第⑤目约定完成服务交接或首次全面巡检的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
②乙方人员违反保密或安全规定的，甲方有权要求乙方更换人员。
③乙方人员违反操作规程造成设备损坏的，乙方应负责修复或按价赔偿。

（12）转包与分包
乙方不得将本项目转包或分包给任何第三方，不得以挂靠、借用资质等方式履行本合同。

（13）人员与备件
①驻场工程师应具有2年以上视频监控运维经验，名单须经甲方审核；更换驻场人员须提前10日书面报告甲方并经甲方同意。
②乙方应在南屏市区设立备件库，常备摄像机、光端机、交换机及硬盘等备件不少于点位数的3%，更换下的旧设备归甲方所有。
③乙方人员进行立杆登高、道路作业时，应做好安全防护和交通警示，因乙方原因造成人身伤害或第三方损失的，由乙方承担全部责任。

（14）合同解除
乙方连续两个季度考核不合格，或严重违反数据安全、保密规定的，甲方有权书面通知解除本合同，并要求乙方赔偿损失及重新采购增加的费用。服务期满或合同解除时，乙方应配合新服务商完成交接，交接期不少于15日，交接期间不得中断服务。

（15）不可抗力
因自然灾害等不可抗力导致服务不能正常提供的，乙方应及时通知甲方并采取措施减少损失，影响消除后及时恢复服务。

（16）法律适用与争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，向南屏市人民法院提起诉讼。

（17）其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式五份，甲方三份，乙方两份。

甲方（盖章）：南屏市公安局　　代表：__________
乙方（盖章）：湖北天衡安防运维服务有限公司　　代表：__________
签订日期：2026年2月__日
"""

Z05 = """# 批次通食品生产批次管理系统软件许可及定制开发合同

**（乙方标准合同文本 V3.0）**

合同编号：PCT-2026-HN-0127

甲方：湖南辣源食品有限公司（以下简称"甲方"）

乙方：长沙批次通软件有限公司（以下简称"乙方"）

甲方生产调味面制品（辣条），为满足食品安全追溯要求，拟引进乙方"批次通"批次管理系统。双方经协商，就软件许可及定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"批次通"批次管理系统软件永久许可（三个车间，60个并发用户）。

1.2 乙方为甲方进行定制开发：配料称量系统对接、包装赋码、质检结果录入、与甲方ERP及WMS的接口、批次追溯报表。

1.3 乙方负责部署实施及培训。本合同所称"上线"指系统在甲方生产环境中正式投入使用。

1.4 系统适用于甲方宁乡生产基地的配料、拌料、挤压成型、调味、包装五道工序，功能包括原料入库批次登记、配料称量记录、生产工单、半成品及成品批次生成、包装赋码、出入库扫码、正反向追溯、召回模拟及追溯报表。

## 第二条 合同价款

|序号|项目|金额（元）|
|---|---|---|
|1|批次通软件永久许可（三个车间、60用户）|600,000|
|2|定制开发|200,000|
|3|部署实施及培训|80,000|
||合计|880,000|

2.1 合同总价为人民币捌拾捌万元整（¥880,000），包含软件许可、定制开发、实施及培训费用，不含服务器、扫码枪、标签打印机等硬件，硬件由甲方按乙方提供的配置要求自行采购，并在实施开始前准备到位。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即484,000元，作为预付款。

3.2 系统上线试运行后，甲方支付合同总价的35%，即308,000元。

3.3 系统验收合格后5个工作日内，甲方支付剩余10%，即88,000元。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务。乙方收到款项后开具增值税专用发票。

## 第四条 交付与实施

4.1 乙方应在收到预付款后60日内完成部署并上线试运行，具体进度以双方确认的实施计划为准。

4.2 因需求变更、甲方配合不及时等原因导致延期的，实施期限相应顺延。因乙方原因延期的，乙方应积极采取补救措施，尽快完成实施。

4.3 甲方应指定项目负责人，配合乙方开展需求调研，及时提供物料编码、配方、工艺路线、包装规格等基础数据，并确认需求说明书。需求说明书经双方签字确认后，甲方提出的需求变更应以书面形式提出，乙方评估工作量后另行报价。

4.4 乙方负责对甲方关键用户、车间班组长及质检人员进行现场集中培训。实施过程中，甲方应保证乙方人员能够进入车间现场，乙方人员应遵守甲方的食品安全卫生管理要求。

## 第五条 验收

5.1 系统上线试运行满30日后，乙方提交验收申请。

5.2 验收标准：（1）双方确认的测试用例全部通过；（2）任一成品批次可在3秒内追溯至原料批次、配料记录和生产班组；（3）与ERP、WMS接口连续7日数据一致。

5.3 验收以双方签署的验收报告为准。验收不通过的，乙方应在15个工作日内整改并再次提交验收。试运行期间，甲方应安排人员按系统流程进行实际生产记录，并及时反馈问题。

## 第六条 免费维护期与技术支持

6.1 免费维护期为6个月，自系统上线之日起计算。免费维护期内乙方免费修复软件缺陷，但不负责数据修复。

6.2 乙方在工作日9:00至17:30提供电话及远程技术支持，乙方将尽合理努力及时解决甲方提出的问题。技术支持通过服务热线及企业微信群提供，法定节假日不提供技术支持。

6.3 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费按软件许可费的28%收取，即每服务年度168,000元。未签订年度维护协议的，乙方不再提供任何技术支持；重新购买维护服务的，需补缴中断期间的维护费。

6.4 以下情况不属于免费维护范围：甲方自行修改程序或数据库；甲方硬件、网络或操作系统故障；因甲方操作不当造成的问题；新增功能需求。维护服务内容包括软件缺陷修复、小版本升级、远程技术支持及每季度一次的系统健康检查，大版本升级及新增模块另行付费。

## 第七条 知识产权

7.1 "批次通"软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的程序、接口、报表及其源代码的知识产权均归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、转让或许可第三方使用。

7.3 甲方不得对本软件进行反向工程、反编译或反汇编，不得将本软件提供给甲方关联企业使用。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据归甲方所有，甲方对其数据的真实性、合法性负责。

8.2 乙方有权将甲方数据经脱敏处理后用于产品改进、行业分析及乙方其他产品和服务。

8.3 乙方应采取访问控制、加密传输、数据备份等安全措施保护甲方数据；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。乙方仅在甲方授权的情况下远程登录甲方系统，并做好登录记录。合同终止后，经甲方书面要求，乙方应将甲方数据以通用格式导出交还甲方。

## 第九条 保密

双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为本合同终止后两年。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任，不超过合同总价的20%，且以甲方实际遭受的直接损失为限。

10.2 任何一方均不对间接损失、利润损失承担责任。

10.3 因甲方提供的数据不准确、甲方人员操作失误造成的损失，以及甲方因产品质量、食品安全事件产生的损失，乙方不承担责任。

## 第十一条 合同解除

任何一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除本合同。因甲方原因解除合同的，甲方已支付的款项不予退还。

## 第十二条 甲方义务

甲方应按约定支付合同款项；提供实施所需的场地、网络及服务器环境；指定专人负责系统管理；按乙方提供的操作手册使用系统；妥善保管系统账号和口令。

## 第十三条 不可抗力

因不可抗力致使本合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方互不承担违约责任。

## 第十四条 争议解决

本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交乙方所在地人民法院诉讼解决，诉讼费、律师费由败诉方承担。

## 第十五条 其他

未经对方书面同意，任何一方不得转让本合同项下的权利义务。双方通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱。本合同附件包括需求说明书、实施计划及服务器配置要求，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖南辣源食品有限公司　　代表：__________

乙方（盖章）：长沙批次通软件有限公司　　代表：__________

日期：2026年6月__日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NSS-CN-2026-0214
P:This Software Licence and Services Agreement (the "Agreement") is made between Naniwa Soft Systems Co., Ltd., a company incorporated in Japan with its registered office at 2-8-14 Esaka-cho, Suita City, Osaka Prefecture, Japan (the "Vendor"), and Foshan Linmu Furniture Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 36 Lecong Avenue, Shunde District, Foshan, Guangdong Province (the "Customer").
P:Recitals
P:(A) The Vendor develops and licenses the "KUMIAWASE APS" advanced planning and scheduling software used by manufacturers to plan production lines, materials and delivery dates.
P:(B) The Customer manufactures panel and solid-wood furniture at two plants in Foshan and wishes to acquire perpetual licences of the software, together with implementation, interface development and training services, on the terms of this Agreement.
H:Article 1 Definitions
P:1.1 "Software" means the KUMIAWASE APS server and planner modules in object code, version 7.2, with the documentation and any updates supplied under this Agreement.
P:1.2 "Customised Deliverables" means the interfaces, configurations, planning rules, report layouts and related documentation that the Vendor develops specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first use of the Software to issue the production plan of both plants in the Customer's live environment.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
P:1.5 "Support Year" means the period starting on the day after the warranty period ends and ending on the day before the first anniversary of that day, and each later period running between two such anniversaries.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers in the Customer's data centre in Foshan for the internal business of the Customer and its affiliates in mainland China, for one server instance and 25 named planner users.
P:2.2 The Vendor shall provide the implementation services, interface development and training described in Annex 1, including interfaces to the Customer's ERP system and to the shop-floor MES of both plants.
P:2.3 The Customer may make copies of the Software reasonably required for backup, testing and disaster recovery.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY) and include all taxes, duties, travel and living expenses of the Vendor's personnel.
P:3.2 The Contract Price is CNY 1,120,000, made up as follows:
P:(a) Software server licence, 1 instance: CNY 420,000;
P:(b) Planner user licences, 25 named users at CNY 9,600 each: CNY 240,000;
P:Licence subtotal: CNY 660,000;
P:(c) Implementation and configuration services: CNY 310,000;
P:(d) ERP and MES interface development: CNY 126,000;
P:(e) Training of key users and administrators: CNY 24,000.
P:3.3 The Contract Price is fixed and shall not be adjusted for exchange-rate movements.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 224,000) within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 504,000) within 20 days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 392,000) within 20 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer to the Vendor's account in China named in the invoice.
H:Article 5 Delivery and Timetable
P:5.1 The Vendor shall deliver the Software within 10 days after signature and shall achieve Go-Live within 120 days after signature, in accordance with the project plan in Annex 1.
P:5.2 The Customer shall provide timely access to its premises, systems and key users. Delay caused by the Customer extends the timetable accordingly.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in live operation for 30 consecutive days, after which the parties shall carry out the acceptance tests in Annex 2.
P:6.2 The acceptance criteria are: (a) all test cases in Annex 2 are passed; (b) a full production plan for both plants is calculated in no more than 15 minutes; (c) the ERP and MES interfaces transfer orders, routings and completions without error for 10 consecutive working days; (d) no Severity 1 or Severity 2 defect is open; and (e) the documentation and source code of the Customised Deliverables are handed over.
P:6.3 Where the tests are passed the Customer shall issue a Final Acceptance certificate within 10 working days. Go-Live, use of the Software or any payment does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Customised Deliverables will conform to the documentation and the agreed specifications for 18 months from Final Acceptance (the warranty period).
P:7.2 During the warranty period the Vendor shall correct all defects free of charge and shall supply all updates and new versions of the Software without charge.
H:Article 8 Support and Service Levels
P:8.1 During the warranty period and any Support Year the Vendor shall provide support in accordance with the following service levels: Severity 1 (planning stopped at either plant): response within 1 hour, workaround within 8 hours; Severity 2 (material function impaired): response within 2 hours, fix within 3 working days; Severity 3: response on the next working day.
P:8.2 Support is provided by telephone and by remote access through the Customer's VPN, and on site in Foshan where the Customer reasonably requests.
P:8.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall pay or credit the Customer CNY 1,000, deductible from any amount due to the Vendor.
P:8.4 After the warranty period the Customer may order annual support for successive Support Years. The annual support fee is 13% of the licence subtotal, that is CNY 85,800 per Support Year, fixed for the first three Support Years; any later change shall be agreed in writing. Support is renewed only by the Customer's purchase order and does not renew automatically.
H:Article 9 Customer Data and Security
P:9.1 All data entered into or generated by the Software, including orders, bills of materials, capacity and customer information ("Customer Data"), belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with named accounts approved in advance, shall not copy Customer Data outside the Customer's environment or transfer it outside mainland China, and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:9.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, shall cooperate in its remedy, and shall be liable for all losses caused to the Customer by a breach of this Article 9.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public technical and commercial information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation survives termination for three years.
H:Article 11 Intellectual Property
P:11.1 The Vendor retains all intellectual property rights in the Software.
P:11.2 All intellectual property rights in the Customised Deliverables vest in the Customer on creation. The Customer may use, modify, copy and license the Customised Deliverables freely, including to another service provider. The Vendor indemnifies the Customer against third-party infringement claims.
H:Article 12 Delay Damages and Liability
P:12.1 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The total liability of the Vendor under this Agreement shall not exceed 150% of the Contract Price, except for liability under Articles 9 and 11, for personal injury and for wilful misconduct, which is not limited.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or if delay damages reach their maximum.
P:14.2 On termination the Vendor shall return all Customer Data and hand over all work in progress on the Customised Deliverables.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Japan.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Commercial Arbitration Rules of the Japan Commercial Arbitration Association. The place of arbitration is Osaka, Japan, and the language of the arbitration is English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Project Plan and Services) and Annex 2 (Acceptance Tests), is the entire agreement of the parties on its subject matter.
P:16.2 Amendments are valid only in writing signed by both parties. This Agreement is made in English in two originals, one for each party.
P:Signed for Naniwa Soft Systems Co., Ltd.: ____________________  Name: Kenji Morimoto, Representative Director
P:Signed for Foshan Linmu Furniture Co., Ltd.: ____________________  Name: Liang Weiguo, General Manager
P:Date: ____ 2026
"""

E02 = """# ORDER FORM — KITABOSHI LEARN SUBSCRIPTION

**Order Form No.** KB-CN-2026-0077

| Item | Details |
|---|---|
| Vendor | Kitaboshi Cloud K.K., 4-1 Kita 7-jo Nishi, Kita-ku, Sapporo, Hokkaido, Japan, acting through its Shanghai branch office |
| Customer | Sichuan Kangning Pharmacy Chain Co., Ltd., 118 Renmin South Road, Wuhou District, Chengdu, Sichuan Province, PRC |
| Service | Kitaboshi Learn online training platform (web and mobile), Enterprise edition |
| Authorised Users | Up to 1,800 named users (pharmacists, store staff and trainers) |
| Subscription Term | Three Subscription Years from the Service Start Date |
| Service Start Date | The date of Onboarding Acceptance under Section 3.3 |
| Hosting | Vendor's tenant on a public cloud region in mainland China (Shanghai) |

This Order Form is entered into between the Vendor and the Customer and incorporates the General Terms below. Capitalised terms have the meanings given in the General Terms. Where the Order Form and the General Terms conflict, the Order Form prevails.

## Fees

At the Customer's request all fees are quoted and invoiced in CNY and include VAT.

| Fee item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 1,800 users x CNY 160 per Subscription Year | 288,000 per Subscription Year |
| Subscription fees for the Subscription Term | 3 Subscription Years | 864,000 |
| Onboarding (one-time) | SSO, HR data synchronisation, course migration, two admin trainings | 54,000 |
| Total Contract Value | | 918,000 |

Payment terms: the subscription fee is invoiced quarterly in arrears (CNY 72,000 per quarter); the onboarding fee is invoiced after Onboarding Acceptance. No amount is payable before the Service Start Date except as stated here, and no advance payment is required.

Approved sub-processors: the cloud hosting provider named above and the Vendor's Shanghai branch office.

Signed for the Vendor: ____________________ (Hiroshi Takeda, Director, Sapporo)

Signed for the Customer: ____________________ (Zhou Min, Head of Human Resources, Chengdu)

Date: ____ 2026

# GENERAL TERMS

## Section 1 Definitions

1.1 "Customer Data" means all data and content submitted to the Service by or for the Customer, including user profiles, learning records, test results and uploaded course materials.

1.2 "Subscription Year" means each successive period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.3 "Service" means the online training platform described in the Order Form, including updates the Vendor makes generally available.

1.4 "Usage Data" means technical and statistical information about the use of the Service, such as log-ins, course completions and feature usage.

## Section 2 Subscription and Use

2.1 The Vendor shall make the Service available to the Authorised Users for the Subscription Term in accordance with these General Terms.

2.2 The Customer may add users during a Subscription Year at the same per-user fee, prorated monthly. Reductions take effect at the next Subscription Year.

2.3 The Customer is responsible for the accuracy of the data it uploads and for the conduct of its Authorised Users.

2.4 The Customer may create sub-administrators for regions and stores and may assign courses, set deadlines and export completion reports at any time without extra charge.

## Section 3 Onboarding and Acceptance

3.1 The Vendor shall complete onboarding within 45 days after signature of the Order Form.

3.2 Onboarding includes single sign-on with the Customer's identity system, daily synchronisation of staff records from the Customer's HR system, migration of 320 existing courses and two training sessions for administrators.

3.3 Onboarding Acceptance occurs when the Customer confirms in writing that: (a) SSO works for all user groups; (b) HR synchronisation runs correctly on five consecutive days; (c) all migrated courses open and record completions correctly; and (d) mobile access works on the Customer's standard devices. Use of the Service before that confirmation is not acceptance.

3.5 Each party shall name a project lead for onboarding. The Vendor's project lead shall attend a weekly progress call with the Customer until Onboarding Acceptance.

3.4 If Onboarding Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 600 for each day of delay.

## Section 4 Service Levels

4.1 The Service shall be available 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the Service is unavailable or no user can complete a course or test) receive a response within 30 minutes and a workaround or restoration within 3 hours, 24 hours a day. Priority 2 incidents receive a response within 2 hours during business hours.

4.3 If monthly availability falls below the level in Section 4.1, the Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point or part of it below that level, up to 50% of the monthly fee. A late Priority 1 response earns a credit of CNY 500 per hour of delay. Credits are deducted from the next invoice.

4.4 The Vendor shall provide a monthly service report showing availability, incidents, response times and credits due.

## Section 5 Customer Data and Security

5.1 As between the parties, the Customer owns all Customer Data.

5.2 The Vendor may use Customer Data to provide and support the Service. The Vendor may also collect Usage Data and aggregated and de-identified Customer Data, and use them during and after the Subscription Term to improve its products, to develop new features and to publish industry benchmarks on training performance.

5.3 The Vendor maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, keeps Customer Data in mainland China, and restricts access to personnel who need it.

5.4 The Vendor shall notify the Customer within 48 hours after becoming aware of a personal-information breach affecting Customer Data, shall take remedial measures, and shall bear the costs and losses caused by a breach attributable to the Vendor, including notification costs.

5.5 The Vendor shall have an independent tester carry out a penetration test of the Service in each Subscription Year and shall share a summary of the results with the Customer on request.

5.6 On expiry or termination the Vendor shall make Customer Data available for export for 30 days and then delete it.

## Section 6 Confidentiality

Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for the purposes of the Agreement and not disclose it to third parties except to its professional advisers or as required by law. These obligations continue for three years after the Agreement ends.

## Section 7 Intellectual Property

7.1 The Vendor owns the Service and all related intellectual property.

7.2 Course templates, branding packages, integration scripts and reports created for the Customer under the Order Form belong to the Customer, which may use, modify and license them freely.

## Section 8 Term and Renewal

8.1 The Agreement starts on signature of the Order Form and continues for the Subscription Term.

8.2 At the end of the Subscription Term the subscription renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.

8.3 The Vendor may increase the subscription fee for any renewal Subscription Year by up to 7% by giving notice at least 90 days before the renewal.

## Section 9 Subcontracting

The Vendor may use the sub-processors approved in the Order Form. Any other subcontractor or sub-processor requires the Customer's prior written consent. The Vendor remains liable for its subcontractors.

## Section 10 Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 The Vendor's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the 18 months preceding the event giving rise to the claim.

## Section 11 Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 The Customer may also terminate if availability falls below 99% in any two months of a Subscription Year, without paying any termination charge.

## Section 12 Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## Section 13 General

13.1 Notices shall be given in writing to the addresses in the Order Form.

13.2 The Customer may not assign the Agreement without the Vendor's consent, which shall not be unreasonably withheld. The Vendor may not assign the Agreement without the Customer's consent.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Force majeure does not excuse the Vendor's obligations on data security.

13.4 The Order Form and these General Terms are the entire agreement between the parties on their subject matter. The Agreement is made in English. Neither party relies on any statement not set out in it.
"""
E03 = """T:CONTRACT FOR THE SUPPLY AND INSTALLATION OF CONDITION-MONITORING SENSORS
P:Contract No. QSC-EQ-2026-031 (Buyer's standard purchase contract)
P:Buyer: Anhui Qingshan Cement Co., Ltd., Qingshan Industrial Park, Chizhou, Anhui Province, PRC (the "Buyer").
P:Supplier: Mikawa Sensing Co., Ltd., 3-15 Showa-cho, Kariya City, Aichi Prefecture, Japan (the "Supplier").
P:Whereas the Buyer wishes to install wireless vibration and temperature sensors, edge gateways and analytics software on its No. 2 clinker production line, and the Supplier, having been selected through the Buyer's invitation to tender, agrees to supply, install and commission them, the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, servers and accessories listed in Clause 3.
P:1.2 "Software" means the Supplier's MS-Watch analytics software, licensed under Clause 10.
P:1.3 "Site" means the Buyer's No. 2 clinker line, including the raw mill, kiln, cooler, cement mills and fans.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under Clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install 180 sensors on motors, gearboxes, fans and bearings at the points listed in the tender, configure 12 edge gateways and two monitoring servers, integrate alarms into the Buyer's central control room DCS, and train the Buyer's maintenance staff.
P:2.3 The Supplier shall carry out a site survey within 15 days after signature, confirm each measuring point and mounting method with the Buyer's maintenance department and submit an installation plan for approval.
P:2.4 The Equipment shall be new, of the current model and suitable for ambient temperatures up to 70 degrees Celsius and the dusty conditions around the kiln.
P:2.2 The Supplier shall deliver a site-specific configuration, alarm thresholds for each measuring point, dashboards for each production area and an operation and maintenance manual in Chinese.
H:3. Contract Price
P:3.1 All prices are in CNY, fixed, and include packing, transport to Site, insurance, import duties, VAT and all costs of the Supplier's personnel.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|180|3,200|576,000
TB:2|Edge gateway, industrial grade|12|18,500|222,000
TB:3|Monitoring server|2|64,000|128,000
TB:4|MS-Watch analytics software, perpetual site licence|1|236,000|236,000
TB:|Equipment and licence subtotal|||1,162,000
TB:5|Installation and commissioning|1|148,000|148,000
TB:6|Training|1|26,000|26,000
TB:|Contract Price|||1,336,000
H:4. Payment
P:4.1 10% of the Contract Price (CNY 133,600) within 15 days after signature, against the Supplier's bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 734,800) within 30 days after delivery and installation of all Equipment, confirmed by a delivery note. The delivery note records quantities only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 467,600) within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to Site within 60 days after signature and complete installation within 30 days after delivery.
P:5.2 Installation on running equipment shall follow the Buyer's permit-to-work system and shall be carried out during shutdown windows agreed with the Buyer's production department.
P:5.3 The Supplier's personnel shall comply with the Buyer's safety rules, including rules for work at height, hot areas and confined spaces.
P:5.4 The Supplier shall supply with each delivery packing lists, certificates of origin, calibration certificates for each sensor and the manufacturer's quality certificates. Risk in the Equipment passes to the Buyer on signature of the delivery note; title passes on payment under Clause 4.2.
H:6. Acceptance
P:6.1 After installation the system shall run for 30 consecutive days, after which the parties shall carry out the acceptance tests.
P:6.2 The acceptance criteria are: (a) all 180 measuring points report data at the agreed interval throughout the trial run, with no gap longer than two intervals; (b) measured vibration values agree with a calibrated portable instrument within 5% at 20 randomly selected points; (c) alarms reach the DCS within 10 seconds; (d) dashboards and reports work as specified; (e) the documentation is complete.
P:6.3 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within 7 working days. Delivery, installation, use of the system or any payment does not constitute acceptance.
P:6.4 If the acceptance tests fail, the Supplier shall remedy the defects at its own cost within 15 days and the tests shall be repeated. If the tests fail a second time, the Buyer may reject the affected Equipment and claim a refund of the price paid for it.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective item free of charge, including parts, labour and transport.
P:7.2 Sensors that fail during the warranty period shall be replaced within 5 working days from the Supplier's stock in Shanghai.
P:7.3 The warranty for any repaired or replaced item restarts from the date of repair or replacement. Sensor batteries shall last at least three years at the agreed measuring interval; batteries failing earlier are replaced free of charge.
H:8. Service Levels
P:8.1 During the warranty period and any support period the Supplier shall respond to faults as follows:
TB:Severity|Definition|Response|On site or remote fix
TB:Severity 1|Monitoring of the kiln or a main fan lost, or false alarms stopping production|30 minutes|24 hours
TB:Severity 2|Several sensors or one gateway not reporting|2 hours|3 working days
TB:Severity 3|Single sensor or cosmetic defect|1 working day|10 working days
P:8.2 For each hour by which a Severity 1 response or fix is late, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
P:8.3 The Supplier shall keep a log of all fault reports and send a monthly summary to the Buyer during the warranty period.
H:9. Post-Warranty Support
P:9.1 After the warranty period the Buyer may order annual support covering repairs, software updates and remote diagnosis. The annual support fee is 7% of the equipment and licence subtotal, that is CNY 81,340 per year, fixed for the three years following the warranty period.
P:9.2 Support includes one preventive inspection visit to Site per half year, a health report after each visit and remote diagnosis of alarms on request.
P:9.3 Support is ordered by the Buyer's written purchase order for each period and does not renew automatically.
H:10. Software Licence and Intellectual Property
P:10.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Site.
P:10.2 The site-specific configuration, alarm thresholds, dashboards and manuals prepared for the Buyer belong to the Buyer, which may use, modify and give them to another service provider without restriction.
P:10.3 The Supplier warrants that the Equipment and the Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:11. Data Security
P:11.1 All measurement data, alarms and production information collected by the system belong to the Buyer and shall be stored on the Buyer's servers at Site.
P:11.2 The Supplier shall not transfer any data outside the Site or outside mainland China, and shall access the system remotely only through a connection approved by the Buyer for each session, with all sessions logged.
P:11.3 The Supplier shall notify the Buyer within 24 hours of any security incident, remedy it, and compensate the Buyer for any loss caused by the Supplier's breach of this Clause 11.
H:12. Confidentiality
P:Each party shall keep confidential the technical and commercial information received from the other party and shall not disclose it to third parties without prior written consent. This obligation survives the end of the contract. The Supplier shall ensure that its personnel and any approved subcontractor are bound by the same obligation.
H:13. Delay and Liability
P:13.1 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clause 11.
H:14. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable laying by a local contractor may be approved by the Buyer in writing before work starts.
H:15. Termination
P:The Buyer may terminate this contract by written notice if the Supplier is in material breach and does not remedy the breach within 20 days after written notice, or if the liquidated damages reach their maximum.
H:16. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:17. Force Majeure
P:Neither party is liable for delay caused by force majeure, such as earthquake, flood, epidemic or government action, provided that it notifies the other party within 5 days and provides evidence. The parties shall then agree a revised timetable.
H:18. Miscellaneous
P:This contract is made in English and Chinese, both equally valid, in four originals. It takes effect on signature by both parties.
P:For the Buyer: ____________________  For the Supplier: ____________________
P:Date: ____ 2026
"""

E04 = """# MANAGED OPERATIONS SERVICES AGREEMENT

Agreement reference: RDO-MS-2026-118

This Managed Operations Services Agreement is made between **Ryukyu Data Operations Inc.**, 1-2-3 Makiminato, Urasoe City, Okinawa Prefecture, Japan (the "Provider"), and **Xiamen Haiyue Travel Service Co., Ltd.**, 88 Lujiang Road, Siming District, Xiamen, Fujian Province, PRC (the "Customer").

## BACKGROUND

The Customer operates an online booking platform for tours and ferry tickets, hosted on a public cloud in mainland China. The Customer wishes to outsource the day-to-day operation, monitoring, patching and backup of that platform to the Provider, and the Provider agrees to provide these services from its operations centre on the terms below.

## DEFINITIONS

"Services" means the managed operations services described in Schedule 1.

"Service Commencement Date" means the date on which the Customer signs the onboarding acceptance under the clause headed ONBOARDING AND ACCEPTANCE.

"Term" means 24 months from the Service Commencement Date.

"Customer Data" means all data held in or processed by the Customer's platform, including travellers' personal information, bookings, payment references and logs.

"Incident" means an unplanned interruption or degradation of the platform.

## SERVICES

The Provider shall provide the Services described in Schedule 1 for the Term, meeting the service levels in Schedule 2. The Provider shall assign a named service manager and maintain a round-the-clock operations desk reachable by telephone, e-mail and the ticketing portal. The Provider shall hold a monthly service review with the Customer, presenting incidents, changes, capacity trends and improvement actions, and shall issue the minutes within three working days.

The Customer shall grant the Provider administrator access to its cloud accounts through accounts created for this purpose, provide information on planned changes and appoint a contact for approvals.

## CUSTOMER RESPONSIBILITIES

The Customer shall keep its cloud subscription active and paid, approve or reject change requests within two working days, inform the Provider in advance of marketing campaigns expected to increase traffic, and ensure that its developers follow the agreed release process. The Provider is not responsible for failures caused by changes the Customer makes outside that process.

## CHANGES TO THE SERVICES

Either party may propose changes to the scope of the Services. A change takes effect only when both parties sign a change note setting out the new scope and any change to the charges.

## ONBOARDING AND ACCEPTANCE

The Provider shall complete onboarding within 40 days after signature. The Provider shall deliver the discovery report within 15 days after signature, listing every component, its owner, its monitoring thresholds and its backup schedule, for the Customer's review and approval. Onboarding includes discovery of all servers, databases and network components, installation of monitoring agents, set-up of backup jobs, preparation of runbooks and a handover from the Customer's current team. The Customer shall make its current team available for the handover for at least ten working days.

Onboarding acceptance requires that: (a) every production component listed in the discovery report is monitored with alerts routed to the operations desk; (b) a full backup and a test restore of the booking database have been completed successfully; (c) runbooks for the twenty most frequent operational tasks have been delivered and reviewed; and (d) a simulated Priority 1 incident has been handled end to end. The Customer shall confirm acceptance in writing; monitoring or service use before that confirmation is not acceptance.

If onboarding is not completed within the period above for reasons attributable to the Provider, the Provider shall pay the Customer CNY 800 for each day of delay.

## CHARGES AND PAYMENT

At the Customer's request all charges are stated and invoiced in CNY, including VAT. The charges are set out in Schedule 3. The monthly charge is invoiced monthly in arrears and payable within 30 days of invoice. The onboarding charge is invoiced after onboarding acceptance. No advance payment is required. The charges are fixed for the Term and shall not be increased for any reason, including changes in exchange rates, wages or the Provider's costs.

## SERVICE LEVELS AND SERVICE CREDITS

The Provider shall meet the service levels in Schedule 2. If it fails to do so, the Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice.

The Customer's remedies for any failure of the Services, including any breach of the service levels, are service credits and re-performance of the Services. The Customer may not terminate this Agreement on account of any breach by the Provider, however serious, before the end of the Term.

## DATA PROTECTION AND SECURITY

Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and on the Customer's documented instructions, and shall not use it for any other purpose.

The Provider shall access the Customer's environment only from its operations centre through multi-factor authenticated accounts, shall keep all Customer Data within the Customer's cloud accounts in mainland China, shall not copy Customer Data to its own systems, and shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the PRC.

The Provider shall notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data, shall assist the Customer in containing it and in notifying authorities and travellers, and shall compensate the Customer for all losses caused by an incident attributable to the Provider, including fines and notification costs.

On expiry the Provider shall return all credentials, delete any Customer Data held in its tools and confirm the deletion in writing.

## INTELLECTUAL PROPERTY

Runbooks, scripts, monitoring templates, configuration files and reports prepared for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to any successor provider. The Provider's own tools remain its property.

## SUBCONTRACTING

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts of any approved subcontractor.

## LIABILITY

Neither party is liable for indirect loss or loss of profit. The Provider's total liability under this Agreement is limited to 120% of the total charges payable for the Term, except for liability under the clause headed DATA PROTECTION AND SECURITY, for personal injury and for wilful misconduct, which is not limited.

## TERM AND EXPIRY

This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement signed by both parties. On expiry the Provider shall provide up to 30 days of handover assistance to the Customer or its new provider at no extra charge. During the handover the Provider shall answer questions from the new provider and attend up to five knowledge-transfer sessions. The Provider shall also deliver an updated inventory of all components, credentials and open tickets on the last day of the Term.

## GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## GENERAL

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or failures of public networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

Notices shall be in writing and sent to the addresses above. Neither party may assign this Agreement without the other party's written consent. Amendments are valid only if signed by both parties. The Schedules form part of this Agreement.

## SCHEDULE 1 — SERVICES

| Service | Description |
|---|---|
| Monitoring | Round-the-clock monitoring of servers, databases, load balancers, queues and booking transactions, with alert handling |
| Incident management | Diagnosis and restoration of Incidents, escalation to the cloud provider, incident reports |
| Patching | Monthly operating-system and middleware patches in agreed maintenance windows |
| Backup | Daily backups of databases and files, retained for 35 days; quarterly restore tests |
| Capacity | Monthly capacity report and recommendations before peak travel seasons |
| Change support | Execution of up to 20 standard changes per month requested through the portal |
| Security | Monthly review of access rights, vulnerability scan results and firewall rules, with findings reported to the Customer |

## SCHEDULE 2 — SERVICE LEVELS

| Measure | Target | Service credit |
|---|---|---|
| Priority 1 response (booking platform down or payments failing) | Within 6 hours, every day | 5% of the monthly charge for each missed response |
| Priority 2 response (major function degraded) | Within 8 hours | 2% of the monthly charge for each missed response |
| Priority 3 response (minor issue or request) | Next business day | None |
| Monitoring system availability | 99.95% per month | 3% of the monthly charge if missed |

Service credits in any month are limited to 25% of that month's charge.

## SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding charge | One-time | 38,000 |
| Monthly charge | 24 months x CNY 46,000 | 1,104,000 |
| Total charges for the Term | | 1,142,000 |

Signed for Ryukyu Data Operations Inc.: ____________________ (Naoki Higa, President)

Signed for Xiamen Haiyue Travel Service Co., Ltd.: ____________________ (Chen Lina, Chief Operating Officer)

Date: ____ 2026
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. HMD-API-2026-052

THIS AGREEMENT is made between:

(1) Hakata Maritime Data Co., Ltd., a company incorporated in Japan, whose principal office is at 5-3-8 Hakata Ekimae, Hakata-ku, Fukuoka City, Fukuoka Prefecture, Japan ("Provider"); and

(2) Qingdao Yuanhang International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is at 21 Xianggang Middle Road, Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

(A) Provider operates the "PortPulse" data service, which supplies vessel positions, estimated and actual times of arrival, port-call histories and berth congestion indicators for ports in Asia through an application programming interface (the "API").

(B) Customer is a freight forwarder and wishes to integrate the API into its shipment tracking system and customer portal so that its staff and shippers can follow container vessels.

1. DEFINITIONS

1.1 "Data" means the information supplied by Provider through the API.

1.2 "Customer Inputs" means the vessel names, voyage numbers, bills of lading, container numbers and shipment references that Customer submits to the API.

1.3 "Subscription Year" means the period starting on the Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.4 "Start Date" means the date of Customer's written confirmation under Clause 4.3.

1.5 "Call" means one request to the API that returns a response.

2. SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years from the Start Date, a non-exclusive, non-transferable right to access the API under the Professional plan and to use the Data in its own business and in its customer portal, including display of the Data to its shippers. Customer may display the Data in its portal only to logged-in shippers and shall not offer public download of the Data.

2.2 The Professional plan includes up to 2,000,000 Calls per calendar month. Calls above that volume are charged under Clause 3.3.

2.3 Customer shall not resell the Data as a data product, build a competing database from it, or remove Provider's attribution shown in the documentation.

2.4 Customer may create up to ten API keys for its development, test and production systems.

2.5 Provider may change the API by adding fields or endpoints. Provider shall give at least 60 days' notice before removing a field or endpoint used by Customer and shall keep the previous version available during that period.

3. FEES

3.1 At Customer's request all fees are stated and invoiced in CNY and include VAT.

3.2 The fees are: (a) subscription fee CNY 198,000 per Subscription Year, that is CNY 396,000 for the two Subscription Years; and (b) one-time integration support fee CNY 24,000 for onboarding, test environment, field mapping to Customer's tracking system and two developer workshops. The total contract value is CNY 420,000. Fees are fixed for both Subscription Years.

3.3 Calls above the monthly volume are charged at CNY 90 per 10,000 Calls, invoiced monthly in arrears.

3.4 The subscription fee is invoiced quarterly in arrears (CNY 49,500 per quarter). The integration support fee is invoiced after Customer's confirmation under Clause 4.3. Invoices are payable within 30 days. No advance payment is required.

3.5 Provider may suspend access only if an undisputed invoice remains unpaid for more than 45 days after a written reminder.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall make the test environment and API keys available within 5 working days after signature and complete the integration support within 30 days after signature.

4.2 Provider shall deliver a field mapping between the Data and Customer's tracking system, sample code and the API documentation in English and Chinese. Provider shall also provide a sandbox with sample Data for twenty vessels, which Customer may keep using during the subscription to test new releases of its tracking system.

4.3 Customer shall confirm acceptance in writing when: (a) 500 test Calls covering the ten ports listed in the documentation return complete responses; (b) vessel positions and arrival times appear correctly in Customer's tracking system for 20 sample shipments; and (c) the production API keys are issued. Use of the test environment is not acceptance.

4.4 If the acceptance criteria are not met, Provider shall correct the deficiencies within 10 working days and the tests shall be repeated.

5. SERVICE LEVELS

5.1 Provider targets availability of the production API of 99.95% in each calendar month, excluding scheduled maintenance announced at least three days in advance.

5.2 Provider shall respond to Priority 1 incidents (the API is unavailable or returns errors for all Calls) within 1 hour, at any time, and to Priority 2 incidents (delayed or incomplete Data) within 6 business hours.

5.3 Provider shall publish the status of the API on its status page and send incident notices to Customer's technical contact, and shall publish a monthly availability report showing the measured availability and the incidents of the month.

5.4 The levels in this Clause 5 are targets. No service credits, refunds, fee reductions or other compensation apply if a target is not met, and Customer's only remedy for a failure to meet a target is to require Provider to restore the API.

6. DATA QUALITY

6.1 Data is compiled from AIS signals, port authorities and shipping lines. Provider shall use reasonable skill and care in compiling it but does not warrant that the Data is complete or free of error.

6.2 Provider shall correct errors reported by Customer in the next data update.

6.3 Provider shall update vessel positions at least every 15 minutes and arrival estimates at least every hour for vessels within 48 hours of arrival.

7. CUSTOMER INPUTS

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to answer Customer's Calls and to provide the service under this Agreement, and shall not sell, disclose or otherwise exploit them.

7.2 Provider shall delete Customer Inputs stored in its logs within 90 days after the end of this Agreement.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including the terms of this Agreement, Customer's shipment volumes and Provider's documentation, and shall use it only for this Agreement.

8.2 These obligations do not apply to information that is public, independently developed or required to be disclosed by law, and they survive for three years after the Agreement ends. Each party shall ensure that its employees and contractors who receive such information are bound by equivalent obligations.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in the API, the Data and its database. Customer receives only the right of use in Clause 2.

9.2 The field mapping, sample code adapted for Customer and any reports prepared specifically for Customer belong to Customer, which may use, modify and license them freely.

10. SUBCONTRACTING

Provider shall not subcontract the operation of the API or the integration support without Customer's prior written consent. Provider's use of public cloud hosting in Japan and mainland China is approved.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

11.2 Provider's total liability under this Agreement is limited to 1.5 times the total contract value, except for liability for wilful misconduct or fraud.

11.3 Provider shall indemnify Customer against claims that Customer's use of the API or the Data in accordance with this Agreement infringes third-party rights.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; the parties may agree a new subscription in writing.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.3 On termination Customer shall pay the fees accrued to the date of termination, and Provider shall refund any fees paid for a period after that date. Provisions on confidentiality, liability and payment survive termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. SUPPORT AND FORCE MAJEURE

14.1 Provider shall provide technical support in English and Chinese by e-mail and through a ticketing portal from 09:00 to 18:00 China Standard Time on working days in mainland China, and shall name a customer success manager for quarterly reviews of usage and data quality.

14.2 Neither party is liable for any delay or failure caused by events beyond its reasonable control, including failure of satellite or terrestrial AIS networks operated by third parties, provided that the affected party notifies the other promptly and resumes performance as soon as possible.

15. GENERAL

15.1 Notices shall be given in writing to the addresses above or to the e-mail addresses of the contacts named by each party.

15.2 Neither party may assign this Agreement without the other party's written consent.

15.3 This Agreement is made in English in two originals.

SIGNED for Hakata Maritime Data Co., Ltd.: ____________________ (Yuki Nakashima, Representative Director)

SIGNED for Qingdao Yuanhang International Freight Forwarding Co., Ltd.: ____________________ (Sun Haitao, General Manager)

Date: ____ 2026
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels, checks
# ---------------------------------------------------------------------------------------------------------------
OUT = Path(__file__).resolve().parent

STEMS = {
    "z01": "h551z01_education_bureau_student_registry_platform",
    "z02": "h551z02_paper_mill_pulper_control_retrofit",
    "z03": "h551z03_hotel_chain_front_desk_saas",
    "z04": "h551z04_police_video_platform_annual_om",
    "z05": "h551z05_snack_factory_batch_software_supplier_template",
    "e01": "h551e01_osaka_aps_perpetual_licence",
    "e02": "h551e02_hokkaido_learning_saas_order_form",
    "e03": "h551e03_aichi_cement_line_sensors",
    "e04": "h551e04_okinawa_managed_operations",
    "e05": "h551e05_fukuoka_vessel_data_api",
}
EXT = {"z01": "pdf", "z02": "docx", "z03": "txt", "z04": "txt", "z05": "md",
       "e01": "pdf", "e02": "md", "e03": "docx", "e04": "md", "e05": "txt"}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, extra)
LABELS = {
    "z01": ("zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1620000)),
    "z02": ("zh", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.03, None, 20, False, False, 24, 8, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=926000)),
    "z03": ("zh", "cloud",
            T(99.5, 0.25, True, "buyer", True, True, True, 1500 / 1239000 * 100, 150, None, True, None, None, None, True,
              True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1239000)),
    "z04": ("zh", "services",
            T(99.95, 0.5, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True, False,
              "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1545800)),
    "z05": ("zh", "software",
            T(None, None, False, "supplier", True, False, True, None, 20, 55, True, True, 6, 28, False, True, None, "PRC", G),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=880000)),
    "e01": ("en", "software",
            T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 13, False, True, False, "Japan", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1120000)),
    "e02": ("en", "cloud",
            T(99.95, 0.5, True, "buyer", True, False, True, 600 / 918000 * 100, 18 / 36 * 100, None, True, None, None, None,
              True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=918000)),
    "e03": ("en", "hardware",
            T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 7, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1336000)),
    "e04": ("en", "services",
            T(99.95, 6, True, "buyer", True, True, False, 800 / 1142000 * 100, 120, None, True, None, None, None, False,
              False, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1142000)),
    "e05": ("en", "cloud",
            T(99.95, 1, False, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True, False,
              "PRC", S),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=420000)),
}

# design facts that are not label keys: fee base for TCO (itemised licence / hardware subtotal), forum outside mainland
FEE_BASE = {"z01": 860000, "z02": 748000, "z05": 600000, "e01": 660000, "e03": 1162000}
FOREIGN_FORUM = {"e01"}

DESIGN = {
    "z01": [],
    "z02": ["CR-ACCEPTANCE", "CR-LD-LOW"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z04": ["CR-LD-LOW", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "e05": ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, x):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(key, t, x):
    """My own reading of policy.md section 3, from the labels."""
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---- threshold scan ------------------------------------------------------------------------------------------
ZN = "一二三四五六七八九十百千两〇零"
LB = r"(?<![\d.,])"
THRESH = [
    ("availability 99.9", LB + r"99\.9(?!\d)"),
    ("availability 99.9", r"99\.9\s*(?:%|per\s*cent|percent)"),
    ("P1 4 h", LB + r"4\s*(?:-\s*)?(?:小时|个小时|钟头|hours?|hrs?|h(?![a-z])|business\s*hours)"),
    ("P1 4 h", r"(?<![%s])四\s*个?(?:小时|钟头)" % ZN),
    ("P1 4 h", r"(?i)four[\s-]*(?:business\s*)?hours?"),
    ("P1 4 h", LB + r"240\s*(?:分钟|min)"),
    ("P1 4 h", r"二百四十分钟"),
    ("LD 0.05", LB + r"0\.05\s*(?:%|per\s*cent|percent)"),
    ("LD 0.05", r"万分之五(?![%s\d])" % ZN),
    ("LD 0.05", r"(?i)five\s*(?:one-)?hundredths"),
    ("cap 100", LB + r"100\s*(?:%|per\s*cent|percent)"),
    ("cap 100", r"百分之(?:一)?百"),
    ("cap 100", r"(?i)(?:one\s*)?hundred\s*per\s*cent"),
    ("prepay 30", LB + r"30\s*(?:%|per\s*cent|percent)"),
    ("prepay 30", r"百分之三十(?![%s])" % ZN),
    ("prepay 30", r"(?<![%s])三成" % ZN),
    ("prepay 30", r"(?i)thirty\s*per\s*cent"),
    ("warranty 12", LB + r"12\s*(?:-\s*)?(?:个月|月|months?)"),
    ("warranty 12", r"(?<![%s])十二\s*个?月" % ZN),
    ("warranty 12", r"(?i)twelve[\s-]*(?:calendar\s*)?months?"),
    ("warranty 12", r"(?<![%s])一\s*年" % ZN),
    ("warranty 12", r"(?i)(?<![a-z])one[\s-]*year"),
    ("warranty 12", LB + r"1\s*(?:-\s*)?years?"),
    ("fee 15", LB + r"15\s*(?:%|per\s*cent|percent)"),
    ("fee 15", r"百分之十五(?![%s])" % ZN),
    ("fee 15", r"(?i)fifteen\s*per\s*cent"),
    ("TCO 40", LB + r"40\s*(?:%|per\s*cent|percent)"),
    ("TCO 40", r"百分之四十(?![%s])" % ZN),
    ("TCO 40", r"(?<![%s])四成" % ZN),
    ("TCO 40", r"(?i)forty\s*per\s*cent"),
    ("horizon 5 y", LB + r"5\s*(?:-\s*)?(?:年|years?)"),
    ("horizon 5 y", r"(?<![%s])五\s*年" % ZN),
    ("horizon 5 y", r"(?i)(?<![a-z])five[\s-]*years?"),
    ("horizon 5 y", LB + r"60\s*(?:-\s*)?(?:个月|months?)"),
    ("horizon 5 y", r"(?<![%s])六十\s*个?月" % ZN),
    ("horizon 5 y", r"(?i)sixty[\s-]*months?"),
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "4-hour", "240分钟", "240 分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "12-month", "一年", "one year", "one-year", "15%", "15 %", "百分之十五", "40%",
            "四成", "百分之四十", "5年", "5 年", "五年", "five years", "five-year", "60 months", "60个月", "1 year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年", "2026年",
             "万分之五十", "服务年度", "Subscription Year", "百分之三十五", "130%", "140%", "1,100%", "0.5%", "25年", "十五年",
             "45 hours", "someone", "everyone", "one of the years", "0.4 hours", "48 hours", "120 months", "160 months"]


def threshold_hits(text):
    hits = []
    for name, pat in THRESH:
        for m in re.finditer(pat, text):
            hits.append((name, m.group(0)))
    return hits


def selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
        assert threshold_hits(re.sub(r"\s+", "", s)), ("must hit, no spaces", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


# ---- read back ---------------------------------------------------------------------------------------------
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


def label_json(key):
    lang, cat, terms, extra = LABELS[key]
    rules = derive_rules(key, terms, extra)
    d = {"file": STEMS[key] + "." + EXT[key], "language": lang, "category": cat, "expected_terms": terms,
         "expected_extra": extra, "expected_rules": rules}
    return json.dumps(d, ensure_ascii=False, indent=1)


def check_labels():
    thresholds = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
                  "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    covered = set()
    for key, (lang, cat, t, x) in LABELS.items():
        assert list(t) == TERM_KEYS
        for k, v in thresholds.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        share = tco_share(key, t, x)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        rules = derive_rules(key, t, x)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    n = {k: len(DESIGN[k]) for k in DESIGN}
    assert sorted(k for k in n if n[k] == 0) == ["e03", "z01"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["e01"]) == "low"
    assert sorted(k for k in n if 2 <= n[k] <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    assert n["z05"] >= 8


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    check_labels()
    built = {k: v for k, v in SRC.items() if EXT[k] in ("docx", "pdf")}
    write(built, {k: (STEMS[k] + "." + EXT[k], EXT[k]) for k in built}, OUT, wrap_words=True)
    for k in SRC:
        if EXT[k] in ("txt", "md"):
            (OUT / (STEMS[k] + "." + EXT[k])).write_text(SRC[k], encoding="utf-8")
        (OUT / (STEMS[k] + ".json")).write_text(label_json(k), encoding="utf-8")
    bad = False
    for k in SRC:
        name = STEMS[k] + "." + EXT[k]
        text = read_back(OUT / name)
        hits = []
        for v in variants(text) + variants(SRC[k]):
            hits += threshold_hits(v)
        if k.startswith("z"):
            n1, n2 = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n1 <= 3000 and 2750 <= n2 <= 3000
            size = "%d chars (%d non-space)" % (n1, n2)
        else:
            n1 = len(text.split())
            ok = 1450 <= n1 <= 1650
            size = "%d words" % n1
        lang, cat, t, x = LABELS[k]
        rules = derive_rules(k, t, x)
        print("%-62s %-28s %-6s %s %s" % (name, size, risk(rules), "OK " if ok else "LEN", ",".join(r[3:] for r in rules)))
        if hits:
            print("   THRESHOLD HITS:", sorted(set(hits)))
        bad = bad or not ok or bool(hits)
    print("FAILED" if bad else "ALL CHECKS PASSED")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
