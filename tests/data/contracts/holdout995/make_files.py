"""holdout995: builds the ten blind held-out draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py),
writes their .json labels, and asserts the checks of the brief (lengths, thresholds, regex scan, rule design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H995Z01 = """T:首台（套）首版次产品认定服务平台采购合同
P:合同编号：GXJ-ZFCG-2027-018
P:采购人（甲方）：某市工业和信息化局
P:供应商（乙方）：某市启衡软件科技有限公司
P:鉴于甲方通过公开招标方式采购“首台（套）重大技术装备及首版次软件产品认定服务平台”项目（项目编号GXJ-GK-2027-009），乙方为中标供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，按照招标文件、投标文件和中标通知书，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供认定服务平台软件许可一套，包括企业申报、形式审查、专家评审、公示管理、政策兑现跟踪和统计分析六个功能模块。许可为永久许可，不限用户数和部署节点数。
P:1.2 乙方按甲方需求完成定制开发：与市企业服务云平台统一身份认证的对接；与财政专项资金管理系统的兑现数据接口；专家库随机抽取和回避规则；首台套保险补偿测算模型；面向局领导的认定工作驾驶舱。
P:1.3 乙方负责在甲方指定的政务云环境中部署平台，迁移2021年以来的历史认定数据，并对甲方业务人员、区县工信部门和企业联络员进行培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾万零捌仟元整（¥2,108,000），含税，为固定总价。其中：平台软件许可费¥1,180,000；定制开发费¥764,000；部署及数据迁移费¥126,000；培训费¥38,000。
P:2.2 合同总价已包含乙方完成本项目所需的软件、开发、部署、迁移、培训、差旅、税费及质保期内服务的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署和定制开发并通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次申请付款前应开具合法有效的发票。甲方付款按政府采购资金支付的有关规定办理。
H:第四条 交付期限与履约保证金
P:4.1 乙方应在合同签订后九十日内完成部署和定制开发并提交初验申请，在初验合格后六十日内完成试运行并提交最终验收申请。
P:4.2 因甲方原因造成延误的，交付期限相应顺延，乙方应及时书面告知甲方。
P:4.3 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初验标准：功能符合招标文件技术需求和经甲方确认的需求规格说明书；各接口联调通过，统一身份认证单点登录正常；历史数据迁移后逐条核对，记录数量和关键字段一致；第三方测评机构出具的安全测评报告无高危问题。
P:5.2 最终验收标准：平台连续试运行六十日，期间无一级故障；在五百个并发用户下，常用页面平均响应时间不超过两秒；完成一次完整的年度认定申报、审查、评审和公示业务；乙方提交全部技术文档、用户手册和定制部分源代码。
P:5.3 验收由甲方组织，可邀请行业专家参加，验收合格后双方签署验收报告。平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持、每季度一次的系统巡检和年度认定高峰期的现场保障。
P:6.2 服务水平：平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）；一级故障（平台无法访问或申报、评审功能中断）30分钟内响应，2小时内到场或远程处理，8小时内恢复；二级故障2小时内响应，24小时内解决；其他问题三个工作日内答复。
P:6.3 响应或恢复超时的，每超时一小时，乙方向甲方支付违约金人民币1,000元；月度可用率每低于承诺值0.01个百分点，乙方支付违约金人民币2,000元。上述款项可从履约保证金或应付款项中扣除。
P:6.4 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），该标准自质保期满之日起三年内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件许可部分的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的接口程序、测算模型、驾驶舱及其源代码和技术文档，知识产权归甲方所有。甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
P:7.3 乙方保证所提供的软件和服务不侵犯第三方的合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的企业申报材料、审查和评审意见、专家信息及统计数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护制度的要求，运维操作须经甲方批准并通过甲方堡垒机进行，操作日志保存不少于六个月；乙方不得将数据拷贝出政务云环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，并配合有关部门调查处理。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、申报企业的商业秘密和个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期提交初验或最终验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方提供的产品或服务不符合合同约定的，应负责整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方；经同意分包的，乙方仍就分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，并及时通知对方。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.3 本合同未尽事宜，按政府采购有关规定执行，或由双方协商签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：某市工业和信息化局        乙方（盖章）：某市启衡软件科技有限公司
P:日期：2027年  月  日        日期：2027年  月  日
"""

H995Z02 = """T:挂脖风扇生产线控制系统改造合同
P:合同编号：LY-SB-2027-006
P:甲方：慈溪市凉悦电器有限公司
P:乙方：宁波恒控自动化工程有限公司
P:甲方主营挂脖风扇和便携风扇的生产，现有三条总装线和一条电机装配线的控制系统已使用多年，故障频繁且无法采集生产数据。甲方决定对上述产线的控制系统进行改造，乙方承接该项目。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责甲方一号至三号总装线及电机装配线共四条生产线控制系统的改造，包括PLC控制器、伺服驱动器、HMI触摸屏和工业以太网交换机的供货与更换，原有控制程序的重新编制，以及产线监控软件的部署。
P:1.2 改造须在甲方分线停产的条件下进行，每条线的停线时间不超过五日，具体安排以双方书面确认的施工计划为准。
P:1.3 改造完成后，各产线应实现节拍采集、工位防错、螺丝扭力数据追溯、电机老化测试数据上传、能耗统计和设备异常报警，相关数据实时上传产线监控软件。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾肆万元整（¥1,540,000），含13%增值税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及扩展模块|12套|40,500|486,000
TB:2|伺服驱动器及电机|64套|5,500|352,000
TB:3|HMI触摸屏|16台|7,375|118,000
TB:4|工业以太网交换机|10台|7,400|74,000
TB:5|产线监控软件许可（4条线）|1套|296,000|296,000
TB:|软硬件小计|||1,326,000
TB:6|安装调试及控制程序改造|1项|186,000|186,000
TB:7|操作与维护培训|1项|28,000|28,000
TB:|合计|||1,540,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不构成验收。
P:3.3 四条产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交货与施工
P:4.1 乙方应在合同签订后四十五日内将全部设备运抵甲方厂区，并在设备到货后六十日内完成四条产线的改造和调试。
P:4.2 施工期间乙方应遵守甲方厂区安全和现场管理规定，动火、登高和带电作业须事先办理审批手续。乙方人员造成人身或财产损害的，由乙方负责。
P:4.3 甲方应为乙方提供施工所需的电源、压缩空气、临时存放场地和停线窗口，并指定一名生产部门负责人协调现场。甲方未按计划安排停线窗口的，乙方的完工期限相应顺延。
P:4.4 乙方应在改造前对原有控制程序、参数和接线进行完整备份，编制回退方案并经甲方确认；单线改造后如未能在计划停线时间内恢复生产，乙方应立即按回退方案恢复原系统运行。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线验收，标准为：设备型号规格与本合同一致；控制程序实现原有全部功能及第1.3款所列新增功能；产线连续满负荷生产七十二小时无控制系统故障；生产节拍不低于改造前水平；扭力数据追溯记录完整可查。
P:5.2 四条产线均通过单线验收后，进入一个月试运行。试运行期间无一级故障，且产线监控软件数据与现场记录抽查一致的，双方签署最终验收报告。
P:5.3 设备安装、通电或产线投入生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新组织验收。
P:5.4 乙方应在最终验收前向甲方提交竣工资料，包括电气原理图、接线图、PLC和HMI程序源文件、参数清单、设备说明书、备件清单及操作维护手册，资料不全的，甲方可以不签署最终验收报告。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏部件、修复程序缺陷并提供监控软件升级。
P:6.2 故障响应：一级故障（产线停线）1小时内响应，3小时内到场，8小时内恢复生产；二级故障（单工位异常）2小时内响应，24小时内解决。
P:6.3 乙方响应或到场超时的，每超时一小时支付违约金800元；一级故障恢复超时的，每超时一小时支付违约金2,000元。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的32%计收，即每年人民币424,320元，包含定期巡检、备件更换、程序维护和软件升级。该费用在质保期满后三年内固定不变。维保合同每年由双方书面续签，不自动续期。
P:6.5 质保期内，乙方应每季度对四条产线的控制柜、伺服系统和网络设备进行一次预防性巡检，出具巡检报告，并对发现的隐患提出处理建议。
P:6.6 乙方应在甲方厂区附近常备易损件，保证常用备件在二十四小时内到位。
H:第七条 知识产权
P:7.1 产线监控软件的著作权归其权利人所有，甲方获得永久使用许可。
P:7.2 乙方为甲方编制的PLC控制程序、HMI画面、数据接口程序及其源文件归甲方所有，乙方应在最终验收时全部移交，甲方可自行修改或委托他人修改。
H:第八条 数据安全
P:8.1 产线采集的生产数据、工艺参数和质量追溯记录归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方书面批准，通过甲方指定的VPN和堡垒机接入，操作全程留痕；乙方不得擅自拷贝或外传数据。发生数据泄露或篡改的，乙方应在两小时内报告甲方并配合处置，因乙方原因造成的损失由乙方赔偿。
H:第九条 保密
P:9.1 双方对在合同履行中知悉的对方技术资料、工艺文件和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 因乙方施工原因造成甲方停线超出计划时间的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 乙方提供的设备不符合合同约定的规格型号或质量要求的，甲方有权要求乙方更换，更换期间视为逾期交货。
H:第十一条 分包
P:11.1 乙方可将现场布线、桥架安装等辅助工程分包给其合作单位，但应提前三个工作日书面通知甲方，并对分包工作的质量和安全承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商解除或变更合同。
P:12.3 合同解除后，乙方应将已完成部分的程序和资料移交甲方，双方按已完成的工作量结算。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。施工计划和设备技术规格书为本合同附件。
P:14.2 双方往来通知以书面形式送达本合同载明的地址或指定的电子邮箱，变更地址的应提前书面通知对方。
P:14.3 本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：        乙方（盖章）：
"""

H995Z03 = """门店预约与会员管理系统服务合同

