"""holdout191: ten ORDINARY draft contracts (5 Chinese, 5 English) and their hand-written labels.

Run with /work/main/.venv/bin/python. Writes the .txt/.md sources as they are, builds the two .docx and the two .pdf
with ../word_pdf.py (PDFs broken at word boundaries, wrap_words=True), asserts every price and payment sum, writes the
.json labels (one-space indent, ensure_ascii=False, no trailing newline) and re-applies the policy's CR rules to each
label's terms to check that they give the planned rule list.
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h191z01 — city 审计局, 审计数据分析平台 system integration, 政府采购 公开招标, buyer's paper (.docx, 第X条 + 1.1)
# ---------------------------------------------------------------------------------------------------------------
H191Z01 = """T:汀州市审计局审计数据分析平台建设项目合同
P:合同编号：TZSJ-2026-ZC-017
P:采购方式：公开招标（招标编号：TZCG-2026-0412）
P:甲方（采购人）：汀州市审计局
P:地址：汀州市府前路18号
P:乙方（供应商）：杭州数衡信息技术有限公司
P:地址：杭州市西湖区文三路259号数衡大厦6楼
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同不可分割的组成部分；如有不一致，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责汀州市审计局审计数据分析平台的建设，包括：国产化服务器及分布式存储的供货与安装，国产分布式数据库软件及审计数据分析平台软件的许可，审计分析模型定制开发，与财政预算管理一体化系统、国库集中支付系统、社保、公积金、不动产登记等数据源的接口开发及历史数据迁移，系统集成、试运行及培训。
P:1.2 本项目交付的软硬件须支持国产操作系统、数据库和中间件，符合网络安全等级保护第三级及审计署关于审计数据管理的相关要求。详细技术要求见附件一《技术规格及需求说明书》。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾柒万元整（¥2,870,000.00），为固定总价，包含设备、软件许可、定制开发、运输、保险、安装、测试、培训、税费以及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|合价（元）
TB:1|国产化计算服务器|6台|98,500|591,000
TB:2|分布式存储系统（可用容量400TB）|1套|436,000|436,000
TB:3|国产分布式数据库软件许可（永久）|1套|268,000|268,000
TB:4|审计数据分析平台软件许可（永久）|1套|685,000|685,000
TB:—|软硬件小计|—|—|1,980,000
TB:5|审计分析模型定制开发（38个模型）|1项|472,000|472,000
TB:6|数据接口开发及历史数据迁移|1项|226,000|226,000
TB:7|系统集成实施及等保测评配合|1项|158,000|158,000
TB:8|用户培训及管理员培训|1项|34,000|34,000
TB:合计|—|—|—|2,870,000
P:2.2 除本合同另有约定外，甲方无须为完成本项目另行向乙方支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的25%作为预付款，即人民币717,500元。
P:3.2 系统初验合格后十五个工作日内，甲方支付合同总价的50%，即人民币1,435,000元。
P:3.3 系统终验合格后十五个工作日内，甲方支付合同总价的25%，即人民币717,500元。
P:3.4 乙方每次收款前应向甲方开具等额合法发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后45日内完成全部设备到货及上架安装，90日内完成平台部署、接口开发和数据迁移并提请初验。
P:4.2 设备到货时由双方共同开箱清点并签署到货清单。到货签收仅确认型号、数量和外观，不代表质量验收。
P:4.3 乙方应派驻项目经理1名、实施工程师不少于5名，未经甲方同意不得更换项目经理。乙方应每周向甲方提交项目周报。
H:第五条 验收
P:5.1 初验：平台部署及接口开发、数据迁移完成后，乙方提交初验申请及自测报告，甲方在十个工作日内组织初验。初验标准为：（1）38个审计分析模型均按《模型需求说明书》逐一通过测试用例；（2）迁移数据与源系统逐表核对记录数和金额，差异为零；（3）单表10亿行数据的条件查询平均响应时间不超过10秒，200个并发用户下页面响应不超过3秒；（4）通过第三方机构的网络安全等级保护第三级测评及源代码安全检测，无高危问题。
P:5.2 初验合格后进入试运行，试运行期为九十日。试运行期内未发生一级故障且二级故障不超过3次的，乙方可申请终验。终验以本合同、招标文件技术要求及投标文件承诺为依据，由甲方组织专家进行。
P:5.3 系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件升级及补丁、模型优化和技术支持。
P:6.2 故障响应：一级故障（平台不可用或核心数据无法访问）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内解决；三级故障（一般问题）在下一个工作日内处理。
P:6.3 平台年可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:6.4 乙方响应、到场或恢复超时的，每超时1小时向甲方支付人民币1,000元；年可用率每低于承诺值0.01个百分点，向甲方支付人民币2,000元。上述款项甲方可从应付款项或履约保证金中直接扣除。
P:6.5 质保期满后，如甲方需要，乙方应继续提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过人民币158,400元），该费率在质保期满后的前两年内不得上调。维保合同由双方届时另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的审计分析模型、接口程序、数据迁移脚本及其源代码和技术文档，知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护，无需另行付费。乙方应在终验前移交全部源代码及文档。
P:7.2 数据库软件及平台软件的知识产权归其权利人所有，乙方保证甲方获得永久、不可撤销的使用许可。
P:7.3 乙方保证所交付的货物、软件及服务不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 本项目涉及的被审计单位数据、审计工作数据及由其产生的分析结果均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
P:8.2 乙方人员应在甲方指定场所、经甲方审批并通过堡垒机访问系统，不得将任何数据复制、拍摄或带离甲方场所；开发测试须使用甲方提供的脱敏数据。乙方人员须签署保密承诺书并接受背景审查。
P:8.3 乙方发现数据泄露、篡改或其他安全事件的，应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方全部损失，并承担相应的法律责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的审计工作秘密、被审计单位信息以及甲方网络架构、账号口令等负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同的终止或解除而解除。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期提请初验、终验的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 乙方交付的货物或服务不符合合同约定的，甲方有权要求更换、整改，并要求乙方赔偿由此造成的损失。
P:10.3 甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期交货或逾期提请验收超过30日；（2）验收两次不合格；（3）发生因乙方原因导致的数据安全事件；（4）有其他严重违约行为，经甲方书面催告后15日内仍未改正。
P:12.2 合同解除后，乙方应退还已收取的相应款项，并赔偿甲方的损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 乙方应在合同签订前提交合同总价5%的履约保证金（银行保函形式），终验合格后无息退还。
P:14.2 本合同附件：附件一《技术规格及需求说明书》，附件二《模型需求说明书》，附件三《项目实施计划》。
P:14.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：汀州市审计局　　　　乙方（盖章）：杭州数衡信息技术有限公司
P:法定代表人或授权代表：　　　　　　法定代表人或授权代表：
P:日期：2026年　月　日　　　　　　　日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h191z02 — electronic-components plant, AOI optical inspection equipment + post-warranty maintenance (.pdf, 一、/（一）/1.)
# ---------------------------------------------------------------------------------------------------------------
H191Z02 = """T:AOI光学检测设备采购及维保合同
P:合同编号：HX-EQ-2026-0318
P:买方（甲方）：常州宏芯电子元件有限公司
P:住所：常州市武进区龙城大道1699号
P:卖方（乙方）：深圳市视准智能装备有限公司
P:住所：深圳市宝安区福永街道凤凰第四工业区8栋
P:甲方为其SMT贴片车间第三期扩产项目采购AOI光学检测设备，经询价比选及商务谈判，双方依据《中华人民共和国民法典》，就设备供货、安装调试及质保期满后的维保服务订立本合同。
H:一、合同标的及价格
P:（一）乙方向甲方提供下列设备及软件，并负责安装调试、与甲方MES系统对接、首批检测程序制作及培训。设备的详细技术规格见附件一。
P:（二）价格明细（含13%增值税、包装、运输、保险、安装调试及质保期内的全部服务）：
P:1. 在线3D AOI检测设备（VS-3D680，双轨）6台，单价486,000元，合计2,916,000元；
P:2. 离线2D AOI检测设备（VS-2D320）2台，单价218,000元，合计436,000元；
P:3. 编程及复判工作站8套，单价16,500元，合计132,000元；
P:4. AOI集中管理软件（SPC统计及远程复判，永久许可）1套，168,000元；
P:以上设备及软件小计3,652,000元。
P:5. 安装调试及MES系统对接，96,000元；
P:6. 首批检测程序制作（120个料号）及操作、编程培训，52,000元。
P:（三）合同总价为人民币叁佰捌拾万元整（¥3,800,000.00）。除本合同另有约定外，甲方无须另行支付其他费用。
H:二、交货、安装与调试
P:（一）乙方应于合同生效后60日内将全部设备运抵甲方常州武进工厂指定车间，并在到货后20日内完成安装、调试及MES对接。
P:（二）到货时双方共同开箱清点，签署到货清单。到货签收仅确认型号、数量和外观，不构成验收。
P:（三）乙方可将设备的搬运就位、现场安装及MES接口开发工作交由其合作服务商完成，但应提前五个工作日书面通知甲方，并对合作服务商的工作质量和安全承担责任。
P:（四）乙方现场人员应遵守甲方车间的静电防护、5S及安全生产管理规定。
P:（五）乙方应在安装调试期间对甲方操作员、编程员及设备维护人员进行培训，培训时间不少于5个工作日。培训结束后，甲方人员应能独立完成新料号编程、缺陷复判、阈值调整及日常保养，乙方应提供中文操作手册及保养手册。
H:三、验收
P:（一）设备安装调试完成后，进行为期30日的连续试生产。验收标准如下：
P:1. 对甲方提供的标准缺陷板（含少锡、偏移、立碑、桥连、缺件、极性反等缺陷类型）进行检测，漏检数为零；
P:2. 在正常生产条件下，误报率不高于每块板0.3个点；
P:3. 双轨检测节拍不超过每块板18秒；
P:4. 检测结果按料号、工单实时上传MES，与MES记录逐条核对无差异；
P:5. 试生产期间未发生因设备本身原因导致的停线超过2小时的故障。
P:（二）试生产结束后，甲方在10个工作日内组织终验，合格的由双方签署终验报告。设备投入生产使用或甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在15日内修复或更换后重新验收；两次验收不合格的，甲方有权退货并解除合同。
H:四、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即760,000元；
P:（二）设备全部到货签收后10个工作日内，甲方支付合同总价的50%，即1,900,000元；
P:（三）终验合格后10个工作日内，甲方支付合同总价的25%，即950,000元；
P:（四）合同总价的5%即190,000元作为质量保证金，质保期满且无未决质量问题后10个工作日内支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费提供维修、零部件更换（易损件除外，易损件清单见附件二）、软件升级及技术支持。
P:（二）服务响应时限：
P:1. 一级故障（设备停机导致产线停线）：乙方在30分钟内响应，6小时内到达现场，24小时内修复或提供备机；
P:2. 二级故障（部分功能异常，产线可降级运行）：2小时内响应，48小时内修复；
P:3. 三级故障（一般咨询及程序优化）：1个工作日内处理。
P:（三）乙方未按上述时限响应、到场或修复的，每超时1小时向甲方支付800元，甲方可从质量保证金或应付款中扣除。
P:（四）乙方应在常州设立备件库，相机、光源、导轨电机、工控机等常用备件各常备不少于2套。
H:六、质保期满后的维保服务
P:（一）质保期满后，甲方可向乙方购买年度全保维保服务，内容包括每季度一次定期保养、故障维修、零部件及备件更换（含相机、光源）、软件升级和程序优化支持，服务响应时限及超时责任同第五条。
P:（二）年度维保费为设备及软件小计的23%，即每年人民币839,960元，自本合同签订之日起五年内该费用固定不变。维保服务按年签订订单，不自动续期。
P:（三）维保期内更换的零部件享有九十日保修。
H:七、知识产权
P:（一）设备内置软件及AOI集中管理软件的知识产权归乙方所有，甲方获得永久、不可撤销的使用许可，该许可可随设备一并转让。
P:（二）乙方为甲方制作的检测程序、缺陷库、MES接口程序及相关文档归甲方所有，甲方可自行修改、复制并用于其他设备，或交由第三方维护。
H:八、数据安全
P:（一）设备采集的检测图像、产品程序、工艺参数及生产数据均属于甲方，乙方不得用于履行本合同以外的任何目的，不得向任何第三方提供。
P:（二）设备联网须接入甲方工控网络并遵守甲方网络安全管理制度。乙方远程诊断须逐次申请，经甲方批准后通过甲方指定的VPN及堡垒机进行，全程留痕；乙方不得在设备中预留后门或未经授权的远程通道。
P:（三）维修需更换硬盘或工控机的，原存储介质留存甲方或在甲方监督下销毁。
P:（四）发生数据泄露或其他安全事件时，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:乙方对履约过程中获知的甲方产品设计、工艺参数、客户信息及生产数据负有保密义务，未经甲方书面同意不得披露，本条在合同终止后五年内仍然有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%；逾期超过30日的，甲方有权解除合同。
P:（二）设备质量不符合约定的，乙方负责免费更换，并赔偿甲方因此遭受的损失。
P:（三）甲方逾期付款的，应按同期贷款市场报价利率支付逾期利息。
H:十一、合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:十三、其他
P:本合同附件（技术规格书、易损件清单、培训计划）与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：常州宏芯电子元件有限公司
P:乙方（盖章）：深圳市视准智能装备有限公司
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h191z03 — mother-and-baby store chain, 会员与库存 SaaS, three years + 实施 (.md, Markdown headings)
# ---------------------------------------------------------------------------------------------------------------
H191Z03 = """# 母婴门店会员与库存管理 SaaS 服务合同

