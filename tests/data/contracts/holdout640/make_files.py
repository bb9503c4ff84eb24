"""holdout640: builds the ten held-out draft contracts (txt/md written as is, docx/pdf through ../word_pdf.py),
writes their .json labels and asserts lengths, label/rule consistency, rule coverage and the threshold scan.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:农业农村局种子市场监管平台建设项目合同
P:合同编号：NYJ-ZF-2026-0317　采购方式：公开招标（政府采购）
P:甲方（采购人）：东阳市农业农村局
P:乙方（供应商）：浙江禾信数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就种子市场监管平台的软件许可与定制开发事项，按甲方提供的合同文本订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“种子市场监管平台”标准软件永久使用许可（市、镇两级用户不限数量），并完成以下定制开发：种子经营备案与许可证管理模块、品种审定信息比对模块、门店进销台账采集小程序、抽检任务与结果管理模块，以及与省级种业大数据平台、市场监管“双随机”系统的数据接口。
P:1.2 乙方负责历史备案数据（约四万二千条）的清洗与迁移、系统部署、联调及用户培训。平台部署在甲方指定的政务云资源上，乙方不另行收取云资源费用。
P:1.3 定制开发须符合农业农村部种子管理相关数据标准，并预留与国家种业大数据平台对接的能力。交付物包括：软件安装介质及许可证书、定制模块源代码及编译说明、接口文档、数据迁移报告、用户手册和运维手册。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾陆万元整（¥1,460,000），其中：标准软件许可费 ¥760,000；定制开发费 ¥486,000；数据迁移费 ¥118,000；实施及培训费 ¥96,000。
P:2.2 上述价款已包含税费、差旅、部署、培训及质保期内的全部服务费用，甲方不再支付其他费用。
P:2.3 实施过程中甲方提出超出招标文件范围的需求变更，由双方书面确认工作量和费用后执行；未经书面确认的变更，乙方不得据此要求增加价款或顺延工期。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 系统部署完成、通过初步验收后，甲方支付合同总价的50%。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%。
P:3.4 每次付款前，乙方应开具合法有效的等额发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发并提请初步验收，初步验收后进入为期六十日的试运行。
P:4.2 乙方应在项目启动后十日内提交实施方案，明确里程碑、人员和风险措施，经甲方确认后执行。
P:4.3 乙方应指派具有同类项目经验的项目经理一名，实施期间驻场不少于八十个工作日；更换项目经理须经甲方书面同意。乙方应为市、镇两级业务人员各组织不少于两期集中培训，并为每个镇街培训一名系统管理员。
P:4.4 履约保证金为合同总价的5%，乙方应在合同签订后七日内以银行保函形式提交，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：招标文件技术要求及乙方投标承诺的功能全部实现；历史备案数据迁移后逐条比对，差错率为零；两个外部接口连续十日运行无数据丢失；平台在三百名并发用户下页面平均响应时间不超过2秒；通过第三方机构的安全测评。
P:5.2 最终验收标准：试运行期满，期间未发生一级故障，试运行中发现的问题全部整改完毕，交付物齐全，由甲方组织专家出具最终验收报告。
P:5.3 乙方在提请验收前应提交自测报告、测试用例及执行记录。甲方在收到验收申请后十个工作日内组织验收；验收不合格的，乙方应在十五日内整改并重新提请验收。
P:5.4 系统上线、甲方开始使用或支付部分价款，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过标准软件许可费的9%（即每年不超过¥68,400），该价格在质保期满后三年内不得上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 故障分为三级。一级故障指平台整体不可用或核心业务（许可证办理、抽检录入）无法进行；二级故障指部分功能异常；三级故障为其他一般问题。
P:7.2 一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一版本中修复。
P:7.3 乙方应提供7×24小时服务热线，质保期内每月向甲方提交运行报告，内容包括故障记录、处理时长、系统性能与安全漏洞修复情况；每年春季、秋季种子销售旺季前完成一次系统巡检。
P:7.4 乙方每超过规定响应或恢复时限1小时，甲方可从应付款项或履约保证金中扣减¥800；同一季度内一级故障超过两次的，乙方应提交书面整改报告。
H:第八条 知识产权
P:8.1 标准软件的著作权仍归乙方，甲方在许可范围内永久使用。
P:8.2 本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发，无需另行付费。
P:8.3 乙方保证所提供软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的种子经营者信息、抽检数据、备案数据等全部业务数据归甲方所有。乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施，运维操作一律通过甲方堡垒机进行并留存日志；未经甲方书面同意，不得将数据复制出政务云环境。
P:9.3 乙方应协助甲方建立每日增量、每周全量的数据备份机制，并在质保期内每半年配合甲方开展一次恢复演练。项目结束或合同终止时，乙方应将其持有的全部甲方数据交还甲方并彻底删除，出具书面删除确认。
P:9.4 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并配合处置。因乙方原因造成的损失，由乙方全额赔偿。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、业务信息和系统资料负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统经两次整改仍不能通过验收的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额的同期贷款市场报价利率支付利息。
H:第十二条 分包
P:本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方承担违约责任。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，根据不可抗力的影响部分或全部免除责任。不可抗力影响持续超过六十日的，双方可协商变更或终止合同。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2026年4月8日
"""

Z02 = """T:涂布分切生产线控制系统改造及维保合同
P:合同编号：HT-JN-2026-058
P:甲方：台州永固胶粘制品有限公司
P:乙方：杭州工控联创自动化有限公司
P:甲方为提升BOPP胶带涂布分切生产线的张力控制精度和成品率，委托乙方对二号涂布线及三台分切机的电气控制系统实施改造，并在质保期满后提供维保服务。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 拆除原有继电器及老旧PLC控制柜，更换为新的PLC控制系统、伺服驱动系统、张力闭环控制系统和人机界面；在涂布头后加装在线视觉检测装置，对涂胶缺陷、气泡和边缘偏移进行实时检测。
P:1.2 乙方开发生产线控制程序、配方管理程序，并开发与甲方现有MES系统的数据接口，实现工单下达、配方下载和产量、能耗、缺陷数据的自动回传。
P:1.3 改造须利用甲方计划停产窗口完成，每条线的停产时间不超过十二天（以甲方书面停产通知为准），乙方应提前编制停产改造计划并报甲方确认。
P:1.4 主要技术要求：PLC须为主流品牌工业级产品，预留不少于20%的I/O余量；伺服系统须支持母卷直径实时计算和锥度张力控制；人机界面采用中文界面，具备操作权限分级、报警记录和配方版本管理功能；全部电气元件须符合国家现行标准并提供合格证明。
P:1.5 乙方应对拆除的旧设备进行编号登记，由甲方决定留用或处置；旧设备的处置收益归甲方。
H:第二条 设备、软件及价款
P:2.1 本合同总价为人民币壹佰肆拾柒万元整（¥1,470,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含I/O模块、控制柜）|4套|326,000
TB:2|伺服驱动及电机|22轴|412,000
TB:3|张力闭环控制系统（张力传感器、控制器）|4套|188,000
TB:4|人机界面及工控机|6台|96,000
TB:5|在线视觉检测装置|1套|172,000
TB:6|控制及配方管理软件许可|1项|90,000
TB:|设备及软件小计||1,284,000
TB:7|改造安装、拆旧及调试|1项|168,000
TB:8|操作及维护培训|1项|18,000
TB:|合计||1,470,000
P:2.2 上述价格含设备运输、保险、安装、调试、培训及税费。合同履行期间，除甲方书面确认的范围变更外，价款不作调整；因甲方增加改造内容需增加费用的，双方另行签订补充协议。
H:第三条 付款
P:3.1 合同生效后七日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%。到货签收及安装完成不视为验收合格。
P:3.3 最终验收合格后，甲方支付合同总价的25%。
P:3.4 乙方应在每次付款前提供增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后五十日内将全部设备运抵甲方工厂，并在甲方停产窗口内完成安装调试。
P:4.2 乙方应按甲方安全生产管理制度组织施工，动火、登高、临时用电等作业须办理甲方作业许可。
P:4.3 乙方应派驻项目经理一名、电气工程师及调试工程师不少于四名，改造期间实行两班制作业；项目经理负责每日向甲方生产部通报进度、问题和次日计划。
P:4.4 乙方应为甲方操作工、电工和设备管理人员提供不少于五天的培训，培训内容包括设备操作、换卷换型、常见故障处理和程序备份恢复，并提供中文操作手册和维护手册。
H:第五条 验收
P:5.1 调试完成后，生产线须连续稳定生产十五天，并满足以下标准：涂布张力波动不超过设定值的±2%；分切收卷端面整齐度不超过0.5毫米；视觉检测对宽度1毫米以上缺陷的检出率不低于98%；MES接口数据与现场计量核对一致；成品率较改造前提高不少于三个百分点。
P:5.2 满足上述标准后，双方签署最终验收报告。甲方在生产中使用改造后的设备，不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改，整改后重新组织验收。
P:5.4 验收时乙方应移交竣工图纸、程序备份、参数清单、设备合格证及说明书、调试记录等全部技术资料，资料不全的不予签署验收报告。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件，免费提供软件修复和程序优化。
P:6.2 服务响应：一级故障（导致生产线停机）乙方应在1小时内响应，8小时内到场，24小时内恢复生产；二级故障（影响质量或效率但不停机）2小时内响应，48小时内解决。乙方每超过规定时限1小时，向甲方支付¥500。
P:6.3 质保期满后，乙方提供维保服务，年度维保费为设备及软件小计的8.5%（即每年¥109,140），质保期满后三年内不得上调。维保内容包括每季度一次巡检、备件供应、程序备份和故障处理，服务标准同6.2条。
P:6.4 乙方应保证所供设备的备件在验收后八年内持续供应，常用易损件在甲方厂区或附近仓库保持合理库存，备件价格不高于乙方同期对外报价。
H:第七条 知识产权
P:7.1 PLC控制程序、配方管理程序、MES接口程序及其源代码、电气图纸的知识产权归甲方所有，乙方应在验收时全部移交，甲方有权自行修改和使用。
P:7.2 第三方设备随附的固件及软件的权利归其原权利人，甲方依约永久使用。
H:第八条 数据安全
P:8.1 生产工艺参数、配方、产量及质量数据归甲方所有，乙方不得将其用于本合同以外的任何目的。
P:8.2 乙方远程维护须事先取得甲方同意，通过甲方提供的VPN及账号进行，操作留存日志；乙方不得在控制系统中留存后门或未声明的远程访问通道。
P:8.3 因乙方原因造成数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，配合处置并赔偿甲方损失。
P:8.4 乙方调试及维保使用的笔记本电脑、移动存储介质须经甲方安全检查后方可接入控制网络；合同终止或维保结束时，乙方应删除其持有的甲方程序备份和生产数据，并出具书面确认。
H:第九条 保密
P:乙方对甲方的工艺配方、生产数据、客户信息及本合同内容负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 因改造延误导致甲方停产时间超出约定窗口的，乙方另应赔偿甲方的实际损失。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
H:第十一条 分包
P:乙方可将现场电气安装、拆旧及布线工作分包给具有相应资质的单位，但应提前三个工作日书面通知甲方，并对分包单位的工作质量和安全承担责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。合同解除后，乙方应配合移交已完成部分的程序和技术资料。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交台州仲裁委员会仲裁。
H:第十四条 不可抗力
P:因不可抗力导致合同不能按期履行的，受影响一方应在三日内书面通知对方并提供证明，履行期限相应顺延；因不可抗力无法实现合同目的的，双方可协商解除合同。
H:第十五条 其他
P:本合同附件（技术规格书、停产改造计划、培训计划）与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:2026年5月12日
"""

