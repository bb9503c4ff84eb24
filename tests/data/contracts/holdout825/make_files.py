"""holdout825: builds the ten blind held-out drafts from the sources below, writes the .json labels and asserts the
checks of the brief (lengths, no value on a threshold, rules derived from the labels = design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_LIMIT, HORIZON = 40, 5

SRC = {}      # key -> source text (markup for docx/pdf, plain text for txt/md)
META = {}     # key -> dict(file, fmt, lang, category, terms, extra, design, risk, fee_base, mainland_forum)

SRC["z01"] = """T:快递包装回收监管平台建设项目政府采购合同
P:合同编号：YZJ-ZC-2026-0317
P:采购人（甲方）：某市邮政管理局
P:供应商（乙方）：某信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设快递包装回收监管平台，内容包括：平台软件许可（永久许可，含监管驾驶舱、企业填报端、回收网点管理、绿色包装统计分析四个子系统）；按甲方需求进行的定制开发（与省级寄递安全监管系统、市生态环境数据平台的接口，快递企业包装用量核查模型，专项执法检查模块）；部署实施及人员培训。
P:1.2 平台部署于甲方指定的政务云，乙方负责安装、配置、数据初始化及与现有系统的联调。
P:1.3 项目交付期：合同签订后一百五十日内完成上线试运行，试运行期满后三十日内组织最终验收。
P:1.4 乙方应组建不少于八人的项目团队，项目经理须具备信息系统项目管理师资格，且在项目实施期间不得擅自更换；确需更换的，应提前十日书面申请并经甲方同意，接替人员的资历不得低于原人员。
P:1.5 乙方应对甲方及区县邮政管理部门的系统管理员、业务人员分批开展培训，培训不少于六期，每期不少于两天，并提供培训教材和考核记录。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾贰万肆仟元整（¥1,524,000），其中：平台软件许可费¥860,000；定制开发费¥590,000；部署实施及培训费¥74,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、部署、培训、差旅、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%，即¥304,800，作为预付款。
P:3.2 平台上线试运行并经甲方组织初验合格后，甲方支付合同总价的45%，即¥685,800。
P:3.3 最终验收合格并签署验收报告后，甲方支付合同总价的35%，即¥533,400。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验标准：需求规格说明书所列功能全部实现；与省级寄递安全监管系统、市生态环境数据平台接口连续七日数据交换无差错；在三百个并发用户下，查询页面平均响应时间不超过2秒，统计报表生成时间不超过8秒。
P:4.2 最终验收标准：试运行满九十日，期间未发生一级故障；通过第三方机构的网络安全等级保护测评和源代码安全检测；技术文档、源代码、操作手册齐全并经甲方确认。
P:4.3 验收不合格的，乙方应在十五日内整改并重新提交验收，所需费用由乙方承担。平台上线、甲方使用或支付部分款项，均不视为验收合格。
H:第五条 服务水平
P:5.1 质保期内，平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意且安排在非工作时间。
P:5.2 故障分为三级：一级故障（平台无法访问或核心数据错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，次日内解决；三级故障（一般问题）在三个工作日内解决。
P:5.3 乙方响应或恢复超时的，每超时1小时扣减服务费¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,500，从质保金或应付款中扣除。
H:第六条 知识产权
P:6.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的接口程序、核查模型、执法检查模块及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。
P:6.3 乙方保证所交付的软件不侵犯任何第三方的合法权利，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第七条 数据安全
P:7.1 平台中的快递企业填报数据、回收网点数据、执法检查记录及其衍生数据均属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:7.2 乙方应按网络安全等级保护第三级要求落实数据加密、访问控制、日志审计等措施，运维操作须经堡垒机进行，不得将数据复制到政务云以外。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、监管信息及快递企业的商业信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:8.2 乙方应与参与本项目的全部人员签订保密承诺书，并在项目结束后交回或销毁其持有的全部甲方资料，书面说明处理情况。
P:8.3 保密义务不因本合同的终止而解除。
P:8.4 甲方对乙方投标文件中标明的技术秘密，除依法应当公开的内容外，同样负有保密义务。
H:第九条 质保与维护
P:9.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供故障修复、补丁升级、远程支持及每季度一次的现场巡检。
P:9.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥77,400，且在质保期满后的三年内不上调。维护合同另行签订，不自动续期。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方逾期超过六十日，或交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违反本合同约定，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 因不可抗力不能履行合同的一方，应在不可抗力发生后三日内通知对方，并在十五日内提供有关证明，根据影响程度部分或全部免除责任。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同的任何变更均须采用书面形式并经双方授权代表签字盖章。
P:14.3 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:附件：1.需求规格说明书；2.分项报价表；3.项目实施计划；4.服务人员名单。
P:甲方（盖章）：__________  乙方（盖章）：__________
P:签订日期：2026年  月  日
"""
META["z01"] = dict(file="h825z01_postal_bureau_packaging_recycling_platform.pdf", fmt="pdf", lang="zh",
    category="software", fee_base=860000, design=[], risk="low",
    terms=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1524000))

SRC["z02"] = """T:生产线控制系统改造项目合同
P:合同编号：XBC-JG-2026-08
P:甲方：某鞋拔制品厂（买方）
P:乙方：某自动化工程有限公司（卖方）
P:甲方三条鞋拔注塑及包装生产线的控制系统已运行多年，故障频繁、备件难购。为提高设备稼动率和产品一致性，甲方委托乙方对上述生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，更换为PLC控制柜；更换注塑机取件机械手及包装线的伺服驱动与电机；在每条线的下料口加装视觉检测单元，剔除变形、缺料及毛边产品；部署产线监控软件，并与甲方现有MES系统对接。
P:1.2 乙方编写全部PLC程序、触摸屏组态画面和视觉检测程序，完成单机调试、联动调试和产线切换。改造须分线实施，每条线停产时间不超过七日，不得影响另外两条线的正常生产。
P:1.3 乙方应在合同生效后九十日内完成三条生产线的改造和联动调试。
P:1.4 甲方负责提供施工所需的电源、压缩空气、临时堆放场地，并安排设备操作人员配合调试；乙方进场施工人员应遵守甲方的厂规厂纪、动火审批和安全生产制度，因乙方人员违章作业造成的人身伤害和财产损失由乙方承担。
P:1.5 乙方应随设备提供每条生产线常用易损件一套（含光电开关、继电器、伺服编码器线缆），以及全部设备的合格证、说明书、电气原理图、接线图和程序备份光盘。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），含税、运输、保险、安装调试、培训及质保期内服务。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含断路器、继电器、端子）|6套|98,000|588,000
TB:2|伺服驱动器及伺服电机|36套|8,500|306,000
TB:3|视觉检测单元（工业相机、光源、控制器）|6套|42,000|252,000
TB:4|工业交换机、工控机及触摸屏|1批|134,000|134,000
TB:5|产线监控软件许可（含MES接口模块）|1套|246,000|246,000
TB:—|软硬件小计|—|—|1,526,000
TB:6|安装调试及产线切换|1项|188,000|188,000
TB:7|操作及维护培训|1项|26,000|26,000
TB:—|合计|—|—|1,740,000
P:2.2 上表中第1至5项合计为“软硬件小计”，是计算维保费的基数。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的10%，即¥174,000，作为预付款。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的55%，即¥957,000。到货签收和安装完成仅确认数量与外观，不代表质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%，即¥609,000。
P:3.4 乙方每次收款前应向甲方开具全额增值税专用发票，甲方在收到发票后二十日内付款。
H:第四条 验收
P:4.1 每条生产线改造完成后连续试生产十五日，作为该线的试运行期。试运行期满后，甲方按以下标准组织最终验收：单线节拍达到每分钟二十八件以上；视觉检测漏检率低于千分之二，误剔率低于百分之一；试运行期间因控制系统导致的停机累计不超过三小时；监控软件与MES之间的产量、工单数据一致。
P:4.2 乙方应在最终验收前提交改造竣工资料，包括I/O点表、参数清单、报警代码表、操作规程和维护保养手册，资料不全的不予验收。
P:4.3 任一标准未达到的，乙方应在十日内整改，整改后重新试运行和验收。试生产期间产出的产品以及甲方对改造后产线的使用，均不视为验收合格。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换、程序修改均免费。
P:5.2 质保期满后，乙方继续提供维保服务（含定期保养、备件更换、程序维护和远程支持），维保年费为软硬件小计的26%，即每年¥396,760，质保期满后的四个年度内不上调。
P:5.3 维保服务按年度签订，甲方在每个维保年度开始后三十日内支付当年维保费。
P:5.4 乙方应对甲方的电气维修人员和设备操作人员进行培训，内容包括PLC程序结构、常见报警处理、伺服参数备份与恢复、视觉检测模板调整，培训结束后由甲方组织考核，考核不合格的人员乙方应免费补训。
H:第六条 售后响应
P:6.1 一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到达现场，10小时内恢复生产；二级故障（单台设备或单个工位异常）2小时内响应，次日内解决。
P:6.2 乙方响应或到场超过上述时限的，每超时1小时，甲方可扣减¥600；质保期内同一部件重复故障三次以上的，乙方应免费更换为新品。
H:第七条 知识产权与资料
P:7.1 乙方为本项目编写的PLC程序、组态画面、视觉检测程序及其源程序、注释、电气图纸的知识产权归甲方所有，甲方有权自行修改或委托他人修改。
P:7.2 产线监控软件的标准产品知识产权属于乙方，乙方授予甲方永久使用许可。
H:第八条 数据与网络安全
P:8.1 改造后系统采集的产量、质量、工艺参数等生产数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:8.2 乙方远程维护须经甲方批准并通过甲方指定的远程接入通道进行，应做好账号管理、操作留痕和病毒防护。因乙方原因导致数据泄露、程序被篡改或生产中断的，乙方应在2小时内报告并承担全部赔偿责任。
H:第九条 保密
P:8.3 乙方接入甲方工控网络的笔记本电脑、U盘等介质须事先经过病毒查杀并登记，不得在控制网络中安装与本项目无关的软件。
P:9.1 乙方对在本项目中获知的甲方产品工艺、模具参数、客户和价格信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:第十条 分包
P:10.1 乙方可将现场电气安装、线槽敷设和控制柜接线工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过四十五日的，甲方有权解除合同。
P:11.2 因乙方施工或调试原因造成甲方设备损坏、停产损失的，乙方应予赔偿。
P:11.3 乙方交付的设备为翻新品、非原厂正品或与技术协议约定品牌型号不符的，甲方有权要求更换，并按该设备金额的两倍向乙方索赔。
P:11.4 甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 一方严重违约且在对方书面通知后十五日内未纠正的，守约方有权解除本合同并要求违约方赔偿损失。
P:12.2 合同解除后，乙方应配合甲方恢复生产线的正常运行，并移交已完成部分的程序和图纸。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交温州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件包括技术协议、设备清单及改造实施方案，附件与本合同正文具有同等效力；附件与正文不一致的，以正文为准。
P:14.2 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""
META["z02"] = dict(file="h825z02_shoehorn_factory_line_control_retrofit.docx", fmt="docx", lang="zh",
    category="hardware", fee_base=1526000, design=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    risk="high",
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=None, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=26, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1740000))

