#!/usr/bin/env python3
"""holdout1068: builds the ten draft contracts of this folder from the sources below, writes their .json labels and
asserts the checks of the brief (lengths, no threshold value or figure, rules derived from the labels = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py
.txt / .md are written as they are; .docx / .pdf are built with ../word_pdf.py (wrap_words=True)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """
T:清河市二次供水监管平台软件许可及定制开发合同
P:合同编号：QHZJ-2027-ZFCG-018
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：清河市住房和城乡建设局
P:乙方（供应商）：杭州澄源水务科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，甲乙双方就清河市二次供水监管平台（以下简称“平台”）的软件许可、定制开发及部署实施事宜，经平等协商，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供二次供水监管平台软件V5.0的永久使用许可，许可范围为甲方及其下属供水设施管理机构，不限用户数和终端数。
P:1.2 乙方按甲方确认的需求完成定制开发，包括：全市加压泵房运行数据接入（不少于三百二十座）、水质在线监测与超标预警、水箱清洗消毒工单管理、物业服务单位考核、移动巡检小程序，以及与市城市运行管理中心、市供水集团营业系统的数据接口。
P:1.3 乙方负责平台在甲方政务云环境中的安装部署、联调测试、历史数据初始化及用户培训，培训对象为甲方及区级管理人员，不少于三期。
P:1.4 乙方应配合甲方完成平台的网络安全等级保护测评及商用密码应用安全性评估，并按测评意见完成整改，相关整改费用已包含在合同总价内。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾柒万元整（¥1,470,000.00），含增值税，为固定总价。其中：平台软件许可费¥860,000；定制开发费¥520,000；部署实施费¥74,000；培训费¥16,000。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件及税费，除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 履约保证金与付款
P:3.1 乙方应于合同签订后七日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:3.2 合同签订且乙方提交等额合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.3 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.4 平台通过最终验收后，甲方支付合同总价的35%。
P:3.5 甲方按财政国库集中支付程序付款，乙方应配合提供验收报告、发票等资料。
H:第四条 工期与交付
P:4.1 乙方应于合同签订后九十日内完成部署及全部定制功能开发，并向甲方提交初步验收申请。
P:4.2 乙方应交付需求规格说明书、概要设计与详细设计文档、定制部分源代码、接口文档、数据字典、测试报告、操作手册及运维手册。
P:4.3 乙方项目经理及核心开发人员应与投标文件一致，确需更换的，须经甲方书面同意，且替换人员资历不得低于原人员。
P:4.4 乙方应在合同签订后十日内提交项目实施方案，内容包括组织架构、进度计划、泵房接入方案、数据初始化方案、风险应对措施及培训计划，经甲方审查同意后实施。实施期间乙方每周报送进度周报，并参加甲方组织的月度项目例会。
H:第五条 验收
P:5.1 初步验收标准：（1）功能符合招标文件技术要求及经甲方签字确认的需求规格说明书；（2）接入泵房不少于三百二十座，数据上传延迟不超过六十秒；（3）三百个并发用户条件下页面平均响应时间不超过三秒；（4）第三方安全测评无高危漏洞，中危漏洞已整改。
P:5.2 初步验收通过后平台试运行六十日。试运行期间未发生一级故障、遗留问题全部整改完毕的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内完成整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供缺陷修复、补丁与版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方选择续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），质保期满后前两个维护年度不得上调。维护合同另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检并出具巡检报告，在夏季供水高峰期前开展专项检查。
H:第七条 服务水平
P:7.1 乙方提供7×24小时服务热线及远程支持。故障分为三级：一级故障指平台整体不可用或泵房数据全部中断；二级故障指主要功能模块不可用；三级故障指其他一般问题。
P:7.2 一级故障乙方应在30分钟内响应，两小时内到达现场，八小时内恢复；二级故障两小时内响应，一个工作日内解决；三级故障在下一个维护版本中修复。
P:7.3 乙方未按时响应或恢复的，每超时一小时扣款人民币1,200元，甲方可从应付款项或履约保证金中直接扣除。
H:第八条 违约责任
P:8.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:8.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金，因财政支付程序导致的延迟除外。
P:8.3 乙方交付成果不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项。
H:第九条 数据安全
P:9.1 平台存储的泵房运行数据、水质数据、用户信息及其他业务数据均属甲方所有，乙方仅为履行本合同在授权范围内处理，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行，不得私自复制、导出数据或留存副本。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对履约过程中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露，法律法规另有规定的除外。本条在合同终止后五年内持续有效。
H:第十一条 知识产权
P:11.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:11.2 定制开发形成的软件、源代码、接口程序及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。乙方保证交付成果不侵犯第三方合法权利，否则由乙方承担全部责任。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同项下的权利义务全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约且经甲方书面通知后十五日内未予纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因国家政策调整、机构职能变化等原因导致本项目无法继续实施的，双方可协商解除合同，甲方按乙方已完成并经确认的工作量结算费用。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、澄清文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 因不可抗力不能履行合同的，受影响一方应在五日内通知对方并提供证明，并根据不可抗力的影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。
P:甲方（盖章）：清河市住房和城乡建设局　　乙方（盖章）：杭州澄源水务科技有限公司
P:签订日期：2027年3月　日
"""

# ---------------------------------------------------------------- z02 (docx, 第X条, Word price table)
Z02 = """
T:电动升降桌生产线控制系统改造合同
P:合同编号：AJHL-SB-2027-031
P:甲方（买方）：安吉恒立智能家具有限公司
P:乙方（卖方）：宁波睿控自动化工程有限公司
P:甲方因电动升降桌桌架焊接、装配及整机测试六条生产线的控制系统老化，委托乙方进行改造。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保服务达成如下协议。
H:第一条 改造范围
P:1.1 乙方负责拆除甲方一号至六号生产线原有继电器控制柜，更换为PLC控制系统，更换伺服驱动及电机组，新增工业触摸屏及视觉检测单元。
P:1.2 乙方提供产线数据采集与工单追溯软件（永久许可），实现工单下达、工序报工、升降立柱批次追溯、设备状态监控及产量统计，并与甲方现有ERP系统对接。
P:1.3 改造应分线实施，每条产线停产时间不超过五日，乙方应编制停产切换方案，经甲方生产部书面确认后执行。
P:1.4 乙方应在合同生效后十五日内完成现场勘察，提交改造设计方案，包括电气原理图、控制柜布置图、网络拓扑、IO点表及停产切换计划，经甲方生产部、设备部会签后实施。
P:1.5 改造后的控制系统应符合机械电气安全相关国家标准，急停、安全光栅及升降立柱过载保护功能须经双方现场测试确认。
P:1.6 乙方应为甲方电工及设备管理人员提供操作及维修培训，培训完成后由甲方组织考核，确保受训人员能独立处理常见故障。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零捌万元整（¥2,080,000），含13%增值税、运输、保险、安装及培训费用。明细如下：
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控PLC、IO模块、安全继电器）|产线专用|6套|128,000|768,000
TB:2|伺服驱动及电机组|750W/1.5kW|36套|9,500|342,000
TB:3|工业触摸屏（HMI）|15英寸|12台|6,800|81,600
TB:4|视觉检测单元|焊缝及孔位检测|4套|52,100|208,400
TB:5|产线数据采集与工单追溯软件|永久许可，六条产线|1套|440,000|440,000
TB:|软硬件小计||||1,840,000
TB:6|安装调试及旧设备拆除|含线缆、桥架|1项|126,000|126,000
TB:7|PLC程序改造及工艺联调|六条产线|1项|94,000|94,000
TB:8|操作及维修培训|不少于三期|1项|20,000|20,000
TB:|合计||||2,080,000
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%；到货签收仅确认数量与外观，不视为验收。
P:3.3 六条产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 合同总价的5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于合同生效后一百日内完成六条产线的改造及联调。
P:4.2 乙方交付PLC程序、HMI组态工程文件、电气图纸、接线表、软件安装介质、操作手册及维修手册。
P:4.3 设备到货时乙方应提供装箱单、合格证、出厂检验报告及原厂授权文件，甲方开箱清点时乙方应派员在场。
P:4.4 乙方现场施工人员应遵守甲方安全生产管理制度，持证上岗，动火、登高及带电作业须办理作业许可；因乙方原因发生安全事故的，由乙方承担责任。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产十个工作日，验收标准为：（1）节拍不低于改造前的110%；（2）视觉检测漏检率不高于0.5%；（3）工单报工及批次追溯数据与实际一致；（4）试生产期间无因控制系统导致的停线。
P:5.2 六条产线均达到上述标准后，双方签署最终验收报告。设备安装完成或投入试生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收，费用由乙方承担。
P:5.4 各产线验收由甲方生产部、设备部及质量部共同参加，验收记录由三方签字确认。
H:第六条 质量保证
P:6.1 质保期为最终验收合格之日起十八个月。质保期内，非甲方原因造成的设备、软件故障由乙方免费维修或更换。
P:6.2 乙方提供7×24小时服务电话。一级故障（整条产线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备故障但产线可降级运行）2小时内响应，次日内到场。
P:6.3 乙方未按时响应或到场的，每超时一小时向甲方支付人民币800元。
P:6.4 质保期内乙方每季度上门进行一次预防性维护，检查控制柜接线、伺服参数及视觉检测标定，并出具维护报告。
P:6.5 乙方应在甲方厂区存放常用备件，包括PLC IO模块、伺服驱动器及触摸屏各不少于两件，备件清单作为合同附件。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方按年提供维保服务，包括每季度一次预防性维护、备品备件优惠供应、软件补丁更新及故障维修。
P:7.2 维保服务费为每年人民币478,400元，即软硬件小计的26%，按年度预付，维保期内不予调整。
P:7.3 维保期内一级故障的响应及到场时间按第6.2款执行，超时扣款按第6.3款执行。维保服务按年度签订维保协议，甲方有权决定是否续签。
H:第八条 违约责任
P:8.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:8.2 因乙方原因造成甲方停产超出第1.3款约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:8.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第九条 数据与安全
P:9.1 产线运行数据、工艺参数、订单及产量数据均属甲方所有。乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
P:9.2 乙方远程维护须经甲方设备部审批，并通过甲方指定的VPN及审计账号进行；乙方应落实病毒防护及访问控制措施，不得在工控网络中接入未经检测的移动存储介质。
P:9.3 发生数据泄露或因乙方原因导致工控系统感染病毒的，乙方应在两小时内通知甲方、配合处置，并承担由此造成的损失。
P:9.4 合同终止后，乙方应删除其持有的甲方数据，并注销全部远程访问账号。
H:第十条 保密
P:10.1 乙方对甲方的工艺文件、产品图纸、客户及订单信息负有保密义务，保密期至合同终止后三年。乙方应要求其现场人员签署保密承诺书。
H:第十一条 知识产权
P:11.1 为本项目编写的PLC程序、HMI组态工程文件及ERP接口程序的知识产权归甲方所有，甲方可自行修改、使用。追溯软件标准版本的知识产权归乙方，乙方授予甲方永久使用许可。
P:11.2 乙方应向甲方交付PLC程序及接口程序的源代码，并保证甲方在不依赖乙方的情况下可自行修改和维护。
H:第十二条 分包
P:12.1 电气安装工作如需分包，须经甲方书面同意；乙方对分包方的工作承担全部责任。其他工作不得分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项及赔偿损失。
P:13.2 乙方逾期交货或逾期完成改造超过三十日的，甲方有权解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交湖州仲裁委员会仲裁。
P:14.2 因不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行或解除合同。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）/1.)
Z03 = """门店预约及会员管理SaaS服务合同

合同编号：CD-KP-IT-2027-006
甲方：成都焙研咖啡职业培训连锁有限公司
乙方：上海简约云店信息技术有限公司
签订地点：成都市锦江区

鉴于甲方在全国运营40家咖啡技能培训门店，需要统一的课程预约、学员会员及储值管理系统，乙方同意以SaaS方式提供“云店预约”平台及实施服务。双方依据《中华人民共和国民法典》及相关法律法规，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方40家门店开通“云店预约”平台专业版，包括课程排期与预约、学员会员档案、储值卡及课时包、微信小程序、门店收银对接、营销券及经营报表。
2. 账号数量：总部管理账号20个，每家门店前台账号3个，讲师账号不限。
3. 平台支持微信支付及支付宝收款，收款资金直接进入甲方账户，乙方不经手任何资金。
（二）实施服务
1. 乙方完成40家门店的开通配置、课程体系及价格体系搭建、小程序页面定制。
2. 乙方将甲方原有会员系统中的学员档案、剩余课时及储值余额迁移至平台，并与甲方财务系统完成接口对接。
3. 乙方为门店店长及前台人员提供线上培训，并为总部提供两次现场培训。
4. 乙方提供门店开通操作指引及视频教程。
（三）其他服务
1. 乙方指定一名客户成功经理负责甲方账户，每月提供平台使用情况报告，每季度召开一次服务回顾会议。
2. 平台新版本上线前，乙方应提前七日通知甲方，并在测试环境中提供试用。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（三）每次续期时，乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前十五日通知甲方。
（四）续期期间，本合同的服务水平、数据及保密条款继续适用。

三、费用及支付
（一）费用明细：
1. 订阅费：每个服务年度人民币268,000元，两个服务年度合计536,000元；
2. 实施费（含小程序定制及接口对接）：人民币58,000元；
3. 数据迁移费：人民币18,000元。
合同总价为人民币612,000元（含6%增值税）。
（二）订阅费按季度支付，每季度首月十日前支付当季订阅费67,000元。
（三）实施费及数据迁移费在上线验收合格后十五个工作日内一次性支付。
（四）乙方应在收款前开具合规的增值税专用发票。
（五）订阅费包含平台升级、日常运维、云资源及短信通知费用（每个服务年度短信不超过二十万条）。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成全部实施工作并提交上线验收申请。
（二）上线验收标准：
1. 40家门店全部开通，课程预约、签到、课时扣减流程经甲方抽测10家门店无差错；
2. 迁移后学员档案、剩余课时及储值余额与原系统逐条核对一致；
3. 小程序在500人同时预约时页面响应时间不超过2秒；
4. 与财务系统对接的日结数据连续七日核对一致。
（三）甲方应在收到申请后十个工作日内组织验收并出具书面意见。平台上线试用不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日，向甲方支付违约金人民币500元。
（五）实施期间，乙方应每周提交实施进度报告；甲方应提供门店清单、课程及价格资料，并指定项目联系人。
（六）验收通过后三十日内，乙方应对门店人员使用中提出的问题集中优化一次。

五、服务水平
（一）平台每月可用率不低于99.5%，计划内维护应安排在凌晨两点至六点之间并提前三日通知。
（二）故障分级及响应：
1. 一级故障（平台整体无法访问或无法预约、收银）：30分钟内响应，2小时内恢复；
2. 二级故障（单个功能模块异常）：1小时内响应，8小时内恢复；
3. 三级故障（一般咨询或界面问题）：下一个工作日内答复。
（三）月可用率未达到承诺的，每低于0.5个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，抵扣额不超过当月订阅费的50%；一级故障未按时恢复的，每次另行抵扣人民币1,000元。
（四）乙方每月五日前向甲方提交上月服务报告，列明可用率、故障记录及处理情况，甲方有异议的，双方核对系统日志确定。
（五）平台升级或变更不得降低已提供的功能和性能，涉及收银、储值等资金相关功能的变更，须提前十五日书面通知甲方。

六、数据
（一）甲方上传及平台运行中产生的学员信息、课时及储值数据、交易记录（以下简称“甲方数据”）归甲方所有。
（二）甲方同意，乙方可将甲方数据经脱敏和汇总处理后，用于乙方的行业经营分析报告、产品改进及向其他客户提供对标数据，该使用在本合同终止后仍可继续。
（三）数据安全：乙方应将甲方数据存储于中国境内的云服务器，采取加密存储、传输加密、权限分级及操作日志审计等措施，并通过网络安全等级保护第三级备案。发生数据泄露的，乙方应在二十四小时内通知甲方并采取补救措施，因乙方原因导致的损失由乙方赔偿。
（四）合同终止后三十日内，乙方应按甲方要求导出全部甲方数据并删除平台中的副本。
（五）学员个人信息的处理应符合《中华人民共和国个人信息保护法》的规定，乙方不得将学员个人信息用于营销推送或提供给任何第三方。
（六）甲方有权在每个服务年度对乙方的数据安全措施进行一次检查或委托第三方评估，乙方应予配合。乙方使用的云服务商应为境内具备相应资质的服务商。

七、保密
双方对合作中知悉的对方商业秘密、学员信息及价格政策负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内有效。乙方应要求接触甲方信息的员工签署保密承诺。

八、知识产权
（一）平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、课程体系配置及财务接口程序归甲方所有，甲方可自行或委托第三方使用和修改。
（三）乙方保证平台及定制内容不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担责任。

九、违约与责任限制
（一）任何一方违反本合同约定的，应赔偿对方因此遭受的损失。
（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据泄露及故意或重大过失造成的损失不受此限。
（三）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之三支付违约金；逾期超过三十日的，乙方可暂停服务，但应提前五日书面通知甲方。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十一、合同解除
乙方严重违约且在收到甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还已收取但未提供服务期间的订阅费。
合同终止或期满不续约的，乙方应给予甲方三十日的数据导出过渡期，过渡期内平台保持可用，不另收费。

十二、争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、不可抗力
因不可抗力导致平台中断或无法履行的，受影响方应及时通知对方并尽力减少损失，相应期间的责任予以免除，但乙方所用云服务商的故障不属于不可抗力。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：2027年　月　日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 + （一）)
Z04 = """松岭县林业局森林防火监测系统运维服务合同

