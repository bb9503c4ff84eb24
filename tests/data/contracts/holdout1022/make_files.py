"""Builds the blind held-out set holdout1022 (ten ordinary draft contracts) from the sources kept in this file.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes the .txt/.md files directly, the .docx/.pdf
files through ../word_pdf.py (PDF paragraphs broken at word boundaries), and the .json labels. Then it reads every built
file back and asserts: the text lengths, the label key sets and value checks, that no label value sits on a policy
threshold, that no text states a threshold figure (regex scan, self-tested), that the rules derived from the labels
(policy §3 as read in NOTES.md) equal the design list, and that all 20 CR rules fire at least once.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
Z01 = """T:孤儿保障管理平台建设项目政府采购合同
P:合同编号：MZJ-ZFCG-2027-0186
P:采购人（甲方）：江宁市民政局
P:供应商（乙方）：江苏恒安数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号JNCG2027-0431）、乙方投标文件和中标通知书，甲乙双方就孤儿保障管理平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供孤儿保障管理平台软件许可，并完成定制开发、历史数据迁移、部署实施及培训，形成可在甲方政务云上稳定运行的完整系统。
P:1.2 定制开发内容包括：孤儿及事实无人抚养儿童档案管理、基本生活费发放测算与审核、监护评估与走访记录、助学及医疗救助联动、与省民政一体化平台及市大数据中心的数据交换接口、统计分析驾驶舱和移动端走访应用。
P:1.3 乙方应将约2.6万条历史纸质台账电子化记录及原系统数据完整迁移至新平台，并保证数据准确、可追溯。
P:1.4 系统应采用国产化操作系统、数据库和中间件环境，支持与民政部门现有统一身份认证平台对接，满足适老化和无障碍设计要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾壹万捌仟元整（¥2,218,000），为固定总价，包含软件许可、定制开发、数据迁移、实施、培训、税费及乙方完成本项目的全部费用。
P:2.2 价款构成：平台软件许可费¥860,000；定制开发费¥1,124,000；数据迁移费¥148,000；部署实施及培训费¥86,000。
P:2.3 合同履行期间，如因政策调整需增加少量功能，在不超过原定制开发工作量5%的范围内，乙方不另行收费。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后10个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的50%。
P:3.3 系统试运行三个月期满并通过最终验收后，甲方支付合同总价的25%。
P:3.4 甲方付款通过国库集中支付办理，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成全部开发、迁移和部署，并提交初验申请。
P:4.2 乙方应组建不少于8人的驻场项目团队，项目经理须具备五年以上政务信息化项目经验，未经甲方同意不得更换；乙方应按周提交项目进度报告。
P:4.3 甲方负责提供政务云资源、业务需求、历史数据及必要的协调配合，并指定业务联络人。
P:4.4 乙方应提交需求规格说明书、设计文档、源代码、部署手册、用户手册、测试报告及数据迁移核对报告。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现并经甲方业务科室逐项确认；（2）迁移数据与原始台账全量比对，关键字段差错为零；（3）与省民政一体化平台的接口连续运行10日无数据丢失；（4）300个并发用户下常用查询响应不超过2秒；（5）取得第三方机构出具的网络安全等级保护二级测评报告及商用密码应用安全性评估报告。
P:5.2 最终验收标准：试运行期内未发生一级故障，初验遗留问题全部整改完毕，甲方组织专家评审通过并签署验收报告。
P:5.3 系统上线使用、甲方支付部分款项或签收文档，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、适配调整和技术支持。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的10%（即不超过¥86,000/年），且质保期满后三年内不得上调。
P:6.3 乙方应对甲方系统管理员及区县民政业务人员分批开展培训，培训不少于六期，并提供培训教材和操作视频。
H:第七条 服务水平
P:7.1 系统月度可用率不低于99.95%，计划内维护须提前3个工作日书面通知甲方并安排在非工作时间。
P:7.2 一级故障（系统整体不可用、资金测算错误或数据泄露风险）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方响应或恢复超时的，每超过1小时向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当季维护服务费¥2,000。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、脚本、文档及源代码，其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证其交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台涉及的儿童身份信息、家庭情况、救助发放记录等全部数据属于甲方所有，乙方仅可为履行本合同使用，不得以任何形式留存、复制、分析或提供给第三方。
P:9.2 乙方应落实数据分类分级、访问控制、加密传输与存储、操作审计等安全措施，运维操作须经甲方审批后通过堡垒机进行。
P:9.3 发生或可能发生数据泄露的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、未成年人个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应负责免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:11.3 乙方违反本合同第九条、第十条约定的，除赔偿甲方全部损失外，甲方有权视情节将其不良行为报送政府采购监督管理部门。
P:11.4 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包与转包
P:12.1 乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
P:13.2 乙方逾期超过六十日的，甲方可直接解除合同。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大公共卫生事件等不可抗力导致不能按期履行的，受影响一方应在3日内通知对方并提供证明，双方协商调整工期，不可抗力影响期间不计入逾期天数。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江宁市民政局　　　　乙方（盖章）：江苏恒安数联信息技术有限公司
P:签订日期：2027年3月　日
"""
Z02 = """T:生产线控制系统改造项目合同
P:合同编号：YHD-SB-2027-017
P:甲方（买方）：浙江永禾电器有限公司
P:乙方（卖方）：宁波智控自动化工程有限公司
P:甲方主营电热饭盒的生产和销售，现有注塑、装配、老化测试等六条生产线的控制系统已运行多年，故障频发。甲方决定对六条生产线的控制系统进行改造，由乙方提供设备、软件及相关服务。双方依据《中华人民共和国民法典》，经平等协商订立本合同。
H:第一条 合同标的
P:1.1 乙方负责六条生产线控制系统的设计、设备供货、控制程序开发、安装调试、与甲方ERP系统的数据对接及人员培训，改造完成后各生产线实现集中监控、配方管理和质量追溯。
P:1.2 改造应分线实施，每条线停产改造时间不超过5个自然日，乙方应与甲方生产部门共同制定停线计划，尽量减少对甲方正常生产的影响。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾万元整（¥1,800,000），含税，为固定价格。分项价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|产线PLC控制柜（含PLC、I/O模块）|6套|86,000|516,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|触摸屏（HMI）|12台|6,800|81,600
TB:4|温控及称重模块|36套|4,200|151,200
TB:5|工业交换机及布线材料|1批|93,200|93,200
TB:6|产线监控软件（SCADA）许可|1套|410,000|410,000
TB:|软硬件小计|||1,480,000
TB:7|安装调试|1项|126,000|126,000
TB:8|控制程序开发及ERP对接|1项|168,000|168,000
TB:9|操作及维护培训|1项|26,000|26,000
TB:|合计|||1,800,000
P:2.2 上述价格包括设备运输、保险、安装辅材、调试、税费及乙方人员差旅等全部费用。
P:2.3 合同履行期间，价格不因原材料、汇率或人工成本变化而调整。设计变更导致工作量增减的，双方另行书面确认。
H:第三条 付款方式
P:3.1 合同生效后7个工作日内，甲方向乙方支付合同总价的20%作为预付款，乙方应同时提交等额银行保函。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的45%。到货签收及安装完成不代表甲方对质量的认可。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%。
H:第四条 交货与实施
P:4.1 乙方应于合同生效后45日内将全部设备运抵甲方厂区，并于合同生效后九十日内完成六条生产线的改造和调试。
P:4.2 乙方应提交设备清单、电气原理图、PLC程序及注释、HMI画面文件、SCADA组态工程文件、操作手册及维护手册。
P:4.3 乙方现场施工人员应遵守甲方安全生产管理制度，持证上岗；因乙方原因造成的人身或财产损害由乙方负责。
P:4.4 甲方负责提供施工所需的电源、场地和停线窗口，指定生产、设备和信息部门联络人，并及时确认乙方提交的设计方案。
P:4.5 乙方应在设备到货前提交详细设计方案，内容包括控制架构、网络拓扑、I/O点表、安全联锁逻辑及停线改造计划，经甲方书面确认后方可实施。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收，验收标准为：（1）全部I/O点位逐点测试正确；（2）连续满负荷生产72小时无控制故障；（3）产品一次合格率不低于改造前三个月平均水平；（4）温控精度±1℃；（5）SCADA数据刷新不超过2秒，与ERP工单数据核对一致。
P:5.2 六条生产线单线验收均合格后，再连续运行30日无重大故障的，双方签署最终验收报告。
P:5.3 设备到货、安装完成或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在10日内整改，整改后再次验收。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及程序修改费用由乙方承担。
P:6.2 质保期内，一级故障（任一生产线停线）乙方应在1小时内响应，6小时内到达现场，24小时内修复；二级故障（单台设备异常、产线降速运行）应在2小时内响应，48小时内修复。
P:6.3 乙方超过上述时限的，每超过1小时向甲方支付违约金¥500，并赔偿由此造成的停产损失。
P:6.4 乙方应在甲方厂区存放常用备品备件，包括PLC模块、伺服驱动器、触摸屏及温控模块各不少于2套，确保故障件可当场更换。
P:6.5 乙方应对甲方电工及设备管理人员进行不少于五期的操作和维护培训，使其能够独立完成日常点检、参数调整和简单故障处理。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方继续提供年度维保服务，包括定期巡检、备件更换、程序优化和7×24小时电话支持，服务标准同第6.2条。
P:7.2 年度维保费按软硬件小计的28%计取，即每年¥414,400，质保期满后三年内价格固定不变，按年度在服务期开始后支付。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、SCADA组态工程文件、ERP对接程序及其源代码，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 SCADA平台软件及设备内置软件的知识产权归其权利人，乙方保证甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 生产数据、工艺配方、质量记录等数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方批准，通过甲方指定的VPN及审计系统进行；乙方应采取访问控制和防病毒措施，不得将未经检测的介质接入甲方控制网络。
P:9.3 因乙方原因造成数据泄露、丢失或控制网络感染病毒的，乙方应在2小时内通知甲方，承担恢复费用并赔偿甲方全部损失。
H:第十条 保密
P:10.1 乙方对知悉的甲方工艺配方、产品设计、产能及客户信息负有保密义务，不得向第三方披露。保密期限至合同终止后五年。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之二向甲方支付违约金。
P:11.2 乙方提供的设备或软件不符合合同约定，经两次整改仍不合格的，甲方有权退货，乙方应退还相应款项并承担由此产生的费用。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的主体工作分包；电缆敷设等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可书面通知解除合同，双方按已完成工作量结算。
P:13.3 合同解除后，乙方应在15日内移交已完成的程序、图纸及技术文件，并配合甲方恢复原控制系统的运行。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同附件包括技术协议、设备清单、停线改造计划和验收测试方案，与本合同具有同等效力。
P:15.2 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：浙江永禾电器有限公司　　乙方（盖章）：宁波智控自动化工程有限公司
"""
Z03 = """门店预约及会员管理系统SaaS服务合同

