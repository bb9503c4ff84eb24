"""Builds holdout183's ten draft contracts from the sources below, so the files can be made again.

.md and .txt sources are written as they are (UTF-8); the .docx and .pdf sources use the small markup of
../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row) and are built by its write(), the PDFs with
wrap_words=True. Run with /work/main/.venv/bin/python make_files.py (from any directory).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h183z01 — 市医疗保障局 医保智能审核系统 (system integration), 政府采购 公开招标, buyer's paper; .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H183Z01 = """
T:清川市医保智能审核系统建设项目政府采购合同
P:合同编号：QCYB-ZC-2025-017
P:采购项目编号：QCCG-2025-GK-0391（公开招标）
P:甲方（采购人）：清川市医疗保障局
P:地址：清川市长宁区府前路88号
P:乙方（中标供应商）：安衡智慧医疗信息技术有限公司
P:地址：杭州市西湖区文三路259号昌地火炬大厦1号楼11层
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件及中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设医保智能审核系统，内容包括：智能审核规则引擎及知识库软件、应用服务器和数据库服务器、分布式存储扩容、与医保核心业务系统及定点医药机构结算数据的接口开发、审核规则本地化配置、系统部署、试运行、培训以及质保期内的维护服务。
P:1.2 系统应覆盖门诊、住院、门诊慢特病和定点零售药店的事前提醒、事中审核和事后稽核场景，支持DRG/DIP付费方式下的审核规则，具体功能和技术要求以招标文件第三章《采购需求》为准。
P:1.3 系统部署于甲方医保业务专网及市政务云资源池，设备应为全新原厂正品。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾捌万柒仟元整（¥2,887,000），为固定总价，已包含设备及软件、运输、安装、接口开发、配置、测试、培训、质保期内服务及税费等全部费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|智能审核规则引擎及知识库软件（永久许可）|1套|1,280,000|1,280,000
TB:2|应用服务器|4台|86,500|346,000
TB:3|数据库服务器|2台|142,000|284,000
TB:4|分布式存储扩容|1套|196,000|196,000
TB:|软硬件小计|||2,106,000
TB:5|接口开发（医保核心系统、结算清单、定点机构数据采集）|1项|418,000|418,000
TB:6|审核规则本地化配置及知识库维护|1项|236,000|236,000
TB:7|部署实施及培训|1项|127,000|127,000
TB:|合计|||2,887,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交合同总价5%的履约保函后，甲方在收到乙方开具的等额发票后十个工作日内，支付合同总价的20%作为预付款（¥577,400）。
P:3.2 系统初步验收合格后十个工作日内，甲方支付合同总价的45%（¥1,299,150）。
P:3.3 系统最终验收合格后十个工作日内，甲方支付合同总价的35%（¥1,010,450）。履约保函在最终验收合格后退还。
P:3.4 甲方每次付款前，乙方应开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后二十日内提交实施方案，经甲方确认后执行。设备应在合同签订后四十五日内到货并完成安装；系统应在合同签订后一百二十日内完成部署和接口联调，具备试运行条件。
P:4.2 设备到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认型号、数量和外观，不代表质量验收。
P:4.3 乙方应派驻项目经理一名和实施人员不少于五名，项目经理未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收：系统部署完成后，乙方提交自测报告，甲方组织初步验收，标准为：（1）功能逐项满足《采购需求》；（2）在甲方环境内，使用甲方提供的历史结算样本数据进行回溯测试，规则命中结果与甲方人工复核结果的一致率不低于95%；（3）单张结算单据事中审核响应时间不超过1秒，处理能力不低于每秒300笔；（4）接口数据与医保核心业务系统连续十日逐日核对无差异。
P:5.2 最终验收：初步验收合格后系统试运行九十日，试运行期间未发生一级故障，系统通过第三方机构的网络安全等级保护测评和商用密码应用安全性评估，且乙方已提交全部技术文档、定制部分源代码及操作手册的，由甲方组织最终验收并出具验收报告。
P:5.3 设备到货、系统上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修和更换以及规则库更新（包括国家和省级医保政策调整引起的规则更新）。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过软硬件小计的8%（即每年不超过¥168,480），该价格在质保期满后三年内不得上调，服务内容不低于质保期内标准。维护服务须由双方另行书面约定，不自动续期。
H:第七条 服务水平
P:7.1 质保期内系统月度可用率不低于99.95%。计划内维护须提前三个工作日经甲方同意，并安排在夜间进行，不计入不可用时间。
P:7.2 故障分级及响应：一级故障（系统整体不可用或审核结果大面积错误）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内解决；三级故障（一般问题）一个工作日内响应，三个工作日内解决。
P:7.3 未达到上述响应或恢复时限的，每超时一小时，乙方向甲方支付服务违约金人民币1,500元；月度可用率每低于约定值0.01个百分点，乙方支付人民币2,000元。上述款项甲方可从应付款项中直接扣除，不足部分乙方应在接到通知后十日内支付。
H:第八条 数据安全
P:8.1 本项目涉及的参保人员信息、医疗费用结算数据、审核规则运行结果及系统日志等全部数据均属于甲方所有。乙方仅可为履行本合同之目的在甲方授权范围内处理，不得以任何形式复制、留存、向第三方提供或用于本合同以外的任何用途。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及医疗保障数据安全管理规定：实施人员须实名登记并签署保密承诺；运维操作一律通过甲方堡垒机进行并留存审计记录；不得将任何数据导出至甲方环境以外；测试所需数据由甲方在其环境内提供。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部法律责任，并赔偿甲方因此遭受的全部损失，包括监管处罚和第三方索赔。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、网络结构、账号口令、安全配置及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同的终止而解除。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的接口程序、本地化审核规则、配置文件及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和二次开发。
P:10.2 规则引擎及知识库软件的原有知识产权归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付物不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成系统部署、验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作转包或分包给第三方，也不得转让本合同的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未改正的，或因乙方原因发生造成严重后果的数据安全事件的，甲方有权解除本合同，乙方应退还已收取的相应款项并赔偿甲方损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份，并按规定报同级财政部门备案。
P:甲方（盖章）：清川市医疗保障局    授权代表：________    日期：________
P:乙方（盖章）：安衡智慧医疗信息技术有限公司    授权代表：________    日期：________
"""

# ---------------------------------------------------------------------------------------------------------------
# h183z02 — 轮胎翻新厂 胎体X光检测设备 supply + post-warranty maintenance; .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H183Z02 = """
T:胎体X光检测设备采购及维保合同
P:合同编号：LT-SB-2025-0608
P:甲方（买方）：寿光鲁通轮胎翻新有限公司
P:地址：山东省寿光市羊口镇临港工业园园区路16号
P:乙方（卖方）：锐光无损检测设备（苏州）有限公司
P:地址：江苏省苏州市相城区阳澄湖大道1218号
P:为提高翻新胎体入厂预检质量，甲方向乙方采购胎体X光检测设备一套，并委托乙方在质保期满后提供维保服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的与价款
P:（一）设备清单及价格（含税，人民币）：
P:1. X射线胎体检测主机（含射线源、平板探测器、旋转扩胎机构），1台，¥1,268,000；
P:2. 铅防护房（含安全联锁门、声光警示及固定式剂量监测），1套，¥238,000；
P:3. 自动上下胎输送线，1套，¥186,000；
P:4. 图像工作站及缺陷识别软件（永久许可），1套，¥142,000。
P:以上设备小计¥1,834,000。
P:5. 安装调试及辐射防护检测配合，¥96,000；
P:6. 操作及辐射安全培训（不少于8人），¥28,000；
P:7. 运输及运输保险，¥22,000。
P:（二）合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），为固定价格，包括设备、软件、包装、运输、保险、安装调试、培训、质保期内服务及税费。
P:（三）设备应适用于外径600毫米至1,250毫米的载重子午线轮胎胎体，能够识别钢丝帘线断裂、帘线分布不均、胎圈钢丝变形、异物和气泡等缺陷，并自动生成每条胎体的检测记录。
H:二、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的25%（¥495,000）作为预付款；
P:（二）设备全部到货并经双方签署到货签收单后十个工作日内，甲方支付合同总价的35%（¥693,000）。到货签收不视为质量验收；
P:（三）设备最终验收合格后十个工作日内，甲方支付合同总价的35%（¥693,000）；
P:（四）其余5%（¥99,000）作为质量保证金，质保期满且无未处理的质量问题后十个工作日内无息支付。
P:（五）乙方应在每次收款前开具等额增值税专用发票。
H:三、交货、安装与调试
P:（一）乙方应在合同生效后七十五日内将设备运至甲方厂区翻新车间并完成就位，交货前三日书面通知甲方。
P:（二）甲方负责按乙方提供的图纸完成设备基础和三相电源；乙方负责提供辐射防护设计资料和设备技术参数，配合甲方办理辐射安全许可证及环境影响评价手续。
P:（三）乙方应在设备到货后二十日内完成安装调试，并对甲方操作人员和辐射安全管理人员进行培训，培训合格人员不少于八名。
H:四、验收
P:（一）验收标准：
P:1. 能稳定检出直径0.2毫米以上的钢丝断裂和3毫米以上的异物；
P:2. 检测节拍不低于每小时45条胎体；
P:3. 防护房外表面5厘米处周围剂量当量率不大于2.5微希沃特每小时，以有资质机构出具的检测报告为准；
P:4. 使用甲方提供的200条已知缺陷样胎进行盲测，缺陷检出率不低于97%，误判率不高于3%；
P:5. 设备连续72小时试运行无故障，检测记录可完整导出至甲方生产管理系统。
P:（二）满足上述全部标准并取得辐射防护检测报告后，双方签署最终验收报告。设备到货、安装完成或甲方试用，均不视为验收合格。
P:（三）验收不合格的，乙方应在十五日内整改后重新验收；第二次验收仍不合格的，甲方有权退货并解除合同。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备非人为原因的故障维修、零部件更换（含射线管和平板探测器）及软件升级均由乙方免费提供。
P:（二）质保期内更换射线管、高压发生器或平板探测器的，更换部件自更换之日起重新计算十八个月质保期。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年度为甲方提供维保服务，内容包括每季度一次预防性维护、射线管性能检测、探测器校准、软件升级和故障维修。维保服务不含射线管本身的更换费用，射线管更换按乙方投标时报价的单价执行。
P:（二）维保年费为设备小计的16.5%，即每年¥302,610，自质保期满之日起三年内固定不变，按季度在每季度末支付。
P:（三）上述三年维保期满后，双方可另行协商续签维保合同。
H:七、服务响应
P:（一）故障分级：一级故障为设备无法出图或安全联锁失效；二级故障为图像质量明显下降或输送线故障；三级故障为软件界面、报表等一般问题。
P:（二）一级故障乙方应在2小时内响应并远程诊断，24小时内工程师到达现场；二级故障8小时内响应，48小时内到达现场；三级故障两个工作日内解决。
P:（三）乙方未按上述时限响应或到达现场的，每超时一小时向甲方支付违约金¥600，甲方可从质量保证金或维保费中扣除。
H:八、数据与网络安全
P:（一）设备产生的胎体X光图像、检测记录、缺陷统计及相关生产数据均属于甲方所有，乙方不得复制、留存，或用于本合同以外的任何目的。
P:（二）乙方远程诊断须经甲方当次书面（含电子邮件）批准，通过甲方提供的VPN账号进行，操作全程记录。乙方不得在设备中设置未向甲方披露的远程访问通道；现场更换下来的存储介质应交甲方留存或在甲方监督下销毁。
P:（三）发生数据泄露或因乙方原因导致设备或甲方网络被入侵的，乙方应在2小时内通知甲方，配合处置，并赔偿甲方因此遭受的全部损失。
H:九、保密
P:乙方对在甲方厂区知悉的工艺参数、客户名单、胎体来源及价格等商业信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至本合同终止后三年。
H:十、知识产权
P:（一）缺陷识别软件及设备嵌入式程序的知识产权归乙方或原权利人所有，甲方获得永久使用许可。
P:（二）乙方为甲方专门调整的检测参数、缺陷判定规则和报表模板归甲方所有，甲方可自行修改和使用。
P:（三）乙方保证设备及软件不侵犯第三方知识产权，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之四向甲方支付违约金，违约金总额不超过合同总价的5%。
P:（二）设备经两次验收仍不合格的，乙方应退还甲方已付全部款项，自行拆除设备，并赔偿甲方的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十二、分包
P:乙方不得将设备安装调试工作分包给第三方；确需由第三方完成设备基础改造等辅助工作的，须事先取得甲方书面同意，乙方对其工作承担全部责任。
H:十三、合同解除
P:（一）乙方逾期交货超过四十五日的，甲方有权书面通知解除合同，乙方应退还已收款项。
P:（二）一方严重违反本合同，经另一方书面催告后十五日内仍未纠正的，守约方有权解除合同并要求赔偿损失。
H:十四、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产和辐射防护管理制度，佩戴个人剂量计，因乙方人员违章作业造成的人身或财产损失由乙方承担。
H:十五、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交潍坊仲裁委员会仲裁，仲裁裁决是终局的。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件《设备技术规格书》和《验收测试方案》为本合同组成部分。
P:甲方（盖章）：寿光鲁通轮胎翻新有限公司    代表：________
P:乙方（盖章）：锐光无损检测设备（苏州）有限公司    代表：________
"""

# ---------------------------------------------------------------------------------------------------------------
# h183z03 — 推拿连锁 预约与理疗档案 SaaS, three years + 实施; .md, Markdown headings "## N. …" with N.1
# ---------------------------------------------------------------------------------------------------------------
H183Z03 = """# 预约与理疗档案管理SaaS服务合同

