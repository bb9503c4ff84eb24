"""holdout1158: builds the ten blind held-out drafts and their .json labels, and asserts the brief's checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as is; .docx/.pdf are built
with ../word_pdf.py (PDF lines broken at word boundaries)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:外资企业服务平台建设项目合同
P:合同编号：SWJ-ZC-2026-0317
P:甲方（采购人）：临川市商务局
P:乙方（供应商）：临川云桥信息技术有限公司
P:本合同依据《中华人民共和国政府采购法》及其实施条例，根据临川市政府采购项目（项目编号LCZC2026-0871）公开招标结果及乙方投标文件订立，采用甲方合同文本。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“外资企业服务平台”软件许可一套（含企业服务门户、诉求办理、政策直达、统计分析四个模块，不限用户数的永久使用许可），并按甲方需求完成定制开发、部署实施及培训。
P:1.2 定制开发内容包括：外资企业诉求分派与督办流程、与市政务服务网统一身份认证的对接、与市场监管企业登记库及商务部外资信息报告系统的数据接口、政策精准推送规则配置、领导驾驶舱及十二张统计报表。详细功能以需求规格说明书为准。
P:1.3 平台部署于市政务云，乙方负责安装、配置、联调及上线保障。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾玖万捌仟元整（¥1,998,000），其中：软件许可费760,000元，定制开发费1,128,000元，部署实施费86,000元，培训费24,000元。
P:2.2 上述价款为固定总价，包含乙方完成本合同全部工作所需的一切费用及税费，甲方不再另行支付其他费用。
P:2.3 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后十五个工作日内无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收并上线试运行后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按照国库集中支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成全部定制开发与部署，并提交初步验收申请。
P:4.2 乙方应提交需求规格说明书、概要设计、数据库设计、测试报告、用户手册、运维手册及定制部分全部源代码。
P:4.3 乙方应指定具有同类政务平台实施经验的项目经理一名，项目实施期间每周向甲方提交工作周报，每月参加甲方组织的项目例会。项目经理及核心开发人员未经甲方同意不得更换。
P:4.4 需求变更应经双方书面确认。变更不增加工作量的，不调整合同价款和工期；确需调整的，由双方另行签订补充协议。
P:4.5 乙方应为甲方系统管理员及各业务处室操作人员提供不少于四次集中培训，并提供培训教材和操作视频，确保甲方人员能够独立完成日常操作及基础配置。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与统一身份认证、企业登记库及外资信息报告系统的接口连续运行十日无差错；在五百个并发用户下页面响应时间不超过2秒、统计查询不超过5秒；第三方机构出具的安全测评报告无高危漏洞。
P:5.2 试运行期为九十日。试运行期间未发生一级故障、累计二级故障不超过三次，且甲方业务处室书面确认后，乙方可申请最终验收。甲方组织专家按第5.1款标准及招标文件技术要求进行最终验收，并出具验收报告。
P:5.3 平台上线、试运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及每季度一次的巡检。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可费的9%（即每年不超过68,400元），该费用标准在质保期满后三年内不予上调。
H:第七条 服务水平
P:7.1 故障分级：一级故障指平台整体不可用或核心模块无法办理业务；二级故障指部分功能异常但有替代办法；三级故障指一般性问题。
P:7.2 乙方提供7×24小时服务热线。一级故障30分钟内响应，2小时内到场；二级故障2小时内响应；三级故障于下一工作日内处理。
P:7.3 乙方未按时响应或到场的，每延误一小时向甲方支付800元；全年三次以上一级故障的，甲方可要求乙方更换项目负责人。
H:第八条 知识产权
P:8.1 本合同定制开发的程序、接口、报表、文档及源代码的知识产权归甲方所有，甲方可自行或委托第三方使用、修改及再开发。
P:8.2 乙方原有平台产品的知识产权仍归乙方，甲方依第1.1款享有永久使用许可。乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的企业信息、诉求记录、政策数据及日志等全部数据归甲方所有。乙方仅为履行本合同使用数据，不得用于其他任何目的，不得留存或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制出政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，由此造成的损失及行政处罚由乙方承担。
H:第十条 保密
P:乙方对履行本合同知悉的甲方工作秘密、企业商业信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应负责修复或更换，并赔偿甲方由此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付款项的万分之三支付违约金。
H:第十二条 分包与转让
P:乙方不得将本合同项目转包或分包，不得将合同权利义务转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，或逾期超过六十日的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方根据影响程度协商延期或部分免除责任。
P:15.2 双方往来通知以书面形式送达合同首页所列地址或项目联系人电子邮箱，一方变更地址的应及时书面告知对方。
P:15.3 乙方应遵守政府采购廉洁规定，不得向甲方工作人员提供任何形式的不正当利益。乙方违反本款的，甲方有权解除合同并报政府采购监管部门处理。
P:15.4 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.5 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：临川市商务局            乙方（盖章）：临川云桥信息技术有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:电动剪板机生产线控制系统改造合同
P:合同编号：JB-GZ-2026-042
P:甲方：江州锐锋电动剪板机制造有限公司
P:乙方：江州智控自动化工程有限公司
P:甲方拟对二号厂房两条电动剪板机装配及调试生产线的电气控制系统进行改造，经比选确定由乙方承担设备供货、控制软件许可、定制开发及安装调试。双方经协商订立本合同。
H:第一条 合同标的
P:乙方提供下表所列设备及软件，完成两条生产线控制系统的拆旧、安装、编程、调试及培训，并保证改造后生产线达到第五条约定的验收标准。
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站、远程I/O）|6套|81,000|486,000
TB:2|伺服驱动器及伺服电机|24套|15,500|372,000
TB:3|传感器、安全光栅及急停回路|1批|118,000|118,000
TB:4|产线控制软件许可（两条线，永久）|2套|132,000|264,000
TB:软硬件小计|||1,240,000|
TB:5|定制开发（工艺参数管理、排产接口、看板）|1项|198,000|198,000
TB:6|安装调试|1项|96,000|96,000
TB:7|操作与维修培训|1项|18,000|18,000
TB:合计|||1,552,000|
H:第二条 合同价款
P:（一）合同总价为人民币壹佰伍拾伍万贰仟元整（¥1,552,000），含税、运输、保险、安装调试、培训及质保期内服务费用。
P:（二）上述价格为固定总价。因乙方设计遗漏而需增加的设备、材料或工作量，由乙方自行承担，不另行收费。
P:（三）甲方提出的超出改造方案范围的新增需求，双方另行协商价格并签订补充协议。
H:第三条 付款方式
P:（一）合同生效后十日内，甲方支付合同总价的20%作为预付款；
P:（二）设备全部到货并安装完毕后十五日内，甲方支付合同总价的45%。到货、安装及签收仅为数量确认，不构成质量验收；
P:（三）两条生产线均通过最终验收后十五日内，甲方支付合同总价的35%。
H:第四条 交货与工期
P:（一）乙方应于合同生效后六十日内完成设备到货，设备应为全新原厂产品，随附合格证、说明书及装箱清单。
P:（二）改造施工应利用甲方安排的停线窗口进行，每条线停线不超过十日。乙方应在停线前完成控制柜预组装和程序离线仿真，缩短现场调试时间；旧控制柜拆除后交甲方处置。
P:（三）乙方应提交电气图纸、PLC程序、软件安装包、配置文件、定制开发部分源代码、备品备件清单及操作维修手册。
P:（四）乙方应指派项目经理一名及电气、软件工程师各一名常驻现场，每日向甲方设备部报告施工进度。改造期间乙方应保证不影响相邻生产线的正常生产。
H:第五条 验收
P:（一）验收标准：两条生产线按改造方案完成全部工位联调；剪板机整机调试节拍不低于改造前的1.2倍；工艺参数下发准确率达到设计要求；安全光栅及急停回路经第三方检测合格；与甲方ERP排产接口连续运行二十日无差错；连续带料生产七十二小时无停线故障。
P:（二）验收时乙方应提交设备合格证、第三方安全检测报告、调试记录、节拍测试记录及接口测试报告。
P:（三）乙方自检合格后书面申请验收，甲方在十日内组织验收并出具验收报告。安装完毕、试生产或甲方使用均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:第六条 质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换及软件升级均免费。
P:（二）质保期满后，乙方继续提供维保服务，年度维保费为软硬件小计的7%，即每年86,800元，质保期满后三年内不上调。
P:（三）质保期内乙方每半年对两条生产线控制系统进行一次预防性巡检，检查柜内元件、接线端子、伺服参数及软件运行日志，并出具巡检报告。
P:（四）故障分级及响应：一级故障指任一生产线停线；二级故障指单个工位异常但生产线可降速运行；三级故障指不影响生产的一般问题。一级故障乙方1小时内远程响应、6小时内到场；二级故障2小时内响应、次日到场；三级故障三个工作日内处理。
P:（五）乙方未按上述时限响应或到场的，每延误一小时向甲方支付500元；因乙方原因造成一级故障累计停线超过二十四小时的，另按每小时1,000元赔偿。
H:第七条 知识产权
P:（一）为本项目定制开发的工艺参数管理模块、排产接口、看板程序、PLC程序及相关文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:（二）产线控制软件的原有著作权归乙方或其权利人所有，甲方依本合同取得永久使用许可。
H:第八条 生产数据安全
P:（一）控制系统采集、产生的生产数据、工艺参数及设备日志归甲方所有，乙方不得用于履行本合同以外的目的。
P:（二）乙方远程维护须经甲方批准，通过甲方指定的VPN及账号进行，操作留痕；不得在控制系统中预留后门或未经授权的远程通道。
P:（三）发生数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并配合处置；因乙方原因导致的损失由乙方承担。
H:第九条 分包
P:乙方可将电气布线、线槽安装等辅助施工分包给具备相应资质的单位，但应提前三个工作日书面通知甲方。乙方对分包单位的工作承担全部责任。
H:第十条 违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失造成的损失及人身伤害除外。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 合同解除
P:（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，或逾期超过四十五日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）合同解除后，乙方应配合甲方恢复生产线原有控制系统或协助其他单位继续完成改造，并移交已完成部分的图纸、程序及文档。
H:第十二条 安全生产
P:（一）乙方人员在甲方厂区施工应遵守甲方安全生产管理制度，进入车间须佩戴劳保用品，落实停电挂牌、上锁等安全措施。动火、登高等特殊作业须事先办理作业许可。
P:（二）电气作业人员须持有有效的特种作业操作证。乙方应为现场人员购买意外伤害保险。
P:（三）因乙方违章作业造成的人身伤害和财产损失由乙方承担；给甲方造成停产的，乙方应赔偿由此产生的直接损失。
P:（四）改造完成后，乙方应清理施工现场，将拆除的旧线缆、线槽等废料运至甲方指定地点。
H:第十三条 培训
P:乙方应为甲方电工、设备维修人员及产线操作员分别组织培训，内容包括PLC程序结构、伺服参数调整、常见故障排查、安全光栅测试及软件操作。培训结束后乙方应组织考核，确保甲方维修人员能够独立处理一般故障。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交江州仲裁委员会仲裁。
H:第十五条 其他
P:（一）因不可抗力不能按期履行的，受影响一方应及时通知对方，履行期限相应顺延。
P:（二）本合同未尽事宜，双方可另行签订补充协议。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：改造方案、设备技术参数表、验收方案、培训计划。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：2026年　月　日
"""

