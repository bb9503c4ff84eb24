"""Builds holdout1075: ten ordinary draft contracts (sources below), their .json labels, and the checks of the brief.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市驾驶培训机构智慧监管平台采购合同
P:合同编号：LJJT-ZFCG-2026-0417
P:甲方（采购人）：临江市交通运输局
P:乙方（供应商）：杭州驰安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就临江市驾驶培训机构智慧监管平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。本合同由甲方提供文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供驾培监管平台软件永久使用许可（市级监管端、驾校端、教练员端及学员端），部署于甲方政务云，不限用户数。
P:1.2 乙方按需求规格说明书完成定制开发，包括：计时培训数据对接省级监管服务平台、教练车电子围栏与轨迹核查、学时异常预警模型、投诉处理闭环及监管驾驶舱。
P:1.3 乙方负责部署、数据迁移（原系统近三年学员档案及学时记录）、联调、培训及试运行保障。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零壹万元整（¥2,010,000），其中：平台软件许可费¥1,180,000；定制开发费¥736,000；部署实施及培训费¥94,000。
P:2.2 合同总价为固定总价，已包含全部税费、差旅费、第三方测评配合费用及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的50%。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的25%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起120日内完成部署及定制开发并提交初步验收申请；初步验收合格后进入为期60日的试运行期。
P:4.2 乙方应按甲方认可的项目实施计划逐周报告进度，关键节点延误的，应书面说明原因及补救措施。
P:4.3 乙方应组建不少于8人的项目实施团队，项目经理须具备同类政务系统实施经验，未经甲方同意不得更换。甲方负责提供政务云资源、网络接入条件及必要的协调配合。
H:第五条 验收
P:5.1 初步验收由甲方组织，依据需求规格说明书逐项测试。验收标准包括：全部功能点测试通过；与省级监管服务平台的学时数据对接连续10日零差错；500个并发用户下页面平均响应时间不超过2秒；经第三方测评机构完成等级保护测评及代码安全检测，无高危漏洞。
P:5.2 试运行期满且期间未发生一级故障的，甲方组织专家进行最终验收，验收合格后签署最终验收报告。
P:5.3 平台部署上线、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配及远程和现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方应提供年度维护服务，年度维护费不超过平台软件许可费的8%（即不超过¥94,400/年），且在质保期满后三年内不得上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前3个工作日经甲方同意）。
P:7.2 故障分级响应：一级故障（平台整体不可用或学时数据无法上报）30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障在下一工作日内处理。
P:7.3 响应或恢复每超时1小时，乙方向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当期应付款¥2,000，可直接从应付款中扣除。
P:7.4 质保期内乙方每季度对平台进行一次全面巡检，提交巡检报告及安全加固建议；遇重大节假日、考试高峰期，乙方应安排技术人员现场值守。
H:第八条 知识产权
P:8.1 定制开发形成的软件、源代码、接口程序、数据模型及技术文档的知识产权归甲方所有，乙方应在最终验收前交付完整源代码。甲方有权自行或委托第三方使用、修改和再开发。
P:8.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯任何第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的驾校、教练员、学员个人信息、培训记录及各类业务数据均属于甲方所有，乙方仅可为履行本合同在甲方授权范围内处理，不得用于任何其他目的，不得留存副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、数据加密、操作审计和最小授权，运维操作须通过甲方堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:乙方对履行合同中获知的甲方工作秘密、监管规则、网络架构及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定的，应无偿更换或修改，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，应按逾期金额每日万分之三向乙方支付违约金，但因财政资金拨付原因导致的延迟除外。
H:第十二条 分包
P:本项目不得转包，亦不得分包。乙方擅自转包或分包的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项中未履行部分的金额，并赔偿甲方损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 培训与交付资料
P:15.1 乙方应对甲方监管人员、各驾校管理员及教练员分批开展操作培训，累计不少于8场，每场培训后提交签到表和培训记录。
P:15.2 最终验收前，乙方应交付需求规格说明书、概要及详细设计说明书、数据库设计文档、接口文档、部署手册、运维手册、用户手册、测试报告及完整源代码，交付资料应真实、完整、可用。
H:第十六条 履约保证与不可抗力
P:16.1 乙方提交的履约保函有效期至最终验收合格后30日止。乙方违约时，甲方有权从履约保函中直接兑付相应违约金和赔偿金。
P:16.2 因不可抗力不能履行合同的，受影响一方应在5日内书面通知对方并提供证明，双方协商延期或变更。不可抗力持续超过60日致使合同目的无法实现的，任何一方可书面解除合同。
H:第十七条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

Z02 = """T:电动吸奶器生产线控制系统改造合同
P:合同编号：BL-SB-2026-058
P:甲方（买方）：宁波贝澜母婴电器有限公司
P:乙方（卖方）：苏州艾科自动化工程有限公司
P:甲方拟对其慈溪工厂六条电动吸奶器装配及测试生产线的控制系统进行改造升级，乙方具备相应的设计、供货和调试能力。双方经友好协商，就设备供货、软件许可、安装调试及后续维保事宜达成如下条款，共同遵守。
H:一、项目范围
P:（一）乙方负责六条产线控制系统的方案设计、设备及软件供货、旧控制柜拆除、安装接线、程序编写、联调及试生产保障。
P:（二）改造后应实现：装配节拍由每台42秒提升至每台35秒以内；负压、气密性及电机噪声测试数据自动采集并与产品序列号绑定；产线运行状态、报警及配方参数统一在监控软件中管理，并与甲方MES系统对接。
P:（三）改造分两批实施，每批三条产线，每条产线停线改造时间不超过7日，乙方应利用甲方安排的停产窗口施工，不得影响其余产线正常生产。
P:（四）乙方应指定一名具有五年以上产线自动化项目经验的项目经理全程负责，并在开工前提交施工组织方案、停线改造计划及安全措施，经甲方确认后实施。
H:二、合同价款
P:（一）合同总价为人民币壹佰捌拾贰万元整（¥1,820,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|装配线PLC控制柜改造|6套|98,000|588,000
TB:2|伺服驱动及运动控制模块|6套|46,000|276,000
TB:3|视觉检测工站|4套|72,500|290,000
TB:4|负压及气密性测试工位控制单元|8套|23,000|184,000
TB:5|MES数据采集网关|12台|8,500|102,000
TB:6|产线监控与配方管理软件许可（永久）|1套|212,000|212,000
TB:|设备及软件小计|||1,652,000
TB:7|安装调试及试生产保障|1项|146,000|146,000
TB:8|操作及维护培训|1项|22,000|22,000
TB:|合计|||1,820,000
P:（二）上述价格为含税固定价格，包括设备、软件、运输、保险、安装材料、调试及培训的全部费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的45%。到货签收仅确认数量和外观，不视为质量验收。
P:（三）六条产线全部通过最终验收后15个工作日内，甲方支付合同总价的35%。
H:四、交货与安装
P:（一）乙方应于合同生效后45日内将第一批设备送至甲方工厂，75日内送达第二批设备。
P:（二）每条产线安装调试完成后进入连续10个生产日的试生产，试生产期间乙方工程师应驻厂保障。
P:（三）乙方现场人员应遵守甲方厂区安全、洁净车间及防静电管理规定，动火、带电作业须事先办理审批。
H:五、验收
P:（一）验收标准：1.装配节拍连续5个生产日平均不高于35秒；2.负压、气密性及噪声测试数据全部自动采集，且与产品序列号一一对应；3.视觉检测漏检率不高于0.2%；4.监控软件与MES接口数据一致，配方下发无差错；5.试生产期间无因控制系统导致的停线超过2小时的故障。
P:（二）全部产线试生产结束后，甲方组织生产、质量及设备部门进行最终验收，合格后签署验收证书。设备安装完毕或投入试生产均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新验收，由此增加的费用由乙方承担。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件本身质量问题产生的维修、更换及程序修改，由乙方免费负责。
P:（二）质保期内服务水平：一级故障（整线停机）1小时内响应，6小时内到场，当班内恢复生产；二级故障（单工位故障）2小时内响应，24小时内修复。
P:（三）乙方响应或到场每超时1小时，应向甲方支付违约金¥800，甲方可从应付款或质保期后维保费中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年提供维保服务，包括季度预防性维护、备件支持、程序优化及7×24小时电话支持。
P:（二）年度维保费按设备及软件小计的24%计取，即每年人民币396,480元，在质保期满后三年内保持不变，按年度于服务开始后支付。
P:（三）维保服务水平同第六条第（二）项，超时违约金标准同第六条第（三）项。
P:（四）每次预防性维护后，乙方应提交维护报告，列明检查项目、更换备件、发现的隐患及处理建议，经甲方设备部门签字确认后作为维保费结算依据之一。
H:八、知识产权
P:（一）乙方为本项目编写的PLC程序、视觉检测算法参数、配方模板、接口程序及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改和使用。
P:（二）监控软件标准产品的著作权归乙方，乙方授予甲方永久、不可转让的使用许可。
H:九、数据安全
P:（一）产线运行数据、测试数据、产品序列号记录及配方参数均属于甲方，乙方不得复制、留存或用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方逐次批准并通过甲方指定的VPN及审计系统进行，不得在设备中预留后门或远程通道。
P:（三）发生数据泄露或被篡改的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，由乙方承担全部赔偿责任。
H:十、保密
P:乙方对甲方的产品结构、工艺参数、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限为合同终止后三年。乙方不得在宣传材料或案例介绍中使用甲方名称、厂区照片及产线画面。
H:十一、分包
P:乙方可将现场布线、控制柜安装等施工作业交由具备相应资质的第三方完成，但应提前书面告知甲方，并对其工作质量和安全负责。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方交付的设备或软件不符合约定的，甲方有权要求更换、修理或退货，并要求赔偿损失。
P:（三）因乙方施工或调试原因造成甲方停产的，乙方除承担上述违约金外，还应赔偿甲方停产期间的直接损失及报废物料损失。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，或逾期交货超过30日的，甲方有权书面通知解除合同，乙方应返还已收款项并赔偿损失。已安装设备由乙方负责拆除，并将产线恢复至可生产状态。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，协商不成的，提交甲方所在地人民法院诉讼解决。
H:十五、培训、备件与技术资料
P:（一）乙方应对甲方设备工程师进行不少于5天的集中培训，内容包括控制柜原理、PLC程序结构、视觉参数调整、常见故障处理及软件配方管理，并对各班组操作人员进行现场培训。
P:（二）乙方应随设备提供一年用量的易损备件清单及报价，并保证在改造完成后八年内持续供应所用控制器件及其兼容替代品。
P:（三）乙方应在最终验收前交付电气原理图、接线图、PLC程序源文件、视觉配置文件、软件安装介质、操作手册及维护手册各两套（含电子版）。
H:十六、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：JX-IT-2026-011

