"""holdout742: builds the ten draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .docx/.pdf are built by ../word_pdf.py from the
markup sources below (T: title, H: heading, P: paragraph, TB: table row); .txt/.md are written as they stand. The labels
are written from LABELS below. Checks: price sums, text lengths as read back, no threshold figure in any text (regex,
self-tested), no label value on a threshold, TCO shares, and the expected rules derived from the labels (my reading of
policy section 3) against the design list, with all 20 CR rules covered.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------- sources
SRC = {}

SRC["z01"] = """
T:储备棉监管平台建设项目合同
P:合同编号：MZCB-2025-ZF-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某储备棉管理中心直属棉花储备库
P:乙方（供应商）：杭州棉链信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方经协商一致，就储备棉监管平台（以下简称"平台"）的软件许可、定制开发及实施事项订立本合同。招标文件、投标文件及澄清材料为本合同组成部分，与本合同不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供储备棉监管平台软件（含库存台账、出入库监管、仓储温湿度监测、质量公检数据管理、视频联动五个模块）的永久使用许可，许可范围为甲方及其下属库点，不限用户数。
P:1.2 乙方根据甲方需求完成定制开发，包括：与中国纤维质量监测系统的公检数据接口、与轮换竞价交易系统的出入库单据接口、库区垛位三维可视化、监管预警规则引擎及移动巡库应用。
P:1.3 乙方负责平台部署、历史台账数据迁移、系统联调及操作培训，培训不少于四期，每期不少于三十人次。
P:1.4 平台部署于甲方机房的政务外网区域，所需服务器、数据库及操作系统由甲方另行采购。乙方所提供软件须适配甲方已采购的国产操作系统和数据库，并提供适配证明材料。各库点通过专线接入平台，库点现场的温湿度传感器、视频设备沿用甲方现有设备，乙方负责完成对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾捌万陆仟元整（¥1,986,000），为含税全包价，包括软件许可费1,120,000元、定制开发费742,000元、部署实施费98,000元、培训费26,000元。
P:2.2 除本合同另有约定外，甲方无须另行支付任何费用。合同履行期间，价款不因人工、汇率或原材料价格变动而调整。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方提交等额预付款保函，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。甲方按国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署、数据迁移及接口联调，并提交初步验收申请；一百五十日内完成试运行并提交最终验收申请。
P:4.2 乙方应向甲方交付安装介质、定制部分全部源代码、数据库设计说明、接口文档、运维手册及培训资料。
P:4.3 乙方应指派具有类似项目经验的项目经理一名，并配备开发、测试、实施人员不少于六名。项目经理未经甲方同意不得更换，确需更换的，应提前十日书面说明理由并提供资历相当的人员。
P:4.4 乙方每两周向甲方提交项目进度报告，内容包括已完成工作、存在问题及下阶段计划；遇有可能影响工期的事项，应在三日内书面告知甲方。
P:4.5 甲方负责提供部署所需的机房环境、服务器资源及各库点网络条件，并协调中国纤维质量监测系统、轮换竞价交易系统的接口联调。因甲方原因造成延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：五个模块功能与招标文件技术要求逐项相符；公检数据接口与交易系统接口各连续五个工作日无差错；历史台账迁移后与原账逐批次核对一致；平台在三百并发用户下页面平均响应时间不超过三秒。
P:5.2 最终验收标准：平台连续试运行六十日且无一级故障；通过甲方委托的第三方软件测评机构出具的功能、性能及网络安全测评报告；全部交付文档齐备。
P:5.3 验收由甲方组织，乙方配合，验收结论以书面验收报告为准。平台上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质量保证期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级及远程技术支持。
P:6.2 质保期满后，甲方可选择与乙方签订年度维护合同，年度维护费不超过软件许可费的9%（即不超过100,800元），该费率在质保期满后的三个年度内保持不变。
H:第七条 服务水平
P:7.1 质保期内平台年度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，且不计入不可用时间。
P:7.2 故障分为三级。一级故障（平台整体不可用或监管数据丢失）：乙方三十分钟内响应，二小时内到达现场，八小时内恢复；二级故障（单一模块不可用）：一小时内响应，次日内解决；三级故障：二个工作日内解决。
P:7.3 乙方响应或恢复每超时一小时，向甲方支付服务违约金800元；年度可用率每低于承诺值0.01个百分点，支付1,500元。上述款项可从应付款中直接扣除。
H:第八条 知识产权
P:8.1 平台标准产品的著作权归乙方所有，甲方依第1.1款享有永久使用许可。
P:8.2 为本项目定制开发的接口程序、预警规则、三维模型、移动应用及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无须另行付费。
P:8.3 乙方保证交付成果不侵犯任何第三方的合法权利，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台所存储、处理的储备棉库存、质量、出入库及视频数据均属于甲方所有。乙方仅可为履行本合同在甲方授权范围内接触上述数据，不得用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护二级以上要求，远程维护须经甲方审批并通过堡垒机进行，全程留存操作日志；不得将任何数据复制或带离甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方储备数量、库点布局、轮换计划等非公开信息负有保密义务，未经甲方书面许可不得向任何第三方披露。
P:10.2 乙方应要求其参与本项目的人员签署保密承诺书，并对其人员的泄密行为承担责任。
P:10.3 保密义务在本合同终止后继续有效五年。
H:第十一条 违约责任
P:11.1 乙方未按第4.1款期限提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
P:11.3 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:第十二条 分包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:乙方严重违约、经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。维护合同期满后不自动续期。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：______年____月____日
"""

SRC["z02"] = """
T:开料及榫卯加工线控制系统改造合同
P:合同编号：BDJJ-GZ-2025-031
P:甲方：某市板凳家具厂（买方）
P:乙方：常州精榫智能装备有限公司（卖方）
P:甲方为提升板凳、方凳产品的开料精度和榫卯加工效率，委托乙方对其开料及榫卯加工线进行控制系统改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号车间的一条开料线（两台数控开料锯、一台纵横锯）和一条榫卯加工线（三台榫头机、两台榫眼机、一台自动钻铣中心）。
P:1.2 乙方负责控制柜及PLC更换、伺服驱动改造、视觉定位系统加装、工业网关及传感器安装，并提供排产与工艺管理软件（MES）永久许可及其与甲方现有ERP的接口。
P:1.3 改造期间，乙方应分段停线施工，每段停线不超过五日，以保证甲方正常交货。
P:1.4 改造完成后，开料线应能根据MES下达的排产单自动调用切割方案，榫卯加工线应能按产品型号自动切换刀具参数，并将每批次加工数量、废品数量及设备运行状态实时上传MES。
P:1.5 乙方应在改造前对现有设备进行全面勘察，出具改造方案和电气图纸，经甲方书面确认后实施。方案确认后需变更的，须经甲方同意，因乙方勘察不到位增加的费用由乙方承担。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,800,000元（含税），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及电气元件|6套|412,000
TB:2|伺服电机及驱动器|28套|386,000
TB:3|视觉定位系统（含工业相机、光源）|6套|218,000
TB:4|工业网关、传感器及线缆|1批|164,000
TB:5|排产与工艺管理软件（MES）永久许可|1套|400,000
TB:|软硬件小计||1,580,000
TB:6|安装调试及ERP接口开发|1项|176,000
TB:7|操作及维修培训|1项|44,000
TB:|合计||1,800,000
P:2.2 上述价款包含设备运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同签订后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的45%。到货安装不视为验收。
P:3.3 改造线通过最终验收后十五日内，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。年度维保费在每个维保年度开始后三十日内凭发票支付。
H:第四条 工期
P:乙方应在合同签订后七十五日内完成全部改造并提交验收申请。乙方应提前十日提交分段停线计划，经甲方生产部门确认后实施。
P:4.2 甲方负责提供施工所需的电源、压缩空气接口及车间通道，并指派生产、设备人员各一名配合改造。因甲方原因延误的，工期相应顺延。
H:第五条 技术要求与培训
P:5.1 乙方所供PLC、伺服、相机等主要部件应为原厂全新正品，提供原厂合格证及出厂检验报告，防护等级不低于IP54，适应车间木屑粉尘环境。
P:5.2 视觉定位系统应能识别板材纹理方向和节疤缺陷，自动优化排料，出材率较改造前提高不少于三个百分点。
P:5.3 乙方应为甲方培训操作工不少于二十名、设备维修工不少于六名，培训内容包括日常操作、参数调整、常见故障排除和安全规程，培训结束后进行实操考核，考核合格率应达到九成以上。
P:5.4 设备包装应适合长途运输和多次搬运，乙方负责运输至甲方车间指定位置。到货时双方共同开箱清点，核对型号、数量和外观，签署到货清单；到货清单仅证明数量与外观，不代表质量合格。
P:5.5 乙方施工人员进入甲方车间应遵守甲方安全生产及防火管理制度，配备必要的劳动防护用品；施工中造成人员伤害或财产损失的，由乙方负责。
H:第六条 验收
P:6.1 验收标准：开料尺寸误差不大于±0.2毫米；榫头与榫眼配合间隙不大于0.1毫米，抽检两百件合格率不低于98%；单班产能较改造前提高不少于两成；MES排产结果与ERP订单数据连续十个工作日一致；设备连续带料运行七十二小时无停机故障。
P:6.2 甲方在收到验收申请后七日内组织验收，合格的签署验收报告。试生产、甲方使用改造线生产商品或支付款项，均不视为验收合格。
P:6.3 验收不合格的，乙方应在十日内整改后重新验收，由此产生的费用由乙方承担。
H:第七条 质保与维保
P:7.1 质保期为十八个月，自最终验收合格之日起算。质保期内，乙方对设备及软件免费维修、更换和升级。
P:7.2 质保期满后，乙方提供年度维保服务，包括每季度一次现场巡检、备件更换、软件升级和远程技术支持。年度维保费按软硬件小计的29%每年计取，即458,200元/年，在质保期满后的三个年度内保持不变，按年度支付。
P:7.3 质保期内乙方应每季度到甲方车间进行一次预防性维护，检查电气连接、伺服参数和相机标定情况，并提交维护记录。
P:7.4 乙方应保证停产型号的备品备件供应期不少于八年。质保期内同一部件累计维修三次仍不能正常使用的，乙方应免费更换同型号或更高型号的全新部件，质保期自更换之日起重新计算。
H:第八条 服务水平
P:8.1 故障分级及响应要求：
TB:故障级别|定义|响应时间|修复时间
TB:一级|整线停机|1小时|8小时
TB:二级|单台设备停机|2小时|24小时
TB:三级|非关键功能异常|8小时|3个工作日
P:8.2 乙方响应或修复每超时一小时，向甲方支付500元违约金，可从应付款或维保费中扣除。
H:第九条 知识产权
P:乙方为本项目编写的PLC程序、视觉定位算法参数配置、ERP接口程序及其源代码归甲方所有，甲方可自行修改或委托第三方维护。MES标准软件的著作权仍归乙方，甲方享有永久使用权。
H:第十条 数据安全
P:10.1 改造线及MES产生的工艺参数、排产计划、产量及质量数据属于甲方，乙方不得复制或用于本合同以外的任何用途。
P:10.2 乙方远程维护须事先取得甲方同意，经甲方指定的通道接入并保留操作记录；乙方应采取防病毒、访问控制等措施防止数据泄露或被篡改。
P:10.3 发生数据安全事件的，乙方应在两小时内通知甲方并协助处置；因乙方原因造成损失的，由乙方全额赔偿。
H:第十一条 保密
P:双方对在履行合同过程中知悉的对方技术资料、产品工艺和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后三年。
H:第十二条 违约责任
P:12.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金；逾期超过四十五日的，甲方有权解除合同。
P:12.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十三条 分包
P:电气安装及布线工作，乙方可交由具备相应资质的第三方施工，但应提前五日书面告知甲方施工单位名称及人员名单；乙方对其施工质量和安全承担全部责任。
H:第十四条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响方应在三日内通知对方并提供证明，双方协商延期履行或解除合同；不可抗力持续超过三十日的，任何一方可书面解除合同。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交常州仲裁委员会仲裁。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

