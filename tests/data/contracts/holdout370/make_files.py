"""holdout370: writes the ten contracts, their labels and checks lengths / thresholds / rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:道路运输电子证照平台建设项目合同
P:合同编号：JYJT-ZC-2025-0417
P:采购方式：公开招标（项目编号：JYCG-2025-0936）
P:甲方（采购人）：江屿市交通运输局
P:地址：江屿市滨江大道288号
P:乙方（供应商）：赣证数字科技有限公司
P:地址：南昌市红谷滩区丰和中大道1266号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方在平等、自愿的基础上协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设道路运输电子证照平台，实现道路运输经营许可证、道路运输证、从业资格证三类证照的电子化制发、签章、核验、变更、注销和跨部门共享，并与省交通运输政务服务平台、省电子证照库及甲方现有运政管理系统对接。
P:1.2 项目内容包括平台软件许可、证照模板及业务流程定制开发、存量证照数据迁移、部署实施及培训，具体功能以招标文件第三章《采购需求》及乙方投标文件的技术响应为准。
P:1.3 平台部署在甲方指定的政务云资源上，服务器、存储及网络资源由甲方提供，乙方不另行提供硬件。
H:第二条 合同价款
P:2.1 本合同为固定总价合同，合同总价为人民币贰佰叁拾伍万元整（¥2,350,000），含增值税，分项如下：
P:电子证照平台软件许可（永久许可，不限用户数）：¥1,180,000；
P:证照模板、业务流程及接口定制开发：¥864,000；
P:存量证照数据迁移（约46万条）：¥212,000；
P:部署实施及培训：¥94,000。
P:2.2 上述价款包含乙方完成本项目所需的人工、差旅、测评配合、文档及税费等全部费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订且乙方提交合法有效发票后15个工作日内，甲方支付合同总价的20%，即¥470,000，作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,057,500。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥822,500。
P:3.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:3.5 因财政资金拨付程序造成的付款延迟，甲方应及时书面告知乙方，不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后90日内完成平台部署及定制开发并提交初步验收申请；初步验收通过后平台进入试运行，试运行期为60日。
P:4.2 乙方应派驻项目经理一名及不少于四名实施人员，未经甲方同意不得更换项目经理。乙方每两周向甲方提交书面进度报告。
P:4.3 甲方负责提供政务云资源、对接所需的接口文档和协调函，并指定专人配合乙方工作。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：招标文件所列功能全部实现并通过甲方测试用例；与省电子证照库、省政务服务平台及运政管理系统的接口联调通过；三类证照的生成、签章、核验全流程在测试环境中连续运行无错误；平台通过第三方测评机构的安全测试和商用密码应用安全性评估。
P:5.2 最终验收在试运行期满后进行，验收标准为：试运行期间未发生一级故障；存量证照迁移数据与原系统逐条比对一致；500个并发用户下证照核验响应时间不超过2秒；乙方已移交全部源代码、部署文档、运维手册及培训记录。
P:5.3 验收合格的，双方签署验收报告。平台上线运行、甲方使用平台或支付款项均不视为验收合格。验收不合格的，乙方应在15日内整改后重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、补丁及版本升级、技术支持和必要的现场服务。
P:6.2 平台月可用率不低于99.95%，计划内维护不计入不可用时间，但维护应提前3个工作日经甲方同意并安排在非工作时间进行。
P:6.3 故障分级及响应：一级故障（平台无法签发或核验证照）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复服务；二级故障（部分功能异常但不影响证照签发）2小时内响应，24小时内解决；三级故障（咨询及一般问题）1个工作日内答复。
P:6.4 乙方未按6.3条时限响应或恢复的，每超时1小时，甲方可从应付款项或履约保证金中扣除¥1,000；月可用率每低于承诺值0.01个百分点，扣除¥2,000。
P:6.5 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过软件许可费的9%（即每年不超过¥106,200），质保期满后的三个服务年度内不得上调。维护服务由双方另行书面签订，不自动续期。
H:第七条 数据安全
P:7.1 平台中的证照数据、申请材料、业务日志及其衍生数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:7.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》和网络安全等级保护制度的要求，落实访问控制、加密传输与存储、操作审计等安全措施；乙方人员须经甲方堡垒机访问生产环境，不得将任何数据拷贝出政务云。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方由此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、网络结构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，并应要求其参与人员签署保密承诺书。保密义务在本合同终止后三年内持续有效。
H:第九条 知识产权
P:9.1 平台软件产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 乙方为本项目定制开发的证照模板、业务流程、接口程序及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和升级。
P:9.3 乙方保证所提供的软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第十条 违约责任
P:10.1 乙方未按第4.1条约定期限提交初步验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:10.3 违约金不足以弥补守约方损失的，违约方还应赔偿不足部分。
H:第十一条 分包
P:11.1 乙方不得转包本项目，也不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可书面通知解除本合同。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分，与本合同具有同等效力。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江屿市交通运输局    乙方（盖章）：赣证数字科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年__月__日
"""

Z02 = """T:烧结窑炉控制系统改造项目合同
P:合同编号：YCXN-SB-2025-062
P:甲方：宜春锂源新材料有限公司
P:住所：江西省宜春市袁州区锂电产业园纬三路9号
P:乙方：湘控自动化工程有限公司
P:住所：湖南省株洲市天元区栗雨工业园长江北路36号
P:鉴于甲方正极材料车间现有4条辊道窑的温控系统老化、温区波动大，甲方决定对其控制系统进行改造；乙方具备相应的自动化工程能力。双方经协商一致，订立本合同。
H:一、项目范围
P:（一）乙方负责对甲方4条辊道窑烧结窑炉的控制系统进行改造，包括控制柜及PLC更换、温区热电偶及功率调节器更换、气氛（氧含量）监测、上位监控软件及数据采集、与甲方MES系统的接口开发。
P:（二）乙方负责设备供货、控制程序编写与组态、安装调试、人员培训，并提交竣工资料。
P:（三）改造须在甲方安排的停炉检修窗口内分批完成，每条窑炉的停炉时间不超过10日。
H:二、合同价款
P:（一）合同总价为人民币贰佰零贰万元整（¥2,020,000），含13%增值税，明细如下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含冗余CPU、I/O模块）|4套|624,000
TB:2|温区功率调节器及热电偶|4套|418,000
TB:3|氧含量分析仪及气氛监测单元|8台|232,000
TB:4|工业交换机、工控机及操作台|1批|152,000
TB:5|上位监控及数据采集软件许可（永久）|1套|186,000
TB:|软硬件小计||1,612,000
TB:6|控制程序编写、组态及MES接口开发|1项|248,000
TB:7|安装、调试及试烧配合|1项|132,000
TB:8|操作及维护培训|1项|28,000
TB:|合计||2,020,000
P:（二）合同总价为固定价格，包括设备、运输、保险、安装、调试、培训及税费。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%，即¥404,000。
P:（二）全部设备到货并经甲方清点签收后10个工作日内，甲方支付合同总价的45%，即¥909,000。
P:（三）4条窑炉控制系统全部安装调试完成并投入运行后10个工作日内，甲方支付合同总价的35%，即¥707,000。
P:（四）乙方每次收款前应开具相应金额的增值税专用发票，并提交相应阶段的交付清单；乙方银行账户变更的，应提前书面通知甲方。
H:四、交货与工期
P:（一）乙方应在合同生效后45日内将全部设备运抵甲方车间。
P:（二）乙方应在甲方书面通知的停炉窗口内完成每条窑炉的改造，全部改造在合同生效后120日内完成。
P:（三）乙方逾期交货或逾期完工的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（四）甲方负责提供停炉窗口、现场施工用电及临时存放场地，并协调MES系统供应商提供接口文档。因甲方未按约定提供停炉窗口造成的延误，工期相应顺延，乙方不承担逾期责任。
H:五、安装调试与验收
P:（一）乙方负责设备安装、接线及控制程序调试，调试期间甲方派工艺人员配合试烧。
P:（二）每条窑炉控制系统安装调试完成并点火投入运行后，即视为该窑炉验收合格；4条窑炉均投入运行后，即视为本项目验收合格。
P:（三）乙方应在全部窑炉投入运行后15日内提交竣工图纸、程序备份、设备说明书及操作手册。
H:六、质量保证
P:（一）质保期为二十四个月，自全部窑炉投入运行之日起计算。质保期内因设备或程序缺陷导致的故障，乙方免费维修或更换。
P:（二）一级故障（窑炉控制失效、被迫停炉或温控失常）：乙方应在30分钟内远程响应，6小时内派工程师到达现场，12小时内排除故障或提供临时措施；二级故障：2小时内响应，48小时内解决。
P:（三）乙方未按上述时限响应或到场的，每超时1小时，向甲方支付¥800，可从应付款中直接扣除。
P:（四）乙方应在甲方现场存放不少于一套关键备件（CPU模块、功率调节器各一件），质保期满后由甲方按原价购买。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的8%，即每年¥128,960，包括定期巡检（每季度一次）、程序优化、远程支持及故障现场处理，备件费用另计。
P:（二）上述年度维保费在质保期满后的三个维保年度内保持不变。维保服务按年度另行签订协议，不自动续期。
H:八、数据安全
P:（一）窑炉运行数据、工艺参数、配方曲线及生产记录均属于甲方，乙方仅可为本项目调试及维保使用，不得复制、留存或提供给任何第三方。
P:（二）乙方远程访问甲方控制系统，须经甲方逐次审批并通过甲方指定的安全网关进行，访问记录保留不少于六个月；乙方不得在控制网络中接入未经甲方检测的设备或介质。
P:（三）因乙方原因导致甲方数据泄露、被篡改或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，协助处置，并赔偿甲方由此造成的全部损失。
H:九、保密
P:乙方对在本项目中获悉的甲方工艺参数、配方、产能及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后三年内继续有效。
H:十、知识产权
P:（一）上位监控软件产品的知识产权归其权利人所有，甲方获得永久使用许可。
P:（二）乙方为本项目编写的控制程序、组态画面、MES接口程序及其源文件归甲方所有，甲方可自行或委托第三方修改、使用。
H:十一、分包
P:乙方可将电气安装、桥架及电缆敷设等工作交由其选定的第三方施工，但应在进场前书面通知甲方，并对分包方的施工质量和安全承担责任。
H:十二、责任限额
P:乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但乙方故意或重大过失、人身伤亡以及违反第八条、第九条造成的损失不受此限。
H:十三、合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内未予纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:（二）乙方逾期完工超过30日的，甲方有权解除合同。
H:十四、安全生产
P:乙方人员进入甲方厂区须遵守甲方安全生产及动火、高处作业、受限空间作业等管理制度，因乙方违规作业造成的事故由乙方负责。乙方应为进场人员购买意外伤害保险，进场前接受甲方安全教育；动火作业须办理动火证，并配备灭火器材和监护人员。乙方施工产生的废旧电缆、包装物应按甲方要求分类清运。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十六、其他
P:（一）附件一《设备技术规格》、附件二《停炉改造计划》、附件三《培训计划》为本合同组成部分。
P:（二）乙方应对甲方操作人员和电气维护人员分别进行培训，每类不少于3天，培训合格后由甲方签字确认。
P:（三）合同履行期间的通知应以书面形式送达本合同首部所列地址。
P:（四）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：宜春锂源新材料有限公司    乙方（盖章）：湘控自动化工程有限公司
P:授权代表：__________    授权代表：__________
P:日期：2025年__月__日
"""

