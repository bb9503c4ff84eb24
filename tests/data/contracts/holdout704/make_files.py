"""holdout704: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (sums, lengths as read back, no threshold value or figure, rules derived from the labels = design,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H704Z01 = """T:粮油质量安全抽检管理平台采购合同
P:合同编号：LYJC-2025-ZC-0417
P:采购人（甲方）：江川市粮油质量监测站
P:供应商（乙方）：北辰慧检信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号JCZC2025-0388）、乙方投标文件及中标通知书，双方就粮油质量安全抽检管理平台的采购事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供粮油抽检管理平台软件（含抽检计划、样品流转、检验结果、风险预警和统计分析五个模块）的永久使用许可，并完成以下定制开发：抽检任务派发与移动端扫码采样、与实验室信息管理系统的检验数据接口、省级粮食质量监测平台数据报送接口。
P:1.2 乙方负责系统部署、历史抽检数据迁移（2019年以来约4.6万条样品记录）、联调测试及操作培训。
P:1.3 项目交付期：自合同签订之日起一百二十日内完成初验。
P:1.4 乙方应组建不少于六人的项目组，项目经理须具有高级项目管理资质并常驻甲方现场，未经甲方书面同意不得更换。
P:1.5 乙方交付的软件应满足国家粮食行业信息化标准及招标文件技术要求，并适配甲方现有的国产操作系统和数据库。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾玖万陆仟元整（¥1,496,000），其中：平台软件许可费¥860,000；定制开发费¥492,000；实施及数据迁移费¥118,000；培训费¥26,000。
P:2.2 合同总价为固定价格，已包含软件、开发、实施、培训、差旅、税费等全部费用，甲方不再另行支付其他费用。
P:2.3 合同履行期间，如甲方增加监测点或用户数量，乙方不因此调整平台软件许可费。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%（¥299,200）作为预付款。
P:3.2 系统初验合格后十五个工作日内，甲方支付合同总价的45%（¥673,200）。
P:3.3 系统终验合格且乙方提交质保期履约保函后十五个工作日内，甲方支付合同总价的35%（¥523,600）。
P:3.4 甲方付款按财政国库集中支付程序办理，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验条件：全部模块及接口部署完成；历史数据迁移经逐条比对核验无误；抽检任务从派发、采样、流转到结果录入的全流程测试通过；在200个并发用户下页面平均响应时间不超过2秒。
P:4.2 终验条件：初验合格后连续试运行六十日且期间无一级故障；省级平台报送数据连续三十日校验通过；第三方软件测评机构出具的安全测评报告无高危漏洞；用户手册、接口文档及源代码已移交甲方。
P:4.3 甲方应在收到乙方验收申请后十个工作日内组织验收并出具书面意见。系统上线运行、甲方使用系统或支付款项，均不视为验收合格。
P:4.4 验收不合格的，乙方应在十五日内完成整改并重新提交验收，由此产生的费用由乙方承担。
P:4.5 乙方应在初验前编制验收测试方案，经甲方确认后执行，测试记录作为验收文件存档。
H:第五条 质量保证与后续维护
P:5.1 乙方提供自终验合格之日起二十四个月的免费质保，质保期内负责软件缺陷修复、版本升级和接口适配，不另收费。
P:5.2 质保期满后，如甲方需要，乙方按平台软件许可费的8%（每年¥68,800）提供年度维护服务，该价格自质保期满起三年内不上调，维护范围与质保期内相同。
H:第六条 服务水平
P:6.1 质保期内，系统月度可用率不低于99.95%（经甲方同意的计划内维护时间除外）。
P:6.2 一级故障（系统整体不可用或抽检数据无法录入）乙方应在30分钟内响应，2小时内到达现场；二级故障应在2小时内响应；三级故障在一个工作日内处理。
P:6.3 乙方每超时响应一小时，甲方可从履约保函项下扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,500。
P:6.4 乙方应提供7×24小时服务热线，并每季度对系统进行一次巡检，出具巡检报告。
H:第七条 数据安全
P:7.1 平台中的抽检数据、检验结果、被抽检企业信息及其衍生数据均属于甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的，不得向第三方提供。
P:7.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》，通过甲方堡垒机进行运维操作，不得擅自复制或转移数据，并对其人员的行为负责。
P:7.3 发生数据安全事件时，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据损毁或外泄的，乙方承担全部赔偿责任。
P:7.4 合同终止或质保期结束时，乙方应删除其保存的全部甲方数据副本，并出具书面确认。
H:第八条 保密
P:8.1 双方对履行本合同过程中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:第九条 知识产权
P:9.1 为本项目定制开发的程序、接口、数据迁移脚本及相关文档的知识产权归甲方所有，乙方应交付全部源代码。
P:9.2 平台软件的原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯任何第三方的合法权利。
P:9.3 乙方交付的源代码应附编译说明，甲方可据此自行修改、部署或委托第三方维护。
H:第十条 违约责任
P:10.1 乙方逾期完成初验的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包或转包，乙方不得以任何形式将主体工作或关键性工作交由他人完成。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应在十五日内移交已完成的成果、文档和源代码，并配合甲方完成数据迁移。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 培训与技术文档
P:14.1 乙方应为甲方及下属各监测点提供不少于三期的集中培训，内容涵盖系统操作、抽检任务管理、数据报送和日常运维，每期培训结束后提交签到表和考核结果。
P:14.2 乙方应在终验前提交需求规格说明书、概要设计、数据库设计、接口说明、测试报告、部署手册、运维手册和用户手册，文档应为中文并与系统实际一致。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力导致不能按期履行的，受影响方应在事件发生后三日内书面通知对方，并在十五日内提供证明。双方可根据影响程度协商延长履行期限。
P:15.2 不可抗力持续超过六十日致使合同目的无法实现的，任何一方可书面通知解除合同，已完成部分按实际结算。
H:第十六条 廉洁与诚信
P:16.1 乙方不得向甲方工作人员提供回扣、礼品或其他不正当利益，一经发现，甲方有权解除合同，并将乙方的不良行为报送政府采购监督管理部门。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：            乙方（盖章）：
P:签订日期：2025年  月  日
"""

H704Z02 = """T:溜溜球压铸及轴承装配线控制系统改造合同
P:合同编号：YY-JG-2025-062
P:甲方：汕城市飞旋玩具制品有限公司
P:乙方：广拓智能装备工程有限公司
P:甲方溜溜球厂的锌合金球体压铸线和轴承装配线设备老化、节拍不稳，现委托乙方进行控制系统改造并提供后续维保。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 压铸线：更换2台压铸单元的PLC控制柜，加装模温与压射参数采集，改造取件机械手的联锁逻辑。
P:1.2 轴承装配线：更换压装工位伺服系统，新增轴承到位、间隙及转动阻尼传感器，增设一套视觉检测工位，对球体外观、轴承压装深度和绳槽毛刺进行在线检测。
P:1.3 软件：提供产线监控软件永久许可（含设备状态看板、节拍统计、报警记录和质量追溯），并按甲方工艺定制PLC程序和数据接口，与甲方现有MES交换工单和产量数据。
P:1.4 乙方负责设备供货、拆旧、安装、布线、调试、试生产配合及操作维修培训。改造须利用甲方停产期及周末完成，每条线停线时间不得超过七日。
P:1.5 乙方应在合同签订后十五日内提交改造实施方案（含停线计划、拆旧方案、安全措施和回退方案），经甲方确认后实施。
P:1.6 改造后的压铸单元和装配线应保留手动模式，便于故障时应急生产。
P:1.7 设备的型号、规格和技术参数以技术协议为准，乙方不得擅自更换品牌或降低配置。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰壹拾贰万元整（¥1,120,000），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含触摸屏）|4套|386,000
TB:2|伺服系统及传感器|1批|248,000
TB:3|视觉检测工位|1套|174,000
TB:4|产线监控软件许可|1套|126,000
TB:|设备及软件小计||934,000
TB:5|安装调试及拆旧|1项|98,000
TB:6|PLC程序及接口定制|1项|72,000
TB:7|操作维修培训|1项|16,000
TB:|合计||1,120,000
P:2.2 上述价格为含税固定总价，包括运输、保险、安装辅材及乙方人员的全部费用。
P:2.3 因甲方原因增加的工作量，经双方书面确认后按投标单价另行结算。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的55%；到货签收及安装完毕均不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方在每期付款前应开具合法有效的增值税专用发票，甲方收到发票后十五个工作日内付款。
H:第四条 验收
P:4.1 乙方完成调试后提交验收申请，甲方组织试生产验收。验收标准：两条线连续生产十个工作日，压铸单元节拍不低于改造前水平，装配线单班产量达到3,600只；视觉检测漏检率不高于0.5%，误判率不高于2%；报警、追溯与MES接口数据逐日核对一致；技术文件、PLC程序备份和源程序交付齐全。
P:4.2 未达到上述标准的，乙方应在十日内整改后重新验收。甲方在试生产期间使用设备，不视为验收合格。
P:4.3 试生产期间，乙方应派工程师跟班，记录设备运行情况并及时处理问题。验收合格后，双方签署最终验收报告。
H:第五条 质保与维保
P:5.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费维修、更换故障部件并升级软件。
P:5.2 质保期满后，乙方提供年度维保服务，年费为设备及软件小计的9%，即每年¥84,060，含两次预防性巡检，三年内价格不变。
P:5.3 质保期内，乙方每季度进行一次预防性巡检，检查电气连接、传感器精度和程序备份情况，并出具巡检记录。
P:5.4 乙方应随设备免费提供易损件一套（含传感器、光源、继电器各若干），并在质保期满后五年内保证备件供应，备件价格不高于同期市场价。
H:第六条 服务响应
P:6.1 一级故障（整线停机）乙方应在1小时内响应，6小时内工程师到场；二级故障（单工位停机）2小时内响应，次日到场；三级故障在下次巡检时处理。
P:6.2 乙方响应或到场每超时一小时，向甲方支付¥500；因乙方原因整线停机超过二十四小时的，另按每日¥3,000计付。
P:6.3 乙方应在汕城设立服务站，配备不少于两名熟悉本项目的工程师。
P:6.4 每次故障处理后，乙方应填写服务报告，由甲方设备科签字确认。
H:第七条 生产数据与安全
P:7.1 监控软件采集的工艺参数、产量和质量记录等生产数据属于甲方，乙方不得用于本合同以外的目的。
P:7.2 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN接入，不得下载或保存生产数据；因乙方原因造成数据丢失、篡改或外泄的，乙方负责恢复并赔偿损失。
P:7.3 乙方应对改造后的工控网络进行安全加固，关闭不必要的端口和服务，修改默认口令，并向甲方提交安全配置清单。
H:第八条 保密
P:8.1 乙方对甲方的模具结构、产品图纸、工艺参数和客户信息负有保密义务，该义务在合同终止后继续有效。
P:8.2 乙方应要求其参与本项目的人员遵守上述保密义务。
H:第九条 知识产权
P:9.1 乙方为本项目定制的PLC程序、视觉检测参数、接口程序及其源程序归甲方所有，甲方可自行修改或交由第三方维护。
P:9.2 监控软件的著作权仍属乙方，甲方取得永久使用许可。
P:9.3 乙方保证所交付的设备和软件不侵犯第三方的知识产权。
H:第十条 违约责任
P:10.1 乙方逾期完成改造或验收的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:10.2 甲方逾期付款的，每日按应付未付金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方可将拆旧、布线及机械安装等辅助工作交由具备资质的第三方完成，但应提前五个工作日书面通知甲方，并对第三方的工作质量和安全负责。
H:第十二条 安全生产
P:12.1 乙方人员进入车间应遵守甲方安全管理制度，因乙方人员违章造成的人身伤害或财产损失由乙方负责。
P:12.2 乙方动火、登高及带电作业应事先办理甲方作业审批手续，配备合格的防护用品，现场应设专职安全员。
P:12.3 乙方拆除的旧控制柜、电缆等物资归甲方所有，乙方应清点后交甲方仓库。
H:第十三条 培训与技术资料
P:13.1 乙方应对甲方电工、设备维修人员和班组长进行不少于五天的现场培训，内容包括PLC程序结构、伺服参数设置、视觉工位标定和常见故障处理，培训后进行实操考核。
P:13.2 乙方应交付电气原理图、接线图、I/O表、程序注释、备件清单和操作维护手册各两套，并提供电子版。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。
H:第十五条 合同变更与解除
P:15.1 本合同的变更或解除须经双方协商一致并签订书面协议。
P:15.2 因不可抗力致使合同目的无法实现的，双方可协商解除本合同。
H:第十六条 通知
P:16.1 双方联系人和联系方式见合同首页，任何一方变更联系方式应提前书面通知对方；以邮寄或电子邮件方式发出的通知，到达即视为送达。
H:第十七条 争议解决
P:17.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交汕城仲裁委员会仲裁。
H:第十八条 其他
P:18.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议、设备清单和改造实施方案为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：            乙方（盖章）：
"""

H704Z03 = """连锁动漫绘画培训门店预约及会员管理系统服务合同

