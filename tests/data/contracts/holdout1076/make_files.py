"""holdout1076: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold value or figure, rules derived from the labels = design, coverage).

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

SRC = {}      # key -> source text (.txt/.md as is; .docx/.pdf as word_pdf markup)
FILES = {}    # key -> file name
LABEL = {}    # key -> (language, category, terms, extra)
DESIGN = {}   # key -> set of rules the draft is designed to raise
FORUM_OUTSIDE = {}  # key -> True when disputes go to a forum outside mainland China
TCO_IN = {}   # key -> (fee base = itemised licence/hardware subtotal, annual post-warranty fee)

SRC["z01"] = """T:政府采购合同（货物及服务类）
P:项目名称：机动车维修行业监管服务平台建设项目
P:采购项目编号：JT-ZFCG-2027-0318    合同编号：SJTJ-2027-HT-026
P:甲方（采购人）：某市交通运输局
P:乙方（供应商）：杭州车安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就甲方采购机动车维修行业监管服务平台软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“汽修监管平台”软件产品永久使用许可（含维修企业备案、维修电子健康档案、配件追溯、投诉处理、信用评价五个子系统，不限用户数），并完成以下定制开发：维修企业电子地图与分级监管看板、电子健康档案上传质量稽核模块、执法检查移动端应用、与省级维修电子健康档案系统及市政务数据共享平台的接口。
P:1.2 乙方负责历史备案数据和投诉数据的迁移、系统部署、联调、试运行、培训及质保期内的维护服务。
P:1.3 部署环境为甲方提供的政务云资源，乙方不得将平台或数据部署于其他环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾万元整（¥1,400,000），含税，为固定总价。其中：平台软件许可费¥720,000；定制开发费¥486,000；数据迁移与接口对接费¥128,000；实施及培训费¥66,000。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件、测评配合等一切费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥280,000。
P:3.2 系统初验合格后十五个工作日内，甲方支付合同总价的45%，计¥630,000。
P:3.3 系统最终验收合格并签署验收报告后十五个工作日内，甲方支付合同总价的35%，计¥490,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署并提交初验申请，于初验合格后完成六十日试运行，试运行期满提交最终验收申请。
P:4.2 乙方应提交需求规格说明书、设计文档、源代码、部署手册、用户手册、测试报告及培训记录。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有同类平台建设经验，未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及下周计划。
P:4.4 乙方应为甲方管理人员、执法人员及维修企业操作人员分别组织培训，培训不少于六场，并提供培训教材和操作视频。甲方认为培训效果不满足使用要求的，乙方应免费补充培训。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现并经甲方逐项测试通过；历史数据迁移全量比对一致，差错数据均已更正；与省级系统和政务数据共享平台的接口连续五个工作日调用无异常；在三百并发用户下常用查询响应时间不超过3秒。
P:5.2 最终验收标准：试运行期内未发生一级故障，二级故障均已在时限内修复；系统已通过第三方网络安全等级保护测评和软件测评；全部交付文档齐全。甲方组织专家组按上述标准验收并出具书面验收结论。
P:5.3 系统上线试运行、甲方使用系统或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及远程与现场技术支持。
P:6.2 质保期满后，甲方如需继续维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥57,600），该费率在质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级及时限：一级故障（系统整体不可用或核心业务中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内修复；三级故障于三个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，向甲方支付¥2,000。上述款项可从应付款中直接扣除。
H:第八条 知识产权
P:8.1 本合同项下定制开发的模块、接口程序、源代码、数据库设计及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台软件产品原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的维修企业信息、维修记录、车主信息及全部业务数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存或向第三方提供。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、操作审计、加密传输与存储等措施，运维操作须经甲方审批并通过堡垒机进行。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、执法信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且经整改仍不合格的，甲方有权拒绝验收，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同全部或部分工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或交付成果两次验收不合格，或发生严重数据安全事件，或有其他根本违约行为的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。本合同附件包括：需求规格说明书、分项报价明细表、项目实施计划、培训计划，附件与合同正文不一致的，以合同正文为准。
P:甲方（盖章）：某市交通运输局    乙方（盖章）：杭州车安信息技术有限公司
P:签订日期：2027年  月  日
"""
FILES["z01"] = "h1076z01_transport_bureau_repair_supervision_platform.pdf"
LABEL["z01"] = ("zh", "software", dict(
    availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=None, prepayment_pct=20,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1400000))
DESIGN["z01"] = set()
TCO_IN["z01"] = (720000, 57600)

SRC["z02"] = """T:生产线控制系统改造合同
P:合同编号：DD-JG-2027-011
P:甲方（买方）：浙江立钉电动订书机制造有限公司
P:乙方（卖方）：宁波智控自动化工程有限公司
P:甲方拟对其装配车间六条电动订书机总装线的控制系统进行改造升级，乙方负责提供设备、软件并完成安装调试。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方为甲方六条总装线（钉仓装配线、电机装配线、整机装配线各两条）更换PLC控制柜、伺服驱动、视觉检测单元和工业触摸屏，部署产线控制软件及数据采集软件，并开发与甲方现有MES系统、仓储系统的接口程序及产线看板。
P:1.2 改造应分线实施，每条产线停线时间不超过七日，乙方应在甲方确认的停线窗口内完成拆除、安装、接线、编程和调试，不得影响其他产线生产。
P:1.3 改造后的产线应达到以下性能：单线节拍不低于每分钟二十八台；视觉检测以甲方提供的一千件样件测试，对钉仓漏装、外壳划伤无漏检，误判不超过五件；设备状态、产量、不良品数据每5秒上传一次。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），含13%增值税。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|产线PLC控制柜（含安全继电器）|6套|98,000|588,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|视觉检测单元（相机、光源、工控机）|6套|42,000|252,000
TB:4|工业触摸屏HMI|12台|9,000|108,000
TB:5|产线控制软件及数据采集软件许可（永久）|1套|300,000|300,000
TB:|设备及软件小计|||1,560,000
TB:6|安装调试及旧设备拆除|1项|198,000|198,000
TB:7|MES及仓储接口、产线看板定制开发|1项|172,000|172,000
TB:8|操作及维护培训|1项|30,000|30,000
TB:|合计|||1,960,000
P:2.2 上述价格包含设备运输、保险、安装辅材、技术资料及乙方人员全部费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，计¥392,000。
P:3.2 全部设备到货并经甲方签收后十个工作日内，甲方支付合同总价的35%，计¥686,000。到货签收仅确认数量和外观，不视为验收。
P:3.3 六条产线全部通过终验后十个工作日内，甲方支付合同总价的45%，计¥882,000。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后四十五日内将全部设备运至甲方厂区，并于到货后六十日内完成六条产线的安装调试。
P:4.2 设备应为全新原厂产品，随附合格证、说明书、电气图纸和程序备份。
P:4.3 乙方进入甲方厂区施工，应遵守甲方安全生产、消防和6S现场管理制度，施工人员须经甲方安全培训后方可作业。动火、登高、带电作业应事先办理作业票。因乙方原因发生人身伤害、设备损坏或火灾的，由乙方承担全部责任。
P:4.4 乙方应在每条产线停线前提交切换方案和回退方案，经甲方生产部门确认后方可实施；切换未成功的，乙方应按回退方案恢复原控制系统，保证产线按期复产。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产十个班次，达到第1.3款全部性能指标、无一级故障、数据上传完整准确的，为该线初验合格。
P:5.2 六条产线均初验合格并稳定运行三十日后，甲方组织终验，核对设备清单、技术资料、源程序及接口联调记录，符合合同约定的，双方签署终验报告。
P:5.3 设备投入试生产或甲方支付部分款项，均不视为验收合格。
H:第六条 质量保证与维保服务
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换，并免费提供软件缺陷修复。
P:6.2 质保期满后，乙方按年提供维保服务，年度维保费按设备及软件小计的28%计取，即每年¥436,800，该费用在质保期满后三年内固定不变。维保服务内容包括定期巡检、备件更换、程序优化及故障处理。维保合同逐年签订，不自动续期。
P:6.3 质保期内，乙方每季度对六条产线进行一次预防性巡检，检查电气柜温升、伺服运行参数及视觉系统标定情况，出具巡检报告，并对控制程序和HMI画面进行备份。
H:第七条 服务响应
P:7.1 一级故障（整条产线停机）：乙方接报后1小时内远程响应，3小时内到达现场，8小时内恢复生产。
P:7.2 二级故障（单工位停机或检测功能异常）：2小时内响应，24小时内修复。三级故障于三个工作日内处理。
P:7.3 乙方响应、到场或恢复超时的，每超时一小时向甲方支付¥800，甲方可从应付款项中扣除。
P:7.4 乙方应在甲方厂区常备PLC模块、伺服驱动器、相机各若干作为应急备件，备件清单经甲方确认，质保期内备件消耗由乙方免费补充。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测算法参数、接口程序及产线看板的源代码和全部知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 控制软件及数据采集软件产品本身的知识产权归原权利人，甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 产线运行数据、工艺参数、产量和质量数据均归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN和堡垒机接入，操作全程记录。乙方应采取防病毒、账号权限分离等措施，不得在控制网络中接入未经检测的移动存储介质。
P:9.3 因乙方原因导致数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内报告甲方，配合处置，并赔偿甲方全部损失。
H:第十条 保密
P:10.1 双方对履约中获知的对方技术资料、工艺参数、商业信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。
H:第十一条 分包
P:11.1 乙方可将电气布线、设备吊装等现场辅助工作分包给具备相应资质的第三方，但应在分包开始前书面通知甲方。乙方对分包方的工作承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:12.2 产线改造未达到性能指标且经两次整改仍不合格的，甲方有权要求乙方更换设备或退货，乙方承担由此产生的全部费用和甲方停产损失。
P:12.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十三条 合同解除
P:13.1 乙方逾期超过四十日，或设备经整改仍不能达到验收标准，或有其他根本违约行为的，甲方有权书面通知解除合同并要求赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交温州仲裁委员会仲裁，仲裁裁决是终局的。
H:第十五条 培训
P:15.1 乙方应为甲方电气维护人员和产线操作人员分别提供培训，维护人员培训不少于五天，培训后应能独立完成程序备份与恢复、常见故障处理和视觉参数调整；操作人员培训应覆盖开停机、换型和报警处理。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、产线改造实施方案、培训计划。
P:甲方（盖章）：                乙方（盖章）：
P:日期：                        日期：
"""
FILES["z02"] = "h1076z02_stapler_factory_line_control_retrofit.docx"
LABEL["z02"] = ("zh", "hardware", dict(
    availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=20,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
    governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1960000))
DESIGN["z02"] = {"CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-SUBCONTRACT"}
TCO_IN["z02"] = (1560000, 436800)

SRC["z03"] = """门店预约及会员管理系统软件服务合同