甲方：上海简行速记职业技能培训有限公司（含其30家直营门店）
乙方：广州约课云科技有限公司

甲方在华东地区经营30家速记及速录培训门店，为统一课程预约、学员会员、课时消耗及门店排课管理，拟采购乙方的“约课云”预约与会员管理SaaS服务及相应实施服务。经双方协商，订立本合同。

一、服务内容
（一）订阅服务：乙方为甲方30家门店及总部开通“约课云”SaaS服务，包括在线预约、排课、会员卡及课时包、储值、学员签到、消息通知、营销活动及经营报表等模块，并开通总部集团管理模块。
（二）实施服务：
1. 梳理甲方课程体系、会员卡种及门店组织架构，完成系统配置；
2. 将甲方原有会员档案、剩余课时及储值余额迁移至系统，并逐店核对；
3. 开发甲方品牌小程序预约页面，以及总部课消分析、师资排班两张定制报表；
4. 对总部及各门店人员开展操作培训，提供操作手册及视频教程。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接第一个服务年度起算。

二、服务费用
（一）订阅服务费：门店端每店每服务年度人民币9,800元，30家门店合计294,000元；总部集团管理模块每服务年度46,000元。每个服务年度订阅服务费合计340,000元，两个服务年度共计680,000元。
（二）实施服务费：一次性人民币86,000元。
（三）本合同总价为人民币766,000元（含税）。服务期内新增门店的，按每店每服务年度9,800元按月折算另行结算。

三、付款方式
（一）实施服务费在系统上线验收合格后15个工作日内一次性支付。
（二）订阅服务费按半年度结算，每半个服务年度开始后10个工作日内支付该期费用170,000元。
（三）乙方应在每期付款前开具增值税专用发票。本合同不设预付款。

四、实施与上线
（一）乙方应在合同签订后45日内完成系统配置、数据迁移、小程序页面及定制报表开发，并提交上线验收申请。
（二）上线采取先试点、后推广的方式：先在3家门店试运行7日，问题清零后再在其余门店全面切换。
（三）切换期间乙方应安排实施顾问到店支持，确保门店预约和签到不中断。
（四）乙方应在实施前提交实施方案，明确各门店切换日期、数据迁移核对方法、回退预案及双方联系人；因乙方原因导致切换失败的，乙方应立即回退并承担由此产生的门店补课及退费损失。

五、验收
（一）上线验收标准：
1. 需求确认书所列功能全部实现；
2. 迁移后的会员数量、剩余课时及储值余额与原系统逐店核对一致；
3. 小程序在500人同时预约的压力测试下，预约提交响应时间不超过2秒；
4. 全部门店正常运行满7日，无一级故障。
（二）甲方在收到验收申请后10个工作日内组织验收，合格的签署上线验收单。系统开通或门店开始使用不视为验收合格。

六、服务水平
（一）系统月度可用率不低于99.95%，计划内维护应安排在每日凌晨1点至5点之间并提前2日通知甲方。
（二）故障响应：一级故障（全部或多家门店无法预约、签到或收款）15分钟内响应，2小时内恢复；二级故障（单一模块或单店异常）1小时内响应，8小时内恢复；一般问题在2个工作日内解决。
（三）服务补偿：月度可用率低于承诺值的，每低于0.01个百分点，扣减当月订阅服务费的1%，最高扣减当月订阅服务费的20%；一级故障响应或恢复每超时1小时，另扣减人民币500元。扣减金额从下一期付款中抵扣。
（四）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障清单、处理时长及扣减金额，经甲方确认后作为结算依据。
（五）乙方应提供专属客户成功经理及门店服务群，工作日9:00至21:00在线答复门店操作咨询，30分钟内首次回复。

七、数据与数据安全
（一）甲方及学员在系统中产生的会员信息、预约记录、课消及交易数据归甲方所有。
（二）乙方可在去除学员身份标识后，将上述数据用于改进产品功能、训练推荐算法及编制培训行业经营分析报告。
（三）乙方应将甲方数据存储于中国境内，采取加密存储、传输加密、分级授权及操作日志留存等安全措施，日志留存不少于六个月。
（四）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的，乙方承担由此给甲方及学员造成的全部损失。
（五）服务期满或合同解除后30日内，乙方应将甲方数据以通用格式完整返还甲方，并在甲方确认后删除。

八、知识产权
（一）“约课云”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的小程序预约页面、定制报表及相关源代码、设计文件，知识产权归甲方所有，甲方可自行修改或委托他人维护。

九、违约责任
（一）乙方未按第四条第（一）项约定期限提交上线验收申请的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方服务不符合本合同约定的，应在甲方通知后及时整改；整改后仍不符合的，甲方有权要求赔偿。
（三）因乙方原因导致门店连续停止预约或签到超过一个营业日的，乙方除按第六条扣减服务费外，还应赔偿甲方因此向学员支付的补偿费用。
（四）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十、分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维服务分包给第三方。经甲方书面同意分包的，乙方应对分包方的行为承担连带责任，分包方人员接触甲方数据前应签署书面承诺并接受乙方的安全培训。

十一、续期
服务期满前30日内双方均未书面提出不再续期的，本合同自动续期一个服务年度，续期服务年度的订阅服务费与第二个服务年度相同，门店数量以续期时实际开通数量为准。

十二、合同解除
（一）乙方严重违约，或连续两个月未达到第六条承诺的可用率，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的费用。
（二）甲方经营调整需关闭门店的，可提前30日书面通知减少相应门店订阅，费用按月折算。

十三、双方其他权利义务
（一）甲方应指定总部项目负责人及各门店联络人，及时提供课程、会员及门店资料，并对需求确认书、迁移核对结果进行书面确认。
（二）乙方对系统进行影响门店使用的版本升级或功能变更的，应提前7日通知甲方，并提供更新说明及必要的培训；不得以升级为由减少本合同约定的功能。
（三）系统中涉及学员缴费、退费的功能，乙方应按甲方确认的规则配置，因配置错误导致学员课时或余额错误的，乙方应协助核对并承担由此产生的损失。
（四）乙方应保证向甲方及学员发送的消息通知符合法律规定，未经甲方同意不得向学员推送与甲方无关的商业信息。

