"""holdout352: ten ordinary draft contracts (5 zh, 5 en) with sidecar labels, written blind from policy.md / API.md.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py with wrap_words=True), their .json
labels, reads every built file back to check its length, scans every text for threshold figures, and prints the
expected rules per contract.
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
Z01 = """T:青岚市自然灾害综合风险普查数据平台建设项目采购合同
P:项目编号：QLZC-2025-GK-0417（政府采购 公开招标）    合同编号：QLYJ-HT-2025-023
P:甲方（采购人）：青岚市应急管理局    地址：青岚市滨河大道88号
P:乙方（供应商）：苏州澄衡信息技术有限公司    地址：苏州工业园区星湖街218号
P:根据《中华人民共和国政府采购法》及其实施条例，甲方就青岚市自然灾害综合风险普查数据平台建设项目进行公开招标，乙方为中标供应商。双方依据招标文件、乙方投标文件及中标通知书，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设自然灾害综合风险普查数据平台，包括普查成果数据入库、风险评估与区划模型、综合减灾“一张图”、数据共享交换接口及运行监测模块，并提供平台软件许可、部署实施和培训。
P:1.2 平台部署在甲方政务云，由甲方提供云资源，乙方负责软件安装、配置、对接和调优。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾捌万元整（¥2,880,000），为固定总价，包含全部软件、开发、实施、培训、税费及质保期内服务费用。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（空间数据引擎、数据中台、可视化组件，永久许可）|1,268,000
TB:2|定制开发（成果入库、风险评估模型、一张图、共享接口）|1,046,000
TB:3|数据治理与入库|382,000
TB:4|部署实施|148,000
TB:5|培训|36,000
TB:合计||2,880,000
P:2.2 其中软件许可部分（第1项）以下称“软件许可小计”。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥576,000。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,296,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥1,008,000。
P:3.4 每次付款前乙方应开具合法有效的等额发票。
H:第四条 工期
P:4.1 乙方应于合同签订后150日内完成部署并提请初步验收，初验合格后进入试运行，试运行期为90日。
H:第五条 验收
P:5.1 初步验收标准：功能清单所列功能全部实现；普查成果数据入库完整率经抽样核对不低于99.5%；常用查询响应时间不超过3秒，200个并发用户下无错误；第三方安全测评无高危漏洞。
P:5.2 试运行期满、期间未发生一级故障且遗留问题全部关闭后，乙方提请最终验收，甲方组织专家按招标文件技术要求及本条标准进行验收并出具书面意见。
P:5.3 平台上线使用、甲方付款或签收货物均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.3 一级故障（平台不可用或数据错误影响对外服务）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:6.4 乙方每超时响应或恢复1小时，甲方从应付款项或履约保函中扣除¥1,000；月可用率每低于承诺值0.01个百分点，扣除¥2,000。
P:6.5 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可小计的8%（即每年不超过¥101,440），三年内不上调，具体以双方另行签订的维护合同为准。
H:第七条 数据安全
P:7.1 平台中的普查数据、业务数据和日志均属于甲方所有，乙方仅可为履行本合同处理，不得复制、留存或用于任何其他目的。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，落实访问控制、加密传输与存储、操作审计，远程运维须经甲方审批并通过堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、灾害风险数据和系统配置负有保密义务，未经甲方书面同意不得向第三方披露，保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 为本项目定制开发的模型、程序、接口及其源代码和文档的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
P:9.2 乙方原有平台软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提请验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 逾期超过60日或验收两次不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:第十一条 分包与转让
P:11.1 本项目不允许分包，乙方不得将合同权利义务转让给第三方。
H:第十二条 合同解除
P:12.1 任何一方严重违约且在收到书面通知后15日内未纠正的，守约方有权书面解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应派驻项目经理1名及不少于6名实施人员，项目经理须具备同类平台建设经验，未经甲方同意不得更换。乙方人员应遵守甲方办公场所和政务云机房的管理制度。
P:14.2 乙方应每周提交项目周报，每月参加甲方组织的项目例会，重大问题应在发现后24小时内书面报告甲方。
P:14.3 乙方应对甲方指定的系统管理员和业务人员进行培训，培训内容包括平台操作、数据维护、模型参数调整和日常巡检，培训后应提供完整的操作手册和运维手册。
H:第十五条 不可抗力
P:15.1 因地震、洪水、台风等不可抗力致使合同不能按期履行的，受影响一方应在不可抗力发生后3日内通知对方，并在15日内提供有关证明，双方可协商延长履行期限。
P:15.2 不可抗力持续超过60日致使合同目的无法实现的，任何一方可书面解除合同，已完成部分按实结算。
H:第十六条 通知与联系
P:16.1 双方的通知应以书面形式送达本合同首部所列地址，或发送至双方指定联系人的电子邮箱。一方变更地址或联系人的，应在变更后3日内书面通知对方。
P:16.2 本合同履行中的会议纪要、变更确认单经双方项目负责人签字后作为本合同的补充文件。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青岚市应急管理局    法定代表人或授权代表：________    日期：________
P:乙方（盖章）：苏州澄衡信息技术有限公司    法定代表人或授权代表：________    日期：________
"""

# ---------------------------------------------------------------- z02 (.docx, 一、/（一）, Word price table)
Z02 = """T:电解生箔机控制系统改造合同
P:合同编号：RT-SB-2025-0612
P:甲方：鹰潭瑞铜电子材料有限公司（买方）
P:乙方：合肥恒拓自动化工程有限公司（卖方）
P:鉴于甲方二车间现有12台电解生箔机控制系统老化、厚度波动大，甲方决定对其进行改造。乙方具备工业控制系统集成能力。双方经友好协商，就改造项目订立本合同，共同遵守。
H:一、改造范围
P:（一）乙方负责12台生箔机的PLC控制系统、阴极辊恒流整流电源控制模块、张力与面密度在线检测、HMI及组态软件、车间工业网络的供货、安装、调试和工艺联调。
P:（二）改造应分三批停机实施，每批停机不超过10日，不得影响其余机台生产。
H:二、合同价格
P:（一）合同总价为人民币叁佰陆拾万元整（¥3,600,000），含税、运输、保险、安装、调试和培训费用。价格明细见下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制器及I/O模块|12套|1,126,000
TB:2|阴极辊恒流整流电源控制模块|12套|968,000
TB:3|张力与面密度在线检测仪|12套|742,000
TB:4|HMI工控机及组态软件许可|12套|284,000
TB:5|工业交换机及网络设备|1批|120,000
TB:软硬件小计|||3,240,000
TB:6|安装调试||226,000
TB:7|工艺联调||104,000
TB:8|培训||30,000
TB:合计|||3,600,000
P:（二）上表第1至5项合计为“软硬件小计”，即¥3,240,000。
H:三、付款
P:（一）合同生效后10日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的35%；到货签收仅为数量确认，不构成质量验收。
P:（三）最终验收合格后15日内，甲方支付合同总价的50%。
P:（四）余款5%作为质量保证金，质保期满且无未决质量问题后15日内无息支付。
H:四、交货与工期
P:（一）乙方应于合同生效后75日内将全部设备运至甲方现场，120日内完成三批改造。
P:（二）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八支付违约金，违约金累计不超过合同总价的10%。
H:五、验收
P:（一）每批改造完成后连续运行72小时，面密度偏差不超过±1.5%，整流电流控制精度优于0.5%，断箔率不高于改造前水平，HMI报警与联锁测试全部通过。
P:（二）三批全部完成并稳定运行45日后，甲方组织最终验收，以本条标准及技术协议为依据，出具书面验收报告。
P:（三）设备投入生产使用不视为验收合格。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件并提供软件升级。
P:（二）一级故障（生箔机停机）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应，当日到场。
P:（三）乙方每超时1小时，向甲方支付¥2,000，由甲方从质量保证金或应付款中扣除。
P:（四）质保期满后，乙方按年度提供维保服务（含驻厂工程师、备件及软件升级），维保年费按软硬件小计的24%计取，即每年¥777,600。甲方续签维保合同时乙方不得上调该费用。
H:七、数据与保密
P:（一）生产工艺参数、产量和质量数据均属甲方所有，乙方不得复制或用于本合同以外的任何目的。
P:（二）乙方远程访问须经甲方批准，经工业防火墙和堡垒机进行并留存日志；乙方应采取防病毒和权限控制措施。发生数据泄露或系统被攻击的，乙方应在1小时内通知甲方，因乙方原因造成损失的承担赔偿责任。
P:（三）双方对在履约中获知的对方技术秘密和商业秘密负有保密义务，保密期限至合同终止后三年。
H:八、知识产权
P:（一）为本项目编写的PLC程序、组态画面、配方管理程序及其源程序和文档归甲方所有，甲方可自行修改和使用。
P:（二）第三方软件按其原厂许可授予甲方使用。
H:九、责任限额
P:（一）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但人身伤害、故意或重大过失及违反第七条的除外。
H:十、分包
P:（一）电缆敷设和桥架安装可分包给具备资质的单位，但须事先取得甲方书面同意；乙方对分包工作承担全部责任。
H:十一、合同解除
P:（一）乙方严重违约且在甲方书面通知后15日内未能纠正的，甲方有权解除合同并要求赔偿。
H:十二、法律与争议
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交鹰潭仲裁委员会仲裁。
H:十三、甲方义务与现场配合
P:（一）甲方应按改造计划安排停机，提供现场施工用电、吊装条件和临时存放场地，并指定工艺、设备负责人各1名配合调试。
P:（二）甲方应提供现有生箔机电气图纸、工艺参数表和历史质量数据，供乙方设计参考，乙方应妥善保管并在项目结束后归还。
P:（三）乙方施工人员进入车间应遵守甲方安全生产和防火制度，佩戴劳保用品；动火、登高和带电作业须办理作业票。因乙方违反安全规定造成人身伤害或财产损失的，由乙方负责。
H:十四、培训与技术资料
P:（一）乙方应为甲方电气维修人员和操作工提供现场培训不少于10个工作日，内容包括PLC程序结构、整流电源参数设定、检测仪标定、HMI操作和常见故障处理。
P:（二）乙方应在最终验收前提交全套竣工资料，包括电气原理图、接线图、PLC程序备份、组态工程文件、设备说明书、备品备件清单和调试记录，纸质版两套、电子版一套。
H:十五、变更
P:（一）甲方需要增减改造内容的，应书面通知乙方，双方按本合同单价或另行协商的价格签署变更确认单，并相应调整工期。
H:十六、不可抗力
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:十七、包装、运输与备件
P:（一）设备应采用适合长途运输和防潮的包装，箱外标明合同编号、设备名称和机台号。运输途中的损坏和丢失由乙方负责，乙方应在7日内补发。
P:（二）乙方应随设备免费提供易损件一套（包括熔断器、继电器、I/O模块和检测探头各若干），清单附于技术协议。质保期满后乙方应保证备件持续供应，备件价格不高于乙方同期对其他客户的报价。
P:（三）设备到货后，双方共同开箱检验，核对型号、数量、外观和随机文件，签署到货签收单；发现缺损的，乙方应在10日内补齐或更换。
H:十八、技术要求摘要
P:（一）PLC应采用冗余电源，扫描周期不大于20毫秒；整流电源控制模块应支持0至50千安电流闭环控制，具备过流、过温和缺相保护。
P:（二）改造后控制系统应保留与甲方MES系统的数据接口，按甲方提供的点表上传机台状态、电流、车速和面密度数据，上传周期不大于5秒。
P:（三）面密度在线检测仪测量宽度覆盖整幅箔面，测量结果实时上传HMI并与整流电流实现分区闭环调节；HMI保存不少于180日的工艺曲线和报警记录。
H:十九、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件。
P:甲方（盖章）：________  代表：________    乙方（盖章）：________  代表：________
"""

# ---------------------------------------------------------------- z03 (.txt, 第X条 + （1）)
Z03 = """门店进销存管理系统SaaS服务及实施合同

