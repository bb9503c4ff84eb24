"""holdout543: ten blind, ordinary draft contracts with their labels (written before any run).

Run with /work/main/.venv/bin/python -B make_files.py in this folder. It writes the ten contracts (.txt/.md directly,
.docx/.pdf through ../word_pdf.py with wrap_words=True), the ten .json labels, derives each draft's expected rules from
its labels by my own reading of policy.md section 3, checks them against the design list, asserts that all 20 CR rules
fire at least once, measures the text lengths as read back from the built files, and scans every source and built file
for threshold figures (self-tested regexes).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 / X.Y)
H543Z01 = """
T:河西市医保基金智能监管平台建设项目合同书
P:项目编号：HXYB-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：河西市医疗保障局
P:乙方（供应商）：江城数联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就河西市医保基金智能监管平台软件许可及定制开发事项，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“医保基金智能监管平台”软件永久使用许可，部署于甲方政务云，不限用户数和并发数。
P:1.2 乙方按甲方需求完成以下定制开发：智能审核规则库（覆盖门诊、住院、定点药店三类场景，首批规则不少于 260 条）、飞行检查辅助模块、疑点线索管理模块、与省医保信息平台及定点医药机构结算系统的接口，以及近三个年度历史结算数据的迁移。
P:1.3 乙方负责安装部署、联调测试、试运行、培训及质保期内的技术服务，详细需求以招标文件第三章为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币 2,408,000 元（大写：贰佰肆拾万零捌仟元整），含税，为固定总价。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久使用许可|1,260,000
TB:2|智能审核规则库及监管模块定制开发|836,000
TB:3|接口开发及历史数据迁移|214,000
TB:4|安装部署、试运行及培训|98,000
TB:合计||2,408,000
P:2.2 上述价款包含软件许可、开发、实施、培训、差旅、质保期内服务及税费等全部费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后 10 个工作日内，甲方支付合同总价的 20%，即 481,600 元，作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的 45%，即 1,083,600 元。
P:3.3 平台通过最终验收后，甲方支付合同总价的 35%，即 842,800 元。
P:3.4 甲方按国库集中支付程序付款。乙方应在合同签订后 7 日内提交合同总价 5% 的履约保证金，最终验收合格后无息退还。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后 120 日内完成部署及定制开发，并提交初步验收申请；初步验收通过后进入 60 日试运行。
P:4.2 乙方应按甲方认可的实施计划开展工作，每两周向甲方提交进度报告，并派驻不少于 4 名实施人员。
H:第五条 验收
P:5.1 初步验收标准：功能与招标文件技术要求逐项一致；与省医保信息平台接口联调通过；历史结算数据迁移后抽样核对无差错；第三方安全测评无高危漏洞。
P:5.2 最终验收在试运行期满后进行，标准为：试运行期间未发生一级故障；智能审核规则全部上线，规则命中结果经甲方基金监管科抽查准确率不低于 95%；300 个并发用户下页面响应时间不超过 3 秒；完成密码应用安全性评估及网络安全等级保护三级测评；定制开发部分的源代码及技术文档移交完毕。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在 15 日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供软件升级、缺陷修复、审核规则维护及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过软件许可费的 8%（即不超过 100,800 元），且前三个服务年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于 99.95%，经甲方同意的计划内维护时间除外。
P:7.2 一级故障（平台整体不可用或审核功能中断）：30 分钟内响应，2 小时内恢复；二级故障（部分功能不可用）：1 小时内响应，8 小时内恢复；三级故障：次工作日内解决。
P:7.3 乙方未达到上述要求的，每超时 1 小时扣减 1,000 元；月度可用率每低于承诺值 0.01 个百分点，扣减 2,000 元。扣减金额从甲方应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的审核规则库、监管模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和复制。
P:8.3 乙方保证所提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的医保结算数据、参保人员信息及审核结果均属于甲方，乙方仅为履行本合同接触和处理，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及医保数据安全管理规定。数据不得存储于甲方指定环境以外；乙方人员经甲方审批后通过堡垒机访问，操作全程留痕；测试只使用脱敏数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、监管线索及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过 60 日的，甲方有权解除合同。
P:11.2 乙方交付的软件不符合合同约定，经整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将任何部分分包；经同意分包的，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后 15 日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在 7 日内提供证明，双方协商延期或解除合同。
H:第十五条 适用法律与争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：河西市医疗保障局　　　　乙方（盖章）：江城数联信息技术有限公司
P:法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
P:签订日期：2026 年　　月　　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H543Z02 = """
T:挤压机电控系统改造及维保合同
P:合同编号：FY-JY-2026-088
P:甲方（买方）：佛源铝型材有限公司
P:乙方（卖方）：粤海智控自动化工程有限公司
P:甲方现有 1800 吨、2500 吨（两台）及 3600 吨挤压机共四台，原电控系统老化、故障频繁。经比选，甲方委托乙方实施电控系统改造并提供维保服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、改造范围
P:（一）更换四台挤压机的 PLC 控制柜、伺服泵控系统、位移/压力/温度传感器组及 HMI 操作站，拆除旧控制柜并妥善处置。
P:（二）提供“挤压工艺管理软件”永久使用许可一套，实现工艺参数下发、等温挤压控制、模具寿命统计及与甲方 MES 系统的数据对接。
P:（三）完成安装、调试、试生产，以及甲方操作人员和维修人员的培训。培训不少于 5 个工作日，操作人员培训后应能独立完成参数设定与换模操作。
P:（四）乙方应在改造前对四台挤压机现状进行测绘，提交电气原理图、接线图及改造方案，经甲方书面确认后实施。
H:二、合同价款
P:（一）合同总价为人民币 2,020,000 元（含 13% 增值税），明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC 控制柜（含编程）|4 套|186,000|744,000
TB:2|伺服泵控系统|4 套|142,000|568,000
TB:3|位移、压力、温度传感器组|4 套|38,500|154,000
TB:4|HMI 操作站|4 套|21,000|84,000
TB:5|挤压工艺管理软件永久许可|1 套|268,000|268,000
TB:|硬件及软件小计|||1,818,000
TB:6|拆除、安装及调试|1 项|176,000|176,000
TB:7|操作及维修培训|1 项|26,000|26,000
TB:|合计|||2,020,000
P:（二）上述价款包括设备、软件、运输、保险、安装调试、培训及质保期内服务等全部费用。
H:三、付款方式
P:（一）合同签订后 10 日内，甲方支付合同总价的 20%，即 404,000 元，作为预付款。
P:（二）全部设备到货并经甲方开箱清点后，甲方支付合同总价的 35%，即 707,000 元。
P:（三）四台挤压机改造全部通过最终验收后，甲方支付合同总价的 45%，即 909,000 元。
P:（四）乙方每次收款前应开具等额增值税专用发票，并提交相应阶段的交付文件。甲方有权从应付款项中扣除乙方应付的违约金。
H:四、交付与施工
P:（一）乙方应于合同签订后 75 日内将全部设备运至甲方厂区，并提交装箱清单和出厂检验报告。
P:（二）改造按“一台停机、其余生产”的方式分批进行，每台停机时间不超过 10 日，具体停机时间由甲方根据生产计划确定。
P:（三）乙方可将电气安装及布线工作分包给具备相应资质的单位，在分包单位进场前书面通知甲方即可。乙方对分包单位的工作质量和安全负责。
P:（四）乙方施工人员应遵守甲方安全生产制度，因乙方原因发生的安全事故由乙方承担责任。
P:（五）甲方负责提供施工用电、吊装设备及停机窗口，并指定一名设备工程师负责现场协调。
H:五、验收
P:（一）每台挤压机改造完成后进行单机调试，调试合格后进入 15 日试生产。
P:（二）最终验收标准：挤压速度控制精度达到 ±0.2 mm/s；主缸压力控制误差不超过 ±1%；试生产期间连续 72 小时无控制系统原因停机；型材尺寸合格率不低于改造前水平；软件与 MES 数据对接准确，工艺参数下发无差错；图纸、程序备份及操作手册齐全。
P:（三）验收由甲方设备部组织，双方签署验收报告。试生产或设备投入使用均不视为验收合格。验收不合格的，乙方应在 10 日内整改并重新验收。
P:（四）验收合格后，乙方向甲方移交全部备份程序、参数表及软件安装介质。
H:六、质量保证与维保
P:（一）质保期为最终验收合格之日起二十四个月。质保期内乙方免费更换故障部件、修复软件缺陷并提供现场服务。
P:（二）质保期满后，乙方按服务年度提供维保服务，年维保费为硬件及软件小计的 7%，即 127,260 元，前三个服务年度内维保费固定不变。维保合同按服务年度签订，不自动续期。
P:（三）质保期内同一部件故障三次以上的，乙方应免费更换为新件，该部件质保期自更换之日起重新计算。
P:（四）乙方承诺主要部件的备件供应期自验收之日起不少于十年，质保期满后备件按本合同单价供应。
H:七、服务响应
P:（一）一级故障（挤压机因控制系统原因停机）：1 小时内远程响应，8 小时内工程师到场；二级故障（部分功能异常）：2 小时内响应，48 小时内处理完毕。
P:（二）乙方超过上述时限的，每超时 1 小时向甲方支付 800 元。
P:（三）乙方应在甲方厂区储备 PLC 模块、传感器等关键备件，备件清单经甲方确认。
P:（四）乙方每季度对控制系统进行一次现场巡检，并提交巡检报告。
H:八、知识产权
P:（一）工艺管理软件的知识产权归乙方所有，乙方授予甲方永久使用许可。
P:（二）乙方为本项目编写的 PLC 程序、等温挤压控制参数、工艺配方模块及与 MES 的接口程序，知识产权归甲方所有，乙方应交付全部源程序，甲方可自行修改和使用。
H:九、数据安全
P:（一）挤压工艺参数、配方及生产数据属于甲方，乙方不得复制、带离或用于其他客户。
P:（二）远程维护须经甲方逐次审批，并通过甲方指定的 VPN 接入，操作记录由甲方保存。
P:（三）因乙方原因导致数据泄露、丢失或被篡改的，乙方应在 2 小时内通知甲方，并承担全部赔偿责任。
P:（四）质保期及维保期内乙方更换下的存储介质，由甲方留存或在甲方监督下销毁。
H:十、保密
P:双方对履行本合同中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（三）乙方所供设备或软件不符合约定的，应负责更换或修复，并赔偿由此造成的甲方停产损失。
P:（四）乙方逾期超过 30 日的，甲方有权解除合同，乙方退还已收款项。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后 20 日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:（二）因不可抗力不能履行合同的，受影响一方应及时通知对方，双方协商处理。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交佛山仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、实施计划。
P:（二）双方的联系人、地址及邮箱以合同首页为准，书面通知送达上述地址即视为送达。
P:甲方（盖章）：佛源铝型材有限公司　　　　乙方（盖章）：粤海智控自动化工程有限公司
P:授权代表：　　　　　　　　　　　　　　　授权代表：
P:日期：2026 年　　月　　日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1)
H543Z03 = """连锁书店进销存云服务及实施合同