SRC["z03"] = """
连锁门店点餐及会员管理系统服务合同

合同编号：HT-HTSX-2025-0412
甲方（客户）：某连锁馄饨餐饮管理有限公司
乙方（服务商）：上海点宜云科技有限公司

甲方经营五十家直营馄饨门店，现采购乙方的门店点餐及会员管理SaaS服务，并委托乙方完成系统实施。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方五十家门店提供以下服务：
1. 扫码点餐、收银台点餐及外卖平台订单聚合；
2. 中央厨房要货、门店库存及日结报表；
3. 会员注册、储值、积分、优惠券及会员营销（以下简称"会员营销模块"）。
（二）乙方负责系统实施，包括门店资料及菜品配置、收银设备联调、既有会员数据迁移、微信小程序定制页面开发、与甲方财务系统的接口开发以及店长和收银员培训。
（三）服务期为两个服务年度。第一个服务年度自全部门店上线验收合格之日起算，至次年同日前一日止；第二个服务年度紧接其后。

二、服务费用
（一）本合同费用如下：
1. 点餐及门店管理服务费：每店每服务年度6,800元，五十家门店合计每服务年度340,000元；
2. 会员营销模块服务费：每服务年度48,000元；
3. 一次性实施费：118,000元。
（二）两个服务年度的合同总金额为人民币894,000元（含税）。
（三）服务期内甲方新增门店的，按每店每服务年度6,800元按月折算计费；关闭门店的，自关闭次月起相应减少。短信发送费用按实际用量另行结算，不计入合同总金额。

三、付款方式
（一）实施费在全部门店上线验收合格后十五个工作日内一次性支付。
（二）服务费按季度结算，每季度结束后十五个工作日内，甲方根据乙方提交的服务报告及发票支付当季服务费。
（三）本合同不设预付款。
（四）乙方应在收款前向甲方开具增值税专用发票。因乙方发票不合格导致付款延迟的，甲方不承担逾期付款责任。服务期内门店数量发生增减的，双方按季度核对门店清单，并据此结算当季服务费。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店的配置、培训和上线。上线可分批进行，每批不少于十家门店。
（二）上线验收标准：
1. 各门店扫码点餐、收银、退款、日结流程全部跑通，连续七个营业日订单数据与收款数据核对一致；
2. 既有会员数据迁移完整，抽查五百条会员的余额、积分与原系统一致；
3. 小程序定制页面及财务接口符合甲方确认的需求说明；
4. 午市高峰期单店并发下单时页面响应时间不超过两秒。
（三）甲方在收到乙方验收申请后五个工作日内组织验收并出具书面意见。门店试营业或甲方付款，不视为验收合格。验收不合格的，乙方应在五日内整改并重新申请验收。
（四）培训要求：乙方应为每家门店的店长和收银员提供现场培训，并为甲方总部运营、财务人员提供后台操作培训；乙方应提供操作手册和培训视频，供甲方新员工日常学习使用。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%。可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数，以百分比表示。经甲方同意的计划维护不计入不可用时间，计划维护应安排在凌晨零点至六点之间。
（二）故障分级及响应：
1. 一级故障（三家以上门店无法点餐或收银）：三十分钟内响应，两小时内恢复；
2. 二级故障（单店无法点餐或会员功能异常）：一小时内响应，八小时内恢复；
3. 三级故障（报表、营销等非核心功能异常）：一个工作日内解决。
（三）当月可用率低于承诺值的，每低0.1个百分点，减免当月服务费的5%，累计减免以当月服务费为限；一级故障恢复每超时一小时，乙方另向甲方支付1,000元。

（四）乙方应在每季度结束后五个工作日内向甲方提交服务报告，内容包括可用率统计、故障清单及处理情况、会员及订单数据量和下一季度优化建议。
（五）乙方应提供每日八点至二十二点的电话及在线客服，并指定一名客户经理负责日常沟通；节假日营业高峰前，乙方应安排专人值守。

六、知识产权
（一）乙方云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的小程序页面、财务接口程序及相关文档归甲方所有，乙方应在验收时交付源代码，甲方可自行或委托他人修改使用。

七、数据安全与数据归属
（一）甲方的门店经营数据、订单数据及会员个人信息均属于甲方。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供，也不得以匿名化、汇总等方式另作他用。
（二）乙方应按照《个人信息保护法》《数据安全法》的要求，对会员个人信息加密存储、按岗位最小授权访问并完整记录访问日志；云平台应通过网络安全等级保护二级测评。
（三）发生数据泄露或丢失的，乙方应在两小时内通知甲方，配合甲方向主管部门报告并通知受影响会员；因乙方原因造成的损失及罚款，由乙方全额承担。
（四）合同终止后十五日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（五）乙方应每日对甲方数据进行备份，备份数据保存于中国境内，保留期不少于九十日。

八、保密
乙方应对参与本项目的员工进行保密教育并签署保密承诺。双方对合作中知悉的对方商业秘密、菜品配方、经营数据和价格信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内继续有效。

九、续期
本合同期满前三十日，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权根据市场及成本情况调整服务费单价，调整幅度不超过上一服务年度单价的8%，并于续期生效前通知甲方。

十、违约责任
（一）乙方未按第四条约定时间完成上线的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）任何一方违约给对方造成损失的，应赔偿实际损失。

十一、甲方义务
（一）甲方应指定项目联系人，按乙方实施计划提供门店资料、菜品及价格信息、既有会员数据，并安排门店人员参加培训。
（二）甲方负责门店网络及收银设备的日常维护，保证其符合乙方书面提出的最低配置要求。
（三）甲方应妥善保管后台管理账号及密码，因甲方自身管理原因导致账号泄露造成的损失由甲方承担。

十二、分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

十三、合同解除
乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并按实际服务天数结算服务费。

十四、不可抗力
因地震、火灾、重大公共卫生事件、电信骨干网络中断等不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，该期间不计入不可用时间，也不计收对应门店的服务费。不可抗力持续超过二十日的，任何一方可书面解除本合同，甲方按实际服务天数结算服务费。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方住所地人民法院起诉。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

SRC["z04"] = """
群众艺术馆活动报名与场馆预约系统运维服务合同

