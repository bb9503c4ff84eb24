"""holdout850: builds the ten blind held-out draft contracts and their .json labels, and asserts the checks of the
brief (lengths, threshold values and texts, rule design vs rules derived from the labels, coverage of all 20 rules).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """T:市疾病预防控制中心狂犬病暴露处置管理平台采购合同
P:合同编号：JKZX-ZFCG-2026-047
P:采购人（甲方）：某市疾病预防控制中心
P:供应商（乙方）：浙江安苗信息技术有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件、乙方投标文件及中标通知书，双方就狂犬病暴露处置管理平台采购项目订立本合同。本合同采用甲方提供的合同文本，招标文件、投标文件及其澄清均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供狂犬病暴露处置管理平台软件永久使用许可（覆盖全市四十二家狂犬病暴露预防处置门诊，不限用户数），并完成定制开发、部署实施及培训。
P:1.2 定制开发内容包括：暴露者登记与伤口分级处置模块、狂犬病疫苗及被动免疫制剂出入库与全程追溯模块、接种预约与短信提醒、与省免疫规划信息系统及市全民健康信息平台的数据接口、统计报表与疫情监测驾驶舱。
P:1.3 平台部署于甲方指定的政务云资源。未经甲方书面同意，乙方不得在甲方指定环境以外部署任何生产系统或数据副本。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾捌万元整（¥1,480,000），为固定总价，已包含税费及完成本项目所需的全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可|860,000
TB:2|定制开发（模块及接口）|524,000
TB:3|部署实施|78,000
TB:4|培训|18,000
TB:合计||1,480,000
P:2.2 合同履行期间价格不作调整。因甲方书面提出的需求变更增加工作量的，由双方另行签订补充协议。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥296,000。
P:3.2 平台初验合格后十个工作日内，甲方支付合同总价的45%，即¥666,000。
P:3.3 平台最终验收合格后十个工作日内，甲方支付合同总价的35%，即¥518,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政资金拨付流程产生的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成平台部署和全部定制开发，并书面提交初验申请。
P:4.2 乙方应按甲方认可的实施计划推进，每两周向甲方提交进度报告，并指定一名项目经理全程负责，未经甲方同意不得更换。
P:4.3 乙方应为市疾控中心业务科室、信息科及各处置门诊操作人员分批组织集中培训和现场指导，培训内容包括暴露分级登记、疫苗出入库与追溯、预约管理、报表查询及系统管理，并提交操作手册、管理员手册和培训记录。
P:4.4 乙方应在初验前向甲方移交需求规格说明书、概要设计、数据库设计、接口说明、部署文档、测试报告及源代码等全部技术文档。
H:第五条 验收
P:5.1 初验标准：全部功能符合招标文件技术要求及需求规格说明书；与省免疫规划信息系统、市全民健康信息平台接口连续七日数据一致率达到约定要求；在五百个并发用户下页面平均响应时间不超过2秒；通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 初验合格后进入为期六十日的试运行。试运行期间未发生一级故障、所有遗留问题已关闭、文档与源代码已移交的，由甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 平台上线、试运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级及远程技术支持。
P:6.2 质保期满后，甲方如需续购维护服务，年度维护费不超过平台软件许可价格的9%（即每年不超过¥77,400），且该价格在质保期满后三年内不得上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三日经甲方同意并安排在夜间进行。
P:7.2 一级故障（平台整体不可用或疫苗追溯中断）乙方应在30分钟内响应，2小时内远程或到场处置，8小时内恢复；二级故障2小时内响应，次日内解决；三级故障在下一版本中修复。
P:7.3 乙方未达到响应或恢复时限的，每超过一小时扣减服务费¥1,000；月度可用率每低于约定值0.01个百分点扣减¥1,500。扣减款项可从应付款项或履约保证金中扣除。
H:第八条 数据安全与个人信息保护
P:8.1 平台中的暴露者信息、接种记录、疫苗追溯数据及日志等全部数据属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维访问须经甲方审批并通过堡垒机进行，全程留痕；不得将生产数据导出至甲方环境以外。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此遭受的行政处罚及第三方索赔。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、技术资料及其他未公开信息负有保密义务，未经甲方书面同意不得披露或用于本合同以外的目的。保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的模块、接口程序、报表及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和二次开发。
P:10.2 平台软件原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期提交初验申请或逾期通过最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定的，应无偿整改；给甲方造成损失的，应予赔偿。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
P:12.2 乙方投入本项目的人员应为乙方正式员工，项目经理和主要技术人员应与投标文件一致，确需更换的应提前书面征得甲方同意。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商延期履行或部分免除责任。
P:15.2 双方往来通知应以书面形式送达本合同载明的地址或联系人，变更联系方式的应提前书面告知对方。
P:15.3 招标文件、投标文件、中标通知书及双方签署的补充协议为本合同组成部分，本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

# ---------------------------------------------------------------- z02 (docx, 第X条, Word price table)
Z02 = """T:生产线控制系统改造合同
P:合同编号：ZE-GZ-2026-019
P:甲方：东阳静音防护用品有限公司（耳罩生产企业）
P:乙方：苏州恒控自动化工程有限公司
P:甲方拟对其头戴式耳罩总装车间四条生产线（注塑件上料、海绵罩贴合、头带装配、降噪测试包装）的控制系统进行改造。经询价比选，双方就控制系统设备供货、软件许可、程序开发及安装调试事宜订立本合同。
H:第一条 合同标的与价格
P:1.1 乙方负责改造方案深化设计、设备及软件供货、PLC与HMI程序开发、安装调试、与甲方MES系统对接以及操作维护培训。
P:1.2 改造目标：四条产线实现工单自动下发、关键工位扭矩及贴合压力实时采集、降噪测试结果自动判定并与产品序列号绑定，换型时间比改造前缩短，设备故障报警可在车间看板和MES中同步显示。
P:1.3 合同总价为人民币壹佰伍拾壹万元整（¥1,510,000），含税、运输、保险及安装调试费用，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含改造）|4套|612,000
TB:2|伺服驱动及传感器组件|4套|338,000
TB:3|HMI触摸屏|8台|96,000
TB:4|产线数据采集软件许可（永久）|1套|184,000
TB:软硬件小计|||1,230,000
TB:5|安装调试|1项|146,000
TB:6|PLC及HMI程序定制开发|1项|112,000
TB:7|培训|1项|22,000
TB:合计|||1,510,000
H:第二条 付款方式
P:2.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥302,000。
P:2.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%，即¥528,500。到货签收仅确认数量及外观，不代表质量验收。
P:2.3 四条生产线全部通过最终验收后，甲方支付合同总价的45%，即¥679,500。
H:第三条 交付与施工
P:3.1 乙方应在合同签订后六十日内完成设备到货，到货后四十五日内完成全部产线的改造与调试。改造须利用甲方安排的停线窗口分线实施，每条产线停线时间不得超过五日。
P:3.2 乙方施工人员应遵守甲方厂区安全、消防及质量管理制度，因乙方原因造成人身伤害或财产损失的，由乙方负责。
P:3.3 乙方应在合同签订后二十日内提交深化设计方案，包括电气原理图、控制柜布置图、网络拓扑、I/O点表、安全联锁逻辑及改造切换方案，经甲方设备部和生产部书面确认后方可采购和施工。
P:3.4 每条产线改造前，乙方应完成原有PLC程序及参数的备份，并制定回退方案；改造切换未能在停线窗口内完成的，乙方应按回退方案恢复原系统运行，由此增加的费用由乙方承担。
P:3.5 甲方负责提供施工所需的电源、压缩空气、临时存放场地和停线窗口，并指派专人配合乙方协调现场事务。
H:第四条 验收
P:4.1 每条产线调试完成后，连续七十二小时带料试生产，设备综合效率不低于改造前水平，降噪测试工位误判率不高于0.5%，急停与安全光幕联锁测试全部合格，数据采集软件与MES的产量、工单数据核对一致。
P:4.2 四条产线均满足前款标准、技术文档及程序备份移交完毕后，甲方出具最终验收报告。任何产线投入生产使用或甲方支付款项均不视为验收合格。
P:4.3 验收不合格的，乙方应在十日内整改并承担由此产生的费用，整改后重新验收。
P:4.4 培训分为操作培训和维护培训两部分，操作培训覆盖四条产线各班组长及操作工，维护培训面向甲方设备部电气工程师，内容包括程序结构、参数修改、故障诊断及备份恢复，培训结束后由乙方组织考核。
P:4.5 乙方应在最终验收前移交电气图纸竣工版、程序备份、参数清单、设备说明书、合格证及操作维护手册各两套，并提供电子版。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收之日起计算。质保期内因设备质量或程序缺陷引起的故障，乙方免费维修或更换。
P:5.2 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的7%，即每年¥86,100，该费用在质保期满后三年内固定不变。维保服务按年签订，不自动续期。
P:5.3 年度维保服务包括每季度一次现场巡检、控制柜清洁与紧固、程序备份更新、软件补丁升级及7×24小时电话支持，更换备件的费用另按乙方投标报价的单价结算。
P:5.4 乙方应保证本合同所供设备在最终验收后至少八年内可提供备品备件，并在甲方现场常备易损件清单中所列的备件。
H:第六条 服务响应
P:6.1 一级故障（整条产线停机）乙方应在1小时内响应，8小时内到达现场，十六小时内恢复生产；二级故障（单工位停机）2小时内响应，次日内处理完毕。
P:6.2 乙方未按前款时限响应或到场的，每迟延一小时向甲方支付¥800；因此造成停产的，另行赔偿甲方直接损失。
P:6.3 乙方应建立故障记录台账，每次故障处理完毕后两个工作日内提交故障分析报告，说明原因、处理过程及预防措施；同类故障在三个月内重复发生的，乙方应提出并实施根本性整改方案。
H:第七条 数据与信息安全
P:7.1 改造后产生的生产数据、工艺参数、质量检测记录均属甲方所有，乙方不得用于本合同以外的任何目的。
P:7.2 乙方远程维护须经甲方设备部书面审批，通过甲方提供的安全通道一次一授权，禁止在控制网络中接入未经检测的移动介质。因乙方原因造成数据泄露、病毒感染或生产中断的，乙方应在2小时内报告并承担赔偿责任。
H:第八条 保密
P:8.1 双方对在合作中获知的对方技术资料、工艺参数、客户信息及商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。
P:8.2 乙方不得以任何方式对外宣传甲方的产线工艺、产能和客户情况，乙方在案例介绍中提及甲方名称的，应事先取得甲方书面同意。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的PLC程序、HMI画面及接口程序（含源程序和注释）归甲方所有，甲方可自行修改或交由第三方维护。数据采集软件原有知识产权归乙方，甲方享有永久使用许可。
H:第十条 违约责任
P:10.1 乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:第十一条 分包
P:11.1 乙方可将电气配线、桥架安装等辅助施工分包给具备相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包单位的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，且经甲方书面通知后十日内未纠正的，甲方有权解除合同并要求赔偿损失。
P:12.2 乙方逾期超过三十日或改造后产线连续两次验收不合格的，视为严重违约。
P:12.3 因不可抗力导致合同不能履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交金华仲裁委员会仲裁。争议处理期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十四条 其他
P:14.1 本合同附件包括技术规格书、深化设计方案及验收记录表，附件与本合同具有同等效力。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）/1.)
Z03 = """油画培训连锁门店预约与会员管理系统服务合同

