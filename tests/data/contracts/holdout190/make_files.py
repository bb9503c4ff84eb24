"""holdout190 — builds the ten held-out contracts (sources kept here) and their .json labels.

Run with /work/main/.venv/bin/python. The .txt/.md files are written as they are; the two .docx and the two .pdf go
through ../word_pdf.py (real Word tables in the .docx; PDFs with wrap_words=True). The labels are written from the
LABELS table at the end, after every price / payment sum has been asserted and the policy's contract-risk rules have
been re-applied to each label's terms (the result must equal the planned rule list).
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h190z01 — 市教育局 智慧校园一卡通平台 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1, compliant
# ---------------------------------------------------------------------------------------------------------------
H190Z01 = """
T:澄江市智慧校园一卡通平台建设项目政府采购合同
P:合同编号：CJJY-ZFCG-2025-031　　采购项目编号：CJCG2025-G-0117（公开招标）
P:甲方（采购人）：澄江市教育局　　地址：澄江市府前路18号
P:乙方（中标供应商）：江西卡联智能科技有限公司　　地址：南昌市高新区艾溪湖北路69号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、澄清文件及中标通知书均为本合同的组成部分；上述文件与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责建设澄江市智慧校园一卡通平台，覆盖市属及各区县32所中小学，包括市级一卡通管理平台、学校子系统、人脸识别消费终端、门禁及通道闸机、访客登记一体机、服务器及存储的供货、安装、调试和系统集成，以及与甲方学籍管理系统、统一身份认证平台和家校互通平台的接口定制开发、培训和质保期服务。
P:1.2 详细技术要求以招标文件第五章《采购需求》为准，设备清单及部署学校以附件一为准。乙方所供设备应为全新原厂正品，并随货提供合格证、检测报告和原厂质保承诺函。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰柒拾捌万元整（¥2,780,000.00），为含税全包价，包括设备、软件许可、运输、安装、集成、接口开发、培训、质保期服务及税费。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|一卡通平台软件许可（市级平台+32所学校子系统，永久许可）|1套|860,000|860,000
TB:2|人脸识别消费终端|180台|3,200|576,000
TB:3|人脸识别门禁及通道闸机|64通道|6,500|416,000
TB:4|访客登记一体机|32台|4,800|153,600
TB:5|服务器及存储|1套|238,000|238,000
TB:|软硬件小计|||2,243,600
TB:6|接口定制开发（学籍、统一身份认证、家校互通）|1项|314,000|314,000
TB:7|安装调试及系统集成|1项|196,400|196,400
TB:8|培训（管理员、财务及学校操作员）|1项|26,000|26,000
TB:|合计|||2,780,000
P:2.2 合同价款在合同履行期间固定不变，甲方不另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥556,000元。
P:3.2 全部设备到货、安装完毕并通过初验后15个工作日内，甲方支付合同总价的45%，即¥1,251,000元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥973,000元。
P:3.4 乙方每次请款前应向甲方开具等额合规的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后60日内完成全部设备到货，90日内完成安装调试和接口开发并提交初验申请。学校上课期间施工应避开教学时段，并遵守学校安全管理规定。
P:4.2 设备到货由甲方及学校现场签收，签收仅确认数量、型号和外观，不代表质量验收。
P:4.3 乙方应派驻项目经理一名，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验：乙方完成安装调试后，甲方组织初验，内容包括设备型号与数量核对、各学校消费、门禁、访客功能测试，以及与学籍管理系统、统一身份认证平台、家校互通平台的接口联调。
P:5.2 试运行与最终验收：初验合格后系统试运行60日。试运行期间未发生一级故障，且满足下列条件的，甲方组织最终验收：（1）单笔消费交易处理时间不超过1秒；（2）人脸识别通行验证时间不超过1.5秒，识别通过率不低于98%；（3）学籍及身份数据同步差错为零；（4）取得第三方机构出具的网络安全等级保护测评（二级）报告及软件安全测试报告；（5）乙方已提交竣工文档、接口源代码及操作手册。
P:5.3 设备安装、试运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件升级、接口维护和技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%；一级故障（平台整体中断，或一所学校消费、门禁功能全部中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:6.3 乙方未达到6.2约定的，一级故障每迟延一小时扣减¥500元；月可用率每低于约定0.01个百分点，扣减¥1,000元。扣减款项从甲方应付款项中扣除，或由乙方在收到通知后10日内支付。
P:6.4 质保期满后，如甲方需要，双方另行签订维护服务合同。年度维护费不超过软硬件小计的8%，即每年不超过¥179,488元，且在质保期满后三年内不上调。维护合同不自动续期。
H:第七条 知识产权
P:7.1 一卡通平台软件的著作权归乙方，乙方授予甲方及所属学校永久、不可撤销的使用许可，用户数和终端数不受限制。
P:7.2 乙方为本项目定制开发的接口程序、配置、数据转换脚本及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可。
P:7.3 乙方保证所提供的软硬件不侵犯第三方权利，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 数据安全与个人信息保护
P:8.1 平台中的学生、教职工身份信息、人脸特征、消费记录、通行记录等数据归甲方所有，乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《个人信息保护法》《数据安全法》及未成年人个人信息保护的规定。平台部署于澄江市政务云，人脸特征加密存储，终端不留存原始照片；乙方远程维护须经甲方逐次审批，并保存操作日志不少于六个月。
P:8.3 发生数据泄露、篡改或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方及学校工作秘密、网络架构、账号口令等信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装、验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计达到合同总价的10%的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应负责更换并承担由此产生的费用和损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包与转包
P:11.1 乙方不得转包本项目。除投标文件已载明的分包事项外，乙方不得分包；确需分包的，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、承担违约责任。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。附件一：设备清单及部署学校；附件二：采购需求；附件三：乙方服务承诺。
P:甲方（盖章）：澄江市教育局　　乙方（盖章）：江西卡联智能科技有限公司
P:日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h190z02 — 化纤厂 纺丝组件温度在线监测系统 (hardware + post-warranty maintenance), .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H190Z02 = """
T:纺丝组件温度在线监测系统采购合同
P:合同编号：HWHX-SB-2025-0612
P:甲方（买方）：嘉兴恒纬化纤股份有限公司
P:乙方（卖方）：杭州测联传感技术有限公司
P:甲方为提升涤纶长丝车间纺丝组件温度管控水平，向乙方采购纺丝组件温度在线监测系统（以下简称"系统"）。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的与价格
P:（一）乙方为甲方POY三车间和FDY一车间共8条纺丝线、960个纺丝位提供组件温度在线监测系统，包括测温探头、采集网关、边缘计算服务器、监测软件许可，并负责安装调试、与甲方DCS系统对接和培训。
P:（二）价格明细（人民币，含13%增值税）：
P:1. 纺丝组件无线测温探头：960只×380元，计364,800元；
P:2. 采集网关：48台×5,600元，计268,800元；
P:3. 边缘计算服务器：2台×46,000元，计92,000元；
P:4. 温度监测软件许可（永久许可，不限客户端数）：1套，计168,000元；
P:以上软硬件小计：893,600元。
P:5. 安装调试及DCS对接：96,400元；
P:6. 操作及维护培训：10,000元。
P:合同总价：人民币壹佰万元整（¥1,000,000.00）。
P:（三）合同总价为固定价格，已包含货物、运输、保险、安装、调试、对接、培训、质保期服务及税费，甲方不再支付其他费用。
H:二、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即100,000元。
P:（二）全部货物到厂并经甲方签收后10个工作日内，支付合同总价的35%，即350,000元。到货签收仅为数量和外观清点，不代表质量验收。
P:（三）系统通过最终验收后15个工作日内，支付合同总价的50%，即500,000元。
P:（四）余款5%即50,000元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:（五）每次付款前，乙方应开具相应金额的增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同签订后45日内将全部货物运至甲方厂区指定仓库，运输风险由乙方承担。
P:（二）安装须在甲方安排的停机检修窗口内进行，每条纺丝线每次停机不超过8小时。乙方人员应遵守甲方防火、防爆、高温作业及动火审批等安全规定，因乙方人员违规造成的事故由乙方负责。
P:（三）乙方应在货物到厂后30日内完成安装调试并书面提交验收申请。
P:（四）货物包装应适合长途运输和厂内搬运，测温探头应逐只标注序列号和对应纺丝位编号。乙方应随货提供产品合格证、出厂检测报告、防爆及耐高温说明、安装手册和备品备件清单。
P:（五）乙方负责对甲方纺丝、仪表和信息人员进行培训，内容包括系统操作、报警处理、探头更换、网关配置和日常点检，培训不少于3天，并提供中文培训教材。培训后甲方人员应能独立完成日常维护。
H:四、验收
P:（一）验收标准：
P:1. 测温精度：在250℃至300℃范围内与甲方标准热电偶比对，误差不超过±0.5℃；
P:2. 数据刷新周期不超过5秒，月度数据丢包率不超过0.1%；
P:3. 超温、欠温报警能正确推送至DCS和值班人员手机，报警延时不超过10秒；
P:4. 系统连续稳定运行30日，期间无一级故障；
P:5. 乙方已交付安装记录、点位对照表、DCS对接程序及操作维护手册。
P:（二）验收由甲方生产部、设备部和信息部共同进行，乙方派员参加，验收合格后双方签署最终验收报告。安装完成、试运行、甲方使用或支付部分款项，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并再次申请验收；两次验收不合格的，甲方有权解除合同。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障探头、网关和服务器部件，免费升级监测软件。
P:（二）更换的部件自更换之日起重新计算质保期，但不短于原质保期的剩余期限。
P:（三）质保期内同一探头或网关因同一原因故障两次以上的，乙方应免费更换为同型号新品，并分析原因、提交书面报告。
P:（四）乙方保证所供货物为全新、未使用过的原厂产品，符合国家标准和本合同技术参数，且能在纺丝箱体周边温度和粉尘环境下长期稳定工作。
H:六、售后服务与质保期后维保
P:（一）乙方设立全天候服务热线。一级故障（整条纺丝线测温数据中断或报警功能失效）30分钟内响应，2小时内到达现场，6小时内修复；二级故障（单个网关或部分探头故障）2小时内响应，两个工作日内修复。
P:（二）乙方响应或修复每超时一小时，向甲方支付800元，从质量保证金或应付款中扣除。
P:（三）质保期满后，乙方继续提供维保服务。年度维保费按软硬件小计的18%计取，即每年160,848元，包含备件更换、软件升级和每季度一次的现场校准巡检；该价格在质保期满后三年内不变，维保合同逐年签订。
H:七、数据与信息安全
P:（一）系统采集的温度数据、工艺参数、报警记录等生产数据归甲方所有，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:（二）系统部署于甲方工控网，与办公网物理隔离；乙方远程维护须经甲方设备部逐次审批，通过甲方提供的堡垒机进行，并全程记录。
P:（三）乙方人员不得擅自拷贝数据或接入外部存储设备。发生数据泄露、篡改或病毒感染的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方全额赔偿。
H:八、知识产权
P:（一）监测软件著作权归乙方，乙方授予甲方永久、不可转让的使用许可。
P:（二）乙方为甲方开发的DCS对接程序、报警规则配置及报表模板归甲方所有，乙方应交付源程序，甲方有权自行或委托他人修改和使用。
H:九、保密
P:双方对在履行本合同过程中获知的对方技术秘密和商业秘密负有保密义务，特别是甲方的纺丝工艺参数、产能和原料配方信息。保密期限至合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，累计不超过合同总价的5%。
P:（二）因乙方产品质量问题导致甲方纺丝组件损坏或停产的，乙方应赔偿甲方由此遭受的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十一、分包
P:乙方不得将本合同项下的安装工作分包给第三方；确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:十二、合同解除
P:乙方逾期交货超过30日，或系统两次验收不合格，或有其他严重违约行为经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除合同，乙方应退还已收款项并承担违约责任。
H:十三、适用法律和争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交嘉兴仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:十四、不可抗力
P:因地震、洪水、台风、疫情防控措施等不可抗力导致一方不能履行合同的，该方应在不可抗力发生后3日内通知对方，并在15日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
H:十五、通知
P:本合同项下的通知应以书面形式送达合同首页所列地址，或发送至双方指定的项目联系人电子邮箱。任何一方变更联系方式的，应提前5日书面通知对方。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：1. 供货清单及技术参数；2. 点位分布图；3. 售后服务承诺书。
P:甲方（盖章）：嘉兴恒纬化纤股份有限公司　　乙方（盖章）：杭州测联传感技术有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h190z03 — 眼镜连锁 验光配镜 SaaS (three years + 实施), .md, Markdown headings
# ---------------------------------------------------------------------------------------------------------------
H190Z03 = """# 验光配镜门店管理云服务合同

