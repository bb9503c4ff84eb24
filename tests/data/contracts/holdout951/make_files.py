"""holdout951: builds the ten blind held-out draft contracts of this folder from their sources below, writes their
.json labels, and asserts the checks of the brief (lengths as read back, no threshold figure in any text, no label
value on a threshold, rules derived from the labels = the design list, all 20 CR rules covered).

Run: /work/main/.venv/bin/python -B make_files.py   (imports ../word_pdf.py for .docx and .pdf)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H951Z01 = """T:共享自习室监管平台采购合同
P:合同编号：JYJ-ZFCG-2027-031
P:采购人（甲方）：某市教育局
P:供应商（乙方）：某市启衡信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例，经公开招标（项目编号ZFCG-2027-0088），甲方确定乙方为共享自习室监管平台项目的中标供应商。双方依据招标文件、投标文件及中标通知书，订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供共享自习室监管平台软件许可一套（永久许可，覆盖全市登记备案的全部自习室场所），并完成备案审批、消防与安全巡查、从业人员登记、预约与收费公示、投诉处理、监管驾驶舱等模块的定制开发，以及部署实施和用户培训。
P:1.2 合同总价为人民币1,780,000元（大写：壹佰柒拾捌万元整），其中：平台软件许可费980,000元；定制开发费620,000元；部署实施费145,000元；培训费35,000元。合同总价为固定价格，已包含税费、差旅、第三方测评配合等全部费用，甲方不另行支付其他款项。
P:1.3 平台部署在甲方指定的政务云资源上，乙方不得将平台或数据迁移至其他环境。乙方应保证平台兼容主流国产操作系统、数据库和浏览器，并支持移动端监管巡查应用。
H:第二条 交付期限
P:2.1 乙方应在合同签订后七十五日内完成平台部署和定制开发并提交初验申请，在初验通过后六十日内完成试运行并申请最终验收。
P:2.2 乙方应在合同签订后十日内提交项目实施方案，经甲方书面确认后执行。实施方案应列明里程碑、人员安排和风险措施。
P:2.3 乙方应指派具有同类项目经验的项目经理常驻甲方现场，项目经理及核心开发人员未经甲方同意不得更换。乙方人员应遵守甲方的办公管理和信息安全规定。
P:2.4 乙方应为甲方及各区教育行政部门的系统管理员、监管人员分批组织培训，培训不少于六场，并提交培训教材和考核记录。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计人民币356,000元。
P:3.2 平台初验合格后十五个工作日内，甲方支付合同总价的45%，计人民币801,000元。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%，计人民币623,000元。
P:3.4 乙方每次请款前应开具等额合法发票。甲方付款以财政资金到位为前提，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验标准：（1）招标文件技术需求逐项实现，功能清单全部通过测试；（2）与市政务服务平台、市场监管登记系统的接口数据双向比对一致；（3）五百个并发用户下页面平均响应时间不超过2秒；（4）第三方机构出具的网络安全等级保护测评报告无高风险项。
P:4.2 最终验收标准：试运行连续六十日内无一级故障，甲方全部验收问题关闭，乙方移交源代码、部署文档、运维手册和培训记录。
P:4.3 甲方在收到验收申请后十个工作日内组织验收并出具书面意见。平台上线运行、甲方使用或支付部分款项均不视为验收合格；未通过验收的，乙方应在十五日内整改后重新申请。
H:第五条 质量保证与后续维护
P:5.1 平台质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和远程技术支持。
P:5.2 质保期满后，甲方可与乙方另行签订维护合同，年度维护费不超过平台软件许可费的8%，即每年不超过人民币78,400元，该价格在质保期满后三年内保持不变。维护合同不自动续期。
P:5.3 质保期内，乙方每季度对平台进行一次巡检，提交巡检报告，内容包括运行状况、容量使用、安全漏洞修复情况和优化建议；遇教育部门重大考试或寒暑假高峰期，乙方应安排专人值守。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 故障分为三级。一级故障（平台无法登录或核心监管功能中断）30分钟内响应，2小时内到场或远程处理，8小时内恢复；二级故障2小时内响应，次日内解决；三级故障在下一版本中解决。
P:6.3 服务水平未达标的，每延误一小时响应扣减违约金人民币1,000元；月度可用率每低于承诺值0.01个百分点扣减人民币2,000元，从应付款或履约保证金中扣除。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权仍归乙方，甲方获得永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序、数据字典及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第八条 数据安全
P:8.1 平台采集的场所信息、从业人员信息、学生预约记录及监管数据均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或用于其他任何目的。
P:8.2 乙方应按照《数据安全法》《个人信息保护法》及等级保护要求，落实访问控制、加密存储、操作审计和最小授权，运维操作经堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额承担。
P:8.4 合同终止或履行完毕时，乙方应将全部数据完整移交甲方，并销毁其掌握的数据副本，出具书面销毁证明。
H:第九条 保密
P:9.1 双方对在履行合同中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后三年内继续有效。
H:第十条 分包
P:10.1 本项目不得分包或转包。乙方使用的云资源、密码产品等由甲方统一提供或指定，乙方不得自行引入第三方参与开发和运维。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八支付违约金。
P:11.2 乙方交付的平台不符合合同约定且整改后仍不合格的，甲方有权退货并要求乙方返还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方承担违约责任。
P:12.2 乙方逾期超过三十日，或违反本合同第八条造成数据泄露的，甲方可直接解除合同。合同解除后，乙方应配合完成数据移交和系统交接，已完成且经甲方确认的部分按实际工作量结算。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 履约保证金
P:14.1 乙方应在合同签订前向甲方提交合同总价的5%作为履约保证金，最终验收合格且无未决违约事项的，甲方在三十日内无息退还。
H:第十五条 不可抗力
P:15.1 因不可抗力致使合同不能履行的，受影响一方应及时通知对方并在十日内提供证明，双方根据影响程度协商延期、部分履行或解除合同。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：________  乙方（盖章）：________
P:签订日期：2027年3月16日
"""
H951Z02 = """T:防潮垫生产线控制系统改造合同
P:合同编号：HYFC-JG-2027-012
P:甲方（买方）：某省恒源防潮垫制品有限公司
P:乙方（卖方）：某市拓控自动化工程有限公司
P:甲方现有四条防潮垫生产线（发泡、复合、压纹、分切）的控制系统老化，温度与厚度控制精度不足，故障停线频繁。经比选，甲方委托乙方实施四条生产线控制系统改造，包括设备供货、控制软件、安装调试及停线切换。双方经协商订立本合同。
H:第一条 合同标的与价格
P:1.1 乙方按下表供货并完成改造，合同总价为人民币1,860,000元（含增值税），为固定总价。
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏、I/O模块）|4套|186,000|744,000
TB:2|温控及在线测厚仪|4套|98,500|394,000
TB:3|工业交换机、光纤及控制布线|1批|126,000|126,000
TB:4|MES工位终端|16台|7,500|120,000
TB:5|生产线控制软件许可（永久）|1套|268,000|268,000
TB:|设备及软件小计|||1,652,000
TB:6|安装调试及停线切换|1项|188,000|188,000
TB:7|操作与维修培训|1项|20,000|20,000
TB:|合同总价|||1,860,000
P:1.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及税费。乙方为本项目编写的PLC程序、配方管理程序和MES接口程序包含在合同总价内。
H:第二条 交货与实施
P:2.1 乙方应在合同签订后四十五日内将全部设备运至甲方厂区，并在到货后三十日内完成安装调试。
P:2.2 停线切换按生产线逐条进行，每条线停线时间不超过七十二小时，具体时间由甲方根据订单情况书面确定。乙方应提前制定切换方案和回退方案。
P:2.3 乙方施工人员须遵守甲方厂区安全、防火和动火审批制度。因乙方原因造成的人身伤害、设备损坏或火灾，由乙方负责。
P:2.4 乙方提供的设备应为全新、原厂正品，主要部件的品牌和型号应与乙方报价文件一致；确需变更的，应事先取得甲方书面同意，且性能不得低于原型号。
P:2.5 乙方应为甲方设备、电工及班组长组织操作与维修培训，培训不少于四次，每次不少于半日，培训结束后由甲方组织考核，考核合格人员能够独立完成配方切换、参数调整和常见故障排除。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，计人民币372,000元。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的45%，计人民币837,000元。到货签收仅确认数量和外观，不视为验收。
P:3.3 四条生产线全部通过最终验收后十五个工作日内，甲方支付合同总价的35%，计人民币651,000元。
H:第四条 验收
P:4.1 每条生产线切换完成后连续试生产十日，达到以下标准的，视为该线合格：发泡温度控制偏差不超过±1.5℃；成品厚度偏差不超过±0.2毫米；配方切换时间不超过十五分钟；试生产期间无因控制系统导致的停线。
P:4.2 四条线全部合格、乙方提交程序源文件、电气图纸和操作手册后，甲方组织最终验收并出具验收证书。设备安装完毕或甲方开始生产使用，均不视为验收合格。
P:4.3 任何一条生产线未达到验收标准的，乙方应在七日内完成整改并重新试生产，整改期间因控制系统原因造成的停线损失和废品损失由乙方承担。同一条线连续两次验收不合格的，甲方有权要求乙方更换相关设备或解除该线的改造内容。
H:第五条 质量保证与维保
P:5.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费维修或更换故障部件，免费升级控制软件。
P:5.2 故障分级：一级故障（整线停机）乙方应在30分钟内响应，2小时内到达现场；二级故障（单机异常、精度超差）2小时内响应，当日到场。乙方每迟延一小时响应或到场，向甲方支付违约金人民币1,000元。
P:5.3 质保期满后，乙方提供年度维保服务，维保费为每年设备及软件小计的9%，即人民币148,680元，自质保期满起三年内不调价。维保内容包括每季度巡检、备件供应、程序优化和远程支持。
P:5.4 乙方应在甲方厂区存放一套常用备件（包括I/O模块、温控模块、测厚探头及交换机各一件），质保期内备件消耗由乙方免费补足；质保期满后备件按乙方报价文件所附价格供应，该价格三年内不上调。
P:5.5 乙方应建立设备维修档案，每次维修后填写维修记录，注明故障原因、处理措施和更换部件，交甲方设备部留存。
H:第六条 知识产权
P:6.1 控制软件许可为永久许可，甲方可在本厂区内无限期使用。
P:6.2 乙方为本项目编写的PLC程序、配方管理程序、MES接口程序及其源文件归甲方所有，甲方可自行修改或委托他人修改。
H:第七条 数据安全
P:7.1 生产线采集的工艺参数、配方、产量与质量数据归甲方所有，乙方不得复制、外传或用于其他客户。
P:7.2 乙方远程维护须经甲方逐次授权，通过甲方提供的VPN和账号进行，操作留存日志。乙方应对其设备和程序进行安全检测，不得预留后门。
P:7.3 乙方提供的MES工位终端应关闭无线网络和USB存储功能，工业交换机按甲方要求划分生产网段，与办公网络逻辑隔离。
P:7.4 因乙方原因导致配方或生产数据泄露、被篡改的，乙方应立即报告并承担甲方全部损失。
H:第八条 保密
P:8.1 乙方对在实施中接触到的甲方配方、工艺、客户及价格信息负有保密义务，保密期至合同终止后三年。
P:8.2 乙方应要求其参与本项目的人员签署保密承诺书，并对其人员的泄密行为承担责任。未经甲方同意，乙方不得在宣传材料中使用甲方名称、厂区照片或生产线资料。
H:第九条 分包
P:9.1 电气安装和桥架施工可由乙方分包给具有相应资质的单位，乙方应提前三个工作日书面告知甲方分包单位名称，乙方对分包部分向甲方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成切换的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的百分之六十为限，但人身伤害和乙方故意或重大过失造成的损失除外。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
P:11.2 甲方因市场原因需要调整改造进度的，应提前十日书面通知乙方，双方协商顺延工期，乙方因此增加的合理费用由双方另行确认。
H:第十二条 不可抗力
P:12.1 因不可抗力不能履行合同的，受影响方应在事件发生后五日内通知对方并提供证明，双方协商延期或解除合同，互不承担违约责任。
H:第十三条 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:13.2 本合同一式四份，双方各执二份，自双方盖章之日起生效。
H:第十四条 其他
P:14.1 附件一《技术规格书》、附件二《停线切换计划》、附件三《验收记录表》为本合同不可分割的组成部分。附件与正文不一致的，以正文为准。
P:14.2 本合同的变更须经双方书面签署。改造期间双方的技术联络以书面工作联系单为准，联系单经双方项目负责人签字后作为工程资料归档。乙方联系人变更的，应提前三日书面通知甲方。
P:甲方（盖章）：________  乙方（盖章）：________
"""
H951Z03 = """攀岩培训门店预约及会员管理系统服务合同