合同编号：YL-SaaS-2025-0832

**甲方（客户）**：禾安推拿连锁管理有限公司
地址：四川省成都市武侯区科华北路65号

**乙方（服务商）**：云麓健康科技（杭州）有限公司
地址：浙江省杭州市余杭区文一西路998号

甲方经营推拿理疗门店十八家。为统一预约、排班、收银和理疗档案管理，甲方订购乙方"云麓约"SaaS平台服务并委托乙方实施上线。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过"云麓约"SaaS平台向甲方总部及其十八家直营门店提供以下服务：在线预约（微信小程序、公众号）、技师排班与工时统计、收银与会员储值、理疗档案（主诉、体质评估、推拿部位与手法记录、疗程计划及回访）、短信及微信通知、总部经营报表。

1.2 乙方提供一次性实施服务：将甲方现有系统中约4.6万名会员资料、储值余额和近三年理疗记录迁移至平台；配置门店、项目、价格和技师信息；按甲方品牌设计小程序页面；对店长、前台及技师进行培训。

1.3 服务期为三年，自上线验收合格之日起计算。

## 2. 费用

2.1 本合同费用如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 门店订阅费 | 18家 × 6,800元/店/年 × 3年 | 367,200 |
| 总部管理及经营报表模块 | 36,000元/年 × 3年 | 108,000 |
| 实施服务费（一次性） | 数据迁移、配置、页面设计、培训 | 58,600 |
| 合计 | | 533,800 |

2.2 短信通知按实际发送条数另行结算，每条0.06元，不计入上述合计。

2.3 服务期内甲方新增门店的，按每店每年6,800元按月折算计费；关闭门店的，自次月起停止计费。

## 3. 付款

3.1 实施服务费在上线验收合格后十个工作日内一次性支付。

3.2 订阅费按季度结算：每季度结束后十个工作日内，乙方出具账单和发票，甲方支付该季度订阅费¥39,600（门店数量变化的按实际结算）。

3.3 本合同不设预付款，甲方无需在服务开始前支付任何费用。

3.4 乙方应按甲方要求开具增值税专用发票；账单应列明计费门店、计费期间及当期抵扣金额，甲方对账单有异议的，可在收到后十日内提出，双方核对后结算。

## 4. 实施与上线验收

4.1 乙方应在合同签订后四十五日内完成全部门店上线。

4.2 上线验收标准：（1）迁移后会员人数、储值余额按门店全量核对无差异，理疗记录抽样核对无差错；（2）十八家门店均完成"预约—到店—理疗记录—收银"全流程测试；（3）小程序在五百人并发预约时页面响应不超过2秒；（4）店长及前台培训考核合格。

4.3 门店开始使用平台不视为验收合格，以甲方签署的书面验收单为准。验收不合格的，乙方应在七日内整改并重新验收。

4.5 服务期内，乙方应为甲方新开门店免费提供上线配置和人员培训，并每季度对甲方总部进行一次使用情况回访。

4.4 因乙方原因未能按期上线的，每逾期一日，乙方向甲方支付违约金人民币400元。

## 5. 服务水平

5.1 平台月可用率不低于99.5%。计划维护每月不超过两次，每次安排在凌晨零点至六点之间并提前48小时通知甲方，不计入不可用时间。

5.2 故障响应：一级故障（全部门店无法预约或收银）乙方应在30分钟内响应，2小时内恢复；二级故障（单店或单一功能不可用）2小时内响应，8小时内恢复；其他问题一个工作日内答复。

5.3 服务抵扣：月可用率低于99.5%但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%；一级故障超过恢复时限的，每次另行抵扣当月订阅费的3%。抵扣金额在下一季度账单中扣减。

## 6. 数据权属与使用

6.1 甲方及各门店录入或产生的会员资料、预约记录、理疗档案和交易数据（"客户数据"）归甲方所有。

6.2 乙方为提供本合同服务，可在必要范围内处理客户数据。

6.3 甲方同意，乙方可将客户数据进行去标识化处理后，用于平台功能改进、推拿理疗行业统计分析以及训练其智能排班和疗程推荐模型。去标识化数据及其分析成果归乙方所有，本合同终止后乙方仍可继续使用。

6.4 本合同终止后三十日内，乙方应以通用格式向甲方移交全部客户数据，并在甲方确认接收后删除其系统中的客户数据（第6.3条所述去标识化数据除外）。

## 7. 数据安全

7.1 乙方平台已通过网络安全等级保护第三级测评，客户数据存储于中国境内的阿里云数据中心，传输和存储均加密；体质评估、病史等敏感个人信息字段单独加密，并按角色授权访问。

7.2 乙方员工访问客户数据须经内部审批，访问全程留存日志，日志保存不少于六个月。

7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在24小时内通知甲方，立即采取补救措施，并配合甲方履行《个人信息保护法》规定的告知义务；因乙方原因造成的损失由乙方承担。

## 8. 保密

8.1 双方对在合作中知悉的对方商业信息（包括门店经营数据、价格策略、技术资料）负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 9. 知识产权

9.1 "云麓约"平台软件及其后续更新的知识产权归乙方所有。

9.2 乙方为甲方定制的小程序页面设计、门店报表模板和疗程模板归甲方所有，甲方可自由使用、修改，并可交由第三方使用。

## 10. 续订

10.1 服务期满前三十日内，任何一方未书面提出不续订的，本合同自动续订一年，此后亦同。

