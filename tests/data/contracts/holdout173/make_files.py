"""holdout173: ten ordinary draft contracts (5 zh, 5 en) and their hand labels.

Run with /work/main/.venv/bin/python make_files.py. The two .docx and the two .pdf are built with ../word_pdf.py
(the PDFs with wrap_words=True); the .md and .txt files are written as they are. The sources below are the whole text
of every contract. The second half of this file writes the .json labels (numbers computed here, every price sum
asserted, the policy rules re-applied to each label's terms) and reads every file back to count its length and scan
it for values sitting exactly on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h173z01 — city statistics bureau, 统计数据采集处理系统, 政府采购 公开招标, buyer's paper (docx, 第X条 + 1.1)
# ---------------------------------------------------------------------------------------------------------------
H173Z01 = """
T:临江市统计数据采集处理系统建设项目政府采购合同
P:合同编号：LJTJ-2026-ZC-017　　采购方式：公开招标（招标编号：LJCG-2026-0311）
P:甲方（采购人）：临江市统计局　　地址：临江市人民路18号
P:乙方（供应商）：江苏数衡信息技术有限公司　　地址：南京市建邺区江东中路209号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。
H:第一条 合同文件
P:1.1 下列文件构成本合同的组成部分：本合同书；中标通知书；招标文件及其澄清；乙方投标文件及书面承诺；需求规格说明书（附件一）；验收方案（附件二）；设备及软件清单（附件三）。
P:1.2 上述文件应互为解释、互为补充；如有不一致，以本合同书为准，其余文件按上列顺序在先者为准。
H:第二条 项目内容
P:2.1 乙方负责临江市统计数据采集处理系统的设备供货、软件许可、定制开发、系统集成、部署调试、数据迁移、培训及质保期服务。系统覆盖市统计局、下辖7个区县统计局及1,260个调查对象联系点。
P:2.2 系统主要功能包括：企业一套表联网直报对接、住户调查移动采集、数据审核与质量控制、汇总分析与报表生成、调查对象名录库管理、统计数据发布前的审批流转。
P:2.3 交付地点为临江市政务云机房及各区县统计局，具体以甲方书面通知为准。
H:第三条 合同价款
P:3.1 本合同总价为人民币3,555,000元（大写：叁佰伍拾伍万伍仟元整），为含税固定总价，明细如下：
TB:序号|名称|规格及说明|数量|单价（元）|金额（元）
TB:1|统计数据采集平台软件|永久许可，不限用户数|1套|780,000|780,000
TB:2|数据处理与质控分析软件|永久许可|1套|526,000|526,000
TB:3|应用服务器|双路CPU，512GB内存|6台|86,500|519,000
TB:4|数据库服务器|八路CPU，1TB内存|2台|168,000|336,000
TB:5|分布式存储|可用容量200TB|1套|274,000|274,000
TB:6|移动采集终端|10英寸三防平板，含采集客户端|120台|3,850|462,000
TB:|软硬件小计||||2,897,000
TB:7|定制开发|联网直报接口、专项报表、质控规则库|1项|438,000|438,000
TB:8|系统集成与实施|部署、历史数据迁移、联调|1项|186,000|186,000
TB:9|培训|系统管理员及调查员培训|1项|34,000|34,000
TB:|合计||||3,555,000
P:3.2 合同总价包括设备、软件、运输、保险、安装、调试、开发、集成、培训、质保期服务及税费等全部费用。除本合同另有约定外，甲方无需另行支付任何费用。
H:第四条 付款方式
P:4.1 本合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的25%，即888,750元。
P:4.2 系统完成部署并通过初步验收后15个工作日内，甲方支付合同总价的42%，即1,493,100元。
P:4.3 系统通过最终验收、乙方提交合同总价5%的质保期履约保函后15个工作日内，甲方支付合同总价的33%，即1,173,150元。
P:4.4 乙方应在每次付款前开具合法有效的增值税发票。甲方通过国库集中支付方式付款。
H:第五条 交付与实施
P:5.1 乙方应于合同签订后30日内将全部设备运抵交付地点，于合同签订后90日内完成部署调试并提交初步验收申请。初步验收合格后进入为期三个月的试运行。
P:5.2 乙方应派驻项目经理一名，未经甲方书面同意不得更换。乙方应按周提交项目进度报告。
P:5.3 设备到货时双方共同清点数量、型号和外观并签署到货签收单。到货签收仅确认数量和外观，不视为验收。
H:第六条 验收
P:6.1 初步验收标准：（1）附件一所列功能逐项测试全部通过；（2）联网直报接口与上级统计平台连续10个工作日数据比对一致；（3）800个并发用户条件下常用查询响应时间不超过3秒；（4）移动采集终端离线采集和同步无数据丢失；（5）历史数据迁移后逐表核对无差异。
P:6.2 最终验收标准：（1）试运行期间连续两个统计报告期的数据采集、审核和汇总无差错，且未发生一级故障；（2）系统通过第三方等级保护三级测评及商用密码应用安全性评估；（3）源代码、技术文档、操作手册等交付资料齐全。
P:6.3 验收不合格的，乙方应在15日内整改并申请复验，由此产生的费用由乙方承担。系统上线、试运行、甲方使用或甲方付款均不视为验收合格。
H:第七条 质量保证与维护服务
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供故障维修、部件更换、软件升级和补丁服务。
P:7.2 服务水平：一级故障（系统整体不可用或报告期内联网直报中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障（主要功能不可用）1小时内响应、24小时内解决；三级故障2个工作日内解决。质保期内系统月度可用率不低于99.95%。
P:7.3 乙方未达到上述服务水平的，每超时一小时支付违约金1,000元；月度可用率每低于约定值0.01个百分点，支付违约金2,000元。上述款项可从质保期履约保函中扣除。
P:7.4 质保期满后，甲方如续购维护服务，年度维护费不超过软硬件小计的9.5%，即不超过275,215元/年，前两个维护年度价格固定。维护服务须由双方另行签订书面合同，不自动续期。
H:第八条 知识产权
P:8.1 乙方保证所提供的设备、软件及开发成果不侵犯任何第三方的知识产权。
P:8.2 平台软件的知识产权归乙方所有，甲方获得永久、不可撤销的使用许可。
P:8.3 本项目定制开发成果（包括源代码、接口程序、报表模板、质控规则库及技术文档）的知识产权归甲方所有。乙方应交付完整源代码，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 统计调查原始资料、调查对象信息、个人信息、汇总数据及系统日志均属于甲方。乙方仅为履行本合同接触上述数据，不得用于任何其他目的，包括脱敏或汇总后的使用。
P:9.2 乙方应遵守《中华人民共和国统计法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》。实施和维护工作在甲方机房内进行，经堡垒机访问并全程审计，不得将数据拷贝出甲方网络；测试只能使用甲方提供的脱敏数据。
P:9.3 发生数据安全事件的，乙方应在1小时内报告甲方并配合处置。因乙方原因导致数据泄露、篡改或丢失的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的统计资料、调查对象信息及甲方工作秘密负有保密义务。统计数据依法公布前，乙方不得以任何形式泄露。
P:10.2 乙方参与本项目的人员应签署保密承诺书。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交货、逾期完成部署或逾期通过验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金总额不超过合同总价的10%。
P:11.2 乙方交付的设备或软件不符合合同约定的，甲方有权要求更换或整改，并要求乙方赔偿由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，应按逾期金额和同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包与转包
P:12.1 乙方不得转包本合同，亦不得将本合同任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：（1）逾期超过30日；（2）验收两次不合格；（3）严重违反数据安全或保密义务；（4）有其他重大违约行为，经甲方书面通知后15日内未纠正。
P:13.2 合同解除后，乙方应退还已收取的未验收部分款项，并赔偿甲方因此遭受的损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明。
P:15.2 本合同自双方签字盖章之日起生效，一式六份，甲方四份、乙方二份，具有同等法律效力。
P:甲方（盖章）：临江市统计局　　代表：__________　　日期：2026年3月___日
P:乙方（盖章）：江苏数衡信息技术有限公司　　代表：__________　　日期：2026年3月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h173z02 — ceramic-tile kiln plant, 窑炉燃烧优化控制系统 hardware supply + post-warranty maintenance (pdf, 一、/（一）/1.)
# ---------------------------------------------------------------------------------------------------------------
H173Z02 = """
T:辊道窑燃烧优化控制系统设备供货及维保合同
P:合同编号：RL-SB-2026-046
P:甲方（买方）：江西高安瑞岭陶瓷有限公司，住所：江西省高安市建筑陶瓷产业基地瑞岭大道6号
P:乙方（卖方）：佛山市焱控自动化科技有限公司，住所：广东省佛山市禅城区季华五路33号
P:甲方为对其二号、三号辊道窑的天然气燃烧系统进行节能改造，向乙方采购燃烧优化控制系统设备及相关服务。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、项目内容
P:（一）乙方负责燃烧优化控制系统的设备及软件供货、安装、调试、燃烧标定、人员培训、质保期服务，以及质保期满后三个维保年度的维保服务。
P:（二）改造目标：各温区烧成温度稳定可控，单位产品天然气消耗较改造前明显下降，安全联锁可靠。
P:（三）工作范围包括两条窑炉的控制柜、调节阀、火焰检测、氧含量分析、温度及压力检测、上位机软件及操作站，具体配置见附件一《技术规格书》。
H:二、供货范围与合同价款
P:（一）设备及软件清单如下（单位：元）：
TB:1. 燃烧控制PLC柜|2套|单价286,000|金额572,000
TB:2. 比例调节阀及执行器|96套|单价3,200|金额307,200
TB:3. 火焰检测器|192只|单价860|金额165,120
TB:4. 锆氧分析仪|8台|单价24,500|金额196,000
TB:5. 热电偶及压力变送器|1批|金额88,680
TB:6. 燃烧优化控制软件（永久许可，两条窑）|1套|金额368,000
TB:7. 操作站及工业交换机|1批|金额74,000
TB:软硬件小计：1,771,000
TB:8. 安装调试及燃烧标定|1项|金额156,000
TB:9. 操作及维护培训|1项|金额23,000
TB:合同总价：1,950,000
P:（二）合同总价为人民币1,950,000元（大写：壹佰玖拾伍万元整），含增值税、包装、运输、保险、安装调试及培训费用。质保期满后的维保服务费按本合同第七条另行结算，不计入合同总价。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即195,000元。
P:（二）设备全部到货并经甲方签收后10个工作日内，甲方支付合同总价的50%，即975,000元。到货签收仅确认设备数量和外观，不视为验收。
P:（三）系统验收合格并签署验收报告后10个工作日内，甲方支付合同总价的35%，即682,500元。
P:（四）余款为合同总价的5%，即97,500元，作为质量保证金，质保期满且无未决质量问题后10个工作日内支付。
H:四、交货与安装
P:（一）乙方应于合同签订后45日内将全部设备运至甲方厂区，并在甲方安排的停窑检修期内完成安装，每条窑停窑安装时间不超过7日。
P:（二）乙方现场作业应遵守甲方安全管理制度，动火、登高及燃气管道作业须办理作业许可。
P:（三）设备的所有权自甲方签收时转移，风险自验收合格时转移。
P:（四）乙方应在安装前提交详细施工方案和停窑安装计划，经甲方审核同意后实施；安装期间乙方应保持施工现场整洁，并负责清运包装物及废弃物。
H:五、验收
P:（一）安装调试完成后，乙方书面提请验收，双方进行连续72小时满负荷运行测试。
P:（二）验收标准：
P:1. 各温区烧成温度控制偏差不超过正负3摄氏度；
P:2. 单位产品天然气消耗较改造前三个月平均值降低不少于6%；
P:3. 烟气氧含量控制在设定值正负0.5个百分点以内；
P:4. 熄火保护、超温报警、燃气压力联锁等安全功能逐项测试合格；
P:5. 技术资料、组态程序备份、操作手册齐全。
P:（三）验收不合格的，乙方应在10日内整改并重新测试。点火运行或甲方投入生产使用均不视为验收合格，验收以双方签署的验收报告为准。
H:六、质量保证
P:（一）质保期为验收合格之日起二十四个月。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并承担往返差旅费用。
P:（二）服务水平：
P:1. 一级故障（导致窑炉停烧、燃烧系统失控或安全联锁失效）：乙方应在接到甲方报修后10小时内响应并派工程师到达现场，36小时内排除故障；
P:2. 二级故障（单个温区控制异常、部分检测失效）：24小时内响应，72小时内排除；
P:3. 三级故障：3个工作日内处理。
P:（三）乙方超过上述响应或排除时限的，每超时一小时向甲方支付违约金800元，可从质量保证金中扣除。
P:（四）乙方提供全天候电话技术支持热线，并在质保期内每季度进行一次现场巡检。
P:（五）乙方应为甲方培训窑炉操作人员及电仪维护人员不少于20名，培训内容包括系统操作、参数调整、日常点检和常见故障处理，培训合格后方可独立操作。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方为甲方提供三个维保年度的维保服务，内容包括：每季度现场巡检、燃烧参数重新标定、软件升级、故障维修及备件供应，服务水平同本合同第六条第（二）项。
P:（二）年度维保服务费为软硬件小计1,771,000元的17.5%，即每年309,925元，三个维保年度内固定不变。维保服务费于每个维保年度开始后30日内支付。
P:（三）维保期满后是否续约，由双方另行书面协商确定。
H:八、知识产权
P:（一）燃烧优化控制软件的知识产权归乙方所有，甲方获得在本项目两条窑炉上永久使用的许可。
P:（二）本项目形成的燃烧参数整定结果、PLC组态程序、操作画面及窑炉工艺曲线的知识产权归甲方所有。乙方应交付源程序文件，甲方可自行或委托他人修改使用。
H:九、数据安全
P:（一）窑炉运行数据、烧成工艺配方、能耗数据及产量数据属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方逐次书面批准，通过甲方提供的VPN及堡垒机进行并全程记录；乙方应在控制网与办公网之间部署工业防火墙，不得在控制系统中留有未经甲方同意的远程通道。
P:（三）发生数据泄露或网络安全事件的，乙方应在2小时内告知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:十、保密
P:（一）乙方对在履行本合同过程中知悉的甲方工艺配方、生产数据、能耗指标及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:（二）保密义务在本合同终止后五年内持续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）设备质量或性能不符合约定的，甲方有权要求乙方更换、整改，并赔偿由此造成的损失。
P:（三）因乙方安装或设备缺陷造成窑炉非计划停产的，乙方应赔偿甲方的直接损失。
H:十二、分包
P:（一）乙方不得转包本合同。现场电缆敷设等辅助作业确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十三、合同解除
P:（一）乙方逾期交货超过30日、验收两次不合格，或有其他重大违约行为经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）因本合同引起的争议，双方协商解决；协商不成的，提交宜春仲裁委员会仲裁。
H:十五、其他
P:（一）本合同附件一《技术规格书》、附件二《验收测试方案》与本合同具有同等效力。
P:（二）本合同自双方签字盖章之日起生效，一式四份，双方各执二份。
P:（三）因不可抗力不能履行本合同的，受影响方应及时通知对方并在15日内提供证明，双方根据影响程度协商延期履行或解除合同。
P:甲方（盖章）：江西高安瑞岭陶瓷有限公司　　　乙方（盖章）：佛山市焱控自动化科技有限公司
P:签约日期：2026年4月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h173z03 — property-management company, 物业收费与工单 SaaS, three years + 实施 (md, Markdown headings, 1.1)
# ---------------------------------------------------------------------------------------------------------------
H173Z03 = """# 物业收费与工单管理系统SaaS订阅及实施服务合同

