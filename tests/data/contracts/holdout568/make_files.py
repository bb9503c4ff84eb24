"""holdout568: ten blind ORDINARY draft contracts (5 zh, 5 en) with labels. Sources are kept here; run with
/work/main/.venv/bin/python -B make_files.py. Writes the .txt/.md directly, the .docx/.pdf through ../word_pdf.py,
the .json labels, then reads every built file back and checks lengths, threshold strings and rule coverage."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江澜市养老服务综合监管平台建设项目政府采购合同
P:合同编号：JLMZ-2026-0318
P:采购人（甲方）：江澜市民政局
P:供应商（乙方）：杭州颐康数字科技有限公司
P:采购项目：江澜市养老服务综合监管平台建设项目（采购编号 JLCG-2026-0318），采购方式：公开招标。
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“颐康养老服务监管平台”软件许可，并在此基础上定制开发本市养老机构监管、居家养老服务补贴审核、老年人能力评估、助餐点管理、视频巡查联动和统计分析驾驶舱等功能，完成与省民政一体化平台、市医保系统及人口库的数据对接，部署于甲方指定的市政务云。
P:1.2 平台覆盖全市 9 个县（市、区）民政部门、126 家养老机构、418 个居家养老服务站点和 63 个社区助餐点，详细需求以招标文件第三章为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币 2,478,000 元（大写：贰佰肆拾柒万捌仟元整），为固定总价，已包含税费、部署、数据对接、培训及质保期内全部服务费用，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久许可，不限用户数）|1,180,000
TB:2|定制开发（监管、补贴审核、能力评估、助餐、驾驶舱）|960,000
TB:3|数据对接（省民政平台、医保、人口库）|214,000
TB:4|部署实施与试运行保障|96,000
TB:5|培训（管理员、业务人员、机构用户）|28,000
TB:合计| |2,478,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后 15 个工作日内，甲方支付合同总价的 25%，即 619,500 元，作为预付款。
P:3.2 平台上线并通过初步验收后 15 个工作日内，甲方支付合同总价的 50%，即 1,239,000 元。
P:3.3 项目通过最终验收后 15 个工作日内，甲方支付合同总价的 25%，即 619,500 元。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票，甲方按财政资金支付程序付款。
H:第四条 实施进度与项目管理
P:4.1 乙方应于合同签订后 45 日内完成平台部署和基础配置，120 日内完成全部定制开发和数据对接并书面提请初步验收；初步验收后进入 90 日试运行。
P:4.2 乙方应指派具有高级项目经理资格的项目经理常驻甲方，未经甲方书面同意不得更换；每周提交项目周报，重大问题及时书面报告。
P:4.3 甲方负责提供政务云资源、接口调用授权和业务需求确认，并指定联系人配合乙方工作。
P:4.4 乙方应为甲方及各县（市、区）民政部门管理员、业务人员和养老机构用户分批开展培训，培训不少于 6 场，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件功能清单逐项测试通过；（2）与省民政平台、医保系统、人口库的接口连续 10 日数据核对无差错；（3）500 个并发用户下页面平均响应时间不超过 2 秒；（4）通过第三方等保三级测评和商用密码应用安全性评估。
P:5.2 最终验收标准：试运行期内未发生一级故障，遗留问题全部关闭，源代码、数据库设计文档、接口文档和操作手册已移交。甲方组织专家按上述标准验收，并出具书面验收报告。
P:5.3 平台上线、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在 15 日内整改并重新提请验收。
P:5.4 验收所需的第三方测评费用由乙方承担。
H:第六条 服务水平
P:6.1 平台月可用率不低于 99.95%。计划内维护须提前 3 个工作日经甲方同意，不计入不可用时间。
P:6.2 一级故障（平台整体不可用或补贴数据错误）：30 分钟内响应，2 小时内到场，8 小时内恢复；二级故障（部分功能不可用）：2 小时内响应，24 小时内解决；三级故障：次一工作日内解决。
P:6.3 一级故障响应每超时 1 小时，扣减 500 元；月可用率每低于承诺值 0.01 个百分点，扣减 1,000 元。扣减金额从应付款项中扣除，不足部分由乙方另行支付。
H:第七条 质保及运维
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、驻场支持（首个服务年度 1 人）及 7×24 小时热线服务。
P:7.2 质保期满后，甲方如需续购运维服务，年度运维费不超过平台软件许可费的 8%，即每年不超过 94,400 元，且质保期满后两个服务年度内不上调，具体以双方另行签订的运维合同为准。运维合同不自动续期。
H:第八条 数据安全
P:8.1 平台全部数据，包括老年人个人信息、健康评估信息、补贴发放数据及系统日志，均属甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，落实等保三级要求；运维访问须经甲方审批并通过甲方堡垒机进行，全程审计；敏感字段加密存储，测试使用脱敏数据。
P:8.3 发生数据泄露或其他安全事件的，乙方应在 1 小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:乙方对履行本合同获知的甲方工作秘密和其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发成果（含源代码、数据库设计、接口程序和文档）的知识产权归甲方所有，甲方可自行修改、使用并许可他人使用。
P:10.2 平台原有软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过 30 日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定的，应在甲方要求的期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
H:第十二条 分包
P:本项目不得分包，乙方不得将本合同全部或部分转包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后 15 日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：江澜市民政局    乙方（盖章）：杭州颐康数字科技有限公司
P:法定代表人或授权代表：        法定代表人或授权代表：
P:签订日期：2026年  月  日
"""

Z02 = """T:立窑自动化控制系统改造及维保合同
P:合同编号：HSHY-ZD-2026-011
P:甲方（买方）：河间市恒盛石灰有限公司
P:乙方（卖方）：石家庄中控智联自动化工程有限公司
P:鉴于甲方拟对其 1 号、2 号机械化立窑的配料、上料、燃烧及卸灰控制系统进行自动化改造，乙方具备相应的设计、供货、安装和维保能力，双方经协商，就改造工程及维保服务签订本合同。
H:一、改造内容
P:（一）乙方负责两座立窑控制系统的方案设计、设备供货、软件编程、安装调试和人员培训，实现石灰石与燃料自动称重配料、自动上料布料、窑内温度压力在线监测、鼓风量自动调节及出灰联锁控制。
P:（二）改造完成后，窑况数据应在中控室上位机集中显示、报警和存档，并可生成班报、日报和能耗报表。
P:（三）乙方应在合同签订后 15 日内提交详细设计方案，包括控制系统架构图、I/O 点表、仪表选型清单、联锁逻辑说明和电缆清册，经甲方书面确认后实施；甲方提出的合理修改意见，乙方应无偿采纳。
P:（四）改造施工应分窑进行，一座立窑施工期间另一座立窑应保持正常生产，乙方不得因施工影响甲方正常供货。
H:二、合同价格
P:（一）本合同总价为人民币 1,026,000 元，含税，包括设备、软件、运输、安装调试和培训费用，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC 控制柜及模块|2 套|336,000
TB:2|自动称重配料系统|1 套|158,000
TB:3|窑况检测仪表（温度、压力、料位）|1 批|124,000
TB:4|变频器及电控柜改造|1 批|88,000
TB:5|上位机、工业交换机及 UPS|1 批|67,000
TB:6|组态软件及窑控优化软件许可|1 套|145,000
TB:软硬件小计| | |918,000
TB:7|安装调试及电缆敷设| |96,000
TB:8|操作及维护培训| |12,000
TB:合计| | |1,026,000
P:（二）上述价格为固定价格，合同履行期间不因原材料或人工价格变化而调整。
P:（三）乙方投标报价中的设备品牌、型号不得擅自变更；确需变更的，须经甲方书面同意，且性能不得低于原型号。
H:三、付款方式
P:（一）合同签订后 10 个工作日内，甲方支付合同总价的 20%，即 205,200 元。
P:（二）设备全部到货并经双方清点签收后，甲方支付合同总价的 50%，即 513,000 元。到货签收不代表质量验收。
P:（三）系统终验合格后，甲方支付合同总价的 25%，即 256,500 元。
P:（四）余款 51,300 元作为质量保证金，质保期满且无质量问题后一次付清。
H:四、工期
P:（一）乙方应于合同签订后 60 日内完成设备到货，甲方安排停窑检修期后 25 日内完成安装调试。
P:（二）工期延误的，乙方应增加人员和设备赶工，并提交书面赶工计划。本合同对工期延误不约定违约金，甲方因延误产生的实际损失由双方另行协商。
P:（三）甲方负责提供停窑检修窗口、施工用电用水及现场临时存放场地，并指派工艺人员配合调试。乙方进场施工应遵守甲方安全生产管理制度，高处作业、动火作业须办理作业票，施工人员须佩戴劳动防护用品。
H:五、验收
P:（一）终验标准：（1）两座立窑各连续带负荷运行 72 小时，控制系统无停机故障；（2）配料称量误差不超过 0.5%；（3）窑内各温度、压力测点与校验仪表偏差在技术协议允许范围内；（4）鼓风、上料、出灰联锁动作全部测试正确；（5）操作人员培训合格并移交全部资料。
P:（二）双方按上述标准共同签署终验报告。设备安装完成或甲方投入生产使用，均不视为终验合格。
P:（三）终验前乙方应提交竣工图纸、PLC 程序备份、组态工程文件、仪表校验记录、设备说明书和合格证，以及操作规程和维护手册。
H:六、质保及维保
P:（一）质保期为 24 个月，自终验合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及上门服务全部免费。
P:（二）质保期内乙方每季度上门巡检一次，提交巡检报告；每年停窑检修期间协助甲方对仪表进行校准。
P:（三）质保期满后，甲方可委托乙方继续维保，年度维保费按软硬件小计的 8% 计取，即每年 73,440 元，质保期满后三个服务年度内不上调。维保合同按年签订，不自动续期。
P:（四）质保期内，乙方应在甲方厂区存放 PLC 模块、称重传感器和常用仪表等关键备件，备件清单作为技术协议附件；动用的备件乙方应在 7 日内补齐。
H:七、故障响应
P:（一）一级故障（立窑控制系统失控或被迫停窑）：乙方接到报修后 30 分钟内电话响应，6 小时内到达现场；二级故障：2 小时内响应，24 小时内到场处理。
P:（二）上述时限为乙方的服务承诺。乙方超出上述时限的，本合同不约定扣款、违约金或其他补偿。
P:（三）乙方应设立 7×24 小时报修电话，并为甲方指定固定的服务工程师；每次处理故障后提交书面维修记录，写明故障原因、处理措施和更换部件。
H:八、数据与网络安全
P:（一）控制系统及上位机产生的生产数据、工艺参数和配方归甲方所有，乙方仅为调试和维保目的使用，不得复制带离或提供给第三方。
P:（二）远程维护须事先经甲方书面批准，通过甲方提供的 VPN 账号进行，每次结束后关闭；乙方应对其人员和设备进行病毒查杀，不得在控制网络接入未经甲方许可的设备。
P:（三）因乙方原因导致数据泄露、控制系统遭受病毒或非法入侵的，乙方应在 2 小时内通知甲方，负责恢复，并赔偿由此造成的全部损失。
H:九、保密
P:乙方对在甲方厂区获知的生产工艺、配方、成本及经营信息负有保密义务，未经甲方书面同意不得披露，本条在合同终止后继续有效。
H:十、知识产权
P:（一）为本项目编写的 PLC 程序、组态工程文件及其源文件归甲方所有，乙方应在终验时完整移交，甲方可自行修改和使用。
P:（二）组态软件及窑控优化软件为第三方或乙方原有产品，乙方保证甲方获得永久使用许可。
H:十一、分包
P:乙方可将电缆敷设、桥架安装等辅助工程交由其选定的施工单位完成，但应在进场前书面告知甲方，乙方对分包部分承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后 10 日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、法律适用及争议解决
P:本合同适用中华人民共和国法律。发生争议双方协商解决，协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十四、培训
P:（一）乙方应对甲方中控室操作人员、电工和仪表工分别进行培训，内容包括系统操作、日常维护、故障判断和应急处置，培训不少于 5 天，考核合格后方可上岗。
P:（二）乙方应提供中文培训教材和操作视频，质保期内系统升级后应免费补充培训。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：河间市恒盛石灰有限公司    乙方（盖章）：石家庄中控智联自动化工程有限公司
P:授权代表：    授权代表：
P:日期：2026年  月  日
"""

