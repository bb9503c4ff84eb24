"""Builds the holdout185 contracts (ten ordinary drafts, no tricks) from the sources kept below, so they can be made
again: the two .docx and the two .pdf through ../word_pdf.py (PDFs with wrap_words=True), the three .md and three .txt
written as they are. Run with /work/main/.venv/bin/python make_files.py. Then `make_files.py check` reads every file
back (python-docx / pypdf), counts its length and scans it for values that sit on a policy threshold.
"""
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# H185Z01 — 市公安局出入境管理支队 自助签注系统 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H185Z01 = """
T:临江市公安局出入境管理支队自助签注系统建设项目政府采购合同
P:合同编号：LJGA-CRJ-2025-031　　采购方式：公开招标（项目编号：LJZC2025-GK-0186）
P:甲方（采购人）：临江市公安局出入境管理支队　　地址：临江市滨江大道218号
P:乙方（中标供应商）：浙江安证智能科技有限公司　　地址：杭州市滨江区江汉路1785号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临江市出入境自助签注系统建设项目（以下简称“本项目”）经协商一致，订立本合同。招标文件、投标文件、中标通知书、双方确认的实施方案及本合同附件均为本合同的组成部分；
H:第一条 项目内容
P:1.1 乙方负责在市出入境接待大厅及五个县（市、区）分局出入境办证点部署自助签注一体机、自助填表拍照终端及平台服务器，提供自助签注管理平台软件许可，完成与公安出入境证件受理审批系统、人口基础信息库、统一公共支付平台和排队叫号系统的接口开发、系统集成、安装调试和人员培训，实现往来港澳台通行证自助签注、自助缴费、自助打印签注的全流程办理。
P:1.2 乙方提供的设备应为原厂全新产品，符合国家及公安行业相关标准和招标文件技术参数要求；平台软件须完成与公安信息网的安全接入，并通过甲方组织的安全检测。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰捌拾柒万捌仟元整（¥2,878,000.00），为固定总价，包含设备、软件许可、运输、保险、安装、接口开发、集成调试、培训、质保期内服务及全部税费。除本合同另有约定外，甲方无需支付其他任何费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|自助签注一体机（含证件阅读、人脸比对、签注打印模块）|24台|68,500|1,644,000
TB:2|自助填表拍照终端|6台|42,000|252,000
TB:3|平台服务器（含操作系统）|2台|96,000|192,000
TB:4|自助签注管理平台软件许可（永久）|1套|386,000|386,000
TB:|软硬件小计|||2,474,000
TB:5|接口开发及系统集成|1项|298,000|298,000
TB:6|安装调试及布线|1项|86,400|86,400
TB:7|操作及运维培训|1项|19,600|19,600
TB:|合计|||2,878,000
H:第三条 付款方式
P:3.1 本合同签订且甲方收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥575,600。
P:3.2 全部设备到货安装、系统完成接口联调并通过初步验收后，甲方支付合同总价的45%，即¥1,295,100。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥1,007,300。
P:3.4 甲方付款按照财政国库集中支付程序办理，乙方应于每次付款前开具等额发票。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后45日内将全部设备运抵各安装点，75日内完成安装、接口联调并具备初步验收条件。
P:4.2 乙方应在合同签订后10个工作日内提交实施方案和进度计划，派驻项目经理1名、实施工程师不少于3名；项目经理未经甲方书面同意不得更换。
P:4.3 乙方在办证大厅施工应避开办证高峰时段，不得影响正常对外服务；涉及公安信息网的接入和调试操作，须在甲方人员现场监督下进行。
H:第五条 验收
P:5.1 初步验收：设备全部安装完毕、接口联调完成后，由甲方组织对照招标文件技术参数逐项核验，并完成不少于200笔真实业务的自助签注测试。单笔业务自助办理时间不超过3分钟，签注打印信息与审批系统记录逐笔一致，缴费数据与统一公共支付平台对账无差异。
P:5.2 最终验收：初步验收合格后系统试运行60日。试运行期间无一级故障、平台月可用率达到本合同第七条的要求，并通过甲方委托的第三方机构网络安全检测（无中危及以上漏洞）的，甲方组织最终验收并出具书面验收报告。
P:5.3 设备到货签收、安装完成或系统投入试运行，均不视为验收合格。验收不合格的，乙方应在15日内整改并申请重新验收，由此产生的费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备及软件的维修、部件更换、软件升级和现场技术支持；更换部件的质保期自更换之日起重新计算。
P:6.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的7%（即每年不超过¥173,180），该价格在质保期满后两年内不作上调，具体内容由双方另行签订维保合同约定。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%。经甲方同意、在非办公时间进行的计划维护不计入不可用时间。
P:7.2 故障分级及响应要求如下：
TB:故障级别|情形|响应时间|到场时间|恢复时间
TB:一级|平台中断或全部自助设备无法办理签注|30分钟|2小时|6小时
TB:二级|单个办证点设备无法使用或部分功能异常|1小时|8小时|24小时
TB:三级|个别设备故障、咨询类问题|2小时|下一工作日|3个工作日
P:7.3 乙方每超过上表规定的响应、到场或恢复时间1小时，向甲方支付违约金¥1,000；平台月可用率每低于约定值0.01个百分点，扣减¥2,000。上述款项甲方可从应付款或履约保证金中直接扣除。
H:第八条 数据安全与个人信息保护
P:8.1 本项目采集、处理、存储的申请人身份信息、人像、签注记录、缴费信息及系统日志等全部数据归甲方所有。乙方仅可为履行本合同在甲方授权范围内接触数据，不得复制、留存、分析或用于任何其他目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施：设备不得安装与本项目无关的软件，不得设置远程维护通道；运维操作须经甲方审批并通过堡垒机进行，全程记录；存储介质维修更换时，须在甲方监督下消磁或物理销毁。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络结构、系统配置及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方参与本项目的人员均应签署保密承诺书。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目开发的接口程序、定制功能模块、配置脚本及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和升级。平台软件产品原有的知识产权归乙方，乙方授予甲方永久使用许可。
P:10.2 乙方保证所提供的设备和软件不侵犯第三方的知识产权；因此发生纠纷的，由乙方负责处理并承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，亦不得将本项目的任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方可书面通知解除合同，并要求乙方赔偿损失：（一）严重违约且在甲方书面通知后15日内未予纠正；（二）验收两次不合格；（三）因乙方原因发生重大数据安全事件。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市公安局出入境管理支队　　乙方（盖章）：浙江安证智能科技有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# H185Z02 — 铝箔厂 针孔在线检测仪 hardware supply + post-warranty maintenance, .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H185Z02 = """
T:针孔在线检测仪采购及维保合同
P:合同编号：HB-SB-2025-0412
P:甲方（买方）：江苏宏箔铝业有限公司　　地址：江阴市临港街道滨江西路66号
P:乙方（卖方）：常州光衡检测设备有限公司　　地址：常州市新北区太湖东路9号
P:甲方因双零铝箔分切及合卷生产线质量检测需要，向乙方采购针孔在线检测仪及相关服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方供应针孔在线检测仪6套（分别安装于甲方2#、3#合卷机及1#至4#分切机），并负责安装调试、与甲方MES系统的数据接口开发、操作培训，以及质保期内和质保期满后的维护服务。
P:（二）合同总价为人民币壹佰叁拾玖万陆仟元整（¥1,396,000），分项如下：
TB:序号|名称|数量|金额（元）
TB:1|针孔在线检测仪主机（线阵光电探测，检测幅宽1,850mm）|6套|1,116,000
TB:2|标定光源及标准针孔样板|6套|76,800
TB:3|检测数据服务器及缺陷分析软件|1套|88,000
TB:|硬件设备小计||1,280,800
TB:4|安装调试|1项|64,000
TB:5|MES数据接口开发|1项|42,000
TB:6|操作及维护培训|1项|9,200
TB:|合计||1,396,000
P:（三）合同总价含设备、随机软件、运输、保险、安装、调试、培训、质保期内服务费用及13%增值税。质保期满后的维保年费按本合同第五条另行计收。
H:二、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的10%作为预付款，即¥139,600。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的50%，即¥698,000。到货签收仅为数量和外观确认，不构成质量验收。
P:（三）设备通过最终验收后，甲方支付合同总价的35%，即¥488,600。
P:（四）剩余5%即¥69,800作为质量保证金，质保期满且无未决质量问题后15日内无息支付。
P:（五）乙方每次收款前应向甲方开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同生效后60日内将全部设备运抵甲方厂区，并于到货后20日内完成安装调试。安装须利用甲方计划停机时间进行，每条生产线停机不超过16小时。
P:（二）乙方负责设备的包装、运输和卸货，设备交付前的毁损、灭失风险由乙方承担。
P:（三）乙方现场人员应遵守甲方的安全生产及防火管理制度，进入车间须经安全培训；因乙方人员违规操作造成人身伤害或设备损坏的，由乙方承担责任。
P:（四）乙方应在安装完成后对甲方质检及设备人员进行不少于3天的现场培训，内容包括检测原理、日常清洁与点检、标定操作、报警参数设置和常见故障处理，并提供中文操作手册和维护手册各两套。
H:四、验收
P:（一）设备安装调试完成后，双方按以下标准进行验收：
P:1. 在线速度600m/min、铝箔厚度0.006mm的工况下，能够稳定检出直径不小于5μm的针孔；
P:2. 使用标准针孔样板连续测试10次，漏检为零；
P:3. 连续运行72小时，误报不超过每万米2次；
P:4. 检测数据、缺陷图像及卷号信息能够实时写入甲方MES系统，抽查记录与设备端一致。
P:（二）全部指标达标后，双方签署最终验收报告。验收不合格的，乙方应在10日内整改并重新验收；两次验收仍不合格的，甲方有权退货并解除合同，乙方退还已收款项。
H:五、质量保证与维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件，光源灯管等易损件除外，易损件按附件价格表供应。
P:（二）质保期满后乙方提供年度维保服务，维保年费按硬件设备小计的17.5%计算，即每年¥224,140，前三个维保年度内价格固定不变。维保服务包括每季度一次现场巡检与标定、故障维修（不含更换部件的材料费）及软件升级。
P:（三）维保服务按年度签署确认单，甲方不续订的，无需支付任何费用。
H:六、售后服务响应
P:（一）一级故障（检测仪停机，或误报、漏检导致生产线无法正常检测）：乙方接到报修后2小时内远程响应，24小时内派工程师到达现场，48小时内修复。
P:（二）二级故障（部分功能异常、数据上传中断但不影响检测）：乙方8小时内响应，3日内修复。
P:（三）乙方未按上述时限到场或修复的，每超时1小时，向甲方支付违约金¥500，甲方可从质量保证金或维保费中扣除。
P:（四）乙方应在华东地区设立备件库，常备探测器模块、光源组件和主控板，保证一级故障所需备件在24小时内送达甲方厂区。
P:（五）每次维修结束后，乙方应提交维修报告，写明故障原因、处理措施和更换部件，由甲方设备部门签字确认。
H:七、数据与信息安全
P:（一）检测数据、缺陷图像、生产卷号及工艺参数均属于甲方所有。乙方不得复制、留存或将其用于本合同以外的任何目的。
P:（二）乙方远程维护须事先经甲方书面审批，并通过甲方提供的临时VPN账号进行，每次维护结束后账号即行关闭；乙方工程师在甲方厂区内不得使用移动存储设备拷贝数据。
P:（三）因乙方原因导致甲方数据泄露、丢失或生产系统遭受网络攻击的，乙方应在发现后2小时内通知甲方，配合处置，并承担由此造成的全部损失。
H:八、保密
P:甲方的工艺参数、产品规格、客户信息及生产数据属于甲方商业秘密。乙方及其人员应予保密，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而失效，直至相关信息依法公开之日止。
H:九、知识产权
P:（一）乙方为甲方开发的MES数据接口程序及其源代码、接口文档归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）检测仪内置软件及缺陷分析软件的知识产权归乙方，乙方授予甲方随设备永久使用的许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限。
H:十一、分包
P:乙方不得将本合同项下的安装、调试工作分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担全部责任。
H:十二、合同解除
P:（一）一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权解除合同并要求违约方赔偿损失。
P:（二）乙方逾期交货超过30日，或设备两次验收不合格的，甲方有权解除合同，乙方应退还甲方已付全部款项并自费拆除、运回设备。
P:（三）因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:十三、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交无锡仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术规格书、易损件价格表。
P:甲方（盖章）：江苏宏箔铝业有限公司　　乙方（盖章）：常州光衡检测设备有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# H185Z03 — 美发连锁 预约与会员 SaaS, three years + 实施, .md, Markdown headings "## N." + N.N
# ---------------------------------------------------------------------------------------------------------------
H185Z03 = """# 门店预约与会员管理SaaS服务合同

合同编号：YB-SaaS-2025-088

**甲方（客户）**：湖南剪影美业连锁管理有限公司（住所：长沙市岳麓区麓谷大道627号）

**乙方（服务商）**：杭州约吧云科技有限公司（住所：杭州市余杭区文一西路998号）

甲方在湖南、江西两省经营美发门店136家。为统一门店预约、会员储值、积分及营销管理，甲方向乙方订购“约吧门店云”SaaS服务，并委托乙方完成上线实施。双方经协商一致，订立本合同。

## 1. 服务内容与服务期

1.1 乙方通过互联网向甲方提供“约吧门店云”SaaS服务，包括：线上预约（微信小程序、门店收银台、电话预约录入）、发型师排班、会员储值与次卡、积分与优惠券、门店收银对账、营销短信及经营报表，供甲方总部及136家门店使用。

1.2 实施服务包括：门店账号开通与权限配置，会员储值卡、次卡及积分规则配置，现有会员系统的数据迁移（约41万条会员记录及储值余额），小程序页面按甲方品牌风格定制，收银硬件联调，以及门店店长和前台人员培训。

1.3 服务期为三年，自乙方书面通知服务开通之日起计算。

## 2. 费用

2.1 本合同总价为人民币1,397,040元，明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店版订阅费 | 136家 × 2,880元/店/年 × 3年 | 1,175,040 |
| 总部管理端订阅费 | 36,000元/年 × 3年 | 108,000 |
| 实施及数据迁移 | 一次性 | 96,000 |
| 培训 | 一次性 | 18,000 |
| **合计** | | **1,397,040** |

2.2 服务期内甲方新增门店的，按门店版单价及剩余服务月数另行结算，不计入本合同总价；关闭门店的，自次一季度起相应减少订阅费。

2.3 上述价格含增值税，乙方应开具增值税专用发票。

## 3. 付款

3.1 订阅费按季度后付：每个服务季度结束后15日内，甲方根据乙方提交的季度服务报告和发票支付该季度订阅费106,920元（已扣除当季服务补偿的，按扣除后的金额支付）。

3.2 实施及数据迁移费、培训费在上线验收合格后15日内一次性支付。

3.3 本合同不设预付款。

## 4. 实施与上线验收

4.1 乙方应于合同签订后45日内完成全部门店上线。实施时先选取10家试点门店运行14日，试点验收合格后分批推广至全部门店。

4.2 上线验收标准：（1）全部门店账号、权限和收银对账功能可用；（2）迁移后的会员数量、储值余额、积分与原系统逐户核对一致，差异为零；（3）小程序从预约下单到门店端收到订单的时间不超过3秒；（4）试点期内未发生一级故障。甲方在上线验收报告上签字确认后，方为验收合格。

4.3 门店开始使用系统、甲方支付订阅费，均不视为上线验收合格。

4.4 因乙方原因逾期完成全部门店上线的，每逾期一日，乙方向甲方支付违约金800元。

## 5. 服务水平

5.1 乙方保证系统月可用率不低于99.5%。月可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数。经甲方同意、在凌晨2:00至5:00进行的计划维护不计入不可用时间。

5.2 故障分级：一级故障（全部或多家门店无法预约、收银或核销储值）15分钟内响应、2小时内恢复；二级故障（单店或单项功能异常）1小时内响应、8小时内恢复；三级故障（咨询、报表类问题）下一工作日内处理。

5.3 服务补偿：当月可用率低于99.5%但不低于99.0%的，抵扣当季订阅费的5%；低于99.0%的，抵扣当季订阅费的10%；一级故障每超过恢复时限1小时，另抵扣1,000元。

5.4 乙方应每月向甲方提供服务报告，列明可用率、故障及处理情况。

5.5 乙方提供7×24小时电话及在线客服支持，并为甲方指定专属客户成功经理，负责日常对接、版本更新说明及季度服务回顾。乙方进行可能影响门店使用的版本更新，应至少提前3日通知甲方，并避开周末及节假日营业高峰。

## 6. 续期

6.1 服务期满前30日，任何一方未书面提出不再续订的，本合同自动续期一年，此后亦同。

6.2 续期时，乙方有权按其届时公布的标准价格调整订阅单价，但每次上调幅度不超过8%，乙方应在续期前以书面形式通知甲方。

## 7. 数据权属与使用

7.1 甲方在使用服务过程中录入和产生的会员信息、预约记录、消费及储值记录（以下简称“甲方数据”）归甲方所有。

7.2 甲方同意，乙方可以对甲方数据进行脱敏和汇总处理，形成无法识别到具体个人的统计数据，用于乙方的美业行业分析报告、产品功能改进及推荐算法训练；本款授权在合同终止后继续有效。

7.3 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方确认后删除其系统中存储的甲方数据。

## 8. 数据安全

8.1 乙方应按照网络安全等级保护第三级要求运营本服务，数据存储于中国境内（阿里云华东2区域），传输和存储加密，会员手机号在界面中脱敏显示，后台操作日志留存不少于六个月。

8.2 乙方员工访问甲方数据须经审批，并限于处理故障所必需。发生数据泄露等安全事件的，乙方应在24小时内通知甲方，配合甲方履行《个人信息保护法》规定的通知义务，并承担因其原因造成的全部损失。

## 9. 保密

双方对在合作中获知的对方商业秘密和非公开信息（包括甲方的门店经营数据、价格体系和营销方案）负有保密义务，未经对方书面同意不得向第三方披露。保密期至合同终止后三年。

## 10. 知识产权

10.1 “约吧门店云”平台及其软件的知识产权归乙方所有。

10.2 乙方为甲方定制的小程序页面设计、积分规则配置和专属报表模板归甲方所有，甲方可自行或委托第三方使用和修改。

## 11. 分包

乙方使用的云服务提供商为阿里云，甲方签署本合同即视为同意。乙方将本合同其他任何部分分包给第三方的，须事先取得甲方书面同意。

## 12. 违约责任

12.1 因乙方原因导致甲方数据丢失、泄露或服务长时间中断的，乙方应赔偿甲方的实际损失。

12.2 甲方逾期支付订阅费超过30日的，经乙方书面催告后仍不支付的，乙方可暂停服务，但不得删除甲方数据。

## 13. 合同解除

13.1 一方严重违约且在收到对方书面通知后15日内未纠正的，另一方可书面解除本合同。

13.2 连续两个月可用率低于99.0%的，甲方可解除本合同且不承担任何违约责任。

13.3 合同因乙方原因解除的，乙方应退还甲方已付但尚未使用的订阅费，并按本合同第7.3条配合完成数据导出和迁移。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交长沙仲裁委员会仲裁。

## 15. 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖南剪影美业连锁管理有限公司　　乙方（盖章）：杭州约吧云科技有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# H185Z04 — 区人民防空办公室 人防指挥信息系统 annual O&M (政府采购 竞争性磋商), .txt, 第X章 / 第X条 /（一）
# ---------------------------------------------------------------------------------------------------------------
H185Z04 = """东城区人防指挥信息系统2025年度运维服务合同