SRC["z03"] = """门店预约及会员管理SaaS服务合同

合同编号：DHG-SaaS-2026-021

甲方：某单簧管艺术培训管理有限公司（下称“甲方”，旗下共40家直营培训门店）
乙方：某云科技有限公司（下称“乙方”）

鉴于甲方需要为其全部门店统一上线课程预约、排课、会员及储值管理系统，乙方提供相应的SaaS服务及实施服务，双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店提供“课程预约及会员管理云平台”的使用权，包括：学员在线预约与签到、教师排课与课时统计、琴房与乐器借用登记、会员卡及储值管理、家长端小程序、总部经营报表。
2. 每家门店开通一个门店管理后台账号及不超过六个教师账号，总部开通二十个管理账号。
（二）实施服务
1. 乙方负责将甲方现有表格及旧系统中的学员档案、剩余课时、储值余额迁移至平台，完成门店、课程、价格体系的配置。
2. 乙方为甲方定制总部经营分析报表八张、家长端小程序页面样式一套，并完成与甲方财务系统的收款数据对接。
3. 乙方对门店店长、前台及教师进行培训，每家门店至少培训一次，另提供总部管理员专场培训两次。
（三）实施期限：合同签订后六十日内完成全部40家门店上线。
（四）甲方的配合义务
1. 甲方应指定一名项目负责人，统一协调各门店的配合工作，并在实施开始后十日内提供门店清单、课程和价格体系、旧系统数据导出文件。
2. 甲方应保证提供数据的合法来源，并已就学员个人信息的收集和使用取得必要的同意。
3. 甲方门店因装修、停业等原因无法按计划上线的，该门店的上线时间相应顺延，不计入乙方逾期。

二、服务期限
（一）服务期为两个服务年度。第一服务年度自全部门店上线并经甲方书面确认之日起计算，第二服务年度紧接第一服务年度。
（二）服务期届满，本合同自动终止，不自动续期。甲方如需续订，双方另行协商签订新合同。

三、费用与支付
（一）费用构成
1. 订阅费：每家门店每个服务年度¥6,800，40家门店每个服务年度合计¥272,000，两个服务年度合计¥544,000。
2. 实施费（一次性）：¥96,000。
3. 合同总价：¥640,000。
（二）支付方式
1. 本合同签订后十日内，甲方一次性支付实施费¥96,000及第一服务年度订阅费¥272,000，合计¥368,000。
2. 第二服务年度开始前十日内，甲方支付第二服务年度订阅费¥272,000。
3. 乙方收款前应开具增值税专用发票。
（三）服务期内甲方新增门店的，按每店每服务年度¥6,800的单价按月折算；关闭门店的，次一服务年度相应减少费用。

四、实施验收
（一）全部门店上线后，甲方按以下标准验收：
1. 学员档案、剩余课时、储值余额迁移准确，甲方按门店抽查，差错数为零；
2. 预约、签到、扣课时、储值消费等全部功能符合附件《功能清单》；
3. 八张定制报表数据与抽查门店的原始单据一致；
4. 平台在同时在线两千名用户时，预约提交响应时间不超过2秒。
（二）验收不合格的，乙方应在七日内整改后重新验收。门店开始使用平台不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%。计划内维护应安排在每日二十二时以后，且提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（平台无法登录、无法预约或扣费错误）：乙方在30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：2小时内响应，当日解决；
3. 一般问题：一个工作日内答复。
（三）乙方为甲方配备专属客户成功经理一名及技术支持热线，工作日九时至二十一时提供电话和在线支持；周末及节假日的课程高峰期，乙方安排值班工程师。
（四）乙方每月五日前向甲方提交上月服务报告，列明可用率、故障记录、处理时长及改进措施。
（五）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的5%给予抵扣；一级故障响应超时的，每次抵扣¥1,000。抵扣金额从下一期费用中扣减，服务期最后一期的抵扣以现金退还。

六、知识产权
（一）平台本身的知识产权归乙方所有。
（二）乙方为甲方定制的经营分析报表、小程序页面设计及财务对接程序，其知识产权归甲方所有，甲方可自由使用、修改，并可交由其他服务商维护。

七、数据安全与个人信息保护
（一）学员及家长的个人信息、课时和储值记录、经营数据均属于甲方，乙方仅为提供本合同服务处理上述数据，不得用于营销、画像、模型训练或任何其他目的，不得向第三方提供。
（二）乙方应采取加密存储、传输加密、访问权限分级、操作日志留存不少于六个月等措施，每日备份数据，并满足个人信息保护法律法规的要求。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方履行告知义务，并承担因此给甲方及学员造成的全部损失。
（四）平台及数据应存储于中国境内的数据中心，乙方不得将甲方数据传输至境外。乙方员工访问甲方数据须经授权并留存记录，乙方每个服务年度至少进行一次安全评估，并将结果书面告知甲方。
（五）服务期满或合同解除后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后彻底删除，并出具删除证明。

八、保密
双方对在履行本合同过程中知悉的对方商业秘密负有保密义务，包括甲方的学员名单、课程定价、门店经营数据，以及乙方的平台技术资料。未经对方书面同意，不得向任何第三方披露。本条在合同终止后继续有效。乙方应要求其参与本项目的员工签署保密承诺，并对员工违反保密义务的行为承担责任。

九、分包
乙方不得将本合同项下的实施服务或运维服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方未按期完成个别门店上线的，不影响其他已上线门店的服务，逾期门店的服务起算日相应顺延。
（三）因乙方原因造成甲方学员预约错误、课时或储值记录错误的，乙方应负责更正并赔偿甲方因此产生的退款和补偿费用。
（四）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，乙方应退还未履行服务期间的订阅费。
（二）连续三个月月度可用率低于承诺值的，视为乙方严重违约。
（三）合同解除或服务期满后，乙方应给予甲方六十日的过渡期，过渡期内平台保持只读可用，便于甲方导出数据和迁移至其他系统，过渡期不另收费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十三、其他
任何一方变更名称、地址或联系方式的，应在变更后七日内书面通知对方，否则按原地址送达的通知视为已送达。本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件《功能清单》《门店名单》《服务水平说明》为本合同组成部分。

甲方（盖章）：                乙方（盖章）：
授权代表：                    授权代表：
日期：                        日期："""
META["z03"] = dict(file="h825z03_clarinet_school_chain_booking_saas.txt", fmt="txt", lang="zh",
    category="cloud", fee_base=None, design=["CR-PREPAYMENT", "CR-SLA-AVAILABILITY"], risk="medium",
    terms=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=None, prepayment_pct=368000 / 640000 * 100, acceptance_clause=True,
               final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=640000))