项目编号：SLXCG-2026-CS-047
采购方式：竞争性磋商
甲方（采购人）：松岭县林业局
乙方（成交供应商）：黑龙江林盾智能科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就松岭县森林防火监测系统运维服务订立本合同。

第一条 服务对象
本合同运维对象为甲方森林防火监测系统，包括：高山瞭望塔可见光及热成像双光谱摄像机86套、前端太阳能供电及微波传输设备86套、中心机房视频存储及烟火识别服务器、县防火指挥中心大屏及指挥调度软件、护林员巡护终端320台及巡护管理平台。设备清单见本合同附件一。服务期内甲方新增设备的，乙方应一并纳入运维范围，新增设备数量不超过原有数量5%的，不另行收费。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。每年3月15日至6月15日、9月15日至11月30日为森林防火期（以下简称“防火期”），防火期内乙方应加强值守。服务期满后，甲方将依法重新组织采购，本合同不自动续期。

第三条 服务内容
（一）日常巡检：乙方每月对中心机房、指挥中心设备及软件巡检一次，每季度对全部前端塔点现场巡检一次，防火期内每月巡检一次，形成巡检记录报甲方。
（二）故障处理：前端摄像机、供电、传输设备及中心系统的故障诊断、维修及更换，备品备件由乙方负责，单件价值超过人民币一万元的主要部件由甲方另行采购。
（三）软件维护：烟火识别算法参数调优、平台补丁更新、数据库备份及恢复演练，每季度出具系统运行报告。烟火识别误报率较上季度明显上升的，乙方应分析原因并提出优化方案。
（四）防火期保障：防火期内乙方在县防火指挥中心安排两名技术人员驻场值守，配合甲方开展火情核查及应急指挥。
（五）护林员终端：终端故障维修、APP升级及护林员使用培训。
（六）人员要求：乙方应组建不少于八人的运维团队，其中项目负责人一名、驻场人员两名、前端维护人员四名、软件工程师一名，人员名单及资质证书报甲方备案；项目负责人及驻场人员更换须提前十日书面告知甲方并经甲方同意。
（七）安全作业：乙方前往塔点巡检应配备越野车辆、卫星电话及安全防护装备，进入林区须遵守防火期管理规定，严禁携带火种。
（八）台账管理：乙方应建立设备台账及备件台账，每季度与甲方核对一次；更换下的旧部件应交回甲方处置。
（九）应急增援：遇重大火情或上级检查，乙方应按甲方通知增派技术人员，增派人员费用已包含在服务费中。
（十）培训演练：乙方每季度为甲方防火值班人员及护林员开展一次系统操作培训，防火期前配合甲方开展一次应急演练。