Z03 = """美发连锁门店预约及会员管理系统服务合同

合同编号：MF-SaaS-2026-0219
甲方：青禾美发连锁管理有限公司（以下简称“甲方”）
乙方：约点云科技有限公司（以下简称“乙方”）

甲方在本市经营四十一家理发门店，现需统一的线上预约、会员储值及门店经营管理系统。乙方以软件即服务（SaaS）方式提供“约点美业云”系统，并负责实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方为甲方四十一家门店开通“约点美业云”标准版，包括小程序预约、发型师排班、会员储值与积分、次卡管理、收银对账、营销券及经营报表功能，每店开通收银账号三个、发型师账号不限。
（二）实施服务。乙方负责：
1. 将甲方原有系统中约十二万名会员资料、储值余额及次卡余量迁移至新系统；
2. 配置甲方品牌小程序页面及会员等级规则；
3. 开发与甲方财务软件的日结数据接口；
4. 为每家门店店长及收银员提供上线培训；
5. 编制门店操作手册、收银对账说明及常见问题解答，交付甲方运营部。
实施服务由乙方项目经理统一负责，乙方应在合同签订后五日内提交实施计划，明确各批次门店的上线日期、数据迁移窗口及甲方需配合的事项，经甲方确认后执行。门店上线按三个批次进行，每批次上线后观察三日无重大问题再开展下一批次。

（三）门店扩展。服务期内甲方新开门店的，乙方应在接到甲方通知后五个工作日内完成开通和配置，新门店订阅费按第三条单价计算。
（四）硬件适配。乙方负责确认甲方门店现有收银电脑、小票打印机、扫码枪及会员卡读卡器与系统兼容，对不兼容设备提出更换建议，但本合同不包含硬件采购。

二、服务期限
服务期为两个服务年度，自全部门店上线验收合格之日起计算，每个服务年度为期一年。

三、费用
（一）订阅费：每店每服务年度4,680元，四十一家门店每服务年度合计191,880元，两个服务年度合计383,760元。
（二）实施费：68,000元（含数据迁移、小程序配置及财务接口开发）。
（三）培训费：12,000元。
（四）合同总价：463,760元（含税）。门店数量增减的，订阅费按实际开通门店数和月份折算。

四、付款方式
（一）实施费及培训费在全部门店上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（三）乙方应在付款前开具增值税专用发票。
（四）服务期内新增门店的订阅费，按开通当月至当期服务年度结束的月份折算，在下一期订阅费中一并结算。
（五）合同价款已包含两个服务年度内的系统升级、短信通知额度（每店每年三千条）及数据备份费用，超出短信额度的部分按乙方报价单另行计费。

五、上线验收
（一）乙方应在合同签订后四十五日内完成数据迁移和全部门店上线。
（二）验收标准：会员资料、储值余额及次卡余量迁移后与原系统逐户核对一致；预约、收银、储值、退款等业务流程在抽查的八家门店实测通过；财务日结接口连续十日数据无差异；高峰时段下单响应时间不超过2秒。
（三）甲方在收到乙方验收申请后七个工作日内组织验收，并签署验收单。门店试用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并再次申请验收。因整改导致上线时间延后的，按第十一条处理。
（五）上线切换应安排在甲方门店营业结束后进行，切换当日乙方应派人员在总部及重点门店现场支持，并准备原系统回退方案。

六、运营支持
（一）服务期内乙方应为甲方指定专属客户成功经理一名，每月与甲方运营部沟通一次系统使用情况，每季度提交门店经营数据分析报告。
（二）乙方应提供门店店长及收银员在线培训课程，新员工可随时学习。每个服务年度乙方应免费组织两次线下集中培训。
（三）系统版本升级应提前七日通知甲方，涉及收银、储值等核心流程变更的，应提前提供操作说明并在非营业时间上线。
（四）乙方应在每个服务年度结束后十五日内向甲方提交年度服务报告，说明系统可用率、故障处理情况及改进措施。

七、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在凌晨零时至六时之间并提前三日通知。
（二）一级故障（全部门店无法预约或收银）2小时内响应并提供临时处理方案；二级故障（部分门店或部分功能异常）8小时内响应；一般问题两个工作日内解决。
（三）月度可用率每低于承诺值0.5个百分点，乙方按当月订阅费的5%给予服务抵扣，抵扣在下一期订阅费中扣除。

八、数据与信息安全
（一）甲方会员信息、消费记录、储值数据及经营数据归甲方所有。
（二）乙方有权在去标识化处理后，将上述数据用于行业分析报告、产品改进及乙方其他客户的经营参考指标，甲方同意该等使用不另收取费用。
（三）乙方应采取加密存储、访问控制、操作日志及异地备份等措施保护数据安全，系统应通过网络安全等级保护第二级测评。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。

九、保密
双方对在合作中知悉的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

十、知识产权
（一）“约点美业云”系统的知识产权归乙方所有。
（二）为甲方开发的财务日结接口、品牌小程序页面设计及相关文档归甲方所有，甲方可自由使用和修改。

十一、违约责任
（一）乙方未按第五条约定时间完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全义务的，应赔偿甲方全部损失，包括甲方向会员承担的赔偿。

十二、续期
服务期满前三十日内任何一方未书面提出终止的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权按其届时公布的标准价格调整订阅费，调整后的价格自续期之日起执行。

十三、分包
乙方不得将实施服务分包给第三方，但经甲方书面同意的除外。经同意分包的，乙方对分包方的行为承担全部责任。

十四、会员权益保障
（一）会员储值余额属于甲方对会员的负债，乙方系统应如实记录每笔充值、消费和退款，不得擅自修改。
（二）因系统故障导致会员储值、次卡余额记录错误的，乙方应在二十四小时内查明原因并恢复正确数据，由此引起的会员投诉由乙方协助甲方处理。
（三）乙方应支持甲方按照有关预付卡管理规定向主管部门报送储值数据。

十五、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（二）合同终止后，乙方应在三十日内按甲方要求导出全部数据并交付甲方，之后彻底删除。
（三）合同终止或期满不续期的，乙方应配合甲方将会员数据迁移至甲方指定的新系统，并保证迁移期间会员可正常到店消费。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

十七、其他
（一）因不可抗力导致系统中断的，乙方应及时通知甲方并尽快恢复服务，不可抗力期间不计入可用率考核。
（二）双方联系人及联系方式见附件，变更时应书面通知对方。
（三）附件：门店清单、功能清单、实施计划、数据迁移方案，附件为本合同组成部分。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
签订日期：2026年　月　日
"""

