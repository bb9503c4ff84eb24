"""holdout492: ten blind, ORDINARY draft contracts (5 zh, 5 en) with labels, written before any run.

Sources of all ten drafts are kept here. Running this file (with /work/main/.venv/bin/python -B) writes the .txt/.md
files, builds the .docx/.pdf with ../word_pdf.py (wrap_words=True), writes the .json labels, derives each draft's
expected rules from its labels by my own reading of policy.md §3, checks them against the design list and full
coverage of the 20 CR rules, reads every built file back to measure its length, and scans every built file and every
source for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

Z01 = """T:数字城管综合管理平台采购合同
P:合同编号：QJCG-2026-017（政府采购）
P:甲方（采购人）：青江市城市管理综合执法局
P:乙方（供应商）：江宁数智城市科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及青江市政府采购中心公开招标（项目编号QJZC-2026-0431）的中标结果，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:乙方向甲方提供数字城管综合管理平台软件（永久许可）、案件派遣流程及接口的定制开发、历史案件数据迁移、部署实施和培训服务。平台部署于青江市政务云，覆盖市、区两级指挥中心、12个街道和全部网格监督员。
H:第二条 合同价款
P:本合同总价为人民币1,960,000元（含税），明细如下：
TB:序号|项目|金额（元）
TB:1|平台基础软件许可（永久）|680,000
TB:2|移动巡查APP许可（永久）|210,000
TB:3|视频智能分析模块许可（永久）|370,000
TB:软件许可小计||1,260,000
TB:4|定制开发（派遣流程、12345热线及住建接口）|540,000
TB:5|部署实施及数据迁移|132,000
TB:6|培训|28,000
TB:合计||1,960,000
P:上述价款已包含软件许可、开发、实施、培训、差旅及税费，除第九条约定的质保期后运维费用外，甲方不再支付其他费用。
H:第三条 付款方式
P:（一）合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%，即392,000元，作为预付款。
P:（二）系统初验合格后15个工作日内，甲方支付合同总价的45%，即882,000元。
P:（三）系统最终验收合格后15个工作日内，甲方支付合同总价的35%，即686,000元。
P:乙方每次收款前应开具合法有效的增值税发票。甲方通过国库集中支付办理付款，因财政资金审批流程导致的付款延迟，不视为甲方违约，但甲方应及时告知乙方。
H:第四条 交付期限
P:乙方应在合同签订后90日内完成平台部署和定制开发并提交初验，在初验合格后试运行60日，试运行期满后15日内提交最终验收。
P:乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格，未经甲方同意不得更换。乙方应每周向甲方提交项目进度报告，重大问题应及时书面报告。
P:甲方应在合同签订后10个工作日内提供政务云计算、存储和网络资源，协调住建、12345热线等部门提供接口文档和测试环境，并指定项目联系人。因甲方原因造成延误的，交付期限相应顺延。
H:第五条 验收
P:（一）初验标准：平台全部功能按招标文件技术要求逐项测试通过；派遣流程与甲方确认的流程图一致；12345热线及住建接口连续7日数据交换无差错；历史案件数据迁移后逐条核对一致。
P:（二）最终验收标准：试运行期间无一级故障；300个并发用户下页面响应不超过2秒；通过第三方等级保护测评及软件安全测评；文档、源代码及操作手册齐全。
P:（三）甲方组织专家按上述标准出具书面验收报告。系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 知识产权
P:平台基础软件及各模块的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方为本项目定制开发的派遣流程、接口程序、报表及其源代码、文档的全部知识产权归甲方所有，甲方可自行使用、修改或交由第三方维护，乙方应在最终验收时交付源代码。
H:第七条 数据安全
P:（一）平台采集、产生的全部案件数据、影像资料和人员信息归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:（二）乙方应遵守《数据安全法》《个人信息保护法》，按等级保护第三级要求落实安全措施，通过甲方堡垒机进行运维操作，不得将数据拷贝出政务云。
P:（三）乙方项目人员应签署个人信息安全承诺书，离场时交回全部账号和资料。
P:（四）发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
H:第八条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、网络结构、账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第九条 质量保证与运维服务
P:（一）免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:（二）平台月可用率不低于99.95%。一级故障（平台整体不可用或指挥中心无法派遣）乙方应在30分钟内响应、2小时内到场，8小时内恢复。
P:（三）响应或恢复超时的，每超时1小时乙方支付800元；月可用率每低于承诺值0.01个百分点，扣减1,000元。
P:（四）质保期满后，甲方如需继续运维，年度运维费不超过软件许可小计的8%，即每个服务年度不超过100,800元，该价格在质保期满后三个服务年度内不上调。运维合同由双方另行签订，不自动续期。
P:（五）乙方应在最终验收前对甲方系统管理员、指挥中心坐席员、网格监督员分批开展培训，培训不少于6场，提供培训教材及操作视频，确保相关人员能够独立操作。
H:第十条 违约责任
P:（一）乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:（二）乙方交付的系统不符合合同约定的，甲方有权要求限期整改；整改后仍不合格的，甲方可解除合同。
H:第十一条 分包
P:乙方不得将本合同的任何部分分包或转包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能履行的，受影响一方应在不可抗力发生后5日内书面通知对方并提供证明，双方协商延期履行或部分免除责任。
H:第十五条 廉洁与通知
P:（一）双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供礼品、礼金、宴请或其他不正当利益。乙方违反本款的，甲方可依照政府采购有关规定处理。
P:（二）双方的通知应以书面形式送达本合同首页所列地址或双方确认的电子邮箱。一方变更联系方式的，应在变更后3日内书面通知对方，否则按原地址送达即视为有效送达。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：青江市城市管理综合执法局    乙方（盖章）：江宁数智城市科技有限公司
P:联系人及电话：__________    联系人及电话：__________
P:代表签字：__________    代表签字：__________
P:日期：2026年5月    日期：2026年5月
"""

Z02 = """T:灌装线控制系统改造及维保合同
P:合同编号：HQPJ-SB-2026-052
P:甲方：海泉啤酒（临沂）有限公司
P:乙方：齐鲁恒控自动化工程有限公司
P:鉴于甲方二号灌装线（设计产能每小时36,000瓶）原控制系统已运行多年、备件停产，甲方决定对该线控制系统进行改造。乙方具备相应的设计、供货和调试能力。双方经友好协商，就改造及后续维保事宜订立本合同。
H:一、改造范围
P:（一）更换洗瓶机、灌装机、压盖机、杀菌机、贴标机及输送线的PLC控制系统，更换伺服驱动及电机，新增6台HMI触摸屏。
P:（二）提供SCADA监控软件永久许可，实现全线设备状态、产量、停机原因的集中监控，并与甲方现有MES系统对接。
P:（三）完成PLC及HMI程序开发、停线切换、单机及联动调试、试生产和人员培训。
P:（四）主要技术要求：PLC采用冗余电源及工业以太网架构，每个控制柜预留不少于两成的I/O余量；HMI画面采用中文界面，关键参数修改须经分级权限确认并留存操作记录；SCADA数据保存期不少于三个服务年度，支持按班次、批次查询和导出。
P:（五）所供设备均应为原厂全新产品，附合格证、出厂检验报告及原产地证明，电气元件须符合国家强制性认证要求，控制柜防护等级不低于IP54，适应灌装车间潮湿环境。
H:二、合同价款
P:本合同总价为人民币1,360,000元（含13%增值税），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制系统（含CPU、I/O模块、控制柜）|1套|486,000
TB:2|伺服驱动器及伺服电机|1批|318,000
TB:3|HMI触摸屏（15英寸）|6台|87,000
TB:4|SCADA监控软件许可（永久）|1套|156,000
TB:软硬件小计|||1,047,000
TB:5|PLC/HMI程序开发及调试|1项|198,000
TB:6|安装、停线切换及试生产|1项|96,000
TB:7|操作及维护培训|1项|19,000
TB:合计|||1,360,000
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%，即272,000元。
P:（二）设备到货并安装完成后10个工作日内，甲方支付合同总价的55%，即748,000元。安装完成不视为验收。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的25%，即340,000元。
P:（四）乙方应在合同生效后7日内向甲方提交合同总价5%的履约保证金（68,000元），质保期满且无未决问题后无息退还。
H:四、工期
P:（一）设备应在合同生效后45日内运抵甲方工厂。停线切换安排在甲方确定的检修窗口内进行，停线时间不超过6天。
P:（二）乙方应在停线切换前提交详细的切换方案，包括人员安排、旧设备拆除、新设备接线、程序下载及回退预案，经甲方工程部审核后实施。
P:（三）乙方应在停线切换完成后20日内完成联动调试和试生产。工期延误的，乙方应增派人员赶工，双方协商调整进度计划，因此增加的费用由乙方承担。
H:五、验收
P:（一）试生产连续运行15天后进行最终验收。验收标准：全线运行效率不低于设计产能的92%；因控制系统原因造成的停机累计不超过2小时；灌装液位、压盖扭矩等关键参数控制精度符合技术协议；SCADA及MES接口数据准确、连续。
P:（二）甲方按上述标准组织验收并签署验收报告。设备安装完成或试生产不视为验收合格。验收不合格的，乙方应在10日内整改并再次申请验收。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内软硬件故障由乙方免费维修或更换，并免费提供程序优化。
P:（二）一级故障（灌装线停线）乙方应在1小时内响应，3小时内到场，8小时内恢复生产；二级故障24小时内处理完毕。
P:（三）响应或到场超时的，每超时1小时，甲方可从履约保证金中扣减1,000元；质保期满后从当期维保费中扣减。
P:（四）质保期内乙方每季度对控制系统进行一次预防性巡检，检查控制柜温升、接线、通讯及备份程序的完整性，并出具巡检报告。
P:（五）乙方应在甲方工厂储备关键备件，并保证所供产品停产后继续供应备件不少于8年。
H:七、质保期满后的维保
P:质保期满后，甲方可与乙方签订维保合同。年度维保费为软硬件小计的10%，即每个服务年度104,700元，质保期满后前三个服务年度不调价。维保合同逐年签订，不自动续期。
H:八、知识产权
P:乙方为本项目开发的PLC程序、HMI画面、配方参数及接口程序归甲方所有，乙方应交付全部源程序及注释。SCADA软件及第三方软件的知识产权归原权利人，甲方享有永久使用权。
H:九、数据安全
P:（一）生产数据、配方及工艺参数归甲方所有，乙方不得拷贝、保存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方批准，通过甲方提供的VPN接入并全程记录；乙方人员不得在控制网络中使用未经查杀的移动存储设备。
P:（三）发生数据泄露、病毒感染等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:十、保密
P:双方对履行本合同中知悉的对方技术资料、配方及商业信息负有保密义务，未经对方书面同意不得向第三方披露。
H:十一、分包
P:乙方可将控制柜组装、电缆敷设等非核心工作分包给具备相应资质的单位，但应提前书面通知甲方。乙方对分包单位的工作向甲方负责。
H:十二、人员与培训
P:（一）乙方应指派具有同类灌装线改造经验的项目经理和不少于3名调试工程师，停线切换期间实行24小时轮班，项目经理未经甲方同意不得更换。
P:（二）乙方应对甲方电气维修人员和操作工分别培训，培训内容包括系统原理、程序结构、故障诊断、备件更换及日常保养，培训结束后进行考核，考核合格人员应能独立处理常见故障。乙方应提供中文操作手册、电气图纸及程序说明书各三套及电子版。
H:十三、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产、食品卫生和动火作业管理制度，进入灌装车间须穿戴甲方规定的工作服、帽子和鞋套，动火、登高作业须办理作业许可。因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
H:十四、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十六、不可抗力与通知
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供有关证明，双方据此协商延期履行或解除合同。
P:（二）双方往来通知以书面形式发送至本合同所列地址，电子邮件经对方确认收到后同样有效。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方：海泉啤酒（临沂）有限公司（盖章）    乙方：齐鲁恒控自动化工程有限公司（盖章）
P:授权代表：__________    授权代表：__________
"""

Z03 = """排课及缴费管理系统（SaaS）服务合同

