"""holdout592: builds the ten blind held-out draft contracts and their .json labels, and asserts the checks.

Run from this folder with /work/main/.venv/bin/python -B make_files.py. The .txt / .md files are written from the
sources below as they are; the .docx / .pdf files are built with ../word_pdf.py (PDF paragraphs pre-wrapped at word
boundaries). Then: labels are written, each draft's rules are derived from its labels with my reading of policy §3
and compared with the design list, the coverage of all 20 CR rules is checked, lengths are checked as read back, and
no label value or text figure may sit on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:治超非现场执法平台软件许可及定制开发合同
P:合同编号：JTYS-ZC-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市交通运输局
P:乙方（供应商）：江右智行交通科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就临川市治超非现场执法平台的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供治超非现场执法平台软件（含称重数据管理、车辆识别比对、案件审核、电子送达等模块）的永久使用许可，许可范围覆盖全市十四个不停车检测点及执法大队全部用户。
P:1.2 乙方按甲方需求完成定制开发，包括：与省级治超联网管理信息系统的数据对接、与公安交管卡口系统的车辆信息比对接口、超限案件自动立案规则配置、执法文书模板及统计分析驾驶舱。
P:1.3 乙方负责系统部署、历史称重数据迁移、上线试运行及对甲方操作人员、管理人员的培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾壹万元整（¥2,110,000），包括：平台软件许可费¥1,120,000；定制开发费¥680,000；数据对接及迁移费¥214,000；实施及培训费¥96,000。
P:2.2 上述价款已包含税费、差旅、第三方组件及乙方为完成本合同所需的全部费用，合同履行期间不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，计¥422,000。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，计¥949,500。
P:3.3 系统试运行满九十日并通过最终验收后，甲方支付合同总价的35%，计¥738,500。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起一百二十日内完成全部软件部署、定制开发及数据对接，并提交初步验收申请。
P:4.2 因甲方原因或省级系统接口开放延误造成的工期顺延，双方以书面形式确认。
P:4.3 乙方应组建不少于六人的项目实施团队，项目经理须具备高级工程师职称，实施期间每周向甲方提交项目周报，未经甲方同意不得更换项目经理。
P:4.4 乙方应于合同签订后十五日内提交详细实施方案、需求规格说明书和测试方案，经甲方书面确认后执行。需求规格说明书确认后如需变更，双方以书面变更单确定。
H:第五条 验收
P:5.1 初步验收标准：合同约定的全部功能模块按需求规格说明书逐项测试通过；十四个检测点的称重数据实时接入，数据延迟不超过十秒；车辆识别比对准确率符合招标文件技术要求；与省级联网系统的数据报送经省级主管部门确认无误。
P:5.2 最终验收标准：系统连续试运行九十日，期间未发生一级故障；历史数据迁移经全量比对无差错；第三方测评机构出具的安全测评报告无高风险问题；全部技术文档、源代码及操作手册已移交。
P:5.3 验收由甲方组织，形成书面验收报告并由双方签字。系统上线、试运行或甲方使用均不视为验收合格。
H:第六条 质量保证及售后服务
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配及技术支持。
P:6.2 服务水平：质保期内平台月度可用率不低于99.95%。一级故障（平台无法立案、数据无法接入）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应；三级故障次一工作日内处理。
P:6.3 乙方响应或到场每迟延一小时，向甲方支付违约金¥1,500；月度可用率每低于约定值0.01个百分点，扣减当期应付款¥2,000。
P:6.4 质保期满后，如甲方需要继续维护，年度维护服务费不超过平台软件许可费的9%（即每年不超过¥100,800），该费率在质保期满后三年内不得上调，维护合同由双方另行签订，不自动续期。
P:6.5 乙方应为甲方提供不少于三期的集中培训，培训对象包括执法人员、审核人员及系统管理员，培训结束后提交培训记录和考核结果。
P:6.6 质保期内乙方每季度对平台进行一次巡检，检查服务器资源、数据库运行、接口状态及安全日志，并出具巡检报告。
H:第七条 知识产权
P:7.1 平台软件原有知识产权归乙方所有，乙方授予甲方的永久使用许可不因合同终止而终止。
P:7.2 乙方为本项目定制开发的接口程序、立案规则、文书模板、驾驶舱及其源代码和技术文档，知识产权归甲方所有，甲方有权自行修改、使用及许可他人使用。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的称重数据、车辆及驾驶人信息、执法案件数据均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的损失及行政责任由乙方承担。
P:8.4 合同终止或期满时，乙方应将其掌握的甲方数据全部返还或在甲方监督下删除，并出具书面说明。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、执法信息及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定且经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额的万分之二每日向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。如需将非主体部分分包，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:14.2 合同附件包括：需求规格说明书、分项报价表、验收方案及售后服务承诺书。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。
P:14.3 本合同未尽事宜，双方可另行签订补充协议。
P:甲方（盖章）：临川市交通运输局　　乙方（盖章）：江右智行交通科技有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:挤压机控制系统改造及维保合同
P:合同编号：HY-LX-2026-0308
P:甲方：佛山鸿跃铝型材有限公司
P:乙方：广东精挤自动化工程有限公司
P:甲方拟对其二号车间三台铝型材挤压机的电控系统进行改造升级，乙方具备相应的设计、制造及调试能力。双方经协商，就改造工程、设备供货、软件许可及后续维保事项订立本合同。
H:第一条 工程范围
P:1.1 乙方负责三台挤压机（1,800吨两台、2,500吨一台）原有继电器控制系统的拆除，提供并安装新的PLC控制柜、伺服泵控单元及人机界面，完成电气接线、程序编制和单机、联机调试。
P:1.2 乙方提供挤压工艺管理软件一套（永久许可），实现挤压速度闭环控制、模具温度与铸棒温度联锁、生产批次记录和能耗统计，并与甲方现有MES系统对接。
P:1.3 改造须利用甲方安排的停机窗口分台实施，每台停机时间不超过十五日。
P:1.4 乙方应对三台挤压机现有液压系统、主油缸、传感器状况进行现场勘察，勘察结果作为改造方案的依据；改造范围以外的机械部件如需更换，由双方另行确认。
P:1.5 乙方提供的PLC、伺服驱动器、触摸屏等主要部件应为原厂全新正品，品牌和型号须与投标文件一致，不得以其他品牌替代。
P:1.6 改造完成后，挤压机应能实现一键启动、自动挤压循环、故障自诊断及报警记录功能，操作界面为中文。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾玖万元整（¥1,990,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|挤压机PLC控制柜（含程序）|3套|286,000|858,000
TB:2|伺服泵控单元|3套|164,000|492,000
TB:3|工业触摸屏及操作台|6台|18,500|111,000
TB:4|挤压工艺管理软件许可|1套|268,000|268,000
TB:|设备及软件小计|||1,729,000
TB:5|拆除、安装及调试|1项|186,000|186,000
TB:6|工艺参数优化服务|1项|58,000|58,000
TB:7|操作及维护培训|1项|17,000|17,000
TB:|合同总价|||1,990,000
P:2.2 合同总价为固定价格，含设备、软件、运输、保险、安装、调试、税费及乙方人员费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，计¥199,000。
P:3.2 三台设备全部到货并完成安装后，甲方支付合同总价的55%，计¥1,094,500。到货及安装不视为验收。
P:3.3 三台挤压机全部通过终验后，甲方支付合同总价的35%，计¥696,500。
P:3.4 乙方应在每期付款前开具等额增值税专用发票，甲方收到发票后十五个工作日内付款。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，在甲方提供停机窗口后按每台十五日完成改造调试。
P:4.2 乙方应提前七日提交停机改造方案，经甲方生产部门确认后实施。
P:4.3 乙方人员进入甲方车间须遵守甲方安全生产管理制度，佩戴劳动防护用品，动火、登高及带电作业须办理作业许可。因乙方人员违章作业造成的人身伤害和财产损失由乙方承担。
P:4.4 每台挤压机改造完成后，乙方应配合甲方进行试挤压，试挤压所用铸棒和模具由甲方提供。
H:第五条 验收
P:5.1 每台挤压机改造完成后进行单机验收，三台全部完成后进行终验。
P:5.2 验收标准：挤压速度控制精度达到设定值的±1%以内；模温、棒温联锁动作正确；连续生产七十二小时无停机故障；工艺软件批次记录与MES系统数据一致；成品率不低于改造前三个月平均水平。
P:5.3 验收合格后双方签署终验报告。设备投入生产使用不视为验收合格。
P:5.4 任一台挤压机单机验收不合格的，乙方应在十日内完成整改并重新申请验收；两次验收仍不合格的，甲方有权就该台设备解除合同。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费维修、更换故障部件并提供软件升级。
P:6.2 一级故障（挤压机停机）乙方应在1小时内响应，2小时内到达甲方现场；二级故障8小时内到场。乙方每迟延一小时到场，向甲方支付¥1,000。
P:6.3 质保期满后，乙方提供年度维保服务，年度维保费为设备及软件小计的8%，即每年¥138,320，自质保期满起三年内固定不变。维保合同按年签订。
P:6.4 维保服务内容包括：每季度一次预防性巡检、PLC程序备份、液压及电气元件状态检测、软件版本升级，以及故障时的现场维修。维保期内更换的易损件按乙方投标时承诺的备件价格清单结算。
P:6.5 乙方应在甲方现场存放常用备件一套，包括PLC输入输出模块、伺服驱动器及触摸屏各一件，备件清单作为合同附件。
H:第七条 知识产权
P:7.1 工艺管理软件的著作权归乙方所有，甲方享有永久使用权。
P:7.2 乙方为本项目编制的PLC程序、HMI画面、MES接口程序及其源文件归甲方所有，甲方可自行修改和使用。
P:7.3 乙方保证其提供的软件及程序不侵犯第三方知识产权，如发生侵权纠纷，由乙方负责处理并承担全部费用。
H:第八条 数据与安全
P:8.1 挤压工艺参数、生产批次、能耗等数据属于甲方，乙方不得复制、留存或用于本合同以外的用途。
P:8.2 乙方远程诊断须经甲方批准，通过甲方提供的VPN账号接入，操作留存日志；乙方不得在控制网络中安装与本项目无关的软件。
P:8.3 因乙方原因导致数据泄露或控制系统被入侵的，乙方应在2小时内通知甲方，并承担由此造成的损失。
H:第九条 保密
P:9.1 双方对在合作中获取的对方技术资料、工艺配方及商业信息负有保密义务，保密期限为合同终止后五年。
P:9.2 乙方不得以任何形式向第三方透露甲方的产品规格、客户信息及产能数据。
H:第十条 违约责任
P:10.1 乙方未按约定期限完成到货或改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 因乙方原因造成甲方停产损失的，乙方应予赔偿。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.4 乙方提供的设备或软件存在质量问题，经两次维修仍无法正常运行的，乙方应免费更换同型号新品。
H:第十一条 分包
P:11.1 乙方可将电气安装、线缆敷设等辅助工作分包给具备资质的单位，但应在进场前提前三个工作日书面通知甲方，乙方对分包单位的工作质量和安全承担责任。
P:11.2 乙方不得将PLC编程、调试及工艺软件实施等主体工作分包。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面催告后十日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 因乙方原因解除合同的，乙方应退还甲方已付款项，拆除已安装设备并恢复原控制系统，由此产生的费用由乙方承担。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 合同附件包括：技术规格书、改造方案、备件清单及培训计划，附件与本合同具有同等效力。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """门店运营管理SaaS服务及实施合同