**合同编号**：BH-IT-2026-021

**甲方（客户）**：成都贝禾母婴用品连锁有限公司
住所：成都市武侯区天府大道北段966号

**乙方（服务商）**：上海云铺网络科技有限公司
住所：上海市闵行区申长路988弄虹桥万科中心3号楼

甲方拟将其门店会员、库存及收银管理迁移至乙方的"云铺零售云"平台。经友好协商，双方依据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规订立本合同。

## 1 服务内容

1.1 乙方通过"云铺零售云"平台向甲方提供会员管理、积分与储值、门店库存管理、采购补货、门店调拨、收银、小程序商城及经营报表等 SaaS 服务，覆盖甲方现有86家门店及总部。

1.2 乙方负责实施服务，包括：历史会员（约42万名）及商品、库存、储值余额数据的迁移，与甲方金蝶ERP、门店POS收银机及微信支付的对接，门店店长及收银员培训。

1.3 服务期为三年，自上线验收合格次日起计算。服务期内甲方新开门店的，按本合同门店单价增加订阅。

1.4 乙方为甲方指定专属客户成功经理，负责日常沟通、季度业务回顾、需求跟进及门店问题的协调处理。

## 2 费用

2.1 本合同费用如下：

| 项目 | 计费方式 | 年费（元） | 三年合计（元） |
|---|---|---|---|
| 门店版订阅 | 86店 × 3,600元/店/年 | 309,600 | 928,800 |
| 总部版订阅 | 1套 | 48,000 | 144,000 |
| 小程序商城模块 | 1套 | 36,000 | 108,000 |
| 订阅费小计 | — | 393,600 | 1,180,800 |
| 实施服务费（一次性） | 固定价 | — | 128,000 |
| **合同总价** | — | — | **1,308,800** |

2.2 短信通道、支付通道手续费由甲方按第三方标准另行承担，不计入合同总价。

## 3 付款

3.1 本合同不设预付款。

3.2 实施服务费在上线验收合格后15个工作日内一次性支付。

3.3 订阅费按季度结算：每季度结束后10个工作日内乙方开具发票，甲方在收到发票后15个工作日内支付上一季度订阅费（每季度98,400元）。

## 4 实施与上线验收

4.1 乙方应在合同签订后60日内完成实施并提请上线验收。

4.2 上线验收标准：（1）会员、积分、储值余额迁移后逐条核对，差异为零；（2）全部门店的收银、会员核销、库存调拨流程按《验收测试用例》测试通过；（3）与金蝶ERP的商品、库存及单据接口连续7日对账无差异；（4）高峰时段收银接口平均响应时间不超过1秒。

4.3 甲方在收到验收申请后10个工作日内组织验收并出具书面意见。试运行或门店已开始使用系统，均不视为验收合格。

4.4 乙方未按期完成上线验收的，每逾期一日向甲方支付违约金人民币1,200元。

4.5 实施分批进行：先在3家试点门店上线运行不少于7日，确认无重大问题后再分批推广至全部门店。每批门店的系统切换应安排在营业结束后进行，切换当晚乙方应安排人员远程值守，不得影响门店次日营业。

## 5 服务水平

5.1 平台月度可用率不低于99.5%。计划内维护应安排在凌晨1:00至6:00之间，并提前48小时通知甲方，不计入不可用时间。

5.2 故障分级与响应：

- 一级故障（全部或多家门店无法收银、会员无法核销）：15分钟内响应，2小时内恢复；
- 二级故障（部分功能异常，不影响收银）：1小时内响应，8小时内解决；
- 三级故障（咨询及一般问题）：下一个工作日内答复。

5.3 服务抵扣：月度可用率低于承诺值但不低于99%的，抵扣当月订阅费的5%；低于99%但不低于98%的，抵扣当月订阅费的10%；低于98%的，抵扣当月订阅费的20%。一级故障恢复超时的，每超时1小时另行抵扣当月订阅费的1%。抵扣金额从下一季度应付订阅费中扣减。

## 6 客户数据

6.1 甲方在使用服务过程中录入、上传或产生的会员信息、交易记录、库存及经营数据（"客户数据"）的所有权归甲方。

6.2 乙方有权在对客户数据进行去标识化处理后，将其汇总用于母婴行业销售趋势分析、平台产品优化以及向其他客户提供品类趋势报告；该等汇总数据的权利归乙方，本合同终止后乙方仍可继续使用。

6.3 乙方应采取加密存储与传输、访问控制、操作日志审计等措施保护客户数据，平台已通过网络安全等级保护第三级测评，数据存储于中国境内。

6.4 发生客户数据泄露、丢失或被非法访问的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任及相应的法律责任。

6.5 合同终止后30日内，乙方应按甲方要求以通用格式导出并移交全部客户数据，并在甲方确认后彻底删除。

## 7 知识产权

7.1 平台软件及其后续版本的知识产权归乙方所有。

7.2 乙方为甲方专门开发的报表、小程序页面设计、ERP接口配置及其文档归甲方所有，甲方可自由使用、修改或交由第三方使用。

## 8 保密

8.1 双方对在合作中获知的对方商业秘密，包括价格、供应商、会员规模、经营策略及技术资料，负有保密义务，未经对方书面同意不得向第三方披露。

8.2 本条在合同终止后三年内继续有效。

## 9 续期

9.1 服务期满前30日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，此后亦同。

9.2 续展期间的订阅费，乙方有权按其届时的标准价格进行调整，但上调幅度不超过上一服务年度订阅费的10%。

## 10 分包

乙方不得将本合同项下的服务分包给第三方，经甲方书面同意的除外。乙方使用的云基础设施由乙方自行采购并承担全部责任。

## 11 违约责任

11.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施或赔偿损失等违约责任。

11.2 乙方累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第6条造成的损失不受此限。

## 12 合同解除

12.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：（1）连续两个月月度可用率低于98%；（2）发生因乙方原因导致的严重数据安全事件；（3）其他严重违约行为经甲方书面催告后15日内仍未纠正。

12.2 合同解除的，甲方仅支付至解除日已实际使用的订阅费，乙方应按第6.5条移交数据。

## 13 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 14 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件《验收测试用例》《服务说明》与本合同具有同等效力。

14.2 双方的通知以书面形式（含电子邮件）发送至本合同首页所列地址或双方指定的邮箱，发出后次日视为送达。

