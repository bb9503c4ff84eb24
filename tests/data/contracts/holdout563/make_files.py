"""holdout563: builds the ten blind held-out drafts, reads them back, checks lengths and threshold figures, derives
the expected rules from the labels (own reading of policy.md section 3) and writes the .json labels.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H563Z01 = """T:信访事项办理平台建设项目合同书
P:项目编号：RSXF-2025-GK017　　合同编号：RSXF-HT-2025-031
P:甲方（采购人）：榕山市信访局
P:地址：榕山市滨江路88号市民中心B座
P:乙方（供应商）：福州闽通政务软件有限公司
P:地址：福州市鼓楼区软件大道89号
P:根据《中华人民共和国政府采购法》及其实施条例、本项目公开招标文件和乙方投标文件，甲乙双方就榕山市信访事项办理平台的软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供信访事项办理平台软件（V5.0）的永久使用许可，并完成智能分办、督查督办、满意度评价三个定制模块的开发、历史信访数据迁移、部署实施及培训。平台覆盖市信访局、12个县区信访局及43个市直部门。
P:1.2 合同价款明细如下（含税，人民币元）：
TB:序号|项目|数量|金额
TB:1|信访事项办理平台软件永久许可（市、县区、部门三级节点）|1套|860,000
TB:2|定制开发（智能分办、督查督办、满意度评价）|1项|640,000
TB:3|历史数据迁移（2012年以来约46万件）|1项|118,000
TB:4|部署实施及培训|1项|72,000
TB:合计|||1,690,000
P:1.3 合同总价为人民币壹佰陆拾玖万元整（¥1,690,000），包括软件许可、开发、迁移、实施、培训、税费及质保期内全部服务费用，甲方不再另行支付其他费用。
P:1.4 乙方应按甲方确认的需求规格说明书开发。需求变更须经甲方书面确认；一般变更在合同总价范围内由乙方完成，重大变更由双方另行协商。
H:第二条 付款方式
P:2.1 合同签订后十五个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%，即¥338,000，作为预付款。
P:2.2 系统初验合格后十五个工作日内，甲方支付合同总价的45%，即¥760,500。
P:2.3 系统终验合格并由甲方签署终验报告后十五个工作日内，甲方支付合同总价的35%，即¥591,500。终验未通过的，甲方不支付该笔款项。
P:2.4 甲方的付款以财政资金到位为前提，乙方应按甲方要求提供付款所需的验收资料。
H:第三条 交付与进度
P:3.1 乙方应于合同签订后90日内完成平台部署和定制开发并提交初验申请；初验合格后进入60日试运行，试运行期满后提交终验申请。
P:3.2 平台部署在甲方机房，运行于电子政务外网，不得部署于乙方或第三方的云环境。乙方应派驻项目经理一名，项目实施期间不得更换。
P:3.3 乙方应按甲方确认的实施方案推进，每周提交进度报告，重大问题及时书面报告。
P:3.4 乙方应分批对市、县区信访局及市直部门经办人员开展操作培训，每批培训结束后进行上机考核，培训资料交甲方留存。
H:第四条 验收
P:4.1 初验标准：（1）招标文件功能清单逐项测试通过；（2）300个并发用户下页面平均响应时间不超过3秒；（3）历史数据全量比对一致，附件可正常打开；（4）与省信访信息系统的接口联调通过。
P:4.2 终验标准：（1）试运行60日内未发生一级故障；（2）通过第三方网络安全等级保护三级测评；（3）乙方提交源代码、技术文档、操作手册和培训记录。
P:4.3 系统上线、试运行或甲方付款，均不视为终验合格。终验以甲方组织专家验收并签署的终验报告为准。
H:第五条 质量保证与售后服务
P:5.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 服务水平：质保期内系统月可用率不低于99.95%；一级故障（系统无法登记或办理信访事项）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:5.3 乙方未达到上述服务水平的，每超时1小时扣减1,000元；月可用率每低于约定值0.01个百分点，扣减1,500元，从后续款项中扣除。
P:5.5 质保期内乙方每季度对系统进行一次巡检，提交巡检报告，对发现的隐患提出处理建议并及时消除。
P:5.4 质保期满后，如甲方需要继续维护，年度维护费不超过软件许可费的8%，即每个服务年度不超过¥68,800，质保期满后三个服务年度内不上调。维护合同每次另行签订，不自动续期。
H:第六条 知识产权
P:6.1 定制开发模块、接口程序、迁移脚本及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
P:6.2 平台软件的原有知识产权归乙方，甲方依本合同取得永久、不可撤销的使用许可。
P:6.3 乙方保证所交付的软件不侵犯第三方的合法权利，因侵权引起的纠纷由乙方负责处理并承担责任。
P:6.4 乙方应向甲方移交定制开发部分的完整源代码及编译部署说明，保证甲方能够独立编译和部署。
H:第七条 数据安全
P:7.1 信访人个人信息、信访件及其处理记录等全部数据属于甲方，乙方仅为履行本合同处理，不得用于其他任何目的，不得向任何第三方提供。
P:7.2 乙方人员须经甲方审批，通过甲方堡垒机访问系统，操作全程留痕；不得复制、导出数据，测试使用甲方提供的脱敏数据。
P:7.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全部承担。
P:7.4 合同终止或维护结束后，乙方应交回全部账号权限，并书面确认未留存甲方任何数据。
H:第八条 保密
P:8.1 乙方对在履行本合同中知悉的甲方工作秘密及信访人信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:9.3 因乙方原因导致信访事项逾期办理或信息错误，造成甲方被上级通报或产生其他损失的，乙方应承担赔偿责任。
H:第十条 分包
P:10.1 本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，P:13.2 因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，双方协商延期履行或解除合同。
P:13.3 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的不正当利益。
自双方签字盖章之日起生效。
P:甲方（盖章）：榕山市信访局　　　乙方（盖章）：福州闽通政务软件有限公司
P:授权代表：__________　　　授权代表：__________
P:日期：2025年　月　日　　　日期：2025年　月　日
"""

H563Z02 = """T:一号隧道窑控制系统改造及维保合同
P:合同编号：JTZ-2025-SB-026
P:甲方：宜兴市金陶新型建材有限公司
P:地址：宜兴市丁蜀镇陶都工业园18号
P:乙方：无锡恒焰工业自动化有限公司
P:地址：无锡市新吴区鸿山街道锡兴路66号
P:鉴于甲方一号隧道窑（长128米，年产烧结多孔砖约六千万块）现有温控系统老化、能耗偏高，经比选，甲方委托乙方对该窑的控制系统进行改造，并在质保期满后提供驻厂维保服务。双方协商一致，订立本合同。
H:一、改造内容与合同价款
P:（一）乙方负责一号隧道窑控制系统的设计、供货、安装、编程调试、热态试运行和培训，范围包括预热带、烧成带、冷却带的温度与压力测控，排烟、助燃及冷却风机的变频控制，以及窑车推进联锁。
P:（二）价格明细（含税，人民币元）：
TB:序号|名称|规格/数量|金额
TB:1|PLC主站及IO模块|冗余CPU一套，IO模块46块|386,000
TB:2|热电偶及压力变送器|热电偶64支，变送器22台|214,000
TB:3|风机变频器|9台（7.5kW至90kW）|258,000
TB:4|工控机及操作站|3台|96,000
TB:5|组态软件许可|永久许可一套|118,000
TB:6|烧成曲线优化软件许可|永久许可一套|148,000
TB:|软硬件小计||1,220,000
TB:7|安装、编程及调试|1项|136,000
TB:8|操作及维护培训|1项|24,000
TB:|合同总价||1,380,000
P:（三）合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），为固定总价，含运输、保险、税费及质保期内的全部服务费用。
P:（四）乙方保证所供设备为全新原厂正品，符合国家及行业标准，并随货提供原厂质量证明文件。
P:（五）培训对象为甲方窑炉操作工、电工和工艺员，内容包括系统操作、日常维护和常见故障处理，培训后进行考核。
H:二、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%，即¥138,000。
P:（二）设备全部到货并经甲方签收后，支付合同总价的50%，即¥690,000。到货签收仅为数量和外观清点，不视为验收。
P:（三）终验合格后，支付合同总价的35%，即¥483,000。
P:（四）余款5%即¥69,000作为质保金，质保期满且无未决质量问题后无息支付。
H:三、交货、安装与停窑窗口
P:（一）乙方应于合同签订后45日内将全部设备运至甲方厂区，并提供装箱单、合格证和出厂检验报告。
P:（二）安装切换须在甲方安排的停窑检修窗口（不超过10日）内完成。乙方应提前提交切换方案和应急预案，经甲方生产部确认后实施。
P:（三）乙方应在设备采购前勘察甲方原有控制柜、电缆和测点，提交勘察报告和改造设计方案，经甲方技术部审核后方可采购和施工。
P:（四）施工期间乙方人员应遵守甲方厂区安全管理制度，高温区域作业须办理作业票并配备防护用品。因乙方原因造成的人身伤害和财产损失由乙方负责。
H:四、验收
P:（一）终验条件：1.全部测点显示正确，热电偶经比对误差不超过±3℃；2.烧成带温度控制偏差不超过±5℃；3.连续72小时热态运行无停机；4.风机变频联锁、窑车推进联锁及超温报警测试通过；5.乙方提交程序源文件、组态画面、接线图和操作手册。
P:（二）终验后进入3个月考核期，考核期内吨砖综合能耗较改造前下降不少于8%；未达到的，乙方应免费优化直至达到。
P:考核期结束后双方签署考核报告，作为质保金返还的依据之一。
P:（三）安装完成、投入生产或甲方付款，均不视为验收合格。验收以双方签署的终验报告为准。
H:五、质保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，免费修正程序缺陷。
P:（二）故障分级与响应：一级故障（可能导致停窑或窑温失控）30分钟内远程响应，3小时内到场；二级故障（单点测控失效）2小时内响应，24小时内到场。
P:（三）乙方响应或到场超时的，每超时1小时向甲方支付500元，从质保金中扣除。
P:（四）质保期内同一部件累计故障三次的，乙方应更换同型号新品或经甲方认可的更高规格产品。
P:（五）乙方应在甲方厂区存放常用备件，包括热电偶、IO模块和变频器控制板，备件清单作为本合同附件。
H:六、质保期满后的驻厂维保
P:（一）质保期满后，乙方提供驻厂维保服务：派驻一名电气工程师常驻甲方厂区，负责日常巡检、备件更换、程序维护和停窑检修配合，常用备件费用包含在内。
P:（二）驻厂维保费按软硬件小计的26%逐服务年度计取，即每个服务年度¥317,200，按季度支付。
P:（三）上述费率在质保期满后三个服务年度内保持不变。期满后续签的，费率不高于本条标准，由双方另行签订合同，不自动续期。
P:（四）驻厂工程师须持有电工作业证。乙方更换驻厂人员应提前十日告知甲方并完成交接。甲方每季度对驻厂服务进行考核，考核不合格的，可扣减当季维保费的10%。
H:七、施工分包
P:乙方可将电缆桥架敷设、窑体开孔等辅助施工委托具有相应资质的第三方完成，提前三日通知甲方即可，无需取得甲方同意。乙方对第三方的施工质量和安全负责。
H:八、知识产权
P:为本项目编写的PLC程序、组态画面、烧成曲线参数及其源文件归甲方所有，甲方可自行修改或交由其他单位维护。组态软件及优化软件的原有知识产权归其权利人，甲方取得永久使用许可。
P:乙方保证所交付的软件和程序不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理。
H:九、数据安全与保密
P:（一）窑炉运行数据、能耗数据及工艺参数属于甲方。乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
P:（二）乙方远程维护须经甲方审批，通过甲方提供的VPN接入，操作留有记录；控制网与办公网隔离，不得私自接入外网。发生数据泄露或网络安全事件的，乙方应在2小时内报告，因乙方原因造成的损失由乙方承担。
P:（三）双方对履行合同中知悉的对方技术和商业信息负有保密义务，合同终止后仍然有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成终验的，每逾期一日，按合同总价的万分之八支付违约金，违约金总额不超过合同总价的10%。
P:（二）因乙方原因造成停窑的，乙方应赔偿甲方由此产生的直接损失。
P:（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
H:十一、合同解除
P:乙方严重违约，经书面催告后15日内仍未纠正的，甲方有权解除合同并要求赔偿损失。
P:合同解除后，乙方应退还已收取但未履行部分的款项，并移交已完成的程序和资料。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、不可抗力
P:因地震、洪水等不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行；不可抗力持续超过60日的，任何一方可解除合同。
H:十四、其他
P:本合同附件包括技术方案、设备清单和备件清单，与本合同具有同等效力。
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：宜兴市金陶新型建材有限公司　　乙方（盖章）：无锡恒焰工业自动化有限公司
P:代表：________　　代表：________　　日期：2025年　月　日
"""

H563Z03 = """家政服务派单系统（SaaS）订阅及实施合同

