"""holdout427: builds the ten blind ORDINARY draft contracts (sources below), writes their labels, reads every built file
back, measures lengths, scans for threshold figures and checks each draft's expected rules against the design list.
Run: /work/main/.venv/bin/python -B make_files.py  (from this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, compliant)
H427Z01 = """T:澄江市公路养护管理平台建设项目政府采购合同
P:合同编号：CJJT-ZFCG-2025-0617　　采购项目编号：CJCG2025-GK-0213
P:甲方（采购人）：澄江市交通运输局　　地址：澄江市滨江东路88号
P:乙方（供应商）：杭州路衡信息技术有限公司　　地址：杭州市西湖区文一西路522号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就澄江市公路养护管理平台（以下简称“平台”）的软件许可、定制开发、数据迁移及实施服务，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供路衡公路养护管理平台软件永久使用许可（不限用户数，部署于甲方政务云），并完成以下定制开发：病害巡查移动端APP、养护工程全过程管理模块、桥梁隧道定期检测数据接口、养护资金绩效分析报表。
P:1.2 乙方负责将甲方现有公路资产台账、历年病害记录及检测报告迁移至平台，并与省级公路数据中心、市应急指挥系统完成接口对接。
P:1.3 招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分，内容不一致时以本合同为准。
H:第二条 合同价格
P:本合同总价为人民币壹佰捌拾陆万元整（¥1,860,000），为含税固定总价，包括软件许可、开发、迁移、实施、培训、差旅及税费，甲方不再支付其他费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久使用许可|860,000
TB:2|定制开发（APP、工程管理、检测接口、绩效报表）|742,000
TB:3|数据迁移及系统对接|168,000
TB:4|实施部署及培训|90,000
TB:合计||1,860,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，计¥372,000。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%，计¥837,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥651,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款须履行财政支付程序，由此产生的合理时间不视为逾期。
H:第四条 交付进度
P:4.1 乙方应于合同签订后60日内完成平台部署，120日内完成全部定制开发并上线试运行，试运行期为60日。
P:4.2 乙方应按周报送项目进度，甲方有权随时检查开发与迁移进展。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格并常驻澄江，未经甲方同意不得更换。乙方应编制详细实施方案，经甲方审定后执行。
P:4.4 培训分为管理员培训和业务人员培训，覆盖市公路事业发展中心及各区县养护站，培训人数不少于150人次，乙方应提供培训教材并组织考核。
H:第五条 验收
P:5.1 初步验收在平台上线后进行，标准包括：全部功能符合招标文件技术要求；迁移数据经甲方逐表比对，记录数、字段值全部一致；与省级公路数据中心、市应急指挥系统接口连续10日无差错；500个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收在试运行期满后进行，标准包括：试运行期内无一级故障；取得第三方机构出具的网络安全等级保护测评报告（三级）及软件测试报告；源代码、技术文档和用户手册交付齐全。
P:5.3 验收由甲方组织，验收合格的，双方签署验收报告。平台上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新验收，费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前3日经甲方同意）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或数据丢失）30分钟内响应，2小时内到场；二级故障（主要功能不可用）1小时内响应，8小时内解决；三级故障2个工作日内解决。
P:6.3 一级、二级故障响应或到场每超时1小时，乙方支付违约金¥800；月度可用率每低于承诺值0.01个百分点，乙方支付违约金¥1,000，甲方可从应付款中直接扣除。
H:第七条 质量保证及后续维护
P:7.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需继续维护，每服务年度维护费不超过平台软件许可费的9%（即¥77,400），该标准在质保期满后三个服务年度内不上调。维护合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、源代码、接口、报表模板及文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码。甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的全部公路资产、病害及工程数据归甲方所有。乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》，对运维人员实行实名管理和最小权限，远程操作须经堡垒机并全程审计，不得将数据导出至甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:乙方对履行合同中知悉的甲方工作秘密、路网资料及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成上线或验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:本项目不得转包。未经甲方书面同意，乙方不得将任何部分分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用和争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在15日内提供证明，双方协商延期履行或解除合同。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：澄江市交通运输局　　代表：________　　日期：2025年6月17日
P:乙方（盖章）：杭州路衡信息技术有限公司　　代表：________　　日期：2025年6月17日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, Word price table)
H427Z02 = """T:造粒塔控制系统改造及维保合同
P:合同编号：HNHF-SB-2025-088
P:甲方：河南豫丰化肥有限公司（买方）
P:乙方：郑州中控恒达自动化工程有限公司（卖方）
P:鉴于甲方拟对二号尿素造粒塔原有控制系统进行改造，乙方具备相应的设计、供货、安装和维保能力，双方经协商，就改造项目及质保期满后的维保服务订立本合同。
H:一、项目范围
P:（一）乙方负责二号造粒塔DCS控制站、I/O模块、现场仪表、变频器及电气柜、操作员站和工程师站的供货，并提供DCS组态软件及先进控制（APC）软件模块的永久使用许可。
P:（二）乙方负责控制方案设计、组态编程、安装调试、与全厂DCS及能源管理系统的通讯对接，以及操作人员培训。
P:（三）改造须利用甲方年度大修停车窗口实施，停车窗口为2025年9月10日至9月28日。
P:（四）乙方应派驻项目经理一名、自控工程师两名常驻现场，项目经理须具有化工自动化项目经验并取得注册安全工程师或同等资格。
P:（五）改造方案须经甲方技术部门和安全部门审查，涉及安全仪表系统（SIS）联锁的修改须履行甲方变更管理程序。
H:二、合同价格
P:（一）合同总价为人民币贰佰肆拾贰万元整（¥2,420,000），含税，包括设备、软件、运输、保险、安装、调试及培训费用。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制站及I/O模块|1套|1,020,000
TB:2|现场仪表（温度、压力、料位、流量）|1批|386,000
TB:3|变频器及电气柜|1批|274,000
TB:4|操作员站及工程师站|4台|96,000
TB:5|DCS组态软件及APC软件永久许可|1套|284,000
TB:|设备及软件小计||2,060,000
TB:6|工程设计与组态编程|1项|186,000
TB:7|安装调试|1项|148,000
TB:8|培训|1项|26,000
TB:|合同总价||2,420,000
P:（二）质保期满后的维保费用按本合同第八条执行，不包含在合同总价内。
H:三、付款方式
P:（一）合同生效后15日内，甲方支付合同总价的10%作为预付款（¥242,000）。
P:（二）设备全部到货并经开箱检验合格后，甲方支付合同总价的55%（¥1,331,000）。开箱检验只核对数量、型号和外观，不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%（¥847,000）。
H:四、交货与安装
P:（一）乙方应于2025年8月31日前将全部设备运至甲方厂区指定库房，并在停车窗口内完成安装、接线和单体调试。
P:（二）乙方现场人员应遵守甲方危险化学品企业的安全管理制度，办理动火、登高等作业票证。
P:（三）乙方应在停车窗口前完成控制系统工厂验收测试（FAT），甲方派员参加。FAT通过后设备方可发运。
P:（四）停车窗口内，乙方完成旧系统拆除、新系统安装、回路测试和联锁测试，并在开车前提交调试记录，经甲方确认后方可投料开车。
P:（五）设备的包装、运输、装卸及到货前的保险由乙方负责，设备在甲方签收前的毁损灭失风险由乙方承担。
H:五、验收
P:（一）系统开车后连续运行72小时无停车，且满足以下标准的，甲方组织最终验收：主要控制回路投自动率不低于95%；造粒塔出口温度波动不超过±2℃；颗粒合格率（2.00–4.75mm）不低于92%；控制系统无一级故障；组态程序、控制逻辑说明及竣工图纸交付齐全。
P:（二）验收合格的，双方签署最终验收证书。开车运行或甲方付款不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
H:六、服务水平
P:（一）一级故障（造粒塔控制系统失控或非计划停车）：乙方30分钟内响应，2小时内到达现场；二级故障（单回路或单台设备故障）：2小时内响应，8小时内到场处理。
P:（二）乙方到场每超时1小时，向甲方支付违约金¥2,000，甲方可在应付款中扣除。
H:七、质量保证
P:（一）质保期为最终验收合格之日起十八个月，质保期内设备、软件的维修、更换及升级均免费。
P:（二）质保期内因设备质量问题导致非计划停车的，乙方除免费修复外，还应赔偿甲方直接损失。
P:（三）质保期内乙方每季度到厂进行一次预防性检查，检查控制站冗余切换、电源、接地及仪表零点，并提交检查报告。
H:八、质保期满后的维保
P:（一）质保期满后，乙方提供驻厂维保服务，包括两名驻厂工程师、每季度预防性维护、备品备件及软件升级。
P:（二）维保费按服务年度计算，每服务年度为设备及软件小计的26%，即¥535,600，按季度支付。该费用在质保期满后三个服务年度内固定不变。
P:（三）维保期间乙方驻厂工程师实行倒班值守，配合甲方生产调度，参与装置开停车及事故处理；每服务年度末提交维保总结报告，列明故障统计、备件消耗及改进建议。
P:（四）维保服务由双方在质保期满前60日内签订维保协议，协议价格按本条第（二）项执行。
P:（五）驻厂工程师须遵守甲方劳动纪律，接受甲方生产部门的考勤管理。
H:九、知识产权
P:（一）DCS及APC标准软件的知识产权归其权利人所有，甲方享有永久使用许可。
P:（二）乙方为本项目编制的组态程序、控制逻辑、画面及技术文档的知识产权归甲方所有，甲方可自行修改或交由第三方使用。
H:十、数据安全
P:（一）控制系统产生的全部生产工艺数据归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方审批，通过甲方堡垒机接入并全程录像，禁止将工艺数据拷贝出厂区。乙方应对带入现场的移动介质进行病毒查杀。
P:（三）因乙方原因造成数据泄露、控制系统被入侵或生产事故的，乙方应在1小时内报告甲方，并承担全部赔偿责任。
H:十一、保密
P:乙方对甲方的工艺参数、配方、图纸及其他商业秘密负有保密义务，合同终止后仍然有效。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:（二）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:十三、分包
P:乙方可将仪表安装、电缆敷设及土建配合工作分包给具备资质的单位，但应提前书面通知甲方，并对分包工作承担全部责任。
H:十四、合同解除
P:乙方严重违约且经甲方书面催告后10日内未纠正的，甲方有权解除合同并要求赔偿损失。
H:十五、法律适用及争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交郑州仲裁委员会仲裁。
H:十六、培训与文档
P:乙方应对甲方操作人员、仪表维护人员进行分层培训，培训不少于40课时，并交付操作手册、维护手册、控制逻辑说明、回路图及备件清单。
H:十七、不可抗力
P:因不可抗力导致合同不能按期履行的，受影响一方应及时通知对方，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:十八、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：河南豫丰化肥有限公司　　授权代表：________　　2025年7月8日
P:乙方（盖章）：郑州中控恒达自动化工程有限公司　　授权代表：________　　2025年7月8日
"""