Z04 = """非道路移动机械监管系统年度运维服务合同

采购项目编号：HZCG-2026-CS-0094（竞争性磋商）
甲方（采购人）：鹤州市生态环境局
乙方（成交供应商）：鹤州绿源环境信息科技有限公司

根据鹤州市政府采购竞争性磋商结果，乙方为本项目成交供应商。为保障非道路移动机械监管系统稳定运行，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，就年度运维服务订立本合同。磋商文件、响应文件为本合同的组成部分。

第一条 运维对象
监管系统包括：非道路移动机械编码登记子系统、排放检测数据管理子系统、工地及港区机械定位监控子系统、移动执法APP、数据共享接口，以及部署在全市一百六十个施工工地和两个港区的机械定位终端数据接入服务。系统部署于市电子政务云。

第二条 服务期限
服务期为一年，自2026年4月1日起至2027年3月31日止。服务期满后，甲方另行组织采购。

第三条 服务内容
（一）日常巡检：每日检查服务器、数据库、接口及终端数据接入状态，每周提交巡检记录；
（二）故障处理：负责软件缺陷修复、数据接入中断处理及系统配置调整；
（三）数据运维：负责登记数据校核、重复编码清理、终端离线数据补传及月度数据质量报告；
（四）安全运维：配合等级保护测评及整改，按时安装安全补丁，每季度开展一次漏洞扫描；
（五）执法保障：在重污染天气应急期间及专项执法行动期间安排专人驻场值守；
（六）小规模优化：服务期内累计不超过六十人日的功能优化，由甲方书面提出后实施；
（七）终端接入管理：协助新纳入监管的机械安装定位终端后的数据接入调试，核对终端编号与机械编码的对应关系，对长期离线终端每月形成清单报甲方；
（八）用户支持：为甲方及各区分局执法人员提供系统使用咨询，每半年组织一次操作培训，并更新用户手册；
（九）应急演练：每年组织不少于两次系统故障恢复及数据备份恢复演练，形成演练报告。

第四条 服务费用及支付
（一）年度运维服务费为人民币陆拾贰万捌仟元整（¥628,000），含驻场、远程支持、人员差旅及税费。
（二）服务费按季度支付。每季度结束后，甲方对乙方进行季度考核，考核合格后十五个工作日内支付该季度服务费157,000元，考核扣减部分从当期服务费中扣除。本合同不设预付款。

第五条 人员要求
（一）乙方应安排项目经理一名、驻场运维工程师两名，驻场人员工作日在甲方指定地点办公。项目经理应具有五年以上信息系统运维经验，驻场工程师应熟悉数据库、中间件及网络安全设备的日常管理。
（二）人员变更须提前十日书面报甲方同意，新人员资历不得低于原人员。驻场人员连续缺勤超过三个工作日的，乙方应安排同等资历人员顶岗。
（三）乙方应建立运维值班制度，节假日安排远程值班人员，并将值班表提前报甲方备案。
（四）乙方人员应遵守甲方机关管理制度，进出机房须登记，不得擅自操作甲方其他业务系统。

第六条 服务水平与考核
（一）故障分级：一级故障指系统整体无法访问或全市终端数据接入中断；二级故障指单个子系统不可用或执法APP无法登录；三级故障指个别功能异常。
（二）响应时限：一级故障30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障两个工作日内解决。
（三）考核扣减：一级故障响应或恢复每超时一小时，扣减服务费1,000元；二级故障每超时一小时，扣减服务费300元；月度数据质量报告或巡检记录迟交的，每次扣减500元。单季度扣减总额不超过当季服务费的20%。
（四）季度考核得分低于七十分的，乙方应提交书面整改计划，并在下一季度内完成整改。
（五）乙方应建立运维工单台账，记录每次故障的发现时间、响应时间、处理过程、恢复时间及原因分析，作为季度考核依据。
（六）重大活动保障、重污染天气应急期间，乙方应在甲方通知后两小时内安排人员到岗，确保执法APP及定位监控子系统稳定运行。

第七条 季度考核与年度验收
（一）季度考核依据：巡检记录完整；故障处理符合时限；终端数据接入情况符合磋商文件要求；登记数据与检测数据匹配率达到磋商文件要求；安全扫描发现的中高危漏洞在十个工作日内整改完毕。
（二）服务期满后十日内，甲方依据四个季度考核结果及磋商文件技术要求组织年度验收，出具验收意见。
（三）年度验收时乙方应提交年度运维总结、全部巡检记录、故障台账、数据质量报告、漏洞整改记录及更新后的系统文档。验收发现问题的，乙方应在十个工作日内整改完毕。

第八条 数据安全
（一）系统中的机械登记信息、排放检测数据、定位轨迹、执法记录及其他数据均属甲方所有，乙方仅可为履行本合同使用。
（二）乙方应落实等级保护第三级要求，运维操作一律通过甲方堡垒机进行，禁止将数据拷贝至非政务网络或个人设备。
（三）发生数据泄露、篡改或系统被攻击的，乙方应在1小时内报告甲方，并配合开展调查处置；因乙方原因造成的损失和处罚由乙方承担。

第九条 保密
乙方及其人员对履行本合同接触的执法信息、企业信息和工作秘密负有保密义务，应签署保密承诺书。保密义务不因合同终止而解除。

第十条 知识产权
乙方在运维期间编写的脚本、接口程序、优化功能的源代码及运维文档，其知识产权归甲方所有。

第十一条 分包
乙方不得将本项目的任何部分分包或转包。

第十二条 违约责任
（一）乙方服务不符合约定的，甲方有权按第六条扣减服务费，并要求乙方限期整改。
（二）乙方违约给甲方造成损失的，应承担相应的赔偿责任。
（三）甲方未按约定支付服务费的，应在收到乙方催告后十五个工作日内补付。
（四）乙方驻场人员未经甲方同意擅自离岗或更换的，甲方有权要求乙方立即改正，并在季度考核中相应扣分。

第十三条 合同的履行与解除
合同生效后，双方应全面履行。服务期内，任何一方不得以对方违约为由单方解除本合同；乙方违约的，甲方可要求其整改、扣减服务费或赔偿损失。因不可抗力导致合同无法履行的，双方协商处理。

第十四条 服务交接
（一）服务开始前，乙方应与上一运维单位完成交接，核对系统账号、服务器清单、数据库备份及未结工单，形成交接清单报甲方确认。
（二）服务期满或合同终止时，乙方应在十五日内向甲方或甲方指定的新运维单位移交全部账号、文档、脚本及运维记录，并配合完成不少于十个工作日的交接。
（三）交接完成后，乙方应注销其全部运维账号，清除其设备中留存的系统资料，并书面确认。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

第十六条 其他
（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并提供相关证明。
（二）乙方应遵守政府采购廉洁规定，不得向甲方工作人员提供任何不正当利益。
（三）本合同未尽事宜，双方可依据磋商文件另行签订补充协议。
（四）本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，自双方盖章之日起生效。

甲方（盖章）：鹤州市生态环境局          乙方（盖章）：鹤州绿源环境信息科技有限公司
日期：2026年　月　日
"""

