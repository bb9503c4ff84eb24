"""holdout844: builds the ten draft contracts (.txt/.md written directly; .docx/.pdf through ../word_pdf.py),
writes their .json labels, and asserts lengths, threshold avoidance, rule derivation and coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市渔业局中华鲟保护监测平台采购合同
P:合同编号：YYJ-ZFCG-2027-0316
P:采购人（甲方）：市渔业局
P:供应商（乙方）：江澜生态信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，经双方协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“中华鲟保护监测平台”软件许可一套（永久使用许可，不限用户数），并完成定制开发、部署实施及培训。
P:1.2 定制开发内容包括：江段水文与水质监测数据接入模块、中华鲟个体标记与声学追踪模块、增殖放流记录管理模块、异常事件预警与短信推送模块、面向省级平台的数据上报接口。
P:1.3 平台部署于甲方政务云，乙方负责安装、调试、与甲方现有渔政执法系统对接，并提供不少于三期操作培训。
P:1.4 乙方应配置项目经理一名、开发工程师不少于四名、实施工程师两名，项目经理须具备同类项目经验，未经甲方同意不得更换。
P:1.5 甲方负责提供政务云资源、网络环境及现有系统接口文档，并指定专人配合乙方工作。
P:1.6 培训对象包括局机关及各渔政站工作人员，每期不少于一天，培训教材由乙方提供。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾捌万陆仟元整（¥1,486,000），包括：平台软件许可费¥830,000；定制开发费¥538,000；部署实施费¥94,000；培训费¥24,000。
P:2.2 合同总价为固定总价，已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再另行支付任何费用。
P:2.3 合同履行期间如因政策调整需增减功能，双方另行签订补充协议，价格参照本合同单价确定。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、通过初步验收后，甲方支付合同总价的55%。
P:3.3 平台通过最终验收后，甲方支付合同总价的25%。
P:3.4 甲方以国库集中支付方式付款，因财政审批流程造成的合理延迟不视为甲方违约。
P:3.5 乙方收款账户以投标文件所载账户为准，如需变更须提前书面通知甲方。
H:第四条 交付期限
P:4.1 乙方应在合同签订之日起九十日内完成部署并提交初步验收申请，在初步验收后六十日内完成试运行。
P:4.2 乙方应按甲方认可的实施计划推进，每两周提交一次进度报告。
P:4.3 因甲方原因（如政务云资源未按期开通、接口文档未按期提供）造成延误的，交付期限相应顺延，乙方应及时书面说明。
P:4.4 乙方交付物包括：安装介质、部署手册、用户手册、运维手册、接口说明、源代码及测试报告。
H:第五条 验收
P:5.1 初步验收标准：1.2所列模块功能全部实现；监测数据接入延迟不超过60秒；预警信息在触发后2分钟内推送至指定人员；省级接口联调通过；第三方安全测评无高危漏洞。
P:5.2 试运行期满，平台连续运行无一级故障、各项指标符合5.1要求的，由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
P:5.4 验收所需的第三方安全测评费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及远程、现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即¥66,400），该费用标准自质保期满起三年内不上调。
P:6.3 质保期内，乙方每季度对平台进行一次巡检并提交巡检报告，在汛期及增殖放流季节前开展专项检查。
P:6.4 质保期内平台所依赖的操作系统、数据库版本变更时，乙方应免费完成适配。
H:第七条 服务水平
P:7.1 乙方保证平台月度可用率不低于99.5%，计划内维护须提前三个工作日通知甲方且安排在夜间进行，不计入不可用时间。
P:7.2 故障分为三级。一级故障（平台无法访问或监测数据中断）：乙方应在30分钟内响应，6小时内恢复；二级故障：2小时内响应，次日内解决；三级故障：三个工作日内解决。
P:7.3 乙方未按7.2时限响应的，每超时一小时向甲方支付人民币800元；月度可用率未达到7.1要求的，每低0.1个百分点扣减当季维护考核款人民币2,000元。
P:7.4 乙方应每月向甲方提交服务报告，列明故障处理情况、可用率统计及优化建议。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时交付全部源代码，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全与数据归属
P:9.1 平台采集、存储和产生的全部监测数据、追踪数据及业务数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，采取访问控制、加密传输、操作日志审计等措施，运维操作须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方承担全部赔偿责任。
P:9.4 合同终止或履行完毕后，乙方应将其持有的甲方数据全部返还或按甲方要求删除，并出具书面确认。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、珍稀物种分布点位及未公开的监测信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
P:10.2 乙方应要求参与本项目的全部人员签署保密承诺书。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定的，应免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:11.4 乙方未经甲方同意更换项目经理的，每次向甲方支付违约金人民币5,000元。
H:第十二条 分包
P:12.1 乙方不得将本项目的任何部分分包或转包给第三方。
P:12.2 乙方违反前款规定的，甲方有权解除合同。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
P:13.3 合同解除后，乙方应在十日内移交已完成的成果、源代码及全部数据。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:14.3 争议处理期间，双方应继续履行合同中无争议的部分。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:15.2 附件：技术需求及功能清单、实施计划、验收方案。
P:甲方（盖章）：市渔业局　　　乙方（盖章）：江澜生态信息技术有限公司
P:日期：______年___月___日
"""

Z02 = """T:门铃生产线控制系统改造合同
P:合同编号：ML-GZ-2027-028
P:甲方：慈溪市鸣悦门铃电器有限公司
P:乙方：甬江智控自动化工程有限公司
P:甲方因生产需要，拟对其注塑、装配、测试三类共六条门铃生产线的控制系统进行改造。乙方具备相应的设计、供货、安装及软件开发能力。双方经友好协商，就改造项目达成如下协议。
H:一、改造范围
P:（一）更换六条生产线的PLC控制柜及配套伺服驱动、人机界面，新增产线工业以太网交换机；
P:（二）部署产线控制与数据采集软件，实现设备状态监视、工艺参数下发、产量与不良品统计；
P:（三）开发产线控制软件与甲方现有MES系统之间的数据接口，实现工单下发与报工回传；
P:（四）完成拆旧、安装、接线、调试、试生产保障及操作人员培训。
P:（五）改造须分线实施，每条产线停线时间不得超过七日，乙方应提前提交停线计划并经甲方生产部门确认。
P:（六）改造后系统须兼容甲方现有的三台自动测试工装，并保留手动操作模式，确保在网络中断时产线可独立运行。
P:（七）改造期间乙方应对甲方其他未改造产线采取隔离保护措施，不得影响其正常生产。
H:二、合同价格
P:（一）本合同总价为人民币壹佰伍拾贰万肆仟元整（¥1,524,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、电源）|6套|118,000|708,000
TB:2|伺服驱动及电机组件|24套|12,500|300,000
TB:3|工业触摸屏人机界面|12台|8,000|96,000
TB:4|工业以太网交换机|6台|10,000|60,000
TB:5|产线控制与数据采集软件许可|1套|200,000|200,000
TB:—|设备及软件小计|||1,364,000
TB:6|安装、拆旧及调试|1项|142,000|142,000
TB:7|操作及维护培训|1项|18,000|18,000
TB:合计||||1,524,000
P:（二）上述价格含税、运输、保险、安装辅材及质保期内的全部服务费用。
P:（三）本合同价格为固定价格，合同履行期间不因原材料或人工价格变动而调整。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款；
P:（二）全部设备到货并完成安装、单线调试后，甲方支付合同总价的50%，到货安装不视为验收；
P:（三）项目通过最终验收后，甲方支付合同总价的25%；
P:（四）剩余5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
P:（五）乙方每次请款时应提供合法有效的增值税专用发票。
P:（六）甲方有权从应付款项中直接扣除乙方应支付的违约金及赔偿款。
H:四、交付与实施
P:（一）乙方应在合同生效后四十五日内完成全部设备到货，在到货后六十日内完成六条产线的改造。
P:（二）乙方现场人员应遵守甲方安全生产、消防及车间管理制度，进入车间须佩戴劳保用品；因乙方人员违章造成的事故由乙方负责。
P:（三）乙方应在每条产线改造前完成离线仿真测试，并准备旧系统回退方案。
P:（四）乙方应指派一名项目经理常驻现场，负责协调施工、调试与甲方生产安排，每周提交书面进度报告。
P:（五）乙方应随设备交付出厂合格证、电气原理图、接线图、PLC程序清单、操作手册与维护手册各两套。
P:（六）甲方负责提供施工用电、临时存放场地及产线停线窗口，并指定生产部联系人。
H:五、验收
P:（一）验收标准：各产线控制功能满足技术协议；设备状态刷新周期不超过2秒；工艺参数下发准确率与MES报工数据比对无差异；连续试生产十五日，无因控制系统导致的停线，产线节拍不低于改造前水平。
P:（二）试生产结束后，乙方提交验收申请，甲方在十个工作日内组织验收并签署验收报告。调试完成或甲方投入生产使用均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改并重新验收，由此产生的费用由乙方承担。
P:（四）验收合格后，乙方应在十日内提交竣工资料及备件清单。
H:六、质保及维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修、更换，软件免费升级。
P:（二）质保期满后，乙方继续提供维保服务（含备件、巡检及故障处理），维保年费为人民币381,920元（即设备及软件小计的28%），按年支付，乙方不得单方上调。
P:（三）服务响应：产线停机等一级故障，乙方应在1小时内响应，6小时内到场并恢复生产；其他故障24小时内处理。
P:（四）乙方未按前款时限响应或到场的，每超时一小时向甲方支付人民币500元。
P:（五）质保期内，乙方每季度对改造产线进行一次预防性巡检，检查柜内温度、接线紧固情况和程序备份，并出具巡检报告。
P:（六）乙方应在甲方所在地常备易损备件，包括I/O模块、电源模块及触摸屏各不少于两件。
H:七、知识产权
P:（一）为甲方产线编写的PLC程序、人机界面组态、MES接口程序及其源代码归甲方所有，乙方应在验收时一并交付，甲方可自行修改和使用。
P:（二）产线控制与数据采集软件的著作权仍归乙方，甲方享有永久使用许可。
P:（三）乙方保证其提供的设备和软件不侵犯第三方知识产权，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:八、数据与保密
P:（一）改造后系统采集的生产数据、工艺参数、产品配方归甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
P:（二）乙方远程维护须经甲方批准并使用甲方提供的专用账号，操作留有日志。因乙方原因造成数据泄露或丢失的，乙方应在发现后2小时内通知甲方并承担赔偿责任。
P:（三）双方对在合作中获知的对方技术资料、商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
P:（四）合同终止后，乙方应删除其持有的甲方生产数据副本，并书面确认。
H:九、违约责任
P:（一）乙方逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方原因造成产线停产的，乙方应赔偿甲方的直接损失。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（四）乙方交付的设备与技术协议不符的，应在七日内更换；逾期更换的，按本条第（一）项的标准支付违约金。
P:（五）乙方现场人员造成甲方设备损坏的，由乙方照价赔偿。
H:十、分包
P:电气配线及桥架安装等辅助工作，乙方可交由具备资质的安装单位实施，但应提前三个工作日书面通知甲方；乙方对分包单位的工作质量和安全负责。
P:除前款外，乙方不得将主体设备的供货、安装及软件开发转包给他人。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:（二）因不可抗力导致合同无法履行的，双方可协商解除合同。
P:（三）合同解除后，乙方应配合甲方完成系统交接，并移交已完成的程序及技术资料。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:十三、其他
P:本合同一式四份，双方各执二份，自双方盖章之日起生效。技术协议、设备清单及实施计划为本合同附件，与本合同具有同等效力。
P:未尽事宜，双方可另行签订补充协议。
P:甲方（盖章）：　　　　乙方（盖章）：
P:签订日期：　　年　　月　　日
"""

