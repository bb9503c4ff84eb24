"""holdout1026: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). .txt/.md are written as they are; .docx/.pdf are
built with ../word_pdf.py (PDF paragraphs broken at word boundaries). Labels are derived from the dicts below; the
expected rules are derived from the labels by my own reading of policy §3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市林业局古树名木保护管理平台采购合同（草案）
P:合同编号：LYJ-ZFCG-2027-016
P:甲方（采购人）：某市林业局
P:乙方（供应商）：青岚数林信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，按甲方合同文本订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供古树名木保护管理平台软件许可，并完成定制开发、数据建库、部署实施与培训，建成覆盖全市古树名木的“一树一档”管理体系。
P:1.2 定制开发内容包括：古树巡护移动端应用、树木二维码电子挂牌、古树名木GIS一张图、长势与病虫害预警模块、保护工程项目管理模块，以及与省级古树名木信息系统的数据对接接口。
P:1.3 数据建库内容包括：全市约一万一千株古树及古树群的普查档案、照片、坐标、树龄鉴定资料的整理、核对与入库。
P:1.4 平台部署于甲方政务云环境，乙方负责安装、配置、联调和上线保障，详细技术要求以招标文件技术需求书为准。乙方应提供与政务云国产操作系统和数据库的适配方案，并完成兼容性测试。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾肆万元整（¥1,440,000），为固定总价，包含完成本合同全部工作所需的一切费用及税费，合同履行期间不因市场价格变化而调整。
P:2.2 分项价格：平台软件许可费¥760,000；定制开发费¥486,000；数据整理建库费¥138,000；部署实施及培训费¥56,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥288,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥648,000。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥504,000。
P:3.4 每笔付款前，乙方应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理延时不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于初步验收后六十日试运行期满时提交最终验收申请。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分全部源代码。
P:4.3 乙方应组建不少于六人的项目团队，项目经理须具有同类项目经验，未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、风险和下周计划。
P:4.4 乙方应对甲方各区县林业站业务人员开展集中培训不少于三期，对甲方系统管理员开展专项培训，确保其能够独立完成日常管理和数据维护。
P:4.5 甲方应指定项目联系人，按时提供政务云资源、网络接入条件和既有普查资料，及时组织需求确认和验收。甲方未按约定提供条件导致工期延误的，交付期限相应顺延，乙方应及时书面说明。
H:第五条 验收
P:5.1 初步验收标准：全部功能点按需求确认单逐项测试通过；一万一千株古树档案全量核对，差错率不高于千分之二；移动端离线巡护数据同步时间不超过10秒；二百名用户并发时页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行六十日内未发生一级故障；与省级系统的数据对接连续三十日准确无误；第三方测评机构出具的安全测评报告无高危漏洞。
P:5.3 验收由甲方组织专家进行，出具书面验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后如甲方需要继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥60,800），且三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护须提前三日经甲方同意，不计入不可用时间。
P:7.2 一级故障（平台整体不可用或数据错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方未按时响应或恢复的，每超过一小时向甲方支付¥800；月度可用率每低于约定值0.01个百分点，支付¥1,000。上述款项甲方可从应付款项中直接扣除。
P:7.4 乙方应每月向甲方提交运维报告，载明可用率、故障处理、巡护终端在线情况及安全事件，并在每年汛期和森林防火期前开展一次全面巡检。
H:第八条 知识产权
P:8.1 定制开发成果，包括源代码、文档、数据库结构及接口程序的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:8.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属单位。
P:8.3 乙方保证所提供的软件及成果不侵犯第三方合法权益；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 古树名木档案、坐标、巡护记录等全部数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应落实网络安全等级保护要求，对敏感坐标数据加密存储，运维操作通过甲方堡垒机进行，不得将数据拷贝出甲方环境。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开的古树资源信息负有保密义务，合同终止后仍然有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 逾期超过三十日的，甲方有权解除合同并要求乙方退还已付款项。
P:11.3 乙方交付成果不符合约定的，应负责返工，并赔偿由此给甲方造成的损失。
P:11.4 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金，但因财政资金拨付原因导致的除外。
H:第十二条 分包
P:12.1 乙方不得将本合同项下任何工作分包或转包给第三方。
P:12.2 乙方项目人员应与乙方签订劳动合同，乙方对其人员的行为负责，人员进入甲方场所应遵守甲方管理制度。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除合同。
P:13.2 合同解除的，乙方应在十日内移交已完成的成果、文档和全部甲方数据，并按甲方要求删除其留存的数据副本，出具书面确认。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明。双方根据不可抗力的影响程度协商延期履行、部分履行或解除合同。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z02 = """T:生产线控制系统改造合同（草案）
P:合同编号：JF-GZ-2027-031
P:甲方（买方）：佛山市卷峰电器制造有限公司
P:乙方（卖方）：广州恒拓自动化工程有限公司
P:甲方为电动卷发梳生产企业，现有六条组装及测试生产线的控制系统老化，故障频发。经询价比选，甲方委托乙方对上述生产线的控制系统进行改造。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线（发热体组装线、手柄装配线、整机测试线各两条）控制系统的设计、供货、安装、编程、调试和培训，包括更换PLC控制柜、伺服驱动与传感器，新增视觉检测工位，并部署生产数据采集软件。
P:1.2 改造后的控制系统应实现配方管理、工位安全联锁、温控曲线自动记录、不良品自动剔除，并与甲方现有ERP系统对接，上传产量、工时和质量数据。
P:1.3 改造应分线实施，每次停线不超过五日，乙方应在甲方确认的停产窗口内完成切换，不影响其余生产线的正常生产。
P:1.4 所供设备应为全新原厂正品，电气设计符合国家及行业相关标准，控制柜防护等级不低于IP54，所有线缆标识清晰，图纸与实物一致。
P:1.5 乙方应在开工前提交详细设计方案、停线切换计划和应急回退方案，经甲方书面确认后实施；切换失败的，乙方应在当班内恢复原控制系统运行。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾万元整（¥1,800,000），含税，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜及电气改造|6套|128,000|768,000
TB:2|伺服驱动、传感器及安全光栅|1批|312,000|312,000
TB:3|视觉检测工位|6套|46,000|276,000
TB:4|生产数据采集软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||1,542,000
TB:5|安装调试及ERP对接|1项|138,000|138,000
TB:6|PLC程序与配方管理定制|1项|96,000|96,000
TB:7|操作及维修培训|1项|24,000|24,000
TB:|合计|||1,800,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及税费，甲方无需另行支付其他费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥180,000。
P:3.2 全部设备到货并完成安装、单机调试后，甲方支付合同总价的55%，即¥990,000。到货签收及安装完成仅表示数量交接，不视为验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%，即¥630,000。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。乙方未提供发票的，甲方有权顺延付款且不承担逾期责任。甲方付款前可扣除乙方依本合同应支付的违约金或赔偿金。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内完成全部设备到货，九十日内完成六条生产线的改造和切换。
P:4.2 乙方每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:4.3 甲方应按切换计划安排停产窗口，提供施工用电、临时存放场地和现有设备资料。甲方原因导致工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 每条生产线切换后连续试生产十五日，验收标准为：节拍不低于改造前设计节拍；视觉检测漏检率不高于千分之一；安全联锁全部测试有效；温控曲线记录完整；ERP数据上传准确、无丢失。
P:5.2 六条线均满足前款标准后，双方共同签署最终验收报告。试生产期间产品的使用、甲方付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收；两次验收仍不合格的，甲方有权退货并解除合同。
P:5.4 乙方应在最终验收前交付电气原理图、接线图、PLC程序备份、参数清单、操作规程和维修手册各两套（含电子版），并对甲方操作工、班组长和设备维修人员分批培训，培训合格后方可独立上岗操作。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的故障由乙方免费维修或更换。
P:6.2 质保期满后，乙方提供维保服务，年度维保费为软硬件小计的7.5%，即每年¥115,650，该价格三年内固定不变，续签须经甲方书面确认。
P:6.3 改造后控制系统的月度可用率不低于99.5%。月度可用率每低于约定值0.1个百分点，乙方向甲方支付¥2,000。
P:6.4 一级故障（导致整条生产线停线）乙方应在1小时内响应，3小时内到达现场；二级故障在8小时内到达现场。未按时响应或到场的，每超过一小时乙方支付¥500。
P:6.5 乙方应在甲方厂区常备关键备件，备件清单作为本合同附件。
P:6.6 质保期及维保期内，乙方每季度对控制系统进行一次预防性巡检，检查控制柜温升、接线紧固、传感器标定和软件日志，并提交巡检报告及整改建议。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、配方管理程序、ERP接口程序及相关文档的知识产权归甲方所有，乙方应交付源程序，甲方可自行修改使用。
P:7.2 数据采集软件的著作权归原权利人所有，甲方获得永久使用许可，许可范围覆盖甲方现有及日后新增的同类生产线，乙方不得另行收取许可费用。
H:第八条 数据安全
P:8.1 控制系统产生的工艺参数、配方、产量及质量数据归甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN和账号进行，操作全程留存日志；乙方不得在其设备上留存甲方数据。乙方用于维护的电脑应安装防病毒软件并保持更新，接入生产网络前须经甲方信息部门检查，禁止使用来源不明的移动存储介质。
P:8.3 因乙方原因导致数据丢失、篡改或泄露的，乙方应立即通知甲方、协助恢复，并赔偿甲方因此遭受的损失。
H:第九条 分包
P:9.1 乙方可将现场电气安装、布线等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包单位的工作质量和安全承担全部责任，分包单位人员同样须遵守本合同第十条的规定。
H:第十条 安全生产
P:10.1 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，持证上岗。因乙方原因发生安全事故的，由乙方承担责任。
P:10.2 乙方应妥善处理拆除的旧控制柜、线缆和包装物，按甲方要求分类堆放或清运，不得在厂区内遗留施工垃圾。
H:第十一条 违约与解除
P:11.1 乙方严重违反本合同，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:11.2 因不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，任何一方可书面解除合同。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 适用法律与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第十三条 其他
P:13.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件：设备清单、技术规格书、备件清单、停线切换计划。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z03 = """门店预约及会员管理系统服务合同（草案）

合同编号：MX-IT-2027-008
甲方：四川墨线美术教育管理有限公司（下属素描培训门店三十五家）
乙方：成都课栈云科技有限公司

甲方为素描及美术基础培训连锁机构，需统一建设门店课程预约、排课和会员管理系统。乙方以软件即服务方式提供系统，并负责实施上线。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方三十五家门店提供“课栈”预约及会员管理系统服务，包括：
1. 学员报名、试听预约、排课与调课、教室及画架资源管理；
2. 会员卡、课时包、课时消耗与退费管理，家长端微信小程序；
3. 教师课表、作品点评记录、考勤及课酬统计；
4. 总部经营看板，按门店、课程、教师统计报名、续费和课时消耗。
（二）实施服务：乙方完成三十五家门店的系统配置、历史会员及课时数据迁移、与甲方财务系统和收款渠道的对接，并对店长、前台和教师开展培训。
（三）系统部署于乙方在中国境内的云平台，乙方负责平台的运行、维护、升级和数据备份，每日全量备份一次，备份数据至少保留三十日，并每半年进行一次恢复演练。

（四）培训：乙方应为每家门店店长和前台提供不少于两次操作培训，为总部运营人员提供管理端和经营看板培训，并提供操作手册和视频教程。服务期内门店新入职人员的培训由乙方线上免费提供。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，至次年同日的前一日止；第二个服务年度紧随其后。
（二）实施工作应在合同签订后六十日内完成并提交上线验收。
（三）甲方应指定总部项目负责人，按乙方实施计划提供门店信息、课程体系、价格政策和历史数据，组织门店人员参加培训。因甲方未按时提供资料导致实施延误的，实施期限相应顺延。

三、费用及支付
（一）系统服务费按门店计收，每店每个服务年度¥9,600，三十五家门店每个服务年度合计¥336,000，两个服务年度合计¥672,000。
（二）实施费为一次性费用¥88,000。
（三）本合同总价为¥760,000（含税）。
（四）实施费在上线验收合格后十五个工作日内支付。系统服务费按季度结算，于每季度结束后十五个工作日内支付当季费用。甲方无需预付任何款项。
（五）甲方关闭门店的，自关闭次月起停止计收该门店的服务费，乙方应为关闭门店导出会员及剩余课时数据。
（六）服务期内新增门店的，按每店每个服务年度¥9,600按实际服务月数折算，另行签订补充协议。

四、上线验收
（一）验收标准：
1. 三十五家门店全部开通，全部功能按需求确认单测试通过；
2. 历史会员、剩余课时及储值余额迁移后与原系统逐条核对一致；
3. 收款对账连续十日无差异；
4. 高峰时段五百名用户同时预约，页面响应时间不超过2秒。
（二）甲方在收到验收申请后十个工作日内组织验收并出具书面意见。系统试用或门店开始使用均不视为验收合格。
（三）乙方逾期提交上线验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.95%。计划内维护应安排在夜间二十二点后进行，并提前三日通知甲方，不计入不可用时间。
（二）故障分级及响应：一级故障（系统整体无法登录、无法预约或收款）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；一般问题在一个工作日内答复。
（三）服务补偿：月度可用率低于约定值的，每低于0.01个百分点，乙方减免当月服务费的1%；一级故障未按时恢复的，每超过一小时减免¥500，在下一季度服务费中抵扣。
（四）乙方每月向甲方提交服务报告，内容包括可用率、故障记录及处理情况。
（五）乙方应提供工作日9:00至21:00、周末及节假日9:00至18:00的人工客服，门店可通过电话、在线客服及工单提交问题，乙方应对每个工单记录处理过程并可供甲方查询。
（六）系统版本升级应提前五日通知甲方，重大功能调整须经甲方确认，不得影响门店正常排课和收款。

六、数据权属及数据安全
（一）甲方及门店录入和产生的学员、家长、会员、课时和收款数据归甲方所有。
（二）乙方可对上述数据进行去标识化处理后汇总分析，用于改进乙方产品及编制美术培训行业研究报告，该项使用在合同终止后仍可继续。
（三）学员多为未成年人，乙方应按照《个人信息保护法》及未成年人个人信息保护的要求处理数据，采取加密存储、访问权限控制、操作日志审计和异地备份等措施，平台应通过网络安全等级保护三级测评。
（四）发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，并承担因其原因造成的全部损失和责任。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出并移交全部数据，之后删除平台上的甲方数据并出具书面说明。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方保证系统不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担费用。
（三）乙方为甲方定制的报表、课程模板、对接程序及其文档归甲方所有，甲方可自行修改、使用或委托第三方使用。

八、保密
双方对在履约过程中知悉的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后仍然有效。

九、续期
服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权根据市场情况上调系统服务费，上调幅度不超过上一服务年度费用的8%，乙方提前通知即可，无需甲方另行同意。

十、违约责任
（一）乙方违反数据安全义务的，应赔偿甲方全部损失，包括甲方向学员和家长承担的赔偿。
（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但故意或重大过失造成的损失除外。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十一、分包
乙方不得将实施及运维服务分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为负责。

十二、合同解除
乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还已收取但尚未提供服务部分的费用，并按本合同第六条第（五）项移交数据。

十三、适用法律及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应先友好协商；协商不成的，提交成都仲裁委员会仲裁。仲裁期间，与争议无关的服务应继续履行。

十四、不可抗力
因地震、洪水、疫情管控等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，部分或全部免除责任。因云平台服务商故障导致的中断不属于不可抗力。

十五、通知
本合同项下的通知以书面形式送达双方在首页载明的地址，或发送至双方指定的电子邮箱。任何一方变更联系方式的，应提前五个工作日书面通知对方。

十六、其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：需求确认单、门店清单、实施计划。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """桥梁防撞预警系统年度运维服务合同（草案）

