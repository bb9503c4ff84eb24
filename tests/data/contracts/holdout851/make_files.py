"""holdout851: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (design rules vs rules derived from the labels, coverage of all 20 CR rules, lengths as read back,
no label value and no text figure on a policy threshold). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}   # key -> source text (markup for .docx / .pdf, plain text for .txt / .md)
META = {}  # key -> file, language, category, terms, extra, design rules, TCO inputs

BASE_TERMS = {
    "availability_pct": None, "p1_response_hours": 0.5, "sla_remedy": True, "ip_owner": "buyer",
    "data_security_clause": True, "buyer_owns_data": True, "confidentiality": True, "ld_rate_per_day_pct": 0.1,
    "liability_cap_pct": None, "prepayment_pct": None, "acceptance_clause": True, "final_payment_on_acceptance": True,
    "warranty_months": None, "post_warranty_fee_pct": None, "auto_renewal_price_increase": False,
    "termination_for_breach": True, "subcontract_without_consent": False, "governing_law": "PRC",
    "contract_kind": "goods_or_licence",
}


def meta(key, file, language, category, terms, extra, design, tco=None, forum_outside=False):
    t = dict(BASE_TERMS)
    for k in terms:
        assert k in t, k
    t.update(terms)
    e = {"sla_clause": extra.get("sla_clause", True), "ld_stated": extra.get("ld_stated", True)}
    if t["contract_kind"] == "goods_or_licence":
        e["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    e["acceptance_deemed_on_delivery"] = extra.get("acceptance_deemed_on_delivery", False)
    e["contract_value"] = extra["contract_value"]
    META[key] = dict(file=file, language=language, category=category, terms=t, extra=e, design=sorted(design),
                     tco=tco, forum_outside=forum_outside)

SRC["z01"] = """T:孤儿与困境儿童保障管理平台建设项目政府采购合同
P:合同编号：MZ-ZC-2027-0316　　采购方式：公开招标
P:甲方（采购人）：滨江市民政局
P:乙方（供应商）：杭州安童信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就孤儿与困境儿童保障管理平台（以下简称“平台”）的软件许可及定制开发事宜订立本合同。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供儿童福利保障管理平台软件许可一套（市级部署版，含市、区县、乡镇街道、村居四级账号，不限用户数），许可为永久许可，仅限甲方及其下属单位使用。
P:1.2 乙方按甲方需求完成定制开发：孤儿和事实无人抚养儿童认定审批流程、困境儿童分类分级评估模块、基本生活费发放台账、儿童督导员及儿童主任工作管理、走访记录移动端、统计分析驾驶舱。
P:1.3 乙方完成与全国儿童福利信息系统、市公安人口库、教育学籍库、医保参保库及低保救助系统的数据对接，并将原有业务系统中约四万二千条儿童档案迁移至平台。
P:1.4 乙方负责部署实施、操作培训及上线保障，平台部署于甲方政务云，由甲方提供云资源。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零伍万捌仟元整（¥2,058,000），为固定总价，包含软件许可、开发、对接、迁移、实施、培训及税费等全部费用。
P:2.2 价格构成：平台软件许可费¥1,160,000；定制开发费¥684,000；数据对接与迁移费¥118,000；实施及培训费¥96,000。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方发票支付合同总价的20%作为预付款，计¥411,600。
P:3.2 平台通过初步验收并上线试运行后，甲方支付合同总价的45%，计¥926,100。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥720,300。
P:3.4 甲方付款以财政资金到位为前提，乙方应提前开具合法有效的增值税发票。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成开发、对接与部署，并提交初步验收申请。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分全部源代码。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格，未经甲方同意不得更换。项目经理在开发及试运行期间应驻场办公，每周向甲方提交项目周报，列明进度、问题及风险。
P:4.4 乙方应对市、区县两级业务人员及乡镇街道儿童督导员开展分级培训，培训不少于六场，并提供操作视频及常见问题手册；培训效果以甲方组织的上机考核为准。
P:4.5 因甲方原因或不可抗力导致工期延误的，工期相应顺延，乙方应在事由发生后三日内书面提出。
P:4.6 乙方应制定详细的实施计划、数据迁移方案和上线切换方案，经甲方审核后执行。数据迁移前应完成原系统数据备份，迁移过程中发现原始数据缺项、错项的，应形成问题清单报甲方核实后处理，不得擅自修改。
H:第五条 验收
P:5.1 初步验收标准：功能符合需求规格说明书；五个外部系统接口连续运行十日无数据错误；迁移数据经全量比对差错率不高于万分之一；三百个并发用户下页面平均响应时间不超过2秒。
P:5.2 试运行期满九十日且无一级故障，并取得第三方软件测评机构出具的安全测评报告后，甲方组织最终验收，验收结果以书面验收报告为准。
P:5.3 平台上线、甲方实际使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与后续维护
P:6.1 自最终验收合格之日起，乙方提供二十四个月免费质保，期间免费修复缺陷、升级版本并提供技术支持。
P:6.2 质保期满后，甲方如需续购维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥92,800），质保期满后三个年度内不得上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意。
P:7.2 一级故障（平台整体不可用或认定审批、资金发放功能中断）：乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或恢复每超时一小时，乙方向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣付¥2,000，从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，甲方享有本合同约定的永久使用权。
P:8.2 为本项目定制开发的模块、接口程序、数据迁移脚本、文档及源代码的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全与个人信息保护
P:9.1 平台中的儿童、监护人及家庭信息等全部数据属于甲方所有。乙方仅为履行本合同处理该等数据，不得用于其他任何目的，不得留存、复制或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及未成年人个人信息保护的规定，落实访问控制、加密传输、操作日志审计措施，运维人员经甲方审批后通过堡垒机访问。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、业务信息和儿童个案信息负有保密义务，本合同终止后保密义务继续有效。
P:10.2 乙方应与参与项目的人员签订保密承诺书，人员违反保密义务的，由乙方承担责任。
P:10.3 项目结束或合同终止时，乙方应将其持有的全部甲方资料返还或销毁，并出具书面说明。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合约定且经整改仍不合格的，甲方有权拒收并要求乙方返还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的礼品、礼金或其他不正当利益；违反的，甲方有权解除合同并将乙方列入不良行为记录。
P:15.2 乙方应配合财政、审计等部门对本项目的监督检查，如实提供有关资料。
P:15.3 本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。未尽事宜双方另行签订补充协议。
P:甲方（盖章）：滨江市民政局　　　　乙方（盖章）：杭州安童信息科技有限公司
P:签订日期：2027年3月　日
"""
meta("z01", "h851z01_civil_affairs_child_welfare_platform.pdf", "zh", "software",
     dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
          warranty_months=24, post_warranty_fee_pct=8),
     dict(post_warranty_fee_capped=True, contract_value=2058000), [], tco=(1160000, 92800))

SRC["z02"] = """T:生产线控制系统改造项目合同
P:合同编号：YM-SB-2027-021
P:甲方：义乌市云帽服饰遮阳用品有限公司
P:乙方：金华智控自动化工程有限公司
P:甲方为提升遮阳帽裁剪、缝制、定型及包装生产线的自动化水平，委托乙方对现有六条生产线的电气控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责更换六条生产线的PLC控制柜、伺服驱动及变频器、人机界面，加装产线数据采集网关，并部署产线监控软件，实现订单排产下发、设备状态监控、产量与停机统计。
P:1.2 乙方负责编写与甲方现有帽型工艺相适配的控制程序，包括帽檐定型温控曲线、自动裁片计数、缝纫工位节拍联动等，并与甲方现有ERP系统对接工单数据。
P:1.3 改造须利用甲方安排的停线窗口分批进行，每批停线不超过七日，不得影响其余产线正常生产。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾柒万元整（¥1,270,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|生产线PLC控制柜|6套|72,500|435,000
TB:2|伺服驱动及变频器|48台|3,850|184,800
TB:3|工业触摸屏（HMI）|12台|6,400|76,800
TB:4|产线数据采集网关|6台|9,200|55,200
TB:5|产线监控软件许可（永久）|1套|268,000|268,000
TB:|软硬件小计|||1,019,800
TB:6|控制程序定制开发|1项|162,000|162,000
TB:7|安装调试|1项|74,600|74,600
TB:8|操作及维修培训|1项|13,600|13,600
TB:|合同总价|||1,270,000
P:2.2 上述价格含设备、软件、运输、安装、调试、培训及增值税，除本合同另有约定外，甲方无需支付其他费用。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款，计¥254,000。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，计¥444,500；到货签收仅确认数量与外观，不视为验收。
P:3.3 六条产线全部改造完成并通过最终验收后，甲方支付合同总价的45%，计¥571,500。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后四十五日内完成设备到货，于合同生效后一百日内完成全部产线改造及调试。
P:4.2 乙方应交付电气原理图、接线图、控制程序源程序及注释、参数清单、操作及维修手册。
P:4.3 乙方应在每批改造开工前七日提交该批施工方案、停线计划和回退方案，经甲方生产部门确认后实施；因乙方原因超出停线窗口的，每超出一日按第十二条计算违约金。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线测试：连续带料运行七十二小时无控制故障，定型温控偏差不超过±2℃，裁片计数误差为零，产线节拍不低于改造前水平。
P:5.2 六条产线全部通过单线测试并连续生产三十日后，甲方组织最终验收，验收标准为技术协议所列全部指标及本条约定，双方签署验收报告。
P:5.3 设备安装、通电或甲方投入生产使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费维修、更换故障部件并升级软件。
P:6.2 质保期满后，甲方可委托乙方提供年度维保服务，年度维保费按软硬件小计的9%计取，即每年¥91,782，质保期满后三个年度内该费用固定不变。维保合同逐年签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，改造后控制系统的月度可用率不低于99.5%，可用率按产线控制系统可正常运行时间占当月计划生产时间的比例计算。
P:7.2 一级故障（任一产线整线停机）：乙方30分钟内响应，3小时内到达现场，8小时内恢复生产；二级故障（单个工位故障）2小时内响应，24小时内修复。
P:7.3 月度可用率每低于承诺值0.1个百分点，乙方支付¥1,500；响应或到场每超时一小时，乙方支付¥500，甲方可从维保费或质保金中扣除。
H:第八条 知识产权
P:8.1 产线监控软件的知识产权归乙方或原厂所有，甲方获得永久使用许可。
P:8.2 为甲方编写的控制程序、ERP接口程序及相关文档的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
H:第九条 数据安全
P:9.1 产线运行数据、订单和工艺参数属于甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:9.2 乙方远程维护须经甲方书面批准并通过甲方指定的VPN接入，全程记录日志；乙方应采取防病毒、访问控制等安全措施。
P:9.3 发生数据泄露或被篡改的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成损失的，由乙方承担全部赔偿责任。
H:第十条 保密
P:乙方对甲方的帽型设计、工艺参数、客户及订单信息负有保密义务，未经甲方书面同意不得披露，保密期限至本合同终止后三年。
H:第十一条 分包
P:乙方可将电气安装、桥架及布线工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十二条 违约责任
P:12.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:12.2 因乙方施工造成甲方停产超出约定停线窗口的，乙方应赔偿甲方由此产生的直接损失。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 合同解除
P:乙方严重违约且经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 培训与备件
P:14.1 乙方应为甲方电工及设备维修人员提供不少于三期的操作与维修培训，内容包括PLC程序备份与恢复、伺服参数设置、触摸屏配方管理、常见报警处理，培训结束后进行实操考核，考核不合格的人员由乙方免费补训。
P:14.2 乙方应随设备免费提供首批备品备件（包括伺服驱动器、电源模块、通讯模块、触摸屏各一件），并承诺所供主要设备停产后仍保证七年的备件供应；备件价格不高于同期乙方向其他客户的报价。
P:14.3 乙方应在甲方厂区设立现场备件柜，质保期内备件消耗后十日内补足。
H:第十五条 变更管理
P:15.1 甲方因新帽型投产需调整控制逻辑的，应书面提出变更申请，乙方在五个工作日内提交变更方案、工作量及费用；费用按投标文件所附人天单价计算，经甲方书面确认后实施。
P:15.2 未经甲方书面确认，乙方不得擅自修改控制程序或设备参数；因擅自修改造成质量事故或停产的，乙方承担由此产生的损失。
H:第十六条 安全生产
P:16.1 乙方施工人员应遵守甲方厂区安全管理制度，动火、登高及带电作业须办理作业许可。因乙方原因发生安全事故的，由乙方承担责任。
P:16.2 乙方应为其进场人员购买意外伤害保险，并在进场前向甲方提交人员名单、特种作业证书及保险凭证。
P:16.3 乙方应做好施工现场的防护和清理，拆除的旧控制柜、线缆等物资清点后移交甲方处理，不得擅自带离厂区；施工产生的废弃物应按甲方环保要求分类处置。
P:16.4 改造期间乙方应在停线前完成旧程序和参数的完整备份，改造失败时能在约定时间内恢复原系统运行。
H:第十七条 法律适用与争议
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交金华仲裁委员会仲裁。
H:第十八条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、停线计划。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""
meta("z02", "h851z02_sunhat_factory_line_control_retrofit.docx", "zh", "hardware",
     dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
          warranty_months=24, post_warranty_fee_pct=9, subcontract_without_consent=True),
     dict(post_warranty_fee_capped=True, contract_value=1270000), ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
     tco=(1019800, 91782))

