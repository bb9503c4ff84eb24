"""holdout1122: builds the ten blind held-out drafts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md drafts are written as they are;
the .docx/.pdf drafts are built by ../word_pdf.py from the markup below. Labels are written from LABELS; each
draft's rules are derived from its label by this file's own reading of policy section 3 and compared with DESIGN.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市水利局水土保持监测平台软件许可及定制开发合同
P:合同编号：SL-ZFCG-2027-0316
P:采购人（甲方）：某市水利局
P:供应商（乙方）：江城智水信息科技有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目公开招标文件（项目编号SLJ2027-GK-011）、乙方投标文件及中标通知书，甲乙双方就水土保持监测平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清材料均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供水土保持监测平台软件（V5.3）永久使用许可，授权范围为甲方及其下属水土保持监测站使用，不限并发用户数。
P:1.2 乙方按甲方需求完成定制开发，包括：生产建设项目监管模块、遥感图斑核查模块、监测站点数据接入接口（共二十六个站点）、与省级水土保持信息系统的数据交换接口、移动端巡查应用及领导驾驶舱。
P:1.3 乙方负责平台在甲方政务云上的部署、历史监测数据整理导入、系统联调、试运行及使用培训。
P:1.4 乙方提供的软件及定制功能应满足国家水土保持信息化相关技术规定，兼容甲方现有国产操作系统、数据库及中间件，并通过甲方组织的兼容性测试。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾玖万元整（¥1,290,000），为固定总价，含税费及完成本合同约定全部工作所需的一切费用。分项如下：平台软件许可费¥780,000；定制开发费¥436,000；部署实施及数据导入费¥58,000；培训费¥16,000。
P:2.2 合同履行期间，甲方不因人工、材料等价格变化调整合同价款。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥258,000。
P:3.2 平台部署完成、定制模块通过初步验收后，甲方支付合同总价的45%，即¥580,500。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥451,500。
P:3.4 乙方应在每笔付款前开具合法有效的增值税发票。甲方付款资金为财政资金，付款时间以财政支付程序为准。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后九十日内完成部署、定制开发及联调，并提交初步验收申请。
P:4.2 初步验收通过后进入三个月试运行期，试运行期满后十五个工作日内组织最终验收。
P:4.3 乙方应在合同签订后十日内提交项目实施方案、进度计划及人员名单，经甲方确认后执行。项目经理及技术负责人须为投标文件所列人员，未经甲方同意不得更换；确需更换的，替换人员资历不得低于原人员。
P:4.4 培训内容包括平台操作、站点数据维护、遥感图斑核查流程及系统管理，培训对象为甲方业务人员及各监测站管理员，合计不少于六十人次，并提供培训教材。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；二十六个监测站点数据接入完整，数据延迟不超过五分钟；与省级系统交换数据核对一致；在二百名并发用户下页面平均响应时间不超过三秒。
P:5.2 最终验收标准：试运行期内未发生一级故障；遗留问题全部关闭；第三方测评机构出具的安全测评报告无高危漏洞；源代码、部署文档、操作手册及培训记录完整移交。
P:5.3 验收由甲方组织，可邀请专家参加，形成书面验收报告。系统上线运行、甲方使用或支付任何款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方需要，乙方按平台软件许可费的9%每年（即¥70,200）提供维护服务，该价格三年内不作上调。维护服务合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日书面告知甲方。
P:7.2 故障分级响应：一级故障（平台整体不可用或数据停止接入）乙方三十分钟内响应，两小时内到场；二级故障两小时内响应，次一工作日内解决；三级问题三个工作日内解决。
P:7.3 乙方未达到上述响应或可用率承诺的，每迟延响应一小时扣减¥800，月度可用率每低于承诺值0.01个百分点扣减¥1,500，从应付款项或履约保证金中扣除。
P:7.4 质保期内乙方每月向甲方提交运行报告，列明可用率、故障处理情况、数据接入完整率及遗留问题，汛期（每年六月至九月）须安排专人驻场值守。
H:第八条 知识产权
P:8.1 定制开发形成的软件、接口程序、源代码、数据库设计及技术文档，其知识产权归甲方所有，甲方有权自行修改、使用及许可第三方使用。
P:8.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯任何第三方权利。
H:第九条 数据安全
P:9.1 平台中的监测数据、遥感影像、项目档案及用户信息均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《网络安全法》的规定，通过甲方指定的堡垒机进行运维操作，不得将数据拷贝出甲方政务云环境，测试须使用脱敏数据。
P:9.3 发生数据泄露或安全事件的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、项目资料及技术信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。合同终止后，乙方应将持有的甲方资料全部返还或销毁，并出具书面说明。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定、经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同义务全部或部分转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有严重违约行为，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 履约保证金与不可抗力
P:15.1 乙方应在合同签订前按合同总价的5%向甲方提交履约保证金，可采用银行保函形式。最终验收合格且无未结违约事项的，甲方在十五个工作日内无息退还。
P:15.2 因不可抗力不能履行合同的，受影响方应及时通知对方，并在十五日内提供证明，可据此部分或全部免除责任。不可抗力持续超过六十日的，双方协商是否继续履行。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。合同附件包括：需求规格说明书、定制功能清单、验收测试方案、项目人员名单及报价明细表。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：BXJ-GZ-2027-008
P:甲方（买方）：华川电动剥线机制造有限公司
P:乙方（卖方）：申远工业自动化工程有限公司
P:甲方拟对其电动剥线机装配车间六条生产线的控制系统进行改造升级，乙方具备相应的设计、供货及实施能力。双方经友好协商，就控制系统设备供货、软件许可、安装调试及售后服务事宜订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责六条生产线原有继电器控制及老旧PLC的拆除，并更换为新的PLC控制系统、伺服驱动及电机、人机界面，部署产线监控软件，实现设备状态采集、工艺参数下发、产量及不良品统计。
P:1.2 乙方负责PLC程序的定制编写，以及产线监控软件与甲方MES系统之间的数据接口开发。
P:1.3 改造须分线实施，每条生产线停线时间不得超过五个自然日，乙方应配合甲方生产计划安排施工。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾陆万元整（¥1,660,000），含税、运输、保险、安装调试、培训及质保期内服务费用。明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含控制柜）|6套|98,000|588,000
TB:2|伺服驱动器及伺服电机|6套|62,000|372,000
TB:3|HMI触摸屏及工控机|6套|18,000|108,000
TB:4|产线监控软件许可（永久）|1套|292,000|292,000
TB:|设备及软件小计|||1,360,000
TB:5|拆除、安装及调试|1项|186,000|186,000
TB:6|PLC程序定制及MES接口开发|1项|98,000|98,000
TB:7|操作及维护培训|1项|16,000|16,000
TB:|合同总价|||1,660,000
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即¥166,000。
P:3.2 全部设备到货并完成六条生产线的安装通电后，甲方支付合同总价的55%，即¥913,000。到货签收及安装通电不视为验收合格。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥581,000。
P:3.4 乙方应在每次收款前提供等额增值税专用发票。甲方付款前，乙方应按合同总价的10%提交见索即付的银行保函作为预付款担保，该保函在设备全部到货后失效。
H:第四条 交货与工期
P:4.1 乙方应在合同签订后四十五日内将全部设备运至甲方厂区，并在到货后六十日内完成全部产线的改造与调试。
P:4.2 设备到货时双方共同开箱检验，核对型号、数量及随机文件；发现损坏或短缺的，乙方应在七日内补齐。
P:4.3 乙方进场施工人员须遵守甲方厂区安全管理制度，持证上岗，电气作业执行停电、验电、挂牌上锁程序。施工期间因乙方原因造成的人身伤害及财产损失由乙方承担。乙方应为施工人员购买意外伤害保险。
P:4.4 乙方应随设备提供备品备件清单，并在最终验收前免费提供易损件一套（含继电器、接触器、熔断器、编码器线缆等），备件型号应与所供设备一致。
P:4.5 乙方应对甲方设备、电气及生产管理人员进行培训，内容包括PLC程序结构、HMI操作、常见故障诊断、伺服参数备份与恢复、监控软件使用，培训不少于三十二学时，受训人员应能独立完成日常维护。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线调试，六条生产线全部完成后连续试生产十五个工作日，试生产期满后组织最终验收。
P:5.2 验收标准：各产线节拍不低于改造前水平并达到技术协议约定值；设备状态及产量数据上传MES的一致率经抽查核对无差异；急停、安全光幕及联锁功能测试全部合格；试生产期间未发生因控制系统导致的停线事故；图纸、程序备份、说明书等技术资料齐全。
P:5.3 验收合格后双方签署验收报告。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
P:5.4 最终验收前，乙方应向甲方移交全部PLC程序及HMI工程文件的源文件、电气原理图、接线图、参数表、软件安装介质及授权文件，并对移交资料的完整性负责。
H:第六条 质量保证与售后服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并免费提供软件缺陷修复。
P:6.2 故障响应：一级故障（产线停机）乙方应在一小时内响应，八小时内到场；二级故障（部分功能失效）当日响应，两个工作日内修复。乙方每迟延响应一小时，向甲方支付¥600；每迟延到场一小时，支付¥1,000。
P:6.3 质保期满后，乙方提供维保服务（含定期巡检、备件更换及驻厂工程师），维保费按设备及软件小计的28%每年计取，即每年¥380,800，该价格在质保期满后三年内固定不变。维保合同每年另行签订。
P:6.4 质保期内，乙方每季度对改造产线进行一次预防性巡检，提交巡检报告，并对发现的隐患及时处理。
H:第七条 知识产权
P:7.1 乙方为本项目定制编写的PLC程序、HMI画面、MES接口程序及其源代码归甲方所有，甲方可自行修改、复制并交由第三方维护。
P:7.2 产线监控软件的著作权仍归原权利人，乙方保证甲方获得永久使用许可，且不侵犯任何第三方知识产权。
H:第八条 数据安全与保密
P:8.1 生产线运行数据、工艺参数、产量及质量数据均属于甲方，乙方仅可为履行本合同使用，不得留存或用于其他目的。
P:8.2 乙方远程维护须经甲方审批，通过甲方提供的VPN及账号登录，操作全程留痕；不得在甲方网络中安装未经许可的软件。因乙方原因导致数据泄露、篡改或生产网络安全事件的，乙方应在两小时内报告甲方并承担全部赔偿责任。
P:8.3 乙方对履约中知悉的甲方工艺、图纸、客户及价格信息负有保密义务，保密期至合同终止后五年。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 因乙方施工原因造成产线停线超过约定天数的，乙方应赔偿甲方由此产生的直接损失。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包与转让
P:10.1 乙方不得转包本合同。控制柜配线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:11.2 因不可抗力导致合同无法履行的，双方可协商解除合同，互不承担违约责任。
P:11.3 合同解除后，乙方应在十五日内撤离现场，移交已完成部分的程序及技术资料，双方按已完成且经甲方确认的工作量进行结算。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十三条 其他
P:13.1 本合同附件包括技术协议、设备清单、施工组织方案及验收大纲，与本合同具有同等效力。
P:13.2 合同履行中任何一方变更名称、地址或联系人的，应在变更后五个工作日内书面通知对方。双方往来通知以书面形式送达合同首页所载地址即视为送达。
P:13.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　　乙方（盖章）：____________
"""

