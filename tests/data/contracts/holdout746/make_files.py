"""holdout746: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
brief's checks (lengths, no threshold value or figure, rules derived from the labels = design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:储备肉监管平台建设项目合同（政府冻肉储备）
P:合同编号：SWJ-CBR-2027-016
P:甲方（采购人）：某市商务局
P:乙方（供应商）：某市云链冷储信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就市级政府冻肉储备监管平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。本合同文本由甲方提供。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供储备肉监管平台软件（含储备计划、承储企业管理、库存监管、轮换管理、动用调拨、统计报表等模块）的永久使用许可，并完成定制开发、部署实施、数据对接与培训。
P:1.2 定制开发内容包括：冷库温湿度物联监测接入（覆盖全市9家承储库、46个库间）、出入库视频抽查与电子台账比对、轮换计划在线审批、储备肉质量抽检记录管理，以及与省级储备监管系统和市财政补贴系统的接口。
P:1.3 合同总价为人民币壹佰玖拾捌万陆仟元整（¥1,986,000），其中：平台软件许可费¥1,160,000；定制开发费¥638,000；部署实施及数据对接费¥152,000；培训费¥36,000。上述价格为固定总价，已含税费、差旅费及质保期内的全部服务费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后120日内完成全部开发、部署并提交初验申请；平台部署于甲方指定的政务云资源池。
P:2.2 乙方应在合同签订后10个工作日内提交项目实施方案，经甲方书面确认后执行。
P:2.3 乙方应委派具有同类政府监管平台实施经验的项目经理1名及开发、实施人员不少于8名，项目经理未经甲方同意不得更换。乙方人员进入承储库现场时，应遵守承储企业的食品安全、冷库作业及出入管理制度。
P:2.4 甲方负责协调政务云资源、网络接入及承储企业配合，并指定专人对接。因甲方原因延误的，交付期限相应顺延。
P:2.5 培训：乙方应为甲方及承储企业相关人员提供不少于3期集中培训和1期上门培训，提供操作手册、管理员手册，并保证受训人员能够独立完成日常操作。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方提交的等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初验并完成全部承储库数据接入后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方提交的履约保函有效期应至最终验收合格后30日。
P:3.5 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条 验收
P:4.1 初验：平台部署完成并试运行30日后，由甲方组织初验。初验标准为：全部功能符合招标文件技术要求；9家承储库温湿度数据每5分钟采集一次，连续7日数据完整率不低于99%；出入库台账与库存盘点数据一致；接口联调通过。
P:4.2 最终验收：初验合格后平台稳定运行90日，且期间未发生一级故障，由甲方组织专家进行最终验收，并出具书面验收报告。第三方软件测评及网络安全等级保护测评均应合格。
P:4.3 平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
P:4.4 验收所需的测试环境、测试数据由乙方准备，甲方予以配合；第三方测评费用由乙方承担。
H:第五条 质量保证与售后服务
P:5.1 平台质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费为平台软件许可费的9%（即¥104,400/年），该价格在质保期满后三年内保持不变。
P:5.3 服务水平：平台月度可用率不低于99.95%；一级故障（平台不可用或储备库存数据错误）30分钟内响应、2小时内到达现场、8小时内恢复；二级故障2小时内响应、24小时内解决。
P:5.4 乙方未达到前款响应或恢复时限的，每超时一小时向甲方支付¥1,500；月度可用率每低于承诺值0.01个百分点，扣减当年维护费或履约保证金¥2,000。
H:第六条 知识产权
P:6.1 平台软件原有的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 本项目定制开发形成的程序、接口、源代码、数据库设计及技术文档的知识产权归甲方所有，乙方应在最终验收时交付完整源代码，甲方可自行或委托第三方修改、使用。
H:第七条 数据安全与数据归属
P:7.1 平台中的储备计划、库存、承储企业、补贴及监测数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:7.2 乙方应落实网络安全等级保护第三级要求，对数据进行加密存储和传输，运维访问须经甲方审批并通过堡垒机进行，全程留存日志。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方，立即采取补救措施，并承担由此给甲方造成的全部损失及相应法律责任。
P:7.4 合同终止或履行完毕后，乙方应在30日内将其因履行本合同而持有的全部数据移交甲方，并删除其所持副本，向甲方出具书面删除确认。乙方人员应签署个人保密与数据安全承诺书。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的储备规模、储备库分布、轮换计划等非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效五年。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:9.2 乙方交付的平台不符合合同约定，经整改后仍无法通过验收的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:9.3 乙方未按第五条提供质保服务，经甲方书面通知后5日内仍未改正的，甲方可另行委托第三方处理，费用由乙方承担，并可从履约保证金中直接扣除。
P:9.4 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十条 分包与转包
P:10.1 乙方不得转包，也不得将本合同项下任何工作分包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:11.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
P:12.3 争议处理期间，除争议事项外，双方应继续履行本合同其余部分。
H:第十三条 不可抗力
P:13.1 因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应在事件发生后3日内通知对方，并在15日内提供证明，双方协商延期履行或部分免除责任。
H:第十四条 其他
P:14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.2 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件、中标通知书为本合同组成部分。
P:甲方（盖章）：某市商务局　　　　乙方（盖章）：某市云链冷储信息技术有限公司
P:签订日期：2027年3月　日
"""

SRC["z02"] = """T:注塑修边生产线控制系统改造及维保合同
P:合同编号：YX-ZS-2027-0042
P:甲方（买方）：某市宏步雨靴制造有限公司
P:乙方（卖方）：某省恒控自动化工程有限公司
P:甲方PVC雨靴注塑车间现有6条转盘式注塑线及配套修边工位，控制系统老化、修边依赖人工。为提高良品率，甲方委托乙方实施控制系统改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责6条注塑线的PLC控制柜更换、模台伺服驱动改造、视觉修边检测单元安装、线控软件部署，以及与甲方现有MES系统的数据接口开发，并提供安装调试、培训和质保期满后的维保服务。
P:1.2 改造须在甲方不停产的前提下分线进行，每条线停机改造时间不超过5日。
P:1.3 乙方应在合同签订后7个工作日内完成现场勘查，提交改造实施计划、停机切换方案和回退方案，经甲方生产部门书面确认后实施。每条线切换前，乙方应备份原控制程序和参数，切换失败时应在8小时内恢复原系统运行。
P:1.4 甲方负责提供改造所需的电源、压缩空气、临时存放场地及MES系统接口文档，并安排工艺人员配合调试。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾万元整（¥1,500,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏、安全回路）|6套|98,000|588,000
TB:2|模台伺服驱动改造|16套|14,500|232,000
TB:3|视觉修边检测单元|4套|62,000|248,000
TB:4|工控机|6台|9,000|54,000
TB:5|线控软件许可（永久）|1套|146,000|146,000
TB:|设备及软件小计|||1,268,000
TB:6|安装调试及停机切换|1项|118,000|118,000
TB:7|MES数据接口开发|1项|96,000|96,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,500,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、税费及质保期内服务费用。
P:2.3 合同履行期间，因原材料或汇率变化引起的成本变动由乙方自行承担，合同价格不作调整。甲方书面要求增加的工作量，双方另行签订补充协议并按本表单价计价。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%。到货签收和安装完成不代表验收合格。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款应提供相应的增值税专用发票及到货签收单、验收证书等付款凭证，甲方在收到后20个工作日内付款。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后75日内完成全部6条线的改造。
P:4.2 每条线改造完成后连续试生产10个班次，达到以下标准的，甲方出具单线验收记录：成型周期不高于改造前基准；修边检测漏检率不高于0.5%；设备无一级故障；生产数据可实时上传MES。
P:4.3 全部6条线单线验收后，再连续运行30日无一级故障，甲方组织最终验收并签署验收证书。
P:4.4 验收依据为本合同、设备技术规格书及国家相关标准，验收测试所用的试模、原料由甲方提供，检测工具由乙方提供。
P:4.5 验收不合格的，乙方应在10日内整改后重新验收；两次验收仍不合格的，甲方有权退货并解除合同。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备、软件的故障维修及零部件更换全部免费。
P:5.2 服务响应：一级故障（整条线停机或存在安全风险）乙方应在1小时内响应，8小时内到达现场；二级故障24小时内到场处理。
P:5.3 乙方超过上述响应或到场时限的，每超时一小时向甲方支付¥800。
P:5.4 质保期满后，甲方可选择由乙方提供年度维保服务，年维保费为设备及软件小计的8%（¥101,440/年），该价格三年内不上调。维保合同不自动续期。
P:5.5 乙方应在最终验收时向甲方移交易损件备品清单，并在质保期内于甲方所在城市保持伺服驱动器、视觉相机、I/O模块等关键备件库存，确保更换时不因缺件延误。
P:5.6 质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新品或更高规格产品。
H:第六条 知识产权
P:6.1 线控软件的著作权归乙方或其原厂所有，甲方取得永久使用许可。
P:6.2 为本项目开发的MES接口程序、控制逻辑程序、视觉检测参数配置及技术文档归甲方所有，乙方应交付源程序，甲方可自行修改使用。
H:第七条 数据安全
P:7.1 生产工艺参数、产量、质量数据及配方信息属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:7.2 乙方远程维护须事先经甲方书面批准，使用甲方提供的专用账号，操作全程留存日志；乙方不得在控制网络中接入未经检查的移动存储设备。
P:7.3 因乙方原因造成数据泄露、丢失或控制系统被入侵的，乙方应在2小时内通知甲方，采取补救措施并赔偿甲方损失。
H:第八条 保密
P:8.1 双方对履行本合同中获得的对方技术资料、工艺配方和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
P:8.2 乙方不得以甲方名称、产线照片或改造成果进行宣传，但经甲方书面同意的除外。乙方人员离场时应交还门禁卡及全部技术资料。
H:第九条 违约责任
P:9.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:9.2 乙方交付的设备或软件与约定规格不符的，应在7日内免费更换，更换期间的停产损失由乙方承担。
P:9.3 因乙方改造原因造成甲方停产超出约定停机时间的，乙方应赔偿甲方由此造成的直接损失。
P:9.4 乙方在本合同项下承担的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:第十条 分包
P:10.1 乙方可将电气布线、设备搬运及吊装等辅助工作分包给具备相应资质的单位，但应提前3个工作日书面告知甲方分包单位名称及工作内容。乙方对分包单位的工作质量和安全负责。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后10日内未能纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:11.2 一方进入破产清算程序的，另一方可以解除合同。
P:11.3 合同解除后，乙方应配合甲方恢复原控制系统或完成已改造部分的移交，并提供已交付部分的图纸、程序和资料。
H:第十二条 安全生产
P:12.1 乙方人员在甲方车间作业应遵守甲方安全生产制度，动火、登高、带电作业须办理作业许可。乙方人员因违章作业造成的人身伤害及财产损失由乙方承担。
P:12.2 改造中拆除的旧控制柜、线缆等物资归甲方所有，由乙方分类整理后交甲方仓库；废弃物的清运处置应符合环保要求，费用已包含在合同价款内。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 争议由双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方可协商延期履行。
P:14.3 附件：设备技术规格书、改造实施计划、单线验收记录表。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:签订日期：2027年4月　日
"""