# ---------------------------------------------------------------- z03 (txt, 1. 1.1, SaaS)
H427Z03 = """健身门店会籍及课程管理SaaS服务合同

合同编号：LD-SAAS-2025-031
甲方（客户）：上海力动健身管理有限公司
乙方（服务商）：深圳云练科技有限公司

鉴于甲方在上海、苏州、杭州经营31家连锁健身门店，需要统一的会籍、课程预约、私教排课及收银管理系统；乙方提供“云练”门店管理SaaS服务。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方31家门店提供“云练”SaaS服务，包括会员档案、会籍卡种、团课及私教预约、教练排班、前台签到、收银对账、营销券及经营报表功能，并提供会员端微信小程序。
1.2 乙方负责实施服务：系统配置、会员端小程序定制（甲方品牌界面、积分商城、体测报告页面）、门禁闸机及收银设备对接、历史会员数据迁移和门店人员培训。
1.3 服务期为三个服务年度，自2025年8月1日起至2028年7月31日止。每个服务年度自8月1日起算。

1.4 乙方应指定一名客户成功经理作为甲方的固定对接人，负责需求沟通、版本更新通知和月度运营回顾。乙方发布的新功能对甲方免费开放，不额外收费。
1.5 甲方负责提供门店清单、历史数据导出文件和门禁、收银设备的接口资料，并指定项目负责人配合实施。

2. 费用
2.1 订阅费按门店数计算，每家门店每服务年度¥6,800，31家门店每服务年度合计¥210,800，三个服务年度合计¥632,400。
2.2 实施费：小程序定制及系统实施¥96,000，历史数据迁移¥18,600，合计¥114,600，为一次性费用。
2.3 合同总价为¥747,000（含税）。服务期内新增门店的，按每家门店每服务年度¥6,800另行计费。

2.4 订阅费已包含云资源、短信通知（每家门店每月不超过3,000条）、系统升级和在线客服，乙方不得另行收取。超出短信条数的部分按每条¥0.06元结算。

3. 付款
3.1 订阅费按季度结算，甲方在每个季度结束后15日内支付该季度订阅费¥52,700。
3.2 实施费在系统通过上线验收后15日内一次性支付。
3.3 乙方应在付款前开具增值税专用发票。

4. 实施与上线
4.1 乙方应于2025年8月1日起45日内完成全部31家门店的配置、设备对接、数据迁移和培训，实现全部门店上线。
4.2 上线验收标准：31家门店全部可正常办理会籍、预约、签到和收银；迁移的会员、余额、剩余课时与甲方原系统逐条核对一致；小程序在2,000名会员同时预约时页面响应时间不超过3秒；门禁闸机识别并放行时间不超过1秒。
4.3 验收由甲方运营部组织，合格后双方签署上线验收单。个别门店先行使用不视为验收合格。
4.4 乙方未按4.1约定期限完成全部门店上线的，每逾期一日向甲方支付违约金¥600。

4.5 培训：乙方为每家门店的店长、前台和教练提供线上培训，为甲方总部运营及财务人员提供现场培训各两次，并提供操作视频和使用手册。
4.6 上线后30日为陪跑期，乙方安排专人在线支持门店日常操作，并每周提交问题清单及处理情况。

5. 服务水平
5.1 乙方承诺SaaS服务月度可用率不低于99.5%，计划维护应安排在每日凌晨1:00至5:00之间并提前48小时通知甲方。
5.2 故障分级：一级故障（全部或多家门店无法签到、预约或收银）30分钟内响应，3小时内恢复；二级故障（单个门店或单个功能异常）2小时内响应，当日解决；三级故障（咨询及优化建议）3个工作日内答复。
5.3 月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障恢复每超时1小时，乙方支付¥500。抵扣金额从下一季度订阅费中扣减。

5.4 乙方每月5日前向甲方提交上月服务报告，内容包括月度可用率、故障清单、响应及恢复时间、抵扣金额计算和改进措施。双方每季度召开一次服务评审会。

6. 会员数据与个人信息保护
6.1 甲方会员的个人信息、消费记录、体测数据及经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他用途，不得向任何第三方提供。
6.2 乙方应依照《个人信息保护法》《数据安全法》落实以下措施：数据存储于中国境内的云服务器；身份证号、手机号等敏感信息加密存储；按最小必要原则设置后台权限，操作日志保存不少于六个月；每服务年度提供一次第三方渗透测试报告。
6.3 发生会员信息泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向主管部门报告，并承担由此给甲方造成的全部损失，包括对会员的赔偿和行政罚款。
6.4 合同终止后30日内，乙方应将全部数据以甲方指定格式交还甲方，并在甲方确认后彻底删除。

6.5 乙方不得在甲方会员端小程序中投放任何第三方广告。

7. 知识产权
7.1 云练SaaS平台及其标准功能的知识产权归乙方所有。
7.2 为甲方定制的小程序界面、积分商城、体测报告页面、报表模板及相关设计稿的知识产权归甲方所有，甲方可自由使用、修改或交由第三方开发维护。

8. 续期
8.1 服务期届满前60日内双方均未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
8.2 续期时，乙方有权根据市场情况调整订阅费单价，但每次上调幅度不超过上一服务年度单价的8%，乙方应在续期前30日书面通知甲方。

9. 分包
9.1 未经甲方书面同意，乙方不得将本合同项下任何服务分包或转包给第三方。经同意分包的，乙方对分包方的行为承担连带责任。

10. 违约与解除
10.1 乙方连续两个月月度可用率低于承诺值，或发生会员数据泄露，或有其他严重违约行为且在甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还已付未履行部分的费用并赔偿损失。
10.2 甲方逾期支付订阅费超过30日的，乙方可书面催告，但不得因此停止服务。

10.3 因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，不可抗力持续超过30日的，双方均可解除本合同，甲方按实际服务期间结算费用。
10.4 合同终止或解除后，乙方应配合甲方将数据迁移至甲方指定的新系统，迁移期间乙方继续按原标准提供服务，迁移期不超过60日，期间订阅费按日折算。

11. 法律适用和争议解决
11.1 本合同适用中华人民共和国法律。
11.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

12. 其他
12.1 本合同附件：附件一《门店清单》，附件二《功能清单》，附件三《上线验收单》。
12.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：上海力动健身管理有限公司（盖章）
授权代表：__________　　日期：2025年7月15日

乙方：深圳云练科技有限公司（盖章）
授权代表：__________　　日期：2025年7月15日
"""