Z03 = """门店预约及会员管理系统订阅与实施服务合同

合同编号：PLY-SaaS-2027-021

甲方：维斯瓦语言培训连锁管理有限公司（波兰语培训连锁，下设三十家门店）
乙方：云栈科技服务有限公司

鉴于甲方需要为其三十家波兰语培训门店统一部署课程预约、会员管理、储值卡及排课系统，乙方以软件即服务（SaaS）方式提供“云栈约课”平台并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方在服务期内向甲方三十家门店提供“云栈约课”平台的订阅服务，包括学员预约、班级排课、教师课表、会员及储值卡管理、课消统计、微信小程序及门店管理后台。
2. 每家门店开通门店管理账号五个、教师账号不限，总部开通管理账号二十个。
（二）实施服务
1. 乙方负责平台初始化配置，包括门店、教室、课程体系（A1至C1级别）、价格体系、会员等级及权限设置。
2. 乙方负责将甲方现有表格及旧系统中的学员档案、剩余课时及储值余额迁移至平台，并与甲方共同核对。
3. 乙方为甲方总部及各门店人员提供上线培训，并按甲方品牌要求定制小程序页面及报表模板。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）第二个服务年度届满前三十日内任何一方未书面提出不再续约的，本合同自动续展一个服务年度，此后亦同。续展期订阅费由乙方根据市场及成本情况调整，并于续展前通知甲方，上调幅度不超过上一服务年度订阅费的8%。

三、费用
（一）订阅费：每家门店每个服务年度¥4,800，三十家门店每个服务年度合计¥144,000，两个服务年度合计¥288,000。
（二）实施费：一次性¥46,000，含配置、数据迁移、页面定制及培训。
（三）本合同总价为¥334,000。短信通知超出套餐部分按实际用量另行结算，不计入合同总价。
（四）服务期内新增门店的，按本条第（一）项单价按月折算计费；门店关闭的，自下一服务季度起相应减少订阅费。
（五）上述价格已包含平台使用、数据存储、常规版本升级、在线客服及本合同约定的技术支持，乙方不得以任何名义另行收取服务期内的费用。

四、付款方式
（一）实施费在平台上线验收合格后十五个工作日内一次性支付。
（二）订阅费按服务季度支付，每个服务季度结束后十个工作日内，甲方支付该季度订阅费¥36,000。
（三）乙方应在每次付款前开具合规的增值税发票。本合同不设预付款。

五、实施与验收
（一）乙方应在合同签订后四十五日内完成配置、数据迁移及培训，具备上线条件。
（二）上线验收标准：
1. 合同所列功能全部可用，三十家门店均可正常预约、排课及课消；
2. 迁移的学员档案、剩余课时及储值余额与甲方确认的原始数据逐条核对一致；
3. 小程序在两百名学员同时预约时页面响应时间不超过两秒；
4. 甲方总部及门店管理员完成培训并通过操作考核。
（三）甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。试用或部分门店先行使用不视为验收合格。

六、服务水平
（一）平台月度可用率不低于99.5%（不含提前七十二小时通知的计划维护）。
（二）故障响应：一级故障（平台无法登录或无法预约）三十分钟内响应、两小时内恢复；二级故障（部分功能异常）两小时内响应、一个工作日内解决；一般咨询一个工作日内答复。
（三）服务抵扣：月度可用率每低于承诺值0.5个百分点，抵扣当季订阅费的2%；一级故障每迟延响应一小时，抵扣¥300；当季抵扣合计不超过当季订阅费的20%。
（四）乙方每季度提供服务报告，列明可用率、故障及处理情况。
（五）乙方提供工作日9:00至21:00的在线客服及电话支持，周末及法定节假日提供值班支持，并指定一名客户成功经理作为甲方的固定对接人，定期回访门店使用情况。
（六）平台版本升级应提前五个工作日通知甲方，不得降低已约定的功能，重大界面变化应提供操作说明。

七、双方的其他义务
（一）甲方应指定项目联系人，及时提供门店信息、课程体系、价格体系及待迁移的原始数据，并对数据的准确性负责。
（二）甲方应督促门店人员妥善保管账号密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）乙方应保证平台在主流手机操作系统及微信版本上正常运行，小程序的上线审核由乙方协助办理。
（四）乙方应为甲方提供储值卡、课时包等营销活动的配置支持，每个服务年度内不少于六次，不另收费。

八、数据与安全
（一）甲方及其学员在平台中产生的全部数据，包括学员个人信息、课程记录、交易及储值数据，均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应按照《个人信息保护法》《数据安全法》要求，对数据进行加密存储和传输，实施访问权限控制及操作日志审计，平台应通过网络安全等级保护二级测评，数据存储于中国境内。
（三）发生数据泄露、篡改或丢失等安全事件的，乙方应在二小时内通知甲方，采取补救措施，并承担因此给甲方及学员造成的损失。
（四）合同终止后十五日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除平台中的数据及备份，出具删除证明。
（五）乙方运维人员访问生产数据须经审批并留存日志，不得批量导出学员个人信息。

九、知识产权
（一）平台软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、报表模板、课程排期规则及相关设计文件归甲方所有，甲方可自行或委托第三方修改使用。

十、保密
双方对在履约过程中知悉的对方商业秘密及学员信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内继续有效。乙方应要求其接触甲方信息的员工签署保密承诺，并对员工违反保密义务的行为承担责任。

十一、违约责任
（一）乙方未能按期完成实施、具备上线条件的，每逾期一日向甲方支付¥260违约金。
（二）乙方对本合同项下的累计赔偿责任不超过合同总价的150%，但因数据泄露、故意或重大过失造成的损失除外。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十二、分包
乙方不得将本合同项下服务转包；确需将部分工作分包的，应事先取得甲方书面同意。

十三、合同解除
（一）一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）平台连续两个月可用率低于承诺值的，甲方有权解除本合同，无需支付未到期的订阅费。

十四、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，任何一方可向甲方所在地人民法院起诉。

十五、不可抗力
因地震、火灾、电信主干网故障等不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入可用率考核，但乙方应在不可抗力消除后尽快恢复服务。

十六、其他
本合同附件为《功能清单》《实施计划》及《数据迁移范围说明》，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """码头视频监控系统年度运维服务合同

项目名称：港区码头视频监控系统2027年度运维服务
采购方式：竞争性磋商（项目编号：GWJ-CS-2027-004）
合同编号：GWJ-YW-2027-017