合同编号：SY-IT-2027-007
甲方（采购方）：成都手语桥教育咨询有限公司
乙方（服务方）：成都云约科技有限公司

甲方经营四十家手语培训门店，为统一课程预约、会员管理和门店经营数据，决定采用乙方提供的“云约”预约及会员管理软件服务（SaaS），并由乙方完成实施。双方依据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方四十家门店提供以下软件服务：
1. 课程与教室预约：学员通过微信小程序预约一对一、小班及线上手语课程，支持排课、候补、签到和课消；
2. 会员管理：会员档案、次卡与储值卡、积分、续费提醒、家长账户绑定；
3. 教师管理：排班、课时统计、课酬核算；
4. 经营报表：门店、区域、总部三级报表，含预约率、课消率、续费率等指标；
5. 无障碍功能：视频客服、文字消息优先、视觉提醒，满足听障学员使用需要。
（二）乙方负责实施：系统配置、四十家门店组织架构与课程体系导入、既有会员数据迁移、与甲方财务软件的收款对账接口开发、门店店长及前台人员培训。
（三）服务期内，乙方免费提供平台版本升级、小程序随微信版本更新的适配、7×24小时在线客服，并为甲方指定一名客户成功经理，每季度到甲方总部回访一次，提交服务报告和改进建议。
（四）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，第二服务年度自第一服务年度届满次日起算，每个服务年度至次年对应日的前一日止。

二、费用
（一）软件服务费按门店计收，每店每个服务年度人民币6,800元，四十家门店每个服务年度272,000元，两个服务年度合计544,000元。
（二）实施费为一次性费用，人民币86,000元。
（三）本合同总价为人民币630,000元（含税）。服务期内新增门店的，按相同单价及剩余服务期折算计费，另行签订补充协议。

三、付款
（一）实施费在上线验收合格后十五个工作日内一次付清。
（二）第一服务年度服务费在上线验收合格后十五个工作日内支付；第二服务年度服务费在该服务年度开始后十个工作日内支付。
（三）乙方在每次收款前开具增值税专用发票。
（四）因乙方原因导致服务中断累计超过三日的，已付服务费对应的服务期相应顺延。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施工作，并书面提交上线验收申请。
（二）上线验收标准：
1. 第一条第（一）款所列功能全部可用，经甲方按测试用例逐项测试通过；
2. 既有会员、储值余额、剩余课时数据全量迁移，与甲方原系统逐条核对无差异；
3. 收款对账接口连续十个营业日与甲方财务软件对账一致；
4. 四十家门店均完成培训并实际使用预约功能不少于五个营业日。
（三）甲方在收到申请后十个工作日内组织验收，合格的签署上线验收单；不合格的，乙方应在十日内整改后重新申请。门店试用不视为验收合格。
（四）乙方应为每家门店的店长和前台人员至少各培训一次，并提供配有手语讲解视频的操作指南。上线验收后三十日内，乙方应安排实施顾问驻场或远程值守，及时处理门店使用问题。

五、服务水平
（一）系统月度可用率不低于99.5%，经甲方同意的计划维护时间不计入不可用时间。
（二）故障分级：
1. 一级故障（系统整体无法访问、预约或收款功能中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：1小时内响应，8小时内恢复；
3. 三级故障（一般使用问题）：一个工作日内解决。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点（不足0.1个百分点按0.1计），乙方向甲方支付服务补偿2,000元；一级故障响应或恢复超时的，每超时一小时支付500元。补偿款从下一期服务费中抵扣，或在服务期满时由乙方返还。
（四）乙方每月五日前向甲方提交上月服务报告，列明月度可用率、故障清单、处理时长及改进措施。

六、续期
（一）服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期可多次发生。
（二）续期时，乙方有权按其届时公布的标准价格调整软件服务费，调整后的单价不超过上一服务年度单价的118%，乙方在续期前十五日书面通知甲方即可。

七、知识产权
（一）乙方平台软件的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制开发的收款对账接口、专用报表模板及其相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
（三）乙方保证平台及交付成果不侵犯任何第三方的知识产权，因侵权引起的索赔由乙方负责处理并承担全部责任。

八、数据安全与数据归属
（一）甲方及门店录入或产生的学员信息、会员信息、预约和交易记录等全部数据归甲方所有。乙方仅为提供本合同服务处理该数据，不得用于其他目的，不得向第三方提供。
（二）乙方应落实网络安全等级保护第三级要求，数据存储于中国境内，敏感个人信息加密存储，按最小权限原则控制访问，保留操作日志不少于六个月。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失，包括甲方依法向学员承担的赔偿。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后彻底删除，并出具删除证明。

九、保密
双方对因本合同知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

十、门店调整
（一）服务期内甲方关闭门店的，应提前三十日书面通知乙方，该门店剩余服务期对应的服务费由乙方按日折算退还或抵扣新增门店费用。
（二）门店迁址或更名的，乙方应在三个工作日内完成系统调整，不另收费。

十一、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方行为承担全部责任。

十二、违约责任
（一）乙方未按第四条约定期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第八条约定的，除赔偿损失外，甲方有权暂停支付服务费直至乙方整改完毕。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反数据安全义务造成的损失不受此限。

十三、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还未履行服务期对应的服务费。
（二）连续两个月月度可用率低于约定标准的，甲方有权解除合同。
（三）合同解除或服务期满的，数据交付和删除按第八条第（四）款执行。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同未尽事宜，由双方协商签订补充协议。双方通知以书面形式发送至本合同所列地址或电子邮箱，送达即生效。附件：门店清单、功能清单、实施计划。

甲方（盖章）：成都手语桥教育咨询有限公司
乙方（盖章）：成都云约科技有限公司
签订日期：2027年  月  日
"""
FILES["z03"] = "h1076z03_sign_language_chain_booking_saas.txt"
LABEL["z03"] = ("zh", "cloud", dict(
    availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=None,
    acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
    auto_renewal_price_increase=True, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=630000))
DESIGN["z03"] = {"CR-SLA-AVAILABILITY", "CR-AUTO-RENEWAL"}

SRC["z04"] = """政府采购服务合同

项目名称：城市声环境质量自动监测系统年度运行维护服务
采购方式：竞争性磋商          采购项目编号：HB-CS-2026-0912
合同编号：STHJ-YW-2027-03

甲方（采购人）：某市生态环境局
乙方（供应商）：江苏声测环境科技服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就城市声环境质量自动监测系统年度运行维护服务订立本合同。磋商文件、响应文件、成交通知书为本合同的组成部分。

第一条 服务范围
（一）运维对象：甲方建设的全市声环境自动监测系统，包括功能区噪声监测站六十二个、道路交通噪声监测站二十四个（共八十六个站点），以及监测数据平台、数据传输链路和机房设备。
（二）服务内容：
1. 站点日常巡检：每个站点每月现场巡检不少于一次，检查传声器、风罩、气象参数传感器、供电及通信设备；
2. 校准与比对：每季度对全部站点进行声校准，每年完成一次全站比对监测，并出具校准比对报告；
3. 故障处理：站点设备、传输链路和平台软件故障的诊断与修复，备品备件由乙方提供；
4. 数据审核：每日对监测数据进行有效性审核，标记异常数据并说明原因，每月提交数据审核报告；
5. 平台运维：数据平台的系统巡检、安全加固、补丁更新、数据备份；
6. 年度报告：服务期末提交年度运维报告及声环境监测数据分析报告。
（三）服务期：自2027年1月1日起至2027年12月31日止。
（四）甲方负责协调站点用电、通信条件，并提供平台运行所需的机房环境。

