"""holdout208: builds the ten blind held-out drafts of this folder from the sources kept below.

The .md and .txt drafts are written as they are; the two .docx (real Word price tables) and the two .pdf are built
with ../word_pdf.py (PDF paragraphs broken at word boundaries, wrap_words=True). Run with
/work/main/.venv/bin/python make_files.py from anywhere. The .json labels are not written here (see NOTES.md).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h208z01 — city tax bureau, queuing and booking system, 政府采购 公开招标, buyer's paper (.docx, 第X条 + 1.1)
# ---------------------------------------------------------------------------------------------------------------
H208Z01 = """T:临江市税务局办税服务厅智能排队与预约系统建设项目政府采购合同
P:合同编号：LJSW-2025-GK-017    采购方式：公开招标    项目编号：LJCG-2025-0412
P:甲方（采购人）：国家税务总局临江市税务局
P:乙方（供应商）：衡川智慧政务科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临江市税务局办税服务厅智能排队与预约系统建设项目订立本合同。招标文件、投标文件、中标通知书均为本合同的组成部分，与本合同条款不一致的，以本合同条款为准。
H:第一条 项目范围
P:1.1 乙方负责市局第一办税服务厅及下属七个区县分局办税服务厅共八个厅的智能排队叫号与预约系统的设备供货、安装、软件部署、系统集成、接口开发、培训以及质保期内的维护服务。
P:1.2 系统应实现：现场取号（居民身份证、电子营业执照、预约二维码）、预约号优先叫号、窗口显示与服务评价、网上预约（电子税务局及微信公众号）、预约短信提醒、各厅排队数据实时看板及人流统计报表，并与省局办税服务厅管理系统对接。
P:1.3 具体技术参数以招标文件第五章《采购需求》及乙方投标文件的技术响应表为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾叁万捌仟捌佰元整（¥2,238,800），为固定总价，包含设备、软件、运输、安装、集成、接口开发、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|智能取号一体机|16台|38,500|616,000
TB:2|LED综合叫号屏|16块|12,800|204,800
TB:3|窗口显示屏及服务评价器|126套|2,350|296,100
TB:4|排队预约管理平台软件（永久许可）|1套|468,000|468,000
TB:5|应用服务器及存储|2套|86,400|172,800
TB:|设备及软件小计|||1,757,700
TB:6|系统集成及接口开发|1项|356,000|356,000
TB:7|安装调试及综合布线|1项|98,600|98,600
TB:8|操作及管理培训|1项|26,500|26,500
TB:|合同总价|||2,238,800
P:2.2 除本合同另有约定外，甲方不再向乙方支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方提交的金额为合同总价5%的履约保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥447,760。
P:3.2 全部设备到货安装、系统初验合格并完成六十日试运行后，甲方支付合同总价的55%，即¥1,231,340。
P:3.3 系统终验合格后十个工作日内，甲方支付合同总价的25%，即¥559,700。
P:3.4 乙方每次请款应提供合法有效的增值税发票。甲方通过国库集中支付方式付款，因财政审批流程产生的合理延误不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后四十五日内完成全部设备到货，九十日内完成八个办税服务厅的安装调试及系统上线。
P:4.2 安装工作应在非办税时间进行，不得影响办税服务厅正常运转；确需停用原有叫号设备的，乙方应提前五个工作日书面报甲方同意，并提供临时取号方案。
P:4.3 乙方应派驻项目经理一名、实施工程师不少于三名，未经甲方书面同意不得更换项目经理。
H:第五条 验收
P:5.1 初验：各厅设备安装完毕、系统部署完成后，乙方提交初验申请，甲方按采购需求逐项测试，测试合格后签署初验报告，系统进入六十日试运行。
P:5.2 终验标准：（1）设备品牌、型号、数量、配置与投标文件一致；（2）取号至窗口叫号显示延迟不超过1秒，网上预约数据同步至现场系统不超过5秒；（3）在500个并发预约请求下页面响应时间不超过2秒；（4）与省局办税服务厅管理系统、电子税务局及短信平台的接口连续运行十日无数据差错；（5）试运行期间未发生一级故障；（6）系统通过甲方委托的第三方安全测评，无高危漏洞；（7）竣工文档、定制部分源代码及培训记录已移交。
P:5.3 上述标准全部满足后，甲方组织终验并签署终验报告。设备到货签收、系统上线、试运行以及甲方支付任何款项，均不视为验收合格。
P:5.4 终验不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修复、版本升级及接口适配服务。
P:6.2 故障分级与响应：一级故障（某一办税服务厅整体无法取号或叫号）乙方应在15分钟内响应，1小时内到场，2小时内恢复或启用应急取号方案；二级故障（部分窗口或预约功能异常）2小时内响应，次日内修复；三级故障三个工作日内解决。
P:6.3 办税时间内系统月可用率不低于99.95%。
P:6.4 乙方每超过上述响应、到场或恢复时限1小时，甲方有权扣减¥1,000；月可用率每低于约定值0.01个百分点，扣减¥1,000。扣款从履约保证金或应付款项中抵扣。
P:6.5 质保期满后，甲方需要乙方继续提供维护服务的，年度维护费不超过设备及软件小计的8%（即每年不超过¥140,616），且三年内不得上调；维护服务以双方另行签订的书面合同为准，不自动续期。
H:第七条 数据安全
P:7.1 系统中的纳税人身份信息、预约记录、排队及评价数据等全部数据属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存或用于任何其他目的。
P:7.2 系统部署于甲方税务内网及政务云，应满足网络安全等级保护第三级要求。乙方远程维护须经甲方审批，通过甲方堡垒机进行并全程留存日志，日志保存不少于六个月。
P:7.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的接口程序、数据看板、报表及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 排队预约管理平台软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可在全市税务系统范围内使用。
P:8.3 乙方保证所供设备和软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第九条 保密
P:9.1 乙方对在履行本合同中知悉的甲方工作秘密、纳税人信息、网络结构及安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成系统上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方所供设备或软件不符合合同约定的，应负责更换或整改，并赔偿由此给甲方造成的损失。
P:10.3 甲方无正当理由逾期付款的，按国家有关规定承担责任。
H:第十一条 分包
P:11.1 乙方不得转包本项目。综合布线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方可书面通知解除合同：（1）逾期超过三十日；（2）终验两次不合格；（3）发生因乙方原因造成的重大数据安全事件；（4）有其他严重违约行为，经甲方书面通知后十日内仍未改正。
P:12.2 因乙方原因解除合同的，乙方应退还已收款项并承担违约责任。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或者全部免除责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同附件：采购需求、投标报价明细表、技术响应表、售后服务承诺书。
P:甲方（盖章）：国家税务总局临江市税务局    乙方（盖章）：衡川智慧政务科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h208z02 — gear plant, gear-noise end-of-line testers + post-warranty maintenance (.pdf, 一、/（一）/1.)
# ---------------------------------------------------------------------------------------------------------------
H208Z02 = """T:齿轮噪声在线检测设备采购及维护合同
P:合同编号：HRCL-SB-2025-036
P:甲方（买方）：常州恒锐齿轮传动有限公司
P:乙方（卖方）：苏州声衡检测技术有限公司
P:甲方为提升变速箱齿轮的下线检测能力，经比选确定向乙方采购齿轮噪声在线检测设备。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方向甲方提供齿轮噪声在线检测设备四套，安装于甲方二号厂房齿轮精加工线末端，用于对每一件成品齿轮副进行加载运转噪声与振动检测，并自动判定合格与否。
P:（二）每套设备包括：1. 检测主机（含加载电机、伺服驱动、快换夹具及隔声罩）；2. 声学与振动传感器组件（测量传声器两只、三向加速度传感器两只及前置放大器）；3. 数据采集及分析软件许可（永久许可，含阶次分析与自动判定模块）。
P:（三）乙方还应完成设备与甲方MES系统的接口开发、安装调试、样件标定以及操作和维护培训。
H:二、合同价款
P:（一）合同总价为人民币贰佰伍拾陆万捌仟元整（¥2,568,000），含增值税、运输、保险、安装及质保期内服务。明细如下：
TB:项目|数量|单价（元）|金额（元）
TB:检测主机|4套|468,000|1,872,000
TB:声学与振动传感器组件|4套|56,500|226,000
TB:数据采集及分析软件许可|4套|72,000|288,000
TB:设备小计|||2,386,000
TB:MES接口开发|1项|68,000|68,000
TB:安装调试及样件标定|1项|96,000|96,000
TB:操作维护培训|1项|18,000|18,000
TB:合同总价|||2,568,000
P:（二）上述价格为固定价格，合同履行期间不作调整。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥513,600。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的50%，即¥1,284,000。到货签收仅确认数量和外观，不构成质量验收。
P:（三）设备终验合格后，甲方支付合同总价的25%，即¥642,000。
P:（四）其余5%即¥128,400作为质量保证金，质保期满且无未决质量问题的，甲方在十个工作日内无息支付。
H:四、交货、安装与调试
P:（一）乙方应于合同生效后七十五日内将设备运至甲方二号厂房，并在到货后三十日内完成安装、调试和样件标定。
P:（二）乙方应使用甲方提供的合格与不合格样件（每种齿轮型号各不少于二十件）进行判定阈值标定，标定结果经甲方质量部确认。
P:（三）安装调试期间，乙方人员应遵守甲方的安全生产和现场管理规定，因乙方人员违章造成的损失由乙方承担。
H:五、验收
P:（一）设备安装调试完成后由甲方组织终验，终验标准如下：
P:1. 单件检测节拍不超过45秒；
P:2. 测量系统重复性与再现性（GR&R）不超过10%；
P:3. 对甲方提供的盲样，设备判定结果与人工听检及实验室复测结果的一致率不低于98%；
P:4. 设备连续72小时带载运行无故障；
P:5. 检测数据（序列号、频谱、判定结果）实时上传MES，抽查一千条记录无缺失。
P:（二）上述标准全部满足后，双方签署终验报告。设备到货、安装完成或甲方投入使用，均不视为终验合格。
P:（三）终验不合格的，乙方应在十日内整改后重新验收；两次终验不合格的，甲方有权退货，乙方应返还已付款项。
H:六、质量保证与服务水平
P:（一）设备质保期为十八个月，自终验合格之日起计算。质保期内，乙方免费更换损坏的零部件（易损件除外，易损件清单见附件二），免费修复软件缺陷并提供软件升级。
P:（二）故障响应：一级故障（检测设备停机导致生产线停线）乙方应在1小时内电话响应，8小时内工程师到场，24小时内修复；二级故障（误判率异常升高或数据上传中断）2小时内响应，48小时内修复；三级故障在下一次巡检时处理。
P:（三）乙方每超过上述时限1小时，按¥500向甲方支付违约金，由甲方从质量保证金或应付款项中扣除。
H:七、质保期满后的维护
P:（一）质保期满后，乙方按年度向甲方提供维护服务，内容包括每年两次计量校准、传感器检定及更换、软件升级、判定阈值再标定以及每月一次现场巡检。
P:（二）年度维护费按设备小计的24%计收，即每年¥572,640，于每个维护年度开始后三十日内支付。该费用自质保期满起三年内固定不变。
P:（三）维护期内的故障响应时限和违约金与本合同第六条（二）、（三）相同。
H:八、数据与保密
P:（一）设备产生的全部检测数据、频谱文件、判定结果以及甲方提供的产品图纸、工艺参数均属甲方所有。乙方仅可为履行本合同使用上述数据，不得用于其他任何目的。
P:（二）乙方远程诊断须事先取得甲方书面批准，每次批准仅限单次连接，连接过程由甲方信息部监控并记录；乙方不得复制或带离任何检测数据。
P:（三）乙方应采取必要的技术和管理措施保障数据安全。发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，并承担因其过错给甲方造成的全部损失。
P:（四）双方对在履行本合同中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，该义务在合同终止后五年内有效。
H:九、知识产权
P:（一）乙方为甲方开发的MES接口程序（含源代码），以及利用甲方样件标定形成的判定阈值和模型参数，归甲方所有，甲方可自行使用、修改或交由第三方维护。
P:（二）数据采集及分析软件的著作权归乙方，甲方获得随设备使用的永久许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）乙方所交设备不符合合同约定的，甲方有权要求更换、修理或退货，并要求乙方赔偿损失。
P:（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方不得将本合同项下的安装调试或维护工作分包给第三方；确需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:（一）乙方逾期交货超过四十五日，或终验两次不合格，或有其他根本违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
P:（二）因乙方原因解除合同的，乙方应返还甲方已付全部款项，并赔偿甲方损失。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:（二）附件：一、技术协议；二、易损件清单；三、培训计划。
P:甲方（盖章）：常州恒锐齿轮传动有限公司    乙方（盖章）：苏州声衡检测技术有限公司
P:代表签字：__________    代表签字：__________    日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h208z03 — florist chain, flower-ordering and delivery SaaS, three years + implementation (.md, ## 1. + 1.1)
# ---------------------------------------------------------------------------------------------------------------
H208Z03 = """# 花递云门店订花与配送管理平台订阅服务合同

