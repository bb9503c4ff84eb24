"""holdout527: builds the ten drafts (txt/md written directly, docx/pdf via ../word_pdf.py), writes their labels,
derives each draft's expected rules from its labels by my own reading of policy.md section 3, checks them against the
design list, checks price arithmetic, text lengths as read back and that no threshold figure appears anywhere.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:智慧粮库综合管理平台采购合同
P:合同编号：LCJ-ZFCG-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江淮省粮食和物资储备局
P:乙方（供应商）：合肥穗丰数智科技有限公司
P:鉴于甲方通过政府采购公开招标确定乙方为“智慧粮库综合管理平台”项目中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供智慧粮库综合管理平台软件许可（永久许可，覆盖省直属及市级储备库共二十六个库点），并完成粮情测控接入、出入库业务、视频智能识别及省级监管驾驶舱的定制开发、部署实施和人员培训。
P:1.2 定制开发内容包括：粮情测控系统（温度、湿度、气体浓度）数据的统一接入与告警；出入库登记、检斤、扦样化验及结算的全流程管理；库区周界、作业区视频的车辆和人员识别；面向省局的储备粮数量、质量和安全监管驾驶舱。
P:1.3 项目须满足招标文件技术需求书及乙方投标文件的全部承诺，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰壹拾玖万陆仟元整（¥2,196,000），含税，明细如下：
P:（1）平台软件许可费：¥1,280,000；
P:（2）定制开发费（粮情测控接入、出入库业务、视频智能识别、监管驾驶舱）：¥736,000；
P:（3）实施部署费：¥142,000；
P:（4）培训费：¥38,000。
P:2.2 合同总价为固定价格，包含软件、开发、实施、培训、差旅及税费等全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行预付款保函，甲方在收到保函及合法发票后十五个工作日内支付合同总价的20%作为预付款，计¥439,200。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，计¥988,200。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，计¥768,600。
P:3.4 甲方按财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
P:3.5 乙方应在每次付款前向甲方开具合法有效的增值税发票，发票信息与合同约定不一致的，甲方有权暂缓付款。
H:第四条 交付期限
P:乙方应在合同签订后九十日内完成部署并申请初步验收，在初步验收后一百二十日内完成试运行并申请最终验收。
H:第五条 验收
P:5.1 初步验收标准：全部功能模块按需求书部署完毕；二十六个库点的粮情数据接入率达到99.5%以上；出入库业务全流程测试通过；视频智能识别对车辆、人员的识别准确率不低于95%。
P:5.2 最终验收标准：系统连续试运行九十日，其间未发生一级故障；并发三百用户时页面平均响应时间不超过两秒；第三方机构出具的网络安全等级保护测评及软件测评报告结论合格；源代码、设计文档及操作手册已完整移交。
P:5.3 验收由甲方组织专家按上述标准进行，并出具书面验收报告。系统上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的8%（即每服务年度不超过¥102,400），且质保期满后连续三个服务年度内不得上调；维护合同按服务年度另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外）。
P:7.2 一级故障（平台整体不可用或粮情数据中断）乙方应在三十分钟内响应，两小时内到达现场；二级故障两小时内响应；三级故障一个工作日内响应。
P:7.3 乙方未达到上述响应时限的，每超时一小时向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当期维护费用¥2,000，质保期内从履约保证金中扣除。
H:第八条 数据安全与数据权属
P:8.1 平台中的粮情数据、库存数据、视频图像及业务数据均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》，按等级保护第三级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行，不得将数据复制至甲方网络以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行合同中知悉的甲方储备规模、库点布局及其他非公开信息负有保密义务，未经甲方书面同意不得披露。本义务不因合同终止而失效。
H:第十条 知识产权
P:10.1 定制开发形成的软件、源代码、接口程序及技术文档的知识产权归甲方所有，甲方可自行修改、使用并许可他人使用。
P:10.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:第十二条 分包
P:本项目不得分包或转包。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目人员与培训
P:15.1 乙方应指派具有同类省级平台实施经验的项目经理一名，项目经理及核心开发人员名单须经甲方确认，实施期间未经甲方同意不得更换。
P:15.2 乙方应为甲方及各库点提供不少于三期集中培训，内容包括系统操作、日常维护和数据管理，培训教材归甲方使用；培训后由甲方组织考核，考核不合格的人员由乙方免费补训。
P:15.3 乙方应在最终验收前完成知识转移，向甲方技术人员讲解系统架构、部署方式和常见故障处理方法。
H:第十六条 履约保证金
P:16.1 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金（银行保函形式）。
P:16.2 履约保证金在最终验收合格后转为质量保证金，质保期满且无未结索赔的，甲方在三十日内无息退还。
H:第十七条 不可抗力
P:因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明。双方根据影响程度协商延期履行、部分履行或解除合同。
H:第十八条 通知
P:双方往来通知以书面形式送达合同首页所列地址，变更地址的应提前书面通知对方。以电子邮件发送的，以对方系统显示送达之时为送达时间。
H:第十九条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：江淮省粮食和物资储备局　　乙方（盖章）：合肥穗丰数智科技有限公司
P:签订日期：2027年3月18日
"""

Z02 = """T:拉丝炉控制系统改造及维保合同
P:合同编号：ZJBX-SB-2027-0412
P:甲方：浙江北溪玻璃纤维有限公司
P:乙方：杭州衡焰工业自动化有限公司
P:甲方二号池窑拉丝车间二十四台拉丝炉的原控制系统已运行多年，备件停产，温控精度不能满足新产品要求。双方经友好协商，就控制系统改造及质保期后的维保服务签订本合同。
H:1. 合同范围
P:1.1 乙方负责拆除原控制系统，提供并安装新的控制器及I/O机柜、漏板温度控制调功柜、操作员站及工程师站，提供控制软件许可，完成组态编程、联锁调试、开炉投运及培训。
P:1.2 改造后的控制系统应实现：漏板温度闭环控制、拉丝机转速联动、冷却水及风机联锁、断丝自动报警、工艺参数配方管理和历史数据追溯，并预留与甲方制造执行系统的数据接口。
P:1.3 改造须在甲方安排的两次计划检修窗口内分批完成，每批停炉时间不得超过七十二小时。
H:2. 合同价格
P:2.1 合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），含税，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|控制器及I/O机柜|4套|612,000
TB:2|漏板温度控制调功柜|24台|528,000
TB:3|操作员站、工程师站|6台|96,000
TB:4|控制软件许可（含组态软件、历史数据库）|1套|214,000
TB:|硬件及软件小计||1,450,000
TB:5|改造施工及调试|1项|168,000
TB:6|培训|1项|22,000
TB:|合计||1,640,000
P:2.2 上述价格为固定价格，包含设备、软件、运输、保险、安装、调试及税费。
H:3. 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计¥328,000。
P:3.2 全部设备到货并经开箱检验合格后，甲方支付合同总价的35%，计¥574,000。
P:3.3 改造完成并经最终验收合格后，甲方支付合同总价的45%，计¥738,000。
P:3.4 乙方每次收款前应开具合法增值税专用发票。
P:3.5 甲方付款前可对乙方完成的工作进行核查，发现问题的，乙方应在整改完成后再申请付款。
H:4. 交付与工期
P:4.1 乙方应在合同生效后六十日内将全部设备运至甲方现场。
P:4.2 第一批十二台拉丝炉应在第一个检修窗口内改造完毕并投运，其余十二台在第二个检修窗口内完成。
P:4.3 检修窗口的具体日期由甲方提前二十日书面通知乙方。乙方应在每批改造开工前五日提交详细施工计划、人员名单和切换步骤，经甲方确认后执行。
P:4.4 设备到货时，双方共同开箱检验，核对型号、数量、外观及随机资料，并签署开箱记录；开箱检验合格不代表设备质量最终合格。
H:5. 验收
P:5.1 每批拉丝炉投运后连续运行三十日，漏板温度控制精度在±1℃以内，调功柜输出稳定，断丝报警及联锁保护测试全部通过，视为该批通过试运行。
P:5.2 两批均通过试运行后，甲方组织最终验收。验收标准为：温控精度、联锁动作、报警记录及历史数据查询均符合技术协议；试运行期间未发生因控制系统导致的停炉；竣工资料及组态程序备份已移交。双方签署最终验收报告。
P:5.3 设备安装完毕或投入生产使用，不视为最终验收合格。
P:5.4 试运行或最终验收不合格的，乙方应在十五日内整改并重新组织测试，由此增加的费用及甲方的停炉损失由乙方承担。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件、修复软件缺陷。
P:6.2 质保期满后，乙方按年度提供维保服务，年度维保费为硬件及软件小计的7%，即每服务年度¥101,500；该费用在质保期满后连续三个服务年度内固定不变，每服务年度由双方另行签订维保协议，不自动续期。
P:6.3 一级故障（任一拉丝炉因控制系统故障停炉）乙方应在十五分钟内远程响应，两小时内到达现场；二级故障一小时内响应，八小时内到场。
P:6.4 乙方未按上述时限响应或到场的，每超时一小时向甲方支付违约金¥800，质保期内从质保金中扣除，维保期内从维保费中扣除。
H:7. 数据与安全
P:7.1 控制系统产生的工艺参数、配方、生产及报警数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:7.2 乙方远程维护须经甲方书面批准，并使用甲方提供的专用通道，工作完成后立即断开；乙方不得复制、带走任何生产数据。
P:7.3 因乙方原因导致数据泄露、丢失或控制系统遭受网络攻击的，乙方应在两小时内通知甲方，立即采取补救措施，并承担全部赔偿责任。
H:8. 保密
P:乙方对甲方的工艺配方、产品规格和生产数据负有保密义务，未经甲方书面同意不得向任何第三方披露，也不得在宣传材料中使用甲方的工艺参数或现场照片。
H:9. 知识产权
P:9.1 乙方为本项目编写的组态程序、联锁逻辑及画面归甲方所有，甲方可自行修改和使用。
P:9.2 控制软件许可为永久许可，软件著作权仍属软件厂商。甲方可在本厂范围内安装、备份和使用，不受拉丝炉台数变化的限制。
H:10. 分包
P:电气施工部分经甲方书面同意后可以分包，乙方对分包方的工作承担全部责任；其余工作不得分包。
H:11. 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 因乙方施工造成甲方停产或设备损坏的，乙方应赔偿甲方的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.4 乙方提供的设备或软件不符合技术协议的，乙方应在十日内免费更换或修复，由此延误的工期按本条第11.1款计算违约金。
H:12. 合同的继续履行
P:本合同签订后，任何一方均不得以对方违约为由解除合同。一方违约的，另一方可要求其继续履行、采取补救措施并支付违约金；双方应本着维护生产连续性的原则，通过协商解决履行中出现的问题。
H:13. 法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交湖州仲裁委员会仲裁。
H:14. 现场施工与安全
P:14.1 乙方进场人员须接受甲方安全培训，遵守甲方高温作业、动火作业及电气作业管理制度，持证上岗。
P:14.2 拆除和接线作业前，乙方应提交施工方案和回退方案，经甲方生产部门确认后实施；切换时须保证拉丝炉处于安全状态。
P:14.3 因乙方违章作业造成人身伤害或财产损失的，由乙方承担责任。
H:15. 备品备件与技术资料
P:15.1 乙方随设备提供两年用量的易损备件，并提供控制器、调功柜等关键部件在质保期满后至少八个服务年度的供货保证，备件价格不高于本合同单价。
P:15.2 乙方应在最终验收前提交竣工图纸、I/O清单、组态程序备份、操作手册和维护手册各两套，并提供电子版。
P:15.3 乙方应为甲方仪表及工艺人员提供现场培训，使其能独立完成日常操作、参数修改及一般故障处理。
H:16. 不可抗力
P:因不可抗力不能履行合同的，受影响方应在三日内通知对方并于十日内提供证明，双方协商调整工期；不可抗力消除后应继续履行。
H:17. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议、设备清单及施工方案为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：浙江北溪玻璃纤维有限公司　　乙方（盖章）：杭州衡焰工业自动化有限公司
P:日期：2027年4月12日
"""