Z03 = """家政服务派单及会员管理系统（SaaS）订阅及实施服务合同

合同编号：JZ-IT-2026-021
甲方：苏州安居家政服务连锁有限公司
乙方：南京云帮信息技术有限公司

甲方在苏州、无锡、常州三地经营七十家直营及加盟门店，为统一派单、排班和会员管理，拟订阅乙方“云帮家政”SaaS系统并由乙方提供实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方七十家门店开通“云帮家政”系统，包括客户下单、智能派单、阿姨档案及排班、会员储值与积分、服务评价、门店经营报表等功能模块，以及家政员手机端和客户微信小程序。
2. 订阅期内乙方负责系统的托管、运行维护、安全防护、数据备份和版本更新，甲方无需另行采购服务器或软件。
（二）实施服务
1. 乙方负责系统配置、七十家门店的账号开通及权限设置、历史会员及储值余额数据迁移（约六万八千条会员记录）、与甲方财务系统及第三方支付的对接。
2. 乙方为甲方总部及各门店店长、客服、调度人员提供培训，每家门店至少培训两人，并提供操作手册和培训视频。
3. 乙方负责梳理甲方现有派单规则（按服务类型、距离、阿姨技能等级及客户评价排序），在系统中完成配置并经甲方确认。
4. 应甲方要求开发的“企业客户月结”和“加盟商分账”两项定制功能，纳入实施服务范围。

二、服务期限
（一）订阅服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为连续的365日。
（二）实施服务应在合同签订后六十日内完成。
（三）甲方应指定项目负责人，按实施计划提供门店清单、人员信息和历史数据，对所提供数据的真实性负责，并组织门店人员参加培训。甲方应妥善保管系统管理员账号，因甲方人员泄露账号造成的损失由甲方自行承担。
（四）乙方应在实施期间每周提交进度报告，说明已完成工作、存在问题和下周计划。

三、费用及支付
（一）订阅费按门店数计算，每家门店每个服务年度¥5,400，七十家门店每个服务年度合计¥378,000，两个服务年度合计¥756,000。
（二）实施费（含定制功能开发及数据迁移）为一次性费用¥124,000。
（三）合同总价为¥880,000（大写：捌拾捌万元整），含税。
（四）支付方式：
1. 实施费在系统上线验收合格后十五日内一次性支付；
2. 每个服务年度的订阅费，在该服务年度开始后十五日内支付；
3. 乙方应在付款前开具增值税专用发票。
（五）服务期内新增门店的，按每家门店¥5,400每服务年度按月折算计费；门店关闭的，自次月起相应减少。

四、上线验收
（一）实施完成后乙方提交上线验收申请，验收标准为：
1. 七十家门店账号全部开通，派单、排班、会员、储值、评价功能按需求确认书全部实现；
2. 会员及储值余额数据迁移后与甲方原系统逐户核对一致；
3. 派单指令从下单到推送至家政员手机端不超过3秒；
4. 与财务系统、第三方支付的对账连续七日无差异；
5. 两项定制功能通过甲方业务部门测试。
（二）甲方在收到申请后七个工作日内组织验收，合格的签署上线验收单。甲方试用系统不视为验收合格。

五、服务水平
（一）系统月可用率不低于99.5%（计划内维护除外，计划内维护应安排在凌晨1点至5点，并提前三日通知甲方）。
（二）故障分级及响应：
1. 一级故障（系统无法登录、无法派单或无法支付）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，一个工作日内解决；
3. 三级故障（一般问题及咨询）：一个工作日内答复。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，乙方按当月订阅费的3%给予甲方服务抵扣，单月抵扣以当月订阅费的一半为限；一级故障未按时恢复的，每超时1小时抵扣¥300。
（四）乙方每月5日前向甲方发送上月服务报告，包括可用率、故障记录和处理情况。
（五）乙方为甲方指定专属客户成功经理一名，负责需求对接、问题跟踪和培训协调；每季度到甲方总部进行一次服务回访，听取门店意见并提出优化建议。
（六）在春节、国庆等家政服务高峰期前十日，乙方应完成系统扩容评估和压力测试，并安排技术人员值守。

六、数据与安全
（一）甲方的客户信息、家政员信息、订单、会员及储值数据均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应采取加密存储、访问控制、操作审计、异地备份等措施保障数据安全，系统应通过网络安全等级保护第三级测评，个人信息处理应符合《个人信息保护法》要求。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，立即采取补救措施；因乙方原因造成的损失由乙方承担。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。

七、知识产权
（一）“云帮家政”系统的知识产权归乙方所有，甲方在订阅期内使用。
（二）为甲方开发的“企业客户月结”“加盟商分账”定制功能及其源代码、接口文档的知识产权归甲方所有，甲方可自由使用、修改及许可他人使用。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据及本合同条款负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。乙方接触甲方数据的运维及实施人员应签署保密承诺书，乙方应对其人员的泄密行为承担责任。

九、违约责任
（一）乙方未按约定期限完成实施并通过上线验收的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
（二）乙方违反数据与安全、保密约定的，应赔偿甲方因此遭受的全部损失。
（三）甲方逾期付款的，按未付金额每日万分之三支付违约金。

十、分包
乙方不得将本合同项下的实施服务分包；确需将部分工作交由第三方完成的，须事先取得甲方书面同意，并对第三方的行为承担责任。

十一、续期
订阅服务期满前三十日内任何一方未书面提出终止的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其届时的价格政策调整订阅费单价，并以续期前的通知为准。

十二、合同解除
（一）乙方严重违约（包括连续两个月可用率低于承诺值、发生重大数据泄露等），经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未服务期间的订阅费。
（二）合同解除或终止时，乙方应配合甲方完成数据导出及向新系统的迁移，提供不少于三十日的过渡期服务。
（三）甲方逾期付款超过六十日的，乙方可书面催告后暂停服务。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

十四、不可抗力
因地震、洪水、重大公共卫生事件等不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应免除责任；但乙方应按其灾备方案尽快恢复服务，因乙方未落实备份措施而扩大的损失由乙方承担。

十五、其他
本合同附件包括需求确认书、服务报价单及服务水平说明。本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：2026年3月20日
"""