合同编号：YH-SaaS-2026-08
甲方：成都青木油画艺术培训有限公司（下辖35家直营门店）
乙方：广州约课云科技有限公司

甲方因门店课程预约、会员储值及教学排课管理需要，订购乙方的约课云预约与会员管理系统（SaaS）服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方35家门店提供预约排课、会员管理、储值卡与课时包、教师课表、作品相册及家长端小程序等功能，每家门店开通三个管理账号及不限数量的学员账号。
2. 服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，每个服务年度为三百六十五日。
（二）实施服务
1. 乙方负责各门店历史会员、储值余额及课时包数据的迁移，完成甲方品牌小程序的页面配置、课程体系及价格体系配置。
2. 乙方为甲方总部及各门店店长、前台人员提供线上及现场培训，并提供操作手册。
3. 乙方指定一名实施顾问负责全部门店的上线工作，按门店分三批切换，每批切换前与甲方确认切换日期，切换当日安排人员远程值守。
（三）持续服务
1. 服务期内乙方为甲方配备专属客服，工作日9时至21时在线，周末及节假日9时至18时在线，门店可通过电话、在线客服和工单提交问题。
2. 乙方对平台进行的版本更新应提前五日告知甲方，涉及门店操作流程变化的，应同步提供更新说明和线上培训。
3. 每个服务年度结束前，乙方向甲方提交年度服务报告，包括可用率统计、故障记录、工单处理情况及改进建议。

二、服务费用
（一）订阅费按门店计收，每家门店每个服务年度¥6,800，35家门店每个服务年度合计¥238,000，两个服务年度合计¥476,000。
（二）实施费为一次性费用¥64,000。
（三）本合同总价为¥540,000（含税）。短信及增值功能按实际用量另行结算，不计入合同总价。

三、付款方式
（一）实施费在系统上线验收合格后十五日内一次付清。
（二）每个服务年度的订阅费，在该服务年度开始后十五日内支付。
（三）乙方应在收款前开具增值税专用发票。
（四）服务期内甲方新增门店的，按每家门店每个服务年度¥6,800的单价按剩余月份折算计费，关闭门店的，自下一个服务年度起相应减少计费门店数量。

四、上线与验收
（一）乙方应在合同签订后四十日内完成全部门店的数据迁移和配置，并提交上线验收申请。
（二）验收标准：
1. 35家门店会员数量、储值余额、剩余课时及有效期与甲方提供的迁移清单逐条核对一致，差异项须逐项说明并经甲方确认；
2. 预约、候补、签到、扣课、请假、退费及储值流程按甲方验收用例测试全部通过，家长端小程序在主流手机型号上显示正常；
3. 小程序在并发三百人时预约提交响应时间不超过2秒；
4. 连续十日试运行期间未发生一级故障。
（三）甲方在收到申请后七日内组织验收，验收合格后签署上线验收单。门店开始使用系统不视为验收合格。验收不合格的，乙方应在七日内完成整改并重新提交验收申请，整改期间不计收订阅费。
（四）乙方未按期提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在晚上十点至次日早上七点之间并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或扣课）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，当日恢复；
3. 三级故障（一般使用问题）：工作时间内2小时内答复。
（三）月度可用率未达到承诺的，按当月订阅费的5%抵扣下期费用；一级故障未按时恢复的，每超过一小时另抵扣¥500。

六、数据权属与数据安全
（一）甲方及门店录入和产生的会员信息、学员信息、交易记录、课程记录及作品图片等数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的。
（二）乙方应将甲方数据存储于中国境内的服务器，采取加密存储、访问控制、操作日志和每日备份等安全措施，备份数据保留不少于三十日，系统应通过网络安全等级保护二级测评，乙方每个服务年度应向甲方提供有效的测评证明。
（三）储值余额、课时包等涉及资金的数据，乙方应保证其准确性，因系统原因导致数据错误的，乙方应协助甲方核对更正并承担由此造成的损失。
（四）学员中多数为未成年人，乙方应按照个人信息保护相关法律规定处理其个人信息，未经甲方同意不得向第三方提供。
（五）发生数据泄露、丢失或被非法访问的，乙方应在二小时内通知甲方，立即采取补救措施，并承担由此给甲方造成的损失。
（六）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除其系统中的甲方数据。
（七）乙方应保留系统操作日志不少于六个月，甲方可随时查询门店账号的登录及操作记录；门店员工离职时，甲方可自行停用其账号。

七、知识产权
（一）约课云平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、课程体系模板及经营报表归甲方所有，甲方可自由使用和修改。

八、续期
服务期满前三十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可连续续期。续期年度的订阅费由乙方根据市场情况调整，乙方应在服务期满前十五日通知甲方调整后的价格。

九、分包
未经甲方书面同意，乙方不得将本合同项下的实施服务分包或转包给第三方。

十、违约与解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除本合同，乙方应退还已收取但尚未提供服务部分的费用并赔偿损失。
（二）甲方逾期付款超过三十日的，乙方可以暂停服务，但应提前七日书面通知甲方。
（三）乙方连续两个月未达到第五条承诺的可用率，或一个服务年度内发生三次以上一级故障的，视为乙方严重违约。
（四）本合同解除或终止的，乙方应按第六条第（六）项的约定向甲方交付数据，并配合甲方完成向其他系统的迁移。

十一、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十二、甲方的义务
（一）甲方应按时提供门店清单、会员及储值数据、课程价格体系等实施所需资料，并对所提供资料的真实性负责。
（二）甲方应督促门店员工妥善管理账号，不得将账号借给他人使用。
（三）甲方应指定总部运营负责人作为项目联系人，负责组织门店参加培训、确认配置方案和签署验收单。