合同编号：SXL-IT-2026-031

甲方（客户）：书香里文化连锁有限公司
乙方（服务商）：云栈零售科技有限公司

鉴于甲方在省内经营 40 家门店及一个中心仓，需要统一的进销存管理系统；乙方提供“云栈零售”进销存云服务（SaaS）。双方经协商一致，就云服务订阅及实施事项订立本合同。

1. 服务内容
1.1 乙方向甲方提供云栈零售进销存云服务，包括门店收银与会员、图书采购与退货、调拨与盘点、中心仓管理、总部经营报表等功能模块。
1.2 乙方负责实施服务：40 家门店及中心仓的系统配置、商品与库存数据迁移、与甲方财务系统及两家主要发行商订货平台的接口对接、门店店长及仓库人员培训。
1.3 乙方按甲方组织架构提供总部、区域、门店三级权限配置，门店员工账号数不限。
1.4 服务期为三个服务年度，自全部门店上线并通过实施验收之日起算。

2. 费用
2.1 本合同费用如下（人民币，含税）：
    门店端订阅费：40 家 × 4,800 元/服务年度 = 192,000 元/服务年度
    总部及中心仓模块订阅费：46,000 元/服务年度
    年服务费合计：238,000 元/服务年度
    三个服务年度订阅费合计：714,000 元
    实施费（一次性）：86,000 元
    合同总价：800,000 元
2.2 服务期内新增门店的，按每家 4,800 元/服务年度按月折算计费，另行签订补充协议。
2.3 除本合同约定的费用外，乙方不得另行收取费用；接口维护、版本升级及数据备份均包含在年服务费中。

3. 付款
3.1 实施费在实施验收合格后 15 日内一次性支付。
3.2 首个服务年度的年服务费在实施验收合格后 15 日内支付；以后各服务年度的年服务费，在该服务年度开始后 15 日内支付。
3.3 乙方应在收款前开具等额增值税发票。
3.4 甲方按期付款的，乙方不得以任何理由暂停服务。

4. 实施与验收
4.1 乙方应在合同签订后 90 日内完成全部门店上线。门店分三批上线，每批上线计划提前 10 日报甲方确认。
4.2 实施验收标准：40 家门店及中心仓全部上线并连续运行 20 日；迁移后的商品、库存、会员数据与原系统逐项核对无差异；收银单笔结算时间不超过 2 秒；接口对账结果与财务系统一致；用户手册及培训记录齐全。
4.3 验收由甲方信息部组织，双方签署书面验收单。门店开始使用系统不视为验收合格。
4.4 验收不合格的，乙方应在 10 日内整改并重新组织验收，整改期间不计入服务期。

5. 服务水平
5.1 乙方保证云服务月度可用率不低于 99.5%，计划内维护应安排在凌晨 1 点至 5 点之间并提前 3 日通知甲方。
5.2 故障响应：一级故障（收银或全部门店无法使用）30 分钟内响应，3 小时内恢复；二级故障（部分功能或部分门店无法使用）1 小时内响应，8 小时内恢复；一般问题次工作日内答复。
5.3 月度可用率每低于承诺值 0.1 个百分点，或一级故障恢复每超时 1 小时，乙方按当期年服务费的 0.5% 向甲方提供服务抵扣，在下一次付款时扣减。
5.4 乙方每月 5 日前向甲方提交上月服务报告，内容包括可用率、故障记录、处理时长及抵扣金额。
5.5 乙方提供全天候服务热线，并为甲方指定专属客户经理。

6. 续期与价格
6.1 服务期满前 30 日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，以后亦同。
6.2 续期时，乙方有权根据市场情况上调年服务费，上调幅度每次不超过 8%，乙方在续期前 45 日书面通知甲方即可。

7. 数据归属与数据安全
7.1 甲方在云服务中录入或产生的商品、库存、销售和会员数据均属于甲方，乙方仅为提供本合同服务使用，不得用于其他目的。
7.2 乙方应按网络安全等级保护三级要求运行云服务，数据存储于中国境内，传输和存储加密，每日备份并异地保存；乙方人员访问甲方数据须经授权并留存日志。
7.3 发生数据泄露或丢失的，乙方应在 2 小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
7.4 合同终止后 30 日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。
7.5 乙方不得将甲方数据提供给任何第三方，亦不得以汇总、匿名或其他方式用于本合同以外的目的。

8. 保密
8.1 双方对在合作中获知的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
8.2 乙方应与接触甲方信息的员工签署保密协议。

9. 知识产权
9.1 云服务平台的知识产权归乙方所有。
9.2 乙方为甲方定制的报表、接口程序及数据迁移脚本，知识产权归甲方所有，甲方可自由使用和修改。

10. 违约责任
10.1 乙方未按第 4.1 条期限完成全部门店上线的，每逾期一日向甲方支付违约金 800 元。
10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
10.3 乙方上线逾期超过 30 日的，甲方有权解除合同，并要求乙方退还已付全部款项。
10.4 任何一方违约给对方造成损失的，应予赔偿。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后 15 日内未改正的，甲方有权解除合同，乙方应退还未使用期间的服务费。
12.2 因不可抗力导致合同无法履行的，双方可协商解除合同。
12.3 合同解除或期满终止的，乙方应配合甲方完成数据迁移，过渡期内服务不得中断。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。双方因本合同发生争议的，应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

14. 甲方义务
14.1 甲方应指定项目负责人，按实施计划提供门店清单、商品及库存基础数据，并安排人员参加培训。
14.2 甲方应妥善保管系统账号和密码，因甲方保管不善造成的损失由甲方承担。

15. 通知
15.1 双方的书面通知以专人送达、快递或合同首页所列电子邮箱发送，送达即生效。

16. 其他
16.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
16.2 附件：功能清单、实施计划、门店清单。