第二条 合同金额
（一）本合同总金额为人民币伍拾万陆仟元整（¥506,000），为固定总价，含税。其中：站点运维费¥361,200（八十六个站点，每站¥4,200）；平台运维费¥98,000；校准比对费¥46,800。
（二）合同金额包含人工、交通、备品备件、标准声源检定、通信资费及其他全部费用。
（三）服务期内新增站点的，按每站同等单价折算剩余服务期费用，另行签订补充协议。

第三条 付款方式
（一）服务费按季度支付，每季度¥126,500。
（二）每季度结束后，甲方按第七条进行季度考核，考核扣款从当季服务费中扣除后，于考核完成后十五个工作日内支付。
（三）甲方不向乙方支付预付款。
（四）乙方收款前应开具合法有效的发票；服务费支付受财政资金拨付进度影响的，甲方应及时书面告知乙方。

第四条 人员与进场
（一）乙方应于合同签订后十日内进场，组建不少于九人的运维团队，其中项目负责人一名、平台工程师两名、现场运维工程师六名，现场运维工程师须具备噪声监测相关培训证明。
（二）乙方人员名单报甲方备案，更换项目负责人须经甲方同意。
（三）乙方应在本市设立备件库，常备传声器、前置放大器、数据采集单元等关键备件。
（四）乙方人员进入站点作业应遵守交通安全和高处作业安全规定，道路交通噪声站点作业应设置警示标志；因乙方原因造成人身伤害或第三方损失的，由乙方承担责任。

第五条 服务水平
（一）数据平台月度可用率不低于99.95%。
（二）故障响应与修复时限：
1. 一级故障（数据平台无法运行，或十个以上站点数据同时中断）：乙方接报或发现后8小时内响应，48小时内修复；
2. 二级故障（单个站点数据中断或数据异常）：24小时内响应，72小时内修复；
3. 三级故障（不影响数据采集的一般问题）：五个工作日内修复。
（三）站点设备故障在规定时限内不能修复的，乙方应使用备用设备替换，保证监测不中断。
（四）中考、高考等重大活动噪声保障期间，乙方应按甲方通知安排人员24小时值守。

第六条 服务质量要求
（一）乙方应执行《声环境质量标准》及国家声环境自动监测相关技术规范，监测数据的采集、传输、审核须符合规范要求。
（二）乙方不得擅自修改监测数据，不得干扰采样，不得伪造或篡改校准记录。违反本款的，甲方有权解除合同，并依法移送有关部门处理。
（三）乙方应建立运维日志，每次巡检、维修、校准均须如实记录，记录保存至服务期满后三年。

第七条 考核与验收
（一）甲方每季度按运维考核细则对乙方考核，考核内容包括巡检完成情况、故障响应及修复时限、校准比对结果、数据审核报告质量、平台运行情况。
（二）故障响应或修复超过第五条规定时限的，每超时一小时扣减服务费¥300；每发现一次未按计划巡检，扣减服务费¥1,000；平台月度可用率每低于承诺值0.01个百分点，扣减服务费¥1,500。
（三）服务期满，甲方按以下标准组织年度验收：全年巡检、校准和比对计划全部完成；各项报告齐全并经甲方审核通过；四个季度考核均为合格以上；设备台账和备件清单与实际一致。验收合格的，双方签署年度验收报告。
（四）甲方可随时对乙方现场运维进行抽查，抽查发现运维记录与实际不符的，每次扣减服务费¥2,000。

第八条 数据安全
（一）监测数据、平台数据及运维过程中形成的全部数据归甲方所有，乙方仅可为履行本合同使用，不得向任何第三方提供或用于其他目的。
（二）乙方应落实平台的账号权限管理和操作审计，远程维护经甲方批准后通过安全通道进行，每日备份数据并定期恢复测试。
（三）发生数据泄露、丢失或被篡改的，乙方应立即报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
（四）服务期满或合同解除时，乙方应移交全部账号口令、运维记录和数据备份，删除其保存的甲方数据并出具书面说明。

第九条 保密
乙方对履约中知悉的监测数据、平台账号及甲方未公开信息负有保密义务，未经甲方书面同意不得对外发布、披露，保密义务在合同终止后继续有效。乙方运维人员应签署保密承诺书。

第十条 知识产权
乙方在服务中形成的运维报告、校准比对报告、数据分析报告及编写的脚本工具，知识产权归甲方所有。乙方提供的平台软件补丁，其原有知识产权仍归原权利人，甲方享有永久使用权。

第十一条 分包
乙方不得将本合同服务转包或分包。

第十二条 违约责任
（一）乙方未按约定期限进场，或未按计划完成季度校准、年度比对的，每逾期一日，按合同总金额的万分之三向甲方支付违约金。
（二）乙方提供的服务不符合合同约定，经甲方书面通知后仍不改正的，甲方有权另行委托第三方完成，费用由乙方承担。
（三）甲方逾期支付服务费的，应按逾期金额每日万分之二向乙方支付违约金。

第十三条 合同解除
乙方严重违约，或连续两个季度考核不合格，或违反第六条第（二）款的，甲方有权书面通知解除合同，并要求乙方赔偿损失。合同解除的，甲方按乙方实际完成且经考核合格的服务支付费用。

第十四条 合同期满
服务期届满本合同自动终止，不自动续期。甲方如需继续采购运维服务，应依照政府采购规定另行组织采购。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。附件：站点清单、运维考核细则、备品备件清单。本合同未尽事宜，按照政府采购相关规定及磋商文件执行。

甲方（盖章）：某市生态环境局          乙方（盖章）：江苏声测环境科技服务有限公司
日期：                                  日期：
"""
FILES["z04"] = "h1076z04_ecology_bureau_noise_monitoring_om.txt"
LABEL["z04"] = ("zh", "services", dict(
    availability_pct=99.95, p1_response_hours=8, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03, liability_cap_pct=None, prepayment_pct=None,
    acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=506000))
DESIGN["z04"] = {"CR-SLA-RESPONSE", "CR-LD-LOW"}

SRC["z05"] = """# 墨匠软件许可及定制开发合同

**墨匠标准合同文本 V3.0（供应商范本）**

合同编号：MJ-2027-KH-0219

- 甲方（用户）：瑞安市活字坊文化工作室
- 乙方（供应商）：温州墨匠软件有限公司

鉴于甲方从事木活字印刷技艺的传承与定制印刷业务，需要对字模雕刻、拣字排版、刷印装订等工序进行数字化跟踪，乙方同意向甲方许可其“墨匠工序通”软件并进行定制开发，双方订立本合同如下。

## 第一条 定义

1.1 “许可软件”指乙方拥有知识产权的“墨匠工序通”标准软件（V5版本）及其后续补丁。

1.2 “定制开发成果”指乙方根据甲方需求在许可软件基础上开发的功能模块、程序代码、报表及相关文档。

1.3 “上线”指乙方完成部署并通知甲方可以开始使用软件。

1.4 “工作日”指中国法定工作日，“工作时间”指工作日的九时至十七时。

## 第二条 项目内容

2.1 乙方向甲方授予许可软件的永久使用许可，限甲方一个经营场所、十个并发用户使用。

2.2 乙方为甲方定制开发以下模块：木字模库管理（约两万枚字模的字号、字体、存放盘位、磨损状态登记及扫码出入库）；工序跟踪（订单从雕版、拣字、排版、校对、刷印到线装的逐道工序扫码报工）；宗谱及古籍定制订单管理；作品档案及图片管理。

2.3 乙方负责软件部署、基础数据初始化和操作培训。培训不超过两次，每次不超过半天；超出部分按每人天¥2,800另行收费。

2.4 甲方应自行准备服务器、网络环境、扫码枪及标签打印机，并指定一名项目联系人负责需求确认和数据整理。

2.5 定制开发的功能范围以双方签字确认的《需求确认书》为准，需求确认后甲方提出的修改视为需求变更。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “墨匠工序通”软件永久许可（十个并发用户） | 168,000 |
| 2 | 定制开发（字模库、工序跟踪、订单、作品档案四个模块） | 236,000 |
| 3 | 部署、数据初始化及培训 | 36,000 |
| | 合计 | 440,000 |

3.1 本合同总价为人民币肆拾肆万元整（¥440,000），含税。

3.2 甲方需求发生变更的，乙方有权按每人天¥2,800另行收取开发费用。

3.3 合同价款不包括服务器、操作系统、数据库、扫码设备及标签打印机等软硬件，上述软硬件由甲方自行采购。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥242,000，乙方收到该款项后启动项目。

4.2 软件上线后五个工作日内，甲方支付合同总价的45%，即¥198,000。

4.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

4.4 乙方收款后开具增值税普通发票；甲方要求开具专用发票的，应提前提供开票信息。