Z03 = """茶饮门店点单及会员系统SaaS服务合同

合同编号：CYSX-2025-SaaS-018

甲方：长沙茶语时光餐饮管理有限公司
地址：湖南省长沙市开福区湘江中路二段36号
乙方：杭州点云餐饮科技有限公司
地址：浙江省杭州市西湖区文一西路998号

甲方经营连锁茶饮品牌，目前在湖南、湖北共有直营门店90家。为统一门店收银点单、小程序下单和会员营销，甲方采购乙方的点单及会员SaaS服务，并委托乙方完成实施。双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方向甲方90家门店提供“点云”点单及会员SaaS服务，包括门店收银点单、微信及支付宝小程序点单、外卖平台订单聚合、会员储值与积分、优惠券营销、总部报表及菜单管理功能。
（2）乙方负责实施，包括门店开通、菜单与价格配置、原有会员数据迁移（约64万名会员）、与甲方ERP的日结对接、门店店长及收银员培训。
（3）服务通过乙方云平台提供，平台部署于中国境内的云服务商机房。
（4）新开门店可按本合同单价增加，撤店可在下一季度起减少，费用按实际门店数结算。
（5）门店收银一体机、扫码枪、小票打印机及网络由甲方自备，乙方应提供兼容设备清单，并在上线前完成门店现有设备的适配调试。
（6）乙方应为甲方指定一名客户成功经理，负责需求对接、季度服务回顾及新功能培训。

第二条 服务期限
（1）服务期为三个服务年度，自全部门店上线验收合格之日起算。
（2）服务期届满前30日，任何一方未书面提出不再续约的，本合同自动续展一个服务年度，续展次数不限。
（3）每次续展时，乙方有权根据其当期价格政策调整服务费单价，调整幅度不超过上一服务年度单价的8%，乙方应在续展前15日书面通知甲方。

第三条 费用
（1）SaaS服务费：每家门店每个服务年度人民币3,600元，90家门店每个服务年度合计324,000元，三个服务年度合计972,000元。
（2）实施费：一次性人民币68,000元。
（3）本合同总金额为人民币1,040,000元（含6%增值税）。
（4）短信营销按实际发送量另行结算，不计入合同总金额。
（5）新增门店的服务费自该门店开通当月起按月折算，并入当季度服务费结算；撤店门店的服务费自下一季度起停止计收。

第四条 付款方式
（1）实施费在全部门店上线验收合格后15个工作日内一次性支付。
（2）SaaS服务费按季度支付，每季度结束后10个工作日内，乙方提交上季度服务报告及发票，甲方确认后支付该季度服务费。
（3）甲方在上线验收合格前无需支付任何费用。

第五条 实施与上线验收
（1）乙方应在合同签订后45日内完成全部90家门店的开通和上线。
（2）上线验收标准为：全部门店可正常完成收银、小程序及外卖订单；会员数据迁移后会员数、储值余额和积分与原系统逐一核对一致；单店高峰期每分钟处理60笔订单无卡顿；与甲方ERP日结数据连续7日核对一致；门店人员培训完成并经甲方抽查合格。
（3）验收合格后双方签署上线验收确认单。部分门店先行使用不视为验收合格。
（4）乙方未能在第（1）项期限内完成上线的，每逾期一日，向甲方支付人民币800元违约金。
（5）实施期间，乙方应每周提交实施周报，列明已上线门店、遗留问题及下周计划；甲方应指定项目联系人，及时确认菜单、价格和会员权益配置。

第六条 服务水平
（1）平台月可用率不低于99.5%，乙方计划维护须安排在凌晨1:00至6:00之间并提前3日通知甲方。
（2）故障响应：一级故障（全部或多数门店无法点单或收款）乙方应在15分钟内响应，1小时内恢复；二级故障（单店或单一功能异常）1小时内响应，8小时内解决；一般问题在2个工作日内答复。
（3）月可用率低于承诺值的，按以下比例减免当月服务费：可用率在99.0%（含）至99.5%之间的减免5%；低于99.0%的减免10%。一级故障未按时恢复的，每超时1小时另减免当月服务费2%。
（4）乙方应每月向甲方提供服务水平报告。
（5）每逢节假日及甲方大型营销活动前，乙方应提前进行容量评估和压力测试，并安排专人值守。

第七条 数据安全与数据归属
（1）甲方的会员信息、订单、储值、菜单及经营数据均归甲方所有。乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他目的，不得向第三方提供或出售。
（2）乙方应落实网络安全等级保护三级要求，对会员个人信息加密存储，实行最小权限访问和操作日志审计，并每日备份。
（3）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任，包括甲方向会员承担的赔偿。
（4）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后彻底删除。
（5）乙方应配合甲方开展个人信息保护影响评估，并在每个服务年度提供一次第三方安全测评报告。

第八条 保密
双方对在合作中知悉的对方商业秘密负有保密义务，包括甲方的配方、门店经营数据、会员规模和营销计划，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

第九条 知识产权
（1）乙方SaaS平台的知识产权归乙方所有。
（2）乙方为甲方定制的小程序页面、菜单模板、营销活动模板及ERP日结接口程序归甲方所有，甲方可自行或委托第三方使用和修改。
（3）乙方保证其平台及交付物不侵犯第三方知识产权，因此引起的纠纷由乙方负责解决并承担赔偿责任。

第十条 分包
乙方不得将实施工作分包给第三方，确需分包的，应事先取得甲方书面同意。

第十一条 违约与解除
（1）乙方严重违反本合同，经甲方书面通知后10日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
（2）连续两个月月可用率低于99.0%的，甲方有权解除本合同，无需承担任何违约责任。
（3）甲方逾期支付服务费超过30日，经乙方催告后仍未支付的，乙方可暂停服务。
（4）合同终止或解除后，乙方应按第七条第（4）项交付数据，并在数据导出完成前维持服务不少于30日，费用按日折算。

第十二条 法律适用和争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方住所地人民法院提起诉讼。

第十三条 通知与联系人
（1）双方指定的项目联系人及联系方式见附件三，一方变更联系人的，应提前5个工作日书面通知对方。
（2）与本合同有关的通知应以书面形式送达；通过电子邮件发送至对方指定邮箱的，发出后24小时视为送达。

第十四条 其他
（1）本合同附件为《门店清单》《服务功能清单》和《联系人名单》，与本合同具有同等效力。
（2）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（3）本合同一式二份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：长沙茶语时光餐饮管理有限公司
代表签字：__________
乙方（盖章）：杭州点云餐饮科技有限公司
代表签字：__________
签订日期：2025年__月__日
"""