甲方：某市港务局
乙方：海瞳安防技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就港区码头视频监控系统年度运维服务事宜，经协商一致，签订本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

第一条 运维对象
（一）港区五个作业码头、两个闸口及港务局指挥中心的视频监控系统，包括前端摄像机一千二百四十台、网络硬盘录像机三十六台、视频管理平台一套、大屏显示系统一套、汇聚及接入交换机、光纤链路及配套供电设施。
（二）具体设备清单以磋商文件附件《运维设备清单》为准。服务期内甲方新增设备的，双方另行协商。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期内乙方应保证系统连续运行，节假日及夜间不得中断运维服务。服务期满，本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第三条 服务内容
（一）日常巡检：乙方每日远程巡检平台及前端在线状态，每月对码头、闸口现场设备进行一次全面巡检，每季度对光纤链路及供电设施进行一次检测，并形成巡检记录。
（二）故障维修：负责系统全部软硬件故障的诊断与修复，更换损坏的非主要部件；主要设备需更换的，由乙方提出方案，经甲方确认后实施。
（三）录像保障：确保各点位录像按甲方要求保存不少于九十日，每月抽查录像完整性。
（四）保障服务：在台风、大雾等恶劣天气及重要船舶靠泊、重大活动期间，乙方应派员驻场值守。
（五）驻场人员：乙方派驻不少于三名运维工程师，工作日驻场，夜间及节假日安排值班并保持电话畅通。
（六）技术资料：建立并更新设备台账、网络拓扑、配置备份及运维档案，每月提交运维月报。
（七）系统优化：根据甲方需要调整摄像机预置位、录像策略及大屏预案，对视频管理平台进行补丁更新和安全加固，补丁安装前应在测试环境验证并报甲方同意。
（八）应急预案：乙方应在进场后十五日内编制系统故障应急预案，报甲方审定，并每半年配合甲方开展一次应急演练。
（十）年度评估：服务期满前，乙方应提交系统运行评估报告，分析设备老化、故障分布及存储容量情况，提出下一年度的更新改造建议，供甲方决策参考。
（九）防雷防腐：每年雨季及台风季前，对码头前沿及堆场高杆摄像机的防雷接地、立杆及防护罩进行检查，对锈蚀部件进行处理。

第四条 服务响应要求
（一）故障分级：一级故障指闸口、泊位或指挥中心监控整体中断；二级故障指单个区域十台以上摄像机离线或录像中断；三级故障指单台设备故障。
（二）响应时限：一级故障乙方应在接到报修后三十分钟内响应，一小时内到达现场，六小时内恢复；二级故障一小时内响应，当日修复；三级故障两个工作日内修复。
（三）乙方应建立故障工单记录，载明报修时间、响应时间、到场时间、处理结果，由甲方值班人员签字确认。
（四）故障修复后，乙方应在两个工作日内提交故障分析报告，说明故障原因、处理过程及防范措施；同类故障在一个季度内重复发生三次以上的，乙方应提出整改方案并报甲方审核。

第五条 人员与备件
（一）乙方项目负责人应具有五年以上安防系统运维经验，驻场工程师应持有相应的电工或高处作业证书。乙方更换驻场人员应提前七日书面告知甲方并经甲方认可。
（二）乙方应在港区常备摄像机、硬盘、光模块、电源模块等常用备件，备件种类及数量不少于《运维设备清单》所列设备数量的百分之三。常用备件费用已包含在合同价款内。
（三）乙方人员进入码头作业区域，应遵守港区安全生产管理规定，佩戴安全帽及反光背心，登高及临水作业须办理作业许可，因乙方人员违规作业造成的事故由乙方承担责任。

第六条 合同价款及支付
（一）本合同总价为人民币伍拾捌万陆仟元整（¥586,000），包含人工、交通、工具、常用备件、税费及完成本合同服务所需的全部费用。
（二）服务费按季度支付。每个服务季度结束后，经甲方考核合格，甲方在十五个工作日内支付当季服务费¥146,500。
（三）乙方应在每次付款前提供合法有效的发票。本合同不设预付款。

第七条 考核与验收
（一）季度考核内容：巡检计划执行情况、工单响应及修复时限达标情况、录像完整性抽查结果、运维档案完整性及月报质量。考核由甲方信息科组织，形成书面考核记录。
（二）年度验收：服务期满前三十日，甲方组织年度服务验收，验收标准为：全年巡检记录完整；工单记录齐全并经签字确认；设备台账与现场一致；配置备份完整可恢复；移交资料齐全。
（三）考核不合格的，乙方应在十日内整改，整改后重新考核。
（四）季度考核结果及年度验收意见记入乙方履约档案，作为甲方对供应商履约评价的依据。

第八条 数据安全
（一）视频图像、录像资料、平台配置及网络信息均属于甲方所有，乙方仅为履行本合同接触，不得复制、留存或用于其他用途。
（二）乙方运维须使用甲方提供的运维终端，禁止接入私人存储介质；远程维护须经甲方审批并全程记录。乙方人员调阅录像须经甲方书面授权并登记。更换下来的硬盘等存储介质应交由甲方统一处置，乙方不得带离港区。乙方应对驻场人员进行网络安全培训，并对其人员的违规行为承担责任。
（三）发生录像丢失、数据外泄或网络安全事件的，乙方应在一小时内报告甲方，配合调查处置；因乙方原因造成的损失及后果，由乙方承担全部赔偿责任。

第九条 知识产权
乙方在服务中形成的运维档案、配置备份、巡检记录、脚本及技术文档归甲方所有，甲方有权自由使用及修改。

第十条 违约责任
（一）乙方未能在服务期开始之日完成进场交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员数量不足或擅自更换的，甲方有权要求其限期改正。
（三）因乙方维护不当造成设备损坏的，乙方应负责修复或照价赔偿。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 合同解除
乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。合同解除后，乙方应在七日内完成运维资料、账号权限及备件的移交，并配合甲方或新的服务单位做好交接，确保系统不间断运行。

第十三条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 甲方义务
（一）甲方应为乙方驻场人员提供必要的办公场所、运维终端及现场作业配合，并指定联系人负责工单确认及考核。
（二）甲方应及时通报港区施工、设备迁改等可能影响监控系统运行的情况。

第十五条 不可抗力
因台风、地震等不可抗力导致设备损坏或服务中断的，乙方应在条件允许时立即组织抢修，受不可抗力影响的期间不作为乙方违约处理。

第十六条 其他
本合同未尽事宜，双方另行签订补充协议。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
"""

Z05 = """# 匠流工序跟踪软件许可及定制开发合同

（匠流软件标准合同文本 JL-HT-V3.0）

合同编号：JL-2027-0588

**甲方（用户）**：拾绳结艺工作室（有限合伙）

**乙方（供方）**：匠流软件技术有限公司

甲方为管理其中国结、绳编饰品的订单及手工工序，拟采购乙方“匠流”工序跟踪软件并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 定义

1.1 “标准软件”指乙方享有著作权的“匠流”工序跟踪软件V3系列，包括订单管理、工序派工、计件工资、物料出入库及移动端扫码模块。

1.2 “定制开发”指乙方根据甲方需求在标准软件基础上开发的功能，具体以《定制需求确认单》为准。

1.3 “上线”指软件部署于甲方指定服务器或云主机并可供甲方人员登录使用。

1.4 “工作日”指中国法定工作日。“工作时间”指工作日的上午九时至下午六时。

## 第二条 合同标的与价款

2.1 乙方向甲方提供标准软件的永久使用许可（限甲方自身经营使用，不限用户数），并完成以下定制开发：编织工序拆分及工时定额、手艺人计件工资核算、定型与质检环节拍照留档、淘宝及小红书店铺订单导入、客户定制款图样管理。

2.2 合同价款如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠流标准软件许可（永久） | 168,000 |
| 2 | 定制开发 | 124,000 |
| 3 | 部署、数据初始化及培训 | 18,000 |
| | 合计 | 310,000 |

2.3 上述价款不含甲方自行采购的服务器、云主机、扫码枪及打印设备费用，亦不含第三方电商平台接口可能收取的费用。

2.4 标准软件许可仅限甲方在其工作室及直营门店内部使用，不得转让、出租或以任何方式供甲方关联方、加盟商或其他第三方使用。甲方扩大使用范围的，应另行向乙方购买许可。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥201,500。乙方收到该笔款项后启动项目。

3.2 软件上线后五个工作日内，甲方向乙方支付合同总价的35%，即¥108,500。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之五向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务直至甲方付清款项。

## 第四条 实施与交付

4.1 乙方在收到首期款后六十个工作日内完成定制开发及部署，具体进度以乙方项目计划为准。因甲方需求变更、资料提供延迟或配合不到位导致的延误，交付期限相应顺延。