合同编号：YP-SaaS-2027-07
甲方：某市岩点攀岩运动培训连锁有限公司（以下简称“甲方”）
乙方：某市云约软件科技有限公司（以下简称“乙方”）

甲方在本市及周边城市经营35家攀岩培训门店，需要统一的课程预约、会员卡管理、教练排班、场地安全登记和经营报表系统。乙方以软件即服务（SaaS）方式向甲方提供“云约场馆”系统并完成实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务。乙方向甲方35家门店提供云约场馆系统的订阅服务，包括会员小程序、前台收银、课程与私教预约、教练排班、保险与安全须知电子签署、储值卡与次卡管理、经营报表等功能。
（二）实施服务。乙方负责系统初始化配置、35家门店的开通、原有会员系统数据迁移（约六万二千名会员及其余额、课时记录）、与甲方财务系统和门禁闸机的接口开发，以及店长、前台、教练的培训。
（三）服务期限为两个服务年度。第一个服务年度自系统上线验收合格之日起算，每个服务年度至次年对应日的前一日止，第二个服务年度紧接第一个服务年度。

二、费用与支付
（一）订阅费按门店计收，每家门店每个服务年度人民币9,600元，35家门店每个服务年度合计336,000元，两个服务年度合计672,000元。
（二）实施费为人民币118,000元，为一次性固定费用，含数据迁移、接口开发和培训。
（三）合同总价为人民币790,000元（含税）。除上述费用外，乙方不得以短信通道、存储扩容、版本升级等名义另行向甲方或门店收取费用；会员小程序的支付手续费由支付机构按其标准直接收取，不计入合同总价。
（四）支付方式：
1. 实施费在上线验收合格后十五个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付；
3. 乙方每次收款前开具增值税专用发票。
（五）本合同不设预付款。合同期内门店数量增加的，新增门店按本条单价按剩余天数折算计费；门店关闭的，自关闭次月起停止计费。

三、实施与验收
（一）乙方应在合同签订后四十日内完成全部实施工作并提交上线验收申请。
（二）上线验收标准：
1. 合同附件所列功能全部可用，35家门店均完成开通并能正常收银和预约；
2. 迁移后的会员数量、储值余额和剩余课时与原系统导出数据逐条核对一致；
3. 财务系统接口连续五日对账无差异，门禁闸机识别会员码响应时间不超过1秒；
4. 店长、前台和教练培训完成并通过考核。
（三）数据迁移前，乙方应提交迁移方案和字段对照表，经甲方确认后在营业结束后的夜间分批进行；迁移期间原系统保持只读，出现差异时以原系统数据为准，由乙方负责核对更正。
（四）甲方在收到验收申请后七个工作日内完成验收，验收合格的出具书面确认。系统试用或甲方开始收银不视为验收合格。

四、服务水平
（一）乙方承诺系统每月可用率不低于99.5%，计划内维护应安排在凌晨一点至六点之间并提前两日通知甲方。
（二）故障分级：
1. 一级故障：收银、预约或会员登录在多家门店无法使用，乙方应在1小时内响应，6小时内恢复；
2. 二级故障：单家门店或单一功能异常，乙方应在2小时内响应，次日内恢复；
3. 三级故障：一般咨询和优化需求，乙方应在两个工作日内答复。
（三）乙方提供7×24小时故障受理电话和在线工单，门店营业时间（每日八点至二十二点）内安排专人值守。每月五日前，乙方向甲方提交上月服务报告，列明可用率、故障及处理时长、工单统计和优化建议。
（四）服务补偿：月可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的2%向甲方提供服务补偿，在下期订阅费中抵扣；一级故障每超时一小时，乙方另支付补偿金人民币500元。

五、数据与安全
（一）甲方会员信息、交易与课时记录、教练排班及经营数据均归甲方所有。乙方仅可为提供本合同服务处理上述数据，不得用于其他任何目的，也不得向第三方提供。
（二）系统部署在中国境内的云平台上，乙方应落实网络安全等级保护第三级要求，对会员个人信息加密存储，按最小权限原则授权，保留操作日志不少于六个月。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合处置并承担由此造成的损失。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交给甲方，并在甲方确认后删除其保存的数据。

（五）乙方应每日对甲方数据进行备份，备份数据异地存放，保留不少于三十日；甲方可随时以通用格式自助导出会员、交易和课时数据。
（六）会员小程序收集个人信息应取得会员同意，隐私政策文本由甲方审核确认。

六、知识产权
（一）云约场馆系统的知识产权属于乙方。
（二）为甲方开发的财务接口、门禁接口及定制报表的知识产权归甲方，乙方应交付源代码，甲方可自由使用和修改。

七、保密
双方对履行本合同过程中获得的对方商业秘密和未公开信息承担保密义务，保密期至合同终止后三年。乙方应与其接触甲方数据的员工签订保密协议，并对员工的违约行为承担责任。