10.2 续订期间，乙方有权根据其届时的价格政策调整订阅单价，上调幅度每年不超过8%，并应在续订前三十日通知甲方。

## 11. 违约责任

11.1 乙方违反本合同约定的，应承担违约责任并赔偿甲方损失。乙方的累计赔偿责任以本合同总金额的150%为限，但数据安全事件、侵犯知识产权以及故意或重大过失造成的损失不受此限。

11.2 甲方逾期支付订阅费超过六十日的，经乙方书面催告后十日内仍未支付的，乙方可暂停服务。

## 12. 分包

12.1 乙方不得将本合同项下的实施服务分包。平台所使用的云服务商（阿里云）为双方确认的基础设施提供方；更换云服务商或将任何服务分包给第三方，须事先取得甲方书面同意。

## 13. 合同解除

13.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，或连续两个月月可用率低于99%的，甲方有权解除本合同，乙方应退还已付未使用期间的费用，并按第6.4条移交数据。

13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。

## 14. 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同引起的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

## 15. 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件一《服务功能清单》、附件二《实施计划》为本合同组成部分。

甲方（盖章）：禾安推拿连锁管理有限公司　　授权代表：________

乙方（盖章）：云麓健康科技（杭州）有限公司　　授权代表：________
"""

# ---------------------------------------------------------------------------------------------------------------
# h183z04 — 县住房和城乡建设局 城建档案管理系统 annual O&M, 政府采购 询价; .txt, "1 标题" with 1.1 and (1)
# ---------------------------------------------------------------------------------------------------------------
H183Z04 = """青溪县城建档案管理系统运行维护服务合同

项目名称：青溪县城建档案管理系统2025—2026年度运行维护服务
采购方式：询价
项目编号：QXCG-2025-XJ-0126
成交通知书编号：QXCG-2025-XJ-0126-CJ

甲方（采购人）：青溪县住房和城乡建设局
地址：青溪县城关镇建设路27号

乙方（成交供应商）：江州数图信息技术有限公司
地址：江州市开发区创业大道318号科技园B座

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目询价通知书、乙方报价文件和成交通知书，甲乙双方就青溪县城建档案管理系统运行维护服务事宜，经协商一致，订立本合同。

1 服务范围与期限

1.1 运维对象：青溪县城建档案管理系统，包括档案接收、整理著录、数字化成果管理、借阅利用、声像档案、地下管线档案等模块，以及系统所在的数据库服务器2台、应用服务器2台、存储设备1套和业务前置机1台。

1.2 服务期限为一年，自2025年7月1日起至2026年6月30日止。

1.3 服务内容：
(1) 日常巡检：每周对服务器、数据库、存储和应用系统巡检一次，形成巡检记录；
(2) 故障处理：接收甲方报修，排查并处理系统、数据库及中间件故障；
(3) 数据库维护与备份：每日增量备份、每周全量备份，每月进行一次备份恢复演练；
(4) 小版本升级与补丁：对系统缺陷进行修复，按甲方要求调整表单和报表；
(5) 驻场服务：派驻技术人员一名，工作日在甲方档案馆驻场，负责系统使用支持和日常运维；
(6) 运维报告：每月提交月度运维报告，服务期满前提交年度运维报告；
(7) 重要时段保障：在档案集中移交、年度报表报送及法定节假日前后，按甲方通知安排技术人员现场值守；
(8) 使用培训：每半年为甲方档案管理人员和各建设单位报送人员举办一次系统操作培训。

1.4 甲方应为驻场人员提供办公场所和必要的办公条件，指定联系人负责服务协调和考核，并及时向乙方通报系统使用中发现的问题。

2 合同价款

2.1 本合同总价为人民币贰拾捌万捌仟元整（¥288,000），为固定总价，分项如下：
    系统运行维护                    142,000元
    数据库与备份管理                 48,000元
    驻场技术人员服务（一人）         72,000元
    小版本升级与补丁                 26,000元
    合计                           288,000元

2.2 上述价款已包含人工、交通、工具、税费等乙方完成本合同服务所需的全部费用，甲方不再另行支付。

3 付款方式

3.1 服务费按季度支付，每季度¥72,000。每季度结束后，甲方按本合同第4.4条进行季度考核，考核合格后十五个工作日内支付当季服务费。

3.2 本合同不设预付款。乙方应在每次付款前开具合法有效的发票。

4 服务要求与考核

4.1 故障分级与响应时限：
(1) 一级故障：系统整体无法访问、数据库损坏或档案数据无法调阅。乙方应在接到报修后8小时内响应并开始处理，24小时内恢复系统运行；
(2) 二级故障：单个模块无法使用。乙方应在一个工作日内响应，三个工作日内解决；
(3) 三级故障：界面、报表等一般问题。乙方应在三个工作日内解决或提出处理方案。

4.2 乙方未按上述时限响应或恢复的，每超时一小时，甲方从当季服务费中扣减200元。

4.3 乙方应按第1.3条完成巡检和备份，巡检记录、备份日志和恢复演练记录应完整，并随月度运维报告提交甲方。

4.4 季度考核：甲方依据考核表对乙方进行季度考核，考核内容包括巡检记录完整性、备份任务是否全部按计划完成、恢复演练完成情况、故障处理及时率和驻场人员出勤情况。考核得分低于80分的为不合格，乙方应在十日内整改，整改合格后支付当季服务费。

4.5 年度验收：服务期满前十五日内，乙方提交年度运维报告、系统运行文档和配置清单，甲方组织验收，出具验收意见。年度验收内容包括：全年巡检及备份记录是否完整，故障是否均已闭环处理，系统文档和配置清单是否与实际一致，驻场服务记录是否齐全。

4.6 甲方可随时抽查乙方的巡检记录、备份日志和驻场工作记录，乙方应予配合。

5 乙方人员

5.1 乙方驻场人员应具有数据库或系统运维相关工作经验不少于两年，名单报甲方备案。

5.2 乙方更换驻场人员须提前十日书面通知并经甲方同意，并做好工作交接。

5.3 驻场人员应遵守甲方的考勤和工作纪律，每日填写运维工作记录。甲方认为驻场人员不能胜任的，乙方应在接到通知后七日内更换。

5.4 驻场人员因休假等原因不能到岗的，乙方应安排具备同等能力的人员替岗，并事先告知甲方。

6 档案数据

6.1 系统中的城建档案数据、电子文件、借阅记录及系统日志归甲方所有。乙方仅可为履行本合同运维义务使用上述数据，不得用于其他目的。

7 保密

7.1 乙方对在服务过程中知悉的档案内容、系统账号口令及甲方工作信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。

7.2 本条义务在本合同终止后继续有效。

8 知识产权

8.1 乙方在运维过程中为甲方编写的运维文档、脚本、报表模板及配置清单，归甲方所有，甲方可自行使用和修改，并可提供给后续服务单位。

9 违约责任

9.1 乙方未按约定日期进场服务或未按时提交月度、年度运维报告的，每逾期一日，向甲方支付违约金500元。

9.2 乙方连续两个季度考核不合格的，甲方有权解除本合同，并不再支付未履行期间的服务费。

9.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

10 转包与分包

10.1 乙方不得将本合同项下的服务转包或分包给任何第三方。

11 合同解除

11.1 乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同。

11.2 因不可抗力致使合同目的不能实现的，双方均可解除本合同。

12 期满与交接

12.1 服务期满本合同即终止，不自动续期。下一年度的运维服务由甲方依法重新组织采购。

12.2 本合同终止时，乙方应向甲方或甲方指定的单位移交全部运维文档、账号口令和配置清单，并配合完成交接。交接期不超过二十日，交接期内乙方应继续保证系统正常运行，不另行收费。

13 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14 其他

14.1 本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。询价通知书、报价文件及成交通知书为本合同的组成部分。

甲方（盖章）：青溪县住房和城乡建设局
代表：__________　日期：__________

乙方（盖章）：江州数图信息技术有限公司
代表：__________　日期：__________
"""

# ---------------------------------------------------------------------------------------------------------------
# h183z05 — 花生油厂 ERP licence + custom development, the supplier's own template; .md, "## 第X条" with X.1
# ---------------------------------------------------------------------------------------------------------------
H183Z05 = """# 鼎耘ERP软件许可及实施服务合同

> 鼎耘软件标准合同文本 V5.0（2024年修订）

合同编号：DY-2025-SD-0277

甲方（用户）：沂蒙丰穗食用油有限公司
地址：山东省临沂市莒南县经济开发区花园路9号

乙方（许可方）：鼎耘软件股份有限公司
地址：山东省济南市高新区舜华路2000号舜泰广场6号楼

甲方为实现花生原料收购、压榨精炼、灌装销售及财务核算的一体化管理，拟使用乙方的"鼎耘ERP"软件并委托乙方进行定制开发和实施。双方经友好协商，就软件许可及实施服务事宜达成如下协议。

## 第一条 合同标的

1.1 乙方许可甲方使用"鼎耘ERP"软件（以下简称"软件"），包括财务管理、供应链管理（含花生原料收购、过磅、质检、仓储）、生产管理（压榨、浸出、精炼、灌装）和质量追溯四个模块，许可用户数为40个并发用户，许可期限为永久。

1.2 乙方根据甲方需求进行以下定制开发：压榨与精炼工艺配方及出油率管理、批次追溯与食品安全追溯码、地磅称重系统接口、黄曲霉毒素检测数据接口以及管理驾驶舱报表。

1.3 乙方提供实施服务，包括需求调研、蓝图设计、系统配置、基础数据初始化、期初数据导入、上线支持，以及对甲方关键用户和最终用户的培训。