Z05 = """# 匠迹工艺过程追溯软件 软件许可及定制开发合同

（匠迹软件标准合同文本 V4.0）

合同编号：JJ-2026-HZ-118

甲方（用户）：禾木皮雕工坊（个人独资企业）

乙方（供应商）：匠迹软件科技有限公司

鉴于甲方需要对皮雕产品从选皮、裁切、雕刻、染色、缝制至成品出库的工艺过程进行记录和追溯，乙方同意向甲方许可使用“匠迹工艺过程追溯软件”，并按甲方要求进行定制开发。双方根据乙方标准合同文本订立本合同。

## 第一条 许可及服务内容

1.1 乙方授予甲方“匠迹工艺过程追溯软件”标准版永久使用许可，用户数不超过三十个，仅限甲方在其工坊内部使用。

1.2 乙方按甲方需求进行定制开发，包括：皮料批次与供应商档案、工序扫码报工、手工艺人计件统计、定制订单与客户图样管理、成品二维码溯源页面及与甲方网店订单的对接。

1.3 乙方负责软件安装部署、基础数据初始化和一次集中培训。

1.4 甲方应自行准备运行软件所需的服务器、操作系统、数据库、扫码枪及标签打印机，并确保网络环境满足乙方提供的配置要求。因甲方环境不满足要求导致的问题不属于乙方责任。

1.5 定制开发范围以双方确认的需求清单为准。需求清单确认后，甲方新增或变更需求的，乙方另行报价，甲方同意后方可实施，工期相应顺延。

## 第二条 合同价款

| 项目 | 金额（元） |
|---|---|
| 软件许可费（标准版，永久） | 360,000 |
| 定制开发费 | 186,000 |
| 实施部署费 | 34,000 |
| 合计 | 580,000 |

合同总价为人民币伍拾捌万元整（¥580,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即377,000元。乙方收到该款项后启动开发工作。

3.2 软件安装上线后五个工作日内，甲方支付合同总价的35%，即203,000元。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在付款前提供开票信息。

3.5 合同价款不包括甲方服务器、数据库、扫码设备、标签耗材及第三方软件的费用，也不包括乙方人员在合同约定次数以外到甲方现场的差旅费用，上述费用由甲方另行承担。

## 第四条 交付

4.1 乙方在收到首期款后九十日内完成定制开发及安装上线。因甲方需求变更、资料提供不及时等原因导致延误的，交付期相应顺延。

4.2 乙方交付软件安装程序及用户手册。定制开发部分以可执行程序形式交付，不交付源代码。

4.3 甲方应指定一名项目联系人，负责需求确认、资料提供及现场配合。甲方在乙方提出需求确认或资料要求后五个工作日内未予答复的，视为同意乙方方案。

4.4 乙方按照其标准实施方法开展工作，包括需求调研、开发、安装、初始化及培训五个阶段，各阶段的具体安排由乙方项目经理通知甲方。

## 第五条 验收

5.1 软件在甲方环境安装完成并上线运行后，即视为甲方验收合格。甲方在上线后使用中发现的问题，按第六条的维护约定处理。

5.2 乙方可根据甲方需要出具上线确认单，甲方应在收到后三个工作日内签字确认。甲方未签字但已使用软件的，不影响前款验收结论。

5.3 甲方对软件功能有异议的，应在上线后十日内书面提出，逾期未提出的视为对软件功能无异议。

## 第六条 免费维护及年度服务

6.1 乙方自软件上线之日起提供六个月免费维护，内容为远程问题解答和软件缺陷修复。

6.2 免费维护期满后，甲方应购买年度技术服务，年度服务费为软件许可费的35%，即每年126,000元，按年预先支付。甲方未购买年度服务的，乙方不再提供任何维护及升级。

6.3 故障响应：甲方通过乙方客服热线或工单系统报告故障。一级故障（系统无法登录或无法报工）乙方在24小时内响应；其他问题三个工作日内答复。

6.4 年度技术服务内容包括远程问题解答、缺陷修复及乙方发布的版本升级。现场服务、二次开发、数据修复及因甲方操作不当导致的问题处理另行收费，收费标准为每人日3,500元。

6.5 乙方将尽力按上述时限处理，但对响应超时或故障持续期间不承担任何扣款、赔偿或违约责任。

## 第七条 知识产权

7.1 软件及其定制开发部分（包括甲方需求形成的功能模块、对接程序、报表及相关文档）的全部知识产权归乙方所有。

7.2 甲方仅享有在本合同范围内的非独占使用权，不得修改、反向工程，也不得许可第三方使用。乙方有权将定制开发成果用于其他客户。

## 第八条 数据

8.1 甲方在软件中录入和产生的工艺数据、订单数据及客户信息归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方应采取访问控制、数据加密及每日备份等安全措施。发生数据泄露或丢失的，乙方应及时通知甲方并协助恢复；因乙方原因造成的直接损失由乙方承担。

8.3 软件部署在甲方服务器上，甲方负责服务器的物理安全、操作系统补丁及防病毒软件。乙方远程维护时，应使用甲方提供的临时账号，维护完成后由甲方收回。

8.4 合同终止后，乙方应根据甲方要求协助将数据导出为通用格式，导出工作按第6.4款的人日单价另行收费。

## 第九条 保密

9.1 双方对本合同内容及履行中获知的对方技术信息和经营信息负有保密义务，保密期至合同终止后两年。

9.2 甲方的皮雕图样、客户定制信息及工艺配方属于甲方的保密信息，乙方人员不得拍照、复制或向他人透露。

9.3 乙方的软件界面设计、操作手册及报价属于乙方的保密信息，甲方不得向乙方的竞争对手提供。

## 第十条 违约责任

10.1 乙方无正当理由逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 乙方在本合同项下承担的全部责任（包括违约金及赔偿）合计不超过合同总价的20%，且不对甲方的间接损失、利润损失承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同，经对方书面通知后三十日内仍未纠正的，对方有权解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还；乙方已完成但尚未结算的工作，甲方应按实际完成比例支付费用。

11.3 合同解除后，甲方应停止使用软件并删除全部安装副本，但乙方同意继续许可的除外。

11.4 因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方。不可抗力持续超过六十日的，双方可协商解除合同。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 其他

13.1 本合同未尽事宜，以乙方官网公布的《匠迹软件服务条款》为准。乙方可不时更新该服务条款，更新后的条款自公布之日起适用。

13.2 双方确认，本合同条款已经双方充分协商，甲方已仔细阅读并理解全部内容。

13.3 本合同的附件包括需求清单、报价单及实施计划，附件与本合同具有同等效力。

13.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：                    乙方（签章）：

日期：2026年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. FFS-GZ-2026-07
P:This Agreement is made between Guangzhou Lanting Cosmetics Co., Ltd., a company established in the People's Republic of China with its registered office in Huangpu District, Guangzhou (the "Buyer"), and Fenland Formula Systems Ltd, a company registered in England with its registered office at Carre Street, Sleaford, Lincolnshire, United Kingdom (the "Supplier").
P:The Buyer wishes to replace its spreadsheet-based product formulation records with a formulation and regulatory management system. The Supplier licenses the FormulaBase software and provides the configuration, integration, migration and training services described below. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FormulaBase Enterprise edition, release 8, in object code, with its documentation.
P:1.2 "Deliverables" means everything the Supplier produces specifically for the Buyer under this Agreement, including configurations, workflow designs, report templates, interface programs and their source code, migration scripts and project documents.
P:1.3 "Buyer Data" means all formulas, raw-material records, ingredient specifications, regulatory filings, test results and other data that the Buyer or its personnel enter into, or that are generated by, the Software.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
H:Article 2 Licence and Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 150 named users at the Buyer's sites in Guangzhou and its factory in Qingyuan, including for disaster recovery.
P:2.2 The Supplier shall configure the Software for the Buyer's skin-care, hair-care and colour-cosmetics product lines; build interfaces to the Buyer's ERP system and its laboratory information system; migrate about 9,800 existing formulas with their version history; and train the Buyer's formulators, regulatory staff and administrators.
P:2.3 The detailed scope, milestones and responsibilities are set out in the Statement of Work attached as Annex 1.
P:2.4 The Supplier shall appoint a project manager with experience of at least two comparable implementations in the cosmetics or food industry. The project manager shall attend a weekly progress meeting, in person or by video, and submit a written status report every two weeks covering progress, risks, open issues and the next steps. The Supplier shall not replace the project manager or the lead consultant without the Buyer's agreement, which shall not be unreasonably withheld.
P:2.5 The Buyer shall provide the servers, operating system and database licences, give timely access to its staff and source data, and appoint a project lead with authority to approve designs and test results. Where the Buyer's delay prevents the Supplier from meeting a milestone, the affected date moves by the length of that delay.
P:2.6 Changes to the scope shall be agreed in writing through a change request that states the effect on price and timetable. No change is binding until both project leads have signed it.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,734,000, made up of: Software licence CNY 1,180,000; configuration and interfaces CNY 420,000; data migration CNY 96,000; training CNY 38,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Supplier, and the support services during the Warranty Period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Software is installed and the interfaces are ready for testing. Installation does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account named in the Supplier's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation, configuration, interfaces and migration within 150 days after signature and then request acceptance testing.
P:5.2 Acceptance criteria: every function in the approved specification works as described; migrated formulas match the source records in a full reconciliation of ingredient percentages and version history; the ERP and laboratory interfaces run for 15 consecutive working days without a data error; a formula search returns within three seconds with 80 concurrent users; and no open defect of Severity 1 or 2 remains.
P:5.3 After successful tests the system runs in production for a 45-day trial period. If no Severity 1 defect occurs in that period, the Buyer issues the Final Acceptance certificate within 10 working days.
P:5.4 Go-live, production use or any payment does not by itself mean acceptance. Where tests fail, the Supplier shall correct the defects within 15 days and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is 24 months from Final Acceptance. During it the Supplier shall correct defects, supply new releases and patches and provide telephone and remote support free of charge.
P:6.2 After the Warranty Period the Buyer may buy annual support. The annual support fee is 9% of the Software licence fee, that is CNY 106,200 per year, and shall not be increased during the first three years after the Warranty Period.
P:6.3 Severity 1 means the system is down or formulas cannot be released; Severity 2 means a major function fails with no workaround; Severity 3 covers other faults. The Supplier shall respond to Severity 1 within 1 hour and restore service within 8 hours; respond to Severity 2 within 2 hours; and resolve Severity 3 in the next scheduled release.
P:6.4 For each hour by which the Supplier exceeds a Severity 1 or Severity 2 response or restoration time, it shall credit the Buyer CNY 600 against the next payment or support invoice.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors.
P:7.2 The Deliverables and all intellectual property rights in them belong to the Buyer from creation. The Buyer may use, modify, and license them to third parties freely. The Supplier shall hand over source code of interface programs and migration scripts on Final Acceptance.
P:7.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or the Deliverables infringe third-party rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Agreement and shall not copy, analyse or use it for any other purpose, including in anonymised or aggregated form.
P:8.2 The Software is installed in the Buyer's own data centre. The Supplier's remote access is allowed only through the Buyer's VPN and bastion host, on a named account, with each session approved and logged. No Buyer Data may be transferred outside the People's Republic of China.
P:8.3 The Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to its work. It shall report any actual or suspected security incident affecting Buyer Data within 2 hours, cooperate in the investigation, and bear the losses and regulatory penalties caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, in particular the Buyer's formulas and product plans, and use it only for this Agreement.
P:9.2 This obligation survives for seven years after the end of this Agreement, and without time limit for formulas and trade secrets.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to request acceptance testing by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
P:12.2 The Buyer may also terminate if delay damages under Article 10.1 reach their maximum.
P:12.3 Termination does not affect the licence for Software already paid for, or accrued rights.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of this Agreement shall be referred to arbitration under the LCIA Rules. The seat of arbitration is London, the tribunal has one arbitrator, and the language is English.
H:Article 14 General
P:14.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to reduce the effects.
P:14.2 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.3 This Agreement is signed in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

E02 = """# Order Form and General Terms — RouteWell Field Service Cloud