项目名称：2027年度桥梁防撞预警系统运维服务
采购方式：竞争性磋商
合同编号：JTJ-YW-2027-005

甲方（采购人）：某市交通运输局
乙方（成交供应商）：江澜智行交通科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就桥梁防撞预警系统年度运维服务事宜，经协商一致，订立本合同。

第一条 服务对象与内容
（一）服务对象：甲方建设的桥梁防撞预警系统，覆盖辖区内七座跨江、跨航道桥梁，包括雷达及AIS船舶监测设备、高清视频监控、激光测距与声光警示装置、桥墩撞击振动传感器、供电及通信设备，以及设在市交通运行监测中心的预警管理平台。
（二）服务内容：
1. 日常巡检：每月对各桥梁前端设备现场巡检一次，汛期及枯水期转换时加密巡检；
2. 设备维护：设备清洁、紧固、防腐、供电检查和故障维修，更换损坏部件；
3. 平台运维：预警管理平台、数据库及接口的运行监控、补丁更新、数据备份和性能优化；
4. 年度检测标定：对雷达测距精度、预警距离阈值和声光警示装置进行年度检测与标定，检测标定应于2027年10月31日前完成，并出具检测标定报告；
5. 应急值守：汛期、重大节假日和恶劣天气期间安排专人值守，配合海事和航道部门处置险情。
（三）备品备件：合同价款中的备品备件费用用于采购服务期内需要更换的常用部件，乙方应按季度向甲方报送备件使用清单，更换下来的旧件由甲方确认后处置。服务期满时未使用的备件归甲方所有，并随运维档案一并移交。
（四）平台运维要求：乙方应每日检查平台运行日志和预警推送情况，每周对预警规则、船舶数据接入和短信推送通道进行一次测试，每月进行一次数据库全量备份校验，操作系统和中间件的安全补丁应在甲方审批后三十日内完成更新。
（五）应急处置：发生船舶撞击或险情报警时，乙方值守人员应立即核实报警信息，通过平台和电话通知甲方及桥梁管养单位，并在事后一个工作日内提交事件分析报告，提供相关视频和轨迹数据。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，依法另行组织采购。