Z04 = """青少年宫课程报名系统年度运维服务合同

合同编号：QSNG-YW-2026-07
甲方：绍兴市青少年宫
乙方：绍兴智学信息技术有限公司

鉴于甲方的课程报名系统（含报名网站、微信报名小程序、后台管理及财务对账模块）已建成运行，甲方委托乙方提供年度运维服务。双方经协商一致，签订本合同。

一、服务期限
1.1 服务期自2026年7月1日起至2027年6月30日止，共一年。
1.2 服务期满，本合同终止。甲方如需继续采购运维服务，按规定重新组织采购。

二、服务范围
2.1 日常运维：对报名系统的应用程序、数据库、中间件及服务器进行日常巡检、监控、性能调优和日志分析，每日检查系统运行状态及备份结果，每月提交运维报告。
2.2 报名高峰保障：甲方每年组织春季班、暑期班、秋季班、寒假班四次集中报名，乙方应在每次集中报名开始前七日完成压力测试、扩容配置和应急演练，集中报名期间安排工程师现场值守。
2.3 故障处理：受理甲方报修，按本合同约定的时限响应和解决故障，并提交故障分析报告。
2.4 小型优化：根据甲方需求进行课程规则、报名表单、优惠规则、报表等的配置调整和小型功能优化，全年不超过六十个人日。
2.5 安全运维：及时安装安全补丁，每季度开展一次漏洞扫描，配合甲方完成网络安全等级保护测评整改。
2.6 咨询与培训：为甲方工作人员提供系统操作咨询，每学期开学前组织一次操作培训。
2.7 服务交接：服务开始后十五日内，乙方应完成对现有系统的全面摸底，形成系统架构图、资产清单、账号权限清单和运维手册，经甲方确认后作为运维基线。
2.8 应急管理：乙方应编制系统故障、网络攻击、数据丢失三类应急预案，报甲方备案，并在服务期内至少组织两次应急演练，演练结束后提交评估报告。
2.9 第三方协调：因云服务、短信通道或支付通道等第三方原因导致的故障，乙方负责及时定位原因，协助甲方与第三方沟通并跟踪至恢复。

三、服务费用及支付
3.1 本合同运维服务费总额为人民币贰拾陆万捌仟元整（¥268,000），含税，服务期内固定不变。
3.2 服务费按季度支付，每季度¥67,000。每个季度结束后，甲方根据季度考核结果在十五个工作日内支付该季度服务费；考核扣减的金额从当期服务费中扣除。
3.3 乙方应在每次付款前开具等额合法发票。
3.4 服务费已包含乙方人员、工具、差旅及备品备件的全部费用；服务期内甲方新增的服务器或云资源，由甲方另行采购。

四、服务水平
4.1 故障等级：
（1）一级故障：报名网站或小程序无法访问、无法缴费、集中报名期间出现大面积报名失败；
（2）二级故障：部分功能异常，但不影响报名缴费主流程；
（3）三级故障：界面显示、报表等一般问题。
4.2 响应及解决时限：一级故障乙方应在15分钟内响应，1小时内到场，2小时内恢复；二级故障1小时内响应，8小时内解决；三级故障在两个工作日内解决。
4.3 每次集中报名期间，系统应支持每分钟不少于三千笔报名提交，页面响应时间不超过3秒。
4.4 考核扣减：一级故障未按时恢复的，每超过1小时扣减服务费¥1,000；集中报名期间因乙方原因导致报名中断超过半小时的，每次扣减¥5,000；二级故障未按时解决的，每次扣减¥300。
4.5 乙方应提供7×24小时报修电话及在线工单渠道，并在工单中如实记录受理时间、处理过程和恢复时间。

五、季度考核与年度验收
5.1 甲方每季度按运维服务考核表对乙方进行考核，考核内容包括巡检记录、故障处理时效、报名保障情况、运维报告质量和甲方满意度，考核结果作为支付依据。
5.2 服务期满前十五日内，乙方提交年度运维总结、全部运维文档及系统配置资料，甲方组织年度验收。验收标准为：四次季度考核均达到合格以上；全年未发生因乙方原因造成的数据丢失；运维文档和配置资料完整、与实际系统一致；漏洞扫描发现的高危漏洞全部修复。
5.3 年度验收不合格的，乙方应在十日内整改完毕并重新提请验收。
5.4 季度考核结果分为优秀、合格、不合格三档，考核表由双方代表签字确认；乙方对考核结果有异议的，可在三个工作日内书面提出，甲方应予复核。

六、数据安全
6.1 报名系统中的学员及家长个人信息、报名及缴费记录等全部数据归甲方所有。乙方仅为履行运维服务而访问数据，不得用于其他任何目的，不得向任何第三方提供。
6.2 鉴于系统存储大量未成年人个人信息，乙方应严格遵守《个人信息保护法》及未成年人个人信息保护的相关规定，运维操作一律通过甲方堡垒机进行，实行最小权限和双人复核，禁止将数据下载、拷贝至乙方设备或外部环境。
6.3 乙方应每日检查数据库备份，每季度配合甲方开展一次数据恢复演练。乙方因测试需要使用数据的，应使用经甲方确认的去标识化测试数据，测试完成后立即删除。
6.4 服务期满或终止时，乙方应注销其全部运维账号，交还甲方提供的设备和资料，并书面确认未留存任何甲方数据。
6.5 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内向甲方报告，立即采取处置措施并配合调查。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和对学员家长的赔偿。

七、知识产权
7.1 原报名系统的权利状态不因本合同改变。
7.2 乙方在本合同服务期内为甲方开发的优化功能、配置脚本、运维文档及报告的知识产权归甲方所有，乙方应随时按甲方要求移交。

八、人员要求
8.1 乙方应指定运维项目负责人一名，配备驻场运维工程师一名，并安排数据库及安全工程师作为二线支持。驻场工程师工作时间为甲方工作日8:30至17:30。
8.2 乙方更换项目负责人或驻场工程师的，应提前十日书面告知甲方，并保证接替人员具备相应能力。
8.3 乙方驻场人员应遵守甲方的作息、安全及出入管理制度，在甲方场所内不得从事与本合同无关的工作；甲方认为乙方人员不能胜任的，可要求乙方在五日内更换。
8.4 乙方不得将本合同项下的服务转包或者分包给任何第三方。

九、违约责任
9.1 乙方未按第2.2条在集中报名开始前完成压力测试、扩容和应急演练的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
9.2 乙方服务不符合本合同约定的，除按第4.4条扣减外，还应立即采取补救措施。
9.3 连续两个季度考核不合格的，乙方应向甲方支付合同总额5%的违约金。
9.4 甲方无故逾期付款的，按同期贷款市场报价利率支付逾期利息。

十、合同的履行与解除
本合同履行期间，任何一方不得单方解除合同。一方违约的，守约方可以要求违约方继续履行、采取补救措施并承担违约金及赔偿责任，但不得因此解除本合同。因不可抗力致使合同无法履行的，双方协商处理。

十一、争议解决
本合同适用中华人民共和国法律。双方因本合同发生争议的，应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十二、其他
12.1 本合同附件：运维服务考核表、报名系统资产清单、集中报名保障方案。
12.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
12.3 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
签订日期：2026年6月18日
"""