Z03 = """连锁门店进销存SaaS服务及实施合同

合同编号：SXSD-IT-2026-027
甲方（客户）：湖南书香四季图书连锁有限公司
乙方（服务商）：长沙云链零售软件有限公司

鉴于甲方在湖南省内经营 20 家连锁书店（含 3 家校园店），需要统一的进销存、会员和门店收银管理系统；乙方提供“云链零售”SaaS 服务，并具备实施能力。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方为甲方 20 家门店及总部开通“云链零售”SaaS 服务，包括商品与图书编目管理（ISBN 自动带出书目信息）、采购与出版社退货、门店要货与调拨、库存盘点、POS 收银、会员积分、促销管理和经营报表。
1.2 乙方负责实施：历史商品及库存数据迁移（约 21 万个品种）、与甲方财务软件和微信小程序商城的接口开发、门店上线辅导和人员培训。
1.3 服务期为三个服务年度，自全部门店上线验收合格之日起计算。
1.4 SaaS 服务包括乙方在服务期内对平台进行的常规功能升级，乙方升级前应提前 5 个工作日通知甲方，升级不得影响门店营业和已有数据。

2. 费用
2.1 服务费与实施费如下：
    门店订阅费：20 家 × 每家每服务年度 8,400 元 = 168,000 元/服务年度
    总部管理端订阅费：28,000 元/服务年度
    订阅费小计：196,000 元/服务年度，三个服务年度共 588,000 元
    实施费（数据迁移、接口开发、上线培训，一次性）：86,000 元
    合同总价：674,000 元（含税）
2.2 超出约定数量的新增门店按每家每服务年度 8,400 元另行计费，不计入合同总价。
2.3 合同总价已包含服务期内的系统升级、数据备份、技术支持及实施人员差旅费用，乙方不得另行收取。

3. 付款
3.1 实施费在全部门店上线验收合格后 10 个工作日内一次付清。
3.2 订阅费按季度在每季度结束后 10 个工作日内支付，每季度 49,000 元。甲方不向乙方支付任何预付款。
3.3 乙方应在每次收款前开具增值税专用发票，发票不合格的，甲方有权顺延付款且不承担违约责任。

4. 实施与验收
4.1 乙方应在合同签订后 50 日内完成首批 5 家门店上线，90 日内完成全部门店上线。
4.2 上线验收标准：（1）迁移后的品种、库存数量和金额与原系统逐项核对一致；（2）POS 收银连续 7 天无单据丢失，单笔结算不超过 2 秒；（3）财务接口和小程序商城接口连续 7 天对账无差异；（4）门店店长和收银员培训考核合格。
4.3 甲方按上述标准出具书面验收单。门店开始使用系统不视为验收合格。
4.4 因乙方原因未按期完成全部门店上线的，每逾期一日，乙方向甲方支付违约金 800 元。
4.5 乙方应派驻不少于 2 名实施顾问，负责需求调研、系统配置、数据迁移和门店上线辅导；每家门店上线当日，乙方应安排人员现场或远程值守。
4.6 甲方负责提供历史数据导出文件、门店网络和收银硬件，并指定项目负责人配合乙方工作。
4.7 乙方应对甲方总部及门店人员进行分级培训，培训结束后提供电子版操作手册和常见问题解答。

5. 服务水平
5.1 乙方承诺 SaaS 服务月可用率不低于 99.5%（计划内维护须在凌晨 1:00—6:00 进行并提前 48 小时通知）。
5.2 一级故障（多家门店无法收银或数据错误）：30 分钟内响应，2 小时内恢复；二级故障：2 小时内响应，次日内解决。
5.3 月可用率低于承诺值的，每低 0.1 个百分点，减免当月订阅费的 2%；一级故障响应超时的，每次减免当月订阅费 1,000 元。
5.4 乙方每月 5 日前向甲方提交上月服务报告，列明可用率、故障处理情况和减免金额。

6. 数据安全
6.1 乙方应按等保三级要求运营平台，数据加密存储和传输，设置最小权限和操作日志，每日备份并保留 30 日。
6.2 发生数据泄露、丢失或其他安全事件的，乙方应在 24 小时内通知甲方，采取补救措施，并对因其原因造成的损失承担赔偿责任。
6.3 乙方应将甲方数据存储于中国境内的数据中心，不得向境外传输；乙方员工访问甲方生产数据须经审批并留存日志。
6.4 会员个人信息的收集和使用应符合《个人信息保护法》的要求，乙方作为受托处理者，仅按甲方指示处理会员信息。

7. 数据权属与使用
7.1 甲方录入和产生的商品、销售、库存及会员数据归甲方所有。
7.2 甲方同意，乙方可在服务期内及服务期满后，将甲方销售数据进行脱敏和汇总处理后，用于编制图书零售行业分析报告、改进乙方产品及向其他客户提供行业对比数据。
7.3 合同终止后 30 日内，乙方应按甲方要求以通用格式返还全部数据。

8. 保密
双方对在履行本合同中获知的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得披露，合同终止后继续有效。

9. 知识产权
9.1 “云链零售”平台的知识产权归乙方所有。
9.2 为甲方定制开发的财务接口、小程序商城接口及定制报表的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改和使用。
9.3 乙方保证平台及交付成果不侵犯第三方知识产权，否则由乙方负责处理并赔偿甲方损失。

10. 续期
服务期满前 30 日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。每次续期时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的 10%。

11. 责任限制
乙方在本合同项下的赔偿责任总额以合同总价的两倍为限，但因乙方故意或数据安全事件造成的损失不受此限。

12. 分包
乙方不得将实施工作分包给第三方，确需分包的须事先取得甲方书面同意。

13. 合同解除
13.1 乙方严重违约，经甲方书面通知后 15 日内仍未纠正的，甲方有权解除本合同。
13.2 连续两个月月可用率低于 99% 的，甲方有权解除本合同，并不承担任何违约责任。
13.3 合同终止的，乙方应配合甲方完成数据迁移和系统切换，切换期内继续提供服务，费用按实际天数结算。

14. 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交长沙仲裁委员会按其仲裁规则仲裁。

15. 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
本合同附件包括：附件一 功能清单；附件二 门店清单；附件三 实施计划。附件与本合同具有同等效力。

甲方：湖南书香四季图书连锁有限公司（盖章）        乙方：长沙云链零售软件有限公司（盖章）
授权代表：                                        授权代表：
日期：2026年  月  日                              日期：2026年  月  日
"""

