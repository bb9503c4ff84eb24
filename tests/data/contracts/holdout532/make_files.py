"""holdout532 generator: writes the ten draft contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py),
their .json labels (labels written from the design below; expected rules derived by my own reading of policy.md §3),
and checks lengths, threshold figures (regex scan, self-tested) and rule coverage. Run:
/work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

Z01 = """T:江州市知识产权局专利公共服务平台建设项目合同
P:合同编号：JZIP-ZC-2025-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江州市知识产权局　　地址：江州市滨湖区政务大道8号
P:乙方（供应商）：杭州知衡信息技术有限公司　　地址：杭州市西湖区文三路199号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就江州市专利公共服务平台（以下简称“平台”）的软件许可及定制开发事项订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供专利公共服务平台软件许可（永久使用许可，不限并发用户），并完成以下定制开发：专利检索与分析模块、产业专利导航与预警模块、知识产权维权援助工单模块、与省知识产权公共服务系统及市政务服务平台的数据接口。
P:1.2 乙方负责历史专利数据及服务台账的迁移、系统部署、联调、试运行及甲方人员培训，并提交全部技术文档。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾贰万元整（¥2,320,000），已含税费、运输、部署、培训及质保期内全部服务费用。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久）|1,180,000
TB:2|定制开发（检索分析、导航预警、维权工单、接口）|860,000
TB:3|历史数据迁移|146,000
TB:4|部署实施及联调|98,000
TB:5|培训|36,000
TB:合计||2,320,000
P:2.2 合同总价为固定价格，除甲方书面变更需求外不作调整。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥464,000。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的45%，即¥1,044,000。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的35%，即¥812,000。
P:3.4 甲方付款前，乙方应开具合法有效的增值税发票。甲方因财政资金拨付流程延迟付款的，不视为违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署及定制开发并提交初验申请；初验合格后进入为期60日的试运行。
P:4.2 乙方应按甲方认可的项目计划开展工作，每两周提交进度报告。
H:第五条 验收
P:5.1 初验标准：按招标文件功能清单逐项测试，全部功能点通过；历史数据迁移后抽样核对准确率不低于99.98%；检索响应时间在200个并发用户下不超过3秒；接口与省、市平台联调通过；第三方安全测评无高危漏洞。
P:5.2 终验标准：试运行期内系统连续稳定运行，无一级故障，甲方业务部门出具使用意见，乙方提交全部源代码、设计文档、操作手册及运维手册。
P:5.3 系统上线、甲方使用或支付任何款项，均不视为验收合格。验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及每季度巡检。
P:6.2 服务水平：平台年度可用率不低于99.95%。一级故障（平台无法访问或核心检索功能失效）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方未达到上述响应时限的，每迟延一小时向甲方支付¥2,000；年度可用率每低于约定值0.01个百分点，甲方扣减¥3,000。
P:6.4 质保期满后，如甲方需要乙方继续提供运维服务，年度运维费不超过平台软件许可费用的10%（即每服务年度不超过¥118,000），质保期满后两个服务年度内不上调，另行签订运维合同。
H:第七条 数据安全与数据权属
P:7.1 平台存储的专利数据、服务对象信息、业务台账及系统日志均属于甲方，乙方仅为履行本合同目的处理，不得复制、留存、向任何第三方提供或用于其他用途。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，采取访问控制、加密存储、操作审计等措施；远程运维须经甲方审批并通过堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对履行本合同中知悉的甲方工作秘密、未公开信息及技术资料负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 定制开发成果（含源代码、接口程序、设计文档）的知识产权归甲方所有，甲方可自行修改、使用及许可他人使用。
P:9.2 平台软件原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:10.2 乙方逾期超过30日的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:第十一条 分包
P:11.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除本合同。
P:12.2 合同解除后，乙方应交还甲方全部数据及资料，并在甲方确认后删除其持有的副本。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:14.2 因地震、洪水、疫情防控措施等不可抗力导致一方不能履行合同的，该方应在3日内书面通知对方，并在15日内提供有关证明，受影响部分的履行期限相应顺延；双方应采取合理措施减少损失。
P:14.3 乙方应指定项目经理一名，全面负责实施及与甲方的日常沟通；项目经理及核心技术人员未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方的安全、保密及考勤管理规定。
P:14.4 甲方需求变更的，应以书面形式提出；乙方应在5个工作日内评估对工期和费用的影响并书面回复，经双方签字确认后方可实施。未经确认的变更不产生额外费用。
P:14.5 乙方应提交需求说明书、设计文档、测试报告、用户手册、运维手册及培训教材的纸质版和电子版各一套，文档应使用中文，内容应与实际交付的系统一致。
P:14.6 双方往来通知应以书面形式送达本合同首部所列地址或双方指定的电子邮箱；一方地址或联系人变更的，应在变更后3日内书面通知对方，否则按原地址送达视为有效送达。
P:14.7 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益；发现违反的，甲方可暂停付款并向有关部门报告。
P:甲方（盖章）：江州市知识产权局　　代表：＿＿＿＿　　日期：2025年7月15日
P:乙方（盖章）：杭州知衡信息技术有限公司　　代表：＿＿＿＿　　日期：2025年7月15日
"""

Z02 = """T:浸出车间控制系统改造及维保合同
P:合同编号：FH-JC-2025-031
P:甲方（买方）：鄂北丰禾粮油有限公司　　地址：湖北省襄阳市樊城区工业三路6号
P:乙方（卖方）：武汉中控恒达自动化工程有限公司　　地址：武汉市东湖高新区光谷大道77号
P:鉴于甲方拟对其日处理大豆1,200吨的浸出车间原有控制系统进行改造，乙方具备相应的设计、供货、安装及调试能力，双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。
H:1. 合同标的
P:1.1 乙方负责浸出车间DCS控制系统、安全仪表系统（SIS）、可燃气体检测报警系统的设计、供货、组态编程、安装、调试、培训，以及与甲方能源管理系统的数据对接。
P:1.2 乙方提供的设备须为全新原厂产品，符合国家防爆标准，随货提供合格证、防爆合格证及出厂检验报告。
H:2. 合同价格
P:2.1 合同总价为人民币叁佰壹拾万元整（¥3,100,000），含设备、软件、运输、安装、调试、培训、税费及质保期内服务。
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器及IO模块|1套|1,260,000
TB:2|安全仪表系统（SIS）|1套|680,000
TB:3|可燃气体检测报警系统|68点|186,000
TB:4|操作站及历史数据服务器|6台|142,000
TB:5|组态软件许可（永久）|1套|228,000
TB:软硬件小计|||2,496,000
TB:6|工程设计及组态编程|1项|318,000
TB:7|安装调试|1项|246,000
TB:8|培训|1项|40,000
TB:合计|||3,100,000
H:3. 付款
P:3.1 合同生效后10日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经双方清点签收后，甲方支付合同总价的55%。到货签收仅确认数量与外观，不代表质量验收。
P:3.3 系统终验合格后，甲方支付合同总价的35%。
H:4. 交付与工期
P:4.1 乙方应在合同生效后75日内完成设备到货，改造施工须安排在甲方停车检修期内，停车施工期不超过18日。
P:4.2 施工须遵守甲方动火、受限空间作业等安全管理制度，乙方人员须经甲方安全培训后方可进场。
H:5. 验收
P:5.1 终验标准：全部IO点逐点测试正确；联锁回路及SIS功能测试全部通过；可燃气体报警点标定合格；画面刷新不超过1秒；系统连续带料运行30日无一级故障；与能源管理系统数据对接核对一致。
P:5.2 乙方提交竣工资料、组态备份及操作手册后，甲方组织终验并出具书面验收报告。投料试车或设备投入使用不视为验收合格。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内设备、软件故障由乙方免费维修或更换。
P:6.2 一级故障（影响安全联锁或导致停产）乙方应在30分钟内远程响应，8小时内到达现场；二级故障2小时内响应，24小时内到场。
P:6.3 乙方未按上述时限响应或到场的，每迟延一小时向甲方支付¥1,500。
P:6.4 质保期满后，乙方按软硬件小计的8%每年计取维保费（¥199,680/年），质保期满后三个服务年度内不上调，维保范围包括定期巡检、备件更换及软件升级。
H:7. 数据安全
P:7.1 控制系统生产数据、工艺参数及报警记录属于甲方，乙方仅可为履行本合同使用，不得复制或向第三方提供。
P:7.2 乙方须采取工控安全措施，远程维护须经甲方书面审批并通过甲方指定通道进行，操作全程留痕；禁止使用未经检测的移动介质。
P:7.3 发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方承担。
H:8. 保密
P:8.1 双方对本合同内容及对方的工艺配方、生产数据和技术资料负有保密义务，未经对方书面同意不得披露，合同终止后仍然有效。
H:9. 知识产权
P:9.1 本项目的组态程序、联锁逻辑、对接程序及设计文件的知识产权归甲方所有，甲方可自行修改和使用。设备内嵌软件及组态软件按原厂许可永久授权甲方使用。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的万分之三支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成人身伤亡、火灾、爆炸事故的除外。
H:11. 分包
P:11.1 乙方不得转包。防爆电缆敷设等辅助施工如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:12. 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交襄阳仲裁委员会仲裁。
H:14. 其他
P:14.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:14.2 因地震、洪水、疫情防控措施等不可抗力导致一方不能履行合同的，该方应在3日内书面通知对方，并在15日内提供有关证明，受影响部分的履行期限相应顺延；双方应采取合理措施减少损失。
P:14.3 乙方应指定项目经理一名，全面负责实施及与甲方的日常沟通；项目经理及核心技术人员未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方的安全、保密及考勤管理规定。
P:14.4 乙方施工人员应持证上岗，施工现场须设置警示标识，每日收工前清理现场；因乙方违反安全规定造成人身伤害或财产损失的，由乙方负责。
P:14.5 乙方应在甲方现场配备关键备品备件，备件清单经甲方确认；备件消耗后乙方应在7日内补齐，并在月度报告中列明备件使用情况。
P:14.6 甲方需求变更的，应以书面形式提出；乙方应在5个工作日内评估对工期和费用的影响并书面回复，经双方签字确认后方可实施。未经确认的变更不产生额外费用。
P:14.7 乙方应提交需求说明书、设计文档、测试报告、用户手册、运维手册及培训教材的纸质版和电子版各一套，文档应使用中文，内容应与实际交付的系统一致。
P:14.8 双方往来通知应以书面形式送达本合同首部所列地址或双方指定的电子邮箱；一方地址或联系人变更的，应在变更后3日内书面通知对方，否则按原地址送达视为有效送达。
P:14.9 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益；发现违反的，甲方可暂停付款并向有关部门报告。
P:14.10 乙方应为甲方系统管理员及业务骨干提供不少于3天的集中培训，内容包括系统操作、日常维护、常见故障处理及数据备份恢复，培训结束后由甲方对培训效果进行确认。
P:14.11 因履行本合同发生的税费，按国家有关规定由双方各自承担。乙方开具的发票应真实合法，发票内容与合同约定一致，因发票不合规造成的损失由乙方承担。
P:14.12 双方在实施期间每两周召开一次项目例会，乙方应在会后2个工作日内发送会议纪要，列明未决问题、风险及双方确认的行动事项。
P:甲方：鄂北丰禾粮油有限公司（盖章）　　授权代表：＿＿＿＿　　日期：2025年6月20日
P:乙方：武汉中控恒达自动化工程有限公司（盖章）　　授权代表：＿＿＿＿　　日期：2025年6月20日
"""

Z03 = """悦居家居门店订单及送装管理SaaS服务合同

