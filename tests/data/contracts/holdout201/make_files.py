"""holdout201: sources of the ten held-out ORDINARY draft contracts.

The .md and .txt files are written as they are; the two .docx and two .pdf files are built from the small markup of
../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row with cells split by |), PDFs with
wrap_words=True. Run with /work/main/.venv/bin/python from anywhere.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h201z01 (docx): 住房公积金管理中心 综合服务平台 系统集成, 政府采购 公开招标, buyer's paper; 第X条 + 1.1
H201Z01 = """T:临州市住房公积金管理中心综合服务平台建设项目政府采购合同
P:合同编号：LZGJJ-2025-ZC-017　　项目编号：LZCG2025-GK-0386（公开招标）
P:采购人（甲方）：临州市住房公积金管理中心
P:供应商（乙方）：杭州澄衡信息技术股份有限公司
P:甲方通过公开招标方式采购“临州市住房公积金管理中心综合服务平台建设项目”，经评标委员会评审，乙方为中标供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责综合服务平台的定制开发、基础软件及硬件供货、系统集成、历史数据迁移、上线试运行和培训，建成覆盖归集、提取、贷款、单位网厅、个人网厅、手机App及12329热线接口的统一业务平台，并与11家受托银行、市不动产登记中心、公安人口库完成对接。
P:1.2 本合同文件包括：本合同书及附件、中标通知书、招标文件、乙方投标文件及澄清材料。上述文件互为补充和解释，内容不一致的，以本合同书为准。
H:第二条 合同价款
P:2.1 合同总价为人民币伍佰捌拾万元整（¥5,800,000），为含税固定总价，包括设备、软件、开发、运输、安装、集成、迁移、培训、质保期内服务及税费等全部费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|综合服务平台应用软件定制开发（归集、提取、贷款、单位网厅、个人网厅、手机App、12329接口）|1项|2,360,000
TB:2|基础软件许可（国产数据库、应用中间件、服务器操作系统，永久许可）|1批|986,000
TB:3|服务器及存储设备（含机柜内安装）|1批|1,480,000
TB:4|安全设备（下一代防火墙、WAF、数据库审计、堡垒机）|1批|412,000
TB:5|系统集成、数据迁移及部署|1项|528,000
TB:6|培训|1项|34,000
TB:合计|||5,800,000
P:2.2 第2至4项为软硬件产品价款，合计¥2,878,000。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥1,160,000。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的42%，即¥2,436,000。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的33%，即¥1,914,000。
P:3.4 合同总价的5%（¥290,000）作为质量保证金，自终验合格之日起满二十四个月且无未解决的质量问题的，甲方于10个工作日内无息退还。
P:3.5 每次付款前乙方应开具合法有效的增值税发票。资金来源为财政性资金，支付按国库集中支付程序办理。
H:第四条 实施进度
P:4.1 乙方应在合同生效后240个日历日内完成开发、部署、数据迁移并具备上线条件，上线后进入三个月试运行。
P:4.2 乙方应在合同生效后10个工作日内提交项目实施计划，明确里程碑、人员及风险控制措施，经甲方确认后执行。项目经理及核心开发人员未经甲方同意不得更换。
H:第五条 验收
P:5.1 初验：上线前由甲方组织，验收标准为：（一）功能符合需求规格说明书，逐项测试通过；（二）个人网厅在1,500个并发用户下，普通查询响应时间不超过2秒；（三）历史数据迁移后逐户核对账户余额、缴存和贷款明细，差错为零；（四）与受托银行、不动产登记、公安人口库接口联调通过；（五）取得第三方软件测评报告和网络安全等级保护第三级测评报告，无高风险问题。
P:5.2 终验：试运行满三个月且期间未发生一级故障、初验遗留问题全部关闭后，由甲方组织专家进行终验，出具书面终验报告。
P:5.3 系统上线、试运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供故障处理、缺陷修复、软件升级及政策性功能调整（单项工作量不超过20人日）。
P:6.2 服务水平：平台月度可用率不低于99.95%。故障分三级：一级故障（核心业务中断或大面积无法办理）乙方应在30分钟内响应、2小时内到场、6小时内恢复；二级故障1小时内响应、当日恢复；三级故障2个工作日内解决。
P:6.3 未达到6.2约定的，每超时一小时扣减¥2,000；月度可用率每低于约定0.01个百分点扣减¥3,000，从质量保证金或维保费中扣除。
P:6.4 质保期满后，如甲方委托乙方提供运维服务，年度维保费不超过第2.2条软硬件产品价款的8%，即每年不超过¥230,240，质保期满后三年内不上调。维保合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件（含源代码、数据库设计、接口程序及技术文档）的著作权及其他知识产权归甲方所有，乙方应在终验前交付全部源代码。甲方可自行或委托第三方使用、修改和二次开发。
P:7.2 乙方原有产品及第三方基础软件的知识产权归原权利人所有，甲方获得永久使用许可。乙方保证所交付成果不侵犯任何第三方权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 甲方全部业务数据、缴存职工个人信息及系统日志均归甲方所有。乙方仅为履行本合同使用，不得留存、复制、对外提供，也不得以任何形式（包括脱敏或汇总后）用于其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护第三级要求：数据迁移在甲方机房内完成；运维一律经堡垒机并最小授权；开发测试仅使用甲方提供的脱敏数据；人员签署保密承诺。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内向甲方报告并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第九条 保密
P:9.1 乙方对履约中获知的甲方工作秘密、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内有效。
H:第十条 违约责任
P:10.1 乙方未按第4.1条期限具备上线条件或未按期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应无偿更换或修复，并赔偿甲方损失。甲方逾期付款的，按同期贷款市场报价利率支付利息。
H:第十一条 分包
P:11.1 乙方不得转包。经甲方书面同意，乙方可将综合布线等非主体、非关键性工作分包给具备相应能力的单位，乙方对分包工作向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。附件：1.需求规格说明书；2.设备及软件清单；3.实施计划；4.验收方案。
P:甲方（盖章）：临州市住房公积金管理中心　　乙方（盖章）：杭州澄衡信息技术股份有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h201z02 (pdf): 风电叶片厂 叶片超声探伤系统 供货 + 质保期满后维保; 一、/（一）/1.
H201Z02 = """T:风电叶片相控阵超声自动探伤系统采购合同
P:合同编号：HD-SB-2025-0419
P:买方（甲方）：江苏海岱风电叶片有限公司
P:卖方（乙方）：无锡声衡检测技术有限公司
P:甲方为提升大型叶片主梁、粘接区和后缘的无损检测能力，向乙方采购相控阵超声自动探伤系统及相关服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、合同标的与价格
P:（一）乙方提供龙门式自动扫查机构、相控阵超声检测仪、探头及楔块组件、缺陷识别与成像分析软件、工控站及数据服务器，并负责安装调试、检测工艺开发和人员培训，使系统能够对长度不超过110米的叶片进行自动化检测。
P:（二）乙方保证所供设备为全新、未使用过的原厂产品，主要部件的品牌、型号与投标技术规格书一致，未经甲方书面同意不得替换。
P:（三）合同总价为人民币贰佰玖拾捌万元整（¥2,980,000），含13%增值税、运输、保险、安装及培训费用。分项如下：
TB:序号|名称|数量|金额（元）
TB:1|龙门式自动扫查机构（含120米导轨）|1套|1,180,000
TB:2|相控阵超声检测仪（128通道）|2台|624,000
TB:3|相控阵探头及楔块组件|4套|186,000
TB:4|缺陷识别与成像分析软件（永久许可，3节点）|1套|396,000
TB:5|工控站及数据服务器|1批|214,000
TB:设备及软件小计|||2,600,000
TB:6|安装调试|1项|238,000
TB:7|检测工艺开发（扫查程序、对比试块设计、判定规程）|1项|96,000
TB:8|培训及UT二级人员取证辅导|1项|46,000
TB:合计|||2,980,000
H:二、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥596,000。
P:（二）设备全部到货并经甲方开箱清点签收后，甲方支付合同总价的50%，即¥1,490,000。到货签收仅确认数量和外观，不代表质量验收。
P:（三）终验合格后15个工作日内，甲方支付合同总价的25%，即¥745,000。
P:（四）合同总价的5%即¥149,000作为质保金，质保期满且无未决质量问题的，甲方无息支付。
H:三、交货与安装
P:（一）乙方应在合同生效后90日内将设备运至甲方盐城工厂检测车间，并在到货后30日内完成安装调试。
P:（二）乙方负责设备吊装、导轨找平和接地，甲方提供电源、压缩空气及车间基础条件。
P:（三）设备包装应适合长途运输和多次装卸，因包装不良造成的损坏由乙方负责。设备毁损、灭失的风险自甲方签收时转移给甲方。
P:（四）乙方应随设备提供装箱单、合格证、出厂检验报告、操作维护手册、软件安装介质及备品备件清单。
P:（五）乙方应在安装调试期间对甲方6名检测人员进行不少于10个工作日的现场培训，内容包括设备操作、扫查程序编制、缺陷判读和日常保养，并辅导其参加UT二级资格考试。
H:四、验收
P:（一）安装调试完成后，双方按附件二验收大纲进行终验，标准包括：
P:1. 对比试块上Φ3mm平底孔及各类人工缺陷全部检出，无漏检；
P:2. 缺陷定位误差不超过±2mm，深度测量误差不超过±0.5mm；
P:3. 扫查速度不低于120mm/s，单支90米叶片主梁检测时间不超过6小时；
P:4. 连续试生产检测20支叶片，期间无一级故障，检测报告经甲方质量部确认；
P:5. 乙方提供检测仪及探头的计量校准证书和全部技术文件。
P:（二）任何一项不合格的，乙方应在15日内整改并重新验收。设备到货、安装完成或甲方试用，均不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内，非甲方人为原因造成的故障，乙方免费维修或更换，探头及楔块的正常磨损除外。
P:（二）服务水平：一级故障（扫查系统停机、影响生产检测）乙方应在1小时内远程响应，8小时内派工程师到场，48小时内恢复；二级故障2小时内响应，3日内解决。
P:（三）乙方超过上述时限的，每超时一小时向甲方支付¥1,000；48小时内不能恢复的，应提供备用检测仪。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按本条提供维保服务，服务期自质保期满之日起至终验满五年之日止，共四十二个月，不足一年的按月折算。
P:（二）维保内容包括：探头及楔块按需更换、检测仪年度计量校准、软件升级、每季度一次预防性维护和现场故障处理。
P:（三）年度维保费为设备及软件小计的28%，即每年¥728,000，按季度支付，服务期内固定不变。甲方在本合同签订时即确认采购上述维保服务。
H:七、知识产权
P:（一）乙方为本项目开发的扫查程序、对比试块设计、判定规程及相关文档归甲方所有，甲方可自行修改并用于其他生产线。
P:（二）分析软件的著作权归乙方所有，甲方获得永久、不可撤销的使用许可。乙方保证甲方使用所供设备和软件不侵犯第三方权利。
H:八、数据安全
P:（一）检测数据、叶片图像、缺陷记录及其中涉及的甲方客户信息均归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方提供的专用账号进行，操作全程记录；数据服务器不得接入乙方网络。
P:（三）发生数据泄露或丢失的，乙方应在8小时内书面报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:乙方对甲方的叶片设计参数、工艺文件、客户信息和检测结果负有保密义务，未经甲方书面同意不得披露，保密期至合同终止后五年。乙方人员进入甲方厂区须遵守甲方保密和安全生产管理制度，不得拍摄叶片及模具。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）逾期超过45日，或终验两次不合格的，甲方有权解除合同，乙方退还已付款项并赔偿损失。
H:十一、分包
P:乙方不得转包。导轨基础施工等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包人的行为承担连带责任。
H:十二、合同解除
P:任何一方严重违约，经守约方书面催告后15日内未纠正的，守约方有权解除合同并要求赔偿。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交盐城仲裁委员会仲裁。
H:十四、不可抗力
P:因地震、台风、洪水、战争等不可抗力不能按期履行的，受影响方应在3日内通知对方并在15日内提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否继续履行。
H:十五、通知与送达
P:双方往来通知以书面形式送达本合同首页地址或双方指定的电子邮箱，以签收或邮件到达之日为送达日。任何一方变更联系方式的，应提前5日书面通知对方。
H:十六、其他
P:本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：一、技术规格书；二、验收大纲；三、维保服务内容。
P:甲方（盖章）：江苏海岱风电叶片有限公司　　乙方（盖章）：无锡声衡检测技术有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h201z03 (md): 美发连锁 预约与储值卡 SaaS 三年 + 实施; Markdown headings "## 1 …" + 1.1
H201Z03 = """# 门店预约与会员储值管理系统 SaaS 服务合同