SRC["z03"] = """门店预约与会员管理系统服务合同

合同编号：MH-IT-2027-008

甲方：上海墨趣漫画培训连锁有限公司
乙方：南京约课云网络科技有限公司

甲方在上海、苏州、杭州共经营三十家漫画培训门店。为统一课程预约、学员会员、课时核销与续费管理，甲方拟使用乙方提供的“约课云”门店预约与会员管理系统（以下简称“系统”）。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）乙方以软件即服务（SaaS）方式向甲方提供系统使用权，包括：
1. 门店端：课程排期、教室与教师排班、学员签到及课时核销；
2. 学员端：微信小程序预约、改约、请假、作品上传与课后点评查看；
3. 总部端：会员等级与储值卡管理、优惠券、续费提醒、经营报表及三十家门店的权限管理。
（二）乙方提供一次性实施服务：将甲方现有约一万八千名学员的会员、余额及剩余课时数据迁移至系统；按甲方课程体系完成小程序页面及课程包配置；开发与甲方财务软件的收款对账接口；对门店店长及前台人员进行培训。
（三）系统部署于乙方租用的境内云服务器，乙方负责系统运行、维护、升级及数据备份。
（四）乙方应保证系统支持甲方门店同时使用线上预约和线下前台录入两种方式，并支持微信支付、支付宝及甲方储值卡支付；支付通道费用由甲方与支付机构另行结算，不包含在本合同价款中。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（三）续期时乙方有权根据其产品定价调整续期年费，调整幅度不超过上一服务年度年费的8%，乙方应于续期前以短信或邮件通知甲方，续期年费以通知为准。

三、费用及支付
（一）费用构成：
1. 门店订阅费：每店每服务年度¥9,600，三十家门店合计每服务年度¥288,000；
2. 总部管理端及小程序年费：每服务年度¥36,000；
3. 实施费（一次性）：¥58,000。
两个服务年度的订阅费合计¥648,000，加实施费，本合同总价为¥706,000。
（二）实施费在系统上线验收合格后十五日内一次付清。
（三）每个服务年度的订阅费于该服务年度开始后十五日内支付。
（四）服务期内甲方新增或关闭门店的，订阅费按月折算增减，新增门店的单价不高于本合同约定单价。
（五）乙方应在收款前开具合法有效的增值税专用发票；发票不合格的，甲方有权顺延付款且不承担违约责任。

四、实施与验收
（一）乙方应于合同签订后四十日内完成数据迁移、配置、接口开发和培训，并提交上线验收申请。
（二）验收标准：
1. 迁移后学员人数、储值余额和剩余课时与甲方原系统导出数据逐条核对一致；
2. 预约、改约、签到、核销、续费等流程在三家试点门店连续运行十日无一级故障；
3. 收款对账接口连续七日对账结果与甲方财务软件一致；
4. 小程序在高峰时段五百人同时预约时，页面响应时间不超过2秒。
（三）上述标准全部满足后，双方签署上线验收单。系统试点使用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日向甲方支付¥500违约金。

五、服务水平
（一）系统月度可用率不低于99.95%，计划维护应安排在每日零时至六时，并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（系统整体无法登录，或全部门店无法预约、签到、核销）：乙方在6小时内响应，24小时内恢复；
2. 二级故障（部分功能或部分门店不可用）：12小时内响应，48小时内修复；
3. 三级问题（咨询、报表调整）：两个工作日内答复。
（三）月度可用率低于承诺值，或一级故障恢复超时的，乙方按当月订阅费的5%至20%抵扣下一期费用，具体以服务水平附件所列标准为准。

（四）乙方应提供工作日九时至二十一时的在线客服及电话支持，周末及法定节假日提供值班支持；每季度向甲方提交服务报告，列明可用率、故障次数、处理时长及改进措施。

六、培训与日常支持
（一）上线前乙方应为每家门店至少培训两名前台人员和店长，并为总部运营、财务人员单独培训；新开门店由乙方在开业前免费培训。
（二）系统功能升级涉及门店操作变化的，乙方应提前七日发布升级说明和操作视频。
（三）乙方应指定专属客户成功经理，每月与甲方召开一次运营例会，协助甲方分析预约率、课时消耗及续费率数据。

七、甲方的义务
（一）甲方负责门店网络、收银设备及前台电脑的准备，并指定总部项目负责人统一对接。
（二）甲方应妥善保管管理员账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应确保其向学员及家长收集个人信息已取得必要的同意，并在小程序中公示隐私政策。
（四）甲方按约定支付费用，并对迁移数据的准确性进行核对确认。
（五）甲方对门店营业中产生的课程纠纷、退费事宜自行负责，但因系统故障导致的错误扣课、重复扣费，由乙方协助查明原因并承担相应责任。
（六）甲方调整课程体系或会员规则的，应提前十日通知乙方，乙方在标准功能范围内免费完成配置调整。

八、知识产权
（一）系统及其标准功能的知识产权归乙方所有。
（二）为甲方单独开发的收款对账接口、定制报表和课程配置模板，其知识产权归甲方所有，甲方可自行或委托第三方修改使用。

九、数据及数据安全
（一）甲方学员及家长的姓名、手机号、课时、作品及消费记录等会员数据归甲方所有。
（二）乙方有权在去除个人身份信息后，将会员数据汇总用于行业统计分析、产品改进及向其他客户提供的经营对标报告，该权利在本合同终止后继续有效。
（三）乙方应落实网络安全等级保护二级要求，对个人信息加密存储，限定员工访问权限并记录操作日志。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）合同终止后三十日内，乙方应按甲方要求导出全部会员数据交付甲方，并删除其服务器上的甲方数据。
（五）乙方每日对系统数据进行全量备份，备份数据保存不少于三十日，并每季度进行一次恢复测试，测试结果报甲方备查。
（六）未经甲方书面同意，乙方不得向学员或家长推送甲方以外的任何广告或营销信息。

十、保密
双方对在合作中知悉的对方商业信息、价格及学员信息负有保密义务，保密期限至合同终止后两年。

十一、分包
乙方不得将本合同项下的服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十二、违约与解除
（一）乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除合同，乙方应退还未使用服务期的订阅费并赔偿损失。
（二）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前五日书面通知。
（三）合同解除或终止的，乙方应继续提供不少于三十日的只读访问，便于甲方完成数据导出和门店业务切换。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：服务水平标准、实施计划。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""
meta("z03", "h851z03_comics_school_chain_booking_membership_saas.txt", "zh", "cloud",
     dict(availability_pct=99.95, p1_response_hours=6, buyer_owns_data=False, ld_rate_per_day_pct=500 / 706000 * 100,
          final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
     dict(contract_value=706000), ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"])

SRC["z04"] = """智慧灌溉调度系统2027年度运行维护服务合同