Z03 = """排箫培训连锁门店预约及会员管理系统服务合同

合同编号：XS-SaaS-2027-0412
甲方：竹韵排箫艺术培训连锁有限公司
乙方：云课通软件服务有限公司

甲方在全国经营四十家排箫培训门店，需要统一的课程预约、会员管理、课消统计及门店经营报表工具。乙方以软件即服务（SaaS）方式向甲方提供“云课通”预约及会员管理系统，并承担初始实施工作。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方四十家门店开通“云课通”系统，包括：课程排期与在线预约、学员及家长会员档案、课时包与储值卡管理、课消核销、教师排课与课酬统计、门店及总部经营报表。
2. 系统通过网页端、门店平板端及微信小程序提供，甲方总部账号可查看全部门店数据，门店账号仅可查看本店数据。
3. 服务期内新增门店的，按本合同第二条的单店费用标准按月折算增加订阅费。
4. 系统应支持与甲方现有的聚合支付商户号对接，学员在线购课款项直接进入甲方账户，乙方不经手任何资金。
（二）实施服务
1. 乙方负责将甲方现有表格及旧系统中的约一万八千名学员档案、课时余额及储值余额迁移至本系统。
2. 乙方负责为甲方定制微信小程序预约页面、排箫考级报名模块及总部经营驾驶舱报表。
3. 乙方负责四十家门店的账号配置和店长、前台培训，培训可采用线上直播与集中面授结合的方式。
4. 乙方应指定一名实施经理负责项目推进，每周向甲方提交实施进度报告。
5. 甲方应按乙方实施计划及时提供原始数据、门店信息及小程序主体资质，并指定总部联系人。

二、服务期限与费用
（一）服务期限为两个服务年度，自系统正式上线之日起计算。每个服务年度自上线日或其周年日起，至下一周年日的前一日止。
（二）订阅费标准为每家门店每服务年度人民币6,800元，四十家门店每服务年度合计人民币272,000元，两个服务年度合计人民币544,000元。
（三）实施费为人民币86,000元，为一次性费用。
（四）本合同总价为人民币630,000元。
（五）服务期内，乙方不得以任何理由上调第（二）项约定的订阅费标准。

三、付款方式
（一）实施费在系统上线验收合格后十个工作日内一次性支付。
（二）订阅费按季度支付，每季度人民币68,000元，甲方在每个季度开始后十个工作日内支付当季费用。
（三）乙方应在收款前开具合法有效的增值税发票。
（四）乙方收款账户信息变更的，应提前书面通知甲方，否则甲方按原账户付款视为已履行付款义务。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成数据迁移、定制开发和全部门店配置，并提交上线验收申请。
（二）验收标准：1. 迁移后学员人数、课时余额、储值余额与甲方提供的原始数据逐条核对一致；2. 小程序预约、考级报名及驾驶舱报表功能符合附件需求；3. 在两百名用户同时使用的情况下，常用页面打开时间不超过3秒；4. 十家试点门店连续试运行七日无一级故障。
（三）甲方应在收到验收申请后七个工作日内组织验收，验收合格后签署上线确认书。验收不合格的，乙方应整改后重新提交。
（四）上线确认书签署之日为系统正式上线之日，亦为第一个服务年度的起算日。

五、服务水平
（一）乙方保证系统每月可用率不低于99.95%，计划内维护应在每日零时至六时之间进行并提前通知甲方。
（二）故障分级与响应：1. 一级故障（全部或多家门店无法登录、预约或核销）：30分钟内响应，3小时内恢复；2. 二级故障（部分功能异常）：2小时内响应，次日内解决；3. 三级故障（咨询及优化需求）：三个工作日内答复。
（三）乙方应提供工作日九时至二十一时的在线客服，并每月向甲方提交服务报告，列明可用率、故障处理及客服工单情况。
（四）乙方将尽合理努力满足上述服务水平要求，并持续优化系统性能。
（五）乙方每季度进行一次系统安全漏洞扫描，并将扫描结果及整改情况报送甲方。
（六）系统版本升级应提前五个工作日通知甲方，升级不得影响门店正常营业时段的使用。

六、知识产权
（一）“云课通”系统平台及其源代码的知识产权归乙方所有。
（二）为甲方定制的小程序预约页面、考级报名模块、驾驶舱报表及其设计文件归甲方所有，乙方应在服务期满时交付相关源代码及部署说明，甲方可自行或委托他人修改使用。
（三）乙方保证所提供的系统不侵犯任何第三方的知识产权；因此引起的纠纷由乙方负责处理并承担责任。

七、数据安全与数据归属
（一）甲方及其学员、家长的全部个人信息、会员资料、课时及交易数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应依照《个人信息保护法》《数据安全法》落实数据安全责任，采取数据加密存储、分级授权、操作日志留存及每日异地备份等措施。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方，配合甲方处置并承担因此造成的损失。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后彻底删除，并出具删除证明。
（五）乙方运维人员访问甲方数据须经审批，不得下载或导出学员个人信息，乙方应定期开展员工数据安全培训。

八、保密
双方对因本合同获知的对方商业信息、学员信息及经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
乙方应与接触甲方数据的员工签订保密协议。

九、违约责任
（一）乙方未按第四条约定期限完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致甲方数据泄露或丢失的，乙方应赔偿甲方由此遭受的全部损失。
（三）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。

十、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、续展
服务期满前三十日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，可多次续展。续展年度的订阅费由乙方按届时公布的价目表确定，乙方有权调整，并在续展开始前通知甲方。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并按已使用服务期结算费用。
（二）合同解除后，乙方应按第七条第（四）项的约定交付及删除数据。
（三）因不可抗力致使合同目的不能实现的，任何一方可以解除合同，互不承担违约责任。
（四）甲方因门店关停需减少门店数量的，可提前三十日书面通知乙方，自下一季度起按实际门店数计费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

十四、其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件一：功能需求清单；附件二：门店清单；附件三：数据迁移方案。
本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：竹韵排箫艺术培训连锁有限公司
乙方（盖章）：云课通软件服务有限公司
日期：2027年4月　日
"""