项目编号：QYG-YW-2025-006
甲方：某市群众艺术馆
乙方：某市文澜数字科技有限公司

为保障甲方"活动报名与场馆预约系统"（以下简称"系统"）稳定运行，甲方委托乙方提供年度运维服务。双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

第一条 服务范围
（一）运维对象：系统的公众端（微信公众号、小程序及网站）、管理后台、短信通知服务、场馆门禁对接接口及所在的四台应用服务器、两台数据库服务器。
（二）服务内容：
1. 日常监测：对系统运行状态、服务器资源、数据库及接口进行全天候监测；
2. 故障处理：对系统故障进行排查、修复和恢复；
3. 数据维护：每日增量备份、每周全量备份，每季度进行一次恢复演练；
4. 功能优化：根据甲方需求进行小型功能调整，全年累计不超过六十人日；
5. 活动保障：在春节文化季、全民艺术普及月等大型活动报名开放期间安排专人现场值守；
6. 巡检与报告：每月进行一次全面巡检，提交月度运维报告。
（三）乙方派驻一名运维工程师在甲方现场办公（工作日九点至十七点半），其余时间由乙方远程值守。
（四）功能优化需求由甲方以工单形式提出，乙方应在三个工作日内评估工作量和完成时间，经甲方确认后实施。优化内容上线前，乙方应在测试环境完成测试，并提交变更说明和回退方案；上线时间应避开活动报名开放时段。
（五）乙方应每月对系统访问量、报名及预约数据量、服务器资源使用情况进行统计分析，在月度运维报告中提出容量及性能优化建议，供甲方决策参考。

第二条 服务期限
服务期自2025年4月1日起至2026年3月31日止。服务期满，本合同终止；甲方如需继续采购，应另行履行采购程序并签订新合同。

第三条 合同价款与支付
（一）合同总价为人民币396,000元（含税），即每月33,000元，包括人员、工具、差旅及备件更换人工等全部费用。
（二）服务费按季度支付。每季度结束后，乙方提交季度服务报告及发票，甲方在考核确认后十五个工作日内支付当季服务费99,000元，考核扣款从当季服务费中扣除。

第四条 服务水平
（一）故障分级：
1. 一级故障：系统整体无法访问，或报名、预约、支付核销等核心功能不可用；
2. 二级故障：部分功能异常或性能明显下降，但核心功能可用；
3. 三级故障：界面显示、报表等一般问题。
（二）响应及解决时限：一级故障，乙方应在6小时内响应并开始处理，当日内恢复；二级故障，8小时内响应，两个工作日内解决；三级故障，五个工作日内解决。
（三）大型活动报名开放当日，乙方应安排工程师提前到岗值守，保证报名通道正常开放。
（四）乙方未在上述时限内响应或解决的，每超时一小时扣减服务费300元；因乙方原因导致大型活动报名中断超过两小时的，每次扣减服务费5,000元。

第五条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括故障响应及时率、备份完成率、巡检报告质量和用户满意度，考核结果作为当季付款依据。
（二）服务期满后，甲方组织年度验收。验收标准为：全年运维记录、巡检报告、备份及恢复演练记录完整；全年未发生因乙方原因导致的数据丢失；所有已提交的功能优化需求已完成并经甲方确认；各季度考核均为合格以上。
（三）验收合格的，甲方出具书面验收意见；验收不合格的，乙方应在十五日内整改。

第六条 数据安全
（一）系统中的群众报名信息、场馆预约记录、身份证号码、手机号码等数据均归甲方所有。乙方仅能为履行运维职责访问上述数据，不得将数据用于其他任何目的，不得向第三方提供。
（二）乙方运维人员须使用甲方分配的个人账号，通过甲方堡垒机登录服务器，禁止共用账号；批量导出数据须事先取得甲方书面同意，并在使用后立即删除。
（三）乙方应落实网络安全等级保护二级的运维要求，及时修补系统漏洞，每季度进行一次漏洞扫描，发现高危漏洞应在三日内完成修复。
（四）发生数据泄露、篡改或丢失时，乙方应在一小时内报告甲方，并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。

第七条 应急预案与交接
（一）乙方应在服务期开始后十五日内，结合系统架构编制应急预案，内容包括服务器宕机、数据库损坏、网络攻击、短信通道中断等情形的处置流程、联系人和恢复步骤，经甲方确认后执行，并每半年组织一次联合演练。
（二）服务期开始时，乙方应与原运维单位完成交接，核对服务器、账号、备份、源代码及文档清单，交接中发现的问题应书面记录并报甲方。
（三）服务期满或合同终止时，乙方应向甲方或甲方指定的新运维单位移交全部账号权限、运维记录、备份介质、脚本及文档，交接期不少于十五日，交接期间乙方应继续保障系统正常运行，不另行收费。

第八条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、功能优化代码及运维文档，其知识产权归甲方所有，乙方应在服务期满时完整移交。

第九条 人员管理
（一）乙方派驻工程师应具有两年以上同类系统运维经验，并经甲方面试确认；乙方更换驻场人员须提前十日书面征得甲方同意，并做好工作交接。
（二）乙方人员应遵守甲方考勤、安全及文明服务规定。驻场人员不能胜任工作的，甲方有权要求乙方在七日内更换。

第十条 甲方义务
（一）甲方为驻场工程师提供办公场所、网络及必要的访问权限。
（二）甲方应指定专人负责与乙方沟通，及时确认功能优化需求和考核结果。
（三）甲方负责服务器硬件及机房环境的保障，硬件故障由甲方联系原厂维修，乙方予以配合。
（四）甲方应及时将场馆开放时间调整、活动计划等信息告知乙方，以便乙方提前做好系统配置和保障安排。大型活动报名开放日期应至少提前七日通知乙方。

第十一条 违约责任
（一）乙方未按约定完成月度巡检、备份或恢复演练的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方派驻人员缺勤的，每缺勤一个工作日扣减服务费800元。
（三）甲方逾期付款的，按应付金额每日万分之二支付违约金。
（四）乙方违约给甲方造成损失的，还应赔偿甲方实际损失。

第十二条 合同的履行与解除
本合同在服务期内持续履行。除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。乙方存在违约行为的，甲方可依照第四条、第十一条扣减服务费、要求乙方支付违约金并限期整改，但不得以此为由解除合同。

第十三条 分包
本合同项下的运维服务须由乙方自行完成，乙方不得将其分包或转包给任何第三方。

第十四条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在十日内提供证明。不可抗力期间，双方互不承担违约责任。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式四份，甲方执三份，乙方执一份，经双方签字盖章后生效。

甲方（盖章）：                乙方（盖章）：
法定代表人或授权代表：        法定代表人或授权代表：
日期：                        日期：
"""

SRC["z05"] = """
# 软件许可及定制开发合同（绳织智造标准合同文本 V4.0）

合同编号：SZZZ-XS-2025-0188

甲方（买方）：某鞋带厂

乙方（卖方）：温州绳织智造软件有限公司

本合同采用乙方标准合同文本。甲方向乙方采购"绳织智造生产追溯系统"软件许可及定制开发服务，双方经协商一致，签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方授予"绳织智造生产追溯系统"V4.0（含编织机数据采集、工单管理、批次追溯、质检四个模块）的永久使用许可，许可站点为甲方一个厂区，并发用户不超过八十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：包头（打头）工序的设备数据采集与张力、温度参数记录，鞋带卷装及成品箱的条码赋码与扫码追溯，与甲方现有财务软件的出入库接口。

1.3 乙方负责系统安装部署、基础数据初始化及甲方操作人员培训。

1.4 系统主要功能：编织机转速、锭数、断线次数的自动采集；包头工序的胶片温度、压合时间记录；按订单、颜色、长度建立生产批次；从纱线入库到成品装箱的正反向追溯；质检结果录入与不良原因统计；生产日报、月报及客户追溯报告导出。

1.5 本合同所称"上线"，指乙方完成系统部署并书面通知甲方可以开始使用。乙方提供的需求说明、实施计划等文件，经甲方签字后作为本合同附件。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯系统软件许可 | 460,000 |
| 2 | 定制开发（包头工序采集、条码追溯、财务接口） | 380,000 |
| 3 | 安装部署及数据初始化 | 96,000 |
| 4 | 培训 | 24,000 |
| | 合计 | 960,000 |

合同总价为人民币玖拾陆万元整（¥960,000），含税。编织机、包头机加装的采集终端及扫码枪由甲方另行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的60%，即576,000元。乙方收到该款项后开始安排开发及部署工作。