SRC["z03"] = """连锁柔道馆预约及会员管理SaaS服务合同

甲方（客户）：某市青柔体育文化发展有限公司
乙方（服务商）：某省道场云科技有限公司
签订地点：甲方所在地

甲方经营30家少儿柔道培训门店，需统一的课程预约、会员管理和收银系统。乙方提供“道场云”SaaS服务及实施服务。双方经友好协商，订立本合同，共同遵守。

一、服务内容与服务期
（一）乙方向甲方30家门店提供“道场云”SaaS服务，包括课程排期与在线预约、会员及学员档案、课时卡与储值管理、教练排班、考级报名、家长端微信小程序、门店经营报表等功能。
（二）实施服务包括：历史会员及课时数据迁移、30家门店的系统配置、小程序品牌定制、与甲方现有收款通道和财务软件的对接、店长及前台人员培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，第二个服务年度紧接其后。
（四）服务期届满，本合同终止，不自动续期。甲方如需续订，双方另行签订书面合同并协商价格。
（五）系统须同时支持安卓、iOS平板及门店前台电脑使用，并适配甲方现有的人脸识别签到终端。甲方总部账号可查看全部门店数据，各门店账号仅能查看本店数据，账号权限由甲方管理员自行分配。

二、合同价款
（一）SaaS服务费：每门店每服务年度¥6,800，30家门店每服务年度合计¥204,000，两个服务年度合计¥408,000。
（二）实施费：¥86,000，为一次性固定费用。
（三）合同总价为人民币肆拾玖万肆仟元整（¥494,000）。价格含税，服务期内不调整。
（四）服务期内甲方新增门店的，按每门店每服务年度¥6,800按剩余月份折算计费，不计入本合同总价。
（五）短信通知、第三方支付通道手续费按实际发生由甲方直接向相关服务商支付，不属于本合同价款。

三、付款方式
（一）实施费在系统通过上线验收、甲方签署验收单后15个工作日内一次性支付。
（二）SaaS服务费按季度结算，乙方于每个服务季度结束后开具发票，甲方收到发票后15个工作日内支付该季度服务费（¥51,000）。
（三）甲方不向乙方支付任何预付款项。

四、实施与验收
（一）乙方应在合同签订后45日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 全部历史会员、学员档案和剩余课时数据迁移完成，抽样核对300条无差错；
2. 30家门店均完成配置，每家门店完成预约、签到、消课、续费全流程测试；
3. 小程序在高峰时段模拟2,000名家长同时预约时，页面响应时间不超过2秒；
4. 与收款通道、财务软件的对账数据连续5日一致。
（三）甲方应在收到验收申请后7个工作日内组织验收。系统试用或部分门店先行使用不视为验收合格。
（四）验收未通过的，乙方应在7日内整改并重新提交验收申请，整改期间计入实施期限。
（五）培训：乙方应为每家门店的店长和前台人员提供不少于2次线上培训，为甲方总部运营人员提供1次现场培训，并提供操作视频和常见问题手册。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划内维护应安排在每日23:00至次日6:00之间并提前2日通知甲方。
（二）故障分级与响应：一级故障（系统整体不可用或无法预约、收款）30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决；三级问题3个工作日内答复。
（三）服务补偿：月度可用率每低于承诺值0.5个百分点，或一级故障恢复每超时一小时，乙方按当季服务费的2%给予抵扣，单季抵扣以当季服务费的20%为限。
（四）乙方应于每个服务季度结束后5个工作日内向甲方提交服务报告，列明可用率、故障记录、处理时长及抵扣金额，经甲方确认后用于当季结算。
（五）乙方应提供每日8:00至22:00的客服热线及在线工单渠道，并指定专属客户成功经理负责日常对接；功能升级应提前通知甲方，不得降低本合同约定的功能。

六、知识产权
（一）“道场云”平台及其底层软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序界面、品牌素材、专属报表模板及数据接口程序，知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
（三）乙方保证其提供的平台及定制成果不侵犯任何第三方的知识产权；因此引起的索赔由乙方负责处理并承担全部费用。

七、数据安全与数据使用
（一）甲方会员、学员及家长信息、课时与消费记录（下称“甲方数据”）归甲方所有。
（二）学员多为未成年人。乙方应遵守《个人信息保护法》及未成年人个人信息保护的有关规定，对甲方数据加密存储，严格控制访问权限并留存访问日志，数据存储于中国境内。
（三）发生数据泄露或安全事件的，乙方应在12小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失。
（四）乙方可将甲方数据经脱敏处理后形成的统计数据用于行业分析、产品改进及乙方对外发布的行业报告，在服务期内及服务期届满后均可使用。
（五）服务期届满或合同终止后30日内，乙方应向甲方完整导出甲方数据，并在甲方确认后删除系统中的甲方数据。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据及技术信息负有保密义务，未经对方书面同意不得披露给第三方。本条在合同终止后三年内继续有效。

九、违约责任
（一）乙方未按期完成实施的，每逾期一日向甲方支付¥400违约金。
（二）乙方违反第七条约定处理甲方数据或违反保密义务的，应赔偿甲方因此遭受的全部损失，包括甲方向会员、家长承担的赔偿及行政罚款。
（三）甲方逾期支付服务费的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
（四）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露给甲方造成的损失不受此限。

十、分包
乙方不得将本合同项下的实施服务分包，确需分包的，须事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约且在甲方书面通知后15日内未能纠正的，甲方有权解除本合同，并要求乙方退还已付但未使用的服务费。
（二）甲方逾期付款超过60日，经乙方书面催告后仍未支付的，乙方可暂停服务，但应提前10日通知甲方并允许甲方导出数据。
（三）合同解除或终止时，乙方应按第七条第（五）项协助甲方完成数据迁移，不得以任何理由扣留甲方数据。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交某市仲裁委员会仲裁。

十三、其他
（一）甲方应指定总部项目负责人，并按时提供历史数据、门店信息及验收所需配合。
（二）因不可抗力导致服务中断的，受影响方应及时通知对方，双方均不承担违约责任，但乙方应尽力恢复服务。
（三）双方的通知以书面形式送达本合同首部所列地址或双方确认的电子邮箱，即视为送达；一方变更联系方式的，应提前3日书面通知对方。
（四）本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：功能清单、门店清单、数据迁移方案。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：2027年5月　日
"""

