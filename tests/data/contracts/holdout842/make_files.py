"""holdout842 — builds the ten blind held-out drafts and their .json labels, and asserts the brief's checks.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt / .md files are written from the sources below as they are; .docx / .pdf through ../word_pdf.py (PDF lines
  broken at word boundaries, wrap_words=True).
- Labels (.json) are written from LABELS below: holdout19 key sets, key order, one-space indent, no trailing newline.
- Checks: price sums; expected rules derived from the labels with my reading of policy §3 equal the design list;
  all 20 CR rules covered; text lengths of the built files as read back; no label value on a threshold; no threshold
  figure in any built file (regex scan, self-tested, on raw, whitespace-collapsed and whitespace-free text).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- threshold scan
THRESHOLD_PATTERNS = [
    # 99.9 % availability
    r"(?<![0-9.])99\.90*(?![0-9])",
    r"三个九",
    # 4 hours for P1 response
    r"(?<![0-9.])4\s*(?:-\s*)?(?:个)?\s*(?:工作|自然|business\s*|working\s*|clock\s*)?(?:小时|hours?\b|hrs?\b|h\b)",
    r"(?<![一二三四五六七八九十百千万零两])四\s*个?\s*(?:工作|自然)?\s*小时",
    r"(?i)(?<![a-z-])four[\s-]*(?:\(4\)\s*)?(?:business\s*|working\s*|clock\s*)?hours?",
    r"(?i)(?<![0-9.])240\s*(?:分钟|minutes?)",
    # 0.05 % per day
    r"(?<![0-9.])0\.050*(?![0-9])",
    r"万分之五(?![十0-9])",
    r"千分之零点五",
    r"(?<![0-9.])0\.5\s*‰",
    r"(?<![0-9.])0\.350*\s*%",
    # 100 % cap
    r"(?i)(?<![0-9.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:一)?百",
    r"(?i)(?:one\s*)?hundred\s*(?:per\s*cent|percent)",
    # 30 % prepayment
    r"(?i)(?<![0-9.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之三十(?![一二三四五六七八九点])",
    r"(?i)(?<![a-z-])thirty\s*(?:\(30\)\s*)?(?:per\s*cent|percent)",
    # 12 months warranty (and one year)
    r"(?i)(?<![0-9.])12\s*(?:-\s*)?(?:个)?\s*(?:calendar\s*)?(?:月|months?)",
    r"(?<![一二三四五六七八九十])十二\s*个?\s*月",
    r"(?i)(?<![a-z-])twelve[\s-]*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?<![第每同当])一\s*年(?!度)",
    r"(?i)(?<![a-z0-9-])(?:one|1)[\s-]*(?:\(1\)\s*)?(?:calendar\s*)?years?\b",
    # 15 % post-warranty fee
    r"(?i)(?<![0-9.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之十五(?![一二三四五六七八九点])",
    r"(?i)(?<![a-z-])fifteen\s*(?:\(15\)\s*)?(?:per\s*cent|percent)",
    # 40 % TCO share
    r"(?i)(?<![0-9.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之四十(?![一二三四五六七八九点])",
    r"(?i)(?<![a-z-])forty\s*(?:\(40\)\s*)?(?:per\s*cent|percent)",
    # 5-year TCO horizon
    r"(?i)(?<![0-9.])5\s*(?:-\s*)?(?:个)?\s*(?:年(?!度)|years?\b)",
    r"(?<![一二三四五六七八九十])五\s*年(?!度)",
    r"(?i)(?<![a-z-])five[\s-]*(?:\(5\)\s*)?years?",
]
THRESHOLD_RE = [re.compile(p) for p in THRESHOLD_PATTERNS]

MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 个小时", "四小时内响应", "4 hours", "four (4) hours", "4-hour", "4h",
            "0.05%", "0.050 %", "万分之五", "100%", "百分之百", "100 per cent", "30%", "30 %", "百分之三十",
            "thirty percent", "12个月", "十二个月", "12 months", "twelve months", "12-month", "一年", "one year",
            "1 year", "15%", "百分之十五", "15 per cent", "40%", "百分之四十", "5年", "五年", "five years",
            "5 years", "240 minutes"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "0.055%",
             "10.05", "万分之五十", "1100%", "130%", "30.5%", "百分之三十五", "112 months", "二十个月", "第一年",
             "每年", "一年度", "1.5%", "115%", "15.5%", "百分之十五点五", "140%", "2025年", "十五年", "2025 年",
             "one Subscription Year", "25 %", "¥100,000", "第12条", "2.4 hours", "0.5 hours", "CNY 1,150"]


def threshold_hits(text):
    forms = (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text))
    return sorted({m.group(0) for f in forms for rx in THRESHOLD_RE for m in rx.finditer(f)})


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
H842Z01 = """T:金丝猴栖息地监测平台采购合同
P:合同编号：LYJ-ZC-2027-0316
P:采购人（甲方）：某市林业局
P:供应商（乙方）：秦岭星图生态科技有限公司
P:根据《中华人民共和国政府采购法》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就金丝猴栖息地监测平台（以下简称“平台”）的软件许可及定制开发事宜，订立本合同。招标文件、投标文件及澄清文件为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件许可，并完成栖息地监测模块、红外相机图像识别模块、巡护移动端的定制开发，以及与省级自然保护地监管平台的数据对接。
P:1.2 平台部署于甲方指定的政务云资源，乙方负责安装、配置、数据初始化、试运行及培训。
P:1.3 项目地点：甲方所在地及所辖三处保护站。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），含税，为固定总价，包括：平台软件许可费¥1,080,000（以下简称“软件许可小计”）；定制开发费¥620,000；数据对接费¥164,000；实施及培训费¥96,000。
P:2.2 除合同另有约定外，甲方无需向乙方支付合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥392,000。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，计¥882,000。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，计¥686,000。
P:3.4 乙方应在每次付款前开具等额增值税专用发票，甲方通过国库集中支付方式付款。
H:第四条 实施进度
P:4.1 乙方应在合同生效后九十日内完成部署与定制开发并提交初步验收申请，初步验收合格后进入六十日试运行。
P:4.2 乙方应按甲方认可的实施计划推进工作，每两周提交一次进度报告。
P:4.3 乙方应组建不少于六人的项目团队，其中项目经理须具备同类林业信息化项目经验，未经甲方同意不得更换；甲方认为人员不称职的，有权要求更换。
P:4.4 乙方应对甲方及各保护站的管理员、巡护员分批开展培训，培训内容包括平台操作、移动端采集、常见问题处理，培训记录作为验收资料。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能逐项测试通过；红外相机图像批量导入及物种识别功能正常；巡护移动端离线采集与轨迹上传正常；与省级监管平台的数据交换连续十日无差错。
P:5.2 最终验收标准：试运行期间无一级故障；页面平均响应时间不超过3秒（并发用户200）；第三方机构出具的软件安全测评报告无高危问题；源代码、技术文档和培训记录已完整移交。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及每季度一次的巡检服务。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可小计的8%（即每年不超过¥86,400），该价格在质保期满后的三个年度内保持不变，由双方另行签订维护合同，不自动续期。
P:6.3 质保期内，乙方每半年向甲方提交一次平台运行分析报告，内容包括故障统计、识别模型效果评估、存储容量使用情况及优化建议；遇森林防火期、繁殖季等重点时段，乙方应按甲方要求安排技术人员现场值守。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三日告知甲方且不计入不可用时间。
P:7.2 故障分级响应：一级故障（平台无法访问或数据丢失）30分钟内响应、2小时内到场、8小时内恢复；二级故障1小时内响应、24小时内解决；三级故障在下一个工作日内处理。
P:7.3 响应或恢复每超时一小时，乙方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，乙方支付违约金¥2,000，甲方可从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及所辖保护站。
P:8.2 本项目定制开发的模块、接口程序、识别模型参数、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
P:8.3 乙方保证所提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台采集和产生的全部数据，包括监测影像、物种分布、巡护轨迹及人员信息，均属于甲方所有。乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应落实网络安全等级保护二级要求，采取加密存储、访问控制、操作审计及异地备份措施；运维访问须经甲方审批并通过堡垒机进行，不得将数据复制到甲方环境以外。
P:9.3 发生或可能发生数据泄露、毁损、丢失的，乙方应在2小时内报告甲方并立即处置。因乙方原因造成的数据安全事件，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、珍稀物种点位信息和其他未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定的，应负责整改并承担由此产生的费用；给甲方造成损失的，应予赔偿。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
P:11.4 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方违约的，甲方有权从中扣除违约金及赔偿款。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。受不可抗力影响的一方应及时通知对方，并在十五日内提供证明。
P:13.3 合同解除后，乙方应在十日内将已完成的工作成果、源代码、文档及甲方数据完整移交甲方，并删除其保存的甲方数据副本。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 双方的通知应以书面形式送达合同首页所载地址；任何一方地址变更的，应提前五个工作日通知对方。
P:15.2 本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市林业局        乙方（盖章）：秦岭星图生态科技有限公司
"""
# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
H842Z02 = """T:生产线控制系统改造合同
P:合同编号：JY-SB-2027-0548
P:甲方：常州金屹电池盒制造有限公司
P:乙方：苏州恒拓自动化工程有限公司
P:甲方拟对其冲压焊接及装配车间的八条电池盒生产线控制系统实施改造，乙方经比选中标。双方根据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及相关服务订立本合同。
H:第一条 改造范围
P:1.1 乙方负责八条生产线的PLC控制系统升级、伺服驱动改造、视觉检测工位新增、HMI更换、产线监控（SCADA）软件部署、设备数据采集网关安装，以及与甲方MES系统的接口开发。
P:1.2 改造应分批停线实施，每批停线不超过七日，具体安排以双方确认的停线计划为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰玖拾万元整（¥2,900,000），含税，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制系统升级（含控制柜）|8套|118,000|944,000
TB:2|伺服驱动及电机改造包|8套|52,500|420,000
TB:3|视觉检测工位（相机、光源、工控机）|6套|68,000|408,000
TB:4|HMI触摸屏|16台|9,500|152,000
TB:5|产线监控（SCADA）软件许可|1套|356,000|356,000
TB:6|设备数据采集网关|24台|7,500|180,000
TB:软硬件小计|||||2,460,000
TB:7|安装调试|1项|228,000|228,000
TB:8|MES接口及数据采集程序定制开发|1项|176,000|176,000
TB:9|操作及维护培训|1项|36,000|36,000
TB:合计||||2,900,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计¥580,000。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%，计¥1,015,000。到货签收仅确认数量和外观，不视为验收。
P:3.3 全部产线通过最终验收后，甲方支付合同总价的35%，计¥1,015,000。
P:3.4 余款10%（¥290,000）作为质量保证金，质保期满且无未决质量问题后十个工作日内支付。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后六十日内完成全部设备到货，一百二十日内完成八条产线的改造及调试。
P:4.2 乙方在甲方厂区作业应遵守甲方安全生产、动火审批及6S管理规定，作业人员须经甲方安全培训。
P:4.3 乙方应在每批停线前五个工作日提交改造方案、切换步骤及回退预案，经甲方生产、设备、安全部门会签后实施；改造期间因乙方原因造成停线超期的，按第十条承担责任。
P:4.4 设备毁损灭失的风险自甲方签收时转移至甲方，但因乙方安装作业造成的损坏由乙方负责。乙方作业造成人身伤害或财产损失的，由乙方承担责任。
P:4.5 乙方应对甲方设备、电气及工艺人员开展不少于十个工作日的培训，内容包括PLC程序结构、伺服参数调整、视觉检测标定、SCADA报表配置及日常维护，并提供中文操作手册和维护手册。
H:第五条 验收
P:5.1 每条产线改造完成后进行单线验收：控制逻辑与原工艺一致；节拍不低于改造前水平；视觉检测漏检率不高于0.2%；急停、安全光幕等安全联锁测试全部通过。
P:5.2 全部产线单线验收合格并连续稳定运行三十日后，进行最终验收：SCADA实时数据刷新不超过2秒；采集网关与MES数据一致；无一级故障；技术资料、PLC程序及源代码完整移交。
P:5.3 设备安装、试生产或甲方使用均不视为验收合格。验收不合格的，乙方应在十日内整改，整改后重新验收；连续两次验收不合格的，甲方有权解除合同或要求更换设备。
P:5.4 验收由甲方设备部牵头，生产、质量、信息部门参加，乙方提交测试记录和调试报告；验收结论以双方签署的验收报告为准。
H:第六条 质保及售后服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件升级。
P:6.2 一级故障（整线停机）乙方应在30分钟内响应，2小时内到达现场；二级故障（单工位停机）1小时内响应，8小时内到场。
P:6.3 乙方响应或到场每超时一小时，向甲方支付违约金¥2,000，甲方可从质量保证金中扣除。
P:6.4 质保期满后，乙方提供年度维保服务（含备品备件、驻场工程师及软件升级），年度维保费按软硬件小计的28%计取，即每年¥688,800，该价格在质保期满后三年内不变。维保合同每年另行签订，不自动续期。
P:6.5 乙方应在最终验收时向甲方提供推荐备件清单，并保证相关备件自最终验收之日起八年内持续供应；停产的，应提前六个月书面通知甲方并提供替代方案。
H:第七条 知识产权
P:7.1 SCADA等标准软件的知识产权归原权利人所有，甲方获得永久使用许可。
P:7.2 本项目定制开发的MES接口程序、数据采集程序、PLC程序及其源代码的知识产权归甲方所有，甲方可自行修改或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 生产线运行数据、工艺参数、质量检测数据均属于甲方所有，乙方仅为履行本合同使用。
P:8.2 乙方应采取工控网络隔离、访问控制和操作审计措施；远程维护须经甲方书面审批并全程录屏，不得拷贝甲方数据。
P:8.3 乙方提供的软件和网关不得预置任何远程控制、数据回传功能，所用账号口令应在移交时由甲方修改；乙方应配合甲方完成工控安全检查。
P:8.4 发生数据泄露或工控安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担赔偿责任。
H:第九条 保密
P:9.1 乙方对在履约过程中知悉的甲方工艺、配方、产能及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至相关信息公开之日止。
P:9.2 乙方不得以宣传、案例展示等任何形式使用甲方名称、厂区照片或产线资料，但经甲方事先书面同意的除外。乙方应要求其参与本项目的人员签署保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但乙方故意或重大过失造成的损失除外。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方；经同意分包的，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同无法继续履行的，双方可协商解除合同，已完成部分按实际结算。
P:12.3 合同解除的，乙方应移交已完成的程序、资料和备份，并协助甲方恢复生产线正常运行。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交常州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""
# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
H842Z03 = """琴韵门店预约及会员管理系统服务合同

合同编号：QY-IT-2027-011
甲方：徐州琴韵柳琴艺术培训连锁有限公司
乙方：南京云约信息技术有限公司

鉴于甲方在徐州、宿迁、连云港等地经营35家柳琴培训门店，需要统一的课程预约、会员管理及收银服务，乙方同意以软件即服务（SaaS）方式向甲方提供“云约门店”系统并完成实施。双方经协商，订立本合同。

一、服务内容
（一）乙方向甲方35家门店提供“云约门店”系统的订阅服务，包括课程排期与预约、会员档案、课时包与储值卡、收银对账、教师排班、家长端小程序及经营报表。
（二）实施服务包括：
1. 门店、教室、教师及课程体系的初始化配置；
2. 将甲方现有约4.6万名会员的档案、剩余课时及储值余额迁移至本系统；
3. 家长端小程序的品牌页面定制及与甲方微信支付商户号的对接；
4. 对门店店长、前台及财务人员的分批培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接其后。
（四）系统功能清单、门店清单及数据迁移范围详见附件一至附件三，附件与本合同具有同等效力。

二、费用及支付
（一）订阅费按门店计收，每家门店每个服务年度¥5,400，35家门店每个服务年度合计¥189,000，两个服务年度合计¥378,000。
（二）实施费为一次性费用¥58,000。
（三）本合同总金额为¥436,000（含税）。
（四）支付方式：
1. 实施费在上线验收合格后十五个工作日内支付；
2. 每个服务年度的订阅费分四期，于每个季度结束后十五个工作日内按季支付；
3. 甲方新增门店的，按每家门店每个服务年度¥5,400按实际服务天数折算；门店关闭的，自甲方书面通知次月起停止计费。
（五）乙方应在每次收款前开具合法有效的增值税专用发票，发票不合格的，甲方有权顺延付款且不承担逾期责任。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施并申请上线验收。
（二）上线验收标准：
1. 35家门店的课程、教室、教师配置与甲方提供的清单一致；
2. 会员数据迁移按门店抽样核对，抽样范围内会员档案、剩余课时及储值余额与原系统完全一致；
3. 预约、签到、消课、退费、收银对账流程按测试用例逐项通过；
4. 家长端小程序在500人同时在线时，页面响应时间不超过2秒；
5. 培训完成，每家门店至少两名人员通过操作考核。
（三）甲方应在收到验收申请后七个工作日内组织验收。系统试用或门店开始使用不视为验收合格。
（四）因乙方原因未能按期通过上线验收的，每逾期一日，乙方向甲方支付违约金¥300。

四、服务水平
（一）系统月度可用率不低于99.5%。每月可用率按当月总分钟数扣除计划维护及不可用分钟数计算，计划维护应安排在每日23:00至次日7:00之间并提前两日通知甲方。
（二）故障响应：
1. 一级故障（全部门店无法预约或收银）：1小时内响应，6小时内恢复；
2. 二级故障（部分功能或部分门店异常）：2小时内响应，24小时内解决；
3. 三级故障（咨询及一般问题）：下一个工作日内答复。
（三）月度可用率低于承诺值的，每低0.1个百分点，乙方按当季订阅费的2%给予服务费抵扣，单季抵扣额不超过当季订阅费的20%；一级故障响应超时的，每次抵扣¥500。抵扣金额以甲方确认的月度服务报告为依据，在下一期订阅费中直接扣减。

五、数据
（一）甲方及其会员在系统中产生的数据，包括会员身份信息、联系方式、课时、消费和预约记录，归甲方所有。
（二）甲方同意，乙方可对上述数据进行去标识化和汇总处理，并将处理后的数据用于乙方产品改进、行业经营分析报告及向其他客户提供的对标分析服务，该项使用在本合同期满后仍可继续。
（三）数据安全：乙方应将数据存储于中国境内的数据中心，采取传输加密、存储加密、分级授权和操作日志留存措施，每日备份；发现数据泄露、篡改或丢失的，应在2小时内通知甲方，并承担因乙方原因造成的损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除其系统中的甲方数据，但第（二）项所述处理后的数据除外。

六、知识产权
（一）“云约门店”系统的知识产权归乙方所有。
（二）乙方为甲方定制的小程序品牌页面、专属报表模板及数据迁移脚本归甲方所有，甲方可自行修改、使用或交由第三方使用。

七、双方其他义务
（一）甲方应指定项目联系人，及时提供门店、课程、教师及会员数据，并对所提供数据的真实性负责。
（二）甲方应依法告知会员及学员家长其个人信息的收集和使用目的，取得必要的同意；涉及未成年学员的信息，甲方应取得其监护人同意。
（三）乙方应为甲方配备专属客户成功经理，每季度回访一次，汇总门店使用问题并提出改进建议；每月向甲方提交服务报告，列明可用率、故障情况及抵扣金额。
（四）乙方对系统进行可能影响门店操作的版本升级时，应提前七日通知甲方并提供更新说明，不得降低本合同约定的功能。
（五）乙方应提供工作日9:00至21:00及周末9:00至18:00的电话及在线客服，以覆盖门店的主要营业时间。

八、保密
双方对因本合同知悉的对方商业秘密、经营数据和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、不可抗力
因地震、洪水、公共卫生事件或基础电信网络大面积中断等不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应期间不计入不可用时间，但乙方应在不可抗力消除后尽快恢复服务。

十、续期
本合同服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权调整订阅单价，调整幅度不超过上一服务年度单价的8%，乙方应提前通知甲方新单价。

十一、违约责任与责任限额
（一）任何一方违约，应赔偿对方因此遭受的直接损失。
（二）乙方在本合同项下的累计赔偿责任以本合同总金额的两倍为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。
（三）乙方延迟上线、服务中断导致甲方门店无法正常排课的，乙方还应协助甲方向会员做好解释和补课安排。

十二、分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十三、合同解除
（一）一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除合同。
（二）乙方原因导致系统连续不可用超过四十八小时的，甲方有权解除合同，乙方应退还未服务期间的已付费用。
（三）合同解除或期满不续期的，乙方应继续提供不少于三十日的只读访问，便于甲方核对会员余额和导出数据。

十四、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交徐州仲裁委员会仲裁。

十五、其他
（一）双方往来通知以书面形式送达本合同所载联系人，电子邮件发出即视为送达。
（二）本合同未尽事宜，由双方协商签订补充协议。
（三）附件一：系统功能清单；附件二：门店清单；附件三：数据迁移范围及核对方法。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""
# ---------------------------------------------------------------- z04 (.txt, 第X条 / （一）)
H842Z04 = """橡胶林割胶管理系统年度运维服务合同

