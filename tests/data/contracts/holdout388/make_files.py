"""holdout388: ten ordinary draft contracts (5 zh, 5 en), written blind from policy.md / API.md.

Writes every contract and its sidecar label, reads each built file back, asserts the text-length ranges, scans the
texts for threshold figures, checks the derived labels are off every threshold, and asserts that every one of the 20
CR rules of policy.md is expected at least once. Run from this folder:
    /work/main/.venv/bin/python -B make_files.py
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H388Z01 = """T:医疗废物全过程监管平台建设项目合同
P:合同编号：WJ-ZFCG-2025-0417
P:采购人（甲方）：汾川市卫生健康委员会
P:供应商（乙方）：青衡数智科技有限公司
P:鉴于甲方以公开招标方式采购“汾川市医疗废物全过程监管平台建设项目”（项目编号FCZC2025-GK-0093），乙方为中标供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设覆盖全市医疗机构、收集转运单位和集中处置单位的医疗废物监管平台，实现产生、分类、交接、暂存、转运、处置各环节的电子联单和全过程追溯。
P:1.2 主要交付内容：监管平台软件许可（含永久使用授权）；收集转运、处置追溯、超时预警、监管驾驶舱四个定制模块；智能称重扫码终端60台；与省固体废物管理信息系统的数据接口；部署、培训及技术文档。
P:1.3 合同价款明细如下（人民币，含税）：
P:（1）监管平台软件许可：720,000元；
P:（2）定制开发（四个模块及省级接口）：1,046,000元；
P:（3）智能称重扫码终端：60台×6,800元＝408,000元；
P:（4）部署实施及培训：126,000元。
P:合同总价为人民币贰佰叁拾万元整（2,300,000元），其中软件许可及终端设备小计1,128,000元。本合同为固定总价，除甲方书面变更需求外不作调整。
H:第二条 工期
P:2.1 乙方应在合同签订之日起90日内完成部署并提交初验申请，150日内完成试运行并申请终验。
P:2.2 终端设备应在合同签订后45日内送达甲方指定的医疗机构，并逐台登记设备序列号。
H:第三条 付款
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的发票支付合同总价的20%，即460,000元。
P:3.2 平台初验合格后15个工作日内，支付合同总价的45%，即1,035,000元。
P:3.3 平台终验合格后15个工作日内，支付合同总价的35%，即805,000元。
P:3.4 甲方付款以财政资金到位为前提，乙方应在每次付款前开具合法有效的增值税发票。
H:第四条 验收
P:4.1 初验：乙方完成部署后，甲方组织对功能清单逐项测试，要求电子联单全流程贯通、称重数据自动上传误差不超过0.5%、与省级系统数据交换连续10日无差错。
P:4.2 终验：初验合格后试运行60日，期间未发生一级故障，且抽查不少于20家医疗机构的联单数据与纸质台账一致，由甲方组织专家评审并出具书面终验报告。
P:4.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第五条 服务水平
P:5.1 平台年度可用率不低于99.95%，计划内维护应提前3个工作日书面通知甲方并安排在夜间进行。
P:5.2 故障分级：一级故障指平台整体不可用或联单无法生成，乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:5.3 一级故障响应每超时1小时，乙方向甲方支付1,000元；可用率每低于承诺值0.01个百分点，扣减当年维保费用或质量保证金2,000元。
H:第六条 质量保证及维保
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和终端设备保修。
P:6.2 质保期满后，如甲方需要，乙方提供年度维保服务，年维保费不超过软件许可及终端设备小计的8%，即不超过90,240元，且在质保期满后两个维保年度内不上调。
H:第七条 数据安全
P:7.1 平台采集的医疗废物产生、转运、处置数据以及医疗机构信息，均属于甲方所有。乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:7.2 平台部署于甲方政务云，乙方应按照网络安全等级保护第三级要求落实访问控制、加密传输、日志审计等安全措施，运维操作须经甲方审批并通过堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、医疗机构信息及系统配置负有保密义务，未经甲方书面同意不得披露，本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 定制开发的模块、省级接口程序及其源代码、技术文档的知识产权归甲方所有，乙方应在终验时完整移交。
P:9.2 平台基础软件的知识产权仍属乙方，乙方授予甲方永久、免费的使用权，甲方可为监管工作需要自行或委托第三方修改定制部分。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的终端设备不符合合同约定的，应在10日内免费更换。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将合同义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或严重违约经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方承担违约责任。
H:第十三条 适用法律及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有同类项目经验的项目经理一名，负责进度、质量和沟通协调，未经甲方同意不得更换。乙方项目组核心成员名单见投标文件，更换人员的资历不得低于原人员。
P:14.2 乙方应每两周向甲方提交项目进度报告，说明已完成工作、存在问题及下一阶段计划；甲方有权对各医疗机构的终端安装情况进行抽查。
P:14.3 乙方应对甲方、各医疗机构及收集转运、处置单位的操作人员开展分级培训，培训不少于12场，并提供操作手册和教学视频。
P:14.4 乙方应在平台上线前完成与省固体废物管理信息系统的联调，并协助甲方向上级主管部门报送平台建设情况。平台运行中发现的联单异常、超时未转运等预警信息，乙方应协助甲方建立处置流程并固化到系统中，使预警、派单、办结形成闭环。
H:第十五条 不可抗力
P:15.1 因地震、洪水、重大公共卫生事件等不可抗力导致不能按期履行的，受影响一方应在3日内书面通知对方，并在15日内提供证明；双方可根据影响程度协商顺延工期。
H:第十六条 廉洁条款
P:16.1 乙方不得向甲方工作人员提供礼金、礼品、宴请或其他任何形式的不正当利益。违反本条的，甲方有权解除合同，并按政府采购有关规定处理。
H:第十七条 其他
P:17.1 招标文件、投标文件及澄清材料是本合同的组成部分。本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：汾川市卫生健康委员会    法定代表人或授权代表：__________
P:乙方（盖章）：青衡数智科技有限公司    法定代表人或授权代表：__________
P:签订日期：2025年____月____日
"""

H388Z02 = """T:岩棉生产线控制系统改造合同
P:合同编号：HY-JG-2025-062
P:甲方：鹤岩保温材料有限公司
P:乙方：澄川工业自动化工程有限公司
P:甲方二号岩棉生产线现有控制系统运行多年，备件停产、故障频发。经比选，甲方委托乙方对熔制、成纤、集棉、固化及切割工段的控制系统进行改造。双方经协商，订立本合同。
H:一、改造范围
P:（一）更换熔制工段冲天炉及成纤离心机的PLC控制系统，改造固化炉温区控制回路，新增集棉摆锤与切割线的联动控制。
P:（二）更换主要变频器、温度压力仪表及工业以太网交换机，部署上位机监控软件并完成组态。
P:（三）完成全线联调、操作人员培训，并交付竣工图纸、组态程序和操作维护手册。
H:二、合同价款
P:（一）合同价款明细见下表（人民币元，含税）：
TB:序号|名称|数量|单价|金额
TB:1|PLC控制器及I/O模块|6套|81,000|486,000
TB:2|变频器|24台|13,000|312,000
TB:3|温度、压力及流量仪表|1批|258,000|258,000
TB:4|工控机及上位机监控软件许可|4套|43,500|174,000
TB:5|工业以太网交换机|8台|12,000|96,000
TB:|软硬件小计|||1,326,000
TB:6|编程组态及联调|1项|168,000|168,000
TB:7|安装及布线|1项|86,000|86,000
TB:|合同总价|||1,580,000
P:（二）合同总价为人民币壹佰伍拾捌万元整，为固定价格。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即158,000元。
P:（二）设备全部到货并经甲方清点签收后，支付合同总价的55%，即869,000元。到货签收仅确认数量，不代表质量验收。
P:（三）系统终验合格后15个工作日内，支付合同总价的35%，即553,000元。
H:四、工期
P:（一）乙方应在合同生效后60日内完成设备到货，改造施工安排在甲方年度停炉检修期内，停炉时间不超过18日。
P:（二）停炉检修结束后，乙方应保证生产线按计划点火复产。
H:五、验收
P:（一）验收标准：控制点位逐点核对无误；固化炉各温区控制偏差不超过±3℃；离心机转速控制稳定；全线连续带料运行72小时无停机故障；上位机画面刷新不超过2秒。
P:（二）满足上述标准后，双方签署终验报告。设备安装、调试或投入生产均不视为终验合格。
H:六、质量保证与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内软硬件故障由乙方免费维修或更换。
P:（二）故障分级及响应：一级故障指导致生产线停机的故障，乙方应在30分钟内远程响应，2小时内派工程师到场；二级故障应在2小时内响应，次日到场。
P:（三）一级故障响应或到场每超时1小时，乙方向甲方支付违约金2,000元。
P:（四）质保期满后，乙方提供维保服务（含一名驻场工程师、备品备件和年度巡检），年度维保费为软硬件小计的26%，即344,760元/年，维保期间不上调。
H:七、数据安全与保密
P:（一）生产工艺参数、配方及运行数据均属于甲方所有，乙方不得复制或用于本合同以外的任何目的。
P:（二）乙方远程接入须经甲方审批并通过甲方指定的安全网关，不得在控制网络中接入未经检测的设备；因乙方原因导致数据泄露、病毒传播或生产事故的，乙方承担全部赔偿责任，并应在2小时内报告甲方。
P:（三）双方对在合作中知悉的对方商业秘密和技术资料负有保密义务，保密期限至合同终止后三年。
H:八、知识产权
P:（一）本项目编写的PLC程序、上位机组态程序、竣工图纸和文档的知识产权归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）上位机软件产品本身的著作权属原厂商，甲方取得永久使用许可。
H:九、违约责任
P:（一）乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）因乙方原因延长停炉时间的，乙方还应赔偿甲方的直接停产损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的2倍为限，但故意或重大过失造成的损失除外。
H:十、分包
P:（一）安装布线工作经甲方书面同意后可分包给具有相应资质的单位，乙方对分包单位的工作承担全部责任；其余工作不得分包。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、施工管理与安全
P:（一）乙方应在进场前提交施工组织方案和停炉检修期间的分工表，经甲方生产部门确认后实施。方案应包括旧控制柜拆除、电缆敷设、新设备安装、点位核对和分段调试的时间安排。
P:（二）乙方施工人员应遵守甲方的安全生产管理制度，高处作业、动火作业和进入冲天炉区域作业须办理作业票。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
P:（三）改造期间拆除的旧设备归甲方所有，乙方应按甲方指定地点分类堆放，不得自行处置。
P:（四）乙方应在改造前对原控制系统程序和参数进行完整备份，并在改造完成后将新旧程序对照表一并移交甲方。
H:十四、培训与资料
P:（一）乙方应在联调期间对甲方操作工、电气维修人员和工艺人员分别进行培训，培训内容包括上位机操作、报警处理、常见故障判断和备件更换，总课时不少于32课时。
P:（二）乙方应在终验前交付竣工图纸、I/O点表、组态程序备份、设备说明书、合格证和操作维护手册各一套，电子版与纸质版内容一致。
H:十五、备品备件与技术服务
P:（一）乙方应随设备一并提供首批备品备件，包括PLC通讯模块2块、I/O模块各类型1块、变频器控制板2块和常用仪表各1台，备件清单作为本合同附件。
P:（二）乙方承诺所供PLC、变频器和仪表在终验后不少于八年内可获得同型号或兼容型号的备件供应；停产的，应提前书面通知甲方并提供替代方案。
P:（三）质保期内乙方每季度对控制系统进行一次巡检，检查接地、通讯、UPS电源、控制柜温度和程序备份情况，并出具巡检报告。
P:（四）改造后首次点火复产期间，乙方应派不少于两名工程师驻厂值守七日，协助甲方调整工艺参数，直至生产线稳定运行。
H:十六、不可抗力
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商顺延履行期限或解除合同，互不承担违约责任。
H:十七、通知
P:（一）本合同项下的通知应以书面形式送达合同首部载明的地址，或发送至双方项目负责人的电子邮箱。一方地址或联系人变更的，应在变更后3日内书面通知对方，否则按原地址送达即视为送达。
P:（二）甲方生产部负责人为本合同的现场联系人，负责停炉期间的施工协调和验收组织。
H:十八、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：鹤岩保温材料有限公司    代表：__________
P:乙方（盖章）：澄川工业自动化工程有限公司    代表：__________
"""

H388Z03 = """悦滑轮滑馆连锁门店预约及储值管理系统服务合同

