"""holdout964: builds the ten draft contracts from the sources below, writes their .json labels and asserts the checks
(sums, lengths as read back, no value on a threshold, rules derived from the labels = design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:育儿补贴申领发放平台采购及定制开发合同
P:合同编号：WJW-ZFCG-2027-018
P:甲方（采购人）：海陵市卫生健康委员会
P:乙方（供应商）：苏州衡川数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及海陵市育儿补贴申领发放平台采购项目（公开招标）的招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同。本合同为甲方提供的格式文本，双方已逐条确认。
H:第一条 项目内容
P:1.1 乙方向甲方提供育儿补贴申领发放平台软件许可一套（含申领端、审核端、发放端及统计分析模块，许可期限为永久），并按甲方需求完成定制开发、数据对接、部署实施和培训。
P:1.2 定制开发内容包括：线上申领与材料预审、多级审核流程、补贴资格自动比对、发放批次管理、资金拨付对账、政策调整参数配置以及面向群众的进度查询。
P:1.3 数据对接内容包括：与公安人口库、民政婚姻登记、医院出生医学证明系统及代发银行的接口，由乙方在甲方指定的政务云环境内完成。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾壹万陆仟元整（¥1,916,000），其中：平台软件许可费¥980,000；定制开发费¥640,000；数据对接费¥210,000；部署实施及培训费¥86,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、对接、差旅、税费及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按照财政国库集中支付程序付款，因财政审批产生的合理时间不视为甲方逾期。
P:3.5 乙方收款账户以本合同首页载明的账户为准，乙方变更账户的，应提前以加盖公章的书面函件通知甲方，否则由此产生的后果由乙方自行承担。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成开发、对接与部署，并提交初步验收申请。
P:4.2 乙方应按甲方批准的实施计划每两周提交进度报告；关键里程碑延误的，乙方应书面说明原因并提出补救措施。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具备三年以上政务信息化项目管理经验，实施期间驻场办公；更换项目经理须事先征得甲方同意。
P:4.4 乙方应为甲方各区县卫健部门审核人员、财政和银行对接人员分批开展操作培训，培训不少于六场，并提供操作手册、视频教程和常见问题解答。培训效果由甲方组织考核，考核不合格的，乙方应免费重新组织培训。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与公安、民政、医院和代发银行的接口连续七日调用无差错；在二千并发用户下申领页面响应时间不超过两秒；第三方机构出具的安全测评报告无高危漏洞。
P:5.2 初步验收后平台试运行六十日，试运行期间未发生一级故障、发放对账差错率为零的，乙方可申请最终验收。最终验收由甲方组织专家按本条标准和招标文件技术要求进行，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策参数调整及远程技术支持。
P:6.2 质保期满后，如甲方需要，乙方应提供年度维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥78,400），且自质保期满起三年内不得上调。维护服务合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划内维护应提前三个工作日通知甲方并安排在夜间进行）。
P:7.2 故障分级响应：一级故障（申领或发放功能中断）乙方应在30分钟内响应，2小时内到达现场或远程接入处理，8小时内恢复；二级故障2小时内响应，次日内解决；三级故障在下一版本中解决。
P:7.3 乙方未达到本条约定的，每超过响应时限一小时，甲方可扣减维护服务费或质量保证金人民币一千元；月度可用率每低于约定值0.01个百分点，扣减人民币二千元。
H:第八条 知识产权
P:8.1 乙方保证其提供的平台软件不侵犯任何第三方的知识产权。因侵权引起的纠纷由乙方负责处理并承担全部责任。
P:8.2 为本项目定制开发的程序、接口、数据库设计及全部源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时一并移交。平台软件原有知识产权仍归乙方，乙方授予甲方永久使用许可。
H:第九条 数据安全
P:9.1 平台中的申领人信息、补贴发放数据及业务日志均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制至政务云以外的环境。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
P:9.4 合同终止或维护服务结束时，乙方应将其掌握的全部数据、配置和文档移交甲方，并删除其留存的任何副本，出具书面删除确认。
H:第十条 保密
P:乙方对履行本合同过程中知悉的甲方工作秘密、系统架构、账号口令及申领人个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合合同约定且经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项，并赔偿甲方因此遭受的损失。
H:第十二条 分包
P:本项目不允许分包，乙方不得将本合同的全部或部分义务转让或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 乙方逾期超过六十日的，甲方有权解除本合同。
P:13.3 合同解除后，乙方应在十五日内移交已完成的开发成果、源代码和文档，并配合甲方完成平台迁移，已付款项按实际验收的成果据实结算。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可根据不可抗力的影响部分或全部免除责任。不可抗力消除后，双方应继续履行本合同。
H:第十六条 其他
P:16.1 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等法律效力。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：海陵市卫生健康委员会    乙方（盖章）：苏州衡川数字科技有限公司
P:签订日期：2027年3月8日
"""

SRC["z02"] = """T:产线控制系统改造合同
P:合同编号：MRY-SB-2027-0412
P:甲方：苏州澜姿美容仪器制造有限公司
P:乙方：无锡启衡自动化工程有限公司
P:甲方拟对其吴中工厂三条射频美容仪组装及检测产线的控制系统进行改造，乙方具备相应的设备供货、软件开发和系统集成能力。双方经友好协商，就改造项目达成如下条款，以资共同遵守。
H:第一条 项目范围
P:1.1 乙方负责三条产线控制系统的设计、设备供货、软件许可、安装调试、定制开发和培训，使产线实现工位联锁控制、视觉检测、配方下发和生产数据采集。
P:1.2 改造须在甲方指定的停线窗口内分线实施，每条产线停线时间不得超过十个自然日，不得影响其余产线的正常生产。
P:1.3 乙方提供的设备应为全新、未使用过的原厂正品，符合国家标准及甲方技术规格书的要求，并随货提供合格证、说明书和电气图纸。
P:1.4 项目完成后，乙方应向甲方移交竣工图纸、设备清单、参数备份、程序备份和维护手册各两套（纸质及电子版）。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰捌拾万元整（¥1,800,000），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含变频及安全模块）|6套|118,000|708,000
TB:2|工业触摸屏HMI|12台|9,500|114,000
TB:3|视觉检测单元（相机、光源、工控机）|4套|86,000|344,000
TB:4|产线数据采集及配方管理软件许可（永久）|1套|268,000|268,000
TB:|硬件及软件小计|||1,434,000
TB:5|安装调试及联机试车|1项|156,000|156,000
TB:6|定制开发（配方管理、质量追溯报表）|1项|188,000|188,000
TB:7|操作及维护培训|1项|22,000|22,000
TB:|合计|||1,800,000
P:2.2 上述价格含税、运输、保险、安装及质保期内的服务费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的50%。到货签收和安装完毕仅为数量及外观确认，不视为质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后无息支付。
H:第四条 交付与实施
P:4.1 乙方应于合同生效后六十日内将全部设备运抵甲方工厂，并于到货后四十五日内完成三条产线的安装调试。
P:4.2 乙方应在进场前提交详细的改造方案、停线计划、回退预案和施工人员名单，经甲方生产、设备和安全部门会签确认后方可实施。每条产线改造完成后，乙方应配合甲方进行试生产，试生产期间乙方技术人员须全程驻场。
P:4.3 乙方进场施工应遵守甲方的安全生产、洁净车间和静电防护管理规定，因乙方人员违规造成的损失由乙方承担。
H:第五条 验收
P:5.1 验收标准：各工位联锁动作符合技术规格书；视觉检测单元对甲方提供的五百件不良品样本全部检出，对一千件良品样本的误判不超过两件；配方下发至设备的时间不超过三秒；每条产线连续生产七十二小时无控制系统原因停线；生产数据与MES系统对账一致。
P:5.2 三条产线全部调试完成后，乙方书面申请验收，甲方在十个工作日内组织验收并出具验收报告。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 设备投入生产使用不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并提供软件缺陷修复和版本升级。
P:6.2 质保期内乙方应在甲方工厂存放常用备件，包括PLC模块、触摸屏、工业相机和光源各不少于两件，备件清单作为附件。备件使用后乙方应在五个工作日内补足。
P:6.3 质保期满后，乙方提供年度维保服务，维保费按硬件及软件小计的7%每年计取（即每年¥100,380），该费率在质保期满后三年内固定不变。维保内容包括季度巡检、备件更换、软件升级和远程支持。
H:第七条 服务响应
P:7.1 故障分级：一级故障指任一产线整线停机；二级故障指单个工位或视觉检测单元失效；三级故障指不影响生产的一般问题。
P:7.2 一级故障乙方应在1小时内响应，3小时内到达现场，6小时内恢复生产；二级故障2小时内响应，当日恢复；三级故障在三个工作日内解决。
P:7.3 乙方应提供服务热线和故障工单系统，甲方报修以工单记录的时间为准。每季度乙方应向甲方提交服务报告，列明故障次数、处理时长及改进措施。
P:7.4 乙方超过响应或恢复时限的，每超过一小时扣减维保费或质量保证金人民币八百元。
H:第八条 知识产权
P:8.1 为本项目定制开发的配方管理程序、追溯报表、PLC及HMI程序源文件的知识产权归甲方所有，乙方应在验收时移交完整源文件和说明文档，甲方可自行修改或委托第三方修改。
P:8.2 数据采集软件的原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.3 乙方保证所供设备和软件不侵犯第三方的专利权、著作权或其他权利；因此引起的索赔由乙方处理并承担全部费用和赔偿责任。
H:第九条 数据安全
P:9.1 产线采集的生产数据、工艺配方和质检图像属于甲方所有，乙方仅为履行本合同使用，不得向任何第三方提供。
P:9.2 乙方远程接入甲方网络须经甲方逐次审批，通过甲方指定的VPN及工控防火墙进行，并留存操作日志。乙方不得在控制系统中预留后门或远程控制程序。
P:9.3 因乙方原因导致甲方数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施并赔偿甲方全部损失。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方提供的设备或软件不符合约定的，甲方有权要求更换或退货，并由乙方赔偿甲方停产损失。
P:10.3 因乙方施工原因造成甲方产线停产、设备损坏或人员伤害的，乙方应承担修复费用并赔偿甲方的直接损失。乙方应为其进场人员办理工伤保险及意外伤害保险。
H:第十一条 分包
P:乙方可将电气布线、线槽安装等现场施工工作分包给具备相应资质的第三方，但应提前三个工作日书面通知甲方分包单位名称及人员名单。乙方对分包部分的质量和安全承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，或逾期超过二十日仍未完成交付的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。合同解除后，乙方应配合甲方恢复产线原控制系统或移交已完成部分的全部程序和资料，保证甲方生产不受影响，已完成且经甲方确认的部分据实结算。
H:第十三条 不可抗力
P:因地震、火灾、疫情等不可抗力导致不能按期履行的，受影响方应及时书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术规格书、备件清单和经会签的改造方案为本合同附件，与本合同具有同等效力。本合同的任何变更须经双方书面确认。
P:甲方（盖章）：              乙方（盖章）：
"""

