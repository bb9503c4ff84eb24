import sys; sys.dont_write_bytecode = True  # noqa: E702  (before importing ../word_pdf.py)
"""holdout342: ten ORDINARY draft contracts written blind (see NOTES.md).

Writes the ten contracts (.txt/.md directly; .docx/.pdf via ../word_pdf.py write(..., wrap_words=True)) and their
.json labels, reads every built file back, and asserts: text lengths, no threshold figure anywhere (regexes, self-tested),
derived label values off every threshold, expected rules = the rules derived from the labels by policy.md, and that all
20 CR rules fire across the set. Run: /work/main/.venv/bin/python -B make_files.py (from this folder).
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1) -- compliant
H342Z01 = """T:临江市城市停车信息管理平台建设项目政府采购合同
P:合同编号：LJJT-ZFCG-2025-0318
P:采购人（甲方）：临江市交通运输局
P:地址：临江市滨河东路88号
P:供应商（乙方）：浙江泊联数智科技有限公司
P:地址：杭州市余杭区文一西路1218号
P:采购方式：公开招标（项目编号：LJZC2025-G0412）
P:鉴于甲方以公开招标方式采购城市停车信息管理平台建设项目，乙方为依法确定的中标供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件、乙方投标文件和中标通知书，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设临江市城市停车信息管理平台，包括泊位资源管理、停车诱导信息发布、路内泊位收费稽核、公共停车场联网接入、公众服务小程序和停车数据分析驾驶舱六个子系统，覆盖主城区路内泊位约12,600个、联网公共停车场86处。
P:1.2 平台部署于临江市政务云。乙方负责软件安装、定制开发，与公安交警卡口系统、市统一支付平台、城市运行管理中心的接口对接，历史泊位数据迁移，联调测试，以及对甲方和各停车场运营人员的培训。
P:1.3 本合同附件包括：招标文件技术需求书、乙方投标文件、分项报价表、验收方案、服务水平承诺书。附件与正文具有同等效力；两者不一致的，以正文为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾柒万捌仟元整（¥2,378,000），为含税固定总价，已包含软件许可、定制开发、实施、培训、质保期内服务以及乙方完成本项目所需的全部费用，甲方不再另行支付其他费用。
P:2.2 分项价格如下：
P:（1）平台软件许可（上述六个子系统，永久使用许可，不限用户数）：¥1,180,000；
P:（2）定制开发及接口对接：¥864,000；
P:（3）历史数据迁移及停车场联网接入：¥236,000；
P:（4）实施部署及培训：¥98,000。
P:以上第（1）项在本合同中称“软件许可价款”。
H:第三条 付款方式
P:3.1 合同签订且乙方提交金额为合同总价10%的银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥475,600。
P:3.2 平台初验合格后15个工作日内，甲方支付合同总价的45%，即¥1,070,100。
P:3.3 平台终验合格后15个工作日内，甲方支付合同总价的35%，即¥832,300。履约保函在终验合格后退还。
P:3.4 乙方请款时应提供合法有效的增值税普通发票及甲方签认的阶段验收文件。
H:第四条 工期与交付
P:4.1 乙方应在合同签订后90日内完成平台部署、接口对接和数据迁移，并书面提请初验；初验合格后进入为期60日的试运行。
P:4.2 乙方应在终验时向甲方移交：定制开发部分的源代码及编译说明、接口文档、数据字典、部署手册、运维手册、用户手册和培训记录。
P:4.3 乙方应组织不少于6场集中培训，使甲方业务人员能独立完成泊位配置、诱导屏信息发布和稽核报表查询。
H:第五条 验收
P:5.1 初验标准：招标文件列明的功能点逐项测试通过；与交警卡口、统一支付平台和城市运行管理中心的接口联调通过；迁移前后泊位、欠费和包月记录逐条比对一致，差异清单经甲方确认已全部处理。
P:5.2 终验标准：试运行期间未发生一级故障；页面平均响应时间不超过2秒，并发2,000用户时查询响应不超过3秒；具备资质的第三方机构出具安全测评报告且无高危问题；4.2条所列文档移交齐全。
P:5.3 平台上线、试运行、甲方实际使用或支付任何款项，均不视为验收合格。验收以甲乙双方签署的验收报告为准；验收不合格的，乙方应在15日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、补丁与版本升级、接口适配和远程技术支持，并每季度进行一次现场巡检。
P:6.2 质保期满后，甲方如需继续购买维护服务，年度维护费不超过软件许可价款的9%，即每个服务年度不超过¥106,200，且在质保期满后的三个服务年度内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护时间除外；计划维护应提前3个工作日书面通知甲方，并安排在夜间进行。
P:7.2 故障分级及响应：一级故障（平台整体不可用，或收费稽核、诱导发布功能中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内修复；三级故障（一般性问题）在下一个工作日内处理。
P:7.3 乙方响应超时的，每超时1小时扣减¥1,000；月度可用率低于承诺值的，每低0.01个百分点扣减¥1,500。上述扣减从甲方应付款项中抵扣，不足部分由乙方另行支付。
H:第八条 数据安全
P:8.1 平台采集和生成的泊位、车辆通行、收费及公众用户数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，包括最小权限访问控制、车牌号码和手机号码等个人信息加密存储、操作日志审计留存；乙方人员远程运维须经甲方逐次审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任以及由此产生的监管处罚。
H:第九条 保密
P:9.1 乙方对履约过程中知悉的甲方工作秘密、技术资料、网络拓扑和其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因本合同终止而失效，至相关信息依法公开时止。
H:第十条 知识产权
P:10.1 为本项目定制开发的软件、接口程序及其源代码和技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:10.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方合法权益，否则由乙方负责处理并承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:12.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方返还已收款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:15.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：临江市交通运输局　　授权代表：__________　　日期：2025年__月__日
P:乙方（盖章）：浙江泊联数智科技有限公司　　授权代表：__________　　日期：2025年__月__日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H342Z02 = """T:熔炼炉控制系统改造项目合同
P:合同编号：HX-GC-2025-027
P:甲方（买方）：湖州华曦光学玻璃有限公司
P:乙方（卖方）：南京启衡自动化工程有限公司
P:甲方二号、三号全电熔炼炉原有控制系统已运行多年，备件停产，控温波动影响玻璃光学均匀性。经甲方邀请比选，乙方中选。双方根据《中华人民共和国民法典》，就控制系统改造事宜订立本合同。
H:一、项目范围
P:（一）乙方负责拆除两座熔炼炉原有控制柜，供货、安装并调试新的DCS控制系统、燃烧与电极功率控制系统、液位及温度检测仪表、操作站和工程师站，完成全部控制逻辑组态。
P:（二）改造须在甲方安排的冷修停炉窗口（暂定2025年10月8日至10月26日）内完成，乙方应提前编制施工方案和回退方案，经甲方生产部和安环部审批后实施。
P:（三）乙方负责与甲方现有MES系统、配料系统的数据接口开发，并对甲方操作、仪表和工艺人员进行培训。
P:（四）培训内容包括DCS操作、燃烧系统调整、仪表维护、常见报警处置及组态修改，分别面向操作工、仪表工和工艺工程师，集中培训不少于5天，乙方提供中文培训教材和考核题库。
H:二、合同价格
P:（一）本合同总价为人民币贰佰伍拾玖万元整（¥2,590,000），含税、含运输、保险、安装及调试费用。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器、冗余电源及I/O模块|2套|968,000
TB:2|燃烧与电极功率控制系统|2套|412,000
TB:3|液位计、热电偶及玻璃液温度检测仪表|1批|356,000
TB:4|操作站、工程师站及工业交换机|1批|148,000
TB:5|组态及监控软件许可（永久）|1套|226,000
TB:|硬件及软件许可小计||2,110,000
TB:6|控制逻辑组态编程与联调|1项|268,000
TB:7|停炉窗口安装、拆旧及接线|1项|174,000
TB:8|培训|1项|38,000
TB:|合计||2,590,000
P:（二）上表“硬件及软件许可小计”为本合同维保费的计费基数。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即¥259,000。
P:（二）全部设备到达甲方现场并经双方清点签收后，甲方支付合同总价的35%，即¥906,500。到货签收仅确认数量和外观，不构成质量验收。
P:（三）终验合格后15个工作日内，甲方支付合同总价的50%，即¥1,295,000。
P:（四）剩余5%（¥129,500）作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:四、交付与工期
P:（一）设备应于2025年9月20日前送达甲方厂区，并附装箱单、合格证和出厂检验报告。
P:（二）乙方应在停炉窗口结束前完成安装和冷态调试，并配合甲方完成升温投料。
P:（三）乙方进入甲方厂区施工，应遵守甲方安全生产管理制度，办理动火、高处作业和受限空间作业许可；施工人员须经甲方安全培训后方可进场。因乙方违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:（四）乙方应随设备提供推荐备品备件清单及单价，并保证质保期内常用备件在48小时内送达甲方现场。
P:（五）乙方应在终验前向甲方移交竣工图、控制系统结构图、I/O清单、组态程序备份及源文件、联锁逻辑说明、仪表校验记录和操作维护手册。
H:五、验收
P:（一）热态调试完成后，两座熔炉连续稳定运行72小时，且满足：玻璃液温度控制精度在设定值±2℃以内；液位控制波动不超过±0.3毫米；电极功率闭环控制无振荡；全部联锁保护逐项试验动作正确；与MES、配料系统的数据一致。
P:（二）满足上述条件后，进入90日试运行；试运行期内无一级故障的，双方签署终验报告。
P:（三）设备到货、安装完成或甲方投料生产，均不视为验收合格。
P:（四）终验不合格的，乙方应在15日内查明原因并整改，整改后重新进行72小时连续运行考核；因同一原因两次终验不合格的，甲方有权解除合同。
H:六、质量保证与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内设备及软件的缺陷由乙方免费修复或更换，并免费提供组态修改支持。
P:（二）故障响应：一级故障（影响熔炉控温或联锁保护）15分钟内远程响应，3小时内工程师到场；二级故障2小时内响应，次日到场；三级故障3个工作日内处理。
P:（三）乙方响应或到场超时的，每超时1小时向甲方支付¥2,000。
P:（四）质保期内乙方每半年对系统进行一次现场巡检，检查控制器负荷、通讯状态、仪表漂移和联锁回路，出具巡检报告，并对发现的隐患及时整改。
P:（五）质保期满后，乙方提供原厂维保服务（含备件更换、软件升级、年度停炉检修配合和7×24小时电话支持）。年度维保费按硬件及软件许可小计的28%计取，即每服务年度人民币590,800元，维保期内不调整。维保服务按服务年度签订，须经双方书面确认，不自动续期。
H:七、数据与网络安全
P:（一）控制系统产生的工艺参数、配方、生产记录及报警数据属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方应将控制网络与办公网络物理隔离，关闭不必要的端口和服务，远程维护须经甲方逐次授权并全程录屏；乙方接入设备须经甲方病毒查杀。
P:（三）因乙方原因导致数据泄露、丢失或控制系统遭受网络攻击的，乙方应在1小时内通知甲方，并承担由此造成的全部损失。
H:八、保密
P:乙方对甲方的熔制工艺、配方、设备参数和经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露；本条在合同终止后继续有效。
H:九、知识产权
P:（一）乙方为本项目编制的控制逻辑、组态程序、画面、接口程序及其源文件归甲方所有，甲方可自行修改或委托他人修改。
P:（二）组态及监控软件的著作权归原厂所有，甲方获得永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）因乙方原因导致熔炉停炉或产品报废的，乙方应赔偿甲方直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方可将拆旧和电缆敷设工作分包给具备相应资质的单位，但须事先取得甲方书面同意；乙方对分包单位的工作承担全部责任。其他工作不得分包。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。合同解除后，乙方应配合甲方完成控制系统的过渡运行，不得以任何理由中断已投运系统的运行或锁定组态程序。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交湖州仲裁委员会仲裁。
H:十四、不可抗力
P:任何一方因不可抗力不能履行合同的，应在事件发生后3日内通知对方，并在15日内提供有关证明；双方根据影响程度协商延期履行或部分免除责任。停炉窗口因不可抗力推迟的，工期相应顺延。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：湖州华曦光学玻璃有限公司　　代表：__________
P:乙方（盖章）：南京启衡自动化工程有限公司　　代表：__________
P:签订日期：2025年__月__日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
H342Z03 = """洗车门店工单及会员管理系统订阅服务合同