Z05 = """# 海视智检紫菜分级系统软件许可及定制开发合同

**（海视智检标准合同文本 HS-CT-2025 V3.0）**

合同编号：HS-2026-FJ-0419

甲方（买方）：霞浦县海丰紫菜加工有限公司

乙方（卖方）：青岛海视智检科技有限公司

鉴于乙方拥有“海视智检紫菜视觉分级系统”软件的全部权利，甲方拟在其紫菜加工厂的八条烘干后分级线上使用该软件并委托乙方进行定制开发，双方根据《中华人民共和国民法典》，以乙方标准合同文本为基础订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“海视智检紫菜视觉分级系统”V5.2软件许可，授权在甲方霞浦工厂的八条分级线上使用，许可为永久许可，不得转让，不得在其他厂区使用。

1.2 乙方根据甲方的产品等级标准进行定制开发，包括：甲方特级、一级、二级、三级及次品共五档分级规则的模型训练与参数整定；破损、杂藻、孔洞、色差四类缺陷识别；分级结果与甲方称重包装线及仓储系统的数据对接；分级统计报表。

1.3 乙方负责软件安装、与甲方现有工业相机及剔除装置的联调、操作培训。相机、光源、剔除装置及工控机由甲方自行采购，不在本合同范围内。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 紫菜视觉分级系统软件许可（八条线） | 680,000 |
| 2 | 分级规则及缺陷识别定制开发、数据对接 | 212,000 |
| 3 | 安装、联调及培训 | 58,000 |
| | 合计 | 950,000 |

合同总价为人民币玖拾伍万元整（¥950,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥617,500。乙方收到该款项后开始软件交付和开发工作。

3.2 软件安装完成、分级线上线运行后十个工作日内，甲方支付合同总价的35%，即¥332,500。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金；逾期超过十五日的，乙方有权暂停服务及软件授权。

3.4 乙方在收到每期款项前开具等额增值税普通发票；甲方要求开具专用发票的，应提前提供开票信息。

## 第四条 交付与实施

4.1 乙方在收到首期款后四十五日内完成定制开发，并在甲方具备安装条件后十五日内完成现场安装与联调。

4.2 甲方应按乙方要求提供不少于两万张各等级紫菜样品图像及人工分级结果，用于模型训练。因甲方样品或现场条件不具备造成的延误，交付期限相应顺延。

4.3 甲方应在乙方现场实施期间提供必要的工作场所、网络和电源，并安排熟悉分级标准的质检人员配合调试。

4.4 乙方为甲方操作人员和设备维护人员提供一次现场培训，时长两天，内容包括软件操作、分级参数调整、日常点检和常见报警处理。增加培训场次的，按乙方报价另行收费。

4.5 软件采用乙方授权管理方式，以加密锁或在线激活码绑定甲方工控机。甲方更换工控机或迁移安装位置的，应提前通知乙方重新激活，免费维护期满后每次重新激活按乙方报价收费。

## 第五条 验收

5.1 软件安装完成并在分级线上线运行后，即视为甲方验收合格。

5.2 甲方在上线运行后对软件提出的优化意见，乙方可在后续版本中统筹考虑，不影响验收结论及付款。

## 第六条 免费维护

6.1 免费维护期为六个月，自软件上线运行之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：对于导致分级线停止分级的一级故障，乙方在8小时内响应，并视情况安排远程处理或工程师到场；其他故障在两个工作日内响应。

6.3 下列情形不属于免费维护范围：甲方擅自修改软件或参数；甲方硬件设备故障；断电、网络中断等外部原因；甲方操作不当。

6.4 乙方将尽力按上述时限提供服务，但因故障处理超时或分级误差引起的损失，乙方不承担扣款、赔偿或违约责任。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，以继续获得软件升级、模型更新和技术支持。

7.2 年度维保费为软件许可费的28%，即每年¥190,400，在每个维保年度开始前一次性支付。甲方未购买维保服务的，乙方不再提供任何技术支持，软件授权的正常使用可能受到影响。

7.3 维保服务内容包括：软件版本升级、模型季度更新、远程技术支持、每年一次现场巡检。甲方新增产品等级或更换紫菜品种需要重新训练模型的，不属于维保范围，按乙方报价另行收费。

7.4 维保服务按年度购买，甲方中断购买后重新购买的，应补缴中断期间的维保费。

## 第八条 知识产权

8.1 软件及其全部升级版本的知识产权归乙方所有。

8.2 本项目定制开发形成的分级规则、训练模型、模型参数、对接程序、源代码及相关文档的知识产权均归乙方所有。乙方授予甲方在本合同许可范围内的非独占使用权，甲方不得修改、反编译，不得交由第三方使用或维护。

8.3 乙方可将定制开发成果用于其产品的后续版本和其他客户项目。

## 第九条 数据

9.1 甲方提供的紫菜样品图像、分级结果及软件运行中产生的生产数据归甲方所有。

9.2 甲方同意，乙方可将上述图像和数据经去标识化处理后用于乙方视觉模型的训练、产品改进和行业分析，该使用权在合同终止后继续有效。

9.3 乙方对其存储的甲方数据采取访问控制、加密存储和备份措施，远程维护须经甲方同意；发生数据泄露的，乙方在24小时内通知甲方，因乙方过错造成的损失由乙方依法承担赔偿责任。

## 第十条 保密

双方对在本合同履行中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或政府部门要求披露的除外。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方逾期完成交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 任何一方违反本合同约定的，应承担相应的违约责任。乙方不对甲方的间接损失、产量损失、利润损失承担责任。

11.3 因甲方原因导致乙方无法按期实施的，乙方人员的等待及往返费用由甲方承担。

## 第十二条 甲方义务

12.1 甲方应保证工业相机、光源、剔除装置及工控机符合乙方提供的配置要求，并保持分级线的清洁和稳定运行；因甲方设备不符合要求或使用不当造成的分级误差，乙方不承担责任。

12.2 甲方不得自行或允许第三方对软件进行修改、复制、反向工程，不得超出许可范围使用；违反的，乙方有权终止授权并要求甲方赔偿。

12.3 甲方应指定一名联系人，负责与乙方沟通需求、确认开发成果和协调现场工作。

## 第十三条 合同解除

一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十四条 不可抗力

因台风、地震、疫情等不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方。

## 第十五条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，提交青岛仲裁委员会仲裁。

## 第十六条 其他

16.1 本合同为乙方标准合同文本，双方对合同条款的修改以书面补充协议为准。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：

日期：2026年4月19日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. BMS-CN-2026-014
P:This Agreement is made between Jiangsu Hengrun Pump Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Taizhou, Jiangsu Province (the "Customer"), and Riverbend Maintenance Systems Pty Ltd, a company registered in Queensland, Australia, with its principal office at Eagle Street, Brisbane QLD 4000 (the "Supplier").
P:Background: the Customer operates three pump assembly plants and wishes to replace its spreadsheet-based maintenance planning with the Supplier's AssetWise maintenance management software, installed on the Customer's own servers, together with configuration, interfaces and training provided by the Supplier.
H:Article 1 Definitions
P:1.1 "Software" means the AssetWise Enterprise software in the version current at delivery, including its mobile work-order application, in object code, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts, data migration scripts and related documentation developed by the Supplier specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the start of productive use of the Software at all three plants after successful completion of the Installation Tests.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
P:1.5 "Customer Data" means all data entered into, generated in or migrated to the Software by or for the Customer.
H:Article 2 Scope
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 260 named users and 90 mobile devices at the Customer's plants in Taizhou and Yangzhou, for the Customer's internal business purposes.
P:2.2 The Supplier shall install the Software on the Customer's servers, configure it according to the agreed design document, migrate the Customer's existing asset register of approximately 14,500 items and three years of maintenance history, build an interface to the Customer's ERP system for spare-parts stock and purchase requisitions, build an interface to the Customer's SCADA historian for run-hour meter readings, and deliver twenty-two report templates.
P:2.3 The Supplier shall train the Customer's maintenance planners, technicians and key users at each plant, in Chinese, and provide administrator training for the Customer's IT staff.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,590,000, made up as follows: Software licence fee CNY 1,180,000; implementation services, including configuration, data migration and interfaces, CNY 364,000; training CNY 46,000.
P:3.2 The Contract Price is fixed. It includes all applicable taxes in the People's Republic of China, travel costs and all services during the Warranty Period.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments: (a) 20% within fifteen business days after signature of this Agreement and receipt of a valid invoice; (b) 45% within fifteen business days after the Software has been installed and the Installation Tests have been passed; and (c) 35% within fifteen business days after Final Acceptance.
P:4.2 Installation, Go-Live and productive use of the Software do not constitute acceptance and do not trigger the final instalment.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall complete installation and the Installation Tests within ninety days after signature, and shall bring all three plants to Go-Live within one hundred and twenty days after signature, in accordance with the project plan agreed at the kick-off meeting.
P:5.2 The acceptance criteria are: (a) all functions listed in the design document work as specified in the agreed test scripts; (b) the migrated asset register and maintenance history reconcile with the source data with no unresolved differences; (c) the ERP interface transfers stock levels and requisitions without error for ten consecutive working days; (d) the SCADA interface updates run-hour meters at least hourly; (e) screens open within three seconds with 120 concurrent users; and (f) no Severity 1 or Severity 2 defect occurs during a sixty-day operation period after Go-Live.
P:5.3 When the criteria are met, the Supplier shall request Final Acceptance and the Customer shall, within ten business days, either sign the Final Acceptance certificate or give written reasons for refusal. The Supplier shall correct the reported defects and the relevant tests shall be repeated.
H:Article 6 Warranty
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and the design document for eighteen months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period, the Supplier shall correct defects, supply all updates and new releases of the Software, and provide the support service described in Article 7, free of charge.
H:Article 7 Support and Service Levels
P:7.1 The Supplier shall operate a support desk with Mandarin-speaking staff, reachable by telephone and ticket portal, twenty-four hours a day for Severity 1 incidents and during Beijing business hours for other incidents.
P:7.2 Severity 1 means the Software is unavailable or work orders cannot be created or closed at any plant. The Supplier shall respond to a Severity 1 incident within one hour and provide a workaround or fix within eight hours. Severity 2 means a major function is impaired; response within two hours and a fix within two business days. Severity 3 means any other defect; response within one business day and correction in the next release.
P:7.3 For each full hour by which the Supplier exceeds a Severity 1 response or workaround time, the Supplier shall pay the Customer a service credit of CNY 1,000, which the Customer may deduct from any amount due to the Supplier.
P:7.4 After the Warranty Period, the Supplier shall, at the Customer's option, provide annual support and updates on the terms of this Article for an annual fee of 11% of the Software licence fee, being CNY 129,800 per year. This fee is fixed for the first three years after the Warranty Period and thereafter may not exceed that amount. Support renews only by the Customer's written order for each year.
H:Article 8 Intellectual Property
P:8.1 The Supplier retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code and documentation with the Final Acceptance request. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Supplier shall access the Customer's systems only remotely through the Customer's VPN and jump server, with the Customer's prior approval for each session, and shall not copy Customer Data outside the Customer's environment. The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China; no Customer Data shall be transferred outside mainland China.
P:9.3 The Supplier shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, cooperate in investigating and remedying it, and bear all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to its personnel and advisers who need to know it and are bound by equivalent obligations.
P:10.2 This obligation continues for three years after termination or expiry of this Agreement.
H:Article 11 Delay Damages and Liability
P:11.1 If the Supplier fails to achieve Go-Live at all three plants by the date in Article 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The Supplier's total aggregate liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, breach of Article 9 or Article 10, or the indemnity in Article 8.3.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent. The Supplier remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice describing the breach.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Supplier shall refund all amounts paid, less the value of any Custom Deliverables the Customer elects to keep, and the Customer may retain and use the licence for Software delivered before termination against payment of its licence fee.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Queensland, Australia.
P:14.2 Any dispute not settled by negotiation within thirty days shall be submitted to the non-exclusive jurisdiction of the courts of Queensland sitting in Brisbane.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
P:15.2 This Agreement, with its Annex 1 (Design Document outline) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:Signed for the Customer: ____________________  Signed for the Supplier: ____________________
P:Date: 2 March 2026
"""