项目名称：橡胶林割胶管理系统运维服务（竞争性磋商）
项目编号：NNJ-CS-2027-007
采购人（甲方）：某县农业农村局
供应商（乙方）：海南椰林数字农业技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就橡胶林割胶管理系统（以下简称“系统”）的年度运维服务订立本合同。

第一条 服务范围
（一）系统组成：割胶管理平台（含胶园档案、割胶排班、胶乳产量统计、病虫害上报模块）、割胶工移动端APP、数据库及中间件，以及部署在全县十四个胶园的气象监测站和胶乳计量终端共206台。
（二）服务内容：
1. 驻场运维：乙方派驻一名运维工程师在甲方办公，负责日常巡检、用户支持和问题记录；
2. 应用及数据库运维：系统补丁、版本维护、数据库性能优化、数据备份与恢复演练；
3. 物联网终端巡检：每季度对全部气象站和计量终端现场巡检一次，更换易损件，校准计量精度；
4. 安全加固及应急保障：配合网络安全检查，修复安全漏洞，割胶旺季及台风季提供应急值守。
（三）培训支持：每季度为乡镇农技人员和胶园管理员举办一次系统操作培训，割胶季开始前为割胶工提供移动端使用指导，并更新操作手册。
（四）服务期自2027年3月1日起至2028年2月29日止。服务期满，本合同终止，不自动续期。