## 第二条 合同价款

2.1 本合同总价为人民币玖拾玖万元整（¥990,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 鼎耘ERP软件许可（四个模块，40并发用户，永久许可） | 486,000 |
| 2 | 定制开发（工艺配方、批次追溯、地磅及检测接口、驾驶舱报表） | 312,000 |
| 3 | 实施服务 | 168,000 |
| 4 | 培训服务 | 24,000 |
| | 合计 | 990,000 |

2.2 上述价款不含甲方服务器、数据库软件、操作系统及网络设备费用，该等软硬件由甲方自行采购。

2.3 需求确认书签字后，甲方提出的新增或变更需求，按每人天1,800元另行计费。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的45%，即¥445,500；

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即¥346,500；

3.3 系统验收合格后五个工作日内，甲方支付合同总价的20%，即¥198,000。

3.4 甲方未按期付款的，乙方有权暂停实施和服务，工期相应顺延，甲方并应按每日千分之一向乙方支付逾期付款违约金。

## 第四条 实施与交付

4.1 乙方在合同签订并收到首期款后开始实施，计划工期为一百五十日。因甲方需求变更、数据准备延误或人员配合不到位造成的延期，工期相应顺延。

4.2 甲方应指定项目负责人和各模块关键用户，提供实施所需的场地、服务器环境和基础数据。

4.3 乙方交付物包括：软件安装介质及授权文件、需求确认书、蓝图设计文档、用户操作手册和培训材料。

4.4 甲方应在乙方通知的期限内完成物料、客户、供应商、会计科目等基础数据的整理，并对期初库存和往来余额的准确性负责。

## 第五条 验收

5.1 系统上线并稳定运行一个完整月结周期后，乙方提交验收申请。甲方应在十个工作日内依据双方签字的《需求确认书》和《测试用例》逐项验收。

5.2 主要验收标准：月末结账可在三个工作日内完成；批次追溯可在10秒内由成品批次追溯至花生原料收购批次；地磅称重数据自动采集，与磅单核对无差错；黄曲霉毒素检测结果自动带入质检单。

5.3 验收合格后，双方签署验收报告。验收中发现的问题，乙方应在十五个工作日内修正后提请复验。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方免费提供软件缺陷修复和远程技术支持。

6.2 一级故障（系统无法登录、无法过账或生产订单无法下达）乙方在接到甲方通知后24小时内响应；二级故障三个工作日内响应；其他问题按乙方服务排期处理。

6.3 乙方按上述时限提供服务，但不因故障或响应延迟承担任何扣款、赔偿或违约金。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得乙方的维护和升级服务，应与乙方另行签订年度服务合同，服务费按乙方届时公布的服务价格标准执行。

7.2 甲方未签订年度服务合同的，乙方不再提供软件升级和技术支持，由此产生的系统问题由甲方自行承担。

## 第八条 知识产权

8.1 软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码，知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，亦不得向任何第三方提供。

## 第九条 数据

9.1 甲方录入软件的业务数据归甲方所有。

9.2 甲方同意，乙方可在去除甲方名称等可识别信息后，将甲方的经营及生产数据（包括原料收购价格、出油率、能耗等）用于行业基准分析、产品改进以及向其他客户提供的对标服务。

9.3 乙方远程维护须经甲方同意，并通过甲方提供的VPN账号进行；乙方应采取必要的技术和管理措施，防止甲方数据泄露、篡改和丢失；发生数据安全事件的，乙方应在24小时内通知甲方并协助处置。因乙方过错导致数据泄露的，乙方承担相应赔偿责任，赔偿数额受第十一条约束。

## 第十条 保密

10.1 双方对在合作中获悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意，不得向第三方披露。保密期限为本合同终止后两年。

## 第十一条 违约责任

11.1 因乙方原因导致系统未能按计划上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%。乙方不承担任何间接损失、利润损失或数据损失。

## 第十二条 分包与合作伙伴

12.1 乙方有权将部分开发和实施工作交由其认证合作伙伴完成，无需另行取得甲方同意；乙方对合作伙伴的工作成果向甲方负责。

## 第十三条 合同解除

13.1 任何一方严重违约，经对方书面通知后三十日内仍未纠正的，对方有权解除本合同。

13.2 甲方因自身原因解除合同的，已付款项不予退还。

## 第十四条 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同发生的争议，双方应协商解决；协商不成的，由乙方所在地人民法院管辖。

## 第十五条 其他

15.1 本合同附件包括《需求确认书》《实施计划》和《培训计划》，经双方签字后与本合同具有同等效力。

15.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：沂蒙丰穗食用油有限公司　　代表：________

乙方（盖章）：鼎耘软件股份有限公司　　代表：________
"""

# ---------------------------------------------------------------------------------------------------------------
# h183e01 — Wuyi hardware-tools maker: torque-test software perpetual licence + configuration + support; vendor on
# the Little Saltee (Irish style); .docx with a Word price table, "Clause N" with N.1
# ---------------------------------------------------------------------------------------------------------------
H183E01 = """
T:Software Licence, Configuration and Support Agreement
P:THIS AGREEMENT is dated the ____ day of ______________ 2025
P:BETWEEN:
P:(1) SALTEE TORQUE SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland with registered number 618247, whose registered office is at The Boathouse, Little Saltee, Kilmore Quay, County Wexford, Y35 K2X1, Ireland (the "Licensor"); and
P:(2) ZHEJIANG HENGLI HARDWARE TOOLS CO., LTD., a company established in the People's Republic of China, whose registered address is at No. 18 Baihuashan Road, Wuyi Economic Development Zone, Jinhua, Zhejiang Province, China (the "Licensee").
P:BACKGROUND
P:(A) The Licensee manufactures torque wrenches and power-tool clutches in Wuyi and operates six torque test stations.
P:(B) The Licensor has agreed to license its TorqueBench software to the Licensee, configure it for the Licensee's test rigs and support it, on the terms of this Agreement.
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Configuration Deliverables" means the rig drivers, test sequences, data mappings, the MES interface, report templates and every other item the Licensor creates specifically for the Licensee, with their source code and documentation; "Final Acceptance" means the signing of the Final Acceptance Certificate under Clause 6.4; "Licensee Data" means all test results, torque curves, calibration records, product specifications and other data entered into or generated by the Software; "Software" means TorqueBench version 7 in object code, with the Calibration Data Module and its documentation; "Working Day" means a working day in the People's Republic of China.
H:Clause 2 Licence
P:2.1 The Licensor grants the Licensee a non-exclusive, perpetual, irrevocable and non-transferable licence to install and use the Software on six test stations and one database server at the Licensee's premises in Wuyi for the Licensee's internal business purposes.
P:2.2 The Licensee may copy the Software for back-up and testing and may move a station licence to replacement hardware.
P:2.3 Title to the Software and all intellectual property rights in it remain with the Licensor.
H:Clause 3 Services
P:3.1 The Licensor shall install the Software, configure it for the Licensee's three rig types, build the interface to the Licensee's manufacturing execution system ("MES"), migrate the calibration history of about 2,600 tools, carry out installation and operational qualification, and train the Licensee's staff, as described in Schedule 2.
P:3.2 The Licensor shall complete those services so that the system is ready for the Acceptance Tests within ninety days after the date of this Agreement (the "Ready Date").
H:Clause 4 Price
P:4.1 The Contract Price is CNY 1,506,000, fixed, stated in Renminbi at the Licensee's request, and inclusive of all taxes and the Licensor's travel costs. No other charges are payable. It is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|TorqueBench 7 perpetual station licence|6|148,000|888,000
TB:2|Calibration Data Module perpetual licence|1|126,000|126,000
TB:|Licence Subtotal|||1,014,000
TB:3|Configuration of rig drivers, test sequences and MES interface|1|362,000|362,000
TB:4|Installation and operational qualification (IQ/OQ), go-live support|1|94,000|94,000
TB:5|Training of administrators, laboratory technicians and line operators|1|36,000|36,000
TB:|Contract Price|||1,506,000
H:Clause 5 Payment
P:5.1 The Licensee shall pay the Contract Price by bank transfer in Renminbi as follows: (a) 10% (CNY 150,600) within twenty Working Days after signature of this Agreement; (b) 55% (CNY 828,300) within twenty Working Days after the Installation Certificate under Clause 6.1; and (c) 35% (CNY 527,100) within twenty Working Days after Final Acceptance.
P:5.2 The Installation Certificate records only that the Software has been installed. It is not acceptance and does not waive any right of the Licensee.
H:Clause 6 Acceptance
P:6.1 When the Software is installed on all six stations, the parties shall sign an Installation Certificate.
P:6.2 The Acceptance Tests shall demonstrate that: (a) each station measures reference torques within plus or minus 0.5% of reading, checked against the Licensee's accredited transfer standards; (b) the test sequences for every product family listed in Schedule 2 run without manual intervention; (c) results post to the MES within five seconds and reconcile in full with the station records over ten consecutive production days; (d) the migrated calibration history matches the source records for every tool; and (e) no Severity 1 defect occurs during a run of twenty consecutive Working Days.
P:6.3 If a test fails, the Licensor shall correct the defect at its own cost and repeat the test.
P:6.4 When all Acceptance Tests have been passed, the Licensee shall sign a Final Acceptance Certificate. Neither installation, going live, use in production nor any payment constitutes acceptance.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that the Software and the Configuration Deliverables will perform materially in accordance with their documentation and Schedule 2 for twenty-four months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Licensor shall correct defects, supply every new release of the Software and provide the support in Clause 8, all free of charge.
H:Clause 8 Support and Service Levels
P:8.1 Support is given by telephone, e-mail and remote session from 08:00 to 20:00 China Standard Time on Working Days, and at all times for Severity 1 incidents.
P:8.2 Severity 1 means that testing has stopped on a production line or results cannot be recorded; Severity 2 means a material function is impaired but a workaround exists; Severity 3 means any other defect. The Licensor shall respond to a Severity 1 incident within one hour and provide a workaround or fix within eight hours; respond to a Severity 2 incident within three hours and fix it within three Working Days; and respond to a Severity 3 incident within one Working Day and fix it in the next release.
P:8.3 For each full hour by which a Severity 1 response or fix time is exceeded, the Licensor shall give the Licensee a service credit of CNY 1,000, set off against the next sum due or, if none is due, paid within thirty days.
P:8.4 After the Warranty Period the Licensee may buy annual support, on the terms of this Clause 8, for an Annual Support Fee of 11% of the Licence Subtotal, namely CNY 111,540 per year. That fee is fixed for the first three years after the Warranty Period; any later increase shall be agreed in writing and shall not exceed 3% per year. Support is bought by purchase order one year at a time and does not renew automatically.
H:Clause 9 Licensee Data and Security
P:9.1 Licensee Data belongs to the Licensee. The Licensor shall process it only to perform this Agreement and on the Licensee's instructions, and shall not use it for any other purpose, including product development, benchmarking or analytics, whether or not it has been anonymised.
P:9.2 The Software and all Licensee Data are hosted on the Licensee's own servers in Wuyi. The Licensor's remote access shall be made through the Licensee's VPN with multi-factor authentication, only for a session that the Licensee has approved, and shall be logged. The Licensor shall not copy Licensee Data out of the Licensee's systems and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Licensor shall notify the Licensee within twenty-four hours after becoming aware of any unauthorised access to, or loss or corruption of, Licensee Data, shall cooperate in containing and remedying it, and shall indemnify the Licensee against all losses caused by its breach of this Clause 9.
H:Clause 10 Intellectual Property
P:10.1 The Configuration Deliverables belong to the Licensee from their creation. The Licensor hereby assigns to the Licensee all intellectual property rights in them and shall deliver their source code at Final Acceptance. The Licensee may use, modify and license them freely, including through third parties it engages.
P:10.2 The Licensor shall indemnify the Licensee against any claim that the Software or the Configuration Deliverables infringe third-party rights.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's confidential information received under this Agreement, including the Licensee's product designs, test specifications and prices, and shall use it only for this Agreement. This Clause survives termination for five years.
H:Clause 12 Delay and Liability
P:12.1 If the system is not ready for the Acceptance Tests by the Ready Date for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The parties agree that these damages are a genuine pre-estimate of the Licensee's loss and not a penalty.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, save for liability for death or personal injury caused by negligence, fraud, breach of Clause 9 or Clause 11, and the indemnity in Clause 10.2.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Licensor shall not subcontract any of its obligations without the Licensee's prior written consent and remains responsible for the acts and omissions of any subcontractor approved in that way.
H:Clause 14 Termination
P:14.1 The Licensee may terminate this Agreement by written notice if the Licensor commits a material breach and fails to remedy it within thirty days after notice, or if the liquidated damages under Clause 12.1 reach their maximum. On termination before Final Acceptance the Licensor shall refund the sums paid for parts not accepted.
H:Clause 15 Governing Law and Disputes
P:15.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the UNCITRAL Arbitration Rules before a sole arbitrator. The seat of the arbitration is Dublin, Ireland, and the language of the arbitration is English.
H:Clause 16 General
P:16.1 This Agreement and its Schedules are the entire agreement between the parties. Amendments must be in writing and signed by both parties. A Chinese translation is provided for convenience; the English text prevails.
P:Schedule 1: Software and station list. Schedule 2: Scope of configuration, product families and Acceptance Test plan.
P:SIGNED by ______________ for and on behalf of SALTEE TORQUE SYSTEMS LIMITED
P:SIGNED by ______________ for and on behalf of ZHEJIANG HENGLI HARDWARE TOOLS CO., LTD. (company chop)
"""

# ---------------------------------------------------------------------------------------------------------------
# h183e02 — Kashgar old-town guesthouse: booking SaaS, Order Form + General Terms; vendor on Mousa (Scottish style);
# .txt, "N. HEADING"
# ---------------------------------------------------------------------------------------------------------------
H183E02 = """MOUSA STAY SOFTWARE LTD
ORDER FORM AND GENERAL TERMS OF SERVICE