## 第五条 交付与验收

5.1 乙方在收到首付款后七十五日内完成定制开发和部署，并通知甲方上线。

5.2 软件上线即视为甲方验收合格。甲方在上线后发现的问题，按第六条维护服务处理。

5.3 乙方交付内容为可运行的软件系统及用户手册，不交付源代码。

5.4 甲方应在上线前完成字模、订单等基础数据的整理；因甲方数据准备或需求确认延误的，交付期限相应顺延。

## 第六条 维护服务

6.1 自上线之日起六个月为免费维护期。免费维护期内，乙方对软件缺陷提供免费修复。

6.2 乙方将尽商业上合理的努力，在工作日工作时间内通过电话、微信或远程方式提供技术支持。

6.3 免费维护期满后，甲方如需继续获得维护服务，应按乙方届时公布的服务价格标准向乙方支付年度维护费，双方另行签订维护协议。

6.4 因甲方操作不当、擅自修改软件或硬件环境变化导致的问题，不属于免费维护范围。

6.5 免费维护期内，乙方提供许可软件小版本升级；大版本升级及新增功能需甲方另行购买。

## 第七条 知识产权

7.1 许可软件及定制开发成果（包括源代码、数据库结构、报表模板和文档）的全部知识产权归乙方所有。

7.2 甲方对定制开发成果享有非独占、不可转让的使用权，仅限于甲方内部经营使用，不得修改、反向工程，不得许可或提供给任何第三方使用。

7.3 乙方有权将定制开发成果用于其他客户项目或纳入其标准产品。

7.4 甲方超出许可范围使用的（包括增加并发用户或经营场所），应按乙方当时报价补缴许可费。

## 第八条 数据

8.1 甲方在使用软件过程中录入的订单、客户、字模、作品图片等业务数据归甲方所有。

8.2 甲方同意，乙方可以对甲方业务数据进行脱敏处理后，用于产品改进、行业分析及乙方的案例展示，该使用权在合同终止后继续有效。

8.3 乙方在提供部署和维护服务时应采取必要的安全措施，包括账号权限控制、数据加密传输和定期备份；发生数据泄露或丢失的，乙方应在二十四小时内通知甲方，并对因乙方过错造成的损失承担赔偿责任。

8.4 合同终止后，乙方应甲方要求以通用格式导出甲方业务数据一次，超出一次的按实际工作量收费。

## 第九条 保密

9.1 双方对在合同履行过程中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意，不得向第三方披露。保密期限为合同终止后三年。

9.2 本合同的价格条款属于保密信息。

9.3 乙方有权在其官方网站和宣传资料中使用甲方名称作为客户案例。

## 第十条 违约责任

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%，且乙方不对甲方的间接损失、利润损失或数据损失承担责任。

10.3 甲方违反第七条约定的，应向乙方支付合同总价两倍的违约金。

10.4 乙方不对因甲方数据录入错误、操作失误或第三方原因造成的损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除的，甲方应支付乙方已完成工作的费用，乙方已收取的款项不予退还，但乙方根本违约的除外。

11.3 甲方在上线前无故单方终止合同的，已付款项不予退还，并应赔偿乙方已投入的开发成本。

## 第十二条 不可抗力

12.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

12.2 不可抗力包括自然灾害、政府行为、网络运营商故障、第三方云服务中断等情形。

## 第十三条 法律适用及争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方对条款内容均已充分理解。

14.3 双方往来通知可以书面、电子邮件或微信方式发送至本合同所列联系人，发出之日起即视为送达。

14.4 本合同附件为《需求确认书》，附件与正文不一致的，以正文为准。

甲方（盖章）：瑞安市活字坊文化工作室　　　乙方（盖章）：温州墨匠软件有限公司

签订日期：2027年　月　日
"""
FILES["z05"] = "h1076z05_wood_type_studio_process_tracking_supplier_template.md"
LABEL["z05"] = ("zh", "software", dict(
    availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
    buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=25, prepayment_pct=55,
    acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None,
    governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
         contract_value=440000))
DESIGN["z05"] = {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP",
                 "CR-DATA-OWNERSHIP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-LD-LOW", "CR-LIABILITY-CAP"}

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. RVL-CN-2027-04
P:This Agreement is made between Ningxia Jinshan Vineyards Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yinchuan, Ningxia (the "Buyer"), and Riverland VineLogic Pty Ltd, a company incorporated in South Australia with its principal place of business at Renmark, South Australia (the "Vendor").
P:The Buyer operates four vineyard estates and a winery at the foot of the Helan Mountains. The Vendor develops VineLogic, a vineyard and winery management system used by growers in the Riverland. The Buyer wishes to acquire a perpetual licence of VineLogic and to have the Vendor configure, integrate and deploy it. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the VineLogic vineyard and winery management system, version 8, in object code, including the block records, irrigation scheduling, spray diary, harvest logistics and cellar operations modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Buyer under this Agreement, including the Chinese-language interface, the interfaces to the Buyer's ERP and weighbridge systems, the grape intake reports, migration scripts, configuration files and their documentation.
P:1.3 "Go-Live" means the date on which the Software is first used in production at all four estates after the Buyer has signed the Go-Live certificate under Article 5.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
P:1.5 "Buyer Data" means all data entered into, processed by or generated by the Software for the Buyer, including block, yield, irrigation, chemical use, grower and employee data.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers in Yinchuan for its vineyard and winery operations in China, for up to 120 named users and four estates.
P:2.2 The Vendor shall configure the Software to the Buyer's estates, varieties and cellar processes, build the Custom Deliverables, migrate the Buyer's block and harvest records for the last six vintages from its spreadsheets and its current cellar system, and train the Buyer's staff.
P:2.3 The work shall follow the implementation plan in Annex 2. Go-Live shall occur no later than 150 days after the effective date, so that the system is in production before the next harvest.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,750,000, inclusive of all taxes payable in China, made up as follows: perpetual Software licence CNY 1,180,000; configuration and integration CNY 420,000; data migration CNY 96,000; training CNY 54,000.
P:3.2 The Contract Price is fixed. It includes travel, accommodation and translation for the Vendor's personnel and all third-party components the Software needs.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 350,000) within 30 days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 787,500) within 30 days after Go-Live.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 612,500) within 30 days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Testing and Acceptance
P:5.1 Before Go-Live, the Vendor shall run the acceptance tests in Annex 3 with the Buyer. The tests shall show that every function in the requirements specification works in Chinese and English; that the migrated records reconcile with the source spreadsheets block by block and vintage by vintage without unexplained difference; that the ERP and weighbridge interfaces transfer each grape intake correctly for ten consecutive working days; and that standard reports open within three seconds for 60 concurrent users.
P:5.2 When those tests are passed, the Buyer shall sign a Go-Live certificate. The certificate confirms readiness for production only and is not acceptance.
P:5.3 Final Acceptance shall take place after a production period of 60 days, during which no Severity 1 incident may remain unresolved beyond the times in Article 7 and every Severity 2 defect found must be corrected. The Buyer shall accept in writing within ten working days after the Vendor shows that these criteria are met, or state the failed criteria, which the Vendor shall correct before testing again.
P:5.4 Use of the Software in production, or payment of any amount, does not in itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 18 months after Final Acceptance. During that period the Vendor shall correct defects, supply updates and new versions and provide support free of charge.
P:6.2 After the warranty period, the Buyer may order annual support by purchase order. The annual support fee shall be 11% of the Software licence fee, that is CNY 129,800 per year, and shall not be increased for the first three support years. Support does not renew automatically; each year requires a new purchase order.
H:Article 7 Service Levels
P:7.1 The Vendor shall respond to a Severity 1 incident (the Software is unavailable at any estate or grape intake cannot be recorded) within one hour, at any time during the harvest season and during business hours otherwise, and shall provide a workaround within eight hours.
P:7.2 The Vendor shall respond to a Severity 2 incident (a major function is impaired) within two business hours and correct it within three business days.
P:7.3 For each hour by which the Vendor exceeds a time in Article 7.1, the Vendor shall credit the Buyer CNY 1,000 against the next amount due, or pay it if no amount remains due.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Vendor, subject to the licence in Article 2.1.
P:8.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them to others without restriction.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and pay any resulting damages and costs.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not copy it outside the Buyer's systems, use it for any other purpose or transfer it out of China.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session, shall use the Buyer's VPN with multi-factor authentication and shall be logged. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, loss of or corruption of Buyer Data, shall cooperate in containing it and shall be liable for all loss caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other party's non-public business and technical information confidential, use it only for this Agreement and not disclose it to any third party without prior written consent, during the term and for three years after it ends.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed beyond the date in Article 2.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Buyer may also terminate if Go-Live is delayed by more than 60 days for reasons attributable to the Vendor. The Vendor shall then refund all amounts paid for work not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of South Australia, Australia.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the Australian Centre for International Commercial Arbitration under its rules. The seat of arbitration is Adelaide and the language is English.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese; both versions have equal effect. Notices shall be in writing and sent to the addresses above.
P:15.2 Annex 1 (Requirements Specification), Annex 2 (Implementation Plan) and Annex 3 (Acceptance Tests) form part of this Agreement.
P:15.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. Dates under this Agreement are extended by the period of that delay.
P:15.4 The Buyer shall provide the servers, operating system and database licences, network access and a project manager, as described in Annex 2.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
FILES["e01"] = "h1076e01_winery_vineyard_software_licence_renmark_vendor.pdf"
LABEL["e01"] = ("en", "software", dict(
    availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="South Australia", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1750000))
DESIGN["e01"] = {"CR-GOVERNING-LAW"}
FORUM_OUTSIDE["e01"] = True
TCO_IN["e01"] = (1180000, 129800)

SRC["e02"] = """# OrchardTrace Order Form

