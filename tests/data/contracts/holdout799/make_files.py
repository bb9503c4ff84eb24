"""Builds holdout799: ten blind held-out draft contracts (5 Chinese, 5 English) and their .json labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as they are; .docx/.pdf go through ../word_pdf.py (PDFs pre-wrapped at word boundaries).
The script derives every draft's rules from its labels (policy §3 as I read it), compares them with the design list,
checks that all 20 CR rules fire somewhere, that no label value equals a policy threshold (TCO share not within
2 points), that no built file states a threshold figure (raw, whitespace-collapsed, whitespace-free), and the lengths.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市民政局地名地址管理平台采购合同
P:合同编号：MZJ-DM-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市民政局　　乙方（供应商）：江城数图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，经双方协商一致，就甲方地名地址管理平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供地名地址管理平台软件许可（永久使用许可，部署于甲方政务云），并完成地名审批、门牌编制、地址匹配与标准地址库等定制开发，以及存量地名数据治理、部署实施和培训。
P:1.2 详细功能清单、技术参数及数据治理范围以招标文件第三章和乙方投标响应表为准，均为本合同附件，与本合同具有同等效力。
P:1.3 乙方应派驻不少于六名实施人员驻场，其中项目经理须具备信息系统项目管理师资格，未经甲方书面同意不得更换项目经理和技术负责人。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾壹万元整（¥2,210,000），含税，为固定总价，含交付所需的全部费用。
P:2.2 分项价格：平台软件许可费¥1,180,000；定制开发费¥726,000；存量数据治理费¥218,000；部署实施及培训费¥86,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥442,000。
P:3.2 平台部署完成并通过初步验收后十个工作日内，甲方支付合同总价的45%，即¥994,500。
P:3.3 平台试运行期满并通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥773,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应在合同签订后一百二十日内完成部署、定制开发和数据治理，并提交初步验收申请。
P:4.2 乙方应在项目实施计划中列明里程碑，每两周向甲方提交进度报告。
P:4.3 地名数据治理按区县分批开展。每完成一个区县，乙方应提交数据治理报告，列明新增、修改和注销的地名及门牌数量，由甲方业务科室核对确认。
P:4.4 因甲方原因（包括未按时提供数据、未及时确认需求）导致工期延误的，交付期限相应顺延，乙方应在相关情况发生后三日内书面告知甲方。
H:第五条 验收
P:5.1 初步验收标准：功能清单所列功能逐项测试通过；标准地址库与公安、不动产登记数据比对后的差异记录全部核实处理完毕；地址匹配接口在300并发下平均响应时间不超过2秒；第三方测评机构出具安全测评报告，无高危漏洞。
P:5.2 初步验收后进入九十日试运行。试运行期间未发生一级故障、累计二级故障不超过三次，且乙方提交全部源代码、设计文档及运维手册的，甲方组织最终验收，并出具书面验收报告。
P:5.3 平台上线、甲方使用或支付任何款项均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%（计划内维护除外，计划内维护须提前三日通知）。
P:6.2 一级故障（平台整体不可用或地址服务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 响应或恢复超时的，每超过1小时甲方扣减服务费¥1,000；月可用率每低于约定值0.01个百分点，扣减¥1,500，扣款从质量保证金或应付款中抵扣。
H:第七条 质保及维护
P:7.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:7.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），该价格在质保期满后的三年内不得上调。维护合同另行签订，不自动续期。
P:7.3 乙方应为甲方及各区县民政部门业务人员提供四期集中培训，每期提供培训教材和操作视频，并对参训人员进行考核。
H:第八条 知识产权
P:8.1 为本项目定制开发的程序、接口、数据库设计、源代码及文档，其知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:8.2 乙方平台产品的原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台内的地名、地址、门牌及相关业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护要求，通过甲方堡垒机开展运维，不得将数据拷贝出政务云。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的数据安全事件，乙方承担全部赔偿责任及由此产生的行政责任。
P:9.4 合同终止或履行完毕后，乙方应将其因履行合同接触的全部数据交还甲方或彻底删除，并出具书面说明。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、网络结构、账号口令及未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合合同约定，经整改仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。乙方擅自分包或转包的，视为根本违约。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，或逾期交付超过六十日的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，最终验收合格后转为质量保证金；质保期满且无违约情形的，甲方在十五个工作日内无息退还。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应在不可抗力发生后三日内通知对方，并在十五日内提供证明。双方根据不可抗力的影响程度协商决定延期履行或部分免除责任。
H:第十七条 廉洁与通知
P:17.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，一经查实，甲方有权解除合同，并将乙方的行为报送政府采购监督管理部门。
P:17.2 本合同项下的通知应以书面形式送达合同首部载明的地址，一方变更联系方式的，应在三日内书面通知对方。
H:第十八条 其他
P:18.1 本合同附件包括：招标文件、乙方投标文件、中标通知书、功能清单、实施计划及验收方案。附件与本合同正文不一致的，以本合同正文为准。
P:18.2 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:18.3 本合同一式六份，甲乙双方各执二份，政府采购监管部门及采购代理机构各执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:签订日期：2027年　月　日
"""

Z02 = """T:吹膜及制袋生产线控制系统改造合同
P:合同编号：HB-KZ-2027-006
P:甲方（买方）：临河洁源塑料制品有限公司　　乙方（卖方）：锐控自动化科技有限公司
P:甲方主营聚乙烯垃圾袋、连卷袋的生产。为提高产线自动化水平，甲方委托乙方对其吹膜及制袋生产线的控制系统进行改造，双方经协商订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方一号厂房内的6条吹膜制袋联动生产线，包括更换PLC控制柜、伺服驱动、触摸屏，加装在线视觉检测，并部署产线监控软件，实现膜厚、张力、封切温度的集中监控与报警。
P:1.2 乙方负责设备供货、旧系统拆除、安装接线、PLC程序编写、调试、与甲方ERP的产量数据对接，以及操作培训。
P:1.3 乙方应在合同生效后十日内完成现场勘察，提交改造方案、停产切换计划和电气图纸，经甲方确认后实施。改造方案应保留原有急停回路和安全联锁。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾陆万捌仟元整（¥1,668,000），含税。分项价格见下表：
TB:序号|名称|数量|单价（元）|小计（元）
TB:1|PLC控制柜|6套|98,000|588,000
TB:2|伺服驱动器及电机|24套|12,500|300,000
TB:3|工业触摸屏|12台|8,600|103,200
TB:4|在线视觉检测系统|6套|46,000|276,000
TB:5|产线监控软件许可|1套|168,000|168,000
TB:|设备及软件小计|||1,435,200
TB:6|安装调试及拆除|1项|126,000|126,000
TB:7|PLC编程与ERP对接|1项|94,800|94,800
TB:8|培训|1项|12,000|12,000
TB:|合计|||1,668,000
P:2.2 合同价格包含设备费、运输费、保险费、安装调试费、培训费及税费，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同生效后十日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备到货并完成安装，甲方签收后十日内支付合同总价的55%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 全部产线通过最终验收后十五日内，甲方支付合同总价的35%。
P:3.4 乙方请款时应提供等额增值税专用发票，甲方以银行转账方式付款。
H:第四条 交付与施工
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，九十日内完成6条产线的改造调试。改造应分线进行，每条产线停产时间不得超过五日。改造期间乙方应每日向甲方生产部报告施工进度。
P:4.2 乙方施工人员应遵守甲方厂区安全、防火和用电管理制度。
P:4.3 乙方应在每条产线改造前三日通知甲方生产部，由甲方安排排产。改造期间乙方应做好临时防护，不得损坏甲方原有设备和半成品。
P:4.4 乙方提供的设备应为全新原装产品，随货提供合格证、说明书和出厂检验报告；进口部件应提供报关单据。
P:4.5 乙方施工人员进入厂区应接受甲方的安全培训，动火、登高和带电作业须办理作业票，乙方负责为其人员购买人身意外伤害保险。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产七十二小时，甲方按以下标准验收：膜厚偏差不超过±3微米；制袋速度达到每分钟180个；封切不良率低于千分之二；视觉检测对漏封、破孔能自动识别、报警并剔除；产量数据与ERP对接无差异。
P:5.2 全部产线单线验收合格后，双方签署最终验收报告。乙方提交PLC程序源文件、电气图纸和操作手册是最终验收的条件。最终验收报告由甲方生产、设备和质量部门负责人共同签字。
P:5.3 验收不合格的，乙方应在七日内整改后重新验收。
P:5.4 单线验收时，双方应共同记录试生产期间的产量、不良品数量和报警记录，作为验收报告的附件。
H:第六条 质量保证与维保
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内因设备或软件质量问题产生的维修、更换均由乙方免费负责。
P:6.2 质保期内发生一级故障（整条产线停机）的，乙方应在1小时内远程响应，8小时内到达现场；二级故障（单台设备报警或数据中断）应在2小时内响应，48小时内解决。
P:6.3 乙方响应或到场超时的，每超时1小时扣减质保金¥800；因乙方原因造成产线停机超过二十四小时的，每日另扣¥3,000。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的8%计收，即每年¥114,816，质保期满后三年内不得上调，由双方每年签订维保订单，不自动续期。
P:6.5 乙方应为甲方操作工、电工和设备主管提供现场培训，使其能够独立完成换卷、参数设置、常见报警处理和程序备份，培训结束后由乙方出具培训记录。
P:6.6 质保期内乙方应每季度上门巡检一次，检查控制柜接线、散热和伺服运行状况，并提交巡检报告；巡检中发现的隐患应在七日内处理完毕。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、接口程序及相关文档的知识产权归甲方所有，甲方可自行修改或委托他人修改。
P:7.2 监控软件产品本身的知识产权归乙方，乙方授予甲方永久使用许可。
P:7.3 乙方保证所供设备和软件不侵犯第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 数据安全与保密
P:8.1 产线运行数据、配方参数、产量和质量数据均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或提供给第三方。
P:8.2 乙方远程维护须经甲方逐次审批，并通过甲方指定的VPN账号进行，操作留有日志。发生数据泄露、篡改的，乙方应在2小时内报告并负责补救，因乙方原因造成的损失由乙方全额赔偿。
P:8.3 双方对在合作中知悉的对方商业秘密、技术资料和价格信息负有保密义务，合同终止后三年内继续有效。
P:8.4 合同终止后，乙方应删除其持有的甲方生产数据及配方参数，并书面确认。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 乙方设备或软件不符合约定的，甲方有权要求更换、修理，并由乙方承担由此产生的费用。
P:9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:9.4 乙方所供设备存在安全隐患，造成人员伤害或财产损失的，由乙方承担赔偿责任。
H:第十条 分包
P:10.1 电缆桥架敷设、控制柜基础等辅助施工，乙方可交由第三方施工队完成，但应提前三日书面告知甲方，并对其施工质量和安全负责。
P:10.2 除上述辅助施工外，PLC编程、调试及软件部署应由乙方自有技术人员完成。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 因乙方原因解除合同的，乙方应自费拆除已安装的设备，并恢复产线原有控制系统的运行。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交临河仲裁委员会仲裁。
P:12.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十三条 其他
P:13.1 本合同附件包括：改造方案、设备技术参数表、验收方案及乙方报价单，附件是本合同的组成部分。
P:13.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商延期履行或解除合同。
P:13.3 本合同未尽事宜，由双方协商签订补充协议。
P:13.4 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """垒球培训连锁门店预约与会员管理系统服务合同