第四条 服务费用及支付
（一）服务费总额为人民币柒拾捌万陆仟元整（¥786,000），含税，包括人工、差旅、备品备件、车辆及工具等全部费用。
（二）服务费按季度支付。每季度结束后十五个工作日内，甲方支付当季服务费196,500元。
（三）服务费不因备品备件价格、人工成本变动而调整。
（四）乙方应在每次付款前开具合规发票。

第五条 服务水平
（一）故障分级：一级故障指指挥中心系统中断、烟火识别服务停止或同一片区三座以上塔点同时离线；二级故障指单个塔点离线或图像异常；三级故障指其他不影响监测的问题。
（二）响应及处理时限：一级故障30分钟内响应，防火期内3小时内到达现场，非防火期6小时内到达现场，24小时内修复；二级故障2小时内响应，48小时内修复；三级故障在下一次巡检时处理。
（三）乙方未在上述时限内响应或修复的，应向甲方提交书面说明并限期整改。季度考核结果仅作为乙方改进服务的依据，不与服务费支付挂钩，甲方不因此扣减服务费。
（四）乙方应建立运维工单系统，记录每一故障的报修时间、响应时间、到场时间及修复时间，甲方可随时查询。
（五）防火期内乙方应每日两次检查全部塔点在线情况及烟火识别服务运行状态，发现异常立即处理并报告甲方值班人员。
（六）乙方应每半个月对中心机房存储及服务器进行一次备份检查，每季度进行一次恢复演练，确保监测视频至少保存九十日。

第六条 考核与验收
（一）季度考核：甲方按磋商文件所附考核表，从巡检完成率、故障处理及时率、塔点在线情况、驻场人员到岗情况及运行报告质量五个方面考核，得分达到80分为合格。
（二）服务期满后，甲方组织年度验收，验收标准为：全部巡检记录完整、所有故障工单已关闭、设备台账与实物一致、数据备份可恢复、乙方已移交全部运维文档。验收合格后双方签署验收报告。
（三）年度验收不合格的，乙方应在十五日内整改，整改完成后重新组织验收。

第七条 违约责任
（一）乙方未在服务期开始之日起进场开展服务的，每逾期一日，按服务费总额的千分之一向甲方支付违约金。
（二）防火期内驻场人员无故缺岗的，乙方应及时补派人员并书面说明原因。
（三）乙方未按约定完成巡检的，应在甲方通知后五日内补充巡检。
（四）乙方违反本合同约定给甲方造成损失的，应予赔偿。
（五）乙方在本合同项下的累计赔偿责任（含违约金）不超过服务费总额的50%。

第八条 数据安全
（一）监测视频、火情图像、护林员轨迹及系统运行数据均属甲方所有，乙方仅为履行运维工作在授权范围内访问，不得复制、下载、留存或用于其他目的。
（二）乙方运维人员应签署安全承诺书，远程维护须经甲方审批并全程录像；乙方应落实账号权限管理、口令定期更换及病毒防护措施。乙方不得在运维终端上安装与运维无关的软件。
（三）发生数据泄露、篡改或系统被入侵的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担相应法律责任及赔偿责任。
（四）服务期满或合同解除时，乙方应移交全部账号口令，删除其持有的全部甲方数据，并出具书面说明。

第九条 保密
乙方对履约中知悉的塔点位置、林区资源分布、指挥调度方案及其他非公开信息负有保密义务，不得向第三方泄露，保密义务在合同终止后持续有效。乙方应对其员工进行保密教育，并要求参与本项目的人员签署保密协议。

第十条 知识产权
运维过程中形成的巡检记录、运行报告、配置文档及乙方为甲方编写的脚本，其知识产权归甲方所有。

第十一条 分包与转让
乙方不得将本合同服务转包或分包给第三方。

第十二条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算服务费。甲方未按约定支付服务费，经乙方书面催告后三十日内仍未支付的，乙方有权解除合同。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
磋商文件、响应文件及成交通知书为本合同组成部分。因自然灾害等不可抗力导致设备损毁的，乙方应协助甲方恢复，设备修复或更换费用由双方另行协商。本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。
附件一：运维设备清单；附件二：季度考核表；附件三：塔点分布及巡检路线；附件四：驻场人员名单。

甲方（盖章）：松岭县林业局　　　　乙方（盖章）：黑龙江林盾智能科技有限公司
签订日期：2026年12月　日
"""

# ---------------------------------------------------------------- z05 (md, supplier's template, ## 第X条)
Z05 = """# 匠迹工序追踪系统 软件许可及定制开发合同

**（匠迹软件标准合同文本 2026版）**

- 合同编号：JJ-XS-2027-0112
- 甲方（客户）：苏州墨拓文化艺术工作室
- 乙方（服务商）：南京匠迹软件有限公司

甲方拟采购乙方“匠迹工序追踪系统”用于碑帖拓印、装裱及复制品制作的工序管理，乙方同意按本合同约定提供软件许可及定制开发服务。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工序追踪系统标准版的永久使用许可，授权用户数为30个。

1.2 乙方根据甲方需求进行定制开发，内容包括：拓片档案管理（原石信息、拓制批次、纸墨材料）、工序看板（上纸、捶拓、揭取、托裱、题跋）、订单进度查询小程序及与甲方网店系统的订单接口。

1.3 乙方负责系统在甲方服务器上的安装部署及基础培训。乙方提供一次现场培训，时长一天，培训对象不超过十人。

1.4 本合同许可的软件仅限甲方在其经营场所内部使用，甲方不得将软件出租、出借或提供给第三方使用。

1.5 定制开发的具体内容以双方确认的需求清单为准，需求清单确认后甲方提出的新增需求，乙方将另行报价。