SRC["z03"] = """预约及会员管理SaaS服务合同

合同编号：GWQ-IT-2027-006
甲方：上海锐棍体育文化发展有限公司（“锐棍棍网球”）
乙方：杭州约课云信息技术有限公司

甲方在全国经营40家棍网球青少年培训门店，拟采用乙方的预约排课及会员管理SaaS服务替代现有系统。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方40家门店及总部提供“约课云”预约排课、会员管理、课包售卖、教练排班、场地管理、线上支付对账及经营分析功能，以SaaS方式在乙方云平台上提供，甲方无需采购服务器。
（二）乙方负责一次性实施服务，包括：
1. 将甲方现有系统中的会员档案、剩余课时、储值余额和历史消费记录迁移至新系统；
2. 按甲方课程体系完成课包、价格、门店、教练和场地的配置；
3. 对接甲方微信小程序及收单银行；
4. 为门店店长、教练和前台开展培训，培训采用线上直播与区域集中授课相结合的方式，并提供操作视频和手册；
5. 上线初期安排实施顾问驻场支持两周，协助门店完成新旧系统切换。
（三）服务期为两个服务年度：第一服务年度自系统上线验收合格之日起算，第二服务年度紧随其后。

二、服务费用
（一）合同总价为人民币陆拾肆万元整（¥640,000），其中：
1. 年度订阅费：每家门店每服务年度¥6,800，40家门店每服务年度¥272,000，两个服务年度合计¥544,000；
2. 一次性实施费：¥96,000。
（二）服务期内甲方新增门店的，按每家门店每服务年度¥6,800计费，按剩余月数折算；关闭门店的，自次季度起相应减少订阅费。
（三）服务期内订阅单价不作调整。
（四）上述费用已包含税费、云资源、短信通知（每月每店五百条以内）、版本升级及本合同约定的全部服务，乙方不得另行收取其他费用。

三、付款方式
（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
（二）年度订阅费按季度支付，甲方在每个季度结束后十个工作日内支付该季度的订阅费。
（三）乙方应在付款前开具合法有效的增值税专用发票。

四、上线验收
（一）乙方应在合同签订后五十日内完成实施并提交上线验收申请。
（二）验收标准：
1. 会员档案、剩余课时和储值余额迁移后与原系统逐条核对一致；
2. 合同附件所列功能全部可用，经甲方在三家试点门店连续试用十日未发现一级、二级问题；
3. 小程序预约、支付及退款流程在三百人同时在线时页面响应不超过两秒；
4. 每日支付对账结果与收单银行流水一致。
（三）甲方在收到申请后五个工作日内组织验收并出具书面意见。系统上线使用不视为验收合格。验收不合格的，乙方应在七日内整改完毕并重新提交验收申请，由此延误的时间计入乙方的逾期。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日零点至六点之间并提前两日通知甲方，计划内维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约、签到或收款）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，当日解决；
3. 三级故障（一般问题或咨询）：下一个工作日内答复。
（三）服务抵扣：月度可用率低于约定值的，按未达标幅度抵扣当月订阅费的5%至20%；一级故障超过恢复时限的，每超过一小时抵扣当月订阅费的2%。抵扣在下一季度账单中扣除。
（四）乙方应每月五日前向甲方提供上月的可用率统计、故障清单和处理记录，甲方对统计有异议的，双方以平台监控日志为准共同核对。

六、数据与数据安全
（一）甲方及其会员在系统中产生的会员信息、课时记录、交易数据等业务数据归甲方所有。
（二）乙方有权在服务期内及服务期满后，将甲方业务数据经去标识化处理后汇总，用于乙方产品改进、行业经营分析报告及向其他客户提供行业对标服务。
（三）乙方应采取加密存储、传输加密、权限分级和操作审计等安全措施，保障数据安全，并确保平台通过网络安全等级保护三级测评。
（四）涉及未成年学员个人信息的，乙方应按《个人信息保护法》及未成年人个人信息保护的规定处理，仅限于提供本合同服务所必需的范围。
（五）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合处置，并赔偿因其原因给甲方造成的全部损失。
（六）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式导出全部业务数据交付甲方，并在甲方确认后删除平台上的甲方数据。

七、双方其他义务
（一）甲方应指定总部项目联系人，及时提供现有系统的数据导出文件、课程体系和价格资料，并组织门店人员参加培训。
（二）乙方应指定专属客户成功经理，负责甲方日常需求对接；每季度向甲方提交服务报告，列明可用率、故障处理情况及产品更新计划。
（三）乙方对平台进行重大版本升级的，应提前十日通知甲方，并保证升级不影响甲方已配置的课包、会员权益和历史数据。
（四）乙方应为甲方提供门店营业时间内的在线客服支持，寒暑假集训期间应增派支持人员。

八、保密
双方对在合作过程中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

九、知识产权
（一）约课云平台及其升级版本的知识产权归乙方所有。
（二）乙方为甲方定制的课程配置、报表模板和小程序页面的知识产权归甲方，甲方可自由使用、修改并委托他人修改。

十、违约责任
（一）乙方逾期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方原因导致甲方会员课时、储值余额数据错误的，乙方应负责核对更正，并赔偿甲方因此向会员退赔的费用。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。

十一、分包
乙方不得将本合同项下的服务分包给第三方；确需将短信通道等辅助服务交由第三方提供的，应事先取得甲方书面同意。

十二、合同期限与解除
（一）服务期满本合同终止，不自动续期；甲方需续约的，双方另行协商签订新合同。
（二）一方严重违约，经对方书面通知后十五日内仍未纠正的，守约方有权解除本合同。
（三）月度可用率连续两个月低于约定值的，甲方有权解除本合同而不承担任何责任。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交上海仲裁委员会仲裁。

十四、不可抗力
因自然灾害、公共卫生事件、基础电信运营商大面积故障等不可抗力导致服务中断的，受影响方应及时通知对方，并在不可抗力消除后尽快恢复服务；不可抗力期间的不可用时间不计入可用率计算，但乙方应尽力减少对甲方门店运营的影响。

十五、通知
本合同项下的通知以书面形式发送至合同首页载明的地址或双方项目联系人的电子邮箱，电子邮件发出后即视为送达。一方变更联系方式的，应在三日内通知对方。

十六、其他
本合同未尽事宜由双方另行协商并签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。功能清单及服务水平说明为本合同附件。

甲方（盖章）：                  乙方（盖章）：
日期：2027年4月
"""