合同编号：YZ-SaaS-2026-0188

- 甲方（客户）：成都锦程物业服务有限公司，住所：四川省成都市武侯区天府大道北段966号
- 乙方（服务商）：杭州云筑智联科技有限公司，住所：浙江省杭州市西湖区文一西路588号

甲方拟在其在管项目中统一使用物业收费与工单管理系统，乙方同意按本合同约定提供SaaS订阅服务及实施服务。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方向甲方提供“云筑物业”SaaS平台订阅服务，包括收费管理模块（账单生成、线上缴费、催缴、票据管理）、工单管理模块（报事报修、派单、巡检、回访）、业主小程序及经营数据看板。

1.2 订阅范围覆盖甲方在管的86个项目，约62,000户。

1.3 实施服务包括：业主档案、欠费及预存款等历史数据迁移；收费标准和账单规则配置；与甲方金蝶财务系统的凭证接口；管理员及项目前台人员培训。

1.4 订阅期为三年，自上线验收合格之日起计算。

## 2. 合同价款

2.1 合同价款明细如下：

| 项目 | 计费方式 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 收费管理模块 | 按户每年 | 62,000户 | 3.6 | 223,200/年 |
| 工单管理模块 | 按项目每年 | 86个 | 1,200 | 103,200/年 |
| 订阅年费小计 | | | | 326,400/年 |
| 三年订阅费合计 | | | | 979,200 |
| 实施服务费（一次性） | | | | 146,800 |
| 合同总额 | | | | 1,126,000 |

2.2 短信通道费和第三方支付通道手续费由甲方与相应服务商直接结算，不属于本合同价款。

2.3 上述价款均含增值税。

## 3. 付款方式

3.1 合同签订后10个工作日内，甲方支付首年订阅费326,400元及实施服务费的50%即73,400元，合计399,800元。

3.2 上线验收合格后10个工作日内，甲方支付实施服务费余款73,400元。

3.3 第二、第三服务年度的订阅费，甲方应于该服务年度开始前10个工作日内支付。

3.4 乙方应在收款前开具增值税专用发票。

## 4. 实施与上线

4.1 乙方应在合同签订后60日内完成实施工作并书面申请上线验收。甲方应及时提供历史数据和业务规则，因甲方原因造成的延误，工期相应顺延。

4.2 乙方应指派具有物业行业实施经验的项目经理，负责编制和执行实施计划，每周向甲方书面报告实施进度和待解决问题。

4.3 乙方应为甲方总部管理员及各项目前台、客服、工程人员提供线上和现场培训，并提供操作手册和视频教程。

4.4 因乙方原因逾期申请上线验收或逾期通过上线验收的，每逾期一日，乙方按合同总额的万分之八向甲方支付违约金，违约金累计不超过合同总额的5%。

## 5. 上线验收

5.1 上线验收标准：

1. 迁移的业主档案与甲方原系统逐户核对一致，欠费金额和预存款余额差异为零；
2. 甲方选定的3个试点项目连续运行15天，账单生成、线上缴费、退款和对账均无差错；
3. 报修、派单、回访等工单全流程测试通过；
4. 金蝶接口生成的凭证与收费数据核对一致。

5.2 验收合格的，双方签署上线验收单。试点使用或甲方付款均不视为上线验收合格。

## 6. 服务水平

6.1 平台月度可用率不低于99.5%。计划维护须提前3日通知甲方，只能安排在0:00至6:00之间，每月累计不超过6小时，计划维护时间不计入不可用时间。

6.2 故障响应：一级故障（收费、缴费或账单功能无法使用）30分钟内响应、3小时内恢复；二级故障（工单或小程序部分功能不可用）2小时内响应、1个工作日内恢复；三级故障2个工作日内处理。

6.3 服务抵扣：月度可用率低于99.5%但不低于99%的，抵扣当月折算订阅费的5%；低于99%的，抵扣当月折算订阅费的10%；一级故障超过恢复时限的，每超时一小时另行抵扣500元。抵扣金额在下一期订阅费中扣除，合同期满时一次性退还。

## 7. 续订

7.1 订阅期届满前30日，任何一方均未书面通知对方不续订的，本合同自动续期一个服务年度，以后各年度依此类推。

7.2 续期年度的订阅单价由乙方根据其当年价格政策确定，较上一服务年度上调幅度不超过8%，乙方应在续期前书面通知甲方新的单价。

## 8. 数据权属与数据安全

8.1 甲方上传至平台及在平台中产生的业主信息、收费数据、工单记录等（以下称“甲方数据”）属于甲方。乙方仅为向甲方提供本合同服务而按甲方指示处理甲方数据，不得用于其他任何目的（包括脱敏或汇总后的使用），不得向任何第三方提供。

8.2 乙方应确保平台通过网络安全等级保护三级测评；甲方数据存储于中国境内的阿里云成都地域，传输和存储均加密；乙方人员访问实行最小权限并留存操作日志不少于六个月；数据每日备份，每季度进行一次恢复演练。

8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后24小时内书面通知甲方并采取补救措施。因乙方原因造成安全事件的，乙方承担由此产生的全部赔偿责任，包括甲方向业主承担的赔偿及受到的行政处罚。

8.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方确认后删除。

## 9. 知识产权

9.1 “云筑物业”平台及其功能、代码和文档的知识产权归乙方所有。

9.2 乙方为甲方定制的报表模板、金蝶接口程序及收费配置方案的知识产权归甲方所有，乙方应交付源代码和说明文档，甲方可自行或委托第三方使用和修改。

## 10. 保密

10.1 双方对履行本合同过程中知悉的对方商业信息、技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内有效。

## 11. 分包

11.1 甲方确认同意乙方使用阿里云作为平台基础设施服务商。除此之外，乙方将本合同任何部分委托第三方履行的，须事先取得甲方书面同意。

## 12. 责任限制

12.1 乙方在本合同项下的累计赔偿责任以合同总额的120%为限；因数据泄露、乙方故意或重大过失造成的损失不受此限。

## 13. 合同解除

13.1 乙方有下列情形之一，经甲方书面催告后15日内未纠正的，甲方有权解除本合同：连续两个月月度可用率低于99%；发生因乙方原因的重大数据安全事件；逾期上线超过30日；其他严重违约。

13.2 因乙方原因解除合同的，乙方应退还未履行服务期间的订阅费，并配合完成数据迁出。

## 14. 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同引起的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。

## 15. 其他

15.1 因不可抗力导致合同不能履行的，受影响方应及时通知对方并采取措施减少损失。乙方应证明已按本合同采取合理的备份和容灾措施。

15.2 甲方应妥善管理平台账号和密码，因甲方账号管理不当造成的损失由甲方自行承担。

15.3 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：成都锦程物业服务有限公司　　　　乙方（盖章）：杭州云筑智联科技有限公司