合同编号：YJ-IT-2025-009

甲方（客户）：成都悦居家居连锁有限公司
地址：成都市武侯区天府大道中段1266号
乙方（服务商）：上海家通云科技有限公司
地址：上海市闵行区浦锦路2088号

鉴于甲方在四川、重庆共经营20家家具门店，需要统一的订单、库存、送货及安装管理系统；乙方提供“家通云”订单及送装管理SaaS服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方为甲方20家门店及总部开通“家通云”订阅服务，包括门店开单、定制订单、库存调拨、送货排期、安装派工、售后工单、移动端APP及经营报表功能。
（二）乙方提供实施服务：业务调研、系统配置、历史订单及客户资料迁移、与甲方金蝶ERP及收银系统的接口开发、门店人员培训。
（三）服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。

二、服务费用
（一）本合同总价为人民币玖拾万元整（¥900,000），明细如下：
  1. 门店订阅费：20家 × ¥9,600/服务年度 = ¥192,000/服务年度
  2. 总部管理模块订阅费：¥48,000/服务年度
  3. 订阅费小计：¥240,000/服务年度 × 3个服务年度 = ¥720,000
  4. 实施费（配置、迁移、接口开发）：¥156,000
  5. 培训费：¥24,000
  合计：¥900,000
（二）服务期内新增门店的，按每店¥9,600/服务年度按月折算另行计费。

三、付款方式
（一）订阅费按季度支付，乙方于每季度结束后开具发票，甲方在收到发票后15日内支付当季费用¥60,000。
（二）实施费及培训费在系统上线验收合格后15日内一次性支付。
（三）甲方无需支付任何预付款。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成配置、数据迁移及接口开发，具备上线条件。
（二）上线验收标准：历史订单及客户资料迁移后抽查核对一致；ERP接口单据同步成功率不低于99.8%；20家门店均完成开单、派工、售后全流程测试；移动端APP在安卓及iOS设备上运行正常。
（三）验收由甲方信息部组织，出具书面验收单。乙方开通账号或门店开始使用均不视为验收合格。
（四）乙方未能按期具备上线条件的，每迟延一日向甲方支付¥600。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%（计划维护时间除外，计划维护应安排在夜间并提前3日通知）。
（二）一级故障（全部门店无法开单或送装派工中断）乙方应在1小时内响应，6小时内恢复；二级故障3小时内响应，次日内解决。
（三）月度可用率低于约定值的，按当月订阅费的5%向甲方提供服务抵扣；低于99%的，按当月订阅费的12%抵扣。一级故障响应超时的，每次抵扣¥1,000。

六、数据权属与数据安全
（一）甲方在系统中录入和产生的订单、客户、库存及送装数据属于甲方。
（二）甲方同意，乙方可对上述数据进行脱敏、汇总后用于改进产品、训练排期算法及编制家居行业经营分析报告，该使用不因合同终止而停止。
（三）乙方应在中国境内存储数据，采取加密传输与存储、分级权限、操作日志审计等措施，并通过网络安全等级保护三级测评。
（四）发生数据泄露的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因造成的损失由乙方赔偿。
（五）合同终止后30日内，乙方应按甲方要求导出全部数据，并在甲方确认后删除。

七、保密
双方对在合作中获知的对方商业秘密、经营数据及客户信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

八、知识产权
（一）“家通云”平台及其原有功能的知识产权归乙方所有。
（二）为甲方专门开发的ERP及收银系统接口程序、定制报表及配置方案归甲方所有，甲方可自行修改、使用或交由第三方维护。

九、续期
服务期届满前30日任何一方未书面提出终止的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权上调订阅费，每次上调幅度不超过8%，以乙方书面通知为准。

十、违约责任与责任限制
（一）任何一方违约，应赔偿对方因此遭受的直接损失。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、侵犯知识产权及故意行为造成的损失不受此限。

十一、分包
乙方使用的云基础设施服务商为阿里云，双方签字即视为认可。除此之外，乙方将任何服务分包给第三方的，须事先取得甲方书面同意。

十二、合同解除
乙方严重违约或月度可用率连续两个月低于99%，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方退还已付未使用期间的费用。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
（一）因地震、洪水、疫情防控措施等不可抗力导致一方不能履行合同的，该方应在3日内书面通知对方，并在15日内提供有关证明，受影响部分的履行期限相应顺延；双方应采取合理措施减少损失。
（二）乙方应指定项目经理一名，全面负责实施及与甲方的日常沟通；项目经理及核心技术人员未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方的安全、保密及考勤管理规定。
（三）甲方需求变更的，应以书面形式提出；乙方应在5个工作日内评估对工期和费用的影响并书面回复，经双方签字确认后方可实施。未经确认的变更不产生额外费用。
（四）乙方应提交需求说明书、设计文档、测试报告、用户手册、运维手册及培训教材的纸质版和电子版各一套，文档应使用中文，内容应与实际交付的系统一致。
（五）双方往来通知应以书面形式送达本合同首部所列地址或双方指定的电子邮箱；一方地址或联系人变更的，应在变更后3日内书面通知对方，否则按原地址送达视为有效送达。
（六）双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益；发现违反的，甲方可暂停付款并向有关部门报告。
（七）乙方应为甲方系统管理员及业务骨干提供不少于3天的集中培训，内容包括系统操作、日常维护、常见故障处理及数据备份恢复，培训结束后由甲方对培训效果进行确认。
（八）因履行本合同发生的税费，按国家有关规定由双方各自承担。乙方开具的发票应真实合法，发票内容与合同约定一致，因发票不合规造成的损失由乙方承担。
（九）本合同附件包括技术规格及功能清单、实施计划、验收测试方案及人员名单。附件与合同正文具有同等效力，如有冲突以合同正文为准。
（十）双方在实施期间每两周召开一次项目例会，乙方应在会后2个工作日内发送会议纪要，列明未决问题、风险及双方确认的行动事项。