SRC["z04"] = """低空风切变预警系统年度运行维护服务合同

项目名称：低空风切变预警系统2027年度运行维护服务（竞争性磋商）
采购人（甲方）：海陵市气象局
成交供应商（乙方）：南京云澈气象技术有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就低空风切变预警系统年度运行维护服务订立本合同。

第一条 服务对象与范围
（一）服务对象为甲方在海陵机场周边及城区布设的低空风切变预警系统，包括激光测风雷达两部、多普勒天气雷达数据接入单元、自动气象站十八套、数据处理服务器、预警发布软件及配套网络与供电设备。
（二）服务内容包括：
1. 设备日常巡检、季度维护和年度全面检修；
2. 故障诊断、维修和备件更换（单件价格在一万元以下的备件由乙方承担）；
3. 预警算法参数的季节性校准及软件缺陷修复；
4. 系统运行监控、数据完整性检查和月度运行分析报告；
5. 重大天气过程及重要保障期间的现场值守。
（三）乙方应派驻两名具备气象仪器或雷达维护经验的工程师常驻甲方，另设一名技术负责人统筹服务，技术负责人应具备高级工程师职称及五年以上同类系统运维经验，每月至少到场一次检查服务质量。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。
服务期内甲方新增自动气象站或其他设备的，乙方应一并纳入维护范围，新增服务费由双方参照本合同单价书面确定。

第三条 服务费用及支付
（一）服务费总额为人民币伍拾捌万陆仟元整（¥586,000），包括人工费、差旅费、常规备件费、工具仪表费和税费。
（二）服务费按季度支付：每季度结束后，甲方根据季度考核结果，在十五个工作日内支付当季服务费¥146,500，并扣减第七条所列的服务费扣减金额。
（三）本合同不设预付款。

第四条 服务标准
（一）系统年度可用率不低于99.95%。计划内维护须提前三日报甲方批准，经批准的计划内维护时间不计入不可用时间。
（二）预警产品按规定时间频次生成并发布，数据到报率达到磋商文件的要求。
（三）每月五日前提交上月运行维护报告，每季度提交设备健康评估报告。

第五条 故障分级与响应
（一）一级故障：预警系统整体中断、预警产品无法生成或发布。
（二）二级故障：单部雷达或三套以上自动站失效，预警能力下降。
（三）三级故障：单个设备或功能的一般故障，不影响预警发布。
（四）响应时限：一级故障乙方应在6小时内响应并到达现场，12小时内恢复系统运行；二级故障8小时内响应，24小时内修复；三级故障在三个工作日内修复。
（五）乙方应提供每日全天候值班电话，故障响应时间自甲方电话或工单通知之时起算。

第六条 人员、备件与应急保障
（一）驻场工程师须经甲方面试确认，服务期内不得随意更换；确需更换的，应提前十五日书面申请并经甲方同意，接替人员的资质不得低于原人员。
（二）乙方应在甲方现场储备激光雷达关键部件、自动站传感器和服务器硬盘等常用备件，备件清单每季度更新并报甲方备案。备件更换后，旧件交甲方处理。
（三）汛期、台风季及重大活动保障期间，乙方应按甲方通知增派技术人员现场值守，并制定专项保障方案；值守期间发生故障的，乙方技术负责人应到场指挥处置。
（四）乙方应每半年配合甲方开展一次系统应急演练，并根据演练结果修订应急预案。

第七条 服务考核与服务费扣减
（一）甲方每季度按考核细则对乙方进行考核，考核内容包括可用率、响应及修复时限、巡检完成率、报告质量及人员在岗情况。
（二）系统季度可用率每低于约定值0.01个百分点，扣减当季服务费人民币一千元。
（三）一级故障超过恢复时限的，每超过一小时扣减当季服务费人民币一千五百元；二级故障超过修复时限的，每超过一小时扣减人民币五百元。
（四）驻场人员无故缺岗的，每发生一次扣减人民币八百元。
（五）季度扣减总额以当季服务费为限。

第八条 年度验收
（一）服务期满后十五日内，乙方提交年度服务总结，甲方组织年度验收。
（二）验收标准：年度可用率及到报率达到第四条要求；全部巡检和维护记录完整；系统设备完好率达到磋商文件要求；全年未发生因乙方原因导致的预警漏报。
（三）年度验收结果作为第四季度服务费支付和供应商履约评价的依据。
（四）年度验收不合格的，乙方应在二十日内完成整改并申请复验；复验仍不合格的，甲方可暂缓支付第四季度服务费，并将乙方履约情况报送同级财政部门，作为其今后参与政府采购的不良履约记录。

第九条 数据与数据安全
（一）系统产生的观测数据、预警产品、运行日志均属于甲方所有，乙方不得用于本合同以外的任何用途，不得对外提供或发布。
（二）乙方应遵守气象数据管理和网络安全等级保护的规定，远程维护须经甲方审批并通过甲方专用通道进行，不得私自接入外部网络。
（三）发生数据泄露、丢失或系统被入侵的，乙方应在1小时内报告甲方并协助处置；因乙方原因导致数据安全事件的，乙方承担相应法律责任并赔偿甲方损失。

第十条 保密
乙方及其派驻人员对履约过程中知悉的气象数据、系统配置、机场运行信息及甲方工作秘密负有保密义务，并与甲方签订保密承诺书。保密义务在合同终止后继续有效。

第十一条 知识产权
乙方在服务期间为甲方编写的维护脚本、校准记录、运行分析报告及技术文档归甲方所有。

第十二条 双方责任
（一）甲方应为驻场人员提供必要的办公条件和机房出入便利，及时提供系统原有技术资料。
（二）乙方未按本合同提供服务、给甲方造成损失的，应赔偿甲方的实际损失。
（三）乙方人员在服务过程中造成第三方人身或财产损害的，由乙方承担责任。
（四）乙方应为派驻人员缴纳社会保险并办理意外伤害保险，派驻人员进入机场控制区的，应遵守机场安全管理规定，由此产生的证件办理费用由乙方承担。

第十三条 转包与分包
乙方不得转包本合同，也不得将本合同项下的服务分包给他人。

第十四条 合同解除
乙方连续两个季度考核不合格，或发生因乙方原因导致的重大预警漏报，或存在其他严重违约行为的，甲方有权书面通知解除本合同，并按实际服务期限结算服务费。

第十五条 服务交接
服务期满或合同解除时，乙方应在十日内向甲方或甲方指定的后续服务单位移交全部维护记录、备件清单、账号口令、校准参数和技术文档，并提供不少于五个工作日的现场交接配合，交接完成前不得撤离全部驻场人员。

第十六条 不可抗力
因台风、地震、雷击等不可抗力造成设备损坏或服务中断的，乙方应立即采取抢修措施并报告甲方，相应时间不计入考核；不可抗力造成的设备修复费用超出常规备件范围的，由双方另行协商。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。磋商文件、响应文件及考核细则为本合同组成部分。

甲方（盖章）：海陵市气象局            乙方（盖章）：南京云澈气象技术有限公司
签订日期：2026年12月18日
"""