合同编号：MM-IT-2025-027

- 甲方（客户）：成都明眸视光眼镜连锁有限公司，地址：成都市锦江区东大街218号
- 乙方（服务商）：上海镜云软件科技有限公司，地址：上海市闵行区紫星路588号

甲方拟在其120家直营门店及总部使用乙方提供的“镜云”验光配镜门店管理云服务。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方以软件即服务（SaaS）方式向甲方提供“镜云”门店管理系统，功能包括：顾客验光档案、电子处方、配镜订单及加工单、镜片镜架库存、会员积分、收银对账、总部经营报表及移动端查询。

1.2 实施服务：乙方负责将甲方现有门店系统中的顾客档案、处方和会员数据迁移至云服务，完成与甲方金蝶ERP的商品、库存和财务凭证接口对接，并对门店店长、验光师和收银员进行培训。

1.3 订阅期为三年，自双方签署上线验收单之日起计算。

1.4 订阅期内，乙方免费向甲方提供系统版本升级、法规要求的功能调整（如医疗器械经营、验光处方留存相关要求）以及在线帮助中心和操作视频。重大版本升级应提前10日通知甲方，并安排在门店营业时间以外进行。

1.5 甲方应指定总部项目负责人，按时提供门店清单、历史数据和ERP接口资料，并组织门店人员参加培训。甲方负责门店终端设备、网络及打印机的配置，乙方提供配置指引。

## 2. 价格

| 项目 | 计费方式 | 单价（元） | 数量 | 期限 | 金额（元） |
|---|---|---|---|---|---|
| 门店版订阅 | 每店每年 | 2,680 | 120店 | 3年 | 964,800 |
| 总部管理模块订阅 | 每年 | 48,000 | 1 | 3年 | 144,000 |
| 实施服务（数据迁移、ERP对接、培训） | 一次性 | 126,000 | 1 | — | 126,000 |
| 合计 | | | | | 1,234,800 |

2.1 合同总金额为人民币壹佰贰拾叁万肆仟捌佰元整（¥1,234,800），含6%增值税。订阅期内新增门店按门店版单价按月折算计费。

## 3. 付款

3.1 本合同不设预付款。

3.2 实施费126,000元在上线验收合格后15个工作日内一次性支付。

3.3 订阅费按季度后付，每季度92,400元，甲方在每个服务季度结束后收到发票之日起15个工作日内支付。

3.4 乙方开具增值税专用发票。依第5.4条产生的服务补偿，从当季订阅费中直接扣减。

## 4. 实施与上线验收

4.1 乙方应在合同签订后50日内完成数据迁移、ERP接口对接和门店培训，并提交上线验收申请。

4.2 上线验收标准：（1）迁移的顾客档案、处方及会员数据经甲方抽查核对一致，差错率为零；（2）任选10家门店完成验光建档、开单、加工单流转、收银和退换货全流程测试；（3）ERP接口连续5个工作日商品、库存及凭证同步无差错；（4）处方单、加工单打印格式符合甲方要求。

4.3 账号开通或门店试用不视为验收合格。验收合格后双方签署上线验收单。

## 5. 服务水平

5.1 乙方承诺云服务月可用率不低于99.5%（计划内维护除外，计划内维护应安排在22:00至次日7:00并提前3日通知）。

5.2 故障响应：一级故障（全部或多数门店无法开单、收银）30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，一个工作日内解决；三级问题（咨询或优化建议）一个工作日内答复。

5.3 乙方应每月向甲方提供服务报告，列明当月可用率、故障记录、处理时长和改进措施。

5.4 服务补偿：月可用率每低于承诺值0.1个百分点，抵扣当季订阅费的2%；一级故障超过恢复时限的，每超时一小时抵扣500元。当季抵扣总额不超过当季订阅费的20%。

## 6. 数据权属与数据安全

6.1 甲方在云服务中录入或产生的顾客信息、验光数据、处方、订单及经营数据（“客户数据”）归甲方所有。乙方应按甲方指示处理客户数据，合同终止后30日内向甲方完整返还并删除。

6.2 乙方应依照《个人信息保护法》《数据安全法》，将客户数据存储于中国境内的阿里云华东节点，采取加密存储、传输加密、分级授权和操作审计措施，系统已通过网络安全等级保护三级测评。验光和处方数据涉及未成年人的，应按敏感个人信息加强保护。

6.3 在不识别具体个人的前提下，乙方有权将去标识化后的验光、处方统计数据用于产品改进、行业视力健康分析报告及算法训练，该项权利在本合同终止后继续有效。

6.4 发生客户数据泄露、毁损或丢失的，乙方应在8小时内书面通知甲方，立即采取补救措施并配合甲方向监管部门报告；因乙方原因造成的，乙方承担全部赔偿责任。

## 7. 知识产权

7.1 “镜云”系统及其升级版本的知识产权归乙方。乙方保证其提供的云服务不侵犯任何第三方的知识产权，如因此引起纠纷，由乙方负责处理并承担全部费用。

7.2 乙方为甲方定制开发的报表、ERP接口程序和打印模板归甲方所有，乙方应在验收时交付相应源程序和说明文档，甲方可自行修改使用或交由第三方维护。

## 8. 保密

双方对在合作中获知的对方商业秘密及经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内继续有效。

## 9. 违约责任与责任限额

9.1 乙方未按4.1约定时间提交上线验收申请的，每逾期一日向甲方支付违约金800元。

9.2 乙方违反第6条导致客户数据泄露的，应赔偿甲方因此遭受的全部损失，包括对顾客的赔偿和行政罚款。

9.3 除第9.2条及故意或重大过失外，乙方在本合同项下的累计赔偿责任以合同总金额的150%为限。

## 10. 分包

乙方不得将本合同项下的服务分包给第三方。云基础设施由阿里云提供，甲方签署本合同即视为同意；除此之外的任何分包须事先取得甲方书面同意。

## 11. 续期与终止

11.1 订阅期满前30日，任何一方未书面提出不续约的，本合同自动续期一年，可多次续期；续期时乙方有权根据市场情况调整订阅单价，但调整幅度不超过上一期单价的8%。

11.2 任何一方严重违约，经对方书面通知后15日内未予纠正的，守约方有权书面解除本合同。

11.3 合同终止或到期时，乙方应提供不少于30日的数据导出期，以通用格式导出全部客户数据，协助甲方完成数据迁移，导出期内不另行收费。数据导出完成并经甲方确认后，乙方应删除其系统中的客户数据及备份，并出具书面删除说明。

## 12. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交成都仲裁委员会仲裁。

## 13. 不可抗力

因自然灾害、公共卫生事件、政府行为或基础电信运营商大面积故障等不可抗力导致本合同不能履行的，受影响方应及时通知对方并提供证明，双方协商延期履行或解除合同。乙方应在不可抗力影响消除后立即恢复服务。

## 14. 通知

本合同项下的通知以书面形式送达双方在合同首页所列地址，或发送至双方指定的联系人电子邮箱，以发出后次日视为送达。

## 15. 其他

