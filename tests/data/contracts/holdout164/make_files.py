"""Builds the ten holdout164 contracts (blind held-out set of ordinary drafts) from the sources below.

.md / .txt sources are written as they are; the two .docx and the two .pdf are built with ../word_pdf.py
(markup T:/H:/P:/LN:/TB:, real Word tables in the .docx, PDFs broken into lines at word boundaries).
Run with /work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h164z01 (.docx, 第X条 + 1.1)
H164Z01 = """
T:宜春市数字档案馆系统建设项目政府采购合同
P:合同编号：YCDA-2025-HT-018
P:采购项目名称：宜春市数字档案馆系统建设项目
P:采购项目编号：YCZC2025-G1-0416（公开招标）
P:甲方（采购人）：宜春市档案馆
P:乙方（中标供应商）：江西数鉴信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书、澄清文件及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责宜春市数字档案馆系统的建设，包括：数字档案管理系统软件及电子档案长期保存软件的供货与部署；服务器、存储、离线备份及网络安全设备的供货与安装；系统集成；存量目录数据和数字化成果的迁移与挂接；与本市协同办公系统（OA）和政务服务平台的归档接口开发；以及管理员和业务人员培训。
P:1.2 系统应满足《数字档案馆建设指南》、DA/T 31、DA/T 70等档案行业标准及招标文件技术需求书的全部要求，并通过网络安全等级保护第三级测评。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾万陆仟元整（¥2,406,000），为固定总价，包含设备及软件、运输、保险、安装、集成、数据迁移、接口开发、培训、质保期内服务及全部税费。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|数字档案管理系统软件（接收、整理编目、利用、鉴定销毁模块，永久许可）|1套|680,000
TB:2|电子档案长期保存与四性检测软件（永久许可）|1套|236,000
TB:3|国产化服务器（双路）|4台|274,000
TB:4|分布式存储（可用容量480TB）|1套|412,000
TB:5|蓝光光盘库离线备份系统|1套|198,000
TB:6|下一代防火墙及日志审计设备|1批|126,000
TB:—|软硬件小计|—|1,926,000
TB:7|系统集成与部署|1项|184,000
TB:8|存量数据迁移（目录数据210万条、数字化成果3,600万页挂接）|1项|146,000
TB:9|OA及政务服务平台归档接口开发|1项|118,000
TB:10|培训|1项|32,000
TB:—|合同总价|—|2,406,000
P:2.2 合同履行期间价格不作调整。
H:第三条 履约保证金与付款
P:3.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（银行保函形式），质保期满且无未决问题后无息退还。
P:3.2 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥481,200。
P:3.3 全部设备到货安装、软件部署完成并经初步验收合格后，甲方支付合同总价的45%，即¥1,082,700。
P:3.4 系统经最终验收合格后，甲方支付合同总价的35%，即¥842,100。
P:3.5 甲方按财政国库集中支付程序付款，乙方请款前应开具合法有效的发票。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后60日内完成全部设备到货和安装，120日内完成系统部署、数据迁移和接口联调并提请初步验收。
P:4.2 设备到货时由双方共同开箱清点，签收仅表示数量与外观相符，不代表质量验收。
H:第五条 验收
P:5.1 初步验收在系统部署、数据迁移及接口联调完成后进行，验收标准为：（一）软硬件品牌、型号、配置与投标文件一致；（二）系统功能逐项符合技术需求书功能清单；（三）迁移数据经全量比对，目录条目、电子文件及挂接关系一致，差错率不高于万分之一；（四）在300个并发用户下，检索响应时间不超过3秒；（五）四性检测中真实性、完整性、可用性、安全性的检测项全部通过。
P:5.2 初步验收合格后系统进入试运行，试运行期为九十日。试运行期内未发生一级故障，且系统通过第三方机构等级保护第三级测评的，甲方组织专家进行最终验收，并出具书面最终验收报告。
P:5.3 验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。系统上线运行、甲方使用或支付任何款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 全部软硬件的免费质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、备件更换及每季度一次的现场巡检。
P:6.2 质保期满后，甲方可委托乙方继续提供维护服务，年度维护费不超过软硬件小计的8%（即每年不超过¥154,080），且质保期满后两年内不得上调。具体服务内容另行签订维护合同，维护合同不自动续期。
H:第七条 服务水平
P:7.1 故障分为三级：一级故障指系统整体不可用、档案无法检索利用或存在数据丢失风险；二级故障指部分模块不可用；三级故障指不影响主要业务的一般问题。
P:7.2 一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复系统运行；二级故障1小时内响应，24小时内解决；三级故障5个工作日内解决。
P:7.3 质保期内系统年度可用率应不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.4 乙方未达到上述响应或恢复时限的，每超时1小时扣减800元；年度可用率每低于约定值0.01个百分点，扣减1,000元。扣减款项从最终验收款或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 本项目中为甲方开发的归档接口程序、数据迁移脚本、系统配置、定制报表及相关文档，其知识产权归甲方所有。乙方应交付全部源代码和技术文档，甲方可自行修改、使用或委托第三方维护。
P:8.2 乙方提供的标准软件产品知识产权归乙方或原权利人所有，甲方获得永久、不可撤销的使用许可。乙方保证所供软硬件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 本项目涉及的全部档案数据、元数据、日志及用户信息均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存、向任何第三方提供或用于其他目的。
P:9.2 乙方人员应在甲方机房内作业；远程维护须经甲方书面批准，并通过堡垒机进行，全程记录日志。迁移过程中使用的存储介质须登记，项目结束后在甲方监督下清除数据。
P:9.3 乙方应遵守《数据安全法》《个人信息保护法》和等级保护要求。发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的档案内容、网络架构、账号口令及甲方其他未公开信息负有保密义务，不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请初步验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方提供的软硬件不符合合同约定的，应无偿更换或修复，并赔偿甲方因此遭受的损失；违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得转包本合同。未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方；经同意分包的，乙方对分包工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收取的相应款项并承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效，并报同级政府采购监督管理部门备案。
P:15.2 附件：1. 技术需求书；2. 设备及软件配置清单；3. 实施方案；4. 培训计划。
P:甲方（盖章）：宜春市档案馆        乙方（盖章）：江西数鉴信息技术有限公司
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------- h164z02 (.pdf, 一、/（一）/1．)
H164Z02 = """
T:配料自动称量系统采购及安装合同
P:合同编号：CCYL-SB-2025-033
P:甲方（买方）：景德镇瓷彩釉料有限公司
P:地址：江西省景德镇市昌江区陶瓷工业园
P:乙方（卖方）：常州衡准称重自动化有限公司
P:地址：江苏省常州市武进区
P:甲方为实施釉料车间配料工序的自动化改造，向乙方采购配料自动称量系统。双方依据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同，共同遵守。
H:一、合同标的与价格
P:（一）乙方向甲方提供配料自动称量系统的设备和软件，并负责运输、安装、调试、配方数据迁移和操作培训。系统用于长石、石英、高岭土、熔块、色料等釉料原料的自动计量配料，覆盖甲方二号车间两条配料线。
P:（二）分项价格如下（人民币，含13%增值税及运费）：
TB:序号|名称及规格|数量|单价（元）|金额（元）
TB:1|自动配料称量站（含料仓、螺旋给料机、称重模块，量程0至50kg，精度±5g）|8套|96,500|772,000
TB:2|小料精密称量单元（色料用，精度±0.5g）|4套|58,000|232,000
TB:3|PLC控制柜（含触摸屏及配电）|2台|74,000|148,000
TB:4|配方管理与批次追溯软件（永久许可，含MES接口）|1套|186,000|186,000
TB:5|工业平板及扫码终端|12台|6,200|74,400
TB:—|设备及软件小计|—|—|1,412,400
TB:6|安装调试|1项|—|96,000
TB:7|配方数据迁移及操作培训|1项|—|31,600
TB:—|合同总价|—|—|1,540,000
P:（三）合同总价为人民币壹佰伍拾肆万元整（¥1,540,000），为固定价格，合同履行期间不作调整。
P:（四）乙方保证所供设备为全新、未使用过的合格产品，符合国家计量检定规程和电气安全标准，称重模块具有有效的型式批准证书。
H:二、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，计¥154,000。
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的60%，计¥924,000。到货签收和安装调试完成均不代表甲方对设备质量的验收。
P:（三）系统经最终验收合格后，甲方支付合同总价的25%，计¥385,000。
P:（四）其余5%，计¥77,000，作为质量保证金，于质保期满且无未决质量问题后10个工作日内支付。
P:（五）乙方应在每期付款前开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同签订后45日内将全部设备运至甲方二号车间，并在到货后20日内完成安装调试。
P:（二）安装期间乙方人员应遵守甲方安全生产管理制度，动火、登高和临时用电作业须办理审批手续，因乙方原因发生的安全事故由乙方负责。
P:（三）乙方应随货提供产品合格证、称重模块检定证书、使用说明书、电气原理图和备品备件清单，资料不全的，甲方有权拒绝签收。
P:（四）料仓钢结构的制作及现场电气安装，乙方可以分包给具有相应资质的第三方，但应在分包工作开始前5个工作日书面通知甲方。乙方对分包方的工作质量和安全承担责任。
H:四、验收
P:（一）安装调试完成后，乙方向甲方提交书面验收申请。验收标准为：
P:1．每台称量站经标准砝码检定，静态误差不超过±5g，小料单元不超过±0.5g；
P:2．连续生产运行72小时，完成不少于300个配料批次，各批次实际配料量与配方设定值的偏差不超过千分之二；
P:3．配方下发、称量记录和批次追溯报表与甲方MES系统中的数据逐批一致；
P:4．急停、超差报警、料位报警和防错料扫码等功能全部有效。
P:（二）上述标准全部达到后，双方签署最终验收报告。验收不合格的，乙方应在10日内整改并重新验收，由此产生的费用由乙方承担。设备投入生产使用不视为验收合格。
H:五、质量保证与维保
P:（一）系统免费质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量原因产生的故障，乙方免费维修或更换；称重传感器每半年免费校准一次。质保期内乙方应在甲方现场储备常用备件，包括称重传感器2只和给料电机1台。
P:（二）质保期满后，乙方继续向甲方提供年度维保服务，年度维保费按设备及软件小计的17.5%计取，即每年¥247,170，包括每季度一次的校准巡检、备件更换（易损件除外）和软件升级。维保合同逐年签订，不自动续期。
H:六、服务水平
P:（一）一级故障（配料线停机）：乙方应在1小时内响应，6小时内派工程师到场，24小时内恢复生产。
P:（二）二级故障（单台称量站故障或精度超差）：乙方应在2小时内响应，48小时内修复。
P:（三）三级故障（不影响生产的一般问题）：乙方在3个工作日内处理。
P:（四）乙方应提供7×24小时服务热线，并指定一名熟悉本项目的服务工程师作为甲方的固定联系人。
P:（五）乙方未按上述时限响应或到场的，每超时1小时向甲方支付违约金500元；因乙方原因造成配料线停机超过24小时的，每超过1小时另行支付1,000元。
H:七、知识产权
P:（一）乙方为甲方定制开发的MES接口程序、配方导入工具及其源代码和文档，知识产权归甲方所有，甲方有权自行修改、使用或交由第三方维护。
P:（二）配方管理软件标准产品的知识产权归乙方所有，甲方获得永久使用许可。
H:八、数据安全与配方保护
P:（一）甲方的釉料配方、工艺参数及生产数据属于甲方所有，并构成甲方商业秘密。乙方仅可为安装、调试和维护目的使用，不得复制、留存或向第三方提供。
P:（二）系统部署在甲方内网。乙方远程维护须经甲方逐次批准，通过甲方开通的VPN账号进行，维护结束后立即关闭账号；乙方不得在系统中设置未经甲方同意的远程访问通道。
P:（三）乙方发现数据泄露、篡改或丢失的，应在2小时内通知甲方并配合处置；因乙方原因造成配方泄露或数据损失的，乙方赔偿甲方全部损失。
H:九、保密
P:乙方对在合同履行过程中知悉的甲方配方、工艺、客户和经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密期限至该等信息依法公开之日止，不因合同终止而解除。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的0.1%向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:（二）设备质量或性能不符合约定的，乙方应无偿更换，并赔偿甲方因停产、返工等造成的损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交景德镇仲裁委员会仲裁。
H:十三、其他
P:（一）本合同未尽事宜，双方可另行协商签订补充协议，补充协议与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备清单、安装进度计划。
P:甲方（盖章）：景德镇瓷彩釉料有限公司    乙方（盖章）：常州衡准称重自动化有限公司
P:授权代表：          授权代表：
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- h164z03 (.md, Markdown headings)
H164Z03 = """# 母婴护理管理SaaS服务合同