SRC["z04"] = """农膜回收管理系统运维服务合同
（竞争性磋商采购）

项目编号：NNJ-CS-2026-014
采购人（甲方）：某县农业农村局
供应商（乙方）：某数字农业服务有限公司

甲方通过竞争性磋商方式采购农膜回收管理系统运维服务，经磋商小组评审，确定乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及磋商文件、乙方响应文件和成交通知书，双方签订本合同。

第一条 服务范围
（一）运维对象：甲方农膜回收管理系统，包括回收网点管理、农膜销售备案、回收称重登记、补贴核算、县乡村三级统计分析等模块，以及部署在二十六个回收网点的称重终端和扫码设备的接入管理。
（二）运维内容：
1. 日常运行监控：对系统应用、数据库、接口及终端在线状态进行监控，每日形成巡检记录；
2. 故障处理：系统及终端接入故障的诊断、修复和恢复；
3. 数据维护：每日备份，每月进行一次恢复演练，协助甲方开展年度数据核对；
4. 功能优化：根据甲方需要进行小幅功能调整和报表修改，全年累计不超过六十人日；
5. 技术支持：对乡镇农业服务中心和回收网点人员提供电话及现场指导，每季度组织一次集中培训；
6. 安全运维：漏洞修补、弱口令排查、配合等级保护测评整改。
（三）服务期：自2027年1月1日起至2027年12月31日止。
（四）甲方负责提供驻场办公场所、网络接入和堡垒机账号，协调各乡镇农业服务中心和回收网点配合故障排查；称重终端因人为损坏、被盗需要更换的，由甲方另行采购，乙方负责安装调试和接入。
（五）系统软件需要大版本升级、新增模块或更换服务器等硬件的，不属于本合同运维范围，由双方另行协商。

第二条 服务人员
（一）乙方应派驻一名驻场运维工程师，工作日在甲方办公地点值守，另配备数据库工程师和开发工程师各一名提供远程支持。
（二）乙方更换驻场人员的，应提前十日书面告知甲方并经甲方认可，新人员应具备同等能力。
（三）乙方人员应遵守甲方的工作纪律和机房管理制度，进入机房须登记；乙方应为其人员缴纳社会保险，乙方人员在服务期间发生的人身伤害由乙方负责。
（四）乙方应建立运维服务台账，记录每次服务请求的时间、内容、处理人、处理结果和用户确认情况，甲方可随时查阅。

第三条 服务费用及支付
（一）本合同年度运维服务费为人民币肆拾贰万捌仟元整（¥428,000），包括人工、差旅、备件、工具、税费等全部费用，甲方不再支付其他任何费用。
（二）服务费按季度支付，每季度¥107,000。每季度结束后，甲方对乙方该季度服务进行考核，考核合格后十五个工作日内支付当季费用。
（三）季度考核得分低于八十五分的，按考核办法扣减当季费用；乙方收款前应开具合法有效的发票。

第四条 服务水平
（一）故障分级：
1. 一级故障：系统整体无法访问、补贴核算数据错误或超过三分之一的回收网点无法上传数据；
2. 二级故障：单个模块不可用或部分网点无法上传数据；
3. 三级故障：一般性功能问题或使用咨询。
（二）响应及处理时限：一级故障乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，当日内解决；三级故障两个工作日内解决。
（三）春季覆膜和秋季回收两个高峰期内，乙方应增派一名工程师现场值守。
（四）乙方每月五日前向甲方提交上月运维月报，内容包括系统运行情况、故障及处理情况、终端在线率、数据备份情况、安全漏洞修补情况和下月工作计划；每季度末提交季度运维分析报告及优化建议。
（五）乙方响应或处理超时的，每次扣减当季服务费¥500；一级故障恢复超时的，每超时1小时扣减¥800。

第五条 数据安全
（一）系统中的农户信息、回收台账、补贴数据、网点信息及其统计结果均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供，不得用于本合同以外的任何目的。
（二）乙方应落实网络安全等级保护第二级的运维要求，运维账号实行一人一号，所有操作通过甲方堡垒机进行并留存日志；严禁通过互联网远程直连数据库。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任，并承担相应的法律责任。
（四）乙方应每月对系统进行一次漏洞扫描，发现高危漏洞的，应在三日内完成修补或采取临时防护措施，并将处理结果报告甲方。
（五）服务期满后，乙方应移交全部账号、口令、配置和运维记录，并删除其持有的全部数据副本。

第六条 成果归属
乙方使用自有运维工具的，工具本身的权利仍归乙方。运维期间形成的运维文档、巡检报告、脚本、功能优化的源代码及报表模板，其知识产权归甲方所有，乙方应在每季度考核时一并移交。

第七条 考核与验收
（一）季度考核：按本合同附件《运维服务考核办法》，从故障响应及处理、巡检及备份、数据质量、用户满意度四个方面评分。
（二）年度验收：服务期满后，甲方组织验收。验收标准为：全年一级故障不超过两次且均按时恢复；数据备份完整、恢复演练记录齐全；功能优化需求全部完成并经业务科室确认；运维文档和账号全部移交。验收合格的，甲方出具验收报告。
（三）验收不合格的，乙方应在十五日内完成整改，整改期间不另收费。
（四）年度验收时，甲方可邀请县财政局、乡镇代表及第三方技术人员参加，验收费用由甲方承担；验收结论作为乙方今后参加甲方采购活动的履约评价依据。

第八条 分包
乙方不得将本合同项下的服务分包或转包给其他单位。

第九条 违约责任
（一）乙方未按本合同约定的时限完成巡检报告、备份恢复演练、功能优化或整改任务的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
（二）乙方派驻人员缺岗的，每缺岗一日扣减服务费¥400。
（三）因乙方违反操作规程造成系统数据丢失或补贴核算错误的，乙方应负责恢复和更正，并赔偿甲方因此重新核算、重新发放补贴产生的费用。
（四）甲方无正当理由逾期支付的，按逾期金额每日万分之三支付违约金。

第十条 合同的履行
本合同在服务期内不得提前解除。一方违约的，按第九条承担违约责任，双方应继续履行本合同至服务期满。

第十一条 不可抗力
因不可抗力导致无法履行的，受影响方应及时通知对方，并在十日内提供证明，按影响程度部分或全部免除责任。不可抗力消除后，乙方应立即恢复服务，并优先恢复回收称重登记和补贴核算功能。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十三条 其他
（一）本合同未尽事宜，按磋商文件、响应文件执行；需要变更的，双方签订书面补充协议。
（二）附件《运维服务考核办法》《回收网点及终端清单》《故障分级说明》为本合同组成部分。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                        乙方（盖章）：
法定代表人或授权代表：                法定代表人或授权代表：
签订日期：2026年12月  日"""
META["z04"] = dict(file="h825z04_county_agri_film_recycling_system_om.txt", fmt="txt", lang="zh",
    category="services", fee_base=None, design=["CR-CONFIDENTIALITY", "CR-TERMINATION"], risk="medium",
    terms=dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.06,
               liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
               final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               auto_renewal_price_increase=False, termination_for_breach=False, subcontract_without_consent=False,
               governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=428000))