签订日期：2026年2月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h173z04 — district education bureau, 教育城域网 annual O&M, 政府采购 公开招标 (txt, 第X章 + 第X条)
# ---------------------------------------------------------------------------------------------------------------
H173Z04 = """临州市江北区教育城域网2026年度运维服务政府采购合同

项目编号：JBJY-2026-GK-005（公开招标）
合同编号：JBJY-HT-2026-009

甲方（采购人）：临州市江北区教育局
地址：临州市江北区文昌路27号

乙方（供应商）：临州网联通信技术服务有限公司
地址：临州市高新区科创大道150号

根据《中华人民共和国政府采购法》及其实施条例、本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江北区教育城域网2026年度运维服务事项订立本合同。

第一章 总则

第一条 本合同由本合同书、中标通知书、招标文件、乙方投标文件及附件《运维考核细则》《设备清单》组成，上述文件互为补充。

第二条 服务对象为江北区教育城域网，包括核心节点2个、汇聚节点9个、126所中小学和幼儿园的接入链路及校园出口设备，区教育数据中心机房的网络及安全设备，以及城域网出口安全设备。

第三条 服务期自2026年3月1日起至2027年2月28日止。服务期满本合同终止，后续服务由甲方依法重新组织采购。

第二章 服务内容

第四条 驻场运维。乙方派驻3名网络工程师（其中1名为项目经理）在区教育数据中心驻场，工作日8:30至17:30在岗，节假日安排轮值。驻场人员应具备相应网络工程资质，乙方更换驻场人员须经甲方书面同意。驻场人员应遵守甲方机房管理制度，每日填写运维日志，每月5日前提交上月运维报告，内容包括故障统计、可用率、巡检发现及整改情况。

第五条 设备维保。乙方负责附件《设备清单》所列核心、汇聚及出口设备的维护保养和故障维修，自备关键备件，备件更换不另收费。

第六条 学校接入巡检。乙方每学期对126所学校的接入链路和出口设备各巡检两次，出具巡检报告，发现问题及时整改。巡检内容包括设备运行状态、光纤链路衰耗、机柜环境、配线标识及设备固件版本。

第七条 网络安全监测。乙方提供全天候网络安全监测、日志审计分析，每季度进行一次漏洞扫描并提交整改建议，重大活动期间安排专人值守。

第八条 应急保障。在开学、中考、高考及区级重大活动期间，乙方应提前制定保障方案并安排现场保障。保障期间乙方应增派不少于2名工程师现场值守，并在活动结束后3个工作日内提交保障总结。

第三章 服务费用与支付

第九条 本合同总价为人民币1,221,000元（大写：壹佰贰拾贰万壹仟元整），为含税固定总价，明细如下：
  1. 驻场运维服务：3人，每人168,000元，小计504,000元；
  2. 核心汇聚设备维保（含备件）：286,000元；
  3. 学校接入网络巡检与维护：126所，每所1,800元，小计226,800元；
  4. 网络安全监测与日志审计：158,000元；
  5. 重大活动应急保障：46,200元。

第十条 本合同不设预付款。服务费按季度支付：每季度结束后，甲方根据季度考核结果，在15个工作日内支付当季服务费305,250元（即合同总价的四分之一），考核扣款从当季服务费中扣除。乙方应在付款前开具合法发票。

第四章 服务水平与考核

第十一条 故障分级及处理时限：
  一级故障（核心节点或城域网出口中断，或10所以上学校同时断网）：15分钟内响应，1小时内到场，3小时内恢复；
  二级故障（单个汇聚节点中断或单所学校断网）：30分钟内响应，2小时内到场，6小时内恢复；
  三级故障（单台设备或局部功能异常）：2小时内响应，1个工作日内处理完毕。

第十二条 城域网核心网络年度可用率不低于99.95%。

第十三条 考核扣款：一级故障响应或恢复每超时1小时，扣减服务费2,000元；二级故障每超时1小时扣减500元；核心网络可用率每低于约定值0.01个百分点，扣减服务费1,000元；季度考核得分低于85分的，每低1分扣减当季服务费的0.5%。

第五章 接管与验收

第十四条 运维接管。乙方应在合同签订后15日内完成运维接管。接管验收标准为：设备资产清点结果与台账一致；网络拓扑图经现场核实无误；监控系统覆盖全部核心、汇聚设备及各学校出口；全部设备配置完成备份。接管验收合格后，由甲方签署接管确认书。

第十五条 季度考核与年度验收。甲方按《运维考核细则》每季度对乙方进行考核评分。服务期满前，甲方组织年度验收，验收标准为：全年核心网络可用率达到约定值；未发生因乙方原因造成的重大网络安全事件；巡检报告、故障记录、配置备份、拓扑图等运维文档完整移交。

第六章 数据安全

第十六条 城域网运行日志、网络配置、师生个人信息及教育业务数据均属于甲方。乙方仅为履行本合同运维义务接触上述数据，不得复制、留存或用于其他任何用途，不得向任何第三方提供。

第十七条 乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及等级保护要求。所有运维操作须通过甲方堡垒机进行，使用双因素认证，操作日志留存不少于六个月；禁止私自接入外部设备或开设远程通道。

第十八条 发生网络安全事件或数据泄露、丢失的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因导致数据泄露、丢失或网络安全事件的，乙方承担全部赔偿责任及相应法律责任。

第七章 知识产权

第十九条 乙方在服务期内形成的运维文档、网络拓扑图、配置备份、巡检报告及应急预案等成果归甲方所有，甲方可自由使用和修改。

第八章 违约责任

第二十条 乙方未按第十四条约定期限完成运维接管，或未按甲方书面整改通知规定的期限完成整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。

第二十一条 乙方服务不符合本合同约定的，甲方有权按第十三条扣减服务费，并要求乙方限期改正；给甲方造成损失的，乙方应予赔偿。

第二十二条 甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率向乙方支付逾期利息。

第九章 分包与转包

第二十三条 乙方不得转包或分包本合同项下的任何服务。

第十章 合同解除

第二十四条 乙方有下列情形之一的，甲方有权书面通知解除本合同：季度考核连续两次低于70分；因乙方原因发生重大网络安全事件；有其他严重违约行为，经甲方书面催告后15日内仍未改正。合同解除后，甲方按实际服务期间和考核结果结算服务费。

第十一章 法律适用与争议解决

第二十五条 本合同适用中华人民共和国法律。

第二十六条 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十二章 附则

第二十七条 因不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，双方协商处理。

第二十八条 甲方应为驻场人员提供必要的办公场所和网络条件，及时提供设备资料和既有运维记录，并指定专人负责联络和考核。

第二十九条 本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方二份。

附件：1. 运维考核细则；2. 设备清单。

甲方（盖章）：临州市江北区教育局        乙方（盖章）：临州网联通信技术服务有限公司
代表签字：__________                    代表签字：__________
日期：2026年2月___日                    日期：2026年2月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h173z05 — yellow-rice-wine brewery, 酿造 MES licence + custom development, supplier's own template (md, 第N条 + (1))
# ---------------------------------------------------------------------------------------------------------------
H173Z05 = """# 酿智MES软件许可及实施合同

> 本合同采用杭州酿智工业软件有限公司标准合同文本（NZ-HT-V3.0）。

合同编号：NZ-2026-HJ-021

**甲方（用户）**：绍兴古越坊黄酒有限公司，住所：浙江省绍兴市越城区鉴湖路218号

**乙方（许可方）**：杭州酿智工业软件有限公司，住所：浙江省杭州市滨江区江南大道3850号

甲方因黄酒酿造生产管理需要，向乙方采购酿智MES软件许可及定制开发、实施服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

### 第1条 合同标的

(1) 乙方许可甲方使用“酿智MES”黄酒酿造执行系统V5.2，包括浸米、蒸饭、落缸发酵、开耙管理、压榨、煎酒、坛装陈贮、勾调、灌装批次追溯及质量检验等标准模块。

(2) 乙方为甲方进行定制开发，内容包括：坛酒陈贮库约18万坛的一坛一码追溯功能；128个发酵罐温度数据自动采集；与甲方用友ERP系统的物料、生产订单和入库接口；勾调配方管理功能。

(3) 乙方负责系统部署、基础数据初始化、上线支持及操作人员培训。

(4) 本合同所称“上线”，指系统在甲方生产现场投入使用，各工序开始通过系统报工。

### 第2条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 酿智MES软件许可（永久许可，一个酿造厂区） | 960,000 |
| 2 | 定制开发（坛酒追溯、发酵罐温度采集、ERP接口、勾调配方） | 520,000 |
| 3 | 实施部署及培训 | 120,000 |
| | 合同总价 | 1,600,000 |

合同总价为人民币1,600,000元（大写：壹佰陆拾万元整），含增值税。甲方所需服务器、网络设备及数据库软件由甲方自行采购。合同价款包含乙方实施人员的差旅及食宿费用，但因甲方需求变更增加的开发工作，按乙方人天单价另行计费。

### 第3条 付款方式

(1) 合同签订后5个工作日内，甲方支付合同总价的45%，即720,000元，作为预付款。乙方收到预付款后启动项目。

(2) 系统上线运行后5个工作日内，甲方支付合同总价的42%，即672,000元。

(3) 系统验收合格后5个工作日内，甲方支付合同总价的13%，即208,000元。

(4) 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施工作直至甲方付清。

### 第4条 实施与上线

(1) 乙方在合同生效且收到预付款后120日内完成系统上线。

(2) 甲方应按乙方要求提供场地、服务器、网络、基础数据和业务人员配合，并指定一名项目负责人。因甲方原因延误的，工期相应顺延。

(3) 乙方应在项目启动后15日内提交《实施计划》，内容包括需求调研、系统配置、定制开发、数据初始化、上线切换和培训安排，经甲方确认后执行。

(4) 乙方为甲方培训系统管理员2名及各工序班组长、操作人员约60名，并提供操作手册和管理员手册。

### 第5条 验收

(1) 系统上线运行满30日后，甲方依据附件《功能清单》及下列标准组织验收：《功能清单》所列功能逐项测试通过；发酵罐温度采集值与现场仪表偏差不超过0.5摄氏度；随机抽检200坛坛酒，扫码追溯信息准确无误；ERP接口连续10日单据同步无差错。

(2) 验收合格的，双方签署验收报告。验收不合格的，乙方应在15日内整改后重新提交验收。

### 第6条 免费维护期

(1) 免费维护期为验收合格之日起六个月，期内乙方提供远程技术支持和缺陷修复。

(2) 故障响应：一级故障（生产线无法报工或批次追溯中断）乙方在16小时内响应；二级故障在2个工作日内响应；三级故障在下一版本中统一处理。

(3) 乙方将尽合理努力尽快排除故障，但不因响应时间或修复时间承担任何扣款、赔偿或违约金。

(4) 免费维护期内，乙方每季度提供一次远程巡检，补丁先推送至甲方测试环境，经甲方确认后安装。

### 第7条 年度技术服务

(1) 免费维护期满后，甲方应按年度向乙方购买技术服务，内容包括远程支持、补丁和版本升级。年度技术服务费为软件许可费的28%，即每年268,800元，于每个服务年度开始前支付。

(2) 甲方未购买年度技术服务的，乙方不再提供任何维护、升级或故障处理服务。

(3) 年度技术服务期间，服务内容和故障响应时限按本合同第6条执行。

### 第8条 知识产权

(1) 酿智MES软件以及乙方为本项目开发的全部定制功能、接口程序、源代码、文档及其知识产权均归乙方所有。

(2) 甲方在本合同约定的厂区范围内获得上述软件及定制成果的非独占、不可转让的使用权，不得修改、反编译，亦不得交由第三方维护或二次开发。

### 第9条 数据

(1) 甲方在系统中录入和产生的生产数据归甲方所有。

(2) 甲方同意，乙方可将系统中的工艺数据（包括浸米时长、发酵温度曲线、开耙记录、出酒率等）经脱敏处理后，用于乙方产品改进、行业工艺模型训练及行业分析报告。该项权利在本合同终止后继续有效。

