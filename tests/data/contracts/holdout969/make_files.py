"""holdout969: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf go
through ../word_pdf.py (markup T:/H:/P:/TB:). Labels are written here; each draft's rules are derived from its labels
by this file's reading of policy section 3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市住房和城乡建设局共有产权住房申购平台软件许可及定制开发合同（政府采购）
P:合同编号：ZJJ-GCCQ-2027-016　采购方式：公开招标
P:甲方（采购人）：某市住房和城乡建设局
P:乙方（供应商）：某某数字城市科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方在甲方合同文本基础上订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供共有产权住房申购平台软件（含申购受理、资格审核、摇号排序、选房管理、合同网签、统计分析六个模块）的永久使用许可，部署于甲方政务云。
P:1.2 乙方按甲方需求定制开发：与公安人口库、民政婚姻库、不动产登记库、公积金系统、社保系统的数据核验接口；申购进度短信及政务服务网推送；面向申购家庭的移动端小程序。
P:1.3 乙方负责安装部署、存量申购数据迁移、系统联调及甲方业务人员、窗口人员的培训。
P:1.4 存量数据包括历年申购家庭档案约六万八千户、审核记录及选房结果，乙方应在迁移前制定迁移方案并经甲方书面确认，迁移过程中保留原系统数据不作删改，迁移完成后出具数据核对报告。
H:第二条 合同价款
P:2.1 合同总价为人民币1,540,000元（含税），包括：平台软件许可费780,000元；定制开发费640,000元；实施部署费96,000元；培训费24,000元。
P:2.2 合同总价为固定价格，除甲方书面确认的需求变更外，不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起九十日内完成部署及定制开发并申请初步验收。
P:4.2 初步验收通过后系统试运行两个月，试运行期满后进行最终验收。
P:4.3 乙方应在合同签订后七日内成立项目组，指定具有高级职称的项目经理常驻甲方现场，未经甲方同意不得更换项目经理及核心开发人员。乙方每周向甲方提交项目周报，说明进度、风险及需甲方配合的事项。
P:4.4 甲方负责提供政务云资源、网络环境及各委办局接口的对接协调，并在乙方书面提出后五个工作日内确认需求说明书。
H:第五条 验收
P:5.1 初步验收标准：六个功能模块及全部定制功能与招标文件技术需求逐项相符；五个核验接口连续十个工作日调用成功、结果准确；迁移数据经全量比对无差错；在500个并发用户下页面平均响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间无一级故障；第三方机构出具的网络安全等级保护测评及商用密码应用安全性评估报告无高风险项；技术文档、源代码及操作手册齐全。
P:5.3 甲方组织验收小组，按上述标准出具书面验收报告。系统上线试运行、甲方使用系统或支付款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不高于平台软件许可费的9%（即不高于70,200元/年），该价格自质保期满起三年内不上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 乙方提供7×24小时服务热线。一级故障（平台无法申购或无法审核）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障于下一个工作日内解决。
P:7.2 乙方响应或恢复超时的，每超时一小时，向甲方支付1,000元服务违约金，甲方可从应付款项中扣除。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的接口程序、小程序、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改及再开发。
H:第九条 数据安全
P:9.1 平台内的申购家庭信息、审核结果及其他业务数据均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，运维须经甲方堡垒机进行，不得将数据拷贝出政务云。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、个人信息及技术资料负保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 逾期超过三十日的，甲方有权解除合同，并要求乙方退还已付款项。
P:11.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:乙方不得将本合同项目转包或分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除本合同并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证金
P:乙方应在合同签订后十日内向甲方提交合同总价5%的银行履约保函，有效期至最终验收后三个月。乙方未履行合同义务的，甲方有权就保函主张相应款项。
H:第十六条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在三日内通知对方并于十五日内提供证明，根据不可抗力的影响部分或全部免除责任。不可抗力持续超过六十日的，双方协商是否继续履行。
H:第十七条 培训与交付文档
P:17.1 乙方应对甲方管理员、审核人员及窗口人员分批开展培训，累计不少于八十人次，培训结束后进行操作考核。
P:17.2 乙方交付的文档包括需求规格说明书、概要设计、数据库设计、接口说明、部署手册、运维手册、用户手册及全部定制部分的源代码，均以纸质及电子形式各交付一份。
H:第十八条 需求变更
P:18.1 甲方因政策调整需变更申购规则、摇号规则或审核流程的，应书面通知乙方。变更工作量在五十人日以内的，乙方不另行收费；超出部分由双方按投标文件中的人日单价协商确定，并签订补充协议。
P:18.2 未经甲方书面确认，乙方不得擅自变更系统功能、技术路线或部署架构。
H:第十九条 国产化适配与安全要求
P:19.1 平台应适配国产操作系统、国产数据库及国产中间件，并通过甲方组织的兼容性测试。
P:19.2 乙方应配合甲方完成网络安全等级保护测评、商用密码应用安全性评估及年度安全检查，对测评中发现的问题在甲方规定期限内免费整改完毕。
P:19.3 平台涉及摇号排序的算法、随机数来源及操作日志应完整留存并可供公证机构及监督部门查验。
H:第二十条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及澄清文件为本合同组成部分。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2027年　月　日
"""

Z02 = """T:面包生产线控制系统改造项目合同
P:合同编号：MBJ-ZK-2027-03
P:甲方：某某食品机械（面包机）有限公司
P:乙方：某某工业自动化工程有限公司
P:甲方为提高面包机总装线、烘烤测试线及包装线的自动化水平，委托乙方对上述三条生产线的控制系统进行改造。双方经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责更换三条生产线原有继电器控制柜及老旧PLC，新增触摸屏人机界面、变频器及伺服驱动、烘烤测试温控模块，并部署生产数据采集软件，实现工位节拍、测试温度曲线、不良品及能耗数据的自动采集。
P:1.2 乙方负责编写PLC程序及人机界面画面，开发与甲方现有MES系统的数据接口，完成安装、接线、调试及试生产保障。
P:1.3 改造应利用甲方每年春节及国庆期间的停产窗口分线实施，每条线停线时间不超过七日，不得影响其他生产线正常运行。
P:1.4 技术要求：新PLC应选用主流品牌并预留不少于20%的I/O余量；人机界面支持中文操作、配方管理及报警记录查询；数据采集软件采集周期不大于一秒，历史数据保存不少于三年；控制柜防护等级不低于IP54，适应烘烤车间高温环境。
P:1.5 甲方负责提供停产窗口、现场动力电源、压缩空气及原有设备图纸资料，并指定设备部负责人作为项目联系人。
H:第二条 合同价款
P:2.1 合同总价为人民币1,560,000元（含13%增值税），分项如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、电源）|6套|588,000
TB:2|触摸屏人机界面|12台|102,000
TB:3|变频器及伺服驱动|1批|320,000
TB:4|烘烤测试温控模块|1批|86,000
TB:5|生产数据采集软件许可（永久）|1套|164,000
TB:|设备及软件小计||1,260,000
TB:6|安装调试|1项|168,000
TB:7|PLC及人机界面程序开发、MES接口开发|1项|112,000
TB:8|操作及维护培训|1项|20,000
TB:|合同总价||1,560,000
P:2.2 上述价格包括设备运输、保险、安装辅材、调试及乙方人员差旅，甲方不再支付其他费用。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方开箱清点签收后十五日内，甲方支付合同总价的55%。到货签收不代表质量验收。
P:3.3 三条生产线全部通过最终验收后十五日内，甲方支付合同总价的35%。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后六十日内将全部设备运抵甲方工厂。
P:4.2 总装线、烘烤测试线、包装线应分别在甲方指定的停产窗口内完成改造并恢复生产，全部改造应于合同生效后一百五十日内完成。
P:4.3 每条生产线停线改造前，乙方应提交详细的切换方案、回退方案及人员安排，经甲方设备部审核同意后方可实施。切换失败的，乙方应在停线窗口结束前恢复原控制系统，确保甲方按计划复产。
P:4.4 乙方应指定一名具有电气工程师资格的项目经理负责本项目，每周向甲方报送进度及下周计划。
H:第五条 验收
P:5.1 单线验收：每条生产线改造完成后连续试生产五个班次，设计节拍达到技术协议要求，烘烤测试温度控制偏差不超过正负2摄氏度，急停、安全光幕、门禁联锁功能全部有效，数据采集与MES接口数据一致。
P:5.2 最终验收：三条生产线均通过单线验收并连续稳定运行三十日，无因控制系统导致的停线事故，乙方交付电气图纸、PLC源程序、人机界面工程文件、接口说明及操作维护手册。
P:5.3 甲方组织生产、设备、质量部门按上述标准验收并签署验收报告。设备安装完毕或投入试生产均不视为验收合格。
H:第六条 质量保证与售后维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件因质量问题发生的故障，乙方免费维修或更换，并免费提供软件升级。
P:6.2 一级故障（整条生产线停线）乙方应在1小时内远程响应，6小时内到达现场；二级故障（单工位停用）应在8小时内响应，24小时内修复。
P:6.3 乙方响应或到场超时的，每超时一小时，向甲方支付800元。
P:6.4 质保期满后，乙方提供年度维保服务，年维保费为设备及软件小计的8%，即100,800元/年，该费用在质保期满后三年内保持不变。维保服务包括每季度一次预防性巡检、备件优惠供应及故障响应。
P:6.5 乙方应在甲方工厂备有常用备品备件，包括PLC电源模块、I/O模块、触摸屏及变频器各不少于一件，备件清单作为技术协议附件。质保期内备件消耗由乙方免费补足。
H:第七条 知识产权
P:7.1 采集软件及设备内置软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、人机界面画面、MES接口程序及图纸资料的知识产权归甲方所有，乙方应交付全部源程序，甲方可自行修改或委托他人修改。
H:第八条 数据安全
P:8.1 生产数据、工艺参数及配方数据归甲方所有，乙方不得用于本合同以外的目的，不得向任何第三方提供。
P:8.2 乙方远程维护须经甲方书面批准并通过甲方指定的远程接入方式进行，操作全程留存日志；乙方不得在控制系统中留存后门或未声明的远程通道。
P:8.3 因乙方原因造成甲方数据泄露、篡改或控制系统遭受网络攻击的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方产品设计、工艺参数、产能及客户信息负有保密义务，保密期限至本合同终止后五年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方原因造成甲方停线超出约定窗口的，乙方还应赔偿甲方由此造成的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:乙方可将电气安装接线及线槽桥架施工交由具备相应资质的安装单位实施，但应提前五个工作日书面告知甲方，乙方对其施工质量和安全负责。
H:第十二条 安全生产
P:乙方进场人员应遵守甲方安全生产及食品卫生管理制度，动火、登高及带电作业须办理作业许可。乙方人员在甲方厂区内发生的安全事故由乙方负责。施工结束后乙方应清理现场，拆除的旧控制柜、电缆等物资按甲方要求分类堆放，归甲方处置。进入生产车间的乙方人员须穿戴工作服、工作帽，不得携带食品及玻璃制品。
H:第十三条 培训
P:乙方应为甲方设备维修人员及班组长提供不少于五天的现场培训，内容包括控制原理、PLC程序结构、常见故障排查、参数备份与恢复及人机界面操作。培训结束后进行考核，考核合格人员应能独立处理常见故障。
H:第十四条 不可抗力
P:因不可抗力导致一方不能按期履行的，应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 合同解除
P:乙方逾期超过三十日或交付的控制系统经两次调试仍无法通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:第十六条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十七条 其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

Z03 = """冥想课程连锁门店预约及会员管理系统服务合同