合同编号：LQ-SaaS-2027-03

甲方：星跃垒球运动培训（集团）有限公司
乙方：云栈智联软件有限公司

甲方在全国经营35家垒球培训门店。为统一课程预约、会员卡管理、教练排班和场地管理，甲方订购乙方的预约与会员管理云服务（以下简称"本服务"），并委托乙方完成实施。双方经协商，订立本合同。

一、服务内容

（一）乙方以软件即服务方式向甲方35家门店提供本服务，包括课程预约、会员卡与课包管理、教练排班、场地占用、在线支付对接、家长端小程序和经营报表。

（二）乙方负责实施工作：系统配置、35家门店的课程和价格体系录入、历史会员数据迁移、与甲方财务系统对接，以及店长和前台人员培训。

（四）乙方应为甲方指定专属客户成功经理，负责需求对接、版本更新说明和季度服务回顾。

（三）服务期为两个服务年度，第一服务年度自本服务上线验收合格之日起算，每个服务年度为一年。本服务的账号数量不设上限，甲方可按门店需要开通店长、前台、教练和财务账号。

二、费用及支付

（一）合同总价为人民币伍拾伍万元整（¥550,000），含税，构成如下：
1. 订阅费：每家门店每服务年度¥6,800，35家门店每服务年度¥238,000，两个服务年度合计¥476,000；
2. 实施费：一次性¥58,000；
3. 数据迁移费：一次性¥16,000。

（二）订阅费按季度结算，甲方在每个服务季度结束后十五日内支付该季度订阅费¥59,500。

（三）实施费和数据迁移费在上线验收合格后十五日内一次性支付。本合同不设预付款。

（四）服务期内新增门店的，按每店每服务年度¥6,800按月折算，另行签订补充协议。

（五）乙方应在收款前开具增值税普通发票。服务期内，订阅费单价不作调整。

三、实施与上线验收

（一）乙方应在合同签订后四十五日内完成实施并申请上线验收。

（二）上线验收标准：1. 需求确认书所列功能全部测试通过；2. 历史会员、课包余额、消费记录迁移后经抽样核对无差异；3. 在线支付对账结果与支付通道一致；4. 家长端小程序在高峰时段（周末上午）200人同时预约时页面响应不超过3秒；5. 收银、课时核销与会员卡余额在门店端与总部端实时一致。

（三）验收合格的，甲方出具书面上线验收单。甲方门店试用本服务，不视为验收合格。

（四）实施期间，乙方应为35家门店的店长、前台和教练分批开展线上培训，并提供操作手册和视频教程；甲方总部管理员培训应在线下进行。上线验收后三十日为稳定期，乙方应安排实施顾问驻场支持甲方总部。

（五）因乙方原因逾期上线的，每逾期一日，乙方向甲方支付违约金¥450。

四、服务水平

（一）本服务月可用率不低于99.5%，计划内维护应安排在每日零时至六时，并提前两日通知甲方。可用率按自然月统计，以乙方监控系统记录为准，甲方有权查看监控数据。

（二）一级故障（全部门店无法预约或无法核销课时）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能异常）应在2小时内响应，1个工作日内解决。

（三）月可用率低于约定值的，乙方按当月订阅费的5%向甲方提供服务抵扣，低于98%的按10%抵扣；一级故障响应超时的，每次抵扣¥500。抵扣额从下一季度订阅费中扣减。

（四）乙方应提供7×24小时服务热线和在线工单渠道，并每月向甲方提供服务报告，载明当月可用率、故障次数及处理情况。

五、数据

（一）甲方及其会员在本服务中产生的会员信息、预约记录、消费记录等数据（以下简称"甲方数据"）归甲方所有。

（二）甲方同意，乙方可在去除会员姓名、手机号等身份信息后，将甲方数据用于行业经营分析、产品改进及面向其他客户的运动培训行业报告，该使用在本合同终止后仍可继续。

（三）数据安全：乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志等措施，符合网络安全等级保护第三级要求；不得向第三方提供未去标识化的数据。发生数据泄露的，乙方应在发现后两小时内通知甲方，并承担因其原因造成的全部损失。

（四）服务期满或合同终止后三十日内，乙方应按甲方要求导出全部甲方数据并删除其系统中的副本。

（五）甲方会员个人信息的处理应当符合《个人信息保护法》的规定，乙方应协助甲方响应会员查询、更正、删除个人信息的请求。

六、知识产权

（一）本服务平台及其底层软件的知识产权归乙方。

（二）乙方为甲方定制的课程体系配置、经营报表模板和财务接口程序，其知识产权归甲方，甲方可自由使用和修改。

（三）乙方保证本服务不侵犯第三方知识产权；如因此被第三方主张权利，由乙方负责处理并承担费用。

七、保密

双方对在合作中获悉的对方商业秘密、价格、会员规模等未公开信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内持续有效。依法应当披露的信息不受本条限制。

八、续期

（一）服务期满前三十日内任何一方未书面提出不续订的，本合同自动续期一个服务年度，此后亦同。

（二）续期时，乙方有权根据其届时的价格体系调整订阅费单价，并于续期前十五日书面通知甲方，调整后的价格自续期之日起执行。

九、违约责任与责任限额

（一）任何一方违约给对方造成损失的，应予赔偿。乙方逾期上线的，甲方除收取违约金外，有权要求乙方继续履行。

（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。

十、分包

乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

十一、合同解除

（一）乙方严重违约，或本服务连续两个月可用率低于约定值，经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还未使用期间的费用。

（二）甲方逾期付款超过六十日的，乙方可书面催告后暂停服务。

（三）合同解除或终止后，乙方应按本合同第五部分第（四）项的约定导出和删除甲方数据。

十二、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十三、甲方义务