**Order Form No.:** RW-CN-2026-0412

**Provider:** Blyth Valley Software Ltd, Quay Street, Halesworth, Suffolk, United Kingdom

**Customer:** Suzhou Hengrun Elevator Maintenance Co., Ltd., Wuzhong District, Suzhou, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

RouteWell Field Service Cloud, Professional edition: work-order management, technician dispatch and route planning, mobile app for technicians (Android and iOS), spare-parts tracking, preventive-maintenance scheduling for elevators and escalators, customer portal and standard reports. Up to 260 technician users and 40 office users.

### A2. Subscription Term

Thirty-six months from the Subscription Start Date, which is the date Provider confirms in writing that the production tenant is available. The term is divided into three Subscription Years.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | annual | 286,000 |
| Subscription fee, Subscription Year 2 | annual | 286,000 |
| Subscription fee, Subscription Year 3 | annual | 286,000 |
| Onboarding services (one-off) | fixed | 42,000 |
| Total | | 900,000 |

Fees include VAT. Additional users may be added at the same per-user rate, pro rata to the end of the current Subscription Year.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice.

(b) The onboarding fee is invoiced after Customer signs the Go-Live Acceptance certificate under A5 and is payable within 30 days of invoice.

(c) No other amount is payable in advance.

### A5. Onboarding and Go-Live Acceptance

(a) Onboarding covers tenant set-up, import of about 11,000 elevator and escalator units with their maintenance history, configuration of Customer's dispatch zones and maintenance plans, an interface to Customer's finance system for parts invoicing, and training for dispatchers and technicians.

(b) Provider shall make the production tenant available within 60 days after this Order Form is signed. For each day of delay caused by Provider, Provider shall pay Customer CNY 900, up to CNY 45,000.

(c) Go-Live Acceptance criteria: the unit register and maintenance history reconcile with Customer's source file; dispatch, route planning and mobile check-in work in a test run across three dispatch zones for ten working days; the finance interface transfers parts data without error for ten working days; and mobile app screens load within three seconds on a 4G connection. Customer signs the certificate within five working days after the criteria are met. Use of the service during the test run is not acceptance.

### A6. Renewal

At the end of the Subscription Term the subscription renews for successive terms of one year at the same annual fee, unless either party gives notice of non-renewal at least 60 days before the end of the then current term.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall provide the service described in A1 in accordance with this Agreement, the documentation and applicable law.

1.2 Provider may improve the service from time to time, provided that no change materially reduces the functions described in A1.

### 2. Service Levels

2.1 Provider targets a monthly availability of the production tenant of 99.95%, measured at Provider's service boundary, excluding scheduled maintenance notified at least 72 hours in advance and carried out between 00:00 and 05:00 China Standard Time.

2.2 Priority 1 means the service is unavailable or dispatch cannot be performed; Priority 2 means a major function is impaired; Priority 3 covers other issues. Provider shall respond to Priority 1 incidents within 1 hour and to Priority 2 incidents within 3 hours, and to Priority 3 incidents within two business days, 24 hours a day for Priority 1.

2.3 The service levels in this Section are targets. Provider will report monthly on its performance against them. No service credits, fee reductions or other compensation are payable if a target is not met.

### 3. Customer Data

3.1 All data that Customer or its users submit to the service, including unit records, maintenance history, technician locations and customer contacts ("Customer Data"), belongs to Customer.

3.2 Provider processes Customer Data only to provide the service to Customer and for no other purpose.

3.3 At the end of the Subscription Term Provider shall make Customer Data available for export for 30 days and then delete it, and confirm deletion in writing.

### 4. Data Security

4.1 The production tenant is hosted in a data centre in mainland China operated by Provider's hosting partner named in Annex 1. Customer Data is not transferred outside mainland China.

4.2 Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, applies role-based access control and multi-factor authentication for its administrators, and keeps access logs for at least six months.

4.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take immediate steps to contain it, and bear the losses and regulatory penalties caused by its breach of this Section 4.

### 5. Subcontractors

5.1 Provider's hosting partner and its SMS gateway provider are listed in Annex 1 and approved by Customer's signature of this Order Form.

5.2 Provider shall not appoint any other subcontractor or subprocessor for the service without Customer's prior written consent, and remains responsible for all of them.

### 6. Configurations and Intellectual Property

6.1 The service and its software remain Provider's property.

6.2 The finance interface, report templates and dispatch-zone configurations made for Customer under A5 belong to Customer. Customer may use, modify and let third parties use them without restriction.

### 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement, for five years after the Agreement ends.

7.2 Customer Data is Customer's confidential information.

### 8. Liability

8.1 Neither party excludes liability for personal injury, fraud or wilful misconduct.

8.2 Otherwise, Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the nine months preceding the event giving rise to the claim.

### 9. Term and Termination

9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

9.2 On termination by Customer under 9.1, Provider shall refund the prepaid subscription fee for the remaining part of the Subscription Year.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 11. Customer Responsibilities

11.1 Customer shall keep its user credentials secure, ensure that its users comply with the acceptable use rules in the documentation, and promptly inform Provider of any unauthorised use it becomes aware of.

11.2 Customer is responsible for the accuracy of the unit records and maintenance plans it provides, and for obtaining the consent of its technicians to location tracking in the mobile app where required by law.

11.3 Customer shall provide a project lead during onboarding who can make decisions on dispatch zones, maintenance plans and the finance interface within five working days of a request.

### 12. Support and Training

12.1 Provider shall provide a support portal and hotline in Chinese, staffed from 08:00 to 20:00 China Standard Time on business days, and a Priority 1 hotline at all times.

12.2 Provider shall keep an online help centre with guides and short training videos for dispatchers and technicians, and provide one refresher training session by video in each Subscription Year at no extra charge.

12.3 Provider shall give Customer at least 14 days' notice of any major release that changes the user interface of the mobile app, with release notes in Chinese.

### 12A. Reporting

Provider shall send Customer a monthly service report showing availability, incidents by priority with their response times, open issues, user numbers and planned maintenance for the next month. Customer may ask for an explanation of any incident at the monthly review call.

### 13. Suspension

13.1 Provider may suspend access only if an invoice that is not disputed in good faith remains unpaid 30 days after a written reminder, or if suspension is required by law or to prevent a serious security threat. Provider shall give notice, limit the suspension to what is necessary, and restore access promptly once the reason ends.

### 14. General

14.1 Notices must be in writing and sent to the addresses in this Order Form.

14.2 This Agreement is the entire agreement of the parties concerning the service and may be amended only in writing signed by both parties.

Signed for Provider: ____________________ Signed for Customer: ____________________

