"""Builds the .docx and .pdf contracts of holdout84 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are plain files.
PDFs are broken into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H84Z01 = """
T:云岭省特种设备安全监管平台建设项目合同书
P:合同编号：YLSJ-ZC-2025-0317
P:采购项目编号：YLZC2025-GK-0862（公开招标）
P:甲方（采购人）：云岭省市场监督管理局
P:乙方（供应商）：杭州衡安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，甲乙双方经协商一致，就云岭省特种设备安全监管平台建设项目订立本合同。
H:第一条 项目内容
P:1.1 乙方负责云岭省特种设备安全监管平台的建设，包括硬件设备供货、平台基础软件许可、定制开发、历史数据迁移、部署实施与培训，覆盖全省锅炉、压力容器、压力管道、电梯、起重机械、客运索道、大型游乐设施、场（厂）内专用机动车辆八类特种设备的监管业务。
P:1.2 定制开发内容包括：使用登记与变更注销、检验检测机构数据对接、电梯应急处置（96333）联动、气瓶充装追溯、移动执法APP、风险预警模型和监管驾驶舱，详见附件1《功能需求清单》。
P:1.3 平台部署于云岭省政务云，硬件设备安装于甲方指定的政务云机房，并与国家市场监管总局特种设备信息系统按规定对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰壹拾捌万元整（¥3,180,000.00），为固定总价，包含设备、软件、开发、迁移、运输、安装、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|应用服务器|6台|98,000|588,000
TB:2|分布式存储|1套|416,000|416,000
TB:3|服务器密码机|2台|73,500|147,000
TB:4|平台基础软件许可（永久授权）|1套|620,000|620,000
TB:—|软硬件小计|||1,771,000
TB:5|定制开发|1项|1,086,000|1,086,000
TB:6|历史数据迁移|1项|188,000|188,000
TB:7|部署实施与培训|1项|135,000|135,000
TB:合计||||3,180,000
P:2.2 乙方已于合同签订前提交合同总价5%的履约保证金（人民币159,000元），最终验收合格后无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的25%作为预付款，即人民币795,000元。
P:3.2 设备到货安装完成且系统初验合格后，甲方支付合同总价的40%，即人民币1,272,000元。设备到货签收仅表示数量清点，不视为验收。
P:3.3 系统试运行期满、最终验收合格后，甲方支付合同总价的35%，即人民币1,113,000元。
P:3.4 乙方每次请款前应提交合法有效的增值税发票。甲方逾期付款的，每日按逾期金额的万分之三向乙方支付违约金。
H:第四条 工期
P:4.1 乙方应在合同签订后60日内完成硬件到货安装，150日内完成全部开发、数据迁移与部署并提交初验申请。
P:4.2 乙方应在合同签订后15日内提交项目实施方案，经甲方确认后执行；因甲方原因导致工期延误的，工期相应顺延。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具备信息系统项目管理师资格，未经甲方书面同意不得更换。乙方每周向甲方报送项目周报，重大问题随时报告。
P:4.4 乙方应对甲方及各地市市场监管部门的系统管理员、业务骨干开展培训，培训不少于三期，每期不少于两天，并提供操作手册、管理员手册和培训视频。
H:第五条 验收
P:5.1 初验：乙方完成部署后，甲方按附件1逐项测试，所列功能须全部实现；500个并发用户下页面平均响应时间不超过3秒；历史数据迁移后记录数一致，并经抽样核对无差错。
P:5.2 初验合格后系统进入三个月试运行。试运行期间一级故障不得超过一次，并须通过第三方网络安全等级保护（三级）测评和商用密码应用安全性评估。
P:5.3 试运行期满，甲方组织最终验收并邀请专家参加，出具书面验收报告。系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件升级及缺陷修复，并每季度进行一次巡检。
P:6.2 质保期内平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:6.3 故障分级及响应时限如下：
TB:故障等级|定义|响应时间|到场时间|修复时间
TB:一级|平台整体中断或核心业务无法办理|30分钟|2小时|8小时
TB:二级|部分功能异常，影响部分地市使用|1小时|6小时|24小时
TB:三级|一般问题或使用咨询|8小时|次一工作日|3个工作日
P:6.4 乙方响应、到场或修复超时的，每超时1小时，甲方可从履约保证金或应付款中扣减人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。
P:6.5 质保期满后，如甲方需要，乙方提供维保服务，年度维保费不超过软硬件小计的9%（即每年不超过人民币159,390元），质保期满后三年内不得上调。维保服务另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围包括甲方及全省各级市场监管部门。
P:7.2 本合同定制开发形成的软件、源代码、接口程序、数据库设计及技术文档，知识产权归甲方所有。乙方应在最终验收时交付完整源代码，甲方有权自行或委托第三方修改和使用。
H:第八条 数据安全
P:8.1 平台中的设备登记信息、检验检测数据、企业信息及个人信息等全部数据归甲方所有，乙方仅为履行本合同处理上述数据，不得用于其他任何目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护三级要求；运维人员须经甲方审批，通过堡垒机操作并全程审计，不得将数据复制、下载至政务云以外。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履行合同过程中获知的甲方工作秘密、监管信息、系统账号及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交初验申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或修复，并承担由此产生的全部费用。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同全部或部分义务转让或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）逾期超过30日；（二）验收两次不合格；（三）发生严重数据安全事件；（四）有其他严重违约行为，经书面催告后15日内未纠正。
P:12.2 合同解除后，乙方应退还已收取的相应款项，并赔偿甲方损失。
H:第十三条 不可抗力
P:13.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在不可抗力发生后3日内通知对方，并在15日内提供证明，履行期限相应顺延。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件：1.功能需求清单；2.招标文件；3.投标文件。
P:甲方（盖章）：云岭省市场监督管理局        乙方（盖章）：杭州衡安信息技术有限公司
P:签订日期：2025年  月  日
"""

H84Z03 = """
T:信托财富管理系统SaaS服务协议
P:协议编号：CH-SaaS-2025-NL-019
P:甲方（客户）：南岭国际信托有限公司
P:乙方（服务商）：上海澄衡云科技有限公司
P:甲方拟使用乙方提供的财富管理SaaS服务支持其信托产品销售和客户服务。双方根据《中华人民共和国民法典》及相关法律法规，经协商一致，订立本协议。
H:第一条 服务内容
P:1. 乙方通过其"澄衡财富云"SaaS平台向甲方提供信托财富管理服务，模块包括：客户关系管理、合格投资者认定、产品适当性匹配、销售双录（录音录像）管理、电子签约、客户端小程序及理财经理移动工作台。
P:2. 乙方负责平台与甲方TA登记过户系统、信托核心业务系统及统一身份认证系统的接口对接，并将甲方现有CRM系统中约6.8万名客户的数据迁移至平台。
P:3. 平台部署于乙方在上海的金融云专区，甲方可开通的账号数不超过600个。
P:4. 乙方应为甲方指定一名客户成功经理和一名技术负责人，负责需求沟通、版本发布通知及问题协调，并在每季度末与甲方召开服务回顾会议。
P:5. 平台功能随乙方产品版本持续升级，升级不得减少甲方已使用的功能，不得另行收费。涉及甲方业务流程变化的升级，乙方应提前十个工作日通知甲方并提供测试环境。
H:第二条 服务期限与续期
P:1. 订阅服务期为三年，自上线验收合格之日起计算。
P:2. 服务期满前六十日内任何一方未书面提出不续约的，本协议自动续期一年，此后亦同。续期年度的订阅费由乙方根据其当年价格体系确定，上调幅度不超过上一年度订阅费的8%。
H:第三条 费用及支付
P:1. 年度订阅费为人民币陆拾捌万元（¥680,000），三年合计人民币2,040,000元。
P:2. 一次性实施费（接口对接、数据迁移、配置及培训）为人民币236,000元。
P:3. 本协议合同总价为人民币贰佰贰拾柒万陆仟元整（¥2,276,000）。
P:4. 订阅费按季度支付。每季度结束后十五个工作日内，甲方根据乙方提交的当季服务报告支付当季订阅费人民币170,000元，并按第五条扣减。甲方不预付任何费用。
P:5. 实施费在上线验收合格后十五个工作日内一次性支付。
P:6. 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第四条 实施与上线验收
P:1. 乙方应在本协议签订后九十日内完成接口对接、数据迁移和系统配置，并提交上线验收申请。
P:2. 上线验收标准：（1）甲方确认的UAT测试用例全部通过，无一级、二级缺陷遗留；（2）迁移的客户数据与原系统逐条核对一致；（3）双录文件可完整回放并与产品合同编号准确关联；（4）与TA系统、核心业务系统的接口连续五个工作日对账无差异。
P:3. 验收合格后甲方出具书面上线验收确认书。平台开通或甲方试用均不视为验收合格。
P:4. 因乙方原因未按期提交上线验收申请的，每逾期一日，乙方按合同总价的万分之六向甲方支付违约金，累计不超过合同总价的10%。
H:第五条 服务水平
P:1. 平台月度可用率不低于99.95%，计划内维护须提前三个工作日通知甲方，并安排在非交易时段进行。
P:2. 故障分级响应：一级故障（平台无法登录，电子签约或双录功能中断）15分钟内响应、2小时内恢复；二级故障（部分功能异常）1小时内响应、8小时内恢复；三级故障（一般问题及咨询）一个工作日内响应。
P:3. 月度可用率每低于承诺值0.1个百分点，减免当月订阅费的5%，累计不超过当月订阅费的50%；一级故障恢复超时的，每次另减免当月订阅费的2%。减免金额从当季应付订阅费中扣除。
P:4. 乙方每月向甲方提供服务报告，内容包括可用率、故障及处理情况和安全事件情况。
P:5. 乙方提供7×24小时服务热线和在线工单系统。在信托产品集中发行期间，甲方可提前五个工作日书面通知乙方，乙方应安排专人值守并做好扩容准备。
H:第六条 知识产权
P:1. 平台及其软件的知识产权归乙方所有。
P:2. 乙方为甲方开发的接口程序、定制报表及业务流程配置成果归甲方所有，乙方应在上线验收时提交相关源代码和文档，甲方有权自行或委托第三方修改使用。
H:第七条 数据权属与使用
P:1. 甲方上传至平台或在平台中生成的客户信息、交易信息、双录音视频等数据（以下简称"甲方数据"）归甲方所有。
P:2. 甲方同意，乙方可在对甲方数据进行脱敏和汇总处理后，将其用于改进平台功能、训练客户画像模型以及编制行业分析报告；该项使用在本协议终止后仍可继续。
H:第八条 数据安全
P:1. 乙方平台须通过网络安全等级保护三级测评，甲方数据存储于中国境内，传输和存储均须加密，客户敏感信息字段加密存储、脱敏展示。
P:2. 乙方员工访问甲方数据须经授权并留存审计日志，日志保存期不少于六个月。
P:3. 发生数据泄露、丢失或被非法访问的，乙方应在两小时内通知甲方，配合甲方向监管机构报告并采取补救措施，并承担因其原因给甲方造成的损失。
P:4. 本协议终止后三十日内，乙方应将甲方数据完整返还甲方，并删除平台中的甲方数据。
H:第九条 甲方义务
P:1. 甲方应指定项目联系人，及时提供接口规范、测试数据和业务规则，并组织UAT测试。
P:2. 甲方应妥善管理平台账号和密码，及时办理离职人员账号注销；因甲方账号管理不当造成的损失由甲方承担。
P:3. 甲方应确保其上传的客户信息已依法取得客户授权或具有其他合法处理依据。
H:第十条 保密
P:1. 双方对履行本协议过程中获知的对方商业秘密、客户信息、产品信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本协议终止后五年内继续有效。
H:第十一条 责任限制
P:1. 除第八条约定的数据安全责任外，乙方在本协议项下的累计赔偿责任（含违约金）以责任事件发生前十二个月内甲方已支付的订阅费为限。
P:2. 任何一方均不对对方的间接损失承担责任。
H:第十二条 分包
P:1. 乙方使用的云基础设施服务商为阿里云（金融云），甲方签署本协议即视为同意。除此之外，乙方将本协议项下任何服务分包给第三方的，须事先取得甲方书面同意。
H:第十三条 协议解除
P:1. 一方严重违约，经另一方书面通知后三十日内未纠正的，另一方有权解除本协议。
P:2. 一个自然月内发生三次以上一级故障的，甲方有权解除本协议，并不承担任何违约责任。
P:3. 协议解除或服务期满不再续期的，乙方应配合甲方完成数据返还和业务迁移，迁移期间平台按原服务水平继续运行，迁移期最长九十日，费用按实际使用月数及原订阅费标准计收。
H:第十四条 不可抗力
P:1. 因不可抗力导致一方不能履行本协议的，该方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。电力中断、网络攻击等事件，乙方已按第八条采取安全措施仍无法避免的，按不可抗力处理，但乙方应立即启动应急预案。
H:第十五条 法律适用与争议解决
P:1. 本协议适用中华人民共和国法律。
P:2. 因本协议产生的争议，双方协商解决；协商不成的，提交上海仲裁委员会按其仲裁规则仲裁。
H:第十六条 其他
P:1. 本协议附件包括：服务功能清单、服务水平说明、接口规范、数据迁移方案。附件与本协议具有同等效力。
P:2. 本协议一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：南岭国际信托有限公司        乙方（盖章）：上海澄衡云科技有限公司
P:签署日期：2025年  月  日
"""

H84E02 = """
T:NAMELE CARGO SYSTEMS - ORDER FORM AND SUBSCRIPTION TERMS
P:Order Form No. NCS-OF-2025-0093
P:This Order Form is issued by Namele Cargo Systems Limited, a company registered under the Companies Act of the Republic of Vanuatu (company no. 40187), of Lini Highway, Port Vila, Efate, Vanuatu ("Namele", "we", "us"), to Zhejiang Donghai Island Air Co., Ltd., of Putuoshan Airport, Zhoushan, Zhejiang Province, People's Republic of China ("Customer", "you"). Part A sets out the commercial details of your subscription. Part B sets out the Subscription Terms that apply to it. By signing Part A you accept both parts.
H:PART A - ORDER DETAILS
P:A1. Service. CargoLink, our cloud cargo-booking platform for small and regional airlines: online cargo booking for shippers and forwarders, capacity control per flight, air waybill issue and printing, dangerous-goods acceptance checklist, cargo manifests and load messages for your weight-and-balance system, station handling screens and revenue reports.
P:A2. Scope. Five (5) stations (Zhoushan Putuoshan, Shengsi, Daishan, Ningbo and Shanghai Pudong cargo terminal), up to sixty (60) named users, and up to 1,500 air waybills per month. Air waybills above that number are charged at CNY 3.50 each, billed quarterly.
P:A3. Subscription Term. Thirty-six (36) months from the Subscription Start Date, which is the date on which we make the configured Service available to you in production.
P:A4. Fees (Chinese Yuan, CNY):
P:Subscription Fee: CNY 176,000 per Contract Year, CNY 528,000 for the Subscription Term.
P:Onboarding Fee (one time): CNY 34,000, covering configuration of your stations, flights and rate tables, the interface to your weight-and-balance system, and two days of online training.
P:Total Order Value: CNY 562,000 (excluding any waybill overage charges).
P:A5. Invoicing and payment. We will invoice the Onboarding Fee and the Subscription Fee for the first Contract Year on signature of this Order Form. That invoice is payable within fourteen (14) days and in any event before the Subscription Start Date; we begin configuration when it is paid. The Subscription Fee for each later Contract Year is invoiced thirty (30) days before that year begins and is payable in advance.
P:A6. Onboarding and Go-Live. We will make the configured Service available for your acceptance testing within sixty (60) days after we receive the first payment (the "Target Go-Live Date"). If we miss the Target Go-Live Date through our fault, we will pay you CNY 480 for each day of delay, up to a maximum of CNY 28,000.
P:A7. Go-Live acceptance. Before the Subscription Start Date you may run the acceptance tests in Schedule 1: end-to-end booking, air waybill printing at each station, dangerous-goods checklist, manifest and load message transfer to your weight-and-balance system on ten (10) live-like flights, and the revenue report reconciled to your test bookings. When the tests pass you will sign a Go-Live Certificate. Use of the Service for live flights before you sign it does not mean the Service has been accepted.
P:A8. Support contacts. Support desk: support@namelecargo.vu, +678 24 555 (24 hours for Severity 1).
P:Signed for Namele Cargo Systems Limited: ____________________  Name: Marie-Louise Kalsakau, Chief Executive Officer
P:Signed for Zhejiang Donghai Island Air Co., Ltd.: ____________________  Name and title: ____________________
H:PART B - SUBSCRIPTION TERMS
P:B1. Definitions. "Contract Year" means each period of twelve consecutive months starting on the Subscription Start Date or an anniversary of it. "Customer Data" means all data that you or your users enter into the Service or that the Service produces for you, including shipper and consignee details, bookings, waybills, manifests and revenue data. "Service" means CargoLink as described in Part A.
P:B2. Right to use. We grant you a non-exclusive, non-transferable right to use the Service for your own cargo business during the Subscription Term, within the scope in A2. You must not resell the Service or allow anyone other than your users and your appointed handling agents to use it.
P:B3. Service levels.
P:B3.1 Availability. We aim to keep the Service available 99.95% of each calendar month, excluding maintenance windows announced at least seventy-two (72) hours in advance and scheduled between 01:00 and 05:00 Vanuatu time.
P:B3.2 Support response. We will respond to support requests as follows: Severity 1 (the Service is unavailable or air waybills cannot be issued at any station) within eight (8) hours, at any time; Severity 2 (a major function is impaired) within one (1) business day; Severity 3 (other issues and questions) within three (3) business days. Business days are Monday to Friday, Port Vila time, excluding Vanuatu public holidays.
P:B3.3 Service credits. If availability in a calendar month is below the level in B3.1, you will receive a credit of 5% of one twelfth of the annual Subscription Fee for each 0.1 percentage point (or part) below that level, up to 25% of one twelfth of the annual Subscription Fee. You must claim the credit within thirty (30) days after the end of the month. Credits are applied to your next invoice.
P:B3.4 Your responsibilities. You are responsible for your users' log-in credentials, for the accuracy of the flight schedules, capacities and rates you load, and for the dangerous-goods decisions of your acceptance staff. CargoLink assists your staff; it does not replace their training or the regulations that apply to them.
P:B3.5 Updates. We release updates to CargoLink from time to time. We will give you at least fourteen (14) days' notice of any update that changes a screen your stations use, and we will not remove a function you use during the Subscription Term without your agreement.
P:B4. Customer Data.
P:B4.1 You own Customer Data. We use Customer Data only to provide the Service to you and for no other purpose.
P:B4.2 We host the Service with Amazon Web Services in its Sydney region. We encrypt Customer Data in transit and at rest, restrict access to named engineers who use multi-factor authentication, log all administrative access and keep daily backups for thirty (30) days.
P:B4.3 If we become aware of a breach of security leading to the loss of, or unauthorised access to, Customer Data, we will notify you within forty-eight (48) hours, investigate and take steps to contain it, and we are responsible for the losses you suffer because of our failure to comply with B4.2.
P:B4.4 At the end of the Subscription Term you may export Customer Data in CSV format for sixty (60) days, after which we will delete it.
P:B5. Subcontractors. Our hosting provider is named in B4.2 and you accept it by signing the Order Form. We will not use any other subcontractor to provide the Service without your prior written consent.
P:B6. Intellectual property. We own CargoLink and all improvements to it. Your rate tables, station set-ups, waybill and manifest templates and the reports configured for you belong to you; you may use, change and give them to any other provider.
P:B7. Confidentiality. Each party will keep the other party's confidential information confidential, use it only for the purposes of this agreement and disclose it only to staff and advisers who need to know it. This obligation lasts for three (3) years after the Subscription Term ends.
P:B8. Liability. Each party's total liability arising out of or in connection with this agreement is limited to two (2) times the Total Order Value. Neither party is liable for loss of profit, loss of business or indirect loss. Nothing limits liability for fraud or for death or personal injury caused by negligence.
P:B9. Term, renewal and termination.
P:B9.1 The subscription ends at the end of the Subscription Term. It may be renewed only by a new Order Form signed by both parties.
P:B9.2 Either party may terminate the subscription by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after written notice. If you terminate for our breach we will refund the prepaid Subscription Fee for the remaining months.
P:B9.3 If an undisputed invoice remains unpaid for more than thirty (30) days after we have sent you a written reminder, we may suspend access to the Service on seven (7) days' further written notice until payment is made. We will not delete Customer Data during a suspension.
P:B10. Force majeure. Neither party is liable for failure caused by events beyond its reasonable control, including cyclones, earthquakes, volcanic activity and failure of international submarine cables.
P:B11. Governing law and jurisdiction. These Subscription Terms and the Order Form are governed by the laws of the Republic of Vanuatu. The parties submit to the exclusive jurisdiction of the Supreme Court of Vanuatu sitting in Port Vila.
P:B12. General. These Subscription Terms and the Order Form are the entire agreement between us. If they conflict, the Order Form prevails. Any change must be in writing and signed by both parties.
"""

H84E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT - EXPELLER TEMPERATURE MONITORING SYSTEM
P:Contract No. MAE/2025/031
P:This Contract is made on ____ 2025 between:
P:MATANIKO AUTOMATION & ELECTRICAL LIMITED, a company registered in Solomon Islands (company no. 1-2207-18), of Ranadi Industrial Estate, Honiara, Guadalcanal, Solomon Islands (the "Contractor"); and
P:YESHU OILS (SOLOMON) LIMITED, a company registered in Solomon Islands and a subsidiary of Hainan Yeshu Oils Group Co., Ltd., operating the copra crushing mill at Lunga, Honiara (the "Purchaser").
P:The Purchaser's expellers overheat from time to time, which darkens the crude coconut oil and damages worm shafts. The Purchaser has asked the Contractor to supply and install a temperature monitoring system on its conditioners and expellers and to maintain it. The parties therefore agree as follows.
H:Article 1 Scope of Supply
P:1.1 The Contractor shall supply, install, calibrate and commission the temperature monitoring system described in Annex A (the "System"), comprising RTD probes with thermowells on the four expeller barrels, cages and discharge chokes and on the two steam conditioners, wireless transmitters, gateways, alarm panels with beacons, and the monitoring software licensed for one server and ten clients.
P:1.2 The Contractor shall configure the alarm set points, trend screens and shift reports agreed with the Purchaser's mill engineer and shall train the Purchaser's operators and electricians.
P:1.3 The Purchaser shall provide the server, the mill network connection, 240 V power at each panel position and access to the mill during scheduled stoppages.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 320,000 (three hundred and twenty thousand Chinese Yuan). At the Purchaser's group procurement requirement, all amounts in this Contract are stated and paid in CNY. The Contract Price is fixed and includes freight to Honiara, customs duty, goods tax and all costs of installation.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|PT100 RTD probe with stainless thermowell|24|2,150|51,600
TB:2|Wireless temperature transmitter|24|3,400|81,600
TB:3|Gateway with industrial switch|2|18,500|37,000
TB:4|Monitoring software licence (perpetual, 1 server, 10 clients)|1|64,000|64,000
TB:5|Alarm panel with beacon|6|4,300|25,800
TB:|Hardware and Licence Subtotal|||260,000
TB:6|Installation, cabling and commissioning|1|46,500|46,500
TB:7|Calibration certificates and operator training|1|13,500|13,500
TB:|Contract Price|||320,000
H:Article 3 Payment
P:3.1 The Purchaser shall pay the Contract Price as follows:
P:(a) twenty per cent (20%), CNY 64,000, within fourteen (14) days after signature, against the Contractor's invoice;
P:(b) forty-five per cent (45%), CNY 144,000, within fourteen (14) days after delivery to the mill and installation of all items, confirmed by a delivery note signed by the Purchaser's mill engineer, which is not acceptance;
P:(c) thirty-five per cent (35%), CNY 112,000, within fourteen (14) days after the Acceptance Certificate under Article 5 is signed.
H:Article 4 Delivery and Delay
P:4.1 The Contractor shall deliver and install the System within seventy-five (75) days after signature, using the mill's scheduled stoppage for the expeller work.
P:4.2 If the Contractor fails to complete installation by that date, it shall pay the Purchaser liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 5 Testing and Acceptance
P:5.1 After installation the Contractor shall carry out a Site Acceptance Test in the presence of the Purchaser's mill engineer. Each probe shall read within plus or minus 1.0 degree Celsius of a calibrated reference thermometer between 60 and 140 degrees Celsius; each alarm shall sound and light at its set point; and readings shall reach the monitoring screen within five (5) seconds.
P:5.2 After a successful Site Acceptance Test the System shall run for fourteen (14) consecutive days of milling with all readings logged and no Severity 1 fault.
P:5.3 When the Site Acceptance Test and the trial run are complete and the calibration certificates, as-built drawings and manuals have been delivered, the Purchaser shall sign the Acceptance Certificate. Delivery, installation or use of the System during milling does not constitute acceptance.
H:Article 5A Site Rules and Training
P:5A.1 The Contractor's staff shall follow the mill's safety rules, including lock-out and tag-out of expellers and conditioners, hot-work permits and the wearing of protective equipment. The Contractor shall carry public liability insurance and workers' compensation insurance for its staff at the mill for the duration of the work.
P:5A.2 The Contractor shall give two training sessions at the mill: one for operators on reading the screens and responding to alarms, and one for the Purchaser's electricians on probe replacement, transmitter battery change and recalibration. Training material shall be provided in English and Chinese.
P:5A.3 The Contractor shall keep in Honiara a stock of spare probes, transmitters and one spare gateway for the duration of the Warranty Period and any maintenance year.
H:Article 6 Warranty
P:6.1 The Contractor warrants the System against defects in materials, workmanship and software for twenty-four (24) months from the date of the Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Contractor shall repair or replace defective items and recalibrate probes free of charge.
H:Article 7 Maintenance Service and Fault Response
P:7.1 During the Warranty Period and any paid maintenance year, the Contractor shall visit the mill every quarter for inspection and recalibration and shall respond to faults reported by the Purchaser as follows:
TB:Severity|Description|Response|On site|Restoration
TB:Severity 1|No temperature reading or false alarms on a running expeller or conditioner|1 hour|3 hours|12 hours
TB:Severity 2|Loss of trends, reports or one client screen|6 hours|next working day|3 working days
TB:Severity 3|Questions, set-point changes, minor defects|next working day|as agreed|10 working days
P:7.2 For each hour by which the Contractor exceeds the Severity 1 on-site or restoration time, the Purchaser may deduct CNY 300 from the next payment due to the Contractor, or claim it from the Contractor during the Warranty Period.
P:7.3 After the Warranty Period the Purchaser may order annual maintenance by purchase order. The annual maintenance fee is 9.5% of the Hardware and Licence Subtotal, that is CNY 24,700 per year, fixed for the first three maintenance years. Maintenance does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The monitoring software remains the property of its publisher and is licensed to the Purchaser perpetually for use at the mill.
P:8.2 The alarm logic, screens, reports and configuration files prepared for the Purchaser belong to the Purchaser, which may modify them or have them modified by others.
H:Article 9 Data Security
P:9.1 Temperature readings, alarm logs and production data recorded by the System belong to the Purchaser and are stored on the Purchaser's server. The Contractor shall use them only to perform this Contract.
P:9.2 The Contractor may connect remotely only through the Purchaser's VPN, with the mill engineer's approval for each session, and shall not copy data off the Purchaser's network. The Contractor shall change all default passwords before commissioning.
P:9.3 The Contractor shall inform the Purchaser within twenty-four (24) hours of any unauthorised access or loss of data it becomes aware of, and shall be responsible for any loss caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's information received under this Contract, including the Purchaser's mill layout, production volumes and oil quality data, and shall not disclose it without written consent, during this Contract and for three (3) years after it ends.
H:Article 11 Liability
P:11.1 The Contractor's total liability under this Contract is limited to one hundred and fifty per cent (150%) of the Contract Price, except for death, personal injury, fraud and breach of Article 9.
H:Article 12 Subcontracting
P:12.1 The Contractor shall not subcontract any part of the work, including the cabling, without the Purchaser's prior written consent.
H:Article 13 Termination
P:13.1 The Purchaser may terminate this Contract by written notice if the Contractor commits a material breach and does not remedy it within twenty-one (21) days after written notice, or if the liquidated damages under Article 4.2 reach their maximum.
H:Article 13A Force Majeure
P:13A.1 Neither party is liable for delay or failure caused by cyclones, floods, earthquakes, civil unrest, port closure or other events beyond its reasonable control, provided it informs the other party within seven (7) days and takes reasonable steps to limit the effect. Delay in shipping from overseas suppliers is not force majeure unless caused by such an event.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of Solomon Islands.
P:14.2 The parties shall try to settle any dispute by negotiation. If a dispute is not settled within thirty (30) days, either party may refer it to the High Court of Solomon Islands at Honiara.
P:Annex A: System description and drawings. Annex B: Site Acceptance Test procedure.
P:For the Contractor: ____________________    For the Purchaser: ____________________
"""

SOURCES = {"h84z01": H84Z01, "h84z03": H84Z03, "h84e02": H84E02, "h84e03": H84E03}
TARGETS = {"h84z01": ("h84z01_market_regulation_special_equipment_platform.docx", "docx"),
           "h84z03": ("h84z03_trust_company_wealth_management_saas.pdf", "pdf"),
           "h84e02": ("h84e02_island_airline_cargo_booking_saas_vanuatu_vendor.pdf", "pdf"),
           "h84e03": ("h84e03_copra_mill_expeller_temperature_sensors_solomons.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