Z04 = """某市污水处理厂在线监测系统年度运维服务合同

项目名称：溪州市城东污水处理厂水质在线监测系统运维服务项目
采购编号：XZCG-2026-C0219　采购方式：竞争性磋商
甲方（采购人）：溪州市城东污水处理厂
乙方（供应商）：溪州清源环境监测技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件及乙方响应文件，甲乙双方就城东污水处理厂水质在线监测系统的运维服务，经协商一致，订立本合同。

（1）服务范围
乙方负责甲方进水口、出水口两个监测点的水质在线监测系统运维，包括 COD 分析仪、氨氮分析仪、总磷分析仪、总氮分析仪、pH 计、超声波流量计、数据采集传输仪、采样系统及站房辅助设施，共 15 台（套）设备。服务内容包括日常巡检、维护保养、试剂更换、校准与比对、故障维修、备品备件更换、数据审核及运维台账记录，确保监测数据符合生态环境主管部门的要求。
乙方应同时负责数据采集传输仪与生态环境主管部门监控平台的联网维护，保证数据按规定频次上传。各监测点设备型号、编号以附件 1 为准。

（2）服务期
服务期自 2026年3月1日起至 2027年2月28日止。期满后本合同终止，不自动续期；后续服务由甲方重新组织采购。
服务期内乙方应于每月最后一个工作日与甲方召开运维例会，通报运维情况及下月工作安排。

（3）合同价款
本合同总价为人民币 386,000 元（含税），为固定总价，明细如下：
　　日常巡检及维护保养：142,000 元
　　试剂、标准溶液及耗材：118,000 元
　　备品备件：74,000 元
　　校准、比对监测及有效性审核配合：52,000 元
　　合计：386,000 元
价款已包含服务期内运维所需的人工、交通、试剂、耗材、备件、标准物质、检测及税费等全部费用，服务期内不作调整。分析仪主板、检测器等核心部件损坏，经双方确认非人为原因的，由乙方负责更换。

（4）付款方式
服务费按季度支付。每个服务季度结束且当季考核合格后 15 个工作日内，甲方支付当季服务费 96,500 元。甲方不支付预付款。乙方应在每次收款前开具合法有效的发票。当季考核不合格的，甲方可暂停支付当季服务费，待乙方整改合格后支付。

（5）运维要求
乙方应配备不少于 2 名持证运维人员，每周至少巡检两次，每月进行一次标样核查，每季度配合完成一次比对监测；试剂按设备说明书规定周期更换；运维记录当日填写，每月 5 日前向甲方提交上月运维报告。
乙方应建立设备运维档案，记录每台设备的运行状况、维护保养、故障维修、试剂更换和校准结果；质控样核查结果超出规定范围的，应在当日查明原因并重新校准。乙方应保证试剂质量合格、在有效期内，废液按危险废物管理要求收集，交由甲方统一处置。

（6）故障响应
一级故障（出水口任一分析仪停运或数据中断）：乙方接报后 30 分钟内响应，2 小时内到达现场，8 小时内修复或更换备机；二级故障（进水口设备故障或数据异常）：1 小时内响应，24 小时内修复。每超过上述响应或修复时限 1 小时，甲方从当季服务费中扣减 300 元。
乙方应配置不少于 1 套与现场型号一致的备用分析仪，确保故障期间监测不中断。

（7）服务启动
乙方应于 2026年3月1日前完成人员进场、设备状态交接及备件储备。每逾期一日开始服务，乙方按合同总价的万分之二向甲方支付违约金。
乙方应按主管部门要求，每季度配合有资质的监测机构完成比对监测，比对结果不合格的，乙方应在 48 小时内完成校准和复核，并承担复测费用。

（8）考核与验收
甲方按季度对乙方进行考核，考核内容包括巡检记录完整性、故障响应与修复时限、比对监测合格情况和运维报告质量，考核结果书面确认。服务期满后，甲方依据四个季度的考核结果和运维台账组织年度验收，各季度考核均合格且无重大服务事故的，为验收合格。季度考核评分低于 80 分的为不合格，考核细则见磋商文件第五章。

（9）监测数据
监测数据、运维记录及台账归甲方所有，乙方仅为履行本合同使用，不得用于其他用途。

（10）保密
乙方对在服务中获知的甲方生产运行数据、工艺参数及其他非公开信息负有保密义务，未经甲方书面同意不得对外披露；本条在合同终止后继续有效。
乙方不得修改数据采集传输仪的参数设置和上传数据；确需调整的，应经甲方书面同意并留存记录。

（11）知识产权
乙方为本项目编制的运维方案、运维报告和台账模板，其知识产权归甲方所有，甲方可自由使用和修改。

（12）分包
乙方不得将本合同项下服务分包或转包给第三方。

（13）违约责任
乙方运维不到位导致监测数据被主管部门认定无效或甲方被处罚的，乙方应承担甲方因此产生的全部损失。乙方连续两个季度考核不合格的，甲方有权解除合同。乙方人员未按规定频次巡检或未按时提交运维报告的，每次扣减服务费 500 元。

（14）合同解除
乙方严重违约，经甲方书面通知后 10 日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。合同解除的，甲方按乙方实际完成服务的期间结算费用。

（15）法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

（16）甲方义务
甲方应为乙方运维人员提供进入站房的通行便利、站房用电和必要的工作条件，及时告知工艺调整、停水检修等可能影响监测的情况，并指定专人对接运维工作、签认运维记录。

（17）人员与安全生产
乙方运维人员应持有相应的在线监测运维岗位证书，人员名单报甲方备案，更换人员应提前 7 日书面告知并取得甲方同意。乙方人员在厂区作业应遵守甲方安全生产制度，进入受限空间、登高或带电作业须办理作业许可，因乙方原因发生的安全事故由乙方负责。

（18）应急保障
遇暴雨、进水水质异常或主管部门检查等情况，乙方应按甲方通知在 2 小时内安排人员到场，加密巡检和校准频次，并提交应急运维记录。数据异常时，乙方应立即核查原因，按规定完成异常数据标记和说明。

（19）期满移交
服务期满或合同解除时，乙方应在 5 个工作日内向甲方移交运维台账、设备档案、备件清单和未完成事项说明，配合新的运维单位完成交接。

（20）其他
本合同一式五份，甲方三份、乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
附件：1. 运维设备清单；2. 运维考核细则；3. 运维人员名单。

甲方（盖章）：溪州市城东污水处理厂　　　乙方（盖章）：溪州清源环境监测技术有限公司
授权代表：　　　　　　　　　　　　　　　授权代表：
日期：2026年  月  日
"""