合同编号：HQ-IT-2027-009
甲方（客户）：上海黑白格国际跳棋文化发展有限公司
乙方（服务商）：杭州云约科技有限公司

鉴于甲方在华东地区经营30家国际跳棋培训及对弈门店，需要统一的课程预约、场地预订和会员管理系统；乙方拥有“云约”预约与会员管理SaaS平台。双方经协商一致，就乙方向甲方提供SaaS订阅服务及实施服务事宜订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其SaaS平台向甲方全部30家门店提供课程排期、教练预约、对弈桌预订、会员注册、储值卡与课时包管理、积分、赛事报名及经营报表等功能，并提供甲方专属微信小程序。
2. 订阅服务按门店计算，每家门店不限账号数量，甲方总部另配管理后台账号。
（二）实施服务
1. 乙方负责系统配置、小程序品牌定制、门店及教练基础数据初始化、原有会员数据（约4.1万名会员、储值余额及剩余课时）迁移，以及与甲方财务系统和美团、大众点评预订渠道的接口对接。
2. 乙方应为门店店长及前台人员提供不少于三场线上培训和两场现场培训。
（三）平台升级
乙方可对平台进行功能升级和版本更新，但不得降低本合同约定的功能和服务水平；涉及门店操作流程变化的，应提前15日通知甲方并提供更新说明。
（四）服务期限
本合同服务期为两个服务年度。第一个服务年度自系统通过实施验收之日起算，满一个服务年度后进入第二个服务年度。

二、费用及支付
（一）订阅费：每家门店每服务年度¥9,600，30家门店每服务年度合计¥288,000，两个服务年度合计¥576,000。
（二）实施费：一次性¥68,000。
（三）合同总价：¥644,000（含增值税）。
（四）支付方式
1. 实施费在实施验收合格后15日内一次性支付。
2. 每个服务年度的订阅费在该服务年度开始后15日内支付。
3. 服务期内甲方新增门店的，按每店每服务年度¥9,600按剩余月份折算；关闭门店的，自下一服务年度起相应减少。
4. 乙方应在甲方付款前开具合法有效的增值税专用发票。

（五）除本合同约定的费用外，乙方不得以系统升级、接口维护或数据存储为由另行收取费用。

三、实施与验收
（一）乙方应在合同签订后45日内完成全部实施工作并提交验收申请。
（二）验收标准：
1. 合同约定的功能全部上线，30家门店均完成试运行；
2. 迁移会员数据与甲方原系统逐条核对，会员数量、储值余额和剩余课时差错为零；
3. 小程序预约下单在200人同时在线时响应时间不超过2秒；
4. 财务系统及美团、大众点评接口连续7日对账一致；
5. 乙方提交操作手册、接口文档和培训记录。
（三）甲方应在收到验收申请后7个工作日内组织验收。系统上线或门店开始使用不视为验收合格。

四、服务水平
（一）乙方保证平台月度可用率不低于99.5%，计划内维护应安排在凌晨2:00至6:00之间并提前48小时通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、收银或核销）：15分钟内响应，2小时内恢复；
2. 二级故障（单店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：1个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，每月抵扣最高为当月订阅费的50%；一级故障响应超时的，每次抵扣¥1,000。

（四）客户支持：乙方为甲方指定专属客户成功经理，提供7×24小时故障热线和工作日9:00至21:00在线客服；每季度向甲方提交服务报告，内容包括可用率、故障处理情况及门店使用数据分析。
（五）甲方门店遇全国性或区域性赛事报名高峰的，应提前7日通知乙方，乙方应做好扩容准备，高峰期间服务水平不降低。

五、数据安全与数据归属
（一）甲方及其会员在平台上产生的全部数据，包括会员个人信息、储值及消费记录、预约记录和经营数据，均归甲方所有。乙方仅为提供本合同服务之目的处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应按照网络安全等级保护二级要求运营平台，对会员个人信息加密存储，实施访问控制和操作日志审计，每日备份数据并异地保存。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，立即采取补救措施，并承担由此给甲方及其会员造成的损失。
（四）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式完整移交全部数据，并在甲方确认后彻底删除。

（五）乙方应协助甲方履行个人信息保护义务，小程序收集会员信息须取得会员同意，未成年学员的信息须取得其监护人同意，并遵循最小必要原则。
（六）乙方如使用第三方云服务器托管平台，应确保托管机房位于中国境内，数据不得出境。

六、保密
双方对在合作中知悉的对方商业信息负有保密义务，包括甲方的会员资料、经营数据、定价及门店扩张计划，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效三年。

七、知识产权
（一）SaaS平台及其功能的知识产权归乙方所有。
（二）为甲方专门定制的小程序页面、品牌素材、接口程序及相关文档，知识产权归甲方所有。

八、违约责任
（一）乙方未能按期完成实施的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第五条约定的，除承担赔偿责任外，甲方有权立即解除合同。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

（四）因乙方原因导致会员储值余额或课时数据错误的，乙方应在24小时内查明原因并协助甲方更正，由此给甲方造成的退款、补偿及其他损失由乙方承担。

九、续期
服务期满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场及成本情况调整订阅单价，调整后的价格以乙方书面通知为准。

十、分包
乙方不得将本合同项下的实施服务分包给第三方；确需委托第三方的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后10日内未改正的，甲方有权解除合同，乙方应退还已收取但未履行期间的费用。
（二）乙方连续两个月未达到月度可用率承诺，或一级故障在一个服务年度内累计超过三次的，甲方有权解除合同，乙方应退还剩余服务期的订阅费。
（三）一方进入破产程序或停止经营的，另一方可书面通知解除合同。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

十三、其他
（一）本合同附件包括功能清单、实施计划、验收测试方案和服务水平说明，为本合同不可分割的组成部分。
（二）双方的通知以书面形式发送至本合同首页载明的地址或双方确认的电子邮箱，发出后即视为送达。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海黑白格国际跳棋文化发展有限公司
乙方（盖章）：杭州云约科技有限公司
日期：2027年4月　日
"""
Z04 = """占道经营智能识别系统年度运维服务合同