合同编号：MH-SaaS-2025-019
甲方：星绘动漫文化教育连锁有限公司
乙方：云课通软件服务有限公司

甲方在华东地区经营35家动漫绘画培训门店，需要统一的课程预约、排课签到和会员储值管理系统。乙方以软件即服务方式提供该系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方提供"云课通"平台的以下功能：
1. 课程发布与在线预约（微信小程序）；
2. 教室与教师排课、学员扫码签到；
3. 会员卡、课时包与储值管理；
4. 门店业绩、续费率和课消统计报表；
5. 总部对各门店的权限与价格管控。
（二）实施服务：门店及课程基础数据配置；原收银系统会员、余额和剩余课时数据迁移；按甲方品牌风格定制小程序首页、学员作品展示页和活动报名页；与甲方现有财务软件的收款数据接口开发；门店店长及前台人员培训。
（三）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，至次年对应日的前一日止；第二服务年度紧接其后。
（四）乙方应指定项目经理和客户成功经理，负责实施期间的进度协调和服务期内的日常对接，每月向甲方提交服务报告，内容包括可用率、故障处理、工单统计和功能更新说明。
（五）乙方在服务期内免费提供平台的常规版本升级；重大功能变更应提前十五日通知甲方，且不得减少本合同约定的功能。

二、费用
（一）实施费：人民币捌万陆仟元（¥86,000），一次性支付。
（二）门店订阅费：每店每服务年度¥6,800，35家门店每服务年度合计¥238,000。
（三）总部管理模块费：每服务年度¥42,000。
（四）两个服务年度的费用合计为人民币陆拾肆万陆仟元整（¥646,000）。短信通知按实际发送量另行结算，不计入合同总价。
（五）服务期内新增门店的，按每店每服务年度¥6,800按月折算。
（六）合同总价已包含平台使用、实施、培训和税费，服务期内乙方不得以任何名义另行收取费用，短信费用除外。

三、付款
（一）本合同不设预付款。
（二）实施费在上线验收合格后十五个工作日内一次性支付。
（三）订阅费和总部管理模块费按季度结算，每季度结束后乙方开具发票，甲方在收到发票后十五个工作日内支付当季费用。
（四）乙方应开具增值税专用发票；因发票不合格导致付款延迟的，甲方不承担逾期付款责任。

四、上线验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）验收标准：
1. 35家门店全部开通，预约、签到、扣课时、储值流程逐店测试通过；
2. 迁移的会员、余额和剩余课时与原系统逐条核对一致，差异为零；
3. 在800个并发预约请求下，小程序页面平均响应时间不超过2秒；
4. 财务接口连续七日收款数据核对一致；
5. 定制页面符合甲方确认的设计稿。
（三）甲方应在收到验收申请后七个工作日内完成验收并出具书面结论。门店试用期间的使用不视为验收合格。
（四）验收不合格的，乙方应在十日内整改并重新申请验收。

五、服务水平
（一）平台月度可用率不低于99.5%。计划内维护应安排在凌晨1点至5点之间，并提前二十四小时通知甲方。
（二）故障分级及响应：
1. 一级故障（预约或签到功能在全部或多数门店不可用）：30分钟内响应，2小时内恢复；
2. 二级故障（单个门店或单项功能不可用）：1小时内响应，当日恢复；
3. 其他问题：一个工作日内答复。
（三）可用率每低于承诺值0.5个百分点，抵扣当月订阅费的5%；一级故障响应每超时半小时，抵扣¥500。抵扣合计每月不超过当月订阅费的20%。
（四）乙方应提供每日9:00至21:00的在线客服及电话支持，节假日安排在线值班。

六、数据
（一）学员、家长、会员卡及交易数据属于甲方所有，乙方为提供本合同服务处理上述数据。
（二）甲方同意乙方在服务期内及服务期满后，对上述数据进行去标识化和汇总处理，用于乙方的行业分析报告、产品改进和模型训练，该等汇总数据的权利归乙方。
（三）乙方应依照《个人信息保护法》《数据安全法》履行安全保护义务：数据存储于境内云机房，传输和存储加密，按最小权限原则授权，操作日志保存不少于六个月；发生数据安全事件时应在2小时内通知甲方并采取补救措施；因乙方原因导致学员个人信息泄露的，乙方承担赔偿责任。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求导出全部数据，并删除平台中的甲方数据。
（五）乙方应配合甲方处理学员及家长关于个人信息的查询、更正和删除请求，并在三个工作日内完成。

七、保密
双方对履行本合同中获知的对方经营信息、价格和客户资料负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内有效。乙方参与本项目的人员应签署保密承诺书。

八、知识产权
（一）平台软件及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、设计素材及财务接口程序的知识产权归甲方所有，乙方应交付源代码和设计源文件，甲方可自行修改或委托第三方使用。
（三）乙方保证平台及交付成果不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担赔偿责任。

九、续期与价格调整
（一）服务期满前三十日内任何一方未书面提出终止的，本合同自动续期一个服务年度，此后亦同。
（二）续期时，乙方有权根据其当期价格体系调整订阅费和总部管理模块费，并书面通知甲方，调整后的价格自续期之日起执行。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的二倍为限，但因乙方故意、重大过失或数据安全事件造成的损失不受此限。
（三）甲方逾期付款的，每日按逾期金额的万分之二支付违约金。