ORDER FORM No. MS-OF-2025-0419

Supplier: Mousa Stay Software Ltd, a company incorporated in Scotland (company number SC712406), whose registered office is at The Pier House, Isle of Mousa, Sandwick, Shetland ZE2 9HP ("Mousa Stay" or the "Supplier").

Customer: Kashgar Pomegranate Courtyard Guesthouse Co., Ltd., a company established in the People's Republic of China, of No. 12 Yusitangboyi Lane, Old Town, Kashgar, Xinjiang Uygur Autonomous Region, China (the "Customer").

Property: Pomegranate Courtyard Guesthouse, 26 guest rooms in two restored courtyard houses.

Service: StayDesk cloud property-management and booking service, comprising:
  (a) StayDesk PMS: reservations, room board, housekeeping, front-desk billing and night audit;
  (b) Channel Manager: two-way rate and availability sync with Ctrip, Meituan, Fliggy, Booking.com and Airbnb;
  (c) Booking Engine: direct booking page and WeChat mini-program, with WeChat Pay and Alipay;
  (d) Guest Registration Export: daily export of guest registration records in the format required by the local public security bureau;
  (e) standard reports and the StayDesk mobile app for the owner.

Subscription Term: thirty-six (36) months from the Go-Live Date (the "Initial Term"), renewing as set out in clause 10 of the General Terms.