第二条 服务费用
（一）合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括：驻场运维¥216,000；应用及数据库运维¥142,000；物联网终端巡检¥88,000；安全加固及应急保障¥40,000。
（二）合同总价为固定价格，包含人员、交通、易损件、工具及税费。单价超过¥2,000的主要部件更换费用按磋商文件所附报价单另行结算，并经甲方书面确认。

第三条 付款方式
（一）服务费按季度支付，每季度¥121,500。
（二）每季度结束后，甲方按第五条进行季度考核，考核通过并扣除当季考核扣款后，于十五个工作日内支付当季服务费。
（三）甲方不向乙方支付任何预付款。

第四条 服务水平
（一）系统年度可用率不低于99.95%，计划停机须提前三个工作日报甲方批准，并安排在割胶作业时段以外。
（二）故障分级及时限：
1. 一级故障（平台或APP无法使用、数据丢失）：30分钟内响应，3小时内恢复；
2. 二级故障（部分模块异常、单个胶园终端离线）：1小时内响应，24小时内恢复；
3. 三级故障（一般问题咨询）：当日响应，三个工作日内解决。
（三）故障响应或恢复每超时一小时，扣减当季服务费¥800；可用率未达到承诺值的，每低0.01个百分点扣减当季服务费¥1,500。扣款在当季服务费中直接扣除。
（四）割胶旺季（每年4月至11月）期间，乙方应安排专人在每日凌晨割胶作业时段在线值守；台风预警发布后，乙方应在预警解除前保持应急小组待命，并在台风过后三日内完成受影响终端的检查和恢复。
（五）乙方应建立运维工单记录，每月5日前向甲方提交上月运维月报，内容包括巡检记录、故障处理、备份情况和改进建议。

第五条 考核与验收
（一）季度考核标准：按第四条计算的可用率和故障处理时限；终端巡检覆盖全部206台设备并有签字记录；备份恢复演练成功；甲方用户满意度抽查不低于85分。
（二）年度服务验收：服务期满前十五日，甲方依据四个季度考核结果、运维月报、终端在线率统计及运维文档移交情况组织验收，出具书面验收意见。
（三）甲方签收月报或支付季度服务费，不代表对乙方年度服务的验收。
（四）季度考核或年度验收不合格的，乙方应在十五日内整改并书面报告整改结果，甲方复核合格后方可支付相应款项。

第六条 备品备件
（一）乙方应在县内设立备件点，常备气象站传感器、计量终端主板、电池和通信模块等易损件，备件数量不少于在用数量的5%。
（二）更换下来的故障部件应登记造册，经甲方确认后处理；涉及存储介质的，按第八条处理。

第七条 交接
（一）乙方应于服务期开始前完成与原运维单位的交接，包括账号权限、运维文档、备份介质和终端台账的清点，并提交交接报告。
（二）服务期满或合同终止时，乙方应向甲方或甲方指定的单位完整移交上述资料及本期运维中形成的文档和脚本，并协助过渡不少于十五日。

第八条 数据安全
（一）系统中的胶园档案、割胶工信息、产量数据和气象数据属于甲方，乙方仅为履行本合同在授权范围内使用，不得留存、复制或向任何第三方提供。
（二）乙方应执行甲方网络安全管理制度，运维操作通过堡垒机进行并留存日志，不得私自开设远程通道；终端和服务器更换下来的存储介质须交甲方处置。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应立即采取处置措施，并在1小时内报告甲方；因乙方原因造成的损失由乙方全部承担。

第九条 保密
乙方及其人员对在服务中知悉的甲方工作秘密、系统口令、网络结构、农户和割胶工个人信息负有保密义务，不得向第三方披露。保密义务在合同终止后继续有效。

第十条 知识产权
乙方在运维过程中为甲方编写的运维脚本、巡检规程、应急预案及文档归甲方所有，甲方可自由使用、修改，并可交由后续运维单位使用。

第十一条 人员
（一）驻场工程师应具备数据库和网络运维经验，并经甲方面试认可；乙方更换驻场人员须提前十日告知甲方并完成交接。
（二）乙方人员在甲方办公场所应遵守甲方管理制度，因乙方人员过错造成甲方损失的，由乙方负责赔偿。
（三）乙方应依法为其派驻人员签订劳动合同、缴纳社会保险，并承担其工资、差旅及意外伤害保险费用；乙方人员与甲方之间不存在劳动关系。

第十二条 分包
物联网终端现场巡检工作，乙方可以委托具备相应能力的第三方实施，但应提前五个工作日书面告知甲方受托方名称及人员名单。乙方对受托方的工作质量和安全承担责任。

第十三条 违约责任
（一）乙方未按约定时间完成交接、季度巡检或甲方书面要求的整改的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方违反第八条、第九条约定的，应赔偿甲方因此遭受的全部损失。
（三）甲方无正当理由逾期支付服务费的，应按逾期金额每日万分之二支付违约金。

第十四条 合同的履行和解除
（一）本合同生效后，双方应全面履行，任何一方均不得单方解除合同。
（二）乙方违约的，甲方可以要求乙方限期整改、继续履行并支付违约金，但不得以此为由解除本合同。
（三）因不可抗力导致合同无法履行的，双方协商处理。