E02 = """# Coral Coast Software — Order Form

**Order Form No. CCS-OF-2026-0088, incorporating the Coral Coast General Terms (Part B)**

**Provider:** Coral Coast Software Pty Ltd, Level 3, 15 Lake Street, Cairns QLD 4870, Australia

**Customer:** Guangzhou Nanyue Cold-Chain Transport Co., Ltd., Huangpu District, Guangzhou, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Services

Provider will provide its TropicRoster cloud service for driver rostering, working-time and fatigue management, vehicle assignment and shift swapping, including the TropicRoster driver app for Android and iOS (the "Subscription Service"), together with the onboarding services described in A3 (the "Onboarding Services"). The Subscription Service covers up to 220 drivers, 35 dispatchers and supervisors, and 6 depots in Guangdong Province. The Subscription Service is hosted for Customer in a data centre located in mainland China operated by Provider's hosting partner.

### A2. Subscription Term

The Subscription Term is two Subscription Years (24 months) starting on the date of Go-Live Acceptance under A4. Each Subscription Year is the period of one year starting on the start date or its anniversary.

### A3. Onboarding Services

Provider will: configure Customer's depots, shift patterns, pay rules and fatigue rules under the PRC road-transport working-time regulations; import Customer's driver, licence and vehicle master data; build an interface with Customer's transport management system ("TMS") for daily orders and vehicle availability; deliver eight custom reports; and train Customer's dispatchers and key users in Guangzhou. Provider will achieve Go-Live by the date sixty days after signature of this Order Form (the "Target Go-Live Date").

### A4. Go-Live Acceptance

Go-Live Acceptance occurs when Customer confirms in writing that all of the following criteria are met: (a) all drivers, vehicles and depots are loaded and reconcile with Customer's master data; (b) rosters for all depots for two consecutive weeks are generated in the Subscription Service and comply with the configured fatigue rules; (c) the TMS interface transfers orders and vehicle availability without error for five consecutive working days; (d) the driver app works on Customer's standard phone models; and (e) the eight custom reports match the agreed specifications. Customer will confirm acceptance or state the failed criteria within five working days after Provider's notice of readiness. Use of the Subscription Service before Go-Live Acceptance for training or testing does not constitute acceptance.

### A5. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 220 drivers, 35 supervisor users, 6 depots | 396,000 |
| Subscription fee, Subscription Year 2 | same scope | 396,000 |
| Onboarding Services | one-time, fixed price | 58,000 |
| Total fees for the Subscription Term | | 850,000 |

All fees are in CNY and include PRC value-added tax. Additional drivers may be added at CNY 1,800 per driver per Subscription Year, pro rata for a part year.

### A6. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within thirty days after receipt of a valid VAT invoice.

(b) The Onboarding Services fee is invoiced after Go-Live Acceptance and payable within thirty days after receipt of a valid VAT invoice.

(c) No amount is payable before Go-Live Acceptance.

(d) If Go-Live Acceptance is not achieved by the Target Go-Live Date for reasons attributable to Provider, Provider will pay Customer delay damages of CNY 600 for each day of delay, which Customer may set off against the Onboarding Services fee.

## Part B — General Terms

### 1. Provision of the Services

1.1 Provider will provide the Subscription Service in accordance with the documentation and this Agreement, and will make updates available to Customer at no additional charge during the Subscription Term.

1.2 Customer is responsible for the accuracy of the data it enters and for keeping its users' log-in credentials safe.

1.3 Provider will provide support in Mandarin and English through a telephone hotline and an online ticket portal. Priority 1 incidents may be reported at any time; other incidents during Beijing business hours on working days.

1.4 Provider will give Customer at least thirty days' notice of any change that materially alters a function Customer uses, and will not reduce the overall functionality of the Subscription Service during the Subscription Term.

### 2. Service Levels

2.1 Provider will make the Subscription Service available at least 99.98% of the time in each calendar month, excluding scheduled maintenance notified at least three days in advance and carried out between 00:00 and 05:00 Beijing time.

2.2 Priority 1 means the Subscription Service is unavailable or rosters cannot be published for any depot. Provider will respond to a Priority 1 incident within 30 minutes, at any time of day, and will restore service within three hours. Priority 2 means a material function is impaired; response within two hours and resolution within one business day. Priority 3 covers all other incidents; response within one business day.

2.3 If monthly availability falls below the level in 2.1, Provider will credit Customer 5% of the monthly portion of the subscription fee for each 0.1 percentage point (or part) below that level, up to half of that monthly portion. If Provider misses a Priority 1 restoration time, it will credit an additional CNY 500 per hour of delay. Credits are deducted from the next invoice or paid out at the end of the Subscription Term.

2.4 Provider will send Customer a monthly service report showing availability, incidents and response times.

### 3. Customer Data

3.1 All data that Customer or its users enter into the Subscription Service, including driver personal information, rosters, working-time records and vehicle data ("Customer Data"), belongs to Customer.

3.2 Provider will use Customer Data only to provide the Services to Customer under this Agreement and will not use it for any other purpose.

3.3 Within thirty days after the end of the Subscription Term, Provider will, at Customer's request, export all Customer Data in CSV format and then delete it from the Subscription Service.

### 4. Intellectual Property

4.1 Provider retains all rights in the Subscription Service, its software and its documentation.

4.2 The custom reports, the TMS interface specifications and Customer's configuration (rules, shift patterns and templates) developed under the Onboarding Services belong to Customer. Customer may use, modify and let third parties use them without restriction, including after the Subscription Term.

### 5. Confidentiality

5.1 Each party will keep confidential any non-public information of the other party that it receives under this Agreement, including the terms of this Agreement, use it only for the purposes of this Agreement and not disclose it to any third party other than its employees and professional advisers who need to know it and are bound by similar duties.

5.2 These obligations continue for three years after the end of the Agreement.

### 6. Subcontractors

6.1 Provider may use subcontractors and hosting providers of its choice to perform any part of the Services. Provider will inform Customer of any new subcontractor by email. Provider remains responsible for the performance of its subcontractors.

### 7. Liability

7.1 Neither party is liable for any indirect or consequential loss, loss of profit or loss of data, except for breach of section 5.

7.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer under this Agreement in the six months immediately preceding the event giving rise to the claim.

### 8. Term and Termination

8.1 This Agreement starts on signature of the Order Form and continues until the end of the Subscription Term. The Subscription Term does not renew automatically; any renewal requires a new Order Form signed by both parties.

8.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice. If Customer terminates for Provider's breach, Provider will refund any prepaid fees for the period after termination.

8.3 On termination or expiry, section 3.3 applies and Customer's access ends after the data export has been delivered.

### 9. General

9.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

9.2 Neither party may assign this Agreement without the other party's written consent.

9.3 Notices must be in writing and sent to the addresses in this Order Form or to an address notified later.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute that the parties cannot settle by negotiation within thirty days shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.

**Signed for Customer:** ____________________  **Signed for Provider:** ____________________

**Date:** 16 April 2026
"""

