"""Builds the .docx and .pdf contracts of holdout37 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the .txt / .md contracts of this folder are written by hand.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H37Z01 = """
T:云川省广播电视台融媒体中心媒资存储与转码系统集成项目合同
P:合同编号：YCTV-CG-2025-0617
P:甲方（采购人）：云川省广播电视台
P:乙方（供应商）：北京视澜科技有限公司
P:根据《中华人民共和国民法典》及甲方“融媒体中心媒资存储与转码系统集成项目”公开招标结果（招标编号：YCZB-2025-0388），甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责为甲方建设媒资存储与转码系统，包括分布式存储、转码服务器、媒资管理系统软件及网络设备的供货、安装、调试、系统集成、历史媒资迁移、与甲方制播网及新媒体发布平台的接口定制开发、培训以及质保期内的维护服务。
P:1.2 系统建成后，应满足甲方新闻、专题、综艺节目约1.8PB在线存储、每日不少于3,000小时素材入库以及高清、超高清多格式转码的需要。详细技术要求以招标文件第五章及乙方投标文件为准。
P:1.3 乙方应指派具备广电行业媒资系统实施经验的项目经理一名，项目经理在项目实施期间不得更换，确需更换的须经甲方书面同意。
H:第二条 合同价款
P:2.1 本合同总价为人民币柒佰伍拾叁万元整（¥7,530,000.00），含设备及软件费、运输保险、安装调试、系统集成、迁移、接口开发、培训、三年质保及全部税费。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|分布式存储节点（含硬盘）|12台|286,000|3,432,000
TB:2|元数据及管理节点|3台|98,000|294,000
TB:3|GPU转码服务器|8台|156,000|1,248,000
TB:4|转码软件许可（按节点）|8套|72,000|576,000
TB:5|媒资管理系统软件许可|1套|860,000|860,000
TB:6|万兆核心交换机|4台|68,500|274,000
TB:|设备及软件小计|||6,684,000
TB:7|系统集成及历史媒资迁移|1项|486,000|486,000
TB:8|制播网及新媒体平台接口定制开发|1项|318,000|318,000
TB:9|培训|1项|42,000|42,000
TB:|合计|||7,530,000
P:2.2 合同总价为固定价格，除甲方书面提出需求变更外不作调整。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额增值税专用发票后十五个工作日内，甲方向乙方支付合同总价的百分之四十作为预付款，即人民币3,012,000元。
P:3.2 全部设备到货并完成安装加电，经甲方签收后，甲方支付合同总价的百分之四十，即人民币3,012,000元。到货签收及安装加电仅确认数量和外观，不代表甲方对系统的验收。
P:3.3 系统通过终验后二十个工作日内，甲方支付合同总价的百分之二十，即人民币1,506,000元。
P:3.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后六十日内完成全部设备到货及安装，一百二十日内完成系统集成、接口联调和历史媒资迁移，并提交初验申请。
P:4.2 迁移应在甲方指定的业务低峰时段进行，不得影响在播节目的调用；迁移期间原存储系统保持只读，直至甲方确认迁移结果。
P:4.3 乙方进入甲方机房作业，应遵守甲方安全播出管理制度，不得在重要保障期内进行可能影响播出的操作。
H:第五条 验收
P:5.1 初验合格后系统进入九十日试运行，试运行期满且满足下列条件的，由甲方组织终验并签署终验报告：（1）设备型号、数量、配置与投标文件一致；（2）存储集群聚合读写带宽不低于20GB/s，单节点故障时业务不中断；（3）历史媒资迁移完成，文件数量一致，MD5校验全部通过；（4）转码系统对XAVC、ProRes、H.264、H.265等格式的转码结果经甲方技术部门抽检合格，超高清素材转码速度不低于招标要求；（5）与制播网、新媒体发布平台的接口连续三十日运行无一级故障；（6）技术文档、源代码及操作手册移交完毕。
P:5.2 任何一项不满足的，乙方应在十日内整改并重新申请验收。设备到货、安装加电、上线试运行或甲方已使用系统，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供硬件维修更换、软件升级和现场技术支持；更换下来的硬盘归甲方所有，由甲方自行销毁。
P:6.2 故障等级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|存储集群或媒资系统不可用，播出相关转码中断|15分钟|2小时|6小时
TB:二级|部分节点或功能故障，业务可降级运行|1小时|8小时|两个工作日
TB:三级|一般性问题、咨询|2小时|按约定|3个工作日
P:6.3 质保期内存储系统月度可用率不低于99.95%。乙方响应、到场或恢复每超时一小时，应向甲方支付人民币2,000元；月度可用率每低于承诺值0.01个百分点，乙方应向甲方支付人民币5,000元。
P:6.4 质保期满后，乙方承诺按年提供维保服务，第四、五年维保费每年不超过设备及软件小计的百分之八（即不超过人民币534,720元），服务内容与质保期相同，由双方另行签订维保合同，维保合同不自动续期。
H:第七条 知识产权
P:7.1 媒资管理系统软件、转码软件的知识产权归乙方或原厂所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的接口程序、迁移脚本、配置文件及相关文档，其知识产权归甲方所有。乙方应交付全部源代码，甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证所供软硬件不侵犯第三方权利；因侵权引起的索赔由乙方负责处理并承担费用。
H:第八条 数据安全
P:8.1 存储于系统中的全部媒资内容、编目元数据、日志及甲方业务数据归甲方所有，乙方仅为履行本合同在甲方授权范围内接触，不得复制、留存或用于其他任何目的。
P:8.2 乙方人员须经甲方审批后通过甲方堡垒机进行操作，操作全程审计；远程维护须逐次申请。乙方应按照网络安全等级保护第三级要求配合甲方落实安全措施。
P:8.3 乙方发现数据泄露、篡改或丢失等安全事件的，应在一小时内报告甲方并采取补救措施；因乙方原因导致数据安全事件的，乙方承担全部赔偿责任并配合调查。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方商业秘密、未播出节目内容、网络架构及账号口令负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成终验的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的百分之十。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之三十五为限，但乙方故意或重大过失、侵犯知识产权及违反第八条造成的损失除外。
H:第十一条 分包
P:11.1 除机房综合布线外，乙方不得分包；布线分包须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，或逾期违约金达到上限的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件及澄清文件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：云川省广播电视台　　　　乙方（盖章）：北京视澜科技有限公司
P:代表签字：　　　　　　　　　　　　　　代表签字：
P:日期：2025年　月　日
"""

H37Z03 = """
T:电子签章云服务协议
P:协议编号：DFHQ-IT-2025-046
P:甲方：东方汇清证券结算服务有限公司
P:乙方：杭州签信网络科技有限公司
P:鉴于甲方拟采用云服务方式建设电子合同及电子签章能力，用于结算参与人协议、业务申请表单、对账确认单等文件的在线签署，乙方具备电子签章SaaS平台及与依法设立的电子认证服务机构的合作资质，双方经友好协商，就乙方向甲方提供电子签章云服务事宜达成如下协议。
H:1. 服务内容
P:1.1 乙方通过其“签信云”平台向甲方提供电子签章SaaS服务，包括：企业及个人实名认证、数字证书申请与管理、电子印章制作与管理、在线签署、签署验证、可信时间戳、签署文件存证及出证支持。
P:1.2 乙方负责将签信云平台与甲方结算业务系统、OA系统及统一身份认证平台进行接口对接，并为甲方开通独立租户，租户数据与其他客户逻辑隔离。
P:1.3 服务期为三年，自上线验收合格之日起计算。每一服务年度内包含签署量二十万份，超出部分按每份人民币1.2元按季度结算。
P:1.4 乙方保证其提供的电子签名符合《中华人民共和国电子签名法》关于可靠电子签名的要求，数字证书由依法设立的电子认证服务机构签发，签署文件附带可信时间戳，可在仲裁、诉讼等程序中作为证据使用。
P:1.5 发生争议需要出证的，乙方应在甲方提出要求后三个工作日内出具签署过程的存证报告，并配合司法鉴定或公证，相关费用已包含在订阅费中。
H:2. 服务费用及支付
P:2.1 服务费用由年度订阅费和一次性对接部署费组成：年度订阅费为每年人民币肆拾贰万元（¥420,000），三年合计人民币壹佰贰拾陆万元（¥1,260,000）；对接部署费人民币玖万陆仟元（¥96,000）。本协议总价为人民币壹佰叁拾伍万陆仟元整（¥1,356,000），超量签署费用不计入总价。
P:2.2 对接部署费在上线验收合格后十五个工作日内支付。年度订阅费按季度支付，每季度人民币105,000元，于每个服务季度结束后、乙方提交服务报告和发票之日起十五个工作日内支付。甲方不预付任何费用。
P:2.3 超量签署费用按季度据实结算，与当季度订阅费一并支付。
P:2.4 乙方应开具增值税专用发票。因乙方发票不合格导致付款延迟的，甲方不承担违约责任。
H:3. 上线与验收
P:3.1 乙方应在本协议签订后四十五日内完成接口对接、租户开通和联调测试，并提交上线验收申请。
P:3.2 上线验收标准：（1）与结算业务系统、OA系统、统一身份认证平台的接口联调全部通过；（2）签署并发能力不低于每秒50份，单份签署平均耗时不超过3秒；（3）签署文件验签、时间戳核验结果正确，篡改检测有效；（4）签署文件可按甲方要求批量导出并出具存证报告；（5）乙方提交接口文档、操作手册和应急预案。甲方在收到申请后十个工作日内组织验收并出具书面意见。平台开通或甲方试用均不视为验收合格。
P:3.3 上线验收前，乙方应配合甲方完成信息安全评估和渗透测试，测试发现的中危及以上漏洞应在验收前修复完毕。
P:3.4 因乙方原因未能按期通过上线验收的，每逾期一日，乙方按本协议总价的万分之八向甲方支付违约金。
H:4. 服务水平
P:4.1 乙方承诺签信云平台月度服务可用率不低于99.5%。可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数。经甲方同意的计划维护不计入不可用时间，计划维护应安排在非交易日，并提前三个工作日通知甲方。
P:4.2 故障分级及响应：一级故障（平台无法签署、验签或登录，影响甲方业务办理）15分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内恢复；三级故障（咨询类问题）1个工作日内答复。
P:4.3 月度可用率低于承诺值的，每低0.1个百分点，乙方减免当季度订阅费的百分之二；一级故障每超时1小时，乙方减免人民币2,000元。减免金额从当季度订阅费中直接抵扣，当季度减免总额以当季度订阅费为限。
P:4.4 乙方每季度向甲方提交服务报告，载明可用率、故障处理情况、签署量统计及安全事件情况。
P:4.5 乙方为甲方提供全天候服务热线和专属客户经理，并在每年结算业务高峰期前完成一次应急演练，演练方案和结果报甲方备案。
H:5. 数据归属与数据安全
P:5.1 甲方上传、签署和存储的文件、签署人身份信息及签署日志等数据（“甲方数据”）归甲方所有。乙方仅为向甲方提供本协议服务之目的处理甲方数据，不得用于其他目的，不得向任何第三方提供。
P:5.2 乙方应将甲方数据存储于中国境内的数据中心，平台应通过网络安全等级保护第三级测评，采取传输加密、存储加密、访问控制和操作审计等措施，并遵守《数据安全法》《个人信息保护法》及证券期货业数据安全管理相关规定。
P:5.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在两小时内通知甲方，采取处置措施并提交事件报告；因乙方原因造成的，乙方赔偿甲方全部损失。
P:5.4 服务期满或协议终止后，乙方应在三十日内按甲方要求将甲方数据完整交还甲方，并在甲方确认后彻底删除，出具删除证明。
H:6. 第三方合作方
P:6.1 乙方有权自行选择和更换为履行本协议所需的云计算资源服务商、电子认证服务机构、短信及实名核验服务商等第三方合作方，并在其官方网站公示合作方名单，无需另行取得甲方同意。乙方对第三方合作方的行为承担责任。
H:7. 续期
P:7.1 服务期满前三十日内双方均未书面提出不再续约的，本协议自动续期一年，续期次数不限。续期年度的订阅费由乙方按其届时标准价格调整，每年上调幅度不超过上一年度订阅费的百分之十，乙方应在续期前以电子邮件通知甲方。
H:8. 知识产权
P:8.1 签信云平台及其相关软件的知识产权归乙方所有。乙方为甲方定制开发的接口程序、签署模板及配置，其知识产权归甲方所有，乙方应向甲方交付源代码，甲方可自行修改、使用或许可第三方使用。
H:9. 保密
P:9.1 双方对在合作中获悉的对方商业秘密、业务数据及技术资料承担保密义务，未经对方书面同意不得向第三方披露，保密义务在本协议终止后五年内持续有效。
P:9.2 乙方应与接触甲方数据及业务信息的员工签订保密协议，并对其违反保密义务的行为承担责任。
H:10. 责任限制
P:10.1 除因乙方故意、重大过失或违反第5条造成的损失外，乙方在本协议项下的累计赔偿责任以本协议总价的百分之一百五十为限。
H:11. 协议解除
P:11.1 一方严重违反本协议，经另一方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本协议。
P:11.2 平台连续两个月未达到第4.1条承诺可用率的，甲方有权书面通知解除本协议，并按实际服务期间结算费用。
H:12. 法律适用及争议解决
P:12.1 本协议适用中华人民共和国法律。因本协议引起的争议，双方应协商解决；协商不成的，提交上海仲裁委员会按照其届时有效的仲裁规则进行仲裁。
H:13. 其他
P:13.1 本协议附件包括：服务说明、接口规范、安全承诺书，附件与本协议具有同等效力。
P:13.2 双方指定的联系人及联系方式见附件，一方变更联系人的，应提前五个工作日书面通知对方。
P:13.3 本协议一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：东方汇清证券结算服务有限公司
P:乙方（盖章）：杭州签信网络科技有限公司
P:签署日期：2025年　月　日
"""

H37E02 = """
T:SUPPLY CONTRACT FOR GAS ANALYSIS SYSTEMS
P:Contract No. NAI-CN-25-0186
P:This Supply Contract (the "Contract") is made between Ganjiang Copper Smelting Co., Ltd., Yingtan, Jiangxi Province, People's Republic of China (the "Purchaser"), and Nordanalys Instruments (Shanghai) Co., Ltd., a wholly owned subsidiary of Nordanalys Instruments Oy, Espoo, Finland (the "Supplier").
H:Article 1 Definitions
P:1.1 "Equipment" means the analysers, probes, heated lines, cabinets and the data acquisition server listed in Article 3. "Software" means the AnalyserHub software and the firmware embedded in the Equipment. "Site" means the Purchaser's flash smelting furnace, converter and acid plant areas in Yingtan. "Final Acceptance" means acceptance under Article 7.3. "Contract Price" means the amount stated in Article 3.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall design, manufacture, deliver DAP Site, supervise the installation of, commission and hand over gas analysis systems for the off-gas ducts of the flash smelting furnace and the converters, the inlet and outlet of the acid plant, and the tail-gas stack.
P:2.2 The installation work itself (mechanical erection, cabling and civil work) is carried out by the Purchaser's installation contractor under the supervision of the Supplier's engineers. The Supplier shall provide installation drawings and supervision and shall be responsible for the correctness of its instructions.
P:2.3 The measured values shall be transmitted to the Purchaser's distributed control system (DCS) over Modbus TCP and to the online emission monitoring platform required by the environmental authority.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 5,550,000 (five million five hundred and fifty thousand Renminbi), including 13 % VAT for goods and 6 % VAT for services, packing, transport to Site, insurance, the Software licence, commissioning and training. The Contract Price is fixed and is broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|In-situ laser analyser SO2/O2 for off-gas ducts, type NLA-700|6|386,000|2,316,000
TB:2|Extractive multi-gas analyser cabinet SO2/SO3/NOx/O2, type NXA-40|4|512,000|2,048,000
TB:3|Heated sample probe with heated line set|10|46,800|468,000
TB:4|Data acquisition server with AnalyserHub software, perpetual licence for 10 analysers|1|395,000|395,000
TB:|Equipment and Licence Subtotal|||5,227,000
TB:5|Installation supervision and commissioning|1 lot|286,000|286,000
TB:6|Training of operators and instrument technicians|1 lot|37,000|37,000
TB:|Contract Price|||5,550,000
H:Article 4 Terms of Payment
P:4.1 10 % of the Contract Price (CNY 555,000) as advance payment within 30 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount issued by a bank in mainland China, valid until delivery.
P:4.2 55 % of the Contract Price (CNY 3,052,500) within 30 days after delivery of all Equipment to Site, against the delivery note countersigned by the Purchaser. Countersigning the delivery note confirms quantities and visible condition only and does not constitute acceptance.
P:4.3 35 % of the Contract Price (CNY 1,942,500) within 30 days after Final Acceptance.
P:4.4 All payments are made by bank transfer in CNY against valid VAT invoices.
H:Article 5 Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment to Site within sixteen (16) weeks after receipt of the advance payment and complete commissioning within six (6) weeks after the Purchaser notifies that mechanical installation is complete.
P:5.2 If the Supplier fails to deliver the Equipment or complete commissioning by the dates in Article 5.1 for reasons attributable to the Supplier, the Purchaser is entitled to liquidated damages of 0.25 % of the Contract Price for each completed week of delay. The liquidated damages shall not exceed 5 % of the Contract Price in total.
P:5.3 The Purchaser may deduct liquidated damages from any payment due to the Supplier.
H:Article 6 Installation Supervision, Commissioning and Training
P:6.1 The Supplier's engineers shall supervise installation, check the installation before energising, calibrate the analysers with certified reference gases and integrate the signals into the DCS and the emission monitoring platform.
P:6.2 The Supplier shall train up to twenty (20) of the Purchaser's operators and instrument technicians in operation, calibration and routine maintenance, at Site and in Chinese.
H:Article 7 Acceptance
P:7.1 After commissioning, the Supplier shall carry out the Site Acceptance Test according to the test procedure in Appendix 2, witnessed by the Purchaser.
P:7.2 The Site Acceptance Test is passed when: (a) each analyser measures certified reference gases within ±2 % of full scale; (b) response time (T90) meets the data sheet values; (c) all analysers operate continuously for 72 hours without failure; (d) all signals are received correctly by the DCS and the emission monitoring platform; and (e) the emission monitoring systems pass the verification by the qualified third-party body required by the environmental authority.
P:7.3 When the Site Acceptance Test has been passed and the documentation (as-built drawings, calibration certificates, manuals and spare-part lists) has been handed over, the Purchaser shall sign the Final Acceptance Certificate within seven (7) days. Delivery, installation, commissioning or use of the Equipment in operation does not constitute acceptance.
H:Article 8 Warranty
P:8.1 The Supplier warrants that the Equipment and Software are free from defects in design, material and workmanship and conform to the Contract for twenty-four (24) months from Final Acceptance (the "Warranty Period").
P:8.2 During the Warranty Period, the Supplier shall repair or replace defective parts free of charge, including travel and labour, and shall provide Software updates and remote support. Consumables such as filters, pump membranes and reference gases are excluded.
H:Article 9 Technical Support and Response Times
P:9.1 During the Warranty Period the Supplier shall respond to faults reported by the Purchaser as follows:
TB:Severity|Definition|Response (remote)|Engineer on Site
TB:1|Failure of an analyser on an emission-reporting stack or in an acid-plant control loop|1 hour|24 hours
TB:2|Measurement degraded or drift beyond specification|8 hours|3 working days
TB:3|Other questions and minor defects|2 working days|as agreed
P:9.2 For each hour by which a Severity 1 response is late, the Supplier shall pay the Purchaser CNY 1,000, and for each day by which the engineer's arrival at Site is late, CNY 3,000. The Purchaser may deduct these amounts from any payment due.
H:Article 10 Support after the Warranty Period
P:10.1 After the Warranty Period, the Purchaser may order annual support services (remote support, one preventive maintenance visit per year, Software updates and priority spare parts) from the Supplier. Annual support services are charged at the Supplier's list prices valid at the time of each order. The Supplier reviews its list prices every year.
P:10.2 The Supplier shall make spare parts for the Equipment available for at least ten (10) years after Final Acceptance.
H:Article 11 Software Licence and Intellectual Property
P:11.1 The Supplier grants the Purchaser a non-exclusive, perpetual licence to use the Software with the Equipment at the Site. All rights in the Software and the Equipment design remain with the Supplier.
P:11.2 The configuration, DCS signal mapping, calculation formulas and reports prepared for the Purchaser under this Contract belong to the Purchaser, which may use, modify and disclose them freely, including to other contractors.
H:Article 12 Purchaser's Data and Remote Access
P:12.1 All measurement data, process data and emission records produced by the Equipment belong to the Purchaser. The Supplier shall use them only to perform this Contract.
P:12.2 Remote access by the Supplier is allowed only through the Purchaser's VPN, per session, after the Purchaser's approval, and is logged by the Purchaser. The Supplier shall not copy process or emission data outside the Purchaser's systems.
P:12.3 The Supplier shall notify the Purchaser within 24 hours of any security incident involving the Purchaser's data or systems that it becomes aware of, cooperate in the investigation, and be liable for the damage caused by its breach of this Article 12.
H:Article 13 Confidentiality
P:13.1 Each party shall keep confidential all technical and commercial information received from the other party under this Contract, including the Purchaser's process data and plant layout, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for five (5) years after the end of the Contract.
H:Article 14 Limitation of Liability
P:14.1 Neither party shall be liable for loss of production, loss of profit or any indirect or consequential loss.
P:14.2 The Supplier's total liability under or in connection with this Contract shall not exceed 120 % of the Contract Price. This limitation does not apply in case of gross negligence, wilful misconduct or breach of Articles 12 and 13.
H:Article 15 Subcontracting
P:15.1 The Supplier shall not subcontract any part of its obligations without the Purchaser's prior written consent, except the purchase of standard components. The Supplier remains responsible for its subcontractors.
H:Article 16 Termination
P:16.1 The Purchaser may terminate the Contract by written notice if the Supplier commits a material breach and fails to remedy it within thirty (30) days after written notice, or if the maximum amount of liquidated damages under Article 5.2 has been reached.
H:Article 17 Force Majeure
P:17.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party within seven (7) days and takes reasonable steps to mitigate the effects.
H:Article 18 Governing Law and Arbitration
P:18.1 This Contract is governed by the laws of the People's Republic of China.
P:18.2 Disputes that cannot be settled amicably shall be finally settled by arbitration by the China International Economic and Trade Arbitration Commission (CIETAC) in Beijing in accordance with its rules.
H:Article 19 Miscellaneous
P:19.1 Appendix 1 (Technical Specification) and Appendix 2 (Site Acceptance Test Procedure) form part of this Contract. Amendments must be made in writing and signed by both parties. This Contract is made in English and Chinese; both versions have equal effect.
P:For the Purchaser: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