合同编号：YJ-IT-2027-011
甲方：杭州悦键音乐教育科技有限公司（运营“悦键”双排键培训连锁，共30家门店）
乙方：南京云约信息科技有限公司

甲方拟为旗下门店采购预约排课与会员管理系统，乙方以软件即服务方式提供该系统并负责实施。双方根据《中华人民共和国民法典》，订立本合同。

一、服务内容
（一）乙方以软件即服务（SaaS）方式向甲方提供“云约”门店预约与会员管理系统，覆盖甲方全部30家门店，包括：
1. 课程排课与学员预约（家长小程序端、门店前台端、教师端）；
2. 会员卡、课时包、储值及退费管理；
3. 琴房及双排键电子琴设备的排期与占用统计；
4. 教师课时统计、考级报名管理与绩效报表；
5. 上课提醒、消课确认等小程序及短信通知。
（二）实施服务：门店、琴房、教师和课程体系的初始化配置；历史会员资料及课时余额的数据迁移；与甲方现有收银系统和微信支付商户号的对接；门店店长、前台和教师的培训。
（三）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧接其后。
（四）服务期内，乙方应免费提供系统的常规版本升级，新增的通用功能向甲方开放使用；涉及甲方业务流程变化的定制需求，由双方另行协商。
（五）乙方应为甲方指定一名客户成功经理，负责日常对接、需求收集和季度服务回顾，并在每个季度结束后十个工作日内提交服务报告，内容包括可用率、故障处理情况和使用数据统计。

二、费用
（一）订阅费为每服务年度人民币204,000元（按每店每年6,800元计），两个服务年度合计人民币408,000元。
（二）实施费为一次性人民币58,000元。
（三）合同总价为人民币466,000元，含6%增值税。
（四）短信超出套餐的部分按实际发送量另行结算，不计入合同总价。服务期内门店数量增加的，新增门店按每店每年6,800元按月折算。
（五）除本合同约定的费用外，乙方不得以系统升级、功能调整或人员变动等理由向甲方收取其他费用。

三、付款
（一）实施费在上线验收合格后十五日内支付。
（二）每个服务年度的订阅费，在该服务年度开始后十五日内支付。
（三）甲方不支付任何预付款。乙方应在每次收款前开具合法发票。
（四）发票类型及开票信息以甲方书面通知为准，乙方应在甲方付款前五个工作日送达发票。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成实施，并书面申请上线验收。
（二）验收标准：
1. 30家门店的琴房、教师、课程配置全部完成；
2. 历史会员资料和课时余额迁移后，按门店抽查核对无差异；
3. 预约、消课、储值、退费和考级报名流程测试通过；
4. 与收银系统的日结对账数据一致；
5. 小程序在二百名家长同时预约时，页面响应时间不超过三秒。
（三）验收合格后双方签署上线验收单。门店开始试用或甲方支付部分费用，均不视为验收合格。
（四）实施逾期的，每逾期一日，乙方向甲方支付违约金人民币400元。
（五）甲方应指定项目联系人，按实施计划提供门店资料、历史数据和收银系统接口文档，并安排门店人员参加培训。因甲方资料提供延迟造成实施延误的，实施期限相应顺延。
（六）上线验收前，乙方应选择两家门店进行为期七日的试点运行，试点期间发现的问题应在全部门店上线前整改完毕。

五、服务水平
（一）系统月度可用率不低于99.5%。计划内维护应安排在凌晨零时至六时，并提前两日通知甲方。
（二）故障分级响应：
1. 一级故障（全部门店无法预约或消课）：30分钟内响应，3小时内恢复；
2. 二级故障（单个门店或单一功能异常）：2小时内响应，次一工作日内解决；
3. 一般咨询：当日答复。
（三）月度可用率低于承诺值的，每低0.1个百分点，乙方抵扣服务费人民币1,000元；一级故障恢复超时的，每次抵扣人民币1,500元。抵扣金额从下一期应付费用中扣除，服务期最后一期则由乙方退还。
（四）乙方应在甲方管理后台公示每月的可用率统计和故障记录，甲方对统计结果有异议的，双方以系统监控日志为准进行核对。
（五）乙方应每日备份系统数据，备份保留不少于三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。

六、知识产权
（一）“云约”系统及其后续版本的知识产权归乙方所有。
（二）乙方为甲方定制的课程规则配置、报表模板、小程序页面设计及数据迁移脚本归甲方所有，甲方可以自由使用、修改或交由第三方使用。
（三）乙方保证系统不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。

七、甲方数据
（一）学员及家长信息、预约与消课记录、会员账户及储值数据（以下称“甲方数据”）的所有权属于甲方。
（二）乙方可以在去除姓名、手机号等身份信息后，将甲方数据用于乙方的产品改进、行业分析报告和推荐算法训练，该项权利在本合同终止后继续有效。
（三）乙方应将甲方数据存储于中国境内的云服务器，采取加密存储、访问控制、操作日志和每日备份措施，系统应通过网络安全等级保护第三级测评。发生数据泄露、丢失或篡改的，乙方应在二十四小时内通知甲方并采取补救措施；因乙方原因造成损失的，由乙方承担赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出甲方数据交付甲方，并在甲方确认后删除其存储的甲方数据。
（五）乙方人员访问甲方数据须经授权，并仅限于处理故障、数据迁移等必要情形，访问记录应保存不少于六个月，并可供甲方查阅。

八、保密
双方对在合作中知悉的对方经营信息、学员信息、价格和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
乙方应要求其参与本项目的员工签署保密承诺，并对员工违反保密义务的行为承担责任。

九、分包
乙方不得将本合同项下的实施或运维服务分包给第三方；确需分包的，须事先取得甲方书面同意，乙方仍对分包部分承担全部责任。

十、违约与解除
（一）乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还未使用服务期的订阅费并赔偿损失。
（二）甲方逾期付款超过三十日，经乙方催告仍不支付的，乙方可暂停服务。
（三）因乙方原因导致甲方门店无法正常营业的，乙方应赔偿甲方的直接损失。
（四）甲方因门店关闭等原因减少门店数量的，自书面通知次月起按实际门店数量调整订阅费。
（五）合同解除或终止时，乙方应配合甲方完成数据导出和业务迁移，迁移期间不得中断系统服务，迁移配合期不超过三十日，不另收费。

十一、期满与续约
服务期满后，如双方同意继续合作，应另行签订续约协议，续约价格由双方协商确定。本合同不自动续期。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

十三、其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：门店清单、系统功能清单。
本合同附件与正文具有同等效力；附件与正文不一致的，以正文为准。双方往来通知以书面形式或电子邮件送达本合同载明的联系人。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