第十五条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十六条 其他
（一）磋商文件、乙方响应文件及成交通知书为本合同组成部分，内容不一致的，以本合同为准。
（二）双方指定的联系人负责日常联络；联系人变更的，应提前三日书面通知对方。本合同未尽事宜，双方可签订补充协议。
（三）本合同一式五份，甲方执三份，乙方执二份，经双方签字盖章后生效。

甲方（盖章）：某县农业农村局
乙方（盖章）：海南椰林数字农业技术服务有限公司
签订日期：2027年2月　　日
"""
# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
H842Z05 = """# 纸迹工序追踪软件销售及定制开发合同

**纸迹软件标准合同文本 V3.0（乙方范本）**

合同编号：ZJ-XS-2027-0219

甲方（买方）：杭州叠影折纸艺术工作室

乙方（卖方）：杭州纸迹软件有限公司

甲方因作品创作、订单制作及展览布置的工序管理需要，向乙方购买“纸迹工序追踪软件”使用许可并委托乙方进行定制开发。双方本着平等自愿原则，签订本合同，共同遵守。

## 第一条 产品及服务内容

1.1 乙方向甲方提供纸迹工序追踪软件标准版的使用许可，用户数为15个，许可期限为永久。

1.2 乙方根据甲方需求进行以下定制开发：作品工序模板库（含折痕图、步骤照片及工时记录）；订单—工序看板；纸材及辅料库存管理；展览布置任务清单；微信端进度查询页面。

1.3 乙方负责将软件部署于甲方租用的云服务器，导入甲方现有作品档案、客户订单及材料台账，并对甲方人员进行操作培训。

1.4 培训分两次进行：部署完成后为甲方管理员提供一次现场培训，内容包括用户管理、工序模板维护和库存盘点；一周后为制作人员提供一次远程培训。培训以外的操作指导按6.2执行。

1.5 定制需求以双方确认的需求说明书为准。需求说明书确认后甲方提出变更的，乙方有权另行收费并相应顺延交付时间。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 纸迹工序追踪软件标准版许可（15用户，永久） | 96,000 |
| 2 | 定制开发（工序模板库、订单看板、库存管理、展览任务、微信查询页） | 138,000 |
| 3 | 部署及培训 | 22,000 |
| 4 | 历史数据导入 | 12,000 |
| | 合计 | 268,000 |

2.1 合同总价为人民币贰拾陆万捌仟元整（¥268,000），含增值税。

2.2 甲方需要增加用户数的，按每用户每套¥5,800另行购买许可，增加的用户与原许可同等适用本合同条款。

2.3 上述价格不含甲方租用云服务器、短信通知及第三方接口产生的费用，由甲方自行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥174,200，乙方收到该款项后开始需求调研和开发工作。

3.2 软件部署完成并向甲方交付登录账号后五个工作日内，甲方支付合同总价的35%，即¥93,800。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务和开发工作，由此造成的延误由甲方负责。

## 第四条 交付

4.1 乙方预计在收到首期款项后六十个工作日内完成开发和部署。因甲方未及时确认需求、提供资料或配合测试的，交付时间相应顺延。

4.2 乙方将尽力按计划交付。因开发难度超出预期等原因需要延期的，乙方应通知甲方，双方协商调整进度，乙方不因此承担违约责任。

4.3 乙方交付的内容包括：软件安装程序、登录账号、用户操作手册电子版及培训课件。定制功能的源代码不在交付范围内。

4.4 甲方应在乙方部署前准备好符合乙方配置要求的云服务器（建议4核CPU、16GB内存、500GB存储）并开通必要的端口和权限。

## 第五条 验收

5.1 软件部署完成并向甲方交付登录账号后，即视为甲方验收合格。

5.2 甲方在使用中发现的问题，可通过乙方客服渠道反馈，乙方将视情况在后续版本中改进。

5.3 甲方开始录入业务数据或使用任一定制功能的，视为甲方对全部交付内容无异议。甲方如需书面验收单，乙方可在账号交付后提供格式文本供甲方签署。

## 第六条 售后服务

6.1 自软件部署完成之日起三个月内，乙方提供免费维护，包括缺陷修复和操作答疑。

6.2 免费维护期内，乙方在工作日9:00至17:30通过电话、微信群或远程方式提供技术支持，并尽力及时处理甲方反馈的问题。

6.3 免费维护期满后，甲方如需乙方继续提供维护、升级服务，应按乙方当年公布的价格标准支付年度维护费，具体以乙方届时报价为准。

6.4 因甲方人员误操作、擅自修改配置、云服务器故障或第三方软件原因导致的问题，不属于免费维护范围，乙方可另行收费处理。

6.5 免费维护期内，乙方对标准产品发布的小版本更新免费提供；大版本升级及新增功能需另行购买。

## 第七条 知识产权

7.1 纸迹工序追踪软件的著作权及相关知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、工序模板库结构、微信查询页面及相关源代码、文档，其知识产权均归乙方所有。甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，不得提供给任何第三方使用。

7.3 乙方可将本项目中形成的通用功能纳入其标准产品，向其他客户销售。

## 第八条 数据安全

8.1 甲方在软件中录入和产生的作品资料、客户订单、材料台账等数据归甲方所有，乙方仅为部署、维护本软件之目的处理该等数据，不得用于其他目的。

8.2 乙方远程部署和维护时，应使用甲方分配的独立账号，采取传输加密和访问日志记录措施，不得下载或留存甲方数据；维护完成后应及时退出并告知甲方。

8.3 乙方在维护过程中发现数据泄露、丢失或被篡改的，应在24小时内通知甲方并协助恢复；因乙方过错导致甲方数据泄露或丢失的，乙方应承担相应的赔偿责任。

8.4 甲方应自行负责云服务器的账号安全和日常备份，乙方建议甲方每周备份一次数据。

## 第九条 甲方义务

9.1 甲方应指定一名项目联系人，负责需求确认、资料提供、测试配合及培训组织。

9.2 甲方应按本合同约定使用软件，不得超出许可用户数使用，不得将软件出租、出借或转授权给他人使用；甲方超出许可范围使用的，应按乙方报价补足许可费用。

9.3 甲方提供的作品图片、客户信息等资料应合法取得，因甲方资料引起的第三方权利纠纷由甲方负责。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 在任何情况下，乙方均不对甲方的间接损失、预期利润损失、作品或订单延误损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面催告后三十日内仍未改正的，另一方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，乙方已收取的款项不予退还。

11.3 合同解除后，甲方应停止使用定制功能模块；乙方应在甲方结清应付款项后，协助甲方以Excel格式导出其业务数据。

## 第十二条 不可抗力

12.1 因不可抗力导致本合同不能履行的，受影响方不承担责任，但应及时通知对方。

12.2 本合同所称不可抗力，包括自然灾害、政府行为、公共卫生事件、电力或通信网络中断、云服务商故障及黑客攻击等双方不能预见、不能避免且不能克服的客观情况。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。

14.2 本合同附件：需求说明书、软件功能清单。

14.3 本合同为乙方标准文本，对本文本的任何修改须经乙方法务部门书面确认，手写修改无效。

甲方（盖章）：　　　　　　　乙方（盖章）：