甲方（盖章）：成都贝禾母婴用品连锁有限公司
乙方（盖章）：上海云铺网络科技有限公司
日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h191z04 — district 民族宗教事务局, 宗教场所信息管理平台 annual O&M, 政府采购 竞争性磋商 (.txt, 第X章 / 第X条 / （一）)
# ---------------------------------------------------------------------------------------------------------------
H191Z04 = """江城市沙河区民族宗教事务局
宗教场所信息管理平台运维服务合同

项目编号：SHQ-CG-2026-CS-009
采购方式：竞争性磋商

甲方（采购人）：江城市沙河区民族宗教事务局
地址：江城市沙河区人民路36号区行政中心B座
乙方（供应商）：江城市信诺数科技术服务有限公司
地址：江城市高新区科创路8号创业大厦11层

依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件、乙方响应文件及成交通知书，甲乙双方就宗教场所信息管理平台运维服务事项订立本合同。

第一章 总则

第一条 磋商文件、乙方响应文件、成交通知书及本合同附件是本合同的组成部分，与本合同具有同等效力。

第二条 服务期限自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止；如需继续采购运维服务，甲方应重新履行政府采购程序，本合同不自动续期。

第二章 服务内容

第三条 运维对象为甲方宗教场所信息管理平台，包括场所基本信息库、教职人员备案、活动报备、财务监督、安全隐患排查及视频联网六个模块，以及支撑平台运行的服务器、数据库、中间件和网络安全设备（清单见附件一）。平台部署于区电子政务外网机房，由甲方统一管理机房及网络接入，乙方负责上述软硬件的运行维护。

第四条 服务内容包括：
（一）日常运维：系统运行监控，每月一次全面巡检并出具巡检报告，数据库每日增量备份、每周全量备份，故障处理；
（二）驻场运维：派驻运维工程师1名，每周驻场不少于两个工作日，其余时间远程支持；
（三）安全运维：每季度一次漏洞扫描及加固，配合年度网络安全等级保护测评并完成整改，每半年组织一次应急演练；
（四）数据维护：协助甲方核查并录入宗教场所年度信息及教职人员变更信息；
（五）功能优化：按甲方书面需求提供不超过200人日的功能优化开发，每项需求经甲方确认后实施；
（六）重要时段保障：在重大宗教节日、重要会议及其他重要时间节点期间，乙方应安排专人值守，提前完成系统巡检和安全加固，并按甲方要求提交保障方案；
（七）运维台账：乙方应建立运维台账，完整记录巡检、变更、故障处理和数据备份情况，每月5日前向甲方提交上月运维报告。

第三章 服务费用与支付

第五条 本合同总价为人民币伍拾伍万捌仟元整（¥558,000.00），为固定总价，含人工、差旅、工具、税费等全部费用。分项如下：
  1. 平台应用及数据库、中间件运维 ............ 168,000元
  2. 驻场运维（全年） ........................ 186,000元
  3. 安全运维及等保测评配合 .................. 64,000元
  4. 数据维护 ................................ 52,000元
  5. 功能优化开发（不超过200人日） ............ 88,000元
  合计 ...................................... 558,000元

第六条 本合同不设预付款。服务费按季度支付，每季度139,500元。每季度结束后，甲方在季度考核完成后15个工作日内支付当季服务费；第四季度服务费在年度验收合格后支付。乙方应开具合法发票。

第四章 服务水平与考核

第七条 故障分级与响应：
（一）一级故障（平台整体无法访问、数据库损坏或发生网络安全事件）：乙方应在接报后8小时内响应并安排工程师到场处置，24小时内恢复；
（二）二级故障（部分模块不可用）：1个工作日内响应，3个工作日内解决；
（三）三级故障（一般性问题及咨询）：5个工作日内解决。

第八条 甲方按附件二《运维服务考核细则》每季度对乙方进行考核。每发生一次响应或恢复超时，扣减当季服务费的2%；季度考核得分低于80分的，另行扣减当季服务费的5%。扣减金额从当季服务费中直接抵扣。

第九条 年度验收：服务期满前，甲方组织年度验收。验收标准如下：
（一）全年巡检报告、备份记录、漏洞扫描及加固报告齐全；
（二）等级保护测评配合完成，测评发现的高风险问题全部整改完毕；
（三）功能优化需求按双方确认的需求清单全部上线并通过测试；
（四）四个季度考核平均得分不低于85分。
年度验收合格的，双方签署年度验收报告，作为支付第四季度服务费的依据；年度验收不合格的，乙方应在20日内整改后重新验收。

第五章 数据安全与保密

第十条 平台中的宗教场所信息、教职人员及信教群众个人信息、财务信息及视频资料均属于甲方所有。乙方仅可为履行本合同之目的接触和处理上述数据，不得用于其他任何目的。

第十一条 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》：运维操作须通过甲方堡垒机进行并全程审计；未经甲方书面批准不得导出、复制任何数据；运维人员须经甲方备案并签署保密承诺书；备份介质由甲方保管，乙方不得自行留存任何数据副本。发现数据泄露、篡改或网络攻击的，乙方应在1小时内报告甲方并立即处置。因乙方原因导致数据安全事件的，乙方承担全部责任并赔偿甲方损失。

第十二条 乙方对履约中知悉的甲方工作秘密、宗教事务管理信息及系统账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。

第六章 知识产权

第十三条 乙方在功能优化中形成的源代码、数据库脚本、设计及技术文档，知识产权归甲方所有，乙方应在每项功能上线后10个工作日内移交，甲方可自行修改或交由第三方维护。

第七章 违约责任

第十四条 乙方未按约定时间提交月度巡检报告，或未按期完成漏洞加固、等保测评整改或已确认的功能优化交付的，每逾期一日，按合同总价的万分之三向甲方支付违约金。

第十五条 乙方提供的服务不符合约定的，应及时整改；因乙方原因给甲方造成损失的，乙方应予赔偿。

第十六条 甲方无正当理由逾期付款的，应按同期贷款市场报价利率向乙方支付逾期利息。

第八章 分包、解除与争议

第十七条 乙方不得将本合同项下的服务转包或分包。乙方驻场人员须具备相应的专业资质，名单报甲方备案；人员变更须提前10个工作日书面报甲方同意，且变更后人员能力不得低于原人员。

第十八条 乙方有下列情形之一的，甲方有权书面通知解除合同：（一）连续两个季度考核得分低于80分；（二）发生因乙方原因导致的数据安全事件；（三）其他严重违约行为经甲方书面催告后15日内仍未改正。合同解除后，甲方按实际服务期间及考核结果结算服务费。服务期满或合同解除时，乙方应配合甲方完成运维交接，移交全部账号、文档、配置及运维台账，交接期间不得中断服务。

第十九条 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第九章 附则

第二十条 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
附件一：运维对象清单
附件二：运维服务考核细则

甲方（盖章）：江城市沙河区民族宗教事务局
乙方（盖章）：江城市信诺数科技术服务有限公司
签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h191z05 — nougat (牛轧糖) maker, WMS licence + custom development on the supplier's own template (.md, 1. / 1.1)
# ---------------------------------------------------------------------------------------------------------------
H191Z05 = """# 仓匠WMS仓储管理系统软件许可及实施合同

（仓匠软件标准合同文本 V4.0 · 2025年修订）

合同编号：CJ-WMS-2026-0087

**甲方（用户）**：福建甜域食品有限公司
地址：福建省漳州市龙海区东园工业区甜域路1号

**乙方（许可方）**：苏州仓匠软件科技有限公司
地址：苏州工业园区星湖街328号创意产业园12栋

鉴于甲方为其牛轧糖、花生酥等糖果产品的原料仓、包材仓及成品仓需要仓储管理系统，乙方同意按本合同条件向甲方许可使用"仓匠WMS"软件并提供定制开发及实施服务。双方经协商一致，订立本合同。

## 1. 合同内容与价款

**1.1** 乙方向甲方提供：仓匠WMS标准版软件使用许可（3个仓库、60个并发用户）、RF手持终端模块许可、定制开发服务、实施服务及培训。

**1.2** 本合同价款如下（含税）：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓匠WMS标准版软件许可（3仓、60用户） | 420,000 |
| 2 | RF手持终端模块许可 | 48,000 |
| — | 软件许可小计 | 468,000 |
| 3 | 定制开发（批次及保质期管理、温湿度联动、金蝶ERP及电商平台接口、原料先进先出规则） | 356,000 |
| 4 | 实施服务（蓝图设计、系统配置、数据初始化、上线支持） | 138,000 |
| 5 | 用户培训 | 18,000 |
| | **合同总价** | **980,000** |

**1.3** RF手持终端、条码打印机等硬件由甲方另行采购。

**1.4** 本软件许可为永久许可，仅限甲方在其漳州工厂及所属仓库内部使用，不得转让、出租或再许可。

## 2. 付款方式

**2.1** 合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即人民币539,000元，作为预付款。乙方收到预付款后启动项目。

**2.2** 系统上线试运行后5个工作日内，甲方支付合同总价的35%，即人民币343,000元。

**2.3** 系统验收合格后5个工作日内，甲方支付合同总价的10%，即人民币98,000元。

**2.4** 乙方在每次收款前向甲方开具等额增值税专用发票。甲方未按期付款的，乙方有权顺延后续工作。

## 3. 实施与验收

**3.1** 乙方在收到预付款后120日内完成定制开发及实施，系统上线试运行。

**3.2** 上线试运行满30日后，甲方按双方确认的《需求规格说明书》及《验收测试方案》组织验收。验收标准：功能清单逐项测试通过；入库、出库、盘点单据与金蝶ERP对账差异为零；批次追溯查询时间不超过3秒；连续运行30日无一级故障。

**3.3** 验收合格后双方签署验收报告。

**3.4** 实施分为需求调研、蓝图设计、开发配置、数据初始化、用户测试及上线六个阶段，各阶段成果经甲方书面确认后进入下一阶段。

**3.5** 甲方应提供满足乙方配置要求的服务器及网络环境，指派项目联系人，及时确认蓝图及测试结果，并组织仓库人员参加培训；因甲方原因导致的延误，实施期限相应顺延。

**3.6** 乙方实施人员进入甲方生产及仓储区域，应遵守甲方食品安全、卫生及安全生产管理制度。

## 4. 知识产权

**4.1** 仓匠WMS软件及其模块的著作权及其他知识产权归乙方所有。

**4.2** 乙方为甲方完成的定制开发成果，包括但不限于源代码、接口程序、数据库设计、配置方案及文档，其知识产权均归乙方所有。甲方在本合同许可范围内享有非独占、不可转让的使用权，不得修改、反向工程或向任何第三方提供。

## 5. 数据

**5.1** 甲方在系统中形成的原料、库存、批次及出入库业务数据归甲方所有。

**5.2** 乙方有权对甲方业务数据进行脱敏处理后用于统计分析、产品改进及食品行业仓储研究，并可在乙方的行业报告中使用该等统计结果。

**5.3** 系统部署于甲方服务器。乙方远程运维须经甲方授权并使用甲方分配的账号，乙方应采取访问控制、操作日志记录等必要的安全措施防止数据泄露；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

## 6. 保密

**6.1** 双方对合作中获知的对方技术资料、配方、价格及客户信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

**6.2** 双方应要求其参与本项目的员工及顾问遵守本条约定的保密义务。

## 7. 免费维护与后续服务

**7.1** 免费维护期为六个月，自系统上线试运行之日起计算。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

**7.2** 故障响应：一级故障（系统无法登录或无法出入库）乙方在8小时内响应，二级故障在2个工作日内响应，其他问题在5个工作日内响应。乙方不承担因响应或修复超时产生的任何扣款、赔偿或违约金。

**7.3** 免费维护期满后，甲方如需继续获得技术支持及版本升级，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准收取。

**7.4** 因甲方自行修改配置、操作不当或其服务器、网络环境原因导致的故障，不属于免费维护范围，乙方可另行收费。

## 8. 分包

**8.1** 乙方有权将部分定制开发及现场实施工作委托给乙方认证的合作伙伴完成，无需另行取得甲方同意；乙方对合作伙伴的工作向甲方负责。

## 9. 违约责任

**9.1** 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

**9.2** 甲方逾期付款的，乙方有权暂停实施，实施期限相应顺延。

**9.3** 乙方在本合同项下的累计责任（包括违约金及损害赔偿）不超过合同总价的20%。任何一方均不对间接损失、利润损失承担责任。

## 10. 合同解除

**10.1** 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

**10.2** 因甲方原因解除合同的，已支付款项不予退还。