合同编号：XQ-IT-2026-009

甲方：星启教育咨询（长沙）有限公司（星启托管班连锁，共22个校区）
乙方：湘云软件服务有限公司

鉴于甲方需要一套统一的排课、考勤、家长缴费及校区经营管理系统，乙方拥有“课栈”SaaS平台并提供实施服务，双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方22个校区提供“课栈”SaaS平台订阅服务，包括排课、学员档案、考勤签到、家长端小程序、在线缴费及退费、教师课时统计和经营报表。
1.2 乙方提供一次性实施服务：历史学员及缴费数据迁移、22个校区的账号与课程配置、与甲方微信支付商户号及财务系统的对接、3份定制经营报表的开发，以及对校区主管和前台人员的培训。
1.3 短信通知按实际发送量另行结算，单价每条0.045元，不计入合同总价。
1.4 订阅服务包括：平台托管及运行维护、版本更新、7×24小时故障受理、工作日9:00至21:00的在线客服及电话支持、每季度一次的使用情况回访。乙方对平台功能的调整不得降低甲方已使用功能的水平。
1.5 甲方新开校区的，可按第3.1条单价增购订阅，费用按当期服务年度剩余月数折算；关闭校区的，自下一服务年度起相应减少订阅数量。

2. 服务期限
2.1 订阅服务期为三个服务年度，自系统上线验收合格之日起计算，预计自2026年8月1日起至2029年7月31日止。
2.2 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期的订阅单价由乙方根据当年价格政策确定，上调幅度不超过上一服务年度单价的10%。

3. 合同价款
3.1 订阅费：每校区每个服务年度6,800元，22个校区每个服务年度149,600元，三个服务年度合计448,800元。
3.2 实施费：86,000元（含数据迁移、配置、对接、报表开发及培训）。
3.3 合同总价：534,800元（含税）。

4. 付款方式
4.1 实施费在上线验收合格后15个工作日内一次性支付。
4.2 订阅费按季度支付，每个服务年度分四期，每期37,400元，于每季度首月10日前支付当季费用。首期自上线验收合格之日起计算。
4.3 乙方应在每次收款前开具增值税普通发票。甲方对账单有异议的，应在收到后5个工作日内提出，双方核对一致后付款。

5. 实施与上线验收
5.1 乙方应在合同签订后45日内完成全部实施工作并提交上线验收。
5.2 上线验收标准：(1) 全部22个校区账号开通，历史学员档案及近两个学期的缴费记录迁移后抽样核对无差错；(2) 排课、考勤、缴费、退费流程按甲方确认的业务清单逐项测试通过；(3) 微信支付与财务系统对账连续10日一致；(4) 3份定制报表数据与甲方手工台账一致。
5.3 甲方应在收到验收申请后7个工作日内按上述标准组织验收并书面确认。系统上线试用不视为验收合格。
5.4 乙方应在上线前对各校区主管、前台及财务人员分批培训，提供操作手册和视频教程；上线后首月安排专人驻场长沙总部，协助处理开学缴费高峰期的问题。
5.5 乙方未按期提交上线验收或验收不合格后整改超期的，每逾期一日向甲方支付违约金400元。

6. 服务水平
6.1 系统月可用率不低于99.5%（计划维护除外，计划维护应安排在晚间22:00至次日6:00并提前3日通知）。
6.2 一级故障（全部校区无法登录、缴费或排课）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能不可用）2小时内响应，次日内解决。
6.3 乙方应于每月10日前向甲方提交上月服务报告，列明可用率、故障处理及客服工单情况。
6.4 月可用率每低于承诺值0.1个百分点，或一级故障恢复每超时1小时，乙方按当月订阅费的2%向甲方抵扣服务费，单月抵扣不超过当月订阅费的25%。

7. 数据与数据安全
7.1 甲方录入及系统产生的学员、家长、教师及缴费数据归甲方所有。
7.2 乙方可在去除学员及家长身份信息后，将甲方的运营统计数据用于产品改进和行业分析报告，并可在合同终止后继续使用该等去标识化数据。
7.3 乙方应按等级保护第三级要求运营平台，对学员及家长个人信息加密存储，实行最小权限访问，保留访问日志不少于6个月，并遵守《个人信息保护法》关于未成年人个人信息的规定。
7.4 发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因导致数据安全事件的，乙方承担由此产生的全部责任，赔偿甲方及家长的损失。
7.5 乙方运维人员访问生产环境须经审批并使用实名账号，禁止将甲方数据下载至个人设备；家长支付信息由第三方支付机构处理，平台不存储银行卡号。
7.6 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交还甲方，并删除平台上的甲方数据。

8. 知识产权
8.1 “课栈”平台及其标准功能的知识产权归乙方所有。
8.2 乙方为甲方开发的3份定制报表、支付及财务接口程序的知识产权归甲方所有，甲方可自行使用和修改。

9. 保密
双方对在合作中知悉的对方商业信息、价格、招生及经营数据、技术资料负有保密义务，未经对方书面同意不得向第三方披露，合同终止后继续有效。

10. 违约责任
10.1 乙方累计赔偿责任以合同总价的150%为限，但乙方故意或重大过失、违反第7条造成的损失不受此限。
10.2 甲方逾期支付订阅费超过30日的，乙方可在书面通知后暂停服务，甲方付清后恢复。

11. 分包
乙方不得将本合同项下的实施或运营服务转包或分包给第三方，确需分包的应事先取得甲方书面同意。