十一、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，或可用率连续两个月低于承诺值的，甲方有权书面通知解除合同，并按实际服务月份结算费用。
（二）一方进入破产程序的，另一方可书面通知解除合同。
（三）合同解除的，乙方应按第六条第（四）项导出和删除数据，并退还甲方已付但尚未提供服务期间的费用。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，由甲方所在地人民法院管辖。

十四、培训与运营支持
乙方应在上线前为每家门店的店长和前台各培训一次，并为总部运营人员提供报表分析和营销活动配置培训；上线后首月，乙方应安排专人每日跟进门店使用问题并形成问题清单，问题清单应在次月首周全部关闭或给出解决计划。

十五、不可抗力
因地震、洪水等不可抗力导致服务中断的，受影响方应及时通知对方，并在影响消除后尽快恢复服务；不可抗力期间的停机时间不计入可用率考核。

十六、通知
本合同项下的通知以书面形式送达双方在合同首页载明的地址或指定的电子邮箱，电子邮件发出即视为送达。

十七、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
"""

H704Z04 = """会议中心会务管理系统年度运维服务合同

合同编号：HZZX-YW-2025-07
甲方：滨江国际会议中心管理有限公司
乙方：恒信联达信息技术服务有限公司

鉴于甲方会务管理系统（含会议预订、场地排期、参会注册与证件制作、签到闸机、会议室信息屏及结算模块）已上线运行。系统部署于甲方机房，共有应用服务器六台、数据库服务器两台、签到闸机四十台、会议室信息屏一百二十块。甲方委托乙方提供年度运行维护服务。双方经协商一致，订立本合同。

第一条 服务期限
服务期自2025年7月1日起至2026年6月30日止。期满后如需继续合作，双方另行签订合同。

第二条 服务内容
（一）驻场运维：乙方派驻两名工程师，工作日8:30至18:00在甲方现场值守；大型会议期间按甲方排期延长值守，直至会议当日结束。驻场人员应每日填写值班日志。
（二）日常巡检：每日检查应用服务器、数据库、签到闸机及信息屏的运行状态；每月出具巡检报告，每季度完成一次数据库性能分析与优化。
（三）会议保障：对甲方提前通知的重要会议，乙方须在会前两日完成系统压力测试和备机切换演练，并在会议期间安排专人现场保障；参会人数超过两千人的会议，乙方应额外增派一名工程师。
（四）故障处理与小型变更：处理系统故障，配合甲方完成报表调整、证件模板修改等工作量在五人日以内的小型变更。
（五）备份与恢复：每日增量备份，每周全量备份，每季度进行一次恢复演练。
（六）安全加固与补丁管理：每月检查操作系统、数据库和中间件的安全补丁，经甲方同意后在非会议时段安装；每半年配合甲方完成一次漏洞扫描并整改。
（七）应急预案：乙方应在服务开始后三十日内编制系统应急预案，覆盖签到闸机断网、数据库故障、证件打印机故障等场景，并每半年组织一次演练。
（八）培训与答疑：为甲方会务人员提供系统使用答疑和新员工操作培训，每年不少于四次。
（九）运维报告：乙方每月5日前提交上月运维月报，内容包括系统运行情况、故障统计、变更记录、巡检发现及改进建议。
（十）优化建议：结合会议运行情况，乙方每半年提出一次系统优化建议，包括性能调优、流程改进和硬件更新建议，供甲方决策参考。

第三条 服务费用及支付
（一）年度运维服务费为人民币肆拾伍万陆仟元整（¥456,000），含驻场人员费用、远程支持、巡检及税费。需更换的硬件备件由甲方另行采购。
（二）服务费按季度支付，每季度¥114,000。每季度服务结束且季度考核完成后，乙方开具发票，甲方在十五个工作日内支付。
（三）本合同不设预付款。
（四）驻场人员的差旅、食宿和交通费用已包含在服务费中，乙方不得另行收取。乙方应开具增值税专用发票。

第四条 服务水平
（一）系统年度可用率不低于99.95%；会议保障期间，签到和证件打印功能不得中断。
（二）故障响应：一级故障（会议期间签到、注册或结算功能不可用）15分钟内响应并到场处理，1小时内恢复或切换备机；二级故障30分钟内响应，当日解决；三级故障在两个工作日内解决。
（三）乙方未达到上述服务水平的，按以下标准扣减当季服务费：一级故障每超时响应一次扣减¥2,000；可用率每低于承诺值0.01个百分点扣减¥1,000；季度考核得分低于80分的，每低一分扣减当季服务费的0.5%。
（四）乙方应建立工单系统，对全部报修和变更请求登记编号，记录响应时间、处理过程和结果，供甲方随时查阅。
（五）重要会议保障期间，乙方应每小时巡查一次签到闸机和证件打印设备的运行状态，并在会务工作群内报告。

第五条 考核与验收
（一）甲方每季度按照考核表对乙方进行考核，考核内容包括故障响应及时率、工单按时关闭率、巡检报告质量、会议保障情况和用户满意度。
（二）服务期满前，乙方提交年度运维总结、全部巡检报告、变更记录和更新后的系统文档。甲方按以下标准组织年度验收：工单按时关闭率不低于98%；全年无因乙方原因造成的重要会议中断；备份恢复演练全部成功；文档与系统现状一致。
（三）年度验收不合格的，乙方应在二十日内整改；整改后仍不合格的，甲方可扣减第四季度服务费的10%。
（四）季度考核表满分为100分，其中故障响应及时率25分、工单按时关闭率25分、巡检报告质量15分、会议保障情况20分、用户满意度15分。
（五）年度验收合格后，双方签署年度服务验收单，作为支付第四季度服务费的依据。

第六条 数据安全
（一）系统中的参会人员身份信息、联系方式、证件照片、会议资料和结算数据均属甲方所有，乙方仅可为履行运维工作处理，不得用于其他用途。
（二）乙方应落实数据安全责任：运维操作一律通过甲方堡垒机进行并全程留痕；未经甲方批准不得导出数据，确需导出测试的，须经脱敏并在使用后删除；乙方人员账号实行一人一号，定期更换口令。
（三）发生数据安全事件的，乙方应在30分钟内报告甲方，配合调查并采取补救措施；因乙方原因导致数据丢失、被篡改或外流的，乙方承担由此产生的全部赔偿责任，包括甲方承担的行政处罚和对参会人员的赔偿。
（四）服务期满或合同解除后，乙方应删除其持有的全部甲方数据副本，并书面确认。

第七条 人员管理
（一）乙方驻场工程师须具备三年以上同类系统运维经验，名单经甲方确认；更换人员须提前十日告知甲方并做好交接。
（二）乙方人员应遵守甲方的安全、消防和会务纪律规定，服从甲方会务部门的现场调度。
（三）乙方应为驻场人员缴纳社会保险和意外伤害保险，乙方人员在服务中发生的人身伤害由乙方负责。
（四）乙方驻场人员因病假、事假离岗超过一日的，应安排具备同等能力的人员顶岗。

第八条 甲方义务
甲方应为乙方驻场人员提供办公场所、网络和必要的系统账号；及时通知会议排期和重大活动安排；协调原系统开发商提供必要的技术支持；按约定及时支付服务费，并指定一名系统管理员作为日常对接人。

第九条 知识产权
乙方在服务过程中为甲方编写的脚本、报表模板、运维手册及系统文档，其知识产权归甲方所有。

第十条 分包
乙方应自行完成本合同服务，不得将全部或部分服务分包或转包给第三方。

第十一条 合同解除
（一）乙方严重违反本合同，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算服务费。
（二）乙方提前解除合同的，应提前六十日书面通知甲方并完成交接，交接期间服务标准不得降低。

第十二条 服务交接
服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的第三方移交全部账号、文档、脚本、配置信息和未关闭工单，并配合完成不少于十个工作日的交接，交接完成前不得撤离驻场人员。

第十三条 不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，中断期间不计入可用率考核。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

第十五条 其他
附件一：系统清单及配置；附件二：季度考核表；附件三：会议保障流程。附件为本合同组成部分。本合同未尽事宜，双方可签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
"""

H704Z05 = """# 篾艺云·竹编生产追溯系统软件许可及开发合同

（乙方标准合同文本 V3.0）

合同编号：MY-2025-STD-0091

甲方（需方）：安溪县青篁竹编工艺品厂
乙方（供方）：篾艺云（杭州）软件科技有限公司

本合同为乙方标准合同文本。甲方系以竹编篮、竹编收纳盒及竹编灯罩为主要产品的外贸加工企业，现有破篾、编织等车间三个，一线员工约二百人。甲方就竹编生产追溯系统的采购事宜，与乙方达成如下约定。

## 第一条 合同标的

1.1 乙方向甲方提供"篾艺云竹编生产追溯系统"标准版软件许可，含20个车间工位终端授权，覆盖选竹、破篾、刮篾、染色、编织、定型、质检和包装各工序。