Z04 = """县农业农村局茶山茶园数字化管理系统年度运维服务合同

项目编号：NNJ-CS-2027-019（竞争性磋商）
采购人（甲方）：县农业农村局
供应商（乙方）：茗岭数字农业科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就茶山茶园数字化管理系统年度运维服务事项，经协商一致签订本合同。

第一条 服务范围
（一）运维对象为甲方已建成的茶山茶园数字化管理系统，包括：茶园地块一张图、茶园物联网监测子系统（土壤墒情、气象站、虫情测报灯共一百八十六个点位）、茶叶质量追溯子系统、茶农服务小程序及数据中心。
（二）服务内容包括：系统日常监控与巡检、故障处理、物联网设备维修与校准、数据备份与恢复演练、安全加固与漏洞修复、系统小版本优化、茶季保障及用户培训。
（三）春茶、秋茶采摘期间，乙方应安排两名工程师驻点甲方，保障追溯赋码及产量统计正常运行。
（四）乙方应对甲方及各乡镇农业服务中心使用人员开展不少于四次操作培训，并提供培训记录。
（五）运维期间如需新增或迁移监测点位，乙方负责技术配合，新增设备费用另行商定。
（六）乙方应建立设备台账，记录每个物联网点位的位置、型号、安装时间及维修记录，每季度更新。
（七）乙方应在每年汛期前对气象站及虫情测报灯进行一次全面校准，并将校准记录报甲方备案。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；后续运维服务由甲方依法重新组织采购。
服务期内甲方因机构调整等原因需变更服务地点的，乙方应予配合。

第三条 服务费用及支付
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），包括人工、差旅、备品备件、工具及税费。
（二）服务费按季度支付，每季度人民币96,500元。每季度结束后，甲方依第六条完成季度考核，在考核结果确认后十五个工作日内支付当季费用。
（三）季度考核扣减的金额从当季服务费中直接扣除。
（四）本合同不设预付款。
（五）乙方应在每次收款前开具合法有效的发票。

第四条 服务交接与启动
（一）乙方应在合同签订后十日内与原运维单位完成系统交接，接收账号、文档、备份及设备台账，形成交接清单并经甲方确认。
（二）乙方应在服务期开始前提交运维方案，明确人员分工、巡检计划、应急预案及联系方式。
（三）交接过程中发现的原有缺陷，乙方应书面报告甲方，由甲方确认处理方式。
（四）运维方案经甲方审核同意后执行，甲方可根据实际需要提出调整意见。

第五条 服务水平
（一）系统各子系统月度可用率不低于99.95%（计划内维护除外，计划内维护须提前两个工作日报甲方同意）。
（二）故障响应：一级故障（系统整体不可用、追溯赋码中断或数据中心故障）：15分钟内响应，2小时内到场，6小时内恢复；二级故障（单个子系统或部分功能异常）：1小时内响应，当日解决；三级故障：两个工作日内解决。
（三）物联网点位故障应在三个工作日内修复，点位月度在线率不低于98%。
（四）乙方每月提交运维月报，每季度提交巡检报告，年底提交年度运维总结。
（五）乙方应设立7×24小时服务热线，并指定专人接听。
（六）重大活动、防汛及茶叶节等重要时段，乙方应根据甲方通知提供专项保障。

第六条 考核与验收
（一）季度考核指标：系统可用率、故障响应及恢复时限、点位在线率、巡检及报告完成情况、用户满意度。各项指标达到第五条要求的，季度考核合格。
（二）考核扣减：一级故障响应每超时一小时扣减人民币1,000元；月度可用率每低于约定标准0.1个百分点扣减人民币1,500元；点位在线率每低于约定标准1个百分点扣减人民币800元。
（三）服务期满后，甲方依据四个季度的考核结果、运维文档移交情况及系统运行状态组织年度验收，出具书面验收意见。年度验收不合格的，乙方应在十五日内整改。

第七条 数据归属与数据安全
（一）系统中的茶园地块、茶农信息、监测数据、追溯数据及全部业务数据归甲方所有。乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
（二）乙方应遵守网络安全等级保护制度，运维操作须通过甲方堡垒机进行，使用实名账号，禁止使用移动存储介质拷贝数据。
（三）乙方每日完成数据增量备份、每周完成全量备份，每半年组织一次恢复演练。
（四）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成的损失由乙方全额赔偿，并承担相应法律责任。
（五）服务期满后，乙方应将持有的甲方数据全部交还，并删除其运维终端上的数据副本，出具书面确认。
（六）乙方应每季度开展一次漏洞扫描和基线核查，对发现的中高危漏洞在十个工作日内完成修复。

第八条 保密
乙方对服务中接触的甲方工作信息、茶农个人信息、系统账号口令及网络架构负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。乙方应与参与运维的人员签订保密承诺书。

第九条 知识产权
乙方在运维过程中形成的巡检报告、运维文档、脚本、优化程序及配置文件归甲方所有，甲方可自由使用、修改。
乙方自有的运维工具软件著作权仍归乙方，乙方保证其使用不侵犯第三方权利。

第十条 人员要求
（一）乙方应配备项目负责人一名、系统运维工程师两名、物联网设备工程师一名，人员名单及资质作为本合同附件。
（二）乙方更换项目负责人须经甲方书面同意，并确保交接期间服务不中断。
（三）乙方人员应遵守甲方机房管理及安全生产规定，进入茶园点位作业须做好安全防护。
（四）乙方工程师应熟悉茶叶生产流程，驻点期间服从甲方茶产业办公室的工作安排。

第十一条 违约责任
（一）乙方未按第四条约定期限完成交接或启动服务的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方连续两个季度考核不合格的，甲方有权解除合同。
（三）因乙方原因导致系统数据丢失或泄露的，乙方应承担全部赔偿责任。
（四）乙方累计两次未按时提交运维月报的，每次扣减人民币500元。

第十二条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。
乙方违反本条规定的，甲方有权解除合同并要求乙方赔偿损失。

第十三条 合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，已完成服务按考核结果结算。
（二）合同解除或期满后，乙方应在十日内移交全部账号、文档、备份及设备台账，并配合新的运维单位完成交接。
（三）因不可抗力致使合同无法履行的，双方可协商解除合同。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。
本合同未尽事宜，按政府采购相关规定及双方补充协议执行。

甲方（盖章）：县农业农村局　　乙方（盖章）：茗岭数字农业科技有限公司
签订日期：2026年12月　日
"""

