"""holdout831: builds the ten drafts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py), writes the .json
labels and asserts lengths, threshold hygiene, design rules and rule coverage. Run:
/work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}      # key -> (file name, format, source text; markup for docx/pdf)
LABEL = {}    # key -> (language, category, terms, extra)
DESIGN = {}   # key -> dict(rules=[...], forum_outside=bool, tco=(base, warranty_years, fee_pct) | None)

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


def X(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d

# ---------------------------------------------------------------- z01 (pdf, compliant)
Z01 = """T:朱鹮栖息地监测平台采购合同
P:合同编号：LYJ-ZFCG-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：汉中市林业局
P:乙方（供应商）：陕西秦岭生境信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就朱鹮栖息地监测平台的软件许可及定制开发事宜订立本合同。本合同采用甲方合同文本，招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供朱鹮栖息地监测平台软件（含数据中心、专题图层、监测数据管理模块）的永久使用许可，部署于甲方政务云资源。
P:1.2 乙方按甲方需求完成定制开发：巢址与夜宿地识别模型、巡护人员移动巡护应用、红外相机与水质监测站数据对接接口、栖息地变化分析报表及领导驾驶舱。
P:1.3 乙方负责平台部署、历史监测数据（2019年以来的巡护记录、红外影像及种群调查表）的整理入库，以及对甲方及各保护站人员的操作培训。
H:第二条 合同价款
P:2.1 合同总价为人民币1,656,000元（大写：壹佰陆拾伍万陆仟元整），其中：平台软件许可费860,000元；定制开发费642,000元；部署实施及数据入库费118,000元；培训费36,000元。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及质保期内的全部服务费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即331,200元。
P:3.2 平台部署完成并通过初验后15个工作日内，甲方支付合同总价的45%，即745,200元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即579,600元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方资金按财政国库集中支付程序拨付。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成平台部署及定制开发并提交初验申请；初验后进入为期60日的试运行。
P:4.2 因甲方原因或不可抗力造成延误的，工期相应顺延，但乙方应在知悉后2个工作日内书面告知甲方。
P:4.3 乙方应派驻具有同类项目经验的项目经理及不少于4名开发、实施人员，项目经理未经甲方同意不得更换。乙方每两周向甲方提交书面进度报告，说明完成情况、存在问题及下一阶段计划。
P:4.4 乙方应于合同签订后10个工作日内向甲方缴纳合同总价5%的履约保证金，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；巢址识别模型在甲方提供的1,200张标注影像测试集上识别准确率不低于92%；移动巡护应用在无信号区域可离线记录并在联网后自动补传；各监测站数据接入延迟不超过10分钟；并发200用户时常用查询响应时间不超过3秒。
P:5.2 最终验收标准：试运行期内无一级故障；历史数据入库与原始台账逐条核对一致；第三方安全测评机构出具的等级保护测评报告无高风险问题；乙方交付全部源代码、数据库设计文档、部署手册和用户手册。
P:5.3 验收由甲方组织专家按上述标准进行并出具书面验收报告。平台上线运行、甲方使用或支付款项均不视为验收合格。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及每季度一次的现场巡检。
P:6.2 质保期满后，如甲方需要，乙方提供年度运维服务，年度运维费不超过平台软件许可费的8%，即每年不超过68,800元，质保期满后三年内不上调。运维服务须另行签订合同，不自动续期。
P:6.3 培训包括系统管理员培训和保护站操作人员培训两类，总计不少于6场，乙方提供培训教材和视频，培训效果以甲方组织的操作考核为准。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级响应：一级故障（平台整体不可用或监测数据中断）30分钟内响应、2小时内恢复；二级故障2小时内响应、8小时内解决；三级故障1个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减服务费500元；月度可用率每低于承诺值0.01个百分点，扣减1,000元，从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，可在甲方及其下属保护站范围内使用。
P:8.2 为本项目定制开发的识别模型、移动应用、接口程序、报表及其源代码和文档，知识产权归甲方所有，甲方有权自行修改、使用或许可第三方使用。
P:8.3 乙方保证其交付物不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 监测数据、影像、巡护轨迹、物种分布信息及由此形成的分析结果均属于甲方所有。乙方仅为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》及网络安全等级保护要求，所有运维操作经甲方堡垒机进行并留存审计日志，不得将数据拷贝出甲方政务云环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚。
P:9.4 合同终止或运维服务结束时，乙方应将其掌握的全部甲方数据移交甲方，并删除其工作终端中的副本，出具书面删除确认。乙方人员应签署个人保密及数据安全承诺书，名单报甲方备案。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密及朱鹮巢址坐标等敏感信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 交付物未通过验收的，乙方应在15日内免费整改；二次验收仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
P:11.4 乙方违约金及赔偿不免除其继续履行合同和整改的义务；甲方可从履约保证金或应付款项中直接扣除违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作转包或分包，也不得转让本合同权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。
P:15.2 附件：需求规格说明书、分项报价表、验收测试方案、项目人员名单、数据安全承诺书。附件与正文不一致的，以正文为准。
P:甲方（盖章）：汉中市林业局　　　乙方（盖章）：陕西秦岭生境信息技术有限公司
P:签订日期：＿＿年＿＿月＿＿日
"""
SRC["z01"] = ("h831z01_ibis_habitat_monitoring_platform.pdf", "pdf", Z01)
LABEL["z01"] = ("zh", "software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False,
                  "PRC", "goods_or_licence"),
                X(True, True, True, False, 1656000))
DESIGN["z01"] = dict(rules=[], forum_outside=False, tco=(860000, 2, 8))

# ---------------------------------------------------------------- z02 (docx; POST-WARRANTY-FEE, TCO, SUBCONTRACT)
Z02 = """T:产线控制系统改造项目合同
P:合同编号：JS-SB-2027-006
P:甲方：慈溪洁丽刷业有限公司
P:乙方：宁波恒控自动化工程有限公司
P:甲方马桶刷生产车间现有注塑、植毛、修剪、装配包装八条产线的控制系统老化，故障频发。双方经协商，就产线控制系统改造（含设备供货、软件许可、程序定制及安装调试）订立本合同。
H:第一条 项目范围
P:1.1 乙方负责八条产线的控制系统改造：更换PLC控制柜、伺服驱动及电机、触摸屏，新增植毛及修剪工位视觉检测单元和产线数据采集网关，部署产线监控软件，实现产量、节拍、停机原因和次品率的实时采集与看板展示。
P:1.2 乙方负责旧控制柜拆除、布线改造、PLC及触摸屏程序编制、与甲方现有ERP系统的工单接口开发、联调及操作培训。
P:1.3 改造应分批进行，每次停线不超过两条，不得影响甲方其余产线正常生产。
H:第二条 合同价款
P:2.1 合同总价为人民币1,850,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控模块、I/O模块）|8套|68,000|544,000
TB:2|伺服驱动器及伺服电机|48套|7,500|360,000
TB:3|工业触摸屏（HMI）|8台|9,500|76,000
TB:4|视觉检测单元（相机、光源、工控机）|4套|86,000|344,000
TB:5|产线数据采集网关|8台|6,000|48,000
TB:6|产线监控软件许可（永久，8条产线）|1套|256,000|256,000
TB:|软硬件小计|||1,628,000
TB:7|拆除、布线改造及安装调试|1项|146,000|146,000
TB:8|PLC程序定制及ERP工单接口开发|1项|58,000|58,000
TB:9|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,850,000
P:2.2 上述价格为固定价格，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即185,000元。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，即647,500元。到货签收不代表质量验收。
P:3.3 八条产线全部通过最终验收后，甲方支付合同总价的50%，即925,000元。
P:3.4 剩余5%作为质量保证金，即92,500元，质保期满且无未决质量问题后15个工作日内无息支付。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后45日内将全部设备运抵甲方厂区，并于到货后60日内完成全部产线的改造和调试。
P:4.2 每条产线改造前，乙方应提交施工方案、停线计划和应急回退方案，经甲方生产部确认后实施。改造期间因乙方原因造成的停线延长，乙方应承担甲方的直接损失。
P:4.3 乙方现场施工人员应遵守甲方安全生产管理制度，持证上岗，乙方对其人员的人身安全负责。
P:4.4 乙方应指定一名项目经理常驻甲方现场，负责施工协调、进度汇报和安全管理，每周向甲方提交书面周报。未经甲方同意，乙方不得更换项目经理。
P:4.5 乙方应随设备提供原厂合格证、装箱单和检测报告，进口部件应提供报关单据。设备外观破损或型号不符的，甲方有权拒收。
H:第五条 验收
P:5.1 单线验收：每条产线改造完成后连续运行72小时，产线节拍达到设计值（注塑线每模不超过28秒，植毛线每分钟不少于45支），视觉检测对漏植、毛束歪斜的检出率不低于98%、误判率不高于1%，监控软件数据与人工抽查记录一致。
P:5.2 最终验收：八条产线全部通过单线验收后，整体试运行30日，期间无因控制系统原因造成的停线事故，ERP工单接口下发及报工准确无误，乙方交付电气图纸、PLC程序源文件、接口源代码及操作维护手册。
P:5.3 验收由甲方组织，双方签署书面验收报告。设备安装完成或甲方投入生产使用均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方对软硬件故障免费维修或更换，并免费提供软件升级。
P:6.2 质保期满后，乙方提供年度维保服务，包括定期巡检、备件更换、程序维护和软件升级。年度维保费按软硬件小计的26%计收，即每年423,280元，质保期满后三年内固定不变。
P:6.3 故障响应：造成停线的一级故障，乙方1小时内远程响应，8小时内到场处理；其他故障24小时内响应。乙方超时的，每超时1小时向甲方支付600元。
P:6.4 乙方应在甲方厂区常备关键备件（PLC主控模块、伺服驱动器、视觉相机各不少于2件），备件清单作为本合同附件，质保期内备件费用由乙方承担。
P:6.5 质保期内，乙方每季度对全部产线控制系统进行一次现场巡检，出具巡检报告，并对发现的隐患及时整改。
H:第七条 知识产权
P:7.1 产线监控软件的著作权归乙方所有，甲方获得永久使用许可。
P:7.2 为本项目编制的PLC程序、触摸屏画面、ERP接口程序及其源代码、电气图纸归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、配方及ERP工单数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。
P:8.2 乙方远程维护须经甲方信息部门逐次授权，通过甲方指定的VPN接入并留存操作日志；不得将甲方数据复制出厂区网络。发生数据泄露或篡改的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方承担。
P:8.3 数据采集网关及监控软件服务器部署于甲方厂区机房，不得接入乙方或任何第三方的云平台。乙方应在改造完成后关闭调试用的远程端口，并提交网络安全配置清单。
H:第九条 保密
P:9.1 乙方对知悉的甲方工艺参数、模具信息、客户及订单信息承担保密义务，未经甲方书面同意不得向第三方披露，合同终止后三年内继续有效。
H:第十条 分包
P:10.1 乙方可将旧控制柜拆除及车间布线工作分包给具备相应资质的第三方施工单位，但应在进场前3个工作日书面通知甲方，并对分包单位的施工质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 设备或软件不符合合同约定的，乙方应在7日内更换或整改，仍不符合的，甲方有权退货并解除合同。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:11.4 因乙方施工不当造成甲方模具、设备损坏或产品批量报废的，乙方应按实际损失赔偿。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明；双方根据影响程度协商延期履行或部分免除责任。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:15.2 附件：设备技术规格书、产线改造施工方案、备件清单、验收测试记录表。附件为本合同不可分割的组成部分。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
"""
SRC["z02"] = ("h831z02_toilet_brush_line_control_retrofit.docx", "docx", Z02)
LABEL["z02"] = ("zh", "hardware",
                T(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 26, False, True, True,
                  "PRC", "goods_or_licence"),
                X(True, True, True, False, 1850000))
DESIGN["z02"] = dict(rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], forum_outside=False,
                     tco=(1628000, 1.5, 26))

# ---------------------------------------------------------------- z03 (txt; SLA-AVAILABILITY, DATA-OWNERSHIP, AUTO-RENEWAL)
Z03 = """门店预约及会员管理系统服务合同