**合同编号**：YH-IT-2025-07

**甲方**：广州悦禾母婴健康管理有限公司（地址：广州市天河区珠江新城）

**乙方**：杭州云襁科技有限公司（地址：杭州市滨江区长河街道）

甲方经营月子中心连锁门店，为统一各门店的入住、护理和会员管理，决定订购乙方的母婴护理管理云服务。双方根据《中华人民共和国民法典》《中华人民共和国个人信息保护法》等法律法规，经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过"云襁母婴护理管理平台"（以下简称"平台"）以软件即服务方式向甲方及其下属9家门店提供以下功能：客户档案与入住管理、房态管理、母婴护理计划与执行记录、护理排班、月子膳食管理、产后康复预约、新生儿黄疸与体重记录、家属小程序、会员与套餐管理、经营报表。

1.2 乙方负责平台的初始实施，包括门店、房型及套餐配置，护理路径模板配置，存量客户数据迁移，与甲方财务系统和门禁系统的接口对接，以及门店管理人员、护理人员的培训。

1.3 服务期限为三年，自平台上线验收合格之日起计算。

1.4 平台应支持主流浏览器、iOS和安卓移动终端以及门店护理站使用的平板设备，家属小程序应支持微信登录和消息推送。

## 2. 费用

| 项目 | 计价方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 9家门店 × 28,800元/店/年 × 3年 | 777,600 |
| 实施费（配置、数据迁移、培训） | 一次性 | 86,000 |
| 财务系统及门禁接口对接费 | 一次性 | 24,400 |
| **合计** | | **888,000** |

2.1 订阅费包含平台使用、数据存储（每家门店不超过200GB）、版本升级、7×24小时运维和技术支持。

2.2 服务期内新增门店的，按每店每年28,800元另行计费。

## 3. 付款

3.1 本合同不设预付款。

3.2 实施费和接口对接费在平台上线验收合格后15个工作日内支付。

3.3 订阅费按季度支付，甲方在每个服务季度结束后15个工作日内支付当季订阅费，即每季度64,800元。

3.4 乙方应在付款前开具合规的增值税专用发票。

## 4. 实施与上线验收

4.1 乙方应在合同签订后75日内完成全部9家门店的上线。

4.2 上线验收标准如下：（1）9家门店全部完成配置并投入实际使用；（2）迁移的在住及历史客户档案条目数与原系统一致，经甲方抽查核对无误；（3）财务接口连续10日对账无差异，门禁授权与入住状态的同步时间不超过1分钟；（4）附件一功能清单逐项测试通过；（5）连续试运行14日未发生一级故障。

4.3 验收合格的，双方签署上线验收单。平台上线运行或甲方使用平台，均不视为验收合格。

4.4 乙方应在上线前为每家门店安排不少于2次现场培训，并提供操作手册和培训视频；上线后首月安排专人驻店支持。

4.5 因乙方原因导致上线逾期的，每逾期一日，乙方向甲方支付违约金800元。

## 5. 服务水平

5.1 平台月度可用率不低于99.8%。经甲方同意的计划内维护不计入不可用时间，计划维护须提前48小时通知甲方，并安排在凌晨0点至6点之间。

5.2 故障分级与响应时限：

- 一级故障（平台整体不可用，或护理记录、医嘱无法保存）：30分钟内响应，2小时内恢复；
- 二级故障（单一功能模块不可用）：2小时内响应，8小时内解决；
- 三级故障（一般问题或咨询）：1个工作日内响应。

5.3 服务抵扣：月度可用率低于99.8%但不低于99.0%的，抵扣当月订阅费的5%；低于99.0%的，抵扣当月订阅费的10%。一级故障响应每超时1小时，另抵扣当月订阅费的1%。抵扣金额在下一季度付款时扣除。

5.4 乙方每月5日前向甲方提交上月服务报告，内容包括月度可用率、故障及处理情况、计划维护记录和服务抵扣计算。

## 6. 续期

6.1 服务期满前60日，任何一方未以书面形式通知对方不再续期的，本合同自动续期一年，此后亦同。

6.2 续期年度的订阅费，乙方有权在上一服务年度价格的基础上上调，上调幅度不超过8%，乙方应在续期开始前30日书面通知甲方调整后的价格。

## 7. 客户数据与数据安全

7.1 甲方在平台中录入和产生的全部数据，包括产妇和新生儿的个人信息、健康与护理记录、家属信息以及经营数据（以下简称"客户数据"），均归甲方所有。乙方仅为向甲方提供本合同服务而处理客户数据，不得用于其他任何目的，也不得向任何第三方提供。

7.2 平台部署于境内云服务商的数据中心，已完成网络安全等级保护第三级备案和测评。乙方应对敏感个人信息加密存储和传输，实行最小权限访问，访问日志保存不少于六个月，每年开展一次渗透测试并向甲方提供报告。

7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，立即采取补救措施，并配合甲方履行向监管部门报告和告知个人的义务。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款和对第三方的赔偿。

7.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部客户数据，经甲方确认后删除其系统中的客户数据，并出具删除证明。

## 8. 知识产权

8.1 平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。

8.2 乙方为甲方专门配置和开发的护理路径模板、报表、接口程序及相关文档，其知识产权归甲方所有，甲方可以自由使用、修改或许可第三方使用。

## 9. 保密

9.1 双方对在合作过程中知悉的对方商业秘密和其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 乙方应要求其接触客户数据的员工签署保密协议。本条义务在合同终止后五年内继续有效。

## 10. 分包

未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。平台所使用的云基础设施服务商阿里云计算有限公司已经甲方认可。

## 11. 违约责任

11.1 乙方违反本合同约定的，应赔偿甲方因此遭受的损失。

11.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限；因数据安全事件、侵犯知识产权或乙方故意、重大过失造成的损失不受此限。

## 12. 合同解除

12.1 乙方严重违约（包括连续两个月月度可用率低于99.0%），经甲方书面催告后15日内未纠正的，甲方有权解除本合同，乙方应按未使用的服务期退还已付费用。

12.2 甲方逾期支付订阅费超过60日，经乙方催告后仍未支付的，乙方有权暂停服务，但应提前10日书面通知甲方，且不得删除客户数据。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交广州仲裁委员会仲裁。

## 14. 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一《功能清单》、附件二《实施计划》为本合同组成部分。