合同编号：DCRF-YW-2025-003
采购方式：竞争性磋商（项目编号：DCCG-2025-CS-027）

甲方（采购人）：滨海市东城区人民防空办公室
乙方（成交供应商）：滨海中防信安科技有限公司

第一章 总则

第一条 根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就东城区人防指挥信息系统2025年度运维服务订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

第二条 服务期限自2025年3月1日起至2026年2月28日止。服务期满，本合同自然终止；甲方如需继续采购运维服务，按政府采购规定另行组织，本合同不自动续期。

第二章 服务内容与费用

第三条 服务范围：区人防基本指挥所及机动指挥所的指挥控制系统、音视频会商系统、有线及无线通信设备、防空警报控制终端、指挥所机房的UPS及精密空调、网络与安全设备，以及区人防信息化综合平台。

第四条 服务内容：
（一）驻场运维：乙方派驻2名运维工程师，工作日8:30至17:30在指挥所驻场；重大节日、防空警报试鸣及演练期间实行24小时值守。
（二）巡检：每月对全部系统进行一次全面巡检，每季度配合甲方开展一次指挥所系统联调演练，巡检报告于巡检结束后3个工作日内提交。
（三）警报保障：防空警报试鸣前完成警报控制终端和通信链路的检查测试，试鸣当日全程保障。
（四）故障处置：按本合同第七条的要求响应和处置故障，必要时使用备品备件。
（五）运维资料：建立并持续更新设备台账、网络拓扑、配置基线、应急预案和运维日志。

