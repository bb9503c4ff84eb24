"""holdout172: builds the ten contracts of this set, writes their labels and checks both.

Run with /work/main/.venv/bin/python. The .md/.txt contracts are written as they are; the two .docx and the two .pdf
are built from the small markup of ../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row), PDFs with
wrap_words=True. Then the labels (.json, one-space indent, no trailing newline) are written from the LABELS table
below: every price and payment sum is asserted, percentages are computed by Python, and the policy rules (policy.md
section 3 and section 4 TCO) are re-applied to each label's terms and compared with the planned rule list. Finally
the built files are read back (python-docx / pypdf / plain text), their lengths printed and scanned for values that
would sit exactly on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h172z01 — 市消防救援支队 智慧消防物联网平台 (system integration, 政府采购 公开招标, buyer's paper) — .docx
# ---------------------------------------------------------------------------------------------------------------
H172Z01 = """
T:岚州市智慧消防物联网平台建设项目政府采购合同
P:合同编号：LZXF-ZFCG-2025-017　　采购方式：公开招标（招标编号：LZCG2025-GK-0417）
P:甲方（采购人）：岚州市消防救援支队
P:乙方（供应商）：江苏澄瑞消防科技有限公司
P:根据《中华人民共和国政府采购法》及本项目招标文件、投标文件和中标通知书，双方订立本合同。招标文件和投标文件为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设岚州市智慧消防物联网平台：在全市146家消防安全重点单位和38个老旧小区部署火灾报警、电气火灾监控、消防水系统监测和可燃气体探测等物联网感知终端，提供平台软件永久许可，完成与甲方119接处警系统、消防监督管理系统和市城市运行管理平台的接口定制开发及可视化大屏，并负责安装调试、系统集成和培训。
P:1.2 技术要求以招标文件《采购需求》和附件1《设备及软件清单》为准。设备应为全新合格产品，消防产品应取得相应认证。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰肆拾捌万元整（¥4,480,000.00），包括设备、软件许可、定制开发、运输、安装、培训、税费及质保期内的全部服务费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|NB-IoT独立式感烟火灾探测报警器|6,000只|168|1,008,000
TB:2|电气火灾监控探测器（含剩余电流互感器）|820套|1,150|943,000
TB:3|消防水压/液位无线传感器|640套|980|627,200
TB:4|点型可燃气体探测器|300只|560|168,000
TB:5|物联网接入网关及边缘计算服务器|2套|86,000|172,000
TB:6|智慧消防物联网平台软件V3.0永久许可|1套|780,000|780,000
TB:|软硬件小计|||3,698,200
TB:7|接口定制开发（119接处警、监督管理、城运平台）及可视化大屏|1项|436,000|436,000
TB:8|安装调试及系统集成|1项|318,600|318,600
TB:9|培训（管理员及重点单位值班人员）|1项|27,200|27,200
TB:|合计|||4,480,000
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的等额发票支付合同总价的20%作为预付款，即¥896,000。
P:3.2 全部设备到货安装、平台部署及接口联调完成并通过初步验收后，甲方支付合同总价的45%，即¥2,016,000。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥1,568,000。
P:3.4 乙方应在每期付款前开具合法有效的增值税发票。乙方应在合同签订前提交合同总价5%的履约保函，最终验收合格后由甲方退还。
H:第四条 供货与实施
P:4.1 乙方应在合同签订后90日内完成全部终端的供货、安装和平台部署，在合同签订后120日内完成接口开发和联调并提交初步验收申请。
P:4.2 乙方应在合同签订后10日内提交实施方案，经甲方书面确认后实施；安装时不得影响既有消防设施的正常运行。
P:4.3 设备到货时双方共同开箱清点，签收仅确认数量和外观，不代表质量验收。
H:第五条 验收
P:5.1 初步验收：全部终端安装完毕、平台部署和接口联调完成后，由甲方组织初步验收。验收标准包括：设备型号、数量与附件1一致；火警信号从终端触发到平台弹窗告警不超过10秒，推送至119接处警系统不超过15秒；报警阈值及联动规则配置正确；接口数据与源系统比对一致。
P:5.2 试运行与最终验收：初步验收合格后进入60日试运行。试运行期间未发生一级故障、平台可用率符合第七条要求，且乙方已提交竣工资料、全部定制部分源代码和第三方网络安全等级保护测评报告（无高风险问题）的，由甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 任何一项标准未达到的，乙方应在10日内整改并重新申请验收，由此产生的费用由乙方承担。设备安装、系统上线、甲方使用或甲方付款均不视为验收合格。
H:第六条 质量保证与维保
P:6.1 质保期为最终验收合格之日起36个月。质保期内，乙方免费提供软硬件故障维修、设备更换、软件升级补丁、每季度一次现场巡检和7×24小时技术支持。
P:6.2 质保期满后，如甲方需要，双方另行签订维保合同。年度维保费不超过软硬件小计的8%（即每年不超过¥295,856），且三年内不上调；服务内容和服务水平不低于质保期内标准。维保合同不自动续期。
H:第七条 服务水平
P:7.1 平台服务月可用率不低于99.95%。经甲方书面同意、在夜间进行的计划内维护不计入不可用时间。
P:7.2 故障分级响应：一级故障（平台中断、火警信号无法上传或无法推送至119接处警系统）——30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分终端离线或单一接口异常）——1小时内响应，24小时内解决；三级故障（一般性功能问题或咨询）——8小时内响应，3个工作日内解决。
P:7.3 乙方未达到上述要求的，一级故障每超时1小时扣款1,000元，二级故障每超时1小时扣款300元；月可用率每低于承诺值0.01个百分点，扣款2,000元。扣款从应付款项或履约保函中扣除，不足部分由乙方在收到甲方通知后10日内支付，且不影响甲方要求乙方继续履行。
H:第八条 数据安全
P:8.1 平台采集的终端数据、报警记录、单位及人员信息、视频截图和运行日志均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、向任何第三方提供或用于任何其他目的。
P:8.2 平台部署在甲方指定的政务云资源上，按网络安全等级保护第三级要求建设。乙方应落实身份鉴别、访问控制、传输和存储加密、日志审计和漏洞修复；远程运维须经甲方逐次审批并通过堡垒机进行，全程留痕。
P:8.3 发生数据泄露、篡改、丢失或其他网络安全事件的，乙方应在发现后2小时内报告甲方，立即采取处置措施并配合调查。因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方由此遭受的全部损失。
P:8.4 合同终止或履行完毕时，乙方应交还其持有的全部甲方数据并删除副本，出具书面确认。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的接口程序、可视化大屏、配置脚本及相关源代码和文档，知识产权归甲方所有。乙方应在最终验收时交付全部源代码，甲方可自行或委托第三方使用、修改和再开发。
P:9.2 平台软件V3.0的知识产权仍归乙方所有，甲方获得不可撤销的永久使用许可，可在本市消防救援系统内部署和使用。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、重点单位信息、平台架构和安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成供货、安装或提交初步验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方提供的设备或软件不符合合同约定的，应负责更换或整改，并承担由此产生的费用和甲方的损失。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行公布的同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:12.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方；经同意分包的，乙方仍对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约（包括所供设备不合格且拒不整改、逾期超过30日、因乙方原因发生重大数据安全事件），经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，要求乙方退还已付款项并赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:15.2 附件：1. 设备及软件清单；2. 采购需求；3. 实施方案。
P:甲方（盖章）：岚州市消防救援支队　　　　乙方（盖章）：江苏澄瑞消防科技有限公司
P:授权代表：____________　　　　授权代表：____________
P:日期：______年___月___日　　　　日期：______年___月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h172z02 — 铝型材挤压厂 在线淬火测温系统 (hardware supply + post-warranty maintenance) — .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H172Z02 = """
T:在线淬火测温系统采购及维保合同
P:合同编号：XT-SB-2025-0623
P:甲方（买方）：肇庆鑫拓铝型材有限公司
P:乙方（卖方）：苏州锐测红外科技有限公司
P:甲方为控制6条铝型材挤压生产线的在线淬火工艺，向乙方采购在线淬火测温系统及相关服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、合同标的与价格
P:（一）乙方为甲方1号至6号挤压线各安装一套在线测温系统：在挤压机出口测量型材出口温度，在在线淬火区后测量淬火后温度，数据实时上传至乙方提供的测温数据管理软件，并通过接口送至挤压机PLC，实现淬火风量和水量随温度自动调节。
P:（二）价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|双色比色红外测温仪（挤压机出口）|6台|58,000|348,000
TB:2|线扫描红外测温仪（淬火区后）|6台|72,500|435,000
TB:3|水冷防护罩及吹扫装置|12套|6,800|81,600
TB:4|工控机及数据采集模块|6套|23,400|140,400
TB:5|测温数据管理软件（永久许可）|1套|168,000|168,000
TB:|设备及软件小计|||1,173,000
TB:6|PLC对接及淬火联动调试|1项|96,000|96,000
TB:7|安装及线缆敷设|1项|52,000|52,000
TB:8|操作与维护培训|1项|9,000|9,000
TB:|合同总价|||1,330,000
P:（三）合同总价为人民币壹佰叁拾叁万元整（¥1,330,000），含增值税，含运输、保险、安装、调试、培训及质保期内的服务费用。
H:二、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥266,000。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的50%，即¥665,000。到货签收不构成验收。
P:（三）系统通过最终验收后，甲方支付合同总价的25%，即¥332,500。
P:（四）其余5%即¥66,500作为质量保证金，质保期满且无未决质量问题后，甲方在20个工作日内无息支付。
H:三、交货与安装
P:（一）乙方应于合同生效后45日内将全部设备运至甲方厂区（肇庆市高要区），并在到货后20日内完成安装调试。
P:（二）安装须利用甲方安排的停机窗口进行，每条线停机不超过16小时。乙方人员在厂区作业须遵守甲方安全生产规定，高处作业和动火作业须办理审批。
P:（三）设备到货时双方共同开箱检验，核对型号、数量、随机文件和出厂校准证书。货物在甲方签收前的毁损灭失风险由乙方承担。
P:（四）乙方应在安装调试期间培训甲方操作人员和仪表维护人员各不少于10人，内容包括测温原理、日常清洁和吹扫、镜头更换、软件操作及常见故障处理，并提交中文操作手册和维护手册。
H:四、验收
P:（一）验收标准：
P:1. 测温精度：在400℃至560℃范围内与甲方标定热电偶比对，偏差不超过±3℃；
P:2. 测温仪响应时间不大于20毫秒，线扫描仪每秒采集不少于100条扫描线；
P:3. 六条线连续生产20个班次，数据完整，无死机和漏传；
P:4. PLC联动：淬火后温度偏离设定值时，风量和水量按甲方工艺参数表在2秒内调整；
P:5. 软件的曲线、报表、报警和按挤压批次号追溯等功能符合附件2。
P:（二）乙方完成安装调试后书面提交验收申请，甲方在7个工作日内组织验收。不合格的，乙方应在10日内整改并重新验收。设备安装、试生产或甲方使用均不视为验收合格，验收以双方签署的最终验收报告为准。
H:五、质量保证
P:（一）质保期为最终验收合格之日起18个月。质保期内因设备或软件质量问题发生的故障，乙方免费维修或更换，承担全部材料、人工和差旅费用。
P:（二）质保期内乙方每半年免费现场校准一次，并出具校准报告。
P:（三）乙方保证所供设备为原厂全新产品，测温仪附有有效的出厂校准证书，软件为正版且不含恶意代码、后门或限制使用期限的功能。
H:六、服务水平
P:（一）乙方设7×24小时服务热线。一级故障（任何一条线测温中断或PLC联动失效）：乙方应在2小时内响应，24小时内到场，48小时内修复或提供备机。二级故障（单台仪表读数漂移、软件部分功能异常）：8小时内响应，72小时内解决。
P:（二）一级故障超过上述时限的，每超时1小时乙方支付违约金500元；二级故障每超时1日支付300元。
H:七、质保期满后的维保服务
P:（一）质保期满后，甲方可选择由乙方继续提供维保服务，内容包括每半年一次现场巡检和校准、故障维修、常用备件、软件升级和远程技术支持，服务水平按第六条执行。
P:（二）年度维保费按设备及软件小计的16.5%计取，即每年¥193,545，前三个维保年度价格固定。
P:（三）维保服务按年度签订订单，每年度开始前经甲方书面确认后生效，不自动续期。
H:八、知识产权
P:（一）乙方为本项目编写的PLC联动程序、接口程序、报表模板及其源代码和文档，知识产权归甲方所有，甲方可自由使用、修改和许可他人使用。
P:（二）测温数据管理软件的著作权仍归乙方，甲方获得永久、不可撤销的使用许可，用于本厂生产线。
H:九、数据安全
P:（一）测温数据、工艺参数和生产批次记录等数据归甲方所有。乙方不得复制、留存，不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方逐次书面批准，通过甲方提供的VPN账号进行，操作完成后由甲方关闭账号。乙方应采取病毒防护措施，不得在甲方工控网络中安装与本项目无关的软件。
P:（三）因乙方原因造成数据泄露、篡改或工控系统被入侵的，乙方应在发现后2小时内通知甲方，配合处置，并承担全部赔偿责任。
H:十、保密
P:双方对在合作中获知的对方商业秘密和技术资料负有保密义务，特别是甲方的挤压和淬火工艺参数，未经对方书面同意不得向第三方披露。保密期限至合同终止后五年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三支付违约金，违约金累计不超过合同总价的10%。
P:（二）系统经两次验收仍不合格的，甲方有权退货并解除合同，乙方退还全部已付款项并赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十二、分包
P:乙方不得将安装调试和PLC联动工作转包或分包；线缆敷设等辅助工作需要分包的，应事先取得甲方书面同意。
H:十三、合同解除
P:任一方严重违约，经守约方书面催告后15日内仍未改正的，守约方有权解除合同并要求赔偿损失。乙方逾期交货超过30日的，甲方可直接解除合同。因不可抗力致使合同目的不能实现的，任一方均可解除合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交肇庆仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：1. 设备技术规格；2. 软件功能清单；3. 甲方淬火工艺参数表（保密）。
P:甲方（盖章）：肇庆鑫拓铝型材有限公司　　　　乙方（盖章）：苏州锐测红外科技有限公司
P:日期：______年___月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h172z03 — 律师事务所 案件管理 SaaS (three years) + 实施 — .md, Markdown headings
# ---------------------------------------------------------------------------------------------------------------
H172Z03 = """# 案件管理云服务（SaaS）订阅及实施合同

