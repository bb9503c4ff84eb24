"""holdout296: ten ordinary draft contracts (5 zh, 5 en), written blind from policy.md / API.md.
Writes every contract, its .json label, prints the expected rules per contract and checks lengths and thresholds.
Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H296Z01 = """
T:云岭市市场监督管理局电梯安全运行监测平台采购合同
P:合同编号：YLSJ-ZFCG-2026-047
P:采购人（甲方）：云岭市市场监督管理局
P:供应商（乙方）：青岚物联科技股份有限公司
P:鉴于甲方以公开招标方式采购电梯安全运行监测平台项目（招标编号：YLCG2026-0312），乙方为该项目的中标供应商，双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方为甲方建设电梯安全运行监测平台，在全市在用乘客电梯上加装物联网监测终端，部署平台软件，完成与市96333电梯应急处置平台及维保单位系统的数据对接，并承担安装调试和人员培训。
P:1.2 合同价款明细如下（人民币，含税）：
P:序号  项目  数量  单价（元）  金额（元）
P:1  电梯物联网监测终端（含加速度、平层、门区、人体感应传感器）  1,200台  1,680  2,016,000
P:2  电梯安全监测平台软件许可（永久使用）  1套  560,000  560,000
P:3  数据接口定制开发（96333平台、维保单位系统、特种设备信息化系统）  1项  318,000  318,000
P:4  终端安装调试  1,200台  150  180,000
P:5  培训  1项  26,000  26,000
P:硬件及软件小计：2,576,000元；合同总价：人民币叁佰壹拾万元整（¥3,100,000）。
P:1.3 合同总价为固定价，包含设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订之日起75日内完成全部终端的安装和平台部署，具备试运行条件。
P:2.2 交付地点为甲方指定的全市各电梯使用单位，平台部署于市政务云。
P:2.3 乙方应在合同签订后10日内提交实施方案，明确分区安装计划、人员安排和安全措施，经甲方确认后实施。安装作业须提前告知电梯使用单位和维保单位，不得影响电梯正常运行，每台电梯停梯安装时间不超过2小时。
P:2.4 乙方交付时应一并提交终端合格证、检测报告、平台部署文档、接口说明、源代码光盘及操作手册。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，乙方提交等额的银行预付款保函，甲方支付合同总价的20%作为预付款。
P:3.2 全部终端安装完成并经初验合格后，甲方支付合同总价的45%。
P:3.3 项目终验合格后，甲方支付合同总价的35%。
P:3.4 每次付款前乙方应开具合法有效的等额发票；甲方付款按财政国库集中支付程序办理。
H:第四条 验收
P:4.1 初验：全部终端安装完成后，甲方组织对终端安装质量、数据上报和平台功能逐项检查，合格后出具初验报告，进入为期30日的试运行。
P:4.2 终验标准：（1）试运行期间终端日均在线率不低于98%；（2）困人、冲顶、蹲底等告警信息上报延迟不超过10秒；（3）告警准确率不低于95%；（4）与96333平台及维保单位系统的接口连续运行无差错；（5）平台通过第三方机构的网络安全测评；（6）技术文档、源代码及操作手册齐全。
P:4.3 终验由甲方组织专家进行，符合上述标准的，甲方出具终验报告。终端安装完成、平台上线或甲方使用平台，均不视为验收合格。
H:第五条 质量保证与维保
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费维修、更换故障终端，免费升级平台软件并提供技术支持。
P:5.2 质保期满后，如甲方需要，乙方按年提供维保服务，年度维保费不超过硬件及软件小计的8%（即每年不超过206,080元），该标准在质保期满后两个年度内不得上调，续签须经双方书面确认。
H:第六条 服务水平
P:6.1 平台月可用率不低于99.95%，计划内维护须提前3个工作日通知甲方且安排在夜间。
P:6.2 故障分为三级：一级故障（平台中断或告警功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理。
P:6.3 乙方响应超时的，每超时1小时扣减维保费或履约保证金1,000元；月可用率每低于约定值0.01个百分点，扣减3,000元。
H:第七条 数据安全
P:7.1 平台采集的电梯运行数据、告警记录、使用单位信息及派生数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存、出售或提供给任何第三方。
P:7.2 乙方应落实网络安全等级保护第三级要求，采取访问控制、传输加密、日志审计等措施；运维人员经甲方审批后方可通过堡垒机访问系统。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第八条 保密
P:8.1 乙方对履行合同中知悉的甲方工作秘密、使用单位信息和系统资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 数据接口等定制开发成果（含源代码和文档）的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
P:9.2 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方权利。
H:第十条 违约责任
P:10.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过30日的，甲方有权解除合同。
P:10.2 交付的货物或服务不符合合同约定的，乙方应无偿更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将合同的全部或部分转让或分包给他人。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 履约保证金：乙方应在合同签订前向甲方提交合同总价5%的履约保证金，终验合格后无息退还；乙方违约的，甲方可从中扣收违约金和赔偿金。
P:14.2 不可抗力：因不可抗力不能履行合同的，受影响方应在3日内通知对方，并在15日内提供证明，根据影响程度部分或全部免除责任。
P:14.3 通知：双方的通知以书面形式送达本合同载明的地址，变更地址的应及时书面告知对方。
P:14.4 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：云岭市市场监督管理局    乙方（盖章）：青岚物联科技股份有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2026年3月18日
"""
H296Z02 = """
T:硫化车间控制系统改造项目合同
P:合同编号：LHTY-JS-2026-019
P:甲方（买方）：鲁恒轮胎有限公司
P:乙方（卖方）：东营智控自动化工程有限公司
P:甲方硫化车间现有64台双模硫化机的控制系统老化，温压控制精度不足，故障频发。为提高硫化工艺稳定性，甲方决定对车间控制系统实施改造。乙方具备相应的工业自动化集成能力，愿意承担该项目。双方经友好协商，订立本合同。
H:一、项目范围
P:（一）乙方负责64台硫化机控制柜的更换、温压传感器及变送器安装、车间工业环网建设、硫化监控软件部署、工艺配方接口开发，以及安装调试和操作人员培训。
P:（二）改造须利用甲方安排的停产窗口分三批实施，每批停机时间不超过72小时。
P:（三）乙方应在合同生效后15日内提交详细设计和改造实施方案，包括电气图纸、I/O清单、程序结构、切换步骤和回退预案，经甲方设备部和工艺部会签后实施。每批改造前，乙方应完成控制柜出厂测试并通知甲方派员见证。
P:（四）甲方负责提供停产窗口、施工用电和临时存放场地，并指派项目联系人协调车间生产安排。
H:二、合同价格
P:（一）合同价格明细如下（人民币，含13%增值税）：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|硫化机PLC控制柜|64台|18,500|1,184,000
TB:2|温压传感器及变送器|512套|620|317,440
TB:3|工业交换机及光纤环网|24台|6,800|163,200
TB:4|硫化监控软件许可（永久）|1套|268,000|268,000
TB:5|服务器及操作站|4台|36,500|146,000
TB:|硬件及软件小计|||2,078,640
TB:6|停产窗口安装调试（三批）|1项|236,000|236,000
TB:7|工艺配方接口开发（对接MES）|1项|128,000|128,000
TB:8|培训|1项|18,360|18,360
TB:|合同总价|||2,461,000
P:（二）合同总价为人民币贰佰肆拾陆万壹仟元整（¥2,461,000），为固定总价，包括设备、软件、运输、保险、安装调试、培训、税费及质保期内的全部服务费用。拆除的旧控制柜由甲方自行处置。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）三批改造全部安装完成、设备通电运行后，甲方支付合同总价的55%。安装完成及通电运行不代表验收合格。
P:（三）项目终验合格后，甲方支付合同总价的35%。
H:四、交付与验收
P:（一）乙方应在合同生效后90日内完成全部三批改造。
P:（二）终验标准：1．硫化温度控制偏差不超过±1℃，内压控制偏差不超过±0.02MPa；2．64台硫化机连续运行30日无因控制系统导致的停机；3．配方下发与MES数据一致，批次追溯记录完整；4．环网单点故障切换时间不超过50毫秒；5．技术资料、程序源代码及备份齐全。
P:（三）达到上述全部标准后，甲方签署终验报告。设备投入生产使用不视为验收合格。
P:（四）每批改造完成后，双方应进行单批调试确认，记录温压曲线、报警测试和联锁测试结果，作为终验资料；单批确认仅表示该批设备可以投入试生产。
P:（五）终验不合格的，乙方应在15日内整改并申请复验，复验费用由乙方承担；经两次复验仍不合格的，甲方有权要求乙方更换相关设备或退货，并要求乙方赔偿损失。
H:五、质量保证及维保
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费维修、更换损坏部件，免费提供软件升级和技术支持。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费按硬件及软件小计的9%计取（每年187,077.60元），该费率在质保期满后三个年度内固定不变，调整须经双方书面协商一致。
P:（三）故障响应：一级故障（硫化机停机或温压失控）乙方应在30分钟内响应，2小时内到达现场，8小时内排除；二级故障2小时内响应，24小时内排除。乙方每超时1小时，甲方有权扣减维保费或质保金800元。
H:六、数据安全
P:（一）硫化工艺配方、生产数据和设备运行记录均属于甲方所有，乙方不得复制、带离或用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方VPN和堡垒机进行，全程留存日志；乙方应做好工控网络隔离和防病毒措施。
P:（三）发生数据泄露、篡改或因乙方原因导致的网络安全事件，乙方应在2小时内通知甲方并采取补救措施，承担由此造成的全部损失。
H:七、保密
P:乙方对甲方的工艺参数、配方、生产计划及技术资料负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而失效。
H:八、知识产权
P:（一）PLC程序、配方接口程序及组态工程文件（含源代码）的知识产权归甲方所有，甲方可自行修改和使用。
P:（二）监控软件产品的知识产权归原权利人，乙方保证甲方永久合法使用。
H:九、违约责任
P:（一）乙方逾期完成的，每逾期一日按合同总价的万分之八支付违约金，违约金累计不超过合同总价的10%。
P:（二）乙方对甲方的累计赔偿责任以合同总价的两倍为限，但故意或重大过失、人身伤害及违反第六条、第七条的除外。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十、分包
P:（一）乙方可将电气安装、桥架敷设和光纤熔接等施工工作分包给具备资质的单位，但应在分包前3个工作日书面告知甲方。
P:（二）乙方对分包单位的工作质量和安全向甲方负责。
H:十一、合同的履行与解除
P:（一）本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方均不得解除本合同。
P:（二）乙方违约的，甲方可要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除本合同。
H:十二、安全生产与培训
P:（一）乙方施工人员应遵守甲方的安全生产管理制度，进场前接受甲方安全教育，动火、登高和带电作业须办理作业票，并落实挂牌上锁措施；因乙方原因发生安全事故的，由乙方承担全部责任。
P:（二）乙方应对甲方电气维修人员和硫化工进行不少于5天的培训，内容包括系统原理、日常操作、故障判断、程序备份与恢复，培训结束后进行考核，确保甲方人员能够独立处理常见故障。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交东营仲裁委员会仲裁。
H:十四、其他
P:（一）不可抗力：因地震、洪水、疫情等不可抗力导致不能履行的，受影响方应及时通知对方，在合理期限内提供证明，并根据影响部分或全部免除责任。
P:（二）变更：合同的任何变更须经双方书面确认。因甲方工艺调整导致的工作量增加，按投标单价另行结算。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（四）附件：设备技术规格表、改造实施计划、终验测试大纲，与本合同具有同等效力。
P:甲方：鲁恒轮胎有限公司（盖章）    乙方：东营智控自动化工程有限公司（盖章）
P:代表签字：__________    代表签字：__________
"""
H296Z03 = """宠物医院预约及电子病历云服务合同