SRC["z04"] = """城市公厕运行监测系统年度运维服务合同

甲方：某市城市管理局环境卫生管理处
乙方：某市洁联智能科技有限公司
项目名称：智慧公厕运行监测系统2027年度运维服务（政府采购）

鉴于甲方已建成覆盖全市126座公厕的智慧公厕运行监测系统，乙方为本项目的中标供应商，依据采购文件及乙方响应文件，双方订立本合同。

第一章 服务范围与期限
1. 服务对象：126座公厕内安装的异味（氨气、硫化氢）传感器、客流计数器、厕位占用检测器、能耗水耗计量表、信息显示屏，以及部署于市政务云的运行监测平台及管理端、公众端小程序。
2. 服务内容：设备日常巡检与维护维修、平台运行维护、数据质量核查、备品备件供应、驻场值守、月度运行分析报告。
3. 服务期限：自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，不自动续期。
4. 乙方应在合同生效后10日内完成与原运维单位的交接，交接内容包括设备台账、账号口令、运维文档和遗留问题清单。

第二章 服务费用
5. 合同总价为人民币伍拾捌万捌仟元整（¥588,000），构成如下：设备巡检维护费126座×¥2,600＝¥327,600；平台运维费¥86,000；备品备件包干费¥64,400；驻场值守服务费¥110,000。
6. 合同总价为固定价格，包含人工、交通、工具、备件、税费等全部费用。服务期内因乙方原因更换的设备及备件，费用由乙方承担。服务期内因甲方原因减少公厕数量的，按减少座数和剩余月份核减设备巡检维护费。
7. 付款：服务费按季度支付。每季度结束后，甲方依据第五章考核结果核定当季应付服务费（合同总价的四分之一扣减考核扣款），在收到发票后15个工作日内支付。本合同不设预付款。
8. 结算依据：每季度结束后5个工作日内，乙方提交季度服务报告、巡检记录汇总和发票；甲方在10个工作日内完成考核并书面通知乙方考核结果，乙方对结果有异议的，可在3个工作日内提出复核。

第三章 服务要求
9. 巡检：每座公厕每月现场巡检不少于2次，检查传感器读数、设备供电及通信状态，填写巡检记录并上传平台。巡检发现公厕土建、给排水等非本合同范围问题的，乙方应拍照记录并于当日报告甲方。
10. 平台运维：乙方保证运行监测平台月度可用率不低于99.95%；每日检查服务器资源、数据库和接口运行状态，每月进行一次系统性能检查，发现异常及时处理。
11. 故障分级：一级故障指平台整体无法访问，或10座以上公厕数据中断；二级故障指单座公厕设备整体离线或显示屏故障；三级故障指单个传感器故障。
12. 响应时限：一级故障30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，24小时内修复；三级故障48小时内修复。
13. 驻场：乙方安排2名运维人员在甲方监控中心驻场，工作日8:30至17:30值守，负责平台告警监控、工单派发和数据日报，节假日安排电话值班。驻场人员应遵守甲方考勤和办公管理规定。
14. 数据质量：传感器数据月度完整率不低于98%，异常数据应在2个工作日内核查并标注原因。
15. 备品备件：乙方应按设备总量的5%储备常用传感器、通信模块和电源模块，备件型号应与现有设备兼容；确需替换型号的，须经甲方书面同意并保证数据接入平台不受影响。
16. 报告：乙方应于每月5日前提交上月运行分析报告，内容包括设备在线率、故障统计及处理情况、异味超标公厕排名、客流高峰分析和改进建议；每季度末提交季度总结。
17. 人员：乙方应组建不少于6人的运维团队，其中项目负责人1名、平台工程师1名、现场维护人员4名，现场人员应持有低压电工作业证。乙方更换项目负责人，应提前10日书面告知甲方并经甲方认可。
18. 作业规范：现场维护应避开如厕高峰，作业时设置警示标识，不得影响公厕正常开放；高处作业和带电作业应遵守安全操作规程，乙方人员发生的安全事故由乙方负责。
19. 变更管理：平台升级、配置修改及设备更换前，乙方应提交变更方案，经甲方同意后在非高峰时段实施，并做好回退准备；变更完成后更新运维文档和设备台账。
20. 公众服务：公众端小程序中公厕位置、开放时间、厕位空闲状态等信息应保持准确，市民通过热线或小程序反映的设备问题，乙方应在收到甲方转办单后按第12条时限处理并反馈结果。
21. 应急保障：遇重大活动、节假日或极端天气，乙方应按甲方要求增派人员加强巡检，并在事件结束后提交保障总结。

第四章 交接验收
22. 进场交接完成后，甲方组织交接验收，标准为：设备台账与现场核对一致；全部账号口令已变更并移交甲方；平台及126座公厕设备在线状态经甲方抽查确认。交接验收合格后，甲方出具书面确认。交接中发现的原有设备故障，由乙方列出清单，经甲方确认后纳入修复计划，修复费用已包含在备品备件包干费中。
23. 服务期满时，乙方应向甲方或甲方指定的后续单位完成反向交接，提交全年运维档案，经甲方确认后方可办理末季度结算。

第五章 考核与扣款
24. 甲方按季度对乙方进行考核。平台月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,000；各级故障超过响应或修复时限的，每超时一小时扣减¥300；漏巡一座次扣减¥200。
25. 乙方未按第4条期限完成进场交接的，每逾期一日，按合同总价的千分之一支付违约金。

第六章 数据与成果
26. 系统采集的客流、环境监测、能耗及运维数据归甲方所有，乙方仅可为履行本合同使用，不得用于本合同以外的任何用途。
27. 乙方在运维中形成的巡检记录、分析报告、脚本和技术文档归甲方所有。

第七章 保密
28. 乙方及其人员对在服务中知悉的甲方工作信息、系统账号口令及平台技术资料负有保密义务，未经甲方书面同意不得对外披露。本条在合同终止后继续有效。

第八章 分包
29. 乙方不得将本合同项下的服务全部或部分分包、转包给第三方。

第九章 合同的变更与解除
30. 本合同签订后，双方均不得单方变更或解除。乙方履约不符合要求的，甲方有权要求乙方限期整改，并按第五章扣减服务费；双方对履约情况存在争议的，应协商解决。
31. 因不可抗力致使合同无法继续履行的，双方可协商解除合同，按实际服务期间结算费用。

第十章 法律适用与争议解决
32. 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十一章 其他
33. 甲方应为乙方驻场人员提供办公座位和网络接入，并及时提供运维所需的平台管理权限、公厕开放时间表及相关配合。
34. 服务期内，如甲方新建或改造公厕需接入本系统，乙方应配合完成设备安装调试和平台接入，新增设备的运维费用按本合同单价和实际服务月数另行结算。
35. 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。采购文件、响应文件和中标通知书为本合同的组成部分。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：　　　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

SRC["z05"] = """# 熔制滚压生产追溯系统软件许可及开发合同

**（琉璃智造标准合同文本 V3.0）**

合同编号：LLZZ-HT-2027-0318

甲方（用户）：某市彩珠玩具有限公司

乙方（开发商）：某市琉璃智造软件有限公司

甲方为玻璃弹珠生产企业，拟对熔炉配料、熔制、滚压成型、退火及分选包装全过程实施批次追溯管理。乙方为“琉璃智造”生产追溯系统的开发商。双方根据《中华人民共和国民法典》，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“琉璃智造”生产追溯系统（玻璃制品版）的永久使用许可，包含配料管理、熔炉温度曲线采集、滚压机组跟踪、退火窑监控、色彩分选记录、批次追溯查询等标准模块。

1.2 乙方按甲方需求进行定制开发，包括：2座熔炉及8台滚压机组的数据采集接口、弹珠花色配方管理、批次标签打印、与甲方ERP的出入库接口。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 软件许可仅限甲方在本合同约定的厂区内使用。甲方增加并发用户、增加生产线或厂区的，应按乙方届时的报价另行购买许可。

1.5 系统界面、报表格式以乙方标准产品为准，甲方提出的个性化界面调整在不影响系统架构的前提下予以配合。

1.6 系统运行所需的服务器、数据库、操作系统、网络设备及现场采集终端由甲方自行采购，不在本合同范围内。乙方可提供配置建议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯系统软件许可（永久，含10个并发用户） | 960,000 |
| 2 | 定制开发（采集接口、配方管理、标签打印、ERP接口） | 180,000 |
| 3 | 安装部署、数据初始化及培训 | 70,000 |
| | 合计 | 1,210,000 |

合同总价为人民币壹佰贰拾壹万元整（¥1,210,000），含税。上述价格不含第三方数据库、操作系统、采集终端硬件及乙方人员现场服务的差旅费用。定制开发范围以双方确认的需求说明书为准，需求说明书确认后甲方提出的变更另行报价。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥786,500。乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即¥423,500。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停实施或服务。

3.4 乙方在收到每期款项后开具相应金额的增值税专用发票。甲方以承兑汇票付款的，贴息费用由甲方承担。

## 第四条 交付与上线