合同编号：YM-SaaS-2025-0863

甲方（客户）：杭州青丝美业连锁管理有限公司
地址：杭州市拱墅区丽水路 218 号

乙方（服务商）：上海约美信息科技有限公司
地址：上海市闵行区申长路 1588 号

甲方经营 46 家直营美发门店，拟使用乙方“约美云”平台统一管理线上预约、会员、储值卡、收银和发型师排班。双方经友好协商，订立本合同。

## 1 服务内容

1.1 乙方向甲方 46 家门店提供“约美云”SaaS 服务，功能包括：微信小程序在线预约与排队，会员档案及储值卡（充值、消费、退卡、余额查询），门店收银与聚合支付对接，发型师排班、业绩与提成核算，洗护产品库存，经营报表及总部驾驶舱。

1.2 乙方负责实施服务：门店及员工信息配置，现有会员及储值卡余额迁移，小程序上线，收银设备联调，店长及收银员培训。

1.3 服务期为三年，自系统上线验收合格之日起计算。

1.4 服务期内，乙方免费提供平台功能升级和法规要求的调整（包括单用途预付卡管理相关要求）；甲方提出的个性化开发需求，双方另行书面约定。

## 2 费用

2.1 费用明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| SaaS 订阅费 | 46 店 × ¥3,600/店/年 × 3 年 | 496,800 |
| 实施费（配置、数据迁移、小程序上线、培训） | 一次性 | 68,000 |
| 合计 |  | 564,800 |

2.2 合同总价为人民币伍拾陆万肆仟捌佰元整（¥564,800），含 6% 增值税。短信按实际发送量另行结算，不计入合同总价。

2.3 门店数量增加的，新增门店按 ¥3,600/店/年按月折算。

## 3 付款

3.1 本合同不设预付款。

3.2 订阅费按季度支付，每季度 ¥41,400，由甲方在每个服务季度结束后 10 个工作日内支付。

3.3 实施费在系统上线验收合格后 15 个工作日内一次性支付。

3.4 乙方应在每次收款前开具合法有效的增值税专用发票；甲方未收到合格发票的，付款期限相应顺延。

## 4 实施与上线验收

4.1 乙方应在合同签订后 45 日内完成全部门店上线。

4.2 上线验收标准：（1）46 家门店全部开通并完成收银联调；（2）会员档案及储值卡余额逐卡核对，迁移前后金额一致、无差错；（3）小程序预约、改约、取消及到店核销流程测试通过；（4）提成核算结果与甲方抽取的两家门店上月手工台账一致。

4.3 验收合格后双方签署上线验收单。门店开始使用系统不视为验收合格。验收不合格的，乙方应在 7 日内整改并重新组织验收。

4.4 因乙方原因未能按期上线的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。

4.5 甲方应指定项目负责人，按乙方实施计划提供门店、员工、会员及储值卡数据，并安排店长和收银员参加培训。因甲方原因造成延误的，上线期限相应顺延。

## 5 服务水平

5.1 系统月度可用率不低于 99.5%（不含提前 48 小时通知、且在每日 1:00—6:00 进行的计划维护）。

5.2 故障分级及响应：一级故障（全部门店无法预约或收银）乙方应在 15 分钟内响应，2 小时内恢复；二级故障（单店或单一功能不可用）30 分钟内响应，8 小时内恢复；三级故障在下一版本中修复。

5.3 月度可用率每低于约定 0.1 个百分点，乙方按当月订阅费的 5% 抵扣；一级故障超过恢复时限的，每超过一小时抵扣当月订阅费的 2%。当月抵扣总额以当月订阅费为限。

5.4 乙方每月 10 日前向甲方提交上月服务报告，列明可用率、故障处理情况及应抵扣金额，抵扣金额在下一期订阅费中扣除。

## 6 数据与安全

6.1 甲方会员信息、消费记录、储值余额及经营数据归甲方所有。

6.2 乙方有权对甲方数据进行去标识化处理后汇总分析，用于美业行业研究报告、产品优化及营销推荐模型训练；合同终止后，乙方可继续保留和使用上述去标识化数据。

6.3 乙方应采取以下安全措施：系统部署于境内云平台并通过网络安全等级保护第三级测评；会员手机号等个人信息加密存储；员工按角色授权，后台操作留存日志不少于六个月；储值余额每日与支付流水自动对账。

6.4 发生数据泄露、篡改或储值余额异常的，乙方应在 2 小时内通知甲方并采取补救措施；因乙方原因造成的损失，由乙方全额赔偿。

6.5 合同终止后 30 日内，乙方应将甲方数据以通用格式完整交还甲方。

## 7 知识产权

7.1 “约美云”平台及其源代码的知识产权归乙方所有，甲方在服务期内享有使用权。

7.2 乙方为甲方专门制作的小程序页面设计、报表模板、提成规则配置及驾驶舱归甲方所有，甲方可自行使用、修改或交由第三方使用。

7.3 乙方保证甲方使用本服务不侵犯任何第三方的知识产权；因此引起第三方索赔的，由乙方负责处理并承担全部费用。

## 8 保密

8.1 双方对在合作中知悉的对方商业秘密，包括甲方的会员规模、价格策略、门店经营数据和员工薪酬，负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内继续有效。

8.2 乙方应要求接触甲方信息的员工签署保密承诺，并对其员工的泄密行为承担责任。

## 9 分包

9.1 乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

## 10 续期

10.1 服务期满前 30 日，任何一方未书面提出不再续约的，本合同自动续期一年，可多次续期。

10.2 续期期间的订阅费由乙方按届时标准价格确定并通知甲方，上调幅度不超过上一年度订阅费的 12%。

## 11 违约责任与解除

11.1 任何一方违约给对方造成损失的，应予赔偿。乙方的累计赔偿责任以合同总价的两倍为限，但因数据泄露或故意造成的损失不受此限。

11.2 乙方严重违约，或连续两个月可用率低于 99% 的，甲方有权书面通知解除合同，乙方应退还已付未消耗的订阅费。