签订日期：　　年　　月　　日
"""
# ---------------------------------------------------------------- e01 (.pdf, Article N with N.N)
H842E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DDW-CN-2027-014
P:This Agreement is made between Nantong Haiheng Marine Engineering Co., Ltd., a company registered in Nantong, Jiangsu Province, People's Republic of China (the "Customer"), and Deokjin Docuware Co., Ltd., a company registered in Jeonju, Jeollabuk-do, Republic of Korea (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's DocuHarbor engineering document management software and related implementation services for its ship design and outfitting departments, and the Vendor agrees to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the DocuHarbor server and client software, version 7, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the workflows, drawing numbering rules, CAD and PLM connectors, report templates, migration scripts and other work product created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
P:1.4 "Customer Data" means all drawings, documents, metadata, user information and other data that the Customer or its users load into or generate with the Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users and two production servers at the Customer's sites in mainland China, including use by the Customer's affiliates and on-site contractors working for the Customer.
P:2.2 The Vendor shall install and configure the Software, develop the Custom Deliverables, migrate about 420,000 legacy documents from the Customer's file servers and old document system, and train the Customer's administrators and key users, all as described in the Statement of Work in Annex 1.
P:2.3 The Vendor shall provide a project manager who speaks Chinese and shall perform on-site work in Nantong during installation, migration and acceptance testing.
H:Article 3 Price and Payment
P:3.1 The total contract price is CNY 1,800,000, inclusive of taxes, made up of: Licence Fee CNY 1,240,000; implementation and configuration CNY 386,000; data migration CNY 142,000; training CNY 32,000.
P:3.2 The Customer shall pay: (a) 20% of the contract price (CNY 360,000) within 30 days after signature, against an advance payment guarantee issued by a bank in mainland China; (b) 45% (CNY 810,000) within 30 days after Installation Completion; and (c) 35% (CNY 630,000) within 30 days after Final Acceptance.
P:3.3 Installation Completion means that the Software is installed on the production servers, the Custom Deliverables are deployed and the migration has been completed. Installation Completion is a payment milestone only and is not acceptance.
P:3.4 All amounts are stated and paid in Chinese Renminbi. The Vendor shall issue valid invoices in China through its appointed local agent before each payment.
H:Article 4 Delivery and Schedule
P:4.1 The Vendor shall reach Installation Completion within 120 days and Final Acceptance readiness within 180 days after signature, following the project plan in Annex 1.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, it shall pay delay damages of 0.08% of the contract price for each day of delay, up to a maximum of 10% of the contract price. Delay damages do not relieve the Vendor of its obligation to complete the work.
P:4.3 The Customer shall provide server hardware, network access, office space and timely access to its staff and legacy data as set out in Annex 1. Delays caused by the Customer extend the dates accordingly.
H:Article 5 Acceptance
P:5.1 After Installation Completion the parties shall run acceptance tests according to the test plan in Annex 2, which shall include at least: (a) all functions in the functional specification; (b) reconciliation of migrated documents, with counts matched per project and a sample of 2,000 documents compared for content and metadata; (c) check-in and check-out of large assembly drawings within the response times in Annex 2 with 150 concurrent users; (d) the CAD and PLM connectors exchanging data without error for ten consecutive working days.
P:5.2 After successful tests, the system shall run in production for 30 days without a Severity 1 defect.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met, the Customer shall issue a Final Acceptance certificate within ten working days. If a test fails, the Vendor shall correct the defects and repeat the test at its own cost. Installation, production use or payment shall not be treated as acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification and the documentation for 18 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge and provide all updates and new versions of the Software released for general availability.
H:Article 7 Support and Service Levels
P:7.1 During the Warranty Period and any paid support period the Vendor shall provide support by telephone, e-mail and remote access from 08:00 to 20:00 China time on working days, and around the clock for Severity 1 incidents.
P:7.2 Severity 1 means that the production system is unavailable or documents cannot be checked in or out. The Vendor shall respond to a Severity 1 incident within one hour and restore service or provide a workaround within eight hours. Severity 2 incidents shall receive a response within two hours and a fix or workaround within two working days.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, it shall pay or credit the Customer CNY 1,500, which the Customer may deduct from any amount due to the Vendor.
P:7.4 After the Warranty Period, the Customer may order annual support at 11% of the Licence Fee per year (CNY 136,400). This price is fixed for the first three support years after the Warranty Period. Support is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software. The licence in Article 2.1 survives any termination except termination for the Customer's failure to pay the Licence Fee.
P:8.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including through third parties.
P:8.3 The Vendor shall indemnify the Customer against claims that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software is installed in the Customer's data centre. The Vendor's remote access requires the Customer's approval for each session through the Customer's VPN with multi-factor authentication, and all sessions are logged. The Vendor shall not copy Customer Data outside the Customer's environment or transfer it out of mainland China.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in handling Customer Data, shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, and shall be liable for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including ship designs, drawings, project and pricing information, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement, and indefinitely for ship designs and drawings.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the contract price. The limit does not apply to liability under Articles 8.3, 9 and 10, to personal injury or to wilful misconduct.
P:11.2 Neither party is liable for indirect or consequential loss, except under the exclusions in Article 11.1.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate if delay damages under Article 4.2 reach their maximum. On termination by the Customer, the Vendor shall refund amounts paid for services not accepted and hand over all work in progress.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Korea, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the International Arbitration Rules of the Korean Commercial Arbitration Board. The seat of arbitration is Seoul and the language is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in English and Chinese. Both versions have equal effect.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
H842E02 = """# RoastTrace Subscription Order Form

**Order No. GPC-OF-2027-0088**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If they conflict, Part A prevails.

## Part A — Order Details

### A1. Parties

- **Customer:** Kunshan Beiyuan Coffee Roasting Co., Ltd., No. 18 Jinyang Road, Kunshan, Jiangsu Province, People's Republic of China.
- **Provider:** Gyeongpo Cloud Systems Co., Ltd., a company registered in Gangneung, Gangwon-do, Republic of Korea, acting in China through its wholly owned subsidiary in Shanghai for invoicing and local support.

### A2. Services and Subscription Term

- **Service:** RoastTrace Professional, a cloud service for green-bean lot tracking, roast batch records, cupping scores, packaging traceability and quality release, hosted in the Shanghai region of a mainland China cloud provider.
- **Scope:** 120 named users; three production sites (Kunshan roastery, Kunshan packing centre, Foshan roastery); integration with the Customer's ERP through the standard API.
- **Onboarding:** configuration of sites, products and quality checklists, import of open lots and recipes, ERP integration set-up, and administrator training.
- **Subscription Term:** 36 months from the Subscription Start Date, which is the date of Go-Live Acceptance under A4.

### A3. Fees

| Item | Quantity | Unit fee per Subscription Year (CNY) | Annual amount (CNY) |
|---|---|---|---|
| Platform base fee | 1 | 168,000 | 168,000 |
| Named users | 120 | 1,050 | 126,000 |
| Production site add-on | 3 | 24,000 | 72,000 |
| **Annual Subscription Fee** | | | **366,000** |
| Subscription Fees for the 36-month term | | | 1,098,000 |
| Onboarding (one-time) | 1 | 64,000 | 64,000 |
| **Total Order Value** | | | **1,162,000** |

All fees are in CNY and include VAT. Subscription Fees are invoiced quarterly in advance at CNY 91,500 per quarter, the first quarter on the Subscription Start Date. The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No amount is payable before the Subscription Start Date.

### A4. Onboarding and Go-Live Acceptance

1. The Provider shall complete onboarding and make the Service ready for Go-Live Acceptance within 75 days after signature.
2. Go-Live Acceptance tests shall confirm that: (a) the configured sites, products and checklists match the approved design; (b) imported lots and recipes reconcile with the Customer's source lists; (c) the ERP interface transfers purchase receipts and finished-goods batches without error for five consecutive working days; and (d) a full trace from green-bean lot to packed product can be produced in less than ten seconds.
3. The Customer shall sign a Go-Live Acceptance certificate within five working days after the tests pass. Use of the Service during testing is not acceptance.
4. If the Service is not ready for Go-Live Acceptance by the agreed date for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 900 for each day of delay.

### A5. Renewal

At the end of the Subscription Term this Order renews automatically for successive Renewal Terms of 24 months each, unless either party gives notice of non-renewal at least 60 days before the end of the current term. The Provider may increase the Subscription Fees for any Renewal Term by up to 9% over the fees of the preceding term, by notice given at least 90 days before the renewal date.

### A6. Contacts and Notices

- Customer: IT Manager, Kunshan Beiyuan Coffee Roasting Co., Ltd.
- Provider: Account Director, Gyeongpo Cloud Systems (Shanghai) Co., Ltd.

Notices under this Order shall be in writing and sent to these contacts by courier or e-mail.

## Part B — General Terms

### 1. Provision of the Service

1.1 The Provider shall make the Service available to the Customer's named users during the Subscription Term in accordance with the documentation and this Order.

1.2 The Provider may improve the Service from time to time, provided that no change materially reduces its functionality, security or the service levels in Section 2.

1.3 The Customer is responsible for its users' account credentials and for the accuracy of the data its users enter.

1.4 The Provider shall provide a named customer success manager, a quarterly service review meeting with the Customer's quality and IT teams, and a written monthly service report showing availability, incidents by priority, response times and any credits due.

1.5 The Customer may add named users or production sites during the Subscription Term at the unit fees in A3, pro rata for the remaining months of the current Subscription Year.

### 2. Service Levels

2.1 The Provider shall make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 22:00 and 06:00 China time.

2.2 Support is provided in Chinese and English. Incidents are classified and handled as follows: Priority 1 (the Service is unavailable or roast batches cannot be recorded or released at any site): response within 30 minutes, around the clock, and restoration or workaround within six hours; Priority 2 (a major function is degraded): response within two hours during business hours and resolution within two business days; Priority 3 (other issues and questions): response within one business day.

2.3 If monthly availability falls below the commitment in Section 2.1, the Customer shall receive a service credit against the next invoice of 5% of the monthly share of the Subscription Fees for availability below 99.5%, 10% below 99.0% and 20% below 98.0%. If a Priority 1 response is late, the Customer shall receive a credit of CNY 800 for each late incident. Credits are calculated on the Provider's monthly service report.

### 3. Customer Data and Security

3.1 All data entered into or generated by the Service for the Customer, including lot, recipe, batch, quality and supplier data ("Customer Data"), belongs to the Customer. The Provider shall process Customer Data only to provide the Service under this Order and shall not use it for any other purpose.

3.2 The Provider shall keep Customer Data in mainland China, operate the Service under a filed MLPS level-3 record, encrypt Customer Data in transit and at rest, limit staff access to named support engineers with logged access, and keep daily backups for 30 days.

3.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take immediate steps to contain it, and compensate the Customer for losses caused by the Provider's failure to meet this Section.

3.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV and PDF formats and then delete it, confirming the deletion in writing.

### 4. Intellectual Property

4.1 The Provider owns the Service and its underlying software. The Customer receives a right to use the Service during the Subscription Term.

4.2 Customer-specific configurations, quality checklists, report templates and the ERP mapping created for the Customer belong to the Customer, which may use, modify and give them to any third party.

### 5. Confidentiality

Each party shall keep confidential the non-public information of the other party, including the Customer's recipes, supplier prices and production volumes, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after the end of this Order.