3.2 系统上线运行后十个工作日内，甲方支付剩余款项384,000元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停后续服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十个工作日内完成部署及定制开发，并通知甲方上线。

4.2 系统上线运行后，即视为甲方验收合格。甲方在上线后提出的意见，乙方将在后续版本中酌情优化。

4.3 因甲方未及时提供设备接口、网络条件或业务资料导致延期的，交付期限相应顺延，乙方不承担责任。

4.4 乙方为甲方提供两次集中培训，每次一天，培训对象为甲方车间主任、质检员及系统管理员，培训人数合计不超过二十人。超出部分的培训按每人每日800元另行收费。

4.5 系统运行环境：甲方应自行准备满足乙方配置清单要求的服务器两台、数据库软件及操作系统正版授权，并保证车间无线网络覆盖编织、包头、卷装、包装各工位。因运行环境不符合要求导致的系统异常，不属于乙方维护范围。

## 第五条 免费维护

5.1 乙方自系统上线之日起提供六个月的免费维护，包括缺陷修复和远程技术支持。免费维护不包括新增需求、甲方原因导致的故障及现场服务。

5.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格标准执行。乙方每年可根据人工成本调整价格标准。

## 第六条 技术支持

6.1 乙方提供工作日八点三十分至十七点三十分的电话及远程支持。

6.2 故障分级及响应：一级故障（系统无法使用、生产数据无法采集）2小时内响应；二级故障（部分功能异常）8小时内响应；三级故障（一般咨询）两个工作日内答复。

6.3 乙方未按上述时限响应一级故障的，每超时一小时向甲方支付200元，按月结算。

6.4 需要现场服务的，甲方应承担乙方人员的差旅费用，并按每人每日2,500元支付现场服务费。

## 第七条 知识产权

7.1 本系统及乙方为本项目开发的全部定制功能、接口程序、源代码、数据库结构及相关文档，其知识产权均归乙方所有。

7.2 甲方在合同约定的站点范围内享有非独占、不可转让的使用权，不得对系统及定制功能进行修改、反向工程，也不得交由第三方维护或开发。

7.3 乙方可将本项目中开发的定制功能用于其他客户或纳入标准产品。

## 第八条 数据

8.1 甲方在系统中录入或产生的生产数据归甲方所有。

8.2 甲方同意乙方在对生产数据进行脱敏处理后，将其用于产品改进、行业分析及算法优化，乙方无须为此另行取得甲方同意或支付费用。

8.3 乙方应采取访问控制、数据加密和操作日志等安全措施保护系统数据；远程维护须经甲方同意。发生数据泄露事件的，乙方应在二十四小时内通知甲方并采取补救措施，因乙方原因造成损失的，由乙方依本合同承担赔偿责任。

## 第九条 保密

双方对在合作中获得的对方技术资料、价格信息及经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十条 违约责任

10.1 因乙方原因延期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且不承担甲方的间接损失、停产损失及利润损失。

## 第十一条 分包

乙方有权根据项目需要，将部分开发、实施或现场服务工作交由其合作伙伴完成，无须征得甲方同意。

## 第十二条 甲方责任

12.1 甲方应指定一名项目负责人，负责需求确认、资料提供和内部协调，并在乙方提交需求说明后三个工作日内书面确认，逾期未确认的视为确认。

12.2 甲方应按乙方要求提供编织机、包头机的通信协议和设备资料。设备厂商不提供协议导致无法采集的，相应采集功能不再交付，合同价款不予调整。

12.3 甲方应妥善保管系统账号，不得将软件复制到许可站点以外使用。

12.4 甲方应安排关键用户参加培训，并在上线后按照乙方操作手册使用系统。因甲方操作不当、擅自修改数据库或安装其他软件造成的故障和数据错误，由甲方自行承担，乙方可协助处理，但应另行收费。

12.5 甲方新增编织机或包头机需接入系统的，按乙方报价另行签订补充协议。

## 第十三条 不可抗力

因不可抗力、政府行为、电力或网络运营商故障等乙方无法控制的原因导致延期或无法履行的，乙方不承担责任。

## 第十四条 合同解除

任何一方严重违反本合同，经守约方书面通知后三十日内仍未纠正的，守约方可以书面通知解除本合同。因甲方原因解除合同的，乙方已收款项不予退还。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 其他

16.1 本合同未尽事宜，以乙方官网发布的《软件产品服务条款》为准。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：

签订日期：
"""

SRC["e01"] = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PGS-CN-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Chengdu Tianfu Surveying and Mapping Co., Ltd., a company incorporated in the People's Republic of China with its office in Chengdu, Sichuan (the "Customer"), and Palpa Geosoft Pvt. Ltd., a company incorporated in Nepal with its registered office at Bank Road, Tansen, Palpa District, Lumbini Province, Nepal (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's terrain and hydrology analysis software and to have it customised, installed and integrated with its survey production systems. The Vendor has agreed to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's HimalTerrain Suite version 6, comprising the terrain modelling, watershed delineation, slope stability and map production modules, in object code, with its user documentation.
P:1.2 "Custom Deliverables" means everything the Vendor develops specifically for the Customer under this Agreement, including the survey-data import adapters, the Chinese-standard map sheet templates, the interface to the Customer's project management system, and their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
P:1.4 "Customer Data" means all survey data, imagery, elevation models, project files and other data supplied by the Customer or produced by the Software for the Customer.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive licence to install and use the Software on up to 60 named workstations and two processing servers at the Customer's sites in mainland China, for the Customer's own business and its projects for its clients.
P:2.2 The Vendor shall customise the Software, develop the Custom Deliverables, install the Software on the Customer's servers, migrate the Customer's existing symbol libraries, and train the Customer's staff.
P:2.3 The Vendor shall deliver the Software and Custom Deliverables within 90 days after the signature of this Agreement, following the project plan agreed at the kick-off meeting.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,900,000, inclusive of all taxes and charges, made up as follows: Software licence fee CNY 1,260,000; customisation and Custom Deliverables CNY 410,000; installation, integration and data migration CNY 180,000; training CNY 50,000.
P:3.2 The price is fixed. Travel and accommodation of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within 20 days after signature against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the total price within 30 days after the installation of the Software on the Customer's servers has been completed and confirmed in writing. This confirmation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall notify the Customer when the Software and Custom Deliverables are ready for acceptance testing. The Customer shall start the tests within ten working days after the notice.
P:5.2 The acceptance criteria are: (a) every function listed in the technical specification works as described; (b) the import adapters load the Customer's ten reference survey projects without error and the resulting elevation models match the reference results within 0.08 metres; (c) map sheets produced from the templates pass the Customer's quality inspection; (d) the interface with the project management system exchanges task and status data correctly for 20 consecutive working days; and (e) a 30-day trial operation passes without any Severity 1 fault.
P:5.3 When all criteria are met, the Customer shall sign a Final Acceptance certificate. Installation, training, productive use of the Software or any payment do not amount to acceptance. If the tests fail, the Vendor shall correct the defects within 15 days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with the specification for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects and provide updates and remote support free of charge.
P:6.2 After the warranty period, the Customer may order annual support at a fee of 10% of the Software licence fee per year, that is CNY 126,000 per year. This fee is fixed for the first three years after the warranty period. Annual support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Faults are classified as Severity 1 (the Software cannot be used for production, or data is corrupted), Severity 2 (a major function fails but work can continue) and Severity 3 (any other fault or a question).
P:7.2 The Vendor shall respond to a Severity 1 fault within 1 hour, 24 hours a day, and restore service or provide a workaround within 8 hours; to a Severity 2 fault within 2 working hours with a fix within 3 working days; and to a Severity 3 fault within 2 working days.
P:7.3 For every hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall pay the Customer CNY 800, which the Customer may deduct from any amount due.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain the property of the Vendor or its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables belong to the Customer from creation. The Vendor shall deliver their source code on Final Acceptance, and the Customer may use, modify and license them freely, including through third parties.
P:8.3 The Vendor shall defend the Customer against any claim that the Software or Custom Deliverables infringe a third party's rights and shall bear all resulting costs and damages.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not use it for any other purpose, including the training of models or the improvement of its products.
P:9.2 The Vendor shall perform all work on Customer Data within the Customer's network, through accounts issued by the Customer and remote sessions approved case by case. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the data protection and data export laws of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer of any actual or suspected data security incident within 12 hours, cooperate in its investigation and remediation, and be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including survey results and project information, and shall use it only for this Agreement. This obligation continues for five years after termination.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to deliver within the period in Article 2.3 or fails to reach Final Acceptance within 150 days after signature for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:11.2 Each party's total liability under this Agreement is limited to 200% of the total price, except for liability for infringement, breach of Articles 9 and 10, fraud, wilful misconduct, and death or personal injury, which is not limited.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Customer terminates under Article 13.1, the Vendor shall refund the amounts paid for undelivered work, and the licence granted for paid Software continues.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Nepal.
P:14.2 Any dispute arising from this Agreement shall be settled by arbitration in Kathmandu under the Arbitration Act of Nepal, by three arbitrators. The language of the arbitration is English.
H:Article 15 Customer Responsibilities and Force Majeure
P:15.1 The Customer shall provide the servers, operating systems and database licences listed in the technical specification, network access for the Vendor's approved remote sessions, its reference survey projects, and a project manager with authority to take day-to-day decisions.
P:15.2 Neither party is liable for a failure caused by an event beyond its reasonable control, such as earthquake, flood, epidemic or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than 60 days, either party may terminate this Agreement by written notice.
H:Article 16 General
P:16.1 This Agreement, with its annexes (technical specification, project plan and acceptance test plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two originals in English, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """
# ORDER FORM AND GENERAL TERMS — ShiftLine Workforce Scheduling Service