Z05 = """# 纤程工序追踪系统软件许可及定制开发合同

**（纤程软件标准合同文本 V1.8）**

合同编号：XC-2027-HT-0057

甲方（客户）：锦绣抽纱工艺品工坊有限公司

乙方（供应商）：纤程软件科技有限公司

鉴于甲方需要对抽纱、刺绣、钉珠、整烫、包装等工序进行数字化追踪，乙方同意向甲方提供纤程工序追踪系统软件许可，并根据甲方需求进行定制开发。双方根据《中华人民共和国民法典》，经友好协商，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供纤程工序追踪系统标准版软件许可一套（永久许可，限甲方一个法人主体、不超过一百二十个并发用户使用）。

1.2 乙方根据甲方需求进行定制开发，内容包括：花样图稿与工单关联、外发加工户派单与回收登记、按件计酬工资核算、工序扫码报工、订单进度看板。

1.3 乙方负责系统安装部署、基础数据初始化及甲方管理人员培训。系统部署在甲方自有服务器上，服务器及操作系统由甲方自行采购。

1.4 乙方提供的软件许可不包括数据库、操作系统及第三方中间件，上述软件由甲方自行采购并承担费用。

1.5 甲方应为乙方实施人员提供必要的办公场地、网络环境及服务器远程访问权限。

1.6 甲方外发加工户通过手机小程序扫码登记回收数量，小程序由乙方统一维护。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 纤程工序追踪系统标准版软件许可 | 268,000 |
| 2 | 定制开发（五个功能模块） | 184,000 |
| 3 | 安装部署及培训 | 34,000 |
| | 合计 | 486,000 |

2.1 合同总价为人民币肆拾捌万陆仟元整（¥486,000），含增值税。

2.2 甲方在开发过程中提出超出1.2范围的需求变更的，乙方按每人日人民币1,800元另行报价，经甲方确认后执行。

2.3 合同价款不包括乙方实施人员在甲方现场超过十个人日后发生的差旅费用，超出部分由甲方按实报销。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币315,900元。乙方收到该款项后启动项目。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即人民币170,100元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过二十日的，乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方应在收到首付款后七十五日内完成定制开发和安装部署，交付系统安装介质、用户手册及管理员手册。

4.2 系统安装部署完成并投入运行，即视为上线。系统上线即视为甲方验收合格，甲方不另行组织验收。

4.3 甲方应按乙方要求提供花样编号、工序清单、外发加工户名单、员工信息等基础数据，并对其真实性负责。因甲方提供资料延误导致工期延误的，乙方不承担责任。

4.4 甲方对系统功能有异议的，应在上线后七日内以书面形式提出；逾期未提出的，视为甲方对系统无异议。

4.5 系统上线后，甲方应安排专人负责系统日常管理，妥善保管管理员账号和密码。

4.6 乙方负责培训甲方管理人员及车间班组长，培训为一次性集中培训，时长两天，额外培训按人日收费。

## 第五条 免费维护与技术支持

5.1 乙方对本系统提供六个月的免费维护期，自系统上线之日起计算。免费维护期内，乙方负责修复系统缺陷并提供远程技术支持。

5.2 乙方技术支持方式为电话、微信群及远程桌面，工作时间为工作日九时至十七时。乙方将在合理时间内处理甲方报告的问题。

5.3 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方另行签订维护协议，维护费按乙方当年公布的价格标准收取。

5.4 因甲方擅自修改系统配置、服务器故障、断电、病毒或操作不当造成的问题，不属于免费维护范围，乙方可按人日收费提供服务。

5.5 乙方对系统的升级版本享有独立定价权，甲方如需升级至新版本，应另行购买。

5.6 乙方不承诺系统可满足甲方全部业务需求，亦不承诺系统运行不中断或无错误。

## 第六条 知识产权

6.1 纤程工序追踪系统及其全部源代码、文档的著作权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、程序代码、数据库设计及相关文档，其知识产权均归乙方所有。甲方在本合同约定的许可范围内享有使用权，不得自行或委托第三方修改、反编译，不得转让或许可他人使用。

6.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

6.4 甲方不得将系统用于本合同约定范围以外的法人主体或分支机构。

## 第七条 数据使用与数据安全

7.1 甲方在系统中录入和产生的业务数据归甲方所有。

7.2 甲方同意乙方在对业务数据进行脱敏处理后，将其用于乙方产品改进、行业工序工时分析及同类客户实施参考。

7.3 乙方远程维护时，应使用甲方分配的专用账号，不得下载、复制甲方业务数据；乙方应对其维护人员进行数据安全培训，采取必要的访问控制措施。

7.4 因乙方原因导致甲方数据泄露、丢失的，乙方应在知悉后48小时内通知甲方，协助甲方恢复数据，并对甲方因此遭受的直接损失承担赔偿责任。

7.5 甲方应自行负责服务器的日常备份，乙方不对因甲方未备份造成的数据丢失承担责任。

## 第八条 保密

8.1 双方应对在合作中知悉的对方商业秘密、技术资料及客户信息承担保密义务，未经对方书面同意不得向第三方披露。

8.2 本条保密义务自合同签订之日起至合同终止后两年内有效。

8.3 乙方有权在其官方网站、宣传资料中将甲方列为客户案例，但不得披露甲方具体业务数据。

## 第九条 违约责任

9.1 乙方未按第4.1条约定期限交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 甲方违反第六条约定擅自修改、转让系统的，应向乙方支付合同总价的20%作为违约金，并赔偿乙方损失。

9.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十条 合同解除

10.1 一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。

10.2 合同解除时，甲方已支付的款项中对应已完成工作的部分不予退还。

10.3 甲方在系统上线前单方解除合同的，已付款项不予退还。

## 第十一条 不可抗力

因地震、火灾、洪水、疫情等不可抗力导致合同不能履行的，受影响方应及时通知对方，并在十五日内提供证明，部分或全部免除责任。

不可抗力事件持续超过三十日的，双方可协商解除合同。

## 第十二条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地仲裁委员会仲裁。

仲裁费、律师费由败诉方承担。

## 第十三条 其他

13.1 本合同自双方签字盖章且乙方收到首付款之日起生效。

13.2 本合同一式两份，双方各执一份，具有同等法律效力。

13.3 本合同附件：定制开发需求说明、培训计划。附件与本合同正文不一致的，以本合同正文为准。

13.4 本合同条款为乙方标准条款，甲方已仔细阅读并充分理解全部内容，对免除或限制乙方责任的条款无异议。

13.5 双方往来通知以本合同载明的联系人及微信、电子邮件方式送达，发出即视为送达。

甲方（盖章）：锦绣抽纱工艺品工坊有限公司　　乙方（盖章）：纤程软件科技有限公司

授权代表：　　　　　　　　　　　　　　　　　授权代表：

日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. PRS-CN-2027-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Hunan Xiangjiang Fresh Foods Distribution Co., Ltd., a company registered in Changsha, Hunan Province, People's Republic of China (the "Buyer"), and Perfume River Software Joint Stock Company, a company registered at 28 Le Loi Street, Hue City, Vietnam (the "Supplier").
P:The Buyer operates four cold-chain distribution centres in Hunan and wishes to replace its warehouse software. The Supplier develops and licenses the RiverStock warehouse management system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RiverStock warehouse management system, version 7, in object code, including the cold-chain temperature module, the radio-frequency terminal client and the user documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, scripts, configuration files and other work products created by the Supplier specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or processed by the Software in the Buyer's environment, including inventory, order, customer, supplier and temperature records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables have passed all acceptance tests.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its four distribution centres and its head office for up to 260 named users and 180 handheld terminals, for the Buyer's own business and that of its subsidiaries.
P:2.2 The Supplier shall install and configure the Software on servers provided by the Buyer in its Changsha data room, migrate the master data and open stock balances from the Buyer's existing system, and develop interfaces to the Buyer's ERP, transport management system and cold-room temperature loggers.
P:2.3 The Supplier shall train the Buyer's key users, warehouse supervisors and system administrators in Changsha, in Chinese, with written course material, and shall provide on-site support during the first two weeks after go-live at each distribution centre.
P:2.4 The implementation shall follow the project plan in Annex 2. The Supplier shall appoint a project manager who speaks Chinese and who shall not be replaced without the Buyer's prior written approval.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,864,000, made up of: Software licence fee CNY 1,180,000; implementation and data migration CNY 420,000; interface development CNY 236,000; training CNY 28,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, accommodation and third-party components needed for the Software to run as specified, except the database and operating system licences, which the Buyer provides.
P:3.3 Any change in scope requires a written change order signed by both parties, priced at the daily rates in Annex 3.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within fifteen business days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price after the Software has been installed at all four distribution centres and the Buyer has signed the installation certificate. The installation certificate does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within fifteen business days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Supplier's account stated in Annex 4. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation at all four distribution centres within 100 days after signature and shall submit the system for Final Acceptance within 160 days after signature.
P:5.2 The acceptance tests shall show that: (a) every function listed in Annex 1 works as described; (b) migrated stock balances reconcile line by line with the balances frozen at cut-over; (c) each interface transfers test orders and receipts without error for ten consecutive business days; (d) handheld transactions complete within two seconds at peak load; and (e) the system runs for thirty consecutive days in production without a Severity 1 fault.
P:5.3 The Buyer shall confirm Final Acceptance in writing within ten business days after all tests are passed. Go-live, production use or any payment does not by itself mean acceptance. If a test fails, the Supplier shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 for eighteen months after Final Acceptance. During this warranty period the Supplier shall correct all defects and provide all updates and new versions free of charge.
P:6.2 Faults are classified as follows. Severity 1 means a distribution centre cannot receive, pick or ship goods, or temperature records are lost. Severity 2 means an important function does not work but a workaround exists. Severity 3 means any other fault or question.
P:6.3 The Supplier shall respond to a Severity 1 fault within one hour, at any time, and restore operation within eight hours; a Severity 2 fault within two business hours; and a Severity 3 fault within two business days.
P:6.4 If the Supplier misses a response or restoration time, it shall pay the Buyer CNY 1,000 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.5 After the warranty period the Buyer may order annual support at 11% of the Software licence fee, that is CNY 129,800 per year. This fee is fixed for the first three years after the warranty period and may be changed afterwards only by written agreement. Support does not renew automatically; each year is ordered separately.
H:Article 7 Intellectual Property
P:7.1 The Supplier retains all intellectual property rights in the Software as it existed before this Agreement.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Buyer from their creation. The Supplier shall hand over their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, and may have them maintained by third parties.
P:7.3 The Supplier shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear all resulting costs and damages.
H:Article 8 Buyer Data and Data Security
P:8.1 All Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Agreement and shall not copy, keep, analyse or disclose it for any other purpose.
P:8.2 The Supplier shall access the Buyer's systems only remotely through the Buyer's VPN with multi-factor authentication, or on site, and only with the Buyer's approval for each session. The Supplier shall not take copies of Buyer Data outside the Buyer's environment. Test data shall be prepared by the Buyer.
P:8.3 The Supplier shall comply with the PRC Personal Information Protection Law and Data Security Law in handling Buyer Data, keep a log of all access, and train its staff accordingly.
P:8.4 The Supplier shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, cooperate with the Buyer's investigation, and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.
P:9.2 This obligation continues for three years after the end of this Agreement, and without time limit for Buyer Data and personal information.
H:Article 10 Delay Damages and Liability
P:10.1 If the Supplier misses the installation or Final Acceptance date in Article 5.1 for reasons within its control, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
P:10.3 Neither party is liable for loss of profit or indirect loss, except under the exclusions in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if delay damages reach their maximum under Article 10.1.
P:12.2 On termination under Article 12.1 the Supplier shall refund the amounts paid for work not accepted and hand over all Custom Deliverables completed so far. The licence granted under Article 2.1 survives if the licence fee has been paid.
P:12.3 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly and uses reasonable efforts to reduce its effect.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Socialist Republic of Vietnam.
P:13.2 Any dispute arising out of or in connection with this Agreement that cannot be settled by negotiation within thirty days shall be finally resolved by arbitration at the Vietnam International Arbitration Centre in Hanoi under its rules. The arbitration shall be conducted in English.
H:Article 14 General
P:14.1 Annexes: Annex 1 Functional Specification; Annex 2 Project Plan; Annex 3 Daily Rates; Annex 4 Bank Details.
P:14.2 This Agreement takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS: TRACEBEAN COFFEE SOURCING PLATFORM

Order Form No. HT-OF-2027-0093

## PART A: ORDER FORM

### A1. Parties

**Provider:** Highland Trace Technology Co., Ltd., 15 Hung Vuong Street, Pleiku City, Gia Lai Province, Vietnam.

**Customer:** Yunnan Puer Highland Coffee Trading Co., Ltd., Kunming, Yunnan Province, People's Republic of China.

This Order Form and the General Terms in Part B together form the agreement between Provider and Customer (the "Agreement"). If this Order Form and Part B conflict, this Order Form prevails.

### A2. Subscribed Services

Provider will make the TraceBean platform available to Customer as a hosted service. TraceBean covers green-coffee purchase contracts, lot registration, cooperative and farm records, cupping scores, warehouse receipts, export shipment documents and lot-level traceability reports for Customer's buyers. The service includes the farmer collection app used by Customer's field staff in Pu'er and Baoshan and the standard interface to Customer's Kingdee ERP.

### A3. Subscription Term

The Subscription Term is 24 months from the Service Start Date, which is the date of Onboarding Acceptance under A5. The subscription ends at the end of the Subscription Term and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Annual fee (CNY) | Fee for the Subscription Term (CNY) |
|---|---|---|---|
| TraceBean Platform, Enterprise edition | 1 tenant | 186,000 | 372,000 |
| Named user subscriptions | 150 users at CNY 720 | 108,000 | 216,000 |
| Farmer collection app module | up to 60 devices | 24,000 | 48,000 |
| Subscription subtotal | | 318,000 | 636,000 |
| Onboarding services (one-time) | fixed price | | 48,000 |
| **Total Order Value** | | | **684,000** |

Subscription fees are invoiced quarterly in advance, in eight equal instalments of CNY 79,500, the first on the Service Start Date. The onboarding fee is invoiced after Onboarding Acceptance. Customer pays each invoice within thirty days. No amount is payable before the Service Start Date. All fees are in CNY and include VAT. Fees are fixed for the Subscription Term.

### A5. Onboarding

Provider will configure the tenant, load Customer's existing lot, farm and contract records (about 9,400 lots from the 2024 to 2026 harvests), set up the ERP interface, configure eleven traceability report templates in Chinese and English, and train Customer's users in Kunming. Provider aims to complete onboarding within sixty days after signature.

Onboarding Acceptance tests shall show that: (a) every migrated lot reconciles with Customer's source records by weight, grade and cooperative; (b) purchase contracts and warehouse receipts pass to the ERP interface without error for ten consecutive business days; (c) the eleven report templates produce correct output for twenty sample lots chosen by Customer; and (d) the farmer app synchronises offline records correctly in a field test at two cooperatives. Customer confirms Onboarding Acceptance in writing within seven business days after the tests pass. Use of the service before that date is not acceptance.

### A6. Service Levels

**Availability.** Provider will make the platform available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 22:00 and 06:00 Beijing time.

**Support.** Priority 1 means the platform or the farmer app cannot be used by all users, or data cannot be saved. Provider responds to Priority 1 incidents within one hour, at any time, and works on them continuously until service is restored. Priority 2 incidents receive a response within two business hours and Priority 3 requests within one business day. Support is given in Chinese and English through the portal, email and a hotline.

**Service credits.** If monthly availability falls below the commitment, Customer receives a credit of 5% of that month's subscription fee for each full half point of shortfall, up to half of the month's subscription fee. For each hour by which Provider misses the Priority 1 response time, Customer receives a credit of CNY 600. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

Signed for Provider: ____________________  Signed for Customer: ____________________

## PART B: GENERAL TERMS

### 1. Use of the Service

1.1 Provider grants Customer and its affiliates a non-exclusive, non-transferable right to use the service during the Subscription Term for their internal business.

1.2 Customer is responsible for its users' accounts and shall not attempt to access the service's source code or resell the service.

1.3 Provider may improve the service from time to time but shall not materially reduce the functions described in A2 during the Subscription Term.

1.4 Customer shall provide Provider with timely access to its source records, ERP test environment and key users during onboarding, and shall appoint a project lead who can take decisions on configuration questions.

1.5 Provider shall give Customer at least thirty days' notice of any change to the service that requires action by Customer, such as a new version of the farmer app or a change to the ERP interface format, and shall support Customer free of charge in making the change.

1.6 Provider shall provide a monthly service report showing availability, incidents by priority, response and restoration times, and credits due. Customer may request a review meeting each quarter to discuss the report and planned improvements.

### 2. Customer Data

2.1 "Customer Data" means all data that Customer or its users enter into the service or that the service generates from it, including farm, cooperative, contract, quality and shipment records and personal information of farmers and employees.

2.2 Customer Data belongs to Customer. Provider processes Customer Data only to provide the service to Customer and for no other purpose, and does not sell, analyse, aggregate or share it with anyone.

2.3 At the end of the Subscription Term Provider shall, at Customer's choice, export all Customer Data in CSV and PDF format and then delete it from its systems within thirty days, and confirm the deletion in writing.

### 3. Data Security

3.1 Provider hosts the service and all Customer Data on Alibaba Cloud servers located in mainland China. Provider shall not transfer Customer Data outside mainland China.

3.2 Provider shall maintain security measures at least equal to ISO/IEC 27001, including encryption of data in transit and at rest, role-based access, multi-factor authentication for its administrators, logging of all administrative access, daily backups kept for thirty days and an annual penetration test by an independent firm.

3.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and give Customer a written report of cause and remedy. Provider is liable for all losses caused by a security incident that results from its failure to meet this Section 3, and shall bear the cost of notifying affected individuals and authorities.

### 4. Intellectual Property

4.1 Provider owns the service, its software and its standard templates.

4.2 The report templates, data mappings and interface configurations made specifically for Customer during onboarding belong to Customer. Provider shall deliver them to Customer on request, and Customer may use, modify and have them used by any third party.

### 5. Confidentiality

Each party shall keep confidential all non-public information of the other party received under this Agreement and shall use it only to perform this Agreement. This obligation lasts during the Subscription Term and for three years afterwards.

### 6. Subcontracting

Provider uses Alibaba Cloud as its hosting provider, which Customer approves by signing this Order Form. Provider shall not use any other subcontractor for the service without Customer's prior written consent, and remains responsible for its subcontractors.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Each party's total liability arising out of or in connection with this Agreement shall not exceed the fees paid and payable by Customer under this Agreement in the six months preceding the event giving rise to the claim.

7.3 Section 7.2 does not limit liability for personal injury, fraud, wilful misconduct or Customer's obligation to pay the fees.

### 8. Term and Termination

8.1 This Agreement lasts until the end of the Subscription Term.

8.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice. Customer may also terminate if availability falls below the commitment in A6 in three consecutive months.

8.3 If Customer terminates under Section 8.2, Provider shall refund the prepaid subscription fees for the period after termination.

### 9. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

### 10. General

10.1 Neither party may assign this Agreement without the other party's written consent.

10.2 Notices must be in writing and sent to the addresses in A1.
"""