项目编号：SWJ-CS-2027-05（竞争性磋商）
甲方（采购人）：青川县水务局
乙方（成交供应商）：四川禾润水利信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就青川县智慧灌溉调度系统年度运行维护服务订立本合同。磋商文件、响应文件、成交通知书均为本合同的组成部分。

第一条 服务对象
智慧灌溉调度系统包括：县级灌溉调度平台（部署于县政务云）、三处灌区管理站分中心、干支渠电动闸门控制器一百一十二套、土壤墒情监测站六十四处、明渠流量计四十八台、视频监控点九十六路及相应通信链路。

第二条 服务内容
（一）平台运维：调度平台、数据库及移动端应用的日常巡检、故障处理、补丁更新、数据备份与恢复演练，配合甲方完成等级保护测评整改。
（二）设备运维：闸门控制器、墒情站、流量计和视频设备的季度巡检、清淤、校准和故障维修，流量计每年比测一次并出具比测报告。
（三）备品备件：乙方按响应文件所列清单储备备件，备件费用已包含在服务费中。
（四）灌溉季保障：每年四月至九月灌溉季，乙方安排两名工程师驻县水务局调度中心值守，配合调度指令执行和用水计量统计。
（五）服务成果：每月提交运维月报，灌溉季结束后提交设备运行分析报告，年度结束提交运维总结及下年度设备更新建议。
（六）乙方应建立运维工单管理制度，所有故障报修、巡检和维修均通过甲方指定的运维管理平台登记，做到可追溯、可考核。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。期满后甲方依法重新组织采购，本合同不自动续期。

第四条 服务费用
（一）本合同总价为人民币伍拾捌万陆仟元整（¥586,000），为固定总价。
（二）费用构成：平台运维¥218,000；设备巡检维护¥264,000；备品备件¥68,000；灌溉季驻场保障¥36,000。
（三）服务费按季度支付：每季度结束后，甲方依据当季考核结果，在十五个工作日内支付当季服务费，即合同总价的四分之一扣减考核扣款后的金额。本合同不设预付款。

第五条 服务水平与考核
（一）调度平台月度可用率不低于99.95%。
（二）故障响应：
1. 一级故障（调度平台瘫痪，或干渠闸门失控、无法远程启闭）：乙方30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单个站点设备离线或数据异常）：2小时内响应，24小时内修复；
3. 三级故障（一般性问题）：三个工作日内处理完毕。
（三）考核扣款：平台月度可用率每低于承诺值0.01个百分点扣¥500；一级故障响应或恢复每超时一小时扣¥800；设备季度在线率低于95%的，每低一个百分点扣¥1,000。扣款从当季服务费中直接扣除。
（四）甲方每季度组织一次服务考核，考核结果作为支付和履约评价依据。

第六条 年度验收
服务期满后，甲方组织年度服务验收。验收标准为：运维记录和巡检记录完整；全年设备平均在线率不低于95%；流量计比测误差符合水利行业标准；全年四个季度考核得分均不低于85分；服务成果全部按时提交。验收合格后双方签署验收报告。

第七条 运维人员
（一）乙方应组建不少于六人的运维团队，其中项目负责人一名（具有水利信息化或计算机类中级以上职称）、平台工程师两名、现场设备工程师三名，人员名单及资格证明于合同签订后五日内报甲方备案。
（二）乙方更换项目负责人须提前十日书面征得甲方同意；更换其他人员的，接替人员资格不得低于原人员。
（三）甲方认为运维人员不称职的，有权要求乙方在七日内更换。
（四）乙方负责运维人员的工资、社保、交通及安全防护，人员在作业中发生人身伤害的，由乙方承担责任。

第八条 应急保障
（一）乙方应在合同签订后十五日内编制系统故障、网络安全事件及防汛抗旱应急预案，报甲方审定。
（二）汛期及抗旱应急响应期间，乙方应按甲方通知增派工程师在调度中心值守，确保闸门远程控制和水情数据上报不中断。
（三）乙方每半年配合甲方开展一次应急演练，并在演练后五日内提交演练总结。
（四）应急期间乙方增派人员的费用已包含在本合同价款中，甲方不另行支付。

第九条 甲方的权利和义务
（一）甲方负责提供政务云资源、机房环境和必要的现场工作条件，协调灌区管理站配合巡检工作。
（二）甲方有权对乙方服务过程进行监督检查，查阅运维记录和工单。
（三）甲方应按约定支付服务费，并及时组织季度考核和年度验收。

第十条 服务交接
（一）服务期开始后十五日内，乙方应与甲方及原运维单位完成交接，核对设备清单、账号权限、备品备件及未结工单，形成交接清单由三方签字确认。
（二）服务期满或合同终止时，乙方应向甲方或甲方指定的新运维单位移交全部运维资料、账号密码、备件库存及未结工单，并提供不少于十五日的交接配合，交接期间不得中断服务。
（三）乙方移交的资料应真实完整，因资料缺失造成甲方损失的，由乙方赔偿。

第十一条 知识产权
乙方在运维过程中形成的巡检记录、分析报告、运维脚本及配置文档，知识产权归甲方所有。

第十二条 数据安全
（一）系统内的水情、工情、用水计量及用户信息等数据属于甲方所有，乙方不得将数据用于本合同以外的任何目的，不得向第三方提供。
（二）乙方运维人员须经甲方审核备案，通过甲方堡垒机访问系统，禁止将数据拷贝出政务云环境。
（三）发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方并按应急预案处置；因乙方原因导致数据泄露、丢失或系统被攻击的，乙方承担全部责任并赔偿甲方损失。

第十三条 保密
乙方对履约中知悉的水利设施布局、调度方案和数据负有保密义务，并与运维人员签订保密协议。本条义务在合同终止后继续有效。

第十四条 分包
乙方不得将本合同项下服务转包或分包给任何第三方。

第十五条 违约责任
（一）乙方未按约定完成季度巡检、流量计比测或未按期提交服务成果的，每逾期一日按合同总价的万分之二向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方全部损失。
（三）甲方逾期支付服务费的，按逾期金额每日万分之一支付违约金。

第十六条 合同的履行与解除
（一）服务期内，双方均应全面履行本合同，任何一方不得单方解除合同。
（二）乙方服务不符合约定的，甲方可按第五条扣款、按第十五条要求支付违约金，并要求乙方限期整改、继续履行，但不得以此为由解除本合同。
（三）因不可抗力致使合同目的无法实现的，双方协商终止合同。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
（一）乙方应遵守政府采购廉洁规定，不得以任何形式向甲方工作人员输送不正当利益。
（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：青川县水务局
乙方（盖章）：四川禾润水利信息技术有限公司
签订日期：2026年12月　日
"""
meta("z04", "h851z04_water_bureau_smart_irrigation_om_service.txt", "zh", "services",
     dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.02, final_payment_on_acceptance=None,
          termination_for_breach=False, contract_kind="service"),
     dict(contract_value=586000), ["CR-LD-LOW", "CR-TERMINATION"])

SRC["z05"] = """# 匠迹工艺流程追踪软件销售及定制开发合同

（匠迹软件标准合同文本 V3.0）

合同编号：JJ-XS-2027-0147

甲方（买方）：苏州光福舟山核桃雕艺术工作室

乙方（卖方）：苏州匠迹软件有限公司

甲方拟购买乙方“匠迹”工艺流程追踪软件，用于核桃雕作品从选料、开坯、精雕、打磨、上油到包装出库的全流程追踪，并由乙方根据甲方需求进行定制开发。双方经友好协商，依据《中华人民共和国民法典》签订本合同，以资共同遵守。

## 第一条 产品与服务内容

1.1 乙方向甲方提供匠迹工艺流程追踪软件专业版永久使用许可一套，含五十个用户账号、移动端扫码工位应用及后台管理端。