Z05 = """# 麻辣派 MES 生产管理系统软件许可及定制开发合同

**（乙方标准合同文本 V3.0）**

合同编号：MLP-HT-2026-______

甲方（买方）：漯河香辣源食品有限公司

乙方（卖方）：郑州麻辣派软件科技有限公司

甲方因调味面制品（辣条）生产管理需要，购买乙方“麻辣派 MES 生产管理系统”软件许可，并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供麻辣派 MES 标准版软件许可（永久许可，50 个并发用户），模块包括生产计划、配料称重、挤压膨化与拌料工序记录、包装赋码、质量检验、批次追溯和设备管理。

1.2 乙方按甲方需求定制开发以下功能：原辅料（面粉、辣椒、食用油、香辛料）自动称重防错、拌料配方电子下发、食品安全追溯码与包装线对接、车间看板及与甲方金蝶财务系统的接口。

1.3 乙方负责系统安装部署、数据初始化和用户培训。

1.4 乙方交付内容包括：软件安装介质、许可证书、用户手册、管理员手册和培训资料。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | MES 标准版软件许可（永久，50 并发用户） | 560,000 |
| 2 | 定制开发（称重防错、配方下发、追溯码对接、看板、财务接口） | 236,000 |
| 3 | 安装部署、数据初始化及培训 | 48,000 |
| | 合计 | 844,000 |

合同总价为人民币 844,000 元（含税）。

上述价款包含软件许可、定制开发、安装部署和培训费用，不包含服务器、数据库、操作系统、称重终端、扫码枪及网络设备，上述软硬件由甲方自行采购。

## 第三条 付款方式

3.1 合同签订后 5 个工作日内，甲方支付合同总价的 65%，即 548,600 元，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后 10 个工作日内，甲方支付合同总价的 35%，即 295,400 元。

3.3 乙方收款前向甲方开具增值税专用发票。甲方逾期付款的，乙方有权暂停实施及服务，工期相应顺延。

## 第四条 交付与上线

4.1 乙方在收到预付款后 75 日内完成安装部署和定制开发，并通知甲方上线。

4.2 因乙方原因延迟上线的，每延迟一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的 5%。

4.3 甲方应在乙方进场前准备服务器、网络、称重终端和扫码设备，并提供生产工艺、配方和物料编码资料；因甲方原因导致延迟的，工期顺延。

4.4 定制需求以双方签字确认的需求规格说明书为准，需求确认后甲方提出变更的，乙方有权另行收费并顺延工期。

## 第五条 验收

系统在甲方生产环境上线运行后，即视为甲方验收合格。甲方在上线后提出的修改意见，按本合同第七条的维护服务处理。甲方使用系统进行生产排产、配料或出具追溯信息的，视为系统已正常交付。

## 第六条 服务支持

乙方将尽商业上合理的努力，及时响应甲方的故障报修和使用咨询，并通过电话、微信群和远程方式提供支持。甲方应指定一名系统管理员作为与乙方联系的唯一接口，一般使用问题应先由系统管理员处理。乙方可根据自身人员安排确定支持方式和处理顺序。

## 第七条 免费维护期及年度维护

7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方负责修复软件缺陷。

7.2 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的 28%，即每年 156,800 元。年度维护服务包括缺陷修复、版本升级和远程支持。

7.3 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级；甲方此后恢复购买的，应补缴中断期间的年度维护费。

7.4 现场服务按每人每天 2,500 元另行计费，差旅费用由甲方承担。

## 第八条 知识产权

8.1 麻辣派 MES 标准版软件的全部知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、配方下发程序、接口程序及相关源代码、文档的知识产权归乙方所有。甲方获得在本企业内部使用定制成果的非独占许可，不得修改、反向工程或提供给第三方。

8.3 甲方不得将软件安装于许可范围以外的工厂或服务器；超出许可使用的，乙方有权按标准价格收取许可费。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、配方、质量和追溯数据归甲方所有，乙方不得用于履行本合同以外的目的。

9.2 乙方远程维护须经甲方同意，使用甲方分配的账号，操作留痕；乙方应采取防病毒、访问控制和备份措施保障数据安全。因乙方原因造成数据泄露或丢失的，乙方应在 24 小时内通知甲方，协助恢复并赔偿甲方的直接损失。

9.3 合同终止后，乙方应按甲方要求删除其保存的甲方数据副本。

## 第十条 保密

双方对在合作中知悉的对方配方、工艺、价格等商业秘密负有保密义务，未经对方书面同意不得披露，合同终止后继续有效。

10.2 乙方可在宣传材料和客户名单中使用甲方名称及标识，但不得披露甲方配方和生产数据。

## 第十一条 责任限制

乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的 20%，且不承担任何间接损失、利润损失或停产损失。甲方应自行做好数据备份，因甲方未备份导致的数据损失由甲方自行承担。

## 第十二条 合同解除

任何一方严重违约，经守约方书面通知后 30 日内仍未纠正的，守约方有权解除本合同。合同解除的，甲方已支付的款项不予退还，但乙方已收取的未履行部分维护费除外。

## 第十三条 争议解决

因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

13.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十四条 不可抗力

因地震、火灾、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十五条 培训与通知

15.1 乙方在系统上线前为甲方关键用户和系统管理员提供不超过 3 天的集中培训，超出部分另行计费。

15.2 双方的通知以书面形式送达本合同载明的地址，或发送至双方指定的电子邮箱，发出即视为送达。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准文本，双方对条款的修改以补充协议为准。

甲方（盖章）：漯河香辣源食品有限公司　　乙方（盖章）：郑州麻辣派软件科技有限公司

授权代表：　　　　　　　　　　　　　　　授权代表：

日期：2026年  月  日　　　　　　　　　　 日期：2026年  月  日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ZS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Zapopan Supply Systems, S.A. de C.V., a company organised under the laws of Mexico with its registered office at Avenida Patria 1891, Zapopan, Jalisco, Mexico (the "Vendor"); and
P:(2) Wuhan Lengyun Cold Chain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Dongxihu District, Wuhan, Hubei Province (the "Customer").
P:Background: the Customer operates three temperature-controlled warehouses in Wuhan and wishes to replace its warehouse software. The Vendor develops and licenses the ZSS Warehouse Management System (the "Software"). The Customer has selected the Software after a tender and wishes to buy perpetual licences and implementation services on the terms below.
H:Article 1 Definitions
P:1.1 "Acceptance Tests" means the tests described in Article 6. "Final Acceptance" means the Customer's written confirmation that the Acceptance Tests have been passed. "Go-Live" means the first day on which all three warehouses run their receiving, put-away, picking and shipping on the Software in production.
P:1.2 "Customer Data" means all data entered into or generated by the Software, including inventory, order, temperature and customer records. "Deliverables" means the interfaces, configurations, reports, scripts and documents prepared by the Vendor for the Customer under this Agreement.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software listed in Article 3 on the Customer's own servers in China for the Customer's business and that of its affiliates.
P:2.2 The Vendor shall install and configure the Software, migrate the Customer's open stock and master data, build the interface to the Customer's Kingdee ERP and its transport management system, train key users and support the Go-Live of each warehouse.
P:2.3 The detailed scope, project plan and responsibilities are set out in the Statement of Work attached as Annex 1.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). Prices include all taxes payable in China; the Vendor shall issue valid invoices through its appointed agent in Wuhan.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:ZSS WMS server licence (perpetual)|1|420,000|420,000
TB:Named user licences (perpetual)|80|3,600|288,000
TB:RF handheld module licences (perpetual)|40|2,100|84,000
TB:Licence subtotal|||792,000
TB:Implementation and data migration|||356,000
TB:ERP and TMS interfaces|||118,000
TB:Training|||24,000
TB:Total Contract Price|||1,290,000
P:3.2 The Total Contract Price is fixed. Travel and living costs of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 10% of the Total Contract Price (CNY 129,000) within 20 days after signature, against an advance-payment bank guarantee of the same amount.
P:4.2 55% (CNY 709,500) within 20 days after Go-Live of all three warehouses.
P:4.3 35% (CNY 451,500) within 20 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer in CNY against a correct invoice.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature, in accordance with the project plan.
P:5.2 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Total Contract Price for each day of delay, up to a maximum of 10% of the Total Contract Price. The Customer may also terminate under Article 13 if the delay exceeds 60 days.
P:5.3 The Vendor shall appoint a bilingual project manager who is based in Wuhan during implementation, reports progress weekly and is not replaced without the Customer's consent.
P:5.4 The Customer shall provide the servers, network access, handheld terminals, a project manager and key users at the times set out in the project plan. A delay caused by the Customer extends the Vendor's dates accordingly.
H:Article 6 Acceptance
P:6.1 After Go-Live the Software runs in production for 45 days. During that period the Vendor shall demonstrate that: (a) all functions in Annex 1 work as specified; (b) inventory in the Software matches a full physical count in each warehouse; (c) the ERP and TMS interfaces run for 20 consecutive working days without unreconciled records; (d) picking transactions on RF handhelds complete within 2 seconds at peak load; and (e) no Severity 1 incident is open.
P:6.2 The Customer shall issue the Final Acceptance certificate within 10 working days after the tests are passed. Go-Live, production use or any payment is not acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Deliverables will conform to their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new releases and give support under Article 8 free of charge.
P:7.2 If a defect cannot be corrected within 30 days, the Customer may require a replacement or a refund of the affected part of the price.
P:7.3 The warranty does not cover defects caused by changes made by the Customer without the Vendor's approval, or by hardware or third-party software not supplied by the Vendor.
H:Article 8 Support and Service Levels
P:8.1 The Vendor provides support in Chinese and English by telephone, e-mail and remote session, 24 hours a day for Severity 1 and during Beijing business hours otherwise.
P:8.2 Severity 1 (a warehouse cannot receive or ship): response within 1 hour, workaround within 8 hours. Severity 2 (a main function is impaired): response within 2 hours, fix within 3 working days. Severity 3: response within one working day.
P:8.3 For each full hour by which a Severity 1 response is late the Vendor shall credit CNY 1,000, and for each day by which a Severity 2 fix is late CNY 500, against the next payment or support invoice.
H:Article 9 Support after the Warranty Period
P:9.1 After the Warranty Period the Customer may order annual support at 13% of the Licence subtotal, that is CNY 102,960 per Support Year. This fee is fixed for the first three Support Years; any later change must be agreed in writing.
P:9.2 Support is ordered by written purchase order for each Support Year and does not renew automatically.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy it out of the Customer's systems.
P:10.2 Remote access shall be approved by the Customer for each session and made through the Customer's VPN with two-factor authentication. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, and shall use only test data anonymised by the Customer.
P:10.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, help contain it and bear the losses caused by its own breach of this Article.
H:Article 11 Intellectual Property
P:11.1 The Vendor retains ownership of the Software. The Deliverables, including source code of the interfaces and scripts, belong to the Customer on payment, and the Customer may use, modify and license them freely.
P:11.2 The Vendor shall defend the Customer against third-party claims that the Software or the Deliverables infringe intellectual property rights and bear the resulting costs.
H:Article 12 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Agreement and use it only for this Agreement. This obligation continues for three years after the Agreement ends.
H:Article 13 Liability and Termination
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price, except for breach of Articles 10 and 12, wilful misconduct and infringement claims.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. On termination for the Vendor's breach the Vendor shall refund the amounts paid for undelivered parts.
H:Article 14 Subcontracting and Assignment
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for approved subcontractors. Neither party may assign this Agreement without the other party's written consent.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the federal laws of the United Mexican States.
P:15.2 Any dispute that the parties cannot settle within 30 days shall be finally resolved by arbitration under the rules of the International Chamber of Commerce, seated in Guadalajara, Jalisco, in the English language.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two originals in English, one for each party, and takes effect on signature.
P:16.3 Notices must be in writing, in English or Chinese, and sent to the addresses above or to the e-mail addresses named in Annex 1.
P:For the Vendor: Zapopan Supply Systems, S.A. de C.V.    Name: ______________  Title: ______________
P:For the Customer: Wuhan Lengyun Cold Chain Logistics Co., Ltd.    Name: ______________  Title: ______________
P:Date: ______________ 2026
"""