合同编号：CY-IT-2026-045
甲方：杭州一叶茶饮连锁管理有限公司
乙方：上海店联云信息技术有限公司

甲方在华东地区经营120家直营茶饮门店，拟采用乙方的门店运营管理SaaS服务，实现排班、巡店、订货、库存、食品安全台账和门店经营报表的统一管理。双方经友好协商，订立本合同。

一、服务内容
（一）SaaS订阅服务
1. 乙方向甲方提供门店运营管理SaaS平台的使用权限，覆盖120家门店及总部运营、品控、财务部门。
2. 服务模块包括：智能排班、巡店与稽核、原料订货、门店库存、食品安全台账、经营日报及总部驾驶舱。
3. 服务期为两个服务年度，第一个服务年度自上线验收合格之日起算。
4. 服务期内乙方免费提供平台的版本升级和新功能，但不得因升级导致甲方已使用的功能减少。
5. 平台支持门店员工通过手机小程序完成打卡、巡店拍照、订货确认和盘点录入，支持离线录入后自动同步。
（二）实施服务
1. 乙方负责平台配置、门店及物料主数据初始化、与甲方收银系统和供应链系统的接口开发。
2. 乙方为甲方区域经理、店长及总部用户提供培训，编制操作手册。
3. 实施期为合同签订后六十日。
4. 乙方应指派专职实施项目经理，实施期间每周提交进度报告，并在甲方总部安排不少于两名实施顾问驻场。
（三）客户成功服务
1. 服务期内乙方为甲方配置专属客户成功经理，每季度回顾平台使用情况并提出优化建议。
2. 乙方提供7×24小时在线客服，门店员工可通过小程序或电话提交问题。
3. 乙方每半年为新入职店长组织一次线上培训。

二、费用
（一）门店订阅费：每店每服务年度¥2,980，120家门店，每服务年度¥357,600。
（二）总部管理模块：每服务年度¥48,000。
（三）实施费（一次性）：¥86,000。
（四）合同总价：两个服务年度订阅费合计¥811,200，加实施费，共计¥897,200。
（五）服务期内新增门店，按每店每服务年度¥2,980按月折算，另行结算。
（六）除本合同约定的费用外，乙方不得以任何名义向甲方或门店收取其他费用。短信、电子发票等第三方通道费用按实际发生额由甲方承担。

三、付款方式
（一）实施费在上线验收合格后十五日内一次性支付。
（二）每个服务年度的订阅费分四个季度支付，甲方于每季度首月十日前支付该季度费用¥101,400。
（三）乙方应在收款前开具增值税专用发票。
（四）甲方对账单有异议的，应在收到后十日内书面提出，双方核对后结算。

四、上线验收
（一）验收标准：
1. 120家门店全部开通账号，店长完成培训并通过操作考核；
2. 收银系统销售数据与平台经营日报逐日核对，连续十日差异为零；
3. 供应链系统订货单、到货单同步无遗漏；
4. 平台在500名用户并发时页面响应不超过3秒。
（二）甲方在收到验收申请后十日内组织验收，验收合格签署上线验收单。平台试用不视为验收合格。
（三）验收未通过的，乙方应在七日内完成整改并重新提交验收，整改期间不计入服务期。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护须提前三日通知并安排在凌晨零点至六点之间。
（二）一级故障（全部门店无法登录或无法订货）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应；一般问题次一工作日内答复。
（三）月度可用率低于约定值的，每低0.1个百分点，乙方按当月服务费的2%向甲方提供服务抵扣，单月抵扣不超过当月服务费的一半；一级故障响应超时的，每次抵扣¥1,000。
（四）乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障记录、响应及处理时长、服务抵扣金额。
（五）因甲方网络、门店设备故障或第三方支付通道原因导致的不可用，不计入可用率考核，但乙方应协助排查。

六、数据
（一）甲方上传及平台运行中产生的门店经营数据、员工信息、会员及订货数据归甲方所有。
（二）乙方有权在对上述数据进行脱敏和汇总处理后，用于茶饮行业经营分析报告、平台产品改进及算法模型训练，该权利在合同终止后继续有效。
（三）数据安全：平台部署在境内云服务节点，通过等保三级测评；数据传输和存储加密，后台访问实行最小权限和双因素认证；发生数据泄露的，乙方应在24小时内通知甲方，采取补救措施，并承担因其原因造成的损失。
（四）合同终止后三十日内，乙方应向甲方交付全部数据的完整导出文件，并在甲方确认后删除。
（五）乙方应每年委托第三方对平台进行一次渗透测试，并向甲方提供测试结论摘要。
（六）乙方不得将甲方数据存储于境外，不得向境外提供。

七、保密
双方对在合作中获取的对方商业秘密、经营数据、配方及价格信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内继续有效。乙方应与其接触甲方数据的员工签订保密协议。

八、知识产权
（一）SaaS平台及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制开发的收银、供应链接口程序和专属报表，知识产权归甲方所有，乙方应交付源代码。
（三）乙方为甲方定制的门店巡检表单、稽核规则及食品安全台账模板，甲方可自由修改和使用。

九、违约责任
（一）乙方未能在约定实施期内完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。
（三）甲方逾期付款的，乙方可书面催告，催告后二十日仍未支付的，乙方可暂停服务。
（四）乙方未能按第五条提供服务，连续两个月可用率低于约定值的，甲方有权要求乙方赔偿由此造成的门店营业损失。
（五）乙方擅自使用或泄露甲方数据的，应赔偿甲方由此遭受的全部损失，并承担相应法律责任。

十、续期
服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期时，乙方有权根据市场情况上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前十五日通知甲方。甲方不同意调价的，可在收到通知后书面通知乙方不续期。

十一、分包
乙方不得将实施服务分包。确需分包的，应事先取得甲方书面同意。经同意的分包，乙方仍对分包部分向甲方承担全部责任。

十二、合同解除
一方严重违约，经对方书面通知后十五日内未改正的，守约方有权解除本合同。乙方违约导致合同解除的，应退还未履行服务期的已付费用。甲方提前终止合同的，乙方应配合完成数据迁移，迁移期内平台继续可用，迁移期不超过三十日。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交杭州仲裁委员会仲裁。

十四、附件
附件一：服务模块清单；附件二：门店清单；附件三：接口规格说明。附件为本合同不可分割的组成部分。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""