合同编号：YH-IT-2025-018
甲方：悦滑体育文化发展有限公司（连锁轮滑馆经营方，下设20家门店）
乙方：云屐软件科技有限公司
签订地点：杭州市西湖区

甲方拟为旗下20家轮滑馆统一上线场次预约、会员储值、课程排班和收银核销系统。乙方提供“云屐场馆”SaaS平台及实施服务。双方经友好协商，签订本合同。

第一条 服务内容
（1）乙方向甲方20家门店开通“云屐场馆”平台的预约、储值卡、次卡、课程排班、教练管理、收银核销及经营报表功能，并提供微信小程序端。
（2）乙方负责实施：门店及场地参数配置、会员档案及储值余额迁移、与甲方现有收银机和闸机的对接、店长及前台培训。
（3）服务期为三个服务年度，自全部门店上线验收合格之日起计算。

第二条 费用
（1）平台服务费：每家门店每服务年度9,600元，20家门店合计每服务年度192,000元，三个服务年度合计576,000元。
（2）一次性实施费：88,000元；培训费：16,000元。
（3）合同总价：人民币680,000元（含税）。门店数量增加的，按同一单价另行结算。

第三条 付款方式
（1）实施费和培训费在全部门店上线验收合格后15个工作日内一次支付。
（2）平台服务费按季度结算，每季度结束后乙方提交服务报告及发票，甲方在10个工作日内支付该季度服务费48,000元。
（3）甲方不向乙方支付任何预付款。

第四条 上线与验收
（1）乙方应在合同签订后45日内完成全部门店上线。
（2）验收标准：会员档案和储值余额迁移逐户核对一致；预约、核销、退款流程在每家门店实测通过；小程序在高峰时段500人并发下页面响应不超过2秒；闸机核验成功率达到约定指标。
（3）双方据此签署上线验收单。门店试用或开始营业使用，不视为验收合格。

第五条 服务水平
（1）平台月度可用率不低于99.5%。
（2）一级故障（全部或多家门店无法预约、核销或收银）乙方应在30分钟内响应，3小时内恢复；二级故障（单店或单项功能异常）2小时内响应，次日内解决。
（3）月度可用率未达承诺的，按当月服务费的5%减免；一级故障响应每超时1小时，乙方向甲方支付500元。

第六条 会员数据及数据安全
（1）会员信息、储值及消费记录、预约数据属于甲方所有，乙方只能为提供本合同服务而处理，不得用于其他目的。
（2）乙方应对数据加密存储和传输，实行最小权限访问和操作日志留存，平台应通过网络安全等级保护第二级测评。
（3）发生数据泄露或储值数据错误的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方负责赔偿甲方及会员的全部损失。
（4）合同终止后30日内，乙方应将全部数据以通用格式交还甲方，并删除平台上的甲方数据。

第七条 保密
（1）双方对在合作中获知的对方经营信息、会员信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

第八条 知识产权
（1）平台软件的知识产权属于乙方。
（2）为甲方定制的报表、门店配置方案、与收银机和闸机的对接程序及相关文档，知识产权归甲方所有，甲方可自行修改或交由第三方使用。

第九条 续期
（1）服务期满前30日内任何一方未书面提出终止的，本合同自动续期一个服务年度，以此类推。
（2）续期时，乙方有权按其届时公布的标准价格调整平台服务费，甲方继续使用即视为接受调整后的价格。

第十条 违约责任
（1）乙方逾期完成上线的，每逾期一日向甲方支付违约金500元。
（2）乙方对本合同项下的赔偿责任总额以合同总价的1.5倍为限，但数据泄露造成的损失不受此限。

第十一条 分包与转让
（1）未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包或转让给第三方。

第十二条 合同解除
（1）一方严重违约，经对方书面催告后15日内未纠正的，守约方有权解除合同。
（2）平台连续两个月可用率未达承诺的，甲方有权解除合同，乙方应退还未履行期间的服务费。

第十三条 法律适用及争议解决
（1）本合同适用中华人民共和国法律。
（2）争议协商不成的，任何一方可向杭州仲裁委员会申请仲裁。

第十四条 储值业务及门店运营配合
（1）会员储值资金由甲方自行收取并存入甲方账户，乙方平台仅记录储值余额和消费流水，不经手、不沉淀任何资金。
（2）平台应支持按门店、按卡种、按日期导出储值余额、消费和退款明细，便于甲方财务对账和向主管部门报送预付卡相关数据。
（3）乙方应在每个季度的服务报告中列明平台可用率、故障清单及处理情况、功能更新内容和门店使用培训记录。
（4）平台功能升级可能影响门店操作的，乙方应提前7日通知甲方，并安排在闭馆时段进行；升级后发现问题的，乙方应立即回退或修复。
（5）甲方新开门店的，乙方应在接到书面通知后10日内完成开通、配置和培训。

第十五条 系统对接与数据迁移
（1）乙方应在实施开始前对甲方现有会员系统进行调研，编制数据迁移方案，明确会员档案、储值余额、次卡剩余次数、课程包和积分的迁移规则。
（2）数据迁移应在门店闭馆后进行，迁移前双方共同冻结原系统并导出余额清单，迁移后逐店核对，差异清单由乙方逐条查明原因并更正。
（3）乙方负责与甲方现有收银机、闸机和电子发票系统的对接，对接所需的接口文档由甲方协调原厂商提供；原厂商收取的接口费用由甲方承担。
（4）甲方的小程序以甲方主体名义注册，乙方仅作为第三方开发服务商接入，服务终止后小程序及其关注用户仍由甲方所有和使用。

第十六条 人员与培训
（1）乙方应指定项目经理一名和专属客户成功经理一名，负责实施及服务期内的日常对接。
（2）乙方应为每家门店的店长、前台和教练提供上线培训，并在服务期内每个季度组织一次线上复训，解答新员工的操作问题。
（3）乙方提供工作日及周末、节假日的客服热线，服务时间为每日8:00至22:00，覆盖全部门店营业时间。

第十七条 不可抗力
（1）因不可抗力导致任何一方不能履行合同的，应及时通知对方并提供证明，受影响部分可以免责，但因乙方未落实数据备份导致的数据丢失不属于不可抗力。

第十八条 通知
（1）本合同项下的通知应以书面形式送达合同首部载明的地址，或发送至双方项目负责人的电子邮箱。一方地址或联系人变更的，应在变更后3日内书面通知对方，否则按原地址送达即视为送达。
（2）甲方总部运营部为本合同的对口部门，门店提出的需求应经运营部汇总确认后提交乙方，乙方不直接接受单个门店提出的付费需求。
（3）涉及平台故障的紧急通知，可通过双方约定的工作群或电话先行告知，事后补发书面通知。

第十九条 其他
（1）本合同附件包括：门店清单、功能清单、对接接口说明。
（2）本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：悦滑体育文化发展有限公司    授权代表：__________
乙方（盖章）：云屐软件科技有限公司        授权代表：__________
日期：2025年____月____日
"""

H388Z04 = """政府采购合同
（竞争性磋商）