**合同编号**：LYZL-SaaS-2025-0088

**甲方（客户）**：衡信律师事务所（含北京总所及上海、深圳、成都等9家分所）

**乙方（服务商）**：北京律云智联科技有限公司

甲方拟在总所和各分所统一使用案件管理系统，乙方同意以云服务方式提供"律云案管"系统并完成实施。双方经协商一致，订立本合同。

## 1. 定义

1.1 **云服务**：乙方通过互联网提供的"律云案管"系统，包括客户与案件管理、利益冲突检索、工时记录与账单、文档管理、期限提醒、移动端和统计分析模块。

1.2 **甲方数据**：甲方及其用户上传、录入或在使用云服务过程中产生的全部数据，包括案件材料、委托人信息、工时和账单记录、利冲检索记录及操作日志。

1.3 **实施服务**：系统配置、历史数据迁移、接口开发和培训。

## 2. 服务内容与期限

2.1 订阅期为三年，自上线验收合格之日起算。订阅用户数为270个（含20个管理员账号）；订阅期内甲方可按同等单价增加用户。

2.2 实施服务包括：按甲方组织架构、权限和审批流程进行配置；迁移历史案件约4.6万件（附件约3.2TB）；开发与甲方财务系统和OA系统的接口；配置利冲检索规则；对管理员和律师进行培训。

2.3 订阅期满后如需续订，双方另行签订书面续订协议，价格届时协商确定。本合同不自动续期。

2.4 乙方指定一名具有律所信息化项目经验的项目经理负责实施，未经甲方同意不得更换。甲方指定信息化负责人配合实施，及时提供组织架构、历史数据和接口文档。

## 3. 价格与付款

3.1 合同价格如下（含6%增值税）：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 云服务订阅费（第1年） | 270用户 × 1,800元/用户/年 | 486,000 |
| 云服务订阅费（第2年） | 270用户 × 1,800元/用户/年 | 486,000 |
| 云服务订阅费（第3年） | 270用户 × 1,800元/用户/年 | 486,000 |
| 实施服务（配置、迁移、接口） | 固定总价 | 168,000 |
| 培训 | 固定总价 | 24,000 |
| **合计** | | **1,650,000** |

3.2 订阅费按季度后付：每季度结束后15日内，甲方支付该季度订阅费121,500元。甲方不预付任何款项。

3.3 实施费和培训费在上线验收合格后15个工作日内一次性支付。

## 4. 实施与上线验收

4.1 乙方应在合同生效后75日内完成实施并提交上线验收申请。

4.2 验收标准：（1）迁移后的案件和委托人记录数与源系统一致，随机抽查200件案件的附件完整可打开；（2）财务和OA接口连续10个工作日数据同步无差错；（3）在50万条记录下，利冲检索3秒内返回结果；（4）附件1功能清单逐项测试通过。

4.3 甲方在收到申请后10个工作日内组织验收并出具书面结论。系统开通、试用或甲方用户登录均不视为验收合格。

4.4 乙方逾期提交上线验收申请的，每逾期一日向甲方支付违约金1,200元，累计不超过实施费与培训费之和。

## 5. 服务水平

5.1 云服务月度可用率不低于99.5%。计划维护须提前3日通知，在周六22:00至次日6:00之间进行，且每月累计不超过6小时，不计入不可用时间。

5.2 故障响应：一级故障（全部用户或主要模块不可用）15分钟内响应、2小时内恢复；二级故障（部分功能异常）1小时内响应、8小时内解决；三级故障（咨询和一般问题）1个工作日内答复。

5.3 服务抵扣：月度可用率低于承诺值但不低于99%的，抵扣当季订阅费的5%；低于99%的，抵扣10%；一级故障超过恢复时限的，每次另行抵扣2,000元。

5.4 乙方每月5日前向甲方提交上月服务报告，列明可用率、故障及处理情况、版本更新内容和安全事件；系统升级如影响甲方已配置的流程，乙方应提前10日通知并负责适配。

## 6. 数据安全

6.1 云服务部署在乙方租用的位于中国境内（北京、上海）的云资源上，系统已通过网络安全等级保护第三级测评。乙方应对甲方数据实施传输和存储加密、租户隔离、最小权限访问和操作审计；乙方员工访问甲方数据须经甲方书面授权并留存记录。

6.2 乙方每日备份甲方数据，异地保存，备份保留30日；每半年进行一次恢复演练并向甲方提交报告。

6.3 发生数据泄露、丢失或被非法访问等安全事件的，乙方应在发现后24小时内通知甲方，立即采取补救措施并配合调查。因乙方原因造成安全事件的，乙方承担赔偿责任。

## 7. 数据权属与使用

7.1 甲方数据归甲方所有。乙方仅为提供云服务和实施服务处理甲方数据。

7.2 甲方同意，乙方可在对甲方数据进行去标识化处理后，将案件类型、案由、审理周期、收费区间等统计数据用于产品改进和发布法律服务行业分析报告；此类统计数据及报告的权利归乙方。

7.3 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方确认后删除，出具删除证明。

## 8. 知识产权

8.1 云服务平台及其升级版本的知识产权归乙方。

8.2 乙方为甲方开发的接口程序、定制报表、工作流配置及迁移脚本，知识产权归甲方；乙方应交付源代码和文档，甲方可自由使用、修改或委托第三方维护。

## 9. 保密

9.1 乙方知悉律师执业保密义务的要求。乙方及其人员对甲方数据、甲方及其委托人的信息以及在履约中知悉的其他非公开信息严格保密，不得向任何第三方披露；参与本项目的乙方人员应签署个人保密承诺。

9.2 保密义务在本合同终止后继续有效。

## 10. 责任限制

10.1 除故意或重大过失外，任何一方在本合同项下的累计赔偿责任，不超过甲方在责任事件发生前六个月内已支付的订阅费总额。

10.2 任何一方均不对对方的间接损失承担责任。

## 11. 分包

11.1 乙方不得将实施服务分包。云资源由附件3所列境内云服务商提供；更换云服务商或使用其他分包商的，须事先取得甲方书面同意。

## 12. 合同解除

12.1 任何一方严重违约，经对方书面通知后30日内未纠正的，对方有权书面通知解除本合同。

12.2 乙方原因导致连续两个月可用率低于99%，或发生因乙方原因的重大数据安全事件的，甲方有权解除本合同。

12.3 合同解除或终止时，乙方应按第7.3条配合数据导出和删除。

## 13. 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同引起的争议，提交北京仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。

## 14. 其他

14.1 附件：1. 功能清单；2. 实施计划；3. 云服务商及数据中心清单。

14.2 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。

甲方（盖章）：衡信律师事务所　　　　乙方（盖章）：北京律云智联科技有限公司