项目名称：2027年度占道经营智能识别系统运维服务
采购方式：竞争性磋商（项目编号：LCGJ-2026-CS-0215）
采购人（甲方）：临川市城市管理局
供应商（乙方）：江西视瞳智能科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就占道经营智能识别系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：甲方已建成的占道经营智能识别系统，包括主城区286路前端高清摄像机及边缘计算盒、汇聚交换机、视频分析服务器集群、识别算法平台、案件推送模块以及与数字城管平台的接口。
（二）服务内容：系统日常监测、前端设备巡检与清洁、故障维修与备件更换、算法参数调优、识别误报核查、数据备份、安全加固、版本升级及重大活动保障。
（三）服务期内新增前端点位不超过20路的，乙方应一并纳入运维范围，不另行收费；超过部分由双方另行协商。
（四）服务期：自2027年1月1日起至2027年12月31日止。

第二条 服务费用及支付
（一）本合同服务费总额为人民币肆拾捌万陆仟元整（¥486,000），包括人工、备品备件、检测工具、交通及税费等全部费用。单次更换的零部件价格超过¥3,000的，由乙方报甲方确认后实施，费用仍包含在服务费总额内。
（二）服务费按季度支付。每季度结束后，甲方根据季度考核结果在15个工作日内支付当季服务费¥121,500；考核扣款从当季服务费中扣除。
（三）本合同不设预付款。

第三条 服务要求与服务水平
（一）系统月度可用率不低于99.95%；前端设备离线的，按第（二）项规定的时限修复。
（二）故障分级：
1．一级故障：视频分析平台或案件推送中断、片区三分之一以上前端离线，乙方应在30分钟内响应，2小时内到场，6小时内恢复；
2．二级故障：单个片区或单路前端故障，乙方应在2小时内响应，24小时内修复；
3．三级故障：识别准确率下降、画面质量问题等，乙方应在48小时内处理完毕。
（三）识别准确率：对占道经营、店外经营、流动摊贩等事件的识别准确率不低于92%，误报率不高于8%，每月由甲方抽样复核。
（四）乙方应安排不少于4名专职运维人员驻场，工作日8:00至20:00在岗，其余时间电话值守。
（五）乙方应建立运维工单系统，所有故障、巡检和变更均须形成工单记录，工单信息对甲方实时开放查询，并于每月5日前提交上月故障统计和处理分析。
（六）重大节假日及市级重大活动期间，乙方应提前制定保障方案并增派人员。

第四条 考核与扣款
（一）甲方按季度对乙方进行考核，考核内容包括可用率、响应和修复时效、识别准确率、巡检完成情况及文档记录。
（二）月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,500；一级故障响应或恢复每超时1小时，扣减¥800；识别准确率低于承诺值的，每低1个百分点扣减¥2,000。
（三）年度服务期满后，甲方组织年度验收。验收标准为：四个季度考核均合格、全部故障已闭环、系统资产清单与实际一致、运维文档和巡检记录齐全、数据备份完整可恢复。

（四）季度考核得分低于80分的，甲方有权约谈乙方项目负责人，乙方应在10日内提交整改方案；考核得分低于70分的，当季服务费另行扣减5%。
（五）考核扣款及违约金累计不影响乙方继续履行运维义务，也不免除乙方赔偿甲方其他损失的责任。

第五条 乙方义务
（一）乙方应于合同签订后7日内完成进场交接，建立设备台账和运维档案。
（二）乙方应每月提交运维月报，每季度进行一次全面巡检，对全部前端设备进行清洁、校准和固件核查。
（三）乙方对运维过程中更换的设备、调整的配置和升级的版本负有记录和报告义务，所有变更须经甲方批准。

（四）乙方应在驻场点储备常用备件，包括摄像机、边缘计算盒、电源模块、光模块和交换机各不少于3台（块），确保一般故障可当日更换。
（五）乙方应每半年对系统开展一次安全漏洞扫描和基线核查，发现高危漏洞的应在3个工作日内完成修复或采取临时防护措施，并向甲方提交报告。
（六）服务期满或合同解除时，乙方应向甲方或甲方指定的新服务商完成交接，移交设备台账、配置清单、账号口令、运维档案及未闭环问题清单，交接期不少于15日，交接期间乙方应继续履行运维义务。

第六条 数据安全
（一）乙方应遵守网络安全和数据安全相关法律法规，落实访问控制、操作审计和最小授权，运维人员须实名登记，通过甲方堡垒机操作。
（二）视频及图像数据不得存储在甲方机房以外的设备上，不得通过互联网传输。
（三）发生数据泄露或安全事件的，乙方应在1小时内报告甲方，配合调查处置，并承担因乙方原因造成的全部责任。

第七条 数据使用
系统采集的视频、图像及案件数据归甲方所有。乙方可在对图像进行人脸和车牌脱敏处理后，将其用于识别算法的训练、优化及乙方同类产品的研发，甲方同意提供必要的配合。

第八条 甲方义务
（一）甲方应向乙方提供系统竣工资料、设备清单、网络拓扑及必要的机房出入和系统访问权限。
（二）甲方指定专人负责日常联络、工单确认和季度考核，并对乙方提交的变更申请在3个工作日内答复。
（三）因道路施工、电力中断或其他非乙方原因导致的前端离线，经甲方确认后不计入乙方可用率考核及修复时效考核。

第九条 保密
乙方及其人员对在服务中知悉的甲方工作秘密、执法信息、点位部署及系统配置负有保密义务，未经甲方书面同意不得对外披露，保密义务在合同终止后继续有效。

第十条 知识产权
乙方在服务期内为甲方编写的脚本、配置文件、优化后的识别规则及运维文档，其知识产权归甲方所有。识别算法平台原有知识产权归其权利人。

第十一条 违约责任
（一）乙方未按约定时间完成进场交接或巡检发现问题整改的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员不足或擅自更换项目负责人的，每人每日扣减服务费¥300，并应在3日内补足。
（三）乙方违反第六条、第九条约定的，应赔偿甲方全部损失，甲方可报送政府采购监督管理部门处理。

第十二条 分包
乙方可将前端设备巡检、清洁及高空作业委托具有相应资质的第三方实施，但应提前5个工作日书面告知甲方，并对其工作质量负责。

第十三条 合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用；乙方应赔偿甲方因另行委托服务商而增加的费用。因不可抗力致使合同无法继续履行的，双方可协商解除合同并按实际服务期间结算。

第十四条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向临川市人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份、乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。

甲方（盖章）：临川市城市管理局　　乙方（盖章）：江西视瞳智能科技有限公司
签订日期：2026年12月　日
"""
Z05 = """# 匠迹工艺流程追溯系统 软件许可及定制开发合同

**（匠迹软件标准合同文本 2026版）**

合同编号：JJ-HT-2027-0058

甲方（用户）：泸州分水油纸扇艺文化工作室

乙方（开发方）：成都匠迹软件有限公司

甲方为非遗油纸扇手工制作工作室，需对选竹、制骨、裱面、绘花、上油、晾晒等工序进行流程记录和成品追溯。乙方为其提供“匠迹”工艺流程追溯系统软件许可，并根据甲方工艺特点进行定制开发。双方经友好协商，订立本合同，共同遵守。

## 第一条 合同内容

1.1 乙方向甲方提供“匠迹”工艺流程追溯系统标准版软件许可（单工坊版，不限用户数），部署于甲方自购服务器。

1.2 乙方根据甲方需求定制开发以下内容：油纸扇工序模板（共二十八道工序）、匠人工时与计件记录、批次及单品二维码追溯、竹材和桐油等原料批次管理、成品图片档案库、订单与定制需求管理、面向顾客的扫码溯源展示页面。

1.3 系统支持电脑端和手机端操作，匠人可通过手机扫描工序卡片记录开工、完工时间及工序照片，甲方可按批次、匠人或工序查询生产进度。

1.4 乙方负责系统安装部署、基础数据初始化和操作培训。

## 第二条 合同金额

2.1 本合同总金额为人民币肆拾肆万元整（¥440,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺流程追溯系统标准版软件许可 | 168,000 |
| 2 | 定制开发（工序模板、追溯、溯源展示等） | 236,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合计 | 440,000 |

2.2 上述金额不含服务器、扫码枪、标签打印机等硬件，硬件由甲方自行采购。

2.3 甲方在开发过程中提出的需求变更，乙方有权另行收费，收费标准按每人每日¥2,400计算。