项目名称：公共自行车调度管理系统年度运行维护服务
项目编号：LXCG-2025-CS-0216
采购人（甲方）：临溪市公共自行车服务中心
供应商（乙方）：锦道信息技术服务有限公司

根据临溪市公共自行车调度管理系统年度运行维护服务项目竞争性磋商的结果，乙方为成交供应商。双方依照《中华人民共和国政府采购法》及磋商文件、响应文件，签订本合同。

1. 服务范围
1.1 乙方负责临溪市公共自行车调度管理系统的运行维护，包括调度管理平台、车辆定位服务、站点智能锁桩通信网关、市民扫码租车接口及运营数据库。
1.2 全市站点486个、锁桩9,720个、调度车辆38台的通信与数据对接，均属本合同维护范围。
1.3 服务期自2025年7月1日起至2026年6月30日止。

2. 服务内容
2.1 日常巡检：每日检查平台运行、接口调用和数据库状态，每周出具巡检记录。
2.2 故障处理：接到甲方报障后，乙方应及时响应，尽快排除故障，恢复系统运行。
2.3 数据备份：每日增量备份，每周全量备份，每季度进行一次恢复演练。
2.4 调度优化：根据潮汐借还数据，每季度调整一次车辆调度参数，并提交分析报告。
2.5 配合工作：配合甲方完成新建站点接入、市民服务热线工单处理及节假日保障。
2.6 乙方应安排不少于3名专职运维人员，其中1名常驻甲方调度中心。

3. 合同金额
3.1 本合同总金额为人民币肆拾陆万捌仟元整（468,000元），含人员、工具、差旅及税费等全部费用。
3.2 合同金额为固定价格，服务期内不作调整。

4. 付款方式
4.1 服务费按季度支付，每季度117,000元。
4.2 每季度结束后，乙方提交季度运维报告，经甲方确认后15个工作日内支付该季度费用。
4.3 甲方不支付预付款。

5. 考核与验收
5.1 季度确认：季度运维报告应包括巡检记录、故障处理记录、备份及恢复演练记录和调度参数调整说明，甲方逐项核对后签署确认意见。
5.2 年度验收：服务期满前15日，甲方组织验收，验收标准为巡检和备份记录完整、恢复演练全部成功、年度问题清单全部闭环、运维文档和账号密码完整移交。
5.3 验收不合格的，乙方应在10日内整改；整改后仍不合格的，甲方可依照第12条处理。

6. 乙方人员
6.1 乙方驻场人员应遵守甲方的工作制度，更换人员须提前告知甲方并做好交接。
6.2 乙方人员在甲方场所发生的人身伤害由乙方自行负责。

7. 数据安全
7.1 系统中的市民注册信息、骑行记录、站点和车辆数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的用途。
7.2 乙方运维操作应使用甲方分配的账号，通过堡垒机进行，操作日志保存不少于六个月；不得在生产环境中使用未经甲方批准的工具。
7.3 发生数据泄露、丢失或被篡改的，乙方应在2小时内报告甲方并配合调查；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

8. 保密
8.1 乙方及其人员对在服务中接触的甲方信息负有保密义务，未经甲方书面同意不得对外披露。本义务不因合同终止而解除。

9. 知识产权
9.1 乙方在服务期内编写的运维脚本、调度参数方案、分析报告及运维文档，知识产权归甲方所有。

10. 分包
10.1 乙方不得将本合同服务转包，也不得分包。

11. 违约责任
11.1 乙方未按合同约定提供服务的，甲方有权要求其限期改正。
11.2 乙方违约给甲方造成损失的，应当依法赔偿。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。

13. 适用法律和争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

14. 运维人员要求
14.1 乙方驻场人员应具备数据库、网络和Linux系统的运维经验，其中至少1人持有相关专业资格证书，人员名单及证书复印件在合同签订后5日内报甲方备案。
14.2 驻场人员的工作时间为每日8:30至17:30，节假日及大型活动期间按甲方要求安排值守，相关费用已包含在合同金额中。
14.3 乙方应建立运维工作台账，记录每次巡检、变更、故障处理和备份的时间、内容、人员和结果，台账作为季度确认和年度验收的依据。

14.4 乙方应为驻场人员配备必要的办公电脑和检测工具，不得使用甲方设备存储与本项目无关的内容。

15. 重点保障
15.1 每年春节、清明、劳动节、国庆节等节假日及城市大型活动期间，乙方应提前制定保障方案，增派人员现场值守，并在保障期间每日向甲方报告系统运行情况。
15.2 遇台风、暴雨等恶劣天气，乙方应配合甲方做好站点通信设备的检查和恢复，并在天气好转后组织全面巡检。
15.3 乙方应根据骑行数据，每季度向甲方提交一份站点车辆供需分析，包括潮汐站点排名、调度车辆利用率和建议调整的站点清单，供甲方制定调度计划参考。

16. 变更管理
16.1 涉及生产环境的配置修改、程序更新和数据库操作，乙方应提前提交变更申请，说明变更内容、影响范围和回退方案，经甲方批准后在夜间或低峰时段实施。
16.2 紧急情况下可先行处置，但应在当日补办变更手续并向甲方书面说明。

17. 服务期满交接
17.1 服务期满或合同解除时，乙方应向甲方或甲方指定的单位完整移交系统账号、密码、运维文档、脚本和台账，并配合新的服务单位完成不少于10个工作日的交接。
17.2 交接完成前，乙方不得删除或修改系统中的任何数据和配置。

18. 不可抗力
18.1 因自然灾害、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应及时通知对方并在合理期限内提供证明，双方根据影响程度部分或全部免除责任。

19. 通知
19.1 本合同项下的通知应以书面形式送达合同首部载明的地址，或发送至双方项目负责人的电子邮箱。一方地址或联系人变更的，应在变更后3日内书面通知对方，否则按原地址送达即视为送达。
19.2 故障报修可通过电话、工单系统或即时通讯工具提出，乙方应记录报修时间和处理过程，并在季度运维报告中汇总。

20. 廉洁自律
20.1 乙方及其人员不得向甲方工作人员赠送礼金、礼品、有价证券，不得安排宴请、旅游或提供其他不正当利益。乙方发现甲方工作人员有索取利益行为的，可向甲方纪检部门反映。违反本条的，甲方有权将乙方列入不良行为记录，并依照政府采购有关规定处理。

21. 其他
21.1 磋商文件、响应文件、磋商过程中的书面承诺均为本合同的组成部分。
21.2 本合同未尽事宜，双方另行签订补充协议。补充协议与本合同具有同等效力。
21.3 本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份。

甲方（盖章）：临溪市公共自行车服务中心
法定代表人或委托代理人：__________

乙方（盖章）：锦道信息技术服务有限公司
法定代表人或委托代理人：__________

签订日期：2025年6月____日
"""

H388Z05 = """# 企业管理软件销售及定制开发合同

**（禾丰软件标准合同文本 2025版）**

合同编号：HF-XS-2025-0331

甲方（买方）：香畈小磨芝麻油有限公司

乙方（卖方）：禾丰管理软件股份有限公司

甲方拟引进ERP管理系统，用于芝麻原料采购、小磨香油生产、仓储和经销商管理。乙方为专业ERP软件厂商。双方经协商一致，依照乙方标准合同文本签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方销售“禾丰ERP 8.0”软件使用许可（50个并发用户），模块包括采购、库存、生产、销售、财务和成本。

1.2 乙方为甲方定制开发以下功能：芝麻原料入厂质检及批次管理、小磨香油生产批次追溯、经销商返利核算、电子秤及灌装线数据采集接口。

1.3 乙方提供实施、期初数据导入和用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 禾丰ERP 8.0 软件许可（50用户） | 360,000 |
| 2 | 定制开发（四项功能） | 420,000 |
| 3 | 实施及期初数据导入 | 96,000 |
| 4 | 用户培训 | 24,000 |
| | 合计 | 900,000 |

2.1 合同总价为人民币玖拾万元整（900,000元），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方预付合同总价的60%，即540,000元，乙方收到预付款后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即315,000元。

3.3 系统上线满三个月后，甲方支付剩余5%，即45,000元。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第四条 实施周期与验收

4.1 乙方计划在收到预付款后120日内完成实施并上线，具体以双方确认的实施计划为准。

4.2 系统上线运行即视为甲方验收合格。甲方在上线后7日内未提出书面异议的，乙方交付的全部成果视为符合合同要求。

## 第五条 知识产权

5.1 禾丰ERP软件及乙方为本项目开发的全部定制功能、接口程序、源代码和文档，知识产权均归乙方所有。

5.2 甲方在许可范围内对上述成果享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订维护合同，年度维护费按乙方当年公布的价格标准执行。

## 第七条 技术支持

7.1 故障分为一级（系统无法登录或无法开单）、二级（单个模块异常）和三级（咨询类问题）。

7.2 一级故障乙方在8小时内响应，二级故障在2个工作日内响应，三级故障在5个工作日内答复。

7.3 上述时限为乙方的服务目标，乙方不因响应或修复超时承担任何扣款、赔偿或违约金。

## 第八条 数据

8.1 甲方业务数据归甲方所有。乙方在实施和维护过程中应采取必要的安全措施，对接触的数据进行访问控制和操作记录，不得泄露；因乙方原因导致甲方数据泄露的，乙方承担相应赔偿责任。

8.2 甲方同意，乙方可将甲方业务数据脱敏处理后，用于乙方产品改进、行业分析及食用油行业解决方案的研发。

## 第九条 保密

9.1 双方对本合同内容及在履约过程中知悉的对方商业秘密负有保密义务，保密期限为合同终止后两年。