（一）甲方应指定项目负责人，及时提供门店信息、课程价格体系和历史会员数据。
（二）甲方应妥善保管账号和密码，因甲方原因导致账号泄露的，由甲方自行承担责任。
（三）甲方应按约定支付费用。

十四、服务变更

乙方对本服务进行版本升级的，应提前七日通知甲方；升级不得减少甲方已订购的功能，不得导致甲方数据丢失。乙方停止提供本服务或其中主要功能的，应至少提前九十日通知甲方，并协助甲方完成数据迁移。

十五、不可抗力

因地震、洪水、战争、政府行为、公共网络大面积故障等不可抗力导致本服务中断的，受影响一方应及时通知对方，并在不可抗力消除后尽快恢复履行。不可抗力持续超过三十日的，任何一方可以书面通知解除本合同。

十六、通知

本合同项下的通知应以书面形式发送至双方在合同首部载明的地址或指定邮箱，以邮件发出的，发送之日视为送达。

十七、其他

本合同附件包括需求确认书、实施计划和服务水平说明。本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
日期：                        日期：
"""

Z04 = """城市公共厕所智能管理系统年度运维服务合同

项目编号：CGJ-CS-2027-011（竞争性磋商）

甲方：某市城市管理局
乙方：清源物联科技服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对本市公共厕所智能管理系统提供年度运行维护服务。经双方协商，订立本合同。

第一章 服务内容

第一条 服务对象
本系统覆盖主城区286座公共厕所，包括：人流计数器、氨气及硫化氢传感器、厕位占用检测器、智能照明与通风控制器、一键求助终端、引导显示屏，以及部署在甲方政务云上的公厕管理平台和市民查询小程序。设备清单及点位分布详见附件一。

第二条 服务内容
（一）平台运维：平台软件日常巡检、故障处理、性能优化、版本补丁、数据库维护和备份。
（二）前端设备运维：每季度对全部前端设备巡检一次，对故障设备进行维修或更换，传感器每半年校准一次。巡检内容包括设备外观、供电、通信、传感器读数比对和显示屏亮度，巡检记录应上传管理平台。
（三）数据服务：每月出具运行报告，包括设备在线率、异味超标告警、保洁响应时长和市民评价统计，并对故障高发点位提出整改建议。
（四）应急保障：节假日及大型活动期间安排专人值守。
（五）系统优化：根据甲方要求对平台报表、告警规则和小程序页面进行小范围调整，每次调整工作量不超过五人日。
（六）安全生产：乙方应遵守国家和本市有关安全生产、用电和高处作业的规定，为作业人员购买意外伤害保险。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满合同终止，不自动续期；甲方如需继续采购，另行按政府采购程序办理。服务期内如遇系统改扩建，新增点位的运维费用按成交报价中的单座价格按月折算。

第二章 服务费用与支付

第四条 服务费用
年度运维服务费为人民币肆拾捌万陆仟元整（¥486,000），含税，包括人工、交通、备品备件（单件价值¥2,000以下）、工具和软件补丁费用，服务期内不作调整。单件价值¥2,000以上的更换部件，经甲方确认后按成交报价另行结算。乙方应在本市设立备品备件库，常用传感器、控制器和显示屏的备件数量不少于在用数量的5%。

第五条 支付方式
服务费按季度支付。每季度结束后，甲方根据季度考核结果在二十个工作日内支付该季度服务费¥121,500，考核扣款从当季服务费中扣除。甲方不向乙方支付预付款。乙方请款时应提交季度考核表、运行报告和增值税发票。

第三章 服务水平与考核

第六条 服务水平
（一）公厕管理平台月可用率不低于99.95%。
（二）一级故障（平台整体中断，或10座以上公厕数据中断）乙方应在30分钟内响应，3小时内恢复；二级故障（单座公厕设备故障）应在2小时内响应，二十四小时内修复；求助终端故障应当日修复。
（三）前端设备离线的，乙方应在二十四小时内恢复在线或更换设备。
（四）乙方应在每座公厕的管理间张贴报修电话，市民通过小程序或求助终端反映的问题，乙方应在当日处理并反馈。
（五）乙方应建立运维值班制度，每日7时至22时现场值守，其余时间电话值守。
（六）乙方应在每年汛期和冬季来临前对室外设备进行专项检查，做好防水、防冻措施。

第七条 服务启动
乙方应在服务期开始后十日内完成系统交接，向甲方提交设备台账、运维方案和应急预案，经甲方确认后开始计算服务质量考核。乙方应组建不少于八人的运维团队，其中项目负责人一名、平台工程师两名、现场维护人员五名，现场维护人员应持有电工作业证。运维团队名单应报甲方备案，未经甲方同意不得更换项目负责人。

第八条 季度考核
（一）甲方每季度按磋商文件所附考核细则对乙方进行考核，考核由甲方市容环卫科组织，可邀请街道和市民代表参加。考核内容包括故障响应与修复时效、巡检完成率、报告质量和市民投诉。
（二）考核标准：考核得分90分以上的，全额支付；80分以上不足90分的，每低1分扣减当季服务费0.5%；低于80分的，扣减当季服务费的10%，并由乙方提交整改报告。
（三）平台月可用率每低于约定值0.01个百分点，扣减¥800；一级故障每超时1小时扣减¥1,000。
（四）考核结果由甲方书面通知乙方，乙方有异议的，可在收到通知后五个工作日内提出复核申请。

第九条 服务验收
服务期满后，甲方组织年度验收，验收内容包括全年考核结果、设备台账完整性、运维文档移交和数据完整性核对。验收合格后甲方出具书面验收意见；年度验收不合格的，乙方应在三十日内整改。服务期满时，乙方应向甲方或甲方指定的后续服务单位移交全部设备台账、运维记录、账号权限和技术文档，并配合完成不少于十五日的交接。

第四章 数据与知识产权

第十条 数据安全
（一）系统采集的人流、环境监测、设备运行和市民评价数据均属于甲方所有，乙方仅可为提供本合同服务使用，不得用于其他目的，不得向任何第三方提供。
（二）乙方应遵守《数据安全法》和网络安全等级保护的要求，运维操作须通过甲方堡垒机进行，账号专人专用，操作全程留痕，不得在运维电脑上安装与运维无关的软件，并应定期对平台进行漏洞扫描，发现高危漏洞应在七日内修复。
（三）发生数据泄露、篡改或系统被入侵的，乙方应在1小时内向甲方报告，并配合处置；因乙方原因造成安全事件的，乙方承担全部赔偿责任。
（四）服务期满或合同终止后，乙方应删除其持有的全部系统数据，并向甲方出具书面确认。

第十一条 知识产权
乙方在服务期内为甲方编写的运维脚本、报表模板和接口程序，其知识产权归甲方所有。乙方保证其提供的服务和软件补丁不侵犯任何第三方的知识产权。

第五章 违约责任

第十二条 违约责任
（一）乙方未按期完成系统交接或未按期提交月度运行报告的，每逾期一日，按年度服务费的千分之一向甲方支付违约金。
（二）乙方未按要求完成巡检或校准的，每缺少一座次扣减¥200。
（三）因乙方原因导致设备损坏的，由乙方负责修复或按原价赔偿。
（四）乙方人员在公厕内作业时应设置警示标志，因乙方作业不当造成市民人身伤害或财产损失的，由乙方承担赔偿责任。
（五）乙方连续两个季度考核得分低于80分的，甲方将相关情况记入供应商履约评价。
（六）甲方逾期付款的，乙方可以催告，但不得因此中断服务。

第十三条 转包与分包
乙方不得将本合同服务转包，也不得分包。乙方擅自转包或分包的，甲方有权拒付相应部分的服务费。

第六章 其他

第十四条 合同的变更与终止
（一）本合同在履行期间，经双方协商一致，可以书面形式变更或解除。
（二）服务期满且年度验收完成后，本合同终止。
（三）因不可抗力致使本合同部分或全部不能履行的，受影响方应及时通知对方，并根据影响程度部分或全部免除责任。
（四）合同的变更应签订书面协议，并报政府采购监督管理部门备案。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。争议期间，乙方不得中断运维服务。

第十六条 合同文件
磋商文件、乙方响应文件、成交通知书及考核细则均为本合同组成部分。合同文件相互解释，互为说明；不一致的，以本合同正文为准。

第十七条 生效
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
"""

Z05 = """# 匠心工序追踪系统软件许可及定制开发合同

**（乙方标准合同文本 GX-STD-2026 版）**

合同编号：GX-2027-0415

甲方（用户）：岭南通草画艺术工作室
乙方（开发方）：广州匠心软件开发有限公司