合同编号：QJ-SaaS-2025-0611
甲方：佛山市清捷汽车美容连锁有限公司（下称“甲方”）
乙方：广州车务云网络科技有限公司（下称“乙方”）

甲方经营55家洗车美容门店，拟统一使用乙方“车务云”工单及会员管理系统（下称“系统”），以订阅方式使用。双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方通过其云平台向甲方55家门店提供工单管理、会员及储值卡管理、营销券核销、库存耗材管理、门店排班和经营报表等功能，另提供总部管理后台及会员小程序。
（2）乙方负责实施服务（下称“实施服务”）：系统开通与参数配置，甲方现有会员及储值余额数据迁移，与门店扫码枪、小票打印机和道闸识别设备的对接，以及55家门店店长和收银员的培训。
（3）订阅数量以门店计，甲方新增门店的，按本合同单价按比例计费。
（4）乙方提供每日9:00至21:00的在线客服及电话支持，门店可通过系统内的服务工单提交问题并查询处理进度。
（5）乙方为甲方指定一名客户成功经理，每季度与甲方召开一次运营复盘会议，提供门店使用情况分析和改进建议；甲方新店开业时，乙方提供远程开通和培训。

第二条 服务期限
（1）本合同自双方盖章之日起生效，实施服务自乙方收到第四条第（1）项款项之日起开始，乙方应在45日内完成全部门店的开通和培训。
（2）订阅服务期为三个服务年度，自系统上线验收合格之日起计算。
（3）服务期满前30日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，续展次数不限。
（4）每次续展时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在服务期满前45日书面通知甲方新单价。

第三条 费用
（1）订阅费：每家门店每个服务年度人民币3,600元，55家门店每个服务年度合计人民币198,000元。
（2）实施费：一次性人民币86,000元。
（3）本合同三个服务年度的总价为人民币680,000元（订阅费594,000元＋实施费86,000元）。上述价格含6%增值税。

第四条 付款
（1）首个服务年度订阅费与实施费合计人民币284,000元，由甲方在合同签订后10日内一次性支付；乙方收款后开始实施。
（2）第二、第三服务年度的订阅费，由甲方在该服务年度开始前15日内支付。
（3）乙方应在收款前开具增值税专用发票，发票信息错误的，甲方付款期限相应顺延。
（4）甲方新增门店的订阅费，按该门店开通之日至当期服务年度结束的剩余月数折算，随下一期订阅费一并支付；甲方关闭门店的，自下一服务年度起相应减少订阅数量和订阅费。

第五条 上线验收
（1）实施完成后，乙方提交上线验收申请。验收标准为：55家门店均可正常开单、收银和核销；迁移会员数量、储值余额与甲方原系统导出数据逐户核对一致；扫码枪、打印机和道闸识别设备对接测试通过；总部报表与门店流水抽查核对无差异。
（2）甲方应在收到申请后7个工作日内组织验收，合格的签署上线验收单；不合格的，乙方应在10个工作日内整改后重新提请。
（3）上线验收合格前，甲方门店试用系统或使用系统开单，均不视为验收合格。
（4）乙方未按约定于2025年8月31日前通过上线验收的，每逾期一日，按合同总额的千分之一向甲方支付违约金。

第六条 服务水平
（1）系统月度可用率不低于99.95%，乙方提前48小时通知并在凌晨1点至5点进行的计划维护除外。
（2）故障分级：一级故障（多家门店无法开单或收银）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内修复；一般问题在1个工作日内答复。
（3）月度可用率低于承诺值或一级故障超时恢复的，乙方按当月订阅费的5%向甲方提供服务抵扣；可用率每再低0.1个百分点，另抵扣当月订阅费的2%。抵扣额从下一期订阅费中扣减。
（4）乙方可对系统进行功能升级，但不得减少本合同约定的功能或降低服务水平；重大升级应提前7日通知甲方并提供操作说明，升级应安排在门店营业时间以外进行。

第七条 数据
（1）甲方的会员信息、车辆信息、消费及储值记录、工单数据（下称“甲方数据”）归甲方所有。
（2）乙方有权对甲方数据进行去标识化处理后，用于编制洗车行业经营分析报告、训练营销推荐模型和改进乙方产品，该权利在本合同终止后继续有效。
（3）乙方应采取加密存储、传输加密、权限分级和操作日志等安全措施，系统通过网络安全等级保护第三级备案；发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（4）合同终止后30日内，乙方应按甲方要求导出并交付全部甲方数据，随后删除云端数据并出具删除证明。
（5）乙方不得将甲方数据存储于中华人民共和国境外。

第八条 保密
双方对在合作中获知的对方商业信息、技术信息和客户信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内继续有效。双方员工因工作需要知悉上述信息的，应受同等保密义务约束。

第九条 知识产权
（1）系统平台的知识产权归乙方所有。
（2）乙方根据甲方需求定制的报表、会员等级规则、营销活动模板及相关配置归甲方所有，甲方可自由使用、修改，或交由其他服务商使用。

第十条 违约及责任限制
（1）任何一方违约给对方造成损失的，应予赔偿。
（2）乙方在本合同项下的累计赔偿责任以合同总额的1.5倍为限，但乙方故意或重大过失、违反第七条或第八条造成的损失除外。
（3）甲方逾期支付订阅费超过30日的，乙方可书面催告；催告后15日内仍未支付的，乙方可暂停服务，但应提前3日通知甲方，且暂停期间不得删除甲方数据。

第十一条 分包
乙方不得将实施服务分包给第三方，但经甲方书面同意的除外。乙方使用的云计算资源由乙方自行向云服务商采购，乙方对云服务商的服务质量向甲方负责。

第十二条 合同解除
（1）一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权以书面通知解除本合同，解除自通知送达之日起生效。
（2）乙方连续两个月未达到第六条承诺的月度可用率的，甲方有权解除本合同，乙方应退还未使用期间的订阅费。
（3）合同解除或终止后，乙方应按第七条第（4）项交付数据，并提供不少于30日的过渡期服务，过渡期内不得停止甲方门店的正常使用，过渡期订阅费按天折算。

第十三条 法律适用及争议
本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。争议处理期间，除争议事项外，双方应继续履行本合同其他条款。

第十四条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件包括功能清单、实施计划、服务水平说明和数据迁移方案，附件与本合同具有同等效力。