八、续期
（一）第二个服务年度届满时，本合同自动续期一个服务年度，甲方在届满前三十日书面通知不续期的除外。
（二）续期时乙方可根据市场情况调整订阅单价，调整后的单价以乙方书面通知为准，每次上调幅度不超过百分之八。

九、违约责任
（一）乙方未按期完成实施的，每逾期一日按合同总价的万分之八支付违约金。
（二）乙方违反本合同第五条的，应赔偿甲方因此遭受的全部损失。
（三）乙方在本合同项下的赔偿总额以合同总价的两倍为限，但数据泄露和故意违约造成的损失不受此限。

十、分包
乙方不得将本合同项下的实施和运维工作分包给第三方；确需分包的，须事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（二）系统连续三个月未达到可用率承诺的，甲方可书面通知解除合同，无需承担任何违约责任。
（三）合同解除或终止后，乙方应按第五条第（四）项移交数据，并提供不少于三十日的过渡期服务。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十三、其他
（一）乙方应指定一名项目经理负责本合同的实施和日常服务，项目经理更换应提前十日书面通知甲方并完成交接。乙方的驻场顾问应在上线后首个月内每周至少走访三家门店，收集使用问题并协助门店调整业务流程。
（二）乙方应为甲方总部指定的系统管理员开通管理权限，管理员可自行新增门店账号、调整课程类型和会员卡规则；乙方应在上线后提供管理员操作手册和常见问题说明。
（三）系统版本升级由乙方负责，升级不得减少本合同约定的功能，重大升级应提前十日通知甲方并提供操作说明。
（四）合同附件（功能清单、门店清单、接口说明）为本合同组成部分。
（五）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：2027年4月20日
"""
H951Z04 = """研学实践基地安全监控系统年度运维服务合同

项目名称：研学实践基地安全监控系统运维服务
采购方式：竞争性磋商（项目编号WLJ-CS-2027-005）
采购人（甲方）：某县文化和旅游局
供应商（乙方）：某市安瞳智能科技服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对县研学实践基地安全监控系统提供年度运行维护服务。双方订立本合同如下。

第一章 服务范围与期限
1.1 运维对象：基地营地、攀爬训练区、水上活动区、餐厅及宿舍楼的高清摄像机286路，周界入侵报警装置48套，紧急求助一键报警柱22个，视频存储服务器6台，监控中心大屏及管理平台一套，以及相关光纤、交换机和供电设备。
1.2 服务内容：日常巡检、故障维修、设备清洁与校准、存储容量管理、平台软件补丁更新、重大活动保障、季度安全检测和年度系统评估。
1.3 服务期：自2027年2月1日起至2028年1月31日止。服务期内甲方新建的研学营地监控点位，经双方确认后纳入运维范围。乙方应配合甲方完成上级主管部门和公安机关对基地技防设施的检查，按要求提供设备台账、巡检记录和录像保存情况说明。
1.4 基地现有监控系统于三年前建成，主要设备仍在厂商质保范围外运行。乙方应在进场时全面检查设备老化情况，对存在隐患的设备提出维修或更换建议，经甲方确认后实施。
1.5 乙方应在合同签订后五日内进场，派驻两名驻场工程师，工作时间为每日七点至二十一点，研学团队入住期间夜间留一人值班。

第二章 服务费用与支付
2.1 服务费总额为人民币568,000元（含税），包括人工、工具、耗材、维修配件（单件价值二千元以下）、交通及税费。单件价值二千元以上的设备更换经甲方确认后另行结算，不计入本合同总额。
2.2 服务费按季度支付。每个服务季度结束后，甲方按第五章进行季度考核，考核合格后十五个工作日内支付该季度服务费142,000元；考核扣减的金额从当期服务费中扣除。
2.3 本合同不设预付款。乙方收款前应开具合法发票。

第三章 服务标准
3.1 故障分级与响应：
（1）一级故障：监控中心平台瘫痪、存储服务器故障、周界报警或一键报警失效，乙方应在30分钟内响应，1小时内到场，6小时内修复；
（2）二级故障：单路或多路摄像机离线、画面异常，乙方应在1小时内响应，当日修复；
（3）三级故障：一般性问题和使用咨询，乙方应在两个工作日内处理完毕。
3.2 视频录像保存期不少于九十日，重点区域录像不少于一百八十日。
3.3 乙方每月对全部设备巡检一次，每季度对报警装置进行实测，每年组织一次应急演练，并提交书面记录。
3.4 甲方举办大型研学活动、接待检查或遇恶劣天气时，可提前一日通知乙方提供专项保障，乙方应安排人员对重点点位逐一检查，确保画面和报警正常，并在活动结束后提交保障记录。
3.5 暑期、春秋研学高峰和节假日期间，乙方应增派一名工程师驻场保障。

3.6 乙方应建立运维工单制度，所有故障报修、处理过程和结果均通过工单记录，甲方可随时查阅。每月五日前，乙方提交上月运维月报，列明设备完好情况、故障统计、遗留问题和改进措施。
3.7 乙方应储备不少于摄像机总数百分之三的同型号备机及常用配件，备机存放于基地，更换下的故障设备经甲方确认后统一处理。

第四章 进场验收与交接
4.1 乙方进场后十日内，会同甲方对全部设备进行清点和状态检测，形成《设备台账及初始状态确认表》，作为运维交接的依据。
4.2 交接验收标准：设备台账与实物逐一对应；每路摄像机画面清晰、时间同步；报警装置逐个实测联动正常；存储服务器容量和录像完整性检查无误。双方签字确认后视为交接验收合格。
4.3 服务期满前三十日，乙方应编制运维总结报告，向甲方或甲方指定的后续服务商移交设备台账、配置文件、账号口令和运维记录，经甲方确认后完成期满交接。

第五章 季度考核
5.1 甲方每季度按考核细则对乙方打分，考核内容包括响应及修复时效、巡检完成情况、设备完好情况、记录完整性和驻场纪律。
5.2 考核扣减：一级故障每超时一小时扣减人民币800元；二级故障每超时一日扣减人民币300元；漏检一次扣减人民币1,000元。
5.3 季度考核得分低于七十分的，甲方可要求乙方更换驻场工程师。
5.4 考核结果由甲方书面通知乙方，乙方对考核结果有异议的，应在收到通知后三个工作日内书面提出，甲方复核后作出最终认定。
5.5 研学高峰期间发生的一级故障，考核扣减金额按本章标准加倍计算。

第六章 人员要求
6.1 乙方驻场工程师应具备安防系统运维经验和相应的电工或弱电作业资格，进场前提交身份证明、资格证书和无犯罪记录证明，经甲方审核同意后上岗。乙方更换驻场人员应提前五日通知甲方，并完成工作交接。
6.2 乙方人员在基地内作业应遵守基地安全管理制度，高处作业、水上区域作业应采取安全防护措施，因乙方人员违规作业造成的人身伤害和财产损失由乙方承担。

第七章 数据安全
7.1 监控视频、报警记录及平台中的人员信息均属于甲方所有，乙方仅为运维目的接触，不得复制、下载、外传或用于其他目的。
7.2 乙方工程师调阅录像须经甲方值班人员登记批准，运维账号实行一人一号，操作日志完整留存。乙方不得在平台上安装与运维无关的软件，不得使用个人移动存储介质。
7.3 发生视频泄露、平台被入侵等安全事件的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的损失由乙方承担。

第八章 知识产权
乙方在服务期间编制的巡检记录、设备台账、运维报告和配置文档归甲方所有。

第九章 违约责任
9.1 乙方逾期进场或逾期完成交接验收的，每逾期一日，按服务费总额的万分之三支付违约金。
9.2 因乙方未按约定维护导致安全事件的，乙方应赔偿甲方损失。
9.3 甲方未按约定支付服务费的，按逾期金额每日万分之二支付违约金。

第十章 转包与分包
乙方不得将本项目转包或分包。

第十一章 合同解除
11.1 乙方严重违约或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务时间结算费用。
11.2 服务期满合同自行终止，不自动续期。

第十二章 不可抗力
12.1 因地震、洪水、台风等不可抗力导致系统损坏或无法履行服务的，乙方应在事件结束后立即组织抢修，抢修所需的设备更换费用由双方协商确定。受影响一方应及时通知对方并提供证明，双方互不承担违约责任。

第十三章 法律适用与争议
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十四章 其他
14.1 磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。上述文件与本合同不一致的，以本合同为准。
14.2 本合同履行期间，甲方对监控系统进行扩容或改造的，新增设备自交付之日起纳入运维范围，服务费按磋商报价中的单价和剩余服务期折算，由双方签订补充协议确定。
14.3 本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。

甲方（签章）：                乙方（签章）：
"""
H951Z05 = """# 软件许可及定制开发合同

**乙方标准合同文本（墨研软件 2026版）**