甲方（盖章）：书香里文化连锁有限公司            乙方（盖章）：云栈零售科技有限公司
授权代表：                                        授权代表：
日期：2026 年    月    日                         日期：2026 年    月    日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 / （1）)
H543Z04 = """临江市体育中心场馆票务系统运维服务合同

项目编号：LJTY-CS-2026-009
采购方式：竞争性磋商

甲方（采购人）：临江市体育中心管理处
乙方（成交供应商）：华棠智慧票务服务有限公司

根据临江市体育中心场馆票务系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同，共同遵守。本项目资金来源为财政性资金，已列入甲方 2027 年度部门预算。

第一条 服务范围
（1）乙方负责体育中心体育场、体育馆、游泳馆三个场馆票务系统的运行维护，包括线上售票平台、现场售票终端 22 台、检票闸机 48 通道、身份核验设备及票务管理后台。
（2）日常运维：系统监控、每日巡检、数据备份、故障处理、软件补丁更新、月度运行报告。
（3）赛事及演出保障：服务期内不少于 20 场大型赛事或演出的现场值守和开票、检票保障。
（4）年度升级：完成票务系统年度版本升级及网络安全等级保护测评中发现问题的整改。
（5）接口维护：负责票务系统与市政务服务平台、第三方票务代理渠道的接口维护，保证订单数据同步。
（6）应急预案：服务期开始后 15 日内提交票务系统应急预案，并每半年组织一次应急演练。
（7）培训：每季度为甲方售票员、检票员组织一次操作培训，新设备启用前完成专项培训。

第二条 服务期限
服务期自 2027 年 1 月 1 日起至 2027 年 12 月 31 日止。服务期满后，由甲方根据需要重新组织采购，本合同不自动续期。
乙方应于 2026 年 12 月 20 日前完成与原运维单位的交接，交接清单经甲方确认。服务期内甲方因场馆改造暂停部分服务的，双方据实核减相应费用。

第三条 合同价款
（1）本合同总价为人民币 468,000 元（含税），为固定总价，明细如下：
    日常运维服务费：312,000 元
    赛事及演出保障服务费：96,000 元
    年度升级及等保整改费：60,000 元
    合计：468,000 元
（2）总价包括人员、工具、差旅、备品备件及税费等全部费用。
（3）服务期内甲方新增检票通道或售票终端的，乙方按响应文件中的单价报价，双方另行签订补充协议。
（4）乙方响应文件中的报价明细表为结算依据。

第四条 付款方式
（1）服务费按季度支付，每季度 117,000 元。
（2）每季度结束后，乙方提交当季度运维报告并开具发票，甲方在收到发票后 15 个工作日内支付当季度服务费。
（3）本合同不设预付款。

第五条 服务要求
（1）一级故障（线上售票中断、现场售票或检票系统无法使用）：乙方接报后 6 小时内响应并安排工程师到场处理。
（2）二级故障（部分终端或部分闸机故障）：12 小时内响应，24 小时内修复。
（3）三级问题（报表、查询等一般问题）：48 小时内处理完毕。
（4）大型赛事及演出当日，乙方应安排不少于 3 名工程师自开场前 3 小时至散场后 1 小时在现场值守。
（5）乙方未达到上述响应要求的，甲方书面通知乙方限期整改，乙方应在 3 日内提交整改报告；相关情况记入乙方服务档案，作为甲方今后采购的参考。
（6）乙方应每月对售票终端及检票闸机进行一次全面巡检，每季度进行一次数据恢复演练。
（7）乙方应建立备品备件库，常用备件不少于售票终端 2 台、闸机读卡模块 6 套。
（8）乙方应在每场大型赛事开票前 3 日完成售票压力测试，并向甲方提交测试报告。
（9）乙方应对线上售票平台的防篡改、防刷票措施进行日常检查，发现异常及时报告甲方。

第六条 年度升级与验收
（1）乙方应于 2027 年 6 月 30 日前完成票务系统年度版本升级及等保测评问题整改。
（2）年度服务验收在服务期满前 15 日内进行，验收标准：全年巡检报告及月度运行报告齐全；年度升级完成并经甲方测试通过；等保测评中发现的中高风险问题全部整改完毕；所有故障均有处理记录；20 场保障任务全部完成。
（3）验收由甲方组织，双方签署年度服务验收报告。
（4）验收不合格的，乙方应在 10 日内整改，并由甲方重新组织验收。

第七条 数据安全
（1）票务系统中的购票人姓名、身份证号码、手机号码及交易记录均属于甲方，乙方仅为履行本合同处理，不得用于其他目的。
（2）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，运维操作通过甲方堡垒机进行，不得下载、复制或外传购票人信息，测试一律使用去标识化数据。
（3）发生数据泄露、篡改或丢失的，乙方应在 2 小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
（4）服务期满或合同解除后，乙方应交回全部账号和权限，删除其在运维过程中接触的购票人信息，并向甲方出具删除确认书。

第八条 知识产权
运维期间乙方为甲方编写的脚本、补丁、配置文件及运维文档，知识产权归甲方所有，甲方可自由使用和修改。乙方应在服务期满时将上述资料整理移交甲方。

第九条 人员
（1）乙方派驻 2 名驻场工程师，人员名单及资质证明报甲方备案，更换人员须提前 7 日书面报甲方同意。
（2）乙方人员应遵守体育中心安全管理制度。
（3）驻场工程师工作时间为每日 8:30 至 17:30，节假日及赛事期间按甲方安排值守。
（4）甲方为驻场人员提供办公场所、网络及必要的门禁权限。
（5）乙方应为派驻人员办理意外伤害保险，人员安全责任由乙方承担。

第十条 违约责任
（1）乙方未按第六条第（1）项期限完成年度升级及整改的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（2）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

第十一条 分包
乙方不得将本合同项下的服务转包或分包，派驻人员须为乙方正式员工。

第十二条 合同解除
（1）乙方严重违约，经甲方书面通知后 10 日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
（2）因不可抗力导致合同不能履行的，双方可协商解除合同，按实际服务期间结算。

第十三条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（1）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（2）磋商文件、响应文件及成交通知书为本合同组成部分。
（3）合同履行中的变更，双方应签订书面补充协议。
（4）本合同附件：服务需求书、人员名单、备品备件清单、应急预案模板。

甲方（盖章）：临江市体育中心管理处          乙方（盖章）：华棠智慧票务服务有限公司
负责人或授权代表：                          法定代表人或授权代表：
日期：2026 年    月    日                   日期：2026 年    月    日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template, md price table)
H543Z05 = """# 软件许可及技术服务合同（标准文本）

> 智排软件（苏州）有限公司 标准合同文本 ZP-STD-2026 版。本文本由乙方提供，空白处由双方填写。

**合同编号：** ZP-2026-0417

**甲方（被许可方）：** 金穗食品有限公司（饼干生产基地）

**乙方（许可方）：** 智排软件（苏州）有限公司

甲方拟提升饼干生产线的生产计划与排程水平，乙方是“智排 APS”生产计划软件的著作权人。双方本着平等互利的原则，就软件许可、定制开发及技术服务事项达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方授予“智排 APS”软件（基础平台、物料需求计划模块、高级排程模块）的永久使用许可，限甲方饼干生产基地使用。

1.2 乙方为甲方进行定制开发：与甲方现有 ERP 的接口、配方 BOM 批量导入工具、烘烤线及包装线产能模型、车间排产看板。

1.3 乙方提供安装部署、系统配置、数据初始化及用户培训。培训包括计划员操作培训 3 天、管理员培训 2 天，培训地点在甲方所在地。

1.4 软件许可不限用户数，但限安装于甲方一套生产环境和一套测试环境。

1.5 本合同附件一《功能清单》、附件二《实施计划》为本合同组成部分。

## 第二条 合同价款

2.1 合同总价为人民币 1,500,000 元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智排 APS 基础平台许可 | 680,000 |
| 2 | 物料需求计划模块许可 | 220,000 |
| 3 | 高级排程模块许可 | 280,000 |
| | 软件许可小计 | 1,180,000 |
| 4 | 定制开发（ERP 接口、BOM 导入、产能模型、排产看板） | 260,000 |
| 5 | 实施及培训 | 60,000 |
| | 合计 | 1,500,000 |

2.2 甲方需要增加许可模块的，按乙方当期报价另行签订合同。

2.3 上述价格不含服务器硬件、数据库及操作系统，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后 7 日内，甲方向乙方支付合同总价的 50%，即 750,000 元。

3.2 系统上线运行后 15 日内，甲方支付合同总价的 50%，即 750,000 元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方收款后开具增值税专用发票。

## 第四条 交付与上线

4.1 乙方在收到首期款项后 90 日内完成软件安装、定制开发及系统配置，具备上线条件。

4.2 因需求变更、甲方数据准备不足或甲方人员配合不到位造成延期的，交付期限相应顺延。乙方延期交付的，应与甲方协商调整计划，并尽快采取补救措施。

4.3 甲方应在乙方通知后 5 个工作日内提供服务器环境、网络及接口文档。

4.4 乙方在上线前提供系统配置说明及操作手册。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方在免费维护期内予以处理，但不影响验收结论及付款。

5.3 甲方要求进行专项测试的，测试费用由甲方另行承担。

## 第六条 免费维护与技术支持

6.1 系统上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 技术支持时间为工作日 9:00 至 17:30。一级故障（系统无法排产）乙方在 8 小时内响应，二级及以下故障在 2 个工作日内响应。

6.3 乙方尽力在合理时间内解决故障，但不因响应或解决时间承担任何扣款、赔偿或违约金。

6.4 免费维护期内的服务不包括因甲方操作不当、硬件故障或第三方软件引起的问题。

6.5 技术支持以电话、邮件及远程接入为主，确需现场支持的，由乙方视情况安排。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的 24%，即每服务年度 283,200 元，于每个服务年度开始前支付。

7.2 年度维护服务内容包括版本升级、远程支持及缺陷修复，现场服务按乙方人天单价另行收费。

7.3 甲方未按期支付年度维护费的，乙方有权停止提供升级和技术支持。

7.4 年度维护服务按服务年度签订，期满由双方另行续签。维护费不因甲方实际使用情况减免。

## 第八条 知识产权

8.1 “智排 APS”软件的著作权及其他知识产权归乙方所有。

8.2 乙方在本合同项下完成的定制开发成果（包括接口程序、导入工具、产能模型、看板及相关源代码、文档），知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方。

8.3 乙方保证其软件不侵犯第三方知识产权，如有侵权，由乙方负责处理。

## 第九条 数据

9.1 甲方在系统中录入或产生的订单、配方、库存及生产数据属于甲方，乙方仅为提供本合同服务使用。

9.2 乙方远程支持须经甲方授权，应采取必要的技术和管理措施保护甲方数据安全；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

9.3 合同终止后，乙方应在甲方要求时删除其持有的甲方数据副本。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 责任限制

11.1 乙方违约的，应采取补救措施。乙方在本合同项下的累计赔偿责任，以本合同总价的 20% 为限，且乙方不承担利润损失、停产损失等间接损失。

11.2 因不可抗力造成的损失，双方互不承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面通知后 30 日内未纠正的，对方有权书面通知解除合同。

12.2 合同解除的，已交付的软件许可不予退款。甲方因自身原因解除合同的，应付清已完成部分的费用。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，双方另行签订补充协议。

14.3 双方往来通知以书面形式送达本合同所列地址。