合同编号：QY-IT-2027-011

甲方：成都清韵箜篌艺术培训有限公司
乙方：杭州约课云网络科技有限公司

甲方在成都、重庆、西安等地经营35家箜篌培训门店。为统一课程预约、会员储值与课消管理，甲方拟采用乙方的“约课云”门店预约及会员管理系统（SaaS）并委托乙方实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店提供约课云系统的在线使用服务，包括课程排课、学员预约、教室及乐器预订、会员储值卡、课消核销、教师课时统计、家长端微信小程序和经营报表。
2. 甲方可开通总部管理账号10个、门店账号不超过200个；新增门店按本合同单价另行计费。
（二）实施服务
1. 乙方负责系统初始化配置、35家门店的课程与教室基础数据搭建、甲方现有会员及储值余额数据的迁移，以及家长端小程序按甲方品牌风格的页面定制。
2. 乙方为甲方总部及各门店店长、前台人员提供线上及现场培训，其中成都总部现场培训不少于3场。

二、服务期限
（一）本合同服务期为两个服务年度，自系统上线验收合格之日起计算，第一服务年度和第二服务年度各自起算日以上线验收日的对应日为准。
（二）服务期届满前30日，任何一方未书面提出不再续约的，本合同自动续展一个服务年度，并可依此类推。续展期服务费由乙方根据市场情况及产品功能调整后另行通知甲方，甲方未在续展前书面提出异议的，按乙方通知的价格执行。

三、费用及支付
（一）费用构成
1. 订阅服务费：每家门店每服务年度9,600元，35家门店每服务年度合计336,000元，两个服务年度合计672,000元。
2. 实施服务费：一次性86,000元。
3. 合同总价：758,000元（含6%增值税）。
（二）支付方式
1. 实施服务费在系统上线验收合格后15个工作日内一次性支付。
2. 订阅服务费按季度支付，每季度84,000元，甲方于每季度首月10日前支付当季费用。
3. 乙方应在收款前开具合法有效的增值税专用发票。
（三）费用调整
1. 服务期内甲方新增门店的，按每家门店每服务年度9,600元计收，按剩余服务月数折算；关闭门店的，自次一季度起相应减少服务费。
2. 除前述情形外，服务期内订阅服务费不作调整。

四、实施与验收
（一）乙方应于合同签订后40日内完成全部实施工作并提交上线验收申请。
（二）上线验收标准：
1. 合同约定的全部功能可正常使用；
2. 迁移的会员人数、储值余额及剩余课时与甲方原系统导出数据逐条核对一致；
3. 家长端小程序在并发500人预约时，预约提交响应时间不超过2秒；
4. 试运行10日内无一级故障。
（三）乙方应在实施开始前提交实施方案，载明门店分批上线计划、数据迁移步骤、切换当日的应急方案和回退措施。切换应安排在门店非营业时段进行，迁移过程中不得造成学员储值余额或剩余课时的丢失。
（四）验收由甲方组织并签署书面验收单。乙方开通账号或甲方开始使用均不视为验收合格。
（五）乙方逾期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在每日23:00至次日7:00之间并提前2日通知甲方。
（二）故障响应：一级故障（系统整体无法登录、无法预约或储值数据错误）30分钟内响应、2小时内恢复；二级故障（部分功能不可用）2小时内响应、1个工作日内解决；三级故障3个工作日内解决。
（三）服务赔偿：月度可用率每低于承诺值1个百分点，乙方按当月服务费的5%给予服务费抵扣；一级故障超时恢复的，每超时1小时抵扣当月服务费的1%。抵扣额在下一期服务费中扣减。
（四）客户支持：乙方提供7×24小时电话及在线客服，并为甲方指定专属客户成功经理，每月提交服务报告，内容包括可用率、故障处理情况、功能更新说明及使用建议。
（五）乙方进行版本升级的，应提前7日通知甲方并说明变更内容；升级不得降低本合同约定的功能和服务水平，涉及收费功能的，须经甲方书面同意方可开通。

六、数据
（一）甲方录入及系统生成的学员信息、家长联系方式、课程记录、储值及消费记录等业务数据归甲方所有。
（二）乙方有权在服务期内及服务期满后，将甲方数据进行去标识化处理后，用于乙方的行业分析报告、产品改进和算法训练，但不得披露可识别具体学员身份的信息。
（三）数据安全：乙方应将甲方数据存储于中国境内的云服务器，采取加密存储、访问权限控制、操作日志留存及每日备份等措施，系统通过网络安全等级保护三级测评。乙方发现数据泄露、篡改或丢失的，应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方因此承担的行政处罚及向学员支付的赔偿。
（四）服务期满或合同解除后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，之后删除其系统中的甲方数据。

七、知识产权
（一）约课云系统的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方定制的小程序页面、报表模板及品牌设计素材归甲方所有，甲方可自行修改、使用或委托他人使用。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。乙方应要求其接触甲方信息的员工签署保密承诺，并对员工的泄密行为承担责任。

九、分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十、违约与解除
（一）任何一方违反本合同约定的，应承担违约责任，赔偿对方因此遭受的损失。
（二）乙方严重违约，或连续两个月月度可用率低于承诺值的，甲方有权书面通知解除合同，乙方应退还未使用期间的服务费。
（三）合同解除时，乙方应继续提供不超过60日的过渡服务，并配合甲方完成数据导出和系统切换，过渡期服务费按原单价折算。
（四）甲方逾期支付服务费超过30日的，乙方有权暂停服务，但应提前5日书面通知甲方。

十一、双方的其他义务
（一）甲方应指定项目联系人，按乙方的实施计划及时提供门店、课程、教师及会员基础数据，并对数据的真实性负责。
（二）甲方应妥善保管账号密码，门店人员离职时及时停用其账号。因甲方账号管理不善造成的损失由甲方自行承担。
（三）乙方应保证系统符合《个人信息保护法》关于未成年人个人信息处理的要求，在家长端小程序中取得监护人同意，并提供信息查询、更正和删除功能。

十二、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失；公有云基础设施故障不属于乙方免责的不可抗力。