十四、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，任何一方可向甲方所在地人民法院起诉。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：需求确认书、门店清单、数据迁移方案。

甲方（盖章）：
乙方（盖章）：
"""

Z04 = """青湖市电梯应急处置服务平台运行维护服务合同

项目编号：QHSC-2026-JZCS-031（竞争性磋商）
合同编号：QHSJ-YW-2027-02

采购人（甲方）：青湖市市场监督管理局
供应商（乙方）：山东智梯信息科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就青湖市电梯应急处置服务平台（以下简称“平台”）年度运行维护服务，订立本合同。

第一条 服务范围
（一）平台软件运维：平台应用系统（96333电梯应急处置受理、派单调度、救援跟踪、统计分析）、移动端APP、与电梯物联网监测终端的数据接口及短信语音通道的日常运行维护。
（二）基础环境运维：平台所在服务器、数据库、中间件及网络设备的巡检、补丁更新、备份检查与性能优化。
（三）坐席支持：对96333受理中心坐席人员提供操作支持，每季度开展一次业务培训。
（四）应急保障：配合甲方开展全市电梯困人应急救援演练，重大活动及节假日期间安排专人现场值守。
（五）系统优化：根据甲方书面需求完成不超过200人日的功能优化和报表调整。
（六）日常巡检：乙方每日对平台关键服务、接口连通性、短信语音通道及数据库运行状态进行巡检，每周汇总巡检记录，每月提交运行分析报告，对发现的隐患提出处理建议并按甲方确认的计划实施。
（七）备份检查：乙方每周核对数据库备份的完整性，每季度开展一次恢复演练，并将演练结果纳入季度运维报告。

第二条 服务期限
服务期限为一年，自2027年2月1日起至2028年1月31日止。乙方应在服务期开始前10日内完成与原运维单位的交接。

第三条 合同金额及支付
（一）本合同总金额为人民币陆拾肆万捌仟元整（¥648,000），为固定总价，包括人员、工具、备品备件、差旅及税费等全部费用。
（二）服务费按季度支付，每季度人民币162,000元。每季度结束后，甲方根据第六条考核结果，在收到乙方发票后15个工作日内支付当季服务费，考核扣款从当季服务费中直接扣除。
（三）本合同不设预付款。

第四条 服务水平
（一）平台全年可用率不低于99.95%，计划内维护应安排在凌晨并提前3日报甲方批准。
（二）故障分级：一级故障指受理、派单或救援跟踪功能中断；二级故障指统计分析、APP等部分功能异常；三级故障指不影响业务的一般问题。
（三）响应时限：一级故障15分钟内响应，30分钟内到达受理中心现场，2小时内恢复；二级故障30分钟内响应，8小时内恢复；三级故障2个工作日内解决。
（四）乙方应提供7×24小时值班电话，驻场工程师不少于2名，工作时间在甲方受理中心驻场。
（五）乙方应建立运维工单制度，每一故障均须登记发现时间、响应时间、恢复时间、原因及处理措施，工单记录作为考核依据。

第五条 服务考核与扣款
（一）一级故障响应或恢复每超时30分钟，扣减服务费人民币1,500元；二级故障每超时1小时，扣减人民币500元。
（二）平台季度可用率每低于承诺值0.01个百分点，扣减当季服务费人民币2,000元。
（三）驻场人员无故缺岗的，每人每日扣减人民币800元。
（四）同一季度扣减金额累计超过当季服务费20%的，甲方有权约谈乙方负责人并要求更换项目经理。

第六条 考核与验收
（一）季度考核：每季度结束后5个工作日内，乙方提交季度运维报告（含巡检记录、故障清单、处理时长、备份检查记录、优化完成情况），甲方按磋商文件所附考核细则评分，评分不低于85分为合格。
（二）年度验收：服务期满后，甲方组织验收，验收标准为：四个季度考核均合格；全年一级故障恢复超时不超过两次；系统优化需求按期完成并经甲方确认；运维文档、配置台账、账号清单完整移交。验收合格后出具年度验收意见。
（三）季度考核不合格的，乙方应在10日内提交整改报告，整改完成前甲方可暂缓支付当季服务费。

第七条 交接与人员
（一）乙方应在进场时与原运维单位完成账号、文档、配置及遗留问题的交接，并签署交接清单。
（二）服务期满或合同终止时，乙方应向甲方或甲方指定的新运维单位完整移交全部账号、口令、配置、脚本及文档，并提供不少于15日的过渡期协助。
（三）乙方项目经理及驻场人员须与响应文件一致，确需更换的，应提前7日书面报甲方同意，更换人员资质不得低于原人员。
（四）驻场工程师应熟悉96333受理流程及本市电梯应急处置预案，乙方应在进场后10日内组织驻场人员完成甲方业务培训并经甲方考核合格后上岗。

第八条 数据与知识产权
（一）平台中的电梯档案、救援工单、通话录音、物联网监测数据及统计结果均归甲方所有，乙方不得用于本合同以外的任何目的。
（二）乙方在服务期间编写的运维脚本、配置文档、优化功能的源代码及报表模板，知识产权归甲方所有。

第九条 保密
乙方及其工作人员对在服务过程中知悉的甲方工作秘密、电梯使用单位信息、报警人信息及平台技术资料负有保密义务，未经甲方书面同意，不得向任何第三方披露或对外发布。本条义务在合同终止后继续有效。

第十条 违约责任
（一）乙方未按第二条约定时间完成进场交接，或未按甲方要求的日期完成应急演练保障准备的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（二）乙方服务质量不符合本合同约定的，除按第五条扣款外，还应采取补救措施；给甲方造成损失的，应予赔偿。
（三）因乙方原因导致受理或派单中断，造成困人救援延误并被上级部门通报的，乙方除承担上述责任外，还应赔偿甲方由此产生的损失。
（四）甲方未按约定支付服务费的，应及时向乙方说明原因并尽快支付。

第十一条 分包
本项目不得分包，乙方不得将本合同项下的任何服务转包或分包给他人。

第十二条 合同效力
本合同自双方签字盖章之日起生效，至双方义务履行完毕时终止。合同履行期间，双方均不得单方解除本合同；乙方违约的，按第五条、第十条承担责任。合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

第十三条 甲方的权利义务
（一）甲方应为驻场人员提供必要的办公场所、网络接入及受理中心出入便利，并指定一名联系人负责日常协调。
（二）甲方有权随时检查乙方的运维记录和值守情况，对不符合要求的人员要求乙方更换。
（三）甲方提出的系统优化需求应以书面形式提交，乙方应在5个工作日内反馈工作量评估，经甲方确认后实施；超出本合同约定人日的部分，双方另行协商。
（四）甲方按本合同约定及时支付服务费，并配合乙方完成季度考核。

第十四条 不可抗力
因不可抗力导致不能按期履行的，受影响一方应及时通知对方并在10日内提供证明，履行期限相应顺延。