12. 合同解除
一方严重违约，经对方书面通知后15日内未纠正的，守约方可书面通知解除本合同。单月发生两次以上一级故障且累计恢复超时的，视为乙方严重违约。乙方违约导致解除的，应退还甲方已付未使用期间的订阅费。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交长沙仲裁委员会仲裁。

14. 不可抗力
因不可抗力导致一方不能履行本合同的，应及时通知对方并在10日内提供证明，根据影响程度部分或全部免除责任。电信运营商网络故障或第三方支付通道故障不属于乙方原因，但乙方应及时通知甲方并协助处理。

15. 通知
双方指定的联系人：甲方为运营管理部负责人，乙方为客户成功经理。涉及合同变更、续约或解除的通知应以书面形式送达对方注册地址。

16. 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一《功能清单》、附件二《实施计划》、附件三《服务水平说明》为本合同组成部分，与本合同具有同等效力。本合同的修改和补充应以书面形式作出。

甲方（盖章）：星启教育咨询（长沙）有限公司
乙方（盖章）：湘云软件服务有限公司
签署日期：2026年6月
"""

Z04 = """捐赠管理信息系统年度运维服务合同

项目名称：捐赠管理信息系统2026年度运维服务
采购方式：竞争性磋商（项目编号：YZCG-2026-C-118）

甲方：禹州市红十字会
乙方：中原慧联信息技术有限公司

依据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方捐赠管理信息系统（含捐赠登记、票据开具、物资出入库、项目执行、信息公开五个子系统及微信捐赠小程序）的年度运维服务，订立本合同。

（1）服务内容
1. 日常运维：系统巡检、数据库及中间件维护、备份与恢复演练、性能优化、操作系统和中间件补丁更新。
2. 应用支持：解答使用问题，处理数据异常，按甲方要求调整报表、捐赠票据格式及信息公开页面，每个服务年度内不超过20项小型变更。
3. 驻场服务：乙方派1名驻场工程师在甲方办公地点提供工作日服务；重大募捐活动期间（含“博爱周”、突发灾害应急募捐）增派1名工程师现场值守。
4. 安全运维：配合甲方完成网络安全等级保护测评整改，每季度开展漏洞扫描并提交整改报告，对高危漏洞在5个工作日内完成修复或提出临时防护措施。
5. 数据备份：每日对数据库进行增量备份，每周进行全量备份，备份数据保存在甲方指定的备份服务器和异地存储设备上；每半个服务年度开展一次恢复演练，形成演练报告。
6. 年度报告：服务期满前15日，乙方应提交年度运维总结，分析系统运行状况、存在问题和改进建议，作为甲方后续采购的参考。
7. 应急保障：遇自然灾害等突发事件启动应急募捐时，乙方应在接到通知后2小时内到岗，保障捐赠通道畅通、捐赠数据及时统计和公示。
8. 交接：服务期开始后10日内，乙方应完成与原运维单位的交接，接收系统文档、账号和运维记录，并形成交接清单。

（2）服务期限
服务期为一个服务年度，自2026年1月1日起至2026年12月31日止。期满后甲方按规定重新组织采购，本合同不自动续期。

（3）合同价款
合同总价为人民币386,000元（含税），包括：驻场运维服务218,000元；应用支持及小型变更96,000元；安全运维及测评整改配合52,000元；应急值守20,000元。除上述费用外，甲方不再支付其他费用。

（4）付款方式
服务费按季度支付。每季度结束后，甲方按第（6）项完成季度考核，在考核结果确认后15个工作日内支付当季服务费96,500元，扣除考核扣款后支付。乙方应先行开具合规发票。

（5）服务水平
1. 系统运行时间内，捐赠小程序及捐赠登记子系统的月可用率不低于99.95%。
2. 一级故障（系统整体不可用、无法接收捐款或无法开具票据）：乙方15分钟内响应，1小时内到场，3小时内恢复。
3. 二级故障（单个子系统部分功能异常）：30分钟内响应，8小时内解决。
4. 三级问题（咨询、小型变更）：1个工作日内响应，按双方确认的计划完成。
5. 每次故障处理完毕后，乙方应在2个工作日内提交故障报告，说明故障原因、处理过程和预防措施。
6. 每月5日前提交上月运维报告，内容包括巡检记录、故障处理、变更、备份及安全情况。

（6）考核与验收
1. 甲方按季度对乙方进行考核，考核指标为：月可用率、各级故障响应及恢复时间、巡检和备份执行率、运维报告提交情况、用户满意度。
2. 一级故障每超时1小时扣款1,000元；月可用率每低于承诺值0.01个百分点扣款800元；运维报告每迟交1日扣款200元。
3. 服务期满后，甲方依据四个季度的考核记录、交接清单及运维文档组织年度验收，出具验收意见。年度考核平均得分低于80分的为不合格，乙方应在20日内整改。

（7）数据安全
1. 系统中的捐赠人、受助人信息及捐赠款物数据归甲方所有，乙方仅可为履行本合同进行处理，不得复制、留存、出售或用于其他任何目的。
2. 乙方运维操作应通过甲方堡垒机进行，使用个人实名账号，禁止共用账号；对捐赠人身份证号、银行账号等信息不得批量导出。
3. 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，对驻场人员进行背景审查和安全培训，并与其签订个人承诺书。
4. 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，并配合开展调查、通知受影响的捐赠人；因乙方原因导致数据安全事件的，乙方承担全部法律责任，赔偿甲方由此遭受的损失，包括监管处罚及第三方索赔。

（8）知识产权
乙方在服务期内为甲方编写的运维脚本、报表、变更程序、运维文档的知识产权归甲方所有，甲方可自由使用、修改。

（9）人员要求
驻场工程师应具备两年以上同类系统运维经验，熟悉Oracle数据库及国产中间件，持有相应的信息安全或数据库认证。乙方应配备二线技术支持团队，驻场人员无法解决的问题应在2小时内升级至二线团队处理。乙方更换驻场人员应提前10日书面告知甲方并做好工作交接，新到岗人员应经甲方面谈同意。驻场工程师每日填写运维日志，每周五向甲方信息化工作负责人汇报本周工作和下周计划。甲方为驻场人员提供办公座位、网络接入和必要的门禁权限，乙方人员离场时应交还全部门禁卡和账号。乙方人员应遵守甲方的工作纪律和信息公开规定。

（10）违约责任
1. 乙方未按第（1）项第8目约定期限完成交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。
2. 因乙方运维失误导致数据丢失的，乙方应负责恢复，无法恢复的赔偿甲方损失。
3. 甲方逾期付款的，应按逾期金额每日万分之三向乙方支付逾期付款违约金。

（11）分包
乙方不得将本合同服务转包或者分包。

（12）争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

（13）不可抗力
因地震、洪水等不可抗力致使本合同不能履行的，受影响一方应及时通知对方，并在10日内提供证明。不可抗力期间，乙方仍应尽力配合甲方开展应急捐赠工作。

（14）廉洁条款
乙方及其人员不得向甲方工作人员赠送礼品、礼金或提供其他不正当利益，不得以任何方式干扰甲方的捐赠管理和信息公开工作。乙方不得以甲方名义开展任何募捐或宣传活动，不得在未经甲方同意的情况下将本项目用作商业宣传案例。

（15）通知
双方的通知以书面形式送达本合同所列地址。甲方联系人为信息化工作负责人，乙方联系人为项目经理，联系方式变更应提前3日告知。

（16）其他
本合同未尽事宜，按竞争性磋商文件及《中华人民共和国民法典》执行。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：禹州市红十字会        乙方（盖章）：中原慧联信息技术有限公司
法定代表人或授权代表：              法定代表人或授权代表：
日期：2025年12月                    日期：2025年12月
"""

Z05 = """# 粽香智造 MES 生产执行系统 软件许可及实施合同

**合同文本版本：** 嘉智软件标准合同 V3.2

**合同编号：** JZ-MES-2026-0317

**甲方（买方）：** 芳禾粽业（嘉兴）食品有限公司

**乙方（卖方）：** 嘉禾智造软件有限公司

甲方因粽子生产车间数字化管理需要，向乙方采购MES生产执行系统软件许可及相关实施服务。双方根据《中华人民共和国民法典》，在平等自愿基础上签订本合同。

## 第一条 合同标的