Fees (stated in Renminbi at the Customer's request; all amounts include VAT):

  Item                                         Basis                       Amount (CNY)
  Subscription Fee, 26 rooms                   1,480 per month x 36         53,280
  Onboarding (set-up, data import, channel     one-off                       6,800
    mapping, page design, staff training)
  Total Fees for the Initial Term                                           60,080

Payment: the Subscription Fee is invoiced monthly in arrears and is payable within fifteen days of invoice. The Onboarding Fee is invoiced on Go-Live Acceptance. No fee is payable in advance of the service.

Go-Live Date: the Supplier shall complete onboarding and make the Service live within twenty-one days after signature of this Order Form. Go-Live Acceptance is set out in clause 4 of the General Terms.

Special Conditions: Customer Data is hosted in mainland China (Alibaba Cloud, Shanghai region). Guest-facing pages are provided in Chinese, Uyghur and English.

This Order Form incorporates the General Terms of Service below (version 4.2). Where the Order Form and the General Terms conflict, the Order Form prevails.

Signed for the Supplier: ____________________  Name: Morag Tulloch, Director   Date: __________
Signed for the Customer: ____________________  Name: ______________ (company chop)   Date: __________


GENERAL TERMS OF SERVICE (version 4.2)

1. DEFINITIONS AND INTERPRETATION
1.1 "Service" means the StayDesk service described in the Order Form. "Customer Data" means all data that the Customer or its guests enter into the Service or that the Service generates for the Customer, including reservation records, guest names, identity-document details, contact details and payment references. "Go-Live Date" means the date on which the Service is first used for live bookings after Go-Live Acceptance. "Business Day" means a day on which banks are open in Kashgar.
1.2 Headings are for convenience only. "Including" means "including without limitation".

2. THE SERVICE
2.1 The Supplier shall provide the Service to the Customer during the Subscription Term in accordance with the Order Form and these General Terms, with reasonable skill and care.
2.2 The Supplier may improve the Service from time to time, provided that no change materially reduces the functions described in the Order Form.

3. CUSTOMER'S OBLIGATIONS
3.1 The Customer shall keep its user credentials secure, give the Supplier the channel account access needed for onboarding, and ensure that it has the legal basis for entering guest data into the Service.

4. ONBOARDING AND GO-LIVE ACCEPTANCE
4.1 The Supplier shall import the Customer's room list, rates and forward bookings, map every room type to each channel and set up the booking page.
4.2 Go-Live Acceptance requires that: (a) every forward booking imported matches the Customer's records; (b) a rate change made in StayDesk appears on each connected channel within two minutes; (c) three test bookings through the Booking Engine are paid by WeChat Pay and Alipay and refunded correctly; and (d) the guest registration export is accepted by the Customer's local police registration system. The Customer shall sign a Go-Live Acceptance note when the tests are passed. Use of the Service before that note is signed is not acceptance.
4.3 If the Service is not live by the Go-Live Date for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 150 for each day of delay, by credit against the next invoices.

5. SERVICE LEVELS
5.1 The Supplier shall make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least forty-eight hours in advance and carried out between 02:00 and 06:00 China Standard Time.
5.2 Severity 1 means that the Customer cannot take or view bookings, or channel sync has stopped. The Supplier shall respond to a Severity 1 incident within one hour, at any time of day, and restore the Service within six hours. Other incidents are answered within one Business Day.
5.3 If availability in a month falls below 99.95%, the Customer receives a service credit of 5% of that month's Subscription Fee; below 99.5%, 10%; and below 99%, 25%. A Severity 1 incident not restored within six hours adds a credit of 5% of that month's Subscription Fee. Credits are deducted from the next invoice.

6. CUSTOMER DATA AND DATA PROTECTION
6.1 Customer Data belongs to the Customer. The Supplier processes it only to provide the Service and on the Customer's documented instructions, and shall not use it for any other purpose.
6.2 All Customer Data is stored and processed in mainland China and is not transferred outside it. The Supplier's support engineers may view the Customer's account only through a support session that the Customer opens from within StayDesk; every session is logged.
6.3 The Supplier maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access on a need-to-know basis, and complies with the PRC Personal Information Protection Law and Data Security Law.
6.4 The Supplier shall notify the Customer within twenty-four hours after becoming aware of a personal data breach affecting Customer Data, take all reasonable steps to contain it, assist the Customer with any notification to guests or authorities, and bear the costs of the breach to the extent it was caused by the Supplier.
6.5 On expiry or termination the Supplier shall make Customer Data available for export for thirty days and then delete it.

7. CONFIDENTIALITY
7.1 Each party shall keep confidential the other party's confidential information, including the Customer's rates, occupancy and guest information and the Supplier's pricing and product plans, and shall use it only for the purposes of the Order Form. This obligation survives termination for three years.

8. INTELLECTUAL PROPERTY
8.1 The Service, the StayDesk software and all improvements to them are the property of the Supplier.
8.2 The Customer's booking-page content, photographs, rate plans and the configurations and templates made specifically for the Customer belong to the Customer, which may use, copy and modify them and give them to any successor provider.

9. SUBCONTRACTORS AND SUB-PROCESSORS
9.1 The Customer approves Alibaba Cloud as the hosting provider for the Service. The Supplier shall not appoint any other subcontractor or sub-processor without the Customer's prior written consent and remains responsible for any it appoints.

10. TERM, RENEWAL AND TERMINATION
10.1 The Order Form runs for the Initial Term and then renews automatically for successive periods of one year (each a "Renewal Period") unless either party gives written notice of non-renewal at least sixty days before the end of the current term.
10.2 The Supplier may increase the Subscription Fee for any Renewal Period by giving the Customer written notice at least sixty days before that Renewal Period starts.
10.3 Either party may terminate the Order Form by written notice if the other commits a material breach and fails to remedy it within thirty days after notice. The Customer may also terminate if availability falls below 99% in two consecutive months.
10.4 On termination the Customer shall pay fees for the Service provided up to the date of termination, and clause 6.5 applies.

11. LIABILITY
11.1 Neither party limits its liability for death or personal injury caused by its negligence, or for fraud.
11.2 Subject to clause 11.1, the Supplier's total aggregate liability under or in connection with the Order Form, whether in contract, delict (including negligence) or otherwise, shall not exceed CNY 18,000.
11.3 Neither party is liable for loss of profit, loss of bookings or any indirect or consequential loss.

12. GENERAL
12.1 Notices shall be sent by e-mail to the addresses given by the parties and are deemed received on the next Business Day.
12.2 The Order Form and these General Terms are the entire agreement between the parties about the Service. A Chinese translation is provided for convenience; the English text prevails.
12.3 Neither party may assign the Order Form without the other's written consent.

13. GOVERNING LAW AND JURISDICTION
13.1 The Order Form and these General Terms, and any non-contractual obligations arising from them, are governed by the law of Scotland.
13.2 The parties submit to the exclusive jurisdiction of the Scottish courts.

IN WITNESS WHEREOF these presents are executed on the dates and at the places stated in the Order Form.
"""

# ---------------------------------------------------------------------------------------------------------------
# h183e03 — Zhangzhou grouper farm: dissolved-oxygen sensors + maintenance; integrator on the Île Tomé (French),
# buyer's paper; .pdf (wrap_words), "Article N" with N.1
# ---------------------------------------------------------------------------------------------------------------
H183E03 = """
T:Equipment Supply, Installation and Maintenance Contract
P:Contract No. HX-EQ-2025-031
P:Buyer: Zhangzhou Haixin Grouper Farming Co., Ltd., a company established in the People's Republic of China, whose registered address is at No. 6 Gangkou Road, Chencheng Town, Dongshan County, Zhangzhou, Fujian Province, China (the "Buyer").
P:Supplier: Tomé Aquatech SAS, a société par actions simplifiée registered with the Trade and Companies Register of Saint-Brieuc under number 912 345 678, whose registered office is at Île Tomé, 22700 Perros-Guirec, France, acting together with its service office at Room 1502, No. 88 Lujiang Road, Siming District, Xiamen (the "Supplier").
P:The Buyer operates a land-based recirculating farm for grouper with forty-eight culture tanks in four halls and plans twelve more. Low dissolved oxygen can kill a tank of fish within an hour. The Buyer therefore buys from the Supplier a dissolved-oxygen monitoring and aeration control system with maintenance, on the Buyer's standard terms set out below.
H:Article 1 Definitions
P:1.1 "Contract Price" means the price in Article 3.1. "Equipment" means the hardware listed in Article 3.1. "Software" means the AquaSense monitoring software licensed under Article 12.2. "Final Acceptance" means the signing of the Final Acceptance Certificate under Article 6.3. "Buyer Data" means all measurements, alarms, set-points, logs and production records generated by the System or entered into it. "System" means the Equipment, the Software and the configuration made for the Buyer, taken together.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, install, configure and commission: forty-eight optical (luminescent) dissolved-oxygen sensors with temperature compensation for the forty-eight tanks in Halls A to D; twelve controllers with data loggers, one for each group of four tanks; twelve aeration control cabinets switching the blowers and the pure-oxygen cones; three LoRa gateways; and the Software licensed for sixty tanks, with alarms by SMS, telephone call and WeChat to the duty staff.
P:2.2 The System shall start the standby oxygen supply automatically when dissolved oxygen in a tank falls below its set-point, and shall keep controlling aeration locally if the server or the network fails.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 844,000, fixed, inclusive of VAT, duties, transport, installation and training. It is stated in Renminbi at the Buyer's request and is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Optical DO sensors with temperature compensation|48|6,850|328,800
TB:Controllers with data loggers|12|14,600|175,200
TB:Aeration control cabinets|12|8,900|106,800
TB:LoRa gateways|3|11,400|34,200
TB:AquaSense software, perpetual licence, 60 tanks|1|96,000|96,000
TB:Hardware and Licence Subtotal|||741,000
TB:Installation, cabling, calibration and commissioning|1|88,600|88,600
TB:Training of farm technicians and duty staff|1|14,400|14,400
TB:Contract Price|||844,000
H:Article 4 Payment
P:4.1 No advance payment is made. The Buyer shall pay 65% of the Contract Price (CNY 548,600) within twenty working days after the Installation Certificate under Article 6.1, and 35% (CNY 295,400) within twenty working days after Final Acceptance, each against a valid VAT invoice.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the farm within sixty days after signature and complete installation within a further twenty days.
P:5.2 The tanks remain stocked during the works. The Supplier shall agree a hall-by-hall work plan with the Buyer's farm manager, shall not interrupt aeration in any tank for more than ten minutes, and shall keep portable oxygen meters in use while a tank's sensor is being changed.
H:Article 6 Acceptance
P:6.1 When the System is installed in all four halls the parties shall sign an Installation Certificate. It records completion of installation only and is not acceptance.
P:6.2 The acceptance tests shall show that: (a) each sensor reads within plus or minus 0.1 mg/L of a calibrated reference meter at three points across the operating range; (b) an alarm reaches the duty staff within sixty seconds after dissolved oxygen falls below the set-point in any tank; (c) the standby oxygen supply starts within thirty seconds of a low-oxygen alarm and also when the server is switched off; and (d) over fourteen consecutive days the System records every tank without any gap longer than ten minutes.
P:6.3 When all tests are passed the Buyer shall sign a Final Acceptance Certificate. Delivery, installation, use of the System or payment does not constitute acceptance. If a test fails the Supplier shall correct the fault at its own cost and repeat the test.
H:Article 7 Warranty
P:7.1 The warranty period is twenty-four months from Final Acceptance. During it the Supplier shall repair or replace, free of charge, any part that fails other than through misuse, including sensor caps, and shall supply Software updates.
P:7.2 A replaced controller or sensor is warranted for twenty-four months from replacement or until the end of the warranty period, whichever is later.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty period the Supplier shall, if the Buyer so orders, provide maintenance comprising quarterly calibration visits, replacement of every sensor cap once a year, repair and replacement of failed parts, Software updates and the service levels in Article 9.
P:8.2 The Annual Maintenance Fee is 9.5% of the Hardware and Licence Subtotal, namely CNY 70,395 per year, payable quarterly in arrears. It is fixed for the first three years after the warranty period. Maintenance is ordered in writing one year at a time and does not renew automatically.
H:Article 9 Service Levels
P:9.1 A Critical fault is a loss of dissolved-oxygen readings or of aeration control in any hall. The Supplier shall respond by telephone within thirty minutes, at any hour, have an engineer on site within three hours and restore operation within six hours, using the spare controller and sensors kept at the farm.
P:9.2 A Major fault is the failure of a single sensor or of alarm delivery by one channel: response within two hours, repair by the end of the next day. Other faults are repaired within two working days.
P:9.3 For each hour by which the Supplier exceeds a Critical response, arrival or restoration time, it shall pay the Buyer CNY 500; for each day by which it exceeds a Major repair time, CNY 200. The Buyer may deduct these sums from any amount due to the Supplier.
H:Article 10 Buyer Data and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not use it, in any form, for product development, research or any other purpose.
P:10.2 Buyer Data is stored on the Buyer's server at the farm. The Supplier may access it remotely only through the Buyer's VPN, for a session approved by the Buyer's IT officer, and every session is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems and shall comply with the PRC Cybersecurity Law and Data Security Law.
P:10.3 The Supplier shall report any security incident affecting the System or Buyer Data within twenty-four hours, take immediate remedial action and compensate the Buyer for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 The Supplier shall keep confidential the Buyer's farming methods, stocking densities, production figures, prices and any other information it receives under this Contract, shall not disclose it to any third party without the Buyer's prior written consent, and shall remain bound for three years after the Contract ends.
H:Article 12 Intellectual Property
P:12.1 The tank layouts, alarm logic, set-point tables, dashboards and other configuration made for the Buyer belong to the Buyer, which may use, modify and license them freely, including to another service provider.
P:12.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for sixty tanks. The Supplier warrants that the System does not infringe the rights of any third party.
H:Article 13 Delay
P:13.1 If the Supplier fails to complete installation by the date in Article 5.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 14 Liability
P:14.1 The Supplier's total liability under this Contract is limited to twice the Contract Price. The limit does not apply to personal injury, wilful misconduct or gross negligence, or to breach of Articles 10 and 11.
H:Article 15 Subcontracting
P:15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any subcontractor so approved.
H:Article 16 Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay under Article 13 exceeds forty-five days.
H:Article 17 Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding on both parties.
H:Article 18 Language and Counterparts
P:18.1 This Contract is made in English and Chinese, in four originals, two for each party. Both texts have equal effect.
P:For the Buyer: Zhangzhou Haixin Grouper Farming Co., Ltd. (company chop)   Signature: ____________   Date: ________
P:For the Supplier: Tomé Aquatech SAS   Signature: ____________   Name: Yann Le Goff, Président   Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# h183e04 — Shenyang industrial-design studio: managed IT + desktop support; provider on Pabay (Scottish style);
# .md, "§ N Title" with (1), (2)
# ---------------------------------------------------------------------------------------------------------------
H183E04 = """# MANAGED IT SERVICES AND DESKTOP SUPPORT AGREEMENT

**between**

**PABAY MANAGED SERVICES LIMITED**, a company incorporated under the Companies Acts in Scotland (registered number SC689213), whose registered office is at Pabay House, Isle of Pabay, Broadford, Isle of Skye IV49 9AE (the "Provider")

**and**

**SHENYANG BEILING INDUSTRIAL DESIGN CO., LTD.**, a company established in the People's Republic of China, whose registered address is at Floor 7, No. 21 Shiji Road, Hunnan District, Shenyang, Liaoning Province, China (the "Customer")

WHEREAS the Customer is an industrial-design studio of about forty-five staff using CAD and rendering workstations, a render cluster and shared file storage, and wishes the Provider to operate and support its IT environment; and the Provider has agreed to do so on the following terms.

## § 1 Definitions

(1) "Services" means the services in § 2. "Service Commencement Date" means the day after Transition Acceptance. "Business Hours" means 08:30 to 18:30 China Standard Time on Business Days. "Business Day" means a working day in Shenyang. "Customer Data" means all design files, models, renderings, e-mails, user data, logs and other data of the Customer held on or passing through the systems managed under this Agreement.

(2) Headings are for convenience only. References to paragraphs are to the numbered paragraphs of the relevant section.

## § 2 Services

(1) The Provider shall provide: (a) a service desk in Mandarin and English by telephone, WeChat Work and e-mail during Business Hours, with an out-of-hours line for Priority 1 incidents; (b) desktop support for the Customer's workstations, laptops, printers and plotters, remotely and on site at the Customer's studio; (c) management of the file servers, the network-attached storage, the render cluster and the backup system, including daily backups and a quarterly restore test; (d) management of the firewall, switches and wireless network; (e) patching of operating systems and approved applications; (f) an asset register and software-licence register; and (g) a monthly service report.

(2) Moves, adds and changes of up to ten users per month are included. Project work outside this scope is quoted separately and performed only on the Customer's written order.

(3) The Customer shall give the Provider's engineers access to its premises during Business Hours, provide administrator credentials for the systems in scope, and tell the Provider in advance of any change it makes to those systems itself. The Customer remains responsible for the licences of the software it uses, and the Provider shall warn it in writing of any shortfall it finds in the licence register.

## § 3 Transition

(1) Within forty-five days after signature the Provider shall complete transition: inventory of all devices and licences, installation of its monitoring agents, documentation of the environment, a full test restore of the file storage and hand-over from the Customer's previous provider.

(2) Transition Acceptance requires that every server, storage device and network device is monitored, the test restore has succeeded, the documentation is delivered and the service desk has handled live requests for five Business Days. The Customer shall confirm Transition Acceptance in writing; use of the Services before then is not acceptance.

(3) If Transition Acceptance is delayed beyond the forty-five days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay.

## § 4 Term and Renewal

(1) The Initial Term is twenty-four months from the Service Commencement Date.

(2) This Agreement then renews for successive periods of one year unless either party gives ninety days' written notice before the end of the current term. The Charges for a renewal period remain those in § 5 unless the parties agree otherwise in writing.

## § 5 Charges

(1) The Charges are stated in Renminbi at the Customer's request and include VAT:

| Charge | Basis | Monthly (CNY) | Initial Term (CNY) |
|---|---|---|---|
| Service desk and desktop support | 45 users x 420 per user per month | 18,900 | 453,600 |
| Server, storage, render cluster and backup management | fixed per month | 6,200 | 148,800 |
| Network and firewall management | fixed per month | 3,400 | 81,600 |
| Monthly Charges | | 28,500 | 684,000 |
| Transition Fee | one-off | | 36,000 |
| Total for the Initial Term | | | 720,000 |

(2) Users above forty-five are charged at CNY 420 per user per month from the month in which they are added.

## § 6 Payment

(1) The Monthly Charges are invoiced monthly in arrears and are payable within thirty days of invoice. The Transition Fee is invoiced on Transition Acceptance.

(2) No amount is payable before the Services begin.

## § 7 Service Levels

(1) Incidents are classified as follows: Priority 1, the studio cannot work (file storage, render cluster or internet access down for all users); Priority 2, a group of users or a key application is affected; Priority 3, a single user is affected; Priority 4, a request.

(2) The Provider shall respond to a Priority 1 incident within thirty minutes at any time, have an engineer on site within three hours if needed, and aim to restore service within eight hours. Priority 2: response within one hour, restoration within one Business Day. Priority 3: response within two Business Hours, resolution within two Business Days. Priority 4: completion within five Business Days.

(3) The Provider shall achieve a successful daily backup of the file storage on at least twenty-eight days in every month and report each failure to the Customer on the day it occurs.

(4) The monthly service report shall show performance against each Service Level.

(5) The Service Levels are targets. Failure to meet a Service Level does not entitle the Customer to service credits, fee reductions or damages. The Provider's sole obligation in respect of such failure is to investigate its cause and deliver a remediation plan within ten Business Days.

## § 8 Customer Data and Security

(1) Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

(2) Customer Data remains on the Customer's systems in Shenyang. The Provider's remote administrators manage systems through a jump host in the Customer's network with multi-factor authentication, and every session is recorded. They shall not open design files or copy Customer Data out of the Customer's systems except where a user asks for help with a specific file.

(3) The Provider shall apply security patches within the periods in the service description, keep backups encrypted, give each engineer individual accounts with least privilege, and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

(4) The Provider shall notify the Customer within twenty-four hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by its breach of this § 8.

## § 9 Confidentiality

(1) Each party shall keep confidential all information of the other party which it receives in connection with this Agreement, in particular the Customer's unreleased designs and its clients' product information, and shall use it only for the purposes of this Agreement.

(2) This obligation continues for five years after the end of this Agreement.

## § 10 Intellectual Property

(1) Documentation, scripts, configurations and reports which the Provider prepares for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to any other provider.

(2) The Provider's own tools and monitoring software remain its property and are provided for the duration of the Services.

## § 11 Subcontracting

(1) The Provider may engage subcontractors, including its field-service partner in Shenyang, to perform any part of the Services.

(2) The Provider shall notify the Customer in writing of each subcontractor before it starts work, shall bind it to obligations equivalent to §§ 8 and 9, and remains responsible for its acts and omissions.

## § 12 Liability

(1) The Provider's total liability under or in connection with this Agreement, whether in contract, delict (including negligence) or otherwise, is limited to 150% of the total Charges for the Initial Term.

(2) That limit does not apply to death or personal injury, fraud, wilful misconduct or breach of § 8 or § 9.

## § 13 Termination

(1) The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after written notice.

(2) On expiry or termination the Provider shall give exit assistance for up to sixty days, hand over all credentials, documentation and configurations, and remove its agents.

(3) Exit assistance within the scope of the Services is included in the Charges; further work is charged at the Provider's day rate stated in the service description.

## § 14 Governing Law and Disputes

(1) At the Customer's request this Agreement is governed by the laws of the People's Republic of China.

(2) Any dispute shall be submitted to the Shenyang Arbitration Commission for arbitration in Shenyang. The award is final.

## § 15 General

(1) This Agreement is the entire agreement between the parties about the Services. Any change must be in writing and signed by both parties.

(2) This Agreement is made in English with a Chinese translation for reference; the English text prevails.

IN WITNESS WHEREOF these presents, consisting of this and the preceding pages, are executed as follows:

For and on behalf of Pabay Managed Services Limited: ____________________ (Director), at Broadford on ____________

For and on behalf of Shenyang Beiling Industrial Design Co., Ltd.: ____________________ (company chop), at Shenyang on ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# h183e05 — Yantai cherry exporter: cold-chain certificate API subscription + integration; vendor on the Isola del
# Giglio (Italian style); .txt, "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H183E05 = """SUBSCRIPTION AND INTEGRATION CONTRACT
ColdTrace Certificate API

between

GIGLIO COLDTRACE S.R.L., with registered office at Via del Porto 14, 58012 Isola del Giglio (GR), Italy, tax code and VAT number IT01987650531, registered with the Companies Register of Maremma e Tirreno under REA number GR-172034, represented by its managing director Ms Chiara Rossi (the "Supplier"),

and

YANTAI FUSHAN RED CHERRY EXPORT CO., LTD., a company established in the People's Republic of China, with registered address at No. 36 Yongda Street, Fushan District, Yantai, Shandong Province, China, represented by its legal representative (the "Customer"),

(each a "Party" and together the "Parties").

WHEREAS

(A) the Customer packs and exports fresh cherries by air and by reefer container to importers in Hong Kong, Singapore, Vietnam and Thailand, whose buyers increasingly require proof of an unbroken cold chain from packhouse to destination;

(B) the Supplier operates the ColdTrace platform, which reads data from temperature loggers and issues digitally signed cold-chain certificates that the consignee can verify through a QR code;

(C) the Customer wishes to subscribe to the ColdTrace Certificate API and to have it integrated with its warehouse management system and its logger fleet,

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and annexes)
1.1 The premises and the annexes form an integral part of this Contract. Annex A: functional description of the API. Annex B: integration specification and acceptance test plan. Annex C: hosting provider.