鉴于甲方从事通草画的创作、装裱与销售，现有画师、装裱师及销售人员二十余人，订单来自线上店铺、展会和博物馆文创合作，需要对画稿从选纸、绘制、装裱到发货的各道工序进行追踪管理，乙方向甲方提供"匠心工序追踪系统"软件许可并进行定制开发。双方本着平等自愿原则，签订本合同。

## 第一条 定义

1.1 "标准软件"指乙方享有著作权的匠心工序追踪系统标准版，包括工单管理、工序报工、物料管理和统计报表模块。

1.2 "定制开发"指乙方根据甲方需求，为甲方开发的通草纸库存管理、画稿工序流转和订单追踪功能。

1.3 "上线"指系统在甲方电脑或移动终端完成安装并可登录使用。

1.4 "工作日"指中国法定工作日。

1.5 "维护"指对软件缺陷的修复和使用咨询，不包括新增功能、数据修复、硬件维修及因甲方操作不当引起问题的处理。

## 第二条 合同价款

2.1 合同总价为人民币叁拾捌万贰仟元整（¥382,000），明细如下：

| 项目 | 数量 | 金额（元） |
|---|---|---|
| 标准软件许可（永久，20个用户） | 1套 | 268,000 |
| 定制开发（库存、工序流转、订单追踪） | 1项 | 96,000 |
| 安装部署及培训 | 1项 | 18,000 |
| 合计 | | 382,000 |

2.2 上述价格不含硬件设备、操作系统及第三方软件，如需采购由甲方自行承担。

2.3 合同价款为含税价格，乙方开具增值税普通发票。甲方要求开具专用发票的，应提前告知。乙方报价单的有效期为三十日。

2.4 本合同签订后，甲方如需增加许可用户数，每增加一个用户按¥9,800计收。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥248,300。乙方收到该笔款项后启动开发工作。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即¥133,700。

3.3 甲方逾期付款的，每逾期一日，应按应付未付金额的千分之一向乙方支付违约金；逾期超过三十日的，乙方有权暂停全部服务。

3.4 甲方支付的款项应汇入乙方指定的银行账户，乙方收款后开具发票。甲方应付款项不因其对系统功能存在异议而延迟支付。

## 第四条 开发与交付

4.1 乙方在收到首笔款项后开始需求调研，并根据调研情况确定开发计划。开发计划中的时间为预计时间，因需求变化或甲方配合原因导致的延期，乙方不承担责任。

4.2 甲方应指定专人配合需求调研，及时确认需求说明书。需求说明书确认后，甲方再提出变更的，乙方有权另行收费。

4.3 乙方完成定制开发后，将系统安装至甲方指定的电脑，并进行一次集中培训。培训时长为一天，超出部分另行收费。

4.4 甲方应提供符合乙方要求的运行环境，包括电脑、操作系统、数据库及网络。因运行环境不符合要求导致的安装失败或运行异常，不视为乙方违约。

4.5 需求说明书以外的功能、报表或接口，不属于本合同范围，甲方需要的，由双方另行签订合同。甲方应在收到需求说明书后五个工作日内确认，逾期未确认的，视为甲方已确认。定制开发的功能以需求说明书为准，开发过程中乙方可根据技术实现情况对界面和流程作合理调整。

## 第五条 验收

5.1 系统上线后，甲方应在五个工作日内进行试用。试用期间甲方未提出书面异议的，或甲方开始使用系统录入业务数据的，即视为验收合格。

5.2 系统上线即视为乙方已完成交付义务。

5.3 甲方在视为验收合格后提出的问题，按维护服务处理。

## 第六条 维护与技术服务

6.1 乙方自系统上线之日起提供六个月的免费维护，包括软件缺陷修复和电话、远程技术支持。

6.2 免费维护期内，甲方遇到问题可通过电话或微信群联系乙方技术人员，乙方将尽商业上合理的努力及时处理。

6.3 免费维护期满后，甲方如需继续获得维护服务，应向乙方支付年度技术服务费，年度技术服务费按标准软件许可费的28%计收，即每年¥75,040。

6.4 标准软件的新版本升级不包含在维护服务内，甲方如需升级，另行按乙方报价购买。

6.5 以下情况不属于维护服务范围：甲方自行修改系统配置或数据库；病毒、黑客攻击；停电或网络中断；甲方使用未经乙方认可的第三方软件。

6.6 甲方未按期支付技术服务费的，乙方有权停止提供维护服务和远程支持。乙方电话支持时间为工作日9:00至18:00，节假日不提供服务。

## 第七条 知识产权

7.1 标准软件及其文档的著作权归乙方所有。

7.2 乙方在本合同项下完成的定制开发成果（包括源代码、数据库设计和文档）的知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

7.3 乙方有权在其他项目中复用定制开发成果。

7.4 甲方不得对标准软件进行复制、出租、出借或转让，不得超出许可用户数使用。超出许可用户数使用的，甲方应按乙方当时的报价补缴许可费。

7.5 乙方可在其宣传材料中使用甲方名称作为客户案例，甲方另有书面要求的除外。

## 第八条 数据安全

8.1 甲方录入系统的画稿、客户、订单和库存数据归甲方所有，乙方仅为提供维护服务而访问，不得用于其他目的。

8.2 乙方远程维护时应使用甲方提供的临时账号，维护结束后由甲方关闭；乙方应对接触的数据采取必要的安全措施，防止泄露、丢失和篡改。因乙方过错导致数据泄露或丢失的，乙方承担相应的赔偿责任，并应在发现后二十四小时内通知甲方。

8.3 甲方应自行做好业务数据的备份。因甲方未备份导致的数据损失，乙方不承担责任。

## 第九条 保密

9.1 双方对在合作中获悉的对方商业信息、技术资料负有保密义务。未经对方书面同意，不得向第三方披露。乙方因履行本合同需要向其技术人员披露甲方信息的，不视为违反保密义务。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应违约责任，赔偿对方因此遭受的直接损失。

10.2 因不可抗力、甲方网络或硬件环境、第三方软件原因导致系统无法正常使用的，乙方不承担责任。

10.3 乙方对间接损失、利润损失及商誉损失不承担责任，亦不对因甲方数据录入错误造成的损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

11.3 合同解除后，甲方应停止使用定制开发成果，并删除已安装的软件。

## 第十二条 争议解决

12.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼费、律师费由败诉方承担。

## 第十三条 其他

13.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同的附件、需求说明书及报价单为本合同的组成部分。

13.2 本合同项下的通知可以通过电子邮件或微信发送，发送即视为送达。

13.3 本合同一式两份，双方各执一份，自双方签字（或盖章）之日起生效。

甲方（签章）：　　　　　　　　　　乙方（签章）：