| 甲方（盖章）：金穗食品有限公司 | 乙方（盖章）：智排软件（苏州）有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026 年  月  日 | 日期：2026 年  月  日 |
"""

# ---------------------------------------------------------------- e01 (pdf, Article N; Louisiana vendor, only GOVERNING-LAW)
H543E01 = """
T:Software Licence and Services Agreement
P:Agreement No. PLS-CN-2026-0112
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:Pelican Ledger Systems, LLC, a Louisiana limited liability company with its principal office at 410 Jefferson Street, Lafayette, Louisiana 70501, United States (the "Vendor"); and
P:Ningbo Beilun Coldchain Logistics Co., Ltd., a company established in the People's Republic of China with its registered office in Beilun District, Ningbo, Zhejiang Province (the "Customer").
P:Background. The Customer operates three refrigerated warehouses in Ningbo and wishes to replace its paper-based and spreadsheet stock control with a warehouse management system. The Vendor is the developer of the PelicanWMS software. The Customer has selected PelicanWMS. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means PelicanWMS version 9, in object code, with its standard modules for receiving, put-away, cold-room temperature zoning, picking, cross-docking and dispatch, and the Documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts and configuration created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
P:1.4 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including stock, order, customer, temperature and staff data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's warehouses and head office in China for the Customer's own business, for the number of named users and handheld devices listed in Article 3.
P:2.2 The Customer may make copies for backup, testing and disaster recovery.
P:2.3 The Software remains the property of the Vendor. Nothing in this Agreement transfers ownership of the Software to the Customer.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The prices are fixed and include all taxes, duties, travel and expenses of the Vendor.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:PelicanWMS server licence (perpetual)|1|520,000|520,000
TB:Named user licences (perpetual)|120|3,600|432,000
TB:RF handheld device licences (perpetual)|80|2,100|168,000
TB:Licence Subtotal|||1,120,000
TB:Configuration, interfaces and reports|1 lot|286,000|286,000
TB:Data migration|1 lot|64,000|64,000
TB:Training|1 lot|38,000|38,000
TB:Total Contract Price|||1,508,000
P:3.2 The interfaces covered by the configuration item are: the Customer's ERP (orders, invoices and stock valuation), the refrigeration temperature monitoring system, two carrier booking platforms and the customs bonded-warehouse reporting system.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Total Contract Price (CNY 301,600) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Total Contract Price (CNY 678,600) within 20 days after the Software is installed in the Customer's production and test environments and the Installation Certificate is signed. The Installation Certificate is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Total Contract Price (CNY 527,800) within 20 days after Final Acceptance.
P:4.4 The Vendor shall issue valid Chinese VAT invoices through its appointed local invoicing agent.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days after signature and shall make the whole system ready for acceptance testing within 150 days after signature, following the project plan in Annex 1.
P:5.2 Final Acceptance testing follows the test plan in Annex 2. The acceptance criteria are: all functions listed in Annex 3 pass their test scripts; all interfaces in Article 3.2 exchange data correctly for 10 consecutive working days; migrated stock balances reconcile with the Customer's physical count at each warehouse without unexplained differences; a handheld scan is confirmed in no more than 2 seconds with 80 devices in use; and the system runs for 30 days in production without a Severity 1 incident.
P:5.3 If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. Use of the Software in production before Final Acceptance does not mean that it has been accepted.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the Documentation and Annex 3 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects free of charge and provide all new releases of the Software.
P:6.2 The Vendor warrants that the Software contains no malicious code and that the Vendor has the right to grant the licence.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support. The annual support fee is 9% of the Licence Subtotal, which is CNY 100,800 for each Support Year, and this fee will not be increased for the first three Support Years.
P:7.2 Annual support includes new releases, defect correction, remote assistance and the service levels in Article 8. Support is ordered by a separate purchase order for each Support Year and does not renew automatically.
H:Article 8 Service Levels
P:8.1 During the Warranty Period and any Support Year, the Vendor shall provide a telephone and e-mail help desk with Mandarin-speaking staff through its support partner office in Shanghai.
P:8.2 Response times: Severity 1 (warehouse operations stopped or Customer Data at risk): response within 1 hour, at any time, and a workaround within 8 hours; Severity 2 (an important function unavailable): response within 2 hours during business hours; Severity 3 (other issues): response by the next business day.
P:8.3 For each full hour by which the Vendor misses the Severity 1 response or workaround time, the Vendor shall pay the Customer CNY 1,000, deducted from the next payment or support fee.
H:Article 9 Delay
P:9.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
P:9.2 If the delay exceeds 60 days, the Customer may also terminate this Agreement under Article 15.
H:Article 10 Intellectual Property
P:10.1 The Custom Deliverables, including their source code, belong to the Customer from creation. The Customer may use, modify and license them freely, and may have them maintained by a third party. The Vendor shall deliver the source code with the Final Acceptance documents.
P:10.2 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall bear the resulting costs and damages.
H:Article 11 Customer Data and Data Security
P:11.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not keep, analyse or disclose it for any other purpose.
P:11.2 The Software is installed on the Customer's own servers in Ningbo. The Vendor's staff may access the system remotely only through the Customer's VPN, with a separate approval for each session, and all sessions are recorded. No Customer Data may be copied to any system outside the Customer's premises, and no Customer Data may leave China.
P:11.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in its work. If the Vendor becomes aware of any unauthorised access to or loss of Customer Data, it shall notify the Customer within 24 hours and help to contain it. The Vendor is responsible for all losses caused by a data breach for which it is responsible.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's customer lists, prices and warehouse layouts, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 13 Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 10.2 or breach of Articles 11 and 12.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor's support partner office in Shanghai is approved by the Customer on signature. The Vendor remains responsible for the work of any subcontractor.
H:Article 15 Termination
P:15.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or in the case described in Article 9.2. The Vendor shall then refund the amounts paid for the parts of the system that the Customer does not keep.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the State of Louisiana, United States of America, without regard to its conflict of laws rules.
P:16.2 Any dispute shall be settled by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is New Orleans, Louisiana. The language of the arbitration is English.
H:Article 17 General
P:17.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject.
P:17.2 Annexes: Annex 1 Project Plan; Annex 2 Test Plan; Annex 3 Functional Specification.
P:For the Vendor: Pelican Ledger Systems, LLC. Name: ____________ Title: ____________ Date: ____________
P:For the Customer: Ningbo Beilun Coldchain Logistics Co., Ltd. Name: ____________ Title: ____________ Date: ____________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N; Alabama vendor)
H543E02 = """# Magnolia Route Software, Inc. — Order Form and General Terms

**Order Form No.** MRS-OF-2026-0388

## Part A — Order Form

### Section A.1 Parties

| Role | Details |
|---|---|
| Provider | Magnolia Route Software, Inc., an Alabama corporation, 2210 Clinton Avenue West, Huntsville, Alabama 35805, United States |
| Customer | Jinan Quanyuan Dairy Distribution Co., Ltd., Licheng District, Jinan, Shandong Province, People's Republic of China |

### Section A.2 Services Ordered

A.2.1 MagnoliaRoute, the Provider's route planning and delivery tracking service, delivered over the internet (the "Service"), for the Customer's chilled dairy distribution from two depots in Jinan to about 3,100 retail outlets.

A.2.2 Included features: daily route optimisation with delivery time windows and vehicle temperature zones, driver mobile app with proof of delivery, live vehicle tracking, customer delivery notifications, reports and dashboards, and an interface to the Customer's order management system.

A.2.3 Onboarding: configuration of depots, vehicles, outlets and delivery rules; import of outlet master data; the order interface; training for dispatchers and drivers (the "Onboarding Services").

### Section A.3 Subscription Term

A.3.1 The Subscription Term starts on the date of Go-Live Acceptance under Section B.3 (the "Subscription Start Date") and runs for three Subscription Years.

A.3.2 This Order Form does not renew automatically. Any further subscription requires a new order signed by both parties.

### Section A.4 Fees

At the Customer's request all fees are stated and payable in CNY. Fees include VAT and all other taxes.

| Item | Quantity | Unit fee (CNY per Subscription Year) | Fee per Subscription Year (CNY) |
|---|---|---|---|
| Platform fee (two depots) | 1 | 96,000 | 96,000 |
| Driver and vehicle seats | 180 | 1,150 | 207,000 |
| Subscription fee per Subscription Year | | | 303,000 |
| Subscription fees for three Subscription Years | | | 909,000 |
| Onboarding Services (one-time) | 1 | | 51,000 |
| Total Order Value | | | 960,000 |

Additional seats added during the Subscription Term are charged at CNY 1,150 per seat per Subscription Year, pro rata by month.

### Section A.5 Invoicing and Payment

A.5.1 The Onboarding Services fee is invoiced on Go-Live Acceptance.

A.5.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.

A.5.3 Invoices are payable within 30 days after receipt of a valid VAT invoice, issued by the Provider's authorised local reseller. No payment is due before the Subscription Start Date.

### Section A.6 Onboarding Timetable

The Provider shall complete the Onboarding Services and make the Service ready for Go-Live Acceptance testing within 75 days after both parties sign this Order Form (the "Target Go-Live Date").

## Part B — General Terms

### Section B.1 Provision of the Service

B.1.1 The Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with these General Terms and the Documentation.

B.1.2 The Service for the Customer is hosted in the Alibaba Cloud Shanghai region. The Provider shall not move the hosting of Customer Data to another region without the Customer's prior written consent.

### Section B.2 Customer Responsibilities

B.2.1 The Customer shall keep user credentials secure, provide accurate outlet and order data, and make its staff available for training.

### Section B.3 Go-Live Acceptance

B.3.1 When the Provider notifies the Customer that the Service is ready, the Customer shall run acceptance tests for 10 business days. The acceptance criteria are: all outlets and vehicles are loaded and checked; routes are produced for both depots every day within 20 minutes of order cut-off; delivery time windows are met in the plan for at least 97% of orders; proof-of-delivery records appear in the order management system within 5 minutes; and all dispatchers and drivers have been trained.

B.3.2 If the criteria are met, the Customer signs a Go-Live Acceptance certificate. If they are not met, the Provider shall correct the defects and the test period restarts. Use of the Service during the test period does not count as acceptance.

B.3.3 If Go-Live Acceptance has not been achieved by the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to CNY 45,000. After 45 days of delay the Customer may terminate this Order Form and receive a refund of any amounts paid.

### Section B.4 Service Levels

B.4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 5 days in advance and carried out between 23:00 and 05:00 China Standard Time.

B.4.2 Incident response:

| Severity | Description | Response time | Target resolution |
|---|---|---|---|
| Severity 1 | Routes cannot be produced, or the driver app is down for all drivers | 30 minutes, at any time | 3 hours |
| Severity 2 | A major function is unavailable or badly degraded | 2 hours | 1 business day |
| Severity 3 | Minor issue or question | 1 business day | Next release |

B.4.3 Service credits: for each 0.1 percentage point (or part) by which monthly availability falls below the commitment, the Customer receives a credit of 2% of the monthly share of the subscription fee; for each hour by which a Severity 1 response or resolution is late, a credit of CNY 500. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

### Section B.5 Intellectual Property

B.5.1 The Provider owns the Service, its software and its documentation.

B.5.2 The Customer owns its outlet data, delivery rules, reports and dashboards configured specifically for the Customer, and the order interface built for it ("Customer Configurations"). The Customer may use, copy and modify them freely and may have them used by a third party. On request the Provider shall export them in a documented format.

### Section B.6 Customer Data

B.6.1 "Customer Data" means all data submitted to the Service by or for the Customer, including outlet, order, delivery and driver location data.

B.6.2 Customer Data belongs to the Customer. The Provider processes it to provide the Service to the Customer.

B.6.3 The Provider may also collect and use data derived from Customer Data, such as delivery times, route lengths, stop durations and traffic patterns, in aggregated and de-identified form, to improve and develop its products, to train its routing models and to publish industry benchmarks. This right continues after the end of the Subscription Term.

B.6.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV format and then delete it from the Service.

### Section B.7 Data Security

B.7.1 The Provider shall protect Customer Data with security measures that meet ISO/IEC 27001 and the requirements of China's Cybersecurity Law, Data Security Law and Personal Information Protection Law, including encryption in transit and at rest, multi-factor authentication for administrative access, logging of all access to Customer Data, and daily backups within China.

B.7.2 Customer Data, including driver location data, will be stored and processed only in mainland China.

B.7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall take all necessary remedial steps, and is responsible for losses, fines and claims resulting from an incident caused by its breach of this Section B.7.

### Section B.8 Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the purposes of this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after the end of the Subscription Term.

### Section B.9 Subcontracting

The Provider shall not subcontract the Service or the Onboarding Services, in whole or in part, without the Customer's prior written consent. The Customer approves Alibaba Cloud as hosting provider and the Provider's authorised local reseller for invoicing and first-line support. The Provider remains responsible for all subcontractors.

### Section B.10 Limitation of Liability

B.10.1 Neither party is liable for indirect or consequential loss or loss of profits.

B.10.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six (6) months immediately preceding the event giving rise to the claim.

B.10.3 The limits in this Section do not apply to the Customer's payment obligations, to death or personal injury, or to fraud.

### Section B.11 Term and Termination

B.11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach.

B.11.2 If the Customer terminates for the Provider's breach, the Provider shall refund any prepaid fees for the period after termination.

### Section B.12 Governing Law and Disputes

At the Customer's request this Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time.

### Section B.13 General

B.13.1 This Order Form and these General Terms are the whole agreement of the parties about the Service. Changes must be in writing and signed by both parties.

| For the Provider | For the Customer |
|---|---|
| Magnolia Route Software, Inc. | Jinan Quanyuan Dairy Distribution Co., Ltd. |
| Name and title: | Name and title: |
| Signature and date: | Signature and company seal: |
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Word price table; Arkansas vendor, compliant)
H543E03 = """
T:Purchase Contract for Grain Storage Temperature and Moisture Monitoring Equipment
P:Contract No. JCGR-EQ-2026-021
P:Buyer: Hubei Jingchu Grain Reserve Depot Co., Ltd., Jingzhou, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Delta Grain Sensing, Inc., 1100 Industrial Drive, Jonesboro, Arkansas 72401, United States (the "Supplier").
P:Whereas the Buyer operates 24 flat grain warehouses and 8 steel silos at its Jingzhou depot and needs continuous monitoring of grain temperature, moisture and carbon dioxide, and whereas the Supplier manufactures grain monitoring cables, sensors, gateways and software, the parties agree as follows. This contract is based on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, sensors, wireless gateways, spare parts and accessories listed in Clause 2.
P:1.2 "Software" means the GrainWatch monitoring software, licensed to the Buyer under Clause 8, and its documentation.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's depot.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System at the Buyer's depot and train the Buyer's staff. The prices are stated in CNY, are fixed and include all taxes, customs duties, freight to site, insurance and the Supplier's expenses.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature sensor cables, 12 to 30 m|640|1,350|864,000
TB:2|Moisture and carbon dioxide sensors|96|2,800|268,800
TB:3|Wireless gateways with solar power units|24|9,600|230,400
TB:4|GrainWatch software, perpetual site licence|1|186,000|186,000
TB:|Equipment and Licence Subtotal|||1,549,200
TB:5|Installation, configuration and commissioning|1 lot|142,000|142,000
TB:6|Training of operators and maintenance staff|1 lot|18,800|18,800
TB:|Contract Price|||1,710,000
P:2.2 The Supplier shall deliver with the Equipment a set of spare parts equal to 2% of each sensor type at no extra charge.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 171,000) within 15 days after signature, against the Supplier's invoice and a bank guarantee of the same amount issued by a bank in China.
P:3.2 Installation payment: 55% of the Contract Price (CNY 940,500) within 20 days after the Installation Certificate is signed. The Installation Certificate only confirms that the Equipment is installed; it is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 598,500) within 20 days after Final Acceptance.
P:3.4 All payments are made in CNY by bank transfer against valid VAT invoices issued by the Supplier's appointed importer in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's depot within 90 days after signature and complete installation within 40 days after delivery.
P:4.2 Installation in each warehouse shall be carried out when the Buyer has made the warehouse available and in line with the Buyer's grain safety and fumigation rules. The Supplier's staff shall not enter a warehouse under fumigation.
P:4.3 Title and risk in the Equipment pass to the Buyer on signature of the Installation Certificate.
H:5. Acceptance
P:5.1 After installation the System shall run for a trial period of 45 days.
P:5.2 The acceptance criteria are: every sensor reports to the Software at the set interval; the temperature accuracy is within ±0.5 °C when compared with the Buyer's calibrated reference probes at 5% of measuring points chosen by the Buyer; moisture readings are within ±1.0 percentage point of laboratory samples; alarms for temperature rise and carbon dioxide level reach the duty officer's mobile phone within 2 minutes; gateway data loss is below 0.5% of readings during the trial period; and all documents, drawings and the sensor layout map have been delivered.
P:5.3 If the criteria are met, the Buyer signs the Final Acceptance Certificate. If any criterion is not met, the Supplier shall correct the fault within 10 days and the trial period is repeated for the affected part. Use of the System during the trial period is not acceptance.
H:6. Warranty
P:6.1 The Supplier warrants that the System is new, free from defects in design, materials and workmanship and conforms to this contract for 36 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Supplier shall repair or replace any defective Equipment and correct any Software defect free of charge, including parts, labour, travel and shipping, and shall provide Software updates free of charge.
P:6.3 After the Warranty Period the Buyer may order annual technical support at 6% of the Equipment and Licence Subtotal, that is CNY 92,952 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year by separate purchase order and does not renew automatically.
H:7. Service Levels
P:7.1 Severity 1 means that the System stops reporting for a whole warehouse or silo, or that alarms are not delivered. Severity 2 means that individual cables, sensors or functions fail.
P:7.2 For Severity 1 the Supplier shall respond remotely within 30 minutes, at any time, and have an engineer on site within 48 hours if remote repair is not possible. For Severity 2 the Supplier shall respond within 2 hours during business hours and repair within 5 business days.
P:7.3 For each hour by which a Severity 1 response is late the Supplier shall pay the Buyer CNY 600, and for each day by which on-site attendance is late, CNY 1,000. These amounts may be deducted from any payment or from the warranty support.
P:7.4 The Supplier shall keep a service engineer and a stock of spare parts in Wuhan during the Warranty Period.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the depot and the Buyer's head office.
P:8.2 The warehouse layout models, alarm rules, reports and interface to the Buyer's grain storage management platform that the Supplier creates for this contract belong to the Buyer, who may use, modify and have them maintained by others freely. The Supplier shall hand over their source files and configuration on Final Acceptance.
P:8.3 The Supplier shall indemnify the Buyer against any claim that the System infringes a third party's intellectual property rights.
H:9. Data Security
P:9.1 All grain condition data, warehouse data and alarm records produced by the System belong to the Buyer. The Supplier may use them only to perform this contract.
P:9.2 The Software runs on the Buyer's server at the depot. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN, and all sessions are logged. The Supplier shall not copy any data out of the Buyer's network and shall comply with PRC laws on cybersecurity and data security.
P:9.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 12 hours and shall compensate the Buyer for all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's depot layout, grain stock quantities, security arrangements and all other non-public information it receives, and shall not disclose them to any third party without the Buyer's prior written consent. This obligation survives the end of this contract.
H:11. Delay
P:11.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 If the delay exceeds 45 days the Buyer may terminate this contract under Clause 14.
H:12. Liability
P:12.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, fire or damage to stored grain caused by the Supplier's negligence, and breach of Clauses 9 and 10, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's importer in China and the local installation company named in Annex 2 are approved on signature. The Supplier remains fully responsible for all subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or in the case of Clause 11.2. The Supplier shall then refund all payments for Equipment and services not accepted and pay the Buyer's reasonable extra costs.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:16. Governing Law and Disputes
P:16.1 This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan under its rules. The arbitration award is final.
H:17. General
P:17.1 This contract is signed in English and Chinese; both versions are equally valid. Annex 1: Technical Specification. Annex 2: Installation Plan and Approved Subcontractor. Annex 3: Test Plan.
P:For the Buyer: Hubei Jingchu Grain Reserve Depot Co., Ltd. Authorised representative: ____________ Seal: ____________
P:For the Supplier: Delta Grain Sensing, Inc. Authorised representative: ____________ Date: ____________
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables; South Carolina vendor)
H543E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