合同编号：MY-XK-2027-019

甲方（用户）：某市松烟墨锭工作室有限公司

乙方（供应商）：某市墨研软件有限公司

鉴于甲方从事传统墨锭的手工制作，需对炼烟、和料、制模、晾墨、描金等工序进行跟踪管理，乙方拥有“墨研工序通”软件的著作权。双方经协商，就软件许可及定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用墨研工序通软件（单机构永久许可，含二十个用户账号），并按甲方需求开发烟料配比管理、模具台账、晾墨温湿度记录和批次追溯四个定制模块。

1.2 合同价格如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 墨研工序通软件许可费 | 420,000 |
| 2 | 定制开发费（四个模块） | 186,000 |
| 3 | 部署实施及培训费 | 54,000 |
| | 合同总价 | 660,000 |

1.3 合同总价含税。甲方需要增加用户账号的，按每个账号人民币3,800元另行购买。

1.4 软件的功能、性能以乙方产品说明书为准。乙方产品说明书的更新以乙方官方网站发布的版本为准，无需另行通知甲方。

## 第二条 付款方式

2.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币429,000元。乙方收到该款项后开始实施。

2.2 软件上线运行后十个工作日内，甲方支付剩余的35%，即人民币231,000元。

2.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务。

## 第三条 实施与上线

3.1 乙方在收到首期款后六十日内完成软件部署和定制模块开发，并将软件部署至甲方服务器。

3.2 软件部署完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的修改需求，按变更处理，另行计费。

3.3 甲方应提供实施所需的服务器、网络环境和工序资料，并指定专人配合。因甲方原因造成的延误，实施期限相应顺延。甲方服务器配置不满足乙方要求的，乙方可暂停部署，直至甲方完成整改，由此延误的时间不计入实施期限。甲方原有纸质工序记录的录入工作由甲方自行完成，乙方可提供导入模板。

3.4 乙方为甲方操作人员提供两次现场培训，每次不超过一日，培训内容包括工序录入、批次追溯查询和报表导出。超出次数的培训按每人日人民币2,600元另行收费。

3.5 定制模块的功能以乙方出具的《需求确认书》为准。甲方签署需求确认书后提出的新增或变更需求，乙方有权另行报价，实施期限相应顺延。

3.6 乙方实施人员到甲方现场工作的，甲方应提供必要的办公条件；乙方人员的差旅费用已包含在部署实施及培训费中，超出三次的现场服务按实际发生另行结算。

## 第四条 免费维护期与维护服务

4.1 软件免费维护期为六个月，自上线运行之日起算。免费维护期内乙方提供远程技术支持和缺陷修复。

4.2 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年人民币117,600元，维护期内乙方提供版本升级和远程技术支持。

4.3 故障处理：甲方报告软件故障的，乙方在8小时内响应，并视故障情况安排处理时间。一级故障（软件无法登录或数据无法录入）乙方应尽快处理。

4.4 维护服务不包括：因甲方硬件、操作系统、网络故障或甲方自行修改配置导致的问题；甲方新增的功能需求；数据恢复及现场服务。上述服务乙方可按其收费标准另行收费。

4.5 甲方未购买年度维护服务或维护服务中断的，重新购买时应补缴中断期间的维护费。

4.6 乙方的服务时间为工作日九点至十七点，节假日不提供服务。甲方需要节假日或夜间支持的，应提前两个工作日预约，乙方按加班标准另行收费。

4.7 乙方发布软件新版本时，甲方应在乙方通知的期限内完成升级；甲方不升级的，乙方对旧版本不再提供缺陷修复。

## 第五条 知识产权

5.1 墨研工序通软件及本合同项下定制开发的全部模块、源代码、数据库设计和技术文档的知识产权均归乙方所有。

5.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或提供给第三方使用。

## 第六条 数据

6.1 甲方录入软件的工艺数据、配方数据和生产记录由甲方所有。

6.2 乙方可将甲方数据进行脱敏处理后用于软件功能改进、行业分析和向其他客户提供的产品服务，甲方同意该使用且不收取任何费用。

6.3 乙方对其实施和远程维护过程中接触的数据采取必要的技术措施，包括账号权限控制、传输加密和操作日志。乙方原因导致数据泄露的，应在发现后二十四小时内通知甲方，并对甲方的直接损失承担赔偿责任。

## 第七条 甲方义务

7.1 甲方应按照乙方提供的配置要求准备服务器和操作系统，并负责服务器的日常运行、备份和网络安全。

7.2 甲方应保证其提供的工序资料、配方资料真实完整，并对其使用软件的行为负责。

7.3 甲方不得将用户账号转借他人使用，不得在许可范围以外安装软件。

7.4 甲方应妥善保管软件的账号和密码，因甲方保管不善造成的数据丢失或泄露，由甲方自行承担。甲方应定期备份软件中的数据，乙方不承担数据恢复义务。

## 第八条 保密

8.1 双方对本合同内容及在合作中获悉的对方商业秘密负有保密义务，未经对方书面许可不得向第三方披露，但法律法规另有要求的除外。保密义务在本合同终止后二年内有效。

8.2 乙方可在其客户名单、宣传材料和案例介绍中使用甲方的名称和标识，并介绍本项目的实施情况，但不得披露甲方的配方数据。

## 第九条 违约责任

9.1 乙方未按第三条约定期限完成上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 甲方未按约定付款的，乙方可暂停实施或维护服务，由此造成的延误和损失由甲方承担。

9.3 任何一方违反本合同约定的，应赔偿对方由此造成的直接损失。

## 第十条 合同解除

10.1 一方严重违约，经守约方书面通知后二十日内未纠正的，守约方有权解除合同。

10.2 合同解除时，乙方已完成的工作按比例结算，甲方已支付的首期款中对应已完成部分不予退还。

10.3 合同解除或终止后，甲方应停止使用定制模块，并删除其服务器上安装的定制模块程序；软件许可部分甲方可继续使用，但不再享有维护服务。

## 第十一条 不可抗力

11.1 因不可抗力、政策变化、网络运营商故障或第三方软件缺陷导致乙方不能履行或迟延履行的，乙方不承担责任。

## 第十二条 争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同引起的争议，双方应友好协商解决；协商不成的，提交乙方所在地的仲裁委员会仲裁。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同文本为乙方标准合同文本，双方对条款另有约定的，以补充协议为准。

13.3 本合同的附件包括报价单、需求确认书和产品说明书。附件与本合同正文不一致的，以本合同正文为准。

13.4 双方联系方式以本合同首页记载为准，一方变更联系方式的，应及时书面通知对方。

甲方（盖章）：________　　乙方（盖章）：________
"""
H951E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DLS-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 9 March 2027 between Jiangsu Huarun Textile Dyeing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Delta Loom Systems, Inc., an Arkansas corporation with its principal office at 1400 West Kingshighway, Paragould, Arkansas 72450, United States (the "Vendor").
P:The Vendor develops DyeTrack, a plant maintenance and dye-house process management system. The Customer wishes to license DyeTrack for its Changzhou plant and to obtain implementation and support services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DyeTrack server and client software in object code, including the modules listed in Annex 1, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the recipe interface, the dyeing-machine connectors, the reports and the configuration developed by the Vendor specifically for the Customer under Annex 2, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or processed with the Software at the Customer's plant, including recipes, machine parameters, batch records and maintenance history.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's plants in the People's Republic of China for up to 180 named users and 64 connected dyeing machines.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer may permit its contractors to use the Software solely on the Customer's behalf.
P:2.3 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers title to the Software.
H:Article 3 Fees
P:3.1 The total Contract Price is CNY 1,690,000, inclusive of all taxes, made up of: Software licence fees CNY 1,260,000; implementation services (installation, configuration, machine connectors, data migration) CNY 384,000; and training CNY 46,000.
P:3.2 The Contract Price is fixed. Travel and living costs of the Vendor's staff are included.
P:3.3 Training covers four courses at the Changzhou plant for administrators, maintenance planners, dye-house supervisors and laboratory staff, with course material in Chinese. The Vendor shall run each course for up to 20 participants and repeat any course once at no extra charge if the Customer's assessment shows that participants cannot perform the tasks listed in Annex 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 338,000) within 30 days after signature of this Agreement, against the Vendor's invoice and an advance-payment bank guarantee of the same amount issued by a bank in China.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 760,500) within 30 days after go-live of the Software at the plant. Go-live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 591,500) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the bank account of the Vendor stated in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and the Custom Deliverables and declare the system ready for acceptance testing within 100 days after signature.
P:5.2 The acceptance tests shall show that: (a) every function in Annex 1 and Annex 2 works as specified; (b) all 64 dyeing machines report recipe and temperature data to the Software with a delay of no more than 3 seconds; (c) migrated batch and maintenance records reconcile with the Customer's legacy exports record by record; and (d) the system runs in production for 30 consecutive days without a Severity 1 incident.
P:5.3 If the tests are passed, the Customer shall issue a Final Acceptance certificate within 10 working days. If they are not passed, the Vendor shall correct the defects and repeat the tests. Installation, go-live or use of the Software by the Customer does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their specifications for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Incidents are classified as follows. Severity 1 (the Software is down or recipe download to machines has stopped): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, fix within 2 working days. Severity 3 (other issues): response within 1 working day. Support is provided in Chinese by the Vendor's Shanghai support partner and remotely from Paragould.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay a service credit of CNY 1,200, deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period the Customer may order annual support at 11% of the Software licence fees per year (CNY 138,600 per year). This fee is fixed for the three support years following the Warranty Period. Support renews only on the Customer's written order.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon payment. The Vendor shall deliver their source code and build instructions, and the Customer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's intellectual property rights and pay any resulting damages and costs.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems or use it for any other purpose.
P:8.2 Remote access by the Vendor shall take place only through the Customer's VPN with individual accounts, multi-factor authentication and session logging, and only after the Customer approves each session. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in handling Customer Data, and no Customer Data shall be transferred out of China.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, cooperate in its investigation and remedy, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation survives for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to declare the system ready for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Vendor's aggregate liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor may not subcontract any part of the services without the Customer's prior written consent, except the Shanghai support partner named in Annex 3. The Vendor remains responsible for its subcontractors.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until all obligations are performed. The licence survives termination except termination by the Vendor for non-payment.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to cure it within 20 days after notice, or if the delay damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for undelivered work.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Arkansas, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be brought exclusively in the state or federal courts located in Arkansas, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 Notices shall be in writing in English and Chinese and sent to the addresses above. This Agreement is executed in English and Chinese, and both versions have equal force.
P:14.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Dates affected by such an event are extended accordingly.
P:14.3 Annex 1 (Software modules), Annex 2 (Custom Deliverables and specifications) and Annex 3 (Support partner) form part of this Agreement.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
H951E02 = """# ORDER FORM AND GENERAL TERMS