十三、不可抗力
因不可抗力或基础电信运营商大面积故障导致服务中断的，乙方应及时通知甲方并尽力恢复，相应期间不计入可用率考核，但乙方应提供中断原因说明。

十四、其他
（一）本合同附件包括服务功能清单、上线验收用例及故障分级说明，附件与本合同具有同等效力。
（二）本合同未尽事宜，双方可另行签订补充协议。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                 乙方（盖章）：
日期：                         日期：
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 + （一）)
Z04 = """某县农业农村局无人机植保作业监管系统年度运维服务合同

项目编号：NYNC-CS-2026-011（竞争性磋商）
采购人（甲方）：某县农业农村局
供应商（乙方）：江西农飞智联科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就无人机植保作业监管系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象为甲方已建成的无人机植保作业监管系统，包括作业监管平台、农户作业申报小程序、植保飞防服务组织备案模块、无人机作业轨迹接入网关及统计分析大屏。
（二）服务内容：
1. 系统日常巡检、故障处理、补丁更新和性能优化；
2. 接入全县植保飞防服务组织及其无人机设备，维护作业轨迹、喷洒面积及施药量数据的接入质量；
3. 每日核验作业数据，对异常轨迹、重复申报和面积偏差进行标记并报甲方；
4. 派驻一名运维工程师在甲方办公地点驻场，农忙季节（每年四月至九月）增派一名；
5. 按甲方要求编制月度运维报告、季度作业统计分析报告及年度运维总结；
6. 每年为乡镇农业综合服务站工作人员及飞防服务组织管理人员组织两次系统操作培训，并在小麦、水稻病虫害统防统治期间提供现场技术保障；
7. 配合甲方完成上级主管部门的数据报送、作业补贴核查和系统检查，按要求提供统计数据和说明材料；
8. 对系统功能提出优化建议，经甲方同意后实施不涉及新增功能开发的配置调整和报表修改。
（三）服务期为一年，自合同签订之日起计算。服务期满本合同自行终止，甲方如需继续采购，应依法另行组织采购。

第二条 服务费用
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），为固定总价。其中：系统运维¥218,000，数据核验服务¥96,000，驻场服务¥72,000。
（二）上述费用已包含乙方人员、差旅、备品备件、工具及税费等全部费用，甲方不再另行支付其他费用。
（三）服务期内系统需新增功能或对接新的业务系统的，不属于本合同运维范围，由甲方另行依法采购。

第三条 付款方式
（一）服务费按季度支付，每季度末由甲方按第五条进行考核，考核合格后十五个工作日内支付当季服务费¥96,500。
（二）考核发现扣减事项的，甲方在当季服务费中直接扣除后支付，并向乙方出具扣减说明。
（三）乙方应在每次付款前开具合法有效的发票。
（四）乙方应在合同签订后五个工作日内向甲方提交合同总价的5%作为履约保证金，服务期满经年度验收合格后十五个工作日内无息退还。

第四条 服务水平
（一）运维期内系统月度可用率不低于99.95%，农忙季节每日6时至20时为重点保障时段。
（二）一级故障（平台或轨迹接入网关整体中断）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能或部分设备接入异常）1小时内响应，8小时内恢复；三级故障当日处理。
（三）乙方未按时响应或恢复的，每超过一小时扣减服务费¥600；月度可用率每低于约定值0.01个百分点，扣减当季服务费¥1,000。同一季度扣减总额不超过当季服务费的20%。

第五条 考核与验收
（一）甲方按季度对乙方进行考核，考核采用百分制评分，八十分以上为合格，考核内容包括：故障响应及恢复时效、系统可用率、作业数据核验准确率不低于98%、运维报告按时提交、驻场人员出勤情况。
（二）服务期满后十五个工作日内，甲方依据四个季度考核结果及年度运维总结组织验收，出具年度服务验收报告。年度验收应核查全年故障记录、可用率统计、数据核验台账、培训记录及移交文档是否齐全，四个季度考核均合格且移交文档齐全的，年度验收合格。
（三）乙方交付的运维文档、巡检记录应真实完整，作为考核和验收依据。
（四）季度考核不合格的，乙方应在十五日内提交整改报告，整改完成并经甲方复核后支付当季服务费。

第六条 交接与人员
（一）乙方应在合同签订后十日内完成与原运维单位的交接，包括系统账号、服务器配置、接口文档和未关闭问题清单。乙方未按期完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）驻场人员应具备相关专业背景和两年以上运维经验，乙方更换驻场人员应提前七日征得甲方同意。
（三）乙方应组建不少于四人的运维团队，包括项目负责人一名、驻场工程师一名、后台运维工程师及数据核验人员，团队成员名单作为本合同附件，变更须经甲方同意。
（四）驻场人员应遵守甲方的考勤和办公管理制度，甲方认为驻场人员不能胜任工作的，乙方应在十日内更换。

第七条 数据权属
系统中的作业轨迹、申报信息、服务组织信息及统计数据归甲方所有，乙方不得用于本合同以外的用途。乙方按照甲方要求对外提供统计数据的，应事先取得甲方的书面确认。

第八条 保密
（一）乙方对在服务过程中知悉的甲方工作信息、农户信息、系统账号和口令等负有保密义务，未经甲方书面同意，不得向任何第三方披露。
（二）乙方应与驻场及运维人员签订保密承诺书。保密义务不因本合同终止而解除。

第九条 知识产权
乙方在运维期间为甲方编写的脚本、统计报表模板和运维文档归甲方所有，甲方可以自由使用和修改。

第十条 分包
乙方不得将本合同项下的服务转包，也不得分包。

第十一条 运维记录与报告
（一）乙方应建立运维日志，如实记录巡检、故障处理、变更操作及数据核验情况，运维日志按月报送甲方。
（二）系统重大变更应提前三个工作日提交变更方案，经甲方同意后在非作业高峰时段实施，并做好回退准备。
（三）月度运维报告应于次月五日前提交，内容包括系统运行概况、可用率统计、故障及处理情况、数据核验结果和下月工作计划。

第十二条 违约责任
（一）乙方未按本合同约定提供服务的，甲方可按第四条扣减服务费，并要求乙方限期整改。
（二）乙方连续两个季度考核不合格的，甲方可扣除当年服务费的5%作为违约金。
（三）甲方无正当理由逾期付款的，应按逾期金额每日万分之三向乙方支付违约金。

第十三条 合同的变更与解除
本合同履行期间，除因不可抗力导致合同无法履行外，任何一方均不得单方解除本合同。乙方存在违约行为的，甲方可按本合同第十二条追究违约责任，乙方应继续履行合同。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，依法向甲方所在地人民法院起诉。

第十五条 服务期满移交
服务期满前三十日内，乙方应向甲方或甲方指定的后续运维单位移交系统账号、配置文档、运维记录、未关闭问题清单及本合同项下形成的全部文档，并提供不少于十个工作日的交接配合，不另收费。

第十六条 不可抗力
因自然灾害等不可抗力导致服务中断的，受影响一方应及时通知对方，不可抗力影响期间不计入可用率考核，乙方应在影响消除后尽快恢复服务。

第十七条 其他
（一）磋商文件、响应文件及成交通知书为本合同的组成部分。
（二）本合同未尽事宜，双方可签订补充协议，补充协议不得改变磋商文件确定的服务内容和价格。双方的通知以书面形式送达本合同载明的联系人。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                 乙方（盖章）：
"""