# ---------------------------------------------------------------- z04 (txt, （1）, 运维 service)
H427Z04 = """人防指挥信息系统年度运维服务合同

项目名称：南平市人民防空办公室指挥信息系统年度运维服务
采购方式：竞争性磋商　　项目编号：NPRF-CS-2025-07
甲方：南平市人民防空办公室
乙方：福建闽安通信技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方人防指挥信息系统的运行维护服务订立本合同，共同遵守。

（1）服务对象
甲方人防指挥中心的指挥调度平台、视频会议系统、警报控制终端、卫星及短波通信设备、机房动力环境监控系统，以及下属六个区县人防指挥所的通信链路和终端设备。设备清单见附件一。

（2）服务期限
服务期自2025年9月1日起至2026年8月31日止。期满后甲方根据采购程序另行确定服务单位，本合同不自动续期。

（3）服务内容
乙方提供以下服务：
1．驻场运维：派驻一名具备通信工程中级以上职称的工程师，工作日在指挥中心值守，负责日常监控、故障处理和值班记录。
2．定期巡检：每月对指挥中心全部设备巡检一次，每季度对六个区县指挥所巡检一次，巡检后5个工作日内提交巡检报告及整改清单。
3．链路和视频会议维护：保障指挥中心与区县指挥所、上级人防部门之间的专线及视频会议畅通。
4．备品备件：提供附件二所列备品备件，损坏件的更换费用包含在合同价内。
5．应急保障：配合甲方开展防空警报试鸣、人防演练和重大活动通信保障，每次提前到岗。

6．技术支持：协助甲方完成指挥信息系统的软件补丁更新、病毒库升级和配置优化，重大变更须事先提交方案，经甲方批准后实施，并做好回退准备。
7．档案管理：建立设备台账、故障记录和配置变更记录，每月向甲方提交运维月报，内容包括设备运行状况、故障统计、巡检发现的问题及整改建议。

（4）人员要求
乙方应组建不少于5人的运维服务团队，其中项目负责人1名、驻场工程师1名、通信工程师2名、视频会议工程师1名。团队人员名单及资质证明作为合同附件，人员应相对稳定，更换须提前10日书面报甲方同意，替换人员资质不得低于原人员。乙方人员进入人防工程须遵守甲方出入登记、保密和安全管理规定。

5．乙方人员应参加甲方组织的保密教育和安全培训，服务期内不得在未经甲方审查的单位兼职。

（5）合同价格
合同总价为人民币肆拾陆万捌仟元整（¥468,000），为服务期内的固定包干价。分项：指挥中心系统巡检及维护¥126,000；驻场运维¥168,000；通信链路及视频会议维护¥92,000；备品备件¥54,000；应急保障及演练支持¥28,000。

上述价格已包含乙方人员工资、社保、交通、通讯、工具仪表、备件运输及税费等全部费用，服务期内不作调整。甲方因工作需要增加设备的，双方参照上述单价协商确定增加费用，签订补充协议。

（6）付款方式
服务费按季度支付。每季度末甲方对乙方服务进行考核，考核合格后15个工作日内支付当季服务费¥117,000。考核得分低于80分的，按考核办法扣减当季服务费。本合同不设预付款。

乙方应在收到付款前开具增值税普通发票，发票抬头为南平市人民防空办公室。

（7）服务水平
1．故障分级：一级故障指指挥调度平台、警报控制终端或上级专线中断；二级故障指单个区县指挥所链路或视频终端中断；三级故障指其他设备的一般性故障。
2．响应时限：一级故障，乙方接报后6小时内响应并到达现场，12小时内恢复；二级故障，乙方接报后8小时内响应，24小时内恢复；三级故障，2个工作日内处理完毕。
3．乙方响应或恢复每超时1小时，甲方从当季服务费中扣减¥500；因乙方原因造成警报试鸣或演练通信中断的，每次扣减¥5,000。

（8）考核与验收
1．季度考核按附件三《运维服务考核办法》进行，考核内容包括巡检完成率、故障响应及恢复时间、值班记录、文档完整性。
2．服务期满后，甲方组织年度验收，标准为：全年巡检按计划全部完成；一级故障均在规定时限内恢复；巡检报告、故障记录、配置变更记录及设备台账完整移交；系统运行状态良好并经甲方确认。年度验收合格后双方签署验收报告。

3．年度验收不合格的，乙方应在15日内整改，整改后仍不合格的，甲方有权扣减尾季度服务费并在下一采购周期中记录乙方不良履约情况。
4．考核结果作为甲方评价供应商履约能力的依据，甲方可在服务期内随时抽查乙方的服务记录。

（9）违约责任
1．乙方未按计划完成巡检，或未按期完成整改清单所列问题的，每逾期一日按合同总价的万分之二向甲方支付违约金。
2．乙方驻场人员擅自离岗或未经甲方同意更换的，每次支付违约金¥2,000。
3．甲方无正当理由逾期付款的，应按逾期金额每日万分之一支付违约金。

（10）数据安全
1．指挥信息系统中的全部数据、配置及日志均归甲方所有，乙方仅为运维目的接触，不得复制、留存或作其他使用。
2．乙方运维人员须通过甲方政审，签署安全责任书；运维操作须使用甲方专用运维终端，禁止使用个人设备及移动存储介质，禁止远程运维。
3．乙方应遵守国家人民防空、网络安全及数据安全的法律法规。因乙方原因导致数据泄露、系统被攻击或指挥通信中断的，乙方应立即报告甲方并承担全部法律责任和赔偿责任。

（11）保密
乙方及其人员对在服务中知悉的人防工程位置、指挥通信方案、设备配置及其他国家秘密和工作秘密负有保密义务。保密义务不因合同终止而解除。

（12）知识产权
乙方为本项目编制的运维手册、巡检报告、应急预案、配置脚本等成果的知识产权归甲方所有。

（13）分包
乙方不得将本合同服务转包或分包。

（14）合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并按实际服务期间结算费用，乙方赔偿甲方损失。

（15）法律适用和争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向南平市人民法院起诉。

（16）服务交接
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的新服务单位完成交接，移交设备台账、配置资料、账号口令、运维手册及未完成事项清单，并协助新服务单位熟悉系统。交接完成前，乙方应继续提供服务。交接情况须经甲方书面确认，乙方交还全部门禁卡、钥匙及甲方提供的运维终端。

（17）不可抗力
因不可抗力导致服务无法正常提供的，受影响一方应立即通知对方并采取措施减少损失。战备、演习等特殊时期，乙方应服从甲方统一调度，全力保障指挥通信。

（18）其他
本合同附件包括：设备清单、备品备件清单、运维服务考核办法、成交通知书。本合同一式五份，甲方三份，乙方二份，自签订之日起生效。

甲方（盖章）：南平市人民防空办公室　　代表：__________
乙方（盖章）：福建闽安通信技术有限公司　　代表：__________
签订日期：2025年8月20日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template, many problems)
H427Z05 = """# 智造云MES软件许可及实施服务合同

（广州智造云软件有限公司标准合同文本 V3.2）

合同编号：ZZY-MES-2025-1026

- 甲方（用户）：广东岭南凉茶饮料有限公司
- 乙方（供应商）：广州智造云软件有限公司

甲方因灌装车间生产管理需要，向乙方采购智造云MES软件许可及相关定制开发、实施服务。双方本着平等互利的原则，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智造云MES软件（标准版）永久使用许可，覆盖甲方四条凉茶灌装线（两条PET瓶线、两条易拉罐线）。

1.2 乙方根据甲方需求进行定制开发，包括：灌装机、杀菌机、贴标机PLC数据采集，批次追溯与一物一码，质检数据录入及放行，与甲方ERP系统的工单及物料接口。

1.3 乙方负责软件安装部署、基础数据配置、上线辅导及操作培训。

## 第二条 合同价款

合同总价为人民币壹佰壹拾壹万元整（¥1,110,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云MES软件永久许可（四条灌装线） | 560,000 |
| 2 | 定制开发（数采、追溯、质检、ERP接口） | 420,000 |
| 3 | 实施部署及培训 | 130,000 |
| | 合计 | 1,110,000 |

上述价款含增值税。甲方需求变更导致工作量增加的，费用另计。

## 第三条 付款方式

3.1 合同签订后7个工作日内，甲方支付合同总价的65%，即¥721,500。乙方收到该款项后启动项目。

3.2 软件上线运行后7个工作日内，甲方支付合同总价的35%，即¥388,500。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至款项付清。

## 第四条 实施周期

4.1 乙方在收到首笔款项后90日内完成软件部署和定制开发，并安排上线。

4.2 因甲方现场条件、设备接口资料或人员配合不到位导致的延误，实施周期相应顺延。

4.3 甲方应在合同签订后10个工作日内指定项目负责人，提供灌装线设备清单、PLC型号及通讯协议资料、ERP接口文档，并提供部署所需的服务器、网络及现场办公条件。

4.4 乙方按照标准实施方法论开展工作，包括需求调研、蓝图设计、系统配置、开发测试、数据准备、用户培训和上线切换七个阶段。需求调研结束后，双方签署需求确认书，需求确认书签署后甲方不得再提出新增需求，如确需变更，按第五条5.2处理。

4.5 甲方应保证数据采集所需的PLC通讯端口开放，并安排设备、质检、仓储等部门的关键用户全程参与实施。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。软件上线运行即视为甲方验收合格。

5.2 甲方在上线后提出的需求调整，按新增需求处理，费用另计。

## 第六条 质保期

6.1 质保期为软件上线之日起六个月。质保期内乙方提供免费的缺陷修复和远程技术支持。

6.2 因甲方操作不当、擅自修改配置或硬件环境变化导致的问题，不属于质保范围。