Order Form No. SL-OF-2025-0093

**Provider:** Karnali Cloud Works Pvt. Ltd., Birendranagar-6, Surkhet, Karnali Province, Nepal ("Provider")

**Customer:** Hangzhou Qiantang Fresh Mart Co., Ltd., Hangzhou, Zhejiang, People's Republic of China ("Customer")

Provider designs and supports the ShiftLine service from its development centre in Birendranagar and hosts it for customers in mainland China through the hosting provider named in the security annex. Customer operates supermarkets in Zhejiang Province and wishes to replace its spreadsheet rostering with a single scheduling service for all its stores.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

Provider will provide its ShiftLine workforce scheduling service, a hosted software service for staff rostering, time and attendance, leave requests and labour-cost forecasting, to Customer's 86 supermarket stores and two distribution centres in Zhejiang Province, for up to 3,200 employee profiles and 260 manager accounts. The service includes the ShiftLine mobile application for employees and the web console for managers and headquarters staff.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date confirmed under A5 and ends on the day before the first anniversary of the Go-Live Date; the second Subscription Year follows immediately. This Order Form expires at the end of the Subscription Term. Any further subscription requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| ShiftLine subscription, Subscription Year 1 | 3,200 profiles, 260 managers | 286,000 |
| ShiftLine subscription, Subscription Year 2 | 3,200 profiles, 260 managers | 286,000 |
| Onboarding (configuration, integrations, data load, training) | one-time | 46,000 |
| **Total Fees** | | **618,000** |

Fees include value-added tax. Additional employee profiles beyond 3,200 are charged at CNY 7 per profile per month and are not part of the Total Fees.

### A4. Invoicing and Payment

(a) The subscription fee of each Subscription Year is invoiced in four equal quarterly instalments of CNY 71,500, each invoiced at the end of the quarter concerned. (b) The onboarding fee is invoiced after Go-Live Acceptance under A5. (c) Customer pays each correct invoice within 30 days of receipt. No amount is payable before the Go-Live Date.

### A5. Onboarding, Go-Live and Acceptance

(a) Provider will configure the service for Customer's store structure, labour rules and shift patterns, build the interfaces with Customer's HR master data system and payroll system, load existing employee records and roster templates, and train 40 key users. (b) The target Go-Live Date is 70 days after signature of this Order Form. (c) Go-Live Acceptance criteria: all 86 stores and both distribution centres can publish rosters; the labour rules configured pass the 60 test cases in the acceptance test plan; the HR and payroll interfaces run without error for 10 consecutive working days; clock-in records reconcile with payroll input for one full pay period; and mobile app login and shift confirmation work on the devices listed in the test plan. (d) Customer will sign a Go-Live Acceptance certificate when all criteria are met. Use of the service in production before that date is not acceptance. (e) If Go-Live Acceptance is delayed beyond the target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer 0.1% of the Total Fees for each day of delay, up to 8% of the Total Fees.

### A6. Contacts and Notices

Provider account manager: Mr. Bikash Rawal, accounts@karnalicloud.example. Customer project manager: Ms. Shen Li, IT Department. Notices under this Agreement must be in writing and sent to these contacts by e-mail with a copy by courier.

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 Provider will make the service available 99.95% of the time in each calendar month, excluding maintenance windows notified at least five days in advance and scheduled between 01:00 and 05:00 China Standard Time.

1.2 Provider will respond to a Severity 1 incident (the service or the mobile application is unavailable to all users, or rosters cannot be published) within 1 hour, at any time, and to a Severity 2 incident (a major function is impaired for some stores) within 3 business hours. Provider will keep Customer informed every two hours until a Severity 1 incident is resolved.

1.3 Provider will report monthly availability and incidents to Customer by the tenth day of the following month.

1.4 No service credits, fee reductions or other compensation apply if Provider does not meet the service levels in this Section 1. Provider's obligation in that case is to use reasonable efforts to restore the service and to provide Customer with an incident report.

1.5 Support is provided through the support portal, by e-mail and by telephone in Chinese and English. Severity 1 incidents may be reported at any time; other requests are handled between 08:00 and 20:00 China Standard Time on business days. Each request receives a ticket number, and Customer may see the status of all its tickets in the portal.

1.6 Provider will give Customer at least 30 days' notice of any change to the service that removes a feature Customer uses or changes the mobile application's supported devices, and will not make such a change during Customer's peak trading periods notified in advance (the Spring Festival period and the National Day holiday).

### 2. Customer Data

2.1 All data that Customer or its employees enter into the service, including employee personal information, rosters, attendance and payroll inputs ("Customer Data"), belongs to Customer. Provider will process Customer Data only to provide the service under this Agreement and on Customer's documented instructions, and will not use it for any other purpose, including in aggregated or anonymised form.

2.2 Provider will host Customer Data in a data centre in mainland China operated by a cloud provider holding a valid MLPS level-3 record, will encrypt Customer Data in transit and at rest, will restrict access to named support staff using multi-factor authentication, and will log all access.

2.3 Provider will notify Customer of any data security incident affecting Customer Data within 24 hours of discovery, will take immediate steps to contain it, and is responsible for losses, regulatory penalties and notification costs caused by its failure to comply with this Section 2.

2.4 On expiry of the Subscription Term, Provider will return Customer Data in CSV format within 15 days and then delete it, and will confirm the deletion in writing.

### 2A. Customer Responsibilities

Customer will keep its manager accounts secure, use the service in accordance with the documentation and applicable labour laws, provide the HR and payroll interface specifications and test data required for onboarding, and make its key users available for training and acceptance testing on the dates agreed in the project plan. Customer remains responsible for the rosters and pay decisions made with the service.

### 3. Intellectual Property

3.1 Provider retains all rights in the ShiftLine platform and its standard features.

3.2 The labour-rule configurations, report templates and interface code created specifically for Customer belong to Customer. Provider will deliver them in editable form at Go-Live Acceptance, and Customer may use, modify and have third parties maintain them.

### 4. Confidentiality

Each party will keep confidential the other party's non-public business, technical and pricing information, will use it only for this Agreement, and will not disclose it to third parties without prior written consent. This obligation survives for three years after the Agreement ends.

### 5. Subcontractors

Provider may not subcontract any part of the service, including hosting and support, without Customer's prior written consent. The hosting provider named in the security annex is approved by Customer's signature of this Order Form.

### 6. Term and Termination

6.1 This Agreement runs for the Subscription Term stated in A2.

6.2 Neither party may terminate this Agreement before the end of the Subscription Term, except that Provider may suspend or terminate the service if Customer fails to pay an undisputed invoice within 60 days after a written reminder. For any other breach, the parties will seek remedies under Sections 1 and 7 and the service will continue until the end of the Subscription Term.

### 7. Liability

Each party's total liability under this Agreement is limited to 150% of the Total Fees. This limit does not apply to breach of Section 2 or Section 4, wilful misconduct, or death or personal injury. Neither party is liable for indirect or consequential loss.

### 8. Force Majeure

A party is not liable for delay or failure caused by events beyond its reasonable control, provided it gives prompt notice and uses reasonable efforts to resume performance.

### 9. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