## 第十条 违约责任

10.1 因乙方原因导致系统逾期上线的，每逾期一日，乙方按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的全部赔偿责任，累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失或数据损失。

## 第十一条 分包

11.1 乙方可根据项目需要，将部分开发、实施或数据导入工作委托给乙方的合作伙伴完成，无需另行取得甲方同意。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面催告后30日内仍未纠正的，对方有权解除本合同。

12.2 因甲方原因解除合同的，已支付款项不予退还。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地（郑州市金水区）人民法院诉讼解决。

## 第十四条 甲方的配合义务

14.1 甲方应指定项目负责人，按实施计划及时提供业务资料、期初数据、工作场地和网络环境，并组织关键用户参与需求确认和系统测试。

14.2 因甲方未及时提供资料、确认需求或调整业务流程导致工期延误的，工期相应顺延，乙方不承担任何责任。

14.3 甲方在实施过程中提出需求变更的，乙方有权另行报价，变更费用由甲方承担，工期相应调整。

14.4 甲方应自行负责服务器、数据库、操作系统及网络设备的采购和维护，并保证其满足乙方提出的配置要求。

14.5 甲方应妥善保管系统账号和密码，因甲方人员操作不当、擅自修改数据库或感染病毒造成的数据错误和损失，由甲方自行承担。

14.6 甲方应在系统上线前完成期初库存盘点、芝麻原料批次和成品批次编码规则的确认，并对导入的期初数据的准确性负责。

## 第十五条 培训与资料

15.1 乙方为甲方关键用户提供集中培训，培训人数不超过20人，超出部分按乙方标准另行收费。

15.2 乙方交付《用户操作手册》电子版一份。定制功能的设计文档和源代码不属于交付范围。

15.3 上线后乙方提供为期两周的现场支持，此后以电话、远程方式提供支持。甲方要求乙方人员到现场的，差旅费用由甲方另行承担，按乙方差旅标准结算。

15.4 乙方有权根据产品规划对禾丰ERP进行版本升级和功能调整，升级后的新功能模块是否向甲方提供，由乙方决定。

## 第十六条 不可抗力

16.1 因不可抗力、网络运营商故障、第三方软件缺陷或政策变化导致合同不能履行的，乙方不承担责任。

## 第十七条 通知

17.1 本合同项下的通知应以书面形式送达合同首部载明的地址，或发送至双方项目负责人的电子邮箱。一方地址或联系人变更的，应在变更后3日内书面通知对方，否则按原地址送达即视为送达。

17.2 乙方对甲方的书面通知，以电子邮件发出之时视为送达。

17.3 甲方提出的故障报告和服务请求应通过乙方客户服务平台提交，以平台记录的时间为准。

## 第十八条 其他

18.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

18.2 本合同附件为《功能清单》和《实施计划》，附件与本合同具有同等效力。

甲方（盖章）：香畈小磨芝麻油有限公司　　代表：__________

乙方（盖章）：禾丰管理软件股份有限公司　　代表：__________

日期：2025年____月____日
"""

H388E01 = """T:Software Licence and Services Contract - Bamboo Pattern Archive System
P:Contract No. ZQ-SW-2025-07
P:This Contract is made between Yixing Zhuquan Bamboo Carving Studio Co., Ltd., a company established in Yixing, Jiangsu Province, People's Republic of China (the "Buyer"), and Nile Scribe Software S.A.E., a company established in Asyut, Arab Republic of Egypt (the "Vendor").
P:Background. The Buyer holds a collection of several thousand bamboo-carving patterns, ink rubbings and workshop drawings built up by three generations of carvers. It wishes to keep them in a searchable digital archive that its designers can use when preparing new pieces. The Vendor publishes the Nile Scribe pattern-archive software used by museums and craft workshops and has offered to license it and to carry out the digitisation and installation work described below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Nile Scribe Archive Server, the Designer Workstation client and the Image Recognition Module, in object code, together with their user documentation.
P:1.2 "Archive Data" means all images, rubbings, drawings, descriptions, metadata and records entered into or generated by the Licensed Software for the Buyer.
P:1.3 "Deliverables" means the metadata schema, the migration scripts, the configuration of the Licensed Software, the search templates and every document prepared by the Vendor specifically for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance tests have been passed.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licences set out in Article 3 and shall install and configure the Licensed Software on the Buyer's server in Yixing.
P:2.2 The Vendor shall digitise 3,200 rubbings and drawings at 600 dpi, record their metadata under the agreed schema, and migrate the Buyer's existing spreadsheet catalogue of about 5,800 entries.
P:2.3 The Vendor shall train eight of the Buyer's designers and two administrators, in Chinese or with a Chinese interpreter provided at the Vendor's cost.
H:Article 3 Licences and Price
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software for its own business, on one production server, one standby server and fourteen workstations.
P:3.2 At the Buyer's request, all prices in this Contract are stated and payable in Chinese Yuan (CNY). The prices are fixed and include all taxes, travel and shipping costs.
P:3.3 Price schedule:
TB:Item 1|Archive Server perpetual licence|1 unit|CNY 168,000
TB:Item 2|Designer Workstation perpetual licences|14 x CNY 9,800|CNY 137,200
TB:Item 3|Image Recognition Module perpetual licence|1 unit|CNY 74,800
TB:Licence Subtotal (Items 1 to 3)||CNY 380,000
TB:Item 4|Digitisation and metadata migration|lump sum|CNY 96,000
TB:Item 5|Installation and configuration|lump sum|CNY 38,000
TB:Item 6|Training|lump sum|CNY 12,000
TB:Contract Price||CNY 526,000
H:Article 4 Payment and Delivery
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 52,600) within 20 days after signature, against the Vendor's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 289,300) within 20 days after the Licensed Software has been installed and the Installation Certificate signed. The Installation Certificate records completion of installation only and is not acceptance.
P:4.3 The Buyer shall pay the balance of 35% (CNY 184,100) within 20 days after Final Acceptance.
P:4.4 The Vendor shall complete installation within 60 days after signature and shall submit the system for acceptance testing within 120 days after signature.
H:Article 5 Acceptance
P:5.1 The acceptance tests shall show that: (a) every one of the 3,200 digitised items opens at full resolution and carries complete metadata; (b) every entry of the spreadsheet catalogue has been migrated and matched to its image, with any exceptions listed and cleared; (c) a keyword or image search over the whole archive returns results within 3 seconds on the Buyer's network; (d) the Image Recognition Module finds the source pattern for at least 90 of 100 sample photographs chosen by the Buyer; and (e) the system has run for 30 consecutive days without a Severity 1 fault.
P:5.2 Installation, use of the system by the Buyer's designers and payment under Article 4.2 do not amount to acceptance.
P:5.3 When all tests are passed the Buyer shall sign a Final Acceptance certificate within 10 days. If a test fails, the Vendor shall correct the defect within 15 days and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Deliverables will conform to the documentation and to Article 5.1 for 24 months after Final Acceptance. During that period the Vendor shall correct defects, supply updates and new releases and answer support requests free of charge.
P:6.2 Severity 1 means that the archive cannot be opened or searched by any user. The Vendor shall respond to a Severity 1 fault within 2 hours, by remote session, at any time between 08:00 and 22:00 China Standard Time, and shall restore service within 12 hours. Severity 2 faults shall be answered within one Business Day.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit the Buyer CNY 300, deductible from any amount payable.
P:6.4 After the warranty period the Buyer may order annual support covering updates, remote assistance and the response times of Article 6.2. The annual support fee is 11% of the Licence Subtotal, namely CNY 41,800 per year, and shall not be increased for the first three support years. Support does not renew automatically; each year is ordered by the Buyer in writing.
H:Article 7 Archive Data and Data Security
P:7.1 All Archive Data belongs to the Buyer. The Vendor may use Archive Data only to perform this Contract and shall not copy, retain or disclose it, or use it to train or improve any product.
P:7.2 The Vendor shall perform the digitisation work at the Buyer's premises. Remote access shall be used only for support, through an encrypted connection opened by the Buyer for each session, and every session shall be logged. The Vendor shall not transfer any Archive Data outside the Buyer's systems.
P:7.3 The Vendor shall notify the Buyer within 12 hours of any actual or suspected loss, leak or unauthorised access affecting Archive Data, shall assist the Buyer in containing it, and shall be liable for all losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 All intellectual property rights in the Deliverables vest in the Buyer on creation. The Buyer may use, modify and license the Deliverables freely, including to another service provider.
P:8.2 The Licensed Software remains the property of the Vendor and is licensed under Article 3.1.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other, including the Buyer's patterns, designs, customers and prices, and shall not disclose it without the other party's prior written consent. This obligation continues for three years after the end of this Contract and, for the Buyer's patterns and designs, without limit of time.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 4.4, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Contract is limited to twice the Contract Price, except for liability under Articles 7 and 9, for personal injury and for wilful misconduct, which is not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after being notified, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination the Vendor shall return all Archive Data and refund the amounts paid for work not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the Arab Republic of Egypt.
P:13.2 Any dispute arising out of or in connection with this Contract shall be settled by arbitration under the rules of the Cairo Regional Centre for International Commercial Arbitration. The seat of arbitration shall be Cairo and the language of the arbitration shall be English.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. If such an event lasts more than 60 days, either party may end the affected part of the contract by written notice. A failure of the Vendor's own subcontractors, staff or systems is not such an event.
H:Article 15 Project Management
P:15.1 Each party shall name a project manager. The Vendor's project manager shall report progress every two weeks in writing, listing work completed, open issues and the next steps, and shall attend a monthly review with the Buyer by video conference.
H:Article 16 General
P:16.1 This Contract is signed in two originals in English, with a Chinese translation for reference. The Annexes (functional specification, digitisation standard and acceptance test plan) form part of this Contract.
P:16.2 Notices shall be given in writing to the addresses stated above and by e-mail to the project managers named in the Annexes.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