6.3 质保期内乙方每季度提供一次远程巡检，检查系统运行日志、数据库空间和接口运行情况，并向甲方发送巡检记录。

## 第七条 技术支持

7.1 乙方设立客服热线，工作时间为工作日9:00至18:00。

7.2 一级故障（整条灌装线数据采集中断或无法打印追溯码）：乙方接到报修后8小时内响应；二级故障：2个工作日内响应；其他问题：5个工作日内答复。

7.3 需要现场服务的，乙方根据工程师排期安排，差旅费由甲方承担。

## 第八条 质保期满后的服务

质保期满后，甲方如需继续获得技术支持和版本升级，应与乙方另行签订年度服务合同，服务费按乙方当年度发布的服务价格标准执行。

质保期满后甲方未签订年度服务合同的，乙方不再提供版本升级和远程支持；甲方临时需要服务的，按次收费，收费标准以乙方届时报价为准。

## 第九条 培训

乙方为甲方提供系统管理员培训和关键用户培训各一次，培训地点在甲方工厂，培训人数合计不超过30人。超出部分的培训按乙方培训收费标准另行计费。

## 第十条 知识产权

10.1 智造云MES软件及乙方为本项目开发的全部定制功能、源代码、接口程序和文档的知识产权均归乙方所有。

10.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对定制功能进行修改、反编译或提供给第三方使用。乙方可将定制功能纳入标准产品向其他客户提供。

10.3 乙方提供的标准产品升级包由甲方自行决定是否安装。

## 第十一条 数据

11.1 甲方的生产、质检及追溯数据归甲方所有，乙方仅为提供本合同约定的服务而访问，不作其他用途。

11.2 乙方远程维护须事先取得甲方同意并使用甲方提供的VPN账号，操作人员实名登记，不得下载或留存甲方数据。

11.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并承担相应赔偿责任。

## 第十二条 保密

双方对在合作中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。

## 第十三条 违约责任

13.1 乙方未按第四条约定期限上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

13.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

13.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十四条 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应在不可抗力发生后及时通知对方，并在合理期限内提供证明。不可抗力影响消除后，双方继续履行合同。

## 第十五条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

## 第十六条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十七条 通知

双方往来通知以书面形式送达合同首页所列地址，或发送至双方项目负责人的电子邮箱。一方联系方式变更的，应在3个工作日内通知对方，否则按原联系方式送达视为有效。

## 第十八条 其他

18.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

18.2 本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：广东岭南凉茶饮料有限公司　　代表签字：________　　日期：____年__月__日