SRC["z05"] = """# 漆艺工序追溯系统软件许可及定制开发合同

**（漆云软件标准合同文本 V3.0）**

合同编号：QY-STD-2026-0912

甲方（采购方）：某大漆艺术工作室

乙方（供应方）：某漆云软件有限公司

甲乙双方本着平等自愿的原则，就甲方采购乙方“漆云工序追溯系统”软件许可及相关定制开发服务事宜，达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“漆云工序追溯系统”标准版软件许可一套（永久许可，授权用户数二十个），功能包括：漆胎登记、髹涂工序记录、阴房温湿度采集、打磨推光记录、成品编号与溯源码生成。

1.2 乙方按甲方需求进行定制开发，内容包括：脱胎漆器和螺钿镶嵌两类作品的专用工序模板、作品电子档案与证书打印、生漆及颜料批次管理、微信端作品溯源查询页面。

1.3 乙方负责系统安装部署、基础数据初始化及使用培训。

1.4 系统运行所需的服务器、数据库软件、平板电脑、扫码枪、温湿度传感器及网络环境由甲方自行准备，相关费用不包含在本合同价款内。甲方自备设备不符合乙方配置要求导致系统无法正常运行的，乙方不承担责任。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 漆云工序追溯系统标准版软件许可 | 268,000 |
| 2 | 定制开发（工序模板、电子档案、批次管理、溯源查询） | 316,000 |
| 3 | 部署实施及培训 | 36,000 |
| | 合计 | 620,000 |

2.1 合同总价为人民币陆拾贰万元整（¥620,000）。

2.2 甲方需求在本合同签订后发生变更的，乙方按每人日¥2,800另行收费。

2.3 合同价款不包括乙方人员赴甲方现场的差旅、住宿费用，该等费用按实际发生由甲方另行承担。定制开发的需求范围以双方签字确认的《需求确认单》为准，《需求确认单》以外的功能均不在本合同范围内。

## 第三条 付款方式

3.1 合同签订后三个工作日内，甲方向乙方支付合同总价的65%，即¥403,000。

3.2 系统部署上线后五个工作日内，甲方支付合同总价的35%，即¥217,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

## 第四条 交付

4.1 乙方在收到首期款后七十五个工作日内完成系统部署上线。交付时间以乙方发出的上线通知为准。

4.2 因甲方未及时提供工序资料、场地或网络条件造成延误的，交付期相应顺延。

4.3 乙方为甲方提供一次集中培训，时长一天，参加人数不超过十人。甲方需要增加培训的，按每次¥3,000另行收费。

4.4 乙方交付的文档为系统操作手册电子版，不包括源代码、数据库设计文档及接口说明。

## 第五条 验收

5.1 系统部署上线后，即视为甲方验收合格。甲方对系统功能有意见的，应在上线后三日内书面提出，逾期视为无异议。

5.2 甲方在上线前使用系统的，视为已接受系统。

## 第六条 免费维护期

6.1 乙方提供六个月的免费维护，自系统上线之日起计算。免费维护期内，乙方负责修复系统缺陷并提供远程技术支持。

6.2 一级故障（系统无法登录或工序记录无法保存）乙方在8小时内响应，二级故障在两个工作日内响应，其他问题在五个工作日内答复。

6.3 乙方将尽合理努力处理故障，但不保证系统不间断运行，且不因响应或修复延迟承担任何扣款、赔偿或违约责任。

6.4 因甲方操作不当、自备设备故障、病毒感染、断电或第三方软件造成的问题，不属于免费维护范围，乙方可按人日收费处理。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的20%，即每年¥53,600。

7.2 年度维护服务包括远程技术支持、缺陷修复和小版本升级；现场服务、功能新增及大版本升级另行收费。

7.3 甲方未续购年度维护服务的，乙方不再提供任何技术支持；甲方中断后重新购买的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 漆云工序追溯系统的全部知识产权归乙方所有。

8.2 乙方为甲方定制开发的工序模板、电子档案模块、批次管理模块、溯源查询页面及其源代码、文档，知识产权均归乙方所有。乙方授予甲方在本单位内部非独占地使用上述成果的权利，甲方不得修改、反向工程，不得许可或转让给第三方。

8.3 乙方有权将定制开发成果纳入其标准产品并向其他客户提供。

8.4 甲方应确保系统仅在甲方工作室内部使用，授权用户数超过二十个的，应按每个用户¥4,000另行购买用户许可。

## 第九条 数据

9.1 甲方录入系统的作品信息、工序记录、客户信息归甲方所有。

9.2 乙方应采取防火墙、访问控制、数据加密和定期备份措施保障系统数据安全；因乙方过错造成数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

9.3 甲方同意，乙方可对甲方的工序记录、阴房温湿度数据等进行脱敏处理后，用于乙方产品改进、工艺模型训练和行业分析报告。

9.4 合同终止后，甲方需要导出系统数据的，乙方按实际工作量收取数据导出费用。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

10.2 甲方不得向第三方透露乙方的产品报价及技术方案。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%，且不承担任何间接损失、利润损失或数据恢复费用。

11.3 甲方擅自复制、修改系统或向第三方提供系统的，应按合同总价的两倍向乙方支付违约金。

11.4 乙方对甲方因使用系统生成的作品证书、溯源信息的真实性不承担责任，作品信息的准确性由甲方负责。

11.5 甲方应在发现乙方违约后十日内书面提出索赔，逾期视为放弃索赔权利。

## 第十二条 合同解除

12.1 任何一方严重违反本合同约定，经对方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 本合同解除的，甲方已支付的软件许可费不予退还；乙方已完成的定制开发工作，甲方应按已完成的工作量付费。

12.3 因不可抗力、网络运营商故障或政府行为导致本合同无法履行的，双方均不承担违约责任。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地的福州仲裁委员会仲裁。

13.3 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十四条 其他

14.1 本合同为乙方标准文本，双方对条款内容已充分理解。

14.2 双方往来通知以书面形式发送至本合同首页所列地址，或以电子邮件发送至双方指定的邮箱，发出之日起三日即视为送达。

14.3 本合同未尽事宜，以乙方官网公布的服务说明为准。

14.4 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""
META["z05"] = dict(file="h825z05_lacquer_studio_process_tracking_supplier_template.md", fmt="md", lang="zh",
    category="software", fee_base=268000,
    design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    risk="high",
    terms=dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
               data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02,
               liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
               warranty_months=6, post_warranty_fee_pct=20, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=None, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
               contract_value=620000))

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PSK-2026-CN-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengrun Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Buyer"), and Prosna Software sp. z o.o., a limited liability company registered in Poland with its registered office at ul. Górnośląska, 62-800 Kalisz, Poland (the "Supplier").
P:The Buyer wishes to obtain a perpetual licence to the Supplier's quality management and statistical process control software and to have it implemented at its two bearing plants. The Supplier has offered to do so on the terms below, which the parties have agreed.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's QualiTrack SPC suite, version 8, in object code, with its user documentation, including the modules for incoming inspection, in-process SPC, gauge management, non-conformance and CAPA handling, and supplier quality.
P:1.2 "Custom Deliverables" means the interfaces to the Buyer's ERP and MES systems, the measurement-device adapters, the report templates and the configuration sets created by the Supplier specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Contract Price" means the total price stated in Article 3.1.
P:1.4 "Provisional Acceptance" and "Final Acceptance" have the meanings given in Article 6.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users and 60 shop-floor terminals at the Buyer's plants in Ningbo and Yuyao.
P:2.2 The Supplier shall deliver the implementation services described in Annex 1: installation on the Buyer's servers, configuration of inspection plans for about 2,600 part numbers, development of the Custom Deliverables, migration of historical measurement data of the last three years, and go-live support at both plants.
P:2.3 The Supplier shall train 12 key users and 6 administrators in a train-the-trainer programme of no fewer than ten working days on site, and shall provide training materials in English and Chinese.
P:2.4 The implementation shall be completed and submitted for Provisional Acceptance within 140 days after the Effective Date, according to the project plan in Annex 2.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,550,000, inclusive of all taxes, made up of: Software licence CNY 1,120,000; implementation services and Custom Deliverables CNY 386,000; training CNY 44,000.
P:3.2 The Contract Price is fixed. It covers travel and living expenses of the Supplier's staff, and all support and maintenance during the warranty period under Article 7.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 310,000) within 20 days after signature of this Agreement and receipt of the Supplier's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 697,500) within 30 days after Provisional Acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 542,500) within 30 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account named in the Supplier's invoice.
H:Article 5 Project Organisation
P:5.1 Each party appoints a project manager.
P:5.2 The Buyer shall provide the servers, database licences, network access and a suitable project room, and shall make its quality engineers available as set out in the project plan.
H:Article 6 Acceptance
P:6.1 Provisional Acceptance takes place when the Supplier demonstrates, in tests witnessed by the Buyer, that: all functions listed in Annex 1 work as specified; the ERP and MES interfaces transfer inspection orders and results for 20 consecutive working days without error; every measurement device listed in Annex 1 is connected; and migrated data match the source records in a full count and a sample check of 500 records.
P:6.2 Final Acceptance takes place after 60 days of productive use at both plants following Provisional Acceptance, provided that no Severity 1 incident has occurred in the last 30 of those days, all Severity 2 defects have been resolved, and the documentation and the source code of the Custom Deliverables have been handed over.
P:6.3 If a test fails, the Supplier shall correct the defects and repeat the test at its own cost within 10 working days. Use of the Software in production before Final Acceptance, or any payment, does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The warranty period is 18 months from Final Acceptance. During this period the Supplier shall correct all defects free of charge, provide new releases and patches of the Software, and give telephone and remote support.
P:7.2 Incidents are classified as follows. Severity 1 (system down or SPC data not recorded on a production line): response within 1 hour, workaround within 8 hours. Severity 2 (a major function unavailable): response within 2 hours, workaround within two working days. Severity 3 (other defects and questions): response within one working day.
P:7.3 For each full hour by which the Supplier exceeds a Severity 1 response or workaround time, the Supplier shall pay a service credit of CNY 1,500, deducted from the next payment or paid on demand.
P:7.4 After the warranty period the Buyer may purchase annual support. The annual support fee is 11% of the Software licence price, that is CNY 123,200 per year. It is fixed for the first three support years, and thereafter any increase shall not exceed 3% per year. Support is not renewed automatically; each support year is ordered by the Buyer in writing.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain with the Supplier and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify and license them freely, and may have them maintained by third parties. The Supplier shall deliver their complete source code at Provisional Acceptance.
P:8.3 The Supplier warrants that the Software and the Custom Deliverables do not infringe the rights of any third party and shall indemnify the Buyer against all claims of infringement.
H:Article 9 Data Protection and Security
P:9.1 All data entered into or generated by the Software, including measurement data, inspection results and supplier quality records, belong to the Buyer. The Supplier shall use them only to perform this Agreement and shall not copy, retain or disclose them.
P:9.2 The Supplier shall access the Buyer's systems only through the Buyer's VPN and jump server, with personal accounts, and only for support tasks approved by the Buyer. The Supplier shall apply appropriate technical and organisational security measures and shall comply with the data security laws of the People's Republic of China applicable to the Buyer's data.
P:9.3 The Supplier shall notify the Buyer of any actual or suspected security breach affecting the Buyer's data within 6 hours, cooperate in the investigation, and bear all losses caused by a breach attributable to the Supplier.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including drawings, tolerances, process parameters, prices and the terms of this Agreement, and use it only for this Agreement.
P:10.2 This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Supplier fails to submit the system for Provisional Acceptance within the period in Article 2.4 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:11.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence, infringement claims under Article 8.3, or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for any subcontractor so approved.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for services not accepted, without prejudice to the Buyer's other remedies. The licence under Article 2.1 survives if the licence fee has been paid.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event lasts more than 60 days, either party may terminate this Agreement.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Poland, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 Any dispute arising out of or in connection with this Agreement that cannot be settled amicably within 30 days shall be finally resolved by arbitration under the Rules of the Court of Arbitration at the Polish Chamber of Commerce in Warsaw, by three arbitrators, in the English language.
H:Article 16 Final Provisions
P:16.1 This Agreement, with Annex 1 (Scope and Functional Specification) and Annex 2 (Project Plan and Key Personnel), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in English in two originals, one for each party, and takes effect on the date of signature by the last party (the "Effective Date").
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
META["e01"] = dict(file="h825e01_kalisz_vendor_spc_quality_licence.pdf", fmt="pdf", lang="en",
    category="software", fee_base=1120000, design=["CR-GOVERNING-LAW"], risk="low",
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
               liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=18, post_warranty_fee_pct=11, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="Poland",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1550000))

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — LEARNWAVE LEARNING PLATFORM

Order Form No. WC-OF-2026-118

**Vendor:** Warta Cloud sp. z o.o., ul. Przemysłowa, 62-510 Konin, Poland ("Vendor")

**Customer:** Chengdu Tianfu Foods Co., Ltd., a company incorporated in the People's Republic of China, Chengdu, Sichuan Province ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

LearnWave, Vendor's cloud learning-management platform, Professional edition, including course authoring, learning paths, assessments and certificates, compliance training tracking, the mobile app, and the reporting dashboard (the "Service"). The Service is hosted for Customer in a data centre located in mainland China operated by Vendor's hosting provider named in Annex 1.

### A2. Subscription Term and Scope

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A5, and the second Subscription Year follows immediately. The subscription covers up to 1,200 active learners and 40 administrator or author accounts across Customer's headquarters, its three factories and its regional sales offices.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| LearnWave Professional subscription | per Subscription Year, 1,200 learners | 318,000 |
| Subscription, two Subscription Years | 2 × 318,000 | 636,000 |
| Onboarding package (one-time) | fixed price | 48,000 |
| Total fees under this Order Form | | 684,000 |

Additional learners above 1,200 may be added in blocks of 100 at CNY 24,000 per block per Subscription Year, pro rata for part of a year. All amounts include VAT.

### A4. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

(b) The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.

(c) No other amount is payable before Onboarding Acceptance.

### A5. Onboarding

Vendor will, within 45 days after signature: configure Customer's organisation structure and roles; set up single sign-on with Customer's identity provider; integrate the Service with Customer's HR system for daily learner synchronisation; migrate 180 existing courses and the completion records of the last two years; build 12 learning paths and 6 report templates specified by Customer; and train Customer's administrators.

Onboarding is accepted ("Onboarding Acceptance") when Customer confirms in writing that: single sign-on works for all user groups; the HR synchronisation has run for 10 consecutive days without error; all migrated courses open and all migrated completion records match the source records in a full count; and the learning paths and report templates work as specified. Customer will test within 10 working days of Vendor's notice of readiness and will state any failed criterion in writing, and Vendor will correct and resubmit. Use of the Service by learners before that confirmation is not acceptance.

### A6. Contacts and Notices

Vendor account manager: customer success team, Konin office. Customer contact: head of learning and development, Chengdu. Notices under the Agreement are sent by email to these contacts and confirmed by letter.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, content and materials submitted to the Service by or for Customer, including learner records, assessment results and course content uploaded by Customer.

1.2 "Customer Deliverables" means the configurations, learning paths, report templates, course conversions and the HR integration created by Vendor for Customer during onboarding or on Customer's request.

1.3 "Documentation" means Vendor's user guides for the Service as updated from time to time.

### 2. Access and Use

2.1 Vendor grants Customer a non-exclusive, non-transferable right for the Subscription Term to access and use the Service for Customer's internal business purposes, within the scope in A2.

2.2 Customer shall keep its login credentials secure and is responsible for the activities of its authorised users. Customer shall not resell the Service, attempt to reverse engineer it, or use it to store unlawful content.

### 3. Availability and Support

3.1 Vendor will use commercially reasonable efforts to make the Service available to Customer, subject to planned maintenance, which Vendor will try to schedule outside Customer's business hours.

3.2 Vendor provides support by email and through its help centre on business days during Vendor's office hours. Vendor will handle support requests in the order in which they are received and will use reasonable efforts to resolve them.

3.3 Vendor may update the Service from time to time, provided that an update does not materially reduce its functionality.

### 4. Fees and Taxes

4.1 Fees are as stated in the Order Form. Fees are fixed for the Subscription Term and are non-cancellable except as stated in section 11.

4.2 If an undisputed invoice is not paid when due, Vendor may, after 15 days' written notice, suspend access to the Service until payment is made.

### 5. Customer Data

5.1 As between the parties, Customer owns all Customer Data. Vendor shall use Customer Data only to provide the Service and support to Customer under this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.

5.2 On expiry or termination, Vendor shall make Customer Data available for export in standard formats for 60 days and shall then delete it from its systems and certify the deletion in writing.

### 6. Data Security

6.1 Vendor shall maintain an information security programme certified under ISO/IEC 27001, including encryption of Customer Data in transit and at rest, role-based access control, logging of administrative access, daily backups stored in a separate mainland China location, and annual penetration tests.

6.2 Vendor shall notify Customer without undue delay, and in any case within 48 hours, after becoming aware of a security incident affecting Customer Data, shall take all steps to contain it, and shall bear the costs and losses resulting from an incident caused by its breach of this section.

6.3 Vendor shall process personal information contained in Customer Data in accordance with the Personal Information Protection Law of the People's Republic of China and the data processing terms in Annex 1, and shall not transfer Customer Data outside mainland China.

### 7. Intellectual Property

7.1 Vendor owns the Service, the Documentation and all improvements to them.

7.2 Customer owns all Customer Deliverables. Customer may use, modify and license them freely, including with another learning platform after the Subscription Term. Vendor shall hand over the Customer Deliverables, with the source code of the HR integration, at Onboarding Acceptance.

### 8. Confidentiality

8.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

8.2 These obligations continue for three years after the end of the Agreement, and for trade secrets as long as they remain secret.

### 9. Warranties

9.1 Vendor warrants that the Service will perform materially in accordance with the Documentation and that onboarding services will be performed with reasonable skill and care.

9.2 Except as stated in this Agreement, neither party gives any other warranty.

### 10. Limitation of Liability

10.1 Each party's total aggregate liability arising out of or in connection with this Agreement shall not exceed two times the total fees payable under the Order Form.

10.2 The limit in 10.1 does not apply to breach of sections 5, 6 or 8, to infringement claims, or to wilful misconduct. Neither party is liable for indirect or consequential loss.

### 11. Term, Renewal and Termination

11.1 The Agreement runs for the Subscription Term. It then renews for successive Subscription Years at the same fees unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

11.3 If Customer terminates under 11.2, Vendor shall refund the prepaid fees for the remainder of the current Subscription Year.

### 12. Subcontracting and Assignment

12.1 Vendor may not subcontract its obligations under this Agreement without Customer's prior written consent, except that the hosting provider named in Annex 1 is approved. Vendor remains responsible for the acts of its subcontractors.

12.2 Neither party may assign the Agreement without the other party's prior written consent.

### 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.

### 14. General

14.1 Neither party is liable for a delay caused by events beyond its reasonable control. This Agreement is the entire agreement of the parties on its subject, and may be changed only in writing signed by both parties.

Signed for Vendor: ____________________   Signed for Customer: ____________________

Annex 1: Hosting provider and data processing terms.
"""
META["e02"] = dict(file="h825e02_konin_vendor_lms_saas_order_form.md", fmt="md", lang="en",
    category="cloud", fee_base=None, design=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high",
    terms=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
               liability_cap_pct=200, prepayment_pct=None, acceptance_clause=True,
               final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
               auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
               governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=684000))