十三、适用法律与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一《功能清单》、附件二《门店清单》、附件三《数据迁移方案》为本合同的组成部分，与正文具有同等效力。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　　日期：
"""
SRC["z03"] = ("h831z03_harp_school_booking_saas.txt", "txt", Z03)
LABEL["z03"] = ("zh", "cloud",
                T(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                  False, "PRC", "service"),
                X(True, True, None, False, 758000))
DESIGN["z03"] = dict(rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], forum_outside=False,
                     tco=None)

# ---------------------------------------------------------------- z04 (txt; LD-LOW, LIABILITY-CAP)
Z04 = """渡船运营安全监控系统年度运维服务合同

项目编号：JTJ-CS-2027-004（竞争性磋商）
甲方（采购人）：宜昌市交通运输局
乙方（成交供应商）：湖北江安智航信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件及乙方响应文件，甲乙双方就渡船运营安全监控系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象为甲方渡船运营安全监控系统，包括：辖区58艘渡船的船载视频终端、AIS及北斗定位终端、载客人数智能识别设备，26个渡口码头的视频监控点和电子围栏，监控中心平台软件、数据库、服务器、存储及网络设备。
（二）服务内容包括：日常监测与巡检、故障维修、平台软件缺陷修复及小版本升级、数据备份与恢复演练、汛期及节假日保障、用户培训和运维报告。
（三）船载及码头设备的配件费用（单件价值在2,000元以下）已包含在服务费中；单件价值超过2,000元的，乙方报价并经甲方书面确认后另行结算。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期满后，甲方将依法重新组织采购，本合同不自动续期。

第三条 服务费用及支付
（一）本合同总价为人民币486,000元（含税），为固定总价，包括人工、交通、船上作业保险、配件（第一条第（三）项约定除外）、工具及税费。
（二）服务费按季度支付，每季度121,500元。每季度结束后，甲方根据第七条考核结果在15个工作日内支付当季服务费，考核扣减金额从当季服务费中扣除。
（三）本合同不设预付款。

第四条 服务启动与人员
（一）乙方应在服务期开始之日起10日内完成系统现状盘点，交付设备台账、网络拓扑及运维方案，经甲方确认后全面接管运维。
（二）乙方应配备不少于6名运维人员，其中驻场人员2名，在甲方监控中心工作日值守；汛期（每年6月至9月）及法定节假日实行24小时值守。项目负责人须具有三年以上同类系统运维经验。
（三）乙方人员登船作业应遵守海事及渡运安全规定，穿戴救生衣，服从船长指挥。
（四）乙方更换项目负责人或驻场人员的，应提前7日书面报甲方同意，接替人员的资历不得低于响应文件承诺。乙方人员不称职的，甲方有权要求更换，乙方应在5日内调整到位。

第五条 服务水平
（一）故障分级：一级故障指监控中心平台整体不可用、全部船舶定位或视频中断、超载报警失效；二级故障指单艘渡船视频或定位中断、单个码头监控点离线；三级故障指其他不影响监管的故障。
（二）响应及修复时限：一级故障30分钟内响应，2小时内到达现场或远程恢复，6小时内修复；二级故障1小时内响应，当日修复（渡船在航期间无法登船的，于靠泊后6小时内修复）；三级故障3个工作日内修复。
（三）监控中心平台月度可用率不低于99.95%。船载终端离线的，乙方应通过渡运企业核实原因，渡船靠泊后6小时内恢复在线，并在运维台账中逐次记录离线时长及原因。
（四）乙方每月5日前提交上月运维报告，每季度进行一次数据备份恢复演练并提交演练记录。
（五）巡检要求：监控中心平台及服务器每日巡检；码头监控点每月现场巡检一次；船载终端每季度登船检查一次，内容包括设备固定、供电、防水及摄像头遮挡情况，巡检记录经船方签字确认。
（六）汛期及节假日保障：乙方应在每年汛期前完成一次全面检查和应急演练，节假日前3日完成重点渡口设备检查，保障期间备足易损配件，并安排技术人员到重点渡口现场值守。

第六条 验收与考核
（一）服务启动验收：乙方完成接管后，甲方对设备台账、运维方案和人员配置进行核查，出具书面接管确认书。
（二）季度考核按磋商文件附件《运维服务考核细则》执行，考核内容包括故障响应及修复时限、平台可用率、终端恢复情况、巡检完成情况和报告质量，满分100分。
（三）服务期满，甲方根据四个季度考核结果及系统运行状况出具年度服务验收意见。

第七条 考核扣减
（一）一级故障每超时1小时，扣减服务费800元；二级故障每超时1小时，扣减300元。
（二）月度可用率每低于承诺值0.01个百分点，扣减当季服务费的0.5%；船载终端未按期恢复在线的，每艘次扣减200元。
（三）季度考核得分低于80分的，另扣减当季服务费的5%；连续两个季度低于70分的，甲方有权解除合同。

第八条 数据安全
（一）系统采集的船舶轨迹、视频影像、载客数据、报警记录等全部数据属于甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
（二）乙方应落实网络安全等级保护二级要求，运维操作须通过甲方堡垒机进行，不得擅自开通外网访问，不得私自复制或带离视频及数据。
（三）发生数据泄露、系统被入侵等安全事件的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，由乙方承担赔偿责任及相应法律责任。

第九条 保密
乙方及其人员对履约中知悉的甲方工作信息、系统口令、网络配置和监控数据负有保密义务，未经甲方书面同意不得对外披露。本条在合同终止后持续有效。

第十条 知识产权
乙方在服务中编制的运维文档、脚本、配置文件及报表模板归甲方所有。监控平台软件原有知识产权不因本合同发生变动。

第十一条 培训与交接
（一）乙方每半年为甲方及各渡口管理站人员组织一次系统操作和报警处置培训，提供培训记录。
（二）服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的新服务商移交设备台账、运维记录、系统口令、配置文件和未结故障清单，并配合完成交接，交接期间不得中断监控服务。

第十二条 分包
乙方不得将本合同服务转包或分包给第三方。

第十三条 违约责任
（一）乙方未按第四条第（一）项按期完成接管的，或未在甲方书面通知的期限内完成整改的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任（含违约金及考核扣减）以合同总价的60%为限，但因乙方故意或重大过失造成的损失除外。
（三）甲方逾期支付服务费的，应按逾期金额每日万分之三支付逾期付款违约金。

第十四条 合同解除
乙方严重违约，经甲方书面通知后7日内仍未改正的，或出现第七条第（三）项情形的，甲方有权解除合同，并按实际服务期结算服务费。乙方应配合完成第十一条约定的交接，因解除给甲方造成的重新采购费用及其他损失由乙方承担。

第十五条 甲方义务及不可抗力
（一）甲方应为乙方驻场人员提供必要的办公条件，协调渡运企业配合乙方登船作业，并及时提供系统原有技术资料。
（二）因洪水、封航等不可抗力导致无法登船或到达码头的，修复时限相应顺延，乙方应及时报告甲方并采取远程处置措施。

第十六条 适用法律与争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，由双方协商解决；协商不成的，向宜昌市西陵区人民法院提起诉讼。

第十七条 其他
（一）磋商文件、响应文件、成交通知书及《运维服务考核细则》为本合同组成部分，与本合同正文不一致的，以本合同正文为准。
（二）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：宜昌市交通运输局　　　　乙方（盖章）：湖北江安智航信息技术有限公司
签订日期：　　年　　月　　日
"""
SRC["z04"] = ("h831z04_ferry_safety_monitoring_om_service.txt", "txt", Z04)
LABEL["z04"] = ("zh", "services",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.02, 60, None, True, None, None, None, False, True,
                  False, "PRC", "service"),
                X(True, True, None, False, 486000))
DESIGN["z04"] = dict(rules=["CR-LD-LOW", "CR-LIABILITY-CAP"], forum_outside=False, tco=None)

# ---------------------------------------------------------------- z05 (md, supplier template, many problems)
Z05 = """# 软件许可及定制开发合同

**（织序软件标准合同文本 V3.0）**

合同编号：ZX-2027-0315

甲方（用户）：苏州绒語毛毡手作工作室

乙方（开发方）：苏州织序软件科技有限公司

甲方拟使用乙方“织序”手作工坊生产管理软件，用于毛毡作品从接单、打样、戳毡、湿毡、定型、质检到发货的工序跟踪。双方依据《中华人民共和国民法典》，在平等自愿的基础上，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供织序手作工坊生产管理软件标准版的永久使用许可（5个并发用户，单一工作室使用）。

1.2 乙方按甲方需求进行定制开发，包括：工序扫码报工模块、羊毛原料及辅料库存模块、定制订单打样进度看板、与甲方网店后台的订单同步接口。

1.3 乙方负责软件安装部署、基础数据初始化及一次集中培训。基础数据由甲方按乙方提供的模板整理，乙方负责导入。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织序软件标准版永久许可 | 128,000 |
| 2 | 定制开发（扫码报工、库存、打样看板、网店接口） | 96,000 |
| 3 | 安装部署及培训 | 16,000 |
| | 合计 | 240,000 |

上述价格含税。需求变更或新增功能的，双方另行协商费用。

## 第三条 付款方式

3.1 本合同签订后3个工作日内，甲方向乙方支付合同总价的65%，即156,000元，乙方收款后启动需求调研和开发。该笔款项在任何情况下均不予退还。

3.2 软件安装上线后5个工作日内，甲方支付合同总价的35%，即84,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，逾期超过15日的，乙方有权暂停开发、停止技术支持并收回软件使用许可。
3.4 乙方在收到每期款项后10个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在付款前告知乙方并提供开票信息。