甲方：佛山市清捷汽车美容连锁有限公司（盖章）
乙方：广州车务云网络科技有限公司（盖章）
日期：2025年6月__日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
H342Z04 = """“一网通办”政务服务平台运维服务采购合同

项目名称：云溪市“一网通办”政务服务平台运维服务项目
采购方式：竞争性磋商（采购编号：YXCG-2025-CS-0089）
采购人（甲方）：云溪市政务服务管理局
成交供应商（乙方）：江苏政通信息技术服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就“一网通办”平台运维服务事项达成如下协议。

1. 服务范围
1.1 运维对象为云溪市“一网通办”政务服务平台，包括统一受理系统、事项管理系统、电子证照库、好差评系统、市民办事移动端、大厅排队叫号及自助终端管理模块，以及与省政务服务平台和各部门业务系统的接口。
1.2 服务内容包括：驻场运维与日常巡检、应用运维与小版本优化（每季度不超过20个需求点）、数据库和中间件维护、安全运维（漏洞扫描、基线核查、季度渗透测试、重保期值守）、应急响应，以及运维文档和月报的编制。
1.3 乙方应派驻运维人员6名（含项目经理1名、数据库工程师1名、安全工程师1名），工作日8:30至17:30在甲方指定场所驻场，节假日和夜间安排值班。驻场人员更换须提前10日书面报甲方同意。
1.4 乙方应建立运维工单台账，所有故障、变更和服务请求均须登记、分派、跟踪和关闭，工单记录向甲方开放查询。

2. 服务期限
2.1 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
2.2 服务期满后，是否续签由甲方根据考核结果及政府采购规定决定，本合同不自动续期。
2.3 乙方应在2025年6月20日前完成与原运维单位的交接，包括账号、文档、未关闭工单及知识库的接收，并向甲方提交交接报告。
2.4 交接中发现原运维单位遗留问题的，乙方应书面报告甲方并提出处理建议，经甲方确认后纳入运维计划。

3. 合同金额
3.1 合同总金额为人民币1,890,000元（大写：壹佰捌拾玖万元整），包括：
（1）驻场运维服务费：1,152,000元；
（2）应用运维与小版本优化费：418,000元；
（3）安全运维服务费：236,000元；
（4）重大活动保障及应急服务费：84,000元。
3.2 上述金额为固定总价，含人员、差旅、工具、税费等全部费用。

4. 付款方式
4.1 服务费按季度支付，每季度人民币472,500元。
4.2 每季度结束后，甲方在10个工作日内完成季度考核，并在考核结果确认后15个工作日内支付该季度服务费；考核扣款从当季服务费中扣除。
4.3 甲方不预付任何款项。

5. 服务水平
5.1 平台月度可用率不低于99.5%。可用率＝（当月总分钟数－非计划中断分钟数）÷当月总分钟数。
5.2 故障分级与时限：
（1）一级故障：平台整体无法受理业务或电子证照无法调用，15分钟内响应，1小时内到场处置，3小时内恢复；
（2）二级故障：单个系统或部分事项无法办理，30分钟内响应，8小时内恢复；
（3）三级故障：一般功能缺陷或咨询，2个工作日内解决。
5.3 重要时段（工作日上午及“好差评”考核周期）不得安排计划维护。
5.4 乙方应于每月5日前提交上月运维月报，内容包括可用率统计、故障及处理情况、变更记录、安全扫描结果和优化建议。

6. 考核与扣款
6.1 月度可用率低于承诺值的，每低0.1个百分点，扣减当季服务费5,000元。
6.2 一级故障响应或恢复超时的，每超时1小时扣减2,000元；二级故障每超时1小时扣减500元。
6.3 季度考核得分低于80分的，按每低1分扣减当季服务费1,000元。

7. 验收
7.1 季度考核按本合同附件“运维考核细则”进行，内容包括可用率统计、工单处理时效、巡检记录、安全扫描结果和月报质量，由双方签字确认。
7.2 季度考核中发现的问题，乙方应在10个工作日内整改并提交整改报告，整改情况纳入下一季度考核。
7.3 服务期满后，甲方对全年运维服务进行终验，终验标准为：四个季度考核均已确认；全部运维文档、账号和知识库已移交；无未关闭的高危漏洞。

8. 数据安全
8.1 平台内的办件数据、电子证照、群众和企业的身份信息均为甲方数据，归甲方所有。乙方仅可为运维目的访问，不得以任何形式复制、留存或对外提供。
8.2 乙方人员应签署安全承诺书，通过堡垒机进行操作，不得使用私人设备接入政务外网；数据库高危操作须经甲方审批，并实行双人复核。
8.3 发生数据泄露、篡改或安全事件的，乙方应在30分钟内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
8.4 服务期满或合同解除时，乙方应交回全部账号、门禁卡和运维资料，删除所持有的任何甲方数据，并签署数据清退确认书。

9. 保密
乙方及其人员对在服务中接触的政务信息、网络结构、系统口令等负有保密义务，不得泄露；保密义务不因合同终止而解除。

10. 知识产权
乙方在服务期间编写的运维脚本、优化代码、技术文档和知识库归甲方所有，甲方有权自由使用和修改，并可提供给后续运维单位使用。乙方保证其使用的工具软件来源合法，不侵犯第三方权利。

11. 第三方实施
乙方可将安全运维中的渗透测试、等级保护测评配合等专项工作委托具备相应资质的第三方实施，但应于实施前5个工作日书面告知甲方，并对第三方的行为承担责任。

12. 违约责任
12.1 乙方未按第2.3条完成交接的，每逾期一日，按合同总金额的千分之一支付违约金。
12.2 乙方擅自撤换驻场人员或驻场人数不足的，每人每日扣减800元。
12.3 因乙方人员违规操作造成平台中断或数据损坏的，乙方除按第6条扣款外，还应赔偿甲方因此遭受的损失。
12.4 甲方逾期付款的，按中国人民银行同期贷款市场报价利率支付利息。

13. 合同解除
乙方严重违约，或连续两个季度考核得分低于70分的，甲方有权书面通知解除合同，并要求乙方赔偿损失。合同解除后，乙方应在甲方确定的过渡期内继续提供服务并配合新运维单位交接，过渡期服务费按实际天数折算。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

15. 其他
15.1 本合同一式五份，甲方三份，乙方两份，经双方签章后生效。
15.2 磋商文件、响应文件、成交通知书及运维考核细则为本合同组成部分。
15.3 乙方驻场人员应遵守甲方机房和办事大厅的管理制度，文明服务；因乙方人员原因引发群众投诉并经核实的，按运维考核细则扣分。

甲方（章）：云溪市政务服务管理局        乙方（章）：江苏政通信息技术服务有限公司
代表人：                                  代表人：
日期：2025年  月  日                     日期：2025年  月  日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条" + 1.1) -- supplier's template
H342Z05 = """# 溯源通®产品追溯系统软件许可及定制开发合同

**（乙方标准合同文本 SYT-HT-2024 版）**

合同编号：SYT-2025-0733

甲方（用户方）：绍兴醴泉米酒酿造有限公司

乙方（开发方）：宁波溯源通信息科技有限公司

甲方拟建设米酒产品质量追溯系统，实现从糯米原料、浸米蒸饭、发酵、灌装到经销商出库的“一瓶一码”全程追溯。乙方以其“溯源通”标准平台为基础，为甲方提供软件许可及定制开发服务。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“溯源通”追溯平台标准版软件许可（单工厂、不限用户数），部署于甲方指定的云服务器。

1.2 乙方根据甲方需求进行定制开发（下称“定制模块”），包括：酿造批次及发酵工艺记录模块、灌装线赋码及关联、经销商扫码出入库、消费者扫码查询小程序、防窜货预警报表。

1.3 乙方负责与甲方灌装线喷码机、读码器的对接及系统实施、培训。

1.4 标准平台功能以乙方产品说明书为准，定制开发内容以双方确认的需求规格说明书为准。需求规格说明书确认后甲方提出的变更，按乙方人天单价另行计费，工期相应顺延。

## 第二条 合同价款

2.1 合同总价为人民币玖拾万元整（¥900,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源通平台标准版软件许可 | 360,000 |
| 2 | 定制开发（五个模块） | 420,000 |
| 3 | 赋码设备对接及系统实施 | 96,000 |
| 4 | 培训 | 24,000 |
| | 合计 | 900,000 |

2.2 上述价格不含云服务器、喷码机、读码器等硬件及其耗材，由甲方自行采购。

2.3 合同价款为含税价。合同履行期间国家调整增值税税率的，按调整后的税率开具发票，价款相应调整。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币585,000元，乙方收款后启动开发。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即人民币315,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停开发及技术服务。

3.4 乙方在收到款项后10个工作日内开具增值税普通发票；甲方需要增值税专用发票的，应提前提供开票信息。

## 第四条 开发周期与上线

4.1 乙方应在收到首笔款项后75个工作日内完成开发并部署上线。甲方需求变更、甲方硬件未按时到位或甲方未及时配合的，工期相应顺延。

4.2 乙方完成部署并在甲方灌装线试赋码成功，即为系统上线。

4.3 甲方应指定项目负责人，及时提供业务资料、场地、网络及硬件环境，并在5个工作日内确认乙方提交的需求及设计文件；逾期未确认的，视为甲方认可。

## 第五条 验收

5.1 系统部署上线即视为甲方验收合格。甲方对系统功能有意见的，可在上线后提出，乙方将在后续版本中酌情优化。

5.2 乙方在系统上线时向甲方提交用户操作手册和管理员手册的电子版。甲方如需纸质文档或额外的现场培训，按乙方人天单价另行计费。

## 第六条 技术支持与维护

6.1 自系统上线之日起，乙方提供六个月免费维护服务，内容包括缺陷修复和远程技术支持。

6.2 免费维护期内，乙方对故障的响应时限为：一级故障（系统无法赋码或扫码）8小时内响应；二级故障（部分功能异常）2个工作日内响应；其他问题5个工作日内答复。修复时间视故障情况确定。

6.3 乙方将尽力在上述时限内响应，但乙方不因响应或修复超时承担扣款、赔偿或违约责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护合同，维护费按乙方届时公布的服务价格标准执行。

6.5 以下情况不属于免费维护范围：甲方自行修改系统或数据；硬件、网络或云服务器故障；甲方新增需求；因不可抗力造成的故障。上述情况下乙方提供的服务，按乙方人天单价另行收费。

## 第七条 知识产权

7.1 溯源通平台及乙方为本项目开发的全部定制模块、小程序、报表及其源代码的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或移植，亦不得将其提供给关联公司使用。

7.3 甲方违反本条约定的，应按合同总价的20%向乙方支付违约金，并赔偿乙方由此遭受的损失。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产、赋码、物流和消费者扫码数据，由甲方享有相应权益。

8.2 甲方同意，乙方有权对上述数据进行脱敏处理后，用于酒类行业追溯大数据分析、行业报告及乙方产品的研发与改进，并可在本合同终止后继续使用。

8.3 乙方采取数据加密、访问控制和每日备份等安全措施保护系统数据。因乙方原因发生数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复数据，并承担相应赔偿责任。

## 第九条 违约责任

9.1 因乙方原因未能按第4.1条期限上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。任何情况下，乙方均不承担甲方的间接损失、利润损失或商誉损失。

## 第十条 合同解除

10.1 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

10.2 因甲方原因解除合同的，已付款项不予退还。

10.3 合同解除的，甲方应停止使用乙方平台，并删除全部安装副本；乙方应在甲方结清应付款项后，向甲方导出系统中的业务数据。

## 第十一条 不可抗力

本条所称不可抗力，是指不能预见、不能避免且不能克服的客观情况，包括自然灾害、疫情、政府行为、电信网络大面积故障及第三方云服务商的服务中断。


因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。不可抗力消除后，受影响方应继续履行合同。