合同编号：AXDJ-SAAS-2025-0412
甲方：成都安心到家家政服务连锁有限公司（下属直营门店25家）
住所：成都市武侯区天府大道北段1480号
乙方：成都云派信息技术有限公司
住所：成都市高新区益州大道中段599号

鉴于甲方需要统一门店派单、服务人员排班和客户订单管理，乙方运营"云派"家政派单平台，双方就平台订阅及实施服务达成如下协议。

1. 定义
1.1 "平台"指乙方运营的"云派"家政派单SaaS平台，包括门店端、总部管理端、服务人员App和客户小程序。
1.2 "服务年度"指订阅期内以9月1日起算的每个年度周期。订阅期为两个服务年度，自2025年9月1日至2027年8月31日。
1.3 "甲方数据"指甲方及其门店、服务人员、客户在平台中录入或产生的全部数据，包括客户信息、服务人员档案、订单、评价和结算记录。
1.4 "门店"指甲方在成都市内开设的直营门店，门店清单见附件一；甲方新增或关闭门店的，应提前书面通知乙方。

2. 服务内容与费用
2.1 乙方在订阅期内向甲方25家门店及总部提供平台服务，并完成实施服务。
2.2 费用明细（含税，人民币元）：
项目 | 数量 | 单价 | 金额
门店端订阅（每个服务年度） | 25家 | 9,600 | 240,000
总部管理端订阅（每个服务年度） | 1套 | 36,000 | 36,000
两个服务年度订阅费小计 |  |  | 552,000
实施服务（一次性：数据迁移、派单规则配置、培训） | 1项 | 68,000 | 68,000
合同总价 |  |  | 620,000
2.3 服务人员App和客户小程序不另行收费，用户数不设上限。
2.4 平台功能包括订单受理、智能派单、服务人员排班与考勤、客户评价、服务结算和经营报表，具体以附件二功能清单为准。
2.5 乙方为甲方指定一名客户经理和一名实施顾问，实施期间每周召开项目例会，形成会议纪要。

3. 付款
3.1 实施费在上线验收合格后15日内一次付清。
3.2 订阅费按季度结算，每季度¥69,000，于每季度结束后15日内支付。
3.3 甲方无需在服务开始前支付任何款项。乙方应在付款前开具增值税专用发票。
3.4 订阅期内甲方新增门店的，门店端订阅费按单价以剩余服务月数折算，并入下一季度结算。

4. 实施与上线验收
4.1 乙方应于2025年8月20日前完成25家门店开通、历史订单和服务人员档案迁移、派单规则配置及门店店长培训。
4.2 上线验收标准：（1）25家门店账号全部开通，每家门店完成10笔试派单；（2）迁移数据与甲方原系统逐条核对一致；（3）500个并发用户下派单操作响应时间不超过2秒；（4）微信支付回调与平台对账一致。
4.3 甲方在上述标准全部达到后签署上线验收单。试用、上线或付款均不视为验收合格。
4.4 上线验收未通过的，乙方应在7日内整改并重新提交验收。
4.5 实施期间乙方应为每家门店提供不少于2小时的现场或远程培训，并向甲方提供操作手册和培训视频。
4.6 甲方应指定项目联系人，按时提供门店资料和历史数据，并组织门店人员参加培训。

5. 服务水平
5.1 平台月可用率不低于99.95%，计划维护应安排在凌晨1点至5点并提前3日通知。
5.2 一级故障（派单中断或支付失败）15分钟内响应，2小时内恢复；二级故障（单一功能异常）1小时内响应，8小时内恢复。
5.3 月可用率低于约定值但不低于99.5%的，减免当月订阅费的10%；低于99.5%的，减免当月订阅费的25%。一级故障响应超时的，每次另减免500元。
5.4 乙方提供7×24小时故障受理热线和在线工单系统，并每月向甲方提交服务报告，列明可用率、故障处理和工单统计。

6. 数据归属与数据安全
6.1 甲方数据属于甲方。乙方仅为提供平台服务处理甲方数据，不得用于其他目的，不得向第三方提供。
6.2 平台部署在境内云数据中心，已通过网络安全等级保护三级测评；乙方应对个人信息加密存储，实施最小权限访问和操作日志审计。
6.3 发生数据泄露或其他安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据并交付甲方，交付确认后删除。
6.5 乙方运维人员确需查看客户手机号、住址等个人信息的，须经甲方授权并留有记录。
6.6 乙方应配合甲方完成个人信息保护合规评估，并根据甲方要求提供最近的安全测评报告。

7. 知识产权
7.1 平台的知识产权归乙方。
7.2 乙方为甲方定制的派单规则配置、报表模板和对接甲方财务系统的接口程序归甲方所有，甲方可自行使用、修改或交第三方使用。
7.3 乙方保证平台不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并赔偿甲方损失。

8. 续期与调价
8.1 订阅期满前30日，任何一方未书面提出不续订的，本合同自动续期一个服务年度，此后亦同。
8.2 续期时乙方有权根据成本和市场情况调整订阅单价，调整幅度不超过上一服务年度单价的10%，以乙方书面通知为准，无需甲方另行同意。

9. 违约责任
9.1 乙方未按4.1约定日期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
9.3 乙方的累计赔偿责任（含违约金和服务费减免）以合同总价的两倍为限，但因数据泄露造成的损失不受此限。
9.4 因乙方平台故障导致派单错误，甲方因此向客户赔偿的，乙方应承担相应损失。

10. 分包
乙方不得将实施服务分包。确需第三方协助的，应事先取得甲方书面同意。平台所用云数据中心已在签约时经甲方确认。

11. 合同解除
11.1 乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除合同。
11.2 连续两个月月可用率低于99.5%的，甲方有权解除合同，无需承担任何责任。
11.3 合同解除的，乙方应按6.4交付甲方数据，并退还已付但未使用的服务费。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

13. 其他
13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
13.2 双方的通知以书面形式发送至本合同首部所列地址或双方确认的电子邮箱。
13.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都安心到家家政服务连锁有限公司    代表：________
乙方（盖章）：成都云派信息技术有限公司    代表：________
日期：2025年  月  日
"""

H563Z04 = """江州市血液中心冷链监控系统运维服务合同

采购方式：竞争性磋商    项目编号：JZXY-CS-2025-009    合同编号：JZXY-HT-2025-047

甲方（采购人）：江州市血液中心
地址：江州市健康路21号
乙方（成交供应商）：江州博瑞冷链科技有限公司
地址：江州市经开区创业路8号

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对血液中心冷链监控系统提供运维服务，双方订立本合同。

