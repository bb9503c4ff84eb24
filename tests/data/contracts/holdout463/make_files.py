"""holdout463 generator: writes ten ordinary draft contracts (.txt/.md directly, .docx/.pdf via ../word_pdf.py),
their .json labels, and checks: price sums, expected rules derived from the labels (own reading of policy.md §3),
full rule coverage, no threshold value in labels or text, and text lengths as read back.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H463Z01 = """T:青岚市智慧旅游服务平台建设项目合同
P:合同编号：QLWL-ZC-2026-017
P:采购项目编号：QLCZ2026-GK-0093（公开招标）
P:甲方（采购人）：青岚市文化和旅游局
P:乙方（供应商）：苏州游云信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青岚市智慧旅游服务平台（以下简称“平台”）软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供智慧旅游服务平台软件永久使用许可（含数据中台、内容管理、票务中心、游客服务四个模块），并完成定制开发、数据对接、部署实施与培训。
P:1.2 定制开发内容包括：全市28家A级景区分时预约与票务对接、重点景区客流监测及预警大屏、“游青岚”微信小程序、文旅消费数据分析报表及假日值班调度功能。
P:1.3 平台部署于青岚市政务云，云资源由甲方提供，乙方负责安装、配置、联调及上线保障。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾肆万元整（¥2,240,000），含税，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久）|1,180,000
TB:2|定制开发|760,000
TB:3|数据对接（景区票务、公安、交通、气象）|214,000
TB:4|部署实施及培训|86,000
TB:合计||2,240,000
P:2.2 合同总价为固定价格，包括软件许可、开发、实施、培训、差旅、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%，计¥448,000。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的55%，计¥1,232,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的25%，计¥560,000。
P:3.4 甲方通过国库集中支付方式付款。乙方收款账户以投标文件为准，如有变更应提前书面通知甲方。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后150日内完成全部开发、部署并提请初步验收。
P:4.2 乙方应派驻项目经理一名及不少于六名开发实施人员，项目经理未经甲方书面同意不得更换。
P:4.3 乙方应向甲方交付安装介质、定制部分源代码、数据库设计说明、接口文档、操作手册及运维手册。
P:4.4 乙方应对甲方及各景区操作人员开展不少于三期的集中培训，并提供培训教材。
H:第五条 验收
P:5.1 初步验收：乙方完成部署并试运行满30日后提出申请，甲方组织验收。验收标准为：招标文件列明的功能点全部实现；28家景区票务数据对接成功，数据延迟不超过60秒；小程序在1000个并发用户下页面响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 最终验收：初步验收后平台稳定运行满90日，期间未发生一级故障，且培训已完成，甲方组织专家进行最终验收并出具验收报告。
P:5.3 平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
P:5.4 验收所需的测试环境、测试数据及第三方测评费用由乙方承担。甲方可邀请财政、审计及网信部门人员参加验收，验收意见作为付款依据。
P:5.5 乙方应在每次验收前提交测试报告、问题清单及整改记录，甲方在收到完整资料后10个工作日内组织验收。
H:第六条 质量保证
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不高于软件许可价格的8%（即每个服务年度不超过¥94,400），自质保期满起三个服务年度内不得上调，由双方另行签订维护合同。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护除外，计划内维护应提前三个工作日告知甲方并安排在夜间进行。
P:7.2 故障分级响应：一级故障（平台或小程序整体不可用、票务无法核销）30分钟内响应，3小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理完毕。
P:7.3 月度可用率每低于约定值0.01个百分点，或一级故障恢复每超时1小时，甲方可从维护费或应付款中扣减¥1,000。
P:7.4 乙方应在旅游旺季及法定节假日前完成系统巡检和扩容演练，并安排技术人员现场值守，确保预约及核销服务连续稳定。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发成果（包括源代码、文档、报表模型、小程序及数据接口程序）的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。
H:第九条 数据安全
P:9.1 平台汇集的游客信息、票务数据、客流数据及其他业务数据均属于甲方所有，乙方仅为履行本合同的目的处理上述数据，不得用于其他任何用途。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护要求，对个人信息加密存储，实行最小权限访问，运维操作须经甲方堡垒机进行并留存日志，不得将数据复制至政务云以外的环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第十条 违约责任
P:10.1 乙方逾期提交验收或逾期完成整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:10.2 乙方交付成果不符合合同约定的，应在甲方要求的期限内免费修复或更换，并赔偿甲方由此造成的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下的任何工作转包或分包给第三方，也不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.2 乙方逾期超过60日的，甲方有权解除合同。
P:12.3 合同解除后，乙方应在15日内移交已完成的开发成果、源代码及全部数据，并配合甲方完成系统迁移。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：青岚市文化和旅游局    乙方（盖章）：苏州游云信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2026年3月18日
"""

H463Z02 = """T:拉丝机控制系统改造及维保合同
P:合同编号：HF-SB-2026-031
P:甲方（买方）：江苏恒丰钢丝绳有限公司
P:乙方（卖方）：常州启航自动化工程有限公司
P:鉴于甲方二车间现有12台直进式拉丝机电控系统老化、张力控制精度不足，甲方决定对其进行控制系统改造。乙方具备相应的设计、供货与施工能力。双方经友好协商，就改造及维保事宜订立本合同。
H:一、项目范围
P:（一）乙方负责12台拉丝机电控系统的设计、供货、拆除旧系统、安装、接线、编程、调试及试生产保障，改造后实现张力闭环控制、断丝自动停机、能耗计量和车间集中监控。
P:（二）乙方负责开发车间监控软件的定制功能，包括工艺参数配方管理、设备运行报表、能耗统计及与甲方ERP系统的产量数据接口。
P:（三）改造须分三批进行，每批停机不超过7日，具体时间由甲方生产部安排。
P:（四）乙方应提交改造设计方案，内容包括电气原理图、控制柜布置图、网络拓扑、I/O清单及施工组织方案，经甲方设备部书面确认后方可实施。设计方案应兼容甲方现有收线机及退火炉的联锁信号。
P:（五）旧系统拆除的控制柜、变频器及电缆归甲方所有，由乙方清点后移交甲方仓库。
H:二、合同价格
P:（一）本合同总价为人民币壹佰捌拾万元整（¥1,800,000），含13%增值税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|拉丝机PLC控制柜（含控制器及I/O模块）|12台|62,000|744,000
TB:2|变频驱动单元|24套|18,500|444,000
TB:3|张力传感器及测速编码器|36套|4,500|162,000
TB:4|HMI触摸屏|12台|9,500|114,000
TB:5|工控机及车间监控软件许可（永久）|1套|192,000|192,000
TB:|软硬件小计|||1,656,000
TB:6|安装调试|1项|118,000|118,000
TB:7|操作及维护培训|1项|26,000|26,000
TB:|合计|||1,800,000
P:（二）上述价格包括设备、软件、运输、保险、安装、调试、培训及税费。
P:（三）乙方提供的设备应为原厂全新正品，并随货提供合格证、出厂检验报告、说明书及软件授权证书；进口部件应提供报关单据复印件。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计¥360,000。
P:（二）全部设备到货并安装完毕后，甲方支付合同总价的45%，计¥810,000。到货安装不视为验收。
P:（三）最终验收合格后15个工作日内，甲方支付合同总价的35%，计¥630,000。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:四、交货与施工
P:（一）乙方应于合同生效后60日内将全部设备运抵甲方二车间，并按甲方安排分批施工。
P:（二）施工期间乙方应遵守甲方安全生产管理制度，动火、登高、带电作业须办理作业票。
P:（三）乙方应为每台拉丝机建立设备档案，记录接线变更、参数设置及调试结果，在最终验收前移交甲方。
P:（四）施工造成甲方设备、厂房或人员损害的，由乙方负责赔偿；乙方人员的安全责任由乙方自行承担，乙方应为现场人员购买意外伤害保险。
H:五、验收
P:（一）每批改造完成后进行单机调试，合格后进入连续试生产。
P:（二）最终验收标准：12台拉丝机连续试生产满30日；张力波动不超过设定值的±3%；断丝检测停机响应不超过0.5秒；单位产量电耗较改造前下降不低于8%；监控软件报表与ERP产量数据一致；无一级故障。
P:（三）最终验收由甲方设备部组织，双方签署验收报告。设备投入生产或甲方付款均不视为验收合格。
H:六、质量保证
P:（一）质保期自最终验收合格之日起二十四个月。质保期内因设备或软件质量原因造成的故障，乙方免费维修或更换。
P:（二）质保期内的服务水平：一级故障（整机停机或多台停机）1小时内响应，8小时内到场；二级故障24小时内处理。一级故障每超时1小时，乙方支付¥500。
P:（三）质保期内乙方每季度进行一次预防性巡检，检查接线端子、散热风扇、编码器及张力传感器状态，出具巡检报告；质保期内更换的部件，其质保期自更换之日起重新计算不少于六个月。
P:（四）乙方应在甲方厂区备有常用备件，包括变频驱动单元两套、张力传感器四套及PLC I/O模块各一块，备件清单作为技术协议附件。
H:七、质保期后维保服务
P:（一）质保期满后，乙方提供年度全面维保服务，包括驻场工程师一名、季度预防性维护、备品备件更换及软件升级。
P:（二）年度维保费为人民币529,920元（即软硬件小计的32%），按服务年度在每季度末支付，自质保期满起三个服务年度内不调价。
P:（三）维保合同期满不自动续期，是否续签由双方另行协商。
H:八、知识产权
P:（一）标准软件及控制器固件的知识产权归原权利人所有，甲方取得永久使用许可。
P:（二）乙方为本项目编写的PLC程序、HMI画面、配方管理及报表功能、ERP接口程序及其源代码，知识产权归甲方所有，甲方可自行修改或委托他人修改使用。
H:九、数据安全
P:（一）工艺参数、配方、产量及能耗数据均属甲方所有，乙方仅可为履行本合同使用，不得向任何第三方提供或用于其他目的。
P:（二）乙方远程维护须经甲方事先批准并通过甲方指定的VPN进行，操作留痕；乙方不得在工控网络中接入未经检测的移动存储介质。
P:（三）因乙方原因导致甲方数据泄露、篡改或生产控制系统遭受攻击的，乙方应在2小时内通知甲方，并承担全部赔偿责任。
H:十、保密
P:（一）乙方对在履行本合同过程中知悉的甲方工艺、配方、图纸及经营信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后三年内持续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）改造后性能达不到验收标准的，乙方应免费整改；整改两次仍不合格的，甲方有权要求乙方退还相应款项并赔偿损失。
P:（三）乙方违约的，甲方可要求乙方继续履行、采取补救措施并支付违约金，但任何一方均不得以对方违约为由单方解除本合同。
P:（四）甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:十二、分包
P:（一）乙方未经甲方书面同意，不得将本合同项下工作分包给第三方。
H:十三、争议解决
P:（一）因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
P:（二）不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，双方协商延期履行；不可抗力持续超过60日的，双方协商处理后续事宜。
H:十四、其他
P:（一）本合同附件包括技术协议、设备清单及验收方案，与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：江苏恒丰钢丝绳有限公司（盖章）    代表签字：__________
P:乙方：常州启航自动化工程有限公司（盖章）    代表签字：__________
P:日期：2026年4月9日
"""

H463Z03 = """美业门店预约及疗程管理系统（SaaS）服务合同

