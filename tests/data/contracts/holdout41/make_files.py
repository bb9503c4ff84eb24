"""Builds the .docx and .pdf contracts of holdout41 from the markup sources below (see ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |). Run with /work/main/.venv/bin/python.
The .txt and .md contracts of this folder are plain files and are not built here."""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H41Z01 = """
T:调度数据网（第二平面）扩容改造系统集成合同
P:合同编号：DKZX-XT-2025-0317
P:甲方（采购人）：某省电力有限公司电力调度控制中心
P:乙方（供应商）：某某电力信息技术有限公司
P:依据《中华人民共和国民法典》及有关法律法规，甲方通过公开招标确定乙方为“调度数据网第二平面扩容改造项目”中标人。为明确双方权利义务，经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责省调、备调及十八个地调节点调度数据网第二平面的设备供货、安装调试、系统集成、联调测试、人员培训及质保期内技术服务，覆盖实时VPN与非实时VPN两个业务子网。
P:1.2 乙方应完成与既有第一平面网络、调度自动化主站系统、电能量计量系统及综合网管平台的对接，并按甲方批准的策略完成纵向加密认证装置的配置与证书部署。
P:1.3 设备清单、技术规格及配置以本合同附件一为准；附件与正文不一致的，以正文为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰伍拾捌万元整（¥4,580,000.00），包括设备、软件许可、运输、保险、安装调试、系统集成、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|核心路由器|4台|386,000|1,544,000
TB:2|汇聚路由器|18台|58,500|1,053,000
TB:3|接入交换机|36台|12,800|460,800
TB:4|纵向加密认证装置|40台|21,600|864,000
TB:5|网管系统软件许可（永久）|1套|268,000|268,000
TB:|硬件及软件小计|||4,189,800
TB:6|系统集成及安装调试|1项|356,200|356,200
TB:7|培训|1项|34,000|34,000
TB:|合同总价|||4,580,000
P:2.2 合同总价为固定总价。除甲方书面提出的需求变更外，不因市场价格、汇率或乙方成本变动而调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经双方开箱清点签收后，甲方支付合同总价的40%。到货签收仅表示数量、型号与外观核对无误，不代表质量验收。
P:3.3 项目最终验收合格后，甲方支付合同总价的45%。
P:3.4 合同总价的5%作为质量保证金，于质保期满且乙方无未履行义务后一次性无息退还。
P:3.5 乙方每次请款前应向甲方开具等额增值税专用发票。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后六十日内将全部设备运抵甲方指定地点，一百二十日内完成安装调试并具备初验条件。
P:4.2 设备安装及割接须在甲方批准的检修窗口内进行，不得影响调度业务连续运行。每次割接前，乙方应提交割接方案和回退方案，经甲方审批后方可实施。
H:第五条 验收
P:5.1 初验：全部设备安装调试完成后，乙方提交初验申请，甲方按附件二《测试方案》组织测试，内容包括：设备型号与配置逐台核对；路由收敛时间不大于1秒；实时业务端到端时延不大于30毫秒；双平面切换过程中调度业务不中断；纵向加密认证装置策略与证书全部正确加载；网管系统对全部节点实现监视与告警。
P:5.2 试运行：初验合格后进入三个月试运行，试运行期间不得发生一级故障；发生一级故障的，试运行期重新计算。
P:5.3 最终验收：试运行期满且初验遗留问题全部闭环后，由甲方组织最终验收并签署最终验收报告。设备到货、安装完成、投入运行或甲方支付部分款项，均不视为验收合格。
H:第六条 质量保证与技术服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件升级及技术支持，备件应为原厂全新部件。
P:6.2 调度数据网年度可用率不低于99.99%。可用率每低于约定值0.01个百分点，甲方有权从质量保证金中扣除人民币5,000元。
P:6.3 故障等级及响应要求如下：
TB:故障等级|定义|响应时间|到场时间|恢复时间
TB:一级|实时业务中断或两个平面同时故障|15分钟|2小时|6小时
TB:二级|单平面或单节点故障，调度业务未中断|30分钟|8小时|12小时
TB:三级|一般性能问题或技术咨询|2小时|按约定|5个工作日
P:6.4 乙方未按上表时限响应、到场或恢复的，每超时1小时，甲方有权扣除人民币2,000元；同一季度内一级故障超时两次及以上的，甲方有权要求乙方更换服务工程师。
P:6.5 质保期满后，甲方如继续委托乙方提供维保服务，年度维保费不超过硬件及软件小计的8%（即不超过人民币335,184元/年），且质保期满后三年内不上调。维保合同按年另行签订，不自动续期。
H:第七条 数据安全
P:7.1 调度数据网承载的实时数据、网络拓扑、地址规划、设备配置、日志及纵向加密证书等全部数据和资料属于甲方所有。乙方仅可为履行本合同之目的使用，不得复制、留存或用于任何其他目的。
P:7.2 乙方应遵守《电力监控系统安全防护规定》及甲方网络安全管理制度，执行“安全分区、网络专用、横向隔离、纵向认证”的原则。现场作业须经甲方审批并通过甲方运维审计设备进行；禁止通过互联网远程接入生产网络，禁止使用未经检测的移动存储介质。
P:7.3 发生或可能发生数据泄露、网络安全事件的，乙方应在1小时内报告甲方，配合处置并提交书面事件报告。因乙方原因造成数据泄露或网络安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失，包括监管部门的处罚。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方电网结构、调度运行方式、网络安全防护方案及其他未公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。
P:8.2 乙方应与参与本项目的全部人员签署保密承诺书。保密义务不因本合同终止而解除，持续至相关信息依法公开之日。
H:第九条 知识产权
P:9.1 乙方为本项目编制的网络设计方案、配置脚本、割接方案、测试报告及网管定制视图，其知识产权归甲方所有，甲方可自行修改、使用并交由第三方维护。
P:9.2 设备内置软件及网管系统软件的知识产权归原权利人所有，乙方保证甲方获得永久使用许可，并保证甲方使用上述软件不侵犯任何第三方的合法权益。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之四向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失以及违反本合同第七条、第八条造成的损失除外。
H:第十一条 分包
P:11.1 乙方不得将本合同项下的主体工作分包或转包。光缆熔接等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的或与本合同有关的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 附件一：设备清单及技术规格；附件二：测试方案；附件三：投标文件及澄清。附件为本合同不可分割的组成部分。
P:甲方（盖章）：                乙方（盖章）：
P:授权代表：                    授权代表：
P:日期：                        日期：
"""