Order Form No. OT-2027-0117

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Parties

- **Provider:** OrchardTrace Pty Ltd, ABN 61 604 228 913, of Bookpurnong Road, Loxton, South Australia.
- **Customer:** Guangzhou Nansha Fresh Fruit Supply Chain Co., Ltd., of Nansha District, Guangzhou, Guangdong Province, People's Republic of China.

### A2. Subscription

- **Service:** OrchardTrace Enterprise, a cloud service for imported fruit quality inspection, lot traceability, cold-chain temperature records and claims management.
- **Scope:** 150 named users; unlimited inspection records; mobile inspection app for Android and iOS; the Customs declaration export module; the Chinese-language interface.
- **Subscription Term:** 24 months from the Service Start Date, divided into two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Onboarding Acceptance; the second starts on the first anniversary of that date.
- **Hosting:** The Service for the Customer is hosted in the Alibaba Cloud Shanghai region. Customer Data is stored and processed in mainland China only.

### A3. Fees

| Item | Basis | Per Subscription Year (CNY) | Term total (CNY) |
|---|---|---|---|
| OrchardTrace Enterprise subscription | 150 users x CNY 1,480 | 222,000 | 444,000 |
| Onboarding (configuration, data import, integration with the Customer's WMS, training) | one-time | - | 58,000 |
| **Total fees for the Subscription Term** | | | **502,000** |

All fees are in CNY and include VAT at the applicable rate. The fees are fixed for the Subscription Term. Additional users may be added at the same unit price, pro rata to the remaining Subscription Year.

### A4. Invoicing and Payment

1. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after the invoice date.
2. The onboarding fee is invoiced on Onboarding Acceptance and is payable within 30 days after the invoice date.
3. No amount is payable before Onboarding Acceptance.

### A5. Service Levels

1. **Availability target:** the Service is designed to be available 99.95% of each calendar month, excluding maintenance windows announced at least five days in advance and held between 00:00 and 05:00 China Standard Time.
2. **Support response targets:**
   - Priority 1 (Service unavailable, or inspection records cannot be saved): response within one hour, 24 hours a day, 7 days a week;
   - Priority 2 (a major function impaired): response within three business hours;
   - Priority 3 (other questions): response within two business days.
3. **Nature of the service levels:** the service levels in this A5 are targets. No service credits, fee reductions or other compensation are payable if a target is not met. Provider will report its monthly availability to the Customer on request.

### A6. Special Terms

1. Provider's onboarding team will complete onboarding within 60 days after signature of this Order Form, following the onboarding plan agreed at the kick-off meeting.
2. The Customer's project contact is its Quality Director; Provider's is its Asia Customer Success Manager.

Signed for Provider: ______________________  Date: __________

Signed for Customer: ______________________  Date: __________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, records, photographs and files that the Customer or its users enter into or upload to the Service, and all data the Service generates from them, including inspection results, lot records, supplier details and temperature logs.

1.2 "Customer Configurations" means the inspection templates, grading rules, report layouts, WMS interface mappings and workflows that Provider builds for the Customer during onboarding.

1.3 "Onboarding Acceptance" has the meaning in section 3.

1.4 "Subscription Year" and "Subscription Term" have the meanings in A2.

### 2. The Service

2.1 Provider will make the Service available to the Customer's named users during the Subscription Term in accordance with the documentation and this Order Form.

2.2 Provider may update the Service from time to time, provided that an update does not materially reduce the functions the Customer has subscribed to.

2.3 The Customer is responsible for its users' accounts and for the accuracy of Customer Data.

2.4 The Customer will not resell the Service, attempt to gain unauthorised access to it, or use it to store material that infringes the rights of others. Provider may suspend a user account that is used in breach of this section after giving the Customer notice and a reasonable opportunity to address the issue.

2.5 Provider will provide in-app help, a Chinese-language knowledge base and access to its support desk by portal, e-mail and telephone for the Customer's administrators.

### 3. Onboarding and Acceptance

3.1 Provider will configure the Service, import the Customer's existing lot and supplier records, build the WMS interface and train the Customer's inspectors and administrators.

3.2 When onboarding is complete, the parties will run the acceptance tests attached to the onboarding plan. Onboarding Acceptance is achieved when: all configured inspection templates and grading rules work on the web and mobile app; imported records match the source files in count and content; the WMS interface transfers receipts and lot numbers correctly for five consecutive working days; and at least 20 inspectors have completed training.

3.3 The Customer will confirm Onboarding Acceptance in writing within five working days after Provider shows that the tests are passed, or will identify the failed tests. Provider will correct them and repeat the tests. Use of the Service for training or trial purposes is not acceptance.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. Provider may use Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 Provider will protect Customer Data with technical and organisational measures that meet Multi-Level Protection Scheme level 2 requirements, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of access and daily backups kept for 30 days.

4.3 Provider will notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take steps to contain it, and be responsible for losses caused by its failure to comply with this section 4.

4.4 At the end of the Subscription Term Provider will, at the Customer's choice, return Customer Data in a standard format and then delete it within 30 days.

### 5. Confidentiality

5.1 Each party will keep the other's confidential information secret, use it only for this Order Form and not disclose it to third parties, except to its employees and advisers who need to know it and are bound by similar duties. This section applies during the Subscription Term and for three years afterwards.

### 6. Intellectual Property

6.1 Provider owns the Service, its software and documentation. The Customer receives a right to use them during the Subscription Term.

6.2 The Customer owns the Customer Configurations and may use, modify and allow third parties to use them, including after the Subscription Term. Provider will deliver them in an exportable format on request.

### 7. Subprocessors

7.1 Provider uses Alibaba Cloud as its hosting provider, which the Customer approves by signing this Order Form. Provider will not engage any other subprocessor or subcontractor for the Service without the Customer's prior written consent.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.

8.3 The limits in this section do not apply to personal injury caused by negligence or to fraud.

### 9. Term and Termination

9.1 This Order Form starts on signature and continues until the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

9.3 If the Customer terminates under 9.2, Provider will refund the fees paid for the remaining part of the Subscription Year.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute will be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Notices must be in writing and sent to the addresses in A1 or to the e-mail addresses the parties designate.

11.2 This Order Form is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

11.3 Neither party may assign this Order Form without the other party's written consent, except to an affiliate that takes over all of its obligations.

11.4 Neither party is liable for a failure caused by events beyond its reasonable control, provided it informs the other party promptly and resumes performance as soon as possible.
"""
FILES["e02"] = "h1076e02_fruit_import_traceability_saas_order_form.md"
LABEL["e02"] = ("en", "cloud", dict(
    availability_pct=99.95, p1_response_hours=1, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=25.0,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
    post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=502000))
DESIGN["e02"] = {"CR-SLA-NO-REMEDY", "CR-LD-MISSING", "CR-LIABILITY-CAP"}

SRC["e03"] = """T:Purchase Agreement for Grain Storage Monitoring Sensors and Software
P:Contract No. SJGR-2027-EQ-009
P:Buyer: Heilongjiang Sanjiang Grain Reserve Co., Ltd., Jiamusi, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Copper Coast Grain Sensing Pty Ltd, Taylor Street, Kadina, South Australia, Australia (the "Supplier").
P:The Buyer stores wheat, maize and soybeans in 32 steel silos and 8 flat warehouses at its Fujin depot. Following its tender, the Buyer awards the Supplier the supply, installation and commissioning of a grain condition monitoring system. This Agreement is on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, sensor nodes and gateways listed in clause 2.
P:1.2 "Software" means the Supplier's GrainWatch monitoring software and its mobile application, licensed under clause 8.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the depot.
P:1.4 "Buyer Data" means all temperature, moisture, carbon dioxide, stock and operating data collected or generated by the System.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the System under clause 5.2.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System, integrate it with the Buyer's grain storage management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,700,000, inclusive of VAT, customs duties, freight to the depot and insurance, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point grain temperature cables|640|1,150|736,000
TB:2|Moisture and CO2 sensor nodes|120|2,400|288,000
TB:3|Wireless gateways with solar backup|32|6,500|208,000
TB:4|GrainWatch software, perpetual site licence|1|260,000|260,000
TB:|Equipment and Software subtotal|||1,492,000
TB:5|Installation, configuration and commissioning|1|186,000|186,000
TB:6|Training|1|22,000|22,000
TB:|Contract Price|||1,700,000
P:2.3 The Contract Price is fixed and covers everything needed to make the System work as specified in Annex 1.
P:2.4 With the Equipment the Supplier shall deliver certificates of origin and conformity, installation drawings for every silo and warehouse, operating and maintenance manuals in Chinese, and a list of recommended spare parts with prices.
P:2.5 The Buyer shall provide power, network connections, server hardware and access to the silos at the times agreed in the installation plan.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all Equipment to the depot within 75 days after signature and complete installation within 45 days after delivery, working silo by silo so that no more than four silos are out of monitoring at any time.
P:3.2 Cables shall be installed without damage to the grain or the silo structure. The Supplier shall follow the depot's safety rules for work at height and in confined spaces.
P:3.3 The Supplier is responsible for its personnel's visas, work permits, travel and accommodation, and shall ensure that they comply with the laws of China and the Buyer's site rules, including the fumigation safety rules of the depot.
P:3.4 On completion of installation, the Buyer shall sign an installation certificate. The certificate confirms that the Equipment has been installed and does not constitute acceptance.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 170,000) within 20 days after signature, against an advance payment guarantee of the same amount from a bank in China acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 935,000) within 20 days after the installation certificate.
P:4.3 35% of the Contract Price (CNY 595,000) within 20 days after Final Acceptance.
H:5. Acceptance
P:5.1 After installation the parties shall carry out acceptance tests. The System passes when: every sensor point reports to the Software; the temperature readings of a random sample of 60 points agree with a calibrated reference thermometer within 0.5 degrees Celsius; the moisture readings of the sample nodes agree with laboratory results within the tolerance in Annex 1; alarms for temperature rise and CO2 increase reach the duty officer's mobile telephone within two minutes; and the interface transfers readings to the grain storage management system correctly.
P:5.2 After the tests are passed the System shall run for 30 days. Final Acceptance is signed when, during that run, data completeness for every silo is achieved as defined in Annex 1 and no Severity 1 incident occurs.
P:5.3 Use of the System, signature of the installation certificate or payment does not constitute acceptance. If the System fails, the Supplier shall correct it at its own cost and the tests shall be repeated.
H:6. Warranty and Post-Warranty Support
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty period it shall repair or replace any defective Equipment free of charge, including freight, and provide Software updates.
P:6.2 The warranty does not cover damage caused by fire, flood, rodents or misuse by the Buyer, but the Supplier shall repair such damage at the unit prices in clause 2.2 if the Buyer asks.
P:6.3 After the warranty period the Buyer may order support by separate purchase order. The annual support fee is 7% of the Equipment and Software subtotal, that is CNY 104,440 per year, fixed for the first two support years. Support does not renew automatically.
H:7. Service Levels
P:7.1 The Supplier shall respond to incidents as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring lost for one or more silos, or no alarms delivered|1 hour|24 hours
TB:Severity 2|Single cable or node failure|8 hours|3 days
TB:Severity 3|Other questions|1 business day|as agreed
P:7.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.3 The Supplier shall keep spare cables, nodes and a gateway in Heilongjiang during the warranty period, and shall report every Severity 1 incident in writing within three working days after restoration, stating its cause and the measures taken to prevent it from happening again.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Fujin depot and any other depot the Buyer operates, for an unlimited number of users.
P:8.2 The dashboards, reports, silo configurations and interface programs made for the Buyer belong to the Buyer. The Supplier shall deliver their source code, and the Buyer may use and modify them and have them modified by others.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Agreement, and shall not transmit it outside the Buyer's network or out of the People's Republic of China.
P:9.2 The Software shall run on the Buyer's servers. Remote support requires the Buyer's approval for each session and shall be logged. The Supplier shall apply security patches, change default passwords and follow the Buyer's network security rules.
P:9.3 The Supplier shall notify the Buyer within 12 hours after it becomes aware of unauthorised access to or loss of Buyer Data and shall compensate the Buyer for any loss caused by its breach of this clause.
P:9.4 At the end of the support period, or earlier on the Buyer's request, the Supplier shall return or delete any Buyer Data in its possession and confirm this in writing.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including stock levels and depot layouts, and shall not disclose it without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in clause 3.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Training and Force Majeure
P:12.1 The Supplier shall train six administrators and twenty warehouse keepers at the depot in Chinese, covering daily monitoring, alarm handling, sensor replacement and report preparation, and shall provide training materials and a written test for each participant.
P:12.2 Neither party is liable for delay caused by events beyond its reasonable control, such as severe weather, epidemics or government action, if it notifies the other party promptly. The dates in clause 3.1 are then extended by the period of delay.
H:13. Subcontracting
P:13.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages reach their maximum.
P:14.2 On termination the Supplier shall refund amounts paid for Equipment or services that have not been accepted.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:16. General
P:16.1 This Agreement is made in English and Chinese; the Chinese version prevails in case of conflict. Annex 1 (Technical Specification) and Annex 2 (Installation Plan) form part of it.
P:16.2 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses above. Amendments to this Agreement are valid only if signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
FILES["e03"] = "h1076e03_grain_depot_sensors_monitoring_licence.docx"
LABEL["e03"] = ("en", "hardware", dict(
    availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
    acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="goods_or_licence"),
    dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
         contract_value=1700000))