1.6 软件版本：匠迹工序追踪系统V3.6标准版，后续版本升级以乙方发布为准。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 工序追踪系统标准版软件许可（30用户） | 1套 | 168,000 |
| 2 | 定制开发（拓片档案、工序看板、小程序、网店接口） | 1项 | 142,000 |
| 3 | 安装部署及培训 | 1项 | 26,000 |
| | 合计 | | 336,000 |

合同总价为人民币叁拾叁万陆仟元整（¥336,000），含税。上述价格不含服务器、数据库及操作系统等第三方软硬件，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币218,400元。乙方收到该款项后启动开发工作。

3.2 系统安装部署完成后五个工作日内，甲方支付合同总价的35%，即人民币117,600元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

3.4 乙方收到款项后开具增值税普通发票，如甲方需要专用发票应提前告知。

3.5 因甲方原因导致项目暂停超过三十日的，乙方有权要求甲方支付全部合同款项。

## 第四条 开发与交付

4.1 乙方将根据甲方提供的需求资料安排开发，预计于收到首期款后六十个工作日左右完成部署。实际进度以乙方项目计划为准。

4.2 因甲方需求变更、资料提供不及时或配合不到位导致延期的，交付时间相应顺延，乙方不承担责任。

4.3 乙方交付内容为可运行的系统及用户操作手册。源代码不属于交付内容。乙方向甲方提供的用户操作手册为电子版。

4.4 甲方应指定专人负责需求确认及配合工作，提供开发所需的服务器、网络环境及样本数据，并在乙方提出确认请求后三个工作日内答复，逾期未答复的视为确认。

4.5 甲方服务器应满足乙方提供的配置要求：操作系统为64位Linux，内存不低于32GB，硬盘不低于2TB。

## 第五条 验收

5.1 系统安装部署完成后，乙方通知甲方试用。

5.2 系统安装部署完成即视为甲方验收合格。甲方在试用中发现的问题，可通过乙方客服渠道提交，乙方将在后续版本中酌情处理。

5.3 试用期间甲方可将系统用于正式生产，正式使用不影响乙方对验收合格的认定。

5.4 系统上线后甲方提出的界面调整、报表修改等要求，属于新增需求，乙方将另行报价。

## 第六条 免费维护

6.1 自系统安装部署完成之日起三个月为免费维护期。

6.2 免费维护期内，乙方通过电话、微信群及远程方式提供技术支持，服务时间为工作日9:00至17:00。乙方将尽合理努力解决甲方反映的问题，但不对响应或解决时间作出承诺。

6.3 因甲方操作不当、自行修改配置、服务器或网络环境变化导致的问题，不属于免费维护范围。

6.4 免费维护期内乙方可提供一次上门服务，超出次数的上门服务按乙方收费标准另行收取差旅及人工费用。

6.5 乙方客服渠道包括服务热线、企业微信及电子邮箱，节假日不提供服务。

## 第七条 有偿维护

7.1 免费维护期满后，甲方如需继续获得技术支持及版本升级，应向乙方购买年度维护服务。

7.2 年度维护服务费按乙方当年公布的价格标准收取，乙方有权根据成本变化调整。

7.3 维护服务内容包括远程技术支持、软件补丁及版本升级，现场服务及二次开发另行收费。

7.4 甲方未购买维护服务的，乙方不再提供任何技术支持，因此造成的系统问题由甲方自行承担。

## 第八条 知识产权

8.1 乙方标准软件及其所有版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、小程序、接口程序及相关文档的知识产权归乙方所有，乙方授予甲方在本合同许可范围内非独占的使用权。甲方不得自行或委托第三方修改、反向工程或转让。

8.3 乙方有权将定制开发形成的通用功能纳入乙方标准产品，向其他客户提供。

8.4 甲方使用软件过程中提出的改进建议，乙方可无偿采纳并用于产品改进。

## 第九条 数据与安全

9.1 甲方在系统中录入的拓片档案、客户及订单数据归甲方所有。乙方仅为提供本合同服务的目的访问甲方数据，不得用于其他用途。

9.2 乙方远程维护时应使用甲方分配的账号，落实访问控制及防病毒措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，并承担相应的赔偿责任。

9.3 甲方应自行做好数据备份，乙方建议甲方每日备份一次数据库。

9.4 合同终止后，乙方将在甲方书面要求下协助导出数据，导出服务按乙方标准收费。

## 第十条 保密

双方对在合作中获知的对方商业信息负有保密义务，未经对方同意不得向第三方披露。保密期限为合同终止后两年。

## 第十一条 外包

乙方有权根据项目需要，将部分开发、测试或部署工作委托给乙方选定的第三方完成，无需另行取得甲方同意。乙方对其委托的第三方的工作进行协调，但不对第三方的违约行为承担连带责任。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方不对甲方的间接损失、利润损失或数据丢失承担责任，但本合同第9.2条另有约定的除外。

12.3 因不可抗力、第三方网络故障、甲方服务器故障或病毒攻击导致的系统中断，乙方不承担责任。

12.4 甲方逾期付款超过三十日的，乙方有权暂停技术支持服务并收回软件许可。

## 第十三条 合同解除

一方严重违反本合同约定，经另一方书面催告后十五日内仍未纠正的，另一方有权解除本合同。甲方单方解除合同的，已支付的款项不予退还。

## 第十四条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致合同不能履行的，受影响方不承担违约责任，但应及时通知对方。

## 第十五条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同为乙方标准合同文本，未尽事宜双方可另行签订补充协议。

16.2 本合同附件包括：需求清单、报价单、服务器配置要求。附件与本合同具有同等法律效力。

16.3 本合同中乙方的报价有效期为三十日，逾期签订的乙方有权重新报价。

16.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：南京匠迹软件有限公司