1.2 乙方根据甲方需求进行定制开发：核桃原料批次及产地登记、作品一物一码溯源页面、雕刻师傅工时与计件统计、作品证书生成及打印、与甲方网店订单的同步接口。

1.3 乙方负责软件安装部署及甲方人员操作培训。定制开发的具体功能以双方确认的需求清单为准，需求清单确认后的新增需求另行计费。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺流程追踪软件专业版永久许可 | 178,000 |
| 2 | 定制开发（溯源、计件、证书、网店接口） | 42,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 238,000 |

合同总价为人民币贰拾叁万捌仟元整（¥238,000），含税。

## 第三条 付款方式

3.1 本合同签订之日起五日内，甲方向乙方支付合同总价的65%，即¥154,700。乙方收到该款项后启动开发工作。

3.2 软件安装完成后五日内，甲方支付合同总价的35%，即¥83,300。

3.3 甲方逾期付款的，乙方有权暂停开发、安装或技术服务，由此造成的工期延误由甲方承担。

## 第四条 交付

4.1 乙方在收到首期款后六十个工作日内完成软件安装及定制功能交付。

4.2 软件以安装在甲方服务器或乙方指定云主机上的方式交付，乙方提供电子版操作手册。

4.3 甲方选择乙方指定云主机的，云主机租用费用由甲方按云服务商价格另行承担，乙方协助开通并完成部署。

4.4 交付期间，甲方应安排人员配合乙方完成基础数据录入、标签打印测试及工位扫码测试；因甲方未及时配合造成的延误，交付期限相应顺延。

## 第五条 验收

5.1 软件安装完成后，乙方向甲方进行功能演示，演示结束即视为甲方验收合格。

5.2 甲方在安装完成后七日内未提出书面异议，或已开始使用软件的，均视为验收合格。

## 第六条 知识产权

6.1 本软件及其所有版本的著作权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、溯源页面、接口程序及相关文档，其知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译或提供给第三方使用。

## 第七条 免费维护与年度服务

7.1 乙方自软件安装完成之日起提供六个月免费维护，内容包括故障排除、远程技术支持及小版本升级。

7.2 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度服务协议，年度服务费按软件许可费的28%计收，即每年¥49,840。

7.3 甲方未购买年度服务的，乙方不再提供升级及技术支持，因此造成的软件故障由甲方自行承担。

## 第八条 技术支持与服务标准

8.1 乙方提供工作日远程支持（9:00—18:00），可通过电话、微信群及远程桌面方式进行。

8.2 故障分级：一级故障（软件无法登录或扫码工位全部无法使用）乙方在2小时内响应，一个工作日内提出解决方案；二级故障在一个工作日内响应；其他问题在三个工作日内答复。

8.3 上述服务标准为乙方的服务目标。乙方未能达到服务标准的，不承担扣款、赔偿或违约金责任。

## 第九条 甲方的义务

9.1 甲方应指定一名项目联系人，负责需求确认、资料提供及内部协调，联系人变更应提前书面通知乙方。

9.2 甲方应在乙方提出需求调研后十个工作日内提供原料批次台账、作品编号规则、工匠名册、证书样式等资料，并对资料的真实性负责；因甲方资料延迟或变更导致工期顺延的，乙方不承担责任。

9.3 甲方自行采购服务器、扫码枪、标签打印机等硬件的，应满足乙方提供的配置要求；因甲方硬件或网络原因导致软件无法正常运行的，不属于软件故障。

9.4 甲方不得将软件账号转借、出租给第三方使用，新增账号的，按乙方当期报价另行购买。

## 第十条 数据及安全

10.1 甲方在软件中录入的作品、原料、工匠及客户数据归甲方所有，乙方仅在提供安装和技术支持所必需的范围内访问，不得用于其他目的。

10.2 乙方对其提供的云主机采取防火墙、访问权限控制、每日数据备份等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据，并依法承担相应的赔偿责任。

## 第十一条 培训与升级

11.1 乙方在安装完成时为甲方提供一次集中培训，培训人数不超过十人，培训时间不超过一天；甲方需要额外培训的，按乙方报价另行收费。

11.2 乙方发布新版本时，享有年度服务的甲方可免费升级；未购买年度服务的甲方如需升级，应按乙方当期价格购买升级包。

11.3 软件升级可能导致部分定制功能需要重新适配，适配工作量由乙方评估后另行报价。

11.4 乙方可根据产品规划调整软件功能，对已停止维护的功能模块，乙方不再提供故障修复。

11.5 甲方自行修改软件配置或数据库造成故障的，乙方提供的恢复服务按次收费。

## 第十二条 保密

双方对签订和履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。

## 第十三条 违约责任

13.1 乙方逾期交付的，每逾期一日按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

13.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之三向乙方支付违约金。

13.3 乙方在本合同项下的累计赔偿责任（含违约金）以本合同总价的20%为限，且不承担甲方的间接损失、利润损失及作品损失。

## 第十四条 合同解除

一方严重违反本合同约定，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十五条 不可抗力

因不可抗力导致本合同不能履行的，遭受不可抗力的一方应及时通知对方，并在合理期限内提供证明，双方根据影响程度部分或全部免除责任。

## 第十六条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同为乙方标准合同文本，未经双方书面同意，任何手写修改无效。

17.3 双方往来通知以本合同首页所列地址、电话或电子邮箱送达，电子邮件发出即视为送达。一方联系方式变更的，应在三日内通知对方。

17.4 本合同附件包括需求清单、报价单及软件功能说明，附件与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：苏州匠迹软件有限公司

签订日期：2027年　月　日
"""
meta("z05", "h851z05_walnut_carving_studio_process_tracking_supplier_template.md", "zh", "software",
     dict(availability_pct=None, p1_response_hours=2, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.01,
          liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
          warranty_months=6, post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None),
     dict(post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=238000),
     ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
      "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], tco=(178000, 49840))

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LPS-CN-2027-011
P:This Agreement is made between Shaoxing Jinlan Textile Printing and Dyeing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Buyer"), and Lausitz Prozesssoftware GmbH, a limited liability company registered with the commercial register of the local court of Cottbus, Germany, with its office at Karl-Liebknecht-Strasse, 03046 Cottbus (the "Vendor").
P:The Buyer operates four dyeing and finishing lines and wishes to monitor and reduce the consumption of steam, electricity and water in its plant. The Vendor develops and licenses the EnerTrack plant energy management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the EnerTrack server edition, the data point packs and the named user licences listed in Article 3, in object code, together with the documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, dashboards, reports, calculation rules and scripts that the Vendor develops or configures specifically for the Buyer under Article 2.2, including their source code and documentation.
P:1.3 "Buyer Data" means all meter readings, production data, recipes, energy tariffs and other data that the Buyer or its systems enter into or generate with the Software.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers in the Buyer's plant in Shaoxing for the Buyer's internal business purposes. The Buyer may make backup copies and may allow its contractors to use the Software on its behalf.
P:2.2 The Vendor shall configure the Software for the Buyer's plant and develop the following Custom Deliverables: interfaces to the Buyer's 420 electricity, steam, gas and water meters through the existing Modbus and OPC UA gateways; an interface to the Buyer's dyeing machine controllers to read batch start and end times; energy consumption per batch and per metre of fabric; shift and line dashboards; and a monthly energy report in Chinese and English.
P:2.3 The Vendor shall install and commission the Software, migrate two years of historical meter data from the Buyer's spreadsheets, and train the Buyer's energy engineers and line supervisors.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,632,000, inclusive of VAT, and consists of: EnerTrack server edition licence CNY 560,000; data point packs for 400 points CNY 380,000; 25 named user licences at CNY 12,000 each, CNY 300,000; Licence Fee subtotal CNY 1,240,000; configuration and interface development CNY 286,000; installation and commissioning CNY 74,000; training CNY 32,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's staff in China are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 326,400) within 30 days after signature of this Agreement against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 734,400) within 30 days after the Installation Certificate. The Installation Certificate confirms that the Software has been installed and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 571,200) within 30 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account in China or, where foreign exchange rules require, in EUR at the exchange rate published by the Bank of China on the date of payment.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and deliver all Custom Deliverables ready for acceptance testing within 150 days after signature.
P:5.2 The acceptance criteria are: no connected meter shows a data gap longer than one hour over ten consecutive production days; consumption per batch calculated by the Software deviates from the Buyer's manual calculation for twenty sample batches by no more than 2%; dashboards refresh within 10 seconds; the monthly report is produced without manual correction; and no Severity 1 defect occurs during a 30-day trial run.
P:5.3 When all criteria are met, the Buyer shall issue a written Final Acceptance certificate within 10 days. If a criterion is not met, the Vendor shall correct the defect and repeat the relevant test. Installation, productive use of the Software or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants for 24 months from Final Acceptance that the Software and the Custom Deliverables conform to the documentation and the agreed specification. During the warranty period the Vendor shall correct defects free of charge and supply all updates and new releases.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee is 10% of the Licence Fee subtotal, namely CNY 124,000 per year, and shall remain fixed for the first three years after the warranty period. Annual support is ordered by separate purchase order and does not renew automatically.
P:6.3 Severity 1 means that the Software is unavailable or that meter data are no longer collected for a production line. The Vendor shall respond to Severity 1 incidents within 1 hour, 24 hours a day, and restore service or provide a workaround within 8 hours. Severity 2 incidents shall be answered within 8 business hours.
P:6.4 For each full hour by which a response or restoration time under Article 6.3 is exceeded, the Vendor shall credit the Buyer CNY 1,000, to be deducted from the next payment or the support fee.
H:Article 7 Delay
P:7.1 If the Vendor fails to meet a date in Article 5.1 for reasons within its control, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:7.2 If the delay exceeds 60 days, the Buyer may terminate this Agreement in accordance with Article 13.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software as standard product.
P:8.2 All intellectual property in the Custom Deliverables is assigned to the Buyer upon creation. The Vendor shall deliver their source code with the final acceptance documentation. The Buyer may use, modify, copy and license the Custom Deliverables without restriction, and may have them maintained by third parties.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear all resulting costs and damages.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, retain, analyse or use it for any other purpose, also not in aggregated or anonymised form.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session, takes place through the Buyer's VPN and jump server, and is logged. The Vendor shall not transfer Buyer Data out of the People's Republic of China.
P:9.3 The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC, apply access control, encryption and logging to any Buyer Data in its custody, and notify the Buyer of any security incident within 12 hours after becoming aware of it. The Vendor is liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's recipes, production volumes and energy prices, and shall use it only for this Agreement.
P:10.2 This obligation continues for five years after the end of this Agreement and does not apply to information that is public or independently developed.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence, infringement claims under Article 8.3 and breaches of Articles 9 and 10.
P:11.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded from the limit in Article 11.1.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.
P:13.2 If the Buyer terminates because of the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid against return of the Software, and shall compensate the Buyer's direct losses.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of the Federal Republic of Germany, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 The courts of Cottbus, Germany, have exclusive jurisdiction over all disputes arising out of or in connection with this Agreement.
H:Article 16 Miscellaneous
P:16.1 This Agreement is executed in English in two originals. Amendments must be in writing and signed by both parties.
P:16.2 Annex 1 (technical specification) and Annex 2 (project plan) form part of this Agreement. In case of conflict, the Articles of this Agreement prevail.
P:For the Buyer: ____________________ For the Vendor: ____________________
"""
meta("e01", "h851e01_textile_energy_software_perpetual_licence_cottbus_vendor.pdf", "en", "software",
     dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=20, warranty_months=24,
          post_warranty_fee_pct=10, governing_law="Germany"),
     dict(post_warranty_fee_capped=True, contract_value=1632000), ["CR-GOVERNING-LAW"], tco=(1240000, 124000),
     forum_outside=True)