乙方（盖章）：广州智造云软件有限公司　　代表签字：________　　日期：____年__月__日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Texas vendor, perpetual licences)
H427E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PSS-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 July 2025 between:
P:(1) Pecan Street Software, Inc., a Texas corporation with its principal office at 1100 Congress Avenue, Austin, Texas 78701, USA (the "Vendor"); and
P:(2) Jiangsu Huaxin Textile Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Binhu Road, Wujiang District, Suzhou, Jiangsu Province (the "Customer").
P:WHEREAS the Customer operates three weaving and dyeing plants in Suzhou and wishes to replace its paper-based maintenance records with a computerised maintenance management system; and WHEREAS the Vendor develops and licenses the "PecanCMMS" enterprise asset management software and provides implementation and support services, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means PecanCMMS version 9, the Mobile Technician module and the Spare Parts Inventory module, in object code, with their documentation.
P:1.2 "Custom Deliverables" means the SAP PM and MM interface, the plant-specific work order templates, the OEE and downtime reports, the data migration scripts and all other work product created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the start of productive use of the Licensed Software in all three plants. "Final Acceptance" has the meaning given in Article 6.
P:1.4 "Contract Price" means the total price stated in Article 3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software for up to 60 named users and 120 mobile technician users at the Customer's plants and offices in the People's Republic of China, for the Customer's internal business purposes.
P:2.2 The Vendor shall perform the implementation services described in Annex A: installation on the Customer's servers in Suzhou, configuration of asset hierarchies for about 4,800 machines, migration of historical maintenance records, development of the Custom Deliverables, user training and Go-Live support.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and invoiced in Chinese yuan (CNY). The Contract Price is CNY 1,800,000, inclusive of PRC taxes, made up as follows:
TB:Item|Description|CNY
TB:1|PecanCMMS perpetual licences (60 named users, 120 mobile users, two modules)|1,240,000
TB:2|Implementation services (configuration, migration, Go-Live support)|380,000
TB:3|SAP PM/MM interface and custom reports|146,000
TB:4|Training (administrators, planners, technicians)|34,000
TB:Total|Contract Price|1,800,000
P:3.2 The licence subtotal (item 1) is CNY 1,240,000. The Contract Price is fixed and covers all travel and expenses of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 180,000) within 20 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 990,000) within 20 days after delivery and installation of the Licensed Software on the Customer's servers in Suzhou. Installation does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 630,000) within 20 days after Final Acceptance.
P:4.4 Each invoice shall be a valid PRC VAT invoice issued by the Vendor's Shanghai branch.
H:Article 5 Schedule and Delay
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature of this Agreement, in line with the project plan in Annex B.
P:5.2 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. The Customer may deduct such damages from any payment due.
H:Article 6 Acceptance
P:6.1 After Go-Live the system shall run in productive use for 45 days (the "Stabilisation Period"). Final Acceptance shall be granted when all of the following criteria are met: (a) all functions listed in Annex A work as specified; (b) the migrated records reconcile with the source records by count and by sampled content, with no unresolved discrepancy; (c) the SAP interface transfers work orders, notifications and material reservations without error for 20 consecutive working days; (d) the mobile application performs within 3 seconds per screen for 120 concurrent users; and (e) no Severity 1 incident has occurred during the Stabilisation Period.
P:6.2 The Customer shall issue a written Final Acceptance Certificate within ten working days after the criteria are met, or list the failures in writing. The Vendor shall correct listed failures and the test shall be repeated. Go-Live, productive use or payment shall not be deemed acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide support and new releases free of charge.
P:7.2 Support is provided through a hotline and ticket portal. Response times: Severity 1 (the system is down or maintenance work orders cannot be issued in any plant) within 1 hour, at any time; Severity 2 (a major function is impaired) within 2 hours during business hours; Severity 3 within one business day.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 or Severity 2 response time, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment due or paid on request.
P:7.4 After the Warranty Period the Customer may purchase annual support and upgrades. The support fee for each Support Year shall be 11% of the licence subtotal, that is CNY 136,400, and shall not be increased for the first three Support Years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 All data entered into or generated by the system, including asset, maintenance, inventory and personnel data ("Customer Data"), belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not transfer it outside the People's Republic of China.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, with each remote session approved by the Customer and logged. The Vendor shall not keep copies of Customer Data on its own equipment and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take all remedial measures, and shall be liable for all losses caused to the Customer by a breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 11 Liability
P:The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement of intellectual property or breach of Article 9 or Article 10.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after receiving notice, or if liquidated damages under Article 5.2 reach their maximum.
P:13.2 On termination by the Customer under Article 13.1, the Vendor shall refund the amounts paid for services not accepted, and the licences already paid for remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Texas, United States of America, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall first be referred to the parties' project sponsors. If it is not resolved within 30 days, it shall be finally settled by arbitration administered by the American Arbitration Association in Austin, Texas, in English.
H:Article 15 General
P:15.1 This Agreement, with Annex A (Scope and Functions), Annex B (Project Plan) and Annex C (Support Terms), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese, in two counterparts of each. Neither party may assign this Agreement without the other party's written consent.
P:For the Vendor: Pecan Street Software, Inc.    Name: ______________    Title: ______________
P:For the Customer: Jiangsu Huaxin Textile Co., Ltd.    Name: ______________    Title: ______________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Washington SaaS)
H427E02 = """# ORDER FORM No. CS-2025-0193

**Cascade Dispatch, Inc.**, 10900 NE 8th Street, Suite 1400, Bellevue, Washington 98004, USA ("Provider")

**Customer:** Anhui Meijia Appliance Service Co., Ltd., 66 Wangjiang West Road, Hefei, Anhui Province, People's Republic of China ("Customer")

This Order Form is entered into on 5 August 2025 and incorporates the Cascade Dispatch General Terms set out below (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## 1. Subscribed Services

1.1 Cascade Dispatch field-service management platform, Enterprise edition: work order intake, technician scheduling and routing, mobile technician app, spare-parts tracking, customer notifications by SMS and WeChat, and the analytics dashboard.

1.2 Scope: up to 850 technician users and 60 dispatcher users across the Customer's 14 service centres in Anhui and Jiangsu.

1.3 Onboarding services: configuration of the Customer's service areas, skills and SLA rules; integration with the Customer's call-centre system and its Kingdee ERP through the standard API; migration of open work orders and the installed-base register; train-the-trainer sessions.

## 2. Subscription Term

2.1 The Subscription Term is three Subscription Years, from 1 September 2025 to 31 August 2028. Each Subscription Year starts on 1 September.

2.2 The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## 3. Fees

At the Customer's request all fees are stated and invoiced in CNY and include PRC VAT.

| Item | Basis | CNY |
|---|---|---|
| Subscription fee | 286,000 per Subscription Year x 3 | 858,000 |
| Onboarding services | one-time, fixed | 64,000 |
| **Total Contract Value** | | **922,000** |

Additional technician users may be added at CNY 340 per user per Subscription Year, pro rata. Additional users are not part of the Total Contract Value.

## 4. Invoicing and Payment

4.1 Subscription fees are invoiced quarterly in arrears, CNY 71,500 per quarter, payable within 30 days of a valid invoice.

4.2 The onboarding fee is invoiced after Go-Live Acceptance under Section 5 and is payable within 30 days.

4.3 There is no advance payment under this Order Form.

## 5. Go-Live and Acceptance

5.1 Provider shall complete onboarding and make the platform ready for Go-Live within 60 days after 1 September 2025.

5.2 Go-Live Acceptance requires: (a) all 14 service centres able to create, dispatch and close work orders; (b) the call-centre and ERP integrations passing the agreed test scripts with no open Severity 1 or Severity 2 defect; (c) migrated open work orders reconciled by number and status with the Customer's source list; and (d) ten consecutive business days of live operation without a Severity 1 incident. The Customer shall sign a Go-Live Acceptance certificate within five business days after the criteria are met. Use of the platform before that date is not acceptance.

5.3 If Go-Live Acceptance is not achieved by the date in Section 5.1 for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay, which the Customer may set off against any invoice.

## 6. Service Levels

6.1 Availability: the platform shall be available 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours ahead and carried out between 01:00 and 05:00 Beijing time.

6.2 Support response times: Severity 1 (platform unavailable, or dispatching impossible for a service centre) 30 minutes, 24x7; Severity 2 (major feature impaired) 2 hours; Severity 3 next business day.

6.3 Service credits: for each full 0.1 percentage point below the availability target, 5% of that month's subscription fee; for each hour by which a Severity 1 response is late, CNY 300. Credits are deducted from the next invoice.

## 7. Special Conditions

7.1 Hosting: the Customer's instance is hosted in Provider's data centre region in Shanghai, operated with a PRC-licensed hosting partner approved by the Customer in this Order Form.

7.2 Contacts: each party names a project manager in Annex 1.

Signed for Provider: ____________________  Signed for Customer: ____________________

---

# CASCADE DISPATCH GENERAL TERMS

## 1. Use of the Services

1.1 Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to use the Subscribed Services during the Subscription Term for the Customer's internal business.

1.2 The Customer shall not resell the Subscribed Services or use them to build a competing product.

## 2. Customer Data

2.1 "Customer Data" means all data submitted to the platform by or for the Customer, including work orders, end-customer names, addresses and telephone numbers, and technician records. As between the parties, Customer Data belongs to the Customer.

2.2 Provider processes Customer Data to provide the Subscribed Services and as set out in this Section 2.

2.3 Provider may collect and use aggregated and de-identified data derived from Customer Data and from the Customer's use of the platform, such as job durations, first-time-fix rates and travel times, to improve its products, to train its scheduling models and to publish industry benchmarks, during and after the Subscription Term. Such aggregated data is owned by Provider.

2.4 On expiry or termination, Provider shall make Customer Data available for export in CSV format for 60 days and then delete it, except for the aggregated data described in Section 2.3.

## 3. Security

3.1 Provider shall maintain administrative, technical and physical safeguards for Customer Data, including encryption in transit and at rest, role-based access for its personnel, multi-factor authentication for administrative access, logging of access to Customer Data, and an annual independent penetration test whose summary is provided to the Customer.

3.2 Customer Data shall be stored and processed within mainland China. Provider shall comply with the PRC Personal Information Protection Law and Data Security Law as they apply to its processing.

3.3 Provider shall notify the Customer within 24 hours after confirming a security incident affecting Customer Data, shall cooperate with the Customer's notifications to regulators and individuals, and shall bear the costs and losses caused to the Customer by an incident resulting from Provider's breach of this Section 3.

## 4. Intellectual Property

4.1 Provider owns the platform, its software and all improvements to it.

4.2 The configurations, workflow templates, report layouts and integration mappings created specifically for the Customer during onboarding ("Customer Configurations") belong to the Customer. The Customer may use, modify and have third parties use them freely, including after the Subscription Term.

## 5. Confidentiality

Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for the purposes of the Agreement and disclose it only to personnel and advisers who need to know it and are bound by equivalent obligations. These obligations continue for three years after the Agreement ends.

## 6. Subcontracting

Provider shall not subcontract the hosting or support of the Subscribed Services, or any processing of Customer Data, to a third party other than the hosting partner approved in the Order Form without the Customer's prior written consent.

## 7. Term and Termination

7.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

7.2 If the Customer terminates for Provider's breach, Provider shall refund any fees paid for the period after termination.

## 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential losses or loss of profits.

8.2 Provider's aggregate liability arising out of or relating to the Agreement shall not exceed the fees paid by the Customer in the 18 months preceding the event giving rise to the claim. This limit does not apply to Provider's obligations under Section 3.3 or to wilful misconduct.

## 9. Governing Law and Disputes

At the Customer's request, the Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 10. Customer Responsibilities

The Customer is responsible for the accuracy of the data it submits, for keeping its user credentials secure, for the conduct of its users, and for obtaining any consents of end customers required for sending SMS and WeChat notifications through the platform. The Customer shall give Provider timely access to its call-centre and ERP test environments and name key users for onboarding.

## 11. Changes to the Services

Provider may improve the platform from time to time, provided that no change materially reduces the functions or security of the Subscribed Services during the Subscription Term. Provider shall announce material changes to the user interface at least 30 days in advance and provide release notes in Chinese.

## 12. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Provider's disaster recovery obligations remain in force.

## 13. General

13.1 Notices shall be in writing and sent to the addresses in the Order Form.

13.2 Neither party may assign the Agreement without the other's written consent, except to a successor of its whole business that assumes all obligations.

13.3 The Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, buyer's paper, Massachusetts sensors, compliant)
H427E03 = """T:PURCHASE CONTRACT FOR COLD-ROOM MONITORING SENSORS AND SOFTWARE
P:Contract No. TJBL-IT-2025-112
P:Buyer: Tianjin Binhai Cold Chain Logistics Co., Ltd., 29 Haibin Fifth Road, Tianjin Port Free Trade Zone, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Merrimack Sensing Systems, Inc., 600 Suffolk Street, Lowell, Massachusetts 01854, USA, acting together with its Tianjin service office (the "Supplier").
P:The Buyer operates a cold-storage site of 42 cold rooms and 6 blast freezers at Tianjin Port and needs continuous, auditable temperature and humidity monitoring for food and pharmaceutical goods. Following the Buyer's invitation to tender No. TJBL-2025-T07 and the Supplier's bid, the parties agree on the following terms, which are the Buyer's standard purchase terms completed for this project.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission 640 wireless temperature and humidity sensors, 24 gateways, and a perpetual licence of the MSS ColdWatch monitoring software for unlimited users, installed on the Buyer's servers at the site.
P:1.2 The Supplier shall also map each cold room, calibrate every sensor against a traceable reference, configure alarm thresholds and escalation rules with the Buyer's quality team, integrate alarms with the Buyer's warehouse management system and SMS gateway, and train the Buyer's staff.
P:1.3 The technical specification in Annex 1 and the Supplier's bid form part of this Contract. Where they differ, the higher requirement applies.
P:1.4 The Supplier shall appoint a project manager who speaks Mandarin and is available at the site during installation and commissioning. Installation work in the cold rooms shall be planned with the Buyer's operations team so that goods are not exposed to temperature excursions, and the Supplier's staff shall follow the Buyer's site safety rules, including rules on cold-room entry, forklifts and personal protective equipment.
P:1.5 All sensors and gateways shall be new, of the models named in the bid, and supplied with certificates of origin, CE or CCC marks where applicable, and radio transmission approval for use in the People's Republic of China.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,280,000, including PRC VAT, duties, freight to site, installation and all other costs of the Supplier. The price is fixed for the duration of the Contract.
P:2.2 Price table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, -40 to +60 C|640|1,150|736,000
TB:2|Gateway with 4G backup|24|9,800|235,200
TB:3|ColdWatch monitoring software, perpetual licence|1|168,000|168,000
TB:|Hardware and licence subtotal|||1,139,200
TB:4|Installation, mapping and commissioning|1|96,800|96,800
TB:5|Calibration with certificates|640|50|32,000
TB:6|Training|1|12,000|12,000
TB:|Contract Price|||1,280,000
H:Section 3 Payment
P:3.1 Advance payment: 20% of the Contract Price (CNY 256,000) within 15 days after the Buyer receives an advance-payment bank guarantee of the same amount from a bank in mainland China.
P:3.2 Delivery and installation payment: 45% of the Contract Price (CNY 576,000) within 15 days after all equipment is delivered and installed and the installation record is signed. The installation record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 448,000) within 15 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the site within 45 days after signature and complete installation and commissioning within 75 days after signature.
P:4.2 For each day of delay in delivery or in completion of commissioning, the Supplier shall pay delay damages of 0.1% of the Contract Price, up to 10% of the Contract Price. If the delay exceeds 30 days, the Buyer may also terminate under Section 12.
H:Section 5 Acceptance
P:5.1 Final Acceptance shall take place after a trial run of 30 days and requires that: (a) every sensor reports at the configured interval and no sensor misses more than three consecutive readings during the trial run; (b) sensor accuracy is within plus or minus 0.3 C and 2% relative humidity against the reference, shown by calibration certificates; (c) alarms reach the warehouse management system and the on-duty mobile phones within 60 seconds in the witnessed tests; (d) the audit trail and electronic records meet the Buyer's GSP requirements; and (e) no Severity 1 fault is open at the end of the trial run.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within seven days after the criteria are met. Delivery, installation, use or payment do not mean acceptance.
P:5.3 The Supplier shall submit an acceptance test plan for the Buyer's approval at least 14 days before the trial run starts. The plan shall list each test, the method, the expected result and the records to be kept. The Buyer's quality manager and the Supplier's project engineer shall witness the tests together and sign the test records.
P:5.4 If a criterion is not met, the Supplier shall correct the failure at its cost within ten days and the relevant tests shall be repeated. If the criteria are still not met after the second test, the Buyer may reject the affected equipment and require replacement, or terminate under Section 12.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment, provide software updates and recalibrate the sensors once every Warranty Year, free of charge.
P:6.2 Severity 1 faults (loss of monitoring or alarms for any cold room or blast freezer) shall be responded to within 1 hour, and an engineer shall be on site within 6 hours. Severity 2 faults (a single sensor or gateway failing) shall be responded to within 8 hours and fixed within two days.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or on-site time, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due or from the guarantee.
P:6.4 After the warranty period the Supplier shall, at the Buyer's option, provide support and annual recalibration for each Support Year at 7.5% of the hardware and licence subtotal, that is CNY 85,440 per Support Year, fixed for the first two Support Years. Support is ordered year by year and does not renew automatically.
H:Section 7 Buyer Data and Security
P:7.1 All monitoring data, alarm records and audit trails belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The system shall run on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, runs through the Buyer's VPN and is logged. The Supplier shall not copy Buyer data to its own systems or transfer it outside mainland China.
P:7.3 The Supplier shall report any security incident affecting the system or Buyer data within 12 hours, take remedial action at its cost, and be liable for the Buyer's losses caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 The ColdWatch software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:8.2 The site maps, alarm configurations, dashboards and WMS interface developed for this project belong to the Buyer, which may use, modify and let third parties maintain them.
H:Section 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer list, site layout and security arrangements, and shall not disclose it without prior written consent. This duty continues for three years after the Contract ends.
H:Section 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9, which are not limited.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Section 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay under Section 4.2 exceeds 30 days.
H:Section 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:Section 14 Force Majeure
P:Neither party is liable for delay caused by force majeure, such as earthquakes, floods, epidemics or acts of government, if it notifies the other party within five days and takes reasonable steps to limit the effects. If force majeure continues for more than 60 days, either party may terminate this Contract by written notice, and the Buyer shall pay for equipment delivered and accepted.
H:Section 15 Documents
P:With the equipment the Supplier shall deliver: installation drawings showing each sensor location, the calibration certificates, user and administrator manuals in Chinese, the software installation media and licence keys, and a list of recommended spare parts with prices valid during the warranty period.
H:Section 16 General
P:16.1 Annexes: Annex 1 Technical Specification; Annex 2 Site Plan; Annex 3 Acceptance Test Plan.
P:16.2 This Contract is made in English and Chinese; both texts are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, schedules as tables, Colorado managed service)
H427E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. FRMS-2025-CN-017, dated 12 August 2025