Date: ____________________
"""

E03 = """T:Supply Contract for Condition Monitoring Sensors and Software Licence
P:Contract No. JZP-EQ-2026-0058
P:Buyer: Jiangxi Zhongpu Paper Co., Ltd., Gongqingcheng, Jiangxi Province, People's Republic of China (the "Buyer")
P:Supplier: Ure Dale Instruments Ltd, Market Place, Masham, North Yorkshire, United Kingdom (the "Supplier")
P:This Contract is made on the Buyer's standard terms for the purchase of equipment. The Buyer wishes to monitor the vibration and temperature of the drives, rolls, fans and pumps on its two paper machines and its stock preparation line. The Supplier has offered wireless sensors, gateways and its monitoring software, with installation and configuration. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the equipment and software licence listed in clause 2, install the sensors and gateways at the Buyer's mill in Gongqingcheng, configure the monitoring software, and train the Buyer's maintenance staff.
P:1.2 The monitoring software ("Software") is licensed to the Buyer perpetually, for unlimited users at the mill, and runs on servers provided by the Buyer in its own server room.
P:1.3 The Supplier shall configure alarm thresholds, machine hierarchies and dashboards for about 320 measuring points, and build an interface that creates work orders in the Buyer's maintenance management system when an alarm is confirmed.
H:2. Price
P:2.1 The Contract Price is CNY 1,430,000, including VAT, delivery to the mill, insurance, customs clearance, installation, configuration and training. It is fixed and broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|320|2,150|688,000
TB:2|Industrial gateway with mounting kit|16|9,500|152,000
TB:3|Monitoring software, perpetual site licence|1|360,000|360,000
TB:Subtotal equipment and licence|||1,200,000|
TB:4|Installation and commissioning|1 lot|138,000|138,000
TB:5|Analytics configuration and maintenance-system interface|1 lot|74,000|74,000
TB:6|Training|1 lot|18,000|18,000
TB:Contract Price|||1,430,000|
P:2.2 The Buyer does not pay any other charge for the scope in clause 1.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount valid until delivery.
P:3.2 The Buyer shall pay 55% of the Contract Price within 15 working days after all equipment has been delivered and installed. Signing the delivery note only confirms quantities and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the mill within 75 days after signature and finish installation within a further 30 days, using the planned shutdowns notified by the Buyer.
P:4.2 Installation shall follow the Buyer's site safety rules, including permit-to-work and lock-out procedures. The Supplier is responsible for its personnel and for damage they cause.
P:4.3 Before shipment the Supplier shall submit for the Buyer's approval a mounting plan showing, for each measuring point, the machine, the bearing position, the mounting method and the gateway that serves it. Sensors on rotating equipment near the dryer section shall be rated for the temperatures stated in the technical specification.
P:4.4 Each delivery shall include packing lists, certificates of origin and conformity, the explosion-protection certificate for sensors placed in the chemical preparation area, and operating manuals in Chinese and English. Equipment is delivered DDP to the mill and the risk passes to the Buyer when the Buyer signs the delivery note.
P:4.5 The Supplier shall keep a stock of spare sensors and batteries in China sufficient to meet the replacement times in clause 6.3, and shall guarantee the supply of spare parts for eight years after Final Acceptance.
P:4.6 If the Buyer's planned shutdown is moved, the Buyer shall inform the Supplier at least ten days in advance and the installation dates move accordingly, without extra charge.
H:4A. Training
P:4A.1 The Supplier shall train up to 20 maintenance engineers and technicians of the Buyer in two sessions at the mill, covering sensor mounting and replacement, gateway configuration, alarm handling, basic vibration analysis and system administration.
P:4A.2 Training materials shall be in Chinese and become the Buyer's property. The Supplier shall also give a one-day refresher course in the second year of the warranty period.
H:5. Acceptance
P:5.1 Acceptance criteria: all 320 sensors report data to the Software; measured vibration values agree with a reference portable analyser within the tolerance stated in the technical specification; the battery-life estimate reported by each sensor is at least three years; alarms are raised in the Software within 60 seconds of a simulated event; and the maintenance-system interface creates correct work orders in ten consecutive tests.
P:5.2 After the tests the system runs for a trial period of 60 days. If no critical fault occurs, the Buyer issues a Final Acceptance certificate within 10 working days. Delivery, installation, trial use or payment is not acceptance.
P:5.3 If the system fails a test, the Supplier shall correct the fault within 15 days and repeat the test at its own cost.
H:6. Warranty and Support
P:6.1 The warranty period for the equipment and Software is 36 months from Final Acceptance. During this period the Supplier repairs or replaces faulty equipment, including batteries that fail early, and provides software updates and remote support free of charge.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee is 6% of the equipment and licence subtotal, that is CNY 72,000 per year, fixed for the first two years after the warranty period.
P:6.3 Fault levels and response times are set out below. The Supplier shall provide a support hotline in Chinese.
TB:Level|Definition|Response|On-site or fix
TB:Critical|Software down, or more than 20 sensors or any gateway offline|1 hour|replacement within 2 days
TB:Major|Alarms or work orders not generated correctly|2 hours|fix within 3 days
TB:Minor|Other faults|next working day|next update
P:6.4 For each day by which the Supplier exceeds a Critical or Major fix time, it shall pay the Buyer CNY 800.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The configurations, dashboards, alarm rules and the maintenance-system interface made for the Buyer, with their source code and documents, belong to the Buyer, which may use, modify and license them freely.
P:7.2 The Supplier warrants that the equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:8. Data Security
P:8.1 All measurement data, alarms, machine records and logs ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep copies or use it for any other purpose, including in aggregated or anonymised form.
P:8.2 The gateways shall send data only to the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session and goes through the Buyer's VPN. The Supplier shall change all default passwords and apply security patches during the warranty period.
P:8.3 The Supplier shall report any security incident affecting Buyer Data or the Buyer's network within 2 hours and bear the losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the technical and business information of the other party received under this Contract and shall not disclose it to a third party without prior written consent.
P:9.2 This obligation continues for five years after the end of this Contract.
H:10. Delay and Liability
P:10.1 If the Supplier delays delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 7, 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract the installation or any other part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for the undelivered or rejected part and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.
H:14. General
P:14.1 Force majeure excuses a party's delay only for as long as it lasts, if promptly notified.
P:14.2 This Contract is made in English and Chinese. Both versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.:** ALD-MS-2026-019

**Customer:** Ningbo Haitong Cold Chain Logistics Co., Ltd., Beilun District, Ningbo, People's Republic of China ("Customer")

**Supplier:** Alde Network Services Ltd, High Street, Saxmundham, Suffolk, United Kingdom, acting through its branch office in Shanghai ("Supplier")

Customer operates a head office in Ningbo, nine cold-storage warehouses and a fleet dispatch centre. It wishes to outsource the day-to-day operation of its end-user IT. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Charges" means the charges in Schedule 3. The total Charges for the Term ("Total Charges") are CNY 2,184,000.

## 2. Services

2.1 From the Service Commencement Date the Supplier shall provide the Services at all Customer sites listed in Schedule 1, to the service levels in Schedule 2.

2.2 The Supplier shall provide enough qualified staff, including one resident engineer at the Ningbo head office on working days and a service desk that speaks Chinese and English.

2.3 Customer shall give the Supplier reasonable access to its sites, systems and staff, and nominate a service manager.

2.4 The Supplier shall follow Customer's change management process. Standard changes listed in the operating procedures may be made by the Supplier on its own authority; all other changes need the approval of Customer's service manager, and emergency changes shall be reported within one business day.

2.5 The Supplier shall keep the asset register, network documentation and runbooks up to date throughout the Term, so that Customer or a successor provider can take over the Services at any time.

2.6 Each month the Supplier shall hold a service review meeting with Customer, present the monthly service report described in Schedule 1, explain any missed service level and agree improvement actions. Each year the parties shall review the scope, the site list and the service catalogue, and agree any changes in writing.

2.7 Hardware, software licences and spare parts that Customer asks the Supplier to procure are not part of the Charges. The Supplier shall quote for them separately at cost plus a handling fee agreed in writing in advance, and title passes to Customer on delivery.

2.8 The Supplier shall maintain a knowledge base of known errors and solutions for Customer's environment, which belongs to Customer and shall be handed over on exit.

## 2A. Personnel

2A.1 The Supplier shall appoint a service delivery manager who is responsible for the Services and is available to Customer during business hours.

2A.2 The Supplier shall carry out background checks on staff who work at Customer's sites, as far as permitted by law, and shall replace any person whom Customer reasonably asks to be removed.

## 3. Transition

3.1 Within 50 days after signature the Supplier shall complete transition: take over the asset register, document the network and user accounts, deploy its monitoring and ticketing tools, take over open tickets from Customer's current provider, and agree operating procedures with Customer.