第十五条 争议解决
因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份。磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z05 = """# 软件许可及定制开发合同

（织迹软件标准合同文本 V3.0）

合同编号：ZJ-XS-2026-0392

甲方：云南草木间文化创意有限公司（草木间植物拓染工作室）

乙方：昆明织迹软件有限公司

甲方从事植物拓染、草木染手作产品的设计、生产及销售。为管理植物染材采购、媒染配方、拓染批次工序及订单交付，甲方向乙方采购“织迹”工艺追溯管理软件并委托乙方进行定制开发。双方本着平等互利原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“织迹”工艺追溯管理软件（标准版）的永久使用许可，包括染材库存、配方管理、批次工序追溯、质检记录、订单管理五个标准模块，授权用户数20个。

1.2 乙方按甲方需求进行定制开发，包括：拓染批次二维码追溯页面（消费者扫码可查看植物来源及工序）、媒染配方色卡比对功能、与甲方网店订单系统的接口、手工艺人计件统计报表。

1.3 乙方负责软件部署、基础数据初始化及操作培训。

1.4 软件部署于甲方自行购买的云服务器，云服务器及其费用由甲方承担。授权用户数超过20个的，甲方应按乙方报价另行购买用户许可。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “织迹”工艺追溯管理软件许可（标准版，20用户，永久） | 168,000 |
| 2 | 定制开发（追溯页面、色卡比对、订单接口、计件报表） | 214,000 |
| 3 | 部署及培训 | 26,000 |
| | 合计 | 408,000 |

合同总价为人民币肆拾万零捌仟元整（¥408,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币265,200元，乙方收款后安排项目启动。

3.2 软件上线后5个工作日内，甲方支付合同余款，即人民币142,800元。

3.3 甲方逾期付款的，乙方有权暂停开发、部署及服务，由此造成的工期延误由甲方承担。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具等额增值税普通发票。

## 第四条 交付

4.1 乙方应在收到首笔款项后60个工作日内完成软件部署及定制开发，并通知甲方上线。

4.2 甲方应按乙方要求提供染材、配方、工序及历史订单等基础资料，并指定专人配合。因甲方资料提供不及时导致延期的，交付期限相应顺延。

4.3 乙方在上线前为甲方提供一次集中操作培训（不超过2天）及操作手册电子版。甲方新增人员的培训由甲方自行负责，如需乙方现场培训，按乙方收费标准另行计费。

4.4 甲方需求应在项目启动后10个工作日内书面确认。需求确认后甲方提出变更的，乙方有权评估工作量并调整费用和交付期限。

## 第五条 上线与验收

5.1 乙方完成部署和开发后，经双方确认软件上线运行，上线之日即视为甲方验收合格。

5.2 上线后甲方提出的修改意见，属于原需求范围的，乙方在免费维护期内处理；超出原需求的，按新需求另行计费。

## 第六条 免费维护期

6.1 乙方自软件上线之日起提供六个月的免费维护服务，包括软件缺陷修复、远程操作指导及标准版本升级。

6.2 免费维护期内，甲方报告的紧急故障（软件无法登录或追溯数据无法录入），乙方在8小时内响应；一般问题在3个工作日内答复。

6.3 乙方对软件故障导致的停工、数据录入延误或其他间接损失不承担赔偿责任，亦不因响应延迟向甲方支付任何费用。

6.4 因甲方自行修改配置、使用非授权设备、云服务器故障或网络原因造成的问题，不属于免费维护范围，乙方可提供有偿支持。

## 第七条 有偿维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护服务协议。

7.2 年度维护服务费按乙方当年公布的维护服务价格标准执行，具体以届时签订的年度维护服务协议为准。

7.3 有偿维护服务内容包括：软件缺陷修复、版本升级、远程技术支持、季度数据检查及每年一次的上门巡检。定制功能的修改和新增不在维护服务范围内，按乙方人天单价另行报价。

7.4 甲方未签订年度维护服务协议的，乙方不再提供升级及技术支持，由此产生的软件使用问题由甲方自行承担。

## 第八条 知识产权

8.1 “织迹”软件及乙方为本合同定制开发的全部程序、页面、接口、报表模板及相关文档的知识产权，均归乙方所有。

8.2 乙方授予甲方在其自身经营范围内非独占、不可转让地使用上述定制开发成果的权利。未经乙方书面许可，甲方不得修改、反向工程或许可第三方使用。

8.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

## 第九条 数据安全

9.1 甲方录入软件的染材、配方、批次、订单及客户数据归甲方所有，乙方仅在提供部署和维护服务所必需的范围内访问，不得用于其他目的。

9.2 乙方应对其维护人员的访问行为进行权限控制和日志记录，对甲方数据采取加密传输等必要的安全措施。

9.3 因乙方原因导致甲方数据泄露、丢失的，乙方应在24小时内通知甲方，协助采取补救措施，并依照本合同第十一条承担赔偿责任。

9.4 合同终止或甲方停止使用软件的，乙方应甲方要求，协助甲方将其数据以Excel或数据库备份文件形式导出，协助导出超过一次的，乙方可按人天单价收取费用。乙方应在甲方确认导出完成后删除其维护过程中接触到的甲方数据副本。

## 第十条 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。甲方的媒染配方属于甲方的商业秘密。乙方不得在案例宣传中展示甲方的配方、色卡及客户信息，但可使用甲方名称及产品外观图片作为客户案例。本条在合同终止后三年内有效。

## 第十一条 违约责任

11.1 乙方未按第四条约定期限交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

11.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第十二条 合同解除

任何一方严重违反本合同，经守约方书面通知后15日内仍未改正的，守约方有权解除本合同。合同解除后，甲方已支付的款项中对应已完成工作的部分不予退还，甲方应停止使用未付清款项部分对应的软件功能。

## 第十三条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致不能履行本合同的，受影响一方不承担违约责任，但应及时通知对方并在15日内提供证明。不可抗力影响消除后，双方继续履行。

## 第十四条 通知

本合同项下的通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱、微信工作群，发出后次日视为送达。一方变更联系方式的，应提前3日通知对方。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 本合同为乙方标准合同文本，双方如有补充约定，以书面补充协议为准。

甲方（盖章）：

乙方（盖章）：

签订日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. LAT-CN-2026-07
P:This Agreement is made between Shandong Lvye Protected Horticulture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shouguang, Shandong Province (the "Buyer"), and Lockyer Agritech Pty Ltd (ABN 41 612 508 337), a company incorporated in Queensland, Australia, with its principal place of business at 18 Railway Street, Gatton, Queensland 4343 (the "Vendor").
P:The Buyer operates 64 glasshouses and plastic tunnels producing tomatoes, cucumbers and sweet peppers. The Vendor develops GrowPlan, a software product for greenhouse climate control, irrigation scheduling and crop planning. The Buyer wishes to acquire a perpetual licence to GrowPlan and to engage the Vendor to configure, integrate and roll it out across its sites. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the GrowPlan Enterprise edition in object code, including the climate, irrigation, crop-planning and reporting modules, and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, configurations, report templates, scripts and documentation prepared by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software in the course of the Buyer's operations, including sensor readings, climate set points, irrigation logs, yield records and personnel data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's servers in China for the operations of the Buyer and its affiliates, for an unlimited number of sites and for up to 150 named users.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer shall not sell or sublicense the Software to unrelated third parties.
P:2.3 Title to the Software remains with the Vendor. The licence survives any termination of this Agreement other than termination by the Vendor for the Buyer's failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for each site, integrate it with the Buyer's existing climate controllers, fertigation units and weather stations through the interfaces listed in Annex 1, migrate three seasons of historical crop and climate records, and train the Buyer's growers, engineers and administrators.
P:3.2 The Vendor shall deliver the services in accordance with the implementation plan in Annex 2. Installation is to be completed within 90 days and the pilot run is to begin within 110 days after the Effective Date.
H:Article 4 Price
P:4.1 The total price under this Agreement is CNY 1,820,000, inclusive of all taxes, duties, travel and accommodation costs, made up as follows: Licence Fee CNY 1,260,000; configuration and integration CNY 410,000; data migration CNY 92,000; training CNY 58,000.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the total price within 20 business days after signature and receipt of the Vendor's invoice.
P:5.2 The Buyer shall pay 45% of the total price within 20 business days after the Software has been installed at all sites and the pilot run has started.
P:5.3 The Buyer shall pay the remaining 35% of the total price within 20 business days after Final Acceptance.
H:Article 6 Acceptance
P:6.1 After installation, the Software shall run in production at all sites for a pilot period of 45 consecutive days.
P:6.2 The acceptance criteria are: all functions in the Functional Specification pass the test scripts in Annex 3; set points sent from the Software are applied by every connected controller within 10 seconds; migrated records reconcile with the source data for every site and season; no Severity 1 defect is open and no more than three Severity 2 defects remain open at the end of the pilot; and the documentation in Annex 2 has been delivered.
P:6.3 Within 10 business days after the end of the pilot, the Buyer shall either issue a written Final Acceptance certificate or give the Vendor a list of failures. The Vendor shall remedy the failures and the relevant tests shall be repeated.
P:6.4 Installation, use in production or payment of any instalment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Functional Specification for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and new releases, and provide technical support without charge.
P:7.2 After the warranty period, the Buyer may order annual support from the Vendor. The annual support fee is 11% of the Licence Fee, being CNY 138,600 per year, and will not be increased for the first three years after the warranty period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 8 Service Levels
P:8.1 During the warranty period and any support year, the Vendor shall respond to support requests as follows: Severity 1 (climate or irrigation control unavailable at one or more sites) within 1 hour, with a workaround within 8 hours; Severity 2 (a module unavailable or materially degraded) within 2 hours; Severity 3 (other defects and questions) within one business day.
P:8.2 Support is available by telephone and a ticket portal 24 hours a day for Severity 1 and during business hours in China for other requests.
P:8.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000, and for each full hour by which it misses a Severity 2 response time, CNY 300. Credits are deducted from the next payment or support fee.
H:Article 9 Intellectual Property
P:9.1 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:9.2 The Vendor retains the intellectual property in the Software and in its pre-existing tools, which are licensed to the Buyer under Article 2.
P:9.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 10 Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analysis, benchmarking or product development.
P:10.2 The Vendor shall access the Buyer's systems only through the Buyer's remote-access gateway with individual accounts and multi-factor authentication, shall not copy Buyer Data outside China, and shall comply with the Buyer's security policies and with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:10.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data, shall take all reasonable remedial steps, and shall be liable for the loss caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including crop recipes, yield figures, prices and technical documentation, and shall use it only for this Agreement.
P:11.2 This obligation does not apply to information that is public or independently developed, and it continues for five years after the end of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to start the pilot run by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, fraud, infringement under Article 9.3 or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:14.2 The Buyer may also terminate by written notice if the liquidated damages under Article 12.1 reach their maximum.
P:14.3 On termination by the Buyer under this Article, the Vendor shall refund payments for services not performed, and the Buyer shall keep the licence to the Software and the Custom Deliverables delivered.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Queensland, Australia.
P:15.2 Any dispute arising out of this Agreement shall first be referred to senior managers of both parties. If it is not settled within 30 days, it shall be finally resolved by arbitration administered by the Australian Centre for International Commercial Arbitration in Brisbane, in English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Interfaces), Annex 2 (Implementation Plan and Documentation) and Annex 3 (Test Scripts), is the entire agreement of the parties on its subject.
P:16.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or email.
P:16.3 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — RIVERMOUTH LEARNING CLOUD

Order Form No. RL-OF-2026-0193

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the Customer and the Provider named below.

## PART A — ORDER FORM

### A1. Parties

**Provider:** Rivermouth Learning Pty Ltd (ABN 63 147 902 518), 27 Bridge Street, Murray Bridge, South Australia 5253, Australia.

**Customer:** Hangzhou Jinglan Hotel Management Co., Ltd., Room 1802, 66 Beishan Road, Xihu District, Hangzhou, Zhejiang Province, People's Republic of China.

### A2. Subscription and Term

The Customer subscribes to Rivermouth Learning Cloud, a learning management service for the training of hotel staff, for its 27 managed hotels and head office. The Subscription Term is three Subscription Years (36 months). Subscription Year 1 starts on the Go-Live Date defined in Part B, section 3.3, and each later Subscription Year starts on the anniversary of that date.

### A3. Fees

| Item | Basis | Annual fee (CNY) | Fee over the term (CNY) |
|---|---|---|---|
| Platform subscription, up to 2,400 active learners | per Subscription Year | 218,000 | 654,000 |
| Course authoring and assessment module | per Subscription Year | 42,000 | 126,000 |
| Hosting in the China region and Chinese-language support | per Subscription Year | 26,000 | 78,000 |
| Subscription fees | | 286,000 | 858,000 |
| Onboarding services (one-time) | fixed price | | 64,000 |
| **Total Contract Value** | | | **922,000** |

All fees are in CNY and include VAT. Additional active learners above 2,400 are charged at CNY 85 per learner per Subscription Year, billed in arrears; they are not part of the Total Contract Value.

### A4. Invoicing and Payment

(a) The subscription fees for each Subscription Year are invoiced on the first day of that Subscription Year and are payable within 30 days of the invoice.

(b) The onboarding fee is invoiced on Onboarding Acceptance under Part B, section 3 and is payable within 30 days of the invoice.

(c) No amount is payable before Onboarding Acceptance.

### A5. Service Details

Service region: China (East) data centre operated by the Provider's hosting partner Huadong Cloud Data Co., Ltd., which the Customer approves by signing this Order Form. Target Go-Live Date: 75 days after the Order Date. Customer project lead: Director of Learning and Development. Provider project lead: Customer Success Manager, China.

### A6. Signatures and Precedence

If this Order Form conflicts with the General Terms, this Order Form prevails. The Order Date is the date of the last signature below.

For the Customer: ____________________ Date: __________

For the Provider: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means Rivermouth Learning Cloud as described in the Order Form and the online service description current on the Order Date.

1.2 "Customer Data" means all data, files and content uploaded to or generated in the Service by or for the Customer, including staff records, course completion records, assessment results and Customer Content.

1.3 "Customer Content" means courses, videos, quizzes and other training materials created by or for the Customer, including materials prepared by the Provider during onboarding.

### 2. Use of the Service

2.1 The Provider grants the Customer and its managed hotels a non-exclusive, non-transferable right to use the Service during the Subscription Term for their internal training purposes.

2.2 The Customer shall not resell the Service or use it to train persons who are not its staff or the staff of its managed hotels, other than contractors and trainees on placement.

### 3. Onboarding and Acceptance

3.1 The Provider shall configure the Service for the Customer's organisation structure, set up single sign-on with the Customer's identity system, migrate the Customer's existing course library (about 380 courses) and completion history, build 12 Customer-specific induction courses, and train 40 administrators.

3.2 Onboarding is accepted when: single sign-on works for all hotels; migrated courses and completion records reconcile with the export from the Customer's old system; the 12 induction courses are approved by the Customer's training managers; a load test with 800 concurrent learners shows page loads under 3 seconds; and the administrators have been trained.

3.3 The Customer shall confirm Onboarding Acceptance in writing within 10 business days after the Provider's notice that the criteria are met, or give reasons for refusal. The Go-Live Date is the date of Onboarding Acceptance. Use of the Service before that date is not acceptance.

3.4 If Go-Live is not reached by the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay.

### 4. Service Levels

4.1 The Provider shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and performed between 01:00 and 05:00 China time.

4.2 The Provider shall respond to Priority 1 incidents (the Service is unavailable or learners cannot log in) within 1 hour, 24 hours a day, and restore the Service or provide a workaround within 6 hours. Priority 2 incidents shall be responded to within 3 business hours and other requests within one business day.

4.3 If monthly availability falls below the commitment in 4.1, the Provider shall credit 5% of the monthly portion of the subscription fees for each full percentage point or part of it below the commitment, up to 25% for that month. A missed Priority 1 response or restoration time earns a further credit of CNY 800 per incident. Credits are set off against the next invoice or, at the end of the term, refunded.

4.4 The Provider shall publish a monthly service report showing availability, incidents and credits.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including aggregated analytics, benchmarking or the training of models.

5.2 The Provider shall store Customer Data only in the service region stated in the Order Form, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, log all administrative access, and keep its ISO 27001 certification and MLPS level 3 filing valid during the term.

5.3 The Provider shall notify the Customer within 8 hours after becoming aware of a security incident affecting Customer Data, cooperate in the investigation and notifications required by law, and bear the costs and losses arising from incidents caused by its breach of this section.

5.4 Within 30 days after the end of the Subscription Term, the Provider shall return Customer Data in a standard format and then delete it, and certify the deletion in writing.

### 6. Intellectual Property

6.1 The Provider owns the Service and its underlying software.

6.2 Customer Content, including the induction courses built by the Provider during onboarding, belongs to the Customer, which may use, modify and license it freely, also after the end of the term.

### 7. Confidentiality

Each party shall keep the other party's Confidential Information secret, use it only for this agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This section continues for three years after the end of the Subscription Term.

### 8. Subcontracting

The Provider shall not subcontract the Service or any part of the onboarding services without the Customer's prior written consent, except to the hosting partner approved in the Order Form. The Provider is responsible for its subcontractors as for itself.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 The Provider's total liability arising out of or in connection with this agreement is limited to the fees paid by the Customer in the 9 months preceding the event giving rise to the claim.

9.3 The limits in this section do not apply to a party's liability for death or personal injury caused by its negligence, or for fraud.

### 10. Term and Termination

10.1 This agreement starts on the Order Date and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

10.3 If the Customer terminates under 10.2, the Provider shall refund the prepaid subscription fees for the remainder of the current Subscription Year.

### 11. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in Chinese and English.

### 12. General

12.1 Notices shall be in writing and sent to the addresses in the Order Form.

12.2 Neither party may assign this agreement without the other party's written consent.

12.3 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
"""