**Agreement No.** PMIT-2026-CN-014

**BETWEEN** Palmetto Managed IT, LLC, a South Carolina limited liability company, 300 North Main Street, Greenville, South Carolina 29601, United States ("Provider"),

**AND** Shaoxing Keqiao Huacai Dyeing and Finishing Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China ("Customer").

**BACKGROUND.** Customer runs two dyeing and finishing plants in Keqiao with about 650 staff. Its servers, plant network, backups and IT service desk are run by a small in-house team. Customer wishes to hand the day-to-day operation of this infrastructure to Provider. Provider operates a managed services centre for clients in Asia through its team in Suzhou. The parties agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed infrastructure services described in Clause 2 and Schedule 4.

1.2 "Service Term" means the period of 24 months starting on the Service Commencement Date.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Clause 4.

1.4 "Customer Data" means all data stored on or passing through the systems covered by the Services.

## 2. SERVICES

2.1 Provider shall operate and maintain the servers, storage, virtualisation platform, plant and office network, firewalls, backup system and end-user devices listed in Schedule 4, and shall run a service desk for Customer's staff in Mandarin.

2.2 The Services include monitoring around the clock, incident and problem management, patching, backup and restore, capacity reports, and a monthly service review with Customer's IT manager.

2.3 Changes to the Services or to the inventory in Schedule 4 are agreed in writing. Additional devices are charged at the unit rates in Schedule 1.