H41Z04 = """
T:区人民医院信息机房运维服务合同
P:项目名称：区人民医院信息机房及基础网络运维服务（政府采购）
P:采购编号：QZFCG-2025-FW-0441
P:甲方（采购人）：某市某区人民医院
P:乙方（供应商）：某某信息技术服务有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，双方就信息机房运维服务事项签订本合同，共同遵守。
H:第一条 服务范围
P:1.1 乙方为甲方提供信息中心主机房、灾备机房及各楼层弱电间的运维服务，包括：UPS及配电系统、精密空调、动力环境监控和气体灭火系统的日常巡检与联动测试；核心交换机、汇聚交换机、防火墙及无线控制器的监控与配置管理；服务器、虚拟化平台及存储的健康检查、补丁管理与备份检查；机房资产台账与线缆标识管理。
P:1.2 乙方派驻两名工程师在甲方现场实行7×24小时值守，其中至少一人持有注册信息安全专业人员或同等资质证书。驻场人员变更须提前十个工作日书面报甲方同意。
P:1.3 服务期为二十四个月，自乙方进场交接完成之日起计算。
P:1.4 甲方指定信息中心一名负责人作为联系人，为驻场人员提供必要的办公场所、工具柜和门禁权限，及时审批变更申请，并按约定支付服务费。甲方自行实施或委托他人实施的系统变更，应提前告知乙方。
H:第二条 服务费用
P:2.1 本合同总价为人民币壹佰零捌万元整（¥1,080,000.00），包括：（1）初始巡检、资产梳理及运维体系建立服务费人民币36,000元（一次性）；（2）月度运维服务费每月人民币43,500元，二十四个月合计人民币1,044,000元。
P:2.2 合同总价已包括人员、工具、单件价值2,000元以下的易耗备件、交通、税费等全部费用，服务期内不作调整。
H:第三条 付款
P:3.1 本合同不设预付款。
P:3.2 初始巡检及资产梳理服务费，在初始交付验收合格后十五个工作日内支付。
P:3.3 月度运维服务费按季度支付。每季度结束且季度考核完成后十五个工作日内，甲方按考核结果支付该季度服务费。
P:3.4 乙方应在每次付款前开具合法有效的发票。
H:第四条 服务水平
P:4.1 服务期内，核心机房基础设施及核心网络（UPS、精密空调、核心交换机、存储）的月度可用率不低于99.95%，经甲方批准的计划内维护时间除外。
P:4.2 故障分级及处理时限：一级故障（HIS、PACS、LIS等核心业务系统因机房或网络原因中断）15分钟内响应、30分钟内到场处置、2小时内恢复；二级故障（单个系统或局部网络中断，核心业务未受影响）30分钟内响应、8小时内恢复；三级故障（一般问题及咨询）2小时内响应、两个工作日内解决。
P:4.3 乙方每月提交运维月报，每季度提交季度报告，并每半年组织一次机房市电中断切换和空调故障应急演练。
P:4.4 乙方应建立运维工单制度，全部故障、变更和巡检均须在甲方运维管理平台登记，故障处理完毕后24小时内提交处理记录；一级故障须在处理完毕后三个工作日内提交故障分析报告及整改措施。
P:4.5 乙方应在驻场点储备常用备品备件（包括交换机电源模块、光模块、服务器硬盘及UPS电池检测工具），保证一般故障无需等待外部发货即可处置。原厂保修期内的设备故障，由乙方负责联系原厂报修并跟踪至修复完毕。
P:4.6 甲方重大活动、等级保护测评、卫生健康主管部门检查及节假日期间，乙方应按甲方要求增派一名工程师现场保障，不另行收费。
H:第五条 考核与验收
P:5.1 初始交付验收：乙方进场后三十日内完成初始巡检、资产台账与网络拓扑图，提交机房应急预案和运维制度文件。甲方按以下标准验收：资产台账与现场逐项核对一致；全部设备纳入监控并实现告警推送；应急预案经一次实战演练验证；运维文档齐全。验收合格的，由甲方签署初始交付验收单。
P:5.2 季度考核：甲方按附件《运维服务考核表》对可用率、故障响应及恢复时限、巡检执行率、文档质量和科室满意度进行百分制评分。得分九十分及以上的，全额支付当季服务费；每低一分，扣减该季度服务费的百分之一；可用率低于约定值或一级故障超时的，每次另扣人民币3,000元。
P:5.3 服务期满时，甲方组织终期验收，乙方应移交全部运维文档、配置备份、账号口令及资产台账。乙方进场、提供服务或甲方付款，均不代替上述验收。
H:第六条 数据安全
P:6.1 甲方信息系统中的患者诊疗信息、个人信息、业务数据、设备配置及日志等全部数据归甲方所有。乙方仅为履行本合同之目的接触数据，不得复制、留存、对外提供或用于任何其他目的。
P:6.2 乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及医疗卫生机构网络安全管理的相关规定。驻场人员仅可通过甲方运维审计系统（堡垒机）使用个人专属账号操作，禁止私接外网，禁止使用未经检测的存储介质；更换下的硬盘由甲方留存，或在甲方监督下消磁销毁。
P:6.3 发生数据泄露、勒索病毒或其他网络安全事件的，乙方应立即采取处置措施，并在1小时内报告甲方信息中心。因乙方原因造成数据泄露或安全事件的，乙方承担全部法律责任，并赔偿甲方由此产生的全部损失，包括患者索赔及行政处罚。
H:第七条 保密
P:7.1 乙方及其驻场人员对在服务中知悉的甲方网络结构、账号口令、患者信息及其他未公开信息负有保密义务，不得向任何第三方披露。乙方应与驻场人员签订保密协议并报甲方备案。
P:7.2 乙方人员离场或调岗时，应交回门禁卡、账号权限及全部工作资料，并签署离场保密确认书。
P:7.3 保密义务在本合同终止后继续有效。
H:第八条 知识产权
P:8.1 乙方在服务过程中为甲方编制的运维文档、应急预案、拓扑图、巡检脚本和配置备份归甲方所有，甲方可自由使用、修改，并可提供给后续服务商使用。
H:第九条 转包与分包
P:9.1 乙方不得将本合同项下的服务转包，也不得分包。
H:第十条 违约责任
P:10.1 乙方未按约定日期进场或未按期完成初始交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 驻场人员未经甲方同意缺岗的，每人每日扣除人民币1,000元。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 合同期限与解除
P:11.1 服务期满，本合同自然终止，不自动续期；甲方如需继续采购，应依法重新组织采购。
P:11.2 乙方严重违约的（包括一个季度内两次一级故障超时、连续两个季度考核得分低于八十分，或发生因乙方原因的数据安全事件），甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:11.3 合同解除或终止时，乙方应在十个工作日内完成交接，配合新服务商平稳过渡。
P:11.4 因不可抗力导致本合同无法继续履行的，双方可协商解除合同，甲方按乙方已提供服务的实际期间结算服务费。
H:第十二条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:本合同一式四份，甲方三份，乙方一份，经双方签字盖章后生效。招标文件、投标文件及澄清文件为本合同的组成部分。
P:甲方（盖章）：                乙方（盖章）：
P:日期：                        日期：
"""