甲方：成都悦居家居连锁有限公司（盖章）  代表：________  日期：2025年8月10日
乙方：上海家通云科技有限公司（盖章）  代表：________  日期：2025年8月10日
"""

Z04 = """滨江市广播电视台播出系统年度运维服务合同

项目编号：BJTV-CS-2025-04（竞争性磋商）

甲方（采购人）：滨江市广播电视台
地址：滨江市新城区广电路1号
乙方（成交供应商）：南京播安信息技术服务有限公司
地址：南京市建邺区江东中路311号

根据滨江市广播电视台播出系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方依照《中华人民共和国政府采购法》《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务范围
1.1 乙方为甲方提供两个电视频道、三套广播频率播出系统的运维服务，范围包括：硬盘播出服务器、播出控制软件、矩阵切换、信号监测、应急垫播、播出机房供配电及空调的日常运维。
1.2 服务期自2025年8月1日起至2026年7月31日止。服务期届满合同终止，不自动续期。

2. 服务内容
2.1 驻场值守：乙方派驻4名具有广电播出系统运维经验的工程师，实行7×24小时轮班值守。
2.2 巡检：每日例行巡检，每月深度巡检，每季度对备份链路及应急垫播进行切换演练。
2.3 应急保障：重大节日、重要会议及重大活动期间加派人员现场保障。
2.4 年度健康评估：服务期末提交播出系统健康评估报告及改进建议。

3. 服务费用
3.1 服务总价为人民币捌拾伍万元整（¥850,000），明细如下：
（1）驻场值守服务：¥576,000
（2）设备巡检及备件保障：¥168,000
（3）重大活动应急保障：¥72,000
（4）年度健康评估：¥34,000
3.2 上述费用为固定总价，包含人工、交通、备件、工具及税费。

4. 付款
4.1 服务费按季度支付。每季度结束后，甲方对乙方当季服务进行考核，考核合格后15个工作日内支付当季服务费¥212,500。
4.2 本合同不设预付款。

5. 服务水平
5.1 一级故障（停播、黑场、静音超过10秒或主备链路同时中断）：乙方值守人员应立即处置，工程师15分钟内响应，1小时内恢复播出。
5.2 二级故障（单路设备故障但未影响播出）：30分钟内响应，8小时内修复。
5.3 三级故障（监测告警、非关键功能异常）：2小时内响应，48小时内处理完毕。
5.4 因乙方原因造成停播的，每次扣减服务费¥5,000，每超过10秒另扣¥500；一级故障响应超时的，每次扣减¥2,000。

6. 考核与验收
6.1 甲方每季度按以下标准考核：值守记录完整；巡检按计划全部完成、无遗漏；故障均按时响应和处理；无因乙方原因造成的责任事故。
6.2 服务期末，甲方根据四个季度的考核结果和年度健康评估报告组织终验，出具书面验收意见。

7. 到岗及违约
7.1 乙方应于服务期开始之日安排全部驻场人员到岗。人员到岗延误的，每延误一日乙方向甲方支付违约金¥1,000。
7.2 驻场人员未经甲方同意擅自更换或缺岗的，每人每日扣减服务费¥800。

8. 数据与安全播出
8.1 播出素材、节目单、播出日志及系统配置数据属于甲方，乙方不得复制、带离或用于本合同以外的任何目的。
8.2 乙方应遵守广电安全播出管理规定及网络安全等级保护要求，严禁在播出网内使用外部移动介质，远程维护须经甲方审批。
8.3 发生数据泄露、非法插播或网络安全事件的，乙方应立即报告甲方并协助处置；因乙方原因造成的，乙方承担全部法律责任及赔偿责任。

9. 保密
乙方对服务中知悉的甲方节目内容、播出安排及内部资料负有保密义务，未经甲方书面同意不得对外披露。

10. 知识产权
乙方在服务中形成的运维文档、应急预案、巡检脚本及健康评估报告归甲方所有。

11. 分包
乙方可将播出机房空调、UPS等配套设备的维护保养分包给具备资质的第三方，但应提前5个工作日书面告知甲方，乙方对分包工作承担责任。

12. 合同履行
12.1 鉴于安全播出的连续性要求，服务期内任何一方均不得单方解除本合同。
12.2 乙方违约的，甲方可按本合同约定扣减服务费、要求乙方限期整改或更换驻场人员，但不得以此为由解除合同。

13. 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。磋商文件、响应文件及成交通知书为本合同组成部分。
14.1 因地震、洪水、疫情防控措施等不可抗力导致一方不能履行合同的，该方应在3日内书面通知对方，并在15日内提供有关证明，受影响部分的履行期限相应顺延；双方应采取合理措施减少损失。
14.2 乙方应指定项目经理一名，全面负责实施及与甲方的日常沟通；项目经理及核心技术人员未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方的安全、保密及考勤管理规定。
14.3 乙方应在甲方现场配备关键备品备件，备件清单经甲方确认；备件消耗后乙方应在7日内补齐，并在月度报告中列明备件使用情况。
14.4 乙方应提交需求说明书、设计文档、测试报告、用户手册、运维手册及培训教材的纸质版和电子版各一套，文档应使用中文，内容应与实际交付的系统一致。
14.5 双方往来通知应以书面形式送达本合同首部所列地址或双方指定的电子邮箱；一方地址或联系人变更的，应在变更后3日内书面通知对方，否则按原地址送达视为有效送达。
14.6 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益；发现违反的，甲方可暂停付款并向有关部门报告。
14.7 因履行本合同发生的税费，按国家有关规定由双方各自承担。乙方开具的发票应真实合法，发票内容与合同约定一致，因发票不合规造成的损失由乙方承担。
14.8 甲方应按实施计划及时提供场地、网络环境、基础数据及业务人员配合；因甲方原因造成延误的，相关期限相应顺延。
14.9 本合同附件包括技术规格及功能清单、实施计划、验收测试方案及人员名单。附件与合同正文具有同等效力，如有冲突以合同正文为准。
14.10 双方在实施期间每两周召开一次项目例会，乙方应在会后2个工作日内发送会议纪要，列明未决问题、风险及双方确认的行动事项。
14.11 乙方应为甲方系统管理员及业务骨干提供不少于3天的集中培训，内容包括系统操作、日常维护、常见故障处理及数据备份恢复，培训结束后由甲方对培训效果进行确认。
14.12 甲方需求变更的，应以书面形式提出；乙方应在5个工作日内评估对人员安排和费用的影响并书面回复，经双方签字确认后方可实施。未经确认的变更不产生额外费用。
14.13 乙方人员进入播出机房应持甲方发放的出入证，遵守机房值班、交接班及动火管理规定，离岗时应完成交接并签字。

甲方：滨江市广播电视台（盖章）  代表：________  日期：2025年7月20日
乙方：南京播安信息技术服务有限公司（盖章）  代表：________  日期：2025年7月20日
"""

Z05 = """# 配方宝配方管理系统软件许可及定制开发合同

> 广州配方宝信息科技有限公司 标准合同文本 V3.0

合同编号：PFB-2025-0716

- 甲方（客户）：佛山味源调味食品有限公司，地址：佛山市顺德区容桂街道食品工业园8号
- 乙方（供应商）：广州配方宝信息科技有限公司，地址：广州市天河区科韵路16号

甲方因鸡精、鸡粉及复合调味料产品的配方研发与生产管理需要，向乙方采购“配方宝”配方管理系统软件许可及定制开发服务。双方经友好协商，订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供配方宝配方管理系统V6软件许可（永久许可，50个用户），功能包括配方版本管理、原料主数据、营养成分及过敏原计算、配方审批、试产记录及标签信息生成。

1.2 乙方为甲方提供定制开发：与甲方ERP及MES系统的接口、配方多级审批流程、配方成本测算模块。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 配方宝V6软件许可（50用户，永久） | 760,000 |
| 2 | 定制开发（ERP/MES接口、审批流程、成本测算） | 180,000 |
| 3 | 实施部署及培训 | 60,000 |
| | 合计 | 1,000,000 |

合同总价为人民币壹佰万元整（¥1,000,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥500,000。

3.2 系统上线后10个工作日内，甲方支付合同总价的50%，即¥500,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后60个工作日内完成部署及定制开发，并通知甲方上线。

4.2 系统上线运行后即视为甲方验收合格。甲方在上线后提出的问题，按第六条的维护服务处理。

4.3 因甲方未及时提供原料数据、配方资料或测试环境导致延期的，交付时间相应顺延。

## 第五条 知识产权

5.1 配方宝软件及其全部版本的知识产权归乙方所有。

5.2 乙方为甲方定制开发的接口程序、审批流程、成本测算模块及相关源代码，其知识产权均归乙方所有。甲方在本合同有效期内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括缺陷修复及远程技术支持。

6.2 一级故障（系统无法登录或配方无法审批）乙方在8小时内响应；其他故障在2个工作日内响应。乙方将尽力修复，但不因响应或修复时间承担扣款、赔偿或违约金。