## 第四条 开发与交付

4.1 乙方在收到首期款后开始需求调研，计划于60个工作日内完成开发及部署。开发周期为乙方预估时间，因需求调整、甲方资料提供延迟或其他非乙方可控原因导致延期的，交付时间相应顺延。

4.2 甲方应指定专人配合需求确认，需求确认书经甲方签字后不得变更；确需变更的，按乙方报价另行计费，工期重新约定。

4.3 乙方以远程部署方式将软件安装于甲方自备的服务器或乙方推荐的云主机上。云主机费用由甲方自行承担。
4.4 乙方交付的内容为：软件安装程序、用户操作手册和管理员手册的电子版。源代码、数据库设计文档及开发过程文档不属于交付范围。

4.5 培训以远程视频方式进行，时长不超过4课时；甲方新员工的培训或重复培训，按乙方标准收费。

## 第五条 验收

5.1 软件安装部署完成并可登录使用，即视为甲方验收合格。

5.2 甲方在安装后提出的问题，乙方将在维护期内视情况予以处理，但不影响验收结论及付款义务。

## 第六条 知识产权

6.1 本合同项下标准软件及定制开发的全部功能模块、源代码、接口程序、数据库结构和相关文档的著作权及其他知识产权均归乙方所有。

6.2 甲方仅获得在本工作室内部使用的非独占、不可转让的使用权，不得对软件进行修改、反向工程或委托第三方二次开发，不得向他人提供软件副本。

6.3 乙方有权将为甲方定制开发的功能纳入标准产品，向其他客户销售。
6.4 软件中包含的第三方开源组件及商业组件，按其各自的许可条款使用。甲方使用软件时应遵守该等条款，因甲方违反第三方许可条款产生的责任由甲方承担。

## 第七条 维护服务

7.1 软件安装上线后三个月为免费维护期，乙方提供远程技术支持和程序缺陷修复。

7.2 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的维护服务价目表另行购买，价格以乙方届时报价为准。

7.3 乙方通过电话、微信群和远程桌面提供技术支持，工作时间为工作日9:00至18:00。乙方将尽合理努力及时处理甲方反映的问题，但不对处理时限和系统运行效果作出承诺。

7.4 因甲方操作不当、擅自修改配置、服务器或网络环境问题导致的故障，不属于维护范围，乙方可按次收取服务费。
7.5 维护期内乙方提供标准版小版本更新；标准版大版本升级及定制功能的适配不在维护范围内，甲方需要的，按乙方届时的升级政策另行付费。

## 第八条 数据

8.1 甲方录入软件的订单、客户、作品图片及生产记录等业务数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 乙方在部署和远程维护中应采取账号权限控制、传输加密和操作记录等安全措施，远程登录须事先取得甲方同意；因乙方过错造成甲方数据泄露或丢失的，乙方承担相应的赔偿责任。甲方应自行做好数据备份。

## 第九条 双方责任

9.1 乙方保证所提供的标准软件不侵犯第三方知识产权。

9.2 如软件存在功能缺陷，乙方的责任以修复缺陷为限；经乙方两次修复仍无法实现合同约定主要功能的，甲方可要求乙方继续修复或协商解决。

9.3 乙方对甲方因使用软件所作的经营决策、作品交付延误或客户投诉不承担责任。

9.4 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十条 合同解除

10.1 任何一方严重违反本合同约定，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。

10.2 甲方因自身原因单方解除合同的，已支付款项不予退还；乙方已完成的定制开发工作量超过已付款项的，甲方应补足差额。

10.3 合同解除后，甲方应停止使用定制开发部分，并删除其服务器上的相关程序；标准软件的使用许可是否保留，由双方另行协商。

## 第十一条 甲方义务

11.1 甲方应按乙方要求准备服务器或云主机、操作系统、数据库及网络环境，并承担相关费用。运行环境不符合乙方要求导致软件无法正常运行的，由甲方自行负责。

11.2 甲方应妥善保管管理员账号及密码，因账号被盗用或甲方人员误操作造成的损失由甲方承担。

11.3 甲方应按时提供定制开发所需的工序说明、物料编码、网店后台接口授权等资料，并在乙方提交需求确认书后3个工作日内书面确认，逾期未确认的，视为确认。

## 第十二条 不可抗力

因不可抗力、网络运营商故障、第三方平台（包括网店平台）接口变更或政策调整等原因导致合同不能履行或延迟履行的，乙方不承担责任。

甲方因上述原因需要乙方修改接口的，按新增开发另行计费。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

14.2 双方在本合同首页载明的地址、电话及电子邮箱为通知送达地址，一方变更的，应在变更后3日内书面告知对方。通过微信工作群发送的通知，发出即视为送达。

14.3 本合同一式两份，双方各执一份，自双方签字或盖章之日起生效。

甲方（签字/盖章）：＿＿＿＿＿＿　　乙方（盖章）：苏州织序软件科技有限公司

日期：＿＿＿＿　　　　　　　　　　日期：＿＿＿＿
"""
SRC["z05"] = ("h831z05_felt_studio_process_tracking_supplier_template.md", "md", Z05)
LABEL["z05"] = ("zh", "software",
                T(None, None, False, "supplier", True, True, False, None, None, 65, False, False, 3, None, False, True,
                  None, None, "goods_or_licence"),
                X(False, False, False, True, 240000))
DESIGN["z05"] = dict(rules=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                            "CR-WARRANTY"], forum_outside=False, tco=None)

# ---------------------------------------------------------------- e01 (pdf; GOVERNING-LAW only)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. KRS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Shandong Lüyuan Agricultural Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Weifang, Shandong Province (the "Buyer"), and Kızılırmak Yazılım ve Mühendislik A.Ş., a joint stock company incorporated in the Republic of Turkey with its registered office in Kırşehir, Turkey (the "Vendor").
P:The Buyer manufactures tractors and harvesters at two plants in Weifang and wishes to replace its paper-based maintenance records with a computerised maintenance management system. The Vendor develops and licenses the MakineTakip maintenance management software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MakineTakip Enterprise software in the version current at signature, in object code, together with its user and administrator documentation.
P:1.2 "Custom Deliverables" means all work product created by the Vendor specifically for the Buyer under this Agreement, including the interfaces to the Buyer's ERP and SCADA systems, the Chinese-language report templates, data migration scripts, configuration files and their source code and documentation.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the Buyer's environment, including equipment registers, work orders, spare-parts records, sensor readings and personal data of the Buyer's employees.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system has passed all acceptance tests.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 350 named users at the Buyer's plants and offices in the People's Republic of China, including on backup and test servers.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers in Weifang, develop the Custom Deliverables, migrate the Buyer's existing equipment and maintenance records, and train the Buyer's administrators and key users.
P:2.3 The Vendor shall provide a Chinese-language user interface and documentation. Training shall be delivered on site in Weifang with interpretation arranged by the Vendor at its own cost.
H:Article 3 Price and Payment
P:3.1 The total contract price is CNY 1,670,000 (the "Contract Price"), made up of the licence fee of CNY 1,240,000, implementation and customisation services of CNY 386,000 and training of CNY 44,000. The Contract Price is fixed and includes all taxes, travel, accommodation and interpretation costs of the Vendor.
P:3.2 The Buyer shall pay the Contract Price in CNY by bank transfer as follows: (a) 20% within 20 days after signature of this Agreement and receipt of an advance payment guarantee from a bank acceptable to the Buyer; (b) 45% within 20 days after the Installation Certificate is signed; and (c) 35% within 20 days after Final Acceptance.
P:3.3 Each payment is subject to receipt of a correct invoice. The Buyer may withhold amounts that are disputed in good faith until the dispute is resolved.
H:Article 4 Delivery and Timetable
P:4.1 The Vendor shall complete installation within 60 days after signature and shall make the system ready for acceptance testing within 120 days after signature.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay. Delay damages do not release the Vendor from its obligation to complete the work.
P:4.3 The Vendor shall appoint a project manager with experience of at least three comparable implementations, who shall be present in Weifang during installation, acceptance testing and go-live.
H:Article 5 Acceptance
P:5.1 The Installation Certificate confirms only that the Software is installed and starts correctly. It is not acceptance.
P:5.2 The acceptance tests shall verify that: (a) all functions in the agreed specification work as described; (b) migrated equipment and work-order records match the source records in a full reconciliation; (c) the ERP interface posts spare-parts consumption without error for ten consecutive working days; (d) standard reports open within three seconds with 150 concurrent users; and (e) no Severity 1 defect occurs during a trial operation of 30 days.
P:5.3 When all tests are passed, the Buyer shall issue a written Final Acceptance certificate. Go-live, productive use of the system or any payment shall not be treated as acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The warranty period is eighteen months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide new releases of the Software and give technical support at no additional charge.
P:6.2 Severity 1 means that the system is unavailable or that work orders cannot be created or closed at either plant. For a Severity 1 incident the Vendor shall respond within two hours, work continuously until a workaround is in place and provide a permanent fix within three days. Severity 2 incidents shall be answered within eight working hours.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 incident, it shall pay the Buyer CNY 800 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period, the Buyer may order annual support at a fee of 10% of the licence fee, that is CNY 124,000 per year. This fee is fixed for the first three years after the warranty period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors, subject to the licence in Article 2.
P:7.2 All rights in the Custom Deliverables belong to the Buyer from creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including by appointing third parties to maintain them.
P:7.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe the rights of any third party and shall indemnify the Buyer against any such claim.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and on the Buyer's instructions, and shall not copy it out of the Buyer's environment or use it for any other purpose.
P:8.2 The Software is installed on the Buyer's own servers. Remote access by the Vendor requires the Buyer's approval for each session, takes place through the Buyer's bastion host and is recorded. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and no Buyer Data shall be transferred outside the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within six hours after becoming aware of any unauthorised access to or loss of Buyer Data and shall take all measures needed to contain it. The Vendor is liable for all losses, fines and remediation costs resulting from a security breach caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including production plans, drawings and prices, and shall use it only for the purposes of this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement of intellectual property or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the written consent of the other party.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if delay damages under Article 4.2 have accrued for more than 45 days.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted, and the licence in Article 2 continues for any Software already paid for.
P:12.3 Neither party is liable for a delay caused by force majeure, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. If force majeure prevents performance for more than 60 days, either party may terminate this Agreement by written notice, and the Vendor shall refund any amount paid for work not yet performed.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Turkey.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Istanbul Arbitration Centre. The seat of arbitration is Istanbul and the language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement is executed in English in two originals, one for each party. The Annexes form part of it: Annex 1 Functional Specification; Annex 2 Implementation Plan; Annex 3 Acceptance Test Plan.
P:For the Buyer: ____________________        For the Vendor: ____________________
"""
SRC["e01"] = ("h831e01_maintenance_software_licence_kirsehir_vendor.pdf", "pdf", E01)
LABEL["e01"] = ("en", "software",
                T(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 10, False, True, False,
                  "Turkey", "goods_or_licence"),
                X(True, True, True, False, 1670000))