1.2 乙方按甲方需求进行以下定制开发：破篾机与刮篾机计件数据采集、编织工单派发与计件工资核算、成品质检扫码与外贸订单批次追溯。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 定制开发功能说明：（1）计件数据采集：通过工位扫码枪和破篾机计数器，采集每名员工每日的破篾、刮篾数量；（2）编织工单：按外贸订单拆分编织工单并派发至编织小组，按工价表自动计算计件工资；（3）质检追溯：成品贴码，记录质检员、质检结果和出货批次，支持按订单追溯至编织工。

1.5 本合同所称"上线"，指系统在甲方车间部署完成并开始录入生产数据。

1.6 系统支持中文和英文界面，可在电脑端和安卓手持终端使用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 竹编生产追溯系统标准版许可（含20个工位终端授权） | 720,000 |
| 2 | 定制开发（计件采集、工单与计件工资、质检追溯） | 236,000 |
| 3 | 安装部署及数据初始化 | 64,000 |
| 4 | 操作培训 | 14,000 |
| | 合计 | 1,034,000 |

合同总价为人民币壹佰零叁万肆仟元整（¥1,034,000）。上述价格含增值税，不含服务器、扫码枪、标签打印机等硬件设备，该等设备由甲方自行采购或委托乙方代购。

## 第三条 软件授权

3.1 软件授权按工位终端计算。甲方增加工位的，每个工位终端授权费为¥18,000。

3.2 授权码与甲方服务器硬件绑定，更换服务器需由乙方重新授权，每次收取服务费¥2,000。

3.3 甲方不得将软件转让、出租或提供给甲方以外的单位使用。

3.4 软件授权为永久授权，但仅限于本合同约定的版本，后续大版本升级需另行购买。

## 第四条 付款方式

4.1 合同签订后五个工作日内，甲方支付合同总价的55%（¥568,700）。

4.2 系统上线运行后十个工作日内，甲方支付合同总价的45%（¥465,300）。

4.3 甲方逾期付款的，乙方有权暂停实施或暂停系统授权，由此造成的工期延误由甲方承担。

4.4 乙方收到款项后开具增值税普通发票。

## 第五条 实施与上线

5.1 乙方在收到首付款后九十日内完成部署及定制开发。

5.2 系统安装完成并在甲方车间投入运行即为上线。系统上线运行，即视为甲方验收合格。

5.3 甲方提出的需求变更，乙方另行报价，工期相应顺延。

5.4 甲方应提供服务器、网络、工位终端等运行环境，并指派专人配合实施；因甲方环境不具备或配合不及时造成的延误，工期相应顺延。

5.5 甲方应在上线前完成工序、工价、员工和产品编码等基础数据的整理，并提交乙方导入。

5.6 乙方提供两天现场培训，培训对象为甲方车间主任、统计员和系统管理员；超出部分按每人天¥1,800另行收费。

5.7 上线后，甲方发现的功能问题应以书面形式提交乙方，乙方根据问题性质安排在后续版本中处理。

## 第六条 免费维护期

6.1 乙方提供自系统上线之日起六个月的免费维护，期内修复软件缺陷并提供远程技术支持。

6.2 硬件设备、网络环境及甲方操作不当引起的问题，不属于免费维护范围。

6.3 免费维护期内，乙方每月为甲方提供一次远程系统健康检查。

## 第七条 技术支持与维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费按软件许可费的28%计取，即每年¥201,600。未签订维护协议的，乙方不再提供升级及技术支持。

7.2 年度维护协议的内容包括软件缺陷修复、版本升级、远程技术支持和每年两次现场巡检。

7.3 一级故障（系统无法使用）乙方在8小时内响应，二级故障在两个工作日内响应，其他问题在五个工作日内答复。

7.4 乙方以远程支持为主，确需现场服务的，差旅费用由甲方承担。

7.5 免费维护期满后未签订维护协议的，甲方可继续使用当前版本，但乙方不再保证系统与新版操作系统、浏览器的兼容性。

7.6 维护费按年度支付，甲方应在每个维护年度开始前付清当年维护费。

## 第八条 知识产权

8.1 本系统标准版及乙方为甲方定制开发的全部程序、数据模型、报表及相关文档的知识产权均归乙方所有。

8.2 甲方在合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或交由第三方维护。

8.3 乙方保证所提供的标准版软件为乙方合法拥有；如发生侵权纠纷，由乙方负责交涉。

8.4 乙方有权在其宣传资料和客户名单中使用甲方名称及项目案例。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、工资及订单数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方对部署环境采取访问控制、数据加密和操作日志审计措施；发生数据安全事件时，乙方应在24小时内通知甲方并协助处置，因乙方原因造成数据损毁或外泄的，乙方承担相应赔偿责任。

9.3 甲方应自行做好数据备份，乙方建议甲方每日备份一次。

9.4 合同终止后，甲方可在三十日内导出系统中的数据，逾期乙方不再保留。

## 第十条 保密

双方对在合作中获知的对方商业秘密承担保密义务，保密信息包括但不限于对方的技术资料、工艺方法、价格信息和客户名单，保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。

11.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

11.4 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方应停止使用尚未付清款项部分的软件授权。

12.3 因甲方原因解除合同的，甲方已付款项不予退还。

## 第十三条 不可抗力

因不可抗力、政府行为、网络运营商故障等原因导致合同不能履行的，双方互不承担责任，受影响方应及时通知对方。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

15.2 双方的通知以书面或电子邮件方式发送至合同首页地址，发出后三日视为送达。

15.3 本合同附件（功能清单、实施计划）与本合同具有同等效力。

15.4 本合同条款为乙方标准文本，甲方签章即视为已充分理解并同意全部条款。

甲方（盖章）：                乙方（盖章）：
"""

H704E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. IHS-CN-2025-014
P:This Agreement is made between Yunling Tea and Spice Import Co., Ltd., a company registered in Kunming, Yunnan Province, People's Republic of China (the "Buyer"), and Iringa Highlands Software Limited, a company registered in Tanzania with its principal office at Gangilonga, Iringa, United Republic of Tanzania (the "Vendor").
P:Background: The Buyer imports tea, spices and avocado oil from smallholder cooperatives in East Africa and wishes to trace each lot from farm collection to its bonded warehouse in Kunming. The Vendor develops the HarvestTrace traceability software and has implemented it for exporters and cooperatives in the Southern Highlands. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HarvestTrace Enterprise software in object code, version 5.2 or later, including the collection-point mobile application, the lot-tracking server, the laboratory results module and the reporting module, with its user and administrator documentation.
P:1.2 "Custom Deliverables" means the interfaces, configurations, report templates, scripts and documents created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software in connection with the Buyer's business, including farmer, cooperative, lot, laboratory, warehouse and shipment records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
P:1.5 "Project Plan" means the plan agreed under Article 2.3, as amended by written agreement of the parties.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 250 named users and 60 collection-point devices at the Buyer's sites in China and at the premises of its suppliers, for the Buyer's own business and that of its subsidiaries.
P:2.2 The Vendor shall perform the following services: (a) installation of the Software on servers provided by the Buyer in its Kunming data room, including a test environment; (b) configuration of the lot-numbering scheme, quality grades, moisture and grading rules, and warehouse locations; (c) development of interfaces to the Buyer's customs declaration software and to its finance system; (d) migration of lot records from the Buyer's spreadsheets for the past three harvest seasons; and (e) training of key users and administrators, with training materials in English and Chinese.
P:2.3 The Vendor shall carry out the services under a Project Plan agreed within ten days after signature. Services shall be delivered by the Vendor's own staff, on site in Kunming or remotely through the Buyer's approved access channel, and the Vendor shall name a project manager who speaks English and can be reached during the Buyer's working hours.
P:2.4 The Buyer shall provide the servers, operating system and database licences described in the Vendor's technical requirements, reasonable access to its premises and the key users named in the Project Plan.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,666,000, made up of:
P:(a) Software licence fee: CNY 1,180,000;
P:(b) implementation and interface services: CNY 348,000;
P:(c) data migration: CNY 96,000; and
P:(d) training: CNY 42,000.
P:3.2 The Contract Price is fixed and includes all travel, expenses and taxes payable by the Vendor in any country. Prices are stated and paid in Chinese yuan.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 333,200) within 20 days after signature and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 749,700) within 20 days after the Buyer signs the user acceptance test report under Article 5.2.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 583,100) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account named in its invoice. Each party bears its own bank charges. Any withholding tax required by Chinese law may be deducted, and the Buyer shall provide the tax certificate.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the installed and configured Software, the Custom Deliverables and the migrated data within 90 days after signature.
P:5.2 User acceptance testing shall follow test scripts approved by the Buyer and shall show that: (a) a test lot can be traced from collection point to warehouse bin and back in both directions; (b) migrated lot counts and weights reconcile with the source spreadsheets with no unexplained difference; (c) the customs and finance interfaces exchange test records correctly on ten consecutive working days; and (d) standard reports open within three seconds for 80 concurrent users.
P:5.3 After a successful user acceptance test, the Software shall run in live operation for 45 days without a Severity 1 defect. The Buyer shall then issue Final Acceptance within ten working days of the Vendor's request, or state in writing the defects that prevent it. The Vendor shall correct those defects and the relevant test shall be repeated.
P:5.4 Live use of the Software, payment of any instalment or the passing of time shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 24 months after Final Acceptance. During this period the Vendor shall correct defects and provide new releases free of charge.
P:6.2 Severity 1 defects (the Software is unavailable, or lots cannot be recorded at collection points) shall be responded to within one hour, at any time of day, and worked on continuously until a fix or workaround is in place. Severity 2 defects shall be responded to within eight business hours, and other defects within two business days.
P:6.3 If the Vendor misses a response time for a Severity 1 defect, it shall credit CNY 1,000 for each hour of delay against the next payment or support invoice.
P:6.4 After the warranty period, the Buyer may order annual support at a fee of 13% of the Software licence fee (CNY 153,400 per year). This fee shall not be increased for the first three years of support. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including copyright in their source code, pass to the Buyer on payment. The Vendor shall deliver the source code and build instructions of the Custom Deliverables with the final release, and the Buyer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against claims that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analysis, benchmarking or product development.
P:8.2 The Vendor shall comply with the Buyer's information security rules and with the data protection laws of the People's Republic of China. Remote access shall only be through the Buyer's approved VPN with multi-factor authentication, and every session shall be logged. The Vendor shall not copy Buyer Data to any system outside the Buyer's environment, and no Buyer Data shall be transferred out of China.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 12 hours of becoming aware of it, cooperate in the investigation and remedy, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it without the other party's prior written consent. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If Final Acceptance is not reached by the date in the Project Plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Article 8 or 9, infringement claims, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for the parts not accepted, and the Buyer shall return or destroy the copies of the Software concerned.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the United Republic of Tanzania.
P:13.2 Disputes shall first be discussed by senior managers of both parties. If not settled within 30 days, they shall be finally resolved by arbitration in Dar es Salaam under the Arbitration Act of Tanzania, in English, by a sole arbitrator.
H:Article 14 General
P:14.1 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Notices shall be sent by courier or e-mail to the addresses above.
P:Signed for the Buyer: ____________    Signed for the Vendor: ____________
"""

