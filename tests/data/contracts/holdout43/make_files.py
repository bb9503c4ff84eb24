"""Builds the .docx and .pdf contracts of holdout43 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts of this folder are plain files and
are not built here. PDFs are broken into lines at word boundaries (wrap_words=True), as in holdout15 onwards.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H43Z01 = """
T:西江省医疗保障局医保结算系统集成项目合同
P:合同编号：XJYB-2025-JC-017
P:采购项目编号：XJZC-2025-0316
P:采购人（甲方）：西江省医疗保障局
P:地址：西江省江城市滨江大道168号
P:供应商（乙方）：华信融通科技股份有限公司
P:地址：江城市高新区光谷三路27号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规、本项目公开招标文件及乙方投标文件，甲乙双方经协商一致，就西江省医保结算系统集成项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责西江省医保结算系统（含省内住院结算、门诊统筹结算、异地就医直接结算、两定机构对账）所需软硬件的供货、安装、部署、系统集成、接口开发、历史数据迁移及培训，并在质保期内提供维护服务。
P:1.2 项目实施地点为甲方指定的省医保数据中心主机房及同城灾备机房。乙方应按甲方要求完成主备机房的双活部署。
P:1.3 货物清单、技术参数及服务要求以招标文件第五章和乙方投标文件为准，构成本合同附件。乙方投标文件中优于招标文件的承诺，同样构成乙方的合同义务。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰贰拾陆万元整（¥4,260,000.00），为固定总价，包含货物、软件许可、运输、保险、安装、集成、接口开发、数据迁移、培训、质保期内服务及全部税费。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|国产应用服务器|12台|86,000|1,032,000
TB:2|数据库服务器|4台|168,000|672,000
TB:3|分布式存储系统（主备各一套）|1批|586,000|586,000
TB:4|国产数据库软件许可|8节点|60,000|480,000
TB:5|医保结算中间件软件许可|1套|326,000|326,000
TB:6|服务器密码机|2台|145,000|290,000
TB:|软硬件小计|||3,386,000
TB:7|系统集成及接口开发|1项|618,000|618,000
TB:8|历史数据迁移|1项|214,000|214,000
TB:9|培训|1项|42,000|42,000
TB:|合计|||4,260,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方向甲方提交等额的银行预付款保函，甲方收到保函后支付合同总价的百分之二十作为预付款，即人民币捌拾伍万贰仟元。
P:3.2 系统初验合格后十五个工作日内，甲方支付合同总价的百分之四十五，即人民币壹佰玖拾壹万柒仟元。
P:3.3 系统终验合格后十五个工作日内，甲方支付合同总价的百分之三十五，即人民币壹佰肆拾玖万壹仟元。
P:3.4 乙方每次请款前应向甲方开具合法有效的发票。甲方通过国库集中支付方式付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后四十五日内完成全部设备到货，九十日内完成部署、接口联调及数据迁移并具备初验条件。
P:4.2 设备到货后由双方共同开箱清点，签署到货签收单。到货签收仅表示数量、型号和外观核对无误，不构成对货物质量的验收。
P:4.3 乙方应提交实施方案、系统切换方案和回退方案，经甲方书面确认后实施。系统切换应安排在夜间非结算高峰时段，不得影响全省参保人员的正常结算。
P:4.4 乙方应派驻具备相应资格的项目经理及不少于六名实施工程师，项目经理未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验：系统部署完成后，由甲方组织初验。初验标准为：（一）设备型号、配置及软件许可数量与合同一致；（二）与国家医保信息平台、定点医药机构、合作银行及异地就医结算平台的接口全部联调通过；（三）迁移数据与原系统逐表比对，记录数及金额一致；（四）在每秒2,000笔的并发压力下，单笔结算交易平均响应时间不超过1秒；（五）系统连续稳定运行72小时，无一级、二级故障。
P:5.2 试运行：初验合格后进入为期三个月的试运行。试运行期间累计一级故障不超过一次，且系统已通过第三方网络安全等级保护三级测评和商用密码应用安全性评估。
P:5.3 终验：试运行结束后十个工作日内，甲方依据上述标准及招标文件要求组织终验，并出具书面终验报告。终验不合格的，乙方应在十五日内整改并申请复验，由此产生的费用由乙方承担。
P:5.4 系统上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、部件更换、软件升级及补丁服务，更换的部件应为原厂全新部件。
P:6.2 质保期满后，如甲方需要，乙方应继续提供维保服务。年度维保费不超过软硬件小计的百分之八，即每年不超过人民币贰拾柒万零捌佰捌拾元，质保期满后三年内不得上调。维保合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，结算系统年度可用率不低于99.99%（经甲方事先同意的计划内维护时间除外，计划内维护须提前三个工作日报甲方审批）。
P:7.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|全省或单个统筹区结算中断|15分钟|1小时|3小时
TB:二级|部分功能异常或性能明显下降，结算仍可进行|30分钟|2小时|8小时
TB:三级|一般性问题或使用咨询|2小时|按约定|3个工作日
P:7.3 乙方未按上表时限响应、到场或恢复的，每超时一小时，甲方有权从应付款项中扣除人民币贰仟元；年度可用率每低于约定值0.01个百分点，扣除人民币伍仟元。扣款不免除乙方继续履行和整改的义务。
H:第八条 数据安全
P:8.1 本项目涉及的参保人员信息、结算数据、定点医药机构数据及系统日志等全部数据属于甲方所有。乙方仅得为履行本合同使用上述数据，不得以任何形式复制、留存、对外提供或用于其他目的。
P:8.2 乙方人员进入机房或进行远程维护均须经甲方审批，全部操作通过甲方堡垒机进行并留存审计日志。测试所需数据由甲方脱敏后提供。乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及医疗保障数据安全管理的有关规定。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后一小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的行政责任和对第三方的赔偿。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的接口程序、数据迁移脚本、配置文件及相关文档（含源代码）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
P:9.2 乙方原有产品的知识产权仍归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.3 乙方保证所提供的货物和服务不侵犯任何第三方的合法权利；发生侵权纠纷的，由乙方承担全部责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、网络结构、账户口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并报甲方备案。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期具备初验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计达到合同总价的百分之十的，甲方有权解除合同。
P:11.2 乙方提供的货物或服务不符合合同约定的，应负责更换或整改，并承担由此产生的全部费用。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:乙方不得将本合同项下的任何工作转包或分包，亦不得转让本合同的权利和义务。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方可书面通知解除合同：（一）逾期超过三十日仍未交货或未具备初验条件；（二）终验复验仍不合格；（三）发生因乙方原因造成的重大数据安全事件；（四）其他严重违约行为，且在甲方书面通知后十五日内未纠正。
P:13.2 合同解除后，乙方应退还甲方已支付的相应款项，并赔偿甲方因此遭受的损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式陆份，甲方肆份，乙方贰份，具有同等法律效力。
P:15.2 招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
P:甲方（盖章）：西江省医疗保障局　　　　乙方（盖章）：华信融通科技股份有限公司
P:授权代表：　　　　　　　　　　　　　授权代表：
P:日期：2025年　月　日　　　　　　　　日期：2025年　月　日
"""

H43Z02 = """
T:东湖市公安局交通警察支队道路卡口前端设备采购及维保合同
P:项目编号：DHCG-2025-G041
P:甲方（采购人）：东湖市公安局交通警察支队
P:乙方（供应商）：瞰途智能交通科技有限公司
P:根据东湖市道路卡口前端设备采购项目公开招标结果，依据《中华人民共和国政府采购法》《中华人民共和国民法典》，甲乙双方就道路卡口前端设备的供货、安装调试及维保事宜，经协商一致签订本合同。
H:一、采购内容及合同价款
P:（一）乙方为甲方在全市48个道路卡口点位供应高清抓拍单元、前端智能分析终端、立杆及中心存储设备，提供卡口管理平台软件许可，负责安装调试、光纤接入和联网，并在质保期内提供维护服务。
P:（二）合同总价为人民币肆佰叁拾贰万元整（¥4,320,000），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|高清卡口抓拍单元（含补光灯）|96套|23,500|2,256,000
TB:2|前端智能分析终端|48台|9,800|470,400
TB:3|卡口立杆及基础|48根|6,200|297,600
TB:4|中心图片及视频存储|2套|268,000|536,000
TB:5|卡口管理平台软件许可|1套|318,000|318,000
TB:|设备及软件小计|||3,878,000
TB:6|安装调试及光纤接入|1项|412,000|412,000
TB:7|操作及管理培训|1项|30,000|30,000
TB:|合计|||4,320,000
P:（三）合同总价为固定价格，包含设备、软件、运输、安装、调试、联网、培训、税费及质保期内的全部服务费用。
P:（四）乙方所供设备须为全新、未使用过的原厂正品，符合GA/T 497《道路车辆智能监测记录系统通用技术条件》等国家及行业标准和招标文件技术参数要求，并随货提供出厂检验合格证明和检测报告。
H:二、交货与安装
P:（一）乙方应在合同签订后六十日内完成全部设备供货，一百日内完成全部点位的安装调试，并接入甲方公安交通集成指挥平台。
P:（二）施工期间，乙方应遵守道路交通安全有关规定，设置警示标志，合理安排占道施工时间，并自行承担施工安全责任。
P:（三）设备到货时双方共同清点签收，签收单仅确认设备数量及外观，不视为验收合格。
P:（四）乙方应编制施工组织方案及交通疏导方案，报甲方及属地交警大队审核后实施。每个点位施工完成后，乙方应提交点位安装记录、接线图和设备序列号清单。
P:（五）安装过程中造成道路设施、地下管线或其他公共设施损坏的，由乙方负责修复并承担全部费用。
P:（六）乙方应为现场施工人员办理意外伤害保险，高空作业人员须持证上岗。施工期间发生的人身及财产安全事故，由乙方承担责任。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的百分之二十作为预付款，即人民币捌拾陆万肆仟元。
P:（二）全部点位安装完成并联网运行后十个工作日内，甲方支付合同总价的百分之四十，即人民币壹佰柒拾贰万捌仟元。
P:（三）终验合格后十个工作日内，甲方支付合同总价的百分之四十，即人民币壹佰柒拾贰万捌仟元。
P:（四）乙方应在每期付款前开具等额合法发票。
H:四、验收
P:（一）全部点位连续试运行三十日后，由甲方组织终验。验收标准为：1.设备品牌、型号、数量与投标文件一致；2.白天车牌识别准确率不低于98%，夜间不低于95%；3.过车数据上传至集成指挥平台的延时不超过3秒；4.中心存储满足过车图片不少于九十日的保存要求；5.试运行期间无因设备原因造成单个点位整体离线超过二十四小时的情况。
P:（二）验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用及工期延误由乙方承担。
P:（三）设备安装、联网运行或甲方投入使用，均不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内设备出现质量问题的，乙方免费维修或更换。
P:（二）质保期内，一级故障（单个卡口点位全部车道停止抓拍或数据中断）乙方应在30分钟内响应，2小时内到达现场，8小时内修复；二级故障（单车道抓拍异常、补光失效等）应在1小时内响应，24小时内修复。
P:（三）乙方未按上述时限响应或修复的，每超时一小时，向甲方支付人民币伍佰元。
P:（四）质保期内乙方每季度对全部点位进行一次巡检，清洁镜头和补光灯，校正设备时钟，并向甲方提交巡检报告。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方应按甲方要求继续提供维保服务，服务内容包括设备季度巡检、故障维修、备品备件更换及两名驻场工程师。
P:（二）维保服务费每年按设备及软件小计的百分之二十六计取，即每年人民币壹佰万零捌仟贰佰捌拾元（¥1,008,280），按季度支付。该费率在质保期满后三年内保持不变。
P:（三）维保服务按年度签订合同，期满不自动续期。
H:七、培训与技术资料
P:（一）乙方应对甲方指挥中心值班人员及科技管理人员进行操作培训和管理培训，培训不少于三期，每期不少于两天，培训教材由乙方提供。
P:（二）乙方应在终验前提交竣工资料，包括设备清单、点位分布图、网络拓扑、配置参数、操作手册和维护手册，纸质版和电子版各两套。
H:八、数据安全
P:（一）卡口采集的过车记录、车辆图片、视频及平台日志均属甲方所有，存储于甲方公安网内。乙方不得复制、留存或对外提供，不得用于本合同以外的任何用途。
P:（二）乙方维护人员须经甲方审查备案，进入机房或远程操作须经甲方审批，所有操作通过堡垒机进行并留存日志。更换下来的存储介质交由甲方处置，不得带离。
P:（三）乙方不得在前端设备和平台软件中预留任何未经甲方许可的远程访问通道或数据外传功能。
P:（四）发生数据泄露等安全事件的，乙方应在一小时内报告甲方并配合处置；因乙方原因导致的，乙方承担全部法律责任和赔偿责任。
H:九、保密
P:乙方对履约过程中知悉的卡口点位布设、网络结构、警务工作信息等负有保密义务，未经甲方书面同意不得向任何第三方披露，该义务在合同终止后继续有效。
H:十、知识产权
P:乙方为本项目开发的平台对接程序、配置文件及相关文档归甲方所有，甲方可自行修改或委托第三方维护；卡口管理平台软件的著作权仍归乙方，甲方获得永久使用许可。乙方保证所供设备和软件不侵犯第三方权利。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，应向甲方支付违约金人民币壹仟伍佰元；逾期超过三十日的，甲方有权解除合同。
P:（二）乙方所供设备不符合合同约定的，应无条件更换，并承担由此产生的全部费用。
P:（三）甲方逾期付款的，应按同期贷款市场报价利率向乙方支付逾期利息。
H:十二、分包
P:卡口立杆基础的土建施工可由乙方委托具备相应资质的单位实施，但须事先取得甲方书面同意；除此之外，乙方不得将本合同任何部分分包或转包。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。履行本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:十五、其他
P:（一）本合同自双方签字盖章之日起生效，一式肆份，甲乙双方各执贰份。
P:（二）招标文件、投标文件及中标通知书为本合同的组成部分。
P:（三）本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：东湖市公安局交通警察支队　　乙方（盖章）：瞰途智能交通科技有限公司
P:日期：2025年　月　日
"""

H43E02 = """
T:SUPPLY CONTRACT
P:Kiln Gas Analysis Systems, Analyser Software Licence and Support Services
P:Contract No. NGI-CN-2025-0087
P:This Contract is made on ____ 2025 between:
P:(1) Anhui Tongshan Cement Co., Ltd., a company established under the laws of the People's Republic of China, with its registered office at No. 8 Shanhe Road, Tongling, Anhui Province (the "Purchaser"); and
P:(2) Nordgas Instruments AB, a company registered in Sweden under corporate identity number 556712-4408, with its registered office at Mölndalsvägen 31, 412 63 Gothenburg, Sweden (the "Supplier").
P:The Purchaser operates two clinker production lines of 5,000 tonnes per day at its Tongling plant and wishes to replace the gas analysers at the kiln inlets and the preheater outlets. The Supplier has offered to supply the analysis systems, to supervise their installation, to commission them, to license the software and to support them. The parties have therefore agreed as follows.
H:Article 1 Definitions and Scope of Supply
P:1.1 In this Contract: "Equipment" means the analysis systems listed in Article 2, including probes, sample conditioning, analyser cabinets, cooling and back-purge units and commissioning spare parts; "Software" means the Supplier's KilnSight analyser software and its data server software; "Contract Price" means the total amount stated in Article 2; "Final Acceptance" means acceptance under Article 5.4; "Business Day" means a working day in the People's Republic of China.
P:1.2 The Supplier shall design, manufacture and deliver the Equipment DAP Tongling plant (Incoterms 2020), supervise its installation, commission and hand over the Equipment and the Software, train the Purchaser's staff and provide the support described in Articles 6 to 8.
P:1.3 Mechanical erection, cabling and civil works are carried out by the Purchaser's installation contractor under the supervision of the Supplier's commissioning engineer and in accordance with the Supplier's installation drawings.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 3,284,000 (Chinese Yuan three million two hundred and eighty-four thousand), inclusive of VAT at 13 %, packing, transport to site, insurance, customs duties and all charges for the services listed below. The Contract Price is fixed and is not subject to adjustment.
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Kiln inlet extractive gas analysis system (O2, CO, NO, SO2) with water-cooled probe and automatic probe cleaning|2 sets|986,000|1,972,000
TB:2|Preheater outlet and calciner analysis system (O2, CO, NOx)|2 sets|412,000|824,000
TB:3|KilnSight analyser software and data server licence, perpetual, for four analysers|1 lot|268,000|268,000
TB:|Equipment and Licence Subtotal|||3,064,000
TB:4|Installation supervision and commissioning|1 lot|186,000|186,000
TB:5|Training of operators and instrument technicians|1 lot|34,000|34,000
TB:|Contract Price|||3,284,000
H:Article 3 Terms of Payment
P:3.1 Ten per cent (10 %) of the Contract Price, CNY 328,400, within 30 days after signature, against the Supplier's invoice and an advance payment guarantee for the same amount issued by a bank acceptable to the Purchaser.
P:3.2 Fifty-five per cent (55 %), CNY 1,806,200, within 30 days after delivery of the Equipment to site, against the commercial invoice, the packing list and the Purchaser's signed receipt of goods. The receipt confirms quantities and the external condition of the packages only and is not an acceptance of the Equipment.
P:3.3 Thirty-five per cent (35 %), CNY 1,149,400, within 30 days after Final Acceptance.
P:3.4 Payments are made by bank transfer in CNY to the account stated in the Supplier's invoice.
H:Article 4 Delivery and Delay
P:4.1 The Equipment shall be delivered to site within sixteen weeks after signature. Commissioning shall be completed within three weeks after the Purchaser has notified the Supplier that mechanical erection is complete.
P:4.2 If the Supplier fails to deliver the Equipment or to complete commissioning by the agreed time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.5 per cent of the Contract Price for each commenced week of delay. The liquidated damages shall not exceed 7.5 per cent of the Contract Price.
P:4.3 If the maximum liquidated damages have been reached and the Equipment has still not been delivered or commissioned, the Purchaser may terminate the Contract under Article 14.
H:Article 5 Tests and Acceptance
P:5.1 A Factory Acceptance Test shall be carried out at the Supplier's works in Gothenburg according to the test procedure in Annex 3. The Purchaser may witness it.
P:5.2 After commissioning, a Site Acceptance Test shall demonstrate: (a) measuring accuracy within ±2 % of span for each component, verified with certified test gases; (b) a T90 response time of the sampling system not exceeding 25 seconds; (c) that the automatic probe cleaning and back-purge operate as specified at kiln inlet gas temperatures up to 1,300 °C; (d) correct transfer of all measured values and status signals to the Purchaser's DCS over Modbus TCP; (e) correct operation of the KilnSight software, its reports and its alarm functions.
P:5.3 The Site Acceptance Test is followed by a Performance Test of 30 consecutive days of kiln operation, during which no Severity 1 fault attributable to the Equipment or the Software may occur and the probes may not need manual cleaning more than twice.
P:5.4 When the tests have been passed, the Purchaser shall issue a Final Acceptance Certificate within 5 Business Days. If a test fails, the Supplier shall remedy the defect at its own cost and the test shall be repeated. Delivery, installation, commissioning, the use of the Equipment for kiln control or any payment shall not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants that the Equipment and the Software will be free from defects in design, material and workmanship and will perform in accordance with the Contract for twenty-four (24) months from the date of Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Supplier shall remedy any defect free of charge by repair or replacement, including parts, travel and labour.
P:6.3 Software updates and patches released during the Warranty Period are supplied free of charge.
H:Article 7 Technical Support and Fault Handling
P:7.1 During the Warranty Period the Supplier shall provide a telephone and remote support hotline, staffed around the clock by its service centre in Shanghai. Faults shall be handled as follows:
TB:Severity|Description|Response|Engineer on site|Restoration target
TB:1|Analyser system out of operation or delivering incorrect values to kiln control|1 hour|36 hours|48 hours
TB:2|Degraded operation: one measured component unavailable, other values usable|8 hours|3 Business Days|5 Business Days
TB:3|Minor faults, questions, documentation|2 Business Days|as agreed|next service visit
P:7.2 "Response" means that a qualified engineer contacts the Purchaser and starts remote diagnosis. For each full hour by which the Supplier exceeds the Severity 1 response time it shall pay the Purchaser CNY 1,000, and for each day by which it exceeds the Severity 1 on-site time, CNY 5,000. The Purchaser may set these amounts off against any payment due.
P:7.3 The Supplier shall keep a stock of critical spare parts in its Shanghai warehouse during the Warranty Period and any support period under Article 8.
H:Article 8 Post-Warranty Support
P:8.1 After the Warranty Period the Purchaser may order annual support covering the hotline and remote support with the response times of Article 7, one preventive maintenance visit per year and software updates.
P:8.2 The annual support fee is 9.5 per cent of the Equipment and Licence Subtotal, i.e. CNY 291,080 per year, and is fixed for the first three years after the Warranty Period. Thereafter any change requires written agreement and shall not exceed 3 per cent per year.
P:8.3 Support is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 9 Software Licence and Intellectual Property
P:9.1 The Supplier grants the Purchaser a perpetual, non-exclusive licence to use the Software on the data server and operator stations at the Tongling plant, including on a backup or replacement server. The Software remains the property of the Supplier.
P:9.2 The DCS interface configuration, signal lists, site-specific calculations and report templates and the engineering documents prepared under this Contract become the property of the Purchaser on delivery. The Purchaser may use, modify and hand them to third parties freely.
H:Article 10 Plant Data and Remote Access
P:10.1 All process, emission and operating data measured or generated by the Equipment ("Plant Data") belong to the Purchaser. The Supplier may use Plant Data only to perform this Contract and shall not copy it out of the plant network, disclose it or use it for any other purpose.
P:10.2 Remote access by the Supplier is permitted only through the Purchaser's VPN gateway, for sessions approved in advance by the Purchaser's instrument department, with personal accounts and logging. The Supplier shall keep its service laptops free of malware and shall not connect any device to the DCS network without approval.
P:10.3 The Supplier shall notify the Purchaser within 24 hours of any suspected unauthorised access to, or leakage of, Plant Data involving its personnel or systems, shall co-operate in the investigation and shall be liable for the Purchaser's losses caused by a breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential all technical and commercial information received from the other party under this Contract, including the Purchaser's process data, plant layout and network configuration, and shall use it only for the purposes of this Contract. This obligation continues for five years after the end of the Contract.
H:Article 12 Limitation of Liability
P:12.1 Neither party shall be liable to the other for loss of production, loss of profit or any other indirect or consequential loss, except in case of gross negligence or wilful misconduct.
P:12.2 The Supplier's total liability under or in connection with this Contract shall not exceed 120 per cent of the Contract Price. This limitation does not apply to personal injury, gross negligence, wilful misconduct or a breach of Article 10 or 11.
H:Article 13 Subcontracting
P:The Supplier shall not subcontract any part of the supply or services without the Purchaser's prior written consent, except to the component sub-suppliers listed in Annex 4. The Supplier remains responsible for its sub-suppliers and subcontractors.
H:Article 14 Termination
P:14.1 The Purchaser may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 30 days after written notice, or in the case described in Article 4.3.
P:14.2 On termination the Supplier shall refund the amounts paid for Equipment and services not delivered and shall compensate the Purchaser's additional costs of completing the works, within the limit of Article 12.2.
H:Article 15 Applicable Law and Arbitration
P:15.1 This Contract shall be governed by the substantive law of Sweden, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 Any dispute arising out of or in connection with this Contract shall be finally settled by arbitration administered by the SCC Arbitration Institute. The seat of arbitration shall be Stockholm and the language of the arbitration shall be English.
H:Article 16 Miscellaneous
P:16.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the consequences.
P:16.2 This Contract, with Annex 1 (Technical Specification), Annex 2 (Scope Split), Annex 3 (Test Procedures) and Annex 4 (Sub-suppliers), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. The Contract is written in English.
P:For the Purchaser: ____________________    For the Supplier: ____________________
"""

H43E04 = """
T:CONTRACT FOR THE LICENCE AND IMPLEMENTATION OF AN EXHIBIT CONTROL SYSTEM
P:Contract reference: JSM-2025-EXH-09
P:BETWEEN
P:Jiangcheng Science and Technology Museum, a public institution registered in Jiangcheng, Hubei Province, People's Republic of China, represented by its Director (hereinafter "the Museum"),
P:AND
P:Lumex Interactive NV, a limited company under Belgian law with registered office at Kortrijksesteenweg 1120, 9051 Ghent, Belgium, enterprise number 0712.448.309, represented by its managing director (hereinafter "the Contractor"),
P:hereinafter jointly "the Parties".
P:WHEREAS the Museum is renewing the permanent exhibition halls "Energy", "Life" and "Space" on its second and third floors, with 142 interactive exhibits, and wishes to operate them from a single exhibit control system; WHEREAS the Contractor develops and licenses the ShowPilot exhibit control software and was selected after a competitive negotiation procedure; THE PARTIES HAVE AGREED AS FOLLOWS:
H:1. DEFINITIONS
P:1.1 "Software" means the ShowPilot exhibit control software, version 7, including the scheduler, the device-control server, the monitoring console and the mobile staff application.
P:1.2 "Endpoints" means the exhibit computers, media players, projectors, PLCs, lighting controllers and power relays controlled by the Software. The licence covers up to 160 Endpoints.
P:1.3 "Custom Deliverables" means everything the Contractor creates specifically for the Museum under this Contract, in particular the show scripts, the device drivers written for the Museum's exhibits, the operator dashboard and the interface to the Museum's ticketing and visitor-counting system, together with their source code and documentation.
P:1.4 "Final Acceptance" has the meaning given in clause 6.3. "Working Day" means a working day in the People's Republic of China.
H:2. SCOPE OF THE CONTRACT
P:2.1 The Contractor shall grant the licence described in clause 10.1, install, configure and integrate the Software with all Endpoints, develop the Custom Deliverables, train the Museum's technical staff and support the Software during the warranty period.
P:2.2 The exhibit hardware is supplied by the exhibition fit-out contractor under a separate contract. The Contractor shall co-ordinate with that contractor through the Museum and shall report any incompatibility within ten Working Days after receiving the device list.
H:3. CONTRACT PRICE
P:3.1 The Contract Price is CNY 2,078,000 (two million seventy-eight thousand Chinese Yuan), including VAT and all costs of travel, accommodation and import. It is a fixed price and consists of:
TB:Software licence, perpetual, up to 160 Endpoints (the "Licence Fee")|CNY 1,120,000
TB:Installation, configuration and integration of all Endpoints|CNY 642,000
TB:Custom Deliverables: operator dashboard, ticketing and visitor-counting interface|CNY 268,000
TB:Training and documentation in Chinese and English|CNY 48,000
TB:Contract Price|CNY 2,078,000
H:4. PAYMENT
P:4.1 20 % of the Contract Price (CNY 415,600) within 30 days after signature of the Contract, against the Contractor's invoice.
P:4.2 40 % of the Contract Price (CNY 831,200) after Installation Completion, i.e. when all Endpoints are connected and can be controlled from the Software, as confirmed in writing by the Museum. Installation Completion is not acceptance.
P:4.3 40 % of the Contract Price (CNY 831,200) after Final Acceptance.
P:4.4 The Museum pays within 30 days after receipt of a correct invoice.
H:5. TIME SCHEDULE AND DELAY
P:5.1 Installation Completion shall be reached within 100 days and Final Acceptance within 160 days after signature, so that the halls can reopen to the public on the date announced by the Museum.
P:5.2 If the Contractor is late in reaching Installation Completion or in having the system ready for the acceptance tests, for reasons not attributable to the Museum or the fit-out contractor, it shall pay the Museum a fixed compensation of CNY 2,500 per calendar day of delay, up to a maximum of 10 % of the Contract Price.
H:6. ACCEPTANCE
P:6.1 After Installation Completion the Contractor shall run the acceptance tests defined in Annex 2 in the presence of the Museum. The system passes when: (a) every Endpoint can be switched on, off and restarted from the console and from the staff application; (b) the morning start-up sequence for all three halls completes within 10 minutes and the evening shutdown within 5 minutes; (c) every alarm of a failed Endpoint appears on the console within 60 seconds; (d) the dashboard and the ticketing and visitor-counting interface work as specified in Annex 1, with visitor figures reconciled against the ticketing system for five opening days; (e) the documentation and the source code of the Custom Deliverables have been handed over.
P:6.2 The tests are followed by a trial operation of 21 consecutive opening days, during which no Priority 1 incident may occur.
P:6.3 The Museum shall issue a Final Acceptance certificate within 5 Working Days after a successful trial operation, or state in writing which criteria are not met. Use of the halls by the public, Installation Completion or any payment does not constitute acceptance.
H:7. WARRANTY
P:7.1 The Contractor warrants for eighteen (18) months from Final Acceptance that the Software and the Custom Deliverables conform to the Contract and to Annex 1, and shall correct any non-conformity free of charge.
P:7.2 During the warranty period the Contractor supplies all new releases of the Software free of charge and installs them remotely at times agreed with the Museum.
H:8. SUPPORT DURING THE WARRANTY PERIOD
P:8.1 The Contractor provides a support desk reachable by telephone and e-mail from 8:00 to 20:00 China time on every day the Museum is open, and a remote on-call service outside those hours.
P:8.2 Priority 1 (the galleries cannot be opened or a whole hall stops working): response within 30 minutes, workaround or restoration within 3 hours. Priority 2 (individual exhibits fail): response within 2 hours, correction within 2 Working Days. Priority 3 (other issues): response within 1 Working Day.
P:8.3 For each hour by which the Contractor exceeds a Priority 1 response or restoration time, the Museum may deduct CNY 800 from any amount due or claim it from the Contractor.
H:9. MAINTENANCE AFTER THE WARRANTY PERIOD
P:9.1 After the warranty period the Contractor shall, at the Museum's request, provide maintenance and support on the terms of clauses 7.2 and 8 for an annual fee of 11 % of the Licence Fee, i.e. CNY 123,200 per year.
P:9.2 The annual fee is fixed for three years after the warranty period. Any later change must be agreed in writing.
P:9.3 Maintenance is ordered by the Museum year by year and does not renew automatically.
H:10. INTELLECTUAL PROPERTY
P:10.1 The Software remains the property of the Contractor. The Contractor grants the Museum a perpetual, non-exclusive, non-transferable licence to use the Software for up to 160 Endpoints at the Museum's premises, including in any future renewal of its exhibitions.
P:10.2 All intellectual property rights in the Custom Deliverables are assigned to the Museum on delivery. The Museum may use, modify and license them and have them maintained by a third party. The Contractor may reuse its general know-how, but not the Custom Deliverables themselves.
P:10.3 The Contractor shall indemnify the Museum against any claim of a third party that the Software or the Custom Deliverables infringe its rights.
H:11. MUSEUM DATA AND SECURITY
P:11.1 Visitor figures, ticketing data, system logs and all other data processed by the system ("Museum Data") belong to the Museum. The Contractor may process Museum Data only to perform this Contract.
P:11.2 The system is installed on the Museum's own servers. The Contractor's remote access is allowed only through the Museum's VPN, with personal accounts, for sessions approved by the Museum's IT department, and is logged. The Contractor shall not copy Museum Data outside the Museum's network.
P:11.3 The Contractor shall notify the Museum within 24 hours of any security incident affecting Museum Data that involves its personnel or tools, shall help to contain it and shall compensate the Museum for the damage caused by a breach of this clause.
H:12. CONFIDENTIALITY
P:12.1 Each Party shall keep confidential all non-public information received from the other Party, including the Museum's network configuration and passwords and the Contractor's prices, and shall use it only for this Contract. This obligation survives for five years after the end of the Contract.
H:13. SUBCONTRACTING
P:13.1 The on-site cabling checks and first-level support will be carried out by Hubei Yunzhan Exhibition Technology Co., Ltd., which the Museum approves by signing this Contract. Any other subcontracting requires the Museum's prior written consent. The Contractor remains fully responsible for its subcontractors.
H:14. LIABILITY
P:14.1 Neither Party is liable for loss of profit or other indirect damage, except in the case of fraud, wilful misconduct or gross negligence.
P:14.2 The fixed compensation under clause 5.2 and the deductions under clause 8.3 do not prevent the Museum from claiming any further damage it proves.
H:15. TERMINATION
P:15.1 The Museum may terminate the Contract by registered letter if the Contractor commits a serious breach and has not remedied it within 20 Working Days after a formal notice, or if the maximum compensation under clause 5.2 has been reached.
P:15.2 On termination the Contractor shall refund the amounts paid for work not delivered. The Museum keeps the right to use the Software and the Custom Deliverables already delivered.
H:16. APPLICABLE LAW AND DISPUTES
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes that cannot be settled amicably within 30 days shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:17. FINAL PROVISIONS
P:17.1 The annexes form part of this Contract: Annex 1 Functional specification and Endpoint list; Annex 2 Acceptance test plan.
P:17.2 Any amendment must be made in writing and signed by both Parties.
P:17.3 Made in Jiangcheng in four originals, two in English and two in Chinese. Both versions are equally authentic.
P:For the Museum: ____________________    For the Contractor: ____________________
"""

SOURCES = {"h43z01": H43Z01, "h43z02": H43Z02, "h43e02": H43E02, "h43e04": H43E04}
TARGETS = {"h43z01": ("h43z01_medical_insurance_settlement_integration.docx", "docx"),
           "h43z02": ("h43z02_traffic_police_checkpoint_cameras_maintenance.pdf", "pdf"),
           "h43e02": ("h43e02_cement_kiln_gas_analysers_licence_support.docx", "docx"),
           "h43e04": ("h43e04_science_museum_exhibit_control_licence.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