签订日期：2027年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N + N.N)
E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LCM-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengtai Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo, Zhejiang Province (the "Buyer"), and Lowcountry Maintenance Systems, Inc., a South Carolina corporation with its principal office at Walterboro, South Carolina, United States of America (the "Vendor").
P:The Buyer operates three foundry and machining plants and wishes to replace its spreadsheet-based maintenance records with the Vendor's computerised maintenance management software. The Vendor has agreed to license that software to the Buyer and to configure, implement and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintainPro CMMS, release 9, including the mobile work-order application, the spare-parts module and the reliability analytics module, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means the work-order templates, asset hierarchy, preventive maintenance plans, reports, dashboards and the interfaces to the Buyer's ERP and energy-metering systems that the Vendor develops or configures for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all asset records, maintenance histories, spare-parts data, meter readings, personnel data and other information entered into or generated by the Software for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers in the People's Republic of China for up to 260 named users and unlimited mobile devices, for the internal operations of the Buyer and its wholly owned subsidiaries.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer shall not sell, sublicense or reverse engineer the Software except as permitted by mandatory law.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,716,000, inclusive of value-added tax, broken down as follows: Software licence fee CNY 1,260,000; configuration and interface development CNY 318,000; data migration CNY 96,000; training CNY 42,000.
P:3.2 The price is fixed and covers all travel, expenses and third-party components required to deliver the Software and the services.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within 20 business days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the total price within 20 business days after the Vendor has installed the Software, completed data migration and the Buyer has signed the installation certificate. The installation certificate records completion of installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price within 20 business days after Final Acceptance.
P:4.4 Each invoice shall be a valid PRC value-added tax invoice issued through the Vendor's appointed local agent, and all amounts are paid in CNY by bank transfer.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software and deliver all Custom Deliverables within 110 days after signature, following a project plan approved by the Buyer.
P:5.2 Acceptance testing shall verify that (a) every function in the approved specification works as described; (b) migrated asset and maintenance records reconcile with the source records, with no missing asset; (c) the ERP interface posts spare-parts issues and receipts correctly for ten consecutive business days; (d) work-order screens open within three seconds with 150 concurrent users; and (e) no Severity 1 defect has occurred during a 30-day operation period.
P:5.3 When the criteria in Article 5.2 are met, the Buyer shall sign a Final Acceptance certificate within ten business days. Go-live, productive use or any payment does not constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defects at its own cost within 15 days and the test shall be repeated.
P:5.5 Training comprises three days of administrator training and two days of train-the-trainer sessions at each plant, delivered in Mandarin by the Vendor's certified trainers, with course materials that the Buyer may copy for internal use.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 24 months after Final Acceptance. During the warranty period the Vendor shall correct defects and provide all updates and new releases free of charge.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee shall not exceed 11% of the Software licence fee, namely CNY 138,600 per year, and shall not be increased for the first three support years. Support is ordered year by year and does not renew automatically.
P:6.3 Defects are classified as Severity 1 (the Software is down or work orders cannot be created at any plant), Severity 2 (a major function is impaired) and Severity 3 (other defects). The Vendor shall respond to a Severity 1 defect within one hour, at any time, and restore service within eight hours; to a Severity 2 defect within two business hours; and to a Severity 3 defect within two business days.
P:6.4 For each hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall pay the Buyer a service credit of CNY 1,000, deducted from the next payment or support fee.
P:6.5 During the warranty period the Vendor shall provide a quarterly health check of the Buyer's installation, covering database size, job schedules, interface logs and user licences, and shall report its findings and recommendations in writing.
H:Article 7 Delay Damages
P:7.1 If the Vendor fails to achieve Final Acceptance by the date in the approved project plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:7.2 If the delay exceeds 45 days, the Buyer may terminate this Agreement under Article 12.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:8.2 The Vendor shall access the Buyer's systems only through the remote-access gateway designated by the Buyer, with individual accounts approved for each session, and shall not copy Buyer Data outside the Buyer's systems. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within 12 hours of any actual or suspected unauthorised access to Buyer Data, cooperate in the investigation and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party and use it only for this Agreement. This obligation survives for five years after termination.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all intellectual property rights in the Software.
P:10.2 The Custom Deliverables, including their source code and documentation, belong to the Buyer on payment of the relevant price. The Buyer may use, modify and license them freely, including through third parties.
P:10.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Article 8.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or in the case described in Article 7.2. On such termination the Vendor shall refund the amounts paid for undelivered items.
P:12.2 Termination does not affect the Buyer's licence to the Software and the Custom Deliverables already paid for, or any accrued rights of either party.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor's appointed local agent acts only as invoicing agent and performs no part of the services. The Vendor remains responsible for all subcontracted work.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of South Carolina, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the China International Economic and Trade Arbitration Commission in Shanghai, in the English language.
H:Article 15 General
P:15.1 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly, gives evidence of the event and takes reasonable steps to limit its effects. If force majeure lasts more than 60 days, either party may end the affected part of this Agreement by written notice.
P:15.2 Annex 1 (Functional Specification) and Annex 2 (Project Plan and Local Agent) form part of this Agreement. This Agreement is made in two English originals, one for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A A1-A6 + General Terms Part B)
E02 = """# ORDER FORM — FIELDWISE SERVICE CLOUD

**Order Form No. FW-CN-2027-0319**

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to this Order Form only and prevails over any terms printed on a purchase order.

| Party | Details |
|---|---|
| Provider | Fieldwise Software LLC, 118 East Main Avenue, Chewelah, Washington 99109, United States |
| Customer | Suzhou Ruiheng Elevator Services Co., Ltd., Suzhou Industrial Park, Jiangsu Province, PRC |
| Customer contact | Director of Service Operations |
| Provider contact | Account Director, Greater China |

## PART A — ORDER DETAILS

### A1. Services

Provider will provide the Fieldwise Service Cloud, a hosted field-service management platform, for the Customer's elevator installation, inspection and maintenance teams. The subscription covers 420 technician licences, 60 dispatcher licences, the mobile inspection app, the parts-tracking module and the customer portal. Onboarding covers configuration of inspection checklists for the Customer's 14 elevator models, migration of 18,600 equipment records and an interface to the Customer's ERP system. Training covers two sessions for dispatchers and administrators and a recorded course for technicians in Mandarin.

### A2. Subscription Term

The Subscription Term is 36 months, starting on the date of Go-Live Acceptance under A5. It ends at the end of the 36th month. Any extension requires a new Order Form signed by both parties; there is no automatic renewal. The parties will start discussing any extension at least 90 days before the end of the Subscription Term.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Year 1 | 480 named users, annual | 196,000 |
| Subscription, Year 2 | 480 named users, annual | 196,000 |
| Subscription, Year 3 | 480 named users, annual | 196,000 |
| Onboarding (configuration, migration, ERP interface, training) | fixed price, one-time | 46,000 |
| **Total Contract Value** | | **634,000** |

Fees include VAT. Subscription fees are fixed for the Subscription Term. Additional users may be added at the pro-rated unit price in this table.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance.

(b) Each year's subscription fee is invoiced at the start of that subscription year and is payable within 30 days of the invoice date. No fee is payable before Go-Live Acceptance.

(c) Invoices are VAT invoices issued by Provider's reseller in Shanghai on Provider's behalf and payable in CNY.

### A5. Onboarding and Go-Live Acceptance

(a) Provider will complete onboarding within 60 days after signature of this Order Form.

(b) Go-Live Acceptance requires that: (i) all inspection checklists are configured and approved by the Customer; (ii) the migrated equipment records reconcile with the Customer's source register, with no missing unit; (iii) the ERP interface transfers parts orders correctly for ten consecutive business days; and (iv) the mobile app works offline and synchronises on reconnection in a test at three sites.

(c) The Customer will confirm Go-Live Acceptance in writing within seven business days after the tests pass. Use of the platform during testing is not acceptance.

(d) If onboarding is not completed on time for reasons attributable to Provider, Provider will pay CNY 600 per day of delay, up to CNY 30,000, deducted from the onboarding fee.

### A6. Service Levels

(a) Provider will make the platform available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 01:00 and 05:00 China Standard Time.

(b) Priority 1 incidents (platform unavailable, or technicians unable to open or close work orders) will be responded to within 30 minutes and worked on continuously until resolved. Priority 2 incidents will be responded to within two hours and Priority 3 incidents within one business day.

(c) If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly amount. Each late response to a Priority 1 incident earns a further credit of CNY 800. Credits are applied to the next invoice.

## PART B — GENERAL TERMS

### 1. Use of the Services

1.1 The Customer may use the Services for its internal business during the Subscription Term through the users ordered in Part A.

1.2 The Customer is responsible for its users' compliance with this Order Form and for keeping their log-in credentials secure.

1.3 Provider may update the Services from time to time, provided that no update materially reduces the functions, security or performance described in this Order Form. Provider will announce major releases at least 14 days in advance and make release notes available in Chinese and English.

### 2. Customer Data

2.1 All data submitted to the Services by or for the Customer, including equipment records, inspection results, photographs and technician locations ("Customer Data"), belongs to the Customer.

2.2 Provider processes Customer Data only to provide the Services to the Customer and does not use it for any other purpose.

2.3 Within 30 days after the end of the Subscription Term, Provider will return all Customer Data in CSV and JSON formats and then delete it, and will certify the deletion in writing.

2.4 Provider will not transfer Customer Data outside mainland China, and will assist the Customer with any request from a regulator or a data subject relating to Customer Data.

### 3. Data Security

3.1 Customer Data is hosted in a data centre in mainland China operated by a provider holding a Level 3 MLPS record. Provider encrypts Customer Data in transit and at rest, restricts access to named staff on a need-to-know basis and keeps access logs for at least 180 days.

3.2 Provider will notify the Customer of any security incident affecting Customer Data within 24 hours after discovery, take remedial measures and provide an incident report. Provider is liable for losses caused by a security incident resulting from its failure to meet this Section 3.

3.3 Provider will carry out an annual penetration test by an independent tester and share a summary of the results and its remediation plan with the Customer on request.

### 4. Confidentiality

Each party will protect the other's confidential information with reasonable care, use it only for this Order Form and not disclose it to third parties, for the Subscription Term and three years after it.

### 5. Intellectual Property

5.1 Provider owns the platform and all improvements to it.

5.2 The inspection checklists, report templates and the ERP interface code created for the Customer during onboarding belong to the Customer, which may use, modify and license them freely, and Provider will deliver them to the Customer in editable form.

### 6. Subcontractors

Provider may engage subcontractors, including hosting providers and local implementation partners, to perform any part of the Services. Provider will inform the Customer of each subcontractor by written notice before it starts work. Provider remains responsible for its subcontractors.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Each party's total liability arising out of this Order Form is limited to the fees paid or payable by the Customer in the nine months before the event giving rise to the claim. This limit does not apply to breach of Section 3 or Section 4, or to wilful misconduct.

7.3 Service credits are deducted from fees and do not count towards the limit in Section 7.2.

### 8. Term and Termination

8.1 This Order Form runs from signature until the end of the Subscription Term.

8.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after notice. On termination by the Customer for Provider's breach, Provider refunds prepaid fees for the remaining period.

8.3 At the end of the Subscription Term, or on earlier termination, Provider will keep the platform available in read-only mode for 30 days so that the Customer can complete the data return under Section 2.3.

### 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 10. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided that it notifies the other party promptly and resumes performance as soon as possible. Failures of Provider's hosting providers or subcontractors are not force majeure.

### 11. General

This Order Form is the entire agreement on its subject. Notices must be in writing and sent to the contacts named at the top of this Order Form. Amendments must be in writing and signed by both parties.

| Signed for Provider | Signed for Customer |
|---|---|
| Name / Title / Date | Name / Title / Date |
"""

