"""holdout247: ten ORDINARY draft contracts (5 zh, 5 en) with hand labels. Sources are kept below in a small markup
(T: title, H: heading, P: paragraph, TB: table row); .docx/.pdf are built by ../word_pdf.py, .md/.txt rendered here.
Run with /work/main/.venv/bin/python make_files.py"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent
SRC = {}
TARGETS = {}   # key -> (file name, format)
MUST = {}      # key -> strings that must appear in the read-back text (labelled figures, prices)

SRC["z01"] = """T:企业信用信息公示平台建设项目政府采购合同
P:合同编号：SJJ-ZC-2026-0318　　采购方式：公开招标　　项目编号：HCZB-2026-G047
P:采购人（甲方）：临澄市市场监督管理局　　地址：临澄市政务大道88号
P:供应商（乙方）：杭州信衡数据技术有限公司　　地址：杭州市西湖区文三路 476 号
P:鉴于甲方就“临澄市企业信用信息公示平台建设项目”依法组织公开招标，乙方经评标委员会评审被确定为中标人。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件、中标通知书，双方经协商一致订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致时以本合同正文为准。
H:第一条　项目内容
P:1.1 乙方为甲方建设企业信用信息公示平台，包括：企业年报填报与公示、即时信息公示、经营异常名录与严重违法失信名单管理、信用修复在线办理、部门协同归集接口、信用信息查询与异议处理、统计分析驾驶舱。
P:1.2 平台部署于甲方政务云，与省级国家企业信用信息公示系统、市公共信用信息平台、市场主体登记系统及“双随机、一公开”监管平台对接，接口清单见附件二。
P:1.3 乙方负责历史数据迁移与治理，将原公示系统约四十六万户市场主体的年报、行政处罚、抽查检查等信息完整迁入新平台。
H:第二条　合同价款
P:2.1 本合同总价为人民币2,660,000元（大写：贰佰陆拾陆万元整），含税，为固定总价，包括软件许可、定制开发、迁移、部署、培训、质保期内服务及税费，甲方不再支付其他费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|信用公示平台软件许可（永久，不限用户数）|1套|1,260,000
TB:2|定制开发（协同归集、联合惩戒、信用修复接口及驾驶舱）|1项|864,000
TB:3|历史数据迁移与治理|1项|318,000
TB:4|系统集成与部署|1项|176,000
TB:5|用户及管理员培训|1项|42,000
TB:合计| | |2,660,000
P:2.2 合同履行期间甲方需求变更导致工作量增减的，双方按投标报价中的人天单价另行书面确认。
H:第三条　付款方式
P:3.1 合同签订并收到乙方等额履约保函后十五个工作日内，甲方支付合同总价的20%，即532,000元，作为预付款。
P:3.2 平台完成部署、迁移及试运行并通过初验后，甲方支付合同总价的45%，即1,197,000元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即931,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方经财政国库集中支付，支付时间以财政审批为准，不视为甲方违约。
H:第四条　实施与交付
P:4.1 乙方应于合同签订之日起一百五十日内完成部署、迁移并提请初验。实施计划由双方项目组在开工会上确认。
P:4.2 乙方项目经理及核心开发人员须与投标文件一致，未经甲方书面同意不得更换。
P:4.3 乙方交付物包括：安装介质、定制部分全部源代码、接口文档、数据字典、迁移脚本、运维手册、用户手册及培训记录。
H:第五条　验收
P:5.1 初验条件：（1）附件一功能清单逐项测试通过；（2）历史数据迁移经抽样核对，关键字段一致率达到99.98%以上；（3）在500个并发用户下，公示查询响应时间不超过2秒，年报提交不超过3秒；（4）与附件二所列外部系统联调通过；（5）第三方机构出具的安全测评报告无高危漏洞。
P:5.2 初验通过后试运行九十日。试运行期间未发生一级故障，且年报公示期业务峰值运行平稳的，乙方提请最终验收，甲方组织专家按招标文件技术要求出具验收报告。
P:5.3 平台上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在二十日内整改后重新验收。
H:第六条　服务水平
P:6.1 质保期内，平台核心服务（公示查询、年报填报）月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，且不得安排在工作日白天。
P:6.2 故障分为三级。一级故障（平台整体不可用或公示数据错误）：乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）：1小时内响应，24小时内解决；三级故障：两个工作日内解决。
P:6.3 乙方每迟延响应或迟延恢复一小时，甲方可扣减质保金1,500元；月度可用率每低于承诺值0.01个百分点，扣减2,000元。扣减不足部分由乙方另行支付。
H:第七条　质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及每季度一次巡检。
P:7.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过100,800元），该价格在质保期满后三个服务年度内保持不变，维护合同另行签订且不自动续期。
H:第八条　数据安全
P:8.1 平台内全部数据，包括市场主体信息、年报、处罚及抽查信息、用户日志，所有权归甲方。乙方仅为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，通过甲方堡垒机运维，操作全程审计；测试使用甲方提供的脱敏数据；合同终止时归还并删除其持有的全部数据副本并出具书面说明。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，包括甲方因此承担的行政责任及对第三方的赔偿。
H:第九条　保密
P:乙方对履行本合同知悉的甲方工作秘密、未公开的监管信息及系统配置负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条　知识产权
P:10.1 定制开发成果（含源代码、接口程序、驾驶舱模型及文档）的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
P:10.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付物不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条　违约责任
P:11.1 乙方逾期提请初验或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条　分包与转包
P:乙方不得转包，亦不得将本项目任何部分分包给第三方。
H:第十三条　合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条　争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条　其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。附件一：功能清单；附件二：接口清单；附件三：实施计划。
P:甲方（盖章）：临澄市市场监督管理局　　　　乙方（盖章）：杭州信衡数据技术有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2026年3月18日　　　　签订日期：2026年3月18日
"""
TARGETS["z01"] = ("h247z01_market_regulator_credit_publicity_platform.docx", "docx")
MUST["z01"] = ["2,660,000", "20%", "99.95%", "30分钟", "万分之八", "二十四个月", "8%"]

SRC["z02"] = """T:氨纶丝在线纤度及卷绕疵点检测系统采购合同
P:合同号：HX-SB-2026-0091
P:买方（甲方）：浙江恒弦氨纶有限公司
P:卖方（乙方）：苏州睿检视觉科技有限公司
P:甲方为提升氨纶丝产品的纤度一致性和丝饼外观质量，向乙方采购在线纤度（旦数）检测及卷绕疵点视觉检测系统。双方在平等自愿的基础上，经友好协商，订立本合同，共同遵守。
H:一、采购范围
P:（一）覆盖甲方三号、四号纺丝车间共计十六条纺丝线，每条线安装在线纤度传感器和卷绕工位线阵相机，对丝饼的毛丝、断头、成型不良、油污、绊丝等疵点实时识别。
P:（二）检测服务器、工控机、光源、边缘计算单元和检测软件由乙方供货、安装和调试，并与甲方 MES 系统及自动落筒机完成对接，疵点丝饼自动打标剔除。
P:（三）乙方根据甲方提供的历史疵点样本，为甲方定制训练疵点识别模型，并在试运行期间持续优化。
H:二、合同金额
P:（一）合同总金额为人民币2,208,000元（含13%增值税），明细如下：
TB:项目|金额（元）
TB:检测硬件（纤度传感器、线阵相机、光源、工控机、边缘计算单元、检测服务器）|1,428,000
TB:检测软件许可（永久）|372,000
TB:软硬件小计|1,800,000
TB:安装调试及 MES 对接|164,000
TB:疵点识别模型定制训练|218,000
TB:操作及维护培训|26,000
TB:合计|2,208,000
P:（二）上述价格包含运输、保险、安装、调试、培训、质保期内服务及税费。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总金额的10%，计220,800元，作为预付款。
P:（二）全部设备到货并安装完成、双方签署安装确认单后，甲方支付合同总金额的55%，计1,214,400元。安装确认单仅确认到货和安装，不视为验收。
P:（三）系统通过终验后，甲方支付合同总金额的35%，计772,800元。
P:（四）甲方付款前，乙方应开具全额增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同生效后七十五日内完成全部设备到货，九十日内完成安装调试。安装须在甲方停车检修窗口内进行，不得影响连续生产。
P:（二）乙方进入车间作业须遵守甲方安全生产和防静电管理规定。
H:五、验收
P:（一）试运行三十日后进行终验。终验标准：1．在线纤度测量值与实验室称重法比对偏差不超过±1.5%；2．在甲方抽取的2,000个丝饼样本中，主要疵点检出率不低于98.5%，误判率不高于2%；3．单个丝饼检测节拍不超过1.2秒；4．MES 数据回传和自动剔除功能连续十日无异常。
P:（二）终验由甲方质量部、设备部与乙方共同进行，双方签署终验报告。系统投入使用或甲方支付部分货款，均不视为终验合格。
H:六、质量保证
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内，硬件损坏免费更换，软件缺陷免费修复，模型免费优化。
P:（二）质保期满后的维保：乙方提供年度维保服务，维保费每年按软硬件小计的18%计取，即每年324,000元，首三个维保年度价格固定不变。维保内容包括硬件维修更换、软件升级、模型再训练及每半年一次现场标定。
H:七、售后服务
P:（一）系统故障分级：一级故障为整条纺丝线检测停止或剔除功能失效；二级故障为部分工位检测异常；三级故障为其他不影响检测的问题。
P:（二）发生一级故障的，乙方在接到甲方通知后8小时内响应，并在36小时内恢复检测；二级故障72小时内解决；三级故障在下一次巡检时解决。
P:（三）乙方未按上述时限响应或恢复的，每超时一小时，甲方可从应付款或质保金中扣除800元。
H:八、数据
P:（一）系统采集的纤度数据、疵点图像、工艺参数及生产统计数据均属于甲方，乙方仅可为履行本合同使用，不得复制带离甲方厂区，不得用于训练向其他客户提供的模型。
P:（二）乙方远程维护须经甲方设备部逐次批准，通过甲方指定的 VPN 接入并记录日志；检测服务器部署于甲方机房并与办公网隔离。乙方人员使用的移动存储介质须经甲方登记。
P:（三）因乙方原因导致甲方数据泄露、损毁或生产系统被入侵的，乙方应在2小时内通知甲方，配合处置，并赔偿甲方全部损失。
H:九、保密
P:乙方对在履约过程中接触的甲方工艺配方、设备参数、产量及客户信息负有保密义务，合同终止后三年内仍然有效。
H:十、知识产权
P:（一）为甲方定制训练的疵点识别模型（含模型参数、训练数据集标注和对接程序）归甲方所有，甲方有权自行使用和修改。
P:（二）检测软件的标准产品知识产权归乙方，甲方取得永久使用许可。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的10%。
P:（二）系统经两次整改仍不能通过终验的，甲方有权退货，乙方退还已收款项。
P:（三）甲方逾期付款的，每逾期一日按应付未付款的万分之三支付违约金。
H:十二、分包
P:乙方如需将设备安装辅助工作分包，应事先取得甲方书面同意，并对分包方的工作承担责任。
H:十三、合同解除
P:乙方严重违约且在甲方书面通知后二十日内未纠正的，甲方有权解除本合同并要求赔偿。
H:十四、适用法律和争议解决
P:本合同适用中华人民共和国法律。双方发生争议协商不成的，提交绍兴仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备清单、验收大纲。
P:甲方：浙江恒弦氨纶有限公司（盖章）　　代表签字：________　　日期：2026年4月9日
P:乙方：苏州睿检视觉科技有限公司（盖章）　代表签字：________　　日期：2026年4月9日
"""
TARGETS["z02"] = ("h247z02_spandex_denier_winding_inspection.txt", "txt")
MUST["z02"] = ["2,208,000", "10%", "8小时", "万分之二", "二十四个月", "18%", "324,000"]

SRC["z03"] = """T:排课管理及家长端 SaaS 服务合同
P:编号：QY-IT-2026-027
P:客户（甲方）：武汉启跃教育咨询有限公司
P:服务商（乙方）：北京课栈云科技有限公司
P:甲方经营课外辅导连锁门店共30家，拟使用乙方“课栈”排课管理及家长端 SaaS 服务，并由乙方完成上线实施。双方经协商签订本合同。
H:第1条　服务内容
P:1.1 乙方向甲方提供“课栈”云服务订阅，功能包括：课程与班级排课、教师课表及冲突检测、教室资源管理、学员考勤、课时消耗与续费提醒、家长端小程序（课表查看、请假调课、课后反馈、缴费通知）、门店经营报表。
P:1.2 订阅范围为甲方全部30家门店，每家门店不限教师及学员账号数。
P:1.3 实施服务包括：门店及课程体系配置、历史学员与课时数据导入、与甲方收费系统及企业微信对接、门店管理员培训、上线支持。
H:第2条　服务期限
P:2.1 订阅服务期为三十六个月，自双方签署上线验收确认书之日起计算。
P:2.2 服务期满前六十日内任何一方未书面提出不续约的，本合同自动续期二十四个月。续期时乙方有权根据其产品价格调整情况上调订阅费，上调幅度不超过原订阅费的8%，以乙方书面通知为准。
H:第3条　费用
P:3.1 订阅费为每家门店每月1,550元，30家门店合计每月46,500元，服务期内订阅费合计1,674,000元。
P:3.2 实施费为一次性186,000元。
P:3.3 本合同总价为1,860,000元（含税）。
P:3.4 新增门店按每家每月1,550元同价计费，关闭门店自次月起停止计费。
H:第3条之二　付款
P:3.5 订阅费按季度结算，每个服务季度结束后十五日内，甲方凭乙方发票支付该季度订阅费139,500元。甲方不预付任何订阅费。
P:3.6 实施费在上线验收确认书签署后二十日内一次支付。
H:第4条　实施与验收
P:4.1 乙方应在合同签订后四十五日内完成实施并提请上线验收。
P:4.2 上线验收标准：（1）30家门店的课程、班级、教室配置完整，与甲方提供的配置表逐项一致；（2）历史学员档案及剩余课时导入后，经门店抽查核对无差错；（3）家长端在1,000人同时在线时页面响应不超过2秒；（4）与收费系统的缴费数据对账一致；（5）试用十个工作日内无一级故障。
P:4.3 甲方门店开始试用或使用部分功能，不视为上线验收通过。
P:4.4 乙方未按期提请上线验收的，每逾期一日，向甲方支付违约金1,200元。
H:第5条　服务水平
P:5.1 服务月度可用率不低于99.95%（不含提前七日通知并安排在夜间的计划维护）。
P:5.2 一级故障（排课或家长端整体无法使用）：乙方30分钟内响应，3小时内恢复；二级故障（部分功能异常）：2小时内响应，当日解决；三级故障：五个工作日内解决。
P:5.3 月度可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；低于99.5%的，抵扣当月订阅费的10%。一级故障未按时恢复的，每次另抵扣1,000元。
H:第6条　数据
P:6.1 甲方在服务中录入或产生的学员、家长、教师、课时及缴费数据属于甲方。
P:6.2 乙方对数据进行加密存储和传输，服务器位于中国境内，实行最小权限访问并保留操作日志；涉及未成年人个人信息的，乙方应按《个人信息保护法》及未成年人保护相关规定处理。发生数据泄露的，乙方应在24小时内通知甲方并承担因其过错造成的损失。
P:6.3 甲方同意，乙方可对服务中产生的学员学习行为数据、课时消耗数据进行脱敏和汇总处理，用于改进乙方产品、训练排课推荐算法及发布行业研究报告，该等权利在合同终止后继续有效。
P:6.4 合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。
H:第7条　保密
P:双方对在合作中知悉的对方经营信息、价格信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露。
H:第8条　知识产权
P:乙方平台及其软件的知识产权归乙方。乙方为甲方专门制作的课程体系配置、报表模板及对接程序归甲方所有，甲方可自由使用、修改或交由第三方使用。
H:第9条　责任限制
P:乙方在本合同项下的累计赔偿责任，以索赔发生前六个月甲方已支付的订阅费总额为限。乙方故意或重大过失造成的损失不受此限。
H:第10条　分包
P:乙方不得将本合同项下的实施或运维工作分包给第三方，经甲方书面同意的除外。
H:第11条　合同解除
P:任何一方严重违约，经守约方书面通知后三十日内未纠正的，守约方有权解除本合同。因乙方原因解除的，乙方退还已付未消耗的费用。
H:第12条　法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交武汉仲裁委员会仲裁。
H:第13条　其他
P:本合同一式两份，双方各执一份，自双方盖章之日起生效。
P:甲方：武汉启跃教育咨询有限公司（盖章）　　乙方：北京课栈云科技有限公司（盖章）
P:日期：2026年5月6日
"""
TARGETS["z03"] = ("h247z03_tutoring_chain_scheduling_saas.txt", "txt")
MUST["z03"] = ["1,860,000", "1,674,000", "186,000", "46,500", "99.95%", "30分钟", "1,200元", "六个月", "8%", "自动续期"]

SRC["z04"] = """T:农村饮水安全监测平台年度运维服务合同
P:合同编号：QSW-YW-2026-06　　采购方式：政府采购单一来源
P:采购人（甲方）：清溪县水务局
P:服务商（乙方）：湖南澄源环境信息技术有限公司
P:清溪县农村饮水安全监测平台由乙方于前期建设，现质保期已满。为保障全县农村供水水质、水量和设备运行监测连续可靠，甲方经单一来源采购程序，委托乙方承担平台年度运维。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》签订本合同。
H:第一章　服务范围
P:第一条　运维对象包括：县级监测平台软件及数据库；全县126个农村供水工程的在线监测站（浊度、余氯、pH、流量、压力仪表及数据采集终端）；县水务局监控中心大屏及视频接入模块。
P:第二条　服务内容：平台日常巡检和故障处理；监测站每月现场巡检一次、仪表每季度校准一次；数据质量控制和异常数据标记；备品备件供应；每月运维报告和年度水质数据分析报告；汛期及节假日值守。
H:第二章　服务期限与费用
P:第三条　服务期自2026年7月1日起至2027年6月30日止。期满后是否续签，由甲方按政府采购程序另行确定，本合同不自动续期。
P:第四条　服务费总额为人民币720,000元，为固定总价，构成如下：平台运维386,000元；126个监测站现场巡检及校准252,000元；备品备件48,000元；数据质控及分析报告34,000元。
P:第五条　服务费按季度支付。每季度结束后，甲方对乙方当季服务进行考核，考核结果确认后十五个工作日内支付当季服务费180,000元，按考核扣款后的金额结算。本合同不设预付款。
H:第三章　服务标准
P:第六条　平台服务月度可用率不低于99.5%。监测站数据月度到报率不低于98%，连续中断超过24小时的站点计为异常站点。
P:第七条　故障等级与时限：一级故障（平台中断、全县数据无法上传或水质超标报警失灵）乙方1小时内响应，6小时内恢复；二级故障（单个监测站停运或仪表失准）24小时内到场，48小时内修复；三级故障在下次巡检时处理。
P:第八条　扣款：平台月度可用率低于承诺值的，每低0.1个百分点扣当季服务费的1%；一级故障每超时一小时扣500元；异常站点每站每次扣200元。扣款从当季服务费中直接抵扣。
H:第四章　考核与验收
P:第九条　季度考核依据：运维日志、巡检记录、校准记录、平台自动统计的可用率和到报率、故障工单。甲方依据本合同第六条至第八条逐项核对，形成季度考核表，双方签字确认。
P:第十条　服务期满后，甲方对全年运维组织终期验收，验收内容包括设备完好率不低于96%、全部校准记录齐全、年度分析报告经甲方审核通过、备品备件清单与库存相符。终期验收通过后支付最后一个季度服务费。
H:第五章　数据安全
P:第十一条　平台中的水质、水量、设备运行及用户数据均属于甲方，乙方仅可为履行本合同使用，不得用于其他目的，不得向任何第三方提供。
P:第十二条　乙方应落实网络安全等级保护第二级以上要求，远程运维须通过甲方堡垒机登录并全程录像，不得在个人设备上存储平台数据，数据库备份由甲方保管。
P:第十三条　发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在1小时内报告甲方，立即处置，并承担因乙方原因造成的全部责任和损失。
H:第六章　人员与分包
P:第十四条　乙方应配备驻县运维工程师不少于两名，并保证汛期二十四小时值守。
P:第十五条　乙方可以将部分乡镇监测站的现场巡检委托当地第三方单位实施，但应提前五个工作日书面告知甲方，并对第三方的工作质量负责。
H:第七章　成果归属
P:第十六条　运维形成的报告、台账、数据分析成果及配置文档归甲方所有。
H:第八章　违约责任
P:第十七条　乙方逾期提交月度运维报告、年度分析报告或逾期完成校准任务的，每逾期一日，按服务费总额的千分之一支付违约金。
P:第十八条　乙方连续两个季度考核不合格，或因乙方原因造成饮水安全事件的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:第十九条　甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第九章　争议解决
P:第二十条　本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，向清溪县人民法院提起诉讼。
H:第十章　附则
P:第二十一条　本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。附件：监测站清单、考核表、备品备件清单。
P:甲方：清溪县水务局（盖章）　　　乙方：湖南澄源环境信息技术有限公司（盖章）
P:代表：__________　　　　　　　　代表：__________
P:日期：2026年6月22日
"""
TARGETS["z04"] = ("h247z04_county_water_bureau_monitoring_om.pdf", "pdf")
MUST["z04"] = ["720,000", "99.5%", "1小时内响应", "千分之一", "书面告知"]

SRC["z05"] = """T:仓储管理系统（WMS）软件许可及定制开发合同
P:（仓捷软件标准合同文本 V5.0）
P:合同编号：CJ-WMS-2026-0214
P:甲方（用户）：厦门甜坊食品有限公司
P:乙方（供应商）：厦门仓捷软件有限公司
P:甲方为牛轧糖、花生酥等糖果产品的生产与销售企业，拟在成品仓及原料仓使用乙方“仓捷 WMS”仓储管理系统。双方根据《中华人民共和国民法典》，就软件许可及定制开发事宜达成如下协议。
H:第一条　定义
P:1.1 “标准软件”指乙方享有著作权的仓捷 WMS 标准版软件及其文档。
P:1.2 “定制内容”指乙方根据甲方需求在标准软件基础上开发的功能模块、报表、接口程序及相关文档。
P:1.3 “上线”指系统在甲方仓库投入实际业务使用。
H:第二条　合同标的与价格
P:2.1 乙方向甲方授予标准软件的永久使用许可，并为甲方开发以下定制内容：糖果批次及原料追溯、按保质期先到期先出库策略、冷库温湿度记录对接、电商平台及经销商订单接口、手持终端拣货流程。
P:2.2 合同总价为人民币980,000元，明细如下：
TB:项目|金额（元）
TB:仓捷 WMS 标准版永久许可（含 40 个并发用户）|680,000
TB:定制开发|236,000
TB:实施部署及培训|64,000
TB:合计|980,000
H:第三条　付款
P:3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即490,000元，作为预付款。
P:3.2 系统上线后十个工作日内，甲方支付剩余50%，即490,000元。
P:3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务。
H:第四条　交付
P:4.1 乙方在收到预付款后九十日内完成标准软件部署及定制开发。因甲方需求变更、资料提供不及时或仓库现场条件不具备导致的延误，交付期相应顺延。
P:4.2 乙方逾期交付的，每逾期一日按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。
H:第五条　验收
P:5.1 系统上线运行即视为甲方验收合格。
P:5.2 甲方在上线后对系统提出的修改意见，由乙方在免费维护期内酌情处理。
H:第六条　免费维护
P:6.1 自系统上线之日起，乙方提供六个月免费维护，包括缺陷修复和远程技术支持。
P:6.2 免费维护期内，甲方报告一级故障（系统无法出入库作业）的，乙方在12小时内响应；其他故障在三个工作日内响应。
P:6.3 乙方将尽力在合理时间内排除故障。乙方对故障响应或处理的时间不作任何赔偿、扣款或违约金承诺。
H:第七条　有偿维护
P:7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为标准软件许可费的25%，即每年170,000元。
P:7.2 年度维护服务内容包括缺陷修复、版本升级和远程技术支持，现场服务另行收费。
H:第八条　知识产权
P:8.1 标准软件的知识产权归乙方所有。
P:8.2 定制内容（包括源代码、报表模板、接口程序及文档）的知识产权均归乙方所有。甲方在本合同有效期内享有非独占的使用权，不得修改、反编译，不得许可第三方使用。
H:第九条　数据
P:9.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方仅为履行本合同处理该数据。
P:9.2 乙方在远程维护时应采取账号权限控制、操作日志记录和传输加密等安全措施。因乙方原因发生数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复并承担相应责任。
H:第十条　保密
P:双方对因本合同获悉的对方商业秘密负有保密义务，保密期限至合同终止后两年。
H:第十一条　责任限制
P:11.1 乙方对甲方的间接损失、利润损失不承担责任。
P:11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的10%。
H:第十二条　合同解除
P:一方严重违约，经对方书面催告后十五日内仍未改正的，守约方可以解除合同。
H:第十三条　争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，由乙方所在地人民法院管辖。
H:第十四条　其他
P:14.1 本合同未尽事宜，以乙方官网公布的《仓捷软件服务说明》为准。
P:14.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。
P:甲方（盖章）：厦门甜坊食品有限公司　　　乙方（盖章）：厦门仓捷软件有限公司
P:日期：2026年2月14日
"""
TARGETS["z05"] = ("h247z05_nougat_maker_wms_supplier_template.md", "md")
MUST["z05"] = ["980,000", "680,000", "50%", "490,000", "万分之一", "六个月", "25%", "170,000", "12小时", "10%", "视为甲方验收合格"]

SRC["e01"] = """T:Software Licence and Services Agreement - Relief Design Suite
P:Agreement No. CS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 11 May 2026 between:
P:(1) Dongyang Mingjiang Woodcarving Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 17 Huagong Road, Dongyang, Zhejiang Province (the "Customer"); and
P:(2) Cipressi Digital Sculpture S.r.l., a company incorporated in Italy with its registered seat at Via del Faro 3, Isola dei Cipressi, Italy (the "Vendor").
P:Background. The Customer designs and produces carved wooden panels, screens, furniture fronts and architectural reliefs in the Dongyang tradition. It wishes to move its relief design from hand drawings and plaster models to digital sculpting and to drive its five-axis carving machines directly from the digital models. The Vendor publishes the Relief Design Suite, a digital sculpting and toolpath application for relief carving, and has agreed to license it to the Customer and to install and configure it on the terms below. At the Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:1. Definitions
P:1.1 "Software" means the Relief Design Suite, version 9, in object code, including the Vendor's standard libraries of ornament motifs, and all updates supplied under this Agreement.
P:1.2 "Post-Processor Module" means the Vendor's add-on that converts relief models into machine code for the Customer's carving machines, which the Vendor will configure for the Customer's three machine models.
P:1.3 "Customer Materials" means the Customer's drawings, scanned carvings, photographs, motif libraries, design files, machine parameters and any other data the Customer supplies or creates with the Software.
P:1.4 "Custom Deliverables" means the configured post-processor settings, the Customer-specific tool library, the design templates and workflow documents prepared by the Vendor for the Customer under this Agreement.
P:1.5 "Final Acceptance" has the meaning given in Clause 5.
H:2. Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on fourteen named workstations at the Customer's premises in Dongyang for the Customer's own business, including designing products for its customers.
P:2.2 The Customer may move a licence from one workstation to another by notice to the Vendor, and may make back-up copies for its own use.
P:2.3 The licence is paid in full by the fees in Clause 3 and does not end if support is not renewed.
H:3. Fees
P:3.1 The fees are as follows, all in CNY and inclusive of applicable taxes:
P:(a) Software licences: 14 perpetual seat licences at CNY 38,600 each, CNY 540,400;
P:(b) Post-Processor Module, perpetual licence for the Customer's site: CNY 86,000;
P:Licence Subtotal: CNY 626,400;
P:(c) installation, configuration of the Post-Processor Module and tool library: CNY 58,000;
P:(d) training of designers and machine operators (eight days on site): CNY 27,600.
P:Total Contract Price: CNY 712,000.
P:3.2 The Total Contract Price is fixed. Travel, accommodation and translation costs of the Vendor's staff are included.
H:4. Payment
P:4.1 The Customer shall pay:
P:(a) 20% of the Total Contract Price (CNY 142,400) within 20 days after signature of this Agreement, against the Vendor's invoice;
P:(b) 45% of the Total Contract Price (CNY 320,400) within 20 days after both parties sign the Installation Certificate, which records that the Software is installed on all fourteen workstations and is not an acceptance;
P:(c) 35% of the Total Contract Price (CNY 249,200) within 20 days after Final Acceptance.
P:4.2 Payments shall be made by bank transfer in CNY to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:5. Delivery, Installation and Acceptance
P:5.1 The Vendor shall install the Software and complete the configuration within 60 days after signature. For each day by which the Installation Certificate is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer liquidated damages of 0.08% of the Total Contract Price, up to 8% of the Total Contract Price.
P:5.2 After installation the parties shall carry out the acceptance tests in Schedule 2, which include: (a) import of twenty reference carvings scanned by the Customer and their editing into relief models without loss of detail; (b) generation of toolpaths for each of the three machine models and the carving of three test panels whose depth deviation from the model does not exceed 0.2 mm; (c) a full design-to-carving cycle for a screen panel within the time set in Schedule 2; and (d) operation of all fourteen workstations for ten consecutive working days without a Severity 1 defect.
P:5.3 When the tests are passed, the Customer shall sign a Final Acceptance certificate within five working days. If a test fails, the Vendor shall correct the defect and repeat the test. Use of the Software in production, or any payment, does not mean acceptance.
H:6. Warranty
P:6.1 The Vendor warrants that the Software and the Post-Processor Module will perform materially in accordance with their documentation and Schedule 2 for 18 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge, supply all updates and new versions, and provide the support described in Clause 7 without additional fees.
H:7. Support and Service Levels
P:7.1 The Vendor shall provide support by telephone, e-mail and remote session in Chinese and English from 08:00 to 20:00 Beijing time on working days.
P:7.2 Severity 1 means that the Software cannot be started, or that toolpaths cannot be generated or sent to a carving machine. For a Severity 1 defect the Vendor shall respond within 2 hours and provide a fix or workaround within 24 hours. Severity 2 (a major function impaired) shall be answered within 8 working hours and fixed within five working days. Severity 3 shall be handled in the next update.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response or fix time, the Vendor shall credit the Customer CNY 600, deducted from the next payment or paid on demand.
H:8. Post-Warranty Support
P:8.1 After the Warranty Period, the Customer may buy annual support at 11% of the Licence Subtotal per year (CNY 68,904). This price is fixed for the first three support years after the Warranty Period. Support covers updates, new versions and the support in Clause 7.
P:8.2 Support is bought by separate purchase order for each year and does not renew automatically.
H:9. Customer Materials and Data Security
P:9.1 Customer Materials belong to the Customer. The Vendor may use them only to perform this Agreement and shall not copy, keep, publish or use them for any other purpose, including to train or enrich the Vendor's motif libraries.
P:9.2 The Software runs on the Customer's workstations. Remote sessions require the Customer's approval each time and shall be recorded. The Vendor shall not transfer Customer Materials outside the Customer's premises, shall apply access control and encryption to any copy it is allowed to handle and shall delete it when the task is done.
P:9.3 The Vendor shall notify the Customer within 24 hours of any unauthorised access to, loss of or disclosure of Customer Materials caused by the Vendor or its staff, shall help to contain it and shall be liable for the resulting loss.
H:10. Intellectual Property
P:10.1 The Vendor retains all intellectual property in the Software and the Post-Processor Module as products.
P:10.2 All Custom Deliverables and all rights in them belong to the Customer upon creation. The Customer may use, modify and license them freely, including to other studios it works with.
P:10.3 The Vendor shall indemnify the Customer against any claim that the Software infringes a third party's rights.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's designs and customer orders, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.
H:12. Liability
P:The total liability of either party under this Agreement shall not exceed 150% of the Total Contract Price, except for liability under Clauses 9, 10.3 and 11, for fraud, and for personal injury, which are not limited.
H:13. Subcontracting
P:The Vendor shall not subcontract any part of the installation, configuration or support without the Customer's prior written consent, and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after a written notice describing the breach.
P:14.2 The Customer may terminate if the Installation Certificate is delayed by more than 60 days. On termination for the Vendor's breach the Vendor shall refund the fees paid for the parts not accepted.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Italy.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration under the Rules of the Milan Chamber of Arbitration, seated in Milan, in the English language, by a sole arbitrator.
H:16. General
P:16.1 This Agreement, with Schedule 1 (Workstations and Machines) and Schedule 2 (Acceptance Tests), is the whole agreement between the parties on its subject.
P:16.2 Changes to this Agreement are valid only in writing signed by both parties. Notices shall be sent by e-mail and courier to the addresses above.
P:16.3 This Agreement is made in English and Chinese in two counterparts each; both versions have equal force.
P:Signed for the Customer: ____________________  Name: Wu Mingjiang  Title: General Manager
P:Signed for the Vendor: ____________________  Name: Lorenzo Bellandi  Title: Managing Director
"""
TARGETS["e01"] = ("h247e01_woodcarving_relief_design_perpetual_licences.pdf", "pdf")
MUST["e01"] = ["CNY 712,000", "CNY 626,400", "20%", "0.08%", "150%", "18 months", "11%", "2 hours", "laws of Italy"]

SRC["e02"] = """T:Order Form and General Terms - TicketAlp Cloud Ticketing
P:Order Form No. TA-ORD-2026-0158
H:Part A - Order Form
P:Customer: Zhangjiajie Tianmen Mountain Scenic Area Operations Co., Ltd., No. 1 Tianmen Road, Yongding District, Zhangjiajie, Hunan Province, People's Republic of China ("Customer").
P:Vendor: TicketAlp Systems GmbH, Seestrasse 12, Insel Herreninsel, Germany ("Vendor").
P:This Order Form is governed by the TicketAlp General Terms set out in Part B, which are incorporated into it. If the Order Form and the General Terms conflict, the Order Form prevails. At the Customer's request all fees are stated and payable in Chinese Renminbi (CNY).
P:A1. Services. The Vendor will provide its TicketAlp cloud ticketing service for the Customer's scenic area: online sales through the Customer's website, WeChat mini-program and travel-agency portal; timed-entry quotas for the cableway, the Tianmen Cave stairway and the glass skywalk; real-name ticket verification at 46 entrance gates; group and travel-agency bookings; refunds and changes; and daily revenue reporting. The service is hosted in a data centre in mainland China operated by the Vendor's hosting partner.
P:A2. Subscription Term. 24 months from the Go-Live Date. The subscription ends at the end of the Subscription Term unless the parties sign a new Order Form; there is no automatic renewal.
P:A3. Fees.
TB:Item|Basis|Amount (CNY)
TB:Subscription fee, all modules, 46 gates|CNY 58,000 per month x 24 months|1,392,000
TB:Onboarding: configuration, gate integration, data migration, training|one-time|96,000
TB:Total Order Value| |1,488,000
P:Online payment processing charges of the payment providers are paid by the Customer directly to those providers and are not part of the fees.
P:A4. Invoicing and payment. The subscription fee is invoiced monthly in arrears and is payable within 30 days after the invoice date. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days. No amount is payable before the Go-Live Date.
P:A5. Onboarding plan. The Vendor will use reasonable efforts to reach the Go-Live Date within 90 days after signature of this Order Form. The plan includes configuration of ticket types and price rules, integration with the 46 gates and the cableway access system, migration of annual-pass holders, testing and training of 60 staff.
P:A6. Go-Live Acceptance. Before go-live the parties will run the acceptance tests attached as Exhibit 1: (a) a sales simulation of 20,000 tickets in one hour through all channels without error; (b) verification at every gate in less than one second per visitor, with offline verification working for two hours without network; (c) reconciliation of one test day of sales, refunds and payment-provider settlements with zero difference; (d) correct real-name checks for identity cards, passports and Home Return Permits. The Customer signs the Go-Live Acceptance certificate when the tests are passed. Go-live by itself, or use of the service, is not acceptance.
P:A7. Customer contacts. Operations: Ms. Tan Lu, Ticketing Centre Manager. Technical: Mr. He Qiang, IT Supervisor.
H:Part B - TicketAlp General Terms (version 2026-01)
H:1. The Service
P:1.1 The Vendor provides the service as described in the Order Form and in its current service description. The Vendor may improve the service provided that the functions ordered are not reduced.
P:1.2 The Customer is responsible for its own devices, network connections at the gates and staff who use the service.
H:2. Service Levels
P:2.1 The Vendor targets a monthly availability of the ticket sales and gate verification functions of 99.95%, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 Beijing time.
P:2.2 Incidents are classified as Priority 1 (sales or gate verification unavailable for the whole site), Priority 2 (a channel or a group of gates affected) and Priority 3 (other). The Vendor's support desk will respond to Priority 1 incidents within 30 minutes, at any time of day, and to Priority 2 incidents within 2 hours during operating hours.
P:2.3 The service levels in this Clause 2 are targets. The Vendor will report availability monthly. Service credits, fee reductions, refunds or other compensation are not provided for failure to meet a service level, and the Customer's remedies for such failure are limited to escalation under Clause 2.4.
P:2.4 If a Priority 1 incident is not resolved within three hours, the Customer may escalate to the Vendor's head of operations, who will join an incident call.
H:3. Customer Data
P:3.1 All ticketing, visitor and sales data entered into or generated by the service on behalf of the Customer ("Customer Data") belongs to the Customer. The Vendor processes Customer Data only to provide the service to the Customer and for no other purpose.
P:3.2 The Vendor keeps Customer Data in mainland China, encrypts it in transit and at rest, restricts access to named support staff with multi-factor authentication, logs every access, and maintains an MLPS level 3 record for the hosting environment. Personal information of visitors is handled under the Personal Information Protection Law.
P:3.3 The Vendor will notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, will help the Customer to investigate it and to inform visitors and authorities, and is responsible for the losses caused by its own breach of this Clause 3.
P:3.4 At the end of the Subscription Term the Vendor will export all Customer Data in a standard format within 20 days and then delete it, and will confirm the deletion in writing.
H:4. Configurations and Intellectual Property
P:4.1 The Vendor owns the service, its software and its documentation.
P:4.2 Ticket types, price rules, quota rules, report layouts and gate integration scripts created for the Customer ("Customer Configurations") belong to the Customer. The Customer may use, modify and disclose them freely, including to a later ticketing provider.
H:5. Confidentiality
P:Each party will keep confidential the other party's non-public business, financial and technical information received in connection with the Order Form and will use it only for the purposes of the Order Form. This obligation continues for three years after the end of the Subscription Term.
H:6. Subcontractors
P:The Vendor may use its hosting partner named in the Order Form. Any other subcontractor requires the Customer's prior written consent. The Vendor remains responsible for its subcontractors.
H:7. Liability
P:7.1 Neither party is liable for indirect or consequential loss or loss of profit.
P:7.2 Each party's total liability under the Order Form is limited to 150% of the Total Order Value. This limit does not apply to breach of Clause 3 or Clause 5, to wilful misconduct or to personal injury.
H:8. Term and Termination
P:8.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.
P:8.2 On termination by the Customer under Clause 8.1 the Vendor will refund any fees paid for the period after termination and will provide the data export under Clause 3.4.
H:9. Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or general failures of public networks, provided that it informs the other party promptly and takes reasonable steps to limit the effect.
H:10. Governing Law and Jurisdiction
P:10.1 The Order Form and these General Terms are governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:10.2 The courts of Munich, Germany, have exclusive jurisdiction over any dispute arising out of or in connection with the Order Form.
H:11. Miscellaneous
P:11.1 Amendments must be in writing and signed by both parties.
P:11.2 Notices may be given by e-mail to the contacts in the Order Form, with a copy by courier for notices of breach or termination.
P:11.3 The Order Form may be signed in counterparts and in electronic form.
P:Signed for the Customer: ____________________  Name: Peng Wei  Title: Deputy General Manager  Date: 8 June 2026
P:Signed for the Vendor: ____________________  Name: Katrin Oberhauser  Title: Managing Director  Date: 8 June 2026
"""
TARGETS["e02"] = ("h247e02_tianmen_park_ticketing_saas_order_form.md", "md")
MUST["e02"] = ["1,488,000", "1,392,000", "99.95%", "30 minutes", "150%", "laws of the Federal Republic of Germany", "courts of Munich"]

SRC["e03"] = """T:Purchase Contract for Water-Quality Sensor Network
P:Contract No. RSH-PUR-2026-017
P:Buyer: Rushan Haiyue Oyster Aquaculture Co., Ltd., Baishahe Village, Rushan, Weihai, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Brannec Marine Instruments SAS, 2 Quai des Goemoniers, Île Brannec, France (the "Supplier").
P:Recitals. The Buyer farms oysters on long-lines and rafts in Rushan Bay and in its nursery ponds. Sudden drops of dissolved oxygen, salinity changes after heavy rain and harmful algal blooms have caused losses in past seasons. The Buyer has therefore decided to buy a network of multi-parameter water-quality buoys with a monitoring and alarm system. After comparing three offers, the Buyer selected the Supplier. This contract is prepared on the Buyer's standard form. At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, moor, calibrate and commission: 36 multi-parameter buoys measuring dissolved oxygen, temperature, salinity, pH, turbidity and chlorophyll; 6 LoRa gateways with solar power and 4G back-up; and a perpetual licence of the OysterWatch monitoring software, installed on the Buyer's server, with alarm messages to the farm managers' mobile phones.
P:1.2 The Supplier shall train the Buyer's technicians in cleaning, calibration and replacement of sensors and in the use of the software.
P:1.3 The technical specification in Annex 1 and the site plan in Annex 2 form part of this contract.
H:Article 2 Contract Price
P:2.1 The contract price is fixed at CNY 1,990,000, inclusive of all taxes, duties, transport, insurance and the Supplier's travel costs, itemised as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter buoy with sensors|36|42,500|1,530,000
TB:LoRa gateway, solar power, 4G back-up|6|18,600|111,600
TB:OysterWatch software, perpetual licence|1|164,000|164,000
TB:Hardware and Licence Subtotal| | |1,805,600
TB:Installation, mooring and commissioning|1| |138,000
TB:Calibration kit and training|1| |46,400
TB:Total Contract Price| | |1,990,000
H:Article 3 Payment
P:3.1 Advance payment: 10% of the contract price (CNY 199,000) within 15 working days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 Delivery payment: 55% of the contract price (CNY 1,094,500) within 20 working days after both parties sign the Installation Certificate. The Installation Certificate records that all buoys and gateways are moored and connected; it is not an acceptance.
P:3.3 Final payment: 35% of the contract price (CNY 696,500) within 20 working days after the Final Acceptance Certificate is signed.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall complete installation and commissioning within 120 days after signature, in the calm-sea window agreed with the Buyer's farm manager.
P:4.2 If the Supplier fails to meet this date for reasons within its control, it shall pay the Buyer liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. The Buyer may deduct them from any payment.
H:Article 5 Acceptance
P:5.1 After installation the system shall run for 30 consecutive days. Final Acceptance requires: (a) dissolved-oxygen readings within plus or minus 0.3 mg/L of a calibrated handheld reference at every buoy in two rounds of checks; (b) salinity and temperature within the tolerances of Annex 1; (c) at least 98% of scheduled readings received at the server during the run; (d) alarm messages delivered to the managers' phones within three minutes in a simulated low-oxygen event; and (e) delivery of manuals, calibration records and training records.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within five working days after the criteria are met, or give written reasons. Mooring, use of the system or payment of the delivery payment is not acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is 24 months from the date of the Final Acceptance Certificate.
P:6.2 During the warranty period the Supplier shall repair or replace any defective buoy, sensor, gateway or software free of charge, including parts, labour, boat hire and shipping, and shall supply software updates. Sensors damaged by storms above the design sea state in Annex 1 are excluded.
H:Article 7 Service Levels
P:7.1 Severity 1 means that the alarm function fails, or that more than six buoys stop reporting. The Supplier shall respond to a Severity 1 fault within 1 hour by telephone or remote session, and restore the alarm function within 24 hours and the buoys within 72 hours, weather permitting.
P:7.2 Severity 2 means a single buoy or sensor failure. The Supplier shall repair it within five days, weather permitting.
P:7.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 800; for each day by which a Severity 2 repair is late, CNY 300.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty period, the Buyer may order annual maintenance at 7.5% of the Hardware and Licence Subtotal per year (CNY 135,420). This price is fixed for the first three maintenance years; any change afterwards requires written agreement.
P:8.2 Annual maintenance covers two calibration visits, replacement of failed parts, software updates and the service levels of Article 7.
H:Article 9 Buyer Data and Security
P:9.1 All measurements, alarm records, site data and farm production information collected by the system belong to the Buyer. The Supplier may access them only to perform this contract and shall not copy, keep or use them for any other purpose.
P:9.2 The software runs on the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session, is made over an encrypted connection and is logged. The Supplier shall change all default passwords at commissioning and shall not keep any credential after the warranty ends unless maintenance is ordered.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer data or the system, help to contain it and compensate the Buyer for the losses caused by its own fault.
H:Article 10 Intellectual Property
P:10.1 The Supplier keeps the intellectual property in its buoy designs and in the OysterWatch software.
P:10.2 The site-specific configuration, alarm rules, dashboards and reports prepared for the Buyer belong to the Buyer, who may use and modify them freely.
H:Article 11 Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information obtained under this contract, in particular the Buyer's farm locations, yields and customers, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the contract ends.
H:Article 12 Liability
P:The Supplier's total liability under this contract is limited to 200% of the contract price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 9 and 11.
H:Article 13 Subcontracting
P:The Supplier may use the local boat operator named in Annex 2 for mooring work. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:Article 14 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
H:Article 15 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.
H:Article 16 Final Provisions
P:This contract is made in English and Chinese, both equally valid, in four originals. It enters into force on signature by both parties.
P:For the Buyer: ____________________  Date: 20 March 2026
P:For the Supplier: ____________________  Date: 20 March 2026
"""
TARGETS["e03"] = ("h247e03_oyster_farm_water_quality_sensors.docx", "docx")
MUST["e03"] = ["1,990,000", "1,805,600", "10%", "0.1%", "24 months", "7.5%", "1 hour", "200%"]

SRC["e04"] = """T:Managed IT and Endpoint Support Agreement
P:Reference: CTG-NB-2026-09
P:THIS AGREEMENT is dated 2 April 2026 and made between:
P:NINGBO HAIXIN STATIONERY IMPORT & EXPORT CO., LTD., a company established in the People's Republic of China, whose office is at 355 Jiangnan Road, Yinzhou District, Ningbo, Zhejiang Province ("Customer"); and
P:CORTEGADA TECH SERVICES S.L., a company established in Spain, whose registered office is at Calle del Muelle 5, Isla de Cortegada, Spain, acting in China through its project team in Ningbo ("Provider").
P:WHEREAS the Customer exports stationery, art supplies and school products and runs a head office, a sample showroom and two warehouses in Ningbo with about 420 computers, laptops and shared devices; WHEREAS its own IT team of two persons can no longer support the growing number of users; and WHEREAS the Provider offers managed IT and endpoint support services, the parties agree as follows. At the Customer's request all charges in this Agreement are in Chinese Renminbi (CNY).
H:1. Definitions and Interpretation
P:1.1 "Services" means the services described in Clause 2 and Schedule 1.
P:1.2 "Endpoints" means the desktop computers, laptops, printers, scanners and meeting-room devices listed in Schedule 2, as updated monthly.
P:1.3 "Service Desk" means the Provider's bilingual help desk reachable by telephone, e-mail and the Customer's WeCom channel.
P:1.4 "Transition" means the onboarding work described in Clause 4.
P:1.5 "Term" has the meaning given in Clause 3.
H:2. Services
P:2.1 The Provider shall provide: (a) a Service Desk from 08:00 to 20:00 on working days and an on-call engineer at other times; (b) on-site support at the head office by one resident engineer and visits to the warehouses and the showroom as needed; (c) installation, imaging and replacement of Endpoints, software updates and licence tracking; (d) user account administration for e-mail, the ERP client and shared folders; (e) printer and scanner support; (f) monthly asset reports and service reports.
P:2.2 The Provider shall follow the Customer's IT policies as notified in writing and the instructions of the Customer's IT manager.
H:3. Term
P:3.1 This Agreement starts on the date of the Transition Acceptance Certificate and continues for a Term of 24 months.
P:3.2 At the end of the Term this Agreement expires. Any extension requires a written agreement signed by both parties.
P:3.3 Neither party may terminate this Agreement before the end of the Term, whether for convenience or because of a breach by the other party. The Customer's remedies for any failure of the Provider are the service credits in Clause 6, the delay payments in Clause 4.4 and damages under Clause 9, and the Customer shall continue to pay the charges while the Term runs.
H:4. Transition
P:4.1 Within 45 days after signature, the Provider shall take over the support of all Endpoints, document the existing set-up, load the Endpoint list into its asset tool, and train the Customer's staff in the use of the Service Desk.
P:4.2 Transition Acceptance requires: (a) a complete asset list reconciled with the Customer's records, with no more than two unexplained differences; (b) the run-book for all standard requests approved by the Customer; (c) ten consecutive working days of Service Desk operation in which all Priority 1 and Priority 2 tickets met the targets in Clause 6; and (d) the resident engineer in place.
P:4.3 The Customer shall sign the Transition Acceptance Certificate within five working days after the criteria are met or state in writing which are not met. Starting to use the Service Desk is not acceptance.
P:4.4 If Transition Acceptance is delayed beyond the 45 days for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay.
H:5. Charges and Payment
P:5.1 The charges are:
TB:Item|Basis|Amount (CNY)
TB:Managed service, up to 440 Endpoints|CNY 63,000 per month x 24 months|1,512,000
TB:Transition (one-time)|on Transition Acceptance|48,000
TB:Total contract value| |1,560,000
P:5.2 Endpoints above 440 are charged at CNY 140 per Endpoint per month.
P:5.3 The monthly charge is invoiced at the end of each month for that month and is payable within 30 days. The Transition charge is invoiced after Transition Acceptance. The Customer pays nothing in advance.
H:6. Service Levels and Credits
P:6.1 Priority 1 means that a whole site, the ERP client for a department, or the e-mail of the management cannot be used. The Provider shall respond to a Priority 1 ticket within 30 minutes and restore service within 6 hours.
P:6.2 Priority 2 means that a single user cannot work; the Provider shall respond within 2 hours and resolve within one working day. Priority 3 requests shall be completed within three working days.
P:6.3 For each Priority 1 ticket not restored on time the Provider shall credit CNY 1,500; if in any month less than 95% of Priority 2 tickets are resolved on time, the Provider shall credit 5% of that month's managed-service charge.
P:6.4 The Provider shall report performance against these levels monthly, and the parties shall review it at a monthly meeting.
H:7. Customer Data
P:7.1 All data held on the Endpoints and in the Customer's systems, including customer lists, price lists, designs and e-mails, remain the property of the Customer. The Provider may use them only to perform the Services and for no other purpose.
P:7.2 On expiry the Provider shall return all Customer documentation, run-books and asset records.
H:8. Confidentiality
P:Each party shall treat as confidential all information of the other party that it receives under this Agreement, including the Customer's customer and supplier lists, prices and designs, and shall not disclose it to any third party without the prior written consent of the other party. This obligation survives for three years after expiry.
H:9. Liability
P:9.1 Neither party is liable to the other for indirect or consequential loss.
P:9.2 The Provider's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, fraud and breach of Clause 8.
H:10. Intellectual Property
P:Run-books, scripts, images, reports and documents prepared by the Provider for the Customer belong to the Customer, who may use, change and pass them to any later service provider. The Provider keeps its own tools and know-how.
H:11. Personnel and Subcontracting
P:11.1 The resident engineer shall speak Mandarin and English. The Provider shall not replace the resident engineer without two weeks' notice, except for illness or resignation.
P:11.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any subcontractor it uses.
H:12. Force Majeure
P:A party affected by an event beyond its reasonable control shall inform the other party promptly and is excused for the time the event lasts. Service credits are not due for that period.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.
H:14. Notices and General
P:14.1 Notices shall be in writing and sent by courier or e-mail to the addresses above, to the attention of the Customer's IT manager and the Provider's country manager.
P:14.2 This Agreement with its Schedules is the entire agreement of the parties on the Services. Amendments require a written document signed by both parties.
P:14.3 Schedule 1: Service Catalogue. Schedule 2: Endpoint List. Schedule 3: Service Report Template.
P:SIGNED for and on behalf of the Customer: ____________________  Name: Chen Haixin  Title: General Manager
P:SIGNED for and on behalf of the Provider: ____________________  Name: Marta Iglesias  Title: Country Manager
"""
TARGETS["e04"] = ("h247e04_stationery_exporter_managed_it_endpoints.md", "md")
MUST["e04"] = ["1,560,000", "1,512,000", "CNY 900", "30 minutes", "150%", "Neither party may terminate"]

SRC["e05"] = """T:Subscription Agreement - CertiLink Export Certificate API
P:Agreement number: CL-2026-HN-031
P:Parties
P:Hainan Yeguo Beverage Export Co., Ltd., Room 1208, Binhai Building, Longhua District, Haikou, Hainan Province, People's Republic of China (the "Subscriber"), and
P:CertiLink Tecnologia, Lda., Rua do Cais 4, Ilhéu do Desembarcadouro, Portugal (the "Provider").
P:Introduction
P:The Subscriber exports bottled and canned coconut water to Europe, the Middle East and South-East Asia. Each shipment needs health certificates, certificates of origin and phytosanitary or free-sale documents that must match the importing country's rules. The Provider operates CertiLink, an application programming interface (API) that checks shipment data against destination rules, prepares certificate applications, tracks their status with issuing bodies and returns signed certificates in electronic form. The Subscriber wishes to connect its ERP system to CertiLink. At the Subscriber's request all fees are stated and paid in Chinese Renminbi (CNY).
P:1. Definitions
P:1.1 "API" means the CertiLink application programming interface, its sandbox and its web console.
P:1.2 "Subscriber Data" means shipment, product, batch, laboratory, customer and certificate data that the Subscriber or its users submit to the API or that the API generates for the Subscriber.
P:1.3 "Integration Work" means the mapping of the Subscriber's ERP fields to the API, the destination rule sets for the Subscriber's twelve export markets and the connection tests.
P:1.4 "Service Start Date" means the date on which the Subscriber signs the Integration Acceptance note under Clause 4.
P:2. Subscription
P:2.1 The Provider grants the Subscriber the right to use the API for its own export shipments during the Subscription Term, for up to 6,000 certificate transactions per year.
P:2.2 The Subscription Term is 24 months from the Service Start Date. It ends at the end of that period; a renewal requires a new written agreement signed by both parties.
P:3. Fees and Payment
P:3.1 The fees are:
P:(a) annual subscription fee: CNY 216,000 per subscription year, for two subscription years, CNY 432,000;
P:(b) Integration Work: CNY 38,000, one-time;
P:Total contract value: CNY 470,000.
P:3.2 Transactions above 6,000 in a subscription year are charged at CNY 28 each, invoiced at the end of that year.
P:3.3 Within ten days after signature of this Agreement, and before any Integration Work begins, the Subscriber shall pay the first annual subscription fee and the Integration Work fee together, CNY 254,000.
P:3.4 The second annual subscription fee, CNY 216,000, is payable within 15 days after the start of the second subscription year.
P:3.5 Fees are exclusive of bank charges, which each party bears for its own bank.
P:4. Integration and Acceptance
P:4.1 The Provider shall complete the Integration Work within 50 days after receipt of the payment under Clause 3.3. For each day of delay attributable to the Provider, the Provider shall pay the Subscriber CNY 320.
P:4.2 Integration Acceptance requires: (a) 200 test shipments across all twelve markets processed end to end in the sandbox with correct rule checks; (b) zero field-mapping errors in a sample of 50 shipments checked by the Subscriber's documentation team; (c) an average API response time below 800 milliseconds for validation calls; and (d) successful retrieval of electronic certificates from at least three issuing bodies. The Subscriber signs the Integration Acceptance note when the criteria are met. Sending live shipments alone does not mean acceptance.
P:5. Service Levels
P:5.1 The Provider shall keep the API available at least 99.5% of the time in each calendar month, measured at the API gateway and excluding maintenance announced seven days in advance.
P:5.2 Severity 1 means that the API cannot be used to create or track certificates. The Provider shall respond to a Severity 1 incident within 1 hour, at any time, and restore the service within 8 hours. Severity 2 incidents shall be answered within 6 business hours.
P:5.3 If monthly availability falls below the committed level, the Provider shall credit 5% of one twelfth of the annual subscription fee for each 0.1 percentage point of shortfall. A Severity 1 incident not restored in time gives a credit of CNY 1,000 per started hour of delay. Credits are deducted from the next invoice or paid at the end of the Subscription Term.
P:5.4 If availability falls below 98% in two consecutive months, the Subscriber may terminate this Agreement under Clause 10.
P:6. Subscriber Data
P:6.1 Subscriber Data belongs to the Subscriber. The Provider uses it only to provide the API to the Subscriber and does not use it, in identifiable, de-identified or aggregated form, for any other purpose.
P:6.2 The Provider stores Subscriber Data in a data centre in mainland China, encrypts it in transit and at rest, limits access to authorised staff with multi-factor authentication and keeps access logs for two years. Data sent to issuing bodies abroad is limited to what the certificate requires and is sent under the Subscriber's instructions and applicable export rules.
P:6.3 The Provider shall inform the Subscriber within 24 hours of any security incident concerning Subscriber Data, cooperate in the response and compensate the Subscriber for the losses caused by the Provider's breach of this Clause.
P:6.4 Within 30 days after the end of the Subscription Term the Provider shall return Subscriber Data in a machine-readable format and then delete it.
P:7. Intellectual Property
P:7.1 The Provider owns the API, its rule library and its documentation.
P:7.2 The field mappings, Subscriber-specific rule settings, templates and scripts prepared under the Integration Work belong to the Subscriber, which may use, change and license them freely.
P:8. Confidentiality
P:Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Subscriber's customer names, prices and volumes, and shall not disclose it to third parties without prior written consent. This duty continues for three years after the end of this Agreement.
P:9. Liability
P:The total liability of the Provider under this Agreement is limited to 150% of the total contract value. This limit does not apply to breach of Clauses 6 and 8, to wilful misconduct or to gross negligence.
P:10. Termination
P:10.1 Either party may terminate this Agreement by written notice if the other party is in material breach and does not cure the breach within 30 days after written notice.
P:10.2 If the Subscriber terminates under Clause 10.1 or Clause 5.4, the Provider shall refund the part of the fees paid for the period after termination.
P:11. Subcontracting
P:The Provider may not subcontract the hosting or the operation of the API, or any Integration Work, without the Subscriber's prior written consent.
P:12. Compliance
P:Each party shall comply with the export, customs and data laws that apply to it. The Provider does not give legal advice on the importing countries' rules; the Subscriber remains responsible for the accuracy of the shipment data it submits.
P:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Haikou Arbitration Commission for arbitration in Haikou.
P:14. General
P:14.1 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the consent of the other.
P:14.2 This Agreement is signed in English in two originals; a Chinese translation is provided for convenience.
P:For the Subscriber: ____________________  Name: Lin Yeguo  Title: Director  Date: 28 July 2026
P:For the Provider: ____________________  Name: Joana Meireles  Title: Gerente  Date: 28 July 2026
"""
TARGETS["e05"] = ("h247e05_coconut_water_exporter_certificate_api.txt", "txt")
MUST["e05"] = ["CNY 470,000", "CNY 254,000", "99.5%", "1 hour", "CNY 320", "150%"]


# ---------------------------------------------------------------- labels (by hand, from policy §3/§4)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T_, F_, N_ = True, False, None
# key: lang, category, terms (KEYS order), sla_clause, ld_stated, capped (goods only), deemed, value
LAB = {
 "z01": ("zh", "software", [99.95, 0.5, T_, "buyer", T_, T_, T_, 0.08, N_, 20, T_, T_, 24, 8, F_, T_, F_, "PRC", G], T_, T_, T_, F_, 2660000),
 "z02": ("zh", "hardware", [N_, 8, T_, "buyer", T_, T_, T_, 0.02, N_, 10, T_, T_, 24, 18, F_, T_, F_, "PRC", G], T_, T_, T_, F_, 2208000),
 "z03": ("zh", "cloud", [99.95, 0.5, T_, "buyer", T_, F_, T_, 1200 / 1860000 * 100, round(6 / 36 * 100, 4), N_, T_, N_, N_, N_, T_, T_, F_, "PRC", S], T_, T_, N_, F_, 1860000),
 "z04": ("zh", "services", [99.5, 1, T_, "buyer", T_, T_, F_, 0.1, N_, N_, T_, N_, N_, N_, F_, T_, T_, "PRC", S], T_, T_, N_, F_, 720000),
 "z05": ("zh", "software", [N_, 12, F_, "supplier", T_, T_, T_, 0.01, 10, 50, F_, F_, 6, 25, F_, T_, N_, "PRC", G], T_, T_, T_, T_, 980000),
 "e01": ("en", "software", [N_, 2, T_, "buyer", T_, T_, T_, 0.08, 150, 20, T_, T_, 18, 11, F_, T_, F_, "Italy", G], T_, T_, T_, F_, 712000),
 "e02": ("en", "cloud", [99.95, 0.5, F_, "buyer", T_, T_, T_, N_, 150, N_, T_, N_, N_, N_, F_, T_, F_, "Germany", S], T_, F_, N_, F_, 1488000),
 "e03": ("en", "hardware", [N_, 1, T_, "buyer", T_, T_, T_, 0.1, 200, 10, T_, T_, 24, 7.5, F_, T_, F_, "PRC", G], T_, T_, T_, F_, 1990000),
 "e04": ("en", "services", [N_, 0.5, T_, "buyer", F_, T_, T_, 900 / 1560000 * 100, 150, N_, T_, N_, N_, N_, F_, F_, F_, "PRC", S], T_, T_, N_, F_, 1560000),
 "e05": ("en", "cloud", [99.5, 1, T_, "buyer", T_, T_, T_, 320 / 470000 * 100, 150, 254000 / 470000 * 100, T_, N_, N_, N_, F_, T_, F_, "PRC", S], T_, T_, N_, F_, 470000),
}
FORUM_OUTSIDE = {"e01": True, "e02": True}   # Milan arbitration; Munich courts
# TCO inputs for goods_or_licence: fee base (itemised licence/hardware), fee per year as stated
TCO = {"z01": (1260000, 100800), "z02": (1800000, 324000), "z05": (680000, 170000), "e01": (626400, 68904), "e03": (1805600, 135420)}
PLAN = {
 "z01": [], "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE"],
 "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
 "z04": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
 "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
         "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
 "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"], "e03": [],
 "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"], "e05": ["CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
}
PLAN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "high",
             "e03": "low", "e04": "high", "e05": "medium"}
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium", "CR-SLA-NO-REMEDY": "medium",
       "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium",
       "CR-LD-MISSING": "high", "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
       "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
       "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(key, t, value):
    base, fee = TCO[key]
    assert abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 0.01, key
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = fee * post_years
    return fees / (value + fees) * 100


def apply_rules(key, t, x):
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if p is not None and x["post_warranty_fee_capped"] and tco_share(key, t, x["contract_value"]) > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or FORUM_OUTSIDE.get(key):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEV[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    lang, cat, vals, sla, ld, capped, deemed, value = LAB[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = apply_rules(key, t, x)
    assert rules == sorted(PLAN[key]), (key, rules)
    assert risk(rules) == PLAN_RISK[key], key
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- price and payment arithmetic
def check_sums():
    a = lambda *xs: sum(xs)
    assert a(1260000, 864000, 318000, 176000, 42000) == 2660000 == a(532000, 1197000, 931000)        # z01
    assert 2660000 * 20 // 100 == 532000 and 2660000 * 45 // 100 == 1197000 and 1260000 * 8 // 100 == 100800
    assert a(1428000, 372000) == 1800000 and a(1800000, 164000, 218000, 26000) == 2208000               # z02
    assert a(220800, 1214400, 772800) == 2208000 and 2208000 * 55 // 100 == 1214400 and 1800000 * 18 // 100 == 324000
    assert 30 * 1550 == 46500 and 36 * 46500 == 1674000 and a(1674000, 186000) == 1860000 and 3 * 46500 == 139500  # z03
    assert a(386000, 252000, 48000, 34000) == 720000 == 4 * 180000                                       # z04
    assert a(680000, 236000, 64000) == 980000 == 2 * 490000 and 680000 * 25 // 100 == 170000          # z05
    assert 14 * 38600 == 540400 and a(540400, 86000) == 626400 and a(626400, 58000, 27600) == 712000    # e01
    assert a(142400, 320400, 249200) == 712000 and 712000 * 45 // 100 == 320400 and round(626400 * 0.11) == 68904
    assert 24 * 58000 == 1392000 and a(1392000, 96000) == 1488000                                       # e02
    assert 36 * 42500 == 1530000 and 6 * 18600 == 111600 and a(1530000, 111600, 164000) == 1805600      # e03
    assert a(1805600, 138000, 46400) == 1990000 == a(199000, 1094500, 696500) and 1805600 * 75 // 1000 == 135420
    assert 24 * 63000 == 1512000 and a(1512000, 48000) == 1560000                                       # e04
    assert 2 * 216000 == 432000 and a(432000, 38000) == 470000 and a(216000, 38000) == 254000           # e05


# ---------------------------------------------------------------- md / txt rendering of the markup
def render(src, kind):
    out, rows = [], []

    def flush():
        if rows:
            if kind == "md":
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                out.extend("| " + " | ".join(c if c.strip() else " " for c in r) + " |" for r in rows[1:])
            else:
                out.extend("  ".join(c for c in r if c.strip()) for r in rows)
            out.append("")
            rows.clear()

    for line in src.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        if tag == "TB":
            rows.append(text.split("|"))
            continue
        flush()
        if tag == "T":
            out += ["# " + text if kind == "md" else text, ""]
        elif tag == "H":
            out += ["## " + text if kind == "md" else text, ""]
        else:
            out += [text, ""]
    flush()
    return "\n".join(out).rstrip() + "\n"


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- no value on a policy threshold
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = [
    r"99[.．]90*(?!\d)", r"九十九点九(?![一二三四五六七八九])",                                   # availability 99.9
    r"(?<![\d.])4\s*个?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?\b",  # 4 h
    r"(?<![\d.])0?[.．]050*" + PCT, r"万分之五(?!十)", r"千分之零点五", r"0[.]5\s*‰",                  # LD 0.05 %/day
    r"(?<![\d.,])100(?:[.]0+)?" + PCT, r"百分之一?百(?![零一二三四五六七八九])", r"\bone\s+hundred\s+per\s*cent",  # cap 100 %
    r"(?<![\d.,])30(?:[.]0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s+per\s*cent",  # prepayment 30 %
    r"(?<![\d.,])15(?:[.]0+)?" + PCT, r"百分之十五(?!点)", r"\bfifteen\s+per\s*cent",                    # fee 15 %
    r"(?<![\d.,])40(?:[.]0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s+per\s*cent",   # TCO 40 %
    r"(?<![\d.,])12\s*个?\s*月", r"十二\s*个?\s*月", r"\b12[\s-]*months?\b", r"\btwelve[\s-]*months?\b",  # warranty 12 m
    r"一年", r"\bone[\s-]*years?\b", r"(?<![\d.,])1[\s-]*years?\b",
    r"(?<![\d.,])5\s*年", r"(?<![〇零一二三四五六七八九十\d])五\s*年", r"\b5[\s-]*years?\b", r"\bfive[\s-]*years?\b",  # TCO horizon
    r"\b60[\s-]*months?\b", r"六十\s*个?\s*月",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]
POS = ["99.9%", "99.90 %", "九十九点九", "4小时", "4 hours", "四小时", "four-hour", "0.05%", "0.050 per cent", "万分之五",
       "100%", "百分之百", "one hundred per cent", "30%", "百分之三十", "thirty per cent", "15 %", "百分之十五",
       "fifteen per cent", "40%", "百分之四十", "forty per cent", "12个月", "十二个月", "12 months", "twelve-month", "一年",
       "one year", "1 year", "5年", "五年", "5 years", "five-year", "60 months", "六十个月"]
NEG = ["99.95%", "24小时", "24 hours", "二十四小时", "0.08%", "万分之五十", "10%", "130%", "百分之三十五", "0.15%",
       "140 per Endpoint", "2 months", "36个月", "第十五条", "2025年", "二十五年", "14 hours", "150%", "99.5%"]


def scan(text):
    flat = re.sub(r"\s+", " ", text)
    tight = re.sub(r"\s+", "", text)
    return sorted({m.group(0) for rx in THRESH_RE for s in (flat, tight) for m in [rx.search(s)] if m})


def self_test():
    for s in POS:
        assert any(rx.search(s) for rx in THRESH_RE), s
    for s in NEG:
        assert not any(rx.search(s) for rx in THRESH_RE), (s, [rx.pattern for rx in THRESH_RE if rx.search(s)])


def main():
    self_test()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(render(SRC[k], kind), encoding="utf-8")
            print("wrote", name)
    bad = []
    for k, (name, kind) in TARGETS.items():
        text = read_back(OUT / name)
        tight = re.sub(r"\s+", "", text)
        for s in MUST[k]:
            if re.sub(r"\s+", "", s) not in tight:
                bad.append((k, "missing", s))
        hits = scan(text)
        if hits:
            bad.append((k, "threshold", hits))
        lab = label(k)
        if lab["language"] == "zh":
            n = len(tight)
            ok = 2800 <= n <= 3300
            print(f"{name}: {n} characters (no whitespace), {len(text)} with whitespace", "" if ok else "OUT OF RANGE")
        else:
            n = len(text.split())
            ok = 1500 <= n <= 1700
            print(f"{name}: {n} words", "" if ok else "OUT OF RANGE")
        if not ok:
            bad.append((k, "length", n))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rules = lab["expected_rules"]
        extra = ""
        if lab["expected_terms"]["contract_kind"] == G:
            extra = f" TCO share {tco_share(k, lab['expected_terms'], lab['expected_extra']['contract_value']):.2f}%"
        print(f"  {k}: {len(rules)} findings, risk {risk(rules)}{extra}")
    assert not bad, bad



# ---------------------------------------------------------------- further ordinary clauses (added to reach the set length)
def insert(key, marker, new, replace_marker=None):
    assert SRC[key].count(marker) == 1, (key, marker)
    SRC[key] = SRC[key].replace(marker, new + (replace_marker if replace_marker is not None else marker))


insert("z01", "H:第十五条　其他", """H:第十五条　不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响方应在三日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
""", "H:第十六条　其他")

insert("z02", "H:十五、其他", """H:十五、培训
P:（一）乙方应在终验前对甲方质检员、设备维修工和工艺员分三批进行培训，内容包括系统操作、疵点判定标准设置、相机和光源的清洁与更换、纤度传感器日常校零及常见报警处理，培训总时长不少于六个工作日。
P:（二）培训结束后乙方应组织考核，考核合格人员方可独立操作系统。乙方应提供中文操作手册、维护手册和备件清单各三套及电子版。
H:十六、不可抗力
P:（一）因台风、地震、疫情管控等不可抗力导致不能按期交货或安装的，受影响方应及时通知对方，并在十日内提供有关证明，履行期限相应顺延。
P:（二）不可抗力影响持续超过九十日的，双方可协商解除合同，已交付并可使用的部分按实际价值结算。
H:十七、廉洁
P:双方应遵守廉洁从业规定。乙方不得向甲方工作人员提供回扣、礼品、宴请或其他不正当利益；发现违反的，甲方有权解除合同，并取消乙方后续供应资格。
""", "H:十八、其他")

insert("z03", "H:第13条　其他", """H:第13条　培训与日常支持
P:13.1 乙方在上线前为每家门店的店长和教务人员提供线上培训，并为甲方总部运营部提供两天现场培训；培训资料和操作视频在服务期内持续更新。
P:13.2 服务期内乙方提供工作日8:00至21:00的在线客服及专属客户成功经理，每季度与甲方回顾一次使用情况和需求，新版本发布前十日书面告知主要变化。
P:13.3 甲方新增门店的，乙方应在收到书面通知后七个工作日内完成开通和配置，不另收实施费。
H:第14条　双方义务
P:14.1 甲方应指定项目负责人，按时提供门店、课程、教师及学员基础资料，并对所提供资料的真实性和合法性负责；甲方应取得家长对收集学员个人信息的同意。
P:14.2 乙方应保证服务符合国家关于校外培训机构管理和未成年人网络保护的规定，不在家长端推送与甲方无关的广告或第三方商业信息。
H:第15条　不可抗力与通知
P:15.1 因不可抗力或基础电信运营商大范围故障导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入可用率统计，但乙方应在事后五个工作日内提交书面说明。
P:15.2 本合同项下的通知以书面形式送达双方首页所列地址或项目负责人企业微信，以送达之日为准。
""", "H:第16条　其他")

insert("z04", "H:第十章　附则", """H:第十章　驻县人员与值守
P:第二十一条　驻县运维工程师应熟悉平台和监测仪表，持有电工或仪器仪表相关资格证书，人员名单报甲方备案，更换须经甲方同意。
P:第二十二条　每年5月至9月为汛期，乙方应实行二十四小时值班，暴雨、台风预警期间应增派人员对水源地和重点水厂监测站加密巡查，并每日向甲方报送运行简报。
P:第二十三条　乙方应建立备品备件台账，浊度、余氯仪表及数据采集终端的常用备件库存不少于在用数量的5%，备件更换记录纳入季度考核。
H:第十一章　不可抗力
P:第二十四条　因洪水、地震、大范围停电等不可抗力造成监测站损毁或数据中断的，乙方应在条件允许后尽快抢修，相应期间不计入可用率和到报率考核；不可抗力导致合同目的无法实现的，双方可以协商解除合同。
H:第十二章　廉政
P:第二十五条　乙方不得向甲方工作人员提供任何形式的不正当利益。双方签订的廉政承诺书作为本合同附件，违反的，甲方有权解除合同并按政府采购有关规定处理。
""", "H:第十三章　附则")
SRC["z04"] = SRC["z04"].replace("P:第二十一条　本合同一式五份", "P:第二十六条　本合同一式五份")

insert("z05", "H:第十四条　其他", """H:第十四条　甲方义务
P:14.1 甲方应指定项目联系人，按乙方要求提供仓库布局图、库位编码规则、商品主数据及历史库存数据，并保证数据真实、完整。
P:14.2 甲方应自行采购并按乙方推荐配置准备服务器、数据库、网络、手持终端和标签打印机。因甲方设备不符合要求影响系统运行的，由甲方自行承担后果。
P:14.3 甲方应安排仓库主管及操作人员参加乙方组织的培训，并按乙方提供的操作手册使用系统。
H:第十五条　培训
P:乙方在上线前为甲方提供一次集中培训，培训内容包括收货、上架、拣货、盘点、出库复核和报表查询，培训时长两天。此后的培训按乙方人天单价另行收费。
H:第十六条　不可抗力
P:因不可抗力、网络运营商故障、第三方平台接口调整或政策变化导致乙方不能履行或迟延履行的，乙方不承担责任，履行期限相应顺延。
H:第十七条　通知
P:双方的通知以电子邮件或快递方式发送至本合同首页所载地址，电子邮件发出即视为送达。
""", "H:第十八条　其他")
SRC["z05"] = SRC["z05"].replace("P:14.1 本合同未尽事宜", "P:18.1 本合同未尽事宜").replace("P:14.2 本合同自双方盖章", "P:18.2 本合同自双方盖章")

insert("e02", "P:Signed for the Customer:", """P:11.4 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business that accepts all obligations under the Order Form.
P:11.5 The Vendor may name the Customer as a reference customer only with the Customer's prior written approval of the wording and of any use of the Tianmen Mountain name or images.
P:11.6 The Customer shall provide the Vendor with timely access to its gate supplier, cableway operator and payment providers during onboarding, and shall nominate staff to take part in the acceptance tests.
P:11.7 The Vendor will give the Customer at least 30 days' notice of any change to the service that affects the Customer's operations, such as a change of the gate-verification protocol or of the interface used by travel agencies, and will support the Customer in testing such changes before they go live.
P:11.8 Each party shall comply with the anti-bribery laws that apply to it and shall not offer or accept any improper payment or benefit in connection with the Order Form.
P:11.9 Headings are for convenience only. If a provision of the Order Form or these General Terms is held invalid, the remaining provisions continue in force and the parties will replace the invalid provision by a valid one that comes closest to its purpose.
P:11.10 The Order Form and these General Terms are made in English. A Chinese translation may be prepared for the Customer's internal use; in case of difference the English text prevails.
""")

insert("e03", "H:Article 16 Final Provisions", """H:Article 16 Packing, Transport and Safety at Sea
P:16.1 The Supplier shall pack the buoys, sensors and gateways for sea freight and road transport so that they arrive at the Buyer's base in Baishahe Village without damage. Risk in the goods passes to the Buyer on signature of the Installation Certificate.
P:16.2 The Supplier shall insure the goods against all risks until they are installed, and shall maintain third-party liability insurance for its staff working on the Buyer's sea area.
P:16.3 Work at sea shall be carried out only from boats approved by the Buyer's farm manager, with life jackets worn at all times, and shall stop when the wind or waves exceed the limits set by the farm manager. The Supplier shall take care not to damage oyster lines, rafts or nets and shall repair or pay for any damage it causes.
P:16.4 The Buyer shall provide a storage room at its base, access to its jetty, and one experienced boatman during installation and calibration visits.
H:Article 17 Training and Documentation
P:17.1 The Supplier shall train six technicians of the Buyer over five days, covering cleaning of sensors, replacement of membranes and batteries, calibration with the kit supplied, and the configuration of alarm limits in the software.
P:17.2 The Supplier shall deliver operating and maintenance manuals in Chinese, calibration certificates for each sensor, and a spare-parts list with prices valid during the warranty period.
H:Article 18 Final Provisions
""", "")

insert("e04", "H:12. Force Majeure", """H:11A. Customer Responsibilities
P:11A.1 The Customer shall give the Provider's engineers access to its offices, warehouses and showroom during working hours, a desk and a telephone for the resident engineer, and the administrator rights needed to perform the Services.
P:11A.2 The Customer shall keep the Endpoint list current by informing the Service Desk of new staff, leavers and moves at least three working days in advance, and shall buy replacement devices and software licences as recommended by the Provider where it agrees with the recommendation.
P:11A.3 Delays caused by the Customer's failure to meet these responsibilities shall not count against the Provider's service levels.
H:11B. Changes
P:11B.1 Either party may request a change to the scope of the Services. The Provider shall give a written estimate of the effect on charges and service levels within ten working days, and a change takes effect only when both parties sign it.
P:11B.2 Projects outside the Service Catalogue, such as office moves or the roll-out of a new ERP version, shall be quoted separately at the day rates in Schedule 1.
""")

insert("e04", "P:SIGNED for and on behalf of the Customer:", """P:14.4 Neither party may assign this Agreement without the prior written consent of the other party.
P:14.5 Each party shall comply with applicable anti-bribery laws and shall not give or receive any improper benefit in connection with this Agreement.
P:14.6 The Provider shall ensure that its staff on the Customer's premises follow the Customer's workplace rules, including fire and warehouse safety rules.
P:14.7 This Agreement is made in English and Chinese; both texts are equally authentic.
""")

insert("e05", "P:14. General", """P:12A. Subscriber Responsibilities
P:12A.1 The Subscriber shall keep its API keys secret, give access only to its own staff and its ERP system, and tell the Provider without delay if it believes a key has been exposed, so that the Provider can replace it.
P:12A.2 The Subscriber shall provide correct shipment data, product specifications and laboratory results, and shall review each certificate application before it is submitted to an issuing body. The Provider is not responsible for refusals caused by incorrect data from the Subscriber.
P:12A.3 The Subscriber shall name a technical contact and a documentation contact who will take part in the Integration Work and in the acceptance tests.
P:12B. Changes to Destination Rules
P:12B.1 The Provider shall monitor the rules of the Subscriber's twelve export markets and update the rule sets within ten business days after an official change is published, and shall inform the Subscriber of each update in the web console.
P:12B.2 If the Subscriber adds a new export market, the Provider shall quote the additional rule set and mapping work in writing, and the work shall start only after the Subscriber's written order.
P:12C. Force Majeure
P:Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemics and general failures of the internet or of an issuing body's systems, provided that it informs the other party promptly and takes reasonable steps to limit the effects. Incidents at issuing bodies are not counted as unavailability of the API.
""")


insert("z02", "H:五、验收", """H:四之二、技术要求
P:（一）纤度检测范围覆盖甲方现有的15D至140D各规格产品，规格切换时系统应能自动调用对应的工艺标准和报警阈值，无需停线。
P:（二）疵点图像及判定结果应保存在检测服务器上不少于九十日，可按纺丝线、锭位、班次、批号查询和导出，并可生成日、周、月质量统计报表。
P:（三）检测设备应适应纺丝车间高温高湿和油剂雾气环境，防护等级不低于IP54，相机和光源应配备自动吹扫装置，日常清洁周期不短于七日。
P:（四）系统与甲方 MES 的接口采用甲方指定的数据格式，乙方负责完成接口联调，甲方信息部门予以配合。
""")
insert("z02", "H:十八、其他", """H:十七之二、通知
P:本合同项下的通知应以书面形式送达对方在合同首页载明的地址或双方项目负责人的电子邮箱，任何一方变更联系方式的，应提前五日通知对方。
""")

insert("z03", "H:第16条　其他", """H:第15条之二　产品更新
P:15.3 乙方可对平台进行功能升级和界面优化，但不得减少本合同约定的功能或降低服务水平。涉及家长端主要操作流程变化的，乙方应提前十五日通知甲方并提供操作说明。
P:15.4 乙方计划停止提供某项功能的，应提前九十日书面通知甲方，并提供替代方案；替代方案无法满足甲方需要的，甲方可以就受影响部分要求减少订阅费。
P:15.5 甲方对服务有投诉或建议的，可通过客户成功经理或客服渠道提出，乙方应在三个工作日内答复处理意见。
H:第15条之三　廉洁
P:双方应遵守反商业贿赂的规定，任何一方不得向对方工作人员提供回扣、礼金或其他不正当利益。
""")

insert("z04", "H:第十一章　不可抗力", """P:第二十三条之一　乙方应每月对监测数据进行质控，对漂移、跳变、长期恒值等异常数据进行标记并说明原因，不得删除或修改原始数据；确需修正的，应保留修正记录并经甲方确认。
P:第二十三条之二　乙方提交的月度运维报告应包括平台可用率、各站到报率、故障及处理情况、巡检与校准情况、备件消耗及下月工作计划；年度水质数据分析报告应按乡镇和供水工程分析水质达标情况并提出改进建议。
P:第二十三条之三　监测站仪表校准应使用经计量检定合格的标准物质和比对仪器，校准记录由现场人员和甲方乡镇水管员共同签字。发现水质指标超标的，乙方应立即电话报告甲方值班室，并在两小时内到场复核。
P:第二十三条之四　乙方应配合甲方接受上级水行政主管部门和卫生健康部门的检查，按要求提供运维资料和数据。
""")

insert("z05", "H:第二条　合同标的与价格", """P:1.4 “并发用户”指同一时间登录系统的用户账号数量。超出许可数量使用的，甲方应按乙方当时的报价补购许可。
P:1.5 “一级故障”指系统整体无法登录或出入库业务无法进行；其他故障为一般故障。
""")
insert("z05", "H:第三条　付款", """P:2.3 许可范围：甲方可在其位于厦门市同安区的成品仓及原料仓使用标准软件及定制内容，不得转让、出租或用于甲方关联公司的仓库；新增仓库或关联公司使用的，应另行购买许可。
P:2.4 本合同价格不包括服务器、数据库、操作系统、手持终端、标签打印机等软硬件及其安装费用，亦不包括甲方其他系统改造所需费用。
P:2.5 上述价格为含税价格。因国家税率调整导致税额变化的，合同价格按税率变化相应调整。
""")
insert("z05", "H:第十四条　甲方义务", """H:第十三条之二　系统环境与升级
P:13.3 乙方可对标准软件进行版本升级。升级后定制内容需要重新适配的，适配工作按乙方人天单价另行收费。
P:13.4 甲方擅自修改系统配置、数据库或使用非乙方推荐的硬件导致系统故障的，乙方不承担责任，修复费用由甲方承担。
P:13.5 乙方可根据业务需要调整远程支持的服务时间和联系方式，并在乙方官网公布。
""")

insert("e03", "H:Article 2 Contract Price", """P:1.4 The Supplier shall use sensors whose membranes, batteries and wipers can be replaced by the Buyer's technicians with ordinary tools, and shall keep spare parts available for at least eight years after delivery.
""")
insert("e05", "P:2. Subscription", """P:1.5 "Subscription Year" means each period of twelve calendar months starting on the Service Start Date or on an anniversary of it.
""".replace("twelve calendar months", "365 days (366 in a leap year)"))
insert("e05", "P:14. General", """P:12D. Audit Trail
P:The API keeps a complete record of each certificate application, including the data submitted, the rules applied, the status messages received from issuing bodies and the final documents. The Subscriber can search and export this record in the web console at any time during the Subscription Term, for its own customs and customer audits.
""")


insert("z03", "H:第2条　服务期限", """P:1.4 家长端小程序以甲方品牌名称和标识上线，由乙方协助甲方完成小程序注册、备案及审核；小程序主体为甲方，相关账号归甲方所有。
P:1.5 乙方应保证排课功能支持一对一、小班及大班课程，支持按教师资质、教室容量、学员年级和家长可选时段自动排课，并对教师跨门店授课的路程时间进行冲突检查。
P:1.6 门店经营报表包括各门店每日课时消耗、续费率、退费金额、教师课时量及教室利用率，可按门店、区域和全部门店汇总查看并导出。
""")

insert("z04", "H:第三章　服务标准", """P:第五条之一　因监测站所在村镇停电、通信运营商网络中断等非乙方原因造成的数据中断，乙方应在知悉后及时报告甲方并协调恢复，相应时段经甲方确认后不计入考核。
P:第五条之二　服务期内，因甲方新建供水工程需要新增监测站的，乙方应负责新增站点接入平台，新增站点的运维费按本合同第四条站点巡检单价折算并经甲方书面确认。
P:第五条之三　乙方应于服务期开始后十日内提交运维实施方案，内容包括组织架构、人员分工、巡检路线和周期、应急预案和备件储备计划，经甲方审核后执行。应急预案应覆盖水质超标、平台中断和洪涝灾害三类情形，并每半年组织一次演练。
""")

insert("z05", "H:第四条　交付", """P:3.4 甲方应在收到乙方发票后按本合同约定付款。甲方未按期支付任何款项的，乙方可以暂停开发、实施及技术支持，交付期限相应顺延，由此产生的损失由甲方承担。
P:3.5 乙方收取的款项不因甲方后续不使用系统或仅使用部分功能而退还。
""")
insert("z05", "H:第五条　验收", """P:4.3 乙方交付的内容包括安装程序、用户手册和管理员手册的电子版。定制内容的源代码不属于交付内容。
P:4.4 甲方应在乙方通知的上线日期前完成仓库库位标签粘贴、商品条码整理和期初库存盘点，并安排人员参加上线切换。
P:4.5 上线切换期间，乙方派实施顾问驻场不超过五个工作日，超出部分按乙方人天单价收费。
""")
insert("z05", "H:第九条　数据", """P:8.3 甲方不得对标准软件和定制内容进行反向工程、复制或者向第三方提供，否则乙方有权终止许可并要求甲方赔偿损失。
""")


insert("z04", "H:第四章　考核与验收", """P:第八条之一　乙方对季度考核结果有异议的，可在收到考核表后五个工作日内书面提出并附相关记录，甲方应在十个工作日内复核并答复；复核期间不影响无争议部分服务费的支付。
P:第八条之二　乙方应在每月5日前将上月运维报告报送甲方农村供水管理股，同时抄送县疾病预防控制中心。
""")
insert("z05", "H:第十二条　合同解除", """P:11.3 因甲方提供的数据错误、操作不当或第三方系统故障造成的损失，乙方不承担任何责任。
P:11.4 甲方就乙方违约提出索赔的，应在知道或应当知道损失之日起三十日内书面提出，逾期视为放弃。
""")


if __name__ == "__main__":
    main()