合同编号：YZ-QJ-2025-088
甲方（客户）：湖州青简文具连锁有限公司
乙方（服务商）：广州云栈软件科技有限公司

甲方在湖州、嘉兴两地经营75家文具门店，现有收银与库存系统各自独立，无法统一补货。乙方提供“云栈零售进销存”SaaS服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。

第一条 服务内容
（1）乙方向甲方75家门店及总部提供“云栈零售进销存”SaaS服务，包括商品档案、采购、配送、门店收银、库存盘点、会员积分和经营报表功能。
（2）乙方负责实施：历史商品及库存数据迁移、与甲方现有收银机和财务软件的接口对接、门店人员培训，以及按甲方要求定制的五张补货与毛利分析报表。
（3）服务期为三个服务年度，自系统上线验收合格之日起算。

第二条 费用
（1）订阅费：门店模块每家门店每服务年度¥3,600，75家合计¥270,000；总部管理模块每服务年度¥48,000。每服务年度订阅费合计¥318,000。
（2）实施费（一次性）：¥186,000。
（3）本合同总价为¥1,140,000（三个服务年度订阅费¥954,000加实施费¥186,000）。门店数量增加的，新增门店按上述单价计费。

第三条 付款
（1）合同签订后10个工作日内，甲方一次性支付实施费全额及首个服务年度订阅费，合计¥504,000。
（2）第二、第三个服务年度的订阅费，甲方于该服务年度开始前10个工作日内支付。
（3）乙方在收款前开具增值税专用发票。

第四条 实施与上线
（1）乙方应在合同签订后60日内完成数据迁移、接口对接和培训，并提请上线验收。
（2）上线验收标准：商品、库存数据迁移后与甲方盘点结果一致；收银接口连续7日交易对账无差异；定制报表数据与财务软件核对一致；全部门店可正常开单。甲方在5个工作日内验收并签署书面意见，试用或开单本身不视为验收合格。
（3）乙方逾期完成上线的，每逾期一日按合同总价的万分之三向甲方支付违约金。

第五条 服务水平
（1）系统月可用率不低于99.95%。
（2）故障分级：一级故障指全部或多数门店无法收银，乙方应在1小时内响应，6小时内恢复业务；二级故障指单店或单项功能异常，乙方应在2小时内响应，次日内解决。
（3）月可用率未达承诺的，每低0.1个百分点，乙方按当月订阅费的5%抵扣下期费用；一级故障响应超时的，每次抵扣¥1,000。

第六条 数据
（1）甲方在系统中录入和产生的商品、销售、库存和会员数据均归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的。
（2）乙方应将数据存储于中国境内，采取加密存储、访问权限控制和操作日志审计措施，每日备份，并通过等保三级测评。发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（3）合同终止后30日内，乙方应按甲方要求导出全部数据并在导出后删除。

第七条 保密
（1）双方对知悉的对方商业秘密、经营数据和合同条款负有保密义务，未经对方书面同意不得披露，合同终止后三年内持续有效。

第八条 知识产权
（1）SaaS平台的知识产权归乙方。为甲方定制的报表及接口程序的知识产权归甲方，乙方交付源代码，甲方可自行修改和使用。

第九条 续展
（1）服务期满前30日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，续展次数不限。
（2）每次续展时，乙方有权调整订阅单价，调整幅度不超过上一服务年度单价的10%，乙方提前通知甲方即可，无需甲方同意。

第十条 责任限额
（1）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露造成的损失不受此限。

第十一条 分包
（1）未经甲方书面同意，乙方不得将实施工作分包给第三方。

第十二条 合同解除
（1）一方严重违约，经对方书面催告后15日内仍未纠正的，守约方可书面解除本合同。

第十三条 争议解决
（1）本合同适用中华人民共和国法律。争议提交湖州仲裁委员会仲裁。

第十四条 双方义务
（1）甲方应指定项目联系人，按时提供商品档案、门店清单、历史库存和会员数据，并组织门店人员参加培训。
（2）乙方应指定项目经理，按实施计划推进工作，每周向甲方报告进度；上线前应完成不少于两轮的全流程测试，并为每家门店提供操作指引。
（3）乙方应提供工作日8:30至21:00的电话及在线客服，节假日保持一级故障处理通道畅通。
（4）乙方进行系统版本升级的，应提前5个工作日通知甲方，升级不得减少本合同约定的功能，也不得影响门店营业时间内的正常收银。

第十五条 功能与实施要求
（1）门店收银：支持扫码枪、电子秤和小票打印机，支持微信、支付宝及会员储值支付，断网时可离线收银并在恢复后自动上传。
（2）采购与配送：支持总部统一采购、门店要货、仓库配送和门店间调拨，按门店销量和安全库存自动生成补货建议。
（3）库存盘点：支持手持终端盘点和分区盘点，盘点差异自动生成报表并经门店店长确认。
（4）会员与积分：支持75家门店会员通用，积分规则可由甲方总部自行设置。
（5）数据迁移：乙方应将甲方现有约1.8万个商品档案、各门店期末库存和约6万名会员资料迁入系统，迁移前后由双方共同核对数量与金额。
（6）报表：系统提供销售日报、商品动销排行、库存周转、门店毛利和会员消费分析报表，总部可按门店、品类和时间段查询并导出；定制的五张补货与毛利分析报表按甲方确认的样式开发，数据口径与甲方财务软件一致。
（7）权限：总部可按岗位设置门店店长、收银员、采购员和财务人员的功能权限和数据范围。
（8）硬件：门店现有收银机、扫码枪和小票打印机继续使用，乙方负责驱动适配；确需更换的，由甲方另行采购，乙方提供型号建议。
（9）培训：乙方应分批为门店店长和收银员组织集中培训，每批不少于半天，并为总部采购、财务人员提供专项培训，培训结束后进行操作考核。

第十六条 不可抗力
（1）因不可抗力、电信运营商大面积网络中断等非双方原因导致服务中断的，受影响一方应及时通知对方，并尽力减少损失，该期间不计入可用率考核。

第十七条 通知
（1）双方通知以书面或电子邮件方式发送至本合同所列联系人，电子邮件发出后次一工作日视为送达。一方联系人变更的，应及时书面通知对方。

第十八条 其他
（1）本合同一式两份，双方各执一份，自盖章之日起生效。附件：功能清单、实施计划、定制报表说明。

甲方（盖章）：湖州青简文具连锁有限公司        乙方（盖章）：广州云栈软件科技有限公司
代表签字：__________                          代表签字：__________
日期：____年__月__日                          日期：____年__月__日
"""

# ---------------------------------------------------------------- z04 (.txt, 1. / 1.1)
Z04 = """云溪市人才服务中心人事档案数字化管理系统年度运维服务合同

采购项目编号：YXCG-2025-CS-0093（政府采购 竞争性磋商）
合同编号：YXRC-YW-2025-07

采购人（甲方）：云溪市人才服务中心
供应商（乙方）：武汉卓简信息系统有限公司

依据《中华人民共和国政府采购法》、竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就人事档案数字化管理系统年度运维服务签订本合同。磋商文件、响应文件及成交通知书为本合同组成部分。

1. 服务范围与期限
1.1 运维对象：甲方人事档案数字化管理系统，包括档案目录库、影像库、借阅审批、转递管理模块，以及配套的数据库、中间件和存储设备。
1.2 服务内容：应用系统日常运维、故障处理、数据库与中间件维护、影像数据巡检与备份、配合等保测评整改，并派驻运维工程师1名。
1.3 服务期为一个服务年度，自2025年7月1日起算，期满合同终止，不自动续期。

