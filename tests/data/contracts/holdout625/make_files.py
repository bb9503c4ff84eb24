"""holdout625: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (rules derived from the labels, rule coverage, text lengths, no value or figure on a threshold).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:城市区域环境噪声智能监测平台建设项目合同
P:合同编号：HJJ-ZC-2026-0317
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市生态环境局
P:乙方（供应商）：江苏声衡环境科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就临江市城市区域环境噪声智能监测平台（以下简称“平台”）建设事宜签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供噪声监测平台软件许可，并完成噪声地图、噪声投诉联动处置、功能区达标评价、夜间施工噪声预警等定制开发，完成与全市126个噪声自动监测站点、12345热线工单系统及省级生态环境数据共享平台的数据对接。
P:1.2 平台部署于甲方政务云资源，乙方负责安装部署、历史数据迁移、系统联调和人员培训，确保平台按本合同约定的功能和性能要求投入使用。
P:1.3 项目实施地点为甲方指定场所及政务云机房，工期为合同签订之日起150个日历日内完成上线试运行。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾陆万捌仟元整（¥2,368,000），为固定总价，包含完成本合同全部工作的一切费用及税费。
P:2.2 分项价格：平台软件许可费¥1,126,000；定制开发费¥884,000；数据对接与迁移费¥216,000；安装部署费¥108,000；培训费¥34,000。
P:2.3 平台软件许可为永久许可，不限用户数，甲方及其下属监测站可在本项目范围内使用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，计¥473,600。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，计¥1,065,600。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，计¥828,800。
P:3.4 乙方每次收款前应开具合法有效的等额发票。甲方付款应遵守财政国库集中支付的规定。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后10个工作日内提交实施方案，经甲方确认后执行，实施方案应包括进度计划、人员安排、数据迁移方案及风险应对措施。
P:4.2 乙方项目经理应常驻甲方现场，未经甲方同意不得更换。乙方提供的所有源代码、接口文档、数据字典、部署手册应随系统一并交付。
P:4.3 乙方应为甲方及各区分局操作人员、系统管理员分别组织不少于三期集中培训，培训内容包括平台操作、数据审核、报表生成和日常运维，培训教材由乙方编制并交甲方留存。
P:4.4 实施过程中乙方应每周提交进度报告，遇有可能影响工期的情况应及时书面告知甲方，并提出处理措施。
H:第五条 验收
P:5.1 初步验收：平台上线试运行满60日，且满足以下标准：全部站点数据接入率不低于98%，数据传输时延不超过60秒；噪声地图每小时自动更新；投诉工单自动派发并回传处置结果；功能区达标评价结果与人工核算结果一致；系统在300个并发用户下页面响应时间不超过3秒；试运行期间未发生一级故障。
P:5.2 最终验收：初步验收后，乙方完成问题整改，并通过第三方机构的网络安全等级保护测评（第三级）及商用密码应用安全性评估，由甲方组织专家按招标文件技术要求和本合同约定逐项验收，出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、远程及现场技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外，计划维护应提前3个工作日经甲方同意）。故障分为三级：一级故障（平台整体不可用或数据接入中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个版本中解决。
P:6.3 乙方未按6.2约定响应或恢复的，每迟延一小时，甲方可从履约保证金或应付款中扣减¥1,500；月度可用率每低于约定值0.01个百分点，扣减¥2,000。
P:6.4 质保期满后，如甲方需要，乙方应继续提供运维服务，年度服务费不超过平台软件许可费的9%（即¥101,340），且在质保期满后的三个服务年度内不上调。
H:第七条 知识产权
P:7.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的全部成果（包括源代码、接口程序、数据模型、文档）的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:7.3 乙方保证所提供软件不侵犯任何第三方的合法权益，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储和处理的全部监测数据、投诉信息及衍生数据均属于甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、传输加密、操作审计等安全措施，运维操作须经甲方堡垒机进行，不得将数据复制至甲方网络之外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政处罚。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后三年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成上线试运行或逾期通过验收的，每逾期一日，应按合同总价的万分之八向甲方支付违约金。逾期超过60日的，甲方有权解除合同。
P:10.2 甲方逾期付款的，应按逾期金额每日万分之三向乙方支付违约金，但因财政资金拨付原因造成的延迟除外。
P:10.3 乙方提供的软件功能、性能不符合合同约定，经整改仍不合格的，甲方有权要求乙方退还已付款项，并赔偿甲方因此遭受的直接损失。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目转包，未经甲方书面同意不得分包任何部分。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：临江市生态环境局          乙方（盖章）：江苏声衡环境科技有限公司
P:签订日期：2026年3月17日
"""

Z02 = """T:冷轧机厚度控制系统改造合同
P:合同编号：LB-JS-2026-021
P:甲方（买方）：山东瑞丰铝箔有限公司
P:乙方（卖方）：洛阳精轧自动化工程有限公司
P:甲方拟对其二号铝箔粗轧机的厚度自动控制系统进行改造，经比选确定由乙方承担。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保事宜达成如下协议。
H:第一条 改造范围
P:1.1 乙方负责二号粗轧机厚度自动控制（AGC）及张力控制系统的改造，包括X射线测厚仪、PLC控制柜、液压伺服阀组、过程控制软件及操作站的供货，以及拆除旧系统、安装、接线、调试和操作培训。
P:1.2 改造后轧机出口厚度偏差、断带率等指标应达到第四条约定的验收标准。改造须利用甲方计划检修窗口实施，停机时间不超过18天。
P:1.3 乙方应在合同生效后20日内提交详细设计文件，包括系统配置图、I/O清单、液压原理图、控制策略说明及改造施工计划，经甲方技术部门书面确认后方可组织生产。甲方确认不减轻乙方对设计正确性所负的责任。
P:1.4 培训：乙方应分别对甲方操作工、电气及液压维护人员进行理论与现场培训，累计不少于10个工作日，使受训人员能够独立完成日常操作、参数调整和一般故障处理。
H:第二条 合同价格
P:2.1 本合同总价为人民币叁佰壹拾贰万元整（¥3,120,000），含税、含运输保险、含安装调试，为固定价格。分项价格见下表：
TB:序号|名称|数量|金额（元）
TB:1|X射线测厚仪（含冷却及防护装置）|2套|1,180,000
TB:2|PLC控制柜及远程I/O站|1批|646,000
TB:3|液压伺服阀组及压力传感器|1批|388,000
TB:4|厚度及张力过程控制软件许可（永久）|1套|520,000
TB:5|HMI操作站及工业显示器|4台|96,000
TB:|设备及软件小计||2,830,000
TB:6|拆除、安装、接线及调试|1项|248,000
TB:7|操作及维护培训|1项|42,000
TB:|合计||3,120,000
P:2.2 上表设备及软件小计为人民币贰佰捌拾叁万元（¥2,830,000），作为本合同维保费的计算基数。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经双方开箱清点后，甲方支付合同总价的35%。到货清点仅核对数量和外观，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的50%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后支付，质量保证金不计利息。乙方每次收款前应向甲方开具等额增值税专用发票。
H:第四条 交货、安装调试与验收
P:4.1 交货：乙方应在合同生效后90日内将全部设备运至甲方厂区指定地点，随货提供装箱单、合格证、出厂检验报告、X射线装置的辐射安全许可及检测报告、使用说明书和电气图纸。乙方负责设备运输、卸车及就位前的保管，设备毁损灭失的风险自甲方签收时转移。
P:4.2 现场施工：乙方进入甲方厂区应遵守甲方安全生产及动火作业管理制度，施工人员须经甲方安全培训并持证上岗。乙方应对拆除的旧设备分类整理并移交甲方，不得擅自处置。因乙方施工原因造成甲方设备损坏或人员伤害的，由乙方承担责任。
P:4.3 乙方应在甲方检修窗口内完成拆除、安装和冷态调试，热负荷试车后连续生产运行30天，作为考核期。
P:4.4 验收标准：0.006mm至0.2mm成品规格范围内，出口厚度偏差稳态不超过±1.2%；加减速段厚度超差长度不超过规定值；考核期内因控制系统原因造成的断带不超过2次；测厚仪静态精度与标准片比对误差在±0.5%以内；全部报警及联锁功能试验正常。
P:4.5 考核期满且各项指标达标后，双方签署最终验收证书。未达标的，乙方应在20日内整改并重新考核。设备投入生产使用，不视为验收合格。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收之日起算。质保期内乙方免费更换损坏部件（X射线管按厂家寿命规定），免费提供软件升级和技术支持。
P:5.2 服务水平：轧机因控制系统故障停机的，为一级故障，乙方应在1小时内远程响应，8小时内派工程师到达现场；其他故障24小时内响应。乙方超时响应或到场的，每超过一小时，向甲方支付¥2,000。
P:5.3 质保期满后，乙方按年提供维保服务，内容包括定期巡检、备件供应、软件维护及7×24小时技术支持。年度维保费为设备及软件小计的26%，即每年¥735,800，该费率自质保期满起连续四个维保年度内固定不变，由双方每年签署维保确认单后按季度支付。甲方可根据设备状况决定是否续签下一维保年度，但乙方不得以任何理由上调上述费率。
P:5.4 维保期内，X射线管、伺服阀等易损件的更换费用已含在年度维保费中，乙方不再另行收费。
H:第六条 知识产权
P:6.1 过程控制软件的原有知识产权归乙方或其许可方所有，甲方享有永久使用权。
P:6.2 乙方为本项目编制的控制参数表、轧制模型参数、HMI画面及程序修改部分归甲方所有，乙方应交付完整的PLC程序备份及注释，甲方有权自行修改。
P:6.3 乙方保证所供设备和软件不侵犯第三方的专利、著作权等权利；如因此引起纠纷，由乙方负责处理并赔偿甲方损失。
H:第七条 数据与信息安全
P:7.1 系统运行产生的生产工艺数据、质量数据均归甲方所有，乙方不得用于本合同以外的用途。
P:7.2 乙方远程维护须经甲方审批，通过甲方指定的工控安全网关接入，每次操作留存日志；乙方不得在控制网络中安装与本项目无关的软件，不得拷贝工艺数据。因乙方原因导致数据泄露或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并承担相应赔偿责任。
H:第八条 保密
P:8.1 乙方对甲方的轧制工艺、配方参数、产品规格及其他商业秘密负有保密义务，未经甲方书面同意不得披露给任何第三方，本义务在合同终止后三年内有效。
H:第九条 分包
P:9.1 乙方可将液压管路施工、电缆敷设及设备吊装等辅助工程分包给具有相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包工作的质量和安全承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:10.2 因乙方原因导致停机时间超出1.2条约定的，每超出一日，另按¥20,000向甲方赔偿停产损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 不可抗力
P:11.1 因地震、洪水、疫情防控措施等不可抗力导致一方不能履行合同的，该方应在3日内通知对方，并在15日内提供证明，受影响的义务相应顺延。不可抗力持续超过60日的，双方协商是否继续履行。
H:第十二条 合同解除
P:12.1 乙方严重违约且经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交济南仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。技术协议、设备清单及验收考核大纲为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:甲方（盖章）：山东瑞丰铝箔有限公司        乙方（盖章）：洛阳精轧自动化工程有限公司
P:日期：2026年4月8日
"""