1. 乙方向甲方提供“嘉智MES”生产执行系统软件永久使用许可，包括基础平台、生产排程、质量追溯、仓储管理四个模块，授权甲方嘉兴工厂使用，用户数不限。
2. 乙方根据甲方需求进行定制开发：粽叶、糯米、馅料原料批次追溯，蒸煮及速冻工艺参数自动采集，与甲方ERP系统的物料、订单接口。
3. 乙方负责系统安装部署、基础数据初始化、上线支持及培训。
4. 系统运行环境：服务器及数据库由甲方自行采购并部署在甲方嘉兴工厂机房，操作系统、数据库版本以乙方提供的《环境配置清单》为准；车间数据采集终端、扫码枪和标签打印机由甲方按乙方建议的型号采购。
5. 系统上线后，乙方提供为期两周的现场上线支持，协助甲方完成端午旺季前的生产排程及原料批次追溯。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 基础平台软件许可（永久） | 420,000 |
| 2 | 生产排程模块许可（永久） | 180,000 |
| 3 | 质量追溯模块许可（永久） | 160,000 |
| 4 | 仓储管理模块许可（永久） | 140,000 |
| | 软件许可小计 | 900,000 |
| 5 | 定制开发（原料批次追溯、工艺参数采集、ERP接口） | 230,000 |
| 6 | 安装部署及上线实施 | 60,000 |
| 7 | 培训 | 10,000 |
| | 合同总价（含税） | 1,200,000 |

## 第三条 付款方式

1. 合同签订后5个工作日内，甲方支付合同总价的50%，即600,000元。
2. 系统上线后10个工作日内，甲方支付合同总价的50%，即600,000元。
3. 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停实施工作。

## 第四条 实施周期

乙方在收到首笔款项后开始实施，预计在90个工作日内完成系统上线。实施分为需求调研、系统配置与定制开发、数据初始化、上线准备四个阶段，各阶段的具体工作和时间安排以《实施计划》为准。因甲方需求变更、现场条件不具备或配合不及时造成的延误，实施周期相应顺延。

## 第五条 双方义务

1. 甲方应指定项目负责人，在调研结束后10个工作日内确认需求说明书和实施计划，提供车间网络、服务器及必要的办公条件，组织各车间主任和仓库人员参加需求调研和培训。
2. 乙方应指派项目经理和实施顾问，按实施计划完成安装部署、基础数据导入和系统配置，每两周向甲方汇报实施进度。乙方项目经理应参加甲方每周生产例会中的信息化议题。
3. 乙方应为甲方系统管理员、计划员、质检员和仓库人员提供操作培训，培训不少于4次，并提供电子版用户手册。
4. 需求说明书确认后，甲方提出的需求变更应以书面形式提出，由双方评估工作量后另行签订补充协议。

## 第六条 上线与验收

1. 乙方完成安装部署和定制开发后通知甲方上线。系统上线运行即视为甲方验收合格。
2. 上线后甲方发现的问题，按第八条质保服务处理，不影响验收结论。
3. 乙方在上线时向甲方移交系统管理员账号、用户手册、系统配置说明及数据字典，甲方签收后由甲方自行管理账号权限。

## 第七条 知识产权

1. 嘉智MES软件的著作权及一切知识产权归乙方所有，甲方仅取得本合同约定范围内的使用许可。
2. 乙方为甲方定制开发的程序、接口、报表及相关文档，其知识产权归乙方所有，乙方可将其用于其他客户。甲方在本合同授权范围内使用，不得修改、反编译或提供给第三方。

## 第八条 质保与维护

1. 免费质保期为六个月，自系统上线之日起计算。质保期内乙方提供远程技术支持和软件缺陷修复。
2. 乙方在接到甲方一级故障（系统无法使用、生产数据无法采集）报告后8小时内响应，并尽快安排处理；其他问题在2个工作日内响应。
3. 质保期满后，甲方如需乙方继续提供维护服务，年度维护费为软件许可小计的25%，即每个服务年度225,000元，按服务年度预付。维护服务按服务年度签订合同，不自动续期。

## 第九条 数据安全

1. 系统中的生产、质量及仓储数据归甲方所有，乙方不得用于本合同以外的目的。
2. 乙方远程维护须经甲方同意并使用甲方指定的账号，不得下载或留存甲方数据。
3. 乙方应对其实施人员进行信息安全教育，实施人员进入甲方车间和机房应遵守甲方的安全、卫生及门禁管理规定。
4. 因乙方原因造成甲方数据泄露或丢失的，乙方应及时补救，并承担相应的赔偿责任。

## 第十条 保密

双方对因本合同获得的对方商业秘密、技术信息、配方及工艺资料负有保密义务，未经对方书面同意不得向第三方披露。本条款在合同终止后继续有效。

## 第十一条 违约责任

1. 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。
2. 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。在任何情况下，乙方不对甲方的间接损失、利润损失、停产损失承担责任。

## 第十二条 合同解除

任何一方严重违反本合同，经对方书面通知后30日内仍未纠正的，对方有权解除本合同。

## 第十三条 不可抗力

因地震、台风、洪水、疫情及政府行为等不可抗力导致一方不能履行本合同的，受影响一方应在不可抗力发生后10日内通知对方并提供证明，双方协商延期履行。不可抗力持续超过90日的，双方可协商解除合同。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，提交嘉兴仲裁委员会仲裁。

## 第十五条 其他

1. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
2. 本合同附件包括《需求说明书》《实施计划》，与本合同具有同等效力。
3. 双方往来通知以书面形式发送至本合同所列地址或双方项目负责人的电子邮箱。
4. 本合同为乙方标准文本，双方另有书面约定的，以书面约定为准。

| 甲方（盖章）：芳禾粽业（嘉兴）食品有限公司 | 乙方（盖章）：嘉禾智造软件有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期： | 日期： |
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. WL-CN-2026-011
P:This Software Licence and Services Agreement is made between Chengdu Lengyun Cold Chain Logistics Co., Ltd., a company registered in Chengdu, Sichuan Province, People's Republic of China (the "Customer"), and Wisla Logic sp. z o.o., a company registered in Wroclaw, Poland (the "Vendor").
P:Recitals. The Customer operates three cold-storage warehouses in Chengdu and Deyang and wishes to replace its current stock-keeping tools with a warehouse management system. The Vendor develops and licenses the WislaWMS warehouse management software and provides implementation services. At the Customer's request all prices in this Agreement are stated and payable in CNY.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the WislaWMS server software, user licences and handheld terminal licences listed in Article 3, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the configuration, the interfaces to the Customer's ERP and transport management systems, the reports and all other work product created by the Vendor specifically for the Customer under this Agreement, including source code and documentation.
P:1.3 "Customer Data" means all data entered into or generated by the Licensed Software at the Customer's sites, including stock records, temperature logs, customer and consignee information.
P:1.4 "Final Acceptance" means the written acceptance certificate issued by the Customer under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at the Customer's warehouses in the People's Republic of China for its own business, including by its affiliates.
P:2.2 The Vendor shall configure the Licensed Software, develop the interfaces and reports, migrate the opening stock data, install the software on the Customer's servers in Chengdu, train the Customer's staff and support the go-live, all in accordance with the statement of work in Annex 1.
P:2.3 Each party shall appoint a project manager. The Vendor's project manager shall speak Chinese or be supported by a Chinese-speaking consultant, shall be on site in Chengdu during configuration workshops, go-live and the productive run, and shall send a written progress report every week.
P:2.4 A steering committee of the two project managers and one senior representative of each party shall meet every month to review progress, risks and change requests. Changes to the scope, price or dates require a written change order signed by both parties.
P:2.5 The Customer shall provide the servers, operating systems, database licences, network access and handheld terminals described in Annex 1, and make its key users available for workshops and testing.
H:Article 3 Prices
P:3.1 The total price of this Agreement is CNY 1,410,000, inclusive of all taxes, itemised as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|WislaWMS server licence, perpetual|1|520,000
TB:2|Named user licences, perpetual|80|280,000
TB:3|RF handheld terminal licences, perpetual|40|80,000
TB:|Licence Subtotal||880,000
TB:4|Configuration and customisation|lot|310,000
TB:5|ERP and TMS interfaces|lot|145,000
TB:6|Data migration|lot|48,000
TB:7|Training|lot|27,000
TB:|Total Price||1,410,000
P:3.2 The prices are fixed for the duration of this Agreement. Travel and accommodation of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 10% of the Total Price (CNY 141,000) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Customer.
P:4.2 55% of the Total Price (CNY 775,500) within 20 days after go-live of all three warehouses. Go-live is not acceptance.
P:4.3 35% of the Total Price (CNY 493,500) within 20 days after Final Acceptance.
P:4.4 The Customer shall pay by bank transfer to the Vendor's account. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve go-live of all three warehouses within 120 days after signature, following the project plan in Annex 2.
P:5.2 Final Acceptance tests start after a 30-day productive run following go-live. The acceptance criteria are: (a) every function in the statement of work passes the agreed test scripts; (b) stock on hand in the system matches a full physical count in each warehouse; (c) the ERP and TMS interfaces exchange orders and shipment confirmations without error for 10 consecutive working days; (d) 300 picking transactions per hour are processed with a response time under two seconds; (e) no Severity 1 incident occurred during the productive run.
P:5.3 The Customer shall issue the Final Acceptance certificate within 10 working days after the criteria are met, or state in writing which criteria are not met. Go-live, productive use or payment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the documentation and the statement of work for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide updates and new releases free of charge.
P:6.2 Severity 1 incidents (a warehouse cannot receive, pick or ship) shall be responded to within 1 hour and worked on continuously until a workaround is in place, at the latest within 8 hours. Severity 2 incidents shall be responded to within 2 business hours.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
H:Article 7 Annual Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support (corrections, updates, new releases and the response times of Article 6) for an Annual Support Fee of 11% of the Licence Subtotal, being CNY 96,800 per Support Year.
P:7.2 The Annual Support Fee is fixed for the first three Support Years. Each Support Year is ordered by a separate purchase order; support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software and all intellectual property in it remain the property of the Vendor.
P:8.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Customer may use, modify, and license them to third parties freely. The Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only remotely through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer, and shall not copy Customer Data outside the Customer's systems. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in its investigation and remedy it, and shall be liable for all losses of the Customer caused by a breach of this Article 9.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only to perform this Agreement. This obligation survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to achieve go-live or Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Total Price for each day of delay, up to 10% of the Total Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Total Price, except for breach of Articles 9 and 10, wilful misconduct and personal injury.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for approved subcontractors.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate if liquidated damages under Article 11.1 reach their maximum.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Poland.
P:14.2 Any dispute shall be finally settled by arbitration at the Court of Arbitration at the Polish Chamber of Commerce in Warsaw, in English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the delay.
P:15.3 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt.
P:15.4 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or benefit to employees of the other party.
P:15.5 This Agreement is signed in two originals in English, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — LearnDeck Cloud Learning Platform