(3) 乙方对其远程维护通道采取访问控制、账号管理和操作日志审计措施；发生数据安全事件的，乙方应在48小时内通知甲方并协助处置；因乙方过错导致甲方数据泄露或丢失的，乙方依第12条承担责任。

### 第10条 保密

双方对在合同履行中获悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后两年。乙方人员进入甲方厂区时，应遵守甲方的安全生产、食品卫生和厂区管理制度。

### 第11条 合作伙伴

乙方有权将部分实施、现场部署及二次开发工作交由乙方认证的合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作向甲方负责。

### 第12条 违约责任

(1) 因乙方原因未按期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

(2) 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的25%。乙方不承担间接损失、利润损失及生产损失。

### 第13条 合同解除

(1) 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。

(2) 甲方非因乙方违约而单方解除合同的，已支付的款项不予退还。

### 第14条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

### 第15条 其他

(1) 本合同附件《功能清单》《实施计划》为本合同组成部分。

(2) 因不可抗力不能履行本合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商处理。

(3) 双方往来通知以书面形式送达本合同首部所列地址，一方地址变更的应及时书面通知对方。

(4) 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：绍兴古越坊黄酒有限公司　　　　乙方（盖章）：杭州酿智工业软件有限公司

日期：2026年3月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h173e01 — Zhili children's-wear maker, cutting-optimisation perpetual licence + configuration + support;
#           vendor on Inis Oírr, Irish style (docx, "Clause N" + N.M, Word price table)
# ---------------------------------------------------------------------------------------------------------------
H173E01 = """
T:Software Licence, Configuration and Support Agreement
P:THIS AGREEMENT is dated the ____ day of March 2026
P:BETWEEN:
P:(1) OILEÁN NEST SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland with company number 704318, having its registered office at Baile an Fhormna, Inis Oírr, Aran Islands, County Galway, H91 X2C7, Ireland (the "Supplier"); and
P:(2) HUZHOU ZHILI XIAOYANG CHILDREN'S WEAR CO., LTD., a company established under the laws of the People's Republic of China, having its registered address at No. 88 Zhongxing Avenue, Zhili Town, Wuxing District, Huzhou, Zhejiang Province, China (the "Customer").
P:BACKGROUND
P:(A) The Supplier develops and licenses CutWise, a fabric cutting-optimisation and marker-making software suite for the garment industry.
P:(B) The Customer manufactures children's garments in Zhili and wishes to reduce fabric waste in its three cutting rooms.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a working day in the People's Republic of China; "Customer Data" means all patterns, markers, style, fabric and order data and any personal information supplied by or generated for the Customer; "Deliverables" means everything produced for the Customer under the Configuration Services; "Final Acceptance" means the issue of the certificate under Clause 6.2; "Software" means the CutWise Optimiser, Marker Studio and ERP Connector modules in object code, with all updates supplied under this Agreement.
P:1.2 Headings do not affect interpretation. The Schedule forms part of this Agreement.
H:Clause 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to use the Software on the Customer's own servers in Zhili for its internal business, in up to three cutting rooms and by up to thirty concurrent users. The Customer may make backup copies and may allow its contractors to use the Software on its behalf.
H:Clause 3 Price
P:3.1 The Contract Price is CNY 936,000, inclusive of VAT and all taxes, travel and expenses, made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|CutWise Optimiser perpetual site licence (three cutting rooms)|1|486,000|486,000
TB:2|Marker Studio module, perpetual licence|1|138,000|138,000
TB:3|ERP Connector, perpetual licence|1|64,000|64,000
TB:|Licence subtotal|||688,000
TB:4|Configuration Services (fabric library, size grading rules, ERP mapping, reports)|1|212,000|212,000
TB:5|On-site training in Zhili (key users and cutting-room supervisors)|1|36,000|36,000
TB:|Contract Price|||936,000
P:3.2 The Contract Price is fixed.
H:Clause 4 Payment
P:4.1 The Customer shall pay the Contract Price as follows: (a) 20% (CNY 187,200) within fifteen Business Days after signature; (b) 45% (CNY 421,200) within fifteen Business Days after written confirmation of installation, which is not acceptance; and (c) 35% (CNY 327,600) within fifteen Business Days after Final Acceptance.
P:4.2 Payments are made by bank transfer in CNY to the account in Part 3 of the Schedule.
H:Clause 5 Installation and Configuration
P:5.1 The Supplier shall install the Software within thirty days after signature and shall complete the Configuration Services and be ready for the Acceptance Tests within ninety days after signature.
P:5.2 The Configuration Services comprise the Customer's fabric library, size-grading and nesting rules, the mapping of cut orders between the ERP Connector and the Customer's ERP system, and the reports listed in Part 1 of the Schedule.
P:5.3 If the Supplier fails to reach readiness for the Acceptance Tests, or Final Acceptance, by the dates in Clause 5.1 for reasons attributable to it, the Supplier shall pay the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. The parties agree that this sum is a genuine pre-estimate of the Customer's loss and not a penalty.
H:Clause 6 Acceptance
P:6.1 The Acceptance Tests run on the Customer's production data over twenty Business Days and are passed when: (a) on forty agreed benchmark markers, average fabric utilisation improves by at least three percentage points over the Customer's current markers; (b) each benchmark marker is nested within ninety seconds; (c) cut orders are imported from the ERP system without error on ten consecutive Business Days; (d) every function in Part 1 of the Schedule has been demonstrated; and (e) the documentation and Deliverables have been delivered.
P:6.2 When the Acceptance Tests are passed the Customer shall issue a Final Acceptance Certificate within five Business Days. A failed test shall be corrected and repeated within fifteen Business Days; if it fails again, the Customer may terminate under Clause 14 and recover all sums paid.
P:6.3 Installation, use of the Software in production and any payment do not amount to Final Acceptance.
H:Clause 7 Warranty
P:7.1 The Supplier warrants that for eighteen (18) months from Final Acceptance (the "Warranty Period") the Software and the Deliverables will perform materially in accordance with the documentation and Part 1 of the Schedule. During the Warranty Period the Supplier shall correct every defect and provide support under Clause 8 and all new releases free of charge.
H:Clause 8 Support and Service Levels
P:8.1 Support is provided by telephone, e-mail and remote session from 08:00 to 20:00 China Standard Time on Business Days, and at all times for Severity 1 incidents.
P:8.2 Severity 1 means cutting is halted in any cutting room or the nesting engine cannot be used: the Supplier shall respond within two hours, provide a workaround within one Business Day and a permanent fix within five Business Days. Severity 2 (material function impaired, workaround available): response within eight business hours. Severity 3: response on the next Business Day.
P:8.3 For each full hour by which the Supplier exceeds the Severity 1 response time or workaround time, the Supplier shall credit the Customer CNY 1,000, which may be set off against sums due.
P:8.4 After the Warranty Period the Customer may purchase annual support on the service levels in this Clause 8. The annual support fee is 13% of the licence subtotal, that is CNY 89,440 per year, fixed for the first three support years; later increases require written agreement and shall not exceed 3% per year. Annual support is ordered each year by purchase order and does not renew automatically.
H:Clause 9 Intellectual Property
P:9.1 The Software and the Supplier's pre-existing tools remain the property of the Supplier.
P:9.2 All Deliverables created specifically for the Customer, including the fabric library, grading and nesting rules, ERP mappings, report templates and their source files, vest in the Customer on creation. The Customer may use, modify and license the Deliverables freely.
P:9.3 The Supplier shall indemnify the Customer against third-party infringement claims relating to the Software or the Deliverables.
H:Clause 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Supplier may use Customer Data only to perform this Agreement and for no other purpose, including in anonymised or aggregated form.
P:10.2 The Supplier may access the Customer's servers remotely only in a session approved each time by the Customer, over the Customer's VPN with multi-factor authentication, and every session is logged. The Supplier shall not copy Customer Data outside the Customer's network or out of the People's Republic of China, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 The Supplier shall notify the Customer within twenty-four hours of any unauthorised access to, or loss of, Customer Data and is liable for all losses caused by its breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential the non-public information of the other party, including the Customer's designs and costings, and shall not disclose it without prior written consent, except as required by law, for five years after termination.
H:Clause 12 Limitation of Liability
P:12.1 The Supplier's total aggregate liability arising under or in connection with this Agreement shall not exceed 150% of the Contract Price.
P:12.2 Nothing limits liability for death or personal injury caused by negligence, fraud, wilful misconduct, breach of Clause 10 or 11, or Clause 9.3.
P:12.3 Neither party is liable for indirect or consequential loss.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Supplier shall not subcontract any of its obligations without the Customer's prior written consent, and remains responsible for any approved subcontractor.
H:Clause 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within thirty days after written notice, if the liquidated damages under Clause 5.3 reach their maximum, or if the Supplier is wound up or has an examiner or receiver appointed.
P:14.2 On termination before Final Acceptance the Supplier shall refund the sums paid and return all Customer Data.
H:Clause 15 Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other promptly.
H:Clause 16 Governing Law and Disputes
P:16.1 This Agreement shall be governed by and construed in accordance with the laws of Ireland.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the ICC Rules by a sole arbitrator, seated in Dublin, Ireland, in English.
H:Clause 17 General
P:17.1 This Agreement is the entire agreement between the parties. Any variation must be in writing and signed by both parties.
P:IN WITNESS whereof the parties have signed this Agreement on the date first written above.
P:SIGNED by ____________________, duly authorised for and on behalf of OILEÁN NEST SOFTWARE LIMITED
P:SIGNED by ____________________, duly authorised for and on behalf of HUZHOU ZHILI XIAOYANG CHILDREN'S WEAR CO., LTD. (company chop)
H:The Schedule
P:Part 1: Functional scope and reports. Part 2: Project plan. Part 3: Payment details.
"""