11.3 甲方逾期支付超过 30 日，经乙方书面催告后仍未支付的，乙方可暂停服务。

## 12 不可抗力

12.1 因不可抗力或基础电信网络大面积中断导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入可用率考核。不可抗力持续超过 30 日的，任何一方可书面解除合同。

## 13 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 14 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 双方通知以书面或电子邮件方式送达本合同首页地址及双方指定邮箱。

14.3 附件：附件一 功能清单；附件二 门店清单；附件三 实施计划。

甲方（盖章）：杭州青丝美业连锁管理有限公司

乙方（盖章）：上海约美信息科技有限公司

签订日期：2025 年 月 日
"""

# ---------------------------------------------------------------------------------------------------------------
# h201z04 (txt): 区信访局 网上信访系统 年度运维, 政府采购 单一来源; 第一章 … / 第X条 (continuous)
H201Z04 = """东塘区网上信访系统2025—2026年度运维服务合同

合同编号：DTXF-YW-2025-03
采购方式：单一来源采购（采购项目编号：DTCG-2025-DY-011）

甲方：临州市东塘区信访局
乙方：临州政通软件有限公司

鉴于乙方为东塘区网上信访系统的原开发单位，掌握系统源代码和数据结构，经区财政局批准，甲方以单一来源方式向乙方采购该系统2025—2026年度运维服务。依据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》和《信访工作条例》，双方订立本合同。

第一章 服务内容与期限

第一条 运维对象包括：网上信访受理平台（PC端、微信端）、信访事项办理系统、领导信箱、群众满意度评价模块、与省信访信息系统的数据交换接口，以及上述系统所在的应用服务器、数据库和短信平台。

第二条 服务内容包括：（一）日常监控与巡检，每日两次检查系统运行、接口交换和数据库备份；（二）故障处理；（三）根据甲方要求进行不超过60人日的功能调整；（四）配合年度网络安全等级保护测评并完成整改；（五）派驻1名运维工程师在甲方办公场所驻场，工作日8:30—17:30在岗；（六）每月提交运维报告，每季度提交安全巡检报告；（七）每半年组织一次应急演练，演练方案须经甲方确认；（八）重大节日、重要会议等敏感时期按甲方要求安排专人值守。服务开始前，乙方应与甲方核对系统清单、账号、备份策略和遗留问题，形成交接记录。

第三条 服务期限自2025年7月1日起至2026年6月30日止。期满本合同终止，不自动续期；甲方如需继续采购，应重新履行政府采购程序。

第二章 合同价款与支付

第四条 合同总价为人民币肆拾捌万陆仟元整（¥486,000），为含税固定价，分项如下：
（一）应用系统运维服务：¥268,000；
（二）驻场运维工程师（1人，服务期内驻场）：¥156,000；
（三）等级保护测评配合及整改：¥38,000；
（四）短信平台通道费：¥24,000。

第五条 本合同不设预付款。服务费按季度支付，每季度¥121,500。甲方在每季度考核合格、收到乙方发票后15个工作日内支付当季服务费；考核扣减的金额从当季服务费中扣除。乙方应在每次收款前开具合法有效的发票，资金来源为区级财政资金。

第三章 服务水平与考核

第六条 网上信访受理平台月度可用率不低于99.95%（经甲方同意的计划停机除外）。

第七条 故障分级及处理时限：
（一）一级故障：群众无法提交网上信访、信访事项无法流转，或与省信访信息系统数据交换中断。乙方接报后6小时内响应，24小时内恢复。
（二）二级故障：部分功能或部分用户无法使用。乙方接报后8小时内响应，2个工作日内恢复。
（三）三级故障：不影响业务办理的一般问题，5个工作日内解决。

第八条 乙方未达到第六条、第七条要求的，每超过处理时限一小时扣减服务费¥500；月度可用率每低于约定0.01个百分点扣减¥1,000。

第九条 甲方按季度对乙方进行考核，考核内容包括：系统可用率、故障响应和恢复时间、巡检及备份记录、运维报告的完整性、驻场人员出勤。考核采用百分制，80分及以上为合格，评分细则见附件2；考核结果经双方签字确认，作为支付依据。服务期满时，甲方组织年度验收，对照本合同第二条逐项核查运维记录、巡检报告、整改完成情况和交付文档，出具验收意见。

第四章 数据安全与保密

第十条 信访人个人信息、信访事项内容、办理过程及系统日志均属甲方所有。乙方仅为本合同运维目的接触上述数据，不得查询与运维工作无关的信访件，不得复制、留存、对外提供或用于其他任何目的。

第十一条 乙方应遵守数据安全和个人信息保护法律法规：运维操作一律通过甲方堡垒机在政务外网内进行，严禁通过互联网远程运维；运维账号专人专用、最小授权，离职或调岗的当日注销；运维终端须安装甲方指定的终端安全软件，不得安装与运维无关的软件；数据库备份介质由甲方保管；驻场人员须通过政治审查并签署保密承诺书。

第十二条 发现数据泄露、篡改、丢失或系统遭受攻击的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部法律责任和赔偿责任。

第十三条 乙方对履约中知悉的信访信息、信访人身份和甲方工作秘密负有保密义务，该义务不因合同终止而解除。违反保密义务的，甲方有权解除合同并追究乙方责任。

第五章 知识产权

第十四条 乙方在运维中为甲方编写的程序补丁、功能调整代码、运维脚本和技术文档，其知识产权归甲方所有，乙方应在每次变更后7日内将更新后的源代码和文档交付甲方。乙方在运维中使用的自有通用工具，甲方在本系统范围内享有永久免费使用权。

第六章 分包

第十五条 乙方可将短信通道服务、机房巡检等辅助性工作交由第三方承担，但应提前5个工作日以书面形式告知甲方，并对第三方的工作承担责任。

第七章 违约责任

第十六条 乙方未按第二条约定期限完成等级保护整改或甲方书面下达的功能调整任务的，每逾期一日按合同总价的千分之一向甲方支付违约金。

第十七条 驻场工程师无故缺勤的，每缺勤一日扣减服务费¥800。驻场工程师更换须提前10个工作日经甲方书面同意，更换人员的技术能力不得低于原人员。

第十八条 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除合同，并要求乙方赔偿损失。乙方其他严重违约，经甲方书面催告后10日内未改正的，甲方亦可解除合同。

第十九条 合同解除或期满时，乙方应配合甲方完成运维交接，交还全部账号、文档和备份介质，交接期不少于15日，交接期间不得中断服务。乙方应对接替单位进行必要的技术讲解，并如实说明系统遗留问题和已知隐患。

第八章 争议解决及其他

第二十条 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第二十一条 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但乙方应尽最大努力保障网上信访受理渠道畅通。

第二十二条 双方的通知以书面形式送达本合同载明的地址，甲方通过政务内网系统发出的工作指令视为书面通知。

第二十三条 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的不正当利益。

第二十四条 本合同未尽事宜，双方另行签订书面补充协议。本合同一式四份，甲乙双方各执两份，自双方盖章之日起生效。

附件：1.运维服务内容及系统清单；2.考核评分表；3.驻场人员名单。