第五条 本合同金额为人民币捌拾叁万陆仟元整（¥836,000），为固定总价，包含人员、交通、工具、备品备件、税费等全部费用。分项如下：
（一）驻场运维服务：¥384,000；
（二）指挥通信及音视频设备巡检维护：¥198,000；
（三）机房UPS及精密空调维护：¥116,000；
（四）演练及警报试鸣保障：¥64,000；
（五）备品备件：¥74,000。

第六条 付款方式：服务费按季度支付。每季度结束且甲方完成季度考核后20个工作日内，甲方支付该季度服务费¥209,000。本合同不设预付款。乙方应在付款前开具等额合法发票。

第三章 服务要求

第七条 故障分级与响应时限：
（一）一级故障（指挥所主要系统中断、防空警报控制失效、值班或演练期间通信中断）：乙方应在15分钟内响应，1小时内到达现场，3小时内恢复或启用备用手段；
（二）二级故障（单个系统或设备故障，不影响指挥所整体运行）：30分钟内响应，8小时内修复；
（三）三级故障（一般性问题及咨询）：2小时内响应，3个工作日内处理完毕。

第八条 人员要求：
（一）驻场工程师应具有计算机、通信或相关专业大专以上学历，具备3年以上指挥通信或网络系统运维经验，其中至少1人持有信息安全相关资格证书。
（二）乙方应保证驻场人员稳定，更换驻场人员须提前10日书面告知甲方并经甲方同意，新人员须具备同等资质并完成交接。
（三）驻场人员应遵守甲方的作息、值班、出入登记和保密管理制度，服从甲方值班领导的工作安排。

第九条 考核：甲方每季度按磋商文件所附《运维服务考核表》对乙方进行考核，考核结果作为年度履约评价的依据。乙方未达到第七条响应或恢复要求的，甲方可书面通知乙方限期整改，整改情况记入考核表。考核结果不与服务费挂钩，甲方不因此扣减服务费。

第十条 乙方应于合同签订后5日内完成进场和交接。乙方逾期进场的，每逾期一日，按合同金额的千分之一向甲方支付违约金。

第四章 数据安全与保密

第十一条 数据安全：
（一）系统运行数据、配置、日志及甲方提供的各类资料均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
（二）乙方运维人员须经甲方审查，使用甲方配发的专用运维终端，运维终端不得接入互联网；所有运维操作通过甲方堡垒机进行并留存记录；严禁使用个人移动存储介质。
（三）涉及国家秘密的设备和信息，乙方应严格按照国家保密规定和甲方的保密管理制度处理。
（四）发生安全事件或发现安全隐患的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成数据泄露、损毁或系统被入侵的，乙方承担全部法律责任，并赔偿甲方由此遭受的损失。

第十二条 保密：乙方及其人员对在服务过程中知悉的国家秘密、工作秘密及甲方其他非公开信息负有保密义务，未经甲方书面同意不得以任何方式向第三方披露。乙方驻场人员须签订保密承诺书，离岗时按规定办理脱密手续。本条义务在合同终止后继续有效。

第五章 知识产权

第十三条 乙方在服务期间形成的运维文档、巡检报告、配置基线、应急预案和运维脚本归甲方所有，甲方可自行或交由后续服务单位使用和修改。

第六章 分包

第十四条 乙方可将机房UPS、精密空调的专业维保交由具备相应资质的原厂或其授权服务商实施，实施前报甲方备案即可；乙方对分包部分向甲方承担全部责任。乙方不得将本合同转包。

第七章 验收

第十五条 履约验收：服务期满后15日内，甲方依据磋商文件规定的服务要求，结合巡检报告、季度考核结果、故障处置记录及运维资料的完整性组织履约验收，并出具验收书。验收不合格的，乙方应在甲方规定的期限内整改并重新验收。

第八章 违约责任与合同解除

第十六条 乙方有下列情形之一的，甲方可书面通知解除本合同，并要求乙方赔偿损失：
（一）擅自撤离驻场人员或停止服务超过3日；
（二）泄露国家秘密或甲方工作秘密；
（三）因乙方原因发生重大安全事件；
（四）有其他严重违约行为，经甲方书面通知后10日内仍未纠正。

第十七条 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。

第十八条 甲方义务：甲方应为驻场人员提供必要的办公场所、运维终端和通行证件，及时提供系统资料和原有运维记录，并指定专人负责与乙方的日常联络、工作确认和季度考核。

第十九条 服务期满或合同解除时，乙方应在10日内向甲方或甲方指定的后续服务单位完成全部运维资料、账号口令和备品备件的移交，并配合完成不少于5个工作日的交接，交接完成前不得撤离驻场人员。

第九章 争议解决

第二十条 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十章 附则

第二十一条 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。附件：运维服务考核表、设备清单。