Art. 2 (Definitions)
2.1 "Activation Date" means the date on which the Supplier activates the Customer's production API keys. "Certificate" means a cold-chain certificate issued through the API for one shipment. "Customer Data" means shipment records, logger readings, consignee details and any other data the Customer submits to, or the platform generates for, the Customer. "Contract Year" means each period of one year starting on the Activation Date or its anniversary. "Integration Deliverables" means the integration connector, the data mappings, the certificate templates and all other deliverables developed for the Customer under Art. 7, including their source code.

Art. 3 (Object)
3.1 The Supplier grants the Customer access to the ColdTrace Certificate API for the issue of up to 6,000 Certificates per Contract Year, the verification portal for consignees, and the management dashboard for ten named users.
3.2 The Customer shall provide test access to its warehouse management system and logger accounts, sample orders and the certificate layouts required by each importing market.
3.3 The Supplier shall develop and install the Integration Deliverables so that the Customer's warehouse management system sends each export order to the API automatically, logger data from the Customer's three logger brands is imported without manual upload, and Certificates are returned to the order.

Art. 4 (Duration)
4.1 The subscription lasts twenty-four months from the Activation Date.
4.2 It is then renewed tacitly for further periods of one year, at the same fees and conditions, unless either Party gives notice of cancellation by registered letter or certified e-mail (PEC) at least ninety days before expiry.