6.3 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费为软件许可费的24%，即每服务年度¥182,400，包括版本升级、远程支持及每半年一次现场巡检。

## 第七条 数据与保密

7.1 甲方的配方数据、原料及供应商信息属于甲方，乙方仅为提供本合同服务而接触，不得用于其他目的。

7.2 乙方远程维护须经甲方授权，使用加密通道并记录操作日志；乙方人员不得下载或拷贝配方数据。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成泄露的，乙方依法承担赔偿责任。

7.3 双方对在合作中获知的对方商业秘密及技术信息负有保密义务，本条在合同终止后继续有效。

## 第八条 合作伙伴

乙方可根据项目需要，将部分开发、实施工作交由乙方的合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作质量负责。

## 第九条 违约责任

9.1 任何一方违反本合同约定的，应承担相应的违约责任。

9.2 乙方不对甲方的间接损失、利润损失或生产损失承担责任。

## 第十条 合同解除

任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

## 第十一条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十二条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同未尽事宜，双方另行协商。

12.1 因地震、洪水、疫情防控措施等不可抗力导致一方不能履行合同的，该方应在3日内书面通知对方，并在15日内提供有关证明，受影响部分的履行期限相应顺延；双方应采取合理措施减少损失。

12.2 乙方应指定项目经理一名，全面负责实施及与甲方的日常沟通；项目经理及核心技术人员未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方的安全、保密及考勤管理规定。

12.3 甲方需求变更的，应以书面形式提出；乙方应在5个工作日内评估对工期和费用的影响并书面回复，经双方签字确认后方可实施。未经确认的变更不产生额外费用。

12.4 乙方应提交需求说明书、设计文档、测试报告、用户手册、运维手册及培训教材的纸质版和电子版各一套，文档应使用中文，内容应与实际交付的系统一致。

12.5 双方往来通知应以书面形式送达本合同首部所列地址或双方指定的电子邮箱；一方地址或联系人变更的，应在变更后3日内书面通知对方，否则按原地址送达视为有效送达。

12.6 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益；发现违反的，甲方可暂停付款并向有关部门报告。

12.7 乙方应为甲方系统管理员及业务骨干提供不少于3天的集中培训，内容包括系统操作、日常维护、常见故障处理及数据备份恢复，培训结束后由甲方对培训效果进行确认。

12.8 因履行本合同发生的税费，按国家有关规定由双方各自承担。乙方开具的发票应真实合法，发票内容与合同约定一致，因发票不合规造成的损失由乙方承担。

12.9 本合同附件包括技术规格及功能清单、实施计划、验收测试方案及人员名单。附件与合同正文具有同等效力，如有冲突以合同正文为准。

12.10 双方在实施期间每两周召开一次项目例会，乙方应在会后2个工作日内发送会议纪要，列明未决问题、风险及双方确认的行动事项。

12.11 甲方应按实施计划及时提供场地、网络环境、基础数据及业务人员配合；因甲方原因造成延误的，相关期限相应顺延。

12.12 乙方提供的软件应为正版，安装介质及授权文件随软件一并交付；软件中如包含第三方开源组件，乙方应列明清单并保证其许可与甲方使用不冲突。

12.13 乙方应在上线前向甲方提交上线方案及回退方案，明确上线时间、数据切换步骤和责任人。

甲方（盖章）：佛山味源调味食品有限公司　　代表：＿＿＿＿　　日期：2025年7月16日

乙方（盖章）：广州配方宝信息科技有限公司　　代表：＿＿＿＿　　日期：2025年7月16日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. OLS-HGD-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made on 18 August 2025 between:
P:(1) Hefei Greenfield Dairy Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at 88 Fanhua Avenue, Hefei, Anhui Province (the "Customer"); and
P:(2) Okanagan Ledger Systems Ltd., a company incorporated in British Columbia, Canada, with its office at 1470 Water Street, Kelowna, British Columbia (the "Vendor").
P:Background: The Customer operates three dairy plants and a cold-chain distribution centre and wishes to replace its warehouse and batch-traceability system. The Vendor licenses the LedgerTrace warehouse management software and provides implementation services. At the Customer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the LedgerTrace Warehouse Management System, version 9, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other work product created by the Vendor specifically for the Customer under Article 3.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3.
P:1.4 "Customer Data" means all data entered into, stored in or generated by the Software at the Customer's sites, including batch, inventory, supplier and personnel data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for 150 named users and unlimited read-only users at all sites operated by the Customer and its subsidiaries in mainland China.
P:2.2 The Customer may make copies for backup, test and disaster recovery. The licence survives any termination of this Agreement once the Licence Fee has been paid.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software, build interfaces to the Customer's Kingdee ERP, the plant MES and the cold-chain temperature monitoring system, migrate open inventory and batch records, and train key users and administrators.
P:3.2 The Vendor shall deliver the project according to the implementation plan in Schedule 2, with a go-live target of 120 days after signature.
H:Article 4 Price
P:4.1 The total price of this Agreement is CNY 2,040,000 (the "Contract Price"), inclusive of taxes, itemised as follows:
P:(a) Licence Fee for the Software (150 named users, perpetual): CNY 1,380,000;
P:(b) implementation and interfaces: CNY 520,000;
P:(c) data migration: CNY 92,000;
P:(d) training: CNY 48,000.
P:4.2 The Contract Price is fixed. Travel and accommodation of the Vendor's staff are included.
H:Article 5 Payment
P:5.1 The Customer shall pay 10% of the Contract Price within 20 days after signature against the Vendor's invoice.
P:5.2 The Customer shall pay 55% of the Contract Price within 20 days after Go-Live, meaning the first full week of production use at all three plants. Go-Live and this payment do not constitute acceptance.
P:5.3 The Customer shall pay the remaining 35% within 20 days after Final Acceptance.
H:Article 6 Acceptance
P:6.1 After Go-Live the system shall run in production for 45 days. The acceptance tests shall show: (a) inventory balances reconciled with physical stock counts at every warehouse with no unexplained difference; (b) full forward and backward batch trace for ten sample batches completed within 2 minutes each; (c) all interfaces in Schedule 2 running without manual correction for ten consecutive working days; (d) no open Severity 1 or Severity 2 defect.
P:6.2 If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
P:6.3 When all criteria are met, the Customer shall sign a Final Acceptance certificate within 10 working days. Use of the Software in production is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Schedule 2 for 18 months after Final Acceptance, and will correct any non-conformity free of charge during that period.
P:7.2 During the warranty and any support period the Vendor shall respond to a Severity 1 incident (production stopped at any plant, or batch trace unavailable) within 1 hour and restore operation within 8 hours; Severity 2 incidents within 2 hours and 2 business days.
P:7.3 For each hour by which a Severity 1 response or restoration is late the Vendor shall credit the Customer CNY 1,200.
P:7.4 After the warranty, the Customer may order annual support. The annual support fee is 12% of the Licence Fee, i.e. CNY 165,600 per Support Year, and shall not increase for the first three Support Years. Support includes new versions, telephone and remote support and one site visit per Support Year. Support is ordered each Support Year by purchase order and does not renew automatically.
H:Article 8 Delay
P:8.1 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of CNY 2,000 for each day of delay, up to 10% of the Contract Price.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code, and the Customer may use, modify and license them freely, including to a third-party maintainer.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall process it only to perform this Agreement and shall not copy it, keep it or use it for any other purpose.
P:10.2 The Software is installed on the Customer's servers in Hefei. Remote access by the Vendor requires the Customer's approval for each session, uses the Customer's VPN with multi-factor authentication and is logged. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:10.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 12 hours and shall bear the losses and remediation costs caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep the other party's non-public information confidential, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation survives termination.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 10 and 11, infringement of third-party rights, personal injury or wilful misconduct.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:14.2 On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Province of British Columbia and the federal laws of Canada applicable there.
P:15.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the Vancouver International Arbitration Centre, seated in Vancouver, in English, before a sole arbitrator.
H:Article 16 General
P:16.1 This Agreement, with Schedule 1 (Software specification) and Schedule 2 (implementation plan and interfaces), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be sent in writing to the addresses above.
P:16.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disaster, epidemic control measures or government action, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Payment for work already performed is not suspended.
P:16.4 The Vendor shall appoint a project manager who speaks Mandarin and English and who is responsible for day-to-day communication with the Customer. Key staff named in the project plan shall not be replaced without the Customer's consent, which shall not be unreasonably withheld. Staff working at the Customer's sites shall follow its safety, security and site rules.
P:16.5 Either party may request a change to the scope. The Vendor shall assess the effect of each request on the schedule and the price within five business days and shall not carry out a change until both parties have signed a written change order. Work performed without a signed change order is not chargeable.
P:16.6 Each party shall comply with applicable anti-bribery laws. The Vendor shall not offer or give any commission, gift, hospitality or other improper benefit to the Customer's employees in connection with this agreement.
P:16.7 Each party bears its own taxes under applicable law. Invoices shall state the contract number, the items invoiced and the bank account details, and shall comply with the applicable tax rules.
P:16.8 Each party shall comply with the export control and sanctions laws applicable to it. The Vendor confirms that no export licence is required for the items delivered under this agreement.
P:16.9 If any provision of this agreement is held invalid, the remaining provisions remain in force. A failure or delay in exercising a right is not a waiver of it.
P:Signed for Hefei Greenfield Dairy Co., Ltd.: ____________________ Name / Title / Date
P:Signed for Okanagan Ledger Systems Ltd.: ____________________ Name / Title / Date
"""

E02 = """# ORDER FORM