SRC["z05"] = """# 织云工艺流程跟踪软件许可及定制开发合同

**织云软件标准合同文本 ZY-HT-V3.0**

合同编号：ZY-2027-0519

甲方（用户）：苏州素绢堂绢扇工作室有限公司

乙方（供应商）：杭州织云软件有限公司

鉴于甲方需要对绢扇制作的选绢、绷绢、绘制、刺绣、扇骨加工、装配和质检等工序进行跟踪管理，乙方拥有“织云工艺流程跟踪软件”的著作权，双方依据《中华人民共和国民法典》，在平等自愿的基础上签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供织云工艺流程跟踪软件（标准版）的永久使用许可，含PC管理端、工位平板端和手机端。

1.2 乙方根据甲方需求进行定制开发，内容包括：绢扇工艺路线模板、订单与工单二维码跟踪、手工工时与计件工资统计、非遗传承人作品档案以及客户定制订单进度查询页面。

1.3 乙方负责软件安装部署、基础数据初始化和操作培训。

1.4 本合同不包括服务器、工位平板、扫码枪、操作系统及数据库软件，上述设备和软件由甲方自行采购并承担费用，乙方可提供配置建议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织云工艺流程跟踪软件许可（标准版，二十个用户） | 268,000 |
| 2 | 定制开发 | 72,000 |
| 3 | 安装部署、数据初始化及培训 | 18,000 |
| | 合计 | 358,000 |

合同总价为人民币叁拾伍万捌仟元整（¥358,000）。甲方增加用户数的，按乙方当期报价另行签订合同。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥196,900。

3.2 软件上线运行后五个工作日内，甲方支付合同总价的45%，即¥161,100。

3.3 乙方收到款项后开具增值税普通发票。甲方逾期付款的，乙方有权暂停服务，由此造成的延误由甲方负责。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十日内完成定制开发，并在甲方现场安装部署。

4.2 甲方应提供符合乙方要求的服务器、网络及工位平板，并指定专人配合需求调研和数据整理。因甲方原因导致延误的，交付时间相应顺延。

4.3 乙方为甲方管理人员和工位操作人员提供一次集中培训，培训时长不超过两天，培训后甲方应安排专人负责日常操作。甲方要求增加培训的，按乙方人天单价另行收费。

4.4 甲方应在乙方提交需求说明书后五个工作日内确认；逾期未确认的，视为甲方已确认。需求确认后甲方再提出变更的，乙方有权调整交付时间并另行收取费用。

4.5 软件安装完成并开通使用账号，即为上线。

## 第五条 验收

5.1 软件上线运行即视为甲方验收合格。

5.2 甲方在上线后发现问题的，可通过乙方客服系统提交，乙方按第七条处理。

## 第六条 免费维护与维护服务

6.1 乙方自软件上线之日起提供六个月的免费维护服务，包括缺陷修复、远程技术支持和标准版本升级。

6.2 免费维护期满后，甲方如需继续获得维护服务，应按每年软件许可费的24%（即每年¥64,320）向乙方支付年度维护费，在每个维护年度开始前支付。

6.3 未购买维护服务的，乙方不再提供缺陷修复、升级及技术支持，软件可继续使用。

6.4 维护费在维护年度开始前一次性支付，甲方中途停止维护服务的，已付维护费不予退还。维护期间乙方提供的升级仅限标准版本，甲方定制功能在升级后的适配工作按人天另行收费。

6.5 因甲方自行修改数据库、擅自安装其他软件或操作不当造成的故障，不属于免费维护范围，乙方可按人天另行收费。

## 第七条 技术支持

7.1 乙方提供工作日9:00—18:00的电话及远程支持。

7.2 一级故障（软件无法登录或工序无法扫码报工）乙方在2小时内响应；二级故障（部分功能异常）在8小时内响应；三级故障（操作咨询、界面问题）在两个工作日内答复。

7.3 需要现场服务的，乙方在收到甲方书面请求后安排工程师前往，差旅费用由甲方承担。

7.4 乙方将尽力在合理时间内解决故障，但不保证软件不间断运行或没有任何错误。

## 第八条 知识产权

8.1 软件及其文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的工艺路线模板、功能模块、报表及源代码等全部成果，其知识产权归乙方所有，甲方在合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

8.3 乙方有权将定制开发中形成的通用功能纳入其标准产品，并向其他客户提供。

8.4 乙方保证其提供的标准软件不侵犯第三方的合法权利。因甲方提供的资料、纹样或要求导致侵权的，由甲方自行负责。

## 第九条 数据安全

9.1 甲方在软件中录入的订单、工艺、工时、客户及作品档案等数据归甲方所有，乙方仅在提供安装、维护和技术支持时使用，不得用于其他目的。

9.2 乙方远程维护须事先取得甲方同意，并使用甲方分配的临时账号，维护结束后由甲方关闭账号。乙方应采取必要的技术措施防止甲方数据泄露、丢失和被篡改。

9.3 甲方应自行做好数据的日常备份，乙方在部署时为甲方配置自动备份任务并进行一次恢复演示。

9.4 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复数据，并承担相应赔偿责任。

## 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密和技术信息承担保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。甲方的工艺技法、纹样设计和客户资料属于甲方商业秘密。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下的累计赔偿责任，无论基于何种原因，均不超过合同总价的50%。乙方不承担甲方的间接损失、利润损失和数据恢复以外的损失。

## 第十二条 合同解除

一方严重违反本合同，经对方书面通知后二十日内仍未改正的，对方有权解除本合同，并要求违约方赔偿损失。软件已上线的，合同解除后甲方已支付的软件许可费不予退还，甲方可继续使用已交付的标准软件。

## 第十三条 不可抗力

因不可抗力、网络运营商故障、病毒攻击等非乙方所能控制的原因导致软件无法正常使用的，乙方不承担责任。受影响方应及时通知对方，并在影响消除后尽快恢复履行。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 通知

双方在本合同首页载明的地址、电话和电子邮箱为有效送达地址。乙方通过电子邮件或客服系统发送的版本更新、维护通知，自发送之日起视为送达甲方。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 乙方的报价单、功能清单及《织云软件服务说明》为本合同附件。附件与正文不一致的，以正文为准。

甲方（盖章）：苏州素绢堂绢扇工作室有限公司　　乙方（盖章）：杭州织云软件有限公司

日期：______年____月____日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. WRS-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Haiyue Packaging Machinery Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Beilun District, Ningbo (the "Customer"), and Wabash Reliability Software, Inc., an Indiana corporation with its principal office at Main Street, Vincennes, Indiana, United States (the "Vendor").
P:The Customer wishes to replace its spreadsheet-based maintenance planning with an enterprise asset management system for its two plants, and the Vendor licenses such a system and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's WabashEAM asset management software, version 9, including the mobile work-order application, in object code, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, work-order templates, data conversion scripts and configuration developed by the Vendor specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including asset registers, maintenance histories, spare-part records and personal information of the Customer's staff.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 180 named users and 60 mobile devices at the Customer's plants in Ningbo and Taicang, for the Customer's internal business purposes.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence may be transferred to an affiliate of the Customer by written notice to the Vendor.
H:Article 3 Prices
P:3.1 The total Contract Price is CNY 1,860,000, consisting of: Software licence fees CNY 1,320,000; implementation and configuration services CNY 410,000; data migration CNY 96,000; and training CNY 34,000. The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within twenty days after the Effective Date, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the Contract Price within twenty days after go-live of both plants. Go-live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account with a bank in the People's Republic of China named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software, complete configuration, interfaces and data migration and achieve go-live at both plants within 150 days after the Effective Date, following the project plan in Annex 2.
P:5.2 Acceptance criteria: (a) every function listed in the functional specification in Annex 1 works as specified; (b) the interfaces with the Customer's ERP system transfer work orders, spare-part issues and cost postings without error for ten consecutive working days; (c) migrated asset and spare-part records reconcile in full with the source spreadsheets; (d) the mobile application works offline and synchronises within one minute of reconnection; and (e) the Software runs for sixty days after go-live without a Severity 1 fault.
P:5.3 When the criteria are met, the Vendor shall request Final Acceptance in writing. The Customer shall test and either confirm Final Acceptance in writing within ten working days or list the deficiencies, which the Vendor shall correct before requesting acceptance again. Go-live, use of the Software in production or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct any defect free of charge and provide all updates and new versions of the Software.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee is 9% of the Software licence fees, that is CNY 118,800 per year, and shall not increase for the first three years of support. Support is ordered by a purchase order for each year and does not renew automatically.
P:6.3 Support service levels apply during the Warranty Period and any support year. Severity 1 means that the Software is unavailable or work orders cannot be created at either plant; Severity 2 means that a major function fails with no workaround; Severity 3 means any other fault.
P:6.4 The Vendor shall respond to a Severity 1 fault within one (1) hour, to a Severity 2 fault within three hours, and to a Severity 3 fault within two working days, by telephone or remote session through the Customer's support portal, and shall work on a Severity 1 fault continuously until it is resolved or a workaround is in place.
P:6.5 For each hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit the Customer CNY 1,000, and for each working day by which it misses a Severity 2 resolution target of three working days, CNY 800. Credits are deducted from the next payment or refunded.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including to third parties that maintain them for the Customer.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Software is installed on the Customer's servers in the People's Republic of China. The Vendor's staff may access the Customer's systems only through the Customer's bastion host, with multi-factor authentication, after the Customer has approved each session, and all sessions are logged. The Vendor shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when handling Customer Data, shall notify the Customer within six hours of becoming aware of any security incident affecting Customer Data, shall cooperate in remedying it, and shall be liable for all losses caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 This Article 9 survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve go-live at both plants by the date in Article 5.1 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 7.3 and 8, to personal injury, or to wilful misconduct or gross negligence.
P:10.3 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties (the "Effective Date") and continues until the end of the Warranty Period and of any support year ordered under Article 6.2.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after notice, or if the delay under Article 10.1 exceeds sixty days. On such termination the Vendor shall refund the amounts paid for services not accepted, and the licence granted in Article 2 continues for the Software paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Indiana, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 The parties shall first try to settle any dispute by negotiation between their senior managers. A dispute not settled within thirty days shall be submitted to the state or federal courts located in Knox County, Indiana, and each party submits to the jurisdiction of those courts.
H:Article 14 General
P:14.1 Neither party is liable for a failure caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.2 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

SRC["e02"] = """# Order Form and General Terms — SupplyQ Supplier Quality Cloud