Z04 = """医保结算系统运维服务合同

合同编号：YB-YW-2026-02
甲方：衡阳市医疗保障事务中心
乙方：湘楚医信科技股份有限公司

为保障衡阳市医保结算系统（含定点医药机构联网结算、异地就医结算、基金结算清算子系统）的稳定运行，甲方委托乙方提供年度运维服务。双方依据《中华人民共和国民法典》及相关规定，订立本合同。

第一条 服务期限
服务期自2026年7月1日起至2027年6月30日止。期满后如需继续服务，双方另行签订合同，本合同不自动续期。

第二条 服务内容
1. 驻场运维：乙方派驻四名运维工程师（其中项目经理一名、数据库工程师一名），工作日驻场，节假日及结算高峰期安排值守。
2. 应用系统维护：结算、清算、对账等应用程序的缺陷修复、参数维护、政策调整配置及小型功能优化。
3. 数据库及中间件维护：日常巡检、性能调优、备份恢复演练、补丁评估与安装。
4. 应急保障：制定应急预案，每半年组织一次应急演练，重大节假日和年度清算期间提供专项保障。
5. 运维报告：按月提交运维报告，按季度提交系统运行分析报告。
6. 系统优化：配合甲方开展医保信息平台对接、接口改造及政策上线的测试和切换工作。
7. 安全运维：每月开展漏洞扫描，配合甲方完成等级保护测评和上级部门的安全检查，按要求整改。
8. 技术支持：乙方安排原厂二线专家提供远程技术支持，重大故障时派员到现场。

第三条 服务费用
1. 本合同总价为人民币壹佰贰拾叁万陆仟元整（¥1,236,000），其中：驻场运维服务¥684,000；应用系统维护¥312,000；数据库及中间件维护¥168,000；应急保障及巡检¥72,000。
2. 上述费用包含乙方人员工资、社保、差旅、工具及税费，服务期内不作调整。
3. 服务期内如甲方临时增加重大保障任务，双方另行协商费用。

第四条 付款方式
1. 服务费按季度支付，每季度¥309,000。
2. 每季度结束后，甲方根据当季服务考核结果，在十五个工作日内支付当季服务费。
3. 本合同不设预付款。
4. 乙方应在每季度考核结果确认后开具增值税专用发票，甲方收到发票后付款。

第五条 服务水平
1. 医保结算核心业务月度可用率不低于99.95%（计划内维护时间除外，计划内维护须提前五个工作日报甲方批准）。
2. 故障分级及响应要求：一级故障（全市或多家定点机构无法结算）乙方应在15分钟内响应，1小时内恢复结算或启用应急方案；二级故障（单家机构或单项业务中断）30分钟内响应，3小时内解决；三级故障当日内解决。
3. 服务考核：每季度由甲方按附件考核细则评分。可用率每低于约定值0.01个百分点，扣减当季服务费¥3,000；一级故障响应每超时十分钟，扣减¥2,000；季度考核得分低于80分的，扣减当季服务费的5%。
4. 乙方每月5日前提交上月运维报告，内容包括可用率统计、故障清单、变更记录、巡检及备份情况，以及下月工作计划。
5. 每季度扣减的服务费累计不超过当季服务费的20%。

第六条 服务考核与验收
1. 每季度末，乙方提交季度运维报告及服务记录，甲方对照服务水平指标、故障处理记录、巡检和备份记录进行考核，考核结果作为当季付款依据。
2. 服务期满，甲方对全年运维服务进行终期验收，验收标准为：全年无因乙方原因造成的重大结算事故；运维文档、账号清单、应急预案完整移交；各季度考核均已完成。
3. 季度考核由甲方信息科组织，乙方项目经理参加，考核结果双方签字确认；乙方对考核结果有异议的，可在五个工作日内提出复核。
4. 终期验收不合格的，乙方应在三十日内整改，整改完成后重新验收；整改期间乙方仍应保证服务不中断。

第七条 人员要求
1. 乙方驻场人员须具备相应资质，并经甲方审核；乙方更换驻场人员须提前十日征得甲方同意。
2. 驻场人员应遵守甲方管理制度。乙方应于服务期起始日前完成驻场人员到岗及运维交接，每逾期一日，按合同总价的千分之一向甲方支付违约金。
3. 乙方应建立驻场人员考勤记录，每月随运维报告报送甲方。驻场人员不能胜任工作的，甲方有权要求更换，乙方应在十日内安排符合要求的人员到岗。

第八条 数据安全
1. 医保结算数据、参保人员信息、定点机构数据均属于甲方所有，乙方仅为履行运维服务使用，不得用于其他目的。
2. 乙方人员须通过甲方堡垒机访问生产系统，实行最小权限、双人复核，严禁将数据拷贝至外部介质或上传至互联网。
3. 乙方应落实网络安全等级保护三级的运维要求。发生数据泄露、篡改或安全事件的，乙方应在30分钟内报告甲方，配合调查处置，并承担因其原因造成的全部损失和行政责任。
4. 乙方不得在甲方生产环境中使用未经甲方认可的运维工具，运维终端须安装甲方指定的安全软件。
5. 服务期满或合同终止时，乙方应交回全部账号、权限和资料，并在甲方监督下清除其持有的甲方数据，出具书面说明。

第九条 保密
乙方及其人员对履约中接触的参保人员个人信息、基金数据、系统架构和甲方工作资料负有保密义务，驻场人员须签署保密承诺书。保密义务在合同终止后持续有效。乙方违反保密义务的，应赔偿甲方因此遭受的全部损失。

第十条 知识产权
乙方在服务期内编写的运维脚本、应急预案、运维文档及为甲方开发的功能优化程序，知识产权归甲方所有。乙方在服务中使用的自有工具软件，知识产权仍归乙方所有，但乙方应保证甲方在服务期满后可继续使用已部署的脚本和文档。

第十一条 分包
乙方不得将本合同项下的任何服务分包或转包给第三方。乙方不得以劳务派遣、外包等方式变相分包本合同服务。

第十二条 违约责任
1. 乙方未达到服务水平的，按第五条扣减服务费；造成甲方损失的，还应予以赔偿。
2. 乙方在本合同项下的累计赔偿责任（含扣减的服务费和违约金）不超过合同总价的50%。
3. 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。

第十三条 合同的履行与变更
1. 本合同为年度服务合同，为保障医保结算连续性，服务期内任何一方均不得单方解除本合同。
2. 乙方出现违约情形的，甲方可按本合同扣减服务费、要求乙方限期整改或更换驻场人员，乙方应继续履行本合同直至服务期满。
3. 因医保政策调整需变更服务内容的，双方协商签订补充协议。
4. 乙方服务质量严重下降的，甲方可约谈乙方负责人，要求乙方提交整改报告并增派技术人员。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，乙方应继续履行运维服务，不得以争议为由中断服务。

第十五条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。附件：服务考核细则、驻场人员名单。服务期内，如甲方系统发生迁移或升级，运维范围的变化由双方书面确认。

甲方（盖章）：　　　　　　　　乙方（盖章）：
法定代表人或授权代表：　　　　法定代表人或授权代表：
"""