**Chinook Field Apps Inc.** — Order Form No. CFA-2025-0412, under the General Terms below

| Item | Detail |
|---|---|
| Provider | Chinook Field Apps Inc., 600 Centre Street S, Calgary, Alberta, Canada |
| Customer | Suzhou Lakeside Property Management Co., Ltd., 9 Xinghu Street, Suzhou Industrial Park, Jiangsu, PRC |
| Service | Chinook WorkOrder, a cloud work-order and inspection application for property management |
| Subscription Term | 1 September 2025 to 31 August 2028 (three Subscription Years) |
| Users | 260 field users and 40 office users across 31 residential and office properties |
| Currency | Chinese Renminbi (CNY), at the Customer's request |

## 1. Fees

| Fee | Amount |
|---|---|
| Subscription fee per Subscription Year | CNY 264,000 |
| Subscription fees for the Subscription Term (3 × CNY 264,000) | CNY 792,000 |
| Onboarding (configuration, data import, two training days) | CNY 38,000 |
| Total Contract Value | CNY 830,000 |

1.1 Subscription fees are invoiced quarterly in advance at CNY 66,000 per quarter, from the Subscription Start Date.
1.2 The onboarding fee is invoiced after Go-Live Acceptance under clause 3.
1.3 Invoices are payable within 30 days. Fees are fixed for the Subscription Term.
1.4 Additional users may be added at the same per-user rate, pro rata to the end of the current Subscription Year.

## 2. Onboarding

2.1 Provider shall configure the Service for the Customer's properties, import the asset register, resident units and inspection checklists supplied by the Customer, and train the Customer's supervisors.
2.2 Provider shall make the Service ready for Go-Live Acceptance within 30 days after the Subscription Start Date.

## 3. Go-Live Acceptance

3.1 The Customer shall test the configured Service against the following criteria: (a) all 31 properties, their asset registers and resident units imported and reconciled against the Customer's lists; (b) work orders created, dispatched, completed and closed on both the mobile application and the web console; (c) the monthly inspection and repair reports in the agreed format produced correctly; (d) single sign-on with the Customer's directory working for all office users.
3.2 If the criteria are met, the Customer shall sign a Go-Live Acceptance certificate within five business days. Use of the Service before then is not acceptance.
3.3 If Provider does not make the Service ready for Go-Live Acceptance on time for reasons within its control, it shall pay the Customer CNY 500 for each day of delay.

## 4. Renewal

This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

Signed for the Customer: ____________________  Date: __________

Signed for Provider: ____________________  Date: __________

# GENERAL TERMS

## 1. Definitions

1.1 "Service" means the Chinook WorkOrder application described in the Order Form, including its mobile applications and updates.
1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including resident, staff, asset and work-order data, photos and signatures.
1.3 "Customer Configurations" means the forms, checklists, workflows and report templates configured for the Customer.
1.4 "Subscription Year" means each period from 1 September to the following 31 August within the Subscription Term.

## 2. Provision of the Service

2.1 Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with the documentation.
2.2 Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance outside Beijing business hours where practical.
2.3 Support is provided by email and through the in-app help centre on business days between 09:00 and 18:00 Beijing time. Provider will respond to support requests as soon as reasonably practicable.
2.4 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

## 3. Customer Data

3.1 Customer Data belongs to the Customer. Provider shall use Customer Data only to provide the Service to the Customer and shall not sell, disclose or otherwise use it.
3.2 Customer Data is hosted in a data centre in mainland China operated by Provider's hosting provider named in clause 8.2. Provider shall maintain ISO/IEC 27001 certification, encrypt Customer Data in transit and at rest, restrict access to authorised personnel on a need-to-know basis and keep access logs.
3.3 Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate steps to contain it, and shall be responsible for the losses and costs caused by a breach of this clause.
3.4 Within 30 days after the end of the Subscription Term Provider shall return Customer Data in CSV and image files and then delete it, and shall confirm deletion in writing.

## 4. Intellectual Property

4.1 Provider owns the Service and all its components.
4.2 Customer Configurations belong to the Customer. The Customer may use, modify and license them freely, including for use with another provider after the Subscription Term, and Provider shall export them on request.

## 5. Confidentiality

Each party shall keep confidential all non-public information received from the other party, use it only for the purposes of the Order Form and these General Terms, and not disclose it to third parties except to its staff and advisers bound by similar obligations. This clause survives termination.

## 6. Warranties

6.1 Provider warrants that the Service will perform materially in accordance with its documentation and that it will not knowingly introduce malicious code.
6.2 Provider shall defend the Customer against any claim that the Service infringes a third party's intellectual property rights and pay the resulting damages and costs.

## 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential losses or loss of profits.
7.2 Provider's total liability arising out of or in connection with the Order Form and these General Terms is limited to the fees paid by the Customer in the nine months preceding the event giving rise to the claim.
7.3 The limits in this clause do not apply to liability for personal injury, wilful misconduct or the intellectual property indemnity in clause 6.2.

## 8. Subcontracting

8.1 Provider shall not subcontract any part of the Service without the Customer's prior written consent.
8.2 The Customer approves, by signing the Order Form, Provider's hosting provider, Shanghai Yunhe Data Services Co., Ltd. Provider remains responsible for the acts and omissions of any subcontractor.

## 9. Term and Termination

9.1 These General Terms apply for the Subscription Term of the Order Form.
9.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
9.3 On termination for Provider's breach, Provider shall refund the prepaid fees for the period after termination.
9.4 The Customer may also terminate if Provider becomes insolvent or ceases to provide the Service.

## 10. Governing Law and Disputes

10.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.
10.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

## 11. General