# ---------------------------------------------------------------- e03 (docx, 1. / 1.1, Word price table)
E03 = """
T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND MONITORING SOFTWARE
P:Contract No. DGHY-EQ-2027-027
P:Buyer: Dongguan Haiyue Paper Co., Ltd., Machong Town, Dongguan, Guangdong Province, People's Republic of China.
P:Supplier: Pinebelt Reliability Instruments, LLC, Columbia Street, Bogalusa, Louisiana, United States of America.
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to fit its two paper machines, its stock preparation line and its power house with wireless vibration and temperature sensors and a condition monitoring platform, and the Supplier has offered to supply, install and support them.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's PulseWatch condition monitoring software, perpetual licence, including its analytics, alarm and reporting modules.
P:1.3 "Project Deliverables" means the sensor mounting drawings, the asset and alarm configuration, the dashboards and the interface to the Buyer's maintenance management system prepared for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, asset records and reports collected or generated for the Buyer.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, license the Software, mount and commission all sensors on the machines listed in Annex 1, install the Software on the Buyer's servers in Dongguan, configure alarm thresholds for each asset with the Buyer's reliability engineers, and train the Buyer's staff.
P:2.2 The Supplier shall provide all mounting studs, adhesives, cabling for gateways and tools. The Buyer provides power sockets and network ports at the gateway locations shown in Annex 1.
P:2.3 The Supplier shall assign a project engineer who speaks Mandarin as the single point of contact for the Buyer from signature to Final Acceptance, and shall report progress to the Buyer's reliability manager every week.
H:3. Price
P:3.1 The Contract Price is CNY 1,656,000, inclusive of VAT, delivery to the Buyer's mill, insurance, installation and training. It is fixed and not subject to adjustment. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX-rated|240|2,650|636,000
TB:2|Wireless bearing temperature sensor|160|1,180|188,800
TB:3|Industrial gateway with LTE backup|24|9,800|235,200
TB:4|PulseWatch software, perpetual licence, 500 assets|1|412,000|412,000
TB:|Equipment and Software Subtotal|||1,472,000
TB:5|Installation and commissioning|1 lot|138,000|138,000
TB:6|Configuration, interface and training|1 lot|46,000|46,000
TB:|Contract Price|||1,656,000
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price within 15 business days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:4.2 Installation payment: 55% of the Contract Price within 15 business days after all Equipment has been installed and the Buyer has signed the installation record. The installation record confirms installation only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price within 15 business days after Final Acceptance under clause 6.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment DAP the Buyer's mill within 50 days after signature and complete installation within 30 days after delivery, working only during the machine shutdowns scheduled by the Buyer.
P:5.3 The Equipment shall be packed for sea and road transport, marked with the Contract number, and delivered with packing lists, certificates of origin and conformity, calibration certificates for every sensor and the Chinese and English manuals.
P:5.4 The Supplier's staff on site shall follow the Buyer's safety rules, including lock-out and permit-to-work procedures, and shall wear the protective equipment required in each area of the mill. The Supplier is responsible for accidents caused by its staff.
P:5.2 If the Supplier fails to deliver, install or achieve Final Acceptance on time for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:6. Acceptance
P:6.1 Acceptance tests shall show that: (a) every sensor reports to the Software at the configured interval; (b) vibration readings agree with the Buyer's calibrated portable analyser within 5% on the reference points in Annex 2; (c) alarms reach the Buyer's maintenance management system within 60 seconds; (d) the Software dashboards and reports in Annex 2 are complete; and (e) fewer than 1% of scheduled readings are missed over a 30-day trial operation.
P:6.2 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten business days. Delivery, installation or use of the system does not constitute acceptance.
P:6.3 Failed tests shall be repeated after correction at the Supplier's cost.
P:6.4 Final Acceptance does not release the Supplier from its warranty or from liability for hidden defects.
H:7. Warranty and Post-Warranty Support
P:7.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and provide Software updates.
P:7.2 After the warranty the Buyer may order annual support. The annual support fee is capped at 8% of the Equipment and Software Subtotal, namely CNY 117,760 per year, fixed for the first three support years. Support does not renew automatically.
P:7.3 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace any failed unit within five days, during the warranty and any support year, and shall supply spare parts for at least eight years after Final Acceptance.
P:7.4 Sensor batteries shall have a rated life of at least five years at the configured measurement interval.
H:8. Service Levels
P:8.1 During the warranty and any support year, faults are classified as critical (the Software or more than one gateway down, or alarms not delivered), major (a single gateway or a group of sensors not reporting) and minor (any other fault).
P:8.2 Critical faults shall be responded to remotely within 30 minutes, 24 hours a day. If a critical fault cannot be fixed remotely, a Supplier engineer shall arrive on site the next calendar day. Major faults shall be responded to within two hours during business days, and minor faults within two business days.
P:8.3 For each hour of late response to a critical fault the Supplier shall pay CNY 1,000, and for each day a critical fault remains unresolved after the engineer's arrival a further CNY 2,000, deducted from any amount payable to the Supplier.
H:9. Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for product development, benchmarking or any other purpose.
P:9.2 The Supplier shall protect Buyer Data with encryption in transit, role-based access and logging, and access the Buyer's network only through the Buyer's VPN with approval for each session. Any security incident shall be reported to the Buyer within 12 hours, and the Supplier is liable for losses caused by its failure to protect Buyer Data.
P:9.3 The Software shall be installed on the Buyer's servers, and Buyer Data shall not be transferred outside the People's Republic of China without the Buyer's written approval.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's process and production data, and shall not disclose it without prior written consent. This obligation survives termination by five years.
P:10.2 The Supplier shall not publish photographs of the Buyer's mill or name the Buyer as a reference customer without the Buyer's written approval.
H:11. Intellectual Property
P:11.1 The Project Deliverables belong to the Buyer, which may use, modify and license them without restriction. The Supplier keeps its rights in the Software and in sensor firmware, both licensed to the Buyer perpetually.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are unlimited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any work without the Buyer's prior written consent, and remains responsible for any subcontractor approved by the Buyer.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if liquidated damages reach their maximum.
P:14.2 On such termination the Supplier shall refund all amounts paid for Equipment and Software that the Buyer returns, and the Buyer may keep any part of the system that it has accepted, at the prices in clause 3.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or acts of government, if it notifies the other party within five days and takes reasonable steps to limit the delay. Time for performance is extended by the period of the event.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.
P:Annex 1: Machine list and sensor locations. Annex 2: Reference points, dashboards and reports.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, Sections + Schedules 1-3 as tables)
E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference: GCS-MSA-2027-08**

**Between** Gulfcoast Service Desk Solutions, Inc., a Florida corporation with its offices on Water Street, Apalachicola, Florida, United States ("Provider"),

**and** Hefei Lanxin New Energy Materials Co., Ltd., a company established in Hefei, Anhui Province, People's Republic of China ("Customer").

Customer runs a head office in Hefei and two plants in Chuzhou and Tongling with about 1,150 computer users. Customer wishes to outsource its IT service desk, end-user device management and server monitoring to Provider for 36 months, and Provider agrees to provide those services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider receives or can access in performing the Services.

1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any continuation requires a new written agreement; there is no automatic renewal.

## 3. Transition and Transition Acceptance

3.1 Provider shall complete the transition of the Services within 75 days after signature, following the transition plan agreed at the kick-off meeting. Transition includes knowledge transfer from Customer's current staff, set-up of Provider's ticketing tool for Customer, enrolment of all devices in the device management tool and installation of monitoring agents on all servers.

3.2 Transition Acceptance requires that: (a) all end-user devices in Customer's asset list are enrolled and reporting; (b) all servers in Schedule 1 are monitored, with alerts tested; (c) the service desk has handled live tickets for 15 business days in parallel with Customer's staff, meeting the Service Levels; and (d) the knowledge base for Customer's 40 most common requests is approved by Customer.

3.3 Customer shall sign the Transition Acceptance certificate within five business days after the criteria are met. Parallel running does not constitute acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 90,000.

3.5 Customer shall give Provider timely access to its sites, systems and staff during transition and shall name a transition manager.

## 4. Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall assign a named service delivery manager who speaks Mandarin and English, and keep at least two engineers on site at the Hefei head office during business hours.

4.3 Provider shall submit a monthly service report showing performance against each Service Level, ticket volumes and trends, and improvement actions. The parties meet monthly to review the report.

4.4 Provider shall follow Customer's IT policies, change management procedure and site rules, and shall obtain Customer's approval before making any change to production systems.

4.5 Provider shall keep the service desk knowledge base up to date and review it with Customer every quarter.

4.6 Provider shall run a customer satisfaction survey after each closed ticket and report the results in the monthly service report, together with the actions taken on negative feedback.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term and include VAT.

5.2 The transition charge is invoiced after Transition Acceptance. Monthly charges are invoiced monthly in arrears. Customer pays undisputed invoices within 30 days after receipt of a valid VAT invoice.

5.3 Service credits under Schedule 2 are deducted from the next monthly invoice.

5.4 If the number of users changes by more than ten per cent, the parties shall review the monthly charge in good faith; until agreed in writing, the charge in Schedule 3 applies.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 On expiry of the Term, Provider shall hand over all Customer Data, configuration records and documentation to Customer or a successor provider named by Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and disclose it only to its staff who need it. This obligation continues for three years after the end of the Term.

## 8. Intellectual Property

8.1 Provider keeps its rights in its tools, methods and ticketing software.

8.2 Scripts, runbooks, knowledge base articles and configuration records created specifically for Customer under this Agreement belong to Customer, which may use and modify them and have them used by any successor provider.

## 9. Personnel and Subcontracting

9.1 Provider shall replace any on-site engineer whom Customer reasonably finds unsuitable within ten business days.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors.

9.3 Provider shall keep a staff list for the Services and inform Customer of changes to key personnel, including the service delivery manager, at least 20 business days in advance.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total liability under this Agreement shall not exceed 125% of the total Charges for the Term. The limit does not apply to personal injury or wilful misconduct.

10.3 Provider shall maintain professional liability insurance and public liability insurance with reputable insurers for the Term and provide certificates to Customer on request.

## 11. Duration and Remedies

11.1 This Agreement may not be terminated before the end of the Term, except that either party may end it by written notice if the other party becomes insolvent or ceases business.

11.2 If Provider fails to perform the Services or meet the Service Levels, Customer's remedies are the service credits in Schedule 2, the delay payment under Section 3.4 and damages under Section 10. Customer shall not withhold undisputed Charges or terminate this Agreement on account of such failure.

## 12. Exit Assistance

12.1 During the last three months of the Term, Provider shall cooperate with Customer and any successor provider to transfer the Services, including handover meetings, open ticket lists and the items listed in Section 8.2, at no additional charge.

## 13. Force Majeure

13.1 Neither party is liable for failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

## 14. General

14.1 Schedules 1 to 3 form part of this Agreement. If they conflict with the Sections, the Sections prevail.

14.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Mandarin and English for about 1,150 users | 07:30–20:30 on business days; on-call at other times |
| On-site support | Two engineers in Hefei; visits to Chuzhou and Tongling at least weekly | Business hours |
| Device management | Enrolment, patching, software distribution and encryption for laptops and desktops | Continuous |
| Server monitoring | 86 Windows and Linux servers, storage and backup jobs; alert handling | 24 x 7 |
| IT asset records | Asset register kept up to date, quarterly reconciliation | Monthly report |
| Onboarding and leavers | Accounts, devices and access set up for new staff and removed for leavers, on request from Customer's HR | Within one business day |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident response (site or plant production systems down) | 15 minutes | 3% of the monthly charge per late incident |
| Priority 1 incident resolution | 6 hours | 3% of the monthly charge per late incident |
| Priority 2 incident response | 1 hour | 1% of the monthly charge per month missed |
| Service desk calls answered within 60 seconds | 90% of calls | 1% of the monthly charge |
| Patches applied within 14 days of release | 95% of devices | 1% of the monthly charge |

Total service credits in any month shall not exceed 20% of that month's charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Transition Acceptance | 84,000 |
| Monthly service charge | 58,500 per month x 36 months | 2,106,000 |
| **Total Charges for the Term** | | **2,190,000** |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings + numbered clauses)
E05 = """DATA SUBSCRIPTION AGREEMENT
AGRICULTURAL WEATHER AND CROP DATA API