甲方（盖章）：广州悦禾母婴健康管理有限公司　　　　乙方（盖章）：杭州云襁科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- h164z04 (.txt, 第X条 + （一）)
H164Z04 = """向塘镇基层治理网格化平台年度运维服务合同

项目名称：向塘镇基层治理网格化平台2025—2026年度运维服务
采购方式：询价
采购编号：NCXZC-2025-XJ-052
甲方（采购人）：南昌县向塘镇人民政府
乙方（成交供应商）：江西智网信息服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目询价通知书、乙方报价文件和成交通知书，双方经协商一致，订立本合同。

第一条 服务内容
（一）运维对象：向塘镇基层治理网格化平台，包括网格事件受理流转系统、网格员移动APP、综治视频联网系统（接入视频点位200路）、网格地图及人口房屋基础信息库，以及部署上述系统的3台服务器和镇综治中心的相关网络设备。
（二）服务内容：
1．安排驻场运维工程师1名，工作日在镇综治中心驻场，负责日常巡查、用户答疑、账号开通与注销、事件流转问题处理；
2．平台软件运维，包括故障排除、缺陷修复、小型功能调整（单项不超过5人日，全年累计不超过40人日）以及操作系统、数据库和中间件的补丁更新；
3．网格员移动APP在主流安卓和鸿蒙系统新版本上的适配；
4．视频联网点位的在线巡检，离线点位应在2个工作日内协调设备维护单位处理；
5．每月一次全面巡检并提交巡检报告；每周对平台数据库进行一次完整备份，每季度进行一次恢复演练；
6．配合甲方迎接上级考核、开展网格员业务培训，全年不少于4次；
7．每半年协助甲方开展一次平台用户满意度调查，并根据调查结果提出改进建议。
（三）服务地点：向塘镇综治中心、镇属各村（社区）网格工作站及平台服务器所在机房。
（四）服务期限：自2025年7月1日起至2026年6月30日止。

第二条 合同金额
（一）本合同总金额为人民币叁拾叁万肆仟陆佰元整（¥334,600），其中：驻场运维服务费138,000元；平台软件运维费96,000元；移动APP运维费38,000元；视频联网运维费44,000元；巡检与备份服务费18,600元。
（二）上述金额为包干价，包括人员、交通、食宿、单件价值2,000元以下的备品备件及全部税费，甲方不再另行支付其他费用。

第三条 付款方式
（一）本合同不设预付款。
（二）服务满六个月且经甲方半年度考核合格后，甲方支付合同金额的50%，即167,300元；服务期满且经年度验收合格后，甲方支付其余50%，即167,300元。考核扣减的费用从当期款项中扣除。
（三）乙方请款时应提交考核结果、运维报告和合法有效的发票。

第四条 人员要求
（一）驻场工程师应具有计算机相关专业大专以上学历和两年以上政务系统运维经验，名单经甲方确认后不得随意更换；确需更换的，应提前10日书面报甲方同意，并做好工作交接。
（二）驻场工程师每个工作日到岗时间不少于7小时，因故缺勤须提前报甲方同意并安排替岗人员。
（三）乙方人员应遵守甲方的工作纪律和机房管理制度，服从甲方的工作安排。
（四）乙方应依法为其人员缴纳社会保险，乙方人员在服务过程中发生的人身伤害和劳动争议由乙方负责处理。

第五条 服务水平
（一）故障等级：一级故障指平台整体不能访问、网格事件无法上报或流转；二级故障指部分功能不可用或超过20路视频点位离线；三级故障指个别功能异常或单个用户的使用问题。
（二）响应和处理时限：一级故障乙方应在接到甲方报修后8小时内响应并开始处理，24小时内恢复；二级故障应在1个工作日内响应，3个工作日内修复；三级故障应在3个工作日内解决。
（三）重大活动、防汛等特殊时期，乙方应按甲方要求安排人员现场值守。
（四）乙方应在每月5日前提交上月运维报告，内容包括故障处理记录、巡检结果、备份情况、功能调整清单和下月工作计划。

第六条 甲方义务
（一）甲方为驻场人员提供办公场所、网络接入和履行运维职责所必需的系统权限。
（二）甲方指定专人负责运维工作的联络、报修和考核，并及时确认乙方提交的报告和功能调整需求。
（三）甲方应按本合同约定及时支付服务费用。

第七条 考核与验收
（一）甲方按季度对乙方运维服务进行考核，考核内容包括故障响应及处理时限、巡检和备份完成情况、驻场出勤、用户满意度，考核标准见附件《运维服务考核细则》。
（二）考核扣减：一级故障响应每超时1小时扣减200元，恢复每超时1小时扣减300元；驻场人员无故缺勤每日扣减600元；巡检报告逾期或漏项每次扣减500元。
（三）服务期满后，甲方根据四个季度的考核结果和乙方提交的年度运维总结报告组织年度验收，季度考核平均得分不低于85分的为验收合格。
（四）乙方提交服务报告或甲方支付款项，均不视为验收合格。

第八条 知识产权
运维期间乙方为甲方开发的功能调整程序、统计报表、脚本及其文档，知识产权归甲方所有，乙方应同时交付源代码。平台原有软件的知识产权按原建设合同的约定执行。

第九条 保密
（一）乙方及其驻场人员对在服务过程中接触的人口、房屋、网格事件、视频图像等信息以及甲方的工作秘密负有保密义务，不得向任何第三方披露，不得在工作以外的场合使用。
（二）平台中的数据归甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
（三）乙方驻场人员应签署保密承诺书。本条义务在合同终止后继续有效。

第十条 违约责任
（一）乙方未按本合同约定时间进场、提交巡检报告或完成甲方书面交办的运维事项的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（二）因乙方运维操作不当造成平台损坏的，乙方负责修复并赔偿甲方由此产生的损失。
（三）季度考核得分低于70分的，甲方有权书面警告；连续两个季度低于70分的，甲方有权解除合同。
（四）甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。

第十一条 分包
乙方不得将本合同项下的服务转包或者分包给任何第三方。

第十二条 合同解除与终止
（一）乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按乙方实际提供服务的时间和考核结果结算费用。
（二）服务期满，本合同终止，不自动续期。下一年度运维服务由甲方依法另行采购。
（三）合同终止或解除时，乙方应在10日内移交全部运维文档、系统账号及口令、源代码和备份介质，并配合新的运维单位完成交接。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向南昌县人民法院提起诉讼。

第十四条 其他
（一）本合同未尽事宜，双方可另行签订补充协议。合同履行期间双方联系人或联系方式变更的，应提前3日书面通知对方。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（三）附件：询价通知书、乙方报价文件、运维服务考核细则。

甲方（盖章）：南昌县向塘镇人民政府          乙方（盖章）：江西智网信息服务有限公司
负责人或授权代表：                          法定代表人或授权代表：
签订日期：2025年6月  日
"""