4.1 乙方应在收到首期款项后90日内完成系统部署和定制开发，并通知甲方上线。

4.2 因甲方现场条件、设备接口资料或配合人员不到位导致延误的，交付期限相应顺延，乙方不承担责任。

4.3 甲方应在合同签订后10日内向乙方提供熔炉控制系统和滚压机组的通讯协议、ERP接口文档及现有数据，指定项目负责人，并按乙方要求准备服务器和网络环境。

4.4 乙方提供2天集中操作培训，培训人数不超过20人。甲方要求增加培训的，按每人天¥2,800另行收费。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 乙方通知甲方上线之日起7日内，甲方未书面提出异议的，亦视为系统已上线运行并验收合格。

5.3 甲方在上线后提出的修改意见，乙方在合理范围内予以调整；超出原需求的，作为新需求另行收费。

## 第六条 售后服务

6.1 自系统上线之日起六个月为免费维护期，乙方在免费维护期内提供远程技术支持及缺陷修复。

6.2 故障响应：紧急故障（系统无法使用）乙方在接到甲方报修后8小时内响应，一般问题在2个工作日内答复。需要现场服务的，乙方另行安排。

6.4 免费维护期内的现场服务，乙方人员的差旅及食宿费用由甲方承担。因甲方操作不当、擅自修改系统或硬件故障引起的问题，不属于免费维护范围。

6.3 乙方按本条提供服务即视为履行了服务义务，响应或修复时间超出上述时限的，乙方不承担任何扣款、赔偿或违约责任。

## 第七条 维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的24%，即每年¥230,400。

7.2 甲方未签订年度维护合同的，乙方不再提供版本升级、缺陷修复及技术支持服务。

7.3 年度维护服务包括：远程技术支持、缺陷修复、标准版本升级、每年一次现场巡检。定制功能的修改和新增不包括在年度维护服务内。

## 第八条 知识产权

8.1 “琉璃智造”系统及其文档的著作权归乙方所有。

8.2 本合同项下定制开发的采集接口、配方管理模块、标签模板、ERP接口程序及相关源代码、文档的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

8.3 乙方有权将本项目中形成的通用功能纳入其标准产品。甲方如需取得定制部分源代码，应另行与乙方协商并支付费用。

## 第九条 数据安全

9.1 系统中的生产、配方、质量及库存数据归甲方所有，乙方不得将其用于本合同以外的目的。

9.2 系统部署于甲方服务器。乙方远程维护须经甲方授权，使用专用账号并留存操作日志；乙方应采取必要的安全措施防止数据泄露、篡改或丢失。因乙方原因造成数据泄露或丢失的，乙方应在24小时内通知甲方，并承担相应的赔偿责任。

9.3 甲方应建立数据备份制度并定期备份系统数据。乙方在维护中需要调取生产数据的，应事先告知甲方并仅在甲方指定的环境中处理。

## 第十条 保密

双方对在合作过程中获知的对方商业秘密和技术信息负有保密义务，未经对方书面许可不得向第三方披露。甲方的配方工艺资料属于甲方商业秘密。保密义务在合同终止后三年内有效。甲方同意乙方在宣传材料和客户名单中使用甲方名称及项目案例。甲方人员应妥善保管系统账号口令。乙方交付的系统文档包括用户手册和管理员手册。

## 第十一条 违约责任

11.1 乙方无正当理由逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

11.2 任何一方违反本合同约定的，应承担相应的违约责任。

11.3 任何一方均不对对方的间接损失、利润损失或生产停工损失承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经另一方书面通知后30日内未纠正的，守约方有权解除本合同。

12.2 甲方解除合同的，已支付的款项中对应已完成工作的部分不予退还。

12.3 因不可抗力导致合同不能履行的，受影响方不承担违约责任，但应及时通知对方并提供证明。

## 第十三条 争议解决

因本合同引起的争议，双方友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。争议期间，不涉及争议的条款应继续履行。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 双方的通知以书面形式送达合同所列地址即视为送达。甲方签署本合同即表示已充分阅读并理解全部条款。

14.3 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：

日期：2027年　月　日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SL-FT-2027-07
P:This Agreement is made between Jiangsu Hengmian Textile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nantong, Jiangsu Province (the "Customer"), and Sahel Fibre Logiciels SARL, a company incorporated in Burkina Faso with its registered office at Secteur 4, Ouahigouya, Burkina Faso (the "Vendor").
P:The Customer buys raw cotton from West Africa and operates three spinning mills. The Vendor develops FibreTrace, a software product for cotton bale grading, lot planning and fibre traceability. The Customer wishes to acquire a perpetual licence to FibreTrace and to have the Vendor implement it at its mills. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FibreTrace application in the version current at signature, including its grading, bale inventory, laydown planning and traceability modules, together with all updates and upgrades supplied under this Agreement.
P:1.2 "Custom Deliverables" means all interfaces, reports, configurations, scripts and documents developed by the Vendor specifically for the Customer under this Agreement, including the interfaces to the Customer's ERP system and to the HVI fibre testing instruments at each mill.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including supplier, bale, test and production data.
P:1.4 "Final Acceptance" means the written confirmation issued by the Customer under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's three mills in Nantong, Rugao and Haimen for up to 60 named users and for the Customer's internal business purposes.
P:2.2 The Vendor shall install and configure the Software on the Customer's servers, develop the Custom Deliverables, migrate the Customer's historical bale and test records from its current spreadsheets and legacy database, and train the Customer's staff.
P:2.3 The detailed requirements are set out in Annex 1 (Functional Specification) and the project plan in Annex 2. If Annex 1 and the Vendor's proposal differ, Annex 1 prevails.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,680,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: Licence Fee CNY 1,240,000; implementation and Custom Deliverables CNY 310,000; data migration CNY 96,000; training CNY 34,000.
P:3.2 The Contract Price includes warranty support under Article 6 during the warranty period. No other charges are payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 30 days after the Go-Live Test described in Article 5.2 has been signed off by both parties.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed agent in Shanghai named in Annex 3. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, the Custom Deliverables and data migration within 110 days after signature.
P:5.2 The Go-Live Test shall show that: all functions listed in Annex 1 work as specified; the migrated bale and test records reconcile with the source records on a full count; the HVI interfaces transfer test results within two minutes of measurement; and the ERP interface posts goods receipts without error for ten consecutive working days.
P:5.3 After the Go-Live Test, the Software shall run in production for 60 days. If no Severity 1 incident occurs in that period and all open defects of Severity 2 have been corrected, the Customer shall issue Final Acceptance within ten working days. Use of the Software in production before Final Acceptance does not amount to acceptance.
P:5.4 If the Software fails the Go-Live Test or the production run, the Vendor shall correct the failures at its own cost and the relevant test shall be repeated. If the Software fails a second time, the Customer may terminate this Agreement under Article 13.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct all defects and provide updates, upgrades, remote support and on-site support free of charge.
P:6.2 Support requests are classified by severity. Severity 1 means that grading or bale intake is stopped at any mill. Severity 2 means that a major function is impaired but a workaround exists. Severity 3 means any other defect or question.
P:6.3 The Vendor shall respond to a Severity 1 incident within one hour and provide a workaround or fix within eight hours, and shall respond to a Severity 2 incident within one business day. The Vendor maintains a support desk with Chinese-speaking staff through its partner in Shanghai.
P:6.4 If the Vendor misses a response or workaround time for a Severity 1 incident, it shall pay the Customer CNY 1,000 for each hour or part of an hour of delay, which the Customer may deduct from any amount due.
H:Article 7 Post-Warranty Support
P:7.1 After the warranty period the Customer may order annual support, covering defect correction, updates, upgrades and the service levels in Article 6, for an annual fee equal to 10% of the Licence Fee, being CNY 124,000 per year.
P:7.2 The annual support fee stated in Article 7.1 is fixed for the first three years after the warranty period. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software as it existed before this Agreement.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including by engaging third parties.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including in de-identified or aggregated form.
P:9.2 The Software is installed on the Customer's servers in China. The Vendor shall access Customer systems only through the Customer's VPN with multi-factor authentication, after approval of each session, and shall not copy Customer Data outside the Customer's network.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in any processing of Customer Data. The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, shall take all measures needed to contain it, and shall be liable for the losses it causes to the Customer.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's purchase prices, supplier lists and mill layouts, and shall use it only for this Agreement.
P:10.2 This Article survives termination for five years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete the Go-Live Test by the date in Article 5.1 for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 9 and 10, to infringement claims, to personal injury or to wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor, including its Shanghai partner.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after receiving notice of the breach.
P:13.2 The Customer may also terminate under Article 5.4 or if the delay damages under Article 11.1 reach their maximum.
P:13.3 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for the parts of the work that have not been accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Burkina Faso.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration in Ouagadougou under the rules of the Centre for Arbitration, Mediation and Conciliation of Ouagadougou. The language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement and its Annexes are the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party.
P:Annex 1: Functional Specification. Annex 2: Project Plan. Annex 3: Payment Details.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS

**WorkLoop Maintenance Cloud - Order Form No. WL-CN-2027-014**

## PART A - ORDER FORM

### A1. Parties

**Provider:** Karfiguela Digital SARL, a company incorporated in Burkina Faso, registered office at Avenue de la Comoe, Banfora, Burkina Faso ("Provider").

**Customer:** Hefei Shengjiang Elevator Services Co., Ltd., a company incorporated in the People's Republic of China, registered office in the Hefei High-Tech Zone, Anhui Province ("Customer").

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If this Order Form and Part B conflict, this Order Form prevails.

### A2. Services Ordered

Provider will provide its WorkLoop Maintenance Cloud service (the "Service"), a hosted application for planning, dispatching and recording elevator maintenance and repair work, with a mobile app for technicians, a customer portal for building managers and a reporting module. The Customer maintains about 9,600 elevators in Anhui and Jiangsu and will use the Service for up to 420 technician users and 60 back-office users.

Provider will also perform onboarding services: configuration of the Customer's maintenance plans and checklists, import of the elevator register and five years of work-order history, an interface to the Customer's finance system, an interface to the municipal elevator safety platforms of Hefei and Wuxi, and training of key users and trainers (the "Onboarding Services").

### A3. Subscription Term

The Subscription Term starts on the date of Go-Live Acceptance under A4 and lasts for two Subscription Years. The first Subscription Year ends on the day before the first anniversary of that date, and the second on the day before the second anniversary. Renewal is governed by A5.

### A4. Onboarding and Go-Live Acceptance

The Target Go-Live Date is 75 days after signature of this Order Form. Go-Live Acceptance requires that: the elevator register and history are imported and reconciled with the Customer's source data by record count and by a sample check of 500 records; all configured maintenance plans generate work orders correctly for one full month of simulated scheduling; both interfaces pass end-to-end tests on 200 test transactions without error; and 40 technicians at two branches have used the mobile app in a pilot for ten working days without a Priority 1 incident. The Customer signs a Go-Live Acceptance certificate when these criteria are met. Use of the Service in the pilot is not acceptance.

If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay the Customer CNY 500 for each day of delay, up to a total of CNY 30,500.

### A5. Renewal

At the end of the Subscription Term, this Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Provider may increase the subscription fee for any renewal period by up to 9% over the fee of the preceding period by written notice given at least 75 days before the renewal date.

### A6. Fees and Invoicing

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 480 users, annual fee | 286,000 |
| Subscription, Subscription Year 2 | 480 users, annual fee | 286,000 |
| Onboarding Services | fixed price | 38,000 |
| **Total fees for the Subscription Term** | | **610,000** |

All amounts include VAT and are payable in CNY. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice. The Onboarding Services fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice. No amount is payable before Go-Live Acceptance. Additional users may be added at the same per-user rate, pro rata for the remaining part of the Subscription Year.

## PART B - GENERAL TERMS

### 1. Service Levels

1.1 Provider shall make the Service available at least 99.95% of the time in each calendar month, measured at Provider's internet gateway, excluding scheduled maintenance notified at least five days in advance and carried out between 00:00 and 05:00 China Standard Time.

1.2 Incidents are classified as Priority 1 (the Service or the mobile app is unavailable, or work orders cannot be created or closed), Priority 2 (a major function is impaired) and Priority 3 (other issues). Provider shall respond to a Priority 1 incident within 30 minutes, at any time of day, and restore the Service or provide a workaround within six hours. Provider shall respond to a Priority 2 incident within two hours during business hours.

1.3 If monthly availability falls below the level in 1.1, Provider shall credit 5% of the monthly equivalent of the annual subscription fee for each 0.1 percentage points or part of them below that level, up to 50% of that monthly equivalent. If Provider misses the Priority 1 response or restoration time, it shall credit CNY 800 for each hour of delay. Credits are set off against the next invoice or, at the end of the term, paid to the Customer.

1.4 Provider shall send a monthly service report showing availability, incidents, response and restoration times and credits.

### 2. Customer Data

2.1 All data that the Customer or its users enter into the Service, and all data generated by the Service from it, including elevator registers, work orders, inspection records, photographs and technician locations ("Customer Data"), belong to the Customer.

2.2 Provider shall process Customer Data only to provide the Service to the Customer under this Agreement and in accordance with the Customer's instructions. Provider shall not use Customer Data for any other purpose.

2.3 Provider shall export all Customer Data in a standard format at the Customer's request at any time and at the end of the Agreement, and shall then delete it from the Service within 30 days and confirm the deletion in writing.

### 3. Data Security

3.1 The Service is hosted in data centres located in mainland China operated by a cloud provider holding an MLPS level 3 filing. Provider shall keep Customer Data in mainland China.

3.2 Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, use multi-factor authentication for administrative access and keep access logs for at least 180 days.

3.3 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall take immediate measures to contain it, and shall be liable for the losses the incident causes to the Customer.

### 4. Intellectual Property

4.1 Provider owns the Service and all its underlying software.

4.2 All configurations, checklists, report templates and interface programs created for the Customer during the Onboarding Services ("Customer Configurations") belong to the Customer. Provider shall deliver them in usable form at the end of the Agreement, and the Customer may use, modify and have third parties use them freely.

### 5. Confidentiality

5.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, shall use it only for the Agreement and shall protect it with at least reasonable care.

5.2 These obligations continue for three years after the Agreement ends.

### 6. Subcontractors

6.1 Provider may engage subcontractors and subprocessors to perform any part of the Service or the Onboarding Services, including hosting, support and interface development, by giving the Customer written notice of the subcontractor's name and role. Provider remains responsible for the performance of its subcontractors.

### 7. Term and Termination

7.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

7.2 The Customer may also terminate this Agreement by written notice if service credits under 1.3 become due in any three consecutive months.

7.3 On termination by the Customer under 7.1 or 7.2, Provider shall refund the prepaid fees for the period after termination.

### 8. Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term stated in A6.

8.2 The limit in 8.1 does not apply to breach of Sections 2, 3 or 5, to infringement of intellectual property rights, to personal injury or to fraud or wilful misconduct.

### 9. Governing Law and Disputes

9.1 This Agreement is governed by the laws of the People's Republic of China.

9.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Notices must be in writing and sent to the addresses in A1 or to the e-mail addresses the parties designate.

10.2 Neither party may assign this Agreement without the other party's written consent.

10.3 This Agreement is made in English and Chinese; both versions have equal force.