Z04 = """政府采购合同
（服务类 竞争性磋商）

项目名称：南湖市公共资源交易中心电子交易系统年度运维服务
项目编号：NHGZ-CS-2025-0211
合同编号：NHJY-YW-2025-03

采购人（甲方）：南湖市公共资源交易中心
地址：南湖市政务服务中心B座5楼
供应商（乙方）：南湖信诚软件服务有限公司
地址：南湖市高新区创业路18号

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，经双方协商，就电子交易系统运维服务订立本合同。

1. 服务范围
1.1 乙方对甲方电子交易系统提供运维服务，覆盖工程建设、政府采购、产权交易三个板块的交易平台、电子开标评标系统、CA数字证书接入、保证金管理及场地音视频监控系统的软件部分。
1.2 服务内容包括：驻场运维、日常巡检、系统软件维护及缺陷修复、数据库维护、安全巡检及漏洞修补、重大交易日保障、应急演练及运维报告。
1.3 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。服务期满自动终止，甲方如需继续采购，另行组织采购程序。
1.4 服务对象包括甲方业务科室、进场交易主体及评标专家的系统使用支持，乙方应设立服务热线，在工作日8:30-17:30接听并记录。
1.5 运维对象及版本以附件一《运维对象清单》为准，服务期内新增的小版本及补丁同属运维范围。

2. 合同价款
2.1 本合同总价为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，分项如下：
驻场运维（2名工程师，工作日8:30-17:30）：¥312,000；
系统软件维护及缺陷修复：¥148,000；
安全巡检、漏洞扫描及渗透测试（每半年一次）：¥72,000；
重大交易日保障及应急演练：¥54,000。
2.2 合同价款包括乙方人员工资、社保、差旅、工具及税费等全部费用。
2.3 服务期内因甲方新增交易板块或系统模块导致运维工作量明显增加的，双方另行协商，但不得改变本合同确定的服务单价。

3. 付款
3.1 本合同不设预付款。
3.2 服务费按季度支付。每季度结束后，乙方提交季度运维报告，经甲方季度考核合格后15个工作日内，甲方支付该季度服务费，即¥146,500。
3.3 乙方应开具合法有效的发票，甲方通过国库集中支付方式付款。

4. 服务要求
4.1 乙方派驻2名具有三年以上同类系统运维经验的工程师在甲方现场工作，人员名单经甲方确认，未经甲方同意不得更换。
4.2 乙方每日开市前完成系统巡检，每周提交巡检记录，每月提交运维月报，内容包括故障处理、性能指标、安全事件及改进建议。
4.3 开标评标日，乙方应安排工程师提前1小时到场，全程保障至当日评标结束。
4.4 乙方每季度组织一次应急演练，演练方案经甲方审核。
4.5 乙方应建立运维台账，对每次故障记录发生时间、影响范围、处理过程、恢复时间及根本原因，重大故障应在恢复后2个工作日内提交分析报告。
4.6 乙方应配合甲方完成系统的等级保护测评、密码应用评估及上级部门组织的安全检查，并对检查发现的问题按期整改。
4.7 系统软件的版本更新和补丁安装，乙方应先在测试环境验证并提交变更申请，经甲方批准后在非交易时段实施，实施前做好数据备份。
4.8 甲方负责提供运维所需的办公场所、网络接入及系统管理权限，及时审批乙方的变更申请，并协调原系统开发商提供必要的技术资料。

5. 服务水平
5.1 故障分为三级：一级故障指开标、评标或投标文件上传无法进行，或系统整体中断；二级故障指部分功能异常但交易可以继续；三级故障指其他一般问题。
5.2 一级故障：乙方应在15分钟内响应，30分钟内到场，2小时内恢复交易；二级故障：30分钟内响应，8小时内解决；三级故障：1个工作日内解决。
5.3 乙方未达到上述服务水平的，甲方可书面通知乙方限期整改，乙方应提交整改报告。服务水平的达成情况纳入季度考核和年度评价。
5.4 非工作时间发生一级、二级故障的，乙方应远程响应并安排工程师到场，时限与5.2条相同。

6. 考核与验收
6.1 甲方按季度对乙方服务进行考核，考核内容包括：巡检记录完整率、故障响应及恢复时限达成情况、运维报告质量及驻场人员出勤。考核合格为80分以上。
6.2 服务期满后，甲方组织年度验收，验收标准为：四个季度考核均合格；服务期内未发生因乙方原因导致的开标评标中断；乙方已移交运维文档、配置清单、脚本及应急预案；安全巡检发现的高危漏洞已全部修补。
6.3 年度验收合格后双方签署验收书。
6.4 季度考核结果作为甲方对乙方服务评价的依据，并在合同期满时纳入政府采购履约评价。

7. 数据安全
7.1 交易系统中的投标文件、评标数据、保证金信息、专家信息及日志均属于甲方，乙方仅可为履行运维服务接触，不得查看与运维无关的数据，不得复制、留存或向第三方提供。
7.2 乙方人员须通过甲方堡垒机访问系统，使用个人账号并全程审计；开标前乙方人员不得接触投标文件内容。
7.3 乙方应落实等级保护要求，发现安全漏洞或数据泄露时应在1小时内报告甲方并采取处置措施。因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部法律责任，并赔偿甲方损失。
7.4 乙方应每半年配合甲方清理运维账号，及时注销离岗人员账号。

8. 保密
乙方及其人员对在服务中获悉的投标人信息、评标专家名单、评标过程及甲方工作秘密负有保密义务，不得以任何形式泄露。乙方人员应签署保密承诺书。保密义务不因合同终止而解除。乙方驻场人员离场时，应交回门禁卡、账号及全部资料。

9. 知识产权
乙方在服务中形成的运维文档、配置清单、脚本及应急预案归甲方所有，甲方可自由使用和修改。乙方在服务中使用的自有通用工具软件，知识产权仍归乙方，但乙方应保证甲方在服务期满后仍可使用已部署的监控脚本。

10. 分包
乙方不得转包或分包本合同项下的任何服务。

11. 合同解除
11.1 乙方严重违反本合同，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期结算。
11.2 乙方违反第7条或第8条的，甲方有权立即解除本合同，并追究乙方的法律责任。
11.3 合同解除或期满后，乙方应在10个工作日内完成工作交接，移交全部账号、文档、脚本及未结工单，并配合新的服务商完成过渡，交接期间不得擅自撤离驻场人员。

12. 法律适用及争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，依法向南湖市有管辖权的人民法院提起诉讼。

13. 其他
13.1 磋商文件、响应文件、成交通知书为本合同的组成部分。
13.2 合同履行中的通知以书面形式送达双方在本合同首部所列地址，以电子邮件发送的，以对方系统收到之时为送达。
13.3 本合同未尽事宜，双方可签订补充协议；补充协议不得违背磋商文件和成交结果的实质性内容。
13.4 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：南湖市公共资源交易中心
代表：__________
乙方（盖章）：南湖信诚软件服务有限公司
代表：__________
签订日期：2025年__月__日
"""

Z05 = """# 质量管理系统软件许可及定制开发合同

> 本合同采用乙方标准合同文本（慧质 QMS-HT-2024 版）

合同编号：HZ-QMS-2025-0386

**甲方（买方）**：桂林漓香米粉食品有限公司
地址：广西桂林市临桂区秧塘工业园食品路12号

**乙方（卖方）**：广州慧质信息技术有限公司
地址：广州市天河区科韵路16号信息港B栋9楼

甲方为米粉生产企业，需建立覆盖原料验收、生产过程、成品检验和批次追溯的质量管理系统。乙方为慧质QMS软件的开发商。双方根据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供慧质QMS标准版软件许可（永久许可，30个并发用户），并根据甲方需求进行定制开发和部署实施。

1.2 定制开发内容：米粉生产批次追溯模块（从大米入库、浸泡、磨浆、蒸粉、挤丝、包装到出库的全程批次关联）、原料及辅料检验模块、HACCP关键控制点监控模块、与甲方金蝶ERP和称重系统的数据接口。

1.3 系统部署在甲方自有服务器上，服务器及操作系统由甲方自备。

1.4 乙方负责将甲方近两年的原料供应商档案、检验标准和成品检验记录导入系统，数据由甲方按乙方模板整理提供。

## 第二条 合同价款

2.1 本合同总价为人民币捌拾陆万元整（¥860,000），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 慧质QMS标准版软件许可（永久，30并发） | 560,000 |
| 2 | 定制开发（批次追溯、检验、HACCP模块及接口） | 248,000 |
| 3 | 部署实施、数据初始化及培训 | 52,000 |
| | 合计 | 860,000 |

2.2 甲方需求变更导致工作量增加的，按乙方人天单价另行计费。

2.3 本合同价款不含服务器、数据库、操作系统及第三方中间件费用，该等软硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的55%，即¥473,000，作为预付款，乙方收到预付款后启动项目。

3.2 系统通过甲方验收后10个工作日内，甲方支付合同总价的45%，即¥387,000。

3.3 甲方逾期付款的，乙方有权暂停工作，工期相应顺延。

## 第四条 项目实施

4.1 乙方在收到预付款后100日内完成定制开发和部署，并通知甲方验收。

4.2 甲方应提供业务流程资料、检验标准、历史数据及必要的现场条件，并指定项目负责人。因甲方原因造成的延误，工期相应顺延。

4.3 乙方逾期完成的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.4 乙方派驻实施顾问在甲方现场工作，驻场时间以项目计划为准，超出计划的驻场天数按乙方人天单价另行计费。

4.5 甲方应在乙方提交需求规格说明书后5个工作日内确认，逾期未确认的，视为甲方已确认。

## 第五条 验收

5.1 乙方完成部署后，双方按《验收测试用例》进行验收测试，测试用例由乙方编制、甲方确认，覆盖第1.2条所列全部功能。

5.2 验收标准为：验收测试用例全部通过；任选三个成品批次可在10秒内完成从成品到原料批次的正反向追溯；系统连续试运行15日无严重缺陷。验收通过后甲方签署验收单。

5.3 验收测试中发现的一般缺陷不影响验收结论，由乙方在维护期内修复。

## 第六条 免费维护期

6.1 系统验收合格后，乙方提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期内，一级故障（系统无法使用）乙方在接到甲方报修后8小时内响应，二级故障在2个工作日内响应，具体解决时间视问题复杂程度而定。

6.3 乙方将尽力在合理时间内解决故障，但乙方不因响应或解决时间超出上述时限而承担任何扣款、赔偿或违约金。

6.4 免费维护期内乙方以远程支持为主，甲方要求现场服务的，差旅费用由甲方承担。

## 第七条 维护服务费

7.1 免费维护期满后，甲方如需继续获得维护服务，应按年支付维护服务费，年度维护服务费为软件许可费的28%，即每年¥156,800。

7.2 维护服务费按维护年度预付，甲方未支付维护服务费的，乙方有权停止提供补丁、升级及技术支持。

7.3 维护服务自甲方书面确认并支付当期维护服务费后开始。

## 第八条 知识产权

8.1 慧质QMS软件及乙方在本项目中开发的全部定制模块、接口程序、源代码及相关文档的知识产权均归乙方所有。

8.2 甲方获得在本合同约定范围内使用上述软件的非独占、不可转让的许可，不得对软件进行修改、反向工程或许可第三方使用。乙方不向甲方交付定制模块源代码。

## 第九条 数据

9.1 甲方在系统中产生的生产、检验及质量数据归甲方所有。

9.2 乙方有权对甲方数据进行脱敏、汇总处理后，用于乙方产品改进、食品行业质量分析报告及为其他客户提供的基准对标服务，该等使用在合同终止后仍可继续。

9.3 乙方在实施和维护中接触甲方系统时，应遵守甲方的信息安全制度，采取访问控制、账号专人专用和操作留痕等安全措施，不得擅自导出甲方数据；因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，并承担相应的赔偿责任。

9.4 合同终止后，乙方可应甲方要求导出甲方数据，导出格式为乙方系统标准格式，导出服务按人天单价收费。

## 第十条 保密

双方对在合同履行中获悉的对方技术信息和商业信息负有保密义务，未经对方书面许可不得向第三方披露，但按第9.2条处理后的数据除外。保密期限为合同终止后两年。

## 第十一条 责任限制

11.1 任何情况下，乙方在本合同项下的累计赔偿责任（包括违约金）不超过合同总价的20%。

11.2 乙方不承担甲方的间接损失、利润损失、停产损失及因产品质量问题引起的召回损失。

11.3 甲方应自行做好数据备份，因甲方未备份造成的数据损失，乙方不承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权解除合同。

12.2 合同解除后，甲方已支付的预付款不予退还，但乙方严重违约导致解除的除外。

12.3 因甲方原因导致项目暂停超过60日的，乙方有权解除合同，已完成工作的费用由甲方支付。

## 第十三条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 培训

乙方为甲方质量管理人员、化验员和车间班组长提供系统操作培训，共计4次，每次不超过20人，培训地点在甲方厂区，超出部分按乙方标准收费。

## 第十五条 其他

15.1 本合同正文、附件《需求规格说明书》及《验收测试用例》构成双方的完整协议。

15.2 乙方可在其宣传资料及客户名单中使用甲方名称和标识。

15.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：桂林漓香米粉食品有限公司　　　代表：__________

乙方（盖章）：广州慧质信息技术有限公司　　　代表：__________

签订日期：2025年__月__日
"""