甲方（盖章）：滨海市东城区人民防空办公室
乙方（盖章）：滨海中防信安科技有限公司
签订日期：2025年2月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# H185Z05 — 粽子食品厂 WMS licence + custom development, supplier's own template, .md, "### 第X条" + X.X
# ---------------------------------------------------------------------------------------------------------------
H185Z05 = """# 云仓智联WMS软件销售及实施合同

（云仓智联标准合同文本 V4.0）

合同编号：YCZL-WMS-2025-0619

甲方（买方）：浙江禾香斋食品有限公司（住所：嘉兴市南湖区粽香路18号）

乙方（卖方）：杭州云仓智联软件有限公司（住所：杭州市西湖区文三路478号）

甲乙双方本着平等互利的原则，就甲方购买乙方“云仓智联WMS”仓储管理软件及相关定制开发、实施服务事宜，达成如下协议：

### 第一条 合同标的

1.1 乙方向甲方提供“云仓智联WMS”仓储管理软件（以下简称“标准软件”）的永久使用许可，并根据甲方需求进行定制开发和实施，覆盖甲方嘉兴总厂原料库、速冻成品冷库及杭州电商发货仓。

1.2 定制开发内容包括：粽叶、糯米、肉料等原料的批次及保质期管理（先到期先出）；速冻成品冷库的温区与库位管理；端午旺季波次拣货与电商订单合并发货；与甲方用友U8 ERP、天猫及京东店铺后台、快递电子面单系统的接口。具体以双方确认的需求说明书为准。

### 第二条 合同价格

2.1 本合同总价为人民币玖拾贰万元整（¥920,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可（3个仓库，60个并发用户，永久） | 420,000 |
| 2 | 定制开发 | 386,000 |
| 3 | 实施服务（需求调研、部署、数据初始化、上线支持） | 98,000 |
| 4 | 培训 | 16,000 |
| | **合计** | **920,000** |

2.2 上述价格为含税价。需求说明书确认后甲方提出的新增需求，乙方另行报价。

### 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥460,000，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价剩余的50%，即¥460,000。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停实施和技术服务。

### 第四条 实施与交付

4.1 乙方在收到预付款后90日内完成系统部署并上线。因甲方需求变更、基础数据准备不及时或现场服务器、网络条件不具备导致延误的，工期相应顺延。

4.2 甲方应提供符合乙方要求的服务器、数据库及网络环境，并指定项目负责人配合实施。乙方提供的服务器配置建议仅供参考，服务器、数据库及操作系统的采购费用由甲方自行承担。

4.3 实施阶段包括需求调研、需求说明书确认、系统部署、基础数据初始化（物料、库位、客户、承运商）、用户培训和上线切换。各阶段的具体时间以双方确认的项目计划为准。

4.4 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

### 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后使用系统进行实际出入库作业的，视为对系统全部功能的确认。

### 第六条 知识产权

6.1 标准软件及其文档的一切知识产权归乙方所有。

6.2 乙方在本合同项下为甲方完成的定制开发成果（包括程序、源代码、接口、配置及文档）的知识产权归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，未经乙方书面许可，不得修改、反向工程或提供给任何第三方。

### 第七条 免费维护与维保服务

7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。

7.2 免费维护期满后，甲方如需乙方继续提供维保服务，维保费按乙方当年公布的服务价格标准收取。

7.3 故障响应：一级故障（系统无法登录或无法进行出入库作业）乙方在接到甲方报修后8小时内响应；二级故障（部分功能异常）2个工作日内响应；三级故障（咨询类问题）5个工作日内答复。

7.4 乙方将尽合理努力排除故障，但不因故障处理时间对甲方承担扣款、赔偿或违约责任，亦不对故障导致的停工、发货延误等损失负责。

### 第八条 数据

8.1 甲方录入系统的业务数据归甲方所有。

8.2 甲方同意，乙方可对系统运行中产生的出入库、库存及订单数据进行脱敏处理后，用于乙方的产品改进、行业分析及算法优化。

8.3 乙方对其远程运维账号实行专人管理并记录操作日志，对传输中的数据采取加密措施，不得向第三方泄露甲方的业务数据。因乙方原因造成甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复数据，并依照本合同第十一条承担赔偿责任。

### 第九条 保密

9.1 双方对因签订和履行本合同而知悉的对方技术秘密、经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

9.2 甲方对乙方提供的软件、文档、报价及实施方法负有保密义务，不得向乙方的竞争对手披露。

### 第十条 甲方义务

10.1 甲方应按时支付合同价款，及时确认需求说明书和实施文档。

10.2 甲方应妥善保管系统账号密码，因甲方人员操作不当造成的损失由甲方自行承担。

10.3 甲方应负责服务器、数据库、网络及终端设备的日常运行和数据备份。因甲方硬件、网络或第三方系统故障导致系统无法使用的，不属于乙方责任。

10.4 甲方应在端午旺季前至少60日书面告知乙方预计订单量及仓库作业安排，以便乙方提供旺季保障建议；乙方提供的旺季现场驻点服务另行收费。

### 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的25%。

11.2 乙方对甲方的间接损失、利润损失及商誉损失不承担责任。

### 第十二条 不可抗力与合同解除

12.1 因不可抗力导致一方不能履行合同的，该方应及时通知对方并在合理期限内提供证明，在不可抗力影响范围内免除责任。

12.2 一方违反本合同主要义务，经对方书面催告后30日内仍未纠正的，守约方可以书面通知解除本合同。

12.3 合同解除的，甲方应支付乙方已完成工作的相应费用，乙方已收取的预付款在扣除已完成工作费用后退还。

### 第十三条 争议解决

本合同履行中发生争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

### 第十四条 其他

14.1 本合同为乙方标准文本，双方对本合同条款已充分协商，不存在格式条款未提示的情形。

14.2 双方的通知应以书面形式发送至本合同首页所列地址，邮件发送至双方指定邮箱即视为送达。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：浙江禾香斋食品有限公司　　乙方（盖章）：杭州云仓智联软件有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# H185E01 — Dongyang wood-carving workshop, CNC-carving software perpetual licence + configuration + support; Irish
# vendor on Bull Island; .docx with a Word price table and a severity table; "Clause N" + N.N
# ---------------------------------------------------------------------------------------------------------------
H185E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:Agreement No. SCT-CN-2025-014
P:THIS AGREEMENT is dated ____________ 2025 and is made BETWEEN:
P:(1) SEABANK CAM TECHNOLOGIES LIMITED, a private company limited by shares incorporated in Ireland (company number 584213), whose registered office is at The Bull Wall Building, North Bull Island, Dollymount, Dublin 3, Ireland (the "Licensor"); and
P:(2) DONGYANG YUNXIU WOOD CARVING ART CO., LTD., a company incorporated in the People's Republic of China, whose registered address is at No. 88 Mudiao Road, Nanma Town, Dongyang, Zhejiang Province (the "Customer").
P:BACKGROUND
P:(A) The Customer produces Dongyang relief carvings, screens and furniture panels on five CNC carving routers and wishes to replace its CAM software.
P:(B) The Licensor develops the CarveForm Studio software for CNC relief carving and has agreed to license and configure it for the Customer's machines.
P:(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Contract Price" means CNY 650,000; "Customer Data" means all designs, relief models, pattern files, customer orders and machine logs of the Customer; "Deliverables" means everything the Licensor produces specifically for the Customer under this Agreement; "Go-Live" means the first day on which all five routers run in production with toolpaths generated by the Software; "Licence Fee" means CNY 469,000; "Software" means CarveForm Studio, the Relief and Scan Module and the network licence server, with their documentation and updates.
P:1.2 Clause headings do not affect interpretation.
H:Clause 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive licence to install and use the Software for six named users of CarveForm Studio and two named users of the Relief and Scan Module, at the Customer's premises in Dongyang and at any other premises of the Customer in the People's Republic of China, for the Customer's business.
P:2.2 The Customer may make back-up copies and may reassign a named user licence from one employee to another at any time.
H:Clause 3 Price
P:3.1 The Contract Price is fixed and made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|CarveForm Studio perpetual licence (named user)|6|58,000|348,000
TB:2|Relief and Scan Module perpetual licence (named user)|2|46,500|93,000
TB:3|Network licence server|1|28,000|28,000
TB:|Licence Fee subtotal|||469,000
TB:4|Configuration Services: post-processors for five routers, tool library, template library|1|126,000|126,000
TB:5|Migration of the existing pattern library (about 2,400 relief files)|1|34,000|34,000
TB:6|On-site training in Dongyang (five days)|1|21,000|21,000
TB:|Contract Price|||650,000
P:3.2 The Contract Price includes all taxes, travel expenses and the support in Clause 8 during the Warranty Period.
H:Clause 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments against the Licensor's invoice: (a) 20% (CNY 130,000) within fifteen days after signature of this Agreement; (b) 45% (CNY 292,500) within twenty days after Go-Live; and (c) 35% (CNY 227,500) within twenty days after the Acceptance Certificate is issued.
P:4.2 No other sum is payable for the Software, the Deliverables or support during the Warranty Period.
H:Clause 5 Delivery, Configuration and Go-Live
P:5.1 The Licensor shall make the Software available for download within ten days after signature and shall complete the Configuration Services, the migration and the training so that Go-Live is achieved within seventy days after signature.
P:5.2 The Licensor's consultants shall work at the Customer's workshop and comply with its safety rules.
P:5.3 If Go-Live is not achieved by the date in Clause 5.1 for a reason attributable to the Licensor, the Licensor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. The parties agree that this is a genuine pre-estimate of the Customer's loss.
H:Clause 6 Acceptance
P:6.1 Within thirty days after Go-Live the parties shall carry out the acceptance tests in Schedule 2, which require at least that: (a) each post-processor produces toolpaths that run on the corresponding router without collision or manual editing, using the three reference panels in Schedule 2; (b) the carved reference panels deviate by no more than 0.1 mm from the model at the points measured; (c) every file of the migrated pattern library opens and renders, as shown by a checksum report; (d) a failure of the licence server does not stop users already working for at least eight hours; and (e) the Software runs for ten consecutive working days without a Severity 1 fault.
P:6.2 When all tests are passed the Customer shall issue an Acceptance Certificate within five working days. Go-Live, production use of the Software and payment under Clause 4.1(b) do not amount to acceptance.
P:6.3 If a test fails, the Licensor shall correct the fault and the test shall be repeated. If it fails a second time, the Customer may terminate this Agreement and recover all sums paid.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that, for eighteen months after the date of the Acceptance Certificate (the "Warranty Period"), the Software and the Deliverables will perform materially in accordance with their documentation and Schedule 1. During the Warranty Period the Licensor shall correct every defect, supply all updates and new versions, and provide the support in Clause 8 free of charge.
H:Clause 8 Support and Service Levels
P:8.1 The Licensor's support desk operates from 08:00 to 20:00 China Standard Time, seven days a week, in Mandarin and English, by telephone, WeChat and the support portal.
P:8.2 Faults are classified and handled as follows:
TB:Severity|Description|Response|Workaround or fix
TB:Severity 1|The Software cannot generate or post toolpaths for any router, or the licence server stops all users|2 hours|8 hours
TB:Severity 2|One router, one module or one named user cannot work|6 hours|3 working days
TB:Severity 3|Minor defects and questions|Next working day|Next update
P:8.3 If the Licensor misses a response or workaround time for a Severity 1 fault, it shall give a service credit of CNY 800 for each hour or part of an hour late; for a Severity 2 fault the credit is CNY 300 per hour. Credits are deducted from the next payment or from the next annual Support Fee.
P:8.4 After the Warranty Period the Customer may order support by purchase order for one year at a time. The annual Support Fee is 12.5% of the Licence Fee (CNY 58,625) and is fixed for the first three support years; any later increase requires ninety days' notice and may not exceed 3% per year. Support does not renew automatically.
H:Clause 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Licensor shall use Customer Data only to perform this Agreement and shall not copy, analyse or disclose it for any other purpose, including product development.
P:9.2 The Licensor shall access the Customer's systems remotely only with the Customer's approval for each session, through the remote-access tool chosen by the Customer, and shall keep a log of each session. Customer Data may be copied off site only with the Customer's written consent, only to reproduce a fault, in encrypted form, and shall be deleted within ten days afterwards.
P:9.3 The Licensor shall notify the Customer of any actual or suspected security incident affecting Customer Data within twenty-four hours, shall co-operate in containing it and shall be liable for all loss the Customer suffers as a result of the Licensor's breach of this Clause 9.
H:Clause 10 Intellectual Property
P:10.1 The Software and all intellectual property rights in it remain with the Licensor and its licensors.
P:10.2 All intellectual property rights in the Deliverables, including the post-processors, the tool library, the template library, the migration scripts and their documentation, vest in the Customer on creation. The Customer may use, modify and license them freely. The Licensor shall not reuse the Customer's carving designs for any other customer.
P:10.3 The Licensor shall indemnify the Customer against any claim that the Software or the Deliverables infringe the rights of a third party.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Customer's designs, prices and customer lists, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent. This obligation survives for five years after this Agreement ends.
H:Clause 12 Limitation of Liability
P:12.1 The total liability of the Licensor under or in connection with this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to death or personal injury caused by negligence, fraud, breach of Clause 9 or Clause 11, or the indemnity in Clause 10.3.
P:12.2 Neither party is liable for indirect or consequential loss.
H:Clause 13 Subcontracting
P:13.1 The Licensor shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent and remains responsible for any subcontractor so approved.
H:Clause 14 Term and Termination
P:14.1 This Agreement starts on signature. The licence in Clause 2 is perpetual and survives termination, except termination by the Licensor for non-payment of the Licence Fee.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it. The Customer may also terminate if the liquidated damages under Clause 5.3 reach their maximum.
P:14.3 On termination the Licensor shall return or delete all Customer Data and deliver all Deliverables.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:15.2 The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement, and proceedings shall be brought in Dublin.
H:Clause 16 General
P:16.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing. The English text prevails over any translation.
P:Schedule 1: Configuration scope and hardware specification. Schedule 2: Acceptance tests and reference panels.
P:Signed for the Licensor: ____________________    Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# H185E02 — Yangshuo bamboo-raft operator, booking SaaS; German vendor on Langenwerder; Order Form + General Terms,
# "§ N (1)"; .txt
# ---------------------------------------------------------------------------------------------------------------
H185E02 = """ORDER FORM No. WB-2025-0173

Vendor: Werderbucht Software GmbH, Langenwerder 3, 23999 Insel Poel, Germany
Commercial Register: Amtsgericht Schwerin, HRB 14862; Managing Director: Henrike Lassen

Customer: Yangshuo Yulong River Bamboo Raft Culture Tourism Co., Ltd., Jiuxian Village, Baisha Town, Yangshuo County, Guilin, Guangxi Zhuang Autonomous Region, People's Republic of China

Service: RaftBook Pro, Enterprise Edition - online booking, ticketing, raft capacity and raftsman scheduling platform

Scope of use: 4 boarding piers, up to 620 rafts, up to 380 raftsmen, WeChat mini-program, OTA channel connectors (Trip.com, Meituan), WeChat Pay and Alipay

Initial Term: 24 months from the Service Start Date stated in the Vendor's activation notice