2. 合同金额
2.1 本合同总金额为人民币伍拾肆万元整（¥540,000），明细如下：
  （1）应用、数据库及中间件运维：¥286,000；
  （2）驻场运维工程师（1人）：¥168,000；
  （3）影像数据巡检与备份：¥64,000；
  （4）等保测评配合整改：¥22,000。
2.2 上述金额为包干价，含人员、差旅、工具和税费。

3. 付款
3.1 本合同不设预付款。
3.2 合同金额按季度平均支付，每季度¥135,000。每季度末甲方依据第6条进行考核，考核合格后15个工作日内支付当季费用，考核扣款从当季费用中扣除。

4. 服务启动
4.1 乙方应于服务期开始前10日内完成交接，包括现状巡检、账号梳理和运维手册编制，交接成果经甲方书面确认。
4.2 乙方未按期完成交接的，每逾期一日按合同总金额的千分之一支付违约金。

5. 服务要求
5.1 驻场工程师工作日8:30至17:30在岗，非工作时间保持电话畅通。
5.2 故障分级与响应：
  一级故障（系统无法登录、档案影像无法调阅或转递业务中断）：15分钟内响应，1小时内到场，6小时内恢复；
  二级故障（单个模块异常，不影响主要业务）：30分钟内响应，当日解决；
  三级故障（咨询或一般问题）：2小时内答复。
5.3 每月提交运维报告，每季度完成一次影像数据全量备份恢复演练。
5.4 日常运维工作包括：
  （1）每日检查应用服务、数据库、中间件和存储设备运行状态，记录磁盘空间、连接数和错误日志；
  （2）每周检查影像数据挂接情况，对缺页、错挂和无法调阅的影像进行登记并协助甲方处理；
  （3）每月对数据库进行性能分析和索引维护，清理过期临时文件；
  （4）按甲方要求调整用户账号、角色和审批流程配置；
  （5）配合甲方完成档案转递、集中借阅等业务高峰期的保障工作。
5.5 乙方应建立运维工单制度，所有故障和需求均登记工单，记录受理时间、处理过程和关闭时间，工单记录作为考核依据。
5.6 乙方对系统进行配置变更或版本更新前，应提交变更方案并经甲方书面批准，变更前做好备份和回退准备。

6. 考核
6.1 甲方按季度考核，考核内容包括响应及时率、故障恢复时长、巡检和备份记录、运维报告质量。
6.2 一级故障每超时响应一次扣¥500，每超时恢复1小时扣¥800；备份恢复演练未按期完成的，每次扣¥2,000。
6.3 服务期满，甲方依据四个季度的考核结果和运维档案组织年度验收，出具验收意见。

7. 档案数据
7.1 系统中的人事档案目录、影像和借阅记录等数据均属于甲方，乙方仅可为履行本合同使用，不得用于其他用途。

8. 保密
8.1 乙方对履约中接触的甲方工作信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后继续有效。
8.2 乙方应与驻场人员签订保密承诺书并报甲方备案。

9. 成果归属
9.1 乙方在服务期内编制的运维手册、巡检脚本、配置记录和报告归甲方所有，甲方可自行使用和修改。

10. 责任限额
10.1 乙方在本合同项下对甲方的累计赔偿责任，以合同总金额的50%为限。

11. 转包与分包
11.1 乙方不得转包，也不得将本合同服务分包给第三方。

12. 合同解除
12.1 乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期结算费用。

13. 法律适用及争议
13.1 本合同的订立、履行和解释适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

14. 人员管理
14.1 乙方派驻的运维工程师应具备3年以上同类系统运维经验，须经甲方面试确认；乙方更换驻场人员应提前15日书面告知甲方并征得甲方同意，且应做好工作交接。
14.2 乙方人员应遵守甲方考勤、门禁和机房管理制度，着装整洁，文明服务；甲方认为乙方人员不能胜任的，乙方应在10日内更换。
14.3 乙方应为驻场人员缴纳社会保险，乙方人员的工资、福利和工伤责任由乙方承担。

15. 服务交接
15.1 服务期满或合同提前终止的，乙方应在10个工作日内向甲方或甲方指定的单位移交全部运维文档、账号清单、配置记录和未完成工单，并配合完成交接。
15.2 交接完成前，乙方不得撤出驻场人员或停止服务。
15.3 服务期开始时，乙方应与原运维单位及甲方共同完成现状交接，对系统运行状况、遗留问题和设备台账逐项登记确认，交接中发现的问题由乙方列入整改计划，并在首个季度内完成整改。
15.4 乙方应在服务期内协助甲方完善运维管理制度，编制应急预案，并至少组织一次系统故障应急演练，演练方案和总结报告报甲方备案。

16. 不可抗力
16.1 因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商处理。

16.2 因停电、网络运营商线路中断等非乙方原因导致系统中断的，乙方仍应积极协助甲方恢复，相关时间不计入故障恢复时长考核。
16.3 发生突发事件时，乙方应按应急预案及时到场处置，并在事件处理完毕后3个工作日内提交书面报告。

17. 廉洁条款
17.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，违反本条的，甲方有权解除合同并依法处理。

18. 其他
18.1 本合同未尽事宜，双方可签订补充协议。本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份。

甲方（盖章）：云溪市人才服务中心            乙方（盖章）：武汉卓简信息系统有限公司
法定代表人或授权代表：__________          法定代表人或授权代表：__________
签订日期：2025年6月__日                    签订日期：2025年6月__日
"""

# ---------------------------------------------------------------- z05 (.md, "## 第X条" + 1.1, markdown price table)
Z05 = """# 仓驰WMS软件销售及定制开发合同

（仓驰软件标准合同文本 V2.6）

合同编号：CC-WMS-2025-0316

甲方（买方）：兴隆县果香山楂制品有限公司

乙方（卖方）：天津仓驰软件有限公司

甲方因山楂糕、果丹皮等产品仓储管理需要，向乙方购买仓驰WMS仓储管理软件并委托乙方进行定制开发。双方经协商一致，签订本合同。

## 第一条 标的

1.1 乙方向甲方提供仓驰WMS标准版软件许可（3个仓库、40个终端用户），以及RF手持终端接口许可。

1.2 乙方按甲方需求进行定制开发：批次及保质期先进先出管理、冷库温湿度监控对接、与甲方用友ERP的出入库接口、原料山楂收购过磅对接。

1.3 乙方负责软件安装部署和操作培训。

## 第二条 价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓驰WMS标准版软件许可（3仓/40用户） | 420,000 |
| 2 | RF手持终端接口许可 | 58,000 |
| 3 | 定制开发（批次保质期、冷库对接、ERP接口、过磅对接） | 336,000 |
| 4 | 安装部署及培训 | 66,000 |
| | 合计 | 880,000 |

2.1 合同总价为人民币捌拾捌万元整（¥880,000）。其中第1、2项为软件许可费，合计¥478,000。

## 第三条 付款

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥572,000。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即¥308,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付

4.1 乙方在收到首期款后90日内完成安装部署。因需求变更、甲方配合等原因导致延期的，交付期相应顺延。

4.2 乙方未按期交付的，双方协商确定新的交付时间，乙方应积极采取补救措施。

## 第五条 验收

5.1 软件安装完成并可登录使用后，即视为甲方验收合格。

5.2 系统上线后甲方提出的问题，乙方在维护期内处理。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护。

6.2 维护期内，一级故障（系统无法出入库作业）乙方在8小时内响应；其他问题在2个工作日内响应。乙方以远程方式为主提供支持。

6.3 乙方对响应时间的延误不承担扣款、赔偿或违约金责任。

6.4 免费维护期满后，甲方如需继续维护，维护费按乙方届时公布的价格标准执行。

## 第七条 知识产权

7.1 本合同项下软件产品及定制开发成果（包括源代码、接口程序、文档）的知识产权均归乙方所有。

7.2 乙方授予甲方在本企业内部使用上述软件及成果的非独占、不可转让许可，甲方不得修改、反编译或提供给第三方。

## 第八条 数据

8.1 甲方业务数据归甲方所有。乙方应采取访问控制、加密传输和定期备份等措施保护甲方数据安全；因乙方过错导致数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

8.2 甲方同意，乙方可将甲方业务数据经脱敏处理后用于乙方产品改进、行业分析及其他产品开发。

## 第九条 保密

9.1 双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。

## 第十条 合作伙伴

10.1 乙方可根据工作需要将部分开发、实施工作交由其合作伙伴完成，无需另行取得甲方同意。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失。

11.2 除本合同另有约定外，违约方应赔偿守约方因此遭受的直接损失。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面通知后30日内未予纠正的，另一方可书面解除本合同。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。争议双方协商解决，协商不成的，由乙方所在地人民法院管辖。

## 第十四条 甲方义务

14.1 甲方应提供安装所需的服务器、网络环境、操作系统和数据库软件，并保证其满足乙方提出的配置要求。

14.2 甲方应指定项目负责人，及时确认需求说明书和开发成果；甲方在收到乙方文件后3个工作日内未提出意见的，视为确认。

14.3 甲方应组织仓库管理员、叉车司机和财务人员参加乙方培训，并按乙方操作手册使用系统。

## 第十五条 需求变更

15.1 需求说明书经甲方确认后，甲方提出新增或修改需求的，乙方有权另行报价，变更费用及工期以双方签署的变更单为准。

## 第十六条 实施与培训

16.1 乙方按照仓驰标准实施方法论提供实施服务，包括需求调研、系统配置、基础数据导入、上线支持。乙方实施人员驻场时间合计不超过20个工作日，超出部分按每人每日2,000元另行计费。