日期：______年___月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h172z04 — 县民政局 养老服务信息平台 年度运维 (政府采购 竞争性磋商) — .txt, 第X条 + 1./2.
# ---------------------------------------------------------------------------------------------------------------
H172Z04 = """禾溪县养老服务信息平台2025年度运维服务合同

项目编号：HXZC-2025-CS-031（竞争性磋商）
甲方（采购人）：禾溪县民政局
乙方（成交供应商）：湘中颐康信息技术有限公司

根据《中华人民共和国政府采购法》、本项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方就禾溪县养老服务信息平台年度运维服务事宜，经协商一致，订立本合同。磋商文件、响应文件为本合同的组成部分。

第一条 服务范围
乙方为甲方提供禾溪县养老服务信息平台（包括老年人信息库、居家养老服务派单、高龄津贴和特困供养资金发放核对、养老机构监管、"一键呼"呼叫中心及智能手环接入等子系统）的年度运维服务，具体包括：
1. 驻场运维：派驻2名运维工程师，工作日8:30至17:30在甲方驻场，负责系统巡检、故障处理、数据维护和用户支持；
2. 呼叫中心运维：保障"一键呼"呼叫中心坐席系统和热线转接正常运行，坐席服务时段为每日7:00至22:00；
3. 数据巡检与安全加固：每月一次数据质量巡检（重复档案、死亡注销、津贴对象比对），每季度一次漏洞扫描和系统加固；
4. 功能优化：根据甲方书面需求进行功能优化，全年不超过200人日；
5. 重要时段保障：在春节、重阳节及高龄津贴集中发放期间提供现场值守和专项保障；
6. 用户培训：每半年对乡镇（街道）民政工作人员和养老服务机构的平台用户培训一次，并更新操作手册。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。期满后，甲方根据考核情况按政府采购规定决定是否重新采购或续签，本合同不自动续期。

第三条 合同价款
合同总价为人民币伍拾陆万捌仟元整（¥568,000），为固定总价，包括：
1. 驻场运维：312,000元；
2. 呼叫中心运维：86,000元；
3. 数据巡检与安全加固：74,000元；
4. 功能优化：96,000元。
上述价格包含人员、差旅、工具软件、税费等全部费用。

第四条 付款方式
1. 本合同不设预付款。
2. 服务费按季度支付。每季度服务考核完成后，甲方在15个工作日内支付当季服务费142,000元，考核扣款从当季服务费中扣除。
3. 乙方应在每次付款前提供合法有效的发票。

第五条 服务水平与考核
1. 故障分级：一级故障指平台整体不可用、呼叫中心无法接听或资金发放核对功能中断；二级故障指单个子系统或部分功能异常；三级故障指一般性问题和咨询。
2. 响应与恢复：一级故障30分钟内响应，3小时内恢复；二级故障1小时内响应，1个工作日内解决；三级故障2个工作日内解决。
3. 甲方按附件《运维服务考核表》每季度考核一次，满分100分。考核得分低于90分的，每低1分扣当季服务费的1%；一级故障超过恢复时限的，每超时1小时另扣500元。
4. 呼叫中心坐席应在来电振铃20秒内接听；老年人通过智能手环或"一键呼"发出紧急求助的，坐席应在5分钟内通知其紧急联系人，必要时联动120或110，并全程记录。
5. 乙方每月5日前提交上月运维报告，内容包括巡检结果、故障及处理情况、数据质量问题清单和功能优化进展；每季度提交考核自评报告。

第六条 验收
1. 季度考核结果经双方签字确认后，作为当季付款依据。
2. 服务期满前，甲方组织年度验收。验收标准为：全年考核平均分不低于90分；功能优化需求按双方确认的需求说明书逐项完成并通过用户测试；运维文档、账号清单和数据字典更新完整并移交甲方。
3. 年度验收不合格的，乙方应在15日内整改；整改完成前，甲方可暂缓支付第四季度服务费。

第七条 功能优化
1. 优化需求由甲方书面提出，乙方在5个工作日内提交实施方案和工作量评估，经甲方确认后实施，并在确认的期限内交付。
2. 功能优化形成的程序、源代码和文档归甲方所有，乙方应随每次交付一并移交。平台系统的知识产权按原建设合同约定归甲方所有。

第八条 平台数据
平台中的老年人信息、服务记录、补贴和资金发放数据等全部数据归甲方所有。乙方不得将上述数据用于本合同以外的任何目的，不得向第三方提供。

第九条 保密
乙方及其驻场人员对工作中知悉的甲方工作秘密和老年人个人信息负有保密义务，不得泄露。驻场人员进场前应签署保密承诺书。本条义务在合同终止后继续有效。

第十条 人员管理
1. 驻场工程师应具备相应专业资格，名单和简历报甲方备案；乙方更换驻场人员须提前10日书面征得甲方同意。
2. 驻场人员应遵守甲方的考勤和工作纪律。驻场人员无故缺勤的，每人每日扣减服务费800元。
3. 甲方为驻场人员提供办公场所和必要的网络条件，及时提供平台原有技术文档、服务器和数据库账号，并指定专人负责日常对接。

第十一条 分包
乙方可将"一键呼"呼叫中心坐席服务委托其合作单位承担，但应在委托前书面告知甲方合作单位名称和人员名单；乙方对合作单位的服务质量和行为承担全部责任。除此之外，乙方不得将本合同项下服务分包或转包。

第十二条 违约责任
1. 乙方未按确认期限交付功能优化成果的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方连续两个季度考核得分低于80分的，甲方有权解除合同。
3. 甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付逾期利息。

第十三条 合同解除
乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。合同解除后，乙方应在10日内完成交接，移交全部文档、账号和数据。
服务期满时，乙方应配合甲方或新的运维单位完成交接，交接期不少于15日，交接期间服务水平不得降低。

第十四条 不可抗力
因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应在3日内通知对方，并在15日内提供有关证明，可根据影响程度部分或全部免除责任。不可抗力持续超过60日的，双方可协商解除合同，甲方按实际服务期限结算服务费。

第十五条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十六条 其他
1. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
2. 乙方及其人员不得向甲方工作人员提供礼品、礼金或其他不正当利益；违反的，甲方有权解除合同。
3. 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
附件：运维服务考核表、功能优化需求说明书模板。

甲方（盖章）：禾溪县民政局　　　　乙方（盖章）：湘中颐康信息技术有限公司
代表人：____________　　　　代表人：____________
日期：2025年___月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h172z05 — 螺蛳粉 maker: MES licence + custom development on the supplier's own template (many problems) — .md
# ---------------------------------------------------------------------------------------------------------------
H172Z05 = """# 智汇MES系统软件许可及实施合同

> 本合同采用广西智汇云制软件有限公司《软件许可及实施合同》标准文本（ZH-MES-2024版）。

**合同编号**：ZHYZ-MES-2025-1107

**甲方（用户）**：柳州螺香记食品有限公司

**乙方（许可方）**：广西智汇云制软件有限公司

甲方为提升螺蛳粉生产的过程管控和质量追溯能力，拟在柳阳工业园工厂部署制造执行系统（MES）。乙方同意向甲方许可使用智汇MES软件并提供定制开发和实施服务。双方经友好协商，订立本合同，共同遵守。

### 第1条 合同内容

1.1 乙方向甲方许可使用智汇MES V4标准版（单工厂），并根据甲方需求进行定制开发和实施。

1.2 定制开发范围：米粉生产线（蒸粉、挤丝、烘干、切断）数据采集与工艺参数管控；汤料包（熬汤、灌装、杀菌）配方管理与称重防错；酸笋、腐竹、花生等配料包批次管理；包装线一物一码赋码与成品追溯；与甲方金蝶ERP的物料、工单和入库接口。

1.3 具体功能以双方确认的《需求规格说明书》为准。

### 第2条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智汇MES V4标准版软件许可（单工厂，永久） | 620,000 |
| 2 | 定制开发（第1.2条所列内容） | 540,000 |
| 3 | 实施服务（蓝图设计、配置、上线支持） | 160,000 |
| 4 | 培训 | 20,000 |
| | **合计** | **1,340,000** |

合同总价为人民币壹佰叁拾肆万元整（¥1,340,000），含增值税。服务器、数据库、扫码枪、电子秤、赋码设备等硬件由甲方自行采购。

### 第3条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即¥737,000。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即¥603,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停服务。

### 第4条 实施

4.1 乙方应在收到第3.1条款项后开始实施，计划在120日内完成部署并上线运行。因甲方需求变更、硬件到位延迟或甲方配合不及时导致的延误，实施期限相应顺延。

4.2 甲方应指定项目负责人，按乙方要求提供场地、网络、硬件环境和基础数据，并确保关键用户参加培训和测试。

4.3 甲方在需求规格说明书确认后提出的变更，乙方有权另行收费。

4.4 乙方负责为甲方的生产、质检、仓储和设备管理人员提供操作培训，为甲方信息管理员提供系统管理培训，培训合计不超过8天。培训以外的现场支持按乙方人天单价另行计费。

4.5 上线条件：基础数据导入完成，关键用户完成培训，米粉线和汤料包线各试运行3个班次。是否具备上线条件由乙方判断。

### 第5条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后继续使用系统的，视为对系统功能和质量的确认，甲方不得再以系统不符合约定为由拒付款项。

### 第6条 免费维护期

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：一级故障（系统无法登录或主要功能不可用）乙方在接到报修后8小时内响应，72小时内提供解决方案；二级故障2个工作日内响应；三级故障在下一版本中处理。

6.3 乙方对故障的处理时间不作赔偿承诺，不承担因故障或处理延迟产生的任何扣款、赔偿或违约金。

6.4 因甲方操作不当、擅自修改系统、硬件或网络故障导致的问题，不属于免费维护范围。

6.5 技术支持方式为电话、在线客服和远程协助，服务时间为工作日9:00至18:00；需要现场服务的，差旅费用由甲方承担。

### 第7条 免费维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同。年度维护费按乙方当年公布的服务价格标准执行。

7.2 甲方未签订维护合同的，乙方不再提供软件升级和缺陷修复服务。

### 第8条 知识产权

8.1 智汇MES软件及其文档的著作权和其他知识产权归乙方所有。

8.2 乙方在本合同项下为甲方定制开发的程序、配方管理模块、接口、报表及其源代码，知识产权均归乙方所有。甲方获得在本工厂内使用上述成果的非独占、不可转让的许可，不得修改、反向工程或交由第三方维护。

8.3 乙方有权将定制开发成果用于其他客户或纳入乙方标准产品。

### 第9条 数据

9.1 甲方在系统中录入和产生的生产数据归甲方所有。

9.2 乙方可在去除企业名称等标识信息后，将甲方的生产工艺数据、质量检验数据和设备运行数据用于乙方产品改进、行业模型训练和行业分析。