H704E02 = """# ORDER FORM: FIELDPULSE AGRONOMY CLOUD

Order Form No. MFS-OF-2025-0231

This Order Form consists of Part A (Order Details) and Part B (General Terms). If they conflict, Part A prevails.

## PART A: ORDER DETAILS

### A1. Parties

Provider: Mazao FieldSoft Limited, Plot 14, Boma Road, Morogoro, United Republic of Tanzania ("Provider").

Customer: Qilu Sesame and Oilseed Trading Co., Ltd., Qingdao, Shandong Province, People's Republic of China ("Customer").

### A2. Service

FieldPulse Agronomy Cloud (the "Service"): a hosted software service for contract-farming management covering grower registration, field mapping, seed and input distribution records, crop scouting, harvest forecasts, purchase-point weighing records and grower payment statements, together with the FieldPulse mobile application used by field officers offline and synchronised when a connection is available.

Onboarding: configuration of Customer's sourcing regions, crop calendars and grading rules; import of Customer's existing grower list; three custom reports (sourcing forecast by region, input recovery, and grower payment reconciliation); an export interface to Customer's purchasing system; and remote training of up to 40 field officers and 8 administrators.

### A3. Subscription Term

The Subscription Term is twenty-four months from the Service Start Date, which is the date of Go-Live Acceptance under Part B Section 3. The Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Period | Amount (CNY) |
|---|---|---|---|---|
| Platform subscription, named users | 180 users | 1,150 per user per year | 2 years | 414,000 |
| Field mobile application | 600 devices | 190 per device per year | 2 years | 228,000 |
| Onboarding and configuration | 1 | 68,000 | one-time | 68,000 |
| Total Fees | | | | 710,000 |

SMS messages to growers are charged monthly at cost and are not part of the Total Fees. All amounts include Chinese VAT.

### A5. Invoicing and Payment

No advance payment is due. The onboarding fee is invoiced after Go-Live Acceptance. Subscription fees for users and devices are invoiced quarterly in arrears, at the end of each quarter of the Subscription Term. Customer pays each correct invoice within 30 days of receipt by bank transfer in CNY.

### A6. Special Conditions

(a) The Service and all Customer Data are hosted in a mainland China region of Provider's cloud infrastructure provider.

(b) Target Go-Live date: 60 days after signature of this Order Form.

(c) Customer contact: Head of Sourcing, Qingdao. Provider contact: Customer Success Lead, Morogoro.

(d) Language: the Service interface and the Documentation are provided in English and Chinese, and training is delivered in Chinese by Provider's own Chinese-speaking trainer.

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users enter into the Service, including grower, field, harvest, weighing and payment data, and all outputs of the Service derived from it.

1.2 "Documentation" means Provider's user guides and release notes for the Service.

1.3 "Users" means Customer's employees and contractors authorised by Customer to use the Service.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer and its Users during the Subscription Term in accordance with the Documentation.

2.2 Provider will use commercially reasonable efforts to keep the Service available and to schedule maintenance outside Customer's business hours where practicable. Provider does not commit to any particular level of availability.

2.3 Support requests may be raised by e-mail or through the in-app help centre. Provider's support team works during business hours in East Africa and will try to answer requests as promptly as it reasonably can, in the order in which they are received.

2.4 Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in Part A.

2.5 Customer shall keep its Users' log-in details secure, ensure that Users comply with the Documentation, and be responsible for the accuracy of the grower and field data that its Users enter.

2.6 Customer shall not resell the Service, use it to build a competing product, or attempt to access parts of the Service that are not made available to it.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall complete onboarding by the target Go-Live date in Part A.

3.2 Go-Live Acceptance requires that: (a) Customer's grower list is imported and reconciles with the source file; (b) field officers can record a scouting visit and a weighing record offline and synchronise it; (c) the three custom reports produce figures that match a test data set agreed with Customer; and (d) the export interface delivers weighing records to Customer's purchasing system for five consecutive working days without error.

3.3 Customer shall confirm Go-Live Acceptance in writing within five working days after Provider shows that the criteria are met, or list the criteria not met. Use of the Service for training does not count as acceptance.

3.4 If Go-Live Acceptance is delayed beyond the target date for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay as liquidated damages, deducted from the onboarding fee and then from later invoices.

### 4. Fees and Payment

4.1 Customer shall pay the Fees in Part A. Fees are fixed for the Subscription Term.

4.2 Additional users or devices may be added at the unit prices in Part A, pro rata for the remaining Subscription Term.

4.3 Late payments bear interest at the loan prime rate published in China.

### 5. Customer Data

5.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Service to Customer and shall not use it for any other purpose, whether or not aggregated or de-identified.

5.2 At any time during the Subscription Term and for 30 days after it ends, Customer may export all Customer Data in CSV format. Provider shall then delete Customer Data and confirm deletion in writing.

5.3 On request, Provider shall give Customer a list of the places where Customer Data is stored and processed.

### 6. Data Security

6.1 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, daily backups kept in mainland China, and logging of all administrative access.

6.2 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, and shall not transfer Customer Data outside mainland China.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and be liable for Customer's losses caused by an incident resulting from Provider's breach of this Section.

### 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Order Form and disclose it only to personnel who need to know it and are bound by similar duties.

7.2 These duties continue for three years after the Subscription Term ends.

### 8. Intellectual Property

8.1 Provider retains all rights in the Service and the Documentation.

8.2 The custom reports, export interface and configurations created for Customer under Part A belong to Customer. Provider shall deliver their definitions and source code on request, and Customer may use, modify and license them freely, including after the Subscription Term.

### 9. Subcontractors

9.1 Provider shall not subcontract any part of the Service or the onboarding without Customer's prior written consent. The cloud infrastructure provider named in Provider's security documentation is approved by Customer's signature of this Order Form.

9.2 Provider remains responsible for the acts of its approved subcontractors.

### 10. Liability

10.1 Each party's total liability under this Order Form is limited to twice the Total Fees.

10.2 The limit does not apply to breach of Sections 5, 6 or 7, infringement claims, fraud or wilful misconduct.

### 11. Term and Termination

11.1 This Order Form runs until the end of the Subscription Term.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

11.3 On termination by Customer for Provider's breach, Provider shall refund any fees paid for the period after termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 13. General

13.1 This Order Form is the entire agreement of the parties about the Service. Amendments must be in writing.

13.2 Notices shall be sent by e-mail to the contacts in Part A.

13.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to reduce the effect. This does not excuse Customer's payment obligations.

13.4 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business that accepts this Order Form in writing.

Signed for Customer: ____________

Signed for Provider: ____________
"""