合同编号：JX-SAAS-2027-08
甲方：某某静心文化传播有限公司（旗下“静观”冥想课程连锁门店三十家）
乙方：某某云约信息技术有限公司

甲方拟为其全国三十家冥想课程门店统一使用课程预约及会员管理系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店开通云约预约及会员管理系统，功能包括：课程排期与教室管理、小程序及公众号在线预约、候补与签到、会员卡与次卡管理、储值与线上支付对接、导师排班及课时统计、营销活动与优惠券、经营报表。
2. 每家门店开通一个门店管理账号、不超过六个导师账号，总部开通十个管理账号。新增门店按本合同单价另行计费。
3. 乙方负责系统的运行、维护、安全防护、数据备份及版本升级，新版本功能对甲方免费开放。
（二）实施服务
1. 乙方负责系统初始配置，包括门店、教室、课程体系、会员卡种及价格体系的设置。
2. 乙方负责将甲方现有表格及旧系统中的会员资料、剩余课时及储值余额迁移至新系统，并与甲方逐店核对。
3. 乙方为总部运营人员及门店店长提供集中培训，为门店前台提供线上培训及操作视频。
4. 乙方按甲方要求定制会员成长等级规则、总部经营驾驶舱及与甲方财务系统的对账接口。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统通过上线验收之日起算，每个服务年度为期一年。
（二）实施服务应于合同签订后四十五日内完成，并申请上线验收。
（三）新旧系统切换应分批进行，首批五家试点门店运行一周无重大问题后，再推广至其余门店。切换期间乙方应安排实施顾问驻场或远程值守，确保门店课程预约及会员消课不受影响。

三、费用及支付
（一）费用构成：
1. 订阅服务费：每家门店每个服务年度6,800元，三十家门店每个服务年度204,000元，两个服务年度合计408,000元；
2. 实施服务费（含配置、数据迁移、培训及定制开发）：一次性86,000元；
3. 合同总价：人民币494,000元（含税）。
（二）支付方式：
1. 实施服务费在系统通过上线验收后十五日内一次性支付；
2. 每个服务年度的订阅服务费，在该服务年度开始后十五日内支付。
（三）乙方收款前应开具增值税专用发票。会员在线支付的款项直接进入甲方收款账户，乙方不经手、不截留。

四、上线验收
（一）验收标准：三十家门店全部完成配置并可正常预约、签到及消课；迁移的会员资料、剩余课时及储值余额与甲方确认的清单逐条核对一致；在线支付及退款测试通过；定制功能与需求确认书一致；系统在高峰时段（每日19时至21时）预约操作平均响应时间不超过2秒。
（二）乙方完成实施后书面提交验收申请，甲方在七个工作日内组织验收并出具书面意见。未通过的，乙方应在十日内整改后重新提交验收。

五、服务水平
（一）乙方提供每日8时至22时的客服热线及在线工单服务。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约、签到或支付）：15分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般咨询及非紧急问题）：下一个工作日内答复。
（三）系统计划维护应安排在每日23时至次日6时之间，并提前三日通知甲方。
（四）服务补偿：一级故障恢复超时的，每超时一小时，按当期服务年度订阅服务费的千分之二抵扣下一期费用；当月累计发生三次以上一级故障的，乙方另按当月订阅服务费的10%予以抵扣。

六、数据权属与数据安全
（一）甲方及其会员在系统中产生的会员信息、预约记录、消费及储值数据归甲方所有。
（二）乙方有权在去标识化处理后，将甲方门店的预约时段、课程偏好、到店率等数据进行汇总，用于行业研究报告及乙方产品的优化改进，并可在合同终止后继续使用该等汇总数据。
（三）乙方应采取加密存储、传输加密、访问权限分级、操作日志留存等措施保障数据安全，系统部署于中国境内的数据中心，每日进行数据备份。
（四）发生数据泄露、毁损等安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除系统内的甲方数据并出具书面确认。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制的会员成长等级规则、经营驾驶舱及对账接口，其源代码、配置及文档归甲方所有，甲方可自由使用、修改或交由第三方维护。

八、保密
双方对履约中获知的对方商业信息、经营数据、价格信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

九、违约责任
（一）乙方未能按期完成实施服务的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方违反数据安全义务的，应赔偿甲方因此遭受的全部损失，包括向会员支付的赔偿及行政罚款。
（三）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（四）任何一方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。

十、续期
第二个服务年度届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，并可依此方式多次续期。续期时乙方有权根据市场情况调整订阅服务费单价，调整后的单价以乙方书面通知为准。

十一、分包
乙方不得将本合同项下的服务分包给第三方；确需将线下培训交由合作方实施的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应退还未履行期间的订阅服务费。
（二）因乙方原因导致一级故障在一个服务年度内累计超过六次的，甲方有权解除合同。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

十四、甲方义务
（一）甲方应指定总部运营负责人作为项目联系人，及时提供门店清单、课程体系、会员卡种及迁移所需资料，并在五个工作日内确认乙方提交的配置方案。
（二）甲方应妥善保管各级账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应确保其向会员收集个人信息已取得会员的同意，并在小程序中展示经双方确认的隐私政策。

十五、门店增减
服务期内甲方新开门店的，按每店每个服务年度6,800元的单价，自开通之日起按剩余月份折算计费；甲方关闭门店的，可停用该门店账号，但已支付的当期订阅服务费不予退还。

十六、不可抗力
因地震、洪水、战争、政府行为或公共网络大面积中断等不可抗力导致服务中断的，受影响一方不承担违约责任，但应及时通知对方并尽力减少损失。

十七、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。需求确认书及门店清单为本合同附件。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