11.1 Neither party may assign the Order Form without the other party's written consent.
11.2 Notices shall be given in writing to the addresses in the Order Form.
11.3 If there is a conflict between the Order Form and these General Terms, the Order Form prevails.
11.4 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disaster, epidemic control measures or government action, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Payment for work already performed is not suspended.
11.5 Notices shall be given in writing to the addresses stated above or to the e-mail addresses the parties designate for that purpose. A party that changes its address or contact person shall inform the other party within three business days.
11.6 Each party shall comply with applicable anti-bribery laws. Provider shall not offer or give any commission, gift, hospitality or other improper benefit to the Customer's employees in connection with this agreement.
11.7 Each party bears its own taxes under applicable law. Invoices shall state the contract number, the items invoiced and the bank account details, and shall comply with the applicable tax rules.
11.8 Each party shall comply with the export control and sanctions laws applicable to it. Provider confirms that no export licence is required for the items delivered under this agreement.
11.9 If any provision of this agreement is held invalid, the remaining provisions remain in force. A failure or delay in exercising a right is not a waiver of it.
11.10 the Customer shall provide timely access to its sites, systems and staff, make the decisions required for the project within the agreed periods and provide data in the agreed formats. Delays caused by the Customer extend the affected dates accordingly.
11.11 This agreement is made in English and Chinese. Both texts have equal effect; if they differ, the parties shall interpret them in good faith according to the purpose of the agreement.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR GRAIN BIN MONITORING SENSORS
P:Contract No. SGG-EQ-2025-026
P:Buyer: Shandong Goldfield Grain Storage Co., Ltd., 16 Jingshi Road, Jinan, Shandong Province, PRC (the "Buyer").
P:Supplier: Prairie Bin Sensing Ltd., 310 Wall Street, Saskatoon, Saskatchewan, Canada (the "Supplier").
P:Whereas the Buyer operates 24 steel grain bins and four flat warehouses at its Jinan and Dezhou depots and wishes to install temperature and moisture cable sensors with wireless gateways and monitoring software, and the Supplier has offered to supply and install them, the parties agree as follows. All prices are in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, weather stations, server and other items listed in Annex 1.
P:1.2 "Software" means the BinWatch monitoring software and the embedded firmware of the Equipment.
P:1.3 "Final Acceptance" means the Buyer's written acceptance under clause 5.3.
P:1.4 "Buyer Data" means all readings, alarms, configurations, drawings and records generated at or about the Buyer's sites.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment and the Software, install the cables in each bin and warehouse, commission the gateways, configure alarm thresholds agreed with the Buyer, connect the system to the Buyer's depot management platform and train the Buyer's storekeepers.
P:2.2 All Equipment shall be new, of the models stated in Annex 1, and certified for use in grain dust environments.
H:3. Price
P:3.1 The Contract Price is CNY 1,700,000, fixed and inclusive of taxes, freight to site, installation, training and warranty service, as itemised in the table below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and moisture cable sensors|480|2,150|1,032,000
TB:2|Wireless gateways|24|6,800|163,200
TB:3|Weather stations|4|18,500|74,000
TB:4|Monitoring server and BinWatch licence (perpetual)|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,455,200
TB:5|Installation, commissioning and integration|1|214,800|214,800
TB:6|Training|1|30,000|30,000
TB:|Contract Price|||1,700,000
H:4. Delivery and Payment
P:4.1 The Supplier shall deliver the Equipment to the Jinan and Dezhou depots within 70 days after signature and complete installation within 40 days after delivery, outside the Buyer's main intake season.
P:4.2 No advance payment is payable.
P:4.3 The Buyer shall pay 65% of the Contract Price within 30 days after both parties sign the Installation Certificate for all sites. The Installation Certificate records completion of installation only and is not acceptance.
P:4.4 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.5 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 After installation the system shall run for 30 consecutive days. The acceptance tests shall show: (a) every sensor point reporting, with temperature readings within ±0.5 °C of a calibrated reference at ten sample points per bin; (b) moisture readings within ±0.8 percentage points of laboratory samples; (c) alarms delivered to the platform and by SMS within 60 seconds; (d) gateway data loss below 0.5% of readings during the run; (e) the interface with the depot management platform passing the agreed test cases.
P:5.2 If a test fails, the Supplier shall remedy the defect and repeat the test. Use of the system by the Buyer during the run is not acceptance.
P:5.3 When all tests are passed, the Buyer shall issue a written Final Acceptance certificate within 10 working days.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance and shall repair or replace any defective item free of charge, including parts, labour and travel.
P:6.2 During the warranty the Supplier shall respond to incidents as set out in the table below.
TB:Severity|Description|Response|On site or restored
TB:1|System down at a depot or alarms not delivered|2 hours|24 hours
TB:2|A gateway or group of sensors not reporting|8 hours|3 days
TB:3|Other defects and questions|2 business days|next site visit
P:6.3 For each hour by which a Severity 1 response or restoration is late the Supplier shall pay the Buyer CNY 800.
P:6.4 After the warranty the Buyer may order support at an annual fee of 7% of the Hardware and Licence Subtotal (CNY 101,864), fixed for the first two support periods after the warranty. Support is ordered by purchase order and does not renew automatically.
H:7. Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy or keep it.
P:7.2 The system runs on the Buyer's server on the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN and is logged. The Supplier shall comply with the PRC Data Security Law.
P:7.3 The Supplier shall notify the Buyer of any security incident within 12 hours and shall bear the losses caused by its breach of this clause.
H:8. Intellectual Property
P:8.1 Site layouts, calibration tables, alarm configurations and interface code made for the Buyer belong to the Buyer, which may use and modify them freely.
P:8.2 The Software remains the property of the Supplier and is licensed to the Buyer perpetually.
H:9. Confidentiality
P:9.1 Each party shall keep the other party's non-public information confidential and use it only for this Contract. This clause survives termination.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under clause 4.5 reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan.
H:14. General
P:14.1 This Contract is signed in two originals in English and Chinese. Both texts have equal effect.
P:14.2 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disaster, epidemic control measures or government action, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Payment for work already performed is not suspended.
P:14.3 The Supplier shall appoint a project manager who speaks Mandarin and English and who is responsible for day-to-day communication with the Buyer. Key staff named in the project plan shall not be replaced without the Buyer's consent, which shall not be unreasonably withheld. Staff working at the Buyer's sites shall follow its safety, security and site rules.
P:14.4 Either party may request a change to the scope. The Supplier shall assess the effect of each request on the schedule and the price within five business days and shall not carry out a change until both parties have signed a written change order. Work performed without a signed change order is not chargeable.
P:14.5 Notices shall be given in writing to the addresses stated above or to the e-mail addresses the parties designate for that purpose. A party that changes its address or contact person shall inform the other party within three business days.
P:14.6 Each party shall comply with applicable anti-bribery laws. The Supplier shall not offer or give any commission, gift, hospitality or other improper benefit to the Buyer's employees in connection with this agreement.
P:14.7 Each party bears its own taxes under applicable law. Invoices shall state the contract number, the items invoiced and the bank account details, and shall comply with the applicable tax rules.
P:14.8 The Supplier shall maintain public liability insurance and insurance for its staff working at the Buyer's sites throughout the performance of this agreement and shall provide certificates on request.
P:14.9 Each party shall comply with the export control and sanctions laws applicable to it. The Supplier confirms that no export licence is required for the items delivered under this agreement.
P:14.10 If any provision of this agreement is held invalid, the remaining provisions remain in force. A failure or delay in exercising a right is not a waiver of it.
P:14.11 the Buyer shall provide timely access to its sites, systems and staff, make the decisions required for the project within the agreed periods and provide data in the agreed formats. Delays caused by the Buyer extend the affected dates accordingly.
P:14.12 The parties shall hold a progress meeting every two weeks until acceptance. The Supplier shall circulate minutes within two business days, listing open issues, risks and the actions agreed.
P:Annex 1: Equipment list and site allocation. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** RRM-BSD-2025-11

**Between** Hangzhou Brightsmile Dental Clinics Co., Ltd., 200 Qingchun Road, Shangcheng District, Hangzhou, Zhejiang, PRC ("Customer")

**and** Red River Managed IT Ltd., 175 Hargrave Street, Winnipeg, Manitoba, Canada ("Provider").

**Background.** Customer operates 14 dental clinics in Hangzhou and Shaoxing. Customer wishes Provider to run its service desk, endpoint management, clinic network support and backup as a managed service. Prices are in Chinese Renminbi (CNY) at Customer's request.

## 1. Services

1.1 Provider shall provide the managed services described in Schedule 1 (the "Services") for all clinics and the head office from the Service Commencement Date.
1.2 Provider shall perform an onboarding project before the Service Commencement Date: inventory of all devices, documentation of each clinic network, deployment of the management agent and backup agents, and handover from the current supporter.
1.3 Provider shall provide the Services in Mandarin and may use its delivery centre in Hangzhou for on-site work.

## 2. Term

2.1 The Services run for 24 months from the Service Commencement Date, planned for 1 October 2025 (the "Term").
2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties; the charges for an extension shall be the charges in Schedule 3 unless both parties agree otherwise in writing.

## 3. Charges and Payment

3.1 Charges are set out in Schedule 3. The Total Contract Value is CNY 1,440,000.
3.2 Monthly charges are invoiced monthly in arrears. The onboarding charge is invoiced after Service Commencement Acceptance under clause 4.
3.3 Customer shall pay undisputed invoices within 30 days. Nothing is payable in advance.

## 4. Onboarding and Service Commencement Acceptance

4.1 Provider shall complete onboarding by 30 September 2025.
4.2 Service Commencement Acceptance requires: (a) the device inventory reconciled with Customer's asset list for every clinic; (b) the management agent reporting from every workstation, imaging PC and server; (c) a successful test restore of the practice management database and of one file share per clinic; (d) the service desk handling test tickets in each priority of Schedule 2 within the target times.
4.3 Customer shall confirm acceptance in writing within five business days after the criteria are met. Starting to use the Services is not acceptance.
4.4 If Service Commencement Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.
5.2 If a service level is missed, Provider shall grant the service credits in Schedule 2 against the next invoice.

## 6. Customer Data

6.1 All data held on Customer's systems, including patient records, images, appointments and staff data ("Customer Data"), belongs to Customer.
6.2 Provider shall use Customer Data only to provide the Services and shall not sell it or use it for any other purpose.

## 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it without prior written consent. This clause survives the end of the Agreement.

## 8. Intellectual Property

Runbooks, network documentation, scripts and reports prepared for Customer belong to Customer, which may use and modify them freely and give them to any successor provider. Provider's own tools remain its property.

## 9. Liability

Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury or wilful misconduct.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for its subcontractors.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice, or if Provider misses the Priority 1 response target in three months out of any six.
11.2 On termination or expiry Provider shall cooperate in the handover to Customer or a successor for up to 60 days at the rates in Schedule 3.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 13. General

Amendments must be in writing. This Agreement with its Schedules is the entire agreement of the parties.

13.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disaster, epidemic control measures or government action, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Payment for work already performed is not suspended.