**Prairie Ledger Software LLC** · 1200 Reservoir Road, Carbondale, Illinois, USA

Order Form No. PLS-OF-27-0144

## Part A — Order Form

### A1. Parties

- **Provider:** Prairie Ledger Software LLC, an Illinois limited liability company, with its principal office in Carbondale, Illinois.
- **Customer:** Changzhou Jinrui Auto Parts Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Wujin District, Changzhou, Jiangsu Province.

### A2. Service Ordered

SupplyQ Supplier Quality Cloud, Enterprise edition, for the Customer's supplier quality team: supplier audits, incoming inspection records, non-conformance reports (8D), corrective action tracking, PPAP document control and supplier scorecards. Hosted by the Provider in a cloud region located in mainland China (Shanghai), for up to 150 named internal users and up to 400 supplier portal accounts.

### A3. Subscription Term

Twenty-four (24) months, made up of two Subscription Years. The first Subscription Year starts on the Go-Live Date stated in the onboarding plan, which the parties expect to be no later than 70 days after the Order Date. The subscription ends at the end of the second Subscription Year.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding and configuration (one-time) | fixed | 84,000 |
| Subscription, Subscription Year 1 | 150 users, 400 portal accounts | 298,000 |
| Subscription, Subscription Year 2 | 150 users, 400 portal accounts | 298,000 |
| **Total Fees** | | **680,000** |

All amounts include VAT at the applicable rate. Additional named users may be added during the term at CNY 1,850 per user per Subscription Year, prorated by month; such additions are outside the Total Fees.

### A5. Invoicing and Payment

1. On the Order Date the Provider will invoice the one-time onboarding fee and the subscription fee for Subscription Year 1, a total of CNY 382,000, payable within fifteen days after the invoice date and before the onboarding work begins.
2. The subscription fee for Subscription Year 2 will be invoiced on the first day of Subscription Year 2 and is payable within twenty days.
3. The Provider issues VAT special invoices (fapiao) through its affiliate in Shanghai, which receives the payments on the Provider's behalf.

### A6. Special Terms

1. The onboarding deliverables, acceptance criteria and Go-Live Date are set out in the Onboarding Plan attached to this Order Form.
2. The Customer's contact for this Order Form is its Director of Supplier Quality. The Provider's contact is its Asia-Pacific Account Manager.
3. This Order Form is governed by Part B. If Part A and Part B conflict, Part A prevails.

Signed for the Provider: ____________________   Signed for the Customer: ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the cloud service ordered in Part A, including its supplier portal and mobile application.

1.2 "Customer Data" means all data and files submitted to the Service by or for the Customer or its suppliers, including inspection records, audit reports, drawings and personal information of users.

1.3 "Documentation" means the Provider's user guides and release notes for the Service as updated from time to time.

### 2. Provision of the Service

2.1 The Provider will make the Service available to the Customer during the Subscription Term in accordance with the Documentation and will use commercially reasonable efforts to keep it available and to fix reported errors promptly.

2.2 The Provider may carry out maintenance from time to time and will try to do so outside the Customer's business hours in China Standard Time.

2.3 Support is provided by email and through the Provider's online help centre. The Provider will use reasonable efforts to answer support requests in a timely manner but does not commit to any particular response or resolution time.

2.4 The Customer is responsible for the use of the Service by its users and suppliers, will keep log-in credentials secure and will not use the Service to store content that is unlawful in the People's Republic of China.

2.5 The Provider may update the Service during the Subscription Term, provided that an update does not materially reduce the functions ordered in Part A.

### 3. Onboarding and Acceptance

3.1 The Provider will perform the onboarding work in the Onboarding Plan: configuration of inspection plans, 8D workflows and scorecards; import of the Customer's supplier master data and open non-conformance reports; integration of the Service with the Customer's ERP purchase-order data; and two days of administrator training.

3.2 Onboarding is accepted when the Customer confirms in writing that (a) all supplier master data and open reports have been imported and reconcile with the Customer's source files, (b) the ERP interface has transferred purchase orders and receipts without error for five consecutive working days, and (c) the user acceptance test scripts in the Onboarding Plan have been executed without open critical defects. The Customer will confirm or list the defects within five working days after the Provider's notice of completion.

3.3 If the Service is not ready for Go-Live by the Go-Live Date for reasons attributable to the Provider, the Provider will pay the Customer liquidated damages of 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees, and the Subscription Term will start only on the actual Go-Live Date.

### 4. Customer Data

4.1 As between the parties, the Customer owns all Customer Data. The Provider will use Customer Data only to provide the Service and support to the Customer and will not use it for any other purpose, including benchmarking or product analytics.

4.2 The Provider will store Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel on a need-to-know basis, keep access logs for at least six months, maintain a Multi-Level Protection Scheme level 3 filing for the hosting environment and comply with the Personal Information Protection Law and Data Security Law of the People's Republic of China.

4.3 The Provider will notify the Customer without undue delay, and in any case within eight hours, after becoming aware of unauthorised access to or loss of Customer Data, will take the steps necessary to contain it, and is liable for the Customer's losses resulting from its breach of this Section 4.

4.4 At the end of the Subscription Term the Provider will make Customer Data available for export in standard formats for 60 days and will then delete it and confirm the deletion in writing.

### 5. Confidentiality

Each party will keep the other party's confidential information secret, use it only for the purposes of this agreement and not disclose it to third parties except to its personnel and advisers who need to know it and are bound by similar obligations. These obligations continue for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 The Provider owns the Service, the Documentation and all improvements to them.

6.2 Inspection plan templates, workflows, report layouts and scorecard models configured specifically for the Customer during onboarding belong to the Customer, which may use, modify and let third parties use them freely, including outside the Service.

6.3 The Provider will defend the Customer against any third-party claim that the Service infringes an intellectual property right and pay any damages finally awarded.

### 7. Subcontracting

The Provider may not subcontract the hosting or the onboarding work to a third party without the Customer's prior written consent, and remains responsible for any approved subcontractor.

### 8. Liability

8.1 Each party's total liability under this agreement is limited to 150% of the Total Fees.

8.2 The limit does not apply to breach of Section 4 or Section 5, to the indemnity in Section 6.3 or to personal injury.

8.3 Neither party is liable for lost profits or indirect damages.

### 9. Term and Termination

9.1 This agreement runs from the Order Date until the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate this agreement by written notice if the other party commits a material breach that is not remedied within twenty days after written notice. If the Customer terminates for the Provider's breach, the Provider will refund the prepaid fees for the remaining part of the Subscription Term.

### 10. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party is liable for delay caused by events beyond its reasonable control.

11.2 Notices must be in writing and sent to the contacts in Part A.

11.3 Neither party may assign this agreement without the consent of the other party.

11.4 This Order Form, the Onboarding Plan and these General Terms are the entire agreement of the parties on the Service and replace any earlier proposals. Terms on a purchase order of the Customer do not apply.