# ---------------------------------------------------------------- h164z05 (.md, supplier's template, 第X条 + X.Y)
H164Z05 = """# 仓擎WMS软件许可及实施服务合同

> 标准文本 V4.0 · 宁波仓擎软件有限公司 · 本文本由乙方提供

**合同编号**：CQ-WMS-2025-0612

**甲方（用户）**：安吉竹韵家居用品有限公司　地址：浙江省湖州市安吉县递铺街道

**乙方（供应商）**：宁波仓擎软件有限公司　地址：浙江省宁波市鄞州区首南街道

鉴于甲方拟建设仓储管理系统，乙方为"仓擎WMS"软件的著作权人并具备相应的实施能力，双方本着平等自愿、诚实信用的原则，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予仓擎WMS V6软件的使用许可，并提供安装部署、系统配置、定制开发、数据初始化及培训服务。

1.2 许可范围：甲方位于安吉县的原竹仓、半成品仓和成品仓（竹砧板、竹筷、竹制收纳用品），最多20个并发用户、30台PDA终端。

1.3 本许可为永久许可，不得转让或再许可。甲方增加并发用户或PDA终端的，应按乙方当时的报价另行购买许可。

1.4 定制开发内容：竹材原料批次与含水率管理、半成品按工序的库存管理、与甲方金蝶云星空ERP的接口、与电商平台发货单的对接。需求以双方确认的《需求规格说明书》为准。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓擎WMS V6软件许可（永久，20个并发用户） | 268,000 |
| 2 | PDA终端授权（30台 × 1,800元） | 54,000 |
| 3 | 定制开发 | 336,000 |
| 4 | 实施服务（部署、配置、数据初始化） | 92,000 |
| 5 | 培训 | 18,000 |
| | **合计** | **768,000** |

2.1 合同总价为人民币柒拾陆万捌仟元整（¥768,000）。

2.2 上述价格不含PDA硬件、服务器、操作系统及数据库软件，该等软硬件由甲方自行采购。

2.3 实施期间乙方人员的差旅费已包含在实施费中；免费维护期及以后的现场服务，甲方应另行承担乙方人员的差旅和食宿费用。

2.4 《需求规格说明书》确认后甲方提出的需求变更，乙方按每人日2,800元另行收费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即499,200元。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即268,800元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施或技术支持，工期相应顺延。

## 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，计划在90个工作日内完成系统上线。

4.2 甲方应按乙方要求提供服务器环境、基础数据和业务人员配合。因甲方原因导致延误的，工期相应顺延，乙方不承担责任。

4.3 乙方为甲方提供不超过3次、每次不超过1天的集中培训，超出部分按每人日2,800元另行收费。

4.4 乙方可根据工作需要，将部分实施和定制开发工作交由其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作成果负责。

## 第五条 验收

5.1 系统上线试运行满十日，甲方未以书面形式提出异议的，视为验收合格。

5.2 甲方在验收前已实际使用系统处理业务的，视为验收合格。

## 第六条 维护服务

6.1 自系统上线之日起九个月为免费维护期。免费维护期内，乙方提供远程技术支持、缺陷修复和小版本升级。

6.2 免费维护期内，一级故障（系统无法登录或出入库作业中断）乙方在2小时内远程响应，二级故障在1个工作日内响应。因网络、服务器、数据库或甲方操作等非乙方原因造成的故障，乙方不承担责任。乙方不因响应或修复超时承担任何扣款、赔偿或违约金。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

6.4 未签订年度维护合同的，乙方不再提供版本升级和技术支持。

6.5 乙方技术支持时间为工作日9:00至17:30，法定节假日及非工作时间的支持需提前预约。

6.6 甲方自行修改系统配置、数据库结构或与第三方系统对接所导致的问题，不属于乙方维护范围。

## 第七条 知识产权

7.1 仓擎WMS软件及其文档的著作权归乙方所有。

7.2 乙方在本合同项下为甲方完成的定制开发成果（包括程序、接口、数据模型、报表及相关文档）的知识产权归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。乙方不向甲方交付定制开发的源代码。

## 第八条 数据

8.1 甲方的业务数据归甲方所有。乙方在实施及维护期间应对接触到的甲方数据采取必要的保护措施，远程维护须使用甲方开通的账号；因乙方故意或过失造成甲方数据泄露或毁损的，乙方应及时通知甲方，并在第十条约定的范围内承担赔偿责任。

8.2 甲方同意，乙方有权对系统运行中产生的业务数据进行脱敏处理后，用于产品优化、行业分析及相关增值服务。

## 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。

## 第十条 违约责任

10.1 因乙方原因导致系统逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任总额（包括违约金和赔偿金）不超过合同总价的35%。乙方不承担间接损失、利润损失及数据恢复费用。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权解除合同。

11.2 合同解除的，甲方已支付款项中对应已完成工作的部分不予退还，已交付的软件许可继续有效。

11.3 甲方无正当理由单方解除合同的，已支付的款项不予退还。

## 第十二条 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在不可抗力影响的范围内免除责任。不可抗力持续超过60日的，任何一方可以解除合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，由乙方所在地人民法院管辖。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 《需求规格说明书》《实施计划》经双方确认后作为本合同附件。

14.3 本合同未尽事宜，双方可另行签订补充协议。本合同条款与双方往来邮件、会议纪要不一致的，以本合同为准。

甲方（盖章）：安吉竹韵家居用品有限公司　　　　乙方（盖章）：宁波仓擎软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- h164e01 (.txt, Spanish house style: FIRST.- ... + 1.1)
H164E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
"TABARCA B2B ORDER PORTAL"

Agreement No. TDC-2025-CN-011

In Yiwu (Zhejiang, People's Republic of China) and on the Isla de Tabarca (Alicante, Spain), on ____ 2025.

MEET

ON ONE SIDE, TABARCA DIGITAL COMMERCE, S.L., a Spanish private limited company (sociedad de responsabilidad limitada) with registered office at Calle de la Iglesia 4, Isla de Tabarca, 03138 Alicante, Spain, represented by Mr. Joaquin Lloret Ferrandiz, acting as sole director (administrador unico) (hereinafter, "THE VENDOR").

AND ON THE OTHER SIDE, YIWU SUNSHADE UMBRELLA TRADING CO., LTD., a company incorporated in the People's Republic of China with registered office at Futian Street, Yiwu, Zhejiang Province, represented by Ms. Chen Lihua, its legal representative (hereinafter, "THE CUSTOMER").

Both Parties, acting in the capacity in which each intervenes, mutually recognise each other's legal capacity to enter into this Agreement and, to that end,

STATE

I. That THE VENDOR develops and licenses the software "Tabarca B2B Order Portal" (hereinafter, "the Software"), a web and mobile ordering portal for wholesale distributors, together with its user and administrator documentation (hereinafter, "the Documentation").

II. That THE CUSTOMER is a wholesaler of umbrellas, parasols and rain accessories with some 2,600 trade buyers in China and abroad, and wishes to offer them an online portal for repeat orders, stock and shipment tracking.

III. That THE CUSTOMER has requested prices and invoices in Chinese Renminbi (CNY), which THE VENDOR accepts.

IV. That, in view of the foregoing, the Parties freely agree to enter into this Agreement, which shall be governed by the following

CLAUSES

FIRST.- OBJECT

1.1 THE VENDOR grants THE CUSTOMER a perpetual, non-exclusive and non-transferable licence to install and use the Software on servers controlled by THE CUSTOMER (its own cloud account in the Hangzhou region) for up to 3,000 registered buyer accounts and two storefront languages (Chinese and English).

1.2 THE VENDOR shall further configure the Software, migrate THE CUSTOMER's existing data, train THE CUSTOMER's staff and provide warranty and support services.

1.3 Annex I (Functional Specification), Annex II (Acceptance Test Plan) and Annex III (Project Plan) form part of this Agreement; its body prevails over them.

SECOND.- PRICE

2.1 The total price of this Agreement (hereinafter, "the Contract Price") is EIGHT HUNDRED AND FORTY-FOUR THOUSAND CHINESE RENMINBI (CNY 844,000), broken down as follows:

  Item  Description                                                              CNY
  A     Perpetual licence, Tabarca B2B Order Portal, Enterprise edition
        (3,000 buyer accounts, 2 storefront languages)                        486,000
  B     Licence, multi-currency and customer price-list engine                 64,000
  C     Licence, ERP connector for THE CUSTOMER's Kingdee ERP                   58,000
        Licence Subtotal (A + B + C)                                          608,000
  D     Configuration services (catalogue of 4,200 SKUs, five price tiers,
        credit limits, order approval workflow, storefront templates)          172,000
  E     Data migration (buyer accounts, price lists, three years of
        order history)                                                          46,000
  F     Training (administrators and sales staff, four sessions)                18,000
        CONTRACT PRICE                                                        844,000

2.2 The Contract Price is fixed and includes all taxes, duties, travel and expenses of THE VENDOR.

THIRD.- PAYMENT

3.1 THE CUSTOMER shall pay the Contract Price as follows:
(a) forty-five per cent (45 %), i.e. CNY 379,800, upon signature of this Agreement and before any work begins, against THE VENDOR's invoice;
(b) thirty-five per cent (35 %), i.e. CNY 295,400, upon Go-Live as defined in Clause FOURTH;
(c) twenty per cent (20 %), i.e. CNY 168,800, upon signature of the Final Acceptance Certificate under Clause FIFTH.

3.2 Invoices shall be paid within thirty (30) days of receipt by bank transfer in CNY.

FOURTH.- IMPLEMENTATION AND GO-LIVE

4.1 "Go-Live" means the date on which the configured portal, with the migrated data, is opened to THE CUSTOMER's buyers in the production environment. Go-Live shall take place no later than one hundred (100) days after signature of this Agreement.

4.2 For each calendar day by which Go-Live is delayed for reasons attributable to THE VENDOR, THE VENDOR shall pay THE CUSTOMER a penalty of 0.07 % of the Contract Price, up to a maximum of eight per cent (8 %) of the Contract Price. The penalty does not exclude compensation for greater damage.

FIFTH.- ACCEPTANCE

5.1 Within twenty (20) days after Go-Live, the Parties shall carry out the acceptance tests set out in Annex II. Acceptance requires that: (a) prices, price tiers and credit limits reproduce THE CUSTOMER's price list without error on a sample of 300 orders; (b) orders are transmitted to the ERP and their status returned to the portal within five (5) minutes; (c) migrated buyer accounts and order history reconcile with the source data; and (d) no Severity 1 or Severity 2 defect remains open.

5.2 Within five (5) days after successful completion of the tests, the Parties shall sign a Final Acceptance Certificate. Failed tests shall be repeated after correction at THE VENDOR's cost. Go-Live, use of the portal in production or payment of any instalment shall not constitute acceptance.

SIXTH.- WARRANTY

6.1 THE VENDOR warrants that the Software and the configuration will perform substantially in accordance with the Documentation and Annex I for a period of six (6) months from the date of the Final Acceptance Certificate (hereinafter, "the Warranty Period").

6.2 During the Warranty Period THE VENDOR shall correct any defect free of charge and shall provide support under the service levels of Clause EIGHTH.

SEVENTH.- SUPPORT AFTER THE WARRANTY PERIOD

7.1 After the Warranty Period THE VENDOR shall provide annual support, comprising corrective maintenance, new versions and helpdesk, for an annual fee of eleven per cent (11 %) of the Licence Subtotal, i.e. CNY 66,880 per year (hereinafter, "the Annual Support Fee"), payable quarterly in arrears.

7.2 The Annual Support Fee is fixed for the first five (5) years after the Warranty Period.

7.3 Support renews automatically for successive periods of one year at the same Annual Support Fee, unless THE CUSTOMER gives notice of non-renewal at least thirty (30) days before the end of the current period.

EIGHTH.- SERVICE LEVELS

8.1 Incidents are classified as follows: Severity 1, when the portal is unavailable to buyers or orders cannot be placed or transmitted to the ERP; Severity 2, when a major function is impaired but a workaround exists; Severity 3, any other defect or query.

8.2 THE VENDOR shall respond to a Severity 1 incident within one (1) hour, 24 hours a day, and restore the service or provide a workaround within eight (8) hours; Severity 2 and Severity 3 incidents shall be answered within three business hours and on the next business day respectively.

8.3 For each Severity 1 incident in which the response or restoration time is missed, THE CUSTOMER shall be entitled to a credit of five per cent (5 %) of the Annual Support Fee, or of CNY 3,000 during the Warranty Period, deducted from the next invoice.

NINTH.- INTELLECTUAL PROPERTY

9.1 The Software and the Documentation remain the property of THE VENDOR.

9.2 The configurations, storefront templates, price-list and mapping rules, data-migration scripts and any other work product created specifically for THE CUSTOMER (hereinafter, "the Customer Deliverables") belong to THE CUSTOMER from the moment of their creation. THE CUSTOMER may use, modify and license the Customer Deliverables freely, including to a successor supplier, and THE VENDOR shall hand them over with their source files.

TENTH.- CUSTOMER DATA AND SECURITY

10.1 All data of THE CUSTOMER and of its buyers, including buyer accounts, contact persons, prices, orders and shipment data (hereinafter, "the Customer Data"), belong to THE CUSTOMER. THE VENDOR shall process the Customer Data only to perform this Agreement and on THE CUSTOMER's documented instructions, shall not use it for any other purpose and shall not keep copies after the work for which it was needed is completed.

10.2 THE VENDOR shall access THE CUSTOMER's systems only through THE CUSTOMER's VPN, with individual accounts and multi-factor authentication, for sessions approved in advance by THE CUSTOMER, and all sessions shall be logged. The Customer Data shall not be transferred outside the People's Republic of China.

10.3 THE VENDOR shall comply with the PRC Personal Information Protection Law and Data Security Law, shall notify THE CUSTOMER of any security incident affecting the Customer Data within twenty-four (24) hours of becoming aware of it, and shall compensate THE CUSTOMER for the damage caused by any incident attributable to THE VENDOR.

ELEVENTH.- CONFIDENTIALITY

Each Party shall keep confidential all non-public information received from the other Party in connection with this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives termination for five (5) years.

TWELFTH.- LIABILITY

The total aggregate liability of THE VENDOR under this Agreement shall not exceed one hundred and fifty per cent (150 %) of the Contract Price, save in the case of wilful misconduct (dolo), gross negligence, breach of Clauses TENTH or ELEVENTH, or infringement of third-party intellectual property rights, which shall not be limited.

THIRTEENTH.- SUBCONTRACTING

THE VENDOR shall not subcontract all or part of its obligations without the prior written consent of THE CUSTOMER. THE VENDOR shall remain fully responsible for the work of any approved subcontractor.

FOURTEENTH.- TERM AND TERMINATION

14.1 This Agreement enters into force on signature. The licence is perpetual and survives termination, except on termination before Final Acceptance for breach by THE VENDOR, when THE CUSTOMER may return the Software and recover the amounts paid.

14.2 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and fails to remedy it within thirty (30) days of written notice. THE CUSTOMER may also terminate if the delay penalty under Clause 4.2 reaches its maximum.

FIFTEENTH.- GOVERNING LAW AND JURISDICTION

15.1 This Agreement shall be governed by and construed in accordance with the common law of Spain (Derecho comun espanol).

15.2 For the resolution of any dispute arising from this Agreement, the Parties, expressly waiving any other jurisdiction that might correspond to them, submit to the Courts and Tribunals of the city of Alicante (Spain).

And in witness whereof, the Parties sign this Agreement in duplicate and to a single effect, at the place and on the date first above written.

THE VENDOR                                   THE CUSTOMER
Tabarca Digital Commerce, S.L.               Yiwu Sunshade Umbrella Trading Co., Ltd.
Mr. Joaquin Lloret Ferrandiz                 Ms. Chen Lihua
Sole Director                                Legal Representative
"""