Agreement No. PHD-CN-2027-011

PARTIES

Panhandle Harvest Data, Inc., a Florida corporation, 1300 Main Street, Chipley, Florida, United States ("Provider").

Heilongjiang Beifeng Agricultural Development Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China ("Customer").

BACKGROUND

Customer manages contract farming of soybean and maize for about 2,300 member farms and wishes to use Provider's weather, soil moisture and crop stage data in its own farm advisory application. Provider offers that data through an application programming interface ("API") and agrees to supply it on the terms below.

1. DEFINITIONS

1.1 "Provider Data" means the weather observations, forecasts, soil moisture estimates, crop stage models and derived indices that Provider makes available through the API.

1.2 "Customer Inputs" means the field boundaries, farm identifiers, planting dates, user queries and any other information Customer or its users send to the API.

1.3 "Start Date" means the date on which Customer confirms Integration Acceptance under clause 4.

1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary (the first Subscription Year), and the period from that anniversary to the day before the second anniversary (the second Subscription Year).

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API, store Provider Data in its own systems and display it to its member farms through Customer's advisory application in the People's Republic of China.

2.2 The subscription covers the Northeast China coverage area described in Annex A, up to 1.5 million API calls per month, daily forecasts at three-kilometre resolution and historical data from 2005 onwards.

2.3 Customer shall not resell Provider Data as a stand-alone data product.

2.4 Provider shall publish changes to the API at least 60 days before they take effect and keep the previous API version available for at least 90 days after a new version is released.

3. TERM AND RENEWAL

3.1 The Subscription Term consists of two Subscription Years starting on the Start Date.

3.2 At the end of the second Subscription Year, and at the end of each renewal year, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

3.3 Provider may increase the subscription fee for any renewal year by giving Customer written notice at least 75 days before that renewal year begins. The increased fee applies to the renewal year unless Customer gives notice of non-renewal in time.

3.4 All other terms of this Agreement continue to apply during any renewal year.

4. INTEGRATION AND INTEGRATION ACCEPTANCE

4.1 Provider shall set up Customer's API keys, a test environment and the custom field-boundary import adapter described in Annex B within 30 days after signature.

4.2 Integration Acceptance requires that: (a) the API returns complete responses for a sample of 500 member farms chosen by Customer; (b) forecast and soil moisture values for 20 reference stations agree with the reference values in Annex B; (c) the import adapter loads Customer's field boundary files without error; and (d) median API response time in the test period is below 800 milliseconds.

4.3 Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Calls made in the test environment do not constitute acceptance.

4.4 If Provider does not make the test environment and import adapter ready by the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

4.5 Provider shall give two online training sessions for Customer's developers and agronomists on the API, the data definitions and the interpretation of the crop stage models, and shall answer technical questions during integration within one business day.

5. FEES AND PAYMENT

5.1 The fees are as follows:
    Subscription fee, first Subscription Year ......... CNY 312,000
    Subscription fee, second Subscription Year ........ CNY 312,000
    Integration set-up and import adapter (one-time) .. CNY 22,000
    Total for the Subscription Term ................... CNY 646,000

5.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that year. The set-up fee is invoiced after Integration Acceptance. No amount is payable before the Start Date.

5.3 Calls above the monthly allowance are charged at CNY 0.02 per call and invoiced monthly in arrears.

5.4 Fees include VAT. Customer pays within 30 days after receiving a valid VAT invoice issued by Provider's authorised distributor in Beijing.

5.5 Fees for the Subscription Term are fixed. Disputed amounts may be withheld in good faith until the dispute is resolved.

6. SERVICE LEVELS

6.1 Provider shall make the production API available at least 99.95% of each calendar month, excluding maintenance windows announced three days in advance.

6.2 Severity 1 incidents (the API unavailable or returning wrong data for the whole coverage area) shall be responded to within one hour, at any time of day, and fixed or worked around within six hours. Severity 2 incidents shall be responded to within three business hours.

6.3 If monthly availability falls below the commitment, Customer receives a credit of 10% of the monthly equivalent of the subscription fee for each started half percentage point of shortfall. Each late response to a Severity 1 incident earns a credit of CNY 1,000. Credits are set off against the next invoice.

6.4 Provider shall publish a monthly service report showing availability, incidents and data delays for the China service.

6.5 Provider shall give Customer a named technical contact and a support portal available at all times, with telephone support in Mandarin on business days.

7. DATA AND DATA SECURITY

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to operate the API for Customer and shall not use them to improve its models, sell them, or combine them with data of other customers.

7.2 Provider shall host the China service of the API and all Customer Inputs on servers located in mainland China, encrypt Customer Inputs in transit and at rest, limit access to named operations staff and keep access logs.

7.3 Provider shall notify Customer of any security incident affecting Customer Inputs within 24 hours after discovery, take remedial measures and bear the losses caused by an incident resulting from its failure to comply with this clause 7.

7.4 At the end of this Agreement Provider shall return Customer Inputs on request and then delete them.

8. INTELLECTUAL PROPERTY

8.1 Provider Data and the API remain the property of Provider and its licensors.

8.2 The import adapter built for Customer, and all analyses, advice and reports that Customer creates from Provider Data, belong to Customer, which may use, modify and license them freely. Provider Data stored by Customer may continue to be used inside those reports after the end of the Subscription Term.

9. ATTRIBUTION AND PUBLICATION