**Order Form No.:** LD-OF-2026-0418

**Provider:** LearnDeck s.r.o., Brno, Czech Republic

**Customer:** Xiamen Haiyue Hotel Management Co., Ltd., Xiamen, Fujian Province, People's Republic of China

This Order Form is entered into under, and incorporates, the LearnDeck General Terms set out in Part B below. The Customer operates eleven hotels in Fujian and Guangdong and orders the LearnDeck platform for the onboarding and continuous training of its front-office, housekeeping and food-and-beverage staff. At the Customer's request all fees are priced and invoiced in CNY.

## Part A — Order Details

### Section 1. Subscription

1.1 Service: LearnDeck Cloud, Business edition, with the mobile learning app, course authoring tool, quiz engine, certificates and the reporting dashboard.

1.2 Quantity: 450 learner seats and 12 administrator accounts. Seats may be reassigned between employees at any time.

1.3 Subscription Term: two Subscription Years. The first Subscription Year starts on the Go-Live Date (planned for 1 March 2026) and the second Subscription Year ends on the day before the second anniversary of the Go-Live Date.

1.4 Renewal: this Order Form does not renew automatically. Any further period requires a new Order Form signed by both parties.

### Section 2. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 450 seats x CNY 260 | 117,000 |
| Subscription fee, Subscription Year 2 | 450 seats x CNY 260 | 117,000 |
| Onboarding package (one-off) | fixed | 38,000 |
| **Total fees under this Order Form** | | **272,000** |

2.1 The onboarding package covers: single sign-on with the Customer's staff directory, import of 450 learner profiles, migration of 64 existing training courses, configuration of hotel and department hierarchies, creation of four course templates in the Customer's brand design, and two remote training sessions for administrators.

2.2 Fees are fixed for the Subscription Term. Additional seats ordered during a Subscription Year are charged pro rata at CNY 260 per seat per Subscription Year.

### Section 3. Invoicing and Payment

3.1 The onboarding fee is invoiced after Go-Live acceptance under Section 4.

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.

3.3 Invoices are payable within 30 days of receipt by bank transfer. No amount is payable before the Go-Live Date.

### Section 4. Onboarding and Go-Live Acceptance

4.1 The Provider shall complete the onboarding package within 45 days after signature of this Order Form.

4.2 Go-Live acceptance criteria: (a) all 12 administrators and a sample of 40 learners from four hotels log in through single sign-on; (b) all 450 learner profiles are imported with correct hotel and department; (c) the 64 migrated courses play on desktop and on the mobile app with quizzes scored correctly; (d) the four brand templates are approved by the Customer's training manager; (e) the reporting dashboard shows completion rates per hotel that match a test data set.

4.3 The Customer shall confirm acceptance in writing within 7 working days after the Provider reports completion, or list the criteria not met. The Go-Live Date is the date of that written confirmation.

4.4 If the Provider does not reach Go-Live within the period in 4.1 for reasons attributable to it, the Provider shall pay the Customer CNY 300 for each day of delay.

### Section 5. Contacts

5.1 Provider: Customer Success Manager, LearnDeck s.r.o., Brno. Customer: Training Director, Haiyue Hotel Management, Xiamen.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

## Part B — LearnDeck General Terms

### Section 6. The Service

6.1 The Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with the documentation published on the Provider's website.

6.2 The Provider will use commercially reasonable efforts to keep the Service available, except for scheduled maintenance announced in advance on the Provider's status page.

6.3 Support is provided by e-mail and through the help centre in English and Chinese during the Provider's business hours. The Provider will answer support requests as soon as reasonably practicable and will prioritise requests that prevent users from accessing the Service.

6.4 The Provider may improve and update the Service from time to time, provided that the functionality ordered is not materially reduced during the Subscription Term.

### Section 6A. Acceptable Use

6A.1 The Customer shall not, and shall ensure that its users do not, resell the Service, use it to build a competing product, upload unlawful content, or attempt to circumvent usage limits or access controls.

6A.2 The Provider may suspend an individual user account that breaches 6A.1 after informing the Customer's administrator, and shall restore it once the breach has ended. The Provider shall not suspend the Service as a whole on this ground without first giving the Customer written notice and 10 days to remedy.

### Section 7. Customer Obligations

7.1 The Customer is responsible for the content it uploads, for the accuracy of learner profiles and for the use of the Service by its users in accordance with these General Terms.

7.2 The Customer shall appoint a training manager as the main contact for the Provider, provide the course materials to be migrated in an agreed format, and make its IT staff available for the single sign-on connection.

7.3 The Customer shall keep its administrator credentials secure and inform the Provider without delay of any unauthorised use it becomes aware of.

### Section 8. Customer Data

8.1 Customer Data means all content, learner profiles, training records and results uploaded to or generated in the Service by or for the Customer.

8.2 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Service to the Customer under this Order Form and for no other purpose.

8.3 At the end of the Subscription Term the Provider shall make Customer Data available for export in a standard format for 30 days and then delete it.

### Section 9. Intellectual Property

9.1 The Service, the software and all related materials remain the property of the Provider and its licensors. The Customer receives a right to use the Service during the Subscription Term.

9.2 The four course templates, the migrated courses and any other material created by the Provider specifically for the Customer under the onboarding package belong to the Customer, who may use, modify and license them freely, also after the Subscription Term.

### Section 10. Confidentiality

10.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with this Order Form, shall use it only for the purposes of this Order Form and shall not disclose it to third parties except to its employees and advisers who need to know it and are bound by equivalent obligations.

10.2 This Section survives the end of the Subscription Term for three years.

### Section 11. Liability

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

11.2 The total liability of each party under this Order Form is limited to 150% of the total fees under this Order Form, except for wilful misconduct and gross negligence.

### Section 12. Subcontracting and Assignment

12.1 The Provider shall not subcontract the performance of the Service or the onboarding package without the Customer's prior written consent.

12.2 Neither party may assign this Order Form without the other party's prior written consent.

### Section 13. Termination

13.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

13.2 If the Customer terminates under 13.1, the Provider shall refund the part of the subscription fee paid for the period after termination.

### Section 14. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it informs the other party promptly and uses reasonable efforts to mitigate the effects.

### Section 15. Governing Law and Disputes

15.1 This Order Form and these General Terms are governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force.

### Section 15A. Taxes and Invoices

15A.1 All fees include value-added tax. The Provider shall issue, through its authorised Chinese invoicing agent, a valid VAT invoice for each payment.

15A.2 If the Customer disputes an invoice in good faith, it shall notify the Provider within 10 days and pay the undisputed part. The parties shall settle the disputed part within 30 days.

### Section 16. General

16.1 The Order Form prevails over these General Terms in case of conflict. Amendments must be in writing and signed by both parties.

16.2 Notices shall be given in writing to the contacts in Section 5. Notices by e-mail are effective when the recipient confirms receipt.

16.3 Each party shall comply with applicable anti-bribery laws in connection with this Order Form.