Fees (in CNY at the Customer's request):
- Monthly subscription fee: CNY 17,800 x 24 months = CNY 427,200
- One-time setup and onboarding fee: CNY 42,800
- Total Contract Value: CNY 470,000

Payment: subscription fees monthly in arrears; setup fee after Go-Live Acceptance. No advance payment is due.

Go-Live date: no later than 50 calendar days after signature of this Order Form.

Approved hosting subcontractor: Alibaba Cloud (China South, Shenzhen region).

This Order Form incorporates the General Terms and Conditions of Werderbucht Software GmbH for Software-as-a-Service, version 2025-03, set out below (the "General Terms"). Where this Order Form and the General Terms differ, this Order Form prevails.


GENERAL TERMS AND CONDITIONS FOR SOFTWARE-AS-A-SERVICE
Werderbucht Software GmbH - Version 2025-03

§ 1 Scope
(1) These General Terms apply to the provision of the Vendor's software as a service to business customers.
(2) General terms and conditions of the Customer do not apply, even if the Vendor does not expressly object to them.
(3) Terms defined in the Order Form have the same meaning in these General Terms.

§ 2 Services
(1) The Vendor provides the Service described in the Order Form via the internet for use by the Customer's staff, sales partners and end customers.
(2) The Vendor may further develop the Service, provided that the functions agreed in the Order Form are not materially reduced. The Vendor shall announce material changes at least four weeks in advance.
(3) The Customer is responsible for the internet connection at its piers and for the terminals used by its staff.

§ 3 Setup, Go-Live and Acceptance
(1) The Vendor shall carry out the setup services: configuration of piers, raft classes, departure time slots, pricing and discount rules; design of the booking pages and WeChat mini-program templates in the Customer's branding; connection of the OTA channels; and payment reconciliation with WeChat Pay and Alipay.
(2) Before Go-Live the parties shall perform the Go-Live Acceptance Test. The test is passed when: (a) bookings, changes, cancellations and refunds work end to end on every channel; (b) the daily reconciliation with the WeChat Pay and Alipay settlement files shows no unexplained difference on seven consecutive days; (c) a load test with 500 concurrent booking sessions shows a median response time below two seconds; and (d) raftsman scheduling and QR-code boarding verification work at all four piers. The Customer confirms a passed test by signing the Acceptance Protocol.
(3) Live use of the Service during the peak season or payment of fees does not replace the signed Acceptance Protocol.
(4) If Go-Live Acceptance is not achieved by the Go-Live date for reasons for which the Vendor is responsible, the Vendor shall pay a contractual penalty of CNY 400 for each calendar day of delay, up to a total of 5% of the Total Contract Value. The penalty is credited against any further damages.

§ 4 Fees and Payment
(1) The fees are stated in the Order Form. The Vendor invoices subscription fees monthly in arrears and the setup fee after the Acceptance Protocol is signed. Invoices are payable within 30 days.
(2) The fees are fixed for the Initial Term.
(3) The Customer may set off service credits and contractual penalties against invoices.

§ 5 Service Levels
(1) The Vendor guarantees an availability of the Service of 99.5% per calendar month. Scheduled maintenance is excluded if announced at least 72 hours in advance and performed between 01:00 and 05:00 China Standard Time.
(2) Incidents are classified as follows: Priority 1 - booking or payment is unavailable for all users: response within 1 hour, 24 hours a day, restoration target 6 hours; Priority 2 - a channel, pier or major function is unavailable: response within 8 hours, restoration target 2 business days; Priority 3 - other faults and questions: response on the next business day.
(3) If the availability in a month is below 99.5% but at least 99.0%, the Customer receives a service credit of 5% of the monthly fee; below 99.0% but at least 98.0%, 10%; below 98.0%, 20%. For each commenced hour by which the Vendor exceeds the Priority 1 response time, the Customer receives a further credit of CNY 500.
(4) Service credits are deducted from the next invoice. They do not exclude claims for damages.

§ 6 Rights of Use and Intellectual Property
(1) For the term of the contract the Customer receives a non-exclusive, non-transferable right to use the Service for its own business.
(2) All rights in the Service, the software and the documentation remain with the Vendor.
(3) Customer-specific work results, in particular the booking page and mini-program designs, the route, time-slot and pricing rule sets and the report templates created for the Customer, belong to the Customer. The Customer may use, modify and have them used by third parties without restriction, also after the end of the contract.

§ 7 Customer Data, Data Protection and Security
(1) All data entered into or generated in the Service by or for the Customer, in particular bookings, visitor personal information, payment records and raftsman data ("Customer Data"), belongs exclusively to the Customer. The Vendor processes Customer Data solely to provide the Service and on the Customer's documented instructions. Any other use, including aggregated analysis, benchmarking or sale, is excluded.
(2) Customer Data is stored and processed only in the approved hosting region in mainland China. No Customer Data is transferred out of mainland China. The Vendor's support personnel access the production environment only through the bastion host in that region and see personal information only in masked form.
(3) The Vendor maintains appropriate technical and organisational measures, including encryption in transit and at rest, multi-factor authentication for administrators, logging of all administrative access and daily backups. The Service has completed the MLPS level 3 filing.
(4) The Vendor shall notify the Customer of any personal information breach or other security incident without undue delay and at the latest within 24 hours, shall support the Customer in meeting its duties under the Personal Information Protection Law, and bears the costs and damages resulting from an incident for which it is responsible.
(5) After the end of the contract the Vendor shall hand over all Customer Data in a common format and delete it within 30 days.

§ 8 Confidentiality
(1) Each party shall keep confidential all business and trade secrets of the other party that become known to it in connection with the contract and use them only for the purposes of the contract.
(2) This obligation continues for three years after the end of the contract.

§ 9 Liability
(1) The Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, and under any guarantee it has given.
(2) In case of slight negligence, the Vendor is liable only for breach of an obligation whose fulfilment makes the proper performance of the contract possible and on whose observance the Customer may regularly rely (material contractual obligation), limited to the damage typical for the contract and foreseeable at its conclusion.
(3) In all other cases, and in any event, the Vendor's total liability per contract year is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.
(4) Strict liability for initial defects under section 536a of the German Civil Code is excluded.

§ 10 Term, Renewal and Termination
(1) The contract runs for the Initial Term stated in the Order Form.
(2) It then extends automatically by one further year at a time unless either party terminates it with three months' notice to the end of the term. During any extension the fees in the Order Form continue to apply unchanged.
(3) The right of each party to terminate for good cause remains unaffected. Good cause for the Customer exists in particular if the Vendor commits a material breach of contract and does not remedy it within 14 days after written notice, or if availability is below 98.0% in two consecutive months.
(4) Notices of termination must be in text form.

§ 11 Subcontractors
(1) The Vendor may use subcontractors only with the prior written consent of the Customer. The hosting subcontractor named in the Order Form is approved.
(2) The Vendor is responsible for its subcontractors as for its own conduct.

§ 12 Governing Law and Place of Jurisdiction
(1) The contract is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the contract is Schwerin, Germany.

§ 13 Final Provisions
(1) Amendments and additions must be made in writing. This also applies to any waiver of the written form requirement.
(2) Should any provision be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision by a valid one that comes as close as possible to its economic purpose.
(3) The English version of the Order Form and the General Terms is binding.

For the Vendor: ____________________        For the Customer: ____________________
Place, date: ____________________            Place, date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# H185E03 — Lianjiang abalone cooperative, dissolved-oxygen sensors + maintenance; French integrator on the Île de la
# Jument; buyer's paper; .pdf (wrap_words); "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H185E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
P:Dissolved-Oxygen Monitoring System for Abalone Raft Farms - Contract No. LJHX-2025-DO-02
P:Between: Lianjiang County Haixin Abalone Farming Professional Cooperative, Huangqi Town, Lianjiang County, Fuzhou, Fujian Province, People's Republic of China (the "Buyer"), represented by its chairman;
P:And: Jument Ocean Instruments SAS, a French simplified joint-stock company registered with the Trade and Companies Register of Quimper, whose registered office is at Ile de la Jument, 29940 La Foret-Fouesnant, France (the "Supplier"), represented by its president.
P:Preamble. The Buyer's members farm abalone in raft clusters in Huangqi Bay. Summer stratification and typhoon runoff cause low-oxygen events that kill stock within hours. The Buyer has therefore invited offers for a monitoring system with real-time alarms. This Contract is drawn up on the Buyer's standard form; the Supplier's offer of 12 March 2025 is attached as Annex 3 and applies only where this Contract refers to it. At the Buyer's request all prices are in Chinese Renminbi (CNY).
H:Art. 1 (Purpose)
P:1.1 The Supplier shall supply, install, commission and maintain a dissolved-oxygen monitoring system for the Buyer's raft clusters, consisting of optical dissolved-oxygen sensors with temperature probes, buoy data loggers with 4G modems and solar power, a shore gateway and alarm server, and a perpetual licence of the Supplier's monitoring platform, together with training.
P:1.2 The technical specification in Annex 1 and the installation layout in Annex 2 form part of this Contract.
P:1.3 Training covers sensor cleaning, membrane replacement, field calibration with the reference meter, alarm configuration and the use of the platform, for up to twelve technicians nominated by the Buyer, in Mandarin, with written course material in Chinese.
H:Art. 2 (Contract documents)
P:2.1 The Contract consists of, in order of precedence: this Contract, Annex 1 (technical specification), Annex 2 (installation layout and acceptance test plan) and Annex 3 (the Supplier's offer). General terms of sale printed in the Supplier's offer do not apply.
H:Art. 3 (Price and payment)
P:3.1 The Contract Price is CNY 950,000, fixed and inclusive of all taxes, duties, freight to Huangqi, insurance, installation and training. It is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Optical dissolved-oxygen sensor with temperature probe|48|9,800|470,400
TB:Buoy data logger with 4G modem and solar power|12|21,500|258,000
TB:Shore gateway and alarm server|1|46,000|46,000
TB:Monitoring platform perpetual licence (40 users)|1|88,000|88,000
TB:Equipment and Licence Subtotal|||862,400
TB:Installation on raft clusters and commissioning|1|73,600|73,600
TB:Training of cooperative technicians|1|14,000|14,000
TB:Contract Price|||950,000
P:3.2 The Buyer shall pay: (a) 10% of the Contract Price (CNY 95,000) as an advance within 15 days after signature, against a bank guarantee for the same amount; (b) 55% (CNY 522,500) within 20 days after the Installation Certificate, which confirms only that all items are installed and is not acceptance; (c) 35% (CNY 332,500) within 20 days after the Final Acceptance Certificate.
P:3.3 Each payment is made against an invoice in CNY. The Buyer may deduct delay penalties and service credits due under this Contract from any payment.
H:Art. 4 (Delivery, installation and delay penalties)
P:4.1 The Supplier shall deliver all equipment to Huangqi within 60 days after signature and complete installation within 25 days after delivery, in weather windows agreed with the Buyer. Typhoon warnings of level blue or higher suspend work on the water.
P:4.2 On the rafts the Supplier's staff shall wear life jackets, work in teams of at least two and follow the instructions of the Buyer's raft managers. No packaging, cable offcuts or other waste may be left in the sea.
P:4.3 If delivery or installation is late for a reason attributable to the Supplier, the Supplier shall pay a penalty of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Days lost to typhoon warnings do not count.
H:Art. 5 (Acceptance)
P:5.1 After installation the parties shall run the acceptance tests in Annex 2. Acceptance requires that: (a) every sensor reads within 0.3 mg/L of the calibrated reference meter at three checks on different days; (b) data completeness is at least 98% for every logger over 21 consecutive days; (c) a simulated low-oxygen event produces SMS and app alarms to all listed members within three minutes; and (d) the platform exports daily reports and raw data in CSV format.
P:5.2 When all tests are passed the Buyer issues the Final Acceptance Certificate. Delivery, installation, the Installation Certificate and use of the system in production do not constitute acceptance. If a test fails, the Supplier shall remedy the defect within 10 days and the test shall be repeated.
H:Art. 6 (Warranty)
P:6.1 The Supplier warrants the equipment and the software for 24 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective item free of charge, including parts, labour, boat hire and travel, and shall supply software updates.
P:6.2 Sensor membranes and caps are consumables; the Supplier shall replace each once during the warranty period free of charge and thereafter supply them at the prices in Annex 3.
H:Art. 7 (Maintenance after the warranty)
P:7.1 After the warranty period the Supplier shall, if the Buyer so orders for each year, provide maintenance comprising two scheduled visits per year with recalibration of every sensor, repairs (parts excluded), remote support and software updates.
P:7.2 The annual maintenance fee is 9% of the Equipment and Licence Subtotal, that is CNY 77,616 per year. This fee is fixed for the first three maintenance years and may not be increased during that time.
H:Art. 8 (Service levels)
P:8.1 Faults are handled as follows. Priority 1, meaning the platform or the alarm function is down, or a quarter or more of the sensors are offline: response within 1 hour, 24 hours a day; engineer on site within 10 hours, weather permitting; restoration within 24 hours. Priority 2, meaning single sensors or loggers offline: response within 8 hours; repair within 3 days. Priority 3, meaning questions and minor faults: response on the next working day.
P:8.2 For each hour by which the Supplier exceeds a Priority 1 response, on-site or restoration time, the Supplier shall pay a service credit of CNY 800; for Priority 2, CNY 200 per day late.
H:Art. 9 (Data and security)
P:9.1 All measurement data, alarms, raft locations and member information collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, analyse or disclose them for any other purpose.
P:9.2 The platform shall run on the Buyer's cloud account in mainland China. The Supplier's remote access shall use individual accounts with two-factor authentication, granted by the Buyer and logged. No data may be transferred outside mainland China.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data within 8 hours, take immediate remedial measures and compensate the Buyer for all loss caused by the Supplier's breach of this Art. 9.
H:Art. 10 (Confidentiality)
P:10.1 The Supplier shall keep confidential all information about the Buyer's farms, members, production and prices obtained under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of the Contract for five years.
H:Art. 11 (Intellectual property)
P:11.1 The alarm rules, dashboards, report templates and the interface to the county fisheries bureau's platform developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The platform software remains the property of the Supplier and is licensed to the Buyer perpetually.
H:Art. 12 (Liability)
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or gross negligence, or breach of Art. 9 or Art. 10.
H:Art. 13 (Subcontracting)
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Boat hire and diving work by a local contractor require the same consent. The Supplier remains fully responsible for any approved subcontractor.
H:Art. 14 (Force majeure and termination)
P:14.1 Neither party is liable for failure caused by force majeure, including typhoons, provided it informs the other party within three days. If force majeure prevents performance for more than sixty days, either party may terminate the Contract without liability.
P:14.2 The Buyer may terminate this Contract by registered letter if the Supplier commits a material breach and does not remedy it within 15 days after formal notice, or if the delay penalties reach their maximum. The Supplier shall then refund the sums received for items not accepted.
H:Art. 15 (Governing law and disputes)
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou. The award is final and binding.
H:Art. 16 (Miscellaneous)
P:16.1 This Contract is made in English and Chinese, in four originals; both versions are equally authentic. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# H185E04 — Chengdu tea-house chain head office, managed IT + desktop support; Scottish provider on Cramond; .md;
# "N. HEADING" + N.N
# ---------------------------------------------------------------------------------------------------------------
H185E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** CMS/CD/2025/07

**Parties**

1. **CRAMOND MANAGED SERVICES LIMITED**, a company incorporated in Scotland (registered number SC612874) and having its registered office at The Causeway House, Cramond Island, Edinburgh EH4 6NU, Scotland (the "**Provider**"); and
2. **CHENGDU JINLI SHUYUAN TEA HOUSE MANAGEMENT CO., LTD.**, a company incorporated in the People's Republic of China and having its registered office at 36 Wuhouci Street, Wuhou District, Chengdu, Sichuan Province (the "**Customer**").

The Customer runs 38 tea houses in Chengdu from its head office. It wishes to outsource the management of its head-office IT and the support of its staff and store terminals. The parties therefore agree as follows.

## 1. DEFINITIONS

1.1 In this Agreement: "**Charges**" means the charges in clause 3; "**Customer Data**" means all data of the Customer, its staff, its members and its guests that the Provider processes or can access; "**Incident**" means an unplanned interruption or degradation of a Service; "**Services**" means the services in clause 2; "**Service Commencement Date**" means the day after Transition Acceptance; "**Transition**" means the onboarding project in clause 4.

1.2 Headings are for convenience only. References to a clause are to a clause of this Agreement.

## 2. THE SERVICES

2.1 The Provider shall provide from the Service Commencement Date: (a) a Mandarin- and English-speaking service desk for the 220 head-office users, by telephone, WeChat and portal, from 08:00 to 22:00 China Standard Time, seven days a week; (b) desktop support, including on-site support at the head office on working days; (c) management, monitoring and patching of the head-office servers, network and Microsoft 365 tenant; (d) remote support of the point-of-sale and back-office terminals in the 38 tea houses; and (e) security monitoring, endpoint protection and monthly vulnerability scans.

2.2 The Services do not include the repair of hardware out of manufacturer warranty, software development or the replacement of the tea-house card terminals, which remain with the card acquirer. The Provider shall nevertheless log and co-ordinate any such Incident until the responsible third party has accepted it.

2.3 The Provider shall deliver a monthly service report showing Incidents, response and resolution times, credits and open risks, and shall attend a monthly service review with the Customer's IT manager.

## 3. CHARGES AND PAYMENT

3.1 The Charges are in CNY at the Customer's request and are fixed for the Initial Term:

| Service element | Monthly charge (CNY) |
|---|---|
| Service desk and desktop support (220 users) | 22,000 |
| Server, network and Microsoft 365 management | 11,600 |
| Remote support of 38 tea-house terminals | 9,500 |
| Security monitoring and patching | 3,700 |
| **Total monthly charge** | **46,800** |

3.2 The one-off Transition charge is CNY 52,000. Over the Initial Term of 36 months the Charges total CNY 1,736,800 (36 x CNY 46,800 + CNY 52,000).

3.3 The Charges cover all travel within Chengdu. Additional work outside the Services, such as office moves or new store openings, is charged only under a written work order agreed in advance.

3.4 The Provider invoices the monthly charge monthly in arrears and the Transition charge after Transition Acceptance. Invoices are payable within 30 days. No sum is payable in advance.

## 4. TRANSITION

4.1 The Provider shall complete the Transition within 45 days after signature. The Transition includes discovery of all assets, documentation of the network, setup of monitoring and backup, knowledge transfer from the Customer's current supplier and a two-week parallel run.

4.2 Transition Acceptance requires that: (a) every asset in the agreed inventory is recorded in the Provider's management platform; (b) monitoring and backup work for every server, with a successful test restore; (c) all runbooks in Schedule 2 are delivered; and (d) no Priority 1 or Priority 2 Incident is open at the end of the parallel run. The Customer confirms acceptance in writing. Use of the Services before that confirmation is not acceptance.

4.3 If Transition Acceptance is delayed for reasons within the Provider's control, the Provider shall pay the Customer CNY 1,100 for each day of delay.

## 5. SERVICE LEVELS

5.1 Incidents are prioritised and handled as follows:

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| Priority 1 | Head-office network or Microsoft 365 down, or card payments failing in three or more tea houses | 6 hours | 10 hours |
| Priority 2 | One tea house or one business system impaired | 8 hours | 2 working days |
| Priority 3 | Single user or minor fault | Next working day | 5 working days |
| Request | Service request | 2 working days | As agreed |

5.2 If the Provider misses a Priority 1 resolution target, it shall credit 5% of the monthly charge for each Incident concerned; if it misses more than a tenth of the Priority 2 resolution targets in a month, it shall credit a further 3% of the monthly charge. Credits are capped at 20% of the monthly charge per month and are deducted from the next invoice.

## 6. CUSTOMER RESPONSIBILITIES

6.1 The Customer shall give the Provider's staff access to its premises and systems as reasonably required, shall keep software licences valid and shall name an IT manager as the single point of contact.

6.2 The Customer shall tell the Provider in good time of planned changes at the tea houses, such as refurbishments or changes of internet provider, that may affect the Services.

## 7. INTELLECTUAL PROPERTY

7.1 The Provider's tools, platforms and know-how remain its property.

7.2 Scripts, runbooks, configurations, network documentation and reports prepared for the Customer belong to the Customer, which may use, modify and pass them to a successor supplier without restriction.

## 8. DATA PROTECTION AND SECURITY

8.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the Services and on the Customer's instructions, and shall not use it for any other purpose.

8.2 The Provider shall access Customer systems only with named accounts protected by multi-factor authentication, through privileged-access management that records every session. Customer Data shall remain in mainland China; the Provider's staff outside China shall have no access to personal information.

8.3 The Provider shall comply with the Personal Information Protection Law and the Data Security Law, notify the Customer of any security incident within 24 hours, take all reasonable steps to contain it and indemnify the Customer against losses resulting from its breach of this clause 8.

8.4 The Provider shall hold a valid ISO/IEC 27001 certificate throughout the Initial Term and shall give the Customer, on request, a copy of the certificate and a summary of its most recent penetration test. The Customer may audit the Provider's compliance with this clause 8 once a year on fifteen working days' notice.

## 9. CONFIDENTIALITY

9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to any third party without consent, except to its professional advisers or as required by law. This clause survives for five years after termination.

## 10. SUBCONTRACTING

10.1 The Provider may subcontract any part of the Services, including on-site support in Chengdu, to subcontractors of its choice by giving the Customer written notice before the subcontractor starts work. The Provider remains responsible for the acts and omissions of its subcontractors.

## 11. TERM

11.1 This Agreement starts on signature and continues for an Initial Term of 36 months from the Service Commencement Date.

11.2 This Agreement does not renew automatically. Any extension must be agreed in writing, including any change to the Charges.

## 12. LIABILITY

12.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

12.2 Subject to clause 12.1, each party's total liability under this Agreement is limited to 150% of the total Charges for the Initial Term. The limit does not apply to breach of clause 8 or clause 9.

12.3 Neither party is liable for loss of profit or indirect loss.

## 13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within 30 days of written notice requiring it to be remedied.

13.2 The Customer may terminate by written notice if Priority 1 resolution targets are missed in three months of any six-month period.

13.3 On termination the Provider shall co-operate in an orderly exit for up to 60 days at the rates in clause 3, return all Customer Data and hand over all documentation under clause 7.2.

## 14. FORCE MAJEURE

14.1 Neither party is liable for failure caused by circumstances beyond its reasonable control, provided it gives prompt notice and uses reasonable endeavours to resume performance. Failures of the Provider's own subcontractors or staff shortages are not such circumstances.

## 15. GOVERNING LAW AND DISPUTES

15.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be referred to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules.

## 16. GENERAL

16.1 Notices must be in writing and sent to the addresses above, with a copy by e-mail.

16.2 This Agreement, with its Schedules, is the entire agreement of the parties and may be varied only in writing signed by both. Schedule 1 describes the Services in detail and Schedule 2 lists the runbooks to be delivered in the Transition.

16.3 This Agreement is written in English. A Chinese translation shall be provided by the Provider; if the two differ, the English text prevails.

Signed for the Provider: ____________________ Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# H185E05 — Qingdao seaweed-snack exporter, food-export certificate API subscription + integration; Italian vendor
# on the Isola Rossa; .txt; "Article N" with numbered paragraphs
# ---------------------------------------------------------------------------------------------------------------
H185E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
for the CertiLink Export Certificate API
Ref. IRCD/CN/2025/041

BETWEEN

Isola Rossa Certificazioni Digitali S.r.l., with registered office at Localita Isola Rossa, 07038 Trinita d'Agultu e Vignola (SS), Italy, VAT number IT02871450901, in the person of its legal representative (hereinafter the "Vendor")

AND

Qingdao Haiyun Seaweed Foods Co., Ltd., with registered office at 17 Haier Road, Laoshan District, Qingdao, Shandong Province, People's Republic of China, in the person of its legal representative (hereinafter the "Customer")

(each a "Party" and together the "Parties")

PREMISES

A. The Customer produces roasted seaweed snacks and exports them to the European Union, the Republic of Korea, Japan and Australia. Each shipment requires export health certificates, certificates of origin and importer documents whose data must match the destination country's rules.

B. The Vendor operates CertiLink, a cloud service with an application programming interface (the "API") that prepares, validates and tracks certificate data against destination-country rule sets and generates the accompanying documents.

C. The Customer wishes to subscribe to the API and to have it integrated with its ERP system and with the portal of its customs broker. At the Customer's request all amounts are expressed and payable in Chinese Renminbi (CNY).

NOW, THEREFORE, the Parties agree as follows.

Article 1 - Premises and Annexes
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 Annex A (Service Description), Annex B (Integration Specification) and Annex C (Service Levels) are attached. In case of conflict this Agreement prevails over the annexes.

Article 2 - Object
2.1 The Vendor grants the Customer access to the API for the Subscription Term, for up to 6,000 certificate transactions per year, covering the destination rule sets for the European Union, the Republic of Korea, Japan and Australia.
2.2 The Vendor shall carry out the integration described in Annex B, consisting of a connector to the Customer's Kingdee ERP, data mappings for product, batch, laboratory and shipping data, an adapter to the customs broker's portal and document templates in the Customer's layout (the "Integration Deliverables").
2.3 The Vendor shall train the Customer's export documentation team.

Article 3 - Term and Renewal
3.1 The Subscription Term is thirty-six months from the date of the Integration Acceptance under Article 4.
3.2 On expiry the Agreement is tacitly renewed for a further year, and so on, at the same fees, unless either Party gives notice of non-renewal at least sixty days before expiry.

Article 4 - Integration and Acceptance
4.1 The Vendor shall complete the Integration Deliverables within sixty days after signature of this Agreement.
4.2 Integration Acceptance takes place when the following tests, performed jointly, have been passed: (a) fifty test certificates across at least three destination countries are generated from live ERP data with no data mismatch; (b) every validation rule in Annex C returns the expected result on the test set; (c) the round trip from the ERP to a validated certificate draft takes less than five seconds in the median; and (d) the broker portal accepts the submitted files without manual correction. The Customer confirms in writing that the tests are passed.
4.3 Use of the API in production before the written confirmation does not constitute acceptance.

Article 5 - Fees and Payment
5.1 The fees are:
- Annual subscription fee: CNY 156,000 per year, that is CNY 468,000 for the Subscription Term of three years;
- Integration fee, one-off: CNY 118,000;
- Training, one-off: CNY 9,000;
- Total Contract Value: CNY 595,000.
5.2 The subscription fee for the first year, half of the integration fee and the training fee, in total CNY 224,000, are payable within ten days after signature of this Agreement, against the Vendor's invoice.
5.3 The second half of the integration fee, CNY 59,000, is payable within fifteen days after the Integration Acceptance.
5.4 The subscription fees for the second and third years are payable in advance on the first and second anniversaries of the Integration Acceptance.
5.5 Transactions above 6,000 per year are charged at CNY 18 per transaction, invoiced quarterly in arrears.

Article 6 - Service Levels
6.1 The Vendor guarantees an availability of the API of 99.95% per calendar month, measured at the Vendor's gateway, excluding scheduled maintenance notified three days in advance and carried out between 00:00 and 04:00 China Standard Time.
6.2 Incidents are classified in Annex C. For a Priority 1 incident, meaning the API is unavailable or certificate validation fails for all destinations, the Vendor shall respond within one hour at any time and restore the service within six hours. For Priority 2 incidents the response time is eight business hours.
6.3 If the monthly availability falls below the level in Article 6.1, the Customer is entitled to a credit of 5% of the monthly share of the annual subscription fee for each 0.1 percentage point or part of it, up to 50%. For each hour by which a Priority 1 response time is exceeded, the Customer is entitled to a further credit of CNY 600. Credits are set off against the next payment.

Article 7 - Delay in the Integration
7.1 If the Integration Deliverables are not accepted within the period in Article 4.1 for reasons attributable to the Vendor, the Vendor shall pay a penalty of 0.1% of the Total Contract Value for each day of delay, up to 10% of the Total Contract Value, without prejudice to compensation for greater damage.

Article 8 - Intellectual Property
8.1 The API, the CertiLink platform and the destination rule sets are and remain the exclusive property of the Vendor.
8.2 The Integration Deliverables, including the connector, the data mappings, the adapter, the document templates and their source code, are and remain the exclusive property of the Vendor, even though developed for the Customer. The Customer receives a non-exclusive, non-transferable licence to use them during the Subscription Term, solely together with the API. The Customer may not modify them or have them modified by third parties.

Article 9 - Customer Data and Security
9.1 All data transmitted by the Customer or generated for it through the API, including product, batch, laboratory, consignee and shipment data ("Customer Data"), belong to the Customer. The Vendor processes Customer Data exclusively to provide the service to the Customer and shall not use it for any other purpose, including statistics, benchmarking or the improvement of rule sets for other customers.
9.2 Customer Data relating to the Customer is stored in the Vendor's mainland China instance, hosted by the hosting provider named in Annex A, and is not transferred outside mainland China except to the destination authorities as part of a certificate application made by the Customer.
9.3 The Vendor applies encryption in transit and at rest, role-based access control, logging of administrative access and periodic penetration tests. It shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in its management and indemnify the Customer for the damage caused by breach of this Article 9.
9.4 On termination the Vendor shall return Customer Data in a structured format and delete it within thirty days.

Article 10 - Confidentiality
10.1 Each Party undertakes to keep confidential all information of the other Party of which it becomes aware in the performance of this Agreement, including the Customer's prices, customers and recipes, not to disclose it to third parties and to use it only for this Agreement. This undertaking remains in force for five years after termination.

Article 11 - Liability
11.1 The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Value, except in cases of wilful misconduct or gross negligence and breach of Articles 9 and 10, for which no limit applies.
11.2 The Vendor is not liable for fines or detentions of goods resulting from incorrect data entered by the Customer.

Article 12 - Subcontracting
12.1 The Vendor may not subcontract the performance of this Agreement, wholly or in part, without the Customer's prior written consent. The hosting provider named in Annex A is approved by signature of this Agreement.

Article 13 - Termination
13.1 Either Party may terminate this Agreement by registered letter or certified e-mail if the other Party commits a material breach and fails to remedy it within thirty days after receiving a written notice to perform.
13.2 The Customer may also terminate this Agreement with immediate effect if the monthly availability is below 99.0% in two consecutive months or if the delay penalties under Article 7 reach their maximum.
13.3 On termination by the Customer for breach, the Vendor shall refund the subscription fees paid for the period after termination.

Article 14 - Force Majeure
14.1 Neither Party is liable for non-performance caused by events beyond its control, provided that it notifies the other Party promptly. If the event lasts more than sixty days, either Party may terminate this Agreement.

Article 15 - Governing Law and Jurisdiction
15.1 At the Customer's request and by way of exception to the Vendor's standard terms, this Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

Article 16 - Final Provisions
16.1 Any amendment to this Agreement must be made in writing and signed by both Parties.
16.2 This Agreement is drawn up in English in two originals, one for each Party.

Place and date: ____________________

The Vendor ____________________        The Customer ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h185z01": H185Z01, "h185z02": H185Z02, "h185e01": H185E01, "h185e03": H185E03}
TARGETS = {"h185z01": ("h185z01_exit_entry_self_service_endorsement_integration.docx", "docx"),
           "h185z02": ("h185z02_aluminium_foil_pinhole_detector_supply_maintenance.pdf", "pdf"),
           "h185e01": ("h185e01_wood_carving_cnc_software_licence_irish_vendor.docx", "docx"),
           "h185e03": ("h185e03_abalone_coop_dissolved_oxygen_sensors.pdf", "pdf")}
PLAIN = {"h185z03": ("h185z03_barber_chain_booking_membership_saas.md", H185Z03),
         "h185z04": ("h185z04_civil_air_defence_command_system_annual_om.txt", H185Z04),
         "h185z05": ("h185z05_zongzi_maker_wms_supplier_template.md", H185Z05),
         "h185e02": ("h185e02_bamboo_raft_booking_saas_german_vendor.txt", H185E02),
         "h185e04": ("h185e04_tea_house_managed_it_scottish_provider.md", H185E04),
         "h185e05": ("h185e05_seaweed_export_certificate_api_italian_vendor.txt", H185E05)}


def build():
    sys.dont_write_bytecode = True  # nothing may be written outside this folder (no ../__pycache__)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)


def read_back(name):
    path = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        doc = Document(str(path))
        parts = []
        body = doc.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in child.iter():
                    if tr.tag.endswith("}tr"):
                        cells = []
                        for tc in tr:
                            if tc.tag.endswith("}tc"):
                                cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                        parts.append(" | ".join(cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# Values that would sit exactly on a policy threshold (policy §3 / §4), in any spelling used in these drafts.
THRESHOLD_PATTERNS = {
    "prepayment 30 %": r"(?<![\d.])30(?:\.0+)?\s*%|百分之三十(?![一二三四五六七八九])|thirty per ?cent",
    "P1 response 4 h": r"(?<![\d.])4(?:\.0+)?\s*(?:hours?|hrs?\b|h\b|小时|个小时)|(?<![十二])四小时|(?<![十二])四个小时|(?<![-\w])four hours?",
    "availability 99.9 %": r"99\.9(?![\d])|99\.90(?![\d])",
    "LD 0.05 %/day": r"(?<![\d.])0\.05(?![\d])|万分之五(?![十])|千分之零点五",
    "post-warranty 15 %": r"(?<![\d.])15(?:\.0+)?\s*%|百分之十五(?![点])|fifteen per ?cent",
    "cap 100 %": r"(?<![\d.])100(?:\.0+)?\s*%|百分之百|百分之一百(?![零一二三四五六七八九十])|one hundred per ?cent",
    "warranty 12 months": r"(?<![\d.])12\s*-?\s*(?:months?|个月|月(?!\d*日))|十二个月|twelve\s*-?\s*(?:\(12\)\s*)?months?|(?:质保|保修|维护期)[^。；]{0,6}一年|(?:one|1)[- ]year warranty|warrant[^.]{0,40}\bone year",
    "TCO share 40 %": r"(?<![\d.])40(?:\.0+)?\s*%|百分之四十(?![一二三四五六七八九])|forty per ?cent",
}


def check():
    zh_keys = [k for k in list(TARGETS) + list(PLAIN) if "z" in k[4:6]]
    for key in sorted(list(TARGETS) + list(PLAIN)):
        name = TARGETS[key][0] if key in TARGETS else PLAIN[key][0]
        text = read_back(name).replace("％", "%")
        words = len([w for w in text.split() if re.search(r"\w", w)])  # table pipes and rules are not words
        size = f"{len(text)} characters" if key in zh_keys else f"{words} words ({len(text)} characters)"
        hits = []
        for label, pat in THRESHOLD_PATTERNS.items():
            for m in re.finditer(pat, text, flags=re.I):
                hits.append(f"{label}: ...{text[max(0, m.start() - 25):m.end() + 15]!r}...")
        print(f"{name}: {size}; threshold hits: {len(hits)}")
        for h in hits:
            print("   ", h)


# ---------------------------------------------------------------------------------------------------------------
# Labels: numbers computed here (percentages as Python computes them), every price sum asserted, and the policy's
# CR rules re-applied to each label's terms to check that they give the planned rule list.
# ---------------------------------------------------------------------------------------------------------------
def labels():
    L = {}

    # z01 — 出入境 自助签注, ¥2,878,000
    hw = 24 * 68_500 + 6 * 42_000 + 2 * 96_000 + 386_000
    assert (24 * 68_500, 6 * 42_000, 2 * 96_000) == (1_644_000, 252_000, 192_000)
    assert hw == 2_474_000
    v = hw + 298_000 + 86_400 + 19_600
    assert v == 2_878_000
    pays = [v * 20 // 100, v * 45 // 100, v * 35 // 100]
    assert pays == [575_600, 1_295_100, 1_007_300] and sum(pays) == v
    assert hw * 7 // 100 == 173_180
    L["h185z01"] = dict(category="hardware", terms=dict(
        availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=20,
        acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
        auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
        governing_law="PRC", contract_kind="goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=v), fee=hw * 7 / 100, forum_outside=False,
        planned=[])

    # z02 — 铝箔 针孔检测仪, ¥1,396,000
    hw = 6 * 186_000 + 6 * 12_800 + 88_000
    assert (6 * 186_000, 6 * 12_800) == (1_116_000, 76_800) and hw == 1_280_800
    v = hw + 64_000 + 42_000 + 9_200
    assert v == 1_396_000
    pays = [v * 10 // 100, v * 50 // 100, v * 35 // 100, v * 5 // 100]
    assert pays == [139_600, 698_000, 488_600, 69_800] and sum(pays) == v
    fee = hw * 175 / 1000
    assert fee == 224_140
    L["h185z02"] = dict(category="hardware", terms=dict(
        availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=50, prepayment_pct=10,
        acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=17.5,
        auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
        governing_law="PRC", contract_kind="goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=v), fee=fee, forum_outside=False,
        planned=["CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE"])

    # z03 — 美发连锁 SaaS, three years, ¥1,397,040
    stores = 136 * 2_880 * 3
    assert stores == 1_175_040
    v = stores + 36_000 * 3 + 96_000 + 18_000
    assert v == 1_397_040
    assert (136 * 2_880 + 36_000) / 4 == 106_920
    L["h185z03"] = dict(category="cloud", terms=dict(
        availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=800 / v * 100, liability_cap_pct=None,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=v),
        fee=None, forum_outside=False,
        planned=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])

    # z04 — 人防 指挥信息系统 年度运维, ¥836,000
    v = 384_000 + 198_000 + 116_000 + 64_000 + 74_000
    assert v == 836_000 and v / 4 == 209_000
    L["h185z04"] = dict(category="services", terms=dict(
        availability_pct=None, p1_response_hours=0.25, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=True, governing_law=None, contract_kind="service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=v),
        fee=None, forum_outside=False,
        planned=["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"])

    # z05 — 粽子 WMS, supplier's template, ¥920,000
    v = 420_000 + 386_000 + 98_000 + 16_000
    assert v == 920_000 and v * 50 // 100 == 460_000
    L["h185z05"] = dict(category="software", terms=dict(
        availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
        buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=25,
        prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                   contract_value=v), fee=None, forum_outside=False,
        planned=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"])

    # e01 — CNC carving licence, Irish vendor, CNY 650,000
    lic = 6 * 58_000 + 2 * 46_500 + 28_000
    assert (6 * 58_000, 2 * 46_500) == (348_000, 93_000) and lic == 469_000
    v = lic + 126_000 + 34_000 + 21_000
    assert v == 650_000
    pays = [v * 20 // 100, v * 45 // 100, v * 35 // 100]
    assert pays == [130_000, 292_500, 227_500] and sum(pays) == v
    fee = lic * 12.5 / 100
    assert fee == 58_625
    L["h185e01"] = dict(category="software", terms=dict(
        availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
        prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
        post_warranty_fee_pct=12.5, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="Ireland", contract_kind="goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=v), fee=fee, forum_outside=True,
        planned=["CR-GOVERNING-LAW"])

    # e02 — raft booking SaaS, German vendor, CNY 470,000
    v = 17_800 * 24 + 42_800
    assert 17_800 * 24 == 427_200 and v == 470_000
    L["h185e02"] = dict(category="cloud", terms=dict(
        availability_pct=99.5, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=400 / v * 100, liability_cap_pct=6 / 24 * 100,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="Germany", contract_kind="service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=v),
        fee=None, forum_outside=True,
        planned=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"])

    # e03 — abalone DO sensors, French integrator, buyer's paper, CNY 950,000
    sub = 48 * 9_800 + 12 * 21_500 + 46_000 + 88_000
    assert (48 * 9_800, 12 * 21_500) == (470_400, 258_000) and sub == 862_400
    v = sub + 73_600 + 14_000
    assert v == 950_000
    pays = [v * 10 // 100, v * 55 // 100, v * 35 // 100]
    assert pays == [95_000, 522_500, 332_500] and sum(pays) == v
    fee = sub * 9 / 100
    assert fee == 77_616
    L["h185e03"] = dict(category="hardware", terms=dict(
        availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
        prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
        post_warranty_fee_pct=9, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=v), fee=fee, forum_outside=False,
        planned=[])

    # e04 — managed IT, Scottish provider, 36 months, CNY 1,736,800
    mrc = 22_000 + 11_600 + 9_500 + 3_700
    assert mrc == 46_800
    v = 36 * mrc + 52_000
    assert v == 1_736_800
    L["h185e04"] = dict(category="services", terms=dict(
        availability_pct=None, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=1_100 / v * 100, liability_cap_pct=150,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=v),
        fee=None, forum_outside=False,
        planned=["CR-SLA-RESPONSE", "CR-SUBCONTRACT"])

    # e05 — export-certificate API, Italian vendor, CNY 595,000
    v = 156_000 * 3 + 118_000 + 9_000
    assert 156_000 * 3 == 468_000 and v == 595_000
    first = 156_000 + 118_000 // 2 + 9_000
    assert first == 224_000 and first + 59_000 + 2 * 156_000 == v
    L["h185e05"] = dict(category="cloud", terms=dict(
        availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="supplier", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
        prepayment_pct=first / v * 100, acceptance_clause=True, final_payment_on_acceptance=None,
        warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
        termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=v),
        fee=None, forum_outside=False,
        planned=["CR-IP-OWNERSHIP", "CR-PREPAYMENT"])
    return L


SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(lab, horizon=5):
    """Policy §4: purchase price + implementation = the contract value; post-warranty years = horizon − warranty
    years (partial pro rata), each at the stated fee (fee base already applied). None when the fee is not stated."""
    t = lab["terms"]
    if t["contract_kind"] != "goods_or_licence" or lab["fee"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    service = years * lab["fee"]
    total = lab["extra"]["contract_value"] + service
    return total, service, service / total * 100


def apply_rules(lab):
    t, x = lab["terms"], lab["extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if x["sla_clause"] and (t["p1_response_hours"] is None or t["p1_response_hours"] > 4):
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
    if t["ld_rate_per_day_pct"] is None and not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(lab)
        if c is not None and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or lab["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def write_labels():
    import json
    for key, lab in labels().items():
        name = TARGETS[key][0] if key in TARGETS else PLAIN[key][0]
        assert list(lab["terms"]) == TERM_KEYS, key
        x = lab["extra"]
        xkeys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"]
                                               if lab["terms"]["contract_kind"] == "goods_or_licence" else []) \
            + ["acceptance_deemed_on_delivery", "contract_value"]
        assert list(x) == xkeys, key
        rules = apply_rules(lab)
        assert rules == sorted(lab["planned"]), (key, rules, lab["planned"])
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        out = {"file": name, "language": "zh" if key[4] == "z" else "en", "category": lab["category"],
               "expected_terms": lab["terms"], "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
        c = tco(lab)
        tco_s = f"; TCO {c[0]:,.2f}, post-warranty {c[1]:,.2f} = {c[2]:.2f} %" if c else ""
        print(f"{key}: {risk}; {rules}{tco_s}")
        for k, val in lab["terms"].items():
            if isinstance(val, float) and val != round(val, 2):
                print(f"    {k} = {val!r}")


if __name__ == "__main__":
    if sys.argv[1:] == ["check"]:
        check()
    elif sys.argv[1:] == ["labels"]:
        write_labels()
    else:
        build()
        write_labels()
        check()