E03 = """T:Supply Contract for Vineyard Sensors and Monitoring Software
P:Contract No. HLV-EQ-2026-021
P:Buyer: Ningxia Helan Mountain Vineyards Co., Ltd., 9 Wenchang Road, Xixia District, Yinchuan, Ningxia, People's Republic of China (the "Buyer").
P:Supplier: Limestone Coast Sensing Pty Ltd (ABN 28 604 117 935), 14 Smith Street, Naracoorte, South Australia 5271, Australia (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for the purchase of equipment and software. The Buyer manages 1,480 hectares of vineyards in four estates at the foot of the Helan Mountains and wishes to monitor soil moisture and local weather to plan irrigation and frost protection. The Supplier has offered probes, weather stations, gateways and its VineWatch monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the probes, weather stations, gateways, solar kits, mounting hardware and spare parts listed in clause 3.
P:1.2 "Software" means the VineWatch monitoring software, including its server, web and mobile applications and the embedded firmware of the Equipment.
P:1.3 "Custom Work" means the dashboards, irrigation and frost alert rules, the interface to the Buyer's farm management system and the related scripts and documents made for the Buyer.
P:1.4 "Buyer Data" means all readings, alerts, maps, block records and other data collected or produced by the Equipment and the Software for the Buyer.
H:2. Scope
P:2.1 The Supplier shall supply, deliver, install, calibrate and commission the Equipment at the four estates, install the Software on the Buyer's servers in Yinchuan, perform the Custom Work and train the Buyer's staff.
P:2.2 The probe layout shall follow the block map approved by the Buyer, with at least one probe station for every 3.5 hectares and one weather station for every irrigation district.
H:3. Price
P:3.1 The Contract Price is CNY 1,822,000, including VAT, customs duties, freight to site and insurance, and is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probes, 90 cm, six depths|420|1,850|777,000
TB:2|Automatic weather stations with leaf wetness sensors|12|26,500|318,000
TB:3|LoRaWAN gateways with solar power kits|36|7,400|266,400
TB:4|VineWatch monitoring software, perpetual licence, on-premises|1|248,000|248,000
TB:|Equipment and Software subtotal|||1,609,400
TB:5|Installation, calibration and commissioning, including Custom Work|1|188,000|188,000
TB:6|Training of agronomists and technicians|1|24,600|24,600
TB:|Contract Price|||1,822,000
P:3.2 The Contract Price is fixed for the duration of this Contract.
H:4. Payment
P:4.1 10% of the Contract Price within 15 business days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price within 15 business days after the Installation Certificate is signed for all four estates. The Installation Certificate confirms that the Equipment is installed and connected; it is not acceptance.
P:4.3 35% of the Contract Price within 15 business days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the estates within 60 days after signature and complete installation within 100 days after signature, so that the system is running before the start of the budburst season.
P:5.2 The Supplier is responsible for import clearance, the radio transmission approvals required for the gateways, and the safe storage of the Equipment until installation.
H:6. Acceptance
P:6.1 After installation, the system shall run for a trial period of 30 consecutive days.
P:6.2 Final Acceptance requires that: every probe and weather station reports to the Software at its configured interval, with no station silent for more than six hours in the trial period; probe readings agree with the gravimetric samples taken by the Buyer within the tolerance in the technical specification; frost and irrigation alerts are sent to the correct users within 2 minutes of the trigger; the interface to the farm management system transfers block records without error; and all documents and training have been delivered.
P:6.3 The Buyer shall sign the Final Acceptance certificate within 10 business days after the trial, or list the failures to be remedied, after which the relevant tests shall be repeated at the Supplier's cost. Installation, use of the system or payment does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and supply firmware and Software updates free of charge, including parts, labour and freight.
P:7.2 The Supplier shall keep a stock of spare probes and gateway parts in Yinchuan during the warranty period.
H:8. Post-Warranty Support
P:8.1 After the warranty period, the Buyer may order annual support covering the same services. The annual support fee is 9% of the Equipment and Software subtotal, being CNY 144,846 per year, fixed for the first two years after the warranty. Support is ordered each year in writing and does not renew automatically.
H:9. Service Levels
P:9.1 Severity 1 means that the Software is unavailable, or that more than one in five probes of an estate stop reporting, or that frost alerts are not sent. Severity 2 means other faults affecting the use of the system.
P:9.2 The Supplier shall respond to Severity 1 faults within 2 hours, at any time during the growing season (April to October) and during business hours otherwise, and send a technician to site within 48 hours if the fault cannot be resolved remotely. Severity 2 faults shall be responded to within one business day.
P:9.3 For each full hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 600, and for each day by which a site visit is late, CNY 2,000. These amounts may be deducted from any payment due.
H:10. Training and Documents
P:10.1 The Supplier shall train up to 30 agronomists and technicians at the estates in the installation, maintenance and calibration of the Equipment and in the use of the Software, in Chinese or with an interpreter provided by the Supplier.
P:10.2 Before Final Acceptance, the Supplier shall deliver operating and maintenance manuals, calibration records for every probe, the as-installed layout, the network plan, the Software installation media and licence keys, and the documentation of the Custom Work.
P:10.3 The Buyer shall provide access to the estates, a secure storage area, power and network connections at the server room, and a contact person at each estate.
H:11. Intellectual Property
P:11.1 The Custom Work and all rights in it belong to the Buyer upon creation, and the Supplier shall deliver its source files. The Buyer may use, modify and license the Custom Work freely.
P:11.2 The Supplier keeps the rights in the Software and grants the Buyer a perpetual, irrevocable licence to use it for the Buyer's vineyards.
H:12. Buyer Data and Data Security
P:12.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use, sell or disclose it for any other purpose, in any form.
P:12.2 The Software shall store Buyer Data on the Buyer's servers in China. Remote access by the Supplier is allowed only through the Buyer's VPN with named accounts approved by the Buyer for each session, and all access is logged.
P:12.3 The Supplier shall report any breach of Buyer Data security to the Buyer within 12 hours, take remedial steps and compensate the Buyer for the losses caused by the breach.
H:13. Confidentiality
P:13.1 The Supplier shall keep confidential all information of the Buyer that it receives under this Contract, including block maps, yields and business plans, and shall not disclose it without the Buyer's prior written consent. This obligation survives the end of this Contract.
H:14. Liquidated Damages
P:14.1 If the Supplier fails to complete installation within the period in clause 5.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:14.2 Liquidated damages do not relieve the Supplier of its obligations and do not limit the Buyer's other remedies.
H:15. Subcontracting
P:15.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent.
H:16. Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay under clause 14.1 exceeds 40 days.
P:16.2 On termination under 16.1 the Supplier shall refund the amounts paid for Equipment and services not accepted and remove its Equipment at its own cost if the Buyer so requests.
H:17. Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:18. Miscellaneous
P:18.1 This Contract is made in English and Chinese. Both versions are equally valid.
P:18.2 Annexes: Annex 1 Technical Specification; Annex 2 Block Map and Equipment Allocation; Annex 3 Test Plan.
P:Signed for the Buyer: ____________________    Signed for the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. WMIT-SHB-2026-004

**Between**

**Sanya Haitang Bay Resorts Co., Ltd.**, 88 Haitang North Road, Haitang District, Sanya, Hainan Province, People's Republic of China (the "Customer"); and

**Whitsunday Managed IT Pty Ltd** (ABN 71 155 230 846), 41 Main Street, Proserpine, Queensland 4800, Australia, acting through its branch office in Haikou (the "Provider").

## Background

The Customer owns and operates six beach resorts with 2,150 guest rooms, conference facilities and a central back office. It wishes to outsource the day-to-day management of its IT infrastructure and end-user support to the Provider for a term of 36 months. This Agreement sets out the terms; the scope, service levels and charges are in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1, including the Transition.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under section 4.3.

1.3 "Customer Data" means all data of the Customer, its guests and its staff that the Provider can access in performing the Services, including guest folios, reservation data, payment-related records, staff records and network logs.

1.4 "Deliverables" means the runbooks, configuration baselines, network diagrams, scripts, asset registers and reports prepared by the Provider for the Customer.

## 2. Term

2.1 This Agreement starts on the date of signature and continues for 36 months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## 3. Services

3.1 The Provider shall perform the Services in accordance with Schedule 1 and the service levels in Schedule 2, using qualified personnel, industry good practice and the Customer's IT policies.

3.2 The Provider shall keep two engineers on site at the resorts during hotel operating hours, as set out in Schedule 1, and a remote service desk staffed 24 hours a day, with Mandarin- and English-speaking agents.

3.3 The Provider shall attend a monthly service review with the Customer and provide a monthly report on service levels, incidents, changes, capacity and risks.

## 4. Transition

4.1 During the first 60 days after signature, the Provider shall take over the Services from the Customer's in-house team and previous vendors, document the environment, set up monitoring and the ticketing tool, and agree the runbooks with the Customer.

4.2 Transition Acceptance requires that: all in-scope devices are in the asset register and monitored; runbooks for every service in Schedule 1 are approved by the Customer; the service desk has handled live tickets for 14 days in parallel with the in-house team without a missed Priority 1 target; and the Provider's staff have completed the Customer's security induction.

4.3 The Customer shall confirm Transition Acceptance in writing within 5 business days after the Provider shows that the criteria are met, or state what is missing. Running the Services during the parallel period is not acceptance.

4.4 If Transition Acceptance is not reached within the 60 days, the Provider shall continue the Transition at its own cost and the parties shall agree a revised plan.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. They are fixed for the Term and include all taxes, travel, tools and the Provider's personnel costs.

5.2 The Transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. The Customer shall pay each correct invoice within 30 days of receipt.

5.3 Service credits under Schedule 2 are deducted from the invoice for the month after the month in which they arise.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall access and process it only as necessary to perform the Services and shall not copy, use or disclose it for any other purpose.

6.2 The Provider shall comply with the Customer's information security policies, the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and, for payment systems, the applicable card industry security standard. Access to Customer systems shall use named accounts, multi-factor authentication and the Customer's privileged access management tool.

6.3 The Provider shall report any actual or suspected security incident involving Customer Data to the Customer's IT Director within 2 hours, contain it, support the investigation and any notification to authorities or guests, and bear the costs and damages caused by incidents resulting from its breach of this section.

## 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to those of its personnel and advisers who need to know it and are bound by confidentiality duties.

7.2 This section survives for five years after the end of the Term.

## 8. Intellectual Property

8.1 The Deliverables belong to the Customer from creation. The Customer may use, modify and license them freely, including for the purpose of handing the Services to another provider.

8.2 The Provider keeps its pre-existing tools and methods and grants the Customer a non-exclusive licence to use them to the extent they are part of the Deliverables.

## 9. Personnel and Subcontractors

9.1 The Provider shall name a service delivery manager and shall not replace that person without giving the Customer 30 days' notice, except in the case of illness or resignation.

9.2 The Provider may use subcontractors for parts of the Services, such as cabling, hardware repair and out-of-hours field support, provided that it notifies the Customer in writing before the subcontractor starts work. The Provider remains responsible for its subcontractors.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the total charges in Schedule 3. The limit does not apply to personal injury, wilful misconduct or breach of sections 6 and 7.

## 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses the Priority 1 response target in three consecutive months.

11.2 The Provider may terminate if the Customer fails to pay undisputed charges for more than 60 days after a written reminder.

11.3 On expiry or termination the Provider shall, for up to 90 days and at the charges in Schedule 3, continue the Services as requested and hand over all Deliverables, credentials and Customer Data to the Customer or its new provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou.

## 13. General

13.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly.

13.2 This Agreement, with its Schedules, is the entire agreement between the parties. It is signed in two originals in English and Chinese, both equally authentic.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 — Scope of Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Single point of contact for staff at all resorts, ticket logging, first-line resolution, password resets | 24 hours, 7 days |
| Network management | Core switches, 480 access points, firewalls and WAN links at six resorts; monitoring, configuration, firmware | 24 hours, 7 days |
| End-user support | On-site support for 1,120 PCs, printers and point-of-sale terminals | 07:00 to 23:00 daily |
| Server and backup | Management of 46 virtual servers, daily backup and monthly restore test | 24 hours, 7 days |
| Guest Wi-Fi | Guest portal, authentication and bandwidth management | 24 hours, 7 days |
| Asset management | Asset register, lifecycle planning, vendor warranty claims | Business days |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit per missed target |
|---|---|---|---|---|
| Priority 1 | Outage of the property system, core network or Wi-Fi at a resort | 15 minutes | 2 hours | CNY 3,000 |
| Priority 2 | Degraded service at a resort, or outage affecting a department | 30 minutes | 8 hours | CNY 1,000 |
| Priority 3 | Single user or device affected | 2 hours | 2 business days | CNY 200 |
| Core network availability | Monthly, per resort | at least 99.95% | | CNY 2,500 per 0.01 point below |

Total service credits in a month are limited to 20% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 94,000 |
| Monthly service charge | 36 months × CNY 68,500 | 2,466,000 |
| Total charges | | 2,560,000 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. HCD-ANH-2026-12A

THIS AGREEMENT is made between:

(1) Anhui Fengshou Agricultural Insurance Services Co., Ltd., 233 Huizhou Avenue, Baohe District, Hefei, Anhui Province, People's Republic of China (the "Customer"); and

(2) Hinterland Climate Data Pty Ltd (ABN 52 618 440 291), 12 Currie Street, Nambour, Queensland 4560, Australia (the "Provider").

BACKGROUND

(A) The Provider compiles gridded historical and near-real-time weather data, crop-stage models and yield indices and makes them available through an application programming interface (the "API").

(B) The Customer designs and administers weather-index and yield insurance products for farmers in Anhui, Henan and Jiangsu and wishes to subscribe to the Provider's data for pricing, underwriting and claims assessment.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in Schedule A, as updated by the Provider from time to time, delivered through the API or as bulk files.

1.2 "Historical Archive" means the bulk delivery of daily gridded weather data for the provinces of Anhui, Henan and Jiangsu from 1991 to the Subscription Start Date, at a resolution of 5 km.

1.3 "Customer Data" means all data that the Customer submits to the API or otherwise provides to the Provider, including field coordinates, crop types, policy numbers and loss reports.

1.4 "Custom Index" means the rice and winter wheat yield index for the Customer's insured counties that the Provider calibrates for the Customer under clause 3.3.

1.5 "Subscription Year" means each period of one year starting on the Subscription Start Date or an anniversary of it. The initial term consists of two Subscription Years.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the term of this Agreement, a non-exclusive, non-transferable licence to access the API, to download and store the Licensed Data on the Customer's systems in China, and to use the Licensed Data for pricing, underwriting, reinsurance placement, claims assessment and regulatory reporting.

2.2 The Customer may disclose extracts of the Licensed Data to its reinsurers, auditors and regulators, and in claims notices to policyholders.

2.3 The Subscription Start Date is the date on which the Provider issues production API credentials to the Customer.

2.4 Request volumes up to 3 million API calls per Subscription Year are included. Additional volumes are charged at the rate in Schedule B and invoiced quarterly in arrears.

2.5 The Customer shall not resell the Licensed Data as a data product, publish it in bulk, or use it to build a competing data service. Published reports that show the Licensed Data shall name the Provider as the source.

3. DELIVERY, INTEGRATION AND ACCEPTANCE

3.1 The Provider shall issue test credentials within 10 days after signature and deliver the Historical Archive within 45 days after signature (the "Delivery Date").

3.2 The Provider shall support the Customer's developers in integrating the API with the Customer's underwriting platform, including two workshops in Hefei.

3.3 The Provider shall calibrate the Custom Index using yield statistics supplied by the Customer and deliver the index with its methodology note within 90 days after signature.

3.4 Integration Acceptance requires that: the Historical Archive is complete for all grid cells and days, with files that pass the checksum and format tests in Schedule C; API responses for 2,000 sample coordinates match the Historical Archive; the Custom Index back-test report has been delivered and reviewed by the Customer's actuaries; and production credentials have been issued. The Customer shall confirm Integration Acceptance in writing within 10 business days after the Provider's notice that the criteria are met, or list the failures.

3.5 Use of the API or the Licensed Data before Integration Acceptance is not acceptance.

3.6 During the term, the Provider shall correct errors in the Historical Archive or the Custom Index reported by the Customer and deliver corrected files without charge.

4. FEES AND PAYMENT

4.1 The fees are:

   Subscription fee, Subscription Year 1          CNY 318,000
   Subscription fee, Subscription Year 2          CNY 318,000
   Historical Archive and integration (one-time)  CNY  28,000
   Total fees for the initial term                CNY 664,000

4.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The one-time fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

4.3 Fees include VAT. The Provider shall issue a valid VAT invoice for each payment through its agent in China.

5. SERVICE AVAILABILITY AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to make the API available and to update the near-real-time data sets daily. The Provider may suspend the API for maintenance and will try to give notice of planned maintenance on its status page.

5.2 Support is provided by email during the Provider's business hours (Queensland time). The Provider will handle support requests in the order received.

5.3 The Provider does not guarantee that the API will be uninterrupted or error-free.

6. DATA PROTECTION AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API responses and services under this Agreement and shall not retain, analyse, combine or use it for any other purpose, including the improvement of its models.

6.2 The Provider shall process Customer Data through its API endpoint hosted in mainland China, shall not transfer Customer Data outside mainland China, shall encrypt it in transit and at rest, restrict access to named staff, and delete query payloads within 30 days after processing.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take steps to contain it, cooperate with the Customer and regulators, and compensate the Customer for the losses caused by its breach of this clause.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the Licensed Data and the API.

7.2 The Custom Index, its calibration parameters and the methodology note belong to the Customer from delivery. The Customer may use, modify and license them freely, including after the end of this Agreement. The Provider shall not offer the Custom Index to any other client.

7.3 Reports, prices and insurance products that the Customer creates using the Licensed Data belong to the Customer.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's loss experience, product designs and pricing, and the Provider's model documentation, and shall use it only for this Agreement.

8.2 This clause continues for three years after the end of this Agreement.

9. DELAY DAMAGES

9.1 If the Provider fails to deliver the Historical Archive by the Delivery Date, it shall pay the Customer CNY 500 for each day of delay, up to a total of CNY 33,200.

9.2 If the Custom Index is not delivered within the period in clause 3.3, the Customer may withhold the one-time fee until delivery.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability under this Agreement is limited to 120% of the total fees for the initial term. The limit does not apply to breach of clauses 6 and 8 or to wilful misconduct.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the hosting of the API endpoint in China, the handling of Customer Data or the calibration of the Custom Index without the Customer's prior written consent. The Provider remains liable for approved subcontractors.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement begins on signature and continues until the end of the second Subscription Year.

12.2 After the second Subscription Year, this Agreement renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year. The Provider may increase the subscription fee for any renewal year by giving the Customer notice of the new fee at least 30 days before the renewal year starts.

12.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the unused part of the subscription fee for the current Subscription Year.

12.4 On expiry or termination the Customer may keep and continue to use the Licensed Data downloaded before that date for the run-off of policies written during the term and for regulatory records.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time of application.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Notices shall be sent by email and courier to the addresses above.

14.3 This Agreement, with Schedule A (Licensed Data), Schedule B (Rates for additional volumes) and Schedule C (Acceptance tests), is the entire agreement between the parties.

14.4 This Agreement is signed in two English originals. A Chinese translation may be prepared for internal reference; if the texts differ, the English text prevails.

SIGNED for the Customer: ____________________

SIGNED for the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and checks
# ---------------------------------------------------------------------------------------------------------------

FILES = {  # key: (file name, format, source)
    "z01": ("h1075z01_traffic_bureau_driving_school_platform.pdf", "pdf", Z01),
    "z02": ("h1075z02_breast_pump_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1075z03_shorthand_school_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h1075z04_market_regulator_elevator_emergency_om.txt", "txt", Z04),
    "z05": ("h1075z05_plant_dye_studio_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1075e01_greenhouse_planning_perpetual_licence_qld.pdf", "pdf", E01),
    "e02": ("h1075e02_hotel_learning_saas_order_form_sa.md", "md", E02),
    "e03": ("h1075e03_vineyard_sensors_monitoring_licence_sa.docx", "docx", E03),
    "e04": ("h1075e04_resort_managed_it_services_qld.md", "md", E04),
    "e05": ("h1075e05_weather_index_data_api_subscription_qld.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# Per draft: category, terms (in TERM_KEYS order), extra, and design data not written to the label
# (fee base and fee for TCO; forum outside mainland China).
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 25, True, True, 24, 8, False, True,
                         False, "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2010000), dict(fee_base=1180000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 24, False, True,
                         True, "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1820000), dict(fee_base=1652000)),
    "z03": ("cloud", [99.95, 0.25, True, "buyer", True, False, False, 0.02, None, None, True, None, None, None, False,
                      True, False, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=766000), {}),
    "z04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False,
                         False, False, None, "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=648000), {}),
    "z05": ("software", [None, 8, False, "supplier", True, True, True, 0.03, 20, 65, False, False, 6, None, False,
                         True, None, None, "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=408000), dict(fee_base=168000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                         False, "Queensland", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1820000), dict(fee_base=1260000, forum_outside=True)),
    "e02": ("cloud", [99.5, 1, True, "buyer", True, True, True, 600 / 922000 * 100, 9 / 36 * 100, None, True, None,
                      None, None, False, True, False, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=922000), {}),
    "e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 9, False, True,
                         False, "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1822000), dict(fee_base=1609400)),
    "e04": ("services", [99.95, 0.25, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                         True, True, "PRC", "service"],
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2560000), {}),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, 500 / 664000 * 100, 120, None, True, None, None,
                      None, True, True, False, "PRC", "service"],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=664000), {}),
}

DESIGN = {  # the rules each draft was written to trigger
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-LD-LOW"],
    "z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-LD-MISSING", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
HORIZON, TCO_LIMIT = 5, 40


def tco_share(t, x, d):
    """Policy §4: post-warranty fee share of TCO over 5 years from acceptance; None when not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, d):
    """My reading of policy §3 applied to a label."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, d)
        if s is not None and s > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NUM_END = r"(?![\d])"
ZH_NUM = "一二三四五六七八九十两零点"
THRESHOLD_PATTERNS = [
    r"(?<![\d.,])99\.9" + NUM_END,
    r"(?<![\d.,])4\s*(?:hours?|hrs?|h\b|小时|个小时|個小時)",
    r"(?<![" + ZH_NUM + r"])四\s*(?:个)?\s*小时",
    r"\bfour\s*(?:\(4\)\s*)?hours?\b",
    r"(?<![\d.,])0?\.05(?:0*)" + NUM_END + r"\s*(?:%|％|per\s*cent|percent)?",
    r"万分之五(?![" + ZH_NUM + r"])",
    r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:一)?百(?![" + ZH_NUM + r"])",
    r"\bone\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之三十(?![" + ZH_NUM + r"])",
    r"\bthirty\s*(?:\(30\)\s*)?per\s*cent",
    r"(?<![\d.,])12\s*(?:个月|個月|months?)",
    r"(?<![" + ZH_NUM + r"])十二\s*(?:个)?\s*月",
    r"\btwelve\s*(?:\(12\)\s*)?months?\b",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之十五(?![" + ZH_NUM + r"])",
    r"\bfifteen\s*(?:\(15\)\s*)?per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之四十(?![" + ZH_NUM + r"])",
    r"\bforty\s*(?:\(40\)\s*)?per\s*cent",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["可用率99.9%", "99.9 %", "4小时内响应", "within 4 hours", "四小时", "four hours", "0.05%", "0.05 %", "万分之五",
            "千分之零点五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "12个月",
            "12 months", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "forty percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.055%", "万分之五十", "万分之八", "130%", "1,100%",
             "百分之三十五", "30日", "30 days", "112 months", "24个月", "18 months", "115%", "3.15%", "百分之十五点五", "140%",
             "0.08%", "150%", "2026年12月", "十二期"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        m = THRESHOLD_RE.search(s)
        assert not m, ("must miss", s, m and m.group(0))


def check_text(name, text):
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        m = THRESHOLD_RE.search(variant)
        assert not m, (name, "threshold figure in text", variant[max(0, m.start() - 30):m.end() + 30])


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, fmt, src) in FILES.items():
        category, values, extra, design = LABELS[key]
        assert len(values) == len(TERM_KEYS)
        terms = dict(zip(TERM_KEYS, values))
        if terms["contract_kind"] == "service":
            assert "post_warranty_fee_capped" not in extra
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        else:
            assert "post_warranty_fee_capped" in extra
        for k, v in THRESH.items():
            assert terms[k] is None or abs(terms[k] - v) > 1e-9, (key, k, terms[k])
        share = tco_share(terms, extra, design)
        if share is not None:
            assert abs(share - TCO_LIMIT) > 2, (key, "TCO share near the threshold", share)
        rules = derive(terms, extra, design)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered.update(rules)
        lang = "zh" if key.startswith("z") else "en"
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, "words", n)
        check_text(name, text)
        label = {"file": name, "language": lang, "category": category, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                         encoding="utf-8")
        print("%s %-58s %s=%d risk=%s tco=%s rules=%s" % (key, name, "chars" if lang == "zh" else "words", n,
                                                         risk(rules), None if share is None else round(share, 2),
                                                         ",".join(rules) or "-"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    n_rules = {k: len(DESIGN[k]) for k in DESIGN}
    assert [k for k in DESIGN if not DESIGN[k]] == ["z01", "e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= n_rules["z05"] <= 10
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