合同编号：PH-SaaS-2026-0088
甲方（客户）：川禾宠物医疗连锁管理有限公司
乙方（服务商）：杭州萌诊云信息技术有限公司

鉴于甲方在全国经营40家宠物医院，需要统一的在线预约、电子病历、疫苗提醒及会员管理系统；乙方提供"萌诊云"宠物医疗SaaS平台及实施服务。双方经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方40家门店提供萌诊云平台的订阅服务，包括预约挂号、电子病历、处方与检验单、疫苗及驱虫提醒、会员储值和经营报表模块。
（2）乙方提供一次性实施服务：历史病历及会员数据迁移、门店配置、与甲方财务系统和小程序的接口对接、管理员及门店人员培训。
（3）服务期为三个服务年度，自平台上线验收合格之日起计算。
（4）乙方应为甲方指定一名客户成功经理，负责需求对接、培训安排和季度服务回顾；门店人员可通过电话、在线客服和工单系统提出问题。
（5）乙方应保证平台功能不低于附件一所列清单；乙方对平台进行版本升级的，不得减少甲方已使用的功能，重大界面变化应提前15日通知甲方并提供培训材料。

第二条 服务费用
（1）订阅费：每家门店每个服务年度12,800元，40家门店每个服务年度合计512,000元，三个服务年度合计1,536,000元。
（2）实施费：一次性168,000元，包括数据迁移、门店配置、接口对接和培训，不因实施工作量的变化而调整。
（3）合同总价：人民币壹佰柒拾万零肆仟元整（¥1,704,000）。合同期内新增门店的，按相同单价另行结算。

第三条 付款方式
（1）实施费在平台上线验收合格后15个工作日内支付。
（2）订阅费按季度结算，每季度结束后15个工作日内，甲方根据当季服务考核结果支付该季度订阅费。
（3）甲方不向乙方支付任何预付款。

第四条 上线与验收
（1）乙方应在合同签订后60日内完成全部门店的上线。
（2）上线验收标准：（a）历史病历、会员和储值余额迁移后经抽样核对无差错；（b）40家门店均可正常预约、开具病历和处方；（c）接口对账连续10日一致；（d）高峰期页面响应时间不超过2秒。
（3）满足上述标准后，甲方出具上线验收单。门店开始使用不视为验收合格。
（4）门店分两批上线：第一批为成都、重庆的12家门店，作为试点运行两周；试点问题全部关闭后，其余28家门店统一切换。切换期间乙方应派实施顾问驻店支持，确保门店营业不受影响。
（4）乙方未按期完成上线的，每逾期一日向甲方支付违约金1,200元。

第五条 服务水平
（1）平台月可用率不低于99.95%，计划维护安排在凌晨并提前48小时通知。
（2）一级故障（平台无法登录或全部门店无法预约、开单）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决。
（3）月可用率未达标的，按当月订阅费的5%至20%给予服务费抵扣；一级故障响应超时的，每次抵扣2,000元。
（4）乙方每月向甲方提供服务报告，列明当月可用率、故障清单、响应和恢复时间、工单处理情况及抵扣金额，甲方据此进行季度考核。
（5）乙方应每日对平台数据进行备份，备份保留不少于30日，并每半个服务年度进行一次恢复演练，演练结果书面报告甲方。

第六条 数据安全
（1）乙方应按网络安全等级保护第三级要求运营平台，数据存储于中国境内，传输和存储均加密，实行最小权限和操作日志审计。
（2）发生数据泄露或安全事件的，乙方应在24小时内通知甲方，采取补救措施，并承担因其原因造成的损失。

第七条 数据权属与使用
（1）甲方录入及平台产生的病历、预约、会员和交易数据归甲方所有。
（2）甲方同意，乙方可将上述数据进行脱敏处理后，用于宠物疾病流行趋势分析、行业研究报告及乙方产品的改进和算法训练，该权利在本合同终止后继续有效。
（3）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据，并在导出确认后删除平台上的甲方数据。
（4）乙方应配合甲方处理宠物主人对其个人信息的查询、更正和删除请求，并在甲方通知后5个工作日内完成。

第八条 知识产权
（1）萌诊云平台及其升级版本的知识产权归乙方所有。
（2）为甲方定制的报表、病历模板和接口程序的知识产权归甲方所有，甲方可自行修改或交由第三方使用。

第九条 保密
（1）双方对在合同履行中获知的对方商业秘密负有保密义务，包括甲方的门店经营数据、会员信息、价格体系和乙方的技术资料，未经对方书面同意不得向第三方披露。
（2）保密期限为合同终止后三年；法律法规要求披露的，披露方应事先通知对方并仅在必要范围内披露。

第十条 续期
（1）服务期届满前30日内，任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
（2）续期时乙方有权上调订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方书面通知甲方后即生效。

第十一条 责任限制
乙方在本合同项下对甲方承担的累计赔偿责任（包括违约金及服务费抵扣）以人民币300,000元为限，但因乙方故意或重大过失造成的损失除外。

第十二条 甲方的义务
（1）甲方应指定项目负责人，组织各门店按计划参加培训和上线切换，并按乙方的数据模板提供历史病历、会员及储值数据。
（2）甲方负责门店的网络、电脑、打印机、扫码枪等终端设备，并保证其满足附件一所列的最低配置要求。
（3）甲方应妥善管理平台账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

第十三条 分包
乙方不得将本合同项下的服务分包或转包给第三方；确需使用第三方云基础设施以外服务的，应事先取得甲方书面同意。

第十四条 合同解除
（1）一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权解除本合同。
（2）连续两个月可用率未达标的，甲方有权解除本合同。
（3）合同解除或服务期届满不续期的，乙方应提供不少于30日的过渡期服务，协助甲方完成数据导出和系统迁移，过渡期内按原单价结算。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

第十六条 不可抗力
因自然灾害、疫情、政府行为等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但乙方应尽力恢复服务。

第十七条 其他
（1）合同的变更和补充须以书面形式作出，经双方盖章后生效。
（2）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（3）附件一：功能清单；附件二：门店清单；附件三：数据迁移方案。附件与本合同具有同等效力。

甲方（盖章）：川禾宠物医疗连锁管理有限公司        乙方（盖章）：杭州萌诊云信息技术有限公司
授权代表：__________                              授权代表：__________
日期：2026年4月7日
"""
H296Z04 = """兰溪市住房公积金管理中心业务系统运维服务合同

项目名称：住房公积金业务系统运维服务（2026服务年度）
采购方式：竞争性磋商（采购编号：LXGJJ-CS-2026-003）
采购人（甲方）：兰溪市住房公积金管理中心
供应商（乙方）：浙南恒信信息技术服务有限公司