本合同未尽事宜，双方可另行签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都明眸视光眼镜连锁有限公司　　　乙方（盖章）：上海镜云软件科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h190z04 — 县司法局 公共法律服务平台 annual O&M (政府采购 询价), .txt, 第X章 / 第X条 / （一）
# ---------------------------------------------------------------------------------------------------------------
H190Z04 = """青溪县公共法律服务平台年度运维服务合同

合同编号：QXSF-ZFCG-2025-009
采购方式：询价（项目编号：QXCG2025-F-0042）

甲方（采购人）：青溪县司法局
乙方（成交供应商）：河北法信数智科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目询价通知书和乙方响应文件，甲乙双方就青溪县公共法律服务平台运维服务事宜，订立本合同。

第一章 总则

第一条 服务对象
青溪县公共法律服务平台，包括县公共法律服务中心管理系统、14个乡镇公共法律服务工作站终端、村（居）法律顾问微信小程序、12348法律服务热线接入系统、视频远程调解及远程公证终端，以及上述系统运行所依赖的服务器、存储、网络和安全设备。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自行终止，不自动续期；甲方如需继续采购，应依法另行组织采购。服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的后续服务商完整移交运维文档、配置清单、账号口令及未办结事项，并配合交接不少于15日。

第二章 服务内容与服务标准

第三条 服务内容
（一）驻场运维：乙方派驻一名具有三年以上经验的工程师，每周在甲方驻场三个工作日，负责日常监控、用户支持和故障处理。
（二）远程技术支持及巡检：工作日8:30至17:30提供远程支持；每月对平台、服务器及网络设备巡检一次，次月5日前提交巡检报告。
（三）安全加固及漏洞修复：每季度开展一次漏洞扫描和安全加固，高危漏洞在发现后7日内修复，并配合甲方完成网络安全等级保护测评整改。
（四）终端维护：负责12348热线接入系统、视频调解及远程公证终端的维护和配置。
（五）数据备份：每日增量备份、每周全量备份，每半年组织一次数据恢复演练。
（六）重要时段保障：在全国“两会”、国家宪法日、春节等重要时段及甲方举办的大型普法活动期间，乙方应安排工程师全程驻场值守，并提前制定保障方案。
（七）运维台账：乙方应建立运维工作台账，如实记录故障、变更、巡检和账号权限调整情况，每月随巡检报告提交甲方。
（八）甲方配合：甲方应为乙方驻场人员提供必要的办公场所和网络条件，及时提供系统账号和相关资料，并指定专人负责对接和确认服务工作。

第四条 服务水平
（一）一级故障（平台整体不可用，或12348热线接入中断）：乙方在接报后6小时内响应并到场处置，12小时内恢复；
（二）二级故障（部分功能或部分乡镇站点不可用）：接报后次日内响应，三个工作日内解决；
（三）三级问题（咨询、账号和权限调整）：两个工作日内办结。
（四）乙方未在上述时限内响应或恢复的，每超时一小时扣减服务费300元，在年度考核时一并结算。

第五条 服务考核与验收
（一）甲方于服务期满半年时进行中期考核，服务期满后进行年度考核验收。
（二）年度考核验收标准：1. 各级故障按时响应和处置的比例不低于95%；2. 巡检报告、漏洞扫描报告按时提交且齐全；3. 高危漏洞均已按期修复；4. 数据恢复演练成功，恢复后数据完整可用；5. 运维文档、配置清单和账号清单已完整移交。
（三）考核不合格的，乙方应在15日内整改，整改后仍不合格的，甲方可按本合同第十三条处理。

第三章 合同价款与支付

第六条 合同价款
本合同总价为人民币叁拾陆万捌仟元整（¥368,000.00），为固定总价，包含人工、差旅、工具、备品备件及税费。明细如下：
（一）驻场运维服务：186,000元；
（二）远程技术支持及月度巡检：64,000元；
（三）安全加固、漏洞修复及等保整改配合：52,000元；
（四）12348热线及视频调解、远程公证终端维护：38,000元；
（五）数据备份及恢复演练：28,000元。

第七条 支付方式
（一）合同签订后10个工作日内，甲方支付合同总价的45%作为预付款，即165,600元；
（二）中期考核合格后10个工作日内，支付合同总价的20%，即73,600元；
（三）年度考核验收合格后10个工作日内，支付合同总价的35%，即128,800元，并结算第四条第（四）项的扣减金额。
乙方应在每次付款前开具合规发票。

第四章 数据安全与保密

第八条 数据安全
（一）平台中的法律援助申请人信息、人民调解卷宗、公证申请材料、热线录音等数据归甲方所有。乙方仅能为履行运维服务接触上述数据，不得复制、留存、用于其他目的或向第三方提供。
（二）乙方运维操作须通过甲方堡垒机进行，账号实名、权限最小化，高风险操作须经甲方事先批准；乙方人员不得使用个人设备连接平台网络。
（三）发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在2小时内报告甲方，立即采取处置措施并配合调查；因乙方原因造成的，乙方承担全部赔偿责任和法律责任。

第九条 保密
乙方及其人员对在服务过程中知悉的案件信息、当事人个人信息、网络拓扑及口令等负有保密义务，不得以任何方式泄露。乙方驻场人员应签署保密承诺书。保密义务在合同终止后继续有效。

第五章 知识产权、人员与分包

第十条 知识产权
乙方在服务过程中形成的运维文档、巡检报告、配置脚本和应急预案归甲方所有，甲方可自由使用、修改和提供给后续服务商。

第十一条 人员与分包
（一）乙方驻场工程师更换须提前10日书面通知甲方并经甲方同意。
（二）乙方不得将本合同项下的服务转包或分包给任何第三方。
（三）乙方人员应遵守甲方的工作制度和保密规定，进入机房须登记。乙方人员不能胜任工作或违反甲方管理规定的，甲方有权要求乙方在5个工作日内更换。

第六章 违约责任与合同解除

第十二条 违约责任
（一）乙方未按第三条约定的时间提交巡检报告、完成安全加固或漏洞修复的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第八条、第九条约定的，应承担全部赔偿责任，甲方有权解除合同。
（三）甲方无正当理由逾期付款的，应按逾期金额每日万分之三向乙方支付违约金。

第十三条 合同解除
乙方严重违约，或考核不合格经整改后仍不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用，乙方应退还多收款项并承担违约责任。

第七章 争议解决与附则

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 不可抗力
因自然灾害、重大公共卫生事件等不可抗力致使本合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商延期履行、部分履行或解除合同。

第十六条 附则
本合同一式五份，甲方三份，乙方一份，县财政局政府采购监管部门备案一份，自双方签字盖章之日起生效。询价通知书、乙方响应文件及服务承诺为本合同附件，与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。本合同未尽事宜，双方可签订补充协议，补充协议不得改变政府采购合同的实质性内容。

甲方（盖章）：青溪县司法局　　　　乙方（盖章）：河北法信数智科技有限公司
法定代表人或授权代表：　　　　　　法定代表人或授权代表：
日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h190z05 — 米酒酒厂 MES licence + custom development, supplier's own template, .md, ## 第X条 + X.1, many problems
# ---------------------------------------------------------------------------------------------------------------
H190Z05 = """# 酿智MES制造执行系统软件许可及实施服务合同

> 本合同为武汉酿智工业软件有限公司标准合同文本（NZ-MES-HT V3.0），未经乙方法务部门书面确认，不得修改本文本条款。

合同编号：NZ-2025-HB-0338

- 甲方（用户）：孝感楚乡米酒酿造有限公司
- 乙方（供应商）：武汉酿智工业软件有限公司

甲方拟在其孝感生产基地实施制造执行系统（MES），覆盖浸米、蒸饭、拌曲、糖化、发酵、过滤、灌装及成品入库全流程。双方经友好协商，达成如下条款。

## 第一条 定义

1.1 “标准软件”指乙方享有著作权的酿智MES V5标准产品。

1.2 “定制开发成果”指乙方根据甲方需求开发的功能模块、接口程序、报表、配置及相关文档。

1.3 “上线”指系统部署完成并在甲方生产现场投入使用。

## 第二条 合同内容与价款

2.1 合同内容及价格如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 标准软件许可 | 酿智MES V5，50个并发用户，永久许可 | 580,000 |
| 2 | 定制开发 | 酒曲及米酒配方管理、糖化/发酵罐温控数据采集接口、批次追溯及食品安全报表、用友U8接口 | 460,000 |
| 3 | 实施部署及培训 | 部署、基础数据导入、关键用户及操作工培训 | 120,000 |
| | 合计 | | 1,160,000 |

2.2 合同总价为人民币壹佰壹拾陆万元整（¥1,160,000），含增值税。

2.3 合同总价不包括服务器、网络、工控设备等硬件及操作系统、数据库等第三方软件费用，亦不包括实施范围以外的现场服务及差旅费用。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即580,000元。乙方收到该笔款项后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%，即522,000元。

3.3 系统上线满三个月后10个工作日内，甲方支付剩余5%，即58,000元。

3.4 甲方逾期付款的，乙方有权暂停实施及服务，工期相应顺延，且甲方应按每日千分之一支付逾期付款违约金。

## 第四条 项目实施

4.1 乙方应在收到首付款后120日内完成系统部署并上线。因甲方需求变更、现场条件不具备或设备未到位导致的延误，工期相应顺延。

4.2 甲方应指定项目负责人，及时提供工艺资料、设备接口协议和基础数据，并在3个工作日内确认乙方提交的需求文档。逾期未确认的，视为甲方确认。

4.3 需求文档确认后，甲方提出的需求变更按乙方人天单价（每人天2,800元）另行计费，工期相应顺延。

4.4 甲方负责提供服务器、网络、现场工控机及扫码枪等硬件设备和操作系统、数据库等第三方软件，并保证其满足乙方提出的配置要求。因甲方硬件或第三方软件问题导致的故障，不属于乙方责任范围。

4.5 乙方为甲方提供关键用户培训和操作工培训各一次，培训地点在甲方现场。培训完成后，由甲方自行负责对其新入职人员的培训。

## 第五条 验收

5.1 系统部署完成并上线运行之日，即视为甲方验收合格。

5.2 上线后甲方提出的问题或修改意见，按第七条维护服务处理，不影响验收结论及付款。

## 第六条 免费维护期

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期内的服务：一级故障（系统整体无法登录或生产数据无法采集）乙方在8小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。

6.3 乙方将尽力在合理时间内修复故障，但不因响应或修复超时承担任何扣款、赔偿或违约金。

6.4 下列情况不属于免费维护范围：甲方或第三方修改系统、甲方硬件或网络故障、甲方操作不当、计算机病毒以及不可抗力导致的问题。乙方可应甲方要求处理上述问题，费用另计。

## 第七条 运维服务

7.1 免费维护期满后，甲方应向乙方购买年度运维服务，以保证系统正常运行。

7.2 年度运维服务费按标准软件许可费的35%计取，即每年203,000元，按年预付。

7.3 运维服务内容包括缺陷修复、版本升级、远程支持及每年两次现场巡检，服务响应时间同第6.2条。

## 第八条 知识产权

8.1 标准软件的著作权及其他知识产权归乙方所有。

8.2 定制开发成果（包括其源代码、设计文档及数据模型）的知识产权均归乙方所有。甲方获得非独占、不可转让的使用权，仅限于甲方孝感生产基地内部使用，不得修改、反向工程或提供给第三方。

8.3 乙方有权将定制开发成果用于其他客户或纳入乙方标准产品。

8.4 甲方不得将标准软件转让、出租或用于孝感生产基地以外的工厂；甲方新增工厂或增加用户数的，应按乙方当时的报价另行购买许可。

## 第九条 数据

9.1 甲方在系统中产生的业务数据归甲方所有。

9.2 乙方应采取合理的技术和管理措施保护甲方数据安全，包括访问权限控制、数据加密和操作日志；乙方远程维护须使用甲方分配的账号。发生数据泄露的，乙方应在48小时内通知甲方；因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。