H388E02 = """# TicketRidge Cloud - Order Form and General Terms

Order Form No. TR-CN-2025-0112

## Part A - Order Form

**Customer:** Sichuan Emei Lingyun Cableway Co., Ltd., a company established in Emeishan City, Sichuan Province, People's Republic of China, operator of the Lingyun passenger cableway and its lower and upper stations ("Customer").

**Vendor:** TicketRidge SARL, a company established in Monastir, Republic of Tunisia ("TicketRidge").

This Order Form, together with the General Terms in Part B, forms the agreement between Customer and TicketRidge (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

### A1. Services ordered

A1.1 Subscription to TicketRidge Cloud, a hosted ticketing platform, for online sale of cableway tickets through Customer's WeChat mini-program and website, time-slot booking, dynamic quotas per departure window, ticket-office sales, group bookings and daily settlement reports.

A1.2 Gate Integration Module, connecting TicketRidge Cloud with the 14 turnstiles at the lower station and 10 turnstiles at the upper station, including QR-code and identity-card validation.

A1.3 One-time Set-up Services: configuration of products, prices and quotas; integration with Customer's two payment channels and its finance system; migration of the annual-pass holder list; and training of ticket-office supervisors.

### A2. Subscription Term

A2.1 The Subscription Term is three Subscription Years. The first Subscription Year starts on the Go-Live Date stated in the Go-Live Certificate.

A2.2 The Subscription Term does not renew automatically. Any extension requires a new Order Form signed by both parties.

### A3. Fees

At Customer's request all fees are stated and payable in Chinese Yuan (CNY).

| Item | Basis | Fee (CNY) |
|---|---|---|
| TicketRidge Cloud subscription | per Subscription Year | 236,000 |
| Gate Integration Module | per Subscription Year | 48,000 |
| Annual fees, three Subscription Years | 3 x 284,000 | 852,000 |
| One-time Set-up Services | once | 118,000 |
| Total Order Value | | 970,000 |

Transaction volumes up to 1.8 million tickets per Subscription Year are included. Ticket volumes above that level are charged at CNY 0.02 per ticket and are not part of the Total Order Value.

### A4. Invoicing and payment

A4.1 On the Order Effective Date TicketRidge will invoice the One-time Set-up Services fee and the annual fees for the first Subscription Year, together CNY 402,000. Customer shall pay this invoice within 15 days of receipt, before the start of the Set-up Services.

A4.2 The annual fees for the second and third Subscription Years (CNY 284,000 each) are invoiced 30 days before the start of each of those Subscription Years and are payable within 30 days of the invoice.

A4.3 All fees are fixed for the Subscription Term.

### A5. Go-Live and acceptance

A5.1 TicketRidge shall make the platform ready for Go-Live acceptance testing within 75 days after the Order Effective Date.

A5.2 The Go-Live acceptance tests shall show that: (a) all ticket products, prices and quotas in the signed configuration workbook are set up correctly; (b) test sales through each payment channel settle correctly in the daily report and in Customer's finance system; (c) every turnstile at both stations validates QR codes and identity cards within one second; (d) the platform sustains 800 concurrent booking sessions with page responses under two seconds; and (e) the annual-pass holder list has been migrated completely.

A5.3 When the tests are passed, the parties sign a Go-Live Certificate. Selling tickets in a soft launch, or any other use before the certificate is signed, is not acceptance.

A5.4 If the platform is not ready for Go-Live acceptance testing by the date in A5.1, TicketRidge shall pay Customer CNY 900 for each day of delay, up to 8% of the Total Order Value.

## Part B - General Terms

### B1. Service levels

B1.1 TicketRidge shall make TicketRidge Cloud available 99.95% of each calendar month, excluding maintenance windows announced at least five days in advance and scheduled between 23:00 and 05:00 China Standard Time.

B1.2 A Priority 1 incident is one that stops online sales, ticket-office sales or gate validation at either station. TicketRidge shall respond to a Priority 1 incident within 30 minutes, at any time, and shall restore service or provide a workaround within 3 hours. Priority 2 incidents shall be responded to within 2 hours.

B1.3 If monthly availability falls below the level in B1.1, Customer receives a service credit of 5% of the monthly equivalent of the annual fees for each started 0.1 percentage point of shortfall, up to 50% of that monthly amount. Each late response to a Priority 1 incident earns a credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the term.

### B2. Customer Data

B2.1 "Customer Data" means all data entered into the platform by or for Customer, including visitor names, identity-card numbers, telephone numbers, bookings, payments and gate passages. Customer Data belongs to Customer.

B2.2 TicketRidge shall process Customer Data only to provide the services, except as set out in B2.3.

B2.3 Customer grants TicketRidge a perpetual, royalty-free licence to use anonymised and aggregated data derived from Customer Data, such as visitor flows, booking curves and price responses, to improve TicketRidge products and to publish tourism demand benchmarks to other customers. This licence survives the end of the Agreement.

### B3. Data security

B3.1 Customer Data shall be hosted in a data centre in mainland China operated by a hosting partner listed in the Order Form documentation, and shall not be transferred outside mainland China.

B3.2 TicketRidge shall maintain an information-security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication and keep access logs for at least 180 days. The platform holds a level-3 record under the Multi-Level Protection Scheme.

B3.3 TicketRidge shall notify Customer within 24 hours of becoming aware of any security incident affecting Customer Data, shall cooperate with Customer and the authorities, and shall bear the costs and losses resulting from any incident caused by its breach of this B3.

### B4. Intellectual property

B4.1 TicketRidge owns TicketRidge Cloud and all its underlying software.

B4.2 The configuration workbook, the gate-interface adaptations, the finance-system export and all reports designed for Customer are Customer Deliverables and belong to Customer, which may use, modify and pass them to any other provider.

### B5. Confidentiality

B5.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to staff and advisers who need to know it and are bound by similar obligations. This obligation lasts for three years after the Agreement ends.

### B6. Subcontracting

B6.1 TicketRidge shall not subcontract any part of the services without Customer's prior written consent, except for the hosting partner named in the Order Form documentation, which Customer approves by signing the Order Form. TicketRidge remains responsible for all subcontractors.

### B7. Liability

B7.1 Each party's total liability under the Agreement is limited to 150% of the Total Order Value.

B7.2 The limit does not apply to breach of B2, B3 or B5, to personal injury or to fraud.

### B8. Term and termination

B8.1 The Agreement runs until the end of the Subscription Term.

B8.2 Either party may terminate the Agreement by written notice if the other commits a material breach and does not cure it within 30 days after notice. Customer may also terminate if the availability commitment in B1.1 is missed in two consecutive months.

B8.3 On termination by Customer for breach, TicketRidge shall refund the prepaid fees for the period after termination. Within 30 days after the Agreement ends, TicketRidge shall return Customer Data in CSV format and then delete it, except for the data covered by B2.3.

### B9. Governing law and disputes

B9.1 The Agreement is governed by the laws of the Republic of Tunisia.

B9.2 Any dispute shall be finally settled by arbitration in Tunis under the arbitration rules of the Tunis Chamber of Commerce and Industry, in English. Either party may seek interim measures from any competent court.

### B10. Force majeure

B10.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. If such an event lasts more than 60 days, either party may end the affected part of the contract by written notice. A failure of TicketRidge's own subcontractors, staff or systems is not such an event.

### B11. Customer responsibilities

B11.1 Customer shall provide the turnstile documentation, network access at both stations, test payment accounts and a named project contact, and shall review the configuration workbook within five business days of receiving each draft.

B11.2 Customer is responsible for the prices and ticket rules it approves and for the content it publishes through the mini-program.

### B12. General

B12.1 Neither party may assign the Agreement without the other's written consent. Notices shall be sent to the addresses in the Order Form. The Agreement is the entire agreement on its subject.

## Signatures

For Customer: ____________________  Name / Title / Date

For TicketRidge: ____________________  Name / Title / Date
"""