SRC["e03"] = """T:Supply Contract for Cold-Room Monitoring Sensors and Software
P:Contract No. QDCC-PUR-2026-073
P:Buyer: Qingdao Haiyun Cold Chain Logistics Co., Ltd., registered in Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Nogat Sensing sp. z o.o., registered in Poland, with its office at ul. Warszawska, 82-300 Elbląg, Poland (the "Supplier").
P:The Buyer operates four cold-storage warehouses with 28 cold rooms for frozen and chilled food. It needs a continuous temperature and humidity monitoring system that meets food-safety record-keeping requirements. Following the Buyer's tender, the parties agree as follows, on the Buyer's standard terms.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless temperature and humidity sensors, door-open and power-failure sensors, gateways, and a perpetual licence of its ColdView monitoring software, as listed in clause 2, for the four warehouses named in the Annex.
P:1.2 The Supplier shall configure alarm rules for every cold room, set up alarm notification by SMS, telephone call and the mobile app, connect the system to the Buyer's warehouse management system (WMS) so that temperature records are attached to each inbound and outbound batch, and produce the temperature reports required by the Buyer's customers.
P:1.3 The Supplier shall deliver all equipment within 50 days and complete installation and commissioning within 80 days after the contract is signed.
P:1.4 Every sensor shall be delivered with a calibration certificate traceable to a national or international standard, showing an accuracy of ±0.3 °C or better in the range from −40 °C to +10 °C.
H:2. Price
P:2.1 The contract price is CNY 1,510,000, including VAT, packing, transport to the warehouses, insurance, customs clearance, installation, training, and all warranty services. The price is fixed and itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, industrial grade|420|1,650|693,000
TB:2|Gateway with 4G and Ethernet backhaul and battery backup|28|7,500|210,000
TB:3|Door-open and power-failure sensor|120|850|102,000
TB:4|Spare sensors and field calibration kit|1 lot|81,000|81,000
TB:5|ColdView monitoring software, perpetual licence, 4 sites|1|264,000|264,000
TB:|Hardware and licence subtotal|||1,350,000
TB:6|Installation, configuration and WMS interface|1|142,000|142,000
TB:7|Training of operators and administrators|1|18,000|18,000
TB:|Contract price|||1,510,000
P:2.2 The hardware and licence subtotal (items 1 to 5) is the basis for the post-warranty support fee in clause 7.
H:3. Payment
P:3.1 10% of the contract price (CNY 151,000) within 15 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 55% of the contract price (CNY 830,500) within 30 days after delivery and installation at all four warehouses. Signing the delivery note confirms quantities only and is not acceptance.
P:3.3 35% of the contract price (CNY 528,500) within 30 days after Final Acceptance under clause 5.
P:3.4 The Supplier shall issue a valid VAT invoice for each payment.
H:4. Delivery and Installation
P:4.1 Equipment shall be delivered DDP to the four warehouses. Risk passes to the Buyer on signature of the delivery note at each warehouse; title passes on payment under clause 3.2.
P:4.2 The Supplier shall install sensors at the positions agreed in the site survey, with at least one sensor per 150 square metres of floor area and one at each door, and shall respect the Buyer's hygiene, cold-room entry and safety rules.
P:4.3 The Buyer shall provide power sockets for gateways, network access, a server or virtual machine for the software, and access to the cold rooms at agreed times.
H:5. Acceptance
P:5.1 After installation, the system runs for a trial period of 30 days. The Buyer shall carry out Final Acceptance within 10 working days after the trial period, against the following criteria: every sensor reports at the configured interval, with no gap in its records longer than two reporting intervals during the trial period; a reference-thermometer check of 10% of the sensors shows deviations within the certified accuracy; simulated high-temperature, door-open and power-failure events raise alarms to the designated persons within 2 minutes; temperature records are attached to WMS batches without error; and all documentation has been delivered.
P:5.2 If any criterion is not met, the Supplier shall remedy the defect within 10 days and the relevant tests shall be repeated. Installation, use of the system during the trial period, or payment under clause 3.2 is not acceptance.
P:5.3 The Buyer issues a Final Acceptance certificate when all criteria are met.
H:6. Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, provide software updates, and recalibrate or replace any sensor whose deviation exceeds the certified accuracy.
P:6.2 Batteries of wireless sensors are covered by the warranty. The Supplier guarantees a battery life of at least three years under the configured reporting interval and shall replace batteries that fail earlier at its own cost.
H:7. Service Levels and Support
P:7.1 A Priority 1 incident is a failure of the monitoring software, or a gateway outage that leaves a cold room without monitoring. The Supplier shall respond to a Priority 1 incident within 1 hour, provide a remote workaround or dispatch an engineer within 3 hours, and restore monitoring within 24 hours, using spare gateways kept in the Buyer's stock if necessary.
P:7.2 A Priority 2 incident is the failure of individual sensors or of non-critical functions. The Supplier shall respond within 8 working hours and repair or replace the sensor within three working days.
P:7.3 For each hour by which the Supplier exceeds the Priority 1 response or restoration time, the Supplier shall pay a service credit of CNY 1,000. Credits are deducted from the next payment due or, after the last payment, paid on demand.
P:7.4 After the warranty period, the Buyer may order annual support covering repair and replacement, recalibration, software updates and remote support. The annual support fee is 8% of the hardware and licence subtotal, that is CNY 108,000 per year, and shall not be increased during the first three support years. Support is ordered year by year in writing and does not renew automatically.
H:8. Intellectual Property
P:8.1 The ColdView software remains the property of the Supplier, who grants the Buyer a perpetual, irrevocable licence to use it at the four warehouses and any warehouse the Buyer later opens within the licensed sensor count.
P:8.2 The WMS interface, alarm configurations and report templates created for the Buyer, with their source code, belong to the Buyer, who may use, modify and license them freely.
H:9. Data and Security
P:9.1 All monitoring data, alarm records and reports belong to the Buyer. The Supplier may use them only to perform this contract and shall not copy, keep or pass them to any third party.
P:9.2 The software is installed on the Buyer's server in China. The Supplier's remote access is allowed only through the Buyer's VPN, with personal accounts, and for approved support tasks; all sessions are logged. Gateways shall use encrypted communication and shall not send data to any server outside the Buyer's network.
P:9.3 The Supplier shall report any security incident affecting the Buyer's systems or data within 2 hours, shall help to contain it, and shall be liable for all losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information of the Buyer obtained in performing this contract, including warehouse layouts, customer names, stock data and prices, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation survives the end of the contract.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier is late in delivery or in completing installation and commissioning, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:11.2 The Supplier's total liability under this contract is limited to 200% of the contract price. The limit does not apply to personal injury, wilful misconduct, or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains liable for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages reach their maximum. The Supplier shall then refund the amounts received for items not accepted.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. Miscellaneous
P:15.1 This contract is made in English and Chinese, both texts being equally authentic. It takes effect on signature by both parties. The Annex (warehouse list and site survey) forms part of this contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
META["e03"] = dict(file="h825e03_elblag_vendor_cold_room_sensors_licence.docx", fmt="docx", lang="en",
    category="hardware", fee_base=1350000, design=[], risk="low",
    terms=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
               liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
               warranty_months=24, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
               termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
               contract_kind="goods_or_licence"),
    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
               contract_value=1510000))

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: LIT-MSA-2026-09

**Customer:** Hefei Jinghu Home Appliances Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hefei, Anhui Province ("Customer").

**Provider:** Lednica IT Services sp. z o.o., a company registered in Poland, with its registered office at ul. Kostrzewskiego, 62-200 Gniezno, Poland, acting through its registered branch in Shanghai ("Provider").

**Background.** Customer operates a head office, two factories and a spare-parts warehouse in Anhui Province. Customer wishes to outsource the operation of its data-centre infrastructure, network and end-user IT support to Provider for a term of 36 months. Provider has experience of such services for manufacturing companies and has submitted a proposal, which Customer has accepted subject to this Agreement.

## 1. Definitions

1.1 "Services" means the transition services and the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" means the credits stated there.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider accesses or processes in performing the Services.

1.5 "Service Start Date" means the day after Transition Acceptance under section 3.

## 2. Term

2.1 This Agreement starts on signature. The managed services run for 36 months from the Service Start Date.

2.2 The Agreement ends when the 36 months expire. The parties may agree in writing to extend it; there is no automatic extension.

## 3. Transition

3.1 Provider shall take over the Services within 60 days after signature, following the transition plan in Schedule 1. Transition includes discovery of all assets, documentation of configurations, setting up monitoring, knowledge transfer from Customer's current staff and the incumbent supplier, and a period of parallel running.

3.2 Transition Acceptance takes place when Customer confirms in writing that: all assets listed in the inventory are recorded in Provider's configuration database and monitored; runbooks exist for every critical system; Provider's service desk has handled tickets for 10 consecutive working days during parallel running, meeting the Service Levels; and a backup restore test of each critical system has succeeded.

3.3 If a criterion is not met, Provider shall remedy it and resubmit within 10 working days. Provider's start of work on live systems is not Transition Acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 4. Service Delivery

4.1 Provider shall perform the Services in accordance with this Agreement, good industry practice and Customer's reasonable IT policies, as notified to Provider.

4.2 Provider shall staff an on-site team of two engineers at Customer's head office on business days, provide a bilingual service desk at all times, and make field engineers available at the factories and the warehouse as set out in Schedule 1.

4.3 Provider shall provide a monthly service report and hold a monthly service review with Customer, and a quarterly review with Customer's management covering performance, risks and improvement proposals.

4.4 Customer shall give Provider the access, information and decisions reasonably required, and shall approve changes through its change advisory board. Provider is not responsible for a failure to meet a Service Level to the extent that it is caused by Customer's failure to perform these obligations, provided that Provider has notified Customer of the failure promptly in writing.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 in each calendar month.

5.2 If a Service Level is missed, Provider shall pay the Service Credits in Schedule 2, which are deducted from the next invoice. Service Credits in a month are limited to 20% of the monthly service charge for that month.

5.3 If the same Service Level is missed in three consecutive months, this is a material breach for the purpose of section 12.2.

## 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The monthly service charge is fixed for the 36 months of the term.

6.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt of a valid VAT invoice.

6.3 Additional work outside the Services is performed only on a written change order at the day rates in Schedule 3.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and for no other purpose, and shall not sell, license or analyse it for its own benefit.

7.2 At the end of the Agreement, Provider shall return all Customer Data and configuration records to Customer and shall then delete any copies it holds.

## 8. Intellectual Property

8.1 Provider keeps its pre-existing tools, methods and monitoring software.

8.2 Runbooks, scripts, configuration records, network diagrams and other documents created by Provider for Customer under this Agreement belong to Customer, who may use, modify and license them freely, including with a successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential all confidential information received from the other party, use it only for this Agreement, and not disclose it to any third party without the other party's prior written consent, except to its professional advisers or where required by law.

9.2 Provider shall ensure that its personnel assigned to the Services sign confidentiality undertakings. This section survives termination for three years.

## 10. Personnel and Subcontracting

10.1 Provider shall assign qualified personnel and shall replace any person whom Customer reasonably objects to.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for all acts and omissions of approved subcontractors.

## 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the Charges paid or payable in the nine months preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit, loss of production or other indirect loss.

11.3 The limit in 11.1 does not apply to death or personal injury caused by negligence or to fraud.

## 12. Termination

12.1 Customer may terminate this Agreement for convenience after the first 18 months on 90 days' written notice, paying a termination charge equal to two monthly service charges.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.3 On any termination or expiry, Provider shall provide exit assistance for up to 90 days at the day rates in Schedule 3, including handover of all documentation to Customer or its successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes not resolved by the parties' senior managers within 30 days shall be referred to the Hefei Arbitration Commission for arbitration in Hefei.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party is liable for failures caused by force majeure events, provided it notifies the other party promptly.

## Schedule 1 — Services

| Service | Scope | Location |
|---|---|---|
| Transition | discovery, documentation, monitoring set-up, parallel running | all sites |
| Data-centre operations | 46 virtual servers, 12 physical servers, storage, backup | head-office data centre |
| Network operations | core and access switches, firewalls, Wi-Fi, WAN links | all sites |
| Service desk | incidents and requests, Chinese and English, at all times | remote |
| End-user support | 1,350 PCs and laptops, printers, meeting rooms | on-site and field |
| Patch and asset management | monthly patching, asset register, licence records | all sites |

## Schedule 2 — Service Levels

| Measure | Level | Service Credit |
|---|---|---|
| Availability of critical systems (ERP, MES, email) per month | 99.95% | 2% of the monthly charge per 0.01 point below |
| Priority 1 incident response | 15 minutes | CNY 2,000 per late incident |
| Priority 1 incident restoration | 6 hours | CNY 3,000 per late incident |
| Priority 2 incident response | 1 hour | CNY 800 per late incident |
| Service desk calls answered within 60 seconds | 90% | CNY 1,500 per month missed |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 90,000 |
| Monthly service charge | per month, 36 months | 62,500 |
| Monthly service charges, total | 36 × 62,500 | 2,250,000 |
| Total Charges for the term | | 2,340,000 |
| Additional work | per engineer day | 3,200 |

Signed for Customer: ____________________   Signed for Provider: ____________________
"""
META["e04"] = dict(file="h825e04_gniezno_vendor_managed_it_services.md", fmt="md", lang="en",
    category="services", fee_base=None, design=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], risk="high",
    terms=dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
               data_security_clause=False, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=2000 / 2340000 * 100, liability_cap_pct=9 / 36 * 100, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
               subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2340000))

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. VD-CN-2026-031