E01 = """T:Software Licence and Services Contract
P:Contract No. ADR-XZ-2025-014
P:This Contract is made between Xuzhou Hongjian Paper-Cut Art Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 27 Hubin Road, Yunlong District, Xuzhou, Jiangsu Province (the "Buyer"), and Adriatik Pattern Systems sh.p.k., a company incorporated in the Republic of Albania with its registered office at Rruga Taulantia 41, Durres, Albania (the "Vendor").
H:Recitals
P:(A) The Buyer designs and produces traditional Xuzhou paper-cut works, both hand-cut and laser-cut, for gift, cultural-tourism and architectural decoration customers.
P:(B) The Vendor develops PaperForm Studio, a vector pattern-design application for paper-cut, stencil and laser-cutting work, and offers installation, customisation and training services.
P:(C) The Buyer wishes to acquire perpetual licences of PaperForm Studio for its design room, together with a customised motif library and an export module for its laser cutters, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means PaperForm Studio version 6, including the standard motif libraries, the plug-ins listed in the Price Schedule and all corrections and updates supplied under this Contract.
P:1.2 "Custom Deliverables" means the Xuzhou motif library, the laser export module and every template, script, configuration or document created by the Vendor specifically for the Buyer.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.4 that the acceptance tests have been passed.
P:1.4 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Scope
P:2.1 The Vendor shall supply eight perpetual, non-transferable licences of the Software for use by the Buyer's designers at the Buyer's premises in Xuzhou, and deliver the Custom Deliverables.
P:2.2 The Custom Deliverables comprise: (a) a library of not fewer than 600 vector motifs redrawn from the Buyer's archive of traditional patterns, including window flowers, zodiac figures, double happiness and border patterns, each closed and cut-ready; (b) an export module that converts designs into the job format of the Buyer's two laser cutters with kerf compensation and bridge checking; and (c) a batch template for producing gift-card series in several sizes from one master design.
P:2.3 The Vendor shall install the Software on the Buyer's eight design workstations, configure the licence server on the Buyer's local network, and train the Buyer's staff as set out in Article 4.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 288,000, inclusive of all taxes, duties and expenses in China, and is fixed. It is made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|PaperForm Studio perpetual licence|8|212,000
TB:2|Xuzhou motif library, laser export module and batch template|1 lot|58,000
TB:3|Installation, configuration and training|1 lot|18,000
TB:|Total Contract Price||288,000
P:3.2 The licence subtotal (item 1) is CNY 212,000 and is the base for the support fee under Article 7.
H:Article 4 Delivery and Training
P:4.1 The Vendor shall install the Software and deliver the first release of the Custom Deliverables within 45 days after signature of this Contract.
P:4.2 Training consists of three days of on-site instruction for up to ten designers and two days of remote instruction for the Buyer's laser operators, with written course material in Chinese.
P:4.3 If the Vendor fails to complete installation and deliver the first release of the Custom Deliverables by the date in Article 4.1, it shall pay the Buyer liquidated damages of CNY 300 for each day of delay, up to a total of eight per cent of the Contract Price. If the delay exceeds 30 days, the Buyer may terminate this Contract under Article 12.
H:Article 5 Acceptance
P:5.1 After installation the Vendor shall notify the Buyer in writing that the Software and the Custom Deliverables are ready for testing.
P:5.2 The acceptance tests are: (a) all eight workstations start the Software and obtain licences from the licence server; (b) a random sample of 60 motifs from the library opens without errors, consists of closed paths and matches the Buyer's reference drawings; (c) ten designs chosen by the Buyer are exported through the laser export module and cut on both laser cutters without manual correction; (d) the batch template produces a series of at least twelve gift-card sizes from one master design; and (e) the training under Article 4.2 has been completed.
P:5.3 The Buyer shall carry out the tests within ten working days after the notice. Where a test fails, the Vendor shall correct the defect at its own cost and the failed tests shall be repeated.
P:5.4 When all tests have been passed the Buyer shall sign an acceptance certificate. Installation, use of the Software in production or payment of any instalment does not amount to Final Acceptance.
H:Article 6 Payment
P:6.1 The Buyer shall pay 20% of the Contract Price (CNY 57,600) within 15 days after signature of this Contract against the Vendor's invoice.
P:6.2 The Buyer shall pay the remaining 80% of the Contract Price (CNY 230,400) within 15 days after Final Acceptance against the Vendor's invoice.
P:6.3 Payments are made by bank transfer in CNY to the account designated by the Vendor. Each party bears its own bank charges.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to Article 2 for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and provide remote support free of charge.
P:7.2 Support requests are classified as follows. Severity 1: the Software cannot be started, licences cannot be obtained or the export module cannot produce cutting jobs. Severity 2: an important function is impaired but work can continue. Severity 3: other questions. The Vendor shall respond to a Severity 1 request within 2 hours during the Buyer's working hours (08:30 to 17:30 Beijing time, Monday to Saturday) and restore operation or provide a workaround within one working day; Severity 2 requests shall receive a response within one working day.
P:7.3 If the Vendor misses the Severity 1 response time, it shall credit the Buyer CNY 200 for each hour of delay, and CNY 500 for each working day by which restoration is late. Credits are deducted from the next payment or paid within 30 days.
P:7.4 After the warranty period the Buyer may order annual support covering updates, new versions and the service levels in Article 7.2. The annual support fee is 10% of the licence subtotal, that is CNY 21,200 per year, and will not be increased for the first three support years. Support does not renew automatically; each year is ordered by a written purchase order.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors. The licences granted under Article 2.1 are perpetual and survive any termination except termination for the Buyer's failure to pay.
P:8.2 The Custom Deliverables, including the motifs redrawn from the Buyer's archive, vest in the Buyer upon creation. The Vendor shall deliver their source files and editable formats, and the Buyer may use, modify and license them freely.
P:8.3 The Vendor shall indemnify the Buyer against claims that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Data Protection and Security
P:9.1 All design files, pattern archives, customer orders and other data of the Buyer ("Buyer Data") belong to the Buyer. The Vendor shall process Buyer Data only to perform this Contract and shall not copy it to any system outside the Buyer's premises or use it for any other purpose.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session, takes place over the Buyer's VPN with a personal account, and is logged. The Vendor shall keep its access credentials secure and shall comply with the applicable laws of the People's Republic of China on data security and personal information.
P:9.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to or loss of Buyer Data and shall cooperate in remedying it. The Vendor is liable for all losses arising from a security breach caused by it or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's unpublished designs and customer lists and the Vendor's source code, and shall use it only for this Contract.
P:10.2 This obligation continues for three years after the end of this Contract.
H:Article 11 Liability
P:11.1 The total liability of the Vendor under this Contract is limited to twice the Contract Price. This limit does not apply to liability under Articles 8.3, 9 and 10, or to wilful misconduct or gross negligence.
P:11.2 Neither party is liable for loss of profit or indirect loss, except under Articles 9 and 10.
H:Article 12 Subcontracting and Termination
P:12.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for any approved subcontractor.
P:12.2 Either party may terminate this Contract by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving written notice.
P:12.3 On termination by the Buyer for the Vendor's breach, the Vendor shall refund payments made for undelivered or non-conforming items.
H:Article 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the Republic of Albania.
P:13.2 The parties shall first try to settle any dispute by negotiation. If a dispute is not settled within 30 days, it shall be submitted to the competent court in Durres, Albania.
H:Article 14 Miscellaneous
P:14.1 This Contract is written in English and Chinese; the two versions have equal force.
P:14.2 Amendments must be in writing and signed by both parties.
P:14.3 This Contract enters into force on signature by both parties.
P:For the Buyer: Xuzhou Hongjian Paper-Cut Art Co., Ltd.    Signature: ____________    Date: ____________
P:For the Vendor: Adriatik Pattern Systems sh.p.k.    Signature: ____________    Date: ____________
"""