根据竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方就住房公积金业务系统运维服务事宜，订立本合同。

1. 服务范围
1.1 乙方为甲方提供住房公积金核心业务系统、网上服务大厅、手机公积金、综合服务平台接口及相关数据库、中间件和服务器的运维服务。
1.2 服务内容包括：驻场值守、日常巡检、故障处理、性能优化、数据备份与恢复演练、安全加固、系统配置变更及年度结息、年度基数调整等业务高峰期的保障。系统软件的功能开发和版本升级不在本合同范围内，由甲方另行采购，乙方应配合实施。
1.3 服务期为一个服务年度，自2026年1月1日起至2026年12月31日止。
1.4 服务对象包括：核心业务系统应用服务器8台、数据库服务器4台（双机热备）、中间件集群、网上服务大厅及手机公积金前置服务器、综合服务平台接口和与银行、不动产登记、税务等部门的数据交换接口。
1.5 乙方应在服务期开始前10日内提交运维服务方案，包括人员安排、巡检计划、应急预案、备份策略和业务高峰期保障方案，经甲方审核后执行。

2. 服务费用
2.1 服务费用明细如下（人民币，含税）：驻场运维服务876,000元；应用系统运维412,000元；数据库及中间件运维236,000元；安全巡检及应急保障148,000元。
2.2 合同总价为人民币壹佰陆拾柒万贰仟元整（¥1,672,000），包含人员、差旅、工具、备件外的全部费用。

3. 付款方式
3.1 服务费按季度支付，每季度结束后，经甲方按本合同第6条考核确认，15个工作日内支付该季度服务费（合同总价的四分之一），并扣减当季应扣款项。
3.2 本合同不设预付款。乙方每次请款时应提交季度服务报告和合法发票。

4. 人员要求
4.1 乙方应安排驻场工程师3名，其中系统工程师、数据库工程师和网络安全工程师各1名，工作日8:30至17:30驻场，并安排二线专家远程支持。
4.2 驻场人员应于服务期开始之日到岗，并具备三年以上相关运维经验和相应的技术资格证书。未经甲方书面同意，乙方不得更换项目负责人和驻场人员。
4.3 乙方驻场人员未按期到岗或巡检报告未按期提交的，每逾期一日，乙方按合同总价的万分之三向甲方支付违约金。

5. 服务水平
5.1 核心业务系统月可用率不低于99.5%，网上服务大厅和手机公积金月可用率不低于99%。
5.2 故障分级：一级故障（核心业务系统中断、柜面无法办理业务或资金结算异常）乙方应在15分钟内响应，2小时内恢复业务；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
5.3 月度巡检报告于次月5日前提交；数据备份每日执行，恢复演练每季度至少一次。
5.4 年度结息、缴存基数调整和政策调整上线期间，乙方应增派工程师现场值守，提前完成演练并制定回退方案。
5.5 乙方应建立运维工单制度，所有故障、变更和服务请求均应登记、处理并闭环，甲方可随时查阅工单记录。重大变更须经甲方书面审批，并在业务低峰期实施。

6. 考核与扣款
6.1 甲方按季度对乙方进行服务考核，考核内容包括可用率、故障响应与恢复时效、巡检及备份执行、驻场纪律和用户满意度。
6.2 月可用率每低于约定值0.1个百分点，扣减当季服务费5,000元；一级故障响应超时的，每次扣减2,000元，恢复超时每小时扣减1,000元。
6.3 服务期满后，甲方组织年度验收，以四个季度考核结果、运维文档移交完整性和系统健康检查报告为验收标准。

7. 数据安全
7.1 公积金缴存、提取、贷款及个人信息数据全部属于甲方。乙方仅可为履行本合同访问，所有操作须通过甲方堡垒机进行并留存审计日志，不得下载、复制或将数据带出甲方机房。
7.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护的要求，对驻场人员进行背景审查和安全培训，并签署个人保密承诺。
7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

8. 保密
8.1 乙方及其人员对在服务中知悉的甲方工作秘密、系统架构、账号口令及业务资料负有保密义务，未经甲方书面许可不得向任何第三方披露。本条在合同终止后持续有效。

9. 知识产权
9.1 乙方在服务期内编写的运维脚本、配置文档、应急预案及巡检报告归甲方所有，甲方可自由使用和修改。
9.2 乙方使用的运维工具软件应为正版或开源软件，并保证不侵犯第三方权利；未经甲方同意，乙方不得在甲方系统中安装任何工具软件。

10. 分包
10.1 乙方不得将本合同项下的服务转包或分包。

11. 违约与解除
11.1 乙方提供的服务不符合合同约定的，应在甲方通知的期限内整改，并承担相应的违约责任。
11.2 乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
11.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。

12. 服务期满
12.1 服务期满合同自然终止，不自动续期。甲方如需继续采购，应另行依法组织采购。
12.2 合同终止时，乙方应在10个工作日内完成全部运维资料、账号和权限的交接，并配合甲方新的运维服务供应商完成不少于15日的过渡交接，确保业务连续。
12.3 交接内容包括：系统架构及配置清单、账号权限清单、运维工单记录、备份策略及介质清单、未关闭问题清单和应急预案。交接完成后，双方签署交接确认书，乙方应注销其人员的全部账号。
12.4 乙方驻场人员离场时，甲方有权检查其携带的电脑和存储介质。

13. 适用法律与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 合同履行中发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 磋商文件、响应文件及成交通知书为本合同的组成部分，与本合同具有同等效力。
14.2 因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。
14.3 乙方应在合同签订前提交合同总价5%的履约保证金，服务期满经年度验收合格后无息退还。
14.4 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：兰溪市住房公积金管理中心        乙方（盖章）：浙南恒信信息技术服务有限公司
负责人或授权代表：__________                  法定代表人或授权代表：__________
签订日期：2025年12月22日
"""
H296Z05 = """# 软件许可及实施服务合同

（禾川软件标准合同文本 V5.0）

合同编号：HC-ERP-2026-0415

甲方（客户）：宁平古法酱油酿造有限公司

乙方（供应商）：禾川软件科技有限公司

甲方为提升酿造、仓储、销售及财务管理水平，向乙方采购禾川ERP软件许可并委托乙方进行定制开发和实施。双方在平等自愿的基础上，达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供禾川ERP V8软件许可（财务、供应链、生产制造、质量追溯及经销商门户模块），许可方式为永久许可，用户数不限于本合同附件所列站点。

1.2 乙方根据甲方需求进行定制开发，包括：酿造批次（晒池、发酵、压榨、调配）管理、原料与成品质量追溯、经销商返利计算、与甲方现有称重系统及WMS的接口。

1.3 乙方负责系统安装部署、基础数据初始化、期初数据导入和用户培训。

1.4 甲方负责提供服务器、数据库、网络环境和操作系统，指定项目负责人和各部门关键用户，按乙方要求及时提供业务资料、物料编码、客户和经销商清单及期初数据，并对数据的真实性和完整性负责。

1.5 需求调研结束后，乙方出具需求规格说明书，经甲方签字确认后作为开发依据。需求确认后甲方提出的变更，乙方有权另行计费并相应调整工期。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 禾川ERP V8 软件许可（永久） | 960,000 |
| 2 | 定制开发（批次管理、质量追溯、返利、接口） | 300,000 |
| 3 | 实施服务（部署、初始化、培训） | 120,000 |
| | 合同总价 | 1,380,000 |

2.1 合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），含税。乙方人员的差旅及食宿费用另行按实结算，由甲方承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的55%，即759,000元，作为预付款。乙方收到预付款后开始实施。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即621,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 实施与交付

4.1 乙方在收到预付款后120日内完成系统上线。实施分为需求调研、系统配置与定制开发、数据准备、用户培训、上线切换五个阶段，各阶段的具体时间以双方确认的实施计划为准。因甲方需求变更、数据准备延迟等原因造成的延期，工期相应顺延。

4.2 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 上线前，乙方协助甲方进行期初数据核对，甲方应在乙方通知之日起5个工作日内确认期初数据；甲方逾期确认的，上线日期相应顺延。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。甲方在上线后发现的问题，按本合同第六条的维护服务处理。

## 第六条 免费维护期及技术支持

6.1 乙方自系统上线之日起提供六个月的免费维护，包括缺陷修复和远程技术支持。

6.2 甲方报告的一级故障（系统无法登录或核心业务无法处理），乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在后续版本中统一处理。

6.3 乙方将尽最大努力按上述时限处理故障，但不因响应或处理超时承担任何扣款、赔偿或违约金。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应按年向乙方购买维护服务，年度维护费为软件许可费的26%，即每年249,600元，于每个维护年度开始前一次性支付。

7.2 甲方未按期支付维护费的，乙方有权停止提供补丁、升级和技术支持。

7.3 年度维护服务包括：软件补丁和版本升级、远程技术支持、每年一次现场巡检。现场服务超出上述范围的，按乙方人天单价另行计费。

7.4 甲方中断维护服务后重新购买的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 禾川ERP软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的批次管理、质量追溯、返利程序、接口程序及相关源代码、文档的知识产权均归乙方所有。甲方在本合同范围内享有非独占的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

## 第九条 数据安全