合同编号：MY-SAAS-2026-0412
甲方：杭州颜序美容管理连锁有限公司
乙方：上海约美云科技有限公司

鉴于甲方在浙江、上海经营31家美容院门店，拟统一使用线上预约、疗程卡管理及会员服务系统；乙方为美业SaaS服务提供商。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方31家门店提供“约美云”美业管理系统的SaaS订阅服务，功能包括：顾客在线预约、美容师排班、疗程卡与储值卡管理、耗材库存、会员积分、门店业绩报表及总部数据看板。
1.2 乙方提供一次性实施服务：系统配置、31家门店历史会员及疗程卡余额数据迁移、小程序上线、收银设备对接、店长及前台培训。
1.3 服务期为两个服务年度，自2026年6月1日起至2028年5月31日止。

2. 费用
2.1 订阅费按门店计收，每家门店每个服务年度人民币9,600元，31家门店每个服务年度合计人民币297,600元，两个服务年度合计人民币595,200元。
2.2 实施费人民币68,800元（一次性）。
2.3 本合同总价为人民币664,000元，含6%增值税。
2.4 服务期内新增门店的，按每店每个服务年度9,600元的单价按月折算增加订阅费；关闭门店的，从次季度起相应减少。

2.5 订阅费已包含系统升级、数据存储（每门店不超过20GB）、短信通知（每门店每月不超过2,000条）及标准接口调用；超出部分按附件价格另行结算，不计入合同总价。

3. 付款
3.1 实施费在系统通过上线验收后15个工作日内一次性支付。
3.2 订阅费按季度结算，每季度结束后，乙方开具发票，甲方于收到发票后15个工作日内支付该季度订阅费人民币74,400元。
3.3 除上述款项外，甲方无需支付其他费用。

4. 实施与上线验收
4.1 乙方应于2026年5月20日前完成配置、数据迁移和培训，并提交上线验收申请。
4.2 上线验收标准：会员及疗程卡余额迁移后与甲方原系统逐条核对一致；31家门店均能完成预约、开单、划卡、收银全流程；小程序预约、改约、取消测试用例全部通过；门店报表与收银数据一致。
4.3 甲方应在收到申请后7个工作日内组织验收并书面确认；验收不合格的，乙方应在5个工作日内整改后重新提交。
4.4 乙方逾期完成上线验收的，每逾期一日，向甲方支付违约金人民币800元。

4.5 乙方应为甲方指定一名项目经理和一名客户成功经理，负责实施期间的需求确认、进度汇报及上线后的日常服务协调。项目经理在实施期间每周向甲方提交书面进度报告。
4.6 实施期间乙方应分批次上线，首批选择3家门店试点运行10日，确认无重大问题后再推广至其余门店。

5. 服务水平
5.1 系统月度可用率不低于99.5%，计划内维护应安排在凌晨0:00至6:00之间并提前48小时通知。
5.2 故障分级：一级故障（多家门店无法预约或收银）30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，当日解决；三级故障3个工作日内解决。
5.3 月度可用率低于约定值的，按当月订阅费的5%给予服务抵扣；低于98%的，按10%抵扣。一级故障恢复超时的，每次抵扣人民币500元。
5.4 乙方提供每日9:00至22:00的在线客服及电话支持。

5.5 乙方每月向甲方提交服务报告，列明当月可用率、故障记录、抵扣金额及新功能发布情况；每季度与甲方召开服务回顾会议。
5.6 乙方应每日对甲方数据进行备份，备份数据保留不少于30日，数据恢复点目标不超过1小时，并每季度进行一次恢复演练。

5.7 乙方应保障小程序在每年春节、三八节、双十一等预约高峰期间的性能，提前完成扩容评估，并安排技术人员值守。

6. 数据
6.1 甲方及门店录入或产生的顾客资料、预约记录、疗程及消费记录（“甲方数据”）归甲方所有。
6.2 甲方同意，乙方可对甲方数据进行去标识化处理后形成汇总统计数据，用于行业分析报告、产品功能改进及模型训练，该等使用在本合同终止后仍可继续。
6.3 服务期满或合同终止后30日内，乙方应按甲方要求以通用格式导出并交付甲方数据，随后删除其系统中的甲方数据。

6.4 乙方应向甲方提供数据导出工具，甲方可随时自行导出会员、疗程卡余额及消费明细。

7. 数据安全与个人信息保护
7.1 乙方应依照《个人信息保护法》《数据安全法》处理顾客个人信息，采取加密存储、传输加密、访问控制和操作日志审计等安全措施，系统部署于境内云平台，具备等级保护三级备案。
7.2 乙方工作人员访问甲方数据须经授权并留存记录。
7.3 发生数据泄露或安全事件的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因导致的安全事件，乙方承担由此产生的全部责任，包括赔偿甲方损失及监管处罚。

8. 保密
8.1 双方对在合作中知悉的对方商业信息、价格、经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

8.2 甲方门店员工及顾客的个人信息，乙方仅在提供服务所需的范围内访问，不得用于向顾客推送乙方或第三方的营销信息。

9. 知识产权
9.1 “约美云”系统及其升级版本的知识产权归乙方所有。
9.2 乙方为甲方专门配置的疗程项目模板、会员等级规则、专属报表及小程序页面设计归甲方所有，甲方可自由使用、修改或交由第三方使用。

10. 续订
10.1 服务期满前30日内任何一方未书面提出不再续订的，本合同自动续订一个服务年度，此后亦同。
10.2 每次自动续订时，乙方有权将订阅单价上调，上调幅度不超过上一服务年度单价的8%，乙方应在续订前书面通知甲方新价格。

11. 分包
11.1 乙方不得将本合同项下服务分包给第三方，但经甲方书面同意的除外。乙方使用的云服务商已在附件中列明，更换须事先取得甲方书面同意。

12. 解除
12.1 一方严重违约，经另一方书面通知后15日内未纠正的，守约方有权解除本合同。
12.2 系统连续两个月未达到约定可用率的，甲方有权解除本合同，解除后的订阅费不再支付。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 争议协商不成的，提交上海仲裁委员会按其仲裁规则仲裁。

13.3 任何一方因不可抗力不能履行本合同的，应及时通知对方，并在合理期限内提供证明，免除相应责任。

14. 其他
14.1 本合同附件：服务功能清单、数据迁移方案、云服务商清单。
14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州颜序美容管理连锁有限公司
授权代表：__________
乙方（盖章）：上海约美云科技有限公司
授权代表：__________
日期：2026年4月22日
"""

H463Z04 = """诉讼服务平台年度运维服务合同

项目名称：诉讼服务平台及电子卷宗系统年度运维服务
采购方式：竞争性磋商（项目编号：LHZC-2025-CS-0217）
合同编号：LHFY-YW-2026-01
甲方：临海市中级人民法院
乙方：浙江正衡信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方诉讼服务平台年度运维服务事宜，订立本合同。