## 第十二条 争议解决

因本合同产生的争议，双方应首先友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

13.2 本合同的附件包括需求规格说明书、产品说明书和报价单。附件与正文不一致的，以正文为准。

13.3 本合同为乙方标准文本，双方未另行签署书面补充协议的，以本文本为准。

13.4 系统上线后，乙方有权将本项目作为示范案例，在宣传材料中使用甲方名称及商标。

甲方（盖章）：绍兴醴泉米酒酿造有限公司　　　　乙方（盖章）：宁波溯源通信息科技有限公司

签署日期：2025年__月__日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N)
H342E01 = """T:SOFTWARE LICENCE AGREEMENT (PERPETUAL LICENCES)
P:Agreement No. KR-DL-2025-014
P:This Software Licence Agreement is made between:
P:(1) Dali Cangshan Indigo Tie-Dye Studio Co., Ltd., a company established in the People's Republic of China with its registered office at Zhoucheng Village, Xizhou Town, Dali, Yunnan Province (the "Buyer"); and
P:(2) Krasa Pattern Systems SIA, a company registered in the Republic of Latvia with its office at Ostas iela 7, Ventspils, LV-3601, Latvia (the "Vendor").
P:Recitals
P:A. The Buyer designs and produces hand-made tie-dye (zharan) textiles and wishes to digitise its pattern design, stitch-and-bind layout and indigo dye recipe work.
P:B. The Vendor develops and licenses textile pattern design software and has offered perpetual licences, a motif library and a customised import filter for the Buyer's Bai-style motif archive.
P:C. At the Buyer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
P:The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's KrasaWeave design suite and the KrasaDye recipe module, in the versions listed in Annex 1, together with their documentation and any corrections supplied under this Agreement.
P:1.2 "Licences" means the perpetual, non-exclusive licences granted under Article 3.
P:1.3 "Custom Filter" means the import filter developed by the Vendor for this Agreement to convert the Buyer's scanned motif sheets, stitch diagrams and hand-drawn binding layouts into editable Software files.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
P:1.5 "Buyer Designs" means all patterns, motifs, layouts, colour recipes and related files created or stored by the Buyer with the Software, including those converted by the Custom Filter.
H:Article 2 Scope
P:2.1 The Vendor shall supply the Licences, the Pattern Library and the Custom Filter, install the Software on eight workstations at the Buyer's studio in Xizhou, configure the shared pattern repository on the Buyer's local server, and train the Buyer's designers and dye masters.
P:2.2 Installation and training shall be carried out on site in Dali by the Vendor's engineers, with remote preparation from Ventspils. Training shall be given in English with interpretation into Chinese arranged and paid for by the Vendor.
P:2.3 The Vendor shall deliver the Software by secure download and the licence keys by e-mail to the Buyer's named administrator.
H:Article 3 Licence Grant
P:3.1 The Vendor grants the Buyer perpetual, non-exclusive, non-transferable Licences to install and use the Software on eight workstations at any of the Buyer's premises in China, for the Buyer's own business.
P:3.2 The Buyer may move a Licence from one workstation to another by deactivating it on the first workstation. The Buyer may make backup copies for its own use.
P:3.3 The Licences survive any termination of this Agreement, except termination by the Vendor for non-payment of the Licence fees.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 620,000, inclusive of VAT and all other taxes, duties and travel costs. It is made up as follows:
P:Item 1  KrasaWeave design suite, perpetual licence  8 seats x CNY 46,500  CNY 372,000
P:Item 2  KrasaDye recipe module, perpetual licence  8 seats x CNY 12,800  CNY 102,400
P:Item 3  Pattern Library (1,200 traditional motifs)  1 set  CNY 58,000
P:Licence Subtotal (Items 1 to 3)  CNY 532,400
P:Item 4  Custom Filter for the Buyer's motif archive  1 lot  CNY 64,000
P:Item 5  Installation, configuration and training  1 lot  CNY 23,600
P:Total Contract Price  CNY 620,000
P:4.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements between CNY and EUR.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 124,000) within 20 days after signature of this Agreement against the Vendor's invoice.
P:5.2 The Buyer shall pay 45% of the Contract Price (CNY 279,000) within 20 days after the Software has been installed on all eight workstations and the Custom Filter has been delivered. Installation is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 217,000) within 20 days after Final Acceptance.
P:5.4 Payments shall be made by bank transfer in CNY to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall deliver the Software and licence keys and complete installation by 31 October 2025, and shall deliver the Custom Filter by 30 November 2025.
P:6.2 Acceptance tests shall be carried out by the Buyer with the Vendor's support and shall show that: (a) all eight workstations open, edit and save pattern files without error; (b) the Custom Filter converts a sample of 300 motif sheets chosen by the Buyer with no more than three sheets needing manual correction; (c) a dye recipe created in KrasaDye reproduces the reference shades on the Buyer's test cloth within the tolerance stated in Annex 2; and (d) the shared repository is backed up and restored successfully.
P:6.3 When the tests are passed, the Buyer shall issue a written Final Acceptance certificate within ten days. Use of the Software before that date does not mean acceptance. If a test fails, the Vendor shall correct the cause and the test shall be repeated.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Filter will perform substantially in accordance with their documentation for eighteen (18) months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct reported defects free of charge and supply new versions of the Software as they are released. The Vendor will deal with support requests sent by e-mail or through its help desk portal with commercially reasonable efforts.
P:7.3 After the Warranty Period the Buyer may order annual support for the Software. The annual support fee is 11% of the Licence Subtotal, namely CNY 58,564 per support year, and is fixed for the first three support years after the Warranty Period. Support covers the same services as Article 7.2 and is ordered by a written purchase order for each support year; it does not renew automatically.
H:Article 8 Buyer Designs and Data Security
P:8.1 Buyer Designs belong to the Buyer. The Vendor shall not use, copy or disclose Buyer Designs for any purpose other than installation, training and support under this Agreement.
P:8.2 The Software runs on the Buyer's premises. The Vendor may access the Buyer's systems remotely only with the Buyer's approval for each session, through the remote-access tool chosen by the Buyer, and shall not copy Buyer Designs out of the Buyer's systems. The Vendor shall keep its own systems used for support protected by up-to-date security measures, including access control and encryption.
P:8.3 If the Vendor becomes aware of any loss of or unauthorised access to Buyer Designs caused by its personnel or systems, it shall notify the Buyer within 48 hours, help the Buyer to contain the incident and compensate the Buyer for the resulting loss.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software and the Pattern Library, subject to the Licences.
P:9.2 The Custom Filter is made specifically for the Buyer. The Vendor assigns to the Buyer all rights in the Custom Filter, including its source code, which the Vendor shall deliver at Final Acceptance. The Buyer may use, modify and license the Custom Filter freely.
P:9.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's rights and shall pay any resulting damages and costs.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's designs, dye recipes and customer lists and the Vendor's source code, and shall use it only for this Agreement.
P:10.2 This obligation continues for three years after termination of this Agreement.
H:Article 11 Liability
P:11.1 Each party is liable for direct loss caused by its breach of this Agreement.
P:11.2 The Vendor's total liability under this Agreement is limited to one and a half times the Contract Price, except for liability under Articles 8, 9.3 and 10 and for wilful misconduct, which is not limited.
P:11.3 Neither party is liable for loss of profit or other indirect loss, except under Articles 8 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for the work of any subcontractor approved by the Buyer.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of the breach.
P:13.2 If the Buyer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid and the Buyer shall uninstall the Software.
H:Article 14 Force Majeure
P:14.1 A party is not liable for a delay caused by events beyond its reasonable control, provided that it informs the other party promptly and takes reasonable steps to limit the delay.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Dali Arbitration Commission for arbitration in Dali in accordance with its rules. The award is final and binding.
H:Article 16 General
P:16.1 This Agreement is made in English and Chinese. Both versions are equally authentic.
P:16.2 Annex 1 (Software versions and system requirements) and Annex 2 (Acceptance test plan and shade tolerance) form part of this Agreement.
P:16.3 Amendments must be in writing and signed by both parties.
P:Signed for the Buyer: ____________________  Name: Duan Meiling  Title: General Manager  Date: ________
P:Signed for the Vendor: ____________________  Name: Ilze Berzina  Title: Managing Director  Date: ________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
H342E02 = """# ORDER FORM AND GENERAL TERMS - TICKETLANE CLOUD TICKETING

Order Form No. TL-CN-0427

## PART A - ORDER FORM

**Vendor:** Ticketlane UAB, company code 305118742, Dariaus ir Gireno g. 3, LT-32132 Zarasai, Lithuania ("Vendor").

**Customer:** Zhangjiajie Tianmen Ridge Cableway Co., Ltd., Yongding District, Zhangjiajie, Hunan Province, People's Republic of China ("Customer").

**Background.** Customer operates a passenger cableway with a lower and an upper station and sells tickets at counters, through self-service kiosks, through its own mini-program and through online travel agencies. Customer wishes to replace its on-premises ticketing system with Vendor's cloud ticketing service. This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A1. Services

Vendor shall provide the Ticketlane cloud ticketing service (the "Service"): online and counter sales, timed-entry slots, QR and ID-card gate validation at both stations, group and agency bookings, refunds, capacity control, finance reconciliation reports and a management dashboard. Vendor shall also perform the onboarding work described in A3.

### A2. Subscription Term

The Subscription Term starts on the date of Go-Live Acceptance (the "Subscription Start Date") and runs for three Subscription Years. A "Subscription Year" is each successive yearly period starting on the Subscription Start Date or its anniversary. At the end of the Subscription Term the Agreement renews automatically for one further Subscription Year at the same fees and on the same terms, unless either party gives notice of non-renewal at least sixty days before the end of the term.

### A3. Onboarding

Onboarding covers: configuration of ticket types, prices and time slots; integration with the 26 turnstiles at the two stations through the gate controller interface; connection of the Customer's mini-program and three online travel agency channels; migration of open advance bookings and season passes; and training of counter, gate and finance staff. Vendor shall complete onboarding and make the Service ready for Go-Live Acceptance testing by 15 March 2026 (the "Target Date"). Vendor shall appoint a named project manager for onboarding and deliver a project plan within ten days after signature. Customer shall give access to the gate controllers, provide test tickets and test staff, and appoint a single point of contact.