9.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方在实施和维护中接触甲方数据的，应采取访问控制、加密传输和操作留痕等安全措施，实施结束后删除其持有的甲方数据副本；因乙方原因导致数据泄露或损毁的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第十条 保密

双方对履行本合同中获悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.2 乙方不对甲方的间接损失、利润损失、数据丢失及业务中断损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，另一方有权书面通知解除本合同。

12.2 合同解除后，甲方已支付的预付款中与已完成工作相对应的部分不予退还。

12.3 合同解除后，甲方应停止使用乙方软件，但经乙方书面同意保留使用的除外；双方应在30日内完成已完成工作的结算。

## 第十三条 不可抗力

13.1 因地震、台风、洪水、疫情、政府行为等不能预见、不能避免且不能克服的客观情况导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。

13.2 不可抗力持续超过60日的，双方应协商合同的继续履行或终止事宜。

## 第十四条 培训与文档

14.1 乙方为甲方提供系统管理员培训和关键用户培训各一期，培训教材由乙方提供。

14.2 乙方交付用户操作手册和系统管理手册的电子版本，源代码和设计文档不在交付范围之内。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同附件（功能清单、实施计划）为合同的组成部分。

16.3 本合同未尽事宜，由双方另行协商签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：宁平古法酱油酿造有限公司　　　　乙方（盖章）：禾川软件科技有限公司

授权代表：__________　　　　　　　　　　　　授权代表：__________

日期：2026年5月11日
"""
H296E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DH-GLZ-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made on 9 March 2026 between:
P:(1) Dehua Baiyun Porcelain Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Xunzhong Town, Dehua County, Quanzhou, Fujian Province (the "Buyer"); and
P:(2) Kerameikos Glaze Systems Single Member P.C., a company incorporated in Greece with its seat on Nisída Pontikonisi, Greece (the "Vendor").
P:Background: The Buyer designs and fires white porcelain and wishes to replace its spreadsheet-based glaze records with a formula management and kiln-curve planning system. The Vendor publishes the GlazeLab software and has offered perpetual licences, installation, migration of the Buyer's formula library and training. At the Buyer's request all prices in this Agreement are stated and payable in Chinese Yuan Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the GlazeLab formula management software, version 6, and the Kiln-Curve Planner module, in object code, with their user documentation.
P:1.2 "Custom Deliverables" means the glaze templates, unit conversion tables, data conversion scripts and reports prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means the Buyer's glaze formulas, raw-material analyses, firing records, test-tile images and any other data entered into or generated by the Software.
P:1.4 "Final Acceptance" means the Buyer's signed certificate issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for eighteen named users at the Buyer's studios and laboratory in Dehua County, and to make backup copies.
P:2.2 The Vendor shall install the Software on the Buyer's own server, migrate the Buyer's existing formula library of about 3,400 recipes and 11,000 firing records, prepare the Custom Deliverables, and train the Buyer's glaze technicians and kiln operators.
P:2.3 The Software shall run on the Buyer's premises. The Vendor shall not host any Buyer Data.
P:2.4 The Buyer shall provide a server meeting the specification in Annex 1, remote access under Article 7.2, and a project contact who can make decisions on recipe naming, units and user rights. The Buyer shall make its glaze technicians available for the migration checks and the training sessions.
P:2.5 The Software shall display its user interface and reports in simplified Chinese and English, and shall use metric units and the Celsius scale throughout.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,014,000, inclusive of all taxes, duties, travel and expenses, itemised as follows:
P:Item 1  GlazeLab perpetual user licences  18 users x CNY 42,000  CNY 756,000
P:Item 2  Kiln-Curve Planner module, perpetual licence  1 x CNY 128,000  CNY 128,000
P:Licence Subtotal  CNY 884,000
P:Item 3  Installation and formula-library migration  lump sum  CNY 96,000
P:Item 4  Training (three sessions on site)  lump sum  CNY 34,000
P:Contract Price  CNY 1,014,000
P:3.2 The Contract Price is fixed and will not be adjusted for exchange-rate movements.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 202,800) as an advance within 15 days after signature, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 456,300) within 15 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Software has been installed and the migrated data loaded; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 354,900) within 15 days after Final Acceptance.
P:4.4 All payments are made by bank transfer in CNY to the Vendor's account named in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and migration within 50 days after signature and shall deliver the Custom Deliverables and training within 80 days after signature.
P:5.2 Acceptance tests shall verify that: (a) every migrated recipe matches its source record in oxide analysis, batch weights and notes, checked on a sample of 300 recipes chosen by the Buyer; (b) the unity molecular formula and thermal expansion calculations agree with the Buyer's reference calculations within 0.5% for 50 reference glazes; (c) kiln curves created in the Planner export correctly to the Buyer's two gas kilns and one electric kiln controller; (d) the Custom Deliverables perform as described in Annex 1; and (e) the Software runs for 20 consecutive working days without a Severity 1 defect.
P:5.3 When all tests are passed, the Buyer shall sign a Final Acceptance certificate within 10 working days. Installation, use of the Software in production or any payment is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply new versions and provide remote support free of charge.
P:6.2 Defects are classified as follows. Severity 1 means the Software cannot be started, formulas cannot be opened or saved, or kiln curves cannot be exported; the Vendor shall respond within 2 hours of the Buyer's report (Beijing time, every day) and restore use within one working day. Severity 2 means a major function fails but a workaround exists; the Vendor shall respond within 8 working hours. Severity 3 covers all other defects, handled in the next maintenance release.
P:6.3 If the Vendor fails to respond to a Severity 1 report in time, it shall pay the Buyer CNY 600 for each hour of delay, which the Buyer may deduct from any sum due.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Licence Subtotal (CNY 97,240 per year), fixed for the first three support years after the Warranty Period; any later change requires the written agreement of both parties. Support is ordered by purchase order and does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer and is the Buyer's trade secret. The Vendor may access it only to perform this Agreement and shall not copy, keep, analyse or use it for any other purpose.
P:7.2 Remote access by the Vendor requires the Buyer's approval for each session, through the Buyer's VPN with two-factor authentication; sessions are logged. The Vendor shall not take Buyer Data outside the Buyer's premises, and any test copies shall be deleted after use.
P:7.3 The Vendor shall notify the Buyer within 12 hours of any known or suspected unauthorised access to Buyer Data caused by its personnel or tools, shall help to contain it and shall compensate the Buyer for the resulting loss.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables, including the source of the data conversion scripts, belong to the Buyer from delivery. The Buyer may use, modify and license them freely.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's rights and bear the resulting costs.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's product designs, glaze recipes and customer lists, and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement, and without time limit for trade secrets.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to meet a date in Article 5.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 8.3 or breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.
P:12.2 The Buyer may also terminate if the delay damages under Article 10.1 reach their maximum.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Greece.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Athens under the rules of the Athens Chamber of Commerce and Industry, in the English language.
H:Article 14 General
P:14.1 Neither party is liable for a failure to perform caused by force majeure, such as natural disasters, epidemics, war or government action, if it notifies the other party promptly and takes reasonable steps to limit the effects. If force majeure prevents performance for more than 60 days, either party may end this Agreement by written notice, and the Vendor shall refund payments for undelivered items.
P:14.2 This Agreement, with Annex 1 (Custom Deliverables) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.3 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
H296E02 = """# ORDER FORM AND GENERAL TERMS — TICKETING PLATFORM SUBSCRIPTION

Order Form No. KT-CN-2026-0113

## PART A — ORDER FORM

**Customer:** Zhangjiajie Tianmen Canyon Glass Bridge Scenic Area Operation Co., Ltd., Wulingyuan District, Zhangjiajie, Hunan Province, People's Republic of China ("Customer").

**Provider:** Kihnu Tickets OÜ, a private limited company registered in Estonia, with its seat on the island of Kihnu, Pärnu County, Estonia ("Provider").

**Background.** Customer operates a glass-bridge scenic area with timed entry slots, shuttle buses and a cable-car connection, and receives up to 18,000 visitors a day in peak season. Customer wishes to replace its ticket-office software with Provider's cloud ticketing platform. At Customer's request all fees in this Order Form are stated and payable in Chinese Yuan Renminbi (CNY).

### A1. Services ordered

A1.1 Subscription to the Kihnu Tickets platform: online sales through Customer's WeChat mini-program and website, timed-slot capacity control, real-name booking as required by the local culture and tourism bureau, QR-code and ID-card turnstile validation at 26 gates, group and travel-agency accounts, refunds and daily settlement reports.

A1.2 One-time set-up: configuration of products and price rules, integration with Customer's 26 turnstiles and the shuttle-bus dispatch system, migration of travel-agency accounts, and training of ticket-office staff.

A1.3 Named users: up to 60 ticket-office, finance and management users, and up to 400 travel-agency accounts. Additional users are included at no charge during the Initial Term.

A1.4 Provider's project team shall be on site in Zhangjiajie for the turnstile integration and for the first two weeks after Go-Live, and shall run a rehearsal of the peak-day sales process with Customer's staff before the National Day holiday.

### A2. Term

A2.1 The Initial Term is three Subscription Years starting on the Go-Live Date. A "Subscription Year" is each successive period starting on the Go-Live Date or its anniversary.