DESIGN["e01"] = dict(rules=["CR-GOVERNING-LAW"], forum_outside=True, tco=(1240000, 1.5, 10))

# ---------------------------------------------------------------- e02 (md; SLA-RESPONSE, LIABILITY-CAP, SUBCONTRACT)
E02 = """# Order Form and General Terms: StokIz Cold-Store Traceability Cloud

**Order Form No. ALD-OF-2027-0042**

## Part A: Order Form

### A1. Parties

- **Provider:** Aladağ Bulut Teknolojileri A.Ş., Bor Yolu Caddesi, Niğde, Republic of Turkey, acting through its Shanghai representative office for invoicing in CNY.
- **Customer:** Gansu Qilian Fresh Produce Co., Ltd., Zhangye, Gansu Province, People's Republic of China.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If the two parts conflict, Part A prevails.

### A2. Subscribed Services

The Provider will make the StokIz cold-store traceability service available to the Customer as software-as-a-service. The service covers lot registration at intake, temperature and humidity logging from the Customer's existing sensors in six cold stores, pallet location tracking, quality hold and release, first-expired-first-out picking lists, and recall tracing from retail order back to the grower lot. The subscription includes up to 120 named users, 40 handheld scanner licences and storage of all records for the Subscription Term.

### A3. Subscription Term

The Subscription Term is 24 months, starting on the date of Go-Live Acceptance under A5. It consists of two Subscription Years. The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A4. Fees and Invoicing

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 120 users, 40 scanners, 6 cold stores | 318,000 |
| Subscription fee, Subscription Year 2 | same scope | 318,000 |
| Onboarding (configuration, sensor integration, data load, training) | fixed, one-time | 42,000 |
| **Total fees for the Subscription Term** | | **678,000** |

Subscription fees are invoiced quarterly at the start of each quarter of the Subscription Term, in eight equal instalments of CNY 79,500. The onboarding fee is invoiced after Go-Live Acceptance. The Customer pays each correct invoice within 30 days of receipt. All fees include VAT and are fixed for the Subscription Term. Additional users may be added at CNY 2,150 per user per Subscription Year, pro rata.

### A5. Onboarding and Go-Live Acceptance

The Provider will complete onboarding within 50 days after signature of this Order Form. Onboarding is accepted when: (a) every cold store sends sensor readings to the service at the agreed interval with no gap longer than ten minutes over seven consecutive days; (b) a mock recall of three lots is traced from retail order to grower in less than fifteen minutes; (c) opening stock loaded by the Provider matches the Customer's stock count for every lot; and (d) the Customer's key users have completed training. The Customer confirms acceptance in writing. Use of the service in production before that confirmation is not acceptance. If onboarding is not accepted by the agreed date for reasons attributable to the Provider, the Provider pays CNY 500 for each day of delay.

### A6. Contacts and Signature

Customer contact: Head of Quality, Zhangye. Provider contact: Customer Success Manager, Shanghai.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________

## Part B: General Terms

### 1. Service Levels

1.1 **Availability.** The Provider will make the service available at least 99.95% of each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 00:00 and 05:00 China Standard Time.

1.2 **Service credits.** If monthly availability falls below the commitment, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of it, below the commitment, up to half of that month's fee. Credits are deducted from the next invoice.

1.3 **Support.** Severity 1 means that the service is unavailable, or that intake, picking or recall tracing cannot be performed at any cold store. The Provider will respond to a Severity 1 incident within 6 hours of the Customer's report, at any time of day, and will keep working on it until a workaround is available. Severity 2 incidents are answered within one business day and Severity 3 requests within three business days. Support is provided in Chinese and English through the support portal and a telephone hotline.

### 2. Customer Data

2.1 All data that the Customer or its users enter into the service, and all records the service produces from it, including lot records, sensor readings, stock and recall reports ("Customer Data"), belong to the Customer. The Provider uses Customer Data only to provide the service to the Customer and for no other purpose, and does not sell, analyse or share it.

2.2 The Provider hosts the service and all Customer Data in data centres in the People's Republic of China operated by a cloud provider holding a level-3 MLPS filing. The Provider encrypts Customer Data in transit and at rest, restricts access to named support staff using multi-factor authentication, logs all access and keeps daily backups for 35 days.

2.3 The Provider will notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, will take all reasonable steps to contain it and will cooperate with any investigation. The Provider is responsible for losses, regulatory penalties and notification costs caused by a security incident resulting from its breach of this section.

2.4 Within 30 days after the end of the Agreement the Provider will export all Customer Data in CSV and PDF format and then delete it from its systems, confirming the deletion in writing.

### 3. Confidentiality

Each party keeps the other party's confidential information secret, uses it only for the Agreement and discloses it only to its staff and advisers who need to know it and are bound by similar duties. This obligation lasts for three years after the Agreement ends.

### 4. Intellectual Property

4.1 The service, the StokIz software and all improvements to them remain the Provider's property.

4.2 The configurations, label layouts, report templates and integration mappings made for the Customer during onboarding belong to the Customer, who may use, change and allow others to use them freely, including after the Agreement ends.

### 5. Subcontractors

The Provider may use subcontractors and sub-processors, including its hosting provider and local implementation partners in China, to perform the Agreement. The Provider will inform the Customer of any new subcontractor by e-mail at least ten days before it starts work. The Provider remains responsible for the work of its subcontractors.

### 6. Customer Responsibilities and Service Changes

6.1 The Customer is responsible for the accuracy of the data it enters, for keeping its user credentials secure and for the operation of its own sensors, scanners and local network up to the point where the readings reach the service.

6.2 The Customer will not use the service to store data unrelated to its cold-store operations, will not attempt to probe or disrupt the service and will not resell access to third parties.

6.3 The Provider may update the service from time to time, for example to add features or improve security, provided that no update materially reduces the functions described in A2 or the service levels in section 1 during the Subscription Term. The Provider will announce significant changes at least 30 days in advance through the support portal.

6.4 The Provider will make new versions of the handheld scanner application available at no extra charge and will support the scanner models listed in the onboarding plan for the whole Subscription Term.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 The Provider's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the nine months before the event giving rise to the claim.

7.3 Section 7.2 does not limit liability for death or personal injury, fraud or wilful misconduct.

### 8. Term and Termination

8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of it.

8.2 The Customer may also terminate if monthly availability falls below the commitment in three consecutive months. On termination for the Provider's breach, the Provider refunds prepaid fees for the period after termination.

### 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute arising out of the Agreement will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitral award is final and binding on both parties.

### 10. General

10.1 Notices must be in writing and sent to the addresses in A1 by courier or e-mail.

10.2 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

10.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters or government action, provided that it informs the other party promptly and resumes performance as soon as it can. A failure of the Provider's hosting provider is not such an event.

10.4 The Agreement is the entire agreement between the parties about its subject matter. Any change must be agreed in writing.
"""
SRC["e02"] = ("h831e02_cold_store_traceability_saas_order_form.md", "md", E02)
LABEL["e02"] = ("en", "cloud",
                T(99.95, 6, True, "buyer", True, True, True, 500 / 678000 * 100, 9 / 24 * 100, None, True, None, None,
                  None, False, True, True, "PRC", "service"),
                X(True, True, None, False, 678000))
DESIGN["e02"] = dict(rules=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], forum_outside=False, tco=None)