H995Z04 = """堰塞湖应急监测系统年度运行维护服务合同

项目名称：堰塞湖应急监测系统2027年度运行维护服务
采购方式：竞争性磋商（项目编号：SLJ-CS-2027-004）
采购人（甲方）：某县水利局
供应商（乙方）：四川川润水利信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方依据《中华人民共和国民法典》和《中华人民共和国政府采购法》，就堰塞湖应急监测系统的年度运行维护服务订立本合同。

第一条 服务对象
（一）堰塞湖应急监测系统包括：上下游监测站点42处（雨量、水位、GNSS位移、裂缝计及视频监控）、预警广播站18处、县防汛指挥中心监测预警平台一套及相应的通信链路。
（二）系统设备清单、站点分布图和平台功能清单见附件一。

第二条 服务内容
（一）站点巡检维护：非汛期每月巡检一次，汛期（每年5月至9月）每两周巡检一次；清理传感器、检查太阳能供电和蓄电池、校核水位计零点，并记录巡检情况。
（二）平台运维：监测预警平台及数据库的日常监控、补丁更新、备份与恢复演练，预警阈值按甲方书面指令调整。
（三）备品备件：乙方自备常用传感器、数据采集终端、蓄电池和通信模块，损坏部件在服务范围内免费更换。
（四）应急值守：汛期及甲方发布预警期间，乙方安排技术人员在县防汛指挥中心二十四小时值守，配合甲方会商和预警发布。
（五）年度报告：每季度提交运维报告，年末提交年度运维总结和系统改进建议。
（六）系统改进建议：乙方应结合运维情况，对易损站点的防雷、供电和通信方式提出改进方案，经甲方同意后实施的改造另行计费。
（七）甲方组织的防汛演练和应急演习，乙方应派员参加并提供系统技术保障，不另收费。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。乙方应在服务期开始后十日内完成系统接管和首次全面巡检。
服务期开始前，乙方应与原运维单位办理交接，核对设备清单、账号密码和技术资料，形成交接记录并报甲方备案。

第四条 服务费用及支付
（一）服务费总额为人民币捌拾肆万陆仟元整（¥846,000），其中站点巡检维护费386,000元，平台运维费218,000元，备品备件费142,000元，应急值守费100,000元。
（二）服务费按季度支付。每季度结束后，甲方对乙方服务进行考核，考核合格后十五个工作日内支付当季服务费人民币211,500元（扣除考核扣款）。
（三）本合同不设预付款。乙方应在每次付款前开具合法有效的发票。
（四）因甲方增加站点或调整服务内容的，双方按响应文件中的单价协商调整服务费，并签订补充协议。

第五条 服务标准
（一）监测预警平台月度可用率不低于99.95%。
（二）故障分级及处理时限：
1. 一级故障（平台无法发布预警、三处以上站点同时离线，或汛期任一重点站点离线）：30分钟内响应，3小时内到达现场，8小时内恢复；
2. 二级故障（单个一般站点离线或数据异常）：1小时内响应，当日到达现场，两日内恢复；
3. 三级问题（功能咨询、报表调整）：一个工作日内处理。
（三）乙方未达到上述标准的，每发生一次一级故障处理超时，扣减当季服务费人民币5,000元；每发生一次二级故障处理超时，扣减人民币1,000元；平台月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。
（四）汛期内，乙方应在每次降雨过程前后各对重点站点进行一次远程核查，发现数据中断的，按一级故障处理。
（五）乙方应建立故障工单制度，每次故障的报告时间、响应时间、到场时间和恢复时间均应记录，并由甲方值班人员签字确认，作为考核和扣款的依据。
（六）乙方每月应对监测数据进行完整性和合理性检查，对异常数据作出标注和说明，并在运维报告中汇总。

第六条 考核与验收
（一）季度考核标准：巡检按计划全部完成且记录完整；各站点数据月到报情况达到磋商文件的要求；一级故障均按时处理；运维报告按时提交。考核由甲方组织，结果书面通知乙方。
（二）服务期满后，甲方组织年度验收，标准为：四个季度考核均合格或经整改合格；系统设备完好，清单与接管时一致；运维文档、巡检记录和备份介质全部移交。年度验收合格后，双方签署验收意见书。
（三）季度考核不合格的，乙方应在十五日内完成整改，整改合格后支付当季服务费；连续两个季度考核不合格的，甲方可扣减当季服务费的一半。
（四）年度验收不合格的，乙方应在三十日内整改完毕并重新申请验收，整改期间的费用由乙方承担。

第七条 数据安全
（一）系统采集的全部监测数据、视频资料及预警记录归甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
（二）乙方应按网络安全等级保护第三级的要求开展运维，远程操作须经甲方批准并通过甲方堡垒机进行，账号实行专人专用，操作日志保存不少于六个月。
（三）发生数据丢失、篡改、被非法获取或网络攻击事件的，乙方应在一小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任。
（四）服务期满或合同终止时，乙方应移交全部账号、密码、配置备份和运维记录，删除其保存的甲方数据副本，并向甲方出具书面确认。

第八条 知识产权
乙方在服务期内为甲方编写的运维脚本、配置文件、巡检记录、报告和改进方案归甲方所有，甲方可自由使用和修改。乙方在运维中使用的自有工具软件，其知识产权仍归乙方所有。

第九条 人员要求
乙方应指派项目负责人一名和驻场工程师两名，人员名单报甲方备案。更换项目负责人须提前十日书面告知甲方并经甲方同意。
驻场工程师应具备水利监测或自动化相关专业背景，熟悉系统设备；汛期内驻场人员不得少于三名。乙方人员野外作业时应遵守安全操作规程，配备必要的防护装备，并由乙方为其购买人身意外伤害保险，因乙方人员安全事故产生的责任由乙方承担。

第十条 违约责任
（一）乙方未按第三条期限完成系统接管和首次全面巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维不到位导致预警未能及时发布的，乙方应赔偿甲方由此遭受的损失。
（三）本条违约金及第五条扣款可从应付服务费中直接扣除。
（四）乙方提供的备品备件应为原厂或经甲方认可的同等品质产品，以次充好的，乙方应免费更换，并按该备件价格的两倍向甲方支付违约金。

第十一条 合同的变更与解除
本合同履行期间，除因不可抗力致使合同目的不能实现外，双方均不得解除合同。乙方违约的，甲方按本合同第五条、第十条扣减服务费或要求支付违约金，乙方应继续履行合同义务，不得以此为由停止服务。

第十二条 分包
乙方不得将本合同项下服务转包或分包给任何第三方。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十四条 其他
（一）磋商文件、响应文件、成交通知书及附件一为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，按政府采购有关规定执行，或由双方协商签订补充协议。

甲方（盖章）：某县水利局                乙方（盖章）：四川川润水利信息技术有限公司
日期：                                  日期：
"""