Art. 5 (Fees)
5.1 At the Customer's request all fees are stated and paid in Renminbi. They are:

    Item                                     Basis                        Amount (CNY)
    Annual Platform Fee                      168,000 x 2 Contract Years      336,000
    Integration fee                          one-off                          94,000
    Total contract value                                                     430,000

5.2 Certificates above 6,000 in a Contract Year are charged at CNY 9 each, invoiced quarterly in arrears.

Art. 6 (Invoicing and payment)
6.1 On signature of this Contract the Supplier invoices the first Annual Platform Fee and the entire integration fee, CNY 262,000 in total, payable within fifteen days of invoice and in any case before the Activation Date.
6.2 The second Annual Platform Fee is invoiced at the start of the second Contract Year and is payable within thirty days.
6.3 Payments are made by bank transfer to the account stated on the invoice. Late payments bear interest at the rate provided by Italian Legislative Decree 231/2002.

Art. 7 (Integration and acceptance)
7.1 The Supplier shall complete the Integration Deliverables within fifty days after receipt of the payment under Art. 6.1.
7.2 The acceptance tests, described in Annex B, require that: (a) three hundred test shipments, using loggers of all three brands, produce Certificates whose temperature curves match the raw logger data; (b) every Certificate can be verified by scanning its QR code from outside China; (c) each Certificate is attached to the correct export order in the warehouse management system; and (d) an excursion above the agreed temperature limit is flagged on the Certificate and notified to the Customer within five minutes.
7.3 When the tests are passed the Parties sign an acceptance report. Activation, use of the API or payment do not amount to acceptance.
7.4 If the acceptance report is not signed within the period in Art. 7.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer a penalty of CNY 300 for each day of delay.

Art. 8 (Service levels)
8.1 The Supplier guarantees availability of the API of 99.95% in each calendar month, excluding maintenance announced at least three days in advance.
8.2 A Priority 1 incident is one in which no Certificates can be issued or verified. The Supplier shall respond to it within two hours, at any time, and restore the service within eight hours.
8.3 If monthly availability is below 99.95%, the Customer is entitled to a service credit of 5% of one twelfth of the Annual Platform Fee; if it is below 99.5%, to 10%. Each Priority 1 incident not restored within eight hours gives a further credit of 5% of one twelfth of the Annual Platform Fee. Credits are deducted from the next invoice or, at the end of the Contract, paid.

Art. 9 (Intellectual property)
9.1 The ColdTrace platform, the API and the related documentation are the exclusive property of the Supplier.
9.2 The Integration Deliverables, although developed for the Customer, are and remain the exclusive property of the Supplier. The Customer receives a non-exclusive and non-transferable licence to use them for the duration of the subscription only, and may not modify them or have them modified by third parties.

Art. 10 (Customer data and security)
10.1 Customer Data belongs to the Customer. The Supplier processes it only to provide the services under this Contract and shall not use it for any other purpose, including in aggregated or anonymised form.
10.2 Customer Data is stored and processed in mainland China by the hosting provider named in Annex C and is not transferred abroad. Certificates are published for verification only to the consignee named by the Customer.
10.3 The Supplier maintains an information security management system certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, grants access only to named staff and keeps access logs for one year.
10.4 The Supplier shall notify the Customer of any breach affecting Customer Data within forty-eight hours after becoming aware of it, take all measures to limit its effects, and compensate the Customer for the damage caused by a breach attributable to it.

Art. 11 (Confidentiality)
11.1 Each Party shall keep confidential the other Party's information received under this Contract, including the Customer's customer list, volumes and prices, and shall not disclose it to third parties without the other Party's prior written consent. The obligation survives for three years after the end of the Contract.

Art. 12 (Subcontracting)
12.1 The Customer approves the hosting provider named in Annex C. The Supplier shall not entrust any other part of the services to subcontractors without the Customer's prior written consent and remains responsible for them.

Art. 13 (Liability)
13.1 Except in the case of wilful misconduct or gross negligence, the Supplier's total liability under this Contract is limited to twice the total fees payable under it.

Art. 14 (Termination)
14.1 The Customer may terminate this Contract pursuant to Article 1456 of the Italian Civil Code, by written notice, if the Supplier breaches Art. 8, Art. 10 or Art. 11 in a material way.
14.2 Either Party may terminate this Contract if the other fails to remedy a material breach within fifteen days after receiving a formal notice to perform (diffida ad adempiere).
14.3 On termination the Supplier shall return all Customer Data in a common format within thirty days and then delete it.

Art. 15 (Governing law and jurisdiction)
15.1 This Contract is governed by Italian law.
15.2 The Court of Grosseto has exclusive jurisdiction over any dispute arising from or relating to this Contract.

Art. 16 (Final provisions)
16.1 Any amendment to this Contract must be made in writing. This Contract is drawn up in English; a Chinese translation is provided for information only.
16.2 Notices under this Contract are validly given by registered letter, by certified e-mail (PEC) or by e-mail with acknowledgement of receipt to the addresses stated above, or to any other address a Party notifies in writing.
16.3 For the purposes of Articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Art. 4 (Duration), Art. 6 (Invoicing and payment), Art. 9 (Intellectual property), Art. 13 (Liability), Art. 15 (Governing law and jurisdiction).

Isola del Giglio / Yantai, ______________ 2025

For the Supplier: ______________________ (Chiara Rossi, Managing Director)

For the Customer: ______________________ (legal representative, company chop)
"""

# ---------------------------------------------------------------------------------------------------------------
# file names and formats
# ---------------------------------------------------------------------------------------------------------------
TEXT_FILES = {  # written as they are
    "h183z03_massage_clinic_chain_booking_saas.md": H183Z03,
    "h183z04_county_housing_bureau_archive_system_om.txt": H183Z04,
    "h183z05_peanut_oil_mill_erp_supplier_template.md": H183Z05,
    "h183e02_kashgar_guesthouse_booking_saas_order_form.txt": H183E02,
    "h183e04_shenyang_design_studio_managed_it.md": H183E04,
    "h183e05_yantai_cherry_coldchain_api_subscription.txt": H183E05,
}
SOURCES = {"h183z01": H183Z01, "h183z02": H183Z02, "h183e01": H183E01, "h183e03": H183E03}
TARGETS = {"h183z01": ("h183z01_city_medical_insurance_smart_audit_system.docx", "docx"),
           "h183z02": ("h183z02_tyre_retreading_xray_casing_inspection.pdf", "pdf"),
           "h183e01": ("h183e01_wuyi_tools_torque_test_licence.docx", "docx"),
           "h183e03": ("h183e03_zhangzhou_grouper_do_sensors.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXT_FILES.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