Z03 = """连锁门店进销存及会员管理云服务合同

合同编号：WJ-IT-2026-008
甲方（用户）：湖南墨香文具连锁有限公司
乙方（服务商）：杭州云柜信息技术有限公司

甲方经营文具连锁门店80家，为统一管理商品库存、门店销售及会员营销，委托乙方提供进销存及会员管理云服务（以下简称“云服务”）及实施服务。双方依据《中华人民共和国民法典》，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供以下服务：
1. 商品档案、采购订货、仓库调拨、门店要货及库存盘点；
2. 门店收银（POS）、促销定价、日结对账；
3. 会员注册、积分、储值、优惠券及会员营销活动管理；
4. 经营报表、库存预警及移动端管理应用。
（二）实施服务：乙方负责系统初始化配置、甲方现有商品档案（约4.6万个SKU）及会员资料（约38万条）的迁移、与甲方财务软件及电商平台的接口开发、门店收银设备调试和人员培训。
（三）服务账号：甲方总部及80家门店，门店账号数不超过240个。甲方新增门店的，按本合同单价另行结算。
（四）云平台及甲方数据应部署和存储在中国境内的数据中心，乙方每日进行全量备份，备份数据保留不少于90日，数据恢复点目标不超过15分钟。乙方应向甲方提供管理后台，供甲方随时查询和导出全部业务数据，导出格式应为通用的Excel或CSV格式。

二、服务期限
（一）本合同服务期为两个服务年度，自云服务上线验收合格之日起计算，每个服务年度自起算日起至次年对应日的前一日止。
（二）服务期满前三十日内，甲方未以书面形式通知乙方不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其届时公布的价格政策调整订阅单价，并于续期前通知甲方。

三、费用及支付
（一）订阅费：每门店每个服务年度人民币3,360元，80家门店合计每个服务年度人民币268,800元，两个服务年度合计人民币537,600元。
（二）实施费：人民币96,400元（一次性）。
（三）本合同总价为人民币634,000元（含税）。
（四）支付方式：实施费在上线验收合格后15个工作日内一次付清；订阅费按季度支付，每季度结束后10个工作日内，甲方根据乙方提交的服务报告和发票支付当季订阅费67,200元。本合同不设预付款。

（五）订阅费单价在本合同服务期内固定不变。甲方门店关闭的，自关闭次月起相应减少订阅费。

四、实施与验收
（一）乙方应在合同签订后10个工作日内提交实施计划，明确数据迁移、接口开发、门店切换和培训的时间安排，经甲方确认后执行。门店分三批切换，每批切换前乙方应完成模拟收银演练，切换期间派员驻店支持。乙方应在合同签订后45日内完成全部门店上线。
（二）数据迁移前，乙方应制定字段对照表和核对方案，迁移后逐项核对商品档案、会员积分及储值余额，核对结果由双方签字确认。
（三）上线验收标准：1. 商品档案、会员资料迁移完整，抽检差错率为零；2. 全部门店收银、日结、调拨流程连续7日运行正常；3. 财务接口凭证生成正确，电商平台订单和库存同步延迟不超过5分钟；4. 会员积分、储值余额与原系统核对一致；5. 培训覆盖全部店长及收银员。
（四）满足上述标准后，甲方出具书面验收单。门店开始使用云服务不视为验收合格。

五、服务水平
（一）云服务月度可用率不低于99.95%，计划维护应安排在每日零时至六时之间并提前通知甲方。
（二）故障等级及响应：一级故障（全部或多家门店无法收银、会员无法结算）15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）1小时内响应，8小时内恢复；三级故障（咨询或一般问题）当日答复。
（三）服务补偿：月度可用率低于约定值的，每低0.02个百分点，减免当月订阅费的3%；一级故障恢复超时的，每超时一小时减免当月订阅费的2%；单月减免累计不超过当月订阅费的50%。

六、数据权属与安全
（一）甲方在云服务中录入和产生的商品、销售、会员及交易数据归甲方所有。
（二）乙方有权对甲方的交易数据和会员消费数据进行去标识化处理后，用于行业消费趋势分析、零售报告及其产品功能改进，该等去标识化数据及分析成果归乙方所有。
（三）乙方应采取加密存储、访问控制、日志审计、异地备份等安全措施，通过网络安全等级保护第三级测评，会员个人信息的处理应符合《中华人民共和国个人信息保护法》。发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因其过错造成的损失。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除平台上的甲方数据，出具删除证明。服务终止前后30日内，乙方应配合甲方将数据迁移至新的系统，不另收费。

七、双方的其他义务
（一）甲方应指定项目联系人，按乙方的实施计划提供原系统数据、接口文档和门店网络条件，并组织门店人员参加培训。
（二）乙方应提供7×24小时服务热线和在线工单系统，指派专属客户经理，每月向甲方提交服务报告，内容包括可用率、故障处理、工单统计及改进建议。
（三）乙方对云平台进行重大版本升级或功能调整的，应提前15日通知甲方，并保证甲方已使用的功能和数据不受影响；因升级造成门店收银中断的，按一级故障处理。
（四）乙方应保证门店收银在网络中断时可离线收银不少于24小时，网络恢复后自动上传交易数据。

八、保密
双方对在合作中获悉的对方商业秘密（包括甲方的供应商价格、门店经营数据、营销方案）承担保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。

九、知识产权
（一）云平台及其功能的知识产权归乙方所有。
（二）乙方为甲方专门开发的财务及电商接口程序、定制报表的知识产权归甲方所有，乙方应交付源代码，甲方可自行或委托他人修改使用。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同第六条约定的，甲方有权要求乙方立即改正，并赔偿甲方由此遭受的全部损失。
（三）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的服务转包；部分实施工作需要分包的，应事先征得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。
（二）任何一方进入破产程序的，另一方有权解除合同。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

十四、不可抗力
因不可抗力不能履行本合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。云服务因乙方所租用的云计算资源故障而中断的，不属于不可抗力。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：湖南墨香文具连锁有限公司（盖章）        乙方：杭州云柜信息技术有限公司（盖章）
日期：2026年5月6日
"""