**Signed for Provider:** ____________________ **Signed for Customer:** ____________________
"""

SRC["e03"] = """
T:PURCHASE CONTRACT FOR FIELD SENSORS AND MONITORING SOFTWARE
P:Contract No. PE-TEA-2025-114 (Buyer's standard form)
P:Buyer: Pu'er Misty Ridge Tea Plantation Group Co., Ltd., Pu'er, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Kankai AgriSense Pvt. Ltd., Ward No. 4, Damak Municipality, Jhapa District, Koshi Province, Nepal (the "Supplier").
P:The Buyer wishes to monitor soil moisture, microclimate and frost risk across its tea gardens. The Supplier manufactures field sensors and weather stations for tea estates in the eastern Terai and hills and licenses a monitoring platform for them. The parties agree as follows.
H:1. Scope
P:1.1 The Supplier shall supply, install and commission soil sensors, weather stations and LoRa gateways at the Buyer's six tea gardens in Pu'er and Lincang, and shall grant a perpetual licence to its EstateWatch monitoring platform, installed on the Buyer's own servers.
P:1.2 The Supplier shall configure alarms for frost, drought and disease-risk conditions, build an interface to the Buyer's plantation management system, calibrate all sensors on site, and train the Buyer's garden managers and IT staff.
P:1.3 Delivery to site shall take place within 60 days after signature, and installation and commissioning shall be completed within 100 days after signature.
P:1.4 The Supplier is responsible for export from Nepal, import clearance into China, all import licences and certificates, and transport to each garden. Equipment shall be packed for mountain roads and humid storage, and each package shall carry a list of contents in Chinese and English.
P:1.5 The Buyer shall provide access to the gardens, the positions agreed for each station and gateway, space and power for the servers in its Pu'er office, and a coordinator at each garden during installation.
H:2. Price
P:2.1 The Contract Price is CNY 1,780,000, including all taxes, import duties, freight, insurance and installation, as set out in the price table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature sensor, three depths|180|2,600|468,000
TB:2|Automatic weather station with leaf-wetness sensor|24|18,500|444,000
TB:3|LoRa gateway with solar power kit|36|6,000|216,000
TB:4|EstateWatch platform, perpetual licence (unlimited sensors)|1|392,000|392,000
TB:|Hardware and Licence Subtotal|||1,520,000
TB:5|Installation, commissioning and interface|1|214,000|214,000
TB:6|Calibration and training|1|46,000|46,000
TB:|Contract Price|||1,780,000
P:2.2 The Contract Price is fixed for the duration of the Contract. It includes all documentation, tools needed for maintenance by the Buyer's staff, and one set of spare sensors and batteries for each garden as listed in Annex 1. Unit prices in the table also apply to any additional equipment the Buyer orders within two years after Final Acceptance, which shall be supplied on the terms of this Contract.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 days after signature, against an advance payment guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after the Installation Certificate is signed for all six gardens. The Installation Certificate confirms that equipment is installed and powered; it is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:4. Acceptance
P:4.1 After commissioning, the system shall run for a trial period of 30 consecutive days.
P:4.2 The acceptance criteria are: (a) all equipment matches the specifications in Annex 1; (b) at least 98% of scheduled sensor readings from each garden reach the platform during the trial period; (c) soil moisture readings agree with laboratory gravimetric samples within ±3 percentage points at 20 sampled points; (d) frost and drought alarms are raised within 10 minutes of the test conditions set in Annex 2; (e) the interface with the plantation management system transfers daily readings without error for 15 consecutive days; and (f) no Priority 1 fault occurs in the last 15 days of the trial period.
P:4.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate. Delivery, installation, use of the system or any payment does not constitute acceptance. Failed tests shall be repeated after correction at the Supplier's cost.
H:5. Warranty and Post-Warranty Support
P:5.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty equipment free of charge, including parts, labour and freight, and shall provide software corrections and new versions of the platform without charge.
P:5.2 After the warranty period, the Buyer may order annual support for the equipment and platform at 8% of the Hardware and Licence Subtotal per year, that is CNY 121,600 per year. This amount is fixed for the first two years after the warranty period. Support is ordered by a separate purchase order each year and does not renew automatically.
P:5.3 The Supplier shall keep spare parts for the supplied equipment available for at least seven years after Final Acceptance.
P:5.4 Training shall cover installation checks, cleaning and replacement of sensors, reading of alarms, use of the dashboards and basic administration of the platform. The Supplier shall train at least 30 garden staff on site and six IT staff at the Buyer's office, and shall provide manuals in Chinese.
H:6. Service Levels
P:6.1 The platform shall be available at least 99.95% of each calendar month, excluding planned maintenance agreed in advance with the Buyer.
P:6.2 Faults are classified as Priority 1 (the platform is down, or more than one garden sends no data), Priority 2 (one garden or one station sends no data) and Priority 3 (individual sensors or non-critical functions).
P:6.3 The Supplier shall respond to a Priority 1 fault within 1 hour and restore service within 8 hours by remote action, or within 48 hours where a site visit is needed; Priority 2 faults shall be answered within 2 hours and fixed within 3 days; Priority 3 faults within 5 working days.
P:6.4 For every hour of delay beyond a Priority 1 response or restoration time, the Supplier shall pay CNY 600, and for each 0.01 percentage point of monthly availability below the commitment, CNY 1,000. The Buyer may deduct these amounts from any payment due.
H:7. Intellectual Property
P:7.1 The EstateWatch platform remains the property of the Supplier and is licensed to the Buyer under clause 1.1.
P:7.2 The alarm configurations, garden maps, dashboards and the interface with the plantation management system developed for the Buyer, with their source code and documentation, belong to the Buyer. The Buyer may use, modify and license them freely.
H:8. Data Security and Ownership
P:8.1 All sensor readings, weather data, garden maps and other data collected or produced under this Contract belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose, in identifiable, aggregated or anonymised form.
P:8.2 The platform shall run on the Buyer's servers in mainland China. The Supplier shall access it only through accounts issued by the Buyer, with remote sessions approved in advance and logged. Gateways shall encrypt data in transit.
P:8.3 The Supplier shall report any data security incident within 12 hours, take immediate remedial action and be liable for losses caused by its breach of this clause.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's yield, cultivation and sales information, and shall not disclose it to any third party without prior written consent, during the Contract and for five years after it ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation and commissioning within the period in clause 1.3, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for liability for breach of clauses 8 and 9, infringement, wilful misconduct and personal injury, which is not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. Local installation crews approved in writing by the Buyer remain the Supplier's responsibility.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for equipment or services not accepted and compensate the Buyer's direct losses.
H:13. Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as earthquake, landslide, flood, epidemic or closure of the border crossing, provided it notifies the other party within five days and takes reasonable steps to limit the delay. Periods of force majeure extend the delivery and installation dates accordingly.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
P:Annex 1: Equipment specifications. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """
# MANAGED IT SERVICES AGREEMENT

Agreement No. SFM-MS-2025-021

**Customer:** Foshan Shunde Lianhua Kitchen Appliances Co., Ltd., Foshan, Guangdong, People's Republic of China ("Customer").

**Provider:** Seti River Technology Services Pvt. Ltd., Dhangadhi Sub-Metropolitan City, Kailali District, Sudurpashchim Province, Nepal, acting through its support centre and its resident engineers in Foshan ("Provider").

Customer wishes to outsource the day-to-day operation of its end-user IT environment and office network to Provider. The parties therefore agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Service Commencement certificate under Section 4.

1.3 "Monthly Charge" means the fixed monthly charge set out in Schedule 2.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider or its personnel can access when performing the Services.

## Section 2. Services

2.1 Provider shall provide the Services for Customer's head office, factory offices and two sales offices, covering approximately 1,150 users, 1,300 laptops and desktops, 240 printers and scanners, and the local and wireless networks at these sites.

2.2 Provider shall perform the Services with qualified staff, following the procedures agreed in the service manual, and shall keep two resident engineers at the Foshan head office during business hours.

2.3 Provider shall provide monthly service reports and attend a monthly service review with Customer's IT manager, and a quarterly review with Customer's management.

## Section 3. Term

The Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term"). The Agreement ends at the end of the Service Term unless the parties agree in writing to extend it; there is no automatic renewal.

## Section 4. Transition and Service Commencement

4.1 Provider shall complete the transition described in Schedule 1, Part B, within 75 days after signature.

4.2 Service Commencement criteria: all assets are recorded in the asset register with owner and location; the service desk tools are configured and tested with 50 test tickets; the monitoring of all network devices is active; all knowledge articles listed in Schedule 1 are approved by Customer; and a two-week parallel run with Customer's in-house team has been completed without a Priority 1 incident handled late.

4.3 When the criteria are met, Customer shall sign the Service Commencement certificate. Provision of services during the parallel run, or any payment, is not acceptance.

4.4 If the Service Commencement Date is later than 75 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total charges for the Service Term are CNY 2,180,000.

5.2 The transition charge is invoiced after the Service Commencement certificate is signed. The Monthly Charge is invoiced at the end of each month of service. Customer pays each correct invoice within 30 days. No advance payment is due.

5.3 The Monthly Charge covers the volumes stated in Schedule 2. Changes in volume of more than 10% are priced at the unit rates in Schedule 2 by a written change order.

## Section 6. Service Levels

6.1 Provider shall meet the service levels in Schedule 3 and measure them with the service desk tool, to which Customer has read access.

6.2 If a service level is missed, the service credit in Schedule 3 applies and is deducted from the next invoice. Service credits do not limit Customer's other rights.

## Section 6A. Customer Responsibilities

Customer shall provide office space, desks, network connections and parking for the resident engineers; accounts and access rights to its systems as reasonably needed for the Services; timely decisions on change requests; and the contact details of its hardware and software vendors. Customer shall inform Provider at least 30 days in advance of office moves, large roll-outs or acquisitions that may change the volumes in Schedule 2. Provider is not responsible for a missed service level to the extent it is caused by Customer's failure to meet these responsibilities or by the failure of a vendor whose contract is held by Customer.

## Section 6B. Change Control

Either party may propose a change to the Services in writing. Provider shall give a written impact assessment, with any change to the charges calculated from the unit rates in Schedule 2, within ten business days. No change is binding until both parties sign a change order.

## Section 7. Customer Data

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 On expiry or termination, Provider shall return all Customer Data and documentation in its possession.

## Section 8. Intellectual Property

8.1 Provider keeps its tools, methods and know-how that existed before this Agreement.

8.2 Run-books, scripts, configurations, knowledge articles and reports created for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider.

## Section 9. Confidentiality

Each party shall keep confidential the other party's non-public information that it receives under this Agreement, including Customer's product plans, supplier lists and prices, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the Agreement ends.

## Section 10. Personnel and Subcontracting

10.1 Provider shall assign a service manager and the resident engineers named in the service manual and shall not replace them without reasonable notice and a suitable successor acceptable to Customer.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor.

## Section 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement is limited to the Monthly Charges paid or payable for the nine months preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit or indirect loss.

## Section 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Provider misses the same service level in three consecutive months.

12.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days, including handover of all records, run-books and open tickets to Customer or a successor provider, at the unit rates in Schedule 2.

## Section 12A. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to continue the Services. Monthly Charges are reduced in proportion to Services not provided during such an event.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Schedule 1 — Services

| Part | Service | Description |
|---|---|---|
| A1 | Service desk | Chinese and English service desk by phone, portal and chat, 07:30–20:30 on business days, on-call outside these hours for Priority 1 |
| A2 | Desktop support | Installation, moves, repairs, imaging, software deployment and patching for laptops and desktops |
| A3 | Print management | Break-fix coordination with printer vendors, toner supply management |
| A4 | Network operations | Monitoring of switches, firewalls and wireless access points; configuration changes by change request |
| A5 | Asset management | Asset register, lifecycle tracking, disposal coordination |
| B | Transition | Knowledge transfer from Customer's in-house team, tool set-up, asset baseline, parallel run |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time | 92,000 |
| Monthly Charge | 58,000 per month × 36 months | 2,088,000 |
| Total charges for the Service Term | | 2,180,000 |
| Additional user above volume | per user per month | 46 |
| Additional on-site engineer day | per day | 1,600 |

## Schedule 3 — Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (site or head-office network down, or more than 50 users affected): response | 15 minutes | 3% of the Monthly Charge per incident |
| Priority 1 incident: resolution | 6 hours | 5% of the Monthly Charge per incident |
| Priority 2 incident (one department or a key user affected): response | 1 hour | 1% of the Monthly Charge per month missed |
| Service desk calls answered within 60 seconds | 85% per month | 2% of the Monthly Charge |
| First-contact resolution | 70% per month | 1% of the Monthly Charge |
| Customer satisfaction score | 4.2 of 5 or higher | 1% of the Monthly Charge |

Total service credits in any month are capped at 20% of the Monthly Charge.
"""

SRC["e05"] = """
DATA SUBSCRIPTION AGREEMENT
HYDRO-METEOROLOGICAL DATA AND API SERVICE

Agreement No. GHD-2025-CN-009

BETWEEN
Gandaki Hydromet Data Pvt. Ltd., a company incorporated in Nepal, with its registered office in Gorkha Municipality, Gorkha District, Gandaki Province, Nepal ("Provider"); and
Chengdu Jinsha Hydropower Engineering Consultants Co., Ltd., a company incorporated in the People's Republic of China, with its office in Chengdu, Sichuan ("Customer").

BACKGROUND
Provider operates a network of river gauges, rain gauges and snow stations in the Himalayan catchments and publishes quality-controlled time series and forecasts through an application programming interface. Customer designs and operates hydropower and flood-protection projects and wishes to use these data in its planning and operations tools.

1. DEFINITIONS
1.1 "API" means Provider's data interface described in the API documentation, through which Customer retrieves the Data.
1.2 "Data" means the river discharge, water level, precipitation, snow depth and temperature time series, the derived rating curves and the short-range flow forecasts made available through the API for the catchments listed in Annex A.
1.3 "Subscription Year" means each of the two consecutive periods of one year, the first starting on the Start Date.
1.4 "Start Date" means the date on which Customer confirms Integration Acceptance under clause 5.
1.5 "Customer Data" means the project coordinates, design parameters, query logs and any files Customer uploads to the API or that Provider receives from Customer.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive, non-transferable right, for the two Subscription Years, to access the API and to use the Data for its internal engineering, planning and operations work and in reports to its own clients and to authorities.
2.2 Customer may store the Data retrieved during the subscription and continue to use it after the subscription ends for the projects for which it was retrieved.
2.3 Customer may connect up to 25 named users and three system accounts to the API. Additional accounts are priced in Annex B.
2.4 Customer shall not resell the Data as a data product, publish the raw time series on a public website, or give API credentials to third parties. Customer may share extracts of the Data with its clients, contractors and authorities for a specific project, with an acknowledgement of Provider as the source.
2.5 Customer shall keep its API credentials secure and inform Provider without delay if it suspects that they have been misused, so that Provider can issue new credentials.

3. FEES
3.1 The subscription fee is CNY 264,000 for each Subscription Year, CNY 528,000 for both Subscription Years.
3.2 A one-time integration fee of CNY 18,000 covers the set-up of Customer's accounts, a connector for Customer's hydrological modelling software and a training workshop.
3.3 The total fees under this Agreement are CNY 546,000, including value-added tax. Requests above the monthly request volume in Annex B are charged at the rates in Annex B and are not part of the total fees.

4. INVOICING AND PAYMENT
4.1 The subscription fee is invoiced quarterly in arrears, in eight equal instalments of CNY 66,000.
4.2 The integration fee is invoiced after Integration Acceptance.
4.3 Customer pays each correct invoice within 30 days. Nothing is payable before the Start Date.

5. INTEGRATION AND ACCEPTANCE
5.1 Provider shall deliver the connector and API credentials and run the training workshop within 30 days after signature.
5.2 Integration Acceptance criteria: (a) the connector loads three years of history for all 14 stations listed in Annex A into Customer's modelling software without gaps other than those documented in the station metadata; (b) the values loaded agree with the values returned by the API for a sample of 500 records; (c) forecast files for the next 72 hours are retrieved automatically every six hours for ten consecutive days; and (d) the API documentation in English and the data dictionary are delivered.
5.3 Customer shall confirm Integration Acceptance in writing when the criteria are met. Access to test credentials, or payment, is not acceptance.

6. SERVICE AVAILABILITY AND SUPPORT
6.1 Provider will use commercially reasonable efforts to keep the API available and to publish the Data without undue delay. The API is provided on an "as available" basis. Station outages caused by floods, landslides, snow or power failure in the field are expected and are reported in the station metadata.
6.2 Provider offers support by e-mail on Nepal business days. Provider will answer support requests as its workload permits.
6.3 Provider will announce planned maintenance by e-mail where practicable.

7. DATA QUALITY
7.1 Provider will apply its documented quality-control procedures to the Data and flag estimated or provisional values.
7.2 Provider does not warrant that the Data are complete or free from error, and Customer remains responsible for the engineering decisions it makes with the Data.
7.3 Provider will publish revised values when quality control or a new rating curve changes historical records, and will list every revision in a change log that Customer can retrieve through the API. Customer may ask Provider to explain any revision, and Provider will answer in writing.
7.4 Provider will give Customer at least 60 days' notice before closing or moving any station listed in Annex A, and will propose the nearest replacement station where one exists.
7.5 Provider will keep the station metadata up to date, including the location, elevation, instruments, calibration dates and known gaps of each station, so that Customer can judge the fitness of the Data for each use.

8. CUSTOMER DATA AND SECURITY
8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API service to Customer and shall not use it for any other purpose, including in aggregated, anonymised or derived form, and shall not disclose it to any third party.
8.2 Provider shall keep Customer Data on servers with access restricted to named staff using multi-factor authentication, encrypt it in transit and at rest, keep access logs for at least two years, and delete Customer Data within 30 days after the end of the Agreement, confirming the deletion in writing.
8.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, take immediate steps to contain it, and be liable for the losses caused by its failure to comply with this clause 8.
8.4 Customer shall not send personal information to the API. Where Customer's export of project coordinates requires any filing or assessment under the laws of the People's Republic of China, Customer shall complete it before uploading the coordinates.

9. INTELLECTUAL PROPERTY
9.1 Provider keeps all rights in the API, its station network and the Data, subject to the rights granted in clause 2.
9.2 The connector and any derived datasets or catchment models developed by Provider specifically for Customer under this Agreement belong to Customer, which may use, modify and license them freely.

10. CONFIDENTIALITY
10.1 Each party shall keep confidential the other party's non-public information, including Customer's project locations and designs, and shall use it only for this Agreement.
10.2 This obligation continues for five years after the Agreement ends.

11. SUBCONTRACTING
Provider shall not subcontract the provision of the API or any processing of Customer Data without Customer's prior written consent.

12. TERM, RENEWAL AND TERMINATION
12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.
12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates under this clause, Provider shall refund any fees paid for the period after termination.
12.3 Customer may also terminate by written notice if the API is unavailable for more than ten consecutive days for reasons other than field station outages.

13. LIABILITY
13.1 Each party's total liability under this Agreement is limited to 150% of the total fees, except for breach of clauses 8 and 10, wilful misconduct, and death or personal injury.
13.2 Neither party is liable for loss of profit, loss of production or indirect loss.

14. FORCE MAJEURE
Neither party is liable for failure or delay caused by events beyond its reasonable control, including earthquakes, floods, landslides, epidemics and interruptions of international telecommunications, provided it gives prompt notice and resumes performance as soon as possible.

15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes that the parties cannot settle by negotiation within 30 days shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing, in English.

16. GENERAL
16.1 This Agreement, with Annex A (catchments and stations) and Annex B (request volumes and additional charges), is the entire agreement between the parties.
16.2 Amendments must be in writing and signed by both parties.
16.3 Notices shall be sent by e-mail to the contact persons named in Annex A, with a copy by courier for any notice of breach or termination. A notice takes effect when received.

Signed for Provider: ____________________     Signed for Customer: ____________________
Date: ____________________                    Date: ____________________
"""



# ---------------------------------------------------------------------------------------------------- design
FILES = {
    "z01": ("h742z01_cotton_reserve_supervision_platform.pdf", "zh"),
    "z02": ("h742z02_bench_factory_mortise_line_retrofit.docx", "zh"),
    "z03": ("h742z03_wonton_chain_ordering_saas.txt", "zh"),
    "z04": ("h742z04_arts_centre_booking_system_om.txt", "zh"),
    "z05": ("h742z05_shoelace_tracking_supplier_template.md", "zh"),
    "e01": ("h742e01_tansen_gis_perpetual_licence.pdf", "en"),
    "e02": ("h742e02_birendranagar_scheduling_saas_order_form.md", "en"),
    "e03": ("h742e03_damak_tea_estate_sensors_monitoring.docx", "en"),
    "e04": ("h742e04_dhangadhi_managed_it_services.md", "en"),
    "e05": ("h742e05_gorkha_hydromet_data_api.txt", "en"),
}

DESIGN = {  # expected rules by design, before any derivation
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}

FORUM_OUTSIDE_MAINLAND = {"e01"}  # Kathmandu arbitration

# price lines: key -> (contract value, [items], licence/hardware subtotal or None)
PRICES = {
    "z01": (1986000, [1120000, 742000, 98000, 26000], 1120000),
    "z02": (1800000, [412000, 386000, 218000, 164000, 400000, 176000, 44000], 1580000),
    "z03": (894000, [340000 * 2, 48000 * 2, 118000], None),
    "z04": (396000, [33000 * 12], None),
    "z05": (960000, [460000, 380000, 96000, 24000], 460000),
    "e01": (1900000, [1260000, 410000, 180000, 50000], 1260000),
    "e02": (618000, [286000 * 2, 46000], None),
    "e03": (1780000, [180 * 2600, 24 * 18500, 36 * 6000, 392000, 214000, 46000], 1520000),
    "e04": (2180000, [58000 * 36, 92000], None),
    "e05": (546000, [264000 * 2, 18000], None),
}


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": own, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": fin, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, ld, deemed, key, capped=None):
    d = {"sla_clause": sla, "ld_stated": ld}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = PRICES[key][0]
    return d


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                          True, False, "PRC", G), X(True, True, False, "z01", True)),
    "z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 29, False,
                          True, True, "PRC", G), X(True, True, False, "z02", True)),
    "z03": ("cloud", T(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True,
                       True, False, "PRC", S), X(True, True, False, "z03")),
    "z04": ("services", T(None, 6, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                          False, False, "PRC", S), X(True, True, False, "z04")),
    "z05": ("software", T(None, 2, True, "supplier", True, False, True, 0.02, 20, 60, False, False, 6, None, False,
                          True, True, "PRC", G), X(True, True, True, "z05", False)),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 10, False, True,
                          False, "Nepal", G), X(True, True, False, "e01", True)),
    "e02": ("cloud", T(99.95, 1, False, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, False,
                       False, False, "PRC", S), X(True, True, False, "e02")),
    "e03": ("hardware", T(99.95, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 8, False, True,
                          False, "PRC", G), X(True, True, False, "e03", True)),
    "e04": ("services", T(None, 0.25, True, "buyer", False, True, True, 2000 / 2180000 * 100, 9 / 36 * 100, None,
                          True, None, None, None, False, True, False, "PRC", S), X(True, True, False, "e04")),
    "e05": ("cloud", T(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                       True, False, "PRC", S), X(False, False, False, "e05")),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
        "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}