**Prairie Ledger Software, LLC — Order Form No. PL-CN-0318**

## PART A — ORDER FORM

### A1. Parties

- **Provider:** Prairie Ledger Software, LLC, an Oklahoma limited liability company, 401 South Johnstone Avenue, Bartlesville, Oklahoma 74003, United States.
- **Customer:** Zhejiang Qiantang Fresh Foods Co., Ltd., a company incorporated in the People's Republic of China, registered office in Hangzhou, Zhejiang Province.

### A2. Subscription

- **Service:** Prairie Ledger Fleet & Route, a cloud application for delivery-route planning, cold-chain vehicle tracking, driver mobile app and proof-of-delivery, hosted for the Customer in the Alibaba Cloud mainland China (Shanghai) region.
- **Scope:** 260 vehicle licences, 340 named users, 18 distribution depots.
- **Subscription Term:** 24 months from the Service Start Date, made up of two Subscription Years.
- **Service Start Date:** the date the Provider makes the production tenant available to the Customer, planned for 1 June 2027.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 260 vehicles, 340 users, 18 depots | 356,000 |
| Subscription fee, Subscription Year 2 | same scope | 356,000 |
| Onboarding (one-time): configuration, telematics integration, data load, training | fixed | 64,000 |
| **Total Order Value** | | **776,000** |

Fees include VAT. Vehicles added during a Subscription Year are charged at CNY 1,150 per vehicle for the rest of that year, pro rata by month; these additions are not part of the Total Order Value.

### A4. Invoicing and Payment

- The onboarding fee and the Subscription Year 1 fee (together CNY 420,000) are invoiced on the Order Effective Date and payable within 15 days of invoice. The Provider will not begin onboarding or provision the tenant before this payment is received.
- The Subscription Year 2 fee is invoiced 30 days before the start of Subscription Year 2 and payable within 15 days of invoice.
- Invoices are issued in CNY by the Provider's billing agent in Shanghai as official VAT invoices (fapiao).

### A5. Service Levels and Support

- Monthly Availability of the production service: 99.95%, measured as set out in Part B Section 5.
- Priority 1 (service unavailable for all users or route dispatch stopped): response within 1 hour, 24x7. Priority 2 (major function impaired): response within 3 hours during Business Hours. Priority 3: next Business Day.
- Service credits as set out in Part B Section 5.3.
- Approved hosting subcontractor: Alibaba Cloud (Shanghai region).

### A6. Order Effective Date and Signatures

This Order Form takes effect on the date of the last signature below (the "Order Effective Date") and incorporates the General Terms in Part B. If this Order Form and Part B conflict, this Order Form prevails.

For the Customer: ____________________    For the Provider: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the hosted application described in the Order Form, including the driver mobile app and documentation.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including route plans, customer addresses, vehicle locations, temperature readings, driver records and delivery photographs, and all outputs derived from it.

1.3 "Business Hours" means 08:30 to 18:00 China Standard Time on PRC working days.

### 2. Access and Use

2.1 The Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's internal business.

2.2 The Customer is responsible for its users' compliance with these terms and for keeping user credentials secure.

### 3. Onboarding and Acceptance

3.1 The Provider shall complete onboarding within 45 days after receipt of the first payment.

3.2 Onboarding is accepted when: (a) all 18 depots and 260 vehicles are configured and visible on the dispatch map; (b) telematics positions and cold-chain temperatures from every vehicle appear in the Service with a delay of no more than 60 seconds for five consecutive working days; (c) routes for two full delivery days are planned and dispatched in the Service; and (d) key users at each depot have completed training. The Customer shall confirm acceptance or list the failures in writing within 5 working days after the Provider's notice of completion.

3.3 For each day by which onboarding acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 as liquidated damages, credited against the next invoice.

### 4. Fees and Renewal

4.1 Fees are payable as stated in the Order Form. Late payments bear interest at 0.03% per day.

4.2 At the end of the Subscription Term the subscription renews automatically for successive renewal terms of one Subscription Year each unless either party gives notice of non-renewal at least 60 days before the end of the current term.

4.3 Fees for each renewal term are the Provider's list prices in effect at the start of that renewal term. The Provider may increase the fees for a renewal term by notice given at least 45 days before the renewal term begins.

### 5. Service Levels

5.1 Monthly Availability means the percentage of minutes in a calendar month in which the production Service is available to the Customer, excluding scheduled maintenance announced 72 hours in advance and held between 00:00 and 05:00 China Standard Time.

5.2 The Provider shall meet the Availability and response times stated in the Order Form and shall publish monthly service reports in the Customer's admin console.

5.3 If Monthly Availability falls below the committed level, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) below the commitment, up to 50% of that monthly equivalent. A missed Priority 1 response time gives a credit of CNY 800 per hour of delay.

### 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to provide the Service and support under this Order Form and shall not use it for any other purpose, including analytics or product development.

6.2 The Provider shall host Customer Data in mainland China only, maintain an MLPS level 3 filing for the production environment, encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication, and keep access logs for at least 180 days.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate remedial measures and bear the losses caused by its failure to meet this Section 6.

6.4 Within 30 days after the end of the Subscription Term the Provider shall export all Customer Data to the Customer in a standard format and then delete it, and confirm the deletion in writing.

### 7. Intellectual Property

7.1 The Provider owns the Service and all improvements to it.

7.2 Route templates, depot configurations, report layouts and integration mappings created for the Customer during onboarding belong to the Customer, and the Customer may use, modify and share them with any third party without restriction.

### 8. Confidentiality

8.1 Each party shall protect the other party's confidential information with reasonable care, use it only for this Order Form and not disclose it to third parties except to its advisers and approved subcontractors bound by similar obligations. This obligation continues for three years after the end of the Subscription Term.

### 9. Subcontracting

9.1 The Provider shall not subcontract the performance of the Service without the Customer's prior written consent, other than to the hosting subcontractor approved in the Order Form. The Provider is responsible for its subcontractors.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.

11.2 If the Customer terminates under Section 11.1, the Provider shall refund the prepaid fees for the remaining part of the Subscription Term.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding.

### 13. General

13.1 Neither party may assign this Order Form without the other's consent, except to a successor of its whole business.

13.2 Notices must be in writing and sent to the addresses in Section A1.

13.3 Neither party is responsible for delay caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public telecommunications networks and government action, provided that it notifies the other party promptly and resumes performance as soon as possible. Such an event does not excuse the Customer's payment obligations for Service already provided.