Z05 = """# 仓储管理系统（WMS）软件许可及实施合同

**乙方标准合同文本 仓云合同范本 V4.0**

合同编号：CY-WMS-2026-____

甲方：广州月华食品有限公司

乙方：苏州仓云软件技术有限公司

甲方因月饼及节令食品生产经营需要，拟采购乙方的仓云WMS仓储管理系统。双方经协商一致，按乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供仓云WMS软件（标准版）使用许可，含入库、上架、库位、拣货、复核、出库、盘点模块及RF手持终端许可。

1.2 乙方根据甲方业务进行定制开发，包括：月饼季节性备货及预售订单管理、原料与成品批次及保质期管理、临期预警、与甲方ERP及TMS系统的接口。

1.3 乙方负责系统安装部署、基础数据初始化及甲方用户培训。

1.4 乙方提供的标准功能以乙方产品说明书为准，产品说明书以外的功能需求，按定制开发另行报价。

1.5 甲方应提供系统运行所需的服务器、网络、操作系统、数据库及RF手持终端硬件，并指派专人配合实施。

1.6 乙方负责对甲方仓库管理员、拣货员及系统管理员进行培训，培训不超过三次，每次不超过两天。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓云WMS软件许可（含RF终端许可） | 960,000 |
| 2 | 定制开发 | 320,000 |
| 3 | 实施部署及培训 | 100,000 |
| | 合计 | 1,380,000 |

合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），含税。合同金额不包括服务器、数据库、手持终端硬件及第三方软件费用。乙方人员的差旅费用已包含在实施费中。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，计¥690,000，乙方收到款项后启动项目。

3.2 系统上线后十个工作日内，甲方支付合同总价的剩余50%，计¥690,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方收到每期款项后开具增值税普通发票。

## 第四条 实施周期

4.1 乙方在收到首期款后九十日内完成系统上线。

4.2 因甲方需求变更、数据准备延误或现场条件不具备导致工期延误的，工期相应顺延。

4.3 非因甲方原因，乙方未按期上线的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金总额不超过合同总价的5%。

4.4 甲方应在乙方提出需求调研后十日内确认需求文档，需求确认后甲方提出的变更，乙方有权另行收费并顺延工期。

4.5 甲方原因导致项目暂停超过三十日的，乙方有权要求甲方支付已完成工作对应的费用。

4.6 项目实施期间，双方各指定一名项目负责人，负责项目沟通与协调。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在系统上线后七日内未以书面形式提出异议的，亦视为验收合格。甲方提出异议的，乙方在合理期限内修正，修正后视为验收合格。

5.3 系统上线时间以乙方发出的上线通知为准。

## 第六条 免费维护及技术支持

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法出入库）乙方在8小时内响应，二级故障在2个工作日内响应，其他问题在下一个版本中统一处理。

6.3 乙方将尽力在响应后恢复系统运行，但对故障响应或恢复时间不作保证，乙方不因此承担任何扣款、赔偿或违约金。

6.4 免费维护期内，乙方提供工作日9:00至18:00的电话及远程支持，现场服务按人天另行收费，每人天¥2,800。

6.5 因甲方操作不当、擅自修改系统或硬件故障导致的问题，不属于免费维护范围。

6.6 乙方对甲方反映的二级以下问题，可在后续版本中统一修复，不单独安排修复时间。

## 第七条 年度技术支持服务

7.1 免费维护期满后，甲方应购买乙方年度技术支持服务，以确保系统正常运行和获得版本升级。

7.2 年度技术支持服务费为软件许可费的26%，即每年¥249,600，按年预付。

7.3 甲方未购买年度技术支持服务的，乙方不再提供任何维护、升级和故障处理。

7.4 年度技术支持服务费在每个服务年度开始前一次性支付，逾期未付的，乙方有权暂停服务。

7.5 技术支持服务期内，乙方提供远程支持和版本升级，现场服务按人天另行收费。

## 第八条 知识产权

8.1 仓云WMS软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码的知识产权归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

8.3 甲方不得对系统进行反向工程，不得将系统用于甲方及其控股子公司以外的单位。

## 第九条 数据安全

9.1 甲方在系统中的库存、订单、客户及批次数据归甲方所有，乙方仅为履行本合同目的使用。

9.2 系统部署于甲方服务器。乙方远程维护须经甲方授权，采用加密通道，乙方不得复制或带走甲方数据。

9.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施并承担相应赔偿责任。

9.4 甲方应自行做好服务器和数据的日常备份。

9.5 乙方技术人员在甲方现场工作时，应遵守甲方的食品安全及卫生管理规定。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密、技术信息及经营信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。乙方应要求其参与项目的员工遵守上述保密义务。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.2 乙方不对甲方的间接损失、利润损失、商誉损失或数据恢复费用承担责任。

11.3 甲方对系统运行结果（包括库存数据和拣货结果）应自行复核，乙方不对因系统计算结果直接造成的库存差异承担责任。

## 第十二条 合同解除

任何一方严重违反本合同且在对方书面通知后三十日内未纠正的，对方有权书面通知解除本合同。合同解除的，甲方已支付的款项不予退还，但乙方严重违约导致解除的除外。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。争议处理期间，双方应继续履行本合同中无争议的部分。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

14.3 本合同附件包括：功能清单、实施计划及报价单。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KGS-CN-2026-011
P:This Agreement is made between Hunan Xiangshan Nonferrous Mining Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chenzhou, Hunan Province (the "Buyer"), and Kalahari GeoSystems (Pty) Ltd, a company incorporated in the Republic of Namibia with its principal place of business at Independence Avenue, Windhoek, Namibia (the "Vendor").
P:The Buyer operates two underground lead-zinc mines and wishes to replace its legacy resource-modelling tools. The Vendor develops and licenses the OreGrid geological modelling and mine-planning software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the OreGrid Resource, OreGrid Design and OreGrid Schedule modules in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Services" means installation, configuration, data migration, interface development and training described in Article 2.
P:1.3 "Custom Deliverables" means the interfaces, import scripts, report templates, block-model conversion routines and other work product created by the Vendor specifically for the Buyer.
P:1.4 "Buyer Data" means drill-hole, assay, survey, production and any other data supplied by or generated for the Buyer.
P:1.5 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for forty concurrent users at the Buyer's mine sites and head office in China, including use by the Buyer's affiliates and contractors working for the Buyer.
P:2.2 The Vendor shall install the Software on the Buyer's servers in Chenzhou, migrate the Buyer's historical drill-hole and assay database, develop interfaces to the Buyer's laboratory information system and production reporting system, and train thirty users and four administrators.
P:2.3 The Services shall be performed according to the implementation plan in Annex 2. Changes require a written change order signed by both parties.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,786,000, consisting of: Licence Fee CNY 1,360,000 (forty concurrent users at CNY 34,000 each); implementation and interface services CNY 298,000; data migration CNY 86,000; training CNY 42,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, living and other expenses of the Vendor's personnel. Prices are in Chinese Renminbi (CNY) and are paid in CNY to the Vendor's designated account.
H:Article 4 Payment
P:4.1 Twenty per cent (20%) of the Contract Price, CNY 357,200, is payable within twenty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 Forty-five per cent (45%), CNY 803,700, is payable after the Installation Certificate is signed. The Installation Certificate confirms installation only and is not acceptance.
P:4.3 Thirty-five per cent (35%), CNY 625,100, is payable within thirty days after Final Acceptance.
P:4.4 Each payment requires a valid invoice. The Buyer may withhold any amount disputed in good faith until the dispute is resolved.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall complete installation within sixty days and submit the system for Final Acceptance testing within one hundred and fifty days after signature.
P:5.2 If the Vendor fails to meet either date for reasons within its control, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of eight per cent of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
P:5.3 If the delay exceeds seventy days, the Buyer may terminate this Agreement under Article 15.
H:Article 6 Acceptance
P:6.1 The Vendor shall propose an acceptance test plan within thirty days after signature, for the Buyer's approval.
P:6.2 Final Acceptance requires that: (a) all functions listed in Annex 1 pass the approved tests; (b) the migrated database reconciles with the legacy database hole by hole, with no missing or altered assay records; (c) a reference block model of the North Ore Body, rebuilt in the Software, agrees with the Buyer's audited resource estimate within the tolerance stated in Annex 1; (d) the interfaces run for twenty consecutive working days without a Severity 1 fault; and (e) all documentation and source code of the Custom Deliverables have been delivered.
P:6.3 If the tests are passed, the Buyer shall sign a Final Acceptance certificate within ten working days. If not, the Vendor shall correct the defects and repeat the tests at its own cost.
P:6.4 Use of the Software in production, installation or any payment does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 1 for eighteen (18) months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide the support described in Article 8 free of charge.
P:7.3 The Vendor warrants that the Software contains no disabling code, time locks or undisclosed remote access features.
H:Article 8 Support and Service Levels
P:8.1 The Vendor shall provide support by telephone, e-mail and remote session. Remote sessions require the Buyer's prior approval for each session.
P:8.2 Severity 1 (the Software cannot be used for production planning or resource reporting): response within one (1) hour, workaround within eight hours, permanent fix within five working days. Severity 2 (a major function is impaired): response within two hours, workaround within two working days. Severity 3: response within one working day.
P:8.3 Response times are measured from the Buyer's report to the hotline or the support portal, 24 hours a day for Severity 1 and on Chinese working days for other levels.
P:8.4 For each hour by which a Severity 1 response or workaround is late, the Vendor shall grant the Buyer a service credit of CNY 1,200, deducted from the next payment or paid in cash.
H:Article 9 Support after the Warranty Period
P:9.1 After the Warranty Period the Buyer may order annual support. The annual support fee is eleven per cent (11%) of the Licence Fee, CNY 149,600 per year, and is fixed for the first three years of support. Any later increase may not exceed the change in the consumer price index published for China for the preceding year.
P:9.2 Annual support is ordered by purchase order for each year and does not renew automatically. The service levels in Article 8 apply during support.
P:9.3 The Vendor shall offer support for the Software for at least seven years after Final Acceptance.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Buyer.
P:10.2 All rights in the Custom Deliverables pass to the Buyer upon creation. The Buyer may use, modify, copy and license them to third parties without restriction. The Vendor shall deliver their source code with Final Acceptance.
P:10.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 11 Data Protection and Security
P:11.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking or product development.
P:11.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts and multi-factor authentication, shall not copy Buyer Data outside the Buyer's systems, and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:11.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 24 hours of becoming aware of it, cooperate in its investigation and bear the losses caused by its breach of this Article.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including geological data, resource estimates, mine plans, prices and technical information, and use it only for this Agreement.
P:12.2 This obligation continues for five years after termination or expiry of this Agreement.
H:Article 13 Liability
P:13.1 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price.
P:13.2 The limit does not apply to liability for personal injury, wilful misconduct, infringement claims under Article 10.3, or breach of Articles 11 and 12.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after written notice, or in the case described in Article 5.3.
P:15.2 Either party may terminate if the other becomes insolvent.
P:15.3 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered work. The licence to Software already paid for survives termination.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement is governed by the laws of the Republic of Namibia.
P:17.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Windhoek under the Arbitration Act of Namibia, before a single arbitrator. The language of the arbitration is English.
H:Article 18 General
P:18.1 Annex 1 (Functional Specification and Acceptance Tolerances) and Annex 2 (Implementation Plan) form part of this Agreement. In case of conflict, the Articles prevail.
P:18.2 This Agreement is signed in English in two originals. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — LEARNWELL CLOUD SUBSCRIPTION

Order Form No. LW-OF-2026-0419

| | |
|---|---|
| Provider | Learnwell Digital (Pty) Ltd, Plot 54368, Central Business District, Gaborone, Botswana |
| Customer | Jiangsu Ruiheng Precision Bearings Co., Ltd., Wuxi, Jiangsu Province, People's Republic of China |
| Effective Date | the date of the last signature below |

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing, the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Subscribed Service

A1.1 Learnwell Cloud, the Provider's online learning-management platform, Enterprise edition, including course authoring, compliance-training tracking, skills matrix, examination engine, mobile app and the reporting module.

A1.2 Authorised Users: up to 1,800 named employees and contractors of the Customer and its subsidiaries in China. Users may be reassigned when an employee leaves.

A1.3 Hosting: the Service is provided to the Customer from a cloud region in mainland China operated for the Provider by Huadong Cloud Computing Co., Ltd. (the "Hosting Provider").

### A2. Subscription Term

A2.1 The Subscription Term is twenty-four (24) months, starting on the date of Onboarding Acceptance under A5 (the "Subscription Start Date").

A2.2 The Subscription Term ends at the end of the twenty-fourth month. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, months 1–12 | 1,800 users × CNY 168 | 302,400 |
| Subscription fee, months 13–24 | 1,800 users × CNY 168 | 302,400 |
| Onboarding and content migration | one-time | 64,000 |
| **Total Fees** | | **668,800** |

A3.1 Fees are fixed for the Subscription Term and include all taxes. Additional users may be added during the term at CNY 168 per user per year, pro rata.

### A4. Invoicing and Payment

A4.1 The subscription fee is invoiced quarterly in advance, at the start of each three-month period of the Subscription Term (CNY 75,600 per quarter).

A4.2 The onboarding fee is invoiced after Onboarding Acceptance.

A4.3 The Customer pays each correct invoice within thirty days of receipt, in CNY, to the account named on the invoice. No amount is payable before the Subscription Start Date.

### A5. Onboarding and Acceptance

A5.1 Within forty-five days after the Effective Date the Provider shall configure the Customer's tenant, integrate single sign-on with the Customer's directory, load the Customer's organisation structure and migrate 2,600 existing course items and training records from the Customer's legacy system.

A5.2 Onboarding Acceptance criteria: (a) all 1,800 users can sign in through single sign-on; (b) every migrated course opens and plays correctly and the migrated completion records match the legacy export line by line; (c) the skills matrix and compliance reports reproduce the Customer's three sample reports; (d) the mobile app works on the Customer's standard Android and iOS devices.

A5.3 The Customer shall test within ten working days after the Provider's notice of readiness and either sign an acceptance certificate or list the failures. The Provider shall correct the failures and resubmit. Use of the tenant for pilot training does not amount to acceptance.

A5.4 The Customer shall provide the legacy system export, a test directory account and access to sample devices within ten working days after the Effective Date.

### A6. Contacts and Support

A6.1 Customer contact: Ms Zhou Lan, HR Training Manager. Provider contact: Mr Kagiso Molefe, Customer Success Lead.

A6.2 Support is available by e-mail and through the support portal during the Provider's business hours, Monday to Friday, 08:00–17:00 Gaborone time, in English and Chinese.

A6.3 The Provider will hold a review meeting with the Customer once per quarter to discuss adoption, open support requests and the Customer's training calendar.

## PART B — GENERAL TERMS

### 1. The Service

1.1 The Provider shall make the Service available to the Customer's Authorised Users during the Subscription Term in accordance with the documentation.

1.2 The Provider will use commercially reasonable efforts to keep the Service available and to answer support requests promptly. The Provider may perform maintenance from time to time and will try to schedule it outside the Customer's working hours.

1.3 The Provider may improve or change the Service, provided that it does not materially reduce the functionality the Customer has subscribed to.

1.4 The Provider shall make release notes available at least ten days before any release that changes the user interface, and shall keep the Chinese user interface complete and up to date.

### 2. Customer Obligations

2.1 The Customer is responsible for the content it uploads and for the conduct of its Authorised Users.

2.2 The Customer shall not resell the Service, attempt to reverse engineer it, or use it to store material that infringes the rights of third parties.

2.3 The Customer shall keep user credentials secure and promptly inform the Provider of any unauthorised use of its accounts that it becomes aware of.

### 3. Customer Data

3.1 All data, course content, training records and personal information uploaded by or generated for the Customer ("Customer Data") belong to the Customer.

3.2 The Provider processes Customer Data only to provide the Service to the Customer and on the Customer's documented instructions. The Provider shall not use Customer Data for any other purpose, including analytics for third parties or product development.

3.3 On expiry or termination the Provider shall return all Customer Data in a standard export format within thirty days and then delete it, confirming deletion in writing.

3.4 At the Customer's request the Provider shall provide an export of Customer Data at any time during the Subscription Term, at no additional charge.

### 4. Security

4.1 The Provider shall keep Customer Data in the mainland China region described in A1.3 and shall not transfer it outside China.

4.2 The Provider shall maintain an information-security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict administrative access to named staff with multi-factor authentication, and keep access logs for at least six months.

4.3 The Provider shall notify the Customer of any breach of security affecting Customer Data within 48 hours after becoming aware of it, take all steps needed to contain it, assist the Customer with notifications required by law, and bear the costs and losses caused by a breach for which it is responsible.

### 5. Intellectual Property

5.1 The Provider owns the Service and its software, including improvements.

5.2 The Customer owns its courses, the migrated content, and any course templates, examination banks and report definitions prepared by the Provider for the Customer during onboarding. The Customer may use, modify and license them freely, also after the Subscription Term.

### 6. Confidentiality

6.1 Each party shall keep confidential the non-public business and technical information of the other party, use it only for this Order Form and disclose it only to staff and advisers who need to know it and are bound by similar duties.

6.2 These obligations survive for three years after the end of the Subscription Term.

### 7. Subcontracting

7.1 The Customer approves the Hosting Provider named in A1.3. The Provider shall not engage any other subcontractor or sub-processor for the Service without the Customer's prior written consent, and remains responsible for the performance of all subcontractors.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Each party's total liability under this Order Form is limited to two times the Total Fees, except for breach of sections 3, 4 and 6, wilful misconduct and personal injury, which are not limited.

8.3 Nothing in this Order Form limits liability that cannot be limited under applicable law.

### 9. Term and Termination

9.1 This Order Form runs from the Effective Date until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within thirty days after receiving notice of the breach.

9.3 If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the period after termination.

9.4 On expiry or termination the Customer's access ends, subject to the export and deletion duties in section 3.3.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

### 11. General

11.1 Notices must be in writing and sent to the contacts in A6.1.

11.2 Neither party may assign this Order Form without the other party's written consent.

11.3 This Order Form is the entire agreement between the parties about the Service.

11.4 If any provision of this Order Form is held invalid, the remaining provisions continue in full force.

11.5 This Order Form is signed in English and Chinese. Both versions have equal effect.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________
"""