第三条 人员与作业要求
（一）乙方应配备项目负责人一名、驻场运维工程师两名、前端维护人员四名，并设立全天候值班电话。项目负责人和驻场工程师应具有同类系统运维经验，更换人员须提前十日征得甲方同意。
（二）桥梁前端设备多位于桥墩及水上区域，乙方作业应遵守海事、航道管理规定，办理必要的水上作业手续，配备救生衣、安全绳等防护用品，作业前向甲方报备。
（三）乙方应建立运维台账，记录每台设备的巡检、故障、维修和备件更换情况，每月五日前向甲方提交上月运维报告，每季度提交设备运行分析及改进建议。

第四条 合同价款及支付
（一）合同总价为人民币陆拾贰万捌仟元整（¥628,000），为固定总价，包括：日常巡检及设备维护¥286,000，平台运维¥142,000，备品备件¥118,000，应急值守¥82,000。
（二）服务费按季度支付。每季度结束后，甲方按本合同第六条完成季度考核，并在考核结果确认后十五个工作日内支付当季服务费¥157,000，扣除考核扣款。甲方不预付任何费用。
（三）乙方应在每次付款前开具合法有效的发票。甲方按财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
（四）本合同价款不因人工、材料价格变化而调整。服务期内新增桥梁或设备需纳入运维范围的，双方另行签订补充协议并按响应文件的单价标准计算费用。

第五条 服务水平
（一）预警系统月度可用率不低于99.95%，单座桥梁前端设备在线率按月统计。
（二）故障分级：一级故障为任一桥梁预警功能失效或平台整体中断；二级故障为单一设备故障但预警功能未失效；三级故障为其他一般性问题。
（三）响应及修复时限：一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复预警功能；二级故障1小时内响应，24小时内修复；三级故障在三个工作日内处理完毕。
（四）乙方应在现场储备雷达、摄像机、声光警示装置等关键备件，备件不足导致修复超时的，由乙方负责。

第六条 考核与验收
（一）季度考核标准：月度可用率达到本合同第五条约定；巡检记录完整、按期提交；故障均在规定时限内响应和修复；年度检测标定计划按期推进。
（二）考核扣款：一级故障每超时一小时扣减当季服务费¥1,000；月度可用率每低于约定值0.01个百分点扣减¥800；缺少一次月度巡检扣减¥2,000。
（三）年度验收：服务期满后，甲方对全年服务进行验收，标准为全年季度考核均已完成、年度检测标定报告经甲方确认、设备台账和运维档案完整移交。
（四）乙方未按期完成年度检测标定的，每逾期一日按合同总价的千分之一向甲方支付违约金。

第七条 数据安全
（一）预警系统采集的船舶轨迹、视频图像、报警记录等全部数据归甲方所有，乙方不得用于本合同以外的任何用途。
（二）乙方运维人员须实名登记，通过甲方堡垒机访问平台，严禁私自拷贝、外传数据；平台安全须持续满足网络安全等级保护二级要求。
（三）发生数据泄露或网络安全事件的，乙方应在1小时内报告甲方，按应急预案处置，并承担因其原因造成的责任。
（四）服务期满或合同终止时，乙方应移交全部账号、密码、配置文件、运维档案和备份数据，不得保留任何副本。

第八条 保密
乙方对履约中获知的甲方工作信息、系统配置和桥梁结构资料负有保密义务，未经甲方书面同意不得向任何第三方披露，本义务在合同终止后继续有效。

第九条 知识产权
乙方在运维过程中编写的脚本、配置文件、巡检报告和检测标定报告归甲方所有，甲方可自行使用、修改或提供给后续运维单位使用，无需另行支付费用。

第十条 分包
乙方不得将本合同项下服务分包或转包。

第十一条 违约责任
（一）乙方未履行本合同义务的，除按第六条扣款外，应赔偿甲方由此遭受的损失。
（二）乙方在本合同项下的累计赔偿责任以合同总价的25%为限。

第十二条 合同的履行
服务期内，除不可抗力外，任何一方均不得解除本合同。乙方服务未达标准的，甲方按第六条考核扣款并要求乙方限期整改，但不得以此为由解除合同。

第十三条 适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

第十四条 甲方义务与不可抗力
（一）甲方应向乙方提供系统竣工资料、设备清单、平台账号及必要的工作条件，协调桥梁管养单位为乙方现场作业提供便利。
（二）因台风、洪水等不可抗力造成设备损毁的，乙方应尽快组织抢修，所需超出备品备件范围的设备费用由双方另行协商；不可抗力期间乙方未能达到服务水平的，不予考核扣款。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等法律效力。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：                乙方（盖章）：
"""

Z05 = """# 迅捷流程追踪系统软件许可及定制开发合同

（乙方标准合同文本 XJ-HT-V3.0）

合同编号：XJ-2027-0142

甲方：皮老虎工作室
乙方：杭州迅捷链软件有限公司

甲方因业务管理需要，向乙方采购迅捷流程追踪系统软件许可及定制开发服务。双方根据《中华人民共和国民法典》，在平等自愿的基础上，采用乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供迅捷流程追踪系统（标准版）软件使用许可，许可用户数为八十个命名用户。

1.2 乙方根据甲方需求进行定制开发，内容包括：订单工序流转看板、手工皮具制作工序追踪、外协加工跟踪、工时及计件统计、与甲方网店订单系统的对接接口。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。基础数据由甲方按乙方提供的模板整理，乙方负责导入系统。

1.4 系统部署在甲方自备的服务器上。甲方应按乙方提供的配置清单自行采购服务器、操作系统和数据库，并保证网络环境满足系统运行要求。因甲方运行环境不符合要求导致的问题，不属于乙方责任。

1.5 定制开发需求以双方确认的《需求说明书》为准。需求说明书确认后，甲方提出的需求变更，乙方有权调整工期并另行收费。

1.6 许可用户数不足时，甲方可向乙方增购，增购价格按乙方届时的产品报价执行。软件许可仅限甲方自身使用，甲方的关联方或分支机构使用的，应另行购买许可。

## 第二条 合同金额

2.1 本合同总金额为人民币陆拾万元整（¥600,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 迅捷流程追踪系统软件许可（永久，八十用户） | 420,000 |
| 2 | 定制开发（工序看板、外协跟踪、计件统计、网店接口） | 150,000 |
| 3 | 安装部署、数据初始化及培训 | 30,000 |
| | 合计 | 600,000 |

2.2 上述金额含税。甲方需求超出本合同约定范围的，乙方另行报价。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总金额的65%，即¥390,000。乙方收到该笔款项后启动项目，甲方未支付该笔款项的，乙方有权不开始任何工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总金额的35%，即¥210,000。

3.3 乙方在收到每笔款项后十个工作日内开具增值税普通发票。甲方需要专用发票的，应提前提供开票资料。

3.4 甲方逾期付款的，乙方有权暂停服务，且甲方每逾期一日按应付金额的千分之一支付违约金。

## 第四条 交付