E02 = """# TicketRidge Booking Platform — Order Form

**Order Form No.** TR-OF-2025-0077
**Provider:** Vrbas Digital d.o.o., Kralja Petra I Karađorđevića 83, 78000 Banja Luka, Bosnia and Herzegovina ("**Provider**")
**Customer:** Zhangjiajie Tianmen Canopy Zipline Tourism Co., Ltd., 15 Guanli Road, Yongding District, Zhangjiajie, Hunan Province, People's Republic of China ("**Customer**")

This Order Form (Part A) and the TicketRidge General Terms (Part B) together form the agreement between Provider and Customer (the "**Agreement**"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Services

A1.1 Provider will provide the TicketRidge online booking platform as a hosted service (the "**Service**") for Customer's zipline park, covering: online ticket sales by time slot, rider weight and age checks at booking, waiver signing, capacity control for each of the four zipline lines, group and travel-agency bookings, gate check-in by QR code, and daily sales reports.

A1.2 Onboarding services: configuration of the four lines, slot templates and price rules; integration of the booking engine into Customer's WeChat mini-program and website; integration with Customer's two turnstile gates; import of Customer's travel-agency list; and training of Customer's ticket office staff (together, "**Onboarding**").

### A2. Subscription Term

A2.1 The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A4.

A2.2 The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

A3.1 At Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | up to 400,000 bookings | 168,000 |
| Subscription fee, Subscription Year 2 | up to 400,000 bookings | 168,000 |
| Onboarding (one-time) | fixed price | 46,000 |
| **Total contract value** | | **382,000** |

A3.2 Bookings above 400,000 in a Subscription Year are charged at CNY 0.30 per booking, invoiced at the end of that Subscription Year. Such overage charges are not part of the total contract value.

A3.3 Online payment processing fees of WeChat Pay and Alipay are contracted by Customer directly and are not charged by Provider.

### A4. Onboarding Schedule and Go-Live Acceptance

A4.1 Provider shall make the Service ready for Go-Live Acceptance within 40 days after signature of this Order Form.

A4.2 Go-Live Acceptance tests, carried out by Customer with Provider's support over five consecutive days, are: (a) 2,000 test bookings across all four lines with correct slot capacity and price rules; (b) rider weight and age checks blocking every non-compliant test booking; (c) QR check-in on both turnstile gates with a response of less than one second; (d) a reconciliation of one day's test payments with the WeChat Pay and Alipay statements without difference; and (e) completed staff training.

A4.3 When all tests have been passed, Customer signs a Go-Live Acceptance certificate. Use of the Service for live sales before that date does not constitute Go-Live Acceptance.

A4.4 If the Service is not ready for Go-Live Acceptance by the date in A4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 23,000 in total.

### A5. Invoicing and Payment

A5.1 The Onboarding fee is invoiced after Go-Live Acceptance and payable within 30 days of invoice.

A5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of invoice.

A5.3 No amount is payable before Go-Live Acceptance.

### A6. Service Levels

A6.1 The Service shall be available 99.95% of each calendar month, measured at Provider's monitoring endpoint, excluding maintenance windows agreed with Customer in advance between 23:00 and 06:00 Beijing time.

A6.2 Incident priorities and times:

| Priority | Description | Response | Restoration |
|---|---|---|---|
| Severity 1 | Booking or check-in unavailable for all users | 30 minutes | 3 hours |
| Severity 2 | A major function impaired, workaround exists | 2 hours | 1 business day |
| Severity 3 | Minor issue or question | 1 business day | next release |

A6.3 If monthly availability falls below the commitment in A6.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point of shortfall, up to 50% of that monthly share. A Severity 1 incident not restored within its restoration time earns a further credit of CNY 1,000 for each hour of excess. Credits are set off against the next invoice.

### A7. Signatures

For Provider: Vrbas Digital d.o.o. — Name: ____________ Title: Director — Signature: ____________

For Customer: Zhangjiajie Tianmen Canopy Zipline Tourism Co., Ltd. — Name: ____________ Title: General Manager — Signature: ____________

## Part B — TicketRidge General Terms

### B1. Use of the Service

B1.1 Provider grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's own business.

B1.2 Customer is responsible for the accuracy of its slot, price and rider-rule settings and for the use of the Service by its staff and agents.

### B2. Customer Data

B2.1 All booking records, rider information, waiver signatures, payment references and other data submitted to or generated in the Service for Customer ("**Customer Data**") belong to Customer. Provider processes Customer Data only on Customer's instructions and only to provide the Service; it shall not use Customer Data for any other purpose, including analytics, product development or marketing.

B2.2 Customer Data is hosted in data centres located in mainland China operated by Provider's hosting provider named in B6.1. Provider shall not transfer Customer Data outside mainland China.

### B3. Security

B3.1 Provider shall maintain technical and organisational security measures appropriate to the Service, including encryption of Customer Data in transit and at rest, role-based access with multi-factor authentication for its staff, logging of all administrative access, daily backups kept for 30 days, and an annual penetration test by an independent firm.

B3.2 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Customer Data.

B3.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, provide all information reasonably required, and bear the costs of remedying any incident caused by Provider, its staff or its hosting provider, including notifications to riders and regulators.

B3.4 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a structured format and then delete it, and confirm the deletion in writing.

### B4. Intellectual Property

B4.1 The Service, its software and its documentation belong to Provider.

B4.2 Customer's slot templates, price rules, mini-program pages, gate integration settings and reports created in Onboarding belong to Customer, which may use, modify and disclose them freely, including to a successor provider.

### B5. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, use it only for the Agreement, and not disclose it to third parties except to advisers bound by equal duties. This duty continues for three years after the Agreement ends.

### B6. Subcontracting

B6.1 Provider uses Alibaba Cloud (China) as its hosting provider, which Customer approves by signing the Order Form.

B6.2 Provider shall not engage any other subcontractor in performing the Agreement without Customer's prior written consent, and remains responsible for its subcontractors.

### B7. Term and Termination

B7.1 The Agreement runs for the Subscription Term in Part A.

B7.2 The Subscription Term is a fixed commitment. Customer may not terminate the Agreement before the end of the Subscription Term, whether for convenience or on account of any breach by Provider. Customer's remedies for any failure of the Service or any other breach by Provider are the service credits under A6.3 and damages under B8.

B7.3 Provider may suspend the Service if an undisputed invoice remains unpaid 30 days after a written reminder, and may terminate the Agreement if it remains unpaid a further 30 days.

B7.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, for as long as the event lasts.

### B8. Liability

B8.1 Provider's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

B8.2 The limit in B8.1 does not apply to Provider's liability under B3 or B5, to personal injury caused by negligence, or to wilful misconduct.

B8.3 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.

### B9. Governing Law and Disputes

B9.1 The Agreement is governed by the laws of Bosnia and Herzegovina.

B9.2 Any dispute arising out of or in connection with the Agreement shall be settled by the competent court in Banja Luka, Bosnia and Herzegovina.

### B10. General

B10.1 Notices must be in writing and sent to the addresses in the Order Form, with a copy by e-mail.

B10.2 Neither party may assign the Agreement without the other party's prior written consent.

B10.3 The Agreement is the entire agreement between the parties on its subject and supersedes prior proposals. Amendments must be in writing and signed by both parties.

B10.4 The Agreement is made in English; a Chinese translation is provided for convenience.
"""