H388E03 = """T:Purchase Contract - Frost Protection Sensor and Fan Control System
P:Contract No. MJ-CG-2025-019
P:Buyer: Guizhou Meijiang Tea Garden Co., Ltd., Meitan County, Zunyi, Guizhou Province, People's Republic of China (the "Buyer").
P:Supplier: Souss Agritech SARL, Agadir, Kingdom of Morocco, acting through its representative office in Kunming (the "Supplier").
P:The Buyer operates about 420 hectares of tea gardens where late spring frosts damage the first flush. It has installed frost fans on its terraces and now buys a sensor network and fan control system that measures temperature and humidity at leaf height and starts the fans automatically when frost is forecast. The Supplier was selected by competitive negotiation and agrees to supply and install the system on the Buyer's standard terms below.
H:Section 1 Definitions
P:1.1 "System" means all equipment, the monitoring software licence and the configuration listed in Section 2, as installed at the Buyer's tea gardens.
P:1.2 "Frost Season" means the period from 1 February to 30 April of each calendar year.
P:1.3 "Final Acceptance" means the Buyer's signed certificate under Section 5.3.
P:1.4 "Working Day" means a day on which banks are open in Guiyang.
H:Section 2 Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System at the Buyer's north, east and river-side gardens, connect it to the existing 12 frost fans, and train the Buyer's staff.
P:2.2 At the Buyer's request, all prices are stated and payable in Chinese Yuan (CNY). The prices are fixed, include all taxes, duties, freight and travel, and are set out in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Leaf-height temperature and humidity sensor nodes|48|3,600|172,800
TB:2|Frost-fan controllers with remote start|12|14,500|174,000
TB:3|LoRa gateways with solar power units|4|8,200|32,800
TB:4|Automatic weather station|1|46,000|46,000
TB:5|Frost monitoring software, perpetual licence|1|68,000|68,000
TB:|Equipment and Licence Subtotal|||493,600
TB:6|Installation and commissioning|1 lot|58,400|58,400
TB:7|Alert rules configuration and integration|1 lot|36,000|36,000
TB:8|Training|1 lot|12,000|12,000
TB:|Contract Price|||600,000
H:Section 3 Payment
P:3.1 The Buyer shall pay 20% of the Contract Price (CNY 120,000) as an advance within 15 Working Days after signature, against an equal bank guarantee issued by a bank in mainland China.
P:3.2 The Buyer shall pay 45% of the Contract Price (CNY 270,000) within 15 Working Days after the Installation Certificate is signed. The Installation Certificate confirms that the equipment has been installed and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 210,000) within 15 Working Days after Final Acceptance.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's garden office within 50 days after signature and complete installation before 15 January 2026, so that the System is in operation for the Frost Season of 2026.
P:4.2 Delivery shall include the packing list, certificates of origin and conformity, and the radio type approval of the LoRa equipment for use in China.
H:Section 5 Acceptance
P:5.1 After installation the Supplier shall carry out site tests with the Buyer. The tests shall show that: (a) every sensor node reports every five minutes with no more than 1% lost messages over seven days; (b) sensor readings agree with a calibrated reference thermometer within 0.3 degrees Celsius; (c) each fan controller starts its fan within 60 seconds of a command from the software and of an automatic trigger; (d) frost alerts reach the duty managers by SMS and by the app within two minutes; and (e) the System runs on its solar power units for 72 hours without mains power.
P:5.2 After the site tests the System shall run for 30 days. Final Acceptance requires a run without a Severity 1 fault and a signed test report.
P:5.3 The Buyer shall sign the Final Acceptance certificate within 10 Working Days after the conditions of Sections 5.1 and 5.2 are met. Installation, use of the System to protect the gardens, or any payment, is not acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty period it shall repair or replace any defective equipment, correct software defects and supply software updates free of charge, including parts, labour and travel.
P:6.2 Severity 1 means a failure that prevents frost alerts or automatic fan start in any garden. During the Frost Season the Supplier shall respond to a Severity 1 failure within 1 hour and have a technician on site within 8 hours; outside the Frost Season the response time is 2 hours and the on-site time is two Working Days.
P:6.3 For each hour by which the Supplier misses the response or on-site time for a Severity 1 failure, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any payment or from the bank guarantee.
P:6.4 The Supplier shall keep spare sensor nodes and one spare controller at its Kunming office during each Frost Season.
H:Section 7 Post-warranty Maintenance
P:7.1 After the warranty period the Buyer may order maintenance with the same scope and response times as Section 6 for each of the following two years. The annual maintenance fee is 9% of the Equipment and Licence Subtotal, namely CNY 44,424 per year, fixed for those two years.
P:7.2 Maintenance is ordered year by year by purchase order and does not renew automatically.
H:Section 8 Data and Data Security
P:8.1 All sensor data, weather data, alert records and garden maps collected or produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, publish or transfer them outside the Buyer's systems.
P:8.2 The monitoring software shall be installed on the Buyer's server at the garden office. Remote access by the Supplier is allowed only through a VPN account opened by the Buyer for each session, and every session shall be logged.
P:8.3 The Supplier shall protect the System against unauthorised access, change default passwords, and apply security patches during the warranty period. It shall notify the Buyer within 12 hours of any security incident and shall be liable for the losses caused by its breach of this Section.
H:Section 9 Intellectual Property
P:9.1 The alert rules, the fan-start logic configured for the Buyer, garden maps, test reports and manuals prepared under this Contract belong to the Buyer, which may use and modify them and give them to another supplier.
P:9.2 The monitoring software remains the property of its publisher and is licensed to the Buyer perpetually.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the information it receives from the other under this Contract, including the Buyer's garden layouts, yields and prices, and shall not disclose it without prior written consent, during this Contract and for three years after it ends.
H:Section 11 Delay
P:11.1 If the Supplier fails to complete installation by the date in Section 4.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local trench and mounting work may be subcontracted to a contractor approved in writing by the Buyer, for whose work the Supplier remains responsible.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages reach their maximum. The Supplier shall then refund the advance and take back the equipment not accepted.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang in accordance with its rules. The award is final and binding on both parties.
H:Section 15 Force Majeure
P:15.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. If such an event lasts more than 60 days, either party may end the affected part of this Contract by written notice. A failure of the Supplier's own subcontractors, staff or systems is not such an event.
H:Section 16 Training and Documents
P:16.1 The Supplier shall train six of the Buyer's garden staff and two office staff in operating the software, reading alerts, starting fans manually and replacing sensor batteries, and shall hand over operating manuals in Chinese.
H:Section 17 General
P:17.1 This Contract is made in English and Chinese; both versions are equally valid. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H388E04 = """# Managed Endpoint Services Agreement

Agreement No. RD-MES-2025-04

**Customer:** Cixi Rongda Umbrella Manufacturing Co., Ltd., Zhouxiang Town, Cixi, Zhejiang Province, People's Republic of China ("Customer").

**Provider:** Red Sea Endpoint Solutions LLC, Aqaba Special Economic Zone, Hashemite Kingdom of Jordan ("Provider").

Customer makes folding and golf umbrellas for export and runs about 420 laptops and desktops in its offices, design studio and two factories. Customer wishes to hand the day-to-day management and protection of these devices to a specialist. Provider manages endpoints for manufacturers in several countries and supports Chinese-speaking users through its remote service desk. The parties agree as follows.

## 1. Definitions

1.1 "Endpoint" means a laptop or desktop computer of Customer listed in the asset register agreed at onboarding.

1.2 "Services" means the managed endpoint services described in clause 2 and in Schedule 1.

1.3 "Service Start Date" means the date on which Customer signs the Service Acceptance certificate under clause 4.

1.4 "Minimum Term" means 24 months from the Service Start Date.

1.5 "Customer Data" means all data stored on the Endpoints or collected from them by the management tools, including user accounts, inventory records, logs and files.

1.6 "Working Day" means a day on which banks are open in Ningbo.

## 2. Services

2.1 Provider shall provide: (a) operating-system and application patching within the windows agreed with Customer; (b) endpoint protection and response software, with monitoring of alerts; (c) software distribution from Customer's approved catalogue; (d) device encryption and remote wipe of lost devices; (e) a bilingual service desk for users; and (f) a monthly report on patch levels, alerts, incidents and assets.

2.2 Provider shall use management consoles hosted in mainland China and shall keep the consoles and management servers up to date.

2.3 Hardware repairs and the purchase of new devices are outside the Services.

## 3. Charges and payment

3.1 At Customer's request all Charges are stated and payable in Chinese Yuan (CNY). The Charges are set out in Schedule 2 and are fixed for the Minimum Term.

3.2 The onboarding charge is invoiced after the Service Start Date. The monthly charges are invoiced monthly in arrears, together with the monthly report, and are payable within 30 days of a correct invoice.

3.3 No amount is payable in advance.

## 4. Onboarding and Service Acceptance

4.1 Provider shall complete onboarding within 45 days after signature. Onboarding includes the asset register, enrolment of all Endpoints, baseline patching, deployment of the protection software and the runbooks for Customer's sites.

4.2 Service Acceptance requires that: (a) at least 98% of the Endpoints in the asset register are enrolled and reporting; (b) critical patches are installed on all enrolled Endpoints; (c) a test alert on one Endpoint at each site is detected, escalated and closed under the runbook; (d) a remote wipe test succeeds; and (e) the service desk has handled user requests for ten Working Days without a missed response time.

4.3 When these conditions are met the parties sign the Service Acceptance certificate. Enrolment or use of the Services before that date does not amount to acceptance.

4.4 If onboarding is not complete within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

## 5. Service levels

5.1 Incidents are classified and handled under the priority table in Schedule 1.

5.2 If Provider misses a response or resolution time in Schedule 1, Customer receives the service credit set out there. Credits are deducted from the next monthly invoice.

5.3 Provider shall report its performance against Schedule 1 in each monthly report.

## 6. Customer Data and security

6.1 Customer Data belongs to Customer. Provider shall process it only on Customer's instructions and only to provide the Services.

6.2 Provider shall give access to the management consoles only to named engineers with multi-factor authentication, log every action taken on an Endpoint, and shall not copy files from Endpoints except to resolve an incident reported by the user.

6.3 Provider shall notify Customer within 6 hours of any security incident affecting Customer Data or the management consoles, shall take all steps needed to contain it, and shall compensate Customer for losses caused by its breach of this clause 6.

## 7. Intellectual property

7.1 Provider keeps all rights in its tools, scripts library and know-how.

7.2 The asset register, the runbooks, the software catalogue packages and the policies configured for Customer belong to Customer, which may use and modify them and give them to any later provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the non-public information of the other party it receives under this Agreement, including Customer's designs, customer lists and prices, shall use it only for this Agreement, and shall not disclose it to third parties. This clause survives for three years after the end of this Agreement.

## 9. Personnel and subcontractors

9.1 Provider may perform any part of the Services through its affiliates or through subcontractors selected by Provider, including for the service desk and out-of-hours monitoring. Provider shall inform Customer of the subcontractors in use in its monthly report.

9.2 Provider is responsible for its affiliates and subcontractors as for its own staff.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Minimum Term stated in Schedule 2.

10.2 The limit does not apply to breach of clauses 6 or 8, to personal injury or to fraud.

## 11. Term and ending

11.1 This Agreement starts on signature and continues until the end of the Minimum Term. It does not renew automatically; any extension requires a written amendment with agreed charges.