4.1 乙方应在收到首笔款项后七十五日内完成安装部署和定制开发，并通知甲方上线。

4.2 乙方逾期交付的，每逾期一日按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

4.3 因甲方未及时提供资料、确认需求或准备运行环境导致的延误，乙方不承担责任，交付期限相应顺延。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后三日内书面提出，逾期未提出的，视为无异议。

5.3 甲方提出的异议经乙方确认属于系统缺陷的，乙方在免费维护期内予以修复；不属于系统缺陷的，按需求变更处理。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复，服务时间为工作日9:00至18:00，通过电话、微信群和远程桌面提供，原则上不提供现场服务。

6.2 一级故障（系统无法登录或无法使用）乙方在2小时内响应，二级故障在一个工作日内响应。乙方将尽力排除故障，但不因响应或修复时间承担任何扣款、赔偿或违约金。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年¥117,600，按年预付。

7.2 甲方未购买年度维护服务的，乙方不再提供任何技术支持和版本升级。

7.3 年度维护服务内容包括：远程技术支持、缺陷修复、标准版版本升级、每年一次系统健康检查。现场服务按每人每天¥2,800另行计费，差旅费由甲方承担。

7.4 甲方中断年度维护服务后重新购买的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 迅捷流程追踪系统及本合同项下定制开发成果（包括工序看板、外协跟踪、计件统计模块和网店接口程序及其源代码、文档）的知识产权均归乙方所有。

8.2 甲方在许可范围内享有非独占、不可转让的使用权，不得修改、反编译，也不得提供给任何第三方使用。

8.3 系统中包含的开源组件及第三方组件，按其各自的许可协议使用。

## 第九条 数据

9.1 甲方在系统中录入的订单、客户、工序和工时数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方应采取访问控制、数据加密和定期备份等安全措施保护甲方数据；发生数据泄露的，乙方应在两个工作日内通知甲方，并对因其原因造成的损失承担责任。

## 第十条 保密

双方对履约中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本合同的价格条款属于保密信息。保密义务在本合同终止后两年内继续有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任，累计不超过合同总金额的20%。

11.2 乙方不承担任何间接损失、利润损失或数据恢复费用。

11.3 甲方使用未经乙方认可的第三方软件、自行修改系统或操作不当造成的损失，由甲方自行承担。

## 第十二条 双方权利义务

12.1 甲方应指定专人负责项目对接，及时提供业务资料，按约定支付款项，并妥善保管系统账号和密码。

12.2 甲方应对系统中录入数据的合法性、真实性负责，并自行做好业务数据的日常备份。

12.3 乙方应按约定完成交付，为甲方提供操作培训，培训对象为甲方管理员及主要业务人员，培训时长不超过两天，超出部分另行收费。

12.4 乙方有权对标准版系统进行版本更新。免费维护期内的版本更新免费提供，免费维护期满后仅向购买年度维护服务的用户提供。

## 第十三条 不可抗力

因不可抗力导致不能履行或不能完全履行本合同的，受影响一方不承担违约责任，但应及时通知对方。因网络运营商、云服务商、电力中断或第三方软件缺陷等原因造成的系统故障，视为不可抗力。

## 第十四条 合同解除

任何一方严重违约，经守约方书面催告后三十日内未纠正的，守约方有权解除本合同。合同解除后，甲方已支付的软件许可费不予退还，定制开发费按已完成工作量结算。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十六条 其他

16.1 双方往来通知以本合同首页载明的联系人、电话和电子邮箱为准，电子邮件发出即视为送达。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

16.3 本合同条款为乙方标准条款，双方确认已充分阅读并理解全部内容。本合同未尽事宜，以乙方官网公布的服务说明为准。

附件一：迅捷流程追踪系统（标准版）功能清单

附件二：定制开发需求说明书（双方确认后附）

附件三：服务器及运行环境配置清单

甲方（盖章）：　　　　　　乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement (Draft)
P:Agreement No. CRS-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Caddo Ridge Software, Inc., a Texas corporation with its principal office in Sulphur Springs, Texas, United States (the "Vendor"), and Hunan Xiangyuan Food Machinery Co., Ltd., a company established in Changsha, Hunan Province, People's Republic of China (the "Buyer").
P:The Buyer operates four production plants and wishes to replace its spreadsheet-based maintenance records with the Vendor's maintenance management software. The Vendor has offered a perpetual licence together with implementation and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RidgeCMMS Enterprise software, version 9, in object code, including its mobile application and the Mandarin language pack, together with the updates delivered under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, workflow configurations, scripts and documentation that the Vendor prepares specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the Buyer's environment, including asset registers, work orders, spare-part records, meter readings and personnel records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer and its subsidiaries in mainland China a perpetual, irrevocable, non-exclusive licence to install and use the Software for 260 named users and an unlimited number of mobile read-only users on servers operated by or for the Buyer.
P:2.2 The Vendor shall install and configure the Software, migrate the Buyer's existing asset and spare-part records from spreadsheets, build an interface with the Buyer's ERP system for purchase requisitions and inventory, prepare thirty-two standard report templates and train the Buyer's staff, all as described in the Statement of Work attached as Annex 1.
P:2.3 The Vendor shall provide a project manager who speaks Mandarin and shall carry out the on-site work in Changsha and at the Buyer's plants. Remote work is allowed where the Statement of Work so provides.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,840,000 (the "Contract Price"), inclusive of all applicable taxes in the People's Republic of China. It consists of the licence fee of CNY 1,380,000, implementation and data migration fees of CNY 412,000, and training fees of CNY 48,000.
P:3.2 The Contract Price is fixed. Travel and accommodation within mainland China are included. No other charge is payable for the scope in Annex 1.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 368,000) within twenty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 828,000) within twenty days after the Software has been installed in the Buyer's production environment and the Installation Certificate has been signed. The Installation Certificate records delivery only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 644,000) within twenty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor named in the invoice. Each invoice shall be a valid invoice accepted by the Buyer's tax authority.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within forty-five days and shall submit the Software for acceptance testing within one hundred and twenty days after signature.
P:5.2 Acceptance testing follows the test plan in Annex 2. The acceptance criteria are: every function in the requirements list passes its test case; migrated asset and spare-part records reconcile with the source spreadsheets record by record; the ERP interface transfers requisitions and stock movements without loss for fifteen consecutive working days; work-order screens respond within three seconds with 150 concurrent users; and no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Buyer shall sign a Final Acceptance Certificate within ten working days. Use of the Software in production, installation or any payment does not constitute acceptance. If the criteria are not met, the Vendor shall correct the defects within fifteen days and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the requirements list for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all updates and new versions free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 9% of the licence fee, that is CNY 124,200 per year, and will not be increased for the first three years after the Warranty Period. Support is ordered by the Buyer each year in writing and does not renew automatically.
P:6.3 Severity 1 means that the Software is unavailable or work orders cannot be created or closed at any plant. The Vendor shall respond to a Severity 1 incident within one hour and provide a workaround or fix within eight hours. Severity 2 incidents shall receive a response within two hours and a fix within three working days.
P:6.4 For each hour by which the Vendor exceeds a response or fix time in Article 6.3, the Vendor shall credit the Buyer CNY 1,500 against the next payment or support invoice.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables pass to the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them without restriction.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall pay the resulting costs and damages.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not keep, copy or analyse it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the remote access channel approved by the Buyer, with individual accounts and multi-factor authentication. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall not transfer Buyer Data outside mainland China.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within twenty hours of discovery, cooperate in the investigation and remediation, and be responsible for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This obligation survives the termination of this Agreement for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the Software for acceptance testing by the date in Article 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims, breach of Article 8 or Article 9, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of the breach.
P:12.2 If the Buyer terminates under Article 12.1, the Vendor shall refund amounts paid for services not performed and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Texas, United States, without regard to its conflict of law rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Hopkins County, Texas, and each party submits to the jurisdiction of those courts.
H:Article 14 Force Majeure and Notices
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Payment obligations are not suspended by force majeure.
P:14.2 Notices under this Agreement shall be in writing and delivered by courier or by e-mail to the addresses given on the signature page. A notice sent by e-mail takes effect on the working day after it is sent, unless the sender receives a delivery failure message.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — LiftRoute Field Service Cloud (Draft)

Order Form No. YHA-OF-2027-0311, issued under the General Terms in Part B.