16.2 甲方应按乙方要求整理仓库库位、物料编码和期初库存数据，数据质量问题导致的延误由甲方负责。

16.3 乙方提供一次集中培训，培训对象不超过20人；甲方需要增加培训的，费用另计。

16.4 乙方交付的文档包括安装手册、用户操作手册和接口说明，均为电子版。

## 第十七条 软件升级

17.1 维护期内乙方提供标准版软件的版本升级；定制开发部分的升级不包含在内，需要时另行报价。

17.2 甲方自行修改系统配置或数据库导致的问题，不属于乙方维护范围。

17.3 因甲方服务器、网络、操作系统、第三方软件或电子秤、过磅设备等硬件故障导致的问题，乙方可协助排查，但不承担责任。乙方到甲方现场处理上述问题的，差旅费用由甲方承担。

17.4 甲方应定期备份系统数据。因甲方未备份造成的数据损失，乙方不承担责任。

## 第十八条 验收文件

18.1 乙方在系统安装完成后向甲方提交安装确认单，甲方应在收到后2个工作日内签字确认；甲方未签字但已登录使用系统的，视为已签字确认。

18.2 甲方要求乙方出具项目总结报告的，乙方在上线后15个工作日内提供，报告格式以乙方模板为准。

## 第十九条 不可抗力

19.1 因不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第二十条 通知

20.1 双方通知以书面形式送达本合同所列地址或以电子邮件发送至双方联系人，电子邮件发出即视为送达。

## 第二十一条 其他

21.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：兴隆县果香山楂制品有限公司　　　　乙方（盖章）：天津仓驰软件有限公司

代表：__________　　　　代表：__________

日期：____年__月__日　　　　日期：____年__月__日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N / N.N, price rows)
E01 = """T:SOFTWARE LICENCE AND ADAPTATION AGREEMENT
P:Agreement No. KM-CN-2025-07
P:This Agreement is made between Nanjing Jinhuaxuan Brocade Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 36 Jiangning Road, Qinhuai District, Nanjing (the "Buyer"), and Kudumeister OÜ, a private limited company registered in the Estonian Commercial Register with its registered office at Pikk 14, 44307 Rakvere, Estonia (the "Vendor").
P:Background. The Buyer designs and weaves yunjin brocade on draw looms and on electronic jacquard looms and wishes to move its pattern drafting from paper point-paper to software. The Vendor develops PatternLoom, a pattern-design and loom-control software suite used by weaving workshops in the Baltic region and elsewhere. The Buyer has selected PatternLoom after a trial and wishes to buy perpetual licences, together with an adaptation of the software to its looms and its existing pattern archive. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the PatternLoom Designer, Jacquard Card Converter and Loom Controller Bridge modules in the versions current at delivery, with their documentation.
P:1.2 "Adaptation Work" means the import routines for the Buyer's scanned pattern archive, the driver adaptation for the Buyer's eight electronic jacquard heads, and the colour-library mapping for the Buyer's silk and gold-thread palettes, as described in Annex 1.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
P:1.4 "Buyer Data" means all pattern designs, scanned drafts, colour libraries, production records and other data supplied by or generated for the Buyer.
H:Article 2 Scope
P:2.1 The Vendor shall deliver the Licensed Software, perform the Adaptation Work, install the software on the Buyer's workstations and loom controllers in Nanjing, and train the Buyer's designers and weavers.
P:2.2 The Vendor shall provide installation and training on site in Nanjing with an interpreter provided at the Vendor's cost.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and payable in Chinese yuan (CNY). The price is fixed and includes all taxes and duties payable by the Vendor, travel, interpretation and shipment of any media.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:PatternLoom Designer, perpetual licence|6 seats|46,000|276,000
TB:Jacquard Card Converter, perpetual licence|2 seats|38,000|76,000
TB:Loom Controller Bridge, perpetual licence|3 seats|22,000|66,000
TB:Licence Subtotal|||418,000
TB:Adaptation Work (Annex 1)|fixed||124,000
TB:Installation and training in Nanjing|fixed||38,000
TB:Contract Price|||580,000
P:3.2 The Contract Price is CNY 580,000. The Licence Subtotal is CNY 418,000.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 116,000) within fifteen days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 261,000) within fifteen days after the Installation Certificate is signed. The Installation Certificate confirms only that the Licensed Software has been installed and is not acceptance.
P:4.3 The Buyer shall pay the balance of 35% (CNY 203,000) within fifteen days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account named in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within ninety days after signature and the Adaptation Work within one hundred and fifty days after signature.
P:5.2 Acceptance tests shall show that: (a) at least 2,000 archive patterns have been imported, and a sample of 200 chosen by the Buyer matches the scanned originals in repeat, colour count and thread order; (b) each of the eight jacquard heads weaves three test patterns chosen by the Buyer without a card or hook error; (c) a design of 1,200 hooks converts to loom files in less than ninety seconds; and (d) the documentation and training listed in Annex 1 have been delivered.
P:5.3 After the tests have been passed and twenty working days of production use have passed without a Severity 1 fault, the Buyer shall sign a Final Acceptance certificate within ten working days or state in writing the defects found. The Vendor shall correct them at its cost and repeat the affected tests.
P:5.4 Installation, use of the software in production or any payment does not by itself constitute acceptance.
P:5.5 If the Vendor fails to complete installation or the Adaptation Work by the dates in Article 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Adaptation Work will conform to the documentation and Annex 1 for 24 months from Final Acceptance (the "Warranty Period"), and shall correct any non-conformity free of charge, including new versions released in that period.
P:6.2 During the Warranty Period the Vendor shall provide remote support in Chinese or English. A Severity 1 fault (a loom cannot be driven or patterns cannot be saved) shall receive a response within two hours and a workaround within one working day; a Severity 2 fault shall receive a response within one working day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit CNY 300 against any amount due or pay it to the Buyer.
P:6.4 After the Warranty Period, the Vendor shall offer annual maintenance at 11% of the Licence Subtotal per year (CNY 45,980), fixed for the first three years after the Warranty Period. Maintenance is ordered by the Buyer year by year in writing and does not renew automatically.
H:Article 7 Licence and Intellectual Property
P:7.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Licensed Software for the number of seats purchased at any site of the Buyer in China.
P:7.2 The Vendor retains all rights in the Licensed Software as it existed before this Agreement.
P:7.3 The Adaptation Work, including the import routines, the driver adaptation and the colour-library mapping, and their source code, belongs to the Buyer on payment. The Buyer may use, modify and license it to others freely. The Vendor shall deliver the source code with Final Acceptance.
H:Article 8 Buyer Data
P:8.1 Buyer Data, including every pattern design, belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose, including training or demonstration.
P:8.2 The Vendor shall protect Buyer Data with access control, encryption in transit and at rest, and logs of access. Remote access to the Buyer's systems requires the Buyer's approval for each session.
P:8.3 The Vendor shall notify the Buyer of any loss, unauthorised access to or disclosure of Buyer Data within 24 hours after becoming aware of it, shall help the Buyer to contain it, and is liable for the Buyer's losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's unpublished patterns, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for wilful misconduct, personal injury and breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the Adaptation Work or the support without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:12.2 The Buyer may also terminate if the delay damages under Article 5.5 reach their maximum. On termination by the Buyer, the Vendor shall refund amounts paid for undelivered work.
P:12.3 The licences granted for paid seats survive termination.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Estonia.
P:13.2 Disputes that cannot be settled by negotiation within thirty days shall be decided by the Viru County Court in Rakvere, Estonia.
H:Article 14 Training and Documentation
P:14.1 Training in Nanjing shall cover at least five days for the Buyer's designers (pattern drafting, colour separation, repeat and float control) and two days for its loom technicians (loading loom files, controller settings, fault finding). The Vendor shall provide training materials and a Chinese translation of the user manual.
P:14.2 Force majeure. Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or a general failure of public networks, provided that it informs the other party promptly in writing, takes reasonable steps to limit the effects and resumes performance as soon as possible. Dates affected are extended by the duration of the event.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Adaptation Work and training plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 Notices. Notices under this Agreement must be in writing in English or Chinese and are delivered by courier or by e-mail to the contact persons named by each party. A notice sent by e-mail is received on the next working day at the place of receipt unless the sender receives an error message.
P:15.3 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
E02 = """# Bokvik Booking Cloud — Order Form and General Terms

**Order Form No.** BV-CN-0219

## Part A — Order Form

**Customer:** Xiapu Tidelight Photo Travel Co., Ltd., No. 9 Binhai Road, Songcheng Subdistrict, Xiapu County, Ningde, Fujian, People's Republic of China ("Customer").

**Provider:** Bokvik Systems AB, Östra Långgatan 7, 619 30 Trosa, Sweden ("Bokvik").

Customer runs guided photography tours to the Xiapu mudflats, bamboo-pole fields and fishing villages, and sells them through its own website, WeChat mini-program and online travel agencies. Customer orders the Bokvik Booking Cloud to manage tour departures, guide rosters, seat inventory and payments. This Order Form and the General Terms in Part B form one agreement. If they conflict, this Order Form prevails.

### A1. Services and Term

A1.1 Services: Bokvik Booking Cloud, Professional edition, for up to 25 staff users, with the Channel Connector for three online travel agencies and Customer's WeChat mini-program.

A1.2 Subscription Term: three Subscription Years starting on the Subscription Start Date, which is the date of Go-Live Acceptance under A4. Each Subscription Year is a period of that length beginning on the Subscription Start Date or an anniversary of it.

A1.3 The Agreement ends at the end of the third Subscription Year. It does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A2. Fees

At Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Item | Basis | Fee (CNY) |
|---|---|---|
| Booking Cloud, Professional edition (25 users) | per Subscription Year | 168,000 |
| Channel Connector (3 OTAs + mini-program) | per Subscription Year | 24,000 |
| Onboarding (configuration, data import, training) | one-time | 36,000 |
| SMS notifications above 20,000 per Subscription Year | per message | 0.06 |
| **Total for the Subscription Term (excluding SMS overage)** | | **612,000** |

A2.1 The fixed fees for the Subscription Term are CNY 612,000: three Subscription Years at CNY 192,000 each, plus Onboarding of CNY 36,000. SMS overage is billed quarterly in arrears according to actual use.

### A3. Invoicing

A3.1 The Onboarding fee is invoiced after Go-Live Acceptance.

A3.2 The subscription fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within thirty days after the invoice. No fee is invoiced before the Subscription Start Date.

### A4. Onboarding and Go-Live Acceptance

A4.1 Bokvik shall configure the tour catalogue, departure calendar, guide roster rules and payment methods, import Customer's existing bookings and customer list, connect the three travel agencies and the mini-program, and train Customer's staff, within forty-five days after signature.

A4.2 Go-Live Acceptance tests: (a) fifty test bookings made through each sales channel appear in the Booking Cloud with correct prices and seat counts within one minute; (b) imported bookings reconcile with Customer's records; (c) refunds and tide-related departure changes are processed end to end; (d) the daily guide roster and passenger manifest print correctly. Customer signs a Go-Live Acceptance certificate within five working days after the tests pass. Use of the Services before that date does not count as acceptance.

A4.3 If Bokvik does not make the Services ready for Go-Live Acceptance within the period in A4.1, Bokvik shall pay Customer CNY 400 for each day of delay.

### A5. Service Level

A5.1 Bokvik shall make the Booking Cloud available 99.5% of each calendar month, excluding maintenance announced at least 48 hours ahead and carried out between 01:00 and 05:00 Beijing time.

A5.2 Support requests are classified as Priority 1 (no bookings can be taken or the Booking Cloud is unavailable), Priority 2 (a function or channel fails) and Priority 3 (questions). Bokvik shall respond to Priority 1 requests within one hour at any time, to Priority 2 within eight business hours and to Priority 3 within two business days. Support is given in Chinese through a partner help desk supervised by Bokvik.

A5.3 If monthly availability is below the commitment in A5.1, Customer receives a service credit of 5% of the monthly share of the subscription fees for each 0.5 percentage point of shortfall or part of it, up to 50% of that monthly share. A Priority 1 response later than one hour gives a credit of CNY 500 per event. Credits are deducted from the next invoice.

### A6. Signatures

Signed for Customer: ____________________ Date: __________

Signed for Bokvik Systems AB: ____________________ Date: __________

## Part B — General Terms

### B1. Use of the Services

B1.1 Bokvik grants Customer a non-exclusive right to use the Services during the Subscription Term for its own business. Customer is responsible for its users and their credentials.

B1.2 Bokvik may improve the Services from time to time but shall not materially reduce their functions during the Subscription Term.

### B2. Customer Data

B2.1 All booking records, customer names, phone numbers, travel documents and payment records entered into or generated by the Services ("Customer Data") belong to Customer.

B2.2 Bokvik may use anonymised and aggregated data derived from Customer Data, such as booking volumes, lead times and occupancy by season, to prepare benchmarking reports for its customers, to improve its products and to develop new features. This right continues after the Agreement ends.

B2.3 Customer Data is hosted in a mainland China data centre of Bokvik's cloud provider. Bokvik maintains ISO 27001 certification, encrypts Customer Data in transit and at rest, limits access to named support staff with multi-factor authentication and keeps access logs.

B2.4 Bokvik shall notify Customer of any security incident affecting Customer Data within 48 hours, shall cooperate in notifying authorities and data subjects as required by the Personal Information Protection Law, and is responsible for Customer's losses caused by an incident for which Bokvik is at fault.

B2.5 Within thirty days after the Agreement ends, Bokvik shall return Customer Data in CSV format and then delete it.

### B3. Confidentiality

B3.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and not disclose it to third parties except to its staff and advisers who need to know it and are bound by similar duties. This clause survives for three years after the Agreement ends.

### B4. Configurations and Intellectual Property

B4.1 Bokvik owns the Services and the software behind them.

B4.2 Booking page templates, tour catalogue structures, price rules and reports made specifically for Customer ("Customer Configurations") belong to Customer, which may use, modify and have third parties use them without restriction.

### B5. Subprocessors

B5.1 Bokvik shall not use a subcontractor or subprocessor for the Services, including the partner help desk, without Customer's prior written consent. The cloud provider and the help desk named in the Annex are approved by signature of this Order Form. Bokvik remains responsible for them.

### B6. Termination

B6.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after notice.

B6.2 Customer may also terminate if monthly availability is below 98% in any two consecutive months. On termination for Bokvik's breach, Bokvik refunds prepaid fees for the remaining period.

### B7. Liability

B7.1 Bokvik's total aggregate liability arising out of or in connection with the Agreement shall not exceed CNY 200,000.

B7.2 Neither party is liable for indirect or consequential loss, including loss of profit. B7.1 and B7.2 do not apply to personal injury, fraud or wilful misconduct.

### B8. Governing Law and Disputes

B8.1 At Customer's request the Agreement is governed by the laws of the People's Republic of China.

B8.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final.

### B8A. Customer Responsibilities

B8A.1 Customer shall provide its tour catalogue, prices, departure rules and booking history in the formats requested by Bokvik, nominate a project contact with authority to make decisions, and make its staff available for training during onboarding.

B8A.2 Customer is responsible for the content it publishes through the Services, including tour descriptions, safety notices for tidal flats and the terms of sale shown to its travellers, and for obtaining the consents of travellers required by law for the processing of their personal information.

B8A.3 Customer shall keep its user credentials secure and inform Bokvik without delay if it suspects misuse of an account.

### B8B. Changes and Releases

B8B.1 Bokvik releases new versions of the Booking Cloud regularly. Releases that change screens used by Customer's staff are announced at least ten days in advance with release notes in Chinese. Bokvik shall keep the Channel Connector compatible with the interfaces of the three travel agencies and the mini-program and shall adapt it at no extra charge when those interfaces change.

### B9. General

B9.1 Notices must be in writing and sent to the addresses in Part A by courier or e-mail with confirmation. B9.2 Neither party is liable for delay caused by force majeure, including typhoons and tide or weather warnings, provided it informs the other party promptly. B9.3 Amendments must be in writing and signed by both parties. B9.4 Neither party may assign the Agreement without the other party's written consent.