甲方（盖章）：临州市东塘区信访局            乙方（盖章）：临州政通软件有限公司
负责人或授权代表：                          法定代表人或授权代表：
日期：2025年6月  日                         日期：2025年6月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h201z05 (md): 锅巴生产企业 ERP 许可 + 定制开发, supplier's own template; "## 一、" headings + 1.1
H201Z05 = """# 禾丰云ERP软件许可及实施服务合同

（禾丰云标准合同文本 V5.0，2024年版）

合同编号：HFY-ERP-2025-1127

甲方（用户）：河南脆香园食品有限公司
住所：河南省漯河市经济技术开发区燕山路 66 号

乙方（禾丰云）：安徽禾丰云软件有限公司
住所：安徽省合肥市高新区望江西路 800 号

甲方主要生产小米锅巴、土豆锅巴等休闲食品，拥有两个生产基地和覆盖全国的经销商网络。甲方决定采用乙方的禾丰云ERP软件，并委托乙方进行定制开发和实施。双方根据《中华人民共和国民法典》，签订本合同。

## 一、合同标的

1.1 乙方向甲方提供禾丰云ERP标准版软件永久使用许可（80个并发用户），模块包括财务、采购、销售、库存、生产制造和质量追溯。

1.2 乙方根据甲方需求进行定制开发，包括：锅巴配方及工艺参数管理、油炸与调味工序批次记录、食品安全追溯码（原料批次—生产批次—经销商）、经销商返利结算、电商平台订单接口。

1.3 乙方提供实施服务（业务蓝图、系统配置、期初数据导入、上线支持）及用户培训。

1.4 本合同所称“上线”，是指乙方完成系统部署并通知甲方可以在生产环境中录入业务单据。软件版本以乙方发布的版本说明为准，乙方有权根据产品规划调整功能界面。

## 二、合同价款

2.1 合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 禾丰云ERP标准版永久许可（80用户） | 560,000 |
| 2 | 定制开发 | 480,000 |
| 3 | 实施服务 | 196,000 |
| 4 | 培训 | 50,000 |
|  | 合计 | 1,286,000 |

2.2 上述价格含税。乙方人员差旅费已包含在实施服务费中。

2.3 定制开发以附件二需求说明为准，超出部分按乙方人天单价另行结算。

## 三、付款方式

3.1 本合同签订后 5 个工作日内，甲方支付合同总价的 45%，即 ¥578,700。

3.2 系统上线后 5 个工作日内，甲方支付合同总价的 45%，即 ¥578,700。

3.3 系统上线运行满三个月后 5 个工作日内，甲方支付剩余 10%，即 ¥128,600。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务直至甲方付清款项。

## 四、实施与上线

4.1 乙方应在甲方按期支付首期款后 150 日内完成系统上线，甲方应提供必要的场地、人员和基础数据。

4.2 因乙方原因导致系统上线延误的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的 3%。因甲方原因或需求变更导致延误的，工期相应顺延。

4.3 甲方应指定项目经理，按乙方要求提供基础数据、确认业务蓝图，并保证关键用户参加培训。甲方未按期确认或提供资料的，乙方不承担延误责任。

4.4 业务蓝图经甲方确认后，甲方提出需求变更的，应另行支付费用，工期由乙方重新确定。

## 五、验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后 7 日内未以书面形式提出异议的，亦视为验收合格，甲方不得再以系统不符合要求为由拒付款项。

## 六、售后服务

6.1 乙方自系统上线之日起提供六个月免费维护服务，内容包括缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法登录或核心业务无法办理）乙方在 12 小时内响应；二级故障在 2 个工作日内响应；其他问题在下一版本中处理。

6.3 乙方将尽力按上述时限处理故障，但对因故障造成的停工、延误或其他损失不承担赔偿、扣款或违约责任。

6.4 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护合同，维护费按乙方当年度公布的服务价格标准收取。

6.5 以下情形不属于免费维护范围：甲方自行修改系统配置或数据库导致的问题；甲方硬件、网络或操作系统故障；甲方新增功能需求。乙方处理上述问题的，按乙方人天单价另行收费。

## 七、知识产权

7.1 禾丰云ERP软件的著作权归乙方所有。

7.2 乙方根据本合同完成的定制开发成果（包括源代码、配方管理模块、追溯码规则、接口程序及相关文档）的知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译，也不得提供给任何第三方使用。

## 八、数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 乙方有权在去除甲方名称等直接识别信息后，使用甲方业务数据进行行业分析、产品改进，并向合作伙伴提供食品行业经营基准报告。

8.3 乙方远程维护时应使用甲方授权的账号，操作留存日志，不得擅自拷贝甲方数据库。发生数据泄露的，乙方应在知悉后 2 日内通知甲方并协助处理；因乙方过错导致数据泄露的，乙方依照本合同第十条承担赔偿责任。

## 九、保密

9.1 双方对在合作中获悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。甲方的配方及工艺参数属于甲方技术秘密。

## 十、违约责任

10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。

10.2 乙方在本合同项下的累计赔偿责任（包括违约金）不超过合同总价的 25%，且不承担甲方的间接损失、利润损失或数据损失。

## 十一、合同解除

11.1 任何一方严重违约，经对方书面催告后 30 日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除的，甲方已支付的许可费不予退还。

11.3 合同解除后，甲方应停止使用定制开发成果，并在 15 日内删除相关程序；乙方配合甲方导出业务数据，导出服务另行收费。

## 十二、不可抗力

12.1 因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。

12.2 电信运营商网络故障、云服务商故障、病毒攻击及政府行为导致的服务中断，视为不可抗力。

## 十三、争议解决

13.1 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 十四、其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，未经乙方法务部门书面确认的手写修改无效。

14.3 双方通知以电子邮件或书面方式送达本合同首页地址；乙方在官网或客户服务平台发布的产品公告对甲方具有通知效力。

14.4 本合同附件包括：附件一 软件功能清单；附件二 定制开发需求说明；附件三 实施计划。

甲方（盖章）：河南脆香园食品有限公司　　　　乙方（盖章）：安徽禾丰云软件有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：　　年　　月　　日　　　　　　　　　日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h201e01 (docx): Danyang lens maker, lens-surfacing software perpetual licence + configuration + support;
# vendor on Hompelvoet, Dutch style ("The undersigned", "Article N")
H201E01 = """T:Software Licence, Implementation and Support Agreement
P:Agreement number GOS-CN-2025-031
P:THE UNDERSIGNED:
P:1. Jiangsu Danyang Mingjing Optical Co., Ltd., a company incorporated under the laws of the People's Republic of China, with its registered office at 9 Yunyang Road, Danyang, Jiangsu Province, legally represented by its general manager, hereinafter referred to as "Customer";
P:2. Grevelingen Optical Software B.V., a private limited liability company under Dutch law, with its registered office on Hompelvoet, Grevelingen, the Netherlands, registered with the Dutch Chamber of Commerce, legally represented by its managing director, hereinafter referred to as "Supplier";
P:hereinafter jointly referred to as the "Parties" and each individually as a "Party".
P:WHEREAS:
P:A. Customer manufactures prescription and freeform spectacle lenses at two surfacing lines in Danyang and wishes to replace its lens-design and lab-management software;
P:B. Supplier develops SurfaceCore, software for lens design calculation, generator and polisher control and surfacing-lab management, and has offered to license, configure and support it at Customer's site;
P:C. at Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY);
P:HAVE AGREED AS FOLLOWS:
H:Article 1 Definitions
P:1.1 "Software" means SurfaceCore version 8, including the machine connectors listed in Annex 1, in object code, with its documentation and any updates provided under this Agreement.
P:1.2 "Customer-Specific Deliverables" means the parameter sets, lens-design profiles, calibration tables, report layouts and the interface code to Customer's ERP system and B2B order portal that Supplier creates for Customer under this Agreement.
P:1.3 "Final Acceptance" means the written confirmation by Customer under Article 5.3.
P:1.4 "Priority 1 Incident" means an incident by which lens-design calculation or job transfer to the generators has stopped on a production line.
H:Article 2 Subject of the Agreement
P:2.1 Supplier grants Customer a perpetual, non-exclusive, non-transferable licence to use the Software at Customer's Danyang site for two surfacing lines, including use by Customer's group companies for Customer's own production.
P:2.2 Supplier shall install and configure the Software, build the Customer-Specific Deliverables, connect the fourteen machines listed in Annex 1, train Customer's staff and provide warranty and support services, all as described in this Agreement and its Annexes.
H:Article 3 Prices
P:3.1 The prices are fixed and include all travel, accommodation and import costs and Chinese value-added tax. The Total Contract Price is CNY 2,170,000, composed as follows:
TB:Item|Description|Quantity|Price (CNY)
TB:1|SurfaceCore site licence, two surfacing lines (perpetual)|1|1,340,000
TB:2|Machine connectors for generators, polishers and engravers (perpetual, CNY 21,000 each)|14|294,000
TB:Licence Subtotal (items 1 and 2)|||1,634,000
TB:3|Configuration, lens-design parameter set-up and machine calibration|1|286,000
TB:4|Interfaces to Customer ERP and B2B order portal|1|198,000
TB:5|On-site training in Danyang (operators, lab engineers, administrators)|1|52,000
TB:Total Contract Price|||2,170,000
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Total Contract Price (CNY 434,000) within twenty working days after signature of this Agreement and receipt of Supplier's invoice.
P:4.2 Customer shall pay 45% of the Total Contract Price (CNY 976,500) after installation of the Software and connection of all machines, confirmed in an installation certificate. The installation certificate does not constitute acceptance.
P:4.3 Customer shall pay the remaining 35% (CNY 759,500) within twenty working days after Final Acceptance.
P:4.4 Payment shall be made by bank transfer in CNY to Supplier's account stated on the invoice.
H:Article 5 Delivery, Go-Live and Acceptance
P:5.1 Supplier shall complete installation within ten weeks after signature and bring the Software into production use on both lines (Go-Live) within eighteen weeks after signature, according to the project plan in Annex 2.
P:5.2 Before Final Acceptance, the Parties shall carry out the acceptance tests described in Annex 3, which shall at least show that: (a) 500 reference jobs covering single-vision, progressive and freeform designs are calculated and surfaced within the tolerances of ISO 8980-1 and ISO 8980-2; (b) every connected machine receives and completes jobs without manual file transfer; (c) orders from the ERP system and the B2B portal are reconciled with the Software without any difference for ten consecutive working days; (d) the lab reports listed in Annex 3 are available; and (e) the Software runs for twenty production days after Go-Live without a Priority 1 Incident.
P:5.3 When the tests have been passed, Customer shall confirm Final Acceptance in writing within ten working days. If a test fails, Supplier shall remedy the defect and the test shall be repeated. Go-Live, production use of the Software or any payment shall not be deemed acceptance.
P:5.4 If Go-Live is delayed for reasons attributable to Supplier, Supplier shall pay Customer a penalty of 0.6% of the Total Contract Price for each full week of delay, up to a maximum of 10% of the Total Contract Price, without prejudice to Customer's right to terminate under Article 12.
H:Article 6 Warranty
P:6.1 Supplier warrants that the Software and the Customer-Specific Deliverables will conform to the specifications in Annex 1 and Annex 3 for a period of twenty-four months from Final Acceptance (the Warranty Period).
P:6.2 During the Warranty Period Supplier shall correct defects, provide all updates and new versions and provide the support services of Article 7 free of charge.
H:Article 7 Support and Service Levels
P:7.1 Supplier provides telephone, e-mail and remote support in Chinese and English. For a Priority 1 Incident Supplier shall respond within two hours, at any time, and restore production use within eight hours; for other incidents Supplier shall respond within one working day.
P:7.2 For each hour by which Supplier exceeds a response or restoration time for a Priority 1 Incident, Supplier shall pay Customer CNY 1,500, which Customer may set off against any amount payable to Supplier.
P:7.3 After the Warranty Period Customer may order support and updates by annual purchase order. The annual support fee is 12.5% of the Licence Subtotal, being CNY 204,250 per year, and shall not be increased during the first three years after the Warranty Period; any later increase requires the written agreement of both Parties and shall not exceed 3% per year. Support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 All intellectual property rights in the Software remain with Supplier. Customer's licence under Article 2.1 survives termination of this Agreement once the licence fees have been paid.
P:8.2 All intellectual property rights in the Customer-Specific Deliverables vest in Customer upon creation. Supplier shall deliver their source code and documentation at Final Acceptance. Customer may use, modify and license them freely, also through third parties.
H:Article 9 Data and Data Security
P:9.1 All production data, prescription and order data and lens-design results processed by the Software (Customer Data) belong to Customer. Supplier shall process Customer Data only to perform this Agreement and on Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software is hosted on Customer's servers in Danyang. Supplier shall access Customer's systems only through Customer's VPN, with a personal account approved by Customer for each session, and shall not copy Customer Data outside Customer's systems. Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 Supplier shall notify Customer of any security incident affecting Customer Data within eight hours after discovery, take all reasonable measures to limit its effects, and shall be liable for all damage resulting from an incident caused by Supplier or its personnel.
H:Article 10 Confidentiality
P:10.1 Each Party shall keep secret all confidential information of the other Party, including Customer's lens designs, prices and customer lists, and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 11 Liability and Subcontracting
P:11.1 Supplier's total liability under this Agreement is limited to 125% of the Total Contract Price. This limitation does not apply to damage caused by intent or gross negligence, to breach of Articles 9 and 10, or to infringement of third-party rights.
P:11.2 Supplier shall not subcontract any part of its obligations without Customer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either Party may terminate this Agreement by written notice if the other Party fails to perform a material obligation and does not remedy the failure within thirty days after a written notice of default. Customer may also terminate if the penalty under Article 5.4 reaches its maximum.
P:12.2 On termination by Customer under Article 12.1, Supplier shall refund the amounts paid for items not yet accepted.
H:Article 13 Applicable Law and Disputes
P:13.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 All disputes arising from this Agreement shall be submitted exclusively to the competent court in Rotterdam, the Netherlands.
H:Article 14 Final Provisions
P:14.1 This Agreement is signed in two originals in English. Annexes: Annex 1 Specifications and machine list; Annex 2 Project plan; Annex 3 Acceptance tests. Amendments are valid only in writing.
P:Thus agreed and signed in duplicate.
P:For Customer: ____________________ (name, title, date)
P:For Supplier: ____________________ (name, title, date)
"""

# ---------------------------------------------------------------------------------------------------------------
# h201e02 (txt): Wuyuan village homestay group, reservation SaaS, Order Form + General Terms;
# vendor on the Faehrinsel off Hiddensee, German style ("§ N (1)")
H201E02 = """ORDER FORM No. FB-2025-0147
for the Faehrinsel Booking Cloud