9.3 乙方在远程维护中应采取访问控制、加密传输和操作日志等安全措施，远程连接须经甲方同意后开通。发生数据泄露等安全事件的，乙方应在知悉后24小时内通知甲方并采取补救措施；因乙方过错造成数据泄露的，乙方承担相应赔偿责任，但受第12条限制。

### 第10条 保密

双方对在履行本合同过程中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但第9.2条约定的使用除外。保密期限为合同终止后两年。

### 第11条 违约责任

11.1 因乙方原因未能按第4.1条约定期限上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 甲方违反第8条约定使用定制成果的，应赔偿乙方全部损失。

### 第12条 责任限制

12.1 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的25%。

12.2 乙方不承担任何间接损失，包括但不限于停产、产品召回、利润损失和商誉损失。

### 第13条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。因甲方原因解除合同的，已付款项不予退还。

### 第14条 不可抗力

因不可抗力、政府行为、网络运营商故障、第三方软硬件缺陷等非乙方所能控制的原因导致乙方未能履行或延迟履行的，乙方不承担责任。

### 第15条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地（南宁市）人民法院提起诉讼。

### 第16条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 附件：需求规格说明书（上线前确认）。

甲方（盖章）：柳州螺香记食品有限公司　　　　乙方（盖章）：广西智汇云制软件有限公司

日期：______年___月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h172e01 — Danyang spectacle-lens maker: lens-design software perpetual licence + configuration + support;
#           vendor on Inishark, Irish house style — .pdf, "Clause N"
# ---------------------------------------------------------------------------------------------------------------
H172E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:THIS AGREEMENT is made on the ____ day of ____________ 2025
P:BETWEEN:
P:(1) INISHARK OPTICAL SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland (registered number 712946), having its registered office at The Old Schoolhouse, Inishark, County Galway, Ireland (the "Licensor"); and
P:(2) DANYANG JINGHONG OPTICAL CO., LTD., a company incorporated in the People's Republic of China, having its registered office at Jinling West Road, Danyang, Jiangsu Province (the "Licensee").
P:BACKGROUND: (A) The Licensor develops and licenses the LensForm freeform lens-design software. (B) The Licensee manufactures spectacle lenses in Danyang and wishes to license LensForm, have it configured for its prescription laboratory and receive support. (C) At the Licensee's request, all prices are stated and paid in Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the PRC; "Customer Data" means all lens designs, prescription and order data, production parameters, measurement results and other data supplied by or for the Licensee or generated by the Software for the Licensee; "Go-Live" means the first day on which the configured Software is used to release production jobs on all four connected machine models; "Software" means LensForm Designer 7 and the modules listed in Schedule 1, in object code form, together with the updates supplied under this Agreement.
P:1.2 Clause headings do not affect interpretation.
H:Clause 2 Licence
P:2.1 The Licensor grants to the Licensee a perpetual, irrevocable (save under Clause 14.2), non-exclusive and non-transferable licence to install and use the Software for six concurrent users at the Licensee's premises in Danyang, for the Licensee's internal business.
P:2.2 The Licensee shall not sub-license or resell the Software, and may make the copies needed for back-up. The licence keys are not time-limited and the Software contains no remote-disabling mechanism.
H:Clause 3 Charges and Payment
P:3.1 The charges are as follows (CNY):
TB:Item|Quantity|Unit price|Amount
TB:LensForm Designer 7, perpetual concurrent-user licence|6|148,000|888,000
TB:Generator and polisher interface modules, perpetual|4|36,500|146,000
TB:Licence Fee (subtotal)|||1,034,000
TB:Configuration Services, fixed price|||286,000
TB:Training, two courses in Danyang|||32,000
TB:Total Contract Price|||1,352,000
P:3.2 The Total Contract Price is fixed and includes travel and all taxes for which the Licensor is liable. The Licensee may withhold any tax that PRC law requires it to withhold.
P:3.3 The Total Contract Price shall be paid in three instalments: (a) 20% (CNY 270,400) within 30 days after signature of this Agreement; (b) 45% (CNY 608,400) within 30 days after Go-Live; and (c) 35% (CNY 473,200) within 30 days after Final Acceptance. Each instalment is payable against a valid invoice.
H:Clause 4 Delivery and Configuration
P:4.1 The Licensor shall install the Software and licence keys on the Licensee's servers in Danyang within 15 days after signature.
P:4.2 The Configuration Services comprise: (a) import of the Licensee's lens catalogue of about 2,400 items; (b) set-up of design parameters for single-vision, progressive and myopia-control designs; (c) interfaces with the Licensee's freeform generators and polishers of four machine models; and (d) an interface with the Licensee's laboratory management system for order import and the return of job files.
P:4.3 The Licensor shall achieve Go-Live within 100 days after signature.
P:4.4 If Go-Live is delayed for reasons attributable to the Licensor, the Licensor shall pay the Licensee liquidated damages of 0.08% of the Total Contract Price for each day of delay, up to a maximum of 8% of the Total Contract Price. The parties agree that this amount is a genuine pre-estimate of the Licensee's loss and not a penalty.
H:Clause 5 Project Management
P:5.1 The Licensee shall give the Licensor's engineers reasonable access to its premises, servers and machines and make its key users available for testing.
H:Clause 6 Acceptance
P:6.1 After Go-Live the parties shall carry out the Acceptance Tests set out in Schedule 2, which include: (a) reproduction of fifty reference designs with a surface deviation of no more than 0.5 micrometres from the Licensor's reference files; (b) processing of job files on each of the four machine models, with the finished lenses within the power tolerances of ISO 8980-2; (c) import and return of five hundred consecutive orders through the laboratory interface without manual correction; and (d) twenty consecutive production days without a Severity 1 fault.
P:6.2 Within ten Business Days after the Acceptance Tests have been passed, the Licensee shall issue a Final Acceptance Certificate. Failed tests shall be remedied and repeated at the Licensor's cost.
P:6.3 Neither Go-Live, nor use of the Software in production, nor any payment constitutes acceptance.
H:Clause 7 Warranty
P:7.1 For a Warranty Period of eighteen months from Final Acceptance, the Licensor warrants that the Software will perform materially in accordance with its documentation and the specification in Schedule 1. During the Warranty Period the Licensor shall correct defects, supply all updates and new versions it releases and provide the support described in Clause 8, in each case free of charge.
H:Clause 8 Support and Service Levels
P:8.1 Faults are classified as follows: Severity 1 means that lens design or job-file generation is stopped for all users or for a production line; Severity 2 means that a function is impaired but production continues; Severity 3 means any other fault or a request for information.
P:8.2 The Licensor shall respond to a Severity 1 fault within 2 hours at any time, and shall provide a workaround within 12 hours and a permanent correction within 5 Business Days. Severity 2 faults shall receive a response within 8 business hours and Severity 3 faults within 2 Business Days.
P:8.3 For each hour by which the response to a Severity 1 fault is late, the Licensor shall credit the Licensee CNY 1,000 against the next amount payable to the Licensor, or pay that sum within 30 days where no amount falls due.
P:8.4 After the Warranty Period, the Licensee may purchase annual support covering the same services. The Annual Support Fee is 11.5% of the Licence Fee, namely CNY 118,910 per year, fixed for the first three support years. Any later increase shall be agreed in writing and shall not exceed 3% per year. Support is renewed each year only by the Licensee's purchase order; there is no automatic renewal.
H:Clause 9 Intellectual Property
P:9.1 The Software and all intellectual property rights in it remain the property of the Licensor.
P:9.2 All configuration files, lens parameter sets, interface scripts and documentation created by the Licensor specifically for the Licensee under the Configuration Services belong to the Licensee from creation, and the Licensor hereby assigns all rights in them to the Licensee. The Licensee may use, modify and license them freely and may engage a third party to maintain them.
H:Clause 10 Customer Data and Security
P:10.1 Customer Data belongs to the Licensee. The Licensor shall use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:10.2 The Software is installed on the Licensee's servers in Danyang and Customer Data shall not be transferred outside mainland China. Remote support shall be given only through a remote session opened and supervised by the Licensee for each fault, and the Licensor's staff shall view, not download, Customer Data.
P:10.3 The Licensor shall comply with the PRC Personal Information Protection Law and Data Security Law and supply security patches promptly.
P:10.4 The Licensor shall notify the Licensee of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall co-operate in its investigation and remedy, and shall bear the costs and losses caused by its breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all confidential information of the other party, including the Licensee's lens designs, customer lists and prices, and shall use it only for the purposes of this Agreement. This obligation continues for five years after termination.
H:Clause 12 Limitation of Liability
P:12.1 The total liability of each party under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 150% of the Total Contract Price.
P:12.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clauses 10 and 11.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Licensor shall not subcontract any of its obligations without the prior written consent of the Licensee, and remains responsible for any subcontractor so approved. Neither party may assign this Agreement without the other party's prior written consent.
H:Clause 14 Term and Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice, or if the other party becomes insolvent, enters examinership, liquidation or a similar process.
P:14.2 If the Licensee terminates for the Licensor's breach before Final Acceptance, the Licensor shall refund the amounts paid. The licence survives any termination after Final Acceptance, unless the Licensee has failed to pay the Licence Fee.
H:Clause 15 Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:16.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 17 General
P:17.1 This Agreement, with its Schedules, is the entire agreement between the parties. Any variation must be in writing and signed by both parties.
P:Schedule 1: Software and modules (LensForm Designer 7; generator and polisher interface modules for the four machine models named in it; specification). Schedule 2: Acceptance Tests.
P:SIGNED by a director for and on behalf of INISHARK OPTICAL SOFTWARE LIMITED: ____________________
P:SIGNED by the legal representative for and on behalf of DANYANG JINGHONG OPTICAL CO., LTD.: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h172e02 — Hulunbuir horse-riding camp: booking SaaS, Order Form + General Terms; vendor on Lindwerder, German
#           house style — .txt, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H172E02 = """ORDER FORM No. LW-2025-0318
RideBook Pro - Subscription Order

Supplier: Lindwerder Buchungssysteme GmbH, Lindwerder 3, 14109 Berlin, Germany
Commercial register: Local Court (Amtsgericht) Berlin-Charlottenburg, HRB 231877 B
Managing Directors: Dr. Henrike Aumann, Jonas Kessler
(hereinafter "Lindwerder")

Customer: Hulunbuir Morgen Steppe Equestrian Tourism Co., Ltd.
Address: Bayan Kuren Road, Hailar District, Hulunbuir, Inner Mongolia, People's Republic of China
(hereinafter "Customer")