**Annex — approved subprocessors:** Alibaba Cloud (Hangzhou region) for hosting; Ningde Haiyun Information Service Co., Ltd. for the Chinese help desk.
"""

# ---------------------------------------------------------------- e03 (.docx, Section N / N.N, Word price table)
E03 = """T:Supply and Installation Contract — Drip-Irrigation Sensor Network
P:Contract No. NXHG-PUR-2025-031 (Buyer's standard purchase contract)
P:Buyer: Ningxia Zhongning Hongguo Wolfberry Farm Co., Ltd., Shiqiao Village, Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Fjordsense Integrasjon AS, Storgata 41, 6413 Molde, Norway, acting through its representative office in Yinchuan (the "Supplier").
P:The Buyer grows wolfberry on 1,860 mu of drip-irrigated land and wants to schedule irrigation and fertigation from soil-moisture and flow data instead of fixed timetables. Following its request for quotation, the Buyer has chosen the Supplier's offer. The parties agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the soil-moisture sensors, flow meters, LoRa gateways, valve controllers and the irrigation management platform listed in Section 2, connect them to the Buyer's existing pump station and fertigation units, calibrate the sensors block by block, and train the Buyer's field staff.
P:1.2 The platform runs on a server in the Buyer's farm office. The Supplier shall install it there and configure the irrigation rules agreed with the Buyer's agronomist.
P:1.3 All equipment shall be new, suitable for saline soil and for outdoor temperatures from minus 25 to plus 45 degrees Celsius, and rated at least IP67.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are stated and payable in Chinese yuan (CNY). Prices are fixed, include VAT, import duties, transport to the farm, insurance and installation, and are itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture and salinity sensor, three depths|320|1,850|592,000
TB:2|Electromagnetic flow meter with pulse output|48|4,600|220,800
TB:3|LoRa gateway with solar power kit|12|9,800|117,600
TB:4|Valve controller, four channels|96|2,400|230,400
TB:5|Irrigation management platform, perpetual licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,346,800
TB:6|Installation and commissioning|lot||168,000
TB:7|Calibration and irrigation-rule configuration|lot||72,200
TB:8|Training|lot||13,000
TB:|Contract Price|||1,600,000
P:2.2 The Contract Price is CNY 1,600,000. Items 1 to 5 together are the "Hardware and Licence Subtotal" of CNY 1,346,800.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price within twenty days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 Delivery payment: 55% of the Contract Price within twenty days after all equipment has been installed and the Installation Certificate has been signed. The Installation Certificate records quantities and installation only; it is not acceptance.
P:3.3 Final payment: 35% of the Contract Price within twenty days after Final Acceptance.
P:3.4 The Supplier shall issue a VAT invoice for each payment.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the farm within seventy days after signature and complete installation and commissioning before the first spring irrigation, and in any event within one hundred and ten days after signature.
P:4.2 For each day by which the Supplier misses a date in Section 4.1, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price, up to a total of 8% of the Contract Price. Payment of these damages does not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 Acceptance tests: (a) every sensor and flow meter reports to the platform at the configured interval, with a data completeness of at least 98% over fourteen consecutive days; (b) sensor readings in each block agree with gravimetric samples taken by the Buyer within the tolerance in the technical specification; (c) each valve opens and closes on a platform command within sixty seconds; (d) the irrigation rules run automatically for one complete irrigation cycle without manual correction.
P:5.2 When the tests have been passed, the Buyer shall issue a Final Acceptance certificate within ten working days or give written reasons for refusal. Installation, use of the equipment in irrigation or any payment is not acceptance.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the equipment and the platform for 36 months from Final Acceptance. During the warranty it shall repair or replace any defective item free of charge, including parts, labour and transport, and supply platform updates.
P:6.2 Faults are classified in the table below. Response means a qualified engineer working on the fault, remotely or on site.
TB:Severity|Definition|Response|On site
TB:Severity 1|Irrigation control of a whole block or the pump station fails|30 minutes|8 hours
TB:Severity 2|Several sensors or one gateway out of service|2 hours|next day
TB:Severity 3|Single sensor or non-urgent question|1 working day|as agreed
P:6.3 For each full hour by which the Supplier misses a Severity 1 response or on-site time, it shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:6.4 After the warranty, the Supplier shall provide annual support, if the Buyer orders it, at 7.5% of the Hardware and Licence Subtotal per year (CNY 101,010). This fee is fixed for two years after the warranty and may afterwards be changed only by written agreement. Support does not renew automatically.
H:Section 7 Farm Data
P:7.1 Soil, weather, irrigation and yield data collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The Supplier shall keep the platform and gateways protected with changed default passwords, encrypted radio links and access logs, shall access the platform remotely only with the Buyer's approval for each session, and shall not copy data out of the Buyer's server.
P:7.3 The Supplier shall report any security incident affecting the Buyer's data within 12 hours and is liable for losses caused by its breach of this Section.
H:Section 8 Confidentiality
P:8.1 Each party shall keep confidential the other party's non-public technical and business information, including the Buyer's yields, field maps and fertiliser plans, for three years after the end of this Contract.
H:Section 9 Intellectual Property
P:9.1 The irrigation rules, block maps, calibration tables and reports prepared for the Buyer belong to the Buyer, which may use and modify them freely. The Supplier keeps the rights in its platform software, licensed perpetually under Section 2.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to twice the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Sections 7 and 8.
H:Section 11 Subcontracting
P:11.1 Trenching and cable laying may be subcontracted to a local contractor only with the Buyer's prior written consent. The Supplier remains responsible for the subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the liquidated damages under Section 4.2 reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:Section 14 Delivery, Packing and Site Work
P:14.1 Equipment shall be packed for road and sea transport and for storage in a dry store at the farm. Each case shall show the contract number, the block in which the equipment is to be installed and the gross weight. The Supplier bears the risk of loss or damage until the equipment has been delivered to the farm store and counted with the Buyer's storekeeper.
P:14.2 The Supplier's staff shall follow the farm's site rules, including the rules on vehicles between rows, the use of pesticides and fertilisers, fire prevention and the protection of drip lines. Any drip line or plant damaged by the Supplier's work shall be repaired or compensated at the Buyer's usual rates.
P:14.3 The Supplier shall carry out installation in the periods agreed with the Buyer's farm manager so that irrigation of the blocks is not interrupted for more than one day at a time.
H:Section 15 Training and Documents
P:15.1 The Supplier shall train at least twelve of the Buyer's field staff and two of its office staff for a total of six days, covering sensor maintenance, battery replacement, gateway checks, the use of the platform and the adjustment of irrigation rules. Training is given in Chinese, with an interpreter provided by the Supplier where needed.
P:15.2 Before Final Acceptance the Supplier shall hand over as-built drawings showing the position of every sensor, meter and valve controller, the calibration tables, the platform administration manual and a spare-parts list, in Chinese and English, on paper and in electronic form.
H:Section 16 Spare Parts and Insurance
P:16.1 The Supplier shall make spare parts for the equipment available for at least eight years after Final Acceptance at prices not higher than its prices to other customers in China.
P:16.2 The Supplier shall maintain third-party liability insurance covering its work at the farm and shall provide a copy of the policy on request.
H:Section 17 Force Majeure
P:17.1 Neither party is liable for a delay caused by force majeure, such as sandstorms, floods, extreme frost or government orders, if it notifies the other party promptly and limits the effects. Dates are extended by the period of the delay.
H:Section 18 General
P:18.1 The technical specification and the Supplier's quotation are annexed. This Contract is signed in four originals, two for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses + Schedules)
E04 = """# Managed Endpoint Services Agreement

**Agreement reference:** TMIT-DY-2025-004

**Customer:** Danyang Clearview Optical Lens Co., Ltd., 18 Yanling Road, Danyang, Jiangsu, People's Republic of China ("Customer").

**Provider:** Tøndermark Managed IT ApS, Vestergade 22, 6270 Tønder, Denmark ("Provider").

Customer manufactures resin and glass spectacle lenses and runs about 420 desktops, laptops and production-line terminals at its plant and two warehouses. Customer wishes to outsource the management of these endpoints, and Provider offers a managed endpoint service delivered remotely from Denmark and through field engineers in Jiangsu. The parties agree as follows.

## 1. Definitions

1.1 "Endpoints" means the devices listed in the inventory agreed at Service Acceptance, as updated monthly.

1.2 "Subscription Year" means each period of that length starting on the Service Commencement Date or on an anniversary of it.

1.3 "Service Commencement Date" means the date of Service Acceptance under clause 4.

1.4 "Customer Data" means all data on the Endpoints and all data about Customer, its staff and its devices collected by Provider's tools.

## 2. Services

2.1 Provider shall deliver the managed endpoint service described in Schedule 1: inventory and asset tracking, operating-system and application patching, anti-malware and endpoint detection, disk encryption, backup of designated folders, a remote service desk in Mandarin Chinese, and field support in Danyang.

2.2 Provider shall report each month on patch status, incidents, tickets and device health.

2.3 Provider shall keep its endpoint management console hosted in a data centre in mainland China.

## 3. Term

3.1 The Agreement starts on signature. The service term is three Subscription Years from the Service Commencement Date.

3.2 The Agreement expires at the end of the third Subscription Year unless the parties sign a written extension. There is no automatic renewal.

## 4. Onboarding and Service Acceptance

4.1 Provider shall complete onboarding within sixty days after signature: agent deployment on all Endpoints, baseline patching, encryption of laptops, backup configuration and service-desk set-up.

4.2 Service Acceptance tests: (a) at least 98% of the Endpoints in the agreed inventory report to the console; (b) critical patches released in the previous quarter are installed on at least 95% of the Endpoints; (c) a restore test of ten designated folders succeeds; (d) ten test tickets of each priority are handled within the times in Schedule 2. Customer shall sign a Service Acceptance certificate within five working days after the tests pass or give written reasons. Agent deployment alone is not Service Acceptance.

4.3 If Service Acceptance is delayed beyond the sixty days in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

## 5. Charges and Payment

5.1 At Customer's request all charges are stated and payable in Chinese yuan (CNY). The charges are set out in Schedule 3.

5.2 The onboarding charge is invoiced after Service Acceptance. The recurring charges are invoiced quarterly in arrears, starting from the Service Commencement Date. Customer pays within thirty days after a correct invoice.

5.3 No charge is payable in advance.

5.4 If the number of Endpoints changes by more than 10%, the recurring charge is adjusted at the per-Endpoint rate in Schedule 3 from the next quarter.

## 6. Service Levels and Credits

6.1 Provider shall meet the response and resolution times in Schedule 2.

6.2 If Provider misses a Priority 1 response time, Customer receives a service credit of CNY 1,000 per event. If more than 10% of Priority 2 tickets in a quarter miss their response time, Customer receives a credit of 5% of that quarter's recurring charges.

6.3 Credits are deducted from the next invoice and are Customer's sole financial remedy for service-level failures.

## 7. Data Protection and Security

7.1 Customer Data belongs to Customer. Provider processes Customer Data only on Customer's instructions and only to deliver the Services.

7.2 Provider shall operate the Services in line with the security measures in Schedule 1, including multi-factor authentication for its staff, role-based access, encrypted storage of backups, logging of all remote sessions and removal of access for leavers within one working day. Provider's staff in Denmark may access Endpoints only through the console and only for tickets; they may not export Customer Data from China.

7.3 Provider shall notify Customer of any personal information breach or security incident affecting Customer Data within 12 hours, shall support Customer's investigation and reporting under the Personal Information Protection Law and the Data Security Law, and shall bear Customer's losses and costs caused by an incident attributable to Provider.

7.4 At the end of the Agreement Provider shall remove its agents, hand over the backups and delete Customer Data from its systems within thirty days.

## 8. Work Products

8.1 Scripts, policies, packaging templates and configuration baselines prepared by Provider for Customer's Endpoints belong to Customer, which may use, modify and hand them to any successor provider without restriction.

## 9. Subcontractors

9.1 Provider may use subcontractors for field support and for parts of the service desk. Provider shall inform Customer in writing of each new subcontractor at least fifteen days before the subcontractor starts work. Provider remains responsible for its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the three Subscription Years and the onboarding charge.

10.2 Clause 10.1 does not apply to personal injury, wilful misconduct or to Provider's obligations under clause 7.

## 11. Ending the Agreement

11.1 Either party may terminate this Agreement with immediate effect if the other party becomes insolvent or ceases business.

11.2 Otherwise the Agreement may not be terminated before the end of the service term. Service-level failures are remedied by the credits in clause 6, and any other failure by Provider is remedied by Provider correcting it at its own cost and paying damages for proven loss; neither gives Customer a right to terminate.

11.3 On expiry, Provider shall give up to sixty days of exit assistance at the rates in Schedule 3.

## 11A. Customer Cooperation

11A.1 Customer shall give Provider's field engineers access to its sites during working hours, provide administrator rights needed to install and operate the agents, keep an up-to-date list of contacts authorised to raise Priority 1 tickets and inform Provider in advance of production shutdowns, new lines and large purchases of devices.

11A.2 Customer remains responsible for the licences of the operating systems and applications installed on its Endpoints. Provider shall tell Customer promptly if it finds an Endpoint without a valid licence.

## 11B. Governance

11B.1 Each party shall appoint a service manager. The service managers meet monthly, remotely or in Danyang, to review the monthly report, open problems, planned changes and the patch schedule. Provider's service manager shall visit the plant at least twice in each Subscription Year.

11B.2 Provider shall submit a service improvement plan at the end of each Subscription Year, covering recurring incidents, ageing devices that should be replaced and changes to the security baseline.

## 11C. Force Majeure

11C.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or a general outage of public networks, if it notifies the other party promptly and takes reasonable steps to limit the effects.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation within thirty days shall be submitted to the Zhenjiang Arbitration Commission for arbitration in Zhenjiang.

## 13. General

13.1 The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

13.2 Signed in two originals in English.

For Customer: ____________________ Date: __________

For Provider: ____________________ Date: __________

## Schedule 1 — Service Description

Inventory and asset tracking; monthly patching of Windows and approved applications, with critical patches within seven days of release; anti-malware and endpoint detection with round-the-clock monitoring; full-disk encryption on laptops; daily backup of designated folders to the China-hosted console; remote service desk in Mandarin from 07:30 to 20:00 Beijing time on working days, with an on-call line at other times for Priority 1; field support by engineers based in Danyang on working days.

## Schedule 2 — Priorities

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| Priority 1 | A production line, the lens-coating control room or more than twenty users cannot work, or a suspected security incident | 30 minutes, at any time | 6 hours |
| Priority 2 | A single user or device cannot work | 2 business hours | next business day |
| Priority 3 | Requests and questions | 1 business day | 5 business days |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Managed endpoint service, 420 Endpoints at CNY 456 per Endpoint | per Subscription Year | 191,520 |
| Service desk and field support | per Subscription Year | 96,000 |
| Recurring charges | per Subscription Year | 287,520 |
| Onboarding | one-time | 58,000 |
| **Total charges for three Subscription Years and onboarding** | | **920,560** |
| Exit assistance | per engineer day | 3,200 |
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, a Schedule)
E05 = """API SUBSCRIPTION AGREEMENT - BROKERCHECK CUSTOMS LICENCE VERIFICATION

Agreement No.: AV-NN-2025-12

BETWEEN

Nanning Beibu Gulf Crossborder Trade Platform Co., Ltd., a company established in the People's Republic of China, with its registered office at 99 Wuxiang Avenue, Liangqing District, Nanning, Guangxi ("Customer"); and

Adriaverify d.o.o., a limited liability company registered in Montenegro, with its registered office at Bulevar Teuta 5, 85360 Ulcinj, Montenegro ("Vendor").

RECITALS

Customer operates an online platform on which exporters and importers in Guangxi book customs brokerage and freight services for cross-border trade with ASEAN countries. Customer must check that every customs broker offering services on the platform holds a valid licence in the country where it operates. Vendor operates BrokerCheck, an API that verifies customs-broker licences against registers of customs administrations. Customer wishes to subscribe to BrokerCheck and have it connected to its platform.

1. DEFINITIONS

1.1 "API" means the BrokerCheck application programming interface and its documentation.

1.2 "Subscription Year" means each period of that length beginning on the Subscription Start Date or an anniversary of it.

1.3 "Subscription Start Date" means the date of Integration Acceptance under clause 4.

1.4 "Query Data" means all broker names, licence numbers, registration details and other data that Customer submits to the API, and the results returned for Customer.

1.5 "Connector" means the integration module that Vendor builds for Customer's platform under clause 3.

2. SUBSCRIPTION AND TERM

2.1 Vendor grants Customer a non-exclusive right to call the API from Customer's platform during the term, within the call volume in the Schedule.

2.2 The term is two Subscription Years from the Subscription Start Date.

2.3 The Agreement ends at the end of the second Subscription Year. A renewal requires a written agreement signed by both parties, which will set the fees for the renewal.

3. INTEGRATION SERVICES

3.1 Vendor shall build the Connector, which calls the API when a broker registers or renews on Customer's platform, stores the result in Customer's database and flags expired or unknown licences to Customer's compliance team.

3.2 Vendor shall deliver the Connector, its source code and documentation, and train Customer's developers remotely, within forty-five days after signature.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance tests: (a) 300 test queries covering each supported country return results that match the official registers checked by Customer; (b) the Connector handles register outages and invalid licence numbers without error on the platform; (c) ninety-five per cent of test queries receive a result within three seconds; (d) results are stored and flagged as specified.

4.2 Customer shall sign an Integration Acceptance certificate within five working days after the tests pass, or state the defects in writing. Use of the Connector in production does not by itself constitute acceptance.

4.3 If the Connector is not ready for Integration Acceptance within the period in clause 3.2 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are stated and payable in Chinese yuan (CNY). The fees are set out in the Schedule.

5.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Overage calls are invoiced quarterly in arrears. Invoices are payable within thirty days.

5.3 The subscription fee is fixed for the two Subscription Years.

6. SERVICE AND SUPPORT

6.1 Vendor will use commercially reasonable efforts to keep the API available and to restore it promptly after an interruption.

6.2 Vendor will answer support requests sent to its support address during its business hours and will use reasonable efforts to resolve them promptly.

6.3 Vendor will announce planned maintenance on its status page in advance where practicable.

7. QUERY DATA AND SECURITY

7.1 Query Data belongs to Customer. Vendor may process Query Data only to answer Customer's queries and shall not keep, sell or use it for any other purpose.

7.2 Vendor shall use encrypted connections for all calls, keep request logs for no more than thirty days for troubleshooting and then delete them, restrict access to named engineers, and protect its systems with firewalls, monitoring and regular penetration tests.

7.3 Vendor shall notify Customer of any unauthorised access to, or loss of, Query Data within 24 hours after becoming aware of it, shall take remedial measures, and is liable for Customer's losses caused by its breach of this clause 7.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information and use it only for this Agreement. This obligation survives for three years after the end of the Agreement.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the API and its databases.

9.2 The Connector, including its source code and documentation, belongs to Customer, which may use, modify and license it freely.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract the integration services or the operation of the API without Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees stated in the Schedule, except for wilful misconduct and breach of clauses 7 and 8, which are not limited.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after notice.

12.2 On termination for Vendor's breach, Vendor shall refund the unused part of the subscription fee for the current Subscription Year.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement is governed by the laws of Montenegro.

13.2 The Commercial Court in Podgorica, Montenegro, has exclusive jurisdiction over any dispute arising from this Agreement.

14. CUSTOMER OBLIGATIONS

14.1 Customer shall call the API only from its own platform and only to check customs brokers that offer or intend to offer services on that platform. Customer shall not resell, publish or make the API results available to third parties as a data product, except that it may show a broker's verification status to exporters and importers using the platform.

14.2 Customer shall keep its API keys secure, rotate them when staff with access leave, and inform Vendor without delay if it suspects that a key has been disclosed.

14.3 Customer is responsible for the accuracy of the data it submits and for decisions it takes on the basis of the results. Vendor's results reflect the registers at the time of the query.

15. REGISTER SOURCES

15.1 Vendor obtains licence data from official registers published by customs administrations and from licensed data partners. Where a register is unavailable, the API returns a status indicating that the result could not be confirmed, and Customer's Connector treats such a result as pending.

15.2 Vendor shall inform Customer in writing at least thirty days before it stops supporting any register listed in the Schedule. If Vendor stops supporting a register for a reason within its control, the subscription fee for the remaining part of the current Subscription Year shall be reduced in proportion to the share of that register in Customer's queries in the previous quarter.

16. DOCUMENTATION AND CHANGES

16.1 Vendor shall maintain up-to-date documentation of the API in English, including field definitions, error codes and the list of supported registers, and shall provide a test environment with sample data.

16.2 Vendor shall announce changes to the API that are not backward compatible at least ninety days in advance and shall keep the previous version available during that period. Vendor shall adapt the Connector to such changes at no charge during the term.

17. COMPLIANCE

17.1 Each party shall comply with the anti-bribery, sanctions and export-control laws that apply to it. Neither party shall offer or accept any improper payment in connection with this Agreement.

17.2 Vendor confirms that the API does not transfer Query Data to any country other than those needed to query the relevant register, and Customer shall carry out any security assessment or filing required for cross-border transfers of data under the laws of the People's Republic of China, with Vendor's reasonable assistance.

18. FORCE MAJEURE

18.1 Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, war, government action and outages of official registers, if it notifies the other party promptly.

19. GENERAL

19.1 This Agreement, with the Schedule, is the entire agreement of the parties. Amendments must be in writing. Notices are sent by e-mail with a copy by courier.

19.2 Neither party may assign this Agreement or any right under it without the other party's prior written consent, except to a successor of its whole business that accepts this Agreement in writing.

19.3 This Agreement is signed in two originals in English, one for each party.

SIGNATURES

For Customer: ____________________  Name and title: ____________________

For Vendor: ____________________  Name and title: ____________________

SCHEDULE - FEES AND CALL VOLUME

BrokerCheck subscription, Corridor tier, 500,000 calls per Subscription Year included: CNY 228,000 per Subscription Year.
Overage above the included calls: CNY 0.35 per call (usage-based, not part of the total below).
Integration services (Connector, source code, documentation, remote training): CNY 32,000, one-time.
Total fees for two Subscription Years and integration: CNY 488,000.
Supported registers: China, Vietnam, Thailand, Malaysia, Singapore, Indonesia, the Philippines, Cambodia, Laos and Myanmar.
"""

# ---------------------------------------------------------------- labels
T = True
F = False
N = None


def terms(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": own, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": fin, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def extra(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


# stem -> (file ext, language, category, terms, extra, rules, tco (value, fee/yr, post years) or None, kind of build)
LABELS = {
    "h352z01_emergency_bureau_risk_census_data_platform": ("pdf", "zh", "software",
        terms(99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 8, F, T, F, "PRC", "goods_or_licence"),
        extra(T, T, T, F, 2880000), [], (2880000, 101440, 2)),
    "h352z02_copper_foil_plant_drum_machine_control_retrofit": ("docx", "zh", "hardware",
        terms(N, 0.5, T, "buyer", T, T, T, 0.08, 150, 10, T, T, 18, 24, F, T, F, "PRC", "goods_or_licence"),
        extra(T, T, T, F, 3600000), ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], (3600000, 777600, 3.5)),
    "h352z03_stationery_chain_inventory_saas_implementation": ("txt", "zh", "cloud",
        terms(99.95, 1, T, "buyer", T, T, T, 0.03, 200, 504000 / 1140000 * 100, T, N, N, N, T, T, F, "PRC",
              "service"),
        extra(T, T, None, F, 1140000), ["CR-AUTO-RENEWAL", "CR-LD-LOW", "CR-PREPAYMENT"], None),
    "h352z04_talent_centre_personnel_archive_system_om": ("txt", "zh", "services",
        terms(N, 0.25, T, "buyer", F, T, T, 0.1, 50, N, T, N, N, N, F, T, F, "PRC", "service"),
        extra(T, T, None, F, 540000), ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], None),
    "h352z05_hawthorn_cake_factory_wms_supplier_template": ("md", "zh", "software",
        terms(N, 8, F, "supplier", T, F, T, N, 20, 65, F, F, 6, N, F, T, T, "PRC", "goods_or_licence"),
        extra(T, F, F, T, 880000),
        ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
         "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
         "CR-WARRANTY"], None),
    "h352e01_brocade_studio_loom_pattern_perpetual_licences": ("pdf", "en", "software",
        terms(N, 2, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 24, 11, F, T, F, "Estonia", "goods_or_licence"),
        extra(T, T, T, F, 580000), ["CR-GOVERNING-LAW"], (580000, 45980, 3)),
    "h352e02_mudflat_photo_tour_booking_saas_order_form": ("md", "en", "cloud",
        terms(99.5, 1, T, "buyer", T, F, T, 400 / 612000 * 100, 200000 / 612000 * 100, N, T, N, N, N, F, T, F,
              "PRC", "service"),
        extra(T, T, None, F, 612000), ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], None),
    "h352e03_wolfberry_farm_drip_irrigation_sensors": ("docx", "en", "hardware",
        terms(N, 0.5, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 7.5, F, T, F, "PRC", "goods_or_licence"),
        extra(T, T, T, F, 1600000), [], (1600000, 101010, 2)),
    "h352e04_lens_maker_managed_endpoint_service": ("md", "en", "services",
        terms(N, 0.5, T, "buyer", T, T, F, 600 / 920560 * 100, 150, N, T, N, N, N, F, F, T, "PRC", "service"),
        extra(T, T, None, F, 920560), ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT", "CR-TERMINATION"], None),
    "h352e05_cross_border_platform_broker_licence_api": ("txt", "en", "cloud",
        terms(N, N, F, "buyer", T, T, T, 500 / 488000 * 100, 200, N, T, N, N, N, F, T, F, "Montenegro", "service"),
        extra(F, T, None, F, 488000), ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def derived_rules(t, x, tco):
    """The rules policy.md implies for a label (a consistency check of my own labels, not a model of the code)."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
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
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    if tco:
        value, fee, years = tco
        share = fee * years / (value + fee * years) * 100
        assert abs(share - 40) > 1, share
        if share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


# ---------------------------------------------------------------- threshold scan
ZN = "零〇一二两三四五六七八九十百千"
BAD = [
    r"99\.9(?!\d)", r"99\s*\.\s*9\s*%",
    r"(?<![\d.])4\s*(?:个\s*)?小时", rf"(?<![{ZN}])四\s*(?:个\s*)?小时",
    r"(?i)(?<!twenty-)(?<!twenty )\bfour[\s-]+(?:hours?|hrs?)\b", r"(?i)(?<![\d.])4[\s-]*(?:hours?|hrs?|h)\b",
    r"(?i)(?<![\d.])240\s*(?:minutes?|mins?|分钟)", r"二百四十分钟",
    r"(?<![\d.])0\.05\s*%", r"(?i)(?<![\d.])0\.05\s*per\s*cent", r"万分之五",
    r"(?<![\d.])100\s*%", r"(?i)(?<![\d.])100\s*per\s*cent", r"百分之百", r"(?i)one hundred per\s*cent",
    r"(?<![\d.])30\s*%", r"(?i)(?<![\d.])30\s*per\s*cent", r"(?i)\bthirty per\s*cent",
    rf"百分之三十(?![{ZN}])", r"三成",
    r"(?<![\d.])40\s*%", r"(?i)(?<![\d.])40\s*per\s*cent", r"(?i)\bforty per\s*cent", rf"百分之四十(?![{ZN}])",
    r"(?<![\d.])15\s*%", r"(?i)(?<![\d.])15\s*per\s*cent", r"(?i)\bfifteen per\s*cent", rf"(?<![{ZN}])百分之十五(?![{ZN}])",
    r"(?<![\d.])12\s*个\s*月", rf"(?<![{ZN}])十二\s*个\s*月", r"(?i)(?<![\d.])12[\s-]*months?\b",
    r"(?i)\btwelve[\s-]*months?\b", r"(?i)\bone[\s-]*year\b", r"(?i)(?<![\d.])1[\s-]*years?\b", r"一年",
    r"(?<![\d.])1\s*年",
    r"(?<![\d.])5\s*年", rf"(?<![{ZN}])五\s*年", r"(?i)\b(?:5|five)[\s-]*years?\b",
    r"(?<![\d.])60\s*个\s*月", rf"(?<![{ZN}])六十\s*个\s*月", r"(?i)\b(?:60|sixty)[\s-]*months?\b",
]
MUST_HIT = ["99.9%", "可用率99.9%", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240 minutes",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "40%", "百分之四十", "15%",
            "百分之十五", "12个月", "十二个月", "12 months", "twelve months", "one year", "一年", "5年", "五年",
            "five years", "5 years", "60 months", "六十个月", "30 per cent"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "24 hours", "48 hours",
             "twenty-four hours", "百分之三十五", "130%", "2025年12月", "一级故障", "十八个月", "36 months", "0.005%",
             "25年", "150%", "14 hours", "140%"]


def bad_hits(text):
    flat = re.sub(r"\s+", " ", text)
    squeezed = re.sub(r"\s+", "", text)
    hits = []
    for pat in BAD:
        for variant in (text, flat, squeezed):
            m = re.search(pat, variant)
            if m:
                hits.append((pat, m.group(0)))
                break
    return hits


def self_test():
    for s in MUST_HIT:
        assert bad_hits(s), "regexes miss " + s
    for s in MUST_MISS:
        assert not bad_hits(s), ("regexes wrongly hit", s, bad_hits(s))


# ---------------------------------------------------------------- read back
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    stems = {s[4:7]: s for s in LABELS}
    pdfdocx_src, pdfdocx_tgt = {}, {}
    for key, stem in stems.items():
        ext = LABELS[stem][0]
        if ext in ("pdf", "docx"):
            pdfdocx_src[key] = SOURCES[key]
            pdfdocx_tgt[key] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(pdfdocx_src, pdfdocx_tgt, OUT, wrap_words=True)

    covered = set()
    problems = []
    for key, stem in stems.items():
        ext, lang, cat, t, x, rules, tco = LABELS[stem]
        fname = stem + "." + ext
        text = read_back(OUT / fname)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (fname, n, lo, hi))
        for src in (text, SOURCES[key]):
            for h in bad_hits(src):
                problems.append("%s threshold figure %r (%s)" % (fname, h[1], h[0]))
        # derived values off every threshold
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None:
                assert abs(t[k] - thr) > 1e-6, (stem, k)
        assert rules == derived_rules(t, x, tco), (stem, rules, derived_rules(t, x, tco))
        assert (t["contract_kind"] == "goods_or_licence") == ("post_warranty_fee_capped" in x), stem
        covered |= set(rules)
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        tco_s = ""
        if tco:
            v, fee, yrs = tco
            tco_s = "  TCO %.0f share %.2f%%" % (v + fee * yrs, fee * yrs / (v + fee * yrs) * 100)
        print("%-62s %5d %s  risk %-6s %s%s" % (fname, n, "chars" if lang == "zh" else "words", risk(rules),
                                               ", ".join(rules) or "(none)", tco_s))
    counts = sorted(len(LABELS[s][5]) for s in LABELS)
    print("findings per contract:", counts)
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never expected: " + ", ".join(missing))
    mix = [len(LABELS[s][5]) for s in LABELS]
    if not (mix.count(0) == 2 and sum(1 for s in LABELS if LABELS[s][5] == ["CR-GOVERNING-LAW"]) == 1
            and sum(1 for m in mix if 2 <= m <= 3) == 6 and len(LABELS[stems["z05"]][5]) >= 8):
        problems.append("mix is off: %s" % mix)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