**Provider:** Yellow House Analytics LLC, 1100 Houston Street, Levelland, Texas, United States ("Provider")

**Customer:** Suzhou Gaoxiang Elevator Maintenance Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer")

# PART A — ORDER FORM

## A1. Services

Provider will provide the LiftRoute Field Service Cloud (the "Service"): work-order dispatch, technician mobile app, preventive maintenance planning for elevators and escalators, spare-parts tracking, customer portal and analytics dashboards, for 420 named technician users and 60 back-office users. The Service is hosted in a mainland China region of Provider's cloud hosting partner. Provider will also carry out the onboarding services described in A3 (the "Onboarding").

## A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date, which is the date of Onboarding Acceptance under A3, and ends on the day before the first anniversary of the Go-Live Date. The second Subscription Year follows immediately.

## A3. Onboarding and Onboarding Acceptance

Provider will configure the Service for Customer's eleven branch offices, import Customer's register of about 18,600 elevator units and its maintenance history, integrate the Service with Customer's ERP and invoicing system, and train Customer's dispatchers and technicians. Provider shall make the Service ready for Onboarding Acceptance within seventy days after signature of this Order Form.

The acceptance criteria are: all configured workflows pass the test script agreed in writing; the imported unit register reconciles with Customer's source records; work orders and invoices flow to the ERP without error for ten consecutive working days; and the mobile app completes synchronisation within ten seconds over a 4G connection. When the criteria are met, Customer signs an Onboarding Acceptance certificate. Use of the Service before that date is not acceptance.

If Provider is late in making the Service ready for Onboarding Acceptance, Provider shall pay Customer CNY 600 for each day of delay.

## A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 480 users | 348,000 |
| Subscription, Subscription Year 2 | 480 users | 348,000 |
| Onboarding (one-time) | fixed price | 54,000 |
| **Total for the Subscription Term** | | **750,000** |

All amounts include Chinese VAT. Additional users may be added at CNY 725 per user per Subscription Year, pro rata.

## A5. Invoicing and Payment

The Onboarding fee is invoiced after Onboarding Acceptance. Subscription fees are invoiced quarterly in arrears, CNY 87,000 per quarter. Customer pays each correct invoice within thirty days of receipt. No amount is payable before Onboarding Acceptance.

## A6. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term. For each renewal period Provider may increase the subscription fees by up to 9% over the fees of the preceding Subscription Year by notice in its renewal invoice.

# PART B — GENERAL TERMS

## 1. Service Levels

1.1 Provider shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 06:00 Beijing time.

1.2 Severity 1 means the Service or the mobile app is unavailable to all users, or dispatching is impossible. Provider shall respond to a Severity 1 incident within thirty minutes, at any hour, and restore the Service within six hours. Severity 2 incidents receive a response within two hours.

1.3 If availability in a month falls below the level in 1.1, Provider shall credit 5% of the monthly subscription fee for each full 0.5 percentage point of shortfall, up to 25% of the monthly fee. For each hour of delay in responding to a Severity 1 incident Provider shall credit CNY 1,000. Credits are deducted from the next invoice.

1.4 Provider shall provide a Mandarin-speaking support desk by telephone, e-mail and ticket portal from 08:00 to 20:00 Beijing time on every day of the year, and an emergency line outside those hours for Severity 1 incidents. Each month Provider shall send Customer a service report showing availability, incidents, response and restore times and credits due.

1.5 Provider shall give Customer at least thirty days' notice of any change to the Service that removes or materially alters a function Customer uses, and shall not reduce the overall functionality or security of the Service during the Subscription Term.

## 2. Customer Data

2.1 All data that Customer or its users enter into the Service, including unit registers, work orders, photos, customer contacts and technician locations ("Customer Data"), belongs to Customer. Provider uses Customer Data only to provide the Service to Customer.

2.2 Provider shall store and process Customer Data only in mainland China, maintain ISO/IEC 27001 certification and MLPS level 3 filing for the hosting environment, encrypt Customer Data in transit and at rest, log administrative access and restrict it to named staff.

2.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, take immediate steps to contain it, and bear the costs and losses caused by its failure to comply with this Section 2.

2.4 Within thirty days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it.

2.5 Customer is responsible for the lawfulness of the Customer Data it uploads and for obtaining any consent required from its own customers and technicians for the processing of their personal information under the Personal Information Protection Law.

## 3. Intellectual Property

3.1 Provider retains all rights in the Service.

3.2 Workflows, report layouts, integration scripts and other materials created by Provider specifically for Customer belong to Customer, which may use, modify and license them freely.

3.3 Provider shall defend Customer against any claim that the Service infringes the intellectual property rights of a third party and pay the damages and costs finally awarded, provided that Customer notifies Provider promptly and allows Provider to control the defence.

## 4. Customer Responsibilities

4.1 Customer shall keep its user credentials secure, ensure that users comply with the documentation, and notify Provider promptly of any unauthorised use it becomes aware of.

4.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to store content that is unlawful in the People's Republic of China. Provider may suspend a user account that is clearly used in breach of this Section 4.2 after notifying Customer and giving it a reasonable opportunity to respond.

## 5. Warranties

Provider warrants that the Service will perform materially in accordance with its documentation and that the Onboarding will be carried out with reasonable skill and care by qualified personnel. If the Service does not so perform, Provider shall correct it without charge, without prejudice to the service credits in Section 1.

## 6. Confidentiality

Each party shall keep confidential all non-public information received from the other party, use it only for this Order Form and protect it with at least reasonable care. This Section survives termination for three years.

## 7. Subcontracting

Provider shall not subcontract any part of the Service or the Onboarding without Customer's prior written consent, except for the hosting partner named in A1. Provider is responsible for its subcontractors as for itself.

## 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profits.

8.2 Provider's total liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

## 9. Termination

9.1 Either party may terminate this Order Form if the other party materially breaches it and fails to cure the breach within thirty days after written notice.

9.2 On termination by Customer under 9.1, Provider shall refund any fees paid for the period after termination and return Customer Data under 2.4.

## 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 11. Force Majeure and Notices

Neither party is responsible for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, power grid failures or government orders, provided that it informs the other party promptly and resumes performance as soon as possible. Failures of Provider's hosting partner or subcontractors are not force majeure. Notices shall be given in writing to the addresses in this Order Form and may be sent by e-mail with a copy by courier.

## 12. General

This Order Form, with Part A and Part B, is the entire agreement of the parties on its subject matter. Amendments must be in writing. If Part A and Part B conflict, Part A prevails.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