### A4. Fees

At Customer's request all fees are stated and payable in Chinese Renminbi (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, up to 2,400,000 tickets per year | 264,000 |
| Subscription Fees for the Subscription Term | 3 Subscription Years | 792,000 |
| Onboarding Fee | one-time | 118,000 |
| **Total Contract Value** | | **910,000** |
| Additional tickets above the yearly allowance | per ticket, billed quarterly in arrears | 0.02 |

### A5. Invoicing and Payment

(a) The Subscription Fee is invoiced quarterly in advance in four equal instalments of CNY 66,000 per Subscription Year. The first instalment is invoiced on the Subscription Start Date.

(b) The Onboarding Fee is invoiced after Go-Live Acceptance.

(c) Nothing is payable before the Subscription Start Date. Customer shall pay each correct invoice within thirty days of receipt.

### A6. Go-Live Acceptance

(a) Vendor and Customer shall run the acceptance tests in the agreed test plan, which shall show at least that: every ticket type can be sold at counters, kiosks, the mini-program and each travel agency channel; all 26 turnstiles validate QR codes and ID cards within one second; a simulated peak of 3,000 entries per hour is processed without error; the daily finance report reconciles with payment-channel statements for five consecutive test days; and migrated bookings and season passes match the old system record by record.

(b) When the tests are passed, Customer shall sign a Go-Live Acceptance certificate within five business days. Use of the Service by Customer before signature is not acceptance.

(c) If the Service is not ready for Go-Live Acceptance testing by the Target Date for reasons attributable to Vendor, Vendor shall pay Customer CNY 900 for each day of delay, up to a maximum of CNY 45,000.

### A7. Service Levels

(a) Vendor targets Service availability of 99.95% in each calendar month, excluding maintenance announced at least five days in advance and carried out between 23:00 and 06:00 Beijing time.

(b) Incidents are classified and handled as follows: Priority 1 (ticket sales or gate validation unavailable at either station) - initial response within 30 minutes, workaround within 2 hours; Priority 2 (a channel, report or function degraded) - response within 2 hours, fix within 2 business days; Priority 3 (questions and minor defects) - response within 1 business day.

(c) During the Spring Festival and National Day holiday peaks, Vendor shall keep an engineer on standby by telephone between 07:00 and 20:00 Beijing time.

(d) The service levels in this section are targets. Vendor will report monthly on its performance against them. No service credits, fee reductions or other compensation apply if a target is missed.

Signed for Vendor: ____________________ Name: Rokas Petrauskas, CEO. Date: __________

Signed for Customer: ____________________ Name: Tan Jianhua, General Manager. Date: __________

## PART B - GENERAL TERMS

### B1. Use of the Service

1.1 Vendor grants Customer and its staff a non-exclusive right to use the Service during the Subscription Term for Customer's ticketing operations.

1.2 Customer is responsible for its users' accounts and passwords and for the accuracy of prices and ticket rules it configures.

1.3 Customer shall not resell the Service, attempt to reverse engineer it, or use it to sell tickets for attractions other than its cableway without Vendor's written agreement.

### B2. Customer Data

2.1 "Customer Data" means all data entered into or generated by the Service for Customer, including visitor names, ID numbers, mobile numbers, bookings, transactions and gate records. Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the Service and on Customer's instructions, and shall not use it for any other purpose.

2.2 Vendor shall host the Service and all Customer Data in a data centre in mainland China operated by a hosting provider with MLPS level 3 filing, and shall not transfer Customer Data outside mainland China.

2.3 Vendor shall maintain technical and organisational security measures appropriate to the data, including encryption in transit and at rest, role-based access with multi-factor authentication for administrators, logging of administrative access and daily backups kept for thirty days. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

2.4 Vendor shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take all steps needed to contain it, and shall be responsible for the losses, costs and regulatory penalties resulting from an incident caused by Vendor or its hosting provider.

2.5 At the end of the Agreement Vendor shall return all Customer Data in CSV format within fifteen days and then delete it and confirm the deletion in writing.

2.6 On reasonable notice, and not more than once in each Subscription Year, Customer may review the measures described in this section, including reports of independent audits of Vendor and its hosting provider.

### B3. Configurations

Ticket rules, price tables, reports and interface mappings prepared for Customer ("Customer Configurations") belong to Customer. Customer may use and modify them and may give them to any later service provider. Vendor keeps its rights in the Service software.

### B4. Confidentiality

Each party shall keep confidential the other party's non-public business, technical and financial information, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation continues for three years after the Agreement ends.

### B5. Subcontracting

Vendor may use the hosting provider named in the Order Form annex. Any other subcontractor requires Customer's prior written consent. Vendor is responsible for its subcontractors as for itself.

### B6. Liability

6.1 Vendor's total liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

6.2 Neither party is liable for indirect or consequential loss or loss of profit.

6.3 The limits in this section do not apply to breach of B2, B4 or to wilful misconduct.

### B7. Termination

7.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within thirty days after notice.

7.2 On termination by Customer under 7.1, Vendor shall refund any fees already paid for the period after termination.

7.3 On expiry or termination, Vendor shall give reasonable help for up to sixty days to move ticketing to a successor system. Work beyond the return of Customer Data is charged at Vendor's standard daily rates.

### B8. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the Changsha Arbitration Commission for arbitration in Changsha.

### B9. General

9.1 Notices shall be in writing and sent to the addresses in the Order Form.

9.2 Neither party may assign the Agreement without the other party's written consent.

9.3 The Agreement is executed in English; a Chinese translation is provided for reference.

9.4 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

9.5 The Order Form annex (hosting provider and technical specifications) forms part of the Agreement.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table) -- compliant
H342E03 = """T:Supply and Installation Contract for Orchard Irrigation Sensors
P:Contract No. HTZ-IRR-2025-09
P:Buyer: Hotan Golden Oasis Jujube Plantation Co., Ltd., Yutian County Road 12, Hotan Prefecture, Xinjiang Uygur Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Tatra AgriSense s.r.o., Hlavne namestie 41, 060 01 Kezmarok, Slovak Republic (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for equipment purchases. The Buyer is modernising drip irrigation on 1,860 mu of jujube orchards and has selected the Supplier after a comparison of three offers. At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:Section 1 Definitions and Scope
P:1.1 "Equipment" means the sensor nodes, gateways, weather stations and valve controllers listed in Section 3.
P:1.2 "Software" means the Supplier's irrigation control software, licensed perpetually to the Buyer, with its web console and mobile application.
P:1.3 "Scheduling Model" means the irrigation and fertigation scheduling model that the Supplier shall build for the Buyer's orchard blocks, soil types and jujube varieties.
P:1.4 The Supplier shall supply the Equipment and Software, install and commission them in the Buyer's orchard blocks 1 to 14, connect the valve controllers to the existing drip lines and fertigation tanks, build the Scheduling Model, install the Software on the Buyer's server at the farm office, and train the Buyer's irrigation team.
H:Section 2 Time Schedule
P:2.1 The Equipment shall be delivered to the farm office by 15 March 2026, before the spring irrigation season.
P:2.2 Installation and commissioning shall be completed by 10 April 2026.
P:2.3 The Supplier shall give the Buyer ten days' notice of each shipment, with packing lists, certificates of origin and quality certificates.
P:2.4 The Equipment shall be packed for long-distance road transport and for storage at temperatures between minus 25 and plus 45 degrees Celsius. Risk in the Equipment passes to the Buyer on delivery to the farm office; title passes on payment under Section 4.2.
P:2.5 The Supplier's staff shall follow the Buyer's safety rules in the orchards, including rules on vehicles, irrigation channels and pesticide spraying schedules.
H:Section 3 Contract Price
P:3.1 The Contract Price is CNY 1,940,000, inclusive of VAT, import duties, freight to site, insurance and all installation costs. It is fixed and not subject to adjustment for exchange rates or costs. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture and salinity sensor nodes (three depths)|420|1,850|777,000
TB:2|LoRa gateways with solar power kits|14|9,600|134,400
TB:3|Automatic weather stations|6|28,500|171,000
TB:4|Valve controllers for drip lines|96|3,200|307,200
TB:5|Irrigation control software, perpetual licence|1|186,000|186,000
TB:|Equipment and Licence Subtotal|||1,575,600
TB:6|Installation, trenching for cables and commissioning|1 lot||214,000
TB:7|Scheduling Model and fertigation integration|1 lot||128,000
TB:8|Training|1 lot||22,400
TB:|Contract Price|||1,940,000
H:Section 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 388,000) within 15 days after signature of this Contract and receipt of the Supplier's advance payment guarantee for the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 873,000) within 15 days after the Installation Certificate has been signed. The Installation Certificate confirms that the Equipment is installed; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 679,000) within 15 days after the Final Acceptance Certificate has been signed.
P:4.4 Payments are made to the Supplier's CNY account with a bank in China against a correct VAT invoice.
H:Section 5 Acceptance
P:5.1 After commissioning, the system shall run for thirty days under normal irrigation. Final Acceptance requires that: (a) every sensor node reports readings every fifteen minutes, with gaps of no more than two hours in total for any node over the period; (b) soil-moisture readings at twelve reference points agree with the Buyer's gravimetric samples within plus or minus three percentage points; (c) every valve controller opens and closes on command from the Software and from the schedule; (d) the Scheduling Model produces daily irrigation plans for every block which the Buyer's agronomist has approved; and (e) all documents in Section 5.4 have been handed over.
P:5.2 When these conditions are met, the parties shall sign a Final Acceptance Certificate. Installation, operation of the system or payment under Section 4.2 does not mean acceptance.
P:5.3 Training shall cover daily operation of the web console and mobile application, replacement of sensor batteries, cleaning of weather stations, basic troubleshooting of gateways and adjustment of irrigation schedules. At least ten members of the Buyer's team shall be trained in Chinese, with a short written test at the end.
P:5.4 Documents: as-built layout drawings, sensor calibration records, network diagram, Software administrator guide, Scheduling Model description and training records.
H:Section 6 Warranty
P:6.1 The Supplier warrants the Equipment and Software for thirty-six (36) months after the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective item free of charge, including transport, and shall provide Software corrections and new versions free of charge.
P:6.2 Service levels during the warranty: for a Severity 1 fault (irrigation cannot be controlled in one or more blocks) the Supplier shall respond within 1 hour by telephone or remote session and shall have a technician from its Urumqi service partner on site within 24 hours; for a Severity 2 fault (some sensors or one weather station not reporting) the Supplier shall respond within 8 hours and repair within 3 days.
P:6.3 If the Supplier misses a response or on-site time in Section 6.2, it shall pay the Buyer CNY 800 for each hour of delay.
P:6.4 The Supplier shall keep a stock of spare sensor nodes, gateway parts and valve controllers at its Urumqi service partner, sufficient to replace a small share of the installed quantities without waiting for shipments from Europe.
P:6.5 After the warranty, the Buyer may order annual support for the Equipment and Software. The annual support fee is 7% of the Equipment and Licence Subtotal, namely CNY 110,292 per support year, fixed for the first two support years after the warranty. Support is ordered each year by the Buyer's purchase order and does not renew automatically.
H:Section 7 Delay
P:7.1 If the Supplier fails to deliver the Equipment or to complete installation and commissioning by the dates in Section 2, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 If the delay exceeds forty days, the Buyer may terminate the Contract under Section 13.
H:Section 8 Buyer Data
P:8.1 All data collected by the system, including sensor readings, weather data, irrigation records, yields and maps of the orchard, belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not keep copies.
P:8.2 The Software and all data shall be stored on the Buyer's server at the farm office. Remote access by the Supplier requires the Buyer's approval for each session and shall be made through a VPN with individual accounts. The Supplier shall protect any credentials it receives and shall keep its laptops and tools free of malware.
P:8.3 The Supplier shall notify the Buyer within 24 hours of any actual or suspected unauthorised access to Buyer data caused by the Supplier or its partner, shall help to restore the data and shall compensate the Buyer for any resulting loss.
P:8.4 At the end of the warranty and of any support period, the Supplier shall return or delete any Buyer data it holds and confirm this in writing.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's orchards, yields, customers and prices, and shall not disclose it to any third party without the Buyer's written consent. This obligation survives the end of the Contract.
H:Section 10 Intellectual Property
P:10.1 The Scheduling Model, the block configuration, the layout drawings and all other deliverables made specifically for the Buyer belong to the Buyer. The Buyer may use, modify and share them with other suppliers.
P:10.2 The Supplier keeps its rights in the Software and the Equipment firmware and grants the Buyer a perpetual licence to use them.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to twice the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of Sections 8 and 9.
H:Section 12 Subcontracting
P:12.1 The Supplier may use its Urumqi service partner named in the annex for installation and on-site service. Any other subcontractor requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or in the case described in Section 7.2. The Supplier shall then refund the amounts paid for items not accepted.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi. The language of the arbitration is Chinese.
P:14.3 While a dispute is being resolved, the parties shall continue to perform their obligations that are not in dispute.
H:Section 15 General
P:15.1 This Contract is signed in Chinese and English; both texts are equally valid.
P:15.2 Annexes: technical specification, installation layout, acceptance test plan, list of approved service partners.
P:15.3 Notices shall be in writing and delivered by courier or e-mail to the addresses stated above.
P:For the Buyer: ____________________  Name: Abdukerim Tursun, General Manager
P:For the Supplier: ____________________  Name: Marek Kollar, Managing Director
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
H342E04 = """# Managed OT Network Monitoring Services Agreement