E03 = """T:Purchase Contract for Conveyor Condition-Monitoring Sensors and Monitoring Software
P:Contract No. CFT-EQ-2026-0072
P:Buyer: Caofeidian Bulk Terminal Co., Ltd., Tangshan, Hebei Province, People's Republic of China
P:Supplier: Zambezi Sensing Technologies Ltd, Plot 4012, Great East Road, Lusaka, Zambia
P:The Buyer operates coal and iron-ore conveyors with a total length of about eighteen kilometres. The Supplier manufactures wireless vibration and temperature sensors and the BeltWatch monitoring software. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2. "Software" means the BeltWatch monitoring software, server edition, with its documentation. "Custom Work" means the alarm models, dashboards, interface programs and configuration files prepared by the Supplier for the Buyer.
P:1.2 The Supplier shall supply the Equipment, grant a perpetual licence to the Software, install sensors on 1,260 idler and pulley bearing positions, commission the gateways and server, build an interface to the Buyer's maintenance management system, and train the Buyer's staff.
P:1.3 The Software is installed on the Buyer's own servers at the terminal. No Buyer data is hosted outside the Buyer's premises.
P:1.4 The Supplier shall appoint a project manager who speaks Chinese or is supported by an interpreter, and shall submit a detailed installation plan for the Buyer's approval within twenty days after signature.
H:2. Price
P:2.1 The Contract Price is CNY 1,686,000 and is made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX version|420|2,150|903,000
TB:2|Solar-powered LoRa gateway with mast kit|18|12,400|223,200
TB:3|BeltWatch server licence, perpetual, unlimited sensors at one site|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,512,200
TB:4|Installation, commissioning and interface to the maintenance system|1 lot|147,800|147,800
TB:5|Training of operators and maintenance engineers|1 lot|26,000|26,000
TB:|Contract Price|||1,686,000
P:2.2 The Contract Price is fixed, includes all taxes, duties, freight to the Buyer's site, insurance, installation and the Supplier's travel and living costs, and is paid in CNY.
P:2.3 Quantities may be increased by up to a tenth at the same unit prices by written order of the Buyer before delivery.
H:3. Payment
P:3.1 Ten per cent (10%) of the Contract Price, CNY 168,600, is paid within fifteen working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 Fifty-five per cent (55%), CNY 927,300, is paid after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 Thirty-five per cent (35%), CNY 590,100, is paid within thirty days after Final Acceptance under clause 5.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site within ninety days after signature, complete installation within sixty days after delivery and submit the system for Final Acceptance within thirty days after installation.
P:4.2 For each day of delay in delivery or in readiness for Final Acceptance, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to a maximum of ten per cent of the Contract Price. If that maximum is reached, the Buyer may terminate this Contract under clause 13.
P:4.3 The Supplier's personnel working on site shall follow the Buyer's safety rules, including permits for work near moving conveyors, work at height and hot work, and the Buyer may remove any person who breaks them.
P:4.4 Delivery documents shall include packing lists, certificates of origin, test certificates of each sensor batch and the explosion-protection certificates required for coal-handling areas.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a trial run of forty-five days following installation.
P:5.2 The acceptance criteria are: (a) every installed sensor reports vibration and temperature to the Software at least every ten minutes, with fewer than two per cent of expected readings missing over the trial run; (b) sensor readings agree with a calibrated handheld analyser on a sample of sixty positions within the tolerance stated in the technical specification; (c) alarms generated by the Software are transferred to the maintenance management system as work requests within one minute; (d) no Severity 1 fault remains open at the end of the trial run; and (e) all documentation, configuration files and source code of the Custom Work have been handed over.
P:5.3 When the criteria are met, the Buyer signs a Final Acceptance certificate within ten working days. Delivery, installation, use of the system during the trial run or any payment do not constitute acceptance.
P:5.4 If the system fails the acceptance tests, the Supplier shall remedy the defects and repeat the tests at its own cost within twenty days.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance. During this period the Supplier repairs or replaces defective Equipment free of charge, including batteries that fail before their rated life, and provides all Software updates.
P:6.2 Replacement sensors are delivered to the Buyer's site within five working days after a fault report.
P:6.3 If the same defect recurs three times in the warranty period, the Supplier shall replace the affected item with a new one.
P:6.4 The warranty does not cover damage caused by the Buyer's misuse or by accidents on the conveyor, which the Supplier repairs at the rates in its spare-parts list.
H:7. Service Levels
P:7.1 The Software, as installed on the Buyer's servers, shall be available at least 99.95% of each calendar month, excluding maintenance agreed with the Buyer in advance.
P:7.2 Faults are classified as follows:
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Software or more than a quarter of the sensors stop reporting|30 minutes|8 hours
TB:Severity 2|A gateway or a single conveyor stops reporting|2 hours|2 working days
TB:Severity 3|Minor fault or request for information|1 working day|next release
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, and for each 0.01 percentage point of availability below the level in clause 7.1, CNY 1,000. These amounts are deducted from any sum due to the Supplier.
H:8. Support after the Warranty
P:8.1 After the warranty, the Buyer may order annual support at a fee not exceeding 7.5% of the Hardware and Licence Subtotal per year, that is at most CNY 113,415 per year. This fee is fixed for the first two years after the warranty, and any later increase requires the Buyer's written agreement.
P:8.2 Support is ordered year by year and does not renew automatically. The service levels in clause 7 apply during support.
P:8.3 The Supplier shall keep spare sensors and gateways available for at least eight years after Final Acceptance.
H:9. Intellectual Property
P:9.1 The Supplier keeps all rights in the Software and the sensor firmware, which are licensed to the Buyer perpetually.
P:9.2 The Custom Work belongs to the Buyer from its creation. The Buyer may use, modify and license it freely, and the Supplier shall deliver its source code.
H:10. Data Security
P:10.1 Vibration, temperature, alarm and maintenance data collected by the system belong to the Buyer. The Supplier uses them only to perform this Contract.
P:10.2 Remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's bastion host and is recorded. The Supplier shall not copy Buyer data outside the Buyer's systems and shall comply with Chinese laws on cybersecurity and data security.
P:10.3 The Supplier shall report any security incident within two hours, help to contain it, and bear the losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the technical and commercial information received from the other party, including the Buyer's site layouts and throughput figures, and shall not disclose it to third parties without prior written consent. This duty lasts for five years after the end of this Contract.
H:12. Liability and Subcontracting
P:12.1 The Supplier's total liability under this Contract is limited to two hundred per cent (200%) of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
P:12.2 The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent and remains responsible for all approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or in the case described in clause 4.2.
P:13.2 On such termination the Supplier refunds the amounts paid for Equipment or work not accepted and compensates the Buyer's direct losses.
P:13.3 The Buyer may also terminate if the Supplier becomes insolvent.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:15. General
P:15.1 The technical specification and the installation plan are annexes to this Contract. The Contract is signed in English and Chinese; both versions are equally valid.
P:15.2 Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No. MSA-NY-2026-03**

**Customer:** Ningbo Yongxin Home Appliances Co., Ltd., Ningbo, Zhejiang Province, People's Republic of China ("Customer")

**Provider:** Lakeshore Managed IT Ltd, Area 47, Lilongwe, Malawi ("Provider")

**Background.** The Customer runs three factories and a head office in Ningbo. It wishes to outsource its IT service desk, end-user support coordination and monitoring of its servers and network to the Provider, which operates a multilingual service centre. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" the amounts set out in Schedule 3.

1.3 "Customer Data" means all data of the Customer or its employees that the Provider receives, accesses or generates in providing the Services.

1.4 "Transition" means the work needed to take over the Services from the Customer's current arrangements, and "Transition Acceptance" means the Customer's written confirmation under clause 4.

## 2. Term

2.1 This Agreement starts on the date of signature and the Services run for thirty-six (36) months from the Service Commencement Date, which is the day after Transition Acceptance.

2.2 This Agreement expires at the end of the thirty-six months. Any extension must be agreed in writing by both parties; it does not renew automatically.

2.3 Either party may propose an extension at least ninety days before expiry.

## 3. Services

3.1 The Provider shall provide the Services in Schedule 1 in English and Chinese, using trained staff and its own service-management tools.

3.2 Local on-site work at the Customer's factories is carried out by the Customer's own technicians, coordinated by the Provider's service desk.

3.3 The Provider shall keep a knowledge base and runbooks for the Customer's environment and update them at least quarterly.

3.4 The Provider shall attend a monthly service review with the Customer's IT manager, present the Service Level report and agree actions for recurring incidents.

3.5 Changes to the Services, including the addition of new sites or devices, are made by written change request; additional devices are charged at the unit rates agreed in the change request.

## 4. Transition and Acceptance

4.1 The Provider shall complete Transition within sixty days after signature, including the set-up of the service desk, the monitoring agents on all servers and network devices listed in the Customer's inventory, and the knowledge base.

4.2 Transition Acceptance criteria: (a) the service desk handles the Customer's tickets in parallel with the current provider for ten working days with all tickets logged and categorised correctly; (b) monitoring covers every device in the inventory and a test alarm on each device reaches the service desk within five minutes; (c) the first version of the runbooks has been approved by the Customer's IT manager; (d) a documented escalation test for a Priority 1 incident has been passed.

4.3 When the criteria are met the Customer signs a Transition Acceptance certificate within five working days. The start of live ticket handling alone is not acceptance.

4.4 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

4.5 The Customer shall give the Provider timely access to its current provider's documentation, an inventory of devices and the accounts needed for monitoring.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 1. The Monthly Service Charge is fixed for the whole term. The Transition Charge is invoiced after Transition Acceptance.

5.2 The Monthly Service Charge is invoiced monthly in arrears. The Customer pays each correct invoice within thirty days. Service Credits are deducted from the next invoice.

5.3 No advance payment is payable under this Agreement.

5.4 The Provider may not increase the Monthly Service Charge during the term. Any rates for additional work are agreed in writing before the work starts.

## 6. Service Levels

6.1 The Provider shall meet the Service Levels in Schedule 2, measured monthly and reported to the Customer within ten working days after the end of each month.

6.2 If a Service Level is missed, the Provider shall grant the Service Credits in Schedule 3 and present a remediation plan. Service Credits do not limit the Customer's other remedies.

6.3 Incidents caused by the Customer's own technicians, third-party suppliers or planned changes approved by the Customer are excluded from Service Level measurement, but the Provider shall still coordinate their resolution.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only for providing the Services and shall return it to the Customer on request and at the end of the term.

## 8. Confidentiality

8.1 Each party shall keep confidential any information of the other party marked or reasonably understood as confidential, including Customer Data, network diagrams, user lists and pricing, and shall not disclose it to third parties except to its own staff who need it for this Agreement.

8.2 This obligation survives for five years after expiry or termination of this Agreement.

## 9. Intellectual Property

9.1 The Provider keeps its tools, methods and service-management software.

9.2 The runbooks, knowledge-base articles, monitoring templates and scripts prepared for the Customer belong to the Customer, which may use, modify and license them freely, also with another provider.

9.3 The Provider shall hand over all such material in editable form at the end of the term.

## 10. Personnel and Subcontracting

10.1 The Provider shall name a service delivery manager who is the Customer's single point of contact.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for approved subcontractors.

10.3 The Provider shall keep key personnel named in its proposal for at least the first six months of the Services unless they leave its employment.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 The Provider's total liability arising out of or in connection with this Agreement shall not exceed the charges paid by the Customer under this Agreement in the nine (9) months preceding the event giving rise to the claim.

11.3 Service Credits count towards the limit in clause 11.2.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after notice, or if the Provider misses the Priority 1 Service Level in three consecutive months.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On expiry or termination, the Provider shall provide exit assistance for up to sixty days at the rates in Schedule 1 and hand over all runbooks, scripts and Customer Data.

12.4 Termination does not affect the rights of either party that have accrued before termination.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The language of the arbitration is English.

## 14. General

14.1 Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 Notices must be in writing and sent to the addresses above. This Agreement is signed in English and Chinese; both versions have equal effect.

## Schedule 1 — Services and Charges

| Service | Description | Charge (CNY) |
|---|---|---|
| Service desk | Multilingual service desk, 07:00–23:00 China time, seven days a week; ticket logging, first-line resolution, dispatch to on-site technicians | included in Monthly Service Charge |
| Infrastructure monitoring | Around-the-clock monitoring of 210 servers, 640 network devices and key applications; alarm handling and escalation | included in Monthly Service Charge |
| Patch and backup checks | Monthly patch compliance report and daily backup verification | included in Monthly Service Charge |
| Monthly Service Charge | 36 monthly charges | 58,000 per month |
| Transition Charge | one-time, after Transition Acceptance | 124,000 |
| Total Contract Value | 36 × 58,000 + 124,000 | 2,212,000 |
| Exit assistance | per person-day, if requested | 2,400 |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| Priority 1 | Production line, ERP or site network down | 15 minutes | 3 hours |
| Priority 2 | Service degraded for a department or one factory system down | 30 minutes | 8 hours |
| Priority 3 | Single user affected | 2 hours | 2 working days |
| Service desk | Calls answered | within 60 seconds, monthly average | — |

## Schedule 3 — Service Credits

| Service Level missed | Service Credit |
|---|---|
| Priority 1 response or resolution | CNY 3,000 per incident |
| Priority 2 response or resolution | CNY 1,000 per incident |
| Monthly average answer time | 3% of the Monthly Service Charge |
| Monthly reports late | CNY 500 per working day |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. MHD-API-2026-008

BETWEEN

Maloti Hydro-Climate Data (Pty) Ltd, Kingsway, Maseru, Kingdom of Lesotho ("Provider")

AND

Shandong Huanong Grain Trading Co., Ltd., Qingdao, Shandong Province, People's Republic of China ("Customer")

BACKGROUND

A. The Provider compiles rainfall, river-flow, soil-moisture and crop-condition data for southern and eastern Africa and makes it available through its AgriClimate data feeds and application programming interface (API).

B. The Customer buys maize, soybeans and sesame from the region and wants to use the data in its crop-forecasting and procurement-planning models.

1. DEFINITIONS

1.1 "Provider Data" means the datasets, forecasts and indices delivered through the API or the bulk data feeds.

1.2 "Customer Data" means the Customer's query parameters, watch lists of regions and farms, uploaded sourcing locations, portfolio files and any other data the Customer submits to the Service.

1.3 "Service" means access to the API, the bulk data feeds, the web dashboard and the support described in this Agreement.

1.4 "Subscription Year" means the period from the Go-Live Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary. The term of this Agreement is two Subscription Years.

1.5 "Go-Live Date" means the date of Integration Acceptance under clause 5.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the term, a non-exclusive, non-transferable licence to access the Service and to use Provider Data within the Customer's group for its internal forecasting, procurement, trading and risk-management purposes.

2.2 The Customer may use Provider Data in its internal reports and models and may keep derived forecasts and model outputs after the term. The Customer shall not resell, redistribute or sublicense raw Provider Data as a data product.

2.3 The licence covers up to 2,000,000 API calls per Subscription Year and fifty named dashboard users. Calls above that volume are charged at the overage rate in clause 3.3.

2.4 The Provider shall give the Customer at least sixty days' notice before withdrawing or materially changing any contracted dataset, and shall offer an equivalent replacement where one exists.

2.5 The Customer may display charts and summaries based on Provider Data in presentations to its own customers and lenders, with attribution to the Provider.

3. FEES

3.1 The fees are:
   (a) Annual Subscription Fee, first Subscription Year: CNY 386,000;
   (b) Annual Subscription Fee, second Subscription Year: CNY 386,000;
   (c) Integration support, one-time: CNY 38,000.
   Total fees for the term: CNY 810,000.

3.2 The Annual Subscription Fee is fixed for both Subscription Years and includes all taxes.

3.3 API calls above the annual volume are charged at CNY 45 per thousand calls, invoiced quarterly in arrears.

3.4 The Provider may not increase the fees during the term.

4. INVOICING AND PAYMENT

4.1 The Annual Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 96,500 at the start of each quarter of that Subscription Year.

4.2 The integration support fee is invoiced after Integration Acceptance.

4.3 The Customer pays each correct invoice within thirty days in CNY. Nothing is payable before the Go-Live Date.

4.4 Disputed invoice items may be withheld until the dispute is resolved; undisputed items are paid when due.

5. INTEGRATION AND ACCEPTANCE

5.1 Within forty days after signature, the Provider shall set up the Customer's API keys and dashboard accounts, provide a data dictionary in English and Chinese, and help the Customer's data team connect the API and bulk feeds to the Customer's data warehouse in Qingdao.

5.2 Integration Acceptance criteria: (a) all seventeen contracted datasets are delivered to the Customer's data warehouse through the API or bulk feed; (b) a fourteen-day test run shows every daily dataset delivered by 06:00 China time on at least thirteen of the fourteen days; (c) a sample of two hundred data points per dataset matches the Provider's published values; (d) the documented back-history from 2005 onwards has been loaded.

5.3 The Customer confirms Integration Acceptance in writing within five working days after a successful test run. Access to trial data before then is not acceptance.

5.4 If the Provider does not achieve Integration Acceptance within the period in clause 5.1 for reasons within its control, it shall pay the Customer CNY 500 for each day of delay.

5.5 The Customer shall provide the network access, test environment and staff needed for integration in good time.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China time.

6.2 Support requests are classified by severity. Severity 1 (the API or a daily feed is unavailable for all users): response within one (1) hour and restoration within six hours, at any time. Severity 2 (a dataset is late or incomplete): response within two hours during China business hours. Severity 3: next business day.

6.3 If availability falls below the level in clause 6.1 in a month, the Customer receives a service credit of five per cent of the monthly equivalent of the Annual Subscription Fee for each started 0.1 percentage point of shortfall. A late Severity 1 response earns a credit of CNY 1,000 per hour of delay. Credits are set off against the next invoice.

6.4 The Provider shall publish a monthly availability report for the API and the data feeds, and a record of all late or corrected datasets.

6.5 The Provider shall keep the data dictionary up to date and announce changes to data formats at least thirty days in advance.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer.

7.2 The Provider may use Customer Data, including query patterns and uploaded sourcing locations, in aggregated and anonymised form to improve its datasets, models and products and to prepare market statistics, during and after the term. The Provider shall not identify the Customer in any such use.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access limited to named staff, multi-factor authentication and regular vulnerability testing.

8.2 Customer Data submitted through the Service is stored on servers in the Provider's data centre in Maseru and its back-up site in Johannesburg. The Customer shall not submit personal information to the Service.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 48 hours, take all reasonable steps to contain it and bear the losses caused to the Customer by an incident resulting from its breach of this clause.

9. CUSTOMER-SPECIFIC WORK

9.1 Any scripts, connectors, data mappings or dashboards prepared by the Provider specifically for the Customer during integration belong to the Customer, which may use, modify and license them freely.

9.2 The Provider keeps all rights in the Service and Provider Data.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Service, apart from the data-centre hosting described in clause 8.2, without the Customer's prior written consent.

10.2 The Provider remains responsible for the performance of its hosting provider and any approved subcontractor.

11. LIABILITY

11.1 Neither party is liable for indirect loss or loss of profit, including trading losses based on forecasts.

11.2 The Provider's total liability under this Agreement is limited to one and a half times the total fees for the term stated in clause 3.1, except for wilful misconduct and breach of clause 8, which are not limited.

11.3 The Provider does not warrant that forecasts will be accurate, but warrants that Provider Data is compiled with reasonable skill and care from the sources described in the data dictionary.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It may be renewed only by a written agreement signed by both parties.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after notice, or if the Provider misses the Severity 1 restoration time three times in any quarter.

12.3 On termination for the Provider's breach, the Provider refunds the fees paid for the period after termination.

12.4 On expiry or termination, the Provider shall delete Customer Data within thirty days and confirm deletion in writing, except for the aggregated and anonymised data described in clause 7.2.

12.5 Termination does not affect rights accrued before termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The language of the arbitration is English.

14. GENERAL

14.1 Notices must be in writing and sent to the addresses above.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 This Agreement is the entire agreement of the parties about the Service and may be amended only in writing.

14.4 If any provision of this Agreement is invalid, the rest remains in force.

14.5 This Agreement is signed in English in two originals.

SIGNED for the Provider: ____________________ Date: __________

SIGNED for the Customer: ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets: key -> (file name, format). .txt / .md are written as they are; .docx / .pdf through ../word_pdf.py.
TARGETS = {
    "z01": ("h592z01_traffic_overload_enforcement_platform.pdf", "pdf"),
    "z02": ("h592z02_aluminium_extrusion_press_control_retrofit.docx", "docx"),
    "z03": ("h592z03_tea_chain_store_operations_saas.txt", "txt"),
    "z04": ("h592z04_medical_insurance_settlement_om_service.txt", "txt"),
    "z05": ("h592z05_mooncake_factory_wms_supplier_template.md", "md"),
    "e01": ("h592e01_mine_planning_perpetual_licence_windhoek_vendor.pdf", "pdf"),
    "e02": ("h592e02_learning_platform_saas_order_form_gaborone_vendor.md", "md"),
    "e03": ("h592e03_conveyor_sensors_monitoring_licence_lusaka_vendor.docx", "docx"),
    "e04": ("h592e04_managed_it_services_36_months_lilongwe_vendor.md", "md"),
    "e05": ("h592e05_agri_climate_data_api_subscription_maseru_vendor.txt", "txt"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

T = True
F = False
N = None
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Design: the label values (TERM_KEYS order), extras, category, TCO fee base, forum outside mainland, design rules.
G, S = "goods_or_licence", "service"
DESIGN = {
    #      avail  p1    rem ip        ds owns conf ld                 cap   prep  acc fin  war pwf  auto term sub  law        kind
    "z01": ([99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
            dict(sla=T, ld=T, capped=T, deemed=F, cv=2110000, cat="software", base=1120000, forum_out=F),
            []),
    "z02": ([N, 1, T, "buyer", T, T, T, 0.03, N, 10, T, T, 24, 8, F, T, T, "PRC", G],
            dict(sla=T, ld=T, capped=T, deemed=F, cv=1990000, cat="hardware", base=1729000, forum_out=F),
            ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z03": ([99.5, 0.5, T, "buyer", T, F, T, 0.1, 200, N, T, N, N, N, T, T, F, "PRC", S],
            dict(sla=T, ld=T, deemed=F, cv=897200, cat="cloud", forum_out=F),
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ([99.95, 0.25, T, "buyer", T, T, T, 0.1, 50, N, T, N, N, N, F, F, F, "PRC", S],
            dict(sla=T, ld=T, deemed=F, cv=1236000, cat="services", forum_out=F),
            ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "z05": ([N, 8, F, "supplier", T, T, T, 0.06, 20, 50, F, F, 6, 26, F, T, N, N, G],
            dict(sla=T, ld=T, capped=T, deemed=T, cv=1380000, cat="software", base=960000, forum_out=F),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ([N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Namibia", G],
            dict(sla=T, ld=T, capped=T, deemed=F, cv=1786000, cat="software", base=1360000, forum_out=T),
            ["CR-GOVERNING-LAW"]),
    "e02": ([N, N, F, "buyer", T, T, T, N, 200, N, T, N, N, N, F, T, F, "PRC", S],
            dict(sla=F, ld=F, deemed=F, cv=668800, cat="cloud", forum_out=F),
            ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": ([99.95, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7.5, F, T, F, "PRC", G],
            dict(sla=T, ld=T, capped=T, deemed=F, cv=1686000, cat="hardware", base=1512200, forum_out=F),
            []),
    "e04": ([N, 0.25, T, "buyer", F, T, T, 1800 / 2212000 * 100, 9 / 36 * 100, N, T, N, N, N, F, T, F, "PRC", S],
            dict(sla=T, ld=T, deemed=F, cv=2212000, cat="services", forum_out=F),
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": ([99.95, 1, T, "buyer", T, F, F, 500 / 810000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
            dict(sla=T, ld=T, deemed=F, cv=810000, cat="cloud", forum_out=F),
            ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prep=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(t, x):
    """Policy §4 with the brief's readings: horizon 5 years from acceptance; post-warranty years = 5 − warranty
    years; fee base = itemised licence / hardware subtotal; purchase + implementation = contract value."""
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * x["base"]
    return fee * years / (x["cv"] + fee * years) * 100


def derive(t, x):
    """My reading of policy §3 (including "Where rules apply, and how clauses are read")."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")
    if x["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prep"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["capped"] and tco_share(t, x) > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or x["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    vals, x, _ = DESIGN[key]
    t = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": x["sla"], "ld_stated": x["ld"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["cv"]
    return {"file": TARGETS[key][0], "language": "zh" if key[0] == "z" else "en", "category": x["cat"],
            "expected_terms": t, "expected_extra": extra, "expected_rules": derive(t, x)}


# ---- read-back of the built files ----
def read_back(path):
    ext = path.suffix
    if ext in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append(" ".join(c.text for c in row.cells))
        return "\n".join(lines)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


# ---- threshold-figure scan ----
NUM_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",                       # availability
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|-hour)",  # P1 response
    r"四\s*(?:个)?\s*小时",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",  # LD
    r"(?<![\d.,])100\s*%", r"百分之一?百",                # liability cap
    r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九])",  # prepayment
    r"(?<![\d.,])15\s*%", r"百分之十五",                 # post-warranty fee
    r"(?<![\d.,])40\s*%", r"百分之四十(?![一二三四五六七八九])",  # TCO share
    r"(?<![\d.,])12\s*(?:个)?\s*月", r"十二\s*个?\s*月", r"(?<![\d.,])12\s*-?\s*months?\b",  # warranty
    r"一年", r"(?<![\d.,])1\s*年(?!度)", r"(?<![\d.,])1\s*-?\s*years?\b",
]
WORD_PATTERNS = [
    r"\bfour[\s-]+hours?\b", r"\btwelve[\s-]+months?\b", r"\bone[\s-]+years?\b",
    r"\b(?:one\s+)?hundred\s+per\s*cent\b(?!\s*\()", r"\bthirty\s+per\s*cent\b", r"\bfifteen\s+per\s*cent\b",
    r"\bforty\s+per\s*cent\b", r"\b99\.9\s+per\s*cent\b",
]