H704E03 = """T:Supply and Licence Contract for Pond Water-Quality Sensors and Monitoring Software
P:Contract No. JHAQ-PUR-2025-033
P:Buyer: Jianghan Aquatic Products Co., Ltd., Jingzhou, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Tanganyika AquaSense Limited, Kigoma-Ujiji, Kigoma Region, United Republic of Tanzania (the "Supplier").
P:This Contract is issued on the Buyer's standard purchase terms. The Buyer farms crayfish and freshwater fish in ponds around Honghu and Jingzhou and wishes to monitor dissolved oxygen, temperature, pH and ammonia in real time. The Supplier designs sensor buoys for lake and pond fisheries and has agreed to supply them with its monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the sensor buoys, gateways, spare parts and accessories listed in clause 3.
P:1.2 "Software" means the AquaSense Monitor server software and mobile application, licensed under clause 2.3.
P:1.3 "Deliverables" means the Equipment, the Software and all configurations, alarm rules, dashboards and documents prepared for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and calibrate 24 sensor buoys in the Buyer's ponds and 6 solar-powered gateways, and connect them to the Software installed on the Buyer's server in Jingzhou.
P:2.2 The Supplier shall configure alarm thresholds for each pond, set up SMS and app alerts to the pond managers on duty, and create dashboards for the farm manager and the quality department.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's farms, with no limit on the number of users and for up to 80 connected buoys.
P:2.4 The Supplier shall train the Buyer's pond managers and two system administrators, and provide operation and maintenance manuals in Chinese.
P:2.5 The Supplier is responsible for export packing, shipment from Dar es Salaam, import customs clearance in China and delivery to the Buyer's farm office in Jingzhou. Risk in the Equipment passes to the Buyer on signature of the installation record.
P:2.6 The Equipment shall be new, of the models stated in the Supplier's offer, and certified for use in China where certification is required.
H:3. Price
P:3.1 The Contract Price is CNY 1,528,000, fixed, including delivery to the Buyer's farm, customs clearance, import duties, installation, taxes and all expenses. It is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor buoy (DO, temperature, pH, ammonia)|24|38,500|924,000
TB:2|Solar-powered LoRa gateway|6|21,000|126,000
TB:3|AquaSense Monitor perpetual licence|1|318,000|318,000
TB:|Equipment and Licence Subtotal|||1,368,000
TB:4|Installation, calibration and configuration|1|142,000|142,000
TB:5|Training|1|18,000|18,000
TB:|Contract Price|||1,528,000
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 152,800) within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 Installation payment: 55% of the Contract Price (CNY 840,400) within 15 working days after all Equipment has been installed and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 534,800) within 15 working days after Final Acceptance.
H:5. Delivery and Acceptance
P:5.1 The Supplier shall deliver and install the Equipment and the Software within 75 days after signature, outside the Buyer's pond harvesting weeks notified in advance.
P:5.2 Acceptance tests shall show that: (a) each buoy's readings deviate from the Buyer's calibrated reference instrument by no more than the tolerances in Annex 1; (b) readings reach the Software within two minutes in each pond; (c) a low-oxygen alarm reaches the pond manager's phone within three minutes in a test at every pond; (d) the buoys and gateways run on solar power for seven days of overcast weather without interruption; and (e) all documents and manuals have been delivered.
P:5.3 After successful tests, the system shall run for 30 days without a Severity 1 fault. The Buyer shall then sign the acceptance certificate within ten working days or give written reasons for refusing. Use of the system during the trial run shall not be deemed acceptance.
P:5.4 The Supplier shall submit a test plan for the Buyer's approval at least ten days before the acceptance tests start, and shall record the results of every test in a report signed by both parties.
H:6. Warranty and Post-Warranty Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace faulty Equipment, recalibrate sensors twice a year and supply Software updates free of charge.
P:6.2 After the warranty, the Buyer may order annual support at 9% of the Equipment and Licence Subtotal (CNY 123,120 per year). This fee is fixed for the first three years after the warranty. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.3 The Software server shall be available at least 99.95% of each calendar month, excluding maintenance agreed in advance with the Buyer.
P:6.4 Fault response:
TB:Severity|Description|Response|On-site or remote fix
TB:Severity 1|No readings or alarms from a whole farm, or the Software is down|30 minutes|Within 8 hours
TB:Severity 2|One buoy or gateway faulty, or a single function unavailable|2 hours|Within 2 working days
TB:Severity 3|Other faults and questions|1 working day|Next scheduled visit
P:6.5 For each hour by which the Supplier misses a Severity 1 response time, the Supplier shall pay CNY 1,000. For each 0.01 percentage point by which monthly availability falls short, the Supplier shall pay CNY 800. These amounts are deducted from the retention or the next invoice.
P:6.6 During the warranty and for five years after it, the Supplier shall keep spare sensors, batteries and gateway parts available and shall ship replacement parts within five working days of the Buyer's request.
H:7. Buyer Data and Security
P:7.1 All readings, alarms, pond records and other data collected or produced by the Deliverables belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The Supplier shall keep the data on the Buyer's server in China, access it only by remote sessions approved by the Buyer for each occasion and logged, and shall not copy it elsewhere. The gateways shall use encrypted communication and changed default passwords.
P:7.3 The Supplier shall report any security incident affecting the data within 12 hours, help the Buyer contain and remedy it, and be liable for the Buyer's losses caused by the Supplier's breach of this clause.
H:8. Confidentiality
P:8.1 Each party shall keep confidential the other party's non-public information, including the Buyer's farm layouts, stocking data and production volumes, and shall not disclose it to any third party without prior written consent. This duty continues for five years after the end of this Contract.
H:9. Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the Software and in the standard design of the Equipment.
P:9.2 The alarm rules, dashboards, configurations and documents prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:9.3 The Supplier shall deliver the configuration files and alarm rule definitions in an open, documented format.
P:9.4 The Supplier shall indemnify the Buyer against claims that the Deliverables infringe third-party rights.
H:10. Delay and Liability
P:10.1 If the Supplier misses the delivery and installation date in clause 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct, and breach of clauses 7 and 8.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under clause 10.1 reach their maximum.
P:12.2 On termination under clause 12.1 the Supplier shall refund the amounts paid for Deliverables not accepted and remove its Equipment at its own cost if the Buyer so requests.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:14. General
P:14.1 This Contract is written in English and Chinese; both versions are equally valid. Annex 1 (sensor tolerances) and Annex 2 (pond list) form part of this Contract.
P:14.2 Neither party is liable for a delay caused by events beyond its reasonable control, such as floods, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts longer than 60 days, the parties shall agree how to proceed.
P:14.3 Notices shall be in writing and sent by courier or e-mail to the addresses above. Amendments to this Contract must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H704E04 = """# MANAGED SERVICES AGREEMENT

Agreement No. UMS-2025-CZ-008

## Parties

Customer: Changzhou Golden Furrow Agricultural Machinery Co., Ltd., Changzhou, Jiangsu Province, People's Republic of China ("Customer").

Provider: Unyanyembe Managed IT Services Limited, Tabora, United Republic of Tanzania ("Provider").

## Background

Customer sells tractors, planters and spare parts through a dealer network in China and in East Africa. Its dealer portal and spare-parts ordering system are used by dealers in both regions around the clock. Customer's own IT team is small and works office hours in Changzhou only. Provider runs a service desk and application support centre in Tabora and agrees to provide managed services for these systems on the terms below.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Systems" means Customer's dealer portal, spare-parts ordering system and the interfaces between them and Customer's ERP.

1.5 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 3.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by a written amendment signed by both parties, at charges agreed at that time.

## Section 3. Transition

3.1 Within 45 days after signature, Provider shall take over the Services from Customer's current support team, document the Systems, set up its ticketing tool and monitoring, and train its staff on the Systems.

3.2 Transition is accepted when: (a) the knowledge-transfer checklist in Schedule 1 is complete and signed by Customer's system owner; (b) Provider has handled tickets in a two-week parallel run with no P1 or P2 ticket breaching its Service Level; (c) monitoring covers every server, interface and scheduled job listed in the checklist; and (d) the run book for each System is approved by Customer.

3.3 Customer shall sign the transition acceptance certificate within five working days after Provider shows that the criteria are met, or state in writing which criteria are not met. Provider's handling of tickets during the parallel run is not acceptance.

3.4 During transition, Customer's current support team remains responsible for the Systems, and Provider's staff shall work alongside it.

3.5 If the Service Commencement Date falls after the 45-day transition period for reasons attributable to Provider, Provider shall pay CNY 2,000 for each day of delay as liquidated damages.

## Section 4. Performance of the Services

4.1 Provider shall perform the Services with skilled staff, in accordance with the Service Levels and good industry practice.

4.2 Provider shall provide service desk support in Chinese, English and Swahili. Chinese-speaking agents shall be available for all dealer calls from China.

4.3 Provider shall report monthly on ticket volumes, Service Level performance, recurring problems and proposed improvements, and attend a monthly service review with Customer.

4.4 Customer shall give Provider the access, accounts and information reasonably needed to perform the Services, tell Provider in advance of planned changes to the Systems, and ensure that its other suppliers cooperate with Provider.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges set out in Schedule 3. The Charges are fixed for the Term.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. No advance payment is payable.

5.3 Customer pays each correct invoice within 30 days by bank transfer in CNY. Service credits under Schedule 2 are deducted from the next invoice.

## Section 6. Customer Data

6.1 All data held in or produced by the Systems, including dealer, order, price and customer records, and all ticket records, remain the property of Customer.