2.4 本合同金额已包含增值税。乙方在收到每期款项后开具相应金额的增值税普通发票。

## 第三条 付款方式

3.1 合同签订后3个工作日内，甲方向乙方支付合同总金额的65%，乙方收到款项后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总金额的35%。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停开发和技术服务直至甲方付清款项。

## 第四条 开发周期

4.1 乙方预计在收到首期款后七十五个工作日内完成开发并上线。

4.2 如因需求确认延迟、甲方资料提供不及时或其他原因导致进度延误的，开发周期相应顺延。乙方将尽力采取措施追赶进度，但不因此承担责任。

4.3 甲方应指定一名熟悉全部工序的联络人，在乙方提出需求调研要求后5个工作日内提供工序说明、表单样式、原料清单和历史订单资料，并及时确认乙方提交的需求文档和界面设计。甲方逾期确认的，视为认可乙方方案。

4.4 乙方按照确认后的需求文档开发。需求文档确认后，甲方提出的修改均视为需求变更。

## 第五条 上线与验收

5.1 乙方完成开发后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方将在后续维护中予以处理，但不影响验收结论及甲方付款义务。

5.3 上线前，乙方为甲方工作人员提供一次集中操作培训，时长不超过一天，并提供电子版操作手册。甲方新增人员的培训由甲方自行组织。

## 第六条 免费维护

6.1 系统上线后，乙方提供六个月的免费维护服务，内容包括缺陷修复、远程技术支持和操作咨询。

6.2 免费维护期内，一级故障（系统无法登录或无法录入工序数据）乙方在8小时内响应；其他问题在3个工作日内响应。乙方将尽力修复故障，但修复时间视问题复杂程度而定。

6.3 因故障或服务中断给甲方造成的任何损失，乙方不承担扣款、赔偿或违约金责任。

6.4 因甲方擅自修改系统、操作不当、硬件故障或网络原因引起的问题，不属于免费维护范围。

6.5 免费维护期内，乙方提供的远程支持时间为工作日9:00至17:30，节假日及非工作时间不提供支持。

## 第七条 有偿维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议。

7.2 年度维护费按乙方当年公布的价格标准收取，乙方每年可根据成本情况调整价格。

7.3 有偿维护期间的服务内容及响应时间以届时签订的维护协议为准。

7.4 甲方未续签维护协议的，乙方不再提供任何技术支持和版本升级。

## 第八条 知识产权

8.1 “匠迹”系统及其标准功能的知识产权归乙方所有。

8.2 乙方为甲方定制开发的工序模板、追溯功能、溯源展示页面、程序代码及相关文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得复制、修改、反向工程或向任何第三方提供。

8.3 乙方有权将定制开发成果用于其他客户的项目。

8.4 甲方不得将系统安装于本合同约定以外的工坊或门店；甲方新增工坊使用的，应另行向乙方购买许可。

## 第九条 数据安全

9.1 甲方录入系统的工艺数据、匠人信息、客户订单和图片等数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意，并采取必要的安全措施防止数据泄露；因乙方原因导致数据泄露或丢失的，乙方负责协助恢复并承担相应责任。

9.3 系统部署在甲方服务器上，甲方应自行负责服务器的日常管理、数据备份和防病毒工作。乙方建议甲方每周至少备份一次数据并异地保存。

## 第十条 保密

双方对在合作中获悉的对方商业秘密及技术信息负有保密义务，未经对方书面许可不得向第三方披露，包括甲方的独家工艺、配方及客户名单。保密期限为合同终止后两年。乙方可将甲方名称及合作案例用于乙方的宣传推广，但不得披露甲方的工艺细节。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下承担的全部赔偿责任，累计不超过合同总金额的10%，且不承担任何间接损失、利润损失或数据损失。

11.3 甲方违反本合同第八条约定，擅自复制、修改或向第三方提供系统的，应按合同总金额的两倍向乙方支付违约金。

11.4 甲方未按期付款超过15日的，乙方有权暂停一切服务，由此造成的损失由甲方承担。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后30日内仍未改正的，守约方有权解除本合同。

12.2 合同解除后，乙方已收取的款项中对应已完成工作的部分不予退还。

12.3 甲方因自身原因单方终止合同的，已付款项不予退还，并应支付已完成但尚未结算的工作费用。

## 第十三条 不可抗力

因不可抗力或网络运营商、云服务商等第三方原因导致任何一方不能履行合同的，受影响一方不承担责任，但应及时通知对方。

## 第十四条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方对条款内容均已充分理解。

15.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（签章）：泸州分水油纸扇艺文化工作室

乙方（签章）：成都匠迹软件有限公司