第一条 服务范围
（1）冷链监控平台（服务器、数据库、应用软件及短信报警网关）的日常运维、巡检、备份和故障处理。
（2）储血冷库、储血冰箱、血小板振荡保存箱等设备上安装的320个温度探头的计量校准和故障更换。
（3）18辆送血车车载温度终端的运维。
（4）派驻一名工程师在甲方工作日驻场。
（5）协助甲方完成冷链设备的计量检定和卫生健康主管部门的检查迎检工作。
（6）具体服务内容以磋商文件服务需求书为准。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，后续服务由甲方依法重新采购。
服务期满前30日，乙方应协助甲方完成与后续服务商的交接，移交设备台账、账号和全部运维资料。

第三条 合同价款
合同总价为人民币肆拾捌万陆仟元整（¥486,000），明细如下（含税，人民币元）：
序号 | 服务内容 | 金额
1 | 平台运维 | 186,000
2 | 温度探头校准及更换（320个） | 98,000
3 | 车载温度终端运维（18辆） | 64,800
4 | 驻场工程师（1名） | 137,200
合计 |  | 486,000
合同价款包括人工、交通、备件、校准、工具及税费等全部费用，服务期内不作调整。

第四条 付款
（1）服务费按季度支付，每季度¥121,500。
（2）每季度末甲方按附表指标考核，考核合格后十五个工作日内支付当季服务费。
（3）甲方不支付预付款。
（4）乙方应在每季度付款前开具合法发票。

第五条 服务水平
（1）冷链监控平台月可用率不低于99.5%。
（2）一级故障（冷库或储血冰箱温度监测中断、超温报警失效）15分钟内响应，1小时内到场，3小时内恢复；二级故障（单个探头或单台车载终端失效）1小时内响应，8小时内恢复。
（3）月可用率每低于约定值0.1个百分点，扣减当季服务费1,000元；响应或到场超时的，每次扣减800元。
（4）乙方每月提交运维报告，列明可用率、故障、巡检和校准情况。
（6）二级以上故障处理完毕后，乙方应在2个工作日内提交故障分析报告，说明原因和改进措施。
（5）温度超出储血规定范围时，平台应在1分钟内发出声光和短信报警，乙方应配合甲方值班人员核实处置。

第六条 验收
（1）进场交接：乙方应于2025年7月10日前完成设备清点、探头比对校准（误差不超过±0.5℃）、报警联动测试和交接报告，经甲方签字确认。
（2）季度考核：按附表指标考核，得分不低于85分为合格。
（3）期末验收：服务期满前，乙方提交全部探头的校准证书、运维总结和备份恢复演练记录，经甲方验收合格后支付最后一期服务费。
（4）验收中发现的问题，乙方应在5个工作日内整改完毕并重新提交。
（5）乙方应建立运维工作台账，记录每次巡检、维修、校准和更换情况，作为验收依据。

第七条 巡检与校准
（1）乙方每日检查平台运行状态和报警记录，每周对冷库和储血冰箱探头巡检，每月对车载终端巡检，并填写巡检记录。
（2）乙方每半年对全部温度探头进行一次比对校准，校准结果报甲方备案；校准不合格的探头应在2个工作日内更换。
（3）乙方每月检查一次数据库备份，每季度进行一次备份恢复演练。
（4）乙方应在甲方现场存放不少于20个温度探头和2台车载终端作为备件，备件费用已包含在合同价款中。

第八条 驻场人员
（1）驻场工程师应具有三年以上冷链或自动化系统运维经验，并持有电工作业证。
（2）乙方更换驻场人员须提前10日书面告知甲方，并经甲方同意。
（3）驻场人员应遵守甲方工作制度、生物安全和消防管理规定，进入储血区域须按甲方要求着装和登记。
（4）节假日期间乙方应安排人员值守，保持通讯畅通。
（5）驻场工程师的工作时间为甲方工作日8:30至17:30，非工作时间实行电话值守，接到一级故障通知后按第五条时限到场。

第九条 应急保障
发生冷库停电、制冷故障等突发情况时，乙方应立即启动应急预案，配合甲方转移血液并持续监测临时储存设备的温度。乙方每半年配合甲方开展一次冷链应急演练，并提交演练记录。

第十条 甲方义务
（1）甲方为驻场人员提供办公场所和必要的网络条件。
（2）甲方指定联系人，及时确认运维报告和考核结果。
（3）甲方按合同约定支付服务费，并可随时检查乙方的运维记录。

第十一条 数据归属
运维过程中接触和产生的温度记录、报警记录、设备台账等数据归甲方所有，乙方不得用于本合同以外的目的。

第十二条 保密
乙方对在服务过程中知悉的甲方工作信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在服务期满后三年内有效。

第十三条 知识产权
乙方为本项目编写的巡检脚本、配置文档和运维报告归甲方所有，甲方可自行使用和修改。

第十四条 违约责任
（1）乙方未按期完成进场交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）因乙方运维过失导致血液报废的，乙方应赔偿甲方实际损失。
（3）甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
（4）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
（5）乙方未按第七条完成巡检或校准的，每次扣减当季服务费500元。

第十五条 分包
乙方不得将本合同项下服务分包或转包。
乙方使用的第三方工具软件应取得合法授权。乙方应遵守廉洁规定，不得向甲方工作人员提供任何不正当利益。

第十六条 合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

第十八条 其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自签字盖章之日起生效。
本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

附表：季度考核指标
指标 | 分值
月可用率达标（达到第五条约定的月可用率） | 30
故障响应及时（一级、二级故障均按时响应和到场） | 25
巡检与校准按时完成（按第七条执行并留有记录） | 25
运维报告质量（内容完整、数据准确、按时提交） | 20

甲方（盖章）：江州市血液中心    乙方（盖章）：江州博瑞冷链科技有限公司
代表：________    代表：________
日期：2025年  月  日
"""

H563Z05 = """# 软件许可及定制开发合同

> 厦门智灌软件科技有限公司 标准合同文本（ZG-HT-2024 V3）

**甲方：** 永春谷香米醋有限公司
**地址：** 福建省泉州市永春县桃城镇工业路16号
**乙方：** 厦门智灌软件科技有限公司
**地址：** 厦门市思明区软件园二期观日路28号

甲方拟对米醋灌装车间实施信息化管理，乙方为其提供灌装管理系统软件许可及定制开发服务。双方经协商，订立本合同。

## 第一条 合同标的与价款

1.1 合同标的及价款如下（含税，人民币元）：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 灌装管理系统标准版软件许可 | 永久许可，覆盖6条灌装线 | 420,000 |
| 2 | 定制开发 | 批次追溯、灌装线PLC对接、质检与放行模块 | 360,000 |
| 3 | 实施部署 | 安装、配置、基础数据初始化 | 56,000 |
| 4 | 培训 | 操作员及管理员培训 | 14,000 |
|  | 合计 |  | 850,000 |

1.2 合同总价为人民币捌拾伍万元整（¥850,000）。
1.3 合同价款包括软件许可、定制开发、实施部署、培训费用及税费。甲方需要增加灌装线的，每条线许可费按七万元另行计价。
1.4 标准版软件包括生产计划、灌装赋码、库存与发货、设备管理四个模块，具体功能见报价单附件。

## 第二条 付款方式

2.1 合同签订后5个工作日内，甲方支付合同总价的60%，即¥510,000，作为预付款。乙方收到预付款后开始工作。
2.2 系统上线运行后10个工作日内，甲方支付合同总价的28%，即¥238,000。
2.3 系统验收合格后10个工作日内，甲方支付合同总价的12%，即¥102,000。
2.4 乙方在收到每笔款项前开具增值税专用发票。
2.5 甲方未按期支付预付款的，交付期限相应顺延。
2.6 甲方逾期支付上线款或验收款的，乙方有权暂停后续服务。

## 第三条 交付

3.1 乙方应于收到预付款且甲方提供现场条件后120日内完成系统上线。
3.2 因甲方原因（包括未及时提供灌装线PLC接口资料、网络环境或确认需求）造成延误的，交付期限相应顺延。
3.3 甲方应提供服务器、网络、扫码设备和灌装线PLC通讯接口，并指定项目联系人。
3.4 乙方提交项目实施计划，双方按计划推进；乙方为甲方操作员、质检员和系统管理员各提供一次集中培训，并提供操作手册。
3.5 系统上线以甲方灌装线开始使用本系统赋码生产为准。

## 第四条 验收

4.1 系统上线运行后，乙方提交验收申请。甲方按双方确认的《需求规格说明书》逐项测试。
4.2 验收标准：（1）需求规格说明书所列功能全部实现；（2）连续运行15日无一级故障；（3）任一成品箱码可追溯至原料批次、发酵罐号和灌装班次；（4）6条灌装线数据采集与PLC记录一致。
4.3 上述标准全部达到的，甲方签署验收报告。
4.4 验收不合格的，乙方在15日内整改后重新提交验收。
4.5 合同签订后，乙方进行需求调研并编制《需求规格说明书》，经甲方签字确认后作为开发和验收依据。确认后的需求变更由甲方书面提出，乙方评估工作量；涉及费用调整的，双方另行签订补充协议。
4.6 验收时乙方应提交安装部署文档、用户操作手册和系统管理员手册。

## 第五条 知识产权

5.1 标准版软件的知识产权归乙方所有。
5.2 定制开发成果（包括源代码、接口程序、数据库设计及相关文档）的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方。
5.3 甲方不得将本软件用于本合同约定的6条灌装线以外的生产线。

## 第六条 免费维护期与后续服务