11.5 This agreement is signed in English and Chinese. Both versions are equally authentic.
"""

SRC["e03"] = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. TSC-EQ-2027-088
P:Buyer: Taian Shanshi Cement Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Taian, Shandong Province (the "Buyer").
P:Supplier: Heartland Vibration Systems, Inc., an Illinois corporation with its principal office in Effingham, Illinois, United States, acting through its representative office in Qingdao (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to install online vibration and temperature monitoring on the kilns, mills, fans and conveyors of its two clinker lines, and the Supplier has offered the equipment, software and services below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in clause 2.1.
P:1.2 "Software" means the Supplier's MachineSense monitoring and diagnostic software, licensed under clause 3.
P:1.3 "System" means the Equipment and the Software installed, configured and connected at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System and train the Buyer's staff. The prices are:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|320|2,150|688,000
TB:2|Industrial wireless gateways|24|13,500|324,000
TB:3|Edge servers with storage|2|86,000|172,000
TB:4|MachineSense monitoring software, perpetual site licence|1|436,000|436,000
TB:|Equipment and Software Subtotal|||1,620,000
TB:5|Installation, cabling and commissioning|1 lot|148,000|148,000
TB:6|Diagnostic model configuration for 160 machines|1 lot|92,000|92,000
TB:7|Training of maintenance and reliability staff|1 lot|20,000|20,000
TB:|Contract Price|||1,880,000
P:2.2 The Contract Price is fixed. It includes delivery to the Buyer's plant, import duties, VAT, insurance, installation materials and all services during the warranty period.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's Taian plant for an unlimited number of users and for all machines connected to the System.
P:3.2 The Buyer may make backup copies and may move the Software to new servers at the same site after notice to the Supplier.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's plant within 75 days after signature of this Contract and complete installation and commissioning within 45 days after delivery.
P:4.2 Installation work shall be coordinated with the Buyer's maintenance shutdowns. The Supplier's staff shall follow the Buyer's safety rules for hot work, work at height and confined spaces.
P:4.3 The Equipment shall be new, of the Supplier's current production, and delivered with certificates of origin and quality, explosion-protection certificates where required, manuals and spare parts lists.
P:4.4 The Supplier shall provide training for up to 24 of the Buyer's maintenance and reliability staff, in Chinese, covering sensor mounting, battery replacement, gateway configuration, use of the Software and interpretation of diagnostic reports. The training shall include at least three days of hands-on work at the Buyer's plant and a written test.
P:4.5 The Supplier shall keep at its Qingdao service centre a stock of spare sensors and gateways sufficient to replace any failed unit within five working days, and shall hand over to the Buyer a set of commissioning records, mounting drawings and network diagrams at the end of commissioning.
H:5. Payment
P:5.1 10% of the Contract Price within fifteen days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:5.2 55% of the Contract Price within twenty days after delivery and installation of all Equipment, confirmed by a delivery certificate signed by both parties. The delivery certificate is not an acceptance of the System.
P:5.3 35% of the Contract Price within twenty days after Final Acceptance.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 45 days.
P:6.2 The acceptance criteria are: (a) all 320 sensors report data to the Software, with no gap longer than one hour for any sensor during the last 20 days of the trial period; (b) vibration readings agree with the Buyer's calibrated portable analyser within plus or minus 5% on twenty sample points; (c) alarms reach the Buyer's central control room within ten seconds of a threshold being crossed; (d) diagnostic models for all 160 machines are configured and reviewed with the Buyer's reliability engineers; and (e) no critical fault attributable to the Supplier occurs in the last 20 days of the trial period.
P:6.3 When the criteria are met, the Buyer shall sign the acceptance certificate within seven working days. If a criterion is not met, the Supplier shall correct the deficiency and the trial period shall be repeated for the affected part. Use of the System during the trial period is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail early, and provide all Software updates.
P:7.2 After the warranty period, the Buyer may order annual support at 8% of the Equipment and Software Subtotal, that is CNY 129,600 per year. This fee is fixed for the first two years after the warranty period and shall be agreed in writing for later years. Support orders do not renew automatically.
H:8. Service Levels
P:8.1 Priority 1 means that the Software or a gateway is down and the monitoring of a clinker line is lost. Priority 2 means that monitoring of individual machines is lost. Priority 3 means any other fault.
P:8.2 The Supplier shall respond to a Priority 1 fault within 30 minutes by remote connection, and restore monitoring within eight hours, if necessary by sending an engineer from its Qingdao service centre. Priority 2 faults shall be answered within two hours and fixed within three working days. Priority 3 faults shall be handled in the next scheduled update.
P:8.3 For each hour by which the Supplier misses a Priority 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, deducted from the next payment or the support fee.
H:9. Delay Damages and Liability
P:9.1 If the Supplier fails to deliver or to complete commissioning by the dates in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:9.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, for which liability is not limited.
H:10. Data and Data Security
P:10.1 All measurement data, alarms, diagnostic results and reports produced by the System belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy them, use them for training its algorithms or disclose them to any third party.
P:10.2 The System shall be installed on the Buyer's plant network, separated from the internet by the Buyer's firewall. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's VPN with two-factor authentication. The Supplier shall not install any software that sends data outside the Buyer's network.
P:10.3 The Supplier shall report any security incident affecting the System or the Buyer's data within two hours, take measures to limit its effects, and bear the losses caused by its breach of this clause.
H:11. Confidentiality
P:Each party shall keep confidential the technical and commercial information of the other party received under this Contract, including the Buyer's process data, plant layout and network configuration, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of the Contract.
H:12. Intellectual Property
P:12.1 The Supplier retains the intellectual property in the Software and in its standard diagnostic algorithms.
P:12.2 The machine-specific diagnostic models, alarm settings, dashboards and reports configured for the Buyer belong to the Buyer, which may use, modify and disclose them freely, including to other service providers.
H:13. Subcontracting
P:The Supplier shall not subcontract installation or any other work under this Contract without the Buyer's prior written consent. The Supplier remains responsible for the work of approved subcontractors.
H:14. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not cure it within fifteen days after written notice, or if the delay damages under clause 9.1 reach their maximum. The Supplier shall then refund the payments received for the parts of the System not accepted.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan.
H:16. Miscellaneous
P:16.1 Neither party is liable for failure caused by force majeure, provided that it notifies the other party promptly.
P:16.2 Amendments shall be made in writing and signed by both parties.
P:16.3 This Contract is made in Chinese and English, in four originals, two for each party. The technical specification and the acceptance test plan are annexed to this Contract and form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

Agreement No. GMS-CN-27-009

**Between** Hangzhou Lanfang Textile Group Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Xiaoshan District, Hangzhou ("Customer"),

**and** Galesburg Managed Systems, Inc., an Illinois corporation with its principal office in Galesburg, Illinois, United States, acting with its wholly owned subsidiary Galesburg Managed Systems (Shanghai) Co., Ltd., which performs the on-site services in China ("Provider").

## 1. Background and Scope

1.1 The Customer operates a head office, three weaving and dyeing plants and a logistics centre in Zhejiang Province, with about 1,400 end users. It wishes to outsource its IT service desk, end-user device support and the monitoring of its servers and network to the Provider.

1.2 The Provider shall provide the services described in Schedule 1 (the "Services") at the service levels in Schedule 2, for the charges in Schedule 3.

1.3 The Services are provided from the Provider's service centre in Shanghai and by on-site engineers at the Customer's sites. The Provider shall provide service desk support in Mandarin Chinese and English.

## 2. Term

2.1 This Agreement starts on the date of signature. The transition phase runs for up to 60 days from signature. The service term is thirty-six (36) months from the Service Commencement Date stated in the Transition Acceptance certificate.

2.2 The Agreement ends at the end of the service term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition and Acceptance

3.1 During transition the Provider shall take over the Customer's existing ticket history, asset inventory and knowledge articles, set up monitoring of all in-scope servers and network devices, agree runbooks with the Customer's IT manager, and place its on-site engineers.

3.2 Transition is accepted when the Customer confirms in writing that: (a) all in-scope devices appear in the monitoring console and generate test alerts correctly; (b) the asset inventory has been reconciled with a physical count at every site; (c) runbooks for the thirty most frequent request types have been approved; and (d) a ten-day parallel run with the Customer's existing team has been completed without a missed Priority 1 ticket. The Customer shall confirm or list the open items within five working days after the Provider's notice.

3.3 If Transition Acceptance is delayed beyond the 60-day transition phase for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total charges for the service term, including the transition fee, are CNY 2,350,000.

4.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. The Customer shall pay each correct invoice within thirty days of receipt.

4.3 The charges are fixed for the service term. Changes in the number of users of more than 10% in either direction shall be handled through the change procedure in clause 12.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report its performance to the Customer monthly, with a list of all Priority 1 and Priority 2 incidents and their root causes.

5.2 If a service level is missed, the Provider shall credit the Customer the amounts in Schedule 2. Credits are deducted from the next invoice. Credits in any month shall not exceed 20% of that month's service charge.

5.3 The Provider shall hold a service review with the Customer every month and a governance review every quarter.

## 6. Customer Responsibilities

6.1 The Customer shall give the Provider's engineers access to its sites during working hours, provide desk space and network access for the on-site engineers, and name an IT manager as the single point of contact for the Provider.

6.2 The Customer shall keep its hardware and software under vendor support where the Provider needs such support to restore a service, and shall inform the Provider in advance of planned changes to its systems that may affect the Services.

6.3 Where a service level is missed because the Customer did not meet these responsibilities, no credit is due for that incident.

## 7. Customer Data

7.1 Ticket records, asset data, configuration data, logs and all other data of the Customer handled by the Provider in performing the Services ("Customer Data") belong to the Customer. The Provider shall use Customer Data only to perform the Services.

7.2 At the end of the Agreement the Provider shall return all Customer Data to the Customer in a usable format.

## 8. Confidentiality

Each party shall keep confidential the business, technical and commercial information of the other party that it receives under this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent, except to its employees, subcontractors and advisers who need to know it. This obligation continues for three years after the end of the Agreement.

## 9. Intellectual Property

9.1 The Provider retains its tools, monitoring platform, methods and general know-how.

9.2 Runbooks, knowledge articles, scripts and reports prepared specifically for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider freely.

## 10. Personnel and Subcontracting

10.1 The Provider shall assign a named service delivery manager and shall not replace key personnel listed in Schedule 1 without giving the Customer reasonable notice and a suitable replacement.

10.2 The Provider shall not subcontract any part of the Services to a third party without the Customer's prior written consent. The Provider's Shanghai subsidiary named above is approved.

## 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the total charges in clause 4.1.

11.2 Neither party is liable for indirect or consequential losses or loss of profit.

## 12. Changes

Either party may propose a change to the Services. A change takes effect only when both parties have signed a change note that states its effect on the charges and service levels.

## 13. Termination

13.1 This Agreement may be terminated before the end of the service term only by written agreement of both parties.

13.2 The Provider may suspend the Services or terminate this Agreement if the Customer fails to pay an undisputed invoice within sixty days after a written reminder.

13.3 On expiry or termination the Provider shall provide reasonable assistance for up to 60 days to transfer the Services to the Customer or a successor provider, at the rates in Schedule 3.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 15. General

15.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

15.2 Notices under this Agreement shall be in writing and sent to the addresses on the first page, with a copy by e-mail to the contacts named in Schedule 1.

15.3 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties on the Services.

Signed for the Customer: ____________________   Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support for all end users; ticket logging, first-line resolution and dispatch | 07:00–22:00, 7 days |
| End-user support | On-site engineers at the head office and each plant for desktops, laptops, printers and mobile devices | Plant working shifts |
| Server and network monitoring | Monitoring of 86 servers, 140 switches, 22 firewalls and wireless controllers; alert handling under runbooks | 24 x 7 |
| Patch and asset management | Monthly operating-system patching, asset inventory updates and software licence reports | Business days |
| Key personnel | Service delivery manager; two senior on-site engineers | — |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit per missed ticket (CNY) |
|---|---|---|---|---|
| Priority 1 | A plant, the ERP system or the head-office network is down | 15 minutes | 6 hours | 3,000 |
| Priority 2 | A department or a critical user cannot work | 30 minutes | 10 hours | 1,000 |
| Priority 3 | A single user has a fault with a workaround | 2 hours | 3 business days | 200 |
| Service desk | Calls answered within 60 seconds, monthly average | — | — | 2,000 per month missed |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 118,000 |
| Monthly service charge | 36 months x CNY 62,000 | 2,232,000 |
| **Total charges** | | **2,350,000** |
| Exit assistance | per engineer day, if requested | 3,200 |
"""