# ---------------------------------------------------------------- e03 (docx; compliant)
E03 = """T:Contract for the Supply of Condition-Monitoring Sensors and Monitoring Software
P:Contract No. JB-EQ-2027-031
P:Buyer: Anhui Jiangbei Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Hasandağı Sensör Teknolojileri Ltd. Şti., Organised Industrial Zone, Aksaray, Republic of Turkey (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer operates two clinker lines and a cement grinding plant in Wuhu and wishes to monitor the vibration and temperature of its kiln drives, mills, fans and conveyors so that failures can be predicted and maintenance planned. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's VibraSense monitoring and analytics software, licensed under clause 7.
P:1.3 "Custom Work" means the asset models, alarm rules, dashboards, interface to the Buyer's maintenance system and any other configuration or code prepared for the Buyer under this Contract, with their documentation.
P:1.4 "Site" means the Buyer's plant at Wuhu, Anhui Province.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to Site, install, configure and commission the Equipment and the Software, prepare the Custom Work, and train the Buyer's maintenance engineers and control-room operators.
P:2.2 The system shall cover 240 measuring points on the Buyer's critical rotating equipment, shall transmit readings to the edge servers in the Buyer's server room and shall raise alarms in the Buyer's central control room and by SMS to the duty engineer.
P:2.3 The Supplier shall provide all mounting brackets, cables, power supplies and small materials needed for a complete installation.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,490,000, fixed for the duration of the Contract and including VAT, packing, freight and insurance to Site, import duties and the Supplier's travel costs. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|2,150|516,000
TB:2|Industrial wireless gateway|16|9,800|156,800
TB:3|Edge server, rack-mounted, redundant power|2|68,000|136,000
TB:4|VibraSense monitoring software, perpetual licence, 300 points|1|420,000|420,000
TB:|Hardware and Licence Subtotal|||1,228,800
TB:5|Installation, commissioning and network set-up|1 lot|146,000|146,000
TB:6|Asset models, alarm rules and maintenance-system interface|1 lot|88,000|88,000
TB:7|Training (two courses at Site)|1 lot|27,200|27,200
TB:|Contract Price|||1,490,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 30 days after signature of this Contract and receipt of an advance payment guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within 30 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Equipment has been delivered complete and installed, and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after the Final Acceptance Certificate is signed.
P:4.4 Payments are made in CNY against correct VAT invoices issued by the Supplier's representative office in Shanghai.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to Site within 70 days after signature and complete installation within 40 days after delivery. Installation work on running equipment shall follow the Buyer's permit-to-work procedure and shall be scheduled in planned stoppages agreed with the Buyer.
P:5.2 If the Supplier fails to meet the delivery date or the date for readiness for acceptance tests for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay. The Buyer may deduct delay damages from any payment due.
P:5.3 The Supplier's personnel at Site shall comply with the Buyer's safety rules, and the Supplier is responsible for their safety and insurance.
H:6. Acceptance
P:6.1 The acceptance tests shall show that: (a) all 240 measuring points report vibration and temperature readings at the agreed interval; (b) no point loses more than 1% of readings over a test run of 30 days; (c) alarms reach the central control room within ten seconds and the duty engineer by SMS within one minute; (d) readings agree with a calibrated reference instrument within the tolerance in the technical specification; and (e) work requests generated by alarms are created correctly in the Buyer's maintenance system.
P:6.2 The Buyer shall sign the Final Acceptance Certificate within ten days after all tests are passed. If any test fails, the Supplier shall correct the fault and repeat the test at its own cost.
P:6.3 Operation of the system by the Buyer before the Final Acceptance Certificate, or any payment, does not mean that the system has been accepted.
H:7. Software Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use the Software at the Site, including on backup servers and for any later extension within the licensed number of points.
P:7.2 The Custom Work belongs to the Buyer. The Supplier shall deliver all source files and documentation of the Custom Work at Final Acceptance, and the Buyer may use, modify and license the Custom Work freely and may appoint third parties to maintain it.
P:7.3 The Supplier warrants that the Equipment and the Software do not infringe the rights of third parties and shall defend and indemnify the Buyer against any claim of infringement.
H:8. Warranty
P:8.1 The warranty period for the Equipment and the Software is twenty-four months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective Equipment and correct defects in the Software free of charge, including parts, labour and travel, and shall provide Software updates.
P:8.2 The Supplier shall keep a stock of spare sensors and one spare gateway at Site during the warranty period.
H:9. Support and Service Levels
P:9.1 Faults are classified in the table below. The Supplier shall respond and restore within the times shown, at any time of day, including public holidays.
TB:Severity|Description|Response|Restoration
TB:Severity 1|Edge server or software down, or alarms not reaching the control room|1 hour|8 hours
TB:Severity 2|One gateway or more than ten sensors not reporting|2 hours|2 days
TB:Severity 3|Single sensor fault or minor software defect|1 business day|5 business days
P:9.2 If the Supplier misses a response or restoration time for a Severity 1 fault, it shall pay CNY 1,000 for each hour of delay; for a Severity 2 fault, CNY 300 for each hour of delay.
P:9.3 After the warranty period the Buyer may order annual support and maintenance covering the same services. The annual fee is 8% of the Hardware and Licence Subtotal, that is CNY 98,304 per year, and is fixed for three years after the warranty period. Support is ordered by the Buyer's purchase order for each year and does not renew automatically.
H:10. Data Security
P:10.1 All readings, alarms, reports and other data collected or produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, keep or disclose them for any other purpose.
P:10.2 The system is installed in the Buyer's own network. Remote access by the Supplier is allowed only with the Buyer's approval for each session, through the Buyer's secure access gateway, and is logged. The Supplier shall comply with the cybersecurity and data protection laws of the People's Republic of China, and no data shall leave the People's Republic of China.
P:10.3 The Supplier shall notify the Buyer within two hours after becoming aware of a security incident affecting the system or the Buyer's data, shall help the Buyer to contain it and is liable for all losses caused by a security incident resulting from its breach of this clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all technical and commercial information received from the other party under this Contract and shall use it only for this Contract. This obligation survives the end of this Contract for three years.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims or breach of clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages have accrued for more than 60 days.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund amounts paid for Equipment or services that have not been accepted and shall compensate the Buyer's losses.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising out of this Contract shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final.
H:16. General
P:16.1 This Contract is made in English and Chinese, in four originals. Annex 1 Technical Specification and Annex 2 Acceptance Test Plan form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
SRC["e03"] = ("h831e03_cement_plant_sensors_monitoring_licence.docx", "docx", E03)
LABEL["e03"] = ("en", "hardware",
                T(None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 8, False, True, False,
                  "PRC", "goods_or_licence"),
                X(True, True, True, False, 1490000))
DESIGN["e03"] = dict(rules=[], forum_outside=False, tco=(1228800, 2, 8))

# ---------------------------------------------------------------- e04 (md; DATA-SECURITY, SLA-AVAILABILITY, SLA-NO-REMEDY)
E04 = """# Managed IT Services Agreement

**Agreement No. KBH-MS-2027-07**

This Managed IT Services Agreement is made between:

- **Jiangsu Hengfeng Food Technology Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Suqian, Jiangsu Province ("Customer"); and
- **Karaman Bilişim Hizmetleri A.Ş.**, a joint stock company incorporated in the Republic of Turkey, with its registered office in Karaman, Turkey, acting through its branch office in Suzhou, Jiangsu Province ("Provider").

## Background

Customer produces biscuits and baked snacks at three plants in Jiangsu Province and runs a head office in Suqian. Provider manages IT infrastructure for food and consumer-goods manufacturers. Customer wishes to outsource the operation of its network, servers and end-user support to Provider for a fixed term of 36 months.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer confirms in writing under Section 4 that transition is complete.

1.5 "Customer Data" means all data of Customer, its employees, suppliers and customers that Provider handles in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. Any extension must be agreed in writing by both parties and, unless otherwise agreed, is at the Charges then in force under Schedule 3. There is no automatic renewal.

## 3. Services

3.1 Provider shall perform the Services in Schedule 1 with suitably qualified staff, in accordance with good industry practice and Customer's IT policies as notified to Provider.

3.2 Provider shall base a service manager and two field engineers in Jiangsu Province and shall staff the service desk in Suzhou in Chinese and English.

3.3 Provider shall keep the configuration management database up to date and shall submit a monthly service report by the tenth day of each month, showing performance against each Service Level, major incidents, changes and open problems.

3.4 Provider shall hold a monthly service review with Customer's IT manager and a quarterly review with Customer's management, at which the parties review performance, planned changes, capacity, upcoming projects and any recurring problems. Provider shall propose improvements that reduce the number of incidents or the cost of operation.

3.5 Customer shall give Provider's staff access to its sites and systems as needed, shall provide a workspace at each plant and shall inform Provider of planned production stoppages, new systems and changes to its IT policies in good time.

3.6 Customer remains responsible for purchasing hardware, software licences and telecommunications services. Provider shall advise Customer on renewals and replacements and shall manage the vendors of those products on Customer's behalf where Customer so requests.

## 4. Transition and Service Commencement

4.1 Provider shall complete transition within 60 days after signature. Transition includes the inventory of all in-scope devices, the set-up of monitoring tools, the transfer of knowledge from Customer's current staff and the test of runbooks for every critical system.