11.2 Neither party may terminate this Agreement before the end of the Minimum Term. Service credits under clause 5 and the damages under clause 4.4 are Customer's sole remedies for any failure of Provider to perform the Services, and Customer shall continue to pay the Charges for the whole Minimum Term.

11.3 At the end of this Agreement, Provider shall hand over the asset register, runbooks and packages, remove its agents if Customer so requests, and delete Customer Data from its systems within 30 days.

## 12. Customer responsibilities

12.1 Customer shall give Provider the administrator rights needed for the Services, keep the asset register current by telling Provider of new starters, leavers and replaced devices, and make a local IT contact available at each factory.

12.2 Customer remains responsible for the licences of the business software installed on the Endpoints, except the protection and management software supplied by Provider.

## 13. Service reviews

13.1 The parties shall hold a service review every month by video conference and every quarter at Customer's offices in Cixi or by video conference, to discuss the monthly reports, open incidents, planned changes and improvement proposals. Provider shall keep minutes and circulate them within three Working Days.

## 14. Force majeure

14.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. If such an event lasts more than 60 days, either party may suspend the affected Services by written notice. A failure of Provider's own subcontractors, staff or systems is not such an event.

## 15. Governing law and disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo under its rules in force at the time.

## 16. General

16.1 Neither party may assign this Agreement without the other's written consent. Notices shall be in writing, in English with a Chinese translation, and sent by e-mail and courier to the addresses above.

## Schedule 1 - Priority table

| Priority | Definition | Response time | Resolution target | Service credit |
|---|---|---|---|---|
| P1 | Malware outbreak, ransomware alert or loss of service for a whole site | 30 minutes, 24 x 7 | 6 hours | CNY 1,500 per hour late |
| P2 | Malware or security alert on a single Endpoint; an executive's device unusable | 1 hour | 8 business hours | CNY 500 per hour late |
| P3 | Single user unable to work, patch failure | 3 business hours | 2 Working Days | CNY 100 per case late |
| P4 | Requests and questions | 1 Working Day | 5 Working Days | none |

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (one-time) | once | 36,000 |
| Managed endpoint service | 420 Endpoints x CNY 46 per month = CNY 19,320 per month | |
| Managed endpoint service, Minimum Term | 24 x 19,320 | 463,680 |
| Total Charges for the Minimum Term | | 499,680 |

Endpoints added or removed during the term are charged or credited at CNY 46 per Endpoint per month.

## Signatures

For Customer: ____________________  Name / Title / Date

For Provider: ____________________  Name / Title / Date
"""

H388E05 = """API SUBSCRIPTION AGREEMENT
CERTIFICATE VERIFICATION SERVICE

Agreement No. BQ-API-2025-031

BETWEEN

Xiamen Haixi Stone Trade Network Co., Ltd., a company established in Siming District, Xiamen, Fujian Province, People's Republic of China, which operates an online platform for the export of granite and marble slabs ("Customer"); and

Bekaa Quality Data s.a.l., a company established in Baalbek, Lebanese Republic ("Vendor").

BACKGROUND

(A) Buyers abroad increasingly ask exporters of natural stone for a valid radioactivity test certificate for each lot of slabs, showing the internal and external exposure indices measured by an accredited laboratory.

(B) Vendor operates an online service that checks such certificates against the registers of the issuing laboratories, reads the reported indices and returns a structured result.

(C) Customer wishes to call that service from its platform whenever a seller uploads a certificate, so that lots without a valid certificate are flagged before they are offered for sale.

1. DEFINITIONS

1.1 "Service" means Vendor's certificate verification API described in the Schedule, with its documentation, test environment and status page.

1.2 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between two anniversaries.

1.3 "Service Start Date" means the date of the Integration Acceptance certificate under clause 4.

1.4 "Customer Data" means certificate files, lot numbers, seller names, query parameters and all other data that Customer sends to the Service, and the results that the Service returns to Customer.

1.5 "Working Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.

2. THE SERVICE

2.1 Vendor shall provide the Service to Customer for two Subscription Years from the Service Start Date.

2.2 The Service shall verify certificates issued by the laboratories listed in the Schedule, which Vendor shall keep up to date, and shall return for each certificate its status, issuing laboratory, test date, sample description and the measured indices.

2.3 Vendor shall provide a test environment, API keys for Customer's production and test systems, and technical support in English and Chinese during Working Days.

3. FEES AND PAYMENT

3.1 At Customer's request, all fees under this Agreement are stated and payable in Chinese Yuan (CNY).

3.2 The subscription fee is CNY 138,000 per Subscription Year, covering up to 250,000 verification calls per Subscription Year. Calls above that volume are charged at CNY 0.40 per call, invoiced quarterly in arrears.

3.3 The one-time integration onboarding fee is CNY 24,000 and covers the joint design of the call flow, mapping of the result fields to Customer's lot records, a test campaign on 2,000 sample certificates and training of Customer's developers.

3.4 The total price of this Agreement for the two Subscription Years, excluding any charges for calls above the included volume, is CNY 300,000 (2 x CNY 138,000 + CNY 24,000).

3.5 The onboarding fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears, at CNY 34,500 per quarter. All invoices are payable within 30 days. No amount is payable in advance.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall make the Service and the test environment available and complete its part of the onboarding within 40 days after signature.

4.2 Integration Acceptance requires that: (a) the 2,000 sample certificates are verified with no more than five results that differ from the manual check by Customer's quality team, each explained and corrected; (b) the median response time of the Service is below 800 milliseconds over a test of 10,000 calls; (c) forged and expired sample certificates are all flagged; and (d) the API returns every field listed in the Schedule.

4.3 When these conditions are met the parties sign an Integration Acceptance certificate. Use of the Service in production before that date is not acceptance.

4.4 If Vendor does not complete its part of the onboarding within the period in clause 4.1, Vendor shall pay Customer CNY 300 for each day of delay, up to CNY 15,000.

5. SERVICE LEVELS

5.1 Vendor shall keep the Service available 99.95% of the time in each calendar month, measured by its status page and by Customer's monitoring, excluding maintenance announced three Working Days ahead and carried out between 01:00 and 05:00 China Standard Time.

5.2 A Priority 1 incident is one in which the Service is unavailable or returns wrong results for all or most calls. Vendor shall respond to a Priority 1 incident within 1 hour at any time and restore the Service within 6 hours. Other incidents shall be responded to within one Working Day.

5.3 For each month in which availability is below the level in clause 5.1, Customer receives a credit of 10% of the quarterly fee for that quarter. For each hour by which Vendor misses the Priority 1 response time, Customer receives a credit of CNY 200. Credits are deducted from the next invoice.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Vendor may use Customer Data only to provide the Service to Customer and shall not sell it or use it for any other purpose, whether during or after the term of this Agreement.

6.2 Within 30 days after the end of this Agreement, Vendor shall return any stored Customer Data to Customer in CSV format on request and then delete it.

7. INTELLECTUAL PROPERTY

7.1 Vendor keeps all rights in the Service, its software, its laboratory register data and its documentation.

7.2 The call-flow design, the field mapping, the test results of the onboarding campaign and all integration code written for Customer belong to Customer, which may use and modify them freely and give them to another provider.

7.3 Customer may store the results returned by the Service and show them to its sellers and overseas buyers without time limit.

8. SUBCONTRACTING AND ASSIGNMENT

8.1 Vendor shall not subcontract the Service or any part of it without Customer's prior written consent, and remains responsible for any subcontractor that Customer approves.

8.2 Neither party may assign this Agreement without the prior written consent of the other.

9. LIABILITY

9.1 Vendor's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed CNY 60,000.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

9.3 Nothing in this clause limits liability for fraud or personal injury.

10. TERM, RENEWAL AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further Subscription Year requires a written amendment signed by both parties, with the fee agreed at that time.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving written notice of it.

10.3 Customer may also terminate this Agreement by written notice if the availability level in clause 5.1 is missed in any two months of a Subscription Year.

10.4 On termination under clause 10.2 or 10.3 by Customer, Vendor shall refund any fees paid for the period after termination.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The arbitration shall be conducted in English and Chinese.

12. FORCE MAJEURE

12.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided that it notifies the other party promptly, gives evidence of the event and does its best to limit the effects. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice. A failure of Vendor's own subcontractors, staff or systems is not such an event.

13. CUSTOMER OBLIGATIONS

13.1 Customer shall keep its API keys under its control, use the Service only for checking certificates of lots offered on its platform, and inform Vendor promptly of any call errors it detects.

14. GENERAL

14.1 This Agreement, with its Schedule, is the entire agreement of the parties on its subject and replaces all earlier proposals.

14.2 Any change to this Agreement must be in writing and signed by both parties.

14.3 Notices shall be given in writing by e-mail and courier to the addresses stated above.

SCHEDULE - SERVICE DESCRIPTION

S1. Endpoint: one REST endpoint for single certificates and one for batches of up to 200 certificates, both returning JSON.

S2. Input: a certificate file in PDF or image format, or the certificate number and the laboratory code; optionally the lot number used by Customer.

S3. Output fields: certificate status (valid, expired, not found, altered), laboratory name and accreditation number, test date, sample description, internal exposure index, external exposure index, product class under the applicable national standard, and a reference number for each check.

S4. Laboratories covered at signature: the accredited building-materials testing laboratories of Fujian, Guangdong, Shandong and Hubei provinces, and the laboratories that appear on the list annexed to the Schedule. Vendor shall add further laboratories on Customer's reasonable request.

S5. Rate limit: 50 calls per second per API key.

SIGNED

For Customer: ____________________  Name / Title / Date