4.2 甲方应指定专人配合实施，按乙方要求提供订单样例、工序清单、计件单价及历史数据。

4.3 定制需求经双方确认后如需变更，乙方有权根据工作量另行报价。

4.4 乙方负责在甲方提供的服务器或云主机上安装标准软件及定制功能，完成基础数据初始化，包括工序模板、手艺人档案、计件单价、物料编码及店铺接口授权。

4.5 乙方为甲方提供一次集中培训及一次上线后的现场指导，培训对象为甲方管理人员及工坊组长。培训之外的额外培训需求，乙方可另行收费。

4.6 甲方应自行负责服务器、网络、操作系统及数据库环境的采购与维护，并定期备份数据。因甲方环境原因导致软件无法正常运行的，不视为乙方违约。

## 第五条 验收

5.1 软件上线运行，即视为甲方验收合格。

5.2 甲方在上线后七日内未以书面形式提出异议的，亦视为验收合格；甲方提出的异议由乙方酌情处理。

## 第六条 技术支持与维护

6.1 自上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信及远程方式在工作日工作时间提供技术支持，并尽商业上合理的努力解决甲方反馈的问题。

6.2 免费维护期满后，甲方如需继续获得技术支持、缺陷修复及版本升级，应按乙方届时公布的服务价格标准购买年度维护服务。

6.3 技术支持的工作时间为工作日9:00至18:00。乙方将根据问题的严重程度安排处理顺序，处理时间视问题复杂程度确定。

6.4 因甲方擅自修改软件、操作不当或第三方软硬件原因导致的问题，不属于免费维护范围，乙方可按次收费。

## 第七条 知识产权

7.1 标准软件及其全部升级版本的著作权、商标及其他知识产权归乙方所有。

7.2 本合同项下定制开发成果（包括源代码、设计文档及数据库结构）的知识产权归乙方所有。甲方在本合同许可范围内享有使用权，不得反向工程、修改或许可第三方使用。

7.3 乙方有权将定制开发中形成的通用功能纳入标准软件，向其他客户提供。

7.4 乙方保证其提供的标准软件不侵犯第三方的合法权利；如因此发生纠纷，由乙方负责处理，但因甲方提供的素材、图样引起的除外。

## 第八条 数据

8.1 甲方在软件中录入的订单、客户、工价及图样数据归甲方所有。

8.2 乙方对其运维过程中接触的甲方数据采取加密存储、访问权限控制及操作日志等安全措施；发生数据泄露的，乙方应及时通知甲方并协助处理。因乙方故意或重大过失导致数据泄露的，乙方承担相应的赔偿责任。甲方应妥善保管账号口令并自行做好数据备份，因甲方原因导致的数据丢失或泄露，由甲方自行承担。

8.3 甲方同意，乙方有权在去除甲方名称等标识信息后，将软件使用过程中产生的数据用于产品改进、行业统计分析及模型训练。

## 第九条 保密

9.1 双方对因本合同知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。

9.2 乙方的报价、合同文本及软件技术资料属于乙方商业秘密。

## 第十条 责任限制

10.1 任何一方违反本合同约定的，应赔偿对方因此遭受的直接损失。

10.2 乙方在本合同项下承担的全部赔偿责任总额，以本合同总价的50%为限。乙方不对甲方的利润损失、商誉损失、数据丢失及任何间接损失承担责任。

10.3 因网络攻击、电信故障、第三方平台接口变更等非乙方原因造成的服务中断，乙方不承担责任。

## 第十一条 合同解除

11.1 任何一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 甲方因自身原因解除合同的，已付款项不予退还。

11.3 合同解除或终止后，甲方应停止使用定制开发成果，已安装的标准软件可在许可范围内继续使用；乙方可在甲方付清全部款项后配合导出甲方数据，导出服务按乙方标准另行收费。

## 第十二条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。不可抗力包括自然灾害、政府行为、疫情、网络基础设施故障等不能预见、不能避免且不能克服的客观情况。

## 第十三条 通知

双方往来通知可通过电子邮件、微信或书面方式送达合同首页所列联系人，发出即视为送达。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地有管辖权的人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章且乙方收到首期款之日起生效。

15.2 本合同一式两份，双方各执一份。本合同附件《定制需求确认单》《项目计划》与本合同具有同等效力。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. WQS-CN-2027-031
P:This Agreement is made between Suzhou Hengrun Precision Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu Province (the "Buyer"), and Windrush Quality Systems Limited, a company registered in England and Wales with its registered office at Bridge Street, Witney, Oxfordshire, United Kingdom (the "Vendor").
P:The Buyer manufactures precision stamped and machined components for automotive customers and wishes to replace its paper-based document control and quality records with the Vendor's quality management software. The Vendor has agreed to grant a perpetual licence to that software and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Windrush QMS product, version 8, including the document control, corrective and preventive action, audit management, supplier quality, calibration and training record modules, in object code, with its user documentation.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Buyer under this Agreement, including configuration, workflow definitions, report templates, data migration scripts, the interfaces listed in Article 2.2 and their source code and documentation.
P:1.3 "Go-Live" means the date on which the Software is first used in production at the Buyer's Suzhou plant after the Buyer has signed the Go-Live approval.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 5.
P:1.5 "Buyer Data" means all data, documents and records entered into, uploaded to or generated by the Software in the Buyer's use, including quality records, supplier records and personal information of the Buyer's employees.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's own servers in China for up to four hundred named users at the Buyer and its wholly owned subsidiaries.
P:2.2 The Vendor shall configure the Software to the Buyer's approved process design, migrate the Buyer's existing document register and open corrective actions, and build interfaces to the Buyer's ERP system, its laboratory information system and its single sign-on service.
P:2.3 The Vendor shall train the Buyer's key users and administrators and provide train-the-trainer material in Chinese and English.
H:Article 3 Price and Payment
P:3.1 The total price of this Agreement is CNY 1,450,000 (one million four hundred and fifty thousand yuan), inclusive of all taxes, travel and expenses, made up of the Licence Fee of CNY 1,140,000, implementation services of CNY 286,000 and training of CNY 24,000. The price is fixed for the scope in Article 2.
P:3.2 The Buyer shall pay: (a) 20% of the total price, CNY 290,000, within 30 days after signature of this Agreement against the Vendor's invoice; (b) 45%, CNY 652,500, within 30 days after Go-Live; and (c) 35%, CNY 507,500, within 30 days after Final Acceptance.
P:3.3 Each payment is due against a valid invoice. Payments are made in CNY to the account named by the Vendor.
H:Article 4 Project Plan and Delivery
P:4.1 The Vendor shall deliver the project plan within 15 days of signature. Go-Live shall take place no later than 150 days after signature, and the Vendor shall request Final Acceptance no later than 60 days after Go-Live.
P:4.2 If the Vendor fails to reach Go-Live or to request Final Acceptance by the dates in Article 4.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price. Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
P:4.3 The Vendor shall name a project manager with experience of at least three comparable implementations in the automotive supply chain and shall not replace that person without the Buyer's agreement.
H:Article 5 Acceptance
P:5.1 The Vendor shall carry out system tests and the Buyer shall carry out user acceptance tests against the acceptance test plan agreed in the project plan.
P:5.2 Final Acceptance shall be granted when: (a) every function in the approved process design works as specified; (b) the migrated document register and open corrective actions reconcile with the source records line by line; (c) the three interfaces run for 20 consecutive working days without a Severity 1 or Severity 2 defect; (d) page response time is below three seconds at 150 concurrent users; and (e) all documentation and source code of the Custom Deliverables has been handed over.
P:5.3 If the Software fails any criterion, the Vendor shall correct the defect and repeat the relevant tests at its own cost. Go-Live, use of the Software in production or payment of any instalment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects and provide all updates and new versions of the Software free of charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the Software unavailable, or data being corrupted) within one hour, twenty-four hours a day, and shall provide a workaround within eight hours. Severity 2 incidents shall be responded to within two hours during business hours. If the Vendor misses a response time, it shall credit the Buyer CNY 1,000 for each hour or part of an hour of delay.
P:6.3 After the warranty period the Buyer may order annual support at 11% of the Licence Fee, being CNY 125,400 per year. That fee is fixed for the first three years after the warranty period. Each year of support is ordered separately and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer on creation. The Buyer may use, copy, modify and license them freely, including to third parties who support its systems. The Vendor shall deliver their source code with Final Acceptance.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and for no other purpose, and shall not keep copies after completion of the work.
P:8.2 The Vendor shall access the Buyer's systems only through the remote-access gateway provided by the Buyer, with individual accounts and multi-factor authentication, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Buyer Data shall not be transferred out of China.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 12 hours of becoming aware of it, shall cooperate in investigating and remedying it, and is liable for all loss caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, shall use it only for the purposes of this Agreement and shall not disclose it to third parties without the other party's prior written consent, except to its professional advisers under a duty of confidence or as required by law.
P:9.2 These obligations survive termination of this Agreement for five years.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the total price. That limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 7.3 or breach of Articles 8 and 9.
P:10.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 10.1.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services or assign this Agreement without the Buyer's prior written consent, and remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice specifying the breach.
P:12.2 The Buyer may also terminate by written notice if liquidated damages under Article 4.2 reach their maximum.
P:12.3 On termination by the Buyer under this Article, the Vendor shall refund the amounts paid for work not accepted and hand over all Custom Deliverables completed so far.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate this Agreement by notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of England and Wales.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator and the language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with its annexes, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses above. This Agreement is signed in two originals in English, one for each party.
P:Annex 1: Approved process design. Annex 2: Acceptance test plan. Annex 3: Project plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Chiltern Audit Cloud — Order Form and General Terms