E03 = """T:Purchase Contract for Orchard Sensor Network and Monitoring Platform
P:Contract No. YPH-PC-2025-09
P:Buyer: Yunnan Yangbi Peihe Walnut Plantation Co., Ltd., Cangshan West Town, Yangbi Yi Autonomous County, Dali Prefecture, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Salamis AgriTech Integration Ltd., 12 Polis Street, Famagusta, Cyprus (the "Supplier").
P:Whereas the Buyer operates a walnut plantation of about 1,300 hectares on terraced hillsides and wishes to install a sensor network for soil moisture, micro-climate and irrigation monitoring; and whereas the Supplier has offered to supply, install and commission such a network with a monitoring platform; the parties agree as follows on the Buyer's standard purchase terms.
H:Section 1 Definitions
P:1.1 "System" means the sensors, weather stations, gateways, power kits and Platform licence listed in Section 3, installed and configured at the plantation.
P:1.2 "Platform" means the Supplier's OrchardSense monitoring software, licensed on a perpetual basis and installed on the Buyer's server in the plantation office.
P:1.3 "Installation Certificate" means the Buyer's confirmation that all equipment has been delivered and installed; it does not constitute acceptance.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Section 6.4.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the System in the plantation's twelve management blocks, integrate it with the Buyer's drip-irrigation valve controllers, and train the Buyer's agronomists and field technicians.
P:2.2 Sensor positions shall follow the layout plan agreed in writing with the Buyer's chief agronomist before installation starts. Installation work on slopes shall be carried out with the safety equipment required by the Buyer's site rules.
P:2.3 The Supplier shall deliver as-built drawings, calibration records, device lists with serial numbers, user manuals in Chinese and a spare-parts list.
H:Section 3 Contract Price
P:3.1 At the Buyer's request the Contract Price is stated and paid in Chinese yuan (CNY). The Contract Price is CNY 759,000, fixed and inclusive of taxes, customs duties, transport to the plantation, insurance and all other costs. It is broken down in the following table.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature sensor, three depths|240|1,150|276,000
TB:2|Micro weather station (rain, wind, humidity, leaf wetness)|6|18,500|111,000
TB:3|LoRa gateway with 4G backhaul|8|9,800|78,400
TB:4|Solar power kit for gateways and stations|32|2,400|76,800
TB:5|OrchardSense Platform perpetual licence|1|118,000|118,000
TB:|Equipment and licence subtotal|||660,200
TB:6|Installation, calibration and valve integration|1 lot||86,400
TB:7|Training of agronomists and technicians|1 lot||12,400
TB:|Contract Price|||759,000
P:3.2 The equipment and licence subtotal of CNY 660,200 is the base for the support fee in Section 8.
H:Section 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 75,900) within 20 days after signature, against an advance-payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 417,450) within 20 days after the Installation Certificate.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 265,650) within 20 days after Final Acceptance.
P:4.4 Each payment is made against a valid invoice. The Supplier's bank charges outside China are for the Supplier's account.
H:Section 5 Delivery and Delay
P:5.1 All equipment shall be delivered to the plantation within 60 days after signature, and installation shall be completed within 100 days after signature, so that the System can be tested before the dry season.
P:5.2 If the Supplier fails to complete installation by the date in Section 5.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:5.3 If the delay exceeds 45 days, the Buyer may terminate this Contract under Section 14 in addition to claiming the liquidated damages.
H:Section 6 Testing and Acceptance
P:6.1 After the Installation Certificate, the System shall run for 30 consecutive days of trial operation.
P:6.2 The acceptance criteria are: (a) at least 98% of all sensors report every scheduled reading during the trial operation; (b) soil-moisture readings of twenty sensors chosen by the Buyer deviate by no more than 3 percentage points from gravimetric samples taken by the Buyer; (c) weather-station readings agree with the county meteorological station within the tolerances in the technical specification; (d) irrigation alerts reach the valve controllers and the technicians' phones within two minutes; and (e) all documents under Section 2.3 have been delivered.
P:6.3 If any criterion is not met, the Supplier shall remedy the defect at its own cost and the trial operation or the failed test shall be repeated.
P:6.4 When all criteria have been met, the Buyer shall issue a Final Acceptance certificate. Delivery, installation, the Installation Certificate, use of the System or any payment does not amount to Final Acceptance.
H:Section 7 Warranty and Service Levels
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During this period it shall repair or replace defective equipment, correct software defects and supply Platform updates free of charge, including transport of replacement parts to the plantation.
P:7.2 Faults are classified as follows. Severity 1: the Platform is down, or a gateway failure stops data from a whole management block. Severity 2: individual sensors or stations fail. Severity 3: other issues. The Supplier shall respond remotely to a Severity 1 fault within 1 hour, and send a technician to the plantation within 48 hours if the fault cannot be fixed remotely. Severity 2 faults shall be answered within 8 hours and fixed within 7 days.
P:7.3 For each hour by which the Severity 1 response time is exceeded, the Supplier shall pay CNY 600; for each day by which the on-site time is exceeded, CNY 1,500. The Buyer may deduct these amounts from any payment due.
P:7.4 The Supplier shall keep a local service partner in Kunming approved under Section 12 and shall keep at the plantation a stock of spare sensors equal to 5% of the installed quantity during the warranty period.
H:Section 8 Support after Warranty
P:8.1 After the warranty period the Buyer may order annual support on the terms of Section 7. The annual support fee is 7% of the equipment and licence subtotal, that is CNY 46,214 per year, fixed for two support years.
P:8.2 Support is ordered in writing for each year and does not renew automatically. Any fee for later years shall be agreed in writing and shall not exceed the fee in Section 8.1 by more than 3%.
H:Section 9 Data
P:9.1 All sensor readings, weather data, irrigation records, maps and block layouts ("Plantation Data") belong to the Buyer. The Supplier shall use Plantation Data only to perform this Contract and shall not use, sell or disclose it for any other purpose.
P:9.2 The Platform runs on the Buyer's server; the gateways transmit to that server over encrypted links. The Supplier shall access the Platform only through the remote-access channel set up by the Buyer, with personal accounts and logged sessions, and shall not copy Plantation Data to its own systems.
P:9.3 The Supplier shall comply with the laws of the People's Republic of China on data security, notify the Buyer within 24 hours of any security incident involving Plantation Data, and be liable for all losses caused by an incident attributable to the Supplier or its service partner.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's yields, plantation maps and prices, and shall not disclose it without the other party's prior written consent. This obligation survives for three years after termination or expiry.
H:Section 11 Intellectual Property
P:11.1 The Platform software remains the Supplier's property; the Buyer's licence is perpetual and irrevocable.
P:11.2 All dashboards, alert rules, irrigation logic, integration scripts and layout plans created for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them in editable form.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor, including the local service partner.
H:Section 13 Liability
P:13.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for liability under Sections 9 and 10, personal injury, damage to the plantation caused by installation work, and wilful misconduct, which are not limited.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or in the case described in Section 5.3.
P:14.2 On termination under Section 14.1 the Supplier shall refund the amounts paid for items not accepted and compensate the Buyer's losses.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final and binding on both parties.
H:Section 16 Final Provisions
P:16.1 This Contract is made in Chinese and English, both equally authentic. Annex 1 (Technical Specification) and Annex 2 (Layout Plan) form part of it.
P:16.2 This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

E04 = """# Managed Wi-Fi Services Agreement

**Agreement reference:** MRV-WZ-2025-031

**Between**

(1) **Morava Netline d.o.o.**, a company registered in the Republic of Serbia, with its seat at Bulevar oslobođenja 24, 32000 Čačak, Serbia ("**Provider**"); and

(2) **Wenzhou Ouhai Flamecraft Lighter Manufacturing Co., Ltd.**, a company registered in the People's Republic of China, with its seat at 88 Xianan Road, Ouhai District, Wenzhou, Zhejiang Province ("**Customer**").

**Background**

A. Customer manufactures metal and electronic lighters in two factory buildings, a warehouse and an office building in Ouhai District, and needs reliable wireless coverage for its handheld scanners, production tablets, automated guided vehicles and office staff.

B. Provider designs and operates managed wireless networks and has agreed to provide such a network to Customer as a service, with Provider retaining ownership of the equipment, on the terms of this Agreement.

## 1. Definitions

1.1 "**Service**" means the managed Wi-Fi service described in Clause 2 and Schedule 1.

1.2 "**Sites**" means Customer's Factory Building A, Factory Building B, Warehouse and Office Building at the address above.

1.3 "**Service Commencement Date**" means the date on which Customer signs the Service Acceptance Certificate under Clause 4.

1.4 "**Monthly Charge**" and "**Installation Charge**" have the meanings in Schedule 2.

1.5 "**Customer Data**" means network logs, device inventories, guest registrations, usage statistics and any other information relating to Customer, its staff or its devices that Provider obtains in providing the Service.

## 2. The Service

2.1 Provider shall design, supply, install, configure, monitor and maintain a wireless network at the Sites comprising 146 access points, two redundant wireless controllers, PoE access switches and the related cabling (the "**Equipment**"), and shall operate it from its network operations centre.

2.2 The Service covers: full coverage of the Sites with signal strength of at least -67 dBm in production areas; separate networks for production devices, office users and guests; roaming for guided vehicles without loss of connection; monthly reports on coverage, usage and incidents; and replacement of faulty Equipment.

2.3 The Equipment remains the property of Provider. Customer shall provide power, rack space and reasonable access to the Sites during working hours, and at other times on 24 hours' notice.

2.4 Provider shall maintain a local field team in Wenzhou, employed by its Chinese affiliate, to carry out on-site work.

2.5 Provider shall name a service manager who attends a quarterly review meeting with Customer's IT manager to discuss the monthly reports, planned changes and any capacity needs arising from new production lines.

## 3. Term

3.1 This Agreement starts on signature. The Initial Term of the Service is 36 months from the Service Commencement Date.

3.2 At the end of the Initial Term, the Service renews automatically for successive Renewal Periods of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the Initial Term or the current Renewal Period.

3.3 For each Renewal Period, Provider may adjust the Monthly Charge to its standard price list then in force. Provider will inform Customer of the adjusted Monthly Charge 30 days before the Renewal Period begins; the adjusted charge applies from the first day of the Renewal Period.

## 4. Installation and Service Acceptance

4.1 Provider shall complete installation at all Sites within 50 days after signature.

4.2 Service acceptance tests, carried out jointly, are: (a) a walk-through survey showing the signal strength in Clause 2.2 at every measurement point on the agreed floor plans; (b) simultaneous connection of 600 devices across the Sites without authentication failures; (c) roaming tests of the guided vehicles along their full routes with no dropped session; (d) failover from one wireless controller to the other within 30 seconds; and (e) handover of the as-built documentation.

4.3 When the tests are passed, Customer signs a Service Acceptance Certificate. Use of the network by Customer before that date does not amount to acceptance.

4.5 Customer shall make the floor plans, cable routes and production shift schedules available to Provider within ten days after signature, and shall give Provider's field team escorted access to production areas.

4.4 If the Service Commencement Date has not occurred within the period in Clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, up to CNY 60,000.

## 5. Service Levels

5.1 Provider shall ensure that the Service is available at each Site at least 99.95% of the time in each calendar month, excluding planned maintenance agreed with Customer at least five days in advance and carried out outside production shifts.

5.2 Provider shall respond to and restore incidents within the times in Schedule 1.

5.3 If Provider misses the availability level for a Site, Customer receives a service credit of 10% of the Monthly Charge for that month; if it misses a Priority 1 restoration time, a further 3% of the Monthly Charge for each started hour of excess, up to a total of 50% of the Monthly Charge in any month. Credits are deducted from the next invoice.

## 6. Charges and Payment

6.1 At Customer's request all charges are stated and payable in Chinese yuan (CNY). The charges are set out in Schedule 2.

6.2 The Installation Charge is invoiced after the Service Commencement Date. The Monthly Charge is invoiced monthly in arrears from the Service Commencement Date.

6.3 Customer shall pay each correct invoice within 30 days. Nothing is payable in advance.

6.4 If Customer disputes an invoice in good faith, it shall pay the undisputed part, and the parties shall resolve the disputed part within 30 days.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only for the purpose of providing the Service to Customer and shall not sell it or use it for any other purpose.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked or should reasonably be understood as confidential, including Customer's product designs, production volumes and factory layouts, and shall use it only for this Agreement.

8.2 The obligations in this Clause continue for three years after this Agreement ends.

## 9. Intellectual Property

9.1 Provider's software, tools and know-how remain Provider's property.

9.2 The network design, floor-plan surveys, configuration files and reports prepared for Customer belong to Customer, which may use, modify and share them freely, including with another service provider at the end of this Agreement.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the Initial Term.

10.2 The limit does not apply to personal injury, wilful misconduct or breach of Clause 8.

## 11. Subcontracting

11.1 Provider may use its Chinese affiliate in Wenzhou for on-site work, which Customer approves by signing this Agreement. Provider shall not subcontract any other part of the Service without Customer's prior written consent, and remains responsible for the acts of its affiliate and subcontractors.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 Customer may terminate this Agreement by written notice if the availability level in Clause 5.1 is missed at any Site in three consecutive months.