13.4 This Order Form is made in English and Chinese, and both versions are equally authentic.
"""
H951E03 = """T:Supply Contract for Cold-Store Monitoring Sensors and Software
P:Contract No. GL-CC-2027-026
P:Buyer: Guangdong Lingnan Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong Province ("Buyer").
P:Supplier: White River Sensing, Inc., an Arkansas corporation with its principal office at 2205 East Race Avenue, Searcy, Arkansas 72143, United States, acting through its Shenzhen representative office for delivery in China ("Supplier").
P:The Buyer operates six cold-store warehouses in Foshan, Dongguan and Zhaoqing and wishes to replace manual temperature logging with wireless sensors and a central monitoring system. This Contract is issued on the Buyer's standard terms for equipment and software purchases. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless temperature and humidity sensors, door-status sensors, LoRa gateways and the ColdWatch monitoring software, and shall configure alarm rules, dashboards and the interface to the Buyer's warehouse management system (WMS), all as described in the Technical Specification in Annex 1.
P:1.2 The Supplier shall train the Buyer's warehouse supervisors, quality staff and IT administrators in at least three sessions at the Foshan site, and provide operating manuals and maintenance guides in Chinese.
P:1.3 All sensors shall be supplied with factory calibration certificates traceable to a national metrology institute. Sensors used in rooms storing pharmaceuticals shall in addition be calibrated on site by a calibration laboratory accredited in China before Final Acceptance, at the Supplier's cost.
P:1.4 The Supplier shall carry out a radio survey at each warehouse before installation and shall propose gateway positions that give every sensor a reliable signal inside loaded racks and blast freezers. The Buyer shall provide access, power points and network ports at the agreed positions.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,680,000, inclusive of VAT, delivery to each site, insurance, installation and all other costs, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|1,200|680|816,000
TB:2|LoRa gateway with 4G backup|40|7,800|312,000
TB:3|ColdWatch monitoring software, perpetual site licence for six warehouses|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,514,000
TB:4|Installation, commissioning, alarm configuration and WMS interface|1 lot|142,000|142,000
TB:5|Training|1 lot|24,000|24,000
TB:|Contract Price|||1,680,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements. Spare sensors equal in number to two per cent of the installed sensors are included in the price and shall be handed to the Buyer at Final Acceptance together with a spare gateway for each warehouse.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 168,000) within 20 working days after signature, against an advance-payment guarantee issued by a bank in China.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 924,000) within 20 working days after all equipment has been delivered to the six sites and signed for. Signature of delivery notes confirms quantities only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 588,000) within 20 working days after the Final Acceptance Certificate is issued.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 45 days after signature and complete installation and commissioning at all six sites within 75 days after signature.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 30 consecutive days. The Final Acceptance tests shall show that: (a) every sensor reports to the software at the configured interval, with no more than three missed readings per sensor during the trial period; (b) sensor accuracy checked against a calibrated reference at 20 sampled points per site is within ±0.3 °C; (c) alarms reach the duty phone and the WMS within 60 seconds of a threshold breach set for testing; and (d) all documentation, calibration certificates and training records have been delivered.
P:5.2 The Buyer shall issue the Final Acceptance Certificate within 10 working days after the tests are passed. Delivery, installation or use of the system by the Buyer does not constitute acceptance. If the tests fail, the Supplier shall correct the defects within 15 days and the tests shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants all equipment and software for 24 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective equipment and correct software defects free of charge, including parts, labour and shipping, and shall supply software updates.
P:6.2 Faults are handled according to the following table.
TB:Severity|Definition|Response|On-site or remote fix
TB:Severity 1|Monitoring software or a gateway down, alarms not delivered for a warehouse|30 minutes|6 hours
TB:Severity 2|Individual sensors offline or inaccurate|2 hours|2 working days
TB:Severity 3|Questions and minor issues|1 working day|next update
P:6.3 For each hour by which a Severity 1 response or fix time is exceeded, the Supplier shall pay CNY 1,000, deducted from the next payment or the performance security.
P:6.4 After the warranty period the Buyer may purchase annual support at 7.5% of the Hardware and Licence Subtotal, that is CNY 113,550 per year. This price is fixed for three years after the warranty period. Each year of support requires a separate purchase order from the Buyer; there is no automatic renewal.
P:6.5 Sensor batteries are guaranteed for 36 months. Batteries that fail earlier shall be replaced free of charge. The Supplier shall keep spare parts for the supplied equipment available for purchase for at least seven years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The ColdWatch software and the embedded firmware remain the property of the Supplier and its licensors and are licensed to the Buyer perpetually under clause 2.
P:7.2 The WMS interface, alarm rule sets, dashboards and reports developed for the Buyer under this Contract, with their source code and documentation, belong to the Buyer. The Buyer may use, modify and license them freely.
H:8. Buyer Data and Security
P:8.1 All temperature, humidity, door and alarm records, and any other data collected by the system, belong to the Buyer. The Supplier shall process them only to perform this Contract and shall not use them for any other purpose.
P:8.2 The monitoring software shall be installed on the Buyer's servers. The Supplier shall access the system remotely only through the Buyer's VPN, with a named account, after the Buyer approves each session, and all sessions shall be logged. The Supplier shall deliver equipment free of hidden access functions and shall apply security patches during the warranty period.
P:8.3 The Supplier shall report any security incident affecting Buyer data within 12 hours, cooperate with the Buyer's investigation and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's sites, customers, stock and systems received under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to two times the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the supply or the installation without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under clause 4.2 reach their maximum. The Supplier shall then refund the payments received for the terminated part of the supply.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising out of this Contract shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:14. General
P:14.1 Neither party is liable for delay caused by force majeure, such as typhoons, floods, epidemics or government action, if it notifies the other party within five days and takes reasonable steps to limit the delay. The time for performance is extended by the period of the delay.
P:14.2 The Supplier shall comply with PRC laws on radio equipment, including type approval of the gateways and sensors for use in China, and shall provide the approval certificates with the delivery.
P:14.3 Annex 1 (Technical Specification) and Annex 2 (Site List) form part of this Contract. This Contract is made in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
H951E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. ARV-MS-2027-09

This Managed IT Services Agreement (the "Agreement") is entered into on 12 April 2027 between:

**Customer:** Shandong Yuantai Auto Parts Manufacturing Co., Ltd., a company incorporated in the People's Republic of China, registered office in Weifang, Shandong Province; and

**Provider:** Arrowhead Valley Technologies, Inc., an Oklahoma corporation, 230 West Okmulgee Avenue, Muskogee, Oklahoma 74401, United States, performing the on-site services in China through its Qingdao subsidiary.

## Section 1. Services

1.1 The Provider shall provide the managed services described in Schedule 1 (the "Services") for the Customer's head office and three plants in Weifang: service desk, end-user device management, server and network monitoring, backup management and on-site field support.

1.2 The Provider shall perform the Services in accordance with the service levels in Schedule 2 and the charges in Schedule 3.

1.3 The Services begin on the Service Commencement Date, which is the date the Customer signs the Transition Acceptance Certificate under Section 3.

## Section 2. Term

2.1 This Agreement starts on signature and the Services continue for 36 months from the Service Commencement Date (the "Initial Term").

2.2 The Agreement expires at the end of the Initial Term. Any extension requires a written amendment signed by both parties, with charges to be agreed at that time.

## Section 3. Transition

3.1 Within 60 days after signature the Provider shall take over the Services from the Customer's internal IT team, document all assets and configurations, set up monitoring and the service desk tool, and run the Services in parallel with the Customer's team for at least ten working days.

3.2 Transition is accepted when: (a) the asset register covers all devices listed in Schedule 1 and is reconciled with a physical count at each site; (b) every server and network device in scope reports to the Provider's monitoring tool; (c) a restore test from backup succeeds for each of the critical systems named in Schedule 1; and (d) the service desk handles tickets for ten working days within the Schedule 2 response times. The Customer shall sign the Transition Acceptance Certificate or give reasons within five working days after the Provider's notice.

3.3 If Transition Acceptance is delayed beyond the 60-day period for reasons attributable to the Provider, the Provider shall pay CNY 2,000 for each day of delay.

## Section 4. Charges and Payment

4.1 The Customer shall pay the charges in Schedule 3. The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears.

4.2 Invoices are payable within 30 days after receipt of a valid VAT invoice. Charges are fixed for the Initial Term, subject only to the volume bands in Schedule 3.

## Section 5. Service Levels and Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report its performance to the Customer each month.

5.2 If a service level is missed, the Provider shall give the service credit stated in Schedule 2, deducted from the next invoice. Service credits in a month are limited to 20% of that month's service charge.

5.3 Service credits are the Customer's sole financial remedy for missed service levels, without prejudice to Section 3.3 and Section 9.

## Section 6. Provider Personnel

6.1 The Provider shall assign a named service delivery manager and at least four on-site engineers, one at each site, during the Customer's working hours. Engineers shall speak Mandarin and hold relevant vendor certifications.

6.2 The service delivery manager shall meet the Customer's IT manager each month to review the service reports, open problems, planned changes and improvement proposals, and shall prepare a quarterly service review with trend analysis and a plan for the following quarter.