### 6. Subcontracting

The Provider may not subcontract any part of the Service without the Customer's prior written consent, except that the mainland China cloud infrastructure provider named in A2 is approved by signature of this Order. The Provider remains responsible for its subcontractors.

### 7. Liability

7.1 The Provider's total aggregate liability arising out of or in connection with this Order shall not exceed the Subscription Fees paid by the Customer in the nine months preceding the event giving rise to the claim.

7.2 Neither party is liable for indirect, special or consequential loss, or for loss of profit.

7.3 The limitation in Section 7.1 does not apply to breach of Section 3 or Section 5, personal injury, or fraud.

### 8. Term and Termination

8.1 Either party may terminate this Order by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

8.2 On termination by the Customer for the Provider's breach, the Provider shall refund any Subscription Fees already paid for the period after termination.

8.3 On any termination or expiry, the Provider shall keep the Service available in read-only mode for 30 days so that the Customer can export its records, and shall assist with the transfer of Customer Data to the Customer or its new provider.

### 9. Governing Law and Disputes

9.1 This Order is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Neither party may assign this Order without the other party's written consent.

10.2 This Order is signed in English and Chinese; both versions are equally valid.

**Signed for the Customer:** ____________________  **Signed for the Provider:** ____________________
"""
# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table)
H842E03 = """T:Supply Contract for Condition Monitoring Sensors and Software Licence
P:Contract No. ATC-EQ-2027-0132
P:Buyer: Anhui Tongshan Cement Co., Ltd., Tongling, Anhui Province, People's Republic of China (the "Buyer")
P:Supplier: Soyang Sensing Co., Ltd., Chuncheon, Gangwon-do, Republic of Korea (the "Supplier")
P:This Contract is made on the Buyer's standard terms for equipment purchases, following the Buyer's invitation to bid of March 2027 and the Supplier's bid. The Buyer's technical specification and the Supplier's bid form part of this Contract; if they conflict, this Contract prevails.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, edge gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's SoyangCM condition monitoring software, including its server, web and mobile components and the analytics models delivered under this Contract.
P:1.3 "System" means the Equipment and the Software installed on the Buyer's kilns, raw mills, cement mills, fans and conveyors at the Tongling plant and configured together.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under clause 5.
P:1.5 "Plant Data" means all measurements, spectra, alarms, asset records and reports collected or generated by the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the System, grant the Software licence, configure the analytics models for 420 measuring points, and train the Buyer's maintenance and reliability staff.
P:2.2 The total contract price is CNY 2,240,000, including VAT, import duties, delivery to the Tongling plant, insurance and all services, as set out in the price table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor with mounting kit|420|2,680|1,125,600
TB:2|Edge gateway, explosion-protected enclosure|24|18,500|444,000
TB:3|SoyangCM software licence, perpetual, 500 measuring points|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,955,600
TB:4|Installation and commissioning|1 lot|168,400|168,400
TB:5|Analytics model configuration|1 lot|96,000|96,000
TB:6|Training|1 lot|20,000|20,000
TB:|Total Contract Price|||2,240,000
P:2.3 The prices are fixed for the duration of this Contract and are not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the contract price (CNY 224,000) within 20 working days after signature, against an advance payment guarantee from a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the contract price (CNY 1,232,000) within 20 working days after the Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 784,000) within 20 working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued in China by the Supplier's authorised local representative.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Tongling plant within 70 days after signature and complete installation and commissioning within 110 days after signature. Installation shall be scheduled during planned kiln stops agreed with the Buyer.
P:4.2 If the Supplier is late with delivery or with completion of installation, it shall pay delay damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:4.3 Each delivery shall include packing lists, certificates of origin and conformity, explosion-protection certificates for the gateways and radio type approval documents for mainland China. Title and risk in the Equipment pass to the Buyer on delivery at the plant, without prejudice to acceptance.
P:4.4 Training shall cover sensor mounting and replacement, gateway configuration, use of the Software dashboards and alarm handling, and basic vibration analysis for the reliability engineers, with at least six training days on site and training material in Chinese.
P:4.5 The Supplier's staff shall follow the Buyer's safety rules, including permit-to-work, lock-out and working-at-height procedures, and shall attend the Buyer's safety induction before starting work.
H:5. Acceptance
P:5.1 After commissioning, the System shall be tested against the acceptance criteria in the technical specification, including: (a) all 420 measuring points reporting to the Software at ten-minute intervals over 14 days, with no gap longer than one hour on any point; (b) sensor readings within the stated accuracy when checked against the Buyer's reference instrument on 30 sampled points; (c) alarms for each asset class raised and delivered to the correct users by web and SMS; (d) gateway battery and signal status displayed for every sensor; and (e) all documents, drawings and the spare parts list handed over.
P:5.2 If the tests pass, the System shall run for 45 days. Final Acceptance is given when the tests have passed and no Severity 1 defect has occurred in that period.
P:5.3 The Buyer shall issue the Final Acceptance certificate or its written reasons for refusal within ten working days after the end of the run. Installation, operation or payment does not mean that the System has been accepted.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During this period it shall repair or replace defective Equipment and correct Software defects free of charge, including transport and on-site labour, and shall provide Software updates.
P:6.2 Severity 1 means that the Software is unavailable or more than 20 measuring points on a kiln or mill stop reporting. The Supplier shall respond to a Severity 1 defect within 30 minutes and restore the System within eight hours; other defects shall receive a response within two hours and be fixed within three working days.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000, which the Buyer may deduct from any payment due.
P:6.4 After the warranty, the Buyer may purchase annual support, including spare sensors, Software updates and remote diagnostics, at 7.5% of the Hardware and Licence Subtotal per year (CNY 146,670). This price is fixed for the first three years after the warranty. Support is ordered by purchase order each year and does not renew automatically.
P:6.5 The Supplier shall keep spare parts and compatible replacement sensors available for eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, irrevocable licence to use the Software at the Tongling plant and at any other plant of the Buyer's group to which the System is moved.
P:7.2 The analytics models, alarm rules, asset hierarchy and reports configured for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them freely, including through third parties.
H:8. Plant Data and Security
P:8.1 Plant Data belongs to the Buyer. The Supplier may use Plant Data only to perform this Contract and shall not keep, analyse or disclose it for any other purpose.
P:8.2 The Software runs on the Buyer's servers inside the plant network. Gateways connect only to these servers. The Supplier shall not install any remote access or data transfer function without the Buyer's written approval, and each remote support session requires the Buyer's approval and is recorded.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving the System or Plant Data, help contain it and compensate the Buyer for losses caused by the Supplier's breach of this clause 8.
P:8.4 Any Plant Data that the Supplier receives for diagnosis, such as exported spectra or log files, shall be kept only on encrypted devices, used only for that diagnosis and deleted when the support case is closed. Defective gateways returned for repair shall be wiped in the Buyer's presence before they leave the plant.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this Contract, including the Buyer's process parameters and production figures, and shall not disclose it to third parties without prior written consent. This clause survives for three years after the end of the warranty.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the contract price. This limit does not apply to personal injury, wilful misconduct, gross negligence or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains liable for the work of its approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or unaccepted parts of the System.
P:12.2 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects. If force majeure lasts more than 60 days, either party may terminate the affected part of this Contract.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be referred to the Hefei Arbitration Commission for arbitration in Hefei.
H:14. General
P:14.1 This Contract is signed in Chinese and English, both versions having equal force, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables)
H842E04 = """# Managed IT Services Agreement

**Agreement No. YIT-MSA-2027-031**

**Between:** Ningbo Donghai Cold Chain Logistics Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China (the "Customer")

**And:** Yudal IT Services Co., Ltd., a company registered in Mokpo, Jeollanam-do, Republic of Korea, with a representative office in Ningbo (the "Provider")

**Background:** The Customer operates nine cold-storage warehouses and a head office in Zhejiang and wishes to outsource the day-to-day support of its end-user devices, servers and site networks. The Provider has offered to provide these services for a fixed monthly charge over 36 months.

## 1. Definitions

1.1 **"Services"** means the managed services described in Schedule 1.

1.2 **"Service Levels"** means the service levels set out in Schedule 2.

1.3 **"Service Commencement Date"** means the date on which the Customer confirms in writing that the transition has been completed in accordance with Section 3.

1.4 **"Customer Data"** means all data of the Customer, its employees and its customers that the Provider's personnel can access in providing the Services, including warehouse management records, temperature logs, shipment records and user accounts.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date.

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, at charges to be agreed.

## 3. Transition

3.1 The Provider shall complete the transition of the Services from the Customer's internal IT team within 60 days after signature. Transition includes the inventory of all devices, take-over of monitoring for all sites, documentation of every site network, the set-up of the service desk and knowledge base, and shadowing of the Customer's staff for at least ten working days.

3.2 The transition is complete when: (a) the device inventory matches the Customer's asset register, with all differences explained; (b) all nine warehouses and the head office appear on the monitoring console with correct alerts; (c) the service desk has handled tickets for ten consecutive working days within the Service Levels; and (d) the Customer has approved the operations manual. The Customer shall confirm completion, or give written reasons for refusal, within five working days after the Provider's notice.

3.3 If the Service Commencement Date does not occur within 60 days after signature for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 1,600 for each day of delay until it occurs.

## 4. Services and Personnel

4.1 The Provider shall perform the Services in accordance with Schedule 1, the operations manual and good industry practice.

4.2 The Provider shall assign a service delivery manager based in Ningbo and at least two resident engineers at the head office during business hours. The Customer may ask for the replacement of any engineer who does not perform adequately.

4.3 The Provider's personnel shall follow the Customer's site rules, including cold-room safety rules and access procedures at each warehouse.

4.4 The Provider shall deliver a monthly service report by the tenth day of each month, showing ticket volumes, Service Level results, open problems and planned changes, and shall attend a monthly review meeting with the Customer.

4.5 Changes to servers, site networks or warehouse systems shall follow the change procedure in the operations manual. Changes that may interrupt warehouse operations require the Customer's prior approval and shall be scheduled outside peak receiving and dispatch hours, which the Customer will publish each month.

4.6 The Provider shall keep the asset register, network diagrams and knowledge base up to date throughout the term and shall make them available to the Customer at any time.

## 5. Service Levels

5.1 The Provider shall meet the Service Levels in Schedule 2 and shall measure and report its performance against them in the monthly service report.

5.2 The Service Levels are performance targets. A failure to meet any Service Level does not entitle the Customer to service credits, fee reductions, deductions or damages. If a Service Level is missed in two consecutive months, the Provider shall submit a remediation plan within ten working days and carry it out at its own cost.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The total contract value is CNY 2,550,000, including VAT.

6.2 The Monthly Service Charge is invoiced monthly in arrears. The transition fee is invoiced after the Service Commencement Date. Invoices are payable within 30 days after receipt. No amount is payable in advance.

6.3 Each invoice shall be a valid VAT invoice issued in China by the Provider's local entity and shall be accompanied by the monthly service report for the period.

6.4 The Monthly Service Charge covers up to 720 devices. Additional devices are charged at the unit rate in Schedule 3 from the month after they are added.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider may access and use Customer Data only to provide the Services and shall not sell or otherwise exploit it.

7.2 On expiry or termination, the Provider shall hand back all documentation, credentials and Customer Data in its possession.

## 8. Intellectual Property

8.1 The operations manual, knowledge base articles, scripts, monitoring templates and reports created for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider.

8.2 The Provider keeps ownership of its own tools and methods used before this Agreement and grants the Customer a free licence to use any of them embedded in the deliverables.

## 9. Confidentiality

9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to personnel who need to know it. This obligation continues for three years after the end of this Agreement.

## 10. Subcontracting

10.1 The Provider may subcontract on-site support at any warehouse to local service partners by giving the Customer written notice of the partner's name at least ten days before the partner starts work. The Provider remains responsible for the work of its partners.

## 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, fraud and wilful misconduct, which are not limited.

11.2 Neither party is liable for loss of profit or indirect loss.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.2 On expiry or termination, the Provider shall provide exit assistance for up to 60 days, including a handover to the Customer or a successor provider, at the daily rates in Schedule 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. General

14.1 This Agreement, including Schedules 1 to 3, is the entire agreement of the parties on its subject matter and may be amended only in writing.

14.2 This Agreement is signed in English and Chinese, and both versions have equal force.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, e-mail and portal in Chinese; ticket logging, first-line resolution, escalation | 07:00–22:00 daily |
| End-user device support | About 650 laptops, desktops, handheld scanners and label printers: installation, moves, repairs, software distribution and patching | Business hours, on site at head office; visits to warehouses as needed |
| Server and storage operations | 38 virtual servers and two storage arrays: monitoring, backups, patching, capacity reports | 24 × 7 monitoring |
| Site network operations | Switches, wireless access points and internet links at nine warehouses and head office: monitoring, configuration changes, carrier liaison | 24 × 7 monitoring |
| Warehouse systems support | First-line support for the warehouse management system and temperature monitoring terminals, escalation to their vendors | 24 × 7 for Priority 1 |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| Priority 1 | A warehouse cannot receive or ship goods, or temperature monitoring is lost in any cold room | 30 minutes | 6 hours |
| Priority 2 | A function or a group of users is affected, with a workaround | 2 hours | 1 business day |
| Priority 3 | A single user or a minor fault | 8 business hours | 3 business days |
| Service requests | Standard requests from the catalogue | 1 business day | 5 business days |

Service desk calls shall be answered within 60 seconds on average each month.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time | 84,000 |
| Monthly Service Charge | 36 months × 68,500 | 2,466,000 |
| **Total contract value** | | **2,550,000** |
| Additional device | Per device per month | 85 |
| Exit assistance | Per engineer day | 2,200 |
"""
# ---------------------------------------------------------------- e05 (.txt, upper-case headings, numbered clauses)
H842E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. HDL-GZ-2027-006