Z04 = """营销业务应用系统年度运维服务合同

合同编号：GDYX-YW-2026-015
委托方（甲方）：国网清河市供电公司
服务方（乙方）：北京恒电信息技术服务有限公司

鉴于甲方的营销业务应用系统（含业扩报装、电费核算、电费收缴、用电信息采集接口及95598工单接口等模块）需要专业运维保障，甲方经竞争性谈判确定乙方为服务方。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务范围
（一）应用运维：营销业务应用系统各功能模块的日常监控、故障处理、性能优化、数据库维护及应用版本部署；
（二）数据运维：电费核算数据核查、档案数据治理、报表数据校验，配合月度电费发行；
（三）接口运维：与用电信息采集系统、95598系统、财务管控系统、网上国网等接口的监控和故障处置；
（四）驻场支持：乙方派驻6名运维工程师（含1名项目经理）在甲方信息机房及营销服务中心驻场，工作日8:00至18:00在岗，电费发行期及重大保电期间按甲方要求延长在岗时间；
（五）年度巡检及每季度系统健康评估，提交巡检报告和优化建议；
（六）配合甲方完成网络安全等级保护测评、上级单位专项检查及漏洞整改，对检查发现的应用层问题在规定期限内完成修复；
（七）配合营销业务规则调整、电价政策执行所需的系统参数配置和报表调整，单项工作量在5人日以内的不另行收费。

第二条 服务期限
本合同服务期自2026年3月1日起至2027年2月28日止。服务期满合同自行终止，甲方如需继续采购，另行履行采购程序并签订合同。

第三条 合同价款及支付
（一）本合同总价为人民币1,476,000元（含税），包括驻场人员费用、远程支持、监控工具、备品备件、差旅及税费等全部费用，服务期内不因人工成本变化而调整。
（二）甲方按季度支付服务费，每季度服务结束并经甲方季度考核后15个工作日内，支付当季服务费369,000元。季度考核得分低于80分的，按本合同第五条扣减后支付。
（三）本合同不设预付款。乙方应在每次付款前开具等额增值税专用发票。

第四条 服务水平
（一）营销业务应用系统核心业务（业扩、核算、收费）月度可用率不低于99.95%。
（二）故障分级及时限：
1. 一级故障：核心业务中断或电费发行无法进行，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：部分功能异常或单一接口中断，1小时内响应，6小时内恢复；
3. 三级故障：一般性问题及用户咨询，当日内答复，3个工作日内解决。
（三）乙方应在故障处理完毕后24小时内提交故障报告，说明原因、处理过程和防范措施。

第五条 考核与扣减
（一）甲方按季度对乙方服务进行考核，考核内容包括可用率、故障响应及恢复时限、驻场人员出勤、工单处理满意度和文档提交情况。
（二）扣减标准：一级故障响应或恢复超时，每次扣减当季服务费的2%；月度可用率低于约定值的，每低0.01个百分点扣减当季服务费的0.5%；驻场人员无故缺勤的，每人每日扣减800元；单季度扣减累计不超过当季服务费的20%。
（三）年度服务期满，乙方提交年度运维总结，甲方依据服务范围、服务水平达成情况和四个季度考核结果组织年度验收，出具验收意见。

第六条 交付物及时限
（一）乙方应于服务开始后10个工作日内完成驻场人员到岗和交接，提交运维方案、应急预案和系统资产清单；
（二）乙方应按甲方下达的计划完成年度系统版本升级部署及巡检报告提交。
（三）上述交付物逾期的，每逾期一日，乙方按本合同总价的万分之二向甲方支付违约金。

第七条 应急保障与变更管理
（一）乙方应建立营销系统运维应急预案，每半年配合甲方开展不少于一次应急演练，演练方案及总结报甲方备案。
（二）在电费发行期、迎峰度夏、重大节日及重要活动保电期间，乙方应增派技术骨干现场值守，确保故障在第一时间得到处置。
（三）乙方对生产环境进行版本部署、参数调整、数据库变更等操作，应事先提交变更申请，经甲方审批后在约定的变更窗口内实施，并做好回退准备。未经审批擅自变更的，每次扣减当季服务费的1%，造成故障的按故障等级追究责任。
（四）乙方应每月向甲方提交运维月报，内容包括系统运行指标、故障及工单统计、变更记录、风险隐患及整改建议。

第八条 甲方的义务
（一）甲方应为驻场人员提供办公场所、运维终端及必要的系统访问权限，并指定专人负责与乙方的日常联系。
（二）甲方应及时向乙方通报营销业务规则和电价政策的调整，以便乙方安排系统参数维护。

第九条 人员管理
（一）乙方驻场人员应具备电力营销系统运维经验，名单及资质经甲方审核后方可上岗，乙方不得擅自更换；确需更换的，应提前10个工作日书面申请并经甲方同意。
（二）驻场人员应遵守甲方安全生产、信息安全及保密管理规定，签署个人保密承诺书。

第十条 数据安全
（一）营销系统中的电力用户档案、用电量、电费及缴费等数据均属于甲方所有，乙方仅可在履行本合同所必需的范围内访问和处理，不得用于任何其他目的。
（二）乙方应通过甲方堡垒机进行运维操作，不得使用个人终端接入甲方内网，不得将数据拷贝或传输至甲方网络以外；涉及用户敏感信息的查询应经甲方审批并留存日志。
（三）发生数据泄露、篡改或损毁的，乙方应立即报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及由此引起的监管处罚。

第十一条 保密
乙方对履行本合同过程中知悉的甲方电网信息、用户信息、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面许可不得向任何第三方泄露。保密义务不因本合同终止而解除。

服务期满或合同终止时，乙方应在15个工作日内完成运维交接，向甲方或甲方指定的单位移交全部运维文档、脚本、账号清单及未结工单，交回甲方提供的设备和资料，并配合完成交接确认。

第十二条 知识产权
乙方在服务期间为甲方编制的运维脚本、数据核查程序、技术文档及报告，其知识产权归甲方所有。乙方保证其在服务中使用的监控工具和软件均已取得合法授权，不侵犯第三方权利，因此引起的纠纷由乙方负责处理。

第十三条 分包
乙方不得将本合同项下的任何服务转包或分包给第三方。

第十四条 合同的变更与解除
（一）本合同的变更应经双方协商一致并签订书面补充协议。
（二）为保障营销业务连续运行，本合同签订后，除不可抗力导致合同目的无法实现外，任何一方均不得提前解除本合同。乙方违约的，甲方按本合同约定进行扣减或要求乙方支付违约金，并可要求乙方限期整改。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）本合同附件包括：服务需求书、驻场人员名单、运维考核细则，附件与本合同具有同等效力。
（二）本合同一式四份，甲方三份，乙方一份，自双方法定代表人或授权代表签字并加盖公章之日起生效。

甲方（盖章）：国网清河市供电公司        乙方（盖章）：北京恒电信息技术服务有限公司
签订日期：2026年2月20日
"""