**合同编号：** HDY-SaaS-2025-0318

**甲方（客户）：** 上海花漾时光花艺连锁有限公司

**乙方（服务商）：** 杭州云朵花递科技有限公司

甲方经营鲜花零售连锁门店，拟使用乙方"花递云"平台统一管理门店订单、线上订花及同城配送。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。

## 1. 服务内容

1.1 乙方以软件即服务（SaaS）方式向甲方提供"花递云"平台订阅服务，包括：订单中心（门店收银、小程序订花、第三方外卖平台订单汇聚）、门店调度（跨店调货与鲜花库存）、配送派单（自有骑手与第三方即时配送）、会员与营销、经营报表。

1.2 订阅范围为甲方上海地区46家门店及1个中央花艺工坊，账号数量不设上限。甲方在服务期内新增门店的，按每店每月¥300另行结算，不计入本合同总价。

1.3 乙方提供一次性实施服务：平台初始化，门店、花材及商品资料导入，近两年历史订单迁移，与美团、饿了么及甲方有赞商城的订单接口对接，甲方专属小程序页面配置，以及门店店长和花艺师的操作培训。

## 2. 服务期限与续期

2.1 订阅服务期为三年，自平台上线验收合格之日起算。

2.2 服务期届满前三十日，任何一方未书面提出不续订的，本合同自动续期一年，此后每次届满亦同。

2.3 每次续期时，乙方有权根据其价格政策调整订阅费，上调幅度不超过上一服务年度费用的8%。乙方应在续期前三十日以电子邮件通知甲方；甲方未在续期前书面提出终止的，视为同意调整后的价格。

## 3. 费用与支付

| 项目 | 计费方式 | 年费用（元） | 三年合计（元） |
|---|---|---|---|
| 门店订阅费 | 46家 × ¥3,600/店/年 | 165,600 | 496,800 |
| 配送调度模块 | 整体计费 | 48,000 | 144,000 |
| 订阅费小计 | | 213,600 | 640,800 |
| 一次性实施费 | 一次性 | — | 86,000 |
| **合同总价** | | | **726,800** |

3.1 合同总价为人民币柒拾贰万陆仟捌佰元整（¥726,800），含增值税。第三方即时配送的运费由甲方与配送平台直接结算，不在本合同价款内。

3.2 实施费在上线验收合格后十个工作日内一次性支付。

3.3 订阅费按季度支付，每季度¥53,400，于每个服务季度结束后十个工作日内凭发票支付。甲方无需预付任何款项。

## 4. 实施与上线验收

4.1 乙方应在合同签订后四十日内完成实施并提交上线验收申请。甲方应按实施计划提供门店资料、商品资料和接口所需的账号授权。

4.2 上线验收标准：（1）46家门店及中央工坊全部开通，并各自完成至少一笔真实订单；（2）历史订单迁移后逐店核对订单数量与金额，差异为零；（3）三个外部平台订单接口连续七日无漏单、无重复单；（4）按情人节高峰模拟每小时3,000单的压力测试，派单处理时间不超过3秒；（5）培训完成，并经甲方门店店长考核通过。

4.3 满足上述标准后，甲方签署上线验收单。平台开通、试用或甲方门店开始使用，均不视为验收合格。

4.4 因乙方原因逾期完成上线验收的，每逾期一日，乙方向甲方支付违约金¥500。

## 5. 服务水平

5.1 平台月可用率不低于99.5%。计划内维护须在凌晨0:00至6:00之间进行，并提前48小时通知甲方，计划内维护时间不计入不可用时间。

5.2 故障分级：一级故障（全部门店无法下单或派单）30分钟内响应，2小时内恢复；二级故障（单一功能或部分门店异常）1小时内响应，8小时内恢复；三级故障（咨询及一般问题）一个工作日内答复。

5.3 服务补偿：月可用率低于99.5%但不低于99.0%的，按当月订阅费的5%抵扣；低于99.0%的，抵扣当月订阅费的10%；一级故障未在2小时内恢复的，每超过1小时再抵扣当月订阅费的1%。补偿在下一季度订阅费中抵扣。

5.4 在情人节、七夕、母亲节等节日高峰前七日，乙方应安排专人值守，并完成扩容和压力测试。

## 6. 数据与安全

6.1 甲方在平台中产生和上传的全部数据，包括订单、收花人姓名、电话、地址、贺卡留言、会员资料及经营数据，均归甲方所有。乙方仅为向甲方提供本合同服务处理上述数据，不得用于其他任何目的。

6.2 乙方应按照《个人信息保护法》《数据安全法》及网络安全等级保护第二级的要求保护甲方数据：数据存储于中国境内，传输和存储均加密，乙方员工访问实行最小授权并留存日志，每日备份并至少保存三十日。

6.3 发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方向顾客承担的赔偿及被处以的罚款。

6.4 合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，经甲方确认后删除其保存的副本，并出具删除证明。

## 7. 知识产权

7.1 "花递云"平台及其标准功能的知识产权归乙方所有。

7.2 乙方为甲方配置的专属小程序页面、定制报表、接口配置及相关文档归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 8. 保密

8.1 双方对合同履行中获知的对方商业秘密（包括甲方的采购价格、花材供应商名单和门店经营数据）负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 9. 分包与外包

9.1 乙方可将平台的部分运维、客服坐席及配送调度算法维护工作委托其合作的第三方服务商完成，但应提前十个工作日书面通知甲方，并对第三方的行为承担责任。

## 10. 违约与赔偿

10.1 任何一方违反本合同约定的，应赔偿对方因此遭受的实际损失。

10.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第6条造成的损失不受此限。

## 11. 合同解除

11.1 一方严重违约，且在收到对方书面通知后十五日内未纠正的，守约方有权解除本合同。

11.2 合同解除时，甲方仅支付截至解除日已发生的订阅费，乙方应按第6.4条交付数据。