日期：　　　　　　　　　　　　　　日期：
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. NVS-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Huaxia Yarn and Textile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shaoxing, Zhejiang Province (the "Buyer"), and Navoiy Softworks LLC, a limited liability company registered in Navoiy, Republic of Uzbekistan (the "Vendor").
P:The Buyer operates spinning and weaving mills and wishes to introduce a quality management system covering fibre testing, yarn lot traceability, laboratory results and customer complaints. The Vendor develops and licenses the QualiThread quality management software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the QualiThread Enterprise software in object code, version 5.3 or later, together with its user and administrator documentation.
P:1.2 "Custom Deliverables" means all configurations, report templates, interface programs, data migration scripts and documents that the Vendor develops specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Software by or for the Buyer, including test results, lot records, supplier and customer information.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for 150 named users at the Buyer's sites in the People's Republic of China, including for backup, testing and disaster recovery.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers, develop interfaces with the Buyer's ERP system and the laboratory instruments listed in Annex 2, migrate historical test data for the past three years, and train the Buyer's key users and administrators.
P:2.3 The detailed scope, the project plan and the list of interfaces are set out in Annex 1 and Annex 2, which form part of this Agreement.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,840,000 (one million eight hundred and forty thousand yuan), inclusive of all taxes payable in China, fixed for the whole scope.
P:3.2 The Contract Price consists of: Licence Fee CNY 1,260,000; implementation and configuration CNY 384,000; ERP and instrument interfaces CNY 152,000; training CNY 44,000.
P:3.3 The Vendor shall bear its own travel, accommodation and visa costs. No other charge shall be payable for the scope of this Agreement.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 368,000) shall be paid within 20 days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 45% of the Contract Price (CNY 828,000) shall be paid within 20 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Software has been installed and does not constitute acceptance.
P:4.3 35% of the Contract Price (CNY 644,000) shall be paid within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and submit the system for acceptance testing within 150 days after signature.
P:5.2 The acceptance criteria are: (a) every function in the functional list of Annex 1 passes the agreed test scripts; (b) migrated test records reconcile with the source records by lot number and test date without unexplained differences; (c) every interface in Annex 2 transfers data correctly for ten consecutive working days; (d) standard screens open within three seconds with 80 concurrent users; and (e) the system runs for 30 days in production without a Severity 1 incident.
P:5.3 When all criteria are met, the Buyer shall issue a written Final Acceptance certificate within ten working days. If any criterion is not met, the Vendor shall correct the defects and repeat the test at its own cost. Use of the system in production before Final Acceptance does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide updates and technical support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the system or a critical function is unavailable to all users) within one hour, provide a workaround within eight hours and a permanent fix within five working days. Severity 2 incidents shall be responded to within two hours and resolved within three working days.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 incident, it shall pay or credit the Buyer CNY 1,000 for each hour of delay, deducted from any amount due.
P:6.4 After the Warranty Period the Vendor shall, if the Buyer so orders, provide annual support at a fee not exceeding 11% of the Licence Fee per year (CNY 138,600). This fee is fixed for the three years following the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and the Vendor's pre-existing tools remain the property of the Vendor and are licensed to the Buyer under Article 2.1.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code with the Final Acceptance documents, and the Buyer may use, modify and license them freely.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with a separate account for each engineer and prior approval for each session. Buyer Data shall not be transferred outside the People's Republic of China. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within six hours of becoming aware of any unauthorised access to or loss of Buyer Data, shall take all measures necessary to contain it, and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including production recipes, customer lists, prices and system credentials, and shall use it only for this Agreement.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing or to achieve Final Acceptance by the dates in Article 5.1 and the project plan, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 8 or infringement of third-party rights.
P:10.3 If the Software infringes a third party's rights, the Vendor shall defend the Buyer and, at its own cost, obtain the right for the Buyer to continue using it or replace it with a non-infringing equivalent.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On such termination the Vendor shall refund the amounts paid for undelivered or non-conforming work and deliver all completed Custom Deliverables.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Uzbekistan.
P:14.2 Any dispute arising from this Agreement shall be referred to the Tashkent International Arbitration Centre and finally resolved by arbitration in Tashkent in accordance with its rules. The language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in two English originals, one for each party, and takes effect on signature by both parties.
P:Annex 1: Functional list and test scripts. Annex 2: Interfaces and laboratory instruments. Annex 3: Project plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and Subscription Agreement

**Order Form No. UFS-2027-0117**

Provider: Urgench Field Systems LLC, registered in Urgench, Khorezm Region, Republic of Uzbekistan ("Provider")

Customer: Dongyang Elevator Installation and Maintenance Co., Ltd., Hangzhou, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Subscribed Service

FieldPro, Provider's cloud field-service management platform, for Customer's elevator maintenance teams: work orders, preventive maintenance calendars, technician mobile app, spare parts tracking, customer sign-off and management dashboards. The service is hosted in a data centre in Hangzhou operated by Provider's hosting partner listed in A6.

### A2. Subscription Term

24 months from the Go-Live Date (the "Subscription Term"), divided into two Subscription Years. The Go-Live Date is the date on which Customer signs the Go-Live Acceptance Certificate under Section B3.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, named technician and office users, Subscription Year 1 | 160 users | 1,450 per user per year | 232,000 |
| Subscription, named technician and office users, Subscription Year 2 | 160 users | 1,450 per user per year | 232,000 |
| Onboarding: configuration, data import, integration with Customer's ERP, training (one-time) | 1 | 38,000 | 38,000 |
| Total Fees for the Subscription Term | | | 502,000 |

All amounts are in CNY and include VAT. Additional users may be added at the same unit price, pro rata for the remainder of the Subscription Year.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in arrears, CNY 58,000 per quarter, and are payable within 30 days after receipt of a correct invoice.

(b) The onboarding fee is invoiced after the Go-Live Acceptance Certificate is signed and is payable within 30 days after receipt of the invoice.

(c) No amount is payable before the Go-Live Date.

### A5. Service Levels

(a) Availability target: 99.95% per calendar month, measured at the platform's public endpoint, excluding scheduled maintenance announced at least 48 hours in advance and performed between 00:00 and 05:00 China Standard Time.

(b) Support: Priority 1 incidents (the platform or the mobile app is unavailable to all users, or work orders cannot be created) will be responded to within one hour, 24 hours a day, 7 days a week. Priority 2 incidents will be responded to within three hours during business hours, and Priority 3 requests within one business day.

(c) Provider will use reasonable efforts to restore the service as quickly as possible. Provider offers no service credits, fee reductions or other compensation for failure to meet the availability target or the response times, and Customer's only recourse is to report the incident and receive Provider's incident report.

### A6. Other Particulars

(a) Hosting partner: Hangzhou Cloudbridge Data Services Co., Ltd., approved by Customer by signing this Order Form.

(b) Go-Live target date: 60 days after signature of this Order Form.

(c) Customer's project manager: the head of Customer's maintenance planning department. Provider's project manager: named in the onboarding plan.

(d) Customer's billing contact: the finance department at Customer's head office in Hangzhou.

Signed for Provider: ______________________ Signed for Customer: ______________________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, documents and images entered into or generated by the service by or for Customer, including work orders, equipment records, customer sign-offs, technician locations and personal information.

1.2 "Customer Configurations" means the workflows, forms, report layouts and integration mappings that Provider builds specifically for Customer during onboarding or later at Customer's request.

1.3 "Users" means the named employees and contractors of Customer authorised to use the service under Customer's account.

### 2. Service

2.1 Provider shall make the service available to Customer's users during the Subscription Term in accordance with the Order Form and the documentation.

2.2 Provider may improve the service from time to time, provided that no change materially reduces the functions Customer has subscribed to.

2.3 Provider shall give Customer at least 30 days' notice of any change to the mobile app that requires action by Customer's technicians, such as a new minimum operating system version.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall complete onboarding in accordance with the onboarding plan and notify Customer when the service is ready for acceptance testing.

3.2 Customer shall test the service within ten business days. The acceptance criteria are: (a) all workflows in the onboarding plan run end to end in the production tenant; (b) imported equipment records and maintenance histories reconcile with Customer's source files by elevator registration number; (c) the ERP integration transfers spare-part consumption for five consecutive business days without error; and (d) the mobile app works offline in elevator shafts and synchronises when back online.

3.3 When all criteria are met, Customer shall sign the Go-Live Acceptance Certificate. Use of the service for training or testing does not constitute acceptance.

3.4 If Provider does not achieve the Go-Live Date within the target in A6(b) for reasons attributable to Provider, it shall pay Customer CNY 400 for each day of delay, deducted from the onboarding fee and subsequent invoices.

3.5 Before the Go-Live Date, Provider shall run train-the-trainer sessions for up to 20 of Customer's key users and supervisors and shall supply user guides in Chinese.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the service to Customer and shall not use it for any other purpose, including analytics, benchmarking or product development.

4.2 Provider shall keep Customer Data in data centres located in mainland China, encrypt it in transit and at rest, restrict access to personnel who need it, keep access logs for at least 180 days, and maintain a security programme consistent with the Multi-Level Protection Scheme level 3.

4.3 Provider shall notify Customer of any security incident affecting Customer Data within eight hours of discovery, cooperate in the investigation, and bear the costs and losses resulting from incidents caused by Provider or its hosting partner.

4.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in CSV and PDF format and then delete it, and confirm the deletion in writing.

4.5 Customer may export its data at any time during the Subscription Term through the standard export function.

### 5. Intellectual Property

5.1 Provider retains all rights in the service, the mobile app and its underlying software.

5.2 Customer Configurations belong to Customer. Provider shall deliver them in an exportable format on request, and Customer may use, modify and have them used by third parties without restriction.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and not disclose it to third parties except to its advisers under a duty of confidence.

6.2 These obligations survive for three years after the end of the Agreement.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss or for loss of profit.

7.2 Provider's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

7.3 The limit in 7.2 does not apply to Provider's liability under Section 4.3 or for wilful misconduct.

### 8. Subcontracting

8.1 Provider shall not subcontract any of its obligations without Customer's prior written consent, except the hosting partner named in A6(a). Provider is responsible for the acts and omissions of its subcontractors as for its own.

### 9. Term, Renewal and Termination

9.1 The Agreement runs for the Subscription Term. It may be renewed only by a new Order Form signed by both parties.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving notice of the breach.

9.3 If Customer terminates under 9.2, Provider shall refund any fees paid for the period after termination and provide the data return under 4.4.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign the Agreement without the other party's written consent.

11.2 Notices shall be given in writing to the addresses stated in the Order Form.

11.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

11.4 Each party shall comply with the anti-bribery laws that apply to it and shall not offer or accept any improper payment in connection with the Agreement.

