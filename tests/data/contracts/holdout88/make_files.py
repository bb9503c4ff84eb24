"""Builds the .docx and .pdf contracts of holdout88 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py. The .txt and .md contracts of this folder are written by hand and
are not generated here. PDFs are broken into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H88Z01 = """
T:江北省统计局统计联网直报平台升级改造项目系统集成合同
P:合同编号：JBTJ-2026-ZB-017
P:采购项目编号：JBCG2026-0412（公开招标）
P:甲方（采购人）：江北省统计局
P:乙方（供应商）：江北数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江北省统计局统计联网直报平台升级改造项目（以下简称“本项目”）系统集成事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责本项目的软硬件供货、平台定制开发、系统集成、历史数据迁移、网络安全等级保护测评和商用密码应用安全性评估配合、培训及质保期内服务。建成后的联网直报平台（V3.0）供全省约五千家调查单位（企业一套表单位）通过网页端和移动端报送统计数据，并支持省、市、县三级统计机构在线审核、查询和汇总。
P:1.2 平台定制开发内容包括：企业一套表直报模块、数据审核与反馈模块、查询汇总与报表模块、移动端填报应用、与国家统计局统一数据处理平台的数据交换接口、与省政务服务平台统一身份认证的对接。
P:1.3 项目实施地点为甲方指定的省级政务云机房及甲方办公场所。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰柒拾伍万元整（¥3,750,000.00），为固定总价，含税费、运输、安装、调试、测评配合、培训及质保期内全部服务费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|国产化服务器|12台|86,000|1,032,000
TB:2|分布式存储系统|1套|468,000|468,000
TB:3|国产数据库软件许可|1套|356,000|356,000
TB:4|中间件软件许可|1套|128,000|128,000
TB:5|服务器密码机|2台|76,000|152,000
TB:|软硬件小计|||2,136,000
TB:6|平台定制开发|1项|1,284,000|1,284,000
TB:7|系统集成与数据迁移|1项|238,000|238,000
TB:8|等保测评及密评配合|1项|64,000|64,000
TB:9|培训|1项|28,000|28,000
TB:|合计|||3,750,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的百分之二十作为预付款，即人民币柒拾伍万元。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的百分之四十，即人民币壹佰伍拾万元。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的百分之三十五，即人民币壹佰叁拾壹万贰仟伍佰元。
P:3.4 合同总价的百分之五，即人民币壹拾捌万柒仟伍佰元，作为质量保证金，于质保期满且无未决质量问题后十五个工作日内无息支付。
P:3.5 乙方应在每笔付款前开具等额合法发票。
H:第四条 交付与实施进度
P:4.1 乙方应在合同签订后四十五日内完成全部软硬件到货，一百二十日内完成平台部署、数据迁移和联调，并具备试运行条件。
P:4.2 乙方应于合同签订后十日内提交实施方案，经甲方确认后执行。
P:4.3 硬件到货后，双方共同开箱清点并签署到货签收单。到货签收单仅证明货物的数量、型号和外观，不代表质量验收合格。
H:第五条 验收
P:5.1 初步验收：系统试运行满三个月且期间未发生一级故障，并同时满足以下标准的，乙方可书面申请初步验收：（1）招标文件所列功能逐项测试通过；（2）五千家调查单位同时在线填报时，页面平均响应时间不超过三秒，审核结果反馈时间不超过十秒；（3）历史数据迁移后，记录数与原系统完全一致，抽样比对无差异；（4）与国家统计局统一数据处理平台的数据交换连续十次无差错。
P:5.2 最终验收：初步验收合格后，平台须通过第三方测评机构的网络安全等级保护第三级测评和商用密码应用安全性评估，且无高风险问题，再由甲方组织专家进行最终验收并出具最终验收报告。
P:5.3 平台上线、试运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件故障维修、备件更换、软件缺陷修复、版本升级及年报、定报集中报送期的现场保障。
P:6.2 质保期内平台每月可用率不低于99.95%，计划内维护时间经甲方批准后不计入。每低于约定值0.01个百分点，甲方有权从质量保证金中扣减人民币贰仟元。
P:6.3 故障按下表分级响应：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或报送期内调查单位无法填报|15分钟|2小时|6小时
TB:二级|部分模块不可用或性能严重下降|30分钟|8小时|1个工作日
TB:三级|一般功能缺陷或使用咨询|2小时|按需|5个工作日
P:6.4 乙方未按上表时限响应、到场或恢复的，每超时一小时，甲方有权从质量保证金中扣减人民币壹仟元；质量保证金不足扣减的，乙方应另行支付。
P:6.5 质保期满后，如甲方需要，乙方应继续提供维保服务，年度维保费不超过软硬件小计的百分之八，即每年不超过人民币壹拾柒万零捌佰捌拾元，质保期满后三年内不得上调。维保合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台中的统计调查数据、调查单位名录、填报人员个人信息、系统日志及由此形成的汇总数据，均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得留存、复制、用于其他任何目的，也不得向任何第三方提供。
P:7.2 乙方应遵守《中华人民共和国统计法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护的要求：实施人员须经甲方审核并签署安全承诺书；运维操作须经甲方审批并通过堡垒机进行，全程审计；生产数据不得导出至甲方网络以外；开发测试只能使用甲方提供的脱敏数据。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施，并在一小时内向甲方报告。因乙方原因导致数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失，并依法承担相应的法律责任。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的统计资料、尚未公开发布的统计数据、甲方网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。统计数据在正式公布前严禁以任何形式对外透露。
P:8.2 保密义务不因本合同的终止而解除。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的软件（含源代码）、数据交换接口、数据库设计及技术文档，其知识产权归甲方所有。乙方应在最终验收前向甲方完整移交源代码及文档，甲方有权自行或委托第三方修改、使用。
P:9.2 乙方在本项目中使用的既有平台组件及第三方软件，其知识产权归原权利人，乙方保证甲方可永久、免费使用。
P:9.3 乙方保证所交付的软硬件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付货物或逾期具备试运行条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方交付的货物或系统不符合合同约定的，乙方应负责更换或整改，并赔偿甲方因此遭受的损失。
H:第十一条 分包与转包
P:11.1 乙方不得将本项目转包，也不得将本项目的任何部分分包给第三方。投标文件中载明由原厂实施的服务，须事先取得甲方书面同意方可由原厂实施，乙方对其履约行为承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、乙方投标文件、中标通知书及经双方确认的实施方案均为本合同的组成部分。
P:14.2 本合同一式六份，甲方执四份，乙方执二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江北省统计局        乙方（盖章）：江北数联信息技术有限公司
P:签订日期：2026年  月  日
"""

H88Z03 = """
T:融资融券业务风险监控系统云服务合同
P:合同编号：CCZQ-XX-2026-088
P:甲方：澄川证券股份有限公司
P:乙方：上海衡准金融科技有限公司
P:甲方拟采用云服务方式建设融资融券业务风险监控能力。乙方为依法设立并已完成证券期货业信息技术服务机构备案的金融科技企业。双方经平等协商，订立本合同，共同遵守。
H:第一条 服务内容与期限
P:1. 乙方通过其部署于中国境内的金融云平台，向甲方提供融资融券业务风险监控SaaS服务（以下简称“本服务”），包括：维持担保比例实时计算、盯市预警与平仓线提示、单一客户及单一证券集中度监控、标的证券及可充抵保证金证券折算率管理、客户授信额度监控、监管报表生成。
P:2. 乙方负责本服务与甲方集中交易系统、融资融券柜台系统及数据仓库的接口对接，并为甲方定制开发十项内部风控指标和监管报送模板（以下简称“定制成果”）。
P:3. 服务期限为三年，自本服务通过上线验收之日起计算。
P:4. 甲方风险管理部、融资融券部及各分支机构的授权用户可通过甲方内网专线访问本服务，用户数量不受限制。
H:第二条 服务费用
P:1. 本合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），其中：（1）年度订阅费每年人民币肆拾陆万捌仟元，三年合计人民币壹佰肆拾万零肆仟元；（2）一次性实施对接及定制开发费人民币壹拾伍万陆仟元。
P:2. 上述费用已包含不超过八万户信用账户的计算容量。超出部分的费用由双方另行书面确认。服务期内年度订阅费不作调整。
H:第三条 付款方式
P:1. 实施对接及定制开发费于上线验收合格后二十个工作日内一次性支付。
P:2. 年度订阅费按季度支付，每季度人民币壹拾壹万柒仟元，由甲方于每个服务季度结束后二十个工作日内支付。
P:3. 甲方不预付任何费用。乙方应在每次付款前开具合法有效的增值税专用发票。
H:第四条 上线验收
P:1. 乙方应于合同生效后七十五日内完成接口对接与定制开发，具备上线条件。
P:2. 上线验收标准：（1）维持担保比例计算结果与柜台系统逐户核对，差异为零；（2）行情变动后盯市预警推送延迟不超过三秒；（3）在八万户信用账户、每秒两千笔行情更新的压力测试下系统运行稳定；（4）定制成果经甲方合规部门确认；（5）与柜台系统并行运行二十个交易日，期间无一级故障。
P:3. 达到前款标准的，甲方出具上线验收报告。并行运行、试运行或甲方使用本服务，均不视为验收合格。
P:4. 上线前，乙方应为甲方风险管理部及融资融券部人员提供不少于两次的操作培训，并提供操作手册和指标口径说明。
H:第五条 服务水平
P:1. 本服务在交易日7:30至17:30及夜间清算批处理时段的月度可用率不低于99.8%。乙方应提前三个交易日通知计划内维护，维护只能安排在非交易时段。
P:2. 故障分级：一级故障指维持担保比例计算中断、盯市预警无法发出或计算错误可能影响平仓决策；二级故障指部分功能不可用但不影响核心计算；三级故障指其他问题。一级故障乙方应在十五分钟内响应，一小时内提供临时解决方案，两小时内恢复；二级故障三十分钟内响应，当日解决；三级故障两个工作日内解决。
P:3. 服务补偿：月度可用率低于约定值但不低于99.5%的，减免当月订阅费的百分之五；低于99.5%但不低于99.0%的，减免百分之十；低于99.0%的，减免百分之二十五。一级故障每超过响应时限十五分钟，另减免当月订阅费的百分之二。减免金额从下一期应付订阅费中扣除。
P:4. 乙方应于每月前五个工作日内向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长及改进措施。
P:5. 乙方应建立同城灾备，恢复点目标不超过五分钟，恢复时间目标不超过三十分钟，每半年进行一次灾备切换演练并邀请甲方参加。
H:第六条 延期违约金
P:乙方未能在第四条第1款约定的期限内具备上线条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过四十五日的，甲方有权解除本合同。
H:第七条 数据归属与数据安全
P:1. 甲方上传至本服务或本服务处理的客户身份信息、信用账户、持仓、担保品及交易数据（以下简称“甲方数据”）的所有权归甲方。
P:2. 甲方同意，乙方有权对甲方数据进行脱敏和汇总处理后，用于优化其风险计量模型、编制行业融资融券风险指数及开发其他产品；该项权利在本合同终止后继续有效。
P:3. 乙方应确保本服务部署在中国境内已通过网络安全等级保护第三级测评的机房；甲方数据应加密传输和加密存储，与其他客户数据逻辑隔离；乙方人员访问甲方数据须经授权，访问日志至少保存六个月；乙方应遵守证券期货业网络和信息安全管理的有关规定。
P:4. 发生数据泄露、篡改或丢失等安全事件的，乙方应在一小时内通知甲方，配合甲方处置并向监管机构报告。因乙方原因造成安全事件的，乙方应赔偿甲方由此遭受的损失。
P:5. 本合同终止后三十日内，乙方应将甲方数据完整返还甲方，并删除其留存的全部副本，但本条第2款所述脱敏汇总数据除外。
P:6. 乙方应每年向甲方提供一次由独立第三方出具的信息安全评估报告，发现的问题应限期整改。
H:第八条 保密
P:双方对在履行本合同过程中知悉的对方商业秘密、技术信息及客户信息负有保密义务，未经对方书面同意，不得向第三方披露，但法律法规或监管机构另有要求的除外。保密义务在本合同终止后三年内继续有效。
H:第九条 知识产权
P:1. 本服务平台及其底层软件的知识产权归乙方所有。
P:2. 定制成果（含源代码及技术文档）的知识产权归甲方所有，甲方有权自行修改、使用，并可许可第三方使用。乙方应于上线验收时向甲方移交定制成果的源代码及文档。
H:第十条 责任限制
P:乙方在本合同项下的累计赔偿责任（含违约金、服务补偿及损害赔偿），不超过引起责任的事件发生前十二个月内甲方已支付的订阅费总额。
H:第十一条 期满与续约
P:本合同于服务期限届满时终止，不自动续期。甲方需要继续使用本服务的，双方应于期满前六十日另行书面协商续约事宜。
H:第十二条 分包
P:本服务由乙方使用自有平台和人员提供。乙方不得将本服务的任何部分分包给第三方；确需分包的，须事先取得甲方书面同意，且乙方对分包方的行为承担全部责任。
H:第十三条 监管配合与审计
P:乙方应配合甲方接受中国证监会及其派出机构、证券交易所、中国证券业协会的检查，并按甲方要求提供与本服务有关的资料。甲方或其委托的审计机构可每年对乙方与本服务有关的信息安全控制进行一次现场审计，乙方应予配合。
H:第十四条 合同解除
P:1. 乙方严重违约，或连续两个月可用率低于99.0%，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同。
P:2. 甲方依本合同解除合同的，乙方应退还甲方已支付但尚未使用的服务期间对应的订阅费。
P:3. 合同解除或终止时，乙方应配合甲方完成数据迁移，迁移期不少于三十日，迁移期内本服务照常提供。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交上海仲裁委员会按其仲裁规则在上海仲裁。
H:第十六条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同附件为《服务规格说明书》和《定制成果清单》，与本合同具有同等效力。
P:甲方（盖章）：澄川证券股份有限公司        乙方（盖章）：上海衡准金融科技有限公司
"""

H88E01 = """
T:SOFTWARE LICENCE AND SUPPORT AGREEMENT
P:PressPlan Scheduling Suite - Agreement No. APS-2026-HN-07
P:THIS AGREEMENT is made on the date of the last signature below
P:BETWEEN Anibare Process Systems Ltd, a company incorporated in the Republic of Nauru, of Meneng Road, Yaren District, Republic of Nauru ("Licensor");
P:AND Wenchang Golden Palm Coconut Oil Co., Ltd., a company established in the People's Republic of China, of Dongjiao Town, Wenchang, Hainan Province ("Customer").
H:Background
P:A. Licensor develops and licenses PressPlan, a scheduling and yield-planning system for copra and coconut-oil pressing lines, and supports it from Yaren.
P:B. Customer operates three expeller press lines and a refining line at its Wenchang mill and wishes to license PressPlan, have it configured for those lines and connected to its control and ERP systems, and obtain ongoing support, on the terms of this Agreement.
H:Article 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance Tests" means the tests described in Article 6; "Acceptance Certificate" means the certificate issued by Customer under Article 6.2; "Business Day" means a day other than a Saturday, Sunday or public holiday in Hainan Province; "Custom Deliverables" means the DCS and ERP adaptors, press-line models, report templates and any other material created by Licensor specifically for Customer under this Agreement; "Customer Data" has the meaning given in Article 10; "Documentation" means Licensor's user and administrator manuals for the Software; "Go-Live" means the first day on which the Software issues production schedules to all three press lines; "Software" means PressPlan Core and the Yield Optimiser module in object code, with all updates supplied under this Agreement.
P:1.2 Headings are for convenience only. The word "including" is not a word of limitation.
H:Article 2 Licence
P:2.1 Licensor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Wenchang mill for three press lines and up to twenty-five (25) named users, for Customer's own business.
P:2.2 Customer may make reasonable copies for backup and testing. Customer shall not decompile the Software except to the extent permitted by applicable law.
H:Article 3 Fees
P:3.1 The fees are set out below. All amounts are in Chinese Yuan (CNY), fixed, and inclusive of all taxes, travel and expenses, save that any PRC withholding tax shall be deducted at source and evidenced to Licensor.
TB:Item|Description|Amount (CNY)
TB:1|PressPlan Core licence (3 press lines, 25 named users, perpetual)|386,000
TB:2|Yield Optimiser module licence (perpetual)|94,000
TB:|Licence Fee subtotal|480,000
TB:3|Configuration, DCS and ERP adaptors (fixed price)|212,000
TB:4|Training (two on-site sessions in Wenchang)|18,000
TB:5|Travel and accommodation (lump sum)|30,000
TB:|Contract Price|740,000
H:Article 4 Payment
P:4.1 Customer shall pay the Contract Price in three instalments, each within thirty (30) days after receipt of Licensor's correct invoice: (a) twenty per cent (20%), CNY 148,000, after signature of this Agreement; (b) forty-five per cent (45%), CNY 333,000, after Go-Live; and (c) thirty-five per cent (35%), CNY 259,000, after the Acceptance Certificate has been issued.
P:4.2 Payments shall be made by telegraphic transfer to Licensor's account with the Bendigo Bank agency in Aiwo, Nauru, or such other account as Licensor notifies in writing. Each party bears its own bank charges.
H:Article 5 Delivery and Implementation
P:5.1 Licensor shall deliver the Software electronically within ten (10) Business Days after signature of this Agreement.
P:5.2 Licensor shall use reasonable endeavours to achieve Go-Live by 30 September 2026 (the "Target Date"). The Target Date is an estimate only. Licensor will keep Customer informed of progress each week but shall not be liable for any delay in achieving Go-Live, and no damages, penalty or other compensation shall be payable for such delay.
P:5.3 Customer shall provide remote access to its test environment, a project lead with authority to take decisions, and the production data Licensor reasonably requires for configuration.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software shall run in production for twenty (20) consecutive production days, during which the Acceptance Tests shall be carried out: (a) a weekly schedule for all three press lines is generated in not more than ninety (90) seconds; (b) every schedule respects the copra moisture limits, expeller capacities and tank levels set out in Schedule 2; (c) ERP sales orders imported into PressPlan and production confirmations returned to the ERP reconcile for every batch; and (d) no Severity 1 incident occurs.
P:6.2 If the Acceptance Tests are passed, Customer shall issue the Acceptance Certificate within five (5) Business Days. Go-Live, productive use of the Software and payment of any instalment do not of themselves constitute acceptance.
P:6.3 If a test fails, Licensor shall correct the cause at its own cost within fifteen (15) Business Days and the failed tests shall be repeated.
H:Article 7 Warranty
P:7.1 Licensor warrants that for six (6) months from the date of the Acceptance Certificate (the "Warranty Period") the Software and the Custom Deliverables will perform substantially in accordance with the Documentation and Schedule 2, and Licensor shall correct any reproducible defect free of charge.
P:7.2 The warranty does not cover defects caused by modifications not made or approved by Licensor, or by hardware or third-party software outside Licensor's control.
H:Article 8 Support Services
P:8.1 After the Warranty Period, Licensor will provide support services (telephone and e-mail helpdesk, remote fixes, updates and new releases) for an annual support fee of CNY 60,000, being 12.5 per cent of the Licence Fee subtotal, invoiced annually in advance for each support year. The annual support fee is fixed for the first three support years; any later change requires written agreement and shall not exceed five per cent (5%) a year.
P:8.2 Support renews each year on the anniversary of the end of the Warranty Period, at the annual support fee applicable under Article 8.1, unless either party gives sixty (60) days' written notice of non-renewal.
P:8.3 Incidents are classified and handled as follows, both during the Warranty Period and during support:
TB:Severity|Description|Response time|Target resolution
TB:1|PressPlan unavailable, or no schedule can be issued to any press line|2 hours|Workaround within 8 hours
TB:2|A major function degraded; a workaround exists|8 business hours|3 Business Days
TB:3|Minor defect or question|2 Business Days|Next release
P:8.4 If Licensor misses the response time for a Severity 1 incident, Licensor shall credit Customer five per cent (5%) of the annual support fee (CNY 3,000 during the Warranty Period) for each such incident, against the next invoice or, if none, by refund.
H:Article 9 Intellectual Property
P:9.1 Licensor retains all intellectual property rights in the Software and the Documentation.
P:9.2 All rights in the Custom Deliverables vest in Customer on payment of the instalment in Article 4.1(c). Licensor shall deliver their source code with the Acceptance Certificate. Customer may use, modify and license the Custom Deliverables freely, including to third-party contractors. Licensor may reuse its general know-how.
H:Article 10 Customer Data and Security
P:10.1 All production plans, copra intake records, yields, recipes and other data entered into or generated by the Software ("Customer Data") belong to Customer. Licensor shall use Customer Data only to perform this Agreement.
P:10.2 Licensor shall access Customer's systems only through Customer's VPN, with named accounts and multi-factor authentication, and shall not copy Customer Data outside Customer's systems except with Customer's written approval for a specific diagnosis, after which the copy shall be deleted. Licensor shall keep its own systems patched and protected against malware.
P:10.3 Licensor shall notify Customer within 48 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate in the response, and be liable for the losses Customer suffers as a result of any breach of this Article 10 by Licensor.
H:Article 11 Confidentiality
P:Each party shall keep confidential all information of the other party marked or reasonably understood to be confidential, including Customer's yields, recipes and prices, and shall use it only for this Agreement. This obligation continues for five (5) years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Neither party is liable for loss of profit or indirect loss.
P:12.2 Licensor's total aggregate liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to breach of Article 10 or Article 11, or to Licensor's liability for infringement of third-party rights.
H:Article 13 Subcontracting
P:Licensor shall not subcontract any of its obligations without Customer's prior written consent, and remains responsible for the acts of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after receiving notice of the breach.
P:14.2 Termination of support does not end the licence granted in Article 2.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of the Republic of Nauru.
P:15.2 The parties submit to the exclusive jurisdiction of the Supreme Court of Nauru.
H:Article 16 General
P:16.1 This Agreement, with Schedule 1 (Functional Specification) and Schedule 2 (Line Parameters), is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 Notices may be given by e-mail to the addresses on the signature page. This Agreement is made in English, and may be signed in counterparts.
P:Signed for Anibare Process Systems Ltd: ____________________    Signed for Wenchang Golden Palm Coconut Oil Co., Ltd.: ____________________
"""

H88E03 = """
T:PURCHASE AND MAINTENANCE CONTRACT - KILN DRYING MONITORING SYSTEM
P:Contract No.: XLP-2026-EQ-011
P:Buyer: Hainan Xinglong Pepper Processing Co., Ltd., Xinglong Town, Wanning City, Hainan Province, People's Republic of China
P:Seller: Sokehs Instruments & Controls Inc., Kolonia, Pohnpei State, Federated States of Micronesia
P:The Buyer and the Seller, through friendly negotiation, agree as follows on the supply, installation and maintenance of a monitoring system for the Buyer's pepper drying kilns.
H:1. Subject Matter
P:1.1 The Seller shall supply temperature and humidity sensors, in-line moisture analysers, kiln controllers, a monitoring server and monitoring software for the six (6) drying kilns of the Buyer's white and black pepper lines, and shall install, calibrate and commission them and train the Buyer's operators.
P:1.2 The technical specification in Annex 1 and the Seller's quotation No. SIC-Q-0318 form part of this Contract. Where they conflict, this Contract prevails.
H:2. Contract Price
P:2.1 The total Contract Price is CNY 704,000 (Seven Hundred and Four Thousand Chinese Yuan), DAP the Buyer's factory in Xinglong, including packing, freight, insurance, import formalities, installation, calibration and training. The price is fixed and is broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Kiln temperature and humidity sensor set|24|6,800|163,200
TB:2|In-line NIR moisture analyser|6|38,500|231,000
TB:3|Kiln controller and gateway|6|14,600|87,600
TB:4|Monitoring server with monitoring software licence (perpetual)|1|118,000|118,000
TB:5|Spare parts package|1|21,200|21,200
TB:|Hardware Subtotal|||621,000
TB:6|Installation and calibration|1|74,000|74,000
TB:7|Operator training|1|9,000|9,000
TB:|Total Contract Price|||704,000
H:3. Payment
P:3.1 Ten per cent (10%) of the Contract Price, CNY 70,400, as advance payment within ten (10) working days after the Buyer receives an irrevocable bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 Fifty per cent (50%), CNY 352,000, within fifteen (15) working days after all goods are delivered and installed and the installation record is signed by both parties. Signing the installation record does not mean acceptance.
P:3.3 Forty per cent (40%), CNY 281,600, within fifteen (15) working days after the Final Acceptance Certificate is signed.
P:3.4 Every payment is made against the Seller's commercial invoice. The Buyer pays in CNY to the Seller's account stated in the invoice.
H:4. Delivery and Installation
P:4.1 The Seller shall deliver all goods to the Buyer's factory within seventy-five (75) days after the advance payment, and shall complete installation, calibration and commissioning within twenty (20) days after delivery.
P:4.2 If the Seller delays delivery or completion of installation, the Seller shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to ten per cent (10%) of the Contract Price. If the delay exceeds thirty (30) days, the Buyer may terminate this Contract.
P:4.3 Installation shall be scheduled outside the main drying season unless the Buyer agrees otherwise, and shall not stop more than two kilns at the same time.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for fourteen (14) consecutive days with real drying batches. Final acceptance is passed when: (a) each temperature sensor reads within plus or minus 0.5 degrees C and each humidity sensor within plus or minus 2 points of relative humidity against the Buyer's reference instrument; (b) each moisture analyser reads within plus or minus 0.3 points of moisture against the oven-drying laboratory method on twenty samples; (c) high-temperature and end-of-drying alarms are tested on every kiln; (d) data of all six kilns is recorded without gaps on the monitoring server; and (e) no Priority 1 fault occurs during the run.
P:5.2 When these criteria are met, both parties sign the Final Acceptance Certificate. Delivery, installation, use of the system in production or any payment shall not be regarded as acceptance. If acceptance fails, the Seller shall correct the defects at its own cost within fifteen (15) days and the test shall be repeated.
H:6. Warranty
P:6.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate. During the warranty period the Seller shall repair or replace any defective goods free of charge, including parts, labour and travel, and shall recalibrate all sensors and analysers twice a year, before and after the drying season.
P:6.2 Replaced parts carry a new warranty of six (6) months or the rest of the original warranty period, whichever is longer.
H:7. Service Levels
P:7.1 During the warranty period and any maintenance year, faults are handled as follows. Priority 1 (monitoring of any kiln lost during a drying cycle, or moisture readings clearly wrong): remote response within one (1) hour; technician on site within eight (8) hours; system restored within thirty-six (36) hours. Priority 2 (other faults not affecting the drying process): remote response within two (2) hours; repair within three (3) working days.
P:7.2 For each hour by which the Seller exceeds a Priority 1 time limit, the Seller shall pay CNY 600; for each hour by which it exceeds a Priority 2 time limit, CNY 200. The Buyer may deduct these amounts from any payment due to the Seller.
H:8. Maintenance after Warranty
P:8.1 After the warranty period, the Seller shall provide annual maintenance on the same scope and service levels if the Buyer places an annual order. The annual maintenance fee is nine per cent (9%) of the Hardware Subtotal, that is CNY 55,890 per year, and shall not be increased for three (3) years after the end of the warranty period.
P:8.2 Maintenance is ordered year by year and does not renew automatically.
H:9. Data Security
P:9.1 All kiln data, drying curves, batch records and recipes collected by the system belong to the Buyer. The Seller shall use them only to perform this Contract and shall not disclose them to any third party.
P:9.2 Remote access by the Seller is allowed only through the Buyer's VPN, after approval of the Buyer for each session, using named accounts. The Seller shall not keep copies of the Buyer's data, and shall scan every laptop and storage device for malware before connecting it to the Buyer's network.
P:9.3 The Seller shall report any data leakage, loss or security incident caused by or known to it to the Buyer within two (2) hours, take remedial measures, and compensate the Buyer for all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:Each party shall keep the other party's technical and commercial information obtained under this Contract confidential, and shall not disclose it to any third party without written consent, during this Contract and for three (3) years after it ends.
H:11. Intellectual Property
P:11.1 Kiln configurations, drying recipes, alarm settings and report templates made for the Buyer belong to the Buyer, who may modify them freely and may let third parties maintain them.
P:11.2 The monitoring software and the embedded software of the goods remain the property of their owners and are licensed to the Buyer perpetually and free of charge for the use of the system.
P:11.3 The Seller warrants that the goods do not infringe any third-party right and shall indemnify the Buyer against any claim.
H:12. Subcontracting
P:The Buyer approves, by signing this Contract, Hainan Haiyun Automation Co., Ltd. in Haikou as the Seller's local service partner for on-site installation and repair. Any other subcontracting requires the prior written consent of the Buyer. The Seller remains fully responsible for its service partner and subcontractors.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Seller commits a material breach and does not remedy it within fifteen (15) days after the Buyer's notice, or in the case described in Clause 4.2. The Seller shall then refund the amounts received for undelivered or rejected goods and compensate the Buyer's losses.
H:14. Force Majeure
P:Typhoons, floods and other events that cannot be foreseen, avoided or overcome excuse a party for the period they last, if it notifies the other party within three (3) days and provides evidence. Ordinary shipping delays between Pohnpei and Hainan are not force majeure.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall first be settled by negotiation; if negotiation fails, it shall be submitted to the Hainan Arbitration Commission for arbitration in Haikou. The award is final and binding on both parties.
H:16. Miscellaneous
P:This Contract is made in English in two originals, one for each party, and takes effect on signature and seal by both parties. Annex 1 (Technical Specification) and Annex 2 (Installation Plan) are part of this Contract.
P:Buyer: Hainan Xinglong Pepper Processing Co., Ltd. (seal)    Seller: Sokehs Instruments & Controls Inc. (signature)
"""

SOURCES = {"h88z01": H88Z01, "h88z03": H88Z03, "h88e01": H88E01, "h88e03": H88E03}
TARGETS = {"h88z01": ("h88z01_statistics_bureau_online_reporting_platform.docx", "docx"),
           "h88z03": ("h88z03_securities_margin_financing_risk_saas.pdf", "pdf"),
           "h88e01": ("h88e01_coconut_oil_press_scheduling_licence_nauru.docx", "docx"),
           "h88e03": ("h88e03_pepper_kiln_sensors_maintenance_pohnpei.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