DESIGN["e03"] = set()
TCO_IN["e03"] = (1492000, 104440)

SRC["e04"] = """# Managed IT Services Agreement

**Agreement No. HT-MSA-2027-02**

**Between**

1. Henan Jiyuan Hengtai Nonferrous Smelting Co., Ltd., Jiyuan, Henan Province, People's Republic of China (the **Customer**); and
2. Spencer Gulf Managed IT Pty Ltd, Ellen Street, Port Pirie, South Australia, Australia (the **Provider**).

**Background.** The Customer runs a lead and zinc smelter with offices, a laboratory and a control network spread over one site. It wishes to outsource the day-to-day operation of its IT infrastructure to the Provider, which runs similar services for smelting and mining operations, for 36 months.

## 1. Definitions

1.1 **Services** means the services described in Schedule 1.

1.2 **Service Levels** means the levels in Schedule 2; **Service Credits** means the credits in Schedule 2.

1.3 **Charges** means the charges in Schedule 3.

1.4 **Customer Data** means all data of the Customer or its employees, suppliers and customers that the Provider accesses, stores or processes in performing the Services, including production, laboratory, personnel and financial data.

1.5 **Transition** means the work to take over the Services from the Customer's in-house team, described in section 3.

1.6 **Service Commencement Date** means the day after Transition Acceptance.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the **Service Term**).

2.2 This Agreement ends at the end of the Service Term. It does not renew automatically. Any extension must be agreed in writing by both parties.

## 3. Transition

3.1 The Provider shall complete the Transition within 90 days after signature (the **Transition Date**), in accordance with the transition plan agreed at the start of the project. The Transition includes discovery and documentation of all servers, network devices and applications in scope, installation of the Provider's monitoring tools on the Customer's servers, set-up of the service desk in Chinese, knowledge transfer from the Customer's in-house team, and creation of runbooks for every critical system.

3.2 **Transition Acceptance** is achieved when: every device and application in scope is recorded in the configuration management database and monitored; runbooks for all critical systems have been reviewed and approved by the Customer's IT manager; the service desk has handled live tickets for 20 consecutive working days with the response times in Schedule 2 met; and a test restore from backup of the ERP and laboratory systems has succeeded. The Customer shall confirm Transition Acceptance in writing within five working days after the Provider shows that these criteria are met, or shall list the criteria not met.

3.3 If Transition Acceptance is not achieved by the Transition Date for reasons attributable to the Provider, the Provider shall pay delay damages of 0.2% of the Total Contract Value for each week of delay, up to 5% of the Total Contract Value.

## 4. Services and Service Levels

4.1 The Provider shall perform the Services from the Service Commencement Date, with skill and care and in accordance with Schedule 1 and good industry practice.

4.2 The Provider shall meet the Service Levels. If it fails to do so, it shall give the Customer the Service Credits set out in Schedule 2, which shall be deducted from the next monthly invoice. Service Credits do not limit the Customer's other rights.

4.3 The Provider shall give the Customer a monthly service report within five working days after the end of each month, showing performance against each Service Level, incidents, changes, patch status, capacity trends and recommended improvements.

4.4 The Provider shall keep a team of at least three engineers on site in Jiyuan during working hours and provide remote cover at all other times.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Each invoice is payable within 30 days after receipt of a valid VAT invoice.

5.3 No other charges are payable unless agreed in a written change order signed by both parties.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall access and process Customer Data only as necessary to perform the Services and shall not use it for any other purpose.

6.2 The Provider shall comply with the Customer's information security policies, the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Its engineers shall use named accounts with multi-factor authentication, access the control network only through the Customer's jump server, and not copy Customer Data to their own devices or to systems outside the Customer's site. Customer Data shall not leave mainland China.

6.3 The Provider shall report any actual or suspected security incident affecting Customer Data or the Customer's systems within two hours after it becomes aware of it, support the Customer's investigation and recovery, and be liable for all loss caused by its failure to comply with this section 6.

6.4 At the end of this Agreement the Provider shall return all Customer Data, credentials and documentation to the Customer and delete any copies in its possession.

## 7. Intellectual Property

7.1 The runbooks, configuration records, scripts, reports and other materials the Provider creates for the Customer under this Agreement belong to the Customer, which may use and modify them and give them to a successor provider.

7.2 The Provider's monitoring tools remain the Provider's property. The Provider shall remove them at the end of this Agreement, after helping the Customer to move to replacement tools.

## 8. Personnel and Subcontracting

8.1 The Provider shall name a service delivery manager, who shall not be replaced without the Customer's consent except for reasons beyond the Provider's control.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor.

## 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to personal injury, wilful misconduct or breach of section 6.

## 10. Termination and Exit

10.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if the Service Levels for Priority 1 incidents are missed in three consecutive months.

10.2 On expiry or termination the Provider shall cooperate with the Customer and any successor provider for up to 60 days, at the rates in Schedule 3, to transfer the Services in an orderly way.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The award is final and binding.

## 12. General

12.1 Notices shall be in writing and sent to the addresses above. This Agreement is made in English and Chinese, and both versions are equally valid.

Signed for the Customer: ______________________

Signed for the Provider: ______________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English telephone, e-mail and portal support for 680 users | 24 x 7 |
| Network management | Monitoring, configuration and changes for 146 switches, firewalls and wireless controllers, including the control network | 24 x 7 monitoring |
| Server and storage management | 92 virtual and physical servers, two storage arrays, monthly patching in agreed windows | 24 x 7 monitoring |
| Backup management | Daily backups, monthly test restores, quarterly restore of the ERP and laboratory systems | daily |
| End-user support | Desktop, printer and mobile device support on site | working hours |
| Asset and configuration management | Configuration management database kept current, quarterly audit | continuous |

## Schedule 2 - Service Levels and Service Credits

| Service Level | Target | Service Credit if missed |
|---|---|---|
| Availability of the core network and data centre services | 99.95% per month | 5% of the monthly service charge for each 0.02 percentage point or part below target, up to 20% |
| Priority 1 incident (site-wide outage or control network affected): response | 15 minutes | CNY 2,000 per incident missed |
| Priority 1 incident: restoration | 3 hours | CNY 1,000 per hour beyond target |
| Priority 2 incident (a department or major system affected): response | 1 hour | CNY 500 per incident missed |
| Service desk ticket acknowledgement | 15 minutes | CNY 200 per ticket missed |
| Patching of critical vulnerabilities | within 10 days of release | CNY 1,000 per vulnerability patched late |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 112,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| **Total Contract Value** | | **2,200,000** |
| Exit assistance beyond the Service Term | per engineer day | 3,200 |

All amounts include VAT.
"""
FILES["e04"] = "h1076e04_smelter_managed_it_services_36_months.md"
LABEL["e04"] = ("en", "services", dict(
    availability_pct=99.95, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
    buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.2 / 7, liability_cap_pct=150,
    prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
    post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
    subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2200000))