13.2 Provider shall appoint a project manager who speaks Mandarin and English and who is responsible for day-to-day communication with Customer. Key staff named in the project plan shall not be replaced without Customer's consent, which shall not be unreasonably withheld. Staff working at Customer's clinics shall follow its safety, hygiene and site rules.

13.3 Either party may request a change to the scope. Provider shall assess the effect of each request on the schedule and the price within five business days and shall not carry out a change until both parties have signed a written change order. Work performed without a signed change order is not chargeable.

13.4 Notices shall be given in writing to the addresses stated above or to the e-mail addresses the parties designate for that purpose. A party that changes its address or contact person shall inform the other party within three business days.

13.5 Each party shall comply with applicable anti-bribery laws. Provider shall not offer or give any commission, gift, hospitality or other improper benefit to Customer's employees in connection with this agreement.

13.6 Each party bears its own taxes under applicable law. Invoices shall state the contract number, the items invoiced and the bank account details, and shall comply with the applicable tax rules.

13.7 Each party shall comply with the export control and sanctions laws applicable to it. Provider confirms that no export licence is required for the items delivered under this agreement.

13.8 If any provision of this agreement is held invalid, the remaining provisions remain in force. A failure or delay in exercising a right is not a waiver of it.

13.9 Customer shall provide timely access to its sites, systems and staff, make the decisions required for the project within the agreed periods and provide data in the agreed formats. Delays caused by Customer extend the affected dates accordingly.

13.10 This agreement is made in English and Chinese. Both texts have equal effect; if they differ, the parties shall interpret them in good faith according to the purpose of the agreement.

13.11 Neither party may assign its rights or obligations without the other party's written consent, except that Customer may assign them to an affiliate that takes over the relevant business.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, WeChat and portal support for about 210 users | 08:00–21:00, seven days a week |
| Endpoint management | 260 workstations, imaging PCs and laptops: patching, antivirus, software deployment | continuous |
| Clinic network support | Routers, switches, Wi-Fi and VPN at 14 clinics and head office | 08:00–21:00, seven days a week |
| Backup | Nightly backup of the practice management database and file shares, weekly copy to Customer's second site | nightly |
| On-site support | Engineer visits to clinics as needed | business days |
| Reporting | Monthly service report and quarterly review meeting | monthly |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | A clinic cannot treat patients (practice system, imaging or network down) | 30 minutes | 6 hours |
| P2 | Several users or one treatment room affected | 1 hour | 1 business day |
| P3 | One user affected, workaround available | 2 business hours | 3 business days |
| P4 | Requests and questions | 1 business day | 5 business days |

| Service level missed | Service credit |
|---|---|
| P1 response or resolution missed | 2% of the monthly charge per incident |
| More than 5% of P2 tickets late in a month | 3% of the monthly charge |
| Backup success rate below 98% in a month | 3% of the monthly charge |
| Total credits per month | capped at 20% of the monthly charge |

## Schedule 3 — Charges

| Charge | Amount (CNY) |
|---|---|
| Monthly charge, all Services | 58,000 |
| Monthly charges for the Term (24 × 58,000) | 1,392,000 |
| Onboarding (one-time) | 48,000 |
| Total Contract Value | 1,440,000 |
| Handover assistance after the Term, per engineer day | 2,400 |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. AGD-HNM-2025-03

PARTIES

Aurora Geodata Inc., 4114 Fourth Avenue, Whitehorse, Yukon, Canada ("Provider"); and
Harbin Northfield Agricultural Machinery Co., Ltd., 55 Hanan Fourth Road, Harbin, Heilongjiang Province, PRC ("Customer").

BACKGROUND

Provider operates the Aurora Field Weather API, which delivers hourly weather observations, short-range forecasts, soil-temperature and soil-frost estimates for agricultural land. Customer wishes to use the data in its machinery dispatch and farmer-service applications in Heilongjiang and Jilin. All prices are in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 "API" means Provider's Aurora Field Weather application programming interface and the data it returns.
1.2 "Subscription Year" means each period from 1 November to the following 31 October within the Term.
1.3 "Customer Data" means field boundaries, machine locations, user accounts, API keys and query logs submitted by or for Customer.
1.4 "Connector" means the integration component built by Provider under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive right during the Term to call the API and to use, display and store the data returned in Customer's own applications for Customer's business and its farmer customers.
2.2 The subscription includes up to 3,000,000 API calls per month. Calls above that volume are charged at CNY 0.02 per call.
2.3 Customer may not resell the raw data as a data feed to third parties.

3. TERM

3.1 The Term runs from 1 November 2025 to 31 October 2027 (two Subscription Years).
3.2 The Agreement does not renew automatically. Any renewal, and its fees, shall be agreed in writing before the end of the Term.

4. CONNECTOR AND INTEGRATION ACCEPTANCE

4.1 Provider shall build a Connector that loads API data into Customer's dispatch platform every hour and converts it to Customer's grid and field identifiers.
4.2 Integration Acceptance requires: (a) data for all 1,200 test fields delivered hourly for 14 consecutive days; (b) values matching the API responses for a sample of 200 fields each day; (c) gaps in any hour recovered automatically within two hours; (d) Customer's test cases for the dispatch platform passed.
4.3 Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Loading data into production is not acceptance.
4.4 If the Connector is not ready for Integration Acceptance by 15 December 2025 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

5. FEES AND PAYMENT

5.1 Fees:
  Subscription fee per Subscription Year: CNY 186,000
  Subscription fees for the Term (2 x CNY 186,000): CNY 372,000
  Connector and integration (one-time): CNY 28,000
  Total Contract Value: CNY 400,000
5.2 The subscription fee is invoiced quarterly in arrears at CNY 46,500 per quarter.
5.3 The Connector fee is invoiced after Integration Acceptance.
5.4 Overage charges under clause 2.2 are invoiced quarterly in arrears. Invoices are payable within 30 days.

6. SERVICE LEVELS

6.1 Provider shall keep the API available 99.95% of each calendar month, excluding scheduled maintenance announced 48 hours in advance and carried out between 01:00 and 04:00 Beijing time.
6.2 Provider shall respond to a Priority 1 incident (API unavailable or returning no data for Heilongjiang or Jilin) within 2 hours, at any time, and to other incidents within one business day.
6.3 Provider shall report the monthly availability to Customer. Service credits, refunds or other compensation are not available for a failure to meet the service levels; Provider's obligation is to restore the API as quickly as possible.

7. DATA QUALITY

7.1 Provider shall use recognised meteorological sources and its own station network and shall publish its methods. The data are estimates and Provider does not warrant their accuracy for a particular field.
7.2 Provider shall correct systematic errors notified by Customer within ten business days.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall process it only to provide the API and the Connector and shall not use it for any other purpose, including its own products.
8.2 Customer Data is processed on servers in mainland China operated for Provider. Provider shall encrypt Customer Data in transit and at rest, limit access to named engineers, keep access logs and comply with the PRC Data Security Law and Personal Information Protection Law.
8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, shall contain it, and shall be liable for the losses caused by its breach of this clause.
8.4 At the end of the Term Provider shall delete Customer Data and confirm deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the API and its data.
9.2 The Connector and its source code belong to Customer from delivery. Customer may use, modify and license the Connector freely, including to a third-party maintainer.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or loss of profit.
10.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for wilful misconduct and breach of clause 8.

11. SUBCONTRACTING

Provider shall not subcontract any part of its obligations without Customer's prior written consent and remains responsible for any approved subcontractor.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
12.2 On termination for Provider's breach Provider shall refund fees paid for any period after termination.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.
14.2 Notices shall be in writing and sent to the addresses above.
14.3 This Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties.
14.4 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disaster, epidemic control measures or government action, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Payment for work already performed is not suspended.
14.5 Notices shall be given in writing to the addresses stated above or to the e-mail addresses the parties designate for that purpose. A party that changes its address or contact person shall inform the other party within three business days.
14.6 Each party shall comply with applicable anti-bribery laws. Provider shall not offer or give any commission, gift, hospitality or other improper benefit to Customer's employees in connection with this agreement.
14.7 Each party bears its own taxes under applicable law. Invoices shall state the contract number, the items invoiced and the bank account details, and shall comply with the applicable tax rules.
14.8 Each party shall comply with the export control and sanctions laws applicable to it. Provider confirms that no export licence is required for the items delivered under this agreement.
14.9 If any provision of this agreement is held invalid, the remaining provisions remain in force. A failure or delay in exercising a right is not a waiver of it.
14.10 Customer shall provide timely access to its sites, systems and staff, make the decisions required for the project within the agreed periods and provide data in the agreed formats. Delays caused by Customer extend the affected dates accordingly.
14.11 This agreement is made in English and Chinese. Both texts have equal effect; if they differ, the parties shall interpret them in good faith according to the purpose of the agreement.
14.12 Customer shall keep its API keys secure, shall not share them outside its organisation and shall inform Provider without delay if a key may have been disclosed, so that it can be revoked and replaced.
14.13 Provider shall publish release notes for changes to the API at least 30 days before any change that removes a field or endpoint, and shall keep the previous version available during that period.
14.14 Provider shall deliver user manuals, administrator guides, interface specifications and training materials in English and Chinese, in electronic form, and keep them up to date with the delivered version.
14.15 Provider shall appoint an account manager who speaks Mandarin and English and who is responsible for day-to-day communication with Customer, including the monthly availability report and incident reviews.
14.16 Either party may request a change to the Connector. Provider shall assess the effect of each request on the schedule and the price within five business days and shall not carry out a change until both parties have signed a written change order. Work performed without a signed change order is not chargeable.