SRC["e02"] = """# ORDER FORM — FIELDROUTE SERVICE SCHEDULING SUBSCRIPTION

Order Form No. ACW-2027-0093

## PART A — ORDER FORM

### A1 Parties

**Provider:** Altmark Cloudworks GmbH, Hallstrasse, 39576 Stendal, Germany, acting in China through its representative office in Shanghai.

**Customer:** Suzhou Hengtai Elevator Installation and Maintenance Co., Ltd., Wuzhong District, Suzhou, Jiangsu Province, People's Republic of China.

This Order Form, together with the General Terms in Part B, forms the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2 Service and Subscription Term

Provider will provide FieldRoute, a cloud service for planning and dispatching maintenance visits, recording work orders on mobile devices and reporting on maintenance contracts (the "Service"), for use by Customer's maintenance technicians, dispatchers and branch managers.

The Subscription Term is 24 months, divided into two Subscription Years. It starts on the Go-Live Date under A5 and ends at the end of the second Subscription Year. It may be renewed only by a new order form signed by both parties; it does not renew automatically.

### A3 Fees

| Item | Quantity | Unit price (CNY) | Annual amount (CNY) | Amount for Subscription Term (CNY) |
|---|---|---|---|---|
| Technician seats (mobile app) | 220 | 1,380 per year | 303,600 | 607,200 |
| Dispatcher and manager platform fee | 1 | 48,000 per year | 48,000 | 96,000 |
| Onboarding (one-time) | 1 | 36,800 | — | 36,800 |
| **Total** | | | | **740,000** |

All fees are in CNY and include VAT. The seat price and platform fee are fixed for the Subscription Term. Additional seats ordered during a Subscription Year are charged pro rata at the same unit price.

### A4 Invoicing and Payment

The fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within 30 days after receipt of the invoice. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days after receipt of the invoice. No amount is payable before the Go-Live Date.

The Service is hosted on a cloud platform in the Shanghai region operated by Provider's hosting provider, Huadong Cloud Computing Co., Ltd., which Customer approves by signing this Order Form.

### A5 Onboarding and Go-Live Acceptance

Provider will configure the Service for Customer's nine branches, import Customer's register of about 6,800 elevators and escalators with their maintenance contracts and inspection dates, set up the maintenance checklists required by the national elevator maintenance rules, build an interface that sends completed work orders to Customer's ERP system, and train Customer's dispatchers and branch trainers. Provider's target is to complete onboarding within eight weeks after signature; this date is an estimate.

Go-Live Acceptance tests: all imported equipment records match Customer's register; monthly maintenance plans are generated for every unit under contract; technicians in two pilot branches complete work orders on the mobile app, including photos and customer signature, for ten working days without a blocking defect; and work orders reach the ERP system correctly for the same period. When the tests are passed, Customer signs a Go-Live certificate, and that date is the Go-Live Date. Use of the Service in the pilot branches is not acceptance.

### A6 Contacts and Signature

Customer's project contact: Head of Service Operations. Provider's contact: Customer Success Manager, Shanghai office.

Signed for Provider: ____________________ Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. Use of the Service

1.1 Provider grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business, for the number of seats ordered.

1.2 Customer shall not resell the Service, attempt to access its source code or use it to build a competing product. Customer is responsible for its users' compliance with these terms and for keeping log-in credentials secure.

1.3 Provider may update the Service from time to time. Updates shall not materially reduce the functions described in the documentation.

1.4 Customer shall provide the equipment register, contract data and checklist requirements needed for onboarding in the agreed spreadsheet format, name a project contact who can take decisions, and make its ERP test environment available to Provider for the interface work.

1.5 Customer is responsible for the mobile devices and mobile data plans of its technicians. The mobile app supports current Android and iOS versions as listed in the documentation; Provider will announce the end of support for an operating system version at least three months in advance.

1.6 Provider will provide Customer with release notes for each update that changes the user interface, and will hold a short online training session for Customer's branch trainers whenever an update changes the way work orders are completed.

### 2. Availability and Support

2.1 Provider will use commercially reasonable efforts to make the Service available 24 hours a day, seven days a week, except for planned maintenance and events beyond Provider's reasonable control.

2.2 Support is provided by e-mail and through the support portal in Chinese and English during Provider's business hours, Monday to Friday, 9:00 to 18:00 China time. Provider will answer support requests as soon as reasonably practicable, taking account of their urgency.

2.3 Provider will inform Customer of planned maintenance through the support portal in advance.

### 3. Customer Data

3.1 "Customer Data" means all data entered into the Service by or for Customer, including equipment records, work orders, photos, signatures, and personal information of Customer's employees and of its customers' contact persons.

3.2 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose, including in aggregated or anonymised form.

3.3 Customer Data is stored in the Shanghai region and is not transferred outside the People's Republic of China. Provider shall maintain ISO 27001 certification for the Service, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, keep access logs, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

3.4 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take immediate steps to contain it, and is responsible for the losses Customer suffers as a result of an incident caused by Provider or its hosting provider.

3.5 Within 30 days after the end of the Agreement, Provider shall make all Customer Data available for export in a common format and then delete it, and confirm deletion in writing.

### 4. Intellectual Property

4.1 Provider retains all rights in the Service, its software and documentation.

4.2 The ERP interface, the maintenance checklists and the report templates created for Customer during onboarding belong to Customer. Customer may use, modify and license them freely, also after the end of the Agreement, and Provider shall deliver them in editable form.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public business and technical information received under the Agreement, use it only for the Agreement and protect it with at least reasonable care.

5.2 These obligations last for three years after the end of the Agreement.

### 6. Warranties

6.1 Provider warrants that the Service will perform materially in accordance with the documentation. If it does not, Provider will correct the non-conformity within a reasonable time at no charge.

6.2 Except as stated in the Agreement, the Service is provided without further warranties.

### 7. Liability

7.1 Each party's total liability under the Agreement is limited to 200% of the total fees payable under the Order Form. The limit does not apply to breach of Sections 3 and 5, wilful misconduct or personal injury.

7.2 Neither party is liable for loss of profit or indirect damages, except in the cases excluded in Section 7.1.

### 8. Subcontracting

8.1 Provider shall not subcontract the provision of the Service or onboarding work to any third party other than the hosting provider named in A4 without Customer's prior written consent. Provider is responsible for its subcontractors as for its own acts.

### 9. Term and Termination

9.1 The Agreement starts on signature and ends at the end of the Subscription Term.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

9.3 Provider may suspend the Service if undisputed fees remain unpaid 45 days after the due date, after giving ten days' written notice.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 11. General

11.1 Neither party may assign the Agreement without the other party's written consent. Notices must be in writing and sent to the contacts in A6.

11.2 The Agreement is the entire agreement between the parties about the Service and replaces any prior proposals.
"""
meta("e02", "h851e02_elevator_maintenance_fsm_saas_order_form_stendal_vendor.md", "en", "cloud",
     dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=None, liability_cap_pct=200,
          final_payment_on_acceptance=None, contract_kind="service"),
     dict(sla_clause=False, ld_stated=False, contract_value=740000), ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])