E02 = """# ORDER FORM — FieldRuta Service Cloud

**Order No.** FR-CN-0093  
**Vendor:** FieldRuta Tecnologías, S.A.P.I. de C.V., Calzada del Valle 400, San Pedro Garza García, Nuevo León, Mexico ("FieldRuta")  
**Customer:** Foshan Anxing Elevator Maintenance Co., Ltd., Chancheng District, Foshan, Guangdong, China ("Customer")

This Order Form is governed by the FieldRuta General Terms set out below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Section 1 Subscription

1.1 **Service.** FieldRuta Service Cloud, a hosted field-service management application for planning, dispatching and recording elevator maintenance visits, with the mobile app for technicians, the dispatcher console, the customer portal and the analytics module.

1.2 **Subscription Term.** Two Subscription Years, starting on the Go-Live Date defined in Section 3.2.

1.3 **Hosting.** The Service for the Customer is hosted in Alibaba Cloud's Shenzhen region.

1.4 **Authorised Users.** Seats are named and may be reassigned when a technician or dispatcher leaves the Customer; shared log-ins are not allowed.

## Section 2 Fees

All fees are stated and payable in CNY at the Customer's request, and include Chinese taxes.

| Item | Quantity | Unit fee per Subscription Year (CNY) | Fee per Subscription Year (CNY) |
|---|---|---|---|
| Technician seats (mobile app) | 150 | 1,560 | 234,000 |
| Dispatcher seats (console) | 20 | 4,800 | 96,000 |
| Subscription fee per Subscription Year | | | 330,000 |
| Subscription fees for the Subscription Term (2 Subscription Years) | | | 660,000 |
| Onboarding (one-time: configuration, data import, integration with Customer's Yonyou ERP, training) | | | 68,000 |
| **Total fees under this Order Form** | | | **728,000** |

Additional seats may be ordered at the unit fees above and are billed from the month they are activated.

## Section 3 Onboarding and Go-Live

3.1 FieldRuta shall complete onboarding within 60 days after signature of this Order Form.

3.2 **Go-Live Acceptance.** Before Go-Live FieldRuta shall show, in a test run agreed with the Customer, that: (a) all 9,600 maintained elevators and their maintenance plans are imported and match the Customer's register; (b) work orders flow from the console to the app and back in under 5 seconds; (c) completed visits post to the Yonyou ERP without errors for 10 consecutive working days; and (d) trained dispatchers and technicians can complete the standard scenarios. The Customer signs a Go-Live Acceptance certificate when these criteria are met; the date of signature is the "Go-Live Date". Use of the Service during the test run is not acceptance.

3.3 If onboarding is not completed on time for reasons attributable to FieldRuta, FieldRuta shall pay CNY 500 for each day of delay.

3.4 **Customer cooperation.** The Customer shall provide its elevator register, maintenance plans and ERP test access within 10 days after signature, and name a project lead. Delays caused by the Customer extend the onboarding period.

## Section 4 Invoicing and Payment

4.1 Subscription fees are invoiced quarterly in arrears, in equal instalments of CNY 82,500.

4.2 The onboarding fee is invoiced after the Go-Live Date.

4.3 Invoices are payable within 30 days. No fee is payable before the Go-Live Date.

4.4 Invoices are issued as Chinese VAT invoices by FieldRuta's local billing agent in Shenzhen, and payments are made to that agent's account in CNY; payment to the agent discharges the Customer's payment obligation.

## Section 5 Renewal

5.1 At the end of the Subscription Term, the subscription renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

5.2 FieldRuta may increase the fees for any renewal period by up to 9% over the fees of the preceding Subscription Year, by notice given at least 30 days before the renewal.

Signed for FieldRuta: ______________ Signed for Customer: ______________ Date: ______________

---

# FIELDRUTA GENERAL TERMS

## Section 6 Service Levels

6.1 **Availability.** FieldRuta shall make the Service available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

6.2 **Support.** Priority 1 (the Service or the mobile app is unavailable for all users): response within 30 minutes, 24 hours a day, and restoration or workaround within 6 hours. Priority 2: response within 2 hours during business hours. Priority 3: response within two business days.

6.3 **Service Credits.** If monthly availability falls below the commitment in Section 6.1, the Customer receives a credit of 5% of that month's subscription fee for each started 0.1 percentage point below it, up to 50% of that month's fee. A late Priority 1 response earns a credit of CNY 800 per incident. Credits are deducted from the next invoice.

6.4 **Status page.** FieldRuta publishes the current status of the Service and of past incidents on a status page and sends a monthly availability report to the Customer.

## Section 7 Customer Data

7.1 All data that the Customer or its users enter into the Service, including elevator records, visit reports, photos and personal information of technicians and building contacts ("Customer Data"), belongs to the Customer. FieldRuta processes Customer Data only to provide the Service to the Customer and on the Customer's instructions.

7.2 **Security.** FieldRuta shall keep an ISO/IEC 27001 certified information security management system, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs, and comply with the PRC Personal Information Protection Law and Data Security Law. Customer Data stays in mainland China.

7.3 **Incidents.** FieldRuta shall notify the Customer within 48 hours of becoming aware of a security incident affecting Customer Data, take the measures needed to contain it, and bear the costs and losses caused by an incident attributable to FieldRuta.

7.4 On expiry or termination FieldRuta shall return Customer Data in CSV format within 30 days and then delete it.

7.5 **Audit.** Once per Subscription Year, and after any security incident, the Customer may ask for FieldRuta's latest audit reports and a completed security questionnaire, and may verify the measures in Section 7.2 by a remote review.

## Section 8 Subcontractors

8.1 FieldRuta may use affiliates, subcontractors and sub-processors of its choice to provide the Service and support, including hosting providers and local service partners.

8.2 FieldRuta keeps a list of its subcontractors and sub-processors on its website and will update that list at least 15 days before a new one starts work. FieldRuta remains responsible for their performance.

8.3 The Customer may object to a new subcontractor or sub-processor in writing within the notice period, and FieldRuta will consider the objection in good faith.

## Section 9 Intellectual Property

9.1 FieldRuta owns the Service and all improvements to it.

9.2 Workflows, forms, report templates and integration mappings configured specifically for the Customer ("Customer Configurations") belong to the Customer, and the Customer may use, modify and have third parties use them freely, also after the Agreement ends.

## Section 10 Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to staff and advisers who need to know it. This obligation lasts during the Agreement and for three years afterwards.

## Section 11 Liability

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of data, except as provided in Section 7.3.

11.2 FieldRuta's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

## Section 12 Termination

12.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

12.2 If the Customer terminates under Section 12.1, FieldRuta shall refund any prepaid fees for the period after termination.

12.3 On expiry or termination, the Customer keeps read-only access to the Service for 30 days to export its data.

## Section 13 Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

## Section 14 General

14.1 Notices shall be given in writing to the addresses in the Order Form.

14.2 The Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

14.3 Neither party may assign the Agreement without the other party's written consent, except to an affiliate that takes over the relevant business.

14.4 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it informs the other party promptly and limits the effects.

14.5 If these General Terms and the Order Form conflict, the Order Form prevails; the English text prevails over any translation.
"""