11.5 The Agreement is executed in English in two originals.
"""

E03 = """T:Purchase Contract for Grain Silo Monitoring Sensors and Software
P:Contract No. ZYG-PC-2027-052
P:Buyer: Zhongyuan Grain Reserve Storage Co., Ltd., Zhengzhou, Henan Province, People's Republic of China (the "Buyer")
P:Supplier: Karshi Agrotech Instruments LLC, Karshi, Kashkadarya Region, Republic of Uzbekistan (the "Supplier")
P:This contract is made on the Buyer's standard purchase terms. The Buyer stores wheat and maize in 28 flat warehouses and 6 silo groups and wishes to monitor grain temperature, humidity and gas concentration continuously. The Supplier has offered wireless sensor cables, gateways, weather stations and its GrainWatch monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, weather stations and accessories listed in clause 2.
P:1.2 "Software" means the GrainWatch monitoring software and its mobile app, licensed to the Buyer under clause 8.2.
P:1.3 "Buyer Data" means all measurements, alarms, warehouse layouts, stock records and user data generated or stored by the Equipment or the Software.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software at the Buyer's storage sites listed in Annex 1, integrate the Software with the Buyer's warehouse management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,158,000, inclusive of VAT, customs duties, transport to site, insurance and all other costs, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor cables|420|1,180|495,600
TB:2|Solar-powered LoRa gateways|28|6,400|179,200
TB:3|On-site weather stations|6|14,500|87,000
TB:4|GrainWatch software, perpetual site licence|1|236,000|236,000
TB:|Hardware and Licence Subtotal|||997,800
TB:5|Installation, cabling and commissioning|1|142,000|142,000
TB:6|Training|1|18,200|18,200
TB:|Contract Price|||1,158,000
P:2.3 The prices are fixed and shall not be adjusted for exchange-rate changes.
P:2.4 The Supplier shall obtain any export licences required in Uzbekistan; the Buyer shall handle import declarations with the Supplier's documents.
P:2.5 Training shall cover installation checks, sensor replacement, alarm configuration, report use and basic troubleshooting for the Buyer's warehouse and IT staff, in two sessions, with manuals in Chinese.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 115,800) shall be paid within 15 days after signature against the Supplier's invoice and a bank advance payment guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 636,900) shall be paid within 15 days after the Installation Certificate is signed for all sites. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 405,300) shall be paid within 15 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment, DDP to the Buyer's sites, within 75 days after signature, and complete installation and commissioning within 120 days after signature.
P:4.2 Installation in a warehouse shall be coordinated with the Buyer's warehouse manager and shall not disturb stored grain beyond what the installation plan allows.
P:4.3 Delivery is complete only when the Equipment is delivered with its packing lists, certificates of origin, calibration certificates and manuals.
P:4.4 The Supplier shall appoint a project manager who speaks Chinese. All installation staff shall follow the Buyer's grain safety rules, including the rules on entering warehouses under fumigation.
H:5. Acceptance
P:5.1 After installation the parties shall carry out an acceptance test at every site. The acceptance criteria are: (a) every sensor cable reports temperature to within plus or minus 0.5 degrees Celsius of a calibrated reference thermometer at three sample points per warehouse; (b) every gateway transmits readings at the configured interval without gaps for seven consecutive days; (c) alarms for temperature rise and humidity are shown in the Software and sent to the mobile app within one minute; and (d) the interface with the warehouse management system transfers stock and alarm records correctly.
P:5.2 After a successful test the system shall run for 30 days. If no Severity 1 incident occurs during this period, the Buyer shall issue a written Final Acceptance certificate.
P:5.3 Delivery, installation, use of the system or any payment does not constitute acceptance. If any criterion is not met, the Supplier shall correct the defect and repeat the test at its own cost.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates free of charge, including parts, labour and shipping.
P:6.2 Incidents are handled according to the following table:
TB:Severity|Description|Response|On site or remote fix
TB:Severity 1|Software down, or a whole warehouse or silo group without readings|30 minutes|within 24 hours
TB:Severity 2|Single gateway or several sensor cables without readings|2 hours|within 3 days
TB:Severity 3|Questions and minor faults|1 business day|next scheduled visit
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or fix time, the Buyer may deduct CNY 600 from any amount due to the Supplier or claim it under the performance guarantee.
P:6.4 After the warranty, the Supplier shall offer annual support at 7% of the Hardware and Licence Subtotal per year (CNY 69,846), fixed for two years after the warranty ends. Each year of support is ordered separately; there is no automatic renewal.
P:6.5 Spare sensor cables and gateways shall remain available for at least eight years after Final Acceptance.
P:6.6 During the warranty the Supplier shall visit each site once a year to check sensor calibration and gateway batteries and shall submit a written inspection report.
H:7. Delay Damages and Liability
P:7.1 If the Supplier delays delivery, installation or Final Acceptance beyond the dates in clause 4.1 or the project plan, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, property damage caused by fire or electrical faults, wilful misconduct or breach of clause 9.
P:7.3 Delay damages and deductions under clause 6.3 may be set off against any payment due or claimed under the performance guarantee.
H:8. Intellectual Property
P:8.1 Site layouts, warehouse models, alarm rules, report templates and interface programs that the Supplier prepares specifically for the Buyer belong to the Buyer, who may use and modify them freely and have them modified by third parties.
P:8.2 Firmware and the Software remain the Supplier's property and are licensed to the Buyer perpetually for use at its sites.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this contract and shall not use it for any other purpose or disclose it to third parties.
P:9.2 The Software shall be installed on the Buyer's own servers. The Supplier shall access them only through the Buyer's VPN with individual accounts and per-session approval, and shall not copy Buyer Data outside the Buyer's network. Gateway communication shall be encrypted.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within six hours of discovery, take remedial measures, and compensate the Buyer for all losses caused by its breach of this clause.
P:9.4 At the end of the warranty, or earlier on request, the Supplier shall return or delete any Buyer Data it holds, including remote session logs, and confirm this in writing.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including grain stock volumes, storage locations, network settings and prices, and shall not disclose it without prior written consent. This obligation continues for five years after the end of this contract.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum.
P:12.2 On termination the Supplier shall refund payments for Equipment not delivered or not accepted and remove rejected Equipment at its own cost.
P:12.3 A party prevented by force majeure, such as earthquake, flood or government action, shall notify the other party promptly. If force majeure lasts more than 90 days, either party may terminate by written notice.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:14. General
P:14.1 This contract is written in English and Chinese; both texts are equally authentic.
P:14.2 Amendments to this contract must be in writing and signed by both parties.
P:14.3 Notices shall be sent in writing to the addresses stated above or to the e-mail addresses designated by the parties' project managers.
P:Annex 1: Storage sites and installation plan. Annex 2: Technical specifications. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. NMS-2027-009**

This Managed IT Services Agreement (the "Agreement") is entered into between:

**Customer:** Qilu Auto Parts Manufacturing Co., Ltd., Jinan, Shandong Province, People's Republic of China ("Customer"); and

**Provider:** Nukus Digital Services LLC, registered in Nukus, Republic of Karakalpakstan, Republic of Uzbekistan, acting through its service centre in Qingdao ("Provider").

Customer wishes to outsource the operation of its IT service desk, end-user support, servers and network at its Jinan plant and two warehouses. Provider has the staff, tools and experience to deliver these services. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider receives or can access in performing the Services.

1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 3.3.

1.6 "Term" means 36 months from the Service Commencement Date.

1.7 "Priority 1 incident" means an incident that stops production at the Jinan plant or affects all users at a site.

## 2. Services

2.1 Provider shall perform the Services from the Service Commencement Date for the Term, in accordance with this Agreement, the Service Levels and good industry practice.

2.2 Provider shall provide a named service delivery manager, two on-site engineers at the Jinan plant during production shifts and a remote service desk available 24 hours a day, 7 days a week, in Chinese and English.

2.3 Provider shall use the IT service management tool supplied by Customer and shall record every incident, request and change in it.

2.4 Provider shall keep the configuration database and asset records accurate and up to date, and shall reconcile them with Customer's asset register every quarter.

2.5 Provider shall follow Customer's change management procedure. No change to production systems shall be made outside approved maintenance windows except to restore service after a Priority 1 incident.

2.6 Provider shall present a monthly service report with Service Level results, incident trends, open problems and improvement actions, and shall attend a quarterly service review with Customer's IT manager.

## 3. Transition and Acceptance

3.1 Provider shall complete the transition of the Services from Customer's internal team within 60 days after signature, in accordance with the transition plan agreed in the kick-off meeting.