# ---------------------------------------------------------------------------------------------------------------
# h173e02 — Emeishan guesthouse, reservation SaaS, Order Form + General Terms; vendor on Imchen, German style (txt, §)
# ---------------------------------------------------------------------------------------------------------------
H173E02 = """ORDER FORM No. HB-2026-0417
for the StayDesk Software-as-a-Service
under the General Terms and Conditions for Software as a Service of Havelbucht Software GmbH (Version 4/2025)

Provider:  Havelbucht Software GmbH
           Insel Imchen 1, 14089 Berlin, Germany
           Commercial Register: Local Court (Amtsgericht) Charlottenburg, HRB 231874 B
           Managing Directors: Jana Kessler, Matthias Oberländer

Customer:  Emeishan Yunshan Guesthouse Co., Ltd.
           No. 16 Baoguo Road, Emeishan City, Leshan, Sichuan Province, People's Republic of China

1. Subscribed Services
   StayDesk property management system (PMS) with integrated booking engine for 46 rooms, and the StayDesk
   Channel Manager add-on connecting the Customer's inventory to Trip.com, Meituan, Fliggy and Booking.com.

2. Term
   Initial Term of 24 months from the Go-Live Date (the day of Go-Live Acceptance under § 4 of the General Terms).
   Extension in accordance with § 3 (2) of the General Terms.

3. Fees (in CNY at the Customer's request, including VAT)
   StayDesk PMS and booking engine ........ CNY 3,980 per month x 24 months ....... CNY 95,520
   Channel Manager add-on ................. CNY 1,260 per month x 24 months ....... CNY 30,240
   Onboarding (one-time) ............................................................. CNY 18,600
   Total Contract Value .............................................................. CNY 144,360

   The monthly fees are invoiced monthly in arrears and are due within 14 days after invoice. The onboarding fee is
   invoiced on Go-Live Acceptance. No advance payment is due.

4. Onboarding
   Target date for Go-Live Acceptance: 45 days after signature of this Order Form.

5. Hosting and approved sub-processor
   Alibaba Cloud, Chengdu region, People's Republic of China.

6. Contacts
   Provider: onboarding@havelbucht.example, support hotline +49 30 5557 2100 (Mandarin support via the same line).
   Customer: Ms Luo Jing, general manager.

This Order Form and the General Terms and Conditions below together form the contract. In case of a conflict the
Order Form prevails.

Berlin, ____ March 2026                          Emeishan, ____ March 2026
Havelbucht Software GmbH                         Emeishan Yunshan Guesthouse Co., Ltd.
______________________                           ______________________ (company chop)


GENERAL TERMS AND CONDITIONS FOR SOFTWARE AS A SERVICE
Havelbucht Software GmbH, Version 4/2025

§ 1 Scope
(1) These General Terms and Conditions ("GTC") apply to the provision of the StayDesk software as a service by
Havelbucht Software GmbH ("Provider") to the customer named in the Order Form ("Customer").
(2) The Order Form and these GTC form the entire contract. Deviating terms of the Customer apply only if the Provider
agrees to them in writing.

§ 2 Services
(1) The Provider makes the subscribed StayDesk services available to the Customer over the internet for use through
a web browser and the StayDesk mobile app.
(2) The Provider may further develop the services, provided that the agreed functionality is not materially reduced.
The Provider informs the Customer of material changes at least 14 days in advance.

§ 3 Term and Extension
(1) The contract begins on signature of the Order Form. The subscription term begins on the Go-Live Date and runs for
the Initial Term stated in the Order Form.
(2) After the Initial Term the contract is extended automatically by periods of six months each, unless either party
gives notice of non-extension at least one month before the end of the current term. The fees stated in the Order
Form also apply during every extension period; they may be changed only by written agreement of both parties.

§ 4 Onboarding and Go-Live Acceptance
(1) The Provider sets up the Customer's room types, rates and rate plans, imports existing reservations, connects the
channels named in the Order Form and connects the booking engine to the Customer's own WeChat Pay and Alipay merchant
accounts.
(2) The Go-Live Acceptance test is passed when: (a) 30 test bookings made through each connected channel and through
the booking engine are created correctly in the PMS; (b) changes to availability and rates are synchronised to all
channels within 60 seconds; (c) the imported reservations are reconciled with the Customer's previous records without
difference; (d) a payment and a refund through each payment method are processed correctly; and (e) the night audit
produces the daily revenue report. The Customer confirms a passed test by signing the Go-Live protocol within three
working days. Use of the services in live operation before the protocol is signed is not acceptance.
(3) If Go-Live Acceptance is delayed beyond the target date stated in the Order Form for reasons for which the
Provider is responsible, the Provider pays the Customer a contractual penalty of CNY 120 for each calendar day of
delay, up to a total of CNY 7,200. Further claims for damages remain unaffected; the penalty is credited against
them.

§ 5 Availability and Support
(1) The Provider makes the services available with a monthly availability of 99.95% at the transfer point of its
hosting platform to the internet. Scheduled maintenance is announced at least five days in advance, takes place
between 02:00 and 05:00 Beijing time and does not exceed six hours per month; it does not count as unavailability.
(2) Support is provided by telephone, e-mail and in the StayDesk app. Priority 1 (booking engine or PMS unavailable,
or channel synchronisation failed for all channels): response within one hour, at any time of day. Priority 2
(individual functions impaired): response within eight hours. Priority 3 (other questions): response within two
working days.
(3) The service levels in this § 5 describe the Provider's target performance. If they are not met, the Customer is
not entitled to service credits, fee reductions or other compensation. The Customer's right to terminate for good
cause under § 10 remains unaffected.

§ 6 Rights of Use and Intellectual Property
(1) The Customer receives a non-exclusive, non-transferable right to use the services for its own business during
the subscription term.
(2) The StayDesk software and all rights in it remain with the Provider.
(3) The configurations, rate plans, confirmation e-mail templates and reports created for the Customer during
onboarding belong to the Customer. The Customer may use, modify and pass them on to third parties freely, also
after the end of the contract.

§ 7 Customer Data, Data Protection and Data Security
(1) All data entered into the services by or for the Customer, in particular guest personal information,
reservations, rates and revenue data ("Customer Data"), remain the property of the Customer. The Provider processes
Customer Data only on the Customer's documented instructions and solely to provide the services, and not for any
other purpose, including anonymised or aggregated statistics.
(2) Customer Data are stored exclusively in the People's Republic of China at the hosting location named in the
Order Form and are not transferred abroad. The Provider's support staff outside mainland China have no access to
Customer Data. The Provider complies with the PRC Personal Information Protection Law and Data Security Law.
(3) The Provider maintains at least the following technical and organisational measures: encryption in transit (TLS
1.2 or higher) and at rest (AES-256); role-based access with multi-factor authentication for administrative access;
logging of all administrative access; daily backups with a quarterly restore test; an ISO/IEC 27001 certified
information security management system.
(4) The Provider notifies the Customer without undue delay, and in any case within 24 hours, of any security
incident affecting Customer Data, supports the Customer in its notification duties and bears the costs and damages
resulting from a breach of its obligations under this § 7.
(5) After the end of the contract the Provider makes the Customer Data available for export in a common format for
30 days and then deletes them.

§ 8 Confidentiality
(1) Each party keeps confidential all information of the other party that is marked as confidential or is
confidential by its nature, uses it only for the purposes of the contract and does not disclose it to third parties.
(2) This obligation continues for three years after the end of the contract.

§ 9 Liability
(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health,
and for breaches of § 7.
(2) In the case of simple negligence the Provider is liable only for the breach of an essential contractual
obligation (an obligation whose fulfilment makes the proper performance of the contract possible in the first place
and on whose fulfilment the Customer may regularly rely), limited to the foreseeable damage typical for the
contract. The Provider's total liability under this paragraph is limited to the fees paid by the Customer in the six
months preceding the event giving rise to the liability.
(3) Any further liability for simple negligence is excluded.

§ 10 Termination
(1) Ordinary termination during the Initial Term is excluded.
(2) The right of each party to terminate for good cause remains unaffected. Good cause for the Customer exists in
particular if the Provider materially breaches the contract and does not remedy the breach within 14 days after a
written warning, or if the monthly availability falls below 99% in two consecutive months.
(3) Termination must be in writing.

§ 11 Subcontractors
(1) The Provider may engage subcontractors or sub-processors only with the Customer's prior written consent. The
hosting provider named in the Order Form is approved by signature of the Order Form.
(2) The Provider remains responsible for its subcontractors as for its own conduct.

§ 12 Final Provisions
(1) The contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts
for the International Sale of Goods and the conflict-of-laws rules.
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the contract is Berlin,
Germany.
(3) Amendments and supplements to the contract must be in writing. This also applies to any waiver of this written
form requirement.
(4) Should any provision of the contract be or become invalid, the validity of the remaining provisions is not
affected. The parties shall replace the invalid provision with a valid provision that comes as close as possible to
its economic purpose.
"""