H995Z05 = """# 匠迹工序追溯系统软件许可及定制开发合同

（北京匠迹软件有限公司标准合同文本 V3.0）

合同编号：JJ-2027-0142

甲方（客户）：北京朱华雕漆艺术工作室

乙方（供应商）：北京匠迹软件有限公司

甲方为雕漆工艺品制作工作室，需要对作品从制胎、髹漆、阴干、雕刻到打磨抛光的全部工序进行记录和追溯。乙方同意向甲方提供“匠迹工序追溯系统”软件许可及定制开发服务。双方经协商，按乙方标准合同文本订立本合同。

## 第一条 定义

1.1 “系统”指乙方自主研发的匠迹工序追溯系统标准版软件及其文档。

1.2 “定制开发成果”指乙方根据甲方需求为甲方开发的功能模块、程序、模板、数据库结构及相关文档。

1.3 “部署完成”指系统安装在甲方服务器上并可登录使用。

1.4 “工作日”指中华人民共和国法定工作日。

1.5 “并发用户”指同一时间登录系统的用户账号数量，超过许可数量的，甲方应另行购买。

## 第二条 合同内容与价款

2.1 乙方向甲方提供系统软件许可（永久，10个并发用户），并完成以下定制开发：漆层髹涂记录（每道漆的漆料批次、厚度、髹涂人和时间）；阴房温湿度传感器数据接入；作品档案二维码及证书打印；订单与工序进度看板。

2.2 合同价款明细如下（含税，人民币元）：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序追溯系统标准版软件许可（永久，10个并发用户） | 138,000 |
| 2 | 定制开发（漆层记录、阴房温湿度接入、作品档案二维码、进度看板） | 164,000 |
| 3 | 部署及使用培训 | 26,000 |
| | 合计 | 328,000 |

2.3 合同总价为人民币叁拾贰万捌仟元整（¥328,000）。甲方如需增加用户数或新增功能，另行签订补充协议并支付费用。

2.4 本合同价款不包括服务器、网络设备、温湿度传感器、二维码打印机及标签耗材，上述设备和耗材由甲方自行采购，乙方可以代为采购，价格另议。

2.5 乙方报价有效期为三十日。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币213,200元。乙方收到该款项后开始工作。

3.2 系统部署完成后五个工作日内，甲方支付剩余35%，即人民币114,800元。

3.3 甲方逾期付款的，乙方有权暂停开发或服务，由此造成的延误不视为乙方违约。

3.4 乙方收到款项后十个工作日内向甲方开具增值税普通发票。

## 第四条 交付与验收

4.1 乙方在收到首付款后六十个工作日内完成系统部署和定制开发。甲方应提供服务器、网络环境和必要的配合，甲方配合不到位造成的延误，交付时间相应顺延。

4.2 系统部署完成即视为甲方验收合格。甲方在部署完成后开始使用系统的，亦视为验收合格，甲方不得以任何理由拒绝支付剩余款项。

4.3 甲方对功能提出的修改意见，如超出乙方需求确认单范围，作为新需求另行报价。

4.4 甲方应在乙方提交需求确认单后三个工作日内签字确认，逾期未确认的，视为甲方同意需求确认单的全部内容。

4.5 乙方在部署完成时向甲方提供系统操作手册电子版一份，并对甲方指定的不超过五名人员进行一次集中培训。

## 第五条 知识产权

5.1 系统及定制开发成果（包括源代码、数据库结构、二维码档案模板和技术文档）的全部知识产权归乙方所有。

5.2 乙方授予甲方在其工作室内部使用系统和定制开发成果的非独占、不可转让的使用许可。甲方不得修改、反编译、复制或提供给任何第三方使用，也不得委托他人进行二次开发。

5.3 乙方有权将定制开发成果用于其他客户的项目。

5.4 甲方应妥善保管乙方提供的软件安装介质和授权文件，不得向第三方提供。

## 第六条 维护服务

6.1 乙方自系统部署完成之日起提供六个月的免费维护服务，内容为缺陷修复和远程技术支持。

6.2 免费维护期内，甲方报告一级故障（系统无法登录或无法记录工序）的，乙方在24小时内响应，并在合理时间内修复；其他问题在三个工作日内响应。

6.3 乙方将尽力按上述时限提供服务，但不因响应或修复延迟向甲方承担任何扣款、赔偿或违约金。

6.4 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的价格标准支付年度服务费，乙方有权根据市场情况调整服务价格。

6.5 因甲方自行修改系统配置、更换服务器或网络环境、感染病毒或不当操作导致的故障，不属于免费维护范围，乙方按当时的人工费标准另行收费。

6.6 乙方的维护服务以远程方式为主；甲方要求现场服务的，差旅费用由甲方承担。

## 第七条 甲方数据

7.1 甲方在系统中录入和产生的作品档案、工艺记录、客户及订单信息归甲方所有。乙方仅在提供部署和维护服务所必需的范围内访问甲方数据，不得用于其他用途。

7.2 乙方远程维护须事先取得甲方同意，并使用甲方提供的临时账号，维护结束后甲方可关闭该账号。乙方应对其接触的甲方数据采取必要的安全措施，防止泄露、丢失或被篡改；发生上述事件的，乙方应在二十四小时内通知甲方并协助恢复，因乙方过错造成的损失由乙方赔偿。

7.3 甲方应自行负责系统数据的日常备份。

## 第八条 保密

8.1 双方对在合作中获知的对方商业信息、技术信息及作品设计资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

8.2 乙方可以在其宣传材料和客户名单中提及甲方名称及项目概况，但不得披露甲方的作品设计和客户信息。

## 第九条 违约责任

9.1 乙方逾期完成部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

9.3 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失或数据损失。

9.4 甲方未按本合同约定提供配合或无故解除合同的，应向乙方支付合同总价的10%作为违约金。

## 第十条 合同解除

10.1 任何一方严重违反本合同，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。

10.2 甲方在部署完成前解除合同的，已支付的款项不予退还。

10.3 合同解除后，乙方有权停止系统授权，甲方应在十日内停止使用系统并删除安装程序。

## 第十一条 不可抗力

11.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。

11.2 受不可抗力影响的一方应采取合理措施减少损失。

## 第十二条 争议解决

12.1 因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同未尽事宜，以乙方需求确认单和报价单为准。

13.2 双方往来通知以微信、电子邮件或书面形式发送至本合同载明的联系方式即视为送达。

13.3 本合同的修改须经双方书面确认。

13.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：北京朱华雕漆艺术工作室　　　　乙方（盖章）：北京匠迹软件有限公司

日期：　　　　　　　　　　　　　　　　　　　日期：
"""

H995E01 = """T:Software Licence and Services Agreement
P:Agreement No. HSS-WF-2027-03
P:This Software Licence and Services Agreement (the "Agreement") is made between Hot Springs Systems, LLC, a Wyoming limited liability company with its principal office at 418 Arapahoe Street, Thermopolis, Wyoming 82443, United States (the "Vendor"), and Weifang Heda Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Weifang, Shandong Province (the "Customer").
P:The Customer operates two foundry plants and wishes to replace its spreadsheet-based maintenance records with the Vendor's plant maintenance management software, MaintainIQ. The Vendor has agreed to license the software and to configure, integrate and deploy it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the MaintainIQ plant maintenance management software, version 8, in object code, with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, data migration scripts and related documentation that the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's environment, including equipment registers, work orders, spare-parts records and maintenance history.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed the acceptance tests.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive licence to install and use the Software for its internal business purposes at its two plants in Weifang for up to 150 named users.
P:2.2 The Vendor shall configure the Software to the Customer's maintenance processes, build interfaces to the Customer's ERP system and its condition-monitoring historian, migrate the maintenance records of the past six years, and train key users and administrators.
P:2.3 The Software will be installed on servers provided by the Customer in its own data centre. The Vendor's consultants will work on site in Weifang and remotely under Article 8.
P:2.4 The Customer shall provide the servers, operating system and database licences specified in Annex 1 before configuration starts.
H:Article 3 Price
P:3.1 The total price is CNY 1,876,000, inclusive of applicable taxes, made up of: Software licence fee CNY 1,260,000; configuration and interfaces CNY 486,000; data migration CNY 94,000; training CNY 36,000.
P:3.2 The price is fixed and covers all travel, expenses and warranty services. No other charge is payable unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the total price within 20 days after signature, against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the total price within 20 days after Operational Readiness, meaning that the Software is installed, configured and the interfaces are running in the test environment. Operational Readiness is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall reach Operational Readiness within 100 days and submit the system for Final Acceptance within 160 days after signature, following the project plan attached as Annex 2.
P:5.2 The acceptance tests shall show that: (a) all functions in the agreed requirements specification work as described; (b) the ERP and historian interfaces transfer data correctly over ten consecutive working days; (c) the migrated records reconcile with the source records in count and key fields; (d) standard screens open within three seconds for 80 concurrent users; and (e) the system runs in production for 30 days without a Severity 1 incident.
P:5.3 When the tests are passed, the Customer shall sign a Final Acceptance certificate within ten working days. Installation, go-live or use of the system in production does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect at its own cost and repeat the test.
P:5.4 If the Vendor fails to submit the system for Final Acceptance by the date in Article 5.1, it shall pay the Customer delay damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide all updates and new versions, and give remote and on-site support free of charge.
P:6.2 Incidents are classified by severity. A Severity 1 incident (the system is down or work orders cannot be created at either plant) shall receive a response within 1 hour and a workaround or fix within 8 hours. A Severity 2 incident shall receive a response within 2 hours and a fix within 2 working days.
P:6.3 For each full hour by which the Vendor exceeds a response or fix time for a Severity 1 incident, it shall pay the Customer a service credit of CNY 1,000, deducted from any amount due or paid on demand.
P:6.4 After the Warranty Period, the Customer may buy annual support at 11% of the Software licence fee, that is CNY 138,600 per year. This fee is fixed for the first three years after the Warranty Period, and any later increase shall not exceed 3% per year. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely, itself or through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and for no other purpose, and shall not keep any copy after the work is done.
P:8.2 Remote access by the Vendor shall be approved by the Customer for each session, made through the Customer's VPN and jump server with multi-factor authentication, and logged. The Vendor shall not transfer Customer Data outside the People's Republic of China and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar obligations.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The total liability of either party under this Agreement shall not exceed 150% of the total price.
P:10.2 The limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate by written notice if delay damages under Article 5.4 have reached their maximum.
P:12.3 On termination by the Customer under this Article, the Vendor shall refund amounts paid for services not performed, and the licence granted in Article 2.1 continues for any Software paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Wyoming, United States of America, without regard to its conflict of law rules.
P:13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the American Arbitration Association under its Commercial Arbitration Rules, by one arbitrator, in Cheyenne, Wyoming. The language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Requirements Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject matter.
P:14.2 Amendments must be in writing and signed by both parties. This Agreement is signed in English in two originals, one for each party.
P:14.3 Notices shall be given in writing to the addresses stated above, by courier or by e-mail confirmed by courier.
P:14.4 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:For the Vendor: Hot Springs Systems, LLC    For the Customer: Weifang Heda Precision Castings Co., Ltd.
P:Name / Title / Date: ____________________    Name / Title / Date: ____________________
"""