Z04 = """某县林业局负氧离子浓度监测发布系统运维服务合同

项目编号：LYJ-CS-2026-21（竞争性磋商）
采购人（甲方）：某县林业局
供应商（乙方）：某某环境监测技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就负氧离子浓度监测发布系统年度运维服务订立本合同。

第一条 服务对象
（一）本合同运维对象为甲方建设的负氧离子浓度监测发布系统，包括：分布于国家森林公园、湿地公园及主要景区的负氧离子监测站四十二个（含负氧离子传感器、温湿度及PM2.5传感器、太阳能供电单元、数据传输终端）；景区入口及县城广场的户外LED发布屏九块；监测数据中心平台软件及微信公众号发布模块。
（二）设备清单、安装位置及平台配置以本合同附件一为准。

第二条 服务内容
（一）日常巡检：乙方每月对全部监测站进行一次现场巡检，检查传感器、供电、通信及防雷接地状况，清洁传感器进气口及太阳能板，并填写巡检记录。
（二）定期校准：乙方每季度使用经计量检定合格的标准仪器对负氧离子传感器进行一次比对校准，校准记录报甲方备案；比对偏差超出技术规范要求的，应及时更换或返厂校准。
（三）故障维修：乙方负责设备及平台故障的诊断和维修，单价在2,000元以下的零配件更换费用包含在服务费中；单价超过2,000元的配件，经甲方书面确认后由甲方另行支付。
（四）数据审核与发布：乙方每日对监测数据进行审核并保存审核记录，对连续异常的站点及时安排现场核查，剔除因设备故障、雷雨等原因产生的异常值，保证公众号及发布屏每小时更新一次；每月5日前向甲方提交上月数据报告。
（五）平台维护：乙方负责数据中心平台软件的日常运行维护、缺陷修复、操作系统补丁更新及数据库备份，配合甲方完成向省林业主管部门及气象部门的数据报送，并根据甲方需要调整公众号发布页面的栏目和展示样式。
（六）应急保障：在森林防火期、重大节假日及上级检查期间，乙方应安排专人值守，确保发布屏正常显示；遇雷暴、台风预警时，乙方应提前检查防雷设施并做好设备加固。

（七）设备迁移：因景区改造需要移动监测站或发布屏的，乙方负责拆装、调试及重新接入平台，每年不超过三站次的不另收费。
（八）年度总结：服务期满前，乙方应提交年度运维总结报告，内容包括设备运行状况、故障统计分析、传感器老化评估及下一年度设备更新建议。

第三条 服务期限
（一）服务期自2027年1月1日起至2027年12月31日止。
（二）合同签订后七日内，乙方应会同甲方及原运维单位对全部设备进行现场清点和状态确认，形成交接清单。交接时已损坏的设备由甲方另行安排维修，不计入乙方考核。

第四条 服务费用
（一）本合同服务费总额为人民币426,000元（含税），包括人工费、交通费、校准费、小额配件费、通信流量费及平台维护费。
（二）服务费按季度支付：每季度结束后，经甲方考核合格的，甲方在收到乙方发票后十五个工作日内支付当季服务费106,500元。
（三）季度考核不合格的，甲方按考核细则扣减当季服务费。

第五条 服务标准与故障响应
（一）故障分级：
1.一级故障：数据中心平台瘫痪，或发布屏全部无法显示；
2.二级故障：单个监测站数据中断或单块发布屏黑屏；
3.三级故障：个别传感器数据异常、不影响发布的其他问题。
（二）乙方接到一级故障报修后1小时内响应，6小时内修复；二级故障2小时内响应，四十八小时内修复；三级故障在下一次巡检时处理，最迟不超过七日。
（三）乙方响应或修复超时的，每超时一小时扣减当季服务费500元；同一站点当季数据缺失超过七日的，每站扣减当季服务费1,000元。
（四）每季度数据有效上传率由甲方根据平台记录统计，纳入季度考核。

第六条 季度考核
（一）甲方每季度末依据巡检记录、校准记录、故障处理记录、数据报告及平台运行情况对乙方进行考核，满分一百分，八十分以上为合格。
（二）考核内容：巡检完成情况二十分，校准完成情况二十分，故障响应及修复二十五分，数据审核与发布二十五分，资料报送十分。
（三）考核结果以书面形式通知乙方，乙方有异议的可在五个工作日内提出复核。
（四）考核中发现的问题，乙方应在甲方规定的期限内整改，并在下一季度考核时报告整改情况。甲方可随时对站点进行抽查，抽查结果计入当季考核。

第七条 成果及知识产权
运维过程中形成的巡检记录、校准报告、数据报告、平台配置文件及乙方为本项目编写的数据审核脚本，其所有权及知识产权归甲方所有。

第八条 监测数据
全部监测数据及发布内容归甲方所有。未经甲方书面许可，乙方不得对外发布、提供或用于本合同以外的任何用途。

第九条 保密
乙方对履约中知悉的甲方内部资料、监测数据及系统账号负有保密义务，不得向任何第三方披露，保密义务在本合同终止后继续有效。

第十条 违约责任
（一）乙方未按期完成月度巡检、季度校准或月度数据报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方连续两个季度考核不合格的，甲方有权扣留第四季度服务费，并将其履约情况报县财政局备案。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十一条 人员要求
乙方应组建不少于三人的运维服务团队，其中项目负责人应具备环境监测相关专业中级以上职称。运维人员名单报甲方备案，更换人员须提前七日告知甲方。运维人员应熟悉负氧离子监测原理及设备维护，上岗前须经乙方培训并取得登高作业等相应资格证书。乙方应配备专用运维车辆、标准比对仪器及必要的备品备件，备品备件清单于合同签订后十日内报甲方备案。

第十二条 甲方义务
（一）甲方应向乙方提供平台管理账号、设备技术资料及原有运维记录。
（二）甲方应协调景区管理单位为乙方进入监测站点提供便利，并承担监测站电费及发布屏所在场地的相关费用。
（三）甲方应按本合同约定及时组织季度考核并支付服务费。

第十三条 分包
乙方不得将本合同项下的运维服务转包或分包。

第十四条 安全
乙方人员进入林区作业应遵守森林防火规定，严禁携带火种；登高及雷雨天气作业应采取安全防护措施。乙方人员作业中发生的人身伤害由乙方负责。

第十五条 合同终止
服务期满，本合同自然终止。乙方应在期满后十日内将设备台账、备品备件、平台账号及全部技术资料移交甲方，并配合新的服务单位完成交接。

第十六条 不可抗力
因台风、山火、暴雨、地质灾害等不可抗力造成设备损毁或服务中断的，乙方不承担违约责任，但应在灾后及时报告并协助甲方评估损失、恢复运行；灾后修复所需的大额配件由甲方另行采购。

第十七条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。

第十八条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。竞争性磋商文件、响应文件及成交通知书为本合同组成部分。

附件一：设备清单及站点分布
附件二：季度考核细则

甲方（盖章）：　　　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

Z05 = """# 苔匠生产流程追踪软件许可及定制开发合同

**（乙方标准合同文本 TJ-2026版）**

合同编号：TJ-LIC-2027-0117

甲方：某某苔藓微景观设计工作室

乙方：某某苔匠软件科技有限公司

鉴于甲方从事苔藓微景观、生态瓶及植物墙的设计、制作与销售，需要对订单从设计、备料、养护、组装到发货的全过程进行追踪管理；乙方拥有“苔匠”生产流程追踪软件的著作权并具备相应的定制开发能力。双方经友好协商，依据乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 定义

1.1 “软件”指乙方享有著作权的苔匠生产流程追踪软件V3.0，包括订单管理、设计稿管理、物料与苔藓养护批次管理、工序报工、质检拍照、发货追踪六个标准模块。

1.2 “定制开发”指乙方根据甲方需求，在软件基础上开发的电商平台订单同步接口、微景观作品二维码溯源页面、养护温湿度记录导入功能及老板驾驶舱报表。

1.3 “上线”指软件及定制功能部署完成，乙方向甲方发出上线通知，甲方开始在生产中使用。

## 第二条 合同价款

2.1 本合同总价为人民币288,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 苔匠生产流程追踪软件许可（永久，10个并发用户） | 168,000 |
| 2 | 定制开发（订单同步接口、二维码溯源、温湿度导入、驾驶舱） | 98,000 |
| 3 | 部署实施及培训 | 22,000 |
| | 合计 | 288,000 |

2.2 甲方增加并发用户的，按乙方届时的用户单价另行购买。

2.3 本合同价款不包括服务器、云主机、扫码枪、标签打印机、短信及第三方电商平台接口调用所产生的费用，该等费用由甲方自行承担。乙方工程师应甲方要求上门服务的，甲方另行承担差旅费用及每人每日1,500元的服务费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即187,200元。

3.2 软件上线后五个工作日内，甲方支付剩余35%，即100,800元。

3.3 甲方未按期付款的，乙方有权暂停实施、暂停技术支持直至甲方付清款项，由此导致的工期延误由甲方负责。