# ---------------------------------------------------------------------------------------------------------------
# h173e03 — Putian seaweed farm, light and nutrient sensors + maintenance; integrator on the Île d'Ouessant, French,
#           buyer's paper (pdf, wrap_words=True, "Article N – Title")
# ---------------------------------------------------------------------------------------------------------------
H173E03 = """
T:Equipment Supply, Installation and Maintenance Contract
P:Seaweed Farm Light and Nutrient Monitoring System — Contract No. NRS-2026-EQ-09
P:BETWEEN Putian Nanri Island Seaweed Aquaculture Co., Ltd., a company established in the People's Republic of China, with its registered address at Nanri Town, Xiuyu District, Putian, Fujian Province (the "Buyer"),
P:AND Ouessant Instrumentation Marine SARL, a French société à responsabilité limitée with a share capital of EUR 120,000, registered with the Trade and Companies Register of Brest under number 912 384 566, with its registered office at Le Bourg, 29242 Ouessant, France (the "Supplier").
H:Preamble
P:The Buyer farms kelp and laver on about 3,200 mu of sea area off Nanri Island. It wishes to measure underwater light and dissolved nutrients continuously, in order to time seeding and harvesting and to detect nutrient depletion early. The Supplier was selected after a competitive negotiation. This Contract is on the Buyer's standard form. At the Buyer's request all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 1 – Definitions
P:"Contract Price" means the total price in Article 3. "Equipment" means the sensors, analysers, buoys, gateway and server listed in Article 3. "Software" means the Supplier's SeaLight monitoring software licensed under this Contract. "System" means the Equipment and Software installed and configured at the Site. "Site" means the Buyer's raft lines off Nanri Island and its shore station at Nanri Town. "Final Acceptance" means the signature of the Final Acceptance Certificate under Article 6.
H:Article 2 – Scope of Supply
P:2.1 The Supplier shall supply, deliver, install, moor, configure and calibrate the System, train the Buyer's staff, provide the warranty in Article 7, and provide maintenance after the warranty under Article 9 if the Buyer orders it.
P:2.2 The System comprises 48 underwater PAR light sensors mounted at two depths on 24 raft lines, 12 in-situ nitrate and phosphate analysers, 12 solar-powered data buoys with 4G telemetry, a shore gateway and server at the Buyer's station, and a perpetual licence of the Software for the Buyer's farm.
H:Article 3 – Contract Price
P:3.1 The Contract Price is CNY 1,700,000, inclusive of VAT, import duties, transport, insurance and all costs of the Supplier, made up as follows:
TB:Underwater PAR light sensors|48 units x CNY 6,800|CNY 326,400
TB:In-situ nitrate and phosphate analysers|12 units x CNY 58,500|CNY 702,000
TB:Solar-powered data buoys with 4G telemetry|12 units x CNY 21,400|CNY 256,800
TB:Shore gateway and server|1 set|CNY 68,300
TB:SeaLight monitoring software, perpetual licence|1 set|CNY 146,000
TB:Hardware and Licence Subtotal|CNY 1,499,500
TB:Installation, mooring and calibration|lump sum|CNY 186,500
TB:Training of the Buyer's staff|lump sum|CNY 14,000
TB:Contract Price|CNY 1,700,000
P:3.2 The Contract Price is fixed and firm. No other sum is payable for the scope of Article 2, except the maintenance fee under Article 9 for the period after the warranty.
H:Article 4 – Payment
P:4.1 20% of the Contract Price (CNY 340,000) within 15 days after signature, against an advance-payment guarantee issued by a bank in mainland China acceptable to the Buyer.
P:4.2 45% of the Contract Price (CNY 765,000) within 15 days after the Installation Certificate, which records that the System has been delivered and installed and is not an acceptance.
P:4.3 35% of the Contract Price (CNY 595,000) within 20 days after Final Acceptance.
H:Article 5 – Delivery, Installation and Delay
P:5.1 The Supplier shall deliver the Equipment DAP Nanri Island pier (Incoterms 2020) within 75 days after signature and shall complete installation and mooring during September and October 2026, before laver seeding.
P:5.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 6 – Acceptance
P:6.1 After installation the System undergoes a sea trial of 30 consecutive days. Final Acceptance requires that: (a) PAR readings are within plus or minus 5% of the Buyer's reference quantum sensor at three check points; (b) nitrate and phosphate readings are within plus or minus 8% of the laboratory analysis of 20 water samples tested by the Putian marine fisheries station; (c) each station delivers at least 98% of its scheduled records; (d) threshold alarms reach the Buyer's duty staff by SMS and WeChat within five minutes; (e) calibration certificates, drawings and manuals are delivered.
P:6.2 If the trial is passed, the parties sign the Final Acceptance Certificate within five days. If it is failed, the Supplier shall remedy the defects at its cost and repeat the trial. Installation, use of the data by the Buyer or any payment is not acceptance.
H:Article 7 – Warranty
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During this period it shall repair or replace any defective Equipment and correct any Software defect free of charge, including parts, travel to the island and boat hire.
P:7.2 Reagents and wiper blades are consumables and are excluded from the warranty. The Supplier shall supply them at the prices in Annex 3, which are fixed for five years.
H:Article 8 – Service Levels
P:8.1 A critical fault is the loss of data from three or more stations, a failure of the shore server or a failure of the alarm function. For a critical fault the Supplier shall respond, by a call-back from an engineer who has started remote diagnosis, within 2 hours of the Buyer's report, and shall restore the function within 48 hours, extended only for days on which the maritime authority suspends boat traffic.
P:8.2 A major fault (one or two stations without data) shall be responded to within 8 hours and repaired within five days; a minor fault within three working days.
P:8.3 For each hour of late response to a critical fault the Supplier shall pay CNY 600, and for each day of late restoration CNY 1,500. The Buyer may deduct these sums from any payment due.
H:Article 9 – Maintenance after the Warranty
P:9.1 At the Buyer's written order, the Supplier shall maintain the System for three years after the warranty, including two calibration visits per year, quarterly anti-fouling cleaning, firmware and Software updates and repairs including spare parts other than consumables, at the service levels of Article 8.
P:9.2 The annual maintenance fee is 11.5% of the Hardware and Licence Subtotal, that is CNY 172,442.50 per year, fixed for the three years, payable quarterly in arrears. Maintenance does not renew automatically.
H:Article 10 – Intellectual Property
P:10.1 The Equipment firmware and the Software remain the property of the Supplier, which grants the Buyer a perpetual, royalty-free licence to use them for the Buyer's farms.
P:10.2 The configuration, calibration files, dashboards, alarm rules and data interfaces produced for the Buyer under this Contract belong to the Buyer, which may use, modify and have them modified by any third party.
H:Article 11 – Data and Security
P:11.1 All measurement data, farm locations and production data belong to the Buyer. The Supplier may use them only to perform this Contract and not for research, publication or product development, even in anonymised form, unless the Buyer has given its written consent in each case.
P:11.2 The data are transmitted encrypted over a private 4G network to the Buyer's server at Nanri Town and are not copied outside the People's Republic of China. The Supplier may access the server remotely only with the Buyer's approval for each session, through the Buyer's VPN, and all access is logged.
P:11.3 The Supplier shall notify the Buyer within 2 hours of any unauthorised access, loss or disclosure of the Buyer's data, shall take immediate remedial measures, and is liable for all losses caused by a breach of this Article.
H:Article 12 – Confidentiality
P:12.1 Each party shall keep confidential the commercial and technical information of the other party received under this Contract, including the Buyer's farm layout, yields and prices, and shall not disclose it without the other party's prior written consent. This obligation continues for five years after the end of the Contract.
H:Article 13 – Liability
P:13.1 The Supplier is liable for all damage caused to the Buyer by its breach of this Contract, in accordance with the law. The liquidated damages in Articles 5 and 8 do not exclude compensation for further proven loss.
H:Article 14 – Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. If the Buyer consents to a local marine contractor for the mooring work, the Supplier remains fully responsible for that contractor.
H:Article 15 – Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 5 reach their maximum. The Supplier shall then refund the sums received for any part of the System not accepted.
H:Article 16 – Force Majeure
P:16.1 Typhoons, storm surges and other events beyond the control of a party excuse delay for their duration, provided that the affected party notifies the other within three days and takes all reasonable measures to limit the consequences.
H:Article 17 – Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall be submitted to the Putian Arbitration Commission for arbitration in Putian. The award is final and binding on both parties.
H:Article 18 – Final Provisions
P:18.1 This Contract is made in English in two originals, one for each party. A Chinese translation is for reference only. Annexes: 1 Technical Specification; 2 Sea Trial Procedure; 3 Consumables Price List.
P:Made at Putian, on ____ 2026.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h173e04 — Wuhan esports club, managed IT + desktop support; provider on Sanda, Scottish style (md, "N. HEADING")
# ---------------------------------------------------------------------------------------------------------------
H173E04 = """# MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

**between**

**SANDA SOUND MANAGED SERVICES LIMITED**, a company incorporated under the Companies Acts in Scotland (registered
number SC712046) and having its registered office at The Steading, Sanda Island, by Campbeltown, Argyll PA28 6RU,
Scotland (the "Provider")

**and**

**WUHAN JIANGCHENG THUNDER ESPORTS CLUB CO., LTD.**, a company established in the People's Republic of China and
having its registered address at Floor 6, Optics Valley Esports Centre, 77 Guanshan Avenue, East Lake High-Tech
Zone, Wuhan, Hubei Province (the "Customer")

**CONSIDERING THAT:**

(A) the Customer operates a professional esports club with a training floor, a match stage and a streaming studio
in Wuhan, and requires managed IT and desktop support for them;

(B) the Provider supplies managed IT services and has agreed to provide the Services on the terms of this Agreement;
and

(C) at the Customer's request the Charges are stated and payable in Chinese Renminbi (CNY);

**NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:**

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's
Republic of China; "Charges" means the charges set out in Clause 6; "Customer Data" means all data of the Customer,
its players and staff held on the Customer's systems or accessed by the Provider in performing the Services;
"Initial Term" means the period of 24 months from the Service Commencement Date; "Match Day" means a day on which the
Customer plays an official match or hosts a broadcast event; "Service Commencement Date" means the date of the
Service Commencement Certificate under Clause 4; "Services" means the services described in Clause 3 and Schedule 1;
"Service Levels" means the levels set out in Clause 5 and Schedule 2.

1.2 Headings are for convenience only. References to Clauses and Schedules are to those of this Agreement, and the
Schedules form part of it.

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of the last signature below and continues for the Initial Term.

2.2 On expiry of the Initial Term this Agreement shall renew automatically for successive renewal periods of six
months each (each a "Renewal Term"), unless either party gives the other written notice of non-renewal not less than
ninety days before the end of the Initial Term or of the then current Renewal Term.

## 3. THE SERVICES

3.1 The Provider shall provide the following Services from the Service Commencement Date:

(a) desktop support for 86 seats, being the high-specification gaming computers on the training floor and the match
stage, including imaging, driver and game-client updates, peripheral replacement and user help;

(b) management of the Customer's network and servers, including the core switch, firewall, Wi-Fi, the two game and
replay servers and the network storage, with monitoring at all times;

(c) an on-site engineer on every Match Day (up to ten Match Days per month) from two hours before the first match
until the end of the broadcast;

(d) patch management, anti-malware updates and monthly backup checks; and

(e) a monthly service report and a quarterly service review.

3.2 The Provider shall perform the Services with reasonable skill and care and in accordance with good industry
practice.

## 4. ONBOARDING AND SERVICE COMMENCEMENT

4.1 The Provider shall carry out the onboarding described in Schedule 1 within 45 days after the commencement of this
Agreement.

4.2 Onboarding is complete, and the Customer shall sign a Service Commencement Certificate, when: (a) every device
has been recorded in an asset register reconciled with the Customer's inventory; (b) the monitoring agent runs on
every seat and server; (c) the standard game image has been deployed to every seat and a full restore of one seat has
been completed in less than thirty minutes; (d) a backup and restore test of the game and replay servers has
succeeded; and (e) the runbooks for the training floor and the match stage have been delivered. Provision of any
Service before the certificate is signed is not acceptance.

4.3 If the Service Commencement Certificate is not signed by the date in Clause 4.1 for reasons attributable to the
Provider, the Provider shall pay the Customer liquidated damages of CNY 1,200 for each day of delay.

## 5. SERVICE LEVELS

5.1 Incidents are prioritised as follows: Priority 1 means the training floor or the match stage is down, the
internet gateway has failed, or more than ten seats are unusable; Priority 2 means up to ten seats are unusable or a
server function is degraded; Priority 3 means any other incident or request.

5.2 The Provider shall respond to Priority 1 incidents within 15 minutes and resolve them within 2 hours; respond to
Priority 2 incidents within 1 hour and resolve them within 8 business hours; and respond to Priority 3 incidents on
the next Business Day.

5.3 The availability of the Customer's local network and internet gateway shall be at least 99.95% in each month,
excluding maintenance agreed in advance with the Customer.

5.4 For each Priority 1 incident whose response or resolution time is missed, the Provider shall credit 5% of the
Monthly Charge; for each 0.1 percentage point by which monthly availability falls below the level in Clause 5.3, the
Provider shall credit 2% of the Monthly Charge. Credits are capped at 25% of the Monthly Charge in any month and are
deducted from the next invoice.

## 6. CHARGES AND PAYMENT

6.1 The Charges are:

| Charge | Basis | CNY |
|---|---|---|
| Desktop support | 86 seats x CNY 420 per month | 36,120 per month |
| Network and server management | fixed | 18,600 per month |
| Match-day on-site engineer | fixed, up to ten Match Days | 12,800 per month |
| Monthly Charge | | 67,520 per month |
| Onboarding | one-off | 48,000 |
| Total Contract Value for the Initial Term | 24 x 67,520 + 48,000 | 1,668,480 |

6.2 The Monthly Charge is invoiced monthly in arrears. The onboarding charge is invoiced after the Service
Commencement Certificate is signed. No Charges are payable in advance. Invoices are payable within 30 days.

6.3 The Charges are fixed during the Initial Term.

6.4 The Provider may increase the Charges with effect from the start of any Renewal Term by giving the Customer not
less than sixty days' written notice of the new Charges.

## 7. CUSTOMER DATA

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only as necessary to
perform the Services and shall return it to the Customer on termination.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider's monitoring tools and pre-existing materials remain the Provider's property.

8.2 The asset register, standard images, configuration scripts, runbooks and reports produced for the Customer under
this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 9. CONFIDENTIALITY

9.1 Each party shall keep confidential all information of the other party which it receives in connection with this
Agreement, including the Customer's team strategies, player contracts and sponsor arrangements, and shall not
disclose it to any third party without the other party's prior written consent, except as required by law. This
obligation continues for three years after termination.

## 10. LIABILITY

10.1 The Provider's total aggregate liability under or in connection with this Agreement is limited to 125% of the
Total Contract Value for the Initial Term.

10.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

10.3 Neither party is liable for loss of profit or indirect loss.

## 11. SUBCONTRACTING

11.1 The Provider may use its local partner named in Schedule 3, Wuhan Xinghe IT Services Co., Ltd., for on-site
engineers; that partner is approved by the Customer's signature of this Agreement. Any other subcontracting requires
the Customer's prior written consent. The Provider remains responsible for all subcontractors.

## 12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to
remedy it within 30 days after written notice specifying the breach.

12.2 The Customer may also terminate by written notice if service credits reach the monthly cap in three consecutive
months, or if the Provider becomes insolvent or goes into administration, liquidation or receivership.

## 13. EXIT

13.1 On termination or expiry the Provider shall hand over all Customer Data, passwords, documentation and the items
in Clause 8.2 to the Customer or its new provider, and shall provide reasonable transition assistance for up to 30
days at the rates in Schedule 1.