## 12. 法律适用与争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同引起的争议，双方应友好协商；协商不成的，提交上海仲裁委员会仲裁。

## 13. 其他

13.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

13.2 附件：一、服务说明；二、实施计划；三、数据处理说明。

甲方（签章）：上海花漾时光花艺连锁有限公司　　乙方（签章）：杭州云朵花递科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h208z04 — county 畜牧兽医局, animal-disease monitoring platform, annual O&M, 政府采购 单一来源 (.txt, 第X章/第X条)
# ---------------------------------------------------------------------------------------------------------------
H208Z04 = """桐溪县动物疫病监测预警平台2025—2026年度运行维护服务合同

项目编号：TXCG-2025-DY-009（单一来源采购）
甲方（采购人）：桐溪县畜牧兽医局
乙方（供应商）：成都牧安信息技术有限公司

鉴于桐溪县动物疫病监测预警平台（以下简称"平台"）由乙方于2022年承建，平台源代码和核心技术由乙方掌握，经县财政局批准，本项目采用单一来源方式采购。双方根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，签订本合同。

第一章 服务内容

第一条 服务对象
平台包括疫病监测报告、免疫档案、产地检疫电子出证、病死畜禽无害化处理监管、应急物资管理五个子系统，以及供全县十八个乡镇畜牧兽医站和236名村级防疫员使用的移动端，部署于县政务云。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满，本合同自然终止，不自动续期；甲方需要继续采购的，应另行履行政府采购程序。

第三条 服务内容
乙方应提供以下服务：
（一）日常运维：每日两次平台巡检，每周一次数据库健康检查，每月向甲方提交运维报告；
（二）故障处理：按本合同第四章约定的时限响应和修复；
（三）数据备份：每日增量备份、每周全量备份，每季度进行一次恢复演练；
（四）接口适配：省级动物疫病防控信息系统或全国动物检疫证明电子出证系统接口变更时，乙方应在上级系统发布变更通知后二十日内完成适配；
（五）安全加固：配合甲方完成年度网络安全等级保护测评及整改，及时修补平台漏洞；
（六）应急驻场：发生重大动物疫情或甲方启动应急响应时，乙方派员到甲方驻场，全年合计不超过二十个人日；
（七）培训：每半年对乡镇畜牧兽医站人员和村级防疫员培训一次。

第二章 合同价款与支付

第四条 合同总价
本合同总价为人民币叁拾陆万捌仟元整（¥368,000），为固定价格，其中：日常运维及故障处理¥216,000，接口适配¥64,000，应急驻场¥44,000（二十个人日，每人日¥2,200），培训¥18,000，安全加固¥26,000。

第五条 支付方式
服务费按季度支付。每个服务季度结束后，甲方组织季度考核，考核合格后十个工作日内支付当季服务费¥92,000。本合同不设预付款。

第六条 考核扣款
季度考核按附件二《运维考核细则》进行，考核得分低于90分的，每低1分扣减当季服务费的1%。

第三章 考核与验收

第七条 季度考核
季度考核内容包括巡检记录、故障处理台账、备份与恢复演练记录、运维报告及乡镇站点满意度评价。

第八条 年度验收
服务期满后十五日内，甲方组织年度验收。验收标准为：（一）全年巡检、备份记录完整；（二）每次恢复演练均成功，恢复后的数据与原数据逐表核对一致；（三）接口适配均在期限内完成，并经上级系统联调通过；（四）年度等级保护测评无高风险问题；（五）运维文档、脚本和账号清单已完整移交甲方。乙方提交运维报告或甲方使用平台，均不视为年度验收合格；年度验收不合格的，乙方应在十日内整改。

第四章 服务水平

第九条 故障分级
一级故障：平台整体不可用，或疫情报告、检疫出证功能中断；二级故障：单个子系统或移动端部分功能异常；三级故障：一般使用问题及咨询。

第十条 响应与修复时限
一级故障，乙方应在接到报告后8小时内响应并开展处置，24小时内恢复；二级故障，乙方应在接到报告后一个工作日内响应，48小时内修复；三级故障，乙方应在三个工作日内解决。

第十一条 超时扣款
一级故障每超过响应或恢复时限1小时，扣减服务费¥300；二级故障每超过时限1小时，扣减服务费¥100。扣款在当季服务费中抵扣，当季累计扣款不超过当季服务费的20%。

第五章 数据安全

第十二条 数据权属
平台中的全部数据，包括养殖场户信息、免疫和检疫记录、监测采样及检测结果、疫情报告，均属甲方所有。乙方仅为履行运维职责处理上述数据，不得用于本合同以外的任何目的，不得下载、复制或留存。

第十三条 安全措施
乙方应遵守《中华人民共和国数据安全法》和网络安全等级保护第二级要求：运维操作一律通过县政务云堡垒机进行，使用实名账号并全程审计；禁止使用个人终端直接连接平台数据库；涉及数据批量导出的操作，须经甲方分管负责人书面批准。

第十四条 安全事件
发生数据泄露、丢失、被篡改或系统被入侵等安全事件时，乙方应在1小时内向甲方报告，配合甲方向县委网信办报告并开展处置；因乙方原因造成的，乙方承担全部责任，并赔偿甲方因此产生的全部损失。

第六章 知识产权

第十五条 乙方在服务期内为甲方开发的接口适配程序、运维脚本及技术文档，知识产权归甲方所有，甲方可自行使用、修改或交由其他服务商使用。平台原有软件的著作权按原建设合同的约定执行。

第七章 双方义务、人员与分包

第十六条 甲方应为乙方运维人员开通县政务云堡垒机账号，提供必要的办公条件，及时转达上级业务主管部门关于平台功能和接口的要求，并协调乡镇畜牧兽医站配合乙方开展巡检和培训。
第十七条 乙方应指定一名项目负责人和不少于两名运维工程师负责本项目，其中至少一名工程师具有数据库管理经验。乙方人员变更须提前十日书面告知甲方，并经甲方确认。乙方人员在甲方现场工作期间应遵守甲方的工作纪律和疫情防控生物安全规定。

第十八条 乙方不得将本合同服务转包或分包给任何第三方。

第八章 违约责任

第十九条 乙方未在本合同第三条第（四）项约定的期限内完成接口适配的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第二十条 乙方违反本合同第五章约定的，除承担赔偿责任外，甲方有权解除合同。

第二十一条 甲方无正当理由逾期支付服务费的，按逾期金额每日万分之二支付违约金。

第九章 合同解除

第二十二条 乙方有下列情形之一的，甲方有权书面通知解除本合同：（一）连续两个季度考核不合格；（二）发生因乙方原因导致的数据安全事件；（三）有其他严重违约行为，经甲方书面催告后十日内仍未改正。

第二十三条 合同解除的，甲方按已考核合格的服务期间结算服务费；乙方应在十日内向甲方移交全部运维资料、账号和脚本。

第十章 争议解决及其他

第二十四条 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向桐溪县人民法院提起诉讼。

第二十五条 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

附件：一、运维服务需求；二、运维考核细则；三、单一来源采购协商记录。

甲方：桐溪县畜牧兽医局（盖章）          乙方：成都牧安信息技术有限公司（盖章）
代表签字：                              代表签字：
日期：2025年  月  日                    日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h208z05 — black-tea factory, quality-traceability licence + custom development, SUPPLIER'S OWN TEMPLATE
#           (.txt, "1. 标题" + 1.1)
# ---------------------------------------------------------------------------------------------------------------
H208Z05 = """茗源溯®茶叶质量追溯系统
软件许可及定制开发合同（乙方标准文本 V2.3）

合同编号：MYS-2025-HT-0117
甲方（用户）：安徽祁岭红茶厂有限公司
乙方（开发商）：合肥溯源链信息科技有限公司

本合同采用乙方标准文本。甲乙双方在平等、自愿的基础上，就甲方使用"茗源溯"茶叶质量追溯系统及相关定制开发事宜，达成如下约定。

1. 合同标的
1.1 乙方向甲方提供"茗源溯"茶叶质量追溯系统软件（企业版）的使用许可，功能包括：茶园基地与农事记录（施肥、植保、采摘）、鲜叶收购登记、初制与精制加工工序记录（萎凋、揉捻、发酵、烘干、拣剔、拼配）、质量检验记录、包装赋码（一物一码）、出入库及经销商管理、消费者扫码查询。
1.2 乙方根据甲方需求进行以下定制开发：发酵车间及烘干机温湿度采集设备对接；包装线喷码机与赋码设备对接；甲方品牌溯源展示页面；出口批次质量报告模板（中英文对照）。
1.3 乙方负责系统部署（部署于甲方自备服务器或乙方推荐的公有云）、基础数据初始化以及操作培训。
1.4 乙方交付物包括：系统安装包及授权文件、定制功能模块、用户操作手册、系统管理员手册。源代码不属于交付物。

2. 合同价款
2.1 合同总价为人民币伍拾万元整（¥500,000），明细如下：
（1）软件许可费（企业版，永久许可，不限用户数）：¥260,000；
（2）定制开发费：¥186,000；
（3）部署实施费：¥42,000；
（4）培训费：¥12,000。
2.2 上述价款不含服务器、网络、赋码设备及标签耗材费用，也不含免费维护期满后的维护费用。
2.3 甲方在合同履行期间增加定制需求的，双方另行确认工作量，按每人日¥2,800计价，并相应顺延工期。

3. 付款方式
3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥325,000。乙方在收到该笔款项后开始工作。
3.2 系统部署完成后五个工作日内，甲方支付剩余35%，即¥175,000。
3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，且乙方有权暂停服务，直至款项付清。