2.4 Customer shall give Provider's engineers access to its sites, systems and staff as reasonably needed, provide a VPN connection for remote work, and keep the software licences for its servers and end-user devices valid.

2.5 Customer shall tell Provider in advance about plant shutdowns, new production lines and other events that affect the Services, so that Provider can plan changes and maintenance windows with Customer's IT manager.

## 3. CHARGES AND PAYMENT

3.1 At Customer's request all charges are in CNY and include VAT. The charges are set out in Schedule 1.

3.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears.

3.3 Customer shall pay each correct invoice within 30 days after receipt. No advance payment is due under this Agreement.

## 4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete the transition of the Services within 60 days after signature of this Agreement (the "Transition Date"), following the transition plan agreed with Customer.

4.2 The transition is accepted when all of the following have been shown to Customer's reasonable satisfaction: all items in Schedule 4 are registered in Provider's monitoring tools and alerting works; a full backup and a test restore of the ERP and dyeing recipe servers have been completed; the service desk has handled live tickets for 14 days; runbooks for all critical systems have been handed over; and Customer's IT staff have confirmed the handover of administrator accounts. Customer then signs a Transition Acceptance Certificate.

4.3 If Transition Acceptance is not achieved by the Transition Date for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 36,000.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 Provider shall meet the service levels in Schedule 2. Performance is measured by Provider's monitoring tools and reported monthly.

5.2 If Provider misses a service level, Customer is entitled to the service credits in Schedule 3. Credits are deducted from the next invoice. The total credits in a month shall not exceed 20% of the Monthly Service Charge for that month.

5.3 Provider shall report the root cause of every P1 incident, with the actions taken to prevent it happening again, within 3 business days.

## 6. PERSONNEL AND SUBCONTRACTORS

6.1 Provider shall assign a named service delivery manager and keep enough qualified engineers to perform the Services. Provider shall replace any on-site engineer whom Customer reasonably asks to be replaced within 15 days of the request.

6.2 Provider may use subcontractors, including its affiliates and local field-service partners, to perform any part of the Services, by giving Customer written notice of the subcontractor's name and scope before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

## 7. CUSTOMER DATA

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services for Customer.

7.2 At the end of the Service Term Provider shall hand back all administrator credentials, backups and copies of Customer Data in its possession.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all information received from the other that is marked confidential or that a reasonable person would treat as confidential, including Customer's dyeing recipes, customer lists, prices and production figures, and shall not disclose it to any third party except its employees, subcontractors and advisers who need to know it and are bound by equivalent duties.

8.2 This Clause survives for three years after the end of this Agreement.

## 9. INTELLECTUAL PROPERTY

9.1 Provider's tools, monitoring software and general know-how remain Provider's property.

9.2 Runbooks, scripts, configurations and documentation created specifically for Customer under this Agreement belong to Customer, who may use, modify and give them to any future service provider freely.

## 10. LIABILITY

10.1 Neither party is liable for indirect loss, loss of profit or loss of production.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 1. This limit does not apply to personal injury, wilful misconduct or breach of Clause 8.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Service Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Customer may not terminate this Agreement before the end of the Service Term. If Provider is in breach, Customer's remedies are the service credits under Clause 5 and damages under Clause 10.

11.3 Either party may terminate this Agreement by written notice if the other party becomes insolvent or stops carrying on business.

11.4 On expiry or termination Provider shall give Customer or its new provider reasonable exit assistance for up to 30 days at the rates in Schedule 1.

## 12. GOVERNING LAW AND DISPUTES

12.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing. The arbitration award is final and binding on both parties.

## 13. GENERAL

13.1 This Agreement, with its Schedules, is the entire agreement of the parties about the Services. Changes must be in writing and signed by both parties. Notices are sent to the addresses above.

## SCHEDULE 1 — CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee (one-time) | fixed | 76,000 |
| Monthly Service Charge | per month, 24 months × 58,500 | 1,404,000 |
| Total Contract Value | | 1,480,000 |
| Additional server | per server per month | 650 |
| Additional end-user device | per device per month | 45 |
| Exit assistance | per engineer day | 3,200 |

## SCHEDULE 2 — SERVICE LEVELS

| Service level | Target | Measured |
|---|---|---|
| Availability of core network, firewalls and ERP servers | 99.95% | monthly, excluding agreed maintenance windows |
| P1 incident response (a plant or the ERP system cannot work) | 15 minutes, at any time | per incident |
| P1 incident restoration | 3 hours | per incident |
| P2 incident response (a department or important system degraded) | 1 hour | per incident |
| P2 incident restoration | 8 hours | per incident |
| Service desk calls answered | 90% within 30 seconds | monthly |
| Backup success rate | 99% of scheduled jobs | monthly |

## SCHEDULE 3 — SERVICE CREDITS

| Service level missed | Credit |
|---|---|
| Availability below target | 3% of the Monthly Service Charge for each 0.1 percentage point (or part) below target |
| P1 response or restoration late | CNY 1,000 for each hour or part of an hour late |
| P2 restoration late | CNY 300 for each hour or part of an hour late |
| Service desk or backup target missed | 2% of the Monthly Service Charge |

## SCHEDULE 4 — SCOPE INVENTORY

| Item | Quantity | Location |
|---|---|---|
| Physical servers | 14 | Plant 1 server room |
| Virtual servers | 62 | Plant 1 server room |
| Storage arrays | 2 | Plant 1 server room |
| Core and distribution switches | 18 | Plants 1 and 2 |
| Firewalls | 4 | Plants 1 and 2 |
| Wireless access points | 120 | Plants 1 and 2, offices |
| Backup appliances | 2 | Plant 1 and Plant 2 |
| End-user devices | 540 | All sites |

**Signed for Provider:** Palmetto Managed IT, LLC — Name: ____________ Title: ____________ Date: ____________