E03 = """T:PURCHASE CONTRACT FOR POND WATER-QUALITY MONITORING EQUIPMENT
P:Contract No. HF-EQ-2026-008
P:Buyer: Zhanjiang Hengfeng Aquaculture Co., Ltd., Donghai Island, Zhanjiang, Guangdong Province, China (the "Buyer").
P:Supplier: AcuaSensa Yucatán, S.A. de C.V., Calle 60 No. 285, Mérida, Yucatán, Mexico (the "Supplier").
P:The Buyer operates a shrimp farm of 48 ponds at its Donghai Island site (the "Site") and has chosen the Supplier's offer for the supply, installation and commissioning of a water-quality monitoring system. This contract is the Buyer's standard purchase contract; the Supplier has reviewed and accepted it.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, power units and other goods listed in Clause 2. "Software" means the AcuaSensa Monitor software licensed under this contract. "System" means the Equipment and the Software as installed at the Site.
P:1.2 "Installation Certificate" means the Buyer's signed record that all Equipment is installed and powered. "Final Acceptance" means the Buyer's signed certificate under Clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver DDP to the Site, install, calibrate and commission the System, connect it to the Buyer's farm server and train the Buyer's staff. Prices are in CNY and include all taxes, duties, freight and insurance to the Site.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Dissolved-oxygen sensor, optical, with cleaning brush|48|6,800|326,400
TB:2|pH / ORP sensor|48|3,900|187,200
TB:3|Salinity and temperature probe|24|4,300|103,200
TB:4|LoRaWAN gateway, outdoor|6|12,500|75,000
TB:5|Solar power unit with battery|54|1,850|99,900
TB:6|AcuaSensa Monitor software, perpetual site licence|1|88,000|88,000
TB:|Hardware and Licence Subtotal|||879,700
TB:7|Installation, cabling and commissioning|||92,600
TB:8|Calibration and operator training|||17,700
TB:|Contract Price|||990,000
P:2.2 The Contract Price is fixed and covers everything needed for a complete working System at the Site, including mounting posts, cables and spare cleaning brushes for the first season.
H:3. Payment
P:3.1 20% of the Contract Price (CNY 198,000) within 15 days after signature, against the Supplier's invoice and an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 55% (CNY 544,500) within 15 days after the Installation Certificate. The Installation Certificate is not acceptance of the System.
P:3.3 25% (CNY 247,500) within 15 days after Final Acceptance.
P:3.4 All payments are made by bank transfer in CNY to the Supplier's account in China named in its invoice.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all Equipment to the Site within 75 days after signature and complete installation within 30 days after delivery.
P:4.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days the Buyer may terminate under Clause 13.
P:4.3 During work at the Site the Supplier's staff and its service partner shall follow the Buyer's biosecurity and safety rules, including disinfection before entering pond areas, life jackets on pond banks and the Buyer's permit for electrical work.
H:5. Quality
P:5.1 The Equipment shall be new, of the models stated in the Supplier's offer, rated for outdoor use in a hot and salty environment (IP68 for submerged parts, IP66 for gateways and power units) and accompanied by certificates of origin and calibration certificates.
P:5.2 Each shipment shall be packed for sea freight and humid storage, marked with the contract number, and accompanied by a packing list, commercial invoice, bill of lading and the certificates in Clause 5.1.
P:5.3 The Buyer shall inspect the Equipment on arrival at the Site together with the Supplier's representative. Missing or damaged items shall be replaced by the Supplier within 20 days at its cost. Inspection on arrival is not acceptance.
H:6. Acceptance
P:6.1 After installation the System runs for a 30-day trial. During the trial the Supplier shall demonstrate that: (a) every sensor reports at the configured interval to the farm server; (b) dissolved-oxygen readings agree with the Buyer's calibrated handheld meter within 0.3 mg/L, and pH within 0.1; (c) low-oxygen alarms reach the duty phone within 60 seconds; and (d) each power unit keeps its sensors running through three consecutive nights.
P:6.2 Readings missing for more than 2% of intervals on any sensor during the trial extend the trial until the criteria are met.
P:6.3 When all criteria are met the Buyer signs the Final Acceptance certificate. Installation, use of the System or any payment does not mean acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, correct Software defects and carry out a recalibration visit every six months, free of charge, including parts, freight and travel.
P:7.2 Sensor membranes and cleaning brushes worn by normal use are consumables and are not covered, except that defects found in the first six months are covered.
P:7.3 Equipment repaired or replaced under the warranty receives a new warranty of six months or the rest of the original warranty, whichever is longer.
H:8. Service Levels
P:8.1 The Supplier shall appoint Zhanjiang Haiyuan Instrument Service Co., Ltd. as its local service partner, approved by the Buyer by signing this contract.
P:8.2 Severity 1 (monitoring lost for more than five ponds, or a gateway down): remote response within 1 hour, on-site attendance within 24 hours, restoration within 48 hours. Severity 2 (a single sensor faulty): response within 8 hours, repair within 3 days.
P:8.3 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 800, and for each day by which a Severity 2 repair is late CNY 300, deducted from any amount due.
H:9. Support after Warranty
P:9.1 After the warranty the Buyer may buy annual support at 7% of the Hardware and Licence Subtotal, that is CNY 61,579 per year, covering the same services as Clause 7 and 8. This fee is fixed for the first three support years.
P:9.2 Support after warranty is ordered by the Buyer in writing each year and does not renew automatically.
P:9.3 The Supplier shall keep spare parts for every Equipment model available for at least seven years after Final Acceptance and shall give the Buyer six months' notice before any model is discontinued.
H:10. Data
P:10.1 All measurements, alarms, logs and farm records produced by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this contract and shall not copy it or disclose it to anyone.
P:10.2 The Software runs on the Buyer's farm server. Remote access by the Supplier needs the Buyer's approval for each session, uses the Buyer's VPN account and is logged. The Supplier shall protect any Buyer Data it handles against loss and unauthorised access and comply with PRC data-protection law.
P:10.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and compensate the Buyer for losses caused by its breach of this Clause.
H:11. Intellectual Property
P:11.1 The Software remains the Supplier's property and is licensed to the Buyer perpetually for the Site. The site layout, sensor configuration, alarm rules and reports prepared for the Buyer belong to the Buyer, which may use and modify them freely.
P:11.2 The Supplier shall indemnify the Buyer against claims that the System infringes third-party rights.
H:12. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this contract, including the Buyer's production data and farm layout, and shall not disclose it without prior written consent, for three years after this contract ends.
H:13. Subcontracting, Termination and Liability
P:13.1 Apart from the service partner named in Clause 8.1, the Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
P:13.2 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages under Clause 4.2 reach their maximum.
P:13.3 The Supplier is liable for all losses caused by its breach of this contract; this contract sets no limit on that liability.
P:13.4 Neither party is liable for delay caused by typhoon, flood, epidemic or other events beyond its reasonable control, if it informs the other party promptly and limits the effects; dates are extended by the time lost.
H:14. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang.
H:15. General
P:This contract is made in English and Chinese, in two originals for each party, and takes effect on signature by both parties.
P:Notices under this contract shall be in writing and sent to the addresses above. The Chinese and English texts have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

E04 = """# MANAGED SERVICE DESK AGREEMENT

Agreement No. BCS-XM-2026-03

**Provider:** Bajanet Cloud Services, S. de R.L. de C.V., Boulevard Agua Caliente 10611, Tijuana, Baja California, Mexico ("Provider")

**Customer:** Xiamen Haixin Supply Chain Co., Ltd., Huli District, Xiamen, Fujian Province, China ("Customer")

The Customer runs warehouses and offices in China and in Mexico and wants a single bilingual service desk for its staff. The Provider operates a multilingual service desk from Tijuana and Guadalajara. The parties therefore agree as follows.

## 1. DEFINITIONS

In this Agreement: "Services" means the services in Schedule 1; "Service Levels" means the levels in Schedule 2; "Monthly Charge" and "Transition Fee" mean the charges in Schedule 3; "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Clause 4; "Customer Data" means all data of the Customer and its staff that the Provider receives or accesses in performing the Services.

## 2. SERVICES

2.1 The Provider shall provide a service desk in Chinese, Spanish and English for about 1,400 users of the Customer, 24 hours a day, seven days a week, covering incident and request handling, password resets, end-user device support, remote desktop support, and the Customer's e-mail, ERP and warehouse-system access.

2.2 The Provider shall use the Customer's ITSM tool, keep a knowledge base of articles for the Customer's environment and send a monthly service report with ticket volumes, service-level results and improvement actions.

2.3 The Provider shall propose at least two service-improvement actions each quarter, such as new self-service articles or automation of frequent requests, and carry out those the Customer approves without extra charge.

## 3. TERM

This Agreement starts on signature and runs for 24 months from the Service Commencement Date. It ends at the end of that period unless the parties agree a renewal in writing.

## 4. TRANSITION AND ACCEPTANCE

4.1 Within 45 days after signature the Provider shall complete transition: knowledge transfer from the Customer's current team, set-up of queues and telephone numbers, access to the ITSM tool, and training of its agents.

4.2 Transition Acceptance requires that: (a) all Schedule 1 services are live; (b) a two-week parallel run has been completed with at least 90% of tickets resolved or correctly escalated; (c) the knowledge base covers the 50 most frequent request types; and (d) the reporting set out in Clause 2.2 has been produced once. The Customer signs the Transition Acceptance certificate when these are met. Taking calls during the parallel run is not acceptance.

4.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay.

4.4 The Customer shall give the Provider's transition team access to its current documentation, ticket history and staff, and shall name a service owner who attends the weekly transition meeting.

## 5. CHARGES AND PAYMENT

5.1 At the Customer's request all charges are in CNY. The charges are in Schedule 3.

5.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears from the Service Commencement Date. Invoices are payable within 30 days. Nothing is payable in advance.

5.3 Each invoice shall show the Monthly Charge, any additional users, and the service credits deducted, with the service report for the month attached.

## 6. SERVICE LEVELS AND CREDITS

6.1 The Provider shall meet the Service Levels in Schedule 2 each month.

6.2 If a Service Level is missed in a month, the Customer receives the service credit stated in Schedule 2, deducted from the next invoice. Service credits together are limited to 20% of the Monthly Charge for that month.

6.3 The Provider shall measure the Service Levels with the Customer's ITSM tool and telephone system; the Customer may check the measurements at any time.

## 7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not sell, analyse or reuse it for any other purpose.

7.2 The Provider's agents shall access the Customer's systems only through the accounts and VPN supplied by the Customer, with multi-factor authentication, from the Provider's secured service centres. The Provider shall not store Customer Data outside the Customer's ITSM tool, shall keep agents' workstations hardened and monitored, and shall comply with the PRC Personal Information Protection Law and Data Security Law and the Mexican federal data-protection law when handling personal information.