# ---------------------------------------------------------------- z05 (md, supplier's template, ## 第X条)
Z05 = """# 墨迹工序追踪系统软件许可及定制开发合同

**（墨迹软件标准合同文本 V3.0）**

- 合同编号：MJ-HT-2026-0312
- 甲方（买方）：杭州拾字活字印刷工作室有限公司
- 乙方（卖方）：宁波墨迹软件科技有限公司

甲方拟采购乙方的墨迹工序追踪系统，用于活字印刷从拣字、排版、上墨、刷印到装帧的工序追踪管理。双方按照乙方标准合同文本签订本合同，本文本未约定的事项按乙方官网公布的服务规则执行。

## 第一条 产品与服务

1.1 乙方向甲方提供墨迹工序追踪系统标准版软件许可（二十个并发用户，永久许可），并根据甲方需求进行定制开发。

1.2 定制开发内容包括：字模库存及拣字工单管理、木活字与铜活字字模借还登记、排版版面拍照存档、刷印批次与纸张墨料追溯、手工装帧工序计件，以及订单进度微信推送。

1.3 乙方负责系统安装部署及操作培训，培训对象为甲方工作室员工，不超过两次。

1.4 系统运行所需的服务器、操作系统、数据库、扫码枪、标签打印机及网络环境由甲方自行准备，并应符合乙方提供的配置要求。因甲方环境不符合要求导致的问题，不属于乙方责任。

1.5 乙方标准产品的功能以乙方产品说明书为准，乙方有权对标准产品进行升级和调整。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 墨迹工序追踪系统标准版软件许可 | 260,000 |
| 2 | 定制开发 | 96,000 |
| 3 | 安装部署与培训 | 24,000 |
| | 合计 | 380,000 |

合同总价为人民币叁拾捌万元整（¥380,000），含税。定制开发内容以乙方确认的需求清单为准，超出部分另行计费。

## 第三条 付款方式

3.1 合同签订后三个工作日内，甲方支付合同总价的65%，即¥247,000。乙方收到该款项后方开始开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥133,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到第一笔款项后七十五日内完成开发并安装部署。因甲方需求变更、配合不及时或提供资料延迟的，交付期限相应顺延。

4.2 系统安装完成后，乙方通知甲方上线运行。甲方应在接到通知后五个工作日内安排员工开始使用系统，逾期未安排的，自通知之日起第六个工作日视为系统已上线运行。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 系统安装部署并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，乙方视情况在后续版本中予以考虑。

5.3 乙方在上线时向甲方提供系统操作手册电子版一份。定制功能的设计文档、数据库说明及源代码属于乙方技术资料，不向甲方交付。

5.4 上线后甲方发现的功能缺陷，乙方在免费维护期内按第六条处理；功能与甲方期望不一致但符合乙方确认的需求清单的，不视为缺陷。

## 第六条 免费维护与售后服务

6.1 系统免费维护期为六个月，自上线运行之日起计算。免费维护期内乙方提供远程缺陷修复和使用咨询。

6.2 甲方报告的一级故障（系统无法登录或工单无法流转），乙方在8小时内响应，并尽力尽快修复；其他问题在三个工作日内答复。

6.3 免费维护期内，乙方提供的服务不包括：因甲方操作不当、硬件故障、病毒或第三方软件引起的问题处理；甲方新增需求的开发；现场服务。甲方要求现场服务的，按每人每日¥2,600另行收费，差旅费由甲方承担。

6.4 乙方按上述时限提供服务即视为履行完毕，对响应或修复时间超出、系统停机或数据处理延误，乙方不承担任何扣款、赔偿或违约金。

## 第七条 维保服务

7.1 免费维护期满后，甲方应购买乙方年度维保服务，以继续获得补丁、升级和技术支持。

7.2 年度维保费为软件许可费的25%，即每年¥65,000，按年预付。甲方未续购维保的，乙方不再提供任何升级及技术支持。

7.3 维保服务内容包括：标准产品版本升级、缺陷修复补丁、远程技术支持及每年一次系统健康检查。维保期内甲方新增的定制需求，乙方另行报价。

7.4 甲方中断维保后重新购买的，应补缴中断期间的维保费。

## 第八条 知识产权

8.1 本系统（包括乙方为甲方定制开发的全部功能模块、报表、接口及其源代码和文档）的知识产权均归乙方所有。

8.2 甲方在许可范围内享有非独占、不可转让的使用权，不得修改、反编译，不得提供给第三方使用或维护。乙方可将定制功能纳入其标准产品向其他客户销售。

## 第九条 数据

9.1 甲方在系统中录入的订单、客户、工单及作品图片等数据归甲方所有，乙方仅为提供本合同服务而访问上述数据，不得用于其他目的。

9.2 系统部署于甲方自有服务器。乙方安装部署时应设置数据库访问权限，并指导甲方建立每日自动备份。乙方远程维护须经甲方同意，采取账号权限控制、访问日志及数据备份等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十条 保密

双方对本合同内容及在合作中获知的对方商业信息、技术信息负有保密义务，保密期限为合同终止后两年。

## 第十一条 违约与解除

11.1 任何一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。

11.2 乙方对因使用本系统造成的间接损失、利润损失不承担责任。

11.3 甲方逾期支付任何款项超过十五日的，乙方有权暂停开发、维护或停止提供许可激活码，由此造成的交付延误和损失由甲方承担。

11.4 合同解除后，甲方已支付的许可费不予退还；定制开发已完成部分的费用，甲方应按乙方核定的工作量支付。

## 第十二条 甲方的义务

12.1 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调。甲方联系人变更的，应书面通知乙方。

12.2 甲方应在乙方提交需求清单后五个工作日内书面确认，逾期未确认的，视为甲方同意该需求清单。需求清单确认后，甲方提出的修改属于需求变更，乙方有权另行收费并顺延交付期限。

12.3 甲方应按乙方要求对系统数据进行定期备份，并妥善保管系统管理员账号。因甲方操作不当、擅自修改系统或使用未经授权的第三方软件造成的故障和损失，由甲方自行承担。

## 第十三条 不可抗力

因地震、火灾、洪水、疫情、网络攻击、电力或通信中断等不能预见、不能避免且不能克服的情况导致合同不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十四条 通知

双方的通知以本合同首页载明的地址、电话及电子邮箱为准，以电子邮件发送的，发出即视为送达。

## 第十五条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 乙方官网公布的服务规则及产品说明书为本合同的组成部分，与本合同不一致的，以本合同为准。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同文本由乙方提供，双方确认已阅读并理解全部条款。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. CL-2026-0418
P:This Software Licence and Services Agreement (the "Agreement") is made between Hohhot Grassland Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hohhot, Inner Mongolia (the "Buyer"), and Cantal Logiciels Qualite SAS, a French simplified joint-stock company with its registered office at 14 avenue de la Republique, 15000 Aurillac, France (the "Vendor").
P:The Buyer operates four dairy plants and a central quality laboratory and wishes to replace its paper-based quality records with the Vendor's QualiLait quality management system. The Vendor has submitted a proposal dated 9 October 2026, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the QualiLait quality management system in the version current at delivery, in object code, with its standard documentation.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, data migration scripts and related documentation that the Vendor prepares specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including laboratory results, batch records, supplier records and audit trails.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor shall deliver and install the Software at the Buyer's data centre in Hohhot, configure it for four plants and the central laboratory, build interfaces to the Buyer's ERP system and laboratory instruments, migrate three years of historical quality records, and train the Buyer's key users and administrators.
P:2.2 The detailed scope, project plan and responsibilities are set out in Annex 1 (Statement of Work). If Annex 1 conflicts with these terms, these terms prevail.
P:2.3 The Vendor shall appoint a project manager who speaks Chinese or works with a qualified interpreter, and who shall be on site in Hohhot during configuration workshops, the System Test and go-live. The Vendor shall not replace the project manager or the lead consultant without the Buyer's consent, which the Buyer shall not unreasonably withhold.
P:2.4 The Buyer shall provide the servers, operating system and database licences described in the technical prerequisites of Annex 1, access to its premises and systems, and key users for workshops and tests. If the Buyer's delay in providing these prevents the Vendor from meeting a date in Article 5, that date is extended accordingly.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 120 named users at the Buyer's sites in the People's Republic of China, for the Buyer's internal business purposes.
P:3.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer may transfer the licence to an affiliate on written notice to the Vendor.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,694,000, inclusive of all taxes, travel and expenses, made up as follows: Software licence fee CNY 1,260,000; configuration, interfaces and data migration CNY 388,000; training CNY 46,000. The price is fixed for the duration of the project.
P:4.2 The Buyer shall pay 20% of the total price (CNY 338,800) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.3 The Buyer shall pay 45% of the total price (CNY 762,300) within 20 days after the System Test under Article 5.2 has been passed.
P:4.4 The Buyer shall pay the remaining 35% of the total price (CNY 592,900) within 20 days after Final Acceptance.
P:4.5 All payments are made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days after signature and complete configuration, interfaces and data migration within 150 days after signature.
P:5.2 System Test: the Vendor shall demonstrate, in test scripts agreed with the Buyer, that all functions listed in Annex 1 work as specified, that the ERP and instrument interfaces transfer records without loss or alteration, and that migrated records match the source records in full.
P:5.3 Final Acceptance: after a production run of 45 days with no Severity 1 incident open and all agreed documents delivered, the Buyer shall issue a written Final Acceptance certificate within ten working days, or state the defects that prevent acceptance. Installation, productive use or any payment does not by itself constitute acceptance.
P:5.4 If the Software fails a test, the Vendor shall correct the defects at its own cost within 15 days and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Software licence fee, namely CNY 138,600 per year, and the Vendor shall not increase it for the first three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
P:6.3 Service levels during the Warranty Period and any support year: Severity 1 (the Software is unavailable to a plant or the laboratory, or batch release is blocked) response within 1 hour and a workaround within 8 hours; Severity 2 response within 2 hours; Severity 3 response within 2 working days.
P:6.4 If the Vendor misses a Severity 1 or Severity 2 response or workaround time, the Vendor shall pay a service credit of CNY 1,000 for each hour of delay, deducted from the next amount payable or paid on demand.
H:Article 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:7.2 The Vendor shall access the Buyer's systems only through the remote-access channel provided by the Buyer, after the Buyer's approval of each session, and shall not transfer Buyer Data outside the Buyer's data centre. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:7.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Buyer Data, cooperate in the investigation and remediation, and be liable for the losses caused by its breach of this Article 7.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public business and technical information, including formulations, laboratory methods and supplier terms, use it only for this Agreement, and not disclose it without prior written consent. This obligation survives for five years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve installation or Final Acceptance by the dates in Article 5 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability under Articles 7 and 8.3, to personal injury or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the licence in Article 3 shall continue for the Software paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by French law.
P:13.2 Any dispute arising out of or in connection with this Agreement that the parties cannot settle amicably within 30 days shall be submitted to the exclusive jurisdiction of the competent courts of Aurillac, France.
H:Article 14 General
P:14.1 This Agreement is made in English in two originals, one for each party. Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan) form part of it.
P:14.2 Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A A1-A6 + General Terms Part B)
E02 = """# Order Form and General Terms - FieldRoute Cloud