6.2 Provider shall use such data only to perform the Services and shall return all copies to Customer when this Agreement ends.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including Customer's prices, dealer terms and sales volumes, and shall not disclose it to third parties without the other party's prior written consent.

7.2 This Section continues for five years after this Agreement ends.

## Section 8. Intellectual Property

8.1 Provider keeps its ticketing tool, monitoring templates and general know-how.

8.2 Run books, scripts, reports and documentation created for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including by giving them to a successor provider.

## Section 9. Personnel and Subcontracting

9.1 Provider shall name a service delivery manager and keep the key staff listed in Schedule 1 for at least the first half of the Term, unless Customer agrees otherwise. Provider shall give Customer at least 30 days' notice before replacing the service delivery manager and shall arrange a proper handover.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## Section 10. Liability

10.1 Provider's total liability under this Agreement in any claim or series of claims is limited to the Charges paid by Customer in the nine months before the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss. The limit in 10.1 does not apply to fraud or wilful misconduct.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the same P1 Service Level in three consecutive months.

11.2 Either party may terminate on 90 days' notice if the other party becomes insolvent.

11.3 On termination or expiry, Provider shall cooperate for up to 60 days in the transfer of the Services to Customer or a successor provider at the monthly service charge pro rata.

11.4 On expiry or termination, Provider shall deliver the latest run books, open ticket lists and configuration records within ten working days.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Changzhou Arbitration Commission for arbitration in Changzhou.

## Section 13. General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

13.2 Schedules 1 to 3 form part of this Agreement.

13.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a failure of public telecommunications networks, if it notifies the other party promptly and takes reasonable steps to limit the effect.

13.4 Notices shall be in writing and sent by e-mail and courier to the addresses given by each party for that purpose.

## Schedule 1. Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact for dealers and Customer staff by phone, e-mail and portal chat; logging, classification and first-line resolution of tickets | 24 x 7 |
| Application support | Second-line support for the dealer portal and spare-parts ordering system; fixing configuration errors, data corrections on request, user and role administration | 24 x 7 for P1 and P2; business days otherwise |
| Monitoring | Monitoring of servers, interfaces, scheduled jobs and certificate expiry; alerting and first response | 24 x 7 |
| Release support | Testing and deployment of vendor patches and minor releases in agreed windows, up to two per month | Agreed windows |
| Problem management | Root-cause analysis for every P1 and recurring P2 incident, with a written report within five working days | Business days |
| Reporting | Monthly service report and monthly service review | Monthly |
| Transition | Knowledge transfer, run books, tool set-up and parallel run, as in Section 3 | First 45 days |

## Schedule 2. Service Levels

| Priority | Definition | Response | Resolution or workaround | Service credit if missed |
|---|---|---|---|---|
| P1 | Dealer portal or ordering system down for all users, or orders cannot be placed | 15 minutes | 2 hours | 2% of the monthly service charge per incident |
| P2 | A major function or a whole region affected | 30 minutes | 8 hours | 1% of the monthly service charge per incident |
| P3 | A single user or minor function affected | 2 business hours | 3 business days | None |
| Service desk | Calls answered | 90% within 60 seconds | Not applicable | 1% of the monthly service charge if missed in a month |

Service credits in a month are capped at 10% of that month's service charge.

## Schedule 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, invoiced after the Service Commencement Date | 84,000 |
| Monthly service charge | CNY 68,500 per month for 36 months | 2,466,000 |
| Total contract value | | 2,550,000 |

Work outside the Services is charged at CNY 1,200 per person-day on Customer's written order and is not part of the total contract value.

Signed for Customer: ____________