H41E02 = """
T:SUPPLY CONTRACT FOR X-RAY TYRE INSPECTION SYSTEMS
P:Contract No. HT-EQ-2025-118
P:BETWEEN Shandong Hengtong Tyre Co., Ltd., with registered office in Dongying, Shandong Province, People's Republic of China, in the person of its legal representative (hereinafter the "Buyer"),
P:AND Raggi Tecnica S.p.A., with registered office in Modena, Italy, VAT No. IT02984410365, acting also through its Shanghai branch office (hereinafter the "Supplier"),
P:hereinafter jointly the "Parties".
H:Premises
P:(a) The Buyer operates a truck and bus radial (TBR) tyre plant in Dongying and intends to install two in-line X-ray inspection systems at the end of its curing lines. (b) The Supplier designs and manufactures X-ray inspection equipment for the tyre industry and has submitted Offer No. RT-2025/0419, which the Buyer has accepted after technical clarification. (c) The premises and the annexes form an integral part of this Contract. Now therefore the Parties agree as follows.
H:Article 1 - Object of the Contract
P:1.1 The Supplier undertakes to design, manufacture, deliver, install and commission two (2) complete X-ray tyre inspection systems model RT-XR 1600, each including the radiation-shielded cabinet, X-ray tube and generator, curved line detector, tyre handling and centring unit, operator station and the ADR automatic defect recognition software, as specified in Annex 1 (Technical Specification).
P:1.2 The Supplier shall further integrate the systems with the Buyer's MES, so that inspection results, images and grading decisions are stored against each tyre's barcode, and shall train the Buyer's operators and maintenance staff.
H:Article 2 - Contract Price
P:2.1 The total Contract Price is CNY 5,900,000 (five million nine hundred thousand Renminbi), inclusive of VAT, packing, sea and inland freight, insurance, customs clearance and duties, delivered DDP Buyer's plant (Incoterms 2020). The price is fixed and not subject to revision. It is composed as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|X-ray tyre inspection system RT-XR 1600, complete|2|2,380,000|4,760,000
TB:2|ADR defect recognition software, perpetual licence per station|2|415,000|830,000
TB:|Equipment and Licence Subtotal|||5,590,000
TB:3|Installation, shielding verification, commissioning and MES integration|1|268,000|268,000
TB:4|Training (operators and maintenance, 10 working days on site)|1|42,000|42,000
TB:|Total Contract Price|||5,900,000
H:Article 3 - Terms of Payment
P:3.1 Twenty per cent (20%) of the Contract Price as advance payment within 30 days from signature, against the Supplier's invoice and an irrevocable bank guarantee of equal amount issued by a first-class bank acceptable to the Buyer, valid until the Installation Certificate is signed.
P:3.2 Fifty-five per cent (55%) of the Contract Price within 30 days from the signature of the Installation Certificate. The Installation Certificate only confirms that the equipment has been delivered complete and installed; it does not constitute acceptance of the systems.
P:3.3 The balance of twenty-five per cent (25%) of the Contract Price within 30 days from the signature of the Final Acceptance Certificate under Article 5.
P:3.4 All payments shall be made by bank transfer in CNY to the account of the Supplier's Shanghai branch, against a valid special VAT invoice (fapiao).
H:Article 4 - Delivery, Installation and Penalties for Delay
P:4.1 The equipment shall be delivered to the Buyer's plant within sixteen (16) weeks from the date of receipt of the advance payment. Installation and commissioning shall be completed within four (4) weeks from delivery, provided the Buyer has completed the foundations and utilities described in Annex 2.
P:4.2 In case of delay in delivery or in completion of commissioning attributable to the Supplier, the Supplier shall pay the Buyer a penalty of 0.1% (zero point one per cent) of the Contract Price for each calendar day of delay, up to a maximum of 10% of the Contract Price. The penalty does not exclude the Buyer's right to terminate under Article 15.
H:Article 5 - Acceptance
P:5.1 After commissioning the Parties shall perform the acceptance tests defined in Annex 3 (Acceptance Test Protocol). The systems shall as a minimum: (a) detect all artificial defects of the Buyer's reference tyre set, including 0.3 mm cord irregularities and foreign matter of 0.5 mm; (b) inspect at least 60 TBR tyres per hour per system in automatic mode; (c) show a false-reject rate of the ADR software not exceeding 2% on a sample of 1,000 production tyres; (d) comply with the radiation dose limits of GBZ 117 at every point of the cabinet surface, as measured by an accredited third-party institute; and (e) transfer images and results correctly to the MES for every tyre.
P:5.2 After passing the tests, each system shall run in production for thirty (30) consecutive days without a Severity 1 fault. At the end of this period the Buyer shall sign the Final Acceptance Certificate, or shall state in writing the reasons for refusal. Production use of the systems during the trial period shall not be considered acceptance.
H:Article 6 - Warranty
P:6.1 The Supplier warrants that the equipment and software are new, free from defects in design, materials and workmanship and conform to the Technical Specification for a period of twenty-four (24) months from the date of the Final Acceptance Certificate.
P:6.2 During the warranty period the Supplier shall repair or replace any defective part free of charge, including X-ray tubes and detector modules, and shall supply software updates for the ADR software. Parts replaced under warranty are themselves warranted until the end of the warranty period, which is extended by the time during which a system was stopped by a warrantable defect.
H:Article 7 - After-Sales Service
P:7.1 The Supplier shall maintain a service hotline in Chinese and English and keep critical spare parts in its Shanghai warehouse. Faults are classified and handled as follows:
TB:Severity|Definition|Response time|Engineer on site|Restoration target
TB:Severity 1|System stopped, or no reliable inspection on a curing line|1 hour|24 hours|48 hours
TB:Severity 2|Degraded performance, inspection still possible|2 hours|48 hours|5 days
TB:Severity 3|Minor fault, questions, documentation|1 working day|As agreed|Next release
P:7.2 If the Supplier does not meet the response time or the on-site time for a Severity 1 or Severity 2 fault, it shall pay the Buyer CNY 3,000 for each hour of delay for Severity 1 and CNY 1,000 for each hour of delay for Severity 2, deducted from the next payment or claimed separately.
H:Article 8 - Support after the Warranty
P:8.1 After expiry of the warranty the Supplier shall offer annual support covering remote assistance, preventive maintenance twice a year, ADR software updates and labour for repairs. The annual support fee is fixed at 7.5% of the Equipment and Licence Subtotal, i.e. CNY 419,250 per year, for the first three (3) years after the warranty. Spare parts are not included and shall be invoiced at the Supplier's price list discounted by 20%.
P:8.2 The support shall be ordered by the Buyer year by year in writing. It shall not renew automatically.
H:Article 9 - Data and Cyber Security
P:9.1 All images, inspection results, grading decisions, production data and MES interface data generated by the systems are the property of the Buyer. The Supplier shall use them only to perform this Contract and shall not copy or export them from the Buyer's plant.
P:9.2 Remote access for service is possible only through the Buyer's VPN, on a session-by-session authorisation granted by the Buyer's IT department, and shall be logged. The Supplier shall keep the operator stations free from malware, apply the security patches approved by the Buyer and shall not connect the systems to the internet.
P:9.3 The Supplier shall notify the Buyer within twenty-four hours of any security incident affecting the systems or the Buyer's data of which it becomes aware and shall cooperate in its remediation. The Supplier is liable for the damage caused to the Buyer by a security incident due to its breach of this Article.
H:Article 10 - Confidentiality
P:10.1 Each Party shall keep confidential all technical and commercial information received from the other Party, in particular the Buyer's tyre constructions, compound data and production figures, and shall not disclose it to third parties without the prior written consent of the other Party. This obligation survives for five years after the end of this Contract.
H:Article 11 - Intellectual Property
P:11.1 The ADR software and the know-how incorporated in the equipment remain the property of the Supplier; the Buyer receives a perpetual, non-exclusive licence to use them with the systems delivered.
P:11.2 The inspection recipes, defect libraries and grading rules configured for the Buyer's tyre sizes, and the MES interface developed under Article 1.2 including its source code, belong to the Buyer, which may use, modify and have them maintained by third parties without restriction.
H:Article 12 - Radiation Safety
P:12.1 The Supplier shall provide the documentation required for the Buyer's radiation safety licence, train the Buyer's radiation safety officer and hand over the dose measurement report. The Buyer is responsible for obtaining the licence before the X-ray tubes are energised.
H:Article 13 - Limitation of Liability
P:13.1 Neither Party shall be liable for loss of profit or indirect damage. The total liability of the Supplier under this Contract, including penalties, shall not exceed 150% of the Contract Price. This limitation does not apply in case of wilful misconduct or gross negligence, personal injury, or breach of Articles 9 and 10.
H:Article 14 - Subcontracting
P:14.1 The Supplier shall not subcontract any part of the installation or service work without the Buyer's prior written consent. Civil works for the foundations are the responsibility of the Buyer. The Supplier remains responsible towards the Buyer for any approved subcontractor.
H:Article 15 - Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not remedy the breach within thirty (30) days of the Buyer's notice, or if the maximum penalty under Article 4.2 is reached. In such case the Supplier shall refund the amounts received for the undelivered or non-accepted part, without prejudice to damages.
H:Article 16 - Force Majeure
P:16.1 Neither Party shall be liable for delays caused by events beyond its reasonable control, provided it notifies the other Party within seven days. If the event lasts more than ninety days either Party may terminate the Contract.
H:Article 17 - Governing Law and Arbitration
P:17.1 This Contract is governed by the laws of the People's Republic of China, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:17.2 Any dispute arising out of or in connection with this Contract shall be finally settled by the China International Economic and Trade Arbitration Commission (CIETAC), Shanghai Sub-Commission, in Shanghai, by three arbitrators, in English.
H:Article 18 - Final Provisions
P:18.1 This Contract is made in English in two originals, one for each Party. Any amendment shall be in writing and signed by both Parties. Annexes: 1 Technical Specification; 2 Site Requirements; 3 Acceptance Test Protocol.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Dongying / Modena, date: ____________
"""