def tco(key):
    t = LABELS[key][1]
    value, _, base = PRICES[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not LABELS[key][2].get(
            "post_warranty_fee_capped"):
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * (base or value)
    return value + fees, fees / (value + fees) * 100


def derive(key):
    _, t, x = LABELS[key]
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
        tc = tco(key)
        if tc and tc[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------------------------------------------- threshold scan
NUM = r"(?:%|％|\s*per\s*cent|\s*percent)"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                   # availability 99.9
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时|-hour)", r"(?<![十\d])四\s*个?小时",
    r"four\s*(?:\(4\)\s*)?(?:hours?|-hour)",                      # P1 response 4 h
    r"(?<![\d.])0\.050*\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十\d])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])100(?:\.0+)?\s*" + NUM, r"百分之一?百",                   # cap 100 %
    r"(?<![\d.,])30(?:\.0+)?\s*" + NUM, r"百分之三十(?![一二三四五六七八九点\d])", r"thirty\s*per\s*cent", r"三成",
    r"(?<![\d.,])12\s*(?:months?|个月|-month)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?(?:months?|-month)",
    r"质保期?为?一年", r"one[-\s]*year\s*warranty",
    r"(?<![\d.,])15(?:\.0+)?\s*" + NUM, r"百分之十五(?![点\d])", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?\s*" + NUM, r"百分之四十(?![一二三四五六七八九点\d])", r"forty\s*per\s*cent", r"四成",
]
RX = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "within four hours", "4小时", "四小时内", "四个小时", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "thirty per cent", "12 months", "十二个月",
            "twelve months", "12-month", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty percent",
            "质保期一年", "one-year warranty"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "fourteen hours", "0.055%",
             "150%", "200%", "130%", "0.30%", "115%", "20%", "25 per cent", "120 months", "24个月", "十二月",
             "30 days", "百分之三十五", "百分之十五点五", "1.5%", "140%", "CNY 1,300%"]