## 第四条 交付与实施

4.1 乙方应在收到第3.1条款项后四十个工作日内完成软件部署及定制开发，并通知甲方上线。

4.2 甲方应为乙方提供服务器或云主机、网络环境、扫码枪及标签打印机，并按乙方要求准备基础资料（产品目录、物料清单、工序清单）。因甲方资料准备不及时导致的延误，交付期限相应顺延。

4.3 乙方为甲方员工提供两次远程培训，每次不超过三小时。

4.4 定制开发需求以双方确认的《需求说明书》为准。《需求说明书》确认后，甲方提出新增或修改需求的，乙方有权另行报价并相应顺延交付期限。

4.5 许可范围：甲方仅可在其经营场所内、为其自身业务使用软件，不得转授权、出租、出借，不得将软件用于为第三方提供服务。甲方工作室迁址或增设门店的，应提前书面通知乙方。

## 第五条 验收

5.1 乙方完成部署并通知甲方上线后，甲方即可使用软件。软件上线运行即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，属于原需求范围的，乙方在免费维护期内处理；超出原需求范围的，按需求变更另行收费。

## 第六条 免费维护期及后续维护

6.1 软件自上线之日起享有六个月的免费维护期。免费维护期内，乙方提供缺陷修复及远程技术支持。

6.2 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费为软件许可费的32%，即每年53,760元。维护期内乙方提供缺陷修复、版本更新及远程支持。

6.3 年度维护协议每年签订一次，维护费在每个维护年度开始前一次性支付。

6.4 甲方未签订年度维护协议的，乙方不再提供任何技术支持及版本更新，软件的正常运行由甲方自行负责。

## 第七条 技术支持

7.1 乙方技术支持时间为工作日9:00至18:00，通过电话、微信群及远程桌面方式提供。

7.2 故障分级：一级故障指软件无法登录或无法报工；二级故障指部分功能无法使用；三级故障指一般操作咨询。

7.3 一级故障乙方在8小时内响应，二级故障在两个工作日内响应，三级故障在五个工作日内答复。乙方将尽力在合理时间内解决故障，但不对解决时间作出承诺。

7.4 乙方通过官网提供在线帮助文档及操作视频。因甲方操作不当、擅自修改配置、硬件故障或网络原因导致的问题，不属于乙方技术支持范围，乙方可协助处理并另行收费。

## 第八条 知识产权

8.1 软件的著作权及一切知识产权归乙方所有。甲方获得的是在本合同约定范围内使用软件的非独占、不可转让的许可。

8.2 乙方为甲方进行的定制开发成果（包括源代码、接口程序、页面及报表模板）的知识产权归乙方所有，甲方仅可在内部经营中使用，不得修改、反向工程或提供给第三方。乙方有权将定制开发成果用于其他客户。

8.3 乙方不向甲方提供软件及定制开发成果的源代码。

## 第九条 数据与数据安全

9.1 甲方在软件中录入和产生的订单、客户、设计稿及生产数据归甲方所有，乙方仅为履行本合同之目的处理该等数据。

9.2 乙方实施及远程支持时应使用甲方分配的账号，操作留存日志，不得下载、复制甲方数据；乙方应协助甲方配置数据库定期备份及访问权限。

9.3 因乙方人员违规操作导致甲方数据泄露或丢失的，乙方应在知悉后24小时内通知甲方，并承担相应的赔偿责任。

9.4 本合同终止后，甲方可在三十日内自行导出其业务数据；该期限届满后，乙方不再协助甲方进行数据导出。

## 第十条 保密

双方对因本合同知悉的对方商业秘密、技术信息及客户资料负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方未按第4.1条期限交付的，每逾期一日，按合同总价的千分之一支付违约金，但违约金总额不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金。

11.3 无论基于何种原因，乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过人民币50,000元，且乙方不承担甲方的间接损失、利润损失及数据恢复费用。

## 第十二条 合同解除

12.1 任何一方严重违反本合同约定，经对方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的款项不予退还，乙方已交付的软件许可继续有效，但乙方不再提供技术支持。

## 第十三条 不可抗力

因不可抗力、第三方云服务故障、网络运营商故障或政府行为导致不能履行或延迟履行的，乙方不承担责任。

## 第十四条 争议解决

因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，以乙方官网公布的《苔匠软件服务说明》为准。

15.3 本合同附件包括《需求说明书》《上线通知单》及《年度维护协议（范本）》，附件与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。

甲方（签章）：　　　　　　　乙方（签章）：

日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. OKV-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengleng Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuxi, Jiangsu Province (the "Customer"), and Okanagan Vale Systems Ltd., a company incorporated under the laws of British Columbia with its head office at Main Street, Penticton, British Columbia, Canada (the "Vendor").
P:The Customer operates temperature-controlled warehouses and wishes to replace its existing warehouse management system. The Vendor develops and licenses the ColdTrack warehouse management software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColdTrack Warehouse Management System, version 8, in object code, including the inbound, putaway, inventory, picking, dispatch, temperature-logging and billing modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and related documentation that the Vendor develops specifically for the Customer under this Agreement, including the interfaces to the Customer's ERP system, its transport management system and the cold-room sensor platform.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including inventory records, client and consignee details, temperature logs and billing records.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 6.3.
P:1.5 "Sites" means the Customer's warehouses in Wuxi, Kunshan and Nantong listed in Schedule A.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Sites for the internal business of the Customer and its affiliates in mainland China, for up to 180 named users and 60 handheld terminals.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Customer's servers in Wuxi, develop the Custom Deliverables, migrate the open inventory and master data from the existing system, carry out integration testing, and support the go-live at each Site.
P:3.2 The Vendor shall train the Customer's key users, warehouse supervisors and IT administrators, in Chinese, at the Wuxi site, for not less than ten training days in total, and shall provide training materials in Chinese.
P:3.3 The Vendor shall deliver the project plan within 20 days after the Effective Date and complete the go-live of all three Sites within 150 days after the Effective Date.
H:Article 4 Fees
P:4.1 The total price under this Agreement is CNY 1,636,000, inclusive of PRC value-added tax, made up of: Licence Fee CNY 1,180,000; implementation services (installation, configuration, Custom Deliverables, data migration and go-live support) CNY 420,000; training CNY 36,000.
P:4.2 The total price is fixed. Changes to the scope shall be agreed in a written change order signed by both parties before the work starts.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the total price within 30 days after the Effective Date, against the Vendor's invoice and a bank guarantee of equal amount issued by a bank in mainland China.
P:5.2 The Customer shall pay 45% of the total price within 30 days after the go-live of all three Sites. Go-live is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:5.4 All payments shall be made in CNY to the Vendor's account with its appointed agent bank in Shanghai.
H:Article 6 Acceptance
P:6.1 After go-live at all Sites, the Software and the Custom Deliverables shall run in production for 45 consecutive days (the "Operational Test").
P:6.2 The acceptance criteria are: every function in the functional specification approved by the Customer works as specified; the inventory in the Software matches a full physical count at each Site with no unexplained variance; each interface transfers all records correctly for ten consecutive working days; temperature logs are captured at the set interval for every cold room with no gaps; picking transactions on handheld terminals complete within two seconds at peak load; and no Severity 1 defect occurs during the last 20 days of the Operational Test.
P:6.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within ten working days. If a criterion is not met, the Vendor shall correct the defect and the Operational Test shall be repeated for the affected part. Use of the Software in production, go-live or payment does not by itself constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:7.2 Severity 1 means the Software is down or a Site cannot receive or dispatch goods. Severity 2 means a major function is impaired with a workaround. Severity 3 means any other defect or question. The Vendor shall respond to Severity 1 within one hour, at any time, and restore operation within eight hours; respond to Severity 2 within three hours during business hours and resolve it within three working days; and answer Severity 3 within two working days.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall credit CNY 1,500 against the next amount due, or pay it if no amount is due.
P:7.4 After the Warranty Period, the Customer may order annual support covering the services in Article 7.1 and the times in Article 7.2. The annual support fee shall not exceed 11% of the Licence Fee (CNY 129,800 per year) and shall not be increased during the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The Software is hosted on the Customer's servers in mainland China. The Vendor's personnel shall access the servers only through the Customer's VPN with individual accounts and multi-factor authentication, after approval for each session, and shall not copy Customer Data outside the Customer's systems.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall not transfer Customer Data out of mainland China.
P:9.4 The Vendor shall notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data, shall cooperate in its investigation and remediation, and shall be liable for all losses caused by its breach of this Article 9.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. This Article survives for five years after the end of this Agreement.
H:Article 11 Delay
P:If the Vendor fails to complete the go-live of all Sites by the date in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price. Payment of liquidated damages does not release the Vendor from its obligations.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the total price.
P:12.2 The limit does not apply to breach of Article 9 or Article 10, to the indemnity in Article 8.3, to personal injury or to wilful misconduct.
H:Article 13 Subcontracting
P:Any subcontracting by the Vendor needs the Customer's prior written consent, given for a named subcontractor. The Vendor answers for the work of its subcontractors as for its own.
H:Article 14 Term and Termination
P:14.1 This Agreement takes effect on signature by both parties (the "Effective Date").
P:14.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if the delay in Article 11 exceeds 60 days. The Vendor shall then refund the amounts paid for the services not accepted.
P:14.3 The Vendor may terminate the services if the Customer fails to pay an undisputed invoice within 60 days after written notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Province of British Columbia and the federal laws of Canada applicable there.
P:15.2 The parties shall first try to settle any dispute by negotiation between senior managers. Any dispute not settled within 30 days shall be submitted to the courts of British Columbia sitting in Vancouver, to whose jurisdiction both parties submit.
H:Article 16 General
P:16.1 This Agreement, with Schedule A (Sites), Schedule B (Price List) and Schedule C (Functional Specification), is the entire agreement between the parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# RouteWise Field Service Cloud — Order Form and General Terms