3.2 If the Service Commencement Date is later than the 50th day after signature for reasons attributable to the Supplier, the Supplier shall pay Customer delay damages of 0.02% of the Total Charges for each day of delay.

## 4. Transition Acceptance

4.1 Transition Acceptance criteria: the asset register covers every device in the sites listed in Schedule 1 and is confirmed by a sample audit of one in ten devices at three sites; all open tickets have been transferred; monitoring covers every switch, firewall, server and wireless controller; the service desk has handled live calls for ten working days in parallel with the current provider with at least nine in ten calls answered within 60 seconds; and the operating procedures are approved by Customer.

4.2 Customer signs the Transition Acceptance certificate within five working days after the criteria are met, or gives written reasons for refusal. The transition fee is invoiced only after the certificate is signed.

## 5. Charges and Payment

5.1 The monthly service charge is invoiced monthly in arrears and is payable within 30 days of invoice, after deduction of any service credits under Schedule 2.

5.2 The Charges are fixed for the Term and include VAT, travel, tools and licences for the Supplier's own tools.

5.3 There is no advance payment.

## 6. Customer Data

6.1 All data that the Supplier handles in providing the Services, including user accounts, device records, tickets, logs and any business data on Customer's systems, remains the property of Customer.

6.2 The Supplier uses such data only to provide the Services.

## 7. Confidentiality

7.1 Each party shall keep confidential all information received from the other party that is marked confidential or is confidential by its nature, including Customer's network diagrams, passwords, customer lists and pricing, and shall not disclose it to any third party without prior written consent.

7.2 The Supplier shall ensure that its staff and approved subcontractors are bound by equivalent obligations. This Section survives for five years after the end of the Agreement.

## 8. Intellectual Property

8.1 The Supplier's tools and methods remain its property.

8.2 Scripts, configurations, runbooks, documentation and reports produced for Customer under this Agreement belong to Customer, which may use, modify and give them to any future provider without restriction.

## 9. Subcontracting

9.1 The Supplier shall not subcontract any part of the Services without Customer's prior written consent. The Supplier remains responsible for the acts of approved subcontractors.

## 10. Liability

10.1 The Supplier's total liability under this Agreement is limited to 150% of the Total Charges.

10.2 Neither party limits liability for personal injury, fraud or wilful misconduct.

## 11. Term, Renewal and Termination

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after notice, or if the Supplier misses the same Priority 1 service level in three consecutive months.

11.3 On expiry or termination the Supplier shall give exit assistance for up to 60 days at the rates in Schedule 3, and hand over all Customer data, documentation and credentials.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13. General

13.1 Neither party is liable for delay caused by force majeure, if it notifies the other party promptly.

13.2 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties and may be amended only in writing signed by both parties.

## Schedule 1 — Scope of Services and Sites

| Service element | Description | Sites covered |
|---|---|---|
| Service desk | Telephone, e-mail and portal support, 07:00 to 23:00 every day, in Chinese and English | All |
| Desktop support | Laptops, desktops, printers, handheld scanners; installation, moves and repairs | All |
| Network operations | Monitoring and changes for switches, firewalls, wireless controllers and site links | All |
| Server operations | Patching, backup checks and monitoring for 22 on-premise servers | Ningbo head office |
| Warehouse systems support | First-line support for warehouse terminals and label printers | Nine warehouses |
| Asset management | Asset register, lifecycle reports and disposal records | All |
| Monthly reporting | Service report, capacity notes and improvement plan | Customer service manager |

Sites: Ningbo head office (Beilun); warehouses in Beilun, Zhenhai, Yuyao, Cixi, Shaoxing, Jiaxing, Hangzhou Xiaoshan, Wenzhou and Taizhou; fleet dispatch centre in Beilun.

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Service credit |
|---|---|---|---|---|
| Priority 1 | A site, the warehouse management system or dispatch cannot work | 30 minutes | 6 hours | 2% of the monthly charge per hour late |
| Priority 2 | Several users or one warehouse line affected | 1 hour | 1 business day | 1% of the monthly charge per day late |
| Priority 3 | Single user affected | 8 business hours | 3 business days | none |
| Service request | Standard request from catalogue | 1 business day | 5 business days | none |

Service credits in any month are capped at 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-off, after Transition Acceptance | 96,000 |
| Monthly service charge | 36 months × 58,000 | 2,088,000 |
| Total Charges | | 2,184,000 |
| Additional work and exit assistance | per engineer day | 3,200 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - VESSEL AND PORT CALL DATA API

Agreement No.: RMD-CN-2026-031

Provider: Ryedale Maritime Data Ltd, Market Place, Pickering, North Yorkshire, United Kingdom ("Provider")

Customer: Ningbo Yongxin International Shipping Agency Co., Ltd., Haishu District, Ningbo, People's Republic of China ("Customer")

BACKGROUND

Customer acts as a ship agent and freight forwarder at the ports of Ningbo-Zhoushan and Shanghai. It needs vessel positions, estimated arrival times and historical port calls in its agency system. Provider compiles such data from terrestrial and satellite AIS sources and port authority notices and offers it through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's vessel tracking and port call interface, version 3, as described in the documentation.

1.2 "Data" means the vessel positions, voyage details, port call records, estimated times of arrival and related data that Provider delivers through the API.

1.3 "Customer Query Data" means the vessel lists, watch lists, shipment references and other information that Customer sends to the API or stores in Provider's portal.

1.4 "Subscription Year" means each period of one year starting on the Access Date or its anniversary. The initial term is two Subscription Years.

1.5 "Access Date" means the date on which Provider issues production API keys to Customer after the integration tests in clause 5.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the term to access the API and use the Data for Customer's internal business, including displaying Data to Customer's own principals and clients in its agency system and tracking pages.

2.2 The subscription covers global vessel positions at the standard update rate, port call history back to 2019, estimated arrival predictions for the ports listed in the order, and up to 1,500,000 API calls per Subscription Year.

2.3 Customer may not resell the Data in bulk or use it to build a competing data product.

2.4 Customer may create derived information from the Data, such as estimated berthing schedules, voyage reports and delay notices for its principals, and such derived information may be kept and used by Customer after the end of the term.

2.5 Customer shall keep its API keys secure and is responsible for use of the API made with them. Customer may request new keys at any time, and Provider shall revoke compromised keys on request.

2.6 Customer may name up to 15 users for Provider's web portal, which shows vessel positions on a map, port call history and the status of Customer's watch lists.

2.7 Provider shall deliver Data in JSON format through REST endpoints and push notifications for watch-list events such as arrival at anchorage, berthing and departure, as described in the documentation.

2.8 Provider shall give Customer a report of API calls used in each quarter, and shall warn Customer by e-mail when use reaches nine tenths of the annual allowance.

2A. DATA SOURCES AND ACCURACY

2A.1 Provider compiles the Data from sources it does not control, including AIS signals transmitted by vessels and notices published by port authorities. Provider shall apply reasonable quality checks, remove obviously false positions and flag estimated values as estimates.

2A.2 Provider shall publish known data outages and source changes on its status page and inform Customer by e-mail where they affect the ports in Customer's order.

2A.3 Customer acknowledges that vessel positions may be delayed or missing in areas of poor reception and that estimated arrival times are predictions. Customer shall not rely on the Data alone for safety of navigation.

3. FEES

3.1 The fees are:

    Subscription fee, Subscription Year 1          CNY 412,000
    Subscription fee, Subscription Year 2          CNY 412,000
    Integration support (one-off, fixed)           CNY 26,000
    Total                                          CNY 850,000

3.2 API calls above the annual allowance are charged at CNY 0.08 per call, invoiced quarterly in arrears.

3.3 All fees include VAT.

4. INVOICING AND PAYMENT

4.1 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days.

4.2 The integration support fee is invoiced after Customer confirms in writing that the integration tests under clause 5 have passed, and is payable within 30 days.

5. INTEGRATION SUPPORT AND ACCEPTANCE

5.1 Provider shall give Customer sandbox keys within five working days after signature, assign an integration engineer, review Customer's connector code, and help map Provider's vessel and port identifiers to those in Customer's agency system.

5.2 Integration tests: Customer's connector retrieves positions and port calls for a test list of 300 vessels for ten consecutive working days; the identifier mapping is correct for all test vessels; and the average response time of the API for these calls is below one second.

5.3 When the tests are met, Customer confirms this in writing within five working days and Provider issues production keys. Use of sandbox keys is not acceptance.

5.4 If Provider does not issue production keys within 40 days after signature for reasons attributable to it, Provider shall pay Customer CNY 850 for each day of delay, up to CNY 42,500.

6. SERVICE

6.1 Provider will use commercially reasonable efforts to keep the API available and the Data current, and to correct errors in the Data that Customer reports.

6.2 Provider offers technical support by e-mail on United Kingdom business days. Provider does not commit to any response or resolution time.