Order Form No. CAC-OF-2027-0142

## PART A — ORDER FORM

### A1. Parties

**Customer:** Ningbo Haishu Kitchen Appliances Co., Ltd., No. 88 Jinggang Road, Haishu District, Ningbo, Zhejiang Province, People's Republic of China.

**Supplier:** Chiltern Audit Cloud Ltd, a company registered in England and Wales, of Upper High Street, Thame, Oxfordshire, United Kingdom, acting through its registered Shanghai service company for invoicing and local support.

### A2. Subscribed Service

The Supplier will provide the Chiltern Audit Cloud platform (the "Service"), a hosted application for planning and recording supplier audits, incoming-goods inspections and factory walk-throughs, with mobile inspection apps, photo evidence, corrective action tracking and supplier scorecards. The Service is hosted for the Customer in a mainland China data centre (Shanghai region) operated by a licensed cloud provider.

Named users: 240. Sites: the Customer's three factories in Ningbo and Cixi and its supplier base of approximately 310 suppliers (supplier users are free of charge).

### A3. Subscription Term

The Subscription Term is 24 months from the Subscription Start Date, which is the date of Go-Live Acceptance under A5. This Order Form does not renew automatically. Any further term requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Months | Amount (CNY) |
|---|---|---|---|
| Platform subscription, 240 named users | CNY 95 per user per month | 24 | 547,200 |
| Premium support (named success manager, 24x7 Priority 1 line) | CNY 2,400 per month | 24 | 57,600 |
| Onboarding and configuration (one-time) | fixed | — | 38,000 |
| **Total Contract Value** | | | **642,800** |

Invoicing and payment: the one-time onboarding fee is invoiced after Go-Live Acceptance. Subscription and support fees are invoiced quarterly in arrears at the end of each quarter of the Subscription Term. The Customer pays each undisputed invoice within 30 days. No amount is payable before Go-Live Acceptance. Prices include VAT and are fixed for the Subscription Term. Additional named users may be added at the same monthly rate, pro rata.

### A5. Onboarding and Go-Live Acceptance

The Supplier will configure the Service to the Customer's audit checklists, inspection plans and approval workflow, import the Customer's supplier master list and open corrective actions, connect the Service to the Customer's single sign-on and ERP supplier master, and train the Customer's quality engineers.

Go-Live is planned for 50 days after signature of this Order Form. Go-Live Acceptance is given by the Customer in writing when: (a) all configured checklists and workflows work as agreed in the configuration workbook; (b) the imported supplier list and open corrective actions reconcile with the source data; (c) single sign-on and the ERP interface have worked for ten consecutive working days without error; and (d) the key users have completed training. Use of the Service for testing or by a pilot group is not acceptance.

If Go-Live Acceptance is delayed beyond the planned date for reasons attributable to the Supplier, the Supplier shall pay CNY 500 for each day of delay, deducted from the onboarding fee or from later invoices.

### A6. Signatures

This Order Form incorporates the General Terms in Part B. If there is a conflict, Part A prevails.

For the Customer: ____________________ Date: __________

For the Supplier: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, files, photographs and information submitted to the Service by or for the Customer or its suppliers, and all outputs generated from them, including audit reports and scorecards.

1.2 "Documentation" means the Supplier's user guides and service descriptions for the Service as updated from time to time, provided that an update does not reduce the functionality subscribed.

### 2. Service and Support

2.1 The Supplier shall provide the Service in accordance with the Documentation and this Order Form, using suitably qualified personnel, and shall keep the Service compatible with current versions of the main mobile operating systems and browsers.

2.2 The Supplier may improve or update the Service during the Subscription Term, but shall not materially reduce its functionality or security.

### 3. Service Levels

3.1 Availability. The Supplier shall make the Service available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days ahead and carried out between 00:00 and 06:00 China Standard Time.

3.2 Support response. Priority 1 incidents (the Service unavailable, or no user able to log in or save an inspection) shall be responded to within 30 minutes at any time and resolved or worked around within six hours. Priority 2 incidents shall be responded to within two hours during business hours and resolved within two business days. Priority 3 requests shall be answered within one business day.

3.3 Service credits. If monthly availability falls below the commitment in 3.1, the Customer receives a credit of 5% of that month's subscription fee for each 0.1 percentage point or part of it below the commitment. Each late response to a Priority 1 incident gives a credit of CNY 800. Credits are deducted from the next invoice, and credits in any month shall not exceed 50% of that month's fees.

3.4 The Supplier shall report availability, incidents and response times to the Customer each month.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Supplier may process Customer Data only to provide the Service and support to the Customer under this Order Form and shall not use it for any other purpose, including analytics or benchmarking for other customers.

4.2 The Supplier shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, log all administrative access, keep daily backups for 30 days and maintain MLPS level 2 filing and ISO 27001 certification for the Service.

4.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and bear the costs and losses resulting from an incident caused by its breach of this section.

4.4 Within 30 days after the end of the Subscription Term the Supplier shall provide a complete export of Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 5. Intellectual Property

5.1 The Supplier owns the Service, the Documentation and all related intellectual property.

5.2 Checklists, inspection plans, report templates and workflow configurations created for the Customer during onboarding belong to the Customer, which may use, copy, modify and share them freely, including after the Subscription Term.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information received in connection with this Order Form, shall use it only to perform or receive the Service, and shall not disclose it to any third party except to employees and advisers who need to know it and are bound by similar duties.

6.2 This section survives for three years after the end of the Subscription Term.

### 7. Subcontractors

7.1 The Supplier may use subcontractors and sub-processors, including its hosting provider, its affiliated companies and local support partners, to perform any part of the Service. The Supplier will inform the Customer by email of any new subcontractor at least 15 days before it starts work, and remains responsible for the performance of its subcontractors.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or loss of profit or revenue.

8.2 The Supplier's total aggregate liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid and payable by the Customer in the nine months preceding the event giving rise to the claim.

8.3 Nothing in this section limits liability for death or personal injury caused by negligence, or for fraud.

### 9. Term and Termination

9.1 This Order Form starts on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach. The Customer may also terminate by notice if the Supplier misses the availability commitment in 3.1 in any two consecutive months.

9.3 On termination by the Customer under 9.2, the Supplier shall refund any fees paid for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form and the General Terms are governed by the laws of the People's Republic of China.

10.2 Disputes shall first be discussed by senior managers of both parties. If not settled within 30 days, they shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 11. General

11.1 Notices shall be in writing and sent to the addresses in A1 or to an email address notified for that purpose.

11.2 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business.