E03 = """T:Purchase Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. TLJS-EQ-2026-031 (Buyer's standard form)
P:Buyer: Tongling Jinshan Cement Co., Ltd., Tongling, Anhui Province, People's Republic of China.
P:Supplier: Ross River Condition Monitoring Pty Ltd, 48 Flinders Street, Townsville QLD 4810, Australia.
P:The Buyer wishes to monitor the vibration and temperature of the kiln drives, raw mills, cement mills and main fans on its two clinker lines, and the Supplier has offered wireless sensors, gateways and its VibeSight monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the VibeSight condition monitoring software, server edition, and its analytics modules, installed on the Buyer's servers.
P:1.3 "Custom Work" means the asset hierarchy, alarm thresholds configured for the Buyer's machines, the interface to the Buyer's distributed control system (DCS) and the report templates prepared for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under clause 6.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant a perpetual site licence for the Software for unlimited users at the Buyer's Tongling plant, install and commission the Equipment and the Software, carry out the Custom Work and train the Buyer's staff.
P:2.2 The Supplier shall deliver: the Equipment with certificates of origin and conformity; installation media and licence keys; the DCS interface with its source code; user, administrator and maintenance manuals in Chinese; and an as-built list of sensor locations.
P:2.3 All Equipment shall be new, shall carry CCC or other certification required for use in the People's Republic of China, and shall be rated for the dust and temperature conditions in a cement plant as stated in the Buyer's technical specification (Annex 1).
H:3. Price
P:3.1 The Contract Price is CNY 1,250,000, as set out in the Price Table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial wireless vibration and temperature sensor, ATEX-rated|120|4,600|552,000
TB:2|Wireless gateway with industrial enclosure|16|9,500|152,000
TB:3|VibeSight server edition, perpetual site licence|1|398,000|398,000
TB:|Hardware and Licence Subtotal|||1,102,000
TB:4|Installation, commissioning and Custom Work|1|126,000|126,000
TB:5|Training|1|22,000|22,000
TB:|Contract Price|||1,250,000
P:3.2 The Contract Price is fixed and includes delivery DAP to the Buyer's plant, import duties, PRC taxes, installation materials and the Supplier's travel costs.
H:4. Payment
P:4.1 10% of the Contract Price within twenty days after signature of this Contract and receipt of the Supplier's invoice.
P:4.2 55% of the Contract Price within twenty days after all Equipment has been delivered and installed and the Software has been installed. Delivery and installation do not constitute acceptance.
P:4.3 35% of the Contract Price within twenty days after Final Acceptance.
P:4.4 The Supplier shall issue a valid VAT invoice before each payment.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's plant within seventy days after signature and complete installation and commissioning within thirty days after delivery, during the Buyer's scheduled maintenance stops.
P:5.2 The Supplier's personnel on site shall comply with the Buyer's safety rules, including permit-to-work, lock-out and working-at-height procedures.
P:5.3 The Supplier shall pack the Equipment for sea and road transport, mark each package with the contract number and contents, and send the shipping documents to the Buyer at least five days before arrival. Risk in the Equipment passes to the Buyer on delivery at the plant.
P:5.4 The Supplier shall train ten maintenance engineers and four IT staff of the Buyer at the plant in Mandarin, covering sensor installation and replacement, gateway configuration, alarm handling, trend analysis and Software administration, and shall provide the training materials in Chinese.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of forty-five days.
P:6.2 The acceptance criteria are: (a) every sensor reports data to the Software at the configured interval, with data loss below 0.5% of expected readings over the trial period; (b) vibration readings of ten sample points agree with readings taken by the Buyer's calibrated portable analyser within ±5%; (c) alarms are raised in the Software and the DCS within ten seconds of a threshold being exceeded; (d) battery life forecasts for all sensors exceed three years at the configured interval; and (e) the documents under clause 2.2 have been delivered.
P:6.3 If any criterion is not met, the Supplier shall correct the deficiency within fifteen days and the relevant tests shall be repeated.
P:6.4 When all criteria are met the parties shall sign the Final Acceptance certificate. Use of the system by the Buyer during the trial period is not acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their forecast life, correct Software defects and provide updates.
P:7.2 Severity 1 means loss of monitoring for a complete production line or a failure of the DCS interface. The Supplier shall respond remotely within one hour and, if a site visit is necessary, have an engineer on site within forty-eight hours. Other faults: response within one business day.
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response time, the Supplier shall pay the Buyer CNY 800, deductible from any payment due.
P:7.4 After the warranty period the Supplier shall provide annual support (Software updates, remote support, replacement of defective Equipment, one site inspection per year) for an annual fee not exceeding 7.5% of the Hardware and Licence Subtotal, namely CNY 82,650, fixed for three years. The support agreement shall not renew automatically.
P:7.5 The Supplier shall keep spare sensors and gateways in stock and supply spare parts for at least eight years after Final Acceptance at prices not higher than its standard list prices.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property in the Software and the Equipment firmware; the Buyer's licence to use them is perpetual and irrevocable.
P:8.2 The Custom Work, including the DCS interface source code, belongs to the Buyer. The Buyer may use, modify and license it freely, and engage third parties to maintain it.
P:8.3 The Supplier shall defend and indemnify the Buyer against any claim that the Equipment, the Software or the Custom Work infringes a third party's intellectual property rights.
H:9. Data Security
P:9.1 All measurement data, alarms, reports and machine information collected by the system are the Buyer's data. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose.
P:9.2 The Software shall run only on the Buyer's servers inside the plant network. The Supplier shall access it remotely only through the Buyer's approved remote-access gateway, with the Buyer's permission for each session, and shall not transfer any data outside mainland China.
P:9.3 The Supplier shall implement the security measures set out in Annex 2, report any security incident affecting the Buyer's data within two hours after becoming aware of it, and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract and shall not disclose it to any third party without prior written consent. This obligation survives for three years after the Contract ends.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after written notice, or if liquidated damages under clause 11.1 reach their maximum.
P:13.2 On termination under clause 13.1 the Supplier shall refund the amounts paid for Equipment and services not accepted, and the Buyer may keep and use the Equipment and licence already delivered against payment of their price.
P:13.3 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:15. Miscellaneous
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Security Requirements) form part of this Contract.
P:15.2 This Contract is signed in two originals in English and Chinese, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 24 March 2026
"""

E04 = """# Managed IT Infrastructure Services Agreement

**Agreement No. HMS-KQ-2026-007**

**Customer:** Shaoxing Keqiao Huafang Textile Printing and Dyeing Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China

**Supplier:** Hunter Harbour Managed Services Pty Ltd, 120 Hunter Street, Newcastle NSW 2300, Australia, acting through its service delivery team in Hangzhou

## Section 1 — Purpose and Structure

1.1 The Customer operates two dyeing plants, a finishing plant and a head office in Keqiao. It wishes to outsource the day-to-day management of its servers, storage, network, end-user devices and backup to the Supplier for a fixed term.

1.2 This Agreement consists of these Sections and three Schedules: Schedule 1 (Services), Schedule 2 (Service Levels) and Schedule 3 (Charges). In case of conflict, the Sections prevail over the Schedules.

## Section 2 — Term

2.1 The Services start on the Service Commencement Date, which is the date of Transition Acceptance under Section 4, and continue for thirty-six months.

2.2 The Target Commencement Date is ninety days after signature of this Agreement.

2.3 The Customer may extend the term once by up to one further year by giving written notice at least ninety days before expiry. Any extension is on the same Charges. The Agreement does not renew automatically.

## Section 3 — Services

3.1 The Supplier shall perform the Services described in Schedule 1 with due skill and care, using qualified personnel, and in accordance with the Customer's IT policies provided to it.

3.2 The Supplier shall maintain an on-site team in Keqiao during the Customer's working hours and a remote network operations centre (NOC) staffed at all times. The NOC shall be located in mainland China.

3.3 The Supplier shall appoint a service delivery manager who attends a monthly service review with the Customer and presents a report on incidents, changes, capacity and performance against Schedule 2.

## Section 4 — Transition and Transition Acceptance

4.1 Before the Service Commencement Date the Supplier shall carry out the transition: discovery and documentation of all in-scope assets, installation of monitoring agents and tools, knowledge transfer from the Customer's IT staff, creation of runbooks, and a joint trial operation.

4.2 Transition Acceptance requires that: (a) at least 98% of the assets in the agreed inventory are discovered, recorded in the configuration database and monitored; (b) runbooks exist for every critical system listed in Schedule 1; (c) a test restore of each critical system from backup has succeeded; (d) a fourteen-day trial operation has been completed in which the Supplier handled all incidents through its service desk; and (e) the Customer's IT manager confirms the knowledge transfer is complete.

4.3 The Customer shall confirm Transition Acceptance in writing, or state which criteria are not met, within five working days after the Supplier's notice of readiness.

4.4 If the Service Commencement Date does not occur by the Target Commencement Date for reasons attributable to the Supplier, the Supplier shall pay the Customer delay damages of CNY 500 for each day of delay.

## Section 5 — Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the term are CNY 3,180,000.

5.2 The monthly service charge is invoiced at the end of each month and payable within thirty days. The transition charge is invoiced after Transition Acceptance and payable within thirty days. No payment is due before the Service Commencement Date.

5.3 The Charges are fixed for the term and include all PRC taxes, tools, licences for the Supplier's monitoring software and travel.

## Section 6 — Service Levels

6.1 The Supplier shall perform the Services in accordance with the Service Levels in Schedule 2 and report its performance monthly.

6.2 Priority 1 means an outage of the core network, a critical system or a whole plant's production network. Priority 2 means the degradation of a critical system or an outage affecting one department. Priority 3 means any other incident or request. The Customer's IT manager decides the priority in case of disagreement.

6.3 The Service Levels are performance targets. A failure to meet a Service Level does not entitle the Customer to service credits, fee reductions or damages. Where a Service Level is missed in any month, the Supplier shall provide a root-cause analysis and a remediation plan within ten working days.

## Section 7 — Customer Responsibilities and Changes

7.1 The Customer shall give the Supplier timely access to its sites, systems and staff, keep its third-party maintenance contracts for hardware in force, and inform the Supplier of planned changes to its production schedule that affect maintenance windows.

7.2 Changes to the scope of the Services, such as additional sites or a significant increase in the number of devices, shall be agreed in a written change order stating any adjustment of the Charges. No change order is needed for variations of up to 5% in the number of devices.

## Section 8 — Customer Data and Security

8.1 All data on the Customer's systems, including production recipes, colour formulas, customer orders and employee records, is the Customer's data. The Supplier shall access and use it only to perform the Services and shall not use it for any other purpose.

8.2 The Supplier shall: use named accounts with multi-factor authentication; perform all administrative access through the Customer's privileged access management system; encrypt backup copies; not copy the Customer's data to its own systems; and comply with PRC laws on cybersecurity, data security and personal information.

8.3 The Supplier shall report any security incident affecting the Customer's systems or data within one hour after detecting it, contain it, and bear the losses caused by its breach of this Section 8.

## Section 9 — Intellectual Property

9.1 The runbooks, scripts, configuration baselines, documentation and reports produced by the Supplier for the Customer belong to the Customer, which may use, modify and give them to any successor provider.

9.2 The Supplier's monitoring tools and pre-existing materials remain the Supplier's property.

## Section 10 — Confidentiality

10.1 Each party shall keep confidential the non-public information of the other party received under this Agreement and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## Section 11 — Personnel and Subcontracting

11.1 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains responsible for any approved subcontractor.

11.2 The Customer may require the replacement of any Supplier personnel who breach the Customer's site rules.

## Section 12 — Liability

12.1 The Supplier's total liability under this Agreement is limited to 150% of the total Charges, except for wilful misconduct, personal injury and breach of Sections 8 and 10.

## Section 13 — Termination and Exit

13.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within thirty days after written notice.

13.2 On expiry or termination, the Supplier shall provide exit assistance for up to sixty days, hand over all documentation and credentials, and cooperate with the Customer's successor provider.

## Section 14 — Force Majeure

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly. The Supplier shall nevertheless apply its business continuity plan to restore the Services as soon as possible.

## Section 15 — Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Schedule 1 — Services

| Service | Scope | Main activities |
|---|---|---|
| Server and storage management | 46 physical servers, 210 virtual machines, 2 storage arrays | monitoring, patching, capacity management, hardware fault coordination |
| Network management | 3 core switches, 64 access switches, 2 firewalls, plant Wi-Fi | monitoring, configuration changes, firmware updates |
| End-user support | about 780 desktops and laptops, 140 shop-floor terminals | service desk, on-site support, imaging, asset tracking |
| Backup and recovery | all critical systems | daily backups, quarterly restore tests |
| Critical systems | ERP, dyeing recipe system, MES, email | runbooks, priority handling |

## Schedule 2 — Service Levels

| Measure | Target |
|---|---|
| Availability of core network and critical systems (monthly) | 99.98% |
| Priority 1 incident response (any time) | 15 minutes |
| Priority 1 incident restoration | 3 hours |
| Priority 2 incident response | 1 hour |
| Priority 3 incident resolution | 2 business days |
| Restore test of each critical system | once per quarter |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, fixed | 156,000 |
| Monthly service charge | CNY 84,000 per month for 36 months | 3,024,000 |
| Total Charges | | 3,180,000 |

**Signed for the Customer:** ____________________  **Signed for the Supplier:** ____________________

**Date:** 10 June 2026
"""