Supplier: Faehrinsel Buchungssysteme GmbH, Faehrinsel, 18565 Insel Hiddensee, Germany, registered in the commercial
register of the Stralsund Local Court, represented by its managing director ("Supplier")

Customer: Wuyuan Yuntian Village Homestay Group Co., Ltd., 12 Huangling Road, Jiangwan Town, Wuyuan County, Jiangxi
Province, People's Republic of China, represented by its chairman ("Customer")

1. Services ordered
The Faehrinsel Booking Cloud for 14 homestay properties with 186 rooms in the villages of Huangling, Likeng and
Jiangling, comprising: online booking engine with WeChat mini-program; channel manager for Ctrip, Meituan and Fliggy;
property management (front desk, housekeeping, invoicing); guest registration upload to the local public security
system; group reporting. Setup Services as described in § 3 of the General Terms.

2. Term
36 months from the date of the Acceptance Certificate (Go-Live Acceptance). Renewal under § 11 of the General Terms.

3. Fees (CNY, at Customer's request; including Chinese VAT)
Subscription fee: CNY 11,400 per month for all 14 properties, i.e. CNY 410,400 for the 36-month term.
One-time Setup fee: CNY 46,000.
Total contract value: CNY 456,400.
Additional properties: CNY 800 per property per month. SMS messages are charged at cost and are not part of the
total contract value.

4. Go-Live Date
Go-Live Acceptance no later than 60 days after signature of this Order Form.

5. Contract documents
This Order Form and the General Terms of Faehrinsel Buchungssysteme GmbH for Booking Cloud Services (version 4.2,
attached) form the Agreement. The General Terms apply only as attached; Customer's purchasing terms do not apply.

6. Contacts
Supplier: customer success manager for Greater China, reachable in Chinese and English by e-mail and WeChat.
Customer: IT coordinator of the group head office in Jiangwan Town.

7. Special agreements
None. Any special agreement must be recorded in this Order Form in text form to be valid.

Place, date, signatures:
Supplier ______________________        Customer ______________________


GENERAL TERMS FOR BOOKING CLOUD SERVICES (Version 4.2)

§ 1 Subject matter
(1) The Supplier provides the cloud services stated in the Order Form (the "Services") as software as a service over
the internet. The software is not installed on the Customer's systems.
(2) The Supplier may further develop the Services, provided that the functions ordered are not materially reduced.
It informs the Customer of material changes at least four weeks in advance.
(3) Hardware at the properties (computers, card readers, identity-card scanners, printers) and the internet
connections are not part of the Services and are provided by the Customer.

§ 2 Contract documents
(1) The Agreement consists of the Order Form and these General Terms. In case of contradictions the Order Form
prevails.
(2) Amendments and supplements require text form.

§ 3 Setup Services, Go-Live Acceptance
(1) The Supplier sets up the 14 properties, imports room types, rates and existing future bookings, connects the three
online travel agencies and the public security upload, and trains the Customer's front-desk staff in each village.
(2) Before Go-Live the parties carry out an acceptance test. The test is passed when (a) all 186 rooms and their rate
plans are correctly set up, (b) the two-way synchronisation with all three online travel agencies runs for seven days
without a double booking or lost booking, (c) the guest registration upload is confirmed by the local public security
system for test check-ins at every property and (d) payment and refund in the WeChat mini-program work. After a
passed test the Customer signs the Acceptance Certificate. Use of the Services before that date is not acceptance.
(3) If the test fails, the Supplier remedies the defects within ten working days and the test is repeated. The
Customer provides the room and rate data in the Supplier's import template and names one contact person per village.
(4) If the Go-Live Acceptance is delayed beyond the Go-Live Date in the Order Form for reasons for which the Supplier
is responsible, the Supplier pays a contractual penalty of CNY 300 for each calendar day of delay, up to a maximum of
5% of the total contract value. The penalty is credited against claims for damages.

§ 4 Availability and support
(1) The Supplier makes the Services available at 99.95% per calendar month, measured at the exit of the data centre,
excluding scheduled maintenance announced at least three days in advance and carried out between 01:00 and 05:00
Beijing time.
(2) The Supplier provides support in Chinese and English. Priority 1 incidents (the booking engine or the channel
manager is unavailable for all properties) are responded to within one hour at any time of day; Priority 2 incidents
within eight hours; other requests within two working days.
(3) The values in paragraphs (1) and (2) are service targets. If they are missed, the Supplier analyses the cause and
takes measures to prevent a recurrence. Service credits, fee reductions or other compensation are not owed for
missing them; the statutory reduction of fees is excluded to the extent permitted by law.
(4) The Supplier provides a monthly report on availability and incidents through the customer portal.

§ 5 Fees and payment
(1) The fees are stated in the Order Form. The subscription fee is invoiced monthly in arrears and is payable within
30 days of the invoice date. The Setup fee is invoiced after Go-Live Acceptance.
(2) No advance payment is due.
(3) The fees are fixed for the initial term.
(4) Invoices are issued as Chinese VAT invoices. Bank charges for international transfers are borne by the party
that incurs them.

§ 6 Customer Data and data protection
(1) All data that the Customer or its guests enter into the Services, in particular guest names, identity document
data, bookings and payment records ("Customer Data"), belong to the Customer. The Supplier processes Customer Data
only on the Customer's instructions and only to provide the Services.
(2) Customer Data are stored exclusively in data centres in mainland China operated by the hosting provider named in
§ 9 (2). The Supplier implements the technical and organisational measures in Annex 1 to the General Terms, in
particular encryption in transit and at rest, role-based access, logging of administrative access and daily backups,
and keeps the Services filed at Multi-Level Protection Scheme level 2.
(3) The Supplier informs the Customer without undue delay, and in any case within twelve hours, of any breach of the
security of Customer Data, supports the Customer in notifications to authorities and guests, and is liable for damage
caused by a breach for which it is responsible, subject to § 10.
(4) Within 30 days after the end of the Agreement the Supplier hands over all Customer Data in a common format and
then deletes them.

§ 7 Confidentiality
(1) Each party keeps confidential all information of the other party designated as confidential or recognisable as
confidential, in particular prices, occupancy figures and guest information, and uses it only for the Agreement.
(2) The obligation continues for three years after the end of the Agreement.

§ 8 Rights of use
(1) The Supplier grants the Customer the non-exclusive right, limited to the term, to use the Services for its own
properties.
(2) All rights in the software remain with the Supplier.
(3) Customer-specific configurations, rate plans, room descriptions, templates and mini-program pages created for the
Customer belong to the Customer. The Customer may use and modify them and have them modified by third parties, also
after the end of the Agreement.

§ 9 Subcontractors
(1) The Supplier may use subcontractors only with the prior written consent of the Customer.
(2) The Customer hereby consents to the hosting of the Services by Alibaba Cloud (data centre region East China 2,
Shanghai).

§ 10 Liability
(1) The Supplier is liable without limitation for intent and gross negligence and for injury to life, body or health.
(2) In cases of slight negligence the Supplier is liable only for the breach of essential contractual obligations and
only for typical, foreseeable damage, and in any case limited to the fees paid by the Customer in the six months
preceding the damaging event.
(3) Liability for lost profit and indirect damage is excluded in cases of slight negligence.

§ 11 Term, renewal and termination
(1) The initial term is stated in the Order Form.
(2) After the initial term the Agreement renews automatically for successive periods of one year unless either party
terminates it with three months' notice to the end of the term. The fees remain unchanged during any renewal period.
(3) Ordinary termination during the initial term is excluded.
(4) The right of either party to terminate for good cause remains unaffected. Good cause exists in particular if the
other party commits a material breach of contract and does not remedy it within 14 days after a written warning.
(5) Notices of termination require written form.
(6) After the end of the Agreement the Supplier keeps the Services available in read-only mode for 30 days so that the
Customer can complete the transfer of future bookings to a successor system.

§ 12 Governing law and place of jurisdiction
(1) The Agreement is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts
for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the Agreement is Stralsund,
Germany.

§ 13 Final provisions
(1) Should individual provisions be invalid, the validity of the remaining provisions is not affected.
(2) The English version is binding. A Chinese translation is provided for convenience only.
(3) The Customer may not assign rights under the Agreement to third parties without the Supplier's consent; the
Supplier may not do so without the Customer's consent.

Annex 1: Technical and organisational measures. Annex 2: Service description Booking Cloud.
"""

# ---------------------------------------------------------------------------------------------------------------
# h201e03 (pdf): Qinhuangdao scallop farm, chlorophyll sensor buoys + maintenance; integrator on the Isla de Mouro,
# Spanish style, buyer's paper ("Clause N")
H201E03 = """T:Supply and Maintenance Contract for Water-Quality Buoys
P:Contract No. QHD-HY-2025-027 (Buyer's standard form)
H:PARTIES
P:ON THE ONE PART, Qinhuangdao Haiyang Scallop Farming Co., Ltd., with registered address at 88 Haigang Road, Haigang District, Qinhuangdao, Hebei Province, People's Republic of China, represented by its general manager (the "Buyer").
P:ON THE OTHER PART, Mouro Marine Sensing S.L., with registered address on the Isla de Mouro, Bay of Santander, Cantabria, Spain, represented by its sole director (the "Supplier").
P:Both parties acknowledge each other's capacity to enter into this Contract and
H:STATE
P:I. That the Buyer farms bay scallops on long-lines in the coastal waters off Qinhuangdao and needs continuous monitoring of chlorophyll-a, dissolved oxygen, temperature, salinity and turbidity to anticipate algal blooms and oxygen depletion.
P:II. That the Supplier designs, supplies and installs moored sensor buoys and the associated monitoring software and has submitted the offer attached as Annex 1.
P:III. That, at the Buyer's request, all prices are expressed and payable in Chinese yuan (CNY).
P:Therefore the parties agree to enter into this Contract, which shall be governed by the following
H:CLAUSES
H:Clause 1. Object
P:1.1 The Supplier shall supply, moor, install and commission 24 multi-parameter buoys, each with a chlorophyll-a fluorometer with automatic wiper and sensors for dissolved oxygen, temperature, salinity and turbidity; 4 shore gateways with LoRa and 4G relay; and the monitoring and algal-bloom alert platform, licensed perpetually and installed on the Buyer's server in Qinhuangdao.
P:1.2 The Supplier shall also configure the Buyer's alert thresholds, calibrate the sensors, train the Buyer's staff and provide warranty and maintenance services as set out in this Contract.
H:Clause 2. Price
P:2.1 The total Contract Price is CNY 1,364,000, including Chinese VAT, import duties, transport to Qinhuangdao, mooring materials and all costs of the Supplier's personnel. The price is fixed and broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter buoy with chlorophyll-a fluorometer|24|38,500|924,000
TB:2|Shore gateway with LoRa and 4G relay|4|26,000|104,000
TB:3|Monitoring and algal-bloom alert platform, perpetual licence|1|168,000|168,000
TB:Hardware and Licence Subtotal||||1,196,000
TB:4|Mooring, installation and commissioning|1|132,000|132,000
TB:5|Calibration set-up and training|1|36,000|36,000
TB:Total Contract Price||||1,364,000
H:Clause 3. Payment
P:3.1 10% of the Contract Price (CNY 136,400) within fifteen working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 750,200) after delivery and installation of all buoys and gateways, confirmed by a signed installation record. The installation record does not constitute acceptance.
P:3.3 35% of the Contract Price (CNY 477,400) within fifteen working days after Final Acceptance.
H:Clause 4. Delivery and installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's base at Qinhuangdao within 75 days after signature and complete mooring and commissioning within 30 days after delivery, weather permitting. Days on which the local maritime authority prohibits work at sea extend the period accordingly.
P:4.2 The Buyer provides a work boat with crew and the positions of the long-line areas; the Supplier is responsible for the mooring design, anchors, chains and navigation marks.
P:4.3 The equipment shall be packed for sea freight and inland transport. Risk passes to the Buyer when the equipment is signed for at the Buyer's base; title passes on payment under Clause 3.2.
P:4.4 The Supplier shall obtain, with the Buyer's assistance, any approval of the local maritime authority needed for the buoys and their navigation marks, and shall deliver the packing lists, certificates of origin, operating manuals and calibration certificates with the equipment.
H:Clause 5. Acceptance
P:5.1 After commissioning a trial run of 30 consecutive days shall take place. Final Acceptance requires that: (a) every buoy transmits a complete data set at least every ten minutes during the trial run, apart from gaps caused by storms above sea state 6; (b) the chlorophyll-a readings of each buoy agree with the Buyer's laboratory reference samples within plus or minus 0.5 micrograms per litre on three sampling days; (c) the oxygen and bloom alerts are triggered correctly in a simulation test witnessed by the Buyer; (d) training is completed and all manuals and calibration certificates are delivered.
P:5.2 When the criteria are met the parties sign a Final Acceptance certificate. Delivery, installation, the trial run or use of the data by the Buyer shall not be deemed acceptance. If a criterion is not met the Supplier shall remedy the defect within 15 days and the test shall be repeated.
H:Clause 6. Warranty
P:6.1 The Supplier warrants the equipment and the platform for twenty-four months from Final Acceptance. During this period the Supplier shall repair or replace defective parts free of charge, recalibrate the fluorometers every six months and replace wiper blades and anti-fouling covers as needed.
P:6.2 Loss or damage caused by ships, fishing gear or storms above the design sea state is excluded from the warranty; the Supplier shall repair such damage at the unit prices in Annex 1.
P:6.3 The Supplier shall keep spare fluorometers, oxygen sensors and gateway modules in stock in mainland China and shall ensure that spare parts remain available for at least eight years after Final Acceptance.
H:Clause 7. Service levels
P:7.1 A Critical Fault is a failure of the platform or the loss of data from more than one third of the buoys. The Supplier shall respond to a Critical Fault within one hour by telephone and remote diagnosis, and shall have a technician on site within two days, weather permitting. Other faults shall be answered within one working day.
P:7.2 For each hour by which the response time for a Critical Fault is exceeded the Supplier shall pay CNY 800, and for each buoy-day of data lost after the on-site time has expired, CNY 600. The Buyer may deduct these amounts from any payment due.
H:Clause 8. Maintenance after the warranty
P:8.1 After the warranty period the Buyer may order annual maintenance by written purchase order. The annual maintenance fee is 9% of the Hardware and Licence Subtotal, that is CNY 107,640 per year, fixed for the first three years after the warranty period, and covers the same services as Clause 6.1 and Clause 7.
P:8.2 Maintenance is not renewed automatically. Any later fee shall be agreed in writing by both parties.
H:Clause 9. Intellectual property
P:9.1 The rights in the platform software remain with the Supplier; the Buyer's licence is perpetual and irrevocable once paid.
P:9.2 The alert thresholds, bloom-prediction parameters calibrated on the Buyer's data, dashboards, reports and interface scripts made for the Buyer belong to the Buyer, who may use, modify and license them freely.
H:Clause 10. Data and data security
P:10.1 All measurement data, farm positions, production records and reports are the Buyer's property. The Supplier may use them only to perform this Contract and shall not use them for research, publication or any other purpose.
P:10.2 The platform is hosted on the Buyer's server. The Supplier accesses it only through the Buyer's VPN with an account approved by the Buyer for each session, shall not copy data outside the Buyer's systems and shall follow the Data Security Law of the People's Republic of China.
P:10.3 The Supplier shall report any data leak, loss or unauthorised access within eight hours after discovery, cooperate in remedying it, and bear all damage caused by an incident for which it is responsible.
H:Clause 11. Confidentiality
P:11.1 The Supplier shall keep confidential all information obtained from the Buyer, in particular farm locations, stocking densities, yields and prices, and shall not disclose it to third parties without the Buyer's prior written consent, during this Contract and for five years after its end.
H:Clause 12. Delay damages and liability
P:12.1 If the Supplier fails to meet a time limit in Clause 4.1 or to achieve Final Acceptance within 150 days after signature, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier shall compensate the Buyer for any other loss caused by its breach of this Contract.
H:Clause 13. Subcontracting
P:13.1 The Buyer approves, by signing this Contract, the mooring work by Qinhuangdao Bohai Marine Engineering Co., Ltd. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontractors.
H:Clause 14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages reach their maximum.
P:14.2 Upon such termination the Supplier shall refund the amounts paid for work not accepted and compensate the Buyer's loss.
H:Clause 15. Governing law and disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.
H:Clause 16. Final provisions
P:16.1 This Contract is made in English and Chinese, both versions being equally authentic, in four originals.
P:16.2 Annexes: Annex 1 Supplier's offer and unit prices; Annex 2 Technical specifications; Annex 3 Mooring plan. In case of discrepancy the clauses of this Contract prevail over the Annexes.
P:16.3 Notices shall be given in writing to the addresses stated above or by e-mail to the project managers named in Annex 1. Neither party may assign this Contract without the other party's prior written consent.
P:In witness whereof, the parties sign this Contract at Qinhuangdao on the date below.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h201e04 (md): Xiamen cross-border e-commerce firm, managed IT + desktop support; provider on Caher Island,
# Irish style ("N. HEADING", sub-clauses N.N)
H201E04 = """# MANAGED IT SERVICES AGREEMENT

**THIS AGREEMENT** is made on the ____ day of __________ 2025

**BETWEEN:**

(1) **CAHER ISLAND MANAGED SERVICES LIMITED**, a company incorporated in Ireland with registered number 714203, having its registered office at Caher Island, Clew Bay, County Mayo, Ireland (the **"Provider"**); and

(2) **XIAMEN LUJIANG CROSS-BORDER TRADING CO., LTD.**, a company incorporated in the People's Republic of China, having its registered office at 19 Guanyin Mountain Road, Siming District, Xiamen, Fujian Province (the **"Customer"**).

**WHEREAS:**

(A) The Customer operates cross-border e-commerce stores and a fulfilment office in Xiamen with approximately 310 staff.

(B) The Provider provides managed IT and desktop support services and has agreed to provide such services to the Customer on the terms of this Agreement, with all charges expressed in Chinese yuan (CNY) at the Customer's request.

**NOW IT IS HEREBY AGREED** as follows:

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: **"Charges"** means the charges set out in Clause 4; **"Customer Data"** means all data, files, e-mails and records of the Customer or its staff held on or passing through the systems managed under this Agreement; **"Service Commencement Date"** means the date of the certificate issued under Clause 3.3; **"Initial Term"** means twenty-four months from the Service Commencement Date; **"P1 Incident"** means an incident that stops the operation of a site, of the store back-office systems or of more than twenty users.

1.2 Clause headings do not affect interpretation. References to a statute include it as amended.

## 2. THE SERVICES

2.1 The Provider shall provide the following services (the **"Services"**) from the Service Commencement Date:

(a) a service desk in Mandarin and English, available by telephone, WeChat and portal from 08:00 to 22:00 China Standard Time seven days a week, with an on-call engineer outside those hours for P1 Incidents;

(b) two on-site desktop engineers at the Customer's Xiamen office on working days from 08:30 to 18:00;

(c) management of 310 user devices, including patching, antivirus, software deployment, joiner and leaver processing and hardware break-fix coordination with the manufacturers;

(d) management of the firewalls, switches and Wi-Fi at the Customer's three sites (office, warehouse and live-stream studio);

(e) management of the Customer's backups, including a monthly restore test; and

(f) a monthly service report and a quarterly service review meeting.

2.2 The Provider shall perform the Services with the skill and care of a competent managed-services provider and in accordance with the service levels in Clause 5.

## 3. TRANSITION AND SERVICE COMMENCEMENT

3.1 Within forty-five days after the date of this Agreement the Provider shall carry out the transition: inventory of all devices and accounts, documentation of the network, installation of its management tools and take-over of open tickets from the Customer's current provider.

3.2 Service commencement tests shall show that (a) every device in the inventory reports to the Provider's management tool; (b) a restore test of the file server and the order database has succeeded; (c) the firewall rules have been documented and reviewed with the Customer; and (d) the service desk has handled calls for ten working days in a parallel run.

3.3 When the tests have been passed the Customer shall sign a Service Commencement certificate. Use of the Services during the transition shall not constitute acceptance.

3.4 If the Service Commencement Date has not been reached within forty-five days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 4. CHARGES AND PAYMENT

4.1 The Charges are as follows:

| Service | Basis | Monthly charge (CNY) |
|---|---|---|
| Service desk and managed devices | 310 users at CNY 95 | 29,450 |
| On-site desktop engineers | 2 engineers | 32,000 |
| Network, firewall and Wi-Fi management | 3 sites | 6,600 |
| Backup management | | 2,450 |
| **Total monthly charge** | | **70,500** |

4.2 A one-time transition charge of CNY 48,000 is payable within thirty days after the Service Commencement Date.

4.3 The monthly charge is invoiced monthly in arrears and is payable within thirty days of the invoice date. No amount is payable in advance. The total Charges for the Initial Term are CNY 1,740,000 (24 months at CNY 70,500 plus the transition charge).

4.4 Devices above 330 are charged at CNY 95 per device per month from the month following their addition.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall respond to a P1 Incident within thirty minutes and shall use all reasonable endeavours to restore service within six hours. P2 Incidents (a single user or function affected) shall be responded to within two hours and resolved within one working day. Service requests shall be completed within two working days.

5.2 If the Provider fails to meet the P1 response time, or fails to meet the P2 resolution time for more than five per cent of P2 Incidents in a month, the Customer shall receive a service credit of five per cent of the monthly charge for each such failure, up to twenty per cent of the monthly charge in any month.

5.3 Service levels are measured by the Provider's ticketing system and reported in the monthly service report.

## 6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only for the purpose of providing the Services and shall return it to the Customer on request.

## 7. INTELLECTUAL PROPERTY

7.1 All documentation, network diagrams, runbooks and scripts prepared by the Provider specifically for the Customer under this Agreement belong to the Customer, who may use, modify and disclose them to any successor provider.

7.2 The Provider's management tools and its general know-how remain the property of the Provider or its licensors.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's confidential information, including the Customer's supplier prices, sales figures and store accounts, shall use it only for the purposes of this Agreement and shall not disclose it except to its employees and advisers who need to know it.

8.2 This Clause 8 survives termination of this Agreement for five years.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 The on-site engineers shall be employees of the Provider's wholly-owned subsidiary Caher IT Services (Xiamen) Co., Ltd., which the Customer approves by signing this Agreement.

9.2 Apart from that subsidiary, the Provider shall not subcontract any of the Services without the Customer's prior written consent, and shall remain responsible for any subcontractor.

## 10. CUSTOMER OBLIGATIONS

10.1 The Customer shall give the Provider's personnel access to its premises and systems as reasonably required and shall appoint a contact person for the Services.

10.2 The Customer is responsible for the licences of the software installed on its devices.

10.3 The Customer shall inform the Provider in advance of planned changes, such as new sites, store platforms or large hardware purchases, that may affect the Services.

## 11. LIABILITY

11.1 Neither party excludes or limits liability for death or personal injury caused by its negligence or for fraud.

11.2 Subject to Clause 11.1, the total liability of the Provider arising under or in connection with this Agreement shall not exceed 150 per cent of the total Charges payable for the Initial Term.

11.3 Neither party shall be liable for loss of profits or for indirect or consequential loss.

## 12. FORCE MAJEURE

12.1 Neither party shall be liable for any delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable endeavours to mitigate the effects.

## 13. TERM AND TERMINATION

13.1 This Agreement commences on the date above and continues for the Initial Term. After the Initial Term it continues from month to month at the same Charges until terminated by either party on sixty days' written notice.

13.2 The Provider may terminate this Agreement on written notice if any undisputed invoice remains unpaid thirty days after a written reminder.

13.3 The Customer acknowledges that the Charges have been calculated on the basis of the full Initial Term. The Customer may not terminate this Agreement before the end of the Initial Term. The Customer's remedies for any failure of the Provider are the service credits under Clause 5, re-performance of the Services and damages under Clause 11.

13.4 On expiry or termination the Provider shall provide reasonable exit assistance for up to thirty days, including the handover of all documentation, passwords and administrator accounts.

## 14. GOVERNING LAW AND DISPUTES

14.1 This Agreement shall be governed by and construed in accordance with the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules.

## 15. GENERAL

15.1 This Agreement constitutes the entire agreement between the parties concerning its subject matter.

15.2 No variation of this Agreement shall be effective unless in writing and signed by both parties.

**IN WITNESS WHEREOF** the parties have executed this Agreement on the date first written above.

SIGNED for and on behalf of the **Provider**: ______________________

SIGNED for and on behalf of the **Customer**: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h201e05 (txt): Shandong garlic exporter, export health-certificate API subscription + integration; vendor on the
# Isola di Loreto, Italian style ("Art. N (title)", numbered paragraphs)
H201E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
"CertiLink Export Certificate API"

between

LORETO TRADE COMPLIANCE S.r.l., with registered office on the Isola di Loreto, Lake Iseo, Province of Brescia,
Italy, tax code and VAT number IT 04417250987, in the person of its legal representative pro tempore (hereinafter
the "Supplier")

and

SHANDONG JINXIANG BAIYU GARLIC EXPORT CO., LTD., with registered office at 31 Jinshan Road, Jinxiang County, Jining,
Shandong Province, People's Republic of China, in the person of its legal representative (hereinafter the
"Customer")

(the Supplier and the Customer, hereinafter jointly the "Parties")

WHEREAS

a) the Customer exports fresh and peeled garlic to the European Union, ASEAN countries and Brazil and must provide,
for each consignment, export health and phytosanitary certificate data consistent with the requirements of the
country of destination;

b) the Supplier operates CertiLink, an application programming interface (API) that checks consignment data against
destination requirements, prepares certificate data sets, submits applications through the China International
Trade Single Window and forwards pre-notification data to the importer;

c) the Customer wishes to subscribe to CertiLink and to have it integrated with its ERP, warehouse and laboratory
systems; at the Customer's request all amounts are stated and payable in Chinese yuan (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Recitals and annexes)
1. The recitals and the annexes form an integral part of this Agreement. Annex A: Service description; Annex B:
Integration specification; Annex C: Security measures.

Art. 2 (Object)
1. The Supplier grants the Customer access to the CertiLink API for the Subscription Term and provides the
Integration Services described in Annex B.
2. The subscription includes up to 6,000 certificate applications per contract year, the rules library for the
destinations listed in Annex A with updates whenever destination requirements change, a test environment and
support.
3. Signing of certificates and inspection of consignments remain the task of the competent customs authority; the
Supplier does not guarantee that a certificate will be issued, but guarantees that the data sets it prepares reflect
its rules library as updated under paragraph 2.

Art. 3 (Term)
1. The Subscription Term is thirty-six months from the date of Integration Acceptance under Art. 6.
2. Renewal is governed by Art. 15.

Art. 4 (Fees)
1. The fees are:
   - subscription fee: CNY 168,000 per contract year, i.e. CNY 504,000 for the Subscription Term;
   - Integration Services (connectors to the Customer's ERP, warehouse management system and laboratory
     residue-test database, data mapping, testing and go-live support): fixed fee of CNY 126,000.
2. The total value of this Agreement is CNY 630,000, including Chinese VAT.
3. Applications above 6,000 per contract year are charged at CNY 18 each and are not included in the total value.

Art. 5 (Invoicing and payment)
1. The subscription fee is invoiced in quarterly instalments of CNY 42,000 at the end of each quarter of the
Subscription Term and is payable within thirty days of the invoice date.
2. The Integration Services fee is invoiced in full after Integration Acceptance and is payable within thirty days.
3. No advance payment is due under this Agreement.

Art. 6 (Integration and acceptance)
1. The Supplier shall complete the Integration Services and make the Service available for production use within
ninety days after signature of this Agreement (the "Go-Live Date").
2. Integration Acceptance requires that fifty test consignments, covering every destination group in Annex A, are
processed end to end: data taken from the Customer's ERP and laboratory database, checked, submitted through the
Single Window with a receipt, status returned to the ERP, and every rejected test case reported with a readable
error. After a successful test the Parties sign an Integration Acceptance record.
3. Production use of the Service before the record is signed does not constitute acceptance.
4. If Integration Acceptance is delayed beyond the Go-Live Date for reasons attributable to the Supplier, the
Supplier shall pay a penalty of 0.02% of the total value of this Agreement for each day of delay, up to a maximum of
5% of that value.

Art. 7 (Service levels)
1. The Supplier guarantees a monthly availability of the production API of 99.95%, excluding maintenance windows
announced five days in advance and held on Sundays between 00:00 and 04:00 China Standard Time.
2. Incidents are classified as follows. Priority 1: the API is unavailable or no application can be submitted; the
Supplier responds within one hour, at any time. Priority 2: a function or a destination group is impaired; response
within six hours. Priority 3: other questions; response within two working days.
3. If the availability in a month is below the guaranteed level, the Customer is entitled to a service credit of 5%
of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to 20% of the monthly
subscription fee. For each hour by which a Priority 1 response is late, the Supplier credits CNY 500.
4. Service credits are deducted from the next quarterly invoice.

Art. 8 (Obligations of the Customer)
1. The Customer remains responsible for the correctness of the consignment data it enters and for the signatures
of its authorised declarants.
2. The Customer shall keep its API keys secret and inform the Supplier immediately of any misuse.
3. The Customer shall name a technical contact for the Integration Services and give the Supplier timely access to
the test interfaces of its ERP, warehouse and laboratory systems.

Art. 9 (Intellectual property)
1. The CertiLink API, the rules library, the software and all related documentation are and remain the exclusive
property of the Supplier.
2. The connectors, data mappings and adapters developed for the Customer under the Integration Services (the
"Connectors") are likewise and remain the exclusive property of the Supplier. The Customer receives a non-exclusive,
non-transferable licence to use the Connectors only during the Subscription Term and only together with the Service.
The Customer may not modify the Connectors or have them modified by third parties.

Art. 10 (Customer data and data security)
1. All consignment, consignee, laboratory and certificate data transmitted by the Customer ("Customer Data") belong
to the Customer. The Supplier processes Customer Data only to provide the Service and does not use them for any other
purpose.
2. Customer Data are stored in data centres in mainland China (Tencent Cloud, Shanghai region). The Supplier applies
the security measures in Annex C, in particular encryption in transit and at rest, multi-factor authentication for
administrative access, logging and monthly vulnerability scanning, and complies with the Data Security Law and the
Personal Information Protection Law of the People's Republic of China.
3. The Supplier notifies the Customer of any security incident involving Customer Data within twelve hours,
remedies it at its own cost and is liable for the damage caused by incidents attributable to it.
4. At the end of the Agreement the Supplier returns Customer Data in a structured format and deletes them within
thirty days.

Art. 11 (Confidentiality)
1. Each Party undertakes to keep confidential the information received from the other Party, in particular the
Customer's buyers, volumes and prices, and to use it only for the performance of this Agreement, during its term and
for five years after its end.

Art. 12 (Subcontracting)
1. The Supplier may not subcontract the performance of this Agreement, in whole or in part, without the Customer's
prior written consent. The Customer consents, by signing, to the hosting services of Tencent Cloud referred to in
Art. 10.

Art. 13 (Liability)
1. The total liability of the Supplier under this Agreement is limited to twice the total value of this Agreement,
except in cases of wilful misconduct or gross negligence.
2. Neither Party is liable for indirect damage or loss of profit, except in cases of wilful misconduct or gross
negligence.

Art. 14 (Termination)
1. Each Party may terminate this Agreement by registered letter or e-mail if the other Party commits a material
breach and fails to remedy it within twenty days from receipt of a written notice.
2. The Customer may also terminate if the availability is below 99.5% in two consecutive months.
3. Upon termination the Supplier refunds any fees paid for the period after termination.

Art. 15 (Renewal)
1. At the end of the Subscription Term the Agreement is automatically renewed for one year, and thereafter from year
to year, at the same fees, unless either Party gives notice of non-renewal at least sixty days before the end of the
current term.

Art. 16 (Governing law and jurisdiction)
1. This Agreement is governed by the laws of the People's Republic of China.
2. Any dispute arising from or in connection with this Agreement shall be submitted to the Jinan Arbitration
Commission for arbitration in Jinan, in accordance with its rules in force.

Art. 17 (Final provisions)
1. This Agreement is drawn up in English in two originals. Any amendment shall be made in writing.
2. Notices shall be sent to the addresses stated above or to the e-mail addresses designated by the Parties.
3. Neither Party may assign this Agreement without the prior written consent of the other Party.
4. If any provision of this Agreement is held invalid, the remaining provisions remain in force and the Parties shall
replace the invalid provision with a valid one that comes as close as possible to its purpose.

Place and date: ______________

The Supplier ______________________          The Customer ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
TEXTS = {"h201z03_salon_chain_booking_stored_value_saas.md": H201Z03,
         "h201z04_district_petition_system_annual_om.txt": H201Z04,
         "h201z05_rice_cracker_erp_supplier_template.md": H201Z05,
         "h201e02_homestay_reservation_saas_order_form_de_vendor.txt": H201E02,
         "h201e04_cross_border_ecommerce_managed_it.md": H201E04,
         "h201e05_garlic_export_certificate_api_it_vendor.txt": H201E05}

SOURCES = {"h201z01": H201Z01, "h201z02": H201Z02, "h201e01": H201E01, "h201e03": H201E03}
TARGETS = {"h201z01": ("h201z01_housing_fund_service_platform_integration.docx", "docx"),
           "h201z02": ("h201z02_blade_plant_ultrasonic_inspection_system.pdf", "pdf"),
           "h201e01": ("h201e01_lens_surfacing_software_licence_nl_vendor.docx", "docx"),
           "h201e03": ("h201e03_scallop_farm_chlorophyll_sensors.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