H37E04 = """
T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:Agreement No. TR-CN-2025-07
P:Parties
P:1. Yunwu Mountain National Park Administration, a public institution of the People's Republic of China, of Lishui, Zhejiang Province (Customer).
P:2. Trailhead Reservations Pty Ltd (ABN 41 612 775 093), of Level 9, 88 Queen Street, Brisbane, Queensland, Australia (Trailhead).
P:Background
P:A. Customer manages visitor access to Yunwu Mountain National Park, including daily visitor quotas, guided trails, campsites and shuttle buses.
P:B. Trailhead licenses the Trailhead Park Reservations software, used by protected-area agencies in Australia, New Zealand and Southeast Asia, and has agreed to license it to Customer and implement it for Customer's parks.
H:1. Definitions and interpretation
P:1.1 In this Agreement: Acceptance Tests means the tests in clause 5; Contract Price means the total in Schedule 1; Customer Data means all data entered into or generated by the Software in Customer's use, including visitor personal information, bookings, payment references and entry records; Deliverables means all configurations, interfaces, scripts, reports and documents produced by Trailhead for Customer; Final Acceptance means the notice under clause 5.4; Go-Live means first use of the Software for public bookings; Software means the Trailhead Park Reservations software, including the booking engine, quota and capacity module, ticketing module and mini-program connector.
P:1.2 Headings are for convenience only. A reference to a day is to a calendar day unless stated otherwise.
H:2. Licence
P:2.1 Trailhead grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on Customer's cloud environment in mainland China for the management of visitor access to parks and protected areas administered by Customer, for an unlimited number of visitors and up to 150 staff users.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery.
H:3. Implementation services
P:3.1 Trailhead will, in cooperation with its implementation partner in Hangzhou, configure the Software; integrate it with Customer's WeChat mini-program, the UnionPay and WeChat Pay payment gateways, the real-name verification service and the entry turnstiles at four park gates; migrate three years of booking history from Customer's existing system; and train Customer's staff, as set out in the implementation plan in Schedule 2.
P:3.2 Trailhead will complete the implementation so that the Software is ready for Go-Live within one hundred and twenty (120) days after the date of this Agreement.
H:4. Fees and payment
P:4.1 Customer will pay the Contract Price set out in Schedule 1 in Renminbi, as follows: (a) 20 % within 30 days after signature of this Agreement; (b) 45 % within 30 days after Go-Live; and (c) 35 % within 30 days after Final Acceptance.
P:4.2 Go-Live and the payment in clause 4.1(b) do not constitute acceptance of the Software or the Deliverables.
P:4.3 Invoices will be issued by Trailhead's implementation partner as Trailhead's authorised billing agent in China, with valid VAT invoices.
H:5. Acceptance
P:5.1 After Go-Live, Customer will carry out the Acceptance Tests in the acceptance plan agreed under Schedule 2, with Trailhead's assistance.
P:5.2 The Software and Deliverables pass the Acceptance Tests when: (a) all functions in the functional specification have been demonstrated; (b) the booking engine handles 3,000 concurrent users with a page response time of no more than 2 seconds; (c) bookings, payments and refunds for thirty (30) consecutive days reconcile with the payment gateway statements; (d) turnstile entry records match bookings at all four gates; and (e) no Severity 1 defect has occurred in the last thirty (30) days of operation.
P:5.3 If a test fails, Trailhead will correct the defect and the test will be repeated.
P:5.4 When all Acceptance Tests have been passed, Customer will issue a written notice of Final Acceptance within ten (10) business days.
H:6. Warranty and defect correction
P:6.1 Trailhead warrants that for eighteen (18) months after Final Acceptance (Warranty Period) the Software will perform in accordance with its documentation and the functional specification.
P:6.2 During the Warranty Period Trailhead will correct defects, provide new releases and provide support under clause 8 free of charge.
H:7. Support and maintenance after the Warranty Period
P:7.1 After the Warranty Period Customer may purchase annual support and maintenance by purchase order. The annual support fee is 14 % of the Licence Fee (CNY 165,200 per year) and will not change for the first three years after the Warranty Period. After that, Trailhead may increase the annual support fee by no more than 3 % per year.
P:7.2 Support and maintenance do not renew automatically; each year requires a purchase order from Customer.
H:8. Support service levels
P:8.1 Customer may report incidents 24 hours a day by telephone to Trailhead's China support desk (operated by its implementation partner) and by email to Trailhead's Brisbane support team.
P:8.2 Trailhead will respond: Severity 1 (public booking or gate entry unavailable) within 30 minutes, with a workaround within 3 hours; Severity 2 (a major function impaired) within 2 hours; Severity 3 (other issues) within 1 business day.
P:8.3 If Trailhead fails to respond to a Severity 1 incident within the response time, Trailhead will pay Customer CNY 1,000 for each hour or part of an hour of delay, which Customer may deduct from any amount payable to Trailhead.
H:9. Intellectual property
P:9.1 Trailhead retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Deliverables vest in Customer on creation. Trailhead will deliver their source code and documentation, and Customer may use, modify and license the Deliverables freely.
H:10. Personal information and data security
P:10.1 Customer Data is owned by Customer. Trailhead and its implementation partner may access Customer Data only to perform this Agreement and must not use it for any other purpose.
P:10.2 The Software is installed in Customer's cloud environment in mainland China. Trailhead's staff outside mainland China may access it only through Customer's bastion host, per session and with Customer's approval, and must not export or copy Customer Data outside mainland China. Trailhead will comply with the PRC Personal Information Protection Law and Data Security Law.
P:10.3 Trailhead will notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, assist in containing it and in notifications to authorities, and is liable for all loss caused to Customer by a breach of this clause 10.
H:11. Confidentiality
P:11.1 Each party must keep confidential the other party's confidential information, including Customer's security arrangements and visitor information, and may use it only for this Agreement. This clause survives termination of this Agreement.
H:12. Delay
P:12.1 If the Software is not ready for Go-Live by the date in clause 3.2 because of Trailhead, Trailhead will pay Customer liquidated damages of 0.08 % of the Contract Price for each day of delay, up to 8 % of the Contract Price.
H:13. Liability
P:13.1 Neither party is liable for indirect or consequential loss.
P:13.2 Trailhead's total liability under this Agreement is limited to twice the Contract Price, except for liability under clause 10, for infringement of third-party intellectual property rights, or for wilful misconduct, which is not limited.
H:14. Subcontracting
P:14.1 Trailhead's implementation partner named in Schedule 2 is approved by Customer by signing this Agreement. Trailhead may not use any other subcontractor without Customer's prior written consent and remains responsible for all subcontractors.
H:15. Termination
P:15.1 Customer may terminate this Agreement by written notice if Trailhead commits a material breach that is not remedied within 20 days after Customer's notice, or if the maximum liquidated damages under clause 12 have been reached.
P:15.2 On termination Trailhead must return or destroy Customer Data and confidential information in its possession.
H:16. Governing law and dispute resolution
P:16.1 This Agreement is governed by the laws of Singapore.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration administered by the Singapore International Arbitration Centre (SIAC) in accordance with its Arbitration Rules. The seat of arbitration is Singapore. The tribunal consists of one arbitrator. The language of the arbitration is English.
H:17. General
P:17.1 This Agreement is the entire agreement of the parties about its subject matter. Amendments must be in writing and signed by both parties. This Agreement is signed in English and Chinese; the English version prevails.
H:Schedule 1 - Contract Price
P:Software licence fee (the Licence Fee; perpetual licence, clause 2): CNY 1,180,000
P:Implementation services (configuration and integrations, clause 3): CNY 640,000
P:Data migration: CNY 85,000
P:Training: CNY 45,000
P:Contract Price (including VAT): CNY 1,950,000
H:Schedule 2 - Implementation Plan and Implementation Partner
P:Implementation partner: Hangzhou Shanlan Information Technology Co., Ltd. Phases: design (30 days), configuration and integration (60 days), migration and testing (30 days), Go-Live, acceptance operation.
P:Signed for Customer: ____________________    Signed for Trailhead Reservations Pty Ltd: ____________________
"""

SOURCES = {"h37z01": H37Z01, "h37z03": H37Z03, "h37e02": H37E02, "h37e04": H37E04}
TARGETS = {"h37z01": ("h37z01_broadcaster_media_asset_storage_transcoding.docx", "docx"),
           "h37z03": ("h37z03_securities_clearing_esignature_saas.pdf", "pdf"),
           "h37e02": ("h37e02_copper_smelter_gas_analysers_licence_support.docx", "docx"),
           "h37e04": ("h37e04_national_park_visitor_booking_licence_foreign_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