9.3 甲方同意，乙方有权对甲方的生产工艺数据、设备运行数据进行脱敏处理后，用于乙方产品优化、酿造行业知识库建设及算法模型训练。

## 第十条 保密

双方对在合作过程中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 因乙方原因未能按第4.1条约定上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的2%。

11.2 乙方在本合同项下承担的全部责任（包括违约金、赔偿金及其他责任）累计不超过合同总价的20%。

11.3 在任何情况下，乙方均不对甲方的停产损失、利润损失、原料损失或其他间接损失承担责任。

## 第十二条 合同解除

任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。因甲方原因解除合同的，已付款项不予退还。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 不可抗力

因自然灾害、疫情、政府行为、电力或网络中断、第三方软硬件故障等乙方无法控制的原因导致乙方不能按期履行的，乙方不承担违约责任，工期相应顺延。

## 第十五条 通知

双方的通知可通过电子邮件或项目工作群发送，发出即视为送达。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，以乙方需求规格说明书和实施方案为准。

16.3 本合同附件包括：附件一《需求规格说明书》；附件二《实施方案》；附件三《运维服务说明》。附件与本合同正文不一致的，以乙方最新版本的附件为准。

甲方（盖章）：孝感楚乡米酒酿造有限公司　　　乙方（盖章）：武汉酿智工业软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h190e01 — Yangjiang scissors maker, grinding-simulation perpetual licence + configuration + support; Irish vendor;
#           .docx, "Clause N"; only finding: governing law / forum in Ireland
# ---------------------------------------------------------------------------------------------------------------
H190E01 = """
T:Software Licence and Services Agreement
P:Agreement No. IGS-CN-2025-014
P:THIS AGREEMENT is made on the ____ day of __________ 2025
P:BETWEEN:
P:(1) INISHNABRO GRINDING SIMULATION LIMITED, a private company limited by shares incorporated in Ireland (company number 718342), whose registered office is at The Old Schoolhouse, Inishnabro, Blasket Islands, Co. Kerry, Ireland (the "Licensor"); and
P:(2) YANGJIANG JINRUI SCISSORS MANUFACTURING CO., LTD., a company established in the People's Republic of China (unified social credit code 91441702MA4W8K2R3N), whose registered office is at No. 8 Jinxing Road, Yangdong District, Yangjiang, Guangdong (the "Customer").
P:WHEREAS the Customer manufactures household, tailoring and hairdressing scissors and wishes to simulate the grinding of blades before trial production, and the Licensor has developed the GrindSim Pro software for that purpose. NOW IT IS HEREBY AGREED as follows.
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance" means the Customer's written confirmation under Clause 5.3; "Configuration Deliverables" means the blade geometry models, grinding-machine kinematic models, wheel profiles, post-processors and reports prepared by the Licensor for the Customer under Clause 3; "Licensed Software" means GrindSim Pro version 8 and the Wheel and Fixture Library module in object code, with their documentation; "Contract Price" means the total price in Schedule 1; "Warranty Period" has the meaning given in Clause 6.1.
P:1.2 Clause headings do not affect interpretation. References to a Clause or a Schedule are to a clause of, or schedule to, this Agreement. The Schedules form part of this Agreement.
H:Clause 2 Licence
P:2.1 The Licensor grants to the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for its own business at its premises in Yangjiang, for six named users, from the date of delivery.
P:2.2 The Customer may make one back-up copy and may transfer named-user rights between its employees by notice to the Licensor.
P:2.3 The Customer shall not decompile or reverse engineer the Licensed Software except to the extent permitted by applicable law.
H:Clause 3 Configuration Services
P:3.1 The Licensor shall configure the Licensed Software for the Customer's production by: (a) importing the geometry of forty current scissors models from the Customer's CAD files; (b) building kinematic models of the Customer's five CNC blade-grinding machines listed in Schedule 2; (c) setting up the wheel library for the Customer's resin-bond and vitrified wheels; and (d) preparing post-processors and standard reports in English and Chinese.
P:3.2 The Licensor shall deliver the Licensed Software within 20 days of signature and complete the configuration services within 75 days of signature, in accordance with the project plan in Schedule 2.
P:3.3 The Licensor shall provide five days of on-site training in Yangjiang for up to twelve engineers and operators.
H:Clause 4 Price and Payment
P:4.1 The Contract Price is CNY 1,012,000 (one million and twelve thousand yuan), fixed and inclusive of travel, expenses and all taxes payable in the People's Republic of China, as itemised in Schedule 1. At the Customer's request all amounts are stated and paid in CNY.
P:4.2 The Contract Price shall be paid as follows: (a) 20% (CNY 202,400) within 15 days of signature, against the Licensor's invoice; (b) 45% (CNY 455,400) within 15 days after delivery and installation of the Licensed Software on the Customer's workstations; and (c) 35% (CNY 354,200) within 15 days after Acceptance.
P:4.3 Installation and the payment under Clause 4.2(b) do not constitute Acceptance.
H:Schedule 1 Price
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|GrindSim Pro v8 perpetual licence, named user|6|98,000|588,000
TB:2|Wheel and Fixture Library module, perpetual site licence|1|136,000|136,000
TB:|Licence subtotal|||724,000
TB:3|Configuration services (Clause 3.1)|1|226,000|226,000
TB:4|On-site training, five days|1|41,000|41,000
TB:5|Travel and expenses, fixed|1|21,000|21,000
TB:|Contract Price|||1,012,000
H:Clause 5 Acceptance
P:5.1 On completion of the configuration services the Licensor shall run the acceptance tests in Schedule 3 together with the Customer's engineers.
P:5.2 The acceptance criteria are: (a) for ten reference blades chosen by the Customer, the simulated ground profile deviates from the measured profile by no more than 0.02 mm at every checkpoint; (b) the predicted grinding cycle time is within 5% of the measured time on each of the five machines; (c) the post-processors generate programs that run without manual editing on each machine; and (d) the Licensed Software runs for 20 consecutive working days without a Severity 1 fault.
P:5.3 If the criteria are met the Customer shall sign an acceptance certificate within five working days. If they are not met the Licensor shall correct the defects and repeat the tests at its own cost. Use of the Licensed Software in production before the certificate is signed does not constitute Acceptance.
H:Clause 6 Warranty
P:6.1 The Licensor warrants that for eighteen (18) months from Acceptance (the "Warranty Period") the Licensed Software and the Configuration Deliverables will perform materially in accordance with their documentation and the acceptance criteria. During the Warranty Period the Licensor shall correct defects and provide new versions, remote support and the service levels of Clause 7.2 free of charge.
P:6.2 The warranty does not cover faults caused by hardware, operating systems or modifications not made or approved by the Licensor.
H:Clause 7 Support and Service Levels
P:7.1 After the Warranty Period the Customer may purchase annual support. The Annual Support Fee is 11% of the licence subtotal in Schedule 1, namely CNY 79,640 per year, and shall not be increased for the three years following the end of the Warranty Period; any later change shall be agreed in writing and shall not exceed 3% per year. Support is renewed only by the Customer's written order and does not renew automatically.
P:7.2 Severity 1 means that the Licensed Software cannot be started or cannot produce grinding programs for a machine in production. The Licensor shall respond to a Severity 1 fault within one (1) hour, by telephone or remote session, at any time, and shall provide a workaround or fix within two working days. Severity 2 faults shall be answered within eight working hours and fixed in the next maintenance release.
P:7.3 For each hour by which the Licensor exceeds the Severity 1 response time the Customer shall be credited CNY 1,000, and for each working day by which it exceeds the fix time CNY 2,000, deducted from the next payment or the next Annual Support Fee.
H:Clause 8 Intellectual Property
P:8.1 All intellectual property rights in the Licensed Software remain with the Licensor.
P:8.2 All rights in the Configuration Deliverables, which are prepared specifically for the Customer, vest in the Customer on creation. The Licensor shall deliver them in editable form and the Customer may use, modify and license them freely, including to its machine suppliers.
P:8.3 The Licensor shall indemnify the Customer against any claim that the Licensed Software infringes a third party's intellectual property rights.
H:Clause 9 Customer Data and Security
P:9.1 Blade drawings, machine parameters, grinding programs and production data provided by or generated for the Customer ("Customer Data") belong to the Customer. The Licensor shall use Customer Data only to perform this Agreement and shall not retain copies after completion of each task.
P:9.2 The Licensed Software is installed on the Customer's own workstations and does not transmit data to the Licensor. Remote support sessions require the Customer's approval for each session, are started by the Customer, use multi-factor authentication and are recorded. The Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China where applicable.
P:9.3 If the Licensor becomes aware of any unauthorised access to or loss of Customer Data in its hands, it shall notify the Customer within eight hours, take all reasonable steps to contain it, and be liable for the resulting losses.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential all information of the other party that is marked or obviously confidential, including the Customer's product designs and production volumes, and shall use it only for this Agreement. This obligation survives termination for five years.
H:Clause 11 Delay and Liability
P:11.1 If the Licensor fails to complete the configuration services by the date in Clause 3.2 for reasons attributable to it, it shall pay the Customer liquidated damages of CNY 900 for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The total liability of either party under this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to liability for death or personal injury caused by negligence, fraud, breach of Clause 9 or Clause 10, or the indemnity in Clause 8.3.
H:Clause 12 Subcontracting
P:12.1 The Licensor shall not subcontract any of its obligations without the prior written consent of the Customer and remains responsible for the acts of any approved subcontractor.
H:Clause 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach which is not remedied within thirty days of written notice, or if the acceptance tests fail twice. On such termination the Licensor shall refund the amounts paid for the undelivered or unaccepted parts.
P:13.2 Clauses 8, 9, 10 and 11 survive termination.
H:Clause 14 Governing Law and Jurisdiction
P:14.1 This Agreement and any dispute or claim arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:14.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 15 General
P:15.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Any amendment must be in writing and signed by both parties. It is made in English and Chinese; the English version prevails.
P:Schedule 2: Project plan and list of grinding machines. Schedule 3: Acceptance test procedure.
P:SIGNED for and on behalf of the Licensor: ____________________ Director
P:SIGNED for and on behalf of the Customer: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h190e02 — Shaxi old-town inn, reservation SaaS, Order Form + General Terms; German vendor on the Insel Lieps;
#           .txt, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H190E02 = """ORDER FORM No. LHS-2025-0419
for the LiepsStay Cloud Reservation Service

Provider: Lieps Hospitality Software GmbH, Insel Lieps 1, 17237 Prillwitz, Germany, registered in the commercial register of the Local Court (Amtsgericht) of Neubrandenburg under HRB 21987, managing director: Dr. Henrike Vosswinkel ("Provider")