## 14. FORCE MAJEURE

14.1 Neither party is liable for failure caused by events beyond its reasonable control, other than a failure to pay.
If such an event continues for more than 30 days, either party may terminate by written notice.

## 15. GOVERNING LAW AND DISPUTES

15.1 At the Customer's request this Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Wuhan Arbitration
Commission for arbitration in Wuhan in accordance with its rules.

## 16. GENERAL

16.1 This Agreement and its Schedules are the entire agreement between the parties. No variation is effective unless
in writing and signed by both parties. No failure to exercise a right is a waiver of it.

**IN WITNESS WHEREOF** these presents consisting of this and the preceding pages together with the Schedules annexed
are executed as follows:

Subscribed for and on behalf of SANDA SOUND MANAGED SERVICES LIMITED at Campbeltown on ____ 2026 by
____________________, Director, in the presence of ____________________, Witness.

Subscribed for and on behalf of WUHAN JIANGCHENG THUNDER ESPORTS CLUB CO., LTD. at Wuhan on ____ 2026 by
____________________, Legal Representative (company chop).

Schedule 1 – Services and Onboarding Plan. Schedule 2 – Service Levels and Reporting. Schedule 3 – Approved Partner.
"""

# ---------------------------------------------------------------------------------------------------------------
# h173e05 — Yunnan walnut exporter, traceability API subscription + integration; vendor on the Isola dei Pescatori,
#           Italian style (txt, "Art. N (title)")
# ---------------------------------------------------------------------------------------------------------------
H173E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
TraceLago Traceability API

BETWEEN

Tracciare Lago S.r.l., with registered office at Via del Lago 7, Isola dei Pescatori, 28838 Stresa (VB), Italy,
VAT number IT02719840035, registered with the Companies Register of Monte Rosa Laghi Alto Piemonte, share capital
EUR 50,000 fully paid up, in the person of its Sole Director and legal representative, Mr Paolo Bellini
(hereinafter the "Vendor")

AND

Yunnan Yangbi Cangshan Walnut Export Co., Ltd., with registered address at Walnut Industrial Park, Yangbi Yi
Autonomous County, Dali Prefecture, Yunnan Province, People's Republic of China, in the person of its legal
representative, Ms Zhao Hong
(hereinafter the "Customer")

(the Vendor and the Customer hereinafter jointly the "Parties")

WHEREAS

a) the Vendor has developed and operates TraceLago, a platform offering application programming interfaces for the
   traceability of agricultural and food products from orchard to final buyer;
b) the Customer processes and exports in-shell and shelled walnuts to buyers in Europe and the Middle East and
   wishes to register every export lot and make its history available to its buyers through QR codes;
c) the Customer has asked the Vendor to connect TraceLago to its own systems and has asked that all prices be
   stated and paid in Chinese Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Recitals and Annexes)
1.1 The recitals and the annexes form an integral and substantial part of this Agreement.
1.2 Annexes: A - Functional Description of the API; B - Integration Specification; C - Service Levels.

Art. 2 (Definitions)
2.1 "Platform" means TraceLago and its API. "Subscription" means the right to use the Platform under Art. 3.
"Integration Services" means the services described in Art. 3.2 and Annex B. "Integration Acceptance" means the
signature of the certificate under Art. 7. "Subscription Term" means the period under Art. 4. "Customer Data" means
all data submitted to the Platform by or for the Customer and all data derived from them. "Total Contract Value" means
the amount stated in Art. 5.3.

Art. 3 (Subject matter)
3.1 The Vendor grants the Customer a Subscription to the Platform, including: registration of lots and of the
processing events of hulling, drying, cracking, grading and packing; generation of QR codes for cartons and bags;
buyer-facing lot pages; and export dossiers containing phytosanitary, origin and analysis data. The Subscription
includes up to 2,000,000 API calls per year.
3.2 The Vendor shall perform the Integration Services, namely: (a) a connector to the Customer's Kingdee ERP for
lots, purchase receipts and sales orders; (b) an interface to the weighing and grading line in the Customer's plant
in Yangbi; (c) the set-up of the QR label printers on the two packing lines; and (d) the configuration of the
buyer-facing lot pages in English and Arabic.

Art. 4 (Term)
4.1 This Agreement enters into force on signature. The Subscription Term lasts 36 months from Integration
Acceptance.
4.2 The Subscription does not renew automatically. Any renewal requires a new written agreement of the Parties.

Art. 5 (Fees and payment)
5.1 The Subscription fee is CNY 168,000 per year, invoiced quarterly in arrears in instalments of CNY 42,000.
5.2 The Integration Services fee is CNY 236,000, payable in full within 30 days after Integration Acceptance.
5.3 The Total Contract Value is CNY 740,000 (three years of Subscription, CNY 504,000, plus the Integration Services
fee, CNY 236,000). API calls in excess of the included volume are charged at CNY 18 per thousand calls and are not
part of the Total Contract Value.
5.4 No advance payment is due. Invoices are payable by bank transfer within 30 days.

Art. 6 (Integration timetable and penalty for delay)
6.1 The Vendor shall complete the Integration Services and request Integration Acceptance within 70 days after
signature of this Agreement.
6.2 In the event of delay attributable to the Vendor, the Vendor shall pay a penalty of 0.02% of the Total Contract
Value for each day of delay, up to a maximum of 2% of the Total Contract Value.

Art. 7 (Integration Acceptance)
7.1 Integration Acceptance requires that: (a) 20 consecutive export lots are registered automatically from the ERP
without manual correction; (b) scanning a QR code opens the lot page in less than 2 seconds from mainland China and
from Europe; (c) the weights recorded by the grading line match the ERP within 0.1%; (d) the export dossiers of five
shipments are checked and approved by the Customer's export manager; and (e) the documentation of Annex B is
delivered.
7.2 If the tests are passed, the Parties sign the Integration Acceptance certificate within five working days. If
they are failed, the Vendor shall correct the defects and repeat the tests. Use of the Platform in live operation
before the certificate is signed does not constitute acceptance.

Art. 8 (Service levels)
8.1 The Vendor guarantees a monthly availability of the API and of the lot pages of 99.95%, excluding maintenance
announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.
8.2 Severity 1 incidents (API unavailable, or QR codes not resolving): response within one hour and restoration
within six hours. Severity 2 incidents: response within eight hours. Severity 3: response within two working days.
8.3 If monthly availability falls below 99.95%, the Vendor shall credit 5% of the quarterly instalment for that
quarter; below 99.5%, 10%; below 99%, 20%. For each hour by which a Severity 1 restoration is late, the Vendor shall
credit a further CNY 500.

Art. 9 (Intellectual property)
9.1 The Platform, the API and all software, connectors, adapters, mapping tables, scripts and documentation
developed by the Vendor in the performance of this Agreement, including those developed specifically for the Customer
in the Integration Services, are and remain the exclusive property of the Vendor.
9.2 The Customer is granted a non-exclusive, non-transferable licence to use the deliverables of the Integration
Services solely during the Subscription Term and solely together with the Platform. The Customer may not modify them
or have them modified by third parties.

Art. 10 (Customer Data and data security)
10.1 Customer Data belong to the Customer. The Vendor processes them only to perform this Agreement and does not use
them for any other purpose, including in anonymised or aggregated form.
10.2 Customer Data are hosted in the People's Republic of China, in a data centre in Shanghai. Only the data that the
Customer chooses to publish on its lot pages are shown to its buyers abroad; no other Customer Data leave mainland
China.
10.3 The Vendor maintains an information security management system certified to ISO/IEC 27001, encrypts Customer
Data in transit and at rest, logs all access, requires multi-factor authentication for administrative access and
complies with the PRC Data Security Law and Personal Information Protection Law.
10.4 The Vendor shall notify the Customer of any data breach within 24 hours of becoming aware of it, shall take all
measures needed to limit its consequences and shall compensate the Customer for all damage resulting from a breach
of this Art. 10.
10.5 At the end of the Subscription Term the Vendor shall return the Customer Data in a standard format and then
delete them.

Art. 11 (Confidentiality)
11.1 Each Party shall keep confidential the technical and commercial information of the other Party received in
connection with this Agreement, including the Customer's buyers, volumes and prices, and shall not disclose it to
third parties without the other Party's prior written consent. This obligation remains in force for three years
after the end of this Agreement.

Art. 12 (Subcontracting)
12.1 The Vendor may entrust the performance of any part of the Services, including hosting, integration and on-site
work, to subcontractors of its choice, without the Customer's prior consent. The Vendor remains responsible to the
Customer for the work of its subcontractors.

Art. 13 (Liability)
13.1 The Vendor's total liability under this Agreement is limited to 200% of the Total Contract Value. This
limitation does not apply in the case of wilful misconduct or gross negligence, or to breaches of Art. 10.

Art. 14 (Termination for breach)
14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not
remedy it within 20 days after a written notice to remedy, or if the penalty under Art. 6 reaches its maximum.
14.2 In case of termination the Vendor shall refund any fees paid for periods after termination and shall return the
Customer Data under Art. 10.5.

Art. 15 (Force majeure)
15.1 Neither Party is liable for non-performance caused by events beyond its reasonable control, provided it notifies
the other Party promptly and takes all reasonable steps to limit the consequences.

Art. 16 (Governing law and jurisdiction)
16.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Kunming Arbitration
Commission for arbitration in Kunming in accordance with its rules. The award is final and binding.

Art. 17 (Final provisions)
17.1 Any amendment to this Agreement must be made in writing and signed by both Parties.
17.2 Any tolerance by a Party of a breach by the other Party does not constitute a waiver of its rights.

Read, confirmed and signed.

Stresa, ____ 2026                                Yangbi, ____ 2026
The Vendor                                       The Customer
Tracciare Lago S.r.l.                            Yunnan Yangbi Cangshan Walnut Export Co., Ltd.
______________________                           ______________________ (company chop)
"""


# ===============================================================================================================
# Files
# ===============================================================================================================
FILES = {  # key -> (file name, format)
    "h173z01": ("h173z01_city_statistics_bureau_data_collection_system.docx", "docx"),
    "h173z02": ("h173z02_tile_kiln_combustion_control_maintenance.pdf", "pdf"),
    "h173z03": ("h173z03_property_billing_work_order_saas.md", "md"),
    "h173z04": ("h173z04_district_education_metro_network_om.txt", "txt"),
    "h173z05": ("h173z05_huangjiu_brewery_mes_supplier_template.md", "md"),
    "h173e01": ("h173e01_childrenswear_cutting_optimisation_licence_irish_vendor.docx", "docx"),
    "h173e02": ("h173e02_guesthouse_reservation_saas_german_vendor.txt", "txt"),
    "h173e03": ("h173e03_seaweed_farm_light_nutrient_sensors.pdf", "pdf"),
    "h173e04": ("h173e04_esports_club_managed_it_scottish_provider.md", "md"),
    "h173e05": ("h173e05_walnut_exporter_traceability_api_italian_vendor.txt", "txt"),
}
SOURCES = {"h173z01": H173Z01, "h173z02": H173Z02, "h173z03": H173Z03, "h173z04": H173Z04, "h173z05": H173Z05,
           "h173e01": H173E01, "h173e02": H173E02, "h173e03": H173E03, "h173e04": H173E04, "h173e05": H173E05}
TARGETS = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}


def write_contracts():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write({k: SOURCES[k] for k in TARGETS}, TARGETS, OUT, wrap_words=True)
    for key, (name, kind) in FILES.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)