Z03 = """连锁养老机构护理记录SaaS服务及实施合同

合同编号：KY-IT-2027-031
甲方：上海康颐养老服务集团有限公司
乙方：苏州云护信息技术有限公司

鉴于甲方下属十二家养老院需统一使用护理记录系统，乙方提供“云护”护理记录SaaS服务，双方经协商一致，签订本合同。

一、服务内容
（一）乙方向甲方十二家养老院提供护理记录SaaS服务，包括入住评估、护理计划、护理记录、用药提醒、交接班、家属端通知及管理报表功能。
（二）乙方负责实施服务：系统配置、历史护理档案迁移、与甲方财务系统及床位管理系统的接口开发、各院护理员培训。
（三）服务期为三个服务年度，第一个服务年度自上线验收合格之日起计算。
（四）十二家养老院合计床位约一千六百张，护理员及管理人员账号不设上限；家属端账号按入住老人数量开通。
（五）乙方应提供移动端应用，支持护理员在床旁使用手机或平板完成记录，在网络中断时可离线暂存并于恢复后自动同步。

二、费用
（一）SaaS订阅费：每家养老院每服务年度¥26,500，十二家合计每服务年度¥318,000，三个服务年度合计¥954,000。
（二）实施费（一次性）：¥126,000，包括配置、数据迁移、接口开发及培训。
（三）合同总价：¥1,080,000（含税）。
（四）甲方新增养老院的，按每家每服务年度¥26,500另行计费，不计入本合同总价。
（五）上述费用已包含云资源、短信通知、移动端使用、标准版本升级、热线支持及数据备份的全部费用，乙方不得另行收取。

三、付款
（一）实施费在上线验收合格后十五个工作日内一次付清。
（二）第一个服务年度的订阅费在上线验收合格后十五个工作日内支付；以后各服务年度的订阅费在该服务年度开始前十个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。
（四）本合同期内订阅费单价固定，不因乙方价格调整而变化。甲方减少养老院数量的，自下一服务年度起按实际家数结算。

四、实施与验收
（一）乙方应在合同签订后七十五日内完成全部十二家养老院的配置、迁移和培训，并申请上线验收。
（二）上线验收标准：历史护理档案迁移完整率经抽样核对达到99.8%以上；接口对账连续十日无差错；各院护理员培训考核合格率不低于95%；在两百个并发用户下，常用页面响应时间不超过两秒。
（三）甲方按上述标准组织验收并出具书面验收单。试用或部分养老院先行使用，不视为验收合格。
（四）验收不合格的，乙方应在十日内整改并重新申请验收，重新验收的费用由乙方承担。
（五）乙方应在实施阶段提交实施方案、数据迁移方案和培训计划，经甲方确认后执行；迁移前应对历史档案进行备份，迁移后由各院护理主管抽样核对并签字。

五、服务水平
（一）乙方承诺SaaS服务月度可用率不低于99.5%（经甲方同意的计划维护时间除外）。
（二）一级故障（护理记录无法录入或查询，影响两家以上养老院）乙方应在三十分钟内响应，三小时内恢复；二级故障两小时内响应。
（三）月度可用率低于承诺值的，每低0.1个百分点，按当月订阅费的5%抵扣下期费用；一级故障响应超时的，每次抵扣¥1,000。

六、数据安全
（一）乙方应将甲方数据存储于中国境内的云服务器，落实等级保护第三级要求，对老人健康信息加密存储，按最小权限原则管理访问。
（二）乙方应每日对甲方数据进行备份，备份数据保存不少于三十日，并每季度进行一次恢复演练，演练结果书面报告甲方。
（三）乙方员工访问甲方数据须经授权并记录日志，甲方可随时查阅访问记录。
（四）发生数据泄露或丢失的，乙方应在两小时内通知甲方，协助甲方履行法定报告义务，并承担由此造成的全部损失。

七、数据权属与使用
（一）甲方录入的老人信息、护理记录及照片属于甲方所有。
（二）甲方同意，乙方可将去标识化处理后的护理记录数据用于产品功能改进及养老行业分析报告，该使用在合同期内及期满后均可进行。

八、保密
双方对履行本合同中知悉的对方商业秘密和非公开信息负有保密义务，保密期限自合同终止后三个服务年度。

九、知识产权
（一）SaaS平台的知识产权归乙方。
（二）乙方为甲方开发的接口程序及定制报表归甲方所有，甲方可自由修改、使用或委托第三方维护，乙方应交付其源代码。

十、续期
本合同期满前三十日，任何一方未书面提出异议的，本合同自动续期一个服务年度，可多次续期；每次续期时乙方有权上调订阅费，上调幅度不超过上一服务年度费用的8%。

十一、违约责任
（一）乙方未按期申请上线验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）乙方违反本合同第六条、第七条第（一）项或第八条约定的，除赔偿损失外，甲方有权要求乙方立即停止违约行为并采取补救措施。

十二、分包
乙方不得将实施或运维工作分包；确需分包的，应事先取得甲方书面同意。

十三、合同解除
乙方严重违约，经甲方书面通知后二十日内未改正的，甲方有权解除本合同，乙方应退还未使用服务期对应的费用，并协助甲方导出全部数据。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。双方应首先协商解决争议，协商不成的，任何一方均可提起诉讼。争议由甲方所在地有管辖权的人民法院管辖。

十五、服务终止时的数据返还
（一）本合同终止或期满不再续期的，乙方应在三十日内按甲方要求的格式导出并返还全部数据，包括老人档案、护理记录、照片及操作日志。
（二）甲方确认数据完整后，乙方应删除其系统中的甲方数据并出具书面删除证明；法律另有规定的除外。

十六、双方的其他责任
（一）甲方应指定项目联系人，提供各养老院的床位、人员及历史档案资料，组织护理员参加培训。
（二）乙方应为每家养老院指定客户经理，每季度回访一次，收集使用意见并提交服务报告，报告应包括各院使用率、故障统计及改进建议。
（三）乙方应在服务期内免费提供标准功能的版本升级；法规或护理标准变化需要调整功能的，乙方应在合理期限内完成。
（四）乙方应提供工作日八点至二十点的热线支持，以及全天候的一级故障报修渠道。
（五）乙方对功能的重大调整应提前三十日通知甲方，且不得降低本合同约定的功能和服务水平。
（六）乙方应保证系统符合养老机构服务质量相关标准对护理记录的要求，并在标准更新后及时完成调整。
（七）乙方应配合甲方接受民政部门、卫生健康部门的检查，按要求提供护理记录的导出和打印，导出格式应符合主管部门的要求。

十七、不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方；中断期间的订阅费按实际中断天数顺延服务期。

十八、其他
本合同一式四份，双方各执两份，自双方盖章之日起生效。附件一为功能清单，附件二为各养老院名单及床位数，附件三为服务水平说明，附件均为本合同组成部分。

甲方（盖章）：上海康颐养老服务集团有限公司
乙方（盖章）：苏州云护信息技术有限公司
签订日期：2027年5月9日
"""

