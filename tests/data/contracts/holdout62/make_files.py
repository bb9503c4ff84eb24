"""Builds the Word and PDF contracts of holdout62 from the markup below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are plain files and are
not generated. Markup, one item per line: T: title, H: heading, P: paragraph, TB: a table row (cells split by |).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H62Z01 = """
T:××省公共资源交易中心电子招投标交易平台升级改造项目系统集成合同
P:合同编号：GGZY-XT-2026-017
P:甲方（采购人）：××省公共资源交易中心
P:乙方（供应商）：杭州链标信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：××ZC2026-0312）、乙方投标文件和中标通知书，甲乙双方就电子招投标交易平台升级改造项目的系统集成事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责省级电子招投标交易平台的软件供货、服务器供货、定制开发、系统集成部署、历史数据迁移及培训。建设内容包括：电子交易平台（招标、投标、开标、评标、定标全流程模块）、不见面开标大厅系统，以及与省公共信用信息平台、CA数字证书互认平台、电子保函平台、综合评标专家库和省政务服务平台的五类接口开发。
P:1.2 交易平台应用部署于甲方政务云专区，数据库服务器部署于甲方机房，须满足网络安全等级保护第三级及商用密码应用安全性评估要求，并兼容国产操作系统和数据库。
P:1.3 建设工期：自合同签订之日起一百五十日内完成上线试运行，二百四十日内完成终验。乙方应在合同签订后十个工作日内提交项目实施方案，经甲方确认后执行。
H:第二条 合同价款
P:2.1 合同总价为人民币叁佰肆拾叁万柒仟元整（¥3,437,000），为固定总价，包含软硬件、开发、实施、运输、税费及质保期内全部服务费用。价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|电子交易平台软件许可（全流程模块）|1套|1,280,000
TB:2|不见面开标大厅系统软件许可|1套|420,000
TB:3|应用及数据库服务器|6台|411,000
TB:4|定制开发（省级特色流程及五类外部接口）|1项|960,000
TB:5|系统集成与部署|1项|186,000
TB:6|历史交易数据迁移|1项|142,000
TB:7|培训|1项|38,000
TB:|合计||3,437,000
P:2.2 上表第1至3项合计为"软硬件小计"，计人民币贰佰壹拾壹万壹仟元（¥2,111,000）。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方支付合同总价的百分之二十作为预付款，计¥687,400。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的百分之四十，计¥1,374,800。
P:3.3 系统通过终验后，甲方支付合同总价的百分之三十五，计¥1,202,950。
P:3.4 其余百分之五（¥171,850）作为质量保证金，于终验满一年且无未解决的一级、二级故障后无息支付。
P:3.5 乙方每次请款前应向甲方开具等额增值税专用发票。甲方付款按财政国库集中支付程序办理。
H:第四条 验收
P:4.1 初步验收：系统部署完成后，由甲方组织功能测试和性能测试。验收标准为：招标文件技术需求逐项实现；支持不少于2,000家投标人同时上传投标文件，单个200MB文件上传时间不超过3分钟；开标解密在投标截止后30分钟内完成；五类外部接口连续10个工作日数据交换无差错；历史交易数据迁移后抽查比对一致。
P:4.2 初验通过后进入试运行，试运行期三个月。试运行期间完成不少于50个真实项目的开评标且未发生一级故障，并取得第三方测评机构出具的等级保护三级测评报告和商用密码应用安全性评估报告后，甲方组织终验。
P:4.3 系统上线、甲方使用系统或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第五条 质保与运维
P:5.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修改、版本升级、硬件维修更换及7×24小时技术支持，并派驻一名工程师在开标集中的工作日现场值守。
P:5.2 质保期内交易平台年度可用率应不低于99.8%（计划内维护时间除外；计划内维护须提前三个工作日报甲方同意，且不得安排在开标日）。
P:5.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|交易平台无法访问，开标或评标中断|15分钟|1小时|2小时
TB:二级|部分模块或接口异常，不影响当日开评标|30分钟|8小时|24小时
TB:三级|一般性问题、使用咨询|2小时|按需|3个工作日
P:5.4 可用率每低于承诺值0.1个百分点，甲方从质量保证金中扣减人民币伍仟元；故障响应或恢复每超时一小时，扣减人民币壹仟元。因一级故障导致开标延期的，乙方另行承担甲方重新组织开标的费用。
P:5.5 质保期满后，甲方可委托乙方提供年度维保服务，年度维保费不超过软硬件小计的百分之十（即每年不超过¥211,100），首三年不调价。维保合同另行签订，不自动续期。
H:第六条 知识产权
P:6.1 乙方提供的平台软件产品的知识产权仍归乙方或原权利人所有，甲方获得永久、不可撤销的使用许可。
P:6.2 本项目定制开发成果（包括源代码、接口程序、数据库设计及技术文档）的知识产权由甲乙双方共同所有。任何一方未经另一方书面同意，不得向第三方转让或许可使用上述成果；甲方如需委托其他单位对定制开发成果进行修改，应事先征得乙方书面同意。
P:6.3 乙方保证所提供的软件、设备不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第七条 数据安全
P:7.1 平台内的全部交易数据、投标文件、评标记录、专家信息及日志均属于甲方所有，乙方仅可为履行本合同使用，不得留存、复制或用于其他任何目的。
P:7.2 乙方人员仅可通过甲方堡垒机在授权范围内进行运维操作，全部操作留存审计记录；乙方不得私自导出数据，不得在开标前接触投标文件明文。
P:7.3 乙方应落实等级保护三级和商用密码应用要求。发现数据泄露、篡改或其他安全事件的，应在2小时内报告甲方并采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方及交易主体由此遭受的损失。
H:第八条 保密
P:8.1 乙方对履行合同中知悉的招标项目信息、标底、投标人名单、评标专家名单及评标过程信息负有保密义务，不得向任何第三方披露。保密义务在合同终止后继续有效。
P:8.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担连带责任。
H:第九条 违约责任
P:9.1 乙方未按第1.3款约定的期限完成上线试运行或终验的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:9.2 乙方交付的软件、设备不符合合同约定的，乙方应负责更换或整改，并承担由此产生的费用。
P:9.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十条 分包
P:乙方不得转包本项目。确需将非主体、非关键性工作分包的，须事先取得甲方书面同意，乙方就分包工作向甲方承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 招标文件、投标文件、中标通知书为本合同组成部分。
P:13.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:法定代表人或授权代表：            法定代表人或授权代表：
P:日期：                            日期：
"""

H62Z02 = """
T:2号、3号高炉炉顶测温系统设备采购及维保合同
P:合同编号：LT-SB-2026-0418
P:甲方（买方）：××钢铁股份有限公司
P:乙方（卖方）：洛阳炉测科技有限公司
P:签订地点：甲方炼铁厂
P:甲乙双方根据《中华人民共和国民法典》，经甲方招标及商务谈判，就甲方炼铁厂2号、3号高炉炉顶测温系统的设备采购、安装调试及维保事宜，达成如下协议：
H:一、合同标的
P:（一）乙方向甲方供应炉顶红外热成像摄像测温仪、十字测温装置、现场控制柜及炉顶温度场分析软件，并负责安装调试、与高炉专家系统及DCS的接口开发和人员培训，交付一套完整可用的炉顶测温系统。
P:（二）设备须适应炉顶高温、高粉尘、强振动的工作环境，摄像测温仪配备水冷与氮气双重保护；十字测温装置每座高炉测温点不少于17点。
P:（三）交货期：合同生效后九十日内，设备全部运抵甲方炼铁厂指定地点；安装调试结合高炉休风计划进行，于到货后六十日内完成。
P:（四）乙方应随设备提供中文使用说明书、安装图纸、电气原理图、出厂检验报告、合格证及软件安装介质，并在安装前书面提交冷却水、氮气的压力和流量要求，由甲方负责准备接口条件。
P:（五）设备包装应满足长途运输和露天短期存放的要求，因包装不当造成的损坏或锈蚀由乙方负责。
H:二、合同价款
P:（一）合同总价为人民币壹佰柒拾肆万捌仟元整（¥1,748,000），含增值税，明细如下：
P:1. 炉顶红外热成像摄像测温仪（含水冷氮气保护套）4台，单价186,000元，计744,000元；
P:2. 十字测温装置（含测温枪、热电偶组件、驱动机构）2套，单价238,000元，计476,000元；
P:3. 现场控制柜及PLC 2套，单价64,000元，计128,000元；
P:4. 炉顶温度场分析软件（永久许可）1套，计156,000元；
P:以上第1至4项为"设备及软件小计"，计1,504,000元。
P:5. 安装调试（含冷却水、氮气管路及电缆敷设）176,000元；
P:6. 与高炉专家系统、DCS的接口开发52,000元；
P:7. 培训16,000元。
P:（二）上述价格为固定价格，已包含运输、保险、装卸、安装调试及质保期内的全部服务费用。
H:三、付款方式
P:（一）合同生效且乙方提交等额预付款保函后，甲方于十个工作日内支付合同总价的百分之十作为预付款，即174,800元。
P:（二）设备全部到货并经甲方开箱清点后，支付合同总价的百分之四十五，即786,600元。开箱清点仅为数量及外观核对，不代表质量验收。
P:（三）系统验收合格后，支付合同总价的百分之四十，即699,200元。
P:（四）剩余百分之五，即87,400元，作为质保金，于质保期满且无质量问题后一次性无息支付。
P:（五）甲方以电汇或银行承兑汇票方式付款，乙方应于每次付款前开具增值税专用发票。
H:四、验收
P:（一）安装调试完成后，系统应连续热负荷运行72小时，乙方提交自检报告，甲方组织乙方共同验收。
P:（二）验收标准：1.摄像测温仪测温范围0～1000℃，与十字测温同点位比对偏差不大于±10℃；2.热成像画面连续无中断，气流分布图像每秒刷新不少于一次；3.十字测温各测点数据完整，驱动机构往复动作正常；4.温度数据按约定点表实时传送至高炉专家系统和DCS，两侧数据一致；5.技术资料、软件介质及备品备件清单齐全。
P:（三）验收合格的，双方签署验收证书；任何一项不合格的，乙方应在十五日内整改后重新验收。设备到货、安装完成或甲方投入使用，均不视为验收合格。
P:（四）乙方应为甲方培训操作及维护人员不少于10人次，培训内容包括设备原理、日常点检、保护套更换、标定方法及软件操作，培训后由双方共同考核。
H:五、质量保证
P:（一）质保期为十八个月，自验收合格之日起计算。质保期内设备非人为损坏的，乙方免费维修或更换，包括镜头、保护套、热电偶等易损件；分析软件免费升级。
P:（二）质保期内故障响应：一级故障（测温中断，影响高炉布料操作）接到通知后30分钟内电话响应，2小时内到达现场，8小时内恢复；二级故障（单点测温异常或画面质量下降）2小时内响应，24小时内处理完毕。
P:（三）乙方每超过上述时限一小时，甲方可从质保金中扣减人民币壹仟元；因乙方原因导致同一设备三个月内重复发生一级故障的，乙方应更换新设备。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方为甲方提供全包维保服务，包括定期巡检、清洗标定、易损件更换、软件维护及故障抢修，服务响应时限同第五条第（二）项。
P:（二）年度维保费按设备及软件小计的百分之二十八计收，即每年人民币肆拾贰万壹仟壹佰贰拾元（¥421,120），按季度支付。该价格自合同签订之日起五年内不作调整。
P:（三）维保服务以年度为期，每年到期前一个月由甲方书面确认是否继续；甲方未确认的，维保服务到期终止。
H:七、数据与网络安全
P:（一）测温系统采集的温度数据、图像、工艺参数及由此形成的分析结果均归甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:（二）乙方远程诊断须经甲方书面批准，通过甲方指定的工控安全接入通道进行，全程记录；乙方不得在系统中设置任何后门或未经授权的远程连接。
P:（三）乙方应遵守甲方工控网络安全管理制度。发现数据泄露、病毒感染等网络安全事件的，应在2小时内报告甲方并配合处置；因乙方原因导致数据泄露或工控安全事故的，乙方承担全部责任并赔偿甲方损失。
H:八、保密
P:乙方对履约中知悉的高炉工艺参数、生产数据、设备布置图纸及甲方其他技术、经营信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:九、知识产权
P:（一）炉顶温度场分析软件的著作权归乙方所有，甲方享有永久使用权。
P:（二）乙方为本项目开发的接口程序、组态画面、点表及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行或委托第三方修改使用。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一周，按合同总价的千分之二向甲方支付违约金，违约金总额不超过合同总价的百分之五。
P:（二）乙方交付的设备不符合合同约定的，甲方有权要求更换或退货，乙方承担由此产生的全部费用。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（四）乙方在本合同项下的累计赔偿责任以合同总价的百分之一百五十为限，但因故意、重大过失或违反第七条、第八条造成的损失除外。
H:十一、分包
P:乙方不得转包本合同。设备安装中的管路施工确需分包的，应事先取得甲方书面同意，分包单位须具备相应资质，乙方对分包工作承担全部责任。
H:十二、合同解除
P:（一）乙方逾期交货超过四十五日，或交付的设备经两次整改仍不合格的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:（二）任何一方严重违约且在收到书面通知后十五日内未纠正的，守约方有权解除合同。
H:十三、争议解决
P:本合同适用中华人民共和国法律。履行本合同发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十四、其他
P:（一）本合同附件（技术协议、设备清单、点表）与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：××钢铁股份有限公司（盖章）    乙方：洛阳炉测科技有限公司（盖章）
P:代表：                                代表：
P:日期：                                日期：
"""

H62E01 = """
T:Software Licence, Implementation and Support Agreement — Geothermal Process Data Historian
P:Agreement No. HS-CN-2026-004
P:This Agreement is made on the date of the last signature below between:
P:(1) Tengchong Rehai Geothermal Power Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tengchong, Yunnan Province (the "Customer"); and
P:(2) Hraun Systems ehf., a private limited company registered in Iceland (id. no. 540612-0480), Borgartún 27, 105 Reykjavík, Iceland (the "Supplier").
P:Background. The Customer operates a geothermal power station of two 25 MW units and a wellfield of nineteen production and reinjection wells. The Supplier develops the HraunHistorian process data historian, which is in use at geothermal plants in Iceland, Kenya and New Zealand. The Customer wants to replace its legacy historian and selected the Supplier after a competitive tender. The parties therefore agree as follows.
H:Article 1 Definitions
P:In this Agreement: "Software" means the HraunHistorian server, redundant server, Reservoir Analytics module and client software listed in Annex A, in object code, with its documentation; "Customer Deliverables" means the interface adapters, tag configurations, dashboards, displays and reports made by the Supplier for the Customer under this Agreement; "Process Data" means all measurements, events, alarms and other data of the Customer's plant and wellfield that pass through or are stored in the Software; "Installation Completion" and "Final Acceptance" have the meanings given in Articles 4 and 6; "Contract Price" means the total price in Article 3.1; "Working Day" means a day on which banks are open in Tengchong.
H:Article 2 Scope of Work
P:2.1 The Supplier shall supply the Software licences; install and configure the Software on servers provided by the Customer in the plant control building; build interfaces to the plant distributed control system (OPC UA) and to the nineteen wellhead RTUs (Modbus TCP); migrate the data of the legacy historian (about six years, 38,000 tags); and train the Customer's operators, engineers and reservoir team.
P:2.2 The work follows the project plan in Annex B. Installation Completion shall be reached within 120 days and Final Acceptance within 200 days after signature of this Agreement.
P:2.3 The Customer shall provide the servers, operating system licences, network connections and a project room at the plant, and shall name a project manager who can take decisions. Delays caused by the Customer extend the dates in Article 2.2 accordingly.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,954,000 (one million nine hundred and fifty-four thousand yuan). It is a fixed price and includes all taxes, travel and expenses of the Supplier's staff. It is made up as follows:
TB:Item|Description|Quantity|Price (CNY)
TB:1|HraunHistorian Server licence, perpetual, up to 50,000 tags|1|864,000
TB:2|Redundant (hot standby) server licence, perpetual|1|216,000
TB:3|Reservoir Analytics module, perpetual|1|248,000
TB:4|Named client licences, perpetual|25 x 4,800|120,000
TB:|Licence Subtotal (items 1 to 4)||1,448,000
TB:5|Interfaces to DCS and wellhead RTUs, configuration of tags and displays|lump sum|326,000
TB:6|Migration of legacy historian data|lump sum|138,000
TB:7|Training in Tengchong (5 days, up to 14 persons)|lump sum|42,000
TB:|Contract Price||1,954,000
P:3.2 Prices are in Chinese yuan (CNY). Changes in exchange rates between the yuan and the Icelandic króna do not affect the Contract Price.
H:Article 4 Payment
P:4.1 The Customer shall pay:
P:(a) 20% of the Contract Price (CNY 390,800) within 30 days after signature of this Agreement, against the Supplier's invoice;
P:(b) 40% of the Contract Price (CNY 781,600) after Installation Completion, which is confirmed in writing when the Software runs on the Customer's servers and receives live data from the DCS. Installation Completion is not acceptance;
P:(c) 40% of the Contract Price (CNY 781,600) after Final Acceptance.
P:4.2 Each payment is due 30 days after the Customer receives a correct invoice and is made by bank transfer to the account stated on the invoice.
H:Article 5 Delay
P:5.1 If Final Acceptance is not reached by the date in Article 2.2 for reasons not caused by the Customer, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Customer may deduct the liquidated damages from any payment.
P:5.2 If the delay exceeds 60 days, the Customer may in addition terminate this Agreement under Article 14.
H:Article 6 Testing and Acceptance
P:6.1 After Installation Completion the Supplier and the Customer carry out the acceptance tests in Annex C together.
P:6.2 The acceptance criteria are: (a) all 38,000 migrated tags reconcile with the legacy historian for three sample months, with no missing intervals; (b) live data from the DCS and all nineteen RTUs is stored with a time stamp deviation of no more than one second; (c) switchover from the primary to the redundant server takes place within 30 seconds and without data loss; (d) the fourteen dashboards and reports listed in Annex B work as specified; (e) the system runs for 30 consecutive days without a Severity 1 fault.
P:6.3 When all criteria are met the Customer signs a Final Acceptance certificate within 10 Working Days. If a criterion is not met, the Supplier corrects the defect at its own cost and the test is repeated. Operational use of the Software, or any payment, does not mean acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the Software and the Customer Deliverables will perform in accordance with the documentation and Annex B for 24 months from Final Acceptance (the "Warranty Period"). Support under Article 8 during the Warranty Period is included in the Contract Price.
P:7.2 Defects found during the Warranty Period are corrected free of charge, and the Customer receives all new releases of the Software published in that period.
H:Article 8 Support
P:8.1 The Supplier provides support through its service desk in Reykjavík, staffed around the clock, with Chinese-language support from its partner engineer in Kunming. Faults are classified and handled as follows:
TB:Severity|Definition|Response time|Workaround or restoration
TB:Severity 1|Historian down, data collection stopped, or redundancy lost|30 minutes|8 hours
TB:Severity 2|A function or interface fails while data is still collected|2 hours|2 Working Days
TB:Severity 3|Minor fault or question|1 Working Day|next release
P:8.2 If the Supplier misses a Severity 1 response or restoration time, a service credit of CNY 1,000 for each started hour of delay is deducted from the next invoice or, during the Warranty Period, paid by the Supplier within 30 days.
P:8.3 After the Warranty Period the Customer may order annual support. The Annual Support Fee is 13% of the Licence Subtotal, that is CNY 188,240 per year, and will not change for the first three support years. After that, any increase shall not exceed 3% per year. Each support year is ordered by a separate purchase order; support does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Supplier. The Customer receives a perpetual, non-exclusive licence to use the Software for the operation of its plant and wellfield.
P:9.2 The Customer Deliverables belong to the Customer from the time they are made. The Supplier shall hand over their source and configuration files, and the Customer may use, change and license them freely, also to other contractors.
H:Article 10 Process Data and Security
P:10.1 All Process Data belongs to the Customer. The Supplier may use it only to perform this Agreement and shall not copy, analyse or disclose it for any other purpose, also not in anonymised or aggregated form.
P:10.2 Process Data is stored only on the Customer's servers in China. Remote access by the Supplier is allowed only through the Customer's jump server, after the Customer's control-room supervisor has approved each session, and all sessions are recorded. The Supplier shall not take copies of Process Data outside the plant network.
P:10.3 The Supplier shall follow the Customer's rules for the security of industrial control systems and the Cybersecurity Law and Data Security Law of the People's Republic of China. It shall notify the Customer within 12 hours of any security incident affecting the Software or Process Data, cooperate in the investigation, and bear the losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep secret all information of the other party that is marked as confidential or is confidential by its nature, including the Customer's reservoir, well and plant data and the Supplier's source code, and shall use it only for this Agreement. This duty continues for five years after the end of this Agreement.
H:Article 12 Liability
P:12.1 The Supplier's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, gross negligence, wilful misconduct, or breach of Article 10 or 11.
P:12.2 Neither party is liable for loss of profit or indirect loss, except in the cases listed in the second sentence of Article 12.1.
H:Article 13 Subcontracting
P:The Supplier may not subcontract any part of the work without the Customer's prior written consent. The partner engineer in Kunming named in Annex B is approved by the signature of this Agreement. The Supplier remains responsible for the work of any subcontractor.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Supplier is in material breach and has not remedied the breach within 30 days after written notice, or in the case of Article 5.2.
P:14.2 If this Agreement is terminated before Final Acceptance, the Supplier shall repay the amounts received for work that has not been accepted, and the Customer shall return or delete the Software.
H:Article 15 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as volcanic eruption, earthquake, epidemic or government action, if it informs the other party promptly and does what it reasonably can to limit the effects.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Iceland.
P:16.2 Disputes that the parties cannot settle by negotiation within 60 days shall be brought before the District Court of Reykjavík (Héraðsdómur Reykjavíkur), which shall have exclusive jurisdiction.
H:Article 17 Final Provisions
P:This Agreement is made in English in two originals, one for each party. Changes are valid only in writing and signed by both parties. Annexes: A — Software and licence scope; B — Project plan, deliverables and named personnel; C — Acceptance test plan.
P:For the Customer: ____________________   Date: __________
P:For the Supplier: ____________________   Date: __________
"""

H62E03 = """
T:Contract No. APS-2026/CN-07 for the Supply, Installation and Maintenance of a Crane Telemetry System
P:BETWEEN THE UNDERSIGNED:
P:Guangxi Qinzhou Phosphate Export Terminal Co., Ltd., a company incorporated under the laws of the People's Republic of China, having its registered office at Berths 11 to 13, Qinzhou Port, Guangxi, represented by its General Manager, hereinafter referred to as "the Employer", of the one part,
P:AND
P:Atlas Port Systems SARL, a limited liability company under Moroccan law with a share capital of 6,000,000 dirhams, registered with the Trade Register of Casablanca under No. 412733, having its registered office at 47 Boulevard Zerktouni, Casablanca, Morocco, represented by its Managing Director, hereinafter referred to as "the Contractor", of the other part,
P:hereinafter referred to individually as a "Party" and together as "the Parties".
P:WHEREAS the Employer operates a dedicated terminal for the export of phosphate rock and phosphate fertilisers, equipped with four shiploaders, two stacker-reclaimers and six portal cranes; WHEREAS the Employer wishes to equip these machines with a telemetry and condition-monitoring system; and WHEREAS the Contractor has installed similar systems at phosphate terminals on the Atlantic coast of Morocco and submitted the best offer in the Employer's tender No. QZPT-2026-015;
P:IT HAS BEEN AGREED AS FOLLOWS:
H:Clause 1 – Object of the Contract
P:1.1 The present Contract has as its object the supply, installation, commissioning and maintenance by the Contractor of a telemetry and condition-monitoring system (hereinafter "the System") for the twelve machines listed in Annex 1.
P:1.2 The System comprises, for each machine, an edge telemetry unit taking the load, slewing, luffing and travel signals from the machine PLC, vibration and temperature sensors on the main gearboxes and motors, and an anemometer; a central telemetry server cluster installed in the Employer's control building; and the Contractor's TeleCrane monitoring software.
H:Clause 2 – Contract Documents
P:The Contract is made up of the present document and its annexes: Annex 1 (machine list and technical specification), Annex 2 (acceptance test procedure) and Annex 3 (time schedule and approved site partner).
H:Clause 3 – Contract Price
P:3.1 The Contract Price is fixed at two million fifty-six thousand Chinese yuan (CNY 2,056,000), all taxes included, broken down as follows:
P:(a) edge telemetry kits including sensors and cabling: 12 units at CNY 96,500, i.e. CNY 1,158,000;
P:(b) central telemetry server cluster (two servers and shared storage): CNY 248,000;
P:(c) TeleCrane software licence, perpetual, for twelve machines: CNY 312,000;
P:sub-total of equipment and licence, items (a) to (c) (hereinafter the "Equipment Sub-total"): CNY 1,718,000;
P:(d) installation and commissioning on the twelve machines: CNY 214,000;
P:(e) interfaces with the Terminal Operating System and the maintenance management system: CNY 96,000;
P:(f) training of the Employer's operators and maintenance technicians: CNY 28,000.
P:3.2 The prices are firm and not subject to revision. They include packing, sea freight, insurance up to the site, customs clearance and the travel and accommodation of the Contractor's personnel.
H:Clause 4 – Terms of Payment
P:4.1 An advance payment of thirty-five per cent (35%) of the Contract Price, i.e. CNY 719,600, shall be paid within fifteen (15) days of the signature of the present Contract, against presentation of an advance payment bank guarantee of the same amount issued by a first-rank bank acceptable to the Employer.
P:4.2 Fifty-five per cent (55%) of the Contract Price, i.e. CNY 1,130,800, shall be paid upon Provisional Acceptance of the System.
P:4.3 The balance of ten per cent (10%), i.e. CNY 205,600, shall be retained as a performance guarantee and paid upon Final Acceptance.
P:4.4 Payments shall be made by bank transfer in CNY within thirty (30) days of receipt of the Contractor's invoice and of the supporting documents (minutes of acceptance, bank guarantee).
H:Clause 5 – Time Schedule and Delay Penalties
P:5.1 The Contractor shall deliver the equipment to the site within one hundred (100) days and obtain Provisional Acceptance within one hundred and eighty (180) days of the signature of the present Contract.
P:5.2 In the event of a delay attributable to the Contractor, the Contractor shall pay, without prior formal notice, delay penalties equal to one per mille (1‰) of the Contract Price per calendar day of delay. The delay penalties are capped at ten per cent (10%) of the Contract Price and are deducted from the sums due to the Contractor.
H:Clause 6 – Installation
P:6.1 Installation works on the machines shall be carried out during the maintenance windows fixed by the Employer's operations department, so that no ship loading is interrupted. No machine may be kept out of service for more than eight (8) hours per intervention.
P:6.2 The Contractor's personnel shall respect the Employer's health, safety and environment rules, in particular the rules on work at height and on phosphate dust.
H:Clause 7 – Acceptance
P:7.1 Provisional Acceptance shall be pronounced after successful completion of the tests described in Annex 2, namely: (a) all signals of the twelve machines are received at the central server with a latency of less than two (2) seconds; (b) the load readings of each shiploader agree with the calibrated test weights within the tolerance of Annex 1; (c) vibration and temperature alarms triggered in simulation are received in the control room; (d) the interfaces with the Terminal Operating System and the maintenance management system transmit machine hours and work orders correctly for ten (10) consecutive days; (e) a trial operation of thirty (30) days during ship loading is completed without a Priority 1 incident.
P:7.2 Provisional Acceptance is recorded in minutes signed by both Parties. Neither the delivery, nor the installation, nor the use of the System by the Employer constitutes acceptance.
P:7.3 Final Acceptance shall be pronounced at the end of the warranty period, provided that all defects notified during the warranty period have been remedied.
H:Clause 8 – Warranty
P:8.1 The Contractor warrants the System against any defect of design, material or workmanship for a period of eighteen (18) months from the date of Provisional Acceptance.
P:8.2 During the warranty period the Contractor shall repair or replace defective parts free of charge, including sensors and cables damaged by the normal dust and salt-air conditions of the terminal, and shall supply the new versions of the TeleCrane software.
H:Clause 9 – Technical Support and Intervention Times
P:9.1 The Contractor shall handle incidents during the warranty and maintenance periods within the following times, counted from the Employer's call: Priority 1 (loss of telemetry on a shiploader during loading, or the central server out of service): response within one (1) hour and site intervention within six (6) hours through the site partner; Priority 2 (loss of one sensor or of one interface): response within eight (8) working hours; Priority 3 (other requests): within three (3) working days.
P:9.2 For each hour of delay beyond the Priority 1 intervention times, the Contractor shall pay a penalty of CNY 1,200, deducted from the retention or from the maintenance invoices.
H:Clause 10 – Maintenance after the Warranty Period
P:10.1 At the end of the warranty period the Contractor shall provide preventive and corrective maintenance of the System: two preventive visits per year, recalibration of the sensors, replacement of defective parts and software updates.
P:10.2 The annual maintenance fee is nine per cent (9%) of the Equipment Sub-total, i.e. CNY 154,620 per year, fixed for the first three (3) years of maintenance and invoiced quarterly in arrears.
P:10.3 The maintenance is renewed each year by written agreement of the Parties. There is no tacit renewal.
H:Clause 11 – Remote Monitoring
P:11.1 During the warranty and maintenance periods, the Contractor's support centre in Casablanca shall connect remotely to the central telemetry server in order to follow the condition of the machines, download the recorded operating data and alarms, and send the Employer a monthly condition report with maintenance recommendations for each machine.
P:11.2 The Employer shall provide a permanent internet connection to the central telemetry server for this purpose.
H:Clause 12 – Intellectual Property
P:12.1 The TeleCrane software remains the property of the Contractor. The Employer receives a perpetual, non-exclusive licence to use it for the twelve machines.
P:12.2 The configurations, dashboards and interface programmes developed specifically for the Employer become the property of the Employer upon Provisional Acceptance. Their source files shall be handed over, and the Employer may modify them freely and entrust them to third parties.
H:Clause 13 – Confidentiality
P:Each Party undertakes to keep confidential the technical, commercial and financial information received from the other Party in connection with the present Contract and not to disclose it to third parties without the prior written agreement of the other Party. This undertaking remains in force for five (5) years after the end of the Contract.
H:Clause 14 – Subcontracting
P:The Contractor may not subcontract all or part of the works without the prior written approval of the Employer. The site partner named in Annex 3 for the installation works and the site interventions is approved by the signature of the present Contract. The Contractor remains fully responsible towards the Employer for the works of its subcontractors.
H:Clause 15 – Termination
P:15.1 In the event of a serious breach by the Contractor of its obligations, and if the breach is not remedied within thirty (30) days of a formal notice sent by registered letter, the Employer may terminate the Contract by right, without prejudice to any damages.
P:15.2 The Employer may also terminate the Contract when the delay penalties reach their cap under Clause 5.2.
H:Clause 16 – Force Majeure
P:Neither Party shall be liable for a failure caused by force majeure, such as typhoons, earthquakes or government decisions, provided that it notifies the other Party in writing within seven (7) days. If the force majeure lasts more than ninety (90) days, either Party may terminate the Contract.
H:Clause 17 – Governing Law and Settlement of Disputes
P:The present Contract is governed by the law of the People's Republic of China. Any dispute that the Parties cannot settle amicably within thirty (30) days shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) in Beijing, in accordance with its rules in force. The award shall be final and binding on the Parties.
H:Clause 18 – Language and Entry into Force
P:The present Contract is drawn up in English in four (4) originals, two for each Party. It enters into force on the date of its signature by both Parties.
P:Done at Qinzhou, on ____________
P:For the Employer: ____________________   For the Contractor: ____________________
"""

SOURCES = {"h62z01": H62Z01, "h62z02": H62Z02, "h62e01": H62E01, "h62e03": H62E03}
TARGETS = {"h62z01": ("h62z01_provincial_trading_centre_ebidding_platform.docx", "docx"),
           "h62z02": ("h62z02_steel_works_blast_furnace_top_temperature.pdf", "pdf"),
           "h62e01": ("h62e01_geothermal_scada_historian_licence_iceland.docx", "docx"),
           "h62e03": ("h62e03_phosphate_port_crane_telemetry_morocco.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