11.3 This Order Form is signed in English and Chinese. Both versions have equal effect.
"""

E03 = """T:Supply Agreement for Temperature Monitoring Sensors and Monitoring Software
P:Contract No. BHCC-IT-2027-019
P:Buyer: Tianjin Binhai Cold Chain Pharmaceutical Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered address in the Tianjin Port Free Trade Zone (the "Buyer").
P:Supplier: Cotswold Sensing Limited, a company registered in England and Wales, of Sheep Street, Burford, Oxfordshire, United Kingdom (the "Supplier").
P:The Buyer operates GSP-certified cold rooms, ambient warehouses and refrigerated loading bays for pharmaceutical products and wishes to replace its stand-alone data loggers with a continuous wireless monitoring system. This Agreement is made on the Buyer's standard terms for equipment and software purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, map, calibrate and validate a wireless temperature and humidity monitoring system for the Buyer's two warehouses in Tianjin, consisting of sensors, gateways and the Supplier's monitoring software, as listed in clause 2.
P:1.2 The Supplier shall configure alarm rules, escalation by SMS, telephone and e-mail, and the audit trail required for GSP and for the Buyer's customers' quality agreements, and shall connect the monitoring software to the Buyer's warehouse management system.
P:1.3 The Supplier shall provide installation qualification, operational qualification and performance qualification documents (IQ/OQ/PQ) and carry out temperature mapping of every cold room before and after installation.
H:2. Price
P:2.1 The total contract price is CNY 1,350,000, inclusive of VAT, duties, delivery to site, installation, calibration certificates and all other costs of the Supplier. The price is fixed and is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, calibrated, with probes|420|1,380|579,600
TB:2|Wireless gateways with backup battery and 4G fallback|36|6,200|223,200
TB:3|Monitoring software, perpetual site licence, unlimited users|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,120,800
TB:4|Installation, temperature mapping and calibration|1 lot|146,000|146,000
TB:5|Validation documentation and execution (IQ/OQ/PQ)|1 lot|64,200|64,200
TB:6|Training for operators and administrators|1 lot|19,000|19,000
TB:|Total contract price|||1,350,000
P:2.2 Spare sensors ordered during the warranty period shall be supplied at the unit price in the table above.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the total contract price, CNY 135,000, within 30 days after signature of this Agreement, against the Supplier's invoice and a bank guarantee for the same amount valid until delivery.
P:3.2 The Buyer shall pay 55%, CNY 742,500, within 30 days after the Buyer signs the Installation Certificate confirming that all items have been delivered and installed. The Installation Certificate is not acceptance of the system.
P:3.3 The Buyer shall pay the balance of 35%, CNY 472,500, within 30 days after Final Acceptance under clause 5.
P:3.4 Each payment is subject to a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouses within 60 days after signature and complete installation within 30 days after delivery, working in a way that does not interrupt the Buyer's operations or the storage conditions of the products.
P:4.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the total contract price for each day of delay, up to 10% of the total contract price.
P:4.3 The Supplier's personnel shall comply with the Buyer's site, safety and GSP rules, including cold room entry procedures and hygiene requirements.
P:4.4 Each sensor and gateway shall be labelled with its asset number and location code agreed with the Buyer. The Supplier shall deliver a complete asset register, with serial numbers, calibration dates and firmware versions, before the trial operation begins.
H:5. Acceptance
P:5.1 Final Acceptance shall be carried out after a trial operation of 30 consecutive days following completion of installation.
P:5.2 The acceptance criteria are: (a) every sensor calibrated against a traceable reference, with a deviation within ±0.3 °C and ±2.5 %RH across the measuring range; (b) data transmission from every sensor to the monitoring software with no gap longer than five minutes during the trial operation; (c) alarms delivered to the escalation list within two minutes of a threshold breach in every tested cold room; (d) IQ/OQ/PQ executed and approved by the Buyer's quality assurance department; (e) the warehouse management system interface working without error; and (f) mapping reports, calibration certificates, manuals and as-built drawings delivered.
P:5.3 If any criterion is not met, the Supplier shall remedy the defect within 15 days and the test shall be repeated. Delivery, installation, trial operation or payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the sensors, gateways, monitoring software and its services for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective items free of charge, including annual recalibration of all sensors with certificates, and provide software updates.
P:6.2 Severity 1 faults (loss of monitoring or alarming for a cold room or a whole warehouse) shall be responded to within 30 minutes and restored within six hours, if necessary by providing replacement loggers on site. Severity 2 faults (single sensors or gateways) shall be responded to within two hours and fixed within two working days.
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 800, deducted from any amount due or claimed under the warranty bond.
P:6.4 After the warranty period, the Buyer may order annual support and recalibration at 8% of the Hardware and Licence Subtotal per year, being CNY 89,664. That amount is fixed for three years after the warranty period. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors, gateways and probes of the supplied models, or fully compatible successors, available for at least seven years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The monitoring software remains the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use it at the Buyer's sites.
P:7.2 Mapping reports, validation documents, alarm configurations, the warehouse management system interface and all other deliverables made specifically for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:8. Data Protection and Security
P:8.1 All monitoring data, alarm records, audit trails and reports belong to the Buyer. The Supplier may use them only to perform this Agreement and shall not use them for any other purpose.
P:8.2 The monitoring software shall run on servers in the Buyer's data room. Any remote access by the Supplier shall be approved by the Buyer for each session and made through the Buyer's VPN with individual accounts; the Supplier shall not copy data outside the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer of any security incident within 12 hours, cooperate in its investigation and be liable for all losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customers, products, storage conditions and site layouts, and shall not disclose it without prior written consent. This obligation continues for five years after the end of this Agreement.
H:10. Liability
P:10.1 The Supplier's total liability under this Agreement is limited to 200% of the total contract price, except for personal injury, wilful misconduct, product loss caused by a failure of the system to alarm and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for items not accepted and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.
H:14. Force Majeure
P:14.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly, with evidence, and take all reasonable steps to limit its effect. The time for performance is extended by the period of the event. If the event lasts longer than 60 days, the Buyer may terminate this Agreement without liability.
H:15. General
P:15.1 This Agreement, together with its annexes and the Buyer's purchase order, is the entire agreement between the parties on its subject matter. The Supplier's own terms and conditions do not apply.
P:15.2 Notices shall be in writing and delivered to the addresses above, or by e-mail to the contact persons named in Annex 2.
P:15.3 This Agreement is signed in two originals in English and Chinese, both equally authentic. Amendments must be in writing.
P:Annex 1: Sensor locations and mapping plan. Annex 2: Acceptance and validation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Meeting Room and Audio-Visual Services Agreement

Agreement No. SAV-GZ-2027-006

**Customer:** Guangzhou Huanan Home Electronics Co., Ltd., a company incorporated in the People's Republic of China, of Tianhe District, Guangzhou, Guangdong Province (the "Customer").

**Provider:** Swale AV Services Limited, a company registered in England and Wales, of Preston Street, Faversham, Kent, United Kingdom, acting with its wholly owned subsidiary in Guangzhou (the "Provider").

## Background

The Customer has 48 meeting rooms, a boardroom and a 300-seat auditorium at its headquarters and research centre in Guangzhou, equipped with video conferencing, displays, microphones, room control panels and booking screens. The Customer wishes to outsource the day-to-day operation, support and maintenance of these rooms for a fixed monthly charge. The Provider has submitted the winning proposal in the Customer's tender of 2027.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under clause 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Service Levels" and "Service Credits" have the meanings given in Schedules 2 and 3.

1.5 "Room Equipment" means the audio-visual and conferencing equipment in the Customer's rooms listed in the asset register handed over during transition.

## 2. Services

2.1 The Provider shall provide the Services from the Service Commencement Date for the Term in accordance with this Agreement, the Schedules and good industry practice.

2.2 The Provider shall station two technicians at the Customer's headquarters during business hours (08:30 to 18:30, Monday to Friday) and provide a remote service desk and on-call engineer at all other times.

2.3 The Provider shall manage the replacement of faulty Room Equipment with the manufacturers under their warranties, and shall quote for out-of-warranty replacements, which the Customer may order separately.

2.4 The Customer shall give the Provider's technicians access to the rooms, a desk and storage space for tools and spares, network connections for the Room Equipment and the contact details of its facilities and IT staff. The Provider is not responsible for failures caused by the Customer's network, power supply or changes made by the Customer without notice.

## 3. Transition

3.1 Within 45 days after signature, the Provider shall take over the rooms from the Customer's current support arrangement, audit all Room Equipment, build the asset register, update firmware, standardise room control programming and set up the service desk and reporting.

3.2 If the Service Commencement Date has not occurred within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 4. Service Commencement

4.1 The Customer shall sign the Service Commencement Certificate when: (a) every room has passed the room test script in Schedule 1, covering video call, content sharing, audio, room control and booking screen; (b) the asset register is complete and agreed; (c) the service desk, telephone line and reporting portal are working; and (d) the Provider's technicians have completed the Customer's induction.

4.2 Where a criterion is not met, the Provider shall correct the deficiency and the test shall be repeated. Partial use of the Services during transition is not acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,550,000, being the transition fee of CNY 56,000 and 36 monthly service charges of CNY 41,500.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. The Customer pays undisputed invoices within 30 days of receipt. No advance payment is made.

5.3 The charges are fixed for the Term and include all labour, travel, tools, consumables such as batteries and cables, and the Provider's service desk tools.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2. If it fails to do so, the Service Credits in Schedule 3 apply and are deducted from the next invoice.

6.2 The Provider shall submit a monthly service report showing incidents, response and fix times, preventive checks completed and Service Credits due, and attend a monthly service review with the Customer.

## 7. Customer Data

7.1 Room booking records, usage reports, the asset register and any other information produced or collected by the Provider in performing the Services belong to the Customer. The Provider shall use them only to provide the Services.

## 8. Intellectual Property

8.1 Room control programming, configuration files, test scripts and documentation created by the Provider for the Customer belong to the Customer, which may use, change and pass them to any later service provider. The Provider shall hand over the current versions with source files on request and at the end of the Term.

## 9. Confidentiality

9.1 Each party shall keep confidential all information of the other party that is marked confidential or is confidential by its nature, including the Customer's products, plans and the content of meetings that the Provider's technicians attend or observe, and shall not disclose it to third parties without the other party's prior written consent.