H995E02 = """# Order Form and General Terms — FieldLedger Seed Trials Platform

Order Form No. AVD-OF-2027-0117

## Part A — Order Form

### A1. Parties

**Provider:** Arkansas Valley Data, Inc., a Colorado corporation, 212 Colorado Avenue, La Junta, Colorado 81050, United States.

**Customer:** Gansu Hexi Seed Industry Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Zhangye, Gansu Province.

### A2. Subscribed Services

The Customer subscribes to the FieldLedger Seed Trials Platform, Enterprise edition, for up to 120 named users and 6 trial stations, with the Yield Analytics and Plot Mapping modules and Premium Support. The Provider will host the Platform for the Customer in a cloud region located in mainland China operated by a licensed local cloud provider.

### A3. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A5.

### A4. Fees

| Item | Basis | Year 1 (CNY) | Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Platform subscription, Enterprise, 120 users, 6 stations | per Subscription Year | 348,000 | 348,000 | 696,000 |
| Premium Support | per Subscription Year | 36,000 | 36,000 | 72,000 |
| Onboarding and data import | one-time | 46,000 | — | 46,000 |
| **Total for the Subscription Term** | | **430,000** | **384,000** | **814,000** |

Fees are exclusive of any VAT, which will be added to each invoice at the applicable rate. Additional users may be added at CNY 2,900 per user per Subscription Year, prorated monthly.

Plot Mapping includes up to 2,000 mapped plots per season; additional plots are available under a separate order.

### A5. Onboarding

The Provider will configure the Platform for the Customer's trial design, import the Customer's trial records of the past five seasons, and connect the six stations' weather loggers. Onboarding is complete when the Customer confirms in writing that (a) all imported records reconcile with the source files in count and key fields, (b) the station data feeds run without gaps for seven consecutive days, and (c) the agreed user-acceptance scripts pass ("Onboarding Acceptance"). Use of the Platform before that date is not acceptance. The target date for Onboarding Acceptance is 60 days after signature; for each day of delay caused by the Provider, the Provider will pay delay damages of CNY 600, up to CNY 18,000 in total.

### A6. Invoicing and Payment

The Onboarding fee is invoiced on Onboarding Acceptance. The subscription and support fees for each Subscription Year are invoiced at the start of that Subscription Year. Invoices are payable within 30 days. No amount is payable before Onboarding Acceptance.

This Order Form is governed by the General Terms in Part B. If they conflict, this Order Form prevails.

## Part B — General Terms

### 1. Definitions

1.1 "Platform" means the Provider's hosted software described in A2, including updates the Provider makes generally available.

1.2 "Customer Data" means all data, files and records submitted to the Platform by or for the Customer, including trial designs, plot results, field photographs and station readings.

1.3 "Customer Configurations" means the trial templates, report layouts and import mappings built by the Provider specifically for the Customer.

### 2. Access and Use

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access and use the Platform during the Subscription Term for its internal business.

2.2 The Customer is responsible for its users and their credentials and shall not resell the Platform or use it to build a competing product.

2.3 The Customer will provide the trial records, station logger details and user list needed for onboarding within ten business days after signature, and will name a project lead who can decide on the trial templates.

2.4 The Provider may update the Platform from time to time, provided that no update materially reduces the functions or security of the subscribed services during the Subscription Term.

### 3. Service Levels

3.1 The Provider will make the Platform available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 00:00 and 05:00 Beijing time.

3.2 Priority 1 incidents (the Platform is unavailable or data cannot be saved) will receive a response within 1 hour, at any time, and the Provider will work continuously until service is restored. Priority 2 incidents will receive a response within 3 business hours.

3.3 If availability falls below the level in 3.1 in a month, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

3.4 The Provider will publish a monthly service report showing availability, incidents and credits, and will hold a review call with the Customer each quarter to discuss open issues and planned releases.

### 4. Customer Data and Security

4.1 As between the parties, the Customer owns all Customer Data. The Provider will process Customer Data only to provide the Platform and the services under this Order Form and will not use it for any other purpose.

4.2 The Provider will keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised staff with multi-factor authentication, keep access logs for at least 180 days, and back it up daily.

4.3 The Provider will notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will take prompt steps to contain it and will bear the costs and losses resulting from incidents caused by its failure to meet this Section 4.

4.4 Within 30 days after the end of the Subscription Term, the Provider will return Customer Data in CSV format and then delete it.

4.5 The Provider will support the Customer's security reviews, including completing one security questionnaire per Subscription Year and giving a summary of its most recent independent security assessment.

### 5. Intellectual Property

5.1 The Provider owns the Platform and all improvements to it.

5.2 Customer Configurations belong to the Customer, and the Customer may use, copy, modify and share them with third parties without restriction.

### 6. Confidentiality

Each party will keep the other's confidential information secret, use it only for this agreement, and protect it with reasonable care. This obligation survives for three years after the Subscription Term ends.

### 7. Subcontracting

The Provider may not subcontract any part of the services, other than the use of the local cloud hosting provider referred to in A2, without the Customer's prior written consent, and remains responsible for the acts of its subcontractors.

### 8. Renewal

8.1 At the end of the Subscription Term, this Order Form renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

8.2 The Provider may increase the fees for any renewal period by up to 8% over the fees for the preceding Subscription Year, by notice given at least 75 days before the renewal date.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice.

9.2 If the Customer terminates under 9.1, the Provider will refund any prepaid fees for the remaining part of the Subscription Term.

9.3 On expiry or termination, the Customer's access ends and Section 4.4 applies.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential damages, or for loss of profits.

10.2 Each party's total liability arising out of this Order Form is limited to the fees paid or payable by the Customer in the six months before the event giving rise to the claim.

10.3 These limits do not apply to a party's breach of Section 6, the Customer's payment obligations, or liability that cannot be limited by law.

### 11. Governing Law and Disputes

11.1 This Order Form and these General Terms are governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final and binding.

### 12. General

12.1 Neither party may assign this agreement without the other's written consent, except to a successor of its whole business.

12.2 Notices shall be in writing and sent to the addresses in A1 by courier or email with confirmation of receipt.

12.3 This Order Form, together with Part B, is the entire agreement of the parties on its subject matter and replaces any earlier proposals.

12.4 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

12.5 The Order Form may be signed electronically and in counterparts.

Signed for Arkansas Valley Data, Inc.: ____________________ Date: __________

Signed for Gansu Hexi Seed Industry Co., Ltd.: ____________________ Date: __________
"""