4. 甲方义务
4.1 甲方应指定项目联系人，及时提供茶园基地、加工工艺、产品编码规则、检验项目等资料，并对资料的真实性负责。
4.2 甲方应按乙方要求准备服务器、网络环境和赋码设备，并保证现场具备实施条件。
4.3 甲方应妥善保管系统账号和密码，因甲方人员操作不当造成的损失由甲方自行承担。

4.4 系统运行环境要求：服务器不低于8核CPU、32GB内存、1TB存储，操作系统及数据库版本以乙方《部署说明》为准；采用公有云部署的，云服务费用由甲方自行承担。

5. 交付与验收
5.1 乙方在收到首期款后六十个工作日内完成系统部署及定制开发。因甲方需求变更、资料提供不及时或现场条件不具备造成的延误，工期相应顺延。
5.2 系统部署完成并交付甲方使用之日，即视为甲方验收合格。甲方如对系统有意见，应在交付后三日内书面提出，逾期未提出的，视为无异议。

6. 免费维护与售后服务
6.1 自系统部署完成之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持和软件缺陷修复，不含新增功能开发。
6.2 故障响应：一级故障（系统无法登录或赋码中断）乙方在接到报告后2小时内响应，以远程方式处理；二级故障一个工作日内响应；三级故障三个工作日内响应。乙方将尽力修复故障，但不承担因故障产生的任何扣款、赔偿或违约责任。
6.3 培训：乙方在部署完成后为甲方提供两天的集中培训，培训对象为甲方系统管理员、质检员、仓库管理员及车间班组长，培训地点在甲方厂区。超出上述范围的培训按乙方收费标准另行计费。
6.4 系统升级：免费维护期内乙方发布的标准版本升级可免费获得；定制开发部分的适配不在免费范围内。
6.5 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

7. 知识产权
7.1 "茗源溯"系统软件，以及乙方在本合同项下完成的全部定制开发成果（包括接口程序、展示页面、报告模板、源代码及文档），其知识产权均归乙方所有。
7.2 甲方在付清全部款项后，获得在本企业内部使用上述软件及定制成果的非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或进行二次开发。

8. 数据
8.1 甲方录入的业务数据以及系统采集的生产数据归甲方所有。
8.2 乙方应采取合理的技术措施（访问控制、数据加密、定期备份）保护系统内数据的安全；发生数据泄露或丢失的，乙方应在发现后48小时内通知甲方，因乙方过错造成的损失由乙方依本合同第10条承担责任。
8.3 甲方同意，乙方有权在对数据进行脱敏处理后，将系统内的生产、检验及销售流向数据用于乙方产品改进、茶叶行业质量分析报告及乙方的市场推广。

9. 保密
9.1 双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，但本合同另有约定的除外。保密期限为合同终止后两年。

10. 违约责任
10.1 乙方逾期完成部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。
10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失、商誉损失承担责任。
10.3 因甲方原因导致合同无法履行的，甲方已付款项不予退还。

11. 分包
11.1 乙方有权根据工作需要，将部分开发、部署或维护工作委托给乙方的合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作成果负责。

12. 合同解除
12.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。
12.2 甲方单方解除合同的，已付款项不予退还。
12.3 合同终止后，甲方可在三十日内导出其业务数据；逾期未导出的，乙方有权删除。

13. 不可抗力
13.1 因不可抗力、网络运营商故障、第三方云服务中断或黑客攻击等乙方无法控制的原因导致的服务中断或延误，乙方不承担责任。

14. 争议解决
14.1 因本合同引起的争议，双方友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

15. 其他
15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
15.2 甲方确认已阅读并理解本合同全部条款，乙方已就免责和责任限制条款向甲方作出提示和说明。