DESIGN["e04"] = {"CR-CONFIDENTIALITY", "CR-LD-LOW"}

SRC["e05"] = """OCEAN AND MARINE WEATHER DATA SUBSCRIPTION AGREEMENT

Agreement No. FWC-DS-2027-031

PROVIDER: Far West Coast Ocean Data Pty Ltd, Poynton Street, Ceduna, South Australia, Australia ("Provider").
CUSTOMER: Shandong Changdao Deep-Sea Aquaculture Co., Ltd., Yantai, Shandong Province, People's Republic of China ("Customer").

BACKGROUND
Provider operates a network of coastal buoys and a forecasting platform and supplies marine weather, wave and water-quality data through an application programming interface (API). Customer operates offshore fish farming platforms and net pens in the Bohai Strait and wishes to receive forecasts and observations for its sites to plan feeding, harvesting, vessel movements and storm preparation. The parties agree as follows.

1. DEFINITIONS
1.1 "Licensed Data" means the forecasts, observations, model outputs and historical data that Provider makes available through the API under this Agreement.
1.2 "Customer Query Data" means the coordinates of Customer's sites, the parameters of its requests, its account details and the logs of its use of the API.
1.3 "Subscription Year" means each of the two consecutive yearly periods of the Subscription Term, the first starting on the Start Date.
1.4 "Start Date" means the day after Feed Acceptance under clause 4.
1.5 "Subscription Term" means the two Subscription Years taken together.

2. SUBSCRIPTION
2.1 Provider shall give Customer access to the Marine Operations data package through the API for the Subscription Term, covering up to 18 named sites within the area described in the Annex. The package includes: hourly wind, wave, current and visibility forecasts for ten days ahead at each site; sea surface temperature, salinity and dissolved oxygen forecasts; storm and cold-wave alerts; and historical data for the ten years before the Start Date.
2.2 Customer may use the Licensed Data for its own aquaculture and marine operations in China, including in its internal dashboards and reports, and may share reports derived from it with its insurers and the maritime authorities. Customer may not resell the Licensed Data or publish it as a data service.
2.3 Provider shall maintain API documentation in English and Chinese and shall give at least 90 days' notice before withdrawing any API version used by Customer.
2.4 Customer may make up to 200,000 API calls per day across all sites. Provider shall give each of Customer's systems its own API key and shall replace a key within one business day on Customer's request.

3. FEES AND PAYMENT
3.1 The fees are:
    (a) subscription fee for the first Subscription Year: CNY 286,000;
    (b) subscription fee for the second Subscription Year: CNY 286,000;
    (c) integration support (mapping of the Licensed Data to Customer's farm management system, alert configuration, two training sessions): CNY 38,000, one-time.
    Total fees for the Subscription Term ("Total Fees"): CNY 610,000, inclusive of VAT.
3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days. The integration support fee is invoiced after Feed Acceptance and is payable within 30 days.
3.3 The fees are fixed for the Subscription Term. Additional sites may be added at CNY 14,000 per site per Subscription Year, pro rata.
3.4 If Customer does not pay an undisputed invoice within 30 days after a written reminder, Provider may suspend access to the API until payment is made.

4. INTEGRATION AND FEED ACCEPTANCE
4.1 Provider shall complete the integration support and deliver a test feed for all named sites within 45 days after signature.
4.2 Feed Acceptance is achieved when: the API delivers all parameters in clause 2.1 for every named site for 14 consecutive days; no site misses its scheduled hourly update for more than two consecutive hours; the data appear correctly in Customer's farm management system; storm alerts are received by the duty managers by text message and e-mail in a test run; and Customer's staff have been trained. Customer shall confirm Feed Acceptance in writing within five working days after Provider shows that the criteria are met, or list the criteria not met.
4.3 If Feed Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees.

5. SERVICE LEVELS
5.1 API availability: at least 99.95% in each calendar month, measured at Provider's API gateway and excluding scheduled maintenance announced three days in advance.
5.2 Support: Provider shall respond to a Priority 1 issue (the API is unavailable, or alerts or forecasts for any site are not delivered) within one hour at any time, and to a Priority 2 issue (degraded data, delayed updates) within six hours.
5.3 Service credits: for each 0.1 percentage point or part by which availability in a month falls below the level in clause 5.1, Provider shall credit Customer CNY 3,000; for each hour by which a Priority 1 response is late, CNY 800. Credits are deducted from the next invoice or paid at the end of the Subscription Term.
5.4 Provider shall send Customer a monthly report of availability, update delays and issues.
5.5 Support is provided in English and Chinese by telephone, e-mail and Provider's support portal. Customer shall name up to five contacts who may raise Priority 1 issues.

6. CUSTOMER QUERY DATA
6.1 Customer Query Data belongs to Customer. Provider shall use Customer Query Data only to provide the API service to Customer under this Agreement and shall not use it for any other purpose.
6.2 At the end of the Subscription Term Provider shall delete Customer Query Data, except account records it must keep by law.

7. CONFIDENTIALITY
7.1 Each party shall keep confidential the non-public information received from the other party, including the location and layout of Customer's farms and the terms of this Agreement, and shall not disclose it to third parties without the other party's prior written consent.
7.2 This clause continues for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY
8.1 Provider retains all rights in the Licensed Data, its forecasting models and the API. Customer receives the licence in clause 2.2.
8.2 The data mapping and alert configuration that Provider builds for Customer in the integration support, and all reports, analyses and models that Customer derives from the Licensed Data, belong to Customer, which may use, modify and let others use them without restriction.
8.3 Provider warrants that it has the right to license the Licensed Data and shall indemnify Customer against third-party claims that Customer's permitted use infringes their rights.

9. CUSTOMER RESPONSIBILITIES
9.1 Customer shall provide the coordinates and names of its sites, access to its farm management system for the integration work, and a technical contact during the integration period.
9.2 Customer remains responsible for its operational decisions, including the decision whether to put to sea, harvest or move net pens, and shall use the Licensed Data together with official warnings issued by the maritime and meteorological authorities.

10. SUBCONTRACTING
10.1 Provider shall not subcontract the provision of the API service or the integration support without Customer's prior written consent.

11. LIABILITY
11.1 Forecasts are predictions and Provider does not guarantee their accuracy, but Provider shall prepare them with reasonable skill and care using its published methods.
11.2 Provider's total liability under this Agreement is limited to one and a half times the Total Fees. This limit does not apply to wilful misconduct or personal injury.
11.3 Neither party is liable for loss of profit or indirect loss.

12. TERM AND ENDING
12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a further subscription requires a new agreement.
12.2 Customer's commitment covers both Subscription Years. Neither party may end this Agreement early, except that either party may end it by written notice if the other party becomes insolvent or ceases business.
12.3 On the end of this Agreement Customer shall stop using the API, but may keep and use the Licensed Data received and the reports derived from it for its internal purposes.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.

14. GENERAL
14.1 Neither party is liable for a failure caused by events beyond its reasonable control, including the loss of buoys in severe storms, if it informs the other party promptly and restores performance as soon as reasonably possible. Data from other sources shall be used in the meantime where available.
14.2 Notices shall be in writing and sent to the addresses above or to the e-mail addresses designated by each party.
14.3 This Agreement is made in English and Chinese. Both versions have equal effect.
14.4 Neither party may assign this Agreement without the other party's written consent, except to a successor to its whole business that accepts all of its obligations.

ANNEX - Named sites: 18 offshore platforms and net pen groups in the Bohai Strait, coordinates as listed by Customer at signature.

Signed for Provider: ______________________
Signed for Customer: ______________________
"""
FILES["e05"] = "h1076e05_aquaculture_marine_data_api_two_year_subscription.txt"
LABEL["e05"] = ("en", "cloud", dict(
    availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=False,
    buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=None,
    acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
    auto_renewal_price_increase=False, termination_for_breach=False, subcontract_without_consent=False,
    governing_law="PRC", contract_kind="service"),
    dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=610000))