6.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内乙方提供缺陷修复和远程技术支持。
6.2 一级故障（全部灌装线无法扫码赋码）乙方在8小时内响应；二级故障在2个工作日内响应。
6.3 乙方尽力在上述时限内处理故障，但未达到时限的，乙方不承担扣款、赔偿或违约金责任。
6.4 免费维护期满后，甲方需要继续维护服务的，维护费按乙方届时公布的价格标准执行，另行签订维护合同。
6.5 维护服务不包括甲方自行修改系统、硬件故障或第三方软件引起的问题。
6.6 免费维护期内乙方每季度提供一次远程巡检。

## 第七条 数据

7.1 甲方的生产数据归甲方所有。乙方采取访问控制、加密传输和日志审计等措施保护甲方数据；发生数据泄露的，乙方在24小时内通知甲方，因乙方过错造成的损失由乙方在第十条限额内承担。
7.2 乙方有权将脱敏后的灌装数据和设备运行数据用于产品改进、行业分析和模型训练。本款在合同终止后继续有效。
7.3 合同终止后，乙方应按甲方要求返还或删除甲方数据，但7.2约定的脱敏数据除外。
7.4 乙方远程维护须经甲方同意，并使用甲方分配的账号。

## 第八条 保密

双方对在合作中知悉的对方商业信息和技术信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后三年内有效。
保密信息不包括已公开的信息或依法应当披露的信息。

## 第九条 违约责任

9.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二支付违约金，违约金总额不超过合同总价的3%。
9.2 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金；逾期超过30日的，乙方有权暂停服务。
9.3 乙方无正当理由停止工作超过15日的，应退还甲方已付但未履行部分的款项。

## 第十条 责任限制

乙方在本合同项下的累计赔偿责任总额不超过合同总价的20%。任何情况下乙方不承担间接损失、利润损失或停产损失。
因甲方提供的资料错误、操作不当或不可抗力造成的损失，乙方不承担责任。

## 第十一条 合同解除

任何一方严重违约，经书面催告后30日内仍未纠正的，守约方有权解除合同。
合同解除的，双方按已完成的工作量结算。

## 第十二条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。
争议期间，双方应继续履行合同中不涉及争议的部分。

## 第十三条 其他

13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。

13.2 双方的通知以书面形式发送至本合同首部所列地址。

13.3 乙方保证标准版软件为其合法拥有，不侵犯第三方知识产权。

13.4 本合同附件包括需求规格说明书、实施计划和报价单，与本合同具有同等效力。

13.5 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：永春谷香米醋有限公司　　代表：________
乙方（盖章）：厦门智灌软件科技有限公司　　代表：________
日期：2025年　月　日
"""

H563E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PLS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between Prairie Ledger Software Inc., a corporation incorporated in Saskatchewan, with its office at 410 Spadina Crescent East, Saskatoon, Saskatchewan, Canada ("Vendor"), and Shandong Huanong Feed Co., Ltd., a company established in the People's Republic of China, with its registered office at 77 Hongxing Road, Jining, Shandong Province ("Customer").
H:Recitals
P:A. Vendor develops and licenses MillTrack, a software product for batching records, ingredient inventory, formulation versions and lot traceability in feed mills.
P:B. Customer operates three feed mills in Jining, Tai'an and Heze and wishes to acquire perpetual licences of MillTrack together with implementation and training services.
P:C. At Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means MillTrack version 8 in object code, with its user and technical documentation and any corrections or updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports and data conversion scripts that Vendor develops specifically for Customer under Article 4, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for Customer, including formulas, supplier records, batch records and quality results.
P:1.4 "Installation Date" means the date on which Vendor notifies Customer in writing that the Software has been installed on Customer's servers.
P:1.5 "Support Year" means each period of support ordered by Customer under Article 8, beginning on the day after the warranty period ends or on the anniversary of that day.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive and non-transferable licence to install and use the Software at Customer's three mills for its internal business, for the number of named users listed in Article 3. Additional users may be ordered at the unit price in Article 3 for three Support Years after signature.
P:2.2 Customer may make copies of the Software for backup, testing and disaster recovery, and may allow its contractors to use the Software on its behalf and under its responsibility.
P:2.3 The Software remains the property of Vendor and its licensors. Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Price
P:3.1 The Contract Price is CNY 680,000, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:MillTrack server licence, perpetual|1|186,000|186,000
TB:MillTrack named user licence, perpetual|40|5,400|216,000
TB:Licence subtotal|||402,000
TB:Implementation services (configuration, interfaces, data conversion)|1|252,000|252,000
TB:Training at the three mills|1|26,000|26,000
TB:Contract Price|||680,000
P:3.2 The Contract Price is fixed. It includes all taxes, travel and living expenses of Vendor's staff and the cost of remote support during the warranty period.
P:3.3 Vendor will issue invoices in CNY. Payments will be made by bank transfer to the account stated in the invoice.
H:Article 4 Implementation Services
P:4.1 Vendor shall configure the Software for Customer's three mills, develop interfaces to Customer's batching controllers and to its financial system, convert the ingredient and formula master data from Customer's current system, and train Customer's users and key users.
P:4.2 Vendor shall deliver and install the Software by 30 September 2025 (the "Delivery Date") and complete the implementation services within 60 days after the Installation Date.
P:4.3 Customer shall provide the server hardware and database licences, remote access through its VPN, and the reasonable cooperation of its mill staff. Vendor shall state its requests for cooperation in writing and in good time.
P:4.4 Each party shall appoint a project manager. The project managers shall meet at least every two weeks, online or at a mill, and Vendor shall keep minutes of these meetings.
H:Article 5 Delivery and Acceptance
P:5.1 The Software and the implementation services are deemed accepted on the Installation Date. Customer's use of the Software after that date confirms acceptance.
P:5.2 Defects that Customer notices after installation will be handled under the warranty in Article 7 and do not delay acceptance or payment.
H:Article 6 Payment
P:6.1 Customer shall pay 20% of the Contract Price (CNY 136,000) within 15 days after signature of this Agreement and receipt of Vendor's invoice.
P:6.2 Customer shall pay the remaining 80% of the Contract Price (CNY 544,000) within 30 days after the Installation Date.
H:Article 7 Warranty and Support Levels
P:7.1 Vendor warrants that for 90 days after the Installation Date the Software will perform substantially in accordance with its documentation. Vendor will correct reproducible defects reported during this period free of charge.
P:7.2 Severity 1 means that batching records cannot be created or printed at any mill. During the warranty period and any Support Year, Vendor will respond to a Severity 1 report within 2 hours, at any time of day, and work continuously until a workaround is in place. Severity 2 reports will be answered within one business day.
P:7.3 If Vendor misses the Severity 1 response time, Customer will receive a service credit of CNY 1,000 for each hour of delay, deducted from the next invoice or support fee.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period, Customer may order Annual Support, which covers updates, new versions, and telephone and remote support with the response times in 7.2.
P:8.2 The Annual Support fee is 14% of the licence subtotal, that is CNY 56,280 for each Support Year, and will not increase during the first three Support Years. Any later increase requires Customer's written agreement.
P:8.3 Annual Support is ordered by a purchase order for each Support Year and does not renew automatically.
H:Article 9 Delay
P:9.1 If Vendor fails to install the Software by the Delivery Date for reasons within its control, Vendor shall pay Customer liquidated damages of CNY 680 for each day of delay, up to a maximum of 10% of the Contract Price.
P:9.2 If the delay exceeds 45 days, Customer may also terminate this Agreement under Article 15.
H:Article 10 Intellectual Property
P:10.1 All rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code with the final version. Customer may use, modify and license the Custom Deliverables freely.
P:10.2 Vendor retains ownership of the Software and of its pre-existing tools and methods.
P:10.3 Vendor shall defend Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party and shall pay the damages and costs finally awarded.
H:Article 11 Customer Data and Data Security
P:11.1 Customer Data belongs to Customer. Vendor may access and process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:11.2 Vendor shall access Customer's systems only through the VPN accounts issued by Customer, with sessions approved in advance and logged, and shall not copy Customer Data outside Customer's systems. Vendor shall comply with the PRC Data Security Law and the Personal Information Protection Law.
P:11.3 Vendor shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate in the response, and bear the losses caused to Customer by its breach of this Article.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's formulas and prices, and shall use it only to perform this Agreement.
P:12.2 This obligation continues for three years after the end of this Agreement.
H:Article 13 Limitation of Liability
P:13.1 Vendor's total liability arising out of or in connection with this Agreement, including liquidated damages and service credits, shall not exceed 50% of the Contract Price.
P:13.2 Neither party is liable for indirect or consequential loss, loss of profits or loss of production.
H:Article 14 Subcontracting
P:14.1 Vendor may not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
P:15.2 On termination by Customer under 15.1, Vendor shall refund the fees paid for services not performed and for Software that Customer returns.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement is governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan. The award is final and binding on both parties.
H:Article 18 General
P:18.1 This Agreement is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:18.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:For Vendor: Prairie Ledger Software Inc.    Name: ____________    Date: ________
P:For Customer: Shandong Huanong Feed Co., Ltd.    Name: ____________    Date: ________
"""