1. Service
RideBook Pro, the booking and operations platform for riding camps, with the following modules: online booking through a WeChat mini program and a web booking page; horse, guide and trail scheduling with conflict detection; yurt accommodation booking; rider profiles with skill level, waivers and emergency contacts; payment integration with WeChat Pay and Alipay through the Customer's own merchant accounts; channel manager for two online travel agencies; daily operations board and reports.

2. Hosting
The platform is operated for the Customer on Alibaba Cloud in the mainland China (Beijing) region. Alibaba Cloud is approved by the Customer by signing this Order Form as Lindwerder's hosting sub-processor.

3. Subscription Term
36 months from the date of Go-Live Acceptance (§ 4).

4. Fees (in CNY at the Customer's request)
   Subscription fee: CNY 9,800 per month x 36 months = CNY 352,800
   Onboarding and configuration (one-time) = CNY 46,500
   Total fixed fees for the Subscription Term = CNY 399,300
   SMS notifications above 20,000 per season: CNY 0.06 per message, invoiced monthly according to use.

5. Invoicing
The subscription fee is invoiced monthly in arrears. The onboarding fee is invoiced after Go-Live Acceptance. No advance payment is payable.

6. Go-Live Date
Go-Live Acceptance no later than 15 May 2026, before the start of the riding season.

7. Incorporated terms
This Order Form is governed by the General Terms and Conditions of Lindwerder Buchungssysteme GmbH for RideBook Pro (Version 2025-03) printed below. In case of conflict, this Order Form prevails.

Berlin / Hailar, __________ 2025
For Lindwerder: ____________________    For the Customer: ____________________


GENERAL TERMS AND CONDITIONS FOR RIDEBOOK PRO (Version 2025-03)

§ 1 Scope
(1) These General Terms and Conditions ("GTC") apply to all contracts under which Lindwerder provides RideBook Pro as software as a service.
(2) Conflicting or deviating terms of the Customer apply only if Lindwerder has expressly agreed to them in writing.

§ 2 Subject Matter of the Contract
(1) Lindwerder provides the Customer with the functions described in the Order Form over the internet for the Subscription Term and carries out the onboarding described in § 4.
(2) Lindwerder may further develop the platform, provided that the agreed functions are not materially reduced.

§ 3 Term and Renewal
(1) The contract begins on signature of the Order Form. The Subscription Term is set out in the Order Form.
(2) After the Subscription Term, the contract is extended automatically by successive periods of one year unless either party gives notice of termination in text form at least three months before the end of the current period.
(3) Lindwerder may increase the subscription fee for each renewal period by up to 6 percent by giving notice in text form at least two months before the renewal period begins. The Customer may avoid the increase only by giving notice of termination under paragraph (2).

§ 4 Onboarding and Go-Live Acceptance
(1) Lindwerder configures the platform on the basis of the Customer's horse list, trail catalogue, price list and yurt inventory, imports up to 1,800 existing client records and sets up the mini program and payment integration.
(2) Go-Live Acceptance takes place on the basis of a joint acceptance test. The test is passed when (a) 200 test bookings across all channels, including payment and full and partial refund, are processed correctly; (b) double bookings of horses, guides and yurts are reliably blocked; (c) the imported client records match the source file; and (d) the functions listed in the Order Form have been demonstrated.
(3) The Customer declares acceptance in text form within ten working days after passing the test. Productive use of the platform before that declaration does not constitute acceptance.
(4) If Go-Live Acceptance is not achieved by the Go-Live Date for reasons for which Lindwerder is responsible, Lindwerder pays a contractual penalty of CNY 300 for each calendar day of delay, up to a maximum of CNY 30,000. Further claims for damages remain unaffected; the penalty is credited against them.

§ 5 Availability, Support and Service Credits
(1) Lindwerder guarantees an availability of the platform of 99.95 percent per calendar month, measured at the exit of the data centre. Planned maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time is not counted as downtime.
(2) Faults are classified as Priority 1 (booking or payment not possible for all users), Priority 2 (a module is impaired) and Priority 3 (other faults). Lindwerder responds to Priority 1 faults within 1 hour at any time, to Priority 2 faults within 8 hours and to Priority 3 faults within two working days. Support is available in English and Chinese.
(3) If the availability in a calendar month falls below the guaranteed value, the Customer receives a credit of 5 percent of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to the full monthly fee. If the response time for a Priority 1 fault is exceeded, the Customer receives a credit of CNY 500 for each started hour.

§ 6 Customer Data and Data Protection
(1) All data entered into the platform by or for the Customer, including client and booking data ("Customer Data"), remain the property of the Customer. Lindwerder processes Customer Data solely to provide the services and only on the documented instructions of the Customer.
(2) Customer Data are stored and processed only in the mainland China region named in the Order Form and are not transferred outside mainland China.
(3) Lindwerder maintains technical and organisational measures appropriate to the risk, in particular encryption in transit and at rest, role-based access control, logging of administrative access, daily back-ups and an annual penetration test, and holds an ISO/IEC 27001 certificate.
(4) Lindwerder notifies the Customer of any personal data breach or other security incident affecting Customer Data without undue delay and in any event within 24 hours, supports the Customer in meeting its obligations under the Personal Information Protection Law of the PRC and bears the damage caused by its breach of this § 6.
(5) At the end of the contract, Lindwerder makes the Customer Data available for export in a common format for 30 days and then deletes them.

§ 7 Rights of Use and Intellectual Property
(1) All rights in the platform remain with Lindwerder. The Customer receives a non-exclusive right, limited to the Subscription Term, to use the platform for its own business.
(2) Booking-page designs, templates, texts, images and configurations created for the Customer belong to the Customer. The Customer may use, change and pass them on to third parties without restriction, also after the end of the contract.

§ 8 Confidentiality
(1) The parties shall keep confidential all business and trade secrets of the other party that become known to them in the course of the contract, and shall use them only for the purpose of the contract.
(2) This obligation continues for three years after the end of the contract.

§ 9 Sub-processors and Subcontractors
(1) Lindwerder uses the hosting sub-processor named in the Order Form.
(2) Lindwerder will engage any further sub-processor or subcontractor only with the prior written consent of the Customer. Lindwerder remains responsible for the performance of its sub-processors and subcontractors.

§ 10 Liability
(1) Lindwerder is liable without limitation for intent and gross negligence and for injury to life, body or health.
(2) In case of slight negligence, Lindwerder is liable only for the breach of an essential contractual obligation, that is an obligation whose fulfilment makes the proper performance of the contract possible in the first place and on whose fulfilment the Customer may regularly rely, and only for the typical, foreseeable damage.
(3) In the cases of paragraph (2), the total liability of Lindwerder under this contract is limited to CNY 100,000.

§ 11 Termination
(1) Ordinary termination during the Subscription Term is excluded.
(2) The right of each party to terminate the contract for good cause without notice remains unaffected. Good cause for the Customer exists in particular if Lindwerder commits a material breach of contract and does not remedy it within 14 days after a written warning, or if the availability falls below 99 percent in two consecutive months.
(3) Notice of termination must be given in text form.

§ 12 Fees and Payment
(1) The fees are set out in the Order Form and are stated in CNY at the Customer's request. Invoices are payable within 30 days after receipt.
(2) Taxes and withholding that PRC law requires the Customer to deduct may be deducted; the Customer provides the tax certificates.

§ 13 Governing Law and Place of Jurisdiction
(1) The contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising out of or in connection with the contract is Berlin, Germany.

§ 14 Final Provisions
(1) Amendments and supplements to the contract must be made in writing. This also applies to any waiver of this written-form requirement.
(2) Should any provision of the contract be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision by a valid provision that comes closest to its economic purpose.
"""

# ---------------------------------------------------------------------------------------------------------------
# h172e03 — Changdao scallop farm: current meters + maintenance; integrator on the Île de Costaérès (French);
#           buyer's paper — .docx, "Article N", Word price table + severity table
# ---------------------------------------------------------------------------------------------------------------
H172E03 = """
T:Contract for the Supply, Installation and Maintenance of Ocean Current Measurement Equipment
P:Contract No. CDHX-EQ-2025-009
P:Buyer: Changdao Haixing Scallop Aquaculture Co., Ltd., Changdao County, Yantai, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Costaérès Océan Instruments SAS, a French simplified joint-stock company, registered office at Île de Costaérès, 22730 Trégastel, France (the "Supplier")
P:The Buyer operates longline and lantern-net scallop culture areas in the waters north of Changdao and needs continuous current measurements to plan stocking density, harvesting and the safety of its moorings. Following the Buyer's tender, the parties agree as follows. This Contract is issued on the Buyer's standard terms.
H:Article 1 Subject Matter
P:1.1 The Supplier shall supply, deliver, install, commission and maintain a current measurement network comprising six moored acoustic Doppler current profilers (ADCPs) in trawl-resistant frames, ten single-point electromagnetic current meters, eight surface buoys with BeiDou and 4G telemetry, the associated moorings and anchors, and a perpetual licence of the shore data software, together with installation, calibration and training.
P:1.2 The technical specification in Annex 1 and the station layout in Annex 2 form part of this Contract.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 2,200,000, fixed, delivered duty paid (DDP) at the Buyer's base in Changdao (Incoterms 2020), including import duties, VAT, transport, insurance and all services described in this Contract, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ADCP 600 kHz with trawl-resistant seabed frame|6|168,000|1,008,000
TB:2|Single-point electromagnetic current meter|10|46,800|468,000
TB:3|Surface buoy with BeiDou/4G telemetry|8|38,500|308,000
TB:4|Mooring line, anchor and release set|16|7,250|116,000
TB:5|Shore data software, perpetual licence|1|96,000|96,000
TB:|Equipment and Licence Subtotal|||1,996,000
TB:6|Installation and deployment at sea|1|148,000|148,000
TB:7|Calibration and commissioning|1|38,000|38,000
TB:8|Training (operators and technicians)|1|18,000|18,000
TB:|Contract Price|||2,200,000
H:Article 3 Payment
P:3.1 The Buyer shall pay the Contract Price in CNY as follows: (a) 10% (CNY 220,000) within 15 working days after signature, against an advance payment guarantee issued by a bank in China for the same amount; (b) 55% (CNY 1,210,000) within 15 working days after delivery of all equipment to the Buyer's base and joint inspection of quantities; delivery and inspection do not constitute acceptance; (c) 35% (CNY 770,000) within 15 working days after Final Acceptance under Article 6.
P:3.2 Each payment is subject to a valid invoice. The Buyer may set off any liquidated damages or service deductions due under this Contract against any payment.
H:Article 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the Buyer's base in Changdao within 75 days after signature, with the certificates of origin, factory calibration certificates and packing lists.
P:4.2 Risk passes to the Buyer on signature of the delivery note at the Buyer's base.
H:Article 5 Installation
P:5.1 The Supplier shall install the moorings and instruments at the stations shown in Annex 2 within 30 days after delivery, weather permitting. The Buyer provides two work boats with crews; the Supplier provides the installation team, divers' equipment checks and all tools.
P:5.2 The Supplier shall observe the Buyer's safety rules at sea and shall not interfere with the Buyer's culture lines. Any damage to culture lines caused by the Supplier's team shall be made good at the Supplier's cost.
H:Article 6 Acceptance
P:6.1 After installation, the network runs for a trial period of 30 consecutive days. Final Acceptance requires that: (a) the velocity readings of each instrument agree with the reference current meter used by the Buyer's inspector within ±1% of the measured value ±0.5 cm/s; (b) no station has a gap in its recorded data longer than two hours, other than gaps caused by events under Article 16; (c) the telemetry delivers each ten-minute data set to the shore software within five minutes; and (d) the shore software functions listed in Annex 1 (current maps, alarms, export, user management) have been demonstrated.
P:6.2 If the criteria are met, the Buyer signs the Final Acceptance Certificate within 7 working days. Otherwise the Supplier shall remedy the defects at its own cost within 15 days and the trial period is repeated. Installation, use of the data or any payment does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment or software free of charge, including parts, labour, travel and vessel time, and shall supply all software updates.
P:7.2 Equipment lost at sea because of a defect of the mooring or release supplied by the Supplier shall be replaced free of charge.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the warranty period, the Supplier shall, if the Buyer so orders, provide annual maintenance: two recovery-and-redeployment campaigns per year with cleaning of biofouling, replacement of batteries and anodes, recalibration of all instruments, software updates and the support described in Article 9.
P:8.2 The annual maintenance fee is 9.5% of the Equipment and Licence Subtotal, namely CNY 189,620 per year, fixed for the first three maintenance years, including batteries, anodes and calibration.
P:8.3 Maintenance is ordered by the Buyer in writing for each maintenance year separately and is not renewed automatically.
H:Article 9 Service Levels
P:9.1 During the warranty period and any maintenance year, the Supplier shall meet the following service levels:
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Loss of data from more than one station, or failure of the shore software|2 hours|48 hours (weather permitting)|72 hours
TB:Severity 2|Loss of data from one station|8 hours|5 days (weather permitting)|7 days
TB:Severity 3|Other faults and questions|1 working day|as agreed|as agreed
P:9.2 For each hour by which the response to a Severity 1 fault is late, the Supplier shall pay CNY 800; for each day by which a restoration time is exceeded, the Supplier shall pay CNY 1,500. Days on which the Buyer's harbour office prohibits small craft from sailing are excluded.
H:Article 10 Data and Security
P:10.1 All measurement data, station positions and farm information are the property of the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, publish or transfer them to any third party.
P:10.2 The shore software is installed on the Buyer's server in Changdao. The data shall not be transferred outside the People's Republic of China. Remote access by the Supplier is allowed only with the Buyer's approval for each session, through the account provided by the Buyer, and is logged.
P:10.3 The Supplier shall keep the software and telemetry free of malicious code, change all default passwords before commissioning and supply security patches. The Supplier shall notify the Buyer within 12 hours of any security incident affecting the data or the system, shall cooperate in remedying it and shall compensate the Buyer for all losses caused by its breach of this Article.
H:Article 11 Intellectual Property
P:11.1 The mooring designs, station configuration, alarm rules, report templates and any scripts prepared by the Supplier for this project belong to the Buyer, which may use, modify and license them freely.
P:11.2 The intellectual property in the shore data software and in the instrument firmware remains with the Supplier or its licensors; the Buyer receives a perpetual licence to use them with the equipment.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it without prior written consent, during the Contract and for five years after its end.
H:Article 13 Liquidated Damages
P:13.1 If the Supplier fails to deliver the equipment or to complete the installation within the periods in Articles 4 and 5, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 If the network fails Final Acceptance twice, the Buyer may reject the equipment, terminate the Contract and recover all amounts paid, in addition to damages.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for the work of any approved subcontractor.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under Article 13.1 reach their maximum.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for failure caused by force majeure, including typhoons, sea ice and storms exceeding the design conditions in Annex 1, provided that it notifies the other party within 3 days. Ordinary bad weather in the Bohai Strait is not force majeure, but the periods for work at sea are extended by the days on which sailing is prohibited.
H:Article 17 Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.
H:Article 18 Miscellaneous
P:18.1 This Contract is made in English and Chinese; both versions have equal force. It takes effect on signature by both parties.
P:Annex 1: Technical specification. Annex 2: Station layout.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h172e04 — Tianjin design agency: managed IT + desktop support; provider on Oronsay, Scottish house style — .txt,
#           "N. HEADING"
# ---------------------------------------------------------------------------------------------------------------
H172E04 = """MANAGED IT SERVICES AGREEMENT

between

ORONSAY MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC748215) and having its registered office at Oronsay Farmhouse, Isle of Oronsay, Argyll, Scotland (the "Provider")

and

TIANJIN HAIHE LANTERN DESIGN CO., LTD., a company incorporated in the People's Republic of China and having its registered office at Chifeng Road, Heping District, Tianjin (the "Customer")

WHEREAS the Customer, an architectural and interior design agency with about eighty staff, wishes to outsource the operation and support of its IT environment, and the Provider has agreed to provide the Services on the terms of this Agreement; and the parties have agreed that all Charges are stated and paid in CNY at the Customer's request;

NOW THEREFORE the parties have agreed and do hereby agree as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Day" means a day on which banks are open for business in Tianjin; "Charges" means the Transition Charge and the Monthly Charges set out in Clause 6; "Customer Data" means all data, files and information of the Customer or its clients that the Provider has access to, including design drawings, renderings, models, client briefs and personal information of staff; "Incident" means an unplanned interruption or degradation of an IT service; "Service Commencement Date" means the date of Transition Acceptance under Clause 4; "Services" means the services described in Schedule 1; "Term" means the period set out in Clause 2.

1.2 Headings are for convenience only.

2. COMMENCEMENT AND TERM

2.1 This Agreement commences on the date of its execution by both parties. The Services shall be provided for a Term of twenty-four months from the Service Commencement Date.

2.2 The Term may be extended only by written agreement signed by both parties. There is no automatic renewal.

3. THE SERVICES

3.1 The Provider shall provide the Services described in Schedule 1, namely: (a) a service desk in Mandarin and English from 08:00 to 20:00 Beijing time on Business Days, with an out-of-hours telephone line for Priority 1 Incidents; (b) desktop support for about 80 Windows and macOS workstations and laptops, including installation and licence management of the Customer's design software; (c) on-site support at the Customer's office in Tianjin on two days each week and on call for Priority 1 Incidents; (d) management of the network, Wi-Fi and firewall; (e) management of the file servers and network-attached storage holding the Customer's project files, and of back-ups; (f) endpoint protection and monthly patching; (g) asset and licence registers; and (h) monthly service reports and a quarterly service review.

3.2 The Provider shall perform the Services with the skill, care and diligence of a competent provider of managed IT services and in accordance with good industry practice.

4. TRANSITION

4.1 The Provider shall carry out the transition in accordance with the Transition Plan in Schedule 3 within 45 days after the commencement of this Agreement.

4.2 Transition Acceptance is achieved when: (a) the asset register is complete and reconciled with a physical check of every device; (b) monitoring is live on all servers, network devices and workstations; (c) a full back-up of the project file store has been taken and a test restore of three complete projects chosen by the Customer has succeeded; (d) administrator passwords have been changed and recorded in the Customer's password vault; and (e) the operating documentation has been delivered. The Customer shall confirm Transition Acceptance in writing within five Business Days after the Provider demonstrates that these criteria are met, or shall state which criteria are not met.

4.3 The start of the Services, or the Customer's use of them, does not constitute Transition Acceptance.

4.4 If Transition Acceptance is not achieved within 45 days after the commencement of this Agreement for reasons attributable to the Provider, the Provider shall pay to the Customer CNY 800 for each day of delay, up to a maximum of CNY 40,000.

5. SERVICE LEVELS

5.1 The Provider shall use all reasonable endeavours to meet the service levels set out below and in Schedule 2:

   Priority 1 (office-wide outage, file server or storage unavailable, suspected ransomware): response within 30 minutes; resolution target 6 hours.
   Priority 2 (a group of users or a key application affected): response within 2 hours; resolution target one Business Day.
   Priority 3 (a single user affected): response within one Business Day; resolution target three Business Days.
   Service requests (new starters, software installation): completion within three Business Days.

5.2 The Provider shall report its performance against the service levels in the monthly service report.

5.3 The service levels are targets. Failure to meet a service level shall not entitle the Customer to any service credit, reduction of the Charges or damages, but repeated failures shall be discussed at the quarterly service review, and the Provider shall prepare a remediation plan if the Customer so requests.

6. CHARGES AND PAYMENT

6.1 The Charges are:

   Transition Charge (one-time): CNY 56,000
   Monthly Charge: CNY 42,500 x 24 months = CNY 1,020,000
   Total Charges over the Term: CNY 1,076,000

6.2 The Transition Charge shall be invoiced upon Transition Acceptance. The Monthly Charge shall be invoiced monthly in arrears. No payment is due in advance. Invoices are payable within 30 days after receipt.

6.3 The Charges include all travel, tools and software used by the Provider to deliver the Services, but not hardware, software licences or spare parts purchased for the Customer, which the Provider shall procure only on the Customer's written order at the prices quoted in that order.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data is and shall remain the property of the Customer. The Provider shall process Customer Data only for the purpose of providing the Services and in accordance with the Customer's instructions.

7.2 Customer Data shall be stored only on the Customer's premises and in the Customer's cloud tenancy in mainland China. The Provider shall not copy Customer Data to any other system. Remote administrative access from outwith the People's Republic of China requires the Customer's prior written approval in each case, is made only through the Customer's privileged access gateway and is logged.

7.3 The Provider shall implement and maintain appropriate technical and organisational measures to protect Customer Data, including multi-factor authentication for all administrator accounts, least-privilege access, encryption of back-ups and laptops, and vetting and confidentiality undertakings for its personnel, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7.4 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within 24 hours after becoming aware of it, shall take all necessary steps to contain and remedy it and shall be liable for all losses suffered by the Customer as a result of the Provider's breach of this Clause 7.

8. INTELLECTUAL PROPERTY

8.1 All scripts, configurations, runbooks, network diagrams and other documentation created by the Provider for the Customer under this Agreement shall belong to the Customer upon creation, and the Customer may use, modify and license them without restriction.

8.2 The Provider's pre-existing monitoring and management tools remain the property of the Provider.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all information of the other party received in connection with this Agreement, including the Customer's designs and client information, and shall not disclose it to any third party without the prior written consent of the other party, except as required by law. This obligation shall survive termination of this Agreement for five years.

10. SUBCONTRACTING

10.1 The Provider may subcontract the on-site desktop support and the repair of hardware to a local partner in Tianjin, provided that it notifies the Customer in writing of the identity of the partner before the partner starts work. The Provider shall remain responsible for all acts and omissions of its subcontractors.

11. LIABILITY

11.1 Nothing in this Agreement limits or excludes liability for death or personal injury caused by negligence or for fraud.

11.2 Subject to Clause 11.1, the aggregate liability of the Provider under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed 150 per cent of the Total Charges over the Term, provided that liability under Clauses 7 and 9 shall not be limited.

12. TERMINATION

12.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach of this Agreement which is not remedied within 30 days after written notice requiring it to be remedied.

12.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent, has an administrator, receiver or liquidator appointed, or has its estate sequestrated, or if any analogous event occurs in any jurisdiction.

13. EXIT

13.1 On expiry or termination, the Provider shall co-operate with the Customer and any replacement provider for up to 60 days, shall hand over all Customer Data, passwords, documentation and registers, and shall then securely delete any Customer Data remaining in its possession and confirm this in writing.

14. GENERAL

14.1 This Agreement, with its Schedules, constitutes the entire agreement between the parties. No variation shall be effective unless made in writing and signed by both parties.

14.2 Any notice shall be in writing and delivered by hand, by courier or by email to the addresses given above.

15. GOVERNING LAW AND JURISDICTION

15.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

15.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

Schedule 1 (Services), Schedule 2 (Service Levels) and Schedule 3 (Transition Plan) are annexed and executed as relative hereto.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedules annexed are executed as follows:

Subscribed for and on behalf of ORONSAY MANAGED SERVICES LIMITED at ______________ on ______________ 2025 by ____________________ (Director) before this witness ____________________

Subscribed for and on behalf of TIANJIN HAIHE LANTERN DESIGN CO., LTD. at Tianjin on ______________ 2025 by ____________________ (Legal Representative)
"""

# ---------------------------------------------------------------------------------------------------------------
# h172e05 — Qianxi chestnut exporter: shipping-document API subscription + integration; vendor on the Isola di
#           San Pietro, Italian house style — .md, "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H172E05 = """# SUBSCRIPTION AND INTEGRATION AGREEMENT – TRADEDOCS API

**between**

**San Pietro Trade Docs S.r.l.**, with registered office in Via Cristoforo Colombo 27, 09014 Carloforte (SU), Isola di San Pietro, Italy, VAT number IT03918270926, in the person of its legal representative *pro tempore* (hereinafter the "**Provider**")

**and**

**Hebei Qianxi Yanshan Chestnut Export Co., Ltd.**, with registered office in Qianxi County, Tangshan, Hebei Province, People's Republic of China, in the person of its legal representative (hereinafter the "**Customer**")

(the Provider and the Customer, jointly, the "**Parties**")

## Premises

(a) The Provider operates TradeDocs, an application programming interface (API) service for the preparation, validation and exchange of export shipping documents.

(b) The Customer exports fresh and roasted chestnuts from Qianxi to customers in Japan, Korea, Southeast Asia and the European Union, and intends to generate its shipping documents automatically from its ERP system.

(c) At the Customer's request, all amounts under this Agreement are expressed and paid in Chinese Renminbi (CNY).

The premises form an integral part of this Agreement.

## Art. 1 (Definitions)

1.1 "**Customer Data**": all data transmitted by or for the Customer to the Services or generated by the Services for the Customer, including orders, consignee and consignor data, product and lot data, HS codes, container and vessel data, and the documents generated.

1.2 "**Document Set**": the documents generated for one shipment (commercial invoice, packing list, certificate of origin application data, phytosanitary pre-declaration data, shipping instructions for the bill of lading).

1.3 "**Integration Acceptance**": the written acceptance of the integration services under Art. 6.

1.4 "**Subscription Year**": the year beginning on the date of Integration Acceptance, and each following year beginning on an anniversary of that date.

## Art. 2 (Object)

2.1 The Provider grants the Customer access to the TradeDocs API for the Subscription Term, including up to 6,000 Document Sets per Subscription Year, validation of documents against the requirements of the destination markets, and electronic signature of the documents.

2.2 The Provider carries out the integration services: connection of the Customer's ERP system (orders, lots, invoices) to the API; mapping of the Customer's product master data (fresh chestnuts, roasted and peeled chestnuts, in their package types) to HS codes and certificate templates; connection to the systems of the Customer's two freight forwarders for shipping instructions; and training of the Customer's export staff.

## Art. 3 (Duration and renewal)

3.1 The subscription has a duration of two Subscription Years from Integration Acceptance (the "**Subscription Term**").

3.2 On expiry, the subscription is tacitly renewed for further periods of one year at the same fees and on the same conditions, unless either Party gives notice of cancellation by registered letter or certified e-mail at least 60 days before expiry. Any change to the fees for a renewal period requires a written amendment signed by both Parties.

## Art. 4 (Fees)

4.1 The fees are the following:

| Item | Amount (CNY) |
|---|---|
| API subscription, first Subscription Year (up to 6,000 Document Sets) | 168,000 |
| API subscription, second Subscription Year (up to 6,000 Document Sets) | 168,000 |
| Integration services, fixed price | 124,000 |
| **Total** | **460,000** |

4.2 Document Sets above 6,000 in a Subscription Year are charged at CNY 9 each, invoiced quarterly according to use.

4.3 The fees include all taxes for which the Provider is liable. Any tax that PRC law requires the Customer to withhold may be withheld.

## Art. 5 (Invoicing and payment)

5.1 The subscription fee for each Subscription Year is invoiced in advance. The fee for the first Subscription Year is invoiced upon signature of this Agreement and is payable within 15 days after the invoice date; the fee for the second Subscription Year is invoiced at its start.

5.2 The integration fee is invoiced in full upon Integration Acceptance and is payable within 30 days.

## Art. 6 (Integration and acceptance)

6.1 The Provider completes the integration services within 60 days after signature, in accordance with the project plan agreed at the kick-off meeting.

6.2 Integration Acceptance requires that: (a) the Document Sets of thirty historical shipments chosen by the Customer, regenerated through the API, match the documents actually issued, field by field; (b) fifty live shipments are processed end to end from the ERP order to the forwarder's shipping instructions without manual re-keying; (c) the validation rules reject the test errors listed in Annex 2; and (d) the Customer's export staff have been trained.

6.3 The Customer gives or refuses Integration Acceptance in writing within ten working days after the Provider's notice of readiness. Productive use of the API does not constitute acceptance.

6.4 If Integration Acceptance is delayed beyond the period in Art. 6.1 for reasons attributable to the Provider, the Provider pays the Customer a penalty of CNY 350 for each day of delay, up to CNY 25,000.

## Art. 7 (Service levels)

7.1 The Provider guarantees a monthly availability of the production API of 99.95%, excluding maintenance announced at least 72 hours in advance and carried out between 00:00 and 04:00 Central European Time.

7.2 Priority 1 incidents (API unavailable, or documents generated with wrong data) receive a response within 1 hour, at any time; Priority 2 incidents within 8 hours; other requests within two working days.

7.3 If the monthly availability falls below the guaranteed level, the Customer receives a credit of 5% of one twelfth of the annual subscription fee for availability between 99.5% and the guaranteed level, 10% between 99% and 99.5%, and 25% below 99%. Credits are set off against the next invoice.

## Art. 8 (Customer Data)

8.1 Customer Data belong to the Customer. The Provider processes them to provide the Services.

8.2 The Customer grants the Provider a perpetual, royalty-free licence to use anonymised and aggregated data derived from Customer Data, such as product categories, HS codes, volumes, ports, trade lanes and transit times, to produce trade statistics and market-intelligence products and to improve the Services. This licence survives the termination of this Agreement.

8.3 At the end of the Agreement the Provider returns the Customer Data in a common format and then deletes them, except for the data under Art. 8.2.

## Art. 9 (Data security)

9.1 The Services used by the Customer are hosted in a data centre in mainland China operated by the hosting provider named in Annex 1. Customer Data are not transferred outside mainland China, except the documents that the Customer itself sends to its consignees.

9.2 The Provider protects Customer Data with encryption in transit and at rest, multi-factor authentication, role-based access and logging; its personnel access production data only through a bastion host on tickets approved by the Customer.

9.3 The Provider notifies the Customer of any security incident affecting Customer Data within 24 hours, takes all measures to limit its effects and compensates the Customer for the damage caused by the Provider's breach of this Art. 9.

## Art. 10 (Intellectual property)

10.1 The TradeDocs platform, its software and its documentation remain the exclusive property of the Provider.

10.2 The adapters, mappings, templates and scripts developed by the Provider for the Customer under Art. 2.2 belong to the Customer, which receives their source code and may use, modify and license them freely.

## Art. 11 (Confidentiality)

11.1 Each Party keeps confidential the information of the other Party received under this Agreement, in particular the Customer's prices, consignees and volumes, and does not disclose it to third parties without the other Party's written consent, during the Agreement and for five years after its end.

## Art. 12 (Liability)

12.1 The total liability of each Party under this Agreement is limited to 200% of the total fees in Art. 4.1, except in case of wilful misconduct or gross negligence and except for breach of Art. 9 and Art. 11.

## Art. 13 (Subcontracting)

13.1 The hosting provider named in Annex 1 is approved by the Customer on signature. The Provider may not subcontract any other part of the Services without the Customer's prior written consent.

## Art. 14 (Termination)

14.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after a written request, or if the availability falls below 99% in two consecutive months.

14.2 The Provider may terminate this Agreement if the Customer fails to pay any undisputed amount within 60 days after its due date.

14.3 On termination for the Provider's breach, the Provider refunds the part of the subscription fee paid for the period after termination.

## Art. 15 (Applicable law and disputes)

15.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

15.2 All disputes are referred to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules.

## Art. 16 (Final provisions)

16.1 Notices to the Provider are sent by registered letter or certified e-mail (PEC); notices to the Customer by courier or e-mail to its legal representative.

16.2 This Agreement may be amended only in writing. Annex 1 (Hosting provider and data centre) and Annex 2 (Validation test cases) form part of it.

Carloforte / Qianxi, ____________ 2025

For the Provider: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, source)
    "h172z01": ("h172z01_fire_rescue_iot_platform_integration.docx", "docx", H172Z01),
    "h172z02": ("h172z02_aluminium_extrusion_quench_temperature_system.pdf", "pdf", H172Z02),
    "h172z03": ("h172z03_law_firm_case_management_saas.md", "md", H172Z03),
    "h172z04": ("h172z04_county_civil_affairs_elderly_platform_om.txt", "txt", H172Z04),
    "h172z05": ("h172z05_rice_noodle_mes_supplier_template.md", "md", H172Z05),
    "h172e01": ("h172e01_lens_design_software_licence_irish_vendor.pdf", "pdf", H172E01),
    "h172e02": ("h172e02_riding_camp_booking_saas_german_vendor.txt", "txt", H172E02),
    "h172e03": ("h172e03_scallop_farm_current_meters_maintenance.docx", "docx", H172E03),
    "h172e04": ("h172e04_design_agency_managed_it_scottish_provider.txt", "txt", H172E04),
    "h172e05": ("h172e05_chestnut_exporter_shipping_docs_api_italian_vendor.md", "md", H172E05),
}
SOURCES = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}