E03 = """T:Supply Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. GXTS-EQ-2027-044
P:Buyer: Guangxi Chongzuo Sweetcane Sugar Co., Ltd., Chongzuo, Guangxi Zhuang Autonomous Region, People's Republic of China.
P:Supplier: Dung Quat Sensing Technology Co., Ltd., 52 Quang Trung Street, Quang Ngai City, Quang Ngai Province, Vietnam.
P:The Buyer runs two cane-crushing lines, a boiler house and a refinery at its Chongzuo mill and wishes to monitor the condition of its rotating equipment. Following the Buyer's tender No. GXTS-T-2027-06, the parties agree on the Buyer's standard terms as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and accessories listed in clause 2.
P:1.2 "Monitoring Software" means the Supplier's VibraWatch condition monitoring software, version 5, installed on the Buyer's servers, with its analytics, alarm and reporting modules and documentation.
P:1.3 "Custom Work" means the equipment models, alarm rules, dashboards, DCS interface and reports configured or written by the Supplier for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license and install the Monitoring Software, build the Custom Work, connect the system to the Buyer's distributed control system (DCS), and train the Buyer's staff, all as described in the Technical Specification in Appendix 1.
P:2.2 The Contract Price is CNY 1,250,000 and is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors, ATEX-rated|320|1,850|592,000
TB:2|Industrial wireless gateways with mounting kits|24|9,600|230,400
TB:3|VibraWatch Monitoring Software, perpetual licence, 400 points|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,108,400
TB:4|Installation, commissioning and DCS interface|1 lot|126,000|126,000
TB:5|Training (operators and maintenance engineers)|1 lot|15,600|15,600
TB:|Contract Price|||1,250,000
P:2.3 The Contract Price is fixed and includes VAT, customs duties, packing, transport to the mill, insurance, installation materials and all services during the warranty period.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within fifteen business days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty business days after Final Acceptance.
P:3.4 The Buyer may deduct from any payment the delay damages, credits and other amounts owed by the Supplier under this Contract.
H:4. Delivery
P:4.1 The Supplier shall deliver all Equipment to the Buyer's mill within seventy days after signature, and complete installation before the start of the crushing season on the date stated in Appendix 2.
P:4.2 Installation work on running equipment shall be carried out only during the maintenance windows agreed with the Buyer's production department. The Supplier's staff shall follow the Buyer's safety rules, including permit-to-work and lock-out procedures.
P:4.3 The Supplier shall deliver with the Equipment the certificates of conformity, ATEX certificates, calibration certificates for each sensor, installation drawings and operating and maintenance manuals in Chinese.
P:4.4 Before delivery the Supplier shall survey the installation points with the Buyer's maintenance engineers and confirm the final list of measuring points in writing. Any change in the number of measuring points shall be agreed by written change order at the unit prices in clause 2.2.
H:5. Acceptance
P:5.1 After installation the system shall run for forty-five days during the crushing season as a trial run.
P:5.2 The acceptance tests shall show that: (a) every sensor reports to the Monitoring Software with a data loss below one percent of readings during the trial run; (b) measured vibration values agree with a calibrated portable analyser within the tolerance stated in Appendix 1; (c) alarms reach the DCS and the mobile app within ten seconds; (d) the dashboards and reports in Appendix 1 work as specified; and (e) no Severity 1 fault occurs in the last twenty days of the trial run.
P:5.3 If all tests are passed, the Buyer shall issue the Final Acceptance certificate within ten business days. Installation, use of the system during the trial run or any payment is not acceptance. If a test fails, the Supplier shall remedy the defect and repeat the test at its own cost.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the Equipment and the Monitoring Software for twenty-four months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct software defects and provide new software versions free of charge, including travel and spare parts.
P:6.2 The Supplier shall keep at the mill a stock of spare sensors and one spare gateway during the warranty period, and replace any sensor whose battery fails within the warranty period.
P:6.3 After the warranty period the Buyer may order annual support for the Equipment and the Monitoring Software at 9% of the Hardware and Licence Subtotal, that is CNY 99,756 per year. This fee is fixed for the first three years after the warranty period. Support is ordered by the Buyer year by year and is not renewed automatically.
P:6.4 The Supplier shall give one training course for operators and a separate course for maintenance engineers, each lasting at least two days, with course material in Chinese.
H:7. Service Levels
P:7.1 The Monitoring Software shall be available at least 99.95% of the time in each month of the warranty period, excluding maintenance agreed in advance with the Buyer.
P:7.2 Severity 1 means the system fails to collect data or raise alarms for a crushing line, the boiler house or the refinery. The Supplier shall respond to a Severity 1 fault within thirty minutes, by telephone or remote session, and restore the system within eight hours, with an engineer on site if needed. Severity 2 faults shall receive a response within two hours and be fixed within two business days.
P:7.3 For each hour by which the Supplier misses a response or restoration time, it shall pay the Buyer CNY 800. For each full 0.1 percentage point by which monthly availability falls below the level in clause 7.1, the Supplier shall pay the Buyer CNY 2,000. These amounts are in addition to delay damages under clause 11.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Monitoring Software and the embedded firmware, and grants the Buyer a perpetual, irrevocable licence to use them at the Chongzuo mill.
P:8.2 The Custom Work belongs to the Buyer. The Supplier shall deliver its source files at Final Acceptance, and the Buyer may use, modify and license it freely, including by other service providers.
H:9. Buyer Data and Security
P:9.1 All measurement data, alarm records, equipment models and production information collected or generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not keep, copy or use them for any other purpose, including product development.
P:9.2 The system shall be installed on the Buyer's own servers. The Supplier may access it remotely only through the Buyer's secure gateway, after approval for each session, and all sessions shall be recorded. Wireless links shall be encrypted.
P:9.3 The Supplier shall notify the Buyer within six hours after becoming aware of any unauthorised access to the system or loss of data, help the Buyer contain it, and be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the technical and commercial information received from the other party under this Contract, including the Buyer's process data and plant layout, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons within its control, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, damage caused wilfully or by gross negligence, and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if delay damages reach their maximum.
P:13.2 On termination the Supplier shall refund the payments received for Equipment and services not accepted and remove its Equipment at its own cost if the Buyer so requests.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.
H:15. General
P:15.1 This Contract is made in Chinese and English, and both versions are equally valid. Appendices: Appendix 1 Technical Specification; Appendix 2 Schedule; Appendix 3 Equipment Locations.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. DLM-GNO-2027-002

**Customer:** Jiangxi Gannan Navel Orange Group Co., Ltd., Ganzhou, Jiangxi Province, People's Republic of China

**Provider:** Dak Lak Managed IT Services Co., Ltd., 41 Nguyen Tat Thanh Street, Buon Ma Thuot City, Dak Lak Province, Vietnam

**Background.** Customer operates a head office in Ganzhou, four packing houses and a cold store, with about 900 desktop and laptop computers, 46 servers and a private network linking the six sites. Customer wishes to outsource the day-to-day operation of this environment. Provider runs a Chinese-speaking service desk and a remote operations centre and has a local team in Ganzhou. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the service levels in Schedule 2.

1.2 "Transition" means the handover of the operation of Customer's environment from Customer's internal IT team to Provider, as described in Section 3.

1.3 "Service Commencement Date" means the date of Transition Acceptance under Section 3.4.

1.4 "Customer Data" means all data held on Customer's computers, servers and network, and all data about Customer's users and assets that Provider collects in delivering the Services.

1.5 "Monthly Charge" means the fixed monthly charge in Schedule 3.

## 2. Term

2.1 The Services shall be provided for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement expires at the end of the Term. It does not renew automatically. Any extension must be agreed in writing by both parties, including the charges for the extension period.

2.3 This Agreement may not be terminated before the end of the Term except by written agreement of both parties or under Section 13 (Force Majeure).

## 3. Transition

3.1 Provider shall complete the Transition within seventy-five days after signature of this Agreement, following the transition plan agreed with Customer within ten business days after signature.

3.2 During Transition Provider shall take over the asset inventory, documentation, monitoring configuration and open tickets, set up its service desk and ticketing tool for Customer, deploy its monitoring agents on all servers and network devices, and shadow Customer's internal team for at least three weeks.

3.3 Transition Acceptance requires that: (a) the asset inventory has been reconciled against a physical check of at least one packing house and the head office; (b) every server and network device in Schedule 1 reports to Provider's monitoring tool; (c) the service desk has handled Customer's tickets for ten consecutive business days meeting the targets in Schedule 2; (d) run books for all critical systems, including the ERP, the packing-line control PCs and the cold-store management system, have been written and approved by Customer; and (e) a tested escalation list is in place.

3.4 Customer shall confirm Transition Acceptance in writing within five business days after Provider shows that the criteria in Section 3.3 are met, or give written reasons for refusal. Provider shall then remedy the shortcomings and request acceptance again.

3.5 If Provider fails to achieve Transition Acceptance by the date in Section 3.1 for reasons within its control, Provider shall pay Customer CNY 2,000 for each day of delay, up to a maximum of CNY 150,000.

## 4. Services

4.1 Provider shall provide the Services in Schedule 1 in a professional manner, using qualified staff who speak Chinese, and following Customer's IT policies as notified to Provider.

4.2 Provider shall keep a team of at least three engineers based in Ganzhou, including one service delivery manager, and shall not replace the service delivery manager without first consulting Customer.

4.3 Provider shall provide a monthly service report and attend a monthly service review with Customer. The report shall show ticket volumes, performance against each target in Schedule 2, credits due, and recommendations.

4.4 Customer shall give Provider's engineers access to its sites and systems as needed for the Services, and shall make hardware and licences available for planned replacements.
4.5 Provider shall propose improvements each quarter, such as automation of routine tasks, and shall carry out those approved by Customer without extra charge where they fall within the scope of Schedule 1.

## 5. Service Levels and Credits

5.1 Provider shall meet the service levels in Schedule 2.

5.2 If Provider misses a service level in a month, Customer receives the service credit stated in Schedule 2. Credits are deducted from the next invoice. The total of credits in any month shall not exceed 20% of the Monthly Charge.

5.3 Credits do not limit Customer's other rights for repeated or serious failures.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Monthly Charge is fixed for the Term.

6.2 Provider shall invoice the transition charge after Transition Acceptance, and the Monthly Charge monthly in arrears, starting with the first month after the Service Commencement Date. Customer shall pay each correct invoice within thirty days. No payment is made in advance.

6.3 Work outside the scope of Schedule 1 requires Customer's written order and is charged at the rates in Schedule 3.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to provide the Services and shall not use it for any other purpose.

7.2 At the end of the Term Provider shall return to Customer all documentation, configuration records and Customer Data in its possession.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including Customer's network information, passwords, customer lists and pricing, and shall use it only for this Agreement.

8.2 Each party may disclose such information only to its employees and advisers who need to know it, and only if they are bound by confidentiality duties no less strict than this Section 8. This obligation continues for three years after the end of the Term.

## 9. Intellectual Property

9.1 Provider keeps its tools, methods and standard documents.

9.2 Run books, scripts, reports and configuration records written by Provider for Customer under this Agreement belong to Customer. Customer may use and modify them freely and may give them to any later service provider.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of approved subcontractors as for its own.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the Term, except for personal injury, wilful misconduct and breach of Section 8, which are not limited.

11.2 Neither party is liable for loss of profit or indirect loss.

## 12. Exit Assistance

At the end of the Term Provider shall provide up to thirty days of exit assistance at no extra charge, including knowledge transfer to Customer or its new provider and handover of all open tickets.

## 13. Force Majeure

A party affected by force majeure shall notify the other party promptly. If force majeure prevents the Services for more than sixty days, either party may end this Agreement by written notice.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.

## Schedule 1: Services and Scope

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and WeChat support for about 900 users, in Chinese | 07:00 to 22:00 daily; on call at night |
| Desktop support | On-site and remote support for desktops, laptops, printers and packing-line PCs at six sites | Business days, plus harvest-season weekends |
| Server operations | Monitoring, backup checks, patch deployment and capacity reports for 46 servers | 24 x 7 monitoring |
| Network operations | Monitoring and fault handling for the WAN, 38 switches, 11 firewalls and the wireless network | 24 x 7 monitoring |
| Asset management | Asset inventory kept current; joiner, mover and leaver processing | Business days |
| Vendor coordination | Logging and tracking faults with Customer's ERP vendor, telecom carriers and hardware vendors | As needed |

## Schedule 2: Service Levels and Credits

| Measure | Target | Credit if missed in a month |
|---|---|---|
| Priority 1 incident response (ERP, cold store or a packing line stopped) | 30 minutes, at any time | 2% of the Monthly Charge |
| Priority 1 incident restoration | 6 hours | 3% of the Monthly Charge |
| Priority 2 incident response | 2 hours | 1% of the Monthly Charge |
| Service desk average answer time | below 60 seconds | 1% of the Monthly Charge |
| First-contact resolution at the service desk | at least 70 in every 100 tickets | 1% of the Monthly Charge |

## Schedule 3: Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 72,000 |
| Monthly Charge | 36 months at CNY 58,000 | 2,088,000 |
| Total charges for the Term | | 2,160,000 |
| Additional work | per engineer day, on written order | 1,600 |
"""