# ---------------------------------------------------------------- h164e02 (.docx, German house style: Order Form + General Terms, § N (1))
H164E02 = """
T:Order Form No. MHS-CN-2025-0147 - Memmert Stay Cloud PMS
P:Provider: Memmert Hospitality Software GmbH, Inselweg 1, Memmert, 26571 Juist, Germany; registered in the Commercial Register of the Local Court (Amtsgericht) of Aurich; Managing Director: Dr. Frauke Janssen ("Provider").
P:Customer: Lijiang Naxi Courtyard Inn Management Co., Ltd., Xinyi Street, Gucheng District, Lijiang, Yunnan Province, People's Republic of China; legal representative: Mr. He Wenbin ("Customer").
H:1. Ordered Services
P:Cloud property-management system "Memmert Stay" for the Customer's 14 guesthouse properties (236 rooms in total) in Lijiang and Shuhe, comprising front desk, reservations, housekeeping, night audit, guest registration interface to the local public-security accommodation system, WeChat Pay and Alipay payment integration, and the channel manager add-on for Ctrip, Meituan, Fliggy and Booking.com. Onboarding comprises configuration of rooms and rate plans, import of existing reservations and guest profiles, the interfaces named above and staff training.
H:2. Fees
P:At the Customer's request all fees are stated and invoiced in Chinese Renminbi (CNY).
TB:Item|Unit|Quantity|Monthly fee (CNY)|Initial Term total (CNY)
TB:PMS subscription (CNY 1,450 per property and month)|property|14|20,300|730,800
TB:Channel manager add-on (CNY 380 per property and month)|property|14|5,320|191,520
TB:Recurring fees|-|-|25,620|922,320
TB:Onboarding (one-off)|project|1|-|68,000
TB:Total Contract Value|-|-|-|990,320
H:3. Term and Payment
P:Initial Term: 36 months from the date of Go-Live Acceptance under § 3 of the General Terms. Recurring fees are invoiced quarterly in arrears (CNY 76,860 per quarter); the onboarding fee is invoiced after Go-Live Acceptance. No fees are payable in advance.
H:4. Contract Documents
P:This Order Form and the General Terms and Conditions for Cloud Services of the Provider, version 3.2 (attached), together form the Agreement. In case of conflict, this Order Form prevails.
H:5. Contacts
P:Provider: Key Account Manager Asia, Mr. Jan-Hendrik Ubbens, support hotline in Kunming. Customer: IT and revenue manager, Ms. Li Yun. Notices under the Agreement shall be sent to these contacts by e-mail and in writing.
P:Juist, ____ 2025 - for the Provider: ____________   Lijiang, ____ 2025 - for the Customer: ____________
T:General Terms and Conditions for Cloud Services (Version 3.2)
H:§ 1 Scope
P:(1) These General Terms and Conditions ("GTC") apply to all cloud services which the Provider supplies to the Customer under an Order Form.
P:(2) Deviating or supplementary terms of the Customer apply only if the Provider expressly agrees to them in writing.
H:§ 2 Subject Matter, Term and Renewal
P:(1) The Provider makes the software described in the Order Form available to the Customer as software-as-a-service over the internet and provides the onboarding and support services described in the Order Form and these GTC.
P:(2) The Agreement runs for the Initial Term stated in the Order Form. It is extended automatically by one further year in each case unless terminated by either party with three months' notice to the end of the Initial Term or of an extension year. The fees for any extension year remain unchanged.
P:(3) Ordinary termination during the Initial Term is excluded. The right to terminate for good cause under § 13 remains unaffected.
H:§ 3 Onboarding and Go-Live Acceptance
P:(1) The Provider shall complete the onboarding within 60 days after signature of the Order Form.
P:(2) Go-Live Acceptance requires that: (a) all 14 properties are configured with room inventory and rate plans confirmed by the Customer; (b) imported reservations and guest profiles reconcile record by record with the Customer's previous system; (c) rates and availability synchronise in both directions with each connected channel within two minutes, verified by 50 test bookings; (d) guest registration data is transmitted without error to the public-security interface on three consecutive days; and (e) a parallel run of five days passes without a Severity 1 incident.
P:(3) The Customer signs the Go-Live Acceptance Certificate within five working days after successful tests. Productive use of the services alone does not constitute acceptance.
H:§ 4 Fees and Payment
P:(1) The fees result from the Order Form. They are fixed for the Initial Term.
P:(2) Invoices are payable within 30 days of receipt by bank transfer in CNY.
P:(3) If the Customer is in arrears with fees for more than 60 days, the Provider may suspend access to the services after a written warning with a deadline of two weeks. Customer Data shall not be deleted during a suspension.
H:§ 5 Availability and Support
P:(1) The Provider ensures an availability of the services of 99.95 % per calendar month, measured at the exit of the data centre to the internet. Announced maintenance windows of up to six hours per month between 01:00 and 05:00 Beijing time are not counted as downtime.
P:(2) Support requests are handled as follows: Severity 1 (the system is unavailable for a property, check-in or check-out is impossible, or channel synchronisation has stopped) - response within 30 minutes, 24 hours a day; Severity 2 (a function is impaired) - response within two hours; Severity 3 (other questions) - response on the next business day.
P:(3) The Provider uses all reasonable efforts to restore the services without delay. Falling short of the availability or response times in paragraphs (1) and (2) does not entitle the Customer to service credits, fee reductions or contractual penalties.
P:(4) The Provider makes a monthly availability and support report available to the Customer in the customer portal.
H:§ 6 Customer Data
P:(1) All data entered into the services by the Customer, its staff or its guests, in particular reservations, guest registration data and payment records ("Customer Data"), remain the property of the Customer. The Provider processes Customer Data on the Customer's instructions to provide the services.
P:(2) On request, and in any case at the end of the Agreement, the Provider shall export the Customer Data within 30 days in CSV or JSON format and shall then delete it.
P:(3) The Provider is entitled to use Customer Data in anonymised and aggregated form, also after the end of the Agreement, to produce statistics and market benchmarks, in particular the Memmert Regional Occupancy Index, and to develop and improve its products.
H:§ 7 Data Protection and Information Security
P:(1) The services are hosted in data centres in mainland China (Shanghai region of Alibaba Cloud). The Provider maintains an information security management system certified to ISO/IEC 27001, and the system has been filed at MLPS level 3.
P:(2) Customer Data is encrypted in transit and at rest; access is role-based, administrative access requires multi-factor authentication and is logged; identity-card numbers are masked in all user interfaces and reports.
P:(3) The Provider shall notify the Customer of any personal-data breach without undue delay and at the latest within 24 hours, shall support the Customer in its reporting duties under the Personal Information Protection Law, and is liable for damage caused by its breach of this § 7.
H:§ 8 Rights of Use and Customer-specific Work Results
P:(1) The Provider grants the Customer the non-exclusive, non-transferable right to use the services for the term of the Agreement.
P:(2) Configurations, rate-plan structures, report templates and interface mappings created specifically for the Customer belong to the Customer. The Customer may use, modify and license them freely, including after the end of the Agreement.
H:§ 9 Confidentiality
P:The parties shall treat as confidential all business and trade secrets of the other party which become known to them in connection with the Agreement, and shall not disclose them to third parties without the other party's prior written consent. This obligation continues for three years after the end of the Agreement.
H:§ 10 Delay in Onboarding
P:If Go-Live Acceptance is delayed for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty (Vertragsstrafe) of 0.09 % of the Total Contract Value for each calendar day of delay, at most 6 % of the Total Contract Value. Further damages remain unaffected; the penalty is credited against them.
H:§ 11 Liability
P:(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, and for breaches of § 7.
P:(2) In the case of slight negligence, the Provider is liable only for the breach of essential contractual obligations (cardinal obligations), and limited to the typical, foreseeable damage.
P:(3) Except in the cases of paragraph (1), the total liability of the Provider under the Agreement is limited to CNY 360,000.
H:§ 12 Subcontractors
P:The Provider may engage subcontractors only with the Customer's prior written consent. The hosting of the services by Alibaba Cloud Computing Co., Ltd. is approved by signature of the Order Form. The Provider remains responsible for its subcontractors.
H:§ 13 Termination for Good Cause
P:(1) The right of either party to terminate the Agreement for good cause without notice remains unaffected.
P:(2) Good cause for the Customer exists in particular if the Provider commits a material breach of the Agreement and does not remedy it within 30 days after a written warning.
P:(3) On any termination, § 6 (2) applies to the return and deletion of Customer Data.
H:§ 14 Final Provisions
P:(1) The Agreement is governed by the laws of the People's Republic of China, excluding the UN Convention on Contracts for the International Sale of Goods.
P:(2) All disputes arising out of or in connection with the Agreement shall be finally settled by the Kunming Arbitration Commission in Kunming.
P:(3) Amendments and supplements to the Agreement must be made in writing. This also applies to a waiver of the written-form requirement.
P:(4) Should any provision of the Agreement be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision by a valid provision which comes as close as possible to its economic purpose.
"""