**Agreement reference:** AW-SX-2025-31

**Between**

**Shaoxing Keqiao Jinlan Dyeing and Finishing Co., Ltd.**, Binhai Industrial Zone, Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China ("Customer"), and

**Appenzell Wire Security AG**, Bahnhofstrasse 18, 9100 Herisau, Switzerland ("Provider").

**Background**

(A) Customer runs a dyeing and finishing plant with jet dyeing machines, stenters, a dye kitchen dispensing system and a wastewater treatment station, controlled by PLCs and SCADA on an operational technology ("OT") network.

(B) Customer wants continuous monitoring of that OT network for cyber threats and faults. Provider offers a managed OT monitoring service using passive sensors and a monitoring centre operated by its subsidiary in Shanghai.

(C) At Customer's request all charges are stated and payable in Chinese Renminbi (CNY).

The parties agree as follows.

## 1. Definitions

1.1 "Service" means the managed OT network monitoring service described in clause 2 and Schedule 1.

1.2 "Sensors" means the passive network sensor appliances that Provider installs at Customer's plant. Sensors remain Provider's property.

1.3 "Customer Data" means all network traffic metadata, asset inventories, alarms, logs and reports relating to Customer's networks.

1.4 "Service Year" means each successive yearly period from the Service Commencement Date.

1.5 "Service Commencement Date" means the date on which Customer signs the Service Acceptance certificate under clause 4.

## 2. The Service

2.1 Provider shall install six Sensors at the plant network switches, discover and classify all connected OT assets, establish a baseline of normal communication, and then monitor the OT network around the clock for intrusions, malware, unauthorised changes to PLC logic and network faults.

2.2 Provider shall notify Customer of incidents according to the priorities in Schedule 2, give remediation advice, and provide a monthly report and a quarterly review meeting at the plant.

2.3 The Service does not include changes to Customer's PLCs or SCADA, which remain Customer's responsibility.

2.4 Customer shall provide rack space, power and switch mirror ports for the Sensors, a contact person available around the clock for Priority 1 notifications, and timely information about planned changes to its OT network.

2.5 Provider shall assign a named service delivery manager, who shall attend the quarterly review meetings at the plant and coordinate any on-site work.

## 3. Term

3.1 The Agreement starts on signature and the Service runs for three Service Years from the Service Commencement Date.

3.2 The Agreement does not renew automatically. The parties may agree an extension in writing.

## 4. Onboarding and Service Acceptance

4.1 Provider shall complete onboarding - installation of the Sensors, asset discovery and a baseline period of fourteen days - by 30 November 2025 (the "Onboarding Date").

4.2 Service Acceptance requires that: (a) the asset inventory covers every PLC, HMI, SCADA server and network switch on Customer's list, confirmed by Customer's automation engineer; (b) five simulated attack scenarios agreed with Customer, including an unauthorised PLC program download, are detected and reported within the times in Schedule 2; (c) the monitoring portal and monthly report template are available to Customer; and (d) Customer's staff have been trained on the portal.

4.3 When these tests are passed, Customer shall sign the Service Acceptance certificate within five business days. Installation of the Sensors or use of the portal is not acceptance.

4.4 If Service Acceptance is delayed beyond the Onboarding Date for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Charges for the three Service Years are CNY 1,880,000.

5.2 The Onboarding Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears.

5.3 No charges are payable in advance. Customer shall pay correct invoices within thirty days.

5.4 Charges are inclusive of VAT. Customer shall not be charged for travel to the plant for the quarterly review meetings or for incident support on site.

## 6. Service Levels and Credits

6.1 Provider shall keep the monitoring portal and alerting available at least 99.95% of each calendar month, excluding planned maintenance announced three days in advance.

6.2 Provider shall meet the response and notification times in Schedule 2.

6.3 If Provider misses a Priority 1 response time, it shall credit Customer 5% of the Monthly Service Charge for each occurrence. If monthly availability is below the level in clause 6.1, Provider shall credit Customer 10% of the Monthly Service Charge for that month. Credits are deducted from the next invoice.

6.4 Provider shall report its performance against the service levels in each monthly report, including the number of incidents by priority and the response times achieved.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service to Customer and shall not use it for any other purpose or customer.

7.2 Customer Data shall be processed and stored only in Provider's Shanghai monitoring centre and shall not be transferred outside mainland China. The Sensors are passive and shall have no write access to the OT network.

7.3 Provider shall protect Customer Data by encryption, multi-factor authentication for analysts, separation from other customers' data, logging of all access and an information security management system certified to ISO/IEC 27001, and shall comply with the Cybersecurity Law and the Data Security Law of the People's Republic of China.

7.4 Provider shall notify Customer within 12 hours of any security incident affecting Customer Data or the Sensors, shall cooperate in containing it, and shall be liable for the losses caused by any incident attributable to Provider.

7.5 On expiry or termination Provider shall return Customer Data in an agreed format and then securely delete it, and shall remove the Sensors.

7.6 Customer may, once in each Service Year and on thirty days' notice, audit Provider's compliance with this clause 7, itself or through an independent auditor bound by confidentiality.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including Customer's network design, production processes and vulnerabilities found by the Service, and shall use it only for the Agreement.

8.2 This clause survives for three years after the Agreement ends.

## 9. Intellectual Property

9.1 Provider keeps all rights in its monitoring platform, detection methods and Sensors.

9.2 Detection rules, asset inventories, network diagrams and reports prepared specifically for Customer belong to Customer, which may use, modify and share them with other service providers.

## 10. Liability

10.1 Provider's total liability under the Agreement is limited to 150% of the Total Charges.

10.2 The limit does not apply to breach of clauses 7 or 8 or to wilful misconduct or gross negligence.

10.3 Neither party is liable for indirect loss or loss of profits, except for breach of clauses 7 or 8.

## 11. Subcontracting

11.1 Provider may perform the Service through its Shanghai subsidiary, which is approved by Customer on signature. Any other subcontractor requires Customer's prior written consent.

## 12. Termination

12.1 Customer may terminate the Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after notice, or if Provider misses the availability level in clause 6.1 in three consecutive months.

12.2 Provider may terminate the Agreement if Customer fails to pay undisputed charges within sixty days after a reminder.

12.3 On expiry or termination, Provider shall remove the Sensors within fifteen days without damage to Customer's network and shall hand over the latest asset inventory and network diagrams.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the substantive laws of Switzerland.

13.2 All disputes shall be resolved by arbitration under the Swiss Rules of International Arbitration. The seat of arbitration is Zurich, Switzerland, and the language is English.

## 14. General

14.1 Changes to the Agreement must be in writing and signed by both parties.

14.2 The Schedules form part of the Agreement.

14.3 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to limit the effects.

14.4 Provider shall follow Customer's site safety rules when working at the plant, including the rules for work near dyeing machines, chemical stores and the wastewater treatment station.

