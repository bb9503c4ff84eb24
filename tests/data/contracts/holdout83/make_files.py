"""Builds the .docx and .pdf contracts of holdout83 from the markup sources below (see ../word_pdf.py).

Run with /work/main/.venv/bin/python make_files.py; the .txt/.md contracts of this folder are plain files.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H83Z01 = """
T:临江市住房公积金综合业务系统建设项目合同书
P:合同编号：LJGJJ-XT-2025-012
P:甲方（采购人）：临江市住房公积金管理中心
P:乙方（供应商）：华衡信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号：LJCG-2025-0317）及乙方投标文件，甲乙双方就临江市住房公积金综合业务系统建设项目（以下简称“本项目”）经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责本项目的软硬件供货、综合业务系统定制开发、历史数据迁移、系统集成、部署实施及培训，覆盖归集、提取、个人住房贷款、财务核算、稽核审计及综合服务（网上服务大厅、手机APP、12329服务热线）等业务。
P:1.2 本项目须与全国住房公积金数据平台、人民银行结算通道、受托银行、不动产登记、税务、民政婚姻登记等外部系统完成接口对接，接口清单见附件二。
P:1.3 乙方应按附件一《功能需求清单》交付系统，并提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及源代码。
H:第二条 合同价款
P:2.1 合同总价为人民币叁佰伍拾伍万伍仟元整（¥3,555,000.00），为固定总价，已包含税费、运输、安装、调试、培训及乙方为完成本项目所需的全部费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|住房公积金综合业务平台软件许可（永久授权）|1,280,000
TB:2|国产数据库及中间件软件许可|356,000
TB:3|应用服务器及存储扩容设备|612,000
TB:|软硬件小计|2,248,000
TB:4|业务流程定制开发及外部接口开发|968,000
TB:5|历史数据迁移及核对|214,000
TB:6|部署实施及培训|125,000
TB:|合计|3,555,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的百分之二十，即人民币柒拾壹万壹仟元，作为预付款。
P:3.2 系统完成部署、数据迁移并通过初验后十五个工作日内，甲方支付合同总价的百分之四十五，即人民币壹佰伍拾玖万玖仟柒佰伍拾元。
P:3.3 系统试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的百分之三十五，即人民币壹佰贰拾肆万肆仟贰佰伍拾元。
P:3.4 乙方每次请款前应开具等额增值税发票。本项目资金为财政资金，支付按国库集中支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后三十日内完成软硬件到货，一百五十日内完成系统开发、数据迁移并具备初验条件。
P:4.2 软硬件到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认数量及外观，不代表质量验收。
P:4.3 乙方应在系统上线前为甲方业务骨干及系统管理员提供不少于十个工作日的集中培训，并提供操作视频和培训教材；新旧系统切换期间，乙方应安排不少于八名工程师驻场保障。
H:第五条 验收
P:5.1 初验标准：（1）附件一所列功能逐项测试通过；（2）迁移后的缴存账户余额、贷款余额与原系统逐笔核对一致，差异为零；（3）附件二所列外部接口联调通过；（4）第三方测评机构出具的性能测试报告显示，在五百个并发用户下常用业务交易响应时间不超过2秒；（5）系统通过网络安全等级保护第三级测评。
P:5.2 初验通过后进入九十日试运行期。试运行期内未发生一级故障、二级故障累计不超过三次，且发现的问题全部整改闭环的，甲方组织最终验收并签署最终验收报告。
P:5.3 系统上线运行、甲方使用系统或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质保与运维服务
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供软硬件维修更换、软件缺陷修复、版本升级及政策调整引起的小规模功能调整。
P:6.2 质保期内，核心业务系统月度可用率不低于99.95%（经甲方同意的计划内维护时间除外）。
P:6.3 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|恢复时间
TB:一级|归集、提取、贷款或资金结算业务中断|30分钟|3小时
TB:二级|部分功能不可用或性能明显下降|2小时|12小时
TB:三级|一般性问题或咨询|8小时|3个工作日
P:6.4 一级故障响应或恢复每超时一小时，乙方向甲方支付违约金人民币贰仟元；月度可用率每低于约定值0.01个百分点，乙方支付违约金人民币叁仟元。上述款项可从应付款项中扣除。
P:6.5 质保期满后，甲方如需继续采购运维服务，年度运维服务费不超过软硬件小计的百分之八，即每年不超过人民币壹拾柒万玖仟捌佰肆拾元，该标准在质保期满后三年内不上调。运维服务合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件、数据库及中间件的知识产权归原权利人所有，甲方获得永久、不可撤销的使用许可。
P:7.2 本项目定制开发的业务流程、接口程序、报表及其源代码和技术文档的知识产权归甲方所有。乙方应在最终验收时完整交付源代码，甲方有权自行或委托第三方使用、修改。
H:第八条 数据安全
P:8.1 本项目涉及的缴存职工个人信息、账户、贷款及资金数据等全部业务数据归甲方所有。乙方仅可为履行本合同之目的在甲方授权范围内处理数据，不得留存、复制或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，实施人员须经背景审查并签署承诺书，在甲方机房内通过堡垒机作业；测试须使用脱敏数据，不得将生产数据带出甲方环境。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因导致数据安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对在履行本合同中知悉的对方商业秘密、技术资料及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方交付的产品或服务不符合合同约定的，应无偿更换或整改，并赔偿甲方由此遭受的损失。
H:第十一条 分包与转包
P:11.1 乙方不得转包本项目，亦不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交临江仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明，可部分或全部免除责任；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 其他
P:15.1 附件一《功能需求清单》、附件二《外部接口清单》、招标文件及投标文件为本合同组成部分，与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：临江市住房公积金管理中心        乙方（盖章）：华衡信息技术股份有限公司
P:授权代表：                                  授权代表：
P:日期：    年  月  日                          日期：    年  月  日
"""

H83Z04 = """
T:东湖市全民健身智慧场馆运维服务合同
P:项目编号：DHCG-2025-FW-0216（政府采购 公开招标）
P:合同编号：DHTY-YW-2025-03
P:甲方（采购人）：东湖市体育局
P:乙方（供应商）：恒动智慧体育科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，甲乙双方经协商一致，订立本合同。
H:1. 服务范围
P:1.1 运维对象：市全民健身中心（含游泳馆、羽毛球馆、篮球馆）、市体育中心体育场、分布于各街道的智慧健身路径一百二十处，以及智慧场馆管理平台（场地预约、票务、人脸识别闸机、客流统计、能耗监测、健身数据大屏）及其前端设备。
P:1.2 服务内容：平台及前端设备的日常巡检、故障处理、版本维护、数据备份和安全加固；节假日及赛事活动保障；健身路径智能器材的维修；运维报表的编制。
P:1.3 乙方应派驻不少于六名驻场运维人员，其中项目经理一名、平台工程师两名、现场设备工程师三名。驻场人员变更须事先经甲方同意。
P:1.4 服务期自2025年7月1日起至2027年6月30日止，共二十四个月。服务期满本合同自动终止。
P:1.5 服务期内新增的智慧健身路径点位，在数量不超过原运维对象百分之十的范围内，乙方不另行收费。
H:2. 合同价款与支付
P:2.1 合同总价为人民币贰佰肆拾陆万元整（¥2,460,000），其中运维服务费每年人民币壹佰壹拾肆万陆仟元，两年合计人民币贰佰贰拾玖万贰仟元；备品备件包干费人民币壹拾陆万捌仟元。
P:2.2 运维服务费按季度支付，每季度人民币贰拾捌万陆仟伍佰元。甲方于每季度考核结束并收到乙方发票后十五个工作日内支付。
P:2.3 备品备件包干费分两次支付，每个服务年度履约验收合格后支付人民币捌万肆仟元。
P:2.4 本合同不设预付款。
P:2.5 乙方应开具合法有效的增值税发票。本项目资金为财政资金，支付按国库集中支付程序办理。
H:3. 服务标准
P:3.1 智慧场馆管理平台月度可用率不低于99.95%。
P:3.2 故障响应：一级故障（预约或票务平台中断、闸机整体无法通行、赛事活动期间系统故障）15分钟内响应，1小时内到场，3小时内恢复；二级故障（单个场馆部分设备故障）30分钟内响应，8小时内修复；三级故障（健身路径单台器材故障等）24小时内修复。
P:3.3 大型赛事及法定节假日期间，乙方应提前制定保障方案并安排专人值守。
P:3.4 乙方应于每月5日前提交上月运维报告，内容包括可用率、故障处理、巡检记录和备件消耗。
P:3.5 巡检要求：管理平台及服务器每日巡检；场馆闸机、摄像机、能耗采集终端等前端设备每周巡检；智慧健身路径每月逐处巡检一次，检查器材安全状况、显示屏及数据上传情况，巡检记录须经场馆管理人员签字确认。
P:3.6 数据备份：平台数据库每日增量备份、每周全量备份，备份数据保存于甲方指定的本地存储设备，每季度进行一次恢复演练并形成记录。
P:3.7 乙方应建立备品备件库，常备闸机控制板、人脸识别终端、网络交换机等关键备件，备件消耗在包干费范围内由乙方承担。
H:4. 考核与扣款
P:4.1 甲方按附件《运维服务考核细则》每季度考核一次，满分一百分。
P:4.2 季度考核得分低于九十分的，每低一分扣减当季度运维服务费人民币叁仟元；一级故障响应或恢复超时的，每次扣减人民币伍仟元；月度可用率低于约定值的，每低0.01个百分点扣减人民币贰仟元。
P:4.3 连续两个季度考核得分低于八十分的，视为乙方严重违约。
H:5. 进场与履约验收
P:5.1 乙方应在合同签订后十日内完成人员进场及平台交接。交接内容包括账号权限、配置文档、设备台账及遗留问题清单，双方签署交接确认书。
P:5.2 每个服务年度结束后，甲方依据招标文件服务要求、考核记录和运维报告组织履约验收。验收标准为：全年季度考核平均得分不低于九十分；未发生因乙方原因导致的重大网络安全事件；运维文档完整归档。验收结论作为支付备品备件包干费及供应商履约评价的依据。
H:6. 数据与网络安全
P:6.1 平台中的预约用户实名信息、人脸图像、客流及健身数据、视频监控数据属于甲方。乙方仅可为履行运维服务在授权范围内访问，不得复制、留存或用于其他目的。
P:6.2 乙方应落实网络安全等级保护第二级的管理要求。远程运维一律通过甲方堡垒机进行，账号专人专用，操作日志留存不少于六个月；人脸数据仅在本地存储，不得上传至乙方或任何第三方的服务器。
P:6.3 发生个人信息泄露、篡改、丢失或其他网络安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
P:6.4 乙方应每半年组织一次网络安全自查，配合甲方及主管部门开展的安全检查和等级保护测评，对发现的问题按期整改。
H:7. 知识产权
P:7.1 乙方在服务期内为甲方编制的运维文档、巡检脚本、配置基线以及开发的统计报表和数据大屏页面，知识产权归甲方所有，甲方可自由使用、修改并交由后续服务商使用。
P:7.2 平台原有软件的知识产权不因本合同而转移。
H:8. 分包
P:8.1 乙方可将健身路径智能器材的维修工作分包给器材生产厂家或其授权服务商，分包前应书面告知甲方分包单位名称及联系人。乙方对分包工作向甲方承担全部责任。
H:9. 违约责任
P:9.1 乙方未按5.1约定的期限完成进场及交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 乙方服务不符合本合同约定的，除按第4条扣款外，还应赔偿甲方因此遭受的损失。
P:9.3 甲方未按约定付款的，应按同期贷款市场报价利率向乙方支付逾期利息。
H:10. 合同解除
P:10.1 乙方严重违约（包括4.3所列情形），或因乙方原因发生重大网络安全事件的，甲方有权书面通知解除本合同，并按实际服务期限结算费用。
P:10.2 合同解除的，乙方应按11.3的约定完成移交；已按第4条扣减的款项不予返还。
H:11. 人员管理与安全生产
P:11.1 乙方驻场人员应具备相应专业资格，电工、高处作业等特种作业人员须持证上岗。乙方应为驻场人员缴纳社会保险并购买意外伤害保险，驻场人员的劳动关系及工伤责任由乙方承担。
P:11.2 乙方人员在场馆内作业应遵守甲方及场馆的管理制度，营业时间内的维修作业应设置警示标识并避开客流高峰，确保健身群众安全。
P:11.3 服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的后续服务商完成移交，包括全部账号、配置、文档、备件台账及未结工单，并配合后续服务商完成不少于十五日的过渡。
H:12. 甲方的配合义务
P:12.1 甲方为驻场人员提供必要的办公场所、网络和进出场馆的通行权限，及时确认乙方提交的运维方案、变更申请和运维报告。
P:12.2 甲方应指定专人负责与乙方的日常联络，场馆改造、赛事安排等可能影响运维工作的事项应提前告知乙方。
H:13. 不可抗力
P:13.1 因不可抗力致使本合同不能履行的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
H:14. 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:15. 其他
P:15.1 招标文件、投标文件、《运维服务考核细则》及服务期内双方签署的书面确认为本合同组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方盖章之日起生效。
P:甲方（盖章）：东湖市体育局                乙方（盖章）：恒动智慧体育科技有限公司
P:日期：                                    日期：
"""

H83E01 = """
T:SOFTWARE LICENCE AND SUPPORT AGREEMENT
P:Agreement No. EA-LSA-2025-031
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN:
P:(1) ESSEQUIBO ANALYTICS INC., a company incorporated under the Companies Act of Guyana, whose registered office is at 47 Brickdam, Stabroek, Georgetown, Guyana (the "Licensor"); and
P:(2) HEBEI NANGONG NORTHERN WOOL SCOURING CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at No. 88 Xingye Road, Nangong, Hebei Province (the "Licensee").
H:RECITALS
P:(A) The Licensor has developed FleeceGrade, a software system for the objective grading of greasy and scoured wool from core-test results and fleece images.
P:(B) The Licensee operates a wool scouring plant and wishes to grade incoming lots by objective measurement and to link the results to its weighbridge, laboratory and ERP systems.
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Acceptance Certificate" means the certificate issued under Clause 6.3; "Contract Price" means the total price in Clause 3.1; "Custom Deliverables" means the lot-grading report formats, the weighbridge and laboratory interfaces, the ERP export and any other work product made by the Licensor specifically for the Licensee as described in Schedule 2; "Delivery Date" means the date on which the Software is installed on all four Grading Stations and the server and the Licensor so notifies the Licensee in writing; "Grading Station" means a workstation at the Licensee's receiving bay with a connected fleece imaging unit; "Software" means FleeceGrade version 5 and the Yield Module, in object code, with the Licensor's user and technical manuals (the "Documentation").
P:1.2 Headings are for convenience only. The Schedules form part of this Agreement.
H:2. LICENCE
P:2.1 The Licensor grants the Licensee a perpetual, non-exclusive, non-transferable licence to install and use the Software on four (4) Grading Stations and one (1) server at the Licensee's plant in Nangong for the Licensee's internal business purposes.
P:2.2 The Licensee may make one back-up copy of the Software. It shall not decompile or reverse engineer the Software except to the extent permitted by applicable law.
H:3. PRICE AND PAYMENT
P:3.1 The Contract Price is CNY 1,138,000 (one million one hundred and thirty-eight thousand yuan), inclusive of all taxes payable in China, made up as follows: (a) FleeceGrade licence for four (4) Grading Stations at CNY 185,000 each: CNY 740,000; (b) Yield Module licence: CNY 126,000; (c) Custom Deliverables (configuration, interfaces and report formats): CNY 214,000; (d) installation, calibration and training: CNY 58,000.
P:3.2 The Licensee shall pay the Contract Price as follows: (a) twenty per cent (20%), being CNY 227,600, within fourteen (14) days after signature of this Agreement against the Licensor's invoice; (b) forty-five per cent (45%), being CNY 512,100, within thirty (30) days after the Delivery Date; and (c) thirty-five per cent (35%), being CNY 398,300, within thirty (30) days after the Acceptance Certificate is issued.
P:3.3 Payments shall be made by bank transfer in Chinese Renminbi to the account stated in the Licensor's invoice. Each party shall bear its own bank charges.
H:4. DELIVERY AND INSTALLATION
P:4.1 The Licensor shall install the Software and complete the Custom Deliverables within ninety (90) days after the date of this Agreement (the "Delivery Period").
P:4.2 Installation shall be carried out on site by the Licensor's engineers, with remote assistance from Georgetown. The Licensee shall provide the server, the network connections and a supervised VPN connection in accordance with Schedule 1.
P:4.3 If the Delivery Date does not occur within the Delivery Period for reasons attributable to the Licensor, the Licensor shall pay the Licensee liquidated damages of zero point one per cent (0.1%) of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.
H:5. INTELLECTUAL PROPERTY
P:5.1 The Software and all intellectual property rights in it remain the property of the Licensor.
P:5.2 All intellectual property rights in the Custom Deliverables shall vest in the Licensee on creation. The Licensor shall deliver their source code and documentation together with the Acceptance Certificate, and the Licensee may use, modify and license them to others without restriction.
H:6. ACCEPTANCE
P:6.1 Within thirty (30) days after the Delivery Date the parties shall carry out the acceptance tests set out in Schedule 3.
P:6.2 The Software passes the tests if: (a) on two hundred (200) sample lots, the mean fibre diameter reported by the Software is within 0.3 micron of the result of the Licensee's accredited laboratory; (b) vegetable matter and yield results are within the tolerances stated in Schedule 3; (c) the weighbridge and laboratory interface records reconcile fully for ten (10) consecutive working days; and (d) every report format in Schedule 2 is produced correctly.
P:6.3 When the tests have been passed the Licensee shall issue an Acceptance Certificate. Installation of the Software, its use by the Licensee or any payment under Clause 3.2(b) shall not amount to acceptance. If a test is failed, the Licensor shall correct the defect and repeat the test within fifteen (15) days.
H:7. WARRANTY
P:7.1 The Licensor warrants that for a period of three (3) months from the Delivery Date (the "Warranty Period") the Software will perform substantially in accordance with the Documentation. During the Warranty Period the Licensor shall correct reported defects free of charge.
P:7.2 The warranty does not cover defects caused by hardware not supplied by the Licensor, by changes made by the Licensee or by use of the Software contrary to the Documentation.
P:7.3 Except as expressly stated in this Clause 7, all warranties and conditions implied by statute or otherwise are excluded to the fullest extent permitted by law.
H:8. SUPPORT SERVICES
P:8.1 During the Warranty Period the Licensor shall provide the support described in Schedule 4 at no charge.
P:8.2 After the Warranty Period the Licensee may purchase Annual Support and Updates. Annual Support and Updates are charged at the Licensor's list price current at the start of each support year, as published by the Licensor from time to time, and are ordered by a separate purchase order for each year. They do not renew automatically.
P:8.3 Whenever the Licensor provides support, the following service levels apply: Priority 1 (grading stopped at the receiving bay, or grading results lost) - response within two (2) hours and a workaround within twelve (12) hours; Priority 2 (one Grading Station or one interface not working) - response within eight (8) hours; Priority 3 (other questions) - response on the next business day.
P:8.4 If the Licensor misses a Priority 1 response time, it shall credit the Licensee CNY 800 for each hour or part of an hour of delay, against the next invoice or, if no invoice is outstanding, by payment.
H:9. LICENSEE DATA
P:9.1 All grading data, lot records, images, grower and supplier information and other data of the Licensee processed by the Software ("Licensee Data") belong to the Licensee. The Licensor shall use Licensee Data only to perform this Agreement and shall not disclose, sell or use it for any other purpose, including the development of its products.
P:9.2 The Software runs on the Licensee's own server. The Licensor shall access it only through the Licensee's VPN, for a specific support case and with the Licensee's prior approval for each session, and shall not copy Licensee Data out of the Licensee's systems. The Licensor's staff shall use individual accounts, and every session shall be logged.
P:9.3 The Licensor shall notify the Licensee within twenty-four (24) hours after becoming aware of any unauthorised access to, or loss or corruption of, Licensee Data, shall take immediate remedial action, and shall be responsible for all losses caused by its breach of this Clause 9.
H:10. CONFIDENTIALITY
P:10.1 Each party shall keep confidential all information of the other party that is marked as confidential or is reasonably understood to be confidential, including prices, plant layouts and business information, and shall use it only for the purposes of this Agreement. This obligation survives for five (5) years after termination.
H:11. LIABILITY
P:11.1 Neither party shall be liable for loss of profit or for any indirect or consequential loss.
P:11.2 The Licensor's total liability under or in connection with this Agreement shall not exceed two (2) times the Contract Price. This limit does not apply to breach of Clause 9 or Clause 10, to fraud, or to death or personal injury caused by negligence.
H:12. SUBCONTRACTING AND ASSIGNMENT
P:12.1 The Licensor shall not subcontract any of its obligations without the Licensee's prior written consent and remains responsible for the acts and omissions of any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the prior written consent of the other.
H:13. TERMINATION
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after receiving written notice of the breach.
P:13.2 The Licensee may also terminate this Agreement by written notice if liquidated damages under Clause 4.3 reach their maximum.
P:13.3 If this Agreement is terminated before acceptance, the Licensor shall refund all amounts paid for items not delivered. Clauses 5, 9, 10 and 11 survive termination.
H:14. FORCE MAJEURE
P:14.1 Neither party shall be liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
H:15. GOVERNING LAW AND JURISDICTION
P:15.1 This Agreement shall be governed by and construed in accordance with the laws of the Co-operative Republic of Guyana.
P:15.2 The parties irrevocably submit to the exclusive jurisdiction of the High Court of the Supreme Court of Judicature of Guyana, sitting in Georgetown.
H:16. GENERAL
P:16.1 This Agreement is the entire agreement between the parties about its subject matter. Any amendment must be in writing and signed by both parties. Notices shall be given by courier or by e-mail to the addresses stated above.
P:Schedules: 1 - Software, Grading Stations and site requirements; 2 - Custom Deliverables; 3 - Acceptance Tests; 4 - Support.
P:Signed for and on behalf of ESSEQUIBO ANALYTICS INC.: ______________________
P:Signed for and on behalf of HEBEI NANGONG NORTHERN WOOL SCOURING CO., LTD.: ______________________
"""

H83E03 = """
T:CONTRACT FOR THE SUPPLY, INSTALLATION AND MAINTENANCE OF ROASTER EXHAUST MONITORING EQUIPMENT
P:Contract No. SIC-CN-2025-07
P:On one part, SENSÓRICA INDUSTRIAL CUSCATLÁN, S.A. DE C.V., a company organised under the laws of the Republic of El Salvador, with domicile at Boulevard del Hipódromo No. 512, Colonia San Benito, San Salvador, represented by its Legal Representative, hereinafter "THE SUPPLIER"; and on the other part, YUNNAN HIGHLAND COFFEE ROASTING CO., LTD., a company organised under the laws of the People's Republic of China, with domicile at No. 16 Chashan Road, Simao District, Pu'er, Yunnan Province, represented by its General Manager, hereinafter "THE BUYER"; both parties, recognising each other's legal capacity to contract, agree to celebrate the present Contract, which shall be governed by the following Articles.
H:ARTICLE 1. OBJECT OF THE CONTRACT
P:1.1 THE SUPPLIER obliges itself to supply, install, calibrate and put into operation an exhaust monitoring system for the three (3) drum roasters (two of 120 kg and one of 60 kg per batch) and the thermal afterburner of THE BUYER's roasting plant in Pu'er, and to maintain it as established in Articles 6 to 8.
P:1.2 The system measures stack temperature, volatile organic compounds (VOC), particulate opacity, carbon monoxide and oxygen at each roaster exhaust and at the afterburner outlet, generates alarms, operates the afterburner interlock, and transmits the data to THE BUYER's plant control system and to the online monitoring platform of the local ecology and environment bureau.
H:ARTICLE 2. PRICE
P:2.1 The total price of the present Contract is CNY 866,000 (eight hundred sixty-six thousand yuan), including taxes in China, freight, insurance, customs duties, installation and training. The price is fixed and shall not be adjusted. It is broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Stack thermocouple assemblies with transmitters|6|8,600|51,600
TB:2|VOC analysers (PID), heated sampling line|3|68,400|205,200
TB:3|Particulate opacity monitors|3|54,800|164,400
TB:4|CO / O2 analysers|3|47,500|142,500
TB:5|Edge gateways with PLC interface|3|19,800|59,400
TB:6|Monitoring software licence, perpetual, one site|1|96,000|96,000
TB:|Equipment and Licence Subtotal|||719,100
TB:7|Installation, calibration and commissioning|1|88,600|88,600
TB:8|Custom dashboards and afterburner interlock logic|1|46,300|46,300
TB:9|Training of operators and maintenance staff|1|12,000|12,000
TB:|Total price|||866,000
H:ARTICLE 3. FORM OF PAYMENT
P:3.1 Advance: ten per cent (10%) of the total price, that is CNY 86,600, within fifteen (15) days after signature, against an advance-payment guarantee issued by a bank acceptable to THE BUYER.
P:3.2 Fifty-five per cent (55%), that is CNY 476,300, within thirty (30) days after the Installation Certificate is signed. The Installation Certificate only records that the equipment is installed and energised; it does not constitute acceptance.
P:3.3 Thirty-five per cent (35%), that is CNY 303,100, within thirty (30) days after the Final Acceptance Certificate is signed.
P:3.4 All payments shall be made in Chinese Renminbi by bank transfer against THE SUPPLIER's invoice.
H:ARTICLE 4. DELIVERY, INSTALLATION AND DELAY
P:4.1 THE SUPPLIER shall deliver the equipment at the plant (DDP Pu'er, Incoterms 2020) within seventy-five (75) days after signature, and shall complete the installation within twenty-one (21) days after delivery, during the maintenance shutdown indicated by THE BUYER.
P:4.2 In case of delay attributable to THE SUPPLIER in the delivery or in the completion of the installation, THE SUPPLIER shall pay THE BUYER a penalty of zero point one per cent (0.1%) of the total price for each day of delay, up to ten per cent (10%) of the total price. If the delay exceeds forty-five (45) days, THE BUYER may terminate the Contract.
H:ARTICLE 5. ACCEPTANCE
P:5.1 After the installation, THE SUPPLIER shall carry out, in the presence of THE BUYER, the tests of the acceptance protocol in Annex 2, which include: (a) calibration of each gas analyser with certified reference gas, with readings within plus or minus two per cent (2%) of span; (b) a continuous run of seventy-two (72) hours of the three roasters with complete data records; (c) three consecutive tests in which the afterburner interlock stops the discharge of the roast batch when the afterburner temperature falls below its set point; and (d) transmission of the data to THE BUYER's control system and confirmation of the data link by the environment bureau's platform.
P:5.2 When all the tests have been passed, THE BUYER shall sign the Final Acceptance Certificate within five (5) working days. The installation, the start-up, the use of the system or any payment shall not signify acceptance. In case of failure, THE SUPPLIER shall correct the defects and repeat the tests at its own cost.
H:ARTICLE 6. WARRANTY
P:6.1 THE SUPPLIER guarantees the equipment and the software against defects of design, material and workmanship for twenty-four (24) months counted from the date of the Final Acceptance Certificate. During this period it shall repair or replace defective parts at no cost to THE BUYER, including parts, labour, travel and shipping, and shall carry out two (2) preventive maintenance visits per year, including recalibration.
H:ARTICLE 7. TECHNICAL SUPPORT AND RESPONSE TIMES
P:7.1 During the warranty, and afterwards under any maintenance order according to Article 8, THE SUPPLIER shall attend the faults reported by THE BUYER by telephone, e-mail or WeChat according to the following table:
TB:Severity|Description|Response|On site|Restoration
TB:Severity 1|Afterburner interlock fails, or monitoring of any roaster exhaust is lost|1 hour|24 hours|36 hours
TB:Severity 2|One analyser or probe out of service, or data link interrupted|3 hours|48 hours|72 hours
TB:Severity 3|Minor defects, questions, changes of reports|1 working day|as agreed|10 working days
P:7.2 For every hour of delay beyond the Severity 1 response time or on-site time, THE SUPPLIER shall pay THE BUYER CNY 600; for every day of delay beyond a Severity 2 restoration time, CNY 1,000. THE BUYER may deduct these amounts from any payment due to THE SUPPLIER.
H:ARTICLE 8. MAINTENANCE AFTER THE WARRANTY
P:8.1 After the warranty, THE BUYER may contract annual maintenance, which comprises two (2) preventive visits with recalibration, corrective attention according to Article 7, and spare parts other than consumables. The annual fee is eleven per cent (11%) of the Equipment and Licence Subtotal, that is CNY 79,101 per year, and shall not be increased during the three (3) years following the end of the warranty.
P:8.2 Each year of maintenance is contracted by written order of THE BUYER. There is no automatic renewal.
H:ARTICLE 9. INTELLECTUAL PROPERTY
P:9.1 The standard monitoring software and the firmware of the equipment remain the property of their owners. THE BUYER receives a perpetual, non-exclusive licence to use them at the Pu'er plant.
P:9.2 The dashboards, alarm set points, afterburner interlock logic, configuration files and the interface to THE BUYER's control system developed for THE BUYER under this Contract are the property of THE BUYER, who may use, modify and give them to third parties freely. THE SUPPLIER shall deliver the editable files and the source of the interlock logic together with the Final Acceptance Certificate.
H:ARTICLE 10. DATA AND INFORMATION SECURITY
P:10.1 The measurement data, alarm records, production data and any other information of THE BUYER to which THE SUPPLIER has access belong to THE BUYER and may be used by THE SUPPLIER only to perform the present Contract.
P:10.2 The gateways shall connect only to THE BUYER's plant network and to the environment bureau's platform. Remote access by THE SUPPLIER shall be made through THE BUYER's VPN, with prior approval of THE BUYER for each session, personal accounts and logging. THE SUPPLIER shall not copy data out of THE BUYER's systems nor keep it after the service.
P:10.3 THE SUPPLIER shall inform THE BUYER within twenty-four (24) hours of any security incident affecting THE BUYER's data or systems, shall take the necessary corrective measures, and shall answer for the damages caused by its fault or that of its personnel.
H:ARTICLE 11. CONFIDENTIALITY
P:11.1 The parties shall keep in reserve the technical, commercial and production information received from the other party, including roast profiles, blends and the plant layout, and shall not reveal it to third parties without written authorisation, during the Contract and for three (3) years after its termination.
H:ARTICLE 12. SUBCONTRACTING
P:12.1 For installation and on-site attention THE SUPPLIER may use only its service partner in Kunming named in Annex 3, which THE BUYER approves by signing the present Contract. Any other subcontracting requires the prior written consent of THE BUYER. THE SUPPLIER answers for its subcontractors as for itself.
H:ARTICLE 13. LIABILITY
P:13.1 THE SUPPLIER shall compensate THE BUYER for the direct damages caused by the breach of its obligations, including fines imposed by the authorities as a consequence of a failure of the system attributable to THE SUPPLIER.
H:ARTICLE 14. TERMINATION
P:14.1 THE BUYER may terminate the present Contract by written notice if THE SUPPLIER seriously breaches its obligations and does not remedy the breach within fifteen (15) days after being notified, or in the case foreseen in Article 4.2.
P:14.2 Either party may terminate the Contract if a force majeure event lasts more than ninety (90) days.
H:ARTICLE 15. FORCE MAJEURE
P:15.1 Neither party shall be responsible for delays caused by force majeure, such as earthquakes, floods or government measures, provided that it notifies the other party within five (5) days and takes reasonable measures to reduce its effects.
H:ARTICLE 16. APPLICABLE LAW AND DISPUTES
P:16.1 The present Contract is governed by the laws of the People's Republic of China.
P:16.2 Any controversy shall first be resolved by direct negotiation between the parties. Failing agreement within thirty (30) days, it shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming, in Chinese and English. The award shall be final and binding on both parties.
H:ARTICLE 17. LANGUAGE, ANNEXES AND COPIES
P:17.1 The present Contract is signed in English and Chinese; both versions have equal force. Annex 1 (Technical Specifications), Annex 2 (Acceptance Protocol) and Annex 3 (Service Partner) form part of the Contract.
P:17.2 In witness whereof, the parties sign two (2) copies of equal tenor, one for each party.
P:FOR THE SUPPLIER: ______________________    FOR THE BUYER: ______________________
"""

SOURCES = {"h83z01": H83Z01, "h83z04": H83Z04, "h83e01": H83E01, "h83e03": H83E03}
TARGETS = {"h83z01": ("h83z01_housing_fund_core_business_system_integration.docx", "docx"),
           "h83z04": ("h83z04_sports_bureau_smart_venue_om_service.pdf", "pdf"),
           "h83e01": ("h83e01_wool_grading_licence_guyana_vendor.pdf", "pdf"),
           "h83e03": ("h83e03_coffee_roaster_exhaust_sensors_sv_integrator.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