（1）服务范围
乙方为甲方提供以下系统的运行维护服务：诉讼服务网及移动微法院、网上立案与缴费系统、电子卷宗随案生成系统、12368诉讼服务热线系统、跨域立案对接接口，以及上述系统所在的应用服务器、数据库和中间件。服务内容包括日常巡检、故障处理、数据库维护、备份恢复演练、安全加固、版本更新部署、节假日保障及运维报告。

（2）服务期限
服务期自2026年1月1日起至2026年12月31日止。本合同期满即终止，不自动续期；甲方如需继续采购，另行依法组织采购。

（3）服务人员
乙方派驻两名运维工程师在甲方信息中心驻场，工作时间为工作日8:30至17:30，其中一人须具备数据库认证资格；另安排二线专家提供远程及到场支持。驻场人员变更须经甲方书面同意，并提前10个工作日完成交接。

乙方应在进场后10个工作日内完成与原运维单位的交接，核对系统清单、账号权限、备份策略及遗留问题，形成交接记录并经甲方确认。服务期满或合同解除时，乙方应以同样方式向甲方或甲方指定的单位完成交接，并移交全部账号、文档和脚本。

（4）合同价款
本合同总价为人民币伍拾捌万陆仟元整（¥586,000），含税，其中：驻场运维服务412,000元；二线专家支持及应急保障96,000元；安全加固与漏洞修复服务52,000元；备份恢复演练及运维报告26,000元。合同价款为固定总价，服务期内不作调整。

乙方应建立运维工单台账，对每一项故障、变更和咨询记录受理时间、处理人、处理过程和关闭时间，工单台账每月随运维月报提交甲方，作为季度考核的依据。乙方进行涉及生产环境的变更，须提前提交变更方案和回退方案，经甲方信息中心审批后在非工作时间实施，变更完成后进行功能验证并记录结果。

（5）付款方式
本合同不设预付款。服务费按季度支付，每季度服务结束且季度考核合格后，甲方于15个工作日内支付该季度服务费146,500元。季度考核扣减的金额从当季服务费中扣除。

（6）服务水平
1. 诉讼服务网、网上立案系统月度可用率不低于99.95%（经甲方批准的计划内维护除外）。
2. 故障分级及响应：一级故障（对外服务中断、立案或缴费无法办理、电子卷宗无法生成）15分钟内响应，2小时内恢复；二级故障（部分功能异常）30分钟内响应，8小时内解决；三级故障（一般问题、咨询）下一工作日内解决。
3. 节假日及重要会议期间，乙方须安排专人值守。

4. 乙方应每月对平台进行一次漏洞扫描，每季度配合甲方完成一次渗透测试，发现的高危漏洞应在3个工作日内修复，中危漏洞在10个工作日内修复。
5. 乙方每月5日前提交上月运维月报，内容包括系统运行指标、故障及处理情况、变更记录、备份恢复记录和改进建议。
6. 乙方应每半年组织一次应急演练，演练方案事先报甲方批准，演练结束后提交总结报告。

（7）考核与扣款
1. 月度可用率每低于约定值0.01个百分点，扣减当季服务费2,000元。
2. 一级故障响应或恢复超时的，每超时30分钟扣减1,000元；二级故障超时的，每次扣减500元。
3. 季度考核得分低于80分的，甲方有权书面要求乙方更换驻场人员。

（8）季度考核与年度验收
1. 季度考核：甲方按运维服务考核表对巡检记录、故障处理时效、备份恢复演练结果、工单满意度进行评分，得分80分以上为合格。
2. 年度验收：服务期满后15日内，乙方提交年度运维总结、系统配置文档及全部运维脚本，甲方按磋商文件的服务要求逐项验收，全年无因乙方原因导致的数据丢失、各季度考核均合格的，方为验收合格。

4. 甲方有权随时抽查乙方的巡检记录、工单处理情况和驻场人员出勤情况，乙方应予以配合。抽查发现的问题，乙方应在甲方要求的期限内整改并书面报告整改结果。
5. 乙方应确保备份数据完整可用，每季度配合甲方从备份中恢复一套完整的测试环境，恢复结果纳入季度考核。

（9）数据安全
1. 平台中的诉讼材料、当事人信息、电子卷宗及全部业务数据属于甲方所有。乙方仅为履行运维职责接触上述数据，不得查阅与运维无关的案件信息，不得复制、留存或用于任何其他目的。
2. 乙方应遵守《数据安全法》《个人信息保护法》及法院信息安全管理规定，所有运维操作须通过甲方堡垒机进行并全程审计，禁止使用个人设备连接法院专网。
3. 发生数据泄露、丢失或系统被攻击的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的安全事件，乙方承担全部法律责任并赔偿甲方损失。

4. 乙方应对驻场人员进行数据安全培训，驻场人员离场时须交回门禁卡及全部账号权限，由甲方确认注销。

（10）保密
乙方及其工作人员对在服务中知悉的审判工作秘密、案件信息及网络架构负有保密义务，驻场人员须签署保密承诺书。保密义务不因本合同终止而解除。

（11）成果归属
乙方在服务期内编写的运维脚本、监控配置、应急预案、系统文档等成果归甲方所有，甲方可自由使用和修改。

乙方不得以任何理由将甲方系统的管理员账号、数据库口令告知驻场人员以外的人员。

（12）违约责任
1. 乙方未按约定日期进场提供服务的，每逾期一日，按合同总价的千分之一支付违约金。
2. 乙方严重违反本合同约定的，除按上款处理外，还应赔偿甲方因此遭受的损失。
3. 甲方逾期付款的，按逾期金额每日万分之二支付违约金。

（13）分包
乙方不得将本合同项下的服务转包或分包。

（14）合同解除
乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后10日内未纠正的，甲方有权解除本合同，并按实际服务期结算费用。

因不可抗力导致服务中断的，乙方应立即通知甲方并尽最大努力恢复服务，受影响期间的服务费由双方据实核减。

（15）法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交临海仲裁委员会仲裁。

（16）其他
磋商文件、响应文件、成交通知书及运维服务考核表为本合同组成部分。本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：临海市中级人民法院        乙方（盖章）：浙江正衡信息技术服务有限公司
代表：__________                      代表：__________
日期：2025年12月20日                  日期：2025年12月20日
"""

H463Z05 = """# 酿造行业MES系统软件许可及实施合同

**（云酿智造标准合同文本 V3.0）**

合同编号：YN-MES-2026-058

甲方：湖北孝感福泉米酒有限公司

乙方：武汉云酿智造软件有限公司

甲方因发酵车间及灌装车间生产管理需要，向乙方采购“云酿MES”生产执行系统软件许可及定制开发服务。双方经协商，按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“云酿MES”V3.0软件永久许可，包括生产计划、发酵过程管理、灌装线管理、质量检验、批次追溯及仓储六个模块，许可用户数不限于甲方本厂区。

1.2 乙方为甲方定制开发以下功能：发酵罐温度与糖度在线采集对接、灌装线及贴标机数据采集、一物一码追溯与经销商扫码查询、车间电子看板。

1.3 乙方负责系统安装部署、基础数据初始化、用户培训及上线支持。

1.4 甲方应为乙方实施人员提供办公场所、网络及必要的现场配合人员，并负责组织车间操作人员参加培训。

1.5 系统运行环境要求：服务器操作系统、数据库及中间件版本以乙方《部署环境说明》为准，甲方应在实施开始前按该说明准备完毕。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云酿MES软件许可（六个模块，永久） | 720,000 |
| 2 | 定制开发（发酵采集、灌装采集、追溯码、看板） | 380,000 |
| 3 | 实施部署及培训 | 60,000 |
| | 合计 | 1,160,000 |

合同总价为人民币壹佰壹拾陆万元整（¥1,160,000），含税。服务器、网络设备及现场传感器由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后7个工作日内，甲方向乙方支付合同总价的65%，计人民币754,000元。乙方收到该款项后开始实施工作。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，计人民币406,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施及技术支持服务。

## 第四条 实施周期

4.1 乙方计划在收到首笔款项后120日内完成系统上线。因甲方现场条件、设备接口或数据准备原因造成的延误，实施周期相应顺延。

4.2 实施过程中甲方提出的需求变更，乙方有权另行报价。

4.3 乙方实施工作分为需求调研、系统配置、定制开发、数据准备、培训和上线六个阶段，各阶段的工作成果以乙方提交的阶段报告为准。

4.4 甲方应指定项目负责人，并在乙方提交需求确认书后5个工作日内签字确认；逾期未确认的，视为甲方认可。

4.5 因甲方原因导致项目暂停超过30日的，乙方有权另行收取人员驻场费用，标准为每人每日2,000元。

## 第五条 上线与验收

5.1 乙方完成安装部署和培训后，书面通知甲方系统具备上线条件。

5.2 系统上线运行后，即视为甲方验收合格。甲方在上线后提出的问题，按第六条质保服务处理。

5.3 乙方出具的上线确认单经甲方项目负责人签字后，作为双方结算尾款的依据；甲方未签字但已使用系统的，视为已签字确认。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月免费维护，包括远程技术支持及软件缺陷修复。