**Order Form No. RW-OF-2027-031**

## PART A — ORDER FORM

### A1. Parties

**Provider:** RouteWise Software Inc., a British Columbia company, 30th Avenue, Vernon, British Columbia, Canada, acting through its authorised reseller account for China.

**Customer:** Hangzhou Shengti Elevator Maintenance Co., Ltd., Binjiang District, Hangzhou, Zhejiang Province, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If they conflict, Part A prevails.

### A2. Subscription

| Item | Detail |
|---|---|
| Service | RouteWise Field Service Cloud, Enterprise edition |
| Modules | work orders, technician scheduling and dispatch, mobile app, preventive maintenance plans, spare-parts tracking, customer portal, analytics |
| Users | 420 technician licences, 60 dispatcher and manager licences |
| Hosting | Provider's cloud region in mainland China (Shanghai), operated by a licensed local data-centre partner |
| Subscription Term | two Subscription Years; the first Subscription Year starts on the date of Onboarding Acceptance |

### A3. Fees

| Fee item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 480 licences | 286,000 |
| Subscription fee, Subscription Year 2 | 480 licences | 286,000 |
| Onboarding (configuration, data import, two integrations, training) | one-time, fixed | 38,000 |
| **Total Fees** | | **610,000** |

Fees include PRC value-added tax. The subscription fee does not change during the Subscription Term. Additional licences added during a Subscription Year are charged pro rata at the same unit price.

### A4. Invoicing and Payment

1. The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of the invoice.
2. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice.
3. No other amount is payable before the services start.

### A5. Onboarding

1. Provider shall complete onboarding within 60 days after the signature of this Order Form (the "Target Start Date"). Onboarding covers configuration of the Customer's service regions, elevator asset register and maintenance plans; import of about 18,000 elevator records and three years of work-order history; integration with the Customer's ERP system and with the municipal elevator safety platform; and training of dispatchers and trainer technicians.
2. Onboarding Acceptance criteria: all imported asset records reconcile with the Customer's register; work orders flow both ways through the two integrations for ten consecutive working days without loss; the mobile app works offline and synchronises on reconnection; preventive maintenance plans generate the correct visits for a sample of 200 elevators chosen by the Customer; and dispatch screens load within three seconds at peak hours.
3. When the criteria are met, the Customer signs an Onboarding Acceptance certificate within seven working days, or gives reasons in writing. Provider shall correct the reported issues and submit the affected items again.

### A6. Special Terms

1. If Onboarding Acceptance is delayed beyond the Target Start Date for reasons attributable to Provider, Provider shall pay the Customer CNY 500 for each day of delay, which the Customer may set off against any invoice.
2. Named contacts: Provider — account manager and customer success manager for Greater China; Customer — head of IT and head of service operations.
3. Signed for Provider: ____________________  Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Services" means the subscription service described in Part A and the onboarding services.

1.2 "Customer Data" means all data submitted to the Services by or for the Customer, including asset records, work orders, technician locations, photographs, customer contact details and inspection results.

1.3 "Customer Configurations" means the workflows, forms, report templates and integration mappings built for the Customer during onboarding or the Subscription Term.

### 2. Use of the Services

2.1 Provider grants the Customer and its affiliates in mainland China the right to use the Services during the Subscription Term for their internal business.

2.2 The Customer shall keep user credentials secure and shall not resell the Services or use them to build a competing product.

2.3 Provider may improve the Services from time to time, provided that it does not materially reduce their functionality during the Subscription Term.

### 3. Service Levels

3.1 Provider shall make the Services available with a Monthly Uptime of at least 99.95%, measured at the Provider's load balancer and excluding scheduled maintenance announced five days in advance and performed between 00:00 and 05:00 Beijing time.

3.2 Priority 1 incidents (the Services or the mobile app are unavailable to all users, or dispatch is impossible) shall be responded to within 30 minutes at any time and restored within six hours. Priority 2 incidents (a major function impaired) shall be responded to within two hours and resolved within two business days. Priority 3 requests shall be answered within two business days.

3.3 Service credits: if Monthly Uptime falls below the commitment, Provider credits 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point below it, up to half of that monthly amount. If a Priority 1 response is late, Provider credits CNY 1,000 per late incident. Credits are applied to the next invoice or refunded at the end of the Subscription Term.

3.4 Provider shall send the Customer a monthly service report showing uptime, incidents, response times and credits.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. Provider processes Customer Data only to provide the Services to the Customer and does not use it for any other purpose, in identifiable, anonymised or aggregated form.

4.2 Provider shall host and process Customer Data only in mainland China and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

4.3 Provider shall maintain security measures for the Services, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of all administrative access, annual penetration testing and daily backups kept for 30 days.

4.4 Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, provide the information the Customer needs to meet its legal duties, and take remedial action. Provider is liable for the losses caused by a security incident resulting from its breach of this Section 4.

4.5 Within 30 days after the end of the Agreement, Provider shall make all Customer Data available for export in a standard format and then delete it, confirming deletion in writing.

### 5. Intellectual Property

5.1 Provider owns the Services and all related software.

5.2 Customer Configurations belong to the Customer. The Customer may use, modify and give them to third parties freely, including to another service provider after the Agreement ends, and Provider shall export them on request.

### 6. Subcontracting

Provider may not subcontract the Services, other than to the hosting partner named in Part A, without the Customer's prior written consent. Provider remains responsible for all subcontractors.

### 7. Warranties

7.1 Provider warrants that the Services will perform materially in accordance with the documentation and that the onboarding services will be carried out with reasonable skill and care.

7.2 If Provider breaches this warranty, it shall correct the non-conformity at its own cost within a reasonable time.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, or for loss of profit, except for a breach of Section 4.

8.2 Provider's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the nine months preceding the event giving rise to the claim.

### 9. Term and Termination

9.1 The Agreement starts on the signature of the Order Form and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

9.3 If the Customer terminates under Section 9.2, Provider shall refund the subscription fee already paid for the remaining part of the Subscription Year.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 11. General

11.1 Neither party may assign the Agreement without the other party's written consent, except to an affiliate as part of a reorganisation.

11.2 Notices shall be in writing and sent to the contacts named in Part A.

11.3 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

