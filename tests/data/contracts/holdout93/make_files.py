"""Builds the .docx and .pdf contracts of holdout93 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py. The .txt and .md contracts of this folder are plain files and are
not generated. PDFs are broken into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H93Z01 = """
T:江州市第一人民医院医院信息集成平台建设项目合同
P:合同编号：JZYY-XXK-2026-017
P:甲方（采购人）：江州市第一人民医院
P:乙方（供应商）：杭州衡联医疗信息技术有限公司
P:根据《中华人民共和国民法典》、甲方“医院信息集成平台建设项目”招标文件及乙方投标文件，经双方协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供医院信息集成平台软件（含集成引擎、主数据管理、统一身份认证与单点登录、临床数据中心模块）的永久使用许可，并完成接口开发与改造、数据治理与历史数据迁移、部署实施、互联互通标准化成熟度测评配合及培训。
P:1.2 项目须实现甲方HIS、LIS、PACS、EMR、手术麻醉、重症监护、护理、体检等23个业务系统经集成平台互联互通，接口共计68个，具体以招标文件技术需求及附件2《接口清单》为准。
P:1.3 实施地点为甲方本部及东院区。工期：合同签订之日起一百五十日内完成初验，初验后进入三个月试运行期。
P:1.4 乙方应按照国家医疗健康信息互联互通标准化成熟度测评方案的要求，协助甲方完成测评材料准备、文审和现场查验中与集成平台相关的工作。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰陆拾陆万元整（¥2,660,000），为固定总价，包含软件许可、实施、培训、税费及乙方完成本项目所需的全部费用。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|集成引擎（ESB）软件许可|1套|780,000
TB:2|主数据管理（MDM）模块许可|1套|260,000
TB:3|统一身份认证与单点登录模块许可|1套|180,000
TB:4|临床数据中心（CDR）模块许可|1套|420,000
TB:|软件许可小计||1,640,000
TB:5|接口开发与改造（68个接口）|1项|612,000
TB:6|数据治理与历史数据迁移|1项|238,000
TB:7|部署实施及互联互通测评配合|1项|146,000
TB:8|培训|1项|24,000
TB:|合计||2,660,000
P:2.2 合同履行期间，因甲方新增业务系统需要增加接口的，按投标文件中的接口单价另行签订补充协议。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的发票支付合同总价的百分之二十作为预付款，即人民币532,000元。
P:3.2 初验合格后十五个工作日内，甲方支付合同总价的百分之四十五，即人民币1,197,000元。
P:3.3 终验合格后十五个工作日内，甲方支付合同总价的百分之三十五，即人民币931,000元。
P:3.4 乙方应在每次付款前向甲方开具等额增值税专用发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后二十日内提交实施方案和项目进度计划，经甲方信息中心确认后执行。乙方项目经理须具有三级医院集成平台项目实施经验，未经甲方同意不得更换。
P:4.2 涉及停机切换的操作须在甲方批准的时段（原则上为夜间22:00至次日6:00）进行，并事先准备回退方案，不得影响门急诊及住院业务。
P:4.3 乙方应对甲方信息中心人员进行平台运维培训，对各业务系统厂商进行接口规范培训，培训结束后提交培训记录。
P:4.4 乙方在初验前应向甲方提交接口规范文档、数据字典、部署架构图及应急预案，终验前提交全部源代码及运维手册。
H:第五条 验收
P:5.1 初验标准：（1）附件2所列68个接口全部联调通过，连续七日无消息丢失；（2）集成平台消息平均处理时延不超过1秒；（3）患者、科室、人员、药品等主数据在各系统间比对一致；（4）单点登录覆盖附件2所列全部业务系统；（5）历史数据迁移经甲方抽样核对无差错。
P:5.2 终验标准：试运行三个月内未发生一级故障；乙方已提交全部技术文档、接口源代码及运维手册；平台部分满足国家医疗健康信息互联互通标准化成熟度测评四级甲等的技术要求。
P:5.3 验收由甲方组织，乙方配合，验收合格后双方签署验收报告。系统上线运行、甲方使用或支付任何款项，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级及7×24小时技术支持。
P:6.2 集成平台月度可用率不低于99.8%。月度可用率每低于约定值0.1个百分点，乙方向甲方支付服务扣款人民币2,000元。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|集成平台中断或核心接口中断，影响门急诊、住院业务|15分钟|1小时|3小时
TB:二级|部分接口异常，业务有替代手段|30分钟|2小时|8小时
TB:三级|一般功能问题或咨询|2小时|次日|3个工作日
P:6.4 响应、到场或恢复每超时一小时，乙方向甲方支付违约金人民币1,000元。
P:6.5 质保期满后，如甲方需要，双方另行签订维护合同。年度维护费不超过软件许可小计的百分之九，即每年不超过人民币147,600元，质保期满后三年内不上调；维护合同不自动续期。
H:第七条 知识产权
P:7.1 集成平台产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的接口程序、数据模型、主数据标准、配置文件及其源代码，知识产权归甲方所有，甲方可自行或委托第三方修改和使用。
P:7.3 乙方保证所提供的软件不侵犯第三方知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 甲方的患者诊疗数据、个人信息及其他业务数据归甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
P:8.2 平台部署于甲方院内机房。乙方远程或现场操作须经甲方审批并通过甲方堡垒机进行，遵循最小权限原则，不得将任何数据拷贝出甲方网络。乙方应遵守网络安全等级保护三级及《个人信息保护法》的要求。
P:8.3 发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的损失及监管处罚由乙方承担。
H:第九条 保密
P:9.1 双方对在合同履行中知悉的对方商业秘密及其他非公开信息负有保密义务，未经对方书面同意不得向第三方披露。乙方参与本项目的人员应签署保密承诺书。保密期限至合同终止后五年。
H:第十条 违约责任
P:10.1 乙方未按期完成初验的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的百分之十。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限，但因乙方故意、重大过失或违反第八条约定造成的损失除外。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本项目任何部分分包或转包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，或初验逾期超过六十日的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 合同解除的，乙方应在十日内向甲方移交已完成的定制开发成果、源代码和技术文档，并配合甲方完成系统交接。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。附件：1. 技术需求；2. 接口清单；3. 投标报价明细。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：                            日期：
"""

H93Z04 = """
T:清河县应急指挥平台运行维护服务合同
P:（政府采购合同）
P:采购项目编号：QHCG-2026-FW-031
P:采购人（甲方）：清河县应急管理局
P:供应商（乙方）：河北安信科技服务有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方签订本合同。
H:1. 服务内容与期限
P:1.1 乙方为甲方应急指挥平台提供运行维护服务，范围包括：应急指挥“一张图”系统、融合通信调度系统、视频会商系统、预警信息发布系统、应急物资管理系统，以及指挥中心大屏、服务器、存储、网络和安全设备等配套软硬件（清单见附件1）。
P:1.2 服务内容包括：驻场运维（2名工程师，工作日8:30至17:30驻场，其余时间轮流值班待命）；7×24小时远程监控与应急值守保障；月度巡检与季度安全检查；等级保护测评问题整改配合；备品备件保障；汛期及重大活动专项保障。
P:1.3 服务期限：自2026年7月1日起至2027年6月30日止，共一年。
P:1.4 乙方驻场工程师应具有三年以上系统运维经验并持有相应资格证书，名单报甲方备案；更换人员须提前十日书面征得甲方同意。
P:1.5 乙方应在服务期起始日前完成与原运维单位的交接，包括系统账号、配置备份、设备台账和遗留问题清单，交接记录经甲方确认后存档。
H:2. 合同金额
P:2.1 合同总金额为人民币肆拾捌万捌仟元整（¥488,000），包含乙方完成本合同服务所需的人工、差旅、备品备件、工具及税费，甲方不再支付其他费用。
P:2.2 分项金额：驻场运维264,000元；7×24小时远程监控与应急值守96,000元；巡检与安全检查58,000元；备品备件42,000元；汛期及重大活动保障28,000元。
H:3. 付款方式
P:3.1 本合同不设预付款。
P:3.2 服务费按季度支付，每季度122,000元。每季度服务期满后，经甲方按第5条考核合格，甲方在收到乙方发票后十五个工作日内支付当季服务费，考核扣款从当季服务费中扣除。
P:3.3 乙方应在合同签订后五个工作日内向甲方提交合同总金额百分之五的履约保证金（可采用银行保函形式），服务期满年度验收合格后无息退还。
H:4. 服务水平
P:4.1 平台核心系统（一张图、融合通信调度、视频会商）月度可用率不低于99.95%。
P:4.2 故障分级：一级故障指核心系统中断或指挥调度功能不可用；二级故障指部分功能不可用但有替代手段；三级故障指一般性问题。
P:4.3 一级故障15分钟内响应，驻场人员30分钟内到场（非工作时间1小时内到场），2小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
P:4.4 汛期（每年6月1日至9月30日）及甲方通知的重大活动期间，乙方应安排工程师在指挥中心全天值守，确保视频会商和融合通信随时可用。
P:4.5 乙方应每月提交运维月报，内容包括系统运行情况、故障及处理记录、巡检结果和安全隐患整改情况。
P:4.6 月度巡检包括：大屏及视频会商终端、融合通信网关、服务器与存储、网络和安全设备的运行状态检查，系统日志审查，数据备份有效性验证。季度安全检查包括漏洞扫描、弱口令核查和安全策略复核，乙方应提交检查报告及整改建议。
P:4.7 乙方应按附件1配置常用备品备件并存放于甲方指定地点，备件使用后五个工作日内补足。
P:4.8 甲方应为驻场人员提供必要的办公条件和系统访问权限，并指定专人负责运维工作的联络、工单确认和考核。
P:4.9 乙方应每半年对甲方值班人员开展一次平台操作培训，并为甲方组织的应急演练提供技术保障，确保值班人员熟练使用视频会商和融合通信调度功能。
H:5. 考核与验收
P:5.1 甲方按季度对乙方服务进行考核，考核内容包括：系统可用率、故障响应及恢复时限、巡检及安全检查报告、工单闭环率（不低于98%）、备件到位情况。
P:5.2 月度可用率每低于约定值0.01个百分点，扣减当季服务费500元；一级故障响应、到场或恢复每超时一次，扣减800元；二级故障每超时一次，扣减300元。季度扣款累计不超过当季服务费的百分之二十。
P:5.3 服务期满后，甲方组织年度验收。验收标准为：全年各季度考核均合格；运维文档、配置台账、巡检及安全检查报告完整移交；平台运行正常，无遗留的一级或二级问题。年度验收合格后，甲方出具验收意见书。
P:5.4 年度验收不合格的，乙方应在甲方规定的期限内整改并重新申请验收；整改期间乙方仍应按本合同要求提供服务，不另行收费。
H:6. 违约责任
P:6.1 乙方未能在服务期起始日按时进场，或未在甲方书面规定的期限内完成安全整改项的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
P:6.2 乙方连续两个季度考核不合格的，甲方有权解除合同，并不予退还履约保证金。
P:6.3 因乙方原因导致平台故障、数据丢失或安全事件的，乙方应赔偿甲方由此遭受的全部损失。
P:6.4 乙方驻场人员无故缺岗的，每人每日扣减服务费600元。
P:6.5 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:7. 数据安全
P:7.1 平台中的应急预案、物资、救援队伍、人员、企业风险隐患信息、视频及调度记录等数据均属甲方所有，乙方不得用于本合同以外的任何用途。
P:7.2 乙方运维操作须在甲方政务外网环境内通过甲方运维审计系统（堡垒机）进行，不得私自开设远程通道，不得将数据拷贝或存储于任何非甲方设备；更换下的存储介质由甲方留存，或在甲方监督下销毁。
P:7.3 乙方应落实网络安全等级保护三级要求，发现安全事件或数据泄露后1小时内报告甲方，并承担因乙方原因造成的全部损失及法律责任。
P:7.4 乙方应每季度对平台数据库及关键配置的备份进行一次恢复演练，演练结果纳入季度安全检查报告；发现备份失效的，应立即补救并报告甲方。
H:8. 保密
P:8.1 乙方及其人员对在服务中知悉的国家秘密、工作秘密、应急预案及其他敏感信息负有保密义务，驻场人员须签署保密承诺书。保密义务不因合同终止而解除。
H:9. 知识产权
P:9.1 乙方在服务中形成的运维文档、配置台账、脚本及各类报告，知识产权归甲方所有。乙方提供的服务不得侵犯第三方知识产权。
P:9.2 未经甲方书面同意，乙方不得在宣传材料、案例介绍或投标文件中展示本项目的系统界面、数据或指挥中心照片。
H:10. 转包与分包
P:10.1 乙方不得转包或分包本合同项下的任何服务。
H:11. 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:11.2 合同解除或服务期满时，乙方应在十五日内完成全部运维资料和账号权限的移交，并配合甲方或新的服务单位完成交接。
H:12. 合同期满
P:12.1 服务期满本合同终止，不自动续期。续签须依法重新履行政府采购程序。
H:13. 争议解决
P:13.1 本合同适用中华人民共和国法律。发生争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:14. 其他
P:14.1 本合同一式五份，甲方三份，乙方一份，同级财政部门备案一份，自双方签字盖章之日起生效。附件：1. 运维设备清单；2. 竞争性磋商文件；3. 乙方响应文件。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：                            日期：
"""

H93E01 = """
T:Agreement for the Purchase of Software Licence and Associated Services
P:FrostTrack sample-tracking system. Contract no. ISS-2026-031
P:This Agreement is made between Qingdao Institute of Marine and Polar Sciences, Laoshan District, Qingdao, Shandong Province, People's Republic of China (the "Customer"), and Isfjord Sample Systems AS, Sjøskrenten 7, 9170 Longyearbyen, Svalbard, Norway (the "Supplier").
H:Article 1 The Agreement
P:1.1 The Agreement consists of these general terms and the following appendices: Appendix 1, Customer's requirement specification; Appendix 2, Supplier's solution description; Appendix 3, Project and progress plan; Appendix 4, Prices and payment plan; Appendix 5, Support and maintenance. In case of conflict, these general terms take precedence over the appendices, and Appendix 1 takes precedence over Appendix 2 unless Appendix 2 clearly states which requirement it deviates from.
P:1.2 The Customer holds approximately 410,000 frozen and fixed samples collected on polar and deep-sea research cruises: sediment cores, seawater filters, biological tissue and ice-core sections. They are stored at three freezer facilities in Qingdao and on board the research vessels Haiyang Tansuo 3 and Jidi Xingzhe. Each sample must be traceable from collection on deck through storage, sub-sampling and loans to partner laboratories until its disposal.
P:1.3 The Supplier has studied Appendix 1 and confirms that the solution described in Appendix 2 meets the requirements stated there.
H:Article 2 Scope of delivery
P:2.1 The Supplier shall deliver: (a) a perpetual licence to FrostTrack Enterprise for forty (40) named users, including the barcode and RFID label module; (b) two licences to the FrostTrack Vessel offline module, one for each research vessel; (c) configuration of the system to the Customer's sample types, storage hierarchy (facility, freezer, rack, box, position) and workflows; (d) migration of the legacy sample records held in spreadsheets and in the Customer's freezer inventory database; (e) interfaces to the Customer's cruise data management system and to its existing laboratory information management system, as listed in Appendix 1; and (f) training of key users and system administrators in Qingdao over three days, with training material in English and Chinese.
P:2.2 The system shall be installed on servers provided by the Customer in its data centre in Qingdao. The Supplier shall state its requirements for the server environment in Appendix 2 and verify the environment before installation.
P:2.3 The Supplier shall carry out the work in accordance with the progress plan in Appendix 3. The agreed milestones are: approved project plan within twenty (20) days after signature; Go-Live no later than one hundred and fifty (150) days after signature; and Final Acceptance at the end of the operational test period under Article 6.
H:Article 3 Prices and payment
P:3.1 The Contract Price is CNY 1,680,000 (one million six hundred and eighty thousand yuan). It is fixed and includes all taxes, duties, travel and expenses. It is composed as follows. Licence Fees: FrostTrack Enterprise licence CNY 1,020,000 and Vessel offline module licences (2) CNY 136,000, together CNY 1,156,000. Services: configuration and legacy data migration CNY 318,000; interfaces CNY 164,000; training CNY 42,000.
P:3.2 The Contract Price shall be invoiced as follows: (a) 20 % (CNY 336,000) after signature of the Agreement; (b) 45 % (CNY 756,000) after the Go-Live certificate under Article 6.1 has been signed; and (c) 35 % (CNY 588,000) after the Acceptance Certificate under Article 6.3 has been issued.
P:3.3 Invoices are payable thirty (30) days after receipt. In case of late payment the Supplier may claim interest in accordance with the Norwegian Act relating to Interest on Overdue Payments.
H:Article 4 Project organisation
P:4.1 Each party shall appoint a project manager with authority to act on its behalf in the project. The Supplier's project manager and lead consultant are named in Appendix 3 and may not be replaced without the Customer's consent, which shall not be unreasonably withheld.
P:4.2 Progress meetings shall be held every second week by video conference. Because of the time difference between Longyearbyen and Qingdao, the meetings shall be held between 14:00 and 16:00 China Standard Time.
P:4.3 The Supplier shall notify the Customer in writing without undue delay if it expects a milestone to be missed, stating the cause and the new date it can meet.
H:Article 5 Delay
P:5.1 If Go-Live is not achieved by the agreed date for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1 % of the Contract Price for each calendar day of delay. The liquidated damages are limited to 10 % of the Contract Price.
P:5.2 Delay caused by the Customer, including late provision of the server environment or of the legacy data, moves the milestone correspondingly.
H:Article 6 Acceptance
P:6.1 Go-Live test. When the system is configured and the data migrated, the Supplier shall carry out the Go-Live test together with the Customer. The test is passed when: (a) every migrated record is reconciled against the source spreadsheets and freezer inventories and no difference remains unexplained; (b) chain-of-custody events (collection, transfer, storage, sub-sampling, loan, shipment and disposal) are recorded with user, time and location and cannot be altered without an audit entry; (c) the Vessel module on each vessel synchronises with the shore system without loss of data after at least seventy-two (72) hours offline; (d) labels can be printed and scanned in all freezer rooms; and (e) each interface listed in Appendix 1 passes its test cases. The parties shall then sign a Go-Live certificate.
P:6.2 Operational test period. Go-Live is followed by an operational test period of forty-five (45) days, in which the system is used in normal operation.
P:6.3 Final Acceptance. The system is accepted when the operational test period has ended, no Severity 1 or Severity 2 defect is open, and the Supplier has delivered the user documentation, the source code of the interfaces and the system administration manual. The Customer shall issue an Acceptance Certificate within ten (10) working days, or state in writing which conditions are not met.
P:6.4 Neither Go-Live, nor productive use of the system, nor any payment means that the system has been accepted.
H:Article 7 Warranty
P:7.1 The warranty period is eighteen (18) months from the date of the Acceptance Certificate. During the warranty period the Supplier shall correct defects free of charge and provide new versions and updates of FrostTrack as they are released.
P:7.2 A defect is any deviation from the agreed functionality, from Appendix 1 or from the documentation.
H:Article 8 Support and service levels
P:8.1 The Supplier shall provide support in English by telephone, e-mail and its support portal. Severity 1 cases may be reported at any time of day.
P:8.2 Response and correction times are counted from the Customer's report. Severity 1 (the system cannot be used, or chain-of-custody events cannot be recorded): response within two (2) hours at any time; workaround within twelve (12) hours. Severity 2 (an important function is unavailable and no workaround exists): response within eight (8) hours; workaround within three (3) working days. Severity 3 (other errors and questions): response by the next working day; correction in the next release.
P:8.3 If the response time for a Severity 1 case is exceeded, the Supplier shall pay a service credit of CNY 1,200 for each started hour of delay; for a Severity 2 case, CNY 600 for each started hour. Service credits are deducted from the next payment or paid on demand.
P:8.4 After the warranty period the Customer may purchase annual support covering the same services. The annual support fee is 12 % of the Licence Fees, that is CNY 138,720 a year, fixed for the first three support years. Any later increase requires written agreement and may not exceed 3 % a year. Support is ordered by purchase order for one year at a time and does not renew automatically.
H:Article 9 Rights
P:9.1 The Supplier retains the intellectual property rights in FrostTrack. The Customer receives a perpetual, non-exclusive and irrevocable right to use FrostTrack for its own research operations, including on board its vessels.
P:9.2 All rights in deliverables made specifically for the Customer (interfaces, migration and import scripts, configurations, label templates and reports) pass to the Customer when they are created. The Supplier shall deliver them with source code, and the Customer may use, modify and license them freely, also to third parties.
H:Article 10 Customer data and information security
P:10.1 Sample records, cruise metadata, positions, images, user logs and all other data entered into or generated by the system ("Customer Data") belong to the Customer. The Supplier may use Customer Data only to perform this Agreement.
P:10.2 Customer Data is stored on the Customer's servers in Qingdao and on board its vessels. The Supplier's personnel may access the system only through the Customer's VPN with multi-factor authentication, opened by the Customer for each support session and logged. The Supplier shall not copy Customer Data out of the Customer's systems or outside the People's Republic of China, and shall comply with the PRC Data Security Law and the Customer's information security policy.
P:10.3 The Supplier shall notify the Customer within twenty-four (24) hours of any suspected security incident affecting Customer Data, take the measures necessary to limit its consequences, and compensate the Customer for losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Agreement, including unpublished research results, sampling positions and security arrangements, and may not disclose it to third parties without written consent. The duty lasts for five (5) years after the end of the Agreement.
H:Article 12 Subcontractors
P:The Supplier may use subcontractors only with the Customer's prior written consent. The Supplier remains responsible for the work of its subcontractors as for its own.
H:Article 13 Limitation of liability
P:13.1 Neither party is liable for indirect loss, such as loss of profit or loss of research funding, except in case of gross negligence or wilful misconduct.
P:13.2 The Supplier's total liability under this Agreement is limited to 150 % of the Contract Price. The limitation does not apply to gross negligence, wilful misconduct or breach of Articles 10 and 11.
H:Article 14 Termination
P:14.1 If a party is in material breach and does not remedy the breach within thirty (30) days after written notice, the other party may terminate the Agreement in whole or in part.
P:14.2 The Customer may also terminate the Agreement if the liquidated damages under Article 5 reach their maximum.
P:14.3 On termination for the Supplier's breach, the Supplier shall repay amounts received for deliverables that the Customer cannot reasonably use.
H:Article 15 Force majeure
P:Neither party is liable for delay caused by circumstances outside its control, such as extreme weather that closes Svalbard Airport, epidemics or strikes, provided that it notifies the other party without undue delay. Cancelled flights to and from Longyearbyen that can be replaced within a reasonable time are not force majeure.
H:Article 16 Governing law and disputes
P:16.1 This Agreement is governed by Norwegian law.
P:16.2 Disputes shall first be sought resolved by negotiation. If negotiation fails, either party may bring the dispute before the Norwegian courts, with Oslo District Court (Oslo tingrett) as the agreed venue.
P:This Agreement is signed in two originals, one for each party.
P:For the Customer: ____________________ Place and date: Qingdao, ____________
P:For the Supplier: ____________________ Place and date: Longyearbyen, ____________
"""

H93E03 = """
T:Supply, Installation and Maintenance Contract
P:Moisture Measurement System for Raw Cashew Nut Processing. Contract No. GAS/CN/2026/07
P:BETWEEN: GEBA AGRO-SENSING, LDA., a private limited company registered in Bissau, Republic of Guinea-Bissau, with head office at Avenida Amílcar Cabral, Bissau, represented by its managing partner (sócio-gerente), hereinafter the "Supplier";
P:AND: HAINAN WANNING GOLDEN CASHEW PROCESSING CO., LTD., Wanning, Hainan Province, People's Republic of China, represented by its general manager, hereinafter the "Buyer".
P:WHEREAS the Buyer processes imported raw cashew nuts (RCN) and needs reliable moisture measurement at reception, drying, storage and steaming; and WHEREAS the Supplier has designed and installed moisture measurement systems for cashew warehouses and processing units in West Africa; NOW THEREFORE the parties agree as follows.
H:Clause 1 - Object
P:1.1 The object of this Contract is the supply, installation, calibration and commissioning by the Supplier of a moisture measurement system at the Buyer's plant in Wanning (RCN reception bay, drying yard, warehouse, steaming and shelling lines), and the service of that system in accordance with Clauses 8 and 9.
P:1.2 The following annexes form part of this Contract: Annex I, Technical Specifications; Annex II, Installation Plan; Annex III, Approved Service Partner.
H:Clause 2 - Contract Price
P:2.1 The Contract Price is CNY 880,000 (eight hundred and eighty thousand yuan), as detailed below:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|In-line NIR moisture analyser for RCN conveyor|6|86,000|516,000
TB:2|Handheld grain-probe moisture meter|24|3,600|86,400
TB:3|Wireless humidity and temperature node (drying yard and warehouse)|40|2,150|86,000
TB:4|LoRa gateway with industrial enclosure|4|9,500|38,000
TB:5|Monitoring software, perpetual on-premise licence|1|64,000|64,000
TB:|Equipment and Software Subtotal|||790,400
TB:6|Installation, calibration against the oven-dry reference method, commissioning|1|71,600|71,600
TB:7|Operator and maintenance training (five days)|1|18,000|18,000
TB:|Contract Price|||880,000
P:2.2 The Contract Price is fixed and firm. It is DDP Buyer's plant, Wanning (Incoterms 2020), and includes packing, sea freight, insurance, import formalities, travel and subsistence of the Supplier's engineers and all taxes.
H:Clause 3 - Terms of Payment
P:3.1 Twenty-five per cent (25 %) of the Contract Price, CNY 220,000, as an advance payment within fifteen (15) days after the Buyer receives an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 Fifty per cent (50 %), CNY 440,000, after delivery and installation, against the Installation Certificate signed by both parties. The Installation Certificate records that the equipment is delivered and installed; it does not constitute acceptance.
P:3.3 The balance of twenty-five per cent (25 %), CNY 220,000, within twenty (20) days after the Final Acceptance Certificate under Clause 6.
P:3.4 Payments are made in Chinese yuan to the Supplier's account stated in its invoice.
H:Clause 4 - Delivery and Installation
P:4.1 The Supplier shall deliver the equipment within seventy (70) days after receipt of the advance payment and complete the installation within twenty-five (25) days after delivery.
P:4.2 The Buyer shall provide power supply, foundations for the analysers, network points and access to the production lines as stated in Annex II.
H:Clause 5 - Penalties for Delay
P:5.1 For each full week of delay in delivery or in completion of installation attributable to the Supplier, the Supplier shall pay the Buyer a penalty of one per cent (1 %) of the Contract Price, up to a maximum of ten per cent (10 %) of the Contract Price. The Buyer may deduct the penalty from any payment due.
H:Clause 6 - Tests and Final Acceptance
P:6.1 After installation the Supplier shall calibrate each NIR analyser against the oven-dry reference method (ISO 665) on not fewer than thirty (30) RCN samples of different origins, in the presence of the Buyer's quality manager.
P:6.2 The system passes the tests when: (a) the mean deviation of each NIR analyser from the reference method does not exceed 0.5 percentage points of moisture and no single reading deviates by more than 1.0 point; (b) each handheld meter reads within 1.0 point of the reference on the same samples; (c) every wireless node reports to the dashboard at ten-minute intervals with no gap longer than one hour; and (d) the system operates for fourteen (14) consecutive production days without a Critical fault.
P:6.3 When the tests are passed, the parties shall sign the Final Acceptance Certificate within five (5) days. Installation, use of the system in production or any payment shall not constitute acceptance.
H:Clause 7 - Warranty
P:7.1 The Supplier warrants that the equipment and software are new and free from defects in design, materials and workmanship for a period of nine (9) months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective item free of charge, including transport.
P:7.2 The warranty does not cover damage from misuse, or contamination of sensor windows by cashew nut shell liquid (CNSL) where the cleaning instructions in the operating manual have not been followed.
H:Clause 8 - Service Response
P:8.1 During the warranty period and any maintenance period, the Supplier shall respond to faults reported by the Buyer as follows:
TB:Category|Definition|Remote response|On-site attendance|Restoration
TB:Critical|An NIR analyser or the dashboard is out of service on a production line|2 hours|36 hours|48 hours
TB:Major|Degraded accuracy, or more than five nodes not reporting|8 hours|3 days|5 days
TB:Minor|Other faults and questions|1 working day|as agreed|as agreed
P:8.2 On-site attendance is provided by the Approved Service Partner named in Annex III, under the Supplier's responsibility.
P:8.3 For each hour by which the remote response to a Critical fault exceeds the time above, the Supplier shall pay the Buyer CNY 800; for each day by which on-site attendance for a Critical fault is late, CNY 1,500. These amounts are deducted from the maintenance fees or paid on demand.
H:Clause 9 - Maintenance after Warranty
P:9.1 After the warranty period the Buyer may order annual maintenance, comprising two preventive visits a year, recalibration of the analysers, software updates and spare parts other than consumables.
P:9.2 The annual maintenance fee is eleven per cent (11 %) of the Equipment and Software Subtotal, that is CNY 86,944 per year, fixed for the first three years after the warranty period. Maintenance is ordered by the Buyer's written order for one year at a time and does not renew automatically.
H:Clause 10 - Buyer's Data
P:10.1 Moisture readings, batch and lot records, grower and origin data, calibration data and all other data recorded by the system are the property of the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The data are stored on the Buyer's on-premise server. The software shall not transmit data outside the Buyer's network. The Supplier may access the system remotely only through a VPN account controlled by the Buyer, activated for each intervention and logged, and shall not copy the Buyer's data to its own devices. The Supplier shall keep the software patched and free of malicious code.
P:10.3 The Supplier shall notify the Buyer within twenty-four (24) hours of any unauthorised access to, loss or corruption of the Buyer's data caused by the Supplier, its personnel or the Approved Service Partner, shall restore the data where possible, and shall indemnify the Buyer for the resulting damage.
H:Clause 11 - Intellectual Property
P:11.1 The monitoring software remains the property of the Supplier; the Buyer holds a perpetual licence to use it at its plant.
P:11.2 The calibration curves developed for the Buyer's RCN origins, the dashboard configurations and the reports made for the Buyer belong to the Buyer, which may use and modify them and have them maintained by third parties.
H:Clause 12 - Subcontracting
P:12.1 The Approved Service Partner named in Annex III, Haikou Xinyuan Instrument Service Co., Ltd., is approved by the signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all work of its subcontractors.
H:Clause 13 - Liability
P:13.1 The total liability of the Supplier under this Contract shall not exceed one hundred and twenty per cent (120 %) of the Contract Price, except in case of wilful misconduct, personal injury or death.
H:Clause 14 - Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty (20) days after notice, or if the penalties for delay reach their maximum. The Supplier shall then refund the amounts received for equipment not delivered or not accepted.
H:Clause 15 - Force Majeure
P:15.1 Neither party shall be liable for delay caused by force majeure, including port closures, typhoons and civil unrest, provided it informs the other party in writing within seven (7) days.
H:Clause 16 - Applicable Law and Jurisdiction
P:16.1 This Contract is governed by the laws of the Republic of Guinea-Bissau, including the Uniform Acts of OHADA.
P:16.2 The parties shall try to settle any dispute amicably within thirty (30) days. Failing this, the dispute shall be submitted to the Regional Court of Bissau (Tribunal Regional de Bissau).
H:Clause 17 - Language and Entry into Force
P:17.1 This Contract is made in English. Any translation into Portuguese or Chinese is for convenience only.
P:17.2 This Contract enters into force on the date of signature by both parties. Made in two originals.
P:For the Supplier: ____________________ Bissau, date: ____________
P:For the Buyer: ____________________ Wanning, date: ____________
"""

SOURCES = {"h93z01": H93Z01, "h93z04": H93Z04, "h93e01": H93E01, "h93e03": H93E03}
TARGETS = {"h93z01": ("h93z01_tertiary_hospital_integration_platform.docx", "docx"),
           "h93z04": ("h93z04_county_emergency_command_platform_om_service.pdf", "pdf"),
           "h93e01": ("h93e01_marine_institute_sample_tracking_svalbard_vendor.pdf", "pdf"),
           "h93e03": ("h93e03_cashew_moisture_sensors_bissau_integrator.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