# ===============================================================================================================
# Price sums (asserted) and the numbers the labels use
# ===============================================================================================================
def sums():
    n = {}
    # z01
    hw_sw = 780_000 + 526_000 + 6 * 86_500 + 2 * 168_000 + 274_000 + 120 * 3_850
    assert hw_sw == 2_897_000
    assert hw_sw + 438_000 + 186_000 + 34_000 == 3_555_000
    assert 3_555_000 * 25 // 100 == 888_750 and 3_555_000 * 42 // 100 == 1_493_100 and 3_555_000 * 33 // 100 == 1_173_150
    assert 888_750 + 1_493_100 + 1_173_150 == 3_555_000
    assert hw_sw * 95 // 1000 == 275_215
    n["z01_fee_year"] = 275_215
    # z02
    hw_sw = 2 * 286_000 + 96 * 3_200 + 192 * 860 + 8 * 24_500 + 88_680 + 368_000 + 74_000
    assert hw_sw == 1_771_000
    assert hw_sw + 156_000 + 23_000 == 1_950_000
    assert [1_950_000 * p // 100 for p in (10, 50, 35, 5)] == [195_000, 975_000, 682_500, 97_500]
    assert 195_000 + 975_000 + 682_500 + 97_500 == 1_950_000
    assert hw_sw * 175 // 1000 == 309_925
    n["z02_fee_year"] = 309_925
    # z03
    year = 62_000 * 36 // 10 + 86 * 1_200
    assert 62_000 * 36 // 10 == 223_200 and year == 326_400
    assert 3 * year == 979_200 and 3 * year + 146_800 == 1_126_000
    assert 326_400 + 73_400 == 399_800 and 2 * 73_400 == 146_800
    n["z03_prepay_pct"] = 399_800 / 1_126_000 * 100
    # z04
    assert 3 * 168_000 + 286_000 + 126 * 1_800 + 158_000 + 46_200 == 1_221_000
    assert 1_221_000 / 4 == 305_250
    # z05
    assert 960_000 + 520_000 + 120_000 == 1_600_000
    assert [1_600_000 * p // 100 for p in (45, 42, 13)] == [720_000, 672_000, 208_000]
    assert 720_000 + 672_000 + 208_000 == 1_600_000
    assert 960_000 * 28 // 100 == 268_800
    n["z05_fee_year"] = 268_800
    # e01
    lic = 486_000 + 138_000 + 64_000
    assert lic == 688_000 and lic + 212_000 + 36_000 == 936_000
    assert [936_000 * p // 100 for p in (20, 45, 35)] == [187_200, 421_200, 327_600]
    assert 187_200 + 421_200 + 327_600 == 936_000
    assert lic * 13 // 100 == 89_440
    n["e01_fee_year"] = 89_440
    # e02
    assert 3_980 * 24 == 95_520 and 1_260 * 24 == 30_240 and 95_520 + 30_240 + 18_600 == 144_360
    n["e02_ld_pct"] = 120 / 144_360 * 100
    n["e02_cap_pct"] = 6 / 24 * 100
    # e03
    sub = 48 * 6_800 + 12 * 58_500 + 12 * 21_400 + 68_300 + 146_000
    assert sub == 1_499_500 and sub + 186_500 + 14_000 == 1_700_000
    assert [1_700_000 * p // 100 for p in (20, 45, 35)] == [340_000, 765_000, 595_000]
    assert 340_000 + 765_000 + 595_000 == 1_700_000
    assert sub * 115 / 1000 == 172_442.5
    n["e03_fee_year"] = 172_442.5
    # e04
    month = 86 * 420 + 18_600 + 12_800
    assert 86 * 420 == 36_120 and month == 67_520
    assert 24 * month == 1_620_480 and 24 * month + 48_000 == 1_668_480
    n["e04_ld_pct"] = 1_200 / 1_668_480 * 100
    # e05
    assert 3 * 168_000 == 504_000 and 504_000 + 236_000 == 740_000 and 168_000 / 4 == 42_000
    return n


N = sums()


# ===============================================================================================================
# Labels (key set and order as holdout18/19)
# ===============================================================================================================
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

GOOD = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
            acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")

# key: (category, terms, extra, fee base for TCO or None, forum outside mainland China, planned rules)
PLAN = {
    "h173z01": ("software",
                dict(GOOD, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.06,
                     liability_cap_pct=None, prepayment_pct=25, final_payment_on_acceptance=True, warranty_months=36,
                     post_warranty_fee_pct=9.5, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=3555000),
                2_897_000, False, []),
    "h173z02": ("hardware",
                dict(GOOD, availability_pct=None, p1_response_hours=10, ld_rate_per_day_pct=0.08,
                     liability_cap_pct=None, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24,
                     post_warranty_fee_pct=17.5, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1950000),
                1_771_000, False, ["CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE"]),
    "h173z03": ("cloud",
                dict(GOOD, availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                     liability_cap_pct=120, prepayment_pct=N["z03_prepay_pct"], final_payment_on_acceptance=None,
                     warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=True,
                     contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1126000),
                None, False, ["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"]),
    "h173z04": ("services",
                dict(GOOD, availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                     ld_rate_per_day_pct=0.03, liability_cap_pct=None, prepayment_pct=None,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1221000),
                None, False, ["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "h173z05": ("software",
                dict(GOOD, availability_pct=None, p1_response_hours=16, sla_remedy=False, ip_owner="supplier",
                     buyer_owns_data=False, ld_rate_per_day_pct=0.02, liability_cap_pct=25, prepayment_pct=45,
                     final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=28,
                     subcontract_without_consent=True, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1600000),
                960_000, False,
                ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
                 "CR-WARRANTY"]),
    "h173e01": ("software",
                dict(GOOD, availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.08,
                     liability_cap_pct=150, prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18,
                     post_warranty_fee_pct=13, governing_law="Ireland", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=936000),
                688_000, True, ["CR-GOVERNING-LAW"]),
    "h173e02": ("cloud",
                dict(GOOD, availability_pct=99.95, p1_response_hours=1, sla_remedy=False,
                     ld_rate_per_day_pct=N["e02_ld_pct"], liability_cap_pct=N["e02_cap_pct"], prepayment_pct=None,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     governing_law="Germany", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=144360),
                None, True, ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h173e03": ("hardware",
                dict(GOOD, availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.1,
                     liability_cap_pct=None, prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
                     post_warranty_fee_pct=11.5, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1700000),
                1_499_500, False, []),
    "h173e04": ("services",
                dict(GOOD, availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
                     ld_rate_per_day_pct=N["e04_ld_pct"], liability_cap_pct=125, prepayment_pct=None,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     auto_renewal_price_increase=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1668480),
                None, False, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
    "h173e05": ("cloud",
                dict(GOOD, availability_pct=99.95, p1_response_hours=1, ip_owner="supplier",
                     ld_rate_per_day_pct=0.02, liability_cap_pct=200, prepayment_pct=None,
                     final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                     subcontract_without_consent=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=740000),
                None, False, ["CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-SUBCONTRACT"]),
}


def tco(terms, extra, fee_base, horizon=5):
    """Policy §4: purchase + implementation = contract value; post-warranty fee for every year after the warranty
    (from acceptance), a partial year pro rata; returns (tco, post-warranty fees, share %)."""
    if terms["post_warranty_fee_pct"] is None or fee_base is None:
        return None
    years = max(0.0, horizon - terms["warranty_months"] / 12)
    fees = years * fee_base * terms["post_warranty_fee_pct"] / 100
    total = extra["contract_value"] + fees
    return total, fees, fees / total * 100


def apply_rules(terms, extra, fee_base, forum_abroad):
    """The CR rules of policy §3, with the readings of 'Where rules apply, and how clauses are read'."""
    t, goods, r = terms, terms["contract_kind"] == "goods_or_licence", set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or extra["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(t, extra, fee_base)
        if x is not None and x[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or forum_abroad:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def write_labels():
    for key, (name, kind) in FILES.items():
        category, terms, extra, fee_base, abroad, planned = PLAN[key]
        terms = {k: terms[k] for k in TERM_KEYS}
        if terms["contract_kind"] != "goods_or_licence":
            assert "post_warranty_fee_capped" not in extra
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
        got = apply_rules(terms, extra, fee_base, abroad)
        assert got == sorted(planned), (key, got, planned)
        # no value on a policy threshold
        assert terms["prepayment_pct"] != 30 and terms["p1_response_hours"] != 4
        assert terms["availability_pct"] != 99.9 and terms["ld_rate_per_day_pct"] != 0.05
        assert terms["liability_cap_pct"] != 100 and terms["warranty_months"] != 12
        assert terms["post_warranty_fee_pct"] != 15
        x = tco(terms, extra, fee_base)
        assert x is None or x[2] != 40
        label = {"file": name, "language": "zh" if key[4] == "z" else "en", "category": category,
                 "expected_terms": terms, "expected_extra": extra, "expected_rules": got}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                         encoding="utf-8")
        extra_txt = "" if x is None else "  TCO %.2f, post-warranty %.2f, share %.2f %%" % x
        print("%s  %-6s %s%s" % (key, risk(got), ", ".join(got) or "(none)", extra_txt))


# ===============================================================================================================
# Read-back: lengths and the threshold scan
# ===============================================================================================================
def read_back(name):
    path = OUT / name
    if path.suffix == ".docx":
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        doc, parts = Document(str(path)), []
        for child in doc.element.body.iterchildren():
            if child.tag.endswith("}p"):
                parts.append(Paragraph(child, doc).text)
            elif child.tag.endswith("}tbl"):
                for row in Table(child, doc).rows:
                    parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESHOLD_PATTERNS = [  # every spelling of a policy threshold value that a draft could contain
    r"(?<![\d.])30\s*%", r"百分之三十", r"三成",
    r"(?<![\d.])4\s*(个)?\s*(小时|hours?|hrs?\b|h\b)", r"(?<![\w-])four\s*(\(4\)\s*)?hours?", r"四\s*(个)?\s*小时",
    r"99\.9(?!\d)\s*%?",
    r"(?<![\d.])0\.05\s*%", r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.])0\.35\s*%",
    r"(?<![\d.])15\s*%", r"百分之十五",
    r"(?<![\d.])100\s*%", r"百分之百", r"百分之一百", r"\bfull contract (price|value)\b",
    r"(?<![\d.])12\s*(个)?\s*(月|months?)", r"twelve\s*(\(12\)\s*)?months?", r"十二\s*个月", r"一年", r"壹年",
    r"\b(one|1)[\s-]+year\b", r"\bannual(ly)? warranty\b",
    r"(?<![\d.])40\s*%", r"百分之四十",
]


def scan_and_count():
    hits, rows = [], []
    for key, (name, kind) in FILES.items():
        text = read_back(name)
        zh = key[4] == "z"
        size = len(re.sub(r"\s", "", text)) if zh else len(re.findall(r"\S+", text))
        rows.append((name, kind, size, len(text)))
        for pat in THRESHOLD_PATTERNS:
            for m in re.finditer(pat, text, flags=re.I):
                hits.append((name, pat, text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")))
    for name, kind, size, chars in rows:
        unit = "non-space chars" if name[4] == "z" else "words"
        print("%-70s %-4s %5d %s (%d chars)" % (name, kind, size, unit, chars))
    for h in hits:
        print("THRESHOLD HIT", h)
    print("threshold hits:", len(hits))
    return hits


if __name__ == "__main__":
    write_contracts()
    write_labels()
    scan_and_count()