16.4 This Order Form may be signed in counterparts and by electronic signature.
"""

E03 = """T:PURCHASE CONTRACT FOR GREENHOUSE SENSOR NETWORK
P:Contract No. LY-PUR-2026-031
P:Buyer: Shandong Lvye Vegetable Growers Co., Ltd., Shouguang, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Tatra Sense s.r.o., Zilina, Slovak Republic (the "Supplier")
P:Whereas the Buyer operates 86 vegetable greenhouses at its Shouguang base and wishes to monitor soil, climate and weather conditions from one platform, and the Supplier manufactures wireless agricultural sensors and the AgroView monitoring software, the parties agree as follows. All prices are in CNY.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and weather stations listed in clause 2, with their mounting material and spare parts.
P:1.2 "Software" means the AgroView monitoring software licensed under clause 2, installed on the Buyer's server.
P:1.3 "Site" means the Buyer's Shouguang greenhouse base, including its control room.
P:1.4 "Technical Specification" means Annex 1, which sets out the measuring ranges, accuracy, radio range, battery life, ingress protection and environmental ratings of each item of Equipment and the functions of the Software.
P:1.5 The Supplier shall supply the Equipment and Software, install and commission them at the Site, configure the dashboards and alarms agreed with the Buyer, and train the Buyer's staff.
H:2. Price
P:2.1 The Contract Price is CNY 810,000, inclusive of VAT, delivery to the Site, customs clearance and all duties, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature sensor|320|620|198,400
TB:2|Air temperature, humidity and CO2 unit|160|1,450|232,000
TB:3|LoRaWAN gateway with solar power kit|12|9,800|117,600
TB:4|Automatic weather station|2|36,500|73,000
TB:5|AgroView software licence, perpetual|1|86,000|86,000
TB:|Hardware and Software Subtotal|||707,000
TB:6|Installation and commissioning|lot||94,000
TB:7|Training|lot||9,000
TB:|Contract Price|||810,000
P:2.2 The Contract Price is fixed and covers all work, materials and travel needed to meet this Contract, including mounting poles, brackets, cables, batteries for the first installation and the set-up of the Software on the Buyer's server.
P:2.3 The Buyer may increase or reduce the quantity of items 1 and 2 by up to 10% at the unit prices above by written notice before shipment.
H:3. Payment
P:3.1 No advance payment is made.
P:3.2 65% of the Contract Price (CNY 526,500) within 15 working days after the Buyer signs the installation certificate. The installation certificate confirms only that the Equipment has been installed and does not constitute acceptance.
P:3.3 35% of the Contract Price (CNY 283,500) within 15 working days after Final Acceptance.
P:3.4 Payment is made by bank transfer against the Supplier's invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Site within 60 days after signature and complete installation within 25 days after delivery.
P:4.2 If delivery or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
P:4.3 Installation shall not interrupt planting, irrigation or harvesting. The Supplier shall coordinate the work in each greenhouse with the Buyer's base manager.
P:4.4 The Supplier shall pack the Equipment for sea and road transport, label each carton with the contract number and item number, and include a packing list. The Supplier shall handle export formalities in Slovakia and import clearance in China through its appointed agent.
P:4.5 Title and risk in each item of Equipment pass to the Buyer on delivery to the Site and signature of the delivery note, without prejudice to the Buyer's rights under clauses 5 and 6.
P:4.6 The Supplier shall submit a detailed installation plan, with mounting positions for each greenhouse and gateway coverage calculations, at least 10 days before installation starts. The plan is subject to the Buyer's approval.
H:5. Acceptance
P:5.1 Final Acceptance follows a 30-day trial run after installation. The acceptance criteria are: (a) every sensor reports to the Software at the agreed interval; (b) readings of a sample of 20 sensors deviate from the Buyer's calibrated reference instruments by no more than the tolerances in the technical specification; (c) data loss across the network is below 0.5% of expected readings during the trial run; (d) threshold alarms reach the duty phone within 60 seconds in a test of each alarm type; (e) operating manuals and as-built drawings are delivered.
P:5.2 The Buyer shall issue the Final Acceptance certificate within 10 working days after the criteria are met or state in writing which criteria are not met. Delivery, installation, use or payment does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including transport, and provide software updates.
P:6.2 Severity 1 faults (a gateway, a weather station or the Software is down) shall be responded to within 2 hours; replacement parts shall be installed within 3 business days. Other faults shall be responded to within one business day.
P:6.3 For each full hour of late Severity 1 response the Supplier shall pay CNY 500, deductible from any amount due.
P:6.4 Batteries of the soil sensors shall last at least three growing seasons under the reporting interval in the Technical Specification. Batteries that fail earlier are replaced free of charge during the warranty period.
P:6.5 The Supplier shall keep spare sensors equal to 3% of the installed quantity at the Site during the warranty period.
H:7. Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support at 7% of the Hardware and Software Subtotal, being CNY 49,490 per Support Year. This fee is fixed for the first two Support Years.
P:7.2 Annual support is ordered year by year by purchase order and does not renew automatically.
H:7A. Training and Documentation
P:7A.1 The Supplier shall train up to 12 of the Buyer's technicians and greenhouse managers at the Site in two sessions covering sensor installation and replacement, battery change, gateway maintenance, dashboard use, alarm settings and data export.
P:7A.2 The Supplier shall provide user manuals, maintenance manuals and the as-built documentation in Chinese, in printed and electronic form.
H:8. Intellectual Property
P:8.1 The Software and the sensor firmware remain the property of the Supplier and are licensed to the Buyer perpetually.
P:8.2 The dashboards, alarm rules, greenhouse maps and reports configured for the Buyer belong to the Buyer, who may use and modify them freely.
H:9. Data Security
P:9.1 All sensor readings, crop records and other data collected at the Site belong to the Buyer. The Supplier may use them only to perform this Contract. The Software stores the data on the Buyer's own server in Shouguang and does not send it to the Supplier's systems.
P:9.2 The Supplier shall access the Software remotely only with the Buyer's approval for each session, shall not copy data off the Buyer's server, and shall comply with the Data Security Law of the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer of any security incident within 12 hours and shall be liable for losses caused by its breach of this clause 9.
H:10. Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Contract and use it only for this Contract, during the Contract and for three years after it ends.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under clause 4.2 reach their maximum.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:15. Miscellaneous
P:15.1 Neither party is liable for delay caused by force majeure, such as earthquake, flood, typhoon, epidemic or government action, provided that it informs the other party within 5 days and takes reasonable steps to limit the effects.
P:15.2 The Supplier shall keep insurance covering the Equipment during transport and installation and its liability towards third parties at the Site.
P:15.3 Each party shall comply with applicable anti-bribery laws and shall not offer any improper benefit to employees of the other party.
P:15.4 Notices shall be given in writing to the addresses above, by courier or by e-mail with confirmation of receipt.
P:15.5 This Contract is made in two originals in English and Chinese, both equally valid. Annex 1: Technical specification. Annex 2: Site layout.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** DMS-CN-2026-07

**Customer:** Wuhan Jiahe Supermarket Chain Co., Ltd., Wuhan, Hubei Province, People's Republic of China

**Provider:** Debrecen Managed Services Kft., Debrecen, Hungary, acting in China through its Wuhan service office

**Background.** The Customer runs 48 supermarkets and a distribution centre in Wuhan. It wishes to outsource its IT service desk, store network monitoring and endpoint management (about 900 point-of-sale terminals, 600 office PCs and 48 store networks) to the Provider. The Provider operates a managed services centre and field engineering teams. The charges are stated in CNY at the Customer's request.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition acceptance under clause 4.

1.3 "Service Year" means the period from the Service Commencement Date to the day before its first anniversary, and each following period between anniversaries.

1.4 "Term" means three Service Years from the Service Commencement Date (36 months).

1.5 "Customer Data" means all data of the Customer, its employees, suppliers and shoppers that the Provider accesses or processes in performing the Services, including data on point-of-sale terminals and in the service desk tool.

## 2. Services

2.1 The Provider shall provide the Services during the Term to the service levels in Schedule 2.

2.2 The Provider shall perform the Services from its service centre and with field engineers based in Wuhan, using the Customer's service desk tool and monitoring platform.

2.3 The Provider shall assign a named service delivery manager, who shall meet the Customer's IT manager every month to review performance, incidents, changes and improvement actions.

2.4 The Provider shall keep a team of at least six field engineers in Wuhan, with a stock of spare POS terminals, printers, scanners and store switches sufficient to meet the restore times in Schedule 2. Spare devices are supplied by the Customer and held by the Provider on the Customer's behalf.

2.5 The Provider shall follow the Customer's change management process. Changes at stores during trading hours require the approval of the Customer's IT manager, except for emergency changes to restore service.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,200,000.

3.2 The Transition Fee is invoiced after Transition acceptance. The Monthly Service Charge is invoiced monthly in arrears, after the end of each month of service.

3.3 Invoices are payable within 30 days. No amount is payable before the Service Commencement Date.

3.4 The charges are fixed for the Term. The Agreement ends at the end of the Term and does not renew automatically.