## 11. 不可抗力

**11.1** 因地震、台风、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，该方应及时通知对方，并在15日内提供证明，可根据不可抗力的影响部分或全部免除责任。

## 12. 法律适用与争议解决

**12.1** 本合同适用中华人民共和国法律。

**12.2** 因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 13. 其他

**13.1** 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

**13.2** 《需求规格说明书》《验收测试方案》为本合同附件，与本合同具有同等效力。

甲方（盖章）：福建甜域食品有限公司　　　　乙方（盖章）：苏州仓匠软件科技有限公司

授权代表：　　　　　　　　　　　　　　授权代表：

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h191e01 — Shengzhou tie-dye workshop, colour-separation software perpetual licence + configuration + support;
#           vendor on Inishtearaght, Irish style (.txt, "Clause N")
# ---------------------------------------------------------------------------------------------------------------
H191E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

Agreement No. TCS-CN-2026-004

THIS AGREEMENT is made on the ____ day of ______________ 2026

BETWEEN:

(1) TEARAGHT COLOUR SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland (registered number 731842), having its registered office at The Old Lighthouse Station, Inishtearaght, Blasket Islands, County Kerry, Ireland (the "Vendor"); and

(2) SHENGZHOU LANYING TIE-DYE CRAFT CO., LTD., a company established under the laws of the People's Republic of China, having its principal place of business at No. 27 Jiangbin East Road, Sanjiezhen, Shengzhou, Zhejiang Province, China (the "Customer").

WHEREAS:

(A) The Vendor develops and licenses TearSep Studio, a colour-separation and dye-recipe software.

(B) The Customer produces hand tie-dyed and indigo-dyed silk and cotton goods and wishes to acquire a perpetual licence of TearSep Studio, to have it configured for its dye ranges and equipment, and to receive support.

NOW IT IS HEREBY AGREED as follows:

Clause 1 - Definitions and Interpretation

1.1 In this Agreement:
"Configuration Services" means the set-up of the Customer's dye library, colour profiles and workflows described in Schedule 2;
"Customer Data" means all designs, swatch measurements, colour recipes, production records and other data supplied by or generated for the Customer;
"Deliverables" means the dye library, colour profiles, recipe tables, scripts, templates and documentation produced by the Vendor for the Customer under this Agreement;
"Final Acceptance" means the Customer's signature of the Final Acceptance Certificate;
"Software" means TearSep Studio and the Spectral Dye Module, in object code, with their documentation and any updates supplied under this Agreement.

Clause 2 - Licence

2.1 Upon payment of the first instalment under Clause 5.1, the Vendor grants to the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for six (6) named users at the Customer's premises in Shengzhou and at any other site of the Customer in the People's Republic of China.

2.2 The Customer may make back-up copies and may transfer named-user seats between its employees at any time.

2.3 The Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.

Clause 3 - Services

3.1 The Vendor shall perform the Configuration Services, which include: building a dye library for the Customer's indigo, reactive and acid dye ranges; calibrating 1,200 reference swatches with the Customer's spectrophotometer; creating colour profiles for the Customer's two wide-format printers and one flatbed scanner; and setting up separation workflows for resist-dye patterns.

3.2 The Vendor shall integrate the Software with the Customer's cutting-plotter driver and with the export format of the Customer's ERP system so that recipe cards and order quantities flow between them (the "Integration Services").

3.3 The Vendor shall provide five days of on-site training in Shengzhou for up to ten persons.

3.4 The Vendor shall complete the Configuration Services and Integration Services and offer the system for Acceptance Tests within ninety (90) days after signature of this Agreement (the "Milestone Date").

Clause 4 - Contract Price

4.1 At the Customer's request all prices are stated and payable in Chinese Renminbi (CNY). The Contract Price is CNY 610,800, made up as follows:
  (a) TearSep Studio perpetual licence, 6 named users at CNY 46,800 each: CNY 280,800;
  (b) Spectral Dye Module perpetual licence: CNY 96,000;
      Licence Subtotal: CNY 376,800;
  (c) Configuration Services (fixed price): CNY 148,000;
  (d) Integration Services (fixed price): CNY 62,000;
  (e) On-site training: CNY 24,000.

4.2 The Contract Price is fixed and includes all expenses and taxes of the Vendor.

Clause 5 - Payment

5.1 The Customer shall pay the Contract Price in three instalments:
  (a) 20% (CNY 122,160) within thirty (30) days after signature of this Agreement, against the Vendor's invoice;
  (b) 45% (CNY 274,860) upon signature by both parties of the Configuration Completion Certificate, which confirms that the Software is installed and the Configuration Services and Integration Services are complete but is not an acceptance of the system;
  (c) 35% (CNY 213,780) within thirty (30) days after Final Acceptance.

Clause 6 - Acceptance

6.1 Within ten (10) working days after the Configuration Completion Certificate, the parties shall carry out the Acceptance Tests at the Customer's premises. The system passes the Acceptance Tests when:
  (a) for each of the 1,200 reference swatches, the colour difference between the Software's predicted recipe and the measured dyed sample is no greater than Delta E 1.5;
  (b) separations of the forty test patterns in Schedule 3 are produced and printed without manual correction;
  (c) recipe cards and order quantities pass between the Software and the ERP export for two full production weeks without error; and
  (d) the Software has run in production for twenty (20) working days without a Severity 1 fault.

6.2 When the system passes the Acceptance Tests the Customer shall sign the Final Acceptance Certificate within five (5) working days. Installation, use of the Software in production or payment of any instalment shall not constitute acceptance.

6.3 If the system fails any Acceptance Test, the Vendor shall correct the defects at its own cost within fifteen (15) days and the failed tests shall be repeated.

Clause 7 - Warranty

7.1 The Vendor warrants that for eighteen (18) months after Final Acceptance (the "Warranty Period") the Software and the Deliverables will perform materially in accordance with their documentation and Schedule 2.

7.2 During the Warranty Period the Vendor shall correct any defect and provide updates and support under Clause 8 free of charge.

Clause 8 - Support and Service Levels

8.1 Support is provided by telephone, e-mail and remote session in English and Mandarin. Faults are classified as follows:
  Severity 1 - the Software cannot be used for production or recipe output is wrong: response within two (2) hours at any time, workaround within one working day;
  Severity 2 - a function is impaired but production continues: response within eight (8) working hours;
  Severity 3 - questions and minor issues: response within two (2) working days.

8.2 If the Vendor fails to respond to a Severity 1 fault within the time above, it shall credit the Customer CNY 500 for each hour or part of an hour of delay, deducted from the next payment due or paid by the Vendor on demand.

Clause 9 - Annual Support after the Warranty Period

9.1 After the Warranty Period the Customer may order Annual Support, comprising the services in Clause 8 and updates of the Software.

9.2 The Annual Support fee is 13% of the Licence Subtotal per year, that is CNY 48,984 per year, and is fixed for the first four support years. Any later change requires written agreement of the parties and shall not exceed 3% per year.

9.3 Annual Support is ordered by the Customer's purchase order for one support year at a time and does not renew automatically.

Clause 10 - Customer Data and Data Security

10.1 All Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and for no other purpose, and shall not copy it off the Customer's systems except as the Customer instructs in writing.

10.2 The Vendor shall access the Customer's systems only through remote sessions opened by the Customer for each occasion, recorded by the Customer, and using named accounts with multi-factor authentication. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall not transfer Customer Data out of China.

10.3 The Vendor shall notify the Customer within twenty-four (24) hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall cooperate fully to contain it, and shall be liable for all losses caused to the Customer by any such incident resulting from the Vendor's breach of this Clause 10.

Clause 11 - Intellectual Property in Deliverables and Confidentiality

11.1 All intellectual property rights in the Deliverables vest in the Customer upon creation. The Customer may use, modify, copy and license the Deliverables freely, including for use by third parties. The Vendor shall hand over the Deliverables in editable form before Final Acceptance.

11.2 Each party shall keep confidential all information received from the other party under this Agreement, including the Customer's designs, patterns and recipes, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for five (5) years after termination or expiry.

Clause 12 - Delay, Liability and Termination

12.1 If the Vendor does not offer the system for Acceptance Tests by the Milestone Date for reasons not attributable to the Customer, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.

12.2 The Vendor's total aggregate liability under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price. This limit does not apply to liability for death or personal injury, fraud, breach of Clause 10 or infringement of third-party rights.

12.3 The Vendor shall not subcontract any of its obligations without the Customer's prior written consent, and remains responsible for any approved subcontractor.

12.4 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty (30) days after written notice, or if liquidated damages under Clause 12.1 reach their maximum. Either party may terminate if the other enters examinership or liquidation.

Clause 13 - Governing Law and Jurisdiction

13.1 This Agreement shall be governed by and construed in accordance with the laws of Ireland.

13.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

Clause 14 - General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Any variation must be in writing and signed by both parties.

14.2 This Agreement is executed in English and Chinese; both versions are equally authentic.

Schedule 1 - Software and licences
Schedule 2 - Configuration and Integration Services specification
Schedule 3 - Acceptance Tests and test patterns

SIGNED for and on behalf of TEARAGHT COLOUR SYSTEMS LIMITED by:
_____________________________ Director