14.5 The Agreement is made in English. A Chinese translation shall be provided for information.

## Schedule 1 - Service Description

Round-the-clock monitoring by analysts in Shanghai; passive asset discovery and inventory updates; threat detection for OT protocols used at the plant (Modbus TCP, PROFINET, OPC UA, S7); detection of configuration and logic changes; monthly report; quarterly review meeting on site.

## Schedule 2 - Priorities and Response Times

| Priority | Description | Response and notification | Remediation advice |
|---|---|---|---|
| P1 | Active attack, malware on OT network, unauthorised PLC logic change | 15 minutes, by telephone and portal | within 2 hours |
| P2 | Suspicious activity, new unknown device, loss of a Sensor | 1 hour, by portal and e-mail | within 8 hours |
| P3 | Policy violation, vulnerability notice | 1 business day | next monthly report |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time | 134,000 |
| Monthly Service Charge | per month, 36 months | 48,500 |
| Monthly Service Charges, total | 36 x 48,500 | 1,746,000 |
| Total Charges | | 1,880,000 |

Signed for Customer: ____________________ Name: Wang Lifang, General Manager

Signed for Provider: ____________________ Name: Urs Frehner, Chief Executive Officer
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
H342E05 = """API SUBSCRIPTION AGREEMENT - RESTAURANT LICENCE VERIFICATION

Agreement number: VV-API-CN-2025-118

THIS AGREEMENT is made between:

VINOVERA DATA s.r.o., a company registered in the Czech Republic, with its registered office at Namesti 22, 692 01 Mikulov, Czech Republic ("Vendor"); and

CHENGDU FENGWEI LOCAL DELIVERY TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China, with its registered office in the Gaoxin District, Chengdu, Sichuan Province ("Customer").

BACKGROUND

Customer operates a food-delivery platform on which restaurants and snack shops in Sichuan and Chongqing offer meals to consumers. Customer must check that each merchant holds a valid food business licence and business licence, and that the names, addresses and licence scopes match the merchant's listing. Vendor operates an API service that reads licence images, extracts the licence data, checks it against public registry sources and returns a structured result with a match score. At Customer's request all fees under this Agreement are stated and payable in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 "API" means Vendor's licence verification application programming interface described in the Schedule.

1.2 "Check" means one API call that submits one merchant's licence images and listing data and returns a result.

1.3 "Subscription Year" means each successive yearly period starting on the Service Start Date or its anniversary.

1.4 "Service Start Date" means the date on which Vendor issues production credentials after Integration Acceptance under clause 4.

1.5 "Customer Data" means licence images, merchant listing data and any other data submitted by Customer through the API, and the results returned for them.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API for two Subscription Years from the Service Start Date (the "Term"), up to 3,000,000 Checks in each Subscription Year.

2.2 Vendor shall provide a sandbox environment, technical documentation in Chinese and English, sample code and integration support by Vendor's engineers during onboarding.

2.3 Vendor may improve the API from time to time, provided that it gives Customer ninety days' notice of any change that is not backward compatible.

2.4 Vendor shall keep the sandbox available during the Term so that Customer can test changes to its integration.

2.5 Vendor shall deliver a monthly usage and quality report stating the number of Checks, the distribution of results and the proportion of results changed by Customer's manual reviewers.

3. FEES AND PAYMENT

3.1 The fees are set out in the Schedule. The Total Fees for the Term are CNY 714,000.

3.2 The Platform Fee is invoiced quarterly in advance in equal instalments of CNY 84,000, the first on the Service Start Date. The Onboarding Fee is invoiced after Integration Acceptance. Checks above the yearly allowance are invoiced quarterly in arrears.

3.3 No amount is payable before the Service Start Date. Customer shall pay each correct invoice within thirty days after receipt.

3.4 The fees are fixed for the Term. Vendor shall issue Chinese VAT invoices through its agent in Chengdu.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Vendor shall make the sandbox available within five business days after signature and shall support Customer's integration until Integration Acceptance.

4.2 Integration Acceptance tests shall show that, on a test set of 2,000 licences selected by Customer and including expired, altered and mismatched licences: (a) licence numbers, names, addresses, scopes and expiry dates are extracted correctly for at least 97.5% of legible licences; (b) every expired licence is flagged; (c) at least 95% of altered or mismatched licences are flagged for manual review; and (d) the API returns results for 95% of Checks within 3 seconds at a load of 50 Checks per second.

4.3 When the tests are passed, Customer shall confirm Integration Acceptance in writing and Vendor shall issue production credentials within two business days. Use of the sandbox does not mean acceptance.

4.4 If production credentials are not issued by 15 January 2026 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

4.5 If the Integration Acceptance tests fail, Vendor shall correct the cause and the tests shall be repeated within ten business days.

5. SERVICE LEVELS

5.1 Vendor shall make the production API available at least 99.95% of each calendar month, excluding maintenance announced forty-eight hours in advance and performed between 02:00 and 05:00 Beijing time.

5.2 Vendor shall respond to incidents reported by Customer within the following times: Priority 1 (the API is unavailable or returns errors for most Checks) - 1 hour, with updates every hour until restored; Priority 2 (degraded performance or errors for some licence types) - 3 business hours; Priority 3 (questions) - 2 business days.

5.3 If monthly availability is below the level in clause 5.1, Vendor shall credit Customer 5% of the Platform Fee for that quarter for each full 0.1 percentage point of shortfall, up to 50% of that quarter's Platform Fee. Credits are deducted from the next invoice.

5.4 Each quarter, Customer's merchant operations team may submit a sample of up to 500 completed Checks for joint review. Vendor shall correct any systematic extraction errors found within thirty days.

5.5 Vendor shall inform Customer promptly of any planned change to the public registry sources on which the API relies and of any loss of access to such a source.

6. CUSTOMER DATA

6.1 Customer Data remains the property of Customer. Vendor shall use Customer Data only to provide the API to Customer and shall not sell it, disclose it to others or use it to build products for other customers.

6.2 Customer is responsible for obtaining from merchants any consent needed to submit their licence images and listing data to the API.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of this Agreement, Customer's merchant lists and Vendor's extraction methods, and shall use it only for this Agreement.

7.2 This obligation continues for three years after the end of the Term.

8. INTELLECTUAL PROPERTY

8.1 Vendor keeps all rights in the API, its models and documentation.

8.2 The integration code, field mappings and review workflows developed for Customer during onboarding belong to Customer, which may use and modify them freely and give them to other service providers.

8.3 Vendor warrants that the API and its documentation do not infringe the rights of any third party and shall indemnify Customer against claims alleging such infringement.

9. LIABILITY

9.1 Vendor's total liability under this Agreement is limited to twice the Total Fees.

9.2 Neither party is liable for indirect or consequential loss.

9.3 The limit in clause 9.1 does not apply to claims under clause 8.3 or to wilful misconduct.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of the Service without Customer's prior written consent.

10.2 Vendor remains fully responsible for any work performed by a subcontractor approved by Customer.

11. TERM AND END OF AGREEMENT

11.1 This Agreement is entered into for the fixed Term and cannot be cancelled before the end of the Term by either party, except by written agreement of both parties.

11.2 If either party breaches this Agreement, the other party's remedies are the service credits under clause 5.3, the delay payments under clause 4.4 and damages under clause 9. Neither party may terminate this Agreement on account of a breach.

11.3 The Agreement ends at the end of the Term. It does not renew automatically.

11.4 At the end of the Agreement Vendor shall return Customer Data on request and then delete it.

12. FORCE MAJEURE

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control. The affected party shall notify the other party promptly and resume performance as soon as possible.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules then in force.

13.3 The arbitration shall be conducted in Chinese, with interpretation into English for Vendor's witnesses at Vendor's cost.

14. GENERAL

14.1 This Agreement is the entire agreement between the parties on its subject matter.

14.2 Amendments must be in writing and signed by both parties.

14.3 Notices shall be sent by e-mail and courier to the addresses above.

14.4 Neither party may assign this Agreement without the other party's prior written consent.

14.5 This Agreement is executed in English and Chinese; both versions are equally authentic.

SCHEDULE - API SERVICE AND FEES

A. API functions: submission of licence images (JPEG, PNG or PDF) and listing data; optical recognition of the Chinese food business licence and business licence; comparison with public registry sources where available; structured result with extracted fields, match score and reasons; web console for manual review of flagged results; usage reports.

B. Fees (CNY, inclusive of VAT):
Platform Fee per Subscription Year, including 3,000,000 Checks: 336,000
Platform Fees for the Term (two Subscription Years): 672,000
Onboarding Fee (one-time): 42,000
Total Fees: 714,000
Additional Checks above the yearly allowance: 0.08 per Check

C. Result codes: VERIFIED (licence valid and matching the listing); MISMATCH (licence valid but name, address or scope differs); EXPIRED; UNREADABLE; NOT FOUND IN REGISTRY; REVIEW (altered image suspected).

D. Support channels: 24-hour telephone line for Priority 1 incidents; e-mail and ticket portal for other incidents.

SIGNED for Vendor by: ____________________ Name: Tomas Novak, Jednatel (Managing Director)

SIGNED for Customer by: ____________________ Name: Liu Xiaoyu, Vice President, Merchant Operations
"""