THIS AGREEMENT is made between:

Guangzhou Yunshang Cosmetics Co., Ltd., a company registered in Guangzhou, Guangdong Province, People's Republic of China (the "Customer"); and

Hahoe Data Labs Co., Ltd., a company registered in Andong, Gyeongsangbuk-do, Republic of Korea (the "Vendor").

The Vendor maintains IngreCheck, a regulatory database of cosmetic ingredients covering mainland China, the Republic of Korea, Japan, the European Union and the ASEAN countries, together with an application programming interface (the "API") that screens product formulas against those rules. The Customer wishes to subscribe to the database and the API for its product development and registration teams.

1. DEFINITIONS

1.1 "Licensed Data" means the ingredient records, regulatory limits, restriction lists, labelling rules and related content made available through IngreCheck.

1.2 "Customer Formulas" means product formulas, ingredient lists, concentrations, product names and any other information that the Customer submits to the API or uploads to IngreCheck, and the screening results generated for them.

1.3 "Subscription Start Date" means the date of Integration Acceptance under clause 4.

1.4 "Subscription Year" means the period from the Subscription Start Date until the day before its first anniversary, and the following period until the day before its second anniversary. The term of the subscription is two Subscription Years.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access and use the Licensed Data through the IngreCheck web application and the API for the internal business purposes of the Customer and its affiliates in mainland China.

2.2 The subscription includes: up to 60 named web users; up to 600,000 API calls per Subscription Year; monthly regulatory updates and urgent updates within three working days after a new rule is published; and a Chinese-language regulatory bulletin each month.

2.3 The Customer shall not resell the Licensed Data, publish it in bulk or use it to build a competing database.

2.4 The Customer shall keep its API keys secret, shall make sure that only its own systems call the API, and may ask the Vendor at any time to revoke and reissue a key. The Customer may quote individual Licensed Data records in its own product files, registration dossiers and internal training material.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription Fee: CNY 428,000 per Subscription Year, CNY 856,000 for the two Subscription Years;
(b) Integration and onboarding fee (one-time): CNY 36,000;
(c) Total fixed fees: CNY 892,000, including VAT.

3.2 API calls above the annual allowance are charged at CNY 0.20 per call, invoiced quarterly in arrears.

3.3 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. The integration and onboarding fee is invoiced after Integration Acceptance. Invoices are payable within 30 days after receipt. Nothing is payable before Integration Acceptance.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after signature the Vendor shall provide production API credentials, support the Customer's developers in connecting the API to the Customer's formula management system, map the Customer's internal ingredient codes to IngreCheck identifiers and train the Customer's users.

4.2 Integration Acceptance is given when: (a) at least 3,000 of the Customer's ingredient codes are mapped and a sample of 300 mappings checked by the Customer's regulatory team is correct; (b) 200 test formulas chosen by the Customer return screening results matching the Customer's expected results for China and Korea; (c) the API returns results in less than two seconds on average over 200 test calls; and (d) the integration has run in the Customer's test environment for ten working days without a Severity 1 incident.

4.3 The Customer shall confirm Integration Acceptance in writing, or state the failed criteria, within five working days after the Vendor's notice. Use of the API in testing is not acceptance.

4.4 If production API credentials or the mapping are not delivered on time for reasons attributable to the Vendor, the Vendor shall pay delay damages of CNY 700 for each day of delay.

5. SERVICE LEVELS AND SUPPORT

5.1 The Vendor shall make the API and the web application available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 China time.

5.2 Support is provided in Chinese, Korean and English by e-mail and through the support portal during Business Hours, which are 09:00 to 18:00 Korea time on Korean working days.

5.3 Severity 1 means that the API or the web application is unavailable or returns wrong screening results for all formulas. The Vendor shall respond to a Severity 1 incident within eight (8) Business Hours and provide a workaround or fix within two working days. Other incidents receive a response within two working days.

5.4 If monthly availability is below the level in clause 5.1, the Customer shall receive a credit of 5% of the monthly share of the Subscription Fee for each full 0.1 percentage point below that level, up to half of the monthly share. Credits are set off against the next invoice or, at the end of the term, refunded.

5.5 The Vendor shall publish a status page showing current availability and open incidents, and shall send the Customer a monthly service report with availability, incidents, response times and any credits due.

5.6 The Vendor warrants that the Licensed Data is compiled with professional care from official sources and shall correct any error reported by the Customer within five working days.

6. CUSTOMER FORMULAS AND DATA PROTECTION

6.1 The Customer owns the Customer Formulas. The Vendor shall process them to provide the screening service and support under this Agreement.