Z05 = """# 研磨生产线控制软件许可及定制开发合同

**（乙方标准合同文本 ZK-2025 版）**

合同编号：ZK-XS-2026-0112

甲方（买方）：河北香磨坊食品有限公司

乙方（卖方）：郑州智控工业软件有限公司

甲方因芝麻酱研磨生产线自动化升级需要，向乙方购买研磨线控制软件许可，并委托乙方进行定制开发。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“智控研磨线控制系统V5”软件许可，用于甲方三条石磨研磨生产线（含炒籽、风选、冷却、粗磨、精磨、调配、灌装工段）的集中控制。

1.2 乙方根据甲方需求进行以下定制开发：配方与工艺参数管理、批次追溯、温度与细度在线监测画面、与甲方ERP系统及仓储系统的数据接口、生产日报表、能耗统计及设备运行时间统计。定制开发内容以双方确认的需求说明书为准，需求说明书确认后新增或变更的需求另行计费。

1.3 软件许可为永久许可，许可范围为甲方本合同约定的三条生产线及一个中控室，每条生产线可安装一套现场操作站软件，中控室可安装两套监控客户端。甲方新增生产线或扩建的，应另行向乙方购买许可。

1.4 软件的具体功能以乙方提供的功能清单为准，清单未列明的功能不属于本合同范围。

## 第二条 合同价款

本合同总价为人民币1,286,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 智控研磨线控制系统V5软件许可（三条线） | 548,000 |
| 2 | 定制开发（配方管理、追溯、监测画面、接口、报表） | 596,000 |
| 3 | 现场实施调试 | 112,000 |
| 4 | 操作培训 | 30,000 |
| | 合计 | 1,286,000 |

上述价格不含甲方现场所需的服务器、工控机、网络设备及仪表，该等设备由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币835,900元，乙方收到该款项后开始开发工作。

3.2 软件上线运行后10个工作日内，甲方支付合同总价的35%，即人民币450,100元。

3.3 乙方收到款项后开具增值税普通发票。甲方要求开具专用发票的，应提前提供开票资料。

3.4 甲方未按期付款的，每逾期一日，应按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发、实施和服务工作，工期相应顺延。

## 第四条 开发与交付

4.1 乙方在收到首笔款项后开始需求调研，开发周期一般为90个工作日，具体以乙方项目计划为准。因甲方需求变更、现场条件不具备或配合不到位导致的延误，工期顺延。

4.2 乙方以安装包形式交付软件，并提供用户手册。软件源代码不属于交付范围。

4.3 甲方应为乙方实施人员提供必要的工作条件，包括办公场所、网络及现场生产配合。

4.4 乙方负责对甲方操作人员和设备管理人员进行培训，培训在甲方现场进行，总计不超过5个工作日。甲方应保证受训人员具备基本的计算机操作能力，超出上述天数的培训另行收费。

4.5 甲方应在乙方要求的时间内提供工艺资料、设备点表、ERP及仓储系统接口说明，并确认需求说明书。甲方逾期确认或确认后提出变更的，乙方有权调整开发计划并另行收取变更费用。

## 第五条 上线与验收

5.1 乙方完成软件安装并在生产线上运行后，即视为甲方验收合格。

5.2 甲方在软件上线运行后提出的功能修改要求，乙方可视情况在后续版本中予以考虑，但不影响已完成的验收。

## 第六条 技术支持与维护

6.1 自软件上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、远程方式提供技术支持，乙方将尽商业上合理的努力协助甲方解决软件使用中出现的问题。

6.2 需要乙方派员到现场服务的，甲方应承担乙方人员的差旅费用。

6.3 免费维护期内，乙方发布的软件补丁可免费提供给甲方；软件大版本升级属于新产品，甲方需另行购买。因甲方自行修改配置、更换硬件或操作系统导致的问题，不属于免费维护范围。

6.4 免费维护期满后，甲方如需乙方继续提供维护服务，双方另行签订维护协议，维护费按乙方当年公布的服务价格标准执行。

## 第七条 知识产权

7.1 本合同项下的软件许可及定制开发成果（包括配方管理模块、接口程序、监测画面和报表）的全部知识产权均归乙方所有。

7.2 甲方获得在本合同约定的三条生产线上使用软件的非独占、不可转让的许可，甲方不得对软件进行修改、反向工程或许可第三方使用。

7.3 乙方有权将定制开发成果用于其他客户的项目。

## 第八条 数据安全

8.1 软件运行产生的生产数据、配方数据及批次数据属于甲方所有，乙方不得将其用于本合同以外的任何用途。

8.2 乙方远程维护应经甲方同意并通过甲方指定的方式接入，操作过程留存记录，不得复制或带走甲方配方及生产数据。乙方应落实必要的访问控制和防病毒措施；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并依照本合同第十条承担赔偿责任。

8.3 甲方应自行负责生产网络、服务器和工控机的安全防护及数据备份，因甲方网络环境或病毒感染导致的数据损失，乙方不承担责任。

## 第九条 保密

双方对在本合同履行过程中获知的对方技术资料、配方信息和商业信息负有保密义务，未经对方书面同意，不得向第三方披露，本条在合同终止后继续有效。

## 第十条 责任限制

10.1 乙方对本合同项下的全部责任（无论基于违约、侵权或其他原因）累计不超过本合同总价的20%。

10.2 乙方不对甲方的停产损失、产品报废、利润损失等间接损失承担责任。

10.3 软件按现状提供，乙方不保证软件完全没有缺陷或不间断运行，也不保证软件能满足甲方的全部生产要求。

10.4 因甲方原料质量、设备故障、操作不当或网络环境等非乙方原因导致的损失，乙方不承担责任。

## 第十一条 不可抗力

因不可抗力或政府行为、停电、网络运营商故障、第三方软件缺陷等乙方无法控制的原因，导致乙方不能按期履行或不能履行合同的，乙方不承担责任，工期相应顺延。

## 第十二条 合同解除

任何一方严重违反本合同，经另一方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。合同解除的，甲方应支付乙方已完成工作部分的费用，乙方已收取的软件许可费不予退还；甲方应停止使用未付清款项部分的软件，并删除已安装的程序。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地有管辖权的人民法院提起诉讼。

## 第十四条 通知与税费

14.1 双方的通知应以书面形式送达本合同首页所列地址，以电子邮件发送的，发出之日视为送达。

14.2 因履行本合同产生的税费，由双方按照国家有关规定各自承担。乙方开具的发票类型以乙方财务规定为准。

## 第十五条 其他

15.1 本合同自双方签字盖章且乙方收到首笔款项之日起生效。

15.2 本合同一式两份，双方各执一份。乙方的功能清单、报价单为本合同附件。

甲方（盖章）：河北香磨坊食品有限公司

乙方（盖章）：郑州智控工业软件有限公司

日期：2026年6月2日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. BMS-CN-2026-044
P:This Agreement is made between Jiangsu Huaguang Photovoltaic Technology Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Buyer"), and Breisgau Metrology Software GmbH, a company registered in Freiburg im Breisgau, Germany (the "Vendor").
P:The Buyer operates cell and module production lines in Changzhou and wishes to license the Vendor's inspection analytics software and to obtain related configuration, installation and training services. The Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's SolarVision Inspection Analytics suite, version 7, in object code, including the analytics server, the line client modules and the documentation.
P:1.2 "Custom Deliverables" means all configurations, defect classification models trained on Buyer data, interface programs, report templates and documents prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all images, measurement data, production records and other data supplied by the Buyer or generated by the Software in the Buyer's operations.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in the People's Republic of China for six production lines and up to sixty named users. The Buyer's affiliates may use the Software on those lines.
P:2.2 The Vendor shall configure the Software, develop interfaces to the Buyer's MES and quality systems, train classification models for electroluminescence and visual inspection, install the Software and train the Buyer's staff, as described in Annex 1.
P:2.3 The Vendor shall complete installation within ninety days after the effective date and shall achieve Final Acceptance within one hundred and fifty days after the effective date.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 2,180,000, inclusive of applicable taxes, fixed and not subject to adjustment. It consists of: licence fees CNY 1,460,000; configuration and interface development CNY 486,000; installation and commissioning CNY 162,000; training CNY 72,000.
P:3.2 The licence fees of CNY 1,460,000 are the Licence Subtotal on which support fees under Article 7 are calculated.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price within thirty days after signature, against an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the total price within thirty days after Provisional Acceptance under Article 5.2.
P:4.3 The Buyer shall pay the remaining 35% of the total price within thirty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice. The Vendor shall issue a valid invoice for each payment.
H:Article 5 Testing and Acceptance
P:5.1 The Vendor shall submit a test plan for the Buyer's approval at least twenty days before installation is completed. The test plan shall follow the acceptance criteria in Annex 2.
P:5.2 Provisional Acceptance is given when the Software is installed on all six lines and passes the functional tests in the approved test plan, including the MES and quality interfaces.
P:5.3 Final Acceptance is given when, after Provisional Acceptance, the Software has run in production for forty-five consecutive days and meets the following criteria: defect detection rate of at least 98.5% against a reference set of 20,000 images agreed by the parties; false reject rate not above 1.2%; classification result available within 800 milliseconds per image; no Severity 1 incident during the last twenty days of the period. The Buyer shall confirm Final Acceptance in writing within ten working days after the criteria are met.
P:5.4 Use of the Software in production before Final Acceptance does not constitute acceptance. If the Software fails the tests, the Vendor shall correct the defects at its cost and repeat the tests.
H:Article 6 Warranty and Service Levels
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the acceptance criteria for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and upgrades and give remote and on-site support free of charge.
P:6.2 The Vendor shall respond to incidents as follows: Severity 1 (analytics server down or results unavailable on any line) within one hour, with a workaround within eight hours; Severity 2 (a function or interface degraded) within three hours; Severity 3 (other issues) within two working days. The Vendor's support desk in Shanghai is available by telephone and ticket at all times for Severity 1.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,200, deducted from the next payment due or paid within thirty days.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period, the Buyer may order annual support covering the services in Article 6. The annual support fee is 11% of the Licence Subtotal, being CNY 160,600 per year, and shall remain fixed for the first three support years after the Warranty Period.
P:7.2 Support is ordered by the Buyer's written purchase order for each year. There is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Vendor or its licensors.
P:8.2 All intellectual property in the Custom Deliverables belongs to the Buyer on creation. The Vendor shall deliver source code and documentation of the interface programs and the trained models. The Buyer may use, modify and license the Custom Deliverables freely.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software infringes a third party's rights and shall bear all damages and costs awarded.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including training models for other customers.
P:9.2 The Software is installed on the Buyer's premises. The Vendor shall access the Buyer's systems only through the Buyer's remote access gateway, with multi-factor authentication and per-session approval, and shall not copy Buyer Data outside the Buyer's network. Any transfer of Buyer Data outside the People's Republic of China is prohibited.
P:9.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. The Vendor shall notify the Buyer within twelve hours of any actual or suspected security incident affecting Buyer Data, shall cooperate in remedying it and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and business information of the other party received under this Agreement, including the Buyer's process parameters, yield figures and production plans, and shall use it only for the purposes of this Agreement.
P:10.2 These obligations continue for three years after termination or expiry of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to achieve Final Acceptance by the date in Article 2.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:13.2 The Buyer may also terminate by written notice if liquidated damages under Article 11.1 reach their maximum. On such termination the Vendor shall refund the payments received for the parts not accepted.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 The courts of Freiburg im Breisgau, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope and Project Plan) and Annex 2 (Acceptance Criteria), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Neither party is liable for a delay caused by force majeure, meaning events beyond its reasonable control such as natural disasters, epidemics or government measures, provided that it notifies the other party promptly and takes reasonable steps to reduce the effect. If force majeure lasts more than sixty days, either party may terminate the affected part of this Agreement by written notice.
P:15.3 Notices shall be given in writing to the addresses on the first page of this Agreement, by courier or by e-mail with confirmation of receipt.
P:15.4 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: 12 May 2026
"""