def write_plain():
    for key, (name, kind, src) in FILES.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)


# ---------------------------------------------------------------------------------------------------------------
# Labels. Sums asserted; percentages computed by Python; the policy rules re-applied below.
# ---------------------------------------------------------------------------------------------------------------
def pct(part, whole):
    return part / whole * 100


# z01: price table, payments, post-warranty fee
Z01_HW = [6000 * 168, 820 * 1150, 640 * 980, 300 * 560, 2 * 86000, 780000]
assert Z01_HW == [1008000, 943000, 627200, 168000, 172000, 780000]
assert sum(Z01_HW) == 3698200
Z01_CV = sum(Z01_HW) + 436000 + 318600 + 27200
assert Z01_CV == 4480000
assert [Z01_CV * p // 100 for p in (20, 45, 35)] == [896000, 2016000, 1568000] and 20 + 45 + 35 == 100
assert 3698200 * 8 // 100 == 295856
# z02
Z02_HW = [6 * 58000, 6 * 72500, 12 * 6800, 6 * 23400, 168000]
assert Z02_HW == [348000, 435000, 81600, 140400, 168000] and sum(Z02_HW) == 1173000
Z02_CV = sum(Z02_HW) + 96000 + 52000 + 9000
assert Z02_CV == 1330000
assert [Z02_CV * p // 1000 for p in (200, 500, 250, 50)] == [266000, 665000, 332500, 66500]
assert 1173000 * 165 // 1000 == 193545
# z03
Z03_CV = 3 * 270 * 1800 + 168000 + 24000
assert 270 * 1800 == 486000 and Z03_CV == 1650000 and 486000 // 4 == 121500
# z04
Z04_CV = 312000 + 86000 + 74000 + 96000
assert Z04_CV == 568000 and Z04_CV // 4 == 142000
# z05
Z05_CV = 620000 + 540000 + 160000 + 20000
assert Z05_CV == 1340000 and Z05_CV * 55 // 100 == 737000 and Z05_CV * 45 // 100 == 603000
# e01
E01_LIC = 6 * 148000 + 4 * 36500
assert E01_LIC == 1034000
E01_CV = E01_LIC + 286000 + 32000
assert E01_CV == 1352000
assert [E01_CV * p // 100 for p in (20, 45, 35)] == [270400, 608400, 473200]
assert E01_LIC * 115 // 1000 == 118910
# e02
E02_CV = 36 * 9800 + 46500
assert 36 * 9800 == 352800 and E02_CV == 399300
# e03
E03_HW = [6 * 168000, 10 * 46800, 8 * 38500, 16 * 7250, 96000]
assert E03_HW == [1008000, 468000, 308000, 116000, 96000] and sum(E03_HW) == 1996000
E03_CV = sum(E03_HW) + 148000 + 38000 + 18000
assert E03_CV == 2200000
assert [E03_CV * p // 100 for p in (10, 55, 35)] == [220000, 1210000, 770000]
assert 1996000 * 95 // 1000 == 189620
# e04
E04_CV = 56000 + 24 * 42500
assert 24 * 42500 == 1020000 and E04_CV == 1076000
# e05
E05_CV = 2 * 168000 + 124000
assert E05_CV == 460000

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Defaults of an ordinary, clean contract; each label states only what differs.
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key -> (language, category, term overrides, extra overrides, planned rules, review-only facts)
# review-only facts (not written to the label): forum_outside_mainland, tco = (fee base, fee/yr) for TCO.
LABELS = {
    "h172z01": ("zh", "hardware",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                     contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=Z01_CV),
                [], dict(tco=(3698200, 295856))),
    "h172z02": ("zh", "hardware",
                dict(p1_response_hours=2, ld_rate_per_day_pct=0.03, prepayment_pct=20, final_payment_on_acceptance=True,
                     warranty_months=18, post_warranty_fee_pct=16.5, contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=Z02_CV),
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"], dict(tco=(1173000, 193545))),
    "h172z03": ("zh", "cloud",
                dict(availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False,
                     ld_rate_per_day_pct=pct(1200, Z03_CV), liability_cap_pct=6 / 36 * 100),
                dict(ld_stated=True, contract_value=Z03_CV),
                ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], {}),
    "h172z04": ("zh", "services",
                dict(p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=0.1,
                     subcontract_without_consent=True, governing_law=None),
                dict(ld_stated=True, contract_value=Z04_CV),
                ["CR-DATA-SECURITY", "CR-SUBCONTRACT"], {}),
    "h172z05": ("zh", "software",
                dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                     ld_rate_per_day_pct=0.02, liability_cap_pct=25, prepayment_pct=55, acceptance_clause=False,
                     final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=None,
                     contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                     contract_value=Z05_CV),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], {}),
    "h172e01": ("en", "software",
                dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11.5,
                     governing_law="Ireland", contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=E01_CV),
                ["CR-GOVERNING-LAW"], dict(forum_outside_mainland=True, tco=(E01_LIC, 118910))),
    "h172e02": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=pct(300, E02_CV),
                     liability_cap_pct=pct(100000, E02_CV), auto_renewal_price_increase=True,
                     governing_law="Germany"),
                dict(ld_stated=True, contract_value=E02_CV),
                ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"], dict(forum_outside_mainland=True)),
    "h172e03": ("en", "hardware",
                dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, prepayment_pct=10, final_payment_on_acceptance=True,
                     warranty_months=24, post_warranty_fee_pct=9.5, contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=E03_CV),
                [], dict(tco=(1996000, 189620))),
    "h172e04": ("en", "services",
                dict(p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=pct(800, E04_CV),
                     liability_cap_pct=150, subcontract_without_consent=True, governing_law="Scotland"),
                dict(ld_stated=True, contract_value=E04_CV),
                ["CR-GOVERNING-LAW", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], dict(forum_outside_mainland=True)),
    "h172e05": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False,
                     ld_rate_per_day_pct=pct(350, E05_CV), liability_cap_pct=200, prepayment_pct=pct(168000, E05_CV)),
                dict(ld_stated=True, contract_value=E05_CV),
                ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"], {}),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(cv, warranty_months, fee_per_year, horizon=5):
    """policy §4: purchase price + implementation (= the contract value) + post-warranty fees over the horizon,
    warranty from acceptance (start of the horizon), partial year pro rata; returns (TCO, share %)."""
    years = max(0.0, horizon - warranty_months / 12)
    fees = fee_per_year * years
    return cv + fees, pct(fees, cv + fees)


