"""Builds the .docx and .pdf contracts of holdout95 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, LN: list paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the .md/.txt contracts of this folder are written by hand.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H95Z01 = """
T:西江省全民健身公共服务平台建设项目合同书
P:合同编号：XJTY-ZFCG-2025-017
P:采购人（甲方）：西江省体育局
P:供应商（乙方）：蓝骏数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：XJCG-2025-0392）、乙方投标文件和中标通知书，甲乙双方就西江省全民健身公共服务平台建设项目（以下简称“本项目”）的系统集成事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责本项目的软硬件供货、定制开发、安装部署、系统集成、历史数据迁移、培训及质保期内的维护服务，建成覆盖全省的全民健身公共服务平台，提供场馆预约、赛事活动报名、科学健身指导、国民体质监测数据管理及健身设施运行监测等功能。
P:1.2 具体功能及技术要求以招标文件第三章《采购需求》和乙方投标文件为准，二者不一致的，以要求较高者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾肆万元整（¥2,540,000.00），为固定总价，包含设备、软件许可、定制开发、运输、安装、集成、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|全民健身公共服务平台软件（永久使用许可）|1套|680,000
TB:2|国民体质监测一体机|24台|564,000
TB:3|智能健身路径物联网关及传感器|120套|456,000
TB:4|数据展示大屏及指挥调度系统|1套|238,000
TB:5|定制开发（省政务服务平台、体育场馆预约系统、国家体质监测平台数据上报接口）|1项|396,000
TB:6|安装部署、系统集成及历史数据迁移|1项|178,000
TB:7|培训|1项|28,000
TB:合计|||2,540,000
P:2.2 上表第1至4项合计人民币1,938,000元，为本合同的“软硬件小计”。
H:第三条 付款方式
P:3.1 本合同签订且乙方提交等额预付款保函后10个工作日内，甲方向乙方支付合同总价的百分之四十作为预付款，即人民币1,016,000元。
P:3.2 项目初验合格后10个工作日内，甲方支付合同总价的百分之三十五，即人民币889,000元。
P:3.3 项目终验合格后10个工作日内，甲方支付合同总价的百分之二十五，即人民币635,000元。
P:3.4 乙方每次请款前应开具等额合法发票。甲方按国库集中支付程序办理付款。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成全部设备到货、安装及平台部署，并具备初验条件。
P:4.2 体质监测一体机应安装至甲方指定的各市级体质监测站点；智能健身路径物联网关应安装至甲方指定的公园和社区健身点，安装点位清单由双方另行确认。
P:4.3 乙方可将智能健身路径物联网关的现场安装及线缆敷设等非主体、非关键性工作分包给具备相应能力的单位，分包前将分包单位名称及分包内容报甲方备案即可。乙方就分包工作向甲方承担全部责任。
P:4.4 乙方应指派具有信息系统项目管理师资格的项目经理常驻项目现场，未经甲方书面同意不得更换。乙方应每两周向甲方提交项目进度报告，并参加甲方组织的项目例会。
P:4.5 乙方应为甲方及各市体育行政部门的管理人员、体质监测站点操作人员提供不少于三期集中培训和现场操作培训，并提供操作手册和培训视频。
P:4.6 甲方应为乙方提供必要的工作场所、政务外网接入条件和接口对接所需的技术资料，并协调各市级站点和健身点的安装条件。
H:第五条 验收
P:5.1 初验：乙方完成部署后提交初验申请，甲方组织初验，内容包括：（1）按招标文件功能清单逐项测试，全部功能项通过；（2）在2,000个并发用户条件下，预约、报名等主要页面平均响应时间不超过3秒；（3）与省政务服务平台、场馆预约系统和国家体质监测平台的接口联调成功，数据核对一致；（4）取得第三方测评机构出具的网络安全等级保护（三级）测评报告，且无高风险问题。
P:5.2 初验合格后进入三个月试运行期。试运行期内未发生一级故障且初验遗留问题全部整改完毕的，乙方可申请终验。终验由甲方组织专家按前款标准复核，并审查全部交付文档和源代码。
P:5.3 设备到货签收、平台上线运行或甲方实际使用，均不视为验收合格。
H:第六条 质保与运维服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件故障维修、设备更换、软件升级及系统运维服务。
P:6.2 质保期内平台月度可用率不低于99.95%（经甲方同意的计划内维护时间除外）。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或预约、报名等核心功能中断|30分钟|2小时|6小时
TB:二级|单项功能异常或部分站点设备离线|2小时|8小时|24小时
TB:三级|一般性问题或咨询|8小时|按需|3个工作日
P:6.4 乙方超过上表时限的，每超时一小时，甲方有权按人民币1,000元的标准向乙方收取违约金；平台月度可用率低于6.2约定的，每低0.01个百分点，乙方支付违约金人民币2,000元。甲方可从应付款项中直接扣除。
P:6.5 质保期满后，如甲方需要，乙方应继续提供运维服务，年度维保费不超过软硬件小计的百分之八（即每年不超过人民币155,040元），且质保期满后三年内不上调。维保服务由双方另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件及乙方原有产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在全省体育系统内使用。
P:7.2 乙方为本项目定制开发的接口程序、功能模块及其源代码和技术文档，知识产权归甲方所有。乙方应在终验时向甲方移交全部源代码，甲方有权自行或委托第三方使用和修改。
H:第八条 数据安全
P:8.1 平台采集和存储的健身者个人信息、体质监测数据、场馆预约数据及平台运行日志均属于甲方，乙方仅可为履行本合同之目的使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按照网络安全等级保护三级要求落实访问控制、数据加密、日志审计等安全措施；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内向甲方报告并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、技术资料和网络架构信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应在甲方要求的期限内免费更换或整改。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之六十为限，但因乙方故意或重大过失造成的损失、违反第八条造成的损失除外。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项中未履行部分的价款、赔偿损失。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在十五日内提供有关证明，根据不可抗力的影响部分或全部免除责任。
P:13.2 本合同未尽事宜，由双方协商确定。招标文件、投标文件、中标通知书为本合同的组成部分。
P:13.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：西江省体育局　　　　乙方（盖章）：蓝骏数字科技有限公司
P:签订日期：2025年　月　日
"""

H95Z03 = """
T:信托登记及监管报送云服务合同
P:合同编号：HYXT-KJ-2025-031
P:甲方（委托方）：华岳信托有限责任公司
P:乙方（服务方）：数衡金融科技有限公司
P:鉴于甲方需按照信托登记管理的有关规定向中国信托登记有限责任公司报送信托产品登记信息，并完成相关监管数据报送，乙方可提供相应的软件即服务（SaaS），双方经协商一致，签订本合同。
H:第一条 服务内容
P:1. 乙方通过其“衡报”信托登记报送云平台，向甲方提供信托产品预登记、初始登记、变更登记和终止登记的数据采集、校验、报文生成及报送服务，以及监管报表的生成与报送辅助服务。
P:2. 乙方负责完成平台与甲方信托业务管理系统、TA系统和估值核算系统的接口对接，并配置甲方专属的报送模板、字段映射和校验规则（以下合称“实施服务”）。
P:3. 平台同时提供报送日历与到期提醒、报送台账查询、报送回执归档和历史报送数据检索功能，供甲方合规、运营及审计人员按权限使用。
P:4. 服务期为三年，自上线验收合格之日起计算。
H:第二条 服务费用
P:1. 本合同总金额为人民币壹佰伍拾玖万元整（¥1,590,000.00），包括：（1）一次性实施服务费人民币186,000元；（2）年度云服务费每年人民币468,000元，三年合计人民币1,404,000元。
P:2. 上述费用为含税价，服务期内不作调整。报送数量增加或监管规则变化引起的平台调整，均已包含在年度云服务费内。
H:第三条 付款方式
P:1. 本合同不设预付款。
P:2. 实施服务费在上线验收合格后十个工作日内一次性支付。
P:3. 年度云服务费按季度支付，每季度人民币117,000元。乙方在每个服务季度结束后提交服务报告，经甲方确认服务水平达标情况并扣减相应服务费后，甲方在十个工作日内支付。
H:第四条 实施与上线验收
P:1. 乙方应于合同签订后六十日内完成实施服务，具备上线验收条件。
P:2. 上线验收标准：（1）接口对接完成，平台采集的产品要素与甲方业务系统数据逐笔核对一致；（2）按中国信托登记有限责任公司的报送规范完成全部登记类型的测试报送，校验规则全部通过；（3）在正式环境连续二十个工作日报送无差错、无逾期；（4）乙方提交系统配置说明、接口文档和操作手册。
P:3. 满足上述标准的，甲方出具上线验收确认书。平台开通或甲方开始使用，均不视为上线验收合格。
P:4. 乙方逾期未具备上线验收条件的，每逾期一日，向甲方支付违约金人民币壹仟贰佰元；逾期超过四十五日的，甲方有权解除本合同。
P:5. 乙方应为甲方的信托登记、合规和运营人员提供上线前集中培训及服务期内每年不少于两次的专题培训，监管报送规范发生变化时应及时组织专项培训。
H:第五条 服务水平
P:1. 平台在工作日7:00至22:00的报送时段内，月度可用率不低于99.95%。乙方的计划内维护应安排在非报送时段，并提前三日通知甲方。
P:2. 一级故障（平台无法登录、无法生成或提交报送文件）乙方应在15分钟内响应，2小时内恢复服务或提供可行的替代报送方案；二级故障（部分功能异常、校验结果错误）应在1小时内响应，1个工作日内解决。
P:3. 月度可用率低于约定标准的，每低0.01个百分点，扣减当季度服务费的百分之一，最高扣减当季度服务费的百分之二十五；一级故障响应或恢复超时的，每次扣减人民币3,000元。
P:4. 因乙方原因导致甲方报送逾期或报送数据错误而受到监管处罚的，乙方承担甲方因此被处以的罚款及其他直接损失，不受前款扣减上限的限制。
H:第六条 数据安全与数据权属
P:1. 甲方通过平台提交、生成和存储的全部数据，包括信托产品信息、委托人和受益人信息、交易及估值数据和报送记录（以下简称“甲方数据”），均归甲方所有。乙方仅可为向甲方提供本合同服务之目的处理甲方数据，不得将甲方数据（包括经脱敏、汇总或匿名化处理后的数据）用于任何其他目的，亦不得向任何第三方提供。
P:2. 乙方应将甲方数据存储于中国境内，并与其他客户的数据逻辑隔离；平台应完成网络安全等级保护三级备案及测评，对传输和存储的数据加密，实行最小权限访问和操作日志审计，日志保存不少于六个月。
P:3. 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内通知甲方，立即采取处置措施，并在24小时内提交书面报告。因乙方原因造成安全事件的，乙方承担全部责任，赔偿甲方全部损失，包括甲方因此承担的监管罚款及对客户的赔偿。
P:4. 本合同终止后三十日内，乙方应按甲方要求将甲方数据完整导出交付甲方，并在甲方确认后彻底删除，出具删除证明。
H:第七条 保密
P:双方对在履行本合同中知悉的对方商业秘密和其他非公开信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律法规或监管要求披露的除外。乙方应与参与本合同服务的全部人员签订保密协议，并对其遵守情况负责。本条义务在合同终止后五年内持续有效。
H:第八条 知识产权
P:1. 平台软件及乙方原有技术的知识产权归乙方所有。
P:2. 乙方为甲方专门开发的接口程序、报送模板、字段映射和校验规则配置及相关文档，知识产权归甲方所有；甲方有权自行或委托第三方使用、修改，并可在本合同终止后迁移至其他系统继续使用。
H:第九条 双方义务
P:1. 甲方应指定对接人员，按乙方合理要求提供接口环境、测试数据和业务规则说明，并对报送数据的业务真实性负责。
P:2. 乙方应持续跟踪信托登记和监管报送规范的变化，在新规范生效前完成平台升级并通知甲方；因乙方未及时升级导致报送失败的，按第五条承担责任。
P:3. 乙方每季度提交的服务报告应包括报送量、报送成功情况、可用率统计、故障及处理情况、安全检查情况和改进建议。
P:4. 乙方应保持服务团队稳定，为甲方指定专职客户经理和技术负责人，更换时应提前十日通知甲方并做好交接。
H:第十条 分包
P:乙方不得将本合同项下的服务分包或转包。平台使用附件二所列的境内云基础设施服务商，甲方签署本合同即视为同意；乙方更换云基础设施服务商或引入其他第三方参与服务的，须事先取得甲方书面同意。
H:第十一条 合同期限与续签
P:本合同期满即终止，不自动续期。甲方需要续用的，双方应在期满前六十日协商续签，续签价格不高于本合同约定的年度云服务费。
H:第十二条 违约与解除
P:1. 乙方严重违反本合同，或连续两个月未达到第五条约定的可用率，或发生因乙方原因造成的重大数据安全事件的，甲方有权书面通知解除本合同，乙方应退还已付但未提供服务部分的费用并赔偿损失。
P:2. 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交西安仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:第十四条 通知
P:双方指定的联系人及联系方式见附件一。与本合同有关的通知应以书面形式送达，包括专人递送、快递和电子邮件；涉及合同解除、违约责任的通知应同时以快递方式送达。一方变更联系人或联系方式的，应在三个工作日内书面通知对方。
H:第十五条 其他
P:附件一：服务说明书；附件二：云基础设施服务商及数据存储说明。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：华岳信托有限责任公司　　　　乙方（盖章）：数衡金融科技有限公司
"""

H95E01 = """
T:Software Licence, Implementation and Support Agreement
P:Agreement No. SHS-CN-2025-04
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN:
P:(1) SARNIA HERD SYSTEMS LIMITED, a company incorporated in the Island of Guernsey with registered number 61842, whose registered office is at 14 Le Marchant Street, St Peter Port, Guernsey GY1 4HP (the "Company"); and
P:(2) HULUNBUIR GREEN PASTURE DAIRY FARMERS' PROFESSIONAL COOPERATIVE, a farmers' professional cooperative registered in the People's Republic of China, whose principal office is in Hailar District, Hulunbuir, Inner Mongolia (the "Cooperative").
P:WHEREAS (A) the Company develops and licenses the MilkRoute milk-collection tracking software; and (B) the Cooperative collects raw milk from its member farms by tanker and wishes to license MilkRoute, to have it implemented and to receive support for it on the terms set out below.
P:NOW IT IS HEREBY AGREED as follows.
H:Article 1 Definitions and Interpretation
P:1.1 In this Agreement the following expressions have the meanings given to them: "Contract Price" means the sum stated in Article 4.1; "Cooperative Data" means all data entered into, collected by or generated by the Software in the course of the Cooperative's operations, including member farm records, tanker routes and GPS tracks, collection volumes and temperatures, sample identifiers, laboratory results and payment data; "Custom Deliverables" means the interfaces, configurations, route set-ups, reports, scripts and documentation developed by the Company specifically for the Cooperative under this Agreement; "Documentation" means the Company's user and technical manuals for the Software; "Final Acceptance" means the issue of the certificate described in Article 6.2; "Go-Live" means the first day on which all sixty (60) tankers record collections in the Software in live operation; "Licence Subtotal" means the sum of items 1 to 3 of Table 1; "Software" means the MilkRoute Core, Tanker Collection Module and Member Farm Portal in the versions current at signature, with all updates supplied under this Agreement; and "Warranty Period" means the period stated in Article 7.1.
P:1.2 Headings are for convenience only. References to Articles and Tables are to those of this Agreement. Words in the singular include the plural and vice versa.
H:Article 2 Licence
P:2.1 In consideration of the Contract Price the Company grants the Cooperative a perpetual, non-exclusive and non-transferable licence to install and use the Software on servers owned or controlled by the Cooperative, and on the tanker handsets and member-farm accounts listed in Table 1, for the purposes of its milk collection, quality testing and member payment operations.
P:2.2 The Cooperative may add tankers or member farms at the unit prices stated in Table 1, which shall remain fixed for three (3) years from signature.
H:Article 3 Scope of Implementation
P:3.1 The Company shall install and configure the Software; set up collection routes for the sixty (60) tankers; set up the Member Farm Portal for the member farms; develop interfaces with the Cooperative's milk-testing laboratory system (fat, protein, somatic cell count and total bacterial count) and with its member payment system; migrate the collection records of the two preceding seasons; and train the Cooperative's drivers, laboratory staff and administrators.
P:3.2 The Company shall deliver a project plan within fifteen (15) days of signature. The target date for Go-Live is one hundred and twenty (120) days after signature (the "Go-Live Target Date").
H:Article 4 Contract Price and Payment
P:4.1 The Contract Price is CNY 1,750,000 (one million seven hundred and fifty thousand yuan), inclusive of VAT, made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|MilkRoute Core enterprise licence (perpetual)|1|640,000
TB:2|Tanker Collection Module licence|60 tankers|252,000
TB:3|Member Farm Portal licence|1,200 farms|216,000
TB:|Licence Subtotal||1,108,000
TB:4|Implementation and configuration|lump sum|386,000
TB:5|Laboratory and payment-system interfaces|lump sum|214,000
TB:6|Training on site in Hailar|lump sum|42,000
TB:|Contract Price||1,750,000
P:4.2 The Contract Price shall be paid as follows: (a) twenty per cent (20%), being CNY 350,000, within thirty (30) days of signature against the Company's invoice; (b) forty-five per cent (45%), being CNY 787,500, within thirty (30) days after Go-Live; and (c) thirty-five per cent (35%), being CNY 612,500, within thirty (30) days after Final Acceptance.
P:4.3 Go-Live, and payment of the instalment under Article 4.2(b), shall not constitute acceptance of the Software or of any Custom Deliverable.
H:Article 5 Delay
P:5.1 If Go-Live has not occurred by the Go-Live Target Date for reasons attributable to the Company, the Company shall pay the Cooperative liquidated damages of 0.1 per cent (0.1%) of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.
P:5.2 If the delay exceeds sixty (60) days, the Cooperative may in addition terminate this Agreement by written notice under Article 14.
H:Article 6 Acceptance
P:6.1 Following Go-Live the Software shall run in live operation for a proving period of thirty (30) days, during which the Company shall demonstrate that: (a) every collection by each tanker is recorded with farm identifier, volume, milk temperature, GPS position and sample barcode, and reconciles with the weighbridge intake at the Cooperative's plant; (b) laboratory results are matched to the correct farm sample within two (2) hours of release by the laboratory; (c) the member payment export reconciles, to the fen, with the collected volumes and the quality-based price grid for one complete payment cycle; (d) the tanker application works offline on routes without mobile coverage and synchronises when coverage returns; and (e) no Severity 1 fault remains open.
P:6.2 Where the criteria in Article 6.1 are met, the Cooperative shall issue a Final Acceptance certificate within ten (10) business days. Where they are not met, the Company shall correct the defects and the proving period shall be repeated. Neither installation, nor Go-Live, nor use of the Software in live operation shall constitute acceptance.
H:Article 7 Warranty
P:7.1 The Company warrants that for eighteen (18) months from Final Acceptance (the "Warranty Period") the Software and the Custom Deliverables will perform materially in accordance with the Documentation and the agreed specification. During the Warranty Period the Company shall correct defects free of charge and provide the support services described in Article 8 and all updates without charge.
H:Article 8 Support Services and Service Levels
P:8.1 During the Warranty Period and any Support Term the Company shall provide second-line support through its support desk, which is staffed around the clock for Severity 1 faults and from 08:00 to 20:00 Beijing time on business days for all other faults.
P:8.2 Faults shall be classified and handled as follows:
TB:Severity|Description|Response time|Workaround or fix
TB:Severity 1|Tanker application unusable on all tankers, collection data not reaching the central system, or member payment run blocked|1 hour, 24 x 7|Workaround within 8 hours
TB:Severity 2|A module or interface degraded, or the application failing on individual tankers|3 business hours|2 business days
TB:Severity 3|Minor fault, query or documentation error|Next business day|Next scheduled release
P:8.3 If the Company fails to meet the response time for a Severity 1 fault it shall credit the Cooperative CNY 1,000 for each hour or part of an hour of delay, and if it fails to provide a workaround within the stated time it shall credit a further CNY 2,000 for each hour or part of an hour of delay. Credits shall be set off against sums due to the Company or, if none are due, paid within thirty (30) days.
P:8.4 After the Warranty Period the Cooperative may take annual support (the "Support Term") at an Annual Support Fee of twelve point five per cent (12.5%) of the Licence Subtotal, namely CNY 138,500 per year, invoiced annually in arrears. The Support Term shall renew for successive periods of one year at the same Annual Support Fee unless either party gives ninety (90) days' written notice before its expiry. The Annual Support Fee may be changed only by written agreement signed by both parties.
H:Article 9 Cooperative Data and Data Security
P:9.1 All Cooperative Data belongs to the Cooperative. The Company shall process Cooperative Data only to perform this Agreement and on the Cooperative's instructions, and shall not use it for any other purpose, whether in identifiable, aggregated or anonymised form, nor disclose it to any third party.
P:9.2 The Software shall be installed on the Cooperative's servers in its data centre in Hailar, and Cooperative Data shall not be transferred outside mainland China. The Company's staff may access the Cooperative's systems remotely only through the Cooperative's VPN with multi-factor authentication, with the Cooperative's approval for each session, and all such sessions shall be logged. The Company shall not copy Cooperative Data to its own systems; any test data shall be anonymised by the Cooperative before it is made available.
P:9.3 The Company shall comply with the PRC Personal Information Protection Law and Data Security Law in relation to the personal information of member farmers, including their identity and bank account details.
P:9.4 The Company shall notify the Cooperative within twenty-four (24) hours of becoming aware of any actual or suspected security incident affecting Cooperative Data, shall co-operate fully in investigating and containing it, and shall be liable for all losses suffered by the Cooperative as a result of any incident attributable to the Company or its personnel.
H:Article 10 Intellectual Property
P:10.1 The Software and the Company's pre-existing materials remain the property of the Company or its licensors.
P:10.2 All intellectual property rights in the Custom Deliverables, including their source code, shall vest in the Cooperative upon creation. The Company shall deliver the source code and build instructions on Final Acceptance. The Cooperative may use, modify, copy and license the Custom Deliverables freely, including to third parties.
P:10.3 The Company shall indemnify the Cooperative against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 11 Confidentiality
P:Each party shall keep confidential all information of the other party which it receives under or in connection with this Agreement and which is not public, shall use it only for the purposes of this Agreement and shall not disclose it to any third party without the other party's prior written consent, save as required by law. This obligation survives termination for five (5) years.
H:Article 12 Limitation of Liability
P:The Company's total aggregate liability under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price. This limit shall not apply to liability for death or personal injury, fraud, breach of Article 9 or Article 11, or the indemnity in Article 10.3.
H:Article 13 Subcontracting
P:The Company shall not subcontract any of its obligations under this Agreement without the prior written consent of the Cooperative, and shall remain responsible for the acts and omissions of any approved subcontractor as if they were its own.
H:Article 14 Term and Termination
P:14.1 This Agreement commences on signature and continues until terminated in accordance with its terms. The licence under Article 2.1 survives termination except where the Company terminates for non-payment.
P:14.2 The Cooperative may terminate this Agreement by written notice if the Company commits a material breach which, if capable of remedy, is not remedied within thirty (30) days of written notice requiring it to be remedied, or in the case described in Article 5.2. The Company may terminate only if undisputed sums remain unpaid for sixty (60) days after written notice.
H:Article 15 Force Majeure
P:Neither party shall be liable for delay caused by events beyond its reasonable control, including severe winter weather which closes collection routes, provided that it notifies the other party promptly and uses reasonable endeavours to mitigate the effects.
H:Article 16 Governing Law and Jurisdiction
P:This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of the Island of Guernsey. The Royal Court of Guernsey shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Article 17 General
P:This Agreement is the entire agreement between the parties on its subject matter. Any variation must be in writing and signed by both parties. This Agreement is made in English; a Chinese translation is provided for convenience only.
P:Signed for and on behalf of SARNIA HERD SYSTEMS LIMITED: ____________________ Director
P:Signed for and on behalf of HULUNBUIR GREEN PASTURE DAIRY FARMERS' PROFESSIONAL COOPERATIVE: ____________________ Chairman
"""

H95E03 = """
T:Supply, Installation and Maintenance Contract for Net-Pen Camera Monitoring System
P:Contract No. SDA-EQ-2025-022
P:Buyer: Ningde Sandu'ao Deep-Sea Aquaculture Co., Ltd., Sandu'ao Town, Jiaocheng District, Ningde, Fujian Province, PRC (the "Buyer").
P:Contractor: Wideawake Marine Systems Ltd., Main Street, Georgetown, Ascension Island, ASCN 1ZZ, acting through its representative office in Fuzhou (the "Contractor").
P:The Buyer operates large yellow croaker net pens in Sandu'ao Bay. Following the Buyer's invitation to tender and the Contractor's bid of 12 May 2025, the parties agree as follows.
H:1. Definitions
P:1.1 "Contract Price" means the total price in clause 3.1. "Equipment" means the cameras, power units, wireless bridges, edge server and software listed in clause 3.1. "Equipment Subtotal" means the sum of items 1 to 5 in clause 3.1. "Final Acceptance" means the signing of the final acceptance certificate under clause 6.3. "Site" means the Buyer's net-pen farm at Sandu'ao Bay, including the floating platforms and the shore control room.
P:1.2 "Buyer Data" means all video, images, biomass estimates, feeding records, water-quality readings, logs and other data captured or generated by the Equipment.
H:2. Scope of Work
P:2.1 The Contractor shall supply, deliver to the Site, install, commission and maintain a camera monitoring system for sixteen (16) net pens, comprising three underwater cameras and one surface camera for each pen, solar power and battery units on each pen, point-to-multipoint wireless links to the shore control room, and an edge video server with fish counting and biomass estimation software.
P:2.2 The work includes mooring brackets and underwater cable routing, diving work, configuration of the video management and biomass software, integration with the Buyer's feeding-barge control system, and training of the Buyer's operators.
P:2.3 The Equipment shall be rated for continuous salt-water immersion (underwater cameras) or salt-mist exposure (surface equipment) and shall withstand typhoon conditions when secured according to the installation plan.
H:3. Contract Price and Payment
P:3.1 The Contract Price is CNY 1,780,000 (Renminbi one million seven hundred and eighty thousand), including VAT, delivery to the Site and all taxes, itemised as follows:
P:(1) Underwater HD cameras with wipers, 48 sets x CNY 16,800 = CNY 806,400;
P:(2) Surface PTZ cameras, salt-mist rated, 16 sets x CNY 9,600 = CNY 153,600;
P:(3) Pen-side solar power and battery units, 16 sets x CNY 7,500 = CNY 120,000;
P:(4) Point-to-multipoint wireless bridges and shore base station, 1 lot = CNY 186,000;
P:(5) Edge video server with fish counting and biomass estimation software licence (perpetual), 1 set = CNY 248,000;
P:Equipment Subtotal: CNY 1,514,000;
P:(6) Installation, diving work and cabling, 1 lot = CNY 226,000;
P:(7) Commissioning and training, 1 lot = CNY 40,000.
P:3.2 The Buyer shall pay: (a) 10% of the Contract Price, CNY 178,000, as an advance within fifteen (15) days after signing, against an advance payment bank guarantee of the same amount; (b) 50% of the Contract Price, CNY 890,000, after all Equipment has been delivered to the Site and signed for; and (c) 40% of the Contract Price, CNY 712,000, within twenty (20) days after Final Acceptance.
P:3.3 Signing for delivery confirms quantities and visible condition only and does not amount to acceptance of the Equipment.
H:4. Delivery and Installation
P:4.1 The Contractor shall deliver all Equipment to the Site within seventy-five (75) days after signing and complete installation within forty (40) days after delivery, outside the periods of typhoon warnings announced by the local authorities.
P:4.2 Diving work shall be carried out by the diving contractor named in Annex 3, which the Buyer approves by signing this Contract. Any other subcontractor, and any change of the diving contractor, requires the Buyer's prior written consent. The Contractor remains fully responsible for all subcontracted work.
H:5. Delay Damages
P:5.1 If the Contractor fails to complete delivery or installation by the dates in clause 4.1 for reasons not attributable to the Buyer or to force majeure, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.2 If the delay exceeds forty-five (45) days, the Buyer may terminate this Contract under clause 13.
H:6. Testing and Acceptance
P:6.1 After installation the Contractor shall carry out site tests in the presence of the Buyer, showing that: (a) all 64 cameras deliver video to the shore control room at the specified resolution and frame rate, day and night; (b) the underwater wipers keep the lenses clear under normal fouling for the test period; (c) the fish counting results for three sample pens are within ±5% of the Buyer's manual counts; (d) the battery units keep each pen powered for 48 hours without sun; and (e) the data reaches the Buyer's feeding-barge control system.
P:6.2 When the site tests are passed, the system shall run for a trial period of sixty (60) days without any Priority 1 fault caused by the Equipment.
P:6.3 After a successful trial period the parties shall sign the final acceptance certificate. Installation, commissioning or the Buyer's use of the system during the trial period shall not be regarded as acceptance.
H:7. Warranty
P:7.1 The warranty period is twenty-four (24) months from Final Acceptance. During the warranty period the Contractor shall repair or replace free of charge any Equipment which fails for reasons other than misuse by the Buyer, including the cost of diving work and transport to and from the Site.
P:7.2 After the warranty period the Contractor shall provide annual maintenance for three further years if the Buyer so requests. The annual maintenance fee is 9% of the Equipment Subtotal, namely CNY 136,260 per year, fixed for those three years, paid at the end of each maintenance year. Maintenance covers two preventive visits per year, cleaning and re-sealing of underwater housings, software updates and the repair service of clause 8.
H:8. Service Levels
P:8.1 The Contractor shall operate a service hotline at all times. Faults are classified as follows: Priority 1 means loss of video from more than one pen, failure of the edge server, or failure of the wireless link to the shore; Priority 2 means loss of a single camera or power unit; Priority 3 means any other fault.
P:8.2 For a Priority 1 fault the Contractor shall respond within one (1) hour by remote diagnosis and have an engineer on the Site within twenty-four (24) hours, sea conditions permitting; for a Priority 2 fault, respond within eight (8) hours and attend within three (3) days.
P:8.3 If the Contractor misses the Priority 1 response time, it shall pay CNY 800 for each hour of delay; if it misses the Priority 1 attendance time, it shall pay CNY 3,000 for each day of delay. The Buyer may deduct these amounts from any payment due.
H:9. Data
P:9.1 Buyer Data belongs to the Buyer. The Contractor may access Buyer Data only for installation, testing and maintenance, and shall not copy, keep or disclose it or use it for any other purpose, including training its own counting models for other customers.
P:9.2 The edge server is installed in the Buyer's shore control room on the Buyer's network. Remote access by the Contractor is allowed only through the Buyer's VPN after approval for each session, and every session shall be logged. The Contractor shall keep passwords secure, apply security patches and shall not install any remote connection without the Buyer's written approval.
P:9.3 The Contractor shall notify the Buyer within twelve (12) hours of any data leak, loss or unauthorised access, help the Buyer to contain it, and compensate the Buyer for all losses caused by any such incident for which the Contractor or its personnel are responsible.
H:10. Confidentiality
P:Each party shall keep confidential the non-public information of the other party obtained under this Contract, including the Buyer's farm layout, stock numbers and production figures, and shall not disclose it to any third party without prior written consent. This obligation continues for three (3) years after the end of this Contract.
H:11. Intellectual Property
P:11.1 The biomass estimation software remains the property of the Contractor or its licensor, and the Buyer receives a perpetual licence to use it with the Equipment.
P:11.2 The site-specific configurations, the counting and biomass models tuned with the Buyer's pens and data, the integration interface to the feeding-barge control system and all related documentation are the property of the Buyer, which may use, modify and license them freely.
H:12. Liability
P:12.1 The Contractor shall compensate the Buyer for losses caused by its breach of this Contract, including damage to nets or stock caused by its installation or diving work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Contractor commits a material breach and does not remedy it within twenty (20) days after written notice, or in the case of clause 5.2. The Contractor shall then refund the amounts paid for work not accepted and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding on both parties.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese, both texts having equal effect. Annex 1 Technical Specification, Annex 2 Installation Plan and Annex 3 Approved Diving Contractor form part of this Contract.
P:Buyer (seal): ____________________    Contractor (authorised signature): ____________________
"""

SOURCES = {"h95z01": H95Z01, "h95z03": H95Z03, "h95e01": H95E01, "h95e03": H95E03}
TARGETS = {"h95z01": ("h95z01_sports_bureau_fitness_platform_integration.docx", "docx"),
           "h95z03": ("h95z03_trust_registration_reporting_saas.pdf", "pdf"),
           "h95e01": ("h95e01_dairy_coop_milk_collection_licence_guernsey_vendor.docx", "docx"),
           "h95e03": ("h95e03_fish_farm_net_pen_cameras_maintenance.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