### A3. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Platform subscription, up to 6 million tickets per Subscription Year | per Subscription Year, 486,000 x 3 | 1,458,000 |
| Set-up and turnstile integration | one-time | 92,000 |
| **Total Contract Value** | | **1,550,000** |

A3.1 Tickets above the annual volume are charged at CNY 0.06 per ticket, invoiced quarterly in arrears. Such overage is not part of the Total Contract Value.

A3.2 The subscription fee is invoiced quarterly in arrears, one quarter of the annual fee for each calendar quarter or part of it. The set-up fee is invoiced after Go-Live Acceptance. Customer pays each undisputed invoice within 30 days. No amount is payable before the Go-Live Date.

### A4. Go-Live and Acceptance

A4.1 Provider shall make the platform ready for acceptance testing within 45 days after signature, and the target Go-Live Date is 1 July 2026.

A4.2 Go-Live Acceptance tests: (a) end-to-end sale, refund and re-booking of every product type; (b) 26 gates validate QR codes and ID cards in under one second each; (c) a load test of 3,000 ticket sales per minute without error; (d) daily settlement reports reconcile with the payment channel for 5 consecutive days; (e) real-name data are reported correctly to the bureau's system. Customer signs a Go-Live Acceptance certificate when all tests pass. Use of the platform in live sales is not acceptance.

A4.3 If Go-Live Acceptance is not achieved by the target date for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay, up to CNY 60,000.

### A5. Service levels

A5.1 Monthly availability of the sales and gate-validation services: at least 99.95%, measured at Provider's monitoring points, excluding maintenance announced 72 hours in advance and carried out between 23:00 and 05:00 Beijing time.

A5.2 Incident priorities: Priority 1 (no tickets can be sold or gates cannot validate) — response within 30 minutes, restoration within 2 hours, 24/7; Priority 2 (a major function or channel fails) — response within 2 hours, resolution within one business day; Priority 3 — response within one business day.

A5.3 Service credits: for each 0.1 percentage point or part of it by which monthly availability falls short, 5% of that month's subscription fee, up to 50%; for each Priority 1 response more than 30 minutes late, CNY 2,000. Credits are deducted from the next invoice.

### A6. Signatures

This Order Form incorporates the General Terms in Part B. If Part A and Part B conflict, Part A prevails.

For Customer: ____________________ Date: __________

For Provider: ____________________ Date: __________

## PART B — GENERAL TERMS

### B1. Provision of the Services

B1.1 Provider shall provide the Services in accordance with the Order Form, with reasonable skill and care and in accordance with the laws of the People's Republic of China on ticketing, real-name registration and payment.

B1.2 Provider may improve the platform from time to time, provided that no change materially reduces the functionality ordered.

B1.3 Provider shall assign a named account manager and a Chinese-speaking support team, keep the platform compatible with the current versions of WeChat, the major mobile browsers and the payment channels used by Customer, and give Customer at least 14 days' notice of any change to the ticket-office screens.

B1.4 Customer is responsible for its product range, prices and refund rules, for the turnstile hardware and its network connection, and for the accuracy of the information it gives to visitors.

### B2. Customer Data

B2.1 "Customer Data" means all data submitted by Customer or its visitors through the Services, including visitor names, identity numbers, telephone numbers, bookings and payment records.

B2.2 Customer Data belongs to Customer. Provider processes Customer Data only on Customer's instructions and only to provide the Services, and shall not sell, analyse or otherwise use it for any other purpose.

B2.3 At the end of the Term Provider shall return Customer Data in a standard format within 30 days and then delete it from its systems.

### B3. Data Security

B3.1 Customer Data is hosted exclusively on servers in mainland China operated by a cloud provider holding an MLPS level 3 record. Provider maintains ISO 27001 certification, encrypts Customer Data in transit and at rest, applies least-privilege access with multi-factor authentication and keeps access logs for 180 days.

B3.2 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take measures to contain it, assist Customer with notifications to authorities and data subjects under the Personal Information Protection Law, and bear the losses and costs caused by incidents for which it is responsible.

### B4. Intellectual Property

B4.1 Provider retains all rights in the platform and its standard components.

B4.2 Customer-specific product configurations, price rules, report templates and the turnstile integration adapter belong to Customer, which may use, modify and have them used by a successor provider.

### B5. Renewal

B5.1 After the Initial Term, this Order Form renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

B5.2 For each renewal Provider may increase the subscription fee by up to 9% by notice given at least 30 days before the renewal date. The increased fee applies from the renewal date without further agreement.

### B6. Subcontracting

B6.1 Provider shall not subcontract the Services, other than the hosting provider named in B3.1, without Customer's prior written consent, and remains responsible for any subcontractor.

### B7. Liability

B7.1 Provider's total aggregate liability arising out of this agreement is limited to 1.5 times the Total Contract Value.

B7.2 The limit does not apply to breach of B2 or B3, infringement of third-party rights or wilful misconduct. Neither party is liable for indirect or consequential loss.

### B8. Term and Termination

B8.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

B8.2 Customer may also terminate if monthly availability falls short of the level in A5.1 in two consecutive months.

B8.3 On termination Customer pays the fees for Services provided up to the termination date; Provider refunds any fees paid for the period after it.

### B9. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.

### B10. Governing Law and Disputes

B10.1 These General Terms and the Order Form are governed by the laws of the Republic of Estonia.

B10.2 Disputes shall be finally resolved by the Arbitration Court of the Estonian Chamber of Commerce and Industry in Tallinn, in English.

### B11. Miscellaneous

B11.1 Notices must be in writing and sent to the addresses in Part A. Neither party may assign this agreement without the other's written consent, except Provider to an affiliate that takes over the Services.

B11.2 This agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

B11.3 If any provision of this agreement is held invalid, the remaining provisions stay in force, and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.