签订日期：2027年　月　日
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. PF-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Henan Zhongyuan Hengfeng Feed Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhoukou, Henan Province (the "Customer"), and Prairie Formulation Systems, Inc., an Iowa corporation with its principal office at 1408 Central Avenue, Estherville, Iowa 51334, United States (the "Vendor").
P:The Vendor develops and licenses FeedMaster, a least-cost feed formulation and nutrient management software product. The Customer operates four feed mills and wishes to acquire a perpetual licence of FeedMaster together with implementation, integration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FeedMaster Enterprise edition, version 9, in object code, including the formulation engine, ingredient library, nutrient matrix editor, batch ticket module and reporting tools, and all updates supplied under this Agreement.
P:1.2 "Deliverables" means the configuration, interfaces, custom reports, data conversion scripts, documents and any other work product prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's use, including formulas, ingredient prices, supplier information, production records and nutrient analyses.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's four feed mills in Zhoukou, Luohe, Xinxiang and Nanyang and at its head office, for up to 40 named users and unlimited formulation runs.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery purposes.
P:2.3 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services: installation of the Software on the Customer's servers; loading of the Customer's ingredient library and about 1,800 existing formulas; configuration of the nutrient matrices for swine, poultry and aquaculture feeds; interfaces with the Customer's ERP system for ingredient prices and inventory and with the batching control systems of the four mills; custom reports; and training.
P:3.2 Training comprises three on-site courses for nutritionists and two courses for mill supervisors and IT staff, with Chinese interpretation supplied by the Vendor, and a set of training materials in English and Chinese.
P:3.3 The Vendor shall complete installation within 45 days and all services within 150 days after the Effective Date, according to the project plan in Schedule 2.
P:3.4 The Vendor shall assign a named project manager with at least five years of experience in feed formulation projects. The project manager shall not be replaced without the Customer's prior approval.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,660,000, inclusive of applicable taxes in China, consisting of: Software licence fee CNY 1,260,000; implementation and interfaces CNY 340,000; training CNY 60,000.
P:4.2 The Customer shall pay: (a) 20% of the total price within 10 business days after the Effective Date against the Vendor's invoice; (b) 45% after installation of the Software at all four mills; and (c) 35% within 15 business days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account of the Vendor's designated collection agent in China. Each party bears its own bank charges.
P:4.4 Prices are fixed for the duration of the services and shall not be adjusted for exchange rate movements.
H:Article 5 Acceptance
P:5.1 After completing the services, the Vendor shall notify the Customer in writing that the Software is ready for acceptance testing.
P:5.2 The acceptance criteria are: (a) all functions listed in Schedule 1 operate as specified; (b) formulation results for 60 reference formulas selected by the Customer match the Customer's verified results within a tolerance of 0.5% on each nutrient; (c) the ERP and batching interfaces transfer prices, inventory and batch tickets without error for 20 consecutive working days; (d) a least-cost optimisation with 120 ingredients and 45 nutrient constraints completes within 10 seconds; and (e) all documentation has been delivered.
P:5.3 If the criteria are met, the Customer shall sign a Final Acceptance certificate within 10 business days. If they are not met, the Vendor shall correct the defects at its own cost and the test shall be repeated. Installation, productive use or any payment shall not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Deliverables will perform substantially in accordance with their specifications for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct all defects and provide updates, upgrades and technical support free of charge.
P:6.2 Severity 1 incidents (formulation engine unavailable or batching interface down at any mill) shall be responded to within 1 hour and resolved or worked around within 8 hours. Severity 2 incidents shall be responded to within 2 hours and resolved within 2 business days. Severity 3 incidents shall be answered within 1 business day.
P:6.3 For each hour by which the Vendor exceeds a response or resolution time for a Severity 1 incident, the Vendor shall grant the Customer a credit of CNY 1,200, deducted from the next payment or paid on demand.
P:6.4 After the warranty period the Customer may purchase annual support at a fee of 11% of the Software licence fee, that is CNY 138,600 per year. This fee is fixed for the first three years after the warranty period and may thereafter increase by no more than 3% per year. Support covers the same services and response times as the warranty.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software.
P:7.2 All rights in the Deliverables, including source code of interfaces, conversion scripts and report definitions, belong to the Customer upon creation. The Customer may use, modify and license the Deliverables freely. The Vendor may reuse general know-how that does not contain Customer Data or Confidential Information.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, analyse, retain or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel approved by the Customer, with named accounts, multi-factor authentication and session logging. The Vendor shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 2 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate remedial action, and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including formulas, ingredient costs, supplier terms and the Vendor's product roadmap, and shall use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to Article 7.3, Article 8 or Article 9, or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, less the value of Deliverables that the Customer chooses to keep.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement shall be governed by and construed in accordance with the laws of the State of Iowa, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the exclusive jurisdiction of the state courts located in Emmet County, Iowa, and the parties consent to that jurisdiction.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.2 This Agreement, with Schedule 1 (Functional Specification) and Schedule 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is signed in English and Chinese; both versions have equal force.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
E02 = """# ORDER FORM — FieldOps Cloud Subscription

**Order Form No. LFO-2027-CN-0112**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing below, the Customer and the Vendor agree to both parts.

## PART A — ORDER DETAILS

### A1. Parties

**Vendor:** Lakeshore FieldOps, Inc., a Delaware corporation with its principal place of business at 2210 Hill Avenue, Spirit Lake, Iowa 51360, United States.

**Customer:** Qingdao Haiwen Heating Engineering Co., Ltd., a company incorporated in the People's Republic of China, registered address 88 Jiangxi Road, Shinan District, Qingdao, Shandong Province.

**Order Effective Date:** the date of the last signature below.

### A2. Subscribed Service

FieldOps Cloud, Professional edition, a software-as-a-service platform for field service management, including work-order dispatch, technician scheduling, mobile job app (Android and iOS), spare-parts tracking, customer portal, maintenance contract management and service analytics. The Service is hosted for the Customer in the Alibaba Cloud mainland China (Shanghai) region operated under the Vendor's hosting arrangement.

Quantity: 250 named users (technicians, dispatchers and supervisors). Additional users may be added at the same unit price, pro rata for the remaining Subscription Term.

### A3. Subscription Term

The Subscription Term is twenty-four (24) months, beginning on the Service Start Date, which is the date the Customer confirms Onboarding Acceptance under Section 4 of Part B, and consists of Subscription Year 1 and Subscription Year 2. This Order Form does not renew automatically. Any extension requires a new order form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding and data migration (one-time) | fixed | 96,000 |
| Subscription Year 1 | 250 users × CNY 1,680 | 420,000 |
| Subscription Year 2 | 250 users × CNY 1,680 | 420,000 |
| **Total fees under this Order Form** | | **936,000** |

All amounts include Chinese value-added tax. Prices are fixed for the Subscription Term.

### A5. Invoicing and Payment

(a) On the Order Effective Date the Vendor will invoice the one-time onboarding fee of CNY 96,000 and the Subscription Year 1 fee of CNY 420,000. Both amounts are payable within 15 days after the invoice date, and the Vendor will begin onboarding only after receiving them.

(b) The Subscription Year 2 fee is invoiced on the first day of Subscription Year 2 and is payable within 30 days.

(c) Payments are made in CNY to the bank account in China designated by the Vendor.

### A6. Onboarding Scope and Go-Live Date

The Vendor will configure the Service, migrate about 38,000 customer site records, 6,400 equipment records and two years of work-order history from the Customer's existing system, build an interface with the Customer's Kingdee ERP for spare-parts stock and invoicing, and deliver two training sessions for dispatchers and four for technicians in Qingdao. The target Go-Live Date is 70 days after the Order Effective Date.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2. 1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including customer names, addresses, contact details, equipment data, work orders, photos and signatures. 1.3 "Customer Deliverables" means the configurations, workflows, report templates, the ERP interface and migration scripts prepared by the Vendor for the Customer.

### 2. Access and Use

2.1 During the Subscription Term the Vendor grants the Customer a non-exclusive right to access and use the Service for its internal business purposes. 2.2 The Customer shall keep user credentials secure and is responsible for the acts of its users.

### 3. Service Levels

3.1 The Vendor shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 Beijing time.

3.2 Incidents are classified as follows. Priority 1: the Service or the mobile app is unavailable or dispatch cannot be performed for all users; response within 30 minutes and restoration within 3 hours. Priority 2: a major function is impaired; response within 2 hours and resolution within 1 business day. Priority 3: other issues; response within 1 business day.

3.3 If monthly availability falls below the commitment, the Customer is entitled to a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. A missed Priority 1 response time entitles the Customer to a credit of CNY 1,000 per occurrence. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

3.4 Support is provided in Chinese through a hotline, e-mail and the support portal, seven days a week for Priority 1 incidents.

### 4. Onboarding and Acceptance

4.1 When onboarding is complete, the Vendor shall give written notice and the Customer shall test the Service. The acceptance criteria are: (a) all functions listed in A2 work for the configured workflows; (b) migrated records reconcile with the source system, with no missing or duplicate records; (c) the ERP interface synchronises stock and invoice data correctly for 10 consecutive business days; and (d) the mobile app loads a work order within 3 seconds on a 4G connection.

4.2 The Customer shall confirm acceptance in writing within 10 business days or list the failed criteria, which the Vendor shall correct before a repeated test. Use of the Service for training or testing does not constitute acceptance.

4.3 If Onboarding Acceptance is not achieved by the Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 700 for each day of delay, up to a total of CNY 50,000.

### 5. Customer Data and Security

5.1 The Customer owns all Customer Data. The Vendor shall process Customer Data only to provide the Service and perform this Order Form, and shall not use it for any other purpose, including product analytics, benchmarking or training of models.

5.2 The Vendor shall maintain an information security programme certified to ISO/IEC 27001 and keep the Service's Chinese deployment filed at MLPS level 3. Customer Data shall be encrypted in transit and at rest, stored only in mainland China, and backed up daily to a second availability zone.

5.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours after discovery, provide a written incident report, take remedial measures, and compensate the Customer for losses caused by the Vendor's failure to comply with this Section.

5.4 Within 30 days after the end of the Subscription Term the Vendor shall return all Customer Data in CSV and attachment form and then delete it, with written confirmation.

### 6. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and not disclose it to third parties, except to employees and advisers who need to know it and are bound by similar obligations. These obligations survive for three years after the Subscription Term ends.

### 7. Intellectual Property

7.1 The Vendor retains all rights in the Service and its underlying software. 7.2 The Customer Deliverables belong to the Customer, which may use, modify and license them without restriction.

### 8. Subprocessors and Subcontractors

The Vendor shall not engage any subprocessor or subcontractor to process Customer Data or perform onboarding without the Customer's prior written consent. The hosting provider named in A2 is approved by signature of this Order Form.

### 9. Term, Suspension and Termination

9.1 This Order Form is non-cancellable. The Customer may not terminate this Order Form or any Subscription Year before its end, whether for convenience or for any failure of the Service, and the fees are non-refundable. The service credits under Section 3 and the amounts under Section 4.3 are the Customer's sole and exclusive remedies for any service failure or delay.

9.2 The Vendor may suspend the Service or terminate this Order Form if the Customer fails to pay any undisputed invoice within 30 days after a written reminder.

9.3 The Vendor may also terminate this Order Form with immediate effect if the Customer uses the Service in violation of applicable law.

### 10. Liability

The Vendor's aggregate liability under this Order Form shall not exceed 150% of the total fees under this Order Form. Neither party is liable for indirect or consequential loss, except for breach of Sections 5 or 6.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

Notices shall be in writing and sent to the addresses in A1. Neither party may assign this Order Form without the other party's written consent. Part A prevails over Part B if they conflict. This Order Form is signed in English and Chinese, and both versions have equal force.

**Vendor:** Lakeshore FieldOps, Inc. — Signature: __________  Date: __________

**Customer:** Qingdao Haiwen Heating Engineering Co., Ltd. — Signature: __________  Date: __________
"""
E03 = """T:Supply and Licence Contract for Grain Storage Monitoring System
P:Contract No. JH-CG-2027-031
P:Buyer: Suihua Jinhe Grain Storage Co., Ltd., No. 16 Beilin Road, Suihua, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Nodaway Valley Sensing LLC, 115 East Main Street, Clarinda, Iowa 51632, United States (the "Supplier").
P:This Contract is made on the Buyer's standard form. The Buyer operates six grain storage depots with steel silos and flat warehouses. The Buyer wishes to purchase grain temperature and moisture sensing equipment, wireless gateways, weather stations and a monitoring software licence, together with installation, integration and training. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensor cables, gateways, weather stations and accessories listed in Clause 2.
P:1.2 "Software" means the BinWatch monitoring software, version 7, including the server application, web console, mobile alarm app and aeration control module.
P:1.3 "System" means the Equipment and Software installed, configured and integrated at the six depots.
P:1.4 The Supplier shall supply the Equipment, license the Software, install and commission the System at the six depots, integrate it with the Buyer's grain inventory management system and the aeration fan controllers, and train the Buyer's staff.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,992,000, inclusive of all taxes, duties, freight, insurance and customs clearance to the depots. The price is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature and moisture sensor cables|480|1,850|888,000
TB:2|Wireless bin gateways|36|6,400|230,400
TB:3|Depot weather stations|6|18,500|111,000
TB:4|BinWatch monitoring software, perpetual licence (six depots)|1|420,000|420,000
TB:|Equipment and Software subtotal|||1,649,400
TB:5|Installation and commissioning|1|212,000|212,000
TB:6|Integration with inventory system and fan controllers|1|96,000|96,000
TB:7|Training|1|34,600|34,600
TB:|Contract Price|||1,992,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange rates, material costs or freight rates.
H:3. Payment
P:3.1 The Buyer shall pay 20% of the Contract Price as an advance within 15 days after receiving the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 45% of the Contract Price after all Equipment has been delivered and installed at the six depots. Delivery and installation do not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:3.4 All payments shall be made in CNY to the Supplier's account with a bank in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the depots within 60 days after the Contract takes effect and complete installation and commissioning within 110 days after the Contract takes effect. Installation inside silos shall be scheduled when the silos are empty or partly filled, in coordination with each depot.
P:4.2 The Supplier shall comply with the Buyer's safety rules for work at height and in confined spaces, and is responsible for the safety of its personnel.
P:4.3 The Supplier shall deliver installation drawings, sensor position maps, configuration files, user and maintenance manuals in Chinese, and test records.
P:4.4 The Buyer shall provide access to the depots, electrical power at each gateway location, space in its server room, a server environment meeting the Supplier's published requirements, and a contact person at each depot. The Buyer shall inform the Supplier at least seven days in advance of any period in which a silo cannot be entered.
P:4.5 Title to the Equipment passes to the Buyer on delivery to each depot. Risk of loss passes on Final Acceptance.
H:5. Acceptance
P:5.1 Final Acceptance shall be carried out after a trial operation of 45 days. The acceptance criteria are: (a) every sensor point reports valid readings, with no more than two failed points per depot, all of them replaced before acceptance; (b) temperature readings are accurate to within ±0.5°C and moisture readings within ±0.8 percentage points compared with calibrated reference instruments at 30 sample points; (c) alarms for temperature rise reach the mobile app within 60 seconds; (d) the interface with the inventory system synchronises bin contents daily without error for the whole trial operation; and (e) automatic aeration runs according to the configured strategies at each depot.
P:5.2 If the criteria are met, the Buyer shall sign the Final Acceptance certificate. If not, the Supplier shall remedy the defects within 15 days and the test shall be repeated at the Supplier's cost. Use of the System during the trial operation is not acceptance.
H:6. Warranty
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour, travel and Software updates.
P:6.2 For a Priority 1 fault (monitoring of a whole depot lost, or false or missing alarms), the Supplier shall respond within 1 hour by telephone or remote access and arrive on site within 24 hours if remote resolution fails. Priority 2 faults shall be responded to within 3 hours and fixed within 3 days.
P:6.3 For each hour by which the Supplier exceeds a Priority 1 response or arrival time, the Supplier shall pay the Buyer CNY 800.
P:6.4 The Supplier shall keep spare sensor cables and gateways equal to at least 2% of the installed quantities in Harbin during the warranty period.
P:6.5 The Supplier shall recalibrate a sample of the sensor cables at each depot once a year during the warranty period and replace any cable whose readings drift beyond the accuracy stated in Clause 5.1.
H:7. Support after Warranty
P:7.1 After the warranty period, the Supplier shall, at the Buyer's option, provide annual support with the same scope and response times as during the warranty period.
P:7.2 The annual support fee is 9% of the Equipment and Software subtotal, that is CNY 148,446 per year. This fee is fixed for three years after the warranty period ends and may not be increased by the Supplier.
P:7.3 Support after warranty includes Software updates, remote assistance, an annual site inspection of each depot and replacement of failed gateways and sensor cables at the Supplier's cost.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, irrevocable licence to use it at its depots.
P:8.2 All configurations, interface programs with their source code, aeration strategies, reports and documents developed for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:9. Data Security
P:9.1 All grain condition data, inventory data and depot information belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The System shall be installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN with logging. The Supplier shall not copy data outside the Buyer's network.
P:9.3 The Supplier shall report any security incident within 2 hours, take remedial measures and be liable for losses caused by its breach of this Clause.
P:9.4 The Supplier shall ensure that the mobile alarm app and web console use encrypted connections and individual user accounts with role-based permissions, and shall deliver security patches for the Software within 15 days after a vulnerability becomes known.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's depots, stock levels, layouts and business obtained under this Contract, and shall not disclose it to any third party without the Buyer's written consent, during the Contract and for five years afterwards.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier may use a local installation contractor only with the Buyer's prior written consent, and remains responsible for the contractor's work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay exceeds 60 days.
P:13.2 On termination under Clause 13.1 the Supplier shall refund the amounts paid for Equipment and services that have not been accepted, and shall remove uninstalled Equipment at its own cost if the Buyer so requests.
P:13.3 Neither party is liable for failure caused by force majeure, provided that it notifies the other party within five days and provides evidence. If force majeure lasts more than 90 days, either party may terminate the Contract by written notice.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:15. Miscellaneous
P:15.1 This Contract takes effect upon signature and seal by both parties. Annex 1 (Technical Specification) and Annex 2 (Depot List) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed IT Services Agreement

**Agreement No. PRMS-CZ-2027-02**

This Managed IT Services Agreement (the "Agreement") is entered into between:

**Changzhou Ruitai Precision Machinery Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered address at 27 Hehai Road, Xinbei District, Changzhou, Jiangsu Province (the "Customer"); and

**Prairie Ridge Managed Services, LLC**, an Iowa limited liability company with its principal office at 830 Braden Avenue, Chariton, Iowa 50049, United States, acting through its service centre in Suzhou (the "Provider").

## Section 1. Background and Definitions

1.1 The Customer manufactures precision machine components at two plants in Changzhou and employs about 900 staff. The Customer wishes to outsource the day-to-day operation of its IT infrastructure to the Provider for a fixed term.

1.2 In this Agreement: "Services" means the services described in Schedule 1; "Service Levels" means the levels set out in Schedule 2; "Service Credits" means the credits calculated under Schedule 3; "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Provider receives or can access in performing the Services; "Transition" means the takeover of the Services from the Customer's internal IT team as described in Section 3; "Service Commencement Date" means the date of Transition Acceptance.

## Section 2. Term

2.1 This Agreement takes effect on signature. The Services shall be provided for a term of thirty-six (36) months from the Service Commencement Date (the "Term").

2.2 This Agreement expires at the end of the Term. Any extension shall be agreed in writing by both parties; there is no automatic renewal.

## Section 3. Transition

3.1 The Provider shall carry out the Transition within 60 days after signature. Transition includes the inventory of all devices and applications in scope, documentation of the current configuration, setup of monitoring tools, knowledge transfer from the Customer's IT team, and the takeover of the service desk.

3.2 Transition Acceptance requires that: (a) the asset inventory covers all items listed in Schedule 1 and is reconciled with the Customer's records; (b) all servers and network devices in scope report to the Provider's monitoring platform; (c) the service desk has handled tickets for ten consecutive business days in parallel with the Customer's team, with at least 95% of tickets meeting the Schedule 2 response times; and (d) the operations manual and escalation contacts have been approved by the Customer.

3.3 The Customer shall confirm Transition Acceptance in writing within five business days or state the failed requirements, which the Provider shall correct before a new review.

3.4 If Transition Acceptance is not achieved within 60 days after signature for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 2,600 per day until acceptance is achieved.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 1: a one-time Transition fee of CNY 124,000 and a monthly service charge of CNY 86,000 for 36 months. The total contract price is CNY 3,220,000, including value-added tax.

4.2 The Transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, after the Provider has delivered the monthly service report. The Customer shall pay each invoice within 30 days after receipt.

4.3 The charges are fixed for the Term. Additional devices beyond the volume bands in Schedule 1 are charged at the unit rates stated there.

## Section 5. Service Delivery

5.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2. If a Service Level is missed, the Customer is entitled to the Service Credits in Schedule 3, which are deducted from the next monthly invoice.

5.2 The Provider shall assign a named service delivery manager, maintain at least two engineers on site at the Customer's main plant during working hours, and provide remote coverage from its Suzhou service centre at all other times.

5.3 The Provider shall follow the Customer's change management procedure. Changes to production systems require the Customer's prior approval, except emergency changes needed to restore a service, which shall be reported within one business day.

5.4 The Provider shall deliver a monthly service report showing Service Level performance, ticket statistics, capacity trends and recommended improvements, and shall attend a monthly review meeting.

## Section 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell, license or otherwise exploit it.

6.2 At the end of the Term the Provider shall hand over all documentation, configuration records and credentials to the Customer or its new provider.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public technical, commercial and personal information received from the other party, including drawings, process data, pricing, customer lists and network information, and shall not disclose it to third parties without prior written consent.

7.2 These obligations continue for five years after the end of the Term.

## Section 8. Intellectual Property

8.1 The Provider's tools and methods remain the Provider's property. 8.2 Scripts, runbooks, configuration templates, reports and other deliverables prepared specifically for the Customer belong to the Customer, which may use, modify and license them freely, including by a successor provider.

## Section 9. Personnel and Subcontracting

9.1 The Provider shall use qualified personnel and replace any person whom the Customer reasonably objects to.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.

## Section 10. Liability

10.1 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the charges paid by the Customer in the six (6) months immediately preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. The limitation in Section 10.1 does not apply to personal injury or wilful misconduct.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Service Credits reach the maximum in Schedule 3 in any three months of a rolling six-month period.

11.2 Either party may terminate if the other becomes insolvent. On any termination the Provider shall continue the Services for up to 90 days at the Customer's request, at the then current monthly charge, to support the exit.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force.

## Section 13. General

13.1 Neither party is liable for delay caused by force majeure, provided that it gives prompt notice and takes reasonable steps to limit the effect.

13.2 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing. This Agreement is signed in English and Chinese; both versions are equally authentic.

## Schedule 1 — Services and Charges

| Service | Scope | Volume band | Monthly charge (CNY) |
|---|---|---|---|
| Service desk | Chinese and English, 7×24 telephone, portal and e-mail | up to 950 users | 24,000 |
| End-user device management | Laptops, desktops, printers, imaging, software distribution | up to 1,050 devices | 21,500 |
| Server and storage operations | Windows and Linux servers, virtual platform, storage arrays | up to 85 servers | 18,500 |
| Network operations | Core and access switches, Wi-Fi, firewalls, WAN links | two plants | 13,000 |
| Backup management | Daily backup jobs, restore tests, tape rotation | all servers in scope | 6,000 |
| Service management | Delivery manager, reporting, change management | — | 3,000 |
| **Total monthly charge** | | | **86,000** |
| Transition (one-time) | As described in Section 3 | — | 124,000 |

Additional devices beyond a volume band: CNY 20 per laptop or desktop per month; CNY 210 per server per month.

## Schedule 2 — Service Levels

| Measure | Service Level |
|---|---|
| Availability of core network and virtual server platform | 99.95% per calendar month, excluding approved maintenance |
| Priority 1 incident (plant production systems or core network down) | response within 15 minutes, restoration within 2 hours |
| Priority 2 incident (a site, department or key application degraded) | response within 1 hour, restoration within 8 hours |
| Priority 3 incident (single user or device) | response within 2 business hours, resolution within 2 business days |
| Service requests | 90% fulfilled within 3 business days |
| Backup jobs | every scheduled job checked daily, failed jobs rerun the same day |

## Schedule 3 — Service Credits

| Service Level missed | Service Credit |
|---|---|
| Availability below commitment | 5% of the monthly charge for each 0.1 percentage point below the commitment |
| Priority 1 response or restoration missed | CNY 2,000 per incident |
| Priority 2 restoration missed | CNY 600 per incident |
| Service requests or backup rate below target | 2% of the monthly charge |
| Maximum credits per month | 20% of the monthly charge |

Signed by the authorised representatives of the parties:

**For the Customer:** ____________________  **For the Provider:** ____________________
"""
E05 = """MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No. MCD-API-2027-018

This Market Data API Subscription Agreement (the "Agreement") is made between Dalian Beigang Grain and Oilseed Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 19 Gangwan Street, Zhongshan District, Dalian, Liaoning Province (the "Customer"), and Monroe County Commodity Data, Inc., an Iowa corporation with its principal office at 104 Benton Avenue East, Albia, Iowa 52531, United States (the "Vendor").

BACKGROUND

The Vendor compiles and distributes agricultural market data, including cash grain bids, basis levels, crop condition estimates, export inspection data and weather-adjusted yield models for the United States and South America, through its AgPulse application programming interface. The Customer imports soybeans, corn and sorghum and wishes to subscribe to the AgPulse API for use in its trading, procurement and risk management systems.

1. DEFINITIONS

1.1 "API" means the AgPulse REST and streaming interfaces, the related documentation and the client libraries made available by the Vendor.

1.2 "Licensed Data" means the data, models, estimates and reports delivered through the API.

1.3 "Customer Data" means all data that the Customer or its users submit to the API or the Vendor's systems, including watch-lists, uploaded positions and contract volumes for the exposure alert feature, user account information, API keys and the logs of the Customer's queries.

1.4 "Subscription Year" means each of the two consecutive annual periods of the subscription, the first beginning on the Start Date and the second on the first anniversary of the Start Date.

1.5 "Start Date" means the date on which the Customer confirms Integration Acceptance under Clause 5.

1.6 "Integration Deliverables" means the connector between the API and the Customer's trading system, the data mapping tables, the three risk dashboards and the related documentation prepared by the Vendor for the Customer.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Licensed Data for its internal business purposes, by up to 60 named users and up to five million API calls per month.

2.2 The Customer may store Licensed Data in its internal systems and use it in internal reports, and may share reports containing insubstantial extracts of Licensed Data with its banks, auditors and regulators.

2.3 The Customer shall not resell or publicly redistribute the Licensed Data.

2.4 The Vendor may update the content and format of the API, provided that it gives the Customer at least 60 days' notice of any change that is not backward compatible and keeps the previous version available during that period.

3. INTEGRATION SERVICES

3.1 The Vendor shall develop and install the Integration Deliverables, map the Licensed Data to the Customer's commodity and location codes, and train the Customer's traders and risk analysts in two sessions in Dalian.

3.2 The Vendor shall complete the integration services and make the production API available to the Customer within 50 days after signature of this Agreement.

4. FEES AND PAYMENT

4.1 The fees are: (a) integration services, one-time: CNY 42,000; (b) subscription fee for Subscription Year 1: CNY 368,000; (c) subscription fee for Subscription Year 2: CNY 386,400. The total contract price for the two Subscription Years, including the integration services, is CNY 796,400, inclusive of value-added tax.

4.2 The integration fee is payable within 20 days after Integration Acceptance. Each subscription fee is invoiced on the first day of the relevant Subscription Year and is payable within 20 days after the invoice date.

4.3 API calls above the monthly allowance are charged at CNY 0.80 per thousand calls, invoiced quarterly in arrears.

4.4 The fees for the two Subscription Years are fixed and shall not be increased during this Agreement.

5. INTEGRATION ACCEPTANCE

5.1 The Vendor shall notify the Customer when the Integration Deliverables are ready for testing. The acceptance criteria are: (a) all data sets listed in Annex A are delivered through the API with the documented fields and update frequencies; (b) the connector loads end-of-day data into the trading system for ten consecutive business days without manual correction; (c) prices delivered through the API match the Vendor's published reference values for a sample of 200 data points selected by the Customer; and (d) the three risk dashboards display the agreed indicators.

5.2 The Customer shall confirm Integration Acceptance in writing within seven business days after the test period or notify the failed criteria. The Vendor shall correct them and repeat the test. Access to the API for testing does not constitute acceptance.

5.3 If the production API is not available and Integration Acceptance is not achieved within the period in Clause 3.2 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 520 for each day of delay.

6. SERVICE AND SUPPORT

6.1 The Vendor will use commercially reasonable efforts to make the API available to the Customer and to update the Licensed Data in a timely manner.

6.2 The Vendor will provide technical support by e-mail and through its support portal during its normal business hours and will respond to support requests as promptly as practicable.

6.3 The Vendor may interrupt the API for maintenance and will try to give advance notice of planned maintenance.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the API and perform this Agreement and shall not use it for any other purpose, including the compilation of market data, benchmarks or analytics offered to other customers.

7.2 The Vendor shall protect Customer Data by appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control for its personnel, logging of administrative access and annual penetration tests by an independent tester. Uploaded positions shall be stored in a logically separate database and deleted within 30 days after the end of this Agreement.

7.3 The Vendor shall notify the Customer within 48 hours after becoming aware of any unauthorised access to, disclosure of or loss of Customer Data, provide the available details, take immediate remedial measures and cooperate with the Customer's investigation. The Vendor is liable for all losses suffered by the Customer as a result of its breach of this Clause 7.

8. INTELLECTUAL PROPERTY

8.1 The API and the Licensed Data remain the property of the Vendor and its licensors.

8.2 The Integration Deliverables, including the connector source code and mapping tables, belong to the Customer upon delivery. The Customer may use, modify and license them freely, including for connecting to other data sources.

8.3 The Vendor shall indemnify the Customer against any third-party claim that the use of the API or the Licensed Data in accordance with this Agreement infringes that party's rights.

9. WARRANTIES

9.1 The Vendor warrants that it has the right to grant the subscription in Clause 2 and that the Licensed Data is compiled with reasonable skill and care from sources it believes to be reliable.

9.2 The Licensed Data is provided for information purposes. Trading decisions remain the responsibility of the Customer.

10. LIABILITY

10.1 The Vendor's total liability under this Agreement shall not exceed twice the total contract price stated in Clause 4.1.

10.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct or breach of Clause 7.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 The Vendor shall not subcontract the integration services or the hosting of Customer Data to any third party without the Customer's prior written consent.

11.2 Neither party may assign this Agreement without the prior written consent of the other party.

12. TERM AND TERMINATION

12.1 This Agreement takes effect on signature and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the prepaid subscription fee for the remaining part of the current Subscription Year.

12.3 On expiry or termination the Customer shall stop using the API. The Customer may keep Licensed Data already stored in its internal systems for its records and regulatory retention.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The arbitral award is final and binding.

14. GENERAL

14.1 Neither party is liable for failure or delay caused by force majeure, including failures of public networks outside its control, provided that it gives notice promptly.

14.2 Notices shall be given in writing to the addresses stated above or to the e-mail addresses designated by the parties.

14.3 This Agreement, with Annex A (Data Sets) and Annex B (Integration Plan), is the entire agreement of the parties. It is signed in English and Chinese, and both versions have equal force.

For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# design: key -> (file, fmt, lang, category, terms, extra, fee_base, forum_outside, design_rules)
DESIGN = {
    "z01": ("h1022z01_civil_affairs_orphan_support_platform.pdf", "pdf", "zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 25, True, True, 24, 10,
              False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2218000), 860000, False, []),
    "z02": ("h1022z02_lunchbox_factory_line_control_retrofit.docx", "docx", "zh", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 28,
              False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1800000), 1480000, False,
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("h1022z03_draughts_chain_booking_membership_saas.txt", "txt", "zh", "cloud",
            T(99.5, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
              True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=644000),
            None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("h1022z04_urban_management_street_vending_ai_om.txt", "txt", "zh", "services",
            T(99.95, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
              False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
            None, False, ["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
    "z05": ("h1022z05_oil_paper_fan_studio_tracking_supplier_template.md", "md", "zh", "software",
            T(None, 8, False, "supplier", True, True, True, None, 10, 65, False, False, 6, None,
              False, True, None, None, G),
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=440000), 168000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("h1022e01_feed_formulation_perpetual_licence_estherville.pdf", "pdf", "en", "software",
            T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
              False, True, False, "Iowa", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1660000), 1260000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("h1022e02_field_service_saas_order_form_spirit_lake.md", "md", "en", "cloud",
            T(99.95, 0.5, True, "buyer", True, True, True, 700 / 936000 * 100, 150, (96000 + 420000) / 936000 * 100,
              True, None, None, None, False, False, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=936000),
            None, False, ["CR-PREPAYMENT", "CR-TERMINATION"]),
    "e03": ("h1022e03_grain_bin_sensors_monitoring_licence_clarinda.docx", "docx", "en", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 9,
              False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1992000), 1649400, False, []),
    "e04": ("h1022e04_managed_it_services_36_months_chariton.md", "md", "en", "services",
            T(99.95, 0.25, True, "buyer", False, True, True, 2600 / 3220000 * 100, 6 / 36 * 100, None, True, None,
              None, None, False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3220000),
            None, False, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": ("h1022e05_grain_market_data_api_subscription_albia.txt", "txt", "en", "cloud",
            T(None, None, False, "buyer", True, True, False, 520 / 796400 * 100, 200, None, True, None, None, None,
              False, True, False, "PRC", S),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=796400),
            None, False, ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, fee_base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base itemised."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * fee_base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, fee_base, forum_outside):
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low" if not rules else "low"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"four\s*-?\s*hours?", r"(?<![十])四\s*个?\s*小时",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五", r"百分之零点零五",
    r"(?<![\d.])100" + PCT, r"百分之(?:一)?百",
    r"(?<![\d.])30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"(?<![\d.])40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"四成",
    r"(?<![\d.])15" + PCT, r"百分之十五",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月|calendar\s*months?)", r"twelve\s*(?:\(12\)\s*)?-?\s*(?:calendar\s*)?months?",
    r"十二\s*个?\s*月", r"\bone\s*-?\s*year\b", r"(?<![\d])1\s*-?\s*year\b", r"(?<![第每])一年(?![级度])",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "within 4 hours", "4小时内响应", "四小时", "4 个小时", "0.05%", "0.05 % per day", "万分之五",
            "100%", "100 percent", "30%", "百分之三十", "40 %", "百分之四十", "15%", "百分之十五", "12 months",
            "12个月", "十二个月", "twelve months", "twelve (12) months", "four hours", "one year", "一年", "12-month"]
MUST_MISS = ["99.95%", "99.99", "24 hours", "24小时", "7×24小时", "二十四小时", "0.5%", "0.08%", "150%", "130%",
             "35%", "2027年12月31日", "12.2", "第十二条", "115%", "0.15%", "12 hours", "14 hours", "400%",
             "万分之五十", "Year 1 fee", "2.4 hours", "120 days", "each year", "万分之八", "一年度"]


def scan_ok(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for v in variants:
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(v)]
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan_ok(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan_ok(s), ("must miss", s, scan_ok(s))


# ---------------------------------------------------------------- build and read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append(" ".join(c.text for c in row.cells))
        return "\n".join(lines)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def thresholds_in_label(t, x, fee_base):
    bad = []
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
              ("post_warranty_fee_pct", 15)]
    for k, th in checks:
        v = t[k]
        if v is not None and abs(v - th) < 1e-9:
            bad.append(k)
    share = tco_share(t, x, fee_base)
    if share is not None and abs(share - 40) <= 2:
        bad.append("tco_share")
    return bad


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    targets = {}
    for key, d in DESIGN.items():
        name, fmt = d[0], d[1]
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
        else:
            targets[key] = (name, fmt)
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    fired = set()
    for key, (name, fmt, lang, cat, t, x, fee_base, forum_outside, design_rules) in DESIGN.items():
        path = OUT / name
        text = read_back(path)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        hits = scan_ok(text)
        assert not hits, (name, hits)
        assert not thresholds_in_label(t, x, fee_base), (name, thresholds_in_label(t, x, fee_base))
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        else:
            assert "post_warranty_fee_capped" in x
        rules = derive(t, x, fee_base, forum_outside)
        assert rules == sorted(design_rules), (name, rules, design_rules)
        fired |= set(rules)
        share = tco_share(t, x, fee_base)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%-62s %-3s len=%5d risk=%-6s tco=%s rules=%s" % (name, lang, n, risk(rules),
              "-" if share is None else "%.1f%%" % share, ",".join(r[3:] for r in rules) or "(none)"))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    compliant = [k for k, d in DESIGN.items() if not d[8]]
    assert sorted(compliant) == ["e03", "z01"], compliant
    print("all 20 rules fire; all checks passed")


if __name__ == "__main__":
    main()
