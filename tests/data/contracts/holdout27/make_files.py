"""Builds the .docx and .pdf contracts of holdout27 from the markup below (see ../word_pdf.py for the markup).

Run with /work/main/.venv/bin/python from anywhere: the files are written next to this script. The PDFs' paragraphs
are broken into lines at word boundaries first (word_pdf.prewrap), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H27Z02 = """
T:临州市博物馆文物库房环境监测及安防设备采购合同
P:合同编号：LZBWG-CG-2025-009
P:采购人（甲方）：临州市博物馆
P:地址：临州市文华路58号
P:供应商（乙方）：安珀文保科技有限公司
P:地址：苏州市工业园区星湖街328号
P:根据临州市博物馆文物库房环境监测及安防设备采购项目（项目编号：LZCG-2025-0317）的招标文件、乙方的投标文件及中标通知书，甲乙双方按照《中华人民共和国民法典》《中华人民共和国政府采购法》的规定，经协商一致，签订本合同。
H:一、合同标的及价款
P:（一）乙方向甲方供应文物库房恒温恒湿空调、微环境监测终端、展柜恒湿机、库房门禁及视频监控设备和环境监测管理软件，并负责安装、调试、系统集成、培训及质保期内的维护服务。设备的品牌、型号及技术参数以附件一《供货清单及技术参数》为准。
P:（二）合同总价为人民币贰佰伍拾柒万元整（¥2,570,000.00）。合同总价为固定价格，包括设备价款、软件许可、包装运输、保险、安装调试、系统集成、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|库房专用恒温恒湿精密空调|8台|126,000|1,008,000
TB:2|微环境监测终端（温湿度、光照、紫外、VOC）|220个|1,850|407,000
TB:3|展柜恒湿机|60台|7,600|456,000
TB:4|库房门禁及视频监控（摄像机96路、NVR及门禁控制器）|1套|368,000|368,000
TB:5|环境监测管理软件（永久许可）|1套|156,000|156,000
TB:|设备小计|||2,395,000
TB:6|安装调试及系统集成|1项|148,000|148,000
TB:7|培训|1项|27,000|27,000
TB:|合计|||2,570,000
H:二、交货与安装
P:（一）乙方应在合同签订后四十五日内将全部设备运至甲方库房现场，并在到货后三十日内完成安装调试和系统集成。
P:（二）库房属文物保管重地，乙方进场施工须遵守甲方的文物安全管理规定，施工人员名单提前报甲方保卫部门审核，进出库房须由甲方保管人员全程陪同。施工中不得使用明火，不得在库房内存放易燃物品。
P:（三）设备到货后，双方共同开箱检验并签署到货签收单。到货签收仅确认设备的品牌、型号、数量和外观，不构成对设备质量和系统性能的验收。
P:（四）乙方应做好库房内文物及装具的防护，因乙方施工造成文物、装具或建筑设施损坏的，乙方承担全部修复及赔偿责任。
H:三、付款方式
P:（一）合同签订后，乙方提交合同总价百分之十的预付款保函，甲方在十个工作日内支付预付款人民币贰拾伍万柒仟元整（¥257,000.00），即合同总价的百分之十。
P:（二）全部设备到货并经到货签收后，甲方在十五个工作日内支付合同总价的百分之四十，即人民币壹佰零贰万捌仟元整（¥1,028,000.00）。
P:（三）项目通过最终验收后，甲方在十五个工作日内支付合同总价的百分之五十，即人民币壹佰贰拾捌万伍仟元整（¥1,285,000.00）。
P:（四）乙方应在每次付款前开具等额合法发票。甲方付款通过国库集中支付方式办理。
H:四、验收
P:（一）安装调试完成后，乙方向甲方提交验收申请、调试记录及自检报告。甲方组织由本馆保管部、保卫部、信息中心及外聘专家组成的验收小组进行验收。
P:（二）验收标准：
P:1. 设备品牌、型号、配置及数量与附件一一致，随机资料及合格证齐全；
P:2. 恒温恒湿空调在满负荷条件下连续运行七十二小时，库房温度控制在20℃±1℃，二十四小时温度波动不超过1℃，相对湿度控制在50%±5%；
P:3. 微环境监测终端全部在线，数据采集间隔不超过五分钟，超限报警在一分钟内推送至管理软件及值班人员手机；
P:4. 视频监控全部96路画面清晰，录像保存时间不少于九十日，门禁记录与视频联动正常；
P:5. 管理软件的历史数据查询、报表导出、权限管理及与甲方安防平台的对接功能符合附件一的要求。
P:（三）上述测试通过后进入三十日试运行。试运行期间系统运行稳定、无一级故障的，甲方组织最终验收并签署验收报告。
P:（四）设备到货、安装完成、试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在十日内整改并承担费用，整改后重新验收。
H:五、质量保证及售后服务
P:（一）全部设备及软件的免费质保期为二十四个月，自最终验收合格之日起计算。质保期内，设备出现非人为损坏的故障，乙方免费维修或更换，软件免费升级。
P:（二）乙方在临州市区设立服务网点，常备压缩机、风机、监测终端等关键备件。
P:（三）故障分级及响应时限如下：
TB:故障级别|故障情形|响应时限|到场时限|修复时限
TB:一级|库房温湿度失控、两台以上空调停机、安防系统全部离线|十五分钟|两小时|六小时
TB:二级|单台空调停机、部分监测终端或摄像机离线|三十分钟|八小时|二十四小时
TB:三级|单个展柜恒湿机或单个终端故障、软件一般问题|两小时|两个工作日|五个工作日
P:（四）乙方未按上表时限响应、到场或修复的，每超时一小时，甲方可扣减违约金人民币壹仟元；一级故障导致库房温湿度超出文物保存标准的，乙方还应承担由此造成的文物保护损失。上述款项甲方可在应付款项中直接扣除。
P:（五）质保期内乙方每季度对全部设备进行一次预防性巡检，并提交巡检报告。
P:（六）质保期满后，甲方如需乙方继续提供维保服务，双方另行签订维保合同。维保年费不超过设备小计的百分之六，即每年不超过人民币壹拾肆万叁仟柒佰元整（¥143,700.00），质保期满后三年内不上调。维保合同按年签订，不自动续期。
H:六、数据安全
P:（一）库房环境监测数据、视频录像、门禁及出入记录、文物库位信息等数据均属于甲方所有。乙方不得复制、留存或将其用于本合同以外的任何用途。
P:（二）环境监测管理软件及视频监控系统部署于甲方内网，与互联网物理隔离。乙方远程维护须经甲方书面批准，并在甲方人员监督下通过甲方堡垒机进行，操作全程记录。
P:（三）更换的硬盘、存储卡等存储介质由甲方留存，乙方不得带离。
P:（四）发生数据泄露、丢失或系统被非法侵入等安全事件的，乙方应在两小时内报告甲方并协助处置。因乙方原因导致安全事件的，乙方承担全部责任并赔偿甲方损失。
H:七、保密
P:乙方对在履行合同过程中知悉的库房位置、文物藏品信息、安防布局、门禁及监控设置等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:八、知识产权
P:（一）乙方为本项目定制的监测点位配置、报表模板及与甲方安防平台的对接程序，其知识产权归甲方所有，乙方应向甲方交付源代码及文档。
P:（二）环境监测管理软件的著作权归乙方所有，乙方授予甲方永久使用许可。乙方保证所供设备及软件不侵犯第三方知识产权。
H:九、分包
P:乙方不得转包本合同。乙方拟将管线敷设等辅助施工分包的，须事先取得甲方书面同意，分包单位应具备相应资质，乙方对分包工作承担全部责任。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一周，按合同总价的千分之二向甲方支付违约金，不足一周的按一周计算。
P:（二）乙方所供设备与合同约定不符的，甲方有权要求乙方在十日内更换，并按前款规定承担逾期违约金。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）不超过人民币伍拾万元整（¥500,000.00）。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十一、合同解除
P:（一）乙方逾期交货超过四十日，或设备经两次整改仍不能通过验收，或乙方违反本合同第六条、第七条约定的，甲方有权书面通知解除合同，乙方应退还已收款项并承担违约责任。
P:（二）乙方有其他严重违约行为，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同。
H:十二、适用法律及争议解决
P:本合同适用中华人民共和国法律。履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十三、其他
P:（一）本合同自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
P:（二）本合同一式六份，甲方执四份，乙方执两份。
P:附件一：供货清单及技术参数　附件二：安装施工方案　附件三：售后服务承诺
P:甲方（盖章）：临州市博物馆　　　　乙方（盖章）：安珀文保科技有限公司
P:授权代表：　　　　　　　　　　　　授权代表：
P:日期：　　年　月　日　　　　　　　日期：　　年　月　日
"""

H27Z03 = """
T:体育彩票销售终端及通信网络运维服务合同
P:合同编号：HJTC-YW-2025-011
P:甲方：衡江省体育彩票管理中心
P:地址：衡江市体育路36号
P:乙方：中迅运维服务有限公司
P:地址：衡江市高新区创业大道1088号
P:甲方就全省体育彩票销售终端及通信网络运维服务项目进行公开招标，乙方中标。根据《中华人民共和国民法典》及招标文件、投标文件，双方签订本合同。
H:1 服务范围与期限
P:1.1 乙方为甲方提供以下运维服务：全省约三千六百台体育彩票销售终端的上门维修、更换及巡检；销售网点4G及有线专线通信链路的监控与故障处理；省中心机房销售系统服务器、网络、存储设备的日常运维；7×24小时服务台，受理网点及甲方的报修和咨询。
P:1.2 服务期限为二十四个月，自接管验收合格之日的次日起计算。
P:1.3 乙方应在合同生效后三十日内完成运维接管，包括资产清点、运维台账建立、服务台开通、备件库建立及人员到岗。
P:1.4 服务团队：乙方在省中心派驻项目经理一名、系统工程师三名、网络工程师两名，在每个地市配备不少于两名专职终端维修工程师。驻场人员名单、资质证书及联系方式作为附件一的组成部分，人员变更须提前十日书面报甲方同意。
P:1.5 备件管理：乙方在省会城市设立中心备件库，在各地市设立备件点，常备销售终端整机、打印机芯、主板、读票器、通信模块等备件，备用终端数量不少于在用终端总数的百分之三。备件出入库记录每月报甲方备案。
P:1.6 服务时间：服务台及省中心运维7×24小时值守；网点上门服务时间为每日8:00至22:00，覆盖全部销售时段。法定节假日、重大赛事及大奖派奖期间，乙方应按甲方要求增派人员值守。
H:2 服务费用
P:2.1 月度运维服务费为人民币壹拾陆万捌仟元整（¥168,000.00），服务期二十四个月共计人民币肆佰零叁万贰仟元整（¥4,032,000.00）。
P:2.2 一次性接管服务费为人民币玖万陆仟元整（¥96,000.00）。
P:2.3 本合同总价为人民币肆佰壹拾贰万捌仟元整（¥4,128,000.00）。上述费用包括人员、交通、工具、备件及税费，更换的终端整机由甲方另行采购。
H:3 付款方式
P:3.1 本合同不设预付款。
P:3.2 接管服务费在接管验收合格后十五个工作日内支付。
P:3.3 运维服务费按季度支付。每季度结束后十个工作日内，乙方提交季度服务报告，甲方按第6条考核并扣减相应款项后，在十五个工作日内支付该季度服务费。
P:3.4 乙方应在收款前开具合规的增值税发票。
H:4 接管验收
P:4.1 乙方完成第1.3款工作后，书面申请接管验收。甲方在五个工作日内组织验收。
P:4.2 接管验收标准：资产清点结果与甲方台账核对一致，差异已书面确认；服务台、工单系统及监控平台开通并完成与甲方销售系统告警的对接；备件库的备件种类和数量符合投标承诺；运维人员按投标文件到岗并通过甲方安全培训；应急预案经甲方审定；接管后连续十五日未发生因乙方原因导致的一级故障。
P:4.3 乙方开始提供服务或甲方支付款项，不视为接管验收合格。服务期满时，双方进行期末验收，乙方移交运维台账、文档及知识库。
H:5 服务水平
P:5.1 省中心销售系统月度可用率不低于99.5%。可用率为当月总分钟数扣除非计划中断分钟数后，占当月总分钟数的比例。计划内维护须提前三个工作日经甲方批准，并安排在非销售时段进行。
P:5.2 故障分级与响应：一级故障指省中心销售系统中断，或一个地市百分之十以上的网点无法销售。乙方应在十五分钟内响应，三十分钟内启动应急预案，两小时内恢复销售。二级故障指单个网点终端或通信链路故障导致该网点无法销售。乙方应在三十分钟内响应，市区网点六小时内、县乡网点十二小时内到场修复或更换备机。三级故障指不影响销售的一般故障，乙方应在两个工作日内处理完毕。
P:5.3 终端巡检：乙方每半年对全部网点终端巡检一次，并清洁打印机、更换易损件。
P:5.4 服务报告：乙方应在每月五日前提交上月运维月报，内容包括故障统计、响应及修复时效、可用率、备件消耗、巡检完成情况及改进建议；一级故障处理完毕后二十四小时内提交故障分析报告。
P:5.5 变更管理：乙方对省中心销售系统的任何变更，均须提交变更方案，经甲方审批后在非销售时段实施，并事先准备回退方案。
H:6 考核与扣款
P:6.1 省中心销售系统月度可用率低于99.5%的，每低于0.1个百分点，扣减当月运维服务费的百分之五，当月扣减总额不超过当月运维服务费的百分之二十五。
P:6.2 一级故障每超时响应一次扣减人民币贰仟元，超过恢复时限的每小时扣减人民币伍仟元；二级故障每超时一次扣减人民币贰佰元。
P:6.3 甲方每季度按附件二考核细则评分。季度考核得分低于八十五分的，扣减当季运维服务费的百分之三。
P:6.4 扣减款项从当季应付服务费中直接扣除。
H:7 合同期满与续期
P:7.1 服务期满前三十日内，任何一方均未书面提出不再续约的，本合同自动续期一年，续期可连续进行。
P:7.2 续期期间，乙方有权根据人工、备件及通信成本的变化调整月度运维服务费，调整幅度不超过上一期月度运维服务费的百分之八，乙方应在续期开始前以书面方式通知甲方调整后的费用标准。
H:8 数据安全
P:8.1 乙方在运维过程中接触的彩票销售数据、投注数据、网点及代销者信息、系统配置和日志均属于甲方所有，乙方不得留存、复制或用于本合同以外的任何用途。
P:8.2 乙方对省中心机房设备的操作须经甲方审批，并通过甲方堡垒机进行，全程录像和日志审计。乙方人员不得在销售时段对生产系统进行变更。
P:8.3 从网点回收的故障终端，乙方应在甲方人员监督下清除存储数据后方可返修，存储部件不得带出甲方指定场所。
P:8.4 乙方应遵守国家网络安全等级保护及彩票管理的有关规定。发生数据泄露、篡改或系统被非法入侵等事件的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:9 保密
P:9.1 乙方对履行本合同过程中知悉的销售系统架构、网络拓扑、密钥与口令、销售数据及甲方其他未公开信息负有保密义务，不得向第三方披露。
P:9.2 乙方应与全部运维人员签订保密协议，并在人员离岗时收回其全部账号和权限。保密义务在合同终止后继续有效。
H:10 知识产权
P:乙方在服务期内编制的运维台账、巡检报告、操作手册、自动化脚本及知识库内容归甲方所有，甲方有权自由使用或提供给后续服务商。
H:11 分包
P:11.1 乙方不得将本合同转包。
P:11.2 乙方确需委托地市服务网点承担部分县乡网点上门服务的，须事先取得甲方书面同意，并对受托方的服务承担全部责任。
H:12 违约责任
P:12.1 乙方未按第1.3款期限完成接管的，每逾期一日向甲方支付违约金人民币叁仟元整。
P:12.2 乙方运维人员未按投标承诺到岗的，每人每日扣减人民币伍佰元。
P:12.3 乙方在本合同项下的累计赔偿责任不超过合同总价的百分之一百五十，但因乙方故意、重大过失或违反第8条、第9条造成的损失除外。
P:12.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:13 合同解除
P:13.1 有下列情形之一的，甲方有权书面通知乙方解除本合同：乙方逾期接管超过二十日；连续两个季度考核不合格；乙方违反第8条、第9条或第11条；乙方有其他重大违约，经甲方书面通知后十日内仍未纠正。
P:13.2 合同解除的，乙方应在甲方指定期限内完成交接，配合新服务商接管，交接期间不得中断服务。
P:13.3 合同期满或解除时，乙方应向甲方移交全部运维台账、配置文档、账号权限清单及备件库中属于甲方的设备，并经甲方确认后方可办理服务费结算。
H:14 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:15 其他
P:15.1 本合同自双方签字盖章之日起生效。
P:15.2 本合同附件为合同组成部分：附件一 运维服务内容及网点清单；附件二 季度考核细则；附件三 应急预案框架。
P:15.3 本合同一式四份，双方各执两份。
P:甲方（盖章）：衡江省体育彩票管理中心　　乙方（盖章）：中迅运维服务有限公司
P:日期：　　年　月　日　　　　　　　　　日期：　　年　月　日
"""

H27E02 = """
T:EQUIPMENT SUPPLY AND MAINTENANCE CONTRACT - HYPERCONVERGED INFRASTRUCTURE
P:Contract No.: DHOS-IT-2025-028
P:Buyer: Donghai Ocean Shipping Co., Ltd., No. 450 Dongdaming Road, Hongkou District, Shanghai, PRC (the "Buyer").
P:Supplier: Pacific Crest Systems (Shanghai) Co., Ltd., a subsidiary of Pacific Crest Systems Limited (Hong Kong), Room 2201, 58 Century Avenue, Pudong New Area, Shanghai, PRC (the "Supplier").
P:The Buyer invited tenders for the replacement of its data-centre server and storage platform, which runs the container booking, vessel operations, equipment control and finance systems of the Buyer's liner business. The Supplier's tender was accepted. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Equipment" means the hardware and the embedded and licensed software listed in Article 2, including all firmware, accessories and documentation.
P:1.2 "Services" means the delivery, installation, configuration, data migration, testing, training and support services described in this Contract and in Annex 2.
P:1.3 "Installation Certificate" means the certificate signed by the Buyer under Article 5.2 when the Equipment has been installed and powered on.
P:1.4 "Final Acceptance" means acceptance under Article 5.4.
P:1.5 "Buyer Data" means all data stored on or processed by the Equipment, including booking, cargo, vessel, crew and customer data, and data migrated from the Buyer's existing platform.
H:Article 2 Scope and Price
P:2.1 The Supplier shall supply the Equipment and perform the Services at the Buyer's primary data centre in Shanghai (Yangpu) and its disaster-recovery site in Taicang.
P:2.2 The Contract Price is CNY 5,330,000 (five million three hundred and thirty thousand Renminbi), including VAT, packing, transport, insurance, installation and all other costs of the Supplier. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Hyperconverged nodes, 2 x 32-core CPU, 1.5 TB memory, 8 x 7.68 TB NVMe|12|268,000|3,216,000
TB:2|Backup appliance with 400 TB usable capacity|2|415,000|830,000
TB:3|Top-of-rack 100 GbE switches|4|96,500|386,000
TB:4|Hyperconverged software licences, perpetual, per node|12|42,000|504,000
TB:|Hardware and Licence Subtotal|||4,936,000
TB:5|Installation, configuration and migration of 420 virtual machines|1|356,000|356,000
TB:6|Training (administrators and operators)|1|38,000|38,000
TB:|Contract Price|||5,330,000
P:2.3 The Contract Price is fixed and shall not be adjusted for changes in exchange rates, import duties or the Supplier's costs.
H:Article 3 Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to both sites within forty-five (45) days after the Contract takes effect and complete installation within fifteen (15) days after delivery.
P:3.2 The Supplier shall complete the migration of the virtual machines in three batches according to the cut-over plan agreed with the Buyer, outside the Buyer's vessel-schedule publication windows.
P:3.3 The Equipment shall be new, of current production, and supplied through the manufacturer's authorised channel in mainland China with the manufacturer's warranty registered in the Buyer's name.
H:Article 4 Payment
P:4.1 10% of the Contract Price (CNY 533,000) as an advance payment within fifteen (15) business days after the Supplier provides an advance-payment bank guarantee of the same amount, issued by a bank in mainland China.
P:4.2 50% of the Contract Price (CNY 2,665,000) within fifteen (15) business days after the Installation Certificate for both sites has been signed. The Installation Certificate confirms delivery and installation only and is not acceptance of the Equipment.
P:4.3 40% of the Contract Price (CNY 2,132,000) within fifteen (15) business days after Final Acceptance.
P:4.4 Each payment is made against a correct invoice and VAT special invoice (fapiao). The Buyer may deduct from any payment the liquidated damages and service deductions due from the Supplier.
H:Article 5 Inspection, Testing and Acceptance
P:5.1 On delivery the parties shall jointly check the model, quantity, serial numbers and condition of the Equipment against the packing list.
P:5.2 When the Equipment at a site has been installed and powered on, and all nodes have joined the cluster, the Buyer shall sign an Installation Certificate for that site.
P:5.3 The Supplier shall then carry out the acceptance tests in Annex 2, which include: (a) node failure and recovery without interruption of running virtual machines; (b) failure of one top-of-rack switch without loss of service; (c) replication of the agreed protection groups to the Taicang site and a planned failover and failback within the agreed recovery objectives; (d) backup and restore of a full copy of the booking database, verified by checksum; (e) checksum verification of all migrated virtual machine disks; and (f) performance of not less than 350,000 IOPS at a latency of less than one millisecond under the agreed test profile.
P:5.4 After the tests have been passed, the Equipment shall run in production for thirty (30) consecutive days without a Severity 1 incident. The parties shall then sign the Final Acceptance Certificate.
P:5.5 Delivery, installation, the Installation Certificate, use of the Equipment in production or payment of any instalment shall not constitute acceptance. If a test fails, the Supplier shall remedy the failure at its cost and the test shall be repeated.
H:Article 6 Warranty
P:6.1 The Supplier warrants that the Equipment is free from defects in design, materials and workmanship and conforms to the specifications in Annex 1 for thirty-six (36) months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Supplier shall, free of charge, repair or replace defective Equipment, provide firmware and software updates, and provide the support in Article 7.
H:Article 7 Support Service Levels
P:7.1 The Supplier shall operate a 24x7 support hotline and respond to incidents as follows:
TB:Severity|Definition|Response|Engineer on site|Restoration
TB:Severity 1|Cluster or backup service down, or production virtual machines unavailable|30 minutes|3 hours|8 hours
TB:Severity 2|Redundancy lost or performance seriously degraded, service still running|1 hour|8 hours|24 hours
TB:Severity 3|Single component fault with no service impact, or request for information|next business day|as agreed|5 business days
P:7.2 For each hour by which the Supplier exceeds a response, on-site or restoration time for a Severity 1 incident, the Supplier shall pay the Buyer CNY 2,000; for Severity 2 incidents, CNY 500 per hour.
P:7.3 The Supplier guarantees an availability of the hyperconverged cluster of 99.99% in each year of the Warranty Period, excluding planned maintenance agreed with the Buyer. For each year in which this is not met, the Supplier shall pay the Buyer a service credit of CNY 50,000.
P:7.4 Failed drives and other storage media remain with the Buyer and shall be destroyed on the Buyer's premises; the Supplier shall not take them away.
H:Article 8 Post-Warranty Support
P:8.1 The Supplier shall offer support for the Equipment for at least seven (7) years after Final Acceptance.
P:8.2 If the Buyer orders support after the Warranty Period, the annual support fee shall be 7% of the Hardware and Licence Subtotal, namely CNY 345,520 per year, for the fourth and fifth years after Final Acceptance. Support is ordered by the Buyer's purchase order for each year and does not renew automatically. The service levels in Article 7 apply.
H:Article 9 Liquidated Damages
P:9.1 If the Supplier fails to deliver the Equipment, complete installation or achieve Final Acceptance by the dates in this Contract for reasons attributable to the Supplier, it shall pay liquidated damages of 0.5% of the Contract Price for each full week of delay, up to a maximum of 10% of the Contract Price.
P:9.2 If the maximum is reached, the Buyer may terminate this Contract under Article 15.
H:Article 10 Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, retain or disclose it.
P:10.2 The Supplier's personnel shall work on the Buyer's premises under the Buyer's supervision. Remote access is allowed only for a specific incident, with the Buyer's approval for each session, through the Buyer's privileged-access management system, and every session is recorded.
P:10.3 The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the PRC and with the Buyer's information security policies, and shall ensure that its personnel and any approved subcontractors do the same.
P:10.4 The Supplier shall notify the Buyer of any actual or suspected incident affecting Buyer Data within twelve (12) hours, shall take immediate measures to limit its effects, and shall compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Contract, including the Buyer's network design, passwords, commercial information and customer data, and shall not disclose it to any third party without prior written consent. This obligation survives termination for five (5) years.
H:Article 12 Intellectual Property
P:12.1 The design documents, configuration scripts, migration scripts and runbooks prepared by the Supplier for this project belong to the Buyer, which may use and modify them freely and provide them to any other service provider.
P:12.2 The software in the Equipment remains the property of its owners and is licensed to the Buyer perpetually for use with the Equipment.
H:Article 13 Subcontracting
P:The Supplier shall not subcontract any part of the Services without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Article 14 Limitation of Liability
P:The Supplier's total liability under this Contract is limited to one hundred and twenty per cent (120%) of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence, infringement of intellectual property rights or breach of Articles 10 and 11.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen (15) days after written notice, if the liquidated damages reach their maximum, or if the Equipment fails the acceptance tests twice.
P:15.2 On termination under Article 15.1, the Supplier shall refund all amounts paid against return of the Equipment and compensate the Buyer for its losses, subject to Article 14.
H:Article 16 Force Majeure
P:A party affected by force majeure shall notify the other party within five (5) days and provide evidence. Performance is suspended for the duration of the event. If it lasts more than sixty (60) days, either party may terminate this Contract.
H:Article 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.
H:Article 18 Miscellaneous
P:18.1 This Contract takes effect on signature and sealing by both parties. It is made in two originals in English, one for each party.
P:18.2 Annex 1: Technical specifications. Annex 2: Installation, migration and acceptance test plan. Annex 3: Delivery schedule.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H27E05 = """
T:SAP APPLICATION MANAGEMENT SERVICES AGREEMENT
P:Agreement No.: QST-AMS-2025-004
P:This Agreement is entered into between Qingshan Tyre Co., Ltd., No. 6 Lunhai Road, Huangdao District, Qingdao, Shandong, PRC ("Customer"), and Vantara Digital Services (Shanghai) Co., Ltd., Floor 12, 500 Shangcheng Road, Pudong New Area, Shanghai, PRC ("Provider").
P:Customer runs SAP S/4HANA for finance, controlling, sales and distribution, materials management, production planning, quality management and plant maintenance at its three tyre plants and its headquarters, and SAP Extended Warehouse Management at its central warehouse. Customer wishes to outsource the support and continuous improvement of these systems to Provider, and Provider wishes to provide these services, on the terms of this Agreement.
H:Section 1 Definitions
P:1.1 "Services" means the application management services described in Section 2 and Schedule A.
P:1.2 "Customer Systems" means the SAP systems and interfaces listed in Schedule A, including the production, quality-assurance and development systems.
P:1.3 "Customer Data" means all data held in or extracted from the Customer Systems, tickets, attachments and any other data provided by Customer, including personal information of Customer's employees, dealers and customers.
P:1.4 "Incident" means an unplanned interruption or degradation of a Customer System. "Service Request" means a request for a standard change, user administration or information.
P:1.5 "Transition" means the knowledge transfer and take-over of the Services from Customer's current provider, as described in Schedule B.
P:1.6 "Monthly Service Charge" means the fixed monthly charge in Section 4.1.
H:Section 2 Scope of Services
P:2.1 Provider shall provide, from the Service Commencement Date: (a) a service desk for SAP Incidents and Service Requests, available 24 hours a day, 7 days a week for production planning, warehouse and sales order processing, and from 08:00 to 20:00 on business days for other modules; (b) second- and third-level functional and technical support for all modules in Schedule A; (c) corrective maintenance of custom ABAP developments, forms, reports, interfaces and enhancements; (d) minor enhancements of up to 600 person-hours per contract year; (e) period-end closing support, including on-site support at headquarters on the last and first two business days of each month; (f) coordination with SAP support and Customer's infrastructure provider; and (g) monthly service reporting and quarterly service reviews.
P:2.2 The Services are delivered from Provider's delivery centres in Shanghai and Dalian, with one functional consultant on site in Qingdao on business days.
P:2.3 Projects outside the scope in Section 2.1, such as new rollouts or version upgrades, shall be agreed in separate work orders.
H:Section 3 Term
P:3.1 This Agreement takes effect on signature. The Service Period is twenty-four (24) months from the Service Commencement Date, which is the day after Transition Acceptance under Section 6.
P:3.2 This Agreement ends at the end of the Service Period. Any extension shall be agreed by written amendment signed by both parties.
H:Section 4 Charges and Payment
P:4.1 The Monthly Service Charge is CNY 138,000, for a total of CNY 3,312,000 over the Service Period.
P:4.2 The Transition Fee is CNY 120,000, a one-time charge.
P:4.3 The total value of this Agreement is CNY 3,432,000, including VAT. The charges are fixed for the Service Period.
P:4.4 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, together with the monthly service report. No amount is payable in advance.
P:4.5 Customer shall pay each correct invoice within thirty (30) days after receipt of the invoice and the VAT special invoice (fapiao). Customer may deduct service credits from any invoice.
H:Section 5 Transition
P:5.1 Provider shall complete Transition within sixty (60) days after signature of this Agreement, in accordance with the plan in Schedule B.
P:5.2 Transition comprises knowledge-transfer sessions with Customer's current provider and key users, documentation of all custom developments and interfaces, a shadow phase of ten (10) business days in which Provider observes ticket handling, and a reverse-shadow phase of ten (10) business days in which Provider handles tickets under supervision.
P:5.3 If Transition Acceptance is delayed beyond the date in Section 5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 3,000 for each day of delay, up to a maximum of CNY 120,000.
H:Section 6 Transition Acceptance
P:6.1 Transition Acceptance requires that: (a) the reverse-shadow phase has been completed with at least 95 per cent of tickets resolved by Provider within the service levels in Section 7 and without any Priority 1 Incident caused by Provider; (b) the knowledge base, the operations manual and the inventory of custom developments and interfaces have been delivered and approved by Customer; (c) Provider's staff have been granted and have tested their access through Customer's access-management system; and (d) the month-end closing runbook has been tested in at least one month-end close.
P:6.2 Customer shall confirm Transition Acceptance in writing within five (5) business days after the criteria are met, or state the reasons why they are not met.
P:6.3 Provider's handling of live tickets during Transition does not constitute Transition Acceptance.
P:6.4 At the end of the Service Period, Provider shall hand over the Services to Customer or a successor provider in an orderly manner and provide reasonable assistance for up to thirty (30) days, at no extra charge.
H:Section 7 Service Levels
P:7.1 Provider shall meet the following service levels, measured monthly:
P:Priority 1 - production stopped at a plant or the warehouse, goods issue or billing impossible, or month-end closing blocked: response within 30 minutes, workaround or resolution within 6 hours, continuous work until resolved.
P:Priority 2 - a key business process seriously impaired with a workaround available: response within 1 hour, resolution within 2 business days.
P:Priority 3 - other Incidents: response within 8 business hours, resolution within 5 business days.
P:Service Requests - fulfilled within 3 business days, or as agreed for the request.
P:7.2 If Provider misses the Priority 1 response or resolution time for any Incident, it shall credit Customer with 2% of the Monthly Service Charge per Incident. If fewer than 90 per cent of Priority 2 and Priority 3 Incidents in a month are resolved within the resolution times, Provider shall credit Customer with 5% of the Monthly Service Charge. Credits for a month shall not exceed 20% of the Monthly Service Charge for that month.
P:7.3 Service credits are without prejudice to Customer's other rights under this Agreement.
P:7.4 Provider shall submit the monthly service report by the fifth business day of the following month, including ticket statistics, service-level performance, root-cause analyses of Priority 1 Incidents, and the minor-enhancement hours used.
H:Section 8 Personnel
P:8.1 Provider shall assign a named service delivery manager and maintain a team with the skills in Schedule C. Provider shall not replace the service delivery manager or the on-site consultant without Customer's prior approval, except in case of resignation or illness.
P:8.2 Customer may require the replacement of any member of Provider's team who does not perform satisfactorily or who breaches Customer's site or security rules.
H:Section 9 Customer Data and Security
P:9.1 Customer Data belongs to Customer. Customer grants Provider the right to use Customer Data to perform the Services.
P:9.2 Customer further agrees that Provider may use anonymised ticket texts, incident descriptions, resolution notes and configuration patterns derived from Customer Data to train and improve Provider's AI service-desk assistant and its knowledge repository, which Provider uses in providing services to its other clients, during and after the Service Period.
P:9.3 Provider's staff shall access the Customer Systems only through Customer's jump servers with multi-factor authentication and individual named accounts. Provider shall not download or extract production data to its own systems, and shall use only test data prepared by Customer in non-production systems.
P:9.4 Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the PRC, and with Customer's information security policies notified to Provider. Provider shall hold a valid ISO/IEC 27001 certificate for its delivery centres.
P:9.5 Provider shall notify Customer of any actual or suspected security incident involving Customer Data or the Customer Systems within twenty-four (24) hours, shall take all steps needed to contain the incident and shall compensate Customer for losses caused by an incident attributable to Provider.
P:9.6 At the end of the Service Period Provider shall return all Customer Data in its possession and delete all copies, and confirm the deletion in writing.
H:Section 10 Intellectual Property
P:10.1 All custom developments, enhancements, forms, reports, interface programs, documentation and runbooks created by Provider under this Agreement belong to Customer, which may use, modify and license them freely.
P:10.2 Provider retains its pre-existing tools and methods, and grants Customer a perpetual, free licence to any of them incorporated into the deliverables.
H:Section 11 Subcontracting
P:Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the performance of any approved subcontractor.
H:Section 12 Liability
P:12.1 Neither party is liable to the other for indirect or consequential loss or loss of profit, except in the case of wilful misconduct or gross negligence.
P:12.2 Provider's total liability under this Agreement is limited to one hundred and twenty-five per cent (125%) of the total value of this Agreement. The limit does not apply to personal injury, wilful misconduct or breach of Section 9.
H:Section 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after receiving written notice of the breach.
P:13.2 Customer may terminate this Agreement by written notice if Provider misses the Priority 1 service levels in three consecutive months, or if Transition Acceptance is not achieved within forty-five (45) days after the date in Section 5.1.
P:13.3 On termination, Provider shall provide exit assistance under Section 6.4 and Customer shall pay the charges for Services performed up to the termination date.
H:Section 14 Force Majeure
P:Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to resume performance. Provider shall maintain its business continuity plan for the delivery centres.
H:Section 15 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute which the parties cannot settle by negotiation within thirty (30) days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.
H:Section 16 General
P:16.1 This Agreement, with Schedule A (Customer Systems and Scope), Schedule B (Transition Plan) and Schedule C (Team and Skills), is the entire agreement of the parties on its subject matter.
P:16.2 Changes to this Agreement are valid only if made in writing and signed by both parties.
P:16.3 This Agreement is signed in two originals, one for each party.
P:For Customer: ____________________    For Provider: ____________________
"""

SOURCES = {"h27z02": H27Z02, "h27z03": H27Z03, "h27e02": H27E02, "h27e05": H27E05}
TARGETS = {"h27z02": ("h27z02_museum_storeroom_environment_security_equipment.docx", "docx"),
           "h27z03": ("h27z03_sports_lottery_terminal_network_om_service.pdf", "pdf"),
           "h27e02": ("h27e02_shipping_line_hyperconverged_supply_maintenance.docx", "docx"),
           "h27e05": ("h27e05_tyre_maker_sap_application_management.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