3.2 The transition acceptance criteria are: (a) all assets in scope are recorded in the configuration database and reconciled with Customer's asset register; (b) monitoring covers every server, switch, firewall and wireless controller in Schedule 1; (c) runbooks and escalation lists for every service are approved by Customer; and (d) Provider has operated the Services in parallel with Customer's team for 14 days without a missed Priority 1 response.

3.3 When all criteria are met, Customer shall sign a Transition Acceptance Certificate. If any criterion is not met, Provider shall remedy the shortfall and repeat the review at its own cost.

3.4 If the Transition Acceptance Certificate is not signed within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

3.5 Customer shall give Provider access to its sites, systems and documentation as reasonably required for the transition.

## 4. Charges and Payment

4.1 Customer shall pay the Charges set out in Schedule 3. The Charges are fixed for the Term.

4.2 The monthly service charge is invoiced monthly in arrears and payable within 30 days after receipt of a correct invoice. The transition charge is invoiced after the Transition Acceptance Certificate is signed.

4.3 Service credits under Schedule 2 are deducted from the next monthly invoice.

4.4 Customer may withhold any disputed part of an invoice in good faith, provided it pays the undisputed part and notifies Provider of the dispute in writing.

## 5. Customer Data

5.1 Customer Data is and remains the property of Customer. Provider shall use Customer Data only to perform the Services and for no other purpose.

5.2 At the end of the Term, Provider shall hand over to Customer all Customer Data held by it, together with all documentation, passwords and configuration records.

## 6. Confidentiality

6.1 Each party shall keep confidential all information of the other party that is marked as confidential or that should reasonably be understood to be confidential, including production plans, drawings, prices and system configurations, and shall not disclose it to third parties without prior written consent.

6.2 These obligations continue for five years after the end of the Agreement.

## 7. Intellectual Property

7.1 Runbooks, scripts, monitoring configurations, reports and documents that Provider creates specifically for Customer belong to Customer, who may use and modify them freely and hand them to any successor provider.

7.2 Provider's pre-existing tools and methods remain Provider's property.

7.3 Provider warrants that its work products do not infringe the rights of any third party.

## 8. Personnel and Subcontracting

8.1 Provider shall replace any member of its staff whom Customer reasonably considers unsuitable.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

8.3 Provider's staff shall comply with Customer's site rules, including safety rules for production areas, and shall wear Customer's visitor badges at all times.

8.4 Provider shall pay its staff all wages and social insurance contributions required by law and shall indemnify Customer against claims by its staff.

## 9. Liability

9.1 Provider's total liability under this Agreement shall not exceed 150% of the total Charges for the Term.

9.2 This limit does not apply to personal injury, wilful misconduct or breach of Section 6.

## 10. Term, Renewal and Termination

10.1 The Agreement ends automatically at the end of the Term. Any extension requires a written amendment signed by both parties.

10.2 Customer may terminate the Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if Provider misses the Priority 1 resolution time more than three times in any three consecutive months.

10.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days at no additional charge, so that the Services can be transferred to Customer or a successor provider without interruption.

10.4 During the exit period Provider shall answer questions from Customer or the successor provider and shall not remove any tools or documents that belong to Customer.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

## 12. General

12.1 This Agreement, together with its Schedules, is the entire agreement between the parties on its subject.

12.2 Amendments must be in writing and signed by authorised representatives of both parties.

12.3 Neither party is liable for a failure caused by force majeure, provided it notifies the other party without delay and uses reasonable efforts to continue performance.

12.4 Notices under this Agreement shall be in writing and delivered by hand, courier or e-mail to the addresses given by each party.

12.5 Neither party may assign this Agreement without the other party's prior written consent.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Incident logging, password resets, first-line fixes for about 1,150 users | 24 x 7 |
| End-user support | Desktops, laptops, printers, shop-floor terminals; install, move and repair | Production shifts |
| Server operations | 86 physical and virtual servers: monitoring, patching, backup checks | 24 x 7 |
| Network operations | 42 switches, 6 firewalls, 2 wireless controllers, 260 access points | 24 x 7 |
| Asset management | Configuration database, licence records, hardware lifecycle planning | Business hours |
| Reporting | Monthly service report and quarterly service review | Monthly |

## Schedule 2 - Service Levels and Credits

| Measure | Level | Service credit |
|---|---|---|
| Availability of monitored core infrastructure (servers and core network) | 99.7% per month | 3% of the monthly service charge for each 0.1 point below the level |
| Priority 1 response (plant production or a whole site affected) | 30 minutes | CNY 1,500 per late incident |
| Priority 1 resolution | 6 hours | CNY 1,000 per hour beyond the target |
| Priority 2 response | 2 hours | CNY 500 per late incident |
| Service desk calls answered within 60 seconds | 90% of calls | 2% of the monthly service charge |

Total service credits in a month shall not exceed 20% of the monthly service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge (one-time) | After Transition Acceptance Certificate | 64,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Total Charges for the Term | | 2,152,000 |

Additional services outside Schedule 1 are charged only on a written change order at the day rates agreed in the change order.
"""

E05 = """DATA SUBSCRIPTION AND API SERVICES AGREEMENT

Agreement No. KAD-2027-026

PARTIES

Customer: Huanghai Agricultural Trading Co., Ltd., Qingdao, Shandong Province, People's Republic of China ("Customer").

Provider: Kokand Agri Data LLC, registered in Kokand, Fergana Region, Republic of Uzbekistan ("Provider").

BACKGROUND

Customer trades cotton, dried fruit and pulses and needs reliable daily price, crop and weather data for Central Asia. Provider collects and publishes such data and makes it available through a web portal and an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Data Service" means Provider's CentralAsia Agri Data feeds described in Annex A, delivered through the API and the portal.

1.2 "Custom Feed" means the daily price and crop feed that Provider builds for Customer under clause 3, combining Provider's data with Customer's contract list and mapped to Customer's product codes.

1.3 "Customer Data" means all data that Customer or its users upload, enter or generate in the Data Service, including contract lists, product codes, queries, watch lists, user accounts and usage logs.

1.6 "Users" means employees of Customer who hold user accounts for the portal, and the systems of Customer that use API keys issued to Customer.

1.4 "Subscription Year" means each period of one year starting on the Go-Live Date or an anniversary of it.

1.5 "Go-Live Date" means the date on which Customer confirms acceptance of the Custom Feed under clause 3.3.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right for its employees in mainland China to access and use the Data Service for Customer's internal business during the Subscription Term.

2.2 The Subscription Term is two Subscription Years starting on the Go-Live Date.

2.3 Customer may store data received through the API in its internal systems and keep using data received during the Subscription Term for internal records after it ends, but may not resell it.

2.4 Customer shall not share user accounts or API keys with third parties and shall inform Provider promptly if it suspects that an account or key has been misused. Customer may add portal users during the Subscription Term at no extra charge, up to 35 named users.

3. SET-UP AND ACCEPTANCE

3.1 Provider shall build the Custom Feed and connect the API to Customer's trading system within 45 days after signature.

3.2 The acceptance criteria are: (a) the Custom Feed covers every product code in Customer's contract list; (b) daily prices for the previous trading day are available by 09:00 China Standard Time on ten consecutive business days; (c) a sample of 200 historical prices matches the published exchange and market sources; and (d) the API returns standard queries within two seconds.

3.3 When all criteria are met, Customer shall confirm acceptance in writing. Use of the portal during set-up does not constitute acceptance.

3.4 If the Go-Live Date is delayed beyond the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, deducted from the set-up fee.

4. FEES AND PAYMENT

4.1 The fees are:
(a) set-up fee for the Custom Feed and API connection: CNY 24,000, one-time;
(b) subscription fee, Subscription Year 1: CNY 336,000;
(c) subscription fee, Subscription Year 2: CNY 336,000.
The total fees for the Subscription Term are CNY 696,000, including VAT.

4.2 The set-up fee is invoiced after the Go-Live Date. The subscription fee is invoiced quarterly in arrears, CNY 84,000 per quarter, payable within 30 days after receipt of a correct invoice.

4.3 API calls above 2,000,000 in a Subscription Year are charged at CNY 15 per thousand calls, invoiced with the next quarterly invoice.

4.4 If Customer disputes an invoice in good faith, it shall pay the undisputed part and the parties shall resolve the dispute within 30 days.

5. SERVICE LEVELS

5.1 Provider shall make the API and the portal available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out at weekends.

5.2 Provider shall respond to Severity 1 incidents (the API or the portal is unavailable, or the daily price file is missing or corrupt) within one hour and restore the service within six hours. Severity 2 incidents (delayed or incomplete data) shall be responded to within three hours and resolved by the next business day.