**Order Form No. LZ-OF-2026-073**

## Part A - Order Form

### A1 Parties

- **Provider:** Lozere Cloud Systems SAS, 6 rue du Faubourg Montbel, 48000 Mende, France, acting through its China service partner named in A5.
- **Customer:** Changsha Xianglift Elevator Services Co., Ltd., Changsha, Hunan Province, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement"). If Part A conflicts with Part B, Part A prevails.

### A2 Subscribed Service

FieldRoute Cloud, the Provider's field-service scheduling and work-order platform, Enterprise edition, for 150 named users (dispatchers, engineers and supervisors), with the mobile app for Android and iOS, the route-optimisation module, the spare-parts module and the standard REST API. The Provider shall also perform the onboarding services described in A4.

### A3 Subscription Term and Fees

The Subscription Term is 24 months, starting on the Go-Live Date (A4), divided into two Subscription Years. Fees are in CNY and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Year 1 | 150 users x CNY 1,380 | 207,000 |
| Subscription Year 2 | 150 users x CNY 1,380 | 207,000 |
| Onboarding services | one-time, fixed | 36,000 |
| **Total Contract Value** | | **450,000** |

Invoicing: the fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance and payable within 30 days. Additional users may be added during the term at the same unit price, pro rata; such additions are outside the Total Contract Value.

### A4 Onboarding and Go-Live Acceptance

The Provider shall, within 60 days after signature: configure the platform for the Customer's 11 branch offices and service contracts; import the Customer's equipment register (about 9,600 elevators and escalators), customer sites and open work orders; connect the Customer's ERP for spare parts and invoicing through the API; and train 20 key users.

Go-Live Acceptance tests: (a) the imported register and open work orders reconcile with the Customer's source extract; (b) the ERP interface passes the agreed test cases for parts requests and invoice data; (c) dispatchers at three pilot branches run the platform for ten working days without a Severity 1 incident. The Customer shall sign a Go-Live Acceptance certificate within five working days after the tests are passed, or list the failures. The "Go-Live Date" is the date of that certificate. Use of the platform during the pilot is not acceptance.

If Go-Live Acceptance is not achieved within 60 days after signature for reasons attributable to the Provider, the Provider shall pay CNY 300 for each day of delay, deducted from the onboarding fee and then from the first subscription invoice.

### A5 Hosting and Approved Subprocessors

Customer Data is hosted in the Alibaba Cloud Shanghai region. Approved subprocessors: (1) Alibaba Cloud (hosting); (2) Hunan Tiandi Information Services Co., Ltd. (first-line support in Chinese and onboarding support). Any other subcontractor or subprocessor requires the Customer's prior written consent.

### A6 Contacts and Signature

Customer contact: Ms. Liu Fang, IT Manager. Provider contact: Mr. Julien Roux, Account Director. Signed by the authorised representatives of both parties on the dates below.

## Part B - General Terms

### 1. The Service

1.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with the documentation and the service levels in Section 3.

1.2 The Provider may improve the Service from time to time but shall not materially reduce its functionality during the Subscription Term. The Provider shall announce major releases at least 14 days in advance and provide release notes in Chinese.

1.3 The Provider shall hold a quarterly service review with the Customer covering availability, support tickets, user adoption and planned releases, and shall provide a written report before each review.

### 2. Customer Obligations

2.1 The Customer is responsible for its users' use of the Service, for keeping log-in credentials secure and for the accuracy of the data it enters.

2.2 The Customer shall not resell the Service or use it to build a competing product.

2.3 The Customer shall nominate a project lead for onboarding, provide the data extracts and ERP test access described in A4 on time, and make its pilot branches available for the acceptance run. Dates in A4 are extended by any delay caused by the Customer.

2.4 The Customer shall inform the Provider promptly of any suspected misuse of user accounts.

### 3. Service Levels

3.1 The Provider shall make the production Service available at least 99.95% of each calendar month, excluding planned maintenance notified five days in advance and performed between 22:00 and 06:00 China Standard Time.

3.2 Support requests are classified as follows: Severity 1 (the Service is unavailable or dispatching is impossible for a branch) response within 30 minutes, 24x7, and restoration or workaround within 6 hours; Severity 2 response within 2 hours during business hours; Severity 3 response within one business day.

3.3 If monthly availability falls below the commitment in 3.1, the Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) of shortfall, up to half of that monthly amount. Service credits are applied to the next invoice or refunded at the end of the term.

### 4. Customer Data

4.1 As between the parties, the Customer owns all data that it or its users submit to the Service ("Customer Data").

4.2 The Provider may collect and use aggregated and anonymised data derived from Customer Data and from the use of the Service, including work-order durations, travel times and parts consumption, to improve and develop its products, to train its route-optimisation models and to publish industry benchmarks, during and after the Subscription Term. Such data does not identify the Customer or any individual.

4.3 The Provider shall implement appropriate technical and organisational measures to protect Customer Data, including encryption in transit and at rest, role-based access control and logged administrator access, maintain ISO/IEC 27001 certification for the Service, and keep the hosting environment in compliance with MLPS level 2 requirements.

4.4 The Provider shall notify the Customer without undue delay and in any event within 24 hours after becoming aware of a security incident affecting Customer Data, take remediation measures, and be responsible for losses caused by its failure to comply with this Section 4.

4.5 Within 30 days after the end of the Subscription Term, the Provider shall make Customer Data available for export in CSV and JSON formats and shall then delete it.

### 5. Confidentiality

5.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only to perform the Agreement, and protect it with at least reasonable care. These obligations last for three years after the end of the Agreement.

### 6. Intellectual Property

6.1 The Provider owns the Service and all underlying software.

6.2 Customer-specific configurations, report templates and interface mappings prepared by the Provider under the onboarding services belong to the Customer, which may use, modify and have them used by third parties without restriction.

### 7. Term, Renewal and Termination

7.1 The Agreement ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form agreed by both parties.

7.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund prepaid fees for the remainder of the Subscription Term.

### 8. Subcontracting

8.1 Except for the subprocessors approved in A5, the Provider shall not subcontract any part of the Service or the onboarding services without the Customer's prior written consent. The Provider is responsible for all approved subprocessors.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

9.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to breach of Section 4 by the Provider, to breach of Section 5, or to wilful misconduct.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 11. General

11.1 Neither party may assign this Agreement without the other's written consent, except to an affiliate on notice.

11.2 Notices must be in writing and sent to the contacts in A6.