**Between** Front Range Managed Services, LLC, 1550 Wynkoop Street, Suite 300, Denver, Colorado 80202, USA ("Provider"), and **Sichuan Shufeng Furniture Manufacturing Co., Ltd.**, 8 Xingu Road, Xindu District, Chengdu, Sichuan Province, People's Republic of China ("Customer").

**Background.** Customer runs two furniture factories and a showroom network in Chengdu with about 1,400 desktops, laptops and shop-floor terminals. It wishes to outsource its service desk, endpoint management and on-site desk-side support. Provider delivers these services from its Chengdu delivery centre. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Provider takes over the Services after Transition Acceptance under clause 4.

1.3 "Monthly Service Charge" means the charge set out in Schedule 2.

1.4 "Customer Data" means all data of Customer or its employees, customers and suppliers that Provider accesses in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 24 months from the Service Commencement Date, planned for 1 October 2025 (the "Term").

2.2 The Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written amendment.

## 3. Services

3.1 Provider shall perform the Services in Schedule 1 with suitably qualified staff, in accordance with the service levels in Schedule 3 and Customer's IT policies as notified to Provider in writing.

3.2 Provider shall assign a named service delivery manager who shall meet Customer's IT manager monthly to review performance, incidents and open changes.

3.3 Provider shall keep the service desk tool, the endpoint management console and the asset register up to date, and shall give Customer's IT manager read access to all of them at all times.

3.4 Customer shall provide Provider's on-site engineers with desks, network access and the access badges needed at each factory, and shall name a change approver for each site.

3.5 Provider shall follow Customer's change procedure for any change that may affect production: a change request with impact and back-out plan, approval by Customer's change approver, and implementation in the agreed maintenance window. Emergency changes may be made to restore a P1 service and shall be recorded within one business day.

## 4. Transition

4.1 Provider shall complete the transition (knowledge transfer, tool set-up, asset discovery and runbook preparation) within 45 days after signature.

4.2 Transition Acceptance requires: (a) the endpoint management agent deployed on at least 1,350 devices and reporting; (b) the asset register reconciled with Customer's fixed-asset list; (c) runbooks for the 40 most frequent request types approved by Customer; and (d) a ten-day parallel run in which all tickets are logged and handled in Provider's tool. Customer shall confirm Transition Acceptance in writing within five business days after the criteria are met.

4.3 If the Service Commencement Date is later than 1 October 2025 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

4.4 During transition each party shall name a transition lead. The transition leads shall meet weekly, keep a joint risk and issue log, and report progress to Customer's IT manager. Provider shall not take over any service before Customer confirms Transition Acceptance, and Customer's existing support arrangements remain in place until then.

## 5. Charges and Payment

5.1 At Customer's request all charges are in CNY and include PRC VAT. The charges are set out in Schedule 2.

5.2 The Monthly Service Charge is invoiced monthly in arrears. The transition fee is invoiced after Transition Acceptance. Invoices are payable within 30 days.

5.3 Service credits under Schedule 3 are deducted from the next invoice.

5.4 The charges are fixed for the Term. Provider may not increase them during the Term.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to those of its staff who need to know it.

7.2 This clause continues to apply for three years after the end of the Term.

## 8. Intellectual Property

8.1 Provider keeps its tools, methods and standard templates.

8.2 Runbooks, scripts, configuration baselines and documentation prepared specifically for Customer belong to Customer, which may use and modify them freely and give them to any later service provider.

## 9. Personnel and Subcontracting

9.1 Provider shall replace any member of its staff whom Customer reasonably objects to.

9.2 Provider may subcontract any part of the Services, including on-site desk-side support, to subcontractors of its choice by giving Customer written notice at least ten days before the subcontractor starts work. Provider remains responsible for its subcontractors.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total charges payable under Schedule 2.

10.2 Neither party is liable for indirect or consequential loss.

## 11. Term Commitment and Early Ending

11.1 Both parties commit to the full Term. Neither party may terminate this Agreement before the end of the Term, except that either party may end it by written notice if the other party becomes insolvent or is dissolved.

11.2 Customer's remedies for failures of the Services are the service credits under Schedule 3, the delay payment under clause 4.3 and damages subject to clause 10.

## 12. Exit

12.1 In the last three months of the Term Provider shall cooperate with Customer and any successor provider, hand over the runbooks, asset register and open tickets, and answer reasonable questions.

12.2 Provider shall deliver an exit plan within 90 days after the Service Commencement Date and keep it up to date. The exit plan shall list the documents, data and tools to be handed over and the steps and timetable for the handover.

12.3 During the exit period Provider shall continue to perform the Services to the service levels in Schedule 3.

## 12B. Governance and Reporting

12B.1 The parties shall hold a monthly service review with the monthly service report, open incidents, service credits, planned changes and improvement actions on the agenda.

12B.2 Once every quarter the parties' senior managers shall meet to review the relationship, customer satisfaction survey results and the improvement plan. Minutes shall be kept by Provider and approved by Customer.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 14. General

14.1 Changes to the Services are agreed through the change procedure in Schedule 1 and documented in writing.

14.2 This Agreement and its Schedules are the entire agreement between the parties.

Signed for Provider: ____________________   Signed for Customer: ____________________