9.2 The Provider's technicians shall sign the Customer's individual confidentiality undertaking before starting work. This clause survives for five years after the end of the Term.

## 10. Personnel and Subcontracting

10.1 The Provider shall use competent, trained personnel and shall replace any technician whom the Customer reasonably asks to be removed.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## 11. Liability

11.1 Each party is liable for direct loss caused by its breach of this Agreement. The Provider's total liability is limited to 150% of the Total Contract Value, except for personal injury, damage to property caused by negligence and wilful misconduct, which are not limited.

11.2 The Provider shall maintain public liability insurance of at least CNY 5,000,000 for the Term.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It may be extended only by written agreement of both parties.

12.2 Neither party may terminate this Agreement before the end of the Term except (a) by written notice if the other party becomes insolvent or ceases business, or (b) by mutual written agreement. For any other failure to perform, the Customer's remedies are the Service Credits under Schedule 3 and damages under clause 11.

12.3 At the end of the Term the Provider shall co-operate for up to 30 days with the Customer and any new provider to transfer the Services, including handing over the asset register, programming and open incidents.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou in accordance with its rules. The award is final.

## 14. General

14.1 This Agreement and its Schedules are the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is signed in English and Chinese, both versions having equal effect.

## Schedule 1 — Services

| Service element | Description | Frequency |
|---|---|---|
| Service desk | Telephone, e-mail and portal intake, ticket logging, first-line fixes | 24 hours, every day |
| On-site support | Two technicians on site for room issues and meeting set-up | Business hours |
| VIP meeting support | Dedicated technician present for boardroom and auditorium events booked 24 hours ahead | On request, up to 20 events a month |
| Preventive checks | Room test script run in every room, fault logging and correction | Weekly |
| Firmware and patches | Testing and installation of manufacturer updates after Customer approval | Quarterly |
| Asset management | Asset register, warranty tracking, replacement proposals | Monthly update |
| Reporting | Monthly service report and review meeting | Monthly |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Fix or workaround |
|---|---|---|---|
| P1 | Boardroom or auditorium unusable, or five or more rooms unusable | 15 minutes | 2 hours |
| P2 | A single meeting room unusable, or a scheduled VIP meeting at risk | 30 minutes | 6 hours |
| P3 | Degraded function in a room (one display, one microphone) | 2 business hours | Next business day |
| P4 | Requests and questions | 1 business day | 5 business days |

## Schedule 3 — Charges and Service Credits

| Charge or credit | Amount |
|---|---|
| Transition fee (one-time, after Service Commencement) | CNY 56,000 |
| Monthly service charge | CNY 41,500 per month for 36 months |
| Total Contract Value | CNY 1,550,000 |
| Credit for each late P1 response or fix | CNY 2,000 per incident |
| Credit for each late P2 response or fix | CNY 600 per incident |
| Credit for each missed weekly preventive check in a room | CNY 150 |
| Maximum credits in a month | 25% of that month's service charge |
"""

E05 = """MARITIME DATA API SUBSCRIPTION AGREEMENT

Agreement No. WMD-DL-2027-012

BETWEEN

Dalian Beigang Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China, of Zhongshan District, Dalian, Liaoning Province ("Customer"); and

Weald Maritime Data Ltd, a company registered in England and Wales, of High Street, Tenterden, Kent, United Kingdom ("Vendor").

BACKGROUND

Customer acts as ship agent for vessels calling at Dalian, Yingkou and Jinzhou. It wishes to receive vessel position, port call and marine weather data through an application programming interface for its agency system and its berth-planning tools. Vendor operates a global maritime data service and agrees to provide it on the terms below.

1. DEFINITIONS

1.1 "API" means Vendor's REST and streaming interfaces giving access to the Data Feeds.

1.2 "Data Feeds" means the AIS vessel positions, vessel particulars, port call events, estimated times of arrival and marine weather forecasts listed in the Schedule.

1.3 "Subscription Year" means each period of one year starting on the Start Date or on an anniversary of it. The initial term is two Subscription Years.

1.4 "Start Date" means the date on which Customer confirms Onboarding Acceptance under clause 4.

1.5 "Customer Inputs" means the fleet lists, watchlists, port areas, queries, notes and any other information that Customer or its users submit to the API or the web console.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right for the subscription term to access the API and the web console, and to use the Data Feeds within its own business as ship agent, including showing them to its principals in reports and notices.

2.2 The subscription includes up to 3,000,000 API calls per calendar month and twenty named console users. Calls above that volume are charged at the rate in the Schedule.

2.3 Customer shall not resell the Data Feeds as a data product or allow third parties to access the API with its credentials.

3. ONBOARDING

3.1 Vendor shall provide API credentials, a sandbox, technical documentation in English and Chinese, and two days of developer workshops in Dalian.

3.2 Vendor shall build and deliver a connector that loads the Data Feeds into Customer's agency system and berth-planning database, mapped to Customer's vessel and port codes.

3.3 Onboarding shall be completed within 40 days after signature. If it is not completed in time for reasons attributable to Vendor, Vendor shall pay Customer CNY 800 for each day of delay.

4. ONBOARDING ACCEPTANCE

4.1 Customer shall confirm Onboarding Acceptance in writing when: (a) all Data Feeds in the Schedule are delivered through the connector; (b) vessel positions for the Customer's watchlist arrive with a delay of no more than three minutes from Vendor's reception in at least nine out of ten samples over five working days; (c) port call events for Dalian, Yingkou and Jinzhou match the port authority records for a sample of 200 calls without unexplained differences; and (d) the connector has run for ten working days without a failure.

4.2 If a criterion is not met, Vendor shall fix the problem and the test shall be repeated. Use of the sandbox or of the Data Feeds during testing is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are: Subscription Year 1, CNY 396,000; Subscription Year 2, CNY 416,000; onboarding and connector, CNY 18,000 one-time. The total fees for the initial term are CNY 830,000, inclusive of VAT.

5.2 The onboarding fee is invoiced after Onboarding Acceptance. The fee for each Subscription Year is invoiced in four equal quarterly instalments at the end of each quarter of that Subscription Year. Customer pays each undisputed invoice within 30 days.

5.3 Overage calls are invoiced quarterly in arrears at the rate in the Schedule.

6. SERVICE LEVELS

6.1 Vendor shall make the API available 99.95% of each calendar month, excluding maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

6.2 Vendor shall respond to a Priority 1 incident (the API or a Data Feed not available to Customer, or data more than thirty minutes stale) within 8 hours of Customer's report, and to a Priority 2 incident within one business day. Vendor's support desk is staffed during UK business hours, with e-mail monitoring at other times.

6.3 If monthly availability is below the commitment in 6.1, Customer receives a service credit of 5% of the quarterly instalment for each full or partial 0.1 percentage point below the commitment, up to 25% of that instalment. Credits are deducted from the next invoice.

6.4 Vendor shall provide a monthly availability and incident report through the web console.

7. TERM AND RENEWAL

7.1 This Agreement starts on signature. The initial term runs from the Start Date for two Subscription Years.

7.2 At the end of the initial term this Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

7.3 The fee for each renewal Subscription Year is Vendor's list price for the subscribed Data Feeds and volumes in effect at the start of that renewal year, which Vendor may change at its discretion.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to Customer. Vendor may use Customer Inputs only to provide the API and support to Customer and shall not use them for any other purpose, combine them with data of other customers or disclose them to third parties.

8.2 Vendor shall protect Customer Inputs and Customer's credentials by encryption in transit and at rest, access controls with multi-factor authentication for its staff, logging of administrative access and regular vulnerability testing, and shall keep them in a data centre in mainland China.

8.3 Vendor shall notify Customer of any security incident affecting Customer Inputs or credentials within 24 hours, take prompt steps to contain and remedy it, and compensate Customer for losses caused by Vendor's failure to comply with this clause 8.

8.4 At the end of this Agreement Vendor shall return Customer Inputs in a standard format on request and then delete them.

9. INTELLECTUAL PROPERTY

9.1 Vendor and its licensors own the API, the Data Feeds and the web console.

9.2 The connector built under clause 3.2, including its source code and mapping tables, belongs to Customer, which may use, modify and have it maintained by third parties.

9.3 Reports, analyses and other works that Customer creates using the Data Feeds belong to Customer, which may keep and use them after this Agreement ends.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information obtained under this Agreement, including Customer's principals, vessel movements it is handling and commercial terms, and shall not disclose it to any third party without the other party's prior written consent, except as required by law. This clause survives for three years after termination.

11. LIABILITY

11.1 Vendor's total liability under this Agreement is limited to 200% of the total fees for the initial term. The limit does not apply to breach of clauses 8 and 10, infringement of third-party rights or wilful misconduct.

11.2 Neither party is liable for indirect loss or loss of profit. Vendor does not warrant that AIS data received from vessels is accurate, but warrants that it processes and delivers the data without introducing errors.