E05 = """MARINE FORECAST DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. IOD-CN-2026-019

BETWEEN

Fujian Mingjiang Offshore Wind Operations Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Mawei District, Fuzhou, Fujian Province (the "Customer"); and

Illawarra Ocean Data Pty Ltd, a company registered in New South Wales, Australia, with its office at Crown Street, Wollongong NSW 2500 (the "Supplier").

BACKGROUND

The Customer operates offshore wind farms and a fleet of crew transfer vessels off the Fujian coast. It needs site-specific wave, wind, current and weather-window forecasts to plan turbine maintenance and vessel transfers. The Supplier produces marine forecast data from its numerical models and delivers it through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Forecast Data" means the Supplier's forecasts of significant wave height, wave period and direction, wind speed at hub height and at sea level, surface currents, visibility and operability windows, for the Customer's Sites, together with the historical hindcast data listed in Annex A.

1.2 "API" means the Supplier's REST interface through which the Customer's systems retrieve the Forecast Data, and the related documentation.

1.3 "Sites" means the five wind farm areas and two port approaches listed in Annex A.

1.4 "Customer Inputs" means all information the Customer provides or its systems send to the Supplier, including site coordinates, turbine positions, vessel identifiers and positions, transfer schedules and API query logs.

1.5 "Subscription Year" means each period of one year beginning on the Start Date or on its first anniversary. The "Subscription Term" is two Subscription Years.

1.6 "Start Date" means the date of Integration Acceptance under clause 4.

2. SUBSCRIPTION AND LICENCE

2.1 The Supplier grants the Customer, during the Subscription Term, a non-exclusive, non-transferable licence to retrieve the Forecast Data through the API, to store it, and to use it for the planning and operation of the Customer's wind farms and vessels, including in the Customer's own software, reports and dashboards.

2.2 Forecasts are updated four times a day with a horizon of ten days and hourly resolution for the first three days. The API allows up to two hundred thousand calls per day.

2.3 The Customer may share Forecast Data with its contractors, vessel operators and insurers for the operation of its wind farms, but shall not resell it or offer it as a data product.

3. INTEGRATION SUPPORT

3.1 The Supplier shall assist the Customer to connect the API to the Customer's marine coordination system and its maintenance planning system. The assistance includes: setting up the Sites and API keys; mapping the Forecast Data to the Customer's data model; a validation of the Forecast Data against the Customer's wave buoy records for the previous two winters; and two days of training for the Customer's marine coordinators and developers in Fuzhou.

3.2 The Supplier shall complete the integration support within forty-five days after signature of this Agreement.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance requires that: (a) the API delivers Forecast Data for all Sites at every scheduled update for ten consecutive days; (b) the Customer's marine coordination system displays the Forecast Data correctly for every Site; (c) the validation report under clause 3.1 shows that the wave height forecasts for the first day meet the accuracy agreed in Annex B; and (d) the training has been delivered.

4.2 The Customer shall confirm Integration Acceptance in writing, or list the criteria that are not met, within five working days after the Supplier's notice. Use of Forecast Data during testing is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee for the first Subscription Year CNY 486,000; subscription fee for the second Subscription Year CNY 486,000; integration support, one-time, CNY 38,000. The total fees for the Subscription Term are CNY 1,010,000, including PRC value-added tax.

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after receipt of a valid invoice.

5.3 The integration support fee is invoiced after Integration Acceptance and is payable within thirty days after receipt of a valid invoice.

5.4 Additional Sites may be added at CNY 52,000 per Site per Subscription Year, pro rata for a part year.

6. SERVICE AND SUPPORT

6.1 The Supplier will use commercially reasonable efforts to make the API available at all times and to deliver each forecast update promptly.

6.2 The Customer may report problems by email or through the Supplier's support portal. The Supplier will respond to support requests within a reasonable time and keep the Customer informed of progress.

6.3 The Supplier will announce planned maintenance of the API on its status page in advance and will try to schedule it outside the Customer's main planning hours.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to the Customer. The Supplier shall use Customer Inputs only to provide the Forecast Data and support to the Customer under this Agreement and shall not use them for any other purpose or disclose them to any third party.

7.2 The Supplier shall protect Customer Inputs with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff who need it, logging of access, and deletion of Customer Inputs within thirty days after the end of the Subscription Term.

7.3 Vessel positions and site coordinates shall be processed only on servers located in mainland China.

7.4 The Supplier shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to, disclosure of or loss of Customer Inputs, take immediate steps to contain it, and compensate the Customer for the losses caused by its breach of this clause 7.

8. INTELLECTUAL PROPERTY

8.1 The Supplier retains all rights in its models, the Forecast Data and the API.

8.2 The Customer's software, interfaces, reports, dashboards, operability analyses and other works created by or for the Customer using the Forecast Data under this Agreement, including the data mapping prepared by the Supplier under clause 3.1, belong to the Customer. The Customer may use, modify and license them freely, also after the Subscription Term, provided that raw Forecast Data is not extracted from them for resale.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the terms of this Agreement, and shall use it only for this Agreement.

9.2 This clause does not apply to information that is public, independently developed or lawfully received from a third party, and it continues for three years after the end of this Agreement.

10. WARRANTIES

10.1 The Supplier warrants that it has the right to grant the licence in clause 2, that the Forecast Data is produced with reasonable skill and care using its current models, and that the API conforms to its documentation.

10.2 Forecasts are estimates. The Customer remains responsible for its operational decisions, including decisions on vessel transfers and work at sea.

11. LIABILITY

11.1 The Supplier's total liability under this Agreement is limited to 200% of the total fees for the Subscription Term.

11.2 The limit in clause 11.1 does not apply to breach of clauses 7 or 9, wilful misconduct or infringement of third-party rights.

12. SUBCONTRACTING

12.1 The Supplier shall not subcontract the hosting or delivery of the API or the processing of Customer Inputs without the Customer's prior written consent, and remains responsible for any approved subcontractor.

13. TERM, RENEWAL AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the Subscription Term.

13.2 The Customer may renew the subscription for one further Subscription Year at the same fees by written notice at least sixty days before the end of the Subscription Term. There is no automatic renewal.

13.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice. If the Customer terminates for the Supplier's breach, the Supplier shall refund the fees paid for the remainder of the Subscription Year.

13.4 On expiry or termination, the Customer may keep and continue to use Forecast Data retrieved before that date for its internal records and analyses.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute not resolved by negotiation within thirty days shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time. The award is final.

15. GENERAL

15.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

15.2 This Agreement, with Annex A (Sites and Data) and Annex B (Validation Method), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

SIGNED for the Customer: ____________________

SIGNED for the Supplier: ____________________

Date: 28 May 2026
"""