E02 = """# ORDER FORM — Supplier Quality Cloud

**Order Form No. DQC-APAC-26-0193**

This Order Form is entered into between **Donau Quality Cloud GmbH**, Regensburg, Germany ("Provider"), and **Changchun Beifang Automotive Components Co., Ltd.**, Changchun, Jilin Province, People's Republic of China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

Provider will provide its Supplier Quality Cloud service ("Service"), including the modules Supplier Onboarding, Incoming Inspection, 8D Complaint Management, PPAP Document Control and Supplier Scorecards, to Customer's plants in Changchun and Tianjin. The Service is hosted in a data centre in Shanghai operated by Provider's Chinese hosting partner.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months, divided into two Subscription Years. It starts on the Go-Live Date confirmed under Part B Section 3. The Service does not renew automatically; any extension requires a new Order Form signed by both parties.

### A3. Users and Scope

Up to 260 named users of Customer, plus up to 420 supplier accounts for Customer's suppliers. Storage included: 2 TB. Additional users may be added at the per-user rate in A4 for the remainder of the Subscription Term.

### A4. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Subscription Fee, Subscription Year 1 | 260 named users, 420 supplier accounts | 356,000 |
| Subscription Fee, Subscription Year 2 | 260 named users, 420 supplier accounts | 356,000 |
| Onboarding and Configuration (one-time) | data migration, two ERP interfaces, workflow configuration, training | 58,000 |
| **Total Order Value** | | **770,000** |
| Additional named user | per user per Subscription Year | 1,280 |

All amounts include VAT. The Subscription Fee is fixed for the Subscription Term.

### A5. Invoicing and Payment

The Onboarding and Configuration fee is invoiced after the Go-Live Date. Subscription Fees are invoiced quarterly in arrears, at CNY 89,000 per quarter. Customer pays each correct invoice within thirty (30) days of receipt. No advance payment is due under this Order Form.

### A6. Contacts and Signatures

Provider contact: Customer Success Manager, Asia Pacific. Customer contact: Head of Supplier Quality. By signing, each party agrees to this Order Form, including Part B.

For Provider: ____________________ For Customer: ____________________

Date: 18 May 2026

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and files that Customer or its suppliers submit to the Service, and all outputs generated from them.

1.2 "Go-Live Date" means the date on which Customer confirms in writing that the Service has passed the go-live tests in Section 3.

1.3 "Customer Configurations" means the workflows, forms, inspection plans, scorecard rules and interface mappings configured by Provider for Customer.

### 2. Use of the Service

2.1 Provider grants Customer and its named users a non-exclusive right to use the Service during the Subscription Term for Customer's internal business purposes, including collaboration with its suppliers.

2.2 Customer shall not resell the Service or use it to build a competing product.

2.3 Provider may improve the Service from time to time, provided that the functions ordered in A1 are not materially reduced during the Subscription Term.

### 3. Onboarding and Go-Live

3.1 Provider shall complete onboarding within sixty (60) days after signature of the Order Form. Onboarding includes migration of Customer's supplier master data and open complaints, interfaces to Customer's SAP system for goods receipts and supplier master data, configuration of workflows and training of key users.

3.2 The go-live tests are: (a) all migrated records reconcile with the source data; (b) goods receipts from SAP create inspection lots in the Service within ten minutes; (c) a complete 8D complaint and a PPAP submission can be processed by a test supplier; (d) page response under two seconds for ninety-five per cent of requests during a test with 120 concurrent users. Customer confirms the Go-Live Date in writing within five business days after the tests are passed.

3.3 If onboarding is not completed within the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay until the go-live tests are passed, up to CNY 36,000 in total.

### 4. Service Levels

4.1 Provider will make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 Beijing time.

4.2 Provider responds to Priority 1 incidents (Service unavailable or data entry impossible for all users) within thirty (30) minutes and restores the Service or provides a workaround within six hours. Priority 2 incidents are answered within two hours, Priority 3 within one business day. Support is provided in Chinese and English.

4.3 If monthly availability falls below the level in Section 4.1, Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each started 0.5 percentage point shortfall. If a Priority 1 restoration time is missed, Customer receives a service credit of 3% of the monthly share for each started hour of delay. Service credits are deducted from the next invoice and, for a month, may not exceed 50% of the monthly share.

### 5. Customer Data

5.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including benchmarking or product analytics.

5.2 Provider shall keep Customer Data in the People's Republic of China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, log all administrative access, and maintain ISO 27001 certification and MLPS level 3 filing for the hosting environment.

5.3 Provider shall notify Customer of any security incident affecting Customer Data within twenty-four hours of becoming aware of it, take all necessary measures to contain it, and compensate Customer for losses caused by Provider's breach of this Section 5, subject to Section 9.

5.4 Within thirty days after the end of the Subscription Term, Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service and its underlying software.

6.2 Customer Configurations, interface mappings and any reports developed specifically for Customer belong to Customer. Customer may use, copy, modify and have third parties use them, including with another service provider after the Subscription Term.

### 7. Confidentiality

7.1 Each party shall keep confidential the non-public information of the other party received in connection with this Order Form, including Customer's supplier prices, quality results and product drawings, and shall use it only to perform this Order Form.

7.2 The obligations in this Section survive for three years after the end of the Subscription Term.

### 8. Subcontractors

Provider may use its hosting partner named in A1 to operate the data centre. Any other subcontractor that may have access to Customer Data requires Customer's prior written consent. Provider remains responsible for its subcontractors.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential losses, including lost profits.

9.2 Provider's total liability arising out of or in connection with this Order Form in any calendar year is limited to the fees paid or payable by Customer during the six (6) months immediately preceding the event giving rise to the claim.

9.3 Section 9.2 does not apply to personal injury, fraud or wilful misconduct.

### 10. Term and Termination

10.1 The Order Form ends at the end of the Subscription Term.

10.2 Either party may terminate the Order Form by written notice if the other party materially breaches it and does not remedy the breach within thirty days after written notice. If Customer terminates for Provider's breach, Provider refunds any fees paid for the period after termination.

10.3 Customer may also terminate by written notice if monthly availability falls below the level in Section 4.1 in three consecutive months.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time. The award is final and binding on both parties.

### 12. Miscellaneous

12.1 Neither party may assign this Order Form without the other party's written consent.

12.2 Amendments must be in writing and signed by both parties. This Order Form is made in English; a Chinese translation may be prepared for reference.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government measures or a general failure of public networks, if it notifies the other party without delay. Service credits under Section 4.3 are not excluded by failures of Provider's own hosting partner.

12.4 Notices under this Order Form are given in writing to the contacts in A6, by e-mail with confirmation of receipt or by courier.
"""