甲方（盖章）：安徽祁岭红茶厂有限公司        乙方（盖章）：合肥溯源链信息科技有限公司
授权代表：                                  授权代表：
日期：2025年  月  日                        日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h208e01 — Zhongshan lighting maker, photometric-simulation software perpetual licence + configuration + support;
#           vendor on Inis Bigil, Irish style (.pdf, "Clause N" + N.N)
# ---------------------------------------------------------------------------------------------------------------
H208E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LPL-CN-2025-014
P:THIS AGREEMENT is made on the ____ day of ______________ 2025
P:BETWEEN:
P:(1) LUMENFIELD PHOTOMETRICS LIMITED, a private company limited by shares registered in Ireland under company number 648213, having its registered office at The Old Schoolhouse, Inis Bigil, Ballycroy, County Mayo, Ireland (the "Vendor"); and
P:(2) ZHONGSHAN GUZHEN BRIGHTWAY LIGHTING CO., LTD., a company incorporated in the People's Republic of China, having its registered office at No. 26 Xinglong Road, Guzhen Town, Zhongshan, Guangdong Province (the "Customer").
P:BACKGROUND: The Customer designs and manufactures architectural, road and industrial luminaires and wishes to license the Vendor's photometric-simulation software with configuration, integration, training and support services. At the Customer's request all prices are stated and payable in Chinese yuan (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Software" means LumenSim Studio and the modules listed in Clause 3.1, in object code, with the Vendor's user and technical manuals (the "Documentation"); "Services" means the configuration, integration, training and support services in Schedule 2; "Deliverables" means the items produced by the Vendor specifically for the Customer; "Acceptance" means the Customer's signature of an acceptance certificate under Clause 6; "Business Day" means a working day in Guangdong Province.
H:Clause 2 Licence
P:2.1 Subject to payment of the Licence Fees, the Vendor grants to the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the number of named users stated in Clause 3.1, for the Customer's internal business purposes, including the design, simulation and certification of the Customer's own luminaires and the preparation of lighting designs for the Customer's clients.
P:2.2 A named user may be reassigned once in each calendar quarter. The Customer shall not reverse engineer the Software except as applicable law expressly permits.
H:Clause 3 Fees and Payment
P:3.1 The fees are as follows (CNY, inclusive of VAT):
TB:Item|Quantity|Unit price|Amount
TB:LumenSim Studio perpetual named-user licence|18|46,500|837,000
TB:Goniophotometer Link module|2|58,000|116,000
TB:Road and Area Lighting module (site licence)|1|124,000|124,000
TB:Licence Fees subtotal|||1,077,000
TB:Configuration and luminaire library migration|1|186,000|186,000
TB:PLM integration|1|94,000|94,000
TB:Training (three on-site sessions)|1|28,000|28,000
TB:Total Contract Price|||1,385,000
P:3.2 The Total Contract Price is fixed and includes travel expenses.
P:3.3 The Customer shall pay: (a) 20% of the Total Contract Price (CNY 277,000) within ten Business Days of signature of this Agreement; (b) 45% (CNY 623,250) on delivery of the licence keys and completion of installation on the Customer's workstations and server; and (c) 35% (CNY 484,750) within twenty Business Days after Acceptance.
P:3.4 Invoices are payable within thirty days of receipt.
H:Clause 4 Delivery and Services
P:4.1 The Vendor shall deliver the licence keys and installation media within ten Business Days of receipt of the first instalment, and shall perform the Services in accordance with the project plan in Schedule 3, which foresees Acceptance within sixteen weeks of signature.
P:4.2 Configuration comprises the import of about 3,200 existing IES and EULUMDAT files into a luminaire library keyed to the Customer's product codes; report templates for GB 50034, CJJ 45 and EN 13201 calculations in Chinese and English; and calculation defaults for standard projects. The PLM integration publishes photometric files released in the Customer's product lifecycle management system to the library automatically.
P:4.3 The Vendor shall use reasonable endeavours to meet the dates in the project plan. Time shall not be of the essence for any date. The Vendor shall not be liable for any delay in delivery or in the performance of the Services, but shall notify the Customer promptly of any expected delay and of the revised date.
H:Clause 5 Customer Responsibilities
P:5.1 The Customer shall provide workstations and a server meeting the Documentation, remote access under Clause 10, its photometric files, a PLM test environment and a project lead.
H:Clause 6 Acceptance
P:6.1 When the Services are complete the Vendor shall notify the Customer, who shall carry out the acceptance tests in Schedule 4 within twenty Business Days.
P:6.2 The acceptance criteria are: (a) every photometric file on the migration list is imported and the checksum of each imported file matches its source; (b) for twenty reference luminaires, illuminance and luminance results agree with the Customer's reference calculations within 2%; (c) each report template produces a complete report for three sample projects; (d) five photometric files released in the PLM test environment appear in the library within ten minutes with the correct product codes; and (e) the Software runs in production for ten consecutive Business Days without a Severity 1 fault.
P:6.3 When the criteria are met, the Customer shall sign an acceptance certificate. A failed test is repeated after correction at the Vendor's cost. Installation, production use or payment of any instalment shall not constitute Acceptance.
H:Clause 7 Warranty
P:7.1 The Vendor warrants that, for a period of ninety (90) days from Acceptance (the "Warranty Period"), the Software will perform substantially in accordance with the Documentation and the Deliverables will conform to Schedule 2.
P:7.2 During the Warranty Period the Vendor will correct, free of charge, any reproducible failure notified by the Customer. The Vendor does not warrant that the Software will be error-free.
P:7.3 All other warranties and conditions implied by statute or common law are excluded to the fullest extent permitted by law.
H:Clause 8 Support
P:8.1 During the Warranty Period and any Support Year ordered under Clause 8.3 the Vendor provides help-desk support in Chinese and English, fault corrections and new releases.
P:8.2 Severity levels and target response times are: Severity 1 (the Software cannot be started, or no user can perform calculations): initial response within two (2) business hours; Severity 2 (a major function is unavailable or produces wrong results): within one Business Day; Severity 3 (other faults and questions): within three Business Days. Response times are targets only. Failure to meet a target is not a breach of this Agreement, and no service credits, fee reductions or other compensation shall apply.
P:8.3 After the Warranty Period the Customer may order annual support (each a "Support Year") by purchase order. The annual support fee is 14% of the Licence Fees subtotal, being CNY 150,780 per Support Year, fixed for the first three Support Years; thereafter any increase shall not exceed 3% in any year. Support does not renew automatically.
H:Clause 9 Intellectual Property
P:9.1 The Software, the Documentation and all intellectual property rights in them remain the property of the Vendor and its licensors.
P:9.2 All intellectual property rights in the Deliverables, including the converted luminaire library, the report templates, the calculation defaults and the PLM connector with its source code, vest in the Customer on creation. The Customer may use, copy, modify and license the Deliverables freely, including through other contractors. The Vendor may reuse general know-how that is not specific to the Customer.
H:Clause 10 Customer Data and Security
P:10.1 All photometric files, product data, drawings, project designs and other data provided by the Customer or generated by its use of the Software ("Customer Data") belong to the Customer. The Vendor shall process Customer Data only to perform this Agreement and for no other purpose.
P:10.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, in sessions approved in advance and logged by the Customer. The Vendor shall not copy Customer Data to its own systems unless the Customer approves it in writing for a support case, and shall delete any such copy when the case is closed.
P:10.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall co-operate fully in remedying it, and shall be liable for all loss arising from its breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party that is marked or would reasonably be understood as confidential, including the Customer's unreleased product designs and prices, and shall not disclose it to any third party without the other party's prior written consent, for five years after termination.
H:Clause 12 Limitation of Liability
P:12.1 Neither party excludes or limits liability for death or personal injury caused by its negligence, for fraud, or for breach of Clause 10 or Clause 11.
P:12.2 Subject to Clause 12.1, the Vendor's total aggregate liability under this Agreement shall not exceed 150% of the Total Contract Price, and neither party is liable for indirect or consequential loss or loss of profit.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any subcontractor so approved. Neither party may assign this Agreement without the other's prior written consent.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice requiring it to do so.
P:14.2 If the Customer so terminates before Acceptance, the Vendor shall refund all fees paid and the Customer shall return the Software.
H:Clause 15 Force Majeure
P:15.1 Neither party is liable for failure caused by events beyond its reasonable control; if such an event lasts over sixty days, either party may terminate.
H:Clause 16 Governing Law and Disputes
P:16.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be referred to the Zhongshan Arbitration Commission for arbitration in Zhongshan under its rules. The award is final and binding.
H:Clause 17 General
P:17.1 This Agreement with its Schedules is the entire agreement of the parties about its subject matter. Variations must be in writing and signed by both parties.
P:Schedule 1: Software and licence quantities. Schedule 2: Services and Deliverables. Schedule 3: Project plan. Schedule 4: Acceptance tests.
P:SIGNED for and on behalf of LUMENFIELD PHOTOMETRICS LIMITED: ____________________ (Director)
P:SIGNED for and on behalf of ZHONGSHAN GUZHEN BRIGHTWAY LIGHTING CO., LTD.: ____________________ (Legal Representative)
"""

# ---------------------------------------------------------------------------------------------------------------
# h208e02 — Chongqing hotpot cooking school, class-booking SaaS, Order Form + General Terms; vendor on the
#           Liebesinsel (Mecklenburg lakes), German style (.md, "§ N" + (1))
# ---------------------------------------------------------------------------------------------------------------
H208E02 = """# Order Form No. KK-2025-0087

**KursKompass Software GmbH** · Liebesinsel 1 · 17192 Waren (Müritz) · Germany
Managing Directors: Henrike Wollweber, Jens Pagel · Commercial Register: Local Court (Amtsgericht) Neubrandenburg, HRB 22714

| | |
|---|---|
| **Customer** | Chongqing Laohuoguo Culinary Training School Co., Ltd., No. 88 Yangjiaping Pedestrian Street, Jiulongpo District, Chongqing, PRC |
| **Vendor** | KursKompass Software GmbH |
| **Service** | KursKompass Studio: online class booking, class scheduling, payments, vouchers and student management |
| **Scope** | 3 campuses (Jiefangbei, Guanyinqiao, Shapingba), 21 teaching kitchens, unlimited staff users |
| **Subscription Term** | 36 months from the Go-Live Date (§ 2 (3)) |
| **Currency** | Chinese yuan (CNY), at the Customer's request; all amounts include VAT |

## Charges

| Item | Basis | CNY |
|---|---|---|
| KursKompass Studio, plan "Studio Plus", 3 campuses | 14,800 per month × 36 months | 532,800 |
| WeChat Mini-Program module | 3,200 per month × 36 months | 115,200 |
| Payment gateway integration (WeChat Pay, Alipay, UnionPay) | one-time | 36,000 |
| Onboarding (data migration, configuration, staff training) | one-time | 28,500 |
| **Total Contract Value** | | **712,500** |

**Planned Go-Live Date:** 45 days after signature of this Order Form.

This Order Form and the General Terms printed below form one contract (the "Agreement"). The Customer has received the General Terms before signature.

Place, date: Chongqing, ____________ 2025

For the Customer: ____________________ For the Vendor: ____________________

---

# General Terms of KursKompass Software GmbH (version 2025-03)

## § 1 Subject Matter

(1) The Vendor provides the Customer with access to the cloud software named in the Order Form (the "Service") as software-as-a-service and performs the one-time services listed in the Order Form.

(2) For customers in the People's Republic of China the Service is hosted on servers of Alibaba Cloud in its Chengdu region in mainland China. The Vendor does not transfer Customer Data out of mainland China.

(3) The Customer's students use the Service through the Customer's WeChat Mini-Program and web booking pages. The Customer's staff use the Service through a browser and the KursKompass staff app.

## § 2 Onboarding and Go-Live Acceptance

(1) The Vendor shall complete onboarding by the Planned Go-Live Date. Onboarding comprises the migration of existing student records, course catalogue, open vouchers and class credits from the Customer's current spreadsheets and booking tool; the configuration of campuses, teaching kitchens, instructors and class types (for example hotpot base frying, spice blending, knife skills and family classes); the integration of the payment gateways; and the training of the Customer's front-desk and administrative staff.

(2) The Go-Live acceptance tests are: (a) 200 test bookings across all three campuses, including cancellations, waiting-list moves, voucher redemptions and refunds, are processed without error; (b) every test payment is reconciled against the settlement files of WeChat Pay, Alipay and UnionPay without difference; (c) migrated student records, vouchers and class credits are checked record by record against the Customer's export and match; and (d) the Mini-Program has passed the WeChat review and loads course pages within 2 seconds on a 4G connection.

(3) When all tests are passed, the Customer signs a Go-Live Certificate. The date of signature is the "Go-Live Date". Use of the Service before that date for testing or for live bookings does not constitute acceptance.

(4) If the Go-Live Certificate cannot be signed by the Planned Go-Live Date for reasons for which the Vendor is responsible, the Vendor shall pay liquidated damages of CNY 600 for each calendar day of delay, up to a total of 10% of the Total Contract Value. Further claims for damages remain unaffected.

## § 3 Term and Renewal

(1) The Subscription Term is stated in the Order Form.

(2) After expiry of the Subscription Term the subscription is renewed for successive periods of one year unless either party gives notice of non-renewal at least sixty days before expiry. Renewals are at the same monthly charges as stated in the Order Form; any change of the charges requires a written agreement signed by both parties.

## § 4 Charges and Payment

(1) Monthly charges are invoiced monthly in arrears, at the end of each calendar month, starting on the Go-Live Date. Invoices are payable within thirty days of receipt.

(2) The one-time charges are invoiced on the Go-Live Date.

(3) No charges are payable before the Go-Live Date.

## § 5 Availability and Support

(1) The Vendor targets an availability of the Service of 99.95% per calendar month, excluding scheduled maintenance that is announced 48 hours in advance and performed between 01:00 and 05:00 China Standard Time.

(2) Support is provided in Chinese and English. Priority 1 (the Service is unavailable for all campuses, or payments fail): response within 1 hour, at any time; Priority 2 (a major function is impaired): response within 8 business hours; Priority 3 (other questions): response within 2 business days.

(3) The availability target and the response times are performance objectives. If they are not met, the Vendor shall analyse the cause and inform the Customer of the corrective measures taken. The Customer is not entitled to service credits, to a reduction of the charges or to damages on account of a failure to meet them.

## § 6 Obligations of the Customer

(1) The Customer shall keep its access credentials secret and shall inform the Vendor without delay of any suspected misuse.

(2) The Customer is responsible for the content of its course descriptions and for obtaining the consents of its students that are required under the Personal Information Protection Law for the use of the booking service.

## § 7 Customer Data

(1) All data entered into the Service by the Customer or its students, in particular student names, mobile numbers, class histories, vouchers and payment records ("Customer Data"), remain the property of the Customer. The Vendor processes Customer Data to provide the Service.

(2) The Vendor protects Customer Data by appropriate technical and organisational measures, in particular: storage and processing only in mainland China; encryption in transit and at rest; role-based access of Vendor staff with multi-factor authentication and logging of every access; daily backups kept for 35 days; and a classified-protection (MLPS) level 2 filing of the hosting environment.

(3) The Vendor shall notify the Customer within 24 hours of becoming aware of a personal-information or data-security incident affecting Customer Data, shall take the necessary remedial measures and shall support the Customer in its notifications to authorities. The Vendor is liable for damage caused by its breach of this § 7.

(4) The Vendor may use Customer Data in anonymised and aggregated form, for example class occupancy rates, booking lead times and price levels, to improve its products and to publish industry benchmark reports, during and after the Subscription Term.

(5) After the end of the Agreement the Vendor shall provide the Customer with an export of Customer Data in a common format within 30 days and shall then delete Customer Data from its systems.

## § 8 Rights in the Software and Work Results

(1) All rights in the Service and the underlying software remain with the Vendor. The Customer receives the right to use the Service for the Subscription Term.

(2) Customer-specific configurations, course templates, Mini-Program page designs and texts created for the Customer belong to the Customer, who may use, modify and pass them on to third parties without restriction.

## § 9 Confidentiality

(1) Each party shall keep secret all business and trade secrets of the other party that become known to it in connection with the Agreement, in particular prices, recipes and course concepts of the Customer, and shall not disclose them to third parties without prior written consent.

(2) This obligation continues for three years after the end of the Agreement.

## § 10 Subcontractors

(1) The Vendor uses the hosting provider named in § 1 (2). Any other subcontractor requires the Customer's prior written consent.

(2) The Vendor remains responsible for the performance of its subcontractors as for its own performance.

## § 11 Liability

(1) The Vendor is liable without limitation for intent and gross negligence and for injury to life, body or health.

(2) In all other cases the Vendor's total liability per contract year is limited to the charges paid by the Customer in the six months preceding the event giving rise to the liability.

(3) In cases of slight negligence the Vendor is not liable for indirect damage or lost profit.

## § 12 Term and Termination

(1) Ordinary termination during the Subscription Term is excluded.

(2) The right of either party to terminate the Agreement for good cause remains unaffected. Good cause exists in particular if the other party commits a material breach of the Agreement and fails to remedy it within 30 days after receiving a written warning.

(3) Upon termination the Customer pays the charges accrued up to the effective date of termination.

## § 13 Governing Law and Disputes

(1) At the Customer's request the Agreement is governed by the laws of the People's Republic of China, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) All disputes arising from or in connection with the Agreement shall be settled by the Chongqing Arbitration Commission in Chongqing in accordance with its rules.