6.2 故障处理：一级故障（系统整体无法使用）乙方在接到通知后8小时内响应；其他故障在2个工作日内响应。乙方将尽合理努力尽快排除故障，但不对响应或修复时间作出保证，亦不因故障处理承担任何扣款、赔偿或违约金。

6.3 免费维护期内，乙方提供每年两次远程系统健康检查；现场服务按次收费，标准为每人每日2,500元，另加差旅费用。

6.4 因甲方操作不当、擅自修改配置、硬件故障或第三方软件原因导致的问题，不属于免费维护范围。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持和软件升级，应与乙方签订年度技术服务协议。

7.2 年度技术服务费按乙方届时公布的价格标准执行，乙方可根据市场情况每年调整。

7.3 甲方未续签年度技术服务协议的，乙方不再提供任何升级及技术支持；此后如需恢复服务，甲方应补缴中断期间的服务费。

## 第八条 知识产权

8.1 “云酿MES”软件及其全部升级版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能、程序、源代码、接口及相关文档的知识产权均归乙方所有。甲方仅在本厂区内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。

8.3 甲方如需将定制功能提供给其关联公司或其他厂区使用，应另行向乙方购买许可，许可费用按乙方当时报价执行。

## 第九条 数据

9.1 甲方在系统中录入或产生的生产、质量、追溯及经销商数据归甲方所有，乙方仅为提供本合同服务而处理该等数据，不作他用。

9.2 乙方远程维护须经甲方同意，按最小权限原则使用专用账号，不得导出甲方数据；乙方应落实网络安全措施防止数据泄露、篡改和丢失。因乙方原因造成数据安全事件的，乙方应及时通知甲方并承担相应赔偿责任。

9.3 甲方应自行负责服务器、网络及数据库的日常备份。因甲方未及时备份导致的数据丢失，乙方不承担责任。

## 第十条 保密

双方对在履行本合同过程中获知的对方技术资料、商业秘密及经营信息负有保密义务，未经对方书面许可不得向第三方披露。本条在合同终止后三年内继续有效。

## 第十一条 分包

乙方有权根据项目需要将部分开发或现场实施工作分包给第三方完成，无需另行取得甲方同意，乙方对分包工作质量负责。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方对甲方的间接损失、利润损失及生产停顿损失不承担责任。

12.3 乙方对甲方因系统使用产生的产品质量问题、酒类批次召回或监管处罚不承担责任。

## 第十三条 合同解除

一方严重违约，经对方书面通知后30日内未纠正的，对方有权解除本合同。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 不可抗力

因不可抗力不能履行合同的一方，应在不可抗力发生后及时通知对方，并根据影响程度部分或全部免除责任。

## 第十六条 其他

16.1 本合同附件为《云酿MES功能清单》及《定制开发需求说明》。

16.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：湖北孝感福泉米酒有限公司　　　　代表：__________

乙方（盖章）：武汉云酿智造软件有限公司　　　　代表：__________

日期：2026年5月12日
"""

H463E01 = """T:Software Licence and Services Agreement
P:Agreement No. HQS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 16 March 2026 between:
P:(1) Harrowgate Quality Systems Limited, a company incorporated in England and Wales, whose registered office is at 14 Wellington Place, Leeds LS1 4AP, United Kingdom (the "Vendor"); and
P:(2) Suzhou Hengtong Auto Parts Co., Ltd., a company established in the People's Republic of China, whose registered address is at 88 Tongda Road, Wujiang District, Suzhou, Jiangsu Province (the "Customer").
P:Background: The Customer manufactures brake and steering components and wishes to replace its paper-based quality records with the Vendor's quality management software, HQS Quality Suite. The Vendor has agreed to grant perpetual licences and to implement the software at the Customer's plant on the terms below. At the Customer's request, all prices are stated and payable in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means HQS Quality Suite version 9 in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, workflow definitions, interface programs and their source code, data migration scripts and documents that the Vendor creates specifically for the Customer.
P:1.3 "Customer Data" means all data entered into, processed by or generated through the Software by or for the Customer, including inspection results, supplier records and calibration records.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its internal business at its sites in the People's Republic of China, for the number of named users stated in Article 3.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The Customer shall not sell or sublicense the Software to third parties.
P:2.3 The licence survives any termination of this Agreement once the Licence Fees have been paid.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,708,000 (one million seven hundred and eight thousand Renminbi), inclusive of all taxes payable in China, made up as follows:
P:- QMS Core module, 120 named users, perpetual licence: CNY 780,000
P:- Supplier Quality module, perpetual licence: CNY 260,000
P:- Calibration and Gauge Management module, perpetual licence: CNY 220,000
P:- Licence Fee subtotal: CNY 1,260,000
P:- Implementation services (configuration, two interfaces, migration, go-live support), fixed price: CNY 410,000
P:- Training (key users and administrators, on site): CNY 38,000
P:- Total: CNY 1,708,000
P:3.2 The price is fixed. Travel and living expenses of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay:
P:(a) 20% of the total price, CNY 341,600, within 30 days after signature of this Agreement against the Vendor's invoice;
P:(b) 45% of the total price, CNY 768,600, within 30 days after the Software has been installed on the Customer's servers and the installation report has been signed. Installation is not acceptance;
P:(c) 35% of the total price, CNY 597,800, within 30 days after Final Acceptance.
P:4.2 Payments are made by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall complete the implementation within 140 days after signature, following the project plan in Schedule 1.
P:5.2 The interfaces cover the Customer's ERP system (production orders and material master data) and its coordinate measuring machines (automatic import of measurement results).
P:5.3 Acceptance tests shall show that: (a) all functions listed in Schedule 2 work as specified; (b) both interfaces transfer data correctly in 200 consecutive test transactions; (c) all open inspection records, supplier records and calibration records have been migrated and reconciled record by record; (d) screen response time does not exceed 3 seconds with 80 concurrent users; and (e) no Severity 1 or Severity 2 defect has occurred during a 30-day production run.
P:5.4 When the tests are passed, the Customer shall issue a Final Acceptance certificate within 10 working days. Productive use of the Software, or any payment, does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test within 15 days.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Severity 1 means that the Software is unavailable or that inspection results cannot be recorded on a production line. The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and provide a workaround or fix within 8 hours. Severity 2 incidents shall be responded to within 2 hours during business hours and fixed within 2 business days.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or fix time, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or support invoice.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support, which includes updates, new versions, remote support and the service levels of Article 6.
P:7.2 The annual support fee is 11% of the Licence Fee subtotal, that is CNY 138,600 per year, and shall not be increased for the first three support years. Any later increase shall not exceed 3% per year.
P:7.3 Support is ordered by the Customer's purchase order for each year. It does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 The Custom Deliverables, including their source code, are the property of the Customer as from their creation. The Customer may use, modify, copy and license them freely, and may have them maintained by third parties. The Vendor shall deliver the source code with the Final Acceptance documents.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems or use it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, after approval of each session, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. The Vendor shall not transfer any Customer Data outside mainland China.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, take all reasonable remedial steps, and be responsible for all losses the Customer suffers from a breach caused by the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including drawings, process parameters, prices and business information, and shall use it only for this Agreement.
P:10.2 This obligation continues for three years after the end of this Agreement and does not apply to information that is public or that must be disclosed by law.
H:Article 11 Delay
P:11.1 If the Vendor fails to achieve Final Acceptance by the date set in the project plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:11.2 Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the total price.
P:12.2 The limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement of third-party intellectual property rights, or breach of Articles 9 and 10.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:14.2 The Customer may terminate this Agreement if the liquidated damages under Article 11 reach their maximum. In that case the Vendor shall refund the payments received for services not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of England and Wales.
P:15.2 Any dispute arising out of this Agreement shall be referred to and finally resolved by arbitration under the Rules of the London Court of International Arbitration. The seat of arbitration shall be London and the language shall be English.
H:Article 16 General
P:16.1 This Agreement, with its Schedules (Schedule 1 Project Plan; Schedule 2 Functional Specification), is the entire agreement between the parties on its subject.
P:16.2 Changes must be in writing and signed by both parties.
P:16.3 This Agreement is signed in two originals in English, one for each party.
P:Signed for Harrowgate Quality Systems Limited: ____________________ Name: Oliver Bramley, Director
P:Signed for Suzhou Hengtong Auto Parts Co., Ltd.: ____________________ Name: Shen Jiayi, General Manager
"""

H463E02 = """# Order Form — Thistlebank Learn (Software as a Service)

**Order Form No.:** TBL-OF-2026-0187
**Date:** 2 February 2026

## Part A — Order Form

### A1. Parties

| | |
|---|---|
| Supplier | Thistlebank Learning Systems Ltd, registered in Scotland (SC512284), 7 Canal Street, Edinburgh EH3 9QW, United Kingdom |
| Customer | Hangzhou Xihu Yuelan Hotel Management Co., Ltd., 266 Beishan Road, Xihu District, Hangzhou, Zhejiang, People's Republic of China |
| Customer contact | Ms Lu Wenqian, Head of Training |
| Supplier contact | Mr Callum Reid, Account Director |

### A2. Subscription