**Signed for the Customer:** ____________________ **Signed for Provider:** ____________________
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT FOR A CONDITION MONITORING SYSTEM
P:Contract No. TJF-EQ-2027-0925
P:Buyer: Tongling Jinfeng Cement Co., Ltd., Tongling, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Mouhoun Capteurs Industriels SARL, Route de Bobo, Dedougou, Burkina Faso (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software. The Supplier has read and accepted these terms in the tender of March 2027.
H:1. Definitions and Scope
P:1.1 "System" means the condition monitoring system described in this Contract, consisting of the Equipment, the Software and the services in Clause 3.
P:1.2 "Equipment" means the wireless vibration and temperature sensors, gateways and edge servers listed in Clause 2.
P:1.3 "Software" means the Supplier's MachineSense condition monitoring software, licensed under Clause 8.
P:1.4 The System shall monitor the kiln main drive, raw mills, cement mills, coal mill, ID fans and crushers of the Buyer's two clinker lines. It shall collect vibration and temperature data from each sensor at least every ten minutes, raise alarms on set limits and trends, and give the Buyer's maintenance engineers fault diagnosis reports for each machine.
P:1.5 The technical requirements in Annex A form part of this Contract.
H:2. Price
P:2.1 The Contract Price is CNY 1,480,000, inclusive of VAT, packing, transport to the Buyer's plant, insurance, installation and all other costs, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|2,150|516,000
TB:2|Industrial wireless gateway|24|8,600|206,400
TB:3|Edge server with storage|2|58,000|116,000
TB:4|MachineSense software, perpetual site licence|1|382,000|382,000
TB:|Hardware and Licence Subtotal|||1,220,400
TB:5|Installation and commissioning|1 lot|146,000|146,000
TB:6|Configuration, alarm limits and model tuning|1 lot|88,000|88,000
TB:7|Training|1 lot|25,600|25,600
TB:|Contract Price|||1,480,000
P:2.2 The Contract Price is fixed and is not subject to any adjustment for exchange rates, duties or costs.
H:3. Services
P:3.1 The Supplier shall survey all machines, propose sensor positions for the Buyer's approval, mount the sensors, install the gateways and edge servers, connect the System to the Buyer's plant network and configure the Software.
P:3.2 The Supplier shall set alarm limits for each machine based on ISO 10816 and on baseline measurements, and tune the diagnosis models during the trial run.
P:3.3 The Supplier shall train 20 maintenance engineers and 6 system administrators in Tongling, and provide user and administrator manuals in Chinese.
H:4. Delivery
P:4.1 The Supplier shall deliver the Equipment to the Buyer's plant within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:4.2 Installation work inside the plant shall be carried out during planned stops agreed with the Buyer's production department, and in compliance with the Buyer's safety rules, including hot-work and working-at-height permits.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount.
P:5.2 The Buyer shall pay 55% of the Contract Price within 20 working days after the Installation Certificate is signed. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 45 days. Final Acceptance requires that: all 240 sensors report data with a completeness of at least 98% over the trial period; the measured vibration values match a calibrated portable analyser within ±5% on ten sample machines chosen by the Buyer; alarms reach the control room and the engineers' mobile phones within one minute in a test of every alarm type; the Software produces diagnosis reports for all monitored machines; and no Severity 1 incident occurs in the last 30 days of the trial period.
P:6.2 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Delivery, installation, the Installation Certificate and use of the System during the trial period do not constitute acceptance.
P:6.3 If the System fails Final Acceptance, the Supplier shall remedy the failures at its own cost and the trial period shall be repeated. If the System fails a second time, the Buyer may reject the System and terminate this Contract under Clause 15.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects, supply Software updates and provide remote and on-site support free of charge.
P:7.2 The Supplier shall keep spare sensors and a spare gateway at the Buyer's plant during the warranty period.
P:7.3 The Supplier shall make the Software available to the Buyer's users at least 99.95% of the time in each calendar month during the warranty period, excluding planned maintenance agreed with the Buyer.
P:7.4 Incidents are handled as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|System or an edge server down, or data from a whole production line missing|30 minutes|8 hours
TB:Severity 2|A gateway or a group of sensors down, or alarms delayed|2 hours|24 hours
TB:Severity 3|Single sensor fault or other issue|1 business day|5 business days
P:7.5 For each hour by which the Supplier misses a Severity 1 or Severity 2 response or restoration time, the Supplier shall pay the Buyer CNY 900. For each 0.01 percentage points by which monthly availability falls below the level in Clause 7.3, the Supplier shall pay the Buyer CNY 1,200. The Buyer may deduct these amounts from any payment or from the performance guarantee.
P:7.6 After the warranty period, the Buyer may order annual support on the terms of this Clause 7 for an annual fee of 7.5% of the Hardware and Licence Subtotal, being CNY 91,530 per year. This fee is fixed for the two years after the warranty period. Support is ordered by separate purchase orders and does not renew automatically.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable and non-exclusive licence to use the Software at the Buyer's Tongling plant, including any future lines at that plant, for an unlimited number of users.
P:8.2 The alarm limits, machine models, diagnosis rules, reports and interface programs created for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them freely and may have them maintained by third parties.
H:9. Buyer Data and Data Security
P:9.1 All data collected or generated by the System, including vibration and temperature data, alarms and diagnosis reports ("Buyer Data"), belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, in any form.
P:9.2 The System shall run on the Buyer's plant network. Remote access by the Supplier requires the Buyer's approval for each session and shall pass through the Buyer's jump server, with all actions logged. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:9.3 The Supplier shall ensure that the gateways and edge servers meet the Buyer's industrial network security requirements, including encrypted transmission and changed default passwords. The Supplier shall report any security incident affecting the System or Buyer Data within 6 hours and shall be liable for the losses caused by its breach of this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production data and commercial terms, and shall not disclose it to any third party without the Buyer's written consent. This obligation continues for five years after the end of this Contract.
H:11. Delay Damages
P:11.1 If the Supplier fails to complete installation and commissioning or to achieve Final Acceptance by the dates in this Contract, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are unlimited.
H:13. Performance Guarantee
P:13.1 Within 15 days after signature, the Supplier shall provide a performance guarantee of 5% of the Contract Price issued by a bank in mainland China, valid until 30 days after the end of the warranty period.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after the Buyer's notice, if the System fails Final Acceptance twice, or if the delay damages reach their maximum.
P:15.2 On termination under Clause 15.1, the Supplier shall refund all amounts paid for rejected Equipment and Software and remove the rejected Equipment at its own cost.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:17. General
P:17.1 This Contract is made in English and Chinese, in four originals, two for each party. Both language versions have equal force.
P:Annex A: Technical Requirements. Annex B: Sensor Positions. Annex C: Trial Run Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED END-USER SERVICES AGREEMENT

Agreement No. CTL-MS-2027-03

**Between**

Chengdu Tianlian Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Shuangliu District, Chengdu, Sichuan Province (the "Customer"); and

Gourma Services Numeriques SARL, a company incorporated in Burkina Faso, with its registered office on Route de Niamey, Fada N'Gourma, Burkina Faso, acting in China through its wholly owned subsidiary in Chengdu (the "Provider").

**Background.** The Customer operates 14 cold-chain warehouses in western China, with about 1,350 device users. The Customer wishes to outsource its service desk and end-user support to the Provider for 36 months.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" means the amounts calculated under Schedule 2.

1.3 "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Provider receives, accesses or generates in performing the Services, including ticket data, device inventories, user accounts and any data stored on end-user devices.

1.4 "Transition" means the work needed to take over the Services from the Customer's internal IT team, as described in Section 3.

1.5 "Initial Term" means 36 months from the Service Commencement Date.

## Section 2. Term

2.1 This Agreement starts on signature. The Services start on the Service Commencement Date, which is the day after Transition Acceptance under Section 3.4.

2.2 This Agreement ends at the end of the Initial Term unless terminated earlier. Any extension requires a written amendment signed by both parties, with fees to be agreed at that time. There is no automatic renewal.

## Section 3. Transition

3.1 The Provider shall complete the Transition within 60 days after signature, following the transition plan in Schedule 1, Part B.

3.2 During the Transition the Provider shall take over the ticket history and the knowledge base, document all device images and standard configurations, set up its service desk tools, recruit and train the on-site engineers, and run the service desk in parallel with the Customer's team for at least 14 days.

3.3 The Customer shall give the Provider reasonable access to its tools, documents and staff.

3.4 Transition Acceptance requires that: the ticket history and knowledge base have been migrated and checked by the Customer; all device images have been documented and tested on each device model; on-site engineers are in place at the Chengdu, Chongqing and Xi'an hubs; and during the parallel run the Provider met the Service Levels for service desk answer time and Priority 1 response. The Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met.

## Section 4. Services and Service Levels

4.1 The Provider shall perform the Services described in Schedule 1 in accordance with the Service Levels in Schedule 2.

4.2 If the Provider fails to meet a Service Level in any month, it shall credit the Customer the Service Credits set out in Schedule 2. Service Credits are deducted from the monthly fee for the following month. The total Service Credits for any month shall not exceed 20% of the monthly fee for that month.

4.3 The Provider shall provide a monthly service report by the fifth working day of each month, with ticket volumes, Service Level results, Service Credits, user satisfaction results and open problems, and shall attend a monthly service review meeting with the Customer.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Initial Term are CNY 2,424,000, consisting of the Transition fee of CNY 120,000 and 36 monthly fees of CNY 64,000.

5.2 The Transition fee is invoiced after Transition Acceptance. Monthly fees are invoiced monthly in arrears. The Customer shall pay each correct invoice within 30 days of receipt. No advance payment is due.

5.3 The charges include all labour, tools, travel within the Customer's sites, and taxes. Hardware, spare parts and software licences for end-user devices are bought by the Customer and are not included.

5.4 The charges are fixed for the Initial Term.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose, in identifiable, de-identified or aggregated form.

6.2 The Provider shall process Customer Data only in mainland China and only on the Customer's systems or on tools approved by the Customer. The Provider shall apply access controls based on least privilege, use multi-factor authentication for all privileged accounts, keep access logs and follow the Customer's information security policies.

6.3 The Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China. Before any device is disposed of or returned to a supplier, the Provider shall wipe its storage to the Customer's standard and record the wipe.

6.4 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within 8 hours after becoming aware of it, shall cooperate with the Customer's investigation and remediation, and shall be liable for the losses caused by the incident to the extent it results from the Provider's breach of this Section.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only to perform this Agreement.

7.2 The obligations in this Section continue for three years after this Agreement ends.

## Section 8. Intellectual Property

8.1 The Provider retains its pre-existing tools and methods.

8.2 All runbooks, scripts, device images, knowledge base articles, reports and other materials created by the Provider for the Customer under this Agreement belong to the Customer. The Customer may use, modify and license them freely, including after this Agreement ends and for the benefit of a replacement provider.

## Section 9. Personnel and Subcontracting

9.1 The Provider's personnel shall follow the Customer's site rules.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## Section 10. Liability

10.1 Each party's total liability arising out of or in connection with this Agreement in any contract year is limited to the total fees paid by the Customer under this Agreement in the six months preceding the event giving rise to the claim.

10.2 The limit in 10.1 does not apply to personal injury, fraud or wilful misconduct.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if the Provider fails the same Service Level in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 60 days, return all Customer Data and materials, and hand over the Services to the Customer or its new provider. Exit assistance beyond the handover of documents and data is charged at the day rates in Schedule 3.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The arbitral award is final.

## Section 13. General

13.1 This Agreement, including its Schedules, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

## Schedule 1 - Services

**Part A. Scope**

| Service | Description | Staffing |
|---|---|---|
| Service desk | Phone, e-mail and portal support in Chinese, 07:00-23:00 every day, with an on-call engineer at night | 6 agents |
| On-site support | Deskside support at the Chengdu, Chongqing and Xi'an hubs; visits to other warehouses as scheduled | 5 engineers |
| Device management | Imaging, deployment, moves and changes, patching and disposal of laptops, desktops and handheld scanners | included above |
| Printer and label support | Support for label printers at loading docks, coordination with printer suppliers | included above |
| Service management | Service delivery manager, monthly reports and reviews | 1 manager |

**Part B. Transition plan**

| Phase | Main tasks | Duration |
|---|---|---|
| Knowledge transfer | Interviews, document review, shadowing | 3 weeks |
| Set-up | Tools, knowledge base, recruiting and training | 3 weeks |
| Parallel run | Joint operation with the Customer's team | 2 weeks |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service Credit if missed |
|---|---|---|
| Priority 1 response (warehouse or hub cannot scan, print labels or ship) | 15 minutes | 3% of the monthly fee |
| Priority 1 restoration | 6 hours | 3% of the monthly fee |
| Priority 2 response | 1 hour | 1% of the monthly fee |
| Service desk calls answered within 60 seconds | 85% | 2% of the monthly fee |
| Self-service portal availability | 99.95% per month | 2% of the monthly fee |
| User satisfaction | at least 4.2 out of 5 | 1% of the monthly fee |

## Schedule 3 - Charges

| Charge | Amount (CNY) |
|---|---|
| Transition fee (one-time) | 120,000 |
| Monthly fee, months 1-36 | 64,000 per month |
| Total for the Initial Term | 2,424,000 |
| Day rate, engineer | 1,800 |
| Day rate, service delivery manager | 2,600 |

**Signed for the Customer:** ____________________ **Signed for the Provider:** ____________________
"""

SRC["e05"] = """MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement reference: KDG-API-2027-22

PARTIES

(1) Xiamen Haiyue Agricultural Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Huli District, Xiamen, Fujian Province ("Customer").

(2) Boulkiemde Market Data SARL, a company incorporated in Burkina Faso with its registered office at Avenue de la Nation, Koudougou, Burkina Faso ("Provider").

BACKGROUND

Customer imports sesame, shea kernels, cashew nuts and cotton from West Africa. Provider collects and publishes daily market prices, crop progress indicators, export volumes and port stock data for these commodities from markets, cooperatives and ports in eleven West African countries, and makes them available through an application programming interface (the "API"). Customer wishes to subscribe to the API for two years and to have Provider build a custom feed for its purchasing system.

1. DEFINITIONS

1.1 "Data" means the market data delivered through the API, as described in Schedule A.

1.2 "Custom Feed" means the data mapping, conversion scripts and feed specification that Provider develops for Customer under clause 4, which deliver selected Data in Customer's product codes, units and currency into Customer's purchasing system.

1.3 "Customer Data" means Customer's watchlists, query parameters, user accounts, usage logs, purchase volumes and any other data that Customer provides to Provider or that the API records about Customer's use.

1.4 "Subscription Year" means each of the two consecutive periods of the subscription, the first starting on the Start Date and the second on the first anniversary of the Start Date.

1.5 "Start Date" means the date of Integration Acceptance under clause 4.4.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access the API with up to 40 user accounts and 3 system accounts, and to use the Data for Customer's internal purchasing, pricing, risk management and reporting.

2.2 Customer may keep and use Data retrieved during the subscription after it ends, for its internal records and analysis, but may not resell or publish the Data.

2.3 The subscription ends at the end of the second Subscription Year. It may be extended only by a new written order signed by both parties.

3. DELIVERY OF THE SERVICE

3.1 Provider shall publish daily prices by 18:00 Beijing time on each West African business day and weekly crop and port data every Monday, as specified in Schedule A.

3.2 Provider will use commercially reasonable efforts to keep the API available and to correct errors in the Data promptly after they are reported. Provider may suspend the API for maintenance from time to time and will try to give advance notice of planned maintenance.

3.3 Customer may report problems by e-mail to Provider's support address. Provider will handle reports in the order received during its business hours.

4. CUSTOM FEED AND INTEGRATION ACCEPTANCE

4.1 Provider shall develop the Custom Feed in accordance with the specification agreed in Schedule B, including conversion of prices into CNY per tonne using the daily reference rate, mapping to Customer's product codes and grades, and delivery into Customer's purchasing system through a secure file interface.

4.2 Provider shall deliver the Custom Feed for testing within 45 days after signature of this Agreement.

4.3 Customer shall test the Custom Feed for 20 consecutive business days. The test is passed if: every scheduled delivery arrives in Customer's system on time; prices and volumes in the Custom Feed match the values in the API on a full comparison of the test period; currency conversions match the reference rate; and no delivery fails to load because of a format error.

4.4 When the test is passed, Customer shall sign an Integration Acceptance certificate within five business days. Use of the API or the Custom Feed during testing is not acceptance. If the test is not passed, Provider shall correct the errors and the test shall be repeated.

4.5 If Provider does not deliver the Custom Feed for testing by the date in clause 4.2, or if a repeated test is necessary because of Provider's errors and delays Integration Acceptance, Provider shall pay Customer CNY 300 for each day of delay, up to a total of CNY 23,000.

5. FEES AND PAYMENT

5.1 The fees are:

Subscription fee, first Subscription Year: CNY 218,000
Subscription fee, second Subscription Year: CNY 218,000
Custom Feed development and integration (one-time): CNY 24,000
Total fees: CNY 460,000

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The Custom Feed fee is invoiced after Integration Acceptance. Customer shall pay each invoice within 30 days after receipt. No amount is payable before Integration Acceptance.

5.3 All fees include VAT and any withholding taxes and are fixed for both Subscription Years.

6. INTELLECTUAL PROPERTY

6.1 Provider retains all rights in the API, its database and the Data, subject to the licence in clause 2.

6.2 The Custom Feed, including its mapping tables, conversion scripts and specification, belongs to Customer from delivery. Provider shall deliver the scripts and documentation at Integration Acceptance, and Customer may use, modify and license them freely, including with data from other sources.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the Custom Feed to Customer and shall not use it for any other purpose, including in anonymised or aggregated form.

7.2 Provider shall store Customer Data on servers located in mainland China operated by a cloud provider holding an MLPS level 3 filing. Provider shall encrypt Customer Data in transit and at rest, protect API keys and accounts with multi-factor authentication for administrators, limit access to named staff and keep access logs for one hundred and eighty days.

7.3 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall take immediate steps to contain it, and shall be liable for the losses the incident causes to Customer.

7.4 At the end of the subscription, Provider shall return Customer Data to Customer on request and then delete it within 30 days and confirm the deletion in writing.

8. WARRANTIES

8.1 Provider warrants that it has the right to license the Data, that it collects the Data with reasonable care from the sources described in Schedule A, and that the Custom Feed will conform to Schedule B.

8.2 Customer acknowledges that market prices are indicative and that Provider does not guarantee any trading result.

9. SUBCONTRACTING AND ASSIGNMENT

9.1 Provider shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent, except for the data collection agents in West Africa listed in Schedule A. Provider remains responsible for all subcontractors and agents.

9.2 Neither party may assign this Agreement without the other party's prior written consent.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 5.1.

10.2 This limit does not apply to liability under clause 7, to infringement of intellectual property rights, to personal injury or to wilful misconduct.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

11.2 If Customer terminates under clause 11.1, Provider shall refund the part of the subscription fee paid for the period after termination.

11.3 Clauses 2.2, 6, 7, 10 and 12 survive termination or expiry.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding.

13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses designated by the parties.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

13.3 This Agreement is made in English and Chinese, in two originals of each language version, and both versions have equal force. Each party keeps one original of each version.

SCHEDULE A - DATA DESCRIPTION

Commodities: sesame, shea kernels, cashew nuts, cotton lint. Data: daily market prices at 38 markets, weekly farm-gate prices, weekly crop progress indicators, monthly export volumes by port, weekly port stock estimates at Abidjan, Tema, Lome, Cotonou and Dakar. Format: JSON over HTTPS, with history from 2019.

SCHEDULE B - CUSTOM FEED SPECIFICATION

Daily file at 20:00 Beijing time, 14 product codes, prices in CNY per tonne, volumes in tonnes, delivered to Customer's secure file server. A specification document of the agreed fields and formats is attached.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h746z01_commerce_bureau_frozen_pork_reserve_platform", "pdf"),
    "z02": ("h746z02_rain_boot_pvc_injection_line_retrofit", "docx"),
    "z03": ("h746z03_judo_school_chain_booking_membership_saas", "txt"),
    "z04": ("h746z04_smart_public_toilet_monitoring_annual_om", "txt"),
    "z05": ("h746z05_glass_marble_tracking_licence_supplier_template", "md"),
    "e01": ("h746e01_cotton_traceability_licence_ouahigouya_vendor", "pdf"),
    "e02": ("h746e02_elevator_maintenance_saas_order_form", "md"),
    "e03": ("h746e03_cement_condition_monitoring_sensors_licence", "docx"),
    "e04": ("h746e04_cold_chain_managed_end_user_services", "md"),
    "e05": ("h746e05_commodity_market_data_api_subscription", "txt"),
}