4.2 Transition is complete when: (a) all devices in the inventory are monitored; (b) runbooks for the ten critical systems named in Schedule 1 are approved by Customer; (c) the service desk has handled live tickets for ten working days in parallel with Customer's current staff; and (d) a test failover of the ERP server cluster has been carried out successfully. Customer confirms completion in writing. Use of the Services before that confirmation is not acceptance.

4.3 If transition is not complete by the agreed date for reasons attributable to Provider, Provider shall pay CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears.

5.2 Customer shall pay each correct invoice within 30 days after receipt. The Charges are fixed for the Service Term and include VAT and all travel and tools used by Provider.

## 6. Customer Data

6.1 Customer Data remains the property of Customer at all times. Provider shall use Customer Data only as needed to perform the Services and for no other purpose.

6.2 At the end of the Agreement Provider shall return to Customer all documentation, passwords and configuration records it holds for Customer's systems.

## 7. Confidentiality

7.1 Each party shall keep confidential all information received from the other party in connection with this Agreement that is marked confidential or is confidential by its nature, including production recipes, supplier prices and system passwords.

7.2 Each party shall use such information only for this Agreement and shall disclose it only to its employees and professional advisers who need to know it and are bound by equivalent obligations. These obligations continue for three years after the Agreement ends.

## 8. Intellectual Property

8.1 Provider's tools, methods and know-how remain Provider's property.

8.2 Runbooks, scripts, network diagrams, configuration records and documents prepared for Customer under this Agreement belong to Customer, which may use, modify and pass them to any successor provider without restriction.

## 9. Personnel and Subcontracting

9.1 Provider shall not replace the service manager without Customer's prior consent, which shall not be unreasonably withheld.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the Service Term.

10.2 This limit does not apply to death or personal injury, fraud, wilful misconduct or breach of Section 7.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice.

11.2 Either party may terminate by written notice if the other party becomes insolvent or ceases to carry on business.

11.3 On expiry or termination Provider shall provide exit assistance for up to 90 days at the Charges in Schedule 3, so that the Services can be transferred to Customer or a successor provider without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of this Agreement shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou. The award is final and binding.

## 13. General

13.1 This Agreement with its Schedules is the entire agreement of the parties on its subject. Changes must be agreed in writing.

13.2 Notices shall be given in writing to the addresses above, by courier or by e-mail with a copy by courier.

13.3 Neither party is liable for a failure to perform caused by events beyond its reasonable control, provided that it informs the other party promptly and takes reasonable steps to resume performance. Provider may not rely on this clause for failures of its own tools or staff.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1: Services

| Service | Scope | Hours |
|---|---|---|
| Network operations | Core and plant switches, firewalls, Wi-Fi controllers and WAN links at three plants and head office; monitoring, patching, configuration changes | 24 x 7 monitoring |
| Server and storage operations | 46 physical and virtual servers, ERP cluster, storage arrays, backup jobs and restore tests | 24 x 7 monitoring |
| Service desk | Telephone, e-mail and portal support for about 900 users in Chinese and English | 07:00 to 23:00 daily |
| Field support | Desk-side support, device moves and replacements at the three plants and head office | plant shift hours |
| Change and problem management | Weekly change board, root-cause analysis for every Priority 1 incident | business days |

Critical systems: ERP cluster, MES servers at each plant, warehouse management system, e-mail, core switches, plant firewalls, WAN links, domain controllers, backup system and production-line terminals.

## Schedule 2: Service Levels

| Measure | Level |
|---|---|
| Availability of core network and ERP cluster, per calendar month | 99.8% |
| Priority 1 incident (critical system down or a production line stopped by an IT fault): response | 30 minutes |
| Priority 1 incident: restoration | 3 hours |
| Priority 2 incident (degraded critical system or a site affected): response | 1 hour |
| Priority 3 incident (single user or minor fault): response | 8 business hours |
| Service desk calls: average time to answer | 45 seconds |

The Service Levels are service targets. Provider shall report its performance against them each month and, where a target is missed, present a corrective action plan at the next monthly review. No service credits, fee reductions or other payments apply when a Service Level is missed.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Service Commencement | 96,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| **Total Charges over the Service Term** | | **2,184,000** |

Additional work outside the scope of Schedule 1 is charged at CNY 1,200 per engineer day, only with Customer's written order.
"""
SRC["e04"] = ("h831e04_food_plants_managed_it_services.md", "md", E04)
LABEL["e04"] = ("en", "services",
                T(99.8, 0.5, False, "buyer", False, True, True, 1800 / 2184000 * 100, 150, None, True, None, None, None,
                  False, True, False, "PRC", "service"),
                X(True, True, None, False, 2184000))
DESIGN["e04"] = dict(rules=["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"], forum_outside=False,
                     tco=None)

# ---------------------------------------------------------------- e05 (txt; PREPAYMENT, DATA-OWNERSHIP, TERMINATION)
E05 = """DATA SUBSCRIPTION AGREEMENT
Agro-Climate and Satellite Crop Data API

Agreement No. BZK-DS-2027-009

This Data Subscription Agreement (the "Agreement") is entered into between Jilin Songliao Seed Industry Co., Ltd., Gongzhuling, Jilin Province, People's Republic of China ("Customer"), and Bozok Veri ve Uydu Analitiği A.Ş., Yozgat, Republic of Turkey ("Provider"). Customer breeds and sells maize and soybean seed and runs variety trials on more than 400 plots in north-east China. Provider supplies weather, soil-moisture and satellite vegetation-index data through an application programming interface (API).

1. DEFINITIONS

1.1 "Data Services" means access to the Provider's API and to the data sets listed in clause 2.1, together with the related documentation and support.

1.2 "Customer Inputs" means the plot boundaries, sowing dates, variety codes, trial results, yield records and any other data that Customer uploads to the Data Services or sends in API calls.

1.3 "Access Date" means the date on which Customer confirms in writing under clause 4.3 that the integration has passed its acceptance tests.

1.4 "Subscription Year" means each of two consecutive annual periods, the first starting on the Access Date and the second starting on the first anniversary of the Access Date. "Subscription Term" means both Subscription Years together.

2. DATA SERVICES

2.1 Provider shall give Customer access to the following data for the regions of Jilin, Heilongjiang, Liaoning and Inner Mongolia: (a) hourly weather observations and ten-day forecasts on a grid of three kilometres; (b) daily soil-moisture estimates at three depths; (c) vegetation-index and crop-stage layers from satellite images, updated at least every five days in the growing season; and (d) plot-level summaries for every plot whose boundary Customer has uploaded.

2.2 Customer may make up to two million API calls per Subscription Year and may register up to 60 user accounts for the web viewer. Calls above that volume are charged at the overage rate in clause 3.4.

2.3 Provider shall deliver an integration between the Data Services and Customer's breeding database, including the automatic import of plot boundaries and the nightly export of plot summaries, and shall train Customer's data team.

3. FEES AND PAYMENT

3.1 The fees for the Subscription Term are:

    Item                                          Amount (CNY)
    Subscription fee, first Subscription Year         540,000
    Subscription fee, second Subscription Year        540,000
    Integration and onboarding, one-time               64,000
    Total                                            1,144,000

3.2 The integration and onboarding fee and the subscription fee for the first Subscription Year are both invoiced on signature of this Agreement and must be paid within 15 days after signature. Provider starts the integration work and issues production API credentials only after receiving that payment.

3.3 The subscription fee for the second Subscription Year is invoiced 30 days before the second Subscription Year starts and is payable before it starts.

3.4 Overage API calls are charged at CNY 0.02 per call, invoiced quarterly in arrears. The fees in clause 3.1 are fixed for the Subscription Term and include VAT.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall complete the integration within 45 days after receiving the payment under clause 3.2.

4.2 The acceptance tests shall show that: (a) all API endpoints in the documentation return data for Customer's regions; (b) the import of 400 plot boundaries and the nightly export of plot summaries run without error for ten consecutive nights; (c) forecasts and soil-moisture values for twenty test plots match Provider's web viewer; and (d) the median response time of the API stays below 800 milliseconds in a load test agreed with Customer.

4.3 Customer shall confirm acceptance in writing within five business days after the tests are passed. Use of the test environment does not count as acceptance.

4.4 If the integration is not accepted by the agreed date for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, and the start of the Subscription Term is postponed accordingly.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding planned maintenance announced at least three days in advance and performed outside the hours of 06:00 to 22:00 China Standard Time.

5.2 Priority 1 means that the API is unavailable or returns wrong or missing data for the whole region. Provider shall respond to a Priority 1 incident within one hour, at any time of day, and shall restore the service within six hours. Priority 2 incidents shall be answered within one business day.

5.3 If monthly availability falls below the commitment, or if a Priority 1 incident is not restored in time, Customer is entitled to a service credit of 5% of the monthly equivalent of the current subscription fee for each started 0.1 percentage point of shortfall or each started hour of delay, up to half of that monthly equivalent. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

6. CUSTOMER INPUTS AND DATA USE

6.1 Customer Inputs remain the property of Customer. Provider shall use them to provide the Data Services to Customer.

6.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and anonymised form to calibrate and train its crop models, to validate its satellite products and to improve the data services it provides to all of its customers. This licence continues after the end of this Agreement. Provider shall not disclose the plot locations, variety codes or trial results of Customer to any third party in a form that identifies Customer.

7. DATA SECURITY