def threshold_hits(text):
    raw = text
    collapsed = re.sub(r"\s+", " ", text)
    nows = re.sub(r"\s+", "", text)
    hits = []
    for variant in (raw, collapsed, nows):
        for p in NUM_PATTERNS:
            hits += [m.group(0) for m in re.finditer(p, variant, re.I)]
    for variant in (raw, collapsed):
        for p in WORD_PATTERNS:
            hits += [m.group(0) for m in re.finditer(p, variant, re.I)]
    return hits


def self_test_scan():
    must_hit = ["99.9%", "99.9 %", "4小时", "4 个小时", "4 hours", "4-hour", "四小时", "0.05%", "万分之五", "100%",
                "百分之百", "30%", "百分之三十", "15 %", "百分之十五", "40%", "百分之四十", "12个月", "十二个月",
                "12 months", "12-month", "一年", "1年", "one year", "four hours", "twelve months",
                "thirty per cent", "fifteen per cent", "forty per cent", "one hundred per cent", "4\nhours",
                "1 2 个月"]
    must_miss = ["99.95%", "24小时", "24 hours", "14 hours", "0.06%", "0.08%", "万分之六", "万分之八", "130%",
                 "0.30%", "150%", "2026年", "第一个服务年度", "120家门店", "18 months", "24 months", "112个月",
                 "1,800 users", "Forty-five per cent (45%)", "one hundred and fifty per cent (150%)",
                 "twenty-fourth month", "服务年度", "10%", "35%", "1 hour", "CNY 1,200"]
    for s in must_hit:
        assert threshold_hits(s), ("must hit", s)
    for s in must_miss:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def label_on_threshold(t, x):
    bad = []
    pairs = [("availability_pct", TH["avail"]), ("p1_response_hours", TH["p1"]), ("ld_rate_per_day_pct", TH["ld"]),
             ("liability_cap_pct", TH["cap"]), ("prepayment_pct", TH["prep"]), ("warranty_months", TH["warranty"]),
             ("post_warranty_fee_pct", TH["pwf"])]
    for k, th in pairs:
        v = t[k]
        if v is not None and abs(v - th) < 1e-9:
            bad.append(k)
    if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
        sh = tco_share(t, x)
        if abs(sh - TH["tco"]) <= 2:
            bad.append("tco_share %.2f" % sh)
    return bad


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test_scan()
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, office, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, kind) in TARGETS.items():
        lab = label(k)
        vals, x, design_rules = DESIGN[k]
        t = lab["expected_terms"]
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        if lab["expected_rules"] != sorted(design_rules):
            problems.append((k, "rules differ", lab["expected_rules"], sorted(design_rules)))
        covered |= set(lab["expected_rules"])
        bad = label_on_threshold(t, x)
        if bad:
            problems.append((k, "label on threshold", bad))
        text = read_back(OUT / name)
        n = size(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        hits = threshold_hits(text)
        if hits:
            problems.append((k, "threshold figure in text", sorted(set(hits))))
        extra = ""
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            extra = " tco share %.2f%%" % tco_share(t, x)
        print("%s %-62s %5d %-6s %s%s" % (k, name, n, risk(lab["expected_rules"]),
                                         ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)", extra))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    mix = {k: len(DESIGN[k][2]) for k in DESIGN}
    assert [k for k in mix if mix[k] == 0] == ["z01", "e03"], mix
    assert DESIGN["e01"][2] == ["CR-GOVERNING-LAW"]
    assert 8 <= mix["z05"] <= 10
    assert all(2 <= mix[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "checks failed"
    print("all checks passed")