12. SUBCONTRACTING

12.1 Vendor shall not subcontract the provision of the API, hosting or support without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 If Customer terminates under 13.1, Vendor shall refund any fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force. The award is final and binding.

15. GENERAL

15.1 This Agreement, with the Schedule, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Neither party may assign it without the other's prior written consent.

15.2 Notices shall be given in writing to the addresses above or by e-mail to the contact persons that each party names at signature. A notice by e-mail is received on the next business day after sending.

15.3 This Agreement is signed in English and Chinese, both texts having equal effect. Neither party is liable for delay caused by events beyond its reasonable control, provided it informs the other party promptly and resumes performance as soon as possible.

SCHEDULE - DATA FEEDS AND RATES

Data Feeds: global AIS positions (terrestrial and satellite) for the Customer's watchlist of up to 2,500 vessels; vessel particulars for all merchant vessels; port call events and berth times for ports in the Bohai Rim; ETA predictions; marine weather forecasts (wind, waves, visibility) for the Bohai and Yellow Sea.

Overage rate: CNY 0.02 per API call above the monthly allowance.

Signed for Customer: ____________________

Signed for Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files, labels, design

NAMES = {
    "z01": ("h1122z01_water_bureau_soil_conservation_platform.pdf", "pdf", Z01),
    "z02": ("h1122z02_wire_stripper_plant_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1122z03_polish_school_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h1122z04_port_authority_cctv_annual_om.txt", "txt", Z04),
    "z05": ("h1122z05_knot_studio_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1122e01_quality_software_perpetual_licence_witney_vendor.pdf", "pdf", E01),
    "e02": ("h1122e02_supplier_audit_saas_order_form_thame_vendor.md", "md", E02),
    "e03": ("h1122e03_cold_chain_sensors_monitoring_licence_burford_vendor.docx", "docx", E03),
    "e04": ("h1122e04_managed_meeting_room_av_services_faversham_vendor.md", "md", E04),
    "e05": ("h1122e05_maritime_data_api_subscription_tenterden_vendor.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# key: language, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value)
RAW = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                               False, True, False, "PRC", G], (True, True, True, False, 1290000)),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 28,
                               False, True, False, "PRC", G], (True, True, True, False, 1660000)),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 260 / 334000 * 100, 150, None, True, None,
                            None, None, True, True, False, "PRC", S], (True, True, None, False, 334000)),
    "z04": ("zh", "services", [None, 0.5, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                               False, True, False, "PRC", S], (True, True, None, False, 586000)),
    "z05": ("zh", "software", [None, None, False, "supplier", True, False, True, None, 50, 65, False, False, 6, None,
                               False, True, None, None, G], (False, False, False, True, 310000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False,
                               True, False, "England and Wales", G], (True, True, True, False, 1450000)),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 500 / 642800 * 100, 9 / 24 * 100, None,
                            True, None, None, None, False, True, True, "PRC", S], (True, True, None, False, 642800)),
    "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False,
                               True, False, "PRC", G], (True, True, True, False, 1350000)),
    "e04": ("en", "services", [None, 0.25, True, "buyer", False, True, True, 1200 / 1550000 * 100, 150, None, True,
                               None, None, None, False, False, False, "PRC", S], (True, True, None, False, 1550000)),
    "e05": ("en", "cloud", [99.95, 8, True, "buyer", True, True, True, 800 / 830000 * 100, 200, None, True, None,
                            None, None, True, True, False, "PRC", S], (True, True, None, False, 830000)),
}

# design: the rules each draft was written to trigger; TCO fee bases (itemised licence / hardware subtotals);
# forum outside mainland China
DESIGN = {
    "z01": [], "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], "z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"], "e05": ["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"],
}
FEE_BASE = {"z01": 780000, "z02": 1360000, "z05": 168000, "e01": 1140000, "e03": 1120800}
FOREIGN_FORUM = {"e01"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (RAW[key][3][4] + fees) * 100


def derive(key, t, x):
    """Policy section 3, as this set reads it."""
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
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if fee is not None and x["post_warranty_fee_capped"] and tco_share(key, t) > 40:
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


def label(key):
    lang, cat, vals, (sla, ld, capped, deemed, value) = RAW[key]
    t = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive(key, t, x)
    return {"file": NAMES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------------------------------------------------------
# checks

THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
ALL_THRESHOLD_VALUES = {99.9, 4, 0.05, 100, 30, 12, 15, 40}

B = r"(?<![\d.,])"
CN = r"(?<![一二三四五六七八九十百两零〇])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BANNED = [
    B + r"99\.9(?!\d)" + PCT, r"百分之九十九点九(?![一二三四五六七八九])",
    B + r"4\s*(?:-\s*)?(?:hours?|hrs?\b|小时|个小时)", r"(?<![-\w])four\s*(?:-\s*)?hours?", CN + r"四个?小时",
    B + r"0\.05(?!\d)" + PCT, r"万分之五(?![十0-9])", r"千分之零点五",
    B + r"100(?![\d.,])" + PCT, r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    B + r"30(?![\d.,])" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    B + r"15(?![\d.,])" + PCT, r"百分之十五", r"fifteen\s*per\s*cent",
    B + r"40(?![\d.,])" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    B + r"12\s*(?:-\s*)?(?:months?|个月)", r"\btwelve\s*(?:-\s*|\(12\)\s*)?months?", r"十二个月", CN + r"十二个月",
    r"\(12\)\s*months?",
]
BANNED_RE = [re.compile(p, re.I) for p in BANNED]
MUST_HIT = ["99.9%", "99.9 %", "99.9 per cent", "百分之九十九点九", "4小时", "4 hours", "four hours", "4-hour",
            "四小时", "四个小时", "0.05%", "万分之五", "100%", "100 per cent", "30%", "30 %", "百分之三十", "15%",
            "百分之十五", "40%", "百分之四十", "12 months", "12个月", "十二个月", "twelve months", "12-month",
            "within4hours", "付款30%。", "上限为100%", "twelve (12) months"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.055%", "10.05%",
             "万分之五十", "1,100%", "130%", "300%", "35%", "150%", "115%", "0.15%", "140%", "40.5%", "24个月",
             "112 months", "2027年12月31日", "12 hours", "4G fallback", "P4", "CNY 5,000,000", "30 days",
             "百分之三", "15 days", "within 24hours", "twenty-four hours a day", "twenty-fourhours"]


def banned_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BANNED_RE:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert banned_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not banned_hits(s), ("must miss", s, banned_hits(s))


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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check_sums():
    """Prices, instalments and fee figures as stated in the drafts."""
    assert 780000 + 436000 + 58000 + 16000 == 1290000 == 258000 + 580500 + 451500
    assert round(780000 * 0.09) == 70200
    assert 6 * 98000 + 6 * 62000 + 6 * 18000 + 292000 == 1360000
    assert 1360000 + 186000 + 98000 + 16000 == 1660000 == 166000 + 913000 + 581000
    assert round(1360000 * 0.28) == 380800
    assert 30 * 4800 == 144000 and 2 * 144000 + 46000 == 334000 and 144000 / 4 == 36000
    assert 4 * 146500 == 586000
    assert 168000 + 124000 + 18000 == 310000 == 201500 + 108500
    assert 1140000 + 286000 + 24000 == 1450000 == 290000 + 652500 + 507500
    assert round(1140000 * 0.11) == 125400
    assert 240 * 95 * 24 == 547200 and 2400 * 24 == 57600 and 547200 + 57600 + 38000 == 642800
    assert 420 * 1380 == 579600 and 36 * 6200 == 223200 and 579600 + 223200 + 318000 == 1120800
    assert 1120800 + 146000 + 64200 + 19000 == 1350000 == 135000 + 742500 + 472500
    assert round(1120800 * 0.08) == 89664
    assert 36 * 41500 + 56000 == 1550000
    assert 396000 + 416000 + 18000 == 830000


def main():
    self_test()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, kind, src) in NAMES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    covered = set()
    for key, (name, kind, src) in NAMES.items():
        lbl = label(key)
        rules = lbl["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        t = lbl["expected_terms"]
        for k, thr in THRESHOLDS.items():
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        for k, v in t.items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - thr) > 1e-9 for thr in ALL_THRESHOLD_VALUES), (key, k, v)
        share = tco_share(key, t)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        text = read_back(OUT / name)
        n = length(text, lbl["language"])
        lo, hi = (2750, 3000) if lbl["language"] == "zh" else (1450, 1650)
        hits = banned_hits(text)
        assert not hits, (key, hits)
        assert lo <= n <= hi, (key, n)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lbl, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
        print(f"{name}: {n} {'chars' if lbl['language'] == 'zh' else 'words'}, rules {rules or '(none)'}, "
              f"risk {risk(rules)}" + (f", TCO share {share:.1f} %" if share is not None else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
