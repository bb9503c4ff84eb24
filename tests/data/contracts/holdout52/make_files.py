"""Builds the Word and PDF contracts of holdout52 from the markup below (see ../word_pdf.py for the markup:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the files are written next to this script. The PDFs are
broken into lines at word boundaries first (wrap_words=True), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H52Z01 = """
T:××省出入境业务预约受理系统集成项目合同
P:合同编号：GA-CRJ-2025-017
P:采购项目编号：××采〔2025〕0386号（公开招标）
P:甲方（采购人）：××省公安厅出入境管理局
P:乙方（供应商）：华衡数智科技股份有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设全省出入境业务预约受理系统，内容包括：预约受理平台软件许可；自助预约取号一体机、应用服务器及分布式存储的供货与安装；政务服务网、微信小程序预约渠道的定制开发；与出入境业务管理系统的接口开发；叫号及评价功能开发；系统实施、历史预约数据迁移和培训。
P:1.2 系统覆盖省厅及全省十六个市级、八十二个县级出入境接待大厅，具体功能和配置以招标文件技术要求及乙方投标文件为准。
P:1.3 乙方应指定一名具有高级项目经理资格的人员担任本项目经理，未经甲方书面同意不得更换。乙方进场人员须经甲方政审备案。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰贰拾万元整（¥4,200,000.00），为固定总价，已包含设备、软件、运输、保险、安装、调试、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|合计（元）
TB:1|预约受理平台软件许可（省级，永久）|1套|860,000|860,000
TB:2|自助预约取号一体机|60台|28,500|1,710,000
TB:3|应用服务器|6台|68,000|408,000
TB:4|分布式存储|1套|356,000|356,000
TB:5|定制开发（预约渠道对接、业务系统接口、叫号评价）|1项|624,000|624,000
TB:6|安装实施及数据迁移|1项|198,000|198,000
TB:7|培训|1项|44,000|44,000
TB:合计||||4,200,000
P:2.2 上表第1至4项为软硬件小计，计人民币3,334,000元。
H:第三条 付款方式
P:3.1 合同签订后，甲方收到乙方开具的等额合法发票之日起十个工作日内，支付合同总价的20%作为预付款。
P:3.2 全部设备到货安装、系统初步验收合格后，甲方支付合同总价的40%。
P:3.3 系统试运行期满并经最终验收合格后，甲方支付合同总价的35%。
P:3.4 合同总价的5%作为质量保证金，于质保期满且乙方无未了结的违约责任后十个工作日内无息支付。
P:3.5 甲方付款均通过国库集中支付方式办理，因财政支付流程产生的合理延误不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后四十五日内完成全部设备到货，九十日内完成系统部署并具备初步验收条件。
P:4.2 设备到货时双方共同清点并签收，签收仅表示数量和外观核对，不代表质量验收。
P:4.3 乙方应在各接待大厅非办公时间安装调试，不得影响正常对外受理业务。
H:第五条 验收
P:5.1 初步验收：系统部署完成后，由甲方组织按招标文件技术要求逐项测试，包括：全部功能模块可用；在三千个并发用户下预约提交响应时间不超过2秒；与出入境业务管理系统接口数据一致率100%；自助一体机连续运行72小时无故障；历史预约数据迁移完整、准确。
P:5.2 初验合格后系统进入试运行，期限九十日。试运行期内出现一级故障的，试运行期自故障排除之日起重新计算。
P:5.3 最终验收：试运行期满，系统通过网络安全等级保护第三级测评和商用密码应用安全性评估，乙方提交全部技术文档和定制开发源代码后，由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.4 系统上线运行、甲方使用或甲方付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并承担由此产生的费用。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件升级和7×24小时技术支持，并每季度进行一次全省巡检。
P:6.2 系统月可用率不低于99.95%（经甲方批准的计划维护时间除外）。
P:6.3 故障响应要求如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|全省或一个市级以上范围预约受理中断|15分钟|1小时|3小时
TB:二级|单个接待大厅业务中断或部分功能不可用|30分钟|2小时|8小时
TB:三级|个别设备故障或一般性问题|2小时|次日|48小时
P:6.4 乙方响应、到场或恢复超时的，每超时一小时扣减人民币2,000元；月可用率每低于约定值0.01个百分点，扣减人民币3,000元。扣减款项从质量保证金或应付款中抵扣。
P:6.5 质保期满后，如甲方需要乙方继续提供运维服务，年度运维服务费不超过软硬件小计的8%（即每年不超过人民币266,720元），由双方另行签订运维服务合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权归乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖全省各级出入境管理机构。
P:7.2 乙方为本项目定制开发的程序、接口、源代码及技术文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所提供的软硬件不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 系统所处理的预约信息、身份证件信息、照片及日志等全部数据属于甲方，乙方仅可为履行本合同在甲方授权范围内处理，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 系统部署于甲方指定的政务外网及公安信息网环境。乙方运维须经甲方审批并通过堡垒机操作，全程留痕。乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及公安机关信息安全管理规定，落实等级保护第三级要求。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因导致数据安全事件的，乙方承担全部责任，赔偿甲方由此产生的全部损失。
H:第九条 保密
P:9.1 乙方对在履行合同过程中知悉的甲方工作秘密、业务信息、网络结构及其他非公开信息负有保密义务，未经甲方书面许可不得向任何第三方披露。涉及国家秘密的，按国家保密规定执行。
P:9.2 乙方参与本项目的人员均应签署保密承诺书。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方逾期超过三十日，或交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:10.3 乙方其他违约行为给甲方造成损失的，应予赔偿。
H:第十一条 分包
P:11.1 乙方不得转包本项目。除投标文件中已载明并经甲方确认的分包事项外，乙方不得分包；确需分包的，应事先取得甲方书面同意，并对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同。
P:12.2 合同解除后，乙方应在十日内移交已完成的工作成果、文档和全部甲方数据。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同的组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2025年  月  日
"""

H52Z04 = """
T:区人民医院PACS系统机房运维服务合同
P:合同编号：QRMYY-ZC-2025-046
P:采购方式：竞争性磋商（政府采购）
P:甲方（采购人）：××市××区人民医院
P:乙方（供应商）：康衡信息技术服务有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目磋商文件、乙方响应文件和成交通知书，双方就甲方PACS系统机房运维服务事宜订立本合同。
H:1. 服务内容
P:1.1 乙方为甲方医学影像存储与传输系统（PACS）机房提供运维服务，范围包括：PACS服务器12台、在线存储及近线归档存储（合计约680TB）、影像数据库、备份系统以及机房UPS、精密空调、动力环境监控设备的日常监控与维护。
P:1.2 服务方式：乙方派驻两名具备相应资质的工程师驻场（工作日8:00至18:00），其余时间提供7×24小时远程监控和电话支持，法定节假日安排专人值守。
P:1.3 乙方应在服务开始后三十日内完成一次初始评估，向甲方提交《PACS机房运行基线评估及备份体系梳理报告》。
P:1.4 乙方每月进行一次全面巡检，每季度进行一次备份恢复演练，并在医院等级评审、网络安全检查期间提供配合。
P:1.5 日常运维工作包括：服务器及存储硬件状态检查、操作系统和数据库补丁评估、存储容量及影像归档策略管理、备份作业监控及失败重做、机房温湿度和UPS负载监控、告警处置、变更实施及运维记录填写。所有变更须提前提交变更申请，经甲方信息科批准后方可实施。
P:1.6 乙方应建立本项目专属服务台，提供统一报修电话，对每一报修事件建立工单并跟踪至关闭。
P:1.7 对仍在原厂保修期内的设备，乙方负责与原厂联络报修、跟踪维修进度并现场配合；对已过保设备，由乙方按本合同备件保障内容提供备件。
H:2. 服务期限
P:2.1 服务期为二十四个月，自2025年7月1日起至2027年6月30日止。
P:2.2 服务期满本合同自动终止。甲方如需继续采购，依法重新组织采购。
H:3. 合同金额及支付
P:3.1 合同总金额为人民币壹佰壹拾陆万壹仟贰佰元整（¥1,161,200），其中：月度服务费46,800元（驻场服务31,200元、备件保障9,600元、远程监控与巡检6,000元）×24个月，计1,123,200元；初始评估费38,000元。
P:3.2 本合同不设预付款。服务费按季度支付，甲方在每季度考核结束后二十个工作日内支付该季度服务费。
P:3.3 初始评估费在评估报告经甲方验收合格后一次性支付。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。本合同价款为服务期内全部费用，甲方不再另行支付人员差旅、备件运输、工具软件等任何费用。
H:4. 服务水平
P:4.1 PACS系统月可用率不低于99.95%（经甲方信息科批准的计划维护时间除外）。
P:4.2 一级故障（PACS服务中断，影响门急诊或住院影像调阅）：15分钟内响应，驻场工程师立即处置，2小时内恢复；非驻场时段远程工程师15分钟内响应，1小时内到场。
P:4.3 二级故障（单台设备故障或性能明显下降）：30分钟内响应，8小时内恢复。三级故障（一般性问题）：2个工作日内处理完毕。
P:4.4 影像数据每日增量备份、每周全量备份，备份数据保存于甲方指定的异地存储。每季度至少进行一次备份恢复演练，演练结果形成书面记录报甲方信息科。
P:4.5 乙方每月5日前提交上月服务月报，内容包括工单统计、故障分析、可用率计算、容量趋势、巡检发现及整改建议；发生一级故障的，乙方应在故障恢复后两个工作日内提交故障分析报告。
P:4.6 服务扣款：响应或恢复每超时30分钟，扣减人民币1,000元；月可用率每低于约定值0.01个百分点，扣减当月服务费的百分之二；因乙方原因造成影像数据丢失的，除扣款外，乙方还应承担数据恢复费用及赔偿责任。
H:5. 验收与考核
P:5.1 初始评估报告验收：报告应包含设备资产清单、性能基线、风险清单及整改建议、备份恢复验证记录，经甲方信息科组织评审通过后签署验收意见；未通过的，乙方应在十日内修改后重新提交。
P:5.2 季度考核：乙方每季度提交服务报告，甲方依据本合同第4条约定的服务水平逐项考核，考核结果作为支付当季服务费的依据；考核不合格的，按第4.6条扣款后支付。
P:5.3 服务期满前一个月，甲方组织履约验收，并按政府采购有关规定出具验收书。
H:6. 数据安全
P:6.1 PACS影像、检查报告及患者身份信息等数据均属甲方所有。乙方人员仅可在履行运维职责的范围内接触数据，不得查询、复制、下载、留存或向任何第三方提供。
P:6.2 乙方对数据库和存储的操作须经甲方信息科审批，通过甲方堡垒机进行，高风险操作实行双人复核。更换下的故障硬盘由甲方留存或在甲方监督下现场消磁销毁。
P:6.3 乙方应遵守《数据安全法》《个人信息保护法》及《医疗卫生机构网络安全管理办法》。发生数据泄露、丢失等事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任，并赔偿甲方全部损失。
H:7. 保密
P:7.1 乙方及其人员对在服务中知悉的患者隐私、医院运营信息、网络及系统配置负有保密义务，驻场人员入场前须签署保密承诺书。
P:7.2 保密义务在本合同终止后继续有效。
H:8. 知识产权
P:8.1 乙方在服务中形成的运维文档、配置基线、巡检脚本及评估报告归甲方所有，甲方可自由使用和修改。
H:9. 人员管理
P:9.1 驻场工程师应具备三年以上存储或数据库运维经验，名单经甲方确认。乙方更换驻场人员应提前十日书面征得甲方同意，并完成工作交接。
P:9.2 乙方人员应遵守医院的管理制度和感染控制要求，佩戴工作证件，进出机房须登记。
P:9.3 乙方应每半年对驻场人员进行一次网络安全和医疗数据保护培训，培训记录报甲方备案。
H:10. 甲方义务
P:10.1 甲方为驻场人员提供必要的办公场所和网络接入条件，及时提供系统账号、设备资料和原厂维保信息。
P:10.2 甲方应指定信息科一名联系人负责日常协调和考核，对乙方提交的变更申请在两个工作日内答复。
H:11. 违约责任
P:11.1 乙方未按约定日期进场提供服务或逾期提交初始评估报告的，每逾期一日向甲方支付违约金人民币1,200元。
P:11.2 乙方驻场人员未经甲方同意缺岗的，每人每日扣减人民币800元。
P:11.3 乙方其他违约行为给甲方造成损失的，应承担赔偿责任。
H:12. 分包
P:12.1 乙方不得将本合同项下服务转包或者分包。
H:13. 合同解除
P:13.1 乙方连续两个季度考核不合格，或因乙方原因导致严重数据安全事件，或有其他严重违约行为经甲方书面通知后十日内未纠正的，甲方有权解除本合同。
P:13.2 合同解除或期满时，乙方应在十个工作日内移交全部运维文档、账号及口令，并配合新服务商完成交接。
H:14. 不可抗力
P:14.1 因地震、洪水、火灾、疫情防控等不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在不可抗力消除后尽快恢复履行。不可抗力期间乙方仍应尽最大努力保障PACS系统的应急运行。
H:15. 法律适用及争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:16. 其他
P:16.1 磋商文件、乙方响应文件、成交通知书为本合同组成部分。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:日期：2025年  月  日
"""

H52E02 = """
T:Supply and Licence Agreement - X-ray Bone Detection Systems
P:Agreement No. NVI-ZS-2025-03
P:This Agreement is made between Zhoushan Bluewater Seafood Processing Co., Ltd., Xincheng Industrial Park, Zhoushan, Zhejiang, People's Republic of China (the "Buyer"), and Nordvik Inspection AS, organisation number 918 274 563, Borgundvegen 340, 6009 Alesund, Norway (the "Supplier"), each a "Party".
P:The Buyer is upgrading the quality-control stations of its four fillet lines for salmon and cod. The Supplier designs and manufactures X-ray inspection equipment for the seafood industry. The Parties have agreed as follows.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall deliver, install and commission four (4) NVX-600 X-ray bone detection units with automatic reject gates on the Buyer's fillet lines 1 to 4, licence its NVX Vision image-analysis software for each line, integrate each unit with the existing conveyors and with the Buyer's production management system, and train the Buyer's personnel, all as described in Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Procedure).
P:1.2 The Supplier shall assist the Buyer in obtaining the radiation safety licence and registration required for the units by the competent environmental authority, and shall provide all technical documents needed for that purpose in Chinese.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 5,900,000 (five million nine hundred thousand Chinese Yuan), delivered duty paid at the Buyer's plant in Zhoushan (DDP, Incoterms 2020), including VAT, installation and all travel costs of the Supplier's personnel. It is made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|NVX-600 X-ray bone detection unit with reject gate|4|1,180,000|4,720,000
TB:2|NVX Vision software licence, perpetual, per line|4|145,000|580,000
TB:|Equipment and Licence Subtotal|||5,300,000
TB:3|Line integration and interface to the production management system|1|386,000|386,000
TB:4|Installation and commissioning|1|168,000|168,000
TB:5|Training of operators, QA staff and maintenance technicians|1|46,000|46,000
TB:|Contract Price|||5,900,000
P:2.2 The Contract Price is fixed and not subject to adjustment for currency movements.
H:Article 3 Payment
P:3.1 Twenty per cent (20 %) of the Contract Price is payable within thirty (30) days after signature of this Agreement, against an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.2 Forty-five per cent (45 %) is payable after delivery of all four units to the plant and signature of the delivery note. The delivery note confirms quantities and visible condition only and does not constitute acceptance.
P:3.3 Thirty-five per cent (35 %) is payable after Final Acceptance under Article 5.
P:3.4 Each payment is due thirty (30) days after the Buyer receives a correct invoice and, for the first payment, the guarantee.
H:Article 4 Delivery and Delay
P:4.1 The units shall be delivered to the plant within sixteen (16) weeks after signature, and the installation shall be ready for the Site Acceptance Test within twenty-two (22) weeks after signature. Installation work shall be planned with the Buyer so that no more than one line is out of production at any time.
P:4.2 If the Supplier fails to deliver, or fails to make the installation ready for the Site Acceptance Test, by the agreed date, it shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, limited to 10 % of the Contract Price. Payment of liquidated damages does not affect the Buyer's right to terminate under Article 13.
H:Article 5 Acceptance
P:5.1 The Site Acceptance Test is carried out on each line by the Parties jointly under Annex 2. A line passes when: (a) at least 196 of the 200 certified test pieces containing bone fragments of 0.3 mm diameter or more are rejected; (b) no more than four false rejects occur per 1,000 bone-free fillets; (c) the unit processes at least 240 fillets per minute; (d) the dose rate measured at 10 cm from any external surface is below 1 microsievert per hour, confirmed by a qualified testing body; and (e) each reject event, with its image and batch number, is recorded in the Buyer's production management system.
P:5.2 After all four lines have passed, the units run in normal production for ten (10) consecutive production days. If no Severity 1 fault occurs in that period, the Buyer signs a Final Acceptance Certificate within five (5) working days.
P:5.3 Commissioning, use of the units in production and payment of any instalment do not constitute acceptance. If a line fails a test twice, the Buyer may require replacement of the unit at the Supplier's cost or terminate this Agreement under Article 13.
H:Article 6 Warranty and Service Levels
P:6.1 The warranty period is twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace, free of charge, any defective part, including the X-ray generator and the detector, and shall provide software updates, remote support and two preventive maintenance visits per year.
P:6.2 Faults shall be handled as follows:
TB:Severity|Definition|Response|On-site attendance|Restoration
TB:Severity 1|Unit stopped or detection disabled on a production line|2 hours|24 hours|36 hours
TB:Severity 2|Detection degraded or reject gate faulty, line running with manual inspection|6 hours|3 working days|5 working days
TB:Severity 3|Minor fault, query or request|1 working day|at next visit|at next visit
P:6.3 For each hour by which the response time for a Severity 1 fault is exceeded, the Supplier shall pay CNY 1,000, and for each day by which the restoration time for a Severity 1 fault is exceeded, CNY 5,000. These amounts may be set off against any payment due or claimed under the advance payment guarantee.
P:6.4 The Supplier keeps a stock of critical spare parts, including one X-ray generator and one detector board, with its service partner in Shanghai, and guarantees the availability of spare parts for ten (10) years after Final Acceptance.
H:Article 7 Support after the Warranty
P:7.1 After the warranty period the Buyer may order Annual Support covering remote support, software updates, two preventive maintenance visits per year and the service levels in Article 6.2. The annual fee is 9 % of the Equipment and Licence Subtotal, i.e. CNY 477,000 per year, fixed for the first three years after the warranty period. Thereafter the Supplier may adjust the fee once a year by no more than the change in the Norwegian consumer price index, and in no case by more than 3 % per year.
P:7.2 Annual Support is ordered by the Buyer's purchase order for one year at a time and does not renew automatically.
H:Article 8 Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use NVX Vision on the four units at the Buyer's plant. The licence follows the units if they are moved to another plant of the Buyer.
P:8.2 The integration software, interface mappings and reject-logic configurations developed for the Buyer under this Agreement belong to the Buyer. The Supplier shall deliver them with source code and documentation, and the Buyer may use, modify and license them freely, including to other maintenance providers.
H:Article 9 Buyer Data and Security
P:9.1 X-ray images, inspection results, production and batch data ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Agreement and may not keep, analyse or disclose it for any other purpose.
P:9.2 Remote access to the units is only through the Buyer's VPN. Each session must be approved by the Buyer's IT department and is logged. No Buyer Data may be copied off site without the Buyer's written permission, and diagnostic files taken with permission shall be deleted once the fault is closed.
P:9.3 The Supplier shall apply appropriate technical and organisational security measures and comply with the PRC Cybersecurity Law and Data Security Law. It shall notify the Buyer within twenty-four (24) hours of any security incident affecting Buyer Data or the units and is liable for the Buyer's losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each Party shall keep confidential all non-public information received from the other Party, in particular the Buyer's production volumes, recipes, customer specifications and plant layout, and shall not disclose it to third parties without prior written consent. This obligation continues for five (5) years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The Supplier's total liability under this Agreement is limited to one hundred and fifty per cent (150 %) of the Contract Price. The limitation does not apply to personal injury, damage caused by radiation, gross negligence or wilful misconduct, or breach of Articles 9 and 10.
P:11.2 Neither Party is liable for loss of profit or other indirect loss, except in the cases excluded from the limitation in Article 11.1.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer approves, by signing this Agreement, Haitong Marine Equipment Service Co., Ltd. (Shanghai) as the Supplier's local service partner named in Annex 3. The Supplier remains fully responsible for any subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within thirty (30) days after written notice, or if the maximum liquidated damages under Article 4.2 have been reached.
P:13.2 On termination the Supplier shall refund the payments received for undelivered or rejected items and remove rejected units at its own cost.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by Norwegian law.
P:14.2 Any dispute arising out of or in connection with this Agreement that cannot be settled by negotiation shall be finally settled by arbitration in Oslo in accordance with the Norwegian Arbitration Act. The arbitral tribunal shall have three members and the proceedings shall be conducted in English.
H:Article 15 Miscellaneous
P:15.1 Annex 1 (Technical Specification), Annex 2 (Acceptance Test Procedure) and Annex 3 (Service Partner and Spare Parts) form part of this Agreement. In case of conflict, the Articles prevail over the Annexes.
P:15.2 This Agreement is made in English in two originals, one for each Party. Amendments are valid only in writing and signed by both Parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H52E04 = """
T:Licence and Implementation Contract - Ticketing and Access Control System
P:Contract ref. SS-2025-HZ-0219
P:BETWEEN Sipario Sistemi S.r.l., with registered office in Via Mazzini 18, 37121 Verona (Italy), VAT no. IT03948270236, in the person of its legal representative pro tempore (hereinafter "the Supplier"),
P:AND Hangzhou West Lake International Opera Festival Co., Ltd., with registered office in Hangzhou, Zhejiang, People's Republic of China, in the person of its legal representative (hereinafter "the Client"),
P:hereinafter jointly "the Parties".
H:Premises
P:(a) The Client organises every year in July and August an international opera festival in three venues: the Grand Theatre (1,600 seats), the Lakeside Open-Air Arena (4,200 seats) and the Chamber Hall (480 seats).
P:(b) The Supplier develops the SIPARIO ticketing suite, in use at several European opera houses and festivals, and has submitted its offer no. 2025/118, which the Client has accepted.
P:(c) The premises and the annexes form an integral and substantial part of this Contract.
H:Art. 1 - Object of the Contract
P:1.1 The Supplier grants the Client a licence to use the SIPARIO Box Office and SIPARIO Gate modules (the "Licensed Software") and undertakes to carry out the implementation services described in Annex A: configuration of the three venues with their seat maps and price structures, integration with the Client's WeChat mini-programme, WeChat Pay and Alipay, integration with the turnstiles of the Arena and with the Client's CRM, training of the box-office and front-of-house staff, and on-site assistance during the first festival.
P:1.2 The Licensed Software is installed on the Client's Alibaba Cloud account in the Hangzhou region, which the Client provides and pays for separately.
P:1.3 The Client shall appoint a project manager, make its box-office staff available for the workshops and tests, and provide in good time the venue plans, the price lists of the 2026 season and the technical documentation of the turnstiles of the Arena.
H:Art. 2 - Price
P:2.1 The total price of this Contract is CNY 2,030,000 (two million thirty thousand), VAT included, broken down as follows:
P:- Licence fee, SIPARIO Box Office and SIPARIO Gate, perpetual, three venues, unlimited operators: CNY 1,360,000;
P:- Configuration, seat maps and price structures: CNY 312,000;
P:- Integrations (mini-programme, payments, turnstiles, CRM): CNY 268,000;
P:- Training and on-site assistance during the first festival (14 performance days): CNY 90,000.
P:2.2 The price is fixed and includes travel and accommodation of the Supplier's staff.
H:Art. 3 - Payment Terms
P:3.1 The price shall be paid as follows: 20 % upon signature of this Contract; 40 % upon Go-Live, meaning the opening of public sales for the first festival on the Licensed Software; 40 % upon Final Acceptance under Art. 5.
P:3.2 Invoices are payable by bank transfer within 30 days of receipt.
H:Art. 4 - Timetable and Penalties
P:4.1 The Supplier undertakes to achieve Go-Live by 15 March 2026, so that public sales for the 2026 festival can open on that date.
P:4.2 For each calendar day of delay in Go-Live attributable to the Supplier, the Supplier shall pay a penalty equal to 0.02 % of the total Contract price, up to a maximum of 5 % of that price. The penalty is deducted from the next payment due.
H:Art. 5 - Tests and Acceptance
P:5.1 Before Go-Live the Parties carry out the go-live tests in Annex B: a load test with 5,000 concurrent online buyers with a page response time below 2 seconds; a check of every seat of the three venues against the venue plans; reconciliation of test payments with the WeChat Pay and Alipay settlement files; and 10,000 simulated sales without any seat sold twice.
P:5.2 Final Acceptance takes place at the end of the first festival, when: (a) the gates of the Arena have processed at least 25 scans per minute per lane during the performances; (b) no seat has been sold twice; (c) no Severity 1 problem is open; and (d) the Supplier has delivered the documentation and the source code of the integrations. The Client signs the Final Acceptance report within 10 working days after these conditions are met.
P:5.3 Go-Live, use of the Licensed Software and payment of the instalments do not amount to acceptance.
H:Art. 6 - Warranty
P:6.1 The Supplier warrants that the Licensed Software and the implementation conform to Annex A for eighteen (18) months from Final Acceptance, and undertakes to correct free of charge any defect reported during that period.
P:6.2 During the warranty period the Client also receives, free of charge, all new versions and updates of the Licensed Software released by the Supplier to its customers. The warranty does not cover defects caused by modifications made by third parties or by the cloud infrastructure provided by the Client.
H:Art. 7 - Support and Maintenance
P:7.1 During the warranty period the Supplier provides support from its Verona service centre and through its local engineer in Shanghai. Severity 1 problems (sales channels or gates not working) shall receive a response within one (1) hour; during on-sale periods and performance days this applies at any time of day, and otherwise during the Supplier's support hours (08:00 to 22:00 China time). Severity 2 problems shall receive a response within one working day.
P:7.2 For each hour of delay in responding to a Severity 1 problem the Supplier shall pay CNY 2,000.
P:7.3 After the warranty period the Supplier shall provide maintenance and support at an annual fee equal to sixteen per cent (16 %) of the licence fee, i.e. CNY 217,600 per year, which is fixed for the first three years. The service is renewed each year by written order of the Client and does not renew automatically.
H:Art. 8 - Intellectual Property
P:8.1 The Licensed Software and its documentation remain the exclusive property of the Supplier. The licence is perpetual, non-exclusive and non-transferable.
P:8.2 The configurations, seat maps, integrations and report templates developed for the Client under this Contract (the "Custom Developments") are owned jointly by the Supplier and the Client. The Client may use them for the internal operation of the festival; it may not modify them, nor license or transfer them to third parties, without the Supplier's written consent. The Supplier may reuse the Custom Developments for its other customers.
H:Art. 9 - Personal Data and Security
P:9.1 The personal data of ticket buyers and all sales and access data belong to the Client. The Supplier processes them only on behalf of the Client, to perform this Contract, as an entrusted party under the PRC Personal Information Protection Law.
P:9.2 The data remain on the Client's cloud account in mainland China. The Supplier accesses the system only through the Client's bastion host, with personal accounts and multi-factor authentication, and does not transfer any personal data outside the People's Republic of China. Test data are anonymised by the Client.
P:9.3 The Supplier shall notify the Client of any security incident within 24 hours, cooperate in remedying it and is liable for the damages arising from its breach of this article.
H:Art. 10 - Confidentiality
P:10.1 Each Party shall keep confidential the information of the other Party that it learns in performing this Contract, including programmes, artist fees, sales figures and the Supplier's source code, and shall not disclose it to third parties without written consent. The obligation lasts five years after the end of the Contract.
H:Art. 11 - Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed two hundred per cent (200 %) of the total Contract price, except in cases of wilful misconduct or gross negligence and breach of Art. 9.
H:Art. 12 - Subcontracting
P:12.1 The Supplier may not subcontract any part of the services without the prior written consent of the Client.
H:Art. 13 - Termination
P:13.1 The Client may terminate this Contract by written notice if the Supplier seriously breaches its obligations and does not cure the breach within twenty (20) days of a formal notice to perform.
P:13.2 In that case the Supplier shall return the amounts received for services not performed, without prejudice to compensation of damages.
H:Art. 14 - Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai, in the English language.
H:Art. 15 - Force Majeure
P:15.1 Neither Party is liable for delays caused by events beyond its reasonable control, such as natural disasters, epidemics or orders of the authorities, provided that it notifies the other Party promptly. If such an event prevents Go-Live for more than sixty (60) days, either Party may withdraw from this Contract, and the Supplier shall return the amounts received for services not yet performed.
H:Art. 16 - Final Provisions
P:16.1 Annex A (Scope and Specifications) and Annex B (Test Plan) form part of this Contract. Any amendment must be in writing.
P:16.2 This Contract is drawn up in English in two originals.
P:The Client declares that it has read and specifically approves Art. 4 (Timetable and Penalties), Art. 8 (Intellectual Property) and Art. 11 (Liability).
P:Read, confirmed and signed. Verona / Hangzhou, ____ 2025
P:For the Supplier: ____________________    For the Client: ____________________
"""

SOURCES = {"h52z01": H52Z01, "h52z04": H52Z04, "h52e02": H52E02, "h52e04": H52E04}
TARGETS = {"h52z01": ("h52z01_immigration_appointment_system_integration.docx", "docx"),
           "h52z04": ("h52z04_district_hospital_pacs_room_om_service.pdf", "pdf"),
           "h52e02": ("h52e02_fish_plant_xray_bone_detection_norwegian_vendor.docx", "docx"),
           "h52e04": ("h52e04_opera_festival_ticketing_access_licence.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