B11.4 This agreement is made in English. A Chinese translation may be prepared for Customer's internal use; in case of difference the English text prevails.
"""
H296E03 = """
T:Supply and Installation Contract for Irrigation Control and Soil Sensing Equipment
P:Contract No. NXQ-IRR-2026-02
P:This Contract is made on 16 February 2026 between Ningxia Qixiang Goji Plantation Co., Ltd., Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China (the "Buyer"), and Mandø Water Control ApS, a company registered in Denmark with its office on the island of Mandø, Esbjerg Municipality (the "Supplier").
P:Whereas the Buyer grows goji berries on 2,600 mu of irrigated land divided into 96 blocks and wishes to control drip irrigation by soil moisture rather than by fixed schedules; and whereas the Supplier designs and installs sensor-based irrigation systems and has submitted the winning offer in the Buyer's invitation to bid; the parties agree as follows. At the Buyer's request all prices are stated and paid in Chinese Yuan Renminbi (CNY). This Contract is on the Buyer's standard terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission soil moisture and salinity sensors, valve controllers for every irrigation block, LoRa gateways, weather stations and the irrigation control software, and shall calibrate the system to the Buyer's soils and train the Buyer's staff.
P:1.2 The equipment shall be new, of current production and suitable for operation between -25 °C and +45 °C in dusty conditions, with a protection rating of at least IP67 for field units.
P:1.3 Annex A (Technical Specifications) and Annex B (Block Map) form part of this Contract.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,470,000, including taxes, transport to site, insurance, installation and all services below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture, temperature and EC sensors (three depths)|320|1,450|464,000
TB:2|Solar-powered drip valve controllers|96|3,800|364,800
TB:3|LoRa gateways with 4G backhaul|12|9,600|115,200
TB:4|Automatic weather stations|4|26,500|106,000
TB:5|Irrigation control software, perpetual licence (server and 20 users)|1|210,000|210,000
TB:|Hardware and Licence Subtotal|||1,260,000
TB:6|Installation, trenching supervision and commissioning|lump sum||148,000
TB:7|Agronomic calibration of moisture thresholds per block|lump sum||46,000
TB:8|Training of field and office staff|lump sum||16,000
TB:|Contract Price|||1,470,000
P:2.2 The Contract Price is fixed for the duration of the Contract.
H:Section 3 Payment
P:3.1 Advance payment: 18% of the Contract Price (CNY 264,600) within 20 days after signature, against an advance payment guarantee of the same amount issued by a bank in China.
P:3.2 Installation payment: 47% of the Contract Price (CNY 690,900) within 20 days after the Buyer signs the Installation Certificate for all 96 blocks. The Installation Certificate records physical completion only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 514,500) within 20 days after Final Acceptance.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the plantation within 45 days after signature and complete installation within 75 days after signature, so that the system is ready before the first summer irrigation round.
P:4.2 Trenching and cable laying in the fields are carried out by the Buyer's own workers under the Supplier's supervision.
P:4.3 If the Supplier fails to complete installation on time, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.4 The Supplier shall submit a detailed installation plan within 15 days after signature, showing the sensor positions in each block, the gateway locations and radio coverage survey results, and the sequence of work. Work in the fields shall be arranged so that irrigation of the existing plants is not interrupted for more than 48 hours on any block.
P:4.5 The Buyer shall provide free storage for the equipment, electricity at the pump stations, and access to all blocks. Risk in the equipment passes to the Buyer when the Installation Certificate is signed.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests: (a) every sensor reports to the software at least every 15 minutes, with no more than 2% of readings missing over 30 days; (b) moisture readings agree with gravimetric samples taken by the Buyer within ±3 percentage points at 20 sample points; (c) each valve opens and closes on command within 60 seconds and reports its state; (d) automatic irrigation by moisture thresholds runs for 30 days on all blocks without a Severity 1 fault; (e) documentation, as-built drawings and configuration backups are delivered.
P:5.2 When all tests are passed, the Buyer signs the Final Acceptance certificate. Installation, operation of the system or payment of any instalment is not acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and software for 36 months after Final Acceptance. During this period it shall repair or replace defective items free of charge, including transport, and supply software updates.
P:6.2 Severity 1 means irrigation cannot be started or stopped on one or more blocks. The Supplier shall respond within one hour, day or night, and have an engineer or its local service partner on site within 8 hours during the irrigation season. Severity 2 (loss of data from individual sensors) shall be answered within one working day.
P:6.3 For each hour by which the Supplier misses the Severity 1 response time, the Buyer may deduct CNY 500 from any amount due or from the performance security.
H:Section 7 Support after the Warranty
P:7.1 After the warranty the Supplier shall offer annual support at 7% of the Hardware and Licence Subtotal (CNY 88,200 per year). This fee is fixed for two years after the warranty; any later change shall be agreed in writing.
P:7.2 Support is ordered by the Buyer's written order for each year and does not renew automatically.
P:7.3 Annual support covers software updates, remote assistance, one inspection visit before the irrigation season, recalibration of sensors that drift, and repair of field units at the Supplier's workshop in Yinchuan. Replacement parts outside the warranty are charged at the unit prices in Section 2, which remain valid for three years after Final Acceptance.
P:7.4 The Supplier shall keep spare parts for the equipment available for at least eight years after Final Acceptance.
H:Section 8 Data
P:8.1 All field data, including sensor readings, irrigation logs, weather data and yield records, belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The software runs on the Buyer's server at the plantation. Remote access by the Supplier requires the Buyer's approval for each session and uses the Buyer's VPN with individual accounts; all sessions are logged. The Supplier shall keep no copies of field data after the session.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any unauthorised access to the Buyer's systems or data through its accounts or equipment, take remedial measures and compensate the Buyer for the loss caused.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's field maps, yields and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Contract.
H:Section 10 Intellectual Property
P:10.1 The block configurations, moisture thresholds and irrigation programmes prepared for the Buyer belong to the Buyer, which may use and modify them freely and give them to other contractors.
P:10.2 The Supplier grants the Buyer a perpetual licence to the software and warrants that the equipment and software do not infringe third-party rights.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9, for which liability is unlimited.
H:Section 12 Subcontracting
P:12.1 The Supplier's local service partner, Yinchuan Lüyuan Agricultural Technology Co., Ltd., is approved by the Buyer by signing this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay damages reach their maximum. The Supplier shall then refund payments received for undelivered items.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:Section 15 Miscellaneous
P:15.1 Neither party is liable for delay caused by force majeure, such as floods, sandstorms, epidemics or government action, if it notifies the other party within 5 days and takes reasonable steps to limit the effects. Amendments to this Contract must be in writing and signed by both parties.
P:15.2 This Contract is made in two originals, in English and Chinese; both texts are equally valid. Annex A (Technical Specifications) and Annex B (Block Map) are signed together with this Contract. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
H296E04 = """# MANAGED ENDPOINT SERVICES AGREEMENT

Agreement reference: UTS-DG-2026-031

**Between**

**Dongguan Songhe Furniture Manufacturing Co., Ltd.**, Houjie Town, Dongguan, Guangdong Province, People's Republic of China (the **"Customer"**); and

**Utsira Endpoint Services AS**, a company registered in Norway with its seat on Utsira, Rogaland (the **"Provider"**).

**Recitals.** The Customer makes upholstered and panel furniture in three factories and a showroom and has about 850 laptops, desktops, shop-floor terminals and tablets. The Customer wishes to hand the day-to-day management of these devices to a specialist provider. The Provider manages end-user devices for manufacturers in Asia and Europe. At the Customer's request all charges are stated and paid in Chinese Yuan Renminbi (CNY).

## 1. Definitions

1.1 **"Managed Devices"** means the Customer's devices listed in the asset register agreed at Service Acceptance, as updated monthly.

1.2 **"Services"** means the managed endpoint services described in clause 3 and the Schedules.

1.3 **"Service Acceptance"** means the Customer's written confirmation under clause 4.3.

1.4 **"Initial Term"** means 24 months from Service Acceptance.

## 2. Term

2.1 This Agreement starts on signature and continues for the Initial Term. It then ends unless the parties sign a written extension; it does not renew automatically.

## 3. The Services

3.1 The Provider shall: (a) maintain the asset register of Managed Devices; (b) build and maintain standard device images for office, design and shop-floor users; (c) distribute and update approved software; (d) apply operating-system and application patches according to a monthly plan agreed with the Customer; (e) run a bilingual service desk by telephone, e-mail and chat from 07:30 to 20:30 every day; (f) provide on-site break-fix support at the three factories and the showroom, including hardware swaps from a spare pool supplied by the Customer; and (g) report monthly on tickets, patch status and device health.

3.2 The Services cover up to 900 Managed Devices. Devices above that number are charged at the unit rate in Schedule 2.

3.3 The following are outside the Services unless agreed in a written change order: network equipment and servers, printers not attached to a single Managed Device, application development, and the purchase of hardware or software licences, which the Customer buys itself.

3.4 The Provider shall hold a monthly service review with the Customer's IT manager, covering ticket volumes and trends, missed targets and their causes, planned changes for the next month and any improvement proposals. Minutes shall be circulated within three working days.

3.5 Changes to the standard images, the patch plan or the software catalogue are made only on the Customer's written approval through the agreed change procedure. Emergency changes needed to restore a Priority 1 service may be made first and approved afterwards within one working day.

3.6 The Customer shall give the Provider's staff access to its sites during working hours, a workspace and storage room at each factory, administrator rights to the management console, and timely decisions on changes. The Customer shall keep the spare pool at the agreed level of at least 3% of Managed Devices.

3.7 Where the Provider cannot meet a service level because the Customer has not met these responsibilities, the Provider is excused for the incident concerned, provided it told the Customer promptly.

3.8 The Provider's staff shall follow the Customer's site rules on safety, dust and fire protection in the factories, wear the visitor badges issued to them, and enter production areas only when accompanied by the Customer's staff.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall complete onboarding within 40 days after signature: discovery of all devices, enrolment in the management console, build of the standard images, knowledge transfer from the Customer's IT team and set-up of the service desk.

4.2 Service Acceptance criteria: (a) at least 98% of devices in the asset register enrolled and reporting; (b) the three standard images deployed successfully on 20 test devices each; (c) a two-week trial of the service desk with at least 95% of tickets handled within the Schedule 1 times; (d) runbooks and escalation lists delivered.

4.3 When all criteria are met the Customer confirms Service Acceptance in writing. Use of the Services during onboarding is not acceptance.

4.4 If Service Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to CNY 45,000.

## 5. Service Levels and Credits

5.1 The Provider shall meet the priority response and resolution times in Schedule 1.

5.2 If the Provider misses a Priority 1 response time, it shall credit CNY 1,500 for each incident; if monthly performance for Priority 2 or Priority 3 falls below 90% of tickets within time, it shall credit 5% of that month's Monthly Charge. Credits are deducted from the next invoice and are capped at 20% of the Monthly Charge each month.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,441,200.

6.2 The Onboarding Charge is invoiced after Service Acceptance. The Monthly Charge is invoiced monthly in arrears. The Customer pays within 30 days of a correct invoice. No charges are payable in advance.

## 7. Customer Data

7.1 All data on the Managed Devices and in the management console, including device inventories, user names and files, belongs to the Customer. The Provider shall use such data only to perform the Services and shall not sell it or use it for any other purpose.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party obtained in connection with this Agreement, including the Customer's product designs, prices and customer information, and shall disclose it only to its employees and advisers who need to know it. This clause survives for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 The Provider keeps its management tools and standard scripts.

9.2 Images, packaging scripts, configurations and runbooks prepared for the Customer belong to the Customer, which may use and modify them and give them to any successor provider.

## 10. Personnel and Subcontractors

10.1 The Provider shall assign a service manager and a stable on-site team for the Dongguan sites. On-site engineers shall speak Mandarin, and at least one of them shall also speak Cantonese. The Provider shall give the Customer 30 days' notice before replacing the service manager and shall arrange a proper hand-over between the outgoing and incoming staff.

10.2 The Provider may engage subcontractors, including local field-service partners for on-site work, by notifying the Customer in writing before they start. The Provider remains responsible for the acts of its subcontractors.

## 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limit does not apply to personal injury, wilful misconduct or gross negligence. Neither party is liable for loss of profit or indirect loss.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 The Customer may also terminate if Priority 1 response times are missed in three consecutive months.

12.3 On expiry or termination the Provider shall hand over the asset register, images, scripts and runbooks and support the transfer to the Customer or a successor for up to 30 days at no extra charge.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Dongguan Arbitration Commission for arbitration in Dongguan.

## 14. General

14.1 Amendments must be in writing and signed by both parties. This Agreement with its Schedules is the entire agreement on its subject.

14.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and resumes performance as soon as possible.

14.3 Notices under this Agreement shall be given in writing, in English or Chinese, to the addresses stated above or to any other address notified in writing.

For the Customer: ____________________ Date: __________

For the Provider: ____________________ Date: __________

## Schedule 1 — Priorities

| Priority | Definition | Response | Resolution |
| --- | --- | --- | --- |
| P1 | A production line, the design office or more than 20 users cannot work | 30 minutes | 6 hours |
| P2 | A single user cannot work, or a key application fails on several devices | 2 hours | 1 business day |
| P3 | Degraded function, with a workaround | 8 business hours | 3 business days |
| P4 | Requests and questions | 1 business day | as agreed |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Onboarding Charge | one-time | 54,000 |
| Monthly Charge | 850 devices x CNY 68 = CNY 57,800 per month x 24 months | 1,387,200 |
| Total Contract Value | | 1,441,200 |
| Additional devices above 900 | per device per month | 68 |
"""
H296E05 = """API SUBSCRIPTION AGREEMENT
ADDRESS VERIFICATION SERVICE

Agreement No. MOL-CD-2026-0021

PARTIES

Chengdu Jinsha Youxuan E-Commerce Co., Ltd., Gaoxin District, Chengdu, Sichuan Province, People's Republic of China ("Customer"); and

Molat Geodata d.o.o., a limited liability company registered in Croatia with its seat on Otok Molat, Zadar County ("Vendor").

BACKGROUND

Customer runs online shops for regional food products and ships about 60,000 parcels a day. Wrong and incomplete delivery addresses cause returns and complaints. Vendor offers an address parsing, standardisation and verification interface for mainland Chinese addresses (the "API"). Customer wishes to subscribe to the API and to receive help with integrating it into its order system. At Customer's request all fees are stated and paid in Chinese Yuan Renminbi (CNY).

1. DEFINITIONS

1.1 "API" means Vendor's address verification application programming interface, its documentation and the test environment.

1.2 "Call" means one request to the API that returns a result, whether or not the address is found valid.

1.3 "Subscription Year" means each successive period starting on the Service Start Date or its anniversary.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Customer Data" means addresses, names, telephone numbers and order references sent to the API by Customer, and the results returned for them.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right to use the API during the Term for Customer's own shops and logistics, up to 24 million Calls per Subscription Year.

2.2 The API returns a standardised address split into province, city, district, street and detail, a geocode, a confidence score and a deliverability flag.

2.3 Vendor may update the API and its reference data. Vendor shall announce any change that is not backward-compatible at least 60 days in advance.

2.4 Vendor shall refresh its reference data of administrative divisions, streets and residential compounds at least monthly, using official sources and its own field corrections, and shall publish release notes for each refresh.

2.5 Customer shall use the API only for verifying delivery addresses of its own orders. Customer shall not resell access to the API, use it to build a competing address database, or send Calls on behalf of third parties.

2.6 Customer shall keep its access tokens secure, rotate them at least quarterly and inform Vendor without delay if it suspects that a token has been compromised, so that Vendor can revoke it.

3. TERM AND RENEWAL

3.1 The Term is two Subscription Years from the Service Start Date.

3.2 This Agreement does not renew automatically. Any renewal requires a new written agreement on fees and volumes.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Vendor shall provide the test environment within 10 days after signature, assign an integration engineer, review Customer's integration code and tune the address rules for Customer's top 200 delivery regions.

4.2 Customer is responsible for changing its order system, payment pages and courier interfaces to use the API, and for the testing of its own code. Vendor's integration engineer shall answer technical questions, review Customer's call patterns and error handling, and suggest improvements before the load test.

4.3 Integration Acceptance tests: (a) on a sample of 20,000 historical orders chosen by Customer, the API standardises at least 97% of addresses and its deliverability flag agrees with actual delivery outcomes for at least 95% of them; (b) a load test of 2,000 Calls per second for 30 minutes without errors; (c) correct handling of the field formats in Schedule 1. Customer confirms Integration Acceptance in writing when all tests are passed. Use of the test environment or of the production API before that confirmation is not acceptance.

4.4 If Integration Acceptance is not reached within 60 days after signature, the parties shall meet to agree a plan, and the Service Start Date is set only when Integration Acceptance is confirmed.

5. FEES AND PAYMENT

5.1 Fees are set out in Schedule 2. The Total Contract Value is CNY 564,000.

5.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. The Onboarding Fee is invoiced after Integration Acceptance. Customer pays each invoice within 30 days.

5.3 Calls above the annual volume are charged at CNY 0.012 per Call, invoiced quarterly in arrears. Such charges are not part of the Total Contract Value.

5.4 Unused Calls do not carry over to the next Subscription Year. Vendor shall provide a usage dashboard showing daily Call counts, so that Customer can follow its consumption, and shall warn Customer by e-mail when 80% of the annual volume has been used.

6. SERVICE AND SUPPORT

6.1 Vendor will use commercially reasonable efforts to keep the API available and to answer support requests sent to its support mailbox in a timely manner.

6.2 Vendor gives no commitment as to availability, response or resolution times. Vendor is not liable to pay any credit, refund, penalty or damages for interruption or slowness of the API or for late support, and Customer's remedy is limited to the termination right in clause 12.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to return results to Customer and shall not keep, analyse, combine, sell or otherwise use it for any other purpose.

7.2 Vendor shall delete the content of each Call from its systems within 7 days, keeping only the Call count and time for billing.

8. DATA SECURITY

8.1 The API used by Customer runs on servers in mainland China. Vendor shall encrypt Customer Data in transit, restrict access to named staff with multi-factor authentication, keep access logs and comply with the Personal Information Protection Law and the Data Security Law.

8.2 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of Customer Data, take measures to stop it, assist Customer in its notifications and compensate Customer for the losses caused by incidents attributable to Vendor.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including Customer's order volumes and Vendor's address rules, and shall not disclose it to any third party without the other party's written consent. This obligation continues for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 Vendor keeps all rights in the API, its reference data and its address rules.

10.2 Customer keeps all rights in its integration code. Field mappings and region rules tuned for Customer under clause 4.1 belong to Customer, which may use and modify them freely.

11. LIABILITY

11.1 Vendor's total liability under this Agreement is limited to 1.5 times the Total Contract Value.

11.2 The limit does not apply to breach of clauses 7, 8 or 9, to infringement of third-party rights or to wilful misconduct. Neither party is liable for indirect loss or loss of profit.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 If Customer terminates under clause 12.1, Vendor shall refund the part of the Subscription Fee that relates to the period after termination.

12.3 On expiry or termination, Vendor shall disable Customer's tokens, delete any remaining Customer Data under clause 7.2 and confirm the deletion in writing within 15 days. Clauses 7 to 11 and 14 survive the end of this Agreement.

13. SUBCONTRACTING AND ASSIGNMENT

13.1 Vendor shall not subcontract the operation of the API, or any processing of Customer Data, without Customer's prior written consent. The hosting provider named in Schedule 1 is approved by Customer on signature.

13.2 Neither party may assign this Agreement without the written consent of the other.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

15. GENERAL

15.1 Notices shall be in writing, in English or Chinese, and sent to the addresses above. This Agreement is the entire agreement of the parties on its subject and may be amended only in writing.

15.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public telecommunication networks and government action, provided that it informs the other party promptly.

15.3 If any provision of this Agreement is invalid, the other provisions remain in force. This Agreement is made in English in two originals, one for each party.

SCHEDULE 1 - TECHNICAL DETAILS

Interface: HTTPS, JSON, token authentication, batch requests of up to 100 addresses. Rate limit: 2,500 Calls per second per account; requests above the limit receive an error code and may be retried. Hosting: Chengdu region of a cloud provider holding an MLPS level 3 record. Field formats: addresses in simplified Chinese, with optional postcode and telephone number; results in UTF-8.

SCHEDULE 2 - FEES

Subscription Fee, per Subscription Year, including 24 million Calls: CNY 264,000
Subscription Fees for the Term (2 Subscription Years): CNY 528,000
Onboarding Fee (one-time): CNY 36,000
Total Contract Value: CNY 564,000
Additional Calls: CNY 0.012 per Call

SIGNATURES

For Customer: ____________________   Date: __________

For Vendor: ____________________   Date: __________
"""