7.3 The Provider shall report any security incident affecting Customer Data within 12 hours, cooperate in the investigation, and compensate the Customer for losses caused by its breach of this Clause.

## 8. INTELLECTUAL PROPERTY

Knowledge articles, scripts, runbooks and reports created for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider. The Provider keeps its own tools and methods.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 The Provider shall staff the service desk with its own employees and shall replace any agent whom the Customer reasonably objects to.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

9.3 Before an agent starts work on the Customer's account, the Provider shall complete background checks permitted by local law and confirm that the agent speaks the languages needed for the queue assigned.

## 10. LIABILITY

The Provider's total liability under this Agreement is limited to two times the Total Contract Value stated in Schedule 3, except for breach of Clause 7 and wilful misconduct, which are not limited.

The Provider shall hold public and professional liability insurance with reputable insurers for the term and show the certificates to the Customer on request.

## 11. DURATION AND EARLY END

11.1 This Agreement may not be terminated by either party before the end of the term in Clause 3, except by written agreement of both parties.

11.2 If the Provider fails to perform, the Customer's remedies are the service credits under Clause 6, the damages under Clauses 4.3 and 10, and its right to require the Provider to remedy the failure. The Customer may not terminate the Agreement for that reason.

11.3 At the end of the Agreement the Provider shall hand over the knowledge base, open tickets and all Customer Data, and support the transfer to a successor for up to 30 days at no extra charge.

11.4 Within 60 days after the Service Commencement Date the Provider shall deliver an exit plan describing the hand-over steps, the documents to be delivered and the names of the people responsible.

11.5 The Provider's service reports, knowledge base and ticket records shall be kept up to date during the term so that the hand-over can be completed without delay.

## 12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 13. GENERAL

13.1 Changes to this Agreement must be in writing and signed by both parties.

13.2 This Agreement is signed in two originals in English, one for each party.

13.3 Neither party is liable for delay caused by events beyond its reasonable control, such as earthquakes, epidemics or government action, if it informs the other party promptly and limits the effects.

13.4 Notices shall be in writing and sent to the addresses above or to the e-mail addresses named in the Schedules.

For the Provider: ______________ For the Customer: ______________ Date: ______________

---

## SCHEDULE 1 — SERVICES

| Service | Hours | Channels |
|---|---|---|
| Incident and request handling (first line) | 24 x 7 | Telephone, e-mail, chat, ITSM portal |
| Password resets and account unlocks | 24 x 7 | Telephone, self-service portal |
| Remote desktop and device support (second line) | 07:00 to 23:00 Beijing time, every day | Remote session |
| ERP and warehouse-system access requests | Business days, China and Mexico | ITSM portal |
| Monthly service report and review meeting | Monthly | Video meeting |

## SCHEDULE 2 — SERVICE LEVELS AND CREDITS

| Measure | Service Level | Credit if missed in a month |
|---|---|---|
| Priority 1 incident (site, warehouse system or e-mail down for many users): response | 15 minutes | 5% of the Monthly Charge |
| Priority 1 incident: restoration or workaround | 3 hours | 5% of the Monthly Charge |
| Priority 2 incident: response | 1 hour | 2% of the Monthly Charge |
| Telephone calls answered | 90% within 60 seconds | 3% of the Monthly Charge |
| First-contact resolution | at least 70% of tickets | 2% of the Monthly Charge |
| Customer satisfaction score | at least 4.3 out of 5 | 1% of the Monthly Charge |

## SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 46,000 |
| Monthly Charge | per month, up to 1,600 users | 58,000 |
| Monthly Charges for the term | 24 months x 58,000 | 1,392,000 |
| Total Contract Value | Transition Fee + Monthly Charges | 1,438,000 |
| Additional users above 1,600 | per user per month, billed monthly | 38 |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. DAP-GZ-2026-21

PARTIES
Datos Agroexport de Puebla, S.A. de C.V., Boulevard Atlixcayotl 5208, San Andres Cholula, Puebla, Mexico ("Datos"); and
Guangzhou Lvyuan Fresh Produce Import Co., Ltd., Baiyun District, Guangzhou, Guangdong Province, China ("Customer").

BACKGROUND
Datos collects and publishes prices, harvest estimates and export shipment data for Mexican and Latin American fresh produce, including avocado, lime, mango, berries and coffee. The Customer imports fresh produce into China and wishes to receive these data in its purchasing and pricing systems through the Datos application programming interface. The parties agree as follows.

SECTION 1 DEFINITIONS
1.1 "API" means the Datos Agroexport Data API, version 3, and its documentation. "Data" means the content delivered through the API.
1.2 "Customer Inputs" means all information the Customer sends to the API or loads into the Datos portal, including queries, product watch-lists, supplier lists, target prices and user accounts.
1.3 "Subscription Year" means each period starting on the Integration Acceptance Date or on an anniversary of it and ending on the day before the next anniversary. "Subscription Term" means the first two Subscription Years.

SECTION 2 SUBSCRIPTION
2.1 Datos grants the Customer, for the Subscription Term, a non-exclusive right to call the API, store the Data in its own systems and use the Data for its internal purchasing, pricing and sales planning, and to show Data to its staff and to its affiliates in China.
2.2 The subscription plan is "Importer Professional": daily prices for 38 products from 14 origins, weekly harvest estimates, shipment data by port and exporter, and up to 3,000,000 API calls per Subscription Year.
2.3 The Customer shall not resell the Data or publish it as a data product. Short extracts may be used in internal reports and in offers to the Customer's own customers.
2.4 Access to the portal is through named user accounts. The Customer may create up to 15 user accounts and shall keep its API keys secure.

SECTION 3 FEES
3.1 At the Customer's request, all fees are stated and paid in CNY and include Chinese taxes.
3.2 Fees:
    Subscription fee: CNY 264,000 per Subscription Year; CNY 528,000 for the Subscription Term.
    Integration support (one-time): CNY 36,000, covering a connector to the Customer's purchasing system, a price dashboard and training for analysts.
    Total fees for the Subscription Term: CNY 564,000.
3.3 API calls above the yearly allowance are charged at CNY 18 per 1,000 calls, invoiced quarterly. These usage charges are not part of the total in Section 3.2.

SECTION 4 INVOICING
4.1 The subscription fee is invoiced in equal quarterly instalments of CNY 66,000 at the end of each quarter of a Subscription Year.
4.2 The integration support fee is invoiced after the Integration Acceptance Date.
4.3 Invoices are payable within 30 days after receipt. No amount is payable before the Integration Acceptance Date.

SECTION 5 INTEGRATION AND ACCEPTANCE
5.1 Within 40 days after signature Datos shall deliver the connector and the dashboard, configure the Customer's watch-lists and provide sandbox and production keys.
5.2 Integration Acceptance requires that: (a) the connector loads all products on the Customer's watch-lists into the purchasing system every day for 10 consecutive working days without failed loads; (b) prices in the dashboard match the API values for a sample of 200 records chosen by the Customer; (c) the API returns 95% of calls within 800 milliseconds during the test; and (d) two analysts have been trained. The Customer signs an acceptance certificate when these criteria are met; the date of signature is the "Integration Acceptance Date". Use of the sandbox or of production keys is not acceptance.
5.3 If Datos does not deliver the connector and dashboard on time for reasons attributable to it, Datos shall pay CNY 300 for each day of delay.

SECTION 6 SERVICE LEVELS
6.1 Availability. The production API shall be available 99.95% of each calendar month, measured at the Datos gateway and excluding maintenance announced five days in advance and carried out on Sundays between 01:00 and 04:00 Mexico City time.
6.2 Data timeliness. Daily prices shall be published by 10:00 Mexico City time on each business day in Mexico.
6.3 Support. Priority 1 (the API is unavailable, or all price data are missing or wrong): Datos shall respond within 8 business hours of Mexico City time and provide a fix or workaround as soon as possible. Priority 2: response within two business days. Support is given in English and Spanish through the Datos ticket portal.
6.5 Datos keeps a public status page for the API and sends the Customer a monthly report of availability and late publications.
6.4 Service credits. If monthly availability falls below the level in Section 6.1, the Customer receives a credit of 5% of that month's share of the subscription fee for each started 0.1 percentage point below it, up to 30 days' fees. Late publication of daily prices on more than three business days in a month earns a credit of 3% of that month's share of the fee. Credits are deducted from the next invoice.

SECTION 7 CUSTOMER INPUTS AND SECURITY
7.1 As between the parties, the Customer owns the Customer Inputs.
7.2 Datos may use the Customer Inputs to provide the API and support to the Customer. In addition, during and after the Subscription Term, Datos may use the Customer Inputs in aggregated and anonymised form, combined with the inputs of other subscribers, to improve its products, build demand indicators and publish market-interest reports sold to its other clients. Such aggregated data and reports belong to Datos.
7.3 Datos shall protect Customer Inputs with industry-standard measures: encryption in transit and at rest, role-based access for named staff, multi-factor authentication, logging and yearly penetration tests. Datos shall notify the Customer within 48 hours after becoming aware of any security incident affecting Customer Inputs or the Customer's API keys, take the steps needed to contain it, and compensate the Customer for losses caused by an incident attributable to Datos.
7.4 On expiry Datos shall delete the Customer Inputs in identifiable form within 30 days, except the aggregated data under Section 7.2.