The Customer manages 14 hotels and trains front-office, housekeeping and food-and-beverage staff. It subscribes to Thistlebank Learn, a cloud learning platform with course authoring, a mobile learning app, compliance training tracking, assessments and reporting.

| Item | Detail |
|---|---|
| Subscription Term | 1 March 2026 to 29 February 2028 (two Subscription Years) |
| Learners | up to 1,600 active learners |
| Content | Hospitality Essentials library (Chinese and English) |
| Hosting | Supplier's cloud tenancy in mainland China (Shanghai region), operated with a licensed local cloud provider |

### A3. Fees (in CNY, at the Customer's request)

| Item | Per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|
| Platform subscription, 1,600 learners | 256,000 | 512,000 |
| Hospitality Essentials content library | 12,000 | 24,000 |
| Onboarding (one-off): configuration, single sign-on, HR data feed, course migration, administrator training | — | 34,000 |
| **Total Contract Value** | | **570,000** |

Fees include VAT. Additional learners may be added at CNY 160 per learner per Subscription Year, pro rata.

### A4. Invoicing and Payment

1. Subscription fees are invoiced quarterly in arrears, CNY 67,000 per quarter, at the end of each calendar quarter of the Subscription Term.
2. The onboarding fee is invoiced after Go-Live Acceptance under A5.
3. The Customer pays each correct invoice within 30 days by bank transfer. No amount is payable before the service starts.

### A5. Onboarding and Go-Live Acceptance

1. The Supplier shall make the platform ready for Go-Live by 1 March 2026.
2. Go-Live Acceptance tests: single sign-on works for all 14 hotels; the HR data feed creates, updates and deactivates learner accounts correctly in a test with 300 records; the 46 existing courses have been migrated and the Customer's training team has checked each one; completion reports match the test records.
3. The Customer signs a Go-Live Acceptance certificate within 5 business days after successful tests. Use of the platform before that date is not acceptance.
4. If Go-Live Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay CNY 600 for each day of delay, up to CNY 30,000.

### A6. Renewal

This Order Form ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

### A7. Signatures

For the Supplier: ____________________ (Callum Reid, Account Director)

For the Customer: ____________________ (Lu Wenqian, Head of Training)

## Part B — General Terms

### 1. The Service

1.1 The Supplier shall provide the service described in the Order Form with reasonable skill and care, and in accordance with the documentation.

1.2 The Supplier may improve the service, provided that no change materially reduces its functionality during the Subscription Term.

1.3 The Supplier shall provide administrator support in Chinese and English by portal, email and telephone from 08:00 to 22:00 China Standard Time, seven days a week, and shall hold a service review with the Customer's training team each quarter, covering availability, incidents, support tickets, usage statistics and the product roadmap.

1.4 The Customer is responsible for the content it uploads, for keeping its administrator passwords secure, and for ensuring that its learners use the platform in line with the acceptable use policy in the documentation. The Supplier may suspend an individual learner account that is being used to attack the platform, after informing the Customer's administrator.

1.5 The mobile learning app is available for iOS, Android and as a WeChat mini-program. New releases are tested by the Supplier on the devices most used by the Customer's staff before they are published.

### 2. Service Levels

2.1 The Supplier shall make the platform available 99.95% of each calendar month, excluding planned maintenance announced at least 3 days in advance and carried out between 01:00 and 05:00 China Standard Time.

2.2 Priority 1 incidents (platform unavailable or learners unable to log in) shall be responded to within 30 minutes and resolved within 3 hours. Priority 2 incidents (a major function degraded) shall be responded to within 2 hours and resolved within 1 business day.

2.3 If monthly availability is below the commitment, the Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point below it, up to 50% of that month's fee. A Priority 1 incident not resolved in time gives a further credit of CNY 500 per incident. Credits are deducted from the next invoice.

2.4 The Supplier publishes its current availability figures on a status page and informs the Customer's administrators by email of every Priority 1 incident when it starts and when it is resolved, with a short incident report within 5 business days.

### 3. Customer Data

3.1 All data uploaded or created by the Customer and its learners, including learner profiles, course content authored by the Customer and training records ("Customer Data"), belongs to the Customer.

3.2 The Supplier processes Customer Data only to provide the service to the Customer and for no other purpose, including after the end of the Subscription Term.

3.3 Within 30 days after the end of the Subscription Term the Supplier shall return all Customer Data in CSV and SCORM formats and then delete it from its systems, confirming the deletion in writing.

3.4 The Customer may export its Customer Data at any time during the Subscription Term through the administrator console or the reporting API, without extra charge.

### 4. Data Security

4.1 The Supplier shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, log all administrative access, and keep an MLPS level 3 filing and ISO 27001 certification for the hosting environment.

4.2 The Supplier shall notify the Customer of any personal information breach within 24 hours, cooperate with the Customer's response and with the authorities, and is responsible for the losses, costs and fines the Customer incurs because of a breach caused by the Supplier or its subcontractors.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for this agreement and disclose it only to staff and advisers who need to know it.

5.2 This clause continues for three years after the Subscription Term ends.

### 6. Intellectual Property

6.1 The Supplier owns the platform and the Hospitality Essentials library.

6.2 Courses, assessments, learning paths and report templates made specifically for the Customer during onboarding belong to the Customer, which may use, modify and license them without restriction, including on other platforms.

### 7. Subcontractors

7.1 The Supplier's cloud provider is named in Annex 1. The Supplier shall not appoint any other subcontractor or subprocessor, or replace the cloud provider, without the Customer's prior written consent.

### 8. Liability

8.1 Neither party excludes liability for death or personal injury caused by negligence, for fraud, or for breach of clause 4.

8.2 Subject to clause 8.1, the Supplier's total aggregate liability arising out of or in connection with this agreement, whether in contract, delict or otherwise, shall not exceed the fees paid by the Customer in the six months immediately preceding the event giving rise to the claim.

8.3 Neither party is liable for indirect loss or loss of profit.

### 9. Termination

9.1 Either party may terminate this agreement by written notice if the other commits a material breach that is not remedied within 30 days after written notice.

9.2 The Customer may also terminate by written notice if the availability commitment in clause 2.1 is missed in two consecutive months.

9.3 On termination the Customer pays only for the service provided up to the termination date, and clause 3.3 applies.

### 10. Governing Law and Jurisdiction

10.1 This agreement is governed by the law of Scotland.

10.2 The Court of Session in Edinburgh has exclusive jurisdiction over any dispute arising out of or in connection with this agreement.

### 11. General

11.1 The Order Form prevails over these General Terms where they conflict.

11.2 Notices must be in writing and sent to the contacts named in the Order Form.

11.3 Neither party may assign this agreement without the other party's written consent.