H563E02 = """# ORDER FORM

**Order Form No.:** KF-ORD-2025-0388
**Vendor:** Klondike Field Forms Ltd., 2131 Second Avenue, Whitehorse, Yukon Y1A 1C3, Canada ("Vendor")
**Customer:** Hangzhou Lüyuan Property Management Co., Ltd., 266 Wensan Road, Xihu District, Hangzhou, Zhejiang, PRC ("Customer")
**Service:** FieldForms, a hosted service for mobile inspection checklists, work orders and photo reports
**Currency:** CNY (all amounts in this Order Form are in Chinese yuan, at Customer's request)

This Order Form is governed by the General Terms below, which form part of it. If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Subscription

| Item | Quantity | Unit price per Subscription Year (CNY) | Amount per Subscription Year (CNY) |
|---|---|---|---|
| FieldForms field user | 600 | 420 | 252,000 |
| Administration and reporting module | 1 | 18,000 | 18,000 |
| Subscription fees per Subscription Year | | | 270,000 |

**Subscription Term:** three Subscription Years, from 1 October 2025 to 30 September 2028. The first Subscription Year runs from 1 October 2025 to 30 September 2026.

**Subscription fees for the Subscription Term:** CNY 810,000.

## 2. One-time services

| Item | Amount (CNY) |
|---|---|
| Onboarding: configuration of 48 inspection checklists, import of 126 property sites, single sign-on set-up and train-the-trainer sessions | 45,000 |

## 3. Total

**Total contract value:** CNY 855,000 (subscription fees of CNY 810,000 plus onboarding of CNY 45,000).

## 4. Invoicing and payment

4.1 Subscription fees are invoiced quarterly in arrears, CNY 67,500 per quarter, and are payable within 30 days after receipt of a valid VAT invoice.
4.2 The onboarding fee is invoiced after Go-Live Acceptance under Section 3.2 of the General Terms.
4.3 No amount is payable before the Subscription Start Date.

## 5. Go-Live

5.1 Target Go-Live Date: 15 October 2025.
5.2 If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to Vendor, Vendor shall pay Customer CNY 600 for each day of delay, up to CNY 30,000 in total.

## 6. Special conditions

6.1 Customer Data is hosted in a data centre in mainland China operated by the hosting provider named in Section 7.2 of the General Terms.
6.2 The Subscription Term does not renew automatically. Any further subscription requires a new Order Form signed by both parties.

Signed for Vendor: ____________  Name and title: ____________  Date: ________

Signed for Customer: ____________  Name and title: ____________  Date: ________

---

# GENERAL TERMS

## Section 1 Definitions

1.1 "Service" means the FieldForms hosted service described in the Order Form, including its mobile apps, web console and documentation.
1.2 "Customer Data" means all data, photos, signatures, checklists and reports that Customer or its users submit to or create in the Service.
1.3 "Customer Configurations" means the checklists, workflows, report templates and integrations that Vendor builds for Customer during onboarding or later at Customer's request.
1.4 "Subscription Year" means each consecutive period stated in the Order Form, beginning on the Subscription Start Date or on its anniversary.

## Section 2 Access and use

2.1 Vendor grants Customer a non-exclusive right for its users to access and use the Service during the Subscription Term for Customer's property management business.
2.2 Customer is responsible for its users' accounts and shall not resell the Service or use it to build a competing product.
2.3 Customer may add users during a Subscription Year at the unit price in the Order Form, pro rata for the remainder of that Subscription Year.
2.4 Vendor shall provide the mobile apps through the usual app stores available in China and shall keep them compatible with the current and previous major versions of Android and iOS.
2.5 Vendor may update the Service from time to time, provided that an update does not materially reduce its functions or security. Vendor shall announce material changes at least 30 days in advance.

## Section 3 Onboarding and Go-Live Acceptance

3.1 Vendor shall perform the onboarding services listed in the Order Form under a plan agreed with Customer.
3.2 Go-Live Acceptance is achieved when Customer signs a Go-Live Acceptance Certificate after the following tests pass: (a) all 48 checklists run on Android and iOS devices and produce the agreed report; (b) all 126 sites are imported and reconciled against Customer's site list without error; (c) single sign-on works for all user groups; (d) a pilot of ten working days at six sites closes without a Severity 1 incident. Use of the Service during the pilot is not acceptance.
3.3 If a test fails, Vendor shall correct the defect and repeat the test within five business days. Customer shall not refuse to sign the certificate once all tests have passed.
3.4 Customer shall provide its site list, user list and existing checklists in the agreed formats and shall name a project lead for onboarding.

## Section 4 Service levels

4.1 Vendor shall make the Service available 99.95% of each calendar month, excluding planned maintenance announced five days in advance and performed between 01:00 and 05:00 China Standard Time.
4.2 Vendor shall respond to a Severity 1 incident (the Service is unavailable or users cannot submit inspections) within 1 hour, and to a Severity 2 incident within 8 business hours.
4.3 If availability in a month falls below the level in 4.1, Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point or part of it, up to 25% of that fee. Each late Severity 1 response gives a further credit of CNY 500. Credits are deducted from the next invoice.

## Section 5 Customer Data

5.1 As between the parties, Customer owns all Customer Data.
5.2 Customer grants Vendor a licence to host, process and display Customer Data to provide the Service to Customer.
5.3 Vendor may also create aggregated and de-identified data from Customer Data and use it to improve the Service, to build benchmarks for the property sector and to develop new products, during and after the Subscription Term. This right survives termination.

## Section 6 Data security

6.1 Vendor shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication and log all administrative access.
6.2 The Service holds a valid MLPS level 3 record and Vendor shall maintain it throughout the Subscription Term.
6.3 Vendor shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate measures to contain it, and compensate Customer for the losses caused by Vendor's breach of this Section.

## Section 7 Subcontracting

7.1 Vendor shall not subcontract any part of the Service without Customer's prior written consent.
7.2 Customer consents, by signing the Order Form, to the hosting provider Hangzhou Xiyun Data Services Co., Ltd. Any other or additional subcontractor requires Customer's prior written consent.
7.3 Vendor remains responsible for its subcontractors.

## Section 8 Intellectual property

8.1 Vendor owns the Service and all improvements to it.
8.2 Customer Configurations belong to Customer. Customer may use, modify and copy them and give them to another service provider at any time.

## Section 9 Confidentiality

9.1 Each party shall keep the other party's confidential information secret, use it only for this agreement and disclose it only to staff and advisers who need to know it.
9.2 These obligations continue for three years after the end of the Subscription Term.

## Section 10 Term, suspension and termination

10.1 This agreement starts on signature and ends at the end of the Subscription Term.
10.2 All Order Forms are non-cancellable. Customer may not terminate this agreement or any Order Form before the end of the Subscription Term for any reason, including breach by Vendor; Customer's remedies for breach are the service credits in Section 4 and a claim for damages under Section 11.
10.3 Vendor may suspend a user account that is used in breach of Section 2, after notice to Customer.
10.4 At the end of the Subscription Term, Vendor shall make Customer Data available for export in CSV and PDF formats for 60 days and then delete it, and shall confirm the deletion in writing.

## Section 11 Liability

11.1 Each party's total liability under this agreement is limited to 150% of the total contract value stated in the Order Form.
11.2 The limit in 11.1 does not apply to breach of Sections 6 and 9, to personal injury or to wilful misconduct.
11.3 Neither party is liable for indirect or consequential loss or loss of profit.

## Section 12 Governing law and disputes

12.1 This agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 13 General

13.1 Notices shall be in writing and sent to the addresses in the Order Form.
13.2 Neither party may assign this agreement without the other party's written consent.
13.3 This agreement is made in English and Chinese. Both versions have equal effect.
13.4 Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
13.5 If any provision of this agreement is held invalid, the remaining provisions continue in effect.
"""