# ---------------------------------------------------------------- labels
# terms in API order; None = not stated. extra: sla_clause, ld_stated, [capped], deemed, contract_value.
T = ("availability_pct p1_response_hours sla_remedy ip_owner data_security_clause buyer_owns_data confidentiality "
     "ld_rate_per_day_pct liability_cap_pct prepayment_pct acceptance_clause final_payment_on_acceptance "
     "warranty_months post_warranty_fee_pct auto_renewal_price_increase termination_for_breach "
     "subcontract_without_consent governing_law contract_kind").split()
G, S = "goods_or_licence", "service"
LAB = {  # key: (category, terms..., sla_clause, ld_stated, capped-or-None, deemed, value)
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G], True, True, True, False, 1986000),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 18, 8, False, True, True,
                         "PRC", G], True, True, True, False, 1500000),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 400 / 494000 * 100, 150, None, True, None, None,
                      None, False, True, False, "PRC", S], True, True, None, False, 494000),
    "z04": ("services", [99.95, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False,
                         False, False, "PRC", S], True, True, None, False, 588000),
    "z05": ("software", [None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 24, False,
                         True, None, None, G], True, True, True, True, 1210000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 10, False, True,
                         False, "Burkina Faso", G], True, True, True, False, 1680000),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 500 / 610000 * 100, 150, None, True, None, None,
                      None, True, True, True, "PRC", S], True, True, None, False, 610000),
    "e03": ("hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True,
                         False, "PRC", G], True, True, True, False, 1480000),
    "e04": ("services", [99.95, 0.25, True, "buyer", True, True, True, None, 6 / 36 * 100, None, True, None, None, None,
                         False, True, False, "PRC", S], True, False, None, False, 2424000),
    "e05": ("cloud", [None, None, False, "buyer", True, True, False, 300 / 460000 * 100, 150, None, True, None, None,
                      None, False, True, False, "PRC", S], False, True, None, False, 460000),
}
# TCO inputs (goods_or_licence only): itemised licence / hardware subtotal (fee base)
FEE_BASE = {"z01": 1160000, "z02": 1268000, "z05": 960000, "e01": 1240000, "e03": 1220400}
FOREIGN_FORUM = {"e01"}  # Ouagadougou arbitration (the law chosen already fires the rule)
# design list: the rules each draft was written to trigger
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e02": ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"],
    "e04": ["CR-LD-MISSING", "CR-LIABILITY-CAP"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ("SLA-MISSING SLA-AVAILABILITY SLA-RESPONSE SLA-NO-REMEDY IP-OWNERSHIP DATA-SECURITY DATA-OWNERSHIP "
             "CONFIDENTIALITY LD-MISSING LD-LOW LIABILITY-CAP PREPAYMENT ACCEPTANCE WARRANTY POST-WARRANTY-FEE "
             "AUTO-RENEWAL TERMINATION SUBCONTRACT GOVERNING-LAW TCO-SERVICE-SHARE").split()
HIGH = {"SLA-MISSING", "IP-OWNERSHIP", "DATA-SECURITY", "LD-MISSING", "ACCEPTANCE", "POST-WARRANTY-FEE"}
LOW = {"GOVERNING-LAW"}
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40)