SIGNED for and on behalf of SHENGZHOU LANYING TIE-DYE CRAFT CO., LTD. by:
_____________________________ Legal Representative / Authorised Signatory
"""

# ---------------------------------------------------------------------------------------------------------------
# h191e02 — Guilin rock-climbing school, booking SaaS, Order Form + General Terms; vendor on the Großer Werder,
#           German style (.pdf, "§ N (1)")
# ---------------------------------------------------------------------------------------------------------------
H191E02 = """T:Order Form and General Terms for the WerderBook Booking Platform
H:Part A - Order Form
P:Order Form No. WB-2026-CN-0119
P:Provider: Werder Buchungssysteme GmbH, Großer Werder 1, 18374 Zingst, Germany, registered in the commercial register of the Local Court (Amtsgericht) Stralsund under HRB 21417, represented by its managing director (the "Provider").
P:Customer: Guilin Yangshuo Karst Climbing School Co., Ltd., No. 9 Xijie Back Lane, Yangshuo County, Guilin, Guangxi, People's Republic of China (the "Customer").
P:A 1 Subscribed services. WerderBook "Studio Plus" plan for one climbing school with four crags and one indoor bouldering hall: online booking of courses, guided climbs and equipment rental; member accounts and multi-visit passes; digital liability waivers; instructor scheduling; weather-based cancellation notices; reporting. Add-on: payment connector for WeChat Pay and Alipay.
P:A 2 Initial Term. Twenty-four (24) months from the Service Start Date. The Service Start Date is the day after the Go-Live Acceptance under § 4 (3) of the General Terms.
P:A 3 Fees. At the Customer's request all fees are stated and invoiced in Chinese Renminbi (CNY):
TB:Item|Basis|Amount (CNY)
TB:Studio Plus subscription|CNY 7,800 per month x 24 months|187,200
TB:Payment connector add-on|CNY 1,200 per month x 24 months|28,800
TB:Onboarding (one-time)|fixed price|26,000
TB:Total Contract Value|Initial Term|242,000
P:A 4 Invoicing. Monthly fees are invoiced monthly in arrears and are payable within 30 days of the invoice. The onboarding fee is invoiced after the Go-Live Acceptance. No amount is payable in advance. Payment processing charges of WeChat Pay and Alipay are charged by those providers directly and are not part of the fees.
P:A 5 Onboarding scope. Set-up of the Customer's course catalogue (about 60 course types), import of 4,600 existing member records and pass balances from the Customer's spreadsheets, configuration of waiver forms in Chinese and English, instructor rosters, booking rules for four crags, and two remote training sessions for staff.
P:A 6 Go-Live Date. The Provider shall make the platform ready for the Go-Live Acceptance test within 45 days after signature of this Order Form.
P:A 7 Contract documents. This Order Form and the General Terms in Part B, with Annex 1 (Service Description) and Annex 2 (Data Processing Terms and approved sub-processor). In case of conflict the Order Form prevails.
H:Part B - General Terms
H:§ 1 Subject Matter
P:(1) The Provider makes the WerderBook platform available to the Customer as software as a service via the internet for the term of the contract. The platform is operated on servers located in the People's Republic of China.
P:(2) The Provider performs the onboarding services described in the Order Form.
P:(3) The scope of functions is set out in Annex 1. The Provider may further develop the platform, provided that the functions described in Annex 1 are not reduced.
H:§ 2 Rights of Use
P:(1) For the term of the contract the Provider grants the Customer the non-exclusive, non-transferable right to use the platform for the Customer's own business, including by its staff and by its members and guests for booking.
P:(2) The Customer shall keep access credentials secret and inform the Provider without delay of any misuse.
H:§ 3 Customer-specific Work Results
P:(1) The course catalogue, booking rules, waiver texts, e-mail and message templates, route and crag descriptions and reports configured or written by the Provider for the Customer ("Customer Work Results") belong to the Customer. The Customer may use, modify and pass them on to third parties without restriction, also after the end of the contract.
P:(2) The rights in the platform software itself remain with the Provider.
H:§ 4 Onboarding and Go-Live Acceptance
P:(1) The Customer provides the member data and course information listed in Annex 1 within ten working days after signature.
P:(2) After completion of the onboarding the Provider notifies readiness for the Go-Live Acceptance test. The test is passed when (a) all imported member records and pass balances match the source data in a full comparison, (b) test bookings, cancellations and refunds for each course type and each payment method are processed correctly, (c) waivers are signed and stored for test accounts in both languages, and (d) the Customer's staff have completed the training sessions.
P:(3) The Customer declares the Go-Live Acceptance in text form within five working days after a passed test. Use of the platform for live bookings before that declaration does not constitute acceptance.
P:(4) If the platform is not ready for the Go-Live Acceptance test by the Go-Live Date for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty (Vertragsstrafe) of CNY 300 for each calendar day of delay, up to a maximum of CNY 12,000. Further damages remain unaffected; the penalty is credited against them.
H:§ 5 Service Levels and Support
P:(1) The Provider makes the platform available with a monthly availability of 99.95%, measured at the exit of the data centre, excluding announced maintenance windows between 01:00 and 05:00 China Standard Time.
P:(2) Fault classes: Priority 1 - booking or payment is not possible for all users; Priority 2 - individual functions are impaired; Priority 3 - other errors and questions. The Provider responds to Priority 1 faults within one (1) hour at any time, to Priority 2 faults within eight (8) hours during support hours and to Priority 3 faults within two working days. Support hours are 08:00 to 20:00 China Standard Time, every day.
P:(3) The Provider informs the Customer of each Priority 1 fault and of its resolution by e-mail and by message.
P:(4) The service levels in this § 5 are performance targets. No service credits, fee reductions or other compensation are owed for failure to meet them.
H:§ 6 Customer Data and Data Protection
P:(1) All data that the Customer or its members enter into the platform, in particular member data, bookings, waivers and payment records ("Customer Data"), belong to the Customer. The Provider processes Customer Data only on the Customer's instructions and only to provide the services under this contract; it does not use Customer Data for any other purpose.
P:(2) The Provider implements the technical and organisational measures in Annex 2, including encryption in transit and at rest, role-based access, logging of administrative access, daily back-ups kept in China for 30 days, and compliance with the Personal Information Protection Law of the People's Republic of China. Customer Data are stored and processed only in mainland China.
P:(3) The Provider notifies the Customer in text form without undue delay, and at the latest within 24 hours, of any breach of the security of Customer Data, supports the Customer in its notification duties, and is liable for damage resulting from such a breach in accordance with § 9.
P:(4) After the end of the contract the Provider hands over all Customer Data in CSV format within 14 days and then deletes them, confirming the deletion in text form.
H:§ 7 Sub-processors and Subcontractors
P:(1) The Provider uses Alibaba Cloud (Hangzhou) as hosting sub-processor, as named in Annex 2 and approved by the Customer by signing this Order Form.
P:(2) Any other sub-processor or subcontractor requires the Customer's prior written consent. The Provider remains responsible for its sub-processors and subcontractors.
H:§ 8 Confidentiality
P:(1) The parties shall keep confidential all business and trade secrets of the other party that become known to them in connection with this contract, in particular prices, member numbers and booking statistics, and use them only for the purposes of this contract.
P:(2) This obligation continues for three years after the end of the contract.
H:§ 9 Liability
P:(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, and under mandatory statutory provisions.
P:(2) In the case of slight negligence the Provider is liable only for breach of an essential contractual obligation (cardinal obligation) and only for the foreseeable damage typical of the contract.
P:(3) In the cases of paragraph (2) the Provider's total liability under this contract is limited to CNY 72,000.
P:(4) The limitations in paragraphs (2) and (3) also apply in favour of the Provider's employees and agents.
H:§ 10 Term and Renewal
P:(1) The contract begins on signature and runs for the Initial Term stated in the Order Form.
P:(2) After the Initial Term the contract is extended by a further contract year at a time, at the fees then applicable under this Order Form, which remain unchanged, unless either party gives notice of termination three months before the end of the current term.
H:§ 11 Termination
P:(1) The right of either party to terminate the contract for good cause (aus wichtigem Grund) remains unaffected.
P:(2) Good cause for the Customer exists in particular if the Provider commits a material breach of its obligations and does not remedy it within 14 days after a written warning, or if Priority 1 faults occur on more than three days in one calendar month.
P:(3) Notice of termination must be given in writing.
H:§ 12 Prices and Payment
P:(1) All fees are net amounts in CNY; the Provider issues invoices that allow the Customer to pay in China.
P:(2) The fees stated in the Order Form are fixed for the Initial Term and any extension under § 10 (2).
H:§ 13 Governing Law and Place of Jurisdiction
P:(1) The contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:(2) The exclusive place of jurisdiction for all disputes arising from or in connection with this contract is Stralsund, Germany.
H:§ 14 Final Provisions
P:(1) Amendments and additions to this contract must be made in writing; this also applies to the waiver of the written form requirement.
P:(2) Should any provision of this contract be or become invalid, the validity of the remaining provisions shall not be affected. The parties shall replace the invalid provision by a valid one that comes closest to its economic purpose.
P:(3) The contract is concluded in English; a Chinese translation is provided for convenience.
P:Zingst / Yangshuo, date: ______________
P:For the Provider: ______________________    For the Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h191e03 — Rushan sea-cucumber farm, temperature sensors + maintenance; integrator on Engelsmanplaat (Dutch),
#           buyer's paper (.docx, "Article N")
# ---------------------------------------------------------------------------------------------------------------
H191E03 = """T:Supply, Installation and Maintenance Contract for a Pond and Sea-Pen Temperature Monitoring System
P:Contract No. HY-PROC-2026-022
P:Buyer: Rushan Haiyun Sea Cucumber Aquaculture Co., Ltd., No. 8 Binhai Road, Baishajing, Rushan, Weihai, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Engelsmanplaat Aquasense B.V., a private limited company registered with the Netherlands Chamber of Commerce under number 86120457, with its seat on Engelsmanplaat, Wadden Sea, the Netherlands, acting in China through its representative engineers (the "Supplier").
P:The Buyer farms sea cucumbers in 32 ponds and 2 sea pens at Rushan. Summer water temperatures above the animals' tolerance cause heavy losses, so the Buyer needs continuous temperature and dissolved-oxygen monitoring with alarms linked to its aerators. After a competitive negotiation the parties agree as follows.
H:Article 1 Scope
P:1.1 The Supplier shall supply, install, configure and commission the monitoring system described in Annex 1 (the "System"), consisting of submersible temperature and dissolved-oxygen probes, solar-powered LoRaWAN buoy nodes, gateways, and the monitoring platform software installed on the Buyer's server at the farm office.
P:1.2 The Supplier shall integrate the System's alarms with the Buyer's aerator control cabinets and SMS gateway, so that an aerator starts automatically and the duty manager receives an SMS when a pond crosses the thresholds the Buyer sets.
P:1.3 The Supplier shall train the Buyer's technicians and pond managers and maintain the System as set out in Articles 7 and 8.
H:Article 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese Renminbi (CNY). The Contract Price is CNY 1,780,000, fixed, including delivery to the farm, customs clearance, duties, installation, taxes and all services during the warranty period. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Submersible temperature / dissolved-oxygen probe|180|4,650|837,000
TB:2|LoRaWAN buoy node with solar panel|45|9,800|441,000
TB:3|LoRaWAN gateway|6|18,500|111,000
TB:4|Monitoring platform software licence (perpetual, on-premises)|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,557,000
TB:5|Installation in 32 ponds and 2 sea pens, including diving work|1 lot|146,000|146,000
TB:6|Aerator alarm integration and SMS gateway|1 lot|58,000|58,000
TB:7|Training|1 lot|19,000|19,000
TB:|Contract Price|||1,780,000
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 178,000) is paid as an advance within 15 working days after the Buyer receives an advance-payment bank guarantee of the same amount issued by a bank in China.
P:3.2 55% of the Contract Price (CNY 979,000) is paid within 15 working days after both parties sign the Installation Certificate. The Installation Certificate confirms that all items are delivered and installed; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 623,000) is paid within 15 working days after Final Acceptance under Article 5.
P:3.4 The Supplier shall issue a valid invoice before each payment.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all items to the farm within 60 days after signature and complete installation within 30 days after delivery, before the start of the summer high-temperature season.
P:4.2 Installation in the ponds and sea pens shall be carried out at times agreed with the Buyer's farm manager so as not to disturb the stock. The Supplier's staff shall follow the Buyer's biosecurity and boat-safety rules, disinfect all equipment before it enters a pond, and work from the Buyer's boats only with life jackets.
P:4.3 Probes, nodes and gateways shall be new, of the models named in Annex 1, packed for sea freight and marked with the Buyer's contract number. Each probe shall carry a factory calibration certificate and a serial number that the Supplier records in the probe register against its pond and depth.
P:4.4 Training under Article 1.3 comprises two days for the Buyer's technicians (probe cleaning, replacement, calibration checks, gateway and server administration) and one day for pond managers (dashboards, alarm thresholds, reports), in Chinese, at the farm.
P:4.5 If the Supplier is late in delivery or installation for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 After installation the System runs for 30 consecutive days in normal operation (the "Trial Run"). Final Acceptance is granted when: (a) every probe reads within 0.2 °C and 0.3 mg/L of the Buyer's calibrated reference instrument at the start and at the end of the Trial Run; (b) for every pond, no more than two in every hundred scheduled readings are missing over the Trial Run; (c) a simulated high-temperature and low-oxygen event in each pond starts the aerator and sends the SMS within 60 seconds; and (d) the documents in Annex 2 (as-built drawings, probe register, calibration certificates, operating manual) are handed over.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within 5 working days after the criteria are met. Installation, use of the System or any payment does not mean acceptance.
P:5.3 If the criteria are not met, the Supplier shall correct the defects at its own cost within 15 days and the Trial Run is repeated for the affected ponds.
H:Article 6 Warranty
P:6.1 The warranty period is twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace any defective item free of charge, including probes damaged by normal fouling or corrosion, and provide software updates.
P:6.2 The Supplier shall keep at the farm a spare stock of at least 10 probes and 3 buoy nodes, replenished at its own cost during the warranty period.
H:Article 7 Service Levels
P:7.1 During the warranty period and any maintenance period the Supplier shall meet the following service levels:
TB:Severity|Definition|Response|On site / fix|Credit if late
TB:Severity 1|Platform down, alarms not sent, or more than one fifth of probes silent|1 hour (remote)|on site within 24 hours|CNY 800 per hour late
TB:Severity 2|Single pond or node without data|8 hours|fixed within 3 days|CNY 300 per day late
TB:Severity 3|Questions, reports, minor faults|next working day|as agreed|none
P:7.2 Credits are deducted from the next payment or maintenance fee, or paid by the Supplier within 30 days.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the warranty period the Buyer may order annual maintenance, comprising recalibration of all probes twice a year, anti-fouling cleaning before the summer season, replacement of failed items, software updates and the service levels of Article 7.
P:8.2 The annual maintenance fee is 9% of the Hardware and Licence Subtotal, that is CNY 140,130 per year, fixed for the first three maintenance years.
P:8.3 Maintenance is ordered by the Buyer's purchase order for one maintenance year at a time and does not renew automatically.
H:Article 9 Farm Data and Data Security
P:9.1 All data collected or generated by the System, including water readings, pond records, stock and feeding information and alarm logs, belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The platform runs on the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's VPN with named accounts, and is logged. The Supplier shall not copy farm data or transfer it outside China.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or farm data, help contain it, and compensate the Buyer for losses caused by its breach of this Article.
H:Article 10 Intellectual Property
P:10.1 Alarm rules, dashboards, report templates, integration scripts and documentation made for the Buyer belong to the Buyer, which may use and modify them and let third parties maintain them.
P:10.2 The platform software remains the property of the Supplier; the Buyer's licence is perpetual and irrevocable.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this Contract, in particular the Buyer's production, stock and sales figures, and shall not disclose it without prior written consent. This obligation lasts for three years after the end of the Contract.
H:Article 12 Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Article 9, which are not limited.
H:Article 13 Subcontracting
P:13.1 The diving and mooring work may be performed by Weihai Lanjing Diving Engineering Co., Ltd., approved by the Buyer by signing this Contract. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent and remains responsible for all subcontractors.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages under Article 4.5 reach their maximum.
H:Article 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weihai Arbitration Commission for arbitration in Weihai.
H:Article 16 Miscellaneous
P:16.1 This Contract is made in English and Chinese; both versions have equal effect. It takes effect on signature by both parties.
P:Annex 1: System specification and probe layout. Annex 2: Documents to be handed over.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h191e04 — Foshan furniture e-commerce firm, managed IT + desktop support; provider on Garbh Eilean, Scottish style
#           (.md, "N. HEADING")
# ---------------------------------------------------------------------------------------------------------------
H191E04 = """# MANAGED IT SERVICES CONTRACT

**Contract reference:** GEMS/CN/2026/031

**BETWEEN**

**GARBH EILEAN MANAGED SERVICES LIMITED**, a company incorporated under the Companies Acts in Scotland (Company Number SC684213) and having its Registered Office at The Bothy, Garbh Eilean, Shiant Isles, Isle of Lewis, Scotland (the "Provider");

**AND**

**FOSHAN MUYUE HOME FURNISHING E-COMMERCE CO., LTD.**, a company established in the People's Republic of China and having its principal office at 5th Floor, Building C, Lecong International Furniture City, Shunde District, Foshan, Guangdong Province (the "Client").

**WHEREAS** the Client sells furniture online through its own web shop and on third-party marketplaces, and wishes to outsource its service desk, desktop support and the management of its servers, network and cloud office tools to the Provider, the parties have agreed as follows.

## 1. DEFINITIONS

1.1 In this Contract: "Charges" means the charges in Schedule 1; "Client Data" means all data of the Client and of its customers, staff and suppliers which the Provider has access to in performing the Services; "Incident" means an unplanned interruption or reduction in quality of an IT service; "Minimum Term" means thirty-six (36) months from the Service Commencement Date; "Service Commencement Date" means the date on which the Client signs the Service Commencement Certificate under Clause 3; "Services" means the services described in Schedule 2; "Service Credits" means the credits in Clause 5.

1.2 Headings do not affect interpretation. Words in the singular include the plural.

## 2. SERVICES

2.1 From the Service Commencement Date the Provider shall provide the Services, which comprise:

- (a) a service desk for the Client's 140 users, reachable by telephone, WeChat and the ticket portal from 08:00 to 22:00 China Standard Time, seven days a week, with out-of-hours cover for Priority 1 Incidents;
- (b) desktop and laptop support at the Client's offices in Lecong and its warehouse in Longjiang, with on-site engineers on working days;
- (c) management and monitoring of eight servers, the firewalls, switches and Wi-Fi at three sites, and the back-up system;
- (d) management of Microsoft 365 accounts and endpoint management of all Client devices;
- (e) monthly service reports and quarterly service reviews.

2.2 The Provider shall perform the Services with reasonable skill and care and in accordance with good industry practice.

2.3 The Provider shall name a service delivery manager who speaks Mandarin and Cantonese, attends the monthly service review at the Client's Lecong office, and is the Client's single point of contact. The Provider shall not replace the service delivery manager without one month's notice to the Client.

2.4 During the Client's peak sales periods (the 618 and Double Eleven promotions and the week before Chinese New Year) the Provider shall keep one additional engineer on site at the warehouse and shall not carry out planned changes to servers or network devices without the Client's approval.

## 3. TRANSITION AND SERVICE COMMENCEMENT

3.1 The Provider shall carry out the transition described in Schedule 2, Part B, within forty-five (45) days after signature of this Contract.

3.2 The Client shall sign the Service Commencement Certificate when the following criteria are met: (a) a complete asset inventory of all devices, servers and licences has been delivered and checked by the Client; (b) monitoring agents are installed and reporting on all servers and network devices; (c) the knowledge base contains runbooks for every service listed in Schedule 2; (d) fifty test tickets covering every Incident priority have been logged and handled within the service levels; and (e) a back-up restore test has succeeded for each server. Starting to use the service desk does not of itself mean that the criteria are met.

3.3 If the Service Commencement Date has not occurred within the period in Clause 3.1 for reasons attributable to the Provider, the Provider shall pay the Client liquidated damages of CNY 1,500 for each day of delay, up to a maximum of CNY 60,000.

## 4. CHARGES AND PAYMENT

4.1 At the Client's request the Charges are stated and payable in Chinese Renminbi (CNY). The Charges are:

| Service | Basis | Monthly charge (CNY) | Minimum Term total (CNY) |
|---|---|---|---|
| Service desk and desktop support | 140 users x CNY 260 per user per month | 36,400 | 1,310,400 |
| Server, network and back-up management | 8 servers, 3 sites | 14,800 | 532,800 |
| Microsoft 365 and endpoint management | all Client devices | 5,600 | 201,600 |
| Monthly charges subtotal | 36 months | 56,800 | 2,044,800 |
| Transition (one-time) | fixed price | - | 68,000 |
| **Total Contract Value** | | | **2,112,800** |

4.2 Monthly Charges are invoiced monthly in arrears. The transition charge is invoiced after the Service Commencement Date. Invoices are payable within thirty (30) days. Nothing is payable in advance.

4.3 Additional users are charged at CNY 260 per user per month from the month in which they are added. The Charges are fixed for the Minimum Term.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the following service levels:

| Priority | Example | Response | Resolution target |
|---|---|---|---|
| P1 | web shop back office, order system or all e-mail down; warehouse cannot print shipping labels | 30 minutes, at any time | 6 hours |
| P2 | a site or a group of users cannot work | 1 hour | 8 working hours |
| P3 | one user affected | 2 working hours | 2 working days |
| P4 | requests and questions | 1 working day | 5 working days |

5.2 The managed servers and network shall be available for at least 99.95% of each month, excluding maintenance agreed with the Client in advance.

5.3 If the Provider fails to meet a P1 response or resolution target, or the availability in Clause 5.2, the Client shall receive a Service Credit of 5% of the monthly Charges for that month, and 10% if the failure occurs more than twice in the month. Service Credits are deducted from the next invoice.

## 6. CLIENT DATA

6.1 All Client Data remain the property of the Client. The Provider shall use Client Data only for the purpose of performing the Services and shall return it to the Client on request and at the end of this Contract.

## 7. CONFIDENTIALITY

7.1 Each party shall keep secret and shall not disclose to any third party the confidential information of the other party, including prices, supplier terms, sales figures, customer lists and system passwords, except to its own employees who need to know it for this Contract, or where disclosure is required by law.

7.2 This Clause survives the expiry or termination of this Contract for five (5) years.

## 8. INTELLECTUAL PROPERTY

8.1 Runbooks, scripts, configuration documentation and reports prepared by the Provider specifically for the Client belong to the Client, which may use and modify them freely and give them to any successor provider.

8.2 The Provider's own tools and its general know-how remain its property.

## 9. LIABILITY

9.1 Subject to Clause 9.2, the total liability of the Provider under or in connection with this Contract, whether in contract, delict (including negligence) or otherwise, shall not exceed an amount equal to one hundred and twenty-five per cent (125%) of the Total Contract Value.

9.2 Nothing in this Contract limits liability for death or personal injury caused by negligence, or for fraud.

## 10. SUBCONTRACTING

10.1 On-site engineers are provided by the Provider's subsidiary, Garbh Eilean (Guangzhou) IT Services Co., Ltd., which the Client approves by signing this Contract. The Provider shall not subcontract any other part of the Services without the Client's prior written consent, and remains responsible for all subcontractors.

## 11. DURATION AND TERMINATION

11.1 This Contract commences on signature and continues for the Minimum Term. Thereafter it continues from month to month, at the same Charges, until either party gives three (3) months' written notice.

11.2 Neither party may terminate this Contract for convenience during the Minimum Term.

11.3 The Client may terminate this Contract with immediate effect by written notice if the Provider becomes insolvent, has a receiver or administrator appointed, or enters into liquidation.

11.4 The Client's remedies for any failure by the Provider to perform the Services, including a material failure, are the Service Credits under Clause 5 and a claim for damages under Clause 9. The Client shall not be entitled to rescind or terminate this Contract on account of any such failure.

11.5 On expiry or termination the Provider shall give the Client and any successor provider reasonable exit assistance for up to sixty (60) days at the rates in Schedule 1.

## 12. GOVERNING LAW AND DISPUTES

12.1 At the Client's request, this Contract is governed by the law of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Contract shall be submitted to the Foshan Arbitration Commission for arbitration in Foshan. The award is final and binding on both parties.

## 13. GENERAL

13.1 This Contract, with its Schedules, is the whole agreement between the parties. Variations must be in writing signed by both parties.

13.2 This Contract is executed in English and Chinese; both texts are equally authentic.

**IN WITNESS WHEREOF** these presents, consisting of this and the preceding pages together with the Schedules annexed, are executed as follows:

Subscribed for and on behalf of Garbh Eilean Managed Services Limited at ____________ on ____________ by ____________, Director, before this witness: ____________

Signed for and on behalf of Foshan Muyue Home Furnishing E-commerce Co., Ltd. at Foshan on ____________ by ____________, Legal Representative

Schedule 1 - Charges and rates. Schedule 2 - Service Description (Part A Services, Part B Transition). Schedule 3 - Approved subcontractor.
"""

# ---------------------------------------------------------------------------------------------------------------
# h191e05 — Ningxia wolfberry exporter, pesticide-residue certificate API subscription + integration; vendor on the
#           Isola San Michele, Italian style (.txt, "Art. N (title)")
# ---------------------------------------------------------------------------------------------------------------
H191E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
for the ResiduoCert API service

Ref. SMA/2026/CN/017

BETWEEN

SAN MICHELE ANALITICA S.r.l., with registered office at Isola di San Michele 1, 30121 Venice (VE), Italy, VAT number IT04397150272, registered with the Venice Rovigo Companies Register, in the person of its legal representative pro tempore (hereinafter the "Vendor")

AND

NINGXIA ZHONGNING HONGGUO WOLFBERRY EXPORT CO., LTD., with registered office at No. 16 Gouqi Avenue, Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China, in the person of its legal representative (hereinafter the "Customer")

(jointly the "Parties")

WHEREAS

a) the Vendor operates ResiduoCert, an online service that collects pesticide-residue test results from accredited laboratories, checks them against the maximum residue levels (MRLs) of the European Union and other destination markets, and issues verifiable electronic residue certificates for each export lot through an application programming interface (API);

b) the Customer exports dried wolfberries (goji) and wolfberry products to the European Union, the United Kingdom and the Middle East, and wishes to obtain residue certificates for every export lot directly from its ERP and traceability system;

c) the Parties intend to set out the terms of the subscription and of the related integration work;

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and annexes)
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 Annexes: Annex A (Service Description and API specification); Annex B (Integration Specification and acceptance test plan); Annex C (Accredited laboratories); Annex D (Security measures).

Art. 2 (Object)
2.1 The Vendor grants the Customer access to the ResiduoCert API under the "Export Pro" plan, including up to 3,000 certificate requests per subscription year, and to the EU MRL database module, for the Subscription Term.
2.2 The Vendor shall carry out the integration of the API with the Customer's ERP system and lot-traceability system, including: mapping of the Customer's lot codes, product codes and orchard blocks; an ERP connector that sends sample data and receives certificates; printing of a verification QR code on carton labels; and a dashboard of certificates by destination market (the "Integration Deliverables").

Art. 3 (Term)
3.1 The Subscription Term is twenty-four (24) months from the Service Start Date, which is the date of the Integration Acceptance under Art. 6.
3.2 At the end of the Subscription Term the subscription is tacitly renewed for successive subscription years at the same fees, unless either Party gives notice of non-renewal by registered letter or certified e-mail (PEC) at least sixty (60) days before expiry.

Art. 4 (Fees)
4.1 At the Customer's request all fees are expressed and paid in Chinese Renminbi (CNY). The total value of this Agreement is CNY 526,000, as follows:
   - Export Pro API subscription: CNY 168,000 per subscription year x 2 = CNY 336,000
   - EU MRL database module: CNY 36,000 per subscription year x 2 = CNY 72,000
   - Integration services (fixed price): CNY 118,000
   Total: CNY 526,000
4.2 Certificate requests beyond 3,000 per subscription year are charged at CNY 40 each and are not included in the total value.
4.3 Laboratory testing fees are agreed by the Customer directly with the laboratories and are not part of this Agreement.

Art. 5 (Invoicing and payment)
5.1 Within fifteen (15) days of the signing of this Agreement, and therefore before the Service Start Date, the Customer shall pay: (i) the fees of the first subscription year, CNY 204,000; and (ii) fifty per cent of the integration fee, CNY 59,000; a total of CNY 263,000.
5.2 The balance of the integration fee, CNY 59,000, is payable within thirty (30) days of the Integration Acceptance.
5.3 The fees of the second subscription year, CNY 204,000, are invoiced at the start of that year and payable within thirty (30) days.
5.4 Payments are made by bank transfer to the account indicated on the invoice.

Art. 6 (Integration and acceptance)
6.1 The Vendor shall complete the Integration Deliverables and make them available for acceptance testing within seventy-five (75) days of the signing of this Agreement.
6.2 The acceptance tests are set out in Annex B and include: (a) 200 test lots sent from the ERP, each receiving a certificate that matches the laboratory report value by value; (b) correct rejection of lots exceeding an MRL of the destination market; (c) average API response time not above 2 seconds for 50 parallel requests; (d) QR codes on printed carton labels verified by scanning on the public verification page.
6.3 If the tests are passed, the Parties sign the Integration Acceptance report within five (5) working days. Use of the API in production before that report does not constitute acceptance.
6.4 For each day of delay in making the Integration Deliverables available for acceptance testing, for reasons attributable to the Vendor, the Vendor shall pay a penalty (penale) of 0.02% of the total value of this Agreement, up to a maximum of 5% of that value.

Art. 7 (Service levels)
7.1 The Vendor guarantees a monthly availability of the API and of the verification page of 99.95%, excluding scheduled maintenance announced at least 72 hours in advance and carried out outside 08:00 to 20:00 China Standard Time.
7.2 Incidents are classified as: P1 - certificates cannot be requested or verified; P2 - degraded performance or a single function not available; P3 - other questions. The Vendor responds to P1 incidents within one (1) hour at any time and restores the service within eight (8) hours; it responds to P2 incidents within six (6) hours and to P3 incidents within two (2) working days.
7.3 If the monthly availability falls below the level in Art. 7.1, or a P1 incident is not restored within the time in Art. 7.2, the Customer is entitled to a service credit of 5% of the monthly share of the subscription fees, rising to 10% if the failure occurs in two consecutive months. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

Art. 8 (Intellectual property)
8.1 The ResiduoCert platform, the API, the MRL database and all related software remain the exclusive property of the Vendor.
8.2 All rights in the Integration Deliverables, including the ERP connector, the mapping tables, the dashboard and their source code, also remain with the Vendor, even though they are developed for the Customer. The Customer receives a non-exclusive, non-transferable right to use the Integration Deliverables for the Subscription Term only, and may not modify them or have them modified by third parties.

Art. 9 (Customer Data and security)
9.1 The lot data, product data, orchard data, laboratory results, customer names and destination information sent by the Customer ("Customer Data") belong to the Customer. The Vendor processes Customer Data only to provide the service under this Agreement and does not use it for any other purpose.
9.2 The Vendor applies the security measures in Annex D: an information-security management system certified to ISO/IEC 27001, encryption in transit and at rest, access on a need-to-know basis with multi-factor authentication, and logging of all administrative access. Customer Data contains no personal information of consumers; any contact details of the Customer's staff are processed in accordance with the applicable data protection law.
9.3 In the event of a security incident affecting Customer Data, the Vendor shall inform the Customer within forty-eight (48) hours, take all measures necessary to limit its effects, and compensate the Customer for the damage caused by a breach of this Art. 9 attributable to the Vendor.
9.4 At the end of the Agreement the Vendor returns Customer Data in CSV and PDF format within thirty (30) days and then deletes it.

Art. 10 (Confidentiality)
10.1 Each Party undertakes to keep strictly confidential all information of the other Party of which it becomes aware in performing this Agreement, in particular the Customer's buyers, volumes, prices and test results, and not to disclose it to third parties without the written consent of the other Party.
10.2 This obligation remains in force for three (3) years after the end of the Agreement.

Art. 11 (Laboratories and subcontracting)
11.1 Laboratory testing is carried out by the accredited laboratories listed in Annex C, which the Customer approves by signing this Agreement; the Customer chooses the laboratory for each lot.
11.2 The Vendor may not subcontract, in whole or in part, the integration services or the operation of the service without the prior written consent of the Customer. The Vendor remains fully responsible for the work of any approved subcontractor.

Art. 12 (Liability)
12.1 The total liability of the Vendor under this Agreement is limited to twice (2x) the total value of this Agreement stated in Art. 4.1, except in cases of wilful misconduct (dolo) or gross negligence (colpa grave) and for breach of Art. 9, for which no limit applies.
12.2 The Vendor is not liable for the content of laboratory reports, but is liable for the correct transfer of their values into the certificates.

Art. 13 (Termination)
13.1 The Customer may terminate this Agreement by registered letter or PEC if the Vendor commits a material breach of its obligations and does not remedy it within thirty (30) days of a written notice to perform, or if the penalties under Art. 6.4 reach their maximum.
13.2 On termination for the Vendor's breach, the Vendor refunds the fees paid for the period after termination.

Art. 14 (Governing law and disputes)
14.1 At the Customer's request, this Agreement is governed by the law of the People's Republic of China.
14.2 Any dispute arising from or relating to this Agreement shall be referred to the Yinchuan Arbitration Commission for arbitration in Yinchuan in accordance with its rules. The award is final and binding.

Art. 15 (Final provisions)
15.1 Any amendment to this Agreement must be made in writing and signed by both Parties.
15.2 This Agreement is drawn up in English and Chinese; both versions are equally authentic.

Venice / Zhongning, ______________ 2026

For the Vendor                                   For the Customer
San Michele Analitica S.r.l.                     Ningxia Zhongning Hongguo Wolfberry Export Co., Ltd.
______________________                           ______________________
The legal representative                         The legal representative
"""


# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
PLAIN = {  # written as they are
    "h191z03": ("h191z03_baby_store_chain_membership_inventory_saas.md", H191Z03),
    "h191z04": ("h191z04_district_ethnic_religious_affairs_platform_om.txt", H191Z04),
    "h191z05": ("h191z05_nougat_maker_wms_supplier_template.md", H191Z05),
    "h191e01": ("h191e01_tie_dye_workshop_colour_separation_licence.txt", H191E01),
    "h191e04": ("h191e04_furniture_ecommerce_managed_it_desktop_support.md", H191E04),
    "h191e05": ("h191e05_wolfberry_exporter_residue_certificate_api.txt", H191E05),
}
SOURCES = {"h191z01": H191Z01, "h191z02": H191Z02, "h191e02": H191E02, "h191e03": H191E03}
TARGETS = {"h191z01": ("h191z01_audit_bureau_data_analysis_platform.docx", "docx"),
           "h191z02": ("h191z02_components_plant_aoi_inspection_equipment.pdf", "pdf"),
           "h191e02": ("h191e02_climbing_school_booking_saas_order_form.pdf", "pdf"),
           "h191e03": ("h191e03_sea_cucumber_farm_temperature_sensors.docx", "docx")}


def file_of(key):
    return PLAIN[key][0] if key in PLAIN else TARGETS[key][0]


# ---------------------------------------------------------------------------------------------------------------
# Price and payment sums (asserted), and the numbers the labels use
# ---------------------------------------------------------------------------------------------------------------
def sums():
    v = {}
    # z01: Word price table
    hw_sw = 6 * 98_500 + 436_000 + 268_000 + 685_000
    assert 6 * 98_500 == 591_000 and hw_sw == 1_980_000
    v["h191z01"] = hw_sw + 472_000 + 226_000 + 158_000 + 34_000
    assert v["h191z01"] == 2_870_000
    assert 717_500 + 1_435_000 + 717_500 == v["h191z01"] and 0.25 * v["h191z01"] == 717_500
    assert 0.50 * v["h191z01"] == 1_435_000 and round(0.08 * hw_sw) == 158_400
    # z02: AOI
    eq = 6 * 486_000 + 2 * 218_000 + 8 * 16_500 + 168_000
    assert (6 * 486_000, 2 * 218_000, 8 * 16_500) == (2_916_000, 436_000, 132_000) and eq == 3_652_000
    v["h191z02"] = eq + 96_000 + 52_000
    assert v["h191z02"] == 3_800_000
    assert [round(x * v["h191z02"]) for x in (0.20, 0.50, 0.25, 0.05)] == [760_000, 1_900_000, 950_000, 190_000]
    assert 760_000 + 1_900_000 + 950_000 + 190_000 == v["h191z02"] and round(0.23 * eq) == 839_960
    # z03: SaaS
    annual = 86 * 3_600 + 48_000 + 36_000
    assert 86 * 3_600 == 309_600 and annual == 393_600 and 3 * annual == 1_180_800
    assert (3 * 309_600, 3 * 48_000, 3 * 36_000) == (928_800, 144_000, 108_000)
    v["h191z03"] = 3 * annual + 128_000
    assert v["h191z03"] == 1_308_800 and annual / 4 == 98_400
    # z04: O&M
    v["h191z04"] = 168_000 + 186_000 + 64_000 + 52_000 + 88_000
    assert v["h191z04"] == 558_000 and v["h191z04"] / 4 == 139_500
    # z05: WMS template
    lic = 420_000 + 48_000
    assert lic == 468_000
    v["h191z05"] = lic + 356_000 + 138_000 + 18_000
    assert v["h191z05"] == 980_000
    assert [round(x * v["h191z05"]) for x in (0.55, 0.35, 0.10)] == [539_000, 343_000, 98_000]
    assert 539_000 + 343_000 + 98_000 == v["h191z05"]
    # e01: licence
    lic_e01 = 6 * 46_800 + 96_000
    assert 6 * 46_800 == 280_800 and lic_e01 == 376_800
    v["h191e01"] = lic_e01 + 148_000 + 62_000 + 24_000
    assert v["h191e01"] == 610_800
    assert [round(x * v["h191e01"]) for x in (0.20, 0.45, 0.35)] == [122_160, 274_860, 213_780]
    assert 122_160 + 274_860 + 213_780 == v["h191e01"] and round(0.13 * lic_e01) == 48_984
    # e02: booking SaaS
    assert 7_800 * 24 == 187_200 and 1_200 * 24 == 28_800
    v["h191e02"] = 187_200 + 28_800 + 26_000
    assert v["h191e02"] == 242_000
    # e03: sensors
    hw_e03 = 180 * 4_650 + 45 * 9_800 + 6 * 18_500 + 168_000
    assert (180 * 4_650, 45 * 9_800, 6 * 18_500) == (837_000, 441_000, 111_000) and hw_e03 == 1_557_000
    v["h191e03"] = hw_e03 + 146_000 + 58_000 + 19_000
    assert v["h191e03"] == 1_780_000
    assert [round(x * v["h191e03"]) for x in (0.10, 0.55, 0.35)] == [178_000, 979_000, 623_000]
    assert 178_000 + 979_000 + 623_000 == v["h191e03"] and round(0.09 * hw_e03) == 140_130
    # e04: managed IT
    monthly = 140 * 260 + 14_800 + 5_600
    assert 140 * 260 == 36_400 and monthly == 56_800
    assert (36 * 36_400, 36 * 14_800, 36 * 5_600, 36 * monthly) == (1_310_400, 532_800, 201_600, 2_044_800)
    v["h191e04"] = 36 * monthly + 68_000
    assert v["h191e04"] == 2_112_800
    # e05: API subscription
    assert 2 * 168_000 == 336_000 and 2 * 36_000 == 72_000
    v["h191e05"] = 336_000 + 72_000 + 118_000
    assert v["h191e05"] == 526_000
    assert 168_000 + 36_000 == 204_000 and 204_000 + 59_000 == 263_000 and 2 * 59_000 == 118_000
    assert 263_000 + 59_000 + 204_000 == v["h191e05"]
    base = {"h191z01": hw_sw, "h191z02": eq, "h191z05": lic, "h191e01": lic_e01, "h191e03": hw_e03}
    return v, base


# ---------------------------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def labels():
    v, base = sums()
    G, S = "goods_or_licence", "service"
    # key: language, category, terms (in TERM_KEYS order), extra, forum in mainland China (plan only), planned rules
    plan = {
        "h191z01": ("zh", "software",
                    [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 25, True, True, 36, 8, False, True,
                     False, "PRC", G],
                    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                         acceptance_deemed_on_delivery=False), True, []),
        "h191z02": ("zh", "hardware",
                    [None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 23, False, True,
                     True, "PRC", G],
                    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                         acceptance_deemed_on_delivery=False), True,
                    ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
        "h191z03": ("zh", "cloud",
                    [99.5, 0.25, True, "buyer", True, False, True, 1_200 / v["h191z03"] * 100, 150, None, True,
                     None, None, None, True, True, False, "PRC", S],
                    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), True,
                    ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
        "h191z04": ("zh", "services",
                    [None, 8, True, "buyer", True, True, True, 0.03, None, None, True, None, None, None, False, True,
                     False, None, S],
                    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), True,
                    ["CR-LD-LOW", "CR-SLA-RESPONSE"]),
        "h191z05": ("zh", "software",
                    [None, 8, False, "supplier", True, False, True, 0.02, 20, 55, True, True, 6, None, False, True,
                     True, "PRC", G],
                    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                         acceptance_deemed_on_delivery=False), True,
                    ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                     "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                     "CR-SUBCONTRACT", "CR-WARRANTY"]),
        "h191e01": ("en", "software",
                    [None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 13, False, True,
                     False, "Ireland", G],
                    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                         acceptance_deemed_on_delivery=False), False, ["CR-GOVERNING-LAW"]),
        "h191e02": ("en", "cloud",
                    [99.95, 1, False, "buyer", True, True, True, 300 / v["h191e02"] * 100,
                     72_000 / v["h191e02"] * 100, None, True, None, None, None, False, True, False, "Germany", S],
                    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), False,
                    ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
        "h191e03": ("en", "hardware",
                    [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 9, False, True,
                     False, "PRC", G],
                    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                         acceptance_deemed_on_delivery=False), True, []),
        "h191e04": ("en", "services",
                    [99.95, 0.5, True, "buyer", False, True, True, 1_500 / v["h191e04"] * 100, 125, None, True,
                     None, None, None, False, False, False, "PRC", S],
                    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), True,
                    ["CR-DATA-SECURITY", "CR-TERMINATION"]),
        "h191e05": ("en", "cloud",
                    [99.95, 1, True, "supplier", True, True, True, 0.02, 200, 263_000 / v["h191e05"] * 100, True,
                     None, None, None, False, True, False, "PRC", S],
                    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False), True,
                    ["CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-PREPAYMENT"]),
    }
    out = {}
    for key, (lang, cat, terms, extra, forum_mainland, rules) in plan.items():
        assert len(terms) == len(TERM_KEYS)
        t = dict(zip(TERM_KEYS, terms))
        e = dict(extra)
        e["contract_value"] = v[key]
        order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                 "contract_value"]
        e = {k: e[k] for k in order if k in e}
        got = apply_rules(t, e, forum_mainland, base.get(key))
        assert got == sorted(rules), (key, got, sorted(rules))
        out[key] = {"file": file_of(key), "language": lang, "category": cat, "expected_terms": t,
                    "expected_extra": e, "expected_rules": sorted(rules)}
    return out


def tco_share(t, e, base):
    """Policy §4: 5-year horizon from acceptance; post-warranty years = 5 - warranty years (pro rata); fee base =
    the itemised licence/hardware price. None when the fee is not a stated figure."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (e["contract_value"] + fees) * 100


def apply_rules(t, e, forum_mainland, base):
    """The CR rules of policy.md §3, read with its 'Where rules apply' notes, on one label."""
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
    if not e["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(t, e, base)
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or not forum_mainland:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    v, base = sums()
    for key, lab in labels().items():
        (OUT / (Path(lab["file"]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        t, e = lab["expected_terms"], lab["expected_extra"]
        share = tco_share(t, e, base.get(key)) if t["contract_kind"] == "goods_or_licence" else None
        print("label", key, lab["expected_rules"], "TCO share %s" % (None if share is None else round(share, 2)))