H995E03 = """T:Supply and Licence Contract for Kiln and Mill Condition Monitoring System
P:Contract No. JSBM-EQ-2027-021
P:Buyer: Hubei Jingshan Building Materials Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jingshan, Hubei Province (the "Buyer").
P:Supplier: Black Hills Sensorworks, Inc., a South Dakota corporation, 1020 North Main Street, Spearfish, South Dakota 57783, United States (the "Supplier").
P:The Buyer operates a clinker production line with two rotary kilns, four cement mills and their fans and conveyors. It has selected the Supplier, after a comparison of offers, to supply wireless sensors, gateways and edge servers and to license its monitoring software, so that the condition of the rotating equipment can be watched continuously. This Contract is on the Buyer's standard form.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's SentinelEdge condition monitoring software, licensed under clause 2.2, and all updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software as installed and configured at the Buyer's plant.
P:1.4 "Buyer Data" means all measurements, alarms, images, configurations and logs produced by the System or supplied by the Buyer.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, install and commission it at the Buyer's plant in Jingshan, configure the Software, tune the fault-detection models to the Buyer's machines and train the Buyer's maintenance staff.
P:2.2 The Supplier grants the Buyer a perpetual, irrevocable and non-exclusive licence to use the Software for 420 measuring points at the Buyer's plant, including use by contractors working for the Buyer.
P:2.3 The System shall run entirely on the Buyer's premises and network. No connection to the Supplier's own servers is needed for any function.
P:2.4 The Buyer shall provide power supply points, network ports, the mounting positions agreed in the site survey, and access to the plant during planned kiln stops. Work on running machines shall follow the Buyer's permit-to-work procedure.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 1,830,000, including VAT, import duties, transport to site, insurance and all other costs of the Supplier. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|420|2,150|903,000
TB:2|Wireless gateway|24|9,800|235,200
TB:3|Edge server with storage|2|68,000|136,000
TB:4|SentinelEdge software licence, 420 points, perpetual|1|318,000|318,000
TB:|Equipment and Software Subtotal|||1,592,200
TB:5|Installation and commissioning|1 lot|146,800|146,800
TB:6|Fault model tuning for kilns and mills|1 lot|72,000|72,000
TB:7|Training|1 lot|19,000|19,000
TB:|Contract Price|||1,830,000
P:3.2 The prices are fixed for the duration of the Contract.
P:3.3 The Supplier shall bear all taxes and charges arising outside the People's Republic of China in connection with this Contract.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 15 working days after all Equipment has been delivered and installed, as confirmed by a Delivery Note signed by the Buyer. The Delivery Note confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after Final Acceptance under clause 6.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment to the site within 75 days after signature and shall have the System ready for the acceptance tests within 120 days after signature.
P:5.2 If the Supplier misses either date, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:5.3 The Supplier shall give the Buyer at least ten days' notice of each shipment with the packing list. All Equipment shall be new, of current production, and delivered with certificates of origin and quality.
H:6. Acceptance
P:6.1 The acceptance tests shall show that: (a) all 420 sensors report to the Software at the agreed interval; (b) sensor readings agree with a calibrated reference instrument within the tolerance stated in the technical specification; (c) alarms raised by the Software reach the control room screen and the maintenance duty phone within 60 seconds; (d) the fault models detect the simulated faults in the test plan; and (e) the System runs for 30 consecutive days without a Severity 1 fault.
P:6.2 When all tests are passed, the Buyer shall sign a Final Acceptance Certificate within ten working days. Delivery, installation, commissioning or use of the System in production are not acceptance.
P:6.3 If a test fails, the Supplier shall remedy the cause at its own cost and repeat the test.
P:6.4 Before Final Acceptance the Supplier shall deliver as-built drawings, the sensor location list, configuration backups, user and administrator manuals and a recommended spare parts list.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During that period it shall repair or replace defective Equipment, correct Software defects and supply all Software updates free of charge, including parts, labour and travel.
P:7.2 Fault response during the warranty period is set out below.
TB:Severity|Description|Response|On site (if needed)|Restoration
TB:Severity 1|Software or an edge server down, or alarms not delivered|30 minutes|24 hours|48 hours
TB:Severity 2|A gateway or a group of sensors not reporting|2 hours|3 days|5 days
TB:Severity 3|Single sensor fault or question|1 working day|as agreed|10 days
P:7.3 For each full hour of delay beyond a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,200, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period, the Supplier shall offer annual support at 7.5% of the Equipment and Software Subtotal, that is CNY 119,415 per year, fixed for the first two years after the warranty period. Support shall be ordered by the Buyer year by year and shall not renew automatically.
P:7.5 During the warranty period the Supplier shall visit the plant twice a year to check the System, update the fault models with the Buyer's maintenance records and report its findings in writing.
H:8. Intellectual Property
P:8.1 The Supplier keeps the intellectual property in the Software and in the firmware of the Equipment.
P:8.2 The fault models tuned for the Buyer's machines, dashboards, alarm rules and reports created under this Contract belong to the Buyer. The Supplier shall hand them over with their configuration files at Final Acceptance, and the Buyer may use and modify them freely and have third parties do so.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy it or take it off site.
P:9.2 The Supplier shall follow the Buyer's network security rules. Remote access for support shall be approved by the Buyer for each session and made through the Buyer's jump server, with all actions logged.
P:9.3 The Supplier shall report any security incident involving the System or Buyer Data to the Buyer within 12 hours, help to contain it, and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public technical and business information received under this Contract and shall not disclose it to third parties without prior written consent. This obligation lasts for five years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract the installation work or any other part of the Contract without the Buyer's prior written consent. The Supplier is responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within 20 days after the Buyer's notice, or if the liquidated damages under clause 5.2 have reached their maximum.
P:13.2 On termination the Supplier shall refund the amounts paid for Equipment or services that the Buyer does not keep.
P:13.3 A party affected by force majeure may suspend the affected performance, provided that it notifies the other party within five days and resumes performance as soon as possible.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be referred to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:15. General
P:15.1 The Technical Specification and the Test Plan are annexed to this Contract and form part of it. The Contract is made in English and Chinese; both versions have equal effect.
P:15.2 Notices shall be in writing and delivered to the addresses stated above or to e-mail addresses notified by each party.
P:15.3 No amendment of this Contract is valid unless made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H995E04 = """# Managed Cloud Operations Services Agreement

Agreement No. UAC-MS-2027-08

This Managed Cloud Operations Services Agreement is made between:

**Upper Arkansas Cloudworks, LLC**, a Colorado limited liability company with its office at 131 West First Street, Salida, Colorado 81201, United States ("Provider"); and

**Ningbo Lanshan Cross-Border Trading Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province ("Customer").

Customer runs an online store selling household goods to consumers in North America. The store, its order management system and its warehouse interfaces are hosted on public cloud infrastructure in the United States. Customer wishes to outsource the day-to-day operation of that environment to Provider.

## 1. Definitions

1.1 "Managed Environment" means the cloud accounts, virtual servers, databases, load balancers, storage and network components listed in Schedule 1, as updated by agreed changes.

1.2 "Services" means the managed operations services described in clause 2 and Schedule 1.

1.3 "Customer Data" means all data stored in or passing through the Managed Environment, including product, order and customer records.

1.4 "Service Start Date" means the date of Transition Acceptance under clause 3.3.

## 2. Services

2.1 Provider shall operate the Managed Environment around the clock, including monitoring, incident handling, patching, backup and restore, capacity management, cost reporting and change implementation, as described in Schedule 1.

2.2 Provider shall staff a service desk reachable by phone, email and ticket portal in English and Mandarin Chinese at all times.

2.3 Provider shall meet the service levels in Schedule 2.

2.4 Provider shall follow Customer's change management procedure. Standard changes listed in the runbooks may be made at any time; other changes require Customer's approval through the ticket portal before they are made.

2.5 Provider shall recommend cost optimisation measures at least once each quarter, such as rightsizing of servers and storage lifecycle rules, and shall implement approved measures without extra charge.

2.6 Provider shall carry out a recovery test of the order database twice a year and report the results to Customer.

## 3. Transition

3.1 Provider shall take over the Managed Environment from Customer's current administrator under a transition plan agreed within ten days after signature.

3.2 The target date for Transition Acceptance is 45 days after signature.

3.3 Transition Acceptance takes place when Customer confirms in writing that: (a) every component in Schedule 1 is under Provider's monitoring with alerts routed to the service desk; (b) a full backup and a test restore of the order database have been completed; (c) runbooks for the twenty most frequent incidents have been delivered and reviewed; and (d) Provider has handled live operations for ten consecutive days in parallel with the current administrator without a Priority 1 incident caused by Provider. Provider's start of monitoring does not by itself constitute acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay after the target date.

3.5 Customer shall give Provider the access rights, documentation and cooperation of its current administrator reasonably needed for transition.

## 4. Term

4.1 The Initial Term is 36 months from the Service Start Date.

4.2 This Agreement ends at the end of the Initial Term unless the parties agree in writing to extend it. There is no automatic renewal.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value over the Initial Term is CNY 3,220,000.

5.2 The Transition Charge is invoiced on Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt. No charges are payable in advance.

5.3 Charges are fixed for the Initial Term. Cloud infrastructure consumption is billed to Customer directly by the cloud provider and is not part of the charges.

5.4 Customer may dispute an invoice in good faith by notice within 20 days of receipt, and shall pay the undisputed part on time.

## 6. Customer Data

6.1 All Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.

6.2 On expiry or termination, Provider shall hand over all administrator credentials, documentation and runbooks to Customer or its new provider.

## 7. Intellectual Property

7.1 Provider keeps its own tools, monitoring templates and know-how that existed before this Agreement.

7.2 Runbooks, infrastructure-as-code templates, scripts and documentation written specifically for Customer under this Agreement belong to Customer, which may use, modify and pass them to third parties freely.

7.3 Provider shall deliver the current version of all Customer-specific runbooks and templates to Customer's repository at the end of each month.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including Customer's sales figures, supplier prices and system architecture, and shall not disclose it except to its staff who need to know it.

8.2 These obligations last during the Agreement and for three years after it ends.

8.3 Provider shall ensure that each member of its staff working on Customer's account is bound by written confidentiality obligations no less strict than this clause.

## 9. Personnel and Subcontracting