H563E03 = """T:Supply Contract for Ground Temperature Monitoring Equipment
P:Contract No. QHGY-2025-EQ-017
P:Buyer: Qinghai Gaoyuan Road Maintenance Co., Ltd., 35 Kunlun Road, Xining, Qinghai Province, PRC (the "Buyer").
P:Supplier: Northern Thermal Instruments Ltd., 4910 50th Avenue, Yellowknife, Northwest Territories X1A 1E2, Canada (the "Supplier").
P:Background: The Buyer maintains a highway section of 86 kilometres built on permafrost. It wishes to monitor ground temperatures under the road embankment at 48 boreholes and has selected the Supplier after competitive negotiation. This Contract is the Buyer's standard supply contract. All prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the thermistor strings, data loggers, gateways and spare parts listed in Annex 1, with their embedded firmware.
P:1.2 "Software" means the Supplier's PermaView monitoring software, licensed perpetually under Clause 8.
P:1.3 "Site" means the 48 boreholes and the two maintenance stations along the highway section described in Annex 2.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, supervise the installation of the thermistor strings in boreholes drilled by the Buyer, install and configure the data loggers and gateways, calibrate every string on site, and train the Buyer's staff.
P:2.2 The Supplier shall deliver the Equipment DAP Xining by 15 August 2025 and complete installation by 30 September 2025, before the ground freezes.
P:2.3 The Supplier shall pack the Equipment for transport at altitude and at low temperatures, mark every package with the contract number and the borehole numbers, and include a packing list in each package.
P:2.4 The Buyer shall drill the boreholes to the depths in Annex 2, provide access to the Site and arrange traffic control while the Supplier's staff work next to the road.
H:3. Price
P:3.1 The Contract Price is CNY 1,160,000, fixed and inclusive of taxes, duties, freight, insurance and the Supplier's travel:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Thermistor string, 16 sensors, 20 m|48|9,800|470,400
TB:2|Data logger, low-temperature rated|48|6,200|297,600
TB:3|Cellular and LoRa gateway with solar kit|6|14,500|87,000
TB:4|PermaView software, perpetual licence|1|96,000|96,000
TB:|Equipment and licence subtotal|||951,000
TB:5|Installation supervision and configuration|1|168,000|168,000
TB:6|On-site calibration and training|1|41,000|41,000
TB:|Contract Price|||1,160,000
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 116,000) within 20 days after signature, against an advance payment bank guarantee of the same amount.
P:4.2 Delivery and installation payment: 55% of the Contract Price (CNY 638,000) after all Equipment has been installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 406,000) within 30 days after Final Acceptance.
P:4.4 The Buyer shall pay by bank transfer to the Supplier's account against a correct invoice.
P:4.5 The Supplier shall provide the bank guarantee from a bank acceptable to the Buyer. The guarantee is released when the delivery and installation payment is made.
H:5. Acceptance
P:5.1 After installation the Supplier shall run a 30-day trial. Final Acceptance requires: (a) every string checked against a reference probe in an ice bath with a deviation of no more than 0.1 °C; (b) at least 98% of the scheduled hourly readings received in the Software during the trial; (c) alarms for missing data and threshold temperatures tested at every logger; (d) the as-built drawings, calibration certificates and manuals delivered.
P:5.2 If the tests fail, the Supplier shall correct the defects and repeat the trial at its own cost.
P:5.3 Installation, use of the Equipment or any payment does not mean acceptance. Only the signed Final Acceptance Certificate does.
P:5.4 On delivery, the Buyer and the Supplier shall jointly open and inspect the packages against the packing lists. Missing or damaged items shall be replaced by the Supplier within 15 days at its own cost.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective items free of charge, including freight to and from the Site.
P:6.2 Faults are classified as follows, with the response times that apply during the warranty and any support period:
TB:Severity|Description|Response|Remedy
TB:1|Data from a whole gateway or from the Software is lost|1 hour, remote|Replacement parts dispatched within 5 days
TB:2|A single logger or string fails|8 business hours|Replacement within 15 days
TB:3|Questions and minor defects|2 business days|Next software release
P:6.3 For each hour by which the Supplier misses a Severity 1 response, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:6.4 The Supplier shall keep a stock of spare strings, loggers and gateway parts in Xining during the warranty, sufficient to replace at least two loggers and one gateway without waiting for shipment from Canada.
P:6.5 The warranty does not cover damage caused by road works, vehicles, vandalism or lightning, which the Supplier shall repair at the rates in its price list if the Buyer so requests.
H:7. Support after the Warranty
P:7.1 After the warranty the Buyer may order support covering parts, firmware, Software updates and the response times in 6.2.
P:7.2 The support fee is 7% of the equipment and licence subtotal per support year, that is CNY 66,570, fixed for the first three support years. Any later change requires the Buyer's written agreement.
P:7.3 Support is ordered by a separate purchase order for each support year and does not renew automatically.
P:7.4 Whether or not the Buyer orders support, the Supplier shall sell spare parts and firmware updates for the Equipment for at least seven years after Final Acceptance at its list prices.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and the firmware for the Buyer's monitoring work.
P:8.2 The site-specific configurations, calibration reports, drawings and reports prepared for the Buyer belong to the Buyer, which may use, modify and share them freely.
P:8.3 The Supplier shall defend the Buyer against any claim that the Equipment or the Software infringes the rights of a third party, and shall pay the damages and costs finally awarded.
H:9. Data
P:9.1 All monitoring data belongs to the Buyer. The Software is installed on the Buyer's server in Xining and the data stays in China.
P:9.2 The Supplier may access the Buyer's systems only with the Buyer's approval for each session, through the Buyer's VPN, and may not copy the data or use it for any other purpose.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident it causes or detects, help to contain it and compensate the Buyer for the losses caused by its breach of this Clause.
P:9.4 At the end of the warranty the Supplier shall return or destroy any copies of the Buyer's data in its possession and confirm this in writing.
H:10. Confidentiality
P:10.1 Each party shall keep the other party's non-public information confidential and use it only for this Contract. This obligation lasts for three years after the end of the warranty.
H:11. Delay
P:11.1 If the Supplier is late in delivery or installation for reasons within its control, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:13.2 On termination the Supplier shall refund the amounts paid for Equipment and services not delivered, and the Buyer may call the advance payment guarantee.
H:14. Training
P:14.1 The Supplier shall train up to 12 engineers of the Buyer in Xining for three days, covering installation, calibration, data review and replacement of loggers, and shall provide training materials in Chinese.
H:15. Force Majeure
P:15.1 Neither party is liable for a delay caused by events beyond its control, including road closures by the authorities, provided that it gives notice within seven days.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Xining Arbitration Commission for arbitration in Xining.
H:17. General
P:17.1 Annex 1 (equipment specifications) and Annex 2 (site map and borehole list) form part of this Contract.
P:17.2 This Contract is made in English and Chinese. In case of difference, the Chinese version prevails.
P:17.3 Notices shall be in writing and delivered by courier or e-mail to the addresses above. A notice by e-mail is effective when the recipient confirms receipt.
P:17.4 The Supplier is responsible for all export licences and permits required to ship the Equipment from Canada. The Buyer shall provide the documents required for import into China.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

H563E04 = """# Managed Backup and Recovery Services Agreement

**Agreement No.:** TCS-MSA-2025-052

**Provider:** Tidewater Cloud Services Inc., 140 Water Street, St. John's, Newfoundland and Labrador A1C 1A1, Canada ("Provider")

**Customer:** Dalian Haiyun Seafood Processing Co., Ltd., 18 Jinma Road, Economic and Technological Development Zone, Dalian, Liaoning, PRC ("Customer")

**Background:** Customer runs its ERP, warehouse management and cold-store control systems in its own server room in Dalian and at a second site in Zhuanghe. Customer wishes to outsource the operation of its backups and recovery to Provider. Provider operates this service for food processors with a support team in St. John's and engineers in Dalian. All charges are stated in CNY at Customer's request.

## 1. Definitions

1.1 "Services" means the managed backup and recovery services described in Schedule 2.
1.2 "Protected Systems" means the servers, databases and file shares listed in Schedule 3.
1.3 "Customer Data" means all data of Customer contained in the Protected Systems, in any backup copy or in any report, log or ticket created for Customer.
1.4 "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under Clause 4.
1.5 "Runbook" means the document describing backup jobs, recovery procedures, contacts and escalation for the Protected Systems.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Initial Term").
2.2 This Agreement ends at the end of the Initial Term. Any extension requires a written amendment signed by both parties, at charges to be agreed.

## 3. Services

3.1 Provider shall perform the Services described in Schedule 2 for the Protected Systems in Schedule 3.
3.2 Provider will use commercially reasonable efforts to perform the Services and to restore Protected Systems when Customer asks for a recovery. No service levels, response times, recovery times or service credits apply to the Services.
3.3 Customer shall provide the backup storage hardware in its two sites, network access and the cooperation of its IT staff. Provider shall use only the tools listed in Schedule 2.
3.4 Provider shall assign a named service manager and at least two engineers in Dalian who know the Protected Systems. Provider shall inform Customer in writing before replacing the service manager.
3.5 Provider's staff working at Customer's sites shall follow Customer's safety, hygiene and food-safety rules, including the rules for entering production and cold-store areas.

## 4. Onboarding and Service Commencement

4.1 Provider shall complete onboarding under the plan in Schedule 2: installation and configuration of the backup software, the first full backup of every Protected System and the Runbook.
4.2 Service Commencement requires: (a) a successful full backup of every Protected System; (b) a witnessed test restore of the ERP database and of one file share to a test server, with the restored data checked by Customer; (c) a Runbook approved by Customer. Customer shall sign the Service Commencement Certificate when all three conditions are met. Partial operation of the Services before that date is not acceptance.
4.3 Provider aims to reach Service Commencement by 1 November 2025. Provider is not liable for any delay in onboarding, and no damages or charge reductions apply to such a delay.
4.4 If a Service Commencement test fails, Provider shall correct the cause and repeat the test at its own cost.

## 5. Charges and payment

5.1 The charges are set out in Schedule 1. The total contract value is CNY 1,440,000.
5.2 The onboarding charge is invoiced after the Service Commencement Date. The monthly charge is invoiced monthly in arrears from the Service Commencement Date.
5.3 Customer shall pay each correct VAT invoice within 30 days. No amount is payable in advance.
5.4 The monthly charge is fixed for the Initial Term.
5.5 The charges include all taxes, travel and expenses of Provider's staff. Additional work requested by Customer in writing is charged at the day rate in Schedule 1.
5.6 If Customer disputes part of an invoice in good faith, it shall pay the undisputed part and the parties shall resolve the dispute within 30 days.

## 6. Customer Data and data security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services.
6.2 All backup copies are kept on storage in Customer's Dalian and Zhuanghe sites. Provider shall not move Customer Data out of mainland China and shall not keep copies on its own systems.
6.3 Provider shall encrypt backup copies, use named accounts with multi-factor authentication, and keep logs of all administrative access for the Initial Term.
6.4 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, cooperate in the investigation, and compensate Customer for the losses caused by Provider's breach of this Clause 6.
6.5 At the end of this Agreement Provider shall return all credentials and confirm in writing that it holds no Customer Data.

## 7. Intellectual property

7.1 Provider keeps ownership of its tools, scripts and know-how that existed before this Agreement.
7.2 The Runbook, the backup policies and the scripts written specifically for Customer belong to Customer, which may use and change them and give them to any successor provider.
7.3 Provider shall keep the Runbook up to date after every change to the Protected Systems and send Customer the current version each quarter.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including Customer's system architecture, passwords and recipes, and use it only for this Agreement.
8.2 This obligation survives for three years after the end of this Agreement.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.
9.2 The limit does not apply to breach of Clauses 6 and 8 or to wilful misconduct.
9.3 Neither party is liable for loss of profit or indirect loss.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

## 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
11.2 On termination or expiry, Provider shall hand over the Runbook, all scripts and all credentials, and shall support the transfer to a successor for up to 30 days at the rates in Schedule 1.
11.3 Customer may also terminate this Agreement by written notice if Provider's staff repeatedly breach Customer's site rules after a written warning.

## 12. Governing law and disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.
13.2 It is made in English and Chinese; both versions have equal effect.
13.3 Notices shall be in writing and sent by courier or e-mail to the addresses above, with a copy to each party's project contact.
13.4 Neither party is liable for a failure caused by events beyond its reasonable control, such as typhoon, flood, epidemic or government action, if it notifies the other party promptly and resumes performance as soon as possible.
13.5 Neither party may assign this Agreement without the other party's prior written consent.
13.6 Each party shall comply with the anti-bribery laws that apply to it.