6.3 The Provider shall replace any engineer the Customer reasonably objects to within ten working days. Personnel working at the plants shall comply with the Customer's safety rules and site instructions.

## Section 7. Customer Data

7.1 All data stored on or processed by the Customer's systems, including production, quality, purchasing and personnel data ("Customer Data"), remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Agreement the Provider shall return all Customer Data, documentation, passwords and configuration records to the Customer.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for three years after the end of the Agreement.

## Section 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term stated in Schedule 3. This limit does not apply to personal injury or wilful misconduct.

9.2 Neither party is liable for loss of profit or indirect loss.

## Section 10. Intellectual Property

10.1 Tools and software owned by the Provider before this Agreement remain the Provider's property.

10.2 Runbooks, scripts, configuration records, the asset register and all documentation prepared for the Customer under this Agreement belong to the Customer, which may use, modify and hand them to any successor provider.

## Section 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

## Section 12. Duration and Ending of the Agreement

12.1 This Agreement cannot be terminated by either party before the end of the Initial Term, except by the Provider if the Customer fails to pay undisputed charges within 60 days after a written reminder.

12.2 If the Provider fails to perform, the Customer's remedies are service credits under Section 5 and damages under Section 9; the Customer shall continue to pay the monthly service charge for the remainder of the Initial Term.

12.3 During the last six months of the Initial Term the Provider shall update the asset register and all runbooks, and shall answer the questions of the Customer or its new provider about the environment.

12.4 At the end of the Initial Term the Provider shall provide up to 60 days of exit assistance at the rates in Schedule 3 so that the Services can be transferred to the Customer or a new provider.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

## Section 14. General

14.1 Schedules 1 to 3 form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

14.2 Changes to the scope of the Services shall be agreed through a written change request signed by both parties, stating the effect on charges and service levels.

14.3 This Agreement is signed in English and Chinese, both versions being equally authentic.

For the Customer: ____________________    For the Provider: ____________________

## Schedule 1 — Service Scope

| Service | Scope | Hours |
|---|---|---|
| Service desk | 1,150 users, phone, e-mail and portal tickets in Mandarin | 07:00–23:00 daily |
| End-user devices | 1,080 desktops and laptops, 210 shop-floor terminals: imaging, patching, software distribution | working days |
| Servers and storage | 64 virtual servers, 2 storage arrays, 3 hypervisor clusters: monitoring, patching, capacity | 24x7 monitoring |
| Network | 4 core switches, 96 access switches, 140 wireless access points, 4 firewalls: monitoring and changes | 24x7 monitoring |
| Backup | daily backups of the critical systems ERP, MES, PLM and e-mail; monthly restore test | daily |
| On-site support | one engineer at each of the four sites | working days 08:00–18:00 |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Restore | Service credit |
|---|---|---|---|---|
| P1 | A plant production line stopped by an IT fault, or ERP / MES down | 30 minutes | 6 hours | CNY 3,000 per hour late |
| P2 | A department or critical function impaired | 1 hour | 1 working day | CNY 800 per hour late |
| P3 | Single user issue | 2 hours | 3 working days | CNY 200 per ticket late |
| Backup | Failed critical backup not rerun by next morning | — | — | CNY 1,500 per event |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, invoiced after Transition Acceptance | 72,000 |
| Monthly service charge | 36 months × CNY 58,000, monthly in arrears | 2,088,000 |
| **Total charges for the Initial Term** | | **2,160,000** |
| Volume band | plus or minus 8% of devices in Schedule 1 at no change in charge; beyond that, CNY 45 per device per month | — |
| Exit assistance | per engineer day, if requested | 2,400 |
"""
H951E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. OSA-CN-27-112

This Data Subscription Agreement is made on 18 May 2027 between:

(1) Sichuan Tianfu Household Products Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Chengdu, Sichuan Province (the "Customer"); and

(2) Ozark Shelf Analytics, LLC, an Arkansas limited liability company with its principal office at 805 SE 8th Street, Bentonville, Arkansas 72712, United States (the "Provider").

BACKGROUND

The Provider compiles retail shelf, price and promotion data for household products sold through supermarkets, convenience chains and e-commerce platforms in mainland China, and makes it available through an application programming interface (the "API") and a web portal. The Customer wishes to subscribe to this data for its category management and pricing teams.

1. DEFINITIONS

1.1 "Licensed Data" means the shelf-price, promotion, distribution and out-of-stock data for the categories listed in Schedule A, delivered through the API and the portal.

1.2 "Start Date" means 1 July 2027. "Subscription Year 1" runs from the Start Date to the day before the first anniversary of the Start Date, and "Subscription Year 2" runs from that anniversary to the day before the second anniversary. Together they form the "Subscription Term".

1.3 "Customer Materials" means the Customer's product lists, SKU codes, internal sales data and other material the Customer uploads to the portal or sends through the API.

1.4 "Custom Mapping" means the mapping tables that the Provider prepares to link the Customer's SKU codes and store lists to the Provider's product and outlet identifiers.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Licensed Data through the API and the portal and to use it internally for category management, pricing, sales planning and reporting.

2.2 The subscription covers up to 60 named portal users and 2,500,000 API calls per calendar month. API calls above this volume are charged at CNY 0.02 per call, invoiced monthly in arrears; such usage charges are not part of the Subscription Fees.

2.3 The Customer may share reports containing Licensed Data with its affiliates, auditors and advisers, but may not resell the Licensed Data or make it available to retailers or competitors of the Provider.

3. ONBOARDING AND ACCEPTANCE

3.1 Within 30 days after signature, the Provider shall set up the Customer's API credentials and portal accounts, load the Customer's SKU lists, build the Custom Mapping and deliver API documentation and two training sessions.

3.2 Onboarding is accepted when: (a) at least 4,000 of the Customer's SKUs listed in Schedule A are mapped to Provider identifiers and a sample of 300 mapped SKUs checked by the Customer contains no mismatches; (b) all 18 API endpoints listed in Schedule B return data in the documented format for five consecutive working days; (c) a full weekly data refresh is delivered on schedule; and (d) the portal users have been trained. The Customer shall confirm acceptance or list the failures within five working days after the Provider's notice of completion, and the Provider shall correct any failures and give a new notice.

4. FEES AND PAYMENT

4.1 The Subscription Fees are CNY 486,000 for Subscription Year 1 and CNY 486,000 for Subscription Year 2, a total of CNY 972,000 inclusive of VAT. Onboarding and the Custom Mapping are included in the Subscription Fees.

4.2 The Provider shall invoice the fee for each Subscription Year at the start of that Subscription Year. The Customer shall pay each invoice within 30 days after receipt of a valid VAT invoice issued by the Provider's agent in Shanghai.

4.3 Fees are fixed for the Subscription Term.

5. DATA DELIVERY AND SUPPORT

5.1 The Provider will refresh the Licensed Data weekly, every Monday by 12:00 China Standard Time, and daily for the promotion data set.

5.2 The Provider will use commercially reasonable efforts to keep the API and portal available and to respond to support requests promptly. Support requests may be submitted by e-mail or through the portal during the Provider's business hours.

5.3 The Provider may carry out maintenance of the API and portal from time to time and will try to give notice of major maintenance in advance.

5.4 The Provider will give the Customer at least 30 days' notice before removing a data field or an API endpoint listed in Schedule B, and will offer an equivalent replacement where one is available.

5.5 If the Customer reports an error in the Licensed Data, the Provider will investigate and, where the error is confirmed, correct it in the next scheduled refresh.

6. CUSTOMER MATERIALS AND DATA SECURITY

6.1 Customer Materials belong to the Customer. The Provider shall use Customer Materials only to provide the subscription to the Customer and shall not disclose them, combine them into the Licensed Data supplied to others or use them for any other purpose.

6.2 The Provider shall store Customer Materials on servers located in mainland China, encrypt them in transit and at rest, restrict access to named staff with individual credentials and multi-factor authentication, and keep access logs.

6.3 The Provider shall notify the Customer within 24 hours of becoming aware of any unauthorised access to Customer Materials, take immediate steps to contain it and compensate the Customer for losses caused by the Provider's breach of this clause.

6.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Materials and delete its copies.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the Licensed Data, the API and the portal.

7.2 The Custom Mapping, and all reports and analyses prepared by the Customer using the Licensed Data, belong to the Customer. The Provider shall deliver the Custom Mapping in spreadsheet format, and the Customer may use, modify and license it freely, including after the end of the Subscription Term.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the terms of this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This obligation continues for three years after the Subscription Term.

9. WARRANTIES

9.1 The Provider warrants that it has the right to license the Licensed Data and that the Licensed Data has been collected in compliance with applicable PRC laws.

9.2 The Provider does not warrant that the Licensed Data is complete or free of errors, but it shall collect and process the Licensed Data with the care and skill of a professional data provider and in accordance with the methodology described in Schedule A.

9.3 The Provider shall defend the Customer against third-party claims that the Licensed Data infringes their rights and pay any resulting damages.

10. LIABILITY

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 The Provider's total liability under this Agreement is limited to two times the Subscription Fees. This limit does not apply to breach of clause 6, infringement claims under clause 9.3 or wilful misconduct.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the hosting of Customer Materials or any part of the onboarding work without the Customer's prior written consent.

12. TERM AND TERMINATION

12.1 This Agreement ends at the end of Subscription Year 2. Any renewal requires a new order signed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the remainder of the current Subscription Year.

12.3 After termination or expiry the Customer may keep reports prepared before that date but shall stop accessing the API and portal.

12.4 Clauses 6, 7, 8, 10 and 13 survive termination or expiry of this Agreement.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The award is final and binding on both parties.

14. GENERAL

14.1 Schedules A (categories, SKU lists and data fields) and B (API endpoints) form part of this Agreement.

14.2 Notices shall be in writing and sent to the addresses above. Operational messages, such as maintenance notices and data release notes, may be sent by e-mail to the contacts named by each party.

14.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business and accepts all obligations under this Agreement.

14.4 Neither party is liable for failure to perform caused by natural disasters, epidemics, government action or other events beyond its reasonable control, provided it gives prompt notice to the other party.

14.5 This Agreement is made in English and Chinese, and both texts are equally authentic.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- files and labels

FILES = {
    "h951z01": ("h951z01_education_bureau_study_room_platform.pdf", "pdf", H951Z01),
    "h951z02": ("h951z02_moisture_mat_line_control_retrofit.docx", "docx", H951Z02),
    "h951z03": ("h951z03_climbing_chain_booking_saas.txt", "txt", H951Z03),
    "h951z04": ("h951z04_study_base_cctv_om_service.txt", "txt", H951Z04),
    "h951z05": ("h951z05_ink_stick_process_tracking_supplier_template.md", "md", H951Z05),
    "h951e01": ("h951e01_dyehouse_software_perpetual_licence_arkansas.pdf", "pdf", H951E01),
    "h951e02": ("h951e02_route_planning_saas_order_form_oklahoma.md", "md", H951E02),
    "h951e03": ("h951e03_cold_store_sensors_monitoring_licence.docx", "docx", H951E03),
    "h951e04": ("h951e04_managed_it_services_36_months.md", "md", H951E04),
    "h951e05": ("h951e05_retail_shelf_data_api_subscription.txt", "txt", H951E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law,
          kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf,
                                auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: language, category, terms, extra (sla_clause, ld_stated, capped or None, deemed, value),
#      TCO data (fee base, annual post-warranty fee) or None, forum outside mainland China, design rules
DESIGN = {
    "h951z01": ("zh", "software",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                      False, "PRC", G),
                (True, True, True, False, 1780000), (980000, 78400), False, []),
    "h951z02": ("zh", "hardware",
                terms(None, 0.5, True, "buyer", True, True, True, 0.1, 60, 20, True, True, 24, 9, False, True,
                      True, "PRC", G),
                (True, True, True, False, 1860000), (1652000, 148680), False,
                ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h951z03": ("zh", "cloud",
                terms(99.5, 1, True, "buyer", True, True, True, 0.08, 200, None, True, None, None, None, True, True,
                      False, "PRC", S),
                (True, True, None, False, 790000), None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h951z04": ("zh", "services",
                terms(None, 0.5, True, "buyer", True, True, False, 0.03, None, None, True, None, None, None, False,
                      True, False, "PRC", S),
                (True, True, None, False, 568000), None, False, ["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "h951z05": ("zh", "software",
                terms(None, 8, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, 28, False,
                      True, None, "PRC", G),
                (True, True, True, True, 660000), (420000, 117600), False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h951e01": ("en", "software",
                terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                      False, "Arkansas", G),
                (True, True, True, False, 1690000), (1260000, 138600), True, ["CR-GOVERNING-LAW"]),
    "h951e02": ("en", "cloud",
                terms(99.95, 1, True, "buyer", True, True, True, 600 / 776000 * 100, 6 / 24 * 100,
                      420000 / 776000 * 100, True, None, None, None, True, True, False, "PRC", S),
                (True, True, None, False, 776000), None, False,
                ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-PREPAYMENT"]),
    "h951e03": ("en", "hardware",
                terms(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7.5, False, True,
                      False, "PRC", G),
                (True, True, True, False, 1680000), (1514000, 113550), False, []),
    "h951e04": ("en", "services",
                terms(None, 0.5, True, "buyer", False, True, True, 2000 / 2160000 * 100, 150, None, True, None, None,
                      None, False, False, False, "PRC", S),
                (True, True, None, False, 2160000), None, False, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h951e05": ("en", "cloud",
                terms(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                      True, False, "PRC", S),
                (False, False, None, False, 972000), None, False,
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, value, tco):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base itemised."""
    if tco is None or t["warranty_months"] is None:
        return None
    base, fee = tco
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01, (base, fee)
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = fee * years
    return post / (value + post) * 100