BETWEEN

Tianjin Bohai Link International Freight Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tianjin ("Customer"); and

Vistula Data sp. z o.o., a company registered in Poland with its registered office at ul. Tumska, 09-402 Płock, Poland ("Provider").

RECITALS

Customer is a freight forwarder that books ocean and rail freight for exporters in northern China. Customer wishes to receive vessel position, port call and schedule data through an application programming interface (API) and feed it into its shipment-tracking platform and customer portal. Provider collects, cleans and licenses such data. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Data" means the vessel positions, port calls, estimated and actual arrival and departure times, schedule changes and port congestion indicators made available by Provider through the API.

1.2 "API" means Provider's REST and streaming interfaces, with their documentation and keys.

1.3 "Subscription Year" means each period of consecutive months beginning on the Go-Live Date or on an anniversary of it, and "Subscription Term" means the first two Subscription Years together with any renewal under clause 10.

1.4 "Customer Materials" means Customer's shipment records, watch lists of vessels and containers, query logs and any other information Customer sends to the API.

1.5 "Go-Live Date" means the date of Go-Live Acceptance under clause 4.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API, to use the Data in Customer's internal operations and in Customer's tracking platform and portal, and to show Data to Customer's own shippers and consignees as part of shipment status information.

2.2 The subscription covers up to 5,000,000 API calls per month and watch lists of up to 8,000 vessels. Calls above that volume are charged at the overage rate in clause 6.3.