SECTION 8 INTELLECTUAL PROPERTY
8.1 Datos owns the API, the Data and its databases.
8.2 The connector and the dashboard built for the Customer under Section 5.1, including their source code, belong to the Customer, which may use, modify and license them freely.
8.3 Datos shall defend the Customer against claims that the Data or the API infringe third-party rights when used under this Agreement.

SECTION 9 CONFIDENTIALITY
Each party shall keep confidential the other party's non-public business information received under this Agreement, including the Customer's suppliers, purchase volumes and prices, and use it only for this Agreement, subject to Section 7.2. This obligation lasts for three years after the Agreement ends.

SECTION 10 LIABILITY
10.1 Datos gives the Data as compiled from its sources with reasonable care but does not guarantee market outcomes. Neither party is liable for lost profit or indirect loss.
10.2 Each party's total liability under this Agreement is limited to 150% of the total fees in Section 3.2, except for breach of Sections 7 and 9 and for wilful misconduct.
10.3 If the Customer reports an error in the Data, Datos shall check it and publish a correction within two business days where the error is confirmed.

SECTION 11 SUBCONTRACTING
Datos shall not subcontract the operation of the API or the support under Section 6 without the Customer's prior written consent, and remains responsible for any approved subcontractor. Its use of public data sources and its cloud hosting provider, named in the documentation, is approved by signature of this Agreement.

SECTION 12 TERM, RENEWAL AND TERMINATION
12.1 This Agreement ends at the end of the Subscription Term. It does not renew automatically; any further subscription requires a new written order at fees agreed at that time.
12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. The Customer may also terminate if monthly availability is below 99% in two consecutive months.
12.3 On termination for Datos's breach, Datos shall refund fees already paid for any period after termination.

SECTION 13 GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

SECTION 14 GENERAL
14.1 Notices must be in writing and sent to the addresses above.
14.2 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties. It is made in two originals in English.
14.3 Neither party may assign this Agreement without the other party's written consent.
14.4 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it informs the other party promptly and limits the effects.

For Datos: ______________________    For the Customer: ______________________
Name and title: __________________    Name and title: __________________
Date: ___________________________    Date: ___________________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language)
    "z01": ("h568z01_civil_affairs_elderly_care_platform.pdf", "pdf", "zh"),
    "z02": ("h568z02_lime_kiln_control_retrofit_maintenance.docx", "docx", "zh"),
    "z03": ("h568z03_bookstore_chain_inventory_saas.txt", "txt", "zh"),
    "z04": ("h568z04_wastewater_online_monitoring_om.txt", "txt", "zh"),
    "z05": ("h568z05_spicy_snack_mes_supplier_template.md", "md", "zh"),
    "e01": ("h568e01_wms_perpetual_licence_jalisco_vendor.pdf", "pdf", "en"),
    "e02": ("h568e02_field_service_saas_order_form_nuevo_leon.md", "md", "en"),
    "e03": ("h568e03_pond_water_quality_sensors_yucatan.docx", "docx", "en"),
    "e04": ("h568e04_managed_service_desk_baja_california.md", "md", "en"),
    "e05": ("h568e05_produce_data_api_subscription_puebla.txt", "txt", "en"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# ---------------------------------------------------------------- labels (my design)
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
N = None
# terms in T_KEYS order; extra = (sla_clause, ld_stated, capped or None for service, deemed, value); category;
# forum outside mainland; TCO fee base (itemised licence / hardware subtotal); design rules
DESIGN = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.1, N, 25, True, True, 36, 8, False, True, False, "PRC", G],
            (True, True, True, False, 2478000), "software", False, 1180000, []),
    "z02": ([N, 0.5, False, "buyer", True, True, True, N, N, 20, True, True, 24, 8, False, True, True, "PRC", G],
            (True, False, True, False, 1026000), "hardware", False, 918000,
            ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "z03": ([99.5, 0.5, True, "buyer", True, False, True, 800 / 674000 * 100, 200, N, True, N, N, N, True, True, False,
             "PRC", S], (True, True, None, False, 674000), "cloud", False, None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ([N, 0.5, True, "buyer", False, True, True, 0.02, N, N, True, N, N, N, False, True, False, "PRC", S],
            (True, True, None, False, 386000), "services", False, None, ["CR-DATA-SECURITY", "CR-LD-LOW"]),
    "z05": ([N, N, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 28, False, True, N, N, G],
            (False, True, True, True, 844000), "software", False, 560000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ([N, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 13, False, True, False, "Mexico", G],
            (True, True, True, False, 1290000), "software", True, 792000, ["CR-GOVERNING-LAW"]),
    "e02": ([99.95, 0.5, True, "buyer", True, True, True, 500 / 728000 * 100, 6 / 24 * 100, N, True, N, N, N, True, True,
             True, "PRC", S], (True, True, None, False, 728000), "cloud", False, None,
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": ([N, 1, True, "buyer", True, True, True, 0.1, N, 20, True, True, 24, 7, False, True, False, "PRC", G],
            (True, True, True, False, 990000), "hardware", False, 879700, []),
    "e04": ([N, 0.25, True, "buyer", True, True, False, 1200 / 1438000 * 100, 200, N, True, N, N, N, False, False, False,
             "PRC", S], (True, True, None, False, 1438000), "services", False, None,
            ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "e05": ([99.95, 8, True, "buyer", True, False, True, 300 / 564000 * 100, 150, N, True, N, N, N, False, True, False,
             "PRC", S], (True, True, None, False, 564000), "cloud", False, None,
            ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco(t, x, fee_base, horizon=5):
    """policy §4: value + post-warranty fee for every year after the warranty (pro rata); share of those fees."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years * fee_base * t["post_warranty_fee_pct"] / 100
    total = x["contract_value"] + fees
    return total, fees / total * 100


def my_rules(t, x, forum_outside, fee_base):
    """My own reading of policy.md §3 (not project code)."""
    r = []
    sla = x["sla_clause"]
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > 15:
            r.append("CR-POST-WARRANTY-FEE")
        c = tco(t, x, fee_base)
        if c and c[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    vals, (sla, lds, capped, deemed, value), cat, forum, base, design = DESIGN[key]
    t = dict(zip(T_KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = my_rules(t, x, forum, base)
    assert rules == sorted(design), (key, rules, design)
    name, _, lang = FILES[key]
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN = "零〇一二三四五六七八九十百千"
THRESH = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:个)?(?:小时|h\b|hours?|-hour)", r"(?<![%s])四\s*个?小时" % CN, r"(?i)four[\s-]*hours?",
    r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![%s])" % CN,
    r"(?<![\d.,])100" + PCT, r"百分之百", r"(?i)(?:one\s*)?hundred" + PCT,
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![%s])" % CN, r"三成", r"(?i)thirty" + PCT,
    r"(?<![\d.,])12\s*(?:个月|months?|-month)", r"十二个月", r"(?i)twelve[\s-]*months?", r"一年", r"(?i)\bone[\s-]*years?\b",
    r"(?<![\d.,])15" + PCT, r"百分之十五", r"(?i)fifteen" + PCT,
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![%s])" % CN, r"四成", r"(?i)forty" + PCT,
    r"(?<![\d.,])5\s*(?:年|years?|-year)", r"(?<![%s])五\s*年" % CN, r"(?i)five[\s-]*years?",
    r"(?<![\d.,])60\s*(?:个月|months?)", r"六十个月",
]
THRESH_RE = [re.compile(p) for p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "240 minutes", "0.05%",
            "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "12个月", "12 个月",
            "十二个月", "twelve months", "12 months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "百分之四十",
            "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十", "服务年度",
             "Subscription Year", "14 hours", "130%", "0.5%", "35%", "百分之三十五", "24 hours", "1,100%", "45 days",
             "15 days", "30 days", "二十五", "三年"]


def hits(text):
    return [(p.pattern, m.group(0)) for p in THRESH_RE for m in p.finditer(text)]


def scan_all(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        out += hits(variant)
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s)), ("must hit", s)
    for s in MUST_MISS:
        assert not scan_all(s), ("must miss", s, scan_all(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), len(text.replace("|", " ").split())


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, kind, _) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    bad = []
    for k, (name, kind, lang) in FILES.items():
        lab = label(k)
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        t = lab["expected_terms"]
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        c = tco(t, lab["expected_extra"], DESIGN[k][4])
        if c:
            assert abs(c[1] - 40) > 2, (k, c)
        back = read_back(OUT / name)
        h = scan_all(back) + scan_all(SOURCES[k])
        if h:
            bad.append((k, sorted(set(h))))
        n1, n2 = size(back, lang)
        ok = (2750 <= n1 <= 3000) if lang == "zh" else (1450 <= n1 <= 1650 and 1450 <= n2 <= 1650)
        print(f"{k} {lang} size {n1} / {n2} {'OK' if ok else 'OUT OF RANGE'} rules {lab['expected_rules']}"
              + (f" TCO {c[0]:.0f} share {c[1]:.2f}" if c else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("threshold hits:", bad if bad else "none")