9.1 Provider shall name a service delivery manager who will attend a monthly service review with Customer.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

9.3 Provider shall keep the key staff named in the transition plan assigned to Customer for at least the first six months after the Service Start Date, unless they leave Provider's employment.

9.4 Customer shall name a technical contact who is authorised to approve changes and who can be reached during a Priority 1 incident.

## 10. Liability

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 Provider's total liability under this Agreement shall not exceed one and a half times the Total Contract Value.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if the availability level in Schedule 2 is missed in three consecutive months.

11.2 Provider may terminate by written notice if Customer fails to pay undisputed charges within 60 days after a reminder.

11.3 On any termination, Provider shall give exit assistance for up to 60 days at the rates in Schedule 3.

11.4 On expiry or termination Provider shall cooperate in good faith with Customer's new provider so that operations continue without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

## 13. General

13.1 Changes to the Services or the Schedules take effect only when signed by both parties.

13.2 Notices shall be sent by email to the contacts named in Schedule 1 and confirmed by courier.

13.3 This Agreement is written in English. Schedules 1 to 3 form part of it.

13.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, provided that it informs the other party promptly and takes reasonable steps to limit the effect.

13.5 Neither party may assign this Agreement without the prior written consent of the other party.

## Schedule 1 — Managed Environment and Services

| Component | Quantity | Services included |
|---|---|---|
| Cloud accounts (production, staging, shared services) | 3 | account governance, access reviews, cost reports |
| Virtual servers (web, application, batch) | 38 | monitoring, patching, scaling, incident handling |
| Managed databases (orders, catalogue, reporting) | 6 | monitoring, backups, restore tests, tuning |
| Load balancers and content delivery | 5 | configuration, certificate renewal, monitoring |
| Object storage buckets | 22 | lifecycle rules, backup checks |
| Warehouse and carrier interfaces | 9 | job monitoring, retries, error follow-up |

## Schedule 2 — Service Levels

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of the online store, per calendar month | 99.95% | 5% of the Monthly Service Charge for each 0.1 percentage point below target, up to 25% |
| Priority 1 incident (store down or orders not flowing) — response | 15 minutes | CNY 2,000 per late incident |
| Priority 1 incident — restoration | 2 hours | CNY 3,000 per hour beyond target |
| Priority 2 incident (degraded service) — response | 1 hour | CNY 800 per late incident |
| Monthly service report delivered | by the 5th working day | CNY 500 per late report |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) | Months | Total (CNY) |
|---|---|---|---|---|
| Transition Charge | one-time | 124,000 | — | 124,000 |
| Monthly Service Charge | per month, in arrears | 86,000 | 36 | 3,096,000 |
| **Total Contract Value** | | | | **3,220,000** |
| Exit assistance (if requested) | per engineer day | 3,600 | — | not included |

Signed for Upper Arkansas Cloudworks, LLC: ____________________ Date: __________