**Signed for Customer:** Shaoxing Keqiao Huacai Dyeing and Finishing Co., Ltd. — Name: ____________ Company seal: ____________ Date: ____________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, continuous numbered clauses; West Virginia vendor)
H543E05 = """DATA SUBSCRIPTION AGREEMENT (API ACCESS)

Agreement No. MMD-API-2026-077

PARTIES

Monongah Market Data, LLC, a West Virginia limited liability company, 150 Clay Street, Morgantown, West Virginia 26501, United States ("Provider").

Shanxi Jinyang Thermal Power Co., Ltd., Xiaodian District, Taiyuan, Shanxi Province, People's Republic of China ("Customer").

BACKGROUND

Provider publishes daily price assessments, freight rates, port inventory figures and quality data for thermal coal and delivers them to subscribers through a web application programming interface (the "API"). Customer's fuel procurement department buys about 4.2 million tonnes of thermal coal a year for its three power plants and wishes to receive Provider's data directly in its procurement and budgeting systems. Customer currently receives Provider Data through manual downloads from Provider's website. The parties agree as follows.

DEFINITIONS

1. "Provider Data" means the price assessments, indices, freight rates, inventory figures, quality data, historical series and related content made available through the API.

2. "Subscription Term" means the period from 1 April 2027 to 31 March 2029, made up of two Subscription Years: 1 April 2027 to 31 March 2028, and 1 April 2028 to 31 March 2029.

3. "Query Data" means the requests that Customer sends to the API, Customer's watchlists, saved screens and the contract volumes and delivery schedules that Customer uploads to the API to calculate its delivered-cost index.

4. "Custom Index" means the Jinyang delivered-cost index described in Annex 2, built by Provider for Customer from Customer's own weighting formula, freight routes and plant quality specifications.

SUBSCRIPTION AND LICENCE

5. Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and to use Provider Data for Customer's internal business, including procurement, budgeting, reporting to its board and to its parent company, and negotiations with coal suppliers. Customer's affiliates that operate its power plants may use Provider Data through Customer's named users.

6. Customer may keep Provider Data received during the Subscription Term in its internal systems after the end of the Subscription Term for its records and internal reports, but may not use it to build a competing data product.

7. Customer shall not resell or publish Provider Data, except short extracts in internal reports and in communications with its suppliers and regulators.

8. The subscription covers up to 60 named users and API keys for up to five internal systems. Customer may change named users at any time through the administration page; additional named users cost CNY 2,600 each per Subscription Year, pro rata by month.

FEES

9. At Customer's request all fees are stated and paid in CNY and include VAT. The subscription fee is CNY 236,000 for each Subscription Year, a total of CNY 472,000 for the Subscription Term.

10. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid invoice issued by Provider's authorised distributor in China.

11. The subscription includes up to 2,000,000 API calls per calendar month. Calls above that volume are charged at CNY 0.08 per call, invoiced monthly in arrears.

12. The fees will not change during the Subscription Term.

ACTIVATION AND ACCEPTANCE

13. Provider shall activate Customer's API credentials, deliver the historical data package from January 2015 and deliver the Custom Index by 1 April 2027 (the "Activation Date"). Provider shall also provide a sandbox environment, sample code and an onboarding call with Customer's IT team in Mandarin or English before the Activation Date.

14. Customer may test the API for 15 business days after activation. The acceptance criteria are: all endpoints listed in Annex 1 return data in the documented format; the historical package contains all series listed in Annex 1 without gaps; the Custom Index reproduces Customer's own calculation for three sample months within 0.1 CNY per tonne; and daily assessments appear in the API on each publication day by 18:00 China Standard Time. When the criteria are met Customer signs an activation acceptance note. If a criterion is not met, Provider shall correct the defect and Customer may repeat the tests for the affected part.

15. If Provider fails to meet the Activation Date for reasons within its control, it shall pay Customer CNY 600 for each day of delay until the acceptance note is signed, up to CNY 30,000.

SERVICE AND SUPPORT

16. Provider will use commercially reasonable efforts to keep the API available and to publish Provider Data on each publication day.

17. Provider provides technical support by e-mail and telephone during its business hours and will try to answer support requests promptly. Provider may carry out maintenance of the API from time to time and will try to give advance notice on its status page.

18. Provider does not guarantee that the API will be uninterrupted or error-free. Price assessments reflect Provider's professional judgement; Provider shall correct any errors it becomes aware of and publish the corrections. Customer is responsible for its own decisions based on Provider Data.

QUERY DATA

19. Query Data belongs to Customer. Provider shall use Query Data to operate the API, to calculate the Custom Index and to provide support.

20. Provider may also use Query Data and records of Customer's use of the API in aggregated and anonymised form to improve its products, to develop new indices and to publish market-interest indicators that Provider sells to its other subscribers, during and after the Subscription Term. Such aggregated data will not name Customer.

DATA SECURITY

21. Provider shall protect Query Data and Customer's credentials with appropriate technical and organisational measures, including encryption in transit with TLS 1.2 or higher, encryption at rest, access only by named Provider staff on a need-to-know basis, and logging of all such access. Provider shall have its security controls reviewed by an independent auditor every Subscription Year and shall give Customer a summary of the results on request.

22. Customer shall not upload personal information to the API. Provider shall comply with the applicable data protection and data security laws, including those of the People's Republic of China, when handling Query Data.

23. Provider shall notify Customer within 48 hours after becoming aware of any unauthorised access to Query Data or Customer's credentials, shall cooperate with Customer to limit the damage, and shall be liable for Customer's losses caused by a breach of its obligations under this section.

CONFIDENTIALITY

24. Each party shall keep confidential the other party's non-public information, including Customer's contract volumes, suppliers, prices and the Custom Index formula, and Provider's methodology documents that are not public. Each party shall use such information only for this Agreement. This duty continues for three years after the end of the Subscription Term.

INTELLECTUAL PROPERTY

25. Provider owns Provider Data, the API and its methodology.

26. The Custom Index, its formula, its calculation code and all values of the Custom Index belong to Customer. Customer may use, modify and disclose them freely and may have the Custom Index calculated by a third party. Provider shall deliver the calculation code and documentation with the activation acceptance note.

SUBCONTRACTING

27. Provider shall not subcontract any of its obligations under this Agreement without Customer's prior written consent, except that its cloud hosting provider and its authorised distributor in China named in Annex 3 are approved on signature. Provider remains responsible for its subcontractors.

LIABILITY

28. Neither party is liable for indirect or consequential loss, including trading losses or loss of profit.

29. Each party's total liability under this Agreement is limited to 150% of the total subscription fees for the Subscription Term, except for breach of clauses 7, 23 and 24, fraud and wilful misconduct.

TERM AND TERMINATION

30. This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written agreement.

31. Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the unused part of the subscription fee. Customer may also terminate this Agreement if Provider stops publishing the thermal coal assessments listed in Annex 1 that Customer relies on.

32. Within 30 days after the end of this Agreement Provider shall delete Query Data from its systems, except aggregated data under clause 20, and confirm the deletion in writing.

GOVERNING LAW AND DISPUTES

33. At Customer's request this Agreement is governed by the laws of the People's Republic of China.

34. Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The language of the arbitration is Chinese and English.

GENERAL

35. This Agreement, with Annex 1 (API Specification and Data Series), Annex 2 (Custom Index) and Annex 3 (Approved Subcontractors), is the entire agreement of the parties about its subject. Changes must be in writing and signed by both parties.

36. Notices are given in writing to the addresses above, with a copy by e-mail. Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

Signed for Provider: Monongah Market Data, LLC
Name: ____________________  Title: ____________________  Date: ____________

Signed for Customer: Shanxi Jinyang Thermal Power Co., Ltd.
Name: ____________________  Title: ____________________  Company seal and date: ____________
"""

# ================================================================ design, labels, checks
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# key: (file name, language, category, source, format)
FILES = {
    "h543z01": ("h543z01_medical_insurance_fund_supervision_platform.pdf", "zh", "software", H543Z01, "pdf"),
    "h543z02": ("h543z02_aluminium_extrusion_press_control_retrofit.docx", "zh", "hardware", H543Z02, "docx"),
    "h543z03": ("h543z03_bookstore_chain_inventory_saas.txt", "zh", "cloud", H543Z03, "txt"),
    "h543z04": ("h543z04_sports_centre_ticketing_om_service.txt", "zh", "services", H543Z04, "txt"),
    "h543z05": ("h543z05_biscuit_factory_aps_licence_supplier_template.md", "zh", "software", H543Z05, "md"),
    "h543e01": ("h543e01_louisiana_wms_perpetual_licence.pdf", "en", "software", H543E01, "pdf"),
    "h543e02": ("h543e02_alabama_route_planning_saas_order_form.md", "en", "cloud", H543E02, "md"),
    "h543e03": ("h543e03_arkansas_grain_depot_sensors.docx", "en", "hardware", H543E03, "docx"),
    "h543e04": ("h543e04_south_carolina_managed_infrastructure.md", "en", "services", H543E04, "md"),
    "h543e05": ("h543e05_west_virginia_coal_data_api.txt", "en", "cloud", H543E05, "txt"),
}

G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order; extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value
LABELS = {
    "h543z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False,
                 "PRC", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                                 acceptance_deemed_on_delivery=False, contract_value=2408000)),
    "h543z02": ([None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 7, False, True, True,
                 "PRC", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                                 acceptance_deemed_on_delivery=False, contract_value=2020000)),
    "h543z03": ([99.5, 0.5, True, "buyer", True, True, True, 800 / 800000 * 100, None, None, True, None, None, None,
                 True, True, False, "PRC", S], dict(sla_clause=True, ld_stated=True,
                                                    acceptance_deemed_on_delivery=False, contract_value=800000)),
    "h543z04": ([None, 6, False, "buyer", True, True, False, 0.2, None, None, True, None, None, None, False, True,
                 False, None, S], dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                                       contract_value=468000)),
    "h543z05": ([None, 8, False, "supplier", True, True, True, None, 20, 50, False, False, 6, 24, False, True, None,
                 "PRC", G], dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True,
                                 acceptance_deemed_on_delivery=True, contract_value=1500000)),
    "h543e01": ([None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9, False, True, False,
                 "Louisiana", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                                       acceptance_deemed_on_delivery=False, contract_value=1508000)),
    "h543e02": ([99.95, 0.5, True, "buyer", True, False, True, 900 / 960000 * 100, 6 / 36 * 100, None, True, None,
                 None, None, False, True, False, "PRC", S], dict(sla_clause=True, ld_stated=True,
                                                                 acceptance_deemed_on_delivery=False,
                                                                 contract_value=960000)),
    "h543e03": ([None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False,
                 "PRC", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                                 acceptance_deemed_on_delivery=False, contract_value=1710000)),
    "h543e04": ([99.95, 0.25, True, "buyer", False, True, True, 1200 / 1480000 * 100, 150, None, True, None, None,
                 None, False, False, True, "PRC", S], dict(sla_clause=True, ld_stated=True,
                                                           acceptance_deemed_on_delivery=False,
                                                           contract_value=1480000)),
    "h543e05": ([None, None, False, "buyer", True, False, True, 600 / 472000 * 100, 150, None, True, None, None, None,
                 False, True, False, "PRC", S], dict(sla_clause=False, ld_stated=True,
                                                     acceptance_deemed_on_delivery=False, contract_value=472000)),
}