# ---------------------------------------------------------------- h164e03 (.pdf, French house style, buyer's paper: Article N - Title + N.1)
H164E03 = """
T:Contract for the Supply, Installation and Maintenance of a Dissolved-Oxygen Monitoring System
P:Contract No. DSHX-2025-EQ-009
P:BETWEEN
P:Fujian Dongshan Haixin Abalone Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at Chendai Town, Dongshan County, Zhangzhou, Fujian Province, represented by Mr. Lin Zhiqiang, General Manager (hereinafter "the Buyer"),
P:AND
P:Tascon Aquatech SAS, a simplified joint-stock company (société par actions simplifiée) with a share capital of EUR 150,000, whose registered office is on the Île Tascon, 56450 Saint-Armel, France, registered with the Trade and Companies Register of Vannes, represented by Ms. Gwenaëlle Le Floch, Président (hereinafter "the Supplier"),
P:hereinafter together "the Parties".
H:Preamble
P:The Buyer operates land-based tank farms and raft farms for abalone in Dongshan Bay. Low dissolved oxygen is the main cause of mortality in summer and during typhoon periods. Following a competitive consultation, the Buyer has selected the Supplier to supply and install a continuous dissolved-oxygen monitoring and aeration-control system and to maintain it. This Contract is drawn up on the Buyer's standard form. At the Buyer's request all prices are expressed in Chinese Renminbi (CNY).
H:Article 1 - Contract Documents
P:1.1 The Contract consists of the following documents, which prevail over one another in the order listed: (1) this Contract; (2) Annex 1, Technical Specification; (3) Annex 2, Price Schedule; (4) Annex 3, Installation Plan; (5) the Supplier's technical offer.
P:1.2 The Supplier's general terms of sale do not apply.
H:Article 2 - Scope
P:2.1 The Supplier shall supply 96 optical dissolved-oxygen sensors with temperature and salinity compensation, 12 wireless data gateways, 8 aerator control cabinets and a perpetual licence of its monitoring software, and shall install, commission and calibrate the system in the Buyer's 48 tank rows and 6 raft zones.
P:2.2 The Supplier shall train the Buyer's technicians and farm managers, provide warranty service, and, if the Buyer so orders, maintenance after the warranty under Article 8.
H:Article 3 - Price
P:3.1 The Contract Price is CNY 1,317,000, broken down as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Optical DO sensors with temperature and salinity compensation|96|7,850|753,600
TB:Wireless data gateways|12|13,400|160,800
TB:Aerator control cabinets|8|21,500|172,000
TB:Monitoring software licence (perpetual, 30 users, mobile alarm app)|1|128,000|128,000
TB:Equipment and Licence Subtotal|-|-|1,214,400
TB:Installation, commissioning and calibration|1|-|88,000
TB:Training|1|-|14,600
TB:Contract Price|-|-|1,317,000
P:3.2 The prices are fixed and firm. They include delivery DDP Dongshan, customs duties, import VAT, insurance and all taxes and charges of the Supplier.
H:Article 4 - Payment
P:4.1 20 % of the Contract Price (CNY 263,400) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 45 % of the Contract Price (CNY 592,650) after delivery and installation of all equipment, certified by an Installation Certificate. The Installation Certificate records quantities and installation only and does not constitute acceptance.
P:4.3 35 % of the Contract Price (CNY 460,950) after signature of the Final Acceptance Certificate under Article 6.
P:4.4 Payments are made by bank transfer in CNY within 30 days of receipt of a valid invoice.
H:Article 5 - Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the Buyer's farm within 50 days after signature and complete installation within 25 days after delivery, in accordance with Annex 3.
P:5.2 Installation work in the tanks shall be scheduled with the Buyer's farm managers so that stock is not disturbed. The Supplier shall observe the Buyer's biosecurity rules, including disinfection of all equipment and footwear.
H:Article 6 - Acceptance
P:6.1 After installation the system shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensor reads within 0.2 mg/L of a reference measurement taken by the Buyer's laboratory; (b) readings from every tank row and raft zone reach the monitoring platform at least once every 60 seconds; (c) a simulated low-oxygen event starts the aerators of the zone concerned within 90 seconds and sends an alarm to the duty manager's phone; (d) no Critical fault occurs during the 30-day run; and (e) the documentation and training under Annex 1 have been delivered.
P:6.2 If the criteria are met, the Parties sign the Final Acceptance Certificate. Otherwise the Supplier shall correct the defects at its cost and the 30-day run shall be repeated. Installation, commissioning, use of the system or payment do not constitute acceptance.
H:Article 7 - Warranty
P:7.1 The Supplier warrants the equipment and software for 24 months from the date of the Final Acceptance Certificate. During the warranty the Supplier shall repair or replace any defective item free of charge, replace each sensor membrane cap once, and carry out a calibration visit every quarter.
P:7.2 An item replaced under warranty receives a new warranty period of 24 months.
H:Article 8 - Maintenance after the Warranty
P:8.1 After the warranty the Buyer may order maintenance year by year. The annual maintenance fee is 9.5 % of the Equipment and Licence Subtotal, i.e. CNY 115,368 per year, fixed for the three years following the warranty. It covers quarterly calibration, software updates, repair and replacement of defective parts, and the hotline.
P:8.2 Maintenance is ordered by a written purchase order for each year and does not renew automatically.
H:Article 9 - Service Levels
P:9.1 During the warranty and any maintenance year the following service levels apply: Critical fault (loss of oxygen readings or alarms for a tank row or raft zone, or failure of aerator control) - remote response within 30 minutes at any hour, technician on site within 5 hours; Major fault (a single sensor or gateway failed) - response within 2 hours, repair on the next day; Minor fault - next business day.
P:9.2 For each hour by which the response or on-site time of a Critical fault is exceeded, the Supplier shall pay CNY 1,000; for a Major fault, CNY 300 per hour. The Buyer may deduct these amounts from any payment or from the maintenance fee.
P:9.3 The Supplier maintains a service centre in Xiamen with spare sensors and gateways sufficient to restore any Critical fault.
H:Article 10 - Data
P:10.1 All data produced by the system, including oxygen, temperature and salinity readings, alarms, feeding and production records, belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The monitoring platform is installed on the Buyer's server at the farm. The Supplier may access it remotely only through the Buyer's VPN, for sessions approved by the Buyer, using named accounts; all access is logged. No data may be copied or transferred outside the People's Republic of China.
P:10.3 The Supplier shall notify the Buyer of any security incident affecting the system or its data within 24 hours, shall take immediate remedial measures, and shall compensate the Buyer for all losses caused by incidents attributable to the Supplier.
H:Article 11 - Intellectual Property
P:11.1 The customised dashboards, alarm logic, aerator control parameters and the interface scripts to the Buyer's feeding system developed under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files.
P:11.2 The Supplier's standard software remains its property; the Buyer receives a perpetual licence to use it.
H:Article 12 - Penalties for Delay
P:12.1 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay a penalty of 0.06 % of the Contract Price for each calendar day of delay, up to 8 % of the Contract Price.
P:12.2 If the penalty reaches its maximum, the Buyer may terminate the Contract under Article 16.
H:Article 13 - Liability
P:The total liability of the Supplier under this Contract is limited to 150 % of the Contract Price. This limitation does not apply to personal injury, wilful misconduct, gross negligence or breach of Articles 10 and 14.
H:Article 14 - Confidentiality
P:Each Party shall keep confidential the information received from the other Party under this Contract, in particular the Buyer's production and mortality data, farm layout and breeding methods, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of the Contract.
H:Article 15 - Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains liable for the work of any approved subcontractor.
H:Article 16 - Termination
P:16.1 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after a formal notice (mise en demeure), or in the case of Article 12.2.
P:16.2 Either Party may terminate the Contract if a force majeure event lasts more than 60 days.
H:Article 17 - Force Majeure
P:Neither Party is liable for delay caused by force majeure, including typhoons declared by the meteorological authorities, provided it notifies the other Party within 3 days. Typhoon warnings do not suspend the Supplier's obligation to respond to Critical faults remotely.
H:Article 18 - Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China.
P:18.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The arbitral award is final and binding on both Parties.
P:18.3 The Contract is signed in English and Chinese; in case of discrepancy the Chinese version prevails.
P:Made in Dongshan, in two originals, on ____ 2025.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- h164e04 (.md, Scottish house style: N. HEADING + N.1)
H164E04 = """# MANAGED IT SERVICES AGREEMENT