11.3 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to resume performance.
"""

# ---------------------------------------------------------------- e03 (docx, 1. / 1.1, Word price table)
E03 = """T:Purchase Contract for Vibration Monitoring Sensors and Monitoring Software
P:Contract No. JX-PM-2026-0527
P:Buyer: Jiangxi Ganjiang Paper Co., Ltd., Nanchang, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Creuse Instruments Industriels SAS, 22 rue de Pommeil, 23000 Gueret, France (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer wishes to install continuous vibration and temperature monitoring on the rotating equipment of its two paper machines, pulping line and power house, and the Supplier has offered its wireless sensors, gateways and the CreuseWatch monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Table.
P:1.2 "Software" means the CreuseWatch condition-monitoring software, licensed under clause 4.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's mill.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 240 wireless tri-axial vibration and temperature sensors and 18 gateways on the assets listed in Annex 1, supply and install the Software on the Buyer's servers, configure alarm thresholds and fault models for each monitored asset, connect the System to the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:2.2 The Supplier shall deliver installation drawings, mounting records, a configuration database export and operating and maintenance manuals in Chinese and English.
H:3. Price
P:3.1 The Contract Price is CNY 1,570,000, inclusive of VAT, packing, transport to the Buyer's mill, insurance, customs clearance, installation and all other costs. It is broken down in the Price Table below and is fixed.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|240|3,150|756,000
TB:2|Industrial gateway with mounting kit|18|14,500|261,000
TB:3|CreuseWatch software licence, perpetual, 260 assets|1|348,000|348,000
TB:Hardware and Licence Subtotal||||1,365,000
TB:4|Installation and commissioning|1|118,000|118,000
TB:5|Fault-model configuration and DCS / maintenance system interfaces|1|64,000|64,000
TB:6|Training|1|23,000|23,000
TB:Contract Price||||1,570,000
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 260 monitored assets at the Buyer's mill, for its internal purposes, including for backup and test installations.
P:4.2 The Buyer may extend the licence to further assets at the unit price stated in the Supplier's offer for three years after Final Acceptance.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 157,000) within 30 days after signature and receipt of an advance-payment bank guarantee of the same amount.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 863,500) within 30 days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 549,500) within 30 days after Final Acceptance.
H:6. Delivery, Tests and Acceptance
P:6.1 The Supplier shall deliver the Equipment within 70 days after signature and complete installation and commissioning during the planned shutdowns notified by the Buyer, no later than 120 days after signature.
P:6.2 Site acceptance tests: (a) every sensor reports to the Software at the configured interval with a data completeness of at least 98% over 14 days; (b) readings of 20 sample sensors agree with the Buyer's portable reference analyser within the tolerance in Annex 2; (c) alarms reach the distributed control system and create work requests in the maintenance management system; (d) the System detects the simulated faults in the test plan.
P:6.3 After the site acceptance tests have been passed, the System runs for 60 days. If no Severity 1 fault occurs and all documents have been delivered, the Buyer shall issue the Final Acceptance certificate within ten working days. Operation of the System or payment does not constitute acceptance.
P:6.4 If a test fails, the Supplier shall remedy the defect at its own cost and repeat the test.
P:6.5 The Supplier shall pack the Equipment for sea and road transport, mark each package with the contract number and asset tags, and provide packing lists, certificates of origin and the documents needed for customs clearance and for the Buyer's import records. Title and risk in the Equipment pass to the Buyer on delivery to the mill, but the Supplier remains responsible for the Equipment while installing it.
P:6.6 The Supplier shall train at least 12 of the Buyer's maintenance engineers and four IT administrators at the mill, covering sensor mounting and replacement, gateway configuration, alarm handling, trend and spectrum analysis, user management and backup and restore of the Software, and shall hand over training materials in Chinese.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, including batteries that fail before their rated life, and provide Software updates and support free of charge.
P:7.2 The Supplier shall keep spare sensors and gateways of the supplied types, or compatible successors, available for at least eight years after Final Acceptance.
P:7.3 After the warranty period, the Buyer may order annual support. The annual support fee shall not exceed 8% of the Hardware and Licence Subtotal (CNY 109,200 per year) and is fixed for the first two years after the warranty period. Support is ordered by purchase order each year and does not renew automatically.
H:8. Service Levels
P:8.1 Faults are classified as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software unavailable, or a gateway down for a paper machine|2 hours|24 hours
TB:Severity 2|Individual sensors or interfaces failing|8 hours|3 working days
TB:Severity 3|Questions and minor defects|1 working day|next update
P:8.2 For each hour by which the Supplier exceeds a response or restoration time for a Severity 1 or Severity 2 fault, the Supplier shall pay CNY 800, deducted from any amount due or from the warranty bond.
H:9. Data Protection and Security
P:9.1 All measurement data, asset data, alarm histories and reports collected or generated by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy or use them for any other purpose.
P:9.2 The Software is installed on the Buyer's servers. The Supplier may access the System remotely only through the Buyer's VPN with two-factor authentication, after approval of each session, and shall comply with the Buyer's industrial network security rules and the Data Security Law of the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer data within 6 hours, assist in its remediation and be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all technical and commercial information of the Buyer received under this Contract, including process data and equipment layouts, and shall not disclose it without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Intellectual Property
P:11.1 The Supplier retains its intellectual property in the Equipment firmware and the Software.
P:11.2 The fault models, alarm configurations, interface programs and documentation prepared specifically for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:12. Delay and Liability
P:12.1 If the Supplier delays delivery or completion of installation for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages reach their maximum.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:16. General
P:16.1 Annex 1 (Asset List) and Annex 2 (Test Plan) form part of this Contract.
P:16.2 A party affected by force majeure shall notify the other party promptly and provide evidence; the affected obligations are suspended for the duration of the event. If the event lasts more than 90 days, either party may terminate the Contract by written notice.
P:16.3 Notices under this Contract shall be in writing and delivered by hand, courier or e-mail to the addresses stated above.
P:16.4 This Contract is made in English and Chinese in four originals, two for each party; both language versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, Sections + Schedules 1-3 as tables)
E04 = """# Managed IT Services Agreement

**Agreement No. GMS-CN-2026-014**

**Between** Ningbo Haishu Home Appliances Co., Ltd., a company established in Ningbo, Zhejiang Province, People's Republic of China ("Customer"), **and** Gascogne Managed Services SAS, 3 place de la Liberation, 32000 Auch, France, acting with its Shanghai branch office ("Supplier").

**Background.** Customer wishes to outsource the operation of its end-user computing, service desk and on-premises server infrastructure at its Ningbo headquarters and two factories. Supplier provides managed IT services to manufacturing companies and has submitted its proposal of 2 November 2026. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 3.3.

1.3 "Initial Term" means 36 months from the Service Commencement Date.

1.4 "Monthly Service Charge" means the charge stated in Schedule 2.

## Section 2 Services

2.1 Supplier shall provide the Services from the Service Commencement Date in accordance with this Agreement and the service levels in Schedule 3.

2.2 Supplier shall assign a named service delivery manager, hold monthly service reviews with Customer and deliver a monthly service report showing performance against each service level.

2.3 Supplier shall follow Customer's IT policies, change-management procedure and site safety rules.

2.4 Customer shall provide Supplier's on-site staff with desks, network access, access badges and the tools and accounts needed to perform the Services, and shall nominate an IT manager as Supplier's main contact.

2.5 Supplier shall propose at least two service improvement initiatives per year, such as automation of recurring tasks or reduction of repeat incidents, and shall implement those approved by Customer within the Monthly Service Charge where they do not require additional licences or hardware.

## Section 3 Transition

3.1 Supplier shall take over the Services from Customer's current provider within 75 days after signature of this Agreement, following the transition plan agreed at the kick-off meeting.

3.2 Transition includes the inventory of all devices and servers, the transfer of the service desk tooling and knowledge base, the set-up of monitoring for all servers and network devices in scope, and the shadowing of Customer's current provider for at least 15 working days.

3.3 Transition acceptance criteria: (a) the asset inventory reconciles with Customer's records; (b) monitoring covers every in-scope server and network device and test alerts reach the service desk; (c) the service desk has handled live tickets for ten working days meeting the Schedule 3 targets; (d) all runbooks listed in the transition plan are approved by Customer. When the criteria are met, Customer shall sign a transition acceptance certificate within five working days.

3.4 If the Service Commencement Date does not occur within 75 days after signature for reasons attributable to Supplier, Supplier shall pay Customer CNY 2,000 for each day of delay.

## Section 4 Charges and Payment

4.1 The charges are set out in Schedule 2. The total charges for the Initial Term are CNY 2,392,000, consisting of the Transition Charge and 36 Monthly Service Charges.

4.2 The Transition Charge is invoiced after transition acceptance. The Monthly Service Charge is invoiced monthly in arrears. Customer shall pay each undisputed invoice within 30 days after receipt.

4.3 Service credits under Schedule 3 are deducted from the invoice for the month following the month in which they arise.

## Section 5 Customer Data and Security

5.1 All data stored on or processed by Customer's systems, including business records, e-mail and personal information of employees and customers ("Customer Data"), belongs to Customer. Supplier shall process Customer Data only to provide the Services and shall not use it for any other purpose.

5.2 Supplier shall access Customer's systems only through Customer's privileged-access management system with named accounts, shall not store Customer Data outside Customer's environment, and shall comply with the Personal Information Protection Law, the Data Security Law and Customer's information security policy.

5.3 Supplier shall notify Customer of any actual or suspected security incident affecting Customer Data within 2 hours after discovery, contain it, cooperate in the investigation, and compensate Customer for losses caused by Supplier's breach of this Section 5.

## Section 6 Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff who need it and are bound by equivalent duties. This obligation survives for five years after the end of this Agreement.

## Section 7 Intellectual Property

7.1 Supplier keeps its tools, methods and pre-existing materials.

7.2 Runbooks, scripts, configuration records and documentation created by Supplier specifically for Customer belong to Customer, which may use, modify and give them to any successor provider without restriction.

## Section 8 Personnel and Subcontracting

8.1 Supplier shall provide qualified staff and replace any person whom Customer reasonably objects to.

8.2 Supplier shall not subcontract any part of the Services without Customer's prior written consent. Supplier remains responsible for any approved subcontractor.

## Section 9 Term, Renewal and Termination

9.1 This Agreement starts on signature and continues for the Initial Term.

9.2 At the end of the Initial Term, this Agreement renews automatically for successive renewal terms of two years each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term. For each renewal term, Supplier may increase the Monthly Service Charge by up to 6% by written notice given 60 days before the renewal.

9.3 Service credits under Schedule 3 are Customer's sole and exclusive remedy for any failure to meet the service levels. Neither party may terminate this Agreement before the end of the Initial Term or any renewal term, for breach or otherwise; the parties shall resolve performance issues through the escalation procedure in Section 10 and the service credits. Supplier may suspend the Services if Customer fails to pay undisputed invoices within 60 days after a reminder.

9.4 On expiry Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 2, hand over all Customer Data and documentation and cooperate with Customer's successor provider.

## Section 10 Escalation

10.1 Service issues are escalated first to the service delivery manager and Customer's IT manager, then to the monthly service review, and then to the executives of both parties, each within ten working days.

10.2 For each escalated issue Supplier shall prepare a written improvement plan with actions, owners and dates, and report on its progress at every monthly service review until Customer confirms that the issue is closed.

## Section 11 Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 Each party's total liability under this Agreement is limited to 150% of the total charges for the Initial Term. The limit does not apply to breach of Section 5 or Section 6, personal injury or wilful misconduct.

## Section 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be resolved under Section 10 shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English phone, e-mail and portal support for about 1,350 users | 7:00-22:00, seven days |
| End-user computing | Deployment, repair and patching of about 1,400 PCs and laptops, 160 printers | working days on site, three sites |
| Server and storage operations | Monitoring, patching, backup and restore of 96 virtual and 14 physical servers | 24x7 monitoring |
| Network operations | Monitoring and configuration of switches, firewalls and wireless networks | 24x7 monitoring |
| Asset management | Hardware and software inventory, licence compliance reports | monthly |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after transition acceptance | 88,000 |
| Monthly Service Charge | per month, 36 months x CNY 64,000 | 2,304,000 |
| Total for the Initial Term | | 2,392,000 |
| Additional work | per engineer day, by change order | 2,600 |

## Schedule 3 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit if missed |
|---|---|---|---|---|
| P1 | A factory production system, the ERP or site network is down | 15 minutes | 6 hours | 3% of the Monthly Service Charge per incident |
| P2 | A department or critical server degraded | 1 hour | 10 hours | 1% of the Monthly Service Charge per incident |
| P3 | A single user affected | 2 hours | 2 working days | none |
| Service desk | Calls answered within 60 seconds | 90% of calls per month | | 2% of the Monthly Service Charge |

Total service credits in a month shall not exceed 10% of the Monthly Service Charge.

For Customer: ____________________ For Supplier: ____________________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, numbered clauses)
E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. AD-2026-CN-031

PARTIES

Ariege Donnees Terrestres SAS, 9 allee de Villote, 09000 Foix, France ("Provider").

Chengdu Tianfu Agritech Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer").

BACKGROUND

Provider compiles and licenses satellite-derived vegetation, soil-moisture and weather datasets and makes them available through an application programming interface (the "API"). Customer advises farming cooperatives in Sichuan and Chongqing on irrigation and fertiliser use and wishes to subscribe to Provider's data for its advisory platform. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the datasets described in clause 2.1, as updated by Provider from time to time.

1.2 "Subscription Year" means each period of 365 days starting on the Start Date or its anniversary. The Subscription Term consists of two Subscription Years.

1.3 "Start Date" means the date of Customer's written acceptance of the Initial Delivery under clause 4.

1.4 "Customer Materials" means field boundaries, crop plans, farm identifiers and any other information that Customer uploads or submits through the API.

1.5 "Custom Layers" means the derived map layers and crop-stage models that Provider prepares specifically for Customer under clause 2.3.

2. SUBSCRIPTION

2.1 Provider shall provide Customer with access to the following datasets for the region of Sichuan Province and Chongqing Municipality: (a) vegetation index at 10-metre resolution, updated every five days, with the archive from 2019; (b) surface soil-moisture estimates at 1-kilometre resolution, updated daily; (c) gridded weather observations and seven-day forecasts, updated four times a day.

2.2 Access is provided through the API with up to 2,000,000 calls per Subscription Year and through bulk download of the archive. Calls above this volume are charged at the overage rate in clause 5.3.

2.3 During the first Subscription Year Provider shall prepare Custom Layers for rice, rapeseed and citrus, calibrated with field observations supplied by Customer.

3. LICENCE AND RESTRICTIONS

3.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to use the Data in its advisory platform and to display it, and products derived from it, to the cooperatives and farmers that use that platform.

3.2 Customer shall not resell the raw Data or make it available through a public API. Derived maps, alerts and recommendations may be retained by Customer and its users after the Subscription Term.

3.3 Customer shall display the attribution notice set out in Annex 1 where raw Data is shown to users, and shall keep its API keys secure and inform Provider without delay if it believes a key has been compromised.

3.4 Provider may change the format of a dataset or retire an API version only after giving Customer at least 90 days' written notice, and shall keep the previous API version available during that period.

4. INITIAL DELIVERY AND ACCEPTANCE

4.1 Within 30 days after signature Provider shall deliver API credentials, documentation and the historical archive for the region (the "Initial Delivery").

4.2 Together with the Initial Delivery Provider shall hold two online training sessions for Customer's developers and agronomists, covering the API endpoints, the meaning and known limitations of each dataset, and examples of integration into Customer's platform.

4.3 Customer shall test the Initial Delivery within 15 working days against the following criteria: (a) the archive covers the full region and period in clause 2.1 with no missing tile for more than 2% of the dates; (b) API responses conform to the documentation for every endpoint in the agreed test list; (c) values for 50 reference points agree with the sample values provided in Provider's offer. Customer shall either sign a written acceptance or list the failures, which Provider shall correct before a repeated test.

5. FEES AND PAYMENT

5.1 The fees are as follows: subscription fee for Subscription Year 1, CNY 386,000; subscription fee for Subscription Year 2, CNY 386,000; one-time set-up and Custom Layer fee, CNY 22,000. The total fees for the Subscription Term are CNY 794,000, inclusive of VAT.

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The set-up and Custom Layer fee is invoiced after delivery of the Custom Layers. Invoices are payable within 30 days.

5.3 Overage calls are charged at CNY 45 per 1,000 calls, invoiced quarterly in arrears. Overage charges are not part of the total fees.

5.4 The fees are fixed for the Subscription Term.

5.5 Provider shall issue Chinese VAT invoices through its invoicing agent named in Annex 1. Customer may withhold any disputed part of an invoice in good faith while the parties resolve the dispute, and shall pay the undisputed part on time.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to update the Data on the schedule in clause 2.1, subject to the availability of satellite and weather sources beyond its control.

6.2 Provider will provide e-mail support in English and Chinese during Provider's normal business hours and will use commercially reasonable efforts to answer support requests promptly.

6.3 Provider may perform maintenance on the API and will try to give Customer notice of maintenance that is expected to affect access.

6.4 Provider will publish on its customer portal a list of known gaps and corrections in the Data, and Customer may report suspected data errors by e-mail for Provider to investigate.

7. CUSTOMER MATERIALS AND DATA SECURITY

7.1 Customer Materials remain the property of Customer. Provider shall use Customer Materials only to provide the Data, the API and the Custom Layers to Customer, and shall not use them for any other purpose or disclose them to any third party.

7.2 Provider shall host the API service for Customer and all Customer Materials on servers located in mainland China, operated by the hosting provider named in Annex 1, and shall protect Customer Materials with encryption in transit and at rest, access control limited to named staff, and logging of administrative access.

7.3 Provider shall inform Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Materials, take measures to limit the consequences, and compensate Customer for losses resulting from Provider's failure to comply with this clause 7.

7.4 At the end of the Subscription Term Provider shall return Customer Materials in a common format and delete all copies within 30 days.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with this Agreement, including the terms of this Agreement, and shall use it only for this Agreement. This obligation continues for three years after the end of the Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider owns all rights in the Data, the API and its underlying methods.

9.2 The Custom Layers, together with the calibration parameters and documentation delivered with them, belong to Customer. Customer may use, modify and license them freely, including after the Subscription Term.

10. SUBCONTRACTING

10.1 Provider may use the hosting provider named in Annex 1. Provider shall not otherwise subcontract any part of its obligations without Customer's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. Any extension requires a written amendment signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid subscription fee for the remaining part of the Subscription Year.

11.3 On expiry or termination Customer's access to the API ends, and clause 7.4 applies. Clauses 3.2, 7, 8, 9.2 and 12 survive.

12. LIABILITY

12.1 Provider does not warrant that the Data is free of errors or fit for any particular agronomic decision. Customer is responsible for the advice it gives to its users.

12.2 Neither party is liable for indirect or consequential loss, including loss of crops or profit.

12.3 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for breach of clause 7 or clause 8 and wilful misconduct.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that the parties cannot settle by negotiation within 30 days shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

14. GENERAL

14.1 Annex 1 (Hosting Provider and Technical Specification) forms part of this Agreement.

14.2 Neither party is responsible for a failure to perform caused by events beyond its reasonable control, such as natural disasters, government action or the failure of satellite operators, provided that it informs the other party promptly and resumes performance as soon as possible.

14.3 Neither party may assign this Agreement without the prior written consent of the other party.

14.4 Notices shall be given in writing by courier or e-mail to the addresses in Annex 1.

14.5 This Agreement is signed in two originals in English.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- design: files, labels, the rules I expect
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(*vals):
    assert len(vals) == len(T_KEYS)
    return dict(zip(T_KEYS, vals))


G, S = "goods_or_licence", "service"
# name, format, source, lang, category, terms, extra (sla_clause, ld_stated, capped|None, deemed, value),
# tco (fee base, warranty months, fee %) or None, forum outside mainland China, design rules
DESIGN = {
    "h850z01": ("h850z01_cdc_rabies_exposure_platform.pdf", Z01, "zh", "software",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                      False, "PRC", G),
                (True, True, True, False, 1480000), (860000, 24, 9), False, []),
    "h850z02": ("h850z02_earmuff_factory_line_control_retrofit.docx", Z02, "zh", "hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 18, 7, False, True, True,
                      "PRC", G),
                (True, True, True, False, 1510000), (1230000, 18, 7), False,
                ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h850z03": ("h850z03_oil_painting_chain_booking_saas.txt", Z03, "zh", "cloud",
                terms(99.5, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, True,
                      True, False, "PRC", S),
                (True, True, None, False, 540000), None, False,
                ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
    "h850z04": ("h850z04_agriculture_bureau_drone_spraying_om.txt", Z04, "zh", "services",
                terms(99.95, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False,
                      False, False, "PRC", S),
                (True, True, None, False, 386000), None, False,
                ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h850z05": ("h850z05_letterpress_studio_tracking_supplier_template.md", Z05, "zh", "software",
                terms(None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25, False, True,
                      None, None, G),
                (True, True, True, True, 380000), (260000, 6, 25), False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h850e01": ("h850e01_dairy_quality_licence_aurillac_vendor.pdf", E01, "en", "software",
                terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                      "France", G),
                (True, True, True, False, 1694000), (1260000, 18, 11), True, ["CR-GOVERNING-LAW"]),
    "h850e02": ("h850e02_field_service_saas_order_form_mende.md", E02, "en", "cloud",
                terms(99.95, 0.5, True, "buyer", True, False, True, 300 / 450000 * 100, 6 / 24 * 100, None, True,
                      None, None, None, False, True, False, "PRC", S),
                (True, True, None, False, 450000), None, False, ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "h850e03": ("h850e03_paper_mill_vibration_sensors_gueret.docx", E03, "en", "hardware",
                terms(None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False,
                      "PRC", G),
                (True, True, True, False, 1570000), (1365000, 36, 8), False, []),
    "h850e04": ("h850e04_managed_it_services_36_months_auch.md", E04, "en", "services",
                terms(None, 0.25, True, "buyer", True, True, True, 2000 / 2392000 * 100, 150, None, True, None, None,
                      None, True, False, False, "PRC", S),
                (True, True, None, False, 2392000), None, False, ["CR-AUTO-RENEWAL", "CR-TERMINATION"]),
    "h850e05": ("h850e05_agri_data_api_subscription_foix.txt", E05, "en", "cloud",
                terms(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                      True, False, "PRC", S),
                (False, False, None, False, 794000), None, False,
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40


def tco_share(value, tco):
    base, wm, pct = tco
    years = max(0.0, 5 - wm / 12)
    post = years * base * pct / 100
    return post / (value + post) * 100


def derive(t, sla, ld_stated, capped, deemed, value, tco, forum_out):
    """My reading of policy section 3, applied to the labels."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco is not None and t["post_warranty_fee_pct"] is not None and tco_share(value, tco) > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold text scan
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"四个?小时|four\s*hours?",
    r"(?<![\d.])0\.05(?![\d])",
    r"万分之五(?!十)|0\.5\s*‰",
    r"(?<![\d.,])(?:100|30|15|40)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:一百|三十|十五|四十)(?![\d一二三四五六七八九点])",
    r"(?:one\s*hundred|thirty|fifteen|forty)\s*(?:%|per\s*cent|percent)",
    r"(?<![\d.])12\s*(?:months?|个月)",
    r"十二个月|twelve\s*months?",
]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "0.05%", "万分之五", "30%", "30 %", "百分之三十", "15%",
            "40 percent", "100%", "100.0%", "12 months", "12个月", "十二个月", "twelve months", "four hours"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.055%", "0.5%", "130%", "115%", "240%", "1.15%",
             "35%", "45%", "112 months", "18 months", "十八个月", "万分之五十", "1,500", "30 days", "15 working days",
             "2,304,000", "24x7", "百分之三十五"]