# ================================================================ files, labels, checks
# key -> (file name, format); .docx/.pdf are built by ../word_pdf.py from the markup above, .txt/.md written as is.
FILES = {
    "h342z01": ("h342z01_city_parking_information_platform.pdf", "pdf"),
    "h342z02": ("h342z02_optical_glass_furnace_control_retrofit.docx", "docx"),
    "h342z03": ("h342z03_car_wash_chain_work_order_saas.txt", "txt"),
    "h342z04": ("h342z04_gov_service_portal_annual_om.txt", "txt"),
    "h342z05": ("h342z05_rice_wine_traceability_supplier_template.md", "md"),
    "h342e01": ("h342e01_tie_dye_pattern_software_perpetual_licences.pdf", "pdf"),
    "h342e02": ("h342e02_cableway_ticketing_saas_order_form.md", "md"),
    "h342e03": ("h342e03_jujube_orchard_irrigation_sensors.docx", "docx"),
    "h342e04": ("h342e04_dyeing_plant_managed_ot_monitoring.md", "md"),
    "h342e05": ("h342e05_restaurant_licence_check_api_subscription.txt", "txt"),
}
SOURCES = {"h342z01": H342Z01, "h342z02": H342Z02, "h342z03": H342Z03, "h342z04": H342Z04, "h342z05": H342Z05,
           "h342e01": H342E01, "h342e02": H342E02, "h342e03": H342E03, "h342e04": H342E04, "h342e05": H342E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped or None for
# service, acceptance_deemed_on_delivery, contract_value), internal (fee base, forum outside mainland), hand-listed rules
SPEC = {
    "h342z01": ("software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False,
                 "PRC", G],
                [True, True, True, False, 2378000], (1180000, False), []),
    "h342z02": ("hardware",
                [None, 0.25, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 28, False, True, False,
                 "PRC", G],
                [True, True, True, False, 2590000], (2110000, False),
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h342z03": ("cloud",
                [99.95, 0.5, True, "buyer", True, False, True, 0.1, 150, 284000 / 680000 * 100, True, None, None, None,
                 True, True, False, "PRC", S],
                [True, True, None, False, 680000], (None, False),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]),
    "h342z04": ("services",
                [99.5, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                 True, "PRC", S],
                [True, True, None, False, 1890000], (None, False),
                ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h342z05": ("software",
                [None, 8, False, "supplier", True, False, False, 0.02, 20, 65, False, False, 6, None, False, True, None,
                 None, G],
                [True, True, False, True, 900000], (360000, False),
                ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                 "CR-WARRANTY"]),
    "h342e01": ("software",
                [None, None, False, "buyer", True, True, True, None, 150, 20, True, True, 18, 11, False, True, False,
                 "PRC", G],
                [False, False, True, False, 620000], (532400, False),
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h342e02": ("cloud",
                [99.95, 0.5, False, "buyer", True, True, True, 900 / 910000 * 100, 6 / 36 * 100, None, True, None, None,
                 None, False, True, False, "PRC", S],
                [True, True, None, False, 910000], (None, False),
                ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h342e03": ("hardware",
                [None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 7, False, True, False, "PRC",
                 G],
                [True, True, True, False, 1940000], (1575600, False), []),
    "h342e04": ("services",
                [99.95, 0.25, True, "buyer", True, True, True, 1200 / 1880000 * 100, 150, None, True, None, None, None,
                 False, True, False, "Switzerland", S],
                [True, True, None, False, 1880000], (None, True), ["CR-GOVERNING-LAW"]),
    "h342e05": ("cloud",
                [99.95, 1, True, "buyer", False, True, True, 500 / 714000 * 100, 200, None, True, None, None, None,
                 False, False, False, "PRC", S],
                [True, True, None, False, 714000], (None, False), ["CR-DATA-SECURITY", "CR-TERMINATION"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def label(key):
    category, terms, extra, _, rules = SPEC[key]
    assert len(terms) == len(TERM_KEYS)
    t = dict(zip(TERM_KEYS, terms))
    sla, ld_stated, capped, deemed, value = extra
    e = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        assert capped is not None
        e["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return {"file": FILES[key][0], "language": "zh" if key[4] == "z" else "en", "category": category,
            "expected_terms": t, "expected_extra": e, "expected_rules": sorted(rules)}


def tco(key):
    """policy §4: horizon 5 years from acceptance; contract value + post-warranty fees (pro rata). None = n/a."""
    lab = label(key)
    t, e = lab["expected_terms"], lab["expected_extra"]
    base = SPEC[key][3][0]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    total = e["contract_value"] + fees
    return total, fees, fees / total * 100


def derive_rules(key):
    """The rules of policy.md §3 applied to my labels (my reading of the policy, not the code)."""
    lab = label(key)
    t, e = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(key)
        if x is not None and x[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or SPEC[key][3][1]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------- threshold scan
CN = "零〇一二三四五六七八九十百千两"
PCT = r"\s*(?:%|％|per\s*cent\b|percent\b)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![%s])" % CN],
    "P1 response 4 hours": [
        r"(?<![\d.])4\s*(?:个\s*)?(?:business\s+|working\s+)?(?:小时|钟头|hours?\b|hrs?\b|h\b)",
        r"(?<![%s])四\s*(?:个\s*)?(?:小时|钟头)" % CN,
        r"(?<![\w-])four(?:\s*\(4\))?[\s-]*(?:business\s+|working\s+)?hours?\b",
        r"(?<![\d.])240\s*(?:分钟|minutes?\b|mins?\b)", r"二百四十\s*分钟", r"\btwo\s+hundred\s+(?:and\s+)?forty\s+min"],
    "delay damages 0.05 %/day": [r"(?<![\d.])0\.05" + PCT, r"万分之五(?![%s])" % CN, r"(?<![\d.])0\.0005(?!\d)",
                                 r"千分之零点五"],
    "liability cap 100 %": [r"(?<![\d.])100" + PCT, r"百分之一?百(?![%s])" % CN,
                            r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30" + PCT, r"百分之三十(?![%s点])" % CN, r"(?<![%s])三成" % CN,
                        r"\bthirty\s+per\s*cent"],
    "payment / TCO share 40 %": [r"(?<![\d.])40" + PCT, r"百分之四十(?![%s点])" % CN, r"(?<![%s])四成" % CN,
                                 r"\bforty\s+per\s*cent"],
    "warranty 12 months / one year": [
        r"(?<![\d.])12\s*-?\s*(?:个\s*)?(?:月|months?\b)", r"(?<![%s])十二\s*个?\s*(?:自然)?月" % CN,
        r"\btwelve(?:\s*\(12\))?[\s-]*months?\b", r"(?<![\w-])one[\s-]+year", r"一年", r"(?<![\d.])1\s*-?\s*(?:年|years?\b)",
        r"\ba\s+year\b"],
    "post-warranty fee 15 %": [r"(?<![\d.])15" + PCT, r"百分之十五(?![%s点])" % CN, r"\bfifteen\s+per\s*cent"],
    "5 years / 60 months": [
        r"(?<![\d.])5\s*-?\s*(?:个\s*)?(?:年|years?\b)", r"(?<![%s])五\s*(?:个\s*)?年" % CN, r"\bfive[\s-]+years?\b",
        r"(?<![\d.])60\s*-?\s*(?:个\s*)?(?:月|months?\b)", r"(?<![%s])六十\s*个?\s*月" % CN, r"\bsixty[\s-]+months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}


def threshold_hits(text):
    hits = []
    for copy in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in COMPILED.items():
            for p in pats:
                for m in p.finditer(copy):
                    hits.append((name, m.group(0), copy[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    must_hit = ["99.9%", "可用率99.9 %", "九十九点九", "4小时", "4 hours", "4 business hours", "四小时", "四个小时",
                "four hours", "four (4) hours", "240分钟", "240 minutes", "0.05%", "0.05 per cent", "万分之五",
                "100%", "百分之百", "百分之一百", "30%", "百分之三十", "三成", "40%", "百分之四十", "forty per cent",
                "12个月", "十二个月", "12 months", "12-month", "twelve months", "one year", "one-year", "一年",
                "15%", "百分之十五", "5年", "五年", "5 years", "five years", "five-year", "60个月", "60 months",
                "六十个月", "sixty months", "1 year"]
    must_not = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "四十二个月",
                "2025年", "二〇二五年", "万分之五十", "130%", "1.5倍", "36 months", "二十五个月", "three years", "十五年",
                "150%", "0.105%", "14 hours", "48小时", "1.5 years", "2.5年", "0.055%", "34 hours", "服务年度",
                "Subscription Year", "three Subscription Years", "第十二条", "二十四个月", "18 months", "十八个月",
                "0.08%", "万分之八", "200%", "35%", "45%", "65%", "20%", "11%", "28%", "5%", "7%", "CNY 0.05 per check"]
    for s in must_hit:
        assert threshold_hits(s), "regex self-test: should hit: " + s
    for s in must_not:
        assert not threshold_hits(s), "regex self-test: should not hit: %s %s" % (s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def off_thresholds(key):
    t = label(key)["expected_terms"]
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
              ("post_warranty_fee_pct", 15)]
    for k, thr in checks:
        if t[k] is not None:
            assert abs(t[k] - thr) > 1e-6, (key, k, t[k])
    x = tco(key)
    if x is not None:
        assert abs(x[2] - 40) > 1e-6, (key, x)


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    for key, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(key), ensure_ascii=False, indent=1), encoding="utf-8")

    fired, problems = set(), []
    print("\n%-56s %-5s %-7s %s" % ("file", "len", "risk", "expected rules"))
    for key, (name, fmt) in FILES.items():
        text = read_back(OUT / name)
        zh = key[4] == "z"
        n = len(text) if zh else len(text.split())
        if zh and not 2800 <= n <= 3300 or not zh and not 1500 <= n <= 1700:
            problems.append("%s: length %d (%s)" % (name, n, "chars" if zh else "words"))
        for h in threshold_hits(text):
            problems.append("%s: threshold figure %r in %r" % (name, h[1], h[2]))
        off_thresholds(key)
        hand = sorted(SPEC[key][4])
        derived = derive_rules(key)
        if hand != derived:
            problems.append("%s: hand-listed rules %s != derived %s" % (name, hand, derived))
        fired |= set(hand)
        x = tco(key)
        print("%-56s %-5d %-7s %s%s" % (name, n, risk(hand), ", ".join(r[3:] for r in hand) or "(none)",
                                       "" if x is None else "   [TCO %.0f, post-warranty share %.2f %%]" % (x[0], x[2])))
    counts = sorted(len(SPEC[k][4]) for k in FILES)
    mix = (counts.count(0), sum(1 for k in FILES if SPEC[k][4] == ["CR-GOVERNING-LAW"]),
           sum(1 for c in counts if 2 <= c <= 3), len(SPEC["h342z05"][4]))
    if mix[:3] != (2, 1, 6) or mix[3] < 8:
        problems.append("mix is %s" % (mix,))
    missing = set(SEVERITY) - fired
    if missing:
        problems.append("rules that never fire: %s" % sorted(missing))
    print("\nrules fired across the set: %d of %d" % (len(fired), len(SEVERITY)))
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