Signed for Provider: ____________  Date: ________

Signed for Customer: ____________  Date: ________

## Schedule 1 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-time | 54,000 |
| Monthly service charge | 36 months at CNY 38,500 | 1,386,000 |
| Total contract value | | 1,440,000 |
| Additional work at Customer's request | per engineer day | 3,200 |

## Schedule 2 - Service description

| Component | Provider's tasks | Customer's tasks |
|---|---|---|
| Backup operation | Run and monitor backup jobs as scheduled in the Runbook; rerun failed jobs | Keep storage hardware powered and connected |
| Recovery | Restore files, databases or whole systems on Customer's request | Name the authorised requesters |
| Recovery testing | Test restores of the ERP database and of two file shares each quarter, with a short report | Provide a test server and check restored data |
| Reporting | Monthly report on jobs, failures, storage use and open tickets | Review the report |
| Change management | Add or remove Protected Systems after Customer's written request | Approve changes |
| Tools | Licensed backup software supplied by Customer; Provider's monitoring console | Renew software licences |

## Schedule 3 - Protected Systems

| System | Site | Type |
|---|---|---|
| ERP (database and application servers) | Dalian | Virtual machines |
| Warehouse management system | Dalian | Virtual machines |
| Cold-store control historian | Zhuanghe | Physical server |
| File shares (finance, quality, export documents) | Dalian | File server |
| E-mail archive | Dalian | Virtual machine |
"""

H563E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No.: PCD-API-2025-117

BETWEEN

Prairie Crop Data Corp., a corporation incorporated under the laws of Manitoba, with its head office at 330 Portage Avenue, Winnipeg, Manitoba R3C 0C4, Canada ("Provider")

AND

Jiangsu Hengfeng Grain and Oils Trading Co., Ltd., a company established in the People's Republic of China, with its registered office at 99 Longpan Road, Nanjing, Jiangsu Province ("Customer")

BACKGROUND

Provider collects and publishes crop condition, weather and harvest progress data for the Canadian prairies and other growing regions. Customer buys canola, wheat and oats for crushing and milling in China and wishes to receive Provider's data through an application programming interface for use in its purchasing and risk management. At Customer's request all charges are stated in CNY.

DEFINITIONS

"API" means Provider's application programming interface through which the Data is delivered.
"Data" means the crop condition, weather, yield estimate and harvest progress data sets listed in the Schedule, as updated by Provider.
"Customer Query Data" means the queries, locations, watch lists, user names and usage logs that Customer and its users submit to or generate in the API.
"Connector" means the software that Provider writes for Customer to load the Data into Customer's purchasing system and data warehouse.
"Subscription Year" means each of the two periods from 1 November 2025 to 31 October 2026 and from 1 November 2026 to 31 October 2027.
"Subscription Term" means the two Subscription Years.

SUBSCRIPTION AND LICENCE

Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API, to store and use the Data in its own systems and to share reports derived from the Data within its group companies.
Customer may make up to 2,000,000 API calls in each Subscription Year. Additional calls are charged at CNY 90 per 10,000 calls and invoiced quarterly in arrears.
Customer shall not resell the Data or publish it in raw form.
Customer shall keep its API keys secure, shall not share them outside its group and shall inform Provider promptly if it suspects that a key has been misused. Provider may then revoke the key and issue a new one.
Provider shall send Customer a usage report each month showing the number of calls made and the remaining volume for the Subscription Year.
After the Subscription Term Customer may keep and use the Data received during the Subscription Term for its internal purposes.

CHARGES

The charges are:

Item | Basis | Amount (CNY)
API subscription, Subscription Year 1 | fixed | 318,000
API subscription, Subscription Year 2 | fixed | 318,000
Onboarding and Connector development | one-time | 42,000
Total contract value | | 678,000

Additional API calls are not part of the total contract value.

PAYMENT

Subscription charges are invoiced quarterly in arrears, CNY 79,500 per quarter, starting after Integration Acceptance.
The onboarding charge is invoiced after Integration Acceptance.
Customer shall pay each correct invoice within 30 days. No amount is payable before the service starts.
The charges are fixed for the Subscription Term.
The charges include all taxes. Where Chinese withholding tax applies to a payment, Customer shall withhold it and provide the tax certificate, and the charges are not increased for it.

ONBOARDING AND INTEGRATION ACCEPTANCE

Provider shall issue test credentials within 5 business days after signature and production credentials and the Connector by 15 October 2025.
If Provider is late in issuing production credentials or the Connector for reasons within its control, Provider shall pay CNY 500 for each day of delay, up to CNY 20,000 in total.
Integration Acceptance requires: (a) sample queries for all data sets in the Schedule return complete records; (b) the Connector loads ten consecutive daily updates into Customer's data warehouse without error; (c) the median API response time over a test of 5,000 calls is below 800 milliseconds. Customer shall sign an Integration Acceptance Certificate when these tests pass. Access to the API for testing is not acceptance.
Provider shall appoint an integration engineer who works with Customer's IT team during onboarding and answers questions in Chinese or English by e-mail within one business day.

SERVICE LEVELS

Provider shall keep the API available 99.95% of each calendar month, excluding maintenance announced three days in advance and performed on Sundays between 14:00 and 16:00 China Standard Time.
Provider shall respond to a Priority 1 incident (the API is unavailable, or a daily update is more than 6 hours late) within 1 hour, at any time, and to a Priority 2 incident within 8 business hours.
If monthly availability falls below the committed level, Customer receives a credit of 10% of that month's subscription charge for each full or partial 0.1 percentage point of shortfall, up to 50% of that charge. Each late Priority 1 response gives a further credit of CNY 300. Credits are deducted from the next invoice.

CUSTOMER QUERY DATA AND DATA SECURITY

Customer Query Data belongs to Customer. Provider shall use it only to provide the API to Customer and shall not aggregate it with other customers' data, analyse it for any other purpose or disclose it.
Provider shall protect Customer Query Data with encryption in transit and at rest, access limited to named staff with multi-factor authentication and logging of administrative access.
Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Query Data, take measures to contain it and compensate Customer for the losses caused by Provider's breach of this section.
Provider shall keep its own systems that hold Customer Query Data under an information security programme certified to ISO 27001 and shall provide the certificate on request.
At the end of the Subscription Term Provider shall delete Customer Query Data and confirm the deletion in writing.

INTELLECTUAL PROPERTY

Provider owns the Data, the API and its databases, subject to the licence granted to Customer.
The Connector belongs to Customer. Provider shall deliver its source code with the final version, and Customer may use, modify and license it freely.

CONFIDENTIALITY

Each party shall keep the other party's non-public information confidential, use it only for this Agreement and disclose it only to employees and advisers who need it. This obligation continues for three years after the end of this Agreement.

SUBCONTRACTING

Provider shall not subcontract the operation of the API or the development of the Connector without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

RENEWAL

This Agreement does not renew automatically. The parties may agree on a further Subscription Year in writing before the end of the Subscription Term.

LIMITATION OF LIABILITY

Each party's total liability under this Agreement is limited to 200% of the total contract value. This limit does not apply to breach of the data security or confidentiality sections or to wilful misconduct. Neither party is liable for indirect loss or loss of profit, including trading losses from decisions based on the Data.

DATA QUALITY

Provider shall compile the Data with reasonable skill and care from the sources described in its published methodology, and shall correct errors promptly when it becomes aware of them or when Customer reports them. Provider shall announce changes to a data set or its format at least 60 days in advance and keep the previous format available during that period.

TERMINATION

Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund the charges paid for the period after termination.
On any termination Provider shall deliver the latest version of the Connector and its source code if it has not yet been delivered.

FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control. A party affected shall notify the other promptly and resume performance as soon as possible.

GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the Province of Manitoba and the federal laws of Canada applicable in Manitoba.
Any dispute shall be finally resolved by arbitration in Winnipeg, Manitoba, under the Arbitration Act of Manitoba, by a single arbitrator. The language of the arbitration is English.

GENERAL

Notices shall be in writing and sent by courier or e-mail to the addresses above.
A notice sent by e-mail is effective when the recipient confirms receipt.
Neither party may assign this Agreement without the other party's written consent.
Each party shall comply with the anti-bribery and sanctions laws that apply to it.
If any provision of this Agreement is held invalid, the remaining provisions continue in effect.
This Agreement is made in English. A Chinese translation may be prepared for Customer's internal use.
This Agreement, with its Schedule, is the entire agreement of the parties on its subject.

SCHEDULE - DATA SETS

Data set | Regions | Update frequency
Crop condition ratings | Manitoba, Saskatchewan, Alberta, North Dakota | weekly
Weather observations and forecasts | 420 stations | hourly
Yield estimates | canola, wheat, oats by crop district | twice a month in season
Harvest and seeding progress | prairie provinces | weekly in season

Signed for Provider: ____________________    Date: ____________

Signed for Customer: ____________________    Date: ____________
"""