E03 = """T:Purchase Contract for Crane Condition Monitoring Sensors and Software
P:Contract No. QDPG-EQ-2026-0527
P:Buyer: Qingdao Haixi Port Group Co., Ltd., Qingdao, Shandong Province, People's Republic of China.
P:Supplier: Förde Sensorik GmbH, Kiel, Germany, acting for the installation and support work through its service partner in Qingdao named in Annex 3.
P:The Buyer wishes to install vibration and load monitoring on forty quay and yard cranes and to analyse the data in a central monitoring application. The Supplier has been selected through the Buyer's tender. This Contract is on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, edge gateways, cables and mounting kits listed in Clause 2.
P:1.2 "Software" means the Supplier's CraneWatch monitoring software, version 4, including the edge firmware and the central server application, licensed under Clause 8.
P:1.3 "Buyer Data" means all measurement data, alarms, crane operating records and other data collected or generated through the Equipment and the Software.
P:1.4 "Final Acceptance" means the Buyer's signed Final Acceptance Certificate under Clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment and the Software on forty cranes, integrate the Software with the Buyer's equipment maintenance system and train the Buyer's staff, all as set out in the Buyer's technical specification (Annex 1).
P:2.2 The Contract Price is CNY 2,278,000, inclusive of VAT, delivery to the Buyer's terminals, customs duties, installation and all other costs. It is itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial vibration sensors with mounting kits|320|2,450|784,000
TB:2|Edge gateways, crane-mounted, IP66|40|16,800|672,000
TB:3|CraneWatch software licence, perpetual, 40 cranes|1|548,000|548,000
TB:|Equipment and Software Subtotal|||2,004,000
TB:4|Installation, cabling and commissioning|1 lot||236,000
TB:5|Training of operators and maintenance staff|1 lot||38,000
TB:|Contract Price|||2,278,000
P:2.3 The Contract Price is fixed. The Equipment and Software Subtotal of CNY 2,004,000 is the base for the support fee under Clause 7.
H:3. Payment
P:3.1 10% of the Contract Price is payable within twenty working days after signature, against the Supplier's bank guarantee for the same amount.
P:3.2 55% of the Contract Price is payable within twenty working days after the Buyer signs the Installation Certificate for all forty cranes. The Installation Certificate records completed installation only and is not acceptance.
P:3.3 The remaining 35% of the Contract Price is payable within twenty working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice from the Supplier.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's Qianwan terminal within seventy days after signature and shall complete installation on all cranes within one hundred and twenty days after signature.
P:4.2 Installation work on cranes shall be carried out only in maintenance windows agreed with the Buyer's operations department and in compliance with the Buyer's safety rules for work at height. The Supplier's staff shall attend the Buyer's safety induction before starting work.
P:4.3 Risk in the Equipment passes to the Buyer on signature of the Installation Certificate.
P:4.4 With the Equipment the Supplier shall deliver packing lists, certificates of origin and conformity, calibration certificates for every sensor, wiring diagrams for each crane type, installation records with photographs, and operating and maintenance manuals in Chinese and English. The Supplier shall keep a stock of spare sensors and gateways in Qingdao during the warranty period so that defective units can be replaced within the restoration times in Clause 6.2.
H:5. Testing and Acceptance
P:5.1 After installation the Supplier shall run the system for a trial period of sixty days.
P:5.2 Final Acceptance shall be given when the following criteria are met during the trial period: (a) data from at least 98% of the sensors reaches the central server each day; (b) the Software detects the simulated bearing and gearbox faults in the test protocol of Annex 2 on every test crane; (c) alarms appear on the operator screen within ten seconds; (d) work orders are created automatically in the Buyer's maintenance system; (e) no Severity 1 incident occurs during the last thirty days of the trial.
P:5.3 Operation of the cranes with the system installed, or any payment, does not mean acceptance. If any criterion is not met, the Supplier shall remedy the defect and the trial period shall be repeated for the affected cranes.
H:6. Warranty and Service Levels
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates, free of charge, including labour and travel.
P:6.2 Incidents are classified in the table below. The Supplier shall respond and restore within the times stated.
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Central server down, or no data from more than five cranes|1 hour|8 hours
TB:Severity 2|No data from one to five cranes, or alarm function degraded|3 hours|2 working days
TB:Severity 3|Other defects and questions|1 working day|next release
P:6.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 1,000; for Severity 2, CNY 300 per hour. The Buyer may deduct these amounts from any payment due.
H:7. Support after the Warranty
P:7.1 After the warranty period, the Supplier shall offer annual support on the same terms as Clause 6 at a fee of 8% of the Equipment and Software Subtotal, being CNY 160,320 per year, fixed for three years after the end of the warranty period.
P:7.2 Support after the warranty is ordered by the Buyer year by year. Nothing in this Contract renews automatically.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software for the forty cranes and any replacement cranes, at any of the Buyer's terminals.
P:8.2 Interface programs, alarm thresholds, dashboards, reports and other work products made specifically for the Buyer belong to the Buyer. The Supplier shall hand over their source code and documentation, and the Buyer may modify them and let third parties use them.
P:8.3 The Supplier warrants that the Equipment and the Software do not infringe any third-party right and shall indemnify the Buyer against any such claim.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and may not use it for any other purpose, in anonymised form or otherwise.
P:9.2 The central server is installed in the Buyer's data centre. The edge gateways shall transmit data only to that server, encrypted. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's bastion host, and is logged. The Supplier shall not transfer Buyer Data outside the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer within six hours of any security incident affecting the Equipment, the Software or Buyer Data, shall take immediate remedial measures and shall be liable for the losses resulting from its breach of this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's terminals, cranes, operations and security arrangements obtained under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete installation within the period in Clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier's service partner named in Annex 3 is approved by signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier is responsible for its subcontractors as for itself.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not remedy the breach within twenty days after written notice, or if liquidated damages reach their maximum.
P:13.2 On termination the Supplier shall refund payments for Equipment and services not accepted, and the Buyer may keep and use Equipment already paid for.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure, such as typhoons, epidemics or government measures, if it notifies the other party promptly; the time for performance is extended accordingly.
P:15.2 Annex 1 (Technical Specification), Annex 2 (Test Protocol) and Annex 3 (Service Partner) form part of this Contract. This Contract is made in English and Chinese; both texts are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 27 May 2026
"""