# TCO fee base (itemised licence / hardware subtotal) for goods_or_licence drafts
FEE_BASE = {"h543z01": 1260000, "h543z02": 1818000, "h543z05": 1180000, "h543e01": 1120000, "h543e03": 1549200}

DESIGN = {
    "h543z01": set(),
    "h543z02": {"CR-LD-LOW", "CR-SUBCONTRACT"},
    "h543z03": {"CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL"},
    "h543z04": {"CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-CONFIDENTIALITY"},
    "h543z05": {"CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                "CR-TCO-SERVICE-SHARE", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-LD-MISSING", "CR-LIABILITY-CAP"},
    "h543e01": {"CR-GOVERNING-LAW"},
    "h543e02": {"CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"},
    "h543e03": set(),
    "h543e04": {"CR-DATA-SECURITY", "CR-TERMINATION", "CR-SUBCONTRACT"},
    "h543e05": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-DATA-OWNERSHIP"},
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(key, t, x):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    if not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (x["contract_value"] + fees) * 100


def rules_from_labels(key, t, x):
    """My own reading of policy.md section 3, applied to the labels (not project code)."""
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
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
_P = r"(?:%|％|percent|per\s*cent)"
_NOT = r"(?<![\d.,])"
THRESHOLD_PATTERNS = {
    "availability 99.9": [_NOT + r"99\.9(?!\d)", r"九\s*十\s*九\s*点\s*九(?![一二三四五六七八九])"],
    "P1 4 hours": [_NOT + r"4\s*(?:个\s*)?小\s*时", r"(?<![十\d])四\s*(?:个\s*)?小\s*时",
                   _NOT + r"4\s*-?\s*h(?:ours?|rs?)?(?![a-z])", r"four\s*(?:\(\s*4\s*\)\s*)?-?\s*hours?",
                   _NOT + r"240\s*(?:分\s*钟|min)"],
    "LD 0.05 %": [_NOT + r"0\.05(?!\d)", r"万\s*分\s*之\s*五(?![十百千\d点])", r"千\s*分\s*之\s*零\s*点\s*五",
                  _NOT + r"0\.5\s*‰"],
    "cap 100 %": [_NOT + r"100(?:\.0+)?\s*" + _P, r"百\s*分\s*之\s*(?:一\s*)?百",
                  r"one\s*hundred\s*" + _P],
    "prepayment 30 %": [_NOT + r"30(?:\.0+)?\s*" + _P, r"百\s*分\s*之\s*三\s*十(?![一二三四五六七八九点])",
                        r"三\s*成", r"thirty\s*" + _P],
    "warranty 12 months": [_NOT + r"12\s*个\s*月", _NOT + r"12\s*月(?!\s*[0-9一二三四五六七八九十]+\s*日)",
                           _NOT + r"12\s*-?\s*months?", r"十\s*二\s*个\s*月",
                           r"twelve\s*-?\s*months?", r"一\s*年", r"one\s*-?\s*years?", _NOT + r"1\s*-?\s*years?",
                           _NOT + r"1\s*年(?!度)"],
    "post-warranty 15 %": [_NOT + r"15(?:\.0+)?\s*" + _P, r"百\s*分\s*之\s*十\s*五(?![一二三四五六七八九点])",
                           r"fifteen\s*" + _P],
    "TCO 40 %": [_NOT + r"40(?:\.0+)?\s*" + _P, r"百\s*分\s*之\s*四\s*十(?![一二三四五六七八九点])", r"四\s*成",
                 r"forty\s*" + _P],
    "horizon 5 years": [_NOT + r"5\s*(?:个\s*)?年(?!度)", r"(?<![十〇零一二三四六七八九\d])五\s*年(?!度)",
                        _NOT + r"5\s*-?\s*years?", r"five\s*-?\s*years?", _NOT + r"60\s*(?:个\s*)?(?:月|-?\s*months?)",
                        r"六\s*十\s*个\s*月", r"sixty\s*-?\s*months?"],
}
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour", "240 分钟",
            "0.05%", "万分之五", "100%", "100 %", "百分之百", "one hundred percent", "30%", "百分之三十", "三成",
            "thirty percent", "12个月", "12 个月", "12月", "12 months", "十二个月", "twelve months", "一年", "one year", "one-year",
            "1 year", "15%", "百分之十五", "fifteen per cent", "40%", "四成", "百分之四十", "forty percent", "5年",
            "五年", "five years", "5 years", "60 months", "60个月", "five-year"]
MUST_MISS = ["24小时", "24 hours", "14 小时", "二十四小时", "fourteen hours", "48 hours", "99.95%", "99.5%", "115%",
             "0.15%", "150%", "1,100%", "2025年", "2026 年", "十五年", "万分之五十", "万分之三", "服务年度",
             "Subscription Year", "30 日", "30 days", "40 家门店", "45%", "35%", "4 名", "3 hours", "0.5 mm",
             "112 months", "24 months", "2027 年 12 月 31 日", "12月31日", "2015", "fives", "60 days", "25%"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for name, pats in THRESHOLD_PATTERNS.items():
        for pat in pats:
            for v in variants:
                m = re.search(pat, v, re.I)
                if m:
                    hits.append((name, pat, v[max(0, m.start() - 15):m.end() + 15]))
                    break
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s) and threshold_hits("前文 " + s + " 后文"), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s) and not threshold_hits("前文 " + s + " 后文"), ("must miss", s, threshold_hits(s))


def label_threshold_check(key, t, x):
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    share = tco_share(key, t, x)
    assert share is None or abs(share - 40) > 2, (key, share)


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def write_label(key):
    name, lang, cat, _, _ = FILES[key]
    vals, extra = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    rules = sorted(rules_from_labels(key, terms, extra))
    assert set(rules) == DESIGN[key], (key, set(rules) ^ DESIGN[key])
    label_threshold_check(key, terms, extra)
    doc = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
           "expected_rules": rules}
    (OUT / (Path(name).stem + ".json")).write_text(json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8")
    return rules, terms, extra


SOURCES = {k: v[3] for k, v in FILES.items() if v[4] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[4]) for k, v in FILES.items() if v[4] in ("docx", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    # price and payment arithmetic as written in the drafts
    assert 1260000 + 836000 + 214000 + 98000 == 2408000 == 481600 + 1083600 + 842800
    assert 744000 + 568000 + 154000 + 84000 + 268000 == 1818000 and 1818000 + 176000 + 26000 == 2020000
    assert 404000 + 707000 + 909000 == 2020000 and round(1818000 * 0.07) == 127260
    assert 40 * 4800 + 46000 == 238000 and 3 * 238000 + 86000 == 800000
    assert 312000 + 96000 + 60000 == 468000 == 4 * 117000
    assert 680000 + 220000 + 280000 == 1180000 and 1180000 + 260000 + 60000 == 1500000 == 2 * 750000
    assert round(1180000 * 0.24) == 283200
    assert 520000 + 120 * 3600 + 80 * 2100 == 1120000 and 1120000 + 286000 + 64000 + 38000 == 1508000
    assert 301600 + 678600 + 527800 == 1508000 and round(1120000 * 0.09) == 100800
    assert 96000 + 180 * 1150 == 303000 and 3 * 303000 + 51000 == 960000
    assert 640 * 1350 + 96 * 2800 + 24 * 9600 + 186000 == 1549200 and 1549200 + 142000 + 18800 == 1710000
    assert 171000 + 940500 + 598500 == 1710000 and round(1549200 * 0.06) == 92952
    assert 24 * 58500 + 76000 == 1480000 and 2 * 236000 == 472000
    for key, (name, lang, cat, src, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    fired, problems = set(), []
    for key, (name, lang, cat, src, fmt) in FILES.items():
        rules, terms, extra = write_label(key)
        fired |= set(rules)
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        share = tco_share(key, terms, extra)
        print("%-58s %s %5d %s  risk=%-6s tco=%s  %s" % (name, lang, n, "ok " if ok else "OUT", risk(rules),
              "-" if share is None else "%.2f" % share, ", ".join(r[3:] for r in rules) or "(none)"))
        if not ok:
            problems.append((name, "length", n))
        for h in threshold_hits(src) + threshold_hits(text):
            problems.append((name, "threshold", h))
    missing = set(SEVERITY) - fired
    assert not missing, missing
    print("all 20 CR rules fire at least once")
    for p in problems:
        print("PROBLEM", p)
    assert not problems