**between**

**AILSA CRAIG MANAGED SERVICES LIMITED**, a company incorporated under the Companies Acts in Scotland and having its Registered Office at The Lighthouse Buildings, Ailsa Craig, by Girvan, Ayrshire, Scotland (the "Provider")

**and**

**JIANGSU JINLING HENGDA LAW FIRM**, a partnership law firm established in the People's Republic of China and having its principal office at Zhongshan Road, Gulou District, Nanjing, Jiangsu Province (the "Client")

**WHEREAS** the Client requires the management of its IT infrastructure and support for its lawyers and staff at its offices in Nanjing, Suzhou and Wuxi, and the Provider has agreed to provide those services on the following terms, with all charges stated in Chinese Renminbi at the Client's request;

**NOW THEREFORE** the Parties agree as follows:

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Charges" means the charges set out in Clause 6; "Client Data" means all data, documents and information of the Client or its clients processed by the Provider in performing the Services, including privileged and case files; "Initial Term" means 24 months from the Service Commencement Date; "Monthly Charges" means the recurring charges in Clause 6.1; "Service Commencement Date" means the date stated in the Service Commencement Certificate under Clause 4; "Services" means the services described in Clause 3.

1.2 Headings are for convenience only. References to a Clause are to a clause of this Agreement. Words in the singular include the plural and vice versa.

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of its execution by both Parties and, subject to earlier termination under Clause 12, continues until the end of the Initial Term.

2.2 This Agreement shall not renew automatically. Any extension requires a written agreement signed by both Parties, including the charges for the extension.

## 3. SERVICES

3.1 The Provider shall provide: (a) a bilingual service desk (Mandarin and English) for 160 users, by telephone, e-mail and portal, from 07:30 to 22:00 on Business Days and on call at other times; (b) desktop support on site at the three offices, including laptops, printers, video-conference rooms and document-management clients; (c) management, monitoring and patching of 18 servers and of the network equipment at the three offices; (d) management of backup and endpoint protection for all endpoints and servers; and (e) a monthly service report and a quarterly service review with the Client's managing partner.

3.2 The Client consents, by signing this Agreement, to the on-site Services being performed by the Provider's wholly owned subsidiary, Ailsa Craig IT Services (Nanjing) Co., Ltd. (the "Local Affiliate"). The Provider remains responsible for the acts and omissions of the Local Affiliate as for its own.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall complete the transition within 45 days of execution of this Agreement (the "Target Commencement Date").

4.2 The Client shall issue a Service Commencement Certificate when: (a) all 160 users are enrolled in the service desk and have received the user guide; (b) an asset inventory of all endpoints, servers and network devices has been verified by the Client; (c) monitoring is live on every server and network device; (d) the runbooks and escalation lists have been approved by the Client; and (e) a hypercare period of ten Business Days has passed without a Priority 1 Incident caused by the Provider.

4.3 The taking over of services by the Provider, or payment of any Charge, shall not constitute acceptance of the transition.

4.4 If the Service Commencement Date has not occurred by the Target Commencement Date for reasons attributable to the Provider, the Provider shall pay to the Client, as liquidated damages, CNY 1,500 for each day of delay, up to a maximum of CNY 90,000.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the following service levels:

| Priority | Example | Response | Resolution target |
|---|---|---|---|
| Priority 1 | office network or document-management system down; a partner unable to work before a court hearing | 15 minutes | 3 hours |
| Priority 2 | a service degraded for a team; a video-conference room out of order | 1 hour | 8 Business Hours |
| Priority 3 | a single user issue | next Business Day | 3 Business Days |

5.2 The availability of the managed servers and networks at each office shall be not less than 99.95 % in each month, excluding maintenance windows agreed with the Client.

5.3 If a service level is missed the Provider shall credit the Client: 2 % of the Monthly Charges for each Priority 1 Incident whose response or resolution target is missed, and 3 % of the Monthly Charges for each full 0.1 percentage point by which availability falls short. Service credits are capped at 20 % of the Monthly Charges in any month and are without prejudice to the Client's other rights.

## 6. CHARGES AND PAYMENT

6.1 The Charges are:

| Charge | Basis | Monthly (CNY) | Initial Term (CNY) |
|---|---|---|---|
| Service desk and desktop support | 160 users × CNY 420 | 67,200 | 1,612,800 |
| Server and network management | 18 servers, 3 offices | 14,800 | 355,200 |
| Backup and endpoint protection management | all endpoints and servers | 9,600 | 230,400 |
| Monthly Charges | | 91,600 | 2,198,400 |
| Transition charge | one-off | | 56,000 |
| **Total Contract Value** | | | **2,254,400** |

6.2 The Monthly Charges are invoiced monthly in arrears. The transition charge is invoiced on the Service Commencement Date. No Charges are payable in advance.

6.3 The Client shall pay undisputed invoices within 30 days. The Charges are fixed for the Initial Term.

## 7. CLIENT DATA AND INFORMATION SECURITY

7.1 Client Data belongs to the Client. The Provider shall process Client Data only to perform the Services and on the Client's instructions, and shall not use it for any other purpose.

7.2 Client Data shall remain on the Client's servers in Nanjing and in the Client's own cloud tenancy in mainland China. The Provider shall not copy Client Data to removable media or to its own systems, and shall not transfer or allow access to it from outside the People's Republic of China.

7.3 The Provider shall maintain an information security management system certified to ISO/IEC 27001; use named accounts with multi-factor authentication and privileged-access management for all administrative access; vet and train its personnel; and comply with the Personal Information Protection Law and the Data Security Law.

7.4 The Provider shall notify the Client of any actual or suspected security incident affecting Client Data within 12 hours, shall take all reasonable steps to contain it, and shall indemnify the Client against losses, regulatory penalties and claims of the Client's clients arising from any such incident caused by the Provider or the Local Affiliate.

## 8. CONFIDENTIALITY AND PRIVILEGE

8.1 Each Party shall keep confidential the other Party's confidential information and shall not disclose it except to those of its personnel who need to know it for this Agreement.

8.2 The Provider acknowledges that Client Data includes information subject to lawyers' professional secrecy. The Provider shall not read case files except as strictly required for a support request, and shall ensure that every individual engaged in the Services signs a confidentiality undertaking. This Clause 8 survives termination without limit in time.

## 9. INTELLECTUAL PROPERTY

9.1 Runbooks, scripts, configurations, reports and documentation created by the Provider for the Client under this Agreement belong to the Client, which may use, modify and license them freely, including to any replacement provider.

9.2 The Provider's pre-existing tools and know-how remain its property; the Provider grants the Client a perpetual, royalty-free licence to use any of them embedded in the deliverables.

## 10. PERSONNEL AND SUBCONTRACTING

10.1 The Provider shall assign a named service manager and at least two resident engineers in Nanjing and one in Suzhou, and shall not replace the service manager without the Client's approval.

10.2 Save for the Local Affiliate under Clause 3.2, the Provider shall not subcontract any part of the Services without the Client's prior written consent.

## 11. LIABILITY

11.1 The total aggregate liability of the Provider arising under or in connection with this Agreement shall not exceed 150 % of the Total Contract Value.

11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 7 or Clause 8.

## 12. TERMINATION

12.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach which is not remedied within 30 days of written notice specifying the breach.

12.2 The Client may terminate this Agreement by written notice if Priority 1 service levels are missed in any three months within a period of six consecutive months.

## 13. EXIT

On expiry or termination the Provider shall, for up to 60 days and at the then current rates, co-operate with the Client and any replacement provider, hand over all passwords, documentation and deliverables, and certify that it holds no Client Data.

## 14. GOVERNING LAW AND JURISDICTION

14.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland.

14.2 The Parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising under or in connection with this Agreement.

**IN WITNESS WHEREOF** these presents consisting of this and the preceding pages are executed as follows:

Subscribed for and on behalf of **AILSA CRAIG MANAGED SERVICES LIMITED** at Girvan on the ____ day of ____ 2025 by ____________, Director, before this witness ____________ (full name and address).