## § 14 Final Provisions

(1) Amendments and supplements to the Agreement must be made in writing and signed by both parties; this also applies to a waiver of this written-form requirement.

(2) Should any provision of the Agreement be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision by a valid provision that comes as close as possible to its economic purpose.
"""

# ---------------------------------------------------------------------------------------------------------------
# h208e03 — Panjin rice-field fish farm, conductivity sensors + maintenance; integrator on the Isla Paloma, Spanish
#           style, buyer's paper (.docx, "Article N" + N.N, Word price table)
# ---------------------------------------------------------------------------------------------------------------
H208E03 = """T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT FOR PADDY WATER-QUALITY SENSORS
P:Contract No. PJDT-2025-WQ-03
P:In Panjin, Liaoning Province, on ____ ______________ 2025.
H:APPEARING PARTIES
P:On the one part, PANJIN DAOTIAN AQUACULTURE CO., LTD., a company incorporated in the People's Republic of China, with its registered office at Dawa District, Panjin, Liaoning Province, represented by its legal representative (the "Buyer").
P:On the other part, HIDROSENSORES PALOMA, S.L., a Spanish limited company with its registered office at Isla Paloma s/n, Tarifa (Cádiz), Spain, tax identification number B-72914385, represented by its sole director (the "Supplier").
P:Both parties acknowledge each other's capacity to enter into this Contract and
H:RECITALS
P:I. The Buyer farms crucian carp and loach in 38 rice paddies covering about 420 hectares near the Liaohe estuary, where soil and water salinity vary with tides and irrigation, and needs continuous measurement of water conductivity and quality in each paddy.
P:II. The Supplier designs and installs water-quality monitoring networks for aquaculture and was selected by the Buyer in a competitive negotiation. This Contract is on the Buyer's standard terms. At the Buyer's request all prices are in Chinese yuan (CNY).
P:THEREFORE the parties agree to the following
H:Article 1 Subject Matter
P:1.1 The Supplier shall supply, install, calibrate and commission a paddy water-quality monitoring system (the "System") consisting of the goods listed in Article 2, the monitoring platform software licence, the integration with the Buyer's existing water-gate control system, training, and maintenance during the warranty period and, if ordered, after it.
P:1.2 The technical specification in Annex 1 and the Supplier's technical offer of 12 March 2025 form part of this Contract. If they conflict, Annex 1 prevails.
H:Article 2 Price
P:2.1 The Contract Price is CNY 1,060,000, fixed, inclusive of VAT, customs duties, transport to the Buyer's site, insurance, installation and all services during the warranty period, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Conductivity and temperature sensor node, EC 0–20 mS/cm, LoRaWAN|64|6,850|438,400
TB:2|Multiparameter buoy (dissolved oxygen, pH, conductivity)|8|24,600|196,800
TB:3|LoRaWAN gateway, outdoor, with 4G back-haul|5|9,200|46,000
TB:4|Solar power and mounting kit|77|1,180|90,860
TB:5|Monitoring platform software, perpetual licence|1|138,000|138,000
TB:|Goods Subtotal|||910,060
TB:6|Installation and field calibration|1|84,500|84,500
TB:7|Integration with the water-gate control system|1|46,000|46,000
TB:8|Training of farm staff|1|19,440|19,440
TB:|Contract Price|||1,060,000
P:2.2 No other amount is payable by the Buyer for the scope of this Contract.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 106,000) as an advance, within ten working days after the Buyer receives an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 55% (CNY 583,000) after all goods have been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only; it is not acceptance of the System.
P:3.3 35% (CNY 371,000) within fifteen working days after the Buyer signs the Final Acceptance Certificate under Article 5.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's Chinese branch.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all goods to the Buyer's farm within sixty days after signature and complete installation and field calibration within thirty days after delivery. Work in the paddies shall be coordinated with the Buyer's farm manager so as not to disturb transplanting, fish stocking or harvest.
P:4.2 Each sensor node shall be installed at the position shown in the paddy plan of Annex 2 and labelled with its paddy and node number.
H:Article 5 Acceptance
P:5.1 After installation the System shall run for twenty-one consecutive days under observation. Final Acceptance requires that: (a) conductivity readings of every node agree with laboratory measurements of water samples taken by the Buyer within ±2% of the reading; (b) at least 98% of expected readings from every node are received by the platform during the observation period; (c) every paddy is covered by at least one gateway with a signal margin of no less than 10 dB; (d) threshold alarms reach the farm manager's mobile phone within 60 seconds; (e) the water-gate control system receives conductivity values and opens or closes the test gates accordingly; and (f) the documentation and training listed in Annex 1 have been delivered.
P:5.2 When the criteria are met, the parties sign the Final Acceptance Certificate. Delivery, installation, start of use of the System or payment shall not be deemed acceptance.
P:5.3 If a criterion is not met, the Supplier shall remedy the defect within ten days and the relevant test shall be repeated.
H:Article 6 Warranty and Service Levels
P:6.1 The Supplier warrants the System for twenty-four (24) months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace, free of charge, any defective goods, including sensor probes, batteries and solar panels, and shall correct software defects.
P:6.2 Faults are classified and handled as follows: critical fault (a gateway or the platform is down, or more than five nodes send no data): response within 1 hour by telephone or remote access, technician on site within 24 hours, restoration within 48 hours; major fault (a single node or buoy fails): response within 8 hours, repair within three days; minor fault: next scheduled visit.
P:6.3 For each hour by which the Supplier exceeds a response or restoration time for a critical fault, the Supplier shall pay the Buyer CNY 400; for a major fault, CNY 150 for each day of delay in repair. The Buyer may deduct these amounts from any payment due.
P:6.4 The Supplier shall keep a stock of spare sensor nodes and probes at the farm equal to at least 5% of the installed quantity.
H:Article 7 Maintenance after the Warranty Period
P:7.1 After the warranty period the Buyer may order annual maintenance covering two calibration visits per year, replacement of worn probes, software updates and the service levels of Article 6.
P:7.2 The annual maintenance fee is 8% of the Goods Subtotal, that is CNY 72,804.80 per year, fixed for the first three years after the warranty period. Maintenance is ordered by written order of the Buyer for each year and does not renew automatically.
H:Article 8 Farm Data and Security
P:8.1 All measurements, alarms, paddy maps and other data of the System belong to the Buyer. The Supplier may process them only to perform this Contract.
P:8.2 The platform is installed on the Buyer's server at its farm office. The Supplier may access it remotely only through the Buyer's VPN, with a personal account approved by the Buyer for each session; all sessions are logged. The Supplier shall not copy farm data to its own systems or transfer it outside mainland China.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any unauthorised access to the System or loss of data it becomes aware of, shall help to restore the data, and shall be liable for loss caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the technical and commercial information of the other party received under this Contract, in particular the Buyer's production data, stocking densities and prices, and shall not disclose it to third parties without the other party's prior written consent, during the Contract and for five years after it ends.
H:Article 10 Intellectual Property
P:10.1 The integration scripts, the alarm rules and the dashboards configured for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by third parties.
P:10.2 The monitoring platform software remains the property of the Supplier; the Buyer receives a perpetual licence for use at its farms.
H:Article 11 Delay and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in Article 4, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The total liability of the Supplier under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 The Buyer approves, by signing this Contract, Liaohe Yuntong Technical Services Co., Ltd. of Panjin as the Supplier's local service partner for installation and on-site maintenance. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is more than thirty days late in delivery, fails Final Acceptance twice, or commits any other material breach that it does not remedy within fifteen days after written notice. In that case the Supplier shall refund the amounts received for the affected scope and compensate the Buyer's loss.
H:Article 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Shenyang Arbitration Commission for arbitration in Shenyang. The award is final.
H:Article 15 Final Provisions
P:15.1 Notices shall be given in writing to the addresses above. This Contract is signed in duplicate in English and Chinese; both texts are equally authentic. Annexes: 1 Technical specification; 2 Paddy plan; 3 Training plan.
P:And in witness whereof, the parties sign this Contract in the place and on the date stated above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h208e04 — Jinan law firm, managed IT + desktop support; provider on Eilean Trodday, Scottish style
#           (.txt, "N. HEADING" + N.N)
# ---------------------------------------------------------------------------------------------------------------
H208E04 = """MANAGED IT SERVICES AGREEMENT

between

TRODDAY MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC702418) and having its registered office at Bothy House, Eilean Trodday, by Portree, Isle of Skye (the "Provider")

and

SHANDONG QUANYUAN LAW FIRM, a partnership law firm established in the People's Republic of China and having its principal office at 21/F Lixia Financial Plaza, Jingshi Road, Jinan, Shandong Province (the "Customer")

Agreement reference: TMS-JN-2025-006

1. DEFINITIONS

1.1 In this Agreement: "Services" means the managed IT services described in clause 2 and Schedule 1; "Users" means the Customer's partners, lawyers and staff, 140 in number at the Commencement Date; "Core Services" means e-mail, the document management system, file services and internet access at the Customer's offices; "Service Levels" means the levels in clause 6; "Customer Data" means all data of the Customer and its clients that the Provider handles in performing the Services; "Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate; "Business Day" means a day other than a Saturday, Sunday or public holiday in Shandong Province.

1.2 Headings do not affect interpretation. References to clauses and Schedules are to clauses of and Schedules to this Agreement. The word "including" is to be read without limitation.

2. SERVICES

2.1 From the Commencement Date the Provider shall provide: (a) a service desk in Mandarin and English, available from 07:30 to 22:00 on Business Days and on call at all other times; (b) on-site desktop support at the Customer's Jinan offices by two resident engineers during office hours; (c) monitoring, patching and administration of the Customer's servers, network and firewalls; (d) administration of the document management system and e-mail; (e) endpoint security management for all Users' devices; (f) daily backup of Core Services with quarterly restore tests; and (g) quarterly service reviews with the Customer's managing partner.

2.2 The Services do not include the purchase of hardware or software licences, which the Customer buys separately; the Provider shall advise on them without charge.

2.3 The resident engineers shall be named in Schedule 1, speak Mandarin, and be replaced only with the Customer's approval, which shall not be unreasonably withheld. The Provider shall carry out background checks on all personnel with access to the Customer's systems.

2.4 The Customer shall give the Provider's engineers access to its offices and systems as reasonably required, maintain the hardware and software licences needed for the Services, and inform the Provider in good time of office moves, new practice groups and changes in the number of Users.

3. TRANSITION

3.1 The Provider shall carry out the transition of the Services from the Customer's current in-house arrangements within 45 days after signature of this Agreement, in accordance with the transition plan in Schedule 2.

3.2 Transition acceptance requires that: (a) all User devices are enrolled in the Provider's management and monitoring tools; (b) monitoring of all servers and network devices is live, with alerts tested; (c) a full restore of a sample matter folder and of a mailbox from backup has been carried out successfully; (d) the knowledge transfer and documentation listed in Schedule 2 are complete; and (e) the Services have run for ten consecutive Business Days without a Priority 1 incident caused by the Provider. When these criteria are met the Customer shall sign a Transition Acceptance Certificate. Starting to use the Services is not acceptance.

3.3 If the Transition Acceptance Certificate cannot be signed within the period in clause 3.1 for reasons attributable to the Provider, the Provider shall pay to the Customer liquidated damages of CNY 2,000 for each day of delay.

4. TERM

4.1 This Agreement starts on signature and the Services run for thirty-six months from the Commencement Date (the "Term").

4.2 This Agreement does not renew automatically. The parties shall discuss any extension not later than four months before expiry of the Term; an extension requires a written agreement signed by both parties.

5. CHARGES AND PAYMENT

5.1 At the Customer's request all charges are in Chinese yuan (CNY) and include VAT:

Item                                      Basis                               CNY
Monthly Service Charge                    140 Users x CNY 520 x 36 months     2,620,800
Transition charge                         one-off                                64,000
Total Contract Value                                                        2,684,800

5.2 The Monthly Service Charge (CNY 72,800) is invoiced monthly in arrears. The transition charge is invoiced after signature of the Transition Acceptance Certificate. No amount is payable in advance.

5.3 Invoices are payable within thirty days of receipt. Additional Users are charged at CNY 520 per User per month, pro rata.

6. SERVICE LEVELS

6.1 Incidents are prioritised and handled as follows:

Priority 1 (a Core Service unavailable to the whole firm, or a User unable to file or serve a document before a court or arbitration deadline): response within 15 minutes, resolution or workaround within 3 hours.
Priority 2 (a Core Service degraded, or a group of Users affected): response within 1 hour, resolution within 8 hours.
Priority 3 (a single User affected): response within 2 business hours, resolution by the end of the next Business Day.

6.2 Core Services availability shall be at least 99.95% in each calendar month, measured at the Customer's offices and excluding maintenance agreed in advance with the Customer.

6.3 If a Service Level is not met in any month, the Customer is entitled to a service credit of 5% of the Monthly Service Charge for each missed Priority 1 response or resolution time and 10% for a month in which availability falls below the level in clause 6.2, up to 25% of the Monthly Service Charge in any month. Service credits are deducted from the next invoice and do not limit the Customer's other remedies.

6.4 The Provider shall report performance against the Service Levels monthly, with a root-cause analysis for every Priority 1 incident and the corrective actions taken.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data, including client files, correspondence and work product protected by legal professional privilege or by the lawyer's duty of secrecy, belongs to the Customer. The Provider shall use Customer Data only to perform the Services and for no other purpose.

7.2 The Provider shall: maintain ISO/IEC 27001 certification for the Services; keep all Customer Data in mainland China and in the Customer's own systems; use named administrator accounts with multi-factor authentication, and privileged-access sessions that are recorded and reviewable by the Customer; not copy Customer Data to its own systems; and comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall take all reasonable steps to contain it and shall be liable for loss caused to the Customer by its breach of this clause 7.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all information of the other party obtained under this Agreement and shall not disclose it to any third party without the other party's prior written consent. The Provider acknowledges that the Customer's client information is subject to strict professional secrecy and shall ensure that each engineer with access to it signs an individual confidentiality undertaking. This clause survives termination without limit of time.

9. INTELLECTUAL PROPERTY

9.1 Runbooks, scripts, configurations and documentation prepared by the Provider for the Customer belong to the Customer, which may use, modify and pass them to any successor provider without restriction. The Provider's own monitoring tools remain its property and are removed at the end of the Term.

10. SUBCONTRACTING

10.1 The Customer approves, by signing this Agreement, Jinan Yuanhe IT Services Co., Ltd. as the Provider's subcontractor for the resident engineers in Jinan. The Provider shall not appoint any other subcontractor without the Customer's prior written consent, and remains responsible for every subcontractor as for itself.

11. LIABILITY

11.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of clauses 7 or 8.

11.2 Subject to clause 11.1, the total liability of the Provider under or in connection with this Agreement shall not exceed 150% of the Total Contract Value.

12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach which is not remedied within thirty days of written notice specifying it, or if Priority 1 resolution times are missed in three or more months of any six-month period.

12.2 On expiry or termination the Provider shall co-operate fully in the transfer of the Services to the Customer or a successor provider for up to sixty days, at the rates in clause 5, and shall return all Customer Data and credentials.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement is governed by the law of Scotland.

13.2 The parties submit to the exclusive jurisdiction of the Scottish courts, and any proceedings shall be brought in the Court of Session in Edinburgh.

14. GENERAL

14.1 This Agreement contains the whole agreement between the parties about its subject matter. Any variation must be in writing and signed by both parties.

14.2 Notices shall be sent by recorded delivery or e-mail to the addresses set out above, marked for the attention of the managing partner or the managing director.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedules annexed are executed as follows:

Subscribed for and on behalf of TRODDAY MANAGED SERVICES LIMITED
at ____________ on ____________ 2025 by ____________________ Director, before this witness ____________________

Subscribed for and on behalf of SHANDONG QUANYUAN LAW FIRM
at ____________ on ____________ 2025 by ____________________ Managing Partner

Schedule 1: Service description. Schedule 2: Transition plan.
"""