Z04 = """营业收费系统运维服务合同

项目编号：QSJT-CS-2027-07（竞争性磋商）
甲方：清江市水务集团有限公司
乙方：南昌汇流软件技术有限公司

甲方以竞争性磋商方式采购营业收费系统运维服务，乙方为成交供应商。根据磋商文件、乙方响应文件及成交通知书，双方签订本合同。

第一条 服务范围
（1）营业收费系统（含抄表、计费、收费、票据、客服工单模块）及其数据库、中间件的日常运维。
（2）驻场运维人员两名，工作日现场值守，节假日及夜间远程值守。
（3）每季度一次数据库巡检及性能优化，全年两次版本升级。
（4）阶梯水价调整、银行代扣及第三方支付渠道变更的配置与测试。
（5）重大节假日及水价调整期间的应急保障。
（6）收费系统与银行、第三方支付平台、电子发票平台及客服热线系统接口的监控与故障处理。
（7）系统用户、权限及操作日志的管理，配合甲方完成内部审计和外部检查所需的数据提取。
（8）服务器操作系统、数据库及中间件的补丁评估与安装，安装前须在测试环境验证。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。期满不自动续期，甲方另行组织采购。

第三条 服务费用
（1）本合同总价为人民币伍拾玖万贰仟元整（¥592,000），含税，其中：软件运维费¥276,000；驻场服务费¥216,000；数据库巡检及优化费¥56,000；应急保障费¥44,000。
（2）服务费按季度结算，每季度末经甲方考核合格后支付当季服务费¥148,000。甲方不支付预付款。

第四条 服务水平
（1）营业收费系统月度可用率不低于99.95%。
（2）一级故障（收费系统全面中断或银行代扣失败）乙方应在三十分钟内响应，两小时内恢复；二级故障（单个模块不可用）一小时内响应，八小时内恢复；三级故障一个工作日内处理。
（3）乙方每月提交运维报告，列明故障、处理时长及可用率统计。
（3-1）月度可用率按当月总分钟数扣除经甲方批准的计划停机时间后计算，以甲方监控平台记录为准。
（4）未达到上述服务水平的，乙方应书面说明原因并在十日内提出整改措施，甲方不因此扣减服务费，乙方亦不因此支付赔偿或违约金。

第五条 考核与验收
（1）甲方每季度末按以下标准考核：一级故障响应率和恢复率均达到规定时限；巡检报告按期提交且问题整改完毕；工单在规定时间内关闭的比例不低于98%。
（2）季度考核不合格的，乙方应在十五日内完成整改，整改完成并经甲方复核后再支付当季服务费。
（3）服务期满前，乙方提交年度运维总结、巡检记录、配置清单及全部运维文档，甲方据此组织年度验收并出具书面意见。

第六条 人员
（1）驻场人员应具备三年以上同类系统运维经验，名单经甲方确认。
（2）乙方更换驻场人员应提前十日告知甲方，并做好交接。
（3）乙方应指定项目经理一名，负责运维工作的组织协调，每月参加甲方召开的运维例会并汇报工作。
（4）驻场人员应遵守甲方的考勤、安全和保密制度，甲方认为驻场人员不称职的，乙方应在五个工作日内更换。

第七条 分包
乙方可将夜间远程值守及数据库巡检工作分包给第三方，但应提前书面告知甲方分包方名称，乙方对分包工作承担责任。

第八条 数据安全
（1）收费系统中的用户信息、用水量、缴费记录等数据属于甲方所有，乙方仅可为本合同运维目的访问，不得用于其他用途。
（2）乙方应通过甲方堡垒机访问系统，操作全程留痕；不得导出、复制用户数据；运维终端须安装甲方指定的安全软件。
（3）因乙方原因造成数据泄露、篡改或丢失的，乙方应立即报告甲方并采取补救措施，承担全部赔偿责任及相应的行政处罚后果。

第九条 保密
乙方及其人员对运维中知悉的用户个人信息、甲方经营数据及系统口令负有保密义务，合同终止后仍应遵守。

第十条 知识产权
乙方在运维期间为甲方编写的报表、脚本及配置文档归甲方所有，甲方可自由使用和修改，也可交由其他单位使用。乙方保证其提供的工具软件不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

第十一条 违约责任
（1）乙方未按期完成季度巡检或版本升级的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）驻场人员因故缺岗的，乙方应在两个工作日内安排具备同等能力的人员替岗。
（3）乙方人员违反甲方安全管理制度的，甲方有权要求乙方更换相关人员；造成损失的，由乙方赔偿。
（4）甲方逾期支付服务费的，每逾期一日按应付未付金额的万分之三支付违约金。
（5）乙方人员擅自导出、复制用户数据的，除承担第八条规定的责任外，甲方有权立即解除合同。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期结算费用。

第十三条 法律适用与争议
本合同适用中华人民共和国法律。因本合同引起的争议，双方应先行协商；协商不成的，提交清江仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。

第十四条 运维交接
（1）服务开始前十日内，乙方应与原运维单位完成交接，核对服务器、数据库、接口及账号清单，交接记录经甲方签字确认。
（2）服务期满或合同解除时，乙方应向甲方或甲方指定的新运维单位移交全部账号、口令、配置清单、运维记录及文档，并提供不少于十个工作日的交接支持，交接期间不另收费。

第十五条 甲方的责任
（1）甲方为驻场人员提供办公场所、网络及必要的系统访问权限。
（2）甲方应指定运维联系人，及时确认变更申请和考核结果。
（2-1）甲方应保证系统运行所需的机房环境、电力和网络条件，因上述条件引起的故障不计入乙方的服务水平统计。
（3）水价调整、银行渠道变更等业务需求，甲方应至少提前十五日书面告知乙方。

第十六条 变更管理
（1）涉及收费规则、数据库结构或生产环境配置的变更，乙方应提交变更申请，写明变更内容、影响范围和回退方案，经甲方批准后在约定时段实施。
（2）每次变更实施后，乙方应在收费系统中进行抽样核对，确认水费计算、票据打印及银行代扣结果正确后方可结束变更。
（3）紧急变更可先口头报批，事后在下一个工作日内补办书面手续。

第十七条 应急保障
（1）春节、国庆等重大节假日及水价调整实施前后各三日，乙方应增派一名工程师驻场值守。
（2）发生一级故障时，乙方项目经理应到场组织处置，并在故障恢复后三个工作日内提交故障分析报告，说明原因、影响范围和防范措施。
（3）乙方每半年配合甲方开展一次收费系统应急演练，演练方案和总结报告由乙方编写。
（4）乙方应保持一套可用的收费系统应急预案，并根据系统变化及时更新，报甲方备案。

第十八条 不可抗力
因不可抗力不能履行合同的，受影响方应在三日内通知对方并提供有关部门出具的证明，双方协商延期履行或解除合同。

第十九条 其他
本合同一式四份，双方各执两份。磋商文件、响应文件及成交通知书为本合同组成部分，与本合同具有同等效力。

甲方（盖章）：清江市水务集团有限公司
乙方（盖章）：南昌汇流软件技术有限公司
日期：2026年12月20日
"""