For Vendor: ____________________  Name / Title / Date
"""

FILES = {  # key: (file name, format, source)
    "h388z01": ("h388z01_health_commission_medical_waste_platform.pdf", "pdf", H388Z01),
    "h388z02": ("h388z02_rockwool_line_control_retrofit.docx", "docx", H388Z02),
    "h388z03": ("h388z03_roller_rink_chain_booking_saas.txt", "txt", H388Z03),
    "h388z04": ("h388z04_public_bike_dispatch_system_om.txt", "txt", H388Z04),
    "h388z05": ("h388z05_sesame_oil_erp_supplier_template.md", "md", H388Z05),
    "h388e01": ("h388e01_bamboo_carving_pattern_archive_licence.pdf", "pdf", H388E01),
    "h388e02": ("h388e02_cableway_ticketing_saas_order_form.md", "md", H388E02),
    "h388e03": ("h388e03_tea_garden_frost_fan_sensors.docx", "docx", H388E03),
    "h388e04": ("h388e04_umbrella_maker_managed_endpoints.md", "md", H388E04),
    "h388e05": ("h388e05_stone_slab_certificate_check_api.txt", "txt", H388E05),
}

KEYS_T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")

# key: (category, kind, term overrides, sla_clause, ld_stated, capped, deemed, contract_value, fee base, expected rules)
SPEC = {
    "h388z01": ("software", "goods_or_licence",
                dict(availability_pct=99.95, ld_rate_per_day_pct=0.1, prepayment_pct=20, warranty_months=36,
                     post_warranty_fee_pct=8), True, True, True, False, 2300000, 1128000, []),
    "h388z02": ("hardware", "goods_or_licence",
                dict(ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10, warranty_months=18,
                     post_warranty_fee_pct=26), True, True, True, False, 1580000, 1326000,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h388z03": ("cloud", "service",
                dict(availability_pct=99.5, ld_rate_per_day_pct=500 / 680000 * 100, liability_cap_pct=150,
                     final_payment_on_acceptance=None, auto_renewal_price_increase=True), True, True, None, False,
                680000, None, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h388z04": ("services", "service",
                dict(p1_response_hours=None, sla_remedy=False, final_payment_on_acceptance=None), False, False, None,
                False, 468000, None, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h388z05": ("software", "goods_or_licence",
                dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                     ld_rate_per_day_pct=0.03, liability_cap_pct=20, prepayment_pct=60, acceptance_clause=False,
                     final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=True,
                     governing_law=None), True, True, False, True, 900000, 360000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                 "CR-WARRANTY"]),
    "h388e01": ("software", "goods_or_licence",
                dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                     warranty_months=24, post_warranty_fee_pct=11, governing_law="Egypt"), True, True, True, False,
                526000, 380000, ["CR-GOVERNING-LAW"]),
    "h388e02": ("cloud", "service",
                dict(availability_pct=99.95, buyer_owns_data=False, ld_rate_per_day_pct=900 / 970000 * 100,
                     liability_cap_pct=150, prepayment_pct=402000 / 970000 * 100, final_payment_on_acceptance=None,
                     governing_law="Tunisia"), True, True, None, False, 970000, None,
                ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-PREPAYMENT"]),
    "h388e03": ("hardware", "goods_or_licence",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=36,
                     post_warranty_fee_pct=9), True, True, True, False, 600000, 493600, []),
    "h388e04": ("services", "service",
                dict(ld_rate_per_day_pct=400 / 499680 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
                     termination_for_breach=False, subcontract_without_consent=True), True, True, None, False,
                499680, None, ["CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h388e05": ("cloud", "service",
                dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False, confidentiality=False,
                     ld_rate_per_day_pct=0.1, liability_cap_pct=60000 / 300000 * 100,
                     final_payment_on_acceptance=None), True, True, None, False, 300000, None,
                ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    cat, kind, over, sla, ld_stated, capped, deemed, value, fee_base, rules = SPEC[key]
    terms = dict(BASE, **over, contract_kind=kind)
    terms = {k: terms[k] for k in KEYS_T}
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lang = "zh" if key[4] == "z" else "en"
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(rules)}


def tco(key):
    """(TCO, post-warranty share in %) per policy section 4, or None when not computable / not applicable."""
    cat, kind, over, sla, ld_stated, capped, deemed, value, fee_base, rules = SPEC[key]
    t = label(key)["expected_terms"]
    if kind != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * fee_base * t["post_warranty_fee_pct"] / 100
    return value + fees, fees / (value + fees) * 100


def derive_rules(key):
    """The rules policy.md fires on the label (a check that labels and expected rules agree)."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if key in ("h388e01", "h388e02") or (t["governing_law"] not in (None, "PRC")):
        r.add("CR-GOVERNING-LAW")  # e01 / e02: foreign law and a foreign seat
    tc = tco(key)
    if tc and tc[1] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else "low"


def check_off_thresholds(key):
    t = label(key)["expected_terms"]
    def off(v, th):
        return v is None or abs(v - th) > 1e-6
    assert off(t["availability_pct"], 99.9) and off(t["p1_response_hours"], 4), key
    assert off(t["ld_rate_per_day_pct"], 0.05) and off(t["liability_cap_pct"], 100), key
    assert off(t["prepayment_pct"], 30) and off(t["warranty_months"], 12), key
    assert off(t["post_warranty_fee_pct"], 15), key
    tc = tco(key)
    if tc:
        assert abs(tc[1] - 40) > 1, (key, tc)
    if t["warranty_months"] is not None:
        assert off(t["warranty_months"], 60), key

CN = "零〇一二三四五六七八九十百千两"
FORBIDDEN = [  # every threshold figure in digits, Chinese numerals and words (case-insensitive)
    r"99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:-|\s)?(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", rf"(?<![{CN}])四个?小时", r"\bfour[\s-]+hours?\b",
    r"(?<![\d.])240\s*(?:分钟|minutes?\b)", r"\btwo hundred (?:and )?forty minutes\b",
    r"(?<![\d.])0?\.05\s*%", r"万分之五", r"\bfive hundredths\b",
    r"(?<![\d.])100\s*%", r"百分之百", r"(?<![\d.])100\s*(?:per\s*cent|percent)", r"\bone hundred per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十", rf"(?<![{CN}])三成", r"(?<![\d.])30\s*(?:per\s*cent|percent)", r"\bthirty per\s*cent",
    r"(?<![\d.])12\s*(?:-|\s)?(?:个)?\s*(?:月|months?\b)", rf"(?<![{CN}])十二个月", r"一年", r"\btwelve[\s-]+months?\b",
    r"\bone[\s-]+year\b", r"(?<![\d.])1[\s-]+years?\b", r"\ba full year\b",
    r"(?<![\d.])15\s*%", r"百分之十五", r"(?<![\d.])15\s*(?:per\s*cent|percent)", r"\bfifteen per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十", rf"(?<![{CN}])四成", r"(?<![\d.])40\s*(?:per\s*cent|percent)", r"\bforty per\s*cent",
    r"(?<![\d.])5\s*(?:-|\s)?(?:个)?\s*(?:年|years?\b)", rf"(?<![{CN}])五年", r"\bfive[\s-]+years?\b",
    r"(?<![\d.])60\s*(?:-|\s)?(?:个)?\s*(?:月|months?\b)", r"六十个月", r"\bsixty[\s-]+months?\b",
]
MUST_HIT = ["99.9%", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "240 minutes", "0.05%", "0.05 %",
            "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "十二个月", "一年", "12 months",
            "twelve months", "one year", "one-year", "15%", "百分之十五", "40%", "百分之四十", "四成", "5年", "五年",
            "5 years", "five years", "five-year", "60个月", "60 months", "六十个月", "4-hour", "100 per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "1.05%", "四十二个月", "2025年",
             "十八个月", "24 months", "36 months", "14 hours", "130%", "140%", "215%", "一年级"[:0] or "每年",
             "Subscription Year", "服务年度", "150%", "112 months", "2015 years"[:0] or "2015年", "0.3%", "45%"]


def hits(text):
    norm = re.sub(r"\s+", " ", text)
    found = []
    for t in (text, norm):
        for p in FORBIDDEN:
            for m in re.finditer(p, t, re.I):
                found.append((p, m.group(0)))
    return found


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not hits(s), ("regex hits", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        lab = label(key)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    seen = set()
    problems = []
    for key, (name, fmt, src) in FILES.items():
        text = read_back(OUT / name)
        lab = label(key)
        zh = lab["language"] == "zh"
        n = len(text) if zh else len(text.split())
        lo, hi = (2800, 3300) if zh else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (name, n, lo, hi))
        h = hits(text) + hits(src)
        if h:
            problems.append("%s threshold figures: %s" % (name, sorted(set(h))))
        check_off_thresholds(key)
        rules = lab["expected_rules"]
        if derive_rules(key) != rules:
            problems.append("%s rules %s != derived %s" % (key, rules, derive_rules(key)))
        seen |= set(rules)
        tc = tco(key)
        print("%-52s %s %5d  risk %-6s tco %s  %s" % (name, lab["language"], n, risk(rules),
              "-" if not tc else "%.0f / %.2f%%" % tc, ", ".join(r[3:] for r in rules) or "(none)"))
    missing = [r for r in ALL_RULES if r not in seen]
    if missing:
        problems.append("rules never expected: %s" % missing)
    counts = sorted(len(SPEC[k][-1]) for k in SPEC)
    if not (counts.count(0) == 2 and counts[-1] >= 8 and sum(1 for c in counts if c in (2, 3)) == 6):
        problems.append("mix %s" % counts)
    singles = [k for k in SPEC if len(SPEC[k][-1]) == 1]
    if not (len(singles) == 1 and risk(SPEC[singles[0]][-1]) == "low"):
        problems.append("single-finding contract %s" % singles)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