Customer: Dali Shaxi Chamagudao Inn Management Co., Ltd., Sideng Street, Shaxi Town, Jianchuan County, Dali Bai Autonomous Prefecture, Yunnan, People's Republic of China ("Customer")

1. Properties covered: three inns in Shaxi old town (Sideng Courtyard, 18 rooms; Horse Caravan House, 16 rooms; Old Stage Inn, 12 rooms), 46 rooms in total.

2. Services ordered:
   (a) LiepsStay property management system (PMS) with front desk, housekeeping, guest register and invoicing, and the online booking engine for the Customer's website and WeChat mini-programme;
   (b) LiepsStay Channel Manager with connections to Ctrip, Meituan, Fliggy, Booking.com and Airbnb;
   (c) one-time onboarding: system set-up, migration of guest profiles and future bookings from the Customer's previous system, and training.

3. Charges (at the Customer's request stated and invoiced in CNY; all amounts include VAT):
   PMS and booking engine, 3 properties ........ CNY 3,650 per month
   Channel Manager, 5 channels ................. CNY 1,180 per month
   Monthly subscription fee total .............. CNY 4,830 per month
   Initial Term 24 months x CNY 4,830 .......... CNY 115,920
   Set-up and configuration (one-time) ......... CNY 9,800
   Data migration (one-time) ................... CNY 4,600
   Training, remote plus two days on site ...... CNY 2,400
   Total contract value for the Initial Term ... CNY 132,720

4. Initial Term: 24 months from the Go-Live Date under § 4 (3) of the General Terms.

5. Planned Go-Live Date: 45 days after signature of this Order Form.

6. Approved sub-processor: Alibaba Cloud (mainland China region, Shanghai), which hosts the Customer's instance.

7. This Order Form is governed by the General Terms of Lieps Hospitality Software GmbH for Cloud Services (version 2025-03) set out below. In case of conflict, this Order Form prevails.

Signed for the Provider: ______________________   Signed for the Customer: ______________________
Place, date: ______________________               Place, date: ______________________


GENERAL TERMS OF LIEPS HOSPITALITY SOFTWARE GMBH FOR CLOUD SERVICES (version 2025-03)

§ 1 Scope
(1) These General Terms apply to all cloud services that the Provider supplies to business customers under an Order Form.
(2) Terms and conditions of the Customer do not apply, even if the Provider does not expressly object to them.

§ 2 Services
(1) The Provider makes the services described in the Order Form available over the internet for use through a current web browser and the LiepsStay mobile app. The Provider may develop the services further, provided that the agreed functions are not materially reduced.
(2) The Customer receives a non-exclusive, non-transferable right, limited to the term of the contract, to use the services for the properties named in the Order Form.
(3) Interfaces to online travel agencies depend on the agencies' own systems. The Provider is responsible for keeping its side of each connection working and shall adapt it to changes announced by an agency.

§ 3 Service levels
(1) The Provider guarantees an availability of the PMS and the booking engine of 99.95% per calendar month, measured at the internet gateway of the hosting data centre. Maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time, up to six hours per month, does not count as downtime.
(2) Priority 1 incidents (no check-in, check-out or booking possible at any property) are answered within one (1) hour, at any time, by telephone or chat in Chinese or English, and restored within six hours. Priority 2 incidents (a single function or channel not working) are answered within eight hours and resolved within two working days.
(3) If availability in a calendar month falls below the level in paragraph 1, the Customer receives a credit of 10% of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that fee. For each started hour by which a Priority 1 response or restoration is late, the Customer receives a credit of CNY 200. Credits are set off against the next invoice.

§ 4 Onboarding and Go-Live
(1) The Provider shall carry out the onboarding services in the Order Form so that the Go-Live can take place on the planned date.
(2) Before Go-Live the parties jointly carry out the acceptance tests: (a) all guest profiles and future bookings migrated and reconciled against the old system's export, with no differences; (b) availability and rates synchronised correctly with all five channels for three test bookings per channel; (c) a test booking through the booking engine with WeChat Pay and a refund completed; (d) front desk, housekeeping and invoicing tested at each property.
(3) When the tests are passed the Customer confirms acceptance in text form; the day of confirmation is the Go-Live Date. Live use of individual functions before that day does not count as acceptance.
(4) If the Go-Live is delayed beyond the planned date for reasons for which the Provider is responsible, the Provider pays the Customer a contractual penalty of CNY 150 for each calendar day of delay, up to CNY 9,000 in total.

§ 5 Fees and payment
(1) Monthly subscription fees are invoiced at the end of each calendar month, starting with the month of the Go-Live Date (pro rata), and are payable within 14 days of invoice.
(2) One-time onboarding charges are invoiced after the Go-Live Date.
(3) No payment is due before the Go-Live Date.

§ 6 Customer data and data protection
(1) All data that the Customer or its guests enter into the services, in particular guest identity and contact data, booking and payment records ("Customer Data"), remain the property of the Customer. The Provider processes Customer Data only on the Customer's documented instructions and only to provide the services.
(2) The Provider stores Customer Data exclusively in the Customer's instance in the mainland China region named in the Order Form and does not transfer it abroad. Support staff outside China access it only with the Customer's approval for each case and through logged, encrypted sessions.
(3) The Provider maintains technical and organisational measures in accordance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, including encryption in transit and at rest, role-based access control, daily backups with 30 days' retention and annual penetration tests.
(4) The Provider notifies the Customer of any personal information security incident without undue delay and in any case within 48 hours, supports the Customer in its reporting duties and is liable for damage caused by its breach of this § 6.
(5) At the end of the contract the Provider makes all Customer Data available for export in CSV format for 60 days and then deletes it.

§ 7 Confidentiality
(1) The parties shall keep confidential all business and trade secrets of the other party that become known to them in connection with the contract, including guest lists, rates and occupancy figures, and shall use them only for the purposes of the contract.
(2) This obligation continues for three years after the end of the contract.

§ 8 Rights in configurations
Rate plans, room-type structures, templates for confirmation e-mails and reports set up specifically for the Customer belong to the Customer, who may export them, modify them and use them with another provider. Rights in the LiepsStay software remain with the Provider.

§ 9 Subcontractors
The Provider may use subcontractors and sub-processors only with the Customer's prior written consent. The sub-processor named in the Order Form is approved by signature of the Order Form. The Provider remains responsible for its subcontractors.

§ 10 Liability
(1) The Provider is liable without limitation for intent and gross negligence and for injury to life, body or health.
(2) In all other cases the Provider's total liability arising from or in connection with the contract, including liability for contractual penalties, is limited to the subscription fees paid by the Customer in the six months preceding the event giving rise to the claim.
(3) The Provider is not liable for lost profits or indirect damage, except in the cases of paragraph 1.

§ 11 Term, renewal and termination
(1) The contract runs for the Initial Term in the Order Form. It is extended automatically by one further year at a time unless terminated by either party with three months' notice to the end of the Initial Term or of an extension period.
(2) The Provider may adjust the monthly fees with effect from the start of any extension period by notice in text form at least two months in advance. The adjustment may not exceed 9% of the fees previously applicable.
(3) The right of each party to terminate the contract for good cause without notice remains unaffected. Good cause exists for the Customer in particular if the Provider commits a material breach of the contract and does not remedy it within 14 days of a written warning, or if availability falls below 99% in two consecutive months.
(4) Notices of termination must be in writing.

§ 12 Final provisions
(1) The contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the contract is Neubrandenburg, Germany.
(3) Amendments and additions must be in text form. Should any provision be or become invalid, the validity of the remaining provisions is not affected.
"""

# ---------------------------------------------------------------------------------------------------------------
# h190e03 — Beihai clam farm, salinity sensors + post-warranty maintenance; integrator on the Ile Melon (French
#           style), buyer's paper; .pdf, "Article N - Title"; compliant
# ---------------------------------------------------------------------------------------------------------------
H190E03 = """
T:Salinity Monitoring Network: Supply, Installation and Maintenance
P:Contract No. BHYH-2025-SB-07
P:BETWEEN Beihai Yinhai Clam Aquaculture Co., Ltd., a company established under the laws of the People's Republic of China, registered office at Qiaogang Town, Yinhai District, Beihai, Guangxi, represented by its General Manager, hereinafter "the Buyer",
P:AND Melon Instrumentation Marine SAS, a simplified joint-stock company (société par actions simplifiée) with a share capital of EUR 400,000, registered with the Trade and Companies Register of Brest under number 842 517 306, registered office at Île Melon, 29840 Porspoder, France, represented by its President, hereinafter "the Contractor",
P:hereinafter together "the Parties".
H:Preamble
P:The Buyer farms clams on 420 hectares of mudflat and ponds in the Beihai area. Sudden drops in salinity after heavy rain have caused mortality in past seasons. The Buyer therefore wishes to install a network of continuous salinity and temperature monitoring buoys with alarms. Following a comparison of offers, the Buyer has selected the Contractor. The present contract is drawn up on the Buyer's model.
H:Article 1 – Purpose
P:1.1 The purpose of the contract is the supply, installation, commissioning and maintenance of a salinity monitoring network comprising 36 multi-parameter sondes on solar buoys with telemetry, 3 shore gateways and the monitoring software, as specified in Annex 1.
P:1.2 The services include mooring, calibration, integration with the Buyer's farm management application, training of the Buyer's staff and maintenance during and after the warranty period.
H:Article 2 – Contract documents
P:The contract consists of, in order of precedence: the present articles; Annex 1 (technical specification and bill of quantities); Annex 2 (acceptance test programme); Annex 3 (maintenance plan). The Contractor's general terms of sale do not apply.
H:Article 3 – Price
P:3.1 The price is firm and not subject to revision. It is stated and paid in CNY at the Buyer's request and includes all taxes, transport, insurance, customs clearance, installation and travel.
P:3.2 Breakdown:
P:(a) multi-parameter salinity sondes: 36 units at CNY 14,200 = CNY 511,200;
P:(b) solar buoys with telemetry units: 36 units at CNY 6,800 = CNY 244,800;
P:(c) shore gateways: 3 units at CNY 9,600 = CNY 28,800;
P:(d) monitoring software, perpetual licence: CNY 86,000;
P:equipment and licence subtotal: CNY 870,800;
P:(e) installation, mooring and calibration: CNY 73,200;
P:(f) training: CNY 16,000.
P:3.3 Total contract price: CNY 960,000 (nine hundred and sixty thousand yuan).
H:Article 4 – Terms of payment
P:4.1 An advance of 10% of the contract price (CNY 96,000) is paid within 15 days of signature, against an advance-payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 55% of the contract price (CNY 528,000) is paid within 20 days after the installation certificate of Article 6.2 is signed. The installation certificate does not constitute acceptance.
P:4.3 The balance of 35% (CNY 336,000) is paid within 20 days after final acceptance under Article 7.
P:4.4 Each payment is made by bank transfer against a valid VAT invoice.
H:Article 5 – Delivery
P:5.1 The equipment is delivered DDP to the Buyer's base at Qiaogang within 60 days of signature.
P:5.2 Installation and mooring shall be carried out between the neap tides indicated by the Buyer, with the Buyer's boats and the Contractor's divers and technicians.
P:5.3 Each delivery is accompanied by a packing list, the certificate of conformity and the factory calibration certificate of each sonde, the operating manuals in Chinese and English, and a set of spare parts comprising four sondes, four telemetry units and twenty battery packs, which are included in the price.
P:5.4 Training covers the operation of the software, alarm settings, routine cleaning of the sondes and battery replacement. It is given at the Buyer's base over three days for up to ten persons, and the training material becomes the property of the Buyer.
H:Article 6 – Installation
P:6.1 The Contractor installs, moors and calibrates all buoys and gateways within 30 days after delivery.
P:6.2 When all buoys transmit data to the software, the Parties sign an installation certificate listing the position and serial number of each buoy.
H:Article 7 – Acceptance
P:7.1 After the installation certificate, the network is tested for 30 consecutive days in accordance with Annex 2.
P:7.2 The acceptance criteria are: (a) salinity accuracy within ±0.1 PSU and temperature within ±0.1 °C against laboratory reference samples taken at six buoys; (b) data completeness of at least 98% for each buoy over the test period; (c) alarms for salinity below the thresholds set by the Buyer reach the duty manager's phone within two minutes in three simulated events; (d) data are transferred correctly into the Buyer's farm management application; (e) as-built documentation and calibration certificates delivered.
P:7.3 If the criteria are met, the Buyer signs the final acceptance report within 10 days. Otherwise the Contractor remedies the defects at its own cost and the test is repeated. Use of the network by the Buyer during the test period does not amount to acceptance.
H:Article 8 – Warranty
P:8.1 The Contractor warrants the equipment and the software against all defects of design, materials and workmanship, including corrosion and fouling damage in normal sea conditions, for twenty-four (24) months from final acceptance.
P:8.2 During the warranty the Contractor repairs or replaces any defective item free of charge, including parts, labour, travel and boat costs, and carries out the quarterly calibration visits of Annex 3.
H:Article 9 – Service levels
P:9.1 A critical fault is the loss of data or alarms from more than six buoys, or from the software. The Contractor acknowledges a critical fault within one (1) hour of notification, day and night, and restores the service within 36 hours, weather permitting. Other faults are acknowledged within one working day and repaired within five working days.
P:9.2 For each hour of delay in acknowledging a critical fault the Contractor pays a penalty of CNY 600, and for each day of delay in restoring it CNY 2,000.
H:Article 10 – Maintenance after the warranty
P:10.1 After the warranty, the Buyer may order annual maintenance covering quarterly calibration, cleaning and anti-fouling treatment, replacement of sensors and batteries, software updates and the service levels of Article 9.
P:10.2 The annual maintenance fee is 9% of the equipment and licence subtotal, namely CNY 78,372 per year. It is fixed for the three years following the warranty. Maintenance is ordered year by year and is not renewed tacitly.
H:Article 11 – Data
P:11.1 All measurements, alarm records, positions of buoys and farm data ("Buyer Data") belong to the Buyer. The Contractor uses Buyer Data only to perform the contract and shall not disclose, sell or reuse it.
P:11.2 The software runs on the Buyer's own cloud account in mainland China. The Contractor's remote access requires the Buyer's approval for each intervention and uses individual accounts with two-factor authentication; all access is logged.
P:11.3 In case of any security incident affecting Buyer Data, the Contractor informs the Buyer within six hours, takes all measures to limit its effects and bears the damage resulting from its fault.
H:Article 12 – Confidentiality
P:The Parties keep confidential all information exchanged under the contract, in particular the Buyer's production volumes, farm locations and mortality data, during the contract and for five years after its end.
H:Article 13 – Intellectual property
P:The alarm rules, dashboards and interface scripts developed for the Buyer belong to the Buyer, who may use, modify and have them modified freely. The Contractor keeps the rights in its standard software, licensed to the Buyer perpetually under Article 3.
H:Article 14 – Delay penalties and liability
P:14.1 If delivery or installation is late for reasons attributable to the Contractor, the Contractor pays a penalty of 0.08% of the total contract price per calendar day of delay, capped at 10% of the contract price.
P:14.2 The Contractor's total liability under the contract is limited to twice (200%) the total contract price, except in case of wilful misconduct, gross negligence or personal injury.
H:Article 15 – Subcontracting
P:The Contractor may not subcontract any part of the contract without the prior written consent of the Buyer. The boat and diving services are subcontracted to the company named in Annex 1, approved by the Buyer on signature.
H:Article 16 – Termination
P:If the Contractor fails to perform a material obligation and does not remedy the failure within 20 days of a formal notice (mise en demeure), the Buyer may terminate the contract by registered letter, without prejudice to damages.
H:Article 17 – Force majeure
P:Typhoons, storm surges and red tides declared by the authorities are force majeure events for the duration of the official warning.
H:Article 18 – Applicable law and disputes
P:The contract is governed by the law of the People's Republic of China. Any dispute that cannot be settled amicably within 30 days shall be submitted to the Beihai Arbitration Commission.
H:Article 19 – Notices
P:Notices under the contract are made in writing to the addresses stated above, or by e-mail to the project managers designated by each Party, and take effect on receipt. Formal notices (mises en demeure) and notices of termination are sent by registered letter or courier with proof of delivery.
P:Made in Beihai, in two originals in English and Chinese, both versions being equally authentic.
P:For the Buyer: ____________________    For the Contractor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h190e04 — Hangzhou translation start-up, managed IT + desktop support; provider on Eilean Ghomain (Scottish
#           style); .md, "N. HEADING"
# ---------------------------------------------------------------------------------------------------------------
H190E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** GTS/MSA/2025/031

**between**

**GHÒMAIN TECHNICAL SERVICES LIMITED**, a company incorporated under the Companies Acts (registered number SC694215) and having its registered office at The Boathouse, Eilean Ghòmain, Loch Sunart, Argyll PH36 4JA, Scotland (the "Provider")

**and**

**HANGZHOU QIAOYI TRANSLATION TECHNOLOGY CO., LTD.**, a company established in the People's Republic of China and having its registered office at Room 1206, Building 3, Xixi Creative Park, Xihu District, Hangzhou, Zhejiang (the "Client")

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Charges" means the charges set out in Schedule Part 2; "Client Data" means all data, documents and translation memories of the Client or its customers that are stored on or processed by the Client Systems; "Client Systems" means the laptops, desktops, servers, network equipment and cloud tenancies listed in Schedule Part 1; "Commencement Date" means the date on which the Client signs the Onboarding Certificate under Clause 4.3; "Services" means the services described in Clause 3 and Schedule Part 1; "Service Levels" means the levels set out in Clause 5.

1.2 Headings are for convenience only. Words in the singular include the plural and vice versa. References to Clauses and Schedules are to clauses of and schedules to this Agreement.

## 2. TERM

2.1 This Agreement takes effect on the date of the last signature and, subject to earlier termination under Clause 12, continues for twenty-four (24) months from the Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. Any extension shall be agreed in writing by both parties not later than two months before the end of the Term.

## 3. THE SERVICES

3.1 The Provider shall provide to the Client, for 45 users in the Client's Hangzhou office:

(a) a service desk available by telephone, WeCom and e-mail in Chinese and English from 08:00 to 20:00 Beijing time on working days, with an emergency line at all other times;

(b) on-site desktop support at the Client's office on two days each week and whenever a Priority 1 incident requires attendance;

(c) management of 52 laptops and desktops, including installation, patching, antivirus updates, asset register and new-starter and leaver procedures;

(d) management of the Client's two file servers, the network switches, the firewall and the Wi-Fi access points;

(e) administration of the Client's Microsoft 365 (operated by 21Vianet) tenancy and of the translation-management system licences; and

(f) daily backup of the file servers and the translation memories to the Client's own storage, with a monthly test restore.

3.2 The Provider shall assign a named service manager who shall meet the Client monthly to review performance and open issues.

3.3 Changes to the Services, including the addition of users or devices beyond the numbers in Schedule Part 1, shall be agreed in a written change note signed by both parties. Each additional user shall be charged at the user rate in Schedule Part 2 from the following month.

3.4 The Client shall remain responsible for the purchase of hardware, software licences and internet connectivity, and for the lawful use of the Client Systems by its staff. The Provider shall advise the Client on purchases when asked.

## 4. ONBOARDING

4.1 Within 30 days of signature the Provider shall complete onboarding, which comprises a full inventory of the Client Systems, documentation of the network and of all administrator accounts, installation of the monitoring agent, transfer of knowledge from the Client's previous IT contractor and a test restore of each file server.

4.2 The Client shall give the Provider reasonable access to its premises, systems and previous contractor, and shall nominate a contact person with authority to approve changes.

4.3 Onboarding is complete when (a) the inventory and documentation have been delivered and checked by the Client; (b) every Client System reports to the monitoring platform; (c) a test restore of each file server has succeeded in the Client's presence; and (d) the service desk has operated for ten working days without an unresolved Priority 1 incident. The Client shall then sign an Onboarding Certificate. Starting the service desk does not of itself amount to completion of onboarding.

4.4 If onboarding is not complete within the period in Clause 4.1 for reasons within the Provider's control, the Provider shall pay to the Client the sum of CNY 500 for each day of delay as liquidated damages, subject to a maximum of CNY 18,000.

## 5. SERVICE LEVELS

5.1 The Provider shall respond to incidents within the following times:

| Priority | Description | Response | Target resolution |
|---|---|---|---|
| Priority 1 | office-wide loss of internet, file servers or e-mail, or a suspected security incident | 30 minutes | 6 hours |
| Priority 2 | a user or a group of users unable to work | 2 hours | next working day |
| Priority 3 | other faults and service requests | 1 working day | 5 working days |

5.2 The Provider shall report its performance against the Service Levels each month.

5.3 The Service Levels are targets. A failure to meet any Service Level shall not entitle the Client to service credits, a reduction of the Charges or damages; the Provider shall instead prepare and carry out a remediation plan agreed with the Client within ten working days.

## 6. CHARGES AND PAYMENT

6.1 The Charges are set out in Schedule Part 2 and are stated in CNY at the Client's request. They are fixed for the Term.

6.2 The Onboarding Charge shall be invoiced on the Commencement Date. The Monthly Charge shall be invoiced monthly in arrears from the Commencement Date. No Charges are payable in advance.

6.3 Invoices are payable within 30 days of receipt. VAT is included.

## 7. CLIENT DATA

7.1 All Client Data shall remain the property of the Client.

7.2 The Provider shall use Client Data only to the extent necessary for the provision of the Services and shall return all Client Data in its possession to the Client at the end of the Term.

## 8. CONFIDENTIALITY

8.1 Each party shall keep secret and confidential all information of the other party obtained under or in connection with this Agreement, including the Client's customer lists, prices and the content of documents being translated, and shall not disclose it to any person other than its employees and permitted subcontractors who need to know it.

8.2 The obligations in this Clause 8 continue for three years after termination or expiry of this Agreement.

## 9. SUBCONTRACTING

9.1 The Provider may subcontract any of the Services, including the on-site desktop support in Hangzhou, to subcontractors of its choice, provided that it informs the Client in writing of the identity of each subcontractor before the subcontractor starts work.

9.2 The Provider remains responsible for the acts and omissions of its subcontractors as if they were its own.

## 10. INTELLECTUAL PROPERTY

10.1 The network documentation, scripts, configurations and procedures prepared by the Provider for the Client shall belong to the Client, which may use, modify and pass them to any successor provider.

10.2 The Provider's monitoring platform and tools remain the property of the Provider and are removed at the end of the Term.

## 11. LIABILITY

11.1 Neither party excludes or limits liability for death or personal injury caused by its negligence, or for fraud.

11.2 Subject to Clause 11.1, the total liability of the Provider under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the total Charges for the Term.

11.3 Neither party shall be liable for loss of profit or indirect or consequential loss.

## 12. TERMINATION

12.1 The Client may terminate this Agreement with immediate effect by written notice if the Provider commits a material breach of this Agreement which is incapable of remedy or which is not remedied within 20 days of written notice requiring it to be remedied.

12.2 Either party may terminate this Agreement by written notice if the other becomes insolvent or enters into liquidation.

12.3 On termination or expiry the Provider shall hand over all documentation, passwords and administrator accounts and co-operate with any successor provider for up to 30 days.

## 13. GOVERNING LAW AND DISPUTES

13.1 At the Client's request, this Agreement shall be governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules.

## SCHEDULE PART 1 – CLIENT SYSTEMS

45 named users; 52 laptops and desktops; 2 file servers; 1 firewall; 4 switches; 9 Wi-Fi access points; Microsoft 365 (21Vianet) tenancy; 45 translation-management system licences.

## SCHEDULE PART 2 – CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| User support | 45 users x CNY 380 per month | 17,100 per month |
| Server and network management | fixed | 5,400 per month |
| Monthly Charge | | 22,500 per month |
| Monthly Charges for the Term | 24 x CNY 22,500 | 540,000 |
| Onboarding Charge | one-time | 36,000 |
| Total Charges for the Term | | 576,000 |

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule are executed as follows:

Subscribed for and on behalf of the Provider at Eilean Ghòmain on ____________ 2025 by ____________________, Director

Subscribed for and on behalf of the Client at Hangzhou on ____________ 2025 by ____________________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h190e05 — Xinjiang raisin exporter, origin-certificate API subscription + integration; vendor on the Isola Mal
#           di Ventre (Italian style); .txt, "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H190E05 = """SUBSCRIPTION AND INTEGRATION CONTRACT
for the ORIGINLINK certificate-of-origin API service

Contract No. MDV-2025/CN/112

BETWEEN

MALDIVENTRE TRADEDOCS S.r.l., with registered office at Isola di Mal di Ventre, Località Punta Sud, 09072 Cabras (OR), Italy, tax code and VAT number IT 03917240958, registered with the Register of Companies of Oristano, REA no. OR-163377, in the person of its legal representative pro tempore, hereinafter the "Vendor",

AND

TURPAN GOLDEN VINE DRIED FRUIT IMPORT & EXPORT CO., LTD., with registered office at No. 26 Putao Gou Road, Gaochang District, Turpan, Xinjiang Uygur Autonomous Region, People's Republic of China, in the person of its legal representative, hereinafter the "Customer",

hereinafter jointly the "Parties".

WHEREAS

(a) the Customer exports raisins and other dried fruit to Central Asia, the Middle East and the European Union and must obtain certificates of origin and preferential origin documents for each shipment;

(b) the Vendor operates ORIGINLINK, an application programming interface (API) service that checks origin rules for the declared HS codes, pre-fills certificate-of-origin applications and produces the accompanying documents in the formats required by the destination countries;

(c) the Customer wishes to subscribe to ORIGINLINK and to have it connected to its ERP system,

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Recitals and annexes)
1.1 The recitals and the annexes form an integral and substantial part of this Contract. Annex A: service description and API documentation. Annex B: integration specification. Annex C: approved sub-processors.

Art. 2 (Definitions)
2.1 "Service" means access to the ORIGINLINK API and web console described in Annex A. "Integration Services" means the work described in Art. 4. "Connector" means the software linking the Customer's Kingdee ERP to the Service. "Templates" means the document templates for the fourteen destination countries listed in Annex B. "Customer Data" means all data that the Customer submits to the Service, including shipment, product, consignee and invoice data, and the documents generated from them.

Art. 3 (Object)
3.1 The Vendor grants the Customer access to the Service for the Initial Term and provides the Integration Services, on the terms of this Contract.
3.2 The subscription includes up to 6,000 API calls and 1,500 generated document sets per contract year, which the Parties consider sufficient for the Customer's expected volume. Calls beyond that volume are not charged during the Initial Term.

Art. 4 (Integration Services)
4.1 The Vendor shall develop the Connector and the Templates, configure the origin rules for the Customer's products (HS headings 0806 and 0813) and train the Customer's export staff.
4.2 The Integration Services shall be completed within 60 days of signature.
4.3 Integration acceptance: the Parties shall test the Connector and the Templates with 50 real shipments of the previous season. The integration is accepted when (a) all 50 applications are generated from ERP data without manual re-entry; (b) the documents for each of the fourteen destination countries are accepted by the Customer's customs broker as formally correct; (c) shipment data in the ERP and in the Service reconcile without differences; and (d) the Service runs for ten consecutive working days without a Severity 1 incident. The Customer then signs an acceptance report. Use of the Service for live shipments before that report does not constitute acceptance.
4.4 If the Integration Services are not completed within the term in Art. 4.2 for reasons attributable to the Vendor, the Vendor shall pay a penalty of CNY 300 for each day of delay, up to 10% of the Integration Fee.

Art. 5 (Fees and payment)
5.1 At the Customer's request all fees are stated and paid in CNY, inclusive of taxes:
   - Annual subscription fee: CNY 96,000 per contract year; for the Initial Term of three years: CNY 288,000;
   - Integration Fee (fixed): CNY 74,000;
   - Total contract value: CNY 362,000.
5.2 The subscription fee is invoiced quarterly in arrears (CNY 24,000 per quarter), starting from the date of integration acceptance.
5.3 The Integration Fee is invoiced in full after integration acceptance.
5.4 No advance payment is due. Payments are made by bank transfer within 30 days of invoice.

Art. 6 (Service levels)
6.1 The Vendor shall use its best endeavours to keep the Service available around the clock, and commits to a monthly availability of 99.95%, excluding maintenance announced 48 hours in advance.
6.2 Severity 1 incidents (the API does not respond or returns certificate data that cannot be submitted) shall be acknowledged by the Vendor within eight (8) Business Hours and resolved as soon as possible. "Business Hours" means 09:00 to 18:00 Central European Time, Monday to Friday, Italian public holidays excluded. Severity 2 incidents shall be acknowledged within two Business Days.
6.3 If monthly availability falls below the level in Art. 6.1, the Vendor shall grant a service credit of 5% of the quarterly fee for each 0.5 percentage point of shortfall, up to 25% of that fee, set off against the next invoice.

Art. 7 (Customer Data and security)
7.1 Customer Data belong exclusively to the Customer. The Vendor processes them only to provide the Service and on the Customer's instructions, and shall not use them for any other purpose, including statistics or product development.
7.2 The Service processes Customer Data on servers located in mainland China operated by the sub-processor listed in Annex C. The Vendor applies encryption in transit and at rest, role-based access, multi-factor authentication for its staff and logging of all administrative access, and complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
7.3 The Vendor shall notify the Customer of any breach of security affecting Customer Data within 48 hours of becoming aware of it, shall take all necessary remedial measures and shall compensate the Customer for the damage caused by breaches attributable to the Vendor.
7.4 On expiry of the Contract the Vendor returns Customer Data in a standard format within 30 days and then deletes them.

Art. 8 (Intellectual property)
8.1 The Service, its software and the origin-rules database are and remain the exclusive property of the Vendor.
8.2 The Connector, the Templates and every other deliverable of the Integration Services, including those developed specifically for the Customer, are and remain the exclusive property of the Vendor. The Customer receives a non-exclusive and non-transferable licence to use them for the duration of the subscription only. The source code of the Connector is not delivered.

Art. 9 (Confidentiality)
9.1 Each Party undertakes to keep strictly confidential all information of the other Party of which it becomes aware in the performance of this Contract, in particular the Customer's buyers, prices and volumes, and not to disclose it to third parties without the other Party's written consent, for the duration of the Contract and for three years afterwards.

Art. 10 (Sub-processors and subcontracting)
10.1 The Vendor shall not entrust the performance of the Service or of the Integration Services to third parties without the Customer's prior written consent. The sub-processor listed in Annex C is approved by signature of this Contract.

Art. 11 (Duration and renewal)
11.1 The Contract runs for an Initial Term of three years from integration acceptance.
11.2 On expiry, the Contract is tacitly renewed for successive periods of one year at the same fees, unless either Party gives notice of non-renewal by registered letter with return receipt or by certified e-mail (PEC) at least 90 days before expiry.

Art. 12 (Liability)
12.1 The Vendor's total liability arising out of or in connection with this Contract shall not exceed twice (200%) the total contract value, except for wilful misconduct or gross negligence.
12.2 The Vendor is not liable for the refusal of a certificate by the issuing authority where the refusal is caused by inaccurate data supplied by the Customer.

Art. 13 (Withdrawal and termination)
13.1 Given the investment made by the Vendor in the Integration Services, the Customer may not withdraw from or terminate the Contract before the end of the Initial Term for any reason.
13.2 In the event of non-performance by the Vendor, the Customer's remedies are limited to the service credits in Art. 6.3, the penalty in Art. 4.4 and compensation for damages within the limit of Art. 12. The Customer expressly waives the right to request termination of the Contract for non-performance.
13.3 The Vendor may terminate the Contract with immediate effect by registered letter if the Customer fails to pay any invoice within 60 days of its due date.

Art. 14 (Governing law and disputes)
14.1 At the Customer's request, this Contract is governed by the laws of the People's Republic of China.
14.2 Any dispute arising out of or in connection with this Contract shall be submitted to the Urumqi Arbitration Commission.

Art. 15 (Final provisions)
15.1 Any amendment to this Contract must be made in writing and signed by both Parties. Any tolerance of a breach does not constitute a waiver of the corresponding right.
15.2 Pursuant to the applicable rules on standard terms, the Customer declares that it has read and specifically approves the following clauses: Art. 8 (Intellectual property), Art. 11 (Duration and renewal), Art. 12 (Liability), Art. 13 (Withdrawal and termination).

Read, confirmed and signed.

Cabras, ____________ 2025                    Turpan, ____________ 2025
For the Vendor: ______________________        For the Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, sums, labels, rule re-application, read-back checks
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, source)
    "h190z01": ("h190z01_education_bureau_smart_campus_card_platform.docx", "docx", H190Z01),
    "h190z02": ("h190z02_chemical_fibre_spin_pack_temperature_monitoring.pdf", "pdf", H190Z02),
    "h190z03": ("h190z03_optician_chain_optometry_saas.md", "md", H190Z03),
    "h190z04": ("h190z04_county_justice_bureau_legal_service_platform_om.txt", "txt", H190Z04),
    "h190z05": ("h190z05_rice_wine_brewery_mes_supplier_template.md", "md", H190Z05),
    "h190e01": ("h190e01_scissors_maker_grinding_simulation_licence_irish_vendor.docx", "docx", H190E01),
    "h190e02": ("h190e02_old_town_inn_reservation_saas_german_vendor.txt", "txt", H190E02),
    "h190e03": ("h190e03_clam_farm_salinity_sensors_maintenance.pdf", "pdf", H190E03),
    "h190e04": ("h190e04_translation_startup_managed_it_scottish_provider.md", "md", H190E04),
    "h190e05": ("h190e05_raisin_exporter_origin_certificate_api_italian_vendor.txt", "txt", H190E05),
}
SOURCES = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}