7.1 Provider shall store Customer Inputs on servers in the People's Republic of China operated by a hosting provider with a level-3 MLPS filing, shall encrypt them in transit and at rest, shall restrict access to authorised personnel with multi-factor authentication and shall keep access logs for at least 180 days.

7.2 Provider shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Customer Inputs shall not be transferred outside the People's Republic of China.

7.3 Provider shall inform Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Inputs, shall take all necessary steps to contain the incident and is liable for losses caused by a security incident resulting from Provider's breach of this clause 7.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, including Customer's breeding plans and trial results and Provider's pricing and model documentation, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 The Data Services, the data sets and Provider's models remain the property of Provider. Customer may use the data received during the Subscription Term for its internal research, breeding and advisory work, including after the Subscription Term ends.

9.2 The integration code, import and export scripts and report templates developed for Customer under clause 2.3 belong to Customer, which may use, modify and license them freely. Provider shall deliver their source code on acceptance.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Provider's total liability under this Agreement is limited to 120% of the total fees in clause 3.1, except for liability for wilful misconduct, gross negligence and breach of clauses 7 and 8.

11. SUBCONTRACTING

11.1 Provider shall not subcontract any part of the Data Services or the integration work without Customer's prior written consent, other than the hosting provider named in the integration plan, and remains responsible for any subcontractor.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any new subscription requires a new written agreement.

12.2 Neither party may terminate this Agreement before the end of the Subscription Term. If Provider fails to perform, Customer's remedies are the service credits under clause 5.3, the delay payments under clause 4.4 and damages under clause 10; Customer may not terminate this Agreement or withhold the fees for the remaining Subscription Term on that ground.

12.3 Within 30 days after the Agreement ends, Provider shall delete all Customer Inputs from its systems, except the aggregated and anonymised data covered by clause 6.2, and shall confirm the deletion in writing.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses of the parties stated above by courier or e-mail.

14.2 Neither party may assign this Agreement without the written consent of the other party.

14.3 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it informs the other party promptly and resumes performance as soon as it can. The loss of a single satellite source is not such an event where Provider can use another source of equivalent quality.

14.4 This Agreement is made in English and Chinese in two originals. Both texts have equal force.

For Customer: ____________________        For Provider: ____________________
Date: __________                            Date: __________
"""
SRC["e05"] = ("h831e05_crop_data_api_subscription_yozgat_vendor.txt", "txt", E05)
LABEL["e05"] = ("en", "cloud",
                T(99.95, 1, True, "buyer", True, False, True, 900 / 1144000 * 100, 120, 604000 / 1144000 * 100, True, None,
                  None, None, False, False, False, "PRC", "service"),
                X(True, True, None, False, 1144000))
DESIGN["e05"] = dict(rules=["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-TERMINATION"], forum_outside=False, tco=None)

# ================================================================ build and checks
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(value, tco):
    """policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = subtotal."""
    base, wy, pct = tco
    fees = max(0.0, 5 - wy) * base * pct / 100
    return fees / (value + fees) * 100


def derive(key):
    """My reading of policy §3, from the label values (and, for the forum and TCO, the design entry)."""
    _, _, t, x = LABEL[key]
    d = DESIGN[key]
    goods = t["contract_kind"] == "goods_or_licence"
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
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if d["tco"] is not None and tco_share(x["contract_value"], d["tco"]) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


TH_PATTERNS = [
    r"99\.9(?![0-9])",
    r"(?<![0-9.])4\s*-?\s*(?:hours?|hrs?|个?\s*小时)",
    r"(?<![十百零一二三四五六七八九两])四\s*个?\s*小时",
    r"four\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![0-9.])0\.05\s*(?:%|％|per\s*cent|percent)",
    r"万分之五(?![十0-9])",
    r"(?<![0-9.,])100\s*(?:%|％|per\s*cent|percent)",
    r"百分之一?百",
    r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])30\s*(?:%|％|per\s*cent|percent)",
    r"百分之三十(?![一二三四五六七八九])",
    r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])40\s*(?:%|％|per\s*cent|percent)",
    r"百分之四十(?![一二三四五六七八九])",
    r"forty\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])15\s*(?:%|％|per\s*cent|percent)",
    r"百分之十五",
    r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![0-9.,])12\s*-?\s*(?:个\s*月|months?)",
    r"十二\s*个\s*月",
    r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![a-z])one\s*-?\s*years?",
    r"(?<![0-9.,])1\s*-?\s*years?",
    r"(?<![第每十])[一壹]\s*年(?!度)",
]
TH = [re.compile(p, re.I) for p in TH_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "4 个小时", "four (4) hours", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "thirty percent", "40 %", "百分之四十", "forty per cent",
            "15%", "百分之十五", "fifteen percent", "12个月", "十二个月", "12 months", "12-month", "twelve months",
            "one year", "one-year", "1 year", "质保期一年", "one hundred percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "two hours", "十四小时", "0.08%", "万分之八", "万分之二",
             "150%", "百分之三十五", "35%", "115%", "140%", "1.5%", "24个月", "二十四个月", "18 months", "1,300,000",
             "Subscription Year", "年度运维费", "第一年", "45%", "0.1 percentage point"]


def th_hits(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in TH:
            hits += [m.group(0) for m in rx.finditer(form)]
    return hits


def readback(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label_json(key):
    name = SRC[key][0]
    lang, cat, t, x = LABEL[key]
    obj = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
           "expected_rules": derive(key)}
    return json.dumps(obj, indent=1, ensure_ascii=False)


def sums():
    assert 860000 + 642000 + 118000 + 36000 == 1656000 and 331200 + 745200 + 579600 == 1656000
    assert 544000 + 360000 + 76000 + 344000 + 48000 + 256000 == 1628000
    assert 1628000 + 146000 + 58000 + 18000 == 1850000 and 185000 + 647500 + 925000 + 92500 == 1850000
    assert round(1628000 * 0.26) == 423280 and 48 * 7500 == 360000 and 8 * 68000 == 544000 and 4 * 86000 == 344000
    assert 35 * 9600 == 336000 and 2 * 336000 + 86000 == 758000 and 4 * 84000 == 336000
    assert 4 * 121500 == 486000
    assert 128000 + 96000 + 16000 == 240000 and 156000 + 84000 == 240000 and round(240000 * 0.65) == 156000
    assert 1240000 + 386000 + 44000 == 1670000 and round(1670000 * 0.2) == 334000 and 124000 == 1240000 // 10
    assert 2 * 318000 + 42000 == 678000 and 8 * 79500 == 636000
    assert 240 * 2150 == 516000 and 16 * 9800 == 156800 and 516000 + 156800 + 136000 + 420000 == 1228800
    assert 1228800 + 146000 + 88000 + 27200 == 1490000 and round(1228800 * 0.08) == 98304
    assert 36 * 58000 + 96000 == 2184000
    assert 2 * 540000 + 64000 == 1144000


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sums()
    for m in MUST_HIT:
        assert th_hits(m), "self-test must hit: " + m
    for m in MUST_MISS:
        assert not th_hits(m), "self-test must miss: " + m
    markup = {k: v[2] for k, v in SRC.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in SRC.items() if v[1] in ("docx", "pdf")}
    write(markup, targets, OUT, wrap_words=True)
    for k, (name, fmt, text) in SRC.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(text, encoding="utf-8")
            print("wrote", name)
    union = set()
    problems = []
    for k in SRC:
        name = SRC[k][0]
        lang, _, t, x = LABEL[k]
        assert list(t) == TERM_KEYS
        text = readback(OUT / name)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (k, n, lo, hi))
        hits = th_hits(text)
        if hits:
            problems.append("%s threshold text: %r" % (k, sorted(set(hits))))
        on = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
        for f, v in on.items():
            if t[f] is not None and abs(t[f] - v) < 1e-9:
                problems.append("%s %s on threshold" % (k, f))
        share = None
        if DESIGN[k]["tco"] is not None:
            share = tco_share(x["contract_value"], DESIGN[k]["tco"])
            if 38 <= share <= 42:
                problems.append("%s TCO share %.2f within 2 points" % (k, share))
        rules = derive(k)
        if rules != sorted(DESIGN[k]["rules"]):
            problems.append("%s derived %s != design %s" % (k, rules, sorted(DESIGN[k]["rules"])))
        union |= set(rules)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(k), encoding="utf-8")
        print("%s %-62s %5d %s %s %s" % (k, name, n, risk(rules), ",".join(r[3:] for r in rules) or "(none)",
                                         "" if share is None else "TCO share %.2f" % share))
    counts = {k: len(derive(k)) for k in SRC}
    if set(ALL_RULES) - union:
        problems.append("rules never fired: %s" % sorted(set(ALL_RULES) - union))
    if [k for k in SRC if counts[k] == 0] != ["z01", "e03"]:
        problems.append("compliant drafts wrong")
    if derive("e01") != ["CR-GOVERNING-LAW"] or risk(derive("e01")) != "low":
        problems.append("e01 wrong")
    if not 8 <= counts["z05"] <= 10:
        problems.append("z05 count")
    if sorted(k for k in SRC if 2 <= counts[k] <= 3) != sorted(["z02", "z03", "z04", "e02", "e04", "e05"]):
        problems.append("2-3 mix wrong")
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