# ---------------------------------------------------------------- files
FILES = {
    "h563z01": ("h563z01_petition_bureau_case_platform_licence.pdf", "zh", H563Z01),
    "h563z02": ("h563z02_brickworks_tunnel_kiln_control_retrofit.docx", "zh", H563Z02),
    "h563z03": ("h563z03_housekeeping_chain_dispatch_saas.txt", "zh", H563Z03),
    "h563z04": ("h563z04_blood_centre_cold_chain_monitoring_om.txt", "zh", H563Z04),
    "h563z05": ("h563z05_rice_vinegar_filling_software_supplier_template.md", "zh", H563Z05),
    "h563e01": ("h563e01_feed_mill_software_licence_saskatchewan.pdf", "en", H563E01),
    "h563e02": ("h563e02_property_inspection_saas_order_form_yukon.md", "en", H563E02),
    "h563e03": ("h563e03_permafrost_sensors_supply_nwt.docx", "en", H563E03),
    "h563e04": ("h563e04_managed_backup_service_newfoundland.md", "en", H563E04),
    "h563e05": ("h563e05_crop_data_api_subscription_manitoba.txt", "en", H563E05),
}
SOURCES = {k: v[2] for k, v in FILES.items() if v[0].endswith((".pdf", ".docx"))}
TARGETS = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".pdf", ".docx"))}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="service")
    for k in kw:
        assert k in base, k
    base.update(kw)
    return {k: base[k] for k in TERM_KEYS}


# design: terms, extras, category, TCO inputs (goods only) and the rules I meant each draft to fire
DESIGN = {
    "h563z01": dict(category="software",
                    terms=T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                            final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                            contract_kind="goods_or_licence"),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1690000),
                    tco=dict(value=1690000, fee=68800), intended=[]),
    "h563z02": dict(category="hardware",
                    terms=T(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=10,
                            final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                            subcontract_without_consent=True, contract_kind="goods_or_licence"),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1380000),
                    tco=dict(value=1380000, fee=317200),
                    intended=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h563z03": dict(category="cloud",
                    terms=T(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                            ld_rate_per_day_pct=0.1, liability_cap_pct=200, auto_renewal_price_increase=True),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=620000),
                    intended=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
    "h563z04": dict(category="services",
                    terms=T(availability_pct=99.5, p1_response_hours=0.25, data_security_clause=False,
                            ld_rate_per_day_pct=0.1),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=486000),
                    intended=["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"]),
    "h563z05": dict(category="software",
                    terms=T(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                            ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=60,
                            final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=None,
                            subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                               acceptance_deemed_on_delivery=False, contract_value=850000),
                    tco=None,
                    intended=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                              "CR-WARRANTY"]),
    "h563e01": dict(category="software",
                    terms=T(p1_response_hours=2, ld_rate_per_day_pct=680 / 680000 * 100, liability_cap_pct=50,
                            prepayment_pct=20, acceptance_clause=False, final_payment_on_acceptance=False,
                            warranty_months=3, post_warranty_fee_pct=14, contract_kind="goods_or_licence"),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=True, contract_value=680000),
                    tco=dict(value=680000, fee=56280),
                    intended=["CR-ACCEPTANCE", "CR-LIABILITY-CAP", "CR-WARRANTY"]),
    "h563e02": dict(category="cloud",
                    terms=T(availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False,
                            ld_rate_per_day_pct=600 / 855000 * 100, liability_cap_pct=150,
                            termination_for_breach=False),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=855000),
                    intended=["CR-DATA-OWNERSHIP", "CR-TERMINATION"]),
    "h563e03": dict(category="hardware",
                    terms=T(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                            final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                            contract_kind="goods_or_licence"),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1160000),
                    tco=dict(value=1160000, fee=66570), intended=[]),
    "h563e04": dict(category="services",
                    terms=T(sla_remedy=False, liability_cap_pct=150),
                    extra=dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False,
                               contract_value=1440000),
                    intended=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h563e05": dict(category="cloud",
                    terms=T(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=500 / 678000 * 100,
                            liability_cap_pct=200, governing_law="Manitoba"),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=678000),
                    intended=["CR-GOVERNING-LAW"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(d):
    """Policy section 4: horizon 5 years from acceptance (= warranty start); post-warranty fee for every year after
    the warranty, partial years pro rata; purchase price + implementation = the contract value."""
    t, tco = d["terms"], d.get("tco")
    if t["contract_kind"] != "goods_or_licence" or not tco or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * tco["fee"]
    return fees / (tco["value"] + fees) * 100


def my_rules(d):
    """My own reading of policy.md section 3 applied to a label."""
    t, x = d["terms"], d["extra"]
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("foreign_forum"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
NB = r"(?<![\d.])"  # not inside a longer number
CN_D = "零〇一二三四五六七八九十百两"
THRESHOLD_PATTERNS = {
    "availability 99.9": [NB + r"99\.90*(?!\d)", r"百分之九十九点九(?![" + CN_D + "])"],
    "P1 response 4 h": [NB + r"4\s*(?:-\s*)?(?:个\s*)?(?:小时|钟头|h(?![a-z])|hours?|hrs?|business\s*hours|working\s*hours)",
                        r"(?<![" + CN_D + r"])四\s*个?\s*小时",
                        r"(?<![a-z-])four\s*(?:-\s*|\(4\)\s*)?(?:business\s*|working\s*)?hours?",
                        NB + r"240\s*(?:分钟|minutes?|mins?)", r"二百四十\s*分钟"],
    "LD 0.05 %": [NB + r"0?\.050*(?!\d)\s*%", r"万分之五(?![" + CN_D + "点])", r"百分之零点零五(?![" + CN_D + "])",
                  r"千分之零点五(?![" + CN_D + "])", NB + r"0?\.5\s*‰"],
    "cap 100 %": [NB + r"100(?:\.0+)?\s*%", r"百分之百", r"百分之一百(?![" + CN_D + "])",
                  r"(?<![a-z])(?:one\s*)?hundred\s*(?:per\s*cent|percent)"],
    "prepayment 30 %": [NB + r"30(?:\.0+)?\s*%", r"百分之三十(?![" + CN_D + "点])", r"三成",
                        r"(?<![a-z-])thirty\s*(?:per\s*cent|percent)"],
    "warranty 12 months": [NB + r"12\s*(?:-\s*)?(?:个\s*)?(?:月|months?)", r"(?<![" + CN_D + r"])十二\s*个?\s*月",
                           r"(?<![a-z])twelve\s*(?:-\s*)?months?", r"(?<![十〇零])一\s*年",
                           r"(?<![a-z])one\s*(?:-\s*)?years?(?![a-z])", NB + r"1\s*(?:-\s*)?years?(?![a-z])"],
    "post-warranty 15 %": [NB + r"15(?:\.0+)?\s*%", r"百分之十五(?![" + CN_D + "点])",
                           r"(?<![a-z])fifteen\s*(?:per\s*cent|percent)"],
    "TCO 40 %": [NB + r"40(?:\.0+)?\s*%", r"百分之四十(?![" + CN_D + "点])", r"四成",
                 r"(?<![a-z])forty\s*(?:per\s*cent|percent)"],
    "horizon 5 years": [NB + r"5\s*(?:-\s*)?(?:个\s*)?(?:年|years?)(?![a-z])", r"(?<![" + CN_D + r"])五\s*个?\s*年",
                        r"(?<![a-z])five\s*(?:-\s*)?years?", NB + r"60\s*(?:-\s*)?(?:个\s*)?(?:月|months?)",
                        r"六十\s*个?\s*月"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}
MUST_HIT = ["99.9%", "99.9 %", "可用率99.9%", "4小时", "4 小时", "四小时", "4个小时", "four hours", "4 hours", "4-hour",
            "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "30 %",
            "百分之三十", "三成", "12个月", "12 个月", "十二个月", "twelve months", "12 months", "12-month", "一年",
            "one year", "one-year", "15%", "百分之十五", "40%", "40 %", "四成", "百分之四十", "5年", "5 年", "五年",
            "five years", "five-year", "5 years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年",
             "万分之五十", "服务年度", "Subscription Year", "14小时", "1.5%", "40.5%", "第一个服务年度", "五个工作日",
             "2,000,000", "45%", "35%", "55%", "0.1%", "130%", "1.4 hours", "54,000", "2015年", "十五个工作日",
             "310%", "25%", "200%", "8 business hours", "34 months"]


def threshold_hits(text):
    hits = []
    for name, pats in COMPILED.items():
        for p in pats:
            for m in p.finditer(text):
                hits.append((name, m.group(0), text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, lang, src) in FILES.items():
        if not name.endswith((".pdf", ".docx")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    problems = []
    lengths = {}
    for key, (name, lang, src) in FILES.items():
        text = read_back(OUT / name)
        lengths[key] = length(text, lang)
        lo, hi = LIMITS[lang]
        if not lo <= lengths[key] <= hi:
            problems.append("%s length %d outside %d-%d" % (name, lengths[key], lo, hi))
        for label, t in list(variants(text).items()) + [("src-" + k, v) for k, v in variants(src).items()]:
            for h in threshold_hits(t):
                problems.append("%s [%s] threshold %s: %r in %r" % (name, label, h[0], h[1], h[2]))

    # labels, rules, coverage, values not on a threshold
    covered = set()
    for key, d in DESIGN.items():
        name, lang, _ = FILES[key]
        t, x = d["terms"], d["extra"]
        rules = my_rules(d)
        assert rules == sorted(d["intended"]), (key, rules, d["intended"])
        covered |= set(rules)
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(d)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        if t["contract_kind"] == "goods_or_licence":
            assert "post_warranty_fee_capped" in x
        else:
            assert "post_warranty_fee_capped" not in x and t["warranty_months"] is None
        label = {"file": name, "language": lang, "category": d["category"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        print("%-62s %-3s %5d %-6s %s%s" % (name, lang, lengths[key], risk(rules), ", ".join(rules) or "(none)",
                                             "" if share is None else "  TCO share %.1f %%" % share))
    missing = set(SEVERITY) - covered
    assert not missing, missing
    mix = [len(my_rules(d)) for d in DESIGN.values()]
    print("rules per draft:", mix)
    if problems:
        print("\n".join(problems))
        raise SystemExit("PROBLEMS: %d" % len(problems))
    print("all checks passed")


if __name__ == "__main__":
    main()