5.3 If monthly availability falls below the level in 5.1, Customer shall receive a service credit of 5% of the monthly subscription fee for each started 0.1 point below the level. If a Severity 1 response is late, Customer shall receive a credit of CNY 800 per incident. Credits are deducted from the next invoice.

5.4 Provider shall publish planned maintenance and incident status on a status page and send e-mail notices to Customer's designated contacts.

6. DATA QUALITY

6.1 Provider shall collect the data from the sources stated in Annex A with professional care and correct any error within one business day after it is reported.

6.2 Provider shall keep a change log of corrections available to Customer through the portal.

6.3 Provider shall notify Customer at least 30 days in advance if a source listed in Annex A is discontinued, and shall propose an equivalent source for Customer's approval.

6.4 Provider shall publish its methodology for calculating regional average prices and shall inform Customer before changing it.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Service to Customer and shall not use it for any other purpose, including market analysis or product development, and shall not disclose it to third parties.

7.2 Provider shall host the Data Service for Customer in data centres located in mainland China, use encrypted connections, restrict access to authorised personnel, keep access logs and review them regularly.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within eight hours of discovery, take remedial measures and compensate Customer for losses caused by the incident where it results from Provider's fault.

7.4 On expiry or termination, Provider shall return Customer Data in a common format within 30 days and then delete it.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the Data Service and its databases.

8.2 The Custom Feed mapping tables, Customer's product code lists and the dashboards that Provider builds for Customer belong to Customer, who may use, modify and license them freely.

8.3 Provider warrants that it has the right to supply the data in the Data Service and that Customer's use under this Agreement does not infringe the rights of any third party. Provider shall defend Customer against any claim to the contrary.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party, including Customer's trading positions, contract lists and prices and Provider's methods, and shall use it only for this Agreement.

9.2 This obligation continues for three years after the end of the Agreement.

10. SUBCONTRACTORS

10.1 Provider may engage subcontractors, including hosting providers, data collectors and support partners, to perform any part of the Data Service. Provider shall inform Customer in writing of each new subcontractor at least 15 days before it starts work. Customer's consent is not required.

10.2 Provider remains responsible for the performance of its subcontractors.

11. RENEWAL

11.1 At the end of the Subscription Term, this Agreement renews automatically for successive one-year renewal terms unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

11.2 For each renewal term, Provider may increase the subscription fee to its list price then in effect, by notice given at least 45 days before the renewal term starts. The increased fee applies to the renewal term without further agreement.

12. LIABILITY

12.1 Provider's total liability under this Agreement shall not exceed 150% of the total fees for the Subscription Term.

12.2 This limit does not apply to breach of clause 7, breach of clause 9 or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

13.2 If Customer terminates under 13.1, Provider shall refund the fees paid for the period after termination.

13.3 On expiry or termination, Customer's access to the API and the portal ends, but Customer may keep data received before that date under clause 2.3.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

15. GENERAL

15.1 Notices shall be in writing and sent to the addresses of the parties above.

15.2 This Agreement is executed in two English originals and takes effect on signature.

15.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

15.4 Neither party may assign this Agreement without the other party's prior written consent.

15.5 This Agreement, including Annex A, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels, checks
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h799z01_civil_affairs_place_name_address_platform", "pdf", Z01),
    "z02": ("h799z02_garbage_bag_plant_line_control_retrofit", "docx", Z02),
    "z03": ("h799z03_softball_training_chain_booking_saas", "txt", Z03),
    "z04": ("h799z04_public_toilet_smart_system_annual_om", "txt", Z04),
    "z05": ("h799z05_tongcao_painting_studio_process_tracking_supplier_template", "md", Z05),
    "e01": ("h799e01_textile_quality_software_perpetual_licence_navoiy_vendor", "pdf", E01),
    "e02": ("h799e02_field_service_saas_order_form_urgench_vendor", "md", E02),
    "e03": ("h799e03_grain_silo_sensors_monitoring_licence_karshi_vendor", "docx", E03),
    "e04": ("h799e04_managed_it_services_36_months_nukus_vendor", "md", E04),
    "e05": ("h799e05_agri_data_api_subscription_kokand_vendor", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# key: (category, terms in KEYS order, extra, tco design (fee base, fee per year) or None, forum outside mainland)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2210000), (1180000, 106200), False),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 8, False, True,
                         True, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1668000), (1435200, 114816), False),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 450 / 550000 * 100, 150, None, True, None, None,
                      None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=550000),
            None, False),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                         False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
            None, False),
    "z05": ("software", [None, None, False, "supplier", True, True, True, None, None, 65, False, False, 6, 28, False,
                         True, None, None, G],
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=382000), (268000, 75040), False),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                         False, "Uzbekistan", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1840000), (1260000, 138600), True),
    "e02": ("cloud", [99.95, 1, False, "buyer", True, True, True, 400 / 502000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=502000),
            None, False),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True,
                         False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1158000), (997800, 69846), False),
    "e04": ("services", [99.7, 0.5, True, "buyer", False, True, True, 2000 / 2152000 * 100, 150, None, True, None,
                         None, None, False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2152000),
            None, False),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, True, 600 / 696000 * 100, 150, None, True, None, None, None,
                      True, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=696000),
            None, False),
}

DESIGN = {  # the rules I designed each draft to carry
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def tco_share(t, e, tco):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee on the itemised base."""
    base, fee = tco
    assert t["post_warranty_fee_pct"] is None or abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 0.01, (base, fee)
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee
    return post / (e["contract_value"] + post) * 100


def derive(t, e, tco, forum_outside):
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        if tco and t["post_warranty_fee_pct"] is not None and tco_share(t, e, tco) > TH["tco_share"]:
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


# threshold figures, in any wording a draft might use
_P = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RE = re.compile("|".join([
    r"99\.9(?![0-9])", r"九十九点九",
    r"(?<![0-9.,])4\s*(?:h|hrs?|hours?|个?小时)(?![a-z])", r"\bfour(?:\s*\(4\))?[\s-]*hours?\b", r"(?<!十)四个?小时",
    r"(?<![0-9.,])0\.05(?![0-9])", r"万分之五", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![0-9.,])100" + _P, r"百分之一?百", r"one\s*hundred" + _P,
    r"(?<![0-9.,])30" + _P, r"百分之三十(?![一二三四五六七八九点])", r"thirty" + _P,
    r"(?<![0-9.,])15" + _P, r"百分之十五(?![一二三四五六七八九点])", r"fifteen" + _P,
    r"(?<![0-9.,])40" + _P, r"百分之四十(?![一二三四五六七八九点])", r"forty" + _P,
    r"(?<![0-9.,])12[\s-]*(?:个月|months?|mos?\b)", r"十二个月", r"\btwelve(?:\s*\(12\))?[\s-]*months?",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "within 4 hours", "four hours",
            "4h", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent", "百分之三十",
            "15%", "15 percent", "百分之十五", "40%", "百分之四十", "forty per cent", "12个月", "十二个月",
            "12 months", "12-month", "twelve months", "twelve (12) months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.5%", "0.055%", "10.05", "130%",
             "115%", "140%", "1,100%", "300%", "百分之三十五", "36 months", "120 days", "CNY 15 per thousand",
             "2 hours", "four hundred", "0.04%"]


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)
    sources, targets = {}, {}
    for key, (stem, ext, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src.strip() + "\n", encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (stem, ext, _) in FILES.items():
        cat, vals, extra, tco, forum = LABELS[key]
        assert len(vals) == len(KEYS)
        t = dict(zip(KEYS, vals))
        rules = derive(t, extra, tco, forum)
        if rules != sorted(DESIGN[key]):
            problems.append((key, rules, sorted(DESIGN[key])))
        covered |= set(rules)
        for k, v in TH.items():
            if k in t and t[k] is not None:
                assert abs(t[k] - v) > 1e-9, (key, k, t[k])
        share = None
        if tco and t["post_warranty_fee_pct"] is not None:
            share = tco_share(t, extra, tco)
            assert abs(share - TH["tco_share"]) > 2, (key, share)
        if t["contract_kind"] == S:
            assert "post_warranty_fee_capped" not in extra and t["warranty_months"] is None
            assert t["post_warranty_fee_pct"] is None
        label = {"file": stem + "." + ext, "language": "zh" if key[0] == "z" else "en", "category": cat,
                 "expected_terms": t, "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / label["file"])
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%s %-70s %5d %s rules=%s risk=%s tco=%s" % (key, label["file"], n, "ok" if ok else "OUT OF RANGE",
                                                          ",".join(r[3:] for r in rules) or "-", risk(rules),
                                                          None if share is None else round(share, 2)))
        if not ok:
            problems.append((key, "length", n))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