Subscribed for and on behalf of **JIANGSU JINLING HENGDA LAW FIRM** at Nanjing on the ____ day of ____ 2025 by ____________, Managing Partner, before this witness ____________ (full name and address).
"""

# ---------------------------------------------------------------- h164e05 (.txt, Italian house style: Art. N (Title) + N.1)
H164E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
"BERGEGGI LISTING API"

BETWEEN

Bergeggi Marketplace Connect S.r.l., with registered office on the Isola di Bergeggi, 17028 Bergeggi (SV), Italy, registered with the Companies Register of Riviere di Liguria, in the person of its legal representative pro tempore, Mr. Matteo Parodi (hereinafter the "Vendor"),

AND

Aksu Red Oasis Jujube Export Co., Ltd., with registered office in the Aksu Economic and Technological Development Zone, Xinjiang Uygur Autonomous Region, People's Republic of China, in the person of its legal representative, Mr. Ma Jianguo (hereinafter the "Customer"),

(the Vendor and the Customer, hereinafter jointly the "Parties" and each a "Party")

WHEREAS

a) the Vendor has developed and operates an application programming interface and related web console (the "Listing API") through which sellers publish product listings, synchronise prices and stock, and import orders from online marketplaces;
b) the Customer produces and exports dried jujubes, jujube paste and jujube snacks and intends to sell them to consumers in Europe through the marketplaces Amazon Europe, Allegro, Cdiscount and Ozon;
c) the Customer wishes to subscribe to the Listing API and to have the Vendor integrate it with the Customer's ERP and warehouse management systems;
d) at the Customer's request, all fees are stated and invoiced in Chinese Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and Annexes)
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 Annexes: Annex A (Service Description); Annex B (Integration Specification and Acceptance Tests); Annex C (Security Measures).

Art. 2 (Definitions)
In this Agreement: "Customer Data" means all data supplied by the Customer or received from the marketplaces on its behalf, including product data, prices, stock levels, orders and the personal data of end consumers; "Integration Services" means the services described in Art. 5; "Integration Acceptance" means the signature of the Integration Acceptance Report under Art. 6; "Subscription Term" means the period set out in Art. 4.

Art. 3 (Subject Matter)
3.1 The Vendor grants the Customer access to the Listing API, Professional plan (up to 1,200 active listings and 60,000 API calls per day), with four marketplace channel add-ons, for the Subscription Term.
3.2 The Vendor also performs the Integration Services and provides support under Art. 8.

Art. 4 (Term)
4.1 The Agreement enters into force on signature. The Subscription Term is 24 months from Integration Acceptance.
4.2 The Agreement does not renew tacitly. Any renewal requires a new written order signed by both Parties.

Art. 5 (Integration Services)
5.1 The Vendor shall develop and configure: an adapter between the Listing API and the Customer's ERP for products, prices and orders; an adapter to the Customer's warehouse management system for stock levels and shipment confirmations; listing templates for the four marketplaces; and a workflow for the translation of listings into English, German, French, Polish and Russian.
5.2 The Customer shall provide product master data, images, access to its ERP and warehouse test environments and a project contact.

Art. 6 (Acceptance)
6.1 The Integration Services shall be completed within 70 days after signature.
6.2 Integration Acceptance requires that, in the acceptance tests set out in Annex B: (a) 320 SKUs are listed on all four marketplaces with correct titles, translations, prices and images; (b) stock changes in the warehouse system are reflected on every marketplace within 15 minutes; (c) orders are imported into the ERP within 10 minutes with correct amounts and addresses; and (d) the integrated system runs for 7 consecutive days without a Priority 1 incident.
6.3 The Parties sign the Integration Acceptance Report within 5 working days after the tests have been passed. Go-live of the listings or their use by the Customer does not constitute acceptance.

Art. 7 (Fees and Payment)
7.1 The fees are as follows:

  Item                                                  Basis                           CNY
  Listing API subscription, Professional plan           23,500 per month x 24           564,000
  Marketplace channel add-ons (4 channels)              1,250 per channel and month x 24
                                                        (4 channels)                    120,000
  Integration Services (adapters, templates, workflow)  one-off                         148,000
  Total Contract Value                                                                  832,000

7.2 Subscription fees are invoiced quarterly in arrears (CNY 85,500 per quarter). The integration fee is invoiced after Integration Acceptance. No advance payment is due.
7.3 Invoices are payable within 30 days of receipt by bank transfer in CNY.

Art. 8 (Service Levels)
8.1 The Vendor guarantees an availability of the Listing API of 99.95 % in each calendar month, excluding maintenance announced at least 72 hours in advance.
8.2 Priority 1 incidents (the Listing API is unavailable, or orders or stock updates are not transmitted) receive a response within 1 hour at any time of day; Priority 2 incidents (a single marketplace or function impaired) within 3 business hours; other requests on the next business day.
8.3 If availability in a month falls below 99.95 %, the Customer receives a credit of 5 % of the monthly subscription fee, and of 10 % if it falls below 99.5 %. Each Priority 1 incident whose response time is exceeded gives a further credit of 2 % of the monthly subscription fee. Credits are set off against the next invoice and are capped at 25 % of the monthly subscription fee.

Art. 9 (Delay)
If Integration Acceptance is delayed beyond the period in Art. 6.1 for reasons attributable to the Vendor, the Vendor shall pay a penalty of 0.025 % of the Total Contract Value for each calendar day of delay, up to a maximum of 5 % of the Total Contract Value. The penalty is the Customer's sole remedy for such delay.

Art. 10 (Intellectual Property)
10.1 The Listing API, the web console and all related software and documentation are and remain the exclusive property of the Vendor.
10.2 The ERP and warehouse adapters, the listing templates, the mapping tables, the translation workflow and any other deliverable produced under the Integration Services, together with all intellectual property rights therein, also belong exclusively to the Vendor. The Customer receives a non-exclusive, non-transferable licence to use them for the Subscription Term only, without the right to modify them, to decompile them or to allow third parties to use them. Source code is not delivered.

Art. 11 (Customer Data and Security)
11.1 The Customer Data belongs to the Customer. The Vendor processes it solely to provide the services under this Agreement and in accordance with the Customer's instructions, and shall not use it for any other purpose.
11.2 The Vendor processes the Customer Data in data centres located in the European Union. It maintains an information security management system certified to ISO/IEC 27001 and applies the measures in Annex C, including encryption in transit and at rest, role-based access with multi-factor authentication, logging and daily backups.
11.3 The Vendor shall notify the Customer of any personal-data breach or other security incident affecting the Customer Data within 24 hours of becoming aware of it, shall take all measures necessary to limit its effects, and shall compensate the Customer for the damage caused by incidents attributable to the Vendor, including fines imposed on the Customer.
11.4 Within 30 days after the end of the Agreement the Vendor shall return the Customer Data in a structured format and then delete it.

Art. 12 (Confidentiality)
Each Party undertakes to keep confidential the technical and commercial information of the other Party of which it becomes aware in the performance of this Agreement, including prices, sales volumes and supplier data, and not to disclose it to third parties without the other Party's prior written consent. This obligation remains in force for three years after the end of the Agreement.

Art. 13 (Subcontracting)
The Vendor may not subcontract the performance of this Agreement, in whole or in part, without the Customer's prior written consent. The use of the hosting provider named in Annex C is hereby authorised. The Vendor is responsible for the work of its subcontractors as for its own.

Art. 14 (Liability)
The total liability of the Vendor for any claim arising out of or in connection with this Agreement shall not exceed 125 % of the Total Contract Value. This limit does not apply to wilful misconduct, gross negligence or breaches of Art. 11 and Art. 12.

Art. 15 (Termination by the Vendor)
The Vendor may terminate this Agreement with immediate effect by written notice if the Customer fails to pay any amount within 30 days of its due date, or if the Customer uses the Listing API in breach of the marketplaces' rules.

Art. 16 (Customer's Remedies)
16.1 The Customer's remedies for any breach by the Vendor are the service credits under Art. 8, the penalty under Art. 9 and damages within the limits of Art. 14.
16.2 The Customer waives any right to terminate or rescind this Agreement before the end of the Subscription Term, including in the case of breach by the Vendor. The fees for the whole Subscription Term remain due.

Art. 17 (Governing Law and Disputes)
17.1 This Agreement is governed by the laws of the People's Republic of China.
17.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding.

Art. 18 (Final Provisions)
18.1 Any amendment to this Agreement must be made in writing and signed by both Parties.
18.2 This Agreement is drawn up in English in two originals. Failure by a Party to exercise a right is not a waiver of it.

Read, confirmed and signed.

Bergeggi, ____ 2025                              Aksu, ____ 2025
For the Vendor                                   For the Customer
Bergeggi Marketplace Connect S.r.l.              Aksu Red Oasis Jujube Export Co., Ltd.
Mr. Matteo Parodi                                Mr. Ma Jianguo
"""

TEXTS = {  # written as they are
    "h164z03": ("h164z03_postnatal_care_chain_saas.md", H164Z03),
    "h164z04": ("h164z04_town_grid_governance_platform_om.txt", H164Z04),
    "h164z05": ("h164z05_bamboo_factory_wms_supplier_template.md", H164Z05),
    "h164e01": ("h164e01_umbrella_wholesaler_b2b_portal_licence.txt", H164E01),
    "h164e04": ("h164e04_law_firm_managed_it_desktop_support.md", H164E04),
    "h164e05": ("h164e05_jujube_exporter_listing_api_subscription.txt", H164E05),
}
SOURCES = {"h164z01": H164Z01, "h164z02": H164Z02, "h164e02": H164E02, "h164e03": H164E03}
TARGETS = {"h164z01": ("h164z01_city_archives_digital_archive_system.docx", "docx"),
           "h164z02": ("h164z02_ceramic_glaze_batch_weighing_system.pdf", "pdf"),
           "h164e02": ("h164e02_guesthouse_group_pms_saas_order_form.docx", "docx"),
           "h164e03": ("h164e03_abalone_farm_do_sensors_maintenance.pdf", "pdf")}

if __name__ == "__main__":
    for key, (name, text) in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