E04 = """# Managed Services Agreement — SAP Basis and Infrastructure Operations

**Agreement No. TSE-MS-2026-011**

This Managed Services Agreement (the "Agreement") is made between **Hefei Tianrui Automotive Electronics Co., Ltd.**, Hefei, Anhui Province, People's Republic of China (the "Customer"), and **Thüringen Systems Engineering GmbH**, Erfurt, Germany, acting through its branch office in Shanghai (the "Provider").

## Section 1. Purpose and Structure

1.1 The Customer runs its SAP ERP, manufacturing execution and warehouse systems on servers in its own data centre in Hefei. The Customer wishes the Provider to operate these systems and the underlying infrastructure, and the Provider agrees to do so on the terms of this Agreement.

1.2 This Agreement consists of these Sections and three Schedules: Schedule 1 (Services), Schedule 2 (Charges) and Schedule 3 (Service Levels). The Schedules form part of the Agreement.

## Section 2. Term

2.1 This Agreement starts on 1 July 2026 and continues for thirty-six (36) months after the Service Commencement Date defined in Section 3.3, unless terminated earlier under Section 12.

2.2 The Agreement does not renew automatically. The parties may agree an extension in writing at least ninety days before the end of the term.

## Section 3. Transition

3.1 During a transition period of eight weeks from the start date, the Provider shall take over the operation of the systems from the Customer's current service provider. The Provider shall document all systems, interfaces, jobs and procedures in an operations handbook and run the services in parallel with the Customer's team.

3.2 Transition is complete when the following criteria are met and the Customer signs a Transition Acceptance Certificate: (a) the operations handbook covers all systems listed in Schedule 1; (b) monitoring is in place for all systems with alerts to the Provider's service desk; (c) one full month-end closing has been supported by the Provider without a Priority 1 incident caused by the Provider; (d) a restore test of the SAP production database has been completed successfully; (e) the Customer's key users have been briefed on the service desk procedure.

3.3 The "Service Commencement Date" is the day after the Customer signs the Transition Acceptance Certificate.

3.4 If transition is not completed within the eight weeks for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,400 for each day of delay, up to CNY 120,000 in total.

## Section 4. Services

4.1 From the Service Commencement Date the Provider shall deliver the services described in Schedule 1 with due skill and care and in accordance with good industry practice.

4.2 The Provider shall appoint a service manager who is the Customer's single point of contact and shall hold monthly service review meetings with the Customer, in which the Provider reports on incidents, changes, capacity and the Service Levels in Schedule 3.

4.3 Changes to production systems shall be made only through the Customer's change management process, with the Customer's approval and in the agreed maintenance windows.

## Section 5. Service Levels

5.1 The Provider shall meet the Service Levels in Schedule 3 and shall report its performance monthly.

5.2 The Service Levels are targets that describe the quality of service expected. If the Provider fails to meet a Service Level, it shall analyse the cause, submit a remediation plan within ten working days and implement it. Failure to meet a Service Level does not give rise to service credits, fee deductions or other payments.

## Section 6. Charges and Payment

6.1 The charges are set out in Schedule 2. The total contract value is CNY 3,240,000, inclusive of VAT.

6.2 The Transition Charge is invoiced after the Customer signs the Transition Acceptance Certificate. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The Customer pays correct invoices within thirty days of receipt. No advance payment is due.

6.3 The Monthly Service Charge is fixed for the term. Additional work outside Schedule 1 is charged only if ordered by the Customer in writing at the day rate in Schedule 2.

## Section 7. Customer Responsibilities

7.1 The Customer shall provide the Provider with access to its systems and premises as needed to perform the services, make available the documentation and licences of its software, and inform the Provider in advance of planned business events such as plant shutdowns or inventory counts.

7.2 The Customer remains responsible for its software licences with SAP and other vendors.

## Section 8. Customer Data

8.1 All data stored in or processed by the Customer's systems ("Customer Data") belongs to the Customer. The Provider may access and use Customer Data only as necessary to perform the services and for no other purpose.

8.2 At the end of this Agreement the Provider shall return all Customer Data in its possession and shall not keep copies.

## Section 9. Confidentiality

9.1 Each party shall keep confidential the business and technical information of the other party that it receives in connection with this Agreement, including the Customer's production plans, prices, customer lists and system configurations, and shall not disclose it to any third party without the other party's prior written consent.

9.2 The Provider shall ensure that its personnel with access to confidential information are bound by equivalent written obligations.

9.3 This Section survives for three years after the end of this Agreement.

## Section 10. Intellectual Property

10.1 The operations handbook, scripts, monitoring configurations, runbooks and other documents created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and hand them to a successor provider without restriction.

10.2 The Provider keeps its pre-existing tools, which it licenses to the Customer free of charge for the term.

## Section 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value.

11.2 The limit does not apply to personal injury, wilful misconduct or gross negligence.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach, including repeated failure to meet the Priority 1 Service Levels, and does not remedy it within thirty days after written notice.

12.2 On expiry or termination the Provider shall support the transfer of the services to the Customer or a successor provider for up to three months at the day rate in Schedule 2 and shall hand over the operations handbook and all related documents.

## Section 13. Subcontracting

The Provider shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any subcontractor.

## Section 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes that cannot be settled by negotiation within thirty days shall be brought before the people's court with jurisdiction where the Customer is domiciled.

## Section 15. General

15.1 Amendments to this Agreement must be in writing and signed by both parties. Notices shall be sent to the addresses above.

15.2 This Agreement is made in English in two originals.

For the Customer: ____________________ For the Provider: ____________________

Date: 3 June 2026

## Schedule 1 — Services

| Service area | Scope | Hours |
| --- | --- | --- |
| SAP Basis operations | SAP ERP production, quality and development systems; kernel and support package updates; transport management; job scheduling; user and role administration on request | 24 x 7 on-call, business hours on site |
| Database administration | SAP HANA and SQL Server databases; backups and restore tests; performance tuning | 24 x 7 on-call |
| Server and storage operations | 46 virtual servers on the Customer's VMware cluster; two storage arrays; patching in agreed windows | business hours, on-call for Priority 1 |
| MES and WMS application support | monitoring of interfaces between SAP, MES and WMS; first and second level incident handling | 24 x 7 |
| Service desk | ticket intake by telephone, e-mail and portal in Chinese and English | 24 x 7 |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition Charge | one-time, after Transition Acceptance | 126,000 |
| Monthly Service Charge | per month, 36 months, monthly in arrears | 86,500 |
| Total Monthly Service Charges | 36 x 86,500 | 3,114,000 |
| Total contract value | | 3,240,000 |
| Day rate for additional work | per consultant day, only on written order | 4,200 |

## Schedule 3 — Service Levels

| Priority | Definition | Response | Resolution or workaround |
| --- | --- | --- | --- |
| Priority 1 | SAP ERP, MES or WMS production unavailable, or production stopped | 30 minutes | 6 hours |
| Priority 2 | important function impaired for a plant or department | 2 hours | 1 business day |
| Priority 3 | minor defect or request | 1 business day | 5 business days |
| Availability | SAP ERP production system, monthly, excluding agreed maintenance windows | 99.95% | — |
"""

E05 = """DATA SUBSCRIPTION AND API AGREEMENT

Agreement No. WAD-CN-2026-07

BETWEEN

Westfalen AgriData GmbH, Münster, Germany ("Provider")

AND

Shandong Jinhe Feed Group Co., Ltd., Linyi, Shandong Province, People's Republic of China ("Customer")

BACKGROUND

Provider compiles agricultural market data, including prices, crop forecasts and weather-derived yield indicators for feed grains and oilseeds, and makes them available through a web portal and an application programming interface. Customer purchases soybean meal, corn and other raw materials for its feed mills and wishes to use Provider's data in its purchasing and formulation planning. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Data" means the datasets described in Clause 2.1 as delivered through the Portal or the API.

1.2 "API" means Provider's application programming interface, version 3, and its documentation.

1.3 "Portal" means Provider's web portal for viewing and downloading Data.

1.4 "Customer Data" means all data that Customer submits to the Portal or the API, including query parameters, watch lists, purchase volumes, price targets and formulation scenarios, and all outputs produced from them for Customer.

1.5 "Subscription Year" means the period starting on the Start Date or on an anniversary of it and ending on the day before the next anniversary.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable subscription to the following datasets: daily cash and futures prices for soybean meal, soybeans, corn, wheat and rapeseed meal in China, the Americas and Europe; weekly crop condition and yield forecasts; freight rate indices for the main grain routes to Chinese ports; and weather-derived yield indicators for the main producing regions.

2.2 Customer may use the Data internally at its group companies for purchasing, risk management and formulation planning, with up to forty named Portal users and API calls of up to 300,000 per month. Customer may show Data in internal reports and dashboards. Customer may not resell the Data or publish it outside its group.

2.3 The initial subscription term is two Subscription Years starting on the Start Date, which is the date Customer confirms acceptance of the integration under Clause 4.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 438,000 per Subscription Year, CNY 876,000 for the initial term. The one-time integration fee under Clause 4 is CNY 44,000. The total contract value for the initial term is CNY 920,000, inclusive of VAT.

3.2 Provider invoices the integration fee after acceptance under Clause 4. The subscription fee for each Subscription Year is invoiced in two equal half-yearly instalments of CNY 219,000 at the end of each half-year. Customer pays within thirty days after receipt of a correct invoice.

3.3 API calls above the monthly volume in Clause 2.2 are charged at CNY 0.02 per call, invoiced with the next instalment.

4. INTEGRATION AND ACCEPTANCE

4.1 Within forty-five days after signature, Provider shall connect the API to Customer's purchasing platform and data warehouse, configure Customer's watch lists and price alerts, load six years of history for the datasets in Clause 2.1, and train Customer's users.

4.2 Customer shall accept the integration when: (a) all datasets in Clause 2.1 are delivered to Customer's data warehouse on schedule for ten consecutive business days; (b) the historical load reconciles with the Portal for a sample of two hundred series; (c) price alerts reach the named users within five minutes of publication; (d) API response time is under one second for ninety-five per cent of calls in a test agreed by the parties. Customer confirms acceptance in writing within five business days after the criteria are met.

4.3 If Provider does not complete the integration within the period in Clause 4.1 for reasons attributable to it, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 35,000.

5. SERVICE LEVELS

5.1 Provider shall make the API and the Portal available at least 99.95% of each calendar month, excluding maintenance announced three days in advance and performed outside 07:00 to 20:00 Beijing time.

5.2 Provider shall deliver daily price data by 08:00 Beijing time on each business day.

5.3 Provider shall respond to Priority 1 incidents (API or Portal unavailable, or daily data not delivered) within one hour and restore the service within six hours. Priority 2 incidents are answered within one business day.

5.4 For each month in which availability falls below the level in Clause 5.1, or daily data is delivered late on more than two days, Customer receives a credit of 5% of the monthly share of the subscription fee, deducted from the next instalment. For each Priority 1 incident not restored within six hours, Customer receives a further credit of 2% of the monthly share.

6. DATA QUALITY

6.1 Provider shall compile the Data with reasonable care from the sources stated in its documentation and shall correct errors without delay when they are found. Provider shall inform Customer of changes in methodology or sources at least thirty days in advance.

6.2 Customer makes its purchasing decisions on its own responsibility.

6.3 Provider shall publish a release calendar for its weekly forecasts and shall make corrected series available through the API with a correction flag and the date of correction, so that Customer's data warehouse can update its history automatically. Provider's account manager shall hold a quarterly review with Customer's purchasing team on data coverage and planned changes.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the subscription to Customer and shall not use it for any other purpose, including market analysis, benchmarking or its own trading research, and shall not combine it with data of other customers.

7.2 Provider shall store Customer Data on servers in the People's Republic of China operated by a hosting company holding MLPS level 3 filing, encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication and keep access logs for at least one hundred and eighty days.

7.3 Provider shall notify Customer within twenty-four hours of any security incident affecting Customer Data, take immediate measures to contain it, and be liable for the losses caused by its breach of this Clause 7.

7.4 Within thirty days after the end of the subscription, Provider shall return Customer Data in a standard format and delete it from its systems.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the Data, the API and the Portal.

8.2 The integration programs, data warehouse mappings, dashboards and alert rules made by Provider specifically for Customer belong to Customer, and Customer may use and modify them freely, including with another data provider.

9. RENEWAL

9.1 After the initial term, this Agreement renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

9.2 Provider may increase the subscription fee for any renewal period by notice to Customer at least ninety days before the renewal date. The increased fee applies from the start of the renewal period unless Customer gives notice of non-renewal.

10. SUBCONTRACTING

Provider shall not subcontract the integration work or the hosting of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential damages, including loss of profit from trading or purchasing decisions.

11.2 Provider's total liability under this Agreement is limited to 150% of the total contract value for the initial term. This limit does not apply to wilful misconduct or breach of Clause 7.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

12.2 If Customer terminates under Clause 12.1, Provider shall refund the subscription fees paid for any period after termination.

12.3 On termination or expiry, Customer shall stop using the Data through the API and the Portal. Customer may keep Data already included in its internal reports and analyses before that date.

13. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government measures or a general failure of public networks, if it notifies the other party without delay and takes reasonable steps to limit the effect. A failure of Provider's own hosting company is not force majeure.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

15. GENERAL

15.1 Amendments must be in writing and signed by both parties.

15.2 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the business concerned.

15.3 Notices shall be sent in writing to the addresses above by courier or by e-mail with confirmation of receipt.

15.4 This Agreement is made in English in two originals, one for each party.

SIGNATURES

For Provider: ____________________
Name and title:
Date:

For Customer: ____________________
Name and title:
Date:
"""