Z05 = """# 海鲜仓储管理系统软件许可及定制开发合同（乙方标准文本 V3.0）

合同编号：XH-WMS-2027-____

甲方：福州闽味鱼丸食品有限公司

乙方：厦门海翔软件科技有限公司

甲方因冷库及成品仓库管理需要，向乙方采购“海翔WMS”仓储管理软件许可并委托乙方进行定制开发。双方依据本标准合同文本签订本合同。

## 第一条 项目内容

1. 乙方向甲方提供海翔WMS标准版软件永久许可（含冷库模块）及手持终端授权二十个。
2. 乙方按甲方需求进行定制开发：鱼丸批次追溯、冷库温控系统对接、与甲方ERP的出入库接口。
3. 乙方负责部署实施及操作培训。
4. 标准版软件功能包括：入库、出库、移库、盘点、库位管理、先进先出控制、冷库库区温度显示、条码标签打印及基础报表。
5. 定制开发内容以双方确认的需求说明书为准。

## 第二条 合同价格

|序号|项目|数量|金额（元）|
|---|---|---|---|
|1|海翔WMS标准版软件许可（含冷库模块）|1套|388,000|
|2|手持终端软件授权|20个|60,000|
||软件许可费小计||448,000|
|3|定制开发（批次追溯、温控对接、ERP接口）|1项|96,000|
|4|部署实施及培训|1项|24,000|
||合计||568,000|

合同总价为人民币伍拾陆万捌仟元整（¥568,000），含税。

## 第三条 付款方式

1. 合同签订后五个工作日内，甲方支付合同总价的60%，即¥340,800，乙方收到款项后开始工作。
2. 系统上线后五个工作日内，甲方支付合同总价的35%，即¥198,800。
3. 系统上线满三个月后，甲方支付剩余5%，即¥28,400。
4. 甲方逾期付款的，每逾期一日按未付金额的千分之一支付违约金，乙方并有权暂停服务。

## 第四条 实施

1. 乙方在收到首付款后九十日内完成部署。因甲方需求变更、现场条件不具备等原因造成的延误，工期相应顺延。
2. 乙方将尽力按计划完成项目，但不承担任何延期违约金或延期赔偿责任。
3. 实施过程中，甲方应提供乙方人员进出仓库和冷库所需的防护用品，并安排专人陪同。
4. 乙方有权根据项目进展调整实施人员，调整后及时告知甲方项目负责人。

## 第五条 上线与验收

1. 系统部署完成并在甲方仓库投入使用，即视为甲方验收合格。
2. 甲方在上线后如发现问题，应以书面形式通知乙方，乙方将在后续版本中予以改进。
3. 甲方应在上线前完成基础数据的整理和导入，并安排仓库人员参加上线培训；甲方数据不完整不影响上线的认定。

## 第六条 免费维护

1. 免费维护期为系统上线之日起六个月。
2. 免费维护期内，乙方提供电话及远程支持，修复软件缺陷。
3. 对于甲方提出的故障，乙方将在合理时间内尽力响应和处理，具体响应及处理时间视问题复杂程度而定。

## 第七条 年度维护

1. 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费小计的22%，即每服务年度¥98,560。
2. 年度维护服务内容包括远程支持、缺陷修复及标准版本升级，不包括新增功能开发。
3. 甲方未购买年度维护服务的，乙方不再提供任何技术支持。
4. 年度维护费在每个服务年度开始前一次性支付，乙方收到款项后提供当年度服务。
5. 现场服务另按每人天¥2,200收取，差旅费由甲方承担。
6. 维护期内乙方通过电话、邮件及远程方式提供支持，服务时间为工作日九点至十七点，节假日不提供服务。
7. 乙方发布的新版本是否适用于甲方的定制功能，由乙方评估；因版本升级需要调整定制功能的，乙方另行报价。
8. 甲方服务器、操作系统、数据库及网络设备的维护不属于年度维护服务范围。
9. 因甲方冷库温控系统、ERP系统或手持终端更换而需要重新对接的，不属于维护范围，乙方按新增需求另行报价。

## 第八条 知识产权

1. 海翔WMS软件及其全部版本的知识产权归乙方所有。
2. 乙方为甲方定制开发的程序、接口、报表及相关文档，知识产权归乙方所有，乙方授予甲方在本项目范围内非独占的使用权；甲方不得修改、反编译或提供给第三方。乙方有权将上述定制成果用于其他客户。

## 第九条 数据

1. 甲方在系统中录入的库存、批次及客户数据归甲方所有，乙方仅为提供实施和维护服务使用。
2. 系统部署在甲方服务器上，甲方负责服务器及网络的日常安全管理和数据备份。
3. 乙方采取合理的安全措施保护甲方数据，远程维护前应取得甲方同意；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第十条 保密

双方对在合作中获知的对方商业信息负有保密义务，未经对方同意不得向第三方披露。

## 第十一条 责任

1. 乙方不对甲方的间接损失、利润损失承担责任。
2. 任何一方严重违反本合同且经书面催告后三十日内未改正的，守约方有权解除本合同。
3. 因甲方操作不当、擅自修改系统、使用非乙方认可的硬件或第三方软件导致的故障和损失，乙方不承担责任，修复工作另行收费。

## 第十二条 法律适用与争议解决

本合同适用中华人民共和国法律。争议协商不成的，向乙方所在地人民法院提起诉讼。

## 第十三条 甲方责任

1. 甲方应提供部署所需的服务器、网络、手持终端及打印设备，并保证其符合乙方的配置要求。
2. 甲方应指定项目负责人，及时确认需求、提供基础数据（物料、库位、客户、供应商）并组织人员参加培训。
3. 因甲方未及时提供条件或确认需求而导致的延误和额外工作量，乙方有权另行收费。

## 第十四条 需求变更

1. 合同签订后甲方提出的新增需求或修改需求，乙方按人天单价¥2,200另行报价，经甲方确认后实施。
2. 定制开发需求以双方签字确认的需求说明书为准，说明书以外的内容不属于本合同范围。
3. 甲方ERP系统或冷库温控系统升级、更换导致接口需要调整的，调整工作按新增需求另行收费。

## 第十五条 培训

1. 乙方提供两次集中培训：系统上线前一次操作培训，上线后一个月内一次管理员培训。
2. 培训在甲方现场进行，每次不超过两天；额外培训按人天另行收费。
3. 乙方提供电子版操作手册，甲方可在内部复制使用。
4. 甲方参训人员应具备基本的计算机操作能力，培训后由甲方自行组织内部推广。
5. 系统上线后甲方新入职人员的培训，由甲方已参训人员负责；甲方要求乙方另行培训的，按人天另行收费。

## 第十六条 不可抗力

因不可抗力导致不能履行合同的，双方互不承担责任，并应及时通知对方。

## 第十七条 其他

1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
2. 本合同为乙方标准文本，双方另有书面约定的除外。
3. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
4. 本合同附件包括：报价单、需求说明书（签字确认后生效）及实施计划。附件与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：福州闽味鱼丸食品有限公司

乙方（盖章）：厦门海翔软件科技有限公司

签订日期：2027年____月____日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TMS-ZPF-2027-004
P:This Software Licence and Services Agreement is made between Zhoushan Pelagic Fishing Co., Ltd., a company registered in Zhoushan, Zhejiang Province, People's Republic of China (the "Customer"), and Teranga Marine Systems SARL, a company registered in Dakar, Republic of Senegal, with its principal office at Route de Ngor, Dakar (the "Vendor").
P:Background. The Customer operates a distant-water fishing fleet and a processing and cold-storage base in Zhoushan. The Vendor develops FleetLog, a catch logbook, vessel traceability and landing reconciliation software used by fishing fleets along the West African coast. The Customer wishes to obtain perpetual licences to FleetLog and to have the Vendor configure, integrate and deploy it for the Customer's vessels and shore base. At the Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means FleetLog version 7, consisting of the FleetLog Server, the FleetLog Vessel Client and the FleetLog Analyst workstation module, with their documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data mappings, scripts and configuration developed by the Vendor specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means catch records, vessel positions, crew lists, landing and sales records and any other data entered into or generated by the Software for the Customer.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the number of servers, vessels and analyst seats set out in Article 3, for the business of the Customer and its affiliates in mainland China and on the Customer's vessels wherever they operate.
P:2.2 The Customer may make backup copies and may install the Software on replacement hardware without further charge. The Vendor keeps the intellectual property in the Software itself.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,218,000, inclusive of all taxes, made up as follows:
P:(a) FleetLog Server licence, 1 unit: CNY 420,000;
P:(b) FleetLog Vessel Client licences, 36 vessels at CNY 9,500 each: CNY 342,000;
P:(c) FleetLog Analyst licences, 10 seats at CNY 6,800 each: CNY 68,000;
P:Licence Subtotal: CNY 830,000;
P:(d) configuration and integration with the Customer's ERP, cold-store and port systems: CNY 286,000;
P:(e) migration of historical catch records: CNY 64,000;
P:(f) training of shore staff and vessel officers: CNY 38,000.
P:3.2 The Contract Price is fixed. It includes travel, remote support during implementation, documentation and all deliverables described in this Agreement.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 243,600) is payable within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee for the same amount.
P:4.2 45% of the Contract Price (CNY 548,100) is payable within 20 days after the Installation Certificate for the server and all vessel clients has been signed.
P:4.3 35% of the Contract Price (CNY 426,300) is payable within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software on the Customer's servers within 45 days after signature and complete installation of the vessel clients on all 36 vessels as they call at Zhoushan, within 150 days after signature.
P:5.2 Acceptance tests are set out in Annex 2 and include: complete migration of historical catch records, checked by record counts and a sample of 500 records; daily synchronisation of vessel logbooks within 2 hours after a vessel regains satellite connectivity; landing reconciliation against the cold-store system with no unexplained difference; the ERP interface posting sales orders correctly for 20 consecutive working days; and the Analyst reports in Annex 3 producing correct results.
P:5.3 When all tests are passed and the documentation and source code of the Custom Deliverables have been delivered, the Customer shall issue a Final Acceptance certificate within 10 working days. Installation, use of the Software in production or payment does not constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. If the same test fails three times, the Customer may terminate this Agreement under Article 12 or accept the Software at a price reduction agreed by the parties.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months from Final Acceptance. During this warranty period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 Severity 1 incidents (the Server unavailable, or logbook synchronisation stopped for the fleet) shall be responded to within 2 hours, at any time of day, and a workaround provided within 8 hours. Severity 2 incidents shall be responded to within 8 business hours. Severity 3 incidents shall be answered within 3 business days.
P:6.3 For each hour by which a Severity 1 response is late, the Vendor shall give a service credit of CNY 600, deducted from the next payment or, after the last payment, paid by the Vendor.
P:6.4 After the warranty period, the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, i.e. CNY 91,300 per support year, fixed for the first three support years after the warranty period. Support is ordered by the Customer each support year; it does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property in the Custom Deliverables belongs to the Customer upon creation. The Customer may use, modify, copy and license them to others without restriction. The Vendor shall deliver their source code with each release.
P:7.2 The Vendor warrants that the Software does not infringe third-party rights and shall defend the Customer against any such claim.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:8.2 The Software is installed on the Customer's servers in Zhoushan. The Vendor shall access them only through the Customer's VPN with multi-factor authentication, for each session approved in advance by the Customer, and shall not copy Customer Data outside the Customer's systems. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law in relation to crew data.
P:8.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data, take remedial measures and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including fishing grounds, catch volumes and prices, and shall not disclose it without the other party's prior written consent, during this Agreement and for three years after it ends.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 On termination the Vendor shall return the amounts paid for undelivered items and hand over all Custom Deliverables completed so far.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Senegal.
P:13.2 Any dispute shall first be discussed between the parties' project managers. If not resolved within 30 days, it shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai. The award is final.
H:Article 14 Project Organisation
P:14.1 Each party shall appoint a project manager. The Vendor's project manager shall be available in Zhoushan during installation and acceptance testing, and shall report progress to the Customer every week in writing.
P:14.2 The Vendor shall provide an interpreter for training sessions with vessel officers and shall deliver the user manuals in Chinese and English.
P:14.3 Changes to the scope shall be agreed in a written change order stating the effect on price and schedule. No change is binding without such an order.
H:Article 15 General
P:15.1 Annexes: Annex 1 Implementation Plan; Annex 2 Acceptance Tests; Annex 3 Report List. The Annexes form part of this Agreement.
P:15.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature.
P:For the Customer: Zhoushan Pelagic Fishing Co., Ltd.  Name / Title / Date: ____________
P:For the Vendor: Teranga Marine Systems SARL  Name / Title / Date: ____________
"""