SIGNATURES

For Aurora Geodata Inc.: ____________________  Name / Title / Date
For Harbin Northfield Agricultural Machinery Co., Ltd.: ____________________  Name / Title / Date
"""

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

# key: (file, lang, category, terms, extra, tco (licence/hardware base, fee, post-warranty years) or None, design rules)
D = {
 "z01": ("h532z01_ip_office_patent_platform.pdf", "zh", "software",
         dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
              prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=10,
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2320000), (118000, 2), []),
 "z02": ("h532z02_oil_mill_extraction_control_retrofit.docx", "zh", "hardware",
         dict(OK, availability_pct=None, p1_response_hours=0.5, ld_rate_per_day_pct=0.03, liability_cap_pct=50,
              prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=3100000), (199680, 3), ["CR-LD-LOW", "CR-LIABILITY-CAP"]),
 "z03": ("h532z03_furniture_chain_order_delivery_saas.txt", "zh", "cloud",
         dict(OK, availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False, ld_rate_per_day_pct=600 / 900000 * 100,
              liability_cap_pct=150, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
              post_warranty_fee_pct=None, auto_renewal_price_increase=True, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=900000), None,
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "z04": ("h532z04_tv_station_playout_annual_om.txt", "zh", "services",
         dict(OK, availability_pct=None, p1_response_hours=0.25, ld_rate_per_day_pct=1000 / 850000 * 100,
              liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
              post_warranty_fee_pct=None, termination_for_breach=False, subcontract_without_consent=True,
              contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=850000), None,
         ["CR-SUBCONTRACT", "CR-TERMINATION"]),
 "z05": ("h532z05_seasoning_plant_formula_software_supplier_template.md", "zh", "software",
         dict(OK, availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
              ld_rate_per_day_pct=None, liability_cap_pct=None, prepayment_pct=50, acceptance_clause=False,
              final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=24,
              subcontract_without_consent=True, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
              contract_value=1000000), (182400, 4.5),
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("h532e01_dairy_wms_perpetual_licence_bc_vendor.pdf", "en", "software",
         dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=2000 / 2040000 * 100,
              liability_cap_pct=150, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18,
              post_warranty_fee_pct=12, governing_law="British Columbia", contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2040000), (165600, 3.5), ["CR-GOVERNING-LAW"]),
 "e02": ("h532e02_property_workorder_saas_order_form_alberta.md", "en", "cloud",
         dict(OK, availability_pct=None, p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=500 / 830000 * 100,
              liability_cap_pct=9 / 36 * 100, prepayment_pct=None, final_payment_on_acceptance=None,
              warranty_months=None, post_warranty_fee_pct=None, contract_kind="service"),
         dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=830000), None,
         ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "e03": ("h532e03_grain_bin_sensors_supply_saskatchewan.docx", "en", "hardware",
         dict(OK, availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
              prepayment_pct=None, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1700000), (101864, 2), []),
 "e04": ("h532e04_dental_clinics_managed_it_manitoba.md", "en", "services",
         dict(OK, availability_pct=None, p1_response_hours=0.5, data_security_clause=False,
              ld_rate_per_day_pct=300 / 1440000 * 100, liability_cap_pct=150, prepayment_pct=None,
              final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1440000), None,
         ["CR-DATA-SECURITY", "CR-LD-LOW"]),
 "e05": ("h532e05_farm_weather_data_api_yukon.txt", "en", "cloud",
         dict(OK, availability_pct=99.95, p1_response_hours=2, sla_remedy=False, confidentiality=False,
              ld_rate_per_day_pct=300 / 400000 * 100, liability_cap_pct=150, prepayment_pct=None,
              final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=400000), None,
         ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
}
TEXT = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
        "e05": E05}
SOURCES = {"h532z01": Z01, "h532z02": Z02, "h532e01": E01, "h532e03": E03}
TARGETS = {"h532z01": (D["z01"][0], "pdf"), "h532z02": (D["z02"][0], "docx"), "h532e01": (D["e01"][0], "pdf"),
           "h532e03": (D["e03"][0], "docx")}
ALL20 = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
         "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP",
         "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION",
         "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(value, tco):
    """policy §4: horizon 5 years from acceptance; purchase = contract value; post-warranty years × fixed fee."""
    if tco is None:
        return None
    fee, years = tco
    post = fee * years
    return post / (value + post) * 100


def derive(t, x, tco):
    """My own reading of policy.md §3 applied to a label."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x.get("post_warranty_fee_capped") or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(x["contract_value"], tco)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x.get("forum_outside_mainland"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---- threshold scan -------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BAN = [
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])0?\.05(?!\d)" + PCT, r"万分之五(?![十百0-9一二三四五六七八九])",
    r"百分之零点零五", r"(?<![\d.])(?:100|15|30|40)(?:\.0+)?" + PCT,
    r"百分之(?:百|一百|十五|三十|四十)(?![一二三四五六七八九点])", r"(?<![十百])[三四]成",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|h\b|hours?\b|-hour)", r"(?<![十二三五六七八九一])四\s*个?\s*小时",
    r"\bfour[\s-]*hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?)", r"二百四十分钟",
    r"(?<![\d.])12\s*个\s*月", r"(?<![一二三四五六七八九])十二\s*个\s*月", r"\b(?:12|twelve)[\s-]*(?:calendar\s+)?months?\b",
    r"一年", r"(?<![\d.])1\s*年", r"\b(?:one|1)[\s-]*years?\b",
    r"(?<![\d.])5\s*年", r"五年", r"\b(?:five|5)[\s-]*years?\b", r"(?<![\d.])60\s*(?:个\s*)?(?:月|months?)", r"六十个月",
    r"\bsixty[\s-]*months?\b", r"\b(?:fifteen|thirty|forty|one\s+hundred)\s*(?:per\s*cent|percent)\b",
]
BANRE = [re.compile(p, re.I) for p in BAN]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "一年", "one year", "15%", "15 percent", "40%", "四成", "5年", "5 年", "五年",
            "five years", "60 months", "60个月", "4-hour", "fifteen per cent"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours",
             "1.5%", "0.3%", "130%", "140%", "12%", "2015年", "第十四条", "Subscription Year", "24 months", "36个月",
             "二十四小时", "10.05%"]


def hits(s):
    return [p.pattern for p in BANRE if p.search(s)]


def selftest():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s)) or hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(name, s):
    bad = []
    for v in (s, re.sub(r"\s+", " ", s), re.sub(r"\s+", "", s)):
        for p in BANRE:
            for m in p.finditer(v):
                bad.append((p.pattern, v[max(0, m.start() - 15):m.end() + 15]))
    assert not bad, (name, bad[:5])


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(lang, s):
    return len(s) if lang == "zh" else len(s.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    covered = set()
    report = []
    for k, (fname, lang, cat, t, x, tco, design) in D.items():
        path = OUT / fname
        if path.suffix in (".txt", ".md"):
            path.write_text(TEXT[k], encoding="utf-8")
        text = read_back(path)
        scan(fname, text)
        scan(k + " source", TEXT[k])
        n = measure(lang, text)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        terms = {key: t[key] for key in KEYS}
        rules = derive(terms, x, tco)
        assert rules == sorted(design), (k, rules, design)
        for key in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                    "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            v = terms[key]
            thr = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                   "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}[key]
            assert v is None or abs(v - thr) > 1e-9, (k, key, v)
        sh = tco_share(x["contract_value"], tco)
        assert sh is None or abs(sh - 40) > 2, (k, sh)
        covered |= set(rules)
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        ok = lo <= n <= hi
        report.append((fname, lang, n, len(re.sub(r"\s", "", text)), ok, rules, risk(rules),
                       None if sh is None else round(sh, 2)))
    for r in report:
        print(*r, sep=" | ")
    assert covered == set(ALL20), sorted(set(ALL20) - covered)
    mix = [risk(r[5]) for r in report]
    print("risk levels:", mix)
    assert all(r[4] for r in report), "length out of range"
    print("all checks passed")


if __name__ == "__main__":
    main()