Signed for Ningbo Lanshan Cross-Border Trading Co., Ltd.: ____________________ Date: __________
"""

H995E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MRW-API-2027-0032

PARTIES

1.1 Missouri River Weather Analytics, Inc., a South Dakota corporation with its principal office at 15 Court Street, Vermillion, South Dakota 57069, United States ("Vendor").

1.2 Dalian Haoyu Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dalian, Liaoning Province ("Customer").

BACKGROUND

2.1 Vendor publishes gridded weather observations, seasonal forecasts and crop-condition indices for the main grain-producing regions of the Americas and Black Sea area, delivered through a web API and bulk files.

2.2 Customer buys and ships soybeans, corn and wheat and wishes to feed Vendor's data into its own origination and risk models. The parties therefore agree as follows.

DEFINITIONS

3.1 "API" means Vendor's application programming interface through which the Data Products are delivered, together with its documentation.

3.2 "Data Products" means the datasets listed in clause 4.1, as updated by Vendor from time to time.

3.3 "Customer Data" means the field locations, contract areas, queries, uploaded files and any other information that Customer or its users submit to the API.

3.4 "Derived Works" means models, forecasts, reports and other outputs created by Customer using the Data Products, in which the Data Products cannot be extracted in their original form.

3.5 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and the period from that anniversary to the day before the next one. The Start Date is the first day of the month after Integration Acceptance under clause 6.

SUBSCRIPTION

4.1 Vendor grants Customer, for two Subscription Years, a non-exclusive, non-transferable right to access and use through the API and bulk files: (a) daily gridded observations for the covered regions; (b) 30-day and seasonal forecasts; (c) weekly crop-condition and yield indices by region; and (d) the historical archive back to 1995.

4.2 The subscription covers up to 25 named users and up to two million API calls per Subscription Year. Calls above that allowance are charged at Vendor's published overage rate and are not part of the fees below.

4.3 Customer may use the Data Products and Derived Works internally and may share Derived Works with its customers, banks and auditors. Customer shall not resell the Data Products or publish them in raw form.

4.4 Vendor may improve, add to or reorganise the Data Products, but shall not withdraw any of the four Data Products listed in clause 4.1 during the term without offering an equivalent replacement.

4.5 Customer shall keep its API keys secure and shall promptly inform Vendor if it suspects that a key has been disclosed. Vendor may suspend a key that is being used in breach of this Agreement after notifying Customer.

FEES AND PAYMENT

5.1 The subscription fee is CNY 286,000 for each Subscription Year, that is CNY 572,000 for the two Subscription Years.

5.2 Vendor will also provide integration support, consisting of API onboarding, mapping of Customer's 340 contract areas to Vendor's grid and a custom daily file for Customer's risk system, for a one-time fee of CNY 38,000.

5.3 The total price under this Agreement is therefore CNY 610,000, excluding any overage.

5.4 The integration support fee is invoiced on Integration Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days of receipt by bank transfer in CNY.

5.5 Fees are stated exclusive of VAT. Vendor shall issue invoices that allow Customer to make the required tax filings and shall bear its own taxes on income.

INTEGRATION AND ACCEPTANCE

6.1 Vendor will aim to complete the integration support within about eight weeks after signature. Dates in the onboarding plan are estimates only.

6.2 Integration Acceptance takes place when Customer confirms in writing that: (a) the API returns all four Data Products for the covered regions; (b) the 340 contract areas are mapped to the grid with the tolerance agreed in the onboarding plan; (c) the custom daily file has been delivered on time on ten consecutive business days and loads into Customer's risk system without errors; and (d) a sample of observations agrees with the public reference stations listed in the onboarding plan. Access to the API before that date is not acceptance.

6.3 Customer shall provide the list of contract areas, a test environment for its risk system and a technical contact within ten business days after signature.

SERVICE AND SUPPORT

7.1 Vendor will use commercially reasonable efforts to keep the API available and to publish the Data Products on their usual schedule, and will perform maintenance at times that minimise disruption where practicable.

7.2 Vendor will provide email support during its normal business hours (Central Time, Monday to Friday) and will attend to support requests as soon as reasonably possible.

7.3 Data Products are provided on the basis of the sources available to Vendor. Vendor will correct errors it is told about in the next regular update.

7.4 Vendor will announce planned changes to the API in advance where practicable and will keep previous API versions available for a reasonable transition period.

7.5 Vendor may publish status information about the API on its website.

INTELLECTUAL PROPERTY

8.1 Vendor owns the Data Products, the API and its methods.

8.2 Customer owns its Derived Works. The mapping tables and the custom daily file specification prepared for Customer under clause 5.2 belong to Customer, which may use and modify them freely and let third parties do so.

CUSTOMER DATA AND SECURITY

9.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the API and support to Customer and shall not disclose it, analyse it for any other purpose or combine it with data of other customers.

9.2 Vendor shall protect Customer Data with encryption in transit and at rest, role-based access limited to its support staff, multi-factor authentication and logging of all access, and shall delete Customer Data within 30 days after this Agreement ends.

9.3 Vendor shall notify Customer within 48 hours of becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate steps to contain it, and shall be liable for Customer's losses resulting from its failure to comply with this clause.

CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's contract areas and positions and Vendor's methods, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

SUBCONTRACTING AND ASSIGNMENT

11.1 Vendor shall not subcontract the integration support or the handling of Customer Data to any third party without Customer's prior written consent.

11.2 Neither party may assign this Agreement without the other party's written consent.

LIABILITY

12.1 Neither party is liable for indirect or consequential loss, including trading losses based on the Data Products.

12.2 Each party's total liability under this Agreement shall not exceed twice the total price stated in clause 5.3, except for breach of clauses 9 and 10, for which liability is not limited.

12.3 Vendor shall defend Customer against any claim that Customer's use of the Data Products in accordance with this Agreement infringes the rights of a third party, and shall pay any damages finally awarded.

TERM, RENEWAL AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

13.2 The Agreement does not renew automatically. Any renewal requires a new written order agreed by both parties.

13.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If Customer terminates for Vendor's breach, Vendor shall refund the unused part of the subscription fee for the current Subscription Year.

13.4 On expiry or termination Customer may keep and continue to use the Data Products delivered before that date and its Derived Works.

13.5 Within 30 days after the end of this Agreement, each party shall return or destroy the other party's confidential information, except copies that it must keep by law.

13.6 Clauses 8, 9, 10 and 12 survive expiry or termination of this Agreement.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian in accordance with its rules. The award is final and binding.

GENERAL

15.1 Notices shall be sent by email to the addresses below and confirmed by courier.

15.2 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

15.3 This Agreement is made in English in two originals.

15.4 Neither party is responsible for failure to perform caused by events beyond its reasonable control, provided that it informs the other party promptly. Customer's payment obligations are not suspended by such events.

15.5 If any provision of this Agreement is found invalid, the remaining provisions continue in effect.

SIGNATURES

For Missouri River Weather Analytics, Inc.: ____________________ Name / Title / Date

For Dalian Haoyu Grain Trading Co., Ltd.: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- files, labels and design
# key: (file name, build kind, language, category, source)
FILES = {
    "h995z01": ("h995z01_industry_bureau_first_unit_certification_platform.pdf", "pdf", "zh", "software", H995Z01),
    "h995z02": ("h995z02_neck_fan_factory_line_control_retrofit.docx", "docx", "zh", "hardware", H995Z02),
    "h995z03": ("h995z03_keyboard_school_chain_booking_saas.txt", "txt", "zh", "cloud", H995Z03),
    "h995z04": ("h995z04_water_bureau_barrier_lake_monitoring_om.txt", "txt", "zh", "services", H995Z04),
    "h995z05": ("h995z05_lacquer_studio_process_tracking_supplier_template.md", "md", "zh", "software", H995Z05),
    "h995e01": ("h995e01_foundry_maintenance_software_perpetual_licence_wy_vendor.pdf", "pdf", "en", "software",
                H995E01),
    "h995e02": ("h995e02_seed_trials_saas_order_form_co_vendor.md", "md", "en", "cloud", H995E02),
    "h995e03": ("h995e03_cement_plant_condition_monitoring_sensors_sd_vendor.docx", "docx", "en", "hardware", H995E03),
    "h995e04": ("h995e04_ecommerce_managed_cloud_operations_36_months_co_vendor.md", "md", "en", "services", H995E04),
    "h995e05": ("h995e05_weather_crop_data_api_subscription_sd_vendor.txt", "txt", "en", "cloud", H995E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order
TERMS = {
    "h995z01": [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False,
                "PRC", G],
    "h995z02": [None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 32, False, True, True,
                "PRC", G],
    "h995z03": [99.5, 0.5, True, "buyer", True, False, True, 400 / 466000 * 100, None, None, True, None, None, None,
                False, True, False, "PRC", S],
    "h995z04": [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
                False, "PRC", S],
    "h995z05": [None, 24, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None,
                None, G],
    "h995e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True, False,
                "Wyoming", G],
    "h995e02": [99.95, 1, True, "buyer", True, True, True, 600 / 814000 * 100, 6 / 24 * 100, None, True, None, None,
                None, True, True, False, "PRC", S],
    "h995e03": [None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7.5, False, True, False,
                "PRC", G],
    "h995e04": [99.95, 0.25, True, "buyer", False, True, True, 500 / 3220000 * 100, 150, None, True, None, None, None,
                False, True, False, "PRC", S],
    "h995e05": [None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                False, "PRC", S],
}
# expected_extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, value
EXTRA = {
    "h995z01": (True, True, True, False, 2108000),
    "h995z02": (True, True, True, False, 1540000),
    "h995z03": (True, True, None, False, 466000),
    "h995z04": (True, True, None, False, 846000),
    "h995z05": (True, True, False, True, 328000),
    "h995e01": (True, True, True, False, 1876000),
    "h995e02": (True, True, None, False, 814000),
    "h995e03": (True, True, True, False, 1830000),
    "h995e04": (True, True, None, False, 3220000),
    "h995e05": (False, False, None, False, 610000),
}
# my design, written before deriving anything
DESIGN = {
    "h995z01": [],
    "h995z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h995z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h995z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h995z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h995e01": ["CR-GOVERNING-LAW"],
    "h995e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"],
    "h995e03": [],
    "h995e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h995e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"h995z01": "low", "h995z02": "high", "h995z03": "medium", "h995z04": "medium", "h995z05": "high",
               "h995e01": "low", "h995e02": "medium", "h995e03": "low", "h995e04": "high", "h995e05": "high"}
# forum outside mainland China (not a label key) and the itemised licence / hardware subtotal (TCO fee base)
FORUM_OUTSIDE = {"h995e01"}
FEE_BASE = {"h995z01": 1180000, "h995z02": 1326000, "h995z05": 138000, "h995e01": 1260000, "h995e03": 1592200}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy defaults (used only by the checks below, never written into a contract)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE, HORIZON = 40, 5


def tco_share(key, t, cv):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (cv + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3, from the labels alone."""
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, t, x["contract_value"])
    if share is not None and share > TCO_SHARE:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, kind, lang, cat, _ = FILES[key]
    t = dict(zip(KEYS, TERMS[key]))
    sla, ld, capped, deemed, cv = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百千\d])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.,])30(?:\.0+)?\s*[%％]", r"百分之三十(?![一二三四五六七八九])",
    r"(?<![\d.,])15(?:\.0+)?\s*[%％]", r"百分之十五",
    r"(?<![\d.,])40(?:\.0+)?\s*[%％]", r"百分之四十(?![一二三四五六七八九])",
    r"(?<![\d.,])100(?:\.0+)?\s*[%％]", r"百分之(?:一)?百(?![分])",
    r"(?<![\d.])4\s*(?:个)?小时", r"(?<![十\d])四(?:个)?小时", r"(?i)(?<![\d.])4[\s-]*(?:hours?|hrs?)\b",
    r"(?i)(?<![-\w])(?<!twenty[\s-])four[\s-]*hours?",
    r"(?<![\d.])12\s*(?:个月|個月)", r"十二个月", r"(?i)(?<![\d.])12[\s-]*months?", r"(?i)twelve[\s-]*(?:calendar[\s-]*)?months?",
    r"质保期?为?一年|保修期?为?一年|(?i:one[\s-]*year[\s-]*warranty|warranty[\s-]*(?:period[\s-]*)?of[\s-]*one[\s-]*year)",
]
MUST_HIT = ["30%", "30 %", "百分之三十", "15%", "40%", "100%", "99.9%", "99.9 %", "0.05%", "万分之五", "4小时",
            "四小时", "4 hours", "4-hour", "four hours", "12个月", "十二个月", "12 months", "12-month",
            "twelve months", "质保期一年", "one-year warranty", "100.0%"]
MUST_MISS = ["99.95%", "0.055%", "130%", "115%", "0.15%", "1.30%", "24小时", "二十四小时", "24 hours",
             "twenty-four hours", "14 hours", "2.4 hours", "18个月", "万分之五十", "百分之三十五", "40,500",
             "4,500 hours", "312 months", "4 days"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PATTERNS:
            hits += [m.group(0) for m in re.finditer(p, form)]
    return hits


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    built = {}
    for key, (name, kind, lang, cat, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            built[key] = src
    write(built, {k: (FILES[k][0], FILES[k][1]) for k in built}, OUT, wrap_words=True)
    fired = set()
    for key, (name, kind, lang, cat, src) in FILES.items():
        lab = label(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        assert risk(lab["expected_rules"]) == DESIGN_RISK[key], key
        fired |= set(lab["expected_rules"])
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        share = tco_share(key, t, x["contract_value"])
        assert share is None or abs(share - TCO_SHARE) > 2, (key, share)
        text = read_back(OUT / name)
        hits = scan(text)
        assert not hits, (key, hits)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        print("%s %s %d %s rules=%s risk=%s tco=%s" % (key, lang, n, "chars" if lang == "zh" else "words",
              ",".join(r[3:] for r in lab["expected_rules"]) or "-", risk(lab["expected_rules"]),
              None if share is None else round(share, 2)))
        assert lo <= n <= hi, (key, n, lo, hi)
    assert fired == set(SEVERITY), sorted(set(SEVERITY) - fired)
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