E02 = """# ORDER FORM — LAGUNE DISTRIBUTOR CLOUD

**Order Form No.** LC-2027-0188
**Provider:** Lagune Cloud Solutions SA, Plateau, Abidjan, Republic of Côte d'Ivoire
**Customer:** Chongqing Jinlong Motorcycle Export Co., Ltd., Jiulongpo District, Chongqing, People's Republic of China

This Order Form and the General Terms below together form the agreement between Provider and Customer (the "Agreement"). At the Customer's request all fees are stated and invoiced in CNY.

## Section 1 Order details

1.1 **Service.** Lagune Distributor Cloud, a software-as-a-service platform for distributor ordering, dealer stock visibility, warranty claims and spare-parts orders, for the Customer's distributors and dealers in West Africa.

1.2 **Users.** Up to 60 Customer staff users and up to 420 distributor and dealer users.

1.3 **Subscription Term.** Two Subscription Years, starting on the Go-Live Date. Each Subscription Year runs from the Go-Live Date or its anniversary.

1.4 **Fees.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year | 264,000 |
| Subscription Fees for the Subscription Term | 2 Subscription Years | 528,000 |
| Onboarding Services (one-time) | fixed | 46,000 |
| Total Contract Value | | 574,000 |

1.5 **Invoicing.** The Subscription Fee is invoiced quarterly in advance at the start of each quarter of a Subscription Year, the first quarter on the Go-Live Date (CNY 66,000 per quarter). The Onboarding Services fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No amount is payable before the Go-Live Date.

1.6 **Renewal.** The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## Section 2 Onboarding and Go-Live

2.1 Provider shall perform the Onboarding Services: configuration of the Customer's product catalogue and price lists, import of distributor and dealer master data, integration with the Customer's ERP for order and stock data, and training of Customer administrators.

2.2 Provider shall make the Service ready for Go-Live Acceptance within 60 days after signature of this Order Form.

2.3 Go-Live Acceptance tests: all distributors and dealers listed in Attachment A can log in; order placement, stock queries and warranty claims work end to end; the ERP interface transfers orders and stock without error for 10 consecutive business days; and the French, English and Portuguese user interfaces are complete. When the tests are passed, the Customer signs a Go-Live Acceptance certificate, and the date of signature is the Go-Live Date. Use of the Service for testing or training is not acceptance.

2.4 Each party shall appoint an onboarding lead. Provider's onboarding lead shall hold a progress call with the Customer every week and keep an issue log that both parties can see.

2.5 If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 400 for each day of delay beyond the date in Section 2.2.

## Section 3 Signatures

For the Customer: Chongqing Jinlong Motorcycle Export Co., Ltd.  Name / Title / Date: ____________

For Provider: Lagune Cloud Solutions SA  Name / Title / Date: ____________

# GENERAL TERMS

## Section 4 The Service

4.1 Provider shall provide the Service in accordance with its documentation and this Agreement, and shall not materially reduce its functionality during the Subscription Term.

4.2 Provider shall host the Service and all Customer Data in data centres located in mainland China operated by a recognised cloud provider.

4.3 Customer shall ensure that its users keep their credentials secure and use the Service only for the Customer's business.

4.4 Provider shall provide new releases of the Service at no additional charge and shall announce changes that affect users at least 14 days in advance, with release notes in English and French.

4.5 Provider shall provide a test environment for the duration of the Subscription Term, so that the Customer can test changes to its ERP interface before they are used in production.

## Section 5 Service Levels

5.1 **Availability.** The Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 5 days in advance and carried out between 00:00 and 06:00 China Standard Time.

5.2 **Support response.** Priority 1 (Service unavailable or order placement impossible for all users): response within 30 minutes, at any time, and restoration or workaround within 6 hours. Priority 2 (a major function impaired): response within 2 business hours. Priority 3 (other issues): response within 1 business day.

5.3 **Service credits.** If availability in a month is below the commitment in Section 5.1, Customer receives a credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. For each late Priority 1 response, Customer receives a credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.4 Provider shall give Customer a monthly service report with availability, incidents and response times.

5.5 Availability is measured by Provider's external monitoring every minute from at least two locations, one of them in mainland China. Customer may review the monitoring data on request, and a period in which the Service cannot be reached from mainland China counts as unavailability unless it is caused by the Customer's own network.

## Section 6 Customer Data

6.1 "Customer Data" means all data submitted to the Service by or for the Customer and its distributors and dealers, including orders, stock levels, warranty claims, prices and personal information of dealer staff.

6.2 Customer Data belongs to the Customer. Provider may use Customer Data only to provide the Service to the Customer under this Agreement and shall not use it for any other purpose, including analytics or benchmarking for other customers.

6.3 **Data security.** Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log all administrative access, keep daily backups for 30 days, and comply with the PRC Data Security Law and Personal Information Protection Law.

6.4 **Incidents.** Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take all reasonable steps to contain it, and be responsible for the losses caused to Customer by a breach of this Section.

6.5 **Return.** Within 30 days after the end of the Agreement, Provider shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

## Section 7 Intellectual Property

7.1 Provider keeps all rights in the Service, its software and documentation.

7.2 Customer-specific configurations, report templates and ERP interface mappings prepared under the Onboarding Services belong to the Customer, which may use, modify and license them freely. Provider shall deliver them in editable form on request.

## Section 8 Confidentiality

Each party shall keep confidential the other party's non-public business and technical information and shall not disclose it without prior written consent, except to its employees and advisers who need to know it and are bound by similar duties. This Section survives for three Subscription Years after the Agreement ends.

## Section 9 Subcontractors

Provider may use subcontractors, including affiliates and hosting providers, to perform any part of the Service, provided that it gives Customer written notice of the subcontractor's name and task at least 10 days before the subcontractor starts work. Provider remains responsible for its subcontractors.

## Section 10 Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit, except for breach of Section 6 or Section 8.

10.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

## Section 11 Term and Termination

11.1 The Agreement runs for the Subscription Term.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice describing the breach.

11.3 On termination by Customer under Section 11.2, Provider shall refund any prepaid fees for the period after termination.

## Section 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitral award is final and binding on both parties.

## Section 13 General

13.1 Notices shall be in writing and sent by email with confirmation of receipt to the contacts named in the Order Form.

13.2 Neither party may assign this Agreement without the other party's written consent.

13.3 If the Order Form and these General Terms conflict, the Order Form prevails.

13.4 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, war or failure of public telecommunications networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. Provider's disaster recovery obligations in Section 6.3 still apply.

13.5 This Agreement may be amended only in writing signed by both parties. Purchase orders or other documents issued by the Customer do not change these General Terms.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR WAREHOUSE ENVIRONMENTAL MONITORING SENSORS
P:Contract No. JHC-PUR-2027-0063
P:Buyer: Jiangsu Huaxin Cocoa Products Co., Ltd., Zhangjiagang Free Trade Zone, Jiangsu Province, People's Republic of China
P:Supplier: Ashanti Sensing Technologies Ltd., Adum, Kumasi, Republic of Ghana
P:The Buyer stores cocoa beans in four warehouses at its Zhangjiagang plant and needs continuous monitoring of temperature, humidity and carbon dioxide to protect bean quality. After a tender, the Buyer selected the Supplier. The parties agree as follows. All prices are in CNY.
H:1. Scope
P:1.1 The Supplier shall supply, install, configure and commission wireless temperature and humidity sensors, carbon dioxide sensors and LoRaWAN gateways in the four warehouses, supply a perpetual licence of its ColdWatch monitoring software, and train the Buyer's staff.
P:1.2 The quantities in Clause 2 are based on the Buyer's warehouse drawings and the Supplier's site survey. If the survey shows that further gateways or repeaters are needed to reach full radio coverage, the Supplier shall supply them at no extra cost.
P:1.3 The system shall record readings at least every 5 minutes, raise alarms by SMS, email and on the screen in the control room when limits set by the Buyer are exceeded, and export data to the Buyer's quality management system.
H:2. Price
P:2.1 The Contract Price is CNY 770,000, inclusive of VAT, customs duties, delivery to the site and all other costs, as itemised below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|240|1,150|276,000
TB:2|Carbon dioxide sensor|36|3,400|122,400
TB:3|LoRaWAN gateway with mounting kit|8|14,500|116,000
TB:4|ColdWatch monitoring software, perpetual licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||682,400
TB:5|Installation, configuration and commissioning|1|74,600|74,600
TB:6|Training|1|13,000|13,000
TB:|Contract Price|||770,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 77,000) within 15 working days after signature, against an advance-payment guarantee issued by a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price (CNY 423,500) within 15 working days after the Installation Certificate. The Installation Certificate only confirms that the equipment has been installed; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 269,500) within 15 working days after Final Acceptance.
P:3.4 Each payment requires a valid invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 70 days after signature and complete installation within 30 days after delivery.
P:4.2 The Supplier shall arrange export from Ghana and shipping to Shanghai. The Buyer's customs broker will handle import clearance; the Supplier shall provide the commercial invoice, packing list, certificate of origin and any other documents needed for clearance in good time.
P:4.3 All equipment shall be new, of current production, and marked and certified for use in China, including radio type approval for the gateways and sensors.
P:4.4 The Supplier's installers shall follow the Buyer's site rules on safety, hygiene and food safety, including the rules on work at height and on the use of ladders and lifts near stored cocoa, and shall remove all packaging and waste every day. Installation work in the warehouses shall be coordinated with the Buyer's warehouse manager and shall not block the movement of goods.
P:4.5 If the Supplier fails to deliver or to complete installation on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Final Acceptance tests: each sensor is compared with a calibrated reference instrument and is within ±0.3 °C and ±2% relative humidity; carbon dioxide sensors are within ±50 ppm; no sensor loses more than 0.5% of its readings over a 30-day trial run; alarms reach the duty staff within 60 seconds; and data export to the quality management system works daily without error.
P:5.2 When all tests are passed and the calibration certificates, as-built drawings and manuals have been delivered, the Buyer shall sign the Final Acceptance certificate. Installation, use of the system or any payment does not mean acceptance.
H:6. Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment free of charge, including freight and labour, and correct software defects.
P:6.2 If the same device fails more than twice during the warranty period, the Supplier shall replace it with a new device, and the warranty for that device starts again from the date of replacement.
P:6.3 Spare parts and replacement sensors shall remain available for purchase for at least eight years after Final Acceptance, at prices no higher than the unit prices in Clause 2.
P:6.4 Batteries of wireless sensors shall last at least 36 months at the configured reporting interval. Batteries that fail earlier shall be replaced free of charge.
P:6.5 The Supplier shall carry out a free calibration check of all sensors once during each warranty year, at a date agreed with the Buyer, and shall recalibrate or replace any sensor outside the tolerances in Clause 5.1. The results shall be recorded in a calibration report signed by both parties.
H:7. Support and Response Times
P:7.1 Severity 1 faults (the monitoring system is down, or more than 10% of the sensors of a warehouse send no data) shall be responded to remotely within 1 hour and, if needed, an engineer from the Supplier's Shanghai partner shall be on site within 24 hours. Severity 2 faults shall be responded to within 8 business hours.
P:7.2 For each hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 300, deducted from the retention amount or invoiced to the Supplier.
P:7.3 After the warranty period, the Buyer may order annual support at 6% of the Hardware and Licence Subtotal, i.e. CNY 40,944 per support year. This fee is fixed for three support years after the warranty period. Support is ordered separately each support year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The configuration, alarm rules, dashboards and interface programs prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
P:8.2 The ColdWatch software remains the Supplier's property and is licensed to the Buyer perpetually for its Zhangjiagang plant and any future warehouses of the Buyer.
H:9. Data
P:9.1 All readings, alarm logs and reports produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The ColdWatch server is installed on the Buyer's premises. The Supplier shall access it only remotely through the Buyer's VPN, with the Buyer's approval for each session, and shall not copy any data outside the Buyer's systems.
P:9.3 The Supplier shall inform the Buyer within 12 hours of any security incident affecting the system or the Buyer's data, take remedial measures, and compensate the Buyer for losses caused by its breach of this Clause.
H:10. Confidentiality
P:Each party shall keep confidential all information received from the other party in connection with this Contract, including storage volumes, quality limits and the layout of the plant, and shall not disclose it to third parties without written consent.
H:11. Liability
P:The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, property damage caused by wilful misconduct or gross negligence, and breach of Clauses 9 and 10.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Any approved subcontractor, including the Supplier's Shanghai partner, works under the Supplier's responsibility.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Clause 4.5 reach their maximum.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:15. Training and Documentation
P:15.1 The Supplier shall train up to 12 of the Buyer's warehouse, quality and maintenance staff in operating the system, setting alarm limits, replacing batteries and carrying out routine calibration checks.
P:15.2 The Supplier shall deliver operation and maintenance manuals, calibration certificates for every sensor, and the as-built drawings showing the location and identification number of each device.
H:16. Force Majeure
P:Neither party is liable for delay caused by force majeure, provided that it notifies the other party within 5 days and takes reasonable steps to reduce the delay. Shipping delays that the Supplier could have avoided by ordering in time are not force majeure.
H:17. General
P:17.1 This Contract is made in English and Chinese, and both versions have equal force.
P:17.2 Annex 1: Technical Specification. Annex 2: Site plan of the four warehouses. Annex 3: Acceptance Test Procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. SLT-XTM-2027-02

**BETWEEN** Hunan Xiangtie Mining Investment Co., Ltd., Yuelu District, Changsha, Hunan Province, People's Republic of China ("Customer"),

**AND** Lion Mountain Technology Services Ltd., Wilkinson Road, Freetown, Republic of Sierra Leone ("Provider").

**WHEREAS** Customer runs an office in Freetown and a mine camp near Port Loko, and wishes Provider to manage the IT infrastructure at both sites; and Provider has the staff and tools to do so. The parties agree as follows. At Customer's request all charges are stated and paid in CNY.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Sites" means Customer's office in Freetown and its mine camp near Port Loko.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Clause 4.

1.4 "Customer Data" means all data stored on or passing through the systems managed by Provider, including email, files, user accounts and logs.

## 2. SERVICES

2.1 Provider shall provide the Services at the Sites in accordance with this Agreement and the Schedules.

2.2 Provider shall keep at least two engineers based in Freetown and one engineer at the mine camp on rotation, and shall provide a service desk in English and Chinese.

2.3 Provider shall use its own monitoring tools, with read access for Customer's IT team in Changsha.

2.4 Provider shall follow Customer's change procedure. Changes to firewalls, routing or servers shall be approved by Customer's IT manager in advance, except emergency changes needed to restore a P1 incident, which shall be reported the same day.

2.5 Provider shall carry out a quarterly review with Customer, covering incidents, recurring problems, capacity of the links, security findings and recommended improvements, and shall record agreed actions and their owners.

2.6 Provider shall keep the asset register, network diagrams and configuration backups up to date and give Customer a copy every month.

## 3. TERM

3.1 The Agreement starts on signature and the Services run for 24 months from the Service Commencement Date.

3.2 The Agreement ends at the end of that period. Any extension requires a written amendment signed by both parties.

## 4. TRANSITION

4.1 Provider shall complete the transition activities in Schedule 3 within 45 days after signature.

4.2 Transition Acceptance criteria: all network devices, servers and user devices at the Sites are recorded in the asset register; monitoring covers all devices in the register; the service desk has handled test tickets of each priority correctly; and backup and restore of the file server have been tested successfully. When the criteria are met, Customer signs the Transition Acceptance certificate.

4.3 If the Service Commencement Date is later than the 45th day after signature for reasons attributable to Provider, Provider shall pay CNY 1,000 for each day of delay.

## 5. CHARGES AND PAYMENT

5.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,460,000.

5.2 The monthly service charge is invoiced monthly in arrears. The transition charge is invoiced after Transition Acceptance. No advance payment is due.

5.3 Customer shall pay undisputed invoices within 30 days by bank transfer.

## 6. SERVICE LEVELS

6.1 Provider shall meet the response and resolution targets in Schedule 1, Table 1B, and report its performance monthly.

6.2 The service levels are targets. If Provider fails to meet them in a month, Provider shall give Customer a written explanation and an improvement plan within 10 days. No service credit, deduction or other compensation is payable for failure to meet the service levels.

## 7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 Provider shall back up the file and email servers every day and keep the backups on storage at the Freetown office, as set out in Schedule 1.

7.3 At the end of the Agreement Provider shall hand over all administrator passwords, configuration backups and documentation to Customer or its new provider.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including Customer's geological, production and financial information, and shall use it only for this Agreement.

8.2 Provider shall ensure that its engineers sign individual confidentiality undertakings before they start work at the Sites.

8.3 This Clause survives for three years after the Agreement ends.

## 9. INTELLECTUAL PROPERTY

9.1 Network designs, configurations, scripts, runbooks and documentation prepared by Provider for Customer belong to Customer, which may use, modify and give them to any other provider.

9.2 Provider keeps the rights in its monitoring tools and general know-how.

## 10. PERSONNEL AND SUBCONTRACTING

10.1 Provider's engineers shall comply with Customer's site safety rules, including the mine camp's induction and permit-to-work procedures.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

10.3 Customer may ask Provider to replace any engineer who does not perform satisfactorily, and Provider shall do so within 15 days.

## 11. LIABILITY

11.1 Provider's total liability under this Agreement shall not exceed 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of Clause 8.

11.2 Neither party is liable for indirect or consequential loss.

## 12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice.

12.2 Customer may also terminate this Agreement without cause by giving 90 days' written notice after the first nine months of the Services. In that case Customer shall pay the monthly service charge up to the date of termination and no other compensation.

12.3 On termination Provider shall continue the Services for up to 60 days, at the same monthly charge, if Customer requests it in order to move the Services to another provider.

## 13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## 14. CUSTOMER RESPONSIBILITIES

14.1 Customer shall give Provider's engineers access to the Sites, accommodation at the mine camp, and the information and passwords they need to perform the Services.

14.2 Customer remains responsible for buying hardware, software licences and telecommunications links, unless Provider is asked to buy them under a separate order.

## 15. FORCE MAJEURE

Neither party is liable for failure or delay caused by events beyond its reasonable control, including civil unrest, epidemics and natural disasters, provided that it informs the other party promptly. The monthly service charge is reduced in proportion to any period in which the Services cannot be provided for such a reason.

## 16. GENERAL

16.1 Notices shall be given in writing to the addresses above.

16.2 This Agreement, with its Schedules, is the entire agreement of the parties.

**SIGNED** for Customer: ____________________  **SIGNED** for Provider: ____________________

## SCHEDULE 1 — SERVICES AND SERVICE LEVELS

### Table 1A — Services

| Service | Description |
|---|---|
| Service desk | Phone, email and chat support for about 140 users, 07:00–22:00 Freetown time, on-call at other times |
| Network management | Monitoring and management of routers, switches, firewalls, Wi-Fi and the satellite and fibre links at both Sites |
| Server management | Patching, monitoring and backup of the file, email and camp management servers |
| End-user devices | Set-up, repair and replacement of laptops, desktops, printers and radios |
| Security operations | Antivirus, firewall rule management and monthly vulnerability scans |
| Reporting | Monthly service report and quarterly review meeting with Customer |

### Table 1B — Response and resolution targets

| Priority | Example | Response | Resolution |
|---|---|---|---|
| P1 | Site network or satellite link down, email down for all users | 30 minutes | 6 hours |
| P2 | Function impaired for a group of users | 1 hour | 1 business day |
| P3 | Single user issue | 6 business hours | 3 business days |
| P4 | Request or question | 1 business day | 5 business days |

### Notes to Schedule 1

Response is measured from the time a ticket is logged by phone, email or the service desk portal until an engineer starts work on it and informs the user. Resolution means the service is restored, by a permanent fix or a workaround. Time while Provider waits for Customer or for a third-party carrier is not counted, provided that Provider records it in the ticket. Provider shall escalate any P1 incident to Customer's IT manager in Changsha at once and give updates every hour until it is resolved.

## SCHEDULE 2 — CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 58,000 per month for 24 months | 1,392,000 |
| Transition charge | one-time | 68,000 |
| Total Contract Value | | 1,460,000 |

## SCHEDULE 3 — TRANSITION

| Step | Activity | Target day |
|---|---|---|
| 1 | Site surveys and asset inventory at both Sites | 15 |
| 2 | Installation of monitoring agents and probes | 25 |
| 3 | Handover from the current provider and knowledge transfer | 35 |
| 4 | Test tickets, backup and restore test | 40 |
| 5 | Transition Acceptance | 45 |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. MDS-QHR-2027-11

THIS AGREEMENT is made between:

Qingdao Haiyuan Rubber Trading Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer"); and

Mesurado Data Services Inc., Broad Street, Monrovia, Republic of Liberia ("Provider").

BACKGROUND

Provider collects and publishes data on natural rubber production, farm-gate and export prices, port calls and vessel departures in Liberia and neighbouring countries, and makes the data available through an application programming interface (the "Data API"). Customer imports natural rubber and wishes to use the Data API in its purchasing and logistics systems. All fees are in CNY.

1. DEFINITIONS

1.1 "Provider Data" means the data sets delivered through the Data API, listed in Schedule A.

1.2 "Customer Data" means the queries, API keys, user accounts, watch lists, purchase volumes and other information that Customer submits to Provider or that Provider generates from Customer's use of the Data API.

1.3 "Service Start Date" means the date of API Access Acceptance under Clause 4.

1.4 "Subscription Year" means each period that starts on the Service Start Date or on an anniversary of it and ends on the day before the next anniversary.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data API and to use Provider Data in Customer's internal business, including its purchasing, risk and logistics systems and reports to its management.

2.2 The initial Subscription Term is two Subscription Years from the Service Start Date.

2.3 Customer may make up to 2,000,000 API calls per Subscription Year. Additional calls are charged at CNY 0.02 per call, invoiced quarterly in arrears.

3. FEES AND PAYMENT

3.1 The fees are:

(a) Subscription Fee: CNY 186,000 per Subscription Year, CNY 372,000 for the initial Subscription Term;

(b) Set-up fee (one-time, for API keys, test environment, field mapping and integration support): CNY 18,000.

The total fees for the initial Subscription Term are CNY 390,000, excluding any additional API calls.

3.2 The Subscription Fee is invoiced quarterly in advance, the first invoice on the Service Start Date, at CNY 46,500 per quarter. The set-up fee is invoiced after API Access Acceptance. Nothing is payable before the Service Start Date.

3.3 Invoices are payable within 30 days of receipt.

3.4 Provider shall give Customer a usage report with each invoice, showing the number of API calls by endpoint and by user account.

4. SET-UP AND API ACCESS ACCEPTANCE

4.1 Provider shall make the production Data API and a test environment available to Customer within 30 days after signature.

4.2 API Access Acceptance criteria: all endpoints listed in Schedule A return data in the documented format; historical price data is complete for the period stated in Schedule A; the median response time measured by Customer over 5 business days is below 800 milliseconds; and Customer's purchasing system has imported daily price data for 5 consecutive business days without error. Customer shall confirm acceptance in writing when the criteria are met.

4.3 During set-up Provider shall give Customer's developers remote integration support in English and Chinese, and shall review Customer's first integration with the Data API to confirm that it uses the endpoints efficiently and stays within the call allowance.

4.4 If the Data API is not ready for API Access Acceptance within the period in Clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

5. SERVICE LEVELS

5.1 The Data API shall be available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance.

5.2 Provider shall publish daily price data by 10:00 China Standard Time on each business day, and weekly farm-gate prices by 10:00 China Standard Time each Tuesday. Where a source is not available on a day, Provider shall publish the data as soon as it is received and mark it as late.

5.3 Severity 1 incidents (the Data API unavailable or returning wrong prices) shall be responded to within 1 hour at any time. Severity 2 incidents shall be responded to within 8 business hours.

5.4 Provider shall provide a status page showing the current state of the Data API and a history of incidents, and shall send an email to Customer's technical contact when a Severity 1 incident starts and when it ends.

5.5 If monthly availability is below the level in Clause 5.1, Customer receives a service credit of 5% of the quarterly Subscription Fee for each full 0.5 percentage point of shortfall. If daily price data is published late on more than 3 business days in a month, Customer receives a further credit of 5% of that quarterly fee. Credits are deducted from the next invoice.

6. PROVIDER DATA

6.1 Provider keeps all rights in Provider Data. Customer may not resell Provider Data or publish it outside its group, except for short extracts in internal reports and in communications with its banks and auditors.

6.2 Provider warrants that it has the right to license Provider Data and that the data is collected lawfully.

6.3 Provider shall use reasonable care to ensure that Provider Data is accurate and shall correct any error within 1 business day after it is reported. Where a price published through the Data API is corrected, Provider shall mark the correction in the data and inform Customer by email.

6.4 Provider may change the data format of an endpoint only after giving Customer at least 90 days' notice and keeping the previous version available during that period.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Data API to Customer and shall not use it for any other purpose, including analysing Customer's purchasing interest or sharing it with other customers.

7.2 Provider shall protect Customer Data with industry-standard security measures: encrypted connections for all API calls, hashed API keys, role-based access for its staff, logging of all access, and prompt revocation of compromised keys.

7.3 Provider shall notify Customer within 24 hours of any security incident affecting Customer Data, take measures to stop it and be liable for the losses Customer suffers because of Provider's breach of this Clause.

8. INTELLECTUAL PROPERTY IN INTEGRATION WORK

The field mappings, integration scripts and sample code prepared by Provider specifically for Customer during set-up belong to Customer, which may use, modify and license them freely.

9. RENEWAL

9.1 At the end of the initial Subscription Term, this Agreement renews automatically for further Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the then current Subscription Year.

9.2 For each renewal Subscription Year, Provider may increase the Subscription Fee by up to 9% over the fee of the previous Subscription Year, by notice given at least 30 days before the renewal.

10. LIABILITY

10.1 Provider's total liability under this Agreement shall not exceed 150% of the total fees for the initial Subscription Term, except for breach of Clause 7, infringement and wilful misconduct.

10.2 Neither party is liable for indirect or consequential loss or loss of profit.

11. SUBCONTRACTING

Provider shall not subcontract the operation of the Data API or the handling of Customer Data without Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 On termination by Customer under Clause 12.1, Provider shall refund the prepaid Subscription Fee for the period after termination.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above or to the email addresses named in Schedule B.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or the failure of international telecommunications links, provided that it notifies the other party promptly.

14.4 This Agreement may be amended only in writing signed by both parties. Schedules A and B form part of this Agreement.

SCHEDULE A — DATA SETS AND ENDPOINTS

/prices/farmgate — weekly farm-gate prices of cup lump by county, history from 2019.
/prices/export — daily export offer prices by grade, history from 2019.
/production — monthly production estimates by country.
/ports/calls — vessel calls and departures at Monrovia, Buchanan and San Pedro, updated every 6 hours.

Provider may add new data sets to Schedule A at any time. Provider may withdraw a data set only if its source stops publishing, and shall then reduce the Subscription Fee in proportion to the value of the withdrawn data set as agreed with Customer.

SCHEDULE B — CONTACTS

Customer: purchasing department, Qingdao. Provider: customer support, Monrovia.

Signed for Customer: ____________________
Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- files and labels
NAMES = {
    "z01": ("h527z01_grain_reserve_smart_depot_platform", "pdf", Z01),
    "z02": ("h527z02_glass_fibre_bushing_control_retrofit", "docx", Z02),
    "z03": ("h527z03_elderly_care_chain_nursing_saas", "txt", Z03),
    "z04": ("h527z04_water_group_billing_system_om", "txt", Z04),
    "z05": ("h527z05_fishball_wms_supplier_template", "md", Z05),
    "e01": ("h527e01_senegal_fleet_software_licence", "pdf", E01),
    "e02": ("h527e02_ivorian_distributor_saas_order_form", "md", E02),
    "e03": ("h527e03_ghana_warehouse_sensors_supply", "docx", E03),
    "e04": ("h527e04_sierra_leone_managed_it_services", "md", E04),
    "e05": ("h527e05_liberia_rubber_data_api_subscription", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
N = None
# values in KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
L = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 8, False, True, False, "PRC", G],
            (True, True, True, False, 2196000)),
    "z02": ("zh", "hardware", [N, 0.25, True, "buyer", True, True, True, 0.03, N, 20, True, True, 24, 7, False, False, False, "PRC", G],
            (True, True, True, False, 1640000)),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.08, N, N, True, N, N, N, True, True, False, "PRC", S],
            (True, True, None, False, 1080000)),
    "z04": ("zh", "services", [99.95, 0.5, False, "buyer", True, True, True, 0.1, N, N, True, N, N, N, False, True, True, "PRC", S],
            (True, True, None, False, 592000)),
    "z05": ("zh", "software", [N, N, False, "supplier", True, True, True, N, N, 60, False, False, 6, 22, False, True, N, "PRC", G],
            (False, False, True, True, 568000)),
    "e01": ("en", "software", [N, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Senegal", G],
            (True, True, True, False, 1218000)),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 400 / 574000 * 100, 6 / 24 * 100, N, True, N, N, N, False, True, True, "PRC", S],
            (True, True, None, False, 574000)),
    "e03": ("en", "hardware", [N, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 6, False, True, False, "PRC", G],
            (True, True, True, False, 770000)),
    "e04": ("en", "services", [N, 0.5, False, "buyer", False, True, True, 1000 / 1460000 * 100, 150, N, True, N, N, N, False, True, False, "PRC", S],
            (True, True, None, False, 1460000)),
    "e05": ("en", "cloud", [99.5, 1, True, "buyer", True, True, False, 300 / 390000 * 100, 150, N, True, N, N, N, True, True, False, "PRC", S],
            (True, True, None, False, 390000)),
}
# TCO fee base (itemised licence / hardware subtotal) for goods_or_licence drafts
FEE_BASE = {"z01": 1280000, "z02": 1450000, "z05": 448000, "e01": 830000, "e03": 682400}
# price arithmetic as written in the texts
PRICES = {
    "z01": ([1280000, 736000, 142000, 38000], [439200, 988200, 768600]),
    "z02": ([612000, 528000, 96000, 214000, 168000, 22000], [328000, 574000, 738000]),
    "z03": ([12 * 26500 * 3, 126000], []),
    "z04": ([276000, 216000, 56000, 44000], [148000] * 4),
    "z05": ([388000, 60000, 96000, 24000], [340800, 198800, 28400]),
    "e01": ([420000, 36 * 9500, 10 * 6800, 286000, 64000, 38000], [243600, 548100, 426300]),
    "e02": ([2 * 264000, 46000], [66000] * 8 + [46000]),
    "e03": ([240 * 1150, 36 * 3400, 8 * 14500, 168000, 74600, 13000], [77000, 423500, 269500]),
    "e04": ([58000 * 24, 68000], []),
    "e05": ([186000 * 2, 18000], [46500] * 8 + [18000]),
}
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"],
    "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    lang, cat, vals, (sla, ld, capped, deemed, value) = L[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": "%s.%s" % NAMES[key][:2], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(key, terms, extra)}


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None \
            or not x.get("post_warranty_fee_capped"):
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My own reading of policy.md section 3 applied to the label values."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
D = r"(?<![\d.,])"
PATTERNS = [
    r"99\.9(?!\d)",
    D + r"4\s*个?\s*(?:小时|hours?\b|-hour|h\b)", r"(?<![十])四\s*个?\s*小时", r"four[\s-]*hours?", r"240\s*(?:分钟|min)",
    D + r"0\.05\s*%", r"万分之五(?![十])", r"千分之零点五",
    D + r"100\s*%", r"百分之百", r"百分之一百",
    D + r"30\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"(?<![\d.,年])12\s*个?\s*月(?!\d)", r"(?<![一二三四五六七八九])十二\s*个?\s*月", r"twelve[\s-]*months?", D + r"12[\s-]*months?", r"一年", r"one[\s-]*years?\b", r"one[\s-]*year",
    D + r"15\s*%", r"百分之十五(?![点])",
    D + r"40\s*%", r"百分之四十(?![一二三四五六七八九])", r"四成",
    D + r"5\s*年", r"五年", r"five[\s-]*years?", D + r"5[\s-]*years?", D + r"60\s*个?\s*月", D + r"60[\s-]*months?", r"六十个月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "12-month", "一年", "one year", "15%", "15 %", "百分之十五", "40%", "百分之四十", "四成",
            "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2027年", "万分之五十", "服务年度",
             "14 hours", "24 hours", "35%", "百分之三十五", "18个月", "二十四个月", "Subscription Year", "25%", "0.5%",
             "1,500 %", "2,100%", "45%", "60%", "第十二条", "十五日", "2027年12月31日", "2026年12月20日"]


def hits(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    found = []
    for f in forms:
        for rx in RX:
            for m in rx.finditer(f):
                found.append((rx.pattern, f[max(0, m.start() - 15):m.end() + 15]))
    return found


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), "must miss: %s %s" % (s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    if key.startswith("z"):
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), len(text.replace("|", " ").split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (stem, ext, src) in NAMES.items():
        name = "%s.%s" % (stem, ext)
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, bad = set(), []
    for key, (stem, ext, src) in NAMES.items():
        lab = label(key)
        # price and payment arithmetic
        items, pays = PRICES[key]
        assert sum(items) == lab["expected_extra"]["contract_value"], key
        if key not in ("z04",) and pays:
            assert sum(pays) == lab["expected_extra"]["contract_value"], (key, sum(pays))
        if key == "z04":
            assert sum(pays) == lab["expected_extra"]["contract_value"]
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / ("%s.%s" % (stem, ext)))
        a, b = measure(key, text)
        lo, hi = (2750, 3000) if key.startswith("z") else (1450, 1650)
        ok = lo <= a <= hi and lo <= b <= hi
        share = tco_share(key, lab["expected_terms"], lab["expected_extra"])
        print("%s %-50s %5d %5d %s risk=%s tco=%s %s" % (key, stem, a, b, "ok" if ok else "OUT OF RANGE",
              risk(lab["expected_rules"]), None if share is None else round(share, 2), lab["expected_rules"]))
        if not ok:
            bad.append(key)
        for h in hits(text) + hits(src):
            print("   THRESHOLD TEXT", key, h)
            bad.append(key + ":threshold")
        # numeric labels away from thresholds
        t = lab["expected_terms"]
        for k, th in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                      ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                      ("post_warranty_fee_pct", 15)):
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        assert share is None or abs(share - 40) > 2, (key, share)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    print("coverage: all %d rules" % len(ALL_RULES))
    print("problems:", bad or "none")