Annex 1: Cloud provider and hosting region. Annex 2: Onboarding plan.
"""

H463E03 = """T:Supply and Installation Contract for Warehouse Temperature Monitoring Sensors
P:Contract No. BHLY-CG-2026-009
P:Buyer: Tianjin Binhai Lengyun Cold Chain Logistics Co., Ltd., 19 Haitong Avenue, Binhai New Area, Tianjin, People's Republic of China (the "Buyer")
P:Supplier: Cambrian Sensing Ltd, Unit 5, Celtic Springs Business Park, Newport NP10 8BE, Wales, United Kingdom (the "Supplier")
P:The Buyer operates four cold-storage warehouses in Tianjin and must record temperature and humidity continuously for food and pharmaceutical customers. Following the Buyer's request for quotation of 12 January 2026 and the Supplier's quotation of 3 February 2026, the parties agree as follows. This contract is on the Buyer's standard terms of purchase.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, configure and commission a wireless temperature and humidity monitoring system for the Buyer's warehouses A to D, including sensors, gateways, the monitoring server software, calibration equipment, alarm notification by SMS and WeChat, and an interface to the Buyer's warehouse management system (WMS).
P:1.2 The Buyer provides the server hardware, network connections, power at each gateway location and site access.
P:1.3 The equipment shall be new, of current production, and shall comply with the technical specification in Annex 1 and with applicable Chinese standards for cold-chain temperature monitoring.
H:Section 2 Price
P:2.1 The contract price is CNY 1,320,000, inclusive of 13% VAT, delivery to site (DDP Tianjin), import duties, installation and training, as set out in the price table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 °C to +60 °C, accuracy ±0.3 °C|640|1,150|736,000
TB:2|LoRaWAN gateway with 4G backup|24|9,800|235,200
TB:3|Monitoring server software, perpetual licence, unlimited sensors|1|168,000|168,000
TB:4|Calibration reference kit|2|10,900|21,800
TB:|Hardware and licence subtotal|||1,161,000
TB:5|Installation, configuration, WMS interface and commissioning|1|142,000|142,000
TB:6|Training of operators and administrators|1|17,000|17,000
TB:|Contract price|||1,320,000
P:2.2 The price is fixed and includes everything needed to deliver a working system as specified.
H:Section 3 Payment
P:3.1 No advance payment is made under this contract.
P:3.2 The Buyer shall pay 65% of the contract price, CNY 858,000, within 30 days after all equipment has been delivered and installed and the installation certificate has been signed. The installation certificate is not acceptance.
P:3.3 The Buyer shall pay 35% of the contract price, CNY 462,000, within 30 days after Final Acceptance under Section 5.
P:3.4 Each payment requires a valid VAT invoice from the Supplier or its Chinese distributor named in Annex 3.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 70 days after signature and complete installation within 30 days after delivery, working around the Buyer's operating hours as agreed with each warehouse manager.
P:4.2 Installation work inside cold rooms must follow the Buyer's safety rules, including limits on working time at low temperature.
P:4.3 If the Supplier delays delivery or completion of installation for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. The Buyer may deduct these damages from any payment.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests, carried out jointly after a 30-day trial run, shall show that: every sensor reports at least every 2 minutes with no more than 0.5% missing readings over the trial run; measured values agree with the calibration reference within ±0.3 °C at three test points; an alarm reaches the duty phone within 60 seconds of a threshold being crossed; gateway failover to 4G works; data reaches the WMS correctly; and the system produces the temperature reports required by the Buyer's customers.
P:5.2 When all tests are passed, the Buyer shall sign the Final Acceptance certificate within 7 days. Delivery, installation, use of the system or any payment is not acceptance.
P:5.3 If a test fails, the Supplier shall correct the defect at its cost and repeat the test within 10 days.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment free of charge, including parts, labour and shipping, supply software updates, and recalibrate sensors once each warranty year.
P:6.2 Severity 1 means loss of monitoring or alarms for a whole warehouse or a cold room. The Supplier shall respond to a Severity 1 fault within 1 hour, by telephone or remote access, 24 hours a day, and have an engineer on site within 8 hours if the fault cannot be fixed remotely. Other faults shall be responded to within 1 business day and fixed within 3 business days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or on-site time, the Supplier shall pay CNY 300, deducted from the next payment.
P:6.4 After the warranty period the Buyer may order annual support with the same service levels. The annual support fee is 7% of the hardware and licence subtotal, CNY 81,270 per year, fixed for three support years. Support is ordered by purchase order and does not renew automatically.
P:6.5 The Supplier shall keep sufficient spare sensors and gateways in stock in China to replace any defective unit within 3 working days, and shall guarantee the availability of spare parts and software support for the delivered models for at least seven years after Final Acceptance. If a model is discontinued, the Supplier shall offer a compatible replacement at no extra cost during the warranty period.
P:6.6 Each sensor is supplied with a calibration certificate traceable to national standards. During the warranty period the Supplier shall recalibrate or replace any sensor whose deviation exceeds ±0.3 °C when checked against the calibration reference kit, and shall record the results in the system.
H:Section 7 Intellectual Property
P:7.1 The software remains the property of the Supplier or its licensors and is licensed to the Buyer perpetually.
P:7.2 The system configuration, alarm rules, report templates, the WMS interface program with its source code, and the drawings and documents prepared for this contract belong to the Buyer, which may use, modify and have them modified by others without restriction.
P:7.3 The Supplier warrants that the equipment and software do not infringe the intellectual property rights of any third party and shall defend the Buyer against any such claim at its own cost.
H:Section 8 Data Security
P:8.1 All monitoring data, alarm records and reports belong to the Buyer. The Supplier may use them only to perform this contract.
P:8.2 The system shall store data on the Buyer's own server. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall not copy monitoring data out of the Buyer's systems or transfer it outside mainland China.
P:8.3 The Supplier shall report any security incident within 12 hours and is responsible for all losses caused by a data breach or unauthorised access attributable to the Supplier.
P:8.4 At the end of the warranty period and of any support period, the Supplier shall hand back or destroy all copies of the Buyer's data, configuration files and access credentials held by it, and confirm this in writing.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's warehouses, customers, stock and security arrangements that it receives under this contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of the warranty period.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the contract price. The limit does not apply to personal injury, wilful misconduct or breach of Sections 8 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. Its Chinese installation partner named in Annex 3 is approved by signature of this contract. The Supplier remains fully responsible for its subcontractors.
H:Section 12 Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum. The Supplier shall then refund payments received for equipment that is removed and compensate the Buyer's losses.
H:Section 13 Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:Section 14 General
P:14.1 Annexes: Annex 1 Technical Specification; Annex 2 Sensor Location Plan; Annex 3 Distributor and Installation Partner.
P:14.2 This contract is made in two originals in English with a Chinese translation. If they differ, the English text prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 24 February 2026
"""

H463E04 = """# Managed IT Support Services Agreement

Agreement reference: LVM-FSM-2026-03

This Agreement is made on 18 May 2026 between:

1. **Lee Valley Managed Services Limited**, a company registered in Ireland (company number 584117), whose registered office is at 3 Lapps Quay, Cork T12 RW7D, Ireland (the "Provider"); and
2. **Foshan Meijia Furniture Manufacturing Co., Ltd.**, a company established in the People's Republic of China, whose registered address is at 52 Lecong Avenue, Shunde District, Foshan, Guangdong (the "Customer").

Background: the Customer has about 900 computer users at its head office, factory and export showroom in Foshan and wishes to outsource its day-to-day IT support. The Provider runs a service desk in Guangzhou through its Chinese subsidiary and provides managed end-user services to manufacturers. Charges are stated and paid in CNY at the Customer's request.

## 1. Definitions

1.1 "Services" means the managed IT support services described in Schedule 1.

1.2 "Service Commencement Date" means 1 July 2026, or the later date on which Transition Acceptance is signed.

1.3 "Term" means the period from the Service Commencement Date to 30 June 2029.

1.4 "Customer Data" means all data of the Customer, its staff and its customers that the Provider accesses, stores or processes while providing the Services.

## 2. Services

2.1 The Provider shall provide the Services in Schedule 1 for the sites in Schedule 3 during the Term.

2.2 The Provider shall use reasonable endeavours to answer and resolve service requests and incidents promptly, taking into account their urgency and the resources available at the time. The Provider will report monthly on the number of tickets opened and closed.

2.3 The Provider shall follow the Customer's IT policies, change procedures and site rules notified to it in writing.

2.4 The Customer shall give the Provider's engineers access to its sites, systems and administrator accounts as reasonably required, and provide a desk and network access at each site for on-site staff.

## 3. Transition

3.1 From signature to 30 June 2026 the Provider shall carry out the transition described in Schedule 1, Part B: asset inventory, documentation of the current environment, knowledge transfer from the Customer's internal IT team, set-up of the ticketing system and remote-management tools, and onboarding of all users.

3.2 Transition Acceptance criteria: a complete asset register checked by the Customer against a 10% sample; all users able to raise tickets by phone, WeChat and portal; remote-management agents installed on at least 95% of managed devices; runbooks for the ERP client, design workstations and factory terminals reviewed and approved by the Customer; and a two-week parallel run with the internal IT team completed without unresolved complaints from department heads.

3.3 The Customer shall sign the Transition Acceptance certificate within 5 business days after the criteria have been met, or state in writing which criteria are not met.

3.4 If Transition Acceptance is delayed beyond 30 June 2026 for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 1,200 for each day of delay, up to CNY 60,000.

3.5 During the first month after the Service Commencement Date the Provider shall keep one additional engineer at the factory site at no extra charge to deal with any backlog of requests handed over by the internal IT team.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 2. The total contract value is CNY 1,810,000.

4.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date.

4.3 The Customer pays each undisputed invoice within 30 days by bank transfer.

4.4 Additional users above the baseline in Schedule 2 are charged at the unit rate stated there, calculated monthly.

4.5 The charges are fixed for the Term. The Provider may not increase them because of exchange-rate movements, salary changes or changes in its own supplier costs.

## 5. Customer Data and Data Security

5.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Services and shall not keep, disclose or use it for any other purpose.

5.2 The Provider shall access the Customer's systems only through named accounts with multi-factor authentication, record all administrator sessions, keep Customer Data within mainland China, and comply with the Personal Information Protection Law, the Data Security Law and the Customer's information security policy.

5.3 The Provider shall notify the Customer of any data breach or suspected breach within 12 hours, take immediate containment measures, and is responsible for all losses, costs and penalties the Customer incurs as a result of a breach caused by the Provider, its staff or its subcontractors.

5.4 At the end of the Term the Provider shall return all Customer Data and documentation and securely delete its copies.

## 6. Confidentiality

6.1 Each party shall keep confidential the other's non-public information, including product designs, customer lists, prices and system configurations, and use it only for this Agreement. This obligation continues for three years after the end of the Term.

## 7. Intellectual Property

7.1 The Provider keeps its tools, ticketing platform and general know-how.

7.2 Runbooks, scripts, configuration baselines, the asset register and other documents prepared specifically for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 8. Subcontracting

8.1 The Provider may use its affiliates and local field-service subcontractors to perform parts of the Services by giving the Customer written notice of the subcontractor's name before it starts work. The Provider remains responsible for all subcontracted work.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.

9.2 The limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of clauses 5 and 6.

9.3 Neither party is liable for loss of profit or indirect loss.

## 10. Term and Termination

10.1 This Agreement ends on 30 June 2029. It does not renew automatically; any extension must be agreed in writing.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after written notice, or if the Provider repeatedly fails to resolve incidents within a reasonable time.