H41E04 = """
T:CONTRACT FOR THE SUPPLY OF A SHOW CONTROL SYSTEM AND ITS IMPLEMENTATION
P:Reference: VCS-CN-2025-07 / Jiangcheng Planetarium Dome Renewal
P:Between the undersigned:
P:Jiangcheng Science and Technology Museum, a public institution registered in Jiangcheng, People's Republic of China, represented by its Director, hereinafter "the Purchaser",
P:and Voûte Céleste Systèmes SAS, a simplified joint-stock company with a share capital of EUR 1,200,000, registered with the Lyon Trade and Companies Register, whose head office is in Villeurbanne, France, represented by its President, hereinafter "the Supplier",
P:it has been agreed as follows.
H:1. Purpose of the Contract
P:1.1 The purpose of the present Contract is the supply by the Supplier of a perpetual licence of its SkyPilot show control software and the implementation of the software in the 22-metre dome of the Purchaser's planetarium, so that the Purchaser can programme, start and run full-dome shows, live astronomy presentations and school sessions from a single console.
P:1.2 The implementation includes: the geometric calibration, warping and blending of the eight projectors; the integration of the lighting (DMX), the 7.1 audio system and the seat-side audience response consoles; a specific connector between SkyPilot and the Purchaser's ticketing and scheduling system (the "Scheduler Connector"); specific cueing plug-ins for the Purchaser's live presentations; the training of the Purchaser's operators and technicians.
P:1.3 The contractual documents are, in decreasing order of precedence: the present Contract; Appendix A (Technical Specification and Acceptance Tests); Appendix B (Supplier's offer VCS-2025-311 of 14 March 2025). The Supplier's general terms of sale do not apply.
H:2. Price
P:2.1 The total price of the Contract is CNY 1,955,000 (one million nine hundred and fifty-five thousand yuan), all taxes included, broken down as follows: (a) SkyPilot perpetual licence, including the server licence, the eight-channel warp and blend module and four authoring seats (the "Licence Fee"): CNY 1,260,000; (b) implementation services as described in Article 1.2, including travel and living expenses of the Supplier's engineers: CNY 640,000; (c) training of six operators and two technicians, ten days on site: CNY 55,000.
P:2.2 The price is firm and not revisable until the end of the warranty period.
H:3. Terms of Payment
P:3.1 The price is payable as follows: (a) a down payment of forty per cent (40%) of the total price upon signature of the present Contract, on presentation of the Supplier's invoice; (b) thirty-five per cent (35%) upon signature of the Installation Report, which records that the software and hardware interfaces are installed and is not an acceptance; (c) the balance of twenty-five per cent (25%) upon signature of the Final Acceptance Certificate.
P:3.2 Invoices are payable within thirty days of receipt, by transfer to the Supplier's account in CNY. The Supplier's work will start upon receipt of the down payment.
H:4. Schedule and Penalties for Delay
P:4.1 The Supplier undertakes to complete the installation within fourteen weeks of receipt of the down payment and to present the system for acceptance tests within eighteen weeks. The dome will be closed to the public during installation; the Purchaser shall give the Supplier access to the dome and the technical room from 8:00 to 22:00 every day.
P:4.2 If the installation or the presentation for acceptance is late for a reason attributable to the Supplier, the Supplier shall pay penalties of 0.08% of the total price for each calendar day of delay, without the need for a formal notice. Penalties for delay are capped at 8% of the total price.
H:5. Acceptance
P:5.1 Acceptance tests are carried out jointly on the basis of Appendix A. The system shall in particular: (a) show a residual blend seam error of no more than one pixel over the whole dome surface; (b) play an 8K full-dome show at 60 frames per second on all eight channels without dropped frames over three consecutive runs; (c) start a scheduled show from the ticketing system through the Scheduler Connector within two seconds; (d) run all cue lists of the Purchaser's three live presentations; (e) pass the failover test of the redundant show server.
P:5.2 When the tests are passed, the Parties sign a Provisional Acceptance report. The system is then operated for thirty days of public opening, during which no show may be interrupted because of the system. At the end of this period, and once all reservations have been lifted, the Purchaser signs the Final Acceptance Certificate. The public use of the system during this period does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the software and the implementation work against any defect or non-conformity with Appendix A for eighteen (18) months from the date of the Final Acceptance Certificate. During this period corrections, new versions and remote and on-site support are provided free of charge.
P:6.2 Severity levels and service times are as follows. Severity 1 - a show cannot be started, or stops in front of the audience: response within two (2) hours, workaround within eight hours, on-site intervention within seventy-two hours if needed. Severity 2 - a function is degraded but shows can run: response within one business day. Severity 3 - other questions: response within three business days. The hotline is staffed in Chinese and English from 9:00 to 22:00 Beijing time, seven days a week.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response time, it shall pay the Purchaser a penalty of CNY 2,000, deducted from the next payment or from the following maintenance invoice.
H:7. Maintenance after the Warranty
P:7.1 After the warranty period, the Supplier undertakes to provide maintenance on the same terms as Article 6 for an annual fee equal to twelve per cent (12%) of the Licence Fee, i.e. CNY 151,200 per year, firm for the first three years after the warranty.
P:7.2 Maintenance is ordered by the Purchaser for one year at a time. There is no tacit renewal.
H:8. Intellectual Property
P:8.1 The SkyPilot software, its documentation and all its versions remain the exclusive property of the Supplier. The Purchaser receives a perpetual, non-exclusive right to use the software for the planetarium.
P:8.2 The Scheduler Connector, the specific cueing plug-ins, the show templates and all other specific developments made under the present Contract are and remain the exclusive property of the Supplier, including their source code. The Purchaser receives a non-exclusive and non-transferable right to use them, solely in its planetarium and for the duration of the software licence. The Purchaser shall not modify, adapt, translate or decompile them, nor have them maintained or modified by a third party.
H:9. Data and Security
P:9.1 The ticketing data, attendance statistics, show logs and audience response data processed by the system belong to the Purchaser. The Supplier uses them only to carry out the present Contract and shall not copy them outside the Purchaser's premises.
P:9.2 Remote interventions are carried out only through the VPN access provided by the Purchaser, opened for each intervention at the Supplier's request and closed afterwards, with logging of the session. The Supplier shall apply the security measures described in Appendix A, in particular separate accounts per engineer, strong passwords and malware scanning of any medium connected to the system.
P:9.3 The Supplier shall inform the Purchaser within twenty-four hours of any security incident or data breach of which it becomes aware, shall assist the Purchaser in its obligations towards the authorities and shall bear the consequences of any incident resulting from its failure to comply with this Article.
H:10. Confidentiality
P:10.1 Each Party undertakes to keep confidential the information of any kind communicated by the other Party for the performance of the Contract, and not to disclose it to third parties without prior written agreement, during the Contract and for five years after its end. The Supplier may mention the Purchaser as a reference, without further detail.
H:11. Liability
P:11.1 The Supplier is liable for the direct damage caused to the Purchaser by its faults in the performance of the Contract. The total liability of the Supplier, all causes combined and penalties included, is limited to one hundred and twenty per cent (120%) of the total price of the Contract, except in case of gross negligence or wilful misconduct, bodily injury, or breach of Articles 9 and 10. Neither Party is liable for indirect damage.
H:12. Subcontracting
P:12.1 The Supplier may subcontract the electrical works on the projector racks only with the prior written approval of the Purchaser. The Supplier remains fully responsible for the work of its subcontractors.
H:13. Termination
P:13.1 In case of a serious breach by either Party of its obligations, not remedied within thirty days after a formal notice sent by registered letter, the other Party may terminate the Contract by right. In case of termination for breach of the Supplier, the Supplier shall reimburse the amounts received for the parts of the system not accepted, without prejudice to damages.
H:14. Force Majeure
P:14.1 Neither Party is liable for a failure caused by force majeure within the meaning of the applicable law. If the force majeure lasts more than three months, either Party may terminate the Contract without compensation.
H:15. Applicable Law and Disputes
P:15.1 The present Contract is governed by the law of the People's Republic of China.
P:15.2 The Parties shall seek an amicable settlement of any dispute. Failing agreement within sixty days, the dispute shall be submitted to the Shanghai International Arbitration Center (SHIAC) for arbitration in Shanghai in accordance with its rules. The language of the arbitration is English.
H:16. Miscellaneous
P:16.1 The present Contract is drawn up in English, in two originals. It enters into force on the date of its signature by both Parties.
P:For the Purchaser: ____________________    For the Supplier: ____________________
P:Place and date: ____________________
"""

SOURCES = {"h41z01": H41Z01, "h41z04": H41Z04, "h41e02": H41E02, "h41e04": H41E04}
TARGETS = {"h41z01": ("h41z01_grid_dispatch_data_network_integration.docx", "docx"),
           "h41z04": ("h41z04_district_hospital_machine_room_om_service.pdf", "pdf"),
           "h41e02": ("h41e02_tyre_plant_xray_inspection_italian_vendor.docx", "docx"),
           "h41e04": ("h41e04_planetarium_show_control_french_vendor.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