SRC["e05"] = """MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No. MRA-CN-2027-017

This Market Data API Subscription Agreement is made between:

Dalian Haifeng Grain and Oilseed Trading Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Dalian, Liaoning Province ("Customer"); and

Mississippi River Analytics, Inc., an Illinois corporation with its principal office in Quincy, Illinois, United States ("Provider").

1. DEFINITIONS

1.1 "Data Service" means the Provider's GrainSight data feeds and application programming interface (API), giving access to daily and intraday prices, basis levels, freight rates, crop condition indices, export inspection data and supply-and-demand estimates for corn, soybeans, wheat and sorghum, as described in Exhibit A.

1.2 "Subscription Year" means the period from the Service Start Date, or from an anniversary of it, to the day before the next anniversary. The initial term consists of two Subscription Years.

1.3 "Customer Data" means the data submitted to the Data Service by the Customer, including its query parameters, watch lists, uploaded position files and user information, and the usage logs relating to the Customer.

1.4 "Integration Work" means the adaptors, data mappings and scheduled jobs that the Provider builds to load the Data Service into the Customer's trading and risk management system, as described in Exhibit B.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, during the term, a non-exclusive, non-transferable right to access the Data Service through the API and the web portal and to use the data for its internal trading, procurement, hedging and risk management purposes, for up to 45 named users and 6 system connections.

2.2 The Customer may keep and use data received during the term for its internal records and historical analysis after the term ends, but may not resell or publish raw data to third parties.

2.3 The Customer shall not share its credentials between users, shall not use the Data Service to build a competing data product, and shall keep the attribution notices required by the exchanges and government agencies whose data is included. The Provider may audit the number of users and connections once per Subscription Year on reasonable notice.

2.4 The Service Start Date is the date of Integration Acceptance under clause 4.

3. FEES AND PAYMENT

3.1 The fees for the initial term are:
(a) subscription fee for the first Subscription Year: CNY 418,000;
(b) subscription fee for the second Subscription Year: CNY 418,000;
(c) one-time Integration Work fee: CNY 46,000.
The total fees for the initial term are CNY 882,000, inclusive of VAT.

3.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year and is payable within twenty days after the invoice date.

3.3 The Integration Work fee is invoiced after Integration Acceptance and is payable within twenty days.

3.4 API calls above the monthly allowance in Exhibit A are charged at the overage rates in Exhibit A, invoiced monthly in arrears.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall complete the Integration Work within 50 days after the signature of this Agreement.

4.2 Integration Acceptance occurs when the Customer confirms in writing that: (a) all data feeds listed in Exhibit A are loaded automatically into the Customer's system; (b) prices and basis levels loaded during ten consecutive trading days match the values shown on the Provider's portal; (c) the scheduled jobs complete before 07:30 China Standard Time on each trading day; and (d) the Customer's staff have been trained on the portal and the API. The Customer shall confirm or list the defects within five working days after the Provider's notice of completion.

4.3 If Integration Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to CNY 45,000.

5. SERVICE LEVELS

5.1 The API and the web portal shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out on weekends.

5.2 Priority 1 means that the API is unavailable or that prices are not updated for more than thirty minutes during the trading hours of the Dalian Commodity Exchange or the Chicago Board of Trade. The Provider shall respond to a Priority 1 incident within one (1) hour, at any time, and keep the Customer informed every hour until it is resolved. Priority 2 incidents shall receive a response within six hours and Priority 3 incidents within two business days.

5.3 Data published by the Provider shall be corrected within one business day after an error is found, and the Customer shall be notified of every correction.

5.4 If availability in a month falls below the level in clause 5.1, the Provider shall credit 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that monthly amount. For each hour by which a Priority 1 response is late, the Provider shall credit CNY 500. Credits are deducted from the next invoice.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Service to the Customer and shall not analyse, aggregate or disclose it for any other purpose, including the Provider's own research or market reports.

6.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, and logging of all access. Position files uploaded by the Customer shall be stored on servers located in mainland China operated by the Provider's hosting partner named in Exhibit C.

6.3 The Provider shall notify the Customer within six hours after becoming aware of any unauthorised access to Customer Data, take immediate steps to contain it, provide a written incident report within five days, and compensate the Customer for losses caused by its breach of this clause 6.

6.4 At the end of the term the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party received in connection with this Agreement, including the Customer's positions, trading strategies and counterparties, and shall not disclose it to any third party without prior written consent. This obligation survives for five years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Provider and its data sources retain all rights in the Data Service and the data supplied through it, subject to the rights granted in clause 2.

8.2 The Integration Work, including the source code of the adaptors and the data mappings, belongs to the Customer, which may use, modify and have them maintained by any third party.

9. SUBCONTRACTING

The Provider shall not subcontract the Integration Work or the operation of the Data Service, other than the hosting partner named in Exhibit C, without the Customer's prior written consent.

10. TERM AND RENEWAL

10.1 This Agreement starts on signature and continues for the initial term of two Subscription Years.

10.2 At the end of the initial term and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

10.3 The Provider may increase the subscription fee for each renewal Subscription Year by up to 9% by giving the Customer written notice at least 75 days before the renewal date.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within twenty days after receiving notice of the breach.

11.2 If the Customer terminates under clause 11.1, the Provider shall refund the fees paid for the period after the termination date.

12. LIMITATION OF LIABILITY

12.1 The Provider does not warrant that the data will be free from errors and is not liable for trading decisions made by the Customer on the basis of the data.

12.2 The total liability of the Provider under or in connection with this Agreement, for all claims together, shall not exceed the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

12.3 Neither party is liable for loss of profit or indirect loss.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

14. GENERAL

14.1 Neither party is liable for delay caused by events beyond its reasonable control, including a suspension of data by an exchange or government agency.

14.2 This Agreement, with Exhibit A (Data Service and Allowances), Exhibit B (Integration Work) and Exhibit C (Hosting), is the entire agreement of the parties on its subject.

14.3 Amendments must be in writing and signed by both parties.

14.4 This Agreement is signed in English and Chinese in two originals each; both language versions are equally authentic.

For Customer: ____________________          For Provider: ____________________
Name and title:                              Name and title:
Date:                                        Date:
"""