10.3 The Provider may terminate if the Customer fails to pay an undisputed invoice within 60 days after a written reminder.

10.4 On any termination or expiry, the Provider shall cooperate in an orderly handover to the Customer or a new provider for up to 60 days at the monthly rate pro rata.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 12. General

12.1 This Agreement, with its Schedules, is the entire agreement on its subject.

12.2 Amendments must be in writing and signed by both parties.

Signed for the Provider: ____________________ (Aoife Brennan, Director)

Signed for the Customer: ____________________ (Liang Zhiqiang, Chief Financial Officer)

## Schedule 1 — Services

### Part A: Ongoing services

| Service | Description |
|---|---|
| Service desk | Chinese- and English-speaking desk, Monday to Saturday 08:00 to 20:00, by phone, WeChat and portal |
| On-site support | One engineer at head office and one at the factory on working days; showroom visits as needed |
| Device management | Patching, antivirus, software deployment and asset tracking for laptops, desktops and design workstations |
| Server and network monitoring | Monitoring of 18 servers, firewalls and core switches, with alerts to the Customer's IT manager |
| Backup checks | Daily checks of backup jobs and a quarterly restore test |
| User administration | Joiners, movers and leavers, mailbox and access changes on request |
| Reporting | Monthly service report and quarterly review meeting |

### Part B: Transition

| Activity | Output |
|---|---|
| Inventory and discovery | Asset register and network diagram |
| Knowledge transfer | Runbooks for key applications |
| Tooling | Ticketing system and remote-management agents in place |
| Onboarding | User guide and launch communication |

## Schedule 2 — Charges (CNY, including VAT)

| Item | Basis | Amount |
|---|---|---|
| Transition (one-off) | Fixed | 64,000 |
| Monthly service charge, up to 950 users | 36 months × 48,500 | 1,746,000 |
| Total contract value | | 1,810,000 |
| Additional user above 950 | Per user per month | 45 |

## Schedule 3 — Sites

| Site | Address | Users |
|---|---|---|
| Head office | 52 Lecong Avenue, Shunde District, Foshan | 310 |
| Factory | 8 Longjiang Industrial Park Road, Shunde District, Foshan | 520 |
| Export showroom | 101 Lecong International Furniture City, Foshan | 70 |
"""

H463E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement number: SBI-API-2026-112
Date: 10 March 2026

BETWEEN

SEABORNE INTELLIGENCE LIMITED, a company incorporated in Jersey (registered number 128843), whose registered office is at 22 Esplanade, St Helier, Jersey JE2 3QA (the "Provider"); and

NINGBO HAITONG INTERNATIONAL FREIGHT FORWARDING CO., LTD., a company established in the People's Republic of China, whose registered address is at 1 Zhongshan East Road, Haishu District, Ningbo, Zhejiang (the "Customer").

BACKGROUND

(A) The Provider collects and licenses maritime data, including vessel positions, port calls, estimated times of arrival and port congestion indicators.

(B) The Customer is a freight forwarder that books container space for its clients and wishes to show vessel and port information in its own booking and tracking system.

(C) The Customer has asked for the fees to be stated and paid in CNY.

1. DEFINITIONS

1.1 "API" means the Provider's Seaborne Vessel and Port Data application programming interface, version 4, and its documentation.

1.2 "Data" means the data made available through the API.

1.3 "Customer Materials" means the watchlists, booking references, container numbers, user accounts and query parameters that the Customer or its users submit to the API.

1.4 "Subscription Year" means each period from 1 April to 31 March of the following calendar year within the Term. The first Subscription Year starts on 1 April 2026.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Term to call the API, store the Data in its own systems and display it to its staff and to its clients through the Customer's booking and tracking system.

2.2 The Customer may not resell the Data as a stand-alone data product or use it to build a competing data service.

2.3 The subscription includes up to 2,000,000 API calls per calendar month, coverage of all container vessels above 1,000 TEU, and historical port-call data for the 36 months before the call.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 318,000 per Subscription Year, inclusive of VAT. The total fee for the Initial Term is CNY 636,000.

3.2 The subscription fee is invoiced quarterly in advance, CNY 79,500 per quarter, at the start of each quarter of the Term, and is payable within 30 days after receipt of a correct invoice.

3.3 API calls above the monthly allowance are charged at CNY 0.02 per call and invoiced quarterly in arrears.

3.4 There is no set-up fee.

4. TERM AND RENEWAL

4.1 The Initial Term runs from 1 April 2026 to 31 March 2028.

4.2 At the end of the Initial Term and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

4.3 The Provider may increase the subscription fee for any renewal term by giving the Customer written notice at least 90 days before the renewal date. Each increase shall not exceed 6% of the fee for the preceding Subscription Year.

5. PROVISIONING AND INTEGRATION ACCEPTANCE

5.1 The Provider shall issue production API keys and give the Customer access to the sandbox environment by 20 March 2026, and shall support the Customer's developers during integration.

5.2 Integration Acceptance criteria: the API returns positions for all vessels on a test watchlist of 500 vessels; the median response time in the Customer's load test of 50 calls per second is below 500 milliseconds; port-call and ETA fields match the documented schema; and webhook alerts for arrival and departure events are received for the test watchlist during a 7-day test period.

5.3 The Customer shall confirm Integration Acceptance in writing within 5 business days after the criteria are met. The Initial Term and fees are not affected by the date of Integration Acceptance unless the delay is caused by the Provider.

5.4 If the Provider fails to provide production access by 1 April 2026, or Integration Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay, up to CNY 20,000, which the Customer may deduct from the next invoice.

6. SERVICE LEVELS

6.1 The API shall be available 99.95% of each calendar month, excluding scheduled maintenance announced at least 5 days in advance.

6.2 Severity 1 incidents (API unavailable, or position data more than 60 minutes old for all vessels) shall be responded to within 1 hour at any time and resolved within 6 hours. Severity 2 incidents (partial loss of data or degraded performance) shall be responded to within 3 hours and resolved within 2 business days.

6.3 If availability in a month is below 99.95%, the Customer receives a service credit of 10% of that month's pro rata subscription fee for each full 0.5 percentage point below the commitment, up to 50%. A Severity 1 incident not resolved within the resolution time gives a further credit of CNY 800. Credits are set off against the next invoice.

7. DATA ACCURACY

7.1 The Provider shall collect and process the Data with reasonable skill and care using its AIS receiver network and port sources. Estimated times of arrival are forecasts and the Provider does not guarantee that vessels will arrive at the estimated time.

7.2 The Provider shall correct errors in the Data reported by the Customer within 2 business days.

7.3 The Provider shall give the Customer at least 90 days' written notice before withdrawing any API endpoint or data field used by the Customer, and shall keep the previous API version running in parallel during that notice period so that the Customer can adapt its booking and tracking system. Changes that add new fields or endpoints may be made at any time and shall be described in the release notes.

8. CUSTOMER MATERIALS

8.1 Customer Materials belong to the Customer. The Provider shall use them only to provide the API to the Customer and for no other purpose, and shall not combine them with data of other customers, sell them or include them in any Data product.

8.2 At the end of the Term the Provider shall delete all Customer Materials within 30 days and confirm this in writing.

8.3 The Customer may keep the Data it has stored during the Term for its internal records and for its clients' shipment histories after the end of the Term, but may not use it to create new products.

9. INTELLECTUAL PROPERTY

9.1 The Provider and its licensors own the API and the Data.

9.2 Integration code, dashboards and mapping tables that the Provider writes specifically for the Customer during integration support belong to the Customer, which may use, modify and license them freely.

9.3 Each party shall promptly inform the other of any claim by a third party relating to the API, the Data or the integration code.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential any non-public information received from the other party, including prices, client names, booking information and the terms of this Agreement, and shall use it only for the purposes of this Agreement.

10.2 This clause continues for three years after the end of this Agreement.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the provision of the API or support to any third party without the Customer's prior written consent, except for its data centre and network providers listed in the Schedule.

12. LIABILITY

12.1 The total aggregate liability of each party under this Agreement is limited to 150% of the total fees for the Initial Term.

12.2 The limit does not apply to fraud, wilful misconduct, breach of clause 10, or the Customer's obligation to pay fees.

12.3 Neither party is liable for loss of profit, loss of business or indirect loss.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 The Customer may terminate this Agreement by written notice if availability is below the commitment in clause 6.1 in any three months of a Subscription Year.

13.3 On termination by the Customer under clause 13.1 or 13.2, the Provider shall refund any subscription fee paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent.

15.2 Notices shall be sent by email and courier to the addresses above.

15.3 This Agreement is made in English in two originals.

SCHEDULE: Data centre and network providers; API technical documentation.

SIGNED for and on behalf of SEABORNE INTELLIGENCE LIMITED
____________________
Name: Thomas Le Brocq, Managing Director

SIGNED for and on behalf of NINGBO HAITONG INTERNATIONAL FREIGHT FORWARDING CO., LTD.
____________________
Name: Zhou Haiming, General Manager
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# design: key -> (file, lang, category, term overrides, extra, design-only facts, designed rules)
D = {}
D["h463z01"] = ("h463z01_tourism_bureau_smart_tourism_platform.pdf", "zh", "software",
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=20,
         final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8, confidentiality=False,
         contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=2240000),
    dict(forum_outside=False, fee_base=1180000, parts=[1180000, 760000, 214000, 86000], pays=[448000, 1232000, 560000]),
    ["CR-CONFIDENTIALITY", "CR-LD-LOW"])
D["h463z02"] = ("h463z02_wire_rope_drawing_machine_control_retrofit.docx", "zh", "hardware",
    dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=20, final_payment_on_acceptance=True,
         warranty_months=24, post_warranty_fee_pct=32, termination_for_breach=False, governing_law=None,
         contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1800000),
    dict(forum_outside=False, fee_base=1656000, parts=[744000, 444000, 162000, 114000, 192000, 118000, 26000],
         pays=[360000, 810000, 630000]),
    ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"])
D["h463z03"] = ("h463z03_beauty_salon_chain_booking_saas.txt", "zh", "cloud",
    dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=800 / 664000 * 100,
         auto_renewal_price_increase=True),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=664000),
    dict(forum_outside=False, parts=[297600, 297600, 68800], pays=[68800] + [74400] * 8),
    ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
D["h463z04"] = ("h463z04_court_litigation_service_platform_om.txt", "zh", "services",
    dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000),
    dict(forum_outside=False, parts=[412000, 96000, 52000, 26000], pays=[146500] * 4),
    [])
D["h463z05"] = ("h463z05_rice_wine_mes_supplier_template.md", "zh", "software",
    dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", prepayment_pct=65, acceptance_clause=False,
         final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=True, governing_law=None,
         contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
         contract_value=1160000),
    dict(forum_outside=False, fee_base=720000, parts=[720000, 380000, 60000], pays=[754000, 406000]),
    ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
     "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"])
D["h463e01"] = ("h463e01_quality_software_licence_england_vendor.pdf", "en", "software",
    dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
         final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
         governing_law="England and Wales", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1708000),
    dict(forum_outside=True, fee_base=1260000, parts=[780000, 260000, 220000, 410000, 38000],
         pays=[341600, 768600, 597800]),
    ["CR-GOVERNING-LAW"])
D["h463e02"] = ("h463e02_hotel_learning_saas_order_form_scotland_vendor.md", "en", "cloud",
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=600 / 570000 * 100,
         liability_cap_pct=6 / 24 * 100, governing_law="Scotland"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=570000),
    dict(forum_outside=True, parts=[256000, 256000, 12000, 12000, 34000], pays=[67000] * 8 + [34000]),
    ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP"])
D["h463e03"] = ("h463e03_cold_chain_temperature_sensors_wales_vendor.docx", "en", "hardware",
    dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, final_payment_on_acceptance=True,
         warranty_months=36, post_warranty_fee_pct=7, contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1320000),
    dict(forum_outside=False, fee_base=1161000, parts=[736000, 235200, 168000, 21800, 142000, 17000],
         pays=[858000, 462000]),
    [])
D["h463e04"] = ("h463e04_furniture_maker_managed_it_support_ireland_vendor.md", "en", "services",
    dict(sla_remedy=False, ld_rate_per_day_pct=1200 / 1810000 * 100, liability_cap_pct=150,
         subcontract_without_consent=True),
    dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1810000),
    dict(forum_outside=False, parts=[64000] + [48500] * 36, pays=[64000] + [48500] * 36),
    ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"])
D["h463e05"] = ("h463e05_freight_forwarder_vessel_data_api_jersey_vendor.txt", "en", "services",
    dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
         ld_rate_per_day_pct=500 / 636000 * 100, liability_cap_pct=150, auto_renewal_price_increase=True),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=636000),
    dict(forum_outside=False, parts=[318000, 318000], pays=[79500] * 8),
    ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"])

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, fee_base):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = licence/hardware subtotal."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def rules_from_labels(t, x, facts):
    """My own reading of policy.md §3 (not project code)."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"]) or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(t, x, facts["fee_base"])
        if tc and tc[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or facts["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    if any(r in HIGH for r in rs):
        return "high"
    if any(r not in LOW for r in rs):
        return "medium"
    return "low"


def labels():
    out = {}
    for key, (fname, lang, cat, over, extra, facts, design) in D.items():
        t = dict(BASE)
        t.update(over)
        t = {k: t[k] for k in KEYS}
        if t["contract_kind"] == "goods_or_licence":
            x = {k: extra[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                        "acceptance_deemed_on_delivery", "contract_value"]}
        else:
            x = {k: extra[k] for k in ["sla_clause", "ld_stated", "acceptance_deemed_on_delivery", "contract_value"]}
        assert sum(facts["parts"]) == x["contract_value"], key
        assert sum(facts["pays"]) == x["contract_value"], key
        rs = rules_from_labels(t, x, facts)
        assert rs == sorted(design), (key, rs, design)
        out[key] = {"file": fname, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                    "expected_rules": rs}
    return out


# ---------------------------------------------------------------- threshold scan
PC = r"\s*[%％]"
PATTERNS = [
    r"99[.．]9(?!\d)" + r"(?:\s*[%％])?",
    r"(?<![\d.])4\s*(?:个)?小时", r"四\s*(?:个)?小时", r"(?<![\d.])4\s*(?:hours?|hrs?|h)\b", r"\bfour[\s-]*hours?",
    r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<!\d)0?[.．]05" + PC, r"万分之五(?![十百])", r"(?<![\d.])100" + PC, r"百分之(?:一)?百",
    r"(?<![\d.])30" + PC, r"百分之三十(?![一二三四五六七八九])", r"三成", r"\bthirty\s*per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"十二\s*个?月", r"\btwelve[\s-]*(?:calendar\s*)?months?",
    r"一年", r"\bone[\s-]*years?\b", r"(?<![\d.])1\s*years?\b",
    r"(?<![\d.])15" + PC, r"百分之十五(?![一二三四五六七八九])",
    r"(?<![\d.])40" + PC, r"百分之四十(?![一二三四五六七八九])", r"四成",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![〇零一二三四五六七八九十])五\s*年", r"\bfive[\s-]*years?",
    r"(?<![\d.])60\s*(?:个月|months?\b)", r"六十\s*个?月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "240 分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months",
            "一年", "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月", "1 year"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十",
             "服务年度", "Subscription Year", "14 hours", "0.5 %", "120%", "45%", "25年前", "35%", "1,000", "36个月",
             "someone yearly", "0.1%"]