def selftest():
    for s in MUST_HIT:
        for v in (s, re.sub(r"\s+", "", s)):
            assert RX.search(v), ("must hit", v)
    for s in MUST_MISS:
        for v in (s, re.sub(r"\s+", "", s)):
            assert not RX.search(v), ("must miss", v, RX.search(v))


def readback(path):
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
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    name, lang = FILES[key]
    cat, t, x = LABELS[key]
    d = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
         "expected_rules": sorted(DESIGN[key])}
    return json.dumps(d, indent=1, ensure_ascii=False)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    targets = {k: (n, n.rsplit(".", 1)[1]) for k, (n, _) in FILES.items() if n.endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, _) in FILES.items():
        if k not in targets:
            (OUT / name).write_text(SRC[k].strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(label_json(k), encoding="utf-8")
    problems = []
    covered = set()
    for k, (name, lang) in FILES.items():
        value, items, _ = PRICES[k]
        assert sum(items) == value, (k, sum(items), value)
        text = readback(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        print(f"{k} {name}: {n} {'chars' if lang == 'zh' else 'words'} {'ok' if ok else 'OUT OF RANGE'}")
        if not ok:
            problems.append((k, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            for m in RX.finditer(variant):
                problems.append((k, "threshold text", variant[max(0, m.start() - 20):m.end() + 20]))
        t = LABELS[k][1]
        for field, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                           ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                           ("post_warranty_fee_pct", 15)):
            if t[field] is not None and abs(t[field] - thr) < 1e-9:
                problems.append((k, "label on threshold", field))
        tc = tco(k)
        if tc:
            print(f"   TCO {tc[0]:,.0f}  share {tc[1]:.2f} %")
            if abs(tc[1] - 40) <= 2:
                problems.append((k, "TCO share near threshold", tc[1]))
        rules = derive(k)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "derived rules differ", rules, sorted(DESIGN[k])))
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        if risk != RISK[k]:
            problems.append((k, "risk", risk))
        covered |= set(rules)
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