6.2 The Customer agrees that the Vendor may compile aggregated and de-identified statistics derived from Customer Formulas, such as the frequency and concentration ranges of ingredients, and use them to improve IngreCheck, to train its screening models and to publish market trend reports for other clients. This right continues after the end of this Agreement.

6.3 The Vendor shall host the service for the Customer in a data centre in mainland China, encrypt Customer Formulas in transit and at rest, limit access to authorised staff with logged access, and keep Customer Formulas separate from other clients' data.

6.4 The Vendor shall notify the Customer within 24 hours of any unauthorised access to or loss of Customer Formulas, take all reasonable steps to contain it, and compensate the Customer for losses caused by the Vendor's failure to meet clause 6.3.

6.5 Within 30 days after the end of this Agreement the Vendor shall delete all Customer Formulas, except the aggregated statistics described in clause 6.2, and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Vendor owns the Licensed Data, IngreCheck and the API.

7.2 The ingredient code mapping, custom screening rule sets and report templates prepared for the Customer belong to the Customer, which may use, modify and give them to third parties.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's formulas, product plans and launch dates, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement, and for Customer Formulas without time limit.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to one and a half times the total fixed fees in clause 3.1(c). The limit does not apply to breach of clauses 6 and 8, fraud, or wilful misconduct.

9.2 The Customer remains responsible for its regulatory filings. The Vendor is not liable for indirect loss or loss of profit.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent, except the mainland China hosting provider identified in the order confirmation, which is approved on signature. The Vendor is responsible for its subcontractors.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the Subscription Fee for the remainder of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The arbitration shall be conducted in Chinese.

13. GENERAL

13.1 This Agreement is signed in Chinese and English, with equal force.

13.2 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business that takes over all of its obligations.

13.3 Notices shall be given in writing to the addresses above or to the e-mail addresses designated by each party.

Signed for the Customer: ______________________
Signed for the Vendor: ______________________
"""
# ---------------------------------------------------------------- labels and design
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# key: (file, source, format, language, category, terms (in TERM_KEYS order), extra, design)
# design: rules = my design list; forum_outside = a forum outside mainland China; tco = (fee base, fee % , warranty
# months) for goods_or_licence with a fixed fee; prices = (items, total); splits = payment shares.
DRAFTS = {
    "h842z01": ("h842z01_forestry_bureau_golden_monkey_habitat_platform.pdf", H842Z01, "pdf", "zh", "software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False,
                 "PRC", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1960000),
                dict(rules=[], forum_outside=False, tco=(1080000, 8, 24),
                     prices=([1080000, 620000, 164000, 96000], 1960000), splits=[20, 45, 35])),
    "h842z02": ("h842z02_battery_box_plant_line_control_retrofit.docx", H842Z02, "docx", "zh", "hardware",
                [None, 0.5, True, "buyer", True, True, True, 0.1, 60, 20, True, True, 18, 28, False, True, False,
                 "PRC", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2900000),
                dict(rules=["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], forum_outside=False,
                     tco=(2460000, 28, 18),
                     prices=([8 * 118000, 8 * 52500, 6 * 68000, 16 * 9500, 356000, 24 * 7500, 228000, 176000, 36000],
                             2900000), splits=[20, 35, 35, 10])),
    "h842z03": ("h842z03_liuqin_school_chain_booking_saas.txt", H842Z03, "txt", "zh", "cloud",
                [99.5, 1, True, "buyer", True, False, True, 300 / 436000 * 100, 200, None, True, None, None, None,
                 True, True, False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=436000),
                dict(rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], forum_outside=False,
                     tco=None, prices=([35 * 5400 * 2, 58000], 436000), splits=[])),
    "h842z04": ("h842z04_rubber_tapping_system_annual_om.txt", H842Z04, "txt", "zh", "services",
                [99.95, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False,
                 True, None, "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
                dict(rules=["CR-LD-LOW", "CR-SUBCONTRACT", "CR-TERMINATION"], forum_outside=False, tco=None,
                     prices=([216000, 142000, 88000, 40000], 486000), splits=[])),
    "h842z05": ("h842z05_origami_studio_process_tracking_supplier_template.md", H842Z05, "md", "zh", "software",
                [None, None, False, "supplier", True, True, False, None, None, 65, False, False, 3, None, False, True,
                 None, None, "goods_or_licence"],
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=268000),
                dict(rules=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                            "CR-WARRANTY"], forum_outside=False, tco=None,
                     prices=([96000, 138000, 22000, 12000], 268000), splits=[65, 35])),
    "h842e01": ("h842e01_edms_perpetual_licence_jeonju_vendor.pdf", H842E01, "pdf", "en", "software",
                [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                 "South Korea", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1800000),
                dict(rules=["CR-GOVERNING-LAW"], forum_outside=True, tco=(1240000, 11, 18),
                     prices=([1240000, 386000, 142000, 32000], 1800000), splits=[20, 45, 35])),
    "h842e02": ("h842e02_roast_tracking_saas_order_form_gangneung_vendor.md", H842E02, "md", "en", "cloud",
                [99.5, 0.5, True, "buyer", True, True, True, 900 / 1162000 * 100, 9 / 36 * 100, None, True, None,
                 None, None, True, True, False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1162000),
                dict(rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], forum_outside=False,
                     tco=None, prices=([3 * (168000 + 120 * 1050 + 3 * 24000), 64000], 1162000), splits=[])),
    "h842e03": ("h842e03_cement_condition_monitoring_sensors_chuncheon.docx", H842E03, "docx", "en", "hardware",
                [None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 7.5, False, True, False,
                 "PRC", "goods_or_licence"],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2240000),
                dict(rules=[], forum_outside=False, tco=(1955600, 7.5, 24),
                     prices=([420 * 2680, 24 * 18500, 386000, 168400, 96000, 20000], 2240000), splits=[10, 55, 35])),
    "h842e04": ("h842e04_cold_chain_managed_it_services_mokpo.md", H842E04, "md", "en", "services",
                [None, 0.5, False, "buyer", False, True, True, 1600 / 2550000 * 100, 150, None, True, None, None,
                 None, False, True, True, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2550000),
                dict(rules=["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], forum_outside=False, tco=None,
                     prices=([36 * 68500, 84000], 2550000), splits=[])),
    "h842e05": ("h842e05_cosmetics_ingredient_api_subscription_andong.txt", H842E05, "txt", "en", "cloud",
                [99.95, 8, True, "buyer", True, False, True, 700 / 892000 * 100, 150, None, True, None, None, None,
                 False, True, False, "PRC", "service"],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=892000),
                dict(rules=["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"], forum_outside=False, tco=None,
                     prices=([2 * 428000, 36000], 892000), splits=[])),
}

THRESHOLDS = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
                  prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_LIMIT, TCO_YEARS = 40, 5
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(cv, tco):
    base, pct, wmonths = tco
    years = max(0.0, TCO_YEARS - wmonths / 12)
    fees = years * base * pct / 100
    return fees / (cv + fees) * 100


def derive_rules(t, x, d):
    """My reading of policy §3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if d["tco"] and tco_share(x["contract_value"], d["tco"]) > TCO_SHARE_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, _src, _fmt, lang, cat, vals, extra, design = DRAFTS[key]
    terms = dict(zip(TERM_KEYS, vals))
    assert len(vals) == len(TERM_KEYS)
    ex = {"sla_clause": extra["sla_clause"], "ld_stated": extra["ld_stated"]}
    if terms["contract_kind"] == "goods_or_licence":
        ex["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    else:
        assert "post_warranty_fee_capped" not in extra
        assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    ex["acceptance_deemed_on_delivery"] = extra["acceptance_deemed_on_delivery"]
    ex["contract_value"] = extra["contract_value"]
    rules = derive_rules(terms, ex, design)
    assert rules == sorted(design["rules"]), (key, rules, design["rules"])
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": ex,
            "expected_rules": rules}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binary_sources = {k: v[1] for k, v in DRAFTS.items() if v[2] in ("docx", "pdf")}
    binary_targets = {k: (v[0], v[2]) for k, v in DRAFTS.items() if v[2] in ("docx", "pdf")}
    write(binary_sources, binary_targets, OUT, wrap_words=True)
    for key, (name, src, fmt, *_rest) in DRAFTS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, report = set(), []
    for key, (name, src, fmt, lang, cat, vals, extra, design) in DRAFTS.items():
        items, total = design["prices"]
        assert sum(items) == total == extra["contract_value"], (key, sum(items), total)
        if design["splits"]:
            assert sum(design["splits"]) == 100, key
        lab = label(key)
        t = lab["expected_terms"]
        for k, thr in THRESHOLDS.items():
            v = t[k]
            assert v is None or abs(v - thr) > 1e-9, (key, k, v)
        share = None
        if design["tco"]:
            share = tco_share(extra["contract_value"], design["tco"])
            assert abs(share - TCO_SHARE_LIMIT) > 2, (key, share)
            assert abs(design["tco"][1] - t["post_warranty_fee_pct"]) < 1e-9 and design["tco"][2] == t["warranty_months"]
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, lang, n)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        covered |= set(lab["expected_rules"])
        report.append((name, lang, n, risk(lab["expected_rules"]), lab["expected_rules"],
                       None if share is None else round(share, 2)))
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, missing
    for row in report:
        print(*row, sep=" | ")
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