6.3 Provider may change the API on 60 days' notice, provided it keeps the previous version available for that period.

7. CUSTOMER QUERY DATA AND DATA SECURITY

7.1 Customer Query Data belongs to Customer. Provider uses it only to deliver the API and the Data to Customer and does not use, analyse, sell or disclose it for any other purpose, including in aggregated or anonymised form.

7.2 Provider shall protect Customer Query Data with encryption in transit and at rest, access control limited to named support staff, and logging of all access. Customer's API keys are stored as hashed values.

7.3 Provider shall notify Customer of any security incident affecting Customer Query Data or API keys within 24 hours, take steps to contain it, and compensate Customer for losses caused by Provider's breach of this clause.

7.4 At the end of the term Provider shall delete Customer Query Data within 30 days and confirm deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The API, the Data and Provider's database remain Provider's property, subject to the right of use in clause 2.

8.2 Customer's connector code, identifier mapping tables and any code or configuration that Provider's integration engineer writes for Customer under clause 5 belong to Customer, which may use and modify them freely and let third parties use them.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information received from the other party, including pricing, API keys and Customer's client names, and use it only for this Agreement.

9.2 This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 Provider's cloud hosting provider is named in the order and approved by Customer's signature.

10.2 Provider shall not subcontract the delivery of the API or the integration support to any other party without Customer's prior written consent.

11. LIABILITY

11.1 Provider's total liability under this Agreement is limited to 150% of the total fees in clause 3.1.

11.2 This limit does not apply to personal injury, fraud, wilful misconduct or breach of clauses 7 and 9.

12. TERM AND RENEWAL

12.1 This Agreement starts on signature and the initial term ends at the end of the second Subscription Year.

12.2 After the initial term the subscription renews automatically for further Subscription Years unless either party gives written notice of non-renewal at least 90 days before the end of the current Subscription Year.

12.3 Provider may increase the subscription fee for any renewal Subscription Year by up to 9% by notice given at least 30 days before that Subscription Year starts. Customer's silence is taken as agreement.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 If Customer terminates under clause 13.1, Provider shall refund the subscription fee for the remaining part of the current Subscription Year.

13.3 On termination Customer's right to use the Data ends, except that Customer may keep Data already displayed in its shipment records for its own records.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, in English.

15. GENERAL

15.1 Neither party is liable for delay caused by force majeure, including failure of satellite or terrestrial AIS networks outside Provider's control.

15.2 This Agreement, with the order and the API documentation, is the entire agreement of the parties.

Signed for Provider: ____________________

Signed for Customer: ____________________

Date: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h1158z01_commerce_bureau_foreign_investment_platform.pdf", "pdf", Z01),
    "z02": ("h1158z02_shear_factory_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1158z03_barbershop_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h1158z04_ecology_bureau_offroad_machinery_om.txt", "txt", Z04),
    "z05": ("h1158z05_leather_workshop_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1158e01_formulation_software_licence_sleaford_vendor.pdf", "pdf", E01),
    "e02": ("h1158e02_field_service_saas_order_form.md", "md", E02),
    "e03": ("h1158e03_condition_monitoring_sensors_licence.docx", "docx", E03),
    "e04": ("h1158e04_managed_it_services_36_months.md", "md", E04),
    "e05": ("h1158e05_vessel_data_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: lang, category, terms (in TERM_KEYS order), sla_clause, ld_stated, post_warranty_fee_capped (goods only),
#      acceptance_deemed_on_delivery, contract_value
LABELS = {
    "z01": ("zh", "software", [N, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
            T, T, T, F, 1998000),
    "z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, F, 0.08, 150, 20, T, T, 24, 7, F, T, T, "PRC", G],
            T, T, T, F, 1552000),
    "z03": ("zh", "cloud", [99.5, 2, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S],
            T, T, N, F, 463760),
    "z04": ("zh", "services", [N, 0.5, T, "buyer", T, T, T, N, N, N, T, N, N, N, F, F, F, "PRC", S],
            T, F, N, F, 628000),
    "z05": ("zh", "software", [N, 24, F, "supplier", T, T, T, 0.02, 20, 377000 / 580000 * 100, F, F, 6, 35, F, T, N,
                               N, G],
            T, T, T, T, 580000),
    "e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 24, 9, F, T, F, "England and Wales", G],
            T, T, T, F, 1734000),
    "e02": ("en", "cloud", [99.95, 1, F, "buyer", T, T, T, 900 / 900000 * 100, 9 / 36 * 100, N, T, N, N, N, F, T, F,
                            "PRC", S],
            T, T, N, F, 900000),
    "e03": ("en", "hardware", [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 6, F, T, F, "PRC", G],
            T, T, T, F, 1430000),
    "e04": ("en", "services", [N, 0.5, T, "buyer", F, T, T, 0.02, 150, N, T, N, N, N, F, T, F, "PRC", S],
            T, T, N, F, 2184000),
    "e05": ("en", "cloud", [N, N, F, "buyer", T, T, T, 850 / 850000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
            F, T, N, F, 850000),
}
FORUM_OUTSIDE = {"e01"}  # London seat (LCIA)
TCO_BASE = {"z01": 760000, "z02": 1240000, "z05": 360000, "e01": 1180000, "e03": 1200000}  # itemised subtotals

DESIGN = {  # the rules each draft was written to trigger
    "z01": [],
    "z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_LIMIT = 40


def label(key):
    lang, cat, terms, sla, ld_stated, capped, deemed, value = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": FILES[key][0], "language": lang, "category": cat,
           "expected_terms": dict(zip(TERM_KEYS, terms)), "expected_extra": extra}
    lab["expected_rules"] = derive(key, lab)
    return lab


def tco_share(key, t, x):
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    fee = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100
    years = max(0.0, 5 - t["warranty_months"] / 12)
    return years * fee / (x["contract_value"] + years * fee) * 100


def derive(key, lab):
    """Policy section 3 as I read it, applied to the label."""
    t, x, r = lab["expected_terms"], lab["expected_extra"], set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > TCO_SHARE_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if HIGH & set(rules):
        return "high"
    return "medium" if set(rules) - LOW else "low"


# ---------------------------------------------------------------- threshold scan
NUM_ZH = "一二三四五六七八九十百千"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|个?小时)", r"(?<![" + NUM_ZH + r"])四个?小时",
    r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![\d.])0?\.05" + PCT, r"万分之五(?![十" + NUM_ZH + r"])", r"千分之零点五",
    r"(?<![\d.])100" + PCT, r"百分之(?:一)?百", r"\bone\s*hundred\s*per\s*cent",
    r"(?<![\d.])30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"\bthirty\s*per\s*cent",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月|月)", r"(?<![" + NUM_ZH + r"])十二个月", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"(?<![\d.])15" + PCT, r"百分之十五(?![一二三四五六七八九])", r"\bfifteen\s*per\s*cent",
    r"(?<![\d.])40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"\bforty\s*per\s*cent",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "within 4h", "4小时", "四小时", "four hours", "0.05%", ".05 %",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "12 months", "12-month",
            "12个月", "十二个月", "twelve months", "15%", "百分之十五", "40%", "forty per cent", "百分之四十"]
MUST_MISS = ["99.95%", "99.98%", "24 hours", "24小时", "14 hours", "4G connection", "0.055%", "万分之五十", "130%",
             "2.30%", "112 months", "120 months", "115%", "140%", "百分之三十五", "二十四个月", "36 months", "1.5%"]


def self_test():
    for s in MUST_HIT:
        assert SCAN.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not SCAN.search(s), "must miss: " + s


def read_back(key):
    name, fmt, _ = FILES[key]
    p = OUT / name
    if fmt in ("txt", "md"):
        return p.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)


def length(key, text):
    if LABELS[key][0] == "zh":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, risks, bad = set(), {}, []
    for k in FILES:
        name = FILES[k][0]
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        risks[k] = risk(lab["expected_rules"])
        t = lab["expected_terms"]
        for f, th in THRESHOLDS.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f)
        share = tco_share(k, t, lab["expected_extra"]) if t["contract_kind"] == G else None
        assert share is None or abs(share - TCO_SHARE_LIMIT) > 2, (k, share)
        text = read_back(k)
        n = length(k, text)
        lo, hi = RANGES[LABELS[k][0]]
        if not lo <= n <= hi:
            bad.append((k, n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = SCAN.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-60s len %5d  risk %-6s tco %s  %s" % (k, name, n, risks[k],
                                                        "-" if share is None else "%.1f" % share,
                                                        ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert [k for k in FILES if not DESIGN[k]] == ["z01", "e03"]  # compliant: one zh, one en
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and risks["e01"] == "low"
    assert 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    assert not bad, "length out of range: %s" % bad
    print("all checks passed")


if __name__ == "__main__":
    main()