def hits(text):
    out = []
    for t in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(t)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(lang, text):
    if lang == "zh":
        return len(text.strip()), len(re.sub(r"\s", "", text))
    return len(text.split()), None


SOURCES = {"h463z01": H463Z01, "h463z02": H463Z02, "h463z03": H463Z03, "h463z04": H463Z04, "h463z05": H463Z05,
           "h463e01": H463E01, "h463e02": H463E02, "h463e03": H463E03, "h463e04": H463E04, "h463e05": H463E05}

THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    self_test()
    lab = labels()
    covered = set()
    for v in lab.values():
        covered |= set(v["expected_rules"])
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = {k: len(v["expected_rules"]) for k, v in lab.items()}
    print("rules per draft:", mix)
    for key, v in lab.items():
        for k, th in THRESHOLDS.items():
            assert v["expected_terms"][k] != th, (key, k)
        facts = D[key][5]
        if v["expected_terms"]["contract_kind"] == "goods_or_licence":
            tc = tco(v["expected_terms"], v["expected_extra"], facts["fee_base"])
            if tc:
                print(key, "TCO %.2f post-warranty fees %.2f share %.2f%%" % tc)
                assert abs(tc[2] - 40) > 2, key
    # build
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: (lab[k]["file"], Path(lab[k]["file"]).suffix[1:]) for k in lab
               if Path(lab[k]["file"]).suffix in (".docx", ".pdf")}
    write(SOURCES, targets, OUT, wrap_words=True)
    for k in lab:
        p = OUT / lab[k]["file"]
        if p.suffix in (".txt", ".md"):
            p.write_text(SOURCES[k], encoding="utf-8")
            print("wrote", p.name)
        (OUT / (p.stem + ".json")).write_text(json.dumps(lab[k], ensure_ascii=False, indent=1), encoding="utf-8")
    # checks on what was built
    bad = False
    for k in lab:
        p = OUT / lab[k]["file"]
        text = read_back(p)
        h = hits(text) + hits(SOURCES[k])
        n, nw = measure(lab[k]["language"], text)
        ok = (2750 <= n <= 3000) if lab[k]["language"] == "zh" else (1450 <= n <= 1650)
        print("%-62s %s len=%s%s risk=%s rules=%s %s" % (p.name, lab[k]["language"], n,
              "" if nw is None else " (non-ws %d)" % nw, risk(lab[k]["expected_rules"]),
              ",".join(r[3:] for r in lab[k]["expected_rules"]) or "(none)", "" if ok else "LENGTH!"))
        if h:
            print("   THRESHOLD HITS:", h)
            bad = True
        bad = bad or not ok
    assert not bad, "checks failed"


if __name__ == "__main__":
    main()