def hits(text):
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text, re.I)]


for s in MUST_HIT:
    assert hits(s), s
for s in MUST_MISS:
    assert not hits(s), s


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources = {k: v[1] for k, v in DESIGN.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (DESIGN[k][0], DESIGN[k][0].rsplit(".", 1)[1]) for k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, v in DESIGN.items():
        if v[0].endswith((".txt", ".md")):
            (OUT / v[0]).write_text(v[1], encoding="utf-8")
            print("wrote", v[0])

    covered = set()
    problems = []
    for k, (name, src, lang, cat, t, extra, tco, forum_out, design) in DESIGN.items():
        sla, ld_stated, capped, deemed, value = extra
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok_len = lo <= n <= hi
        found = hits(text) + hits(re.sub(r"\s+", " ", text)) + hits(re.sub(r"\s", "", text))
        for key, th in TH.items():
            assert t[key] is None or t[key] != th, (k, key)
        share = tco_share(value, tco) if tco else None
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (k, share)
        rules = derive(t, sla, ld_stated, capped, deemed, value, tco, forum_out)
        covered |= set(rules)
        print("%s %-5s len=%d%s share=%s rules=%s risk=%s %s" % (k, lang, n, "" if ok_len else " OUT OF RANGE",
              None if share is None else round(share, 2), rules, risk(rules), ("THRESHOLD TEXT %s" % found) if found else ""))
        if not ok_len or found or rules != sorted(design):
            problems.append(k)
        ex = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            ex["post_warranty_fee_capped"] = capped
        ex["acceptance_deemed_on_delivery"] = deemed
        ex["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": ex,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    print("rules not covered:", missing)
    n_compliant = [k for k, v in DESIGN.items() if not v[-1]]
    print("compliant:", n_compliant)
    assert not missing
    assert not problems, problems
    # the mix of the brief
    n_rules = {k: len(v[-1]) for k, v in DESIGN.items()}
    assert sorted(k for k, n in n_rules.items() if n == 0) == ["h850e03", "h850z01"]
    assert DESIGN["h850e01"][-1] == ["CR-GOVERNING-LAW"]
    assert 8 <= n_rules["h850z05"] <= 10
    assert sorted(k for k, n in n_rules.items() if 2 <= n <= 3) == ["h850e02", "h850e04", "h850e05", "h850z02",
                                                                     "h850z03", "h850z04"]
    print("all checks passed")