---

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, WeChat and portal support in Mandarin, ticket logging and first-line resolution | 07:30-21:30, 7 days |
| Endpoint management | Patch deployment, antivirus status, software distribution, device imaging | Continuous monitoring |
| Desk-side support | Two on-site engineers at each factory, one roaming engineer for showrooms | Factory shifts |
| Asset management | Asset register, device moves, adds and changes, disposal records | Business days |
| Reporting | Monthly service report with ticket statistics and trends | Monthly |

## Schedule 2 - Charges

| Charge | Basis | CNY |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 84,000 |
| Monthly Service Charge | 58,000 per month x 24 months | 1,392,000 |
| Total charges | | 1,476,000 |

Additional devices above 1,500 are charged at CNY 35 per device per month. Such additional charges are not part of the total charges.

## Schedule 3 - Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit per missed ticket |
|---|---|---|---|---|
| P1 | Production line terminals or a whole site unable to work | 30 minutes | 6 hours | CNY 1,000 |
| P2 | A department or key user unable to work | 1 hour | 8 hours | CNY 300 |
| P3 | Single user issue with workaround | 8 business hours | 3 business days | none |
| P4 | Requests | 1 business day | 5 business days | none |

Service credits in any month are limited to 20% of that month's Monthly Service Charge. Patch compliance: critical security patches shall be deployed on every managed device within 14 days of release; each month in which this is missed gives a credit of CNY 2,000.
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, Virginia data API subscription)
H427E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement Number: TWD-APAC-2025-0381
Effective Date: 1 September 2025

PARTIES

Tidewater Data Services, Inc., a Virginia corporation, 11911 Freedom Drive, Reston, Virginia 20190, USA ("Tidewater"); and

Qingdao Haitong International Freight Forwarding Co., Ltd., 36 Xianggang Middle Road, Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Tidewater collects and processes vessel position reports, port call records and schedule data and makes them available through the Tidewater Maritime API. Customer is a freight forwarder that wants to show vessel positions and estimated arrival times for its customers' shipments in its own booking and tracking system. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means the Tidewater Maritime API, version 4, with the endpoints listed in Exhibit A (vessel positions, port calls, estimated arrival times, vessel particulars and port congestion indicators).

1.2 "Tidewater Data" means the data delivered through the API.

1.3 "Customer Data" means shipment references, container numbers, vessel watch lists, user accounts and any other information that Customer or its users submit to the API or to Tidewater.

1.4 "Subscription Year" means the period from 1 September 2025 to 31 August 2026 and the period from 1 September 2026 to 31 August 2027.

1.5 "Integration Package" means the integration services described in Section 4.

2. SUBSCRIPTION

2.1 Tidewater grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to use Tidewater Data in Customer's booking and tracking system, and to display Tidewater Data to Customer's own customers in that system.

2.2 The Subscription Term consists of two Subscription Years, from 1 September 2025 to 31 August 2027. It ends on 31 August 2027 unless the parties sign a new order.

2.3 Customer's plan includes 3,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 45 per 10,000 calls.

2.4 Customer shall not resell Tidewater Data as a separate data product or use it to build a competing vessel-tracking database.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and invoiced in CNY and include PRC VAT.

3.2 Fees:
    Subscription fee, Subscription Year 1 ............ CNY 264,000
    Subscription fee, Subscription Year 2 ............ CNY 264,000
    Integration Package (one-time) ................... CNY 36,000
    Total Contract Value ............................. CNY 564,000
Overage charges under Section 2.3 are invoiced quarterly in arrears and are not part of the Total Contract Value.

3.3 The subscription fee is invoiced quarterly at the start of each quarter of the Subscription Term, CNY 66,000 per quarter. The Integration Package fee is invoiced after Integration Acceptance under Section 4.

3.4 Invoices are payable within 30 days. Undisputed amounts more than 30 days overdue bear interest at 0.02% per day.

4. INTEGRATION PACKAGE AND ACCEPTANCE

4.1 Tidewater shall provide an integration engineer for up to 20 days to help Customer connect its tracking system to the API: mapping of Customer's shipment and container references to vessel identifiers, a webhook service for arrival and departure events, and a sandbox environment for testing.

4.2 Integration Acceptance requires: (a) successful test calls to every endpoint in Exhibit A from Customer's production environment; (b) correct matching of at least 500 sample shipments supplied by Customer to vessels and port calls; (c) delivery of arrival and departure events for the sample shipments through the webhook service; and (d) delivery of the mapping tables and integration documentation. Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met or state the failed criteria.

4.3 Tidewater will use reasonable efforts to complete the Integration Package by 31 October 2025.

5. SERVICE AND SUPPORT

5.1 Tidewater will use commercially reasonable efforts to keep the API available and to deliver Tidewater Data with the refresh intervals described in Exhibit A. Tidewater does not guarantee that the API will be uninterrupted or that Tidewater Data will be complete or free of errors, as the underlying position reports come from third-party networks.

5.2 Support is available by e-mail and through the developer portal during Tidewater's Asia-Pacific business hours. Tidewater will handle support requests in the order received and will keep Customer informed of the progress of open requests.

5.3 Tidewater will announce planned maintenance and breaking changes to the API on the developer portal in advance and will keep each API version available for at least six months after a new version is released.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Tidewater shall process Customer Data only to provide the API and support to Customer, and shall not use it for any other purpose, sell it, or combine it with data of other customers.

6.2 Tidewater shall protect Customer Data with encryption in transit and at rest, access control limited to the personnel who need it, multi-factor authentication for administrative access and logging of all access. API keys issued to Customer shall be stored in hashed form.

6.3 Tidewater shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take reasonable steps to contain it, and compensate Customer for losses caused by Tidewater's breach of this Section 6.

6.4 Within 30 days after the Subscription Term ends, Tidewater shall delete Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Tidewater and its licensors own the API and Tidewater Data.

7.2 The mapping tables, webhook configuration and integration documentation prepared for Customer under the Integration Package belong to Customer. Customer may use, modify and license them freely, including after the Subscription Term.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation lasts for three years after the Agreement ends.

9. WARRANTIES

9.1 Each party warrants that it has the power to enter into this Agreement.

9.2 Tidewater warrants that it has the rights needed to license Tidewater Data to Customer as set out in Section 2.

9.3 Except as stated in this Section 9, the API and Tidewater Data are provided as they are.

9.4 Tidewater shall keep the Tidewater Data licensed to Customer free of claims by its data suppliers and shall defend Customer against any claim that Customer's use of the API or Tidewater Data in accordance with this Agreement infringes a third party's rights, and pay any damages finally awarded.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential damages or lost profits.

10.2 Tidewater's total liability under this Agreement shall not exceed two times the Total Contract Value. This limit does not apply to Tidewater's obligations under Section 6 or to wilful misconduct.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Tidewater shall not subcontract the hosting of the API, the processing of Customer Data or the Integration Package without Customer's prior written consent.

11.2 Neither party may assign this Agreement without the other party's written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

12.2 If Customer terminates under Section 12.1, Tidewater shall refund the prepaid subscription fees for the period after termination.

12.3 Sections 6, 7, 8 and 10 survive termination.

13. GOVERNING LAW AND DISPUTES

At Customer's request, this Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules then in force.

14. CUSTOMER OBLIGATIONS

Customer shall keep its API keys secret, use the API only from systems under its control, respect the rate limits published in Exhibit A and tell Tidewater promptly if it suspects that an API key has been compromised. Customer is responsible for the acts of its users.

15. USAGE REPORTS

Tidewater shall make a usage dashboard available on the developer portal showing calls per endpoint and per day, and shall send Customer a monthly usage report. Tidewater shall warn Customer by e-mail when usage in a Subscription Year reaches 2,400,000 calls and again at 2,700,000 calls, so that Customer can manage any overage charges.

16. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, including failures of third-party networks, natural disasters, epidemics or acts of government, if it informs the other party promptly and uses reasonable efforts to continue performance.

17. GENERAL

17.1 Notices shall be in writing and sent by e-mail and courier to the addresses above.

17.2 This Agreement, with Exhibit A (Endpoints and Refresh Intervals), is the entire agreement of the parties on its subject and may be amended only in writing.

SIGNATURES