DESIGN["e05"] = {"CR-DATA-SECURITY", "CR-TERMINATION"}


# ---------------------------------------------------------------- sums stated in the texts (asserted)
SUMS = {  # key -> (parts that must add up to the contract value, payment instalments)
    "z01": ([720000, 486000, 128000, 66000], [280000, 630000, 490000]),
    "z02": ([588000, 312000, 252000, 108000, 300000, 198000, 172000, 30000], [392000, 686000, 882000]),
    "z03": ([40 * 6800 * 2, 86000], None),
    "z04": ([86 * 4200, 98000, 46800], [126500] * 4),
    "z05": ([168000, 236000, 36000], [242000, 198000]),
    "e01": ([1180000, 420000, 96000, 54000], [350000, 787500, 612500]),
    "e02": ([150 * 1480 * 2, 58000], None),
    "e03": ([640 * 1150, 120 * 2400, 32 * 6500, 260000, 186000, 22000], [170000, 935000, 595000]),
    "e04": ([36 * 58000, 112000], None),
    "e05": ([286000, 286000, 38000], None),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (defaults of the shipped pack)
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
ANY_THRESHOLD = set(THRESHOLDS.values()) | {40}
TCO_SHARE_LIMIT, HORIZON_YEARS = 40, 5


def tco_share(key):
    """Post-warranty share of TCO in % (policy §4), or None when not computable."""
    terms, extra = LABEL[key][2], LABEL[key][3]
    if terms["contract_kind"] != "goods_or_licence" or key not in TCO_IN:
        return None
    base, fee = TCO_IN[key]
    assert abs(terms["post_warranty_fee_pct"] * base / 100 - fee) < 0.01, key
    years = max(0.0, HORIZON_YEARS - terms["warranty_months"] / 12)
    post = years * fee
    return post / (extra["contract_value"] + post) * 100


def derive_rules(key):
    """My reading of policy §3 (and its section 'Where rules apply, and how clauses are read') over the labels."""
    t, x = LABEL[key][2], LABEL[key][3]
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
        assert t["ld_rate_per_day_pct"] is None
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    else:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        assert "post_warranty_fee_capped" not in x
        assert t["final_payment_on_acceptance"] is None or key in ()
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if rules & HIGH:
        return "high"
    return "medium" if rules - LOW else "low"


# ---------------------------------------------------------------- threshold scan (self-tested)
_P = r"(?:%|％|\s*per\s*cent|\s*percent)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.,])99[.．]9(?!\d)",
    r"(?<![\d.,])0?[.．]05(?!\d)",
    r"万分之五(?!十)", r"千分之(?:0\.5|零点五)(?!\d)",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?" + _P,
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"\b(?:thirty|fifteen|forty|(?:one|a)\s*hundred)\s*-?\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?|h\b|个?小时)",
    r"(?<![\d.,十])四\s*个?\s*小时",
    r"four\s*-?\s*hours?",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月)",
    r"十二\s*个\s*月", r"twelve\s*-?\s*months?",
    r"(?<![\d.,])1\s*-?\s*years?\b", r"\bone\s*-?\s*years?\b", r"(?<![第每十同])一\s*年(?![级度])",
]]
MUST_HIT = ["30%", "30 %", "百分之三十", "15%", "40 %", "100%", "100 per cent", "thirty per cent", "4小时", "四小时",
            "4个小时", "4 hours", "four hours", "4-hour", "99.9%", "99.9 %", "0.05%", "万分之五", "12个月",
            "十二个月", "12 months", "twelve months", "one year", "1 year", "百分之百", "一年"]
MUST_MISS = ["130%", "300%", "99.95%", "99.99%", "0.055%", "10.05", "0.5%", "24小时", "二十四小时", "24 hours",
             "14 hours", "2027年12月31日", "万分之五十", "百分之三十五", "115%", "40.5%", "第十二条", "12.1",
             "第一年", "每一年", "12 hours", "25%", "200%", "一年级"]


def threshold_hits(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(form)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            parts += ["\t".join(c.text for c in row.cells) for row in tb.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    lang, cat, terms, extra = LABEL[key]
    assert list(terms) == TERM_KEYS, key
    order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
    extra = {k: extra[k] for k in order if k in extra}
    assert ("post_warranty_fee_capped" in extra) == (terms["contract_kind"] == "goods_or_licence"), key
    return {"file": FILES[key], "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(derive_rules(key))}


def main():
    for s in MUST_HIT:
        assert threshold_hits(s), "self-test must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "self-test must miss: %s %s" % (s, threshold_hits(s))

    keys = ["z01", "z02", "z03", "z04", "z05", "e01", "e02", "e03", "e04", "e05"]
    assert sorted(keys) == sorted(SRC) == sorted(FILES) == sorted(LABEL) == sorted(DESIGN)
    for k in keys:
        assert FILES[k].startswith("h1076%s_" % k)
        parts, pays = SUMS[k]
        cv = LABEL[k][3]["contract_value"]
        assert sum(parts) == cv, (k, sum(parts), cv)
        if pays:
            assert sum(pays) == cv, (k, sum(pays), cv)

    # build
    targets = {}
    for k in keys:
        ext = FILES[k].rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[k] = (FILES[k], ext)
        else:
            (OUT / FILES[k]).write_text(SRC[k].lstrip("\n"), encoding="utf-8")
            print("wrote", FILES[k])
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)

    covered = set()
    rows = []
    for k in keys:
        lang, cat, terms, extra = LABEL[k]
        text = read_back(OUT / FILES[k])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        hits = threshold_hits(text)
        assert not hits, (k, hits)
        for f, thr in THRESHOLDS.items():
            v = terms[f]
            assert v is None or abs(v - thr) > 1e-9, (k, f, v)
        for f, v in terms.items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - t) > 1e-9 for t in ANY_THRESHOLD), (k, f, v)
        share = tco_share(k)
        assert share is None or abs(share - TCO_SHARE_LIMIT) > 2, (k, share)
        rules = derive_rules(k)
        assert rules == DESIGN[k], (k, sorted(rules ^ DESIGN[k]))
        covered |= rules
        lab = label_json(k)
        (OUT / (FILES[k].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rows.append((k, n, risk(rules), share, sorted(rules)))

    # the mix of the brief
    assert set(ALL_RULES) == covered, sorted(set(ALL_RULES) - covered)
    clean = [k for k in keys if not DESIGN[k]]
    assert sorted(k[0] for k in clean) == ["e", "z"], clean
    assert DESIGN["e01"] == {"CR-GOVERNING-LAW"} and LABEL["e01"][2]["governing_law"] == "South Australia"
    assert 8 <= len(DESIGN["z05"]) <= 10
    risky = [k for k in keys if k not in clean and k not in ("e01", "z05")]
    assert len(risky) == 6 and all(2 <= len(DESIGN[k]) <= 3 for k in risky), risky
    for k, n, rk, share, rules in rows:
        print("%s %5d %-6s %s %s" % (k, n, rk, "" if share is None else "TCO %.2f%%" % share, ", ".join(rules)))


if __name__ == "__main__":
    main()