# ---------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format, language)
FILES = {
    "h640z01": ("h640z01_seed_market_supervision_platform.pdf", "pdf", "zh", Z01),
    "h640z02": ("h640z02_adhesive_tape_coating_line_retrofit.docx", "docx", "zh", Z02),
    "h640z03": ("h640z03_home_services_dispatch_membership_saas.txt", "txt", "zh", Z03),
    "h640z04": ("h640z04_youth_palace_enrolment_system_om.txt", "txt", "zh", Z04),
    "h640z05": ("h640z05_laver_grading_software_supplier_template.md", "md", "zh", Z05),
    "h640e01": ("h640e01_maintenance_software_licence_brisbane_vendor.pdf", "pdf", "en", E01),
    "h640e02": ("h640e02_driver_rostering_saas_order_form_cairns_vendor.md", "md", "en", E02),
    "h640e03": ("h640e03_kiln_vibration_sensors_monitoring_licence.docx", "docx", "en", E03),
    "h640e04": ("h640e04_textile_managed_infrastructure_services.md", "md", "en", E04),
    "h640e05": ("h640e05_marine_forecast_api_subscription.txt", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# values in TERM_KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only),
# acceptance_deemed_on_delivery, contract_value; then design: category, fee base (goods), forum outside mainland,
# expected rules as designed, risk as designed
DESIGN = {
    "h640z01": dict(terms=[None, 0.5, True, "buyer", True, True, True, 0.08, None, 25, True, True, 24, 9, False,
                           True, False, "PRC", G],
                    extra=[True, True, True, False, 1460000], category="software", fee_base=760000, forum_out=False,
                    rules=[], risk="low"),
    "h640z02": dict(terms=[None, 1, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 18, 8.5, False,
                           True, True, "PRC", G],
                    extra=[True, True, True, False, 1470000], category="hardware", fee_base=1284000, forum_out=False,
                    rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], risk="medium"),
    "h640z03": dict(terms=[99.5, 0.5, True, "buyer", True, True, True, 0.07, None, None, True, None, None, None, True,
                           True, False, "PRC", S],
                    extra=[True, True, None, False, 880000], category="cloud", fee_base=None, forum_out=False,
                    rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], risk="medium"),
    "h640z04": dict(terms=[None, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                           False, False, "PRC", S],
                    extra=[True, True, None, False, 268000], category="services", fee_base=None, forum_out=False,
                    rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"], risk="medium"),
    "h640z05": dict(terms=[None, 8, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, 28, False,
                           True, None, None, G],
                    extra=[True, True, True, True, 950000], category="software", fee_base=680000, forum_out=False,
                    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW",
                           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                           "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], risk="high"),
    "h640e01": dict(terms=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False,
                           True, False, "Queensland", G],
                    extra=[True, True, True, False, 1590000], category="software", fee_base=1180000, forum_out=True,
                    rules=["CR-GOVERNING-LAW"], risk="low"),
    "h640e02": dict(terms=[99.98, 0.5, True, "buyer", False, True, True, 600 / 850000 * 100, 6 / 24 * 100, None, True,
                           None, None, None, False, True, True, "PRC", S],
                    extra=[True, True, None, False, 850000], category="cloud", fee_base=None, forum_out=False,
                    rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], risk="high"),
    "h640e03": dict(terms=[None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7.5, False,
                           True, False, "PRC", G],
                    extra=[True, True, True, False, 1250000], category="hardware", fee_base=1102000, forum_out=False,
                    rules=[], risk="low"),
    "h640e04": dict(terms=[99.98, 0.25, False, "buyer", True, True, True, 500 / 3180000 * 100, 150, None, True, None,
                           None, None, False, True, False, "PRC", S],
                    extra=[True, True, None, False, 3180000], category="services", fee_base=None, forum_out=False,
                    rules=["CR-LD-LOW", "CR-SLA-NO-REMEDY"], risk="medium"),
    "h640e05": dict(terms=[None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                           True, False, "PRC", S],
                    extra=[False, False, None, False, 1010000], category="cloud", fee_base=None, forum_out=False,
                    rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high"),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds (defaults of the shipped pack, as policy.md §3/§4 states them)
AVAIL, P1, LD, CAP, PREPAY, WARRANTY, PWFEE, TCO_SHARE, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(t, x, fee_base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return post / (x["contract_value"] + post) * 100


def derive(t, x, d):
    """My reading of policy §3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < WARRANTY):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > PWFEE):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, d["fee_base"]) if goods else None
    if share is not None and share > TCO_SHARE:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    name, fmt, lang, _ = FILES[key]
    d = DESIGN[key]
    terms = dict(zip(TERM_KEYS, d["terms"]))
    sla, ld_stated, capped, deemed, value = d["extra"]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules, share = derive(terms, extra, d)
    assert rules == sorted(d["rules"]), (key, rules, d["rules"])
    assert risk_of(rules) == d["risk"], (key, risk_of(rules), d["risk"])
    if share is not None:
        assert abs(share - TCO_SHARE) >= 2, (key, share)
    # no label value on a threshold
    for k, thr in (("availability_pct", AVAIL), ("p1_response_hours", P1), ("ld_rate_per_day_pct", LD),
                   ("liability_cap_pct", CAP), ("prepayment_pct", PREPAY), ("warranty_months", WARRANTY),
                   ("post_warranty_fee_pct", PWFEE)):
        v = terms[k]
        assert v is None or abs(v - thr) > 1e-9, (key, k, v)
    lab = {"file": name, "language": lang, "category": d["category"], "expected_terms": terms,
           "expected_extra": extra, "expected_rules": rules}
    return lab, share


# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"99\.9(?!\d)",                                                    # availability
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|个?小时)", r"(?<![A-Za-z-])four[\s-]*hours?", r"(?<![十百])四个?小时",
    r"(?<![\d.])0?\.05(?!\d)" + PCT, r"万分之五", r"千分之零点五",         # LD rate
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百", r"(?<![A-Za-z])(?:one\s+)?hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![A-Za-z-])thirty" + PCT,
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"(?<![A-Za-z-])fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![A-Za-z-])forty" + PCT,
    r"(?<![\d.])12[\s-]*(?:months?|个月|mos?\b)", r"(?<![A-Za-z-])twelve[\s-]*months?", r"(?<![十百])十二个月",
    r"(?<![\d.])5[\s-]*(?:years?|个?年(?![\d月]))", r"(?<![A-Za-z-])five[\s-]*years?", r"(?<![十百〇零])五年",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "within four hours", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "15%", "百分之十五", "40%", "forty percent",
            "12 months", "12-month", "twelve months", "十二个月", "12个月", "5 years", "five years", "五年",
            "fifteen per cent", "5年"]
MUST_MISS = ["99.98%", "24 hours", "24小时", "二十四小时", "twenty-four hours", "14 hours", "0.5%", "0.055%",
             "130%", "115%", "1.15%", "140%", "2026年12月", "12 May", "24 months", "十二天", "三十日", "35%",
             "2025年", "25%", "150%", "5%", "45%", "twenty-five years", "2026年5月12日", "Section 12 Liability"]


def scan_self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(form)]
    return hits


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    scan_self_test()
    sources = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, lang, src) in FILES.items():
        lab, share = label(k)
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        hits = scan(text)
        assert not hits, (name, hits)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                      encoding="utf-8")
        print("%-60s %5d %s %s %s" % (name, n, "tco=%.1f%%" % share if share is not None else "-",
                                       risk_of(lab["expected_rules"]), ",".join(lab["expected_rules"]) or "(none)"))
    missing = set(SEVERITY) - covered
    assert not missing, missing
    # the mix
    n_rules = {k: len(DESIGN[k]["rules"]) for k in DESIGN}
    assert sorted(k for k, v in n_rules.items() if v == 0) == ["h640e03", "h640z01"]
    assert DESIGN["h640e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= n_rules["h640z05"] <= 10
    assert sum(1 for k, v in n_rules.items() if 2 <= v <= 3) == 6
    print("all checks passed; rules covered:", len(covered))