Tidewater Data Services, Inc.          Qingdao Haitong International Freight Forwarding Co., Ltd.
Name: ____________________             Name: ____________________
Title: ___________________             Title: ___________________
Date: ____________________             Date: ____________________
"""

# ================================================================ files
SOURCES = {"h427z01": H427Z01, "h427z02": H427Z02, "h427e01": H427E01, "h427e03": H427E03}
TARGETS = {"h427z01": ("h427z01_highway_maintenance_platform_gov.pdf", "pdf"),
           "h427z02": ("h427z02_fertilizer_prilling_tower_control_upgrade.docx", "docx"),
           "h427e01": ("h427e01_cmms_perpetual_licence_texas_vendor.pdf", "pdf"),
           "h427e03": ("h427e03_cold_room_sensors_buyer_paper.docx", "docx")}
TEXTS = {"h427z03": ("h427z03_gym_chain_membership_saas.txt", H427Z03),
         "h427z04": ("h427z04_civil_air_defence_command_system_om.txt", H427Z04),
         "h427z05": ("h427z05_herbal_tea_filling_mes_supplier_template.md", H427Z05),
         "h427e02": ("h427e02_field_service_saas_order_form.md", H427E02),
         "h427e04": ("h427e04_managed_it_services_desk_endpoints.md", H427E04),
         "h427e05": ("h427e05_maritime_data_api_subscription.txt", H427E05)}
ORDER = ["h427z01", "h427z02", "h427z03", "h427z04", "h427z05", "h427e01", "h427e02", "h427e03", "h427e04", "h427e05"]
FILE = {k: v[0] for k, v in TARGETS.items()} | {k: v[0] for k, v in TEXTS.items()}
SRC = SOURCES | {k: v[1] for k, v in TEXTS.items()}


def read_back(name):
    p = OUT / name
    if p.suffix == ".docx":
        from docx import Document
        d = Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if p.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


# ================================================================ threshold scan
CN = "一二三四五六七八九十"
BANNED = [
    r"99\.90*(?!\d)\s*%?", r"(?<![\d.])4\s*(?:个)?(?:小时|h\b|hrs?\b|hours?)", r"(?<![\d.])4-hour",
    r"(?<![十二])四\s*个?\s*小时", r"\bfour[\s-]+hours?\b", r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十0-9])", r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之(?:一)?百",
    r"one hundred per\s*cent", r"(?<![\d.])30(?:\.0+)?\s*(?:%|per\s*cent)", r"百分之三十(?![一二三四五六七八九])",
    r"三成", r"thirty per\s*cent", r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?)", r"(?<![\d.])12-month",
    r"(?<![二三四五六七八九])十二\s*个\s*月", r"\btwelve(?:\s+\w+)?\s+months?\b", r"一年", r"\bone[\s-]+year\b",
    r"(?<![\d.])1\s*year\b", r"(?<![\d.])15(?:\.0+)?\s*(?:%|per\s*cent)", r"百分之十五(?![.．点])", r"fifteen per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty per\s*cent",
    r"(?<![\d.])5\s*年", r"(?<![\d.])5-year", r"(?<![十])五\s*年", r"\bfive[\s-]+years?\b", r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?)",
    r"\bsixty months\b",
]
BANNED_RE = [re.compile(p, re.I) for p in BANNED]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months", "一年", "one year",
            "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月", "4-hour", "100 %", "15 %"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "二十四小时", "14 hours",
             "24 hours", "99.5%", "130%", "0.055", "2.4 hours", "十四个月", "二十四个月", "18 months", "0.08%", "45%", "35%",
             "2015年", "360 days", "first year", "Subscription Year", "25%", "1,150"]


def hits(text):
    return [m.group(0) for r in BANNED_RE for m in r.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(text):
    found = []
    for variant in (text, " ".join(text.split()), "".join(text.split())):
        found += hits(variant)
    return sorted(set(found))


# ================================================================ labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="service")
XOK = dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)

# value arithmetic (asserted)
assert 860000 + 742000 + 168000 + 90000 == 1860000 and 372000 + 837000 + 651000 == 1860000
assert 1020000 + 386000 + 274000 + 96000 + 284000 == 2060000 and 2060000 + 186000 + 148000 + 26000 == 2420000
assert 242000 + 1331000 + 847000 == 2420000 and round(2060000 * 0.26) == 535600
assert 6800 * 31 == 210800 and 210800 * 3 == 632400 and 632400 + 96000 + 18600 == 747000 and 210800 / 4 == 52700
assert 126000 + 168000 + 92000 + 54000 + 28000 == 468000 and 468000 / 4 == 117000
assert 560000 + 420000 + 130000 == 1110000 and 721500 + 388500 == 1110000
assert 1240000 + 380000 + 146000 + 34000 == 1800000 and 180000 + 990000 + 630000 == 1800000 and 1240000 * 0.11 == 136400
assert 286000 * 3 + 64000 == 922000 and 286000 / 4 == 71500
assert 640 * 1150 == 736000 and 24 * 9800 == 235200 and 736000 + 235200 + 168000 == 1139200
assert 1139200 + 96800 + 640 * 50 + 12000 == 1280000 and 256000 + 576000 + 448000 == 1280000
assert round(1139200 * 0.075) == 85440
assert 58000 * 24 == 1392000 and 1392000 + 84000 == 1476000
assert 264000 * 2 + 36000 == 564000 and 264000 / 4 == 66000

LABELS = {
    "h427z01": dict(category="software", t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                    prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                    governing_law="PRC", contract_kind="goods_or_licence"),
                    x=dict(post_warranty_fee_capped=True, contract_value=1860000), fee_base=860000),
    "h427z02": dict(category="hardware", t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                    final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                    subcontract_without_consent=True, contract_kind="goods_or_licence"),
                    x=dict(post_warranty_fee_capped=True, contract_value=2420000), fee_base=2060000),
    "h427z03": dict(category="cloud", t=dict(availability_pct=99.5, p1_response_hours=0.5, confidentiality=False,
                    ld_rate_per_day_pct=600 / 747000 * 100, auto_renewal_price_increase=True),
                    x=dict(contract_value=747000)),
    "h427z04": dict(category="services", t=dict(p1_response_hours=6, ld_rate_per_day_pct=0.02),
                    x=dict(contract_value=468000)),
    "h427z05": dict(category="software", t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                    ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                    final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
                    subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
                    x=dict(post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True, contract_value=1110000),
                    fee_base=560000),
    "h427e01": dict(category="software", t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                    prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                    governing_law="Texas", contract_kind="goods_or_licence"),
                    x=dict(post_warranty_fee_capped=True, contract_value=1800000), fee_base=1240000),
    "h427e02": dict(category="cloud", t=dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                    ld_rate_per_day_pct=600 / 922000 * 100, liability_cap_pct=18 / 36 * 100),
                    x=dict(contract_value=922000)),
    "h427e03": dict(category="hardware", t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                    prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36,
                    post_warranty_fee_pct=7.5, contract_kind="goods_or_licence"),
                    x=dict(post_warranty_fee_capped=True, contract_value=1280000), fee_base=1139200),
    "h427e04": dict(category="services", t=dict(p1_response_hours=0.5, data_security_clause=False,
                    ld_rate_per_day_pct=1200 / 1476000 * 100, liability_cap_pct=150, termination_for_breach=False,
                    subcontract_without_consent=True),
                    x=dict(contract_value=1476000)),
    "h427e05": dict(category="cloud", t=dict(p1_response_hours=None, sla_remedy=False, liability_cap_pct=200),
                    x=dict(sla_clause=False, ld_stated=False, contract_value=564000)),
}

DESIGN = {  # the design list, written before the labels were filled in
    "h427z01": [],
    "h427z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h427z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "h427z04": ["CR-LD-LOW", "CR-SLA-RESPONSE"],
    "h427z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h427e01": ["CR-GOVERNING-LAW"],
    "h427e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h427e03": [],
    "h427e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"],
    "h427e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, fee_base, horizon=5):
    """Policy §4: horizon from acceptance; post-warranty years = horizon - warranty years (pro rata)."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * fee_base * years
    return fees / (x["contract_value"] + fees) * 100


def my_rules(t, x, fee_base=None):
    """My own reading of policy.md §3 (not project code)."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
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
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else ("low" if rules else "low")


def label(key):
    spec = LABELS[key]
    t = {k: spec["t"].get(k, OK[k]) for k in TERM_KEYS}
    x = dict(XOK) | spec["x"]
    xo = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        xo["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    xo["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    xo["contract_value"] = x["contract_value"]
    rules = my_rules(t, xo, spec.get("fee_base"))
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    # no value on a threshold
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15
    share = tco_share(t, xo, spec.get("fee_base")) if t["contract_kind"] == "goods_or_licence" else None
    assert share is None or abs(share - 40) > 2, (key, share)
    return {"file": FILE[key], "language": "zh" if "z" in key[4:] else "en", "category": spec["category"],
            "expected_terms": t, "expected_extra": xo, "expected_rules": rules}, share


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    self_test()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, text) in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    covered, bad = set(), []
    for key in ORDER:
        lab, share = label(key)
        covered |= set(lab["expected_rules"])
        (OUT / FILE[key].rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(FILE[key])
        zh = lab["language"] == "zh"
        n = len(text) if zh else len(text.split())
        lo, hi = (2750, 3000) if zh else (1450, 1650)
        found = scan(text) + scan(SRC[key])
        print(f"{FILE[key]:60s} {lab['language']} {n:5d} {'chars' if zh else 'words'} nows={len(''.join(text.split()))} "
              f"risk={risk(lab['expected_rules'])} tco={share if share is None else round(share, 2)} "
              f"rules={','.join(r[3:] for r in lab['expected_rules']) or '-'} {'THRESHOLD ' + str(found) if found else ''}")
        if not lo <= n <= hi or found:
            bad.append(key)
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    print("all 20 rules covered;", "problems:" if bad else "no problems", bad)