E05 = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. KGMD-SUB-2027-017

BETWEEN

Zhanjiang Bluewave Aquafeed Logistics Co., Ltd., Zhanjiang, Guangdong Province, People's Republic of China ("Customer"); and

Kien Giang Marine Data Co., Ltd., 118 Nguyen Trung Truc Street, Rach Gia City, Kien Giang Province, Vietnam ("Provider").

Customer ships aquaculture feed by sea from Zhanjiang to farms and distributors around the Beibu Gulf and the Gulf of Thailand. Provider operates a marine data service that combines weather and sea-state forecasts with vessel position data. Customer wishes to use this data in its voyage planning and fleet tracking systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the marine weather forecasts, wave and swell forecasts, tide predictions, port condition bulletins and vessel position data supplied by Provider through the API.

1.2 "API" means Provider's application programming interface, version 3, through which Customer's systems request and receive the Data.

1.3 "Subscription Year" means the period beginning on the Activation Date and ending on the day before its first anniversary, and each following period from one anniversary of the Activation Date to the day before the next.

1.4 "Activation Date" means the date on which Provider issues production API keys to Customer under clause 4.3.

1.5 "Customer Data" means all data that Customer sends to the API or stores in the service, including voyage plans, vessel lists, cargo details, port calls and user information.

