"""Builds the .docx and .pdf contracts of holdout108 from the markup of ../word_pdf.py.

Sources kept here so the files can be made again:
  h108z01 railway freight yard dispatch platform integration (docx, price table + fault table)
  h108z02 molybdenum smelter online grade analyser supply and maintenance (pdf)
  h108e01 gin distillery botanical batch tracking licence and support (docx, price table + severity table)
  h108e03 sea-urchin processor chiller sensors supply and maintenance (pdf)
Run with /work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H108Z01 = """T:渝西铁路物流中心货运站场智能调度平台系统集成合同
P:合同编号：YXWL-ZC-2026-031
P:甲方（采购人）：渝西铁路物流中心货运站场有限公司
P:乙方（供应商）：中轨智联科技有限公司
P:鉴于甲方拟建设货运站场智能调度平台，实现作业计划编制、股道占用可视化、装卸机械调度及车号自动识别，并与铁路货票系统对接，乙方经竞争性谈判成交。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责提供智能调度平台软件许可、定制开发、服务器、调度大屏、车号自动识别设备和手持作业终端，并完成安装调试、系统集成、基础数据初始化和培训，使系统整体满足附件1《技术规格书》的要求。
P:1.2 定制开发内容包括：到发线及货物线作业计划编排模块；股道占用实时可视化；门式起重机和正面吊作业调度；与铁路货票系统、站场视频监控平台及甲方财务系统的数据接口。
P:1.3 实施地点为甲方货运站场调度楼、集装箱作业区和零散货物作业区。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰捌拾万元整（¥3,800,000），含税，包括设备、软件、开发、运输、保险、安装、调试、培训及质保期内全部服务费用。除本合同另有约定外，甲方无需另行支付任何费用。价款明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|智能调度平台软件许可（站场版，永久）|1套|860,000|860,000
TB:2|定制开发（作业计划、股道可视化、机械调度、接口）|1项|1,240,000|1,240,000
TB:3|应用及数据库服务器|4台|98,500|394,000
TB:4|调度中心LED拼接大屏|1套|316,000|316,000
TB:5|车号自动识别（AEI）设备|6套|72,000|432,000
TB:6|手持作业终端|80台|3,650|292,000
TB:7|安装调试及系统集成|1项|218,000|218,000
TB:8|培训|1项|48,000|48,000
TB:合计||||3,800,000
P:2.2 上表第1、3、4、5、6项合计人民币2,294,000元，以下称“软硬件价款”。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的百分之二十作为预付款。
P:3.2 全部设备到货并经甲方签收后十五个工作日内，甲方支付合同总价的百分之三十五。到货签收仅为数量和外观清点，不视为验收。
P:3.3 系统终验合格后十五个工作日内，甲方支付合同总价的百分之三十五。
P:3.4 剩余百分之十作为质量保证金，质保期满且乙方无未了责任的，甲方无息支付。
P:3.5 乙方每次请款前应向甲方开具相应金额的增值税专用发票。
H:第四条 交付与实施进度
P:4.1 乙方应在合同生效后六十日内完成全部设备到货，一百五十日内完成系统上线试运行。
P:4.2 乙方应指定具有铁路信息化项目经验的项目经理一名常驻现场，未经甲方书面同意不得更换。
P:4.3 乙方人员进入站场作业区，应遵守甲方安全管理制度和铁路行车安全规定，因违章作业造成的事故由乙方负责。
H:第五条 验收
P:5.1 初验：系统上线后，甲方按《技术规格书》组织初验。测试项目包括：日班作业计划编制时间不超过二十分钟；股道占用状态刷新时间不超过3秒；AEI设备对抽检的200辆货车车号识别全部正确；与货票系统的接口数据逐条核对一致；系统通过等保二级测评。
P:5.2 初验合格后进入三个月试运行期。试运行期内系统连续运行，未发生一级故障且二级故障累计不超过三次的，乙方可书面申请终验。
P:5.3 终验由甲方组织，以双方签署的终验报告为准。设备签收、系统上线或甲方实际使用均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为终验合格之日起二十四个月。质保期内乙方免费提供软硬件维修、更换、软件升级及现场技术支持。
P:6.2 故障分级及处理时限如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或影响接发列车、装卸作业|30分钟|2小时|6小时
TB:二级|部分功能失效，可临时人工替代|1小时|8小时|次日内
TB:三级|一般性问题或操作咨询|8小时|按约定|5个工作日
P:6.3 乙方未按上表时限响应、到场或恢复的，每超时一小时，甲方有权从质量保证金中扣减人民币1,500元（三级故障为500元）。
P:6.4 质保期满后，如甲方需要，双方另行签订维保合同。维保年费不超过软硬件价款的百分之八，即每年不超过人民币183,520元，质保期满后三年内不得上调，服务内容及时限与质保期相同。维保合同不自动续期。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，可在甲方及其所属站场范围内使用。
P:7.2 为本项目定制开发的模块、接口程序及其源代码、技术文档等成果的知识产权归甲方所有。乙方应在终验时一并移交，甲方有权自行或委托第三方修改和使用。
P:7.3 乙方保证所提供的软硬件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 系统运行中产生和存储的作业计划、车辆及货物信息、视频图像等数据均归甲方所有。乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按网络安全等级保护二级要求落实安全措施。远程维护须经甲方审批，通过甲方堡垒机进行并全程留存日志，乙方不得私设远程通道。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对在履行本合同中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而解除，至相关信息依法公开之日止。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期上线的，每逾期一周，按合同总价的千分之二向甲方支付违约金，不足一周按一周计算；违约金累计不超过合同总价的百分之五。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:10.3 除因乙方故意或重大过失造成的损失及第八条约定的数据安全责任外，乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之五十为限。
H:第十一条 分包
P:11.1 乙方不得转包本合同。大屏安装、线缆敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方逾期超过六十日，或有其他严重违约行为且在甲方书面通知后十五日内未予纠正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应友好协商；协商不成的，提交重庆仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因地震、洪水、泥石流等不可抗力导致不能按期履行的，受影响一方应在事件发生后三日内书面通知对方，并在十五日内提供有关证明，履行期限相应顺延。
P:14.2 不可抗力持续超过九十日的，双方协商是否继续履行本合同。
H:第十五条 廉洁条款
P:15.1 乙方及其人员不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益。乙方违反本条的，甲方有权解除合同并将乙方列入供应商黑名单。
H:第十六条 其他
P:16.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份。
P:16.2 附件1《技术规格书》、附件2《设备清单》、附件3《实施计划》为本合同的组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：                    乙方（盖章）：
P:签订日期：2026年4月    日
"""

H108Z02 = """T:钼精矿品位在线分析系统采购及维保合同
P:合同编号：JDL-SB-2026-0217
P:甲方：金堆岭钼业冶炼有限公司
P:乙方：西安谱联分析仪器有限公司
P:为实现钼精矿入炉前品位在线检测，减少人工取样化验的滞后，稳定焙烧配料，甲方向乙方采购钼精矿品位在线分析系统。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。
H:一、采购内容
P:（一）乙方向甲方提供在线X荧光品位分析仪主机两台、自动取样及制样系统两套、数据采集服务器及品位分析软件一套，负责安装、调试、标定和操作培训，并与甲方焙烧车间DCS系统对接，实时上传钼、铜、铅、二氧化硅、氧化钙等成分含量。
P:（二）设备安装于甲方精矿仓配料皮带及焙烧给料点，具体位置以附件一《安装点位图》为准。
P:（三）乙方所供设备应为全新、未使用过的合格产品，技术参数不低于附件二《技术参数表》的要求，并随机提供合格证、操作手册和备品备件清单。
H:二、合同价款
P:（一）合同总价为人民币叁佰贰拾万元整（¥3,200,000），含税及运输、保险、安装、调试、标定、培训费用。
P:（二）价款构成：1. 在线X荧光品位分析仪主机2台，单价1,180,000元，计2,360,000元；2. 自动取样及制样系统2套，单价236,000元，计472,000元；3. 数据采集服务器及品位分析软件1套，计188,000元；4. 安装、调试及标定，计146,000元；5. 培训，计34,000元。第1至3项合计3,020,000元，以下称“设备及软件价款”。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的百分之十作为预付款。
P:（二）设备全部到货并经甲方签收后十五个工作日内，支付合同总价的百分之四十。签收不视为验收。
P:（三）验收合格后十五个工作日内，支付合同总价的百分之四十五。
P:（四）其余百分之五作为质量保证金，质保期满后无息支付。
P:（五）乙方每次收款前应开具合法有效的增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同生效后九十日内将设备运抵甲方现场，到货后四十五日内完成安装调试。
P:（二）设备包装应适合长途运输和多次装卸，因包装不当造成的损坏由乙方负责。
P:（三）分析仪属射线装置，乙方应协助甲方办理辐射安全许可变更手续。安装调试期间，乙方人员应遵守甲方安全生产、动火作业及辐射防护管理规定。
P:（四）设备在甲方签收前的毁损、灭失风险由乙方承担。乙方应为设备运输和安装期间办理保险，费用已包含在合同总价内。
H:五、甲方义务
P:（一）甲方应按乙方提供的安装条件要求，完成安装平台、电源、压缩空气和网络的准备。
P:（二）甲方应为乙方现场人员提供必要的工作场所和安全防护用品，并安排化验室配合比对试验。
H:六、培训与技术资料
P:（一）乙方应在甲方现场为甲方操作和维护人员提供不少于五个工作日的培训，内容包括设备原理、日常操作、标样校准、常见故障处理和辐射防护。
P:（二）乙方应向甲方提交设备操作手册、维护手册、电气图纸、标定记录和DCS接口说明各两套。
P:（三）设备出厂前，乙方应进行出厂检验，并邀请甲方派员参加出厂见证，出厂检验报告随设备一并交付。甲方参加见证不免除乙方对设备质量的责任。
H:七、验收
P:（一）设备安装调试完成后连续运行三十日，乙方提交验收申请，甲方在十个工作日内组织验收。
P:（二）验收标准：1. 钼品位在线检测结果与甲方化验室化学分析结果比对，绝对偏差不大于0.3个百分点；2. 单次检测周期不超过3分钟；3. 检测数据实时上传DCS，与分析软件记录一致；4. 三十日运行期内未发生停机超过8小时的故障；5. 辐射防护检测合格。
P:（三）验收合格以双方签署的验收报告为准。到货签收、安装完成或试运行均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新验收，由此产生的费用由乙方承担。
H:八、质量保证
P:（一）质保期为验收合格之日起六个月。质保期内乙方免费维修、更换故障部件（含X射线管），每月进行一次现场标定。
P:（二）质保期内发生分析仪停机、数据中断等一级故障的，乙方应在1小时内电话响应，十二小时内派工程师到场，三十六小时内修复；检测偏差超标等二级故障，应在2小时内响应，三日内修复。
P:（三）乙方未按上述时限响应、到场或修复的，每超时一小时，甲方有权从质量保证金中扣减人民币800元。
P:（四）乙方应在甲方现场储备取样器刀头、密封件、过滤器等常用易损件，并提供不少于十年的备件供应保证；设备停产的，乙方应提前一年书面通知甲方。
H:九、质保期满后的维保服务
P:（一）质保期满后，乙方提供维保服务，包括每季度现场标定、易损件及X射线管更换、软件升级和故障维修，响应时限同本合同八（二）的约定。
P:（二）年度维保费按设备及软件价款的百分之二十二计取，即每年人民币664,400元，于每个服务年度结束后支付。该费率自质保期满之日起五年内不作调整。
P:（三）维保服务按年签订维保协议，不自动续期。
H:十、知识产权
P:（一）分析仪内置软件及品位分析软件的知识产权归乙方所有，甲方享有永久使用权。
P:（二）乙方针对甲方矿源建立的标定模型、与DCS对接的接口程序及配置文件归甲方所有，乙方应提交全部文档和源代码，甲方可自行修改或委托第三方使用。
H:十一、数据安全
P:（一）分析系统产生的品位数据及配料、生产数据归甲方所有。乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:（二）乙方需远程诊断的，应逐次取得甲方书面授权，并通过甲方指定的安全通道进行，结束后立即断开；分析服务器不得接入互联网。
P:（三）因乙方原因造成数据泄露、丢失或生产控制系统遭受攻击的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:十二、保密
P:双方对在履行本合同过程中知悉的对方技术信息和经营信息（包括甲方的矿源、配料和产量信息）负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后五年内持续有效。
H:十三、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的百分之十。
P:（二）设备验收不合格且整改后仍不合格的，甲方有权退货，乙方应返还全部已付款项并赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十四、分包
P:乙方不得转包或分包本合同。取样系统基础土建施工确需委托第三方的，须事先取得甲方书面同意。
H:十五、合同解除
P:乙方逾期交货超过三十日，或存在其他严重违约行为经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同。
H:十六、不可抗力
P:因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方根据影响程度协商延期履行或部分免除责任。
H:十七、廉洁条款
P:乙方不得向甲方采购、技术及管理人员提供回扣、礼金或其他不正当利益。乙方违反本条的，甲方有权解除合同，并要求乙方按合同总价的百分之五支付违约金。
H:十八、争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十九、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《安装点位图》、附件二《技术参数表》、附件三《设备清单》为本合同不可分割的组成部分。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：2026年5月    日
"""

H108E01 = """T:LICENCE AND SUPPORT AGREEMENT No. KS-2026-014
P:This Licence and Support Agreement (hereinafter: the Agreement) is concluded in Korčula on the date of the last signature below between:
P:KAŠTIL SOFTWARE d.o.o., Put Svetog Nikole 12, 20260 Korčula, Croatia, OIB 48213075569, represented by the director Ivana Depolo (hereinafter: the Contractor), and
P:YUNNAN CANGSHAN DISTILLERY CO., LTD., No. 8 Xiaguan Industrial Park, Dali, Yunnan Province, People's Republic of China, represented by the general manager Mr. Zhao Wenbin (hereinafter: the Client),
P:(together: the Parties).
H:Article 1 Subject of the Agreement
P:(1) The subject of this Agreement is the grant of a licence to use the BotaniTrack software for botanical and batch traceability, the configuration of the software for the Client's gin distillery, the development of an interface to the Client's ERP system, training, and the provision of support services.
P:(2) BotaniTrack records the receipt of juniper, coriander and other botanicals by supplier lot, their storage and quality checks, maceration and distillation batches on the Client's four copper pot stills, recipe versions, reduction and bottling lots, and allows a finished bottle to be traced back to every botanical lot used.
P:(3) The software is installed on the Client's servers at its distillery in Dali. The Contractor does not host any part of the system.
H:Article 2 Price
P:(1) The total price for the licence and the services under Articles 3 to 5 is CNY 1,220,000 (one million two hundred and twenty thousand yuan), all taxes included (hereinafter: the Contract Price), broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|BotaniTrack Enterprise, perpetual site licence, 25 named users|1|640,000|640,000
TB:2|Still-house connector licence (data capture from stills)|4|45,000|180,000
TB:3|Configuration, recipe and master-data migration|1|216,000|216,000
TB:4|ERP interface development (Client-specific)|1|148,000|148,000
TB:5|On-site training, five days|1|36,000|36,000
TB:|Contract Price|||1,220,000
P:(2) Items 1 and 2 together (CNY 820,000) are hereinafter referred to as the Licence Fees.
P:(3) The Contract Price is fixed and shall not be increased for any reason.
H:Article 3 Payment
P:(1) The Client shall pay twenty per cent (20 %) of the Contract Price within fifteen days of signature of this Agreement against the Contractor's invoice and an advance-payment guarantee of the same amount issued by a first-class bank.
P:(2) Forty-five per cent (45 %) of the Contract Price shall be paid within fifteen days after Go-Live, meaning the first production week in which all distillation and bottling batches are recorded in BotaniTrack.
P:(3) The remaining thirty-five per cent (35 %) shall be paid within fifteen days after the Final Acceptance Certificate is signed under Article 6.
H:Article 4 Licence
P:(1) The Contractor grants the Client a non-exclusive, perpetual and irrevocable licence to use BotaniTrack and the still-house connectors at the Client's premises in Dali for its own business.
P:(2) The intellectual property rights in BotaniTrack remain with the Contractor.
P:(3) All Client-specific deliverables, namely the ERP interface with its source code, the configured recipe structures, label layouts and report templates, shall become the property of the Client upon payment, and the Client may use, modify and have them maintained by third parties without restriction.
H:Article 5 Time Schedule and Contractual Penalty
P:(1) The Contractor shall achieve Go-Live within one hundred and twenty days from the date of signature of this Agreement.
P:(2) If the Contractor is late in achieving Go-Live for reasons attributable to it, the Client shall be entitled to a contractual penalty of zero point one per cent (0.1 %) of the Contract Price for each day of delay, up to a maximum of ten per cent (10 %) of the Contract Price. Payment of the contractual penalty does not release the Contractor from its obligation to perform.
H:Article 6 Acceptance
P:(1) Within thirty days after Go-Live the Parties shall carry out the acceptance tests set out in Annex 2. The tests shall demonstrate in particular that: (a) any bottling lot can be traced back to all botanical lots and distillation batches in less than ten seconds; (b) three consecutive production batches per still are recorded completely and correctly; (c) stock quantities of botanicals in BotaniTrack reconcile with the ERP; and (d) all interface messages between BotaniTrack and the ERP are processed without error for ten working days.
P:(2) When the tests are passed, the Parties shall sign the Final Acceptance Certificate. Go-Live, productive use of the software or any payment shall not be deemed acceptance.
P:(3) If a test fails, the Contractor shall remedy the defect within fifteen days and the test shall be repeated at its cost.
H:Article 7 Warranty
P:(1) The Contractor warrants that the software will perform substantially in accordance with its documentation and the specification in Annex 1 for a period of ninety (90) days from Go-Live (hereinafter: the Warranty Period).
P:(2) During the Warranty Period the Contractor shall correct defects free of charge.
H:Article 8 Support Services
P:(1) After the Warranty Period the Contractor shall provide support services (error correction, updates, new versions, telephone and remote assistance) in accordance with the severity levels below, provided that the Client orders them.
TB:Severity|Definition|Response time|Workaround or fix
TB:Severity 1|Recording of distillation or bottling stopped|2 hours, 24 x 7|1 working day
TB:Severity 2|Important function impaired, production continues|1 working day|5 working days
TB:Severity 3|Minor error or question|2 working days|next release
P:(2) The annual support fee amounts to fourteen per cent (14 %) of the Licence Fees, i.e. CNY 114,800 per year, payable annually in arrears. The fee is fixed for the first three support years; afterwards it may be increased by no more than three per cent (3 %) per year. Support is ordered year by year and does not renew automatically.
P:(3) If the Contractor misses a response time, the Client is entitled to a credit of five per cent (5 %) of the annual support fee for each missed response, up to twenty-five per cent (25 %) of the annual support fee.
H:Article 9 Client Data
P:(1) All data entered into or generated by BotaniTrack, including recipes, supplier data and production records, is the property of the Client. The Contractor may use it only to perform this Agreement.
P:(2) Remote access by the Contractor is possible only over the Client's VPN, after the Client has approved each session, and every session is logged. The Contractor shall not copy Client data outside the Client's systems and shall apply appropriate technical and organisational security measures.
P:(3) The Contractor shall notify the Client of any security incident affecting Client data within twenty-four hours after becoming aware of it and shall be liable for all damage caused by its breach of this Article.
H:Article 10 Confidentiality
P:The Parties shall keep secret all business and technical information of the other Party obtained in connection with this Agreement, in particular the Client's recipes and botanical specifications, and shall not disclose it to third parties without the prior written consent of the other Party. This obligation survives for five years after the end of this Agreement.
H:Article 11 Liability
P:(1) The Contractor is liable for damage caused by breach of its obligations under this Agreement.
P:(2) The total liability of the Contractor under this Agreement, including contractual penalties, is limited to the amount of the Licence Fees (CNY 820,000). This limitation does not apply to damage caused intentionally or by gross negligence.
H:Article 12 Subcontractors
P:The Contractor shall not entrust the performance of this Agreement, in whole or in part, to subcontractors without the prior written consent of the Client.
H:Article 13 Termination
P:(1) Either Party may terminate this Agreement by written notice if the other Party materially breaches it and does not remedy the breach within thirty days of a written warning.
P:(2) The Client may also terminate this Agreement if the contractual penalty under Article 5 reaches its maximum.
H:Article 14 Governing Law and Jurisdiction
P:(1) This Agreement is governed by the law of the Republic of Croatia.
P:(2) Any dispute shall be resolved amicably. If that fails, the Commercial Court in Split shall have jurisdiction.
H:Article 15 Obligations of the Client
P:(1) The Client shall provide the server environment described in Annex 1, a VPN connection for the Contractor, and access to its ERP test system.
P:(2) The Client shall appoint a project manager and make its master distiller and quality staff available for the configuration workshops and the acceptance tests.
H:Article 16 Force Majeure
P:Neither Party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government measures, provided that it notifies the other Party without delay and takes reasonable steps to limit the consequences. Deadlines are extended by the duration of such an event.
H:Article 17 Final Provisions
P:(1) Amendments to this Agreement are valid only in written form signed by both Parties.
P:(2) Annex 1 (Specification) and Annex 2 (Acceptance Tests) form an integral part of this Agreement.
P:(3) This Agreement is made in four counterparts in English, two for each Party.
P:For the Contractor: Ivana Depolo, director          For the Client: Zhao Wenbin, general manager
"""

H108E03 = """T:EQUIPMENT SUPPLY AND MAINTENANCE AGREEMENT
P:Agreement No. GICC-2026-07
P:This Equipment Supply and Maintenance Agreement (this "Agreement") is entered into as of June 2, 2026 by and between Dalian Jinshitan Uni Foods Co., Ltd., a company organized under the laws of the People's Republic of China with its principal place of business at 16 Binhai Road, Jinzhou District, Dalian, Liaoning Province ("Buyer"), and Garden Isle Cold Chain Systems LLC, a Hawaii limited liability company with its principal office at 3016 Umi Street, Suite 210, Lihue, Kauai, Hawaii 96766, USA ("Integrator").
P:Buyer processes and packs fresh and frozen sea urchin roe (uni) and wishes to replace its manual temperature logging with a wireless monitoring system in its chilling, brining and frozen-storage areas. Integrator designs and installs such systems for seafood processors. The parties therefore agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, server and accessories listed in Exhibit A.
P:1.2 "Software" means the ColdWatch monitoring software, including its alarm module.
P:1.3 "Equipment and Software Subtotal" means the sum of the prices of items 1 through 4 in Section 3.1.
P:1.4 "Final Acceptance" means Buyer's signature of the Final Acceptance Certificate under Section 6.
H:2. Scope of Supply
P:2.1 Integrator shall supply, install, calibrate and commission sixty-four (64) food-grade wireless temperature probes rated from -40 C to +25 C, eight (8) LoRa gateways, one (1) on-premise monitoring server and the Software, covering the two roe chilling rooms, the brine tanks, the blast freezers and the frozen-storage rooms of Buyer's plant in Dalian.
P:2.2 Integrator shall configure alarm thresholds per room, SMS and app alarms to Buyer's duty staff, and HACCP temperature record reports.
P:2.3 Integrator shall train Buyer's quality and maintenance staff and deliver user and maintenance manuals in English and Chinese.
H:3. Price
P:3.1 The total price under this Agreement is CNY 640,000 (the "Contract Price"), inclusive of all taxes, freight to Buyer's plant, insurance and travel costs, made up as follows: (1) wireless temperature probes, 64 units at CNY 3,850, CNY 246,400; (2) LoRa gateways, 8 units at CNY 12,600, CNY 100,800; (3) monitoring server, 1 unit, CNY 68,000; (4) ColdWatch Software perpetual licence, 1 site, CNY 124,000; (5) installation, calibration and commissioning, CNY 86,800; (6) training and documentation, CNY 14,000.
P:3.2 The Equipment and Software Subtotal is CNY 539,200. The Contract Price is firm and not subject to escalation.
H:4. Payment Terms
P:4.1 No advance payment is payable under this Agreement.
P:4.2 Sixty percent (60%) of the Contract Price is payable within twenty (20) days after all Equipment has been delivered and installed and Buyer has signed the installation record. The installation record confirms quantities only and does not constitute acceptance.
P:4.3 The remaining forty percent (40%) of the Contract Price is payable within twenty (20) days after Final Acceptance.
H:5. Delivery; Liquidated Damages
P:5.1 Integrator shall complete delivery and installation within seventy-five (75) days after the date of this Agreement. The work shall be scheduled so that no more than one chilling room is out of service at a time.
P:5.2 If Integrator fails to meet the date in Section 5.1 for reasons other than Force Majeure or Buyer's delay, Integrator shall pay Buyer liquidated damages equal to one-tenth of one percent (0.1%) of the Contract Price for each day of delay, up to a maximum of ten percent (10%) of the Contract Price.
H:6. Acceptance
P:6.1 After installation, the system shall run for fourteen (14) consecutive days. During that period Integrator shall demonstrate that: (a) every probe reads within plus or minus 0.3 C of a calibrated reference thermometer at two set points; (b) an alarm reaches the duty phone within sixty (60) seconds after a room exceeds its threshold; (c) no probe record shows a gap longer than ten (10) minutes; and (d) the HACCP daily reports export correctly for all rooms.
P:6.2 When all criteria are met, Buyer shall sign the Final Acceptance Certificate within five (5) business days or state its reasons in writing. Installation, use of the system in production or any payment shall not be deemed acceptance.
H:7. Warranty
P:7.1 Integrator warrants that the Equipment and Software will be free from defects in materials, workmanship and design and will perform in accordance with Exhibit A for twenty-four (24) months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period Integrator shall repair or replace defective items, replace probe batteries and recalibrate all probes once a year, at no charge to Buyer.
P:7.3 Service levels during the Warranty Period and any maintenance term: (a) Critical fault (loss of monitoring or alarming for any chilling, brining or freezing area): remote response within thirty (30) minutes, on-site attendance within twelve (12) hours; (b) Major fault (single probe or gateway failed, monitoring continues elsewhere): response within two (2) hours, repair within two (2) business days; (c) Minor fault: response within one (1) business day.
P:7.4 For each hour by which Integrator exceeds a response or on-site time in Section 7.3, Buyer may deduct CNY 600 from any amount due to Integrator.
H:8. Maintenance after the Warranty Period
P:8.1 At Buyer's option, Integrator shall provide maintenance for the third, fourth and fifth years after Final Acceptance, with the same scope and service levels as during the Warranty Period.
P:8.2 The annual maintenance fee is nine and one-half percent (9.5%) of the Equipment and Software Subtotal, i.e. CNY 51,224 per year, fixed for those three years and payable annually in arrears. Maintenance is ordered by Buyer's purchase order each year and does not renew automatically.
H:9. Local Service Partner; Subcontracting
P:9.1 On-site service in Dalian shall be performed by Integrator's authorized service partner named in Exhibit B, which Buyer approves by signing this Agreement.
P:9.2 Integrator shall not otherwise subcontract any part of the work without Buyer's prior written consent. Integrator remains responsible for the acts and omissions of its service partner and any approved subcontractor.
H:10. Buyer Data and Security
P:10.1 All temperature records, alarm logs, HACCP reports and other data generated by the system are Buyer's property. Integrator may use them only to perform this Agreement.
P:10.2 The server is installed in Buyer's plant and shall not be connected to the Internet except through Buyer's firewall. Remote access by Integrator shall be made only through Buyer's VPN, with Buyer's approval for each session, and shall be logged. Integrator shall not copy Buyer data to its own systems.
P:10.3 Integrator shall notify Buyer of any actual or suspected unauthorized access to Buyer data within twelve (12) hours and shall be liable for losses resulting from its breach of this Section 10.
H:11. Intellectual Property
P:11.1 Integrator retains ownership of the Software and grants Buyer a perpetual, non-exclusive licence to use it at Buyer's plant.
P:11.2 The room layouts, alarm configuration, HACCP report templates and integration scripts prepared specifically for Buyer belong to Buyer, which may use and modify them freely and disclose them to any future service provider.
H:12. Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Agreement, including Buyer's production volumes, process parameters and customer information, and shall not disclose it to any third party without prior written consent. This obligation survives for five (5) years after expiry or termination.
H:13. Limitation of Liability
P:Integrator's aggregate liability under this Agreement shall not exceed two hundred percent (200%) of the Contract Price. This limitation does not apply to personal injury, fraud, willful misconduct or breach of Sections 10 and 12.
H:14. Termination
P:14.1 Buyer may terminate this Agreement by written notice if Integrator materially breaches it and fails to cure the breach within fifteen (15) days after written notice, or if liquidated damages under Section 5.2 reach their maximum.
P:14.2 On termination for Integrator's breach, Integrator shall refund amounts paid for items not accepted and remove any Equipment Buyer rejects.
H:15. Governing Law and Disputes
P:15.1 This Agreement shall be governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising out of this Agreement shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The award is final and binding on both parties.
H:16. Buyer's Obligations
P:16.1 Buyer shall provide power outlets, mounting points and network connections at the locations in Exhibit A, and shall give Integrator's personnel access to the plant in accordance with Buyer's food-safety and hygiene rules.
P:16.2 Buyer shall make its quality manager available to confirm alarm thresholds and to witness the acceptance tests.
H:17. Force Majeure
P:Neither party shall be liable for any delay caused by typhoon, earthquake, epidemic, government action or other events beyond its reasonable control, provided it gives prompt written notice to the other party. Time for performance shall be extended accordingly.
H:18. General
P:18.1 This Agreement, together with Exhibit A (Equipment List and Specifications) and Exhibit B (Service Partner), is the entire agreement of the parties. Any amendment must be in writing and signed by both parties.
P:18.2 This Agreement is executed in English in two originals, one for each party.
P:Buyer: Dalian Jinshitan Uni Foods Co., Ltd.    By: ____________________
P:Integrator: Garden Isle Cold Chain Systems LLC    By: ____________________
"""

SOURCES = {"h108z01": H108Z01, "h108z02": H108Z02, "h108e01": H108E01, "h108e03": H108E03}
TARGETS = {"h108z01": ("h108z01_railway_freight_yard_dispatch_platform_integration.docx", "docx"),
           "h108z02": ("h108z02_molybdenum_smelter_online_grade_analyser.pdf", "pdf"),
           "h108e01": ("h108e01_gin_distillery_botanical_batch_tracking_licence.docx", "docx"),
           "h108e03": ("h108e03_sea_urchin_processor_chiller_sensors_maintenance.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