Signed for Provider: ____________
"""

H704E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. RAD-API-2025-117

PARTIES

Customer: Pu'er Highland Coffee Trading Co., Ltd., Pu'er, Yunnan Province, People's Republic of China ("Customer").

Vendor: Ruvuma AgriData Limited, Mahenge Street, Songea, Ruvuma Region, United Republic of Tanzania ("Vendor").

BACKGROUND

Customer buys green coffee from growers in Yunnan and East Africa and wants reliable weather, rainfall and crop-condition data for its sourcing regions. Vendor compiles such data from weather stations, satellite sources and field surveys and delivers it through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Vendor's REST interface through which the Data is delivered, with its documentation.

1.2 "Data" means the weather, rainfall, soil-moisture, crop-condition and yield-estimate data sets described in the Subscription Schedule, updated as stated there.

1.3 "Subscription Year" means each period of one year starting on the Start Date or on an anniversary of it.

1.4 "Start Date" means the date of Integration Acceptance under clause 4.

1.5 "Customer Data" means the farm coordinates, supplier lists, purchase volumes and other data that Customer uploads to the API or sends to Vendor, and the results of Customer's queries.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to download the Data, and to use the Data within Customer's group for sourcing, pricing, risk management and reporting to its customers.

2.2 Customer may call the API up to two million times per Subscription Year. Calls above that volume are charged at the overage rate in clause 5.3.

2.3 Customer may not resell the Data as such, but may share reports and charts containing the Data with its own customers and lenders.

2.4 Customer shall keep its API keys secret, use them only within its group, and tell Vendor promptly if it believes a key has been disclosed, so that Vendor can issue a new one.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years from the Start Date.

3.2 At the end of the initial Subscription Term, and at the end of each renewal term, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 Vendor may increase the Subscription Fee for any renewal term by giving Customer notice at least 75 days before that term starts. The increased fee applies from the start of the renewal term.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 30 days after signature, Vendor shall build and deliver an integration adapter that loads the Data into Customer's sourcing database every day, maps Vendor's region codes to Customer's sourcing regions, and produces a daily rainfall and crop-condition summary for 46 named sourcing areas.

4.2 Integration Acceptance requires that: (a) the adapter loads the Data for 14 consecutive days without a failed run; (b) the values loaded match the values returned by the API for a sample of 200 records chosen by Customer; (c) the daily summary covers all 46 sourcing areas; and (d) the adapter's source code and run book have been delivered.

4.3 Customer shall confirm Integration Acceptance in writing within five working days after Vendor shows the criteria are met, or list the criteria that are not met. Test use of the Data is not acceptance.

4.4 If Integration Acceptance is delayed beyond the 30-day period for reasons attributable to Vendor, Vendor shall pay CNY 400 for each day of delay as liquidated damages.

4.5 Vendor shall support the adapter during the Subscription Term and update it free of charge whenever Vendor changes the API.

5. FEES AND PAYMENT

5.1 The fees are:
- Subscription Fee: CNY 286,000 per Subscription Year, CNY 572,000 for the initial Subscription Term;
- Integration fee: CNY 38,000, one-time.
The total fees for the initial Subscription Term are CNY 610,000.

5.2 The integration fee is invoiced after Integration Acceptance. The Subscription Fee is invoiced quarterly in arrears, at the end of each quarter of a Subscription Year. No advance payment is due.

5.3 API calls above the annual volume are charged at CNY 9 per thousand calls, invoiced with the next quarterly invoice. Overage is not part of the total fees.

5.4 Customer pays each correct invoice within 30 days of receipt by bank transfer in CNY. All fees include the taxes payable by Vendor.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, measured at Vendor's gateway and excluding maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 Daily Data sets shall be published by 07:00 China Standard Time.

6.3 Vendor shall respond to incidents as follows: Priority 1 (API unavailable or Data not published) within one hour, at any time; Priority 2 (a data set delayed or incomplete) within three business hours; Priority 3 (questions) within two business days.

6.4 If availability falls short in a month, Customer receives a credit of 5% of the quarterly Subscription Fee for each 0.1 percentage point of shortfall. If a daily Data set is published more than three hours late, Customer receives a credit of CNY 300 per late day. Credits are deducted from the next invoice.

6.5 Vendor shall publish monthly availability figures on its customer portal.

7. DATA QUALITY

7.1 Vendor shall compile the Data with reasonable skill and care, document its sources and methods, and correct errors notified by Customer within five business days.

7.2 Vendor shall notify Customer in advance of any change to the API or the Data that could affect the adapter, and shall keep the previous API version running for at least 90 days after such a change.

7.3 If a data source used for the Data is discontinued, Vendor shall replace it with a source of comparable coverage and quality and inform Customer of the change and of any effect on historical series.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the Data and the API to Customer and shall not use it for any other purpose, including its own products, analysis or models.

8.2 Vendor shall protect Customer Data with encryption in transit and at rest, API keys and IP allow-listing, role-based access for its staff, logged administrative access and tested backups. Customer Data shall be stored on servers in mainland China.

8.3 Vendor shall notify Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and be liable for Customer's losses caused by its breach of this clause.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's sourcing regions, suppliers and volumes, and shall not disclose it to third parties without prior written consent.

9.2 This clause continues for three years after this Agreement ends.

10. INTELLECTUAL PROPERTY

10.1 Vendor and its data suppliers keep all rights in the Data and the API, subject to the rights granted in clause 2.

10.2 The integration adapter, region mappings and summary reports built for Customer belong to Customer, which may use, modify and license them freely. Vendor shall deliver their source code under clause 4.2.

11. SUBCONTRACTORS AND DATA SUPPLIERS

11.1 Vendor may engage subcontractors, hosting providers and data suppliers to perform any part of this Agreement by giving Customer written notice of each new subcontractor at least 15 days before it starts work.

11.2 Vendor remains responsible for the performance of its subcontractors.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 200% of the total fees for the initial Subscription Term.

12.2 The limit does not apply to breach of clauses 8 or 9, infringement claims, fraud or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 Customer may also terminate by written notice if monthly availability falls below the level in clause 6.1 in three months of any Subscription Year.

13.3 On termination by Customer under clause 13.1 or 13.2, Vendor shall refund any fees paid for the period after termination and return or delete Customer Data as Customer directs.

13.4 Expiry or termination does not affect Customer's right to keep and use Data downloaded during the Subscription Term for its internal records.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

15. GENERAL

15.1 This Agreement, with its Subscription Schedule, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

15.2 Notices shall be sent by e-mail and courier to the addresses above.

15.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. This does not excuse payment of fees already due.

15.4 Neither party may assign this Agreement without the other party's prior written consent.

For Customer: ____________

For Vendor: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# files, labels and the design list of expected rules
FILES = {
    "h704z01": ("h704z01_grain_oil_inspection_platform.pdf", "zh", H704Z01),
    "h704z02": ("h704z02_yoyo_factory_line_control_retrofit.docx", "zh", H704Z02),
    "h704z03": ("h704z03_comic_class_chain_booking_saas.txt", "zh", H704Z03),
    "h704z04": ("h704z04_conference_centre_system_om_service.txt", "zh", H704Z04),
    "h704z05": ("h704z05_bamboo_weaving_tracking_supplier_template.md", "zh", H704Z05),
    "h704e01": ("h704e01_traceability_licence_iringa_vendor.pdf", "en", H704E01),
    "h704e02": ("h704e02_agronomy_saas_order_form_morogoro.md", "en", H704E02),
    "h704e03": ("h704e03_pond_sensors_monitoring_licence_kigoma.docx", "en", H704E03),
    "h704e04": ("h704e04_dealer_systems_managed_services_tabora.md", "en", H704E04),
    "h704e05": ("h704e05_crop_weather_data_api_songea.txt", "en", H704E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra (sla_clause, ld_stated, pwf_capped or None, deemed, value), fee base for TCO, design)
LABELS = {
    "h704z01": ("software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                  False, "PRC", G),
                (True, True, True, False, 1496000), 860000, []),
    "h704z02": ("hardware",
                T(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 9, False, False, True,
                  "PRC", G),
                (True, True, True, False, 1120000), 934000, ["CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h704z03": ("cloud",
                T(99.5, 0.5, True, "buyer", True, False, True, 0.06, 200, None, True, None, None, None, True, True,
                  False, "PRC", S),
                (True, True, None, False, 646000), None,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h704z04": ("services",
                T(99.95, 0.25, True, "buyer", True, True, False, None, None, None, True, None, None, None, False,
                  True, False, "PRC", S),
                (True, False, None, False, 456000), None, ["CR-CONFIDENTIALITY", "CR-LD-MISSING"]),
    "h704z05": ("software",
                T(None, 8, False, "supplier", True, True, True, 0.02, 20, 55, False, False, 6, 28, False, True,
                  None, None, G),
                (True, True, True, True, 1034000), 720000,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h704e01": ("software",
                T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 13, False, True, False,
                  "Tanzania", G),
                (True, True, True, False, 1666000), 1180000, ["CR-GOVERNING-LAW"]),
    "h704e02": ("cloud",
                T(None, None, False, "buyer", True, True, True, 500 / 710000 * 100, 200, None, True, None, None,
                  None, False, True, False, "PRC", S),
                (False, True, None, False, 710000), None, ["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h704e03": ("hardware",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 9, False, True,
                  False, "PRC", G),
                (True, True, True, False, 1528000), 1368000, []),
    "h704e04": ("services",
                T(None, 0.25, True, "buyer", False, True, True, 2000 / 2550000 * 100, 9 / 36 * 100, None, True,
                  None, None, None, False, True, False, "PRC", S),
                (True, True, None, False, 2550000), None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h704e05": ("cloud",
                T(99.95, 1, True, "buyer", True, True, True, 400 / 610000 * 100, 200, None, True, None, None, None,
                  True, True, True, "PRC", S),
                (True, True, None, False, 610000), None, ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds, as label values
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, value, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (value + fees) * 100


def derive(t, extra, base):
    """my reading of policy §3, from the labels alone"""
    sla, ld_stated, capped, deemed, value = extra
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, value, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold figures in text
PATTERNS = [
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent\b|per\s*cent\b)",
    r"(?<![\d.,])99\.90*(?![\d])",
    r"(?<![\d.,])0?\.050*(?!\d)\s*(?:%|％|percent|per\s*cent)",
    r"万分之五(?!十)", r"千分之零点五", r"百分之(?:三十|十五|四十|一百|百)(?!点)", r"百分之九十九点九(?![零一二三四五六七八九])",
    r"(?<![\d.,])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![\d.,])4\s*-\s*hours?\b",
    r"(?<![十二])四\s*(?:个)?\s*小时", r"(?<![-\w])four[\s-]*hours?\b",
    r"(?<![\d.,])12\s*(?:个)?\s*(?:月|months?\b)", r"(?<![\d.,])12\s*-\s*months?\b", r"十二\s*个\s*月",
    r"(?<![-\w])twelve[\s-]*months?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "15％", "40 percent", "100%", "100.0%", "99.9%", "99.90 %", "0.05%", "0.050 %",
            "万分之五", "百分之三十", "百分之十五", "4小时", "4 个小时", "4 hours", "4-hour", "四小时", "four hours",
            "12个月", "12 months", "12-month", "十二个月", "twelve months", "twelve-month", "within4hours"]
MUST_MISS = ["99.95%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "130%", "115%", "0.15%", "1.5%",
             "0.055%", "万分之五十", "14 hours", "120 months", "112 months", "24个月", "1,530,000", "45%", "35%",
             "2,400%", "0.5%", "150%", "200%"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s)


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label_json(key):
    name, lang, _ = FILES[key]
    cat, t, extra, base, design = LABELS[key]
    sla, ld_stated, capped, deemed, value = extra
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    rules = derive(t, extra, base)
    d = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": ex,
         "expected_rules": rules}
    return json.dumps(d, ensure_ascii=False, indent=1)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sums = {  # price items and payment instalments add up to the contract value
        "h704z01": ([860000, 492000, 118000, 26000], [299200, 673200, 523600]),
        "h704z02": ([386000, 248000, 174000, 126000, 98000, 72000, 16000], [112000, 616000, 392000]),
        "h704z03": ([86000, 2 * 35 * 6800, 2 * 42000], None),
        "h704z04": ([4 * 114000], None),
        "h704z05": ([720000, 236000, 64000, 14000], [568700, 465300]),
        "h704e01": ([1180000, 348000, 96000, 42000], [333200, 749700, 583100]),
        "h704e02": ([180 * 1150 * 2, 600 * 190 * 2, 68000], None),
        "h704e03": ([24 * 38500, 6 * 21000, 318000, 142000, 18000], [152800, 840400, 534800]),
        "h704e04": ([84000, 36 * 68500], None),
        "h704e05": ([2 * 286000, 38000], None),
    }
    for k, (items, pays) in sums.items():
        v = LABELS[k][2][4]
        assert sum(items) == v and (pays is None or sum(pays) == v), k
    bin_targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: FILES[k][2] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(src, encoding="utf-8")
    covered = set()
    bad = []
    for k, (name, lang, src) in FILES.items():
        cat, t, extra, base, design = LABELS[k]
        assert list(t) == TERM_KEYS
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and extra[2] is None
        for f, v in THRESH.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f)
        share = tco_share(t, extra[4], base)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        rules = derive(t, extra, base)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = set()
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits |= {m.group(0) for m in RX.finditer(variant)}
        print("%-55s %s %5d  risk %-6s share %s  rules %s  hits %s" % (
            name, lang, n, risk(rules), "-" if share is None else "%.1f" % share, ",".join(
                r[3:] for r in rules) or "(none)", sorted(hits) or ""))
        if not lo <= n <= hi:
            bad.append((name, n))
        if hits:
            bad.append((name, sorted(hits)))
        (OUT / (k + name[len(k):].rsplit(".", 1)[0] + ".json")).write_text(label_json(k), encoding="utf-8")
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    cnt = {k: len(derive(LABELS[k][1], LABELS[k][2], LABELS[k][3])) for k in FILES}
    assert cnt["h704z01"] == 0 and cnt["h704e03"] == 0 and LABELS["h704e01"][4] == ["CR-GOVERNING-LAW"]
    assert 8 <= cnt["h704z05"] <= 10
    assert all(2 <= cnt[k] <= 3 for k in ("h704z02", "h704z03", "h704z04", "h704e02", "h704e04", "h704e05"))
    assert not bad, bad
    print("all checks passed")


if __name__ == "__main__":
    main()
