"""Builds the .docx and .pdf contracts of holdout122 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py; the files are written next to this script.
H122Z01 and H122E01 become Word files (real Word tables); H122Z02 and H122E03 become PDFs, their paragraphs broken
into lines at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H122Z01 = """
T:东陵省社会保障卡"一卡通"服务平台建设项目合同
P:项目名称：东陵省社会保障卡"一卡通"服务平台建设项目
P:采购方式：公开招标（采购编号：DLZC-2025-GK-0417）
P:合同编号：DLRS-XX-2025-063
P:甲方（采购人）：东陵省人力资源和社会保障厅
P:乙方（供应商）：华信卡联科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 定义
P:1.1 "平台"指乙方按本合同交付的社会保障卡"一卡通"服务平台，包括用卡服务管理、跨部门应用接入、电子社保卡协同、卡管及密钥管理等子系统及配套硬件。
P:1.2 "定制开发成果"指乙方为本项目专门开发的场景接入接口、适配程序、数据交换脚本、统计报表及其源代码和技术文档。
P:1.3 "一级故障"指平台整体中断，或全省范围内社保卡申领、制卡、用卡业务无法办理的故障；二级、三级故障按第六条所列故障分级表确定。
P:1.4 "业务数据"指持卡人个人信息、卡片及密钥信息、交易流水、操作日志以及平台运行中产生或存储的其他数据。
H:第二条 项目内容与合同价款
P:2.1 乙方负责平台软件供货、硬件供货、定制开发、系统集成、部署、数据迁移及培训，实现交通出行、文化旅游、就医购药、惠民惠农补贴发放等十二类场景的社保卡"一卡通"应用接入，并与国家社会保险公共服务平台及省内各地市人社系统完成对接。
P:2.2 合同总价为人民币肆佰零贰万元整（¥4,020,000），为固定总价，已包含税费、运输、安装、调试、培训及质保期内全部服务费用。分项价格如下：
TB:序号|内容|数量|金额（元）
TB:1|一卡通服务平台软件许可|1套|1,380,000
TB:2|卡管及密钥管理系统软件许可|1套|420,000
TB:3|应用服务器|8台|464,000
TB:4|数据库服务器|2台|192,000
TB:5|服务器密码机|2台|170,000
TB:6|读写卡终端|300台|345,000
TB:|软硬件小计||2,971,000
TB:7|场景接入定制开发|12类场景|716,000
TB:8|系统集成、部署及数据迁移|1项|288,000
TB:9|培训|1项|45,000
TB:|合同总价||4,020,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的10%，即¥402,000。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的50%，即¥2,010,000。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的40%，即¥1,608,000。
P:3.4 乙方每次请款前应开具等额合法发票。甲方通过国库集中支付方式付款，因财政资金支付流程造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成全部软硬件到货、安装部署和场景接入开发，并向甲方提交初步验收申请。
P:4.2 硬件到货时双方共同开箱清点并签署到货清单。到货清单仅确认货物数量、型号和外观，不代表质量验收。
P:4.3 乙方应派驻项目经理一名及不少于六名实施人员，未经甲方同意不得更换项目经理。乙方应每周向甲方提交项目周报。
H:第五条 验收
P:5.1 初步验收按招标文件技术规范逐项进行，至少包括：（一）全部功能点测试通过；（二）平台在每秒2,000笔并发交易下平均响应时间不超过2秒；（三）十二类场景接口联调通过，交易对账结果一致；（四）历史数据迁移后逐项核对无差错；（五）取得第三方机构出具的网络安全等级保护三级测评报告和商用密码应用安全性评估报告，且均无高风险问题。
P:5.2 初步验收合格后进入九十日试运行期。试运行期内未发生一级故障、二级故障累计不超过三次，且乙方已提交全部定制开发成果源代码和文档的，甲方组织最终验收，必要时可邀请专家参加。
P:5.3 验收不合格的，乙方应在十五日内整改并重新申请验收，整改费用由乙方承担。平台上线运行、甲方实际使用或甲方支付任何款项，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%。计划内维护须提前三个工作日经甲方书面同意，不计入不可用时间。
P:6.2 乙方设立服务热线并全年全天候受理故障，按下表响应和处理：
TB:故障级别|响应时间|到场时间|恢复时间
TB:一级故障|15分钟|1小时|3小时
TB:二级故障|30分钟|2小时|8小时
TB:三级故障|2小时|下一工作日|3个工作日
P:6.3 乙方响应、到场或恢复每超时一小时，向甲方支付违约金¥2,000；月可用率每低于承诺值0.01个百分点，支付违约金¥1,000。上述款项甲方可从应付款中直接扣除。
H:第七条 质保与后续运维
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换及第六条约定的服务。
P:7.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不高于软硬件小计的8.5%，即每年不超过¥252,535，质保期满后前两年按此价格执行，不得上调。后续运维另行签订合同，不自动续期。
H:第八条 知识产权
P:8.1 定制开发成果的知识产权归甲方所有，乙方应交付全部源代码及文档，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台标准软件的知识产权仍归乙方或原权利人，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖全省各级人力资源和社会保障部门。
P:8.3 乙方保证所交付成果不侵犯第三方权利，否则由乙方负责处理并赔偿甲方因此遭受的损失。
H:第九条 数据安全
P:9.1 业务数据归甲方所有。乙方仅可为履行本合同处理业务数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应落实网络安全等级保护三级和商用密码应用要求，实施人员须经甲方审批并通过堡垒机运维，操作全程审计；测试使用甲方提供的脱敏数据，生产数据不得导出至甲方网络之外。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取处置措施并在一小时内报告甲方。因乙方原因造成安全事件的，乙方承担全部责任，赔偿甲方及持卡人的损失。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络结构、密钥体系及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除。乙方应与参与本项目的全部人员签订保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过初步验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的软硬件或服务不符合合同约定的，应在甲方规定期限内更换或整改，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得转包本项目。除投标文件中已载明并经评审认可的分包事项外，乙方不得将任何工作分包给第三方；确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或发生严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并报同级财政部门备案。
P:甲方（盖章）：东陵省人力资源和社会保障厅    乙方（盖章）：华信卡联科技股份有限公司
P:代表人：                    代表人：
P:日期：2025年  月  日        日期：2025年  月  日
"""

H122Z02 = """
T:轮胎X光在线检测系统采购及维保合同
P:合同编号：WH-SB-2025-0219
P:买方（甲方）：潍海轮胎股份有限公司
P:卖方（乙方）：锐视检测设备（无锡）有限公司
P:甲方因全钢及半钢子午线轮胎成品检测需要，向乙方采购轮胎X光在线检测系统，并约定质保期满后的维保服务。双方依据《中华人民共和国民法典》，经平等协商订立本合同。
H:一、定义
P:（一）"检测系统"指本合同第二条所列X光在线检测机、缺陷自动识别软件及其附属的射线源、成像板、翻胎机构、防护铅房和控制柜。
P:（二）"终验"指按本合同第五条完成的最终验收。
P:（三）"一级故障"指任一检测机停机或缺陷识别软件无法出具判定结果，导致对应硫化后检测线停线的故障。
P:（四）"检测数据"指检测系统采集的X光图像、缺陷判定结果、轮胎条码关联记录及运行日志。
H:二、采购内容及价格
P:（一）合同总价为人民币伍佰陆拾伍万捌仟元整（¥5,658,000），含增值税、包装、运输、保险、安装调试、辐射安全检测配合及培训费用。
P:（二）分项价格如下：
TB:全钢子午线轮胎X光在线检测机（TBR）|2台|单价1,460,000元|2,920,000元
TB:半钢子午线轮胎X光在线检测机（PCR）|2台|单价980,000元|1,960,000元
TB:缺陷自动识别软件许可|4套|单价85,000元|340,000元
TB:设备及软件小计|||5,220,000元
TB:输送线对接及铅房基础改造|1项||218,000元
TB:安装调试及辐射安全检测配合|1项||186,000元
TB:操作及辐射防护培训|1项||34,000元
TB:合同总价|||5,658,000元
P:（三）检测机主要指标：TBR机型单胎检测节拍不大于45秒，PCR机型不大于28秒；对钢丝帘线断裂、稀线、接头开裂、气泡、异物等缺陷的识别检出率不低于98%，误判率不高于2%。
H:三、付款
P:（一）合同生效且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%，计1,131,600元。
P:（二）设备全部到货并经双方开箱清点签收后十个工作日内，甲方支付合同总价的40%，计2,263,200元。到货签收仅确认数量及外观，不构成质量验收。
P:（三）终验合格后十个工作日内，甲方支付合同总价的35%，计1,980,300元。
P:（四）合同总价的5%，计282,900元，作为质量保证金，于质保期满且无未决质量问题后十个工作日内无息支付。
H:四、交货与安装
P:（一）乙方应于合同生效后一百二十日内将全部设备运至甲方二号成品车间，并在到货后四十五日内完成安装调试。
P:（二）乙方负责设备吊装就位、与甲方硫化后输送线的机械及电气对接，以及与甲方MES系统的条码和判定结果接口。
P:（三）乙方应协助甲方办理辐射安全许可证变更及环境影响登记，提供射线装置的技术资料和防护检测所需的配合。
P:（四）乙方应在设备到货前二十日向甲方提交设备基础图、电气接线图及辐射防护设计说明，经甲方审核后方可施工。
H:五、验收
P:（一）安装调试完成后进入连续三十日的试运行。试运行期满，双方按以下标准进行终验：1.使用甲方提供的含已知缺陷的标准样胎各二十条，逐项测试识别检出率和误判率，达到本合同第二条第（三）项指标；2.检测节拍达到第二条第（三）项指标；3.铅房外表面五厘米处周围剂量当量率不大于2.5微希沃特/小时，并取得有资质机构出具的辐射防护检测报告；4.与MES接口连续十日无数据丢失；5.试运行期内未发生一级故障。
P:（二）终验合格的，双方签署终验报告。不合格的，乙方应在二十日内整改后重新验收，由此产生的费用由乙方承担。
P:（三）设备到货、安装完成、投入试运行或甲方付款，均不视为验收合格。
H:六、质量保证
P:（一）检测系统质保期为三年，自终验合格之日起计算。射线管、成像板等核心部件同样适用。
P:（二）质保期内乙方免费提供维修、零部件更换、软件升级及每季度一次的预防性维护和剂量检测配合。
P:（三）质保期内同一部件因质量问题累计更换两次的，该部件的质保期自最后一次更换之日起重新计算。
H:七、服务响应
P:（一）乙方在甲方所在地设立服务网点，常驻工程师不少于两名。
P:（二）一级故障：乙方应在接到通知后三十分钟内响应，两小时内到达现场，八小时内恢复检测；二级故障（单台检测机性能下降但仍可运行）：一小时内响应，一个工作日内解决。
P:（三）乙方每超过上述时限一小时，向甲方支付违约金1,500元；因乙方原因同一检测机在一个季度内发生三次以上一级故障的，乙方应免费更换相关部件。
P:（四）乙方应建立故障记录台账，每季度向甲方提交设备运行分析报告。
H:八、质保期满后的维保服务
P:（一）质保期满后，乙方按甲方需要继续提供维保服务，内容与质保期内服务相同，并包括易损件更换。
P:（二）年度维保费为设备及软件小计的17%，即每年887,400元，质保期满后两年内按此金额固定执行，按季度支付。
P:（三）维保期内乙方应在服务网点保持常用备件库存，保证一级故障所需备件随时可用。
P:（四）维保服务按年签订，不自动续期；两年后的价格由双方另行协商。
H:九、知识产权
P:（一）缺陷识别软件的著作权归乙方，乙方授予甲方在本合同设备上永久使用的许可。
P:（二）乙方为甲方开发的MES接口程序、定制判定规则和报表，其知识产权归甲方所有，乙方应交付源代码，甲方有权自行修改或委托他人修改。
H:十、数据安全
P:（一）检测数据归甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:（二）乙方远程维护须经甲方设备部逐次审批，通过甲方指定的VPN通道和临时账号进行，维护结束后即关闭；乙方不得将检测图像拷贝出甲方网络。
P:（三）发生检测数据泄露或丢失的，乙方应在两小时内告知甲方并配合处置；因乙方原因造成的，乙方赔偿甲方全部损失。
H:十一、保密
P:乙方对甲方的轮胎结构设计、工艺参数、产量及检测数据负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后五年。乙方应与参与本项目的人员签订保密协议。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之四向甲方支付违约金。
P:（二）设备不符合约定的，甲方有权要求更换、修理或退货，乙方承担由此产生的费用和损失。
P:（三）设备存在辐射安全隐患的，甲方有权立即停止使用，乙方应承担整改费用及由此产生的全部责任。
P:（四）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:十三、分包
P:乙方不得转让本合同。设备运输、吊装等辅助工作需交由第三方完成的，应事先取得甲方书面同意，乙方对第三方的行为负责。
H:十四、合同解除
P:（一）乙方逾期交货超过六十日，或设备经两次整改仍未通过终验的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）一方严重违约，经对方书面催告后十五日内仍未改正的，守约方有权解除合同。
H:十五、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交青岛仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章且甲方收到预付款保函之日起生效。附件：技术协议、设备清单、辐射安全与防护要求。
P:甲方（盖章）：潍海轮胎股份有限公司    乙方（盖章）：锐视检测设备（无锡）有限公司
P:签订日期：2025年  月  日    签订地点：山东省潍坊市
"""

H122E01 = """
T:SOFTWARE LICENCE AND SERVICES CONTRACT - CUVETRACE BATCH TRACEABILITY
P:Contract reference: BT-CN-2025-014
P:BETWEEN THE UNDERSIGNED:
P:Bréhat Traçabilité SARL, a société à responsabilité limitée with a share capital of EUR 20,000, whose registered office is at 3 Chemin du Guerzido, 22870 Île-de-Bréhat, France, registered with the Trade and Companies Register of Saint-Brieuc, represented by its manager (gérant), hereinafter "the Licensor",
P:AND:
P:Shaoxing Jianhu Huangjiu Brewing Co., Ltd., a company incorporated in the People's Republic of China, whose registered office is in Keqiao District, Shaoxing, Zhejiang Province, represented by its legal representative, hereinafter "the Client",
P:hereinafter together "the Parties" and individually "a Party".
H:PREAMBLE
P:The Client brews Shaoxing yellow wine (huangjiu) from glutinous rice and wheat qu and ages it in sealed earthenware jars before blending and bottling. It wishes to trace every batch from rice lot to bottle. The Licensor publishes CuveTrace, a batch-traceability software package for wineries and breweries. The Parties have therefore agreed as follows.
H:Article 1 - Definitions
P:In this Contract, words beginning with a capital letter have the following meaning:
P:"Software" means the standard CuveTrace software package in object code, version 5, with the modules listed in Article 3, and any corrections and new versions supplied under this Contract.
P:"Specific Developments" means the interfaces, connectors, report models and other programs that the Licensor develops specifically for the Client under this Contract, as described in Annex 1.
P:"Blocking Anomaly" means a malfunction that stops the recording of fermentation, jar-ageing or bottling operations, or prevents a recall search, for which no workaround is available.
P:"Client Data" means all data entered into or generated by the Software at the Client's site, including batch records, supplier lots, laboratory results, cellar locations and shipment records.
P:"Provisional Acceptance" and "Final Acceptance" have the meaning given in Article 6.
H:Article 2 - Object
P:The purpose of this Contract is to define the conditions under which the Licensor (i) grants the Client a licence to use the Software, (ii) performs the Specific Developments, installation, parameterisation and data take-on, (iii) trains the Client's staff, and (iv) provides maintenance and support services.
H:Article 3 - Price
P:3.1 At the Client's request, the prices are expressed and payable in Chinese yuan (CNY). They are firm, include the travel expenses of the Licensor's staff and are stated inclusive of value-added tax.
P:3.2 The total price of the Contract (the "Contract Price") is CNY 1,128,000, broken down as follows:
TB:Item|Description|Amount (CNY)
TB:1|CuveTrace perpetual site licence - core|486,000
TB:2|Jar-ageing cellar module|128,000
TB:3|Recall and traceability portal module|96,000
TB:|Licence subtotal|710,000
TB:4|Specific Developments (connectors and report models)|264,000
TB:5|Installation, parameterisation and data take-on|118,000
TB:6|Training (five days on site)|36,000
TB:|Contract Price|1,128,000
H:Article 4 - Terms of payment
P:4.1 The Contract Price is invoiced as follows: 20% on signature of this Contract (CNY 225,600); 45% on signature of the Provisional Acceptance report (CNY 507,600); and 35% on signature of the Final Acceptance report (CNY 394,800).
P:4.2 Invoices are payable by bank transfer within thirty days of receipt.
H:Article 5 - Delivery and installation
P:5.1 The Licensor shall install the Software on the Client's servers in Shaoxing and deliver the Specific Developments within fourteen weeks of signature, according to the schedule in Annex 3.
P:5.2 The Client provides the servers, network access and a project leader. Any delay attributable to the Client extends the schedule accordingly.
P:5.3 Should the Licensor fail to meet the installation date of Article 5.1 for reasons attributable to it, it shall pay late-delivery penalties equal to one thousandth (1/1000) of the Contract Price per calendar day of delay. The penalties are deducted from the next invoice.
H:Article 6 - Acceptance
P:6.1 Once installation is complete, the Parties carry out the acceptance tests described in Annex 2. The tests include in particular: (a) the complete tracing of three pilot batches, upstream from bottling lot to rice lot and jar, and downstream from rice lot to customer shipment, each search returning in less than ten seconds; (b) bottle and case labels whose lot codes match the batch records without a single discrepancy; (c) the ERP and weighbridge connectors running on five consecutive production days with reconciled quantities; (d) a mock recall of one bottling lot completed in less than half an hour.
P:6.2 When all tests are passed, the Parties sign a Provisional Acceptance report. Reservations on minor points are listed in the report and must be lifted within twenty days.
P:6.3 Final Acceptance is pronounced at the end of a sixty-day period of regular service following Provisional Acceptance, provided that no Blocking Anomaly has remained uncorrected beyond the times of Article 8 and that all reservations have been lifted.
P:6.4 Neither the use of the Software in production nor any payment constitutes acceptance.
H:Article 7 - Guarantee
P:7.1 The Licensor guarantees that the Software and the Specific Developments conform to the specifications of Annex 1 for a period of six (6) months from Provisional Acceptance. During this guarantee, the Licensor corrects any non-conformity free of charge.
P:7.2 The guarantee excludes malfunctions caused by modifications made by the Client or third parties.
H:Article 8 - Maintenance and support
P:8.1 At the end of the guarantee period, the Licensor provides corrective maintenance, upgrades to new versions and telephone and remote support for an annual maintenance fee of 11% of the licence subtotal, that is CNY 78,100 per year. This fee is fixed for the first three years of maintenance; thereafter it may be revised once a year by no more than 3%.
P:8.2 Maintenance is ordered by the Client for periods of one year by written purchase order. Tacit renewal is expressly excluded.
P:8.3 Support is provided from 8:00 to 20:00 China Standard Time, Monday to Saturday, and at any time for Blocking Anomalies. The Licensor acknowledges a Blocking Anomaly and starts work on it within two hours of the Client's call, provides a workaround within eight hours and a correction within five working days. Major anomalies are acknowledged within one working day and corrected in the next version.
P:8.4 For each hour of delay beyond the times of Article 8.3 for a Blocking Anomaly, the Licensor owes a penalty of CNY 800, credited against the next maintenance invoice; during the guarantee period the penalty is paid by credit note.
H:Article 9 - Intellectual property
P:9.1 The Licensor holds all intellectual property rights in the Software. The licence granted is non-exclusive, non-transferable and perpetual, for the Client's brewery and cellars in Shaoxing.
P:9.2 The Specific Developments, including their source code and documentation, are and remain the property of the Licensor, which may reuse them for other clients. The Client receives a non-exclusive right to use them for the duration of the Software licence, but may not modify them, have them modified or disclose them to a third party.
P:9.3 The Licensor holds the Client harmless against any claim of infringement concerning the Software and the Specific Developments.
H:Article 10 - Client Data and security
P:10.1 Client Data belongs to the Client. The Licensor may access it only to perform this Contract and shall not use, copy or communicate it for any other purpose.
P:10.2 The Software is hosted on the Client's servers. The Licensor's remote access is opened by the Client for each intervention through a secured connection with individual accounts, and every session is logged. The Licensor applies the security measures of Annex 4, including encryption of any backup it handles and deletion of any extract after the intervention, and complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:10.3 The Licensor notifies the Client of any security incident affecting Client Data within twelve hours of becoming aware of it, assists the Client in its investigation and bears the consequences of any incident caused by its fault or by its staff.
H:Article 11 - Confidentiality
P:Each Party keeps strictly confidential the information communicated by the other Party, in particular recipes, blending formulas, volumes and prices, and does not disclose it to third parties without prior written agreement. This obligation survives for five years after the end of the Contract.
H:Article 12 - Liability
P:The total liability of the Licensor under this Contract, all causes combined, is limited to one and a half times (1.5x) the Contract Price. This limit does not apply to bodily injury, gross negligence, wilful misconduct or breach of Articles 10 and 11.
H:Article 13 - Subcontracting
P:The Licensor shall not subcontract all or part of its obligations without the prior written approval of the Client. It remains fully responsible for any approved subcontractor.
H:Article 14 - Duration and termination
P:14.1 The Contract enters into force on its signature and remains in force until the end of the last maintenance period ordered.
P:14.2 In the event of a material breach by either Party of its obligations, not remedied within thirty days of a formal notice (mise en demeure) sent by registered letter or courier, the other Party may terminate the Contract by right, without prejudice to any damages.
H:Article 15 - Force majeure
P:Neither Party is liable for a failure caused by force majeure within the meaning of the applicable law. If the event lasts more than two months, either Party may terminate the Contract.
H:Article 16 - Applicable law and jurisdiction
P:16.1 This Contract is governed by French law.
P:16.2 Failing an amicable settlement within thirty days, any dispute relating to the validity, interpretation or performance of this Contract shall be submitted to the exclusive jurisdiction of the Tribunal de commerce de Saint-Brieuc, France.
H:Article 17 - Miscellaneous
P:17.1 The Contract consists of this document and its Annexes: Annex 1 - Functional specifications and Specific Developments; Annex 2 - Acceptance test plan; Annex 3 - Schedule; Annex 4 - Security measures.
P:17.2 Any amendment requires a written instrument signed by both Parties.
P:Made in two originals, in English, on ........ 2025.
P:For the Licensor: ____________________    For the Client: ____________________
"""

H122E03 = """
T:SUPPLY AND MAINTENANCE CONTRACT - WATER-QUALITY MONITORING
P:Contract No.: HY-PUR-2025-0112
P:Buyer: Dalian Haiyun Sea Cucumber Aquaculture Co., Ltd., Zhuanghe, Dalian, Liaoning Province, People's Republic of China (the "Buyer").
P:Supplier: Porquerolles Marine Instruments SAS, Le Village, 83400 Porquerolles (Hyères), France (the "Supplier").
P:Recitals. The Buyer farms sea cucumbers in 46 ponds and two sea-ranching areas off Zhuanghe. Summer heat and low dissolved oxygen are the main causes of losses. The Buyer wishes to monitor water quality continuously and to start its aerators automatically. This Contract is made on the Buyer's standard terms for equipment purchases.
H:Section 1 Definitions
P:1.1 "Equipment" means the buoys, sensors, gateways and power kits listed in Section 3, with their firmware, moorings and spare parts.
P:1.2 "Software" means the Supplier's monitoring and alarm software, licensed under Section 10.
P:1.3 "Custom Work" means the integration with the Buyer's aerator control cabinets, the alarm rules, the dashboards and reports developed for the Buyer, with their source code and documentation.
P:1.4 "Farm Data" means all measurements, alarms, pond and sea-area positions, stocking records and logs collected or stored by the Equipment or the Software.
P:1.5 "Severity 1 Fault" means the loss of dissolved-oxygen readings or alarms for a whole pond group or a whole sea-ranching area.
P:1.6 "Final Acceptance" means acceptance under Section 6.4.
H:Section 2 Scope
P:2.1 The Supplier shall supply, install, moor, calibrate and commission the Equipment, license the Software, perform the Custom Work, train the Buyer's staff, provide warranty service and, after the warranty, maintenance under Section 9.
P:2.2 The Supplier shall keep a service engineer resident in Dalian from delivery until the end of the warranty period.
P:2.3 The Buyer shall give access to the ponds and sea areas, provide a boat with crew for mooring work on the dates agreed, and make available a locked room for spare parts.
P:2.4 Training covers the operation of the Software, the reading of alarms, the basic cleaning of sensors and the replacement of a sensor by the Buyer's staff. It is given in Chinese in Zhuanghe over three days.
H:Section 3 Contract Price
P:3.1 The Contract Price is CNY 2,136,000, fixed, inclusive of VAT, import duties, delivery to the Buyer's site in Zhuanghe, installation and all travel costs:
TB:Multiparameter monitoring buoys (dissolved oxygen, temperature, salinity, pH, turbidity, chlorophyll)|18 units x CNY 62,000|CNY 1,116,000
TB:Pond-bottom dissolved-oxygen sensors|64 units x CNY 5,800|CNY 371,200
TB:Shore gateways with solar power kits|6 units x CNY 24,500|CNY 147,000
TB:Monitoring and alarm software, perpetual site licence|1|CNY 168,000
TB:Equipment and Licence Subtotal||CNY 1,802,200
TB:Installation, mooring and calibration|1|CNY 214,000
TB:Custom Work (aerator integration, alarm rules, dashboards)|1|CNY 92,000
TB:Training|1|CNY 27,800
TB:Contract Price||CNY 2,136,000
P:3.2 Prices are in Chinese yuan at the Buyer's request and are not subject to exchange-rate adjustment.
H:Section 4 Payment
P:4.1 10% of the Contract Price (CNY 213,600) within fifteen days after signature, against an advance-payment guarantee issued by a bank in China for the same amount.
P:4.2 50% of the Contract Price (CNY 1,068,000) within fifteen days after the Installation Certificate. The Installation Certificate confirms that the Equipment is installed and moored; it is not acceptance.
P:4.3 40% of the Contract Price (CNY 854,400) within fifteen days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice.
H:Section 5 Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's site within 100 days after signature and complete installation and mooring by 1 June 2026, before the summer high-temperature season.
P:5.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.07% of the Contract Price for each day of delay. The Buyer may deduct them from any payment.
P:5.3 Work at sea is carried out only in safe weather. Days on which the local maritime authority prohibits small-vessel operations extend the installation date day for day.
H:Section 6 Acceptance
P:6.1 After installation, the system runs for a trial period of 21 consecutive days.
P:6.2 The acceptance criteria are: (a) every sensor is compared at least three times with the Buyer's calibrated reference instruments and stays within ±0.2 mg/L for dissolved oxygen, ±0.1 °C for temperature, ±0.3 for salinity and ±0.1 for pH; (b) no sensor misses more than three scheduled readings on any day of the trial period; (c) a simulated low-oxygen event sends an SMS alarm to the duty staff within two minutes and starts the aerators of the pond concerned automatically; (d) the moorings of all buoys pass a joint inspection after a storm warning or, failing one, at the end of the trial; (e) all documentation and the source code of the Custom Work have been delivered.
P:6.3 If a criterion is not met, the Supplier shall correct the defect within ten days and the trial period restarts for the system concerned.
P:6.4 When all criteria are met, the Buyer signs the Final Acceptance Certificate. Installation, the start of use and any payment do not constitute acceptance.
H:Section 7 Warranty
P:7.1 The warranty period is thirty (30) months from Final Acceptance and covers the Equipment, the Software and the Custom Work.
P:7.2 During the warranty the Supplier repairs or replaces defective items free of charge, cleans biofouling from buoys and sensors every month from June to September, recalibrates all sensors every quarter and keeps at least six spare dissolved-oxygen sensors in Dalian.
P:7.3 Replaced parts become the property of the Supplier. Batteries and sensor membranes replaced during the warranty are collected and disposed of by the Supplier in accordance with Chinese environmental rules.
H:Section 8 Service Levels
P:8.1 The Supplier shall answer a Severity 1 Fault within 45 minutes of the Buyer's call, have an engineer on site within six hours, weather permitting, and restore readings and alarms within ten hours. Other faults are answered within two hours and repaired within three working days.
P:8.2 For each hour by which the Supplier exceeds a time in Section 8.1 for a Severity 1 Fault, it shall pay CNY 1,000; for other faults, CNY 300 per day of delay. The Buyer may deduct these sums from any payment or claim them after the warranty.
H:Section 9 Maintenance after the Warranty
P:9.1 After the warranty, the Supplier shall provide the services of Section 7.2 and Section 8 for an annual maintenance fee of 9.5% of the Equipment and Licence Subtotal, that is CNY 171,209 per year, payable quarterly in arrears.
P:9.2 This fee is fixed for the three years following the warranty. Maintenance is ordered each year by the Buyer's written purchase order and does not renew automatically.
H:Section 10 Intellectual Property
P:10.1 The Custom Work, including its source code, belongs to the Buyer, which may use, modify and license it freely.
P:10.2 The Software and the firmware remain the property of the Supplier, which grants the Buyer a perpetual, non-exclusive licence to use them for the Buyer's farms.
H:Section 11 Farm Data and Security
P:11.1 Farm Data belongs to the Buyer. The Supplier may process it only to perform this Contract and shall not use it for any other purpose.
P:11.2 The Software runs on the Buyer's server in Zhuanghe. Remote access by the Supplier requires the Buyer's approval for each session, uses individual accounts with two-factor authentication and is logged. No Farm Data may be copied outside the Buyer's systems or transferred out of mainland China.
P:11.3 The Supplier shall notify the Buyer of any security incident affecting Farm Data within twelve hours, cooperate in remedying it and compensate the Buyer for losses caused by its breach.
H:Section 12 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's stocking density, yields, prices and pond layout, and shall not disclose it without prior written consent, for five years after the end of this Contract.
H:Section 13 Liability
P:The Supplier's total liability under this Contract shall not exceed 180% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Sections 11 and 12.
H:Section 14 Subcontracting
P:The Supplier shall not subcontract any part of the work, including mooring and diving work, without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:Section 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the delay under Section 5.2 exceeds sixty days.
P:15.2 On termination the Supplier shall refund the sums paid for Equipment not accepted and hand over all Farm Data and documentation.
H:Section 16 Force Majeure
P:A party prevented from performing by a typhoon, a sea-ice event or another event beyond its reasonable control is excused for the duration of the event, provided it informs the other party promptly and limits the consequences.
H:Section 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.
H:Section 18 General
P:This Contract is made in English and Chinese, both equally authentic. Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above; a notice by e-mail is valid if confirmed in writing within two working days. Schedule 1: Equipment specifications. Schedule 2: Acceptance test plan. Schedule 3: Installation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h122z01": H122Z01, "h122z02": H122Z02, "h122e01": H122E01, "h122e03": H122E03}
TARGETS = {"h122z01": ("h122z01_social_security_card_platform.docx", "docx"),
           "h122z02": ("h122z02_tyre_xray_inspection_supply.pdf", "pdf"),
           "h122e01": ("h122e01_yellow_wine_batch_tracking_licence.docx", "docx"),
           "h122e03": ("h122e03_sea_cucumber_sensors_maintenance.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