# ---------------------------------------------------------------------------------------------------------------
# h208e05 — Hebei chestnut exporter, pesticide-residue-free certificate API subscription + integration; vendor on
#           the Isolino Virginia, Italian style (.md, "Art. N (title)" + N.N)
# ---------------------------------------------------------------------------------------------------------------
H208E05 = """# SUBSCRIPTION AND INTEGRATION AGREEMENT — CERTIFICATE API SERVICE

**Ref. CT-SUB-2025/112**

**BETWEEN**

**CertiTrace S.r.l.**, with registered office at Isolino Virginia, 21026 Biandronno (VA), Italy, VAT no. IT 03917460128, registered with the Varese Companies Register, in the person of its legal representative (the "**Vendor**")

**AND**

**Hebei Qianxi Golden Chestnut Export Co., Ltd.**, with registered office at Xinglong Street, Qianxi County, Tangshan, Hebei Province, People's Republic of China, in the person of its legal representative (the "**Customer**")

(each a "**Party**" and together the "**Parties**")

## WHEREAS

a) the Vendor operates an on-line service that checks laboratory results of agricultural products against the maximum residue limits of the importing countries and issues digitally signed residue-free certificates with a QR code that importers and customs brokers can verify;

b) the Customer exports roasted and raw chestnuts to Japan, Korea and the European Union and wishes to obtain such certificates for each export lot directly from its ERP system;

c) the Parties intend to set out the terms of the subscription and of the integration services. At the Customer's request all amounts are stated in Chinese yuan (CNY).

The premises form an integral part of this Agreement.

**NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS**

## Art. 1 (Definitions)

1.1 "**Service**": the CertiTrace certificate API, the verification portal and the maximum residue limit (MRL) database module. "**Customer Data**": laboratory reports, lot numbers, product data, exporter and consignee details and any other data the Customer sends to the Service. "**Certificate**": a residue-free certificate issued through the Service for one export lot. "**Integration Acceptance**": the acceptance under Art. 5. "**Subscription Term**": twenty-four months from Integration Acceptance.

## Art. 2 (Subject matter)

2.1 The Vendor grants the Customer access to the Service for the Subscription Term, up to 600 Certificates per subscription year, and carries out the integration of the Service with the Customer's ERP system and with the result exports of its two contracted laboratories.

2.2 The integration comprises: an ERP connector that sends lot data and laboratory results to the API and stores the returned Certificates; bilingual Certificate templates in Chinese-English, Chinese-Japanese and Chinese-Korean with the Customer's logo; and the mapping of the laboratories' result files to the Vendor's data model.

## Art. 3 (Fees)

3.1 The fees are as follows:

| Item | Basis | CNY |
|---|---|---|
| Certificate API subscription, tier "Export 600" | 186,000 per year × 2 years | 372,000 |
| MRL database module (EU, Japan, Korea) | 42,000 per year × 2 years | 84,000 |
| ERP and laboratory integration | one-time | 96,000 |
| Training of export and QA staff | one-time | 8,000 |
| **Total Contract Value** | | **560,000** |

3.2 Certificates beyond 600 in a subscription year are charged at CNY 260 each. This usage charge is not part of the Total Contract Value.

## Art. 4 (Payment terms)

4.1 Within ten days from signature, and before any activity of the Vendor, the Customer shall pay an advance (*anticipo*) equal to 35% of the Total Contract Value, that is CNY 196,000.

4.2 The integration and training fees are invoiced on Integration Acceptance. Subscription fees are invoiced quarterly in arrears at CNY 57,000 per quarter. The advance is set off against these invoices in chronological order until it is used up.

4.3 Invoices are payable within thirty days from the invoice date by bank transfer.

## Art. 5 (Integration and acceptance)

5.1 The Vendor shall complete the integration within fifty days from receipt of the advance.

5.2 Integration Acceptance requires that: (a) fifty test lots covering raw and roasted chestnuts and all three destination markets run end-to-end from the ERP to a Certificate without manual intervention; (b) every test Certificate is correctly verified through its QR code on the verification portal; (c) the Certificates stored in the ERP match the lot data field by field; (d) a lot whose result exceeds the applicable limit is refused with the correct reason; and (e) every API request made during the test is answered within 3 seconds. When these conditions are met the Parties sign an acceptance report. Use of the Service for live lots before that date does not constitute acceptance.

5.3 If Integration Acceptance is delayed beyond the term in Art. 5.1 for reasons attributable to the Vendor, the Vendor shall pay a penalty of CNY 700 for each day of delay, without prejudice to compensation for further damage.

## Art. 6 (Service levels)

6.1 The Vendor guarantees a monthly availability of the API and of the verification portal of 99.98%, excluding maintenance announced at least three days in advance.

6.2 Incidents: priority 1 (no Certificate can be issued or verified) response within 30 minutes and restoration within 6 hours; priority 2 (degraded performance or a single market affected) response within 2 hours and restoration within 1 working day; priority 3 within 3 working days.

6.3 If availability falls below the guaranteed level in a month, the Customer receives a credit of 5% of the monthly subscription fee for each 0.1 percentage point or part of it below the level, up to 50% of that fee; each priority 1 incident not restored in time gives a further credit of CNY 1,000. Credits are set off against the next invoice.

## Art. 6-bis (Obligations of the Customer)

6-bis.1 The Customer shall send to the Service only laboratory reports issued by laboratories accredited under ISO/IEC 17025 and shall ensure that lot numbers and product data are complete and correct. The Vendor is not responsible for Certificates refused or issued on the basis of incorrect data supplied by the Customer.

6-bis.2 The Customer shall appoint a technical contact for the integration, give the Vendor timely access to an ERP test environment and to sample result files of its laboratories, and inform the Vendor at least thirty days in advance of any change to its ERP interfaces.

## Art. 7 (Customer Data)

7.1 Customer Data remain the property of the Customer. The Vendor processes Customer Data only to provide the Service to the Customer, including keeping the register of issued Certificates that importers and authorities consult through the verification portal.

7.2 On expiry of the Agreement the Vendor shall return the Customer Data in a common machine-readable format upon written request; the Certificate register remains available for verification for three years after the last Certificate was issued.

## Art. 8 (Intellectual property)

8.1 The Service, the MRL database and the related software remain the exclusive property of the Vendor.

8.2 The ERP connector, the Certificate templates and the mapping files developed for the Customer belong to the Customer, which may use, modify and have them modified by third parties without restriction. The Vendor delivers the source code of the ERP connector on Integration Acceptance.

## Art. 9 (Confidentiality)

9.1 Each Party shall treat as confidential all information received from the other Party in connection with this Agreement, in particular the Customer's prices, customers and laboratory results, and shall not disclose it to third parties without the other Party's prior written consent, for the duration of the Agreement and for five years thereafter.

## Art. 10 (Subcontracting)

10.1 The Vendor may not subcontract the integration services or the operation of the Service, in whole or in part, without the prior written consent of the Customer. The Vendor is responsible for the work of any authorised subcontractor.

## Art. 11 (Liability)

11.1 The Vendor is liable for the correctness of Certificates issued on the basis of correct Customer Data and for damage caused by its breach of this Agreement.

11.2 The total liability of the Vendor under this Agreement shall not exceed one and a half times the Total Contract Value, except in cases of wilful misconduct or gross negligence.

## Art. 12 (Duration and withdrawal)

12.1 This Agreement enters into force on signature and ends on expiry of the Subscription Term, without tacit renewal. A renewal requires a new written order agreed by both Parties.

12.2 The Customer may not withdraw from or terminate this Agreement before the end of the Subscription Term for any reason. In the event of a breach by the Vendor, the Customer's remedies are the penalties and credits in Art. 5.3 and Art. 6.3 and compensation for damage under Art. 11.

12.3 The Vendor may terminate this Agreement by written notice if the Customer fails to pay any amount within thirty days after a written reminder, without prejudice to the Vendor's right to the fees for the remaining Subscription Term.

## Art. 13 (Force majeure)

13.1 Neither Party is liable for failure to perform caused by events beyond its reasonable control, provided it informs the other Party promptly and resumes performance as soon as possible.

## Art. 14 (Governing law and disputes)

14.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of this Agreement shall be referred to the Tangshan Arbitration Commission for arbitration in Tangshan in accordance with its rules. The award is final and binding on the Parties.

## Art. 15 (Final provisions)

15.1 Any amendment to this Agreement is valid only if made in writing and signed by both Parties. The invalidity of any clause does not affect the others.

15.2 Pursuant to good commercial practice, the Parties declare that each clause of this Agreement has been individually negotiated.

Made in two originals, in Biandronno and in Qianxi, on the dates of signature below.

The Vendor: ____________________ The Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# targets
# ---------------------------------------------------------------------------------------------------------------
TEXTS = {  # written as they are (.md / .txt)
    "h208z03_florist_chain_delivery_saas.md": H208Z03,
    "h208z04_county_animal_disease_platform_om.txt": H208Z04,
    "h208z05_black_tea_traceability_supplier_template.txt": H208Z05,
    "h208e02_cooking_school_booking_saas_german_vendor.md": H208E02,
    "h208e04_law_firm_managed_it_scottish_provider.txt": H208E04,
    "h208e05_chestnut_residue_certificate_api_italian_vendor.md": H208E05,
}
SOURCES = {"h208z01": H208Z01, "h208z02": H208Z02, "h208e01": H208E01, "h208e03": H208E03}
TARGETS = {"h208z01": ("h208z01_tax_bureau_hall_queuing_booking_system.docx", "docx"),
           "h208z02": ("h208z02_gear_plant_noise_inspection_equipment.pdf", "pdf"),
           "h208e01": ("h208e01_lighting_photometric_software_licence_irish_vendor.pdf", "pdf"),
           "h208e03": ("h208e03_rice_fish_farm_conductivity_sensors.docx", "docx")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