1.6 "Adapters" means the software components that Provider develops for Customer to load the Data into Customer's voyage planning system and fleet tracking dashboard.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right, during the Subscription Term, to call the API and to use the Data in Customer's own business, including on board vessels chartered by Customer and in reports to Customer's own customers about their deliveries.

2.2 The subscription covers: forecasts at three-hour steps for ten days for the sea areas listed in Schedule A; vessel positions updated at least every five minutes for vessels within the same areas; and up to two million API calls per Subscription Year.

2.3 Customer shall not resell the Data as a data product or make the API keys available to anyone other than its own staff and systems.
2.4 Provider may add new data types or sea areas to the service during the Subscription Term at no extra charge, but shall not remove a data type or sea area listed in Schedule A without Customer's written agreement.

2.5 Provider shall notify Customer at least ninety days before any change to the API that is not backward compatible, keep the previous API version running for at least ninety days after the new version is released, and update the Adapters free of charge to work with the new version.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of two Subscription Years from the Activation Date.

3.2 The Subscription Term ends at the end of the second Subscription Year. A further term requires a new written agreement, with fees to be agreed between the parties at that time.

4. SETUP AND ACTIVATION

4.1 Provider shall develop the Adapters, configure Customer's account and sea areas, and provide a test environment within ten business days after receipt of the first payment under clause 5.2.

4.2 Integration tests shall show that: (a) the Adapters load forecasts and vessel positions into Customer's systems without error for fifteen consecutive days; (b) forecast data arrive in Customer's systems within two minutes of publication; (c) vessel positions shown on Customer's dashboard match Provider's reference display for a sample of fifty vessels; and (d) the API returns correct results for the test cases agreed in the test plan.

4.3 When the tests in clause 4.2 are passed, Customer shall confirm integration acceptance in writing within five business days, and Provider shall issue production API keys on the same day. Use of the test environment is not acceptance.

4.4 Provider shall achieve the Activation Date within sixty days after signature. For each day of delay for reasons within Provider's control, Provider shall pay Customer CNY 800, up to a maximum of CNY 40,000.
4.5 Customer shall provide Provider with access to its test systems, sample voyage plans and the vessel list needed for the integration tests, and shall name a technical contact.

5. FEES AND PAYMENT

5.1 The fees are:
(a) setup and Adapter development fee: CNY 64,000, one time;
(b) Subscription Fee: CNY 452,000 per Subscription Year, CNY 904,000 for the two Subscription Years.
The total fees under this Agreement are CNY 968,000, including VAT. Calls above the allowance in clause 2.2 are charged at the rates in Schedule B and are not included in this total.

5.2 Provider shall invoice the setup fee and the Subscription Fee for the first Subscription Year together on signature of this Agreement. Customer shall pay that invoice within ten business days. Provider starts the setup work after receiving this payment.

5.3 Provider shall invoice the Subscription Fee for the second Subscription Year at its start, payable within thirty days.

5.4 The Subscription Fee is fixed for the Subscription Term.

6. SERVICE LEVELS

6.1 Provider shall keep the API available at least 99.95% of each calendar month, measured at Provider's gateway, excluding maintenance announced at least five days ahead and lasting not more than two hours.

6.2 A Priority 1 incident means the API is unavailable, returns errors for most calls, or delivers forecasts more than one hour late. Provider shall respond to a Priority 1 incident within one hour, at any time, and restore the service within six hours. A Priority 2 incident shall receive a response within one business day.