TARGETS = {
    "z01": ("h964z01_health_commission_childcare_subsidy_platform.pdf", "pdf"),
    "z02": ("h964z02_beauty_device_plant_line_control_retrofit.docx", "docx"),
    "z03": ("h964z03_lacrosse_training_chain_booking_saas.txt", "txt"),
    "z04": ("h964z04_met_bureau_wind_shear_warning_om_service.txt", "txt"),
    "z05": ("h964z05_silk_fan_studio_process_tracking_supplier_template.md", "md"),
    "e01": ("h964e01_eam_perpetual_licence_indiana_vendor.pdf", "pdf"),
    "e02": ("h964e02_supplier_quality_saas_order_form.md", "md"),
    "e03": ("h964e03_cement_condition_monitoring_sensors.docx", "docx"),
    "e04": ("h964e04_textile_group_managed_it_services.md", "md"),
    "e05": ("h964e05_grain_market_data_api_subscription.txt", "txt"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value),
#      forum outside mainland China, fee base for TCO (itemised licence / hardware subtotal), design rules
L = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False,
                               True, False, "PRC", G], (True, True, True, False, 1916000), False, 980000, []),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, False, 0.1, None, 20, True, True, 24, 7, False,
                               True, True, "PRC", G], (True, True, True, False, 1800000), False, 1434000,
            ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, False,
                            True, False, "PRC", S], (True, True, None, False, 640000), False, None,
            ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services", [99.95, 6, True, "buyer", True, True, True, None, None, None, True, None, None, None,
                               False, True, False, "PRC", S], (True, False, None, False, 586000), False, None,
            ["CR-LD-MISSING", "CR-SLA-RESPONSE"]),
    "z05": ("zh", "software", [None, 2, False, "supplier", True, True, True, 0.02, 50, 55, False, False, 6, 24, False,
                               True, None, "PRC", G], (True, True, True, True, 358000), False, 268000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 9, False,
                               True, False, "Indiana", G], (True, True, True, False, 1860000), True, 1320000,
            ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", [None, None, False, "buyer", True, True, True, 0.1, 150, 382000 / 680000 * 100, True, None,
                            None, None, False, True, False, "PRC", S], (False, True, None, False, 680000), False, None,
            ["CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False,
                               True, False, "PRC", G], (True, True, True, False, 1880000), False, 1620000, []),
    "e04": ("en", "services", [None, 0.25, True, "buyer", False, True, True, 2000 / 2350000 * 100, 150, None, True,
                               None, None, None, False, False, False, "PRC", S], (True, True, None, False, 2350000),
            False, None, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", True, True, True, 900 / 882000 * 100, 6 / 24 * 100, None, True,
                            None, None, None, True, True, False, "PRC", S], (True, True, None, False, 882000), False,
            None, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, forum_out, base):
    """My reading of policy §3 on the labels."""
    r = set()
    goods = t["contract_kind"] == G
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf, capped = t["post_warranty_fee_pct"], x["post_warranty_fee_capped"]
        if pwf is None or not capped or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pwf is not None and capped and t["warranty_months"] is not None and tco_share(t, x, base) > 40:
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


def label(key):
    lang, cat, vals, ex, forum_out, base, design = L[key]
    t = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": ex[0], "ld_stated": ex[1]}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = ex[2]
    else:
        assert ex[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = ex[3]
    x["contract_value"] = ex[4]
    rules = derive(t, x, forum_out, base)
    assert rules == sorted(design), (key, rules, design)
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# threshold figures of policy §3, in the forms a draft could state them
PCT = r"[%％]"
NO_THRESHOLD = [
    re.compile(r"99\.9(?![\d])"),
    re.compile(r"(?<![\d.])(30|15|40|100)(\.0+)?\s*(" + PCT + r"|per\s*cent|percent)", re.I),
    re.compile(r"百分之(三十|十五|四十|百|一百)(?![\d一二三四五六七八九点])"),
    re.compile(r"(?<![\d.])0\.050*(?!\d)"),
    re.compile(r"万分之五(?![十\d])|千分之零点五"),
    re.compile(r"(?<![\d.])4\s*-?\s*(个)?\s*(小时|hours?|hrs?\b|h\b)", re.I),
    re.compile(r"(?<![\d十])四\s*(个)?\s*小时"),
    re.compile(r"(?<![a-z-])four\s*[-(]?\s*(\(4\))?\s*-?\s*hours?", re.I),
    re.compile(r"(?<![\d.])12\s*-?\s*(个\s*月|months?)", re.I),
    re.compile(r"(?<![\d十])十二\s*个?\s*月"),
    re.compile(r"twelve\s*[-(]?\s*(\(12\))?\s*-?\s*(calendar\s*)?months?", re.I),
    re.compile(r"(质保|保修|免费维护)[^。；\n]{0,10}(一年|1年|壹年)"),
    re.compile(r"warrant\w*[^.;\n]{0,40}\b(one|1)[-\s]year", re.I),
]
MUST_HIT = ["99.9%", "99.9 %", "30%", "15 %", "40％", "100%", "30 per cent", "百分之三十", "百分之百", "0.05%",
            "万分之五", "4 hours", "4小时", "四小时", "4-hour", "four hours", "four (4) hours", "12 months", "12个月",
            "十二个月", "12 个月", "twelve months", "twelve (12) months", "质保期为一年", "warranted for one year",
            "12-month warranty"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "130%", "300%", "150%", "24小时", "二十四小时", "24 hours", "14 hours",
             "0.055", "10.05%", "万分之五十", "万分之八", "120 months", "112个月", "二十四个月", "45%", "5%", "1.5%",
             "4.5 hours", "six hours", "fourteen hours", "百分之三十五", "2027年12月31日", "12 August"]


def hits(text):
    return [p.pattern for p in NO_THRESHOLD if p.search(text)]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check_sums():
    assert 980000 + 640000 + 210000 + 86000 == 1916000
    assert 6 * 118000 == 708000 and 12 * 9500 == 114000 and 4 * 86000 == 344000
    assert 708000 + 114000 + 344000 + 268000 == 1434000 and 1434000 + 156000 + 188000 + 22000 == 1800000
    assert round(1434000 * 0.07) == 100380 and round(980000 * 0.08) == 78400
    assert 40 * 6800 == 272000 and 2 * 272000 + 96000 == 640000
    assert 4 * 146500 == 586000
    assert 268000 + 72000 + 18000 == 358000 and round(358000 * 0.55) == 196900 and 196900 + 161100 == 358000
    assert round(268000 * 0.24) == 64320
    assert 1320000 + 410000 + 96000 + 34000 == 1860000 and round(1320000 * 0.09) == 118800
    assert 84000 + 298000 * 2 == 680000 and 84000 + 298000 == 382000
    assert 320 * 2150 == 688000 and 24 * 13500 == 324000 and 2 * 86000 == 172000
    assert 688000 + 324000 + 172000 + 436000 == 1620000 and 1620000 + 148000 + 92000 + 20000 == 1880000
    assert round(1620000 * 0.08) == 129600
    assert 36 * 62000 == 2232000 and 2232000 + 118000 == 2350000
    assert 418000 * 2 + 46000 == 882000


def main():
    check_sums()
    for s_ in MUST_HIT:
        assert hits(s_), s_
    for s_ in MUST_MISS:
        assert not hits(s_), (s_, hits(s_))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SRC, office, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, kind) in TARGETS.items():
        lab = label(k)
        lang = lab["language"]
        t, x = lab["expected_terms"], lab["expected_extra"]
        for f, th in TH.items():
            assert t[f] is None or t[f] != th, (k, f)
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            share = tco_share(t, x, L[k][5])
            assert not 38 <= share <= 42, (k, share)
            print("  %s TCO share %.2f %%" % (k, share))
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        print("  %s %s %d" % (k, "chars" if lang == "zh" else "words", n))
        assert lo <= n <= hi, (k, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(form), (k, hits(form))
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        print("  %s %s" % (k, ", ".join(lab["expected_rules"]) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