2.3 Customer shall not resell the Data as a stand-alone data product or use it to build a competing database.

2.4 Customer shall keep its API keys secret, shall use them only from its own systems, and shall tell Provider at once if it believes that a key has been compromised, so that Provider can revoke it and issue a new one. Customer is responsible for calls made with its keys until it has given that notice.

3. SET-UP SERVICES

3.1 Provider shall, within 40 days after signature, provision production and test API keys, map its vessel and port codes to the codes used in Customer's platform, build a connector that pushes schedule-change events into Customer's message queue, and train Customer's developers.

3.2 If the set-up services are not ready for Go-Live Acceptance within that period for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 30,000.

4. GO-LIVE ACCEPTANCE

4.1 Customer shall test the API and the connector within 10 working days after Provider's notice of readiness. Go-Live Acceptance takes place when Customer confirms in writing that: position data for a sample of 200 vessels agree with a reference source within the tolerance in the Documentation; schedule-change events reach Customer's message queue within 5 minutes of Provider's own record; the code mappings are complete for all ports in Customer's lane list; and the API has handled a load test at twice Customer's expected peak call rate without errors.

4.2 If a criterion is not met, Provider shall correct the defect and Customer shall repeat the test. Customer's use of the API in production before confirmation is not acceptance.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of the time in each calendar month, excluding planned maintenance of not more than two hours per month announced five days in advance and performed outside Customer's business hours (China Standard Time).