6.3 If monthly availability falls below clause 6.1, Customer receives a credit of 3% of the monthly equivalent of the Subscription Fee for each full 0.1 percentage point of shortfall, up to half of that monthly equivalent. For each hour by which Provider misses the Priority 1 response or restoration time, Customer receives a credit of CNY 500. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

6.4 Provider shall publish monthly availability figures on the customer portal and give Customer a quarterly report on forecast accuracy and data coverage.
6.5 Provider shall provide support in Chinese and English through a hotline, email and the customer portal. Customer's duty officers may call the hotline at any time for Priority 1 incidents.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the service to Customer, and shall not use it to build products, train models, or supply information to any other person.

7.2 Customer Data shall be stored in data centres in mainland China. Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months, and test its security at least once a year through an independent firm.

7.3 Provider shall notify Customer within twelve hours after becoming aware of any unauthorised access to Customer Data or Customer's API keys, revoke and reissue keys where needed, and give Customer a written incident report. Provider is liable for all losses that Customer suffers because Provider has not met this clause 7.

7.4 At the end of the Subscription Term Provider shall return Customer Data in a standard format on request and then delete it, and confirm deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider and its data sources own the Data and the API. Customer keeps the right to use reports and charts that it produced from the Data during the Subscription Term.

8.2 The Adapters belong to Customer. Provider shall deliver their source code on integration acceptance, and Customer may use, modify and license them freely, including by its own IT suppliers.

9. SUBCONTRACTING

Provider shall not subcontract the development of the Adapters or the operation of the service without Customer's prior written consent. This does not apply to Provider's data sources listed in Schedule A, which Customer approves by signing this Agreement.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 5.1, except for personal injury, wilful misconduct and breach of clause 7.

10.2 Customer remains responsible for the navigation decisions of its vessels. Provider is not liable for losses that arise only from weather conditions that differ from a forecast delivered correctly and on time.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within thirty days after written notice.

11.2 If Customer terminates under clause 11.1, Provider shall refund the Subscription Fee paid for the period after termination and, if termination occurs before the Activation Date, the setup fee as well.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

13. GENERAL

13.1 Neither party may assign this Agreement without the other's written consent.

13.2 Schedules: Schedule A Sea Areas and Data Sources; Schedule B Additional Call Rates.

Signed for Customer: ____________________
Signed for Provider: ____________________
"""


def _spaced(src):
    """Markdown / plain-text sources: one blank line between paragraphs (table rows stay together)."""
    lines = [ln for ln in src.split("\n")]
    out = []
    for ln in lines:
        if not ln.strip():
            continue
        if out and not (ln.startswith("|") and out[-1].startswith("|")) and not re.match(r"^\([a-e]\) ", ln):
            out.append("")
        out.append(ln)
    return "\n".join(out) + "\n"


NAMES = {
    "z01": "h844z01_fishery_sturgeon_monitoring_platform.pdf",
    "z02": "h844z02_doorbell_factory_line_control_retrofit.docx",
    "z03": "h844z03_panpipe_school_chain_booking_saas.txt",
    "z04": "h844z04_tea_garden_system_annual_om_service.txt",
    "z05": "h844z05_drawnwork_process_tracking_supplier_template.md",
    "e01": "h844e01_wms_perpetual_licence_hue_vendor.pdf",
    "e02": "h844e02_coffee_traceability_saas_order_form_pleiku_vendor.md",
    "e03": "h844e03_sugar_mill_condition_monitoring_sensors.docx",
    "e04": "h844e04_orchard_group_managed_it_services_36_months.md",
    "e05": "h844e05_marine_weather_vessel_data_api_subscription.txt",
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in KEYS order, sla_clause, ld_stated, capped (goods only), deemed, contract_value)
LAB = {
    "z01": ("software", [99.5, 0.5, True, "buyer", True, True, True, 0.08, 50, 20, True, True, 24, 8, False, True,
                         False, "PRC", G], True, True, True, False, 1486000),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True,
                         True, "PRC", G], True, True, True, False, 1524000),
    "z03": ("cloud", [99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True,
                      True, False, "PRC", S], True, True, None, False, 630000),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                         True, False, "PRC", S], True, True, None, False, 386000),
    "z05": ("software", [None, None, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None, False,
                         True, None, None, G], False, True, False, True, 486000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                         False, "Vietnam", G], True, True, True, False, 1864000),
    "e02": ("cloud", [99.5, 1, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None, False,
                      True, False, "PRC", S], True, False, None, False, 684000),
    "e03": ("hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True,
                         False, "PRC", G], True, True, True, False, 1250000),
    "e04": ("services", [None, 0.5, True, "buyer", False, True, True, 2000 / 2160000 * 100, 150, None, True, None, None,
                         None, False, False, False, "PRC", S], True, True, None, False, 2160000),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, False, 800 / 968000 * 100, 200, (64000 + 452000) / 968000 * 100,
                      True, None, None, None, False, True, False, "PRC", S], True, True, None, False, 968000),
}
# TCO inputs for goods_or_licence drafts: fee base (itemised licence / hardware subtotal)
FEE_BASE = {"z01": 830000, "z02": 1364000, "z05": 268000, "e01": 1180000, "e03": 1108400}
FORUM_OUTSIDE = {"e01"}  # VIAC, Hanoi
DESIGN = {
    "z01": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def label(k):
    cat, vals, sla, ld_stated, capped, deemed, value = LAB[k]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": NAMES[k], "language": "zh" if k[0] == "z" else "en", "category": cat,
            "expected_terms": terms, "expected_extra": extra}


def tco_share(k, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * FEE_BASE[k] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def rules(k, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or k in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(k, lab)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rs):
    sev = {SEVERITY[r] for r in rs}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---- threshold scan --------------------------------------------------------------------------------------------
THRESH_RE = [re.compile(p, re.I) for p in [
    r"99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![\w-])four\s*hours?", r"(?<![一二三四五六七八九十])四个?小时",
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?!十)",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])(?:15|30|40)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:十五|三十|四十)(?![一二三四五六七八九])",
    r"(?<![\w-])(?:fifteen|thirty|forty)\s*(?:%|per\s*cent|percent)",
    r"(?<![\d.,])12\s*(?:months?|个月)", r"十二个?月", r"(?<![\w-])twelve\s*months?", r"(?<![\w-])one[\s-]*year",
    r"(?:质保|保修|维护期)[^。；]{0,8}一年",
    r"(?<![\d.,])5\s*(?:years?|年)", r"(?<![\w-])five\s*years?", r"(?<![一二三四五六七八九十])五年",
]]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "four hours", "四小时", "0.05%", "万分之五", "100%", "100 %",
            "30%", "百分之三十", "15%", "40 %", "forty per cent", "12 months", "12个月", "十二个月", "twelve months",
            "one year", "质保期为一年", "5 years", "五年", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "twenty-four hours", "0.055%", "0.5%", "万分之五十",
             "130%", "300%", "115%", "140%", "2025年", "3.5 years", "15 days", "40 days", "1,500", "112 months",
             "Subscription Year", "2027年12月31日", "十五日", "四十五日", "百分之四十五", "2,100%"]


def hits(text):
    return [m.group(0) for rx in THRESH_RE for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(k, text):
    return len(re.sub(r"\s", "", text)) if k[0] == "z" else len(text.split())


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for k, name in NAMES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[k], targets[k] = SRC[k], (name, ext)
        else:
            (OUT / name).write_text(_spaced(SRC[k]), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    cover, report = set(), []
    for k, name in NAMES.items():
        lab = label(k)
        rs = rules(k, lab)
        assert rs == sorted(DESIGN[k]), (k, rs, DESIGN[k])
        lab["expected_rules"] = rs
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        cover |= set(rs)
        # label values off the thresholds
        t = lab["expected_terms"]
        for key, th in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                        ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                        ("post_warranty_fee_pct", 15)]:
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = tco_share(k, lab)
        assert share is None or abs(share - 40) > 2, (k, share)
        text = read_back(OUT / name)
        n = length(k, text)
        lo, hi = (2750, 3000) if k[0] == "z" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(variant), (k, hits(variant))
        report.append((name, n, rs, risk(rs), None if share is None else round(share, 1)))
    assert len(cover) == 20 and cover == set(SEVERITY), set(SEVERITY) - cover
    counts = {k: len(DESIGN[k]) for k in DESIGN}
    assert sorted(k for k in counts if counts[k] == 0) == ["e03", "z04"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["e01"]) == "low"
    assert 8 <= counts["z05"] <= 10
    assert sorted(k for k in counts if 2 <= counts[k] <= 3) == ["e02", "e04", "e05", "z01", "z02", "z03"]
    for row in report:
        print(*row, sep="  |  ")


if __name__ == "__main__":
    main()