# ----------------------------------------------------------------------------------------------------------------------
# files, labels and checks
FILES = {  # key: (file name, format, language)
    "z01": ("h625z01_ecology_bureau_noise_monitoring_platform.pdf", "pdf", "zh"),
    "z02": ("h625z02_aluminium_foil_mill_agc_retrofit.docx", "docx", "zh"),
    "z03": ("h625z03_stationery_chain_retail_saas.txt", "txt", "zh"),
    "z04": ("h625z04_power_supply_marketing_system_om.txt", "txt", "zh"),
    "z05": ("h625z05_sesame_paste_grinding_line_supplier_template.md", "md", "zh"),
    "e01": ("h625e01_pv_inspection_analytics_licence_freiburg.pdf", "pdf", "en"),
    "e02": ("h625e02_supplier_quality_saas_order_form_regensburg.md", "md", "en"),
    "e03": ("h625e03_port_crane_monitoring_sensors_kiel.docx", "docx", "en"),
    "e04": ("h625e04_sap_managed_services_erfurt.md", "md", "en"),
    "e05": ("h625e05_agri_market_data_api_subscription_muenster.txt", "txt", "en"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True,
                         False, "PRC", G], (True, True, True, False, 2368000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 26, False, True,
                         True, "PRC", G], (True, True, True, False, 3120000)),
    "z03": ("cloud", [99.95, 0.25, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", S], (True, True, None, False, 634000)),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                         False, False, "PRC", S], (True, True, None, False, 1476000)),
    "z05": ("software", [None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False,
                         True, None, None, G], (False, False, False, True, 1286000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True,
                         False, "Germany", G], (True, True, True, False, 2180000)),
    "e02": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 600 / 770000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S], (True, True, None, False, 770000)),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False,
                         "PRC", G], (True, True, True, False, 2278000)),
    "e04": ("services", [99.95, 0.5, False, "buyer", False, True, True, 2400 / 3240000 * 100, 150, None, True, None,
                         None, None, False, True, False, "PRC", S], (True, True, None, False, 3240000)),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, False, 700 / 920000 * 100, 150, None, True, None, None, None,
                      True, True, False, "PRC", S], (True, True, None, False, 920000)),
}
# TCO inputs for goods_or_licence drafts: itemised licence/hardware subtotal (fee base)
FEE_BASE = {"z01": 1126000, "z02": 2830000, "z05": 548000, "e01": 1460000, "e03": 2004000}
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"],
    "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOWSEV = {"CR-GOVERNING-LAW"}
# policy thresholds (label values must not equal them)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    cat, terms, (sla, lds, capped, deemed, value) = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": FILES[key][2], "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(derive(key, t, extra))}


def tco_share(key, t, x):
    if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["warranty_months"] is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 applied to a label."""
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOWSEV for r in rules):
        return "medium"
    return "low"


# figures that state a policy threshold (CR-* thresholds and the 5-year TCO horizon)
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NB = r"(?<![\d.,])"
BANNED = [
    NB + r"99\.9(?!\d)",
    NB + r"4\s*-?\s*(?:hours?|hrs?|小时|个小时)", r"(?i)(?<![\w-])four[\s-]*hours?", r"四个?小时",
    NB + r"0\.05(?!\d)", r"万分之五", r"千分之零点五", NB + r"0\.5\s*‰",
    NB + r"100" + PCT, r"百分之(?:一)?百", r"(?i)one\s*hundred\s*per\s*cent",
    NB + r"30" + PCT, r"百分之三十(?!\d)", r"(?i)thirty\s*per\s*cent",
    NB + r"15" + PCT, r"百分之十五", r"(?i)fifteen\s*per\s*cent",
    NB + r"40" + PCT, r"百分之四十", r"(?i)forty\s*per\s*cent",
    NB + r"12\s*-?\s*(?:months?|个月)", r"(?i)twelve[\s-]*months?", r"十二个月", r"一年", r"(?i)(?<![\w-])one[\s-]*year",
    NB + r"1\s*-?\s*years?\b",
    NB + r"5\s*-?\s*(?:years?|年(?!\d))", r"(?i)(?<![\w-])five[\s-]*years?", r"五年",
]
BANNED_RE = [re.compile(p) for p in BANNED]
MUST_HIT = ["99.9%", "4 hours", "4小时", "四小时", "0.05%", "万分之五", "100%", "100 %", "30%", "15 %", "40%",
            "12 months", "12个月", "十二个月", "质保期一年", "one year", "5 years", "五年", "five years", "四个小时",
            "thirty per cent", "4-hour", "5年"]
MUST_MISS = ["99.95%", "99.99%", "24 hours", "24小时", "14 hours", "0.08%", "0.055", "1,100%", "130%", "150%",
             "115%", "12 weeks", "2026年12月31日", "2025年", "25 years", "0.5 percentage", "45%", "35%", "7×24小时", "twenty-four hours", "twenty-fourhours"]


def scan(text):
    return [m.group(0) for rx in BANNED_RE for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, lang) in FILES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        t, x = lab["expected_terms"], lab["expected_extra"]
        for f, v in TH.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f, t[f])
        share = tco_share(k, t, x) if t["contract_kind"] == G else None
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        hits = scan(text) + scan(re.sub(r"\s+", " ", text)) + scan(re.sub(r"\s", "", text))
        assert not hits, (k, hits)
        print("%s %-58s %5d %-6s %s %s" % (k, name, n, risk(lab["expected_rules"]),
                                          "" if share is None else "TCO %.1f%%" % share, ",".join(lab["expected_rules"])))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    single = [k for k in DESIGN if k != "z05" and DESIGN[k] and k != "e01"]
    assert all(2 <= len(DESIGN[k]) <= 3 for k in single) and len(single) == 6
    assert 8 <= len(DESIGN["z05"]) <= 10 and DESIGN["e01"] == ["CR-GOVERNING-LAW"]
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