## 4. Transition and Acceptance

4.1 The Provider shall complete transition within 60 days after signature: knowledge transfer from the Customer's current team, onboarding of all stores and devices into monitoring, set-up of service desk queues and runbooks.

4.2 Transition acceptance criteria: (a) all 48 store networks and at least 98% of listed devices appear in monitoring with alerts tested; (b) runbooks for the top 30 incident types are approved by the Customer; (c) a 10-day parallel run in which the Provider handles all tickets within the service levels of Schedule 2; (d) the escalation list and reporting templates are agreed.

4.3 The Customer shall confirm Transition acceptance in writing within 5 working days after the criteria are met or state which criteria are not met.

4.4 If Transition acceptance is delayed beyond the period in 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 2,000 per day of delay.

## 5. Service Levels and Service Credits

5.1 The service levels are in Schedule 2. The Provider shall report on them monthly.

5.2 If a service level is missed in a month, the Provider shall credit the Customer the service credits set out in Schedule 2 against the next invoice. Service credits are not the Customer's only remedy.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the Services and on the Customer's instructions.

6.2 The Provider shall store Customer Data only in mainland China, use named accounts with multi-factor authentication for all administrative access, log all access and keep the logs for 180 days, and comply with the Personal Information Protection Law, the Data Security Law and the Customer's information security policy.

6.3 The Provider shall notify the Customer of any personal information or security incident within 6 hours, contain and remedy it, and bear liability for the losses of the Customer caused by its breach of this clause 6.

6.4 At the end of the Term the Provider shall return or delete all Customer Data and certify the deletion.

## 7. Intellectual Property

7.1 The Provider's tools and methods remain its property.

7.2 Runbooks, scripts, configurations and documents prepared by the Provider for the Customer under this Agreement belong to the Customer, who may use, modify and license them freely, also with another provider after the Term.

## 8. Confidentiality

Each party shall keep confidential the non-public information of the other party, including the Customer's store, sales and pricing information, and shall use it only for this Agreement, during the Term and for three years after it.

## 9. Subcontracting

9.1 The Provider may subcontract field services at individual stores to local service partners by giving the Customer written notice naming the partner.

9.2 The Provider remains responsible for the work of its subcontractors.

## 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's aggregate liability arising out of or in connection with this Agreement is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if the Provider misses the same Priority 1 service level in three consecutive months.

11.2 On expiry or termination the Provider shall support the transfer of the Services to the Customer or a new provider for up to 90 days at the rates of Schedule 3.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## 13. General

13.1 Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

13.2 Neither party is liable for failure caused by force majeure, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Power cuts and telecommunications outages at a store are handled under Schedule 2 and do not count against the service levels when outside the Provider's control.

13.3 The Provider shall keep professional indemnity and public liability insurance in amounts customary for managed service providers in China.

13.4 Notices shall be given in writing to the addresses above, by courier or by e-mail with confirmation of receipt.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, WeChat and portal support for store and office staff, in Chinese | 7:00–23:00 every day |
| Network monitoring | 48 store networks, distribution centre, WAN links and firewalls | 24x7 |
| Endpoint management | Patching, antivirus, software distribution for POS terminals and office PCs | 24x7 remote |
| Field support | On-site repair and replacement at stores | 8:00–22:00 every day |
| Reporting | Monthly service report and quarterly review | monthly |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Restore | Credit per miss |
|---|---|---|---|---|
| P1 | A store cannot sell (POS or network down) | 15 minutes | 3 hours | CNY 2,000 per hour beyond restore time |
| P2 | Partial outage at a store or office | 30 minutes | 8 hours | CNY 500 per incident |
| P3 | Single user problem or request | 2 hours | 2 business days | included in monthly credit cap |

| Measure | Target | Credit |
|---|---|---|
| Store network availability (monthly) | 99.95% | 3% of the Monthly Service Charge per 0.1 point below target |
| Calls answered within 30 seconds | 90% | 2% of the Monthly Service Charge |

Service credits in a month are limited to 20% of that month's Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-off | 112,000 |
| Monthly Service Charge | CNY 58,000 x 36 months | 2,088,000 |
| **Total Contract Value** | | **2,200,000** |
| Transfer support after the Term | per engineer day | 2,400 |

Signed for the Customer: ____________________  Signed for the Provider: ____________________
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CSD-API-2026-114

Customer: Yiwu Hengtong Import and Export Co., Ltd., Yiwu, Zhejiang Province, People's Republic of China ("Customer")
Provider: Carpathia Shipping Data S.R.L., Cluj-Napoca, Romania ("Provider")

BACKGROUND
(A) The Customer exports household goods in about 2,600 containers a year and wants to show vessel schedules, port calls and container milestones in its order system and customer portal.
(B) The Provider collects ocean carrier schedules, AIS vessel positions and container milestone events and makes them available through a REST data API.
(C) The Customer wishes to subscribe to the Provider's data API on the terms below. At the Customer's request all fees are priced and invoiced in CNY.

1. DEFINITIONS
1.1 "API" means the Provider's Vessel Schedule API, Container Tracking API and Port Call API, as described in the API documentation.
1.2 "Provider Data" means the schedules, positions, events and other data delivered through the API.
1.3 "Customer Data" means the container numbers, booking numbers, shipment references and other data that the Customer submits to the API, and the query logs relating to them.
1.4 "Activation Date" means the date on which the Customer confirms activation acceptance under clause 4.
1.5 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and each following period between anniversaries.
1.6 "Connector" means the integration module that the Provider builds for the Customer's order system under clause 2.3.

2. SUBSCRIPTION
2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive right to call the API and to use and display Provider Data in its internal systems and in its customer portal for its own customers.
2.2 The Subscription Term is two Subscription Years from the Activation Date.
2.3 The Provider shall build and configure the Connector, provide API credentials for test and production, and train two developers of the Customer.
2.4 The subscription includes up to 2,000,000 API calls per month. Calls above that volume are charged at CNY 0.08 per call, invoiced monthly in arrears.

3. FEES
3.1 Fees:
  Annual subscription fee, Subscription Year 1 ........ CNY 168,000
  Annual subscription fee, Subscription Year 2 ........ CNY 168,000
  Set-up and Connector fee (one-off) .................. CNY 24,000
  Total fees for the Subscription Term ................ CNY 360,000
3.2 The set-up and Connector fee is invoiced after the Activation Date.
3.3 The annual subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days.
3.4 Call volume charges under clause 2.4 are not part of the total fees.

4. ACTIVATION AND ACCEPTANCE
4.1 The Provider shall make the API and the Connector ready for activation testing within 30 days after signature.
4.2 Activation acceptance criteria: (a) the Connector retrieves schedules for the 40 routes listed in Annex A and writes them to the Customer's order system; (b) container milestones for a test set of 200 containers match carrier records; (c) median API response time is below 800 milliseconds over a 7-day test; (d) credentials, rate limits and error handling behave as documented.
4.3 The Customer shall confirm activation acceptance in writing within 5 working days after the criteria are met, or state which criteria are not met.
4.4 If the Provider fails to make the API and Connector ready by the date in clause 4.1, or the criteria are not met within 15 days after that date, for reasons attributable to the Provider, the Provider shall pay CNY 250 per day of delay.

5. SERVICE LEVELS
5.1 The Provider shall make the API available at least 99.5% of each calendar month, measured at the API gateway, excluding scheduled maintenance of which the Customer is notified at least 48 hours in advance.
5.2 Priority 1 incidents (API unavailable or returning errors for all calls) shall be responded to within 1 hour, 24x7, and restored within 6 hours. Priority 2 incidents (one endpoint unavailable, or data delayed by more than 6 hours) shall be responded to within 3 business hours and resolved within 2 business days.
5.3 If monthly availability falls below the level in clause 5.1, the Provider shall credit the Customer 5% of the monthly share of the annual subscription fee for each full 0.5 point below that level, up to 25% of that monthly share. For each full hour by which a Priority 1 restore time is exceeded the Provider shall credit CNY 300.
5.4 The Provider shall publish monthly availability reports on its customer portal.

6. DATA QUALITY
6.1 The Provider shall use carrier, terminal and AIS sources of recognised quality and shall correct identified data errors within 2 business days after notice.
6.2 The Provider does not guarantee the accuracy of schedules published by carriers, but shall flag the source and time stamp of each schedule.

6.3 The Customer shall display the source attribution required in the API documentation when it shows Provider Data in its customer portal.

6A. CUSTOMER OBLIGATIONS
6A.1 The Customer shall keep its API credentials secret, shall not share them with third parties and shall inform the Provider without delay if it suspects misuse.
6A.2 The Customer shall not resell Provider Data as a data feed, shall not use it to build a competing database, and shall respect the rate limits stated in the API documentation.