SRC["e03"] = """T:PURCHASE CONTRACT FOR KILN AND MILL CONDITION MONITORING SYSTEM
P:Contract No. YSBM-EQ-2027-042
P:Buyer: Jiangxi Yunshan Building Materials Co., Ltd., Yunshan Industrial Park, Jiujiang, Jiangxi Province, People's Republic of China.
P:Supplier: Thueringer Messtechnik GmbH, Gotha, Germany, acting together with its wholly owned subsidiary in Shanghai for delivery, installation and local support in China.
P:The Buyer operates two clinker kiln lines with raw mills, coal mills and cement mills. The Buyer wishes to install wireless condition monitoring on the rotating equipment of these lines and has selected the Supplier after a competitive tender. This Contract is issued on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and edge servers listed in Clause 3.
P:1.2 "Licence" means the perpetual licence to the Supplier's KilnSense monitoring software listed in Clause 3.
P:1.3 "System" means the Equipment and the Licence installed, configured and integrated at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, configure and commission the System on 160 measuring positions of the kilns, fans, mills, separators and gearboxes of both lines, as set out in the technical specification in Annex 1.
P:2.2 The Supplier shall configure alarm limits for each measuring position, build dashboards for the central control room and the maintenance department, and connect the System to the Buyer's distributed control system in read-only mode and to the Buyer's maintenance management system, so that an alarm creates a maintenance notification automatically.
P:2.3 The Supplier shall train the Buyer's maintenance engineers in vibration analysis with the System and in the replacement of sensors and batteries.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,800,000, inclusive of VAT, packing, transport to site and insurance, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor|320|2,150|688,000
TB:2|Wireless temperature sensor|96|1,480|142,080
TB:3|Industrial wireless gateway|24|9,800|235,200
TB:4|Edge server|2|86,000|172,000
TB:5|KilnSense monitoring software, perpetual licence, 500 points|1|398,000|398,000
TB:|Hardware and Licence Subtotal|||1,635,280
TB:6|Installation, configuration and commissioning|1|146,720|146,720
TB:7|Training|1|18,000|18,000
TB:|Contract Price|||1,800,000
P:3.2 The Contract Price is fixed and includes all work and materials necessary for a complete and functioning System.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 180,000) within 30 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:4.2 55% of the Contract Price (CNY 990,000) within 30 days after all Equipment has been delivered to site and the Delivery Certificate has been signed. The Delivery Certificate confirms quantities and visible condition only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 630,000) within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's plant within 75 days after signature and complete installation within a further 45 days. Installation on kilns and mills shall be carried out during the shutdown windows notified by the Buyer.
P:5.2 The Supplier's personnel shall follow the Buyer's site safety rules, including permits for work at height and hot work, and shall wear the protective equipment required in the plant.
P:5.3 With the Equipment the Supplier shall deliver installation drawings, a list of all measuring positions with sensor serial numbers, calibration certificates for every sensor, operating and maintenance manuals in Chinese and English, and the recommended list of spare parts with prices valid for three years.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall carry out site acceptance tests in the presence of the Buyer: every measuring position transmits data at the specified interval; vibration values measured by the System deviate by no more than 5% from reference measurements taken with a calibrated portable analyser on twenty selected positions; alarms are shown in the control room and create notifications in the maintenance management system within 60 seconds; and gateway battery life is confirmed by the manufacturer's data.
P:6.2 After successful site tests the System shall run for 60 days. During this trial run no Severity 1 incident may occur and no more than three measuring positions may fail to deliver data on any day.
P:6.3 When all tests and the trial run have been passed, the Buyer shall sign the Final Acceptance certificate within ten days. Delivery, installation, use of the System in production or any payment does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail before their stated life, and shall provide software updates and new versions of the Licence free of charge.
P:7.2 Replaced parts shall be new and of at least the same specification. The warranty period of a replaced part restarts on its replacement.
H:8. Support and Service Levels
P:8.1 Severity 1 means that the System stops collecting or displaying data for a whole kiln line, or that alarms are no longer transmitted. Severity 2 means that individual positions or functions fail.
P:8.2 During the warranty period the Supplier shall respond to a Severity 1 incident within 30 minutes, arrive on site within 24 hours if remote restoration fails, and restore the System within 48 hours. Severity 2 incidents shall be answered within 8 hours and resolved within five working days.
P:8.3 For each hour by which a response or restoration time for a Severity 1 incident is exceeded, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due to the Supplier.
H:9. Post-Warranty Support
P:9.1 After the warranty period the Buyer may order annual support at a fee not exceeding 7% of the Hardware and Licence Subtotal per year, that is CNY 114,469.60. The fee is fixed for the first two years after the warranty period and may afterwards be increased only by written agreement.
P:9.2 Annual support is ordered by purchase order for each year and does not renew automatically. The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
H:10. Intellectual Property
P:10.1 The Supplier retains the intellectual property in the KilnSense software and in the firmware of the Equipment, which are licensed to the Buyer perpetually.
P:10.2 The alarm configurations, dashboards, interface programs and analysis templates created for the Buyer under this Contract belong to the Buyer, who may use, modify and license them without restriction. The Supplier shall hand over their source files at Final Acceptance.
H:11. Data Security
P:11.1 All measurement data, alarms, reports and plant information in the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not use them for any other purpose, including anonymised analysis or product development.
P:11.2 The System shall be installed in the Buyer's plant network. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's jump server with logging. No data shall be transferred to servers outside the Buyer's plant.
P:11.3 The Supplier shall notify the Buyer of any security incident affecting the System within 12 hours and shall take all necessary measures to contain it. The Supplier is responsible for all losses caused by a security incident resulting from its breach of this Clause.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production data and prices received under this Contract and shall disclose it only to its personnel who need it for this Contract.
P:12.2 This obligation survives termination of this Contract for five years.
H:13. Delay Damages
P:13.1 If the Supplier fails to meet a date in Clause 5.1 or the Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:14. Liability
P:14.1 The Supplier's total liability under this Contract shall not exceed 150% of the Contract Price. This limit does not apply to personal injury, damage to property caused by the Supplier's personnel on site, wilful misconduct or breach of Clauses 11 and 12.
H:15. Subcontracting
P:15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's Shanghai subsidiary named above is approved by signature of this Contract. The Supplier is responsible for its subcontractors.
H:16. Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages reach their maximum.
P:16.2 On termination the Supplier shall refund the amounts paid for parts of the System not accepted, and compensate the Buyer's losses.
H:17. Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:18. Final Provisions
P:18.1 This Contract is made in English and Chinese; both versions are equally authentic. Annex 1 (technical specification) and Annex 2 (measuring position list) form part of this Contract.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""
meta("e03", "h851e03_cement_kiln_condition_monitoring_sensors_gotha_vendor.docx", "en", "hardware",
     dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10, warranty_months=36,
          post_warranty_fee_pct=7),
     dict(post_warranty_fee_capped=True, contract_value=1800000), [], tco=(1635280, 114469.6))

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement No. VITS-TJ-2027-003

**Customer:** Tianjin Binhai Precision Auto Parts Co., Ltd., Tianjin Economic-Technological Development Area, Tianjin, People's Republic of China.

**Provider:** Vogtland IT Services GmbH, Bahnhofstrasse, 08523 Plauen, Germany, performing the Services in China through its branch office in Tianjin.

Customer manufactures brake and steering components in three plants in Tianjin and Langfang. Customer wishes to outsource the operation of its end-user workplace, plant servers and networks to Provider for a term of 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2; "Service Credits" means the credits set out there.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Transition" means the takeover of the Services from Customer's internal IT team and its current service provider, as described in Section 3.

1.5 "Customer Data" means all data of Customer, its employees and its customers that Provider receives or can access in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services start on the Service Commencement Date, planned for 1 April 2027, and continue for 36 months.

2.2 This Agreement does not renew automatically. Not later than six months before its end, the parties will discuss a possible extension; any extension requires a written amendment, including any change of Charges.

## 3. Transition

3.1 Provider shall take over the Services in a transition of eight weeks before the Service Commencement Date. During Transition, Provider shall document the current infrastructure, take over the asset inventory and the open tickets, set up its monitoring tools, and shadow Customer's team.

3.2 Transition acceptance criteria: the configuration management database covers all devices listed in Schedule 1 and has been checked by Customer on a sample of fifty devices; monitoring covers all servers and network devices; runbooks exist for all critical applications; the service desk has handled tickets for ten working days in parallel with Customer's team without a missed P1 response time; and the exit plan under Section 12 has been delivered. When the criteria are met, Customer signs a Transition Acceptance certificate.

3.3 If Transition Acceptance is not achieved by the planned Service Commencement Date for reasons attributable to Provider, Provider shall pay delay damages of CNY 3,000 per day until Transition Acceptance, up to CNY 180,000.

## 4. Services and Service Levels

4.1 Provider shall provide the Services in accordance with Schedule 1 and achieve the Service Levels in Schedule 2.

4.2 If a Service Level is missed, Provider shall credit Customer the Service Credits set out in Schedule 2 on the next invoice and present a remediation plan within ten working days. Service Credits do not limit Customer's other rights.

4.3 Provider shall deliver a monthly service report showing performance against each Service Level, major incidents, capacity trends and open risks, and shall attend a monthly service review meeting with Customer.

## 5. Personnel

5.1 Provider shall assign a named service delivery manager and maintain at least two on-site engineers in each plant during production hours. Key personnel shall not be replaced without Customer's prior consent, which shall not be unreasonably withheld.

5.2 Provider's personnel shall comply with Customer's plant rules, including safety, quality and clean area rules.

5.3 Provider shall maintain a documented training plan for its engineers on Customer's systems and shall ensure that each plant is covered by engineers who know its local applications, machines and shift patterns. Provider shall provide Customer with a list of all personnel with access to Customer's systems and update it within two working days after any change.

5.4 Provider shall take over the employees of Customer's current service provider who work on Customer's site only if both the employee and Provider agree; Customer is not responsible for any employment claims of Provider's personnel.

## 6. Charges and Payment

6.1 Customer shall pay the Charges set out in Schedule 3. The Monthly Service Charge is fixed for the term.

6.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears after the month in which the Services were provided. Invoices are payable within 45 days after receipt.

6.3 Additional services outside Schedule 1 are charged only if ordered in writing by Customer at the day rates in Schedule 3. Provider shall submit a written estimate before starting any additional work, and shall not exceed the estimate without Customer's approval.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of this Agreement, Provider shall return all Customer Data in its possession to Customer.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including Customer's drawings, process parameters, customer programmes and prices, and shall not disclose it to any third party without prior written consent.

8.2 Provider shall ensure that its personnel are bound by written confidentiality obligations. The obligations in this Section survive for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 Provider retains its pre-existing tools, methods and monitoring software.

9.2 The runbooks, scripts, configuration documentation and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including for a successor provider.

## 10. Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the Charges paid by Customer in the nine months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss or loss of profit. Nothing in this Agreement limits liability for death or personal injury caused by negligence or for fraud.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any subcontractor.

## 12. Termination and Exit

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after written notice, or if Provider misses the same P1 Service Level in three consecutive months.

12.2 Either party may terminate this Agreement if the other party becomes insolvent.

12.3 On expiry or termination, Provider shall support the transfer of the Services to Customer or a successor provider for up to three months under the exit plan, at the day rates in Schedule 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

## 14. General

14.1 Schedules 1 to 3 form part of this Agreement. Amendments must be in writing and signed by both parties.

For Customer: ____________________ For Provider: ____________________

## Schedule 1 — Services and Scope

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English, phone, e-mail and portal, about 1,450 users | 24 x 7 |
| End-user workplace | 1,320 PCs and notebooks, 260 plant terminals, printers, mobile devices; imaging, patching, moves | Plant production hours |
| Server and storage operations | 86 virtual and 14 physical servers, two storage arrays, backup | 24 x 7 monitoring |
| Network operations | LAN and Wi-Fi in three plants, 38 switches, 210 access points, two firewalls, WAN links | 24 x 7 monitoring |
| Application support | First-level support for ERP, MES and quality systems; coordination with vendors | Production hours |
| Asset and licence management | Inventory, lifecycle planning, licence compliance reports | Business hours |

## Schedule 2 — Service Levels and Service Credits

| Service Level | Target | Service Credit |
|---|---|---|
| Availability of plant servers and core network | 99.95% per month | 1% of the Monthly Service Charge for each 0.01 percentage point below target, up to 20% |
| P1 incident response (production stopped or plant network down) | 15 minutes, 24 x 7 | CNY 2,000 per hour of delay |
| P1 incident restoration | 6 hours | CNY 3,000 per hour of delay |
| P2 incident response / restoration | 1 hour / 8 hours | CNY 500 per hour of delay |
| Service desk call answer | 90% within 30 seconds | 1% of the Monthly Service Charge |
| Customer satisfaction | average score of 4.2 out of 5 | Remediation plan |

## Schedule 3 — Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition Fee (one-time) | 126,000 | After Transition Acceptance |
| Monthly Service Charge | 96,500 per month | Monthly in arrears |
| Monthly Service Charges for 36 months | 3,474,000 | — |
| Total Contract Value | 3,600,000 | — |
| Additional services | Engineer CNY 3,200 per day; senior consultant CNY 5,600 per day | As ordered |
"""
meta("e04", "h851e04_auto_parts_managed_workplace_services_plauen_vendor.md", "en", "services",
     dict(availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
          ld_rate_per_day_pct=3000 / 3600000 * 100, liability_cap_pct=9 / 36 * 100, final_payment_on_acceptance=None,
          contract_kind="service"),
     dict(contract_value=3600000), ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"])

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
SUBSTANCE REGULATORY DATA API

Agreement No. RDS-2027-CN-017

PARTIES

Rennsteig Data Services GmbH, Suhl, Germany, registered with the commercial register of the local court of Jena ("Provider").

Zhejiang Lanhai Fine Chemicals Co., Ltd., Shangyu Economic and Technological Development Zone, Shaoxing, Zhejiang Province, People's Republic of China ("Customer").

BACKGROUND

Customer exports dyes, pigments and intermediates to the European Union, the United Kingdom and other markets and must check the regulatory status of the substances in its products and raw materials. Provider maintains a database of chemical substances with their registration, classification, restriction and authorisation status and offers access to it through an application programming interface (API). Customer wishes to connect the API to its product stewardship and order systems.

1. DEFINITIONS

1.1 "Licensed Data" means the substance records, regulatory lists, classifications and related content provided through the API or the web portal.

1.2 "Customer Data" means the product formulations, substance lists, supplier declarations, queries and other data that Customer sends to or stores in the Service.

1.3 "Service" means the API, the web portal and the update notifications described in Clause 2.

1.4 "Subscription Year" means each period of 365 days starting on the Start Date and its anniversary.

2. SERVICE

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the Licensed Data through the API and the web portal and to use it within Customer's group companies in China for regulatory compliance, product safety documentation and customer enquiries.

2.2 The subscription includes up to 400,000 API calls per Subscription Year, 40 portal users, daily updates of the regulatory lists and e-mail notifications when the status of a substance on Customer's watch list changes.

2.3 Customer may include Licensed Data in safety data sheets, product compliance declarations and customer answers issued in its own name. Customer shall not resell, sublicense or publish the Licensed Data as a database or make it available to third parties for their own use.

3. ONBOARDING

3.1 Provider shall develop a connector between the API and Customer's product stewardship system, map Customer's internal substance identifiers to the identifiers used in the Licensed Data for about 3,600 substances, set up the watch list, and train Customer's regulatory team.

3.2 Onboarding shall be completed within 50 days after the Start Date. Onboarding acceptance criteria: the connector returns correct results for a test set of 300 substances agreed with Customer; the identifier mapping has been checked by Customer on a sample of 200 substances without errors; watch-list notifications are received for test changes; and average API response time is below 800 milliseconds over five working days. When the criteria are met, Customer signs an onboarding acceptance note.

3.3 If onboarding is not accepted within the period in Clause 3.2 for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay, up to CNY 36,000.

4. SUBSCRIPTION TERM

4.1 The Subscription Term starts on the Start Date, which is the date on which Provider issues the API credentials, and consists of two Subscription Years.

4.2 This Agreement ends at the end of the second Subscription Year. A renewal requires a new written agreement; there is no automatic renewal.

5. FEES

5.1 The fees are:
(a) subscription fee: CNY 418,000 per Subscription Year, CNY 836,000 for the Subscription Term;
(b) onboarding fee (one-time): CNY 64,000.
The total contract value is CNY 900,000, including VAT.

5.2 Additional API calls above the included volume are charged at CNY 0.08 per call and are invoiced quarterly in arrears.

6. INVOICING AND PAYMENT

6.1 On signature of this Agreement Provider shall invoice the onboarding fee and the subscription fee for the first Subscription Year, together CNY 482,000. Customer shall pay this invoice within 15 days. Provider issues the API credentials after receipt of payment.

6.2 The subscription fee for the second Subscription Year is invoiced 30 days before the start of that Subscription Year and is payable before it begins.

6.3 Fees are fixed for the Subscription Term.

7. SERVICE LEVELS

7.1 Provider shall make the API available at least 99.5% of the time in each calendar month, excluding planned maintenance announced at least five days in advance and carried out on weekends.

7.2 Incidents are classified by Customer. Priority 1 means that the API or the portal cannot be used at all. Provider shall respond to a Priority 1 incident within 1 hour at any time and restore the Service within 6 hours. Priority 2 incidents are answered within 8 business hours.

7.3 If monthly availability falls below the target, Provider shall grant a service credit of 5% of the monthly share of the subscription fee for each full 0.5 percentage point below the target, up to 50% of that monthly share. If a Priority 1 restoration exceeds 6 hours, Provider shall grant an additional credit of CNY 1,000 for each further hour. Credits are set off against the next invoice or refunded at the end of the term.

8. DATA ACCURACY

8.1 Provider compiles the Licensed Data from official sources with due care and updates the regulatory lists within two working days after official publication. Provider shall correct errors reported by Customer within five working days.

8.2 Customer remains responsible for its own regulatory decisions. Provider is liable for damage caused by incorrect Licensed Data only under Clause 12.

8.3 Provider shall publish a change log of the regulatory lists in the web portal and keep the previous versions of each substance record available for at least three years, so that Customer can show which status applied on a given date.

8.4 Provider shall give Customer at least 90 days' notice before changing the API in a way that is not backward compatible, and shall keep the previous API version available during that period. Provider shall support Customer in adapting the connector to such a change free of charge.

9. CUSTOMER DATA AND SECURITY

9.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including in aggregated or anonymised form, or for improving its database.

9.2 Customer Data is stored on servers located in mainland China operated by Provider's hosting provider named in Clause 11 and is not transferred abroad. Provider shall maintain ISO 27001 certification, encrypt Customer Data in transit and at rest, restrict and log access, and carry out annual penetration tests.

9.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take all necessary measures to contain it and shall be responsible for the losses resulting from an incident caused by Provider or its hosting provider.

9.4 After the end of the Subscription Term Provider shall provide Customer Data for export in CSV format for 30 days and then delete it and confirm the deletion in writing.

10. INTELLECTUAL PROPERTY

10.1 Provider retains all rights in the Licensed Data, the database and the API.

10.2 The connector and the identifier mapping developed for Customer under Clause 3 belong to Customer. Customer may use, modify and license them freely, also after the end of this Agreement. Provider shall deliver the connector's source code with the onboarding acceptance note.

11. SUBCONTRACTING

11.1 Provider shall not subcontract any part of the Service without Customer's prior written consent, except for hosting by Shanghai Yunqi Data Technology Co., Ltd., which Customer approves by signing this Agreement. Provider is responsible for any subcontractor as for itself.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to breach of Clause 9, wilful misconduct, gross negligence or personal injury.

12.2 Neither party is liable for indirect loss or loss of profit, except where the limit does not apply.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

13.2 If Customer terminates for Provider's breach, Provider shall refund the fees paid for the remaining part of the current Subscription Year and, if onboarding has not been accepted, the onboarding fee.

13.3 Provider may suspend access if an undisputed invoice remains unpaid 30 days after its due date and Customer does not pay within ten days after a written reminder.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

15. GENERAL

15.1 Amendments must be in writing and signed by both parties. Notices are sent to the addresses above. Operational notices, such as maintenance announcements and incident reports, may be sent by e-mail to the contacts named by each party in writing.

15.2 This Agreement is made in English. Customer may prepare a Chinese translation for internal use; the English text prevails.

SIGNATURES

For Provider: ____________________ For Customer: ____________________
"""
meta("e05", "h851e05_chemical_regulatory_data_api_subscription_suhl_vendor.txt", "en", "cloud",
     dict(availability_pct=99.5, p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=600 / 900000 * 100,
          liability_cap_pct=150, prepayment_pct=482000 / 900000 * 100, final_payment_on_acceptance=None,
          contract_kind="service"),
     dict(contract_value=900000), ["CR-CONFIDENTIALITY", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"])

# ---------------------------------------------------------------------------------------------------------------
# Checks

RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
         "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
         "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
         "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}  # others medium

HORIZON = 5


def tco_share(m):
    """Post-warranty fee share of the 5-year TCO (policy §4): None when not computable or not applicable."""
    t, e = m["terms"], m["extra"]
    if t["contract_kind"] != "goods_or_licence" or not m["tco"] or t["warranty_months"] is None:
        return None
    base, fee = m["tco"]
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01, (base, fee)
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = fee * years
    return post / (e["contract_value"] + post) * 100


def derive(m):
    """My reading of policy §3, applied to the label."""
    t, e = m["terms"], m["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"]) or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or m["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(m)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.,])99\.90*(?!\d)",                        # 99.9 (availability)
    r"百分之九十九点九(?![一-九])",
    r"(?<![\d.,])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h(?![a-z])|个?\s*小时)",  # 4 hours
    r"(?<!ty-)(?<!ty)(?<!ty\s)four\s*-?\s*hours?",
    r"(?<![十\d])四\s*个?\s*小时",
    r"(?<![\d.,])0\.050*" + PCT,                        # 0.05 % per day
    r"万分之五(?![十点\d])",
    r"(?<![\d.,])0\.50*\s*‰",
    r"(?<![\d.,])100(?:\.0+)?" + PCT,                   # 100 % cap
    r"百分之(?:一)?百",
    r"(?<![\d.,])30(?:\.0+)?" + PCT,                    # 30 % prepayment
    r"百分之三十(?![一二三四五六七八九点])",
    r"thirty" + PCT,
    r"(?<![\d.,])15(?:\.0+)?" + PCT,                    # 15 % post-warranty fee
    r"百分之十五(?![点\d])",
    r"fifteen" + PCT,
    r"(?<![\d.,])40(?:\.0+)?" + PCT,                    # 40 % TCO share
    r"百分之四十(?![一二三四五六七八九点])",
    r"forty" + PCT,
    r"(?<![\d.,])12\s*-?\s*(?:months?|个\s*月)",          # 12 months warranty
    r"(?<![\d十])十二\s*个\s*月",
    r"twelve\s*-?\s*months?",
    r"(?<![a-z])one\s*-?\s*years?(?![a-z])",
    r"(?<![\d.,])1\s*-?\s*years?(?![a-z])",
    r"(?<![第每十一])一\s*年(?![度级])",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4小时", "4 个小时", "四小时", "within four hours", "0.05%",
            "0.050 per cent", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "15%",
            "百分之十五", "40%", "12 months", "12-month", "12个月", "十二个月", "twelve months", "one year", "1 year",
            "质保期一年", "thirty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "twenty-four hours", "2027年12月31日", "130%",
             "300%", "0.055%", "0.5%", "万分之五十", "百分之三十五", "115%", "1,100%", "14 hours", "24 months",
             "二十四个月", "第一年", "一年度", "one Subscription Year", "0.08%", "45%", "35%", "1,450 users"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


SUMS = {  # key -> (parts of the contract value, payment instalments before / at acceptance or None)
    "z01": ([1160000, 684000, 118000, 96000], [411600, 926100, 720300]),
    "z02": ([435000, 184800, 76800, 55200, 268000, 162000, 74600, 13600], [254000, 444500, 571500]),
    "z03": ([30 * 9600 * 2, 36000 * 2, 58000], None),
    "z04": ([218000, 264000, 68000, 36000], None),
    "z05": ([178000, 42000, 18000], [154700, 83300]),
    "e01": ([560000, 380000, 25 * 12000, 286000, 74000, 32000], [326400, 734400, 571200]),
    "e02": ([220 * 1380 * 2, 48000 * 2, 36800], None),
    "e03": ([320 * 2150, 96 * 1480, 24 * 9800, 2 * 86000, 398000, 146720, 18000], [180000, 990000, 630000]),
    "e04": ([96500 * 36, 126000], None),
    "e05": ([418000 * 2, 64000], None),
}
SUBTOTALS = {"z02": 1019800, "e01": 1240000, "e03": 1635280}


def check_sums():
    for k, (parts, pays) in SUMS.items():
        v = META[k]["extra"]["contract_value"]
        assert sum(parts) == v, (k, sum(parts), v)
        if pays:
            assert sum(pays) == v, (k, pays)
            pre = META[k]["terms"]["prepayment_pct"]
            assert pre is None or abs(pays[0] / v * 100 - pre) < 1e-9, (k, pre)
    assert sum(SUMS["z02"][0][:5]) == SUBTOTALS["z02"] == META["z02"]["tco"][0]
    assert sum(SUMS["e01"][0][:3]) == SUBTOTALS["e01"] == META["e01"]["tco"][0]
    assert sum(SUMS["e03"][0][:5]) == SUBTOTALS["e03"] == META["e03"]["tco"][0]
    assert 418000 + 64000 == 482000 and abs(META["e05"]["terms"]["prepayment_pct"] - 482000 / 900000 * 100) < 1e-9


def label(key, m, rules):
    return {"file": m["file"], "language": m["language"], "category": m["category"], "expected_terms": m["terms"],
            "expected_extra": m["extra"], "expected_rules": rules}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    bin_targets = {k: (m["file"], m["file"].rsplit(".", 1)[1]) for k, m in META.items()
                   if m["file"].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    for k, m in META.items():
        if k not in bin_targets:
            (OUT / m["file"]).write_text(SRC[k], encoding="utf-8")
            print("wrote", m["file"])
    covered = set()
    for k, m in META.items():
        assert m["file"].startswith("h851" + k + "_"), m["file"]
        rules = derive(m)
        assert rules == m["design"], (k, rules, m["design"])
        covered.update(rules)
        for f, th in THRESHOLDS.items():
            v = m["terms"][f]
            assert v is None or abs(v - th) > 1e-9, (k, f, v)
        share = tco_share(m)
        assert share is None or abs(share - 40) > 2, (k, share)
        text = read_back(OUT / m["file"])
        variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
        for v in variants:
            hit = THRESHOLD_RE.search(v)
            assert not hit, (k, hit.group(0), v[max(0, hit.start() - 40):hit.end() + 40])
        if m["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "words", n)
        lab = label(k, m, rules)
        (OUT / (m["file"].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                                    encoding="utf-8")
        print("%s %-70s %5d %-6s %s%s" % (k, m["file"], n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                          "" if share is None else "  TCO share %.1f%%" % share))
    missing = set(RULES) - covered
    assert not missing, missing
    print("all 20 rules covered; risks:", {k: risk(derive(m)) for k, m in META.items()})