def apply_policy(t, x, facts):
    """policy.md section 3, as read in 'Where rules apply, and how clauses are read'."""
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or facts.get("forum_outside_mainland"):
        r.append("CR-GOVERNING-LAW")
    if goods and "tco" in facts and x.get("post_warranty_fee_capped"):
        base, fee = facts["tco"]
        assert abs(base * t["post_warranty_fee_pct"] / 100 - fee) < 0.01, (base, fee)
        _, share = tco_share(x["contract_value"], t["warranty_months"], fee)
        if share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def write_labels():
    for key, (lang, cat, tover, xover, planned, facts) in LABELS.items():
        terms = dict(BASE)
        assert set(tover) <= set(BASE), set(tover) - set(BASE)
        terms.update(tover)
        terms = {k: terms[k] for k in TERM_KEYS}
        goods = terms["contract_kind"] == "goods_or_licence"
        extra = {"sla_clause": True, "ld_stated": xover.get("ld_stated", True)}
        if goods:
            extra["post_warranty_fee_capped"] = xover["post_warranty_fee_capped"]
        extra["acceptance_deemed_on_delivery"] = xover.get("acceptance_deemed_on_delivery", False)
        extra["contract_value"] = xover["contract_value"]
        if not goods:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        rules = apply_policy(terms, extra, facts)
        assert rules == sorted(planned), (key, rules, planned)
        label = {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (FILES[key][0].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        line = f"{key}: {risk(rules):6} {len(rules)} {', '.join(r[3:] for r in rules) or '(none)'}"
        if goods and "tco" in facts:
            total, share = tco_share(extra["contract_value"], terms["warranty_months"], facts["tco"][1])
            line += f"  | TCO {total:,.1f} share {share:.2f} %"
        print(line)


# ---------------------------------------------------------------------------------------------------------------
# Read-back: lengths and a scan for values sitting exactly on a policy threshold
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


PCT = r"\s*(?:%|％|per ?cent|percent)"
THRESHOLDS = {
    "prepayment 30 %": [r"(?<![\d.])30" + PCT, "百分之三十"],
    "P1 response 4 h": [r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|h\b)", "四小时", "四个小时", r"four\s+hours?"],
    "availability 99.9 %": [r"(?<![\d.])99\.9(?!\d)"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.05(?!\d)", "万分之五", "千分之零点五", r"0\.5\s*‰"],
    "post-warranty 15 %": [r"(?<![\d.])15" + PCT, "百分之十五"],
    "cap 100 %": [r"(?<![\d.])100" + PCT, "百分之百", "百分之一百"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?)", "十二个月", r"twelve\s+months?",
                           r"(?<!\w)(?:one|1)[\s-]+year", "一年", "壹年"],
    "TCO share 40 %": [r"(?<![\d.])40" + PCT, "百分之四十"],
}


def check():
    for key, (name, kind, _) in FILES.items():
        text = read_back(OUT / name)
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        words = len(text.split())
        print(f"{name}: {len(text)} characters, {han} Han characters, {words} words")
        for what, pats in THRESHOLDS.items():
            for pat in pats:
                for m in re.finditer(pat, text, re.I):
                    ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                    print(f"   [{what}] {m.group(0)!r}: ...{ctx}...")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    write_plain()
    write_labels()
    check()