# --- price and payment sums (asserted) -------------------------------------------------------------------------
Z01_HW_LIC = 860_000 + 180 * 3_200 + 64 * 6_500 + 32 * 4_800 + 238_000
assert Z01_HW_LIC == 2_243_600
Z01_VALUE = Z01_HW_LIC + 314_000 + 196_400 + 26_000
assert Z01_VALUE == 2_780_000
assert [Z01_VALUE * p // 100 for p in (20, 45, 35)] == [556_000, 1_251_000, 973_000] and 20 + 45 + 35 == 100
assert Z01_HW_LIC * 8 // 100 == 179_488

Z02_HW_LIC = 960 * 380 + 48 * 5_600 + 2 * 46_000 + 168_000
assert Z02_HW_LIC == 893_600
Z02_VALUE = Z02_HW_LIC + 96_400 + 10_000
assert Z02_VALUE == 1_000_000
assert [Z02_VALUE * p // 100 for p in (10, 35, 50, 5)] == [100_000, 350_000, 500_000, 50_000]
assert Z02_HW_LIC * 18 // 100 == 160_848

Z03_SUB_YEAR = 120 * 2_680 + 48_000
Z03_VALUE = 3 * 120 * 2_680 + 3 * 48_000 + 126_000
assert 3 * 120 * 2_680 == 964_800 and Z03_VALUE == 1_234_800
assert Z03_SUB_YEAR // 4 == 92_400 and 12 * 92_400 + 126_000 == Z03_VALUE

Z04_VALUE = 186_000 + 64_000 + 52_000 + 38_000 + 28_000
assert Z04_VALUE == 368_000
assert [Z04_VALUE * p // 100 for p in (45, 20, 35)] == [165_600, 73_600, 128_800]

Z05_LIC = 580_000
Z05_VALUE = Z05_LIC + 460_000 + 120_000
assert Z05_VALUE == 1_160_000
assert [Z05_VALUE * p // 100 for p in (50, 45, 5)] == [580_000, 522_000, 58_000]
assert Z05_LIC * 35 // 100 == 203_000

E01_LIC = 6 * 98_000 + 136_000
assert E01_LIC == 724_000
E01_VALUE = E01_LIC + 226_000 + 41_000 + 21_000
assert E01_VALUE == 1_012_000
assert [E01_VALUE * p // 100 for p in (20, 45, 35)] == [202_400, 455_400, 354_200]
assert E01_LIC * 11 // 100 == 79_640

E02_MONTHLY = 3_650 + 1_180
assert E02_MONTHLY == 4_830 and 24 * E02_MONTHLY == 115_920
E02_VALUE = 24 * E02_MONTHLY + 9_800 + 4_600 + 2_400
assert E02_VALUE == 132_720

E03_HW_LIC = 36 * 14_200 + 36 * 6_800 + 3 * 9_600 + 86_000
assert E03_HW_LIC == 870_800
E03_VALUE = E03_HW_LIC + 73_200 + 16_000
assert E03_VALUE == 960_000
assert [E03_VALUE * p // 100 for p in (10, 55, 35)] == [96_000, 528_000, 336_000]
assert E03_HW_LIC * 9 // 100 == 78_372

E04_MONTHLY = 45 * 380 + 5_400
assert 45 * 380 == 17_100 and E04_MONTHLY == 22_500
E04_VALUE = 24 * E04_MONTHLY + 36_000
assert 24 * E04_MONTHLY == 540_000 and E04_VALUE == 576_000

E05_VALUE = 3 * 96_000 + 74_000
assert E05_VALUE == 362_000 and 96_000 // 4 == 24_000


def tco(value, warranty_months, fee_per_year, horizon=5):
    """Policy §4: purchase price + implementation (= the contract value) + post-warranty fees over the horizon,
    starting at acceptance; a partial year pro rata. Returns (tco, post-warranty fees, share in %)."""
    years = max(0.0, horizon - warranty_months / 12)
    fees = years * fee_per_year
    return value + fees, fees, fees / (value + fees) * 100


TCO = {
    "h190z01": tco(Z01_VALUE, 36, Z01_HW_LIC * 8 / 100),
    "h190z02": tco(Z02_VALUE, 24, Z02_HW_LIC * 18 / 100),
    "h190z05": tco(Z05_VALUE, 6, Z05_LIC * 35 / 100),
    "h190e01": tco(E01_VALUE, 18, E01_LIC * 11 / 100),
    "h190e03": tco(E03_VALUE, 24, E03_HW_LIC * 9 / 100),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Common defaults of a clean contract; each label overrides what differs.
CLEAN = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
             liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
             termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
             contract_kind="service")

LABELS = {
    # key: (language, category, term overrides, extra, forum outside mainland China, planned rules)
    "h190z01": ("zh", "hardware",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=Z01_VALUE),
                False, []),
    "h190z02": ("zh", "hardware",
                dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=10,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=18,
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=Z02_VALUE),
                False, ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"]),
    "h190z03": ("zh", "cloud",
                dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                     ld_rate_per_day_pct=800 / Z03_VALUE * 100, liability_cap_pct=150,
                     auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z03_VALUE),
                False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h190z04": ("zh", "services",
                dict(p1_response_hours=6, ld_rate_per_day_pct=0.1, prepayment_pct=45,
                     final_payment_on_acceptance=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z04_VALUE),
                False, ["CR-PREPAYMENT", "CR-SLA-RESPONSE"]),
    "h190z05": ("zh", "software",
                dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                     ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
                     final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=35,
                     subcontract_without_consent=None, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=Z05_VALUE),
                False, ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                        "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h190e01": ("en", "software",
                dict(p1_response_hours=1, ld_rate_per_day_pct=900 / E01_VALUE * 100, liability_cap_pct=150,
                     prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18,
                     post_warranty_fee_pct=11, governing_law="Ireland", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=E01_VALUE),
                True, ["CR-GOVERNING-LAW"]),
    "h190e02": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=150 / E02_VALUE * 100,
                     liability_cap_pct=6 / 24 * 100, auto_renewal_price_increase=True, governing_law="Germany"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E02_VALUE),
                True, ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"]),
    "h190e03": ("en", "hardware",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=E03_VALUE),
                False, []),
    "h190e04": ("en", "services",
                dict(p1_response_hours=0.5, sla_remedy=False, data_security_clause=False,
                     ld_rate_per_day_pct=500 / E04_VALUE * 100, liability_cap_pct=150,
                     subcontract_without_consent=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E04_VALUE),
                False, ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "h190e05": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=8, ip_owner="supplier",
                     ld_rate_per_day_pct=300 / E05_VALUE * 100, liability_cap_pct=200,
                     termination_for_breach=False),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E05_VALUE),
                False, ["CR-IP-OWNERSHIP", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
}


def apply_policy(t, x, forum_outside, tco_share):
    """policy.md §3 re-applied to a label's terms (with the readings of 'Where rules apply')."""
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
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        if tco_share is not None and tco_share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


SEVERITY_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                 "CR-POST-WARRANTY-FEE"}
SEVERITY_LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if any(r in SEVERITY_HIGH for r in rules):
        return "high"
    if any(r not in SEVERITY_LOW for r in rules):
        return "medium"
    return "low"


def build_labels():
    out = {}
    for key, (lang, cat, over, extra, forum_outside, planned) in LABELS.items():
        terms = dict(CLEAN)
        terms.update(over)
        assert set(terms) == set(TERM_KEYS)
        terms = {k: terms[k] for k in TERM_KEYS}
        if terms["contract_kind"] == "goods_or_licence":
            assert "post_warranty_fee_capped" in extra
        else:
            assert "post_warranty_fee_capped" not in extra
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                 "contract_value"]
        extra = {k: extra[k] for k in order if k in extra}
        share = TCO[key][2] if key in TCO else None
        got = apply_policy(terms, extra, forum_outside, share)
        assert got == sorted(planned), (key, got, planned)
        out[key] = {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
                    "expected_extra": extra, "expected_rules": sorted(planned)}
    return out


def write_all():
    for key, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, lab in build_labels().items():
        (OUT / (FILES[key][0].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("wrote label", key, lab["expected_rules"], risk(lab["expected_rules"]))


if __name__ == "__main__":
    write_all()