# ---------------------------------------------------------------- files, labels
G, S = "goods_or_licence", "service"
N = None
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# key: (file, language, category, terms in TERM_KEYS order, extra, tco fee base or None, forum outside mainland,
#       expected rules as I read policy.md)
CONTRACTS = {
    "h296z01": ("h296z01_market_regulation_elevator_monitoring_platform.pdf", "zh", "hardware",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, N, 20, True, True, 36, 8, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=3100000), 2576000, False,
                []),
    "h296z02": ("h296z02_tyre_plant_curing_control_retrofit.docx", "zh", "hardware",
                [N, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 9, False, False, True,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2461000), 2078640, False,
                ["CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h296z03": ("h296z03_pet_hospital_chain_emr_saas.txt", "zh", "cloud",
                [99.95, 0.5, True, "buyer", True, False, True, 1200 / 1704000 * 100, 300000 / 1704000 * 100, N,
                 True, N, N, N, True, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1704000),
                N, False,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "h296z04": ("h296z04_housing_fund_system_annual_om.txt", "zh", "services",
                [99.5, 0.25, True, "buyer", True, True, True, 0.03, N, N, True, N, N, N, False, True, False,
                 "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1672000),
                N, False,
                ["CR-LD-LOW", "CR-SLA-AVAILABILITY"]),
    "h296z05": ("h296z05_soy_sauce_erp_supplier_template.md", "zh", "software",
                [N, 8, False, "supplier", True, True, True, 0.02, 20, 55, False, False, 6, 26, False, True, N,
                 N, G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=1380000), 960000, False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h296e01": ("h296e01_porcelain_glaze_software_greek_vendor.pdf", "en", "software",
                [N, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
                 "Greece", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1014000), 884000, True,
                ["CR-GOVERNING-LAW"]),
    "h296e02": ("h296e02_glass_bridge_ticketing_saas_estonian_vendor.md", "en", "cloud",
                [99.95, 0.5, True, "buyer", True, True, False, 1000 / 1550000 * 100, 150, N, True, N, N, N, True,
                 True, False, "Estonia", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1550000),
                N, True,
                ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-GOVERNING-LAW"]),
    "h296e03": ("h296e03_goji_farm_irrigation_sensors_danish_integrator.docx", "en", "hardware",
                [N, 1, True, "buyer", True, True, True, 0.1, 200, 18, True, True, 36, 7, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1470000), 1260000, False,
                []),
    "h296e04": ("h296e04_furniture_maker_managed_endpoints_norwegian_provider.md", "en", "services",
                [N, 0.5, True, "buyer", False, True, True, 900 / 1441200 * 100, 150, N, True, N, N, N, False, True,
                 True, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1441200),
                N, False,
                ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "h296e05": ("h296e05_ecommerce_address_api_croatian_vendor.txt", "en", "cloud",
                [N, N, False, "buyer", True, True, True, N, 150, N, True, N, N, N, False, True, False, "PRC", S],
                dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=564000),
                N, False,
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SOURCES = {"h296z01": H296Z01, "h296z02": H296Z02, "h296z03": H296Z03, "h296z04": H296Z04, "h296z05": H296Z05,
           "h296e01": H296E01, "h296e02": H296E02, "h296e03": H296E03, "h296e04": H296E04, "h296e05": H296E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years, pro rata."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    fee = t["post_warranty_fee_pct"] / 100 * base
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    return post / (x["contract_value"] + post) * 100


def derive_rules(t, x, base, forum_outside):
    """My reading of policy.md §3 applied to my own labels (not the project's code)."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds
ZN = "零〇一二两三四五六七八九十百千万"
PATTERNS = {
    "availability 99.9": r"(?<![\d.])99\.90*(?![\d])",
    "P1 4 hours": (r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)|(?<![" + ZN + r"])四\s*个?\s*小时"
                   r"|\bfour\s*(?:\(4\)\s*)?-?\s*hours?\b|(?<![\d.])240\s*-?\s*(?:minutes?|mins?\b|分钟)"
                   r"|二百四十分钟"),
    "LD 0.05 %": (r"(?<![\d.])0?\.050*\s*(?:%|％|per\s*cent|percent)|万分之五(?![" + ZN + r"])"
                  r"|千分之零点五"),
    "cap 100 %": r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之百|one\s*hundred\s*per\s*cent",
    "prepayment 30 %": (r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之三十(?![点" + ZN + r"])"
                        r"|(?<![" + ZN + r"])三成|\bthirty\s*per\s*cent"),
    "warranty 12 months": (r"(?<![\d.])12\s*-?\s*(?:months?|个月)|(?<![" + ZN + r"])十二\s*个\s*月"
                           r"|\btwelve\s*(?:\(12\)\s*)?-?\s*months?\b|(?<![" + ZN + r"第])一\s*年|(?<![" + ZN + r"])一周年"
                           r"|\bone\s*-?\s*years?\b|(?<![\d.])1\s*-?\s*years?\b|\bannum\b"),
    "post-warranty 15 %": (r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之十五(?![点" + ZN + r"])"
                           r"|\bfifteen\s*per\s*cent"),
    "TCO 40 %": (r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之四十(?![点" + ZN + r"])"
                 r"|\bforty\s*per\s*cent"),
    "5 years": (r"(?<![\d.])5\s*-?\s*(?:years?|年(?!\d))|(?<![" + ZN + r"])五\s*年|\bfive\s*-?\s*years?\b"
                r"|(?<![\d.])60\s*-?\s*(?:months?|个月)|(?<![" + ZN + r"])六十\s*个\s*月|\bsixty\s*months?\b"),
}
REGEXES = {k: re.compile(v, re.I) for k, v in PATTERNS.items()}
MUST_HIT = {"availability 99.9": ["99.9%", "99.90 %", "不低于99.9％"],
            "P1 4 hours": ["4小时", "4 个小时", "四小时", "4 hours", "4-hour", "four hours", "240 minutes", "240分钟"],
            "LD 0.05 %": ["0.05%", "0.05 per cent", "万分之五", "0.050 %"],
            "cap 100 %": ["100%", "百分之百", "100 per cent"],
            "prepayment 30 %": ["30%", "百分之三十", "三成", "30 percent", "thirty per cent"],
            "warranty 12 months": ["12个月", "十二个月", "12 months", "12-month", "twelve months", "one year", "一年",
                                   "1 year"],
            "post-warranty 15 %": ["15%", "百分之十五", "15 percent"],
            "TCO 40 %": ["40%", "百分之四十", "40 per cent"],
            "5 years": ["五年", "5年", "5 years", "five-year", "60 months", "60个月", "六十个月"]}
MUST_NOT_HIT = {"availability 99.9": ["99.95%", "99.5%", "199.9", "99.99%"],
                "P1 4 hours": ["24小时", "二十四小时", "14 hours", "24 hours", "2400 minutes", "0.4 hours"],
                "LD 0.05 %": ["0.15%", "0.055%", "万分之五十", "10.05%"],
                "cap 100 %": ["1100%", "100,000", "100 users"],
                "prepayment 30 %": ["130%", "30 days", "百分之三十五", "0.30%"],
                "warranty 12 months": ["四十二个月", "112 months", "2025年", "第一年", "二十一年"],
                "post-warranty 15 %": ["115%", "0.15%", "百分之十五点五"],
                "TCO 40 %": ["140%", "40家", "0.40%"],
                "5 years": ["2025年", "15 years", "十五年", "360 months", "2025年5月"]}


def self_test():
    for k, rx in REGEXES.items():
        for s in MUST_HIT[k]:
            assert rx.search(s), (k, "should hit", s)
        for s in MUST_NOT_HIT[k]:
            assert not rx.search(s), (k, "should not hit", s)


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for k, rx in REGEXES.items():
            for m in rx.finditer(variant):
                hits.append((k, variant[max(0, m.start() - 20):m.end() + 10]))
    return hits


def off_thresholds(t, x, base):
    checks = [(t["availability_pct"], 99.9), (t["p1_response_hours"], 4), (t["ld_rate_per_day_pct"], 0.05),
              (t["liability_cap_pct"], 100), (t["prepayment_pct"], 30), (t["warranty_months"], 12),
              (t["post_warranty_fee_pct"], 15), (tco_share(t, x, base), 40)]
    for v, th in checks:
        assert v is None or abs(v - th) > 1e-6, (v, th)


# ---------------------------------------------------------------- read back
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

    self_test()
    built = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in CONTRACTS.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    covered = set()
    bad = []
    for key, (fname, lang, cat, terms, extra, base, forum_outside, rules) in CONTRACTS.items():
        if not fname.endswith((".docx", ".pdf")):
            (OUT / fname).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", fname)
        t = dict(zip(TERM_KEYS, terms))
        assert len(terms) == len(TERM_KEYS)
        assert ("post_warranty_fee_capped" in extra) == (t["contract_kind"] == G)
        derived = derive_rules(t, extra, base, forum_outside)
        assert derived == sorted(rules), (key, derived, rules)
        off_thresholds(t, extra, base)
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": sorted(rules)}
        (OUT / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        covered |= set(rules)
        text = read_back(OUT / fname)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        ok = lo <= n <= hi
        share = tco_share(t, extra, base)
        print("%-66s %s %5d %s  risk %-6s tco %s  %s" % (fname, lang, n, "ok" if ok else "OUT OF RANGE", risk(rules),
              "-" if share is None else "%.2f%%" % share, ", ".join(rules) or "(none)"))
        if not ok:
            bad.append((fname, n))
        for h in scan(text) + scan(SOURCES[key]):
            bad.append((fname, h))
    missing = set(ALL_RULES) - covered
    print("rules covered: %d of %d" % (len(covered & set(ALL_RULES)), len(ALL_RULES)))
    kinds = sorted(len(v[7]) for v in CONTRACTS.values())
    print("findings per contract:", kinds)
    for b in bad:
        print("PROBLEM", b)
    assert not missing, missing
    assert not bad
    assert kinds[:2] == [0, 0] and kinds[2] == 1 and all(2 <= k <= 3 for k in kinds[3:9]) and kinds[9] >= 8


if __name__ == "__main__":
    main()