E03 = """T:Supply and Licence Contract — Grain Storage Monitoring System (Draft)
P:Contract No. BC-PUR-2027-019 (Buyer's standard form)
P:Buyer: Heilongjiang Beicang Grain Reserve Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Caprock Sensing Technologies, Inc., Brownfield, Texas, United States (the "Supplier").
P:The Buyer stores wheat, maize and soybeans in twenty-four warehouses and silos at three depots. The Buyer wishes to monitor grain temperature, moisture and gas concentrations in real time. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the grain temperature and moisture cables, gas sensors, wireless gateways and related accessories listed in the price table in clause 2.
P:1.2 "Software" means the Supplier's GrainWatch monitoring software, including its server application, web console and mobile alerts.
P:1.3 "Works" means the installation, configuration, integration and training described in this Contract and in Annex A (Technical Specification).
P:1.4 The Supplier shall supply the Equipment, license the Software, carry out the Works and hand over a complete monitoring system that covers all twenty-four storage units and meets Annex A. The Supplier confirms that it has inspected the depots, the silo dimensions and the existing network and power supply, and that the Contract Price covers everything needed to meet Annex A.
H:2. Price
P:2.1 The Contract Price is CNY 1,570,000, including delivery to the three depots, customs clearance, import duties, Chinese VAT and all other taxes. It is fixed and itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and moisture cables, 18 m, with 9 sensing points|480|1,650|792,000
TB:2|Wireless gateways with solar power kit|24|9,800|235,200
TB:3|GrainWatch software licence, perpetual, 3 depots|1|368,000|368,000
TB:|Equipment and Software subtotal|||1,395,200
TB:4|Installation, configuration and integration|1|146,800|146,800
TB:5|Training of depot staff|1|28,000|28,000
TB:|Contract Price|||1,570,000
P:2.2 No price adjustment applies for exchange-rate changes, freight costs or any other reason. Additional cables ordered by the Buyer for new storage units during the warranty period shall be supplied at the unit price in the table above, and shall be covered by the same warranty and support terms as the original Equipment.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 157,000) within fifteen working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 863,500) within fifteen working days after all Equipment has been delivered and installed at the three depots and the installation record has been signed. The installation record confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 549,500) within fifteen working days after Final Acceptance under clause 5.
P:3.4 Each payment is subject to a valid VAT invoice.
H:4. Delivery
P:4.1 The Supplier shall deliver all Equipment within seventy-five days after signature and complete installation within thirty days after delivery, working around the Buyer's grain intake schedule.
P:4.2 If the Supplier is late in delivery or in submitting the system for acceptance, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.3 Title to the Equipment passes to the Buyer on delivery. Risk of loss passes on signature of the installation record. The Supplier shall pack the Equipment for rail and road transport in a cold climate and mark each package with the contract number and the destination depot.
P:4.4 The Buyer shall give the Supplier's installers access to the depots during working hours, provide power at each silo and a safe place to store the Equipment, and arrange the fumigation and grain-movement schedules so that the cables can be installed safely. Installers shall follow the Buyer's safety rules for work at height and in confined spaces.
H:5. Acceptance
P:5.1 After installation the system shall run for thirty consecutive days. The acceptance criteria are: every cable and sensor reports to the Software; temperature readings deviate from a calibrated reference thermometer by no more than 0.5 degrees Celsius at sampled points; gas sensors trigger alarms at the configured concentrations in a witnessed test; gateway data loss is below 0.1% of expected readings; alarms reach the depot duty phones within one minute; and the interface to the Buyer's grain management system transfers readings correctly.
P:5.2 When the criteria are met, the parties shall sign a Final Acceptance Certificate. Delivery, installation, trial operation, use of the system or any payment does not constitute acceptance.
P:5.3 If the system fails the acceptance test, the Supplier shall remedy the defects within fifteen days at its own cost and repeat the test. If it fails a second time, the Buyer may reject the system and terminate this Contract under clause 12.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment within seven days, correct Software defects and provide Software updates free of charge. Replacement parts shall be stocked in Harbin.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee is 7% of the Equipment and Software subtotal, that is CNY 97,664 per year. This fee is fixed for the first three years after the warranty period and may be renewed only by written agreement.
P:6.3 Priority 1 means the Software is down, or a storage unit stops reporting while grain is stored in it. The Supplier shall respond to a Priority 1 fault within one hour and restore monitoring within twenty hours, including travel to the depot where necessary. Priority 2 faults shall be answered within one working day.
P:6.4 For each hour by which the Supplier exceeds a response or restore time in clause 6.3, it shall pay CNY 800 to the Buyer, which the Buyer may deduct from any amount due.
P:6.5 Before Final Acceptance the Supplier shall train at least twenty of the Buyer's depot staff and two system administrators in operation, calibration checks, cable replacement and alarm handling, and shall deliver operating and maintenance manuals in Chinese.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, irrevocable licence to use it at the three depots and any storage units added later at those depots.
P:7.2 The interface to the Buyer's grain management system, the alarm configurations and the reports prepared for the Buyer belong to the Buyer. The Supplier shall hand over their source code and documentation, and the Buyer may modify and use them freely.
H:8. Data Security
P:8.1 All readings, alarms, storage records and other data produced by the system are the property of the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The Software is installed on the Buyer's own servers. The Supplier may access the system remotely only with the Buyer's approval for each session, through the Buyer's VPN, and shall not copy data out of the Buyer's network.
P:8.3 The Supplier shall notify the Buyer of any data breach or security incident it causes or discovers within ten hours, take remedial measures and compensate the Buyer for the resulting losses.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's stocks, depots and operations received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent, and remains fully responsible for any subcontractor the Buyer approves.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after the Buyer's notice, or if liquidated damages reach their maximum under clause 4.2.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:14. Force Majeure
P:14.1 A party prevented from performing by earthquake, flood, epidemic, war or similar events beyond its control shall notify the other party within five days and provide evidence. Time for performance is extended by the period of the event. If the event continues for more than ninety days, either party may terminate this Contract by written notice, and the Buyer shall pay for Equipment already delivered and accepted.
H:15. Miscellaneous
P:15.1 Notices shall be given in writing to the addresses stated above, by courier or by e-mail confirmed by courier.
P:15.2 This Contract is signed in two originals in English and Chinese; both texts are equally authentic. Annex A forms part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT (DRAFT)

Agreement No. SHS-MSA-2027-07

**Provider:** Sandhill Systems LLC, 210 South Allen Avenue, Monahans, Texas, United States ("Provider")

**Customer:** Wuhu Jinlun Auto Parts Co., Ltd., Wuhu Economic and Technological Development Zone, Anhui Province, People's Republic of China ("Customer")

Customer manufactures brake and steering components at three plants in Wuhu and Hefei. Provider will manage Customer's IT infrastructure and end-user support remotely and on site. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, including the Transition.

1.2 "Transition" means the one-time work to take over Customer's IT environment from its current support arrangements, described in Section 3.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate.

1.4 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider or its personnel access, receive or handle in performing the Services.

1.5 "Incident" means an unplanned interruption of, or reduction in the quality of, an IT service within the scope of Schedule 1. Priorities are defined in Schedule 2.

## 2. Term

2.1 This Agreement starts on signature. The service term is thirty-six months from the Service Commencement Date.

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, at the monthly charges in Schedule 3 unless the parties agree otherwise in writing.

## 3. Transition

3.1 Provider shall complete the Transition within sixty days after signature. It includes discovery and documentation of all in-scope devices, installation of Provider's monitoring agents, set-up of the service desk and ticketing system in Chinese and English, knowledge transfer from Customer's current support staff and a two-week parallel run.

3.2 Transition Acceptance criteria: every in-scope device listed in Schedule 1 is recorded in the configuration database and reports to monitoring; the service desk has handled all tickets of the parallel run within the targets in Schedule 2; runbooks for backup, patching and user administration have been approved by Customer's IT manager; and a restore test of each backed-up server has succeeded. When the criteria are met Customer signs a Transition Acceptance certificate. Provision of Services before that date is not acceptance.

3.3 If Transition Acceptance is delayed beyond the sixty days for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

## 4. Service Levels

4.1 Provider shall meet the response and resolution targets in Schedule 2 for every Incident. Performance is measured from the ticketing system and reported monthly.

4.2 If Provider misses a target, Provider shall credit Customer the amount stated in Schedule 2 against the next monthly invoice. Service credits are not Customer's sole remedy.

4.3 Provider shall hold a monthly service review with Customer and a quarterly improvement meeting, and shall keep the configuration database and runbooks up to date.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value for the service term is CNY 2,160,000.

5.2 The Transition charge is invoiced after Transition Acceptance. Monthly charges are invoiced monthly in arrears. Customer pays within thirty days after receipt of a valid VAT invoice. Customer makes no advance payment.

5.3 The charges are fixed for the service term. Additional devices beyond the quantities in Schedule 1 are charged at the unit rates in Schedule 3.

5.4 Provider may not suspend the Services because of a disputed invoice. Customer shall pay the undisputed part of any invoice on time, and the parties shall resolve the disputed part through the monthly service review.

## 6. Customer Data

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer or delete it, as Customer instructs, at the end of this Agreement.

## 7. Customer Responsibilities and Change Control

7.1 Customer shall give Provider's engineers access to its plants and systems as reasonably needed, provide a desk and network connection for the on-site engineers, and name an IT manager as Provider's single point of contact.

7.2 Either party may request a change to the Services. Provider shall reply within ten working days with a written proposal stating the effect on the charges, the service levels and the timetable. No change is binding until both parties sign a change note. Provider shall not refuse a reasonable change request that falls within its normal service offering.

7.3 Provider shall carry out changes to Customer's production systems only within the maintenance windows agreed with each plant, and shall obtain approval from Customer's IT manager for every change that could interrupt production.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public business, technical and financial information received from the other party, use it only for this Agreement, and disclose it only to personnel who need to know it and are bound by similar obligations.

8.2 This Section does not apply to information that is or becomes public through no fault of the receiving party, or that the receiving party must disclose by law. The obligations in this Section survive termination for three years.

## 9. Intellectual Property

9.1 Provider's monitoring tools, ticketing software and methods remain Provider's property. Customer receives a licence to use them during the term.

9.2 Runbooks, configuration records, scripts and documentation prepared specifically for Customer belong to Customer, and Customer may use and modify them freely, including after the end of this Agreement.

## 10. Personnel and Subcontracting

10.1 Provider shall assign a named service delivery manager and at least two engineers based in Wuhu. Provider shall replace any person whom Customer reasonably objects to, within fifteen days and without interruption of the Services. Provider's personnel shall follow Customer's plant safety rules and IT usage policies while on site.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for the acts of its subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to wilful misconduct or personal injury.

11.2 Neither party is liable for loss of profit or indirect loss.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach, including repeated failure to meet the targets in Schedule 2 in three consecutive months, and does not remedy it within thirty days after notice.

12.2 On expiry or termination Provider shall provide exit assistance for up to sixty days, including handover of documentation, passwords and Customer Data to Customer or its new provider, at the rates in Schedule 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

## 14. General

14.1 Notices shall be in writing and sent to the addresses above. This Agreement with its Schedules is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

## Schedule 1 — Services

| Service | Scope | Quantity |
|---|---|---|
| Service desk | Chinese and English, 07:30–20:00 on plant working days, ticket portal and telephone | 1,150 users |
| End-user support | On-site and remote support for desktops, laptops and printers at three plants | 1,230 devices |
| Server management | Monitoring, patching, backup management and capacity reports for Windows and Linux servers | 64 servers |
| Network management | Monitoring and configuration of switches, firewalls and wireless controllers | 212 devices |
| Backup management | Daily backup checks, monthly restore tests, quarterly report | 64 servers |
| Plant floor support | First-line support for MES terminals and label printers | 180 devices |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit per missed Incident (CNY) |
|---|---|---|---|---|
| P1 | Plant production stopped, or MES, ERP or e-mail down for a whole site | 6 hours | 12 hours after response | 3,000 |
| P2 | A service degraded for many users, or a server or core switch down with redundancy in place | 8 hours | 2 working days | 1,200 |
| P3 | A single user or device affected | 1 working day | 3 working days | 300 |
| Service requests | New users, access changes, installations | 1 working day | 5 working days | 150 |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Transition Acceptance | 72,000 |
| Monthly service charge | per month, 36 months, CNY 58,000 per month | 2,088,000 |
| **Total contract value** | | **2,160,000** |
| Additional end-user device | per device per month | 46 |
| Additional server | per server per month | 520 |
| Exit assistance | per engineer day | 2,400 |

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT
(Draft for discussion)

Agreement No. CSD-2027-CN-118

BETWEEN

Comanche Springs Data Corp., a Texas corporation with its office at 400 North Main Street, Fort Stockton, Texas, United States ("Provider"); and

Qingdao Haiyuan Agricultural Trading Co., Ltd., a company registered in Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Customer imports cotton, sorghum and soybeans and needs daily market, crop-condition and weather data for the producing regions of the United States. Provider collects, cleans and publishes such data through an application programming interface (the "API") and bulk files. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in Schedule A, as updated by Provider from time to time, delivered through the API or as bulk files.

1.2 "Customer Data" means the watch lists, portfolios, position files, queries, user account details and other information that Customer or its users submit to Provider.

1.3 "Subscription Year" means each of the two consecutive periods stated in clause 3.1.

1.4 "Authorised Users" means Customer's employees in its trading, risk and logistics departments, up to forty named persons, and Customer's own internal systems connected through API keys issued to Customer.

1.5 "Custom Feeds" means the field mappings, data transformations and delivery scripts that Provider builds specifically for Customer under clause 2.3.

2. SUBSCRIPTION AND SERVICES

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Licensed Data through the API and bulk downloads, to use it for Customer's internal trading, risk-management and logistics decisions, and to store it in Customer's internal systems.

2.2 Customer may include limited extracts of Licensed Data in internal reports and in reports to its banks and regulators. Customer shall not resell or publish the Licensed Data or use it to build a competing data product.

2.3 Provider shall build Custom Feeds that map the Licensed Data to the fields and units used in Customer's trading system, convert prices to CNY at the daily reference rate chosen by Customer, and deliver a daily file to Customer's server in Qingdao.

2.4 Provider will use commercially reasonable efforts to keep the API available, to publish updates regularly, and to respond to support requests promptly. Support is provided by e-mail during Provider's business hours in Central Time.

3. TERM

3.1 The Subscription Term consists of two Subscription Years. The first Subscription Year begins on the date of Connection Acceptance under clause 4 and ends on the day before the first anniversary of that date; the second Subscription Year begins on that anniversary and ends on the day before the second anniversary.

3.2 The Subscription Term ends at the end of the second Subscription Year. Any further subscription requires a new written agreement.

4. CONNECTION ACCEPTANCE

4.1 Within forty-five days after signature Provider shall issue API keys, complete the Custom Feeds and notify Customer that the connection is ready for testing.

4.2 The acceptance criteria are: all data sets in Schedule A are accessible with Customer's keys; the Custom Feeds deliver complete daily files for ten consecutive trading days; sampled values match Provider's published reference values; and the daily file arrives in Qingdao before 07:00 Beijing time on each of those days.

4.3 When the criteria are met, Customer confirms Connection Acceptance in writing. Use of trial data before that date is not acceptance.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 286,000 for each Subscription Year, CNY 572,000 for the Subscription Term. The fee covers the Licensed Data, the API access, the Custom Feeds and support. It includes Chinese withholding tax and VAT, which Customer shall pay to the tax authority on Provider's behalf and deduct from the payment.

5.2 The fee for each Subscription Year is paid in two equal instalments of CNY 143,000, each invoiced at the end of the relevant half of the Subscription Year and payable within thirty days after receipt of the invoice. No fee is payable before Connection Acceptance.

5.3 Additional Authorised Users may be added at CNY 3,600 per user per Subscription Year, pro rata.

5.4 The fees are fixed for the Subscription Term. Provider may not increase them during the Subscription Term for any reason, including changes in the cost of its data sources.

6. CUSTOMER OBLIGATIONS

6.1 Customer shall keep its API keys secure, shall allow only Authorised Users and its own internal systems to use them, and shall inform Provider promptly if it suspects that a key has been misused.

6.2 Customer shall respect the reasonable call limits stated in Provider's API documentation. If Customer's systems exceed those limits regularly, the parties shall discuss in good faith a technical solution or an upgrade; Provider shall not block Customer's access without first giving written notice and a reasonable time to adjust.

6.3 Customer is responsible for complying with the laws that apply to its own use of the Licensed Data in the People's Republic of China.

7. CHANGES TO THE LICENSED DATA

7.1 Provider may improve the Licensed Data and the API. Provider shall give Customer at least sixty days' written notice before it removes a data set listed in Schedule A, changes the API in a way that is not backwards compatible, or loses access to a data source. If a listed data set is removed and not replaced by an equivalent data set, the fees shall be reduced in proportion, and Customer may terminate this Agreement without penalty.

7.2 Provider shall update the Custom Feeds at its own cost when it changes the API or the Licensed Data.

8. INTELLECTUAL PROPERTY

8.1 The Licensed Data, the API and Provider's databases remain the property of Provider and its data sources.

8.2 The Custom Feeds belong to Customer from their creation. Provider shall deliver their source code, and Customer may use, modify and license them freely, including with another data provider.

8.3 Provider warrants that it has the rights needed to grant the licence in clause 2 and shall defend Customer against third-party claims that the Licensed Data infringes their rights.

9. CUSTOMER DATA AND DATA SECURITY

9.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the services under this Agreement and shall not analyse, combine, sell or disclose it for any other purpose, including in aggregated or anonymised form.

9.2 Provider shall protect Customer Data with access controls, encryption in transit and at rest, logging of administrative access, and regular security testing, and shall ensure that API keys can be revoked by Customer at any time.

9.3 Provider shall notify Customer of any unauthorised access to Customer Data within forty-eight hours after discovery, investigate it, take remedial measures, and be liable for the losses Customer suffers as a result of Provider's breach of this clause 9.

9.4 Within thirty days after the end of the Subscription Term Provider shall delete Customer Data and confirm the deletion in writing.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information, including Customer's positions and trading strategies and Provider's pricing, and shall use it only for this Agreement. This obligation survives the end of this Agreement for three years.

11. LIABILITY

11.1 Provider does not warrant that the Licensed Data is free from errors, but shall correct any error reported by Customer as soon as reasonably possible and re-deliver the corrected data.

11.2 Neither party is liable for indirect loss or loss of profit. Customer's trading decisions are its own responsibility.

11.3 Each party's total liability under this Agreement is limited to twice the total fees for the Subscription Term. This limit does not apply to wilful misconduct, breach of clause 9 or breach of clause 10.

12. SUBCONTRACTING

12.1 Provider shall not subcontract the Custom Feeds or the processing of Customer Data to any third party without Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after receiving notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the part of any fee paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

15. GENERAL

15.1 This Agreement, with Schedule A, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Notices may be sent by e-mail to the addresses designated by each party.

SCHEDULE A - LICENSED DATA

A.1 Daily cash and futures prices for upland cotton, grain sorghum and soybeans at the main United States delivery points, published after the close of each trading day.

A.2 Weekly crop-condition, planting and harvest-progress data by state and district.

A.3 Daily weather observations and ten-day forecasts for the main producing counties of Texas, Oklahoma, Kansas and the Mississippi Delta.

A.4 Export inspection and shipment data by destination, weekly.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, formats and labels
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1026z01_forestry_ancient_tree_platform.pdf", Z01),
    "z02": ("h1026z02_hair_curler_factory_line_control_retrofit.docx", Z02),
    "z03": ("h1026z03_sketch_school_chain_booking_saas.txt", Z03),
    "z04": ("h1026z04_bridge_anticollision_warning_om_service.txt", Z04),
    "z05": ("h1026z05_pilaohu_studio_process_tracking_supplier_template.md", Z05),
    "e01": ("h1026e01_cmms_perpetual_licence_texas_vendor.pdf", E01),
    "e02": ("h1026e02_field_service_saas_order_form.md", E02),
    "e03": ("h1026e03_grain_storage_sensors_monitoring_licence.docx", E03),
    "e04": ("h1026e04_managed_it_services_36_months.md", E04),
    "e05": ("h1026e05_agri_market_data_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"

# key: (lang, category, terms in TERM_KEYS order, sla_clause, ld_stated, post_warranty_fee_capped (goods only),
#       acceptance_deemed_on_delivery, contract_value, tco (fee base, annual fee) or None, forum outside mainland,
#       design rule list)
D = {
    "z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 24, 8, F, T, F, "PRC", G],
            T, T, T, F, 1440000, (760000, 60800), F, []),
    "z02": ("zh", "hardware", [99.5, 1, T, "buyer", T, T, F, 0.08, N, 10, T, T, 24, 7.5, F, T, T, "PRC", G],
            T, T, T, F, 1800000, (1542000, 115650), F, ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud", [99.95, 0.5, T, "buyer", T, F, T, 0.08, 200, N, T, N, N, N, T, T, F, "PRC", S],
            T, T, N, F, 760000, None, F, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "z04": ("zh", "services", [99.95, 0.5, T, "buyer", T, T, T, 0.1, 25, N, T, N, N, N, F, F, F, "PRC", S],
            T, T, N, F, 628000, None, F, ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "z05": ("zh", "software", [N, 2, F, "supplier", T, T, T, 0.02, 20, 65, F, F, 6, 28, F, T, N, "PRC", G],
            T, T, T, T, 600000, (420000, 117600), F,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 9, F, T, F, "Texas", G],
            T, T, T, F, 1840000, (1380000, 124200), T, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", [99.5, 0.5, T, "buyer", T, T, T, 600 / 750000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T, F,
                             "PRC", S],
            T, T, N, F, 750000, None, F, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "e03": ("en", "hardware", [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7, F, T, F, "PRC", G],
            T, T, T, F, 1570000, (1395200, 97664), F, []),
    "e04": ("en", "services", [N, 6, T, "buyer", F, T, T, 1800 / 2160000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
            T, T, N, F, 2160000, None, F, ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"]),
    "e05": ("en", "cloud", [N, N, F, "buyer", T, T, T, N, 200, N, T, N, N, N, F, T, F, "PRC", S],
            F, F, N, F, 572000, None, F, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
DESIGN_RISK = {"z01": "low", "z02": "medium", "z03": "medium", "z04": "medium", "z05": "high",
               "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key):
    d = D[key]
    terms = dict(zip(TERM_KEYS, d[2]))
    if d[8] is None or terms["post_warranty_fee_pct"] is None:
        return None
    base, fee = d[8]
    assert abs(fee - base * terms["post_warranty_fee_pct"] / 100) < 0.01, key
    years = max(0.0, HORIZON - terms["warranty_months"] / 12)
    post = fee * years
    return post / (d[7] + post) * 100


def rules_from_label(key, lab):
    """My reading of policy §3, applied to the label only."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or D[key][9]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    lang, cat, terms, sla, ld, capped, deemed, value = D[key][:8]
    name = FILES[key][0]
    lab = {"file": name, "language": lang, "category": cat,
           "expected_terms": dict(zip(TERM_KEYS, terms)), "expected_extra": {"sla_clause": sla, "ld_stated": ld}}
    if terms[-1] == G:
        lab["expected_extra"]["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms[12] is None and terms[13] is None
    lab["expected_extra"]["acceptance_deemed_on_delivery"] = deemed
    lab["expected_extra"]["contract_value"] = value
    lab["expected_rules"] = sorted(D[key][10])
    return lab


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"99\.90*(?!\d)",
    r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?",
    r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![十百])",
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"十二个月", r"twelve[\s-]*months?",
    r"(?<![\d.])5\s*-?\s*years?", r"(?<![十\d])五\s*年(?!度)", r"five[\s-]*years?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "availability 99.90 %", "4 hours", "4-hour", "4小时", "四小时", "四个小时", "four hours", "0.05%",
            "0.05 percent", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "thirty per cent", "15%",
            "百分之十五", "40 %", "百分之四十", "12 months", "12-month", "12个月", "十二个月", "twelve months",
            "5 years", "五年", "five years"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "0.5 hours", "0.08%", "万分之八", "1,100%",
             "130%", "25%", "115%", "140%", "2027年12月31日", "36 months", "十五年", "1.5 years", "0.15%", "0.30%",
             "百分之三十五", "45%", "35%", "20 hours", "48 hours"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s) and RX.search(re.sub(r"\s+", "", s)), "must hit: " + s
    for s in MUST_MISS:
        assert not RX.search(s) and not RX.search(re.sub(r"\s+", "", s)), "must miss: " + s


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    bin_src, bin_tgt = {}, {}
    for key, (name, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            bin_src[key], bin_tgt[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(bin_src, bin_tgt, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (name, _) in FILES.items():
        lab = label(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        derived = rules_from_label(key, lab)
        if derived != lab["expected_rules"]:
            problems.append("%s: derived %s != design %s" % (key, derived, lab["expected_rules"]))
        if risk(derived) != DESIGN_RISK[key]:
            problems.append("%s: risk %s != design %s" % (key, risk(derived), DESIGN_RISK[key]))
        covered |= set(derived)
        t = lab["expected_terms"]
        for k, th in TH.items():
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append("%s: %s on threshold" % (key, k))
        share = tco_share(key)
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append("%s: TCO share %.2f within 2 points of threshold" % (key, share))
        text = read_back(OUT / name)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        if not ok:
            problems.append("%s: length %d out of range" % (key, n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            for m in RX.finditer(variant):
                ctx = variant[max(0, m.start() - 20):m.end() + 20]
                problems.append("%s: threshold figure %r in %r" % (key, m.group(0), ctx))
        print("%s %-62s %s %5d  tco=%s  rules=%s risk=%s" % (key, name, lab["language"], n,
              "-" if share is None else "%.2f" % share, ",".join(r[3:] for r in derived) or "(none)", risk(derived)))
    missing = sorted(set(SEVERITY) - covered)
    if missing:
        problems.append("rules never fired: %s" % missing)
    compliant = [k for k in D if not D[k][10]]
    assert sorted(compliant) == ["e03", "z01"], compliant
    assert D["e01"][10] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(D["z05"][10]) <= 10
    for k in ("z02", "z03", "z04", "e02", "e04", "e05"):
        assert 2 <= len(D[k][10]) <= 3, k
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed; all 20 CR rules fire at least once")


if __name__ == "__main__":
    main()