def tco_share(key, t, value):
    w = t["warranty_months"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or w is None:
        return None
    years = max(0.0, 5 - w / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return post / (value + post) * 100


def derive(key, t, x):
    """Policy §3 read on the labels (my reading)."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]):
        r.add("WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["pwf"]):
        r.add("POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.add("GOVERNING-LAW")
    sh = tco_share(key, t, x["contract_value"])
    if sh is not None and sh > TH["tco"]:
        r.add("TCO-SERVICE-SHARE")
    return sorted("CR-" + i for i in r)


def risk(rules):
    ids = {i[3:] for i in rules}
    if ids & HIGH:
        return "high"
    if ids - LOW:
        return "medium"
    return "low"


def num(v):
    if isinstance(v, float) and v == int(v) and not isinstance(v, bool):
        return int(v)
    return v


def label(key):
    cat, vals, sla, lds, capped, deemed, value = LAB[key]
    t = {k: num(v) for k, v in zip(T, vals)}
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    name, ext = FILES[key]
    return {"file": name + "." + ext, "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": t, "expected_extra": x, "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------- threshold scan
U = r"\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.十])(?:4|四)\s*(?:-\s*)?个?\s*(?:小时|hours?\b|hrs?\b|h\b)",
    r"(?<![a-z])four\s*(?:\(4\)\s*)?(?:-\s*)?(?:hours?|hrs?)\b",
    r"(?<![\d.])0\.050*" + U, r"万分之五(?![十\d])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100(?:\.0+)?" + U, r"百分之一?百",
    r"(?<![\d.])30(?:\.0+)?" + U, r"百分之三十(?![一二三四五六七八九点])", r"三成",
    r"(?<![\d.])12\s*(?:-\s*)?(?:个月|months?\b)", r"十二个月", r"(?<![a-z])twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"(?<![第十每])一年(?!级)", r"(?<![a-z])one[\s-]*years?\b", r"(?<![\d.])1[\s-]*years?\b",
    r"(?<![\d.])15(?:\.0+)?" + U, r"百分之十五(?![点])",
    r"(?<![\d.])40(?:\.0+)?" + U, r"百分之四十(?![一二三四五六七八九点])", r"四成",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "四小时", "4 hours", "four hours", "4-hour", "4h", "四个小时",
            "four (4) hours", "0.05%", "0.05 percent", "万分之五", "100%", "100 per cent", "百分之百", "30%",
            "30.0 %", "百分之三十", "12 months", "12-month", "12个月", "十二个月", "twelve months", "一年",
            "one year", "one-year", "15%", "百分之十五", "40%", "百分之四十", "40 percent"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "48小时", "0.055%",
             "10.05%", "1100%", "130%", "30.5%", "300%", "2027年12月31日", "12 hours", "112 months", "第一年",
             "115%", "1.5%", "15 days", "百分之三十五", "140%", "40 days", "百分之四十五", "24 months", "fourteen hours",
             "每一年", "万分之五十"]


def selftest():
    for sx in MUST_HIT:
        assert RX.search(sx), "must hit: " + sx
    for sx in MUST_MISS:
        assert not RX.search(sx), "must miss: " + sx


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, zh):
    return len(re.sub(r"\s", "", text)) if zh else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (n + "." + e, e) for k, (n, e) in built.items()}, OUT, wrap_words=True)
    for k, (n, e) in FILES.items():
        if e in ("txt", "md"):
            (OUT / (n + "." + e)).write_text(SRC[k], encoding="utf-8")
            print("wrote", n + "." + e)
    fired = set()
    for k, (n, e) in FILES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], sorted(DESIGN[k]))
        fired |= set(lab["expected_rules"])
        t, x = lab["expected_terms"], lab["expected_extra"]
        for f, th in (("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                      ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                      ("post_warranty_fee_pct", "pwf")):
            assert t[f] is None or abs(t[f] - TH[th]) > 1e-9, (k, f)
        sh = tco_share(k, t, x["contract_value"])
        assert sh is None or abs(sh - TH["tco"]) > 2, (k, sh)
        text = read_back(OUT / lab["file"])
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        ln = length(text, k[0] == "z")
        lo, hi = (2750, 3000) if k[0] == "z" else (1450, 1650)
        assert lo <= ln <= hi, (k, ln)
        (OUT / (n + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-60s len=%5d risk=%-6s tco=%s rules=%s" % (k, lab["file"], ln, risk(lab["expected_rules"]),
              None if sh is None else round(sh, 1), ",".join(r[3:] for r in lab["expected_rules"]) or "-"))
    assert fired == {"CR-" + r for r in ALL_RULES}, sorted({"CR-" + r for r in ALL_RULES} - fired)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