5.2 Incidents: Priority 1 (API unavailable or Data not updated for more than 30 minutes) - response within 1 hour, restoration or workaround within 6 hours; Priority 2 (degraded performance or partial data) - response within 3 hours, resolution within two business days; Priority 3 - response within two business days.

5.3 Service credits: if monthly availability is below the committed level, Customer receives a credit of 5% of the monthly share of the annual subscription fee for each started 0.1 percentage point of shortfall, and CNY 1,000 for each Priority 1 incident not responded to in time. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

5.4 Provider shall publish a monthly service report showing availability, incidents and data latency.

6. FEES AND PAYMENT

6.1 The fees are: annual subscription fee CNY 236,000 for each Subscription Year, that is CNY 472,000 for the two Subscription Years; and a one-time set-up fee of CNY 28,000. The total fees for the initial Subscription Term are CNY 500,000. All fees include VAT.

6.2 The set-up fee is invoiced after Go-Live Acceptance. The annual subscription fee is invoiced at the start of each Subscription Year. Invoices are payable within 30 days after receipt of a valid VAT invoice.

6.3 Overage: CNY 40 per 100,000 calls above the monthly volume in clause 2.2, invoiced quarterly in arrears.

6.4 If an undisputed invoice remains unpaid 20 days after a written reminder, Provider may restrict access to the API until payment, but shall not delete Customer Materials or stop the connector without a further 10 days' notice.

7. CUSTOMER MATERIALS AND DATA SECURITY

7.1 Customer Materials belong to Customer. Provider shall use them only to provide the API and the Data to Customer and shall not use them for any other purpose, including enriching Provider's own databases or analysing Customer's trade lanes.

7.2 Provider shall protect Customer Materials with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named support staff, and logging of access. Customer Materials shall be stored only in a data centre located in mainland China.

7.3 Provider shall notify Customer of any security incident affecting Customer Materials within 8 hours after becoming aware of it, shall cooperate in the response, and shall be liable for all losses caused by an incident attributable to Provider or its subcontractors.

7.4 At the end of the Subscription Term, Provider shall delete Customer Materials within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors keep all rights in the Data and the API.

8.2 The code mappings and the connector built for Customer under clause 3, with their source code, belong to Customer. Customer may use, modify and license them freely, including with another data provider.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information and the terms of this Agreement, and use them only for this Agreement. The obligation survives for three years after the end of this Agreement.

10. TERM AND RENEWAL

10.1 This Agreement starts on signature and continues for the first two Subscription Years.

10.2 At the end of the second Subscription Year, and of each renewal Subscription Year, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

10.3 Provider may change the annual subscription fee for any renewal Subscription Year by written notice given at least 75 days before the renewal. The new fee applies from the renewal unless Customer gives notice of non-renewal under clause 10.2.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. Availability below the committed level in three consecutive months is a material breach by Provider.

11.2 If Customer terminates under clause 11.1, Provider shall refund the subscription fees paid for the period after termination.

12. SUBCONTRACTORS AND DATA SOURCES

12.1 Provider may use subcontractors, including hosting providers and data collection partners, to perform this Agreement. Provider shall inform Customer of any new subcontractor by email at least 15 days before it starts work. Provider remains responsible for its subcontractors.

13. LIABILITY

13.1 Each party's total liability under this Agreement is limited to twice the total fees payable for the initial Subscription Term. This limit does not apply to breach of clauses 7 or 9, to wilful misconduct, or to personal injury.

13.2 Neither party is liable for indirect or consequential loss, or for loss of profit.

13.3 Provider does not warrant that the Data is complete at all times, but shall correct errors notified by Customer within two business days.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final.

15. GENERAL

15.1 Neither party is liable for failures caused by events beyond its reasonable control, provided that it notifies the other party without delay. Changes to this Agreement must be in writing and signed by both parties. This Agreement is made in English.

SIGNED for Customer: ______________________

SIGNED for Provider: ______________________
"""
META["e05"] = dict(file="h825e05_plock_vendor_vessel_data_api_subscription.txt", fmt="txt", lang="en",
    category="cloud", fee_base=None, design=["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"], risk="medium",
    terms=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
               data_security_clause=True, buyer_owns_data=True, confidentiality=True,
               ld_rate_per_day_pct=600 / 500000 * 100, liability_cap_pct=200, prepayment_pct=None,
               acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
               post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
               subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=500000))


# ---------------------------------------------------------------- checks and build
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def tco_share(m):
    t, e = m["terms"], m["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * (m["fee_base"] or e["contract_value"])
    return fees / (e["contract_value"] + fees) * 100


def derive_rules(m):
    """My reading of policy §3, applied to the label."""
    t, e = m["terms"], m["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(m)
        if s is not None and s > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or m.get("foreign_forum"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.,])4\s*-?\s*(?:hours?\b|hrs?\b|h\b|小时|个小时)", r"\bfour[\s-]*hours?", r"四个?小时",
    r"(?<![\d.])0\.05\s*%", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.,])100\s*%", r"百分之百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.,])12\s*-?\s*(?:months?\b|个月)", r"twelve[\s-]*months?", r"十二个月", r"一年", r"\bone[\s-]*year",
    r"(?<![\d.,])15\s*%", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4小时内", "四小时", "4个小时", "four hours", "4-hour", "0.05%",
            "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "12 months", "12个月", "十二个月", "twelve months",
            "一年", "one year", "15%", "百分之十五", "40%", "百分之四十", "forty per cent", "4 hrs"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "0.15%", "130%", "115%", "240%", "112 months", "24-hour",
             "48 hours", "2 months", "2027年12月31日", "3.15%", "百分之四十五", "0.055%", "1,100%", "14 hours"]


def readback(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)
    keys = sorted(SRC)
    assert keys == sorted(META) and len(keys) == 10
    covered = set()
    for k in keys:
        m = META[k]
        path = OUT / m["file"]
        assert m["file"].startswith("h825" + k + "_") and m["file"].endswith("." + m["fmt"])
        if m["fmt"] in ("txt", "md"):
            path.write_text(SRC[k], encoding="utf-8")
        else:
            write({k: SRC[k]}, {k: (m["file"], m["fmt"])}, OUT, wrap_words=True)
        text = readback(path, m["fmt"])
        # lengths
        if m["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        m["length"] = n
        # no threshold figure in the text: raw, whitespace-collapsed, whitespace-free
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hit = THRESHOLD_RE.search(variant)
            assert not hit, (k, hit.group(0), variant[max(0, hit.start() - 40):hit.end() + 40])
        # contract value is stated in the text
        cv = m["extra"]["contract_value"]
        assert f"{cv:,}" in text, (k, cv)
        # no label value on a threshold
        t = m["terms"]
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = tco_share(m)
        m["tco_share"] = share
        if share is not None:
            assert abs(share - TCO_LIMIT) > 2, (k, share)
        rules = derive_rules(m)
        assert rules == sorted(m["design"]), (k, rules, m["design"])
        assert risk_of(rules) == m["risk"], (k, risk_of(rules), m["risk"])
        covered |= set(rules)
        extra = {x: m["extra"][x] for x in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                             "acceptance_deemed_on_delivery", "contract_value"] if x in m["extra"]}
        if t["contract_kind"] == "service":
            assert "post_warranty_fee_capped" not in extra and t["warranty_months"] is None
            assert t["post_warranty_fee_pct"] is None
        else:
            assert "post_warranty_fee_capped" in extra
        label = {"file": m["file"], "language": m["lang"], "category": m["category"],
                 "expected_terms": {x: t[x] for x in TERM_KEYS}, "expected_extra": extra, "expected_rules": rules}
        assert list(t) == TERM_KEYS, k
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{m['file']}: length {n}, rules {rules or '(none)'}, risk {m['risk']}"
              + (f", TCO share {share:.1f}%" if share is not None else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    mix = [k for k in keys if not META[k]["design"]]
    assert sorted(mix) == ["e03", "z01"], mix
    assert META["e01"]["design"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(META["z05"]["design"]) <= 10
    for k in ["z02", "z03", "z04", "e02", "e04", "e05"]:
        assert 2 <= len(META[k]["design"]) <= 3, k
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