9.1 Customer shall show the notice "Weather data: Panhandle Harvest Data" in its advisory application.

9.2 Provider may name Customer as a customer in its marketing materials only with Customer's prior written approval.

9.3 Provider shall correct any data error notified by Customer within two business days and re-issue the corrected data through the API.

10. LIABILITY

10.1 Provider Data is supplied for agricultural planning. Provider is not liable for crop losses caused by weather events that differ from forecasts made with reasonable skill and care.

10.2 Each party's total liability under this Agreement is limited to twice the total fees for the Subscription Term, except for wilful misconduct and breach of clause 7.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the operation of the China service, including hosting, to any third party without Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.

12.2 On termination by Customer for Provider's breach, Provider refunds any subscription fees paid for the period after termination.

12.3 After termination or expiry Customer may keep and use Provider Data already stored in its reports under clause 8.2, but shall stop calling the API.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. GENERAL

14.1 Annex A (Coverage and Data Specification) and Annex B (Integration Test Plan and Reference Values) form part of this Agreement.

14.2 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters or acts of government, provided that it notifies the other party promptly. Outages of Provider's own hosting providers are not such events.

14.3 Notices under this Agreement must be in writing and sent by courier or e-mail to the addresses given by each party at signature.

14.4 This Agreement is signed in two English originals.

For Provider: ______________________        For Customer: ______________________
"""

# ================================================================ targets, labels, design
TARGETS = {
    "z01": ("h1068z01_water_supply_monitoring_platform_licence.pdf", "pdf", "zh", Z01),
    "z02": ("h1068z02_standing_desk_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h1068z03_coffee_training_booking_saas.txt", "txt", "zh", Z03),
    "z04": ("h1068z04_forest_fire_monitoring_om_service.txt", "txt", "zh", Z04),
    "z05": ("h1068z05_rubbing_studio_process_tracking_supplier_template.md", "md", "zh", Z05),
    "e01": ("h1068e01_cmms_perpetual_licence_sc_vendor.pdf", "pdf", "en", E01),
    "e02": ("h1068e02_field_service_saas_order_form.md", "md", "en", E02),
    "e03": ("h1068e03_paper_mill_condition_sensors.docx", "docx", "en", E03),
    "e04": ("h1068e04_managed_it_services_36_months.md", "md", "en", E04),
    "e05": ("h1068e05_agri_weather_data_api_subscription.txt", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Per draft: category, terms (in TERM_KEYS order), extra, and design-only facts (not written to the label):
# fee_base = itemised licence/hardware subtotal; forum_outside = dispute forum outside mainland China.
OK = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="service")


def T(**kw):
    d = dict(OK)
    d.update(kw)
    return d


D = {
    "z01": dict(category="software", cv=1470000, fee_base=860000, forum_outside=False, sla=True, ld_stated=True,
                capped=True, deemed=False,
                terms=T(ld_rate_per_day_pct=0.08, prepayment_pct=20, final_payment_on_acceptance=True,
                        warranty_months=36, post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
                rules=[]),
    "z02": dict(category="hardware", cv=2080000, fee_base=1840000, forum_outside=False, sla=True, ld_stated=True,
                capped=True, deemed=False,
                terms=T(p1_response_hours=1, ld_rate_per_day_pct=0.02, prepayment_pct=25,
                        final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                        contract_kind="goods_or_licence"),
                rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(category="cloud", cv=612000, forum_outside=False, sla=True, ld_stated=True, deemed=False,
                terms=T(availability_pct=99.5, buyer_owns_data=False, ld_rate_per_day_pct=500 / 612000 * 100,
                        liability_cap_pct=200, auto_renewal_price_increase=True),
                rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(category="services", cv=786000, forum_outside=False, sla=True, ld_stated=True, deemed=False,
                terms=T(sla_remedy=False, liability_cap_pct=50),
                rules=["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "z05": dict(category="software", cv=336000, fee_base=168000, forum_outside=False, sla=False, ld_stated=False,
                capped=False, deemed=True,
                terms=T(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=None,
                        prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
                        warranty_months=3, subcontract_without_consent=True, governing_law=None,
                        contract_kind="goods_or_licence"),
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                       "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "e01": dict(category="software", cv=1716000, fee_base=1260000, forum_outside=False, sla=True, ld_stated=True,
                capped=True, deemed=False,
                terms=T(p1_response_hours=1, liability_cap_pct=150, prepayment_pct=20,
                        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
                        governing_law="South Carolina", contract_kind="goods_or_licence"),
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(category="cloud", cv=634000, forum_outside=False, sla=True, ld_stated=True, deemed=False,
                terms=T(availability_pct=99.95, ld_rate_per_day_pct=600 / 634000 * 100, liability_cap_pct=9 / 36 * 100,
                        subcontract_without_consent=True),
                rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": dict(category="hardware", cv=1656000, fee_base=1472000, forum_outside=False, sla=True, ld_stated=True,
                capped=True, deemed=False,
                terms=T(ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                        contract_kind="goods_or_licence"),
                rules=[]),
    "e04": dict(category="services", cv=2190000, forum_outside=False, sla=True, ld_stated=True, deemed=False,
                terms=T(p1_response_hours=0.25, data_security_clause=False, ld_rate_per_day_pct=1800 / 2190000 * 100,
                        liability_cap_pct=125, termination_for_breach=False),
                rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": dict(category="cloud", cv=646000, forum_outside=False, sla=True, ld_stated=True, deemed=False,
                terms=T(availability_pct=99.95, p1_response_hours=1, confidentiality=False,
                        ld_rate_per_day_pct=500 / 646000 * 100, liability_cap_pct=200,
                        auto_renewal_price_increase=True),
                rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}

# policy thresholds (defaults of §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def tco_share(d):
    t = d["terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not d["capped"]:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = d["fee_base"] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (d["cv"] + fees) * 100


def derive(d):
    """My reading of policy §3 and its section on where rules apply, from the label values."""
    t, r = d["terms"], set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not d["capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, _ = TARGETS[key]
    d = D[key]
    t = d["terms"]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["cv"]
    return {"file": name, "language": lang, "category": d["category"],
            "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": sorted(d["rules"])}


# ================================================================ threshold scan
PATTERNS = [
    r"99\.90*(?!\d)", r"九十九点九",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|个?小时)", r"four\s*(?:\(4\)\s*)?(?:-\s*)?hours?", r"(?<![十\d])四个?小时",
    r"(?<![\d.])0?\.050*\s*(?:%|percent)", r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|percent)", r"百分之一?百",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?", r"十二个月",
    r"(?<![第])一年", r"(?<![\w])(?:one|1)\s*(?:-\s*)?years?(?![\w])",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|percent)", r"百分之十五",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|percent)", r"百分之四十", r"四成",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["30%", "30 %", "30.0%", "100%", "100 percent", "99.9%", "99.90 %", "4 hours", "4-hour", "4小时", "4 个小时",
            "四小时", "four hours", "four (4) hours", "0.05%", "0.05 percent", "万分之五", "12 months", "12-month",
            "十二个月", "twelve months", "15%", "40%", "百分之三十", "百分之四十", "百分之十五", "one year", "一年"]
MUST_MISS = ["130%", "0.30%", "99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "48小时", "2027年12月31日", "115%",
             "0.15%", "140%", "4.5%", "0.055%", "12 hours", "14 days", "第一年度", "120 months", "410%", "0.08%",
             "1,000 per hour", "万分之八"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            m = rx.search(variant)
            if m:
                hits.append((rx.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex hits", s, scan(s))

    docs = {k: v[3] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    for k, (name, fmt, lang, src) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(docs, {k: (TARGETS[k][0], TARGETS[k][1]) for k in docs}, OUT, wrap_words=True)

    covered, problems = set(), []
    for k, (name, fmt, lang, src) in TARGETS.items():
        d = D[k]
        lab = label(k)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        got = derive(d)
        if got != sorted(d["rules"]):
            problems.append((k, "derived", got, "design", sorted(d["rules"])))
        if risk_of(got) != RISK[k]:
            problems.append((k, "risk", risk_of(got), RISK[k]))
        covered |= set(got)
        t = d["terms"]
        for key in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct",
                    "prepayment_pct", "warranty_months", "post_warranty_fee_pct"):
            if t[key] is not None and abs(t[key] - TH[key]) < 1e-9:
                problems.append((k, "threshold value", key, t[key]))
        sh = tco_share(d)
        if sh is not None and abs(sh - TH["tco_share"]) <= 2:
            problems.append((k, "TCO share within 2 points", sh))
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        for h in scan(text):
            problems.append((k, "threshold figure", h))
        print(k, name, lang, "length", n, "rules", got, "risk", risk_of(got),
              "tco %.1f" % sh if sh is not None else "")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")