7. CUSTOMER DATA AND DATA SECURITY
7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and the Connector to the Customer and shall not sell, disclose or otherwise use it.
7.2 The Provider shall protect Customer Data with encryption in transit and at rest, access control on a need-to-know basis, logging of administrative access and regular security testing, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China where they apply.
7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and be liable for the losses of the Customer resulting from its breach of this clause 7.
7.4 At the end of the Subscription Term the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY
8.1 The API, Provider Data and the Provider's software remain the property of the Provider and its licensors.
8.2 The Connector and its source code belong to the Customer upon payment of the set-up and Connector fee. The Customer may use, modify and license the Connector freely.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's shipment volumes and customer names, and use it only for this Agreement.
9.2 This obligation continues for three years after the end of the Subscription Term.

10. RENEWAL
10.1 At the end of the Subscription Term this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.
10.2 For each renewal Subscription Year the Provider may increase the annual subscription fee by up to 9% for each renewal Subscription Year by notice given 30 days before the renewal.

11. LIABILITY
11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.
11.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for breach of clauses 7 and 9 and wilful misconduct.

12. SUBCONTRACTING
The Provider shall not subcontract the Connector work or the operation of the API without the Customer's prior written consent. Use of public cloud hosting approved in Annex B is not subcontracting.

13. TERMINATION
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
13.2 If the Customer terminates under clause 13.1, the Provider shall refund the part of the annual subscription fee paid for the period after termination.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of Romania.
14.2 Any dispute shall be settled by the Court of International Commercial Arbitration attached to the Chamber of Commerce and Industry of Romania, in Bucharest, in English.

15. GENERAL
15.1 Annex A (Route list) and Annex B (Hosting) form part of this Agreement.
15.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or e-mail with confirmation.
15.3 Neither party is liable for delay or failure caused by force majeure, provided that it informs the other party promptly. Outages of carrier or terminal data sources outside the Provider's control are not force majeure for the API itself, but the Provider is not responsible for data that a source has not published.
15.4 All fees include value-added tax and withholding tax, and the Provider shall issue valid invoices through its Chinese invoicing agent.

SIGNED
For the Customer: ____________________
For the Provider: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------
# Files, labels, expected rules
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h492z01_city_management_platform_licence.pdf", "zh", "pdf", Z01),
    "z02": ("h492z02_brewery_filling_line_control_retrofit.docx", "zh", "docx", Z02),
    "z03": ("h492z03_after_school_chain_scheduling_saas.txt", "zh", "txt", Z03),
    "z04": ("h492z04_red_cross_donation_system_annual_om.txt", "zh", "txt", Z04),
    "z05": ("h492z05_zongzi_factory_mes_supplier_template.md", "zh", "md", Z05),
    "e01": ("h492e01_cold_chain_wms_licence_polish_vendor.pdf", "en", "pdf", E01),
    "e02": ("h492e02_hotel_learning_saas_order_form.md", "en", "md", E02),
    "e03": ("h492e03_greenhouse_sensor_network.docx", "en", "docx", E03),
    "e04": ("h492e04_supermarket_managed_it_services.md", "en", "md", E04),
    "e05": ("h492e05_shipping_data_api_subscription.txt", "en", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# terms in TERM_KEYS order
T = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, True, None, None, 20, True, True, 24, 10, False, True, True, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, False, True, 400 / 534800 * 100, 150, None, True, None, None, None, True, True,
            False, "PRC", S],
    "z04": [99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False,
            "PRC", S],
    "z05": [None, 8, False, "supplier", True, True, True, 0.02, 20, 50, False, False, 6, 25, False, True, None, None, G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False, "Poland", G],
    "e02": [None, None, False, "buyer", False, True, True, 300 / 272000 * 100, 150, None, True, None, None, None, False,
            True, False, "PRC", S],
    "e03": [None, 2, True, "buyer", True, True, True, 0.08, 200, None, True, True, 36, 7, False, True, False, "PRC", G],
    "e04": [99.95, 0.25, True, "buyer", True, True, True, 2000 / 2200000 * 100, 6 / 36 * 100, None, True, None, None,
            None, False, True, True, "PRC", S],
    "e05": [99.5, 1, True, "buyer", True, True, True, 250 / 360000 * 100, 150, None, True, None, None, None, True, True,
            False, "Romania", S],
}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
X = {
    "z01": (True, True, True, False, 1960000), "z02": (True, False, True, False, 1360000),
    "z03": (True, True, None, False, 534800), "z04": (True, True, None, False, 386000),
    "z05": (True, True, True, True, 1200000), "e01": (True, True, True, False, 1410000),
    "e02": (False, True, None, False, 272000), "e03": (True, True, True, False, 810000),
    "e04": (True, True, None, False, 2200000), "e05": (True, True, None, False, 360000),
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
# TCO fee base (itemised licence / hardware subtotal) for goods_or_licence drafts
FEE_BASE = {"z01": 1260000, "z02": 1047000, "z05": 900000, "e01": 880000, "e03": 707000}
# a dispute forum outside mainland China with PRC law (none in this set)
FORUM_OUTSIDE = {}

DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-MISSING", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e02": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e04": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SLA-AVAILABILITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key):
    t = dict(zip(TERM_KEYS, T[key]))
    value = X[key][4]
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * post_years
    return value + fees, fees / (value + fees) * 100


def derive(key):
    """My own reading of policy.md §3 applied to the labels."""
    t = dict(zip(TERM_KEYS, T[key]))
    sla, ld_stated, capped, deemed, value = X[key]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if sla and t["availability_pct"] is not None and t["availability_pct"] < 99.9:
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and capped and t["warranty_months"] is not None:
            if tco(key)[1] > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|percent|per\s*cent)"
BAN = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:小时|个小时|h\b|hours?|-hours?|hrs?)", r"(?<!十)四个?小时", r"four[\s-]*hours?",
    r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十\d])", r"(?<![\d.])0\.5\s*‰", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred\s*per",
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty\s*per",
    r"(?<![\d.])12\s*(?:个月|months?|-months?)", r"十二个月", r"twelve[\s-]*months?", r"一年", r"\bone[\s-]*years?",
    r"(?<![\d.])1\s*(?:年(?!度)|years?\b|-year)",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen\s*per",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty\s*per",
    r"(?<![\d.])5\s*(?:年(?!度)|years?\b|-years?)", r"五年", r"five[\s-]*years?",
    r"(?<![\d.])60\s*(?:个月|months?|-months?)", r"六十个月", r"sixty[\s-]*months?",
]
BAN_RE = [re.compile(p, re.I) for p in BAN]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months",
            "一年", "one year", "15%", "15 per cent", "40%", "四成", "百分之四十", "5年", "五年", "five years", "5 years",
            "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十", "服务年度",
             "Subscription Year", "130%", "140%", "0.045元", "0.5%", "14 hours", "2 hours", "160 months", "25%",
             "二十四个月", "36 months", "one Subscription Year", "5 business days", "0.08%"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BAN_RE:
            for m in rx.finditer(variant):
                out.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------------------------------------------------------
# Read back
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += ["\t".join(c.text for c in row.cells) for t in d.tables for row in t.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def label(key):
    name = FILES[key][0]
    t = dict(zip(TERM_KEYS, T[key]))
    sla, ld_stated, capped, deemed, value = X[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": FILES[key][1], "category": CATEGORY[key], "expected_terms": t,
            "expected_extra": extra, "expected_rules": derive(key)}


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    # expected rules against the design list, full coverage
    fired = set()
    for k in FILES:
        got = derive(k)
        assert got == sorted(DESIGN[k]), (k, got, DESIGN[k])
        fired |= set(got)
        for key, th in THRESH.items():
            v = dict(zip(TERM_KEYS, T[k]))[key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        if k in FEE_BASE:
            total, share = tco(k)
            assert abs(share - 40) > 2, (k, share)
            print("TCO", k, round(total, 2), round(share, 2))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    mix = [len(derive(k)) for k in FILES]
    assert sum(1 for k in FILES if not derive(k)) == 2 and derive("e01") == ["CR-GOVERNING-LAW"]
    assert len(derive("z05")) >= 8

    docs = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(docs, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    ok = True
    for k, (name, lang, fmt, src) in FILES.items():
        path = OUT / name
        text = read_back(path)
        raw = src if fmt in ("txt", "md") else "\n".join(l.partition(":")[2] for l in src.splitlines())
        bad = hits(text) + hits(raw)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        status = "ok" if lo <= n <= hi else "OUT OF RANGE"
        print(f"{name}: {lang} {n} {'chars' if lang == 'zh' else 'words'} {status}; rules {derive(k)} risk {risk(derive(k))}")
        if bad:
            ok = False
            print("  THRESHOLD TEXT:", bad[:6])
        if status != "ok":
            ok = False
        lab = label(k)
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert ok, "length or threshold check failed"
    print("all checks passed")