12.3 On expiry or termination Provider shall remove the Equipment at its own cost within 30 days, and shall hand over the configuration files under Clause 9.2.

12.4 Termination does not affect any rights or remedies that have accrued before the date of termination.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be referred to the Wenzhou Arbitration Commission for arbitration in Wenzhou.

## 14. General

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 This Agreement, including its Schedules, is the entire agreement between the parties on its subject.

14.3 This Agreement is made in English and Chinese; both versions are equally valid.

14.4 Notices under this Agreement shall be in writing and delivered by hand, courier or e-mail to the addresses given by each party.

**Signed** for Provider: ____________________  **Signed** for Customer: ____________________

## Schedule 1 — Incident Priorities

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| Priority 1 | Loss of wireless service in a whole building or on the guided-vehicle routes | 30 minutes | 3 hours |
| Priority 2 | Loss of service in part of a building, or degraded service affecting production | 1 hour | 8 hours |
| Priority 3 | Single access point failure without production impact | 6 working hours | 2 working days |
| Priority 4 | Requests for information or configuration changes | 1 working day | 5 working days |

Response is measured from Customer's call or ticket, or from Provider's own monitoring alert if earlier. Restoration may be by workaround, with a permanent fix to follow.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Installation Charge | one-time | 92,000 |
| Monthly Charge | per month, 146 access points and all Sites | 46,800 |
| Monthly Charge over the Initial Term | 36 months | 1,684,800 |
| **Total charges for the Initial Term** | | **1,776,800** |

Additional access points requested by Customer during the term are charged at CNY 260 per access point per month from installation.
"""

E05 = """API SUBSCRIPTION AGREEMENT
CERTVERIFY PROFESSIONAL TITLE CHECK SERVICE

Agreement No.: PLP-NJ-2025-112

THIS AGREEMENT is made between:

PELAGONIJA DATA SOLUTIONS DOOEL, a company registered in the Republic of North Macedonia, with its registered office at Ulica Goce Delcev 19, 7500 Prilep, North Macedonia (the "VENDOR"); and

NANJING ZHICAI TALENT NETWORK TECHNOLOGY CO., LTD., a company registered in the People's Republic of China, with its registered office at 5 Zhongshan East Road, Xuanwu District, Nanjing, Jiangsu Province (the "CUSTOMER").

BACKGROUND

The Customer operates an online recruitment platform for engineers and technicians. Employers using the platform ask for confirmation that a candidate's professional-title certificate (such as assistant engineer, engineer or senior engineer) is genuine and matches the candidate's identity. The Vendor operates the CertVerify service, which checks certificate numbers and holder details against authorised data sources through licensed channel partners in China and returns a structured result. The Customer wishes to subscribe to the CertVerify API on the terms below.

1. DEFINITIONS

1.1 "API" means the CertVerify application programming interface, its documentation and the test environment.

1.2 "Check" means one request submitted by the Customer through the API for one certificate, whatever the result.

1.3 "Candidate Data" means the names, identity numbers, certificate numbers, certificate images and any other personal information submitted by the Customer, and the results returned for them.

1.4 "Integration Acceptance" means the Customer's written confirmation under Clause 4.3.

1.5 "Subscription Year" means each successive period starting on the date of Integration Acceptance or on its anniversary.

2. SERVICE

2.1 The Vendor shall provide the Customer with access to the API for the Subscription Term and shall process Checks submitted by the Customer, returning for each a result stating whether the certificate exists, whether the holder details match, the issuing authority, the title level and the date of issue.

2.2 The Vendor shall set up the Customer's production and test accounts, provide API keys, and support the Customer's developers in integrating the API into the Customer's platform (the "Integration Services").

2.3 The Vendor shall use commercially reasonable efforts to keep the API available and to deal with support requests promptly. Support requests are handled by e-mail and through the Vendor's ticket portal.

2.4 The Vendor may change the API, provided that it gives at least 60 days' notice of any change that is not backward compatible and keeps the previous version running during that period.

3. SUBSCRIPTION TERM

3.1 The Subscription Term is two Subscription Years.

3.2 This Agreement does not renew automatically. The parties may agree a further term in writing at least 30 days before the end of the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall make the production account and the test environment available within 20 days after signature, and shall complete the Integration Services within 45 days after signature.

4.2 The integration tests, run by the Customer on the test environment with the Vendor's support, are: (a) a sample of 500 test certificates supplied by the Vendor, each returning the documented result; (b) correct handling of the documented error codes; (c) a load test of 20 Checks per second for 30 minutes with a median result time below 3 seconds; and (d) delivery of the Candidate Data deletion report described in Clause 7.4 for all test data.

4.3 When all tests have been passed, the Customer signs an Integration Acceptance certificate. Use of the production account before that date is not acceptance.

4.4 If Integration Acceptance is delayed beyond the period in Clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 200 for each day of delay, up to CNY 10,000.

5. FEES AND PAYMENT

5.1 At the Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule.

5.2 The subscription fee for each Subscription Year covers up to 200,000 Checks in that Subscription Year. Checks above that number are charged at the overage rate in the Schedule and invoiced quarterly in arrears.

5.3 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The Integration fee is invoiced after Integration Acceptance. Nothing is invoiced before Integration Acceptance.

5.4 The Customer shall pay each correct invoice within 30 days of receipt by bank transfer to the Vendor's account.

6. CUSTOMER OBLIGATIONS

6.1 The Customer shall obtain the candidate's separate consent before submitting a Check, in accordance with the Personal Information Protection Law of the People's Republic of China, and shall submit Checks only for recruitment purposes on its platform.

6.2 The Customer shall keep its API keys secure and notify the Vendor at once if they may have been compromised.

7. DATA PROTECTION AND SECURITY

7.1 Candidate Data belongs to the Customer. The Vendor processes Candidate Data as an entrusted party only on the Customer's instructions and only to perform Checks; it shall not use Candidate Data for any other purpose, build databases or profiles from it, or disclose it to anyone other than the channel partners needed to perform a Check.

7.2 Candidate Data is processed and stored only on servers located in mainland China, operated by the Vendor's hosting provider named in Clause 9.1. The Vendor shall not transfer Candidate Data outside mainland China.

7.3 The Vendor shall protect Candidate Data with encryption in transit and at rest, role-based access for named staff with multi-factor authentication, logging and quarterly review of all access, and an annual independent security assessment, and shall meet the requirements of the Data Security Law and the Personal Information Protection Law.

7.4 The Vendor shall delete Candidate Data within 30 days after the Check is completed, except for a log entry of the Check without certificate images, and shall provide a deletion report each quarter.

7.5 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, disclosure of or loss of Candidate Data, cooperate with the Customer's response and any notifications to candidates or authorities, and bear all losses, fines and costs arising from an incident caused by the Vendor, its staff, its hosting provider or its channel partners.

8. INTELLECTUAL PROPERTY

8.1 The API, the CertVerify service and the Vendor's documentation remain the Vendor's property.

8.2 The integration code written by or for the Customer, the result reports generated for the Customer and any result templates created for the Customer under the Integration Services belong to the Customer, which may use, modify and license them freely.

9. SUBCONTRACTING

9.1 The Vendor uses Tencent Cloud (China) as its hosting provider and the channel partners listed in the Schedule, all of which the Customer approves by signing this Agreement.

9.2 The Vendor shall not engage any other subcontractor or replace any listed party without the Customer's prior written consent, and remains responsible for all of them.

10. LIABILITY

10.1 The Vendor's total liability under this Agreement is limited to twice the total fees payable under the Schedule for the Subscription Term, except for liability under Clause 7 and for wilful misconduct, which are not limited.

10.2 Neither party is liable for loss of profit or indirect loss, except under Clause 7.

10.3 The Vendor is responsible for the accuracy of results as returned by the authorised data sources; it is not liable for errors in those sources that it could not detect with reasonable care.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 15 days after written notice.

11.2 The Customer may terminate this Agreement at once by written notice if the Vendor breaches Clause 7, or if the Vendor's channel partners lose their authorisation to access the data sources.

11.3 On termination by the Customer under this Clause, the Vendor shall refund the unused part of the subscription fee for the current Subscription Year, calculated day by day.

12. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, including outages of the authorised data sources, provided that it informs the other party promptly.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing in accordance with its rules then in force.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above, with a copy by e-mail.

14.2 No amendment is valid unless made in writing and signed by both parties.

14.3 This Agreement is made in English and Chinese, both versions being equally authentic.

SCHEDULE - FEES AND APPROVED PARTIES

Part 1 - Fees

Subscription fee, Subscription Year 1 (up to 200,000 Checks): CNY 128,000
Subscription fee, Subscription Year 2 (up to 200,000 Checks): CNY 128,000
Integration fee (one-time): CNY 24,000
Total fees for the Subscription Term: CNY 280,000
Overage rate: CNY 0.45 per Check above the Checks included in the Subscription Year (not included in the total above)

Part 2 - Approved parties

Hosting provider: Tencent Cloud (China), Nanjing region.
Channel partners: Jiangsu Zhengxin Information Services Co., Ltd. (Jiangsu certificates); Beijing Huazhi Data Technology Co., Ltd. (certificates issued elsewhere in mainland China).

SIGNED by the parties on the dates below.