def derive(t, extra, tco, forum_outside):
    """My reading of policy §3 (and its section on where rules apply)."""
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
        share = tco_share(t, value, tco)
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
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds

THRESHOLD_PATTERNS = [
    r"99\.90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九零〇])",
    r"(?<![\d.])4\s*个?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*个?\s*小时",
    r"(?<![-\w])(?<!twenty )four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0\.050*\s*(?:%|per\s*cent|percent)", r"万分之五(?![十\d])", r"千分之零点五", r"0\.0005(?!\d)",
    r"(?<![\d.,])100\s*(?:%|per\s*cent|percent)", r"百分之一?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点\d])",
    r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])15\s*(?:%|per\s*cent|percent)", r"百分之十五(?![点\d])", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点\d])",
    r"forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])12\s*个?\s*月", r"(?<![\d.])12[\s-]*months?", r"十二\s*个?\s*月", r"twelve[\s-]*(?:\(12\)\s*)?months?",
    r"(?<![第每])一\s*年", r"(?<![\w-])(?:one|1)[\s-]*years?\b",
    r"(?<![\d.,])5\s*个?\s*(?:年(?!度)|years?)", r"(?<![十\d])五\s*年", r"five[\s-]*years?",
    r"(?<![\d.,])60\s*个?\s*月", r"(?<![\d.])60[\s-]*months?", r"sixty[\s-]*months?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90%", "4小时", "4 个小时", "四小时", "within 4 hours", "within4hours", "four hours",
            "0.05%", "0.05 per cent", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五",
            "40%", "百分之四十", "forty per cent", "12个月", "十二个月", "12 months", "12-month", "twelve months",
            "一年", "one year", "5年", "五年", "5 years", "five years", "60个月", "60 months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "twenty four hours",
             "twentyfourhours", "0.08%", "万分之五十", "1,100%", "200%", "130%", "3%", "百分之三", "百分之三十五",
             "115%", "0.15%", "百分之十五点五", "140%", "百分之四十五", "第一年", "每年", "2025年", "2027年5月",
             "二十五年", "12:00", "1.4 hours", "14 hours", "Subscription Year", "18 months", "36 months",
             "65%", "45%", "35%", "25%", "20%", "28%", "五日", "5日", "五个工作日"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), "must miss: %s (%s)" % (s, THRESHOLD_RE.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


LABEL_THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    binary = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in binary.items()}, {k: (v[0], v[1]) for k, v in binary.items()}, OUT, wrap_words=True)
    for key, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for key, (name, kind, src) in FILES.items():
        lang, category, t, extra, tco, forum, design = DESIGN[key]
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        for k, thr in LABEL_THRESHOLDS.items():
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (name, k)
        share = tco_share(t, extra[4], tco) if t["contract_kind"] == G else None
        assert share is None or abs(share - 40) > 2, (name, share)
        rules = derive(t, extra, tco, forum)
        assert rules == sorted(design), (name, rules, design)
        covered |= set(rules)
        sla, ld_stated, capped, deemed, value = extra
        ex = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            ex["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        ex["acceptance_deemed_on_delivery"] = deemed
        ex["contract_value"] = value
        label = {"file": name, "language": lang, "category": category, "expected_terms": t, "expected_extra": ex,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print("%-60s %5d %s %-6s %s%s" % (name, n, "chars" if lang == "zh" else "words", risk(rules),
                                         ", ".join(r[3:] for r in rules) or "(none)",
                                         "" if share is None else "  TCO share %.2f" % share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    zh_ok = [k for k in DESIGN if DESIGN[k][0] == "zh" and not DESIGN[k][6]]
    en_ok = [k for k in DESIGN if DESIGN[k][0] == "en" and not DESIGN[k][6]]
    assert len(zh_ok) == 1 and len(en_ok) == 1, (zh_ok, en_ok)
    assert len(DESIGN["h951z05"][6]) in range(8, 11)
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