11.4 The Agreement is the entire agreement between the parties about its subject matter. Purchase order terms and any online terms of Provider that are not attached to this Order Form do not apply.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT — BRIDGE STRUCTURAL MONITORING SENSORS AND SOFTWARE
P:Contract No. JQ-SHM-2027-009 (Buyer's standard form for equipment and software)
P:Buyer: Hubei Jiangqiao Bridge Operation and Management Co., Ltd., Wuhan, Hubei Province, People's Republic of China.
P:Supplier: Gander Structural Sensing Inc., a company incorporated in Newfoundland and Labrador, with its office at Airport Boulevard, Gander, Newfoundland and Labrador, Canada.
P:The Buyer operates two river bridges and wishes to install a structural health monitoring system. The Supplier manufactures wireless vibration, strain and tilt sensors and licenses monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, solar power units, mounting hardware and spare parts listed in Clause 3.
P:1.2 "Software" means the BridgeWatch monitoring software, version 5, including the analysis server, the alarm engine, the web dashboard and the mobile alert app, and all updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software installed and configured together.
P:1.4 "Project Deliverables" means the sensor layout design, the alarm threshold models, the dashboard configurations, the interface to the Buyer's bridge management platform and the related documentation prepared for the Buyer.
P:1.5 "Buyer Data" means all measurements, alarms, images, logs and other data collected or generated by the System or supplied by the Buyer.
H:2. Scope
P:2.1 The Supplier shall supply, deliver, install, configure and commission the System on the Buyer's two bridges, integrate it with the Buyer's bridge management platform, and train the Buyer's staff.
P:2.2 The Supplier shall install the analysis server software on the Buyer's servers in its Wuhan control centre. No part of the System shall send data to any server outside the Buyer's network.
P:2.3 The Supplier shall prepare the sensor layout design within 30 days after the signature of this Contract and obtain the Buyer's written approval before manufacturing.
P:2.4 The Supplier shall appoint a project manager and a site supervisor who speak Mandarin, submit a fortnightly progress report, and attend the Buyer's monthly project meetings in Wuhan or by video. The Buyer shall provide access to the bridges, power at the control centre and the technical data of its bridge management platform.
H:3. Price
P:3.1 The Contract Price is CNY 1,732,000, inclusive of PRC value-added tax, import duties, delivery to site, insurance and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and strain sensors|180|4,600|828,000
TB:2|Edge gateways with solar power units|24|12,500|300,000
TB:3|BridgeWatch software licence, perpetual, unlimited users|1|420,000|420,000
TB:|Equipment and Software Subtotal|||1,548,000
TB:4|Installation, cabling, configuration and commissioning|1 lot|156,000|156,000
TB:5|Training of operators and engineers|1 lot|28,000|28,000
TB:|Contract Price|||1,732,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rates, duties or any other reason.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's warehouse in Wuhan within 75 days after the approval of the sensor layout design, and complete installation and commissioning on both bridges within 60 days after delivery.
P:4.2 Installation on the bridges shall follow the Buyer's traffic management plan and safety rules, and work at height shall be carried out only by persons holding valid certificates.
P:4.3 If the Supplier fails to complete delivery or installation by the dates in Clause 4.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct the damages from any payment.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price within 30 days after signature, against the Supplier's invoice and an advance payment guarantee of equal amount from a bank in mainland China.
P:5.2 The Buyer shall pay 55% of the Contract Price within 30 days after installation and commissioning on both bridges, as recorded in an Installation Certificate. The Installation Certificate is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:6. Acceptance
P:6.1 After the Installation Certificate, the System shall run for 60 consecutive days (the "Trial Run").
P:6.2 The acceptance criteria are: every sensor reports data at the configured sampling rate and at least daily health messages; the measured natural frequencies of each span agree with the design model within the tolerance in the technical specification; a calibrated load test carried out with the Buyer's inspection vehicle is recorded correctly by all sensors on the tested span; alarms reach the dashboard and the mobile app within ten seconds of a simulated threshold event; the interface to the Buyer's bridge management platform transfers all records correctly for ten consecutive days; and no Severity 1 fault occurs in the last 30 days of the Trial Run.
P:6.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Installation, use of the System or payment does not by itself constitute acceptance. If a criterion is not met, the Supplier shall remedy the defect and the Trial Run shall be repeated for the affected part.
H:7. Warranty, Service Levels and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period it shall repair or replace faulty Equipment, correct Software defects, supply updates and provide support at no charge.
P:7.2 Faults are classified as follows:
TB:Severity|Description|Response|On site / restoration
TB:Severity 1|System down, or no data from a whole span|1 hour|on site within 24 hours, restored within 48 hours
TB:Severity 2|Several sensors or one gateway out of service|2 hours|restored within 5 days
TB:Severity 3|Single sensor fault or question|1 working day|at the next scheduled visit
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any amount due.
P:7.4 After the warranty, the Supplier shall offer annual support at 7% of the Equipment and Software Subtotal, that is CNY 108,360 per year, fixed for at least five years. Support is ordered by separate purchase order each year and does not renew automatically.
P:7.5 The Supplier shall keep spare sensors and gateways in stock in China and guarantee the supply of spare parts for at least eight years after Final Acceptance.
P:7.6 Training shall cover operation of the dashboard, interpretation of alarms, sensor replacement and gateway maintenance, for at least 20 of the Buyer's staff, with a written test at the end and training materials in Chinese.
H:8. Intellectual Property
P:8.1 The Supplier keeps its intellectual property in the Software and in the embedded software of the Equipment, and grants the Buyer a perpetual, irrevocable licence to use them for the bridges.
P:8.2 The Project Deliverables belong to the Buyer. The Supplier shall deliver them with their source files, and the Buyer may use, modify and license them freely.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The Supplier shall access the System remotely only through the Buyer's VPN, with approval for each session, and shall not copy Buyer Data outside the Buyer's systems. Equipment returned for repair shall have its memory erased first.
P:9.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data, cooperate in the response, and be liable for losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:Neither party shall disclose to any third party, without the other party's prior written approval, any non-public information it receives from the other party, including the structural data of the bridges and the Buyer's network details. This duty continues for five years after the end of this Contract.
H:11. Liability
P:The aggregate liability of the Supplier arising out of this Contract shall not exceed 200% of the Contract Price. This limit does not cover death or personal injury, fraud or wilful default, or losses from a breach of Clause 9 or Clause 10.
H:12. Subcontracting
P:Subcontracting of any part of the supply, installation or services requires the Buyer's prior written approval of the named subcontractor and of the work it will perform. The Supplier is liable for the acts and omissions of its subcontractors as for its own.
H:13. Termination
P:13.1 If the Supplier commits a material breach and has not remedied it 20 days after the Buyer's written notice, or if delay damages under Clause 4.3 have reached the 10% ceiling, the Buyer may end this Contract by a further written notice.
P:13.2 On termination by the Buyer, the Supplier shall refund the amounts paid for Equipment and services that have not been accepted, and shall remove any installed Equipment at its own cost if the Buyer so requests.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:15. General
P:15.1 This Contract is made in English and Chinese, and the two versions have equal effect.
P:15.2 The technical specification and the approved sensor layout design form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. AMS-CN-2027-12**

**Customer:** Ningbo Huaxin Auto Parts Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China.

**Service Provider:** Antigonish Managed Services Ltd., a Nova Scotia company, Main Street, Antigonish, Nova Scotia, Canada, performing the on-site services in China through its Shanghai branch office.

The Customer wishes to outsource the operation of its IT infrastructure, end-user support and network at its Ningbo head office and two plants. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Transition" means the take-over of the Services from the Customer's internal IT team and its current contractor, as described in Section 3.

1.4 "Service Commencement Date" means the date on which the Customer signs the Transition acceptance certificate.

1.5 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Service Provider accesses or processes in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement does not renew automatically. The parties may agree on an extension in writing at least three months before the end of the Service Term.

## 3. Transition

3.1 The Service Provider shall complete Transition within 75 days after signature. Transition includes discovery and documentation of all assets in scope, knowledge transfer from the current contractor, set-up of the service desk and monitoring tools, and a two-week parallel run.

3.2 Transition acceptance criteria: the asset inventory is complete and agreed by the Customer; monitoring covers all servers, storage and network devices in Schedule 1; the service desk handles all tickets during the parallel run; runbooks for the critical systems listed in Schedule 1 are approved; and the disaster recovery test for the ERP system succeeds.

3.3 The Customer shall sign the Transition acceptance certificate within five working days after the criteria are met, or state in writing which criteria are not met.

3.4 If Transition is not accepted within 75 days after signature for reasons attributable to the Service Provider, the Service Provider shall pay CNY 2,000 for each day of delay, up to CNY 100,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total charges for the Service Term are CNY 2,184,000, including PRC value-added tax.

4.2 The Transition fee is invoiced after Transition acceptance. The monthly service charge is invoiced monthly in arrears. Each invoice is payable within 30 days of receipt.

4.3 The monthly service charge is fixed for the Service Term. Additional devices or users above the volumes in Schedule 1 are charged at the unit rates in Schedule 3.

## 5. Service Provider's Obligations

5.1 The Service Provider shall perform the Services in accordance with Schedule 1 and good industry practice, with qualified personnel who speak Mandarin.

5.2 The Service Provider shall station two engineers at the Customer's head office on working days and provide remote support outside those hours.

5.3 The Service Provider shall follow the Customer's IT policies, change management procedure and site safety rules.

5.4 The Service Provider shall name a service delivery manager as the single point of contact and shall not replace the named on-site engineers without giving the Customer at least 30 days' notice and a handover period of two weeks.

5.5 The Customer shall give the Service Provider's personnel access to its sites and systems, keep the third-party software licences and vendor maintenance contracts in force, and name an IT manager to approve changes.

## 6. Service Levels and Reporting

6.1 The Service Provider shall meet the Service Levels in Schedule 2.

6.2 The Service Provider shall report monthly on each Service Level, on incidents, on changes and on capacity, and shall attend a monthly service review meeting with the Customer.

6.3 The Service Levels are service targets. Missing a Service Level does not give rise to service credits, fee deductions or any other payment.

6.4 If a Service Level is missed in any month, the Service Provider shall present a root-cause analysis and a service improvement plan at the next monthly review and implement it.

6.5 Every six months the Service Provider shall run a user satisfaction survey with the Customer's staff at the three sites, report the results at the service review and agree actions with the Customer on any area scoring below the previous survey.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Service Provider shall process Customer Data only to perform the Services and shall not use it for any other purpose, including in anonymised or aggregated form.

7.2 The Service Provider shall keep Customer Data in the Customer's systems in mainland China, access it only through the Customer's privileged access management system with individual accounts, and not copy it to its own systems or transfer it outside mainland China.

7.3 The Service Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and the Customer's information security policies, and ensure that its personnel complete security training.

7.4 The Service Provider shall notify the Customer within six hours of becoming aware of any security incident affecting Customer Data or the Customer's systems, assist in the investigation and recovery, and be liable for all losses caused by its breach of this Section 7.

## 8. Confidentiality

Each party shall keep confidential all non-public information of the other party, including system designs, passwords, production plans and prices, and use it only for this Agreement. This obligation survives for five years after the Agreement ends.

## 9. Intellectual Property

9.1 The Service Provider keeps the rights in its own tools and methods.

9.2 Documentation, runbooks, scripts and configurations produced for the Customer under this Agreement belong to the Customer, which may use, modify and hand them over to any third party freely.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges in Section 4.1.

10.2 The limit does not apply to breach of Sections 7 or 8, personal injury or wilful misconduct.

## 11. Subcontracting

No part of the Services may be subcontracted unless the Customer has first agreed in writing to the subcontractor concerned. The Service Provider stays fully responsible for the performance of every subcontractor.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach and does not remedy it within 30 days after notice.

12.2 Either party may terminate if the other party becomes insolvent.

12.3 On expiry or termination, the Service Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, return all Customer Data, documentation and credentials, and cooperate with any successor provider.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes not settled by negotiation within 30 days shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. General

14.1 This Agreement, with its three Schedules, is the entire agreement of the parties on its subject matter.

14.2 This Agreement is made in English and Chinese; both versions have equal effect.

## Schedule 1 — Services and Volumes

| Service | Scope | Volume |
|---|---|---|
| Service desk | phone, e-mail and portal, Mandarin and English, 07:30–20:00 on working days; on-call outside these hours | 1,150 users |
| End-user support | desktops, laptops, printers, mobile devices, software installation | 1,080 devices |
| Server and storage operation | monitoring, patching, backup, restore tests, capacity management | 64 virtual servers, 2 storage arrays |
| Network operation | LAN, Wi-Fi, firewalls, WAN links between the three sites | 210 network devices |
| Critical systems support | ERP, MES, warehouse system infrastructure (not application support) | 3 systems |
| Disaster recovery | annual DR test of the ERP system | 1 test per year |

## Schedule 2 — Service Levels

| Measure | Target |
|---|---|
| Availability of the ERP and MES infrastructure | 99.5% per month, excluding planned maintenance |
| Priority 1 incident (plant production or ERP stopped) | response within 15 minutes, restoration within 3 hours |
| Priority 2 incident (a department or a line affected) | response within 1 hour, restoration within 8 hours |
| Priority 3 incident (single user) | response within 2 hours, resolution within 2 working days |
| Service desk calls answered | within 60 seconds for 90% of calls |
| Backup success | every scheduled backup, failures fixed the next working day |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, fixed | 96,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| **Total charges for the Service Term** | | **2,184,000** |
| Additional users | per user per month | 45 |
| Additional virtual server | per server per month | 380 |
| Exit assistance | per engineer-day | 2,600 |
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. NEAD-CN-2027-05

BETWEEN

New England Agri Data Pty Ltd, a company registered in New South Wales, Australia, with its office in Beardy Street, Armidale, New South Wales ("Provider"); and

Heilongjiang Fengyuan Agricultural Technology Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Harbin, Heilongjiang Province ("Customer").

BACKGROUND

Provider compiles and licenses agronomic data products, including satellite-derived crop condition indices, soil moisture estimates, gridded weather observations and forecasts, and delivers them through an application programming interface (the "API"). Customer advises farming cooperatives in north-east China and wishes to use the data in its own advisory platform. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the data sets listed in clause 3.1, as updated by Provider from time to time.

1.2 "Subscription Year" means each period of one year starting on the Start Date or on an anniversary of it. The subscription consists of two Subscription Years.

1.3 "Start Date" means the date on which Customer confirms Integration Acceptance under clause 5.

1.4 "Customer Inputs" means the field boundaries, crop plans, yield records, soil sample results and other data that Customer or its cooperatives upload to the API.

1.5 "Custom Products" means the region-specific crop models, calibrated indices and report templates that Provider develops for Customer under clause 3.3.

2. TERM

2.1 This Agreement starts on signature and continues until the end of the second Subscription Year.

2.2 This Agreement does not renew automatically. Any further subscription requires a new written agreement.

3. DATA PRODUCTS AND SERVICES

3.1 During the subscription, Provider shall give Customer access through the API to the following Data Products for the provinces of Heilongjiang, Jilin and Liaoning and the eastern part of Inner Mongolia:
(a) crop condition indices for maize, soybean and rice at 10-metre resolution, updated every five days when cloud cover permits;
(b) soil moisture estimates at 1-kilometre resolution, updated daily;
(c) gridded weather observations and ten-day forecasts, updated every three hours;
(d) historical archives of items (a) to (c) from the 2015 season onwards.

3.2 Access is limited to 60 API keys and to the request volumes in the technical documentation. Provider shall give at least 60 days' notice of any change to the API that requires Customer to change its integration.

3.3 Provider shall calibrate its crop models for Customer's region using Customer Inputs and local field trial data supplied by Customer, and shall build the Custom Products described in the technical annex before the Start Date.

3.4 Provider will use commercially reasonable efforts to keep the API available and to correct errors in the Data Products promptly after they are reported. Provider does not commit to a specific availability level or correction time.

3.5 Provider shall provide technical support by e-mail and a shared ticket system during Australian and Chinese business hours, and one online training session for Customer's developers and agronomists in each Subscription Year.

3.6 Provider shall publish a data quality notice with each release of the Data Products, stating known gaps caused by cloud cover or sensor outages, the sources used and any change in method. Provider shall tell Customer in advance of any planned change to a data source that may affect the comparability of the crop condition indices between seasons.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 348,000 for each Subscription Year, so CNY 696,000 for the two Subscription Years. The fee includes the calibration and Custom Products under clause 3.3, PRC value-added tax and all withholding taxes.

4.2 Provider shall invoice the fee for each Subscription Year on the first day of that Subscription Year. Customer shall pay each invoice within 30 days of receipt. No fee is payable before the Start Date.

4.3 The fee is fixed for both Subscription Years. Requests above the volumes in the technical documentation are charged at the overage rate in the technical annex.

5. INTEGRATION ACCEPTANCE

5.1 After Provider has delivered the API keys, the documentation and the Custom Products, Customer shall test them for up to 20 working days.

5.2 The acceptance criteria are: all Data Products in clause 3.1 are delivered for the full area, at the stated resolution and update frequency, during ten consecutive days; the crop condition indices for a sample of 300 fields chosen by Customer agree with Customer's field observations within the tolerance in the technical annex; the historical archive is complete for every season; and the Custom Products work as described in the technical annex.

5.3 Customer shall confirm Integration Acceptance in writing when the criteria are met, or list the failures. Provider shall correct the failures and the test shall be repeated for the affected items.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the Data Products and Custom Products to Customer and shall not use them for any other purpose, including to train or improve models offered to other customers, in identifiable, anonymised or aggregated form.

6.2 Provider shall store Customer Inputs only on servers in mainland China operated by its licensed hosting partner, and shall not transfer them outside mainland China.

6.3 Provider shall protect Customer Inputs with encryption in transit and at rest, individual access accounts with multi-factor authentication, access logging and regular security testing, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

6.4 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Inputs, take remedial measures and cooperate with Customer and the authorities. Provider is liable for the losses caused by its breach of this clause 6.

6.5 Within 30 days after this Agreement ends, Provider shall return all Customer Inputs in a standard format and then delete them, and confirm the deletion in writing.

7. LICENCE AND INTELLECTUAL PROPERTY

7.1 Provider keeps all rights in the Data Products and the API. Provider grants Customer a non-exclusive licence during the subscription to use the Data Products in Customer's advisory platform and to show derived maps and advice to its cooperatives and their members.

7.2 Customer may keep and use the Data Products downloaded during the subscription for its internal records and historical analysis after the subscription ends, but may not resell raw Data Products.

7.3 The Custom Products belong to Customer. Provider shall deliver their model parameters, code and documentation, and Customer may use, modify and license them freely, including with other data providers.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party, including the technical annex, prices, Customer's cooperative lists and Provider's model methods, and shall use it only for this Agreement.

8.2 This clause survives for five years after the end of this Agreement.

9. WARRANTIES

9.1 Provider warrants that it has the right to license the Data Products and that the Data Products are produced with reasonable skill and care using the methods described in the technical documentation.

9.2 Customer acknowledges that satellite and weather data are affected by cloud cover, sensor outages and forecast uncertainty. Advice given by Customer to its cooperatives is Customer's responsibility.

9.3 Provider warrants that the Data Products do not infringe the rights of any third party and shall defend Customer against any claim that they do.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or for loss of crops or profit, except for a breach of clause 6 or clause 8.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 4.1, except for breach of clause 6 or clause 8, personal injury or wilful misconduct.

11. SUBCONTRACTING

Provider shall not subcontract any part of its obligations, other than hosting by the partner named in clause 6.2, without Customer's prior written consent, and remains responsible for any subcontractor.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.

12.2 If Customer terminates under clause 12.1, Provider shall refund the fee for the unused part of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that cannot be settled by negotiation shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The arbitral award is final and binding on both parties.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Notices shall be given in writing in English or Chinese to the addresses above, with a copy by e-mail.

14.3 The technical annex, the technical documentation of the API and the list of Customer's cooperatives permitted to receive derived maps form part of this Agreement. If they conflict with these clauses, these clauses prevail.

14.4 This Agreement is signed in two originals in English and Chinese, which have equal effect.

Signed for Provider: ______________________  Date: __________

Signed for Customer: ______________________  Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "h969z01": ("h969z01_housing_bureau_shared_ownership_platform.pdf", "pdf", Z01),
    "h969z02": ("h969z02_bread_machine_line_control_retrofit.docx", "docx", Z02),
    "h969z03": ("h969z03_meditation_chain_booking_saas.txt", "txt", Z03),
    "h969z04": ("h969z04_forestry_negative_ion_monitoring_om.txt", "txt", Z04),
    "h969z05": ("h969z05_moss_studio_process_tracking_supplier_template.md", "md", Z05),
    "h969e01": ("h969e01_cold_chain_wms_perpetual_licence_bc_vendor.pdf", "pdf", E01),
    "h969e02": ("h969e02_field_service_saas_order_form.md", "md", E02),
    "h969e03": ("h969e03_bridge_monitoring_sensors_licence.docx", "docx", E03),
    "h969e04": ("h969e04_auto_parts_managed_it_services_36_months.md", "md", E04),
    "h969e05": ("h969e05_agri_data_api_subscription.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
G, S = "goods_or_licence", "service"


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warr, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": warr, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def extra(kind, sla, ld_stated, capped, deemed, value):
    e = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == G:
        e["post_warranty_fee_capped"] = capped
    e["acceptance_deemed_on_delivery"] = deemed
    e["contract_value"] = value
    return e


# design: language, category, terms, extra, TCO inputs (fee base, warranty months), forum outside mainland, rules
DESIGN = {
    "h969z01": ("zh", "software",
                terms(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                      False, "PRC", G),
                extra(G, True, True, True, False, 1540000), (780000, 24), False, []),
    "h969z02": ("zh", "hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 24, 8, False, True,
                      True, "PRC", G),
                extra(G, True, True, True, False, 1560000), (1260000, 24), False,
                ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h969z03": ("zh", "cloud",
                terms(None, 0.25, True, "buyer", True, False, True, 0.08, 150, None, True, None, None, None, True,
                      True, False, "PRC", S),
                extra(S, True, True, None, False, 494000), None, False,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h969z04": ("zh", "services",
                terms(None, 1, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False,
                      False, False, "PRC", S),
                extra(S, True, True, None, False, 426000), None, False,
                ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h969z05": ("zh", "software",
                terms(None, 8, False, "supplier", True, True, True, 0.1, 50000 / 288000 * 100, 65, False, False, 6,
                      32, False, True, None, None, G),
                extra(G, True, True, True, True, 288000), (168000, 6), False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h969e01": ("en", "software",
                terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                      False, "British Columbia", G),
                extra(G, True, True, True, False, 1636000), (1180000, 18), True, ["CR-GOVERNING-LAW"]),
    "h969e02": ("en", "cloud",
                terms(99.95, 0.5, True, "buyer", True, True, False, 500 / 610000 * 100, 9 / 24 * 100, None, True,
                      None, None, None, False, True, False, "PRC", S),
                extra(S, True, True, None, False, 610000), None, False,
                ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "h969e03": ("en", "hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False,
                      "PRC", G),
                extra(G, True, True, True, False, 1732000), (1548000, 36), False, []),
    "h969e04": ("en", "services",
                terms(99.5, 0.25, False, "buyer", True, True, True, 2000 / 2184000 * 100, 150, None, True, None,
                      None, None, False, True, False, "PRC", S),
                extra(S, True, True, None, False, 2184000), None, False,
                ["CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"]),
    "h969e05": ("en", "cloud",
                terms(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                      True, False, "PRC", S),
                extra(S, False, False, None, False, 696000), None, False,
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
TH = {"availability": 99.9, "p1": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "pwf": 15, "tco": 40}


def tco_share(t, x, tco_in):
    if t["contract_kind"] != G or tco_in is None or t["post_warranty_fee_pct"] is None:
        return None
    base, warr = tco_in
    years = max(0.0, 5 - warr / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, tco_in, forum_outside):
    """Policy section 3 as read for this set."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, tco_in)
        if share is not None and share > TH["tco"]:
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


# ---------------------------------------------------------------- threshold scan
CNN = "零一二三四五六七八九十百"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|个?小时)",
    r"(?<![" + CNN + r"])四个?小时",
    r"(?<!twenty-)(?<!twenty )(?<!twenty)four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0\.050*\s*(?:%|％|per\s*cent|percent)",
    r"万分之五(?![十百点" + CNN[1:10] + r"])",
    r"千分之零点五",
    r"(?<![\d.])12\s*(?:months?|个月)",
    r"(?<![" + CNN + r"])十二个月",
    r"twelve\s*(?:\(12\)\s*)?months?",
    r"(?<![\d.])(?:15|30|40)\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:十五|三十|四十)(?![点" + CNN[1:10] + r"])",
    r"(?:fifteen|thirty|forty)\s*(?:\(\d+\)\s*)?(?:%|per\s*cent|percent)",
    r"(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:一)?百",
    r"one\s*hundred\s*(?:\(100\)\s*)?(?:%|per\s*cent|percent)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4小时内", "四小时", "four hours", "0.05%", "0.05 per cent",
            "万分之五", "12 months", "12个月", "十二个月", "twelve (12) months", "15%", "30 %", "40 percent",
            "百分之十五", "百分之三十", "百分之四十", "thirty per cent", "100%", "百分之百", "one hundred per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "twenty-four hours", "14 hours", "0.08%",
             "万分之八", "万分之五十", "18 months", "2027年12月31日", "二十四个月", "115%", "130%", "140%", "150%",
             "45%", "35%", "百分之三十五", "1,500", "10%", "5%", "2,100%"]


def scan_selftest():
    for s in MUST_HIT:
        assert RX.search(s) and RX.search(re.sub(r"\s+", "", s)), s
    for s in MUST_MISS:
        assert not RX.search(s) and not RX.search(re.sub(r"\s+", "", s)), s


# ---------------------------------------------------------------- reading back
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label_json(name, lang, cat, t, x, rules):
    d = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
         "expected_rules": rules}
    return json.dumps(d, ensure_ascii=False, indent=1)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.rstrip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, src) in FILES.items():
        lang, cat, t, x, tco_in, forum_outside, design = DESIGN[k]
        assert list(t)[-1] == "contract_kind" and len(t) == 19
        rules = derive(t, x, tco_in, forum_outside)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        # values never on a threshold
        assert t["availability_pct"] != TH["availability"] and t["p1_response_hours"] != TH["p1"], k
        assert t["ld_rate_per_day_pct"] != TH["ld"] and t["liability_cap_pct"] != TH["cap"], k
        assert t["prepayment_pct"] != TH["prepay"] and t["warranty_months"] != TH["warranty"], k
        assert t["post_warranty_fee_pct"] != TH["pwf"], k
        share = tco_share(t, x, tco_in)
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (k, share)
        text = read_back(OUT / name, fmt)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        (OUT / (Path(name).stem + ".json")).write_text(label_json(name, lang, cat, t, x, rules), encoding="utf-8")
        print("%-62s %-5s %5d  share=%s  %s" % (name, lang, n, None if share is None else round(share, 2),
                                                ", ".join(r[3:] for r in rules) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    main()