For the VENDOR: ____________________  Name: ____________________  Date: ____________
For the CUSTOMER: ____________________  Name: ____________________  Date: ____________
"""

# ---------------------------------------------------------------- files and labels
FILES = {  # key: (file name, language, category, source, format)
    "h370z01": ("h370z01_transport_bureau_e_licence_platform.pdf", "zh", "software", Z01, "pdf"),
    "h370z02": ("h370z02_battery_materials_kiln_control_retrofit.docx", "zh", "hardware", Z02, "docx"),
    "h370z03": ("h370z03_tea_chain_ordering_membership_saas.txt", "zh", "cloud", Z03, "txt"),
    "h370z04": ("h370z04_trading_centre_annual_om_service.txt", "zh", "services", Z04, "txt"),
    "h370z05": ("h370z05_rice_noodle_qms_supplier_template.md", "zh", "software", Z05, "md"),
    "h370e01": ("h370e01_papercut_pattern_software_albanian_vendor.pdf", "en", "software", E01, "pdf"),
    "h370e02": ("h370e02_zipline_booking_saas_bosnian_vendor.md", "en", "cloud", E02, "md"),
    "h370e03": ("h370e03_walnut_orchard_sensors_buyer_paper.docx", "en", "hardware", E03, "docx"),
    "h370e04": ("h370e04_lighter_maker_managed_wifi_service.md", "en", "services", E04, "md"),
    "h370e05": ("h370e05_title_certificate_check_api_subscription.txt", "en", "cloud", E05, "txt"),
}

G, S = "goods_or_licence", "service"
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
# one row per contract, values in TERM_KEYS order; then extra: sla_clause, ld_stated, capped (goods only), deemed, value
T = True; F = False; N = None
TERMS = {
    "h370z01": [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
    "h370z02": [N, 0.5, T, "buyer", T, T, T, 0.08, 150, 20, F, F, 24, 8, F, T, T, "PRC", G],
    "h370z03": [99.5, 0.25, T, "buyer", T, T, T, 800 / 1040000 * 100, N, N, T, N, N, N, T, T, F, "PRC", S],
    "h370z04": [N, 0.25, F, "buyer", T, T, T, N, N, N, T, N, N, N, F, T, F, "PRC", S],
    "h370z05": [N, 8, F, "supplier", T, F, T, 0.02, 20, 55, T, T, 6, 28, F, T, N, N, G],
    "h370e01": [N, 2, T, "buyer", T, T, T, 300 / 288000 * 100, 200, 20, T, T, 18, 10, F, T, F, "Albania", G],
    "h370e02": [99.95, 0.5, T, "buyer", T, T, T, 500 / 382000 * 100, 6 / 24 * 100, N, T, N, N, N, F, F, F,
                "Bosnia and Herzegovina", S],
    "h370e03": [N, 1, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 36, 7, F, T, F, "PRC", G],
    "h370e04": [99.95, 0.5, T, "buyer", F, T, T, 1500 / 1776800 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
    "h370e05": [N, N, F, "buyer", T, T, F, 200 / 280000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
    "h370z01": (T, T, T, F, 2350000),
    "h370z02": (T, T, T, T, 2020000),
    "h370z03": (T, T, N, F, 1040000),
    "h370z04": (T, F, N, F, 586000),
    "h370z05": (T, T, T, F, 860000),
    "h370e01": (T, T, T, F, 288000),
    "h370e02": (T, T, N, F, 382000),
    "h370e03": (T, T, T, F, 759000),
    "h370e04": (T, T, N, F, 1776800),
    "h370e05": (F, T, N, F, 280000),
}
FEE_BASE = {"h370z01": 1180000, "h370z02": 1612000, "h370z05": 560000, "h370e01": 212000, "h370e03": 660200}
PRICE_SUMS = {  # itemised prices and payment shares, asserted against contract_value
    "h370z01": ([1180000, 864000, 212000, 94000], [470000, 1057500, 822500]),
    "h370z02": ([624000, 418000, 232000, 152000, 186000, 248000, 132000, 28000], [404000, 909000, 707000]),
    "h370z03": ([90 * 3600 * 3, 68000], None),
    "h370z04": ([312000, 148000, 72000, 54000], [146500] * 4),
    "h370z05": ([560000, 248000, 52000], [473000, 387000]),
    "h370e01": ([8 * 26500, 58000, 18000], [57600, 230400]),
    "h370e02": ([168000, 168000, 46000], None),
    "h370e03": ([276000, 111000, 78400, 76800, 118000, 86400, 12400], [75900, 417450, 265650]),
    "h370e04": ([92000, 46800 * 36], None),
    "h370e05": ([128000, 128000, 24000], None),
}
EXPECTED = {
    "h370z01": [],
    "h370z02": ["CR-ACCEPTANCE", "CR-SUBCONTRACT"],
    "h370z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h370z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h370z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h370e01": ["CR-GOVERNING-LAW"],
    "h370e02": ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-TERMINATION"],
    "h370e03": [],
    "h370e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "h370e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
FOREIGN_FORUM = {"h370e01", "h370e02"}  # forum outside mainland China (Durres, Banja Luka)
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key):
    t = dict(zip(TERM_KEYS, TERMS[key]))
    value = EXTRA[key][4]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return value + fees, fees / (value + fees) * 100


def derive_rules(key):
    """policy.md §3 applied to the labels (my reading, not the code's)."""
    t = dict(zip(TERM_KEYS, TERMS[key]))
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    r = []
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        tc = tco(key)
        if tc and tc[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, lang, cat, _, _ = FILES[key]
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if TERMS[key][-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat,
            "expected_terms": dict(zip(TERM_KEYS, TERMS[key])), "expected_extra": extra,
            "expected_rules": sorted(EXPECTED[key])}


# ---------------------------------------------------------------- threshold scan
CN = "零〇一二三四五六七八九十百千"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?![\d])",                                   # availability 99.9
    r"(?<![\d.])4\s*(?:working\s+|business\s+|clock\s+)?(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![%s])四个?小时" % CN, r"(?<![\w-])four[\s-]+(?:working\s+|business\s+)?hours?",
    r"(?<![\d.])240\s*(?:min|分钟)",
    r"(?<![\d.])0?\.05\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![%s])" % CN, r"千分之零?点五",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![%s点])" % CN, r"三成",
    r"(?<![\d.])12\s*(?:-|\s)?(?:months?|个月|月)", r"(?<![\w-])twelve[\s-]+months?", r"(?<![%s])十二个月" % CN,
    r"(?<![\w-])(?:one|1)[\s-]+years?\b", r"一年", r"(?<![\w-])a\s+year\b", r"annual(?:ly)?\s+term",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![%s点])" % CN,
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![%s点])" % CN, r"四成",
    r"(?<![\d.])5\s*(?:-|\s)?(?:years?|年)", r"(?<![\w-])five[\s-]+years?", r"(?<![%s])五年" % CN,
    r"(?<![\d.])60\s*(?:-|\s)?(?:months?|个月)", r"(?<![%s])六十个月" % CN, r"(?<![\w-])sixty[\s-]+months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "四个小时", "four hours", "4 working hours",
            "240 minutes", "0.05%", "0.05 per cent", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十",
            "三成", "12 months", "12个月", "十二个月", "twelve months", "one year", "一年", "1 year", "15%",
            "百分之十五", "40%", "百分之四十", "5 years", "5年", "五年", "five years", "60 months", "60个月",
            "六十个月", "1-year"]
MUST_NOT = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "四十二个月",
            "2025年", "二十四个月", "130%", "0.30 per booking", "14 hours", "万分之五十", "百分之三十五",
            "2030 %", "一个服务年度", "Subscription Year", "three years", "36 months", "二十五年", "15 days",
            "45 days", "9.5%", "百分之四十五", "one working day", "12 gift-card sizes"]


def threshold_hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text)):
        for rx in THRESHOLD_RES:
            for m in rx.finditer(variant):
                out.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regexes miss %r" % s
    for s in MUST_NOT:
        assert not threshold_hits(s), "regexes wrongly hit %r: %r" % (s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def near(x, v, eps=1e-9):
    return x is not None and abs(x - v) < eps


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, lang, cat, src, fmt) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    problems, fired = [], set()
    for key, (name, lang, cat, src, fmt) in FILES.items():
        text = read_back(OUT / name)
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        ok = lo <= size <= hi
        if not ok:
            problems.append("%s length %d outside %d-%d" % (name, size, lo, hi))
        for where, txt in (("source", src), ("read-back", text)):
            for pat, ctx in threshold_hits(txt):
                problems.append("%s threshold figure in %s: %r (%s)" % (name, where, ctx, pat))
        # price and payment sums
        items, pays = PRICE_SUMS[key]
        value = EXTRA[key][4]
        if sum(items) != value:
            problems.append("%s items sum %s != %s" % (name, sum(items), value))
        if pays and abs(sum(pays) - value) > 1e-6:
            problems.append("%s payments sum %s != %s" % (name, sum(pays), value))
        # derived values off every threshold
        t = dict(zip(TERM_KEYS, TERMS[key]))
        for k, v in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                     ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                     ("post_warranty_fee_pct", 15)):
            tol = {"availability_pct": 0.01, "ld_rate_per_day_pct": 0.005}.get(k, 0.5)
            if t[k] is not None and abs(t[k] - v) < tol:
                problems.append("%s %s %s sits on / near threshold %s" % (name, k, t[k], v))
        tc = tco(key)
        if tc and abs(tc[1] - 40) < 1:
            problems.append("%s TCO share %.2f near 40" % (name, tc[1]))
        rules = derive_rules(key)
        if rules != sorted(EXPECTED[key]):
            problems.append("%s derived %s != expected %s" % (name, rules, EXPECTED[key]))
        fired.update(rules)
        lab = label(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-58s %-3s len %5d  risk %-6s %s %s" % (name, lang, size, risk(rules), ", ".join(
            x[3:] for x in rules) or "(none)", ("TCO %.0f share %.2f%%" % tc) if tc else ""))
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append("rules never fired: %s" % missing)
    counts = sorted(len(v) for v in EXPECTED.values())
    risks = [risk(sorted(v)) for v in EXPECTED.values()]
    if not (counts.count(0) == 2 and counts.count(1) == 1 and sum(2 <= c <= 3 for c in counts) == 6
            and len(EXPECTED["h370z05"]) >= 8):
        problems.append("mix wrong: %s" % counts)
    if [risk(sorted(EXPECTED[k])) for k in EXPECTED if len(EXPECTED[k]) == 1] != ["low"]:
        problems.append("single-finding contract not low")
    print("risk levels:", risks)
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        raise SystemExit(1)
    print("all checks passed; every CR rule fires at least once")


if __name__ == "__main__":
    main()
